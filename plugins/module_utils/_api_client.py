# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""HTTP client for Chatwoot's application API.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import json

try:
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry
except ImportError:
    requests = None
    HAS_REQUESTS = False
else:
    HAS_REQUESTS = True

COLLECTION_VERSION = '0.1.0'
USER_AGENT = 'community.chatwoot/%s' % COLLECTION_VERSION

# Chatwoot reads the token from `api_access_token`; the hyphenated spelling is the same header
# for Rails and, unlike the underscore one, survives reverse proxies with default settings.
TOKEN_HEADER = 'Api-Access-Token'

# Repeating these is harmless: GET/HEAD read, PATCH/PUT set absolute values, DELETE of an inbox
# answers 200 again while the deletion is pending. POST (create) is never replayed blindly.
IDEMPOTENT_METHODS = frozenset(('GET', 'HEAD', 'OPTIONS', 'PATCH', 'PUT', 'DELETE'))
RETRY_STATUSES = (429, 502, 503, 504)

STATUS_HINTS = {
    401: 'check api_access_token, and that its user is an administrator of the account',
    402: "the account's inbox limit is reached",
    404: 'check account_id and the inbox id',
    429: 'Chatwoot is rate limiting this client; raise retries or slow down',
}


class ChatwootError(Exception):
    """Any failure talking to Chatwoot, with what a user needs to act on it."""

    def __init__(self, message, method=None, path=None, status=None, body=None):
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.status = status
        self.body = body

    def to_result(self):
        """Keyword arguments for fail_json."""
        failure = {'method': self.method, 'path': self.path, 'status': self.status, 'body': self.body}
        return {'msg': self.message, 'api_error': failure}


def chatwoot_message(body):
    """Chatwoot's own words from an error body: {error}, {message}, or devise's {errors: [...]}."""
    if isinstance(body, dict):
        for key in ('message', 'error'):
            if isinstance(body.get(key), str) and body[key]:
                return body[key]
        errors = body.get('errors')
        if isinstance(errors, list) and errors:
            return '; '.join(str(e) for e in errors)
    if isinstance(body, str) and body.strip():
        return body.strip()[:200]
    return None


class ChatwootClient:
    """A requests session bound to one Chatwoot installation and account."""

    def __init__(self, api_url, api_access_token, account_id, timeout=30, validate_certs=True, ca_path=None,
                 retries=3, retry_backoff=1.0):
        self.api_url = api_url.rstrip('/')
        self.account_id = account_id
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({TOKEN_HEADER: api_access_token, 'User-Agent': USER_AGENT, 'Accept': 'application/json'})
        self.session.verify = ca_path if (validate_certs and ca_path) else bool(validate_certs)
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, other=0, redirect=0,
                      allowed_methods=IDEMPOTENT_METHODS, status_forcelist=RETRY_STATUSES,
                      backoff_factor=retry_backoff, respect_retry_after_header=True, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount('http://', adapter)
        self.session.mount('https://', adapter)

    def account_path(self, suffix):
        return '/api/v1/accounts/%s/%s' % (self.account_id, suffix.lstrip('/'))

    def request(self, method, path, payload=None):
        """Send one request; return the decoded JSON body (None when empty) or raise ChatwootError."""
        url = self.api_url + path
        try:
            response = self.session.request(method, url, json=payload, timeout=self.timeout, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            raise ChatwootError('%s %s failed: TLS certificate verification failed (%s). Set ca_path to the CA bundle that signed '
                                "the server's certificate, or validate_certs: false for a test server." % (method, path, _reason(exc)),
                                method, path) from None
        except requests.exceptions.Timeout:
            raise ChatwootError('%s %s failed: no answer from %s within %s seconds; raise timeout or check the server.'
                                % (method, path, self.api_url, self.timeout), method, path) from None
        except requests.exceptions.ConnectionError as exc:
            raise ChatwootError('%s %s failed: cannot reach %s (%s); check api_url.' % (method, path, self.api_url, _reason(exc)),
                                method, path) from None
        except requests.exceptions.RequestException as exc:
            raise ChatwootError('%s %s failed: %s' % (method, path, _reason(exc)), method, path) from None
        return self._decode(method, path, response)

    def _decode(self, method, path, response):
        status = response.status_code
        text = response.text
        try:
            body = json.loads(text) if text.strip() else None
            is_json = True
        except ValueError:
            body = text
            is_json = False
        if 300 <= status < 400:
            raise ChatwootError('%s %s returned HTTP %s, a redirect to %s; set api_url to the address Chatwoot answers on.'
                                % (method, path, status, response.headers.get('Location')), method, path, status)
        if status >= 400:
            html = 'html' in response.headers.get('Content-Type', '')
            detail = _describe_non_json(response) if html else chatwoot_message(body)
            hint = STATUS_HINTS.get(status)
            message = '%s %s returned HTTP %s: %s' % (method, path, status, detail or response.reason)
            raise ChatwootError(message + ('; ' + hint if hint else ''), method, path, status, body)
        if not is_json:
            raise ChatwootError('%s %s returned HTTP %s but %s; is api_url a Chatwoot server?'
                                % (method, path, status, _describe_non_json(response)), method, path, status)
        return body


def _describe_non_json(response):
    kind = response.headers.get('Content-Type', 'no content type').split(';')[0]
    return 'the body is not JSON (%s)' % kind


def _reason(exc):
    """The innermost reason of a requests exception, without the noisy wrapper text."""
    reason = exc.args[0] if exc.args else exc
    inner = getattr(reason, 'reason', None)
    return str(inner or reason)
