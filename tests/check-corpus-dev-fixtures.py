#!/usr/bin/env python3
"""The hand conversions of corpus-dev (tests/data/corpus-dev-xml/) against the careful reader's
answers (tests/data/corpus-dev/ANSWERS.md), side by side.

For every text of corpus-dev there must be a conversion, and every target, result and task of its
answers must be in it with its meaning — comparator, value (after triệu/tỷ), unit (%, count, VND),
counted noun, scope (sector, population threshold, "trong đó"), period, estimate, running total,
"13/13", printed rates, lead, coordinators and due time — and nothing else: no indicator, result or
task that the answers do not have. The document's own metadata (kind, number, date, place, title,
sections, the documents it implements and names) is checked too. Every <source> must point at its
exact words in the text (line and column, columns counting characters), and every item's text
must be words of the text.

Standard library only. Usage: check-corpus-dev-fixtures.py [DATA_DIR] (default: tests/data).
Exits 1 with one line per difference.
"""
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:congdoan:1}"

# ANSWERS.md comparators → the vocabulary's. A bare target ("=") is `target`, a bare result
# `exactly` (the default of <result>).
TARGET_COMPARATOR = {">=": "at-least", ">": "more-than", "<=": "at-most", "<": "less-than",
                     "~": "about", "range": "range", "=": "target"}
RESULT_COMPARATOR = {"=": "exactly", "~": "about", ">": "more-than", "<": "less-than",
                     ">=": "at-least", "<=": "at-most"}
UNIT_MEASURES = {"%": {"percentage", "share-of-units"}, "count": {"count"}, "VND": {"money"}}
# The kinds the answers use; "news" is the vocabulary's kind of an article (1.2).
KINDS = {"resolution", "news", "report", "plan", "programme"}

errors = []


