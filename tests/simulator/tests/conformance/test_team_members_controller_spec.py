"""spec/controllers/api/v1/accounts/team_members_controller_spec.rb (v4.15.1), replayed.

Users of the simulator's fixtures: 2 (the agent token's user), 3 and 4 agents of account 1; 5 a user of account 2."""

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'team_members_controller_spec.rb'
AGENT, OTHERS, OF_ACCOUNT_2 = 2, [3, 4], 5


@pytest.fixture
def members(api):
    team = created(api.post(A1 + '/teams', json={'name': 'team-1'}))
    return '/teams/%d/team_members' % team['id']


def listed(api, path):
    return sorted(u['id'] for u in api.get(A1 + path).json())


@pytest.mark.parametrize('method', ['GET', 'POST', 'DELETE', 'PATCH'],
                         ids=[SPEC + ':%d' % line for line in (10, 34, 76, 115)])
def test_unauthenticated_requests_are_refused(api, members, method):
    assert unauthenticated(api, method, members, json={'user_ids': [AGENT]}) == 401
    assert listed(api, members) == []


def test_lists_the_team_members(api, members):
    """team_members_controller_spec.rb:20"""
    api.post(A1 + members, json={'user_ids': [AGENT]})
    response = api.get(A1 + members, token='agent')
    assert response.status_code == 200 and response.json()[0]['id'] == AGENT


@pytest.mark.parametrize('method', ['POST', 'DELETE', 'PATCH'], ids=[SPEC + ':%d' % line for line in (45, 87, 127)])
def test_an_agent_may_not_change_members(api, members, method):
    assert api.request(method, A1 + members, token='agent', json={'user_id': AGENT}).status_code == 401


def test_adds_new_members_and_answers_only_those(api, members):
    """team_members_controller_spec.rb:56: the one already in the team is not in the answer"""
    api.post(A1 + members, json={'user_ids': [AGENT]})
    response = api.post(A1 + members, json={'user_ids': [AGENT] + OTHERS})
    assert response.status_code == 200 and len(response.json()) == len(OTHERS)


def test_removes_members(api, members):
    """team_members_controller_spec.rb:97"""
    api.post(A1 + members, json={'user_ids': [AGENT] + OTHERS})
    response = api.delete(A1 + members, json={'user_ids': [AGENT, OTHERS[0]]})
    assert response.status_code == 200 and listed(api, members) == [OTHERS[1]]


def test_sets_the_members(api, members):
    """team_members_controller_spec.rb:137"""
    response = api.patch(A1 + members, json={'user_ids': [AGENT] + OTHERS})
    assert response.status_code == 200 and len(response.json()) == 3


def test_a_user_of_another_account_is_refused(api, members):
    """team_members_controller_spec.rb:151"""
    response = api.patch(A1 + members, json={'user_ids': [OF_ACCOUNT_2]})
    assert response.status_code == 401 and response.json()['error'] == 'Invalid User IDs'
