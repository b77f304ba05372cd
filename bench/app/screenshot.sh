#!/usr/bin/env bash
# Takes the README's screenshot: the real window under Xvfb, in Chinese, with an issue of our
# own (tests/app/demoissues.cpp), saved to docs/images/editor-window.png.
# Usage: bench/app/screenshot.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen KUAIBAO_BENCH_DB="$work/demo.db" "$build/tests/test_app" "[.bench-demo]" > /dev/null
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1360x860x24" bash -c "
  QT_QPA_PLATFORM=xcb '$build/src/app/kuaibao' --db '$work/demo.db' --settings '$work/s.ini' &
  pid=\$!
  sleep 4
  import -window root docs/images/editor-window.png
  kill \$pid"
echo "docs/images/editor-window.png"
