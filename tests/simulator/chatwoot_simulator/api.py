"""Chatwoot's REST routes for inboxes: routing, access checks and handlers.

Each handler receives a :class:`Context` once the token and account checks
passed; inbox routes then run ``fetch_inbox`` (404 before 401, checklist 12)
and their own Pundit check.
"""

import datetime
import re
from urllib.parse import parse_qsl

from . import fixtures, inbox as inboxes, members
from .agents import account_agents, render_agent, render_bot
from .auth import account_role, authenticate
from .casting import cast_integer, is_blank, is_scalar, ruby_to_i
from .errors import ApiError, NotModelled, RouteNotFound, forbidden_action, not_found
from .responses import head, json_response
from .tokens import secure_token

DELETE_MESSAGE = 'Your inbox deletion request will be processed in some time.'
_ACCOUNT = r'^/api/v1/accounts/(?P<account_id>[^/]+)'
_INBOX = _ACCOUNT + r'/inboxes/(?P<id>[^/]+)'
_QUERY_KEY = re.compile(r'^([^\[\]]+)((?:\[[^\]]*\])+)$')
_BRACKETS = re.compile(r'\[([^\]]*)\]')


class Context:
    """One authenticated account request."""

    def __init__(self, store, config, params, path_args, account_id, user_id, role):
        self.store = store
        self.config = config
        self.params = params
        self.args = path_args
        self.account_id = account_id
        self.user_id = user_id
        self.role = role

    @property
    def is_admin(self):
        return self.role == 'administrator'

    def require_admin(self):
        if not self.is_admin:
            raise forbidden_action()

    def fetch_inbox(self, raw_id):
        """``account.inboxes.find(id)`` then ``authorize inbox, :show?``."""
        if isinstance(raw_id, str):
            inbox_id = ruby_to_i(raw_id)
        elif isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
            inbox_id = int(raw_id)
        else:
            inbox_id = None
        record = self.store.get(self.account_id, inbox_id)
        if record is None:
            raise not_found()
        if not self.is_admin and self.user_id not in record['members']:
            raise forbidden_action()
        return record

    def render(self, record):
        return inboxes.render(record, self.config, self.is_admin)


# -- inbox collection -------------------------------------------------------

def index(ctx):
    """Checklist 9, 10: every inbox (admins) or member inboxes (agents); no pagination."""
    records = [r for r in ctx.store.account_inboxes(ctx.account_id) if ctx.is_admin or ctx.user_id in r['members']]
    if ctx.config.at_least('4.14.0'):
        records.sort(key=lambda r: ((r['name'] or '').lower(), r['id']))
    else:
        records.sort(key=lambda r: r['id'])  # the ORDER BY was discarded before v4.14.0
    return json_response(200, {'payload': [ctx.render(r) for r in records]})


def create(ctx):
    """Checklist 13-14: the inbox limit (402) is checked before the role (401)."""
    if len(ctx.store.account_inboxes(ctx.account_id)) >= ctx.config.inbox_limit:
        raise ApiError(402, {'error': 'Account limit exceeded. Upgrade to a higher plan'})
    ctx.require_admin()
    record = inboxes.build(ctx.store, ctx.config, ctx.account_id, ctx.params)
    ctx.store.put(record)
    return json_response(200, ctx.render(record))  # 200, not 201


# -- single inbox -----------------------------------------------------------

def show(ctx):
    return json_response(200, ctx.render(ctx.fetch_inbox(ctx.args['id'])))


def update(ctx):
    record = ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    record = inboxes.update(ctx.store, ctx.config, record, ctx.params)
    return json_response(200, ctx.render(record))


def destroy(ctx):
    """Checklist 50-52, 76: asynchronous since v2.16.0, synchronous and empty before."""
    record = ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    if not ctx.config.at_least('2.16.0'):
        ctx.store.remove(record['id'])
        return head(200)
    ctx.store.schedule_delete(record, ctx.config.delete_delay)
    return json_response(200, {'message': DELETE_MESSAGE})


