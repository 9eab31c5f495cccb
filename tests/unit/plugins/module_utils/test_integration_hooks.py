# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Integration hooks: the engine's index elsewhere than the resource's path (list_path, a list_key function), its
settings group replaced whole (whole_scopes), objects told apart by more than their natural key (narrow) and rules
for a create only (create_checks), and the hooks' own rules, checked before any request that writes."""

from __future__ import annotations

import pytest

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils import _account
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, Nested
from ansible_collections.community.chatwoot.plugins.module_utils._integration_hooks import INTEGRATION_HOOK
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

OPENAI_HOOK = {'id': 4, 'app_id': 'openai', 'status': True, 'inbox': None, 'account_id': 1, 'hook_type': 'account',
               'settings': {'label_suggestion': False}, 'reference_id': None}
ensure_hook = partial(ensure, INTEGRATION_HOOK)
DIALOGFLOW_HOOKS = [dict(OPENAI_HOOK, id=5 + n, app_id='dialogflow', hook_type='inbox', inbox={'id': 7 + n, 'name': 'Site %d' % n},
                         settings={'project_id': 'p'}) for n in range(2)]


def apps(*hooks):
    by_app = {}
    for hook in hooks:
        by_app.setdefault(hook['app_id'], []).append(dict(hook))
    return {'payload': [{'id': app_id, 'hooks': listed} for app_id, listed in by_app.items()] + [{'id': 'webhook', 'hooks': []}]}


def server(*hooks):
    client = FakeClient({('GET', 'integrations/apps'): lambda _: apps(*hooks),
                         ('GET', 'inboxes'): {'payload': [h['inbox'] for h in hooks if h['inbox']]}})
    for hook in hooks:
        client.answers[('PATCH', 'integrations/hooks/%d' % hook['id'])] = lambda body, hook=hook: dict(
            hook, settings={k: v for k, v in body.get('settings', {}).items() if k != 'api_key'} or hook['settings'])
    client.answers[('POST', 'integrations/hooks')] = lambda body: dict(OPENAI_HOOK, id=9, settings={})
    return client


def params(**kwargs):
    base = {'id': None, 'state': 'present', 'app_id': 'openai', 'inbox': None, 'status': None, 'settings': None,
            'update_secrets': 'on_create'}
    base.update(kwargs)
    return base


def settings(**kwargs):
    base = dict.fromkeys(('api_key', 'credentials', 'label_suggestion', 'project_id', 'region', 'language_code', 'organization_id'))
    base.update(kwargs)
    return base


# -- the engine ---------------------------------------------------------------------------------------------

def test_index_read_from_list_path_with_a_list_key_function():
    resource = Resource('thing', 'things', (Field('name', {'type': 'str'}),), list_path='catalogue',
                        list_key=lambda answer: [t for shelf in answer['shelves'] for t in shelf['things']])
    client = FakeClient({('GET', 'catalogue'): {'shelves': [{'things': [{'id': 1, 'name': 'a'}]}, {'things': [{'id': 2, 'name': 'b'}]}]}})
    assert ResourceClient(resource, client).find(key='b') == {'id': 2, 'name': 'b'}
    assert client.requests == [('GET', '/api/v1/accounts/1/catalogue', None)]


def test_a_change_in_a_whole_scope_sends_every_key_of_it_write_only_ones_too():
    resource = Resource('thing', 'things', whole_scopes=('config',), fields=(
        Field('name', {'type': 'str'}),
        Field('colour', {'type': 'str'}, scope='config', compare=Nested(('config', 'colour'))),
        Field('size', {'type': 'int'}, scope='config', compare=Nested(('config', 'size'))),
        Field('key', {'type': 'str', 'no_log': True}, scope='config', write_only=True)))
    obj = {'id': 1, 'name': 'a', 'config': {'colour': 'red', 'size': 2}}
    desired = {'name': 'b', 'colour': 'red', 'size': 2, 'key': 'k'}
    assert resource.changes(desired, obj) == {'name': 'b'}  # nothing of config changed: the key is not sent
    changes = resource.changes(dict(desired, size=3), obj)
    assert changes == {'name': 'b', 'colour': 'red', 'size': 3, 'key': 'k'}
    assert resource.update_payload(changes) == {'name': 'b', 'config': {'colour': 'red', 'size': 3, 'key': 'k'}}


# -- the hooks ----------------------------------------------------------------------------------------------

