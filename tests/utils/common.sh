# shellcheck shell=bash
# Shared by tests/demo.sh and tests/test.sh: Python interpreters, virtual environments with a given
# ansible-core, the ansible_collections/community/chatwoot tree that ansible-test needs, and the simulator.

CW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CW_CACHE=${CHATWOOT_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/community.chatwoot}
# One collection tree per run, so that runs from several checkouts or shells do not overwrite each other.
CW_COLLECTIONS=$CW_CACHE/trees/run-$$
CW_TREE=$CW_COLLECTIONS/ansible_collections/community/chatwoot
# The run-time requirements plus what the test tools need; a change here rebuilds the venvs.
# distlib: ansible-galaxy needs it for the manifest directives of galaxy.yml.
CW_PIP_PACKAGES=(requests pytest distlib)

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# find_python X.Y: print the path of a working pythonX.Y (PATH, then pyenv's versions under $PYENV_ROOT, ~/.pyenv by
# default, or wherever an installed pyenv says).
find_python() {
    local candidate path root roots=("${PYENV_ROOT:-$HOME/.pyenv}")
    command -v pyenv >/dev/null 2>&1 && root=$(pyenv root 2>/dev/null) && roots+=("$root")
    for candidate in "python$1" "${roots[@]/%//versions/$1.*/bin/python$1}" /usr/local/bin/"python$1" /usr/bin/"python$1"; do
        # an unmatched glob stays a pattern, which command -v rejects
        for path in $candidate; do
            path=$(command -v "$path" 2>/dev/null) || continue
            # pyenv shims of versions that are not enabled exist but exit 127
            if "$path" -c 'import ssl, venv' >/dev/null 2>&1; then
                echo "$path"
                return 0
            fi
        done
    done
    return 1
}

# python_missing X.Y WHAT: why a step cannot run without pythonX.Y, and how to install it.
python_missing() {
    echo "Python $1 is needed for $2 and was found neither on PATH nor in ${PYENV_ROOT:-$HOME/.pyenv}/versions:" \
        "install it (pyenv install $1, then set PYENV_ROOT if pyenv lives elsewhere; or apt-get install python$1 python$1-venv)"
}

