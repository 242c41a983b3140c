"""The progress engine from Python, with the figures worked out by hand in tests/test-progress.c
(tests/data/progress-cases.xml), the Lai Châu share-of-units fixtures, and the sample data's
expected answers (examples/data/README.md)."""

import datetime
import json
import unittest

from . import support
from .support import CTR
import congdoan
from congdoan import EvalStatus, Submission, ValueSource

D = datetime.date


class Cases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load("progress-cases.xml")
        cls.p = cls.c.progress("prog", "p", "2025")

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_percentage_is_sum_of_numerators_over_sum_of_denominators(self):
        pct = self.p["pct"]
        # d1 45/50 (its later report), d2 30/40, g31 10/30: 85/120, never the mean of percentages
        self.assertEqual((pct.numerator, pct.denominator), (85, 120))
        self.assertAlmostEqual(pct.actual, 8500 / 120)
        self.assertGreater(abs(pct.actual - (90 + 75 + 100 / 3) / 3), 1)
        self.assertEqual(pct.status, EvalStatus.NOT_ACHIEVED)
        self.assertEqual(pct.source, ValueSource.COMPUTED)
        self.assertEqual(pct.contributors, 3)
        self.assertAlmostEqual(pct.ratio, (8500 / 120) / 80)

    def test_counts_add_up(self):
        cnt = self.p["cnt"]
        self.assertEqual(cnt.actual, 40 + 25 + 10)
        self.assertEqual(cnt.status, EvalStatus.NOT_ACHIEVED)
        self.assertIsNone(cnt.numerator)

    def test_lower_is_better_is_not_inverted(self):
        low = self.p["low"]
        self.assertEqual(low.actual, 6)
        self.assertEqual(low.status, EvalStatus.NOT_ACHIEVED)
        self.assertAlmostEqual(low.ratio, 5 / 6)
        i = self.p.indicators.index(low)
        self.assertEqual(self.p.children[0].statuses[i], EvalStatus.ACHIEVED)   # d1 alone: 2
        d1 = self.c.progress("prog", "d1", "2025")
        self.assertEqual(d1["low"].ratio, 1.0)

    def test_range_target(self):
        rng = self.p["rng"]
        self.assertAlmostEqual(rng.actual, 11 / 3)
        self.assertEqual(rng.status, EvalStatus.ACHIEVED)
        i = self.p.indicators.index(rng)
        d2 = self.p.child("d2")
        self.assertEqual(d2.statuses[i], EvalStatus.EXCEEDED)
        self.assertEqual(d2.actuals[i], 5)
        # the library's one rule, asked directly: range 2–4
        x = rng.indicator
        self.assertEqual(x.judge(3), EvalStatus.ACHIEVED)
        self.assertEqual(x.judge(4), EvalStatus.ACHIEVED)
        self.assertEqual(x.judge(5), EvalStatus.EXCEEDED)
        self.assertEqual(x.judge(1.5), EvalStatus.NOT_ACHIEVED)
        self.assertEqual(x.judge(float("nan")), EvalStatus.NO_DATA)

    def test_share_of_units(self):
        shr = self.p["shr"]
        self.assertEqual((shr.numerator, shr.denominator), (2, 3))
        self.assertEqual(shr.status, EvalStatus.ACHIEVED)
        self.assertEqual(shr.source, ValueSource.UNIT_DATA)

    def test_subtree_total_that_disagrees(self):
        self.assertEqual(self.p["tot"].actual, 45)
        (f,) = self.p.findings
        self.assertEqual((f.unit.id, f.indicator.id, f.reported, f.computed), ("d1", "tot", 30, 22))
        i = self.p.indicators.index(self.p["tot"])
        self.assertEqual(self.p.children[0].actuals[i], 30)
        self.assertEqual(self.c.progress("prog", "d1", "2025")["tot"].source, ValueSource.REPORTED_TOTAL)

    def test_percentage_without_denominator_is_not_guessed(self):
        bare = self.p["bare"]
        self.assertEqual(bare.status, EvalStatus.NOT_AGGREGABLE)
        self.assertIsNone(bare.actual)
        self.assertIsNone(bare.ratio)
        self.assertEqual(bare.unaggregated, 2)
        self.assertEqual([(u.id, u.name) for u in bare.rate_only],
                         [("d1", "Liên đoàn Lao động huyện Một"), ("d2", "Liên đoàn Lao động huyện Hai")])
        self.assertEqual(bare.to_dict()["rate_only_unit_ids"], ["d1", "d2"])
        self.assertEqual(self.p["pct"].rate_only, [])

    def test_completeness_and_timeliness(self):
        p = self.p
        self.assertEqual(p.deadline, D(2025, 12, 15))
        self.assertEqual([(e.unit.id, e.submission, e.submitted) for e in p.expected],
                         [("d1", Submission.ON_TIME, D(2025, 12, 10)),
                          ("d2", Submission.LATE, D(2025, 12, 20)),
                          ("d3", Submission.MISSING, None)])
        self.assertEqual(str(Submission.LATE), "late")

    def test_reference_date(self):
        p = self.c.progress("prog", "p", "2025", at=D(2025, 12, 18))
        self.assertEqual(p["pct"].actual, 68.75)
        self.assertEqual(p["low"].actual, 2)
        self.assertEqual(p["low"].status, EvalStatus.ACHIEVED)
        self.assertEqual(p.expected[1].submission, Submission.MISSING)
        self.assertEqual(p.at, D(2025, 12, 18))
        p = self.c.progress("prog", "p", "2025", at="2025-11-15")
        self.assertEqual(p["pct"].actual, 40)
        self.assertEqual(p["cnt"].status, EvalStatus.NO_DATA)
        self.assertIsNone(p["tot"].actual)
        self.assertEqual(self.c.progress("prog", "p", "2025", at=20251115)["pct"].actual, 40)

    def test_other_period_and_breakdown(self):
        h1 = self.c.progress("prog", "p", "2025-H1")
        self.assertEqual(h1["cnt"].actual, 999)
        self.assertEqual(h1["pct"].status, EvalStatus.NO_DATA)
        self.assertIsNone(h1.deadline)
        self.assertEqual(h1.expected[0].submission, Submission.RECEIVED)
        self.assertEqual(h1.period, "2025-H1")
        self.assertEqual([c.unit.id for c in self.p.children], ["d1", "d2", "d3"])
        i = self.p.indicators.index(self.p["pct"])
        self.assertAlmostEqual(self.p.child("d3").actuals[i], 100 / 3)
        self.assertEqual(self.p.children[0].statuses[i], EvalStatus.ACHIEVED)
        leaf = self.c.progress("prog", "g31", "2025")
        self.assertEqual(leaf["cnt"].actual, 10)
        self.assertEqual((leaf.children, leaf.expected), ([], []))

    def test_to_dict_is_json(self):
        d = self.p.to_dict()
        text = json.dumps(d, ensure_ascii=False, allow_nan=False)
        back = json.loads(text)
        self.assertEqual(back["query"]["deadline"], "2025-12-15")
        ind = {x["indicator_id"]: x for x in back["evaluations"]}
        self.assertEqual(ind["cnt"]["actual"], 75)
        self.assertEqual(ind["bare"]["status"], "not-aggregable")
        self.assertIsNone(ind["bare"]["actual"])
        self.assertEqual(back["findings"], [{"unit_id": "d1", "unit_name": self.p.findings[0].unit.name,
                                             "indicator_id": "tot", "reported": 30.0, "computed": 22.0,
                                             "difference": 8.0}])
        self.assertEqual([e["submission"] for e in back["completeness"]], ["on-time", "late", "missing"])
        s = back["summary"]
        self.assertEqual((s["on_time"], s["late"], s["missing"], s["received"]), (1, 1, 1, 0))
        self.assertEqual(len(back["children"]), 7 * 3)
        self.assertEqual(len(self.p.to_rows()), 7)

    def test_same_as_the_c_accessors(self):
        # The bulk path (congdoan_progress_*_fill) against the one-call-per-figure accessors.
        from ctypes import byref, c_double
        from congdoan._ffi import ProgressP, lib
        c = self.c
        ptr = ProgressP()
        lib.congdoan_progress_compute(c._h(), c.documents["prog"]._h(), c.unit("p")._h(), b"2025", 0, byref(ptr))
        try:
            for i, ip in enumerate(self.p.indicators):
                v = c_double()
                has = lib.congdoan_progress_actual(ptr, i, byref(v))
                self.assertEqual(ip.actual, v.value if has else None)
                self.assertEqual(ip.status, lib.congdoan_progress_status(ptr, i))
                self.assertEqual(ip.contributors, lib.congdoan_progress_contributors(ptr, i))
                for ch, child in enumerate(self.p.children):
                    has = lib.congdoan_progress_child_actual(ptr, ch, i, byref(v))
                    self.assertEqual(child.actuals[i], v.value if has else None)
                    self.assertEqual(child.statuses[i], lib.congdoan_progress_child_status(ptr, ch, i))
        finally:
            lib.congdoan_progress_free(ptr)


