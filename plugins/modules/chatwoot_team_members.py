#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_team_members
short_description: Set the agents of a Chatwoot team
version_added: 0.2.0
description:
  - Makes users of the account members of a team, so that conversations assigned to the team reach them, or
    takes them off the team.
  - Agents are named by e-mail address or by user id. Every name is checked against the account's agents before
    any change; an unknown one fails the task, naming it, and nothing is changed.
  - With O(state=present) the agents listed are added and the others stay; with O(state=exact) the team has
    exactly the agents listed afterwards; with O(state=absent) the agents listed are taken off the team.
  - Changing members needs the token of an B(administrator) of the account.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the agents the team would have.
  diff_mode:
    support: full
    details: The diff lists the team's agents before and after, as sorted e-mail addresses.
options:
  team:
    description:
      - Name of the team, compared without regard to case as Chatwoot does. One of O(team) and O(team_id) is required.
    type: str
  team_id:
    description: Id of the team.
    type: int
  agents:
    description:
      - The agents, each an e-mail address (compared without regard to case, as Chatwoot does) or a numeric user
        id. Every one must be a user of the account (an agent or an administrator).
      - With O(state=exact), an empty list takes every agent off the team.
    type: list
    elements: raw
    required: true
  state:
    description:
      - V(present) adds the agents that are not members of the team yet; other members stay.
      - V(exact) makes the members of the team exactly O(agents), adding and removing as needed.
      - V(absent) takes the agents listed off the team; other members stay.
    type: str
    choices: [present, exact, absent]
    default: present
seealso:
  - module: community.chatwoot.chatwoot_team
  - module: community.chatwoot.chatwoot_inbox_members
'''

EXAMPLES = r'''
- name: Alice and Bob handle sales (other members stay)
  community.chatwoot.chatwoot_team_members:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    team: sales
    agents:
      - alice@example.com
      - bob@example.com

- name: Exactly these members
  community.chatwoot.chatwoot_team_members:
    team: sales
    agents: [alice@example.com, 12]
    state: exact
'''

RETURN = r'''
team_id:
  description: Id of the team.
  returned: always
  type: int
  sample: 7
agents:
  description:
    - The agents of the team after the change, as Chatwoot returns them, in the order of their user ids.
    - In check mode, the agents the team would have.
  returned: always
  type: list
  elements: dict
  contains:
    id:
      description: User id.
      type: int
      sample: 3
    email:
      description: E-mail address of the user.
      type: str
      sample: alice@example.com
    name:
      description: Full name of the user.
      type: str
      sample: Alice Agent
    available_name:
      description: Display name of the user.
      type: str
      sample: Alice
    role:
      description: Role of the user in the account, V(agent) or V(administrator).
      type: str
      sample: agent
    availability_status:
      description: V(online), V(busy) or V(offline).
      type: str
      sample: offline
    confirmed:
      description: Whether the user has confirmed the e-mail address.
      type: bool
      sample: true
  sample:
    - id: 3
      account_id: 1
      email: alice@example.com
      name: Alice Agent
      available_name: Alice Agent
      role: agent
      availability_status: offline
      auto_offline: true
      confirmed: true
      provider: email
      thumbnail: ""
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._team_members import TEAM_MEMBERS


MODULE = ChatwootModule(TEAM_MEMBERS.argument_spec(), TEAM_MEMBERS.ensure, required_one_of=TEAM_MEMBERS.required_one_of())


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
