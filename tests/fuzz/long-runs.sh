#!/bin/bash
# The long runs of every libFuzzer harness (tests/fuzz/README.md), each until it has had SECONDS
# of CPU time (not wall-clock time: on a machine shared with other work an hour of wall clock
# can be a few minutes of CPU), JOBS at a time (default: the number of processors) at
# `nice -n NICE` (default 10), with everything they write kept outside the source tree:
#
#     [JOBS=n] [NICE=n] [ONLY="load text"] tests/fuzz/long-runs.sh [OUT [SECONDS [BUILD]]]
#
# (from the top of the source tree; ONLY runs some of the harnesses, in its order).
#
# OUT (default /tmp/congdoan-fuzz) gets, per harness NAME: NAME/corpus (what the run found; a
# later run goes on from it), NAME/artifacts (crashes, leaks, timeouts, slow units), NAME/log.txt
# (libFuzzer's output and its final statistics), NAME/time.txt (GNU time -v: the CPU time the
# run actually had, which on a shared machine is much less than the wall-clock time), NAME/start
# and NAME/end (seconds since the epoch) and NAME/rc (libFuzzer's exit status). The harnesses
# are copied to OUT/bin first, so that rebuilding BUILD (default build-fuzz, the clang build of
# the README) during the runs changes nothing; OUT/bin/COMMIT says which commit they are.
# tests/fuzz/fuzz-figures.py OUT prints the table of tests/README.md from these files.
set -eu
cd "$(dirname "$0")/../.."
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 1)}
NICE=${NICE:-10}
OUT=${1:-/tmp/congdoan-fuzz}
SECONDS_EACH=${2:-3600}
BUILD=${3:-build-fuzz}
W=$BUILD/tests/fuzz
names=${ONLY:-"load text query edit import-text import-html import-docx"}
mkdir -p "$OUT/bin"
for name in $names; do
  [ -x "$W/fuzz-$name" ] || { echo "long-runs.sh: $W/fuzz-$name is missing: build $BUILD first (tests/fuzz/README.md)" >&2; exit 1; }
  cp "$W/fuzz-$name" "$OUT/bin/"
done
cp "$W/congdoan.dict" "$W/import.dict" "$OUT/bin/"
git rev-parse HEAD > "$OUT/bin/COMMIT" 2>/dev/null || echo unknown > "$OUT/bin/COMMIT"
D=tests/data; S=examples/data; F=tests/fuzz; B=$OUT/bin
XML="$D $D/foreign $D/hostile $D/expected $D/expected/canonical $D/corpus-dev-xml $S"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
running=0
# Each harness with its seed folders; they run in the order of ONLY (the default: this order).
seeds_of() {
  case $1 in
    load) echo "$XML $F/regressions/load" ;;
    text) echo "$F/seeds/text $F/regressions/text" ;;
    query) echo "$XML $F/seeds/query $F/regressions/query" ;;
    edit) echo "$F/seeds/edit $F/regressions/edit" ;;
    import-text) echo "$D/import $D/corpus-dev $D/seeds $D/import-heldout $F/regressions/import-text" ;;
    import-html) echo "$D/import $F/regressions/import-html" ;;
    import-docx) echo "$D/import $F/docx-parts $F/regressions/import-docx" ;;
  esac
}
for name in $names; do
  set -- $(seeds_of "$name")
  case $name in import-*) dict=import.dict ;; *) dict=congdoan.dict ;; esac
  if [ "$running" -ge "$JOBS" ]; then wait -n || true; running=$((running - 1)); fi
  mkdir -p "$OUT/$name"
  ( date +%s > "$OUT/$name/start"
    rc=0
    /usr/bin/time -v -o "$OUT/$name/time.txt" nice -n "$NICE" python3 $F/run-fuzzer.py "$B/fuzz-$name" "$OUT/$name" \
      --dict "$B/$dict" --cpu-seconds "$SECONDS_EACH" "$@" > "$OUT/$name/log.txt" 2>&1 || rc=$?
    echo $rc > "$OUT/$name/rc"
    date +%s > "$OUT/$name/end" ) &
  running=$((running + 1))
done
wait
