#!/usr/bin/env python3
"""A full disk is said once: a command whose output cannot be written (standard output on
/dev/full) exits with status 2 and one line "cannot write the output: …", with the reason.

    check-full-disk.py PROGRAM

Run from the top of the source tree (meson does).
"""

import os
import subprocess
import sys

PROGRAM = os.path.abspath(sys.argv[1])
RUNS = [
    ['progress', '-d', 'examples/data', '--period', '2025', '--format', 'json'],
    ['tree', '-d', 'examples/data'],
    ['import', '--format', 'json', 'tests/data/corpus-dev/05_ldld-phuyen-ket-qua-2023.txt'],
]
failures = []
if not os.path.exists('/dev/full'):
    print('no /dev/full on this system: nothing to check')
    sys.exit(77)
for args in RUNS:
    with open('/dev/full', 'wb') as full:
        r = subprocess.run([PROGRAM] + args, stdout=full, stderr=subprocess.PIPE, timeout=60,
                           env=dict(os.environ, LANGUAGE='en', LC_ALL='C.UTF-8', CONGDOAN_DATA=''))
    said = [line for line in r.stderr.decode('utf-8', 'replace').splitlines() if 'cannot write the output' in line]
    print(' '.join(args), '->', r.returncode, said)
    if r.returncode != 2:
        failures.append(f'{args[0]}: exit status {r.returncode}, not 2')
    if said != ['congdoan: cannot write the output: No space left on device']:
        failures.append(f'{args[0]}: the failure said as {said}, not once with its reason')
for f in failures:
    print('FAIL: ' + f)
sys.exit(1 if failures else 0)
