#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_label
short_description: Create, update, rename and delete Chatwoot labels
version_added: 0.2.0
description:
  - Ensures that a label of a Chatwoot account exists with the given settings, or that it does not exist.
  - Agents tag conversations and contacts with labels; automation rules and reports use them.
  - Only the options that are set are managed; Chatwoot keeps its values for the others.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the label as it would be; on create its RV(label.id) is V(null).
  diff_mode:
    support: full
    details: The diff holds the title and the options that are set.
options:
  title:
    description:
      - Title of the label. Chatwoot stores titles in lower case and allows only letters, digits, C(-) and C(_);
        the module lower-cases the title too, so V(Billing) and V(billing) are the same label.
      - Without O(id), the label is looked up by this title.
      - With O(id), the label is renamed to this title. Chatwoot then re-tags the conversations that had the old
        title, so a rename keeps the label's history (deleting and creating a label would not).
      - Required to create a label.
    type: str
  id:
    description:
      - Id of an existing label, to rename it. With O(state=present), a missing label is an error.
    type: int
  state:
    description:
      - V(present) creates the label or updates it; V(absent) deletes it.
      - Chatwoot (4.14 and later) then also removes the label from every conversation and contact that has it; a label
        created again later does not come back on them. To change a title, rename the label instead.
    type: str
    choices: [present, absent]
    default: present
  description:
    description: Description of the label.
    type: str
  color:
    description: Colour of the label, for example V(#1f93ff) (Chatwoot's default).
    type: str
  show_on_sidebar:
    description: Whether the label is listed in the agents' sidebar.
    type: bool
seealso:
  - module: community.chatwoot.chatwoot_canned_response
  - module: community.chatwoot.chatwoot_team
  - name: Chatwoot labels API
    description: Chatwoot's application API reference for labels.
    link: https://developers.chatwoot.com/api-reference/labels/add-a-new-label
'''

EXAMPLES = r'''
- name: A label for billing questions
  community.chatwoot.chatwoot_label:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    title: billing
    description: Invoices, refunds and payment methods
    color: "#ff5733"
    show_on_sidebar: true

- name: Rename label 4, keeping its conversations tagged
  community.chatwoot.chatwoot_label:
    id: 4
    title: payments

- name: No more spam label
  community.chatwoot.chatwoot_label:
    title: spam
    state: absent
'''

RETURN = r'''
label:
  description:
    - The label as Chatwoot returns it; empty after a deletion or when there was nothing to delete.
    - In check mode, the label as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the label; V(null) in check mode before it exists.
      type: int
      sample: 4
    title:
      description: Title, in lower case.
      type: str
      sample: billing
    description:
      description: Description.
      type: str
      sample: Invoices, refunds and payment methods
    color:
      description: Colour.
      type: str
      sample: "#ff5733"
    show_on_sidebar:
      description: Whether the label is listed in the sidebar.
      type: bool
      sample: true
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._labels import LABEL


MODULE = ChatwootModule(LABEL.argument_spec(), partial(ensure, LABEL), required_one_of=[('title', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
