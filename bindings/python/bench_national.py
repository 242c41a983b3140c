#!/usr/bin/python3
"""bench_national: a national-scale load plus a full roll-up, from Python through the congdoan
bindings and through the same C functions without the object layer, in one run.

    bench_national.py [-n RUNS] [--gen PATH] [--smoke] [--no-etree] [FILE.xml]

FILE defaults to $CONGDOAN_BENCH_FILE, else /tmp/congdoan-national.xml; when it does not exist
it is made with tests/bench's generator (gen-national, found in build/tests/bench/ or given with
--gen): 150,000 units and 3,000,000 report values, about 230 MB. --smoke makes a small file
(2,000 units, 40,000 values) in a temporary folder instead, for a quick check of the script.

Passes, interleaved RUNS times (default 3), each in a child process of its own so that the
peak RSS of one pass is not inflated by another and every pass starts from the same state; the
child times itself, around the pass only (time.perf_counter):

  python  the bindings as an application uses them: congdoan.Corpus(), load_file(FILE),
          progress(document, root unit, period) for every indicator of the document (the
          roll-up over the whole hierarchy, with the children's breakdown, the consistency
          findings and the completeness of reporting read into Python objects), to_dict() of
          the result, close();
  c       the same C calls through ctypes with no object layer: congdoan_corpus_new,
          congdoan_corpus_load_file, congdoan_progress_compute, the per-indicator accessors of
          the result, congdoan_progress_free, congdoan_corpus_free. This is what a C program
          does, plus a few dozen ctypes calls (microseconds): the "C" figure of the target;
  etree   (once, last; --no-etree skips it) the same file loaded with the standard library's
          xml.etree.ElementTree.iterparse into dicts (one per unit, report and value), the way
          a script without the bindings would read it. No roll-up.

and, when the C benchmark program build/tests/bench/bench-load exists, its pure C load
(`bench-load -n RUNS --only load FILE`: new + load + free in a C process).

Printed: every run, the medians, the ratio python / c (target: at most 1.1, issue 14) and the other
figures against the C one. This is a benchmark, not a test: it exits 0 whenever it could
measure. Run it with the library to measure in $CONGDOAN_LIBRARY (or installed); from a build
tree:

    CONGDOAN_LIBRARY=build/lib/libcongdoan.so.0 PYTHONPATH=bindings/python \\
        /usr/bin/python3 bindings/python/bench_national.py
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TARGET_RATIO = 1.1


# ---- the passes (run in a child: bench_national.py --pass NAME FILE) ---------------------------


def peak_rss_mib():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def pass_python(path):
    import congdoan
    c0 = time.process_time()
    t0 = time.perf_counter()
    corpus = congdoan.Corpus()
    corpus.load_file(path)
    t1 = time.perf_counter()
    root = corpus.roots[0]
    document = corpus.documents[0]
    period = corpus.reports[0].period
    progress = corpus.progress(document, root, period)
    result = progress.to_dict()
    t2 = time.perf_counter()
    status = {}
    for row in result["evaluations"]:
        status[row["status"]] = status.get(row["status"], 0) + 1
    summary = {"units": len(corpus.units), "reports": len(corpus.reports),
               "indicators": len(result["evaluations"]), "children": len(progress.children),
               "findings": len(result["findings"]), "expected": len(result["completeness"]),
               "status": status, "period": period,
               "document": result["query"]["document_id"], "root": result["query"]["unit_id"],
               "actuals": [x["actual"] for x in result["evaluations"]]}
    del progress, root, document
    corpus.close()
    t3 = time.perf_counter()
    return {"load": t1 - t0, "rollup": t2 - t1, "free": t3 - t2, "total": t3 - t0,
            "cpu": time.process_time() - c0, "rss": peak_rss_mib(), "summary": summary}


def pass_c(path):
    from ctypes import byref, c_double
    from congdoan import _ffi
    lib = _ffi.lib
    c0 = time.process_time()
    t0 = time.perf_counter()
    corpus = _ffi.CorpusP()
    lib.congdoan_corpus_new(byref(corpus))
    lib.congdoan_corpus_load_file(corpus, os.fsencode(path), None)
    t1 = time.perf_counter()
    root = lib.congdoan_corpus_root(corpus, 0)
    document = lib.congdoan_corpus_document(corpus, 0)
    period = lib.congdoan_report_period(lib.congdoan_corpus_report(corpus, 0)).encode()
    progress = _ffi.ProgressP()
    lib.congdoan_progress_compute(corpus, document, root, period, 0, byref(progress))
    n = lib.congdoan_progress_indicator_count(progress)
    v, num, den = c_double(), c_double(), c_double()
    actuals = []
    for i in range(n):
        lib.congdoan_progress_status(progress, i)
        actuals.append(v.value if lib.congdoan_progress_actual(progress, i, byref(v)) else None)
        lib.congdoan_progress_fraction(progress, i, byref(num), byref(den))
        lib.congdoan_progress_ratio(progress, i, byref(v))
        lib.congdoan_progress_contributors(progress, i)
    lib.congdoan_progress_free(progress)
    t2 = time.perf_counter()
    lib.congdoan_corpus_free(corpus)
    t3 = time.perf_counter()
    return {"load": t1 - t0, "rollup": t2 - t1, "free": t3 - t2, "total": t3 - t0,
            "cpu": time.process_time() - c0, "rss": peak_rss_mib(),
            "summary": {"indicators": n, "actuals": actuals}}


def pass_etree(path):
    import xml.etree.ElementTree as ET
    ns = "{urn:congdoan:1}"
    unit_tag, report_tag, value_tag = ns + "unit", ns + "report", ns + "value"
    department_tag, body_tag = ns + "department", ns + "body"
    units, reports, values = [], [], 0
    current = None
    c0 = time.process_time()
    t0 = time.perf_counter()
    for event, elem in ET.iterparse(path, events=("start", "end")):
        tag = elem.tag
        if event == "start":
            if tag == report_tag:
                current = dict(elem.attrib)
                current["values"] = []
            continue
        if tag == value_tag:
            v = dict(elem.attrib)
            for k in ("value", "numerator", "denominator"):
                if k in v:
                    v[k] = float(v[k])
            current["values"].append(v)
            values += 1
        elif tag == report_tag:
            reports.append(current)
            current = None
            elem.clear()
        elif tag == unit_tag or tag == department_tag or tag == body_tag:
            u = dict(elem.attrib)
            for k in ("members", "workers"):
                if k in u:
                    u[k] = int(u[k])
            units.append(u)
            elem.clear()
        elif tag == ns + "document":
            elem.clear()
    t1 = time.perf_counter()
    return {"load": t1 - t0, "total": t1 - t0, "cpu": time.process_time() - c0, "rss": peak_rss_mib(),
            "summary": {"units": len(units), "reports": len(reports), "values": values}}


PASSES = {"python": pass_python, "c": pass_c, "etree": pass_etree}


# ---- the parent --------------------------------------------------------------------------------


def run_child(name, path):
    env = dict(os.environ)
    env["PYTHONPATH"] = HERE + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    r = subprocess.run([sys.executable, os.path.abspath(__file__), "--pass", name, path],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("pass %s failed:\n%s" % (name, r.stderr.strip()))
    return json.loads(r.stdout)


def find_program(name, given=None):
    candidates = [given] if given else [os.path.join(SOURCE_ROOT, "build", "tests", "bench", name)]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def bench_load_c(program, path, runs):
    """Median seconds of the pure C load (bench-load --only load), or None."""
    r = subprocess.run([program, "-n", str(runs), "--only", "load", path], capture_output=True, text=True)
    m = re.search(r"congdoan load \(new\+load\+free\):\s*([\d.]+) s.*?peak RSS\s*([\d.]+) MiB", r.stdout)
    if r.returncode != 0 or not m:
        sys.stderr.write("bench_national: bench-load gave no figure:\n%s%s" % (r.stdout, r.stderr))
        return None
    return float(m.group(1)), float(m.group(2))


def line(label, res, extra=""):
    parts = ["load %7.3f s" % res["load"]]
    if "rollup" in res:
        parts.append("roll-up %6.3f s" % res["rollup"])
        parts.append("free %5.3f s" % res["free"])
    parts.append("total %7.3f s" % res["total"])
    parts.append("cpu %7.3f s" % res["cpu"])
    parts.append("peak RSS %7.1f MiB" % res["rss"])
    return "  %-6s %s%s" % (label, "  ".join(parts), extra)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", help="the national-scale file (made when missing)")
    ap.add_argument("-n", "--runs", type=int, default=3, help="runs of each pass (default 3)")
    ap.add_argument("--gen", help="the gen-national program (default build/tests/bench/gen-national)")
    ap.add_argument("--bench-load", help="the bench-load program (default build/tests/bench/bench-load)")
    ap.add_argument("--smoke", action="store_true", help="a small generated file, for a quick check")
    ap.add_argument("--no-etree", action="store_true", help="skip the xml.etree pass")
    ap.add_argument("--pass", dest="one_pass", choices=sorted(PASSES), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.one_pass:
        sys.stdout.write(json.dumps(PASSES[args.one_pass](args.file)))
        return 0

    tmp = None
    path = args.file or os.environ.get("CONGDOAN_BENCH_FILE") or "/tmp/congdoan-national.xml"
    gen = find_program("gen-national", args.gen)
    if args.smoke:
        tmp = tempfile.mkdtemp(prefix="congdoan-bench-")
        path = os.path.join(tmp, "national-smoke.xml")
    if args.smoke or not os.path.exists(path):
        if not gen:
            sys.stderr.write("bench_national: %s does not exist and gen-national was not found "
                             "(build the benchmarks: meson setup -Dbenchmarks=true; or --gen PATH)\n" % path)
            return 2
        cmd = [gen] + (["--units", "2000", "--values", "40000"] if args.smoke else []) + [path]
        t = time.perf_counter()
        subprocess.run(cmd, check=True)
        print("bench_national: generated %s with %s in %.1f s" % (path, os.path.basename(gen),
                                                                   time.perf_counter() - t))
    try:
        return measure(path, args)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def measure(path, args):
    import congdoan
    size = os.path.getsize(path)
    mb = size / 1e6
    with open(path, "rb") as f:   # into the page cache, once
        while f.read(1 << 22):
            pass
    print("bench_national: %s, %d bytes (%.1f MB); libcongdoan %s (%s); Python %s"
          % (path, size, mb, "%d.%d.%d" % congdoan.library_version(), congdoan.library_path(),
             sys.version.split()[0]))
    print("  %d run(s) of each pass, python and c interleaved, each in a child process" % args.runs)
    results = {"python": [], "c": []}
    for r in range(args.runs):
        for name in ("python", "c"):
            res = run_child(name, path)
            results[name].append(res)
            print(line(name, res, "   (run %d)" % (r + 1)))
    py, c = results["python"][-1]["summary"], results["c"][-1]["summary"]
    same = py["actuals"] == c["actuals"]
    print("  roll-up of %s for %s over %d units, %d reports, period %s: %d indicators (%s), "
          "%d children, %d findings, %d expected reporters; python and c figures %s"
          % (py["document"], py["root"], py["units"], py["reports"], py["period"],
             py["indicators"], ", ".join("%d %s" % (v, k) for k, v in sorted(py["status"].items())),
             py["children"], py["findings"], py["expected"], "agree" if same else "DIFFER"))

    med = {k: {f: statistics.median(x[f] for x in v) for f in ("load", "rollup", "free", "total", "cpu", "rss")}
           for k, v in results.items()}
    c_load = None
    bl = find_program("bench-load", args.bench_load)
    if bl:
        c_load = bench_load_c(bl, path, args.runs)
    et = None
    if not args.no_etree:
        et = run_child("etree", path)
        print(line("etree", et, "   (%d units, departments and bodies, %d reports, %d values as dicts)"
                   % (et["summary"]["units"], et["summary"]["reports"], et["summary"]["values"])))

    p, cc = med["python"], med["c"]
    ratio = p["total"] / cc["total"]
    print("\nmedians over %.1f MB:" % mb)
    print("  Python, bindings (load + roll-up + to_dict + close): %7.3f s  (load %.3f, roll-up %.3f, "
          "free %.3f; cpu %.3f)  %6.1f MB/s  peak RSS %.1f MiB"
          % (p["total"], p["load"], p["rollup"], p["free"], p["cpu"], mb / p["total"], p["rss"]))
    print("  C, same calls without objects (load + roll-up + free): %5.3f s  (load %.3f, roll-up %.3f, "
          "free %.3f; cpu %.3f)  %6.1f MB/s  peak RSS %.1f MiB"
          % (cc["total"], cc["load"], cc["rollup"], cc["free"], cc["cpu"], mb / cc["total"], cc["rss"]))
    if c_load:
        print("  C program bench-load (new + load + free, median):    %7.3f s  %6.1f MB/s  peak RSS %.1f MiB"
              % (c_load[0], mb / c_load[0], c_load[1]))
    else:
        print("  C program bench-load: not found (build/tests/bench/bench-load; --bench-load PATH)")
    if et:
        print("  Python xml.etree iterparse into dicts (load only):   %7.3f s  %6.1f MB/s  peak RSS %.1f MiB"
              "  = %.1f x the C load" % (et["total"], mb / et["total"], et["rss"], et["total"] / cc["load"]))
    print("\ntarget:")
    print("  python / c time ratio  %.2f  (target <= %.1f; ratio of the medians)  %s"
          % (ratio, TARGET_RATIO, "PASS" if ratio <= TARGET_RATIO else "MISS"))
    per_run = [a["total"] / b["total"] for a, b in zip(results["python"], results["c"])]
    print("                         (per run: %s)" % ", ".join("%.2f" % x for x in per_run))
    print("  python / c CPU ratio   %.2f  (user + system time of the passes; steadier than the wall clock "
          "on a busy machine)" % (p["cpu"] / cc["cpu"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
