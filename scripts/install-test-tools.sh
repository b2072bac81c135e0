#!/usr/bin/env bash
# Installs the non-Java DynamoDB clients the wire-compatibility tests drive (Debian's python3-boto3 and awscli).
# Idempotent, non-interactive and quiet; prints one line saying what it did. It never fails the build: when the
# packages cannot be installed it says why and exits 0, and the tests then report themselves skipped.
set -u

packages=(python3-boto3 awscli)

say() {
	echo "install-test-tools: $*"
	exit 0
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	say "skipped: apt-get/dpkg-query not available (not a Debian-based system); wire tests will be skipped"
fi

missing=()
for package in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
	if [[ "$status" != "install ok installed" ]]; then
		missing+=("$package")
	fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
	say "nothing to do: ${packages[*]} already installed"
fi

run=()
if [[ $(id -u) -ne 0 ]]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
		run=(sudo -n)
	else
		say "skipped: ${missing[*]} missing and not root (no password-less sudo); wire tests will be skipped"
	fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
apt=(timeout 900 ${run[@]+"${run[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get -qq -y -o Dpkg::Use-Pty=0)
if ! "${apt[@]}" update >"$log" 2>&1; then
	say "skipped: apt-get update failed ($(tail -n 1 "$log")); wire tests will be skipped"
fi
if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
	say "skipped: apt-get install ${missing[*]} failed ($(tail -n 1 "$log")); wire tests will be skipped"
fi
say "installed ${missing[*]} with apt-get"
