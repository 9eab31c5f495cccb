#!/usr/bin/env bash
# Runs every test of community.chatwoot, installing what it needs on a fresh machine:
# the simulator's own tests, then for each supported ansible-core (sanity, units, integration against
# the simulator over HTTP), then the collection build, install and ansible-doc rendering.
# Environment: CHATWOOT_TEST_MATRIX="2.19:3.11 2.20:3.12 2.21:3.13" (core:python pairs to run),
#              CHATWOOT_TEST_CACHE (venvs and the ansible_collections tree; default ~/.cache/community.chatwoot).
set -uo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

MATRIX=${CHATWOOT_TEST_MATRIX:-"2.19:3.11 2.20:3.12 2.21:3.13"}
CROSS_VERSION_TARGETS=${CHATWOOT_CROSS_VERSION_TARGETS:-"chatwoot_inbox module_defaults_group chatwoot_secrets chatwoot_tls"}
# Tokens unique to this run, so that the secrets test finds any leak of them in the output
ADMIN_TOKEN=admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
AGENT_TOKEN=agent-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
passed=0
failed=0
failures=()

step() {
    local name=$1
    shift
    log "$name"
    local started=$SECONDS
    if "$@"; then
        passed=$((passed + 1))
        log "$name: passed ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        failures+=("$name")
        log "$name: FAILED ($((SECONDS - started)) s)"
    fi
}

simulator_tests() {
    (cd "$CW_ROOT" && "$1/bin/python" -m pytest -q -p no:cacheprovider tests/simulator/tests)
}

sanity() {
    (cd "$CW_TREE" && "$1/bin/ansible-test" sanity --venv --python "$2" --color no)
}

# compile and import run for every Python a module may meet on a managed host, not only the controller's.
target_pythons() {
    local venv=$1 path_dirs="" py python tested=()
    shift
    for py in "$@"; do
        python=$(find_python "$py") || { echo "Python $py not found: skipped"; continue; }
        path_dirs="$path_dirs$(dirname "$python"):"
        tested+=("$py")
    done
    [ ${#tested[@]} -gt 0 ] || return 1
    for py in "${tested[@]}"; do
        (cd "$CW_TREE" && PATH="$path_dirs$PATH" "$venv/bin/ansible-test" sanity --test compile --test import --venv --python "$py" --color no) || return 1
    done
}

units() {
    (cd "$CW_TREE" && "$1/bin/ansible-test" units --venv --python "$2" --color no)
}

integration() {
    local venv=$1 py=$2 rc tls_url tls_dir
    tls_dir=$(mktemp -d)
    command -v openssl >/dev/null || apt_install openssl || return 1
    make_test_ca "$tls_dir" || return 1
    start_simulator "$venv/bin/python" --tls-cert "$tls_dir/server.pem" --tls-key "$tls_dir/server.key" --admin-token "$ADMIN_TOKEN"
    tls_url=$SIM_URL
    start_simulator "$venv/bin/python" --delete-delay 1 --admin-token "$ADMIN_TOKEN" --agent-token "$AGENT_TOKEN"
    cat >"$CW_TREE/tests/integration/integration_config.yml" <<YAML
---
chatwoot_api_url: $SIM_URL
chatwoot_admin_token: $ADMIN_TOKEN
chatwoot_agent_token: $AGENT_TOKEN
chatwoot_account_id: 1
chatwoot_tls_url: $tls_url
chatwoot_tls_ca: $tls_dir/ca.pem
YAML
    (cd "$CW_TREE" && "$venv/bin/ansible-test" integration --venv --python "$py" --color no "${@:3}")
    rc=$?
    stop_simulator
    rm -rf "$tls_dir"
    return $rc
}

# antsibull-changelog lint (fragments) and antsibull-docs (O()/RV() references, docs/docsite), Python >= 3.12.
lint() {
    local venv=$CW_CACHE/venv/lint python
    if [ ! -x "$venv/bin/antsibull-docs" ]; then
        python=$(find_python 3.12) || python=$(find_python 3.13) || { echo "lint needs Python 3.12 or 3.13"; return 1; }
        "$python" -m venv "$venv" && "$venv/bin/python" -m pip install -q --disable-pip-version-check \
            antsibull-changelog antsibull-docs "ansible-core>=2.20" || return 1
    fi
    (cd "$CW_TREE" && "$venv/bin/antsibull-changelog" lint) || return 1
    (cd "$CW_TREE" && PATH="$venv/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS "$venv/bin/antsibull-docs" lint-collection-docs --plugin-docs .)
}

build_and_render() {
    local venv=$1 out
    out=$(mktemp -d)
    (cd "$CW_TREE" && "$venv/bin/ansible-galaxy" collection build --output-path "$out") || return 1
    "$venv/bin/ansible-galaxy" collection install -p "$out/installed" "$out"/community-chatwoot-*.tar.gz || return 1
    local plugin
    for plugin in "$CW_TREE"/plugins/modules/*.py; do
        plugin=$(basename "$plugin" .py)
        ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" "community.chatwoot.$plugin" >/dev/null || return 1
        echo "ansible-doc community.chatwoot.$plugin: rendered from the built artifact"
    done
    ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" -t filter community.chatwoot.widget_snippet >/dev/null || return 1
    ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" -t role community.chatwoot.website_widget >/dev/null || return 1
}

browser_e2e() {
    bash "$CW_ROOT/tests/e2e/browser_widget.sh" "$1"
}

trap 'stop_simulator; remove_tree' EXIT
# ansible-test's shellcheck sanity test skips itself when shellcheck is missing: make it run
apt_install shellcheck || log "shellcheck missing: its sanity test will be skipped"
sync_tree
first_venv=
for pair in $MATRIX; do
    core=${pair%%:*}
    py=${pair##*:}
    venv=$(core_venv "$core" "$py") || { failed=$((failed + 1)); failures+=("venv $core"); continue; }
    if [ -z "$first_venv" ]; then
        first_venv=$venv
        step "simulator tests (Python $py)" simulator_tests "$venv"
        # the managed-host Pythons this ansible-core supports, other than the controller's (sanity ran that one)
        targets="3.9 3.10 3.11 3.12 3.13"
        [ "$core" = 2.19 ] && targets="3.8 $targets"
        # shellcheck disable=SC2086
        step "compile and import on target Pythons, ansible-core $core" target_pythons "$venv" ${targets/$py/}
    fi
    step "sanity, ansible-core $core, Python $py" sanity "$venv" "$py"
    step "units, ansible-core $core, Python $py" units "$venv" "$py"
    if [ "$venv" = "$first_venv" ]; then
        step "integration, all targets, ansible-core $core, Python $py" integration "$venv" "$py"
    else
        # every target on one ansible-core keeps CI well under 30 minutes; the version-sensitive parts
        # (module_defaults groups, output masking, TLS, the module lifecycle) run on every version
        # shellcheck disable=SC2086
        step "integration, version-sensitive targets, ansible-core $core, Python $py" integration "$venv" "$py" $CROSS_VERSION_TARGETS
    fi
done
step "changelog and docs lint (antsibull)" lint
[ -n "$first_venv" ] && step "build, install and ansible-doc" build_and_render "$first_venv"
[ -n "$first_venv" ] && step "browser end-to-end (nginx + chromium)" browser_e2e "$first_venv"

log "summary"
for name in "${failures[@]}"; do
    echo "FAILED: $name"
done
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
