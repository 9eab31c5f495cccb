# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reading inboxes: the account's list, filtered by id or exact name, without secrets unless asked for.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import InboxOptionError, without_secrets
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_resource import Inboxes


def select_inboxes(inboxes, inbox_id=None, name=None):
    """The inboxes with this id and/or exactly this name, in Chatwoot's order."""
    return [i for i in inboxes if (inbox_id is None or i['id'] == inbox_id) and (name is None or i['name'] == name)]


def inbox_info(client, params):
    """The module result: `inboxes`, never changed. An id that matches no inbox is an error; a name, an empty list."""
    inbox_id, name = params.get('id'), params.get('name')
    selected = select_inboxes(Inboxes(client).list(), inbox_id, name)
    if inbox_id is not None and not selected:
        raise InboxOptionError('There is no inbox with id %s%s in account %s (an agent token sees only the inboxes its user is a '
                               'member of).' % (inbox_id, '' if name is None else ' named %r' % name, client.account_id))
    return {'changed': False, 'inboxes': [without_secrets(i, params.get('return_secrets')) for i in selected]}
