#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_account_info
short_description: Export the configuration of a Chatwoot account as a description the account role applies
version_added: 0.2.0
description:
  - Reads the configuration of a Chatwoot account and returns it in RV(config), in exactly the shape that the
    R(community.chatwoot.account,ansible_collections.community.chatwoot.account_role) role takes as
    C(chatwoot_account), so that an existing account can be put under version control, applied again, or cloned.
  - Each object of a kind is the options of the kind's module for one object (for example
    M(community.chatwoot.chatwoot_label) for labels), without the connection options, O(ignore:id) and
    O(ignore:state). Other objects are named, never numbered - agents by e-mail address, inboxes by name - and no
    value that Chatwoot generates (ids, tokens, timestamps) is part of it. Values Chatwoot has as V(null) are left
    out. The objects of a kind are sorted by name (title, e-mail, short code, URL, attribute key).
  - Reads the account (for V(settings)), one list per kind (custom attributes one per model), for teams the members
    of each team, for inboxes the members and the agent bot of each inbox, and for portal categories the portals
    and the categories of each. For automation rules and macros it reads the lists of the labels, teams, agents
    and inboxes they refer to, once each, to name them.
  - A description names objects by name, so objects whose names repeat (agent bots and inboxes may share a name)
    make the module fail, listing them with their ids.
  - "Secrets are left out unless O(return_secrets=true); a secret that Chatwoot never returns (write-only) is given
    as the placeholder V(<secret: fill in>), which the role refuses to send where it would be sent."
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
  resources:
    description:
      - The kinds of objects to read; by default every kind.
    type: list
    elements: str
    choices: [settings, agents, custom_attributes, labels, canned_responses, agent_bots, inboxes, teams, webhooks,
              portals, portal_categories, automation_rules, macros, integration_hooks]
  return_secrets:
    description: Include the secrets that Chatwoot returns to an administrator in RV(config).
    type: bool
    default: false
notes:
  - Reading agents, agent bots, webhooks and automation rules needs the token of an B(administrator) of the account.
  - Write the export to a file with the P(community.chatwoot.to_safe_yaml#filter) filter, not with C(to_nice_yaml).
    Its texts come from everyone who works in the account (any agent saves canned responses and renames itself);
    in a variable file a text such as V({{ lookup('pipe', 'some command'\) }}) is a template, which Ansible renders,
    running the command on the controller, when a task reads the variable. The filter marks every text C(!unsafe),
    so it stays text. The result registered from this module is data, never rendered.
seealso:
  - plugin: community.chatwoot.to_safe_yaml
    plugin_type: filter
    description: Write the export to a variable file, every text marked C(!unsafe).
  - module: community.chatwoot.chatwoot_account_objects
  - ref: ansible_collections.community.chatwoot.docsite.account_as_code
    description: Your Chatwoot account as code, from an export to a versioned group_vars file.
'''

EXAMPLES = r'''
- name: Export the account
  community.chatwoot.chatwoot_account_info:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
  register: exported

- name: Write it as group variables, for the community.chatwoot.account role, every text marked !unsafe
  ansible.builtin.copy:
    content: "{{ {'chatwoot_account': exported.config} | community.chatwoot.to_safe_yaml }}"
    dest: group_vars/chatwoot/account.yml
    mode: "0644"
  delegate_to: localhost

- name: Only labels and teams
  community.chatwoot.chatwoot_account_info:
    resources: [labels, teams]
  register: exported
'''

RETURN = r'''
config:
  description:
    - The account's configuration, one key per kind read, in the order the role applies them.
    - Each kind is a list of dicts, each the options of the kind's module for one object; V(settings) is one dict.
  returned: success
  type: dict
  contains:
    settings:
      description:
        - Options of M(community.chatwoot.chatwoot_account), the account itself (name, locale, domain, support
          e-mail, auto-resolve, industry, company size, time zone).
      type: dict
      returned: when read
    agents:
      description: Options of M(community.chatwoot.chatwoot_agent) (V(email), V(name), V(role), V(auto_offline)).
      type: list
      elements: dict
      returned: when read
    custom_attributes:
      description: Options of M(community.chatwoot.chatwoot_custom_attribute).
      type: list
      elements: dict
      returned: when read
    labels:
      description: Options of M(community.chatwoot.chatwoot_label).
      type: list
      elements: dict
      returned: when read
    canned_responses:
      description: Options of M(community.chatwoot.chatwoot_canned_response).
      type: list
      elements: dict
      returned: when read
    agent_bots:
      description: Options of M(community.chatwoot.chatwoot_agent_bot), for the account's own bots (not the installation's).
      type: list
      elements: dict
      returned: when read
    inboxes:
      description:
        - Options of M(community.chatwoot.chatwoot_inbox), with C(channel) holding the channel C(type) and that type's
          own options; plus V(agents), the e-mail addresses of its members, sorted, and V(agent_bot), the name of its
          agent bot (when it has one).
        - "A channel secret that Chatwoot never returns (a Telegram bot token, LINE credentials, a Bandwidth SMS
          C(provider_config)) is the placeholder V(<secret: fill in>); secrets Chatwoot returns only with
          O(return_secrets=true)."
      type: list
      elements: dict
      returned: when read
    teams:
      description:
        - Options of M(community.chatwoot.chatwoot_team), plus V(agents), the e-mail addresses of its members, sorted
          (as M(community.chatwoot.chatwoot_team_members) takes them with V(state=exact)).
      type: list
      elements: dict
      returned: when read
    webhooks:
      description: Options of M(community.chatwoot.chatwoot_webhook), the inbox by name.
      type: list
      elements: dict
      returned: when read
    portals:
      description: Options of M(community.chatwoot.chatwoot_portal), the inbox of the chat widget by name.
      type: list
      elements: dict
      returned: when read
    portal_categories:
      description: Options of M(community.chatwoot.chatwoot_portal_category), each with the slug of its portal.
      type: list
      elements: dict
      returned: when read
    automation_rules:
      description:
        - Options of M(community.chatwoot.chatwoot_automation_rule); the inboxes, teams, agents and labels its conditions
          and actions refer to by name (an agent by e-mail address), never by id.
      type: list
      elements: dict
      returned: when read
    macros:
      description:
        - Options of M(community.chatwoot.chatwoot_macro), the global macros and the token user's personal ones; teams,
          agents and labels by name.
      type: list
      elements: dict
      returned: when read
    integration_hooks:
      description:
        - Options of M(community.chatwoot.chatwoot_integration_hook) (OpenAI, Dialogflow, Google Translate, Dyte), the
          inbox of a Dialogflow hook by name; the credentials, which Chatwoot never returns, as the placeholder.
      type: list
      elements: dict
      returned: when read
  sample:
    settings: {name: Acme Support, locale: en, support_email: support@example.com, auto_resolve_after: 1440}
    labels:
      - {title: billing, description: Invoices and refunds, color: "#ff5733", show_on_sidebar: true}
    canned_responses:
      - {short_code: thanks, content: Thank you for your message!}
    teams:
      - {name: sales, description: Pre-sales questions, allow_auto_assign: true, agents: [alice@example.com]}
'''

from ansible_collections.community.chatwoot.plugins.module_utils._account import KIND_NAMES, export
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule


def argument_spec():
    return {
        'resources': {'type': 'list', 'elements': 'str', 'choices': list(KIND_NAMES)},
        'return_secrets': {'type': 'bool', 'default': False, 'no_log': False},
    }


def run(client, params, check_mode):
    return {'changed': False, 'config': export(client, params['resources'] or KIND_NAMES, params['return_secrets'])}


MODULE = ChatwootModule(argument_spec(), run)


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
