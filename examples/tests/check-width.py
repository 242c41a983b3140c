#!/usr/bin/env python3
"""Text output fits the width it is given.

    check-width.py PROGRAM

Runs every reading command on the sample data (examples/data) with --width 60, 80 and 120
and checks that no line of standard output is wider than asked, counting as a terminal
does: a combining mark takes no cell, an East Asian wide or full-width character two, any
other character one. Prints the widest line of each run, then the failures.
"""

import os
import re
import subprocess
import sys
import unicodedata

DATA = ['-d', 'examples/data']
RUNS = [
    ['validate', 'examples/data', 'examples/tests/only-warnings.xml'],
    ['show', '13/CTr-LĐLĐ'], ['show', '240/KH-TLĐ'],
    ['tree'], ['tree', 'laichau', '--departments'],
    ['tasks', '--unit', 'laichau.tamduong', '--at', '2025-12-31'],
    ['tasks', '--unit', 'tld', '--at', '2024-06-30'],
    ['tasks', '--overdue', '--at', '2025-12-31'],
    ['progress', '--document', '13/CTr-LĐLĐ', '--unit', 'laichau', '--period', '2025'],
    ['progress', '--document', '13/CTr-LĐLĐ', '--unit', 'laichau', '--period', '2025-H1', '--by-child'],
    ['progress', '--document', '240/KH-TLĐ', '--unit', 'tld', '--period', '2023'],
    ['cascade', '13/CTr-LĐLĐ'],
    ['lineage', '13/CTr-LĐLĐ'],
    ['validate', '--list-tags'],
    ['import', 'tests/data/corpus-dev/05_ldld-phuyen-ket-qua-2023.txt'],
    ['import', 'tests/data/seeds/004_1dbd95623eb3c362.txt'],
]
WIDTHS = [60, 80, 120]


def cells(line):
    n = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return n


def main():
    program = sys.argv[1]
    failures = []
    for args in RUNS:
        argv = [program] + args + (DATA if args[0] != 'validate' else [])
        for width in WIDTHS:
            r = subprocess.run(argv + ['--width', str(width)], capture_output=True)
            if r.returncode not in (0, 1):
                failures.append('%s --width %d: exit %d: %s' % (' '.join(args), width, r.returncode,
                                                                r.stderr.decode('utf-8', 'replace')))
                continue
            lines = r.stdout.decode('utf-8').split('\n')
            widest = max(lines, key=cells)
            print('%-70s --width %3d: widest line %d' % (' '.join(args), width, cells(widest)))
            for line in lines:
                if cells(line) > width:
                    failures.append('%s --width %d: a line of %d cells: %r'
                                    % (' '.join(args), width, cells(line), line))
    # --help is written at 80 columns in both languages (a translation is longer than its English)
    commands = [[]] + [[c] for c in ('validate', 'show', 'tree', 'tasks', 'progress', 'cascade', 'lineage',
                                     'new-report', 'fmt', 'export', 'report', 'import')]
    for language in ('vi', 'en'):
        env = dict(os.environ, LANGUAGE=language, LC_ALL='C.UTF-8')
        for cmd in commands:
            r = subprocess.run([program] + cmd + ['--help'], capture_output=True, env=env)
            text = r.stdout.decode('utf-8')
            if r.returncode != 0 or not text:
                failures.append('LANGUAGE=%s %s --help: exit %d' % (language, ' '.join(cmd), r.returncode))
            for line in text.split('\n'):
                if cells(line) > 80:
                    failures.append('LANGUAGE=%s %s --help: a line of %d cells: %r'
                                    % (language, ' '.join(cmd), cells(line), line))
            failures += ['LANGUAGE=%s %s --help: %s' % (language, ' '.join(cmd), f) for f in misaligned_options(text)]
    for f in failures:
        print('FAIL: ' + f)
    print('%d runs and --help of %d commands in 2 languages, %d problems (lines too wide, option texts out of their column)'
          % (len(RUNS) * len(WIDTHS), len(commands), len(failures)))
    return 1 if failures else 0


def misaligned_options(text):
    """The option lines ("  -x, --name ARG   text") of one --help whose text does not start in
    the column of the others, or which run their text on after the label with a single space and
    are not followed by a line indented to that column (the label too long to share a line)."""
    lines = text.split('\n')
    columns, problems = {}, []
    in_options = False
    for i, line in enumerate(lines):
        if line and not line.startswith(' '):  # a heading: "Options:" opens the block, others close it
            in_options = line in ('Options:', 'Tùy chọn:')
        if not in_options or not re.match(r'^  --?[A-Za-z]', line):  # not "  - " list items
            continue
        m = re.match(r'^(  -.*?\S)( {2,})\S', line)
        if m:
            columns.setdefault(cells(m.group(1)) + len(m.group(2)), []).append(line)
        elif i + 1 >= len(lines) or not re.match(r'^ {8,}\S', lines[i + 1]):
            problems.append('an option line without its text column: %r' % line)
    if len(columns) > 1:
        problems.append('option texts start in %d columns: %s' % (len(columns), sorted(columns)))
    return problems


if __name__ == '__main__':
    sys.exit(main())
