"""spec/controllers/api/v1/accounts/custom_attribute_definitions_controller_spec.rb (v4.15.1), replayed."""

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'custom_attribute_definitions_controller_spec.rb'
DEFS = '/custom_attribute_definitions'
PAYLOAD = {'custom_attribute_definition': {'attribute_display_name': 'Developer ID', 'attribute_key': 'developer_id',
                                           'attribute_model': 'contact_attribute', 'attribute_display_type': 'text',
                                           'default_value': ''}}


@pytest.fixture
def definition(api):
    """The factory's definition: a conversation attribute."""
    return created(api.post(A1 + DEFS, json={'attribute_display_name': 'Factory', 'attribute_key': 'factory_key',
                                             'attribute_model': 'conversation_attribute', 'attribute_display_type': 'text'}))


def count(api):
    return len(api.get(A1 + DEFS).json())


@pytest.mark.parametrize('method, path', [('GET', DEFS), ('GET', DEFS + '/{id}'), ('POST', DEFS), ('PUT', DEFS + '/{id}'),
                                          ('DELETE', DEFS + '/{id}')],
                         ids=[SPEC + ':%d' % line for line in (10, 39, 72, 137, 176)])
def test_unauthenticated_requests_are_refused(api, definition, method, path):
    assert unauthenticated(api, method, path.format(id=definition['id']), json=PAYLOAD) == 401
    assert api.get(A1 + DEFS).json() == [definition]


def test_returns_every_definition_of_the_account(api, definition):
    """custom_attribute_definitions_controller_spec.rb:19"""
    api.post(A1 + DEFS, json={'attribute_display_name': 'Other', 'attribute_key': 'factory_key', 'attribute_model': 'contact_attribute',
                              'attribute_display_type': 'text'})
    response = api.get(A1 + DEFS)
    assert response.status_code == 200 and len(response.json()) == 2
    assert response.json()[0]['attribute_key'] == definition['attribute_key']


def test_shows_a_definition(api, definition):
    """custom_attribute_definitions_controller_spec.rb:47"""
    response = api.get(A1 + DEFS + '/%d' % definition['id'])
    assert response.status_code == 200 and definition['attribute_key'] in response.text


def test_an_administrator_creates_a_definition(api):
    """custom_attribute_definitions_controller_spec.rb:83"""
    response = api.post(A1 + DEFS, json=PAYLOAD)
    assert response.status_code == 200 and response.json()['attribute_key'] == 'developer_id' and count(api) == 1


def test_an_agent_may_not_create_one(api):
    """custom_attribute_definitions_controller_spec.rb:95"""
    assert api.post(A1 + DEFS, json=PAYLOAD, token='agent').status_code == 401 and count(api) == 0


def test_a_standard_key_is_refused(api):
    """custom_attribute_definitions_controller_spec.rb:119"""
    response = api.post(A1 + DEFS, json={'custom_attribute_definition': {
        'attribute_display_name': 'Conflicting Key', 'attribute_key': 'status', 'attribute_model': 'conversation_attribute',
        'attribute_display_type': 'text'}})
    assert response.status_code == 422
    assert 'The provided key is not allowed as it might conflict with default attributes.' in response.json()['message']


def test_an_administrator_updates_a_definition(api, definition):
    """custom_attribute_definitions_controller_spec.rb:146"""
    payload = {'custom_attribute_definition': {'attribute_display_name': 'Developer ID', 'attribute_key': 'developer_id'}}
    assert api.patch(A1 + DEFS + '/%d' % definition['id'], json=payload).status_code == 200
    shown = api.get(A1 + DEFS + '/%d' % definition['id']).json()
    assert (shown['attribute_display_name'], shown['attribute_key'], shown['attribute_model']) == (
        'Developer ID', 'developer_id', 'conversation_attribute')


def test_an_agent_may_not_update_one(api, definition):
    """custom_attribute_definitions_controller_spec.rb:159"""
    payload = {'custom_attribute_definition': {'attribute_display_name': 'Developer ID'}}
    assert api.patch(A1 + DEFS + '/%d' % definition['id'], json=payload, token='agent').status_code == 401
    assert api.get(A1 + DEFS + '/%d' % definition['id']).json()['attribute_display_name'] == 'Factory'


def test_an_administrator_deletes_a_definition(api, definition):
    """custom_attribute_definitions_controller_spec.rb:183"""
    assert api.delete(A1 + DEFS + '/%d' % definition['id']).status_code == 204 and count(api) == 0


def test_an_agent_may_not_delete_one(api, definition):
    """custom_attribute_definitions_controller_spec.rb:193"""
    assert api.delete(A1 + DEFS + '/%d' % definition['id'], token='agent').status_code == 401 and count(api) == 1
