# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The hint after an error names the limit the request met: Chatwoot checks an inbox limit and an agent limit (402)."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import ChatwootClient


@pytest.fixture
def client():
    return ChatwootClient('https://chat.example.com', 'token', 1)


@pytest.mark.parametrize('path, expected', [
    ('/api/v1/accounts/1/inboxes', "inbox limit"),
    ('/api/v1/accounts/1/channels/twilio_channel', "inbox limit"),
    ('/api/v1/accounts/1/agents', "agent limit"),
])
def test_limit_hints(client, path, expected):
    assert expected in client.hint(402, 'Account limit exceeded.', path)


def test_no_inbox_hint_for_other_resources(client):
    assert client.hint(402, 'Payment required', '/api/v1/accounts/1/labels') is None
    assert 'inbox' not in client.hint(404, None, '/api/v1/accounts/1/labels/7')
