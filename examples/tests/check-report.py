#!/usr/bin/env python3
"""`congdoan report` as a person sees it: the page in a real browser, the Báo cáo in a real
word processor.

    check-report.py PROGRAM OUTPUT_DIR

Runs from the top of the source tree (meson's workdir) on the sample data (13/CTr-LĐLĐ, unit
laichau, 2025, reference date 15/12/2025), writing into OUTPUT_DIR (report.html, report.pdf,
report.png, report.docx, report-docx.pdf, report-docx.png: the screenshots of the README are
these PNGs). Needs chromium, pdftotext/pdfinfo/pdftoppm (poppler-utils), soffice
(libreoffice-writer-nogui), python3-docx and the Python bindings (CONGDOAN_LIBRARY and
PYTHONPATH, as meson sets them): tests/setup-debian.sh installs them; a missing one is a failure,
not a skip.

The page (HTML):
  - is one file that declares a Content-Security-Policy forbidding every load, has no script
    and no reference to anything outside itself (no src/href/url() but fragments and data:);
  - headless Chromium, driven through the DevTools protocol, prints it to PDF on A4 in the
    expected number of pages and takes a PNG screenshot; the page's own Network events show no
    request but the page itself. The same page with a remote image, style sheet, script and
    frame put in loads none of them (the browser reports them refused for the policy) and the
    recording proxy that all of the browser's traffic goes to never sees their host. A control
    page without the policy asks for a remote image, and the events and the proxy both show it
    (so the detectors work);
  - the PDF's text (pdftotext) holds every indicator id, every figure the library computes (in
    the Vietnamese form: 98,85%; 1.478), the hand-worked figures of examples/data/README.md,
    every child's numerators and denominators, the reporting completeness with the names, the
    finding and the overdue tasks with their leads.
The Báo cáo (.docx):
  - is a zip with the Office Open XML parts, [Content_Types].xml first, each part well-formed
    XML; A4, the decree's margins, Times New Roman 14 pt;
  - python-docx reads its tables back and they hold the library's figures: the indicators
    (id, text, target, figure and fraction, status), the grid (each child's figure and status),
    the completeness, the finding, the overdue tasks; the header block of Decree 30/2020/NĐ-CP
    and the signature block are there;
  - LibreOffice opens it (--convert-to pdf) and pdftotext finds the same figures.
"""

import base64
import datetime
import os
import re
import shutil
import sys
import tempfile
import threading
import xml.dom.minidom
import zipfile

PROGRAM = os.path.abspath(sys.argv[1])
OUT = os.path.abspath(sys.argv[2])
DATA = 'examples/data'
DOC, UNIT, PERIOD, AT = '13/CTr-LĐLĐ', 'laichau', '2025', '2025-12-15'
# The page count of the sample's page on A4 and of the Báo cáo, with the fonts that
# tests/setup-debian.sh installs (fonts-liberation2, fonts-dejavu-core).
HTML_PAGES = 6
DOCX_PAGES = 7

# ---- what the library says (the Python bindings) ---------------------------------------------

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium_driver import Browser, Recorder  # noqa: E402
from report_checks import (cell_lines, check, failures, figure, fraction, pdf_pages, pdf_text,  # noqa: E402
                           run, tool)
import congdoan  # noqa: E402
from congdoan import Comparator, EvalStatus, TargetBasis  # noqa: E402

# How the Báo cáo words a target, by comparator: the words of Vietnamese plans ("từ 98% trở lên";
# a bare target, "phấn đấu 1.810 đoàn viên", is its figure alone). Written here by hand, not
# taken from the program, so that a change of wording shows.
TARGET_WORDS = {Comparator.AT_LEAST: 'từ {} trở lên', Comparator.TARGET: '{}', Comparator.AT_MOST: 'không quá {}',
                Comparator.EXACTLY: 'đúng {}', Comparator.MORE_THAN: 'trên {}', Comparator.LESS_THAN: 'dưới {}',
                Comparator.ABOUT: 'khoảng {}'}
# and in the grid's allocation line ("giao ≥ 280"; a bare allocation "giao 280")
TARGET_SYMBOL = {Comparator.AT_LEAST: '≥ ', Comparator.TARGET: '', Comparator.AT_MOST: '≤ ', Comparator.EXACTLY: '= ',
                 Comparator.MORE_THAN: '> ', Comparator.LESS_THAN: '< ', Comparator.ABOUT: '≈ '}

