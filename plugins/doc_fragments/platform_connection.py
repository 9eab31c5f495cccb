# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment:
    """How the chatwoot_platform_* modules reach Chatwoot's Platform API, with a platform app's token."""

    DOCUMENTATION = r'''
options:
  api_url:
    description:
      - Base URL of the Chatwoot installation, without C(/platform) or C(/api).
      - The Platform API is for self-hosted installations, whose super admin creates platform apps.
      - If not set, the value of the E(CHATWOOT_URL) environment variable is used.
    type: str
    required: true
  platform_access_token:
    description:
      - Access token of a platform app, shown to a super admin under Super Admin > Platform Apps. No API creates one;
        the Rails console of a self-hosted installation can print it, as the collection's provisioning guide shows.
      - B(It is a key to the whole installation, not to one account.) A platform app can create accounts and users,
        add any existing user, found by e-mail, to its accounts, and read that user's access token. Keep it in a vault.
      - It is not a user's access token. The application API refuses a platform app's token, and the Platform API a
        user's; the module says which token it was given when it is the wrong one.
      - Sent in the C(Api-Access-Token) header, which reverse proxies pass on with default settings.
      - If not set, the value of the E(CHATWOOT_PLATFORM_ACCESS_TOKEN) environment variable is used.
    type: str
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
  - A platform app sees only the accounts and users it created, or that a super admin made permissible to it from the
    Rails console (a C(PlatformAppPermissible) record). Chatwoot answers
    C(Non permissible resource) for any other, and the module adds what that means.
  - Proxy settings are taken from the E(HTTPS_PROXY), E(HTTP_PROXY) and E(NO_PROXY) environment variables.
  - "When the task's connection is local (the implicit C(localhost), C(connection: local) or C(delegate_to: localhost)),
    the module runs in the Python process of C(ansible-playbook) rather than as a new process. Options, results and
    messages are the same."
requirements:
  - requests >= 2.25 (in the Python of C(ansible-playbook) when the connection is local; else the module runs with the host's)
  - urllib3 >= 1.26 (older versions lack the retry options the modules use; the module then fails and says so)
'''

    ACTIONGROUP = r'''
attributes:
  action_group:
    description: Use C(group/community.chatwoot.chatwoot_platform) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - community.chatwoot.chatwoot_platform
'''
