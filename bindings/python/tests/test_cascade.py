"""Cascade checks from Python, with the figures of tests/test-cascade.c and of the sample data."""

import json
import unittest

from . import support
from .support import CTR
import congdoan
from congdoan import Demand

TP, TAMDUONG, PHONGTHO, SINHO = ("ctr-05-ldld-tp-laichau-2025", "ctr-07-ldld-tamduong-2025",
                                 "ctr-04-ldld-phongtho-2025", "ctr-09-ldld-sinho-2025")


class LaiChau(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load("units-tld.xml", "units-laichau.xml", "units-congthuong.xml",
                             "kh-240-2022-tld.xml", "ctr-13-2025-laichau.xml",
                             "cascade-laichau-2025.xml")
        cls.ctr = cls.c.documents[CTR]
        cls.cas = cls.c.cascade(cls.ctr)

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_lower_documents(self):
        cas = self.cas
        self.assertEqual(cas.higher, self.ctr)
        self.assertEqual([d.id for d in cas.lower], [TP, TAMDUONG, PHONGTHO, SINHO])
        self.assertEqual([d.issuer.id for d in cas.lower],
                         ["laichau.tp", "laichau.tamduong", "laichau.phongtho", "laichau.sinho"])
        self.assertEqual(cas.indicators, list(self.ctr.indicators))

    def test_allocation_of_members(self):
        a = self.cas.allocations["iii-4a"]
        self.assertEqual((a.allocated, a.allocating), (1450, 4))
        self.assertEqual(a.indicator.target - a.allocated, 360)
        self.assertEqual((self.cas.allocations["iii-10a"].allocated,
                          self.cas.allocations["iii-10a"].allocating), (5, 1))
        for k in ("iii-6a", "iii-13a", "iii-1a", "iii-3b", "iii-5a"):
            self.assertNotIn(k, self.cas.allocations)

    def test_shortfall_judged_by_the_library(self):
        # examples/tests/cascade-bounds.xml: at most 10 (7 allocated: met), exactly 6 (8), 20-30
        # (35), at least 100 (70: 30 short), lower is better 5 (7): as congdoan cascade says
        import os
        with congdoan.Corpus(os.path.join(support.SOURCE_ROOT, "examples", "tests", "cascade-bounds.xml")) as c:
            rows = c.cascade("t-ct").to_dict()["allocations"]
        self.assertEqual([(a["indicator_id"], a["allocated"], a["shortfall"]) for a in rows],
                         [("tai-nan", 7, 0), ("vu-viec", 8, 0), ("lop", 35, 0), ("doan-vien", 70, 30),
                          ("giam", 7, 0)])

    def test_demands(self):
        cas = self.cas
        self.assertEqual([cas.demand(l, "iii-1a") for l in (TP, TAMDUONG, PHONGTHO, SINHO)],
                         [Demand.OK, Demand.OK, Demand.WEAKER, Demand.OK])
        self.assertEqual(cas.demand(TAMDUONG, "iii-3a"), Demand.WEAKER)
        self.assertTrue(all(cas.demand(l, "iii-4a") == Demand.NOT_COMPARABLE for l in cas.lower))
        flat = [d for row in cas.demands for d in row]
        self.assertEqual((flat.count(Demand.OK), flat.count(Demand.WEAKER)), (7, 2))

    def test_refinements_and_missed(self):
        cas = self.cas
        self.assertEqual(cas.missed, [15, 15, 15, 16])
        self.assertEqual(cas.refinement(TP, "iii-4a").id, "ct-3")
        self.assertEqual(cas.refinement(PHONGTHO, "iii-10a").id, "ct-4")
        self.assertEqual(cas.refinement(SINHO, "iii-2b").id, "ct-2")
        self.assertIsNone(cas.refinement(SINHO, "iii-3b"))
        self.assertEqual(cas.refinement(TP, "iii-4a").refines, self.ctr.indicators["iii-4a"])
        self.assertEqual(sum(r is not None for row in cas.refinements for r in row), 15)

    def test_missing_units(self):
        self.assertEqual([u.id for u in self.cas.missing],
                         ["laichau.muongte", "laichau.thanuyen", "laichau.tanuyen", "laichau.namnhun",
                          "laichau.cdvc"])

    def test_to_dict(self):
        d = json.loads(json.dumps(self.cas.to_dict(), ensure_ascii=False))
        alloc = {a["indicator_id"]: a for a in d["allocations"]}
        self.assertEqual(alloc["iii-4a"], {"indicator_id": "iii-4a", "comparator": "target", "target": 1810.0,
                                           "allocated": 1450.0, "allocating": 4, "difference": -360.0,
                                           "shortfall": 360.0})
        self.assertEqual(len(d["missing"]), 5)
        self.assertEqual(len(d["matrix"]), len(self.cas.lower) * len(self.cas.indicators))


class SampleData(unittest.TestCase):
    def test_sample_allocations(self):
        with congdoan.Corpus(support.sample()) as c:
            cas = c.documents[CTR].cascade()
            self.assertEqual(len(cas.lower), 5)
            self.assertEqual(cas.allocations["iii-4a"].allocated, 1140)
            self.assertEqual(cas.allocations["iii-10a"].allocated, 26)
            self.assertEqual(cas.allocations["iii-13a"].allocated, 1)
            self.assertEqual(cas.demand("ctr-2025-ldld-phongtho", "iii-1a"), Demand.WEAKER)
            self.assertEqual([u.id for u in cas.missing],
                             ["laichau.sinho", "laichau.muongte", "laichau.namnhun", "laichau.cdvc"])


if __name__ == "__main__":
    unittest.main()
