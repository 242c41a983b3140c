#!/usr/bin/python3
"""Make the importer readers' fixtures from the seeds, reproducibly.

    /usr/bin/python3 tests/data/import/make-fixtures.py

Needs Debian's python3-docx (and python3-lxml, which it brings); python3-reportlab for the
PDF. Run by hand, not by CI: the generated files are committed beside this script, and
tests/test-import-readers.c checks what the readers make of them against the seeds themselves.

seed-000.docx   seed 000 (Plan 240/KH-TLĐ) as a Word file would hold it: the header block as a
                two-column table, the title lines split into runs, "I." "II." headings and "1."
                items as automatic numbering (the numbers are not in the text), "- " lines as
                bullets, a line break, a tab, a paragraph typed in NFD, hidden and deleted text
                that must not come out, and the tasks of part III.1 as a task table
                "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành": one row per
                task, the lead cell merged down the table; the coordinators are the words each
                task itself names after "phối hợp với" (the seed gives no times: that column is
                left empty, as in many real tables).
seed-004.html   seed 004 (Programme 13/CTr-LĐLĐ) as a provincial federation's news page: the
                page's own chrome around it (scripts, styles, header and menu, breadcrumb, share
                buttons, a sidebar of links, comments, related news, footer) and no <article> or
                <main>, so that the densest-block rule has to find the text.
seed-004-cp1258.html  the same page declared and encoded as windows-1258 (tone marks as combining
                characters, as that charset writes them).
seed-003.pdf    seed 003 as a PDF (reportlab, DejaVu Sans), for the pdftotext route.
"""
import html
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "seeds")


def seed_lines(prefix):
    name = [f for f in os.listdir(SEEDS) if f.startswith(prefix)][0]
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def clean(line):
    return " ".join(line.replace("\u00a0", " ").split())


# ---- seed 000 as .docx ---------------------------------------------------------------------------

# The coordinators of each task of part III.1, as its own words name them after "phối hợp với".
COORDINATORS = [
    "các cơ quan, các ban, đơn vị liên quan",
    "các ban, đơn vị liên quan",
    "",
    "các ban, đơn vị liên quan",
    "các ban, đơn vị liên quan",
    "các Công đoàn ngành Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn",
    "các ban, đơn vị",
    "các ban, đơn vị",
    "",
]

