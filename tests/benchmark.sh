#!/usr/bin/env bash
# Speed of the inbox logic as ratios against a bare HTTP baseline measured in the same run (see
# tests/benchmark/bench_inbox.py). Arguments are passed on, e.g. --inboxes 1000 --rounds 30.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

venv=$(core_venv 2.19 3.11)
sync_tree
trap remove_tree EXIT
PYTHONPATH="$CW_COLLECTIONS:$CW_ROOT/tests/simulator" "$venv/bin/python" "$CW_ROOT/tests/benchmark/bench_inbox.py" "$@"
