"""``/platform/api/v1/users``: the Platform API's users, as Chatwoot v4.15.1 serves them (§8.11).

Chatwoot sources: ``app/controllers/platform/api/v1/users_controller.rb`` (no index; ``create`` is find-or-create by
e-mail: ``User.from_email(email) || User.new(user_params)``, ``skip_confirmation!``, ``save!``, then the permissible
row, so an existing user is returned as it is, whatever else was sent, and becomes permissible; ``update``:
``assign_attributes`` with ``custom_attributes`` *merged* into the stored ones, ``skip_reconfirmation!``, ``save!``;
``destroy``: ``DeleteObjectJob``; ``login``: ``{url}``, an SSO link; ``token`` (v4.3.0+): the user's access token,
not rotated; ``user_params``: ``name, display_name, email, password, custom_attributes: {}``),
``app/views/platform/api/v1/models/_user.json.jbuilder`` (:func:`render`, ``access_token`` included),
``app/views/platform/api/v1/users/token.json.jbuilder``, ``app/models/user.rb`` (``validates :name, presence``, e-mail
lower-cased before validation), Devise ``validatable`` (e-mail present, ``/\\A[^@\\s]+@[^@\\s]+\\z/``, unique;
password present on create, 6 to 128 characters: ``config/initializers/devise.rb``),
``config/initializers/secure_password.rb`` (one upper-case and one lower-case letter, one digit, one special
character), ``app/models/concerns/sso_authenticatable.rb`` (``FRONTEND_URL/app/login?email=...&sso_auth_token=...``),
``spec/controllers/platform/api/v1/users_controller_spec.rb``.
"""

import copy
import re
from urllib.parse import quote

from .. import platform, users
from ..casting import DROP, cast_string, is_blank, permit_any_hash, permit_scalar
from ..errors import record_invalid
from ..resource import Resource, platform_route
from ..responses import head, json_response
from ..tokens import secure_token
from ..validations import RAILS_PRESENCE, TAKEN, full_message

TABLE = users.TABLE
PERMISSIBLE_TYPE = 'User'
SCALARS = ('name', 'display_name', 'email', 'password')
EMAIL = re.compile(r'\A[^@\s]+@[^@\s]+\Z')
PASSWORD_LENGTH = (6, 128)
SPECIAL_CHARACTERS = "!@#$%^&*()_+-=[]{}|'"
# devise-secure_password's messages for each missing class of character.
PASSWORD_CONTENT = (
    (lambda p: any('A' <= c <= 'Z' for c in p), 'must contain at least one upper-case letter'),
    (lambda p: any('a' <= c <= 'z' for c in p), 'must contain at least one lower-case letter'),
    (lambda p: any(c.isdigit() for c in p), 'must contain at least one digit'),
    (lambda p: any(c in SPECIAL_CHARACTERS for c in p), 'must contain at least one special character'),
)
_ONE = r'/users/(?P<id>[^/]+)'


def render(store, config, user):
    """``_user.json.jbuilder``, in its key order; ``custom_attributes`` only when present."""
    member = user['memberships'][0] if user['memberships'] else None  # active_account_user: no activity here
    data = {
        'access_token': users.token_of(config, user), 'account_id': member['account_id'] if member else None,
        'available_name': user.get('display_name') or user['name'], 'avatar_url': '', 'confirmed': True,
        'display_name': user.get('display_name'), 'message_signature': None, 'email': user['email'], 'id': user['id'],
        'name': user['name'], 'provider': 'email', 'pubsub_token': user.get('pubsub_token'),
    }
    if user.get('custom_attributes'):
        data['custom_attributes'] = copy.deepcopy(user['custom_attributes'])
    accounts_table = store.tables.get('accounts', {})
    data.update({
        'role': member['role'] if member else None, 'ui_settings': {}, 'uid': user['email'],
        'accounts': [{'id': m['account_id'], 'name': accounts_table[m['account_id']]['name'], 'active_at': None, 'role': m['role']}
                     for m in user['memberships'] if m['account_id'] in accounts_table],
    })
    return data


def _permitted(params):
    permitted = {key: params[key] for key in SCALARS if key in params and permit_scalar(params[key]) is not DROP}
    if 'custom_attributes' in params and permit_any_hash(params['custom_attributes']) is not DROP:
        permitted['custom_attributes'] = dict(params['custom_attributes'])
    return permitted


