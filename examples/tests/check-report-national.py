#!/usr/bin/env python3
"""`congdoan report` of the Confederation: the grid of every provincial unit (86: the 63
provinces, 20 sectoral unions of the centre, 3 corporations) by every indicator stays readable
on paper. Not a timed test (the time of the full national file is a benchmark:
tests/bench/bench-report.py); this one checks what a reader gets.

    check-report-national.py PROGRAM GEN_NATIONAL OUTPUT_DIR

gen-national writes a file of the national shape, smaller below the provinces (3,000 units,
60,000 values), into OUTPUT_DIR; the report of tld for 2025 is written as the page and as the
Báo cáo, and:
  - the page, printed by headless Chromium on A4 (the driver of check-report.py), asks for
    nothing but itself; every provincial unit's name is in the PDF's text, and every
    numerator/denominator of the library's breakdown is there as many times as the grid has
    it (nothing cut off at a page's edge); the grid runs over pages with its header (the
    indicator ids) repeated on each, and its figures are at least 7 pt high on paper (it does
    not shrink to fit);
  - python-docx reads back the Báo cáo's grid: every provincial unit in each of its tables,
    every indicator in one of them, every cell's figure as the library has it.
"""

import base64
import collections
import datetime
import os
import re
import shutil
import sys
import tempfile
import threading

PROGRAM, GEN, OUT = (os.path.abspath(a) for a in sys.argv[1:4])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium_driver import Browser, Recorder  # noqa: E402
from report_checks import (cell_lines, check, failures, figure, fraction, pdf_pages, pdf_text,  # noqa: E402
                           run, tool)
import congdoan  # noqa: E402

UNITS, VALUES = 3000, 60000
PROVINCIAL = 86
MIN_HEIGHT = 7.0  # pt on paper: the grid's fractions, as on the sample's page


def report(data, fmt, path):
    r = run([PROGRAM, 'report', '-d', data, '--unit', 'tld', '--period', '2025', '--at', '2026-01-15',
             '--format', fmt, '-o', path, '--timings'])
    check(f'report --format {fmt} exits 0', r.returncode == 0, r.stderr.decode('utf-8', 'replace'))
    print(r.stderr.decode('utf-8', 'replace').strip())
    return r.returncode == 0


def print_page(chromium, html, pdf):
    recorder = Recorder()
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix='congdoan-national-chromium-')
    browser = None
    url = 'file://' + html
    try:
        browser = Browser(chromium, profile, recorder.server_address[1])
        session = browser.open(url)
        data = browser.call('Page.printToPDF', {'printBackground': True, 'preferCSSPageSize': True},
                            session=session, timeout=900)['data']
        with open(pdf, 'wb') as f:
            f.write(base64.b64decode(data))
        asked, refused = browser.requests(session)
        check('the national page asks for nothing but itself', asked == [url] and not refused, (asked, refused))
    except (OSError, EOFError, TimeoutError, RuntimeError, KeyError) as e:
        check('chromium prints the national page', False, repr(e))
    finally:
        if browser:
            browser.close()
        recorder.shutdown()
        recorder.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    # (the proxy keeps the browser's own background traffic, update checks and the like, off the
    # network; what the page asks for is in its Network events above)


def page_texts(pdf):
    text = pdf_text(pdf, layout=False)
    return text.split('\f')[:-1] if text.endswith('\f') else text.split('\f')


