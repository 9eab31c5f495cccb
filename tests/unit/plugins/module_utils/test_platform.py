# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Platform API's modules without a server: hashes merged client-side, feature flags, lookups, the messages."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils import _platform_account_users, _platform_accounts, _platform_users
from ansible_collections.community.chatwoot.plugins.module_utils._platform_fields import FeatureFlags, MergedKeys


class PlatformFake:
    """Canned answers per (method, path under /platform/api/v1/), and a record of every request."""

    api_url = 'https://chat.example.com'

    def __init__(self, answers):
        self.answers = answers
        self.requests = []

    def account_path(self, suffix):
        return '/platform/api/v1/' + suffix

    def request(self, method, path, payload=None):
        self.requests.append((method, path, payload))
        answer = self.answers[(method, path[len('/platform/api/v1/'):])]
        return answer(payload) if callable(answer) else answer

    @property
    def writes(self):
        return [r for r in self.requests if r[0] != 'GET']


def account_params(**params):
    base = {'id': None, 'marker': None, 'name': None, 'state': 'present', 'locale': None, 'domain': None, 'support_email': None,
            'status': None, 'features': None, 'limits': None, 'custom_attributes': None, 'wait': True, 'wait_timeout': 120}
    return dict(base, **params)


ACME = {'id': 7, 'name': 'Acme', 'locale': 'en', 'domain': None, 'support_email': 'x', 'status': 'active',
        'features': {'labels': True}, 'limits': {'agents': 5, 'inboxes': 2},
        'custom_attributes': {'ansible_tenant': 'acme', 'onboarding_step': 'done'}}


def test_merged_keys_keep_the_others_and_remove_nulls():
    merged = MergedKeys(null_removes=True)
    assert merged.changed('limits', {'agents': 5}, ACME) is None
    assert merged.changed('limits', {'inboxes': None, 'agents': 9}, ACME) == {'agents': 9}
    assert merged.changed('limits', {'emails': None}, ACME) is None
    assert MergedKeys(null_removes=False).changed('custom_attributes', {'crm': None}, {'custom_attributes': {'crm': None}}) is None


def test_feature_flags_send_only_the_toggles_as_booleans():
    flags = FeatureFlags()
    assert flags.changed('features', {'labels': True, 'sla': False}, ACME) is None
    assert flags.changed('features', {'labels': False, 'sla': True}, ACME) == {'labels': False, 'sla': True}
    predicted = dict(ACME)
    flags.predict('features', predicted, {'labels': False, 'sla': True})
    assert predicted['features'] == {'sla': True}


def test_account_found_by_marker_and_updated_with_the_whole_hashes():
    patched = {}
    client = PlatformFake({('GET', 'accounts'): [dict(ACME, id=6, custom_attributes={}), ACME],
                           ('PATCH', 'accounts/7'): lambda body: patched.update(body) or dict(ACME, **body)})
    result = _platform_accounts.run(client, account_params(marker={'ansible_tenant': 'acme'}, custom_attributes={'plan': 'gold'},
                                                           limits={'inboxes': None}), check_mode=False)
    assert result['changed'] and result['account']['id'] == 7
    assert patched == {'custom_attributes': {'ansible_tenant': 'acme', 'onboarding_step': 'done', 'plan': 'gold'},
                       'limits': {'agents': 5}}


def test_account_bad_input_and_ambiguity_before_any_write():
    client = PlatformFake({('GET', 'accounts'): [ACME, dict(ACME, id=8)]})
    with pytest.raises(OptionError, match=r'2 accounts of the platform app are named .Acme. \(ids 7, 8\)'):
        _platform_accounts.run(client, account_params(name='Acme'), check_mode=False)
    with pytest.raises(OptionError, match='features: bogus is unknown'):
        _platform_accounts.run(client, account_params(name='Acme', features={'bogus': True}), check_mode=False)
    with pytest.raises(OptionError, match='features.labels must be true or false'):
        _platform_accounts.run(client, account_params(name='Acme', features={'labels': 'yes'}), check_mode=False)
    assert client.writes == [] and len(client.requests) == 1