def test_unchanged_hook_is_one_get_and_no_write():
    client = server(OPENAI_HOOK)
    result = ensure_hook(client, params(settings=settings(api_key='sk-1', label_suggestion=False), status='enabled'), False)
    assert (result['changed'], client.requests) == (False, [('GET', '/api/v1/accounts/1/integrations/apps', None)])
    assert result['integration_hook'] == OPENAI_HOOK


def test_a_visible_setting_change_sends_the_whole_settings_and_never_shows_the_key():
    client = server(OPENAI_HOOK)
    result = ensure_hook(client, params(settings=settings(api_key='sk-1', label_suggestion=True)), False)
    assert client.writes == [('PATCH', '/api/v1/accounts/1/integrations/hooks/4',
                              {'settings': {'label_suggestion': True, 'api_key': 'sk-1'}})]
    assert result['changed'] and 'sk-1' not in str(result)
    assert result['diff'] == {'before': {'app_id': 'openai', 'label_suggestion': False}, 'after': {'app_id': 'openai', 'label_suggestion': True}}


def test_status_is_compared_with_chatwoots_boolean():
    client = server(OPENAI_HOOK)
    result = ensure_hook(client, params(status='disabled'), True)
    assert (result['changed'], result['integration_hook']['status'], client.writes) == (True, False, [])
    assert ensure_hook(client, params(status='enabled'), True)['changed'] is False


def test_update_secrets_always_sends_the_key():
    client = server(OPENAI_HOOK)
    ensure_hook(client, params(settings=settings(api_key='sk-2', label_suggestion=False), update_secrets='always'), False)
    assert client.writes == [('PATCH', '/api/v1/accounts/1/integrations/hooks/4', {'settings': {'api_key': 'sk-2', 'label_suggestion': False}})]


def test_check_mode_create_predicts_the_hook():
    client = server()
    result = ensure_hook(client, params(app_id='dyte', settings=settings(api_key='k', organization_id='o')), True)
    assert result['integration_hook'] == {'id': None, 'app_id': 'dyte', 'status': True, 'inbox': None, 'account_id': None,
                                          'hook_type': 'account', 'settings': {'organization_id': 'o'}, 'reference_id': None}
    assert client.writes == []


def test_dialogflow_hook_is_found_by_its_inbox_name_or_id():
    client = server(*DIALOGFLOW_HOOKS)
    base = params(app_id='dialogflow', settings=settings(project_id='p', credentials={'type': 'x'}))
    assert ensure_hook(client, dict(base, inbox='Site 1'), True)['integration_hook']['id'] == 6
    assert ensure_hook(client, dict(base, inbox=7), True)['integration_hook']['id'] == 5
    assert ensure_hook(client, dict(base, inbox='8', state='absent'), True)['integration_hook']['id'] == 6
    with pytest.raises(OptionError, match='inbox is required for dialogflow hooks'):
        ensure_hook(client, dict(base, inbox=None), True)
    with pytest.raises(OptionError, match=r"inbox is 'Site 1', not 'Site 0': Chatwoot keeps the inbox of a hook"):
        ensure_hook(client, dict(base, id=6, inbox=7), True)


@pytest.mark.parametrize('options, message', [
    ({'app_id': 'openai', 'settings': settings(api_key='k', project_id='p')},
     r'settings.project_id is not a setting of openai \(its settings: label_suggestion, api_key\)'),
    ({'app_id': 'dyte', 'settings': settings(organization_id='o')},
     r'settings.api_key is required with the settings of dyte: Chatwoot replaces the settings whole'),
    ({'app_id': 'google_translate'}, r'settings is required to create a google_translate hook \(settings.project_id, settings.credentials\)'),
    ({'app_id': 'openai', 'inbox': 'Site', 'settings': settings(api_key='k')}, 'inbox applies to dialogflow hooks only'),
])
def test_bad_input_fails_before_any_write(options, message):
    client = server()
    with pytest.raises(OptionError, match=message):
        ensure_hook(client, params(**options), False)
    assert client.writes == []


def test_app_cannot_change_and_other_apps_are_not_managed():
    client = server(OPENAI_HOOK, dict(OPENAI_HOOK, id=12, app_id='slack'))
    with pytest.raises(OptionError, match='Chatwoot keeps the app of a hook'):
        ensure_hook(client, params(id=4, app_id='dyte'), True)
    with pytest.raises(OptionError, match='There is no integration_hook with id 12'):
        ensure_hook(client, params(id=12, app_id=None, status='enabled'), True)
    assert INTEGRATION_HOOK.argument_spec()['app_id']['choices'] == ['openai', 'dialogflow', 'google_translate', 'dyte']


