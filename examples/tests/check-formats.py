#!/usr/bin/env python3
"""Check that every command writes the same kinds of rows with the same fields in JSON and in
CSV, as `congdoan help --formats` lists them and examples/FORMATS.md documents them.

    check-formats.py PROGRAM

Run from the top of the source tree (meson does). For every command and every table it writes:
- the JSON starts with "format_version": 1 and "command", and each row of the table has the
  fields of its kind, in order;
- the CSV of the table has those fields as its header, and every row has the same values as
  the JSON row, written the same way (numbers with the same digits, dates ISO, booleans
  true/false, null empty, lists joined);
and FORMATS.md has a section per kind with the same fields, in order.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys

PROGRAM = os.path.abspath(sys.argv[1])
DATA = ['-d', 'examples/data']
failures = []


def fail(message):
    failures.append(message)


def run(args):
    env = dict(os.environ, LC_ALL='C', LANGUAGE='en', CONGDOAN_DATA='')
    r = subprocess.run([PROGRAM] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if r.returncode not in (0, 1):
        fail(f'{" ".join(args)}: exit status {r.returncode}: {r.stderr.decode(errors="replace")}')
        return None
    return r.stdout.decode('utf-8')


def schemas_of_program():
    text = run(['help', '--formats'])
    kinds, current = {}, None
    for line in text.splitlines():
        m = re.match(r'^(\w+): ', line)
        if m:
            current = kinds.setdefault(m.group(1), [])
            continue
        m = re.match(r'^  (\w+) \((\w+)\): ', line)
        if m and current is not None:
            current.append((m.group(1), m.group(2)))
    return kinds


def schemas_of_document():
    """The fields of each kind as FORMATS.md lists them: a heading '### `kind`' then a table
    whose rows start with '| `field` | type |'."""
    path = os.path.join('examples', 'FORMATS.md')
    kinds, current = {}, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^### `(\w+)`', line)
            if m:
                current = kinds.setdefault(m.group(1), [])
                continue
            m = re.match(r'^\| `(\w+)` \| (\w+) \|', line)
            if m and current is not None:
                current.append((m.group(1), m.group(2)))
    return kinds


# command line, and the table of each kind of row it writes: {table: kind}
RUNS = [
    (['tree'] + DATA + ['--departments'], {'units': 'unit'}),
    (['tasks'] + DATA + ['--unit', 'laichau.tp', '--at', '2025-07-01'], {'tasks': 'task'}),
    (['tasks'] + DATA + ['--document', '240/KH-TLĐ', '--at', '2024-01-01'], {'tasks': 'task'}),
    (['progress'] + DATA + ['--period', '2025-H1', '--by-child'],
     {'evaluations': 'evaluation', 'children': 'child_evaluation', 'findings': 'finding',
      'completeness': 'expected_report'}),
    (['show'] + DATA + ['13/CTr-LĐLĐ'],
     {'document': 'document', 'relations': 'document_relation', 'incoming': 'incoming_relation',
      'deadlines': 'deadline', 'recipients': 'recipient', 'sections': 'section'}),
    (['cascade'] + DATA + ['13/CTr-LĐLĐ'],
     {'matrix': 'cascade_cell', 'documents': 'lower_document', 'allocations': 'allocation',
      'missing': 'missing_unit'}),
    (['lineage'] + DATA + ['13/CTr-LĐLĐ'], {'relations': 'lineage_relation'}),
    (['validate', 'examples/tests/invalid-values.xml', 'examples/data'], {'issues': 'issue'}),
    (['validate', '--list-tags'], {'tags': 'tag'}),
    (['export'] + DATA + ['--what', 'units,tasks,indicators,progress', '--period', '2025', '--at', '2025-12-31'],
     {'units': 'unit', 'tasks': 'task', 'indicators': 'indicator', 'evaluations': 'evaluation',
      'children': 'child_evaluation', 'findings': 'finding', 'completeness': 'expected_report'}),
]


def machine_text(value, type_):
    """A JSON value (numbers kept as their text) as its CSV field."""
    if value is None:
        return ''
    if type_ == 'boolean':
        return 'true' if value else 'false'
    if type_ in ('list', 'texts'):
        return ('; ' if type_ == 'texts' else ' ').join(value)
    if type_ == 'map':
        return ' '.join(f'{k}:{v}' for k, v in value.items())
    return str(value)


def check_run(args, tables, kinds):
    label = ' '.join(args)
    text = run(args + ['--format', 'json'])
    if text is None:
        return
    # numbers as the text written, so that the digits can be compared with the CSV's
    doc = json.loads(text, parse_float=str, parse_int=str)
    if doc.get('format_version') != '1' or list(doc)[:2] != ['format_version', 'command']:
        fail(f'{label}: the JSON does not start with format_version 1 and command: {list(doc)[:3]}')
    if doc.get('command') != args[0]:
        fail(f'{label}: "command" is {doc.get("command")!r}')
    for table, kind in tables.items():
        fields = kinds.get(kind)
        if fields is None:
            fail(f'{label}: no kind {kind!r} in `congdoan help --formats`')
            continue
        keys = [k for k, _ in fields]
        rows = doc.get(table)
        if rows is None:
            fail(f'{label}: no {table!r} in the JSON (members: {list(doc)})')
            continue
        if isinstance(rows, dict):
            rows = [rows]
        if not rows:
            fail(f'{label}: {table!r} is empty, so nothing is checked')
        for row in rows:
            if list(row) != keys:
                fail(f'{label}: a {kind} row of {table!r} has the fields {list(row)}, not {keys}')
                break
        csv_text = run(args + ['--format', 'csv', '--table', table])
        if csv_text is None:
            continue
        records = list(csv.reader(io.StringIO(csv_text, newline=''), strict=True))
        if not records or records[0] != keys:
            fail(f'{label}: the CSV header of {table!r} is {records[:1]}, not {keys}')
            continue
        if len(records) - 1 != len(rows):
            fail(f'{label}: {table!r} has {len(rows)} rows in JSON and {len(records) - 1} in CSV')
            continue
        for n, (row, record) in enumerate(zip(rows, records[1:]), 1):
            want = [machine_text(row[k], t) for k, t in fields]
            if record != want:
                diff = [(k, a, b) for (k, _), a, b in zip(fields, record, want) if a != b]
                fail(f'{label}: {table!r} row {n}: CSV and JSON differ: {diff}')
                break


# `congdoan import` (JSON only): a document row holds its tables, each an array of rows of its
# kind, after its own fields.
IMPORT_RUN = ['import', 'tests/data/import-heldout/h5_tld-chi-thi-an-toan-ve-sinh-lao-dong-2026.txt',
              'tests/data/import-heldout/h12_cdcs-truong-nghi-quyet-dai-hoi-2025.txt']
IMPORT_TABLES = {'indicators': 'imported_target', 'achieved': 'imported_result', 'tasks': 'imported_task'}


def check_import(kinds):
    label = ' '.join(IMPORT_RUN)
    text = run(IMPORT_RUN + ['--format', 'json'])
    if text is None:
        return
    doc = json.loads(text)
    if list(doc) != ['format_version', 'command', 'documents'] or doc['format_version'] != 1 \
            or doc['command'] != 'import':
        fail(f'{label}: the JSON is not format_version 1, command "import", documents: {list(doc)}')
        return
    if len(doc['documents']) != 2:
        fail(f'{label}: {len(doc["documents"])} documents, not 2')
    own = [k for k, _ in kinds.get('imported_document', [])]
    for d in doc['documents']:
        if list(d) != own + list(IMPORT_TABLES):
            fail(f'{label}: a document has the fields {list(d)}, not {own + list(IMPORT_TABLES)}')
            continue
        for table, kind in IMPORT_TABLES.items():
            keys = [k for k, _ in kinds.get(kind, [])]
            if not d[table]:
                fail(f'{label}: {d["file"]}: {table!r} is empty, so nothing is checked')
            for row in d[table]:
                if list(row) != keys:
                    fail(f'{label}: a {kind} row of {table!r} has the fields {list(row)}, not {keys}')
                    break


def main():
    kinds = schemas_of_program()
    if not kinds:
        fail('`congdoan help --formats` lists no kinds of rows')
    documented = schemas_of_document()
    for kind, fields in kinds.items():
        if documented.get(kind) != fields:
            fail(f'FORMATS.md documents {kind!r} as {documented.get(kind)}, the program writes {fields}')
    for kind in documented:
        if kind not in kinds:
            fail(f'FORMATS.md documents {kind!r}, which the program does not write')
    for args, tables in RUNS:
        check_run(args, tables, kinds)
    check_import(kinds)
    for message in failures:
        print('FAIL: ' + message)
    print(f'{len(RUNS)} commands, {len(kinds)} kinds of rows: {len(failures)} problem(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
