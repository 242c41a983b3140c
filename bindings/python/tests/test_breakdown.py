"""The figures of a progress report from Python: the breakdown by child and the trend over
periods, with the answers worked out by hand in tests/test-breakdown.c
(tests/data/breakdown-cases.xml) and the sample data's (examples/data/README.md)."""

import datetime
import json
import math
import unittest

from . import support
from .support import CTR
import congdoan
from congdoan import EvalStatus, TargetBasis


class Cases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load("breakdown-cases.xml")
        cls.b = cls.c.breakdown("bk-ct", "bk", "2025")

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_shape(self):
        self.assertEqual([u.id for u in self.b.children], ["bk.d1", "bk.d2", "bk.d3", "bk.d4", "bk.d5"])
        self.assertEqual([x.id for x in self.b.indicators], ["pct", "cnt", "avg", "rng"])
        self.assertEqual(self.b.progress.period, "2025")

    def test_rates_against_the_document(self):
        x = self.b.cell("bk.d1", "pct")             # 45/50 = 90% against 80 (not d1's own 85)
        self.assertEqual((x.status, x.basis), (EvalStatus.ACHIEVED, TargetBasis.DOCUMENT))
        self.assertEqual((x.actual, x.numerator, x.denominator), (90, 45, 50))
        self.assertAlmostEqual(x.ratio, 90 / 80)
        self.assertEqual(x.target.id, "pct")
        self.assertEqual(x.target.document.id, "bk-ct")
        y = self.b.cell("bk.d1", "avg")             # 3/2 = 1.5 < 2
        self.assertEqual(y.status, EvalStatus.NOT_ACHIEVED)
        self.assertAlmostEqual(y.ratio, 0.75)

    def test_counts_against_the_childs_allocation(self):
        x = self.b.cell("bk.d1", "cnt")             # 70 against its own 60
        self.assertEqual((x.status, x.basis, x.actual), (EvalStatus.ACHIEVED, TargetBasis.ALLOCATION, 70))
        self.assertEqual((x.target.document.id, x.target.target), ("bk-ct-d1", 60))
        self.assertIsNone(x.numerator)
        self.assertAlmostEqual(x.ratio, 70 / 60)
        y = self.b.cell("bk.d2", "cnt")             # 20 against 30, from its Executive Committee
        self.assertEqual((y.status, y.target.document.id), (EvalStatus.NOT_ACHIEVED, "bk-ct-d2"))
        z = self.b.cell("bk.d3", "cnt")             # no programme: a part of the whole, not judged
        self.assertEqual((z.status, z.basis, z.actual, z.target, z.ratio),
                         (EvalStatus.NO_DATA, TargetBasis.NONE, 15, None, None))

    def test_weakest_and_counts(self):
        self.assertEqual([u.id for u in self.b.weakest], ["bk.d2", "bk.d1", "bk.d5", "bk.d3", "bk.d4"])
        self.assertEqual(self.b.counts[0][EvalStatus.ACHIEVED], 2)
        self.assertEqual(self.b.counts[0][EvalStatus.NOT_ACHIEVED], 1)
        self.assertEqual(self.b.counts[3][EvalStatus.NO_DATA], 4)
        self.assertEqual(self.b.counts[0][EvalStatus.EXCEEDED], 1)
        x = self.b.cell("bk.d1", "rng")             # 10/2 = 5 above the range 2–4: "vượt"
        self.assertEqual((x.status, x.actual), (EvalStatus.EXCEEDED, 5))

    def test_to_dict(self):
        d = json.loads(json.dumps(self.b.to_dict()))
        self.assertEqual(d["weakest"][0], "bk.d2")
        cell = d["children"][0]["cells"][1]
        self.assertEqual(cell, {"indicator_id": "cnt", "status": "achieved", "basis": "allocation",
                                "target_indicator": "bk-ct-d1#b", "target": 60, "actual": 70,
                                "numerator": None, "denominator": None, "ratio": 70 / 60})
        self.assertIn("5 children × 4 indicators", repr(self.b))

    def test_trend(self):
        t = self.c.trend("bk-ct", "bk", "2025")
        self.assertEqual([p.period for p in t], ["2023", "2024-H1", "2024", "2025-H1", "2025-H2", "2025"])
        self.assertEqual([p["cnt"].actual for p in t], [11, 5, 50, 32, 40, 105])
        t = self.c.trend("bk-ct", "bk", "2025", at=datetime.date(2025, 12, 31), max_periods=2)
        self.assertEqual([p.period for p in t], ["2025-H2", "2025"])
        self.assertEqual(t[-1].at, datetime.date(2025, 12, 31))
        with self.assertRaises(congdoan.InvalidArgumentError):
            self.c.trend("bk-ct", "bk", "2025-H3")

    def test_ratio(self):
        pct = self.c.document("bk-ct").indicators["pct"]
        self.assertAlmostEqual(pct.ratio(100), 1.25)
        self.assertAlmostEqual(pct.ratio(60), 0.75)
        self.assertIsNone(pct.ratio(math.inf))


class Sample(unittest.TestCase):
    def test_laichau_2025(self):
        with congdoan.Corpus(support.sample()) as c:
            b = c.breakdown(CTR, "laichau", "2025")
            self.assertEqual(len(b.children), 9)
            # new members against each district's own programme (README, sections 1 and 4)
            got = {u.id.split(".")[1]: (x.actual, x.target.target if x.target else None, x.status.label)
                   for u, x in ((u, b.cell(u, "iii-4a")) for u in b.children)}
            self.assertEqual(got, {
                "tp": (265, 280, "not-achieved"), "tamduong": (198, 200, "not-achieved"),
                "phongtho": (241, 230, "achieved"), "sinho": (17, None, "no-data"),
                "muongte": (176, None, "no-data"), "thanuyen": (262, 250, "achieved"),
                "tanuyen": (171, 180, "not-achieved"), "namnhun": (None, None, "no-data"),
                "cdvc": (148, None, "no-data")})
            # indicators not achieved per child, and the weakest (README, section 6)
            missed = {u.id.split(".")[1]: n[EvalStatus.NOT_ACHIEVED] for u, n in zip(b.children, b.counts)}
            self.assertEqual(missed, {"tp": 2, "tamduong": 5, "phongtho": 5, "sinho": 5, "muongte": 7,
                                      "thanuyen": 2, "tanuyen": 4, "namnhun": 0, "cdvc": 1})
            self.assertEqual(b.weakest[0].id, "laichau.muongte")
            self.assertEqual(b.weakest[-1].id, "laichau.namnhun")
            x = b.cell("laichau.sinho", "iii-1a")
            self.assertEqual((x.numerator, x.denominator, x.status), (71, 73, EvalStatus.NOT_ACHIEVED))
            t = c.trend(CTR, "laichau", "2025")
            self.assertEqual([(p.period, p["iii-4a"].actual) for p in t], [("2025-H1", 712), ("2025", 1478)])


if __name__ == "__main__":
    unittest.main()
