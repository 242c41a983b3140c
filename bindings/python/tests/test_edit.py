"""Building and changing the model from Python (congdoan/edit.h), when the library has it."""

import datetime
import unittest

from . import support
import congdoan
from congdoan import (BodyKind, Comparator, Coverage, DocumentKind, EvalStatus, Grade, Level, Measure,
                      PeriodKind, RelationType, Sector, TaskStatus, UnitKind)
from congdoan import _ffi

D = datetime.date
HAS_EDIT = all(_ffi.has(n) for n in _ffi.optional_names()
               if not n.startswith(("congdoan_output_", "congdoan_write_")))


@unittest.skipUnless(HAS_EDIT, "the loaded libcongdoan has no editing API (congdoan/edit.h)")
class Build(unittest.TestCase):
    def setUp(self):
        c = self.c = congdoan.Corpus()
        self.p = c.add_unit("p", Level.PROVINCIAL, "Liên đoàn Lao động tỉnh Thử")
        self.d1 = c.add_unit("d1", "upper-grassroots", "LĐLĐ huyện Một", parent=self.p)
        self.g = c.add_unit("g1", Level.GRASSROOTS, "CĐCS Công ty Một", parent="d1")
        self.doc = c.add_document("prog", DocumentKind.PROGRAMME)
        self.doc.number = "01/CTr-LĐLĐ"
        self.doc.issuer = self.p
        self.doc.issued = D(2025, 1, 15)
        self.doc.title = "Chương trình công tác năm 2025"
        self.doc.add_deadline("2025", D(2025, 12, 15))
        sec = self.doc.add_section(number="III.", title="CHỈ TIÊU")
        self.cnt = sec.add_indicator("cnt", Measure.COUNT, Comparator.AT_LEAST, 100, "100 đoàn viên mới")
        self.pct = sec.add_indicator("pct", "percentage", "at-least", 80, "80% đoàn viên")
        self.task = sec.add_task("t1", "Tổ chức thực hiện")
        self.task.lead = self.p
        self.task.set_due("2025-Q2", "trong quý II")
        self.r = c.add_report("r1", self.d1, self.doc, "2025")
        self.r.submitted = "2025-12-10"
        self.r.set_value("cnt", 40)
        self.r.set_fraction(self.pct, 45, 50, Coverage.SUBTREE)
        self.r.set_task_status(self.task, TaskStatus.DONE, "Đã xong")

    def tearDown(self):
        self.c.close()

    def test_built_model_reads_back(self):
        c = self.c
        self.assertEqual([u.id for u in c.units], ["p", "d1", "g1"])
        self.assertEqual(self.g.parent, self.d1)
        self.assertEqual(self.doc.number, "01/CTr-LĐLĐ")
        self.assertEqual(self.doc.issued, D(2025, 1, 15))
        self.assertEqual(self.doc.deadline("2025"), D(2025, 12, 15))
        self.assertEqual([x.id for x in self.doc.indicators], ["cnt", "pct"])
        self.assertEqual(self.task.lead_id, "p")
        self.assertEqual(self.task.due_date, D(2025, 6, 30))
        self.assertEqual([(v.indicator_id, v.value, v.fraction) for v in self.r.values],
                         [("cnt", 40, None), ("pct", None, (45, 50))])
        self.assertEqual(self.task.latest_status().status, TaskStatus.DONE)
        self.assertEqual(c.check().errors, [])

    def test_progress_of_built_model(self):
        p = self.c.progress("prog", "p", "2025")
        self.assertEqual(p["cnt"].actual, 40)
        self.assertEqual(p["pct"].actual, 90)
        self.assertEqual(p["pct"].status, EvalStatus.ACHIEVED)
        self.assertEqual(p.expected[0].submitted, D(2025, 12, 10))

    def test_setters(self):
        u = self.g
        u.sector = Sector.PUBLIC
        u.members = 120
        u.set_classification(2025, Grade.GOOD)
        self.assertEqual((u.sector, u.members, u.classification(2025)), (Sector.PUBLIC, 120, Grade.GOOD))
        u.members = None
        self.assertIsNone(u.members)
        x = self.pct
        x.scope_level = Level.GRASSROOTS
        x.scope_sectors = {Sector.PUBLIC, "state-enterprise"}
        x.baseline = 75.5
        self.assertEqual(x.scope_sectors, {Sector.PUBLIC, Sector.STATE_ENTERPRISE})
        self.assertEqual(x.baseline, 75.5)
        x.baseline = None
        self.assertIsNone(x.baseline)
        x.set_range(80, 95)
        self.assertEqual((x.comparator, x.target, x.target_max), (Comparator.RANGE, 80, 95))
        dep = self.p.add_department("p.vp", "Văn phòng")
        body = self.p.add_department("p.btv", "Ban Thường vụ", UnitKind.BODY, BodyKind.STANDING_COMMITTEE)
        self.assertEqual((dep.kind, body.body_kind), (UnitKind.DEPARTMENT, BodyKind.STANDING_COMMITTEE))
        self.doc.add_relation(RelationType.IMPLEMENTS, number="240/KH-TLĐ", date=D(2022, 8, 22))
        self.assertEqual(self.doc.relations[0].number, "240/KH-TLĐ")
        self.doc.set_reporting(to=self.p, frequency=PeriodKind.HALF_YEAR)
        self.assertEqual(self.doc.reporting_frequency, PeriodKind.HALF_YEAR)
        self.g.parent = self.p
        self.assertEqual(self.g.parent, self.p)

    def test_refusals(self):
        with self.assertRaises(congdoan.DuplicateIdError):
            self.c.add_unit("p", Level.PROVINCIAL, "Again")
        with self.assertRaises(congdoan.ParseError):
            self.doc.number = "không phải số"
        with self.assertRaises(congdoan.InvalidArgumentError):
            self.pct.target = 140
        self.assertEqual(self.pct.target, 80)      # a refused call changes nothing
        with self.assertRaises(congdoan.InvalidArgumentError):
            self.p.parent = self.g                 # a cycle
        with self.assertRaises(congdoan.UnknownReferenceError):
            self.r.set_value("nope", 1)

    def test_written_and_read_back(self):
        from congdoan._writer import available
        if not available():
            self.skipTest("no writer")
        xml = self.c.to_xml()
        with congdoan.Corpus() as again:
            again.load_bytes(xml, "built.xml")
            self.assertEqual(again.to_xml(), xml)
            self.assertEqual(again.progress("prog", "p", "2025")["cnt"].actual, 40)


class WithoutEditing(unittest.TestCase):
    @unittest.skipIf(HAS_EDIT, "the library has the editing API")
    def test_not_implemented(self):
        with congdoan.Corpus(support.data("units-tld.xml")) as c:
            with self.assertRaises(NotImplementedError):
                c.add_unit("x", Level.CENTRAL, "X")
            with self.assertRaises(NotImplementedError):
                c.unit("tld").name = "Y"
            self.assertEqual(c.unit("tld").name, "Tổng Liên đoàn Lao động Việt Nam")


if __name__ == "__main__":
    unittest.main()
