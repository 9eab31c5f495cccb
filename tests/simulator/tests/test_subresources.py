"""Inbox sub-resources and members (checklist 53-64)."""

from sim_client import A1

DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}
AGENT_KEYS = ['id', 'account_id', 'availability_status', 'auto_offline', 'confirmed', 'email', 'provider',
              'available_name', 'name', 'role', 'thumbnail']


def inbox_path(inbox, suffix=''):
    return A1 + '/inboxes/%d%s' % (inbox['id'], suffix)


def test_agent_bot_get_and_set(api):
    """Checklist 53, 54."""
    inbox = api.create()
    api.add_members(inbox['id'], [2])
    assert api.get(inbox_path(inbox, '/agent_bot'), token='agent').json() == {}
    response = api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': 1})
    assert (response.status_code, response.content, response.headers['Content-Type']) == (200, b'', 'application/json')
    assert api.get(inbox_path(inbox, '/agent_bot'), token='agent').json()['agent_bot']['name'] == 'Simulated Bot'
    assert api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': 3}).status_code == 200  # global bot
    for bad in (0, 2, 99):  # 2 belongs to account 2
        response = api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': bad})
        assert (response.status_code, response.json()) == (404, GONE)
    assert api.get(inbox_path(inbox, '/agent_bot')).json()['agent_bot']['id'] == 3
    assert api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': 1}, token='agent').json() == DENIED
    assert api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': None}).status_code == 200
    assert api.get(inbox_path(inbox, '/agent_bot')).json() == {}
    api.post(inbox_path(inbox, '/set_agent_bot'), json={'agent_bot': 1})
    assert api.post(inbox_path(inbox, '/set_agent_bot'), json={}).status_code == 200
    assert api.get(inbox_path(inbox, '/agent_bot')).json() == {}


def test_delete_avatar(api):
    """Checklist 55."""
    inbox = api.create()
    response = api.delete(inbox_path(inbox, '/avatar'))
    assert (response.status_code, response.content) == (200, b'')
    api.add_members(inbox['id'], [2])
    assert api.delete(inbox_path(inbox, '/avatar'), token='agent').json() == DENIED


def test_assignable_agents(api):
    """Checklist 56, 64: members plus administrators, agent objects with the jbuilder keys."""
    inbox = api.create()
    api.add_members(inbox['id'], [2, 1])
    payload = api.get(inbox_path(inbox, '/assignable_agents'), token='agent').json()['payload']
    assert [(a['id'], a['role']) for a in payload] == [(1, 'administrator'), (2, 'agent')]
    assert list(payload[1]) == AGENT_KEYS
    assert payload[1]['email'] == 'agent@example.com' and payload[1]['account_id'] == 1


def test_account_assignable_agents(api):
    """§1 row 23: members of every listed inbox plus administrators; show access needed on each."""
    first, second = api.create('One'), api.create('Two')
    api.add_members(first['id'], [2, 3])
    api.add_members(second['id'], [3, 4])
    query = '?inbox_ids[]=%d&inbox_ids[]=%d' % (first['id'], second['id'])
    payload = api.get(A1 + '/assignable_agents' + query).json()['payload']
    assert [a['id'] for a in payload] == [3, 1]
    assert api.get(A1 + '/assignable_agents' + query, token='agent').json() == DENIED  # not a member of Two
    assert api.get(A1 + '/assignable_agents').json() == GONE


def test_campaigns(api):
    """Checklist 57."""
    inbox = api.create()
    assert api.get(inbox_path(inbox, '/campaigns')).json() == []
    api.add_members(inbox['id'], [2])
    assert api.get(inbox_path(inbox, '/campaigns'), token='agent').json() == DENIED


def test_reset_secret(api):
    """Checklist 58: rotates the API secret; other inbox types get 404 with an empty body."""
    inbox = api.create(channel={'type': 'api'})
    response = api.post(inbox_path(inbox, '/reset_secret'))
    assert response.status_code == 200
    assert response.json()['secret'] != inbox['secret'] and len(response.json()['secret']) == 24
    assert api.get(inbox_path(inbox)).json()['secret'] == response.json()['secret']
    widget = api.create()
    response = api.post(inbox_path(widget, '/reset_secret'))
    assert (response.status_code, response.content) == (404, b'')


