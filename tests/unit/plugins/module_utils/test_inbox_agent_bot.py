# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding a bot by id or name, attaching and detaching it, and never returning its credentials."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._inbox_agent_bot import AgentBotOptionError, ensure_agent_bot, find_bot, public_bot

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

BOTS = [
    {'id': 1, 'name': 'Triage', 'account_id': 1, 'access_token': 'tok', 'secret': 'sec'},
    {'id': 3, 'name': 'Global', 'account_id': None},
    {'id': 5, 'name': 'Twin', 'account_id': 1},
    {'id': 6, 'name': 'Twin', 'account_id': 1},
]


@pytest.mark.parametrize('reference, expected', [(1, 1), ('3', 3), ('Global', 3), ('Triage', 1)])
def test_find_by_id_or_name(reference, expected):
    assert find_bot(BOTS, reference, 1)['id'] == expected


def test_unknown_bot_lists_the_available_ones():
    with pytest.raises(AgentBotOptionError) as error:
        find_bot(BOTS[:2], 'Nope', 1)
    assert str(error.value) == ("There is no agent bot named 'Nope' that inboxes of account 1 can use; "
                                "available: 'Triage' (id 1), 'Global' (id 3).")
    with pytest.raises(AgentBotOptionError, match='no agent bot with id 2 '):
        find_bot(BOTS, 2, 1)


def test_ambiguous_bot_name_lists_the_ids():
    with pytest.raises(AgentBotOptionError, match=r"2 agent bots are named 'Twin' \(ids 5, 6\)"):
        find_bot(BOTS, 'Twin', 1)


@pytest.mark.parametrize('reference', [True, '', ' ', 2.5, ['Triage']])
def test_bad_references(reference):
    with pytest.raises(AgentBotOptionError, match='agent_bot must be the id or the name'):
        find_bot(BOTS, reference, 1)


def test_credentials_are_dropped():
    assert public_bot(BOTS[0]) == {'id': 1, 'name': 'Triage', 'account_id': 1}
    assert public_bot(None) == {}


def client(current):
    state = {'bot': current}
    by_id = {b['id']: b for b in BOTS}

    def set_bot(body):
        state['bot'] = body['agent_bot']

    return FakeClient({
        ('GET', 'inboxes'): {'payload': [{'id': 7, 'name': 'Web'}]},
        ('GET', 'agent_bots'): BOTS,
        ('GET', 'inboxes/7/agent_bot'): lambda _body: {'agent_bot': by_id[state['bot']]} if state['bot'] else {},
        ('POST', 'inboxes/7/set_agent_bot'): set_bot,
    })


def params(agent_bot, state='present'):
    return {'inbox': 'Web', 'inbox_id': None, 'agent_bot': agent_bot, 'state': state}


def test_attach_replaces_another_bot():
    fake = client(3)
    result = ensure_agent_bot(fake, params('Triage'), False)
    assert fake.writes == [('POST', '/api/v1/accounts/1/inboxes/7/set_agent_bot', {'agent_bot': 1})]
    assert result['agent_bot'] == {'id': 1, 'name': 'Triage', 'account_id': 1}
    assert result['diff'] == {'before': {'agent_bot': {'id': 3, 'name': 'Global'}}, 'after': {'agent_bot': {'id': 1, 'name': 'Triage'}}}


def test_attached_already_is_unchanged():
    fake = client(1)
    result = ensure_agent_bot(fake, params(1), False)
    assert not result['changed'] and fake.writes == []


def test_check_mode_writes_nothing_and_predicts():
    checked, real = client(None), client(None)
    assert ensure_agent_bot(checked, params('Global'), True) == ensure_agent_bot(real, params('Global'), False)
    assert checked.writes == [] and len(real.writes) == 1


def test_detach_any_bot():
    fake = client(3)
    result = ensure_agent_bot(fake, params(None, 'absent'), False)
    assert fake.writes == [('POST', '/api/v1/accounts/1/inboxes/7/set_agent_bot', {'agent_bot': None})]
    assert result['agent_bot'] == {} and result['changed']


def test_detach_a_named_bot_keeps_another_one():
    fake = client(3)
    result = ensure_agent_bot(fake, params('Triage', 'absent'), False)
    assert not result['changed'] and fake.writes == []
    assert result['agent_bot']['id'] == 3


def test_detach_without_a_bot_is_unchanged():
    fake = client(None)
    assert not ensure_agent_bot(fake, params(None, 'absent'), False)['changed']
    assert fake.writes == []
