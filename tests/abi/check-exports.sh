#!/bin/sh
# check-exports.sh — the exported interface must be the same in three places:
#
#   1. the names in the global: sections of the linker version script (lib/libcongdoan.map),
#   2. the defined dynamic symbols of the built library (nm -D --defined-only),
#   3. the functions declared with CONGDOAN_API in the public headers (include/, including
#      the template congdoan/version.h.in).
#
# and every exported symbol must start with congdoan_ (and not congdoan__, the internal prefix).
# Also fails when a name is listed twice (map or headers), when a public header is not included
# by congdoan.h, and when a header declares a function without CONGDOAN_API (it would be hidden).
# Prints every difference and exits 1 on any; exits 77 (skip) when nm is not installed.
# (jansson's check-exports, libinput's symbols-leak-test, libevdev's static-symbol-leaks.)
#
# usage: check-exports.sh MAPFILE LIBRARY INCLUDE_DIR
#
# Limits of the header parser (kept simple on purpose): a declaration is the text from
# CONGDOAN_API to the first '(' after it, and the function name is the last identifier before
# that '('. A function returning a function pointer, or an attribute macro with parentheses
# between CONGDOAN_API and the name, would need a typedef or a change here.
set -u

if [ $# -ne 3 ]; then
    echo "usage: $0 MAPFILE LIBRARY INCLUDE_DIR" >&2
    exit 2
fi
mapfile=$1
library=$2
incdir=$3

NM=${NM:-nm}
if ! command -v "$NM" >/dev/null 2>&1; then
    echo "SKIP: $NM not found (install binutils)"
    exit 77
fi
for f in "$mapfile" "$library"; do
    if [ ! -f "$f" ]; then
        echo "error: $f does not exist" >&2
        exit 2
    fi
done
if [ ! -d "$incdir" ]; then
    echo "error: $incdir is not a directory" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/congdoan-exports.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
LC_ALL=C
export LC_ALL

# Remove /* ... */ comments (across lines) and // comments from a C or map file; newlines kept.
strip_comments() {
    tr '\n' '\001' < "$1" |
        sed -E 's:/\*([^*]|\*+[^*/])*\*+/: :g' |
        tr '\001' '\n' |
        sed -E 's://.*$::'
}

# 1. The version script: names inside global: … (up to local: or the closing brace).
{
    strip_comments "$mapfile" |
        tr '\n\t' '  ' |
        sed -E 's/(global|local)[[:space:]]*:/ \1: /g; s/[{};]/ & /g' |
        tr -s ' ' '\n' |
        awk '
            $0 == "global:" { g = 1; next }
            $0 == "local:" || $0 == "}" { g = 0; next }
            $0 == "{" || $0 == ";" || $0 == "" { next }
            g { print "name " $0; next }
            { print "node " $0 }'
} > "$tmp/map-tokens"
sed -n 's/^name //p' "$tmp/map-tokens" > "$tmp/map-all"
# Version node names (LIBCONGDOAN_0.1 …): nm lists them as absolute (A) symbols.
sed -n 's/^node //p' "$tmp/map-tokens" | sort -u > "$tmp/map-nodes"
sort "$tmp/map-all" | uniq -d > "$tmp/map-dups"
sort -u "$tmp/map-all" > "$tmp/map"

# 2. The library's defined dynamic symbols, without @@VERSION, without the version nodes.
if ! "$NM" -D --defined-only "$library" > "$tmp/nm-raw" 2> "$tmp/nm-err"; then
    echo "error: $NM -D --defined-only $library failed:" >&2
    cat "$tmp/nm-err" >&2
    exit 2
fi
awk 'NF >= 2 { name = $NF; type = $(NF - 1); sub(/@.*/, "", name); print type, name }' "$tmp/nm-raw" |
    awk 'NR == FNR { node[$0] = 1; next } !($1 == "A" && ($2 in node)) { print $2 }' \
        "$tmp/map-nodes" - | sort -u > "$tmp/lib"

# 3. The headers: every CONGDOAN_API function declaration.
find "$incdir" -type f \( -name '*.h' -o -name '*.h.in' \) | sort > "$tmp/headers"
if [ ! -s "$tmp/headers" ]; then
    echo "error: no headers found under $incdir" >&2
    exit 2
fi
while IFS= read -r h; do
    strip_comments "$h" |
        sed -e ':a' -e '/\\$/N; s/\\\n//; ta' |
        grep -v '^[[:space:]]*#' |
        tr '\n\t' '  ' |
        grep -oE 'CONGDOAN_API[^;{}(]*\(' |
        sed -E 's/[[:space:]]*\($//; s/.*[^A-Za-z0-9_]//' |
        sed "s|\$|	${h#"$incdir"/}|"
done < "$tmp/headers" > "$tmp/api-where"
# Function declarations without CONGDOAN_API: hidden by -fvisibility=hidden, so a user of the
# header would get an undefined reference.
while IFS= read -r h; do
    # shellcheck disable=SC2020 # each of ; { } ends a statement
    strip_comments "$h" |
        sed -e ':a' -e '/\\$/N; s/\\\n//; ta' |
        grep -v '^[[:space:]]*#' |
        tr '\n\t' '  ' |
        tr ';{}' '\n\n\n' |
        grep -E '^[^=(]*[A-Za-z_][A-Za-z0-9_]*[[:space:]]*\([^*]' |
        grep -v -e 'CONGDOAN_API' -e 'typedef' |
        sed -E "s/^[[:space:]]+//; s|^|${h#"$incdir"/}: |"
done < "$tmp/headers" > "$tmp/api-missing"
cut -f1 "$tmp/api-where" | sort | uniq -d > "$tmp/api-dups"
cut -f1 "$tmp/api-where" | sort -u > "$tmp/api"

# 4. The umbrella header includes every public header (else its functions are public but
#    unreachable through <congdoan.h>).
: > "$tmp/not-in-umbrella"
if [ -f "$incdir/congdoan.h" ]; then
    for h in "$incdir"/congdoan/*.h "$incdir"/congdoan/*.h.in; do
        [ -f "$h" ] || continue
        name=congdoan/$(basename "$h" .in)
        grep -Eq "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]${name}[>\"]" "$incdir/congdoan.h" ||
            echo "$name" >> "$tmp/not-in-umbrella"
    done
fi

status=0
report() { # title, file
    if [ -s "$2" ]; then
        echo "FAIL: $1:"
        sed 's/^/    /' "$2"
        status=1
    fi
}

comm -23 "$tmp/map" "$tmp/lib" > "$tmp/d"
report "in $mapfile but not exported by the library (declared in the map, never defined?)" "$tmp/d"
comm -13 "$tmp/map" "$tmp/lib" > "$tmp/d"
report "exported by the library but not in the map" "$tmp/d"
comm -23 "$tmp/api" "$tmp/map" > "$tmp/d"
report "declared CONGDOAN_API in the headers but not in the map" "$tmp/d"
comm -13 "$tmp/api" "$tmp/map" > "$tmp/d"
report "in the map but not declared CONGDOAN_API in any public header" "$tmp/d"
comm -23 "$tmp/api" "$tmp/lib" > "$tmp/d"
report "declared CONGDOAN_API in the headers but not exported by the library" "$tmp/d"
comm -13 "$tmp/api" "$tmp/lib" > "$tmp/d"
report "exported by the library but not declared CONGDOAN_API in any public header" "$tmp/d"
grep -v '^congdoan_' "$tmp/lib" > "$tmp/d"
report "exported symbols without the congdoan_ prefix" "$tmp/d"
grep '^congdoan__' "$tmp/lib" > "$tmp/d"
report "exported symbols with the internal congdoan__ prefix" "$tmp/d"
report "names listed more than once in $mapfile" "$tmp/map-dups"
report "functions declared CONGDOAN_API more than once in the headers" "$tmp/api-dups"
report "public headers not included by congdoan.h" "$tmp/not-in-umbrella"
report "functions declared in public headers without CONGDOAN_API (not exported)" "$tmp/api-missing"

# The map's own convention (see its header comment): names in alphabetical order in each node.
# A warning only: the linker does not care.
awk '/^node / { prev = ""; next } { n = $2; if (prev != "" && n < prev) print prev " > " n; prev = n }' \
    "$tmp/map-tokens" > "$tmp/d"
if [ -s "$tmp/d" ]; then
    echo "warning: $mapfile is not in alphabetical order within a node:"
    sed 's/^/    /' "$tmp/d"
fi

if [ $status -eq 0 ]; then
    echo "OK: $(wc -l < "$tmp/lib") symbols: map == nm -D == CONGDOAN_API declarations" \
        "($(wc -l < "$tmp/headers") headers), all prefixed congdoan_"
fi
exit $status
