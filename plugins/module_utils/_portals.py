# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The help center portal resource (Chatwoot's app/models/portal.rb, portals_controller.rb, portal_policy.rb and
views/api/v1/accounts/portals/_portal.json.jbuilder).

A portal is addressed by its slug, unique across the whole installation. Chatwoot merges the config sent into the
stored one and normalises it (portal.rb:124-129); it renders the allowed locales as objects whose draft flag stands
for draft_locales. The live chat widget is a website inbox, sent as inbox_id beside the portal's attributes, which an
update takes only together with one of them (controller :25).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy
import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal, Field, Reference, matches, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

LAYOUTS = ('classic', 'documentation')
SOCIAL_NETWORKS = ('facebook', 'x', 'instagram', 'linkedin', 'youtube', 'tiktok', 'github', 'whatsapp')  # controller :83
TRANSLATED = ('name', 'page_title', 'header_text')  # portal_config_schema.rb LOCALE_TRANSLATION_SCHEMA
CONFIG_OPTIONS = {
    'default_locale': {'type': 'str'},
    'allowed_locales': {'type': 'list', 'elements': 'str'},
    'draft_locales': {'type': 'list', 'elements': 'str'},
    'layout': {'type': 'str', 'choices': list(LAYOUTS)},
    'social_profiles': {'type': 'dict', 'options': {name: {'type': 'str'} for name in SOCIAL_NETWORKS}},
    'locale_translations': {'type': 'dict'},
}
COLOR_PATTERN = re.compile(r'^(?:#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}))?\Z')  # portal.rb:46, blank allowed
SLUG_PATTERN = re.compile(r'^[^\s/?#%]+\Z')  # the slug is a path segment of every portal URL
DEFAULT_COLOR = '#1f93ff'  # portal.rb:30


def settings(config):
    """The rendered config as the option's keys: allowed locales as codes, the draft ones as draft_locales."""
    config = config or {}
    allowed = config.get('allowed_locales') or []
    return {
        'default_locale': config.get('default_locale'),
        'allowed_locales': [locale['code'] for locale in allowed],
        'draft_locales': [locale['code'] for locale in allowed if locale.get('draft')],
        'layout': config.get('layout'),
        'social_profiles': config.get('social_profiles') or {},
        'locale_translations': config.get('locale_translations') or {},
    }


def normalised(current, change):
    """normalize_config (portal.rb:124-129) of the stored settings merged with the ones sent."""
    merged = dict(current, **change)
    allowed = list(dict.fromkeys(code for code in merged.get('allowed_locales') or [] if code))
    allowed = allowed or [merged.get('default_locale') or 'en']
    drafts = set(merged.get('draft_locales') or [])
    return dict(merged, allowed_locales=allowed, default_locale=merged.get('default_locale') or allowed[0],
                draft_locales=[code for code in allowed if code in drafts], layout=merged.get('layout') or 'classic')


def config_of_options(value):
    """The config Chatwoot takes from the option: without unset keys (Chatwoot keeps the stored ones)."""
    config = {k: v for k, v in value.items() if v is not None}
    if 'social_profiles' in config:
        config['social_profiles'] = {k: v for k, v in config['social_profiles'].items() if v is not None}
    for locale, texts in (config.get('locale_translations') or {}).items():
        if not isinstance(texts, dict) or any(k not in TRANSLATED or not isinstance(v, (str, type(None))) for k, v in texts.items()):
            raise OptionError('config.locale_translations.%s must be a dict of texts with the keys %s, got %r.'
                              % (locale, ', '.join(TRANSLATED), texts))
    if config.get('allowed_locales') == []:
        raise OptionError('config.allowed_locales must name at least one locale; Chatwoot takes an empty list for '
                          '[default_locale].')
    return config


