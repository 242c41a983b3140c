#!/usr/bin/env python3
"""Figures for hostile input (tests/README.md prints them): each class of hostile input given to
`congdoan validate`, at a size N and at 10 N where it scales, with the verdict (refused, with the
file:line:column of the first error), the CPU time and the peak memory of the program.

    tests/bench/hostile-figures.py build/examples/congdoan [--scale K] [--files tests/data/hostile]

A benchmark that prints figures, not a test: nothing passes or fails (times depend on the
machine). The 10 N column shows whether a cost grows with the input (x10) or faster. --scale
multiplies every N (default 1). Inputs are written to a temporary folder and removed.

    tests/bench/hostile-figures.py build/examples/congdoan --commands [--runs R] [--only CLASS,...]

gives the largest classes (many units, many reports, colliding ids, foreign attributes and
elements, comments, long tokens, refused foreign text and nesting) to every command that reads a
file -- validate, progress, export --format json, fmt --check and fmt in place -- at N and 8 N,
and prints the CPU time (user + sys of the program alone, GNU time's where installed), the peak
RSS and the exit status: 8N/N near 8 is linear, 64 quadratic.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
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


def reports(n):
    """A programme with one indicator and n grassroots units each reporting on it (progress and
    export have work to do)."""
    return HEAD + UNIT0 + ''.join(
        f'<unit id="u{i}" level="grassroots" name="Công đoàn cơ sở số {i}" parent="root" sector="public"/>\n'
        for i in range(n)) + \
        '<document id="d" kind="programme" issuer="root" issued="2025-01-10"><title>Chương trình công tác năm 2025</title>' \
        '<section id="s"><indicator id="i" measure="count" comparator="at-least" target="10" period="2025" owner="root">' \
        '<text>Kết nạp ít nhất 10 đoàn viên</text></indicator></section></document>\n' + ''.join(
        f'<report id="r{i}" unit="u{i}" document="d" period="2025"><value indicator="i" value="{i % 20}"/></report>\n'
        for i in range(n)) + TAIL


def foreign_elements(n):
    """Small foreign elements inside units, kept and written back (n of them, 500 to a unit)."""
    return HEAD + UNIT0 + ''.join(
        f'<unit id="u{i}" level="grassroots" name="U" parent="root" sector="public">' + '<x:n>a</x:n>' * 500 + '</unit>\n'
        for i in range(max(1, n // 500))) + TAIL


def long_title(n):
    """One title of n bytes, under the text limit: loaded, written back."""
    return HEAD + '<document id="d" kind="plan"><title>' + 'Nghị quyết ' * (n // 14) + '</title></document>\n' + TAIL


def collide(n):
    """n unit ids that all collide under unseeded 64-bit FNV-1a (tests/bench/gen-collide)."""
    return ('gen-collide', n)


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

# The largest classes, given to every command that reads a file (--commands), at N and 8 N.
COMMAND_CLASSES = [
    ('many units', units, 20000),
    ('many reports', reports, 10000),
    ('colliding ids (gen-collide)', collide, 20000),
    ('250 foreign attributes per element', foreign_attrs, 4_000_000),
    ('many small foreign elements', foreign_elements, 100_000),
    ('comments', comments, 1_000_000),
    ('one title of N bytes, under the limit', long_title, 100_000),
    ('one attribute value of N bytes, under the limit', attribute_value, 100_000),
    ('foreign text of N bytes (refused)', foreign_text, 2_000_000),
    ('deep nesting (refused)', deep, 100_000),
]

COMMANDS = [
    ('validate', lambda f: ['validate', f]),
    ('progress', lambda f: ['progress', '-d', f, '--period', '2025']),
    ('export --format json', lambda f: ['export', '--format', 'json', '--what', 'all', '-d', f]),
    ('fmt --check', lambda f: ['fmt', '--check', f]),
    ('fmt (in place)', lambda f: ['fmt', '--in-place', f]),
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


def timed(program, args):
    """CPU seconds (user + sys), peak RSS in KiB and exit status of the program alone: GNU time's
    figures where it is installed, else those of a fresh Python child that runs it."""
    if os.path.exists('/usr/bin/time'):
        r = subprocess.run(['/usr/bin/time', '-f', '%U %S %M %x', program] + args, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, errors='replace')
        u, s_, m, x = r.stderr.strip().split('\n')[-1].split()
        return float(u) + float(s_), int(m), int(x)
    code = ('import resource, subprocess, sys\n'
            'p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n'
            'r = resource.getrusage(resource.RUSAGE_CHILDREN)\n'
            'print(r.ru_utime + r.ru_stime, r.ru_maxrss, p.returncode)\n')
    out = subprocess.run([sys.executable, '-c', code, program] + args, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def write_input(program, folder, gen, n):
    path = os.path.join(folder, 'input.xml')
    text = gen(n)
    if isinstance(text, tuple):  # written by a helper program
        tool = os.path.join(os.path.dirname(os.path.abspath(program)), '..', 'tests', 'bench', text[0])
        subprocess.run([tool, '--ids', str(text[1]), path], check=True, stdout=subprocess.DEVNULL)
    else:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    return path


def commands(program, scale, runs, only):
    """Every command on the largest classes at N and 8 N: CPU time (median of runs) and peak RSS."""
    print('| input | command | N: size | CPU s: N → 8N (8N/N) | peak RSS MiB: N → 8N | exit |')
    print('|---|---|---:|---|---|---|')
    with tempfile.TemporaryDirectory() as folder:
        for label, gen, n in COMMAND_CLASSES:
            if only and not any(o.strip() and o.strip() in label for o in only.split(',')):
                continue
            n = int(n * scale)
            sizes, results = [], {}
            for m in (1, 8):
                path = write_input(program, folder, gen, n * m)
                sizes.append(os.path.getsize(path))
                original = os.path.join(folder, 'original.xml')
                os.replace(path, original)
                for name, args in COMMANDS:
                    got = []
                    for _ in range(runs):
                        shutil.copyfile(original, path)  # fmt in place rewrites it
                        got.append(timed(program, args(path)))
                    results.setdefault(name, []).append(
                        (statistics.median(g[0] for g in got), max(g[1] for g in got), got[0][2]))
            for name, _ in COMMANDS:
                (c1, r1, x1), (c8, r8, x8) = results[name]
                ratio = f'{c8 / c1:.1f}' if c1 >= 0.005 else '-'
                exits = f'{x1}' if x1 == x8 else f'{x1} → {x8}'
                print(f'| {label} | {name} | {sizes[0]:,} B | {c1:.3f} → {c8:.3f} ({ratio}) | '
                      f'{r1 / 1024:.0f} → {r8 / 1024:.0f} ({r8 / r1:.1f}x) | {exits} |', flush=True)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--one':
        verdict, cpu, wall, rss, rc = run(sys.argv[2], sys.argv[3])
        print(f'{verdict}\t{cpu:.3f}\t{wall:.3f}\t{rss}\t{rc}')
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument('program')
    ap.add_argument('--scale', type=float, default=1.0)
    ap.add_argument('--files', default=os.path.join(os.path.dirname(__file__), '..', 'data', 'hostile'))
    ap.add_argument('--commands', action='store_true',
                    help='every command (validate, progress, export, fmt) on the largest classes at N and 8 N')
    ap.add_argument('--runs', type=int, default=1, help='with --commands: the median of R runs')
    ap.add_argument('--only', default='', help='with --commands: the classes whose names hold one of these')
    a = ap.parse_args()
    if a.commands:
        commands(a.program, a.scale, a.runs, a.only)
        return 0
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
