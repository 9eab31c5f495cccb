#!/usr/bin/env bash
# Runs every test of community.chatwoot, installing what it needs on a fresh machine:
# the simulator's own tests, then for each supported ansible-core (sanity, units, integration against
# the simulator over HTTP), then the collection build, install and ansible-doc rendering.
# Environment: CHATWOOT_TEST_MATRIX="2.19:3.11 2.20:3.12 2.21:3.13" (core:python pairs to run),
#              CHATWOOT_TEST_CACHE (venvs and the ansible_collections tree; default ~/.cache/community.chatwoot),
#              CHATWOOT_TEST_STEPS="build readme" (run only these steps, by the keys below; default: every step),
#              CHATWOOT_TEST_TARGETS="chatwoot_secrets" (integration targets to run; default: all on the first core).
set -uo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

DEFAULT_MATRIX="2.19:3.11 2.20:3.12 2.21:3.13"
MATRIX=${CHATWOOT_TEST_MATRIX:-$DEFAULT_MATRIX}
# role_account: the role's argument spec validation, include_role and check-mode blocks, settings and inboxes applied
# (about 80 s per ansible-core); role_account_clone adds nothing version-sensitive to it and runs on the first only;
# account_export_unsafe: whether a variable file's text is rendered is the templating engine's, per ansible-core
CROSS_VERSION_TARGETS=${CHATWOOT_CROSS_VERSION_TARGETS:-"chatwoot_inbox module_defaults_group chatwoot_secrets chatwoot_tls controller_module role_account account_export_unsafe"}
# Tokens unique to this run, so that the secrets test finds any leak of them in the output
ADMIN_TOKEN=admin-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
AGENT_TOKEN=agent-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
PLATFORM_TOKEN=platform-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
STEPS=${CHATWOOT_TEST_STEPS:-}
STEP_KEYS="pythons simulator targets sanity units integration readme oldlibs lint ansible-lint docs build workflow browser"
passed=0
failed=0
failures=()

for key in $STEPS; do
    [[ " $STEP_KEYS " == *" $key "* ]] || die "CHATWOOT_TEST_STEPS: unknown step $key (steps: $STEP_KEYS)"
done

# wanted KEY: whether the step KEY runs in this run
wanted() {
    [ -z "$STEPS" ] || [[ " $STEPS " == *" $1 "* ]]
}

# step KEY NAME COMMAND...: run COMMAND as the step NAME, if KEY is wanted, and count it
step() {
    local key=$1 name=$2
    shift 2
    wanted "$key" || return 0
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
        python=$(find_python "$py") || { echo "$(python_missing "$py" "the compile and import tests"): skipped"; continue; }
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
    local venv=$1 py=$2 rc tls_url tls_dir second_url
    tls_dir=$(mktemp -d)
    command -v openssl >/dev/null || apt_install openssl || return 1
    make_test_ca "$tls_dir" || return 1
    start_simulator "$venv/bin/python" --tls-cert "$tls_dir/server.pem" --tls-key "$tls_dir/server.key" --admin-token "$ADMIN_TOKEN" \
        --platform-token "$PLATFORM_TOKEN"
    tls_url=$SIM_URL
    # a second installation, for the account cloned from one Chatwoot to another (role_account_clone)
    start_simulator "$venv/bin/python" --delete-delay 1 --admin-token "$ADMIN_TOKEN" --platform-token "$PLATFORM_TOKEN"
    second_url=$SIM_URL
    start_simulator "$venv/bin/python" --delete-delay 1 --admin-token "$ADMIN_TOKEN" --agent-token "$AGENT_TOKEN" \
        --platform-token "$PLATFORM_TOKEN"
    cat >"$CW_TREE/tests/integration/integration_config.yml" <<YAML
---
chatwoot_api_url: $SIM_URL
chatwoot_admin_token: $ADMIN_TOKEN
chatwoot_agent_token: $AGENT_TOKEN
chatwoot_platform_token: $PLATFORM_TOKEN
chatwoot_account_id: 1
chatwoot_tls_url: $tls_url
chatwoot_tls_ca: $tls_dir/ca.pem
chatwoot_second_api_url: $second_url
YAML
    (cd "$CW_TREE" && "$venv/bin/ansible-test" integration --venv --python "$py" --color no "${@:3}")
    rc=$?
    stop_simulator
    rm -rf "$tls_dir"
    return $rc
}