AT_DATE = datetime.date(2025, 12, 15)


STATUS_WORDS = {EvalStatus.ACHIEVED: 'đạt', EvalStatus.NOT_ACHIEVED: 'chưa đạt', EvalStatus.NO_DATA: 'chưa có số liệu',
                EvalStatus.NOT_AGGREGABLE: 'không cộng được'}

# examples/data/README.md, section 1 (2025): the figures as the report must print them.
HAND = {'iii-1a': '98,85%', 'iii-1b': '67,19%', 'iii-2a': '99,72%', 'iii-2b': '83,33%', 'iii-3a': '88,89%',
        'iii-3b': '87,5%', 'iii-3c': '75%', 'iii-4a': '1.478', 'iii-5a': '1,07', 'iii-6a': '2', 'iii-7a': '96,48%',
        'iii-8a': '44,44%', 'iii-8b': '85,71%', 'iii-8c': '18,84%', 'iii-9a': '100%', 'iii-10a': '36',
        'iii-11a': '81,82%', 'iii-12a': '85,71%', 'iii-13a': '1'}
HAND_FRACTIONS = ['13.466/13.623', '774/1.152', '357/358', '45/54', '8/9', '14/16', '6/8', '439/412',
                  '13.298/13.783', '4/9', '6/7', '13/69', '34/34', '9/11', '78/91']


def library_figures():
    corpus = congdoan.Corpus(DATA)
    doc = corpus.document(DOC)
    progress = corpus.progress(doc, UNIT, PERIOD, at=AT_DATE)
    breakdown = corpus.breakdown(doc, UNIT, PERIOD, at=AT_DATE)
    trend = corpus.trend(doc, UNIT, PERIOD, at=AT_DATE, max_periods=6)
    overdue = []
    for d in [doc] + [x for x in corpus.cascade(doc).lower]:
        overdue += corpus.overdue_tasks(AT_DATE, d)
    return corpus, doc, progress, breakdown, trend, overdue


def check_text(where, text, progress, breakdown, trend, overdue, grid_fractions=True):
    """The figures a reader must find in `text` (the text of a PDF)."""
    flat = re.sub(r'\s+', ' ', text)
    for ip in progress.indicators:
        x = ip.indicator
        check(f'{where}: indicator id {x.id}', x.id in flat)
        if ip.actual is not None:
            f = figure(x, ip.actual)
            check(f'{where}: {x.id} figure {f} (library)', f in flat)
        if ip.numerator is not None:
            check(f'{where}: {x.id} fraction', fraction(ip.numerator, ip.denominator) in flat,
                  fraction(ip.numerator, ip.denominator))
    for iid, f in HAND.items():
        check(f'{where}: {iid} figure {f} (README)', f in flat)
    for f in HAND_FRACTIONS:
        check(f'{where}: fraction {f} (README)', f in flat)
    for u, row in zip(breakdown.children, breakdown.cells):
        check(f'{where}: child {u.id}', (u.short_name or u.name) in flat, u.short_name or u.name)
        for cell in row:
            if cell.actual is not None:
                check(f'{where}: {u.id} {cell.indicator.id} figure', figure(cell.indicator, cell.actual) in flat,
                      figure(cell.indicator, cell.actual))
            if grid_fractions and cell.numerator is not None:
                check(f'{where}: {u.id} {cell.indicator.id} fraction',
                      fraction(cell.numerator, cell.denominator) in flat, fraction(cell.numerator, cell.denominator))
    # completeness with the names; the finding; the overdue tasks with their leads; the trend
    for e in progress.expected:
        check(f'{where}: expected unit {e.unit.id}', (e.unit.short_name or e.unit.name) in flat)
    for words in ('muộn 8 ngày', 'muộn 3 ngày', 'chưa nộp', 'đúng hạn'):
        check(f'{where}: completeness "{words}"', words in flat)
    for f in progress.findings:
        check(f'{where}: finding {f.unit.id}', f.unit.name in flat)
    check(f'{where}: {len(overdue)} overdue tasks (nv-1 and nv-2 of the district programmes)', len(overdue) == 2,
          [t.id for t in overdue])
    for t in overdue:
        check(f'{where}: overdue task {t.id}', t.id in flat)
        check(f'{where}: lead of {t.id}', t.lead.name in flat, t.lead.name)
    check(f'{where}: the half-year in the trend', '6 tháng đầu năm 2025' in flat and len(trend) == 2)


