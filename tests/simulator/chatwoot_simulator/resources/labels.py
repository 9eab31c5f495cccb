"""``/labels`` as Chatwoot v4.15.1 serves them (§8.2, checklist 77-81).

Chatwoot sources: ``app/controllers/api/v1/accounts/labels_controller.rb`` (fetch_label, then
``authorize(Label)``; ``create!``/``update!``/``destroy!``), ``app/policies/label_policy.rb``
(agents may only list), ``app/models/label.rb`` (title down-cased before validation, presence,
format, uniqueness per account; ``default_scope { order(:title) }``), ``lib/regex_helper.rb``
(the title format), ``app/views/api/v1/accounts/labels/*.json.jbuilder`` (five keys).
"""

import copy
import unicodedata

from ..casting import cast_bool, cast_string, is_blank, permit_scalars
from ..errors import ServerCrash, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import CHATWOOT_PRESENCE, TAKEN, column_lengths, full_message, taken

TABLE = 'labels'
# db/schema.rb: the string and text columns without a length validator of their own
COLUMNS = {'title': 'string', 'description': 'text', 'color': 'string'}
# ParamsWrapper wraps a JSON body's keys that are ``Label.attribute_names`` under ``label``.
ATTRIBUTES = ('id', 'title', 'description', 'color', 'show_on_sidebar', 'created_at', 'updated_at', 'account_id')
PERMITTED = ('title', 'description', 'color', 'show_on_sidebar')
DEFAULT_COLOR = '#1f93ff'
_ONE = r'/labels/(?P<id>[^/]+)'


def valid_title(title):
    r"""``\A[\p{L}\p{N}]+[\p{L}\p{N}_-]+\Z``: two characters at least, a letter or digit first.

    ``\Z`` also accepts one trailing newline.
    """
    text = title[:-1] if title.endswith('\n') else title
    return (len(text) >= 2 and _letter_or_digit(text[0])
            and all(_letter_or_digit(char) or char in '_-' for char in text[1:]))


def _letter_or_digit(char):
    return unicodedata.category(char)[0] in 'LN'


def _assign(record, params):
    for key, value in permit_scalars(params, PERMITTED).items():
        record[key] = cast_bool(value) if key == 'show_on_sidebar' else cast_string(value)
    if record['title']:  # before_validation: ``title.downcase if attribute_present?('title')``
        record['title'] = record['title'].lower()


def _check(store, record):
    """Validations (422), then the NOT NULL ``color`` column (500)."""
    title = record['title']
    errors = column_lengths(record, COLUMNS)
    if is_blank(title):
        errors.append(('title', full_message('title', CHATWOOT_PRESENCE)))
    if not valid_title(title or ''):
        errors.append(('title', full_message('title', 'is invalid')))
    if taken(store, TABLE, record, 'title'):
        errors.append(('title', full_message('title', TAKEN)))
    if errors:
        raise record_invalid(errors)
    if record['color'] is None:
        raise ServerCrash('null value in column "color"')


def build(store, _config, account_id, params):
    """``Current.account.labels.create!(permitted_params)``."""
    record = {'id': None, 'account_id': account_id, 'title': None, 'description': None, 'color': DEFAULT_COLOR,
              'show_on_sidebar': None}
    _assign(record, params)
    _check(store, record)
    record['id'] = store.next_id(TABLE)
    return record


def render(record):
    return {key: record[key] for key in ('id', 'title', 'description', 'color', 'show_on_sidebar')}


def index(ctx):
    """Every member may list (``index?`` is administrator or agent); ordered by title, ``{"payload": [...]}``."""
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: (r['title'], r['id']))
    return json_response(200, {'payload': [render(r) for r in records]})


def show(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()  # ``show?`` is administrators only
    return json_response(200, render(record))


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('label', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def update(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()
    changed = copy.deepcopy(record)
    _assign(changed, ctx.require_wrapped('label', ATTRIBUTES))
    _check(ctx.store, changed)
    ctx.store.put(TABLE, changed)
    return json_response(200, render(changed))


def destroy(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def seed_body(prefix, number, width, _spec):
    """Titles ``seed_0001``...: a title may not contain spaces."""
    return {'title': '%s_%0*d' % (prefix, width, number)}


RESOURCE = Resource(
    table=TABLE,
    singular='label',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/labels', index),
        account_route(('POST',), r'/labels', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