class ReportersAndPopulations(unittest.TestCase):
    """tests/data/progress-reporters.xml, figures worked out in tests/test-progress-reporters.c."""

    @classmethod
    def setUpClass(cls):
        cls.c = support.load("progress-reporters.xml")
        cls.d = cls.c.documents["rp"]
        cls.p = cls.c.progress("rp", "rp.p", "2025")

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_who_reports_what(self):
        self.assertTrue(self.d.expects("rp.d1.vp", "dv"))  # d1 through its office
        self.assertFalse(self.d.expects("rp.d1", "tu"))
        self.assertTrue(self.d.expects(self.c.unit("rp.d2"), self.d.indicators["tu"]))
        self.assertFalse(self.d.expects("rp.g11"))
        self.assertEqual([(e.unit.id, e.submission, e.lacking) for e in self.p.expected],
                         [("rp.d1", Submission.ON_TIME, 0), ("rp.d2", Submission.ON_TIME, 2),
                          ("rp.d3", Submission.MISSING, 4)])
        self.assertEqual([c.expected for c in self.p.children],
                         [[True, True, False, False], [True, False, True, False], [True] * 4])

    def test_subtree_reporter_and_populations(self):
        self.assertEqual(self.p["dv"].actual, 100)  # d1's subtree total, not 100 + 30 + 40
        tu = self.p["tu"]
        self.assertEqual((tu.numerator, tu.denominator), (3, 3))
        self.assertEqual((tu.population, tu.population_excluded, tu.population_unchecked),
                         (congdoan.PopulationStatus.APPLIED, 1, 1))
        self.assertEqual(self.p["nc"].population, congdoan.PopulationStatus.NOT_APPLIED)
        self.assertEqual(self.p["dv"].population, congdoan.PopulationStatus.NONE)
        row = self.p["tu"].to_dict()
        self.assertEqual((row["population"], row["population_excluded"]), ("applied", 1))
        back = json.loads(json.dumps(self.p.to_dict()))
        self.assertEqual([e["lacking"] for e in back["completeness"]], [0, 2, 4])


