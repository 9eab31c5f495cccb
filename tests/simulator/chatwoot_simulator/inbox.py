"""Inbox rules: create, update, serialisation (§2, §3, §5).

Records are plain dicts held by the store.  ``create`` and ``update`` follow
Chatwoot's controller step by step, including its non-atomic update and the
places where it crashes with a 500 rather than answering 422.
"""

import copy
import re
import zoneinfo

from . import channels, remote as remote_services, working_hours
from .casting import (DROP, InvalidEnumValue, cast_bool, cast_enum, cast_integer, cast_string, is_blank, permit_scalar,
                      permit_value)
from .errors import ApiError, ServerCrash, record_invalid
from .validations import column_lengths

SENDER_NAME_TYPES = ['friendly', 'professional']

_CSAT_TEMPLATE = {key: 'scalar' for key in (
    'name', 'template_id', 'friendly_name', 'content_sid', 'approval_sid', 'created_at', 'language', 'status')}
_CSAT_CONFIG = {'display_type': 'scalar', 'message': 'scalar', 'button_text': 'scalar', 'language': 'scalar',
                'survey_rules': {'operator': 'scalar', 'values': 'array'}, 'template': _CSAT_TEMPLATE}

_SCALAR_ATTRS = ('name', 'avatar', 'greeting_enabled', 'greeting_message', 'enable_email_collect', 'csat_survey_enabled',
                 'enable_auto_assignment', 'working_hours_enabled', 'out_of_office_message', 'timezone',
                 'allow_messages_after_resolved', 'lock_to_single_conversation', 'portal_id', 'sender_name_type',
                 'business_name')
_STRING_ATTRS = ('name', 'greeting_message', 'out_of_office_message', 'timezone', 'business_name')
_BOOL_ATTRS = ('greeting_enabled', 'enable_email_collect', 'csat_survey_enabled', 'enable_auto_assignment',
               'working_hours_enabled', 'allow_messages_after_resolved', 'lock_to_single_conversation')
_NOT_NULL = ('lock_to_single_conversation',)
MAX_MESSAGE_LENGTH = 10000

# Inbox keys (params and JSON) that older Chatwoot releases did not have (§7).
MIN_VERSION = {
    'allow_messages_after_resolved': '2.1.0',
    'lock_to_single_conversation': '2.12.0',
    'portal_id': '2.17.0',
    'help_center': '2.17.0',
    'sender_name_type': '3.0.0',
    'business_name': '3.0.0',
    'csat_config': '4.2.0',
    'allowed_domains': '4.6.0',
    'secret': '4.13.0',
}

# v2.7.0-v4.2.0 name rule for web widget/API/email inboxes (checklist 20, legacy mode).
_LEGACY_NAME_RE = re.compile(r'^\b[^/\\<>@]*\b$', re.MULTILINE | re.ASCII)
_LEGACY_NAME_MESSAGE = 'Name should not start or end with symbols, and it should not have < > / \\ @ characters.'

_TIMEZONES = None

PORTALS = 'portals'  # resources/portals.py; an inbox's help center is a portal of any account (§2.4)
TABLE = 'inboxes'


def timezones():
    """IANA identifiers known to the host (the ``tzdata`` package supplies them if the OS does not)."""
    global _TIMEZONES  # pylint: disable=global-statement
    if _TIMEZONES is None:
        names = zoneinfo.available_timezones()
        if not names:
            raise RuntimeError('no IANA time zone data found: install the tzdata package (pip install tzdata)')
        _TIMEZONES = frozenset(names)
    return _TIMEZONES


def _supported(config, key):
    return key not in MIN_VERSION or config.at_least(MIN_VERSION[key])


def null_strings(params):
    """Top-level ``"null"`` strings become nil before permitting (Chatwoot workaround CW-1567)."""
    return {key: (None if value == 'null' else value) for key, value in params.items()}


