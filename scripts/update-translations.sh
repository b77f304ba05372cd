#!/usr/bin/env bash
# Refreshes the zh_CN catalogues from the sources: one .ts per source folder
# (src/app/signoff -> resources/i18n/app_signoff_zh_CN.ts), so that work in different folders
# never edits the same catalogue. Then fill the new entries (scripts/ts-fill.py helps).
# Usage: scripts/update-translations.sh [OUTPUT_DIR]   (default resources/i18n)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/i18n}
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
mkdir -p "$out"
while IFS= read -r dir; do
  files=$(find "$dir" -maxdepth 1 \( -name '*.cpp' -o -name '*.h' \) | sort)
  [ -n "$files" ] || continue
  name=$(echo "${dir#src/}" | tr '/' '_')
  # shellcheck disable=SC2086
  "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language zh_CN \
    $files -ts "$out/${name}_zh_CN.ts"
done < <(find src -type d | sort)
if compgen -G "ui/*.ui" > /dev/null; then
  "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language zh_CN \
    ui/*.ui -ts "$out/ui_zh_CN.ts"
fi
