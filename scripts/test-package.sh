#!/usr/bin/env bash
# Installs the built package as an office's IT would (apt-get install ./kuaibao_*.deb), runs
# both programs from /usr/bin, then removes it and checks nothing of it is left. Prints the
# package's size and the install time. Skipped, saying why, where apt-get cannot run as root
# or where kuaibao is already installed (the test must not replace someone's copy).
# Usage: test-package.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
cd "$build"

skip() {
  echo "package-test: SKIPPED: $*"
  exit 0
}

deb=$(ls -t kuaibao_*.deb 2> /dev/null | head -1 || true)
[ -n "$deb" ] || { echo "package-test: no kuaibao_*.deb in $build (run make package)" >&2; exit 1; }
command -v apt-get > /dev/null && command -v dpkg > /dev/null || skip "apt-get and dpkg are not available"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2> /dev/null || skip "needs root or password-less sudo to install a package"
  as_root=(sudo -n)
fi
if dpkg-query -W -f='${Status}' kuaibao 2> /dev/null | grep -q 'install ok installed'; then
  skip "a kuaibao package is already installed on this machine; not replacing it"
fi

work=$(mktemp -d)
cleanup() {
  if dpkg-query -W -f='${Status}' kuaibao 2> /dev/null | grep -q 'install ok installed'; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kuaibao > /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "package-test: FAILED: $*" >&2
  exit 1
}

size_kib=$(( $(stat -c %s "$deb") / 1024 ))
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
start=$(date +%s.%N)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "./$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install ./$deb"; }
install_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')

for f in /usr/bin/kuaibao /usr/bin/kuaibao-cli /usr/share/applications/org.kuaibao.Kuaibao.desktop \
    /usr/share/metainfo/org.kuaibao.Kuaibao.metainfo.xml /usr/share/icons/hicolor/scalable/apps/kuaibao.svg \
    /usr/share/man/man1/kuaibao.1.gz /usr/share/man/man1/kuaibao-cli.1.gz \
    /usr/share/doc/kuaibao/manual/index.md /usr/share/kuaibao/templates/mentougou.json; do
  [ -e "$f" ] || fail "$f is not installed"
done

# The command line, from the installed files, on an archive of its own.
export HOME="$work/home" KUAIBAO_DB="$work/archive.db"
mkdir -p "$HOME"
/usr/bin/kuaibao-cli --help | grep -q '^Usage: kuaibao-cli' || fail "kuaibao-cli --help"
number=$(/usr/bin/kuaibao-cli new) || fail "kuaibao-cli new"
/usr/bin/kuaibao-cli list | grep -qP "^$number\t" || fail "kuaibao-cli list does not show issue $number"
# The desktop program: --version needs no display; the window opens offscreen and quits.
[ "$(/usr/bin/kuaibao --version)" = "kuaibao $(dpkg-deb -f "$deb" Version)" ] || fail "kuaibao --version"
QT_QPA_PLATFORM=offscreen KUAIBAO_QUIT_WHEN_READY=1 timeout 60 /usr/bin/kuaibao \
  --settings "$work/settings.ini" > "$work/app.log" 2>&1 || { cat "$work/app.log" >&2; fail "kuaibao (offscreen) did not start and quit"; }

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kuaibao > "$work/remove.log" 2>&1 \
  || { cat "$work/remove.log" >&2; fail "apt-get remove kuaibao"; }
for f in /usr/bin/kuaibao /usr/bin/kuaibao-cli /usr/share/kuaibao /usr/share/doc/kuaibao/manual; do
  [ ! -e "$f" ] || fail "$f is left after apt-get remove"
done
printf 'package-test: %s (%d KiB, %d KiB installed) installed in %.1f s, ran and removed cleanly\n' \
  "$deb" "$size_kib" "$installed_kib" "$install_seconds"
