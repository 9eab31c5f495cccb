#!/usr/bin/env bash
# Applies the website_widget role to several local "web hosts" against the simulator (test.yml) and checks that
# the API token never reaches the output.
set -euo pipefail

widget_dir=$(mktemp -d)
output=$(mktemp)
trap 'rm -rf "$widget_dir" "$output"' EXIT
export ANSIBLE_ROLES_PATH=..
# a directory per web host of inventory.yml
(cd "$widget_dir" && mkdir shop1 shop2 shop3 a1 a2 b1 c1 c2)

ansible-playbook -i inventory.yml test.yml -e @../../integration_config.yml -e "widget_dir=$widget_dir" "$@" \
    2>&1 | tee "$output"

token=$(sed -n 's/^chatwoot_admin_token: *//p' ../../integration_config.yml)
if [ -z "$token" ] || grep -qF -- "$token" "$output"; then
    echo "FAILED: the API token (or an empty one) appears in the output" >&2
    exit 1
fi
