"""Vietnamese labels, numbers, periods, due times, a figure judged by the engine's rule, the
occurrence before a date and the reports of a document, with the figures of tests/test-labels.c."""

import datetime
import unittest

from . import support
import congdoan
from congdoan import (BodyKind, Comparator, DueKind, EvalStatus, Grade, Level, PeriodKind, Sector, Submission,
                      TaskStatus, UnitKind, ValueSource)

D = datetime.date


class Words(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(congdoan.number_format(1810, 0), "1.810")
        self.assertEqual(congdoan.number_format(98.5), "98,5")
        self.assertEqual(congdoan.number_format(13466), "13.466")
        self.assertEqual(congdoan.number_format(1.0655), "1,07")
        self.assertEqual(congdoan.parse_number(congdoan.number_format(13466.5, 1)), 13466.5)
        with self.assertRaises(congdoan.InvalidArgumentError):
            congdoan.number_format(float("nan"))

    def test_periods(self):
        self.assertEqual(congdoan.period_label("2025-H1"), "6 tháng đầu năm 2025")
        self.assertEqual(congdoan.period_label("2025-Q3"), "quý III/2025")
        with self.assertRaises(congdoan.ParseError):
            congdoan.period_label("2025-H3")

    def test_enum_words(self):
        self.assertEqual(Level.GRASSROOTS.vietnamese, "cấp cơ sở")
        self.assertEqual(Sector.PUBLIC.vietnamese, "khu vực hành chính, sự nghiệp")
        self.assertEqual(Grade.GOOD.vietnamese, "hoàn thành tốt nhiệm vụ")
        self.assertEqual(TaskStatus.NONE.vietnamese, "chưa báo cáo")
        self.assertEqual(EvalStatus.NOT_ACHIEVED.vietnamese, "chưa đạt")
        self.assertEqual(Submission.ON_TIME.vietnamese, "đúng hạn")
        self.assertEqual(PeriodKind.YEAR.vietnamese, "hằng năm")
        self.assertIsNone(Level.UNKNOWN.vietnamese)
        # every member with an English label other than "none"/"unknown" has Vietnamese words
        for cls in (Level, Sector, Grade, TaskStatus, EvalStatus, Submission):
            for m in cls:
                if m.name not in ("UNKNOWN", "NONE") or cls is TaskStatus or cls is EvalStatus:
                    self.assertIsNotNone(m.vietnamese, m)


class Names(unittest.TestCase):
    """The library's names of the values (congdoan_*_name()), as the files and the program's
    JSON write them, and the symbols and nouns of congdoan/labels.h."""

    def setUp(self):
        self.c = support.load("units-tld.xml", "tasks-due.xml")

    def tearDown(self):
        self.c.close()

    def test_as_the_files_write_them(self):
        self.assertEqual(str(self.c.units["tld.bch"].body_kind), "executive-committee")
        self.assertEqual(str(self.c.units["tld.dct"].body_kind), "presidium")
        self.assertEqual(str(self.c.units["tld"].kind), "organisation")
        self.assertEqual(str(self.c.units["tld.vp"].kind), "department")
        tasks = self.c.documents["kh-tasks-due"].tasks
        self.assertEqual(str(tasks["r-yearly"].due_kind), "recurring")
        self.assertEqual(tasks["ongoing"].to_dict()["due_kind"], "ongoing")
        self.assertEqual(tasks["d-year"].to_dict()["due_kind"], "period")

    def test_every_value(self):
        self.assertEqual([str(k) for k in UnitKind], ["organisation", "department", "body", "group"])
        self.assertEqual([str(k) for k in BodyKind][1:], ["executive-committee", "presidium", "standing-committee",
                                                          "inspection-committee", "congress"])
        self.assertEqual([str(k) for k in DueKind][1:], ["period", "recurring", "ongoing"])
        self.assertEqual([str(k) for k in ValueSource][1:], ["computed", "reported-total", "unit-data"])
        self.assertEqual(Comparator.AT_LEAST.symbol, "≥")
        self.assertEqual(Comparator.ABOUT.symbol, "≈")
        self.assertEqual(Comparator.AT_MOST.ascii, "<=")
        self.assertEqual(Comparator.RANGE_OR_MORE.ascii, "range")
        self.assertEqual(Comparator.TARGET.ascii, "=")
        self.assertEqual(Level.GRASSROOTS.noun, "CĐCS")
        self.assertIsNone(Level.UNKNOWN.noun)


class Tasks(unittest.TestCase):
    def setUp(self):
        self.c = support.load("units-tld.xml", "tasks-due.xml", "kh-240-2022-tld.xml")

    def tearDown(self):
        self.c.close()

    def task(self, doc, id):
        return self.c.documents[doc].tasks[id]

    def test_due_label(self):
        self.assertEqual(self.task("kh-tasks-due", "r-yearly-day").due_label, "hằng năm, ngày 15/12")
        self.assertEqual(self.task("kh-tasks-due", "d-quarter").due_label, "quý III/2024")
        self.assertEqual(self.task("kh-tasks-due", "ongoing").due_label, "thường xuyên")
        self.assertIsNone(self.task(support.KH, "ii-4").due_label)

    def test_due_before(self):
        ii9 = self.task(support.KH, "ii-9")
        self.assertEqual(ii9.due_before(D(2024, 1, 1)), D(2023, 12, 31))
        self.assertEqual(ii9.due_before("31/12/2023"), D(2022, 12, 31))
        self.assertIsNone(self.task(support.KH, "ii-3").due_before(D(2024, 1, 1)))


class Progress(unittest.TestCase):
    def setUp(self):
        self.c = support.load("progress-cases.xml")

    def tearDown(self):
        self.c.close()

    def test_evaluate(self):
        prog = self.c.documents["prog"]
        pct, rng = prog.indicators["pct"], prog.indicators["rng"]
        self.assertEqual(pct.judge(80), EvalStatus.ACHIEVED)
        self.assertEqual(pct.judge(80 - 1e-12), EvalStatus.ACHIEVED)
        self.assertEqual(pct.judge(79.99), EvalStatus.NOT_ACHIEVED)
        self.assertEqual(rng.judge(4.01), EvalStatus.EXCEEDED)
        self.assertEqual(pct.judge(float("nan")), EvalStatus.NO_DATA)

    def test_find_reports(self):
        self.assertEqual([r.id for r in self.c.find_reports("prog", unit="d1")],
                         ["r-d1-early", "r-d1", "r-d1-h1"])
        self.assertEqual([r.id for r in self.c.find_reports("prog", period="2025", at=D(2025, 12, 1))],
                         ["r-d1-early", "r-g31"])
        self.assertEqual(len(self.c.find_reports()), 7)


if __name__ == "__main__":
    unittest.main()
