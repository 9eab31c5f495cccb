# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The macro resource (Chatwoot's app/models/macro.rb, macros_controller.rb, app/policies/macro_policy.rb and
views/api/v1/models/_macro).

A macro is personal (its author's) or global. The index lists the global macros and the token user's own personal
ones, so other users' personal macros are out of reach. Chatwoot sets visibility from the request on create and on
every update, storing null when it is left out (and a macro with a null visibility is listed to nobody): it is
required to create a macro and sent with every update. An agent's macro is always personal. Names are not unique:
several macros with one name are an error that asks for the id.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._automation_rules import actions_field
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

VISIBILITIES = ('personal', 'global')

MACRO = Resource(
    'macro', 'macros', list_key='payload', answer_key='payload', required=('visibility', 'actions'), resend=('visibility',),
    new_object=lambda variant: {'id': None, 'name': None, 'visibility': None, 'account_id': None, 'actions': []},
    fields=(
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('visibility', {'type': 'str', 'choices': list(VISIBILITIES)}),
        actions_field(),
    ),
)
