#!/usr/bin/env bash
# An exported account must never run code on the controller (issue 21). Members of the account plant Jinja payloads in
# every exported kind (an agent through its own token: a canned response and its own name); the account is exported
# with the guide's exact steps into group_vars, applied by the account role from there, and exported again. No payload
# may run (the marker file each would create stays absent), each must reach Chatwoot and come back byte for byte, and
# a second apply changes nothing.
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ANSIBLE_ROLES_PATH=..
marker=$work/marker
mkdir -p "$work/group_vars/all"
cp export.yml apply.yml "$work/"
printf 'localhost ansible_connection=local ansible_python_interpreter=%s\n' "$(command -v python)" >"$work/inventory"
# The payload, kept literal here by !unsafe: the text an agent types into Chatwoot.
cat >"$work/payload.yml" <<YAML
payload: !unsafe "{{ lookup('ansible.builtin.pipe', 'touch $marker') }}"
YAML
config=$(cd ../.. && pwd)/integration_config.yml

ansible-playbook -i "$work/inventory" plant.yml -e @"$config" -e @"$work/payload.yml" "$@"
# the guide's export play, from its own directory: it writes group_vars/all/chatwoot_account.yml beside itself
ansible-playbook -i "$work/inventory" "$work/export.yml" -e @"$config" "$@"
cp "$work/group_vars/all/chatwoot_account.yml" "$work/first_export.yml"
grep -q "!unsafe '{{ lookup(''ansible.builtin.pipe''" "$work/first_export.yml" \
    || { echo "FAILED: the export does not hold the payload marked !unsafe"; exit 1; }
# the guide's apply play reads that file as group variables (twice: the second run must change nothing), in check mode
# first
for mode in --check "" ""; do
    # shellcheck disable=SC2086
    rc=0
    ansible-playbook -i "$work/inventory" "$work/apply.yml" -e @"$config" $mode "$@" | tee "$work/apply.log" || rc=$?
    # the marker first: a rendered payload also makes the apply fail (its text is then empty)
    [ ! -e "$marker" ] || { echo "FAILED: a payload ran on the controller (apply ${mode:-for real})"; exit 1; }
    [ "$rc" -eq 0 ] || exit "$rc"
done
grep -q 'changed=0' "$work/apply.log" || { echo "FAILED: the second apply changed something"; exit 1; }
ansible-playbook -i "$work/inventory" verify.yml -e @"$config" -e @"$work/payload.yml" -e "work=$work" "$@"
[ ! -e "$marker" ] || { echo "FAILED: a payload ran on the controller"; exit 1; }
echo "no payload ran; every one came back as written"
