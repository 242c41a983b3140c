#!/usr/bin/python3
"""Score the importer's JSON against a careful reader's answers.

The answers are the JSON blocks of tests/data/corpus-dev/ANSWERS.md (one object per file),
or a JSON list of such objects (tests/data/seeds/answers.json). The importer's JSON is what
`congdoan import --format json FILE...` prints: an object with "format_version" 1, "command"
and "documents", one object per file with the keys and conventions of ANSWERS.md
(examples/FORMATS.md, "imported_document"); or such a list alone (tests/import/import-dump).

What is measured (ANSWERS.md, "Conventions"):
  targets  (indicators): a predicted target matches a reader's when value, unit and
           comparator are all right (for 100% targets "=" and ">=" mean the same);
  results  (achieved): value, unit and comparator;
  tasks:   the lead unit (folded: case, diacritics and spacing do not count; a lead that is
           the reader's with words left out or added at the end still matches when it keeps
           most of them; a unit id given by the answers must be the predicted one's);
  number and date: the document's own number (spaces removed) and date, null included;
  kind:    the reader's word for what the document is (plan, report, news, letter …), and the
           1.2 details (author, part of, period) where the answers give them: printed, no bar.
Next to each figure the scorer prints a baseline measured in the same run on the same texts:
what a few regular expressions find (baseline() below), so that a figure can be read against
what is easy. Precision, recall and F1 are computed over all items of all files (micro-average); the
accuracies over the files. Items the answers mark "optional" count when found and are not
missed when not. With --min-* options, the exit status is 1 when a figure is below its bar.

Standard library only, so that it runs with /usr/bin/python3 on a fresh machine.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata


def load_answers(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        items = json.loads(text)
    else:
        items = [json.loads(block) for block in re.findall(r"```json\n(.*?)\n```", text, re.S)]
    return {item["file"]: item for item in items}


def fold(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[\s\-.,;:()\"“”]+", " ", s)
    return s.strip()


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def same_comparator(gold, pred):
    g, p = gold.get("comparator"), pred.get("comparator")
    if g == p:
        return g != "range" or same_number(gold.get("value_max"), pred.get("value_max"))
    if gold.get("unit") == "%" and same_number(gold.get("value"), 100) and {g, p} <= {"=", ">="}:
        return True
    return False


def figure_matches(gold, pred):
    """Value, unit and comparator; for a score ("97/100 điểm") the top of its scale too, when
    the reader gives one."""
    return (same_number(gold.get("value"), pred.get("value")) and gold.get("unit") == pred.get("unit")
            and same_comparator(gold, pred)
            and ("score_max" not in gold or same_number(gold["score_max"], pred.get("score_max"))))


def words(s):
    return fold(s).split()


def lead_matches(gold, pred):
    if gold.get("lead_unit") and pred.get("lead_unit"):
        return gold["lead_unit"] == pred["lead_unit"]
    g, p = words(gold.get("lead")), words(pred.get("lead"))
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    return long_[:len(short)] == short and len(short) >= 0.7 * len(long_)


def overlap(a, b):
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(1, len(wa | wb))


def match(golds, preds, same):
    """One-to-one: each reader's item takes the predicted item that matches it and shares
    most words with it. Returns (true positives, missed optional items, unmatched preds, the
    matched (reader's, predicted) pairs)."""
    used = set()
    tp = optional_missed = 0
    pairs = []
    for g in golds:
        best, best_score = None, -1.0
        for i, p in enumerate(preds):
            if i in used or not same(g, p):
                continue
            score = overlap(g.get("text"), p.get("text"))
            if score > best_score:
                best, best_score = i, score
        if best is None:
            optional_missed += 1 if g.get("optional") else 0
        else:
            used.add(best)
            tp += 1
            pairs.append((g, preds[best]))
    return tp, optional_missed, [p for i, p in enumerate(preds) if i not in used], pairs


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.pairs = []

    def add(self, golds, preds, same):
        tp, optional_missed, extra, pairs = match(golds, preds, same)
        self.tp += tp
        self.fp += len(extra)
        self.fn += len(golds) - tp - optional_missed
        self.pairs += pairs
        return extra

    def figures(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# ---- the baseline: what a few lines of regular expressions find, scored in the same run --------

_NUM = r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"


def _number(text):
    return float(text.replace(".", "").replace(",", "."))


def baseline(path):
    """A naive reading of one text: the first 'Số: N/…' and 'ngày D tháng M năm Y'; every
    'N%' or 'N <word>' in a sentence with a target word (phấn đấu, chỉ tiêu, ít nhất, trở lên)
    is a target (>= when 'ít nhất/trở lên' is in the sentence), in a sentence with 'đã/được/đạt'
    a result; the words before 'chủ trì' lead a task."""
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8", errors="replace").read())
    out = {"file": os.path.basename(path), "indicators": [], "achieved": [], "tasks": []}
    m = re.search(r"Số\s*:\s*(\d+\s*/\s*[^\s,;]+)", text)
    out["doc_number"] = re.sub(r"\s+", "", m.group(1)) if m else None
    m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
    out["date"] = "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1))) if m else None
    for sentence in re.split(r"(?<=[.;:!?])\s+|\n", text):
        low = sentence.lower()
        target = re.search(r"phấn đấu|chỉ tiêu|ít nhất|trở lên|mục tiêu", low)
        result = re.search(r"\bđã\b|được|đạt", low)
        if target or result:
            for fm in re.finditer(_NUM + r"\s?(%|\w+)", sentence):
                if re.fullmatch(r"(19|20)\d\d", fm.group(1)):
                    continue
                item = {"text": fm.group(0), "value": _number(fm.group(1)),
                        "unit": "%" if fm.group(2) == "%" else "count",
                        "comparator": ">=" if target and re.search(r"ít nhất|trở lên", low) else "="}
                out["indicators" if target else "achieved"].append(item)
        tm = re.search(r"([^,.;:]{3,80}?)\s+chủ trì", sentence)
        if tm:
            out["tasks"].append({"text": sentence, "lead": tm.group(1).strip()})
    return out


def norm_number(n):
    return None if n is None else re.sub(r"\s+", "", n)


def run_program(cmd, files):
    out = subprocess.run(cmd + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr.decode("utf-8", "replace"))
        sys.exit("score: %s failed with status %d" % (" ".join(cmd), out.returncode))
    return json.loads(out.stdout.decode("utf-8"))


def score(answers, by_file, verbose, quiet=False):
    """Precision, recall and F1 (with the counts) per kind of item, and the accuracy of number
    and date, of the predictions by_file against the answers."""
    targets, results, tasks = Tally(), Tally(), Tally()
    number_ok = date_ok = 0
    details = {"kind": [0, 0], "author": [0, 0], "part_of": [0, 0], "period": [0, 0]}  # [right, counted]
    for name in sorted(answers):
        gold = answers[name]
        pred = by_file.get(name, {})
        if not pred and not quiet:
            print("%s: no output" % name)
        first_t, first_r = len(targets.pairs), len(results.pairs)
        extra_t = targets.add(gold.get("indicators", []), pred.get("indicators", []), figure_matches)
        extra_r = results.add(gold.get("achieved", []), pred.get("achieved", []), figure_matches)
        wrong = detail_misses(details, gold, pred, targets.pairs[first_t:] + results.pairs[first_r:])
        extra_k = tasks.add(gold.get("tasks", []), pred.get("tasks", []), lead_matches)
        n_ok = norm_number(gold.get("doc_number")) == norm_number(pred.get("doc_number"))
        d_ok = gold.get("date") == pred.get("date")
        number_ok += n_ok
        date_ok += d_ok
        if verbose:
            lines = []
            for kind, golds, preds, same, extra in (
                    ("target", gold.get("indicators", []), pred.get("indicators", []), figure_matches, extra_t),
                    ("result", gold.get("achieved", []), pred.get("achieved", []), figure_matches, extra_r),
                    ("task", gold.get("tasks", []), pred.get("tasks", []), lead_matches, extra_k)):
                for g in golds:
                    if not any(same(g, p) for p in preds):
                        lines.append("  missed %s: %s (%s %s %s)" % (kind, g.get("text"), g.get("comparator", ""),
                                                                   g.get("value", g.get("lead")), g.get("unit", "")))
                for p in extra:
                    lines.append("  extra %s: %s (%s %s %s)" % (kind, p.get("text"), p.get("comparator", ""),
                                                              p.get("value", p.get("lead")), p.get("unit", "")))
            if not n_ok:
                lines.append("  number: %r, expected %r" % (pred.get("doc_number"), gold.get("doc_number")))
            if not d_ok:
                lines.append("  date: %r, expected %r" % (pred.get("date"), gold.get("date")))
            lines += wrong
            if lines:
                print(name)
                print("\n".join(lines))

    n = len(answers)
    figures = {}
    for label, t in (("targets", targets), ("results", results), ("tasks", tasks)):
        figures[label] = t.figures() + ((t.tp, t.fp, t.fn),)
    figures["number"] = number_ok / n if n else 1.0
    figures["date"] = date_ok / n if n else 1.0
    figures["details"] = details
    return figures


def detail_misses(details, gold, pred, pairs):
    """The details where the reader gives them: the kind of the document (ANSWERS.md's word:
    plan, report, news, letter …), the author of a news item (documents whose answer has an
    "author" key, null included), the whole a figure is part of ("trong đó": the
    value of the whole, on items where either side gives one) and the period of a figure (items
    whose answer has "period", compared as folded words). Counts them into details; returns the
    lines that say what was wrong. Answers that never mark a part (ANSWERS.md predates the
    relation) are not scored on it; "period_words" are the words of the period as printed
    (ANSWERS.md's "period" describes it in the reader's words, which no importer prints)."""
    lines = []
    if "kind" in gold:  # "plan", "report", "news", "letter" …: the reader's word for what the text is
        ok = gold["kind"] == pred.get("kind")
        details["kind"][0] += ok
        details["kind"][1] += 1
        if not ok:
            lines.append("  kind: %r, expected %r" % (pred.get("kind"), gold["kind"]))
    if "author" in gold:
        ok = fold(gold["author"]) == fold(pred.get("author"))
        details["author"][0] += ok
        details["author"][1] += 1
        if not ok:
            lines.append("  author: %r, expected %r" % (pred.get("author"), gold["author"]))
    knows_parts = any(g.get("part_of") is not None for g in gold.get("indicators", []) + gold.get("achieved", []))
    for g, p in pairs:
        if knows_parts and (g.get("part_of") is not None or p.get("part_of") is not None):
            ok = g.get("part_of") is not None and p.get("part_of") is not None and same_number(g["part_of"], p["part_of"])
            details["part_of"][0] += ok
            details["part_of"][1] += 1
            if not ok:
                lines.append("  part of: %s: %r, expected %r" % (g.get("text"), p.get("part_of"), g.get("part_of")))
        if "period_words" in g:
            ok = fold(g["period_words"]) == fold(p.get("period"))
            details["period"][0] += ok
            details["period"][1] += 1
            if not ok:
                lines.append("  period: %s: %r, expected %r" % (g.get("text"), p.get("period"), g["period_words"]))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--answers", required=True, help="ANSWERS.md or a JSON list of answers")
    ap.add_argument("--texts", help="the folder of the texts the answers are about (default: the answers' folder)")
    ap.add_argument("--json", help="the importer's JSON output, already made")
    ap.add_argument("command", nargs=argparse.REMAINDER,
                    help="after --: the command that prints the importer's JSON for the files given after it")
    ap.add_argument("--input", action="append", default=[], metavar="NAME=PATH",
                    help="import PATH (a web page, a .docx) for the answers of text NAME")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and every extra item")
    for name in ("targets-f1", "results-f1", "tasks-f1", "number", "date"):
        ap.add_argument("--min-" + name, type=float, default=None)
    args = ap.parse_args()

    answers = load_answers(args.answers)
    texts = args.texts or os.path.dirname(os.path.abspath(args.answers))
    inputs = dict(spec.split("=", 1) for spec in args.input)
    if inputs:  # only the texts given another form are scored
        answers = {name: answers[name] for name in inputs}
    files = [inputs.get(name) or os.path.join(texts, name) for name in sorted(answers)]
    name_of = {os.path.basename(f): name for f, name in zip(files, sorted(answers))}
    if args.json:
        predicted = json.load(open(args.json, encoding="utf-8"))
    elif args.command and args.command[0] == "--" and len(args.command) > 1:
        predicted = run_program(args.command[1:], files)
    else:
        ap.error("give --json FILE or -- COMMAND...")
    if isinstance(predicted, dict):  # the program's output: the documents, of a known layout
        if predicted.get("format_version") != 1:
            sys.exit("score: format_version %r of the importer's JSON is not 1" % predicted.get("format_version"))
        predicted = predicted["documents"]
    by_file = {name_of.get(os.path.basename(p["file"]), os.path.basename(p["file"])): p for p in predicted}

    figures = score(answers, by_file, args.verbose)
    base = score(answers, {name: baseline(os.path.join(texts, name)) for name in answers}, False, quiet=True)
    print("%-8s %6s %6s %6s   %-14s %s" % ("", "P", "R", "F1", "(TP/FP/FN)", "baseline P / R / F1"))
    for label in ("targets", "results", "tasks"):
        p, r, f, t = figures[label]
        bp, br, bf, bt = base[label]
        print("%-8s %6.3f %6.3f %6.3f   %-14s %.3f / %.3f / %.3f" % (label, p, r, f, "(%d/%d/%d)" % t, bp, br, bf))
    n = len(answers)
    for label in ("number", "date"):
        print("%-8s %6.3f   %-28s baseline %.3f" % (label, figures[label], "(%d of %d documents)" % (round(figures[label] * n), n),
                                                   base[label]))
    for label, (right, counted) in figures.pop("details").items():
        if counted:
            print("%-8s %6.3f   (%d of %d %s)" % (label.replace("_", "-"), right / counted, right, counted,
                                                 "documents" if label in ("kind", "author") else "figures"))
    figures = dict(figures)
    for label in ("targets", "results", "tasks"):
        figures[label + "-f1"] = figures.pop(label)[2]

    failed = []
    for name, value in figures.items():
        bar = getattr(args, "min_" + name.replace("-", "_"))
        if bar is not None and value < bar:
            failed.append("%s %.3f is below %.3f" % (name, value, bar))
    for line in failed:
        print("score: " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
