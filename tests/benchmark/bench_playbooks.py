# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole ansible-playbook runs against the simulator, paired in one run, as ratios and request counts.

Every playbook is a no-op (the "second run"), also run with --check. Three cases (--case; all runs the first two):

inboxes: the account holds N website inboxes (--inboxes) that already match `sites`. Playbooks:
  loop    chatwoot_inbox in a loop over the sites
  many    docs/examples/many_inboxes.yml (chatwoot_inboxes, one task)
  uri     the hand-written baseline: one GET of the inbox list with ansible.builtin.uri, then POST and PATCH tasks
          looped over the sites whose conditions skip every item
  ping    one ansible.builtin.ping task (the cost of a playbook with one module)
  single  one chatwoot_inbox task for one inbox

account: the account holds about N objects (--objects) of every kind the account role manages (settings, agents,
custom attributes, labels, canned responses, agent bots, inboxes with members and agent bot, teams with members,
webhooks), exported once with chatwoot_account_info into the description every playbook gets as chatwoot_account.
  role    the community.chatwoot.account role applying the description
  uri     the hand-written baseline: the same reads with ansible.builtin.uri (one GET per list, one per inbox for
          its members, one per inbox with a bot for its bot, one per team for its members; each a loop item, so a
          module start), then per kind POST and PATCH tasks looped over the description whose conditions (missing,
          or one or two options differ) skip every item
  lookup  the same playbook reading with the ansible.builtin.url lookup instead: the same GETs from the controller
          process, no module start (the fastest hand-written playbook)
  ping    one ansible.builtin.ping task
The report checks that the uri and lookup playbooks read the same URLs as the role (and says which differ) and
how often the role reads each.

scale: the single playbook in an account of 1 inbox and in one of N (--inboxes), two simulators, paired in rounds,
without --check; get, one ansible.builtin.uri GET of the inbox list in each, shows the API's share of the difference.

