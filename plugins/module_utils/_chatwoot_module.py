# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The connection options every module shares, and the module class that turns them into a client.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import (
    HAS_REQUESTS, ChatwootClient, ChatwootError, requirements_problem)
from ansible_collections.community.chatwoot.plugins.module_utils._option_error import OptionError

# An api_url with Chatwoot's API path in it: the client adds /api/v1/accounts/<id>/... itself.
API_PATH_SUFFIX = re.compile(r'/api(/v1(/accounts(/[^/]*)?)?)?/*$')


def connection_argument_spec():
    """Options documented once in the community.chatwoot.connection doc fragment."""
    return {
        'api_url': {'type': 'str', 'default': 'https://app.chatwoot.com', 'fallback': (env_fallback, ['CHATWOOT_URL'])},
        'api_access_token': {'type': 'str', 'required': True, 'no_log': True,
                             'fallback': (env_fallback, ['CHATWOOT_API_ACCESS_TOKEN'])},
        'account_id': {'type': 'int', 'required': True, 'fallback': (env_fallback, ['CHATWOOT_ACCOUNT_ID'])},
        'validate_certs': {'type': 'bool', 'default': True},
        'ca_path': {'type': 'path'},
        'timeout': {'type': 'float', 'default': 30},
        'retries': {'type': 'int', 'default': 3},
    }


class ChatwootModule(AnsibleModule):
    """An AnsibleModule with the connection options added and a client built from them."""

    def __init__(self, argument_spec, **kwargs):
        spec = connection_argument_spec()
        spec.update(argument_spec)
        super().__init__(argument_spec=spec, **kwargs)
        if not HAS_REQUESTS:
            self.fail_json(msg=missing_required_lib('requests'))
        problem = requirements_problem()
        if problem:
            self.fail_json(msg=problem)
        api_url = self.params['api_url']
        url = urlsplit(api_url)
        if url.scheme not in ('http', 'https') or not url.netloc:
            self.fail_json(msg='api_url must be an http:// or https:// address such as https://chat.example.com, got %s.' % api_url)
        suffix = API_PATH_SUFFIX.search(url.path)
        if suffix:
            self.fail_json(msg='api_url must be the base URL of Chatwoot, without the API path %s: set it to %s.'
                           % (suffix.group(0).rstrip('/'), api_url[:api_url.rindex(suffix.group(0))]))
        for option in ('timeout', 'retries'):
            if self.params[option] < 0:
                self.fail_json(msg='%s must not be negative, got %s.' % (option, self.params[option]))
        if not self.params['validate_certs']:
            self.warn('validate_certs is false: the TLS certificate of %s is not checked.' % self.params['api_url'])

    def client(self):
        p = self.params
        return ChatwootClient(p['api_url'], p['api_access_token'], p['account_id'], timeout=p['timeout'],
                              validate_certs=p['validate_certs'], ca_path=p['ca_path'], retries=p['retries'])

    def run(self, action):
        """Exit with action(client)'s result. Bad options and API failures end in a message; a bug keeps its traceback."""
        try:
            result = action(self.client())
        except ChatwootError as exc:
            self.fail_json(**exc.to_result())
        except OptionError as exc:
            self.fail_json(msg=str(exc))
        if not self._diff:
            result.pop('diff', None)
        for warning in result.pop('warnings', None) or ():
            self.warn(warning)
        self.exit_json(**result)
