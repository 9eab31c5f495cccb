# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""HTTP client for Chatwoot's application API.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import json
import re
import sys

from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError

try:
    import requests
    import urllib3
    from requests.adapters import HTTPAdapter
    from urllib3.exceptions import NewConnectionError, ProtocolError, TimeoutError  # pylint: disable=redefined-builtin
    from urllib3.util.retry import Retry
except ImportError:
    requests = None
    HAS_REQUESTS = False
else:
    HAS_REQUESTS = True

# The oldest versions the client works with: Retry(other=..., allowed_methods=...) is urllib3 1.26, and
# requests 2.25 is the first to accept it. Kept in step with requirements.txt and the doc fragment.
MIN_VERSIONS = (('requests', (2, 25)), ('urllib3', (1, 26)))

COLLECTION_VERSION = '0.1.0'
USER_AGENT = 'community.chatwoot/%s' % COLLECTION_VERSION

# Chatwoot reads the token from `api_access_token`; the hyphenated spelling is the same header
# for Rails and, unlike the underscore one, survives reverse proxies with default settings.
TOKEN_HEADER = 'Api-Access-Token'

# Repeating these is harmless: GET/HEAD read, PATCH/PUT set absolute values, DELETE of an inbox
# answers 200 again while the deletion is pending, and a replayed DELETE of anything else that meets 404 found the
# first one's work done (ResourceClient.delete). POST (create) is never replayed blindly.
IDEMPOTENT_METHODS = frozenset(('GET', 'HEAD', 'OPTIONS', 'PATCH', 'PUT', 'DELETE'))
RETRY_STATUSES = (429, 502, 503, 504)
MAX_RETRY_AFTER = 60

STATUS_HINTS = {
    401: 'check api_access_token, and that its user is an administrator of the account',
    404: 'check account_id, and the id in the path',
    429: 'Chatwoot is rate limiting this client; raise retries or run less often',
    500: "Chatwoot failed on this request; its log says why",
}


# 402 Payment Required: which of the account's limits a create met, by the path it was sent to.
LIMIT_HINTS = (
    ('/inboxes', "the account's inbox limit is reached: delete inboxes or raise the limit"),
    ('/channels/twilio_channel', "the account's inbox limit is reached: delete inboxes or raise the limit"),
    ('/agents', "the account's agent limit (its licences) is reached: remove agents or raise the limit"),
)

# Chatwoot's 401 for a token whose owner is no user (Api::BaseController#validate_bot_access_token!).
NOT_A_USER_TOKEN = 'Access to this endpoint is not authorized for bots'
NOT_A_USER_HINT = ("api_access_token is the token of an agent bot or of a platform app, not of a user: these modules need a "
                   "user's access token (a platform app's token is the platform_access_token of the chatwoot_platform_* modules)")


# A gateway error or a lost connection says nothing about whether Chatwoot acted on the request.
UNCERTAIN_STATUSES = (None, 502, 503, 504)


if HAS_REQUESTS:
    class _ChatwootRetry(Retry):
        """urllib3's Retry, plus POST on 429: Chatwoot's rate limiter answers before the request reaches the application."""

        def is_retry(self, method, status_code, has_retry_after=False):
            if status_code == 429 and self.total:
                return True
            return super().is_retry(method, status_code, has_retry_after)

        def get_retry_after(self, response):
            # Honour Retry-After, but a run must not hang for hours on a server's word.
            seconds = super().get_retry_after(response)
            return None if seconds is None else min(seconds, MAX_RETRY_AFTER)


def _version_tuple(version):
    return tuple(int(part) for part in re.findall(r'\d+', str(version))[:2])


