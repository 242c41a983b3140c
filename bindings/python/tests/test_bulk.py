"""The bulk C API (congdoan/bulk.h) and the tables built on it: every column agrees with the
one-object-at-a-time accessors, ranges are clipped, absent figures are NaN."""

import math
import unittest
from ctypes import c_double, c_int, c_long

from . import support, synth
import congdoan
from congdoan._ffi import lib


def nan_eq(a, b):
    return (a is None and b is None) or a == b or (isinstance(a, float) and isinstance(b, float)
                                                   and math.isnan(a) and math.isnan(b))


class Tables(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = congdoan.Corpus()
        cls.c.load(support.sample())
        cls.c.load_bytes(synth.corpus_xml(provinces=2, districts=3, grassroots=20), "synth.xml")

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_units_table(self):
        t = self.c.units_table(year=2025)
        n = len(self.c.units)
        self.assertEqual(set(len(v) for v in t.values()), {n})
        for i, u in enumerate(self.c.units):
            self.assertEqual(t["index"][i], i)
            self.assertEqual(t["id"][i], u.id)
            self.assertEqual(t["name"][i], u.name)
            self.assertEqual(t["parent"][i], u.parent.index if u.parent else None)
            self.assertEqual(t["kind"][i], u.kind.label)
            self.assertEqual(t["level"][i], u.level.label)
            self.assertEqual(t["sector"][i], u.sector.label if u.sector else None)
            self.assertEqual(t["members"][i], u.members)
            self.assertEqual(t["workers"][i], u.workers)
            g = u.classification(2025)
            self.assertEqual(t["grade"][i], g.label if g else None)

    def test_units_table_ranges(self):
        n = len(self.c.units)
        part = self.c.units_table(10, 20)
        self.assertEqual(part["index"], list(range(10, 20)))
        self.assertEqual(part["id"], [u.id for u in self.c.units[10:20]])
        self.assertEqual(self.c.units_table(n - 3)["index"], [n - 3, n - 2, n - 1])
        self.assertEqual(self.c.units_table(n + 5)["id"], [])
        self.assertEqual(self.c.units_table(5, 2)["id"], [])
        self.assertNotIn("grade", part)

    def test_reports_table(self):
        t = self.c.reports_table()
        for i, r in enumerate(self.c.reports):
            self.assertEqual(t["id"][i], r.id)
            self.assertEqual(t["unit_id"][i], r.unit_id)
            self.assertEqual(t["unit"][i], r.unit.index if r.unit else None)
            self.assertEqual(t["document_id"][i], r.document_id)
            self.assertEqual(t["period"][i], r.period)
            self.assertEqual(t["submitted"][i], r.submitted)
            self.assertEqual(t["value_count"][i], len(r.values))

    def test_values_table(self):
        t = self.c.values_table()
        total = self.c.value_count()
        self.assertEqual(len(t["report"]), total)
        self.assertEqual(total, sum(len(r.values) for r in self.c.reports))
        row = 0
        for ri, r in enumerate(self.c.reports):
            for v in r.values:
                self.assertEqual(t["report"][row], ri)
                self.assertEqual(t["indicator_id"][row], v.indicator_id)
                self.assertTrue(nan_eq(t["value"][row], v.value if v.value is not None else math.nan))
                self.assertTrue(nan_eq(t["numerator"][row], v.numerator if v.numerator is not None else math.nan))
                self.assertTrue(nan_eq(t["denominator"][row], v.denominator if v.denominator is not None else math.nan))
                flags = (1 if v.value is not None else 0) | (2 if v.numerator is not None else 0)
                self.assertEqual(t["flags"][row], flags)
                self.assertEqual(t["coverage"][row], v.coverage.label)
                row += 1

    def test_values_table_ranges_cross_reports(self):
        full = self.c.values_table()
        total = len(full["report"])
        for start, stop in ((0, 1), (3, 17), (total - 5, total), (7, 7), (total, total + 3)):
            part = self.c.values_table(start, stop)
            for k in full:
                self.assertTrue(all(nan_eq(a, b) for a, b in zip(part[k], full[k][start:stop])), (k, start))
                self.assertEqual(len(part[k]), len(full[k][start:stop]))

    def test_report_values_table(self):
        r = self.c.reports[0]
        t = r.values_table()
        self.assertEqual(t["indicator_id"], [v.indicator_id for v in r.values])
        self.assertNotIn("report", t)


class CFunctions(unittest.TestCase):
    """The C functions directly: NULL columns, NULL objects, ranges."""

    @classmethod
    def setUpClass(cls):
        cls.c = congdoan.Corpus()
        cls.c.load_bytes(synth.corpus_xml(provinces=1, districts=2, grassroots=5), "small.xml")
        cls.h = cls.c._h()

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_null_object_and_columns(self):
        self.assertEqual(lib.congdoan_corpus_units_fill(None, 0, 10, *[None] * 8), 0)
        self.assertEqual(lib.congdoan_corpus_value_count(None), 0)
        self.assertEqual(lib.congdoan_corpus_values_fill(None, 0, 10, *[None] * 7), 0)
        self.assertEqual(lib.congdoan_report_values_fill(None, 0, 10, *[None] * 6), 0)
        self.assertEqual(lib.congdoan_progress_indicators_fill(None, 0, 10, *[None] * 8), 0)
        self.assertEqual(lib.congdoan_progress_children_fill(None, 0, 10, None, None, None), 0)
        self.assertEqual(lib.congdoan_progress_findings_fill(None, 0, 10, *[None] * 4), 0)
        self.assertEqual(lib.congdoan_progress_expected_fill(None, 0, 10, *[None] * 3), 0)
        self.assertEqual(lib.congdoan_issues_fill(None, 0, 10, *[None] * 6), 0)
        self.assertEqual(lib.congdoan_unit_index(None), -1)
        n = len(self.c.units)
        # every column NULL: only the count
        self.assertEqual(lib.congdoan_corpus_units_fill(self.h, 0, 1000, *[None] * 8), n)
        self.assertEqual(lib.congdoan_corpus_units_fill(self.h, n, 1, *[None] * 8), 0)
        self.assertEqual(lib.congdoan_corpus_units_fill(self.h, 2, 0, *[None] * 8), 0)
        self.assertEqual(lib.congdoan_corpus_classifications_fill(self.h, 2025, 0, 1000, None), n)

    def test_writes_only_the_rows_it_returns(self):
        n = len(self.c.units)
        members = (c_long * (n + 4))(*([-7] * (n + 4)))
        got = lib.congdoan_corpus_units_fill(self.h, 0, n + 4, None, None, None, None, None, None, members, None)
        self.assertEqual(got, n)
        self.assertEqual(list(members[n:]), [-7] * 4)

    def test_values_fill_across_report_boundaries(self):
        total = lib.congdoan_corpus_value_count(self.h)
        rep = (c_long * total)()
        self.assertEqual(lib.congdoan_corpus_values_fill(self.h, 0, total, rep, *[None] * 6), total)
        one = (c_long * 1)()
        for k in range(total):
            self.assertEqual(lib.congdoan_corpus_values_fill(self.h, k, 1, one, *[None] * 6), 1)
            self.assertEqual(one[0], rep[k])
        self.assertEqual(lib.congdoan_corpus_values_fill(self.h, total, 5, one, *[None] * 6), 0)
        self.assertEqual(list(rep), sorted(rep))

    def test_value_flags_and_nan(self):
        r = self.c.reports[0]
        n = len(r.values)
        val, num, flags = (c_double * n)(), (c_double * n)(), (c_int * n)()
        lib.congdoan_report_values_fill(r._h(), 0, n, None, val, num, None, flags, None)
        for i, v in enumerate(r.values):
            self.assertEqual(bool(flags[i] & congdoan.ValueFlags.HAS_FIGURE), v.value is not None)
            self.assertEqual(bool(flags[i] & congdoan.ValueFlags.HAS_FRACTION), v.numerator is not None)
            self.assertEqual(math.isnan(val[i]), v.value is None)
            self.assertEqual(math.isnan(num[i]), v.numerator is None)

    def test_unit_index(self):
        for i, u in enumerate(self.c.units):
            self.assertEqual(lib.congdoan_unit_index(u._h()), i)

    def test_issues_fill(self):
        with congdoan.Corpus() as c:
            c.load_file(support.data("nq-001-dct-tld.xml"))
            issues = c.check()
        self.assertEqual(len(issues), 14)
        self.assertTrue(all(i.message and i.tag and i.file for i in issues))


if __name__ == "__main__":
    unittest.main()
