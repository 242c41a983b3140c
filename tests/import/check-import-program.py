#!/usr/bin/python3
"""`congdoan import` as a user runs it (issue 10): the seeds as text, Word and web page, written
with -o and checked with `congdoan validate`; the counts the seeds must give; every item's
<source> at its place in the text; and hostile files, each ending in one clear error that names
the file, with nothing written.

    check-import-program.py CONGDOAN TESTS_DATA_DIR

Standard library only. Run under LC_ALL=C (English messages, which the checks quote).
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PROGRAM, DATA = sys.argv[1], sys.argv[2]
UNITS = ["-d", os.path.join(DATA, "units-tld.xml"), "-d", os.path.join(DATA, "units-laichau.xml")]
SEEDS = {s: os.path.join(DATA, "seeds", f) for s, f in
         [("000", "000_c2a2867fe4acd9c6.txt"), ("001", "001_b05ce097e9cf6314.txt"), ("004", "004_1dbd95623eb3c362.txt")]}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what)


def run(*args):
    env = dict(os.environ, LC_ALL="C", LANGUAGE="en", CONGDOAN_DATA="")  # messages compared in English
    p = subprocess.run([PROGRAM] + list(args), capture_output=True, text=True, env=env, timeout=120)
    return p.returncode, p.stdout, p.stderr


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).replace("\u00a0", " ").split())


def elements(xml, name):
    """The elements <name …>…</name> of a written document, with their attributes."""
    return re.findall(r"<%s( [^>]*)?>(.*?)</%s>" % (name, name), xml, re.S)


def check_sources(xml, path):
    """Every <source> of a document read from the text file `path`: the words stand at its line
    and column (white space compared as one space)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    sources = re.findall(r'<source file="([^"]*)" line="(\d+)" column="(\d+)">(.*?)</source>', xml, re.S)
    for file, line, column, words in sources:
        check(file == path, "%s: a source names %s" % (path, file))
        rest = "\n".join(lines[int(line) - 1:int(line) + 60])[int(column) - 1:]
        check(norm(rest).startswith(norm(html.unescape(words))),
              "%s:%s:%s: the words '%s…' are not there" % (path, line, column, html.unescape(words)[:40]))
    return len(sources)


tmp = tempfile.mkdtemp(prefix="congdoan-import-")

# ---- the seeds as text: the summary, -o, validate, the counts, the sources -------------------
out = os.path.join(tmp, "seeds.xml")
rc, stdout, stderr = run("import", *UNITS, SEEDS["000"], SEEDS["001"], SEEDS["004"], "-o", out)
check(rc == 0, "import of the seeds: exit %d (%s)" % (rc, stderr))
check("18 nhiệm vụ (18 có đơn vị chủ trì)" in norm(stdout), "seed 000: 18 tasks, each with a lead:\n" + stdout)
check('11 nhiệm vụ (11 có đơn vị chủ trì, 2 chưa khớp đơn vị đã nạp: "Ban Thường vụ các Công đoàn ngành Trung ương, '
      'Công đoàn Tổng công ty trực thuộc Tổng liên đoàn, Liên đoàn Lao động tỉnh, thành phố"; "Các Công đoàn ngành '
      'Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động tỉnh, '
      'thành phố")' in norm(stdout),
      "seed 001: 11 tasks, 9 with a unit as lead and 2 led by levels of unions (kept by name):\n" + stdout)
check('53 nhiệm vụ (53 có đơn vị chủ trì, 1 chưa khớp đơn vị đã nạp: "Các Liên đoàn Lao động huyện, thành phố, '
      'Công đoàn Ngành, Công đoàn Viên chức"), 19 chỉ tiêu' in norm(stdout),
      "seed 004: 19 indicators:\n" + stdout)
