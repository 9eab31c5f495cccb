"""spec/controllers/api/v1/accounts/inbox_members_controller_spec.rb (v4.15.1), replayed.

Users of the simulator's fixtures: 2 (the agent token's user), 3 and 4 agents of account 1."""

import pytest

from conformance_helpers import unauthenticated
from sim_client import A1

SPEC = 'inbox_members_controller_spec.rb'
AGENT, OLD, NEW = 2, 3, 4


@pytest.fixture
def inbox(api):
    return api.create('Web')


def members(api, inbox):
    return [u['id'] for u in api.get(A1 + '/inbox_members/%d' % inbox['id']).json()['payload']]


@pytest.mark.parametrize('method, path', [('GET', '/inbox_members/{id}'), ('POST', '/inbox_members'),
                                          ('PATCH', '/inbox_members'), ('DELETE', '/inbox_members')],
                         ids=[SPEC + ':%d' % line for line in (11, 48, 123, 198)])
def test_unauthenticated_requests_are_refused(api, inbox, method, path):
    assert unauthenticated(api, method, path.format(id=inbox['id']), json={'inbox_id': inbox['id'], 'user_ids': [AGENT]}) == 401
    assert members(api, inbox) == []


def test_an_agent_without_access_to_the_inbox_may_not_list_its_members(api, inbox):
    """inbox_members_controller_spec.rb:21"""
    assert api.get(A1 + '/inbox_members/%d' % inbox['id'], token='agent').status_code == 401


def test_an_agent_of_the_inbox_lists_its_members(api, inbox):
    """inbox_members_controller_spec.rb:33"""
    api.add_members(inbox['id'], [AGENT])
    response = api.get(A1 + '/inbox_members/%d' % inbox['id'], token='agent')
    assert response.status_code == 200 and [u['id'] for u in response.json()['payload']] == [AGENT]


@pytest.mark.parametrize('method', ['POST', 'PATCH', 'DELETE'], ids=[SPEC + ':%d' % line for line in (62, 137, 212)])
def test_an_agent_may_not_change_members(api, inbox, method):
    api.add_members(inbox['id'], [AGENT])
    response = api.request(method, A1 + '/inbox_members', token='agent', json={'inbox_id': inbox['id'], 'user_ids': [AGENT]})
    assert response.status_code == 401 and members(api, inbox) == [AGENT]


def test_adds_members(api, inbox):
    """inbox_members_controller_spec.rb:83"""
    api.add_members(inbox['id'], [OLD])
    response = api.post(A1 + '/inbox_members', json={'inbox_id': inbox['id'], 'user_ids': [OLD, NEW]})
    assert response.status_code == 200 and members(api, inbox) == [OLD, NEW]


def test_sets_members(api, inbox):
    """inbox_members_controller_spec.rb:158"""
    api.add_members(inbox['id'], [OLD])
    response = api.patch(A1 + '/inbox_members', json={'inbox_id': inbox['id'], 'user_ids': [NEW]})
    assert response.status_code == 200 and members(api, inbox) == [NEW]


@pytest.mark.parametrize('method', ['POST', 'PATCH', 'DELETE'], ids=[SPEC + ':%d' % line for line in (96, 171, 247)])
def test_an_unknown_inbox_is_not_found(api, method):
    assert api.request(method, A1 + '/inbox_members', json={'inbox_id': None, 'user_ids': [NEW]}).status_code == 404


@pytest.mark.parametrize('method', ['POST', 'PATCH'], ids=[SPEC + ':%d' % line for line in (107, 182)])
def test_an_invalid_user_id_is_refused(api, inbox, method):
    response = api.request(method, A1 + '/inbox_members', json={'inbox_id': inbox['id'], 'user_ids': ['invalid']})
    assert response.status_code == 422 and 'User must exist' in response.text


def test_removes_members(api, inbox):
    """inbox_members_controller_spec.rb:235"""
    api.add_members(inbox['id'], [OLD, NEW])
    response = api.delete(A1 + '/inbox_members', json={'inbox_id': inbox['id'], 'user_ids': [NEW]})
    assert response.status_code == 200 and members(api, inbox) == [OLD]


@pytest.mark.parametrize('user_ids', [['invalid'], [AGENT]], ids=[SPEC + ':258', SPEC + ':271'])
def test_removing_invalid_or_non_members_changes_nothing(api, inbox, user_ids):
    api.add_members(inbox['id'], [OLD, NEW])
    response = api.delete(A1 + '/inbox_members', json={'inbox_id': inbox['id'], 'user_ids': user_ids})
    assert response.status_code == 200 and members(api, inbox) == [OLD, NEW]
