#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_macro
short_description: Create, update and delete Chatwoot macros
version_added: 0.2.0
description:
  - Ensures that a macro, a list of actions an agent runs on a conversation in one click, exists with the given
    actions, or that it does not exist.
  - A macro is V(personal), its author's, or V(global), for everyone. The module sees the global macros and the
    personal macros of the user of O(api_access_token), never other users' personal ones.
  - Chatwoot does not keep macro names unique. Without O(id) the macro is looked up by its exact name; when several
    macros have that name the module fails, listing their ids.
  - "Objects that actions refer to are named, never numbered: teams by name (V(assign_team)), agents by e-mail
    address (V(assign_agent)), labels by title (V(add_label), V(remove_label)). An unknown or shared name fails
    before any change, naming its place, such as C(actions[0].action_params)."
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the macro as it would be, with the ids the names stand for; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the name and the options that are set, with actions as Chatwoot stores them (ids).
options:
  name:
    description:
      - Name of the macro. Without O(id), the macro is looked up by it. Required to create a macro.
      - With O(id), the macro gets this name.
    type: str
  id:
    description: Id of an existing macro, to rename it or to pick one of several macros with the same name.
    type: int
  state:
    description: V(present) creates the macro or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  visibility:
    description:
      - V(global) for every agent of the account, V(personal) for the user of O(api_access_token) only. Required to
        create a macro.
      - Chatwoot resets the visibility on every update that leaves it out, so the module always sends it (this value,
        else the macro's own).
      - Only administrators may create or change global macros; Chatwoot makes an agent's macro personal.
    type: str
    choices: [personal, global]
  actions:
    description:
      - The actions, all of them, in order. Required to create a macro.
      - V(send_attachment) (a file uploaded to Chatwoot) cannot be described.
    type: list
    elements: dict
    suboptions:
      action_name:
        description: The action, such as V(send_message), V(assign_team), V(assign_agent), V(add_label), V(resolve_conversation).
        type: str
        required: true
      action_params:
        description:
          - Its parameters, a list. V(assign_team) takes a team's name (or V(nil)), V(assign_agent) an agent's
            e-mail address (or V(self), V(nil)), V(add_label) and V(remove_label) label titles.
        type: list
        elements: raw
seealso:
  - module: community.chatwoot.chatwoot_automation_rule
  - module: community.chatwoot.chatwoot_account_info
'''

EXAMPLES = r'''
- name: A macro every agent can use
  community.chatwoot.chatwoot_macro:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: Hand over to billing
    visibility: global
    actions:
      - {action_name: add_label, action_params: [billing]}
      - {action_name: assign_team, action_params: [billing]}
      - {action_name: send_message, action_params: [Our billing team takes over from here.]}

- name: Delete it
  community.chatwoot.chatwoot_macro:
    name: Hand over to billing
    state: absent
'''

RETURN = r'''
macro:
  description:
    - The macro as Chatwoot returns it (with the ids that the names stand for); empty after a deletion.
    - In check mode, the macro as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the macro; V(null) in check mode before it exists.
      type: int
      sample: 4
    name:
      description: Name.
      type: str
      sample: Hand over to billing
    visibility:
      description: V(personal) or V(global).
      type: str
      sample: global
    actions:
      description: Actions as Chatwoot stores them.
      type: list
      elements: dict
      sample: [{action_name: assign_team, action_params: [2]}]
    created_by:
      description: The agent who created it.
      type: dict
    updated_by:
      description: The agent who changed it last.
      type: dict
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._macros import MACRO


MODULE = ChatwootModule(MACRO.argument_spec(), partial(ensure, MACRO), required_one_of=[('name', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