rc, stdout, stderr = run("validate", *UNITS, out)
check(rc == 0 and "3 files, 0 errors, 0 warnings" in stderr, "validate of the import: exit %d, %s" % (rc, stderr))
xml = open(out, encoding="utf-8").read()
check('version="1.2"' in xml, "the import is written as vocabulary 1.2")
docs = re.split(r"<document ", xml)[1:]
check(len(docs) == 3, "3 documents written, not %d" % len(docs))
if len(docs) == 3:
    d000, d001, d004 = docs
    check(len(elements(d000, "task")) == 18, "seed 000 written with 18 tasks")
    check(len(re.findall(r'<task [^>]*lead="tld\.bdn"', d000)) == 9, "seed 000: 9 tasks led by the Ban Đối ngoại")
    check(len(elements(d000, "coordinator")) == 8, "seed 000: the 8 coordinators of part III.1 written")
    check(len(elements(d001, "task")) == 11, "seed 001 written with 11 tasks")
    check(len(elements(d004, "indicator")) == 19, "seed 004 written with 19 indicators")
    check('number="13/CTr-LĐLĐ"' in d004 and 'issued="2025-02-27"' in d004, "seed 004: its number and date")
    check('number="240/KH-TLĐ"' in d000 and 'issued="2022-08-22"' in d000, "seed 000: its number and date")
    n = 0
    for d, seed in ((d000, "000"), (d001, "001"), (d004, "004")):
        n += check_sources("<document " + d, SEEDS[seed])
    # the signer, the relations ("Thực hiện …", documents named), the recipients (Nơi nhận) and
    # the sections (less the preamble, which no heading opens) have theirs too
    parts = {"000": (1, 2, 0, 25), "001": (1, 1, 9, 22), "004": (1, 24, 7, 79)}
    for d, seed in ((d000, "000"), (d001, "001"), (d004, "004")):
        found = (len(re.findall(r"<signer ", d)), len(re.findall(r"<relation ", d)),
                 len(re.findall(r"<recipient[ >]", d)),
                 len(re.findall(r"<section ", d)) - len(re.findall(r'<section id="sec-preamble"', d)))
        check(found == parts[seed], "seed %s: signer, relations, recipients, sections %s, not %s" %
              (seed, parts[seed], found))
    check(n == 19 + 12 + 73 + sum(sum(p) for p in parts.values()),
          "every task, indicator, result, signer, relation, recipient and headed section, and each document, "
          "has its <source> (%d)" % n)
    # where a person reads them: the signature block, a "Thực hiện …" sentence, a line of Nơi nhận
    check(re.search(r'<signer name="Trần Thanh Hải">\s*<source file="[^"]*" line="10" column="10">Trần Thanh Hải<',
                    d000), "seed 000: the signer read at 10:10")
    check(re.search(r'<signer name="Hoàng Thọ Trung"[^>]*>\s*<source file="[^"]*" line="206" column="1">', d004),
          "seed 004: the signer read at 206:1")
    check(re.search(r'number="12-CT/TW"[^>]*>[^<]*<source file="[^"]*" line="31" column="11">Chỉ thị số 12-CT/TW',
                    d000), "seed 000: the Chỉ thị it carries out read at 31:11 ('Thực hiện Chỉ thị …')")
    check(re.search(r'<recipient>Lưu: VT, VP<source file="[^"]*" line="199" column="3">Lưu: VT, VP</source>', d004),
          "seed 004: the last recipient read at 199:3")
    check(re.search(r'<section id="sec-1" number="I\." title="MỤC ĐÍCH, YÊU CẦU">', d000) and
          '<source file="%s" line="33" column="1">I. MỤC ĐÍCH, YÊU CẦU</source>' % SEEDS["000"] in d000,
          "seed 000: part I read at 33:1")

# without units: the leads the words name are counted and said to match nothing
rc, stdout, stderr = run("import", SEEDS["000"])
check(rc == 0 and '18 nhiệm vụ (9 có đơn vị chủ trì, 9 chưa khớp đơn vị đã nạp: "Ban Đối ngoại Tổng Liên đoàn")'
      in norm(stdout),
      "seed 000 without units: the 9 leads named, matching no loaded unit:\n" + stdout)
check("W: %s:" % SEEDS["000"] in stderr and "import-unit-unmatched" in stderr,
      "seed 000 without units: a warning with the file, line and column")

# ---- an official letter (công văn): the vocabulary has no kind for it -------------------------
# its JSON kind is "letter" and its subject its title; the XML holds the kind news, its
# addressees as recipients, and an info says why; the summary calls it a công văn
LETTER = os.path.join(DATA, "import-heldout", "h14_ldld-tinh-cong-van-bao-cao-doan-vien-2025.txt")
out = os.path.join(tmp, "letter.xml")
rc, stdout, stderr = run("import", LETTER, "-o", out)
check(rc == 0 and "Công văn 1275/LĐLĐ-TC, ngày 10/11/2025" in norm(stdout),
      "h14: the summary names a công văn:\n" + stdout)
check("I: %s:3:5: import-kind-letter:" % LETTER in stderr and "import-kind-guessed" not in stderr,
      "h14: an info at the subject line says it is a letter, no guess:\n" + stderr)
