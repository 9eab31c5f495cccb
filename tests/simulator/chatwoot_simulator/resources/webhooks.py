"""``/webhooks`` (account webhooks) as Chatwoot v4.15.1 serves them (§8.8).

Chatwoot sources: ``app/controllers/api/v1/accounts/webhooks_controller.rb`` (``check_authorization``
before ``fetch_webhook``, so agents get 401 even for unknown ids; ``params.require(:webhook).permit(
:inbox_id, :name, :url, subscriptions: [])`` for create and update; ``save!``/``update!``/``destroy!``,
``head :ok``), ``app/policies/webhook_policy.rb`` (administrators only, listing too),
``app/models/webhook.rb`` (``url`` unique per account and matching ``URI::DEFAULT_PARSER.make_regexp(
%w[http https])``, an unanchored regex; ``subscriptions`` a non-empty array of ``ALLOWED_WEBHOOK_EVENTS``:
``Subscriptions Invalid events``), ``app/models/concerns/webhook_secretable.rb`` (``has_secure_token
:secret``: generated on create, never permitted), ``app/views/api/v1/accounts/webhooks/*.json.jbuilder``
(index ``{"payload": {"webhooks": [...]}}``, create/update ``{"payload": {"webhook": {...}}}``) and
``_webhook.json.jbuilder`` (id, name, url, account_id, subscriptions, secret, and ``inbox {id, name}``
only when the webhook has one), ``config/locales/en.yml`` (``errors.webhook.invalid``).
"""

import copy
import re

from ..casting import DROP, cast_integer, cast_string, permit_scalar, permit_scalar_array
from ..errors import record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..tokens import secure_token
from ..validations import TAKEN, column_lengths, full_message, taken

TABLE = 'webhooks'
# db/schema.rb: the string and text columns without a length validator of their own
COLUMNS = {'url': 'text', 'name': 'string'}
ATTRIBUTES = ('id', 'name', 'url', 'subscriptions', 'webhook_type', 'secret', 'account_id', 'inbox_id', 'created_at',
              'updated_at')
ALLOWED_EVENTS = ('conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created',
                  'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered', 'inbox_created',
                  'inbox_updated', 'conversation_typing_on', 'conversation_typing_off')
# db/schema.rb:1324, the column's default: a create without subscriptions, or with null (which ``permit(subscriptions:
# [])`` drops), gets these 8 (webhook_controller_spec.rb:89 "use default if subscription events are nil").
DEFAULT_SUBSCRIPTIONS = ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created',
                         'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered']
# ``(?=http|https:)`` then RFC 2396's absolute URI: a scheme, ``:`` and one URI character at least; unanchored,
# so the match may start anywhere in the string.
_URL = re.compile(r"(?=(?:http|https):)[a-zA-Z][-+.a-zA-Z\d]*:(?:[-_.!~*'()a-zA-Z\d;/?:@&=+$,]|%[a-fA-F\d]{2})")
_ONE = r'/webhooks/(?P<id>[^/]+)'


def _assign(record, params):
    for key in ('name', 'url'):
        if key in params and permit_scalar(params[key]) is not DROP:
            record[key] = cast_string(params[key])
    if 'inbox_id' in params and permit_scalar(params['inbox_id']) is not DROP:
        record['inbox_id'] = cast_integer(params['inbox_id'])
    if 'subscriptions' in params:
        subscriptions = permit_scalar_array(params['subscriptions'])
        if subscriptions is not DROP:
            record['subscriptions'] = subscriptions


def _check(store, record):
    # app/models/webhook.rb:23 ``belongs_to :inbox, optional: true`` and no foreign key on webhooks.inbox_id: an unknown
    # inbox id is stored as it is, and the JSON then has no ``inbox``
    errors = column_lengths(record, COLUMNS)
    if taken(store, TABLE, record, 'url'):
        errors.append(('url', full_message('url', TAKEN)))
    if not _URL.search(record['url'] or ''):
        errors.append(('url', full_message('url', 'is invalid')))
    subscriptions = record['subscriptions']
    if not isinstance(subscriptions, list) or not subscriptions or any(event not in ALLOWED_EVENTS for event in subscriptions):
        errors.append(('subscriptions', full_message('subscriptions', 'Invalid events')))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    """``Current.account.webhooks.new(webhook_params).save!``; the secret is generated, never taken from the body."""
    record = {'id': None, 'account_id': account_id, 'name': None, 'url': None,
              'subscriptions': list(DEFAULT_SUBSCRIPTIONS), 'inbox_id': None,
              'webhook_type': 'account_type', 'secret': secure_token()}
    _assign(record, params)
    _check(store, record)
    record['id'] = store.next_id(TABLE)
    return record


def render(store, record):
    data = {key: record[key] for key in ('id', 'name', 'url', 'account_id', 'subscriptions', 'secret')}
    inbox = store.get('inboxes', record['account_id'], record['inbox_id']) if record['inbox_id'] is not None else None
    if inbox is not None:
        data['inbox'] = {'id': inbox['id'], 'name': inbox['name']}
    return data


def _fetch(ctx):
    ctx.require_admin()  # check_authorization runs before fetch_webhook
    return ctx.fetch(TABLE, ctx.args['id'])


def index(ctx):
    """``current_account.webhooks`` in table order."""
    ctx.require_admin()
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])
    return json_response(200, {'payload': {'webhooks': [render(ctx.store, r) for r in records]}})


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('webhook', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': {'webhook': render(ctx.store, record)}})


def update(ctx):
    record = copy.deepcopy(_fetch(ctx))
    _assign(record, ctx.require_wrapped('webhook', ATTRIBUTES))
    _check(ctx.store, record)
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': {'webhook': render(ctx.store, record)}})


def destroy(ctx):
    record = _fetch(ctx)
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def seed_body(prefix, number, _width, spec):
    return {'name': '%s %d' % (prefix, number), 'url': 'https://hooks.example.com/%s-%d' % (prefix.lower(), number),
            'subscriptions': spec.get('subscriptions', ['conversation_created'])}


RESOURCE = Resource(
    table=TABLE,
    singular='webhook',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/webhooks', index),
        account_route(('POST',), r'/webhooks', create),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
