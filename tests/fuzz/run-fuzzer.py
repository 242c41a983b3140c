#!/usr/bin/env python3
"""Run one libFuzzer harness without ever writing into the source tree.

    run-fuzzer.py FUZZER WORKDIR [--dict D] [--runs N | --seconds S | --cpu-seconds S] SEED_DIR...

libFuzzer writes the inputs it finds into its first corpus folder and crash reproducers into
its artifact prefix: both go under WORKDIR (created). A timed run (--seconds) keeps what it
finds in WORKDIR/corpus, so a long run resumes where the last one stopped; a fixed number of
runs (--runs, the regression check) starts from the seeds alone in a scratch folder, with a
fixed seed (-seed=1), so that it does the same every time. The seed folders are only read.
--cpu-seconds S is a timed run that stops (SIGINT: libFuzzer prints its final statistics) when
the fuzzer has had S seconds of CPU, however long that takes on a machine shared with other
work; --seconds S counts wall-clock time, which on a busy machine can be a few minutes of CPU.
Exit status: libFuzzer's (0 when nothing was found).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

args = sys.argv[1:]
fuzzer, work = args[0], args[1]
rest = args[2:]
cpu_budget = None
flags = ["-seed=1", "-print_final_stats=1", "-timeout=25", "-rss_limit_mb=2048", "-max_len=262144",
         "-detect_leaks=1"]
seeds = []
i = 0
while i < len(rest):
    a = rest[i]
    if a == "--dict":
        flags.append("-dict=" + rest[i + 1]); i += 2
    elif a == "--runs":
        flags.append("-runs=" + rest[i + 1]); i += 2
    elif a == "--seconds":
        flags.append("-max_total_time=" + rest[i + 1]); i += 2
    elif a == "--cpu-seconds":
        cpu_budget = float(rest[i + 1]); i += 2
    elif a == "--jobs":
        flags.append("-jobs=" + rest[i + 1]); flags.append("-workers=" + rest[i + 1]); i += 2
    else:
        seeds.append(a); i += 1
artifacts = os.path.join(work, "artifacts") + os.sep
os.makedirs(artifacts, exist_ok=True)
# a fixed number of runs (the regression check) starts from the seeds alone every time, so that
# it does the same on every machine; a timed run keeps what it finds in WORKDIR/corpus
regression = any(f.startswith("-runs=") for f in flags)
if cpu_budget is not None and regression:
    sys.exit("run-fuzzer.py: --runs and --cpu-seconds exclude each other")
scratch = tempfile.mkdtemp(prefix="congdoan-fuzz-") if regression else None
corpus = scratch or os.path.join(work, "corpus")
os.makedirs(corpus, exist_ok=True)
cmd = [fuzzer] + flags + ["-artifact_prefix=" + artifacts, corpus] + [s for s in seeds if os.path.isdir(s)]
print("+ " + " ".join(cmd), flush=True)


def cpu_seconds(pid):
    """User + system CPU seconds of a running process (Linux /proc), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


try:
    if cpu_budget is None:
        rc = subprocess.call(cmd)
    else:
        child = subprocess.Popen(cmd)
        while child.poll() is None:
            used = cpu_seconds(child.pid)
            if used is not None and used >= cpu_budget:
                print(f"run-fuzzer.py: {used:.0f} s of CPU reached; interrupting", flush=True)
                child.send_signal(signal.SIGINT)
                child.wait()
                break
            time.sleep(2)
        rc = child.returncode
        # libFuzzer exits with its interrupt code (72 by default) when it is stopped that way:
        # the budget was spent and nothing was found
        if rc == 72:
            rc = 0
finally:
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)
sys.exit(rc)
