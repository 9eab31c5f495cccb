"""``/platform/api/v1/accounts/{account_id}/account_users`` and the platform apps' permissible rows (§8.11).

Chatwoot sources: ``app/controllers/platform/api/v1/account_users_controller.rb`` (``set_resource`` =
``Account.find(params[:account_id])`` and the permissible check before every action; ``index`` renders the raw
``AccountUser`` records (``render json: @resource.account_users``); ``create``:
``find_or_initialize_by(user_id:)`` then ``update!(user_id, role)``, an upsert that renders the record; the user need
not be permissible, only exist (``belongs_to :user``: ``User must exist``); ``destroy`` (a collection route, the user
id in the body): ``find_by(user_id:)&.destroy!``, 200 even for a non-member), ``app/models/account_user.rb`` (``enum
role: { agent: 0, administrator: 1 }``: another value raises ``ArgumentError``; after destroy ``Agents::DestroyJob``
takes the user out of the account's inboxes and teams), ``db/schema.rb`` (``account_users`` columns),
``spec/controllers/platform/api/v1/account_users_controller_spec.rb``.

The permissible rows are a table of their own, ``platform_app_permissibles``: seeding it is what a super admin does
from the Rails console to hand a pre-existing account or user to a platform app
(``PlatformAppPermissible.create!(platform_app:, permissible:)``).
"""

import copy

from .. import accounts, fixtures, platform, users
from ..casting import InvalidEnumValue, cast_enum, cast_integer, is_blank
from ..errors import ServerCrash, record_invalid
from ..resource import Resource, platform_route
from ..responses import head, json_response
from ..validations import full_message

ROLES = ('agent', 'administrator')
_MEMBERS = r'/accounts/(?P<account_id>[^/]+)/account_users'


def render(user, member):
    """``AccountUser#as_json``: every column, enums by name."""
    return {'id': member['id'], 'account_id': member['account_id'], 'user_id': user['id'], 'role': member['role'],
            'inviter_id': member['inviter_id'], 'created_at': member.get('created_at'), 'updated_at': member.get('created_at'),
            'active_at': None, 'availability': member['availability'], 'auto_offline': member['auto_offline'],
            'custom_role_id': None, 'agent_capacity_policy_id': None}


def _account(ctx):
    accounts.ensure(ctx.store)
    users.ensure(ctx.store)
    return platform.fetch_permissible(ctx, accounts.TABLE, 'Account', ctx.args['account_id'])


def index(ctx):
    account_id = _account(ctx)['id']
    rows = [(user, users.membership(user, account_id)) for user in ctx.store.rows(users.TABLE)]
    rows = sorted(((user, member) for user, member in rows if member), key=lambda pair: pair[1]['id'])
    return json_response(200, [render(user, member) for user, member in rows])


def create(ctx):
    account_id = _account(ctx)['id']
    user_id = cast_integer(ctx.params.get('user_id'))
    user = users.get(ctx.store, user_id) if user_id is not None else None
    role = None
    if 'role' in ctx.params and not is_blank(ctx.params['role']):
        try:
            role = cast_enum(ctx.params['role'], ROLES)
        except InvalidEnumValue as exc:
            raise ServerCrash("ArgumentError: '%s' is not a valid role" % (exc.args[0],)) from exc
    if user is None:
        raise record_invalid([('user', full_message('user', 'must exist'))])
    user = copy.deepcopy(user)
    member = users.membership(user, account_id)
    if member is None:
        member = users.new_membership(ctx.store, account_id)
        user['memberships'].append(member)
    if role is not None:
        member['role'] = role
    ctx.store.put(users.TABLE, user)
    return json_response(200, render(user, member))


def destroy(ctx):
    account_id = _account(ctx)['id']
    user_id = cast_integer(ctx.params.get('user_id'))
    user = users.get(ctx.store, user_id) if user_id is not None else None
    if users.membership(user, account_id):
        user = copy.deepcopy(user)
        user['memberships'] = [m for m in user['memberships'] if m['account_id'] != account_id]
        ctx.store.put(users.TABLE, user)
        users.leave_account(ctx.store, user, account_id)
    return head(200)


def build_permissible(store, _config, _account_id, body):
    """A permissible row, as ``PlatformAppPermissible.create!`` in the console: the object must exist."""
    app_id = body.get('platform_app_id', 1)
    kind, object_id = body.get('permissible_type'), body.get('permissible_id')
    tables = {'Account': accounts, 'User': users}
    if app_id not in fixtures.PLATFORM_APPS:
        raise ValueError('unknown platform_app_id %r' % (app_id,))
    if kind not in tables or tables[kind].get(store, object_id) is None:
        raise ValueError('permissible_type must be Account or User and permissible_id the id of one, got %r %r' % (kind, object_id))
    if platform.is_permissible(store, app_id, kind, object_id):
        raise ValueError('platform app %s already has %s %s' % (app_id, kind, object_id))
    return platform.new_row(store, app_id, kind, object_id)


def seed_body(_prefix, _number, _width, _spec):
    raise ValueError('platform_app_permissibles are seeded with "records": [{"permissible_type": "Account", "permissible_id": 1}]')


RESOURCE = Resource(
    table=platform.TABLE,
    singular='platform app permissible',
    build=build_permissible,
    seed_body=seed_body,
    routes=[
        platform_route(('GET',), _MEMBERS, index),
        platform_route(('POST',), _MEMBERS, create),
        platform_route(('DELETE',), _MEMBERS, destroy),
    ],
)
