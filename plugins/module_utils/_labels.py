# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The label resource (Chatwoot's app/models/label.rb, labels_controller.rb, views/api/v1/accounts/labels).

Chatwoot stores a title in lower case, unique per account, of letters, digits, '-' and '_' only. A rename
(PATCH of the title) re-tags the conversations, so an existing label is renamed, never deleted and re-created.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, matches, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

# lib/regex_helper.rb UNICODE_CHARACTER_NUMBER_HYPHEN_UNDERSCORE, /\A[\p{L}\p{N}]+[\p{L}\p{N}_-]+\Z/: at least two
# characters, the first a letter or digit.
TITLE_PATTERN = re.compile(r'^[^\W_][\w-]+\Z')

LABEL = Resource(
    'label', 'labels', natural_key='title', fold=str.lower, list_key='payload',
    new_object=lambda variant: {'id': None, 'title': None, 'description': None, 'color': '#1f93ff', 'show_on_sidebar': None},
    fields=(
        Field('title', {'type': 'str'}, normalise=str.lower,
              checks=(not_empty, matches(TITLE_PATTERN, 'two or more letters, digits, - and _, starting with a letter or digit')),
              column='string'),
        Field('description', {'type': 'str'}, column='text'),
        Field('color', {'type': 'str'}, checks=(not_empty,)),
        Field('show_on_sidebar', {'type': 'bool'}),
    ),
)
