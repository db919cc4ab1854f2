#!/usr/bin/env bash
# Formats the C++ sources with the one clang-format the project pins (19: Debian 12 and Debian 13 both package it),
# so a formatting check gives the same answer on every machine.
#   packaging/format.sh          rewrite the files in place
#   packaging/format.sh --check  change nothing; list the files that differ and exit 1 if any does
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool=${CLANG_FORMAT:-clang-format-19}
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "format.sh: $tool is not installed (packaging/dev.sh deps installs it)" >&2
    exit 1
fi

mapfile -d '' files < <(cd "$here" && find app ui tests \( -path tests/data -o -path tests/bench/realistic \
    -o -path tests/bench/realistic-2 \) -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || { echo "format.sh: no sources found under $here" >&2; exit 1; }

cd "$here"
if [ "${1:-}" = --check ]; then
    # One run over all files; with --Werror each unformatted place is an error naming its file.
    if ! report=$("$tool" --dry-run --Werror "${files[@]}" 2>&1); then
        printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/not formatted: \1/p' | sort -u >&2
        echo "format.sh: run packaging/format.sh to format these files with $("$tool" --version)" >&2
        exit 1
    fi
    echo "format.sh: ${#files[@]} files formatted as $("$tool" --version | sed 's/.*version //')"
else
    "$tool" -i "${files[@]}"
fi
