#!/usr/bin/env bash
# Install what building and testing minipy needs on Debian 12 (as root, or through sudo).
# Quiet and quick when everything is already there. `deps.sh --test` adds what only the tests use:
# Debian's chromium, with which a test screenshots the -X gil-plot SVG (it is skipped without it).
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config libgmp-dev libedit-dev catch2 libbenchmark-dev libre2-dev ccache)
[ "${1:-}" = "--test" ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
