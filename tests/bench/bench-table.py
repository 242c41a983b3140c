#!/usr/bin/python3
"""bench-table: every figure of issue 14 in one run, each next to its baseline of the same run.

    bench-table.py [--build DIR] [-n RUNS] [--rss-runs N] [--callgrind SMALL.xml] [--skip WHAT,...] FILE.xml

Runs, one after the other on FILE (made by gen-national), each with RUNS runs and medians:

  load      bench-load -n RUNS --keep --threads: the library's load against a bare libxml2 SAX2
            pass (interleaved, each in a forked child), in one thread and with a parse thread
            (congdoan_corpus_set_load_threads 2), and the load's peak RSS against the file;
  rollup    bench-rollup -n RUNS: the full roll-up against a flat pass over the same figures
            (the flat pass built at -O3, vectorised), and one district against the full roll-up;
  output    the congdoan program's commands that write a whole corpus or a report (export, fmt,
            report, new-report), each --rss-runs times (default 1) in a child of its own, their
            peak RSS (GNU time's %M) against the load's (the median of bench-load's load runs);
  python    bindings/python/bench_national.py -n RUNS: load + roll-up from Python through the
            bindings against the same C calls without the object layer;
  callgrind (with --callgrind SMALL.xml, a smaller file of the same shape, e.g. 10,000 units)
            instruction counts of the same passes, which the machine's load does not change
            (Python's two passes less what starting the interpreter and importing costs).

Then prints the table (Markdown), with the builds of both sides, the machine and the date.
Everything runs under nice 19 (the machine is shared). It is a benchmark: it exits 0 whenever
it could measure, whatever the figures; a MISS is a figure over its target. Times are judged
by the ratio of CPU times (user + system of each child), which other jobs on a shared machine
do not inflate; the wall-clock ratio is printed beside it. The load with a parse thread is
judged by its wall time, what a caller waits (its CPU time is both threads'). Build the benchmarks in a release
build (meson setup build-release -Dbuildtype=release -Db_ndebug=true) and give it with --build.
"""

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# The targets of issue 14.
TARGETS = {"load": 1.5, "rollup": 2.0, "district": 0.01, "rss_file": 0.5, "output_rss": 1.1, "python": 1.1}
MIB = 1024.0 * 1024.0


def say(text=""):
    print(text, flush=True)


def run_text(cmd, env=None):
    """stdout of cmd, failing loudly (the figures cannot be read otherwise)."""
    say("$ " + " ".join(cmd))
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("%s failed (exit %d):\n%s%s" % (cmd[0], r.returncode, r.stdout[-2000:], r.stderr[-2000:]))
    for line in r.stdout.splitlines():   # every run, as the program printed it
        say("    " + line)
    return r.stdout


def grab(pattern, text, what, cast=float):
    m = re.search(pattern, text, re.M)
    if not m:
        raise RuntimeError("no %s in the output:\n%s" % (what, text[-3000:]))
    return tuple(cast(g) for g in m.groups()) if len(m.groups()) > 1 else cast(m.group(1))


def verdict(ratio, target, what=""):
    return ("PASS" if ratio <= target else "MISS") + (" (%s)" % what if what else "")


# ---- the machine and the builds -------------------------------------------------------------


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return "%s, %d CPUs, %d MiB, %s %s" % (model, os.cpu_count() or 0, mem, platform.system(), platform.release())


def library_build(build):
    """buildtype, optimisation and NDEBUG of the build, from meson's introspection file."""
    try:
        with open(os.path.join(build, "meson-info", "intro-buildoptions.json")) as f:
            opts = {o["name"]: o["value"] for o in json.load(f)}
        return "buildtype=%s optimization=%s b_ndebug=%s" % (opts.get("buildtype"), opts.get("optimization"),
                                                             opts.get("b_ndebug"))
    except (OSError, KeyError, ValueError) as e:
        return "unknown (%s)" % e


def package_version(name):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", name], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else "?"


# ---- the passes -------------------------------------------------------------------------------


