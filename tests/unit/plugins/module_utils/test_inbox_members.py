# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Member set arithmetic per state, and the requests ensure_members sends (none in check mode or on bad input)."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._agent_references import AgentOptionError
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_members import ensure_members
from ansible_collections.community.chatwoot.plugins.module_utils._members import plan, predict

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

AGENTS = [
    {'id': 3, 'email': 'alice@example.com'},
    {'id': 4, 'email': 'bob@example.com'},
    {'id': 1, 'email': 'admin@example.com'},
]


@pytest.mark.parametrize('state, current, wanted, expected', [
    ('present', [3], [3, 4], ([4], {3, 4})),
    ('present', [3, 4], [4], None),
    ('present', [], [], None),
    ('absent', [3, 4], [4, 1], ([4], {3})),
    ('absent', [3], [4], None),
    ('absent', [3], [], None),
    ('exact', [3, 4], [4, 1], ([1, 4], {1, 4})),
    ('exact', [4, 3], [3, 4], None),
    ('exact', [3, 4], [], ([], set())),
    ('exact', [], [], None),
])
def test_plan(state, current, wanted, expected):
    assert plan(state, current, wanted) == expected


def test_predict_lists_account_users_in_id_order():
    assert [a['id'] for a in predict(AGENTS, {4, 1})] == [1, 4]


def client(members, inboxes=None):
    state = {'members': list(members)}

    def payload():
        return {'payload': predict(AGENTS, set(state['members']))}

    def post(body):
        state['members'] += [i for i in body['user_ids'] if i not in state['members']]
        return payload()

    def patch(body):
        state['members'] = list(body['user_ids'])
        return payload()

    def delete(body):
        state['members'] = [i for i in state['members'] if i not in body['user_ids']]

    return FakeClient({
        ('GET', 'inboxes'): {'payload': inboxes or [{'id': 7, 'name': 'Web'}]},
        ('GET', 'agents'): AGENTS,
        ('GET', 'inbox_members/7'): lambda _body: payload(),
        ('POST', 'inbox_members'): post,
        ('PATCH', 'inbox_members'): patch,
        ('DELETE', 'inbox_members'): delete,
    })


def params(agents, state='present', **kwargs):
    return dict({'inbox': 'Web', 'inbox_id': None, 'agents': agents, 'state': state}, **kwargs)


def test_present_posts_only_the_missing_agents():
    fake = client([3])
    result = ensure_members(fake, params(['alice@example.com', 'bob@example.com']), False)
    assert fake.writes == [('POST', '/api/v1/accounts/1/inbox_members', {'inbox_id': 7, 'user_ids': [4]})]
    assert result['changed'] and [a['id'] for a in result['agents']] == [3, 4]
    assert result['diff'] == {'before': {'agents': ['alice@example.com']}, 'after': {'agents': ['alice@example.com', 'bob@example.com']}}


def test_check_mode_predicts_the_real_result_without_writing():
    checked = client([3, 1])
    real = client([3, 1])
    check_result = ensure_members(checked, params([4], 'exact'), True)
    real_result = ensure_members(real, params([4], 'exact'), False)
    assert checked.writes == []
    assert real.writes == [('PATCH', '/api/v1/accounts/1/inbox_members', {'inbox_id': 7, 'user_ids': [4]})]
    assert check_result == real_result


def test_absent_deletes_then_reads_the_members_back():
    fake = client([3, 4])
    result = ensure_members(fake, params(['bob@example.com', 1], 'absent'), False)
    assert fake.writes == [('DELETE', '/api/v1/accounts/1/inbox_members', {'inbox_id': 7, 'user_ids': [4]})]
    assert [a['id'] for a in result['agents']] == [3]


def test_exact_empty_list_removes_everyone():
    fake = client([3, 4])
    result = ensure_members(fake, params([], 'exact'), False)
    assert fake.writes == [('PATCH', '/api/v1/accounts/1/inbox_members', {'inbox_id': 7, 'user_ids': []})]
    assert result['agents'] == [] and result['changed']


def test_unchanged_sends_no_write():
    fake = client([3, 4])
    result = ensure_members(fake, params(['bob@example.com', 'alice@example.com'], 'exact'), False)
    assert not result['changed'] and fake.writes == []


def test_unknown_email_fails_before_any_member_request():
    fake = client([3])
    with pytest.raises(AgentOptionError, match="'ghost@example.com'"):
        ensure_members(fake, params(['alice@example.com', 'ghost@example.com']), False)
    assert fake.writes == []
    assert not any('inbox_members' in path for _method, path, _body in fake.requests)


def test_bad_entry_fails_before_any_request():
    fake = client([3])
    with pytest.raises(AgentOptionError):
        ensure_members(fake, params(['alice']), False)
    assert fake.requests == []


def test_missing_inbox_is_an_error():
    fake = client([3])
    with pytest.raises(ValueError, match="There is no inbox named 'Nope' in account 1"):
        ensure_members(fake, params([3], inbox='Nope'), False)
    with pytest.raises(ValueError, match='There is no inbox with id 8 in account 1'):
        ensure_members(fake, params([3], inbox_id=8), False)


def test_ambiguous_inbox_name_lists_the_ids():
    fake = client([3], inboxes=[{'id': 7, 'name': 'Web'}, {'id': 9, 'name': 'Web'}])
    with pytest.raises(ValueError, match=r"2 inboxes are named .Web. \(ids 7, 9\); set inbox_id to"):
        ensure_members(fake, params([3]), False)