def test_account_list_failures_are_explained():
    def failing(status):
        def answer(_body):
            raise ChatwootError('GET /platform/api/v1/accounts returned HTTP %d.' % status, 'GET', '/platform/api/v1/accounts', status)
        return answer
    for status, words in ((404, 'needs Chatwoot 4.5.0 or later'), (500, 'once one of them was deleted')):
        with pytest.raises(ChatwootError, match=words):
            _platform_accounts.run(PlatformFake({('GET', 'accounts'): failing(status)}), account_params(name='Acme'), check_mode=True)


def user_params(**params):
    base = {'id': None, 'email': None, 'name': None, 'display_name': None, 'password': None, 'custom_attributes': None,
            'state': 'present', 'return_secrets': False, 'update_secrets': 'on_create', 'wait': True, 'wait_timeout': 120}
    return dict(base, **params)


OWNER = {'id': 12, 'email': 'owner@acme.example', 'name': 'Owner', 'display_name': None, 'access_token': 'tok', 'pubsub_token': 'pub'}


def test_user_found_by_email_with_a_create_chatwoot_cannot_complete_then_created():
    created = []

    def post(body):
        if set(body) == {'email'}:
            if not created:
                raise ChatwootError('refused', 'POST', '/platform/api/v1/users', 422)
            return dict(OWNER)
        created.append(body)
        return dict(OWNER)

    client = PlatformFake({('POST', 'users'): post})
    params = user_params(email='Owner@Acme.example', name='Owner', password='Secret-42')
    first = _platform_users.run(client, params, check_mode=False)
    assert first['changed'] and 'access_token' not in first['user'] and 'pubsub_token' not in first['user']
    assert created == [{'email': 'owner@acme.example', 'name': 'Owner', 'password': 'Secret-42'}]
    again = _platform_users.run(client, dict(params, return_secrets=True), check_mode=False)
    assert not again['changed'] and again['user']['access_token'] == 'tok'


def test_user_check_mode_without_id_sends_nothing_and_warns():
    client = PlatformFake({})
    result = _platform_users.run(client, user_params(email='owner@acme.example', name='Owner', password='Secret-42'), check_mode=True)
    assert result['changed'] and client.requests == []
    assert result['warnings'] == [_platform_users.CHECK_MODE_WARNING]


def test_user_password_policy_never_shows_the_password():
    with pytest.raises(OptionError) as caught:
        _platform_users.run(PlatformFake({}), user_params(email='o@acme.example', name='O', password='lowercase'), check_mode=False)
    assert str(caught.value) == ("password must have an upper-case letter, have a digit, have one of the special characters "
                                 "!@#$%^&*()_+-=[]{}|'.")
    assert 'lowercase' not in str(caught.value)


def test_membership_upsert_and_removal():
    members = [{'id': 3, 'account_id': 7, 'user_id': 12, 'role': 'agent'}]
    client = PlatformFake({('GET', 'accounts/7/account_users'): members,
                           ('POST', 'accounts/7/account_users'): lambda body: dict(members[0], **body),
                           ('DELETE', 'accounts/7/account_users'): None})
    params = {'account_id': 7, 'user_id': 12, 'role': None, 'state': 'present'}
    assert not _platform_account_users.run(client, params, check_mode=False)['changed']
    promoted = _platform_account_users.run(client, dict(params, role='administrator'), check_mode=False)
    assert promoted['changed'] and promoted['account_user']['role'] == 'administrator'
    removed = _platform_account_users.run(client, dict(params, state='absent'), check_mode=False)
    assert removed['changed'] and client.writes == [('POST', '/platform/api/v1/accounts/7/account_users', {'user_id': 12, 'role': 'administrator'}),
                                                    ('DELETE', '/platform/api/v1/accounts/7/account_users', {'user_id': 12})]
