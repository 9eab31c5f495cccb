"""``Channel::Api`` (§2.3; Chatwoot ``app/models/channel/api.rb``)."""

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
        if isinstance(extra, dict) and 'agent_reply_time_window' in extra:
            window = extra['agent_reply_time_window']
            if isinstance(window, bool) or not isinstance(window, int) or window <= 0:
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
