#!/usr/bin/env bash
# End to end in a real browser: the website_widget role injects the Chatwoot snippet into a static site served by
# nginx (sub_filter); headless Chromium loads the page, which loads the simulator's stand-in sdk.js; that reports
# chatwootSDK.run({websiteToken, baseUrl}) back to the simulator, and the token must be the inbox's.
# Usage: browser_widget.sh [VENV] (a venv with ansible-core; default: the one tests/demo.sh uses).
# Installs nginx, chromium and chromium-driver with apt when missing; where it cannot (not root, not Debian) it
# prints "SKIPPED: reason" and exits 0, or fails when CI=true or CHATWOOT_E2E_REQUIRED=1.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/../utils/common.sh"

PACKAGES=(nginx chromium chromium-driver)

skip() {
    if [ "${CI:-}" = true ] || [ "${CHATWOOT_E2E_REQUIRED:-}" = 1 ]; then
        echo "FAILED: the browser test cannot run here and is required (CI=true or CHATWOOT_E2E_REQUIRED=1): $*" >&2
        exit 1
    fi
    echo "SKIPPED: $*"
    exit 0
}

if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
    missing=()
    for pkg in "${PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        [ "$(id -u)" -eq 0 ] || skip "${missing[*]} missing, and installing them with apt-get needs root"
        apt_install "${missing[@]}" || die "apt-get could not install ${missing[*]}"
    fi
elif ! command -v nginx >/dev/null || ! command -v chromium >/dev/null; then
    skip "nginx or chromium missing, and this is not a Debian system (no dpkg and apt-get) to install them on"
fi

venv=${1:-}
[ -n "$venv" ] || venv=$(core_venv 2.19 3.11)
python=$venv/bin/python

work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers run as nobody when the master is root
cleanup() {
    local pid
    if pid=$(cat "$work/nginx.pid" 2>/dev/null); then
        # graceful stop, then make sure the master is gone before its files are
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -TERM "$pid" 2>/dev/null || true
    fi
    stop_simulator
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP  # so that the EXIT trap stops nginx and the simulator then too

# The collection as ansible-playbook finds it: a link to this checkout.
mkdir -p "$work/collections/ansible_collections/community" "$work/conf.d" "$work/site" "$work/chromium"
ln -s "$CW_ROOT" "$work/collections/ansible_collections/community/chatwoot"

start_simulator "$python" || die "the simulator did not start"
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
site_url=http://127.0.0.1:$port
log "simulator at $SIM_URL, site at $site_url, files in $work"

# The static page knows nothing of Chatwoot: nginx adds the widget with the include the role writes.
cat >"$work/site/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Example shop</title></head>
<body>
<h1>Example shop</h1>
<p>Static page without a widget.</p>
</body>
</html>
HTML
chmod 644 "$work/site/index.html"

# A separate nginx master with its own paths; conf.d/*.conf matches nothing until the role has run.
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log $work/access.log;
    client_body_temp_path $work/tmp-body;
    proxy_temp_path $work/tmp-proxy;
    fastcgi_temp_path $work/tmp-fastcgi;
    uwsgi_temp_path $work/tmp-uwsgi;
    scgi_temp_path $work/tmp-scgi;
    server {
        listen 127.0.0.1:$port;
        root $work/site;
        include $work/conf.d/*.conf;
    }
}
NGINX
nginx=(nginx -p "$work/" -c "$work/nginx.conf" -e "$work/error.log")
"${nginx[@]}" -t -q
"${nginx[@]}"

page=$("$python" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' "$site_url/")
case $page in
    *chatwoot*) die "the page has the widget before the role ran" ;;
esac

log "applying the website_widget role"
ANSIBLE_COLLECTIONS_PATH=$work/collections ANSIBLE_STDOUT_CALLBACK=ansible.builtin.default \
    "$venv/bin/ansible-playbook" -i localhost, -c local "$CW_ROOT/tests/e2e/widget_site.yml" \
    -e "ansible_python_interpreter=$python chatwoot_url=$SIM_URL site_url=$site_url e2e_dir=$work"
grep -q 'websiteToken' "$work/chatwoot.html" || die "the role wrote no HTML partial"

# nginx -s reload only signals the master; wait until its new workers serve the page with the widget.
for _ in $(seq 100); do
    page=$("$python" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' "$site_url/")
    case $page in
        *chatwootSDK*) break ;;
    esac
    sleep 0.1
done

log "loading $site_url/ in headless Chromium"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/chromium" \
    --virtual-time-budget=5000 --dump-dom "$site_url/" >"$work/dom.html" 2>"$work/chromium.log" \
    || { cat "$work/chromium.log" >&2; die "chromium failed"; }

"$python" - "$SIM_URL" "$site_url" "$work" <<'PY'
"""The token that reached the browser is the inbox's token as the simulator stores it."""
import json
import sys
import urllib.request

sim_url, site_url, work = sys.argv[1:]


def get(path, **headers):
    request = urllib.request.Request(sim_url + path, headers=headers)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


inboxes = get('/api/v1/accounts/1/inboxes', api_access_token='sim-admin-token')['payload']
ours = [inbox for inbox in inboxes if inbox['name'] == 'End-to-end site']
reports = get('/_simulator/sdk-reports')['reports']
served = urllib.request.urlopen(site_url + '/').read().decode()
dom = open(work + '/dom.html', encoding='utf-8').read()
checks = [
    ('one inbox named End-to-end site', len(ours) == 1),
    ('the page served by nginx has the snippet once, before </body>',
     served.count('chatwootSDK.run') == 1 and served.index('chatwootSDK.run') < served.index('</body>')),
    ('the browser ran the SDK once', len(reports) == 1),
]
if len(ours) == 1 and len(reports) == 1:
    token, report = ours[0]['website_token'], reports[0]
    print('inbox token %s, browser reported %s' % (token, json.dumps(report, sort_keys=True)))
    checks += [
        ('the reported websiteToken is the inbox token', report.get('websiteToken') == token),
        ('the token is the one the page was served with', token in served),
        ('the reported baseUrl is the simulator', report.get('baseUrl') == sim_url),
        ('the page location is the nginx site', report.get('location') == site_url + '/'),
    ]
checks += [
    ('the browser loaded sdk.js from the simulator', 'src="%s/packs/js/sdk.js"' % sim_url in dom),
    ('the hostile launcherTitle stayed inside the script', 'id="pwned"' not in dom),
]
failed = [name for name, ok in checks if not ok]
for name, ok in checks:
    print('%s: %s' % ('ok' if ok else 'FAILED', name))
if failed:
    print('DOM:\n' + dom, file=sys.stderr)
    sys.exit(1)
PY
log "browser end-to-end test passed"
