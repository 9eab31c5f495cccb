# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox modules point to each other, to the widget_snippet filter and to the website_widget role; the role's
documentation says since when it exists, what it needs and how to use it."""

from __future__ import annotations

import importlib
import os

import pytest
import yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
INBOX_MODULES = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'plugins', 'modules')) if f.startswith('chatwoot_inbox') and f.endswith('.py'))
ROLE_PAGE = 'https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst'


def documentation(module):
    source = importlib.import_module('ansible_collections.community.chatwoot.plugins.modules.%s' % module)
    return yaml.safe_load(source.DOCUMENTATION)


def role_main():
    with open(os.path.join(ROOT, 'roles', 'website_widget', 'meta', 'argument_specs.yml'), encoding='utf-8') as f:
        return yaml.safe_load(f)['argument_specs']['main']


@pytest.mark.parametrize('module', INBOX_MODULES)
def test_seealso_names_the_siblings_the_filter_and_the_role(module):
    seealso = documentation(module)['seealso']
    modules = {entry['module'] for entry in seealso if 'module' in entry}
    assert modules >= {'community.chatwoot.%s' % m for m in INBOX_MODULES if m != module}
    assert {'plugin': 'community.chatwoot.widget_snippet', 'plugin_type': 'filter'} in seealso
    assert ROLE_PAGE in [entry.get('link') for entry in seealso]


def test_the_role_page_exists():
    assert os.path.isfile(os.path.join(ROOT, 'docs', 'reference', 'website_widget_role.rst'))


def test_the_role_says_since_when_what_it_needs_and_how_to_use_it():
    main = role_main()
    assert main['version_added'] == '0.1.0'
    assert any('requests >= 2.25' in line and 'controller' in line for line in main['requirements'])
    plays = yaml.safe_load(main['examples'])
    assert plays and all('community.chatwoot.website_widget' in str(play['roles']) for play in plays)
    # the example uses only variables the role declares
    declared = set(main['options'])
    for play in plays:
        used = set(play.get('vars', {}))
        for role in play['roles']:
            used |= set(role.get('vars', {})) if isinstance(role, dict) else set()
        assert used <= declared, used - declared
