#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_inbox_agent_bot
short_description: Attach an agent bot to a Chatwoot inbox, or detach it
version_added: 0.1.0
description:
  - Attaches an agent bot to an inbox, so that the bot receives the inbox's new conversations first, or detaches
    the inbox's bot.
  - The bot is named by id or by exact name, among the bots the inbox can use, those of the account and the
    installation-wide ones.
  - Changing the bot needs the token of an B(administrator) of the account.
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
    details: Sends no request that writes. Returns the bot the inbox would have.
  diff_mode:
    support: full
    details: The diff shows the id and name of the inbox's bot before and after.
options:
  agent_bot:
    description:
      - The bot, by id (an integer, or a string of digits) or by exact name. If several bots have the name, the
        module fails and lists their ids.
      - Required with O(state=present).
      - With O(state=absent), only this bot is detached; an inbox with another bot keeps it.
    type: raw
  state:
    description:
      - V(present) attaches O(agent_bot), replacing the inbox's bot if it has another one.
      - V(absent) detaches the inbox's bot (only O(agent_bot) when it is set).
    type: str
    choices: [present, absent]
    default: present
notes:
  - The bot's credentials (C(access_token), C(secret)), which Chatwoot may return to administrators, are never
    part of the result.
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - module: community.chatwoot.chatwoot_inbox_info
  - module: community.chatwoot.chatwoot_inbox_members
  - module: community.chatwoot.chatwoot_inboxes
  - plugin: community.chatwoot.widget_snippet
    plugin_type: filter
  - name: community.chatwoot.website_widget role
    description: Ensures a website inbox with this collection's modules and puts the chat widget on the web hosts.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst
  - name: Chatwoot agent bots
    description: Chatwoot's application API reference for adding an agent bot to an inbox.
    link: https://developers.chatwoot.com/api-reference/inboxes/add-or-remove-agent-bot
'''

EXAMPLES = r'''
- name: The triage bot answers the website inbox first
  community.chatwoot.chatwoot_inbox_agent_bot:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    inbox: Example website
    agent_bot: Triage bot

- name: Attach a bot by id to an inbox given by id
  community.chatwoot.chatwoot_inbox_agent_bot:
    inbox_id: 7
    agent_bot: 3

- name: People answer the website inbox again
  community.chatwoot.chatwoot_inbox_agent_bot:
    inbox: Example website
    state: absent
'''

RETURN = r'''
inbox_id:
  description: Id of the inbox.
  returned: always
  type: int
  sample: 7
agent_bot:
  description:
    - The inbox's bot after the change, as Chatwoot returns it, without its credentials; empty when the inbox has
      no bot.
    - In check mode, the bot the inbox would have.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the bot.
      type: int
      sample: 3
    name:
      description: Name of the bot.
      type: str
      sample: Triage bot
    description:
      description: Description of the bot.
      type: str
    outgoing_url:
      description: URL Chatwoot sends the inbox's events to for the bot.
      type: str
      sample: https://bot.example.com/hook
    account_id:
      description: Account of the bot; V(null) for an installation-wide bot.
      type: int
      sample: 1
  sample:
    id: 3
    name: Triage bot
    description: Answers first, hands over to people
    outgoing_url: https://bot.example.com/hook
    account_id: 1
    bot_type: webhook
    bot_config: {}
    system_bot: false
    thumbnail: ""
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_agent_bot import ensure_agent_bot


def argument_spec():
    return dict(
        INBOX.reference_argument_spec(),
        agent_bot={'type': 'raw'},
        state={'type': 'str', 'choices': ['present', 'absent'], 'default': 'present'},
    )


MODULE = ChatwootModule(argument_spec(), ensure_agent_bot, required_one_of=[('inbox', 'inbox_id')],
                        required_if=[('state', 'present', ('agent_bot',))])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
