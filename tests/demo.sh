#!/usr/bin/env bash
# The main job on the built-in default: start the Chatwoot simulator, run docs/examples/website_inbox.yml
# against it (create or update a website inbox) and print the widget snippet. Installs what it needs.
# The playbook runs on the implicit localhost (the venv's Python, which has requests): the two warnings about no
# inventory are switched off, as a newcomer reads them as errors.
set -euo pipefail
# shellcheck source=tests/utils/common.sh
source "$(dirname "$0")/utils/common.sh"

venv=$(core_venv 2.19 3.11)
sync_tree
trap 'stop_simulator; remove_tree' EXIT
start_simulator "$venv/bin/python" "$@"
log "Chatwoot simulator at $SIM_URL"
CHATWOOT_URL=$SIM_URL CHATWOOT_API_ACCESS_TOKEN=sim-admin-token CHATWOOT_ACCOUNT_ID=1 \
    ANSIBLE_COLLECTIONS_PATH=$CW_COLLECTIONS ANSIBLE_STDOUT_CALLBACK=ansible.builtin.default \
    ANSIBLE_INVENTORY_UNPARSED_WARNING=false ANSIBLE_LOCALHOST_WARNING=false \
    "$venv/bin/ansible-playbook" "$CW_ROOT/docs/examples/website_inbox.yml" --diff