def _permit_inbox(params, config):
    """Strong parameters for the inbox-level attributes (``inbox_attributes``)."""
    result = {}
    for key, value in params.items():
        if key in _SCALAR_ATTRS:
            permitted = permit_scalar(value)
        elif key == 'csat_config':
            permitted = permit_value(value, _CSAT_CONFIG)
        elif key == 'auto_assignment_config' and config.enterprise:
            permitted = permit_value(value, {'max_assignment_limit': 'scalar'})
        else:
            continue
        if permitted is not DROP and _supported(config, key):
            result[key] = permitted
    return result


def _assign(inbox, attrs):
    """Assign cast values; raises ServerCrash where Rails raises during assignment."""
    for key, value in attrs.items():
        if key in _STRING_ATTRS:
            inbox[key] = cast_string(value)
        elif key in _BOOL_ATTRS:
            inbox[key] = cast_bool(value)
        elif key == 'avatar':
            # Only multipart uploads work; null/"" detach, any other JSON value is taken for an
            # ActiveStorage signed id and blows up (§2.4).
            if value is not None and value != '':
                raise ServerCrash('Could not find or build blob')
        elif key == 'portal_id':
            inbox[key] = cast_integer(value)
        elif key == 'sender_name_type':
            try:
                inbox[key] = cast_enum(value, SENDER_NAME_TYPES)
            except InvalidEnumValue as exc:
                raise ServerCrash("'%s' is not a valid sender_name_type" % (value,)) from exc
        else:  # csat_config (raw on create), auto_assignment_config: hashes replaced wholesale
            inbox[key] = value


def _validate(inbox, config, channel_present):
    errors = column_lengths(inbox, {'name': 'string', 'business_name': 'string'})
    if is_blank(inbox['name']):
        errors.append(('name', "Name can't be blank"))
    if (config.at_least('2.7.0') and not config.at_least('4.3.0')
            and not _LEGACY_NAME_RE.search(inbox['name'] or '')):
        errors.append(('name', _LEGACY_NAME_MESSAGE))
    if inbox['timezone'] not in timezones():
        errors.append(('timezone', 'Timezone is not included in the list'))
    for key, label in (('out_of_office_message', 'Out of office message'), ('greeting_message', 'Greeting message')):
        if inbox[key] is not None and len(inbox[key]) > MAX_MESSAGE_LENGTH:
            errors.append((key, '%s is too long (maximum is %d characters)' % (label, MAX_MESSAGE_LENGTH)))
    if config.enterprise:
        limit = (inbox['auto_assignment_config'] or {}).get('max_assignment_limit')
        if not is_blank(limit) and not _positive(limit):
            errors.append(('auto_assignment_config',
                           'Auto assignment config max_assignment_limit must be greater than 0'))
    if not channel_present:
        errors.append(('channel', 'Channel must exist'))
    return errors


def _positive(value):
    """Ruby ``value.to_i.positive?``."""
    return (cast_integer(value) if isinstance(value, (str, int, float)) else 0) > 0


def _check_database(store, inbox):
    """Constraints only the database enforces (after validation passed): 500 on violation."""
    for key in _NOT_NULL:
        if inbox[key] is None:
            raise ServerCrash('null value in column "%s"' % key)
    if inbox['portal_id'] is not None and inbox['portal_id'] not in store.tables.get(PORTALS, {}):
        raise ServerCrash('foreign key violation on portal_id')  # checklist 46: a portal of any account


def _new_inbox(account_id):
    return {
        'id': None, 'account_id': account_id, 'name': None, 'channel_type': None, 'channel_id': None,
        'greeting_enabled': False, 'greeting_message': None, 'working_hours_enabled': False,
        'enable_email_collect': True, 'csat_survey_enabled': False, 'csat_config': {},
        'enable_auto_assignment': True, 'auto_assignment_config': {}, 'out_of_office_message': None,
        'timezone': 'UTC', 'allow_messages_after_resolved': True, 'lock_to_single_conversation': False,
        'sender_name_type': 'friendly', 'business_name': None, 'portal_id': None,
        'channel': None, 'agent_bot_id': None, 'members': [], 'delete_due': None,
    }


