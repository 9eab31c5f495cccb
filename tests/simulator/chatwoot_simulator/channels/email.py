"""``Channel::Email`` (§2.3, §3; Chatwoot ``app/models/channel/email.rb``, ``app/helpers/api/v1/inboxes_helper.rb``).

Create calls nobody.  An update that sends ``imap_enabled`` or
``smtp_enabled`` truthy (the raw parameter: the string ``"false"`` counts)
first logs in with the *sent* settings only (``inboxes_helper.rb:8-35``:
the stored ones are never read, so a lone ``imap_enabled`` logs in to an
unset host, which in a Chatwoot container is a refused connection to
localhost); a failure renders 422 ``{"message": ...}`` from a helper whose
``return`` does not leave the action, so the channel update still runs.
IMAP/SMTP passwords are rendered to administrators.
"""

import secrets

from ..casting import cast_integer
from ..errors import ServerCrash
from ..remote import INVALID, OK, REFUSED, SERVER_ERROR, TIMEOUT, TLS_ERROR, UNREACHABLE
from .base import ChannelType

_STRINGS = ('email', 'imap_login', 'imap_password', 'imap_address', 'imap_authentication', 'smtp_login',
            'smtp_password', 'smtp_address', 'smtp_domain', 'smtp_openssl_verify_mode', 'smtp_authentication',
            'provider')
_BOOLS = ('imap_enabled', 'imap_enable_ssl', 'smtp_enabled', 'smtp_enable_starttls_auto', 'smtp_enable_ssl_tls',
          'verified_for_sending')

# inboxes_helper.rb:37-91 check_imap_connection / check_smtp_connection: the outcome of the fake login -> the
# message, config/locales/en.yml:136-146 where Chatwoot translates the error; Chatwoot passes the others on raw
# ("raise StandardError, e.message"), whose wording depends on Ruby and the network (approximated here).
IMAP_MESSAGES = {
    INVALID: lambda address, port: 'Please check the IMAP credentials and try again.',
    UNREACHABLE: lambda address, port: 'Host unreachable, Please check the IMAP address, IMAP port and try again.',
    TIMEOUT: lambda address, port: 'Connection timed out for %s:%s' % (address, port),
    SERVER_ERROR: lambda address, port: 'Connection closed.',
    REFUSED: lambda address, port: 'Connection refused - connect(2) for %s:%s' % (address or '127.0.0.1', port),
    TLS_ERROR: lambda address, port: ('SSL_connect returned=1 errno=0 peeraddr=%s:%s state=error: certificate verify failed'
                                      % (address, port)),
}
SMTP_CONNECTION = 'Could not connect to SMTP server. Please check the server address and port.'
SMTP_MESSAGES = {
    INVALID: 'SMTP authentication failed. Please verify your login credentials.',
    UNREACHABLE: SMTP_CONNECTION, TIMEOUT: SMTP_CONNECTION, REFUSED: SMTP_CONNECTION,
    TLS_ERROR: 'SSL/TLS error. Please verify your encryption settings.',
    SERVER_ERROR: 'SMTP server error. Please check your configuration and try again.',
}
# app/services/imap/authentication.rb: checked before any connection.
IMAP_MECHANISMS = ('plain', 'login', 'cram-md5')


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
        """``validate_email_channel``: IMAP then SMTP, from the request's keys alone; the first failure is the message."""
        if _ruby_truthy(attrs.get('imap_enabled')):
            mechanism = str(attrs.get('imap_authentication') or 'plain').lower()
            if mechanism not in IMAP_MECHANISMS:
                return 'Invalid IMAP authentication mechanism. Allowed values: %s' % ', '.join(IMAP_MECHANISMS)
            address = attrs.get('imap_address')
            port = attrs.get('imap_port')
            if port is None:  # net-imap's default port
                port = 993 if _ruby_truthy(attrs.get('imap_enable_ssl')) else 143
            outcome = self._login(remote, 'imap', address, port, attrs.get('imap_login'))
            if outcome != OK:
                return IMAP_MESSAGES[outcome](address, port)
        if _ruby_truthy(attrs.get('smtp_enabled')):
            outcome = self._login(remote, 'smtp', attrs.get('smtp_address'), attrs.get('smtp_port') or 25, attrs.get('smtp_login'))
            if outcome != OK:
                return SMTP_MESSAGES[outcome]
        return None

    @staticmethod
    def _login(remote, service, address, port, login):
        # A blank host is localhost to Ruby's sockets, where no mail server listens in Chatwoot's container.
        return remote.call(service, 'login', forced=None if address else REFUSED, address=address, port=port, login=login)

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