def agent_bot(ctx):
    record = ctx.fetch_inbox(ctx.args['id'])
    bot = fixtures.AGENT_BOTS.get(record['agent_bot_id'])
    return json_response(200, {'agent_bot': render_bot(bot)} if bot else {})


def set_agent_bot(ctx):
    """Checklist 54: fetch_inbox, then the bot lookup (404), then the admin check."""
    record = ctx.fetch_inbox(ctx.args['id'])
    value = ctx.params.get('agent_bot')
    bot = None
    if not is_blank(value):
        bot_id = cast_integer(value) if is_scalar(value) else None
        if ctx.config.at_least('4.14.0'):
            candidates = fixtures.accessible_bots(ctx.account_id)
        else:
            candidates = list(fixtures.AGENT_BOTS.values())
        bot = next((b for b in candidates if b['id'] == bot_id), None)
        if bot is None:
            raise not_found()
    ctx.require_admin()
    record['agent_bot_id'] = bot['id'] if bot else None
    ctx.store.put(record)
    return head(200)


def delete_avatar(ctx):
    ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    return head(200)  # there is never an avatar; 200 all the same (checklist 55)


def assignable_agents(ctx):
    record = ctx.fetch_inbox(ctx.args['id'])
    return json_response(200, members.assignable(record, ctx.account_id, ctx.config))


def campaigns(ctx):
    ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    return json_response(200, [])


def reset_secret(ctx):
    """Checklist 58: API inboxes only; other types get ``head :not_found``."""
    record = ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    if record['channel_type'] != 'api':
        return head(404)
    record['channel'] = dict(record['channel'], secret=secure_token())
    ctx.store.put(record)
    return json_response(200, ctx.render(record))


def sync_templates(ctx):
    ctx.fetch_inbox(ctx.args['id'])
    ctx.require_admin()
    raise ApiError(422, {'error': 'Template sync is only available for WhatsApp channels'})


def health(ctx):
    ctx.fetch_inbox(ctx.args['id'])
    raise ApiError(400, {'error': 'Health data only available for WhatsApp Cloud API channels'})


def csat_template(ctx):
    ctx.fetch_inbox(ctx.args['id'])
    raise ApiError(400, {'error': 'CSAT template operations only available for WhatsApp and Twilio WhatsApp channels'})


# -- members, agents, bots --------------------------------------------------

def inbox_members_show(ctx):
    record = ctx.fetch_inbox(ctx.args['inbox_id'])
    return json_response(200, members.payload(record, ctx.account_id, ctx.config))


def _members_write(action):
    def handler(ctx):
        """Checklist 60-63: fetch_inbox (404 for null/unknown), admin only, then the change."""
        record = ctx.fetch_inbox(ctx.params.get('inbox_id'))
        ctx.require_admin()
        action(record, ctx.params.get('user_ids'))
        ctx.store.put(record)
        if action is members.remove:
            return head(200)
        return json_response(200, members.payload(record, ctx.account_id, ctx.config))
    return handler


def account_assignable_agents(ctx):
    """``GET /assignable_agents?inbox_ids[]=..``: members of every listed inbox, plus administrators (row 23)."""
    raw_ids = ctx.params.get('inbox_ids')
    if raw_ids is None:
        raise not_found()  # find(nil)
    records = [ctx.fetch_inbox(raw) for raw in (raw_ids if isinstance(raw_ids, list) else [raw_ids])]
    return json_response(200, members.assignable_to_all(records, ctx.account_id, ctx.config))


def agents_index(ctx):
    return json_response(200, [render_agent(uid, ctx.account_id, ctx.config) for uid in account_agents(ctx.account_id)])


def agent_bots_index(ctx):
    return json_response(200, [render_bot(bot) for bot in fixtures.accessible_bots(ctx.account_id)])


