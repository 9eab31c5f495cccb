"""``Channel::Sms``, Bandwidth (§2.3; Chatwoot ``app/models/channel/sms.rb``).

``validate_provider_config`` is commented out there, so nothing is called;
``provider_config`` (the Bandwidth keys) is never rendered.
"""

from ..casting import is_blank
from .base import ChannelType


class SmsChannel(ChannelType):
    slug = 'sms'
    class_name = 'Channel::Sms'
    table = 'channel_sms'
    PERMIT = {'phone_number': 'scalar', 'provider_config': 'hash'}
    STRING_KEYS = ('phone_number',)
    NOT_NULL = ('phone_number',)

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'phone_number': None, 'provider': 'default', 'provider_config': {}}

    def seed_channel(self, number):
        return {'type': self.slug, 'phone_number': '+1555%07d' % number}

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        errors = []
        if is_blank(channel['phone_number']):  # validates :phone_number, presence: true, uniqueness: true
            errors.append(('phone_number', "Phone number can't be blank"))
        return errors + self.taken(channel, others, 'phone_number', 'Phone number')

    def callback_webhook_url(self, channel, config):
        number = channel['phone_number'] or ''
        return '%s/webhooks/sms/%s' % (config.frontend_url, number[1:] if number.startswith('+') else number)
