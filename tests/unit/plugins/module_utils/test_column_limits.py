# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Chatwoot's generic length limits (a string column 255 characters, a text column 20000) fail before any request."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._account import KINDS
from ansible_collections.community.chatwoot.plugins.module_utils._fields import COLUMN_LIMITS
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError

# (kind, option) -> column type, as db/schema.rb of Chatwoot v4.15.1 has them
EXPECTED = {
    ('agents', 'name'): 'string', ('labels', 'title'): 'string', ('labels', 'description'): 'text',
    ('teams', 'name'): 'string', ('teams', 'description'): 'text', ('canned_responses', 'short_code'): 'string',
    ('canned_responses', 'content'): 'text', ('webhooks', 'url'): 'text', ('webhooks', 'name'): 'string',
    ('custom_attributes', 'attribute_display_name'): 'string', ('custom_attributes', 'attribute_key'): 'string',
    ('custom_attributes', 'attribute_description'): 'text', ('custom_attributes', 'regex_pattern'): 'string',
    ('custom_attributes', 'regex_cue'): 'string', ('agent_bots', 'name'): 'string', ('agent_bots', 'description'): 'string',
    ('inboxes', 'name'): 'string', ('inboxes', 'business_name'): 'string', ('inboxes', 'website_url'): 'string',
    ('inboxes', 'welcome_title'): 'string', ('inboxes', 'welcome_tagline'): 'string', ('inboxes', 'allowed_domains'): 'text',
    ('macros', 'name'): 'string', ('automation_rules', 'name'): 'string', ('automation_rules', 'description'): 'text',
}
BY_NAME = {kind.name: kind for kind in KINDS}


@pytest.mark.parametrize('kind, option', sorted(EXPECTED))
def test_a_value_over_its_column_limit_fails_naming_the_option(kind, option):
    field = BY_NAME[kind].resource.field(option)
    limit = COLUMN_LIMITS[EXPECTED[kind, option]]
    valid = 'https://a.example/' + 'p' * (limit - 18) if option in ('url', 'website_url') else 'ab' + 'c' * (limit - 2)
    for check in field.checks:
        check(field.label, valid)
    with pytest.raises(OptionError, match=r'%s is %d characters long; Chatwoot allows at most %d\.' % (field.label, limit + 1, limit)):
        for check in field.checks:
            check(field.label, valid + 'c')
