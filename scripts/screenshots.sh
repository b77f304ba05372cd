#!/usr/bin/env bash
# Takes the manual's screenshots (docs/manual/images/*.png) from the real window under Xvfb,
# in Chinese: the first start on an empty archive, then an archive of demo issues
# (tests/app/demoissues.cpp) with an issue open, the sign-off panel and the archive search,
# each reached by the keys a user would press.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (needs xvfb-run, xdotool and ImageMagick's import)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
for tool in xvfb-run xdotool import; do
  command -v "$tool" > /dev/null || { echo "screenshots: $tool is not installed (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=docs/manual/images
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen KUAIBAO_BENCH_DB="$work/demo.db" "$build/tests/test_app" "[.bench-demo]" > /dev/null
# People who sign off, so that the sign-off panel shows who is waiting for what.
printf 'demo-password\n' > "$work/password"
"$build/src/cli/kuaibao-cli" --db "$work/demo.db" people add 王晓明 --roles 编校 --password-file "$work/password" > /dev/null
"$build/src/cli/kuaibao-cli" --db "$work/demo.db" people add 张东辉 --roles 审核,核签 --password-file "$work/password" > /dev/null

# One X session per archive: start the window, wait until it is mapped, then run the steps.
shoot() {
  local db=$1 steps=$2
  xvfb-run -a -s "-screen 0 1360x860x24" bash -euc "
    KUAIBAO_LANG=zh_CN QT_QPA_PLATFORM=xcb '$build/src/app/kuaibao' --db '$db' --settings '$work/s.ini' &
    pid=\$!
    win=\$(xdotool search --sync --onlyvisible --pid \$pid | head -1)
    xdotool windowactivate --sync \$win 2> /dev/null || xdotool windowfocus --sync \$win
    sleep 3
    $steps
    kill \$pid"
}

rm -f "$work/s.ini"
shoot "$work/empty.db" "import -window root '$out/first-start.png'"
rm -f "$work/s.ini"
shoot "$work/demo.db" "
    import -window root '$out/editing.png'
    xdotool key alt+g; sleep 1; xdotool key s; sleep 3
    import -window root '$out/signoff.png'
    xdotool key Escape; sleep 1
    xdotool windowactivate --sync \$win 2> /dev/null || xdotool windowfocus --sync \$win
    xdotool key ctrl+shift+f; sleep 2; xdotool type --delay 80 '创城'; xdotool key Return; sleep 2
    import -window root '$out/search.png'"
ls -l "$out"/*.png
