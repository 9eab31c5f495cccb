# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every module must be in its action group, or module_defaults skips it: the Platform API's modules (chatwoot_platform_*)
in group/community.chatwoot.chatwoot_platform, the others in group/community.chatwoot.chatwoot. Each has an action
plugin of its name that runs its MODULE in the controller."""

from __future__ import annotations

import importlib
import os

import yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')


def test_every_module_is_in_its_action_group():
    modules = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'plugins', 'modules')) if f.endswith('.py') and f != '__init__.py')
    with open(os.path.join(ROOT, 'meta', 'runtime.yml'), encoding='utf-8') as f:
        groups = yaml.safe_load(f)['action_groups']
    platform = [m for m in modules if m.startswith('chatwoot_platform_')]
    assert modules and platform, 'no modules found'
    assert sorted(groups) == ['chatwoot', 'chatwoot_platform']
    assert sorted(groups['chatwoot']) == [m for m in modules if m not in platform]
    assert sorted(groups['chatwoot_platform']) == platform


def test_every_module_runs_in_the_controller():
    from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
    from ansible_collections.community.chatwoot.plugins.plugin_utils._controller_module import ControllerModule
    modules = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'plugins', 'modules')) if f.endswith('.py') and f != '__init__.py')
    actions = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'plugins', 'action')) if f.endswith('.py') and f != '__init__.py')
    assert actions == modules
    for name in modules:
        action = importlib.import_module('ansible_collections.community.chatwoot.plugins.action.' + name)
        assert issubclass(action.ActionModule, ControllerModule), name
        module = importlib.import_module('ansible_collections.community.chatwoot.plugins.modules.' + name)
        assert isinstance(module.MODULE, ChatwootModule), name
