#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_platform_user
short_description: Create, update or delete a Chatwoot user through the Platform API
version_added: 0.2.0
description:
  - Ensures that a user of the Chatwoot installation exists with the given name, e-mail and custom attributes, or that
    it does not exist, through the Platform API (C(/platform/api/v1/users)) and a platform app's token.
  - A user made here is confirmed at once; Chatwoot sends no e-mail. The
    M(community.chatwoot.chatwoot_platform_account_user) module then makes it a member of an account.
  - The user is found by O(id), else by O(email). The Platform API finds a user by e-mail only in its create
    request. The module sends one with the e-mail alone, which returns the existing user or creates nothing, and then
    creates the user with its options if there was none. That request confirms an existing user that was not, and
    lets the platform app manage it from then on.
  - A run with O(id) reads the user and writes only a change; give the id from the first run's result to make later
    runs and check mode exact.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.platform_connection
  - community.chatwoot.platform_connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: partial
    details:
      - Sends no request that writes. With O(id), returns the user as Chatwoot would return it.
      - Without O(id), the module cannot find a user by e-mail without writing, so it assumes there is none, reports a
        change and warns.
  diff_mode:
    support: full
    details: The diff holds the user's e-mail and the options that are set, never the password.
options:
  id:
    description: Id of the user. With O(email), changes the user's e-mail address.
    type: int
  email:
    description:
      - E-mail address of the user, with which the user signs in; Chatwoot stores it in lower case.
      - Needed without O(id). E-mail addresses are unique in the installation.
    type: str
  name:
    description: Full name of the user, at most 255 characters. Needed to create one.
    type: str
  display_name:
    description: Name shown to contacts instead of O(name).
    type: str
  password:
    description:
      - Password to sign in with, 6 to 128 characters with an upper-case letter, a lower-case letter, a digit and one of
        the special characters C(!@#$%^&*()_+-=[]{}|'). Needed to create a user.
      - Chatwoot never returns it, so it is sent on create and, with O(update_secrets=always), on every run.
    type: str
  update_secrets:
    description:
      - V(on_create) sends O(password) only when the user is created; V(always) sends it on every run, which then
        reports a change.
    type: str
    choices: [on_create, always]
    default: on_create
  custom_attributes:
    description: Custom attributes of the user. Only the keys given are managed; Chatwoot keeps the others.
    type: dict
  state:
    description:
      - V(present) creates or updates the user; V(absent) deletes the user from the whole installation, every account
        included.
    type: str
    choices: [present, absent]
    default: present
  return_secrets:
    description:
      - Return the user's access token (RV(user.access_token)) and pubsub token. Without it they are left out.
      - "The access token opens the application API as this user, such as for the P(community.chatwoot.account#role)
        role. Register the result of a task with C(no_log: true) to keep it out of the output."
    type: bool
    default: false
  wait:
    description: With O(state=absent), wait until Chatwoot has deleted the user, which it does in a background job.
    type: bool
    default: true
  wait_timeout:
    description: Seconds to wait with O(wait).
    type: int
    default: 120
seealso:
  - module: community.chatwoot.chatwoot_platform_account
  - module: community.chatwoot.chatwoot_platform_account_user
  - module: community.chatwoot.chatwoot_agent
'''

EXAMPLES = r'''
- name: The tenant's administrator, with the access token for the account role
  community.chatwoot.chatwoot_platform_user:
    api_url: https://chat.example.com
    platform_access_token: "{{ vault_chatwoot_platform_token }}"
    email: owner@acme.example
    name: Acme Owner
    password: "{{ vault_acme_owner_password }}"
    return_secrets: true
  register: tenant_admin
  no_log: true

- name: Rename that user, found by id
  community.chatwoot.chatwoot_platform_user:
    id: "{{ tenant_admin.user.id }}"
    name: Acme Administrator
'''

RETURN = r'''
user:
  description:
    - The user as Chatwoot returns it after the change, or as it is when nothing changed; in check mode, as Chatwoot
      would return it.
    - With O(state=absent), the user as it was; V({}) when there was none.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the user, for the O(community.chatwoot.chatwoot_platform_account_user#module:user_id) option.
      type: int
      sample: 12
    email:
      description: E-mail address, in lower case.
      type: str
      sample: owner@acme.example
    name:
      description: Name.
      type: str
      sample: Acme Owner
    display_name:
      description: Display name; V(null) when not set.
      type: str
      sample: null
    access_token:
      description: The user's access token for the application API.
      returned: with O(return_secrets=true)
      type: str
      sample: 2RrWk9hDE5wqX8cF3sBu7ZpA
    pubsub_token:
      description: The user's token for Chatwoot's live updates.
      returned: with O(return_secrets=true)
      type: str
      sample: 7hT2mVd8QwLp3sXz9bNc4RfE
    custom_attributes:
      description: Custom attributes; absent when there are none.
      type: dict
      sample: {crm_id: '4711'}
    confirmed:
      description: Whether the e-mail address is confirmed; always V(true) for users made here.
      type: bool
      sample: true
    accounts:
      description: The user's accounts, each with its C(id), C(name), C(role) and C(active_at).
      type: list
      elements: dict
      sample: [{id: 7, name: Acme, role: administrator, active_at: null}]
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._platform_connection import PLATFORM_CONNECTION
from ansible_collections.community.chatwoot.plugins.module_utils._platform_users import PLATFORM_USER, run

MODULE = ChatwootModule(PLATFORM_USER.argument_spec(), run, connection=PLATFORM_CONNECTION, required_one_of=[('id', 'email')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
