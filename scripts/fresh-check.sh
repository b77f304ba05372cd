#!/usr/bin/env bash
# Proves the README on a machine that is not fresh: makes a throwaway Debian 12 root with
# mmdebstrap (from Debian's own packages: apt, git and nothing else of this machine), puts a
# clean clone of the committed tree into it (and ../shared/samples when present), then runs the
# README's commands there as a newcomer would: `make test` (which installs what
# scripts/packages.txt lists), then starts the built window offscreen. The root is discarded
# afterwards. Needs root (or sudo), mmdebstrap and network access to the Debian mirror.
# Usage: scripts/fresh-check.sh [MIRROR]   (not part of `make test`; takes about an hour)
set -euo pipefail
cd "$(dirname "$0")/.."
mirror=${1:-http://deb.debian.org/debian}
command -v mmdebstrap > /dev/null || { echo "fresh-check: needs mmdebstrap (apt-get install mmdebstrap)" >&2; exit 1; }
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --no-local . "$work/kuaibao"
if [ -d ../shared/samples ]; then
  mkdir -p "$work/shared" && cp -r ../shared/samples "$work/shared/"
fi
# Inside the root the clone lives at /src/kuaibao, so ../shared is /src/shared.
inside='set -e
cd /src/kuaibao
export LANG=C.UTF-8
time make test
QT_QPA_PLATFORM=offscreen KUAIBAO_QUIT_WHEN_READY=1 build/src/app/kuaibao --db /tmp/fresh.db
echo "fresh-check: make test passed and the window started in a fresh Debian 12 root"'
# Output to /dev/null: mmdebstrap builds the root in a temporary directory and removes it.
"${as_root[@]}" mmdebstrap --variant=apt --include=git,ca-certificates,make \
  --customize-hook='mkdir -p "$1/src"' \
  --customize-hook="copy-in $work/kuaibao /src" \
  --customize-hook="if [ -d $work/shared ]; then cp -r $work/shared \"\$1/src/\"; fi" \
  --customize-hook="chroot \"\$1\" bash -c '$inside'" \
  bookworm /dev/null "$mirror"