def bench_load(build, path, runs):
    out = run_text([os.path.join(build, "tests", "bench", "bench-load"), "-n", str(runs), "--keep", "--threads", path])
    sax_wall, sax_cpu = grab(r"bare libxml2 SAX2 \(baseline\):\s*([\d.]+) s.*CPU user\+sys ([\d.]+) s", out, "SAX median")
    load_wall, load_cpu = grab(r"congdoan load \(new\+load\+free\):\s*([\d.]+) s.*CPU user\+sys ([\d.]+) s", out,
                               "load median")
    rss = [float(x) for x in re.findall(r"load run \d+:.*?peak RSS\s*([\d.]+) MiB", out)]
    runs_of = {name: [float(x) for x in re.findall(r"%s run \d+:\s*([\d.]+) s" % label, out)]
               for name, label in (("bare SAX2 pass", "SAX "), ("load", "load"), ("load with a parse thread", "ld2t"))}
    sax_rss = grab(r"bare libxml2 SAX2 \(baseline\):.*?peak RSS\s*([\d.]+) MiB", out, "SAX peak RSS")
    keep_rss, keep_cpu = grab(r"keeping floor .*?peak RSS\s*([\d.]+) MiB\s*\(CPU user\+sys ([\d.]+) s", out,
                              "keeping floor")
    user_ratio = grab(r"ratio of the median user times alone: ([\d.]+)", out, "user-time ratio")
    load2_wall, load2_cpu = grab(r"congdoan load, parse thread:\s*([\d.]+) s.*CPU user\+sys ([\d.]+) s", out,
                                 "load with a parse thread")
    rss2 = [float(x) for x in re.findall(r"ld2t run \d+:.*?peak RSS\s*([\d.]+) MiB", out)]
    load2_per_run = grab(r"ratio of the medians [\d.]+; median of the per-run ratios, each against the SAX pass of its "
                         r"run: ([\d.]+)", out, "per-run ratio of the load with a parse thread")
    keep_user = grab(r"keeping floor/SAX CPU ratio\s*[\d.]+, user time alone ([\d.]+)", out, "floor's user-time ratio")
    own = re.search(r"the corpus's own memory, the anonymous memory the load left: ([\d.]+) MiB = ([\d.]+) x", out)
    libxml = list(grab(r"libxml2 (\S+), libcongdoan (\S+)", out, "versions", str))
    if libxml[0].isdigit() and len(libxml[0]) == 5:   # xmlParserVersion: "20914" is 2.9.14
        v = int(libxml[0])
        libxml[0] = "%d.%d.%d" % (v // 10000, v // 100 % 100, v % 100)
    return {"sax": sax_wall, "sax_cpu": sax_cpu, "load": load_wall, "load_cpu": load_cpu,
            "load2": load2_wall, "load2_cpu": load2_cpu, "rss2": max(rss2), "load2_per_run": load2_per_run,
            "keep_cpu": keep_cpu, "keep_rss": keep_rss, "user_ratio": user_ratio, "keep_user": keep_user, "rss": statistics.median(rss), "rss_runs": rss, "sax_rss": sax_rss,
            "own": (float(own.group(1)), float(own.group(2))) if own else None, "libxml2": libxml[0], "libcongdoan": libxml[1],
            "runs_of": runs_of, "runs": runs}


def bench_rollup(build, path, runs):
    out = run_text([os.path.join(build, "tests", "bench", "bench-rollup"), "-n", str(runs), path])
    return {"lib_build": grab(r"^library:\s*(.*)$", out, "library build", str),
            "flat_build": grab(r"^flat pass:\s*(.*)$", out, "flat pass build", str),
            "flat": grab(r"flat pass over .*?:\s*([\d.]+) ms", out, "flat pass"),
            "full": grab(r"full roll-up of all indicators.*?:\s*([\d.]+) ms", out, "full roll-up"),
            "district": grab(r"one district \((\d+) units\):\s*([\d.]+) ms", out, "district", float),
            "first": grab(r"first full roll-up:\s*([\d.]+) ms \((\d+) page faults", out, "first roll-up", float),
            "warm": grab(r"after (\d+) warm-up", out, "warm-up roll-ups", int),
            "runs_of": {"flat pass": [float(x) for x in re.findall(r"run \d+: flat pass\s*([\d.]+) ms", out)],
                        "full roll-up": [float(x) for x in re.findall(r"run \d+: .*?full roll-up\s*([\d.]+) ms", out)]},
            "runs": runs}


GNU_TIME = "/usr/bin/time"


def measured_child(cmd, stdout, ok=(0,)):
    """Run cmd in a child; (wall seconds, peak RSS MiB), or an exception when its exit status is
    not in `ok`. The peak is GNU time's (%M): Linux keeps a process's peak RSS across exec(), so
    a child forked from this Python process and read with wait4() would start from Python's own
    peak; GNU time's child starts from time's few hundred KiB."""
    fd, report = tempfile.mkstemp(prefix="congdoan-bench-rss-")
    os.close(fd)
    try:
        t = time.perf_counter()
        r = subprocess.run([GNU_TIME, "-f", "%M", "-o", report] + cmd, stdout=stdout, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t
        with open(report) as f:
            kib = f.read().split()
    finally:
        os.unlink(report)
    if r.returncode not in ok or not kib or not kib[-1].isdigit():
        raise RuntimeError("%s failed (exit %d): %s" % (" ".join(cmd), r.returncode,
                                                        r.stderr.decode(errors="replace")[-2000:]))
    return wall, int(kib[-1]) / 1024.0


def output_commands(build, path, tmp):
    """(label, argv, where stdout goes, set-up before each run, exit statuses that are success) of the
    commands measured. fmt --check exits 1 when the file is not in canonical form (a generated
    file is not); the in-place run formats a fresh copy each time; new-report names gen-national's
    first upper-grassroots union, programme and period."""
    prog = os.path.join(build, "examples", "congdoan")
    copy = os.path.join(tmp, "fmt-in-place.xml")

    def fresh_copy():
        shutil.copyfile(path, copy)

    null = subprocess.DEVNULL
    return [
        ("`export --format json` (units, tasks, indicators)", [prog, "export", "--format", "json", "-d", path], null,
         None, (0,)),
        ("`export --what progress --format json`", [prog, "export", "--what", "progress", "--format", "json", "-d",
                                                    path], null, None, (0,)),
        ("`fmt --stdout`", [prog, "fmt", "--stdout", path], null, None, (0,)),
        ("`fmt --check`", [prog, "fmt", "--check", path], null, None, (0, 1)),
        ("`fmt` in place (a copy)", [prog, "fmt", copy], null, fresh_copy, (0,)),
        ("`report -o page.html`", [prog, "report", "-d", path, "-o", os.path.join(tmp, "page.html")], null, None,
         (0,)),
        ("`new-report -o FILE` (ctcs-0001's skeleton)", [prog, "new-report", "-d", path, "--unit", "ctcs-0001",
                                                        "--document", "ctr-tld-2025", "--period", "2025", "--id",
                                                        "bench-1", "--force", "-o", os.path.join(tmp, "skeleton.xml")],
         null, None, (0,)),
        ("`report -o bao-cao.docx`", [prog, "report", "-d", path, "-o", os.path.join(tmp, "bao-cao.docx")], null,
         None, (0,)),
    ]


def program_floor(build):
    """Peak RSS (MiB) of the program that loads nothing (congdoan --version): what every command
    costs above the load (the binary, libxml2, libzip, PCRE2, utf8proc, the C library)."""
    return measured_child([os.path.join(build, "examples", "congdoan"), "--version"], subprocess.DEVNULL)[1]


def bench_output(build, path, runs, tmp):
    results = []
    for label, cmd, out, setup, ok in output_commands(build, path, tmp):
        rss, wall = [], []
        say("$ " + " ".join(cmd) + "   (%d run(s))" % runs)
        for _ in range(runs):
            if setup:
                setup()
            w, r = measured_child(cmd, out, ok)
            wall.append(w)
            rss.append(r)
        say("    peak RSS %s MiB; wall %s s" % (", ".join("%.1f" % x for x in rss), ", ".join("%.2f" % x for x in wall)))
        results.append({"label": label, "rss": statistics.median(rss), "wall": statistics.median(wall)})
    return results


def bench_python(build, path, runs):
    env = dict(os.environ)
    env["CONGDOAN_LIBRARY"] = os.path.join(build, "lib", "libcongdoan.so.0")
    env["PYTHONPATH"] = os.path.join(SOURCE_ROOT, "bindings", "python")
    out = run_text([sys.executable, os.path.join(SOURCE_ROOT, "bindings", "python", "bench_national.py"), "-n",
                    str(runs), "--no-etree", "--bench-load", os.path.join(build, "tests", "bench", "bench-load"),
                    path], env=env)
    py, py_cpu = grab(r"Python, bindings .*?:\s*([\d.]+) s .*?cpu ([\d.]+)\)", out, "Python median")
    c, c_cpu = grab(r"C, same calls without objects .*?:\s*([\d.]+) s .*?cpu ([\d.]+)\)", out, "C median")
    agree = "agree" in grab(r"python and c figures (\w+)", out, "agreement", str)
    runs_of = {"Python's pass": [float(x) for x in re.findall(r"python load .*?total\s*([\d.]+) s", out)],
               "its C pass": [float(x) for x in re.findall(r"c      load .*?total\s*([\d.]+) s", out)]}
    return {"python": py, "python_cpu": py_cpu, "c": c, "c_cpu": c_cpu, "agree": agree, "runs": runs,
            "python_version": platform.python_version(), "runs_of": runs_of}


def callgrind_count(cmd, tmp, name):
    """Instructions (Ir) by function, inclusive, of one run of cmd under callgrind."""
    out = os.path.join(tmp, "callgrind-%s.out" % name)
    say("$ valgrind --tool=callgrind " + " ".join(cmd))
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("callgrind of %s failed:\n%s" % (cmd[0], r.stderr[-2000:]))
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out], capture_output=True,
                         text=True).stdout
    counts = {}
    for line in ann.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?\S*?:?(\w+)(?: \[|$)", line)
        if m:
            counts.setdefault(m.group(2), int(m.group(1).replace(",", "")))
    return counts


def callgrind_total(cmd, tmp, name, env=None):
    """Instructions (Ir) of one whole run of cmd under callgrind."""
    out = os.path.join(tmp, "callgrind-%s.out" % name)
    say("$ valgrind --tool=callgrind " + " ".join(cmd))
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd, env=env,
                       capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or not m:
        raise RuntimeError("callgrind of %s failed:\n%s" % (cmd[0], r.stderr[-2000:]))
    return int(m.group(1))


def python_callgrind(build, small, tmp):
    """Python vs C in instructions: bench_national.py's two passes on `small`, less what starting
    the interpreter and importing the same modules costs (measured alone)."""
    env = dict(os.environ)
    env["CONGDOAN_LIBRARY"] = os.path.join(build, "lib", "libcongdoan.so.0")
    env["PYTHONPATH"] = os.path.join(SOURCE_ROOT, "bindings", "python")
    script = os.path.join(SOURCE_ROOT, "bindings", "python", "bench_national.py")
    start = callgrind_total([sys.executable, "-c", "import argparse, json, os, re, shutil, statistics, subprocess, "
                             "sys, tempfile, time, congdoan; from congdoan import _ffi"], tmp, "py-start", env)
    py = callgrind_total([sys.executable, script, "--pass", "python", small], tmp, "py-python", env)
    c = callgrind_total([sys.executable, script, "--pass", "c", small], tmp, "py-c", env)
    return {"start": start, "python": py, "c": c}


def full_rollup_clearing(br, small, tmp):
    """The instructions of the measured full roll-up that are the C library clearing memory
    (memset; calloc of recycled heap). callgrind counts a `rep stosb` one instruction a byte, so
    clearing the roll-up's work memory weighs a tenth of its instructions and about a hundredth
    of its time; how much of it the roll-up does depends on whether the C library hands it fresh
    pages (cleared by the system, not counted) or blocks an earlier roll-up freed."""
    out = os.path.join(tmp, "callgrind-full-rollup.out")
    cmd = ["valgrind", "--tool=callgrind", "--toggle-collect=full_rollup", "--callgrind-out-file=" + out,
           br, "-n", "1", small]
    say("$ " + " ".join(cmd))
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("callgrind of bench-rollup failed:\n%s" % r.stderr[-2000:])
    ann = subprocess.run(["callgrind_annotate", "--threshold=100", out], capture_output=True, text=True).stdout
    return sum(int(m.group(1).replace(",", "")) for m in re.finditer(r"^\s*([\d,]+)\s+\([^)]*\)\s+\S*__memset\w*",
                                                                      ann, re.M))


def bench_callgrind(build, small, tmp):
    bl = os.path.join(build, "tests", "bench", "bench-load")
    br = os.path.join(build, "tests", "bench", "bench-rollup")
    sax = callgrind_count([bl, "--only", "sax", "-n", "1", "--no-fork", small], tmp, "sax")["run_sax"]
    load = callgrind_count([bl, "--only", "load", "-n", "1", "--no-fork", small], tmp, "load")["run_load"]
    roll = callgrind_count([br, "-n", "1", small], tmp, "rollup")
    district_calls = roll["district_calls"]
    clearing = full_rollup_clearing(br, small, tmp)
    # rollup() is inclusive of its calls from district_calls() (50 of them, DISTRICT_REPEAT)
    return {"file": small, "size": os.path.getsize(small), "sax": sax, "load": load, "flat": roll["bench_flat_pass"],
            "full": roll["rollup"] - district_calls, "full_clearing": clearing, "district": district_calls / 50.0,
            "py": python_callgrind(build, small, tmp)}


# ---- the table ----------------------------------------------------------------------------


def table(size, L, R, O, P, C):
    rows = []
    if L:
        ratio, cpu = L["load"] / L["sax"], L["load_cpu"] / L["sax_cpu"]
        extra = ""
        if C:
            extra = "; **%.2fx instructions** (%s Ir vs %s Ir, %s)" % (C["load"] / C["sax"], "{:,}".format(C["load"]),
                                                                       "{:,}".format(C["sax"]), C["name"])
        # not a target: the least a loader that keeps this much memory pays on this machine
        extra += "; user time alone %.2fx; the keeping floor (SAX2 + ids, copies and records, %.1f MiB, no checks) " \
                 "%.2fx CPU, %.2fx user time" % (L["user_ratio"], L["keep_rss"], L["keep_cpu"] / L["sax_cpu"],
                                                 L["keep_user"])
        rows.append(("load vs bare libxml2 SAX2 pass", "%.3f s (CPU %.3f s)" % (L["load"], L["load_cpu"]),
                     "%.3f s (CPU %.3f s)" % (L["sax"], L["sax_cpu"]),
                     "%.2fx wall, %.2fx CPU%s" % (ratio, cpu, extra), "<= %.1f" % TARGETS["load"],
                     verdict(cpu, TARGETS["load"], "CPU"), "medians of %d" % L["runs"]))
        ratio2 = L["load2"] / L["sax"]
        judged = max(ratio2, L["load2_per_run"])   # a slow moment of the host on either side moves one
        rows.append(("load with a parse thread vs bare libxml2 SAX2 pass",
                     "%.3f s (CPU %.3f s, both threads)" % (L["load2"], L["load2_cpu"]),
                     "%.3f s (CPU %.3f s)" % (L["sax"], L["sax_cpu"]),
                     "%.2fx wall (median of the per-run ratios %.2fx), %.2fx CPU; %.2fx the one-thread load's CPU; "
                     "peak RSS %.1f MiB" % (ratio2, L["load2_per_run"], L["load2_cpu"] / L["sax_cpu"],
                                            L["load2_cpu"] / L["load_cpu"], L["rss2"]),
                     "<= %.1f" % TARGETS["load"], verdict(judged, TARGETS["load"], "wall, the larger"),
                     "medians of %d" % L["runs"]))
    if R:
        ratio = R["full"] / R["flat"]
        extra = ""
        if C:
            extra = "; **%.2fx instructions** (%s vs %s Ir, %s; %.2fx less the C library clearing memory, %s Ir " \
                    "that callgrind counts a byte an instruction)" % (
                        C["full"] / C["flat"], "{:,}".format(C["full"]), "{:,}".format(C["flat"]), C["name"],
                        (C["full"] - C["full_clearing"]) / C["flat"], "{:,}".format(C["full_clearing"]))
        rows.append(("full roll-up vs flat pass over the same values", "%.3f ms" % R["full"],
                     "%.3f ms (flat pass -O3, vectorised)" % R["flat"],
                     "%.2fx%s; the process's first roll-up %.3f ms, %.2fx (%d page faults of its new work memory)"
                     % (ratio, extra, R["first"][0], R["first"][0] / R["flat"], R["first"][1]),
                     "<= %.0f" % TARGETS["rollup"], verdict(ratio, TARGETS["rollup"]),
                     "medians of %d, interleaved, after %d warm-up roll-up(s)" % (R["runs"], R["warm"])))
        units, dist = R["district"]
        ratio = dist / R["full"]
        extra = ""
        if C:
            extra = "; %.4f instructions (%s)" % (C["district"] / C["full"], C["name"])
        rows.append(("one district (%d units) vs the full roll-up" % units, "%.4f ms" % dist, "%.3f ms" % R["full"],
                     "%.4f%s" % (ratio, extra), "<= %.2f" % TARGETS["district"], verdict(ratio, TARGETS["district"]),
                     "medians of %d (mean of 50 calls each)" % R["runs"]))
    if L:
        ratio = L["rss"] * MIB / size
        rows.append(("peak RSS of a load vs the file", "%.1f MiB" % L["rss"], "%.1f MiB" % (size / MIB),
                     "%.2f%s" % (ratio, "" if L["own"] is None else
                                 " (the corpus's own memory, the anonymous memory the load left: %.1f MiB, %.2f)"
                                 % L["own"]),
                     "<= %.1f" % TARGETS["rss_file"], verdict(ratio, TARGETS["rss_file"]),
                     "median of %d" % L["runs"]))
    if O and L:
        for o in O:
            ratio = o["rss"] / L["rss"]
            rows.append(("%s RSS vs load RSS" % o["label"], "%.1f MiB" % o["rss"], "%.1f MiB" % L["rss"],
                         "%.2f" % ratio, "<= %.1f" % TARGETS["output_rss"], verdict(ratio, TARGETS["output_rss"]),
                         ("median of %d" % o["runs"]) if o["runs"] > 1 else "1 run"))
    if P:
        ratio, cpu = P["python"] / P["c"], P["python_cpu"] / P["c_cpu"]
        extra = ""
        if C:
            y = C["py"]
            extra = "; **%.2fx instructions** (%s vs %s Ir, less %s Ir of starting Python, %s)" % (
                (y["python"] - y["start"]) / float(y["c"] - y["start"]), "{:,}".format(y["python"]),
                "{:,}".format(y["c"]), "{:,}".format(y["start"]), C["name"])
        rows.append(("Python load + roll-up vs C", "%.3f s (CPU %.3f s)" % (P["python"], P["python_cpu"]),
                     "%.3f s (CPU %.3f s)" % (P["c"], P["c_cpu"]), "%.2f wall, %.2f CPU%s" % (ratio, cpu, extra),
                     "<= %.1f" % TARGETS["python"], verdict(cpu, TARGETS["python"], "CPU"),
                     "medians of %d, interleaved%s" % (P["runs"], "" if P["agree"] else "; FIGURES DIFFER")))
    lines = ["| measure | figure | baseline (same run) | ratio | target | | runs |", "|---|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


# A pass's median this much above its fastest run says the host was slower for a good part of
# the pass's runs (its other tenants), not for one run: the medians may then compare a slowed
# pass with one that was not.
UNSTEADY = 1.15


def steadiness(passes):
    """A line on how steady the host was: each timed pass does the same work in every run, so its
    median against its fastest run is the host's own swing. `passes`: name -> its run times."""
    spread = [(name, statistics.median(r) / min(r)) for name, r in passes.items() if r and min(r) > 0]
    if not spread:
        return "The host's speed: no runs to judge it by."
    line = "The host's speed, each pass's median against its fastest run: " + ", ".join(
        "%s %.2fx" % (name, x) for name, x in spread)
    worst = [name for name, x in spread if x > UNSTEADY]
    if worst:
        return line + (". **Unsteady** (over %.2fx: %s): the host was slower for part of the table, so its time "
                       "ratios may compare a slowed pass with one that was not; the instruction counts stand, "
                       "the times do not: run it again." % (UNSTEADY, ", ".join(worst)))
    return line + "."


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", help="the national-scale file (gen-national)")
    ap.add_argument("--build", default=os.path.join(SOURCE_ROOT, "build"), help="the build folder (default build)")
    ap.add_argument("-n", "--runs", type=int, default=3, help="runs of each pass (default 3)")
    ap.add_argument("--rss-runs", type=int, default=1,
                    help="runs of each program command (default 1: a peak RSS varies by 0.2%% between runs)")
    ap.add_argument("--callgrind", metavar="SMALL.xml", help="also count instructions on this smaller file")
    ap.add_argument("--skip", default="", help="comma-separated: load, rollup, output, python")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if "output" not in skip and not os.access(GNU_TIME, os.X_OK):
        sys.stderr.write("bench-table: the program's RSS is measured with GNU time (%s, Debian package "
                         "'time'): install it, or --skip output\n" % GNU_TIME)
        return 2
    os.nice(19)
    build = os.path.abspath(args.build)
    path = os.path.abspath(args.file)
    size = os.path.getsize(path)
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    load_before = os.getloadavg()
    say("bench-table: %s, %d bytes (%.1f MB, %.1f MiB); %d run(s) of each pass" % (path, size, size / 1e6,
                                                                                   size / MIB, args.runs))
    with open(path, "rb") as f:   # into the page cache, once
        while f.read(1 << 22):
            pass
    tmp = tempfile.mkdtemp(prefix="congdoan-bench-table-")
    try:
        L = None if "load" in skip else bench_load(build, path, args.runs)
        R = None if "rollup" in skip else bench_rollup(build, path, args.runs)
        O, floor = None, None
        if "output" not in skip:
            O = bench_output(build, path, args.rss_runs, tmp)
            floor = program_floor(build)
            for o in O:
                o["runs"] = args.rss_runs
        P = None if "python" in skip else bench_python(build, path, args.runs)
        C = None
        if args.callgrind:
            C = bench_callgrind(build, os.path.abspath(args.callgrind), tmp)
            C["name"] = "callgrind, %s, %.1f MB" % (os.path.basename(args.callgrind), C["size"] / 1e6)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()

    say()
    say("## bench-table: %s, %s" % (started, machine()))
    say()
    say("File: %s, %.1f MB (%.1f MiB). Load average %.1f at the start, %.1f at the end." % (
        os.path.basename(path), size / 1e6, size / MIB, load_before[0], load_after[0]))
    say("Builds: libcongdoan %s (%s); bench-rollup's flat pass: %s; the SAX2 baseline and the load both use "
        "libxml2 %s (Debian package %s, built with Debian's flags); Python %s through ctypes." % (
            L["libcongdoan"] if L else "?", R["lib_build"] if R else library_build(build),
            R["flat_build"] if R else "-", L["libxml2"] if L else "?", package_version("libxml2"),
            platform.python_version()))
    say()
    say(table(size, L, R, O, P, C))
    passes = {}
    for part in (L, R, P):
        if part:
            passes.update(part["runs_of"])
    if passes:
        say()
        say(steadiness(passes))
    if floor is not None:
        say()
        say("The program alone (`congdoan --version`, nothing loaded) peaks at %.1f MiB%s: what the program's "
            "commands cost above the load's RSS whatever they write." % (
                floor, ", bench-load's process around the bare SAX pass at %.1f MiB" % L["sax_rss"] if L else ""))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as e:
        sys.stderr.write("bench-table: %s\n" % e)
        sys.exit(2)
