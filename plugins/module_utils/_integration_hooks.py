# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The integration hooks that need no OAuth (Chatwoot's app/models/integrations/hook.rb, config/integration/apps.yml,
integrations/hooks_controller.rb, apps_controller.rb, views/api/v1/models/_hook and _app).

A hook connects an app to the account (openai, google_translate, dyte: one each) or to one inbox (dialogflow, several
allowed). There is no index of hooks: they are listed inside the apps of GET /integrations/apps. A hook is found by
its app, and for an inbox app by its inbox too. Chatwoot checks the settings against the app's JSON schema, keeps
app and inbox once created, replaces the settings whole on update and returns only the app's visible settings (to
administrators): the credentials (api_key, credentials) are write-only. The status is taken as enabled or disabled
and returned as a boolean. Slack, Linear, Notion and Shopify are connected through OAuth in Chatwoot's dashboard.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal, Field, Immutable, Nested, Reference, WriteOnly
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource, article, id_or_key


class App:
    """An app of apps.yml: whether its hooks belong to an inbox, its settings (those Chatwoot returns, those it never
    returns) and the ones its JSON schema requires."""

    def __init__(self, hook_type, visible, secret, required):
        self.hook_type = hook_type
        self.settings = tuple(visible) + tuple(secret)
        self.required = tuple(required)


APPS = {
    'openai': App('account', visible=('label_suggestion',), secret=('api_key',), required=('api_key',)),
    'dialogflow': App('inbox', visible=('project_id', 'region', 'language_code'), secret=('credentials',),
                      required=('project_id', 'credentials')),
    'google_translate': App('account', visible=('project_id',), secret=('credentials',), required=('project_id', 'credentials')),
    'dyte': App('account', visible=('organization_id',), secret=('api_key',), required=('api_key', 'organization_id')),
}
SETTINGS = ('api_key', 'credentials', 'label_suggestion', 'project_id', 'region', 'language_code', 'organization_id')


class HookApp(Immutable):
    """The app, fixed once the hook exists; it decides the hook's type (hook.rb:93-95 ensure_hook_type)."""

    def __init__(self):
        super().__init__('Chatwoot keeps the app of a hook. Delete the hook (state: absent) and create another.')

    def predict(self, key, obj, change):
        obj[key] = change
        obj['hook_type'] = APPS[change].hook_type


class HookInbox(Reference):
    """The inbox of an inbox hook, fixed once it exists (hook.rb:20 attr_readonly :inbox_id)."""

    def changed(self, key, value, obj):
        current = obj.get(key) or {}
        if current.get('id') != value['id']:
            raise OptionError('inbox is %r, not %r: Chatwoot keeps the inbox of a hook. Delete the hook (state: absent) and '
                              'create another.' % (current.get('name'), value.get('name')))


class EnabledFlag(Equal):
    """Chatwoot takes the status as enabled or disabled and returns it as a boolean (_hook.json.jbuilder: enabled?);
    diffs and exports show it as the option takes it."""

    def changed(self, key, value, obj):
        return None if obj.get(key) == (value == 'enabled') else value

    def predict(self, key, obj, change):
        obj[key] = change == 'enabled'

    def view(self, key, obj, value):
        return {key: None if obj.get(key) is None else 'enabled' if obj[key] else 'disabled'}


class _SettingOfTheApp:
    """A setting checked against the app of the hook found by id (a create's are checked by check_settings)."""

    def check(self, key, obj, value):
        if not self.belongs(key, obj):
            raise OptionError('settings.%s is not a setting of %s (its settings: %s).'
                              % (key, obj['app_id'], ', '.join(APPS[obj['app_id']].settings)))

    def belongs(self, key, obj):
        app = APPS.get(obj.get('app_id'))
        return app is None or key in app.settings


class VisibleSetting(_SettingOfTheApp, Nested):
    """A setting Chatwoot returns to administrators under settings."""


class WriteOnlySetting(_SettingOfTheApp, WriteOnly):
    """A credential Chatwoot stores but never returns."""


def visible_setting(name, option_type='str'):
    return Field(name, {'type': option_type}, scope='settings', compare=VisibleSetting(('settings', name)))


