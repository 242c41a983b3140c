"""Task queries from Python, with the figures of tests/test-tasks.c."""

import datetime
import unittest

from . import support
from .support import CTR, KH, NQ
import congdoan
from congdoan import Role, TaskStatus

D = datetime.date
KH_FILES = ("units-tld.xml", "kh-240-2022-tld.xml")
KH_REPORTS = KH_FILES + ("tasks-reports-240.xml",)
ALL = ("units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml", "nq-001-dct-tld.xml",
       "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", "tasks-reports-240.xml")


def ids(tasks):
    return [t.id for t in tasks]


class Plan240(unittest.TestCase):
    def setUp(self):
        self.c = support.load(*KH_FILES)

    def tearDown(self):
        self.c.close()

    def test_bdn_leads_the_nine_bullets(self):
        tasks = self.c.tasks_for("tld.bdn", Role.LEAD, with_roles=True)
        self.assertEqual([t.id for t, _ in tasks], ["iii-1-%d" % i for i in range(1, 10)])
        self.assertTrue(all(r == Role.LEAD for _, r in tasks))
        self.assertTrue(all(t.document.id == KH for t, _ in tasks))
        self.assertEqual(len(self.c.tasks_for("tld.bdn", include_departments=True)), 9)

    def test_tld_with_and_without_departments(self):
        self.assertEqual(ids(self.c.tasks_for("tld", Role.LEAD)), ["ii-%d" % i for i in range(1, 10)])
        both = self.c.tasks_for(self.c.unit("tld"), Role.LEAD, include_departments=True)
        self.assertEqual(len(both), 18)
        self.assertEqual(ids(both)[9:], ["iii-1-%d" % i for i in range(1, 10)])

    def test_nobody_coordinates_by_id(self):
        for u in ("tld", "tld.bdn", "tld.vp"):
            self.assertEqual(self.c.tasks_for(u, Role.COORDINATOR, include_departments=True), [])

    def test_bad_role(self):
        with self.assertRaises(congdoan.InvalidArgumentError):
            self.c.tasks_for("tld", 0)
        with self.assertRaises(KeyError):
            self.c.tasks_for("nobody")

    def test_overdue_without_reports(self):
        kh = self.c.documents[KH]
        # ii-2 has no due time of its own since vocabulary 1.2 (its "đến năm 2023" is a milestone)
        self.assertEqual(ids(self.c.overdue_tasks(D(2024, 1, 1))), ["ii-1", "ii-9"])
        self.assertEqual(ids(kh.overdue_tasks("2024-01-01")), ["ii-1", "ii-9"])
        self.assertEqual(ids(self.c.overdue_tasks(20231231, kh)), ["ii-1", "ii-9"])
        self.assertEqual(ids(self.c.overdue_tasks(D(2023, 6, 30), KH)), ["ii-1", "ii-9"])
        self.assertEqual(ids(self.c.overdue_tasks(D(2023, 1, 1), kh)), ["ii-1", "ii-9"])
        self.assertEqual(self.c.overdue_tasks(D(2022, 12, 31), kh), [])
        self.assertEqual(self.c.overdue_tasks(D(2022, 9, 1)), [])
        t = kh.tasks
        self.assertFalse(t["ii-2"].is_overdue(D(2023, 12, 31)))
        self.assertFalse(t["ii-2"].is_overdue(D(2024, 1, 1)))   # a milestone passed, not the task
        self.assertIsNone(t["ii-2"].due_date)
        self.assertTrue(t["ii-9"].is_overdue(D(2024, 1, 1)))
        self.assertFalse(t["ii-1"].is_overdue(D(2022, 12, 31)))
        self.assertTrue(t["ii-1"].is_overdue("ngày 1 tháng 1 năm 2023"))
        self.assertFalse(t["ii-3"].is_overdue(D(2099, 12, 31)))   # ongoing
        self.assertFalse(t["ii-4"].is_overdue(D(2099, 12, 31)))   # no due time
        self.assertIsNone(t["ii-3"].due_at(D(2024, 1, 1)))
        self.assertEqual(t["ii-1"].due_at(D(2024, 1, 1)), D(2024, 12, 31))

    def test_bad_date(self):
        with self.assertRaises(congdoan.InvalidArgumentError):
            self.c.overdue_tasks(20230230)
        with self.assertRaises(TypeError):
            self.c.overdue_tasks(2023.5)


