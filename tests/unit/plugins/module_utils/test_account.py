# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Applying and exporting a description of inboxes: the purge waits for Chatwoot's background deletion, and an
export leaves out the keys Chatwoot adds to a channel's settings (issue 13)."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils import _account
from ansible_collections.community.chatwoot.plugins.module_utils._account import BY_NAME, PLACEHOLDER, apply, export_object, validate
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import new_inbox_defaults
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient


def _inbox(inbox_id, name, channel_type='api'):
    return dict(new_inbox_defaults(channel_type), id=inbox_id, name=name)


class Inboxes:
    """Inboxes as Chatwoot serves them; a DELETE takes effect after `polls` more GETs of the inbox (the background job)."""

    def __init__(self, *inboxes, polls=2):
        self.inboxes = {i['id']: i for i in inboxes}
        self.deleting = {}
        self.polls = polls
        self.client = FakeClient({('GET', 'inboxes'): lambda _: {'payload': list(self.inboxes.values())}})
        request = self.client.request

        def route(method, path, payload=None):
            inbox_id = path.rpartition('/')[2]
            if path.startswith('/api/v1/accounts/1/inboxes/') and inbox_id.isdigit():
                self.client.requests.append((method, path, payload))
                return self.one(method, int(inbox_id), path)
            return request(method, path, payload)

        self.client.request = route

    def one(self, method, inbox_id, path):
        if method == 'DELETE':
            self.deleting[inbox_id] = self.polls
            return {'message': 'Inbox deletion is in progress'}
        left = self.deleting.get(inbox_id)
        if left == 0:
            self.inboxes.pop(inbox_id, None)
        if inbox_id not in self.inboxes:
            raise ChatwootError('not found', method, path, 404)
        if left is not None:
            self.deleting[inbox_id] = left - 1
        return self.inboxes[inbox_id]


def test_purge_waits_until_the_inbox_is_gone(monkeypatch):
    monkeypatch.setattr('time.sleep', lambda seconds: None)
    server = Inboxes(_inbox(1, 'Keep'), _inbox(2, 'Old'), _inbox(3, 'Older'))
    result = apply(BY_NAME['inboxes'], server.client, [{'name': 'Keep'}], check_mode=False, purge=True)
    assert result['changed'] and result['purged'] == ['Old', 'Older']
    assert server.client.writes == [('DELETE', '/api/v1/accounts/1/inboxes/2', None), ('DELETE', '/api/v1/accounts/1/inboxes/3', None)]
    # the run ends with both gone: each DELETE is followed by GETs of the inbox until it answers 404
    assert sorted(server.inboxes) == [1]
    gets = [path for method, path, _payload in server.client.requests if method == 'GET' and path.endswith(('/2', '/3'))]
    assert gets == ['/api/v1/accounts/1/inboxes/2'] * 3 + ['/api/v1/accounts/1/inboxes/3'] * 3


def test_purge_in_check_mode_lists_and_writes_nothing():
    server = Inboxes(_inbox(1, 'Keep'), _inbox(2, 'Old'))
    result = apply(BY_NAME['inboxes'], server.client, [{'name': 'Keep'}], check_mode=True, purge=True)
    assert result['changed'] and result['purged'] == ['Old']
    assert server.client.writes == []
    assert sorted(server.inboxes) == [1, 2]


def test_export_leaves_out_the_key_chatwoot_adds_to_whatsapp_settings():
    inbox = dict(_inbox(5, 'WhatsApp', 'whatsapp'), phone_number='+15552220000', provider='whatsapp_cloud',
                 provider_config={'api_key': 'wa-key', 'phone_number_id': '1001', 'webhook_verify_token': 'generated'})
    exported = export_object(INBOX, inbox, return_secrets=True)
    assert exported['channel'] == {'type': 'whatsapp', 'phone_number': '+15552220000', 'provider': 'whatsapp_cloud',
                                   'provider_config': {'api_key': 'wa-key', 'phone_number_id': '1001'}}
    assert 'provider_config' not in export_object(INBOX, inbox)['channel']


def test_export_gives_a_twilio_whatsapp_number_as_the_option_takes_it():
    inbox = dict(_inbox(6, 'Twilio', 'twilio'), medium='whatsapp', phone_number='whatsapp:+15553334444')
    assert export_object(INBOX, inbox)['channel'] == {'type': 'twilio', 'medium': 'whatsapp', 'phone_number': '+15553334444'}
    sms = dict(inbox, medium='sms', phone_number='+15554445555')
    assert export_object(INBOX, sms)['channel']['phone_number'] == '+15554445555'


