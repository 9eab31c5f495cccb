"""``/macros`` as Chatwoot v4.15.1 serves them (§8.13).

Chatwoot sources: ``app/controllers/api/v1/accounts/macros_controller.rb`` (index and create for every member;
``fetch_macro`` is a ``find_by``, and ``check_authorization`` runs only when it found one, so show answers an
unknown id 404 while update and destroy crash on nil with a 500; ``name, visibility`` permitted, ``actions`` taken
raw; ``created_by``/``updated_by`` are the token's user), ``app/models/macro.rb`` (``set_visibility``:
``visibility = params[:visibility]``, so an update without it **stores null**, and an agent's macro is always
personal; ``with_visibility``: the global macros and the caller's own personal ones, by id; the action
allow-list ``ACTIONS_ATTRS``; no name validation, the NOT NULL column makes a missing one a 500; an unknown
visibility is an enum ArgumentError, a 500), ``app/policies/macro_policy.rb`` (show: global or author; update and
destroy: administrators for a global macro, else the author), ``app/views/api/v1/accounts/macros/*.json.jbuilder``
(``payload`` around index, show, create and update) and ``app/views/api/v1/models/_macro.json.jbuilder``
(``created_by``/``updated_by`` as ``_agent``, each only when the user exists).
"""

import copy

from .. import users
from ..agent_json import render_agent
from ..casting import DROP, InvalidEnumValue, cast_enum, cast_string, permit_scalar
from ..context import record_id
from ..errors import ApiError, ServerCrash, forbidden_action
from ..resource import Resource, account_route
from ..responses import head, json_response
from .automation_rules import action_errors, attachments

TABLE = 'macros'
VISIBILITIES = ('personal', 'global')
ACTIONS = ('send_message', 'add_label', 'assign_team', 'assign_agent', 'mute_conversation', 'change_status', 'remove_label',
           'remove_assigned_agent', 'remove_assigned_team', 'resolve_conversation', 'snooze_conversation', 'change_priority',
           'send_email_transcript', 'send_attachment', 'add_private_note', 'send_webhook_event')
_ONE = r'/macros/(?P<id>[^/]+)'
# Seeded macros (POST /_simulator/seed) have no request user: the administrator of the fixtures authors them.
SEED_AUTHOR = 1


def _assign(record, params, user_id, role):
    """``assign_attributes(name:, updated_by_id:)`` then ``set_visibility``."""
    if 'name' in params and permit_scalar(params['name']) is not DROP:
        record['name'] = cast_string(params['name'])
    record['updated_by_id'] = user_id
    visibility = params.get('visibility')
    try:
        record['visibility'] = cast_enum(visibility if permit_scalar(visibility) is not DROP else None, VISIBILITIES)
    except InvalidEnumValue:
        raise ServerCrash("'%s' is not a valid visibility" % visibility) from None
    if role == 'agent':
        record['visibility'] = 'personal'


def _check(record):
    errors = action_errors(record['actions'], ACTIONS, 'Macro execution actions %s not supported.')
    if errors:
        raise ApiError(422, {'error': {'actions': errors}})


def build(store, _config, account_id, params, user_id=SEED_AUTHOR, role='administrator'):
    attachments(params.get('actions'))
    record = {'id': None, 'account_id': account_id, 'name': None, 'visibility': None, 'created_by_id': user_id,
              'updated_by_id': user_id, 'actions': copy.deepcopy(params.get('actions'))}
    _assign(record, params, user_id, role)
    _check(record)
    if record['name'] is None or record['actions'] is None:
        raise ServerCrash('PG::NotNullViolation')
    record['id'] = store.next_id(TABLE)
    return record


def _user(store, user_id, account_id, config):
    if user_id is None or users.role_of(store, user_id, account_id) is None:
        return None
    return render_agent(store, user_id, account_id, config)


def render(store, config, record):
    data = {'id': record['id'], 'name': record['name'], 'visibility': record['visibility']}
    for key in ('created_by', 'updated_by'):
        user = _user(store, record[key + '_id'], record['account_id'], config)
        if user is not None:
            data[key] = user
    data.update(account_id=record['account_id'], actions=record['actions'])
    return data


def _author(ctx, record):
    return record['created_by_id'] == ctx.user_id


def _fetch(ctx, may):
    """``find_by``; the policy runs only on a record found (nil: the action itself decides)."""
    record = ctx.store.get(TABLE, ctx.account_id, record_id(ctx.args['id']))
    if record is not None and not may(ctx, record):
        raise forbidden_action()
    return record


def _may_see(ctx, record):
    return record['visibility'] == 'global' or _author(ctx, record)


def _may_change(ctx, record):
    return ctx.is_admin if record['visibility'] == 'global' else _author(ctx, record)


def index(ctx):
    records = [r for r in ctx.store.rows(TABLE, ctx.account_id)
               if r['visibility'] == 'global' or (r['visibility'] == 'personal' and _author(ctx, r))]
    return json_response(200, {'payload': [render(ctx.store, ctx.config, r) for r in sorted(records, key=lambda r: r['id'])]})


def show(ctx):
    record = _fetch(ctx, _may_see)
    if record is None:
        return head(404)
    return json_response(200, {'payload': render(ctx.store, ctx.config, record)})


def create(ctx):
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.params, ctx.user_id, ctx.role)
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(ctx.store, ctx.config, record)})


def update(ctx):
    found = _fetch(ctx, _may_change)
    if found is None:
        raise ServerCrash('undefined method assign_attributes for nil')
    record = copy.deepcopy(found)
    attachments(ctx.params.get('actions'))
    _assign(record, ctx.params, ctx.user_id, ctx.role)
    if ctx.params.get('actions') not in (None, False):
        record['actions'] = copy.deepcopy(ctx.params['actions'])
    _check(record)
    if record['name'] is None:
        raise ApiError(422, {'error': {}})  # the NOT NULL violation is rescued; errors.messages is empty
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(ctx.store, ctx.config, record)})


def destroy(ctx):
    record = _fetch(ctx, _may_change)
    if record is None:
        raise ServerCrash('undefined method destroy! for nil')
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def seed_body(prefix, number, _width, spec):
    return {'name': '%s %d' % (prefix, number), 'visibility': spec.get('visibility', 'global'),
            'actions': [{'action_name': 'resolve_conversation', 'action_params': []}]}


RESOURCE = Resource(
    table=TABLE,
    singular='macro',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/macros', index),
        account_route(('POST',), r'/macros', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
