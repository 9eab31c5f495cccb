"""``Channel::Line`` (§2.3; Chatwoot ``app/models/channel/line.rb``): no remote call, a global unique id."""

from ..casting import is_blank
from .base import ChannelType


class LineChannel(ChannelType):
    slug = 'line'
    class_name = 'Channel::Line'
    table = 'channel_line'
    PERMIT = {'line_channel_id': 'scalar', 'line_channel_secret': 'scalar', 'line_channel_token': 'scalar'}
    STRING_KEYS = tuple(PERMIT)
    NOT_NULL = STRING_KEYS

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'line_channel_id': None, 'line_channel_secret': None, 'line_channel_token': None}

    def seed_channel(self, number):
        return {'type': self.slug, 'line_channel_id': 'seed-%d' % number, 'line_channel_secret': 'secret',
                'line_channel_token': 'token'}

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        # validates :line_channel_id, uniqueness: true, presence: true; then secret and token presence.
        # Rails' humanize drops the "_id" suffix: "Line channel".
        errors = self.taken(channel, others, 'line_channel_id', 'Line channel')
        for key, label in (('line_channel_id', 'Line channel'), ('line_channel_secret', 'Line channel secret'),
                           ('line_channel_token', 'Line channel token')):
            if is_blank(channel[key]):
                errors.append((key, "%s can't be blank" % label))
        return errors

    def callback_webhook_url(self, channel, config):
        # The secret and token are never rendered: the id only shows up inside this URL.
        return '%s/webhooks/line/%s' % (config.frontend_url, channel['line_channel_id'])
