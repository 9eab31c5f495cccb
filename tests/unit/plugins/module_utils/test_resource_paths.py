# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Objects addressed by another key than their id (a portal's slug), under a parent named in the path (a category's
portal), and indexes Chatwoot paginates."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource, id_or_key
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

from ansible_collections.community.chatwoot.tests.unit.plugins.module_utils.fake_client import FakeClient

SHELF = Resource('shelf', 'shelves', natural_key='slug', item_key='slug', list_key='payload',
                 fields=(Field('slug', {'type': 'str'}), Field('name', {'type': 'str'})))
BOOK = Resource('book', 'shelves/{shelf}/books', natural_key='slug', list_key='payload', answer_key='payload', list_query=('shelf',),
                page_size=2, new_object=lambda variant: {'id': None, 'slug': None, 'name': None},
                fields=(Field('shelf', {'type': 'str'}), Field('slug', {'type': 'str'}), Field('name', {'type': 'str'})))


def params(**kwargs):
    return dict({'id': None, 'state': 'present', 'slug': 'a', 'name': None, 'shelf': 'my shelf'}, **kwargs)


def test_an_object_is_written_at_its_item_key_renamed_at_its_old_one():
    client = FakeClient({('GET', 'shelves'): {'payload': [{'id': 7, 'slug': 'old', 'name': 'x'}]},
                         ('PATCH', 'shelves/old'): lambda body: dict({'id': 7, 'slug': 'old', 'name': 'x'}, **body)})
    result = ensure(SHELF, client, {'id': 7, 'state': 'present', 'slug': 'new', 'name': None}, check_mode=False)
    assert client.writes == [('PATCH', '/api/v1/accounts/1/shelves/old', {'slug': 'new'})]
    assert result['shelf']['slug'] == 'new'


def test_the_parent_goes_into_the_path_not_the_body_and_onto_the_object():
    client = FakeClient({('GET', 'shelves/my%20shelf/books?page=1'): {'payload': []},
                         ('POST', 'shelves/my%20shelf/books'): lambda body: {'payload': dict(body, id=3)}})
    predicted = ensure(BOOK, client, params(name='A'), check_mode=True)
    result = ensure(BOOK, client, params(name='A'), check_mode=False)
    assert client.writes == [('POST', '/api/v1/accounts/1/shelves/my%20shelf/books', {'slug': 'a', 'name': 'A'})]
    assert result['book'] == {'id': 3, 'slug': 'a', 'name': 'A', 'shelf': 'my shelf'}
    assert predicted['book'] == dict(result['book'], id=None)


def test_an_update_and_a_delete_use_the_parent_of_the_object():
    book = {'id': 3, 'slug': 'a', 'name': 'A'}
    client = FakeClient({('GET', 'shelves/s/books?page=1'): {'payload': [book]},
                         ('PATCH', 'shelves/s/books/3'): lambda body: {'payload': dict(book, **body)},
                         ('DELETE', 'shelves/s/books/3'): None})
    assert ensure(BOOK, client, params(shelf='s', name='B'), check_mode=False)['book']['shelf'] == 's'
    assert not ensure(BOOK, client, params(shelf='s', name='A'), check_mode=False)['changed']  # the stamp compares equal
    ensure(BOOK, client, params(shelf='s', state='absent'), check_mode=False)
    assert [w[:2] for w in client.writes] == [('PATCH', '/api/v1/accounts/1/shelves/s/books/3'),
                                              ('DELETE', '/api/v1/accounts/1/shelves/s/books/3')]


def test_a_paginated_index_is_read_until_a_short_page():
    pages = {1: [{'id': 1, 'slug': 'a'}, {'id': 2, 'slug': 'b'}], 2: [{'id': 3, 'slug': 'c'}, {'id': 4, 'slug': 'd'}], 3: []}
    client = FakeClient({('GET', 'shelves/s/books?page=%d' % n): {'payload': books} for n, books in pages.items()})
    listed = ResourceClient(BOOK, client).list({'shelf': 's'})
    assert [b['id'] for b in listed] == [1, 2, 3, 4] and all(b['shelf'] == 's' for b in listed)
    assert len(client.requests) == 3


def test_a_missing_parent_is_an_error_naming_it():
    class Missing(FakeClient):
        def request(self, method, path, payload=None):
            raise ChatwootError('Not found', method, path, 404)
    with pytest.raises(OptionError, match="There is no shelf 'gone' in account 1"):
        ensure(BOOK, Missing({}), params(shelf='gone'), check_mode=True)


@pytest.mark.parametrize('value, expected', [(7, (7, None)), ('7', (7, None)), (' 12 ', (12, None)), ('Web 2', (None, 'Web 2')),
                                             ('alice@example.com', (None, 'alice@example.com')), (True, (None, True)),
                                             ('-3', (None, '-3'))])
def test_one_place_tells_an_id_from_a_name(value, expected):
    assert id_or_key(value) == expected
