# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The account's own settings: GET and PATCH /api/v1/accounts/{id}, a singleton.

Chatwoot's accounts_controller.rb#update takes every option flat. It assigns name, locale, domain and support_email
(columns), merges industry, company_size and timezone into custom_attributes, and auto_resolve_* into settings; the
JSON (_account.json.jbuilder) returns the last six nested in those two hashes, so they compare at their path there.
It renders custom_attributes only when present, each of the three only when not blank, and support_email falls back
to the installation's sender address when blank (Account#support_email). Validations (account.rb,
application_record.rb, SETTINGS_PARAMS_SCHEMA): name and support_email at most 255 characters (the support_email
column holds 100), domain at most 100, auto_resolve_after an integer from 10 to 1439856 or null; an unknown locale is
an ArgumentError, a 500. The module checks all of it before any request that writes.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, Nested, max_length, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

# config/initializers/languages.rb: LANGUAGES_CONFIG's enabled iso_639_1_code values, the names of Account's locale enum.
LOCALES = ('en', 'ar', 'nl', 'fr', 'de', 'it', 'ja', 'ko', 'pt', 'ru', 'es', 'ml', 'ca', 'el', 'pt_BR', 'ro', 'ta', 'fa',
           'zh_TW', 'vi', 'da', 'tr', 'cs', 'fi', 'id', 'sv', 'hu', 'no', 'zh_CN', 'pl', 'sk', 'uk', 'th', 'lv', 'is', 'he',
           'lt', 'sr', 'bg', 'et')

# Account::SETTINGS_PARAMS_SCHEMA: auto_resolve_after is minutes, 10 to 1439856 (999 days), or null for off.
AUTO_RESOLVE_MIN, AUTO_RESOLVE_MAX = 10, 1439856
AUTO_RESOLVE_OFF = 0

# The keys _account.json.jbuilder renders in custom_attributes as soon as the hash holds anything.
CUSTOM_ATTRIBUTES_SHOWN = {'plan_name': None, 'subscribed_quantity': None, 'subscription_status': None,
                           'subscription_ends_on': None}


def auto_resolve_range(label, value):
    if value != AUTO_RESOLVE_OFF and not AUTO_RESOLVE_MIN <= value <= AUTO_RESOLVE_MAX:
        raise OptionError('%s must be %d (off) or between %d and %d minutes, got %s.'
                          % (label, AUTO_RESOLVE_OFF, AUTO_RESOLVE_MIN, AUTO_RESOLVE_MAX, value))


def support_email_set(label, value):
    if not value.strip():
        raise OptionError("%s must not be empty: Chatwoot then shows the installation's sender address instead, which the "
                          'module cannot tell from an address set here.' % label)


def _setting(name):
    return Nested(('settings', name))


def _custom_attribute(name):
    return Nested(('custom_attributes', name), container=CUSTOM_ATTRIBUTES_SHOWN, blank_is_absent=True)


ACCOUNT = Resource(
    'account', '',
    fields=(
        Field('name', {'type': 'str'}, checks=(not_empty, max_length(255))),
        Field('locale', {'type': 'str', 'choices': list(LOCALES)}),
        Field('domain', {'type': 'str'}, checks=(max_length(100),)),
        Field('support_email', {'type': 'str'}, checks=(support_email_set, max_length(100))),
        Field('auto_resolve_after', {'type': 'int'}, checks=(auto_resolve_range,),
              compare=Nested(('settings', 'auto_resolve_after'), null_value=AUTO_RESOLVE_OFF)),
        Field('auto_resolve_message', {'type': 'str'}, compare=_setting('auto_resolve_message')),
        Field('auto_resolve_ignore_waiting', {'type': 'bool'}, compare=_setting('auto_resolve_ignore_waiting')),
        Field('auto_resolve_label', {'type': 'str'}, compare=_setting('auto_resolve_label')),
        Field('audio_transcriptions', {'type': 'bool'}, compare=_setting('audio_transcriptions')),
        Field('industry', {'type': 'str'}, compare=_custom_attribute('industry')),
        Field('company_size', {'type': 'str'}, compare=_custom_attribute('company_size')),
        Field('timezone', {'type': 'str'}, compare=_custom_attribute('timezone')),
    ),
)
