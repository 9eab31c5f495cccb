#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_account_objects
short_description: Bring every Chatwoot object of one kind to a description in one task, optionally deleting the others
version_added: 0.2.0
description:
  - Ensures the objects of one kind of a Chatwoot account (labels, teams, agents, ...) as O(objects) describes them,
    each object with the options of the kind's module for one object, in the shape that
    M(community.chatwoot.chatwoot_account_info) exports. With O(purge=true) it deletes the objects of the kind that
    O(objects) does not name.
  - The R(community.chatwoot.account,ansible_collections.community.chatwoot.account_role) role runs it once per kind,
    in dependency order; use the role to apply a whole account.
  - Reads the kind's list once (custom attributes once per model, portal categories once per portal and locale),
    plus once more with O(purge=true), whatever the number of objects. Nothing is written unless every object is
    valid; an error names the entry, such as C(labels[2]).
  - Objects are named by their natural key - a label by title, an agent by e-mail address, a canned response by
    short code, a webhook by URL, a custom attribute by key and model, a team or an agent bot by name, a portal by
    slug, a portal category by portal, locale and slug - and never by id. Only the options an object sets are managed.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes; RV(purged) lists what would be deleted.
  diff_mode:
    support: full
    details:
      - The diff holds the managed options of every object (and a team's agents), as lists, never a secret.
      - With O(description), those lists by kind.
options:
  kind:
    description:
      - The kind of the objects. One of O(kind) and O(description) is required.
    type: str
    choices: [settings, agents, custom_attributes, labels, canned_responses, agent_bots, inboxes, teams, webhooks,
              portals, portal_categories, automation_rules, macros, integration_hooks]
  objects:
    description:
      - The objects, each a dict of the options of the kind's module for one object without the connection options,
        O(ignore:id), O(ignore:state), O(ignore:return_secrets) and O(ignore:update_secrets), that is of
        M(community.chatwoot.chatwoot_agent), M(community.chatwoot.chatwoot_custom_attribute),
        M(community.chatwoot.chatwoot_label), M(community.chatwoot.chatwoot_canned_response),
        M(community.chatwoot.chatwoot_agent_bot), M(community.chatwoot.chatwoot_inbox), M(community.chatwoot.chatwoot_team),
        M(community.chatwoot.chatwoot_webhook), M(community.chatwoot.chatwoot_automation_rule),
        M(community.chatwoot.chatwoot_macro) or M(community.chatwoot.chatwoot_integration_hook).
      - A team or an inbox may have C(agents), the e-mail addresses (or user ids) of exactly its members; an inbox
        C(agent_bot), the name of its agent bot, set after the inbox exists.
      - Inboxes of a type connected by signing in (Facebook, Instagram, TikTok, X) are updated, never created.
      - Each object needs its natural key; two objects with the same one are an error.
      - "For O(kind=settings), one dict: the options of M(community.chatwoot.chatwoot_account), the account itself."
      - Required with O(kind).
    type: raw
  description:
    description:
      - A whole description of the account, each kind (as O(kind) names them) mapped to its O(objects), in the shape
        M(community.chatwoot.chatwoot_account_info) exports; applied in one planned pass, kind by kind in dependency
        order. The R(community.chatwoot.account,ansible_collections.community.chatwoot.account_role) role uses it.
      - Every kind knows what the earlier ones describe, so in check mode a name of an object that does not exist
        yet (an inbox a webhook names, a portal of a category, a new member) is taken for one the pass would create
        only when the description has it; any other unknown name fails, in check mode too. O(planned_agents) is not
        needed.
    type: dict
  purge_kinds:
    description:
      - With O(description), the kinds whose objects the description does not name are deleted (O(purge) for each).
    type: list
    elements: str
    default: []
    choices: [agents, custom_attributes, labels, canned_responses, agent_bots, inboxes, teams, webhooks,
              portals, portal_categories, automation_rules, macros, integration_hooks]
  purge:
    description:
      - Delete the objects of the kind that O(objects) does not name. The user of O(api_access_token) is never
        deleted, nor installation-wide agent bots, nor personal macros.
      - Not for O(kind=settings), the account itself.
      - Purging O(kind=labels) also removes the deleted labels from every conversation and contact (Chatwoot 4.14 and
        later); the module warns whenever it deletes, or in check mode would delete, a label.
    type: bool
    default: false
  update_secrets:
    description:
      - When to send write-only secrets, which Chatwoot never returns and so cannot be compared. V(on_create) sends
        them only when an object is created; V(always) on every run.
      - "A secret still set to the export's placeholder V(<secret: fill in>) fails, naming it, where it would be sent."
    type: str
    choices: [on_create, always]
    default: on_create
  planned_agents:
    description:
      - In check mode, the e-mail addresses of agents that an earlier task of the run would add (and so has not
        added). A team's C(agents) may name them. Ignored outside check mode, and with O(description).
    type: list
    elements: str
    default: []
seealso:
  - module: community.chatwoot.chatwoot_account_info
  - ref: ansible_collections.community.chatwoot.docsite.account_as_code
    description: Your Chatwoot account as code, from an export to a versioned group_vars file.
'''

EXAMPLES = r'''
- name: Exactly these labels
  community.chatwoot.chatwoot_account_objects:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    kind: labels
    objects:
      - {title: billing, description: Invoices and refunds, color: "#ff5733", show_on_sidebar: true}
      - {title: bug, color: "#d00000", show_on_sidebar: false}
    purge: true

- name: The account's own settings
  community.chatwoot.chatwoot_account_objects:
    kind: settings
    objects: {name: Acme Support, locale: en, timezone: Europe/Berlin}

- name: Teams and their members
  community.chatwoot.chatwoot_account_objects:
    kind: teams
    objects:
      - {name: sales, allow_auto_assign: true, agents: [alice@example.com, bob@example.com]}

- name: A whole description in one planned pass, deleting the labels it does not name
  community.chatwoot.chatwoot_account_objects:
    description: "{{ chatwoot_account }}"
    purge_kinds: [labels]
'''

RETURN = r'''
objects:
  description:
    - The objects as Chatwoot returns them, in the order of O(objects), secrets left out; for O(kind=settings), the
      account.
    - In check mode, as they would be; on create their generated values (id) are V(null).
  returned: success
  type: list
  elements: dict
  sample:
    - {id: 4, title: billing, description: Invoices and refunds, color: "#ff5733", show_on_sidebar: true}
purged:
  description:
    - The objects deleted because O(objects) does not name them (or that would be, in check mode), by natural key.
    - With O(description), a dict of such lists by kind.
  returned: success
  type: raw
  sample: [spam, old-campaign]
kinds:
  description:
    - With O(description), the result of each kind applied, in order, each with its C(kind), C(changed), C(objects),
      C(purged) and C(diff) as O(kind) gives them.
  returned: with O(description)
  type: list
  elements: dict
  sample:
    - {kind: labels, changed: true, objects: [{id: 4, title: billing}], purged: [spam]}
'''

from ansible_collections.community.chatwoot.plugins.module_utils._account import BY_NAME, KIND_NAMES, apply, apply_description
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule


def argument_spec():
    return {
        'kind': {'type': 'str', 'choices': list(KIND_NAMES)},
        'objects': {'type': 'raw'},
        'description': {'type': 'dict'},
        'purge_kinds': {'type': 'list', 'elements': 'str', 'default': [], 'choices': [k for k in KIND_NAMES if not BY_NAME[k].singleton]},
        'purge': {'type': 'bool', 'default': False},
        'update_secrets': {'type': 'str', 'choices': ['on_create', 'always'], 'default': 'on_create', 'no_log': False},
        'planned_agents': {'type': 'list', 'elements': 'str', 'default': []},
    }


def run(client, params, check_mode):
    if params['description'] is None:
        return apply(BY_NAME[params['kind']], client, params['objects'], check_mode, params['purge'], params['update_secrets'],
                     params['planned_agents'])
    results = apply_description(client, params['description'], check_mode, params['purge_kinds'], params['update_secrets'])
    kinds = [dict(result, kind=name) for name, result in results.items()]
    return {
        'changed': any(k['changed'] for k in kinds),
        'kinds': [{k: v for k, v in kind.items() if k not in ('warnings', 'no_log_values')} for kind in kinds],
        'purged': {kind['kind']: kind['purged'] for kind in kinds},
        'diff': {'before': {k['kind']: k['diff']['before'] for k in kinds if 'diff' in k},
                 'after': {k['kind']: k['diff']['after'] for k in kinds if 'diff' in k}},
        'warnings': [w for kind in kinds for w in kind.get('warnings') or ()],
        'no_log_values': set(v for kind in kinds for v in kind.get('no_log_values') or ()),
    }


MODULE = ChatwootModule(argument_spec(), run, mutually_exclusive=[('kind', 'description')], required_one_of=[('kind', 'description')],
                        required_together=[('kind', 'objects')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
