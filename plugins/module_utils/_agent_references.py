# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents (users) of an account, and naming them in options by e-mail address or user id.

Chatwoot's `GET /api/v1/accounts/{id}/agents` answers a bare JSON array of every user of the account
(administrators included), ordered by name, not paginated; any user of the account may read it.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import id_or_key


class AgentOptionError(OptionError):
    """An option names agents that are not agents of the account, or is not an e-mail address or a user id."""


class Agents:
    """The agent list of one account."""

    def __init__(self, client):
        self.client = client

    def list(self):
        return self.client.request('GET', self.client.account_path('agents')) or []


def parse_references(values, option='agents'):
    """Each value as ('id', int) or ('email', lower-case str); bools, blanks and other strings are errors."""
    references = []
    for index, value in enumerate(values or []):
        where = '%s[%d]' % (option, index)
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise AgentOptionError('%s must be an e-mail address or a numeric user id, got %r.' % (where, value))
        user_id, _email = id_or_key(value)
        text = str(value).strip()
        if user_id is not None:
            references.append(('id', user_id))
        elif '@' in text and not text.startswith('@') and not text.endswith('@'):
            # Chatwoot (Devise) stores e-mail addresses in lower case and looks them up case-insensitively.
            references.append(('email', text.lower()))
        else:
            raise AgentOptionError('%s must be an e-mail address or a numeric user id, got %r.' % (where, value))
    return references


def resolve(references, agents, account_id, option='agents'):
    """The user ids the references name, in order and without repeats; an error naming every unknown one."""
    by_id = {a['id']: a for a in agents}
    by_email = {str(a.get('email') or '').lower(): a for a in agents}
    ids, unknown_emails, unknown_ids = [], [], []
    for kind, value in references:
        agent = by_id.get(value) if kind == 'id' else by_email.get(value)
        if agent is None:
            (unknown_ids if kind == 'id' else unknown_emails).append(value)
        elif agent['id'] not in ids:
            ids.append(agent['id'])
    problems = []
    if unknown_emails:
        problems.append('the e-mail address%s %s' % ('es' if len(unknown_emails) > 1 else '', ', '.join(repr(e) for e in unknown_emails)))
    if unknown_ids:
        problems.append('the user id%s %s' % ('s' if len(unknown_ids) > 1 else '', ', '.join(str(i) for i in unknown_ids)))
    if problems:
        raise AgentOptionError('%s: no agent of account %s has %s; nothing was changed. Invite the user to the account first, '
                               'or correct the entry.' % (option, account_id, ' and '.join(problems)))
    return ids


def labels(agents):
    """Agents as their sorted e-mail addresses (user ids for agents without one), for diffs."""
    return sorted(str(a.get('email') or a.get('id')) for a in agents)
