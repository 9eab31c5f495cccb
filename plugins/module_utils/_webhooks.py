# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The account webhook resource (Chatwoot's app/models/webhook.rb, webhooks_controller.rb, views/.../webhooks).

The url is unique per account and must be http(s); subscriptions are a non-empty subset of the events the model
allows. Chatwoot generates the signing `secret` (4.11.2 and later) and returns it to administrators; it cannot
be set. The index answers {"payload": {"webhooks": [...]}}, create and update {"payload": {"webhook": {...}}}.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, Reference, Unordered, matches, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

# Webhook::ALLOWED_WEBHOOK_EVENTS
EVENTS = ('conversation_created', 'conversation_status_changed', 'conversation_updated', 'contact_created', 'contact_updated',
          'message_created', 'message_updated', 'webwidget_triggered', 'inbox_created', 'inbox_updated', 'conversation_typing_on',
          'conversation_typing_off')
URL_PATTERN = re.compile(r'^https?://[^\s/?#]+[^\s]*\Z', re.IGNORECASE)


def not_empty_list(label, value):
    if not value:
        raise OptionError('%s must name at least one event; Chatwoot refuses a webhook without subscriptions.' % label)


WEBHOOK = Resource(
    'webhook', 'webhooks', natural_key='url', list_key=('payload', 'webhooks'), answer_key=('payload', 'webhook'),
    required=('subscriptions',),
    new_object=lambda variant: {'id': None, 'name': None, 'url': None, 'account_id': None, 'subscriptions': [], 'secret': None},
    fields=(
        Field('url', {'type': 'str'}, checks=(not_empty, matches(URL_PATTERN, 'an http:// or https:// URL')), column='text'),
        Field('name', {'type': 'str'}, column='string'),
        Field('subscriptions', {'type': 'list', 'elements': 'str', 'choices': list(EVENTS)}, checks=(not_empty_list,), compare=Unordered()),
        Field('inbox', {'type': 'raw'}, reference=INBOX, compare=Reference('inbox_id')),
        Field('secret', secret=True),
    ),
)
