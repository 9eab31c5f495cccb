# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The inbox resource: its field table, and the checks and normalisations that are the inbox's own.

The engine (_resource, _ensure) derives the argument spec, comparison, prediction, payloads and masking from it.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy
import functools
import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal, Field, PresenceOf, matches, max_length, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_channels import (
    CHANNELS, DEFAULT_PRE_CHAT_FORM_OPTIONS, FEATURE_FLAGS, new_inbox_defaults,
)
from ansible_collections.community.chatwoot.plugins.module_utils._option_error import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._working_hours import DAY_OPTIONS, WorkingHours, check_week, normalise_week

try:
    import zoneinfo
except ImportError:  # Python < 3.9 on the managed host: Chatwoot still validates the timezone.
    zoneinfo = None

InboxOptionError = OptionError

REPLY_TIMES = ('in_a_few_minutes', 'in_a_few_hours', 'in_a_day')
SENDER_NAME_TYPES = ('friendly', 'professional')
# Channel::WebWidget's pre_chat_form_options as the widget reads them; Ansible refuses other keys before any request.
PRE_CHAT_FIELD_OPTIONS = {
    'field_type': {'type': 'str'}, 'label': {'type': 'str'}, 'placeholder': {'type': 'str'}, 'name': {'type': 'str'},
    'enabled': {'type': 'bool'}, 'type': {'type': 'str'}, 'required': {'type': 'bool'}, 'locale': {'type': 'str'},
    'values': {'type': 'list', 'elements': 'str'}, 'regex_pattern': {'type': 'str'}, 'regex_cue': {'type': 'str'},
}
PRE_CHAT_OPTIONS = {
    'pre_chat_message': {'type': 'str'}, 'require_email': {'type': 'bool'},
    'pre_chat_fields': {'type': 'list', 'elements': 'dict', 'options': PRE_CHAT_FIELD_OPTIONS},
}
MESSAGE_MAX_LENGTH = 10000
WEBHOOK_URL_MAX_LENGTH = 2048
COLOR_PATTERN = re.compile(r'^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$')


def not_null_string(label, value):
    # Chatwoot turns a top-level "null" string into null (its CW-1567 workaround): it could never match.
    if value == 'null':
        raise OptionError('%s: Chatwoot stores the string "null" as null; leave the option unset instead.' % label)


@functools.lru_cache(maxsize=1)
def known_timezones():
    """The host's IANA zone names, read once: chatwoot_inboxes checks the time zone of every entry."""
    if zoneinfo is None:
        return frozenset()
    try:
        return frozenset(zoneinfo.available_timezones())
    except Exception:  # pylint: disable=broad-except  # no tz data on the host: Chatwoot still validates it
        return frozenset()


def iana_timezone(label, name):
    known = known_timezones()
    if known and name not in known:
        raise OptionError('%s %r is not an IANA time zone name such as Europe/Berlin or America/New_York.' % (label, name))


def normalise_pre_chat(options):
    """Only the keys set, as Chatwoot stores what it is sent; its default form whenever pre_chat_fields is empty."""
    if not options.get('pre_chat_fields'):
        return copy.deepcopy(DEFAULT_PRE_CHAT_FORM_OPTIONS)
    kept = {k: v for k, v in options.items() if v is not None}
    kept['pre_chat_fields'] = [{k: v for k, v in field.items() if v is not None} for field in options['pre_chat_fields']]
    return kept


# inboxes_controller.rb:131-135 permits these csat_config keys (and a WhatsApp template, not managed here).
CSAT_RULE_OPTIONS = {'operator': {'type': 'str', 'choices': ['contains', 'does_not_contain']},
                     'values': {'type': 'list', 'elements': 'str'}}
CSAT_OPTIONS = {
    'display_type': {'type': 'str'}, 'survey_message': {'type': 'str'}, 'button_text': {'type': 'str'},
    'language': {'type': 'str'}, 'survey_rules': {'type': 'dict', 'options': CSAT_RULE_OPTIONS},
}
# Ansible reserves the option name message: the survey's message is the option survey_message.
CSAT_RENAMED = {'survey_message': 'message'}
# format_csat_config (inboxes_controller.rb:147-163): what an update stores for a key it was not sent
CSAT_DEFAULTS = {'display_type': 'emoji', 'message': '', 'button_text': 'Please rate us', 'language': 'en'}
CSAT_RULE_DEFAULTS = {'operator': 'contains', 'values': []}