class Term(unittest.TestCase):
    """tests/data/progress-span.xml: a term totals the reports inside it (tests/test-progress.c)."""

    def test_term_totals_the_years(self):
        with support.load("progress-span.xml") as c:
            p = c.progress("sp", "sp.p", "term:2018/2023")
            self.assertEqual((p["dv"].actual, p["dv"].contributors, p["dv"].status), (1050, 2, EvalStatus.ACHIEVED))
            self.assertEqual((p["vm"].numerator, p["vm"].denominator), (15, 20))
            self.assertEqual([ch.actuals[0] for ch in p.children], [500, 550])
            self.assertEqual(c.progress("sp", "sp.p", "2018/2023", at=D(2020, 12, 31))["dv"].actual, 350)
            with self.assertRaises(congdoan.InvalidArgumentError):
                c.progress("sp", "sp.p", "2023/2018")


class Scores(unittest.TestCase):
    """tests/data/progress-money-score.xml: a score is a unit's own; those left out are named
    (tests/test-progress.c)."""

    def test_scores_left_out_named(self):
        with support.load("progress-money-score.xml") as c:
            p = c.progress("ms", "ms.p", "2025")
            self.assertEqual(p["diem-cs"].status, EvalStatus.NOT_AGGREGABLE)
            self.assertEqual([u.id for u in p["diem-cs"].score_left_out], ["ms.d1", "ms.d2"])
            self.assertEqual(p["diem"].score_left_out, [])  # the province gave its own
            self.assertEqual(c.progress("ms", "ms.d1", "2025")["diem-cs"].score_left_out, [])


