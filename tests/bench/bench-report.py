#!/usr/bin/env python3
"""The national report: `congdoan report` for the Confederation (tld), 2025, on the national file
(gen-national: 150,000 units, 86 provincial ones under tld, 24 indicators, 3,000,000 values).

    bench-report.py --program build/examples/congdoan --gen build/tests/bench/gen-national
                    [-n RUNS] [--file PATH] [--no-render]

Prints figures; never fails on them (a benchmark, not a timed test). For the page and for the
.docx, RUNS runs of `congdoan report --timings`: the median time to load the file (the baseline,
measured in the same runs) and the median time of the report itself without the load (working
out the figures and writing the file), against the target of 2 s. Then, unless --no-render, the
page printed to PDF by headless Chromium (the same driver as examples/tests/check-report.py):
its pages, and the height of the grid's smallest text on paper, to show that the 86 × 24 grid
runs over pages at a readable size instead of shrinking to fit one.

The file is $CONGDOAN_BENCH_FILE or /tmp/congdoan-national.xml, made by gen-national when
missing (about 230 MB; never in the source tree).
"""

import argparse
import base64
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
TARGET = 2.0


def timings(program, path, fmt, out):
    r = subprocess.run([program, 'report', '-d', path, '--unit', 'tld', '--period', '2025', '--at', '2026-01-15',
                        '--format', fmt, '-o', out, '--timings'], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, LANGUAGE='en'))  # the timings line is read in English
    if r.returncode != 0:
        sys.exit('bench-report: congdoan report failed: ' + r.stderr.decode('utf-8', 'replace'))
    m = re.search(r'loading ([\d.]+) s; figures ([\d.]+) s; writing the [^ ]+ ([\d.]+) s; the report without '
                  r'loading ([\d.]+) s', r.stderr.decode())
    return tuple(float(x) for x in m.groups())


def render(page, pdf):
    """Print the page with headless Chromium through the report tests' driver."""
    sys.path.insert(0, os.path.join(ROOT, 'examples', 'tests'))
    import chromium_driver as cr
    chromium = shutil.which('chromium') or shutil.which('chromium-browser')
    if not chromium:
        return None
    recorder = cr.Recorder()
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix='congdoan-bench-chromium-')
    browser = cr.Browser(chromium, profile, recorder.server_address[1])
    try:
        session = browser.open('file://' + os.path.abspath(page))
        data = browser.call('Page.printToPDF', {'printBackground': True, 'preferCSSPageSize': True},
                            session=session, timeout=3000)['data']
        with open(pdf, 'wb') as f:
            f.write(base64.b64decode(data))
    finally:
        browser.close()
        recorder.shutdown()
        recorder.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    return pdf


def grid_text_heights(pdf):
    """Heights (pt) of the words of the grid's cells: the numerators/denominators ("1.234/5.678")."""
    r = subprocess.run(['pdftotext', '-bbox', pdf, '-'], stdout=subprocess.PIPE)
    heights = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                         r.stdout.decode('utf-8', 'replace')):
        if re.fullmatch(r'[\d.]+/[\d.]+', m.group(5)):
            heights.append(float(m.group(4)) - float(m.group(2)))
    return heights


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--program', required=True)
    ap.add_argument('--gen', required=True)
    ap.add_argument('-n', type=int, default=3)
    ap.add_argument('--file', default=os.environ.get('CONGDOAN_BENCH_FILE', '/tmp/congdoan-national.xml'))
    ap.add_argument('--no-render', action='store_true')
    a = ap.parse_args()
    if not os.path.exists(a.file) or os.path.getsize(a.file) == 0:
        subprocess.run([a.gen, a.file], check=True)
    out = tempfile.mkdtemp(prefix='congdoan-bench-report-')
    try:
        print(f'bench-report: {a.file} ({os.path.getsize(a.file) / 1e6:.1f} MB), report of tld for 2025, '
              f'{a.n} runs each, medians')
        for fmt in ('html', 'docx'):
            runs = [timings(a.program, a.file, fmt, os.path.join(out, 'national.' + fmt)) for _ in range(a.n)]
            load, figures, writing, report = (statistics.median(x) for x in zip(*runs))
            size = os.path.getsize(os.path.join(out, 'national.' + fmt))
            print(f'  {fmt:4}  load (baseline) {load:6.2f} s   figures {figures:5.3f} s   writing {writing:5.3f} s   '
                  f'report without the load {report:5.3f} s  (target < {TARGET:.0f} s: '
                  f'{"PASS" if report < TARGET else "MISS"}; {report / load * 100:.1f}% of the load)   '
                  f'file {size / 1e3:.0f} kB')
        if not a.no_render:
            pdf = render(os.path.join(out, 'national.html'), os.path.join(out, 'national.pdf'))
            if pdf:
                info = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE).stdout.decode()
                pages = re.search(r'^Pages:\s+(\d+)', info, re.M).group(1)
                heights = grid_text_heights(pdf)
                print(f'  page  printed by Chromium on {pages} A4 pages; grid fractions: {len(heights)} on paper, '
                      f'text height min {min(heights):.1f} pt, median {statistics.median(heights):.1f} pt'
                      if heights else f'  page  printed on {pages} A4 pages; no grid fraction found in the text')
            else:
                print('  page  not printed: chromium is not installed')
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == '__main__':
    main()
