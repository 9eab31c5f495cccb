"""Custom roles of enterprise builds and what an agent update does to them (docs/chatwoot-behaviour.md §8.6;
enterprise custom_roles_controller.rb, custom_role.rb, custom_role_policy.rb, Enterprise agents_controller.rb)."""

from sim_client import A1

ROLES = A1 + '/custom_roles'
AGENTS = A1 + '/agents'


def test_custom_roles_are_enterprise_and_administrators_only(api):
    assert api.get(ROLES).status_code == 404
    api.configure(enterprise=True)
    assert api.get(ROLES, token='agent').status_code == 401
    created = api.post(ROLES, json={'name': 'Reporter', 'permissions': ['report_manage']}).json()
    assert (created['name'], created['permissions'], created['description']) == ('Reporter', ['report_manage'], None)
    assert [r['name'] for r in api.get(ROLES).json()] == ['Reporter']
    bad = api.post(ROLES, json={'name': '', 'permissions': ['everything']})
    assert (bad.status_code, bad.json()) == (422, {'message': "Name can't be blank, Permissions is not included in the list",
                                                   'attributes': ['name', 'permissions']})


def test_an_agent_update_without_custom_role_id_clears_it(api):
    """enterprise agents_controller.rb:7-16: update!(custom_role_id: params[:custom_role_id]), nil when absent."""
    api.configure(enterprise=True)
    role = api.post(ROLES, json={'name': 'Reporter', 'permissions': ['report_manage']}).json()
    agent = api.post(AGENTS, json={'name': 'Carol', 'email': 'carol@example.com', 'custom_role_id': role['id']}).json()
    assert agent['custom_role_id'] == role['id']
    kept = api.patch('%s/%d' % (AGENTS, agent['id']), json={'name': 'Carol B', 'custom_role_id': role['id']}).json()
    assert kept['custom_role_id'] == role['id']
    cleared = api.patch('%s/%d' % (AGENTS, agent['id']), json={'name': 'Carol C'}).json()
    assert cleared['custom_role_id'] is None
    assert api.patch('%s/%d' % (AGENTS, agent['id']), json={'role': 'agent', 'custom_role_id': role['id']}).json()['custom_role_id']
    assert api.delete('%s/%d' % (ROLES, role['id'])).status_code == 200  # dependent: :nullify
    assert [a['custom_role_id'] for a in api.get(AGENTS).json() if a['id'] == agent['id']] == [None]
    assert api.patch('%s/%d' % (AGENTS, agent['id']), json={'role': 'agent', 'custom_role_id': 999}).status_code == 500
    assert api.patch('%s/%d' % (AGENTS, agent['id']), json={'custom_role_id': role['id']}).status_code == 422  # require(:agent)
