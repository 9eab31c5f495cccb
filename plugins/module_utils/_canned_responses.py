# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The canned response resource (Chatwoot's app/models/canned_response.rb, canned_responses_controller.rb).

short_code is unique per account and compared exactly; content is required. Attachments are not part of the
JSON API and are left alone.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

CANNED_RESPONSE = Resource(
    'canned_response', 'canned_responses', natural_key='short_code', required=('content',),
    new_object=lambda variant: {'id': None, 'account_id': None, 'short_code': None, 'content': None},
    fields=(
        Field('short_code', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('content', {'type': 'str'}, checks=(not_empty,), column='text'),
    ),
)
