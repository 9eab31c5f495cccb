# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The custom roles of an account (enterprise builds: custom_roles_controller.rb, a bare array, administrators only),
as a resource that agents name by name or id.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

CUSTOM_ROLE = Resource(
    'custom role', 'custom_roles', plural='custom roles', natural_key='name',
    not_found_hint=' (custom roles exist on Chatwoot builds with the enterprise features only)',
    fields=(Field('name', {'type': 'str'}), Field('description', {'type': 'str'}),
            Field('permissions', {'type': 'list', 'elements': 'str'})),
)
