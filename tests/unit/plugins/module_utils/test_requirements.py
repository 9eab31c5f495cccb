# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The oldest requests and urllib3 the client works with: checked at run time, and declared where users look."""

from __future__ import annotations

import os
import re

import pytest

from ansible_collections.community.chatwoot.plugins.doc_fragments.connection import ModuleDocFragment
from ansible_collections.community.chatwoot.plugins.module_utils import _api_client

COLLECTION = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..', '..'))
DECLARED = ['%s>=%s' % (name, '.'.join(str(n) for n in minimum)) for name, minimum in _api_client.MIN_VERSIONS]


def test_the_minimums_are_those_of_the_retry_options():
    assert DECLARED == ['requests>=2.25', 'urllib3>=1.26']


@pytest.mark.parametrize('requests_version, urllib3_version, old', [
    ('2.22.0', '1.25.11', 'found requests 2.22.0, urllib3 1.25.11 '),
    ('2.31.0', '1.25.8', 'found urllib3 1.25.8 '),
    ('2.24.0', '1.26.0', 'found requests 2.24.0 '),
])
def test_old_versions_give_a_message_that_names_them(monkeypatch, requests_version, urllib3_version, old):
    monkeypatch.setattr(_api_client.requests, '__version__', requests_version)
    monkeypatch.setattr(_api_client.urllib3, '__version__', urllib3_version)
    problem = _api_client.requirements_problem()
    assert problem.startswith('community.chatwoot needs requests>=2.25 and urllib3>=1.26 on the host that runs the module, ' + old)
    assert "-m pip install 'requests>=2.25' 'urllib3>=1.26'." in problem
    with pytest.raises(_api_client.ChatwootError, match='needs requests>=2.25'):
        _api_client.ChatwootClient('http://127.0.0.1:9', 'token', 1)


@pytest.mark.parametrize('requests_version, urllib3_version', [('2.25.0', '1.26.0'), ('2.32.3', '2.2.3'), ('3.0.0', '2.0.0a1')])
def test_current_versions_pass(monkeypatch, requests_version, urllib3_version):
    monkeypatch.setattr(_api_client.requests, '__version__', requests_version)
    monkeypatch.setattr(_api_client.urllib3, '__version__', urllib3_version)
    assert _api_client.requirements_problem() is None


def test_requirements_txt_declares_the_minimums():
    with open(os.path.join(COLLECTION, 'requirements.txt')) as f:
        lines = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    assert lines == DECLARED


def test_module_docs_declare_the_minimums():
    requirements = re.search(r'^requirements:\n((?:  - .*\n)+)', ModuleDocFragment.DOCUMENTATION, re.M).group(1)
    for requirement in DECLARED:
        assert requirement in requirements.replace(' ', '')
