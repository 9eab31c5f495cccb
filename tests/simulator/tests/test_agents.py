"""Agents and the profile (docs/chatwoot-behaviour.md §8.6; Chatwoot agents_controller.rb, agent_builder.rb,
account_user.rb, user_policy.rb, _agent.json.jbuilder, profiles_controller.rb)."""

from sim_client import A1

AGENTS = A1 + '/agents'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}


def create(api, **body):
    response = api.post(AGENTS, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_new_user_with_defaults(api):
    agent = create(api, name='Carol', email='Carol@Example.COM')
    assert agent == {'id': 6, 'account_id': 1, 'availability_status': 'offline', 'auto_offline': True, 'confirmed': False,
                     'email': 'carol@example.com', 'provider': 'email', 'available_name': 'Carol', 'name': 'Carol',
                     'role': 'agent', 'thumbnail': ''}
    names = [a['name'] for a in api.get(AGENTS, token='agent').json()]
    assert names == sorted(names, key=str.lower) and 'Carol' in names


def test_availability_status_is_presence(api):
    """Without a live connection only ``auto_offline: false`` members show their configured availability."""
    busy = create(api, name='Dan', email='dan@example.com', role='administrator', availability='busy', auto_offline=False)
    assert (busy['role'], busy['availability_status'], busy['auto_offline']) == ('administrator', 'busy', False)
    away = create(api, name='Eve', email='eve@example.com', availability='busy')
    assert (away['availability_status'], away['auto_offline']) == ('offline', True)


def test_existing_user_is_reused_and_member_twice_is_422(api):
    """Olga (user 5) belongs to account 2 only: her user is re-used, the name sent is ignored."""
    agent = create(api, name='Another Name', email='OLGA@example.com')
    assert (agent['id'], agent['name']) == (5, 'Olga Other')
    response = api.post(AGENTS, json={'name': 'x', 'email': 'olga@example.com'})
    assert (response.status_code, response.json()) == (422, {'message': 'User has already been taken', 'attributes': ['user_id']})


def test_validation_and_enum_errors(api):
    response = api.post(AGENTS, json={'name': '', 'email': 'not-an-email'})
    assert (response.status_code, response.json()) == (422, {'message': 'Email is invalid', 'attributes': ['email']})
    response = api.post(AGENTS, json={'name': '', 'email': '@example.com'})  # the local part is empty
    assert response.json() == {'message': "Email is invalid, Name can't be blank", 'attributes': ['email', 'name']}
    assert api.post(AGENTS, json={'role': 'agent'}).status_code == 500  # no name, no e-mail: nil.split
    named = api.post(AGENTS, json={'email': 'dora@example.com'}).json()  # agent_builder.rb:32
    assert (named['name'], named['confirmed']) == ('dora', False)
    assert api.post(AGENTS, json={'name': 'x', 'email': 'x@example.com', 'role': 'owner'}).status_code == 500
    response = api.post(AGENTS, json={})
    assert (response.status_code, response.json()) == (422, {'error': 'param is missing or the value is empty: agent'})


def test_roles_and_limit(api):
    assert api.post(AGENTS, json={'name': 'x', 'email': 'x@example.com'}, token='agent').json() == DENIED
    api.configure(agent_limits={'1': 4})  # account 1 already has 4 users
    response = api.post(AGENTS, json={'name': 'x', 'email': 'x@example.com'})
    assert (response.status_code, response.json()) == (402, {'error': 'Account limit exceeded. Please purchase more licenses'})
    assert api.post(AGENTS, json={}, token='agent').status_code == 401  # the role first


def test_update_name_is_global_role_is_per_account(api):
    create(api, name='Olga', email='olga@example.com')
    response = api.patch(AGENTS + '/5', json={'name': 'Olga Renamed', 'role': 'administrator', 'availability': 'busy',
                                              'auto_offline': False})
    assert response.status_code == 200
    assert (response.json()['name'], response.json()['role'], response.json()['availability_status']) == (
        'Olga Renamed', 'administrator', 'busy')
    assert api.patch(AGENTS + '/5', json={'role': 'agent'}, token='agent').json() == DENIED
    assert api.patch(AGENTS + '/999', json={'role': 'agent'}, token='agent').json() == GONE  # 404 before 401
    rows = {row['id']: row for row in api.control('GET', 'tables/users').json()['rows']}
    assert rows[5]['name'] == 'Olga Renamed' and [m['role'] for m in rows[5]['memberships']] == ['administrator', 'administrator']


def test_delete_membership_then_user_asynchronously(api):
    api.configure(delete_delay=-1)
    inbox = api.create()
    carol = create(api, name='Carol', email='carol@example.com')
    api.add_members(inbox['id'], [carol['id'], 3])
    assert api.delete(AGENTS + '/%d' % carol['id'], token='agent').json() == DENIED
    response = api.delete(AGENTS + '/%d' % carol['id'])
    assert (response.status_code, response.content) == (200, b'')
    assert carol['id'] not in [a['id'] for a in api.get(AGENTS).json()]
    assert [a['id'] for a in api.get(A1 + '/inbox_members/%d' % inbox['id']).json()['payload']] == [3]
    assert api.delete(AGENTS + '/%d' % carol['id']).json() == GONE
    assert api.control('POST', 'run_deletions').json() == {'deleted': [carol['id']]}
    assert carol['id'] not in [row['id'] for row in api.control('GET', 'tables/users').json()['rows']]


def test_user_in_another_account_is_kept(api):
    create(api, name='Olga', email='olga@example.com')
    assert api.delete(AGENTS + '/5').status_code == 200
    assert api.control('POST', 'run_deletions').json() == {'deleted': []}


def test_writes_logged_and_reset(api):
    create(api, name='Carol', email='carol@example.com')
    writes = [e for e in api.control('GET', 'requests').json()['requests'] if e['method'] != 'GET']
    assert [(e['method'], e['path'], e['status']) for e in writes] == [('POST', AGENTS, 200)]
    api.control('POST', 'reset', json={'tables': ['users']})
    assert sorted(a['id'] for a in api.get(AGENTS).json()) == [1, 2, 3, 4]
    seeded = api.control('POST', 'seed', json={'table': 'users', 'count': 2}).json()
    assert len(seeded['ids']) == 2 and len(api.get(AGENTS).json()) == 6


def test_profile(api):
    profile = api.get('/api/v1/profile', token='agent').json()
    assert (profile['id'], profile['email'], profile['access_token']) == (2, 'agent@example.com', 'sim-agent-token')
    assert [(a['id'], a['role']) for a in profile['accounts']] == [(1, 'agent')]
    assert api.get('/api/v1/profile', token=None).status_code == 401


def test_an_agent_renames_itself_through_its_profile(api):
    # profiles_controller.rb:6-16 and :60-70: any user may change its own name; the agents list shows it
    response = api.patch('/api/v1/profile', token='agent', json={'profile': {'name': 'Renamed', 'email': 'x@example.com'}})
    assert (response.status_code, response.json()['name'], response.json()['email']) == (200, 'Renamed', 'agent@example.com')
    assert [a['name'] for a in api.get(AGENTS).json() if a['id'] == 2] == ['Renamed']
    response = api.put('/api/v1/profile', token='agent', json={'display_name': 'Ren'})  # wrapped by ParamsWrapper
    assert response.json()['display_name'] == 'Ren'
    assert api.patch('/api/v1/profile', token='agent', json={'other': 1}).status_code == 422
