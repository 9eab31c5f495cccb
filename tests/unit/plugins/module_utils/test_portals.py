# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A portal's config as Chatwoot merges and normalises it (portal.rb:124-129), and its domain as create stores it."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._portals import PORTAL, host_of, normalised, settings


def test_normalised_fills_the_allowed_locales_the_default_and_keeps_only_allowed_drafts():
    after = normalised(settings({}), {'draft_locales': ['fr']})
    assert (after['allowed_locales'], after['default_locale'], after['draft_locales'], after['layout']) == (['en'], 'en', [], 'classic')
    after = normalised(settings({}), {'allowed_locales': ['fr', '', 'de', 'fr'], 'draft_locales': ['de']})
    assert (after['allowed_locales'], after['default_locale'], after['draft_locales']) == (['fr', 'de'], 'fr', ['de'])


def test_only_the_keys_set_are_compared_and_sent():
    portal = PORTAL.new_object(None)
    config = PORTAL.field('config').compare
    assert config.changed('config', {'layout': 'classic'}, portal) is None
    assert config.changed('config', {'layout': 'documentation'}, portal) == {'layout': 'documentation'}


def test_a_prediction_renders_the_locales_with_their_draft_flags():
    portal = PORTAL.new_object(None)
    PORTAL.field('config').compare.predict('config', portal, {'allowed_locales': ['en', 'fr'], 'draft_locales': ['fr']})
    assert [(locale['code'], locale['draft']) for locale in portal['config']['allowed_locales']] == [('en', False), ('fr', True)]


@pytest.mark.parametrize('value, message', [({'draft_locales': ['de']}, 'names de, which is not among the allowed locales'),
                                            ({'default_locale': 'en', 'draft_locales': ['en']}, "default locale 'en' cannot be a draft")])
def test_what_chatwoot_would_drop_or_refuse_fails_first(value, message):
    with pytest.raises(OptionError, match=message):
        PORTAL.field('config').compare.check('config', PORTAL.new_object(None), value)


@pytest.mark.parametrize('domain, stored', [('https://help.example.com/start', 'help.example.com'), ('help.example.com', 'help.example.com'),
                                            ('HTTP://Docs.Example.com:8080', 'Docs.Example.com'), ('  ', None)])
def test_a_domain_is_stored_as_chatwoots_create_stores_it(domain, stored):
    assert host_of(domain) == stored
