#!/usr/bin/env bash
# Editor window benchmarks (figures go to docs/performance.md, "Editor window"):
#   1. start to a shown, usable window with a 10,000-issue archive, whole process;
#   2. opening an issue (loaded, laid out, painted);
#   3. the UI thread's time per keystroke while typing into a four-page issue.
# Usage: bench/app/run.sh [BUILD_DIR]   (default build; needs targets kuaibao and test_app)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
app="$build/src/app/kuaibao"
drivers="$build/tests/test_app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "== generating a 10,000-issue archive through IssueRepository"
KUAIBAO_BENCH_DB="$work/archive.db" KUAIBAO_BENCH_COUNT=10000 "$drivers" "[.bench-generate]" \
  | grep generated

echo "== start to a shown window (whole process, 10 runs; the first warms the disk cache)"
median_max() { sort -n | awk '{v[NR]=$1} END {printf "median %d ms, max %d ms", v[int((NR+1)/2)], v[NR]}'; }
run_startup() {
  # Wall time of the whole process and its CPU time (user + system), 10 runs.
  local runs
  runs=$(for i in $(seq 1 10); do
    KUAIBAO_QUIT_WHEN_READY=1 /usr/bin/time -f "%e %U %S" "$app" --db "$work/archive.db" \
      --settings "$work/settings.ini" 2>&1 >/dev/null | tail -1
  done)
  echo "wall $(echo "$runs" | awk '{print int($1*1000)}' | median_max);" \
       "CPU $(echo "$runs" | awk '{print int(($2+$3)*1000)}' | median_max)"
}
echo -n "offscreen: "; run_startup
if command -v xvfb-run > /dev/null; then
  echo -n "Xvfb (xcb): "
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    bash -c "$(declare -f median_max run_startup); app=$app; work=$work; run_startup"
fi

echo "== opening issues of that archive"
KUAIBAO_BENCH_DB="$work/archive.db" "$drivers" "[.bench-open]" | grep "open issue"

echo "== typing into a four-page issue"
"$drivers" "[.bench-typing]" | grep -E "typing into|one save"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
