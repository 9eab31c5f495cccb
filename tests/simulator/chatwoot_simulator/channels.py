"""The two modelled channel types: web widget and API (doc section 2.3).

Each channel knows which ``channel`` keys it permits (its EDITABLE_ATTRS),
how to cast them, its defaults, its validations and its serialised fields.
"""

import copy

from .casting import (InvalidEnumValue, cast_bool, cast_enum, cast_string, is_blank, permit_hash)
from .errors import ServerCrash
from .tokens import secure_token

# Chatwoot channel types the simulator does not fake (they need live third-party
# services); they answer 501 instead of a fake success.
NOT_MODELLED = ('email', 'line', 'telegram', 'whatsapp', 'sms')

CLASS_NAMES = {'web_widget': 'Channel::WebWidget', 'api': 'Channel::Api'}

REPLY_TIMES = ['in_a_few_minutes', 'in_a_few_hours', 'in_a_day']

# FlagShihTzu bits of Channel::WebWidget#feature_flags, in canonical order, with
# the release that introduced each flag (checklist 26, 73).
FEATURE_FLAGS = [
    ('attachments', '0.0.0'),
    ('emoji_picker', '0.0.0'),
    ('end_conversation', '2.4.0'),
    ('use_inbox_avatar_for_bot', '2.16.0'),
    ('allow_mobile_webview', '4.12.0'),
]

_PRE_CHAT_FIELD = {key: 'scalar' for key in (
    'field_type', 'label', 'placeholder', 'name', 'enabled', 'type', 'required', 'locale', 'regex_pattern', 'regex_cue')}
_PRE_CHAT_FIELD['values'] = 'array'
_PRE_CHAT_OPTIONS = {'pre_chat_message': 'scalar', 'require_email': 'scalar', 'pre_chat_fields': ('list', _PRE_CHAT_FIELD)}

PERMIT = {
    'web_widget': {
        'website_url': 'scalar', 'widget_color': 'scalar', 'welcome_title': 'scalar', 'welcome_tagline': 'scalar',
        'reply_time': 'scalar', 'pre_chat_form_enabled': 'scalar', 'continuity_via_email': 'scalar',
        'hmac_mandatory': 'scalar', 'allowed_domains': 'scalar', 'pre_chat_form_options': _PRE_CHAT_OPTIONS,
        'selected_feature_flags': 'array',
    },
    'api': {'webhook_url': 'scalar', 'hmac_mandatory': 'scalar', 'additional_attributes': 'hash'},
}

# Channel keys that appeared in a later release: older servers do not permit them.
MIN_VERSION = {'allowed_domains': '4.6.0'}

_STRING_KEYS = ('website_url', 'widget_color', 'welcome_title', 'welcome_tagline', 'allowed_domains', 'webhook_url')
_BOOL_KEYS = ('pre_chat_form_enabled', 'continuity_via_email', 'hmac_mandatory')
_NOT_NULL = ('continuity_via_email',)


def default_pre_chat_form_options():
    def field(label, name, field_type, required):
        return {'field_type': 'standard', 'label': label, 'name': name, 'type': field_type,
                'required': required, 'enabled': False}
    return {
        'pre_chat_message': 'Share your queries or comments here.',
        'pre_chat_fields': [
            field('Email Id', 'emailAddress', 'email', True),
            field('Full name', 'fullName', 'text', False),
            field('Phone number', 'phoneNumber', 'text', False),
        ],
    }


def permit(channel_type, param, config):
    """Strong parameters for ``channel``: ``type`` plus the class's editable keys."""
    if not isinstance(param, dict):
        return {}
    # keys newer than the simulated version are not permitted at all (e.g. allowed_domains before 4.6)
    spec = {key: rule for key, rule in PERMIT[channel_type].items() if key not in MIN_VERSION or config.at_least(MIN_VERSION[key])}
    spec['type'] = 'scalar'
    return permit_hash(param, spec)


