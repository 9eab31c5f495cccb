#!/usr/bin/env bash
# Speed of the inbox logic as ratios against a bare HTTP baseline measured in the same run (see
# tests/benchmark/bench_inbox.py). Arguments are passed on, e.g. --inboxes 1000 --rounds 30; --quick (first)
# is a short run of 50 inboxes and 3 rounds, for tests/test.sh to prove that the command works.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

if [ "${1:-}" = --quick ]; then
    shift
    set -- --inboxes 50 --rounds 3 "$@"
fi
venv=$(core_venv 2.19 3.11)
sync_tree
trap remove_tree EXIT
PYTHONPATH="$CW_COLLECTIONS:$CW_ROOT/tests/simulator" "$venv/bin/python" "$CW_ROOT/tests/benchmark/bench_inbox.py" "$@"