# ---- the page --------------------------------------------------------------------------------

def check_html_static(html):
    check('html: lang="vi"', '<html lang="vi">' in html)
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    check('html: a Content-Security-Policy', m is not None)
    if m:
        policy = m.group(1)
        check('html: the policy forbids every source by default', "default-src 'none'" in policy, policy)
        check('html: the policy allows no script, no connection', 'script-src' not in policy and
              'connect-src' not in policy, policy)
    check('html: no script', '<script' not in html.lower())
    for m in re.finditer(r'''(?:src|href)\s*=\s*["']([^"']*)["']''', html, re.I):
        check('html: a reference that stays in the page', m.group(1).startswith(('#', 'data:')), m.group(1))
    for m in re.finditer(r'url\(\s*([^)]*)\)', html):
        check('html: a url() that stays in the page', m.group(1).strip('\'" ').startswith(('#', 'data:')), m.group(1))
    check('html: no http address', not re.search(r'https?://(?!www\.w3\.org/2000/svg)', html),
          re.findall(r'https?://\S+', html)[:5])


def check_page(chromium, lib):
    corpus, doc, progress, breakdown, trend, overdue = lib
    html_path = os.path.join(OUT, 'report.html')
    r = run([PROGRAM, 'report', '-d', DATA, '--document', DOC, '--unit', UNIT, '--period', PERIOD, '--at', AT,
             '-o', html_path])
    if not check('report -o report.html exits 0', r.returncode == 0, r.stderr.decode()):
        return
    check('report -o: nothing on stdout', r.stdout == b'')
    html = open(html_path, encoding='utf-8').read()
    check_html_static(html)
    url = 'file://' + html_path
    pdf = os.path.join(OUT, 'report.pdf')
    png = os.path.join(OUT, 'report.png')
    for f in (pdf, png):
        if os.path.exists(f):
            os.unlink(f)

    recorder = Recorder()
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    work = tempfile.mkdtemp(prefix='congdoan-chromium-')
    browser = None
    try:
        browser = Browser(chromium, os.path.join(work, 'profile'), recorder.server_address[1])
        # the page: printed on A4 as its style sheet says, and seen on a screen
        session = browser.open(url)
        data = browser.call('Page.printToPDF', {'printBackground': True, 'preferCSSPageSize': True,
                                                 'displayHeaderFooter': False}, session=session)['data']
        with open(pdf, 'wb') as f:
            f.write(base64.b64decode(data))
        data = browser.call('Page.captureScreenshot', {'format': 'png'}, session=session)['data']
        with open(png, 'wb') as f:
            f.write(base64.b64decode(data))
        asked, refused = browser.requests(session)
        check('the page asks for nothing but itself', asked == [url], asked)
        check('the page tries to load nothing', not refused, refused)

        # the same page with remote things put in: its Content-Security-Policy refuses them all
        hostile = os.path.join(work, 'report-with-remote.html')
        with open(hostile, 'w', encoding='utf-8') as f:
            f.write(html.replace('<body>\n', '<body>\n<img src="http://congdoan-csp.example/i.png">'
                                 '<link rel="stylesheet" href="http://congdoan-csp.example/s.css">'
                                 '<script src="http://congdoan-csp.example/j.js"></script>'
                                 '<iframe src="http://congdoan-csp.example/f.html"></iframe>\n', 1))
        session = browser.open('file://' + hostile)
        asked, refused = browser.requests(session)
        check('with remote things put in, the policy lets none of them load',
              not any('congdoan-csp.example' in u for u in asked), asked)
        check('... and the browser says it refused them for the policy',
              sum('congdoan-csp.example' in u and why == 'csp' for u, why in refused) >= 3, refused)

        # the control: a page without the policy does ask, and both detectors see it
        control = os.path.join(work, 'control.html')
        with open(control, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html><html><body><p>control</p>'
                    '<img src="http://congdoan-control.example/x.png"></body></html>')
        session = browser.open('file://' + control)
        asked, refused = browser.requests(session)
        check('control: the remote image is asked for', 'http://congdoan-control.example/x.png' in asked, asked)
    except (OSError, EOFError, TimeoutError, RuntimeError, KeyError) as e:
        check('chromium renders the page', False, repr(e))
    finally:
        if browser:
            browser.close()
        recorder.shutdown()
        recorder.server_close()
        shutil.rmtree(work, ignore_errors=True)
    check('control: the proxy saw the remote image', any('congdoan-control.example' in x for x in recorder.requests),
          recorder.requests)
    check('nothing of the refused remote things reached the network',
          not any('congdoan-csp.example' in x for x in recorder.requests), recorder.requests)

    if check('chromium wrote the PDF', os.path.exists(pdf)):
        pages, size = pdf_pages(pdf)
        check(f'the page prints on {HTML_PAGES} A4 pages', pages == HTML_PAGES, f'{pages} pages')
        check('the page prints on A4', '(A4)' in size, size)
        check_text('page PDF', pdf_text(pdf), progress, breakdown, trend, overdue)
    if check('chromium wrote the screenshot', os.path.exists(png)):
        with open(png, 'rb') as f:
            head = f.read(24)
        check('screenshot: a PNG', head[:8] == b'\x89PNG\r\n\x1a\n')
        width, height = int.from_bytes(head[16:20], 'big'), int.from_bytes(head[20:24], 'big')
        check('screenshot: 1000 × 1400', (width, height) == (1000, 1400), (width, height))


