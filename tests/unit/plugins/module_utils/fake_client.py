# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for ChatwootClient: canned answers per (method, path suffix), and a record of every request."""

from __future__ import annotations


class FakeClient:
    account_id = 1
    api_url = 'https://chat.example.com'

    def __init__(self, answers):
        self.answers = answers
        self.requests = []

    def account_path(self, suffix):
        return '/api/v1/accounts/1/' + suffix

    def request(self, method, path, payload=None):
        self.requests.append((method, path, payload))
        answer = self.answers.get((method, path[len('/api/v1/accounts/1/'):]))
        return answer(payload) if callable(answer) else answer

    @property
    def writes(self):
        return [r for r in self.requests if r[0] != 'GET']