def test_a_dict_secret_may_be_the_placeholder_and_is_otherwise_a_dict():
    inboxes = BY_NAME['inboxes']
    assert inboxes.item_spec()['channel']['options']['provider_config']['type'] == 'raw'
    sms = {'name': 'SMS', 'channel': {'type': 'sms', 'phone_number': '+15550001111', 'provider_config': PLACEHOLDER}}
    assert validate(inboxes, [sms])[0][0]['channel']['provider_config'] == PLACEHOLDER
    sms['channel']['provider_config'] = '{"api_key": "k"}'  # converted as the module for one inbox converts it
    assert validate(inboxes, [sms])[0][0]['channel']['provider_config'] == {'api_key': 'k'}
    sms['channel']['provider_config'] = 'not a dict'
    with pytest.raises(OptionError, match=r'inboxes\[0\]\.channel\.provider_config: .*dict'):
        validate(inboxes, [sms])


def test_an_existing_inbox_keeps_its_write_only_placeholder_but_a_returned_secret_may_not_be_one():
    server = Inboxes(dict(_inbox(1, 'SMS', 'sms'), phone_number='+15550001111'), dict(_inbox(2, 'Mail', 'email'), email='a@example.com'))
    sms = {'name': 'SMS', 'channel': {'type': 'sms', 'phone_number': '+15550001111', 'provider_config': PLACEHOLDER}}
    assert not apply(BY_NAME['inboxes'], server.client, [sms], check_mode=False)['changed']
    with pytest.raises(OptionError, match=r'inboxes\[0\]\.channel\.provider_config: .*update_secrets is always'):
        apply(BY_NAME['inboxes'], server.client, [sms], check_mode=True, update_secrets='always')
    mail = {'name': 'Mail', 'channel': {'type': 'email', 'email': 'a@example.com', 'imap_password': PLACEHOLDER}}
    with pytest.raises(OptionError, match=r'inboxes\[1\]\.channel\.imap_password: .*Chatwoot returns this one'):
        apply(BY_NAME['inboxes'], server.client, [sms, mail], check_mode=True)
    assert server.client.writes == []


def test_in_check_mode_a_webhook_may_name_an_inbox_an_earlier_task_creates_but_not_for_real():
    client = FakeClient({('GET', 'webhooks'): {'payload': {'webhooks': []}}, ('GET', 'inboxes'): {'payload': []}})
    hook = {'url': 'https://hooks.example.com/shop', 'subscriptions': ['message_created'], 'inbox': 'Shop'}
    result = apply(BY_NAME['webhooks'], client, [hook], check_mode=True)
    assert result['changed'] and client.writes == []
    with pytest.raises(OptionError, match=r"webhooks\[0\].*no inbox named 'Shop'"):
        apply(BY_NAME['webhooks'], client, [hook], check_mode=False)
    assert client.writes == []


ALICE = {'id': 3, 'email': 'alice@example.com'}
BOB = {'id': 4, 'email': 'bob@example.com'}


def test_members_already_there_need_no_read_of_every_agent():
    client = FakeClient({('GET', 'teams/1/team_members'): [ALICE], ('GET', 'agents'): [ALICE, BOB]})
    result = {'objects': [{'id': 1}]}
    changed = BY_NAME['teams'].associations[0].apply(BY_NAME['teams'], client, [{'agents': ['Alice@example.com']}], result, False)
    assert not changed
    assert client.requests == [('GET', '/api/v1/accounts/1/teams/1/team_members', None)]


def test_a_new_member_is_found_among_every_agent():
    client = FakeClient({('GET', 'teams/1/team_members'): [ALICE], ('GET', 'agents'): [ALICE, BOB],
                         ('PATCH', 'teams/1/team_members'): [ALICE, BOB]})
    result = {'objects': [{'id': 1}]}
    changed = BY_NAME['teams'].associations[0].apply(BY_NAME['teams'], client, [{'agents': ['alice@example.com', 4]}], result, False)
    assert changed
    assert [r[:2] for r in client.requests] == [('GET', '/api/v1/accounts/1/teams/1/team_members'),
                                                ('GET', '/api/v1/accounts/1/agents'),
                                                ('PATCH', '/api/v1/accounts/1/teams/1/team_members'),
                                                ('GET', '/api/v1/accounts/1/teams/1/team_members')]  # the members saved


def test_the_bot_an_inbox_has_needs_no_read_of_every_bot():
    client = FakeClient({('GET', 'inboxes/7/agent_bot'): {'agent_bot': {'id': 2, 'name': 'Triage'}},
                         ('GET', 'agent_bots'): [{'id': 2, 'name': 'Triage'}]})
    changed = BY_NAME['inboxes'].associations[1].apply(BY_NAME['inboxes'], client, [{'agent_bot': 'Triage'}], {'objects': [{'id': 7}]}, False)
    assert not changed
    assert client.requests == [('GET', '/api/v1/accounts/1/inboxes/7/agent_bot', None)]


