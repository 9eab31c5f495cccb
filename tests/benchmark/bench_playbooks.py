# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole ansible-playbook runs that ensure many website inboxes, paired in one run, as ratios and request counts.

The account holds N website inboxes that already match `sites`; every playbook is a no-op ("second run"), also run
with --check. Playbooks:
  loop    chatwoot_inbox in a loop over the sites
  many    docs/examples/many_inboxes.yml (chatwoot_inboxes, one task)
  uri     the hand-written baseline: one GET of the inbox list with ansible.builtin.uri, then POST and PATCH tasks
          looped over the sites whose conditions skip every item
  ping    one ansible.builtin.ping task (the cost of a playbook with one module)
  single  one chatwoot_inbox task for one inbox
Each round runs every playbook once, in a rotating order; the report gives medians of the seconds and the median of
the per-round ratios to uri and to ping, plus the API requests each run made (from the simulator's request log).
Ratios, not seconds, compare across machines; there are no thresholds (a benchmark, not a test).
Usage (tests/benchmark.sh sets the paths): python bench_playbooks.py [--inboxes 100] [--rounds 5] [--loop-max 100]
"""

from __future__ import annotations

import argparse
import os
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--inboxes', type=int, default=100)
    parser.add_argument('--rounds', type=int, default=5)
    parser.add_argument('--loop-max', type=int, default=100, help='run the loop playbook only up to this many inboxes (it is slow)')
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix='cw-bench-')
    playbooks = {'many': os.path.join(ROOT, 'docs', 'examples', 'many_inboxes.yml')}
    for name, text in (('loop', LOOP), ('uri', URI), ('ping', PING), ('single', SINGLE)):
        if name == 'loop' and args.inboxes > args.loop_max:
            continue
        playbooks[name] = os.path.join(work, name + '.yml')
        with open(playbooks[name], 'w', encoding='utf-8') as f:
            f.write('---' + text)
    with Simulator(port=0) as sim:
        session = requests.Session()
        session.post(sim.url + '/_simulator/seed', json={'account_id': 1, 'count': args.inboxes}, timeout=120).raise_for_status()
        listed = session.get(sim.url + '/api/v1/accounts/1/inboxes', headers={'api_access_token': TOKEN}, timeout=60).json()['payload']
        sites = [{'name': i['name'], 'website_url': i['website_url']} for i in listed]
        with open(os.path.join(work, 'sites.yml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump({'sites': sites}, f)
        env = dict(os.environ, CHATWOOT_URL=sim.url, CHATWOOT_API_ACCESS_TOKEN=TOKEN, CHATWOOT_ACCOUNT_ID='1',
                   ANSIBLE_LOCALHOST_WARNING='false', ANSIBLE_INVENTORY_UNPARSED_WARNING='false', ANSIBLE_NOCOLOR='1')
        bindir = os.path.dirname(sys.executable)
        cases = [(name, check) for check in (False, True) for name in playbooks if not (check and name in ('ping', 'single'))]
        seconds = {case: [] for case in cases}
        counts = {}
        for round_ in range(args.rounds):
            shift = round_ % len(cases)
            for case in cases[shift:] + cases[:shift]:
                name, check = case
                session.delete(sim.url + '/_simulator/requests', timeout=10)
                argv = [os.path.join(bindir, 'ansible-playbook'), '-i', 'localhost,', '-c', 'local', playbooks[name],
                        '-e', '@' + os.path.join(work, 'sites.yml'), '-e', 'ansible_python_interpreter=' + sys.executable]
                started = time.perf_counter()
                done = subprocess.run(argv + (['--check'] if check else []), env=env, capture_output=True, text=True, check=False)
                seconds[case].append(time.perf_counter() - started)
                if done.returncode != 0 or 'changed=0' not in done.stdout:
                    sys.exit('%s%s failed or changed something:\n%s\n%s' % (name, ' --check' if check else '', done.stdout[-3000:], done.stderr[-2000:]))
                log = session.get(sim.url + '/_simulator/requests', timeout=10).json()['requests']
                counts[case] = (sum(1 for r in log if r['method'] == 'GET'), sum(1 for r in log if r['method'] != 'GET'))
    labels = {'loop': 'chatwoot_inbox in a loop', 'many': 'chatwoot_inboxes (many_inboxes.yml)', 'uri': 'uri, hand-written',
              'ping': 'ansible.builtin.ping, one task', 'single': 'chatwoot_inbox, one task'}
    print('%d website inboxes, all up to date; whole ansible-playbook runs, median of %d paired rounds' % (args.inboxes, args.rounds))
    print('%-44s %8s %8s %8s %6s %6s' % ('playbook', 'seconds', 'x uri', 'x ping', 'GETs', 'writes'))

    def paired(case, other):
        """Median of the per-round ratios to another playbook (the uri baseline in the same mode, ping without --check)."""
        baseline = (other, case[1] if other == 'uri' else False)
        return statistics.median(a / b for a, b in zip(seconds[case], seconds[baseline]))

    for case in cases:
        name, check = case
        print('%-44s %8.2f %8.2f %8.2f %6d %6d' % (labels[name] + (', --check' if check else ''), statistics.median(seconds[case]),
                                                   paired(case, 'uri'), paired(case, 'ping'), counts[case][0], counts[case][1]))


if __name__ == '__main__':
    main()
