# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The help center category resource (Chatwoot's app/models/category.rb, categories_controller.rb and
views/api/v1/accounts/categories).

A category belongs to a portal, named by slug in its path (an unknown portal is a 404), and to one of the portal's
locales; its slug is unique per locale and portal, so (portal, locale, slug) finds it. Chatwoot's JSON names neither
the portal nor a parent: the engine puts the portal on each category it lists. The index is paginated by 1000 and
filtered by locale. Related, parent and associated categories are not managed (left as they are).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

PER_PAGE = 1000  # lib/limits.rb:7

CATEGORY = Resource(
    'category', 'portals/{portal}/categories', plural='categories', natural_key='slug', list_key='payload', answer_key='payload',
    list_query=('portal', 'locale'), page_size=PER_PAGE, required=('name',),
    new_object=lambda variant: {'id': None, 'name': None, 'slug': None, 'locale': 'en', 'description': None, 'position': None,
                                'account_id': None, 'icon': '', 'icon_color': '', 'meta': {'articles_count': 0}},
    fields=(
        Field('portal', {'type': 'str', 'required': True}, checks=(not_empty,)),
        Field('locale', {'type': 'str', 'required': True}, checks=(not_empty,), column='string'),
        Field('slug', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('description', {'type': 'str'}, column='text'),
        Field('position', {'type': 'int'}),
        Field('icon', {'type': 'str'}, column='string'),
        Field('icon_color', {'type': 'str'}, column='string'),
    ),
)
