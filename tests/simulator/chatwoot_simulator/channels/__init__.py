"""The channel-type registry: which ``channel.type`` values the simulator models.

Chatwoot's ``InboxesController#allowed_channel_types`` is ``web_widget api email
line telegram whatsapp sms`` (+ enterprise ``voice``), each mapped to a
``Channel::*`` class (§2.2).  Modelled types are the classes in
``MODELLED``; a new one is a ``ChannelType`` subclass added there.  Real types
without a class answer 501 rather than a fake success; any other value is
Chatwoot's own 422 "Channel must exist".
"""

from ..errors import NotModelled
from .api import ApiChannel
from .web_widget import WebWidgetChannel

MODELLED = {channel.slug: channel for channel in (WebWidgetChannel(), ApiChannel())}

# Real Chatwoot types the simulator does not fake (they need live third-party services).
NOT_MODELLED = ('email', 'line', 'telegram', 'whatsapp', 'sms')
ENTERPRISE_NOT_MODELLED = ('voice',)


def for_create(slug, config):
    """The class a create body's ``channel.type`` selects: None when Chatwoot builds no channel."""
    if slug in NOT_MODELLED or (slug in ENTERPRISE_NOT_MODELLED and config.enterprise):
        raise NotModelled("channel type '%s' is not modelled by the simulator" % slug)
    return MODELLED.get(slug) if isinstance(slug, str) else None


def of(inbox):
    """The class of a stored inbox's channel."""
    return MODELLED[inbox['channel_type']]


def channel_tables():
    """Sequences of channel ids, one per channel table."""
    return [channel.table for channel in MODELLED.values()]