# ---- the Báo cáo -----------------------------------------------------------------------------

PARTS = ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml',
         'word/_rels/document.xml.rels', 'word/styles.xml', 'word/settings.xml', 'word/header1.xml']


def check_docx_tables(path, lib):
    corpus, doc, progress, breakdown, trend, overdue = lib
    import docx  # python3-docx
    d = docx.Document(path)
    tables = d.tables
    check('docx: tables read back', len(tables) >= 6, len(tables))
    if len(tables) < 6:
        return
    # the header block of the decree
    head = [' '.join(cell_lines(c)) for c in tables[0].rows[0].cells]
    check('docx: managing body', 'Tổng Liên đoàn Lao động Việt Nam' in head[0], head[0])
    check('docx: issuing body', 'Liên đoàn Lao động tỉnh Lai Châu' in head[0], head[0])
    check('docx: number and symbol', re.search(r'Số:\s+/BC-LĐLĐ', head[0]), head[0])
    check('docx: national title', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' in head[1], head[1])
    check('docx: motto', 'Độc lập - Tự do - Hạnh phúc' in head[1], head[1])
    check('docx: place and date', 'Lai Châu, ngày 15 tháng 12 năm 2025' in head[1], head[1])
    texts = [p.text for p in d.paragraphs]
    check('docx: BÁO CÁO', 'BÁO CÁO' in texts, texts[:8])
    check('docx: trích yếu', any(t.startswith('Kết quả thực hiện các chỉ tiêu') for t in texts), texts[:8])

    # I. the indicators
    t = tables[1]
    check('docx: indicators header', [c.text for c in t.rows[0].cells] ==
          ['Mã', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện', 'Đánh giá'], [c.text for c in t.rows[0].cells])
    rows = t.rows[1:]
    check('docx: one row per indicator', len(rows) == len(progress.indicators), len(rows))
    for row, ip in zip(rows, progress.indicators):
        cells = [cell_lines(c) for c in row.cells]
        x = ip.indicator
        check(f'docx: {x.id} id', cells[0] == [x.id], cells[0])
        check(f'docx: {x.id} text', ' '.join(cells[1]) == x.text, cells[1])
        check(f'docx: {x.id} target in words', cells[2] == [TARGET_WORDS[x.comparator].format(figure(x, x.target))],
              (cells[2], x.comparator))
        # the units left out for giving only a rate, named last (Than Uyên's 98.5 for iii-1a in 2025)
        note = ['%d đơn vị chỉ báo cáo tỷ lệ, không cộng được: %s' % (
            len(ip.rate_only), ', '.join(u.short_name or u.name for u in ip.rate_only))] if ip.rate_only else []
        if ip.actual is None:
            check(f'docx: {x.id} no figure', cells[3] == ['—'] + note, cells[3])
        else:
            check(f'docx: {x.id} figure', cells[3][0] == figure(x, ip.actual), (cells[3], figure(x, ip.actual)))
            check(f'docx: {x.id} figure by hand', cells[3][0] == HAND[x.id], (cells[3], HAND[x.id]))
        if ip.numerator is not None:
            check(f'docx: {x.id} fraction', cells[3][1:] == [fraction(ip.numerator, ip.denominator)] + note, cells[3])
        elif ip.actual is not None:
            check(f'docx: {x.id} rate-only units', cells[3][1:] == note, cells[3])
        if x.id == 'iii-1a':
            check('docx: iii-1a names Than Uyên', note == ['1 đơn vị chỉ báo cáo tỷ lệ, không cộng được: LĐLĐ huyện Than Uyên']
                  and cells[3][-1] == note[0], cells[3])
        check(f'docx: {x.id} status', cells[4] and cells[4][0].endswith(STATUS_WORDS[ip.status]) and
              not (ip.status == EvalStatus.ACHIEVED and 'chưa' in cells[4][0]), cells[4])

    # II. the grid: the tables whose first header cell is "Đơn vị"
    ids_of_doc = {ip.indicator.id for ip in progress.indicators}
    grid = [t for t in tables[2:] if t.rows[0].cells[0].text.strip() == 'Đơn vị' and
            (cell_lines(t.rows[0].cells[1]) or [''])[0] in ids_of_doc]
    check('docx: the grid in 4 tables (19 indicators, 5 per table)', len(grid) == 4, len(grid))
    seen = 0
    for t in grid:
        ids = [cell_lines(c)[0] for c in t.rows[0].cells[1:]]
        check('docx: grid rows = children', len(t.rows) - 1 == len(breakdown.children), len(t.rows))
        for row, u in zip(t.rows[1:], breakdown.children):
            check(f'docx: grid row {u.id}', row.cells[0].text.strip() == (u.short_name or u.name), row.cells[0].text)
            for c, iid in zip(row.cells[1:], ids):
                cell = breakdown.cell(u, iid)
                lines = cell_lines(c)
                seen += 1
                if cell.actual is not None:
                    check(f'docx: grid {u.id} {iid} figure', lines[0] == figure(cell.indicator, cell.actual),
                          (lines, figure(cell.indicator, cell.actual)))
                if cell.numerator is not None:
                    check(f'docx: grid {u.id} {iid} fraction', lines[1] == fraction(cell.numerator, cell.denominator),
                          lines)
                if cell.basis == TargetBasis.NONE and cell.actual is not None:
                    words = 'không đánh giá riêng'
                elif cell.basis == TargetBasis.ALLOCATION:
                    check(f'docx: grid {u.id} {iid} allocation', lines[1] == 'giao ' + TARGET_SYMBOL[cell.target.comparator] +
                          figure(cell.indicator, cell.target.target),
                          lines)
                    words = STATUS_WORDS[cell.status]
                else:
                    words = STATUS_WORDS[cell.status]
                check(f'docx: grid {u.id} {iid} status', lines[-1].endswith(words) and
                      (words != 'đạt' or 'chưa' not in lines[-1]), (lines, words))
    check('docx: every cell of the grid', seen == len(breakdown.children) * len(breakdown.indicators), seen)

    # the trend, completeness, finding, overdue tasks, signature
    rest = [t for t in tables[2:] if t not in grid]
    by_head = {t.rows[0].cells[0].text.strip() + '|' + t.rows[0].cells[1].text.strip(): t for t in rest}
    trend_t = by_head.get('Mã|Mục tiêu')
    if check('docx: the trend table', trend_t is not None, list(by_head)):
        header = [c.text.strip() for c in trend_t.rows[0].cells]
        check('docx: trend periods', header[2:] == ['6 tháng đầu năm 2025', 'năm 2025'], header)
        for row, (a, b) in zip(trend_t.rows[1:], zip(trend[0].indicators, trend[1].indicators)):
            for cell, ip in zip(row.cells[2:], (a, b)):
                if ip.actual is not None:
                    check(f'docx: trend {ip.indicator.id}', cell_lines(cell)[0] == figure(ip.indicator, ip.actual),
                          cell_lines(cell))
    comp = by_head.get('TT|Đơn vị')
    if check('docx: the completeness table', comp is not None, list(by_head)):
        got = [(r.cells[1].text.strip(), r.cells[3].text.strip()) for r in comp.rows[1:]]
        want = []
        for e in progress.expected:
            if e.submission == congdoan.Submission.ON_TIME:
                w = 'đúng hạn'
            elif e.submission == congdoan.Submission.LATE:
                w = 'muộn %d ngày' % (e.submitted - progress.deadline).days
            else:
                w = 'chưa nộp'
            want.append((e.unit.name, w))
        check('docx: completeness rows', got == want, (got, want))
    find = by_head.get('Đơn vị|Chỉ tiêu')
    if check('docx: the findings table', find is not None, list(by_head)):
        got = [[c.text.strip() for c in r.cells] for r in find.rows[1:]]
        want = [[f.unit.name, f.indicator.id, figure(f.indicator, f.reported), figure(f.indicator, f.computed),
                 figure(f.indicator, f.reported - f.computed)] for f in progress.findings]
        check('docx: findings rows (Tân Uyên, iii-13a, 1 against 2)', got == want and len(got) == 1, (got, want))
    tasks = by_head.get('TT|Văn bản, mã')
    if check('docx: the overdue tasks table', tasks is not None, list(by_head)):
        got = [(cell_lines(r.cells[1])[-1], r.cells[3].text.strip()) for r in tasks.rows[1:]]
        want = [(t.id, t.lead.name) for t in overdue]
        check('docx: overdue tasks with their leads', got == want, (got, want))
    sign = ' '.join(c.text for c in tables[-1].rows[0].cells)
    for words in ('Nơi nhận:', 'Tổng Liên đoàn (để báo cáo);', 'Lưu: VT',
                  'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', 'Họ và tên'):
        check(f'docx: signature block "{words}"', words in sign, sign)


def check_docx_package(path):
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        check('docx: a zip file', False, e)
        return
    names = z.namelist()
    check('docx: [Content_Types].xml first', names and names[0] == '[Content_Types].xml', names[:3])
    for part in PARTS:
        if check(f'docx: part {part}', part in names, names):
            try:
                xml.dom.minidom.parseString(z.read(part))
            except Exception as e:  # noqa: BLE001  (any parse error is the failure)
                check(f'docx: {part} is well-formed XML', False, e)
    check('docx: zip integrity', z.testzip() is None)
    document = z.read('word/document.xml').decode('utf-8')
    styles = z.read('word/styles.xml').decode('utf-8')
    check('docx: A4 page', '<w:pgSz w:w="11906" w:h="16838"/>' in document)
    m = re.search(r'<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"', document)
    if check('docx: page margins', m is not None):
        top, right, bottom, left = (int(v) / 56.7 for v in m.groups())
        check('docx: margins of the decree (top/bottom 20-25 mm, left 30-35, right 15-20)',
              20 <= round(top) <= 25 and 20 <= round(bottom) <= 25 and 30 <= round(left) <= 35 and
              15 <= round(right) <= 20, (top, right, bottom, left))
    check('docx: Times New Roman', 'w:ascii="Times New Roman"' in styles)
    check('docx: 14 pt text', '<w:sz w:val="28"/>' in styles)
    check('docx: page numbers from the second page', '<w:titlePg/>' in document and ' PAGE ' in
          z.read('word/header1.xml').decode())


def check_docx(soffice, lib):
    corpus, doc, progress, breakdown, trend, overdue = lib
    path = os.path.join(OUT, 'report.docx')
    r = run([PROGRAM, 'report', '-d', DATA, '--document', DOC, '--unit', UNIT, '--period', PERIOD, '--at', AT,
             '--format', 'docx', '-o', path])
    if not check('report --format docx exits 0', r.returncode == 0, r.stderr.decode()):
        return
    check_docx_package(path)
    check_docx_tables(path, lib)
    # the same bytes through standard output, and a FILE.docx without --format
    r2 = run([PROGRAM, 'report', '-d', DATA, '--document', DOC, '--unit', UNIT, '--period', PERIOD, '--at', AT,
              '--format', 'docx', '-o', '-'])
    check('docx to stdout: the same bytes', r2.returncode == 0 and r2.stdout == open(path, 'rb').read(),
          r2.stderr.decode())

    if not soffice:
        return
    profile = tempfile.mkdtemp(prefix='congdoan-lo-')
    try:
        pdf = os.path.join(OUT, 'report-docx.pdf')
        converted = os.path.join(OUT, 'report.pdf.tmp')
        os.makedirs(converted, exist_ok=True)
        r = run([soffice, '--headless', '--norestore', '--nolockcheck', '-env:UserInstallation=file://' + profile,
                 '--convert-to', 'pdf', '--outdir', converted, path], timeout=600)
        made = os.path.join(converted, 'report.pdf')
        if check('libreoffice converts the .docx to PDF', r.returncode == 0 and os.path.exists(made),
                 r.stdout.decode() + r.stderr.decode()):
            os.replace(made, pdf)
            pages, size = pdf_pages(pdf)
            check(f'the Báo cáo prints on {DOCX_PAGES} A4 pages', pages == DOCX_PAGES, f'{pages} pages')
            check('the Báo cáo is A4', '(A4)' in size, size)
            text = pdf_text(pdf)
            check_text('docx PDF', text, progress, breakdown, trend, overdue)
            # the header block's two columns, read in order (not laid out side by side)
            text = re.sub(r'\s+', ' ', run(['pdftotext', '-enc', 'UTF-8', pdf, '-']).stdout.decode('utf-8', 'replace'))
            for words in ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO',
                          'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'Nơi nhận:', 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ'):
                check(f'docx PDF: "{words}"', words in text)
            run(['pdftoppm', '-r', '80', '-f', '1', '-l', '1', '-png', '-singlefile', pdf,
                 os.path.join(OUT, 'report-docx')])
            check('the first page of the Báo cáo as PNG', os.path.exists(os.path.join(OUT, 'report-docx.png')))
        shutil.rmtree(converted, ignore_errors=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def check_errors():
    # LC_ALL=C.UTF-8 names no language: the messages are Vietnamese (examples/language.c)
    base = [PROGRAM, 'report', '-d', DATA, '--document', DOC, '--unit', UNIT, '--period', PERIOD]
    r = run(base + ['--format', 'pdf', '-o', os.path.join(OUT, 'x.pdf')])
    check('unknown format: exit 2', r.returncode == 2 and "--format không nhận 'pdf'".encode() in r.stderr, r.stderr)
    r = run(base + ['--at', '31/02/2025', '-o', os.path.join(OUT, 'x.html')])
    check('bad date: exit 2', r.returncode == 2 and '--at cần một ngày'.encode() in r.stderr, r.stderr)
    r = run(base + ['-o', os.path.join(OUT, 'no-such-folder', 'x.html')])
    check('unwritable FILE: exit 2', r.returncode == 2 and 'không ghi được'.encode() in r.stderr, r.stderr)
    r = run(base + ['--format', 'docx', '-o', os.path.join(OUT, 'no-such-folder', 'x.docx')])
    # the system's reason, not libzip's English "Failure to create temporary file: …"
    check('unwritable .docx: exit 2', r.returncode == 2 and 'không ghi được'.encode() in r.stderr
          and b'Failure' not in r.stderr, r.stderr)
    r = run([PROGRAM, 'report', '-d', DATA, '--document', DOC, '--unit', 'laichau.xx', '-o',
             os.path.join(OUT, 'x.html')])
    check('unknown unit: exit 1', r.returncode == 1 and "không có đơn vị 'laichau.xx'".encode() in r.stderr, r.stderr)
    for leftover in ('x.html', 'x.pdf'):
        check(f'no {leftover} left after an error', not os.path.exists(os.path.join(OUT, leftover)))


def main():
    os.makedirs(OUT, exist_ok=True)
    chromium = tool('chromium', 'chromium-browser', 'google-chrome')
    tool('pdftotext')
    tool('pdfinfo')
    soffice = tool('soffice', 'libreoffice')
    try:
        import docx  # noqa: F401
    except ImportError:
        failures.append('python3-docx is not installed (tests/setup-debian.sh installs it)')
    lib = library_figures()
    check_errors()
    if chromium:
        check_page(chromium, lib)
    check_docx(soffice, lib)
    lib[0].close()
    for f in failures:
        print('FAIL:', f)
    print(f'check-report: {len(failures)} failures; files in {OUT}')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