def fail(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold(s):
    """The folded key under which two wordings of the same words meet (case, diacritics, đ,
    white space), as congdoan_text_fold() does in the library."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.split())


def collapse(s):
    return " ".join(s.split()) if s is not None else None


def overlaps(a, b):
    a, b = fold(a), fold(b)
    return a == b or a in b or b in a


def number(attr):
    return float(attr) if attr is not None else None


# ---- ANSWERS.md --------------------------------------------------------------------------------

def read_answers(path):
    text = open(path, encoding="utf-8").read()
    blocks = re.findall(r"```json\n(.*?)\n```", text, flags=re.S)
    answers = [json.loads(b) for b in blocks]
    summary = re.search(r"Total: (\d+) targets, (\d+) achieved values, (\d+) tasks", text)
    return answers, tuple(int(x) for x in summary.groups())


# ---- periods -----------------------------------------------------------------------------------

def period_codes(words):
    """The period codes the vocabulary writes for the answers' wording of a period, or an empty
    set when the words name no code ("hằng năm", "đến cuối nhiệm kỳ")."""
    f = fold(words)
    codes = set()
    m = re.search(r"nhiem ky (\d{4}) ?- ?(\d{4})", f)
    if m:
        codes.add("term:%s/%s" % m.groups())
    m = re.search(r"nam hoc (\d{4}) ?- ?(\d{4})", f)
    if m:  # a school year runs from September to August
        codes.add("%s-09/%s-08" % m.groups())
    m = re.search(r"(\d+) thang dau nam (\d{4})", f)
    if m:
        codes.add("%s-01/%s-%02d" % (m.group(2), m.group(2), int(m.group(1))))
    m = re.search(r"thang (\d{1,2})-(\d{4})", f)
    if m:
        codes.add("%s-%02d" % (m.group(2), int(m.group(1))))
    m = re.fullmatch(r"nam (\d{4})", f)
    if m:
        codes.add(m.group(1))
    return codes


def check_period(where, answer_period, item):
    period, words, by = item.get("period"), item.get("period-text"), item.get("by")
    if answer_period is None:
        if period or words:
            fail(where, "a period (%s %s) the answers do not have" % (period, words))
        return
    codes = period_codes(answer_period)
    if codes and period not in codes:
        fail(where, "period %r, expected %s for %r" % (period, " or ".join(sorted(codes)), answer_period))
    if not codes and not (words and overlaps(words, answer_period)):
        fail(where, "period-text %r does not say %r" % (words, answer_period))
    if by is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(H[12]|Q[1-4])", by):
        fail(where, "by=%r is not a period or a date" % by)


# ---- scope -------------------------------------------------------------------------------------

THRESHOLD = re.compile(r"(?:co )?(tu |tren |duoi )?(\d+) lao dong( tro len)?")


def check_scope(where, scope, item, populations):
    """The answers' scope is said by scope-sector ("khu vực nhà nước"), a population threshold
    ("từ 10 lao động trở lên" → at-least 10, "trên 25" → more-than 25), part-of ("trong đó") or a
    population's words; no scope means none of these."""
    sectors = set((item.get("scope-sector") or "").split())
    if scope is None:
        if populations or sectors:
            fail(where, "a scope (%s %s) the answers do not have" % (sorted(sectors), [p.text for p in populations]))
        return
    f = fold(scope)
    said = False
    if "ngoai nha nuoc" in f:
        said = True
        if sectors != {"non-state-enterprise"}:
            fail(where, "scope %r: scope-sector %r, expected non-state-enterprise" % (scope, item.get("scope-sector")))
    elif "khu vuc nha nuoc" in f:
        said = True
        if sectors != {"public", "state-enterprise"}:
            fail(where, "scope %r: scope-sector %r, expected public state-enterprise" % (scope, item.get("scope-sector")))
    elif sectors:
        fail(where, "scope-sector %r, but the scope %r names no sector" % (item.get("scope-sector"), scope))
    for m in THRESHOLD.finditer(f):
        said = True
        want = "more-than" if m.group(1) == "tren " else "less-than" if m.group(1) == "duoi " else "at-least"
        value = float(m.group(2))
        if not any(p.get("comparator") == want and number(p.get("value")) == value and
                   fold(p.get("measure") or "") == "lao dong" for p in populations):
            fail(where, "scope %r: no population threshold %s %g lao động" % (scope, want, value))
    if "trong do" in f:
        said = True
        if not item.get("part-of"):
            fail(where, "scope %r: no part-of" % scope)
    if not said and not any(overlaps(p.text or "", scope) or overlaps(p.get("of") or "", scope) for p in populations):
        fail(where, "scope %r is in no population" % scope)
    for p in populations:
        if (p.get("measure") is None) != (p.get("value") is None) or (p.get("value") is None) != (p.get("comparator") is None):
            fail(where, "population %r: a threshold must be given whole" % p.text)


# ---- the fixture -------------------------------------------------------------------------------

def text_of(el, tag="text"):
    t = el.find(NS + tag)
    return t.text.strip() if t is not None and t.text else None


def items(doc, tag):
    return list(doc.iter(NS + tag))


def match(where, answers_list, fixture_items, kind):
    """Pair each answer item with the fixture item of the same words (equal, or one inside the
    other), one to one; what is left over on either side is a difference."""
    pairs, free = [], list(fixture_items)
    for a in answers_list:
        exact = [x for x in free if text_of(x) == a["text"]]
        near = exact or [x for x in free if text_of(x) and (a["text"] in text_of(x) or text_of(x) in a["text"])]
        if len(near) != 1:
            fail(where, "%s %r: %d items of the fixture have its words" % (kind, a["text"], len(near)))
            continue
        free.remove(near[0])
        pairs.append((a, near[0]))
    for x in free:
        fail(where, "%s %r (id %s) is not in the answers" % (kind, text_of(x), x.get("id")))
    return pairs


def check_noun(where, noun, el):
    if noun is None:
        return
    bare = re.sub(r"\s*\([^)]*\)", "", noun)
    said = [v for v in (el.get("unit-of-measure"), el.get("subject")) if v]
    if not any(overlaps(v, bare) for v in said):
        fail(where, "noun %r: unit-of-measure %r, subject %r" % (noun, el.get("unit-of-measure"), el.get("subject")))


def check_unit(where, unit, el, default):
    measure = el.get("measure", default)
    if measure not in UNIT_MEASURES[unit]:
        fail(where, "unit %r, but measure %r" % (unit, measure))
    if unit == "VND" and el.get("currency", "VND") != "VND":
        fail(where, "unit VND, but currency %r" % el.get("currency"))


def check_indicator(where, a, x):
    want = TARGET_COMPARATOR[a["comparator"]]
    got = x.get("comparator")
    if got != want and not (a["comparator"] == "=" and a["value"] == 100 and a["unit"] == "%" and got == "at-least"):
        fail(where, "comparator %r, expected %r (%s)" % (got, want, a["comparator"]))
    if number(x.get("target")) != a["value"]:
        fail(where, "target %s, expected %s" % (x.get("target"), a["value"]))
    if a["comparator"] == "range" and number(x.get("target-max")) != a.get("value_max"):
        fail(where, "target-max %s, expected %s" % (x.get("target-max"), a.get("value_max")))
    check_unit(where, a["unit"], x, None)
    check_noun(where, a.get("noun"), x)
    check_scope(where, a.get("scope"), x, x.findall(NS + "population"))
    check_period(where, a.get("period"), x)
    if a.get("subject") and not (x.get("subject") and overlaps(x.get("subject"), a["subject"])):
        fail(where, "subject %r, expected %r" % (x.get("subject"), a["subject"]))


def check_result(where, a, x):
    want = RESULT_COMPARATOR[a["comparator"]]
    if x.get("comparator", "exactly") != want:
        fail(where, "comparator %r, expected %r (%s)" % (x.get("comparator", "exactly"), want, a["comparator"]))
    if number(x.get("value")) != a["value"]:
        fail(where, "value %s, expected %s" % (x.get("value"), a["value"]))
    check_unit(where, a["unit"], x, "count")
    check_noun(where, a.get("noun"), x)
    check_scope(where, a.get("scope"), x, x.findall(NS + "population"))
    check_period(where, a.get("period"), x)
    for key, attr in (("estimate", "estimate"), ("cumulative", "cumulative")):
        if (x.get(attr, "false") == "true") != bool(a.get(key)):
            fail(where, "%s=%r, expected %s" % (attr, x.get(attr), bool(a.get(key))))
    if number(x.get("of")) != a.get("of"):
        fail(where, "of=%r, expected %r" % (x.get("of"), a.get("of")))
    rate = a.get("rate")
    printed = [number(x.get(k)) for k in ("share", "stated-rate") if x.get(k) is not None]
    if (rate is None and printed) or (rate is not None and printed != [rate]):
        fail(where, "share/stated-rate %r, expected %r" % (printed, rate))
    over = a.get("over_target_pct")
    if number(x.get("over-target")) != over:
        fail(where, "over-target=%r, expected %r" % (x.get("over-target"), over))
    if over is not None:
        want = RESULT_COMPARATOR[a.get("over_target_comparator", "=")]
        if x.get("over-target-comparator", "exactly") != want:
            fail(where, "over-target-comparator %r, expected %r" % (x.get("over-target-comparator"), want))
    if a.get("target") is not None and not x.get("indicator"):
        fail(where, "the answers give a target (%r): the result must name its indicator" % a["target"])


def check_task(where, a, x):
    lead = x.get("lead-text") or x.get("lead")
    if not lead or fold(lead) != fold(a["lead"]):
        fail(where, "lead %r, expected %r" % (lead, a["lead"]))
    coordinators = [c.text.strip() if c.text else c.get("unit") for c in x.findall(NS + "coordinator")]
    if [fold(c or "") for c in coordinators] != [fold(c) for c in a["coordinators"]]:
        fail(where, "coordinators %r, expected %r" % (coordinators, a["coordinators"]))
    if a["due"] is None:
        if x.get("due") or x.get("due-text"):
            fail(where, "due %r %r, but the answers have none" % (x.get("due"), x.get("due-text")))
    else:
        if x.get("due-text") != a["due"]:
            fail(where, "due-text %r, expected %r" % (x.get("due-text"), a["due"]))
        m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", a["due"])
        if m and x.get("due") != "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1))):
            fail(where, "due %r does not date %r" % (x.get("due"), a["due"]))


def check_document(where, a, doc):
    kind = doc.get("kind")
    if a["kind"] not in KINDS or kind != a["kind"]:
        fail(where, "kind %r, expected %r" % (kind, a["kind"]))
    if doc.get("number") != a["doc_number"]:
        fail(where, "number %r, expected %r" % (doc.get("number"), a["doc_number"]))
    date = doc.get("issued") or doc.get("published")
    if date != a["date"]:
        fail(where, "date (issued or published) %r, expected %r" % (date, a["date"]))
    if doc.get("place") != a["place"]:
        fail(where, "place %r, expected %r" % (doc.get("place"), a["place"]))
    title = text_of(doc, "title")
    if collapse(title) != collapse(a["title"]):
        fail(where, "title %r, expected %r" % (title, a["title"]))
    relations = doc.findall(NS + "relation")
    numbers = sorted(r.get("number") for r in relations if r.get("number"))
    implements = sorted(r.get("number") for r in relations
                        if r.get("number") and r.get("type") in ("implements", "based-on"))
    if numbers != sorted(a["referenced_docs"]):
        fail(where, "relations to %r, expected %r" % (numbers, sorted(a["referenced_docs"])))
    # The answers put "Căn cứ" with "Thực hiện"; a mention the answers list but do not implement
    # may be refers-to.
    if not set(a["implements"]) <= set(implements):
        fail(where, "implements/based-on %r, expected %r" % (implements, sorted(a["implements"])))
    if set(implements) - set(a["implements"]):
        fail(where, "implements/based-on %r beyond the answers' %r" % (implements, sorted(a["implements"])))
    headings = [collapse("%s %s" % (s.get("number", ""), s.get("title", ""))) for s in doc.iter(NS + "section") if s.get("title")]
    for h in a["sections"]:
        if collapse(h) not in headings:
            fail(where, "section %r is not in the fixture (%r)" % (h, headings))


def check_sources(where, doc, txt_name, txt):
    lines = txt.split("\n")
    for el in doc.iter():
        if el.tag in (NS + "indicator", NS + "result", NS + "task"):
            t = text_of(el)
            if t and unicodedata.normalize("NFC", t) not in unicodedata.normalize("NFC", txt):
                fail(where, "the text of %s is not words of the text: %r" % (el.get("id"), t))
            for p in el.findall(NS + "population"):
                if p.text and p.text.strip() not in (t or ""):
                    fail(where, "population %r of %s is not in its text" % (p.text, el.get("id")))
        if el.tag != NS + "source":
            continue
        words = el.text or ""
        if el.get("file") != txt_name:
            fail(where, "source file %r, expected %r" % (el.get("file"), txt_name))
            continue
        line, column = int(el.get("line", "0")), int(el.get("column", "0"))
        found = lines[line - 1][column - 1:column - 1 + len(words)] if 0 < line <= len(lines) and column > 0 else None
        if found != words:
            fail(where, "source %d:%d is %r, not %r" % (line, column, found, words))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "data")
    answers, totals = read_answers(os.path.join(data, "corpus-dev", "ANSWERS.md"))
    xml_dir = os.path.join(data, "corpus-dev-xml")
    fixtures = {f[:-4]: f for f in os.listdir(xml_dir) if f.endswith(".xml")}
    counted = [0, 0, 0]
    for a in answers:
        stem = a["file"][:-4]
        where = "corpus-dev-xml/%s.xml" % stem
        if stem not in fixtures:
            fail(where, "missing: every text of corpus-dev has a conversion")
            continue
        root = ET.parse(os.path.join(xml_dir, fixtures.pop(stem))).getroot()
        if root.get("version") != "1.2":
            fail(where, "version %r, expected 1.2" % root.get("version"))
        docs = root.findall(NS + "document")
        if len(docs) != 1:
            fail(where, "%d documents, expected one" % len(docs))
            continue
        doc = docs[0]
        check_document(where, a, doc)
        txt = open(os.path.join(data, "corpus-dev", a["file"]), encoding="utf-8").read()
        check_sources(where, doc, a["file"], txt)
        for k, (key, tag, check) in enumerate((("indicators", "indicator", check_indicator),
                                               ("achieved", "result", check_result),
                                               ("tasks", "task", check_task))):
            for ans, el in match(where, a[key], items(doc, tag), tag):
                check("%s %s %s" % (where, tag, el.get("id")), ans, el)
                counted[k] += 1
            if any(el.find(NS + "source") is None for el in items(doc, tag)):
                fail(where, "every %s read from the text carries its <source>" % tag)
    for stem in fixtures:
        fail("corpus-dev-xml/%s.xml" % stem, "has no answers")
    if tuple(counted) != totals:
        fail("ANSWERS.md", "matched %d targets, %d results, %d tasks; the summary counts %d, %d, %d"
             % (tuple(counted) + totals))
    for e in errors:
        print(e)
    print("%d texts: %d targets, %d results, %d tasks matched (ANSWERS.md counts %d, %d, %d); %d differences"
          % ((len(answers),) + tuple(counted) + totals + (len(errors),)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
