# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The connection of the chatwoot_platform_* modules: a platform app's token, no account (the
community.chatwoot.platform_connection doc fragment).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible.module_utils.basic import env_fallback

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import Connection
from ansible_collections.community.chatwoot.plugins.module_utils._platform_client import PlatformClient


def platform_argument_spec():
    return {
        'api_url': {'type': 'str', 'required': True, 'fallback': (env_fallback, ['CHATWOOT_URL'])},
        'platform_access_token': {'type': 'str', 'required': True, 'no_log': True,
                                  'fallback': (env_fallback, ['CHATWOOT_PLATFORM_ACCESS_TOKEN'])},
        'validate_certs': {'type': 'bool', 'default': True},
        'ca_path': {'type': 'path'},
        'timeout': {'type': 'float', 'default': 30},
        'retries': {'type': 'int', 'default': 3},
    }


def platform_client(params):
    return PlatformClient(params['api_url'], params['platform_access_token'], timeout=params['timeout'],
                          validate_certs=params['validate_certs'], ca_path=params['ca_path'], retries=params['retries'])


PLATFORM_CONNECTION = Connection(platform_argument_spec, platform_client)
