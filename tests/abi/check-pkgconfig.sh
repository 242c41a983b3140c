#!/bin/sh
# check-pkgconfig.sh — install the build into a temporary DESTDIR and use it the way a user does.
#
# usage: check-pkgconfig.sh BUILD_DIR PREFIX LIBDIR INCLUDEDIR DATADIR SOVERSION VERSION SRC_INCLUDE
#   (tests/abi/meson.build passes meson.project_build_root() and the get_option() values)
# environment: MESON (the meson command; default: meson on PATH), CC (default: cc)
#
# 1. meson install --no-rebuild --destdir $TMP (meson test has already built everything);
# 2. the layout: $includedir/congdoan.h, $includedir/congdoan/<every header of include/congdoan
#    plus the generated version.h>, $datadir/congdoan/schema/congdoan-1.rng,
#    $libdir/libcongdoan.so.SOVERSION with SONAME libcongdoan.so.SOVERSION (readelf -d), and
#    $libdir/pkgconfig/libcongdoan.pc with Version: VERSION;
# 3. with PKG_CONFIG_PATH=$TMP$libdir/pkgconfig and PKG_CONFIG_SYSROOT_DIR=$TMP, compile a tiny
#    program with `pkg-config --cflags --libs libcongdoan` only, run it with LD_LIBRARY_PATH set
#    to the staged libdir, and check that it prints congdoan_version_string() == VERSION and that
#    it loaded the staged library, not the build tree's;
# 4. the .pc gives no cflags but our own (libxml2's stay private), the static libraries, and
#    schemadir; the man pages, bash completion, FORMATS.md and the API reference are installed.
# Skips (77) without meson, pkg-config or readelf.
set -u

