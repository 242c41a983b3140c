#!/bin/bash
# Check the bash completion the program writes from its option tables: source it and complete
# a few command lines the way bash does, with the sample data for the unit ids and numbers.
#
#   check-completion.sh PROGRAM SCRIPT      (run from the top of the source tree)
set -u
program=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
# shellcheck disable=SC1090
source "$2"
failures=0

# complete WORDS... -- EXPECTED...: the words of the line (the last is the one being completed)
complete_line() {
    local words=() expected=()
    while [ "$1" != "--" ]; do words+=("$1"); shift; done
    shift
    expected=("$@")
    COMP_WORDS=("$program" "${words[@]}")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _congdoan
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
    local want
    want=$(printf '%s\n' "${expected[@]}" | sort | tr '\n' ' ')
    if [ "$got" != "$want" ]; then
        echo "FAIL: congdoan ${words[*]}: completed as [$got], expected [$want]"
        failures=$((failures + 1))
    else
        echo "ok: congdoan ${words[*]} -> $got"
    fi
}

complete_line pro -- progress
complete_line t -- tasks tree
complete_line tasks --un -- --unit
complete_line tasks --role "" -- lead coordinator any
complete_line progress --format "" -- text json csv
complete_line export --format "" -- json csv
complete_line tasks -d examples/data --unit laichau.t -- laichau.tp laichau.tamduong laichau.thanuyen \
    laichau.tanuyen laichau.tp.thpt1 laichau.tp.moitruong laichau.tp.vantai laichau.tamduong.th1 \
    laichau.tamduong.ttyt laichau.tamduong.htxche laichau.thanuyen.thpt1 laichau.thanuyen.thuyloi1 \
    laichau.thanuyen.nongsan1 laichau.tanuyen.th1 laichau.tanuyen.che2 laichau.tanuyen.thuydien1
complete_line show -d examples/data 13 -- 13/CTr-LĐLĐ
complete_line progress -d examples/data --document 2 -- 240/KH-TLĐ
complete_line validate --explain unknown-u -- unknown-unit
complete_line help tr -- tree
echo "$failures failure(s)"
[ "$failures" -eq 0 ]
