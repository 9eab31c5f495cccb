"""The channel-type registry: which ``channel.type`` values the simulator models.

Chatwoot's ``InboxesController#allowed_channel_types`` is ``web_widget api email
line telegram whatsapp sms`` (+ enterprise ``voice``), each mapped to a
``Channel::*`` class (§2.2): those are ``CREATABLE``.  Twilio has its own
endpoint and the OAuth types none, so ``POST /inboxes`` answers 422 "Channel
must exist" for them (as for any other value); ``POST /_simulator/seed``
creates them (``SEED_ONLY``).  Enterprise ``voice`` answers 501.
"""

from ..errors import NotModelled
from .api import ApiChannel
from .email import EmailChannel
from .line import LineChannel
from .oauth import FacebookChannel, InstagramChannel, TiktokChannel, TwitterChannel
from .sms import SmsChannel
from .telegram import TelegramChannel
from .twilio import TwilioChannel
from .web_widget import WebWidgetChannel
from .whatsapp import WhatsappChannel

CREATABLE = {channel.slug: channel for channel in (
    WebWidgetChannel(), ApiChannel(), EmailChannel(), LineChannel(), TelegramChannel(), WhatsappChannel(), SmsChannel())}
SEED_ONLY = {channel.slug: channel for channel in (
    TwilioChannel(), FacebookChannel(), InstagramChannel(), TiktokChannel(), TwitterChannel())}
MODELLED = dict(CREATABLE, **SEED_ONLY)

ENTERPRISE_NOT_MODELLED = ('voice',)


def for_create(slug, config, seeding=False):
    """The class a create body's ``channel.type`` selects: None when Chatwoot builds no channel."""
    if slug in ENTERPRISE_NOT_MODELLED and config.enterprise:
        raise NotModelled("channel type '%s' is not modelled by the simulator" % slug)
    if not isinstance(slug, str):
        return None
    return (MODELLED if seeding else CREATABLE).get(slug)


def of(inbox):
    """The class of a stored inbox's channel."""
    return MODELLED[inbox['channel_type']]


def channel_tables():
    """Sequences of channel ids, one per channel table."""
    return [channel.table for channel in MODELLED.values()]