class LaiChauShares(unittest.TestCase):
    def test_share_of_units_from_fixture(self):
        with support.load("units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml") as c:
            p = c.progress(CTR, "laichau", "2025")
            want = {"iii-3a": (8, 9, EvalStatus.NOT_ACHIEVED), "iii-3b": (14, 16, EvalStatus.ACHIEVED),
                    "iii-3c": (6, 8, EvalStatus.NOT_ACHIEVED)}
            for k, (num, den, st) in want.items():
                self.assertEqual((p[k].numerator, p[k].denominator, p[k].status), (num, den, st), k)
            self.assertEqual(p["iii-4a"].status, EvalStatus.NO_DATA)   # no reports: never zero
            self.assertEqual(len(p.expected), 9)


class SampleData(unittest.TestCase):
    """examples/data/README.md, "Expected answers, worked out by hand"."""

    @classmethod
    def setUpClass(cls):
        cls.c = congdoan.Corpus(support.sample())

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_2025(self):
        p = self.c.progress(CTR, "laichau", "2025")
        self.assertEqual(p["iii-4a"].actual, 1478)
        self.assertEqual((p["iii-1a"].numerator, p["iii-1a"].denominator), (13466, 13623))
        self.assertEqual(p["iii-1a"].unaggregated, 1)
        # Than Uyên gave 98.5 for its subtree without the fraction (examples/data/reports-2025.xml)
        self.assertEqual([u.id for u in p["iii-1a"].rate_only], ["laichau.thanuyen"])
        self.assertEqual(p["iii-1a"].to_dict()["rate_only_unit_names"], ["Liên đoàn Lao động huyện Than Uyên"])
        self.assertAlmostEqual(p["iii-1b"].actual, 67.1875)
        self.assertEqual((p["iii-8b"].numerator, p["iii-8b"].denominator), (6, 7))
        self.assertEqual(p["iii-13a"].actual, 1)
        achieved = {ip.indicator.id for ip in p if ip.achieved}
        self.assertEqual(achieved, {"iii-1a", "iii-2b", "iii-3b", "iii-5a", "iii-6a", "iii-7a",
                                    "iii-8a", "iii-8c", "iii-9a", "iii-10a", "iii-12a"})
        self.assertEqual(p.summary()["indicators"], {"achieved": 11, "not-achieved": 8})
        self.assertEqual([(f.unit.id, f.indicator.id, f.reported, f.computed) for f in p.findings],
                         [("laichau.tanuyen", "iii-13a", 1, 2)])
        self.assertEqual(p.deadline, D(2025, 11, 25))
        self.assertEqual(p.summary()["submissions"], {"on-time": 5, "late": 2, "missing": 2})
        sinho = p.child("laichau.sinho")
        i = p.indicators.index(p["iii-4a"])
        self.assertEqual(sinho.actuals[i], 17)

    def test_2025_h1_with_cut_off(self):
        p = self.c.progress(CTR, "laichau", "2025-H1")
        self.assertEqual(p["iii-4a"].actual, 712)
        self.assertEqual(p["iii-8a"].status, EvalStatus.NO_DATA)
        self.assertEqual(p["iii-11a"].status, EvalStatus.NOT_AGGREGABLE)
        self.assertEqual(p["iii-10a"].actual, 33)
        self.assertEqual(p.summary()["submissions"], {"on-time": 6, "late": 2, "missing": 1})
        cut = self.c.progress(CTR, "laichau", "2025-H1", at=D(2025, 6, 30))
        self.assertEqual(cut["iii-4a"].actual, 671)
        self.assertEqual((cut["iii-10a"].actual, cut["iii-10a"].status), (31, EvalStatus.NOT_ACHIEVED))
        self.assertEqual(cut.expected[7].unit.id, "laichau.namnhun")
        self.assertEqual(cut.expected[7].submission, Submission.MISSING)


if __name__ == "__main__":
    unittest.main()
