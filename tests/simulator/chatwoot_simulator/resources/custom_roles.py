"""``/custom_roles`` of enterprise builds (§8.6), and what they mean for agents.

Chatwoot sources: ``enterprise/app/controllers/api/v1/accounts/custom_roles_controller.rb`` (index,
show, create, update, destroy; ``params.require(:custom_role).permit(:name, :description,
permissions: [])``; an unknown id is ``find_by`` → nil, then a crash), ``enterprise/app/policies/custom_role_policy.rb``
(administrators only), ``enterprise/app/models/custom_role.rb`` (name presence; every permission in
``PERMISSIONS``, Rails 7.1's array-aware inclusion), ``enterprise/app/views/api/v1/models/_custom_role.json.jbuilder``.
The controller lives in ``enterprise/``: without the enterprise overlay the routes answer 404 here.
"""

import copy

from .. import users
from ..casting import cast_string, is_blank
from ..context import record_id
from ..errors import ServerCrash, not_found, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, full_message, timestamp

TABLE = 'custom_roles'
ATTRIBUTES = ('id', 'name', 'description', 'permissions', 'created_at', 'updated_at', 'account_id')
PERMISSIONS = ('conversation_manage', 'conversation_unassigned_manage', 'conversation_participating_manage',
               'contact_manage', 'report_manage', 'knowledge_base_manage')
_ONE = r'/custom_roles/(?P<id>[^/]+)'


def _assign(record, params):
    for key in ('name', 'description'):
        if key in params:
            record[key] = cast_string(params[key])
    if isinstance(params.get('permissions'), list):  # permitted only as an array of scalars
        record['permissions'] = [cast_string(p) for p in params['permissions'] if not isinstance(p, (dict, list))]
    record['updated_at'] = timestamp()


def _check(record):
    errors = []
    if is_blank(record['name']):
        errors.append(('name', full_message('name', RAILS_PRESENCE)))
    if any(p not in PERMISSIONS for p in record['permissions']):
        errors.append(('permissions', full_message('permissions', 'is not included in the list')))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    record = {'id': None, 'account_id': account_id, 'name': None, 'description': None, 'permissions': [],
              'created_at': timestamp()}
    _assign(record, params)
    _check(record)
    record['id'] = store.next_id(TABLE)
    return record


def render(record):
    return {key: record[key] for key in ('id', 'name', 'description', 'permissions', 'created_at', 'updated_at')}


def _enterprise(ctx):
    if not ctx.config.enterprise:
        raise not_found()
    ctx.require_admin()


def _fetch(ctx):
    """``find_by(id:)``: nil for an unknown id, which the action then calls a method on (500)."""
    record = ctx.store.get(TABLE, ctx.account_id, record_id(ctx.args['id']))
    if record is None:
        raise ServerCrash("undefined method for nil (custom role %s)" % ctx.args['id'])
    return record


def index(ctx):
    _enterprise(ctx)
    return json_response(200, [render(r) for r in sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])])


def show(ctx):
    _enterprise(ctx)
    return json_response(200, render(_fetch(ctx)))


def create(ctx):
    _enterprise(ctx)
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('custom_role', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def update(ctx):
    _enterprise(ctx)
    record = copy.deepcopy(_fetch(ctx))
    _assign(record, ctx.require_wrapped('custom_role', ATTRIBUTES))
    _check(record)
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def destroy(ctx):
    """``has_many :account_users, dependent: :nullify``: agents with the role fall back to their plain role."""
    _enterprise(ctx)
    ctx.store.remove(TABLE, _fetch(ctx)['id'])
    return head(200)


def nullify(store, record):
    """``dependent: :nullify``: the memberships that had the role keep their plain role only."""
    for user_id in users.account_user_ids(store, record['account_id']):
        user = copy.deepcopy(users.get(store, user_id))
        membership = users.membership(user, record['account_id'])
        if membership.get('custom_role_id') == record['id']:
            membership['custom_role_id'] = None
            store.put(users.TABLE, user)


def seed_body(prefix, number, width, _spec):
    return {'name': '%s %0*d' % (prefix, width, number), 'permissions': ['conversation_manage']}


RESOURCE = Resource(
    table=TABLE,
    singular='custom_role',
    build=build,
    seed_body=seed_body,
    on_remove=nullify,
    routes=[
        account_route(('GET',), r'/custom_roles', index),
        account_route(('POST',), r'/custom_roles', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