# (methods, path regex, handler, first Chatwoot version that has the route)
ROUTES = [
    (('GET',), _ACCOUNT + r'/inboxes$', index, None),
    (('POST',), _ACCOUNT + r'/inboxes$', create, None),
    (('GET',), _INBOX + r'$', show, None),
    (('PATCH', 'PUT'), _INBOX + r'$', update, None),
    (('DELETE',), _INBOX + r'$', destroy, None),
    (('GET',), _INBOX + r'/agent_bot$', agent_bot, None),
    (('POST',), _INBOX + r'/set_agent_bot$', set_agent_bot, None),
    (('DELETE',), _INBOX + r'/avatar$', delete_avatar, None),
    (('GET',), _INBOX + r'/assignable_agents$', assignable_agents, None),
    (('GET',), _INBOX + r'/campaigns$', campaigns, None),
    (('POST',), _INBOX + r'/reset_secret$', reset_secret, '4.13.0'),
    (('POST',), _INBOX + r'/sync_templates$', sync_templates, '4.5.0'),
    (('GET',), _INBOX + r'/health$', health, '4.7.0'),
    (('GET', 'POST'), _ACCOUNT + r'/inboxes/(?P<id>[^/]+)/csat_template$', csat_template, '4.9.0'),
    (('GET',), _ACCOUNT + r'/inbox_members/(?P<inbox_id>[^/]+)$', inbox_members_show, None),
    (('POST',), _ACCOUNT + r'/inbox_members$', _members_write(members.add), None),
    (('PATCH',), _ACCOUNT + r'/inbox_members$', _members_write(members.replace), None),
    (('DELETE',), _ACCOUNT + r'/inbox_members$', _members_write(members.remove), None),
    (('GET',), _ACCOUNT + r'/assignable_agents$', account_assignable_agents, None),
    (('GET',), _ACCOUNT + r'/agents$', agents_index, None),
    (('GET',), _ACCOUNT + r'/agent_bots$', agent_bots_index, None),
]
ROUTES = [(methods, re.compile(pattern), handler, since) for methods, pattern, handler, since in ROUTES]


def normalise_path(path):
    """Rails ignores a trailing slash and accepts an explicit ``.json`` format."""
    if path.endswith('.json'):
        path = path[:-len('.json')]
    if len(path) > 1:
        path = path.rstrip('/')
    return path


def match(method, path, config):
    """Find the route; returns ``(handler, path_args)`` or raises RouteNotFound."""
    if method == 'HEAD':
        method = 'GET'  # Rails routes HEAD like GET
    path = normalise_path(path)
    if method == 'GET' and path == '/api':
        return api_info, {}
    if method == 'GET' and path == '/health':
        return health_check, {}
    for methods, regex, handler, since in ROUTES:
        found = regex.match(path)
        if found and method in methods and (since is None or config.at_least(since)):
            return handler, found.groupdict()
    raise RouteNotFound(path)


def api_info(_params, config):
    """Checklist 70: ``GET /api`` needs no token and tells the version."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M:%S')
    return json_response(200, {'version': config.chatwoot_version, 'timestamp': now,
                               'queue_services': 'ok', 'data_services': 'ok'})


def health_check(_params, _config):
    return json_response(200, {'status': 'woot'})


def query_params(query):
    """Rack-style nested query parameters (``a[b]=1``, ``ids[]=1``); values stay strings."""
    params = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        found = _QUERY_KEY.match(key)
        parts = [found.group(1)] + _BRACKETS.findall(found.group(2)) if found else [key]
        target = params
        for position, part in enumerate(parts):
            if position == len(parts) - 1:
                target[part] = value
            elif parts[position + 1] == '':
                current = target.get(part)
                target[part] = (current if isinstance(current, list) else []) + [value]
            else:
                if not isinstance(target.get(part), dict):
                    target[part] = {}
                target = target[part]
                continue
            break
    return params


def dispatch(handler, path_args, params, headers, store, config):
    """Run authentication and the account check, then the handler."""
    if handler in (api_info, health_check):
        return handler(params, config)
    _label, user_id = authenticate(headers, config)
    account_id, role = account_role(path_args.pop('account_id'), user_id)
    if params.get('_multipart'):
        raise NotModelled('multipart/form-data requests (avatar uploads) are not modelled by the simulator')
    params = dict(params)
    params.update(path_args)  # path parameters win, as in Rails
    return handler(Context(store, config, params, path_args, account_id, user_id, role))
