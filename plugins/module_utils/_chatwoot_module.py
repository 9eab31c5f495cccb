# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A module of this collection apart from how it is started: its options, its work, and the result they give.

A module file builds one ChatwootModule and its main() runs it as an Ansible module. The ControllerModule
action plugin runs the same object in the controller's process, so that a task pays no module start; both
paths validate with Ansible's own argument spec code and build the result here.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import HAS_REQUESTS, ChatwootClient, requirements_problem
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, ManyError, OptionError

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


def connection_problem(params):
    """Why the connection options cannot work, or None."""
    api_url = params['api_url']
    url = urlsplit(api_url)
    if url.scheme not in ('http', 'https') or not url.netloc:
        return 'api_url must be an http:// or https:// address such as https://chat.example.com, got %s.' % api_url
    suffix = API_PATH_SUFFIX.search(url.path)
    if suffix:
        return ('api_url must be the base URL of Chatwoot, without the API path %s: set it to %s.'
                % (suffix.group(0).rstrip('/'), api_url[:api_url.rindex(suffix.group(0))]))
    for option in ('timeout', 'retries'):
        if params[option] < 0:
            return '%s must not be negative, got %s.' % (option, params[option])
    return None


def client(params):
    return ChatwootClient(params['api_url'], params['api_access_token'], params['account_id'], timeout=params['timeout'],
                          validate_certs=params['validate_certs'], ca_path=params['ca_path'], retries=params['retries'])


class Connection:
    """How a module reaches Chatwoot: its connection options and the client they make."""

    def __init__(self, argument_spec, make_client):
        self.argument_spec = argument_spec
        self.client = make_client


# The application API of one account, with a user's token (the community.chatwoot.connection doc fragment).
ACCOUNT_CONNECTION = Connection(connection_argument_spec, client)


class ChatwootModule:
    """The options of a module (connection options added) and its work: work(client, params, check_mode) -> result.

    connection: how it reaches Chatwoot, the application API of an account unless said otherwise (the Platform API).
    constraints are AnsibleModule's own (required_one_of, required_if, ...). The result may hold 'warnings',
    'diff' (dropped without diff mode) and 'no_log_values', values found while working that must be masked
    like no_log options, such as the secrets of a description.
    """

    def __init__(self, argument_spec, work, connection=ACCOUNT_CONNECTION, **constraints):
        self.connection = connection
        self.argument_spec = dict(connection.argument_spec(), **argument_spec)
        self.constraints = constraints
        self.work = work

    def result(self, params, check_mode, diff):
        """The task's result from validated params; 'failed' is set when it fails. Bugs keep their traceback."""
        problem = connection_problem(params)
        if problem:
            return {'failed': True, 'msg': problem, 'warnings': []}
        warnings = []
        if not params['validate_certs']:
            warnings.append('validate_certs is false: the TLS certificate of %s is not checked.' % params['api_url'])
        try:
            result = self.work(self.connection.client(params), params, check_mode)
        except ChatwootError as exc:
            result = dict(exc.to_result(), failed=True)
        except OptionError as exc:
            result = {'failed': True, 'msg': str(exc)}
        except ManyError as exc:  # an item failed after others were done: the result holds them
            result = dict(exc.result, failed=True)
        if not diff:
            result.pop('diff', None)
        result['warnings'] = warnings + (result.get('warnings') or [])
        return result

    def main(self):
        """Run as an Ansible module: read the arguments, exit with the result."""
        module = AnsibleModule(self.argument_spec, supports_check_mode=True, **self.constraints)
        if not HAS_REQUESTS:
            module.fail_json(msg=missing_required_lib('requests'))
        problem = requirements_problem()
        if problem:
            module.fail_json(msg=problem)
        result = self.result(module.params, module.check_mode, module._diff)
        module.no_log_values.update(result.pop('no_log_values', ()))
        for warning in result.pop('warnings'):
            module.warn(warning)
        if result.pop('failed', False):
            module.fail_json(**result)
        module.exit_json(**result)
