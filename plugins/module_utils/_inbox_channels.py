# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The channel types an inbox can have: one registry entry each, with the channel options that are its own (the
channel class's EDITABLE_ATTRS that this collection models), each with what Chatwoot renders for a new inbox.

The options several types share are rows of the inbox table (_inboxes) that name their types. The inbox JSON
returns each channel attribute under the same name at the top level.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re

from ansible_collections.community.chatwoot.plugins.module_utils._fields import EchoedIn, Equal, Field, MergedSubset
from ansible_collections.community.chatwoot.plugins.module_utils._variants import Variant, Variants

# Canonical (bit) order: Chatwoot returns the enabled flags in this order, without duplicates.
FEATURE_FLAGS = ('attachments', 'emoji_picker', 'end_conversation', 'use_inbox_avatar_for_bot', 'allow_mobile_webview')

DEFAULT_PRE_CHAT_FORM_OPTIONS = {
    'pre_chat_message': 'Share your queries or comments here.',
    'pre_chat_fields': [
        {'field_type': 'standard', 'label': 'Email Id', 'name': 'emailAddress', 'type': 'email', 'required': True, 'enabled': False},
        {'field_type': 'standard', 'label': 'Full name', 'name': 'fullName', 'type': 'text', 'required': False, 'enabled': False},
        {'field_type': 'standard', 'label': 'Phone number', 'name': 'phoneNumber', 'type': 'text', 'required': False, 'enabled': False},
    ],
}

WEB_WIDGET = Variant('web_widget', 'Channel::WebWidget', required=('website_url',), fields=())
API = Variant('api', 'Channel::Api', fields=())


def write_only_secret(name, option_type='str'):
    """A credential Chatwoot stores but never returns: sent on create, on update only with update_secrets=always."""
    return Field(name, {'type': option_type}, scope='channel', secret=True, write_only=True)


def callback_url(build):
    """inbox.rb:189-200 callback_webhook_url: FRONTEND_URL (taken to be api_url) and a path built from the channel."""
    def stored(inbox, base_url):
        inbox['callback_webhook_url'] = base_url + build(inbox)
    return stored


# app/models/channel/line.rb: line_channel_id is unique per installation and shows only as the callback URL's last part.
LINE = Variant('line', 'Channel::Line', required=('line_channel_id', 'line_channel_secret', 'line_channel_token'), fields=(
    Field('line_channel_id', {'type': 'str'}, scope='channel', compare=EchoedIn('callback_webhook_url', '/webhooks/line/')),
    write_only_secret('line_channel_secret'), write_only_secret('line_channel_token')),
    stored=callback_url(lambda inbox: inbox['callback_webhook_url']))  # the path as line_channel_id's row predicts it
# app/models/channel/sms.rb (Bandwidth): phone_number unique; provider_config {account_id, application_id, api_key, api_secret}.
SMS = Variant('sms', 'Channel::Sms', required=('phone_number', 'provider_config'), fields=(
    write_only_secret('provider_config', 'dict'),),
    stored=callback_url(lambda inbox: '/webhooks/sms/%s' % re.sub(r'^\+', '', inbox['phone_number'])))
# app/models/channel/telegram.rb: getMe on create, deleteWebhook + setWebhook on every save (failures ignored).
# A create always has a name (no inbox is created from an id), so Chatwoot never names the inbox after the bot.
TELEGRAM = Variant('telegram', 'Channel::Telegram', required=('bot_token',), fields=(write_only_secret('bot_token'),),
                   remote='Telegram (getMe on create, setWebhook on every save)',
                   after_save='Chatwoot ignores a failure to set the Telegram webhook, so it cannot confirm that messages will arrive.')


def channel_row(name, option_type='str', **kwargs):
    return Field(name, {'type': option_type}, scope='channel', **kwargs)


# app/models/channel/email.rb's column defaults, as a new e-mail inbox renders them
NEW_EMAIL = {'imap_login': '', 'imap_password': '', 'imap_address': '', 'imap_port': 0, 'imap_enabled': False, 'imap_enable_ssl': True,
             'imap_authentication': 'plain', 'smtp_login': '', 'smtp_password': '', 'smtp_address': '', 'smtp_port': 0,
             'smtp_enabled': False, 'smtp_domain': '', 'smtp_enable_ssl_tls': False, 'smtp_enable_starttls_auto': True,
             'smtp_openssl_verify_mode': 'none', 'smtp_authentication': 'login'}


# app/models/channel/email.rb: email unique per installation. app/helpers/api/v1/inboxes_helper.rb:8-35: an update
# whose request carries imap_enabled (smtp_enabled) true logs in with the values of that request only, and
# inboxes_controller.rb:121-125 saves the update even when the login fails (422 {"message": ...}). Passwords are
# returned to administrators. Microsoft and Google mailboxes need OAuth in Chatwoot and are not offered here.
IMAP_SETTINGS = (('imap_enabled', 'bool'), ('imap_login', 'str'), ('imap_password', 'str'), ('imap_address', 'str'),
                 ('imap_port', 'int'), ('imap_enable_ssl', 'bool'), ('imap_authentication', 'str'))