def others_of(store, channel_class, inbox_id):
    """The other channels of a class in the installation, for uniqueness (pending deletions still count)."""
    return [r['channel'] for r in store.rows(TABLE) if r['channel_type'] == channel_class.slug and r['id'] != inbox_id]


def build(store, config, account_id, params, seeding=False):
    """Validate and build a new inbox from a create body; the caller stores it.

    Order as in InboxesController#create: channel first (its 422 is reported
    alone, checklist 21), then the inbox; one transaction, so nothing is kept
    on failure (remote calls made on the way stay made).  ``seeding`` also
    accepts the OAuth-only types (``POST /_simulator/seed``).
    """
    params = null_strings(params)
    channel_param = params.get('channel')
    if not isinstance(channel_param, dict):
        raise ServerCrash('undefined method [] for nil')  # checklist 16
    channel_class = channels.for_create(permit_scalar(channel_param.get('type')), config, seeding)
    remote = remote_services.services(store)
    channel = None
    if channel_class is not None:
        attrs = channel_class.permit(channel_param, config)
        attrs.pop('type', None)
        if seeding:
            attrs.update(channel_class.seed_attrs(channel_param))
        channel = channel_class.assign(channel_class.new_row(config), attrs, config)
        errors = channel_class.on_create(channel, remote, config)
        errors += channel_class.validate(channel, others_of(store, channel_class, None), remote)
        if errors:
            raise record_invalid(errors)
        channel_class.check_not_null(channel)
        channel_class.before_save(channel, remote, config)
        channel_class.after_create(channel, remote, config)
    inbox = _new_inbox(account_id)
    inbox['name'] = channel_class.inbox_name(channel) if channel_class else None  # a sent name wins (merge order)
    _assign(inbox, _permit_inbox(params, config))
    errors = _validate(inbox, config, channel is not None)
    if errors:
        raise record_invalid(errors)
    _check_database(store, inbox)
    inbox['id'] = store.next_id(TABLE)
    inbox['channel_id'] = store.next_id(channel_class.table)  # one sequence per channel table
    inbox['channel_type'] = channel_class.slug
    inbox['channel'] = channel
    inbox['working_hours'] = working_hours.default_week()  # create ignores working_hours (checklist 31, 32)
    channel_class.after_commit(channel, remote, config)
    return inbox


def normalise_csat_config(config):
    """Update-time csat_config shape (checklist 45): defaults filled, template only if sent."""
    rules = config.get('survey_rules') if isinstance(config.get('survey_rules'), dict) else {}
    result = {
        'display_type': _or(config.get('display_type'), 'emoji'),
        'message': _or(config.get('message'), ''),
        'survey_rules': {'operator': _or(rules.get('operator'), 'contains'), 'values': _or(rules.get('values'), [])},
        'button_text': _or(config.get('button_text'), 'Please rate us'),
        'language': _or(config.get('language'), 'en'),
    }
    if not is_blank(config.get('template')):
        result['template'] = config['template']
    return result


def _or(value, default):
    """Ruby ``value || default``: only nil and false fall back."""
    return default if value is None or value is False else value


