# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment:
    """How every community.chatwoot module reaches Chatwoot."""

    DOCUMENTATION = r'''
options:
  api_url:
    description:
      - Base URL of the Chatwoot installation, without C(/api).
      - If not set, the value of the E(CHATWOOT_URL) environment variable is used.
    type: str
    default: https://app.chatwoot.com
  api_access_token:
    description:
      - Access token of a Chatwoot user, from the user's profile settings.
      - Writing inboxes needs a user who is an B(administrator) of the account.
      - Sent in the C(Api-Access-Token) header, which reverse proxies pass on with default settings.
      - If not set, the value of the E(CHATWOOT_API_ACCESS_TOKEN) environment variable is used.
    type: str
    required: true
  account_id:
    description:
      - Numeric id of the Chatwoot account, as in C(/app/accounts/<id>/) in the dashboard's address.
      - If not set, the value of the E(CHATWOOT_ACCOUNT_ID) environment variable is used.
    type: int
    required: true
  validate_certs:
    description:
      - Whether to verify the server's TLS certificate.
      - Set to V(false) only for test servers; the module then warns.
    type: bool
    default: true
  ca_path:
    description:
      - Path of a PEM file with the certificate authorities to trust instead of the system's.
    type: path
  timeout:
    description:
      - Seconds to wait for each HTTP response.
    type: float
    default: 30
  retries:
    description:
      - How many times a request is repeated after a connection error or an HTTP 429, 502, 503 or 504 answer, with
        exponential backoff and honouring C(Retry-After).
      - Only requests that are safe to repeat are retried; a create is never sent twice.
    type: int
    default: 3
notes:
  - Proxy settings are taken from the E(HTTPS_PROXY), E(HTTP_PROXY) and E(NO_PROXY) environment variables.
  - "When the task's connection is local (the implicit C(localhost), C(connection: local) or C(delegate_to: localhost)),
    the module runs in the Python process of C(ansible-playbook) rather than as a new process, which saves a module
    start for every task and loop item. Options, results and messages are the same. The environment variables then
    come from the controller's environment and the task's C(environment) keyword, and C(become) does not apply: the
    module only calls Chatwoot's API, as the user running C(ansible-playbook)."
  - On any other connection, and with C(async), the module runs as usual, on that host with its Python.
requirements:
  - requests >= 2.25 (in the Python of C(ansible-playbook) when the connection is local; else the module runs with the host's)
  - urllib3 >= 1.26 (older versions lack the retry options the modules use; the module then fails and says so)
'''

    ACTIONGROUP = r'''
attributes:
  action_group:
    description: Use C(group/community.chatwoot.chatwoot) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - community.chatwoot.chatwoot
'''
