"""``Channel::TwilioSms`` (Chatwoot ``app/models/channel/twilio_sms.rb``), Twilio SMS and WhatsApp.

Created only by ``POST /channels/twilio_channel`` (``resources/twilio_channels.py``);
``PATCH /inboxes/{id}`` edits ``account_sid`` and ``auth_token`` (its
``EDITABLE_ATTRS``) with no credential check.
"""

from ..casting import is_blank
from .base import ChannelType

MEDIUMS = ('sms', 'whatsapp')


class TwilioChannel(ChannelType):
    slug = 'twilio'
    class_name = 'Channel::TwilioSms'
    table = 'channel_twilio_sms'
    PERMIT = {'account_sid': 'scalar', 'auth_token': 'scalar'}
    STRING_KEYS = ('account_sid', 'auth_token')
    NOT_NULL = ('account_sid', 'auth_token')

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'account_sid': None, 'auth_token': None, 'api_key_sid': None, 'messaging_service_sid': None,
                'phone_number': None, 'medium': 'sms', 'content_templates': {}}

    def seed_attrs(self, param):
        return {key: param[key] for key in ('api_key_sid', 'messaging_service_sid', 'phone_number', 'medium') if key in param}

    def seed_channel(self, number):
        return {'type': self.slug, 'account_sid': 'AC%032d' % number, 'auth_token': 'seed', 'phone_number': '+1777%07d' % number}

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        errors = []
        if is_blank(channel['account_sid']):
            errors.append(('account_sid', "Account sid can't be blank"))
        if is_blank(channel['auth_token']):
            errors.append(('auth_token', "Auth token can't be blank"))
        if is_blank(channel['phone_number']):  # one of messaging_service_sid or phone_number
            errors += self.taken(channel, others, 'messaging_service_sid', 'Messaging service sid')
            if is_blank(channel['messaging_service_sid']):
                errors.append(('messaging_service_sid', "Messaging service sid can't be blank"))
        if not is_blank(channel['messaging_service_sid']) and not is_blank(channel['phone_number']):
            errors.append(('phone_number', 'Phone number must be blank'))
        return errors + self.taken(channel, others, 'phone_number', 'Phone number')

    def callback_webhook_url(self, channel, config):  # pylint: disable=unused-argument
        return '%s/twilio/callback' % config.frontend_url

    def keys_after_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        data = {'medium': channel['medium'], 'content_templates': channel['content_templates']}
        if is_admin:
            data.update(auth_token=channel['auth_token'], account_sid=channel['account_sid'], api_key_sid=channel['api_key_sid'])
        return data

    def keys_after_provider(self, channel, config, is_admin):  # pylint: disable=unused-argument
        # Voice keys of every Twilio inbox (inbox-api §5.1); the voice wiring itself is enterprise, not modelled.
        return {'voice_enabled': False, 'inbound_calls_enabled': True, 'voice_configured': False, 'has_api_key_secret': False}
