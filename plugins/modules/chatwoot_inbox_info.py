#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_inbox_info
short_description: Read Chatwoot inboxes
version_added: 0.1.0
description:
  - Returns the inboxes of a Chatwoot account as Chatwoot returns them, all of them or those with a given O(id)
    or exact O(name).
  - Never changes anything. Sends a single request, C(GET /api/v1/accounts/{account_id}/inboxes).
  - An administrator's token sees every inbox of the account; an agent's token only the inboxes its user is a
    member of.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: The module only reads, so check mode changes nothing in its behaviour.
  diff_mode:
    support: N/A
    details: The module never changes anything.
options:
  id:
    description:
      - Return only the inbox with this id.
      - If there is no such inbox (or the token may not see it), the module fails.
    type: int
  name:
    description:
      - Return only the inboxes with exactly this name, compared without trimming. Chatwoot allows several inboxes
        with the same name, so this can return more than one.
      - If there is no such inbox, RV(inboxes) is empty and the module does not fail.
      - With O(id) as well, the inbox must have both.
    type: str
  return_secrets:
    description:
      - Include the secrets Chatwoot returns to administrators, the C(hmac_token) of website and API inboxes and
        the webhook C(secret) of API inboxes.
      - "Use C(no_log: true) on the task when this is V(true)."
    type: bool
    default: false
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - module: community.chatwoot.chatwoot_inbox_members
  - module: community.chatwoot.chatwoot_inbox_agent_bot
  - module: community.chatwoot.chatwoot_inboxes
  - plugin: community.chatwoot.widget_snippet
    plugin_type: filter
  - name: community.chatwoot.website_widget role
    description: Ensures a website inbox with this collection's modules and puts the chat widget on the web hosts.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst
'''

EXAMPLES = r'''
- name: Read every inbox of the account
  community.chatwoot.chatwoot_inbox_info:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
  register: all_inboxes

- name: List their names
  ansible.builtin.debug:
    msg: "{{ all_inboxes.inboxes | map(attribute='name') | list }}"

- name: Read one inbox by name and use its widget token
  community.chatwoot.chatwoot_inbox_info:
    name: Example website
  register: website
  failed_when: website.inboxes | length != 1

- name: Read an inbox by id, with its HMAC token for identity validation
  community.chatwoot.chatwoot_inbox_info:
    id: 7
    return_secrets: true
  no_log: true
  register: with_secrets
'''

RETURN = r'''
inboxes:
  description:
    - The inboxes, as Chatwoot returns them, in Chatwoot's order (by name since Chatwoot 4.14).
    - Secrets (C(hmac_token), C(secret)) only with O(return_secrets=true).
    - Empty when no inbox has O(name).
  returned: always
  type: list
  elements: dict
  contains:
    id:
      description: Id of the inbox.
      type: int
      sample: 7
    name:
      description: Name of the inbox.
      type: str
      sample: Example website
    channel_type:
      description: Chatwoot's channel class.
      type: str
      sample: Channel::WebWidget
    website_token:
      description: Public token of the chat widget of a website inbox.
      type: str
      sample: 3zDm4wnC9h6u8cBvBBDzEqtG
    inbox_identifier:
      description: Public identifier of an API inbox.
      type: str
    working_hours:
      description: Seven entries, Sunday (0) to Saturday (6).
      type: list
      elements: dict
    hmac_token:
      description: Secret for identity validation; only with O(return_secrets=true).
      type: str
    secret:
      description: Webhook signing secret of an API inbox; only with O(return_secrets=true).
      type: str
  sample:
    - id: 7
      name: Example website
      channel_type: Channel::WebWidget
      website_url: https://www.example.com
      website_token: 3zDm4wnC9h6u8cBvBBDzEqtG
      greeting_enabled: false
      timezone: UTC
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import info
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX


def argument_spec():
    return INBOX.info_argument_spec()


MODULE = ChatwootModule(argument_spec(), lambda client, params, check_mode: info(INBOX, client, params))


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