def test_inbox_members_show(api):
    """Checklist 59: admins and member agents; non-member agents 401."""
    inbox = api.create()
    path = A1 + '/inbox_members/%d' % inbox['id']
    assert api.get(path).json() == {'payload': []}
    assert api.get(path, token='agent').json() == DENIED
    api.add_members(inbox['id'], [2, 3])
    payload = api.get(path, token='agent').json()['payload']
    assert [a['email'] for a in payload] == ['agent@example.com', 'alice@example.com']


def test_inbox_members_add_replace_remove(api):
    """Checklist 60, 61, 62."""
    inbox = api.create()
    members = A1 + '/inbox_members'
    response = api.post(members, json={'inbox_id': inbox['id'], 'user_ids': [2]})
    assert [a['id'] for a in response.json()['payload']] == [2]
    response = api.post(members, json={'inbox_id': inbox['id'], 'user_ids': [2, 3]})
    assert [a['id'] for a in response.json()['payload']] == [2, 3]  # all members, 2 not duplicated
    response = api.patch(members, json={'inbox_id': inbox['id'], 'user_ids': [4]})
    assert [a['id'] for a in response.json()['payload']] == [4]
    api.post(members, json={'inbox_id': inbox['id'], 'user_ids': [2, 3]})
    response = api.delete(members, json={'inbox_id': inbox['id'], 'user_ids': [3, 99, 'invalid']})
    assert (response.status_code, response.content) == (200, b'')
    assert [a['id'] for a in api.get(members + '/%d' % inbox['id']).json()['payload']] == [2, 4]


def test_inbox_members_errors(api):
    """Checklist 63: admin only (401), null/unknown inbox 404, invalid user ids 422 'User must exist'."""
    inbox = api.create()
    members = A1 + '/inbox_members'
    api.add_members(inbox['id'], [2])
    for method in ('POST', 'PATCH', 'DELETE'):
        response = api.request(method, members, token='agent', json={'inbox_id': inbox['id'], 'user_ids': [3]})
        assert (response.status_code, response.json()) == (401, DENIED), method
        for inbox_id in (None, 999):
            response = api.request(method, members, json={'inbox_id': inbox_id, 'user_ids': [3]})
            assert (response.status_code, response.json()) == (404, GONE), method
    for method in ('POST', 'PATCH'):
        response = api.request(method, members, json={'inbox_id': inbox['id'], 'user_ids': ['invalid']})
        assert response.status_code == 422 and 'User must exist' in response.json()['message']
    assert [a['id'] for a in api.get(members + '/%d' % inbox['id']).json()['payload']] == [2]


def test_agents_and_bots_lists(api):
    """Checklist 64: /agents is a bare array of agent objects; /agent_bots lists account + global bots."""
    agents = api.get(A1 + '/agents', token='agent').json()
    assert {a['email'] for a in agents} >= {'admin@example.com', 'agent@example.com', 'alice@example.com', 'bob@example.com'}
    assert all(list(agent) == AGENT_KEYS for agent in agents)
    assert [b['id'] for b in api.get(A1 + '/agent_bots').json()] == [1, 3]
    api.configure(enterprise=True)
    assert api.get(A1 + '/agents').json()[0]['custom_role_id'] is None


def test_whatsapp_only_routes(api):
    """§1 rows 12, 13, 15: WhatsApp-only routes answer their errors for our inbox types."""
    inbox = api.create()
    response = api.post(inbox_path(inbox, '/sync_templates'))
    assert response.json() == {'error': 'Template sync is only available for WhatsApp channels'}
    response = api.get(inbox_path(inbox, '/health'))
    assert (response.status_code, response.json()) == (400, {'error': 'Health data only available for WhatsApp Cloud API channels'})
    assert api.get(inbox_path(inbox, '/csat_template')).status_code == 400
