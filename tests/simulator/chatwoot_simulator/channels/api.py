"""``Channel::Api`` (§2.3; Chatwoot ``app/models/channel/api.rb``)."""

from ..casting import is_blank, ruby_to_i
from ..errors import ServerCrash
from ..tokens import secure_token
from .base import ChannelType

MAX_WEBHOOK_URL = 2048


class ApiChannel(ChannelType):
    slug = 'api'
    class_name = 'Channel::Api'
    table = 'channel_api'
    PERMIT = {'webhook_url': 'scalar', 'hmac_mandatory': 'scalar', 'additional_attributes': 'hash'}
    STRING_KEYS = ('webhook_url',)
    BOOL_KEYS = ('hmac_mandatory',)

    def new_row(self, config):  # pylint: disable=unused-argument
        return {
            'webhook_url': None, 'hmac_mandatory': False, 'additional_attributes': {},
            'identifier': secure_token(), 'hmac_token': secure_token(), 'secret': secure_token(),
        }

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        errors = []
        if channel['webhook_url'] is not None and len(channel['webhook_url']) > MAX_WEBHOOK_URL:
            errors.append(('webhook_url', 'Webhook url is too long (maximum is %d characters)' % MAX_WEBHOOK_URL))
        extra = channel['additional_attributes']
        window = extra.get('agent_reply_time_window') if isinstance(extra, dict) else None
        # channel/api.rb:40-45: a blank value passes, else its Ruby to_i must be positive
        if not is_blank(window) and _ruby_to_i(window) <= 0:
            errors.append(('agent_reply_time_window',
                           'Agent reply time window agent_reply_time_window must be greater than 0'))
        return errors

    def keys_after_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        data = {}
        if is_admin:  # checklist 49
            data['hmac_token'] = channel['hmac_token']
            data['secret'] = channel['secret']
        data['webhook_url'] = channel['webhook_url']
        data['inbox_identifier'] = channel['identifier']
        data['additional_attributes'] = channel['additional_attributes']
        return data


def _ruby_to_i(value):
    """Integer#to_i, Float#to_i (truncates), String#to_i (the leading integer, else 0); other values have no to_i."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ServerCrash('NoMethodError: undefined method to_i for %r' % (value,))
    return ruby_to_i(value) if isinstance(value, str) else int(value)
