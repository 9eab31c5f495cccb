#!/usr/bin/env bash
# Whole ansible-playbook runs against the simulator, paired in one run, as medians, ratios and request counts (see
# tests/benchmark/bench_playbooks.py). Two cases, both by default (--case inboxes|account):
# - inboxes: ensuring many website inboxes: chatwoot_inbox in a loop, chatwoot_inboxes (docs/examples/many_inboxes.yml),
#   a hand-written ansible.builtin.uri playbook doing the same reads, one ping task and one chatwoot_inbox task;
# - account: the account role applying the export of an account of about 300 objects, a hand-written uri playbook and
#   one reading with the url lookup that make the same reads, one ping task.
# Arguments are passed on, e.g. --case account --objects 300 --rounds 3, or --inboxes 1000 --rounds 5.
# --quick (first) is a short run of 10 inboxes, 20 objects, 1 round and no --check runs, for tests/test.sh to prove
# that the command works.
# A benchmark, not a test: it prints numbers and fails only when a playbook fails, changes or writes something.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

if [ "${1:-}" = --quick ]; then
    shift
    set -- --inboxes 10 --objects 20 --rounds 1 --no-check "$@"
fi
venv=$(core_venv 2.19 3.11)
sync_tree
trap remove_tree EXIT
# the collection from the synced tree; ansible-playbook and the modules run with the venv's Python
ANSIBLE_COLLECTIONS_PATH="$CW_COLLECTIONS" PATH="$venv/bin:$PATH" PYTHONPATH="$CW_ROOT/tests/simulator" \
    "$venv/bin/python" "$CW_TREE/tests/benchmark/bench_playbooks.py" "$@"