xml = open(out, encoding="utf-8").read() if rc == 0 else ""
check('kind="news"' in xml and "<title>báo cáo kết quả phát triển đoàn viên năm 2025</title>" in xml and
      "<recipient>Các công đoàn cấp trên trực tiếp cơ sở<source" in xml,
      "h14 written with the kind news, its subject as title and its addressees as the first recipient")
rc, stdout, stderr = run("validate", out)
check(rc == 0, "validate of the letter: exit %d, %s" % (rc, stderr))
rc, stdout, stderr = run("import", "--format", "json", LETTER)
doc = json.loads(stdout)["documents"][0] if rc == 0 else {}
check(doc.get("kind") == "letter" and doc.get("title") == "báo cáo kết quả phát triển đoàn viên năm 2025",
      "h14 in JSON: kind letter, the subject as title (%r, %r)" % (doc.get("kind"), doc.get("title")))

# ---- the seeds as a Word file and a web page: written and valid ------------------------------
# (the same counts as the text: the page's halves of sentences broken at a page are joined)
for name, counts in (("seed-000.docx", "18 nhiệm vụ (18 có đơn vị chủ trì), 0 chỉ tiêu"),
                     ("seed-004.html", '53 nhiệm vụ (53 có đơn vị chủ trì, 1 chưa khớp đơn vị đã nạp: "Các Liên đoàn '
                                       'Lao động huyện, thành phố, Công đoàn Ngành, Công đoàn Viên chức"), 19 chỉ tiêu')):
    out = os.path.join(tmp, name + ".xml")
    rc, stdout, stderr = run("import", *UNITS, os.path.join(DATA, "import", name), "-o", out)
    check(rc == 0 and os.path.exists(out), "import of %s: exit %d (%s)" % (name, rc, stderr))
    check(counts in norm(stdout), "%s: %s, as the text gives:\n%s" % (name, counts, stdout))
    rc, stdout, stderr = run("validate", *UNITS, out)
    check(rc == 0 and "3 files, 0 errors, 0 warnings" in stderr, "validate of %s: exit %d, %s" % (name, rc, stderr))

# ---- hostile files: one clear error each, naming the file; nothing written -------------------
seed_docx = open(os.path.join(DATA, "import", "seed-000.docx"), "rb").read()


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


bomb = os.path.join(tmp, "bomb.docx")
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document>" + " " * (70 << 20) + "</w:document>")
nested = os.path.join(tmp, "nested.docx")
with zipfile.ZipFile(nested, "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", seed_docx)
huge = os.path.join(tmp, "huge.txt")
with open(huge, "wb") as f:
    f.truncate(100 << 20)
hostile = [
    (bomb, "import-limit", "declares 73400345 bytes uncompressed"),
    (write("truncated.docx", seed_docx[:len(seed_docx) // 2]), "import-unreadable", "truncated"),
    (nested, "import-unreadable", "holds a zip archive, not XML"),
    (write("garbage.bin", bytes((i * 7919 + 13) % 256 for i in range(65536))), "import-unreadable", "NUL byte"),
    (huge, "import-limit", "the file is 104857600 bytes; the input limit is 67108864 bytes"),
    (write("deep.html", b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"),
     "import-limit", "nested 257 deep"),
    (write("report.pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "import-unreadable", "pdftotext -layout"),
]
for path, tag, words in hostile:
    out = os.path.join(tmp, "hostile.xml")
    rc, stdout, stderr = run("import", path, "-o", out)
    errors = [l for l in stderr.splitlines() if l.startswith("E: ")]
    check(rc == 1, "%s: exit %d" % (path, rc))
    check(len(errors) == 1 and errors[0].startswith("E: " + path) and (": %s: " % tag) in errors[0] and words in errors[0],
          "%s: one error with the file, %s and '%s':\n%s" % (path, tag, words, stderr))
    check(stdout == "", "%s: nothing on the standard output: %r" % (path, stdout[:200]))
    check(not os.path.exists(out), "%s: nothing written" % path)
    check("nothing written to '%s': 1 of 1 files could not be imported" % out in stderr, "%s: says nothing was written" % path)

# a good file beside a bad one: the good one is not written alone
out = os.path.join(tmp, "half.xml")
rc, stdout, stderr = run("import", SEEDS["001"], os.path.join(tmp, "truncated.docx"), "-o", out)
check(rc == 1 and not os.path.exists(out) and "1 of 2 files could not be imported" in stderr,
      "a good and a bad file with -o: exit %d, written %s, %s" % (rc, os.path.exists(out), stderr))

for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
