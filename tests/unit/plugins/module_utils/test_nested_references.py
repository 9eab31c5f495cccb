# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names inside automation rules and macros (issue 19): names to ids on the way in and back on export, one GET per
kind named, an unknown or shared name fails naming its path; a macro's visibility goes with every update."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._account import BY_NAME, export_kind
from ansible_collections.community.chatwoot.plugins.module_utils._automation_rules import AUTOMATION_RULE
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._macros import MACRO
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

ACCOUNT = {
    ('GET', 'agents'): [{'id': 3, 'email': 'alice@example.com'}, {'id': 4, 'email': 'bob@example.com'}],
    ('GET', 'teams'): [{'id': 7, 'name': 'sales'}, {'id': 8, 'name': 'support'}],
    ('GET', 'inboxes'): {'payload': [{'id': 11, 'name': 'Website'}, {'id': 12, 'name': 'Twin'}, {'id': 13, 'name': 'Twin'}]},
    ('GET', 'labels'): {'payload': [{'id': 1, 'title': 'vip'}]},
}
STORED_CONDITIONS = [{'attribute_key': 'inbox_id', 'filter_operator': 'equal_to', 'values': [11], 'query_operator': 'AND'},
                     {'attribute_key': 'labels', 'filter_operator': 'equal_to', 'values': ['vip']}]
STORED_ACTIONS = [{'action_name': 'assign_agent', 'action_params': [3]},
                  {'action_name': 'send_email_to_team', 'action_params': [{'message': 'hi', 'team_ids': [7, 8]}]},
                  {'action_name': 'assign_team', 'action_params': ['nil']}]


def _condition(key, values, operator=None):
    return {'attribute_key': key, 'filter_operator': 'equal_to', 'values': values, 'query_operator': operator,
            'custom_attribute_type': None}


def _params(**changes):
    params = {'id': None, 'state': 'present', 'name': 'Route', 'description': None, 'event_name': 'conversation_created',
              'active': None,
              'conditions': [_condition('inbox_id', ['Website'], 'AND'), _condition('labels', ['VIP'])],
              'actions': [{'action_name': 'assign_agent', 'action_params': ['Alice@example.com']},
                          {'action_name': 'send_email_to_team', 'action_params': [{'message': 'hi', 'team_ids': ['Sales', 'support']}]},
                          {'action_name': 'assign_team', 'action_params': ['nil']}]}
    params.update(changes)
    return params


def _client(rules=()):
    answers = dict(ACCOUNT)
    answers[('GET', 'automation_rules')] = {'payload': list(rules)}
    answers[('POST', 'automation_rules')] = lambda body: dict(body, id=5)  # created bare, no payload wrapper
    return FakeClient(answers)


def test_names_become_ids_once_per_kind_and_create_reads_the_bare_answer():
    client = _client()
    result = ensure(AUTOMATION_RULE, client, _params(), False)
    body = client.writes[0][2]
    assert (body['conditions'], body['actions']) == (STORED_CONDITIONS, STORED_ACTIONS)
    assert result['automation_rule']['id'] == 5
    reads = [request[1] for request in client.requests if request[0] == 'GET']
    assert sorted(reads) == sorted(set(reads))  # each list read once, though teams are named three times


def test_stored_ids_compare_equal_to_the_names():
    rule = {'id': 5, 'name': 'Route', 'event_name': 'conversation_created', 'conditions': STORED_CONDITIONS,
            'actions': STORED_ACTIONS, 'active': True}
    client = _client([rule])
    assert ensure(AUTOMATION_RULE, client, _params(), False)['changed'] is False
    assert client.writes == []


@pytest.mark.parametrize('actions, message', [
    ([{'action_name': 'assign_team', 'action_params': ['nobody']}],
     "actions[0].action_params: there is no team named 'nobody' in account 1"),
    ([{'action_name': 'assign_agent', 'action_params': [3]}], 'actions[0].action_params: 3 is not an e-mail address'),
    ([{'action_name': 'add_sla', 'action_params': [1]}], 'actions[0].action_params: SLA policies'),
])
def test_an_unknown_name_fails_before_any_write_naming_its_path(actions, message):
    client = _client()
    with pytest.raises(OptionError, match=message.replace('(', r'\(').replace('[', r'\[').replace(']', r'\]')):
        ensure(AUTOMATION_RULE, client, _params(actions=actions), False)
    assert client.writes == []


def test_a_shared_name_fails():
    client = _client()
    with pytest.raises(OptionError, match=r'conditions\[0\]\.values: 2 inboxes are named .Twin. \(ids 12, 13\)'):
        ensure(AUTOMATION_RULE, client, _params(conditions=[_condition('inbox_id', ['Twin'])]), False)


def test_export_names_what_chatwoot_stores():
    rule = {'id': 5, 'name': 'Route', 'description': None, 'event_name': 'conversation_created',
            'conditions': STORED_CONDITIONS, 'actions': STORED_ACTIONS, 'active': True, 'created_on': 1}
    exported = export_kind(BY_NAME['automation_rules'], _client([rule]))
    assert exported == [{'name': 'Route', 'event_name': 'conversation_created', 'active': True,
                         'conditions': [{'attribute_key': 'inbox_id', 'filter_operator': 'equal_to', 'values': ['Website'],
                                         'query_operator': 'AND'},
                                        {'attribute_key': 'labels', 'filter_operator': 'equal_to', 'values': ['vip']}],
                         'actions': [{'action_name': 'assign_agent', 'action_params': ['alice@example.com']},
                                     {'action_name': 'send_email_to_team', 'action_params': [{'message': 'hi', 'team_ids': ['sales', 'support']}]},
                                     {'action_name': 'assign_team', 'action_params': ['nil']}]}]


def test_export_fails_on_an_id_of_a_deleted_object():
    rule = {'id': 5, 'name': 'Route', 'event_name': 'conversation_created', 'conditions': [],
            'actions': [{'action_name': 'assign_team', 'action_params': [99]}], 'active': True}
    with pytest.raises(OptionError, match=r"automation_rules 'Route': actions\[0\]\.action_params: 99 names no team"):
        export_kind(BY_NAME['automation_rules'], _client([rule]))


def test_a_macro_update_carries_its_visibility():
    macro = {'id': 2, 'name': 'Close', 'visibility': 'global', 'actions': []}
    client = FakeClient({('GET', 'macros'): {'payload': [macro]},
                         ('PATCH', 'macros/2'): lambda body: {'payload': dict(macro, **body)}})
    params = {'id': None, 'state': 'present', 'name': 'Close', 'visibility': None,
              'actions': [{'action_name': 'resolve_conversation', 'action_params': None}]}
    result = ensure(MACRO, client, params, False)
    assert client.writes == [('PATCH', '/api/v1/accounts/1/macros/2',
                              {'visibility': 'global', 'actions': [{'action_name': 'resolve_conversation', 'action_params': []}]})]
    assert result['macro']['visibility'] == 'global'


def test_turning_a_rule_on_again_warns_that_chatwoot_may_have_turned_it_off():
    rule = {'id': 5, 'name': 'Route', 'event_name': 'conversation_created', 'conditions': STORED_CONDITIONS,
            'actions': STORED_ACTIONS, 'active': False}
    result = ensure(AUTOMATION_RULE, _client([rule]), _params(active=True), True)
    assert result['changed'] and len(result['warnings']) == 1 and 'turns a rule off by itself' in result['warnings'][0]
    assert ensure(AUTOMATION_RULE, _client([dict(rule, active=True)]), _params(active=True), True)['warnings'] == []