def _validate(store, user, password, new):
    """Devise's and the model's validations, in Rails' order: e-mail, password, then name."""
    errors = []
    email = user['email']
    if is_blank(email):
        errors.append(('email', full_message('email', RAILS_PRESENCE)))
    elif not EMAIL.match(email):
        errors.append(('email', full_message('email', 'is invalid')))
    elif any(other['email'] == email for other in store.rows(TABLE) if other['id'] != user['id']):
        errors.append(('email', full_message('email', TAKEN)))
    if new and is_blank(password):
        errors.append(('password', full_message('password', RAILS_PRESENCE)))
    elif password is not None:
        if not PASSWORD_LENGTH[0] <= len(password) <= PASSWORD_LENGTH[1]:
            errors.append(('password', full_message('password', 'is too %s (%s is %d characters)' % (
                ('short', 'minimum', PASSWORD_LENGTH[0]) if len(password) < PASSWORD_LENGTH[0] else ('long', 'maximum', PASSWORD_LENGTH[1])))))
        errors.extend(('password', full_message('password', message)) for rule, message in PASSWORD_CONTENT if not rule(password))
    if is_blank(user['name']):
        errors.append(('name', full_message('name', RAILS_PRESENCE)))
    if errors:
        raise record_invalid(errors)


def create(ctx):
    users.ensure(ctx.store)
    permitted = _permitted(ctx.params)
    existing = users.by_email(ctx.store, cast_string(permitted.get('email')))
    if existing is not None:
        user = existing  # returned as it is: nothing else sent is applied
    else:
        email = cast_string(permitted.get('email'))
        user = users.new_record(ctx.store, None, cast_string(permitted.get('name')), email.lower() if email else email,
                                cast_string(permitted.get('display_name')), permitted.get('custom_attributes'))
        _validate(ctx.store, user, cast_string(permitted.get('password')), new=True)
        user['id'] = ctx.store.next_id(TABLE)
        ctx.store.put(TABLE, user)
    platform.make_permissible(ctx.store, ctx.platform_app_id, PERMISSIBLE_TYPE, user['id'])
    return json_response(200, render(ctx.store, ctx.config, user))


def _fetch(ctx):
    users.ensure(ctx.store)
    return platform.fetch_permissible(ctx, TABLE, PERMISSIBLE_TYPE, ctx.args['id'])


def show(ctx):
    return json_response(200, render(ctx.store, ctx.config, _fetch(ctx)))


def update(ctx):
    user = copy.deepcopy(_fetch(ctx))
    permitted = _permitted(ctx.params)
    for key in ('name', 'display_name', 'email'):
        if key in permitted:
            user[key] = cast_string(permitted[key])
    if user['email']:
        user['email'] = user['email'].lower()
    if 'custom_attributes' in permitted:
        user['custom_attributes'] = dict(user.get('custom_attributes') or {}, **permitted['custom_attributes'])
    password = cast_string(permitted.get('password'))
    _validate(ctx.store, user, None if is_blank(password) else password, new=False)
    ctx.store.put(TABLE, user)
    return json_response(200, render(ctx.store, ctx.config, user))


def destroy(ctx):
    ctx.store.schedule_delete(TABLE, _fetch(ctx), ctx.config.delete_delay)
    return head(200)


def login(ctx):
    user = _fetch(ctx)
    return json_response(200, {'url': '%s/app/login?email=%s&sso_auth_token=%s'
                                      % (ctx.config.frontend_url, quote(user['email'], safe=''), secure_token())})


def token(ctx):
    user = _fetch(ctx)
    return json_response(200, {'access_token': users.token_of(ctx.config, user), 'expiry': None,
                               'user': {'id': user['id'], 'name': user['name'], 'display_name': user.get('display_name'),
                                        'email': user['email'], 'pubsub_token': user.get('pubsub_token')}})


RESOURCE = Resource(
    table=None,
    routes=[
        platform_route(('POST',), r'/users', create),
        platform_route(('GET',), _ONE + r'/login', login),
        platform_route(('POST',), _ONE + r'/token', token, since='4.3.0'),
        platform_route(('GET',), _ONE, show),
        platform_route(('PATCH', 'PUT'), _ONE, update),
        platform_route(('DELETE',), _ONE, destroy),
    ],
)
