#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_canned_response
short_description: Create, update and delete Chatwoot canned responses
version_added: 0.2.0
description:
  - Ensures that a canned response (a saved reply that agents insert by typing C(/short_code)) exists with the
    given content, or that it does not exist.
  - Canned responses are found by their O(short_code), which is unique in an account and compared exactly.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the canned response as it would be; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the short code and the content.
options:
  short_code:
    description:
      - The code agents type after C(/) to insert the response. Without O(id), the response is looked up by it.
      - With O(id), the response gets this short code.
      - Required to create a canned response.
    type: str
  id:
    description: Id of an existing canned response, to change its short code. With O(state=present), a missing one is an error.
    type: int
  state:
    description: V(present) creates the canned response or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  content:
    description:
      - The text of the response. Required to create a canned response.
    type: str
notes:
  - Attachments of canned responses are not part of Chatwoot's JSON API; the module leaves them alone.
seealso:
  - module: community.chatwoot.chatwoot_label
  - module: community.chatwoot.chatwoot_team
  - name: Chatwoot canned responses API
    description: Chatwoot's application API reference for canned responses.
    link: https://developers.chatwoot.com/api-reference/canned-responses/add-a-new-canned-response
'''

EXAMPLES = r'''
- name: A saved reply for refund questions
  community.chatwoot.chatwoot_canned_response:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    short_code: refund
    content: Refunds reach your account within 5 working days.

- name: The old greeting goes
  community.chatwoot.chatwoot_canned_response:
    short_code: hello-old
    state: absent
'''

RETURN = r'''
canned_response:
  description:
    - The canned response as Chatwoot returns it; empty after a deletion or when there was nothing to delete.
    - In check mode, the canned response as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the canned response; V(null) in check mode before it exists.
      type: int
      sample: 12
    short_code:
      description: Short code.
      type: str
      sample: refund
    content:
      description: Text of the response.
      type: str
      sample: Refunds reach your account within 5 working days.
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._canned_responses import CANNED_RESPONSE
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


MODULE = ChatwootModule(CANNED_RESPONSE.argument_spec(), partial(ensure, CANNED_RESPONSE), required_one_of=[('short_code', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
