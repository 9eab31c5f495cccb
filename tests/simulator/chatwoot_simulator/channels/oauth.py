"""Channels Chatwoot creates only through OAuth callbacks: Facebook, Instagram, TikTok, Twitter.

``POST /inboxes`` answers 422 "Channel must exist" for their types (no
``Channel::*`` is built); ``POST /_simulator/seed`` creates them so tests can
have such inboxes.  Their ``EDITABLE_ATTRS`` are empty except Twitter's
``tweets_enabled``; a channel update still calls ``reauthorized!`` on the
Reauthorizable ones (Facebook, Instagram, TikTok).
"""

import secrets

from .base import ChannelType


class ReauthorizableChannel(ChannelType):
    """Facebook, Instagram and TikTok: a platform id (generated when seeded) and reauthorization_required, rendered
    in RENDERED's order right before phone_number."""
    REAUTHORIZABLE = True
    ID_KEY = None
    RENDERED = ('reauthorization_required',)

    def new_row(self, config):  # pylint: disable=unused-argument
        row = {'reauthorization_required': False}
        if self.ID_KEY:
            row[self.ID_KEY] = str(secrets.randbelow(10 ** 15))
        return row

    def seed_attrs(self, param):
        return {key: param[key] for key in self.RENDERED if key in param}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {key: channel[key] for key in self.RENDERED}


class FacebookChannel(ReauthorizableChannel):
    slug = 'facebook'
    class_name = 'Channel::FacebookPage'
    table = 'channel_facebook_pages'
    ID_KEY = 'page_id'
    RENDERED = ('page_id', 'reauthorization_required')


class InstagramChannel(ReauthorizableChannel):
    slug = 'instagram'
    class_name = 'Channel::Instagram'
    table = 'channel_instagram'
    ID_KEY = 'instagram_id'
    RENDERED = ('reauthorization_required', 'instagram_id')


class TiktokChannel(ReauthorizableChannel):
    slug = 'tiktok'
    class_name = 'Channel::Tiktok'
    table = 'channel_tiktok'


class TwitterChannel(ChannelType):
    slug = 'twitter'
    class_name = 'Channel::TwitterProfile'
    table = 'channel_twitter_profiles'
    PERMIT = {'tweets_enabled': 'scalar'}
    BOOL_KEYS = ('tweets_enabled',)

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'profile_id': str(secrets.randbelow(10 ** 15)), 'tweets_enabled': True}

    def keys_after_help_center(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {'tweets_enabled': channel['tweets_enabled']}
