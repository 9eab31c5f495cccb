#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_webhook
short_description: Create, update and delete Chatwoot account webhooks
version_added: 0.2.0
description:
  - Ensures that an account webhook, which sends the subscribed events to a URL, exists with the given settings, or
    that it does not exist.
  - Webhooks are found by their O(url), which is unique in an account.
  - Chatwoot (4.11.2 and later) generates a signing C(secret) for each webhook; it cannot be set, and the module
    returns it only with O(return_secrets=true).
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the webhook as it would be; on create its id and secret are V(null).
  diff_mode:
    support: full
    details: The diff holds the URL and the options that are set, never the secret.
options:
  url:
    description:
      - The C(http://) or C(https://) URL Chatwoot posts the events to. Without O(id), the webhook is looked up by it.
      - With O(id), the webhook gets this URL.
    type: str
  id:
    description: Id of an existing webhook, to change its URL. With O(state=present), a missing webhook is an error.
    type: int
  state:
    description: V(present) creates the webhook or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  name:
    description: Name of the webhook, shown in Chatwoot's settings.
    type: str
  subscriptions:
    description:
      - The events sent to the URL; at least one. Their order does not matter.
      - Required to create a webhook.
    type: list
    elements: str
    choices: [conversation_created, conversation_status_changed, conversation_updated, contact_created, contact_updated,
              message_created, message_updated, webwidget_triggered, inbox_created, inbox_updated, conversation_typing_on,
              conversation_typing_off]
  inbox:
    description:
      - Send only the events of this inbox, given by exact name or by id. An unknown inbox fails before any change.
    type: raw
  return_secrets:
    description:
      - Include the webhook's signing C(secret) in RV(webhook). Use C(no_log) on the task when this is V(true).
    type: bool
    default: false
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - name: Chatwoot webhooks API
    description: Chatwoot's application API reference for webhooks.
    link: https://developers.chatwoot.com/api-reference/webhooks/add-a-webhook
'''

EXAMPLES = r'''
- name: Conversations and messages go to the CRM
  community.chatwoot.chatwoot_webhook:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    url: https://crm.example.com/chatwoot/events
    name: CRM
    subscriptions: [conversation_created, message_created]

- name: The signing secret, for the receiving side
  community.chatwoot.chatwoot_webhook:
    url: https://crm.example.com/chatwoot/events
    subscriptions: [conversation_created, message_created]
    return_secrets: true
  no_log: true
  register: crm_hook
'''

RETURN = r'''
webhook:
  description:
    - The webhook as Chatwoot returns it, without its C(secret) unless O(return_secrets=true); empty after a deletion.
    - In check mode, the webhook as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the webhook; V(null) in check mode before it exists.
      type: int
      sample: 5
    url:
      description: URL the events are sent to.
      type: str
      sample: https://crm.example.com/chatwoot/events
    name:
      description: Name.
      type: str
      sample: CRM
    subscriptions:
      description: Subscribed events.
      type: list
      elements: str
      sample: [conversation_created, message_created]
    inbox:
      description: The inbox whose events are sent, when the webhook is limited to one.
      type: dict
      sample: {id: 7, name: Example website, channel_type: Channel::WebWidget}
    secret:
      description: Signing secret; only with O(return_secrets=true).
      type: str
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._webhooks import WEBHOOK


MODULE = ChatwootModule(WEBHOOK.argument_spec(), partial(ensure, WEBHOOK), required_one_of=[('url', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
