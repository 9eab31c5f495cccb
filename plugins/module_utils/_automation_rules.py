# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The automation rule resource (Chatwoot's app/models/automation_rule.rb, automation_rules_controller.rb and
views/api/v1/accounts/automation_rules), and the actions list it shares with macros.

Names are not unique: a rule is found by its exact name, and several rules with one name are an error that asks
for the id. Chatwoot stores conditions and actions exactly as sent and replaces each list whole on update, so they
are compared as wholes, after the objects they name (_nested_references) became the ids Chatwoot stores. The model
does not check event_name (a misspelt one never fires), so the option has the listener's events as choices
(app/listeners/automation_rule_listener.rb). Create renders the rule bare; the index, show and update wrap it in
payload.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._nested_references import (
    ACTION_PARAMS, CONDITION_VALUES, NamedReferences)
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

EVENTS = ('conversation_created', 'conversation_updated', 'conversation_opened', 'conversation_resolved', 'message_created')

CONDITION_OPTIONS = {
    'attribute_key': {'type': 'str', 'required': True, 'no_log': False},
    'filter_operator': {'type': 'str', 'required': True},
    'values': {'type': 'raw'},
    'query_operator': {'type': 'str'},
    'custom_attribute_type': {'type': 'str'},
}
ACTION_OPTIONS = {
    'action_name': {'type': 'str', 'required': True},
    'action_params': {'type': 'list', 'elements': 'raw'},
}


def _canonical(entries, options, lists):
    """Each entry with the keys a user may set and no null or empty-string value; list keys default to []."""
    result = []
    for entry in entries or []:
        if not isinstance(entry, dict):
            result.append(entry)
            continue
        kept = {k: v for k, v in entry.items() if k in options and v is not None and v != ''}
        for key in lists:
            kept.setdefault(key, [])
        result.append(kept)
    return result


def canonical_conditions(entries):
    return _canonical(entries, CONDITION_OPTIONS, ('values',))


def canonical_actions(entries):
    return _canonical(entries, ACTION_OPTIONS, ('action_params',))


def check_conditions(label, conditions):
    """automation_rule.rb: query_operator AND or OR (any case), and at most one condition (the last) without it."""
    for index, condition in enumerate(conditions):
        operator = condition.get('query_operator')
        if operator is not None and operator.upper() not in ('AND', 'OR'):
            raise OptionError('%s[%d].query_operator must be AND or OR, got %r.' % (label, index, operator))
    if len([c for c in conditions if c.get('query_operator') is None]) > 1:
        raise OptionError('%s: every condition but the last needs a query_operator (AND or OR) to join it to the next.' % label)


def actions_field():
    return Field('actions', {'type': 'list', 'elements': 'dict', 'options': ACTION_OPTIONS}, normalise=canonical_actions,
                 compare=NamedReferences(ACTION_PARAMS, 'action_name', 'action_params', canonical_actions))


def warn_turned_on(obj, changes):
    """Chatwoot turns a rule off by itself (app/models/concerns/reauthorizable.rb) after its conditions failed to
    evaluate twice; turning it on again without a look at why would only repeat that."""
    if changes.get('active') and obj.get('active') is False:
        return ['Automation rule %s (%r) was off and is turned on again. Chatwoot turns a rule off by itself when its conditions '
                'fail to evaluate (a deleted custom attribute, for example): check them if nobody turned it off on purpose.'
                % (obj.get('id'), obj.get('name'))]
    return []


AUTOMATION_RULE = Resource(
    'automation_rule', 'automation_rules', list_key='payload', answer_key='payload', create_answer_key=None,
    required=('event_name', 'conditions', 'actions'), warn_update=warn_turned_on,
    new_object=lambda variant: {'id': None, 'account_id': None, 'name': None, 'description': None, 'event_name': None,
                                'conditions': [], 'actions': [], 'created_on': None, 'active': True},
    fields=(
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('description', {'type': 'str'}, column='text'),
        Field('event_name', {'type': 'str', 'choices': list(EVENTS)}),
        Field('active', {'type': 'bool'}),
        Field('conditions', {'type': 'list', 'elements': 'dict', 'options': CONDITION_OPTIONS}, checks=(check_conditions,),
              normalise=canonical_conditions,
              compare=NamedReferences(CONDITION_VALUES, 'attribute_key', 'values', canonical_conditions)),
        actions_field(),
    ),
)
