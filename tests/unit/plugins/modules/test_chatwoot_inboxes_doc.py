# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""chatwoot_inboxes documents each entry of its inboxes option as chatwoot_inbox documents its options.

validate-modules checks names, types, choices and defaults against the argument spec (derived from INBOX for both
modules); this test keeps the descriptions the same too. tests/utils/inbox_option_copies.py writes the copy.
"""

from __future__ import annotations

import re

import yaml

from ansible_collections.community.chatwoot.plugins.module_utils._ensure_many import SHARED_OPTIONS
from ansible_collections.community.chatwoot.plugins.modules import chatwoot_inbox, chatwoot_inboxes


def as_entry_options(options):
    """chatwoot_inbox's options as suboptions of inboxes: O(name) becomes O(inboxes[].name), RV(inbox.id) RV(inboxes[].id)."""
    names = set(options) - set(SHARED_OPTIONS)

    def rewrite(value):
        if isinstance(value, str):
            value = re.sub(r'O\(([a-z_]+)([^)]*)\)',
                           lambda m: 'O(inboxes[].%s%s)' % m.groups() if m.group(1) in names else m.group(0), value)
            return re.sub(r'RV\(inbox\.', 'RV(inboxes[].', value)
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        if isinstance(value, dict):
            return {k: rewrite(v) for k, v in value.items()}
        return value

    return {k: rewrite(v) for k, v in options.items() if k not in SHARED_OPTIONS}


def test_entries_are_documented_as_chatwoot_inbox_options():
    one = yaml.safe_load(chatwoot_inbox.DOCUMENTATION)['options']
    many = yaml.safe_load(chatwoot_inboxes.DOCUMENTATION)['options']
    expected = as_entry_options(one)
    assert many['inboxes']['suboptions'] == expected, (
        'chatwoot_inboxes documents inboxes.suboptions as a copy of the options of chatwoot_inbox: run '
        'tests/utils/inbox_option_copies.py --write')
    for key in SHARED_OPTIONS:
        assert (key in many) == (key in one)
