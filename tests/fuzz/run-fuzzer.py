#!/usr/bin/env python3
"""Run one libFuzzer harness without ever writing into the source tree.

    run-fuzzer.py FUZZER WORKDIR [--dict D] [--runs N | --seconds S] [--stats] SEED_DIR...

libFuzzer writes the inputs it finds into its first corpus folder and crash reproducers into
its artifact prefix: both go under WORKDIR (created). A timed run (--seconds) keeps what it
finds in WORKDIR/corpus, so a long run resumes where the last one stopped; a fixed number of
runs (--runs, the regression check) starts from the seeds alone in a scratch folder, with a
fixed seed (-seed=1), so that it does the same every time. The seed folders are only read.
Exit status: libFuzzer's (0 when nothing was found).
"""

import os
import shutil
import subprocess
import sys
import tempfile

args = sys.argv[1:]
fuzzer, work = args[0], args[1]
rest = args[2:]
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
    elif a == "--jobs":
        flags.append("-jobs=" + rest[i + 1]); flags.append("-workers=" + rest[i + 1]); i += 2
    else:
        seeds.append(a); i += 1
artifacts = os.path.join(work, "artifacts") + os.sep
os.makedirs(artifacts, exist_ok=True)
# a fixed number of runs (the regression check) starts from the seeds alone every time, so that
# it does the same on every machine; a timed run keeps what it finds in WORKDIR/corpus
regression = any(f.startswith("-runs=") for f in flags)
scratch = tempfile.mkdtemp(prefix="congdoan-fuzz-") if regression else None
corpus = scratch or os.path.join(work, "corpus")
os.makedirs(corpus, exist_ok=True)
cmd = [fuzzer] + flags + ["-artifact_prefix=" + artifacts, corpus] + [s for s in seeds if os.path.isdir(s)]
print("+ " + " ".join(cmd), flush=True)
try:
    rc = subprocess.call(cmd)
finally:
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)
sys.exit(rc)
