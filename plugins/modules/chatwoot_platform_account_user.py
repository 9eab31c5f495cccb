#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_platform_account_user
short_description: Make a Chatwoot user a member of an account, with a role, through the Platform API
version_added: 0.2.0
description:
  - Ensures that the user O(user_id) is a member of the account O(account_id) with the role O(role), or that it is not
    a member, through the Platform API (C(/platform/api/v1/accounts/{id}/account_users)) and a platform app's token.
  - This is how a new tenant gets its first administrator, whose access token then configures the account with the
    P(community.chatwoot.account#role) role.
  - The account must be one the platform app created. The user may be any user of the installation.
  - The module reads the account's members once, and writes only a change.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.platform_connection
  - community.chatwoot.platform_connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the membership as Chatwoot would return it.
  diff_mode:
    support: full
    details: The diff holds the user's id and role.
options:
  account_id:
    description: Id of the account, such as RV(community.chatwoot.chatwoot_platform_account#module:account.id).
    type: int
    required: true
  user_id:
    description: Id of the user, such as RV(community.chatwoot.chatwoot_platform_user#module:user.id).
    type: int
    required: true
  role:
    description:
      - Role of the user in the account. V(administrator) may change the account's settings and objects.
      - When not set, a member keeps its role and a new member is an V(agent).
    type: str
    choices: [agent, administrator]
  state:
    description:
      - V(present) adds the user to the account, or changes its role; V(absent) removes it from the account, and from
        the account's inboxes and teams. The user stays in the installation.
    type: str
    choices: [present, absent]
    default: present
seealso:
  - module: community.chatwoot.chatwoot_platform_account
  - module: community.chatwoot.chatwoot_platform_user
  - module: community.chatwoot.chatwoot_agent
'''

EXAMPLES = r'''
- name: The tenant's owner administers its account
  community.chatwoot.chatwoot_platform_account_user:
    api_url: https://chat.example.com
    platform_access_token: "{{ vault_chatwoot_platform_token }}"
    account_id: "{{ tenant_account.account.id }}"
    user_id: "{{ tenant_admin.user.id }}"
    role: administrator

- name: Take a user out of the account
  community.chatwoot.chatwoot_platform_account_user:
    account_id: 7
    user_id: 12
    state: absent
'''

RETURN = r'''
account_user:
  description:
    - The membership as Chatwoot returns it (an C(AccountUser) record); in check mode, as Chatwoot would return it.
    - With O(state=absent), the membership as it was; V({}) when there was none.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the membership; V(null) in check mode for a new one.
      type: int
      sample: 31
    account_id:
      description: Id of the account.
      type: int
      sample: 7
    user_id:
      description: Id of the user.
      type: int
      sample: 12
    role:
      description: V(agent) or V(administrator).
      type: str
      sample: administrator
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._platform_account_users import argument_spec, run
from ansible_collections.community.chatwoot.plugins.module_utils._platform_connection import PLATFORM_CONNECTION

MODULE = ChatwootModule(argument_spec(), run, connection=PLATFORM_CONNECTION)


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