# core_venv CORE PY: print the path of a venv with ansible-core CORE.* on Python PY, creating it when missing.
core_venv() {
    local core=$1 py=$2 venv python stamp
    venv=$CW_CACHE/venv/core-$core-py$py
    stamp="ansible-core==$core.* ${CW_PIP_PACKAGES[*]}"
    if [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
        python=$(find_python "$py") || die "$(python_missing "$py" "ansible-core $core")"
        log "creating $venv"
        rm -rf "$venv"
        "$python" -m venv "$venv" >&2
        "$venv/bin/python" -m pip install -q --disable-pip-version-check "ansible-core==$core.*" "${CW_PIP_PACKAGES[@]}" >&2 \
            || die "pip could not install ansible-core $core"
        echo "$stamp" >"$venv/.stamp"
    fi
    prepare_pip_bootstrap "$venv"
    echo "$venv"
}

# tools_venv: print the path of the venv with the pinned tools of tests/utils/tool-requirements.txt (ansible-lint,
# antsibull, sphinx, ansible-builder) on Python 3.12 or 3.13, creating it when missing or when the pins changed.
tools_venv() {
    local venv=$CW_CACHE/venv/tools python stamp
    stamp=$(cat "$CW_ROOT/tests/utils/tool-requirements.txt")
    if [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
        python=$(find_python 3.12) || python=$(find_python 3.13) || die "$(python_missing 3.12 "the lint, docs and build tools (3.13 would do too)")"
        log "creating $venv"
        rm -rf "$venv"
        "$python" -m venv "$venv" >&2
        "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$CW_ROOT/tests/utils/tool-requirements.txt" >&2 \
            || die "pip could not install the tools"
        echo "$stamp" >"$venv/.stamp"
    fi
    echo "$venv"
}

# ansible-test builds its venvs with a get-pip script from a CI server that may be unreachable; it uses
# ~/.ansible/test/cache/get_pip_<version>.py when present, so put our stand-in and the pip wheel there.
prepare_pip_bootstrap() {
    local venv=$1 version cache
    version=$("$venv/bin/python" - <<'PY'
import os, re, ansible_test
src = open(os.path.join(os.path.dirname(ansible_test.__file__), '_internal', 'python_requirements.py')).read()
print(re.search(r"pip='([0-9.]+)'", src).group(1))
PY
) || die "cannot read ansible-test's pip version"
    cache=$HOME/.ansible/test/cache
    if [ ! -f "$cache/get_pip_${version//./_}.py" ]; then
        mkdir -p "$cache"
        "$venv/bin/python" -m pip download -q --disable-pip-version-check --no-deps -d "$cache" "pip==$version" >&2 \
            || die "cannot download pip $version"
        cp "$CW_ROOT/tests/utils/get_pip_standin.py" "$cache/get_pip_${version//./_}.py"
    fi
}

# sync_tree: copy the checkout (tracked and untracked, not ignored files) to $CW_TREE; ansible-test wants
# the collection at .../ansible_collections/community/chatwoot and resolves symlinks, so it is a copy.
sync_tree() {
    # Created first: on a fresh machine the folder does not exist yet, and find's error would stop the
    # set -e scripts (demo.sh, benchmark.sh) without a word.
    mkdir -p "$CW_CACHE/trees" || die "cannot create $CW_CACHE/trees"
    # trees of runs that ended without cleaning up (killed) are removed after a day; a tree another run
    # removes at the same moment is no error
    find "$CW_CACHE/trees" -mindepth 1 -maxdepth 1 -mmin +1440 -exec rm -rf {} + || true
    rm -rf "$CW_TREE"
    mkdir -p "$CW_TREE"
    if git -C "$CW_ROOT" rev-parse --git-dir >/dev/null 2>&1; then
        (cd "$CW_ROOT" && git ls-files -z -co --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) \
            | tar -xf - -C "$CW_TREE"
    else
        (cd "$CW_ROOT" && tar --exclude=./tests/output -cf - .) | tar -xf - -C "$CW_TREE"
    fi
}

remove_tree() {
    rm -rf "$CW_COLLECTIONS"
}

# start_simulator PYTHON [ARGS...]: start a Chatwoot simulator on a free port; sets SIM_URL and SIM_PID.
start_simulator() {
    local python=$1 logfile
    shift
    logfile=$(mktemp)
    PYTHONPATH="$CW_ROOT/tests/simulator" "$python" -m chatwoot_simulator --port 0 "$@" >"$logfile" 2>&1 &
    SIM_PID=$!
    SIM_PIDS+=("$SIM_PID")
    for _ in $(seq 100); do
        SIM_URL=$(grep -o 'http[s]*://[0-9.]*:[0-9]*' "$logfile" | head -n 1 || true)  # no match yet is no error under set -e
        [ -n "$SIM_URL" ] && return 0
        kill -0 "$SIM_PID" 2>/dev/null || break
        sleep 0.1
    done
    cat "$logfile" >&2
    die "the simulator did not start"
}

# stop_simulator: stop every simulator start_simulator started.
stop_simulator() {
    local pid
    for pid in "${SIM_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    SIM_PIDS=()
}
SIM_PIDS=()

# make_test_ca DIR: a throw-away CA (DIR/ca.pem) and a certificate for 127.0.0.1 signed by it (DIR/server.pem, .key).
make_test_ca() {
    local dir=$1
    mkdir -p "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=community.chatwoot test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null || return 1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null || return 1
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" \
        "authorityKeyIdentifier=keyid" "subjectKeyIdentifier=hash" >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
}

# apt_install PACKAGE...: install Debian packages that are missing, when we are root on Debian; else return 1.
apt_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "cannot install ${missing[*]}: not root on a Debian system" >&2
        return 1
    fi
    log "installing ${missing[*]}"
    if [ -z "${CW_APT_UPDATED:-}" ]; then
        apt-get update -qq >&2 || return 1
        CW_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