# antsibull-changelog lint (fragments) and antsibull-docs (O()/RV() references, docs/docsite), Python >= 3.12.
lint() {
    local venv
    venv=$(tools_venv) || return 1
    (cd "$CW_TREE" && "$venv/bin/antsibull-changelog" lint) || return 1
    (cd "$CW_TREE" && PATH="$venv/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS "$venv/bin/antsibull-docs" lint-collection-docs --plugin-docs .)
}

# The artifact as a user gets it: built from a tree that also holds what a working checkout has beside the
# project's files (the integration config with API tokens, pytest caches, byte code), which must stay out of it;
# installed into a temporary path, where ansible-doc renders every plugin and ansible-builder finds the Python
# requirements an execution environment needs.
build_and_render() {
    local venv=$1 out tools listing leak=canary-token-$RANDOM$RANDOM bad wanted_file python_deps req
    out=$(mktemp -d)
    tools=$(tools_venv) || return 1
    local extra=(tests/integration/integration_config.yml .pytest_cache/v/cache/lastfailed tests/unit/.pytest_cache/README.md
        plugins/modules/__pycache__/chatwoot_inbox.cpython-311.pyc tests/output/junit/secret.xml tests/integration/cloud-config-chatwoot.ini)
    for bad in "${extra[@]}"; do
        [ -e "$CW_TREE/$bad" ] && cp "$CW_TREE/$bad" "$out/saved-$(basename "$bad")"
        mkdir -p "$(dirname "$CW_TREE/$bad")"
        echo "chatwoot_admin_token: $leak" >"$CW_TREE/$bad"
    done
    (cd "$CW_TREE" && "$venv/bin/ansible-galaxy" collection build --output-path "$out")
    local rc=$?
    for bad in "${extra[@]}"; do
        rm -f "$CW_TREE/$bad"
        [ -e "$out/saved-$(basename "$bad")" ] && mv "$out/saved-$(basename "$bad")" "$CW_TREE/$bad"
    done
    [ $rc -eq 0 ] || return 1
    listing=$(tar -tzf "$out"/community-chatwoot-*.tar.gz) || return 1
    for bad in "${extra[@]}" .pytest_cache tests/unit/.pytest_cache tests/output; do
        if grep -qx "$bad/\?" <<<"$listing"; then
            echo "the artifact holds $bad, which is no file of the project"
            return 1
        fi
    done
    if tar -xzOf "$out"/community-chatwoot-*.tar.gz | grep -q "$leak"; then
        echo "the artifact holds the token of a file that is no file of the project"
        return 1
    fi
    for wanted_file in requirements.txt meta/execution-environment.yml meta/runtime.yml roles/website_widget/README.md \
        roles/website_widget/meta/argument_specs.yml plugins/modules/chatwoot_inbox.py README.md; do
        grep -qx "$wanted_file" <<<"$listing" || { echo "the artifact lacks $wanted_file"; return 1; }
    done
    echo "artifact: $(wc -l <<<"$listing") entries, none of the checkout's own files"
    "$venv/bin/ansible-galaxy" collection install -p "$out/installed" "$out"/community-chatwoot-*.tar.gz || return 1
    local plugin
    for plugin in "$CW_TREE"/plugins/modules/*.py; do
        plugin=$(basename "$plugin" .py)
        ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" "community.chatwoot.$plugin" >/dev/null || return 1
        echo "ansible-doc community.chatwoot.$plugin: rendered from the built artifact"
    done
    for plugin in "$CW_TREE"/plugins/filter/*.py; do
        plugin=$(basename "$plugin" .py)
        ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" -t filter "community.chatwoot.$plugin" >/dev/null || return 1
        echo "ansible-doc -t filter community.chatwoot.$plugin: rendered from the built artifact"
    done
    ANSIBLE_COLLECTIONS_PATH="$out/installed" "$venv/bin/ansible-doc" -t role community.chatwoot.website_widget >/dev/null || return 1
    # what an execution environment gets: ansible-builder reads the installed collection's requirements
    local ee
    ee=$("$tools/bin/ansible-builder" introspect --sanitize "$out/installed") || return 1
    echo "$ee"
    python_deps=$(sed -n '/^python:/,/^[a-z]/p' <<<"$ee")
    for req in 'requests>=2.25' 'urllib3>=1.26'; do
        grep -q "^- '$req  *# from collection community.chatwoot'$" <<<"$python_deps" \
            || { echo "ansible-builder introspect does not list $req for community.chatwoot"; return 1; }
    done
    rm -rf "$out"
}

# The docs: the HTML docsite as antsibull-docs sets it up, built by sphinx with -W (offline: intersphinx off);
# the pages GitHub shows (galaxy.yml's documentation: points at docs/), regenerated and compared with docs/reference
# (CHATWOOT_DOCS_UPDATE=1 writes them, and the copies of the inbox options first); links in the READMEs that work on
# Galaxy too, where relative links break.
docs() {
    local tools out rc=0 page link
    tools=$(tools_venv) || return 1
    # the copies of chatwoot_inbox's options (chatwoot_inboxes, the roles' specs) come from one script
    if [ -n "${CHATWOOT_DOCS_UPDATE:-}" ]; then
        "$tools/bin/python" "$CW_ROOT/tests/utils/inbox_option_copies.py" --write "$CW_ROOT" || return 1
        sync_tree
    else
        "$tools/bin/python" "$CW_ROOT/tests/utils/inbox_option_copies.py" --check "$CW_TREE" || rc=1
    fi
    out=$(mktemp -d)
    mkdir -m 755 "$out/site" "$out/simplified"
    (cd "$out" && PATH="$tools/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS \
        antsibull-docs sphinx-init --use-current --fail-on-error --dest-dir site community.chatwoot >/dev/null) || return 1
    cat "$CW_ROOT/tests/utils/docsite_conf_offline.py" >>"$out/site/conf.py"
    (cd "$out/site" && PATH="$tools/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS bash build.sh >"$out/sphinx.log" 2>&1) \
        || { cat "$out/sphinx.log"; echo "the HTML docsite does not build with -W"; rc=1; }
    [ $rc -eq 0 ] && echo "HTML docsite: $(find "$out/site/build/html" -name '*.html' | wc -l) pages, no warning"
    (cd "$out" && PATH="$tools/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS antsibull-docs collection --use-current \
        --fail-on-error --output-format simplified-rst --squash-hierarchy --no-add-antsibull-docs-version \
        --dest-dir simplified community.chatwoot >/dev/null) || return 1
    "$tools/bin/python" "$CW_ROOT/tests/utils/github_docs.py" "$out/simplified" "$CW_TREE/docs/docsite/rst" "$out/reference" || return 1
    if [ -n "${CHATWOOT_DOCS_UPDATE:-}" ]; then
        rm -rf "$CW_ROOT/docs/reference"
        cp -r "$out/reference" "$CW_ROOT/docs/reference"
        echo "docs/reference updated"
    elif ! diff -ru "$CW_TREE/docs/reference" "$out/reference" >"$out/reference.diff"; then
        head -n 40 "$out/reference.diff"
        echo "docs/reference is not what the docs generate: CHATWOOT_TEST_STEPS=docs CHATWOOT_DOCS_UPDATE=1 tests/test.sh"
        rc=1
    fi
    for page in "$out"/reference/*.rst; do
        grep -q "](reference/$(basename "$page"))" "$CW_TREE/docs/README.md" \
            || { echo "docs/README.md does not link reference/$(basename "$page")"; rc=1; }
    done
    # Galaxy shows README.md files without the repository around them: links must be absolute
    for page in README.md roles/*/README.md; do
        while read -r link; do
            echo "$page: relative link $link, which breaks on Galaxy"
            rc=1
        done < <(grep -o '](\([^)#h][^)]*\|h[^t][^)]*\))' "$CW_TREE/$page")
    done
    rm -rf "$out"
    return $rc
}

# ansible-lint with the repository's .ansible-lint (production profile), at the version tests/utils pins.
ansible_lint() {
    local tools
    tools=$(tools_venv) || return 1
    (cd "$CW_TREE" && PATH="$tools/bin:$PATH" ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS \
        ansible-lint --nocolor -f pep8 2>&1) || return 1
}

# The GitHub Actions workflow runs the same ansible-core/Python pairs as this script's default matrix and, between its
# jobs, every step of this script; CONTRIBUTING.md documents every step key; README.md has the code of conduct and
# communication sections of community collections.
workflow() {
    "$1/bin/python" - "$CW_TREE" "$DEFAULT_MATRIX" "$STEP_KEYS" <<'PY'
import re, sys, yaml
tree, matrix, keys = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
with open(tree + '/.github/workflows/ci.yml') as f:
    jobs = yaml.safe_load(f)['jobs']
problems = []
pairs = ['%s:%s' % (e['ansible-core'], e['python']) for e in jobs['ansible-core']['strategy']['matrix']['include']]
if pairs != matrix:
    problems.append('the workflow matrix %s is not tests/test.sh default %s' % (pairs, matrix))
covered = set()
for job in jobs.values():
    for step in job['steps']:
        if 'tests/test.sh' in step.get('run', ''):
            covered.update(step.get('env', {}).get('CHATWOOT_TEST_STEPS', '').split())
if covered != set(keys):
    problems.append('the workflow runs steps %s, tests/test.sh has %s' % (sorted(covered), sorted(keys)))
contributing = open(tree + '/CONTRIBUTING.md').read()
for key in keys:
    if not re.search(r'^\| `%s` \|' % re.escape(key), contributing, re.M):
        problems.append('CONTRIBUTING.md does not describe the step %s' % key)
for key in re.findall(r'CHATWOOT_TEST_STEPS="([^"]*)"', contributing):
    for k in key.split():
        if k not in keys:
            problems.append('CONTRIBUTING.md names an unknown step %s' % k)
readme = open(tree + '/README.md').read()
for section, link in (('Code of Conduct', 'https://docs.ansible.com/projects/ansible/latest/community/code_of_conduct.html'),
                      ('Communication', 'https://forum.ansible.com/')):
    body = re.search(r'^## %s\n(.*?)(?=^## |\Z)' % section, readme, re.M | re.S)
    if not body or link not in body.group(1):
        problems.append('README.md has no "%s" section linking %s' % (section, link))
print('\n'.join(problems) or 'workflow matrix %s, %d steps, CONTRIBUTING.md and README.md sections: consistent' % (pairs, len(keys)))
sys.exit(1 if problems else 0)
PY
}

# The README's two commands as a newcomer runs them: a new, empty cache (so the venv and every folder are made
# anew), demo.sh must print a website token and no Ansible warning, and a quick benchmark must print its ratios.
readme_commands() {
    local demo_cache bench_cache out rc
    demo_cache=$(mktemp -d)
    out=$(CHATWOOT_TEST_CACHE=$demo_cache bash "$CW_ROOT/tests/demo.sh" 2>&1)
    rc=$?
    printf '%s\n' "$out" | grep -v "^WARNING: Location" | tail -n 25
    if [ $rc -ne 0 ]; then
        echo "tests/demo.sh with an empty CHATWOOT_TEST_CACHE exited $rc"
    elif ! grep -Eq 'websiteToken: \\"[A-Za-z0-9]{8,}\\"' <<<"$out"; then
        echo "tests/demo.sh printed no website token"
        rc=1
    elif grep -q '\[WARNING\]' <<<"$out"; then
        echo "tests/demo.sh printed an Ansible warning"
        rc=1
    fi
    # another empty cache that only borrows the demo's venv: benchmark.sh meets the missing folders as well
    bench_cache=$(mktemp -d)
    mkdir "$bench_cache/venv"
    ln -s "$demo_cache/venv/core-2.19-py3.11" "$bench_cache/venv/"
    if [ $rc -eq 0 ]; then
        out=$(CHATWOOT_TEST_CACHE=$bench_cache bash "$CW_ROOT/tests/benchmark.sh" --quick 2>&1)
        rc=$?
        printf '%s\n' "$out" | tail -n 5
        if [ $rc -ne 0 ]; then
            echo "tests/benchmark.sh --quick with an empty CHATWOOT_TEST_CACHE exited $rc"
        elif ! grep -Eq '^chatwoot_inboxes \(many_inboxes\.yml\) +[0-9]+\.[0-9]+ +[0-9]+\.[0-9]+ +[0-9]+\.[0-9]+ +1 +0$' <<<"$out"; then
            echo "tests/benchmark.sh --quick printed no ratio line"
            rc=1
        fi
    fi
    rm -rf "$demo_cache" "$bench_cache"
    return $rc
}

# The oldest requests and urllib3 the client cannot use (urllib3 < 1.26 has no Retry(other=..., allowed_methods=...)):
# a module run by a Python that has them fails with a message that names the versions, not with a TypeError.
# The controller gets them too (PYTHONPATH), or the module would run in its process with the venv's current ones:
# with old ones there it runs as a module, with the host's Python.
old_libraries() {
    local venv=$1 old=$CW_CACHE/venv/old-requests-py$2 out rc=0
    local pins=(requests==2.22.0 urllib3==1.25.11)
    if [ "$(cat "$old/.stamp" 2>/dev/null)" != "${pins[*]}" ]; then
        rm -rf "$old"
        "$venv/bin/python" -m venv "$old" && "$old/bin/python" -m pip install -q --disable-pip-version-check "${pins[@]}" \
            || return 1
        echo "${pins[*]}" >"$old/.stamp"
    fi
    start_simulator "$venv/bin/python"
    local args="api_url=$SIM_URL api_access_token=sim-admin-token account_id=1"
    out=$(PYTHONPATH=$("$old/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') \
        ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
        "$venv/bin/ansible" localhost -m community.chatwoot.chatwoot_inbox_info -a "$args" \
        -e "ansible_python_interpreter=$old/bin/python" 2>&1)
    echo "$out"
    grep -q 'community.chatwoot needs requests>=2.25 and urllib3>=1.26 on the host that runs the module, found requests 2.22.0, urllib3 1.25.11 ' <<<"$out" \
        || { echo "no clear message for requests 2.22 and urllib3 1.25"; rc=1; }
    ! grep -q 'Traceback\|TypeError' <<<"$out" || { echo "a traceback instead of a message"; rc=1; }
    # and the same call works with the venv's current versions in the controller, whatever the host's Python has
    ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
        "$venv/bin/ansible" localhost -m community.chatwoot.chatwoot_inbox_info -a "$args" \
        -e "ansible_python_interpreter=$old/bin/python" >/dev/null || { echo "chatwoot_inbox_info failed with current libraries"; rc=1; }
    stop_simulator
    return $rc
}

browser_e2e() {
    bash "$CW_ROOT/tests/e2e/browser_widget.sh" "$1"
}

trap 'stop_simulator; remove_tree' EXIT
step pythons "the scripts find pyenv's Pythons under PYENV_ROOT and name a missing one" bash "$CW_ROOT/tests/utils/test_find_python.sh"
# ansible-test's shellcheck sanity test skips itself when shellcheck is missing: make it run
if wanted sanity; then
    apt_install shellcheck || log "shellcheck missing: its sanity test will be skipped"
fi
sync_tree
first_venv=
first_py=
for pair in $MATRIX; do
    core=${pair%%:*}
    py=${pair##*:}
    venv=$(core_venv "$core" "$py") || { failed=$((failed + 1)); failures+=("venv $core"); continue; }
    if [ -z "$first_venv" ]; then
        first_venv=$venv
        first_py=$py
        step simulator "simulator tests (Python $py)" simulator_tests "$venv"
        # the managed-host Pythons this ansible-core supports, other than the controller's (sanity ran that one)
        targets="3.9 3.10 3.11 3.12 3.13"
        [ "$core" = 2.19 ] && targets="3.8 $targets"
        # shellcheck disable=SC2086
        step targets "compile and import on target Pythons, ansible-core $core" target_pythons "$venv" ${targets/$py/}
    fi
    step sanity "sanity, ansible-core $core, Python $py" sanity "$venv" "$py"
    step units "units, ansible-core $core, Python $py" units "$venv" "$py"
    if [ -n "${CHATWOOT_TEST_TARGETS:-}" ]; then
        # shellcheck disable=SC2086
        step integration "integration, $CHATWOOT_TEST_TARGETS, ansible-core $core, Python $py" integration "$venv" "$py" $CHATWOOT_TEST_TARGETS
    elif [ "$venv" = "$first_venv" ]; then
        step integration "integration, all targets, ansible-core $core, Python $py" integration "$venv" "$py"
    else
        # every target on one ansible-core keeps CI well under 30 minutes; the version-sensitive parts
        # (module_defaults groups, output masking, TLS, the module lifecycle) run on every version
        # shellcheck disable=SC2086
        step integration "integration, version-sensitive targets, ansible-core $core, Python $py" integration "$venv" "$py" $CROSS_VERSION_TARGETS
    fi
done
step lint "changelog and docs lint (antsibull)" lint
step ansible-lint "ansible-lint, production profile" ansible_lint
step docs "HTML docsite (sphinx -W), GitHub pages of docs/reference, README links" docs
if [ -n "$first_venv" ]; then
    step build "build, install and ansible-doc" build_and_render "$first_venv"
    step oldlibs "old requests and urllib3 fail with a clear message" old_libraries "$first_venv" "$first_py"
    step workflow "GitHub workflow, CONTRIBUTING.md and README.md agree with this script" workflow "$first_venv"
    step readme "the README's commands on an empty cache (demo.sh, benchmark.sh --quick)" readme_commands
    step browser "browser end-to-end (nginx + chromium)" browser_e2e "$first_venv"
fi

log "summary"
for name in "${failures[@]}"; do
    echo "FAILED: $name"
done
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
