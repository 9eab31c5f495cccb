# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The agents of an account as a resource (Chatwoot's agents_controller.rb, app/models/account_user.rb).

An agent is a user's membership of the account, found by e-mail address (case-insensitive, as Devise stores it).
Creating one re-uses an existing user and invites a new one; the e-mail cannot change; `name` is the user's, so
changing it changes it in every account. The JSON shows presence (availability_status), not the availability
set on create, so availability is not compared afterwards. Deleting an agent removes the membership; the token's
own user is never deleted. On enterprise builds every create and update sets the agent's custom role to the
request's custom_role_id, clearing it when the request has none, so every update sends the current one back.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._custom_roles import CUSTOM_ROLE
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, Immutable, ReferenceById, WriteOnly, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

ROLES = ('agent', 'administrator')
AVAILABILITIES = ('online', 'busy', 'offline')


def keep_own_user(client, agent):
    profile = client.request('GET', '/api/v1/profile') or {}
    if profile.get('id') == agent['id']:
        raise OptionError('Agent %s (%s) is the user of api_access_token; the module does not remove the user it acts as.'
                          % (agent['id'], agent.get('email')))


def valid_email(label, value):
    text = value.strip()
    if '@' not in text or text.startswith('@') or text.endswith('@') or ' ' in text:
        raise OptionError('%s must be an e-mail address, got %r.' % (label, value))


AGENT = Resource(
    'agent', 'agents', natural_key='email', fold=str.lower, required=('name',), before_delete=keep_own_user,
    # enterprise agents_controller.rb:14-16 update!(custom_role_id: params[:custom_role_id]): nil when left out; and
    # agents_controller.rb:79 params.require(:agent) refuses a request whose only change is the custom role (the
    # name, a User attribute, is always wrapped under agent)
    resend=('custom_role', 'name'),
    new_object=lambda variant: {'id': None, 'account_id': None, 'availability_status': 'offline', 'auto_offline': True,
                                'confirmed': False, 'email': None, 'provider': 'email', 'available_name': None, 'name': None,
                                'role': 'agent', 'thumbnail': ''},
    fields=(
        Field('email', {'type': 'str'}, checks=(valid_email,), normalise=lambda v: v.strip().lower(),
              compare=Immutable('Chatwoot cannot change the e-mail address of an agent.')),
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('role', {'type': 'str', 'choices': list(ROLES)}),
        Field('availability', {'type': 'str', 'choices': list(AVAILABILITIES)}, on_update=False, compare=WriteOnly()),
        Field('auto_offline', {'type': 'bool'}),
        Field('custom_role', {'type': 'raw'}, reference=CUSTOM_ROLE, compare=ReferenceById('custom_role_id')),
    ),
)