def new_channel(channel_type, config):
    """A channel row with its database defaults and generated tokens."""
    if channel_type == 'web_widget':
        return {
            'website_url': None, 'widget_color': '#1f93ff', 'welcome_title': None, 'welcome_tagline': None,
            'reply_time': 'in_a_few_minutes', 'pre_chat_form_enabled': False, 'pre_chat_form_options': {},
            'continuity_via_email': True, 'hmac_mandatory': False, 'allowed_domains': '',
            # Default bit field 7 (3 before end_conversation existed).
            'feature_flags': ['attachments', 'emoji_picker'] + (['end_conversation'] if config.at_least('2.4.0') else []),
            'website_token': secure_token(), 'hmac_token': secure_token(),
        }
    return {
        'webhook_url': None, 'hmac_mandatory': False, 'additional_attributes': {},
        'identifier': secure_token(), 'hmac_token': secure_token(), 'secret': secure_token(),
    }


def _feature_flags(values, config):
    """FlagShihTzu setter: clear all, then enable each non-blank name; unknown names raise."""
    known = [name for name, since in FEATURE_FLAGS if config.at_least(since)]
    chosen = set()
    for value in values:
        if is_blank(value):
            continue
        if not isinstance(value, str) or value not in known:
            raise ServerCrash("Invalid flag '%s'" % (value,))
        chosen.add(value)
    return [name for name, _since in FEATURE_FLAGS if name in chosen]


def assign(channel, attrs, config):
    """Assign permitted attributes to a copy of ``channel``; 500-type errors raise ServerCrash."""
    channel = copy.deepcopy(channel)
    for key, value in attrs.items():
        if key == 'type':
            # No channel table has a ``type`` column: UnknownAttributeError (checklist 40).
            raise ServerCrash('unknown attribute type')
        if key in _STRING_KEYS:
            channel[key] = cast_string(value)
        elif key in _BOOL_KEYS:
            channel[key] = cast_bool(value)
        elif key == 'reply_time':
            try:
                channel[key] = cast_enum(value, REPLY_TIMES)
            except InvalidEnumValue as exc:
                raise ServerCrash("'%s' is not a valid reply_time" % (value,)) from exc
        elif key == 'selected_feature_flags':
            channel['feature_flags'] = _feature_flags(value, config)
        else:  # hashes: pre_chat_form_options, additional_attributes -- replaced wholesale
            channel[key] = value
    if 'pre_chat_form_options' in channel and is_blank((channel['pre_chat_form_options'] or {}).get('pre_chat_fields')):
        # before_validation hook: no fields means the whole default (checklist 27).
        channel['pre_chat_form_options'] = default_pre_chat_form_options()
    return channel


def validate(channel_type, channel):
    """Model validations; returns [(attribute, full message)]."""
    errors = []
    if channel_type == 'web_widget':
        if is_blank(channel['website_url']):
            errors.append(('website_url', "Website url can't be blank"))
        if is_blank(channel['widget_color']):
            errors.append(('widget_color', "Widget color can't be blank"))
    else:
        if channel['webhook_url'] is not None and len(channel['webhook_url']) > 2048:
            errors.append(('webhook_url', 'Webhook url is too long (maximum is 2048 characters)'))
        extra = channel['additional_attributes']
        if isinstance(extra, dict) and 'agent_reply_time_window' in extra:
            window = extra['agent_reply_time_window']
            if isinstance(window, bool) or not isinstance(window, int) or window <= 0:
                errors.append(('agent_reply_time_window',
                               'Agent reply time window agent_reply_time_window must be greater than 0'))
    return errors


def check_not_null(channel):
    """NOT NULL columns: an explicit null passes validation but fails the INSERT/UPDATE (500)."""
    for key in _NOT_NULL:
        if key in channel and channel[key] is None:
            raise ServerCrash('null value in column "%s"' % key)
