# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The HTTP client for Chatwoot's Platform API (/platform/api/v1), the installation-level API of a platform app.

A platform app's token is sent in the same header as a user's. Chatwoot's PlatformController answers 401
{"error": "Invalid access_token"} to any token that is not a platform app's, a user's included, and 401
{"error": "Non permissible resource"} for an object the app did not create. The client turns both into messages that
say what to do; after the first it asks the application API whose token it was (GET /api/v1/profile, a read), so that
a user's token put in platform_access_token is named as such.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import STATUS_HINTS, ChatwootClient
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError

PLATFORM_PATH = '/platform/api/v1/'
INVALID_TOKEN = 'Invalid access_token'
NOT_PERMISSIBLE = 'Non permissible resource'

PLATFORM_HINTS = dict(STATUS_HINTS)
PLATFORM_HINTS.update({
    401: 'check platform_access_token',
    404: 'check the id; the Platform API needs a self-hosted Chatwoot',
})
INVALID_TOKEN_HINT = ("platform_access_token is not the token of a platform app of this Chatwoot. A super admin creates a "
                      "platform app under Super Admin > Platform Apps; its token is shown there")
USER_TOKEN_HINT = ("platform_access_token is the access token of the Chatwoot user %s, not of a platform app: the Platform "
                   "API takes only a platform app's token (Super Admin > Platform Apps), and a user's token belongs in "
                   "api_access_token of the account modules")
NOT_PERMISSIBLE_HINT = ('a platform app sees only the accounts and users it created, or that a super admin made permissible '
                        'to it (PlatformAppPermissible in the Rails console)')


class PlatformClient(ChatwootClient):
    """A session with a platform app's token; paths are relative to /platform/api/v1/."""

    status_hints = PLATFORM_HINTS

    def __init__(self, api_url, platform_access_token, **options):
        super().__init__(api_url, platform_access_token, None, **options)

    def account_path(self, suffix):
        """The path of a Platform API endpoint (the engine's ResourceClient builds every path with this)."""
        return PLATFORM_PATH + suffix.lstrip('/')

    def hint(self, status, message, path=''):
        if status == 401 and message == INVALID_TOKEN:
            return INVALID_TOKEN_HINT
        if status == 401 and message == NOT_PERMISSIBLE:
            return NOT_PERMISSIBLE_HINT
        return super().hint(status, message, path)

    def request(self, method, path, payload=None):
        try:
            return super().request(method, path, payload)
        except ChatwootError as exc:
            if exc.status != 401 or not isinstance(exc.body, dict) or exc.body.get('error') != INVALID_TOKEN:
                raise
            owner = self._token_user()
            if owner is None:
                raise
            message = exc.message.replace(INVALID_TOKEN_HINT, USER_TOKEN_HINT % owner)
            raise ChatwootError(message, exc.method, exc.path, exc.status, exc.body) from None

    def _token_user(self):
        """The e-mail address of the user whose token this is, or None when the application API does not know it."""
        try:
            profile = super().request('GET', '/api/v1/profile')
        except ChatwootError:
            return None
        return profile.get('email') if isinstance(profile, dict) else None
