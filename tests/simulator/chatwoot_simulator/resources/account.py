"""``GET|PATCH|PUT /api/v1/accounts/{id}``: the account's own settings, as Chatwoot v4.15.1 serves them (§8.10).

Chatwoot sources: ``app/controllers/api/v1/accounts_controller.rb`` (an ``Api::BaseController``, not an
``Accounts::BaseController``: ``fetch_account`` is ``current_user.accounts.find(params[:id])``, so an unknown account
*and* one the user is not a member of are 404, and a suspended account is not refused; then ``check_authorization``;
``update`` assigns ``name, locale, domain, support_email`` (``params.permit``, flat), merges
``params.permit(:industry, :company_size, :timezone)`` into ``custom_attributes`` and
``params.permit(:auto_resolve_after, :auto_resolve_message, :auto_resolve_ignore_waiting, :audio_transcriptions,
:auto_resolve_label)`` into ``settings``, moves ``onboarding_step`` ``account_update`` to ``invite_team``, ``save!``),
``app/policies/account_policy.rb`` (``show?`` administrator or agent, ``update?`` administrator),
``app/models/account.rb`` (``enum :locale`` over ``LANGUAGES_CONFIG``, no ``validate:`` option: an unknown locale
raises ``ArgumentError``, a 500; ``validates :domain, length: { maximum: 100 }``; ``SETTINGS_PARAMS_SCHEMA`` checked
by ``JsonSchemaValidator``: ``auto_resolve_after`` integer or null, 10 to 1439856; ``support_email`` falls back to
the installation's sender address when blank), ``app/models/application_record.rb`` (string columns without a length
validator: at most 255 characters), ``app/validators/json_schema_validator.rb`` and ``spec/models/account_spec.rb``
(the messages), ``config/initializers/languages.rb`` (the locales), ``config/routes.rb`` (``resources :accounts,
only: [:create, :show, :update]``: PATCH and PUT), ``app/views/api/v1/accounts/{show,update}.json.jbuilder`` and
``app/views/api/v1/models/_account.json.jbuilder`` (see :func:`render`).
"""

import copy
import re

from .. import accounts, users
from ..casting import is_blank, ruby_to_i
from ..errors import ServerCrash, forbidden_action, not_found, record_invalid
from ..resource import Resource, Route
from ..responses import json_response
from ..validations import column_lengths, full_message

TABLE = accounts.TABLE
_ONE = r'^/api/v1/accounts/(?P<id>[^/]+)$'

# config/initializers/languages.rb: LANGUAGES_CONFIG filtered on ``enabled`` (hi and zh are not); the enum maps each
# iso_639_1_code to its index (app/models/account.rb:105).  v4.15.1 adds bg (:45, since v4.5.0) and et (:46, since
# v4.13.0) to the 4.4.0 list.
LOCALES = {
    'en': 0, 'ar': 1, 'nl': 2, 'fr': 3, 'de': 4, 'it': 6, 'ja': 7, 'ko': 8, 'pt': 9, 'ru': 10, 'es': 12, 'ml': 13,
    'ca': 14, 'el': 15, 'pt_BR': 16, 'ro': 17, 'ta': 18, 'fa': 19, 'zh_TW': 20, 'vi': 21, 'da': 22, 'tr': 23, 'cs': 24,
    'fi': 25, 'id': 26, 'sv': 27, 'hu': 28, 'no': 29, 'zh_CN': 30, 'pl': 31, 'sk': 32, 'uk': 33, 'th': 34, 'lv': 35,
    'is': 36, 'he': 37, 'lt': 38, 'sr': 39, 'bg': 40, 'et': 41,
}
COLUMNS = ('name', 'locale', 'domain', 'support_email')
CUSTOM_ATTRIBUTES = ('industry', 'company_size', 'timezone')
SETTINGS = ('auto_resolve_after', 'auto_resolve_message', 'auto_resolve_ignore_waiting', 'audio_transcriptions',
            'auto_resolve_label')
