#!/usr/bin/env python3
"""The fuzzing table of tests/README.md, from what tests/fuzz/long-runs.sh left in OUT and what
tests/fuzz/coverage.sh wrote in build-cov:

    tests/fuzz/fuzz-figures.py OUT [--coverage build-cov]

For each harness: the wall-clock time of its run and the CPU time it actually had (GNU time;
on a shared machine the difference is large), the inputs executed, libFuzzer's coverage
counters when the seeds were read (INITED) and at the end (cov: edges, ft: features), the
inputs kept, what it found (crashes, leaks, out-of-memory; timeouts and slow units are listed
apart: libFuzzer measures them in wall-clock time, which under a starved CPU is mostly waiting,
so each is replayed by the replay driver to show its real CPU cost),
and the line, function and region coverage of lib/ that coverage.sh measured.
"""
import argparse
import os
import re
import subprocess
import sys

NAMES = ['load', 'text', 'query', 'edit', 'import-text', 'import-html', 'import-docx']
STATUS = re.compile(r'^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+)', re.M)


def read(path, default=''):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read()
    except OSError:
        return default


def gnu_time(text):
    def field(name):
        m = re.search(r'^\s*' + re.escape(name) + r': (.*)$', text, re.M)
        return m.group(1).strip() if m else None
    user, system = field('User time (seconds)'), field('System time (seconds)')
    cpu = float(user) + float(system) if user and system else None
    rss = field('Maximum resident set size (kbytes)')
    return cpu, int(rss) // 1024 if rss else None


def coverage(folder, name):
    text = read(os.path.join(folder, f'coverage-{name}.txt'))
    m = re.search(r'^TOTAL\s+(.*)$', text, re.M)
    if not m:
        return 'not measured'
    f = m.group(1).split()
    # regions, missed, cover, functions, missed, executed, lines, missed, cover, ...
    return f'{f[8]} / {f[5]} / {f[2]}'


def replay_cost(program, path):
    """CPU seconds of the replay driver on one input (0 when it cannot be run)."""
    if not program or not os.path.exists(program):
        return None
    before = os.times()
    subprocess.run([program, path], capture_output=True)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--coverage', default='build-cov')
    ap.add_argument('--replay', default='build/tests/fuzz', help='folder of the fuzz-NAME-replay drivers')
    a = ap.parse_args()
    commit = read(os.path.join(a.out, 'bin', 'COMMIT')).strip() or '?'
    print(f'Runs of {a.out} (harnesses of commit {commit[:12]}), `tests/fuzz/long-runs.sh`, all seven at once at '
          f'`nice -n 19`; coverage of lib/ by `tests/fuzz/coverage.sh` over seeds, regression inputs and the '
          f'corpus found (lines / functions / regions):')
    print()
    print('| harness | wall clock | CPU it had | executions | cov / ft at start → end | corpus | found | '
          'coverage of lib/ |')
    print('|---|---:|---:|---:|---|---:|---|---|')
    notes = []
    for name in NAMES:
        d = os.path.join(a.out, name)
        if not os.path.isdir(d):
            continue
        log = read(os.path.join(d, 'log.txt'))
        start, end = read(os.path.join(d, 'start')).strip(), read(os.path.join(d, 'end')).strip()
        wall = f'{(int(end) - int(start)) / 60:.0f} min' if start and end else 'running'
        cpu, rss = gnu_time(read(os.path.join(d, 'time.txt')))
        cpu_text = f'{cpu / 60:.1f} min' if cpu is not None else '-'
        m = re.search(r'stat::number_of_executed_units: (\d+)', log)
        statuses = STATUS.findall(log)
        execs = int(m.group(1)) if m else (int(statuses[-1][0]) if statuses else 0)
        inited = [s for s in statuses if s[1] == 'INITED']
        first = inited[0] if inited else (statuses[0] if statuses else None)
        last = statuses[-1] if statuses else None
        covtext = f'{first[2]} / {first[3]} → {last[2]} / {last[3]}' if first and last else '-'
        corpus_dir = os.path.join(d, 'corpus')
        corpus = len(os.listdir(corpus_dir)) if os.path.isdir(corpus_dir) else 0
        arts = sorted(os.listdir(os.path.join(d, 'artifacts'))) if os.path.isdir(os.path.join(d, 'artifacts')) else []
        timed = ('slow-unit-', 'timeout-')
        bad = [x for x in arts if not x.startswith(timed)]
        found = ', '.join(bad) if bad else 'nothing'
        for kind in timed:
            slow = [x for x in arts if x.startswith(kind)]
            if not slow:
                continue
            costs = []
            for x in slow:
                c = replay_cost(os.path.join(a.replay, f'fuzz-{name}-replay'), os.path.join(d, 'artifacts', x))
                costs.append(f'{c:.2f} s' if c is not None else '?')
            found += f'; {len(slow)} {kind[:-1]} (wall clock), replayed in {", ".join(costs)} CPU'
        rc = read(os.path.join(d, 'rc')).strip()
        if rc not in ('', '0'):
            notes.append(f'{name}: libFuzzer exited {rc} (it stops at its first timeout, crash or leak)')
        print(f'| `fuzz-{name}` | {wall} | {cpu_text} | {execs:,} | {covtext} | {corpus:,} | {found} | '
              f'{coverage(a.coverage, name)} |')
    for n in notes:
        print(f'\n{n}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
