#!/usr/bin/python3
"""Score the importer's JSON against a careful reader's answers.

The answers are the JSON blocks of tests/data/corpus-dev/ANSWERS.md (one object per file),
or a JSON list of such objects (tests/data/seeds/answers.json). The importer's JSON is what
`congdoan import --format json FILE...` prints: a list with one object per file, with the
keys and conventions of ANSWERS.md.

What is measured (ANSWERS.md, "Conventions"):
  targets  (indicators): a predicted target matches a reader's when value, unit and
           comparator are all right (for 100% targets "=" and ">=" mean the same);
  results  (achieved): value, unit and comparator;
  tasks:   the lead unit (folded: case, diacritics and spacing do not count; a lead that is
           the reader's with words left out or added at the end still matches when it keeps
           most of them; a unit id given by the answers must be the predicted one's);
  number and date: the document's own number (spaces removed) and date, null included.
Precision, recall and F1 are computed over all items of all files (micro-average); the
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
    return (same_number(gold.get("value"), pred.get("value")) and gold.get("unit") == pred.get("unit")
            and same_comparator(gold, pred))


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
    most words with it. Returns (true positives, missed optional items, unmatched preds)."""
    used = set()
    tp = optional_missed = 0
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
    return tp, optional_missed, [p for i, p in enumerate(preds) if i not in used]


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, golds, preds, same):
        tp, optional_missed, extra = match(golds, preds, same)
        self.tp += tp
        self.fp += len(extra)
        self.fn += len(golds) - tp - optional_missed
        return extra

    def figures(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def norm_number(n):
    return None if n is None else re.sub(r"\s+", "", n)


def run_program(cmd, files):
    out = subprocess.run(cmd + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr.decode("utf-8", "replace"))
        sys.exit("score: %s failed with status %d" % (" ".join(cmd), out.returncode))
    return json.loads(out.stdout.decode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--answers", required=True, help="ANSWERS.md or a JSON list of answers")
    ap.add_argument("--texts", help="the folder of the texts the answers are about (default: the answers' folder)")
    ap.add_argument("--json", help="the importer's JSON output, already made")
    ap.add_argument("command", nargs=argparse.REMAINDER,
                    help="after --: the command that prints the importer's JSON for the files given after it")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and every extra item")
    for name in ("targets-f1", "results-f1", "tasks-f1", "number", "date"):
        ap.add_argument("--min-" + name, type=float, default=None)
    args = ap.parse_args()

    answers = load_answers(args.answers)
    texts = args.texts or os.path.dirname(os.path.abspath(args.answers))
    files = [os.path.join(texts, name) for name in sorted(answers)]
    if args.json:
        predicted = json.load(open(args.json, encoding="utf-8"))
    elif args.command and args.command[0] == "--" and len(args.command) > 1:
        predicted = run_program(args.command[1:], files)
    else:
        ap.error("give --json FILE or -- COMMAND...")
    by_file = {os.path.basename(p["file"]): p for p in predicted}

    targets, results, tasks = Tally(), Tally(), Tally()
    number_ok = date_ok = 0
    for name in sorted(answers):
        gold = answers[name]
        pred = by_file.get(name, {})
        if not pred:
            print("%s: no output" % name)
        extra_t = targets.add(gold.get("indicators", []), pred.get("indicators", []), figure_matches)
        extra_r = results.add(gold.get("achieved", []), pred.get("achieved", []), figure_matches)
        extra_k = tasks.add(gold.get("tasks", []), pred.get("tasks", []), lead_matches)
        n_ok = norm_number(gold.get("doc_number")) == norm_number(pred.get("doc_number"))
        d_ok = gold.get("date") == pred.get("date")
        number_ok += n_ok
        date_ok += d_ok
        if args.verbose:
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
            if lines:
                print(name)
                print("\n".join(lines))

    n = len(answers)
    figures = {}
    print("%-8s %6s %6s %6s   %s" % ("", "P", "R", "F1", "(TP/FP/FN)"))
    for label, t in (("targets", targets), ("results", results), ("tasks", tasks)):
        p, r, f = t.figures()
        figures[label + "-f1"] = f
        print("%-8s %6.3f %6.3f %6.3f   (%d/%d/%d)" % (label, p, r, f, t.tp, t.fp, t.fn))
    figures["number"] = number_ok / n if n else 1.0
    figures["date"] = date_ok / n if n else 1.0
    print("number   %6.3f   (%d of %d documents)" % (figures["number"], number_ok, n))
    print("date     %6.3f   (%d of %d documents)" % (figures["date"], date_ok, n))

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
