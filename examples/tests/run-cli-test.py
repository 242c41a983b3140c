#!/usr/bin/env python3
"""Run the congdoan program once and check its exit status and output.

    run-cli-test.py --program PATH [checks...] -- [ARGUMENT...]

Checks (any number):
  --exit N                 the exit status must be N
  --stdout FILE            standard output must equal FILE exactly
  --stderr FILE            standard error must equal FILE exactly
  --stdout-contains TEXT   standard output must contain TEXT
  --stderr-contains TEXT   standard error must contain TEXT
  --stdout-empty           nothing on standard output
  --stderr-empty           nothing on standard error
  --no-info-lines          no line of standard output starts with "I: "
  --json                   standard output must be valid JSON (python3 -m json.tool) in the
                           shape `congdoan validate --format json` documents (FORMATS.md)
  --json-valid             standard output must be valid JSON (python3 -m json.tool), any shape
  --json-keys K1,K2,...    ... and an object with exactly these top-level keys
  --csv                    standard output must be CSV that python3's csv module reads (RFC
                           4180: CRLF line ends), a header row and every row as long as it
  --csv-header H1,H2,...   ... with exactly this header row
  --env NAME=VALUE         set an environment variable for the program (repeatable)
  --json-as-text FILE      the JSON issues, written as text lines, must equal FILE exactly
  --copy-odd-name FILE     copy FILE into a new temporary folder under a name that needs
                           escaping in JSON, run there with @COPY@ in the arguments replaced by
                           that name, and check that the JSON gives the name back

The program runs in the current directory (meson sets it to the top of the source tree), so
that file names in its output are relative and the expected files hold no absolute paths.
"""

import argparse
import csv
import difflib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Quote, backslash, tab, a control character, Vietnamese letters and a byte that is not UTF-8.
ODD_NAME = b'q"b\\t\tc\x01-L\xc4\x90L\xc4\x90-\xff.xml'
# What the JSON must say: the same, with the bad byte as U+FFFD.
ODD_NAME_JSON = 'q"b\\t\tc\x01-LĐLĐ-\ufffd.xml'

failures = []


def fail(message):
    failures.append(message)


def decode(data):
    return data.decode('utf-8', errors='backslashreplace')


def compare(what, actual, expected_file):
    with open(expected_file, 'rb') as f:
        expected = f.read()
    if actual == expected:
        return
    diff = difflib.unified_diff(decode(expected).splitlines(keepends=True),
                                decode(actual).splitlines(keepends=True),
                                fromfile=expected_file, tofile=what)
    fail(f'{what} differs from {expected_file}:\n' + ''.join(diff))


def one_line(text):
    """As the program writes text: each run of control characters becomes one space."""
    return re.sub('[\x00-\x1f\x7f]+', ' ', text)


def issue_as_text(issue):
    letter = {'error': 'E', 'warning': 'W', 'info': 'I'}[issue['severity']]
    location = ''
    if issue['file'] is not None:
        location = one_line(issue['file'])
        if issue['line'] is not None:
            location += f":{issue['line']}"
            if issue['column'] is not None:
                location += f":{issue['column']}"
        location += ': '
    return f"{letter}: {location}{one_line(issue['tag'])}: {one_line(issue['message'])}\n"


