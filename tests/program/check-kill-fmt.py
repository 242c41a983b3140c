#!/usr/bin/env python3
"""`congdoan fmt` of a large file, killed with SIGKILL at many moments: the file is always
either the old one or the new one, whole, and nothing is left behind in the folder.

    check-kill-fmt.py PROGRAM GEN-NATIONAL NO-TMPFILE.so [--units N] [--kills N] [--seed S]

The file is a national-shaped file made by gen-national (--units N, default 20000: about
30 MB) with its indentation doubled, so that fmt rewrites every line of it. One run of fmt to
its end gives the new bytes and the timing: when the temporary file appears (the writing
starts) and when fmt exits. Then each way the library writes is killed --kills times (default
30): half of the kills at a moment drawn over the whole run, half over the writing alone (the
dangerous part). After each kill:

  - the file's SHA-256 is that of the old bytes or of the new ones;
  - the unnamed way (O_TMPFILE, the usual one on Linux): the folder holds the file and nothing
    else, whatever the moment;
  - the named way (forced by preloading NO-TMPFILE.so, which makes O_TMPFILE fail as on FAT):
    the folder may also hold FILE.congdoan-tmp, the temporary file of the killed writer, and
    nothing else; the next fmt of the file removes it (checked after every kill that left one).

Prints how many kills landed while fmt was still running, how many found the old and the new
file, and how many left a temporary file. Fails if any kill finds anything else, or if fewer
than a third of the kills landed while fmt ran (then it proved nothing).
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("program")
ap.add_argument("gen")
ap.add_argument("shim")
ap.add_argument("--units", type=int, default=20000)
ap.add_argument("--kills", type=int, default=30)
ap.add_argument("--seed", type=int, default=12)
args = ap.parse_args()
PROGRAM = os.path.abspath(args.program)
NAME = "big.xml"
TMP = NAME + ".congdoan-tmp"
failures = []


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fmt_cmd():
    return [PROGRAM, "fmt", "--drop-comments", NAME]


def env_for(named):
    env = dict(os.environ, LC_ALL="C", LANGUAGE="en", CONGDOAN_DATA="")
    if named:
        env["LD_PRELOAD"] = os.path.abspath(args.shim)
    return env


def check(what, ok, detail=""):
    if not ok:
        failures.append(what + (": " + detail if detail else ""))
        print("FAIL " + what + (": " + detail if detail else ""))


work = tempfile.mkdtemp(prefix="congdoan-kill-")
try:
    gen_out = os.path.join(work, "generated.xml")
    subprocess.run([args.gen, "--units", str(args.units), "--values", str(args.units * 20), gen_out],
                   check=True, stdout=subprocess.DEVNULL)
    with open(gen_out, "rb") as f:
        data = f.read()
    os.unlink(gen_out)
    # the old file: every indentation doubled, so that fmt changes every line
    old = re.sub(rb"\n( +)", lambda m: b"\n" + m.group(1) * 2, data)
    del data
    folder = os.path.join(work, "folder")
    os.mkdir(folder)
    old_copy = os.path.join(work, "old.xml")
    with open(old_copy, "wb") as f:
        f.write(old)
    old_sha = hashlib.sha256(old).hexdigest()
    target = os.path.join(folder, NAME)

    def put_old():
        shutil.copyfile(old_copy, target)

    # one whole run, the named way, watching for the temporary file: the timing and the new bytes
    put_old()
    start = time.monotonic()
    p = subprocess.Popen(fmt_cmd(), cwd=folder, env=env_for(True), stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    write_start = None
    while p.poll() is None:
        if write_start is None and os.path.exists(os.path.join(folder, TMP)):
            write_start = time.monotonic() - start
        time.sleep(0.002)
    total = time.monotonic() - start
    err = p.stderr.read().decode("utf-8", "replace")
    if p.returncode != 0:
        print(err)
        sys.exit("fmt of the old file failed (exit %d)" % p.returncode)
    new_sha = sha(target)
    check("fmt changed the file", new_sha != old_sha)
    check("a whole run leaves nothing behind", os.listdir(folder) == [NAME], str(os.listdir(folder)))
    if write_start is None:
        write_start = total * 0.8
    size = len(old)
    print("file: %d bytes (%d units); one run of fmt: %.2f s, the writing from %.2f s"
          % (size, args.units, total, write_start))

    rng = random.Random(args.seed)
    for named in (False, True):
        way = "named (%s)" % TMP if named else "unnamed (O_TMPFILE)"
        alive = olds = news = leftovers = 0
        # The machine's load changes while the test runs (CI runs it beside nothing, a developer's
        # machine beside builds): a kill that came after fmt had finished says fmt now runs faster
        # than the first timing, so the window shrinks, and kills go on (up to three times as many)
        # until a third of the asked number landed while fmt ran.
        span, write_at, i = total, write_start, 0
        while i < args.kills or (alive * 3 < args.kills and i < 3 * args.kills):
            put_old()
            lo = write_at if i % 2 else 0.0
            delay = rng.uniform(lo, span * 1.05)
            p = subprocess.Popen(fmt_cmd(), cwd=folder, env=env_for(named), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            time.sleep(delay)
            if p.poll() is None:
                alive += 1
            else:
                span, write_at = span * 0.8, write_at * 0.8
            p.send_signal(signal.SIGKILL)
            p.wait()
            h = sha(target)
            olds += h == old_sha
            news += h == new_sha
            check("%s kill %d at %.2f s: the file is the old or the new one" % (way, i, delay),
                  h in (old_sha, new_sha))
            rest = sorted(set(os.listdir(folder)) - {NAME})
            if named:
                check("%s kill %d: only %s may be left" % (way, i, TMP), rest in ([], [TMP]), str(rest))
                if rest == [TMP]:
                    leftovers += 1
                    # the next write of the same file takes it over
                    r = subprocess.run(fmt_cmd(), cwd=folder, env=env_for(True), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
                    check("%s kill %d: the next fmt succeeds" % (way, i), r.returncode == 0)
                    check("%s kill %d: the next fmt removes the leftover" % (way, i),
                          os.listdir(folder) == [NAME], str(os.listdir(folder)))
                    check("%s kill %d: the next fmt gives the new file" % (way, i), sha(target) == new_sha)
            else:
                check("%s kill %d: nothing is left" % (way, i), rest == [], str(rest))
            i += 1
        print("%-28s %d kills, %d while fmt ran: %d found the old file, %d the new one; %d left a "
              "temporary file (removed by the next fmt)" % (way + ":", i, alive, olds, news, leftovers))
        check("%s: at least a third of the kills landed while fmt ran" % way, alive * 3 >= args.kills,
              "%d of %d" % (alive, args.kills))
finally:
    shutil.rmtree(work)

print("%d failed" % len(failures))
sys.exit(1 if failures else 0)
