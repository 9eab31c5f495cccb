"""``Channel::Telegram`` (§2.3; Chatwoot ``app/models/channel/telegram.rb``).

Create asks Telegram ``getMe`` (``before_validation on: :create``): an error
answer adds "Bot token invalid token", a success names the bot.  Every save
then calls ``deleteWebhook`` and ``setWebhook`` in ``before_save``; a failed
setWebhook only does ``errors.add``, which does not stop a save, so it is
ignored.  HTTParty raises when Telegram cannot be reached: a 500.
"""

import hashlib

from ..casting import is_blank
from ..errors import ServerCrash
from ..remote import OK, UNREACHABLE
from .base import ChannelType


def _fake_username(token):
    """getMe's ``result.username``: stable for a token, never revealing it."""
    return 'sim_%s_bot' % hashlib.sha256(token.encode('utf-8')).hexdigest()[:8]


class TelegramChannel(ChannelType):
    slug = 'telegram'
    class_name = 'Channel::Telegram'
    table = 'channel_telegram'
    PERMIT = {'bot_token': 'scalar'}
    STRING_KEYS = ('bot_token',)
    NOT_NULL = ('bot_token',)

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'bot_token': None, 'bot_name': None}

    def seed_channel(self, number):
        return {'type': self.slug, 'bot_token': '%d:seed-token' % number}

    def on_create(self, channel, remote, config):  # pylint: disable=unused-argument
        outcome = remote.call('telegram', 'getMe')
        if outcome == UNREACHABLE:
            raise ServerCrash('SocketError from HTTParty')
        if outcome != OK or is_blank(channel['bot_token']):  # "/bot/getMe" is a 404 at Telegram
            return [('bot_token', 'Bot token invalid token')]
        channel['bot_name'] = _fake_username(channel['bot_token'])
        return []

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        errors = []
        if is_blank(channel['bot_token']):  # validates :bot_token, presence: true, uniqueness: true
            errors.append(('bot_token', "Bot token can't be blank"))
        return errors + self.taken(channel, others, 'bot_token', 'Bot token')

    def before_save(self, channel, remote, config):  # pylint: disable=unused-argument
        for method in ('deleteWebhook', 'setWebhook'):
            if remote.call('telegram', method, webhook_base=config.frontend_url) == UNREACHABLE:
                raise ServerCrash('SocketError from HTTParty')
            # An error answer is not checked (deleteWebhook) or only errors.add-ed (setWebhook): saved anyway.

    def inbox_name(self, channel):
        return channel['bot_name']

    def keys_after_provider(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {'bot_name': channel['bot_name']}  # the token itself is never rendered
