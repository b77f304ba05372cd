#!/usr/bin/env bash
# Builds every libFuzzer target with clang and runs each for SECONDS; fails on any crash, hang,
# leak or sanitizer report. Usage: scripts/run-fuzzers.sh SECONDS
#
# The fuzz build lives in its own folder, build-fuzz/ at the top of the repository (override
# with KUAIBAO_FUZZ_BUILD_DIR); the normal g++ build is never touched. In that folder:
#   fuzz/<target>            the fuzzer binaries (fuzz/targets.txt lists them)
#   fuzz-work/<target>/      inputs the fuzzer found interesting this run (the committed seed
#                            corpus in tests/fuzz/corpus/<name>/ is only read, never written)
#   fuzz-artifacts/          the input that crashed a target, if any: reproduce with
#                            build-fuzz/fuzz/<target> build-fuzz/fuzz-artifacts/<file>
# A target fuzz_<name> uses the seed corpus tests/fuzz/corpus/<name>/ and the dictionary
# tests/fuzz/<name>.dict when they exist.
set -euo pipefail

seconds=${1:-}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 SECONDS (how long to run each fuzz target, a whole number of 1 or more)" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
root=$(pwd)
build=${KUAIBAO_FUZZ_BUILD_DIR:-build-fuzz}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
jobs=${KUAIBAO_FUZZ_JOBS:-2}

for tool in clang clang++ cmake ninja; do
    if ! command -v "$tool" > /dev/null; then
        echo "run-fuzzers: $tool is not installed (Debian: clang, libclang-rt-14-dev, cmake, ninja-build)" >&2
        exit 1
    fi
done

echo "run-fuzzers: configuring $build with clang"
mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKUAIBAO_FUZZ=ON -DKUAIBAO_WERROR=OFF -DKUAIBAO_SANITIZE=OFF -DKUAIBAO_PCH=OFF \
    > "$build/configure.log" 2>&1 || {
    cat "$build/configure.log" >&2
    echo "run-fuzzers: configuring the fuzz build failed (log above)" >&2
    exit 1
}
mapfile -t targets < <(grep -v '^$' "$build/fuzz/targets.txt")
if [ "${#targets[@]}" -eq 0 ]; then
    echo "run-fuzzers: no fuzz targets are defined (tests/fuzz/CMakeLists.txt)" >&2
    exit 1
fi
echo "run-fuzzers: building ${targets[*]}"
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/fuzz-artifacts"
failed=()
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    work="$build/fuzz-work/$target"
    mkdir -p "$work"
    corpora=("$work")
    [ -d "$root/tests/fuzz/corpus/$name" ] && corpora+=("$root/tests/fuzz/corpus/$name")
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384
             -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$target-")
    [ -f "$root/tests/fuzz/$name.dict" ] && options+=(-dict="$root/tests/fuzz/$name.dict")
    echo "run-fuzzers: running $target for ${seconds}s"
    if "$build/fuzz/$target" "${options[@]}" "${corpora[@]}" > "$build/fuzz-artifacts/$target.log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
            "$build/fuzz-artifacts/$target.log" | sed "s/^/run-fuzzers: $target /"
    else
        tail -n 60 "$build/fuzz-artifacts/$target.log" >&2
        echo "run-fuzzers: $target FAILED; the input is in $build/fuzz-artifacts/ and the log in" \
             "$build/fuzz-artifacts/$target.log" >&2
        failed+=("$target")
    fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzzers: failing targets: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: all ${#targets[@]} target(s) ran ${seconds}s each without a finding"
