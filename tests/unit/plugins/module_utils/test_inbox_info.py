# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Filtering the inbox list, and what a missing id or name gives."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._ensure import info
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

INBOXES = [
    {'id': 1, 'name': 'Web', 'hmac_token': 'h'},
    {'id': 2, 'name': 'Shop', 'hmac_token': 'h', 'secret': 's'},
    {'id': 3, 'name': 'Web', 'hmac_token': 'h'},
]


def run(**kwargs):
    fake = FakeClient({('GET', 'inboxes'): {'payload': INBOXES}})
    params = dict({'id': None, 'name': None, 'return_secrets': False}, **kwargs)
    return info(INBOX, fake, params), fake


def test_all_inboxes_without_secrets_in_one_request():
    result, fake = run()
    assert result == {'changed': False, 'inboxes': [{'id': 1, 'name': 'Web'}, {'id': 2, 'name': 'Shop'}, {'id': 3, 'name': 'Web'}]}
    assert len(fake.requests) == 1


def test_by_name_can_return_several_or_none():
    assert [i['id'] for i in run(name='Web')[0]['inboxes']] == [1, 3]
    assert run(name='web')[0]['inboxes'] == []


def test_by_id_with_secrets():
    assert run(id=2, return_secrets=True)[0]['inboxes'] == [INBOXES[1]]


def test_missing_id_fails():
    with pytest.raises(ValueError, match='There is no inbox with id 9 in account 1'):
        run(id=9)
    with pytest.raises(ValueError, match="There is no inbox with id 2 named 'Web' in account 1"):
        run(id=2, name='Web')
