"""``/canned_responses`` as Chatwoot v4.15.1 serves them (§8.3, checklist 77, 78, 82-84).

Chatwoot sources: ``app/controllers/api/v1/accounts/canned_responses_controller.rb`` (no Pundit
check at all, so every account member may write; ``render json:`` of the record; ``?search=``
filters with ILIKE and orders by ``order_by_search``; no ``show`` route in ``config/routes.rb``),
``app/models/canned_response.rb`` (content and short_code present, short_code unique per account),
``db/schema.rb`` (column order of the JSON: id, account_id, short_code, content, created_at, updated_at).
"""

import copy
import json
import re

from ..casting import cast_string, is_blank, permit_scalars
from ..errors import record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, TAKEN, column_lengths, full_message, taken, timestamp

TABLE = 'canned_responses'
# db/schema.rb: the string and text columns without a length validator of their own
COLUMNS = {'short_code': 'string', 'content': 'text'}
ATTRIBUTES = ('id', 'content', 'short_code', 'created_at', 'updated_at', 'account_id')
PERMITTED = ('short_code', 'content')
_ONE = r'/canned_responses/(?P<id>[^/]+)'


def _assign(record, params):
    for key, value in permit_scalars(params, PERMITTED).items():
        record[key] = cast_string(value)


def _check(store, record):
    errors = column_lengths(record, COLUMNS)
    if is_blank(record['content']):
        errors.append(('content', full_message('content', RAILS_PRESENCE)))
    if is_blank(record['short_code']):
        errors.append(('short_code', full_message('short_code', RAILS_PRESENCE)))
    if taken(store, TABLE, record, 'short_code'):  # case-sensitive, as the column's collation is
        errors.append(('short_code', full_message('short_code', TAKEN)))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    """``Current.account.canned_responses.new(params).save!``."""
    record = {'id': None, 'account_id': account_id, 'short_code': None, 'content': None,
              'created_at': None, 'updated_at': None}
    _assign(record, params)
    _check(store, record)
    record['id'] = store.next_id(TABLE)
    record['created_at'] = record['updated_at'] = timestamp()
    return record


def render(record):
    """``CannedResponse#as_json``: every column, in table order."""
    return {key: record[key] for key in ('id', 'account_id', 'short_code', 'content', 'created_at', 'updated_at')}


def ilike(pattern, text):
    """Postgres ``text ILIKE pattern``: ``%`` any run, ``_`` one character, backslash escapes."""
    regex, escaped = [], False
    for char in pattern:
        if escaped:
            regex.append(re.escape(char))
            escaped = False
        elif char == '\\':
            escaped = True
        else:
            regex.append('.*' if char == '%' else '.' if char == '_' else re.escape(char))
    return re.fullmatch(''.join(regex), text or '', re.IGNORECASE | re.DOTALL) is not None


def _ruby_to_s(value):
    """String interpolation of a parameter: ``"%#{params[:search]}%"``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value)


def _search_rank(record, search):
    """``order_by_search``: short_code prefix 1, short_code substring 0.5, content substring 0.2."""
    if ilike(search + '%', record['short_code']):
        return 1
    if ilike('%' + search + '%', record['short_code']):
        return 0.5
    return 0.2 if ilike('%' + search + '%', record['content']) else 0


def index(ctx):
    """A bare array; ``?search=`` keeps matching short codes or contents, best match first."""
    records = ctx.store.rows(TABLE, ctx.account_id)
    search = ctx.params.get('search')
    if search is not None and search is not False:  # ``if params[:search]``: "" filters too
        search = _ruby_to_s(search)
        pattern = '%' + search + '%'
        records = [r for r in records if ilike(pattern, r['short_code']) or ilike(pattern, r['content'])]
        records.sort(key=lambda r: (-_search_rank(r, search), r['id']))  # ties: unspecified in Chatwoot
    else:
        records.sort(key=lambda r: r['id'])  # no ORDER BY: table order
    return json_response(200, [render(r) for r in records])


def create(ctx):
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('canned_response', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def update(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    changed = copy.deepcopy(record)
    _assign(changed, ctx.require_wrapped('canned_response', ATTRIBUTES))
    _check(ctx.store, changed)
    if changed != record:
        changed['updated_at'] = timestamp()  # Rails touches updated_at only when something changed
    ctx.store.put(TABLE, changed)
    return json_response(200, render(changed))


def destroy(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def seed_body(prefix, number, width, _spec):
    return {'short_code': '%s_%0*d' % (prefix.lower(), width, number), 'content': '%s response %d' % (prefix, number)}


RESOURCE = Resource(
    table=TABLE,
    singular='canned response',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/canned_responses', index),
        account_route(('POST',), r'/canned_responses', create),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
