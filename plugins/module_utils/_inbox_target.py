# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The existing inbox a module works on, chosen by the options `inbox` (name) or `inbox_id`.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import InboxOptionError
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_resource import Inboxes

# Documented in the community.chatwoot.inbox_reference doc fragment.
INBOX_REFERENCE_SPEC = {'inbox': {'type': 'str'}, 'inbox_id': {'type': 'int'}}
INBOX_REFERENCE_REQUIRED = [('inbox', 'inbox_id')]


def target_inbox(client, inbox_id=None, name=None):
    """The inbox with this id, else with exactly this name; an InboxOptionError when there is none or several."""
    inbox = Inboxes(client).find(inbox_id, name, id_option='inbox_id')
    if inbox is not None:
        return inbox
    if inbox_id is not None:
        what = 'with id %s' % inbox_id
    else:
        what = 'named %r' % name
    raise InboxOptionError('There is no inbox %s in account %s (an agent token sees only the inboxes its user is a member of).'
                           % (what, client.account_id))
