"""spec/controllers/api/v1/accounts/agents_controller_spec.rb (v4.15.1), replayed.

Users of the simulator's fixtures: 1 administrator, 2 (the agent token's user), 3 and 4 agents of account 1. The
bulk_create endpoint, which the collection never calls, is not modelled: examples :188, :196, :204."""

import pytest

from conformance_helpers import created, platform, unauthenticated
from sim_client import A1

SPEC = 'agents_controller_spec.rb'
AGENTS = A1 + '/agents'
OTHER_AGENT = 3


def ids(api):
    return sorted(a['id'] for a in api.get(AGENTS).json())


@pytest.mark.parametrize('method, path', [('GET', ''), ('DELETE', '/3'), ('PUT', '/3'), ('POST', '')],
                         ids=[SPEC + ':%d' % line for line in (12, 50, 100, 150)])
def test_unauthenticated_requests_are_refused(api, method, path):
    assert unauthenticated(api, method, '/agents' + path, json={'name': 'TestUser'}) == 401
    assert ids(api) == [1, 2, 3, 4]


def test_returns_every_user_of_the_account(api):
    """agents_controller_spec.rb:22 (an agent's token)"""
    response = api.get(AGENTS, token='agent')
    assert response.status_code == 200 and len(response.json()) == 4


def test_returns_custom_attributes_of_agents_that_have_them(api):
    """agents_controller_spec.rb:32: the platform API gives a user custom attributes, then it joins the account"""
    user = created(platform(api, 'POST', '/users', json={'name': 'Custom', 'email': 'custom@example.com', 'password': 'Password1!',
                                                         'custom_attributes': {'test': 'test'}}))
    created(api.post(AGENTS, json={'name': 'Custom', 'email': 'custom@example.com'}))  # AgentBuilder re-uses the user
    shown = {a['id']: a for a in api.get(AGENTS).json()}
    assert shown[user['id']]['custom_attributes']['test'] == 'test'
    assert 'custom_attributes' not in shown[OTHER_AGENT]


def test_an_agent_may_not_delete_an_agent(api):
    """agents_controller_spec.rb:58"""
    assert api.delete(AGENTS + '/%d' % OTHER_AGENT, token='agent').status_code == 401 and OTHER_AGENT in ids(api)


def test_deletes_an_agent(api):
    """agents_controller_spec.rb:66"""
    assert api.delete(AGENTS + '/%d' % OTHER_AGENT).status_code == 200 and OTHER_AGENT not in ids(api)


def test_deletes_only_the_membership_of_a_user_of_two_accounts(api):
    """agents_controller_spec.rb:79: user 5 belongs to account 2, then to account 1 too"""
    created(api.post(AGENTS, json={'name': 'Two', 'email': 'olga@example.com'}))  # user 5, of account 2 too
    assert api.delete(AGENTS + '/5').status_code == 200 and 5 not in ids(api)
    user = [u for u in api.control('GET', 'tables/users').json()['rows'] if u['id'] == 5][0]
    assert [m['account_id'] for m in user['memberships']] == [2]


def test_an_agent_may_not_update_an_agent(api):
    """agents_controller_spec.rb:110"""
    assert api.put(AGENTS + '/%d' % OTHER_AGENT, json={'name': 'TestUser'}, token='agent').status_code == 401


def test_modifies_an_agents_name(api):
    """agents_controller_spec.rb:119"""
    response = api.put(AGENTS + '/%d' % OTHER_AGENT, json={'name': 'TestUser'})
    assert response.status_code == 200 and response.json()['name'] == 'TestUser'


def test_modifies_an_agents_membership(api):
    """agents_controller_spec.rb:130"""
    response = api.put(AGENTS + '/%d' % OTHER_AGENT, json={'role': 'administrator', 'availability': 'busy', 'auto_offline': False})
    assert response.status_code == 200
    shown = response.json()
    assert (shown['role'], shown['availability_status'], shown['auto_offline']) == ('administrator', 'busy', False)


def test_an_agent_may_not_add_an_agent(api):
    """agents_controller_spec.rb:160"""
    response = api.post(AGENTS, json={'name': 'NewUser', 'email': 'new@example.com', 'role': 'agent'}, token='agent')
    assert response.status_code == 401 and len(ids(api)) == 4


def test_creates_a_new_agent(api):
    """agents_controller_spec.rb:169"""
    response = api.post(AGENTS, json={'name': 'NewUser', 'email': 'new@example.com', 'role': 'agent'})
    assert response.status_code == 200 and response.json()['email'] == 'new@example.com'
    assert [a['name'] for a in api.get(AGENTS).json() if a['id'] == response.json()['id']] == ['NewUser']
