#!/usr/bin/env bash
# Fails when any translatable string in the sources lacks its zh_CN translation: regenerates
# the catalogues into a scratch copy (the committed ones are not touched) and lists the gaps.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp resources/i18n/*.ts "$scratch"/ 2>/dev/null || true
scripts/update-translations.sh "$scratch"
if ! python3 scripts/ts-fill.py --missing "$scratch"/*.ts > "$scratch/missing.txt"; then
  echo "These strings have no zh_CN translation yet (run scripts/update-translations.sh, then fill them):"
  cat "$scratch/missing.txt"
  exit 1
fi
echo "every string has its zh_CN translation"
