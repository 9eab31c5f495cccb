"""``Channel::WebWidget`` (§2.3, §2.5; Chatwoot ``app/models/channel/web_widget.rb``)."""

from ..casting import InvalidEnumValue, cast_enum, is_blank
from ..errors import ServerCrash
from ..tokens import secure_token
from ..validations import column_lengths
from ..widget_script import widget_script
from .base import ChannelType

REPLY_TIMES = ['in_a_few_minutes', 'in_a_few_hours', 'in_a_day']

# FlagShihTzu bits of ``feature_flags``, in canonical order, with the release that introduced
# each flag (checklist 26, 73).
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


class WebWidgetChannel(ChannelType):
    slug = 'web_widget'
    class_name = 'Channel::WebWidget'
    table = 'channel_web_widgets'
    PERMIT = {
        'website_url': 'scalar', 'widget_color': 'scalar', 'welcome_title': 'scalar', 'welcome_tagline': 'scalar',
        'reply_time': 'scalar', 'pre_chat_form_enabled': 'scalar', 'continuity_via_email': 'scalar',
        'hmac_mandatory': 'scalar', 'allowed_domains': 'scalar', 'pre_chat_form_options': _PRE_CHAT_OPTIONS,
        'selected_feature_flags': 'array',
    }
    MIN_VERSION = {'allowed_domains': '4.6.0'}
    STRING_KEYS = ('website_url', 'widget_color', 'welcome_title', 'welcome_tagline', 'allowed_domains')
    BOOL_KEYS = ('pre_chat_form_enabled', 'continuity_via_email', 'hmac_mandatory')
    NOT_NULL = ('continuity_via_email',)

    def new_row(self, config):
        return {
            'website_url': None, 'widget_color': '#1f93ff', 'welcome_title': None, 'welcome_tagline': None,
            'reply_time': 'in_a_few_minutes', 'pre_chat_form_enabled': False, 'pre_chat_form_options': {},
            'continuity_via_email': True, 'hmac_mandatory': False, 'allowed_domains': '',
            # Default bit field 7 (3 before end_conversation existed).
            'feature_flags': ['attachments', 'emoji_picker'] + (['end_conversation'] if config.at_least('2.4.0') else []),
            'website_token': secure_token(), 'hmac_token': secure_token(),
        }

    def seed_channel(self, number):
        return {'type': self.slug, 'website_url': 'https://seed-%d.example.com' % number}

    def assign_special(self, channel, key, value, config):
        if key == 'reply_time':
            try:
                channel[key] = cast_enum(value, REPLY_TIMES)
            except InvalidEnumValue as exc:
                raise ServerCrash("'%s' is not a valid reply_time" % (value,)) from exc
        elif key == 'selected_feature_flags':
            channel['feature_flags'] = _feature_flags(value, config)
        else:
            channel[key] = value

    def before_validation(self, channel):
        if 'pre_chat_form_options' in channel and is_blank((channel['pre_chat_form_options'] or {}).get('pre_chat_fields')):
            # No fields means the whole default (checklist 27).
            channel['pre_chat_form_options'] = default_pre_chat_form_options()

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        errors = column_lengths(channel, {'website_url': 'string', 'widget_color': 'string', 'welcome_title': 'string',
                                          'welcome_tagline': 'string', 'allowed_domains': 'text'})
        if is_blank(channel['website_url']):
            errors.append(('website_url', "Website url can't be blank"))
        if is_blank(channel['widget_color']):
            errors.append(('widget_color', "Widget color can't be blank"))
        return errors

    def shared_keys(self, channel, config):
        data = super().shared_keys(channel, config)
        data['web_widget_script'] = widget_script(config.frontend_url, channel['website_token'], not config.at_least('4.4.0'))
        data['selected_feature_flags'] = [name for name, since in FEATURE_FLAGS
                                          if name in channel['feature_flags'] and config.at_least(since)]
        return data

    def keys_before_phone_number(self, channel, config, is_admin):
        data = {}
        if is_admin or not config.at_least('2.12.0'):  # agents saw it before v2.12.0 (checklist 49)
            data['hmac_token'] = channel['hmac_token']
        data['pre_chat_form_enabled'] = channel['pre_chat_form_enabled']
        data['pre_chat_form_options'] = channel['pre_chat_form_options']
        data['continuity_via_email'] = channel['continuity_via_email']
        return data


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
