#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_portal_category
short_description: Create, update and delete the categories of a Chatwoot help center portal
version_added: 0.2.0
description:
  - Ensures that a category of a help center portal exists in one of the portal's locales with the given settings,
    or that it does not exist.
  - A category is found by its portal, locale and slug, which Chatwoot keeps unique together.
  - Only the options that are set are managed; Chatwoot keeps its values for the others. Related, parent and
    associated categories are not managed and stay as they are.
  - Only administrators of the account may change categories.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the category as it would be; on create its RV(category.id) is V(null).
  diff_mode:
    support: full
    details: The diff holds the slug and the options that are set.
options:
  portal:
    description:
      - Slug of the portal (M(community.chatwoot.chatwoot_portal)). A portal that does not exist is an error.
    type: str
    required: true
  locale:
    description:
      - Locale of the category, one of the portal's allowed locales (C(config.allowed_locales)).
    type: str
    required: true
  slug:
    description:
      - The category's slug, part of its address. Without O(id), the category is looked up by this slug.
      - With O(id), the category's slug is changed to this one. Required to create a category.
    type: str
  id:
    description:
      - Id of an existing category of the portal, to change its slug. With O(state=present), a missing category is an
        error.
    type: int
  state:
    description:
      - V(present) creates the category or updates it; V(absent) deletes it. Chatwoot keeps its articles, without a
        category.
    type: str
    choices: [present, absent]
    default: present
  name:
    description: Name of the category. Required to create a category.
    type: str
  description:
    description: Description of the category.
    type: str
  position:
    description: Position among the portal's categories; Chatwoot lists them by position, those without one last.
    type: int
  icon:
    description: Icon of the category (an emoji, for example).
    type: str
  icon_color:
    description: Colour of the icon.
    type: str
seealso:
  - module: community.chatwoot.chatwoot_portal
  - name: Chatwoot help center API
    description: Chatwoot's application API reference for help center categories.
    link: https://developers.chatwoot.com/api-reference/help-center/add-a-new-category
'''

EXAMPLES = r'''
- name: A billing category in the English pages of the help portal
  community.chatwoot.chatwoot_portal_category:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    portal: help
    locale: en
    slug: billing
    name: Billing
    description: Invoices, refunds and payment methods
    position: 1
    icon: "💳"

- name: The same category in French
  community.chatwoot.chatwoot_portal_category:
    portal: help
    locale: fr
    slug: billing
    name: Facturation

- name: No more beta category
  community.chatwoot.chatwoot_portal_category:
    portal: help
    locale: en
    slug: beta
    state: absent
'''

RETURN = r'''
category:
  description:
    - The category as Chatwoot returns it, with the slug of its C(portal); empty after a deletion or when there was
      nothing to delete.
    - In check mode, the category as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the category; V(null) in check mode before it exists.
      type: int
      sample: 12
    portal:
      description: Slug of the portal (the module adds it; Chatwoot's answer does not name the portal).
      type: str
      sample: help
    locale:
      description: Locale.
      type: str
      sample: en
    slug:
      description: Slug.
      type: str
      sample: billing
    name:
      description: Name.
      type: str
      sample: Billing
    position:
      description: Position, or V(null).
      type: int
      sample: 1
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._portal_categories import CATEGORY


MODULE = ChatwootModule(CATEGORY.argument_spec(), partial(ensure, CATEGORY), required_one_of=[('slug', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
