"""``Channel::Email`` (§2.3, §3; Chatwoot ``app/models/channel/email.rb``, ``app/helpers/api/v1/inboxes_helper.rb``).

Create calls nobody.  An update that sends ``imap_enabled`` or
``smtp_enabled`` truthy (the raw parameter: the string ``"false"`` counts)
first logs in with the *sent* settings; a failure renders 422
``{"message": ...}`` from a helper whose ``return`` does not leave the
action, so the channel update still runs.  IMAP/SMTP passwords are rendered
to administrators.
"""

import secrets

from ..casting import cast_integer
from ..errors import ServerCrash
from ..remote import INVALID, OK
from .base import ChannelType

_STRINGS = ('email', 'imap_login', 'imap_password', 'imap_address', 'imap_authentication', 'smtp_login',
            'smtp_password', 'smtp_address', 'smtp_domain', 'smtp_openssl_verify_mode', 'smtp_authentication',
            'provider')
_BOOLS = ('imap_enabled', 'imap_enable_ssl', 'smtp_enabled', 'smtp_enable_starttls_auto', 'smtp_enable_ssl_tls',
          'verified_for_sending')

# config/locales/en.yml errors.inboxes.imap / .smtp
IMAP_MESSAGES = {INVALID: 'Please check the IMAP credentials and try again.',
                 'unreachable': 'Host unreachable, Please check the IMAP address, IMAP port and try again.'}
SMTP_MESSAGES = {INVALID: 'SMTP authentication failed. Please verify your login credentials.',
                 'unreachable': 'Could not connect to SMTP server. Please check the server address and port.'}


def _ruby_truthy(value):
    return value is not None and value is not False


class EmailChannel(ChannelType):
    slug = 'email'
    class_name = 'Channel::Email'
    table = 'channel_email'
    PERMIT = {key: 'scalar' for key in _STRINGS + _BOOLS + ('imap_port', 'smtp_port')}
    STRING_KEYS = _STRINGS
    BOOL_KEYS = _BOOLS
    NOT_NULL = ('email',)  # no presence validation: a missing email is a NOT NULL violation (500)
    REAUTHORIZABLE = True

    def new_row(self, config):  # pylint: disable=unused-argument
        # db/schema.rb column defaults; forward_to_email is "<hex>@<inbound domain>", none configured here.
        return {
            'email': None, 'forward_to_email': '%s@' % secrets.token_hex(16), 'provider': None, 'provider_config': {},
            'imap_enabled': False, 'imap_login': '', 'imap_password': '', 'imap_address': '', 'imap_port': 0,
            'imap_enable_ssl': True, 'imap_authentication': 'plain',
            'smtp_enabled': False, 'smtp_login': '', 'smtp_password': '', 'smtp_address': '', 'smtp_port': 0,
            'smtp_domain': '', 'smtp_enable_starttls_auto': True, 'smtp_enable_ssl_tls': False,
            'smtp_openssl_verify_mode': 'none', 'smtp_authentication': 'login', 'verified_for_sending': False,
            'reauthorization_required': False,
        }

    def seed_channel(self, number):
        return {'type': self.slug, 'email': 'seed-%d@example.com' % number}

    def assign_special(self, channel, key, value, config):  # pylint: disable=unused-argument
        channel[key] = cast_integer(value) if isinstance(value, (str, int, float, bool)) else None  # the ports

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        if channel['email'] is None:
            raise ServerCrash('null value in column "email"')  # before the uniqueness query matters
        return self.taken(channel, others, 'email', 'Email')

    def check_update(self, attrs, remote):
        """``validate_email_channel``: IMAP then SMTP; the first failure is the message."""
        for service, messages in (('imap', IMAP_MESSAGES), ('smtp', SMTP_MESSAGES)):
            if _ruby_truthy(attrs.get('%s_enabled' % service)):
                outcome = remote.call(service, 'login', address=attrs.get('%s_address' % service),
                                      port=attrs.get('%s_port' % service), login=attrs.get('%s_login' % service))
                if outcome != OK:
                    return messages[outcome]
        return None

    def keys_after_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        data = {'email': channel['email'], 'forwarding_enabled': False}  # MAILER_INBOUND_EMAIL_DOMAIN unset
        if is_admin:
            for key in ('imap_login', 'imap_password', 'imap_address', 'imap_port', 'imap_enabled', 'imap_enable_ssl',
                        'imap_authentication'):
                data[key] = channel[key]
            legacy_google = channel['imap_enabled'] and channel['imap_address'] == 'imap.gmail.com'
            if channel['provider'] in ('microsoft', 'google') or legacy_google:
                data['reauthorization_required'] = not channel['provider_config'] or channel['reauthorization_required']
            for key in ('smtp_login', 'smtp_password', 'smtp_address', 'smtp_port', 'smtp_enabled', 'smtp_domain',
                        'smtp_enable_ssl_tls', 'smtp_enable_starttls_auto', 'smtp_openssl_verify_mode',
                        'smtp_authentication'):
                data[key] = channel[key]
        return data