SMTP_SETTINGS = (('smtp_enabled', 'bool'), ('smtp_login', 'str'), ('smtp_password', 'str'), ('smtp_address', 'str'),
                 ('smtp_port', 'int'), ('smtp_domain', 'str'), ('smtp_enable_starttls_auto', 'bool'), ('smtp_enable_ssl_tls', 'bool'),
                 ('smtp_openssl_verify_mode', 'str'), ('smtp_authentication', 'str'))
EMAIL = Variant('email', 'Channel::Email', required=('email',), fields=(
    (channel_row('email'),)
    + tuple(channel_row(name, option_type, secret=name.endswith('_password'), new=NEW_EMAIL[name]) for name, option_type in IMAP_SETTINGS + SMTP_SETTINGS)),
    remote='your mail servers (an IMAP and an SMTP login when they are enabled, on update)',
    checked_groups=(tuple(name for name, _type in IMAP_SETTINGS), tuple(name for name, _type in SMTP_SETTINGS)))
# app/models/channel/whatsapp.rb: every save checks the credentials with the provider (422 "Provider config Invalid
# Credentials"); provider_config comes back to administrators with keys Chatwoot adds, and is replaced whole on update.
WHATSAPP = Variant('whatsapp', 'Channel::Whatsapp', required=('phone_number', 'provider_config'), fields=(
    Field('provider', {'type': 'str', 'choices': ['default', 'whatsapp_cloud']}, scope='channel', new='default'),
    # app/models/channel/whatsapp.rb ensure_webhook_verify_token: provider_config['webhook_verify_token'] ||= a random hex
    Field('provider_config', {'type': 'dict'}, scope='channel', secret=True, compare=MergedSubset(server_added=('webhook_verify_token',)),
          new={})),
    remote='WhatsApp (a credential check on every save)',
    stored=callback_url(lambda inbox: '/webhooks/whatsapp/%s' % inbox['phone_number']))


TWILIO_WHATSAPP_PREFIX = 'whatsapp:'


def twilio_number(inbox, base_url):
    """Chatwoot prefixes the number of a Twilio WhatsApp inbox with whatsapp: when it creates the channel."""
    if inbox.get('medium') == 'whatsapp' and inbox.get('phone_number'):
        inbox['phone_number'] = TWILIO_WHATSAPP_PREFIX + inbox['phone_number']
    callback_url(lambda inbox: '/twilio/callback')(inbox, base_url)


class TwilioNumber(Equal):
    """The number as the option takes it: an export gives a Twilio WhatsApp number without the whatsapp: prefix that
    Chatwoot adds on create, since an inbox created from the export would otherwise get it twice."""

    def exported(self, value):
        if isinstance(value, str) and value.startswith(TWILIO_WHATSAPP_PREFIX):
            return value[len(TWILIO_WHATSAPP_PREFIX):]
        return value


# channels/twilio_channels_controller.rb: created through POST channels/twilio_channel with the name and these
# options flat under twilio_channel, after a credential check with Twilio (errors as {"error": ...}); afterwards
# only account_sid and auth_token can change (Channel::TwilioSms EDITABLE_ATTRS), both returned to administrators.
TWILIO = Variant('twilio', 'Channel::TwilioSms', required=('medium', 'account_sid', 'auth_token'), fields=(
    Field('medium', {'type': 'str', 'choices': ['sms', 'whatsapp']}, scope='channel', on_update=False, new=None),
    Field('account_sid', {'type': 'str'}, scope='channel', secret=True, new=None),
    Field('auth_token', {'type': 'str'}, scope='channel', secret=True, new=None),
    Field('api_key_sid', {'type': 'str'}, scope='channel', secret=True, on_update=False, new=None),
    Field('messaging_service_sid', {'type': 'str'}, scope='channel', on_update=False, new=None),
    Field('phone_number', {'type': 'str'}, scope='channel', on_update=False, compare=TwilioNumber(), new=None)),
    create_endpoint=('channels/twilio_channel', 'twilio_channel'), remote='Twilio (a credential check on create)', stored=twilio_number)

OAUTH = 'they are connected by signing in to %s in Chatwoot; this module can then update their options.'
FACEBOOK = Variant('facebook', 'Channel::FacebookPage', fields=(), creatable=OAUTH % 'Facebook')
INSTAGRAM = Variant('instagram', 'Channel::Instagram', fields=(), creatable=OAUTH % 'Instagram')
TIKTOK = Variant('tiktok', 'Channel::Tiktok', fields=(), creatable=OAUTH % 'TikTok')
TWITTER = Variant('twitter', 'Channel::TwitterProfile', fields=(), creatable=OAUTH % 'X (Twitter)')

CHANNELS = Variants('channel', 'type', 'channel_type',
                    (WEB_WIDGET, API, LINE, SMS, TELEGRAM, EMAIL, WHATSAPP, TWILIO, FACEBOOK, INSTAGRAM, TIKTOK, TWITTER), default='web_widget')
