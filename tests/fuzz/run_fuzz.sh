#!/usr/bin/env bash
# Fuzzes article extraction (extractBytes() as HTML and as a text dump, then claim segmentation) with libFuzzer,
# AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer.
#
#   tests/fuzz/run_fuzz.sh [SECONDS]          fuzz for SECONDS (default 600), then list what was found
#   tests/fuzz/run_fuzz.sh --reproduce FILE…  run the target once on each FILE (a saved crash, say)
#
# Builds tests/fuzz/ as a project of its own with clang into build-fuzz/ (FUZZ_BUILD_DIR to change), with a clang
# whose C++ support compiles Qt 6.8's headers: clang++-19 (on Debian 12: apt-get install -t trixie clang-19
# libclang-rt-19-dev). CXX=... picks another. The seed corpus is tests/data, tests/data/fuzz-crashes and small pages
# from tests/bench/make_pages.py; the grown corpus stays in build-fuzz/corpus between runs, and crashes, leaks and
# timeouts land in build-fuzz/artifacts/. Copy a reproducer worth keeping to tests/data/fuzz-crashes/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}

log() { printf 'run_fuzz.sh: %s\n' "$*" >&2; }

pick_compiler() {
    local candidate
    for candidate in ${CXX:-} clang++-19 clang++-20 clang++-18 clang++; do
        if command -v "$candidate" >/dev/null 2>&1; then
            printf '%s' "$candidate"
            return
        fi
    done
    log "no clang++ found: apt-get install -t trixie clang-19 libclang-rt-19-dev"
    exit 1
}

cxx=$(pick_compiler)
cc=${cxx/clang++/clang}
mkdir -p "$build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" --target extract_fuzz -j"${JOBS:-2}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
# Stack traces need llvm-symbolizer; a version other than the compiler's reads its DWARF well enough.
for symbolizer in "llvm-symbolizer-${cxx##*-}" llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null 2>&1; then
        export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v "$symbolizer")}
        break
    fi
done
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8

if [ "${1:-}" = "--reproduce" ]; then
    shift
    exec "$build/extract_fuzz" -runs=1 "$@"
fi

seconds=${1:-600}
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$build/corpus" "$build/artifacts"
find "$root/tests/data" -maxdepth 2 -type f -exec cp {} "$seeds/" \;
python3 "$root/tests/bench/make_pages.py" --out "$seeds/pages" --count 42 --words 80-300 --seed 7 2>/dev/null
mv "$seeds"/pages/*.html "$seeds"/pages/*.txt "$seeds/"
rm -rf "$seeds/pages"

log "fuzzing with $("$cxx" --version | head -n1) for $seconds s; log in $build/fuzz.log"
status=0
# -timeout: an input taking longer than this is reported as a hang. Inputs longer than -max_len are cut: short
# inputs run many times faster, and a page's structure fits in 16 KB.
"$build/extract_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="${MAX_LEN:-16384}" \
    -dict="$here/extract.dict" -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
    "$build/corpus" "$seeds" >"$build/fuzz.log" 2>&1 || status=$?
grep -E '^#[0-9]+' "$build/fuzz.log" | tail -n 1 >&2 || true
grep -E '^(==[0-9]+==|SUMMARY|stat::|Done|.*runtime error)' "$build/fuzz.log" >&2 || true

found=$(find "$build/artifacts" -type f | sort)
if [ -n "$found" ]; then
    log "found (reproduce with: $0 --reproduce FILE):"
    printf '  %s\n' $found >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    log "the fuzzer stopped with status $status and left no artifact: see $build/fuzz.log"
    exit 1
fi
log "nothing found in $seconds s"
