# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The team resource (Chatwoot's app/models/team.rb, teams_controller.rb, views/api/v1/models/_team).

Chatwoot stores a team name in lower case, unique per account, so a case-only difference is no change.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

TEAM = Resource(
    'team', 'teams', fold=str.lower,
    new_object=lambda variant: {'id': None, 'name': None, 'description': None, 'allow_auto_assign': True, 'account_id': None,
                                'is_member': False},
    fields=(
        Field('name', {'type': 'str'}, normalise=str.lower, checks=(not_empty,), column='string'),
        Field('description', {'type': 'str'}, column='text'),
        Field('allow_auto_assign', {'type': 'bool'}),
    ),
)
