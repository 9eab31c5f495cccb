"""Agent bots (docs/chatwoot-behaviour.md §8.7; Chatwoot agent_bots_controller.rb, agent_bot.rb,
agent_bot_policy.rb, _agent_bot.json.jbuilder)."""

from sim_client import A1

BOTS = A1 + '/agent_bots'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}


def test_create_flat_names_not_unique_and_secrets(api):
    response = api.post(BOTS, json={'name': 'Helper', 'outgoing_url': 'https://b.example.com', 'bot_config': {'a': 1},
                                    'access_token': 'x', 'secret': 'y'})
    bot = response.json()
    assert response.status_code == 200
    assert list(bot) == ['id', 'name', 'description', 'thumbnail', 'outgoing_url', 'bot_type', 'bot_config', 'account_id',
                         'access_token', 'secret', 'system_bot']
    assert (bot['bot_type'], bot['bot_config'], bot['system_bot'], len(bot['secret'])) == ('webhook', {'a': 1}, False, 24)
    assert bot['access_token'] != 'x' and bot['secret'] != 'y'
    assert api.post(BOTS, json={'name': 'Helper'}).status_code == 200
    assert api.post(BOTS, json={}).json()['name'] is None  # no validation, no require
    as_agent = api.get(BOTS + '/%d' % bot['id'], token='agent').json()
    assert as_agent['access_token'] == bot['access_token'] and 'secret' not in as_agent  # the token to every member (:9)


def test_global_bot_shown_but_read_only(api):
    shown = api.get(BOTS + '/3').json()
    assert shown['system_bot'] is True and 'outgoing_url' not in shown and 'secret' not in shown
    assert 'access_token' not in shown  # AgentBotPresenter: nil for a bot of no account
    assert api.patch(BOTS + '/3', json={'name': 'mine'}).json() == GONE
    assert api.delete(BOTS + '/3').json() == GONE
    assert api.get(BOTS + '/2').json() == GONE  # another account's bot


def test_update_delete_and_roles(api):
    assert api.patch(BOTS + '/1', json={'description': 'new', 'bot_type': 0}).json()['description'] == 'new'
    assert api.patch(BOTS + '/1', json={'bot_type': 'rasa'}).status_code == 500  # enum ArgumentError
    assert api.patch(BOTS + '/999', json={}, token='agent').json() == DENIED  # role before the fetch
    assert api.post(BOTS, json={'name': 'x'}, token='agent').json() == DENIED
    inbox = api.create()
    api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': 1})
    assert api.delete(BOTS + '/1').status_code == 200
    assert api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json() == {}
    assert [b['id'] for b in api.get(BOTS).json()] == [3]


def test_created_bot_can_be_set_on_an_inbox(api):
    bot = api.post(BOTS, json={'name': 'New'}).json()
    inbox = api.create()
    assert api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': bot['id']}).status_code == 200
    assert api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json()['agent_bot']['id'] == bot['id']
