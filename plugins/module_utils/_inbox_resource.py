# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Chatwoot's inbox endpoints, and bringing one inbox to the state the options describe.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import time

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import UNCERTAIN_STATUSES, ChatwootError
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import (
    CHANNEL_FIELDS, InboxOptionError, changed_fields, channel_type_of, check_channel_fields, check_working_hours,
    create_payload, default_week, desired_state, is_channel_field, managed_view, new_inbox_defaults, predict, update_payload, without_secrets,
)

POLL_FIRST_INTERVAL = 0.25
POLL_MAX_INTERVAL = 2.0


class Inboxes:
    """The inbox endpoints of one account."""

    def __init__(self, client):
        self.client = client

    def _path(self, suffix=''):
        return self.client.account_path('inboxes' + suffix)

    def list(self):
        # Chatwoot's index is not paginated: one request returns every inbox the token may see.
        return self.client.request('GET', self._path())['payload']

    def find(self, inbox_id=None, name=None, id_option='id'):
        """The inbox with this id, else the one with exactly this name; None if there is none; an error if several.

        id_option is the module's name for the id option, for the message that asks for it.
        """
        inboxes = self.list()
        if inbox_id is not None:
            return next((i for i in inboxes if i['id'] == inbox_id), None)
        matches = [i for i in inboxes if i['name'] == name]
        if len(matches) > 1:
            raise InboxOptionError('%d inboxes are named %r (ids %s); set %s to say which one to manage.'
                                   % (len(matches), name, ', '.join(str(i['id']) for i in matches), id_option))
        return matches[0] if matches else None

    def exists(self, inbox_id):
        try:
            self.client.request('GET', self._path('/%s' % inbox_id))
        except ChatwootError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def create(self, payload):
        return self.client.request('POST', self._path(), payload)

    def update(self, inbox_id, payload):
        return self.client.request('PATCH', self._path('/%s' % inbox_id), payload)

    def delete(self, inbox_id):
        return self.client.request('DELETE', self._path('/%s' % inbox_id))

    def wait_until_gone(self, inbox_id, timeout):
        """Chatwoot deletes in a background job: poll until the inbox answers 404, or give up after timeout seconds."""
        deadline = time.monotonic() + timeout
        interval = POLL_FIRST_INTERVAL
        while self.exists(inbox_id):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(interval, remaining))
            interval = min(interval * 2, POLL_MAX_INTERVAL)
        return True


def ensure_inbox(client, params, check_mode):
    """Bring the inbox to params['state']; return the module result (changed, inbox, diff)."""
    inboxes = Inboxes(client)
    channel_type, desired = desired_state(params)
    inbox = inboxes.find(params.get('id'), params.get('name'))
    if params['state'] == 'absent':
        return _absent(inboxes, inbox, desired, params, check_mode)
    if inbox is None:
        if params.get('id') is not None:
            raise InboxOptionError('There is no inbox with id %s in account %s; to create an inbox, leave id unset.'
                                   % (params['id'], client.account_id))
        return _create(inboxes, channel_type or 'web_widget', desired, params, check_mode)
    return _update(inboxes, inbox, channel_type, desired, params, check_mode)


def _create(inboxes, channel_type, desired, params, check_mode):
    check_channel_fields(channel_type, desired)
    if channel_type == 'web_widget' and 'website_url' not in desired:
        raise InboxOptionError('channel.website_url is required to create a web_widget inbox.')
    if 'working_hours' in desired:
        check_working_hours(default_week(), desired['working_hours'])
    inbox = predict(new_inbox_defaults(channel_type), desired)
    warnings = []
    if not check_mode:
        inbox = _create_once(inboxes, create_payload(channel_type, desired), warnings)
        # Chatwoot ignores working hours on create; they are set by the update that follows.
        hours = desired.get('working_hours')
        changes = changed_fields({'working_hours': hours}, inbox) if hours else None
        if changes:
            inbox = inboxes.update(inbox['id'], update_payload(changes))
    return dict(_result(True, inbox, {}, inbox, desired, params), warnings=warnings)


def _create_once(inboxes, payload, warnings):
    """POST the inbox. If the answer is lost, the inbox may exist all the same: adopt it rather than leave a twin behind."""
    try:
        return inboxes.create(payload)
    except ChatwootError as exc:
        if exc.status not in UNCERTAIN_STATUSES:  # Chatwoot answered: nothing to guess
            raise
        created = inboxes.find(name=payload['name'])
        if created is None:
            raise ChatwootError('%s No inbox named %r exists afterwards, so none was created; run again.' % (exc.message, payload['name']),
                                exc.method, exc.path) from None
        warnings.append('%s Chatwoot had created inbox %s all the same: it was adopted, not created twice.' % (exc.message, created['id']))
        return created


def _update(inboxes, inbox, channel_type, desired, params, check_mode):
    current_type = channel_type_of(inbox)
    if channel_type and channel_type != current_type:
        raise InboxOptionError('Inbox %s (%r) is a %s inbox; Chatwoot cannot change the channel type of an inbox. Delete it '
                               '(state: absent) and create it again to change the type.' % (inbox['id'], inbox['name'], inbox['channel_type']))
    if current_type in CHANNEL_FIELDS:
        check_channel_fields(current_type, desired)
    elif any(is_channel_field(key) for key in desired):
        raise InboxOptionError('Inbox %s is a %s inbox; this module manages the channel options of web_widget and api inboxes only.'
                               % (inbox['id'], inbox['channel_type']))
    if 'working_hours' in desired:
        check_working_hours(inbox.get('working_hours'), desired['working_hours'])
    changes = changed_fields(desired, inbox)
    if not changes:
        return _result(False, inbox, inbox, inbox, desired, params)
    after = predict(inbox, changes) if check_mode else inboxes.update(inbox['id'], update_payload(changes))
    return _result(True, after, inbox, after, desired, params)


def _absent(inboxes, inbox, desired, params, check_mode):
    if inbox is None:
        return {'changed': False, 'inbox': {}, 'diff': {'before': {}, 'after': {}}}
    if not check_mode:
        inboxes.delete(inbox['id'])
        if params['wait'] and not inboxes.wait_until_gone(inbox['id'], params['wait_timeout']):
            raise ChatwootError('Chatwoot accepted the deletion of inbox %s (%r), but it still exists after %s seconds: Chatwoot '
                                'deletes inboxes in a background job, which needs its Sidekiq worker. Check the worker, then run '
                                'again, or raise wait_timeout.' % (inbox['id'], inbox['name'], params['wait_timeout']))
    return _result(True, inbox, inbox, {}, desired, params)


def _result(changed, inbox, before, after, desired, params):
    return {
        'changed': changed,
        'inbox': without_secrets(inbox, params.get('return_secrets')),
        'diff': {'before': managed_view(before, desired), 'after': managed_view(after, desired)},
    }
