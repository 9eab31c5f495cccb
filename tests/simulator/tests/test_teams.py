"""Teams and team members (docs/chatwoot-behaviour.md "Teams", "Team members"; Chatwoot teams_controller.rb,
team_members_controller.rb, team.rb, team_policy.rb, team_member_policy.rb)."""

from sim_client import A1

TEAMS = A1 + '/teams'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}
INVALID_USERS = {'error': 'Invalid User IDs'}
CRASH = {'status': 500, 'error': 'Internal Server Error'}


def create(api, **body):
    response = api.post(TEAMS, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def members(team):
    return TEAMS + '/%d/team_members' % team['id']


def ids(response):
    return [agent['id'] for agent in response.json()]


def test_create_show_list(api):
    team = create(api, name='Sales Team', description='Closers')
    assert team == {'id': team['id'], 'name': 'sales team', 'description': 'Closers', 'allow_auto_assign': True,
                    'account_id': 1, 'is_member': False}
    create(api, name='Alpha', allow_auto_assign='false')
    listed = api.get(TEAMS, token='agent').json()
    assert [(t['name'], t['allow_auto_assign']) for t in listed] == [('sales team', True), ('alpha', False)]
    assert api.get(TEAMS + '/%d' % team['id'], token='agent').json()['name'] == 'sales team'


def test_name_validation(api):
    response = api.post(TEAMS, json={'name': '  ', 'description': 'x'})
    assert (response.status_code, response.json()) == (422, {'message': 'Name must not be blank', 'attributes': ['name']})
    create(api, name='Support')
    response = api.post(TEAMS, json={'name': 'SUPPORT'})
    assert response.json() == {'message': 'Name has already been taken', 'attributes': ['name']}
    response = api.post(TEAMS, json={'team': 5})
    assert (response.status_code, response.json()) == (500, CRASH)
    response = api.post(TEAMS, json={'label': {'name': 'x'}})
    assert response.json() == {'error': 'param is missing or the value is empty: team'}


def test_update_and_destroy(api):
    team = create(api, name='Old')
    path = TEAMS + '/%d' % team['id']
    body = api.patch(path, json={'name': 'New Name', 'allow_auto_assign': False}).json()
    assert (body['name'], body['allow_auto_assign'], body['description']) == ('new name', False, None)
    other = create(api, name='Other')
    response = api.put(TEAMS + '/%d' % other['id'], json={'name': 'new name'})
    assert response.json() == {'message': 'Name has already been taken', 'attributes': ['name']}
    assert api.delete(path).content == b''
    assert (api.get(path).status_code, api.get(path).json()) == (404, GONE)


def test_agents_read_only(api):
    team = create(api, name='Desk')
    path = TEAMS + '/%d' % team['id']
    for method, url in (('POST', TEAMS), ('PATCH', path), ('PUT', path), ('DELETE', path)):
        response = api.request(method, url, token='agent', json={'name': 'agent team'})
        assert (response.status_code, response.json()) == (401, DENIED), method
    response = api.patch(TEAMS + '/999', token='agent', json={'name': 'x'})
    assert (response.status_code, response.json()) == (404, GONE)  # fetch_team before authorize


def test_new_and_edit_are_missing_actions(api):
    team = create(api, name='Routes')
    for path in (TEAMS + '/new', TEAMS + '/%d/edit' % team['id']):
        response = api.get(path, token=None)
        assert (response.status_code, response.json()) == (404, {'status': 404, 'error': 'Not Found'})


def test_members_add_replace_remove(api):
    team = create(api, name='Crew')
    added = api.post(members(team), json={'user_ids': [3, 2]})
    assert ids(added) == [3, 2]
    assert ids(api.post(members(team), json={'user_ids': [2, 4]})) == [4]  # only the users it added
    assert ids(api.get(members(team), token='agent')) == [3, 2, 4]
    assert api.get(TEAMS + '/%d' % team['id'], token='agent').json()['is_member'] is True
    assert ids(api.patch(members(team), json={'user_ids': [4, 1]})) == [4, 1]
    response = api.delete(members(team), json={'user_ids': [4]})
    assert (response.status_code, response.content) == (200, b'')
    assert ids(api.get(members(team))) == [1]
    assert api.patch(members(team), json={'user_ids': []}).json() == []


def test_members_errors(api):
    team = create(api, name='Guarded')
    for method in ('POST', 'PATCH', 'DELETE'):
        response = api.request(method, members(team), token='agent', json={'user_ids': [2]})
        assert (response.status_code, response.json()) == (401, DENIED), method
        response = api.request(method, TEAMS + '/999/team_members', json={'user_ids': [2]})
        assert (response.status_code, response.json()) == (404, GONE), method
        for bad in ([5], [99], ['x'], [None]):  # not users of account 1
            response = api.request(method, members(team), json={'user_ids': bad})
            assert (response.status_code, response.json()) == (401, INVALID_USERS), (method, bad)
        for crash in ({}, {'user_ids': '2'}, {'user_ids': [True]}):
            response = api.request(method, members(team), json=crash)
            assert (response.status_code, response.json()) == (500, CRASH), (method, crash)
    assert api.get(members(team)).json() == []


def test_string_ids_compare_like_ruby(api):
    """``params[:user_ids] - current`` uses ``eql?``: "2" is not the member 2."""
    team = create(api, name='Strings')
    api.post(members(team), json={'user_ids': [2]})
    assert ids(api.post(members(team), json={'user_ids': ['2']})) == [2]  # answered, not duplicated
    assert ids(api.get(members(team))) == [2]
    assert api.patch(members(team), json={'user_ids': ['2']}).json() == []  # removed: "2" != 2


def test_seeded_team_members(api):
    seeded = api.control('POST', 'seed', json={'table': 'teams', 'records': [{'name': 'Seeded', 'members': [3, 4]}]})
    team_id = seeded.json()['ids'][0]
    assert [a['email'] for a in api.get(TEAMS + '/%d/team_members' % team_id).json()] == [
        'alice@example.com', 'bob@example.com']
