# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The custom attribute definition resource (Chatwoot's app/models/custom_attribute_definition.rb and its controller).

An attribute is found by (attribute_key, attribute_model): the index lists one model at a time
(?attribute_model=). Chatwoot takes the enums as integers or names and renders names; the module uses names.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, matches, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

# company_attribute since Chatwoot v4.14.0; older versions answer it with an internal server error.
MODELS = ('conversation_attribute', 'contact_attribute', 'company_attribute')
DISPLAY_TYPES = ('text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox')
# Ruby's /\A[\p{L}\p{N}_.-]+\z/ for attribute_key
KEY_PATTERN = re.compile(r'^[\w.-]+\Z')


def model_name(value):
    """conversation, contact and company are accepted for Chatwoot's conversation_attribute, ... ."""
    return value if value.endswith('_attribute') else value + '_attribute'


CUSTOM_ATTRIBUTE = Resource(
    'custom_attribute', 'custom_attribute_definitions', natural_key='attribute_key', list_query=('attribute_model',),
    required=('attribute_display_name', 'attribute_display_type'),
    new_object=lambda variant: {'id': None, 'attribute_display_name': None, 'attribute_display_type': None, 'attribute_description': None,
                                'attribute_key': None, 'regex_pattern': None, 'regex_cue': None, 'attribute_values': [],
                                'attribute_model': None, 'default_value': None},
    fields=(
        Field('attribute_key', {'type': 'str', 'no_log': False}, checks=(not_empty, matches(KEY_PATTERN, 'letters, digits, _, . and - only')),
              column='string'),
        Field('attribute_model', {'type': 'str', 'required': True, 'choices': list(MODELS) + ['conversation', 'contact', 'company']},
              normalise=model_name),
        Field('attribute_display_name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('attribute_display_type', {'type': 'str', 'choices': list(DISPLAY_TYPES)}),
        Field('attribute_description', {'type': 'str'}, column='text'),
        Field('attribute_values', {'type': 'list', 'elements': 'str'}),
        Field('regex_pattern', {'type': 'str'}, column='string'),
        Field('regex_cue', {'type': 'str'}, column='string'),
    ),
)
