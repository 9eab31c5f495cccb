"""``GET /api/v1/profile``: the token's own user (§8.6).

Chatwoot sources: ``app/controllers/api/v1/profiles_controller.rb`` (``show`` renders ``current_user``;
no account in the path, so only the token is checked), ``app/views/api/v1/profiles/show.json.jbuilder``
(the ``api/v1/models/user`` partial; keys as the swagger's ``user`` schema).  The collection reads ``id``
to refuse deleting the token's own user.
"""

from .. import accounts as account_table, users
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
                         'auto_offline': member['auto_offline'], 'custom_role_id': None, 'custom_role': None})
    first = user['memberships'][0] if user['memberships'] else None
    return json_response(200, {
        'id': user['id'], 'access_token': users.token_of(ctx.config, user), 'account_id': first['account_id'] if first else None,
        'available_name': user['name'], 'avatar_url': '', 'confirmed': True, 'display_name': user.get('display_name'), 'message_signature': None,
        'email': user['email'], 'hmac_identifier': '', 'inviter_id': None, 'name': user['name'], 'provider': 'email',
        'pubsub_token': '', 'role': first['role'] if first else None, 'ui_settings': {}, 'uid': user['email'], 'type': None,
        'accounts': accounts,
    })


RESOURCE = Resource(
    table=None,
    routes=[Route(('GET',), r'^/api/v1/profile$', show)],
)
