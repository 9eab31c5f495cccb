"""Channels Chatwoot creates only through OAuth callbacks: Facebook, Instagram, TikTok, Twitter.

``POST /inboxes`` answers 422 "Channel must exist" for their types (no
``Channel::*`` is built); ``POST /_simulator/seed`` creates them so tests can
have such inboxes.  Their ``EDITABLE_ATTRS`` are empty except Twitter's
``tweets_enabled``; a channel update still calls ``reauthorized!`` on the
Reauthorizable ones (Facebook, Instagram, TikTok).
"""

import secrets

from .base import ChannelType


class FacebookChannel(ChannelType):
    slug = 'facebook'
    class_name = 'Channel::FacebookPage'
    table = 'channel_facebook_pages'
    REAUTHORIZABLE = True

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'page_id': str(secrets.randbelow(10 ** 15)), 'reauthorization_required': False}

    def seed_attrs(self, param):
        return {key: param[key] for key in ('page_id', 'reauthorization_required') if key in param}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {'page_id': channel['page_id'], 'reauthorization_required': channel['reauthorization_required']}


class InstagramChannel(ChannelType):
    slug = 'instagram'
    class_name = 'Channel::Instagram'
    table = 'channel_instagram'
    REAUTHORIZABLE = True

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'instagram_id': str(secrets.randbelow(10 ** 15)), 'reauthorization_required': False}

    def seed_attrs(self, param):
        return {key: param[key] for key in ('instagram_id', 'reauthorization_required') if key in param}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {'reauthorization_required': channel['reauthorization_required'], 'instagram_id': channel['instagram_id']}


class TiktokChannel(ChannelType):
    slug = 'tiktok'
    class_name = 'Channel::Tiktok'
    table = 'channel_tiktok'
    REAUTHORIZABLE = True

    def new_row(self, config):  # pylint: disable=unused-argument
        return {'reauthorization_required': False}

    def seed_attrs(self, param):
        return {key: param[key] for key in ('reauthorization_required',) if key in param}

    def keys_before_phone_number(self, channel, config, is_admin):  # pylint: disable=unused-argument
        return {'reauthorization_required': channel['reauthorization_required']}


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
