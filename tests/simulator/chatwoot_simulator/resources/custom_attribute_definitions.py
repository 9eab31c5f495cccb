"""``/custom_attribute_definitions`` as Chatwoot v4.15.1 serves them (§8.9).

Chatwoot sources: ``app/controllers/api/v1/accounts/custom_attribute_definitions_controller.rb`` (``:2-4``
the definition is fetched (404), then ``check_authorization``: ``app/policies/custom_attribute_definition_policy.rb``
lets every member list and show, only administrators create, update and destroy (401), since v4.14.0;
``with_attribute_model(params[:attribute_model])`` filters the
index, and without the parameter the scope gives every definition; ``params.require(
:custom_attribute_definition).permit(...)``; destroy answers ``204``), ``app/models/
custom_attribute_definition.rb`` (display name and key required and stripped, key format, key unique per
account and model, ``attribute_must_not_conflict`` on create only, enums accepting names or integers),
``app/views/api/v1/models/_custom_attribute_definition.json.jbuilder`` (enum names in the answer),
``config/locales/en.yml`` (``errors.custom_attribute_definition.*``).
"""

import copy
import re

from ..casting import DROP, InvalidEnumValue, cast_enum, cast_string, is_blank, permit_scalar, permit_scalar_array
from ..errors import ServerCrash, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, TAKEN, column_lengths, full_message, timestamp

TABLE = 'custom_attribute_definitions'
# db/schema.rb: the string and text columns without a length validator of their own
COLUMNS = {'attribute_display_name': 'string', 'attribute_key': 'string', 'attribute_description': 'text',
           'regex_pattern': 'string', 'regex_cue': 'string'}
SCALARS = ('attribute_display_name', 'attribute_description', 'attribute_display_type', 'attribute_key', 'attribute_model',
           'regex_pattern', 'regex_cue')
ATTRIBUTES = SCALARS + ('attribute_values', 'default_value', 'id', 'account_id', 'created_at', 'updated_at')
# custom_attribute_definition.rb:45, the enum order is the integer; company_attribute since v4.14.0 (fe44b0714).
MODELS = ('conversation_attribute', 'contact_attribute', 'company_attribute')
DISPLAY_TYPES = ('text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox')
STANDARD = {
    'conversation_attribute': ('status', 'priority', 'assignee_id', 'inbox_id', 'team_id', 'display_id', 'campaign_id',
                               'labels', 'browser_language', 'country_code', 'referer', 'created_at', 'last_activity_at'),
    'contact_attribute': ('name', 'email', 'phone_number', 'identifier', 'country_code', 'city', 'company_name', 'created_at',
                          'last_activity_at', 'referer', 'blocked'),
    'company_attribute': ('name', 'domain', 'description', 'contacts_count', 'created_at', 'updated_at', 'last_activity_at'),
}

KEY_FORMAT = 'must only contain letters, numbers, underscores, hyphens, and dots'
KEY_CONFLICT = 'The provided key is not allowed as it might conflict with default attributes.'
_KEY = re.compile(r'[\w.\-]+')
_ONE = r'/custom_attribute_definitions/(?P<id>[^/]+)'


def models(config):
    return MODELS if config.at_least('4.14.0') else MODELS[:2]


def _assign(record, params, config):
    for key in SCALARS:
        if key not in params or permit_scalar(params[key]) is DROP:
            continue
        value = params[key]
        try:
            if key == 'attribute_model':
                record[key] = cast_enum(value, models(config))
            elif key == 'attribute_display_type':
                record[key] = cast_enum(value, DISPLAY_TYPES)
            else:
                record[key] = cast_string(value)
        except InvalidEnumValue as exc:
            raise ServerCrash("ArgumentError: '%s' is not a valid %s" % (value, key)) from exc
    if 'attribute_values' in params and permit_scalar_array(params['attribute_values']) is not DROP:
        record['attribute_values'] = params['attribute_values']
    for key in ('attribute_key', 'attribute_display_name'):  # before_validation: strip
        if not is_blank(record[key]):
            record[key] = record[key].strip()


