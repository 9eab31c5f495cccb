"""spec/controllers/api/v1/accounts/automation_rules_controller_spec.rb (v4.15.1), replayed (bodies sent as JSON).

Uploading attachments (:149, :178, :225, :367, :407), which the simulator does not model and the collection never
uses, is not applicable; the invalid-attachment answers (:209, :391) and clone (:281, :289) are replayed."""

import copy

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'automation_rules_controller_spec.rb'
RULES = A1 + '/automation_rules'
PARAMS = {
    'name': 'Notify Conversation Created and mark priority query',
    'description': 'Notify all administrator about conversation created and mark priority query',
    'event_name': 'conversation_created',
    'conditions': [{'attribute_key': 'browser_language', 'filter_operator': 'equal_to', 'values': ['en'], 'query_operator': 'AND'},
                   {'attribute_key': 'country_code', 'filter_operator': 'equal_to', 'values': ['USA', 'UK'], 'query_operator': None}],
    'actions': [{'action_name': 'send_message', 'action_params': ['Welcome to the chatwoot platform.']},
                {'action_name': 'assign_team', 'action_params': [1]}, {'action_name': 'remove_assigned_agent'},
                {'action_name': 'remove_assigned_team'}, {'action_name': 'add_label', 'action_params': ['support', 'priority_customer']}],
}


@pytest.fixture
def rule(api):
    """The factory's rule: one condition, four actions, active."""
    return created(api.post(RULES, json={
        'name': 'Test Automation Rule', 'event_name': 'conversation_created',
        'conditions': [{'attribute_key': 'status', 'filter_operator': 'equal_to', 'values': ['pending'], 'query_operator': None}],
        'actions': [{'action_name': 'send_message', 'action_params': ['hi']}, {'action_name': 'remove_assigned_agent'},
                    {'action_name': 'remove_assigned_team'}, {'action_name': 'resolve_conversation'}]}))


def count(api):
    return len(api.get(RULES).json()['payload'])


def test_returns_all_records(api, rule):
    """automation_rules_controller_spec.rb:12"""
    response = api.get(RULES)
    assert response.status_code == 200 and response.json()['payload'][0]['id'] == rule['id']


@pytest.mark.parametrize('method, path', [('POST', ''), ('POST', ''), ('GET', '/{id}'), ('PATCH', '/{id}'), ('DELETE', '/{id}')],
                         ids=[SPEC + ':%d' % line for line in (25, 35, 255, 308, 435)])
def test_unauthenticated_requests_are_refused(api, rule, method, path):
    assert unauthenticated(api, method, '/automation_rules' + path.format(id=rule['id']), json={'name': 'x'}) == 401
    assert count(api) == 1


@pytest.mark.parametrize('condition', [
    {'attribute_key': 'browser_language', 'filter_operator': 'equal_to', 'values': ['en'], 'query_operator': 'invalid'},
    {'attribute_key': 'unknown_attribute', 'filter_operator': 'equal_to', 'values': ['en'], 'query_operator': 'AND'},
], ids=[SPEC + ':85', SPEC + ':102'])
def test_a_bad_condition_is_refused_and_nothing_saved(api, condition):
    body = copy.deepcopy(PARAMS)
    body['conditions'].append(condition)
    assert api.post(RULES, json=body).status_code == 422 and count(api) == 0


def test_saves_a_rule_with_country_and_language_conditions(api):
    """automation_rules_controller_spec.rb:119"""
    assert api.post(RULES, json=PARAMS).status_code == 200 and count(api) == 1


def test_saves_a_rule_with_a_status_condition(api):
    """automation_rules_controller_spec.rb:130"""
    body = dict(PARAMS, conditions=[{'attribute_key': 'status', 'filter_operator': 'equal_to', 'values': ['resolved'],
                                     'query_operator': None}])
    assert api.post(RULES, json=body).status_code == 200 and count(api) == 1


def test_shows_a_rule(api, rule):
    """automation_rules_controller_spec.rb:263"""
    response = api.get(RULES + '/%d' % rule['id'])
    assert response.status_code == 200 and response.json()['payload']['id'] == rule['id']


def test_updates_a_rule(api, rule):
    """automation_rules_controller_spec.rb:337"""
    response = api.patch(RULES + '/%d' % rule['id'], json={
        'description': 'Update description', 'name': 'Update name',
        'conditions': [{'attribute_key': 'browser_language', 'filter_operator': 'equal_to', 'values': ['en'], 'query_operator': 'AND'}],
        'actions': [{'action_name': 'add_label', 'action_params': ['support', 'priority_customer']}]})
    assert response.status_code == 200
    payload = response.json()['payload']
    assert (payload['name'], payload['description'], len(payload['conditions']), len(payload['actions'])) == (
        'Update name', 'Update description', 1, 1)


def test_turns_a_rule_off(api, rule):
    """automation_rules_controller_spec.rb:353"""
    assert rule['active'] is True
    response = api.patch(RULES + '/%d' % rule['id'], json={'active': False})
    assert response.status_code == 200 and response.json()['payload']['active'] is False


def test_deletes_a_rule(api, rule):
    """automation_rules_controller_spec.rb:443"""
    assert api.delete(RULES + '/%d' % rule['id']).status_code == 200 and count(api) == 0


INVALID_ATTACHMENT = 'Invalid attachment'  # config/locales/en.yml errors.attachments.invalid


def test_an_invalid_attachment_is_refused_on_create(api):
    """automation_rules_controller_spec.rb:209"""
    body = dict(copy.deepcopy(PARAMS), actions=[{'action_name': 'send_attachment', 'action_params': ['invalid_blob_id']}])
    response = api.post(RULES, json=body)
    assert (response.status_code, response.json()['error']) == (422, INVALID_ATTACHMENT)
    assert count(api) == 0


def test_an_invalid_attachment_is_refused_on_update(api, rule):
    """automation_rules_controller_spec.rb:391"""
    response = api.patch(RULES + '/%d' % rule['id'], json={'actions': [{'action_name': 'send_attachment', 'action_params': [999999]}]})
    assert (response.status_code, response.json()['error']) == (422, INVALID_ATTACHMENT)


def test_clone_needs_a_token(api, rule):
    """automation_rules_controller_spec.rb:281"""
    assert unauthenticated(api, 'POST', '/automation_rules/%d/clone' % rule['id']) == 401
    assert count(api) == 1


def test_clones_a_rule(api, rule):
    """automation_rules_controller_spec.rb:289"""
    assert created(api.post(RULES + '/%d/clone' % rule['id']))['payload']['id'] != rule['id']
    assert count(api) == 2
