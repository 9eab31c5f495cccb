# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The widget snippet: Chatwoot's shape, the accepted inputs, and values that try to break out of the script."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from ansible.errors import AnsibleFilterError

from ansible_collections.community.chatwoot.plugins.filter.widget_snippet import FilterModule, widget_snippet

TOKEN = '3zDm4wnC9h6u8cBvBBDzEqtG'
BASE = 'https://chat.example.com'
HOSTILE = '</script><script>alert(1)</script><!-- & $x \' " \\ \u2028\u2029 ü'


class ScriptCollector(HTMLParser):
    """What a browser's tokenizer sees: the elements, and the text of each script."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == 'script':
            self.scripts.append('')

    def handle_data(self, data):
        if self.tags and self.tags[-1] == 'script':
            self.scripts[-1] += data


def parse(html):
    collector = ScriptCollector()
    collector.feed(html)
    collector.close()
    return collector


def settings_of(snippet):
    match = re.search(r'^  window\.chatwootSettings = (.*);$', snippet, re.M)
    return json.loads(match.group(1)) if match else None


def test_chatwoot_shape_with_the_given_base_url():
    assert widget_snippet(TOKEN, BASE) == '\n'.join([
        '<script>',
        '  (function(d,t) {',
        '    var BASE_URL="https://chat.example.com";',
        '    var g=d.createElement(t),s=d.getElementsByTagName(t)[0];',
        '    g.src=BASE_URL+"/packs/js/sdk.js";',
        '    g.async = true;',
        '    s.parentNode.insertBefore(g,s);',
        '    g.onload=function(){',
        '      window.chatwootSDK.run({',
        '        websiteToken: "3zDm4wnC9h6u8cBvBBDzEqtG",',
        '        baseUrl: BASE_URL',
        '      })',
        '    }',
        '  })(document,"script");',
        '</script>',
    ])


def test_registered_result_inbox_and_token_give_the_same_snippet():
    inbox = {'id': 7, 'website_token': TOKEN, 'web_widget_script': '<script>var BASE_URL="";</script>'}
    expected = widget_snippet(TOKEN, BASE)
    assert widget_snippet({'changed': False, 'inbox': inbox}, BASE) == expected
    assert widget_snippet(inbox, BASE) == expected


def test_trailing_slashes_and_spaces_of_the_base_url_are_dropped():
    assert widget_snippet(TOKEN, ' https://chat.example.com/ ') == widget_snippet(TOKEN, BASE)
    assert 'var BASE_URL="http://127.0.0.1:3000/chat";' in widget_snippet(TOKEN, 'http://127.0.0.1:3000/chat/')


def test_settings_are_written_sorted_and_only_when_given():
    assert 'chatwootSettings' not in widget_snippet(TOKEN, BASE, {})
    assert 'chatwootSettings' not in widget_snippet(TOKEN, BASE, None)
    snippet = widget_snippet(TOKEN, BASE, {'position': 'left', 'darkMode': 'auto', 'hideMessageBubble': True,
                                           'locale': 'de', 'nested': {'b': [1, 2.5, None], 'a': False}})
    assert '  window.chatwootSettings = {"darkMode": "auto", "hideMessageBubble": true, "locale": "de", ' \
           '"nested": {"a": false, "b": [1, 2.5, null]}, "position": "left"};' in snippet.splitlines()
    assert snippet.index('chatwootSettings') < snippet.index('BASE_URL')


def test_a_hostile_setting_stays_inside_the_script_and_round_trips():
    snippet = widget_snippet(TOKEN, BASE, {'launcherTitle': HOSTILE, HOSTILE: 'key'})
    parsed = parse(snippet)
    assert parsed.tags == ['script']
    assert parsed.scripts == [snippet[len('<script>'):-len('</script>')]]
    assert snippet.count('</script>') == 1 and snippet.endswith('</script>')
    body = parsed.scripts[0]
    for raw in '<>&$\'\u2028\u2029ü':
        assert raw not in body
    assert settings_of(snippet) == {'launcherTitle': HOSTILE, HOSTILE: 'key'}


@pytest.mark.parametrize('value', ['{{ lookup("pipe", "id") }}', '{% raw %}', '{#', '{{{', {'{{': {'{%': []}}, {}, {'a': {}}])
def test_no_template_tag_survives_and_values_round_trip(value):
    snippet = widget_snippet(TOKEN, BASE, {'launcherTitle': value, 'nested': {'empty': {}, 'x': [value]}})
    for tag in ('{{', '{%', '{#', '<%'):
        assert tag not in snippet
    assert settings_of(snippet) == {'launcherTitle': value, 'nested': {'empty': {}, 'x': [value]}}


def test_hostile_token_and_base_url_are_encoded_too():
    snippet = widget_snippet('t</script><script>x', 'https://chat.example.com/</script><b>')
    parsed = parse(snippet)
    assert parsed.tags == ['script']
    assert 'websiteToken: "t\\u003c/script\\u003e\\u003cscript\\u003ex",' in snippet
    assert 'var BASE_URL="https://chat.example.com/\\u003c/script\\u003e\\u003cb\\u003e";' in snippet


def test_filter_is_registered():
    assert FilterModule().filters()['widget_snippet'] is widget_snippet


@pytest.mark.parametrize('base_url, message', [
    (None, 'base_url is required'),
    ('', 'base_url is required'),
    ('chat.example.com', 'http or https URL'),
    ('ftp://chat.example.com', 'http or https URL'),
    ('https://', 'http or https URL'),
    ('javascript:alert(1)', 'http or https URL'),
    ('https://chat.example.com/?x=1', 'no query or fragment'),
    ('https://chat.example.com/#top', 'no query or fragment'),
    ('https://chat.example.com?', 'no query or fragment'),
    ('https://[::1', 'not a URL'),
])
def test_bad_base_urls_are_refused(base_url, message):
    with pytest.raises(AnsibleFilterError, match=re.escape(message)):
        widget_snippet(TOKEN, base_url)


@pytest.mark.parametrize('inbox, message', [
    (None, 'website_token is null'),
    ({'inbox': {'id': None, 'website_token': None}}, 'in check mode'),
    ({'inbox': {}}, 'no website_token'),
    ({'id': 3}, 'no website_token'),
    ('', 'website_token must be a non-empty string'),
    ('  ', 'website_token must be a non-empty string'),
    (42, 'website_token must be a non-empty string'),
])
def test_missing_tokens_are_refused(inbox, message):
    with pytest.raises(AnsibleFilterError, match=re.escape(message)):
        widget_snippet(inbox, BASE)


@pytest.mark.parametrize('settings, message', [
    ('position=left', 'settings must be a dict'),
    (['position'], 'settings must be a dict'),
    ({1: 'x'}, 'the keys of settings must be non-empty strings'),
    ({'': 'x'}, 'the keys of settings must be non-empty strings'),
    ({'a': {'b': object()}}, 'settings.a.b must be a string'),
    ({'a': [1, {2}]}, 'settings.a[1] must be a string'),
    ({'a': float('nan')}, 'settings.a must be a finite number'),
])
def test_bad_settings_are_refused(settings, message):
    with pytest.raises(AnsibleFilterError, match=re.escape(message)):
        widget_snippet(TOKEN, BASE, settings)
