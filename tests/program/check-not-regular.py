#!/usr/bin/env python3
"""The program never waits on a path that is not a regular file.

    check-not-regular.py PROGRAM

A FIFO opened the usual way blocks until something writes to it, for ever if nothing does.
Every command that reads files is given a FIFO named f.xml (as an argument and with -d), and
/dev/zero (a device that never ends): each must come back within a few seconds with exit
status 2 and a message that says what the path is. A folder holding a FIFO next to a good file
is validated without waiting (the FIFO is not a *.xml file to read).
"""

import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.abspath(sys.argv[1])
failures = []


def run(*args):
    try:
        r = subprocess.run([PROGRAM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20,
                           env=dict(os.environ, CONGDOAN_DATA=''))
    except subprocess.TimeoutExpired:
        return None, '', 'timed out'
    return r.returncode, r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')


def check(what, condition, detail=''):
    print(('ok   ' if condition else 'FAIL ') + what + (': ' + detail if detail and not condition else ''))
    if not condition:
        failures.append(what)


tmp = tempfile.mkdtemp(prefix='congdoan-fifo-')
try:
    fifo = os.path.join(tmp, 'f.xml')
    os.mkfifo(fifo)
    commands = [['validate', fifo], ['validate', '--no-schema', fifo], ['fmt', fifo], ['fmt', '--check', fifo],
                ['fmt', '--stdout', fifo], ['tree', '-d', fifo], ['progress', '-d', fifo],
                ['export', '--what', 'units', '-d', fifo], ['show', '-d', fifo, 'x'], ['tasks', '-d', fifo, '--overdue']]
    for args in commands:
        rc, out, err = run(*args)
        check(' '.join(['congdoan'] + args).replace(tmp, 'TMP'),
              rc == 2 and 'FIFO (named pipe), not a regular file' in err, f'exit {rc}, stderr {err!r}')
    for args in [['validate', '/dev/zero'], ['fmt', '--check', '/dev/zero'], ['tree', '-d', '/dev/zero']]:
        rc, out, err = run(*args)
        check(' '.join(['congdoan'] + args), rc == 2 and 'not a regular file' in err, f'exit {rc}, stderr {err!r}')

    # a folder with a FIFO and a good file: the good file is read, nothing waits
    shutil.copy(os.path.join('examples', 'data', 'units-tld.xml'), os.path.join(tmp, 'units.xml'))
    rc, out, err = run('validate', '--quiet', tmp)
    check('congdoan validate FOLDER-WITH-A-FIFO', rc == 0, f'exit {rc}, stderr {err!r}')
finally:
    shutil.rmtree(tmp)

print(f'{len(failures)} failed')
sys.exit(1 if failures else 0)
