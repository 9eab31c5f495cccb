"""``/inboxes`` and its member routes (§1-§6; Chatwoot
``app/controllers/api/v1/accounts/inboxes_controller.rb``, ``app/policies/inbox_policy.rb``).

The rules of an inbox (create, update, JSON) are in ``inbox.py``; this module
is the controller: access checks in Chatwoot's order, then the action.
"""

from .. import bots, channels, inbox as inboxes, members
from ..agent_json import render_bot
from ..casting import cast_integer, is_scalar
from ..errors import ApiError, not_found
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..tokens import secure_token
from . import integration_hooks

TABLE = inboxes.TABLE
DELETE_MESSAGE = 'Your inbox deletion request will be processed in some time.'
_ONE = r'/inboxes/(?P<id>[^/]+)'


def can_show(ctx, record):
    """``InboxPolicy#show?``: administrators, or agents who are members of the inbox."""
    return ctx.is_admin or ctx.user_id in record['members']


def fetch_inbox(ctx, raw_id):
    """``fetch_inbox``: ``account.inboxes.find(id)`` (404) then ``authorize inbox, :show?`` (401)."""
    return ctx.fetch(TABLE, raw_id, can_show)


def render(ctx, record):
    return inboxes.render(record, ctx.config, ctx.is_admin, ctx.store)


# -- collection ------------------------------------------------------------

def index(ctx):
    """Checklist 9, 10: every inbox (admins) or member inboxes (agents); no pagination."""
    records = [r for r in ctx.store.rows(TABLE, ctx.account_id) if can_show(ctx, r)]
    if ctx.config.at_least('4.14.0'):
        records.sort(key=lambda r: ((r['name'] or '').lower(), r['id']))
    else:
        records.sort(key=lambda r: r['id'])  # the ORDER BY was discarded before v4.14.0
    return json_response(200, {'payload': [render(ctx, r) for r in records]})


def create(ctx):
    """Checklist 13-14: the inbox limit (402) is checked before the role (401)."""
    if len(ctx.store.rows(TABLE, ctx.account_id)) >= ctx.config.inbox_limit:
        raise ApiError(402, {'error': 'Account limit exceeded. Upgrade to a higher plan'})
    ctx.require_admin()
    record = inboxes.build(ctx.store, ctx.config, ctx.account_id, ctx.params)
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx, record))  # 200, not 201


# -- one inbox -------------------------------------------------------------

def show(ctx):
    return json_response(200, render(ctx, fetch_inbox(ctx, ctx.args['id'])))


def update(ctx):
    record = fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    record = inboxes.update(ctx.store, ctx.config, record, ctx.params)
    return json_response(200, render(ctx, record))


def destroy(ctx):
    """Checklist 50-52, 76: asynchronous since v2.16.0, synchronous and empty before."""
    record = fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    if not ctx.config.at_least('2.16.0'):
        ctx.store.remove(TABLE, record['id'])
        return head(200)
    ctx.store.schedule_delete(TABLE, record, ctx.config.delete_delay)
    return json_response(200, {'message': DELETE_MESSAGE})


def agent_bot(ctx):
    record = fetch_inbox(ctx, ctx.args['id'])
    bot = bots.get(ctx.store, record['agent_bot_id'])
    return json_response(200, {'agent_bot': render_bot(bot, ctx.is_admin, presented=False)} if bot else {})


def set_agent_bot(ctx):
    """Checklist 54: fetch_inbox, then the bot lookup (404), then the admin check."""
    record = fetch_inbox(ctx, ctx.args['id'])
    value = ctx.params.get('agent_bot')
    bot = None
    if value is not None and value is not False:  # Ruby's `if params[:agent_bot]`: "" is truthy, then find("") is a 404
        bot_id = cast_integer(value) if is_scalar(value) else None
        if ctx.config.at_least('4.14.0'):
            candidates = bots.accessible(ctx.store, ctx.account_id)
        else:
            candidates = bots.every(ctx.store)
        bot = next((b for b in candidates if b['id'] == bot_id), None)
        if bot is None:
            raise not_found()
    ctx.require_admin()
    record['agent_bot_id'] = bot['id'] if bot else None
    ctx.store.put(TABLE, record)
    return head(200)


def delete_avatar(ctx):
    fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    return head(200)  # there is never an avatar; 200 all the same (checklist 55)


def assignable_agents(ctx):
    record = fetch_inbox(ctx, ctx.args['id'])
    return json_response(200, members.assignable(ctx.store, record, ctx.account_id, ctx.config))


def campaigns(ctx):
    fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    return json_response(200, [])


def reset_secret(ctx):
    """Checklist 58: API inboxes only; other types get ``head :not_found``."""
    record = fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    if record['channel_type'] != 'api':
        return head(404)
    record['channel'] = dict(record['channel'], secret=secure_token())
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx, record))


def sync_templates(ctx):
    fetch_inbox(ctx, ctx.args['id'])
    ctx.require_admin()
    raise ApiError(422, {'error': 'Template sync is only available for WhatsApp channels'})


def health(ctx):
    fetch_inbox(ctx, ctx.args['id'])
    raise ApiError(400, {'error': 'Health data only available for WhatsApp Cloud API channels'})


def csat_template(ctx):
    fetch_inbox(ctx, ctx.args['id'])
    raise ApiError(400, {'error': 'CSAT template operations only available for WhatsApp and Twilio WhatsApp channels'})


def seed_body(prefix, number, width, spec):
    """``{"count": N, "channel_type": ...}`` seeding: names ``Seed 0001``..., widget URL ``https://seed-N.example.com``."""
    channel_type = spec.get('channel_type', 'web_widget')
    if channel_type not in channels.MODELLED:
        raise ValueError('channel_type must be %s' % ' or '.join(channels.MODELLED))
    return {'name': '%s %0*d' % (prefix, width, number), 'channel': channels.MODELLED[channel_type].seed_channel(number)}


def seed_build(store, config, account_id, body):
    """Seeding builds like create, and also accepts the Twilio and OAuth-only types."""
    return inboxes.build(store, config, account_id, body, seeding=True)


RESOURCE = Resource(
    table=TABLE,
    singular='inbox',
    build=seed_build,
    seed_body=seed_body,
    sequences=channels.channel_tables(),
    has_members=True,
    on_remove=integration_hooks.remove_inbox_hooks,
    routes=[
        account_route(('GET',), r'/inboxes', index),
        account_route(('POST',), r'/inboxes', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
        account_route(('GET',), _ONE + r'/agent_bot', agent_bot),
        account_route(('POST',), _ONE + r'/set_agent_bot', set_agent_bot),
        account_route(('DELETE',), _ONE + r'/avatar', delete_avatar),
        account_route(('GET',), _ONE + r'/assignable_agents', assignable_agents),
        account_route(('GET',), _ONE + r'/campaigns', campaigns),
        account_route(('POST',), _ONE + r'/reset_secret', reset_secret, since='4.13.0'),
        account_route(('POST',), _ONE + r'/sync_templates', sync_templates, since='4.5.0'),
        account_route(('GET',), _ONE + r'/health', health, since='4.7.0'),
        account_route(('GET', 'POST'), _ONE + r'/csat_template', csat_template, since='4.9.0'),
    ],
)
