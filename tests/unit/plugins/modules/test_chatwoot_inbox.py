# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Module entry points: failures before any request (missing library, bad option values)."""

from __future__ import annotations

import json

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.community.chatwoot.plugins.module_utils import _chatwoot_module
from ansible_collections.community.chatwoot.plugins.modules import chatwoot_inbox

CONNECTION = {'api_url': 'http://127.0.0.1:9', 'api_access_token': 'unit-test-token', 'account_id': 1}


def run_module(args, capsys):
    with patch_module_args(dict(CONNECTION, **args)):
        with pytest.raises(SystemExit):
            chatwoot_inbox.main()
    return json.loads(capsys.readouterr().out)


def test_without_requests_the_module_says_which_library_is_missing(monkeypatch, capsys):
    monkeypatch.setattr(_chatwoot_module, 'HAS_REQUESTS', False)
    result = run_module({'name': 'Site'}, capsys)
    assert result['failed']
    assert 'Failed to import the required Python library (requests)' in result['msg']


def test_bad_option_fails_before_the_client_is_used(monkeypatch, capsys):
    def no_client(*args, **kwargs):
        raise AssertionError('a client was created')
    monkeypatch.setattr(_chatwoot_module, 'ChatwootClient', no_client)
    result = run_module({'name': 'Site', 'retries': -1}, capsys)
    assert result['msg'] == 'retries must not be negative, got -1.'
    assert 'unit-test-token' not in json.dumps(result)


def test_a_programming_error_keeps_its_traceback(monkeypatch):
    """Only the collection's option errors become a plain message; a bug's ValueError must not hide as one."""
    def broken(client, params, check_mode):
        raise ValueError('a bug')
    monkeypatch.setattr(chatwoot_inbox.MODULE, 'work', broken)
    with patch_module_args(dict(CONNECTION, name='Site')):
        with pytest.raises(ValueError, match='a bug'):
            chatwoot_inbox.main()


def test_an_option_error_is_a_plain_message(capsys):
    result = run_module({'name': 'Site', 'wait_timeout': -1}, capsys)
    assert result['failed']
    assert result['msg'] == 'wait_timeout must not be negative, got -1.'
