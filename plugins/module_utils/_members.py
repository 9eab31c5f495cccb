# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents of a parent object (an inbox, a team), and bringing that set of users to a state.

Chatwoot's member endpoints share one shape: with a body holding `user_ids`, POST adds (ids already members are
skipped), PATCH replaces the set (an empty list removes every member) and DELETE removes (non-members are
ignored). All writes need an administrator.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._agent_references import Agents, labels, parse_references, resolve
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

# state -> the request that brings the members there
METHODS = {'present': 'POST', 'absent': 'DELETE', 'exact': 'PATCH'}


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


class Membership:
    """The member endpoints of one kind of parent.

    parent: the parent's Resource; modules name the parent with the options <noun> and <noun>_id.
    list_path, write_path: parent id -> path under the account; body: (parent id, user ids) -> request body.
    list_key: the key of the member list in the index answer (None: a bare list).
    answers_members: whether POST and PATCH answer with every member after the change; if not, they are re-read.
    """

    def __init__(self, parent, list_path, write_path, body, list_key=None, answers_members=False):
        self.parent = parent
        self.list_path = list_path
        self.write_path = write_path
        self.body = body
        self.list_key = list_key
        self.answers_members = answers_members

    def argument_spec(self):
        return dict(
            self.parent.reference_argument_spec(),
            agents={'type': 'list', 'elements': 'raw', 'required': True},
            state={'type': 'str', 'choices': ['present', 'exact', 'absent'], 'default': 'present'},
        )

    def required_one_of(self):
        return [(self.parent.noun, self.parent.noun + '_id')]

    def list(self, client, parent_id):
        body = client.request('GET', client.account_path(self.list_path(parent_id)))
        return ((body or {}).get(self.list_key) if self.list_key else body) or []

    def write(self, client, method, parent_id, user_ids):
        body = client.request(method, client.account_path(self.write_path(parent_id)), self.body(parent_id, user_ids))
        if self.answers_members and isinstance(body, dict) and self.list_key in body:
            return body[self.list_key]
        return self.list(client, parent_id)

    def bring(self, client, parent_id, references, state, check_mode, agents, option='agents'):
        """Bring the agents of one parent to a state: the one path of chatwoot_<parent>_members and of the account's
        `agents` of inboxes and teams. Returns (changed, members before, members after).

        parent_id: None for a parent that check mode would create (it has no members yet). references: the pairs of
        parse_references. agents: the account's agents, resolved before anything else is read; or a callable that
        reads them, called only when a reference names someone who is not a member yet, so that a no-op reads the
        members alone.
        """
        if not callable(agents):
            wanted = resolve(references, agents, client.account_id, option)
        before = self.list(client, parent_id) if parent_id is not None else []
        if callable(agents):
            try:
                wanted = resolve(references, before, client.account_id, option)
                agents = None
            except OptionError:
                agents = agents()
                wanted = resolve(references, agents, client.account_id, option)
        change = plan(state, [a['id'] for a in before], wanted)
        after = before
        if change is not None:
            user_ids, after_ids = change
            after = predict(before if agents is None else agents, after_ids)
            if not check_mode:
                after = self.write(client, METHODS[state], parent_id, user_ids)
        return change is not None, before, after

    def ensure(self, client, params, check_mode):
        """Bring the parent's agents to params['state']; return the module result (changed, agents, <noun>_id, diff)."""
        noun = self.parent.noun
        references = parse_references(params['agents'])
        parent = ResourceClient(self.parent, client).target(params.get(noun + '_id'), params.get(noun), id_option=noun + '_id')
        changed, before, after = self.bring(client, parent['id'], references, params['state'], check_mode, Agents(client).list())
        return {
            'changed': changed,
            noun + '_id': parent['id'],
            'agents': after,
            'diff': {'before': {'agents': labels(before)}, 'after': {'agents': labels(after)}},
        }
