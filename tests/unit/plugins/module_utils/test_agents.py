# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Naming agents by e-mail address or user id, and the errors for names no agent has."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._agent_references import AgentOptionError, labels, parse_references, resolve

AGENTS = [
    {'id': 3, 'email': 'alice@example.com', 'name': 'Alice'},
    {'id': 4, 'email': 'bob@example.com', 'name': 'Bob'},
    {'id': 1, 'email': 'admin@example.com', 'name': 'Admin'},
]


def test_references_are_ids_or_lower_case_emails():
    assert parse_references([3, '4', ' Alice@Example.COM ']) == [('id', 3), ('id', 4), ('email', 'alice@example.com')]


@pytest.mark.parametrize('value', [True, None, '', 'alice', '@example.com', 'alice@', 3.5, ['a@b.c'], -1])
def test_other_values_are_errors_naming_the_entry(value):
    with pytest.raises(AgentOptionError, match=r'agents\[1\] must be an e-mail address or a numeric user id'):
        parse_references(['a@example.com', value])


def test_resolve_keeps_order_and_drops_repeats():
    refs = parse_references(['bob@example.com', 3, 'BOB@example.com', '4'])
    assert resolve(refs, AGENTS, 1) == [4, 3]


def test_unknown_email_is_named():
    with pytest.raises(AgentOptionError) as error:
        resolve(parse_references(['alice@example.com', 'nobody@example.com']), AGENTS, 1)
    assert str(error.value) == ("agents: no agent of account 1 has the e-mail address 'nobody@example.com'; nothing was changed. "
                                'Invite the user to the account first, or correct the entry.')


def test_every_unknown_email_and_id_is_named():
    with pytest.raises(AgentOptionError) as error:
        resolve(parse_references(['x@example.com', 99, 'y@example.com', 98]), AGENTS, 1)
    assert "the e-mail addresses 'x@example.com', 'y@example.com' and the user ids 99, 98" in str(error.value)


def test_empty_list_resolves_to_nobody():
    assert resolve(parse_references([]), AGENTS, 1) == []


def test_labels_are_sorted_emails():
    assert labels(AGENTS) == ['admin@example.com', 'alice@example.com', 'bob@example.com']
    assert labels([{'id': 7, 'email': None}]) == ['7']