def test_narrow_tells_objects_with_one_natural_key_apart_and_create_checks_run_on_create_only():
    def on_shelf(objects, options):
        return [o for o in objects if options.get('shelf') is None or o['shelf'] == options['shelf']]

    def needs_colour(desired):
        if 'colour' not in desired:
            raise OptionError('colour is required to create a thing.')

    resource = Resource('thing', 'things', (Field('name', {'type': 'str'}), Field('shelf', {'type': 'str'}), Field('colour', {'type': 'str'})),
                        narrow=on_shelf, create_checks=(needs_colour,))
    things = [{'id': 1, 'name': 'a', 'shelf': 'top', 'colour': 'red'}, {'id': 2, 'name': 'a', 'shelf': 'low', 'colour': 'red'}]
    client = FakeClient({('GET', 'things'): things})
    base = {'id': None, 'state': 'present', 'name': 'a', 'shelf': 'low', 'colour': None}
    assert ensure(resource, client, base, True)['thing']['id'] == 2
    with pytest.raises(OptionError, match='2 things are named'):
        ensure(resource, client, dict(base, shelf=None), True)
    with pytest.raises(OptionError, match='colour is required to create a thing'):
        ensure(resource, client, dict(base, shelf='middle'), True)


# -- the account kind ---------------------------------------------------------------------------------------

def test_export_names_the_inbox_and_holds_a_placeholder_for_the_credentials():
    kind = _account.BY_NAME['integration_hooks']
    exported = _account.export_kind(kind, server(OPENAI_HOOK, *DIALOGFLOW_HOOKS))
    assert exported == [
        {'app_id': 'dialogflow', 'inbox': 'Site 0', 'status': 'enabled', 'settings': {'credentials': _account.PLACEHOLDER, 'project_id': 'p'}},
        {'app_id': 'dialogflow', 'inbox': 'Site 1', 'status': 'enabled', 'settings': {'credentials': _account.PLACEHOLDER, 'project_id': 'p'}},
        {'app_id': 'openai', 'status': 'enabled', 'settings': {'api_key': _account.PLACEHOLDER, 'label_suggestion': False}}]


def test_apply_tells_the_dialogflow_hooks_apart_by_inbox_and_purges_the_others():
    kind = _account.BY_NAME['integration_hooks']
    client = server(OPENAI_HOOK, *DIALOGFLOW_HOOKS)
    client.answers[('DELETE', 'integrations/hooks/4')] = None
    items = [{'app_id': 'dialogflow', 'inbox': name, 'settings': {'project_id': 'p', 'credentials': {'k': 'v'}}} for name in ('Site 1', 'Site 0')]
    result = _account.apply(kind, client, items, False, purge=True)
    assert [o['id'] for o in result['objects']] == [6, 5]
    assert (result['purged'], client.writes) == (['openai'], [('DELETE', '/api/v1/accounts/1/integrations/hooks/4', None)])
    with pytest.raises(OptionError, match='a description names it by its name'):
        _account.apply(kind, client, [dict(items[0], inbox=7)], True)


def test_a_placeholder_fails_when_a_settings_change_would_send_it():
    kind = _account.BY_NAME['integration_hooks']
    item = {'app_id': 'openai', 'settings': {'api_key': _account.PLACEHOLDER, 'label_suggestion': False}}
    unchanged = _account.apply(kind, server(OPENAI_HOOK), [item], False)  # the round trip: nothing to send
    assert unchanged['changed'] is False
    client = server(OPENAI_HOOK)
    with pytest.raises(OptionError, match=r"integration_hooks\[0\].settings.api_key: the placeholder .* \(settings changes, and "
                                          r"Chatwoot replaces it whole\)"):
        _account.apply(kind, client, [dict(item, settings=dict(item['settings'], label_suggestion=True))], False)
    assert client.writes == []
    dialogflow = {'app_id': 'dialogflow', 'inbox': 'Site 0', 'settings': {'project_id': 'q', 'credentials': _account.PLACEHOLDER}}
    with pytest.raises(OptionError, match=r"integration_hooks\[0\].settings.credentials: the placeholder"):
        _account.apply(kind, server(*DIALOGFLOW_HOOKS), [dialogflow], False)
    assert _account.apply(kind, server(*DIALOGFLOW_HOOKS), [dict(dialogflow, settings={'project_id': 'p', 'credentials': _account.PLACEHOLDER})],
                          False)['changed'] is False