Each round runs every playbook of a case once, in a rotating order; the report gives medians of the seconds and the
median of the per-round ratios to the baselines (uri in the same mode, ping without --check), plus the API requests
each run made (from the simulator's request log). A run that fails, reports a change or writes stops the benchmark.
Ratios, not seconds, compare across machines; there are no thresholds (a benchmark, not a test).
Usage (tests/benchmark.sh sets the paths):
  python bench_playbooks.py [--case inboxes|account|scale|all] [--inboxes 100] [--objects 300] [--rounds 5] [--no-check]
                            [--loop-max 100]
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import requests
import yaml

from chatwoot_simulator import Simulator

TOKEN = 'sim-admin-token'
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

LOOP = '''
- name: chatwoot_inbox in a loop
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Ensure each website inbox
      community.chatwoot.chatwoot_inbox:
        name: "{{ item.name }}"
        channel:
          type: web_widget
          website_url: "{{ item.website_url }}"
      loop: "{{ sites }}"
'''

URI = '''
- name: Hand-written with ansible.builtin.uri
  hosts: localhost
  gather_facts: false
  vars:
    inboxes_url: "{{ lookup('ansible.builtin.env', 'CHATWOOT_URL') }}/api/v1/accounts/{{ lookup('ansible.builtin.env', 'CHATWOOT_ACCOUNT_ID') }}/inboxes"
    headers:
      api_access_token: "{{ lookup('ansible.builtin.env', 'CHATWOOT_API_ACCESS_TOKEN') }}"
  tasks:
    - name: Read the inboxes once
      ansible.builtin.uri:
        url: "{{ inboxes_url }}"
        headers: "{{ headers }}"
      check_mode: false
      register: listed

    - name: Index them by name
      ansible.builtin.set_fact:
        ids: "{{ listed.json.payload | items2dict(key_name='name', value_name='id') }}"
        urls: "{{ listed.json.payload | items2dict(key_name='name', value_name='website_url') }}"

    - name: Create the missing ones
      ansible.builtin.uri:
        url: "{{ inboxes_url }}"
        method: POST
        headers: "{{ headers }}"
        body_format: json
        body: {name: "{{ item.name }}", channel: {type: web_widget, website_url: "{{ item.website_url }}"}}
      loop: "{{ sites }}"
      when: item.name not in ids

    - name: Update the ones that differ
      ansible.builtin.uri:
        url: "{{ inboxes_url }}/{{ ids[item.name] }}"
        method: PATCH
        headers: "{{ headers }}"
        body_format: json
        body: {channel: {website_url: "{{ item.website_url }}"}}
      loop: "{{ sites }}"
      when: item.name in ids and urls[item.name] != item.website_url
'''

PING = '''
- name: One ping
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Ping
      ansible.builtin.ping:
'''

SINGLE = '''
- name: One chatwoot_inbox task
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Ensure one website inbox
      community.chatwoot.chatwoot_inbox:
        name: "{{ sites[0].name }}"
        channel:
          type: web_widget
          website_url: "{{ sites[0].website_url }}"
'''

GET = '''
- name: One GET of the inbox list with ansible.builtin.uri
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Read the inboxes
      ansible.builtin.uri:
        url: "{{ lookup('ansible.builtin.env', 'CHATWOOT_URL') }}/api/v1/accounts/{{ lookup('ansible.builtin.env', 'CHATWOOT_ACCOUNT_ID') }}/inboxes"
        headers:
          api_access_token: "{{ lookup('ansible.builtin.env', 'CHATWOOT_API_ACCESS_TOKEN') }}"
'''

ROLE = '''
- name: The account role
  hosts: localhost
  gather_facts: false
  roles:
    - community.chatwoot.account
'''

# The hand-written account playbook: ACCOUNT_HEAD, the list reads, ACCOUNT_INDEX, the per-parent reads, ACCOUNT_WRITES.
# The reads come in two flavours, uri tasks (a module start per GET) and url lookups (in the controller process).
ACCOUNT_HEAD = '''
- name: Hand-written account, reading with %s
  hosts: localhost
  gather_facts: false
  vars:
    api: "{{ lookup('ansible.builtin.env', 'CHATWOOT_URL') }}/api/v1/accounts/{{ lookup('ansible.builtin.env', 'CHATWOOT_ACCOUNT_ID') }}"
    headers:
      api_access_token: "{{ lookup('ansible.builtin.env', 'CHATWOOT_API_ACCESS_TOKEN') }}"
    described: "{{ chatwoot_account }}"
    lists:
      settings: ""
      agents: /agents
      contact_attributes: /custom_attribute_definitions?attribute_model=contact_attribute
      conversation_attributes: /custom_attribute_definitions?attribute_model=conversation_attribute
      labels: /labels
      canned_responses: /canned_responses
      agent_bots: /agent_bots
      inboxes: /inboxes
      teams: /teams
      webhooks: /webhooks
    # the described objects whose members or bot are read, one GET each (those that exist)
    member_inboxes: "{{ described.inboxes | default([]) | selectattr('agents', 'defined') | selectattr('name', 'in', current_inboxes) | list }}"
    bot_inboxes: "{{ described.inboxes | default([]) | selectattr('agent_bot', 'defined') | selectattr('name', 'in', current_inboxes) | list }}"
    member_teams: "{{ described.teams | default([]) | selectattr('agents', 'defined') | selectattr('name', 'in', current_teams) | list }}"
  tasks:
'''

ACCOUNT_LISTS_URI = '''
    - name: Read each list once
      ansible.builtin.uri:
        url: "{{ api }}{{ item.value }}"
        headers: "{{ headers }}"
      loop: "{{ lists | dict2items }}"
      loop_control:
        label: "{{ item.key }}"
      check_mode: false
      register: listed

    - name: Keep the answers by list
      ansible.builtin.set_fact:
        read: "{{ dict(listed.results | map(attribute='item.key') | zip(listed.results | map(attribute='json'))) }}"
'''

ACCOUNT_LISTS_LOOKUP = '''
    - name: Read each list once
      ansible.builtin.set_fact:
        read: >-
          {%- set out = {} -%}
          {%- for name, path in lists.items() -%}
          {%- set _ = out.update({name: lookup('ansible.builtin.url', api ~ path, headers=headers, split_lines=false) | from_json}) -%}
          {%- endfor -%}
          {{ out }}
'''

ACCOUNT_INDEX = '''
    - name: Index each kind by what names its objects
      ansible.builtin.set_fact:
        current_settings: "{{ read.settings }}"
        current_agents: "{{ dict(read.agents | map(attribute='email') | zip(read.agents)) }}"
        current_attributes:
          contact_attribute: "{{ dict(read.contact_attributes | map(attribute='attribute_key') | zip(read.contact_attributes)) }}"
          conversation_attribute: "{{ dict(read.conversation_attributes | map(attribute='attribute_key') | zip(read.conversation_attributes)) }}"
        current_labels: "{{ dict(read.labels.payload | map(attribute='title') | zip(read.labels.payload)) }}"
        current_canned: "{{ dict(read.canned_responses | map(attribute='short_code') | zip(read.canned_responses)) }}"
        current_bots: "{{ dict(read.agent_bots | map(attribute='name') | zip(read.agent_bots)) }}"
        current_inboxes: "{{ dict(read.inboxes.payload | map(attribute='name') | zip(read.inboxes.payload)) }}"
        current_teams: "{{ dict(read.teams | map(attribute='name') | zip(read.teams)) }}"
        current_webhooks: "{{ dict(read.webhooks.payload.webhooks | map(attribute='url') | zip(read.webhooks.payload.webhooks)) }}"
'''

ACCOUNT_PARENTS_URI = '''
    - name: Read the members of each inbox
      ansible.builtin.uri:
        url: "{{ api }}/inbox_members/{{ current_inboxes[item.name].id }}"
        headers: "{{ headers }}"
      loop: "{{ member_inboxes }}"
      loop_control:
        label: "{{ item.name }}"
      check_mode: false
      register: inbox_members_read

    - name: Read the agent bot of each inbox that names one
      ansible.builtin.uri:
        url: "{{ api }}/inboxes/{{ current_inboxes[item.name].id }}/agent_bot"
        headers: "{{ headers }}"
      loop: "{{ bot_inboxes }}"
      loop_control:
        label: "{{ item.name }}"
      check_mode: false
      register: inbox_bots_read

    - name: Read the members of each team
      ansible.builtin.uri:
        url: "{{ api }}/teams/{{ current_teams[item.name].id }}/team_members"
        headers: "{{ headers }}"
      loop: "{{ member_teams }}"
      loop_control:
        label: "{{ item.name }}"
      check_mode: false
      register: team_members_read

    - name: Keep them by name
      ansible.builtin.set_fact:
        inbox_members: "{{ dict(inbox_members_read.results | map(attribute='item.name') | zip(inbox_members_read.results | map(attribute='json.payload'))) }}"
        inbox_bots: "{{ dict(inbox_bots_read.results | map(attribute='item.name') | zip(inbox_bots_read.results | map(attribute='json'))) }}"
        team_members: "{{ dict(team_members_read.results | map(attribute='item.name') | zip(team_members_read.results | map(attribute='json'))) }}"
'''

ACCOUNT_PARENTS_LOOKUP = '''
    - name: Read the members and bot of each inbox and the members of each team
      ansible.builtin.set_fact:
        inbox_members: >-
          {%- set out = {} -%}
          {%- for item in member_inboxes -%}
          {%- set url = api ~ '/inbox_members/' ~ current_inboxes[item.name].id -%}
          {%- set _ = out.update({item.name: (lookup('ansible.builtin.url', url, headers=headers, split_lines=false) | from_json).payload}) -%}
          {%- endfor -%}
          {{ out }}
        inbox_bots: >-
          {%- set out = {} -%}
          {%- for item in bot_inboxes -%}
          {%- set url = api ~ '/inboxes/' ~ current_inboxes[item.name].id ~ '/agent_bot' -%}
          {%- set _ = out.update({item.name: lookup('ansible.builtin.url', url, headers=headers, split_lines=false) | from_json}) -%}
          {%- endfor -%}
          {{ out }}
        team_members: >-
          {%- set out = {} -%}
          {%- for item in member_teams -%}
          {%- set url = api ~ '/teams/' ~ current_teams[item.name].id ~ '/team_members' -%}
          {%- set _ = out.update({item.name: lookup('ansible.builtin.url', url, headers=headers, split_lines=false) | from_json}) -%}
          {%- endfor -%}
          {{ out }}
'''


def write_task(name, method, path, when, body='"{{ item }}"', loop=None, label=None):
    """One write task of the hand-written playbooks; on a no-op its condition skips it (for every item)."""
    text = '''
    - name: %s
      ansible.builtin.uri:
        url: "{{ api }}%s"
        method: %s
        headers: "{{ headers }}"
        body_format: json
        body: %s
''' % (name, path, method, body)
    if loop:
        text += '      loop: "{{ %s }}"\n      loop_control:\n        label: "{{ item.%s }}"\n' % (loop, label)
    return text + '      when: >-\n        %s\n' % '\n        '.join(when)


def differs(current, option):
    """The condition a hand-written playbook writes for one option: set, and not the current value."""
    return 'item.{0} | default({1}.{0}) != {1}.{0}'.format(option, current)


def add_and_update(noun, kind, path, key, index, options=(), condition=None):
    """The two tasks a hand-written playbook has per kind: add the objects that are missing, update those whose
    options (or condition) differ. index: the current objects by key, as ACCOUNT_INDEX builds them."""
    current = '%s[item.%s]' % (index, key)
    changes = [differs(current, option) for option in options] + ([condition] if condition else [])
    loop = dict(loop='described.%s | default([])' % kind, label=key)
    return (write_task('Add the missing ' + noun, 'POST', '/' + path, ['item.%s not in %s' % (key, index)], **loop)
            + write_task('Update the %s that differ' % noun, 'PATCH', '/%s/{{ %s.id }}' % (path, current),
                         ['item.%s in %s' % (key, index), 'and (%s)' % ' or '.join(changes)], **loop))


MEMBER_IDS = "{{ item.agents | map('extract', current_agents) | map(attribute='id') | list }}"
ACCOUNT_WRITES = (
    write_task('Change the settings if they differ', 'PATCH', '', [
        'described.settings is defined',
        'and (%s)' % ' or '.join(differs('current_settings', o).replace('item.', 'described.settings.', 1) for o in ('name', 'locale'))],
        body='"{{ described.settings }}"')
    + add_and_update('agents', 'agents', 'agents', 'email', 'current_agents', ('name', 'role'))
    + add_and_update('custom attributes', 'custom_attributes', 'custom_attribute_definitions', 'attribute_key',
                     'current_attributes[item.attribute_model]', ('attribute_display_name',))
    + add_and_update('labels', 'labels', 'labels', 'title', 'current_labels', ('color',))
    + add_and_update('canned responses', 'canned_responses', 'canned_responses', 'short_code', 'current_canned', ('content',))
    + add_and_update('agent bots', 'agent_bots', 'agent_bots', 'name', 'current_bots', ('outgoing_url',))
    + add_and_update('inboxes', 'inboxes', 'inboxes', 'name', 'current_inboxes', ('greeting_enabled', 'timezone'))
    + write_task('Set the members of the inboxes whose members differ', 'PATCH', '/inbox_members',
                 ["inbox_members[item.name] | map(attribute='email') | sort != item.agents | sort"],
                 body='\n          inbox_id: "{{ current_inboxes[item.name].id }}"\n          user_ids: "%s"' % MEMBER_IDS,
                 loop='member_inboxes', label='name')
    + write_task('Attach the agent bot to the inboxes whose bot differs', 'POST',
                 '/inboxes/{{ current_inboxes[item.name].id }}/set_agent_bot',
                 ['(inbox_bots[item.name].agent_bot | default({})).name | default(none) != item.agent_bot'],
                 body='\n          agent_bot: "{{ current_bots[item.agent_bot].id }}"', loop='bot_inboxes', label='name')
    + add_and_update('teams', 'teams', 'teams', 'name', 'current_teams', ('allow_auto_assign',))
    + write_task('Set the members of the teams whose members differ', 'PATCH',
                 '/teams/{{ current_teams[item.name].id }}/team_members',
                 ["team_members[item.name] | map(attribute='email') | sort != item.agents | sort"],
                 body='\n          user_ids: "%s"' % MEMBER_IDS, loop='member_teams', label='name')
    + add_and_update('webhooks', 'webhooks', 'webhooks', 'url', 'current_webhooks',
                     condition='item.subscriptions | default([]) | sort != current_webhooks[item.url].subscriptions | sort')
)

ACCOUNT_URI = ACCOUNT_HEAD % 'ansible.builtin.uri' + ACCOUNT_LISTS_URI + ACCOUNT_INDEX + ACCOUNT_PARENTS_URI + ACCOUNT_WRITES
ACCOUNT_LOOKUP = (ACCOUNT_HEAD % 'the ansible.builtin.url lookup' + ACCOUNT_LISTS_LOOKUP + ACCOUNT_INDEX + ACCOUNT_PARENTS_LOOKUP
                  + ACCOUNT_WRITES)

EXPORT = '''
- name: Export the account as a description
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Read the account's configuration
      community.chatwoot.chatwoot_account_info:
      register: exported

    - name: Write it where the playbooks read it
      ansible.builtin.copy:
        content: "{{ {'chatwoot_account': exported.config} | community.chatwoot.to_safe_yaml }}"
        dest: "{{ description }}"
        mode: "0600"
'''

# How the seeded objects of the account case are shared among the kinds (in percent); the simulator's own users (4 in
# account 1), its account bot and the settings come on top.
SHARES = (('agents', 14), ('custom_attributes', 14), ('labels', 19), ('canned_responses', 19), ('agent_bots', 4), ('inboxes', 15),
          ('teams', 8), ('webhooks', 7))
FIXED_OBJECTS = 6  # settings, 4 users, 1 bot


def write_playbook(work, name, text):
    path = os.path.join(work, name + '.yml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('---' + text)
    return path


class Runner:
    """Runs whole ansible-playbook processes against one simulator and keeps their seconds and requests."""

    def __init__(self, sim, session, extra_vars):
        self.sim = sim
        self.session = session
        self.extra_vars = extra_vars
        self.env = dict(os.environ, CHATWOOT_URL=sim.url, CHATWOOT_API_ACCESS_TOKEN=TOKEN, CHATWOOT_ACCOUNT_ID='1',
                        ANSIBLE_LOCALHOST_WARNING='false', ANSIBLE_INVENTORY_UNPARSED_WARNING='false', ANSIBLE_NOCOLOR='1')

    def run(self, playbook, check=False, extra=()):
        """(seconds, stdout, stderr, return code, the requests it made)."""
        self.session.delete(self.sim.url + '/_simulator/requests', timeout=10)
        argv = [os.path.join(os.path.dirname(sys.executable), 'ansible-playbook'), '-i', 'localhost,', '-c', 'local', playbook,
                '-e', 'ansible_python_interpreter=' + sys.executable]
        for extra_vars in self.extra_vars:
            argv += ['-e', extra_vars]
        argv += list(extra) + (['--check'] if check else [])
        started = time.perf_counter()
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        log = self.session.get(self.sim.url + '/_simulator/requests', timeout=10).json()['requests']
        return seconds, done, log

    def rounds(self, playbooks, cases, rounds):
        """Each round runs every case once, in a rotating order; stops at a run that fails, changes or writes.

        Returns {case: [seconds]} and {case: [(method, path?query)]} of its last run.
        """
        seconds = {case: [] for case in cases}
        requests_ = {}
        for round_ in range(rounds):
            shift = round_ % len(cases)
            for case in cases[shift:] + cases[:shift]:
                name, check = case
                took, done, log = self.run(playbooks[name], check)
                seconds[case].append(took)
                made = [(r['method'], r['path'] + ('?' + r['query'] if r['query'] else '')) for r in log]
                writes = [m for m in made if m[0] != 'GET']
                if done.returncode != 0 or 'changed=0' not in done.stdout or writes:
                    sys.exit('%s%s failed, changed or wrote something (%d writes: %s):\n%s\n%s'
                             % (name, ' --check' if check else '', len(writes), writes[:5], done.stdout[-3000:], done.stderr[-2000:]))
                requests_[case] = made
        return seconds, requests_


def report(cases, labels, seconds, requests_, baselines):
    """One line per case: median seconds, the median of the per-round ratios to each baseline, GETs and writes.

    baselines: names of playbooks; uri and lookup are compared in the same mode, any other (ping) without --check.
    """
    def paired(case, other):
        """Median of the per-round ratios to another playbook (the same mode for uri and lookup, ping without --check)."""
        baseline = (other, case[1] if other in ('uri', 'lookup') else False)
        return statistics.median(a / b for a, b in zip(seconds[case], seconds[baseline]))

    print('%-44s %8s' % ('playbook', 'seconds') + ''.join(' %8s' % ('x ' + b) for b in baselines) + ' %6s %6s' % ('GETs', 'writes'))
    for case in cases:
        name, check = case
        made = requests_[case]
        print('%-44s %8.2f' % (labels[name] + (', --check' if check else ''), statistics.median(seconds[case]))
              + ''.join(' %8.2f' % paired(case, b) for b in baselines)
              + ' %6d %6d' % (sum(1 for m in made if m[0] == 'GET'), sum(1 for m in made if m[0] != 'GET')))


def modes(args):
    """Without and with --check; without only, with --no-check."""
    return (False,) if args.no_check else (False, True)


def inboxes_case(args, work):
    playbooks = {'many': os.path.join(ROOT, 'docs', 'examples', 'many_inboxes.yml')}
    for name, text in (('loop', LOOP), ('uri', URI), ('ping', PING), ('single', SINGLE)):
        if name == 'loop' and args.inboxes > args.loop_max:
            continue
        playbooks[name] = write_playbook(work, name, text)
    with Simulator(port=0) as sim:
        session = requests.Session()
        session.post(sim.url + '/_simulator/seed', json={'account_id': 1, 'count': args.inboxes}, timeout=120).raise_for_status()
        listed = session.get(sim.url + '/api/v1/accounts/1/inboxes', headers={'api_access_token': TOKEN}, timeout=60).json()['payload']
        sites = [{'name': i['name'], 'website_url': i['website_url']} for i in listed]
        with open(os.path.join(work, 'sites.yml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump({'sites': sites}, f)
        cases = [(name, check) for check in modes(args) for name in playbooks if not (check and name in ('ping', 'single'))]
        seconds, requests_ = Runner(sim, session, ['@' + os.path.join(work, 'sites.yml')]).rounds(playbooks, cases, args.rounds)
    labels = {'loop': 'chatwoot_inbox in a loop', 'many': 'chatwoot_inboxes (many_inboxes.yml)', 'uri': 'uri, hand-written',
              'ping': 'ansible.builtin.ping, one task', 'single': 'chatwoot_inbox, one task'}
    print('%d website inboxes, all up to date; whole ansible-playbook runs, median of %d paired rounds' % (args.inboxes, args.rounds))
    report(cases, labels, seconds, requests_, ('uri', 'ping'))


def shares(total):
    """How many objects of each kind to seed for about `total` objects in all: SHARES, at least one of each."""
    spread = max(total - FIXED_OBJECTS, len(SHARES))
    exact = [(kind, spread * share / 100.0) for kind, share in SHARES]
    counts = {kind: max(1, int(value)) for kind, value in exact}
    for kind, value in sorted(exact, key=lambda pair: int(pair[1]) - pair[1]):  # largest remainders first
        if sum(counts.values()) >= spread:
            break
        if value >= 1:
            counts[kind] += 1
    return counts


def seed_account(sim, session, total):
    """Account 1 with about `total` objects of every kind the role manages; every second inbox has an agent bot."""
    counts = shares(total)

    def seed(table, count, **spec):
        if count <= 0:
            return []
        answer = session.post(sim.url + '/_simulator/seed', json=dict(spec, table=table, account_id=1, count=count), timeout=120)
        answer.raise_for_status()
        return answer.json()['ids']

    seed('users', counts['agents'], name_prefix='Agent')
    contact = counts['custom_attributes'] // 2
    seed('custom_attribute_definitions', contact, name_prefix='Contact', attribute_model='contact_attribute')
    seed('custom_attribute_definitions', counts['custom_attributes'] - contact, name_prefix='Conversation',
         attribute_model='conversation_attribute')
    seed('labels', counts['labels'])
    seed('canned_responses', counts['canned_responses'])
    bots = seed('agent_bots', counts['agent_bots'], name_prefix='Bot')
    # channel types: 60 % website, 25 % API, the rest e-mail; members from the simulator's users
    web = max(1, counts['inboxes'] * 60 // 100)
    api = counts['inboxes'] * 25 // 100
    inboxes = seed('inboxes', web, name_prefix='Website', members=[2, 3, 4])
    inboxes += seed('inboxes', api, name_prefix='API', channel_type='api', members=[3])
    inboxes += seed('inboxes', counts['inboxes'] - web - api, name_prefix='Mail', channel_type='email', members=[4])
    for number, inbox in enumerate(inboxes[::2]):
        session.post(sim.url + '/api/v1/accounts/1/inboxes/%d/set_agent_bot' % inbox, headers={'api_access_token': TOKEN},
                     json={'agent_bot': bots[number % len(bots)]}, timeout=10).raise_for_status()
    seed('teams', counts['teams'], members=[3, 4])
    seed('webhooks', counts['webhooks'], name_prefix='Hook')


def compare_reads(requests_, readers, reference):
    """Print whether each reader made the same GETs as the reference, and what the reference reads more than once."""
    wanted = collections.Counter(m[1] for m in requests_[reference] if m[0] == 'GET')
    for reader in readers:
        name = reader[0]
        got = collections.Counter(m[1] for m in requests_[reader] if m[0] == 'GET')
        if set(got) == set(wanted):
            print('%s reads the same %d URLs as the role' % (name, len(wanted)))
        else:
            print('%s reads other URLs than the role: only the role %s; only %s %s'
                  % (name, sorted(set(wanted) - set(got))[:10], name, sorted(set(got) - set(wanted))[:10]))
    repeated = sorted((path, n) for path, n in wanted.items() if n > 1)
    if repeated:
        print('the role reads more than once: %s' % ', '.join('%s %dx' % (path.split('/accounts/1')[-1] or '(account)', n) for path, n in repeated))


class UnsafeTagLoader(yaml.SafeLoader):
    """Reads the export's `!unsafe` strings (to_safe_yaml marks every text) as the plain strings they are."""


UnsafeTagLoader.add_constructor('!unsafe', lambda loader, node: loader.construct_scalar(node))


def account_case(args, work):
    description = os.path.join(work, 'account.yml')
    playbooks = {name: write_playbook(work, name, text)
                 for name, text in (('role', ROLE), ('uri', ACCOUNT_URI), ('lookup', ACCOUNT_LOOKUP), ('ping', PING))}
    with Simulator(port=0) as sim:
        session = requests.Session()
        seed_account(sim, session, args.objects)
        _took, done, _log = Runner(sim, session, ['description=' + description]).run(write_playbook(work, 'export', EXPORT))
        if done.returncode != 0:
            sys.exit('the export failed:\n%s\n%s' % (done.stdout[-3000:], done.stderr[-2000:]))
        with open(description, encoding='utf-8') as f:
            described = yaml.load(f, Loader=UnsafeTagLoader)['chatwoot_account']
        sizes = [(kind, 1 if isinstance(objects, dict) else len(objects)) for kind, objects in described.items()]
        parents = {
            'inbox members': sum(1 for i in described.get('inboxes', []) if 'agents' in i),
            'inbox bots': sum(1 for i in described.get('inboxes', []) if 'agent_bot' in i),
            'team members': sum(1 for t in described.get('teams', []) if 'agents' in t),
        }
        cases = [(name, check) for check in modes(args) for name in playbooks if not (check and name == 'ping')]
        seconds, requests_ = Runner(sim, session, ['@' + description]).rounds(playbooks, cases, args.rounds)
    labels = {'role': 'account role', 'uri': 'uri, hand-written', 'lookup': 'url lookup, hand-written',
              'ping': 'ansible.builtin.ping, one task'}
    print('an account of %d objects (%s; per parent: %s), all up to date; whole ansible-playbook runs, median of %d paired rounds'
          % (sum(n for _kind, n in sizes), ', '.join('%s %d' % pair for pair in sizes), ', '.join('%s %d' % pair for pair in parents.items()),
             args.rounds))
    report(cases, labels, seconds, requests_, ('uri', 'lookup', 'ping'))
    compare_reads(requests_, [('uri', False), ('lookup', False)], ('role', False))


def scale_case(args, work):
    """One chatwoot_inbox task in an account of 1 inbox and in one of --inboxes, paired in rounds; one uri GET of the
    list in each shows what of the difference is the API's answer."""
    playbooks = {'single': write_playbook(work, 'single', SINGLE), 'get': write_playbook(work, 'get', GET)}
    sizes = (1, args.inboxes)
    with Simulator(port=0) as small, Simulator(port=0) as large:
        runners = {}
        for size, sim in zip(sizes, (small, large)):
            session = requests.Session()
            session.post(sim.url + '/_simulator/seed', json={'account_id': 1, 'count': size}, timeout=120).raise_for_status()
            listed = session.get(sim.url + '/api/v1/accounts/1/inboxes', headers={'api_access_token': TOKEN}, timeout=60).json()['payload']
            sites = os.path.join(work, 'sites-%d.yml' % size)
            with open(sites, 'w', encoding='utf-8') as f:
                yaml.safe_dump({'sites': [{'name': i['name'], 'website_url': i['website_url']} for i in listed]}, f)
            runners[size] = Runner(sim, session, ['@' + sites])
        order = [(name, size) for name in playbooks for size in sizes]
        seconds = {case: [] for case in order}
        for round_ in range(args.rounds):
            shift = round_ % len(order)
            for name, size in order[shift:] + order[:shift]:
                took, done, log = runners[size].run(playbooks[name])
                if done.returncode != 0 or 'changed=0' not in done.stdout or any(r['method'] != 'GET' for r in log):
                    sys.exit('%s in an account of %d inboxes failed, changed or wrote something:\n%s\n%s'
                             % (name, size, done.stdout[-3000:], done.stderr[-2000:]))
                seconds[(name, size)].append(took)
    labels = {'single': 'chatwoot_inbox, one task', 'get': 'uri, one GET of the list'}
    print('one task in an account of 1 and of %d website inboxes; whole ansible-playbook runs, median of %d paired rounds'
          % (args.inboxes, args.rounds))
    print('%-44s %10s %10s %10s' % ('playbook', '1 inbox', '%d' % args.inboxes, 'ratio'))
    for name in playbooks:
        ratio = statistics.median(b / a for a, b in zip(seconds[(name, 1)], seconds[(name, args.inboxes)]))
        small, large = statistics.median(seconds[(name, 1)]), statistics.median(seconds[(name, args.inboxes)])
        print('%-44s %10.2f %10.2f %10.2f' % (labels[name], small, large, ratio))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--case', choices=('inboxes', 'account', 'scale', 'all'), default='all',
                        help='all is inboxes and account; scale compares one task in an account of 1 and of --inboxes inboxes')
    parser.add_argument('--inboxes', type=int, default=100, help='inboxes of the inboxes case')
    parser.add_argument('--objects', type=int, default=300, help='objects of the account case, about')
    parser.add_argument('--rounds', type=int, default=5)
    parser.add_argument('--no-check', action='store_true', help='leave out the runs with --check')
    parser.add_argument('--loop-max', type=int, default=100, help='run the loop playbook only up to this many inboxes (it is slow)')
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix='cw-bench-')
    try:
        if args.case in ('inboxes', 'all'):
            inboxes_case(args, work)
        if args.case == 'all':
            print()
        if args.case in ('account', 'all'):
            account_case(args, work)
        if args.case == 'scale':
            scale_case(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
