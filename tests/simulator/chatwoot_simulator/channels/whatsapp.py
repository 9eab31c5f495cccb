"""``Channel::Whatsapp`` (§2.3; Chatwoot ``app/models/channel/whatsapp.rb``, ``app/services/whatsapp/providers/*``).

Every validation asks the provider whether the credentials work
(``validate :validate_provider_config``): WhatsApp Cloud lists the business
account's message templates, 360dialog (``provider: default``) posts its
webhook config; a failure is 422 "Provider config Invalid Credentials".
Create then syncs templates (errors swallowed) and, for Cloud numbers set up
by hand, registers the webhook after commit; a failure there only raises
``reauthorization_required``.  ``provider_config`` is rendered to
administrators, with the ``webhook_verify_token`` the server adds.
"""

import secrets

from ..casting import is_blank
from ..remote import OK
from .base import ChannelType

PROVIDERS = ('default', 'whatsapp_cloud')


def _service(channel):
    return 'whatsapp_cloud' if channel['provider'] == 'whatsapp_cloud' else '360dialog'  # provider_service's else


class WhatsappChannel(ChannelType):
    slug = 'whatsapp'
    class_name = 'Channel::Whatsapp'
    table = 'channel_whatsapp'
    PERMIT = {'phone_number': 'scalar', 'provider': 'scalar', 'provider_config': 'hash'}
    STRING_KEYS = ('phone_number', 'provider')
    NOT_NULL = ('phone_number',)
    REAUTHORIZABLE = True

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'phone_number': None, 'provider': 'default', 'provider_config': {}, 'message_templates': {},
                'reauthorization_required': False}

    def seed_attrs(self, param):
        """``reauthorization_required``: what ``prompt_reauthorization!`` stores (a seed may start there)."""
        return {'reauthorization_required': bool(param['reauthorization_required'])} if 'reauthorization_required' in param else {}

    def seed_channel(self, number):
        return {'type': self.slug, 'phone_number': '+1666%07d' % number, 'provider': 'whatsapp_cloud',
                'provider_config': {'api_key': 'seed', 'phone_number_id': str(number), 'business_account_id': 'seed'}}

    def before_validation(self, channel):
        if channel['provider'] == 'whatsapp_cloud':  # ensure_webhook_verify_token: ||=, so a replaced hash gets a new one
            config = channel['provider_config'] = dict(channel['provider_config'] or {})
            if not config.get('webhook_verify_token'):
                config['webhook_verify_token'] = secrets.token_hex(16)

    def validate(self, channel, others, remote):
        errors = []
        if channel['provider'] not in PROVIDERS:
            errors.append(('provider', 'Provider is not included in the list'))
        if is_blank(channel['phone_number']):
            errors.append(('phone_number', "Phone number can't be blank"))
        errors += self.taken(channel, others, 'phone_number', 'Phone number')
        service = _service(channel)
        method = 'message_templates' if service == 'whatsapp_cloud' else 'configs_webhook'
        outcome = remote.call(service, method, phone_number_id=(channel['provider_config'] or {}).get('phone_number_id'))
        if outcome != OK or is_blank((channel['provider_config'] or {}).get('api_key')):
            errors.append(('provider_config', 'Provider config Invalid Credentials'))
        return errors

    def after_create(self, channel, remote, config):  # pylint: disable=unused-argument
        remote.call(_service(channel), 'sync_templates')  # failures are logged and swallowed

    def after_commit(self, channel, remote, config):  # pylint: disable=unused-argument
        if channel['provider'] == 'whatsapp_cloud' and channel['provider_config'].get('source') != 'embedded_signup':
            if remote.call('whatsapp_cloud', 'setup_webhooks') != OK:
                channel['reauthorization_required'] = True  # rescued: prompt_reauthorization!

    def callback_webhook_url(self, channel, config):
        return '%s/webhooks/whatsapp/%s' % (config.frontend_url, channel['phone_number'])

    def keys_after_provider(self, channel, config, is_admin):  # pylint: disable=unused-argument
        data = {'message_templates': channel['message_templates']}
        if is_admin:
            data['provider_config'] = channel['provider_config']
        # Only an embedded-signup channel reports it; a manual one (API keys) is never flagged
        # (app/views/api/v1/models/_inbox.json.jbuilder:133-137).
        data['reauthorization_required'] = bool(
            (channel['provider_config'] or {}).get('source') == 'embedded_signup' and channel['reauthorization_required'])
        return data
