#!/usr/bin/env python3
"""`congdoan validate` of a national file next to a bare load of the same file (issue 12's target:
within 1.5x), printed as the Markdown rows of tests/README.md.

    tests/bench/validate-national.py --build build-release [-n 5] [--callgrind SMALL.xml] FILE.xml

Runs, interleaved (load, validate, load, validate, ...; each under `nice -n 19`):
  * the bare load: `bench-load -n 1 --only load FILE`, whose forked child does
    congdoan_corpus_new + congdoan_corpus_load_file + congdoan_corpus_free and reports its own CPU
    time (user + system) and peak RSS: the load alone, without starting a program;
  * `congdoan validate -q FILE` under GNU time (Debian package `time`): the whole program (start,
    load, congdoan_corpus_check(), its issues printed, exit).
It prints the medians (CPU time is the figure on a shared machine; wall-clock beside it) and
the ratio. With --callgrind it also counts instructions (valgrind --tool=callgrind, whole
process) of `bench-load -n 1 --only load --no-fork SMALL` and `congdoan validate -q SMALL`:
figures a noisy machine does not change. A benchmark: nothing passes or fails.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

LOAD_RUN = re.compile(r'load run 1:\s+([0-9.]+) s.*peak RSS\s+([0-9.]+) MiB\s+\(user ([0-9.]+) s, sys ([0-9.]+) s')


def bare_load(bench, path):
    out = subprocess.run(['nice', '-n', '19', bench, '-n', '1', '--only', 'load', path], capture_output=True,
                         text=True, check=True).stdout
    m = LOAD_RUN.search(out)
    if not m:
        sys.exit('validate-national: cannot read bench-load\'s output:\n' + out)
    wall, rss, user, system = (float(g) for g in m.groups())
    return user + system, wall, rss


def validate(program, path):
    with tempfile.NamedTemporaryFile('r') as t:
        p = subprocess.run(['/usr/bin/time', '-o', t.name, '-f', '%U %S %e %M', 'nice', '-n', '19', program,
                            'validate', '-q', path], capture_output=True, text=True)
        if p.returncode not in (0, 1):
            sys.exit(f'validate-national: congdoan validate exited {p.returncode}:\n{p.stderr}')
        user, system, wall, rss_kb = t.read().split()[-4:]
    errors = sum(1 for line in p.stdout.splitlines() if line.startswith('E: '))
    warnings = sum(1 for line in p.stdout.splitlines() if line.startswith('W: '))
    return float(user) + float(system), float(wall), int(rss_kb) / 1024, errors, warnings


def instructions(cmd):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 'cg.out')
        subprocess.run(['nice', '-n', '19', 'valgrind', '--tool=callgrind', '--callgrind-out-file=' + out] + cmd,
                       capture_output=True, check=False)
        with open(out) as f:
            for line in f:
                if line.startswith('summary:') or line.startswith('totals:'):
                    return int(line.split()[1])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('file')
    ap.add_argument('--build', default='build-release')
    ap.add_argument('-n', type=int, default=5)
    ap.add_argument('--callgrind', metavar='SMALL.xml')
    a = ap.parse_args()
    bench = os.path.join(a.build, 'tests', 'bench', 'bench-load')
    program = os.path.join(a.build, 'examples', 'congdoan')
    with open(a.file, 'rb') as f:  # into the page cache
        while f.read(1 << 24):
            pass
    loads, checks = [], []
    verdict = None
    for i in range(a.n):
        loads.append(bare_load(bench, a.file))
        *fig, errors, warnings = validate(program, a.file)
        checks.append(tuple(fig))
        verdict = f'{errors} errors, {warnings} warnings'
        print(f'run {i + 1}: load CPU {loads[-1][0]:.2f} s wall {loads[-1][1]:.1f} s; '
              f'validate CPU {checks[-1][0]:.2f} s wall {checks[-1][1]:.1f} s', file=sys.stderr)
    med = [[statistics.median(r[k] for r in rows) for k in range(3)] for rows in (loads, checks)]
    size = os.path.getsize(a.file)
    with open('/proc/loadavg') as f:
        load_avg = f.read().split()[0]
    print(f'{os.path.basename(a.file)}: {size:,} bytes; medians of {a.n} interleaved runs; load average {load_avg} '
          f'at the end; build {a.build}')
    print()
    print('| | CPU (user+sys) | wall | peak RSS |')
    print('|---|---:|---:|---:|')
    print(f'| bare load (`bench-load --only load`, its child) | {med[0][0]:.2f} s | {med[0][1]:.1f} s | '
          f'{med[0][2]:.0f} MiB |')
    print(f'| `congdoan validate -q` (start, load, check, {verdict}) | {med[1][0]:.2f} s '
          f'(**{med[1][0] / med[0][0]:.2f}x** the load; target 1.5x) | {med[1][1]:.1f} s '
          f'({med[1][1] / med[0][1]:.2f}x) | {med[1][2]:.0f} MiB |')
    if a.callgrind:
        load_ir = instructions([bench, '-n', '1', '--only', 'load', '--no-fork', a.callgrind])
        check_ir = instructions([program, 'validate', '-q', a.callgrind])
        print()
        print(f'Instructions (callgrind, whole process, {os.path.basename(a.callgrind)}, '
              f'{os.path.getsize(a.callgrind):,} bytes): bare load {load_ir:,}, `congdoan validate -q` {check_ir:,} '
              f'({check_ir / load_ir:.2f}x).')
    return 0


if __name__ == '__main__':
    sys.exit(main())
