# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine's ensure cycle on a resource that is not an inbox: what it sends, what it predicts, what it never writes."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, Immutable, Reference, Unordered, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

# A made-up resource: a case-insensitive key, a deferred field, a returned secret and a write-only one.
GADGET = Resource(
    'gadget', 'gadgets', natural_key='title', fold=str.lower, list_key='payload',
    new_object=lambda variant: {'id': None, 'title': None, 'colour': '#000000', 'size': 1, 'token': None},
    fields=(
        Field('title', {'type': 'str'}, checks=(not_empty,), normalise=str.lower),
        Field('colour', {'type': 'str'}),
        Field('size', {'type': 'int'}, on_create=False),
        Field('password', {'type': 'str'}, write_only=True, secret=True),
        Field('token', secret=True),
    ),
)


class Server:
    """Gadgets kept in a dict, answering like Chatwoot: the index under payload, the object after each write."""

    def __init__(self, *gadgets):
        self.gadgets = {g['id']: dict(g) for g in gadgets}
        self.client = FakeClient({('GET', 'gadgets'): lambda _: {'payload': [dict(g) for g in self.gadgets.values()]},
                                  ('POST', 'gadgets'): self.create})
        for gadget_id in self.gadgets:
            self.route(gadget_id)

    def route(self, gadget_id):
        self.client.answers[('PATCH', 'gadgets/%s' % gadget_id)] = lambda body: self.update(gadget_id, body)
        self.client.answers[('DELETE', 'gadgets/%s' % gadget_id)] = lambda body: self.gadgets.pop(gadget_id) and None

    def create(self, body):
        gadget = {'id': 100 + len(self.gadgets), 'title': body['title'].lower(), 'colour': body.get('colour', '#000000'), 'size': 1,
                  'token': 'tok-secret'}
        self.gadgets[gadget['id']] = gadget
        self.route(gadget['id'])
        return dict(gadget)

    def update(self, gadget_id, body):
        self.gadgets[gadget_id].update({k: v for k, v in body.items() if k != 'password'})
        return dict(self.gadgets[gadget_id])


def params(**kwargs):
    base = {'id': None, 'state': 'present', 'title': 'blue', 'colour': None, 'size': None, 'password': None,
            'return_secrets': False, 'update_secrets': 'on_create'}
    base.update(kwargs)
    return base


EXISTING = {'id': 1, 'title': 'blue', 'colour': '#0000ff', 'size': 2, 'token': 'tok-secret'}


def test_argument_spec_derives_from_the_table():
    spec = GADGET.argument_spec()
    assert spec['password'] == {'type': 'str', 'no_log': True}
    assert spec['update_secrets']['choices'] == ['on_create', 'always']
    assert spec['return_secrets']['default'] is False
    assert 'token' not in spec and 'wait' not in spec


def test_check_mode_create_predicts_and_writes_nothing():
    server = Server()
    result = ensure(GADGET, server.client, params(colour='#ff0000', size=3), check_mode=True)
    assert server.client.writes == []
    assert result['changed']
    assert result['gadget'] == {'id': None, 'title': 'blue', 'colour': '#ff0000', 'size': 3}
    assert result['diff'] == {'before': {}, 'after': {'title': 'blue', 'colour': '#ff0000', 'size': 3}}


def test_create_sends_deferred_fields_in_a_second_request_and_matches_the_prediction():
    server = Server()
    predicted = ensure(GADGET, server.client, params(colour='#ff0000', size=3, password='pw'), check_mode=True)
    result = ensure(GADGET, server.client, params(colour='#ff0000', size=3, password='pw'), check_mode=False)
    assert server.client.writes == [('POST', '/api/v1/accounts/1/gadgets', {'title': 'blue', 'colour': '#ff0000', 'password': 'pw'}),
                                    ('PATCH', '/api/v1/accounts/1/gadgets/100', {'size': 3})]
    assert dict(result['gadget'], id=None) == predicted['gadget']
    assert 'token' not in result['gadget'] and 'password' not in str(result)


def test_unchanged_object_is_one_get_and_lookup_folds_case():
    server = Server(EXISTING)
    result = ensure(GADGET, server.client, params(title='BLUE', colour='#0000ff'), check_mode=False)
    assert not result['changed']
    assert [r[0] for r in server.client.requests] == ['GET']


def test_check_mode_update_equals_the_real_update():
    predicted = ensure(GADGET, Server(EXISTING).client, params(colour='#00ff00'), check_mode=True)
    server = Server(EXISTING)
    applied = ensure(GADGET, server.client, params(colour='#00ff00'), check_mode=False)
    assert server.client.writes == [('PATCH', '/api/v1/accounts/1/gadgets/1', {'colour': '#00ff00'})]
    assert predicted == applied
    assert applied['diff'] == {'before': {'title': 'blue', 'colour': '#0000ff'}, 'after': {'title': 'blue', 'colour': '#00ff00'}}


def test_write_only_secret_is_sent_on_update_only_when_asked_and_never_shown():
    server = Server(EXISTING)
    assert not ensure(GADGET, server.client, params(password='pw'), check_mode=False)['changed']
    result = ensure(GADGET, server.client, params(password='pw', update_secrets='always'), check_mode=False)
    assert result['changed']
    assert server.client.writes == [('PATCH', '/api/v1/accounts/1/gadgets/1', {'password': 'pw'})]
    assert 'pw' not in str(result) and 'tok-secret' not in str(result)