NUMBERING = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="91">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="92">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="91"><w:abstractNumId w:val="91"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="92"><w:abstractNumId w:val="91"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="93"><w:abstractNumId w:val="92"/></w:num>
"""


def make_docx(path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    numbering = d.part.numbering_part.element
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    block = parse_xml('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">%s</w:numbering>'
                      % re.sub(r' xmlns:w="[^"]*"', "", NUMBERING))
    for el in list(block):
        if el.tag == qn("w:abstractNum") and first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)

    def numbered(p, num_id, ilvl=0):
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        lvl = OxmlElement("w:ilvl")
        lvl.set(qn("w:val"), str(ilvl))
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(lvl)
        numpr.append(nid)
        ppr.append(numpr)

    def runs(p, text, pieces=3, bold_first=False):
        """Split text into runs at spaces, as Word does around formatting changes."""
        words = text.split(" ")
        step = max(1, len(words) // pieces)
        chunks = [" ".join(words[i:i + step]) for i in range(0, len(words), step)]
        for k, c in enumerate(chunks):
            r = p.add_run(c + (" " if k + 1 < len(chunks) else ""))
            if bold_first and k == 0:
                r.bold = True

    def hidden_run(p, text):
        r = p.add_run(text)
        rpr = r._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:vanish"))

    def deleted_run(p, text):
        dl = parse_xml('<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                       'w:id="1" w:author="x"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                       % html.escape(text))
        p._p.append(dl)

    def cell_text(cell, lines):
        cell.paragraphs[0].text = ""
        for k, line in enumerate(lines):
            para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            parts = line.split("\n")
            for j, part in enumerate(parts):
                r = para.add_run(part)
                if j + 1 < len(parts):
                    r.add_break()

    lines = [clean(l) for l in seed_lines("000")]
    lines = [l for l in lines if l]
    i = 0
    section = None
    numbered_lists = {"II": 91, "III": 92}
    while i < len(lines):
        line = lines[i]
        if line.startswith("TỔNG LIÊN ĐOÀN LAO ĐỘNG") and lines[i + 1] == "VIỆT NAM":
            # the header block: two columns, as Word documents lay it out
            t = d.add_table(rows=2, cols=2)
            cell_text(t.cell(0, 0), [line + "\n" + lines[i + 1], lines[i + 2]])
            cell_text(t.cell(0, 1), [lines[i + 3], lines[i + 4], lines[i + 5]])
            cell_text(t.cell(1, 0), [lines[i + 6]])
            cell_text(t.cell(1, 1), [lines[i + 7]])
            i += 8
            continue
        m = re.match(r"^(I|II|III|IV|V|VI)\. (.*)$", line)
        if m:
            section = m.group(1)
            p = d.add_paragraph(style="Heading 1")
            runs(p, m.group(2), 2)
            numbered(p, 90)
            i += 1
            continue
        m = re.match(r"^(\d+)\. (.*)$", line)
        if m and section in numbered_lists:
            p = d.add_paragraph(style="List Paragraph")
            runs(p, m.group(2), 3, bold_first=True)
            if int(m.group(1)) == 2:
                hidden_run(p, " ẨN KHÔNG IN")
            numbered(p, numbered_lists[section])
            i += 1
            if section == "III" and m.group(2) == "Ban Đối ngoại Tổng Liên đoàn":
                tasks = []
                while i < len(lines) and lines[i].startswith("- "):
                    tasks.append(lines[i][2:])
                    i += 1
                t = d.add_table(rows=1 + len(tasks), cols=4)
                t.style = "Table Grid"
                for c, h in enumerate(["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]):
                    cell_text(t.cell(0, c), [h])
                for r, task in enumerate(tasks):
                    cell_text(t.cell(r + 1, 0), [task])
                    lead = t.cell(r + 1, 1)
                    if r == 0:
                        cell_text(lead, ["Ban Đối ngoại Tổng Liên đoàn"])
                    tcpr = lead._tc.get_or_add_tcPr()
                    vm = OxmlElement("w:vMerge")
                    if r == 0:
                        vm.set(qn("w:val"), "restart")
                    tcpr.append(vm)
                    cell_text(t.cell(r + 1, 2), [COORDINATORS[r]])
            continue
        if line.startswith("- "):
            p = d.add_paragraph(style="List Paragraph")
            runs(p, line[2:], 2)
            numbered(p, 93)
            i += 1
            continue
        m = re.match(r"^(Số hiệu|Ngày ban hành|Ngày có hiệu lực|Loại văn bản|Cơ quan ban hành|Người ký|Lĩnh vực) (.*)$", line)
        if m:
            p = d.add_paragraph()
            p.add_run(m.group(1))
            p.add_run().add_tab()
            p.add_run(m.group(2))
            i += 1
            continue
        p = d.add_paragraph()
        if line.startswith("Thực hiện Chỉ thị số 12-CT/TW"):
            # typed with combining marks (NFD), as some converters and Mac keyboards write
            runs(p, unicodedata.normalize("NFD", line), 4)
            deleted_run(p, " (bản cũ đã xoá)")
        else:
            runs(p, line, 2)
        i += 1
    d.core_properties.author = "libcongdoan tests"
    import datetime
    fixed = datetime.datetime(2025, 1, 1)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "libcongdoan tests"
    d.core_properties.revision = 1
    d.save(path)
    deterministic_zip(path)


def deterministic_zip(path):
    """The same bytes on every run: entries in their order, with one fixed date."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---- seed 004 as a web page ---------------------------------------------------------------------

PAGE_HEAD = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="%(charset)s">
<title>Chương trình công tác công đoàn năm 2025 - LĐLĐ tỉnh Lai Châu</title>
<link rel="stylesheet" href="/css/site.css">
<style>body { font-family: Arial; } .menu li { display: inline; }</style>
<script>window.dataLayer = []; function gtag(){ dataLayer.push(arguments); } // <p>not text</p></script>
</head>
<body class="page-news">
<div id="top-header" class="header">
  <div class="logo"><a href="/">LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU</a></div>
  <ul class="menu">
    <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li>
  </ul>
</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; Chương trình</div>
<table class="layout" width="100%%"><tr>
<td class="col-left" valign="top">
  <div class="box-left">
    <div class="title-box">Liên kết</div>
    <ul><li><a href="http://www.congdoan.vn">Tổng Liên đoàn Lao động Việt Nam</a></li>
    <li><a href="http://laichau.gov.vn">Cổng thông tin điện tử tỉnh Lai Châu</a></li></ul>
  </div>
</td>
<td class="col-main" valign="top">
<div class="news-detail">
  <div class="date">Thứ sáu, 28/02/2025 - 08:15</div>
"""

PAGE_TAIL = """
  <div class="share-tools"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
  <div class="comment-box"><h3>Ý kiến bạn đọc</h3>
    <p>Chương trình rất thiết thực, mong các cấp công đoàn triển khai sớm tới đoàn viên cơ sở.</p>
    <form action="/comment"><textarea name="c">Nhập ý kiến</textarea><button>Gửi</button></form></div>
  <div class="related-news"><h3>Tin liên quan</h3><ul>
    <li><a href="/a">Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 15</a></li>
    <li><a href="/b">Tổng kết công tác công đoàn năm 2024</a></li></ul></div>
