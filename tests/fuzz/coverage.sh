#!/bin/sh
# Line and function coverage of the library reached by each harness's corpus (the seeds, the
# regression inputs and what the long runs found: RUNS/work-NAME/corpus or RUNS/NAME/corpus,
# RUNS by default build-fuzz/tests/fuzz; tests/fuzz/long-runs.sh writes the second form):
# a clang source-based coverage build of the replay drivers, one profile per harness, reported
# over lib/ with llvm-cov. Prints one line per harness and writes the full reports to
# build-cov/coverage-NAME.txt.
#
#     tests/fuzz/coverage.sh [RUNS [NAME...]]     (from the top of the source tree; NAME: only
#                                                  those harnesses, e.g. load import-html)
set -eu
cd "$(dirname "$0")/../.."
B=build-cov
if [ ! -d $B ]; then
  CC=clang meson setup $B -Dbuildtype=debug -Dpython_bindings=false -Dbenchmarks=false -Dexamples=false \
    -Dc_args='-fprofile-instr-generate -fcoverage-mapping' -Dc_link_args='-fprofile-instr-generate' >/dev/null
fi
names="load text query edit import-text import-html import-docx"
W=${1:-build-fuzz/tests/fuzz}
[ $# -gt 1 ] && shift && names="$*"
meson compile -C $B $(for n in $names; do echo tests/fuzz/fuzz-$n-replay; done) >/dev/null
D=tests/data; S=examples/data; F=tests/fuzz
XML="$D $D/foreign $D/hostile $D/expected $D/expected/canonical $D/corpus-dev-xml $S"
for name in $names; do
  case $name in
    load) seeds="$XML $F/regressions/load" ;;
    text) seeds="$F/seeds/text $F/regressions/text" ;;
    query) seeds="$XML $F/seeds/query $F/regressions/query" ;;
    edit) seeds="$F/seeds/edit $F/regressions/edit" ;;
    import-text) seeds="$D/import $D/corpus-dev $D/seeds $D/import-heldout $F/regressions/import-text" ;;
    import-html) seeds="$D/import $F/regressions/import-html" ;;
    import-docx) seeds="$D/import $F/docx-parts $F/regressions/import-docx" ;;
  esac
  found=""
  [ -d $W/work-$name/corpus ] && found=$W/work-$name/corpus
  [ -d $W/$name/corpus ] && found=$W/$name/corpus
  rm -f $B/$name.profraw
  LLVM_PROFILE_FILE=$B/$name.profraw $B/tests/fuzz/fuzz-$name-replay $seeds $found >/dev/null 2>&1 || true
  llvm-profdata merge -sparse $B/$name.profraw -o $B/$name.profdata
  llvm-cov report $B/tests/fuzz/fuzz-$name-replay -instr-profile=$B/$name.profdata \
    $(ls lib/*/*.c) > $B/coverage-$name.txt
  total=$(grep '^TOTAL' $B/coverage-$name.txt)
  inputs=$(find $seeds $found -maxdepth 1 -type f ! -name '.*' 2>/dev/null | wc -l)
  # TOTAL: regions, missed, cover, functions, missed, executed, lines, missed, cover, ...
  echo "$name: $inputs inputs; lib/ lines $(echo $total | awk '{print $10}'), functions $(echo $total | awk '{print $7}'), regions $(echo $total | awk '{print $4}')"
done