def test_return_secrets_shows_returned_secrets():
    result = ensure(GADGET, Server(EXISTING).client, params(return_secrets=True), check_mode=False)
    assert result['gadget']['token'] == 'tok-secret'
    assert 'token' not in result['diff']['after']


def test_absent_in_check_mode_writes_nothing_and_then_deletes():
    server = Server(EXISTING)
    assert ensure(GADGET, server.client, params(state='absent'), check_mode=True)['changed']
    assert server.client.writes == []
    result = ensure(GADGET, server.client, params(state='absent'), check_mode=False)
    assert result['diff']['after'] == {}
    assert server.client.writes == [('DELETE', '/api/v1/accounts/1/gadgets/1', None)]
    assert not ensure(GADGET, server.client, params(state='absent'), check_mode=False)['changed']


def test_ambiguous_key_and_unknown_id_fail_before_writing():
    server = Server(EXISTING, dict(EXISTING, id=2))
    with pytest.raises(OptionError, match=r"2 gadgets have the title 'blue' \(ids 1, 2\); set id"):
        ensure(GADGET, server.client, params(colour='#111111'), check_mode=False)
    with pytest.raises(OptionError, match='There is no gadget with id 9 in account 1; to create a gadget, leave id unset.'):
        ensure(GADGET, server.client, params(id=9), check_mode=False)
    with pytest.raises(OptionError, match='title must not be empty.'):
        ensure(GADGET, server.client, params(title=' '), check_mode=False)
    assert server.client.writes == []


def test_a_lost_create_answer_adopts_the_object_instead_of_creating_a_twin():
    server = Server()

    def lost(body):
        server.create(body)
        raise ChatwootError('POST gadgets returned HTTP 502.', 'POST', '/gadgets', 502)
    server.client.answers[('POST', 'gadgets')] = lost
    result = ensure(GADGET, server.client, params(), check_mode=False)
    assert len(server.gadgets) == 1
    assert result['gadget']['id'] == 100
    assert 'adopted, not created twice' in result['warnings'][0]


# A resource that refers to gadgets, is listed under nested keys and holds fixed and unordered values.
HOOK = Resource(
    'hook', 'hooks', natural_key='url', list_key=('payload', 'hooks'), answer_key=('payload', 'hook'),
    manageable=lambda hook: hook.get('account_id') is not None,
    fields=(
        Field('url', {'type': 'str'}),
        Field('kind', {'type': 'str'}, compare=Immutable('kinds are fixed.')),
        Field('events', {'type': 'list'}, compare=Unordered()),
        Field('gadget', {'type': 'raw'}, reference=GADGET, compare=Reference('gadget_id')),
    ),
)


def hook_client(*hooks):
    server = Server(EXISTING)
    server.client.answers[('GET', 'hooks')] = {'payload': {'hooks': list(hooks)}}
    server.client.answers[('PATCH', 'hooks/7')] = lambda body: {'payload': {'hook': dict(hooks[0], gadget={'id': 1, 'name': None})}}
    return server.client


def hook_params(**kwargs):
    return dict({'id': None, 'state': 'present', 'url': 'https://a', 'kind': None, 'events': None, 'gadget': None}, **kwargs)


def test_a_reference_by_natural_key_is_sent_as_the_id_and_compared_with_the_echo():
    hook = {'id': 7, 'url': 'https://a', 'account_id': 1, 'kind': 'x', 'events': ['b', 'a'], 'gadget': None}
    client = hook_client(hook)
    result = ensure(HOOK, client, hook_params(gadget='BLUE', events=['a', 'b']), check_mode=False)
    assert client.writes == [('PATCH', '/api/v1/accounts/1/hooks/7', {'gadget_id': 1})]
    assert result['diff'] == {'before': {'url': 'https://a', 'events': ['b', 'a'], 'gadget': None},
                              'after': {'url': 'https://a', 'events': ['b', 'a'], 'gadget': None}}
    same = dict(hook, gadget={'id': 1, 'name': 'blue'})
    assert not ensure(HOOK, hook_client(same), hook_params(gadget='1'), check_mode=False)['changed']


def test_an_unknown_reference_or_a_changed_fixed_value_fails_before_writing():
    hook = {'id': 7, 'url': 'https://a', 'account_id': 1, 'kind': 'x'}
    client = hook_client(hook)
    with pytest.raises(OptionError, match="There is no gadget with title 'nope' in account 1"):
        ensure(HOOK, client, hook_params(gadget='nope'), check_mode=False)
    with pytest.raises(OptionError, match="kind is 'x', not 'y': kinds are fixed."):
        ensure(HOOK, client, hook_params(kind='y'), check_mode=False)
    assert client.writes == []


def test_objects_the_module_may_not_change_are_not_looked_up():
    installation_wide = {'id': 8, 'url': 'https://a', 'account_id': None}
    result = ensure(HOOK, hook_client(installation_wide), hook_params(), check_mode=True)
    assert result['changed']
    assert result['hook'] == {'url': 'https://a'}
