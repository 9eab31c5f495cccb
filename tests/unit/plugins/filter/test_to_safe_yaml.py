# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""to_safe_yaml: loaded as a variable file, as Ansible loads group_vars, every text comes back as written and is never
rendered, while a string written by hand without !unsafe still is a template."""

from __future__ import annotations

import pytest

from ansible.errors import AnsibleFilterError
from ansible.parsing.dataloader import DataLoader
from ansible.template import Templar, is_trusted_as_template

from ansible_collections.community.chatwoot.plugins.filter.to_safe_yaml import FilterModule, to_safe_yaml

PAYLOAD = "{{ lookup('pipe', 'touch /tmp/marker') }}"
TEXTS = [PAYLOAD, '{% if true %}x{% endif %}', '{# note #}', 'Hello {{ name }},\nhow can we help?\n', "it's \"quoted\"",
         '  padded  ', 'tab\there', 'ünïcødé \u2028 \u2029', '#fff', '- dash', 'key: value', '', 'true', '12', 'null', '~',
         '2024-01-01', 'a\r\nb', 'last line without newline\nend']


def load_as_group_vars(tmp_path, text):
    """What the host_group_vars plugin does with a file: load it with every plain string trusted as a template."""
    path = tmp_path / 'vars.yml'
    path.write_text(text, encoding='utf-8')
    loader = DataLoader()
    return loader, loader.load_from_file(str(path), cache='none', trusted_as_template=True)


def description():
    return {'chatwoot_account': {
        'settings': {'name': PAYLOAD, 'auto_resolve_after': 60, 'auto_resolve_ignore_waiting': True, 'domain': None},
        'canned_responses': [{'short_code': 'c%d' % i, 'content': text} for i, text in enumerate(TEXTS)],
        'labels': [{'title': 'x', 'description': PAYLOAD, 'show_on_sidebar': False}],
        'webhooks': [{'url': 'https://example.com/{{ x }}', 'subscriptions': ['message_created'], 'ratio': 1.5}],
        PAYLOAD: [PAYLOAD],
    }}


def test_every_text_round_trips_and_none_is_a_template(tmp_path):
    data = description()
    loader, loaded = load_as_group_vars(tmp_path, to_safe_yaml(data))
    assert loaded == data
    templar = Templar(loader=loader, variables=loaded)
    # rendering the whole variable, as the account role does, leaves every text as written
    assert templar.template(loaded['chatwoot_account']) == data['chatwoot_account']

    def walk(value):
        if isinstance(value, str):  # only strings YAML reads as another type unquoted ('', 'true', '12') are left plain
            assert not is_trusted_as_template(value) or value in ('', 'true', '12', 'null', '~', '2024-01-01'), value
        elif isinstance(value, dict):  # keys are never rendered; a key with a marker is marked all the same
            for key, item in value.items():
                assert '{{' not in key or not is_trusted_as_template(key), key
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(loaded)


def test_a_hand_written_string_without_the_mark_is_still_a_template(tmp_path):
    # the filter can fail: the same file with the marks taken out renders the payload
    text = to_safe_yaml({'greeting': '{{ 1 + 1 }}'}).replace('!unsafe ', '')
    loader, loaded = load_as_group_vars(tmp_path, text)
    assert Templar(loader=loader, variables=loaded).template(loaded['greeting']) == 2


def test_readable_like_to_nice_yaml():
    text = to_safe_yaml({'labels': [{'title': 'sales', 'description': 'Line one\nLine two\n', 'color': None, 'on': True}]})
    assert text == ("labels:\n"
                    "- title: !unsafe 'sales'\n"
                    "  description: !unsafe |\n"
                    "    Line one\n"
                    "    Line two\n"
                    "  color: null\n"
                    "  'on': true\n")
    assert to_safe_yaml({'a': {'b': 'c'}}, indent=4) == "a:\n    b: !unsafe 'c'\n"


def test_strings_that_read_as_other_types_stay_strings(tmp_path):
    # Ansible reads !unsafe 'true' as a boolean: such strings are quoted, untagged
    data = {'values': ['true', 'yes', '12', '1.5', 'null', '', '2024-01-01']}
    text = to_safe_yaml(data)
    assert '!unsafe' not in text
    assert load_as_group_vars(tmp_path, text)[1] == data


@pytest.mark.parametrize('data, message', [
    ({'a': float('nan')}, 'the input.a must be a finite number'),
    ({'a': {1, 2}}, 'the input.a must be a string, number, boolean, null, list or dict, got set'),
    ([object()], r'the input\[0\] must be'),
])
def test_bad_input(data, message):
    with pytest.raises(AnsibleFilterError, match=message):
        to_safe_yaml(data)


@pytest.mark.parametrize('indent', [0, 1, 10, True, '2'])
def test_bad_indent(indent):
    with pytest.raises(AnsibleFilterError, match='indent must be a whole number from 2 to 9'):
        to_safe_yaml({}, indent=indent)


def test_registered():
    assert FilterModule().filters() == {'to_safe_yaml': to_safe_yaml}
