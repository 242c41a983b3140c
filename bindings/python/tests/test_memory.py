"""Load, query and drop a large corpus many times: the process must not grow.

The corpus is made in memory (tests/synth.py): about 4,000 units and as many reports with some
20,000 values. Each round loads it into a new Corpus, runs the checks, the progress engine, the
bulk tables, task queries and a walk over every unit, provokes a failed load (an exception with
its issues), and closes the corpus (every other round it is dropped without close(), so that
__del__ frees it). The resident set size is read from /proc/self/statm (ru_maxrss elsewhere).
Before each reading the garbage collector runs and glibc's malloc_trim(0) returns free heap
memory to the system. After WARMUP rounds (allocator pools filling up), the highest reading of
the last five rounds may exceed that of the first five measured rounds by less than LIMIT_KIB;
one leaked copy of the corpus per round would be megabytes (about 3.5 MiB a round).

Environment: CONGDOAN_MEMORY_ROUNDS overrides ROUNDS."""

import ctypes
import gc
import os
import resource
import sys
import time
import unittest

from . import synth
import congdoan

WARMUP = 5
ROUNDS = int(os.environ.get("CONGDOAN_MEMORY_ROUNDS", "25"))
LIMIT_KIB = 2048


def _malloc_trim():
    """glibc's malloc_trim(0): give free heap memory back to the system before measuring, so
    that the resident set size follows what is allocated rather than the allocator's caching
    (without it, glibc's dynamic mmap threshold makes the RSS jump between two levels)."""
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return lambda: trim(0)


malloc_trim = _malloc_trim()


def rss_kib():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def one_round(xml, keep_open):
    c = congdoan.Corpus()
    c.load_bytes(xml, "synth.xml")
    assert not c.check().errors
    root = c.roots[0]
    p = c.progress("ctr", root, "2025", at="2025-12-20")
    d = p.to_dict()
    assert len(d["evaluations"]) == 6
    units = c.units_table(year=2025)
    values = c.values_table()
    reports = c.reports_table()
    assert len(units["id"]) == len(c.units) and len(values["report"]) == c.value_count()
    assert len(reports["id"]) == len(c.reports)
    total = 0
    for u in c.units:
        total += u.members or 0
        _ = u.parent, u.name, u.level
    for r in c.reports[:200]:
        _ = [v.to_dict() for v in r.values], r.task_statuses
    c.overdue_tasks("2026-01-01")
    c.tasks_for(root, include_departments=True)
    c.cascade("ctr")
    try:
        c.load_bytes(xml, "again.xml")          # every id again: DuplicateIdError with issues
    except congdoan.DuplicateIdError as e:
        assert e.issues
    else:
        raise AssertionError("a duplicate load succeeded")
    if keep_open:
        c.close()
    del c, root, p, d, units, values, reports
    return total


class Memory(unittest.TestCase):
    def test_no_growth_over_repeated_loads(self):
        xml = synth.corpus_xml(provinces=5, districts=8, grassroots=100, seed=7).encode("utf-8")
        samples = []
        t0 = time.monotonic()
        for i in range(WARMUP + ROUNDS):
            one_round(xml, keep_open=i % 2 == 0)
            gc.collect()
            malloc_trim()
            samples.append(rss_kib())
        elapsed = time.monotonic() - t0
        # the highest of the first and of the last five measured rounds: a leak raises both
        # the floor and the ceiling, and this ignores a single round of allocator noise
        base = max(samples[WARMUP:WARMUP + 5])
        end = max(samples[-5:])
        peak = max(samples[WARMUP:])
        growth = end - base
        sys.stderr.write(
            "\nmemory: %d KiB XML, %d rounds in %.1f s; RSS after warm-up %d KiB, at the end %d KiB "
            "(growth %+d KiB, peak %d KiB, limit %d KiB); samples: %s\n"
            % (len(xml) // 1024, WARMUP + ROUNDS, elapsed, base, end, growth, peak, LIMIT_KIB,
               " ".join(str(s) for s in samples)))
        self.assertLess(growth, LIMIT_KIB)
        self.assertLess(peak - base, 4 * LIMIT_KIB)


if __name__ == "__main__":
    unittest.main()
