#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_platform_account
short_description: Create, update or delete a Chatwoot account through the Platform API
version_added: 0.2.0
description:
  - Ensures that an account of the Chatwoot installation exists with the given settings, features, limits and custom
    attributes, or that it does not exist, through the Platform API (C(/platform/api/v1/accounts)) and a platform app's
    token. This is how a new tenant is made; the P(community.chatwoot.account#role) role then configures it.
  - The account is found by O(id); else by O(marker), keys of its custom attributes; else by O(name). Only the
    accounts the platform app created are found; an account made otherwise is invisible to it.
  - Without O(id), the module reads the Platform API's account list, which Chatwoot has since version 4.5.0.
  - Only the options that are set are managed. In O(custom_attributes) and O(limits) only the keys given are managed;
    the module sends the others back as they are, because Chatwoot replaces these hashes whole.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.platform_connection
  - community.chatwoot.platform_connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the account as Chatwoot would return it; a new account's features
      then hold only those set, since Chatwoot adds the installation's defaults.
  diff_mode:
    support: full
    details: The diff holds the account's name and the options that are set, of the hashes only the keys given.
options:
  id:
    description:
      - Id of the account. With O(name), renames it.
      - Needed to find the account on Chatwoot before 4.5.0, which has no account list in its Platform API, and after
        the platform app deleted one of its accounts, when Chatwoot 4.15.1 fails to list them (see the notes).
    type: int
  marker:
    description:
      - "Custom attributes that tell the account apart, such as V({ansible_tenant: acme}). The account whose custom
        attributes hold all of them is the one managed; a new account gets them."
      - Names need not be unique in Chatwoot, a marker is. Use one for every tenant.
    type: dict
  name:
    description:
      - Name of the account, at most 255 characters. Needed to create one.
      - Without O(id) and O(marker), the account is found by this name, exactly.
    type: str
  state:
    description:
      - V(present) creates the account or updates it; V(absent) deletes it, with all its conversations, contacts and
        inboxes.
    type: str
    choices: [present, absent]
    default: present
  locale:
    description: Language of the account. Chatwoot answers any other value than these with an internal server error.
    type: str
    choices: [en, ar, nl, fr, de, it, ja, ko, pt, ru, es, ml, ca, el, pt_BR, ro, ta, fa, zh_TW, vi, da, tr, cs, fi, id, sv, hu,
              'no', zh_CN, pl, sk, uk, th, lv, is, he, lt, sr, bg, et]
  domain:
    description: Domain of the account's inbound e-mail addresses, at most 100 characters.
    type: str
  support_email:
    description:
      - Address the account's e-mails are sent from, at most 100 characters.
      - Without one, Chatwoot shows and uses the installation's sender address.
    type: str
  status:
    description: V(suspended) locks the account's users out; V(active) lets them in again.
    type: str
    choices: [active, suspended]
  features:
    description:
      - "Features to turn on (V(true)) or off (V(false)), by name, such as V({help_center: true, channel_facebook: false}).
        The others keep their state."
      - A new account starts with the features the installation enables by default, plus these.
      - The names are those of C(config/features.yml) of Chatwoot 4.15.1; any other is refused, because Chatwoot fails
        on it after creating the account, which the platform app then cannot see.
      - On a community edition installation, Chatwoot turns premium features off again in a background job.
    type: dict
  limits:
    description:
      - "Limits of the account, such as V({agents: 5, inboxes: 10}), whole numbers. A key set to V(null) is removed."
      - An enterprise edition installation accepts only V(inboxes), V(agents), V(captain_responses),
        V(captain_documents) and V(emails).
    type: dict
  custom_attributes:
    description:
      - Custom attributes of the account. Only the keys given are managed, and a key set to V(null) is removed.
      - Chatwoot keeps its own in this hash (C(plan_name), C(onboarding_step), usage counters); the module leaves them
        as they are.
    type: dict
  wait:
    description:
      - With O(state=absent), wait until Chatwoot has deleted the account, which it does in a background job.
    type: bool
    default: true
  wait_timeout:
    description: Seconds to wait with O(wait).
    type: int
    default: 120
notes:
  - Chatwoot 4.15.1 keeps a platform app's permission on an account it deleted, and then fails to list the app's
    accounts (HTTP 500). The module then needs O(id), or a super admin to delete that permission in the Rails console.
  - Chatwoot has no uniqueness of names; two accounts of the app with the same name and no O(marker) make the module
    fail, listing their ids.
seealso:
  - module: community.chatwoot.chatwoot_platform_user
  - module: community.chatwoot.chatwoot_platform_account_user
  - module: community.chatwoot.chatwoot_account
  - name: Provisioning a tenant
    description: From an empty installation to an account run by the account role.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/docsite/rst/provisioning.rst
'''

EXAMPLES = r'''
- name: The tenant's account
  community.chatwoot.chatwoot_platform_account:
    api_url: https://chat.example.com
    platform_access_token: "{{ vault_chatwoot_platform_token }}"
    marker: {ansible_tenant: acme}
    name: Acme
    locale: en
    features: {help_center: true, channel_facebook: false}
    limits: {agents: 10, inboxes: 5}
    custom_attributes: {plan: gold}
  register: tenant_account

- name: Suspend it
  community.chatwoot.chatwoot_platform_account:
    marker: {ansible_tenant: acme}
    status: suspended

- name: Delete it and wait until Chatwoot has
  community.chatwoot.chatwoot_platform_account:
    id: "{{ tenant_account.account.id }}"
    state: absent
'''

RETURN = r'''
account:
  description:
    - The account as Chatwoot returns it after the change, or as it is when nothing changed; in check mode, as Chatwoot
      would return it.
    - With O(state=absent), the account as it was; V({}) when there was none.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the account, for the account modules' C(account_id).
      type: int
      sample: 7
    name:
      description: Name.
      type: str
      sample: Acme
    locale:
      description: Language code.
      type: str
      sample: en
    domain:
      description: Domain of the inbound e-mail addresses; V(null) when not set.
      type: str
      sample: null
    support_email:
      description: Sender address; the installation's when the account has none.
      type: str
      sample: Chatwoot <accounts@chatwoot.com>
    features:
      description: The enabled features, each mapped to V(true).
      type: dict
      sample: {help_center: true, labels: true}
    limits:
      description: The limits.
      type: dict
      sample: {agents: 10, inboxes: 5}
    custom_attributes:
      description: The custom attributes, Chatwoot's own included.
      type: dict
      sample: {ansible_tenant: acme, plan: gold}
    status:
      description: V(active) or V(suspended).
      type: str
      sample: active
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._platform_accounts import argument_spec, run
from ansible_collections.community.chatwoot.plugins.module_utils._platform_connection import PLATFORM_CONNECTION

MODULE = ChatwootModule(argument_spec(), run, connection=PLATFORM_CONNECTION, required_one_of=[('id', 'marker', 'name')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
