# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
# pylint: disable=undefined-variable,invalid-name
"""Appended to the conf.py of antsibull-docs sphinx-init by tests/test.sh (docs step)."""
# The docsite is built offline, so intersphinx is off. The labels of Ansible's own
# docsite that the generated pages use resolve to its pages here; any other undefined label stays a warning,
# which sphinx-build -W turns into an error.
intersphinx_mapping = {}
_ANSIBLE_DOCS = 'https://docs.ansible.com/projects/ansible/latest/'
_ANSIBLE_LABELS = {
    'common_return_values': 'reference_appendices/common_return_values.html',
    'ansible_configuration_settings': 'reference_appendices/config.html',
    'action_plugins': 'plugins/action.html',
}


def _ansible_docs_reference(_app, _env, node, contnode):
    import re
    from docutils import nodes
    target = node.get('reftarget', '')
    plugin = re.match(r'ansible_collections\.ansible\.builtin\.(\w+)$', target)
    if plugin:
        url = _ANSIBLE_DOCS + 'collections/ansible/builtin/%s.html' % plugin.group(1)
    elif target in _ANSIBLE_LABELS:
        url = _ANSIBLE_DOCS + _ANSIBLE_LABELS[target]
    else:
        return None
    reference = nodes.reference('', '', internal=False, refuri=url)
    reference.append(contnode)
    return reference


def setup(app):
    app.connect('missing-reference', _ansible_docs_reference)
