#!/bin/sh
# Whether the importer's cost is linear in the text: callgrind's instruction counts of one
# import of the seeds concatenated K, 2K and 4K times (bench-import --once), per byte. Linear
# cost gives the same count per byte at every size (the ratios 2× and 4× stay near 2 and 4).
#   tests/bench/import-linear.sh BUILD_DIR [K]
set -eu
build=${1:?usage: import-linear.sh BUILD_DIR [K]}
k=${2:-4}
top=$(cd "$(dirname "$0")/../.." && pwd)
bench="$build/tests/bench/bench-import"
seeds="$top/tests/data/seeds"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bytes1=$(cat "$seeds"/0*.txt | wc -c)
first=
for m in 1 2 4; do
  copies=$((k * m))
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$m" "$bench" --once -k "$copies" "$seeds"/0*.txt \
    >/dev/null 2>"$out/log.$m"
  ir=$(sed -n 's/^summary: *//p' "$out/cg.$m")
  bytes=$(( (bytes1 + 2 * $(ls "$seeds"/0*.txt | wc -l)) * copies ))
  [ -n "$first" ] || first=$ir
  awk -v m="$m" -v c="$copies" -v b="$bytes" -v ir="$ir" -v f="$first" 'BEGIN {
    printf "%d× (%3d copies, %9d bytes): %13d instructions, %7.1f per byte, %.2f× the 1× count\n", m, c, b, ir, ir / b, ir / f }'
done
