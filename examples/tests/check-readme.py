#!/usr/bin/env python3
"""The README's examples are the program's real output.

    check-readme.py PROGRAM README.md

Every fenced block of the README whose first line is `$ build/examples/congdoan ARGS…`, or
`$ NAME=VALUE … build/examples/congdoan ARGS…`, is run (ARGS split as a POSIX shell would, from
the top of the source tree, in the environment of a fresh container: LANG=C.UTF-8 and no other
locale variable, no $CONGDOAN_DATA, not on a terminal: 80 columns; then the block's NAME=VALUE
assignments), and the rest of the block must be exactly what it prints, standard output then
standard error. A final line `[exit N]` gives the exit status when it is not 0. At least one
such block must exist.
"""

import os
import re
import shlex
import subprocess
import sys

PROMPT = "$ build/examples/congdoan "
# the same after environment assignments
PROMPT_RE = re.compile(r"\$ ((?:[A-Z_]+=\S* )*)build/examples/congdoan ")


def blocks(text):
    """(line number, command line, expected lines) of each example block."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith("```") and i + 1 < len(lines) and PROMPT_RE.match(lines[i + 1]):
            start, j = i + 1, i + 2
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            out.append((start + 1, lines[start], lines[start + 1:j]))
            i = j
        i += 1
    return out


def main():
    program, readme = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        examples = blocks(f.read())
    if not examples:
        print("FAIL: %s has no block starting with '%s'" % (readme, PROMPT))
        return 1
    base = {k: v for k, v in os.environ.items()
            if k not in ("CONGDOAN_DATA", "COLUMNS", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    base["LANG"] = "C.UTF-8"
    failures = 0
    for lineno, command, expected in examples:
        m = PROMPT_RE.match(command)
        env = dict(base)
        for assignment in m.group(1).split():
            name, _, value = assignment.partition("=")
            env[name] = value
        args = shlex.split(command[m.end():])
        want_exit = 0
        if expected and re.fullmatch(r"\[exit \d+\]", expected[-1]):
            want_exit = int(expected[-1][6:-1])
            expected = expected[:-1]
        r = subprocess.run([program] + args, capture_output=True, env=env, stdin=subprocess.DEVNULL)
        got = (r.stdout + r.stderr).decode("utf-8", "replace").rstrip("\n").split("\n")
        ok = got == expected and r.returncode == want_exit
        print("%s:%d: %s: %s" % (readme, lineno, command, "ok" if ok else "DIFFERS"))
        if not ok:
            failures += 1
            if r.returncode != want_exit:
                print("  exit status %d, the README says %d" % (r.returncode, want_exit))
            import difflib
            for d in difflib.unified_diff(expected, got, "README", "program", lineterm=""):
                print("  " + d)
    print("%d examples, %d differ" % (len(examples), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