def check_json(stdout, as_text_file, odd_name):
    tool = subprocess.run([sys.executable, '-m', 'json.tool'], input=stdout,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if tool.returncode != 0:
        fail('standard output is not valid JSON (python3 -m json.tool): ' + decode(tool.stderr)
             + '\n--- output ---\n' + decode(stdout))
        return
    doc = json.loads(stdout)
    if not isinstance(doc, dict) or list(doc) != ['format_version', 'command', 'summary', 'issues']:
        fail('the JSON is not an object with "format_version", "command", "summary" and "issues": '
             f'{list(doc) if isinstance(doc, dict) else type(doc)}')
        return
    if doc['format_version'] != 1 or doc['command'] != 'validate':
        fail(f'format_version {doc["format_version"]!r}, command {doc["command"]!r}')
    counts = {'error': 0, 'warning': 0, 'info': 0}
    for issue in doc['issues']:
        if set(issue) != {'severity', 'file', 'line', 'column', 'tag', 'message'}:
            fail(f'an issue has the keys {sorted(issue)}')
            return
        if issue['severity'] not in counts:
            fail(f'unknown severity {issue["severity"]!r}')
            return
        for key in ('line', 'column'):
            if issue[key] is not None and (not isinstance(issue[key], int) or issue[key] < 1):
                fail(f'{key} is {issue[key]!r}')
        counts[issue['severity']] += 1
    summary = doc['summary']
    expected_keys = {'files', 'files_not_loaded', 'errors', 'warnings', 'info'}
    if set(summary) != expected_keys or not all(isinstance(v, int) for v in summary.values()):
        fail(f'the summary is {summary!r}')
    elif (summary['errors'], summary['warnings']) != (counts['error'], counts['warning']) or \
            summary['info'] < counts['info']:
        fail(f'the summary {summary!r} does not count the issues listed {counts!r}')
    if as_text_file:
        compare('the JSON issues as text', ''.join(map(issue_as_text, doc['issues'])).encode('utf-8'),
                as_text_file)
    if odd_name:
        names = {issue['file'] for issue in doc['issues']}
        if names != {ODD_NAME_JSON}:
            fail(f'the JSON gives the file names {names!r}, not {ODD_NAME_JSON!r}')


def check_json_valid(stdout, keys):
    tool = subprocess.run([sys.executable, '-m', 'json.tool'], input=stdout,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if tool.returncode != 0:
        fail('standard output is not valid JSON (python3 -m json.tool): ' + decode(tool.stderr))
        return
    if keys is not None:
        doc = json.loads(stdout)
        wanted = [k for k in keys.split(',') if k]
        if not isinstance(doc, dict) or sorted(doc) != sorted(wanted):
            fail(f'the JSON top-level keys are {sorted(doc) if isinstance(doc, dict) else type(doc)}, '
                 f'expected {sorted(wanted)}')


def check_csv(stdout, header):
    text = stdout.decode('utf-8', errors='strict')
    if text and not text.endswith('\r\n'):
        fail('the CSV does not end with CRLF')
    # Outside quoted fields, every line break must be CRLF.
    quoted = False
    for k, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == '\n' and not quoted and (k == 0 or text[k - 1] != '\r'):
            fail(f'a CSV record ends with LF, not CRLF, at character {k}')
            break
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    if not rows:
        fail('the CSV has no header row')
        return
    width = len(rows[0])
    for n, row in enumerate(rows[1:], 2):
        if len(row) != width:
            fail(f'CSV row {n} has {len(row)} fields, the header {width}: {row!r}')
            break
    if header is not None and rows[0] != header.split(','):
        fail(f'the CSV header is {rows[0]!r}, expected {header.split(",")!r}')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--program', required=True)
    parser.add_argument('--exit', type=int)
    parser.add_argument('--stdout')
    parser.add_argument('--stderr')
    parser.add_argument('--stdout-contains', action='append', default=[])
    parser.add_argument('--stderr-contains', action='append', default=[])
    parser.add_argument('--stdout-empty', action='store_true')
    parser.add_argument('--stderr-empty', action='store_true')
    parser.add_argument('--no-info-lines', action='store_true')
    parser.add_argument('--json', action='store_true')
    parser.add_argument('--json-as-text')
    parser.add_argument('--copy-odd-name')
    parser.add_argument('--json-valid', action='store_true')
    parser.add_argument('--json-keys')
    parser.add_argument('--csv', action='store_true')
    parser.add_argument('--csv-header')
    parser.add_argument('--env', action='append', default=[])
    parser.add_argument('arguments', nargs='*')
    opts = parser.parse_args()

    program = os.path.abspath(opts.program)
    arguments = [os.fsencode(a) for a in opts.arguments]
    cwd = None
    tmp = None
    if opts.copy_odd_name:
        tmp = tempfile.mkdtemp(prefix='congdoan-test-')
        shutil.copyfile(opts.copy_odd_name, os.path.join(os.fsencode(tmp), ODD_NAME))
        arguments = [ODD_NAME if a == b'@COPY@' else a for a in arguments]
        cwd = tmp
    env = dict(os.environ)
    for item in opts.env:
        name, _, value = item.partition('=')
        env[name] = value
    try:
        run = subprocess.run([os.fsencode(program)] + arguments, cwd=cwd, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    finally:
        if tmp:
            shutil.rmtree(tmp)

    shown = ' '.join(['congdoan'] + [decode(a) for a in arguments])
    print(f'$ {shown}\nexit status {run.returncode}\n--- stdout ---\n{decode(run.stdout)}'
          f'--- stderr ---\n{decode(run.stderr)}--------------')

    if run.returncode < 0:
        fail(f'the program was killed by signal {-run.returncode}')
    elif opts.exit is not None and run.returncode != opts.exit:
        fail(f'exit status {run.returncode}, expected {opts.exit}')
    if opts.stdout:
        compare('standard output', run.stdout, opts.stdout)
    if opts.stderr:
        compare('standard error', run.stderr, opts.stderr)
    for text in opts.stdout_contains:
        if text.encode('utf-8') not in run.stdout:
            fail(f'standard output does not contain {text!r}')
    for text in opts.stderr_contains:
        if text.encode('utf-8') not in run.stderr:
            fail(f'standard error does not contain {text!r}')
    if opts.stdout_empty and run.stdout:
        fail('standard output is not empty')
    if opts.stderr_empty and run.stderr:
        fail('standard error is not empty')
    if opts.no_info_lines and any(line.startswith(b'I: ') for line in run.stdout.splitlines()):
        fail('standard output has information lines')
    if opts.json or opts.json_as_text or opts.copy_odd_name:
        check_json(run.stdout, opts.json_as_text, opts.copy_odd_name)
    if opts.json_valid or opts.json_keys:
        check_json_valid(run.stdout, opts.json_keys)
    if opts.csv or opts.csv_header:
        try:
            check_csv(run.stdout, opts.csv_header)
        except (UnicodeDecodeError, csv.Error) as e:
            fail(f'standard output is not CSV: {e}')
    # Nothing may print an absolute path of this machine.
    here = os.getcwd().encode()
    if here in run.stdout or here in run.stderr:
        fail(f'the output contains the absolute path {decode(here)}')

    for message in failures:
        print('FAIL: ' + message)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
