#!/bin/sh
# The whole test suite, as CI runs it: a normal build (unit, ABI, example-program and binding
# tests), the same unit and example tests under AddressSanitizer + UndefinedBehaviorSanitizer,
# the unit tests under valgrind, the unit tests built with clang under its
# UndefinedBehaviorSanitizer, the concurrent readers and the loads with a parse thread under
# ThreadSanitizer, and a short
# regression run of each libFuzzer harness. Output is verbose so that Check's summaries reach the log;
# the last line is "N passed, N failed" over every run.
set -u
cd "$(dirname "$0")/.."

status=0
run() { echo "+ $*"; "$@" || status=1; }

# Each run's log is read at the end; none may be a leftover of an earlier run.
rm -f build/meson-logs/testlog-normal.json build/meson-logs/testlog-valgrind.json build-sanitize/meson-logs/testlog.json \
  build-clang/meson-logs/testlog.json build-tsan/meson-logs/testlog.json \
  build-fuzz/meson-logs/testlog.json
[ -d build ] || run meson setup build -Dbuildtype=debugoptimized
run meson compile -C build
run meson test -C build --verbose --num-processes 2
cp build/meson-logs/testlog.json build/meson-logs/testlog-normal.json 2>/dev/null

[ -d build-sanitize ] || run meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false \
  -Dbuildtype=debug -Dpython_bindings=false -Dbenchmarks=false
run meson compile -C build-sanitize
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
  run meson test -C build-sanitize --verbose --suite unit --suite examples --num-processes 2 --timeout-multiplier 10

run meson test -C build --setup valgrind --verbose --suite unit --num-processes 2

# clang's UndefinedBehaviorSanitizer sees what gcc's does not (NULL + 0, for one): the unit
# tests built with clang, every check fatal.
[ -d build-clang ] || run env CC=clang meson setup build-clang -Db_sanitize=undefined -Db_lundef=false \
  -Dc_args=-fno-sanitize-recover=all -Dc_link_args=-fno-sanitize-recover=all \
  -Dbuildtype=debug -Dpython_bindings=false -Dbenchmarks=false -Dexamples=false
run meson compile -C build-clang
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  run meson test -C build-clang --verbose --suite unit --num-processes 2

# ThreadSanitizer: several threads querying one corpus, each with its own last error
# (tests/test-concurrent.c), and loads with a parse thread (tests/test-load-threads.c); only
# those programs are built.
[ -d build-tsan ] || run env CC=clang meson setup build-tsan -Db_sanitize=thread -Db_lundef=false \
  -Dbuildtype=debugoptimized -Dpython_bindings=false -Dbenchmarks=false -Dexamples=false
run meson compile -C build-tsan tests/test-concurrent tests/test-load-threads
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  run meson test -C build-tsan --no-rebuild --verbose concurrent load-threads

# The libFuzzer harnesses (tests/fuzz), built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer: each runs a fixed number of inputs from its seeds (a regression
# check; tests/fuzz/README.md has the long runs).
[ -d build-fuzz ] || run env CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined \
  -Db_lundef=false -Dc_args=-fno-sanitize-recover=undefined -Dbuildtype=debugoptimized \
  -Dpython_bindings=false -Dbenchmarks=false -Dexamples=false
run meson compile -C build-fuzz
run meson test -C build-fuzz --verbose --suite fuzz

python3 - <<'PY'
import json, glob
passed = failed = 0
for path in ["build/meson-logs/testlog-normal.json", "build-sanitize/meson-logs/testlog.json",
             "build/meson-logs/testlog-valgrind.json", "build-clang/meson-logs/testlog.json",
             "build-tsan/meson-logs/testlog.json", "build-fuzz/meson-logs/testlog.json"]:
    try:
        lines = open(path).read().splitlines()
    except OSError:
        continue
    for line in lines:
        r = json.loads(line).get("result")
        if r in ("OK", "EXPECTEDFAIL", "SKIP"):
            passed += r != "SKIP"
        elif r is not None:
            failed += 1
print("%d passed, %d failed" % (passed, failed))
PY
exit $status