def _check(store, record, creating):
    errors = column_lengths(record, COLUMNS)
    if is_blank(record['attribute_display_name']):
        errors.append(('attribute_display_name', full_message('attribute_display_name', RAILS_PRESENCE)))
    key = record['attribute_key']
    if is_blank(key):
        errors.append(('attribute_key', full_message('attribute_key', RAILS_PRESENCE)))
    if key is not None and any(o['attribute_key'] == key and o['attribute_model'] == record['attribute_model']
                               for o in store.rows(TABLE, record['account_id']) if o['id'] != record['id']):
        errors.append(('attribute_key', full_message('attribute_key', TAKEN)))
    if not _KEY.fullmatch(key or ''):
        errors.append(('attribute_key', full_message('attribute_key', KEY_FORMAT)))
    if record['attribute_display_type'] is None:
        errors.append(('attribute_display_type', full_message('attribute_display_type', RAILS_PRESENCE)))
    if record['attribute_model'] is None:
        errors.append(('attribute_model', full_message('attribute_model', RAILS_PRESENCE)))
    elif creating and key in STANDARD[record['attribute_model']]:
        errors.append(('attribute_key', full_message('attribute_key', KEY_CONFLICT)))
    if errors:
        raise record_invalid(errors)


def build(store, config, account_id, params):
    now = timestamp()
    record = {'id': None, 'account_id': account_id, 'attribute_display_name': None, 'attribute_display_type': 'text',
              'attribute_description': None, 'attribute_key': None, 'regex_pattern': None, 'regex_cue': None,
              'attribute_values': [], 'attribute_model': 'conversation_attribute', 'default_value': None,
              'created_at': now, 'updated_at': now}
    _assign(record, params, config)
    _check(store, record, creating=True)
    record['id'] = store.next_id(TABLE)
    return record


def render(record):
    keys = ('id', 'attribute_display_name', 'attribute_display_type', 'attribute_description', 'attribute_key',
            'regex_pattern', 'regex_cue', 'attribute_values', 'attribute_model', 'default_value', 'created_at', 'updated_at')
    return {key: record[key] for key in keys}


def index(ctx):
    """A bare array; ``?attribute_model=`` (name or integer) filters, an unknown value matches nothing."""
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])
    wanted = ctx.params.get('attribute_model')
    if not is_blank(wanted):
        try:
            wanted = cast_enum(wanted if not str(wanted).isdigit() else int(wanted), models(ctx.config))
        except (InvalidEnumValue, ValueError):
            wanted = object()
        records = [r for r in records if r['attribute_model'] == wanted]
    return json_response(200, [render(r) for r in records])


def show(ctx):
    return json_response(200, render(ctx.fetch(TABLE, ctx.args['id'])))


def _administrator(ctx, _record):
    return ctx.is_admin


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.require_wrapped('custom_attribute_definition', ATTRIBUTES))
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def update(ctx):
    record = copy.deepcopy(ctx.fetch(TABLE, ctx.args['id'], authorize=_administrator))
    before = dict(record)
    _assign(record, ctx.require_wrapped('custom_attribute_definition', ATTRIBUTES), ctx.config)
    _check(ctx.store, record, creating=False)
    if record != before:
        record['updated_at'] = timestamp()
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def destroy(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'], authorize=_administrator)
    ctx.store.remove(TABLE, record['id'])
    return head(204)


def seed_body(prefix, number, width, spec):
    return {'attribute_display_name': '%s %0*d' % (prefix, width, number),
            'attribute_key': '%s_%0*d' % (prefix.lower(), width, number),
            'attribute_model': spec.get('attribute_model', 'conversation_attribute')}


RESOURCE = Resource(
    table=TABLE,
    singular='custom attribute definition',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/custom_attribute_definitions', index),
        account_route(('POST',), r'/custom_attribute_definitions', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
