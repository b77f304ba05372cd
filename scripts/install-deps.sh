#!/usr/bin/env bash
# Installs the Debian 12 packages kuaibao needs to build, test and run. Idempotent and quick
# when everything is present: it only calls apt-get when a package is missing.
set -euo pipefail

# The list lives in scripts/packages.txt, which the dependency-closure check reads too. It names
# packages other packages fail to pull in, such as libqt6opengl6-dev, which qt6-charts-dev needs
# on Debian 12 without depending on it.
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$(dirname "$0")/packages.txt" | tr -d ' \t')

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
