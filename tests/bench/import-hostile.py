#!/usr/bin/env python3
"""Whether `congdoan import` costs linear time and memory on hostile shapes of text: each shape
(one long sentence of figures, a long line without punctuation, a sentence of many "trong đó"
parts, many short sentences, a long list of tasks, many unit names, deep numbering, a huge table,
runs of "Căn cứ …", very long words), at N, 2N, 4N and 8N, by each route (text; html; docx),
imported with `-o OUT.xml`. For each it prints the CPU time (user + sys, the median of --runs)
and the peak RSS of the program, and the ratio of 8N to N: linear cost gives about 8 (less
where the program's fixed cost counts), quadratic 64. With --callgrind the instruction counts
of one run each instead of the times (repeatable on a busy machine; without PCRE2's JIT under valgrind).

    tests/bench/import-hostile.py build/examples/congdoan [--scale K] [--only SHAPE,...]
        [--routes text,html,docx] [--runs R] [--callgrind] [--keep DIR]

A benchmark that prints figures, not a test: nothing passes or fails. Inputs are written to a
temporary folder (or DIR with --keep) and removed.
"""
import argparse
import html
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile

HEAD = "KẾ HOẠCH\nThực hiện Chương trình công tác năm 2026\n\n"


def long_sentence(n):
    """One sentence of n figures, no stop until its end (fuzz-import-text's slow unit)."""
    return [HEAD, "Năm 2026, phấn đấu " + "".join(
        f"kết nạp ít nhất {10 + i % 90} đoàn viên, " for i in range(n)) + "hoàn thành.\n"]


def no_punctuation(n):
    """One line of words and figures, no comma or stop anywhere."""
    return [HEAD, "".join(f"phấn đấu kết nạp {10 + i % 90} đoàn viên mới tại các doanh nghiệp " for i in range(n)) + "\n"]


def parts(n):
    """One sentence of n wholes, each with a part after "trong đó" (of the same noun or of
    another)."""
    return [HEAD, "Năm 2026, phấn đấu " + "".join(
        f"kết nạp {1000 + i} đoàn viên, trong đó có {100 + i % 90} {'đoàn viên nữ' if i % 2 else 'lao động nữ'}, "
        for i in range(n)) + "hoàn thành.\n"]


def short_sentences(n):
    """n sentences of figures, ten to a line."""
    lines = [HEAD]
    for i in range(0, n, 10):
        lines.append("".join(f"Phấn đấu {80 + j % 20}% CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên. "
                             for j in range(i, min(n, i + 10))) + "\n")
    return lines


def tasks(n):
    """n items "X chủ trì, phối hợp với Y …, hoàn thành trước ngày …"."""
    units = ["Ban Tổ chức", "Ban Tuyên giáo", "Ban Nữ công", "Ban Chính sách - Pháp luật", "Văn phòng"]
    return [HEAD, "III. TỔ CHỨC THỰC HIỆN\n"] + [
        f"- {units[i % 5]} chủ trì, phối hợp với {units[(i + 1) % 5]} và {units[(i + 2) % 5]} xây dựng kế hoạch "
        f"tuyên truyền số {i}, hoàn thành trước ngày {1 + i % 28}/{1 + i % 12}/2026.\n" for i in range(n)]


def unit_names(n):
    """One sentence naming n units."""
    names = ["Ban Tổ chức", "Ban Tuyên giáo", "LĐLĐ tỉnh Lai Châu", "Công đoàn ngành Giáo dục", "LĐLĐ huyện Tam Đường",
             "Công đoàn Viên chức tỉnh", "Ban Nữ công", "Công đoàn các Khu công nghiệp"]
    return [HEAD, "Giao " + ", ".join(f"{names[i % 8]} số {i}" for i in range(n)) + " chủ trì thực hiện.\n"]


