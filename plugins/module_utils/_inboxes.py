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

from ansible_collections.community.chatwoot.plugins.module_utils._fields import (
    Equal, Field, PerVariant, PresenceOf, matches, max_length, not_empty,
)
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_channels import CHANNELS, DEFAULT_PRE_CHAT_FORM_OPTIONS, FEATURE_FLAGS
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._working_hours import (
    DAY_OPTIONS, WorkingHours, check_week, default_week, normalise_week,
)

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


def inbox_field(name, option_type='str', **kwargs):
    """A top-level inbox option. Strings get Chatwoot's "null" rule."""
    checks = (not_null_string,) + tuple(kwargs.pop('checks', ())) if option_type == 'str' else kwargs.pop('checks', ())
    return Field(name, dict({'type': option_type}, **kwargs.pop('spec', {})), checks=checks, **kwargs)


def channel_field(name, option_type='str', **kwargs):
    return Field(name, dict({'type': option_type}, **kwargs.pop('spec', {})), scope='channel', **kwargs)


def secret(name, new=None):
    """A credential Chatwoot generates or renders: never in results, diffs or messages unless asked for."""
    return Field(name, secret=True, new=new)


def rendered(name, new):
    """A key Chatwoot renders that no option sets, with its value in a new inbox."""
    return Field(name, new=new)


WEB, API_ONLY = ('web_widget',), ('api',)


# Each row with what Chatwoot v4.15 renders for a new inbox, to an administrator (`new`; PerVariant when it depends
# on the channel type), and the channel types whose option it is (`variants`; a type's own rows are in
# _inbox_channels).
INBOX = Resource(
    'inbox', 'inboxes', plural='inboxes', list_key='payload', variants=CHANNELS, async_delete=True,
    not_found_hint=' (an agent token sees only the inboxes its user is a member of)',
    fields=(
        rendered('id', None), rendered('avatar_url', ''), rendered('channel_id', None),
        rendered('channel_type', PerVariant(**{name: variant.api_name for name, variant in CHANNELS.by_name.items()})),
        inbox_field('name', checks=(not_empty,), column='string', new=None),
        inbox_field('greeting_enabled', 'bool', new=False),
        inbox_field('greeting_message', checks=(max_length(MESSAGE_MAX_LENGTH),), new=None),
        inbox_field('enable_email_collect', 'bool', new=True),
        inbox_field('csat_survey_enabled', 'bool', new=False),
        inbox_field('csat_config', 'dict', spec={'options': CSAT_OPTIONS}, normalise=csat_of_options, compare=CsatConfig(), new={}),
        inbox_field('enable_auto_assignment', 'bool', new=True),
        rendered('auto_assignment_config', {}),
        inbox_field('working_hours_enabled', 'bool', new=False),
        inbox_field('out_of_office_message', checks=(max_length(MESSAGE_MAX_LENGTH),), new=None),
        inbox_field('timezone', checks=(iana_timezone,), new='UTC'),
        rendered('callback_webhook_url', None),
        inbox_field('allow_messages_after_resolved', 'bool', new=True),
        inbox_field('lock_to_single_conversation', 'bool', new=False),
        # Chatwoot never echoes portal_id, only help_center {name, slug}: a linked portal is taken as the one asked for.
        inbox_field('portal_id', 'int', compare=PresenceOf('help_center')),
        inbox_field('sender_name_type', spec={'choices': list(SENDER_NAME_TYPES)}, new='friendly'),
        inbox_field('business_name', column='string', new=None),
        Field('working_hours', {'type': 'list', 'elements': 'dict', 'options': DAY_OPTIONS}, checks=(check_week,),
              normalise=normalise_week, compare=WorkingHours(), on_create=False, new=default_week()),
        channel_field('website_url', checks=(not_empty,), column='string', variants=WEB, new=None),
        channel_field('welcome_title', column='string', variants=WEB, new=None),
        channel_field('welcome_tagline', column='string', variants=WEB, new=None),
        channel_field('widget_color', checks=(not_empty, matches(COLOR_PATTERN, 'a colour like #1f93ff or #19f')), variants=WEB,
                      new=PerVariant(None, web_widget='#1f93ff')),
        channel_field('reply_time', spec={'choices': list(REPLY_TIMES)}, variants=WEB, new=PerVariant(None, web_widget='in_a_few_minutes')),
        channel_field('selected_feature_flags', 'list', spec={'elements': 'str', 'choices': list(FEATURE_FLAGS)}, normalise=normalise_flags,
                      variants=WEB, new=PerVariant(None, web_widget=list(FEATURE_FLAGS[:3]))),
        channel_field('webhook_url', checks=(max_length(WEBHOOK_URL_MAX_LENGTH, '%(label)s is longer than %(limit)d characters.'),),
                      variants=API_ONLY, new=PerVariant(api=None)),
        channel_field('hmac_mandatory', 'bool', variants=WEB + API_ONLY, new=PerVariant(None, web_widget=False, api=False)),
        channel_field('additional_attributes', 'dict', variants=API_ONLY, new=PerVariant(api={})),
        channel_field('pre_chat_form_enabled', 'bool', variants=WEB, new=PerVariant(web_widget=False)),
        channel_field('pre_chat_form_options', 'dict', spec={'options': PRE_CHAT_OPTIONS}, normalise=normalise_pre_chat, variants=WEB,
                      new=PerVariant(web_widget=DEFAULT_PRE_CHAT_FORM_OPTIONS)),
        channel_field('continuity_via_email', 'bool', variants=WEB, new=PerVariant(web_widget=True)),
        channel_field('allowed_domains', column='text', variants=WEB, new=PerVariant(None, web_widget='')),
        channel_field('phone_number', variants=('sms', 'whatsapp'), new=None),
        channel_field('tweets_enabled', 'bool', variants=('twitter',)),
        rendered('web_widget_script', None), rendered('website_token', None), rendered('messaging_service_sid', None),
        rendered('provider', PerVariant(None, sms='default')),
        rendered('inbox_identifier', PerVariant(api=None)), rendered('bot_name', PerVariant(telegram=None)),
        rendered('forwarding_enabled', PerVariant(email=False)), rendered('message_templates', PerVariant(whatsapp={})),
        rendered('reauthorization_required', PerVariant(whatsapp=False)), rendered('content_templates', PerVariant(twilio={})),
        rendered('voice_enabled', PerVariant(twilio=False)), rendered('inbound_calls_enabled', PerVariant(twilio=True)),
        rendered('voice_configured', PerVariant(twilio=False)), rendered('has_api_key_secret', PerVariant(twilio=False)),
        secret('hmac_token', PerVariant(web_widget=None, api=None)), secret('secret', PerVariant(api=None)),
        # Credentials of channel types the module reads but does not write yet.
        secret('imap_password', PerVariant()), secret('smtp_password', PerVariant()), secret('auth_token', PerVariant()),
        secret('api_key_sid', PerVariant()), secret('provider_config', PerVariant()),
    ),
)


def new_inbox_defaults(channel_type):
    """A new inbox as Chatwoot v4.15 renders it to an administrator, generated values left null."""
    return INBOX.new_object(channel_type)


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
