#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_agent_bot
short_description: Create, update and delete the agent bots of a Chatwoot account
version_added: 0.2.0
description:
  - Ensures that an agent bot of the account exists with the given settings, or that it does not exist. Attach it to
    an inbox with M(community.chatwoot.chatwoot_inbox_agent_bot).
  - Bots are found by exact name among the account's own bots; installation-wide bots, which Chatwoot also lists,
    cannot be changed through the account API and are never touched. Names are not unique in Chatwoot; if several
    bots have the name, the module fails and lists their ids.
  - An installation-wide bot and an account bot may have the same name; the installation-wide one is not this
    module's, and M(community.chatwoot.chatwoot_inbox_agent_bot) attaches either by id, or by name when only one
    of the bots the account sees has it.
  - The bot's C(access_token) and C(secret) are returned only with O(return_secrets=true). Chatwoot itself shows a
    bot's access token to every member of the account, agents included.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the bot as it would be; on create its id and credentials are V(null).
  diff_mode:
    support: full
    details: The diff holds the name and the options that are set, never a credential.
options:
  name:
    description: Name of the bot. Without O(id), the bot is looked up by it. Required to create a bot.
    type: str
  id:
    description: Id of an existing bot of the account, to rename it.
    type: int
  state:
    description: V(present) creates the bot or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  description:
    description: Description of the bot.
    type: str
  outgoing_url:
    description: URL Chatwoot sends the events of the bot's inboxes to.
    type: str
  bot_type:
    description: Kind of bot.
    type: str
    choices: [webhook]
  bot_config:
    description: Settings of the bot, as Chatwoot stores them.
    type: dict
  return_secrets:
    description: Include the bot's C(access_token) and C(secret) in RV(agent_bot). Use C(no_log) on the task then.
    type: bool
    default: false
seealso:
  - module: community.chatwoot.chatwoot_inbox_agent_bot
'''

EXAMPLES = r'''
- name: A triage bot
  community.chatwoot.chatwoot_agent_bot:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: Triage bot
    description: Answers first, hands over to people
    outgoing_url: https://bot.example.com/hook

- name: It answers the website inbox
  community.chatwoot.chatwoot_inbox_agent_bot:
    inbox: Example website
    agent_bot: Triage bot
'''

RETURN = r'''
agent_bot:
  description:
    - The bot as Chatwoot returns it, without its credentials unless O(return_secrets=true); empty after a deletion.
    - In check mode, the bot as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the bot; V(null) in check mode before it exists.
      type: int
      sample: 3
    name:
      description: Name.
      type: str
      sample: Triage bot
    outgoing_url:
      description: URL the events go to.
      type: str
      sample: https://bot.example.com/hook
    account_id:
      description: Account of the bot.
      type: int
      sample: 1
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._agent_bots import AGENT_BOT
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


MODULE = ChatwootModule(AGENT_BOT.argument_spec(), partial(ensure, AGENT_BOT), required_one_of=[('name', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