# SETTINGS_PARAMS_SCHEMA, in its property order: (key, JSON types, minimum, maximum).
SETTINGS_SCHEMA = (
    ('auto_resolve_after', ('integer', 'null'), 10, 1439856),
    ('auto_resolve_message', ('string', 'null'), None, None),
    ('auto_resolve_ignore_waiting', ('boolean', 'null'), None, None),
    ('audio_transcriptions', ('boolean', 'null'), None, None),
    ('auto_resolve_label', ('string', 'null'), None, None),
)
DOMAIN_LIMIT = 100           # validates :domain, length: { maximum: 100 }
SUPPORT_EMAIL_COLUMN = 100   # support_email is varchar(100): longer values fail the UPDATE (500)
# Account#support_email: ``super.presence || ENV.fetch('MAILER_SENDER_EMAIL') {...}``; .env.example's value.
MAILER_SENDER_EMAIL = 'Chatwoot <accounts@chatwoot.com>'
_SHOWN_CUSTOM_ATTRIBUTES = ('industry', 'company_size', 'timezone', 'logo', 'onboarding_step', 'marked_for_deletion_at',
                            'marked_for_deletion_reason')


def present(value):
    """Ruby's ``present?``: not nil, false, a blank string or an empty collection."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value.strip() != ''
    if isinstance(value, (list, dict)):
        return bool(value)
    return True


def render(record):
    """``_account.json.jbuilder``: ``settings`` raw; ``custom_attributes`` only when the hash is present, with the four
    plan keys always and the others only when present; then the columns, ``status`` and ``cache_keys``."""
    body = {'settings': copy.deepcopy(record['settings']), 'created_at': record['created_at']}
    custom = record['custom_attributes']
    if present(custom):
        plan = ('plan_name', 'subscribed_quantity', 'subscription_status', 'subscription_ends_on')
        shown = {key: custom.get(key) for key in plan}
        shown.update({key: custom[key] for key in _SHOWN_CUSTOM_ATTRIBUTES if present(custom.get(key))})
        body['custom_attributes'] = shown
    body.update({
        'domain': record['domain'], 'features': accounts.enabled_features(record), 'id': record['id'], 'locale': record['locale'],
        'name': record['name'], 'support_email': record['support_email'] if present(record['support_email']) else MAILER_SENDER_EMAIL,
        'status': record['status'],
        'cache_keys': {key: record['cache_keys_at'] for key in ('label', 'inbox', 'team')},
    })
    return body


def _fetch(ctx):
    """``current_user.accounts.find(params[:id])``: 404 when unknown or when the user is not a member."""
    account_id = ruby_to_i(ctx.args['id'])
    record = accounts.get(ctx.store, account_id)
    role = users.role_of(ctx.store, ctx.user_id, account_id) if record else None
    if role is None:
        raise not_found()
    return record, role


def show(ctx):
    """Every member (``show?``); ``show.json.jbuilder`` adds ``latest_chatwoot_version`` (Redis; null here)."""
    record, _role = _fetch(ctx)
    return json_response(200, dict(render(record), latest_chatwoot_version=None))


def _locale(value):
    """Rails enum assignment: a name or its integer value; blank is nil; anything else ``ArgumentError`` (500)."""
    if value is None or (isinstance(value, str) and value.strip() == ''):
        return None
    if isinstance(value, str) and value in LOCALES:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        for name, number in LOCALES.items():
            if number == value:
                return name
    raise ServerCrash("ArgumentError: '%s' is not a valid locale" % (value,))


def _string(value):
    if isinstance(value, bool):
        return 't' if value else 'f'
    return value if value is None or isinstance(value, str) else str(value)


def _assign(record, params):
    """``assign_attributes`` of the permitted columns, then the two ``merge!``es (scalars only, raw JSON values)."""
    for key in COLUMNS:
        if key in params and not isinstance(params[key], (list, dict)):
            record[key] = _locale(params[key]) if key == 'locale' else _string(params[key])
    for target, keys in (('custom_attributes', CUSTOM_ATTRIBUTES), ('settings', SETTINGS)):
        record[target].update({key: params[key] for key in keys if key in params and not isinstance(params[key], (list, dict))})
    if record['custom_attributes'].get('onboarding_step') == 'account_update':
        record['custom_attributes']['onboarding_step'] = 'invite_team'


def _json_type(value):
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'boolean'
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return 'integer'
    if isinstance(value, float):
        return 'number'
    return 'string' if isinstance(value, str) else 'object'


def _schema_errors(settings):
    """``JsonSchemaValidator``: one error per failing key, named by its JSON pointer.

    Range messages as ``spec/models/account_spec.rb`` asserts them.  A value of none of the listed types is reported
    with the failing keyword, ``type`` (derived from json_schemer's classic output; no Chatwoot spec covers it).
    """
    errors = []
    for key, types, minimum, maximum in SETTINGS_SCHEMA:
        if key not in settings:
            continue
        value = settings[key]
        if _json_type(value) not in types:
            errors.append((key, full_message(key, 'must be of type type')))
        elif minimum is not None and value is not None and value < minimum:
            errors.append((key, full_message(key, 'must be greater than or equal to %d' % minimum)))
        elif maximum is not None and value is not None and value > maximum:
            errors.append((key, full_message(key, 'must be less than or equal to %d' % maximum)))
    return errors


# What Mail::Address parses to an address (account.rb:205-213 validate_support_email_format, since v4.13.0): an
# addr-spec, alone or in angle brackets after a display name, or one word (Mail reads it as a local part). Derived from
# spec/models/account_spec.rb:297-316: 'Smith Smith' has no address and is refused; the gem's full grammar is not modelled.
_SUPPORT_EMAIL = re.compile(r'^\s*(?:[^<>]*<[^\s<>]+>|[^\s<>]+)\s*$')


def _check(record, before=None):
    """``before_validation`` length checks (name, support_email), ``validates :name, presence`` (account.rb:40, since
    v4.9.0), the domain length, the settings schema, the support e-mail's format when it changes (422); then what the
    database refuses (500): a support e-mail longer than its varchar(100). before: the record as stored (None for a
    new one), for ``if: :will_save_change_to_support_email?``."""
    errors = column_lengths(record, {'name': 'string', 'support_email': 'string'})
    if is_blank(record['name']):
        errors.append(('name', full_message('name', "can't be blank")))
    if record['domain'] is not None and len(record['domain']) > DOMAIN_LIMIT:
        errors.append(('domain', full_message('domain', 'is too long (maximum is %d characters)' % DOMAIN_LIMIT)))
    errors.extend(_schema_errors(record['settings']))
    email = record['support_email']
    if (before is None or email != before['support_email']) and not is_blank(email) and not _SUPPORT_EMAIL.match(email):
        errors.append(('support_email', full_message('support_email', 'is not a valid email address')))
    if errors:
        raise record_invalid(errors)
    if record['support_email'] is not None and len(record['support_email']) > SUPPORT_EMAIL_COLUMN:
        raise ServerCrash('value too long for type character varying(100)')


def update(ctx):
    """Administrators only (``update?``); nothing is saved when a check fails; ``update.json.jbuilder`` is the partial."""
    record, role = _fetch(ctx)
    if role != 'administrator':
        raise forbidden_action()
    changed = copy.deepcopy(record)
    _assign(changed, ctx.params)
    _check(changed, record)
    ctx.store.put(TABLE, changed)
    return json_response(200, render(changed))


def build(_store, _config, _account_id, _params):
    """Accounts are the fixture ones and those the Platform API creates: never seeded."""
    raise ValueError('the accounts table holds the fixture accounts and those made through the Platform API: change them '
                     'with PATCH /api/v1/accounts/{id}, create them with POST /platform/api/v1/accounts, not by seeding')


def seed_body(_prefix, _number, _width, _spec):
    return {}


RESOURCE = Resource(
    table=TABLE,
    singular='account',
    on_remove=accounts.remove_dependents,
    build=build,
    seed_body=seed_body,
    routes=[
        Route(('GET',), _ONE, show),
        Route(('PATCH', 'PUT'), _ONE, update),
    ],
)
