"""``/platform/api/v1/accounts``: the Platform API's accounts, as Chatwoot v4.15.1 serves them (§8.11).

Chatwoot sources: ``app/controllers/platform/api/v1/accounts_controller.rb`` (``index`` since v4.5.0: the app's
permissible accounts, ``.map(&:permissible)``; ``create``: ``Account.create!(account_params)``, *then*
``update_resource_features``, ``save!``, then the permissible row; ``update``: ``assign_attributes(account_params)`` -
every hash sent replaces the stored one whole - then the features, ``save!``; ``destroy``: ``DeleteObjectJob``, 200
at once; ``permitted_params``: ``name, locale, domain, support_email, status, features: {}, limits: {},
custom_attributes: {}``; ``update_resource_features``: ``value.present? ? enable_features(key) :
disable_features(key)``, so the string ``"false"`` enables and an unknown key raises ``NoMethodError``),
``app/views/platform/api/v1/accounts/*.json.jbuilder`` and ``app/views/platform/api/v1/models/_account.json.jbuilder``
(:func:`render`), ``app/models/account.rb`` (``enum :locale``, ``enum :status { active, suspended }``: an unknown
value raises ``ArgumentError``; ``validates :name, presence``), ``app/models/concerns/featurable.rb`` (flags of
``config/features.yml``, ``enable_default_features`` before create), ``enterprise/app/models/enterprise/account/
plan_usage_and_limits.rb`` (``validate_limit_keys``, enterprise only: ``limits`` keys ``inboxes, agents,
captain_responses, captain_documents, emails`` with numbers, else ``Limits : Invalid data``),
``spec/controllers/platform/api/v1/accounts_controller_spec.rb``.

Two traps reproduced: an unknown feature on create is a 500 *after* the account was saved, so it exists but the app
has no permissible row for it and never sees it; and the index renders ``nil`` for an account deleted since (its
permissible row stays), a ``NoMethodError``, so after one deletion the index answers 500.
"""

import copy

from .. import accounts, platform
from ..casting import DROP, InvalidEnumValue, cast_enum, is_blank, permit_any_hash, permit_scalar
from ..errors import ServerCrash, record_invalid
from ..resource import Resource, platform_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, full_message
from .account import MAILER_SENDER_EMAIL, _check, _locale, _string, present

TABLE = accounts.TABLE
PERMISSIBLE_TYPE = 'Account'
STATUSES = ('active', 'suspended')
COLUMNS = ('name', 'locale', 'domain', 'support_email', 'status')
HASHES = ('limits', 'custom_attributes')
ENTERPRISE_LIMIT_KEYS = ('inboxes', 'agents', 'captain_responses', 'captain_documents', 'emails')
_ONE = r'/accounts/(?P<id>[^/]+)'


def render(record):
    """``_account.json.jbuilder``: the hashes raw, the enabled features, ``support_email`` with its fallback."""
    return {
        'id': record['id'], 'name': record['name'], 'locale': record['locale'], 'domain': record['domain'],
        'support_email': record['support_email'] if present(record['support_email']) else MAILER_SENDER_EMAIL,
        'features': accounts.enabled_features(record), 'custom_attributes': copy.deepcopy(record['custom_attributes']),
        'limits': copy.deepcopy(record.get('limits', {})), 'status': record['status'],
    }


def _permitted(params):
    """``permitted_params``: scalars for the columns, any hash for the three hashes (other shapes dropped)."""
    permitted = {}
    for key in COLUMNS:
        if key in params and permit_scalar(params[key]) is not DROP:
            permitted[key] = params[key]
    for key in HASHES + ('features',):
        if key in params and permit_any_hash(params[key]) is not DROP:
            permitted[key] = dict(params[key])
    return permitted


def _assign(record, permitted):
    """``assign_attributes(account_params)``: enums raise on an unknown value (500, nothing saved)."""
    for key in COLUMNS:
        if key not in permitted:
            continue
        if key == 'locale':
            record[key] = _locale(permitted[key])
        elif key == 'status':
            try:
                record[key] = cast_enum(permitted[key], STATUSES)
            except InvalidEnumValue as exc:
                raise ServerCrash("ArgumentError: '%s' is not a valid status" % (exc.args[0],)) from exc
        else:
            record[key] = _string(permitted[key])
    for key in HASHES:
        if key in permitted:
            record[key] = copy.deepcopy(permitted[key])  # replaced whole


def _validate(record, config):
    errors = []
    if is_blank(record['name']):
        errors.append(('name', full_message('name', RAILS_PRESENCE)))
    limits = record['limits']
    if config.enterprise and (set(limits) - set(ENTERPRISE_LIMIT_KEYS) or any(
            isinstance(value, bool) or not isinstance(value, (int, float)) for value in limits.values())):
        errors.append(('limits', full_message('limits', ': Invalid data')))
    if errors:
        raise record_invalid(errors)
    _check(record)  # lengths (422), then the support e-mail column (500)


def _apply_features(record, features):
    """``update_resource_features``: each key sent is enabled when its value is present, else disabled."""
    enabled = set(record['features'])
    for key, value in (features or {}).items():
        if key not in accounts.FEATURE_LIST:
            raise ServerCrash("NoMethodError: undefined method `feature_%s='" % key)
        if present(value):
            enabled.add(key)
        else:
            enabled.discard(key)
    record['features'] = [name for name in accounts.FEATURE_LIST if name in enabled]


def index(ctx):
    accounts.ensure(ctx.store)
    rows = platform.permissible_rows(ctx.store, ctx.platform_app_id, PERMISSIBLE_TYPE)
    found = [accounts.get(ctx.store, row['permissible_id']) for row in rows]
    if any(record is None for record in found):
        raise ServerCrash("NoMethodError: undefined method `id' for nil")  # the partial renders a deleted account
    return json_response(200, [render(record) for record in found])


def create(ctx):
    accounts.ensure(ctx.store)
    permitted = _permitted(ctx.params)
    record = accounts.new_record(None, None)
    _assign(record, permitted)
    _validate(record, ctx.config)
    record['id'] = ctx.store.next_id(TABLE)
    ctx.store.put(TABLE, record)  # Account.create!: saved before the features are looked at
    _apply_features(record, permitted.get('features'))
    platform.make_permissible(ctx.store, ctx.platform_app_id, PERMISSIBLE_TYPE, record['id'])
    return json_response(200, render(record))


def show(ctx):
    accounts.ensure(ctx.store)
    return json_response(200, render(platform.fetch_permissible(ctx, TABLE, PERMISSIBLE_TYPE, ctx.args['id'])))


def update(ctx):
    accounts.ensure(ctx.store)
    record = copy.deepcopy(platform.fetch_permissible(ctx, TABLE, PERMISSIBLE_TYPE, ctx.args['id']))
    permitted = _permitted(ctx.params)
    _assign(record, permitted)
    _apply_features(record, permitted.get('features'))
    _validate(record, ctx.config)
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))


def destroy(ctx):
    accounts.ensure(ctx.store)
    record = platform.fetch_permissible(ctx, TABLE, PERMISSIBLE_TYPE, ctx.args['id'])
    ctx.store.schedule_delete(TABLE, record, ctx.config.delete_delay)
    return head(200)


RESOURCE = Resource(
    table=None,
    routes=[
        platform_route(('GET',), r'/accounts', index, since='4.5.0'),
        platform_route(('POST',), r'/accounts', create),
        platform_route(('GET',), _ONE, show),
        platform_route(('PATCH', 'PUT'), _ONE, update),
        platform_route(('DELETE',), _ONE, destroy),
    ],
)
