#!/usr/bin/env python3
"""Figures for hostile input (tests/README.md prints them): each class of hostile input given to
`congdoan validate`, at a size N and at 10 N where it scales, with the verdict (refused, with the
file:line:column of the first error), the CPU time and the peak memory of the program.

    tests/bench/hostile-figures.py build/examples/congdoan [--scale K] [--files tests/data/hostile]

A benchmark that prints figures, not a test: nothing passes or fails (times depend on the
machine). The 10 N column shows whether a cost grows with the input (x10) or faster. --scale
multiplies every N (default 1). Inputs are written to a temporary folder and removed.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<congdoan xmlns="urn:congdoan:1" xmlns:x="urn:x" version="1.0">\n'
TAIL = '</congdoan>\n'
UNIT0 = '<unit id="root" level="central" name="Tổng Liên đoàn"/>\n'


def units(n):
    return HEAD + UNIT0 + ''.join(
        f'<unit id="u{i}" level="grassroots" name="Công đoàn cơ sở số {i}" parent="root" sector="public"/>\n'
        for i in range(n)) + TAIL


def deep(n):
    return HEAD + '<x:a>' * n + '</x:a>' * n + TAIL


def long_text(n):
    return HEAD + '<document id="d" kind="plan"><title>' + 'Nghị quyết ' * (n // 11) + '</title></document>\n' + TAIL


def foreign_text(n):
    return HEAD + '<unit id="root" level="central" name="U"><x:note>' + 'đ' * (n // 2) + '</x:note></unit>\n' + TAIL


def foreign_attrs(n):
    attrs = ' '.join(f'x:a{k}="v"' for k in range(250))
    return HEAD + UNIT0 + ''.join(
        f'<unit id="u{i}" level="grassroots" name="U" parent="root" sector="public" {attrs}/>\n'
        for i in range(n // (250 * 8))) + TAIL


def attrs_one_element(n):
    return HEAD + '<unit id="u" level="central" name="U" ' + ' '.join(
        f'x:a{k}="v"' for k in range(n // 10)) + '/>\n' + TAIL


def out_of_order(n):
    # every report with its note first: one error per report, each with its line
    return HEAD + ''.join(
        f'<report id="r{i}" unit="u" document="d" period="2025"><note>n</note><value indicator="i" value="1"/></report>\n'
        for i in range(n // 110)) + TAIL


def comments(n):
    return HEAD + UNIT0 + '<!-- c -->\n' * (n // 11) + TAIL


def attribute_value(n):
    return HEAD + '<unit id="u" level="central" name="' + 'a' * n + '"/>\n' + TAIL


def entity_bomb(n):
    ents = '<!ENTITY a0 "lol">' + ''.join(f'<!ENTITY a{k} "{("&a%d;" % (k - 1)) * 10}">' for k in range(1, 10))
    return '<?xml version="1.0"?>\n<!DOCTYPE congdoan [' + ents + ']>\n' + \
        '<congdoan xmlns="urn:congdoan:1" version="1.0"><unit id="u" level="central" name="&a9;"/></congdoan>\n'


def empty(n):
    return ''


def blank(n):
    return ' \n' * (n // 2)


def not_xml(n):
    return 'Báo cáo kết quả thực hiện Nghị quyết\n' * (n // 40)


# (class, generator, N, scales): N in bytes (about) or elements, as the generator reads it
CLASSES = [
    ('valid: units', units, 20000, True),
    ('deep nesting (foreign elements)', deep, 100000, True),
    ('one title of N bytes', long_text, 2_000_000, True),
    ('foreign text of N bytes', foreign_text, 2_000_000, True),
    ('250 foreign attributes per element', foreign_attrs, 4_000_000, True),
    ('N/10 attributes on one element', attrs_one_element, 1_000_000, True),
    ('children out of order', out_of_order, 1_000_000, True),
    ('comments', comments, 1_000_000, True),
    ('one attribute value of N bytes', attribute_value, 2_000_000, True),
    ('entity expansion (10^9 lol)', entity_bomb, 0, False),
    ('empty file', empty, 0, False),
    ('only white space', blank, 100000, False),
    ('text, not XML', not_xml, 100000, False),
]

FIRST_ERROR = re.compile(r'^E: ([^:]*):(\d+)(?::(\d+))?: ([a-z0-9-]+): (.*)$', re.M)


def run(program, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run([program, 'validate', path], capture_output=True, text=True, errors='replace')
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    m = FIRST_ERROR.search(p.stdout)
    if m:
        where = f'line {m.group(2)}' + (f':{m.group(3)}' if m.group(3) else '')
        verdict = f'refused, {where}: {m.group(4)}'
    elif p.returncode == 0:
        verdict = 'valid'
    else:
        verdict = f'exit {p.returncode}, no located error'
    # ru_maxrss of the children is the largest so far: each class runs in a fresh python child
    return verdict, cpu, wall, after.ru_maxrss, p.returncode


def measure(program, folder, label, text):
    path = os.path.join(folder, 'input.xml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    size = os.path.getsize(path)
    # a fresh interpreter per input, so that the peak memory is this input's
    out = subprocess.run([sys.executable, __file__, '--one', program, path], capture_output=True, text=True)
    verdict, cpu, wall, rss, rc = out.stdout.strip().split('\t')
    return size, verdict, float(cpu), float(wall), int(rss)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--one':
        verdict, cpu, wall, rss, rc = run(sys.argv[2], sys.argv[3])
        print(f'{verdict}\t{cpu:.3f}\t{wall:.3f}\t{rss}\t{rc}')
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument('program')
    ap.add_argument('--scale', type=float, default=1.0)
    ap.add_argument('--files', default=os.path.join(os.path.dirname(__file__), '..', 'data', 'hostile'))
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, gen, n, scales in CLASSES:
            n = int(n * a.scale)
            small = measure(a.program, folder, label, gen(n))
            big = measure(a.program, folder, label, gen(10 * n)) if scales else None
            rows.append((label, small, big))
        for name in sorted(os.listdir(a.files)):
            if name.endswith('.hostile'):
                with open(os.path.join(a.files, name), 'rb') as f:
                    data = f.read()
                path = os.path.join(folder, 'input.xml')
                with open(path, 'wb') as f:
                    f.write(data)
                out = subprocess.run([sys.executable, __file__, '--one', a.program, path], capture_output=True, text=True)
                verdict, cpu, wall, rss, rc = out.stdout.strip().split('\t')
                rows.append((name, (len(data), verdict, float(cpu), float(wall), int(rss)), None))
    print('| input | size | verdict | CPU s | peak RSS MiB | at 10x: size, CPU s (ratio), RSS MiB |')
    print('|---|---:|---|---:|---:|---|')
    for label, s, b in rows:
        tail = ''
        if b:
            ratio = b[2] / s[2] if s[2] > 0.005 else float('nan')
            tail = f'{b[0]:,} B, {b[2]:.2f} s (x{ratio:.1f}), {b[4] / 1024:.0f}'
            if b[1] != s[1]:
                tail += f'; {b[1]}'
        print(f'| {label} | {s[0]:,} B | {s[1]} | {s[2]:.3f} | {s[4] / 1024:.0f} | {tail} |')
    return 0


if __name__ == '__main__':
    sys.exit(main())
