# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A user's membership of an account through the Platform API: /platform/api/v1/accounts/{id}/account_users.

Chatwoot's platform/api/v1/account_users_controller.rb lists the account's AccountUser records as they are
({id, account_id, user_id, role, ...}), upserts one with POST {user_id, role} (find_or_initialize_by(user_id), then
update!) and removes one with DELETE {user_id}, accepting a user who is no member. The account must be one the
platform app may see; the user need only exist (422 "User must exist"). role is an enum, agent or administrator.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

ROLES = ('agent', 'administrator')


def argument_spec():
    return {
        'account_id': {'type': 'int', 'required': True},
        'user_id': {'type': 'int', 'required': True},
        'role': {'type': 'str', 'choices': list(ROLES)},
        'state': {'type': 'str', 'choices': ['present', 'absent'], 'default': 'present'},
    }


def _view(member):
    return {'user_id': member['user_id'], 'role': member['role']} if member else {}


def run(client, params, check_mode):
    """Bring the membership to params' state with one GET of the account's members and at most one write."""
    path = client.account_path('accounts/%d/account_users' % params['account_id'])
    members = client.request('GET', path) or []
    member = next((m for m in members if m.get('user_id') == params['user_id']), None)
    if params['state'] == 'absent':
        if member is None:
            return {'changed': False, 'account_user': {}, 'diff': {'before': {}, 'after': {}}}
        if not check_mode:
            client.request('DELETE', path, {'user_id': params['user_id']})
        return {'changed': True, 'account_user': member, 'diff': {'before': _view(member), 'after': {}}}
    role = params['role']
    if member is not None and (role is None or member['role'] == role):
        return {'changed': False, 'account_user': member, 'diff': {'before': _view(member), 'after': _view(member)}}
    body = {'user_id': params['user_id']}
    if role is not None:
        body['role'] = role
    if check_mode:
        after = dict(member or {'id': None, 'account_id': params['account_id'], 'user_id': params['user_id'], 'role': 'agent'})
        after['role'] = role or after['role']
    else:
        after = client.request('POST', path, body)
    return {'changed': True, 'account_user': after, 'diff': {'before': _view(member), 'after': _view(after)}}