@pytest.mark.parametrize('check_mode, verb', [(True, 'Would purge'), (False, 'Purged')])
def test_a_label_purge_says_chatwoot_strips_the_label_from_conversations(check_mode, verb):
    labels = [{'id': 1, 'title': 'keep', 'description': None, 'color': '#1f93ff', 'show_on_sidebar': None},
              {'id': 2, 'title': 'spam', 'description': None, 'color': '#1f93ff', 'show_on_sidebar': None}]
    client = FakeClient({('GET', 'labels'): {'payload': labels}, ('DELETE', 'labels/2'): None})
    result = apply(BY_NAME['labels'], client, [{'title': 'keep'}], check_mode=check_mode, purge=True)
    assert result['purged'] == ['spam']
    assert [w for w in result['warnings'] if 'every conversation and contact' in w] == [
        '%s labels: Chatwoot also removes a deleted label from every conversation and contact that has it; a label created '
        'again later does not come back on them.' % verb]
    # nothing purged, nothing said
    assert not apply(BY_NAME['labels'], client, [{'title': 'keep'}, {'title': 'spam'}], check_mode=True, purge=True)['warnings']


def test_a_plan_accepts_in_check_mode_only_the_names_the_description_has():
    """One planned pass: a webhook may name an inbox the pass would create, not a misspelt one."""
    plan = _account.Plan()
    plan.add(BY_NAME['inboxes'], [{'name': 'Shop'}, {'name': 'Gone', 'state': 'absent'}])
    client = FakeClient({('GET', 'inboxes'): {'payload': [_inbox(1, 'Backend')]}})
    items = [{'url': 'https://a.example.com', 'inbox': 'Shop'}, {'url': 'https://b.example.com', 'inbox': 'Backend'}]
    assert _account._planned_references(BY_NAME['webhooks'], client, items, plan) == {0: {'inbox': 'Shop'}}
    with pytest.raises(OptionError, match=r"webhooks\[0\]\.inbox: there is no inbox named 'Shopp' in account 1, nor in the description"):
        _account._planned_references(BY_NAME['webhooks'], client, [{'url': 'https://a.example.com', 'inbox': 'Shopp'}], plan)
    assert _account._planned_references(BY_NAME['webhooks'], client, [{'url': 'https://a.example.com', 'inbox': 'Shopp'}]) == {
        0: {'inbox': 'Shopp'}}  # without a plan (one kind per task), any unknown name is taken for a planned one


def test_a_description_with_an_unknown_kind_fails_before_any_request():
    client = FakeClient({})
    with pytest.raises(OptionError, match='description has unknown kinds labelz'):
        _account.apply_description(client, {'labelz': []}, True)
    assert client.requests == []


def test_a_plan_makes_names_inside_values_strict_in_check_mode():
    """An automation rule may name a team the pass would create, not a misspelt one."""
    plan = _account.Plan()
    plan.add(BY_NAME['teams'], [{'name': 'sales'}])
    client = FakeClient({('GET', 'teams'): [], ('GET', 'labels'): {'payload': []}})
    rule = {'name': 'Route', 'event_name': 'conversation_created', 'conditions': [], 'actions': [{'action_name': 'assign_team', 'action_params': ['sales']}]}
    result = apply(BY_NAME['automation_rules'], client, [rule], True, plan=plan)
    assert result['changed'] and client.writes == []
    misspelt = dict(rule, actions=[{'action_name': 'assign_team', 'action_params': ['saless']}])
    with pytest.raises(OptionError, match="there is no team named 'saless' in account 1, nor in the description"):
        apply(BY_NAME['automation_rules'], FakeClient({('GET', 'teams'): []}), [misspelt], True, plan=plan)


def test_a_failure_midway_through_a_description_says_what_the_earlier_kinds_did():
    class Failing(FakeClient):
        def request(self, method, path, payload=None):
            if method == 'POST' and path.endswith('/canned_responses'):
                self.requests.append((method, path, payload))
                raise ChatwootError('POST canned_responses returned HTTP 500.', method, path, 500)
            return super().request(method, path, payload)
    client = Failing({('GET', 'labels'): {'payload': []}, ('GET', 'canned_responses'): [],
                      ('POST', 'labels'): lambda body: dict(body, id=5, description=None, color='#1f93ff', show_on_sidebar=None)})
    with pytest.raises(_account.ManyError) as caught:
        _account.apply_description(client, {'labels': [{'title': 'billing'}], 'canned_responses': [{'short_code': 'hi', 'content': 'Hi'}]},
                                   False)
    assert [(kind['kind'], kind['changed'], kind['objects'][0]['id']) for kind in caught.value.result['kinds']] == [('labels', True, 5)]
    assert 'canned_responses[0]' in caught.value.result['msg']
