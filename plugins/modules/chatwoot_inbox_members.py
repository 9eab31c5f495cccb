#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_inbox_members
short_description: Set the agents of a Chatwoot inbox
version_added: 0.1.0
description:
  - Makes users of the account agents of an inbox, so that they see and answer its conversations, or takes them
    off the inbox.
  - Agents are named by e-mail address or by user id. Every name is checked against the account's agents before
    any change; an unknown one fails the task, naming it, and nothing is changed.
  - With O(state=present) the agents listed are added and the others stay; with O(state=exact) the inbox has
    exactly the agents listed afterwards; with O(state=absent) the agents listed are taken off the inbox.
  - Uses Chatwoot's C(inbox_members) endpoints, which need the token of an B(administrator) of the account to
    change members.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
  - community.chatwoot.inbox_reference
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the agents the inbox would have.
  diff_mode:
    support: full
    details: The diff lists the inbox's agents before and after, as sorted e-mail addresses.
options:
  agents:
    description:
      - The agents, each an e-mail address (compared without regard to case, as Chatwoot does) or a numeric user
        id. Every one must be a user of the account (an agent or an administrator).
      - With O(state=exact), an empty list takes every agent off the inbox.
    type: list
    elements: raw
    required: true
  state:
    description:
      - V(present) adds the agents that are not agents of the inbox yet; other agents of the inbox stay.
      - V(exact) makes the agents of the inbox exactly O(agents), adding and removing as needed.
      - V(absent) takes the agents listed off the inbox; other agents stay.
    type: str
    choices: [present, exact, absent]
    default: present
notes:
  - Chatwoot answers with the agents in the order of their user ids; the order of O(agents) does not matter.
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - module: community.chatwoot.chatwoot_inbox_info
  - module: community.chatwoot.chatwoot_inbox_agent_bot
  - module: community.chatwoot.chatwoot_inboxes
  - plugin: community.chatwoot.widget_snippet
    plugin_type: filter
  - name: community.chatwoot.website_widget role
    description: Ensures a website inbox with this collection's modules and puts the chat widget on the web hosts.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst
  - name: Chatwoot inbox members API
    description: Chatwoot's application API reference for inbox agents.
    link: https://developers.chatwoot.com/api-reference/inboxes/update-agents-in-inbox
'''

EXAMPLES = r'''
- name: Support agents answer the website inbox (others may stay)
  community.chatwoot.chatwoot_inbox_members:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    inbox: Example website
    agents:
      - alice@example.com
      - bob@example.com

- name: Exactly these agents, by e-mail address or user id
  community.chatwoot.chatwoot_inbox_members:
    inbox_id: 7
    agents:
      - alice@example.com
      - 12
    state: exact

- name: Bob leaves the inbox
  community.chatwoot.chatwoot_inbox_members:
    inbox: Example website
    agents: [bob@example.com]
    state: absent

- name: Nobody answers this inbox any more
  community.chatwoot.chatwoot_inbox_members:
    inbox: Old shop
    agents: []
    state: exact
'''

RETURN = r'''
inbox_id:
  description: Id of the inbox.
  returned: always
  type: int
  sample: 7
agents:
  description:
    - The agents of the inbox after the change, as Chatwoot returns them, in the order of their user ids.
    - In check mode, the agents the inbox would have.
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
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_members import INBOX_MEMBERS


MODULE = ChatwootModule(INBOX_MEMBERS.argument_spec(), INBOX_MEMBERS.ensure, required_one_of=INBOX_MEMBERS.required_one_of())


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
