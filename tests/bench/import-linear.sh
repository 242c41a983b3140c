#!/bin/sh
# Whether the importer's cost is linear in the text: callgrind's instruction counts of one
# import of the texts concatenated K, 2K and 4K times (bench-import --once), per byte. Linear
# cost gives the same count per byte at every size (2× and 4× the text: near 2 and 4 times the
# instructions). Under valgrind the rules match without PCRE2's JIT (lib/import/rules.c), so
# the counts are the interpreter's, several times those of a normal run.
#   tests/bench/import-linear.sh BUILD_DIR [K [FILE.txt...]]   (default: 1, the seeds)
set -eu
build=${1:?usage: import-linear.sh BUILD_DIR [K [FILE.txt...]]}
k=${2:-1}
top=$(cd "$(dirname "$0")/../.." && pwd)
shift $(( $# >= 2 ? 2 : 1 ))
[ $# -gt 0 ] || set -- "$top"/tests/data/seeds/0*.txt
bench="$build/tests/bench/bench-import"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bytes1=$(( $(cat "$@" | wc -c) + 2 * $# ))
first=
for m in 1 2 4; do
  copies=$((k * m))
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$m" "$bench" --once -k "$copies" "$@" \
    >/dev/null 2>"$out/log.$m"
  ir=$(sed -n 's/^summary: *//p' "$out/cg.$m")
  [ -n "$first" ] || first=$ir
  awk -v m="$m" -v c="$copies" -v b="$((bytes1 * copies))" -v ir="$ir" -v f="$first" 'BEGIN {
    printf "%d× (%3d copies, %9d bytes): %14.0f instructions, %8.1f per byte, %.2f× the 1× count\n", m, c, b, ir, ir / b, ir / f }'
done