if [ $# -ne 8 ]; then
    echo "usage: $0 BUILD_DIR PREFIX LIBDIR INCLUDEDIR DATADIR SOVERSION VERSION SRC_INCLUDE" >&2
    exit 2
fi
build_dir=$1
prefix=$2
libdir=$3
includedir=$4
datadir=$5
soversion=$6
version=$7
src_include=$8
MESON=${MESON:-meson}
CC=${CC:-cc}

for tool in "${MESON%% *}" pkg-config readelf; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found; the installed layout was NOT checked"
        exit 77
    fi
done

# meson's directory options are relative to the prefix unless they are absolute.
abs() { case $1 in /*) echo "$1" ;; *) echo "$prefix/$1" ;; esac; }
libdir=$(abs "$libdir")
includedir=$(abs "$includedir")
datadir=$(abs "$datadir")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/congdoan-pc.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
dest=$tmp/dest

status=0
fail() { echo "FAIL: $*"; status=1; }

echo "== $MESON install -C $build_dir --no-rebuild --destdir $dest"
# shellcheck disable=SC2086 # MESON may be a command with arguments
if ! $MESON install -C "$build_dir" --no-rebuild --destdir "$dest" > "$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    echo "FAIL: meson install failed"
    exit 1
fi

echo "== installed layout under DESTDIR"
[ -f "$dest$includedir/congdoan.h" ] || fail "no $includedir/congdoan.h"
for h in "$src_include"/congdoan/*.h congdoan/version.h; do
    name=congdoan/$(basename "$h")
    [ -f "$dest$includedir/$name" ] || fail "$includedir/$name not installed"
done
for h in "$dest$includedir"/congdoan/*.h; do
    name=$(basename "$h")
    [ "$name" = version.h ] || [ -f "$src_include/congdoan/$name" ] ||
        fail "$includedir/congdoan/$name installed but not in include/congdoan/"
done
[ -f "$dest$datadir/congdoan/schema/congdoan-1.rng" ] ||
    fail "schema not installed at $datadir/congdoan/schema/congdoan-1.rng"
so=$dest$libdir/libcongdoan.so.$soversion
if [ ! -e "$so" ]; then
    fail "no $libdir/libcongdoan.so.$soversion"
else
    soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
    if [ "$soname" = "libcongdoan.so.$soversion" ]; then
        echo "SONAME $soname"
    else
        fail "SONAME of $libdir/libcongdoan.so.$soversion is '$soname', expected libcongdoan.so.$soversion"
    fi
fi
[ -e "$dest$libdir/libcongdoan.so" ] || fail "no development symlink $libdir/libcongdoan.so"
pcdir=$dest$libdir/pkgconfig
if [ ! -f "$pcdir/libcongdoan.pc" ]; then
    fail "no $libdir/pkgconfig/libcongdoan.pc"
    find "$dest" -name '*.pc' | sed 's/^/    found: /'
    exit 1
fi
sed 's/^/    /' "$pcdir/libcongdoan.pc"

echo "== pkg-config with PKG_CONFIG_PATH=$pcdir PKG_CONFIG_SYSROOT_DIR=$dest"
PKG_CONFIG_PATH=$pcdir
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
pc_version=$(pkg-config --modversion libcongdoan) || { echo "FAIL: pkg-config cannot read libcongdoan.pc"; exit 1; }
[ "$pc_version" = "$version" ] || fail "pkg-config --modversion says $pc_version, expected $version"
flags=$(pkg-config --cflags --libs libcongdoan) || { echo "FAIL: pkg-config --cflags --libs libcongdoan"; exit 1; }
echo "pkg-config --cflags --libs libcongdoan: $flags"
case " $flags " in
    *" -I$dest$includedir "*) ;;
    *) fail "the cflags do not point at the staged $includedir" ;;
esac
# Only our own include folder: libxml2 and utf8proc are private to the library, and their
# flags (-I/usr/include/libxml2) must not reach the programs that use it.
cflags=$(pkg-config --cflags libcongdoan)
echo "pkg-config --cflags libcongdoan: $cflags"
[ "$(echo $cflags)" = "-I$dest$includedir" ] || fail "the cflags are '$cflags', not only -I$dest$includedir"
# A static link still finds them.
static=$(pkg-config --static --libs libcongdoan)
echo "pkg-config --static --libs libcongdoan: $static"
case " $static " in
    *" -lxml2 "*" -lutf8proc "* | *" -lutf8proc "*" -lxml2 "*) ;;
    *) fail "pkg-config --static --libs does not give -lxml2 and -lutf8proc" ;;
esac
# schemadir: where the RELAX NG schema is.
schemadir=$(pkg-config --variable=schemadir libcongdoan)
echo "pkg-config --variable=schemadir libcongdoan: $schemadir"
case $schemadir in
    "$datadir/congdoan/schema" | "$dest$datadir/congdoan/schema") ;;
    *) fail "schemadir is '$schemadir', not $datadir/congdoan/schema" ;;
esac
[ -f "$dest$datadir/congdoan/schema/congdoan-1.rng" ] || fail "no congdoan-1.rng in schemadir"

echo "== the documentation that ships: man pages, bash completion, FORMATS.md, API reference"
for f in congdoan.1 congdoan-progress.1 congdoan-validate.1; do
    [ -n "$(find "$dest" -path "*/man1/$f" | head -1)" ] || fail "man page $f not installed"
done
[ -n "$(find "$dest" -path '*/completions/congdoan' | head -1)" ] || fail "bash completion not installed"
[ -n "$(find "$dest" -path '*/doc/libcongdoan/FORMATS.md' | head -1)" ] || fail "FORMATS.md not installed"
if command -v doxygen >/dev/null 2>&1; then
    [ -n "$(find "$dest" -path '*/doc/libcongdoan/api/index.html' | head -1)" ] ||
        fail "the API reference (doxygen is installed) is not installed"
fi

if [ -n "${PYTHON:-}" ]; then
    echo "== the Python package (meson install puts it in $PYTHON's site folder)"
    init=$(find "$dest" -path '*/congdoan/__init__.py' | head -1)
    if [ -z "$init" ]; then
        fail "the Python package congdoan is not installed"
    else
        pydir=$(dirname "$(dirname "$init")")
        got=$(cd "$tmp" && PYTHONPATH=$pydir PYTHONDONTWRITEBYTECODE=1 \
            CONGDOAN_LIBRARY=$dest$libdir/libcongdoan.so.$soversion \
            "$PYTHON" -c 'import congdoan; print(congdoan.__version__, congdoan.__file__)' 2>&1)
        echo "import congdoan: $got"
        [ "$got" = "$version $init" ] || fail "the installed Python package gives '$got', expected '$version $init'"
        # every module of the source, and only those (a new module must be listed in meson.build)
        want=$(cd "$PYTHON_PACKAGE_SRC" && ls -- *.py)
        have=$(cd "$(dirname "$init")" && ls -- *.py)
        [ "$want" = "$have" ] || fail "installed Python modules: $(echo $have); in the source: $(echo $want)"
    fi
fi

cat > "$tmp/use.c" <<'EOF'
#include <congdoan.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    congdoan_corpus *corpus = NULL;
    if (congdoan_version_number() != CONGDOAN_VERSION_NUMBER)
        return 2;
    if (congdoan_corpus_new(&corpus) != 0)
        return 3;
    congdoan_corpus_free(corpus);
    printf("%s\n", congdoan_version_string());
    return strcmp(congdoan_version_string(), CONGDOAN_VERSION_STRING) == 0 ? 0 : 4;
}
EOF
echo "== $CC -std=c11 use.c \$(pkg-config --cflags --libs libcongdoan)"
# shellcheck disable=SC2086 # CC and flags are word lists
if ! $CC -std=c11 -Wall -Werror -o "$tmp/use" "$tmp/use.c" $flags > "$tmp/cc.log" 2>&1; then
    cat "$tmp/cc.log"
    echo "FAIL: cannot build a program against the installed library with pkg-config's flags"
    exit 1
fi
out=$(LD_LIBRARY_PATH=$dest$libdir "$tmp/use")
rc=$?
echo "program printed: $out (exit $rc)"
[ $rc -eq 0 ] || fail "the program exited with $rc"
[ "$out" = "$version" ] || fail "congdoan_version_string() printed '$out', expected '$version'"
if command -v ldd >/dev/null 2>&1; then
    loaded=$(LD_LIBRARY_PATH=$dest$libdir ldd "$tmp/use" | sed -n 's/.*libcongdoan[^ ]* => \([^ ]*\).*/\1/p')
    case $loaded in
        "$dest$libdir"/*) echo "loaded $loaded" ;;
        *) fail "the program loaded '$loaded', not the staged library" ;;
    esac
fi

if [ $status -eq 0 ]; then
    echo "OK: the DESTDIR install is usable through pkg-config"
fi
exit $status
