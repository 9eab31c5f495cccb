# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A field is spelled once, on its row: the kinds whose option it is and what Chatwoot renders for it in a new object."""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, PerVariant
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._variants import Variant, Variants

ROUND = Variant('round', 'Shape::Round', fields=(Field('radius', {'type': 'int'}, scope='shape', new=1),))
SQUARE = Variant('square', 'Shape::Square', fields=())
SHAPE = Resource('shape', 'shapes', variants=Variants('shape', 'type', 'shape_type', (ROUND, SQUARE), default='round'), fields=(
    Field('id', new=None), Field('name', {'type': 'str'}, new=None),
    Field('colour', {'type': 'str'}, scope='shape', variants=('round', 'square'), new=PerVariant('black', square='red')),
    Field('corners', {'type': 'int'}, scope='shape', variants=('square',), new=PerVariant(square=4)),
))


def test_a_kind_has_the_shared_rows_that_name_it_then_its_own():
    assert ROUND.fields == ('colour', 'radius')
    assert SQUARE.fields == ('colour', 'corners')


def test_a_new_object_is_made_of_the_rows_new_values_per_kind():
    assert SHAPE.new_object('round') == {'id': None, 'name': None, 'colour': 'black', 'radius': 1}
    assert SHAPE.new_object('square') == {'id': None, 'name': None, 'colour': 'red', 'corners': 4}


def test_a_new_object_is_a_copy():
    first = SHAPE.new_object('round')
    first['colour'] = 'white'
    assert SHAPE.new_object('round')['colour'] == 'black'


def test_every_inbox_row_names_known_channel_types():
    known = set(INBOX.variants.by_name)
    assert all(set(f.variants) <= known for f in INBOX.fields.values())


def test_a_new_inbox_renders_its_own_types_keys_only():
    web, api = INBOX.new_object('web_widget'), INBOX.new_object('api')
    assert (web['widget_color'], api['widget_color']) == ('#1f93ff', None)
    assert 'webhook_url' in api and 'webhook_url' not in web
    assert web['channel_type'] == 'Channel::WebWidget' and 'secret' not in web
    assert INBOX.new_object('email')['imap_port'] == 0
