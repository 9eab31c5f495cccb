# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""How much the inbox logic costs on top of the HTTP it cannot avoid, as ratios measured in one run.

Baseline: the client's GET of the inbox list (the least any client must do to know an inbox's state).
Measured: chatwoot_inbox's logic for a no-op, a check-mode update and a real update, against the simulator
with many inboxes in the account. Ratios, not seconds, so the numbers compare across machines; no thresholds.
Usage (tests/benchmark.sh sets the paths): python bench_inbox.py [--inboxes 1000] [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import time

import requests

from chatwoot_simulator import Simulator

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import ChatwootClient
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import INBOX

TOKEN = 'sim-admin-token'


def median_seconds(action, rounds):
    samples = []
    while len(samples) < rounds:
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--inboxes', type=int, default=1000)
    parser.add_argument('--rounds', type=int, default=30)
    args = parser.parse_args()
    with Simulator(port=0) as sim:
        requests.post(sim.url + '/_simulator/seed', json={'account_id': 1, 'count': args.inboxes - 1}, timeout=60).raise_for_status()
        client = ChatwootClient(sim.url, TOKEN, 1)
        params = {'name': 'Benchmark', 'id': None, 'state': 'present', 'return_secrets': False,
                  'channel': {'type': 'web_widget', 'website_url': 'https://bench.example.com'}, 'working_hours': None}
        ensure(INBOX, client, params, False)
        baseline = median_seconds(lambda: client.request('GET', client.account_path('inboxes')), args.rounds)
        flip = {'value': False}

        def update():
            flip['value'] = not flip['value']
            ensure(INBOX, client, dict(params, greeting_enabled=flip['value']), False)

        cases = {
            'no-op (1 GET + compare)': lambda: ensure(INBOX, client, params, False),
            'check-mode update (1 GET + predict)': lambda: ensure(INBOX, client, dict(params, greeting_message='x'), True),
            'update (1 GET + 1 PATCH)': update,
        }
        print('baseline: GET of the list of %d inboxes, median of %d: %.1f ms' % (args.inboxes, args.rounds, baseline * 1000))
        for label, action in cases.items():
            print('%-40s %.2f x baseline' % (label, median_seconds(action, args.rounds) / baseline))


if __name__ == '__main__':
    main()
