#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_agent
short_description: Add, update and remove the agents of a Chatwoot account
version_added: 0.2.0
description:
  - Ensures that a user is an agent or administrator of the account with the given settings, or that it is not.
  - Agents are found by e-mail address, compared without regard to case as Chatwoot does.
  - Adding an agent re-uses the Chatwoot user with that e-mail address if there is one, and otherwise creates the
    user, to whom Chatwoot sends an invitation. An account over its agent limit answers HTTP 402.
  - When the user exists already (in another account of the installation), Chatwoot keeps that user's name and
    ignores O(name) on the add. The next run then changes the name, which is the user's in every account; leave
    O(name) out for users shared with other accounts.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the agent as it would be; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the e-mail address and the options that are set.
options:
  email:
    description:
      - E-mail address of the user. Without O(id), the agent is looked up by it. Chatwoot cannot change it; with
        O(id) and another address, the module fails.
    type: str
  id:
    description: User id of an existing agent.
    type: int
  state:
    description:
      - V(present) adds the agent or updates it; V(absent) removes the user from the account.
      - Chatwoot deletes a removed user who belongs to no other account. The user of O(api_access_token) is never removed.
    type: str
    choices: [present, absent]
    default: present
  name:
    description:
      - Full name. Required to add an agent.
      - The name belongs to the user, so changing it changes it in every account of the user.
    type: str
  role:
    description: Role in the account.
    type: str
    choices: [agent, administrator]
  availability:
    description:
      - Availability set when the agent is added. Chatwoot returns the agent's presence instead, which changes as
        the agent works, so this option is not compared afterwards.
    type: str
    choices: [online, busy, offline]
  auto_offline:
    description: Whether Chatwoot sets the agent offline when they leave the app.
    type: bool
  custom_role:
    description:
      - Custom role of the agent, by name or id, on Chatwoot builds with the enterprise features; an empty string
        for none. Needs an administrator's token, as Chatwoot lists custom roles to administrators only.
      - Left out, the agent keeps the custom role it has. Chatwoot sets the custom role on every change of an agent
        to the value the request carries, clearing it when the request carries none, so the module sends the
        current one back with every update.
    type: raw
seealso:
  - module: community.chatwoot.chatwoot_inbox_members
  - module: community.chatwoot.chatwoot_team_members
'''

EXAMPLES = r'''
- name: Alice is an administrator
  community.chatwoot.chatwoot_agent:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    email: alice@example.com
    name: Alice Example
    role: administrator

- name: Carol may only work on reports, through a custom role of an enterprise build
  community.chatwoot.chatwoot_agent:
    email: carol@example.com
    name: Carol Example
    custom_role: Reporter

- name: Bob leaves the account
  community.chatwoot.chatwoot_agent:
    email: bob@example.com
    state: absent
'''

RETURN = r'''
agent:
  description:
    - The agent as Chatwoot returns it; empty after a removal. In check mode, the agent as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: User id; V(null) in check mode before the agent exists.
      type: int
      sample: 3
    email:
      description: E-mail address.
      type: str
      sample: alice@example.com
    name:
      description: Full name.
      type: str
      sample: Alice Example
    role:
      description: Role in the account.
      type: str
      sample: administrator
    availability_status:
      description: Presence, V(online), V(busy) or V(offline).
      type: str
      sample: offline
    custom_role_id:
      description: Id of the agent's custom role, V(null) for none. Only on Chatwoot builds with the enterprise features.
      type: int
      returned: on enterprise builds
      sample: 2
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._agents import AGENT
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


MODULE = ChatwootModule(AGENT.argument_spec(), partial(ensure, AGENT), required_one_of=[('email', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
