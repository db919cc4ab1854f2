#!/usr/bin/env bash
# Extraction throughput, ours against Mozilla Readability, on the same generated pages and with the same timing
# method: files read into memory first, one untimed pass, then whole passes until at least BENCH_SECONDS have gone by.
#
#   tests/bench/run_extract_bench.sh
#
# Environment: BUILD_DIR (default build/; should be a Release build), PAGES (200), SIZE_KB (100), BENCH_SECONDS (3),
# ROUNDS (3: alternating rounds of ours and Readability; the medians are judged),
# CPU (the core both run on, default 0; CPU= to let them float), KEEP=1 keeps the generated pages.
# Readability and linkedom are installed with npm into tests/bench/node_modules (git-ignored) on first use.
# Targets: >= 200 pages/s for 100 KB pages on one core, and >= 5x Readability.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build}
pages_count=${PAGES:-200}
size_kb=${SIZE_KB:-100}
seconds=${BENCH_SECONDS:-3}
cpu=${CPU-0}

log() { printf 'run_extract_bench.sh: %s\n' "$*" >&2; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    log "no build in $build: cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release, then BUILD_DIR=build-bench"
    exit 1
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
[ "$build_type" = Release ] || log "warning: $build is a '$build_type' build, not Release: figures will be low"
cmake --build "$build" --target extract_bench >/dev/null

if [ ! -d "$here/node_modules/@mozilla/readability" ] || [ ! -d "$here/node_modules/linkedom" ]; then
    log "installing Readability and linkedom into $here/node_modules"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

pages=$(mktemp -d "${TMPDIR:-/tmp}/credence-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    log "pages kept in $pages"
else
    trap 'rm -rf "$pages"' EXIT
fi
python3 "$here/make_pages.py" --out "$pages" --count "$pages_count" --bench --size-kb "$size_kb"

pin=()
if [ -n "$cpu" ] && command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c "$cpu")
fi

figure() { sed -n "s/^RESULT.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }

# Rounds alternate between the two programs, so that both see the same spells of a busy machine; the medians are
# the figures, the best rounds show what each does undisturbed.
rounds=${ROUNDS:-3}
ours_cpu=()
theirs_cpu=()
ours_mb=()
theirs_mb=()
for ((round = 1; round <= rounds; round++)); do
    ours=$("${pin[@]}" "$build/bin/extract_bench" --suffix html --seconds "$seconds" "$pages")
    theirs=$("${pin[@]}" node "$here/readability_bench.mjs" --suffix html --seconds "$seconds" "$pages")
    if [ "$round" = 1 ]; then
        echo "$ours" | grep -v '^RESULT'
        echo "$theirs" | grep -v '^RESULT'
        ours_errors=$(figure "$ours" errors)
        if [ "$ours_errors" != 0 ]; then
            echo "ours gave an error on $ours_errors of $pages_count pages (see above): no comparison until it extracts them"
            exit 1
        fi
        echo
        echo "HTML, ${size_kb} KB pages, ${pin[*]:-no CPU pinning}, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
            "pages/s by CPU time:"
    fi
    ours_cpu+=("$(figure "$ours" cpu_pages_per_s)")
    theirs_cpu+=("$(figure "$theirs" cpu_pages_per_s)")
    ours_mb+=("$(figure "$ours" cpu_mb_per_s)")
    theirs_mb+=("$(figure "$theirs" cpu_mb_per_s)")
    awk -v r="$round" -v o="${ours_cpu[-1]}" -v t="${theirs_cpu[-1]}" 'BEGIN {
        printf "  round %d: ours %.1f, Readability %.1f, ratio %.2fx\n", r, o, t, o / t }'
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
best() { printf '%s\n' "$@" | sort -g | tail -n 1; }
awk -v o="$(median "${ours_cpu[@]}")" -v t="$(median "${theirs_cpu[@]}")" -v om="$(median "${ours_mb[@]}")" \
    -v tm="$(median "${theirs_mb[@]}")" -v ob="$(best "${ours_cpu[@]}")" -v tb="$(best "${theirs_cpu[@]}")" \
    -v n="$rounds" 'BEGIN {
    printf "  median of %d rounds: ours %.1f pages/s (%.2f MB/s), Readability %.1f pages/s (%.2f MB/s), ratio %.2fx\n",
        n, o, om, t, tm, o / t
    printf "  best rounds:        ours %.1f pages/s, Readability %.1f pages/s, ratio %.2fx\n", ob, tb, ob / tb
    printf "  targets (medians): >= 200 pages/s %s, >= 5x Readability %s\n", (o >= 200 ? "met" : "missed"),
        (o >= 5 * t ? "met" : "missed")
}'

dumps=$("${pin[@]}" "$build/bin/extract_bench" --suffix txt --seconds "$seconds" "$pages")
echo
echo "for reference, the text dumps of the same pages:"
echo "$dumps" | grep -v '^RESULT'
