#!/usr/bin/env python3
"""Check the man pages the program writes from its option tables.

    check-man.py PROGRAM PAGE...

The pages are those meson built (congdoan.1 and congdoan-COMMAND.1). Checks: one page per
command that `congdoan help --commands` lists, and no more; each page has the sections a man
page has (NAME, SYNOPSIS, DESCRIPTION, OPTIONS, EXIT STATUS; congdoan.1 COMMANDS and SEE ALSO),
every option that `congdoan help COMMAND` lists, congdoan.1 the variables that decide the
language, and groff reads it without a warning. Under
LANGUAGE=vi (the Vietnamese pages of share/man/vi) the sections have their Vietnamese names.
"""

import os
import re
import shutil
import subprocess
import sys

program, pages = sys.argv[1], sys.argv[2:]
failures = []
commands = subprocess.run([program, 'help', '--commands'], capture_output=True, text=True).stdout.split()
by_name = {os.path.basename(p): p for p in pages}
want = {'congdoan.1'} | {f'congdoan-{c}.1' for c in commands}
if set(by_name) != want:
    failures.append(f'pages built {sorted(by_name)}, commands {sorted(want)} (update man_commands in '
                    'examples/meson.build)')
groff = shutil.which('groff')
VIETNAMESE = {'NAME': 'TÊN', 'SYNOPSIS': 'TÓM TẮT', 'DESCRIPTION': 'MÔ TẢ', 'EXIT STATUS': 'TRẠNG THÁI THOÁT',
              'SEE ALSO': 'XEM THÊM', 'COMMANDS': 'CÁC LỆNH', 'OPTIONS': 'TÙY CHỌN'}
vietnamese = os.environ.get('LANGUAGE') == 'vi'
for name, path in sorted(by_name.items()):
    text = open(path, encoding='utf-8').read()
    sections = re.findall(r'^\.SH (.*)$', text, re.M)
    needed = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'EXIT STATUS', 'SEE ALSO']
    needed += ['COMMANDS'] if name == 'congdoan.1' else ['OPTIONS']
    if vietnamese:
        needed = [VIETNAMESE[section] for section in needed]
    for section in needed:
        if section not in sections:
            failures.append(f'{name}: no section {section} (has {sections})')
    if name == 'congdoan.1' and not re.search(r'^\.B LANGUAGE, LC_ALL, LC_MESSAGES, LANG$', text, re.M):
        failures.append(f'{name}: the environment section does not say what decides the language')
    if name != 'congdoan.1':
        command = name[len('congdoan-'):-2]
        help_text = subprocess.run([program, 'help', command], capture_output=True, text=True).stdout
        for option in re.findall(r'^  (?:-\w, )?(--[\w-]+)', help_text, re.M):
            if option not in text.replace('\\-', '-'):
                failures.append(f'{name}: option {option} of the help is not on the page')
    if groff:
        r = subprocess.run([groff, '-k', '-man', '-Tutf8', '-ww', '-z', path], capture_output=True, text=True)
        if r.returncode != 0 or r.stderr.strip():
            failures.append(f'{name}: groff says: {r.stderr.strip()[:500]}')
for f in failures:
    print('FAIL: ' + f)
print(f'{len(by_name)} man pages{"" if groff else " (groff not installed: not formatted)"}: '
      f'{len(failures)} problem(s)')
sys.exit(1 if failures else 0)
