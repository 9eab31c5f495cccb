#!/usr/bin/env bash
# The test scripts find Pythons that pyenv installed under PYENV_ROOT (not only ~/.pyenv), and a missing one makes the
# step that needs it say which version and how to install it. Run by tests/test.sh (step pythons).
set -uo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the interpreter itself, not a pyenv shim (a shim runs the version its own name says)
real=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))') || die "no python3 to stand in for a pyenv version"
# a pyenv root elsewhere than ~/.pyenv, holding a version no PATH entry offers
mkdir -p "$work/pyenv/versions/3.99.1/bin" "$work/home"
ln -s "$real" "$work/pyenv/versions/3.99.1/bin/python3.99"
failures=0
# check NAME STATUS: count the check NAME as passed when STATUS is 0
check() {
    if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; failures=$((failures + 1)); fi
}

found=$(HOME=$work/home PYENV_ROOT=$work/pyenv find_python 3.99)
[ "$found" = "$work/pyenv/versions/3.99.1/bin/python3.99" ]
check "find_python finds \$PYENV_ROOT/versions/3.99.1/bin/python3.99 (found: $found)" $?
found=$(HOME=$work/home PYENV_ROOT=$work/empty find_python 3.99)
[ -z "$found" ]
check "find_python finds nothing when PYENV_ROOT has no such version (found: $found)" $?
message=$( (HOME=$work/home PYENV_ROOT=$work/empty CHATWOOT_TEST_CACHE=$work/cache core_venv 2.99 3.99) 2>&1 >/dev/null)
[[ $message == *"Python 3.99 is needed for ansible-core 2.99"* && $message == *"pyenv install 3.99"* && $message == *PYENV_ROOT* ]]
check "a missing Python names the version and how to install it: $message" $?
[ ! -e "$work/cache/venv/core-2.99-py3.99" ]
check "nothing was created for the missing Python" $?
echo "find_python: $((4 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
