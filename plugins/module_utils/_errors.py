# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The collection's errors: bad module input (OptionError, and MissingParent), a failure talking to Chatwoot
(ChatwootError), and one of many items failing (ManyError).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations


class OptionError(ValueError):
    """Bad module input, found before any request that writes.

    ChatwootModule.result reports it as a plain message; any other exception keeps its traceback, because it is a bug.
    """


class MissingParent(OptionError):
    """The object a path names (a category's portal) does not exist."""


class ChatwootError(Exception):
    """Any failure talking to Chatwoot, with what a user needs to act on it."""

    def __init__(self, message, method=None, path=None, status=None, body=None, retried=0):
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.status = status
        self.body = body
        # how many times the request was sent again before this answer: a replayed DELETE may meet its own success
        self.retried = retried

    def to_result(self):
        """Keyword arguments for fail_json."""
        failure = {'method': self.method, 'path': self.path, 'status': self.status, 'body': self.body}
        return {'msg': self.message, 'api_error': failure}


class ManyError(Exception):
    """An item failed: the message names it; result holds what was done before (for fail_json)."""

    def __init__(self, message, result, api_error=None):
        super().__init__(message)
        self.result = dict(result, msg=message)
        if api_error:
            self.result['api_error'] = api_error