def without_nulls(value):
    """A dict of suboptions as set: Ansible fills the unset ones with None."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    return value


def csat_of_options(value):
    """The csat_config Chatwoot takes from the option's value: without unset keys, in Chatwoot's names."""
    return {CSAT_RENAMED.get(k, k): v for k, v in without_nulls(value).items()}


def csat_as_updated(config):
    """The csat_config Chatwoot stores from an update: every key, its default when not sent (Ruby's `||`)."""
    rules = config.get('survey_rules') or {}
    stored = {k: d if config.get(k) is None else config[k] for k, d in CSAT_DEFAULTS.items()}
    stored['survey_rules'] = {k: d if rules.get(k) is None else rules[k] for k, d in CSAT_RULE_DEFAULTS.items()}
    if config.get('template'):
        stored['template'] = config['template']
    return stored


def _within(wanted, current):
    return all(_within(v, current.get(k) or {}) if isinstance(v, dict) else current.get(k) == v for k, v in wanted.items())


class CsatConfig(Equal):
    """Chatwoot stores a new inbox's csat_config as sent, but rebuilds it whole on update with defaults for the keys
    not sent: only the keys set are compared, and an update sends them merged into the current ones, so that no other
    setting falls back to its default."""

    def changed(self, key, value, obj):
        current = obj.get(key) or {}
        if _within(value, current):
            return None
        merged = dict(current, **value)
        if 'survey_rules' in value:
            merged['survey_rules'] = dict(current.get('survey_rules') or {}, **value['survey_rules'])
        return merged

    def predict(self, key, obj, change):
        obj[key] = change if obj.get('id') is None else csat_as_updated(change)  # a create stores it as sent

    def exported(self, value):
        if not isinstance(value, dict):
            return value
        option_names = {chatwoot: option for option, chatwoot in CSAT_RENAMED.items()}
        exported = {option_names.get(k, k): v for k, v in value.items()}
        exported = {k: v for k, v in exported.items() if k in CSAT_OPTIONS}
        if isinstance(exported.get('survey_rules'), dict):
            exported['survey_rules'] = {k: v for k, v in exported['survey_rules'].items() if k in CSAT_RULE_OPTIONS}
        return exported


def normalise_flags(flags):
    return [f for f in FEATURE_FLAGS if f in flags]


def inbox_field(name, kind='str', **kwargs):
    """A top-level inbox option. Strings get Chatwoot's "null" rule."""
    checks = (not_null_string,) + tuple(kwargs.pop('checks', ())) if kind == 'str' else kwargs.pop('checks', ())
    return Field(name, dict({'type': kind}, **kwargs.pop('spec', {})), checks=checks, **kwargs)


def channel_field(name, kind='str', **kwargs):
    return Field(name, dict({'type': kind}, **kwargs.pop('spec', {})), scope='channel', **kwargs)


def secret(name):
    """A credential Chatwoot generates or renders: never in results, diffs or messages unless asked for."""
    return Field(name, secret=True)


INBOX = Resource(
    'inbox', 'inboxes', plural='inboxes', list_key='payload', variants=CHANNELS, new_object=new_inbox_defaults, async_delete=True,
    not_found_hint=' (an agent token sees only the inboxes its user is a member of)',
    fields=(
        inbox_field('name', checks=(not_empty,), column='string'),
        inbox_field('greeting_enabled', 'bool'),
        inbox_field('greeting_message', checks=(max_length(MESSAGE_MAX_LENGTH),)),
        inbox_field('enable_email_collect', 'bool'),
        inbox_field('csat_survey_enabled', 'bool'),
        inbox_field('csat_config', 'dict', spec={'options': CSAT_OPTIONS}, normalise=csat_of_options, compare=CsatConfig()),
        inbox_field('enable_auto_assignment', 'bool'),
        inbox_field('working_hours_enabled', 'bool'),
        inbox_field('out_of_office_message', checks=(max_length(MESSAGE_MAX_LENGTH),)),
        inbox_field('timezone', checks=(iana_timezone,)),
        inbox_field('allow_messages_after_resolved', 'bool'),
        inbox_field('lock_to_single_conversation', 'bool'),
        # Chatwoot never echoes portal_id, only help_center {name, slug}: a linked portal is taken as the one asked for.
        inbox_field('portal_id', 'int', compare=PresenceOf('help_center')),
        inbox_field('sender_name_type', spec={'choices': list(SENDER_NAME_TYPES)}),
        inbox_field('business_name', column='string'),
        Field('working_hours', {'type': 'list', 'elements': 'dict', 'options': DAY_OPTIONS}, checks=(check_week,),
              normalise=normalise_week, compare=WorkingHours(), on_create=False),
        channel_field('website_url', checks=(not_empty,), column='string'),
        channel_field('welcome_title', column='string'),
        channel_field('welcome_tagline', column='string'),
        channel_field('widget_color', checks=(not_empty, matches(COLOR_PATTERN, 'a colour like #1f93ff or #19f'))),
        channel_field('reply_time', spec={'choices': list(REPLY_TIMES)}),
        channel_field('selected_feature_flags', 'list', spec={'elements': 'str', 'choices': list(FEATURE_FLAGS)}, normalise=normalise_flags),
        channel_field('hmac_mandatory', 'bool'),
        channel_field('pre_chat_form_enabled', 'bool'),
        channel_field('pre_chat_form_options', 'dict', spec={'options': PRE_CHAT_OPTIONS}, normalise=normalise_pre_chat),
        channel_field('continuity_via_email', 'bool'),
        channel_field('allowed_domains', column='text'),
        channel_field('webhook_url', checks=(max_length(WEBHOOK_URL_MAX_LENGTH, '%(label)s is longer than %(limit)d characters.'),)),
        channel_field('additional_attributes', 'dict'),
        channel_field('phone_number'),
        channel_field('tweets_enabled', 'bool'),
        secret('hmac_token'), secret('secret'),
        # Credentials of channel types the module reads but does not write yet.
        secret('imap_password'), secret('smtp_password'), secret('auth_token'), secret('api_key_sid'), secret('provider_config'),
    ),
)


def desired_state(params):
    """(channel type or None, the desired inbox keys); unset options are absent."""
    return INBOX.variant_of(params), INBOX.desired(params)


def changed_fields(desired, inbox):
    return INBOX.changes(desired, inbox)


def predict(inbox, changes):
    return INBOX.predict(inbox, changes)


def create_payload(channel_type, desired):
    return INBOX.create_request(channel_type, desired)[1]


def update_payload(changes):
    return INBOX.update_payload(changes)


def managed_view(inbox, desired):
    return INBOX.view(inbox, desired)


def without_secrets(inbox, keep_secrets=False):
    return INBOX.mask(inbox, keep_secrets)
