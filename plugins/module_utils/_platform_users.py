# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Users through the Platform API: /platform/api/v1/users.

Chatwoot's platform/api/v1/users_controller.rb has no index. Its create finds the user by e-mail or creates one
(User.from_email(email) || User.new(params)), confirms it without an e-mail, and makes it permissible to the platform
app: an existing user comes back as it is, whatever else was sent. Update assigns name, display_name, email and
password and merges custom_attributes. The answer (_user.json.jbuilder) holds the user's access token, which opens
the application API as that user: a secret.

Lookup: by id (GET /users/{id}, a read); else by e-mail, which only create does. The module sends a create with the
e-mail alone: Chatwoot returns the existing user, or refuses (422, no name and no password) and creates nothing, so
the module then creates the user with every option. Either request writes (it confirms and makes permissible an
existing user), so check mode cannot look a user up by e-mail: it says so in a warning unless id is set.

Validations (app/models/user.rb, Devise validatable and config/initializers/devise.rb, secure_password.rb): name
present; e-mail present, /\\A[^@\\s]+@[^@\\s]+\\z/, unique; password 6 to 128 characters with an upper-case letter,
a lower-case letter, a digit and a special character.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re

from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure_object
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, matches, max_length, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._platform_fields import MergedKeys
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

EMAIL = re.compile(r'^[^@\s]+@[^@\s]+\Z')
SPECIAL_CHARACTERS = "!@#$%^&*()_+-=[]{}|'"
PASSWORD_RULES = (
    (lambda p: 6 <= len(p) <= 128, 'be 6 to 128 characters long'),
    (lambda p: any('A' <= c <= 'Z' for c in p), 'have an upper-case letter'),
    (lambda p: any('a' <= c <= 'z' for c in p), 'have a lower-case letter'),
    (lambda p: any(c.isdigit() for c in p), 'have a digit'),
    (lambda p: any(c in SPECIAL_CHARACTERS for c in p), "have one of the special characters %s" % SPECIAL_CHARACTERS),
)
CHECK_MODE_WARNING = ('Check mode cannot look up a user by e-mail: the Platform API finds users by e-mail only in its '
                      'create request, which writes. The result assumes that there is no user with this e-mail; set id to '
                      'check an existing user exactly.')


def password_policy(label, value):
    """Chatwoot's password rules, checked here so that a refused password is named without a request (never shown)."""
    missing = [what for rule, what in PASSWORD_RULES if not rule(value)]
    if missing:
        raise OptionError('%s must %s.' % (label, ', '.join(missing)))


PLATFORM_USER = Resource(
    'user', 'users', natural_key='email', fold=str.lower, async_delete=True, required=('name', 'password'),
    new_object=lambda variant: {'access_token': None, 'account_id': None, 'available_name': None, 'avatar_url': '',
                                'confirmed': True, 'display_name': None, 'message_signature': None, 'email': None,
                                'id': None, 'name': None, 'provider': 'email', 'pubsub_token': None, 'role': None,
                                'ui_settings': {}, 'uid': None, 'accounts': []},
    fields=(
        Field('email', {'type': 'str'}, normalise=str.lower,
              checks=(matches(EMAIL, 'an e-mail address such as owner@example.com'), max_length(255))),
        Field('name', {'type': 'str'}, checks=(not_empty, max_length(255))),
        Field('display_name', {'type': 'str'}, checks=(max_length(255),)),
        Field('password', {'type': 'str'}, secret=True, write_only=True, checks=(password_policy,)),
        Field('custom_attributes', {'type': 'dict'}, compare=MergedKeys(null_removes=False)),
        Field('access_token', secret=True),
        Field('pubsub_token', secret=True),
    ),
)


class UserEndpoints(ResourceClient):
    """/platform/api/v1/users, whose only lookup by e-mail is its create."""

    def find(self, object_id=None, key=None, id_option='id', query=None):
        if object_id is not None:
            return show(self.client, object_id)
        return find_by_email(self.client, key)

    def list(self, query=None):
        raise OptionError('The Platform API cannot list users.')


def show(client, user_id):
    try:
        return client.request('GET', client.account_path('users/%d' % user_id))
    except ChatwootError as exc:
        if exc.status == 404:
            return None
        raise


def find_by_email(client, email):
    """The user with this e-mail (now permissible to the platform app), or None: a create Chatwoot cannot complete."""
    try:
        return client.request('POST', client.account_path('users'), {'email': email})
    except ChatwootError as exc:
        if exc.status == 422:
            return None
        raise


def run(client, params, check_mode):
    desired = PLATFORM_USER.desired(params)  # bad input fails before any request
    endpoints = UserEndpoints(PLATFORM_USER, client)
    warnings = []
    if params.get('id') is not None:
        obj = show(client, params['id'])
        if obj is None and params['state'] == 'present':
            raise OptionError('There is no user with id %s; to create a user, leave id unset.' % params['id'])
    elif check_mode:
        obj = None
        warnings.append(CHECK_MODE_WARNING)
        if params['state'] == 'absent' or any(key not in desired for key in PLATFORM_USER.required):
            # a deletion, or a task that can only find a user (it could not create one): nothing to predict
            return {'changed': params['state'] == 'absent', 'user': {}, 'diff': {'before': {}, 'after': {}}, 'warnings': warnings}
    else:
        obj = find_by_email(client, desired['email'])
    result = ensure_object(PLATFORM_USER, endpoints, params, check_mode, obj)
    result['warnings'] = warnings + result['warnings']
    return result