def numbering(n):
    """n headings and items nested I. / 1. / 1.1. / a) / - ."""
    lines = [HEAD]
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for i in range(n // 5 + 1):
        lines += [f"{roman[i % 10]}. MỤC TIÊU SỐ {i}\n", f"{1 + i % 9}. Công tác tổ chức số {i}\n",
                  f"{1 + i % 9}.{1 + i % 7}. Phát triển đoàn viên\n", f"{'abcdefg'[i % 7]}) Kết nạp {10 + i % 90} đoàn viên\n",
                  f"- Thành lập {1 + i % 9} công đoàn cơ sở\n"]
    return lines


def table(n):
    """A task table of n rows (text: "|" rows; html and docx: table rows)."""
    rows = [("Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")]
    rows += [(f"Tổ chức hội nghị số {i}", "Ban Tổ chức", "Ban Tuyên giáo", f"Quý {['I', 'II', 'III', 'IV'][i % 4]}/2026")
             for i in range(n)]
    return [HEAD, ("table", rows)]


def relations(n):
    """n lines "Căn cứ Nghị quyết số …"."""
    return [HEAD] + [f"Căn cứ Nghị quyết số {i + 1}/NQ-TLĐ ngày {1 + i % 28}/{1 + i % 12}/2025 của Ban Chấp hành "
                     f"Tổng Liên đoàn Lao động Việt Nam;\n" for i in range(n)]


def long_words(n):
    """A word of n * 40 letters, then one of n * 40 digits."""
    return [HEAD, "Phấn đấu " + "đoàn" * (n * 10) + " 5 " + "1" * (n * 40) + " đoàn viên.\n"]


SHAPES = [  # name, generator, N (items), what N counts
    ("one long sentence of figures", long_sentence, 500),
    ("one long line, no punctuation", no_punctuation, 500),
    ("one sentence of 'trong đó' parts", parts, 500),
    ("many short sentences of figures", short_sentences, 1000),
    ("list of 'X chủ trì, phối hợp với Y' tasks", tasks, 500),
    ("many unit names in one sentence", unit_names, 500),
    ("deep numbering I./1./1.1./a)/-", numbering, 1000),
    ("a task table", table, 500),
    ("'Căn cứ …' relations", relations, 500),
    ("very long words", long_words, 500),
]


def as_text(parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out += [" | ".join(r) + "\n" for r in p[1]]
        else:
            out.append(p)
    return "".join(out)


def as_html(parts):
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><article>\n"]
    for p in parts:
        if isinstance(p, tuple):
            out.append("<table>\n" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n"
                                              for r in p[1]) + "</table>\n")
        else:
            out += [f"<p>{html.escape(line)}</p>\n" for line in p.split("\n") if line]
    return "".join(out + ["</article></body></html>\n"])


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wpara(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"


def write_docx(parts, path):
    body = []
    for p in parts:
        if isinstance(p, tuple):
            body.append("<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{wpara(c)}</w:tc>" for c in r) + "</w:tr>"
                                            for r in p[1]) + "</w:tbl>")
        else:
            body += [wpara(line) for line in p.split("\n") if line]
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    # stored, not deflated: text this repetitive deflates past the reader's zip-bomb ratio
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", doc)


def write(parts, route, path):
    if route == "docx":
        write_docx(parts, path)
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(as_text(parts) if route == "text" else as_html(parts))


def run_once(prog, path, out, callgrind, tmp):
    cmd = [prog, "import", "-o", out, path]
    if callgrind:
        cg = os.path.join(tmp, "cg.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        with open(cg, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return float(line.split()[1]), 0.0
        return float("nan"), 0.0
    # GNU time's figures of the program alone (a child forked from Python counts Python's pages)
    r = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M %x"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, check=False, text=True)
    f = r.stderr.strip().split("\n")[-1].split()
    if f[-1] != "0":
        return None  # refused (a limit: one paragraph of more than 1 MiB, say)
    return float(f[1]) + float(f[2]), float(f[3]) / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("congdoan")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--routes", default="text,html,docx")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--keep", default="")
    a = ap.parse_args()
    tmp = a.keep or tempfile.mkdtemp(prefix="import-hostile-")
    os.makedirs(tmp, exist_ok=True)
    unit = "instructions" if a.callgrind else "CPU s"
    print(f"| shape | route | N: bytes | {unit} at N, 2N, 4N, 8N | 8N/N | peak RSS MiB at N → 8N (ratio) |")
    print("|---|---|---:|---|---:|---|")
    for name, gen, n0 in SHAPES:
        if a.only and not any(o.strip() and o.strip() in name for o in a.only.split(",")):
            continue
        for route in a.routes.split(","):
            ext = {"text": "txt", "html": "html", "docx": "docx"}[route]
            costs, rss, size1 = [], [], 0
            for m in (1, 2, 4, 8):
                n = max(1, int(n0 * a.scale * m))
                path = os.path.join(tmp, f"in-{m}.{ext}")
                write(gen(n), route, path)
                if m == 1:
                    size1 = os.path.getsize(path)
                runs = [run_once(a.congdoan, path, os.path.join(tmp, "out.xml"), a.callgrind, tmp)
                        for _ in range(1 if a.callgrind else a.runs)]
                if any(r is None for r in runs):
                    break
                costs.append(statistics.median(r[0] for r in runs))
                rss.append(max(r[1] for r in runs))
            fmt = (lambda v: f"{v / 1e6:,.0f} M") if a.callgrind else (lambda v: f"{v:.3f}")
            last = len(costs) - 1  # 3 unless a size was refused
            ratio = costs[last] / costs[0] if last > 0 and costs[0] else float("nan")
            mem = "" if a.callgrind or last < 1 else f"{rss[0]:.0f} → {rss[last]:.0f} ({rss[last] / rss[0]:.1f}x)"
            if last < 3:
                costs.append(f"refused at {2 ** (last + 1)}N")
            print(f"| {name} | {route} | {size1:,} | {', '.join(c if isinstance(c, str) else fmt(c) for c in costs)} | "
                  f"{ratio:.1f}{'' if last == 3 else f' ({2 ** last}N/N)'} | {mem} |",
                  flush=True)
    if not a.keep:
        for f in os.listdir(tmp):
            os.unlink(os.path.join(tmp, f))
        os.rmdir(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
