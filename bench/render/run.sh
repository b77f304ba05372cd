#!/usr/bin/env bash
# Times `kuaibao-cli render` of the sample issue 673 as a whole process against the floor: a
# minimal Qt program that only writes one page of the same text with the same fonts
# (floor.cpp). Both run alternately in one loop; prints the median of each and their ratio.
# Usage: bench/render/run.sh [RUNS]   (build kuaibao-cli first; RUNS defaults to 30)
# KUAIBAO_CLI picks the CLI (default build/src/cli/kuaibao-cli); KUAIBAO_IMPORT_CLI the one
# that imports the sample (default: the same).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
cli=${KUAIBAO_CLI:-build/src/cli/kuaibao-cli}
import_cli=${KUAIBAO_IMPORT_CLI:-$cli}
sample=${KUAIBAO_SAMPLE:-../shared/samples/kuaibao-673.txt}
export QT_QPA_PLATFORM=offscreen
[ -x "$cli" ] || { echo "bench: build kuaibao-cli first ($cli)" >&2; exit 1; }
[ -f "$sample" ] || { echo "bench: the sample is absent ($sample)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2046
c++ -O2 -std=c++20 -fPIC bench/render/floor.cpp -o "$tmp/floor" $(pkg-config --cflags --libs Qt6Gui)
"$import_cli" --db "$tmp/a.db" import "$sample" > /dev/null 2>&1
"$cli" --db "$tmp/a.db" render 673 -o "$tmp/warm.pdf" > /dev/null 2>&1   # warm the caches
"$tmp/floor" "$sample" "$tmp/warm-floor.pdf" 2> /dev/null

now() { date +%s%N; }
: > "$tmp/render.ms"
: > "$tmp/floor.ms"
for _ in $(seq "$runs"); do
  t0=$(now); "$cli" --db "$tmp/a.db" render 673 -o "$tmp/673.pdf" > /dev/null 2>&1; t1=$(now)
  "$tmp/floor" "$sample" "$tmp/floor.pdf" 2> /dev/null; t2=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$tmp/render.ms"
  echo $(( (t2 - t1) / 1000 )) >> "$tmp/floor.ms"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }
render_ms=$(median "$tmp/render.ms")
floor_ms=$(median "$tmp/floor.ms")
pages=$(pdfinfo "$tmp/673.pdf" | awk '/^Pages:/ {print $2}')
echo "runs: $runs"
echo "kuaibao-cli render 673 ($pages pages): median ${render_ms} ms"
echo "floor (one page, same text and fonts): median ${floor_ms} ms"
awk -v r="$render_ms" -v f="$floor_ms" 'BEGIN {printf "ratio: %.2f (goal: at most 1.50)\n", r / f}'
