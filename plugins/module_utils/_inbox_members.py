# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents of an inbox: Chatwoot's `inbox_members` endpoints.

`GET inbox_members/{inbox_id}` lists the members (`{"payload": [agent, ...]}`); POST, PATCH and DELETE go to
`inbox_members` with `{"inbox_id": N, "user_ids": [...]}`. POST and PATCH answer with every member after the
change, DELETE with an empty body.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._members import Membership

INBOX_MEMBERS = Membership(
    INBOX, list_path=lambda inbox_id: 'inbox_members/%s' % inbox_id, write_path=lambda inbox_id: 'inbox_members',
    body=lambda inbox_id, user_ids: {'inbox_id': inbox_id, 'user_ids': user_ids}, list_key='payload', answers_members=True,
)

ensure_members = INBOX_MEMBERS.ensure
