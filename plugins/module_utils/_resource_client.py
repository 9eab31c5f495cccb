# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The REST endpoints of one resource in one account: index, create, update, destroy, and waiting for a deletion.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, MissingParent, OptionError

POLL_FIRST_INTERVAL = 0.25
POLL_MAX_INTERVAL = 2.0


class ResourceClient:
    """A resource's endpoints under /api/v1/accounts/{id}/<path>."""

    def __init__(self, resource, client):
        self.resource = resource
        self.client = client

    def list(self, query=None):
        """Every object the token may see: one GET, or one per page of an index Chatwoot paginates (categories).

        query: the list query's values; those of the path's keys go into the path (and onto each object listed).
        """
        query = dict(query or {})
        scope = {key: query.pop(key) for key in self.resource.path_keys}
        path = self.client.account_path(self.resource.index_path(scope))
        objects, page = [], 1
        while True:
            params = dict(query, page=page) if self.resource.page_size else query
            try:
                answer = self.client.request('GET', path + ('?' + urlencode(params) if params else ''))
            except ChatwootError as exc:
                if exc.status == 404 and scope:  # the path names an object that is not there (find_by!)
                    raise MissingParent('There is no %s in account %s.' % (
                        ', '.join('%s %r' % (key, value) for key, value in scope.items()), self.client.account_id)) from None
                raise
            listed = _dig(answer, self.resource.list_key) or []
            objects.extend(self.resource.stamped(obj, scope) for obj in listed)
            if not self.resource.page_size or len(listed) < self.resource.page_size:
                return objects
            page += 1

    def find(self, object_id=None, key=None, id_option='id', query=None):
        return self.resource.find(self.list(query), object_id, key, id_option)

    def get_singleton(self):
        return self.client.request('GET', self.client.account_path('').rstrip('/'))

    def update_singleton(self, payload):
        return self.client.request('PATCH', self.client.account_path('').rstrip('/'), payload)

    def target(self, object_id=None, key=None, id_option='id'):
        """The existing object another module works on (an inbox's members, its bot): an error when there is none."""
        found = self.find(object_id, key, id_option)
        if found is not None:
            return found
        what = 'with id %s' % object_id if object_id is not None else self.resource.described(key)
        raise OptionError('There is no %s %s in account %s%s.' % (self.resource.noun, what, self.client.account_id, self.resource.not_found_hint))

    def _item(self, obj):
        return self.client.account_path(self.resource.item_path(obj))

    def exists(self, obj):
        try:
            self.client.request('GET', self._item(obj))
        except ChatwootError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def create(self, payload, path, values):
        """POST to path (Resource.create_request's); values: those of the path's keys, put on the object."""
        created = _dig(self.client.request('POST', self.client.account_path(path), payload), self.resource.create_answer_key)
        return self.resource.stamped(created, values)

    def update(self, obj, payload):
        updated = _dig(self.client.request('PATCH', self._item(obj), payload), self.resource.answer_key)
        return self.resource.stamped(updated, obj)

    def delete(self, obj):
        """DELETE the object. A 404 after the client sent the DELETE again (its first answer lost to a gateway error or
        a broken connection) is the first DELETE's success: only an inbox answers 200 again while it is being deleted."""
        try:
            return self.client.request('DELETE', self._item(obj))
        except ChatwootError as exc:
            if exc.status == 404 and exc.retried:
                return None
            raise

    def wait_until_gone(self, obj, timeout):
        """Poll until the object answers 404 (Chatwoot deleting it in a background job), or give up after timeout seconds."""
        deadline = time.monotonic() + timeout
        interval = POLL_FIRST_INTERVAL
        while self.exists(obj):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(interval, remaining))
            interval = min(interval * 2, POLL_MAX_INTERVAL)
        return True


def _dig(body, key):
    """The part of an answer under key (a key or a tuple of nested keys, or a function of the answer); the answer
    itself for None."""
    if callable(key):
        return key(body)
    for part in (key,) if isinstance(key, str) else key or ():
        body = (body or {}).get(part)
    return body
