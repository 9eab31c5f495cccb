"""What community.chatwoot's inbox_members, agent and agent-bot modules rely on.

Empty and missing ``user_ids`` (read from Chatwoot's ``InboxMembersController``: ``params[:user_ids] -
current`` and ``current - params[:user_ids]``, ``Inbox#add_members`` / ``#remove_members``), the member
payload's order and shape, the agents list, and which bots ``/agent_bots`` offers.
"""

from sim_client import A1

MEMBERS = A1 + '/inbox_members'
CRASH = {'status': 500, 'error': 'Internal Server Error'}


def member_ids(api, inbox):
    return [a['id'] for a in api.get(MEMBERS + '/%d' % inbox['id']).json()['payload']]


def test_patch_empty_list_removes_every_member(api):
    inbox = api.create()
    api.add_members(inbox['id'], [2, 3, 4])
    response = api.patch(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': []})
    assert (response.status_code, response.json()) == (200, {'payload': []})
    assert member_ids(api, inbox) == []


def test_post_and_delete_empty_list_change_nothing(api):
    inbox = api.create()
    api.add_members(inbox['id'], [3])
    response = api.post(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': []})
    assert response.status_code == 200 and [a['id'] for a in response.json()['payload']] == [3]
    response = api.delete(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': []})
    assert (response.status_code, response.content) == (200, b'')
    assert member_ids(api, inbox) == [3]


def test_missing_user_ids(api):
    """``nil - ids`` raises on POST and PATCH (500, nothing changed); DELETE ``where(user_id: nil)`` removes nothing."""
    inbox = api.create()
    api.add_members(inbox['id'], [3])
    for method in ('POST', 'PATCH'):
        response = api.request(method, MEMBERS, json={'inbox_id': inbox['id']})
        assert (response.status_code, response.json()) == (500, CRASH), method
    assert api.delete(MEMBERS, json={'inbox_id': inbox['id']}).status_code == 200
    assert member_ids(api, inbox) == [3]


def test_members_in_id_order_as_agent_objects(api):
    """The payload is ``account.users.where(id: ...)``: id order, whatever order the ids were sent in."""
    inbox = api.create()
    response = api.post(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': [4, 1, 3]})
    payload = response.json()['payload']
    assert [a['id'] for a in payload] == [1, 3, 4]
    agents = {a['id']: a for a in api.get(A1 + '/agents').json()}
    assert payload == [agents[a['id']] for a in payload]  # the same _agent partial as GET /agents


def test_members_of_another_account_are_not_listed(api):
    """Chatwoot adds any existing user; the list only shows the account's users (the module refuses them first)."""
    inbox = api.create()
    response = api.post(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': [5, 3]})
    assert [a['id'] for a in response.json()['payload']] == [3]
    response = api.post(MEMBERS, json={'inbox_id': inbox['id'], 'user_ids': [99]})
    assert response.status_code == 422 and 'User must exist' in response.json()['message']


def test_seeded_members(api):
    response = api.control('POST', 'seed', json={'inboxes': [{'name': 'Desk', 'channel': {'type': 'api'}, 'members': [2, 4]}]})
    inbox_id = response.json()['ids'][0]
    assert [a['email'] for a in api.get(MEMBERS + '/%d' % inbox_id, token='agent').json()['payload']] == \
        ['agent@example.com', 'bob@example.com']


def test_agents_are_every_user_of_the_account_by_name(api):
    """``order_by_full_name``; administrators are listed too; agents may read the list."""
    for token in ('admin', 'agent'):
        agents = api.get(A1 + '/agents', token=token).json()
        assert [(a['id'], a['role']) for a in agents] == [(3, 'agent'), (4, 'agent'), (1, 'administrator'), (2, 'agent')]


def test_agent_bots_offered_to_an_account(api):
    """``AgentBot.accessible_to(account)``: its own bots and the global ones, never another account's."""
    bots = api.get(A1 + '/agent_bots').json()
    assert [(b['id'], b['account_id']) for b in bots] == [(1, 1), (3, None)]
    as_agent = {b['id']: b for b in api.get(A1 + '/agent_bots', token='agent').json()}
    assert isinstance(as_agent[1]['access_token'], str) and 'access_token' not in as_agent[3]  # account bot's only
    inbox = api.create()
    response = api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': 2})
    assert response.status_code == 404
    assert api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json() == {}


def test_the_inbox_view_renders_the_whole_access_token_record_to_members(api):
    """``inboxes/agent_bot.json.jbuilder:2`` renders the partial without AgentBotPresenter: the AccessToken record,
    for a global bot too, to any member who may see the inbox (``InboxPolicy#agent_bot?``)."""
    inbox = api.create()
    api.add_members(inbox['id'], [2])
    api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': 3})
    shown = api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id'], token='agent').json()['agent_bot']
    token = shown['access_token']
    assert (token['owner_type'], token['owner_id'], len(token['token'])) == ('AgentBot', 3, 24)
    assert 'secret' not in shown and 'outgoing_url' not in shown


def test_an_empty_string_is_a_bot_id_that_is_not_found(api):
    """``fetch_agent_bot`` (inboxes_controller.rb:89-91) looks up ``params[:agent_bot]`` when it is truthy, which ""
    is in Ruby: a 404, and the bot stays; null unlinks it."""
    inbox = api.create()
    api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': 1})
    assert api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': ''}).status_code == 404
    assert api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json()['agent_bot']['id'] == 1
    assert api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': None}).status_code == 200
    assert api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json() == {}
