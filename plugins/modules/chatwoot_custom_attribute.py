#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_custom_attribute
short_description: Create, update and delete Chatwoot custom attribute definitions
version_added: 0.2.0
description:
  - Ensures that a custom attribute of conversations or contacts is defined with the given settings, or that it is
    not defined.
  - An attribute is found by O(attribute_key) and O(attribute_model) together, as Chatwoot keeps them unique.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the definition as it would be; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the key and the options that are set.
options:
  attribute_key:
    description: The key the attribute is stored under; letters, digits, C(_), C(.) and C(-).
    type: str
  attribute_model:
    description:
      - Whether the attribute belongs to conversations, contacts or companies. V(conversation), V(contact) and
        V(company) are short for Chatwoot's V(conversation_attribute), V(contact_attribute) and V(company_attribute).
      - Company attributes need Chatwoot 4.14 or later; older versions answer them with an internal server error.
    type: str
    required: true
    choices: [conversation_attribute, contact_attribute, company_attribute, conversation, contact, company]
  id:
    description: Id of an existing definition, to change its key.
    type: int
  state:
    description: V(present) creates the definition or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  attribute_display_name:
    description: Name shown to agents. Required to create a definition.
    type: str
  attribute_display_type:
    description: Kind of value. Required to create a definition.
    type: str
    choices: [text, number, currency, percent, link, date, list, checkbox]
  attribute_description:
    description: Description shown to agents.
    type: str
  attribute_values:
    description: The values to choose from, for O(attribute_display_type=list).
    type: list
    elements: str
  regex_pattern:
    description: Regular expression a text value must match.
    type: str
  regex_cue:
    description: Hint shown when a value does not match O(regex_pattern).
    type: str
notes:
  - Creating, changing and deleting a definition needs the token of an B(administrator) of the account (since Chatwoot
    4.14); an agent's token may read definitions only, and gets an HTTP 401 for a write.
seealso:
  - module: community.chatwoot.chatwoot_label
'''

EXAMPLES = r'''
- name: The customer's plan, chosen from a list
  community.chatwoot.chatwoot_custom_attribute:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    attribute_key: plan
    attribute_model: contact
    attribute_display_name: Plan
    attribute_display_type: list
    attribute_values: [free, pro, enterprise]
'''

RETURN = r'''
custom_attribute:
  description:
    - The definition as Chatwoot returns it; empty after a deletion. In check mode, the definition as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the definition; V(null) in check mode before it exists.
      type: int
      sample: 2
    attribute_key:
      description: Key.
      type: str
      sample: plan
    attribute_model:
      description: V(conversation_attribute), V(contact_attribute) or V(company_attribute).
      type: str
      sample: contact_attribute
    attribute_display_name:
      description: Name shown to agents.
      type: str
      sample: Plan
    attribute_display_type:
      description: Kind of value, by name.
      type: str
      sample: list
    attribute_values:
      description: Values to choose from.
      type: list
      elements: str
      sample: [free, pro, enterprise]
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._custom_attributes import CUSTOM_ATTRIBUTE
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


MODULE = ChatwootModule(CUSTOM_ATTRIBUTE.argument_spec(), partial(ensure, CUSTOM_ATTRIBUTE), required_one_of=[('attribute_key', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
