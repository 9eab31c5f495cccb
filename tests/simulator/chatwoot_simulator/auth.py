"""Authentication and account access, in Chatwoot's order (§6.3; Chatwoot ``app/controllers/api/base_controller.rb``,
``app/controllers/api/v1/accounts/base_controller.rb``).

token (401) -> bot check (401) -> account exists (404) -> suspended (401)
-> membership (401).  Inbox-level checks live with the handlers.
"""

import hmac

from . import fixtures, users
from .casting import ruby_to_i
from .errors import ApiError, not_found, unauthorized

SIGN_IN_ERROR = {'errors': ['You need to sign in or sign up before continuing.']}


def token_header(headers):
    """``api_access_token`` with any case and ``_``/``-`` spelling (checklist 4)."""
    for name, value in headers.items():
        if name.lower().replace('_', '-') == 'api-access-token':
            return value
    return None


def authenticate(headers, config):
    """Return ``(label, user_id)`` for the token; raise the exact 401 otherwise."""
    token = token_header(headers)
    if token is None or token.strip() == '':
        # No token: devise_token_auth answers, hence the plural ``errors`` array.
        raise ApiError(401, SIGN_IN_ERROR)
    for option, (kind, owner_id) in fixtures.TOKEN_OWNERS.items():
        if hmac.compare_digest(token.encode('utf-8'), getattr(config, option).encode('utf-8')):
            if kind != 'user':
                raise unauthorized('Access to this endpoint is not authorized for bots')
            return option[:-len('_token')], owner_id
    raise unauthorized('Invalid Access Token')


def token_label(headers, config):
    """Which configured token a request carried, for the request log (never its value)."""
    token = token_header(headers)
    if token is None or token.strip() == '':
        return None
    for option in fixtures.TOKEN_OWNERS:
        if token == getattr(config, option):
            return option[:-len('_token')]
    return 'invalid'


def account_role(store, account_segment, user_id):
    """Resolve ``/accounts/{id}`` for the user; returns ``(account_id, role)``."""
    account_id = ruby_to_i(account_segment)  # Account.find casts like Ruby's to_i
    account = fixtures.ACCOUNTS.get(account_id)
    if account is None:
        raise not_found()
    if account['status'] != 'active':
        raise unauthorized('Account is suspended')  # checked before membership
    role = users.role_of(store, user_id, account_id)
    if role is None:
        raise unauthorized('You are not authorized to access this account')
    return account_id, role
