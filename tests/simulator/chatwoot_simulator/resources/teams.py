"""``/teams`` as Chatwoot v4.15.1 serves them (§8.4, checklist 77, 78, 85, 86).

Chatwoot sources: ``app/controllers/api/v1/accounts/teams_controller.rb`` (fetch_team, then
``authorize(Team)``; ``save!``/``update!``/``destroy!``), ``app/policies/team_policy.rb`` (agents
may list and show), ``app/models/team.rb`` (name down-cased before validation, present, unique per
account), ``db/schema.rb`` (``allow_auto_assign`` defaults to true), ``app/views/api/v1/models/_team.json.jbuilder``
(``is_member`` is whether the caller belongs to the team).  Members are in ``team_members.py``.
"""

import copy

from ..casting import cast_bool, cast_string, is_blank, permit_scalars
from ..errors import record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import CHATWOOT_PRESENCE, TAKEN, column_lengths, full_message, taken

TABLE = 'teams'
# db/schema.rb: the string and text columns without a length validator of their own
COLUMNS = {'name': 'string', 'description': 'text'}
ATTRIBUTES = ('id', 'name', 'description', 'allow_auto_assign', 'account_id', 'created_at', 'updated_at')
PERMITTED = ('name', 'description', 'allow_auto_assign')
_ONE = r'/teams/(?P<id>[^/]+)'


def _assign(record, params):
    for key, value in permit_scalars(params, PERMITTED).items():
        record[key] = cast_bool(value) if key == 'allow_auto_assign' else cast_string(value)
    if record['name']:  # before_validation: ``name.downcase if attribute_present?('name')``
        record['name'] = record['name'].lower()


def _check(store, record):
    errors = column_lengths(record, COLUMNS)
    if is_blank(record['name']):
        errors.append(('name', full_message('name', CHATWOOT_PRESENCE)))
    if taken(store, TABLE, record, 'name'):
        errors.append(('name', full_message('name', TAKEN)))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    """``Current.account.teams.new(team_params).save!``."""
    record = {'id': None, 'account_id': account_id, 'name': None, 'description': None, 'allow_auto_assign': True,
              'members': []}
    _assign(record, params)
    _check(store, record)
    record['id'] = store.next_id(TABLE)
    return record


def render(ctx, record):
    return {'id': record['id'], 'name': record['name'], 'description': record['description'],
            'allow_auto_assign': record['allow_auto_assign'], 'account_id': record['account_id'],
            'is_member': ctx.user_id in record['members']}


def index(ctx):
    """A bare array for every member, in table order (no ORDER BY)."""
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])
    return json_response(200, [render(ctx, r) for r in records])


def show(ctx):
    return json_response(200, render(ctx, ctx.fetch(TABLE, ctx.args['id'])))  # ``show?`` is true


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('team', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx, record))


def update(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()
    changed = copy.deepcopy(record)
    _assign(changed, ctx.require_wrapped('team', ATTRIBUTES))
    _check(ctx.store, changed)
    ctx.store.put(TABLE, changed)
    return json_response(200, render(ctx, changed))


def destroy(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()
    ctx.store.remove(TABLE, record['id'])  # its memberships go with it
    return head(200)


def missing_action(_ctx, _config):
    """``resources :teams`` routes ``new`` and ``edit``, which the controller lacks: ActionNotFound
    is raised before any before_action, and the json-format route renders Rails' JSON 404."""
    return json_response(404, {'status': 404, 'error': 'Not Found'})


def seed_body(prefix, number, width, _spec):
    return {'name': '%s %0*d' % (prefix, width, number)}


RESOURCE = Resource(
    table=TABLE,
    singular='team',
    build=build,
    seed_body=seed_body,
    has_members=True,
    routes=[
        account_route(('GET',), r'/teams', index),
        account_route(('POST',), r'/teams', create),
        account_route(('GET',), r'/teams/new', missing_action, authenticated=False),
        account_route(('GET',), _ONE + r'/edit', missing_action, authenticated=False),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
