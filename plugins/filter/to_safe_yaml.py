# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
name: to_safe_yaml
short_description: YAML whose every string is marked C(!unsafe), for writing Chatwoot data to variable files
version_added: 0.2.0
description:
  - Writes data as readable YAML, like C(to_nice_yaml), with every string value marked C(!unsafe), so that Ansible
    never renders it as a template when the file is loaded as C(group_vars), C(host_vars) or with C(vars_files) or
    C(include_vars).
  - Use it to write an export of community.chatwoot.chatwoot_account_info (or any other data read from Chatwoot) to a
    file. Most of an account's texts can be written by people who are not its administrators; any agent creates and
    edits canned responses and renames itself. Written with C(to_nice_yaml), a text such as
    V({{ lookup('pipe', 'some command'\) }}) becomes a template in the variable file, and Ansible runs the command on
    the controller, with the rights of whoever applies the file, as soon as a task reads the variable.
  - With this filter the text stays text. The community.chatwoot.account role sends it to Chatwoot as written.
  - Keys stay unmarked, unless a key itself holds C({{), C({%) or C({#). So do strings that YAML would read as
    another type without quotes (V(true), V(12), V(null)), since Ansible reads C(!unsafe 'true') as a boolean, and such a
    string holds no template.
  - When you edit the file by hand, keep the C(!unsafe) of the strings you copy or add. A string without it is a
    template; write it that way only when you mean it, for example C("{{ vault_webhook_secret }}").
author:
  - Community Chatwoot maintainers (@ansible-collections)
options:
  _input:
    description:
      - The data, made of dicts, lists, strings, numbers, booleans and nulls.
    type: raw
    required: true
  indent:
    description:
      - Spaces per level of nesting.
    type: int
    default: 2
seealso:
  - module: community.chatwoot.chatwoot_account_info
  - ref: community.chatwoot.account role <ansible_collections.community.chatwoot.account_role>
    description: Applies the description that this filter writes.
  - name: Unsafe or raw strings
    description: How Ansible treats strings marked C(!unsafe).
    link: https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_advanced_syntax.html#unsafe-or-raw-strings
'''

EXAMPLES = r'''
- name: Read the account's configuration
  community.chatwoot.chatwoot_account_info:
  register: chatwoot_export

- name: Write it as group variables, every text marked !unsafe
  ansible.builtin.copy:
    content: "{{ {'chatwoot_account': chatwoot_export.config} | community.chatwoot.to_safe_yaml }}"
    dest: "{{ playbook_dir }}/group_vars/all/chatwoot_account.yml"
    mode: "0644"
'''

RETURN = r'''
_value:
  description:
    - The YAML text, keys in the order of the input, ending with a newline.
    - A string of several lines is written as a C(|) block where YAML allows it.
  type: str
  sample: |
    chatwoot_account:
      canned_responses:
      - short_code: !unsafe 'hello'
        content: !unsafe 'Hello {{ name }}, how can we help?'
'''

import math
import re
from collections.abc import Mapping

import yaml

from ansible.errors import AnsibleFilterError

UNSAFE = '!unsafe'
# What starts a Jinja expression, statement or comment
_TEMPLATE_MARKER = re.compile(r'\{[{%#]')


STR = 'tag:yaml.org,2002:str'


class _SafeYamlDumper(yaml.SafeDumper):
    """SafeDumper that marks strings !unsafe and writes keys plain (unless they hold a template marker)."""

    def represent_unsafe(self, text):
        # Ansible reads !unsafe 'true' as the boolean, whatever the quotes: a string that reads as another type without
        # the tag (true, 12, null, 2024-01-01) is written quoted and untagged; it cannot hold a template marker anyway.
        if self.resolve(yaml.ScalarNode, text, (True, False)) != STR:
            return self.represent_scalar(STR, text, style="'")
        return self.represent_scalar(UNSAFE, text, style='|' if '\n' in text else "'")

    def represent_mapping(self, tag, mapping, flow_style=None):
        node = super().represent_mapping(tag, mapping, flow_style)
        for key_node, _value in node.value:
            if key_node.tag == UNSAFE and not _TEMPLATE_MARKER.search(key_node.value):
                key_node.tag, key_node.style = STR, None
        return node


_SafeYamlDumper.add_representer(str, _SafeYamlDumper.represent_unsafe)


def _plain(value, where):
    """A copy of value made of the exact built-in types (Ansible hands tagged subclasses of them), or an error."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise AnsibleFilterError('to_safe_yaml: %s must be a finite number, got %r' % (where, value))
        return float(value)
    if isinstance(value, Mapping):
        return {_plain(key, '%s key' % where): _plain(item, '%s.%s' % (where, key)) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item, '%s[%d]' % (where, index)) for index, item in enumerate(value)]
    raise AnsibleFilterError('to_safe_yaml: %s must be a string, number, boolean, null, list or dict, got %s'
                             % (where, type(value).__name__))


def to_safe_yaml(data, indent=2):
    """See DOCUMENTATION."""
    if isinstance(indent, bool) or not isinstance(indent, int) or not 2 <= indent <= 9:
        raise AnsibleFilterError('to_safe_yaml: indent must be a whole number from 2 to 9, got %r' % (indent,))
    return yaml.dump(_plain(data, 'the input'), Dumper=_SafeYamlDumper, indent=indent, default_flow_style=False,
                     sort_keys=False, allow_unicode=True, width=120)


class FilterModule:
    def filters(self):
        return {'to_safe_yaml': to_safe_yaml}
