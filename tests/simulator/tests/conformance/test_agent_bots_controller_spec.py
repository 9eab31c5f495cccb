"""spec/controllers/api/v1/accounts/agent_bots_controller_spec.rb (v4.15.1), replayed.

Bots of the simulator's fixtures: 1 of account 1, 3 installation-wide (global). Avatars and reset_access_token,
which the collection never calls, are not modelled: examples :174, :190, :243, :255, :268, :276, :290, :302."""

import pytest

from conformance_helpers import unauthenticated
from sim_client import A1

SPEC = 'agent_bots_controller_spec.rb'
BOTS = A1 + '/agent_bots'
ACCOUNT_BOT, GLOBAL_BOT = 1, 3


def tokens(api):
    """The bots' tokens as Chatwoot keeps them (the inbox view shows the record, global bots included)."""
    inbox = api.create('Bot inbox %d' % len(api.get(A1 + '/inboxes').json()['payload']))
    found = {}
    for bot_id in (ACCOUNT_BOT, GLOBAL_BOT):
        api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': bot_id})
        found[bot_id] = api.get(A1 + '/inboxes/%d/agent_bot' % inbox['id']).json()['agent_bot']['access_token']['token']
    return found


@pytest.mark.parametrize('method, path', [('GET', ''), ('GET', '/1'), ('POST', ''), ('PATCH', '/1'), ('DELETE', '/1')],
                         ids=[SPEC + ':%d' % line for line in (11, 61, 100, 132, 203)])
def test_unauthenticated_requests_are_refused(api, method, path):
    assert unauthenticated(api, method, '/agent_bots' + path, json={'name': 'test'}) == 401
    assert [b['id'] for b in api.get(BOTS).json()] == [ACCOUNT_BOT, GLOBAL_BOT]


def test_lists_account_and_global_bots_with_the_account_bots_token_only(api):
    """agent_bots_controller_spec.rb:19 (an agent's token)"""
    known = tokens(api)
    response = api.get(BOTS, token='agent')
    assert response.status_code == 200
    assert 'Simulated Bot' in response.text and 'Global Bot' in response.text
    assert known[ACCOUNT_BOT] in response.text and known[GLOBAL_BOT] not in response.text


def test_tells_system_bots_from_account_bots(api):
    """agent_bots_controller_spec.rb:32"""
    shown = {b['id']: b for b in api.get(BOTS, token='agent').json()}
    assert shown[GLOBAL_BOT]['system_bot'] is True and 'outgoing_url' not in shown[GLOBAL_BOT]
    assert shown[ACCOUNT_BOT]['system_bot'] is False and 'outgoing_url' in shown[ACCOUNT_BOT]
    assert 'thumbnail' in shown[GLOBAL_BOT] and 'thumbnail' in shown[ACCOUNT_BOT]


def test_shows_the_bot_with_its_token(api):
    """agent_bots_controller_spec.rb:69 (an agent's token)"""
    known = tokens(api)
    response = api.get(BOTS + '/%d' % ACCOUNT_BOT, token='agent')
    assert response.status_code == 200 and 'Simulated Bot' in response.text and known[ACCOUNT_BOT] in response.text


def test_shows_a_global_bot_without_its_token_and_url(api):
    """agent_bots_controller_spec.rb:79"""
    known = tokens(api)
    response = api.get(BOTS + '/%d' % GLOBAL_BOT, token='agent')
    assert response.status_code == 200 and 'Global Bot' in response.text and known[GLOBAL_BOT] not in response.text
    assert response.json()['system_bot'] is True and 'outgoing_url' not in response.json()


def test_an_administrator_creates_a_bot(api):
    """agent_bots_controller_spec.rb:108"""
    assert api.post(BOTS, json={'name': 'test'}).status_code == 200 and len(api.get(BOTS).json()) == 3


def test_an_agent_may_not_create_a_bot(api):
    """agent_bots_controller_spec.rb:117"""
    assert api.post(BOTS, json={'name': 'test'}, token='agent').status_code == 401 and len(api.get(BOTS).json()) == 2


def test_an_administrator_updates_a_bot_and_sees_its_token(api):
    """agent_bots_controller_spec.rb:141"""
    known = tokens(api)
    response = api.patch(BOTS + '/%d' % ACCOUNT_BOT, json={'name': 'test_updated'})
    assert response.status_code == 200 and response.json()['name'] == 'test_updated' and known[ACCOUNT_BOT] in response.text


def test_an_agent_may_not_update_a_bot(api):
    """agent_bots_controller_spec.rb:152"""
    assert api.patch(BOTS + '/%d' % ACCOUNT_BOT, json={'name': 'test_updated'}, token='agent').status_code == 401
    assert api.get(BOTS + '/%d' % ACCOUNT_BOT).json()['name'] == 'Simulated Bot'


def test_a_global_bot_is_not_found_for_an_update(api):
    """agent_bots_controller_spec.rb:162"""
    known = tokens(api)
    response = api.patch(BOTS + '/%d' % GLOBAL_BOT, json={'name': 'test_updated'})
    assert response.status_code == 404 and known[GLOBAL_BOT] not in response.text


def test_an_administrator_deletes_a_bot(api):
    """agent_bots_controller_spec.rb:211"""
    assert api.delete(BOTS + '/%d' % ACCOUNT_BOT).status_code == 200
    assert [b['id'] for b in api.get(BOTS).json()] == [GLOBAL_BOT]


@pytest.mark.parametrize('bot, token, status', [(ACCOUNT_BOT, 'agent', 401), (GLOBAL_BOT, 'admin', 404)],
                         ids=[SPEC + ':220', SPEC + ':229'])
def test_bots_that_may_not_be_deleted(api, bot, token, status):
    assert api.delete(BOTS + '/%d' % bot, token=token).status_code == status
    assert [b['id'] for b in api.get(BOTS).json()] == [ACCOUNT_BOT, GLOBAL_BOT]
