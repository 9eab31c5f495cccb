# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The website_widget role passes website_widget_inbox_options and website_widget_channel on to chatwoot_inboxes, as
an entry of its inboxes option, and its meta/argument_specs.yml checks them before anything is written: its options
must stay those of an entry (the options of chatwoot_inbox)."""

from __future__ import annotations

import os

import yaml

from ansible_collections.community.chatwoot.plugins.module_utils._inbox_channels import WEB_WIDGET
from ansible_collections.community.chatwoot.plugins.modules.chatwoot_inboxes import argument_spec as inboxes_argument_spec

ROLE = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'roles', 'website_widget')


def argument_spec():
    """The options of one entry of chatwoot_inboxes, with the options it sets once for all entries."""
    spec = dict(inboxes_argument_spec())
    entry = spec.pop('inboxes')['options']
    return dict(entry, **spec)


# chatwoot_inbox's options that the role sets itself, or that have no use for it; each with the reason.
NOT_INBOX_OPTIONS = {
    'name': 'website_widget_inbox_name',
    'id': 'the role finds the inbox by name',
    'state': 'the role only ensures the inbox',
    'wait': 'only for state=absent',
    'wait_timeout': 'only for state=absent',
    'return_secrets': 'the role never handles secrets',
    'update_secrets': 'website inboxes have no credentials that Chatwoot does not return',
    'channel': 'website_widget_channel',
}
NOT_CHANNEL_OPTIONS = {
    'type': 'always web_widget',
    'website_url': 'website_widget_website_url',
}


def role_options():
    with open(os.path.join(ROLE, 'meta', 'argument_specs.yml'), encoding='utf-8') as f:
        return yaml.safe_load(f)['argument_specs']['main']['options']


def comparable(spec):
    """What both sides must agree on, down to every suboption the role declares."""
    result = {}
    for name, option in spec.items():
        result[name] = {key: option.get(key) for key in ('type', 'elements', 'required')}
        result[name]['choices'] = sorted(option['choices']) if option.get('choices') else None
        result[name]['required'] = bool(result[name]['required'])
        result[name]['type'] = result[name]['type'] or 'str'
    return result


def compare(role_spec, module_spec, path):
    role, module = comparable(role_spec), comparable(module_spec)
    assert sorted(role) == sorted(module), '%s: the role and chatwoot_inbox differ' % path
    for name in role:
        assert role[name] == module[name], '%s.%s' % (path, name)
        role_sub = role_spec[name].get('options')
        module_sub = module_spec[name].get('options')
        if role_sub is not None:
            # the role declares the suboptions: they must be the module's
            assert module_sub is not None, '%s.%s: chatwoot_inbox has no suboptions' % (path, name)
            compare(role_sub, module_sub, '%s.%s' % (path, name))
        # a dict the role does not describe further is passed on whole; chatwoot_inbox checks it


def module_inbox_options():
    return {k: v for k, v in argument_spec().items() if k not in NOT_INBOX_OPTIONS}


def module_channel_options():
    """The channel options of web_widget inboxes, from the channel-type registry."""
    return {k: v for k, v in argument_spec()['channel']['options'].items() if k in WEB_WIDGET.fields and k not in NOT_CHANNEL_OPTIONS}


def test_the_exclusions_are_options_of_the_module():
    spec = argument_spec()
    assert set(NOT_INBOX_OPTIONS) <= set(spec)
    assert set(NOT_CHANNEL_OPTIONS) <= set(spec['channel']['options'])


def test_inbox_options_are_chatwoot_inbox_options():
    compare(role_options()['website_widget_inbox_options']['options'], module_inbox_options(), 'website_widget_inbox_options')


def test_channel_options_are_chatwoot_inbox_channel_options():
    compare(role_options()['website_widget_channel']['options'], module_channel_options(), 'website_widget_channel')


def role_tasks():
    with open(os.path.join(ROLE, 'tasks', 'main.yml'), encoding='utf-8') as f:
        return yaml.safe_load(f)


def test_the_role_passes_every_declared_option_on():
    tasks = role_tasks()
    inbox_task = [t for t in tasks if 'community.chatwoot.chatwoot_inboxes' in t][0]
    # one call for all the inboxes of the play, on the controller
    assert inbox_task['run_once'] is True
    assert inbox_task['delegate_to'] == 'localhost'
    assert inbox_task['community.chatwoot.chatwoot_inboxes']['inboxes'] == '{{ website_widget__inboxes }}'
    # each host's entry: the inbox options whole, then the name and the channel (passed whole, with type and URL)
    wanted = [t for t in tasks if 'website_widget__wanted' in t.get('ansible.builtin.set_fact', {})][0]
    entry = ' '.join(wanted['ansible.builtin.set_fact']['website_widget__wanted'].split())
    assert entry == (
        "{{ website_widget_inbox_options | combine({'name': website_widget_inbox_name, 'channel': website_widget_channel"
        " | combine({'type': 'web_widget', 'website_url': website_widget_website_url})}) }}")


def test_nothing_else_validates_the_dicts():
    # no allow-list beside the argument spec, which would drift from it
    with open(os.path.join(ROLE, 'vars', 'main.yml'), encoding='utf-8') as f:
        assert not any('option_names' in name for name in yaml.safe_load(f))