def requirements_problem():
    """None when requests and urllib3 are importable and new enough, else a message that says what to install."""
    if not HAS_REQUESTS:
        return None  # the caller reports the missing library with Ansible's own message
    found = {'requests': requests.__version__, 'urllib3': urllib3.__version__}
    old = ['%s %s' % (name, found[name]) for name, minimum in MIN_VERSIONS if _version_tuple(found[name]) < minimum]
    if not old:
        return None
    wanted = ['%s>=%s' % (name, '.'.join(str(n) for n in minimum)) for name, minimum in MIN_VERSIONS]
    return ('community.chatwoot needs %s on the host that runs the module, found %s (Python %s). '
            'Upgrade them, for example: %s -m pip install %s.'
            % (' and '.join(wanted), ', '.join(old), sys.executable, sys.executable, ' '.join("'%s'" % w for w in wanted)))


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

    status_hints = STATUS_HINTS

    def __init__(self, api_url, api_access_token, account_id, timeout=30, validate_certs=True, ca_path=None,
                 retries=3, retry_backoff=0.5):
        problem = requirements_problem()
        if problem:
            raise ChatwootError(problem)
        self.api_url = api_url.rstrip('/')
        self.account_id = account_id
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({TOKEN_HEADER: api_access_token, 'User-Agent': USER_AGENT, 'Accept': 'application/json'})
        self.session.verify = ca_path if (validate_certs and ca_path) else bool(validate_certs)
        retry = _ChatwootRetry(total=retries, connect=retries, read=retries, status=retries, other=0, redirect=0,
                               allowed_methods=IDEMPOTENT_METHODS, status_forcelist=RETRY_STATUSES,
                               backoff_factor=retry_backoff, respect_retry_after_header=True, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount('http://', adapter)
        self.session.mount('https://', adapter)

    def account_path(self, suffix):
        return '/api/v1/accounts/%s/%s' % (self.account_id, suffix.lstrip('/'))

    def hint(self, status, message, path=''):
        """What to check after an error status, given Chatwoot's own message and the request's path."""
        if status == 401 and message == NOT_A_USER_TOKEN:
            return NOT_A_USER_HINT
        if status == 402:  # the only two limits Chatwoot checks (validate_limit of inboxes and agents controllers)
            for suffix, hint in LIMIT_HINTS:
                if path.rstrip('/').endswith(suffix):
                    return hint
        return self.status_hints.get(status)

    def request(self, method, path, payload=None):
        """Send one request; return the decoded JSON body (None when empty) or raise ChatwootError."""
        where = '%s %s' % (method, path)
        try:
            response = self.session.request(method, self.api_url + path, json=payload, timeout=self.timeout, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            problem = ("TLS certificate verification failed (%s). Set ca_path to the CA bundle that signed the server's certificate, "
                       'or validate_certs: false for a test server' % _reason(exc))
        except requests.exceptions.Timeout:
            problem = 'no answer from %s within %s seconds; raise timeout or check the server' % (self.api_url, self.timeout)
        except requests.exceptions.ConnectionError as exc:
            inner = _innermost(exc)
            if isinstance(inner, ProtocolError):
                problem = 'the connection to %s was closed before Chatwoot answered (%s)' % (self.api_url, inner)
            elif isinstance(inner, TimeoutError) and not isinstance(inner, NewConnectionError):
                # requests reports a read timeout that used up the retries as a connection error
                problem = 'no answer from %s within %s seconds; raise timeout or check the server' % (self.api_url, self.timeout)
            else:
                problem = 'cannot connect to %s (%s); check api_url and that Chatwoot is running' % (self.api_url, inner)
        except requests.exceptions.RequestException as exc:
            problem = _reason(exc)
        else:
            return self._decode(where, response)
        raise ChatwootError('%s failed: %s.' % (where, problem), method, path)

    def _decode(self, where, response):
        method, path = where.split(' ', 1)
        status = response.status_code
        html = 'html' in response.headers.get('Content-Type', '')
        try:
            body = json.loads(response.text) if response.text.strip() else None
            valid = True
        except ValueError:
            body = response.text
            valid = False
        if 300 <= status < 400:
            problem = 'a redirect to %s; set api_url to the address Chatwoot answers on' % response.headers.get('Location')
        elif status >= 400:
            problem = 'an HTML page, likely from a proxy in front of Chatwoot' if html else chatwoot_message(body) or response.reason
            hint = self.hint(status, chatwoot_message(body), path)
            if hint:
                problem += '; ' + hint
        elif not valid:
            problem = '%s; is api_url the address of Chatwoot' % ('an HTML page instead of JSON' if html else 'a body that is not valid JSON')
        else:
            return body
        retried = len(getattr(getattr(response.raw, 'retries', None), 'history', None) or ())
        after = ' (after %d retries)' % retried if retried else ''
        raise ChatwootError('%s returned HTTP %s%s: %s.' % (where, status, after, problem.rstrip('.')), method, path, status, body,
                            retried)


def _innermost(exc):
    """The urllib3 error a requests exception wraps (MaxRetryError's reason, or the first argument)."""
    inner = exc.args[0] if exc.args else exc
    return getattr(inner, 'reason', None) or inner


def _reason(exc):
    """The innermost reason of a requests exception, without the noisy wrapper text."""
    return str(_innermost(exc))
