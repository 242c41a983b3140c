#!/bin/sh
# check-abi.sh — compare the built libcongdoan with the recorded ABI baseline (libabigail).
#
#   check-abi.sh          BASELINE LIBRARY SRC_INCLUDE BUILD_INCLUDE   (meson test 'abi-compat')
#   check-abi.sh --update BASELINE LIBRARY SRC_INCLUDE BUILD_INCLUDE   (rewrite the baseline)
#
# BASELINE is tests/abi/libcongdoan.abi, LIBRARY the built build/lib/libcongdoan.so.0.X.Y,
# SRC_INCLUDE the source include/ and BUILD_INCLUDE the build tree's include/ (for the generated
# congdoan/version.h). The public headers are copied into a temporary folder in their installed
# layout (congdoan.h, congdoan/*.h), which is what --headers-dir / --headers-dir2 are given: types
# not defined in those headers (the structs of lib/model/model.h, libxml2's types) are private and
# dropped, so internal changes do not count, while every public function, its parameters and
# return type, and every public enum and typedef do.
#
# Check mode runs
#   abidiff --headers-dir2 <headers> --drop-private-types --fail-no-debug-info \
#           --no-default-suppression BASELINE LIBRARY
# and FAILS on any non-zero exit code. abidiff's code is a bit mask (1 tool error, 2 usage error,
# 4 ABI change, 8 incompatible ABI change): an added function, a changed one, a removed one all
# fail until the baseline records them. As a second guard, the set of exported name@version
# pairs in the baseline must equal `nm -D --defined-only` of the library.
# Skips (exit 77) when abidiff is not installed, when the library has no debug info (a `plain`
# or `release` build; the default buildtype, debugoptimized, has it), or when the library is
# not built for the architecture the baseline was recorded on (x86-64).
#
# AFTER AN INTENTIONAL ADDITION (see README.md):
#   1. Add a new node to lib/libcongdoan.map that inherits the previous one; never edit a
#      released node:
#          LIBCONGDOAN_0.2 {
#            global:
#              congdoan_new_function;
#          } LIBCONGDOAN_0.1;
#   2. Declare it with CONGDOAN_API in include/, define it, build: ninja -C build
#   3. Regenerate the baseline, from the source root, either with
#          ninja -C build abi-baseline-update
#      or with this script directly:
#          tests/abi/check-abi.sh --update tests/abi/libcongdoan.abi \
#              build/lib/libcongdoan.so.0.1.0 include build/include
#      which runs exactly
#          abidw --no-corpus-path --no-comp-dir-path --short-locs --type-id-style hash \
#                --drop-private-types --drop-undefined-syms \
#                --headers-dir <headers> --out-file tests/abi/libcongdoan.abi LIBRARY
#      (--no-corpus-path, --no-comp-dir-path and --short-locs keep this machine's paths out of
#      the file, so a clone in any folder compares equal.)
#   4. Review `git diff tests/abi/libcongdoan.abi`: only additions may appear. Commit it with the
#      change. A removal or an incompatible change needs a new SONAME (congdoan_soversion in the
#      top-level meson.build) instead.
set -u

update=0
if [ "${1:-}" = "--update" ]; then
    update=1
    shift
