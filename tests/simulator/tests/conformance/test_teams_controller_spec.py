"""spec/controllers/api/v1/accounts/teams_controller_spec.rb (v4.15.1), replayed."""

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'teams_controller_spec.rb'


@pytest.fixture
def team(api):
    return created(api.post(A1 + '/teams', json={'name': 'team-1'}))


@pytest.mark.parametrize('method, path', [('GET', '/teams'), ('GET', '/teams/{id}'), ('POST', '/teams'),
                                          ('PUT', '/teams/{id}'), ('DELETE', '/teams/{id}')],
                         ids=[SPEC + ':%d' % line for line in (9, 33, 57, 96, 135)])
def test_unauthenticated_requests_are_refused(api, team, method, path):
    assert unauthenticated(api, method, path.format(id=team['id']), json={'name': 'x'}) == 401
    assert [t['name'] for t in api.get(A1 + '/teams').json()] == ['team-1']


def test_an_agent_lists_the_teams(api, team):
    """teams_controller_spec.rb:19"""
    response = api.get(A1 + '/teams', token='agent')
    assert response.status_code == 200 and response.json()[0]['id'] == team['id']


def test_an_agent_shows_a_team(api, team):
    """teams_controller_spec.rb:43"""
    response = api.get(A1 + '/teams/%d' % team['id'], token='agent')
    assert response.status_code == 200 and response.json()['id'] == team['id']


@pytest.mark.parametrize('method, path, body', [('POST', '/teams', {'name': 'Test Team'}), ('PUT', '/teams/{id}', {'name': 'new-team'}),
                                                ('DELETE', '/teams/{id}', None)],
                         ids=[SPEC + ':%d' % line for line in (68, 107, 146)])
def test_an_agent_may_not_write(api, team, method, path, body):
    response = api.request(method, A1 + path.format(id=team['id']), token='agent', json=body)
    assert response.status_code == 401
    assert api.get(A1 + '/teams').json() == [team]


def test_an_administrator_creates_a_team(api, team):
    """teams_controller_spec.rb:79"""
    assert api.post(A1 + '/teams', json={'name': 'test-team'}).status_code == 200
    assert len(api.get(A1 + '/teams').json()) == 2


def test_an_administrator_updates_a_team(api, team):
    """teams_controller_spec.rb:118"""
    assert api.put(A1 + '/teams/%d' % team['id'], json={'name': 'new-team'}).status_code == 200
    assert api.get(A1 + '/teams/%d' % team['id']).json()['name'] == 'new-team'


def test_an_administrator_destroys_a_team(api, team):
    """teams_controller_spec.rb:154"""
    assert api.delete(A1 + '/teams/%d' % team['id']).status_code == 200
    assert api.get(A1 + '/teams').json() == []