def update(store, config, inbox, params):
    """PATCH/PUT; commits step by step like Chatwoot, so a later failure keeps earlier steps."""
    params = null_strings(params)
    record = copy.deepcopy(inbox)
    attrs = _permit_inbox(params, config)
    csat = attrs.pop('csat_config', None)
    _assign(record, attrs)
    if csat:  # {} and null are ignored on update
        record['csat_config'] = normalise_csat_config(csat)
    errors = _validate(record, config, True)
    if errors:
        raise record_invalid(errors)
    _check_database(store, record)
    store.put(TABLE, record)  # step 2 committed

    hours = params.get('working_hours')
    if hours is not None and hours is not False:
        if isinstance(hours, list):
            record['working_hours'] = working_hours.apply_updates(record['working_hours'], hours)
            store.put(TABLE, record)
        elif hours != {}:
            raise ServerCrash('undefined method each')  # a scalar is dropped by permit, then nil.each

    channel_class = channels.of(record)  # the stored type's keys, whatever the body says (checklist 41)
    attrs = channel_class.permit(params.get('channel'), config)
    if attrs:
        remote = remote_services.services(store)
        # Email: a live IMAP/SMTP login whose failure renders 422 but does not stop the update (§3).
        failed_check = channel_class.check_update(attrs, remote)
        if channel_class.REAUTHORIZABLE and record['channel'].get('reauthorization_required'):
            record['channel'] = dict(record['channel'], reauthorization_required=False)  # kept in Redis: survives a failure
            store.put(TABLE, record)
        channel = channel_class.assign(record['channel'], attrs, config)
        errors = channel_class.validate(channel, others_of(store, channel_class, record['id']), remote)
        if errors:
            if failed_check is not None:
                raise ServerCrash('AbstractController::DoubleRenderError')  # the 422 was already rendered
            raise record_invalid(errors)
        channel_class.check_not_null(channel)
        channel_class.before_save(channel, remote, config)
        record['channel'] = channel
        store.put(TABLE, record)
        if failed_check is not None:
            raise ApiError(422, {'message': failed_check})
    return record


def render(inbox, config, is_admin, store):
    """The ``_inbox.json.jbuilder`` partial, keys in emitted order (checklist 48, 49).

    The channel contributes three blocks: the every-type attributes, its own
    keys before ``phone_number`` and its own keys after it.
    """
    channel = inbox['channel']
    channel_class = channels.of(inbox)
    data = {
        'id': inbox['id'],
        'avatar_url': '',
        'channel_id': inbox['channel_id'],
        'name': inbox['name'],
        'channel_type': channel_class.class_name,
        'greeting_enabled': inbox['greeting_enabled'],
        'greeting_message': inbox['greeting_message'],
        'working_hours_enabled': inbox['working_hours_enabled'],
        'enable_email_collect': inbox['enable_email_collect'],
        'csat_survey_enabled': inbox['csat_survey_enabled'],
        'csat_config': inbox['csat_config'],
        'enable_auto_assignment': inbox['enable_auto_assignment'],
        'auto_assignment_config': inbox['auto_assignment_config'],
        'out_of_office_message': inbox['out_of_office_message'],
        'working_hours': [dict(row) for row in inbox['working_hours']],
        'timezone': inbox['timezone'],
        'callback_webhook_url': channel_class.callback_webhook_url(channel, config),  # Twilio/SMS/LINE/WhatsApp
        'allow_messages_after_resolved': inbox['allow_messages_after_resolved'],
        'lock_to_single_conversation': inbox['lock_to_single_conversation'],
        'sender_name_type': inbox['sender_name_type'],
        'business_name': inbox['business_name'],
    }
    portal = store.tables.get(PORTALS, {}).get(inbox['portal_id'])
    if portal is not None:
        data['help_center'] = {'name': portal['name'], 'slug': portal['slug']}
    data.update(channel_class.keys_after_help_center(channel, config, is_admin))
    data.update(channel_class.shared_keys(channel, config))
    data.update(channel_class.keys_before_phone_number(channel, config, is_admin))
    data['messaging_service_sid'] = channel.get('messaging_service_sid')
    data['phone_number'] = channel.get('phone_number')
    data.update(channel_class.keys_after_phone_number(channel, config, is_admin))
    data['provider'] = channel.get('provider')
    data.update(channel_class.keys_after_provider(channel, config, is_admin))
    return {key: value for key, value in data.items() if _supported(config, key)}
