#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_automation_rule
short_description: Create, update and delete Chatwoot automation rules
version_added: 0.2.0
description:
  - Ensures that an automation rule of a Chatwoot account exists with the given event, conditions and actions, or
    that it does not exist. On the event, Chatwoot checks the conditions and, when they hold, runs the actions.
  - Chatwoot does not keep rule names unique. Without O(id) the rule is looked up by its exact name; when several
    rules have that name the module fails, listing their ids.
  - "Objects that conditions and actions refer to are named, never numbered, so that a rule can be applied to
    another Chatwoot installation: inboxes and teams by name, agents by e-mail address, labels by title. This holds
    for the C(values) of the conditions on V(inbox_id), V(team_id), V(assignee_id) and V(labels), and for the
    C(action_params) of V(assign_agent), V(assign_team), V(add_label), V(remove_label) and V(send_email_to_team)
    (in its C(team_ids)). An unknown or shared name fails before any change, naming its place, such as
    C(actions[0].action_params)."
  - O(conditions) and O(actions) are each managed as a whole list, as Chatwoot replaces them whole.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the rule as it would be, with the ids the names stand for; on create its id is V(null).
  diff_mode:
    support: full
    details: The diff holds the name and the options that are set, with conditions and actions as Chatwoot stores them (ids).
options:
  name:
    description:
      - Name of the rule. Without O(id), the rule is looked up by it. Required to create a rule.
      - With O(id), the rule gets this name.
    type: str
  id:
    description: Id of an existing rule, to rename it or to pick one of several rules with the same name.
    type: int
  state:
    description: V(present) creates the rule or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  description:
    description: Description of the rule.
    type: str
  event_name:
    description:
      - The event that runs the rule. Required to create a rule.
      - Chatwoot itself accepts any text here, and a rule with a misspelt event never runs; the module allows only the
        events Chatwoot fires.
    type: str
    choices: [conversation_created, conversation_updated, conversation_opened, conversation_resolved, message_created]
  active:
    description:
      - Whether the rule runs. Chatwoot turns a rule off by itself after its conditions failed to evaluate (for
        example on a deleted custom attribute); applying V(true) turns it on again, with a warning to check why it was
        off.
    type: bool
  conditions:
    description:
      - The conditions, all of them, in order. V([]) for none. Required to create a rule.
    type: list
    elements: dict
    suboptions:
      attribute_key:
        description:
          - What the condition tests, such as V(status), V(inbox_id), V(labels), V(browser_language), or the key of a
            custom attribute of the account.
        type: str
        required: true
      filter_operator:
        description: How it tests, such as V(equal_to), V(not_equal_to), V(contains), V(is_present).
        type: str
        required: true
      values:
        description:
          - The values to test against, a list. Inboxes and teams by name, agents by e-mail address, labels by title.
          - "For V(attribute_changed): a dict C({from: [...], to: [...]})."
        type: raw
      query_operator:
        description:
          - V(AND) or V(OR), joining this condition to the next one. Every condition but the last needs one.
        type: str
      custom_attribute_type:
        description: For a custom attribute, its model, such as V(conversation_attribute) or V(contact_attribute).
        type: str
  actions:
    description:
      - The actions, all of them, in order. Required to create a rule.
      - V(send_attachment) (a file uploaded to Chatwoot) and the Enterprise V(add_sla) cannot be described.
    type: list
    elements: dict
    suboptions:
      action_name:
        description: The action, such as V(send_message), V(assign_team), V(assign_agent), V(add_label), V(change_status).
        type: str
        required: true
      action_params:
        description:
          - Its parameters, a list. V(assign_team) takes a team's name (or V(nil)), V(assign_agent) an agent's
            e-mail address (or V(nil), V(last_responding_agent)), V(add_label) and V(remove_label) label titles,
            V(send_email_to_team) one dict C({message, team_ids}) whose C(team_ids) are team names.
        type: list
        elements: raw
notes:
  - Automation rules need the token of an B(administrator) of the account.
seealso:
  - module: community.chatwoot.chatwoot_macro
  - module: community.chatwoot.chatwoot_account_info
  - name: Chatwoot automation rules API
    description: Chatwoot's application API reference for automation rules.
    link: https://developers.chatwoot.com/api-reference/automation-rule/add-a-new-automation-rule
'''

EXAMPLES = r'''
- name: Conversations of the website inbox tagged vip go to the sales team and Alice
  community.chatwoot.chatwoot_automation_rule:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: VIP to sales
    event_name: conversation_created
    conditions:
      - {attribute_key: inbox_id, filter_operator: equal_to, values: [Website], query_operator: AND}
      - {attribute_key: labels, filter_operator: equal_to, values: [vip]}
    actions:
      - {action_name: assign_team, action_params: [sales]}
      - {action_name: assign_agent, action_params: [alice@example.com]}
      - {action_name: send_email_to_team, action_params: [{message: A VIP is waiting, team_ids: [sales]}]}

- name: Switch it off
  community.chatwoot.chatwoot_automation_rule:
    name: VIP to sales
    active: false

- name: Delete it
  community.chatwoot.chatwoot_automation_rule:
    name: VIP to sales
    state: absent
'''

RETURN = r'''
automation_rule:
  description:
    - The rule as Chatwoot returns it (with the ids that the names stand for); empty after a deletion.
    - In check mode, the rule as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the rule; V(null) in check mode before it exists.
      type: int
      sample: 3
    name:
      description: Name.
      type: str
      sample: VIP to sales
    description:
      description: Description.
      type: str
    event_name:
      description: Event that runs it.
      type: str
      sample: conversation_created
    active:
      description: Whether it runs.
      type: bool
      sample: true
    conditions:
      description: Conditions as Chatwoot stores them.
      type: list
      elements: dict
      sample: [{attribute_key: inbox_id, filter_operator: equal_to, values: [7], query_operator: AND}]
    actions:
      description: Actions as Chatwoot stores them.
      type: list
      elements: dict
      sample: [{action_name: assign_team, action_params: [2]}]
    created_on:
      description: Creation time, in seconds since the epoch.
      type: int
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._automation_rules import AUTOMATION_RULE
from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure


MODULE = ChatwootModule(AUTOMATION_RULE.argument_spec(), partial(ensure, AUTOMATION_RULE), required_one_of=[('name', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
