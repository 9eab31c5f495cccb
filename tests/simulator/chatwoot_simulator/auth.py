"""Authentication and account access, in Chatwoot's order (§6.3; Chatwoot ``app/controllers/api/base_controller.rb``,
``app/controllers/api/v1/accounts/base_controller.rb``).

token (401) -> bot check (401) -> account exists (404) -> suspended (401)
-> membership (401).  Inbox-level checks live with the handlers.
"""

import hmac

from . import accounts, fixtures, users
from .casting import ruby_to_i
from .errors import ApiError, not_found, unauthorized

SIGN_IN_ERROR = {'errors': ['You need to sign in or sign up before continuing.']}
# PlatformController#set_platform_app: no token, an unknown one, or a token whose owner is not a PlatformApp (a user's,
# a bot's) all get this (app/controllers/platform_controller.rb:21-24).
PLATFORM_TOKEN_ERROR = {'error': 'Invalid access_token'}


def token_header(headers):
    """``api_access_token`` with any case and ``_``/``-`` spelling (checklist 4)."""
    for name, value in headers.items():
        if name.lower().replace('_', '-') == 'api-access-token':
            return value
    return None


def _owner(token, config, store):
    """``AccessToken.find_by(token:)``'s owner: ``(kind, id, label)`` or None for an unknown token."""
    for option, (kind, owner_id) in fixtures.TOKEN_OWNERS.items():
        if hmac.compare_digest(token.encode('utf-8'), getattr(config, option).encode('utf-8')):
            return kind, owner_id, option[:-len('_token')]
    user = users.by_token(store, token)
    return ('user', user['id'], 'user-%d' % user['id']) if user else None


def authenticate(headers, config, store):
    """Return ``(label, user_id)`` for the token; raise the exact 401 otherwise.

    ``AccessTokenAuthHelper``: any owner's token authenticates, then ``validate_bot_access_token!`` refuses every owner
    but a user, a platform app's token too, with the bots' message (``app/controllers/concerns/access_token_auth_helper.rb``).
    """
    token = token_header(headers)
    if token is None or token.strip() == '':
        # No token: devise_token_auth answers, hence the plural ``errors`` array.
        raise ApiError(401, SIGN_IN_ERROR)
    owner = _owner(token, config, store)
    if owner is None:
        raise unauthorized('Invalid Access Token')
    kind, owner_id, label = owner
    if kind != 'user':
        raise unauthorized('Access to this endpoint is not authorized for bots')
    return label, owner_id


def authenticate_platform_app(headers, config, store):
    """The platform app whose token the request carries (``PlatformController``); 401 for any other token."""
    token = token_header(headers)
    owner = _owner(token, config, store) if token else None
    if owner is None or owner[0] != 'platform_app':
        raise ApiError(401, PLATFORM_TOKEN_ERROR)
    return owner[1]


def token_label(headers, config, store):
    """Which token a request carried, for the request log (never its value): a config option's name, ``user-<id>``
    for a generated user token, or ``invalid``."""
    token = token_header(headers)
    if token is None or token.strip() == '':
        return None
    owner = _owner(token, config, store)
    return owner[2] if owner else 'invalid'


def account_role(store, account_segment, user_id):
    """Resolve ``/accounts/{id}`` for the user; returns ``(account_id, role)``."""
    account_id = ruby_to_i(account_segment)  # Account.find casts like Ruby's to_i
    account = accounts.get(store, account_id)
    if account is None:
        raise not_found()
    if account['status'] != 'active':
        raise unauthorized('Account is suspended')  # checked before membership
    role = users.role_of(store, user_id, account_id)
    if role is None:
        raise unauthorized('You are not authorized to access this account')
    return account_id, role
