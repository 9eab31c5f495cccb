#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_portal
short_description: Create, update and delete Chatwoot help center portals
version_added: 0.2.0
description:
  - Ensures that a help center portal of a Chatwoot account exists with the given settings, or that it does not exist.
  - A portal is the public knowledge base of an account, at C(/hc/<slug>) or on its own domain; its categories are
    managed with M(community.chatwoot.chatwoot_portal_category). Articles are not managed by this collection.
  - Only the options that are set are managed; Chatwoot keeps its values for the others.
  - Only administrators of the account may change portals.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the portal as it would be; on create its RV(portal.id) is V(null).
  diff_mode:
    support: full
    details: The diff holds the slug and the options that are set.
options:
  slug:
    description:
      - The portal's slug, the last part of its address C(/hc/<slug>) and the key Chatwoot finds it by.
      - Chatwoot requires it to be unique across the whole installation, not only the account.
      - Without O(id), the portal is looked up by this slug. With O(id), the portal's slug is changed to this one.
      - Required to create a portal.
    type: str
  id:
    description:
      - Id of an existing portal, to change its slug. With O(state=present), a missing portal is an error.
    type: int
  state:
    description:
      - V(present) creates the portal or updates it; V(absent) deletes it.
      - Chatwoot deletes the portal's categories and articles with it.
    type: str
    choices: [present, absent]
    default: present
  name:
    description:
      - Name of the portal. Required to create a portal.
    type: str
  color:
    description:
      - Brand colour, for example V(#1f93ff) (Chatwoot's default; an empty string stands for it).
    type: str
  custom_domain:
    description:
      - Domain of the portal, for example V(help.example.com), unique across the installation.
      - An C(http://) or C(https://) URL is taken for its host, as Chatwoot does when it creates a portal. An empty
        string removes the domain.
    type: str
  header_text:
    description: Text of the portal's header.
    type: str
  homepage_link:
    description: Link back to the company's website. An empty string removes it.
    type: str
  page_title:
    description: Title of the portal's pages.
    type: str
  archived:
    description: Whether the portal is archived (hidden from the public).
    type: bool
  config:
    description:
      - Locales, layout and links of the portal. Only the keys set are managed; Chatwoot keeps the others.
    type: dict
    suboptions:
      allowed_locales:
        description:
          - Locale codes the portal is published in, for example V([en, fr]). Categories use one of them.
        type: list
        elements: str
      default_locale:
        description:
          - The locale shown first. Chatwoot takes the first allowed locale when none is set.
        type: str
      draft_locales:
        description:
          - Allowed locales that are not published yet. The default locale cannot be a draft.
        type: list
        elements: str
      layout:
        description: Layout of the portal's pages.
        type: str
        choices: [classic, documentation]
      social_profiles:
        description:
          - Links to the company's profiles. Chatwoot replaces the whole set with the one given.
        type: dict
        suboptions:
          facebook:
            description: Facebook profile.
            type: str
          x:
            description: X profile.
            type: str
          instagram:
            description: Instagram profile.
            type: str
          linkedin:
            description: LinkedIn profile.
            type: str
          youtube:
            description: YouTube channel.
            type: str
          tiktok:
            description: TikTok profile.
            type: str
          github:
            description: GitHub organisation.
            type: str
          whatsapp:
            description: WhatsApp number or link.
            type: str
      locale_translations:
        description:
          - The portal's C(name), C(page_title) and C(header_text) per locale, a dict of such dicts by locale code, for
            example C(fr) with C(name) V(Aide). Chatwoot replaces the whole set with the one given.
        type: dict
  inbox:
    description:
      - The website inbox whose live chat widget the portal shows, by name or id; an empty string removes it.
      - Chatwoot ignores an inbox of another channel type, so the module refuses one.
    type: raw
seealso:
  - module: community.chatwoot.chatwoot_portal_category
  - module: community.chatwoot.chatwoot_inbox
  - name: Chatwoot help center API
    description: Chatwoot's application API reference for help center portals.
    link: https://developers.chatwoot.com/api-reference/help-center/add-a-new-portal
'''

EXAMPLES = r'''
- name: A help center in English and French, with the website's chat widget
  community.chatwoot.chatwoot_portal:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    slug: help
    name: Example Help Center
    custom_domain: help.example.com
    homepage_link: https://www.example.com
    color: "#0b5394"
    config:
      allowed_locales: [en, fr]
      default_locale: en
      layout: documentation
      locale_translations:
        fr:
          name: Centre d'aide
    inbox: Website

- name: Publish the French pages once translated
  community.chatwoot.chatwoot_portal:
    slug: help
    config:
      draft_locales: []

- name: No more old help center (its categories and articles go with it)
  community.chatwoot.chatwoot_portal:
    slug: old-help
    state: absent
'''

RETURN = r'''
portal:
  description:
    - The portal as Chatwoot returns it; empty after a deletion or when there was nothing to delete.
    - In check mode, the portal as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the portal; V(null) in check mode before it exists.
      type: int
      sample: 2
    slug:
      description: Slug.
      type: str
      sample: help
    name:
      description: Name.
      type: str
      sample: Example Help Center
    color:
      description: Brand colour.
      type: str
      sample: "#0b5394"
    custom_domain:
      description: Domain, or V(null).
      type: str
      sample: help.example.com
    archived:
      description: Whether the portal is archived.
      type: bool
      sample: false
    config:
      description:
        - Locales (each with its code, whether it is a C(draft) and its counts), default locale, layout, social
          profiles and locale translations.
      type: dict
      sample: {allowed_locales: [{code: en, draft: false, articles_count: 0, categories_count: 2}], default_locale: en,
               layout: documentation, social_profiles: {}, locale_translations: {}}
    inbox:
      description: The inbox whose widget the portal shows; absent when there is none.
      type: dict
      sample: {id: 3, name: Website}
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._portals import PORTAL


MODULE = ChatwootModule(PORTAL.argument_spec(), partial(ensure, PORTAL), required_one_of=[('slug', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
