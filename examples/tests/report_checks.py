"""What the report's render tests share (check-report.py, check-report-national.py): the list of
failures, running a tool, a figure and a fraction as the report writes them, a PDF's pages and
text, a .docx cell's lines. Needs the Python bindings (CONGDOAN_LIBRARY and PYTHONPATH, as meson
sets them)."""

import re
import shutil
import subprocess

import congdoan

failures = []


def check(what, condition, detail=''):
    """Record a failure unless `condition`; returns it."""
    if not condition:
        failures.append(f'{what}{": " + str(detail)[:2000] if detail else ""}')
    return condition


def tool(*names):
    """The path of the first of `names` on PATH; a missing tool is a failure, not a skip."""
    for n in names:
        path = shutil.which(n)
        if path:
            return path
    failures.append(f'{names[0]} is not installed (tests/setup-debian.sh installs it)')
    return None


def run(cmd, timeout=300, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, **kw)


def figure(indicator, value):
    """A figure as the report writes it: counts whole, others with at most 2 decimals."""
    pct = indicator.measure.label in ('percentage', 'share-of-units')
    decimals = 0 if indicator.measure.label == 'count' and value == int(value) else 2
    return congdoan.number_format(value, decimals) + ('%' if pct else '')


def fraction(num, den):
    return congdoan.number_format(num, 2) + '/' + congdoan.number_format(den, 2)


def pdf_pages(path):
    """(pages, page size) of a PDF, by pdfinfo."""
    r = run(['pdfinfo', path])
    m = re.search(r'^Pages:\s+(\d+)', r.stdout.decode(), re.M)
    size = re.search(r'^Page size:\s+(.*)$', r.stdout.decode(), re.M)
    return (int(m.group(1)) if m else -1), (size.group(1) if size else '')


def pdf_text(path, layout=True):
    args = ['pdftotext'] + (['-layout'] if layout else []) + ['-enc', 'UTF-8', path, '-']
    return run(args).stdout.decode('utf-8', 'replace')


def cell_lines(cell):
    """The non-empty lines of a python-docx table cell."""
    return [line.strip() for p in cell.paragraphs for line in p.text.split('\n') if line.strip()]