class Plan240WithReports(unittest.TestCase):
    def setUp(self):
        self.c = support.load(*KH_REPORTS)
        self.t = self.c.documents[KH].tasks

    def tearDown(self):
        self.c.close()

    def latest(self, task, at, report):
        s = self.t[task].latest_status(at)
        self.assertEqual(s.report.id if s.report else None, report)
        return s.status

    def test_latest_status(self):
        self.assertEqual(self.latest("ii-1", None, "bc-tld-240-2023-bs"), TaskStatus.DONE)
        self.assertEqual(self.latest("ii-1", 20240101, "bc-tld-240-2023"), TaskStatus.IN_PROGRESS)
        self.assertEqual(self.latest("ii-1", D(2023, 12, 19), "bc-tld-240-2022"), TaskStatus.DONE)
        self.assertEqual(self.latest("ii-2", 20230801, "bc-tld-240-2023-h1"), TaskStatus.IN_PROGRESS)
        self.assertEqual(self.latest("ii-2", 20230709, None), TaskStatus.NONE)
        self.assertEqual(self.latest("ii-5", None, "bc-tld-240-2024-h1-bs"), TaskStatus.DONE)
        self.assertEqual(self.latest("ii-9", None, "bc-tld-240-2024-h1"), TaskStatus.CANCELLED)
        self.assertEqual(self.latest("ii-4", None, None), TaskStatus.NONE)

    def test_overdue_with_reports(self):
        t = self.t
        self.assertFalse(t["ii-2"].is_overdue(D(2024, 1, 1)))
        self.assertTrue(t["ii-1"].is_overdue(D(2024, 1, 14)))
        self.assertFalse(t["ii-1"].is_overdue(D(2024, 1, 15)))
        self.assertTrue(t["ii-9"].is_overdue(D(2023, 6, 30)))
        self.assertFalse(t["ii-9"].is_overdue(D(2024, 7, 5)))
        self.assertTrue(t["ii-1"].is_overdue(D(2025, 1, 1)))


class Everything(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load(*ALL)

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_laichau_roles(self):
        c = self.c
        # 51: v-2 of 13/CTr is led by a class (the districts, Công đoàn Ngành, Viên chức) since 1.2
        self.assertEqual(len(c.tasks_for("laichau", Role.LEAD)), 51)
        self.assertEqual(c.tasks_for("laichau", Role.COORDINATOR), [])
        r = c.tasks_for("laichau", Role.COORDINATOR, include_departments=True, with_roles=True)
        self.assertEqual([(t.id, role) for t, role in r], [("v-1", Role.LEAD | Role.COORDINATOR)])

    def test_tld_across_documents(self):
        c = self.c
        self.assertEqual(len(c.tasks_for("tld", Role.LEAD)), 16)
        both = c.tasks_for("tld", Role.LEAD, include_departments=True)
        self.assertEqual(len(both), 27)
        nq = c.documents[NQ]
        self.assertEqual(both[25], nq.tasks["iii-1-1"])
        self.assertEqual(both[26], nq.tasks["iii-1-2"])

    def test_overdue_all_documents(self):
        c = self.c
        ctr = c.documents[CTR]
        self.assertEqual(ids(c.overdue_tasks(D(2025, 4, 1), ctr)), ["iv-2-1"])
        self.assertEqual(c.overdue_tasks(D(2025, 7, 1), ctr), [])
        late = c.overdue_tasks(D(2026, 1, 1), ctr)
        self.assertEqual(len(late), 46)
        self.assertFalse({"iv-2-1", "iv-3-3", "iv-4-2", "iv-6-3", "iv-1-5"} & set(ids(late)))
        every = c.overdue_tasks(D(2026, 1, 1))
        self.assertEqual(len(every), 47)
        self.assertEqual(every[0], c.documents[KH].tasks["ii-1"])
        self.assertEqual(every[1].document, ctr)

    def test_list_and_single_task_agree(self):
        for at in (D(2023, 1, 1), D(2024, 1, 1), D(2025, 7, 1), D(2026, 1, 1)):
            late = set(self.c.overdue_tasks(at))
            for d in self.c.documents:
                for t in d.tasks:
                    self.assertEqual(t.is_overdue(at), t in late, (t.id, at))


if __name__ == "__main__":
    unittest.main()