fi
if [ $# -ne 4 ]; then
    echo "usage: $0 [--update] BASELINE LIBRARY SRC_INCLUDE BUILD_INCLUDE" >&2
    exit 2
fi
baseline=$1
library=$2
src_include=$3
build_include=$4
LC_ALL=C
export LC_ALL

if [ $update -eq 1 ]; then
    if ! command -v abidw >/dev/null 2>&1 || ! command -v abidiff >/dev/null 2>&1; then
        echo "error: abidw/abidiff not found: apt-get install abigail-tools" >&2
        exit 1
    fi
else
    if ! command -v abidiff >/dev/null 2>&1; then
        echo "SKIP: abidiff not found (apt-get install abigail-tools); the ABI was NOT checked"
        exit 77
    fi
fi
if [ ! -f "$library" ]; then
    echo "error: $library does not exist (build first)" >&2
    exit 2
fi
if [ ! -f "$src_include/congdoan.h" ] || [ ! -f "$build_include/congdoan/version.h" ]; then
    echo "error: expected $src_include/congdoan.h and $build_include/congdoan/version.h" >&2
    exit 2
fi

# Debug info: abidw/abidiff read the types from DWARF.
if command -v readelf >/dev/null 2>&1 && ! readelf -S "$library" | grep -q '\.debug_info'; then
    if [ $update -eq 1 ]; then
        echo "error: $library has no debug info; build with -Dbuildtype=debugoptimized" >&2
        exit 1
    fi
    echo "SKIP: $library has no debug info (buildtype plain/release?); the ABI was NOT checked."
    echo "      Use the default buildtype, debugoptimized, to run this test."
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/congdoan-abi.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# The public headers in their installed layout.
headers=$tmp/include
mkdir -p "$headers/congdoan"
cp "$src_include"/*.h "$headers/" || exit 2
cp "$src_include"/congdoan/*.h "$headers/congdoan/" || exit 2
cp "$build_include"/congdoan/*.h "$headers/congdoan/" || exit 2

if [ $update -eq 1 ]; then
    echo "abidw --no-corpus-path --no-comp-dir-path --short-locs --type-id-style hash" \
        "--drop-private-types --drop-undefined-syms --headers-dir <public headers>" \
        "--out-file $baseline $library"
    abidw --no-corpus-path --no-comp-dir-path --short-locs --type-id-style hash \
        --drop-private-types --drop-undefined-syms \
        --headers-dir "$headers" --out-file "$tmp/new.abi" "$library" || exit 1
    # The file must be relocatable: no absolute path of this machine in it.
    for p in "$(cd "$src_include/.." && pwd)" "$(cd "$build_include/.." && pwd)"; do
        if grep -qF "$p" "$tmp/new.abi"; then
            echo "error: the new baseline contains the path $p; not written" >&2
            exit 1
        fi
    done
    cp "$tmp/new.abi" "$baseline" || exit 1
    echo "wrote $baseline ($(grep -c '<elf-symbol ' "$baseline") symbols)"
    echo "Review it with: git diff -- $baseline   (only additions may appear)"
    # Fall through: the new baseline must compare equal to the library.
fi

if [ ! -f "$baseline" ]; then
    echo "FAIL: no baseline $baseline; create it with $0 --update (see README.md)"
    exit 1
fi

# The baseline is recorded on x86-64; other architectures have other type sizes.
arch=$(sed -n "s/.*<abi-corpus [^>]*architecture='\([^']*\)'.*/\1/p" "$baseline" | head -n 1)
if [ "$arch" = "elf-amd-x86_64" ] && command -v readelf >/dev/null 2>&1 &&
    ! readelf -h "$library" | grep -q 'Machine:.*X86-64'; then
    echo "SKIP: the baseline was recorded on x86-64 and $library is not x86-64; the ABI was NOT checked"
    exit 77
fi

status=0

# 1. abidiff. Any non-zero exit code fails (it is a bit mask, see above).
echo "abidiff --headers-dir2 <public headers> --drop-private-types --fail-no-debug-info" \
    "--no-default-suppression $baseline $library"
abidiff --headers-dir2 "$headers" --drop-private-types --fail-no-debug-info \
    --no-default-suppression "$baseline" "$library" > "$tmp/abidiff.out" 2>&1
rc=$?
cat "$tmp/abidiff.out"
if [ $rc -ne 0 ]; then
    what=""
    [ $((rc & 1)) -ne 0 ] && what="$what tool-error"
    [ $((rc & 2)) -ne 0 ] && what="$what usage-error"
    [ $((rc & 4)) -ne 0 ] && what="$what ABI-change"
    [ $((rc & 8)) -ne 0 ] && what="$what INCOMPATIBLE-ABI-change"
    echo "FAIL: abidiff exit code $rc:$what"
    status=1
fi

# 2. The exported name@version pairs, baseline vs library (independent of abidiff's report
#    settings: an addition or a node change can never pass unrecorded).
sed -n "s/.*<elf-symbol name='\([^']*\)' version='\([^']*\)'.*/\1@\2/p" "$baseline" |
    sort -u > "$tmp/base-syms"
if command -v nm >/dev/null 2>&1; then
    nm -D --defined-only "$library" |
        awk 'NF >= 3 && $2 != "A" { n = $3; sub(/@@?/, "@", n); print n }' |
        sort -u > "$tmp/lib-syms"
    comm -13 "$tmp/base-syms" "$tmp/lib-syms" > "$tmp/added"
    comm -23 "$tmp/base-syms" "$tmp/lib-syms" > "$tmp/removed"
    if [ -s "$tmp/added" ]; then
        echo "FAIL: exported by the library but not in the baseline (new, or moved to another node):"
        sed 's/^/    /' "$tmp/added"
        status=1
    fi
    if [ -s "$tmp/removed" ]; then
        echo "FAIL: in the baseline but no longer exported (removed, or moved to another node):"
        sed 's/^/    /' "$tmp/removed"
        status=1
    fi
fi

if [ $status -ne 0 ]; then
    cat <<EOF

The ABI of $library differs from the recorded baseline $baseline.
- Not intended? Fix the code: released functions and public types must not change.
- An intended ADDITION? Put the new names in a NEW node of lib/libcongdoan.map (never edit a
  released node), then regenerate and commit the baseline:
      ninja -C <builddir> abi-baseline-update
  (see the top of tests/abi/check-abi.sh and tests/abi/README.md).
- A removal or an incompatible change needs a new SONAME, not a new baseline.
EOF
    exit 1
fi
echo "OK: ABI of $(basename "$library") equals the baseline ($(wc -l < "$tmp/base-syms") symbols)"
exit 0
