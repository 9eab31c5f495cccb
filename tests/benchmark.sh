#!/usr/bin/env bash
# Whole ansible-playbook runs that ensure many website inboxes against the simulator, paired in one run:
# chatwoot_inbox in a loop, chatwoot_inboxes (docs/examples/many_inboxes.yml), a hand-written ansible.builtin.uri
# playbook doing the same reads, one ping task and one chatwoot_inbox task; medians, ratios and request counts
# (see tests/benchmark/bench_playbooks.py). Arguments are passed on, e.g. --inboxes 1000 --rounds 5.
# --quick (first) is a short run of 10 inboxes and 1 round, for tests/test.sh to prove that the command works.
# A benchmark, not a test: it prints numbers and fails only when a playbook fails or changes something.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

if [ "${1:-}" = --quick ]; then
    shift
    set -- --inboxes 10 --rounds 1 "$@"
fi
venv=$(core_venv 2.19 3.11)
sync_tree
trap remove_tree EXIT
# the collection from the synced tree; ansible-playbook and the modules run with the venv's Python
ANSIBLE_COLLECTIONS_PATH="$CW_COLLECTIONS" PATH="$venv/bin:$PATH" PYTHONPATH="$CW_ROOT/tests/simulator" \
    "$venv/bin/python" "$CW_TREE/tests/benchmark/bench_playbooks.py" "$@"
