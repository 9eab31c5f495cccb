#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_account
short_description: Set a Chatwoot account's name, language, e-mail domain and auto-resolve settings
version_added: 0.2.0
description:
  - Ensures that the settings of the Chatwoot account O(account_id) have the given values.
  - These are the settings an administrator changes under Settings > Account settings, through C(PATCH /api/v1/accounts/{id}).
    The account's features, limits and status are not among them; only a super admin or the Platform API changes those.
  - The account always exists, so there is no C(state) and no C(id) option. Only the options that are set are managed;
    Chatwoot keeps its values for the others.
  - Needs the token of an administrator of the account. Any member may read the settings, so an agent's token fails
    only when something has to change.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the account as Chatwoot would return it after the change.
  diff_mode:
    support: full
    details: The diff holds the account's name and the options that are set.
options:
  name:
    description: Name of the account, at most 255 characters.
    type: str
  locale:
    description:
      - Language of the account, for its e-mails, the widget's default language and new agents.
      - One of the language codes Chatwoot has translations for. Chatwoot answers any other value with an internal
        server error, so the module refuses it before sending anything.
    type: str
    choices: [en, ar, nl, fr, de, it, ja, ko, pt, ru, es, ml, ca, el, pt_BR, ro, ta, fa, zh_TW, vi, da, tr, cs, fi, id, sv, hu,
              'no', zh_CN, pl, sk, uk, th, lv, is, he, lt, sr, bg, et]
  domain:
    description:
      - Domain of the account's inbound e-mail addresses (conversation continuity by e-mail), at most 100 characters.
      - V("") clears it; Chatwoot then uses the installation's C(MAILER_INBOUND_EMAIL_DOMAIN).
    type: str
  support_email:
    description:
      - Address the account's e-mails are sent from, at most 100 characters, for example V(Support <help@example.com>).
      - When it is not set, Chatwoot shows and uses the installation's sender address; the module cannot tell that
        address from one set here, so it cannot clear this setting.
    type: str
  auto_resolve_after:
    description:
      - Minutes of inactivity after which Chatwoot resolves a conversation, from V(10) to V(1439856) (999 days).
      - V(0) turns auto-resolving off (Chatwoot stores C(null)).
    type: int
  auto_resolve_message:
    description: Message Chatwoot posts in a conversation it resolves automatically. V("") posts none.
    type: str
  auto_resolve_ignore_waiting:
    description: Whether auto-resolving leaves alone the conversations that wait for an agent's reply.
    type: bool
  auto_resolve_label:
    description:
      - Title of the label Chatwoot adds to a conversation it resolves automatically
        (C(Conversations::ResolutionJob)).
      - Chatwoot does not check that the label exists; V("") adds none.
    type: str
  audio_transcriptions:
    description:
      - Whether Chatwoot transcribes the audio messages of the account (an Enterprise feature that needs
        Captain).
    type: bool
  industry:
    description: The account's industry, as shown in its settings. Free text; V("") clears it.
    type: str
  company_size:
    description: The size of the company, for example V(11-50). Free text; V("") clears it.
    type: str
  timezone:
    description: The account's time zone, for example V(Europe/Paris). Chatwoot does not check it; V("") clears it.
    type: str
notes:
  - Chatwoot returns O(auto_resolve_after), O(auto_resolve_message), O(auto_resolve_ignore_waiting),
    O(auto_resolve_label) and O(audio_transcriptions) inside
    RV(account.settings), and O(industry), O(company_size) and O(timezone) inside RV(account.custom_attributes); the
    module compares them there.
  - Chatwoot leaves out of RV(account.custom_attributes) the values that are empty, so an empty value and no value are
    the same to the module.
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - name: Chatwoot account API
    description: Chatwoot's application API reference for the account.
    link: https://developers.chatwoot.com/api-reference/account/update-account
'''

EXAMPLES = r'''
- name: The account's name, language and auto-resolving
  community.chatwoot.chatwoot_account:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: Acme Support
    locale: en
    support_email: Acme Support <support@acme.example>
    auto_resolve_after: 1440
    auto_resolve_message: We closed this conversation after a day without news. Write again any time.
    auto_resolve_ignore_waiting: true

- name: Company details
  community.chatwoot.chatwoot_account:
    industry: Retail
    company_size: 11-50
    timezone: Europe/Paris

- name: No more auto-resolving
  community.chatwoot.chatwoot_account:
    auto_resolve_after: 0
'''

RETURN = r'''
account:
  description:
    - The account as Chatwoot returns it after the change, or as it is when nothing changed.
    - In check mode, the account as Chatwoot would return it.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the account.
      type: int
      sample: 1
    name:
      description: Name.
      type: str
      sample: Acme Support
    locale:
      description: Language code.
      type: str
      sample: en
    domain:
      description: Domain of the inbound e-mail addresses; V(null) when not set.
      type: str
      sample: support.acme.example
    support_email:
      description: Sender address; the installation's when the account has none.
      type: str
      sample: Acme Support <support@acme.example>
    status:
      description: V(active) or V(suspended).
      type: str
      sample: active
    settings:
      description: The account's settings hash, as Chatwoot stores it; the auto-resolve options are in it.
      type: dict
      sample: {auto_resolve_after: 1440, auto_resolve_message: We closed this conversation., auto_resolve_ignore_waiting: true}
    custom_attributes:
      description:
        - Plan and company details; absent while the account has none.
        - V(industry), V(company_size) and V(timezone) are left out when empty.
      type: dict
      sample: {plan_name: null, subscribed_quantity: null, subscription_status: null, subscription_ends_on: null,
               industry: Retail, company_size: 11-50, timezone: Europe/Paris}
    features:
      description: The features enabled for the account, each mapped to V(true).
      type: dict
      sample: {agent_bots: true, help_center: true}
    created_at:
      description: When the account was created.
      type: str
      sample: '2024-05-02T09:14:55.120Z'
    cache_keys:
      description: Chatwoot's cache keys of the account's labels, inboxes and teams.
      type: dict
      sample: {label: 1717000000, inbox: 1717000000, team: 1717000000}
'''

from ansible_collections.community.chatwoot.plugins.module_utils._account_settings import ACCOUNT
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


def run(client, params, check_mode):
    result = ensure(ACCOUNT, client, params, check_mode)
    result['account'].pop('latest_chatwoot_version', None)  # in Chatwoot's GET answer, not in its PATCH answer
    return result


MODULE = ChatwootModule(ACCOUNT.argument_spec(), run)


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
