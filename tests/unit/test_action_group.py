# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every module must be in the action group, or module_defaults: group/community.chatwoot.chatwoot skips it, and
have an action plugin of its name that runs its MODULE in the controller."""

from __future__ import annotations

import importlib
import os

import yaml

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')


def test_every_module_is_in_the_action_group():
    modules = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'plugins', 'modules')) if f.endswith('.py') and f != '__init__.py')
    with open(os.path.join(ROOT, 'meta', 'runtime.yml'), encoding='utf-8') as f:
        group = yaml.safe_load(f)['action_groups']['chatwoot']
    assert modules, 'no modules found'
    assert sorted(group) == modules


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