</div>
</td>
<td class="col-right sidebar" valign="top">
  <div class="box"><div class="title-box">Tin mới</div><ul>
    <li><a href="/c">Lai Châu: trao 200 suất quà Tết cho đoàn viên khó khăn</a></li>
    <li><a href="/d">Ra mắt công đoàn cơ sở Công ty thủy điện Nậm Na</a></li></ul></div>
  <div class="advertisement"><a href="/qc"><img src="/qc.png" alt="Quảng cáo"></a></div>
</td>
</tr></table>
<div id="footer"><p>Bản quyền thuộc Liên đoàn Lao động tỉnh Lai Châu. Địa chỉ: phường Tân Phong, thành phố Lai Châu.</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<script src="/js/site.js"></script>
</body>
</html>
"""


def page_body(lines):
    out = []
    i = 0
    # the number and the date stand side by side, in a table of their own
    assert lines[0].startswith("Số:") and lines[1].startswith("Lai Châu, ngày")
    out.append('  <table class="doc-header"><tr><td>%s</td><td><em>%s</em></td></tr></table>'
               % (html.escape(lines[0]), html.escape(lines[1])))
    i = 2
    out.append("  <h1>%s</h1>" % html.escape(lines[i]))
    i += 1
    out.append('  <div class="detail-content">')
    k = 0
    while i < len(lines):
        line = lines[i]
        esc = html.escape(line, quote=False)
        # entities as editors write them: &nbsp; after the number of a section, a numeric reference
        if re.match(r"^(I|II|III|IV|V|VI)\. ", line):
            out.append("    <h2>%s</h2>" % esc.replace(". ", ".&nbsp;", 1))
        elif re.match(r"^\d+\. ", line):
            out.append("    <p><strong>%s</strong></p>" % esc)
        else:
            k += 1
            link = None
            if k % 5 == 0 and len(line) > 80:
                # a long paragraph broken over source lines, with a link inside
                cut = line.find(" ", 40)
                link = (line[:cut], line[cut + 1:cut + 20], line[cut + 20:])
            pieces = list(link) if link else [line]
            esc = [html.escape(x, quote=False) for x in pieces]
            if k % 7 == 0:
                # a character reference, as some editors write accented letters
                for j in (0, 2) if link else (0,):
                    if "ế" in esc[j]:
                        esc[j] = esc[j].replace("ế", "&#7871;", 1)
                        break
            if link:
                text = esc[0] + "\n      <a href=\"/van-ban/x\">" + esc[1] + "</a>" + esc[2]
            else:
                text = esc[0]
            out.append("    <p>%s</p>" % text)
        i += 1
    out.append("  </div>")
    return "\n".join(out)


def make_html(path, charset="utf-8"):
    lines = [clean(l) for l in seed_lines("004")]
    lines = [l for l in lines if l]
    text = PAGE_HEAD % {"charset": charset} + page_body(lines) + PAGE_TAIL
    if charset == "utf-8":
        data = text.encode("utf-8")
    else:
        data = to_cp1258(text)
    with open(path, "wb") as f:
        f.write(data)


def to_cp1258(text):
    """windows-1258: base letters with circumflex, breve and horn precomposed, tone marks combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        rest = ""
        for m in marks:
            composed = unicodedata.normalize("NFC", base + m)
            if len(composed) == 1 and m in "\u0302\u0306\u031b":
                try:
                    composed.encode("cp1258")
                    base = composed
                    continue
                except UnicodeEncodeError:
                    pass
            rest += m
        out += (base + rest).encode("cp1258")
    return bytes(out)


# ---- seed 003 as PDF ----------------------------------------------------------------------------

def make_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=11, leading=14, spaceAfter=8)
    lines = [clean(l) for l in seed_lines("003")]
    story = [Paragraph(html.escape(l), style) for l in lines if l]
    doc = SimpleDocTemplate(path, pagesize=A4, title="seed 003", author="libcongdoan tests",
                            creator="libcongdoan tests", producer="reportlab", invariant=1)
    doc.build(story)


if __name__ == "__main__":
    make_docx(os.path.join(HERE, "seed-000.docx"))
    # the fuzzer's seed for word/document.xml alone (tests/fuzz/fuzz-import-docx.c)
    import zipfile
    parts = os.path.join(HERE, "..", "..", "fuzz", "docx-parts")
    os.makedirs(parts, exist_ok=True)
    with zipfile.ZipFile(os.path.join(HERE, "seed-000.docx")) as z, \
            open(os.path.join(parts, "seed-000-document.xml"), "wb") as f:
        f.write(z.read("word/document.xml"))
    make_html(os.path.join(HERE, "seed-004.html"))
    make_html(os.path.join(HERE, "seed-004-cp1258.html"), "windows-1258")
    try:
        make_pdf(os.path.join(HERE, "seed-003.pdf"))
    except ImportError:
        print("python3-reportlab is not installed: seed-003.pdf left as it is", file=sys.stderr)
