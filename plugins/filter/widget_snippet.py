# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
name: widget_snippet
short_description: The HTML snippet that loads the Chatwoot chat widget
version_added: 0.1.0
description:
  - Builds Chatwoot's widget embed snippet, the C(<script>) to put before C(</body>) on every page of a website,
    from an inbox and the public address of your Chatwoot.
  - Every value in the script (the base URL, the token, each setting) is JSON-encoded, with C(<), C(>), C(&), C($),
    C(') and every non-ASCII character (U+2028 and U+2029 included) written as C(\uXXXX) escapes, so that no value
    can end the script (C(</script>)) or break the JavaScript, whatever it holds. A C({) before C({), C(%) or C(#)
    is escaped too, so the snippet can be included as the source of Jinja, Django, Liquid or Go templates.
  - The snippet contains no C($), so it can go into an nginx C(sub_filter) string once backslashes and double quotes
    are escaped, as the community.chatwoot.website_widget role does.
  - The base URL is given by you rather than read from the inbox's C(web_widget_script), whose address comes from
    the Chatwoot server's C(FRONTEND_URL) setting and is empty on servers where it is not set.
author:
  - Community Chatwoot maintainers (@ansible-collections)
positional: base_url, settings
options:
  _input:
    description:
      - The inbox, as one of
      - the result registered from community.chatwoot.chatwoot_inbox (a dict with an C(inbox) key),
      - the inbox itself (a dict with a C(website_token) key),
      - or the C(website_token) as a string.
    type: raw
    required: true
  base_url:
    description:
      - Public address of your Chatwoot, as visitors' browsers reach it, for example V(https://chat.example.com).
      - An C(http) or C(https) URL without query or fragment; a trailing C(/) is removed.
      - The widget loads C(<base_url>/packs/js/sdk.js).
    type: str
    required: true
  settings:
    description:
      - Widget settings, written as C(window.chatwootSettings) before the loader; omitted when empty.
      - Keys are Chatwoot's, for example C(position) (V(left) or V(right)), C(locale), C(type) (V(standard) or
        V(expanded_bubble)), C(launcherTitle), C(darkMode) (for example V(light) or V(auto)), C(hideMessageBubble),
        C(showPopoutButton), C(useBrowserLanguage), C(showUnreadMessagesDialog), C(baseDomain).
      - Values may be strings, numbers, booleans, V(null), lists and dicts. They are passed as given, not checked
        against Chatwoot's list, so that new settings work without a new version of this filter.
    type: dict
    default: {}
seealso:
  - name: Chatwoot's widget loader
    description: The source of C(sdk.js), which reads C(window.chatwootSettings).
    link: https://github.com/chatwoot/chatwoot/blob/develop/app/javascript/entrypoints/sdk.js
  - module: community.chatwoot.chatwoot_inbox
'''

EXAMPLES = r'''
- name: Ensure the website inbox
  community.chatwoot.chatwoot_inbox:
    name: Example website
    channel:
      website_url: https://www.example.com
  run_once: true
  delegate_to: localhost
  register: website

- name: Write the widget partial that the site's layout includes before </body>
  ansible.builtin.copy:
    dest: /var/www/example/partials/chatwoot.html
    content: "{{ website | community.chatwoot.widget_snippet('https://chat.example.com') }}\n"
    mode: "0644"

- name: With settings, from a known token
  ansible.builtin.debug:
    msg: >-
      {{ '3zDm4wnC9h6u8cBvBBDzEqtG' | community.chatwoot.widget_snippet('https://chat.example.com',
         {'position': 'left', 'locale': 'de', 'launcherTitle': 'Chat mit uns', 'darkMode': 'auto'}) }}
'''

RETURN = r'''
_value:
  description:
    - The snippet, one C(<script>) element over several lines, without a final newline.
    - Settings are written with their keys sorted, so the same input always gives the same text.
  type: str
  sample: |-
    <script>
      window.chatwootSettings = {"launcherTitle": "Chat with us", "position": "left"};
      (function(d,t) {
        var BASE_URL="https://chat.example.com";
        var g=d.createElement(t),s=d.getElementsByTagName(t)[0];
        g.src=BASE_URL+"/packs/js/sdk.js";
        g.async = true;
        s.parentNode.insertBefore(g,s);
        g.onload=function(){
          window.chatwootSDK.run({
            websiteToken: "3zDm4wnC9h6u8cBvBBDzEqtG",
            baseUrl: BASE_URL
          })
        }
      })(document,"script");
    </script>
'''

import json
import math
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from ansible.errors import AnsibleFilterError

# Characters that could end the <script> element or start an HTML comment (< > &), that nginx would read as a
# variable ($), or that would matter if the snippet were ever put in a single-quoted context (').
# ensure_ascii writes every non-ASCII character, U+2028 and U+2029 among them, as \uXXXX.
_SCRIPT_ESCAPES = {ord(c): '\\u%04x' % ord(c) for c in '<>&$\''}
# Template tags ({{ {% {#) of the template languages a snippet may be included into. JSON objects open with {"
# or {}, so such a { is always inside a string, where \u007b means the same.
_TEMPLATE_TAG = re.compile(r'\{(?=[{%#])')

_LOADER = '''  (function(d,t) {
    var BASE_URL=%(base_url)s;
    var g=d.createElement(t),s=d.getElementsByTagName(t)[0];
    g.src=BASE_URL+"/packs/js/sdk.js";
    g.async = true;
    s.parentNode.insertBefore(g,s);
    g.onload=function(){
      window.chatwootSDK.run({
        websiteToken: %(token)s,
        baseUrl: BASE_URL
      })
    }
  })(document,"script");'''


def script_json(value):
    """JSON for inside a <script> element: nothing in it can close the element or the JavaScript string."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, allow_nan=False).translate(_SCRIPT_ESCAPES)
    return _TEMPLATE_TAG.sub(r'\\u007b', text)


def _plain(value, where):
    """A copy of value made of JSON types only, or an error naming where the first other value is."""
    if value is None or isinstance(value, (bool, str)):
        return str(value) if isinstance(value, str) else value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise AnsibleFilterError('widget_snippet: %s must be a finite number, got %r' % (where, value))
        return float(value)
    if isinstance(value, Mapping):
        plain = {}
        for key, item in value.items():
            if not isinstance(key, str) or not key:
                raise AnsibleFilterError('widget_snippet: the keys of %s must be non-empty strings, got %r' % (where, key))
            plain[str(key)] = _plain(item, '%s.%s' % (where, key))
        return plain
    if isinstance(value, (list, tuple)):
        return [_plain(item, '%s[%d]' % (where, index)) for index, item in enumerate(value)]
    raise AnsibleFilterError('widget_snippet: %s must be a string, number, boolean, null, list or dict, got %s'
                             % (where, type(value).__name__))


def _website_token(inbox):
    if isinstance(inbox, Mapping) and 'inbox' in inbox and 'website_token' not in inbox:
        inbox = inbox['inbox']  # a result registered from chatwoot_inbox
    if isinstance(inbox, Mapping):
        if 'website_token' not in inbox:
            raise AnsibleFilterError('widget_snippet: the input has no website_token; pass the result of '
                                     'community.chatwoot.chatwoot_inbox, its inbox, or the token itself')
        token = inbox['website_token']
    else:
        token = inbox
    if token is None:
        raise AnsibleFilterError('widget_snippet: website_token is null: the inbox does not exist yet (in check mode '
                                 'on create), or it is not a website inbox')
    if not isinstance(token, str) or not token.strip():
        raise AnsibleFilterError('widget_snippet: website_token must be a non-empty string, got %r' % (token,))
    return str(token)


def _base_url(base_url):
    if not isinstance(base_url, str) or not base_url.strip():
        raise AnsibleFilterError('widget_snippet: base_url is required: the public address of your Chatwoot, '
                                 'for example https://chat.example.com')
    url = str(base_url).strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise AnsibleFilterError('widget_snippet: base_url %r is not a URL: %s' % (url, exc)) from exc
    if parts.scheme not in ('http', 'https') or not parts.netloc:
        raise AnsibleFilterError('widget_snippet: base_url must be an http or https URL with a host, got %r' % url)
    if parts.query or parts.fragment or url.endswith(('?', '#')):
        raise AnsibleFilterError('widget_snippet: base_url must have no query or fragment (the widget appends '
                                 '/packs/js/sdk.js to it), got %r' % url)
    return url.rstrip('/')


def widget_snippet(inbox, base_url=None, settings=None):
    """See DOCUMENTATION."""
    token = _website_token(inbox)
    url = _base_url(base_url)
    if settings is not None and not isinstance(settings, Mapping):
        raise AnsibleFilterError('widget_snippet: settings must be a dict, got %s' % type(settings).__name__)
    settings = _plain(settings or {}, 'settings')
    lines = ['<script>']
    if settings:
        lines.append('  window.chatwootSettings = %s;' % script_json(settings))
    lines.append(_LOADER % {'base_url': script_json(url), 'token': script_json(token)})
    lines.append('</script>')
    return '\n'.join(lines)


class FilterModule:
    def filters(self):
        return {'widget_snippet': widget_snippet}
