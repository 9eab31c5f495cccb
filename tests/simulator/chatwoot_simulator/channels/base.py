"""What every channel type declares: strong parameters, defaults, casts, validations, JSON.

One subclass per ``channel.type`` (see ``channels/__init__.py``).  The names
follow Chatwoot: ``PERMIT`` is the class's ``EDITABLE_ATTRS`` as
strong-parameter rules (``casting.permit_hash``), ``new_row`` the table's
column defaults, and the two ``*_keys`` methods the channel's blocks of
``app/views/api/v1/models/_inbox.json.jbuilder``.
"""

import copy

from ..casting import cast_bool, cast_string, permit_hash
from ..errors import ServerCrash

# Channel attributes the inbox partial emits for every type (``resource.channel.try(:x)``: null when
# the channel has no such column), in the partial's order (§5.1).
SHARED_KEYS = ('allowed_domains', 'widget_color', 'website_url', 'hmac_mandatory', 'welcome_title', 'welcome_tagline',
               'web_widget_script', 'website_token', 'selected_feature_flags', 'reply_time')


class ChannelType:
    slug = None          # the ``channel.type`` of a create body
    class_name = None    # ``channel_type`` in the inbox JSON
    table = None         # the channel's own table: its ids are a sequence of their own
    PERMIT = {}          # EDITABLE_ATTRS as permit rules
    MIN_VERSION = {}     # permitted keys that appeared in a later release
    STRING_KEYS = ()     # ActiveModel string columns
    BOOL_KEYS = ()       # ActiveModel boolean columns
    NOT_NULL = ()        # NOT NULL columns: an explicit null passes validation, then the SQL fails (500)

    def permit(self, param, config):
        """Strong parameters for ``channel``: ``type`` plus the editable keys this release has."""
        if not isinstance(param, dict):
            return {}
        spec = {key: rule for key, rule in self.PERMIT.items()
                if key not in self.MIN_VERSION or config.at_least(self.MIN_VERSION[key])}
        spec['type'] = 'scalar'
        return permit_hash(param, spec)

    def new_row(self, config):
        """A channel row with its column defaults and generated tokens."""
        raise NotImplementedError

    def assign(self, channel, attrs, config):
        """Assign permitted attributes to a copy of ``channel``; 500-type errors raise ServerCrash."""
        channel = copy.deepcopy(channel)
        for key, value in attrs.items():
            if key == 'type':
                # No channel table has a ``type`` column: UnknownAttributeError (checklist 40).
                raise ServerCrash('unknown attribute type')
            if key in self.STRING_KEYS:
                channel[key] = cast_string(value)
            elif key in self.BOOL_KEYS:
                channel[key] = cast_bool(value)
            else:
                self.assign_special(channel, key, value, config)
        self.before_validation(channel)
        return channel

    def assign_special(self, channel, key, value, config):  # pylint: disable=unused-argument
        """Keys that are neither strings nor booleans; hashes are replaced wholesale (checklist 43)."""
        channel[key] = value

    def before_validation(self, channel):
        """The model's ``before_validation`` hooks."""

    def validate(self, channel):  # pylint: disable=unused-argument
        """Model validations; returns [(attribute, full message)]."""
        return []

    def check_not_null(self, channel):
        for key in self.NOT_NULL:
            if key in channel and channel[key] is None:
                raise ServerCrash('null value in column "%s"' % key)

    def shared_keys(self, channel, config):  # pylint: disable=unused-argument
        """The partial's every-type block: the channel's own value, or null."""
        return {key: channel.get(key) for key in SHARED_KEYS}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's block before ``messaging_service_sid``/``phone_number``."""
        return {}

    def keys_after_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's block after ``phone_number``, before ``provider``."""
        return {}
