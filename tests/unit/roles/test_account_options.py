# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The account role checks chatwoot_account against meta/argument_specs.yml before anything is written, then passes
each kind on to chatwoot_account_objects: the role's options must stay exactly the kinds' (_account.KINDS), and the
role and both modules' documentation must list the same kinds in the same order."""

from __future__ import annotations

import os

import pytest
import yaml

from ansible_collections.community.chatwoot.plugins.module_utils._account import KIND_NAMES, KINDS
from ansible_collections.community.chatwoot.plugins.modules import chatwoot_account_info, chatwoot_account_objects

ROLE = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'roles', 'account')


def role_options():
    with open(os.path.join(ROLE, 'meta', 'argument_specs.yml'), encoding='utf-8') as f:
        return yaml.safe_load(f)['argument_specs']['main']['options']


def comparable(spec):
    """What both sides must agree on for each option: type, elements, required, choices."""
    result = {}
    for name, option in spec.items():
        result[name] = {
            'type': option.get('type') or 'str',
            'elements': option.get('elements'),
            'required': bool(option.get('required')),
            'choices': sorted(str(c) for c in option['choices']) if option.get('choices') else None,
        }
    return result


def compare(role_spec, kind_spec, path):
    role, kind = comparable(role_spec), comparable(kind_spec)
    assert sorted(role) == sorted(kind), ('%s: only the role has %s, only the kind %s'
                                          % (path, sorted(set(role) - set(kind)), sorted(set(kind) - set(role))))
    for name in role:
        assert role[name] == kind[name], '%s.%s' % (path, name)
        role_sub, kind_sub = role_spec[name].get('options'), kind_spec[name].get('options')
        assert (role_sub is None) == (kind_sub is None), '%s.%s: suboptions on one side only' % (path, name)
        if role_sub is not None:
            compare(role_sub, kind_sub, '%s.%s' % (path, name))


def test_the_role_describes_every_kind_in_dependency_order():
    assert list(role_options()['chatwoot_account']['options']) == list(KIND_NAMES)


@pytest.mark.parametrize('kind', KINDS, ids=KIND_NAMES)
def test_each_kind_takes_the_options_of_its_module(kind):
    option = role_options()['chatwoot_account']['options'][kind.name]
    if kind.singleton:
        assert option['type'] == 'dict' and 'elements' not in option
    else:
        assert (option['type'], option['elements']) == ('list', 'dict')
    compare(option['options'], kind.item_spec(), kind.name)


def test_every_list_kind_can_be_purged():
    purge = role_options()['chatwoot_account_purge']['options']
    assert list(purge) == [k.name for k in KINDS if not k.singleton]
    assert all(option == dict(option, type='bool', default=False) for option in purge.values())
    with open(os.path.join(ROLE, 'defaults', 'main.yml'), encoding='utf-8') as f:
        assert yaml.safe_load(f)['chatwoot_account_purge'] == dict.fromkeys(purge, False)


@pytest.mark.parametrize('module, option', [(chatwoot_account_info, 'resources'), (chatwoot_account_objects, 'kind')])
def test_the_modules_document_every_kind(module, option):
    documented = yaml.safe_load(module.DOCUMENTATION)['options'][option]['choices']
    assert documented == list(KIND_NAMES)
    assert module.argument_spec()[option]['choices'] == list(KIND_NAMES)


def test_the_role_applies_the_whole_description_in_one_pass():
    """The module orders the kinds (_account.KINDS): the role hands it the description whole, and purges only kinds
    the description has."""
    with open(os.path.join(ROLE, 'tasks', 'main.yml'), encoding='utf-8') as f:
        task = yaml.safe_load(f)[0]
    options = task['community.chatwoot.chatwoot_account_objects']
    assert options['description'] == '{{ chatwoot_account }}' and 'loop' not in task
    assert options['purge_kinds'].endswith("select('in', chatwoot_account) | list }}")
