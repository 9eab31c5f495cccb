# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents of a team: Chatwoot's `teams/{id}/team_members` endpoints (team_members_controller.rb).

GET answers a bare list of the members; POST, PATCH and DELETE take `{"user_ids": [...]}`. POST answers with the
members it added only, so the members are read again after a write.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._members import Membership
from ansible_collections.community.chatwoot.plugins.module_utils._teams import TEAM

TEAM_MEMBERS = Membership(
    TEAM, list_path=lambda team_id: 'teams/%s/team_members' % team_id, write_path=lambda team_id: 'teams/%s/team_members' % team_id,
    body=lambda team_id, user_ids: {'user_ids': user_ids},
)
