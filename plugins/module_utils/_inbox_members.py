# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents of an inbox: Chatwoot's `inbox_members` endpoints, and bringing the member set to a state.

`GET inbox_members/{inbox_id}` lists the members (`{"payload": [agent, ...]}`); with a body
`{"inbox_id": N, "user_ids": [...]}`, `POST inbox_members` adds (ids already members are skipped),
`PATCH inbox_members` replaces the set (an empty list removes every member) and `DELETE inbox_members`
removes (non-members are ignored). POST and PATCH answer with every member after the change, DELETE
with an empty body. All writes need an administrator.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._agents import Agents, labels, parse_references, resolve
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

# state -> the request that brings the members there
METHODS = {'present': 'POST', 'absent': 'DELETE', 'exact': 'PATCH'}


class InboxMembers:
    """The member endpoints of one account."""

    def __init__(self, client):
        self.client = client

    def list(self, inbox_id):
        return (self.client.request('GET', self.client.account_path('inbox_members/%s' % inbox_id)) or {}).get('payload') or []

    def write(self, method, inbox_id, user_ids):
        """POST, PATCH or DELETE; the members after the change when Chatwoot returns them, else None."""
        body = self.client.request(method, self.client.account_path('inbox_members'), {'inbox_id': inbox_id, 'user_ids': user_ids})
        return body.get('payload') if isinstance(body, dict) and 'payload' in body else None


def plan(state, current_ids, wanted_ids):
    """(user_ids to send, member ids after) for the request that reaches the state, or None when it holds already."""
    current, wanted = set(current_ids), set(wanted_ids)
    if state == 'present':
        missing = sorted(wanted - current)
        return (missing, current | wanted) if missing else None
    if state == 'absent':
        present = sorted(wanted & current)
        return (present, current - wanted) if present else None
    if state == 'exact':
        return (sorted(wanted), wanted) if wanted != current else None
    raise ValueError('unknown state %r' % state)


def predict(agents, member_ids):
    """The members as Chatwoot lists them: the account's users with these ids, in id order."""
    return sorted((a for a in agents if a['id'] in member_ids), key=lambda a: a['id'])


def ensure_members(client, params, check_mode):
    """Bring the inbox's agents to params['state']; return the module result (changed, agents, inbox_id, diff)."""
    references = parse_references(params['agents'])
    inbox = ResourceClient(INBOX, client).target(params.get('inbox_id'), params.get('inbox'), id_option='inbox_id')
    agents = Agents(client).list()
    wanted = resolve(references, agents, client.account_id)
    members = InboxMembers(client)
    before = members.list(inbox['id'])
    change = plan(params['state'], [a['id'] for a in before], wanted)
    after = before
    if change is not None:
        user_ids, after_ids = change
        after = predict(agents, after_ids)
        if not check_mode:
            answered = members.write(METHODS[params['state']], inbox['id'], user_ids)
            after = answered if answered is not None else members.list(inbox['id'])
    return {
        'changed': change is not None,
        'inbox_id': inbox['id'],
        'agents': after,
        'diff': {'before': {'agents': labels(before)}, 'after': {'agents': labels(after)}},
    }