def check_page(pdf, breakdown):
    pages, size = pdf_pages(pdf)
    check('the national page is A4', '(A4)' in size, size)
    texts = page_texts(pdf)
    check('one text per page', len(texts) == pages, (len(texts), pages))
    flat = re.sub(r'\s+', ' ', ' '.join(texts))
    for u in breakdown.children:
        name = u.short_name or u.name
        check(f'provincial unit {u.id} in the page', name in flat, name)
    # every fraction of the grid, as many times as the grid has it
    want = collections.Counter(fraction(c.numerator, c.denominator)
                               for row in breakdown.cells for c in row if c.numerator is not None)
    got = collections.Counter(re.findall(r'(?<![\d.,])[\d.]+(?:,\d+)?/[\d.]+(?:,\d+)?(?![\d,])', flat))
    short = {f: n - got[f] for f, n in want.items() if got[f] < n}
    check(f'all {sum(want.values())} fractions of the grid on paper', not short, list(short.items())[:10])
    # the grid's pages: the section II (KẾT QUẢ THEO ĐƠN VỊ TRỰC THUỘC) up to section III, page by
    # page; each page of it with a provincial unit's name repeats the header
    names = [u.short_name or u.name for u in breakdown.children]
    ids = [x.id for x in breakdown.indicators]
    whole = '\f'.join(texts)
    start, end = whole.find('II. KẾT QUẢ THEO ĐƠN VỊ TRỰC THUỘC'), whole.find('III. SO SÁNH')
    check('the grid\'s section, then the trend\'s', 0 <= start < end, (start, end))
    grid_pages = [t for t in whole[start:end].split('\f') if any(n in re.sub(r'\s+', ' ', t) for n in names)]
    check('the grid runs over several pages', len(grid_pages) >= 4, len(grid_pages))
    for k, t in enumerate(grid_pages):
        check(f'grid page {k + 1}: the header (Đơn vị and indicator ids)',
              'Đơn vị' in t and any(re.search(r'(?<![\w-])' + re.escape(i) + r'(?![\w-])', t) for i in ids), t[:300])
    # the height of the grid's fractions on paper
    bbox = run(['pdftotext', '-bbox', pdf, '-']).stdout.decode('utf-8', 'replace')
    heights = [float(m.group(2)) - float(m.group(1)) for m in re.finditer(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\d.]+(?:,\d+)?/[\d.]+(?:,\d+)?)</word>',
        bbox)]
    if check('fractions found with their boxes', heights):
        check(f'the grid\'s figures at least {MIN_HEIGHT} pt high', min(heights) >= MIN_HEIGHT, min(heights))
        print(f'check-report-national: {pages} A4 pages, {len(grid_pages)} with the grid; {len(heights)} fractions, '
              f'text height min {min(heights):.1f} pt')


def check_docx(path, breakdown):
    import docx  # python3-docx
    d = docx.Document(path)
    ids = {x.id: x for x in breakdown.indicators}
    grid = [t for t in d.tables if t.rows[0].cells[0].text.strip() == 'Đơn vị' and
            t.rows[0].cells[1].text.strip().split('\n')[0] in ids]
    check('docx: the grid', grid, len(d.tables))
    names = [u.short_name or u.name for u in breakdown.children]
    seen = set()
    for t in grid:
        rows = [r.cells[0].text.strip() for r in t.rows[1:]]
        check('docx: every provincial unit in the grid table', rows == names, (len(rows), len(names)))
        head = [c.text.strip().split('\n')[0] for c in t.rows[0].cells[1:]]
        for j, iid in enumerate(head):
            if iid not in ids:
                continue
            seen.add(iid)
            for r, u in zip(t.rows[1:], breakdown.children):
                cell = breakdown.cell(u, iid)
                lines = cell_lines(r.cells[j + 1])
                if cell.actual is not None:
                    check(f'docx: {u.id} {iid}', lines and lines[0] == figure(cell.indicator, cell.actual),
                          (lines, figure(cell.indicator, cell.actual)))
    check('docx: every indicator in the grid', seen == set(ids), sorted(set(ids) - seen))


def main():
    os.makedirs(OUT, exist_ok=True)
    data = os.path.join(OUT, 'national.xml')
    r = run([GEN, '--units', str(UNITS), '--values', str(VALUES), data])
    if not check('gen-national', r.returncode == 0, r.stderr.decode()):
        return 1
    with congdoan.Corpus(data) as corpus:
        doc = corpus.document('ctr-tld-2025')
        breakdown = corpus.breakdown(doc, 'tld', '2025', at=datetime.date(2026, 1, 15))
        check(f'{PROVINCIAL} provincial units under tld', len(breakdown.children) == PROVINCIAL,
              len(breakdown.children))
        check('all the document\'s indicators in the grid', len(breakdown.indicators) == len(doc.indicators),
              (len(breakdown.indicators), len(doc.indicators)))
        html, pdf, dx = (os.path.join(OUT, 'national.' + e) for e in ('html', 'pdf', 'docx'))
        chromium = tool('chromium', 'chromium-browser')
        if report(data, 'html', html) and chromium:
            print_page(chromium, html, pdf)
            if check('chromium wrote the PDF', os.path.exists(pdf)):
                check_page(pdf, breakdown)
        if report(data, 'docx', dx):
            check_docx(dx, breakdown)
    for f in failures:
        print('FAIL:', f)
    print(f'check-report-national: {len(failures)} failures; files in {OUT}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