class PortalConfig(Equal):
    """Only the keys set are compared and sent: Chatwoot merges them into the stored config and normalises it."""

    def changed(self, key, value, obj):
        current = settings(obj.get(key))
        return None if all(current.get(k) == v for k, v in value.items()) else value

    def check(self, key, obj, value):
        after = normalised(settings(obj.get(key)), value)
        dropped = [code for code in value.get('draft_locales') or () if code not in after['allowed_locales']]
        if dropped:
            raise OptionError('config.draft_locales names %s, which %s not among the allowed locales %s; Chatwoot would '
                              'drop it.' % (', '.join(dropped), 'is' if len(dropped) == 1 else 'are', after['allowed_locales']))
        if after['default_locale'] in after['draft_locales']:
            raise OptionError('config: the default locale %r cannot be a draft locale (Chatwoot refuses it).' % after['default_locale'])

    def predict(self, key, obj, change):
        previous = {locale['code']: locale for locale in (obj.get(key) or {}).get('allowed_locales') or []}
        after = normalised(settings(obj.get(key)), change)
        obj[key] = {
            'allowed_locales': [dict(previous.get(code) or {'code': code, 'articles_count': 0, 'categories_count': 0},
                                     draft=code in after['draft_locales']) for code in after['allowed_locales']],
            'default_locale': after['default_locale'],
            'layout': after['layout'],
            'social_profiles': copy.deepcopy(after['social_profiles']),
            'locale_translations': copy.deepcopy(after['locale_translations']),
        }
        if isinstance(obj.get('meta'), dict):
            obj['meta']['default_locale'] = after['default_locale']

    def view(self, key, obj, value):
        # the draft flags are part of the allowed locales' rendering: an export of the whole config has both
        keys = set(value or ()) | ({'draft_locales'} if 'allowed_locales' in (value or ()) else set())
        current = settings(obj.get(key))
        return {key: {k: current[k] for k in CONFIG_OPTIONS if k in keys}}


class WidgetInbox(Reference):
    """The portal's live chat widget: a website inbox. Chatwoot ignores any other silently (controller :96)."""

    blank_means_none = True

    def check(self, key, obj, value):
        if value.get('id') is not None and value.get('channel_type') != 'Channel::WebWidget':
            raise OptionError('inbox %r is a %s inbox; the live chat widget of a portal is a website inbox '
                              '(Chatwoot ignores any other).' % (value.get('name'), value.get('channel_type')))

    def predict(self, key, obj, change):
        if change.get('id') is None:
            obj.pop(key, None)
        else:
            super().predict(key, obj, change)


def host_of(domain):
    """The domain as Chatwoot's create stores it (controller :107-112, the host of an http(s) URL); '' is null."""
    match = re.match(r'^https?://([^/:?#]*)', domain.strip(), re.IGNORECASE)
    return (match.group(1) if match else domain.strip()) or None


def colour(value):
    return value.strip() or DEFAULT_COLOR  # Portal#color renders a blank one as the default (portal.rb:88-90)


def blank_is_null(value):
    return value if value.strip() else None  # portal.rb:41 normalize_empty_string_to_nil


PORTAL = Resource(
    'portal', 'portals', natural_key='slug', item_key='slug', list_key='payload', required=('name',), resend=('name',),
    new_object=lambda variant: {
        'id': None, 'color': DEFAULT_COLOR, 'custom_domain': None, 'header_text': None, 'homepage_link': None, 'name': None,
        'page_title': None, 'slug': None, 'archived': False, 'account_id': None,
        'config': {'allowed_locales': [{'code': 'en', 'articles_count': 0, 'categories_count': 0, 'draft': False}],
                   'default_locale': 'en', 'layout': 'classic', 'social_profiles': {}, 'locale_translations': {}},
        'meta': {'all_articles_count': 0, 'archived_articles_count': 0, 'published_count': 0, 'draft_articles_count': 0,
                 'categories_count': 0, 'default_locale': 'en'}},
    fields=(
        Field('slug', {'type': 'str'}, checks=(not_empty, matches(SLUG_PATTERN, 'a URL path segment (no spaces, /, ?, # or %)')),
              column='string'),
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('color', {'type': 'str'}, checks=(matches(COLOR_PATTERN, 'a colour like #1f93ff'),), normalise=colour),
        Field('custom_domain', {'type': 'str'}, normalise=host_of, column='string'),
        Field('header_text', {'type': 'str'}, column='text'),
        Field('homepage_link', {'type': 'str'}, normalise=blank_is_null, column='string'),
        Field('page_title', {'type': 'str'}, column='string'),
        Field('archived', {'type': 'bool'}),
        Field('config', {'type': 'dict', 'options': CONFIG_OPTIONS}, normalise=config_of_options, compare=PortalConfig()),
        Field('inbox', {'type': 'raw'}, reference=INBOX, compare=WidgetInbox('inbox_id')),
    ),
)