def write_only_setting(name, option_type='str'):
    """Sent on create, on update only with update_secrets=always, and with every change of the settings, which
    Chatwoot replaces whole (the resource's whole_scopes)."""
    return Field(name, {'type': option_type}, scope='settings', secret=True, write_only=True, compare=WriteOnlySetting())


def _names(keys):
    return ', '.join('settings.' + k for k in keys)


def check_settings(desired):
    """The rules of hook.rb and of the app's JSON schema that the options can break, when they name the app."""
    app_id = desired.get('app_id')
    if app_id is None:  # a hook given by id alone: its rows check the settings against its app
        return
    app = APPS[app_id]
    given = [key for key in SETTINGS if key in desired]
    foreign = [key for key in given if key not in app.settings]
    if foreign:
        raise OptionError('%s %s not a setting of %s (its settings: %s).'
                          % (_names(foreign), 'is' if len(foreign) == 1 else 'are', app_id, ', '.join(app.settings)))
    missing = [key for key in app.required if given and key not in given]
    if missing:
        raise OptionError('%s %s required with the settings of %s: Chatwoot replaces the settings whole, and its schema '
                          'requires %s.' % (_names(missing), 'is' if len(missing) == 1 else 'are', app_id, _names(app.required)))
    if app.hook_type == 'inbox' and 'inbox' not in desired:
        raise OptionError('inbox is required for %s hooks, which belong to one inbox.' % app_id)
    if app.hook_type == 'account' and 'inbox' in desired:
        raise OptionError('inbox applies to dialogflow hooks only; %s hooks belong to the account.' % app_id)


def check_new(desired):
    app_id = desired['app_id']
    if not any(key in desired for key in SETTINGS):
        raise OptionError('settings is required to create %s %s hook (%s).' % (article(app_id), app_id, _names(APPS[app_id].required)))


def _on_inbox(hook, inbox):
    """Whether a hook belongs to the inbox named by name or id (the hook JSON carries the inbox's id and name)."""
    current = hook.get('inbox') or {}
    inbox_id, name = id_or_key(inbox)
    return current.get('id') == inbox_id if inbox_id is not None else INBOX.fold(current.get('name') or '') == INBOX.fold(name)


def on_the_inbox(hooks, params):
    """The hooks of the inbox the options name: a Dialogflow hook is found by its app and its inbox."""
    inbox = params.get('inbox')
    return hooks if inbox is None else [hook for hook in hooks if _on_inbox(hook, inbox)]


def inbox_of_hook(hook):
    """(inbox name,) of a hook or of a description's item, which names the inbox by name ('' for an account hook)."""
    inbox = hook.get('inbox')
    if isinstance(inbox, dict):
        return (inbox.get('name') or '',)
    if inbox is None:
        return ('',)
    if id_or_key(inbox)[0] is not None:
        raise OptionError('the inbox of %s hook is %s: a description names it by its name, which tells hooks apart.'
                          % (article(hook.get('app_id') or 'app'), inbox))
    return (INBOX.fold(inbox),)


def hooks_of_apps(answer):
    """The hooks listed in the apps index, app by app."""
    return [hook for app in (answer or {}).get('payload') or [] for hook in app.get('hooks') or []]


INTEGRATION_HOOK = Resource(
    'integration_hook', 'integrations/hooks', plural='integration_hooks', natural_key='app_id', list_path='integrations/apps',
    list_key=hooks_of_apps, manageable=lambda hook: hook.get('app_id') in APPS, required=('app_id',), whole_scopes=('settings',),
    narrow=on_the_inbox, checks=(check_settings,), create_checks=(check_new,),
    new_object=lambda variant: {'id': None, 'app_id': None, 'status': True, 'inbox': None, 'account_id': None, 'hook_type': None,
                                'settings': {}, 'reference_id': None},
    fields=(
        Field('app_id', {'type': 'str', 'choices': list(APPS)}, compare=HookApp()),
        Field('inbox', {'type': 'raw'}, reference=INBOX, compare=HookInbox('inbox_id')),
        Field('status', {'type': 'str', 'choices': ['enabled', 'disabled']}, compare=EnabledFlag()),
        write_only_setting('api_key'),
        write_only_setting('credentials', 'dict'),
        visible_setting('label_suggestion', 'bool'),
        visible_setting('project_id'),
        visible_setting('region'),
        visible_setting('language_code'),
        visible_setting('organization_id'),
    ),
)
