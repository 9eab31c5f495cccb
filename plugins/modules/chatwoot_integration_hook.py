#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_integration_hook
short_description: Connect Chatwoot to OpenAI, Dialogflow, Google Translate and Dyte
version_added: 0.2.0
description:
  - Ensures that an integration hook, which connects an app to the account or to one inbox, exists with the given
    settings, or that it does not exist.
  - The apps that need no OAuth are managed; Slack, Linear, Notion and Shopify are connected through OAuth in
    Chatwoot's dashboard and are not offered.
  - A hook is found by its O(app_id), and a Dialogflow hook by its O(inbox) too. An account has at most one hook of
    V(openai), V(google_translate) and V(dyte); Dialogflow hooks belong to one inbox each, several allowed.
  - Chatwoot never returns the credentials (O(settings.api_key), O(settings.credentials)). They are sent when the
    hook is created and whenever a setting changes (Chatwoot replaces the settings whole), and on every run only with
    O(update_secrets=always).
  - Needs an administrator's token.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the hook as it would be; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the app and the options that are set, never a credential.
options:
  app_id:
    description:
      - The app the hook connects. Without O(id), the hook is looked up by it (and by O(inbox) for V(dialogflow)).
      - Required to create a hook. Chatwoot cannot change the app of a hook.
    type: str
    choices: [openai, dialogflow, google_translate, dyte]
  inbox:
    description:
      - The inbox of a V(dialogflow) hook, by exact name or by id; required with O(app_id=dialogflow), and refused for
        the other apps, whose hooks belong to the account.
      - Chatwoot cannot move a hook to another inbox. An unknown inbox fails before any change.
    type: raw
  id:
    description: Id of an existing hook. With O(state=present), a missing hook is an error.
    type: int
  state:
    description: V(present) creates the hook or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  status:
    description: Whether the hook is in use. Chatwoot enables a new hook.
    type: str
    choices: [enabled, disabled]
  settings:
    description:
      - The app's settings, checked against the app's settings before any change. Required to create a hook.
      - Chatwoot replaces the settings whole, so give all of them, the credentials too (the module refuses settings
        without the ones the app requires).
      - Chatwoot checks an OpenAI key with OpenAI when an enabled hook is created, its key changes or it is enabled.
    type: dict
    suboptions:
      api_key:
        description: The API key of V(openai) and V(dyte); required for both. Never returned.
        type: str
      credentials:
        description:
          - The service account key file (its JSON, as a dict or a JSON string) of V(dialogflow) and
            V(google_translate); required for both. Never returned.
          - Ansible hides every value of it in the task's output, so a O(settings.project_id) equal to the key file's
            shows as C(********) there.
        type: dict
      label_suggestion:
        description: V(openai) suggests labels for conversations.
        type: bool
      project_id:
        description: The Google Cloud project of V(dialogflow) and V(google_translate); required for both.
        type: str
      region:
        description: The Dialogflow region, such as V(global) or V(europe-west1) (V(dialogflow)).
        type: str
      language_code:
        description: The language of the Dialogflow agent, such as V(en-US), or V(auto) for the contact's (V(dialogflow)).
        type: str
      organization_id:
        description: The Dyte organization (V(dyte)); required.
        type: str
  update_secrets:
    description:
      - V(on_create) sends the credentials when the hook is created and with every change of its settings;
        V(always) sends them on every run, so the task always reports a change (Chatwoot cannot tell whether they
        differ).
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - module: community.chatwoot.chatwoot_webhook
'''

EXAMPLES = r'''
- name: Label suggestions by OpenAI
  community.chatwoot.chatwoot_integration_hook:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    app_id: openai
    settings:
      api_key: "{{ vault_openai_key }}"
      label_suggestion: true

- name: A Dialogflow bot answers the website inbox first
  community.chatwoot.chatwoot_integration_hook:
    app_id: dialogflow
    inbox: Example website
    settings:
      project_id: support-bot-4711
      credentials: "{{ lookup('file', 'dialogflow-key.json') | from_json }}"
      region: europe-west1
      language_code: en-US

- name: Translation off for now, kept configured
  community.chatwoot.chatwoot_integration_hook:
    app_id: google_translate
    status: disabled

- name: No more video calls
  community.chatwoot.chatwoot_integration_hook:
    app_id: dyte
    state: absent
'''

RETURN = r'''
integration_hook:
  description:
    - The hook as Chatwoot returns it to administrators, without credentials; empty after a deletion.
    - In check mode, the hook as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the hook; V(null) in check mode before it exists.
      type: int
      sample: 3
    app_id:
      description: The app.
      type: str
      sample: dialogflow
    status:
      description: Whether the hook is enabled.
      type: bool
      sample: true
    inbox:
      description: The inbox of a Dialogflow hook (its id and name); V(null) for the other apps.
      type: dict
      sample: {id: 7, name: Example website}
    account_id:
      description: Id of the account.
      type: int
      sample: 1
    hook_type:
      description: V(inbox) for Dialogflow, V(account) for the other apps.
      type: str
      sample: inbox
    settings:
      description: The settings Chatwoot shows (the app's visible ones); never the credentials.
      type: dict
      sample: {project_id: support-bot-4711, region: europe-west1, language_code: en-US}
    reference_id:
      description: An id Chatwoot keeps for OAuth apps; V(null) for these apps.
      type: str
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._integration_hooks import INTEGRATION_HOOK


MODULE = ChatwootModule(INTEGRATION_HOOK.argument_spec(), partial(ensure, INTEGRATION_HOOK), required_one_of=[('app_id', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
