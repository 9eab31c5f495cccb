"""``/agent_bots`` as Chatwoot v4.15.1 serves them (§8.7).

Chatwoot sources: ``app/controllers/api/v1/accounts/agent_bots_controller.rb`` (``check_authorization``
runs *before* the ``agent_bot`` fetch, so an agent gets 401 even for an unknown id; ``show`` finds in
``AgentBot.accessible_to(account)``, every other action in ``Current.account.agent_bots``, so a global
bot is shown but PATCH/DELETE on it is 404; ``params.permit(:name, :description, :outgoing_url, :avatar,
:avatar_url, :bot_type, bot_config: {})``, flat, no ``require``; ``create!``/``update!``/``destroy!``),
``app/policies/agent_bot_policy.rb`` (index/show for every member, writes for administrators),
``app/models/agent_bot.rb`` (``enum bot_type: { webhook: 0 }``, ``outgoing_url`` at most 2048
characters, no other validation: names need not be unique or present), ``app/models/concerns/
access_tokenable.rb`` and ``webhook_secretable.rb`` (a generated access token and ``secret``),
``app/views/api/v1/models/_agent_bot.json.jbuilder`` (see ``agent_json.render_bot``).
"""

import copy

from .. import bots
from ..agent_json import render_bot
from ..casting import DROP, InvalidEnumValue, cast_enum, cast_string, permit_any_hash, permit_scalars
from ..context import record_id
from ..errors import NotModelled, ServerCrash, not_found, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import column_lengths

TABLE = bots.TABLE
PERMITTED = ('name', 'description', 'outgoing_url', 'bot_type')
URL_LENGTH_LIMIT = 2048  # Limits::URL_LENGTH_LIMIT
_ONE = r'/agent_bots/(?P<id>[^/]+)'


def _assign(record, params):
    for key, value in permit_scalars(params, PERMITTED).items():
        if key == 'bot_type':
            try:
                record[key] = cast_enum(value, ('webhook',))
            except InvalidEnumValue as exc:
                raise ServerCrash("ArgumentError: '%s' is not a valid bot_type" % (value,)) from exc
        else:
            record[key] = cast_string(value)
    config = permit_any_hash(params.get('bot_config')) if 'bot_config' in params else DROP
    if config is not DROP:
        record['bot_config'] = config
    if params.get('avatar_url') or params.get('avatar'):
        raise NotModelled('agent bot avatars are not modelled by the simulator')


def _check(record):
    errors = column_lengths(record, {'name': 'string', 'description': 'string'})  # schema order, before outgoing_url
    if record['outgoing_url'] is not None and len(record['outgoing_url']) > URL_LENGTH_LIMIT:
        errors.append(('outgoing_url', 'Outgoing url is too long (maximum is %d characters)' % URL_LENGTH_LIMIT))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    """``Current.account.agent_bots.create!(permitted_params)``: an empty body makes a nameless bot."""
    bots.ensure(store)
    record = bots.new_record(None, account_id, bot_type=None)
    record['bot_type'] = 'webhook'  # column default
    _assign(record, params)
    _check(record)
    record['id'] = store.next_id(TABLE)
    return record


def index(ctx):
    """The account's bots and the global ones, a bare array (checklist 64)."""
    return json_response(200, [render_bot(bot, ctx.is_admin, ctx.account_id) for bot in bots.accessible(ctx.store, ctx.account_id)])


def show(ctx):
    bot = bots.get(ctx.store, record_id(ctx.args['id']))
    if bot is None or bot['account_id'] not in (None, ctx.account_id):
        raise not_found()
    return json_response(200, render_bot(bot, ctx.is_admin, ctx.account_id))


def _own_bot(ctx):
    """``Current.account.agent_bots.find``: global bots and other accounts' bots are 404."""
    bot = bots.get(ctx.store, record_id(ctx.args['id']))
    if bot is None or bot['account_id'] != ctx.account_id:
        raise not_found()
    return bot


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.params)
    ctx.store.put(TABLE, record)
    return json_response(200, render_bot(record, True, ctx.account_id))


def update(ctx):
    ctx.require_admin()  # before the fetch: AgentBotsController runs check_authorization first
    record = copy.deepcopy(_own_bot(ctx))
    _assign(record, ctx.params)
    _check(record)
    ctx.store.put(TABLE, record)
    return json_response(200, render_bot(record, True, ctx.account_id))


def destroy(ctx):
    ctx.require_admin()
    record = _own_bot(ctx)
    ctx.store.remove(TABLE, record['id'])
    for inbox in ctx.store.rows('inboxes', ctx.account_id):  # agent_bot_inboxes go with it
        if inbox.get('agent_bot_id') == record['id']:
            inbox['agent_bot_id'] = None
            ctx.store.put('inboxes', inbox)
    return head(200)


def seed_body(prefix, number, width, _spec):
    return {'name': '%s %0*d' % (prefix, width, number), 'outgoing_url': 'https://bot-%d.example.com/hook' % number}


RESOURCE = Resource(
    table=TABLE,
    singular='agent bot',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/agent_bots', index),
        account_route(('POST',), r'/agent_bots', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
