"""``GET /api/v1/profile`` and ``PATCH|PUT /api/v1/profile``: the token's own user (§8.6).

Chatwoot sources: ``app/controllers/api/v1/profiles_controller.rb`` (``show`` renders ``current_user``;
no account in the path, so only the token is checked), ``app/views/api/v1/profiles/show.json.jbuilder``
(the ``api/v1/models/user`` partial; keys as the swagger's ``user`` schema).  The collection reads ``id``
to refuse deleting the token's own user.  Any user, an agent too, may change its own ``name`` and ``display_name``
(``update``: ``params.require(:profile).permit(:email, :name, :display_name, ...)``, ``profiles_controller.rb:6-16,60-70``;
``config/routes.rb:424`` ``resource :profile, only: [:show, :update]``), which is what the account's agents list shows.
The e-mail, avatar, password and ``ui_settings`` are not modelled.
"""

import copy

from .. import accounts as account_table, users
from ..casting import DROP, cast_string, permit_scalar
from ..resource import Resource, Route
from ..responses import json_response


def show(ctx):
    user = users.get(ctx.store, ctx.user_id)
    accounts = []
    for member in user['memberships']:
        account = account_table.get(ctx.store, member['account_id'])  # its name may have been changed
        accounts.append({'id': account['id'], 'name': account['name'], 'status': account['status'], 'active_at': None,
                         'role': member['role'], 'availability': member['availability'],
                         'availability_status': 'offline' if member['auto_offline'] else member['availability'],
                         'auto_offline': member['auto_offline'], 'custom_role_id': member.get('custom_role_id'), 'custom_role': None})
    first = user['memberships'][0] if user['memberships'] else None
    return json_response(200, {
        'id': user['id'], 'access_token': users.token_of(ctx.config, user), 'account_id': first['account_id'] if first else None,
        'available_name': user['name'], 'avatar_url': '', 'confirmed': True, 'display_name': user.get('display_name'), 'message_signature': None,
        'email': user['email'], 'hmac_identifier': '', 'inviter_id': None, 'name': user['name'], 'provider': 'email',
        'pubsub_token': '', 'role': first['role'] if first else None, 'ui_settings': {}, 'uid': user['email'], 'type': None,
        'accounts': accounts,
    })


# The User attributes ParamsWrapper puts under ``profile`` that update() models.
PROFILE_ATTRIBUTES = ('name', 'display_name', 'message_signature')


def update(ctx):
    """``@user.assign_attributes(profile_params); @user.save!``, then the same partial as show."""
    params = ctx.require_wrapped('profile', PROFILE_ATTRIBUTES)
    user = copy.deepcopy(users.get(ctx.store, ctx.user_id))
    for key in ('name', 'display_name'):
        if key in params and permit_scalar(params[key]) is not DROP:
            user[key] = cast_string(params[key])
    ctx.store.put(users.TABLE, user)
    return show(ctx)


RESOURCE = Resource(
    table=None,
    routes=[Route(('GET',), r'^/api/v1/profile$', show), Route(('PATCH', 'PUT'), r'^/api/v1/profile$', update)],
)
