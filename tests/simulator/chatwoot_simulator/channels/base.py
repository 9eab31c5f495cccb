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
    REAUTHORIZABLE = False  # includes Reauthorizable: an update clears ``reauthorization_required`` first

    def permit(self, param, config):
        """Strong parameters for ``channel``: ``type`` plus the editable keys this release has."""
        if not isinstance(param, dict):
            return {}
        spec = {key: rule for key, rule in self.PERMIT.items()
                if key not in self.MIN_VERSION or config.at_least(self.MIN_VERSION[key])}
        spec['type'] = 'scalar'
        return permit_hash(param, spec)

    def new_row(self, config):  # pylint: disable=unused-argument
        """A channel row with its column defaults and generated tokens."""
        raise NotImplementedError

    def seed_attrs(self, param):  # pylint: disable=unused-argument
        """Columns a seed body may set besides ``PERMIT`` (what OAuth or the Twilio endpoint would store)."""
        return {}

    def seed_channel(self, number):  # pylint: disable=unused-argument
        """A valid ``channel`` of a ``{"count": N, "channel_type": ...}`` seed body."""
        return {'type': self.slug}

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

    def before_validation(self, channel):  # pylint: disable=unused-argument
        """The model's ``before_validation`` hooks that call nobody."""

    def on_create(self, channel, remote, config):  # pylint: disable=unused-argument
        """``before_validation on: :create`` hooks that call a remote service; returns errors found first."""
        return []

    def validate(self, channel, others, remote):  # pylint: disable=unused-argument
        """Model validations; returns [(attribute, full message)].

        ``others``: the other channels of this class in the whole installation
        (Chatwoot's uniqueness validations are global, and the simulator is one
        installation); ``remote``: the fake services (``remote.py``).
        """
        return []

    def before_save(self, channel, remote, config):  # pylint: disable=unused-argument
        """``before_save`` callbacks (every create and update)."""

    def after_create(self, channel, remote, config):  # pylint: disable=unused-argument
        """``after_create`` callbacks (inside the create transaction)."""

    def after_commit(self, channel, remote, config):  # pylint: disable=unused-argument
        """``after_commit on: :create`` callbacks (after the inbox was saved)."""

    def check_update(self, attrs, remote):  # pylint: disable=unused-argument
        """A controller-level check before ``channel.update!``; returns an error message or None."""
        return None

    def inbox_name(self, channel):  # pylint: disable=unused-argument
        """``inbox_name(channel)``: the default name of a new inbox (a create body's ``name`` wins)."""
        return None

    def callback_webhook_url(self, channel, config):  # pylint: disable=unused-argument
        """``Inbox#callback_webhook_url``: where the operator points the provider."""
        return None

    def taken(self, channel, others, key, label):
        """``validates key, uniqueness: true`` (nil never collides with the unique index's rows here)."""
        value = channel.get(key)
        if value is not None and any(other.get(key) == value for other in others):
            return [(key, '%s has already been taken' % label)]
        return []

    def check_not_null(self, channel):
        for key in self.NOT_NULL:
            if key in channel and channel[key] is None:
                raise ServerCrash('null value in column "%s"' % key)

    def shared_keys(self, channel, config):  # pylint: disable=unused-argument
        """The partial's every-type block: the channel's own value, or null."""
        return {key: channel.get(key) for key in SHARED_KEYS}

    def keys_after_help_center(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's keys right after ``help_center`` (Twitter's ``tweets_enabled``)."""
        return {}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's block before ``messaging_service_sid``/``phone_number``."""
        return {}

    def keys_after_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's block after ``phone_number``, before ``provider``."""
        return {}

    def keys_after_provider(self, channel, config, is_admin):  # pylint: disable=unused-argument
        """This type's block after ``provider`` (Telegram, WhatsApp, Twilio voice)."""
        return {}
