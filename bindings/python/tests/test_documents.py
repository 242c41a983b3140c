"""Documents, sections, tasks, indicators, reports and lineage, on the seed fixtures, with the
figures of the C tests (tests/test-document.c, test-indicator.c, test-report.c, test-lineage.c)."""

import datetime
import json
import unittest

from . import support
from .support import CTR, KH
import congdoan
from congdoan._ffi import lib
from congdoan import (Comparator, Coverage, DocumentKind, DueKind, Grade, ItemKind, Level,
                     Measure, PeriodKind, RelationType, Sector, TaskStatus)

D = datetime.date


class Plan240(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load("units-tld.xml", "kh-240-2022-tld.xml")
        cls.kh = cls.c.documents[KH]

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_metadata(self):
        kh = self.kh
        self.assertEqual(kh.number, "240/KH-TLĐ")
        self.assertEqual(kh.kind, DocumentKind.PLAN)
        self.assertEqual(kh.kind.code, "KH")
        self.assertEqual(kh.kind.vietnamese, "Kế hoạch")
        self.assertEqual(str(kh.kind), "plan")
        self.assertEqual(kh.issued, D(2022, 8, 22))
        self.assertEqual(kh.issuer, self.c.unit("tld"))
        self.assertTrue(kh.title.startswith("THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW"))
        rel = kh.relations
        self.assertEqual([r.number for r in rel], ["12-CT/TW", "15/NQ-BCH"])
        self.assertEqual(rel[0].type, RelationType.IMPLEMENTS)
        self.assertEqual(rel[0].date, D(2022, 1, 5))
        self.assertIsNone(rel[0].target)   # not loaded
        json.dumps(kh.to_dict(), ensure_ascii=False)

    def test_tasks(self):
        tasks = self.kh.tasks
        self.assertEqual(len(tasks), 18)
        self.assertEqual([t.id for t in tasks[:9]], ["ii-%d" % i for i in range(1, 10)])
        self.assertEqual([t.id for t in tasks[9:]], ["iii-1-%d" % i for i in range(1, 10)])
        ii2 = tasks["ii-2"]
        # Vocabulary 1.2: "đến năm 2023" dates one sentence of ii-2 (a milestone), not the task.
        self.assertEqual(ii2.due_kind, DueKind.NONE)
        self.assertIsNone(ii2.due_code)
        self.assertIsNone(ii2.due_date)
        self.assertEqual(ii2.due_period_kind, PeriodKind.NONE)
        self.assertEqual(ii2.lead.id, "tld")
        self.assertEqual(lib.congdoan_task_milestone_count(ii2._h()), 1)
        self.assertEqual(lib.congdoan_task_milestone_due_code(ii2._h(), 0), "2023")
        self.assertEqual(lib.congdoan_task_milestone_due_text(ii2._h(), 0), "đến năm 2023")
        self.assertEqual(tasks["ii-1"].due_kind, DueKind.RECURRING)
        self.assertEqual(tasks["ii-3"].due_kind, DueKind.ONGOING)
        self.assertIsNone(tasks["ii-4"].due_date)
        self.assertEqual(tasks["iii-1-1"].lead.id, "tld.bdn")
        coords = tasks["ii-1"].coordinators
        self.assertTrue(all(c.unit is None and c.unit_id is None and c.text for c in coords))
        self.assertEqual(ii2.document, self.kh)
        self.assertIsNotNone(ii2.section)
        json.dumps(ii2.to_dict(), ensure_ascii=False)

    def test_sections(self):
        secs = self.kh.sections
        self.assertGreater(len(secs), 0)
        seen = {"task": 0}

        def walk(s, depth):
            self.assertEqual(s.document, self.kh)
            kinds = s.item_kinds
            items = s.items
            self.assertEqual(len(kinds), len(items))
            for k, it in zip(kinds, items):
                if k == ItemKind.PARAGRAPH:
                    self.assertIsInstance(it, str)
                elif k == ItemKind.SECTION:
                    self.assertEqual(it.parent, s)
                    walk(it, depth + 1)
                elif k == ItemKind.TASK:
                    self.assertIsInstance(it, congdoan.Task)
                    seen["task"] += 1
        for s in secs:
            self.assertIsNone(s.parent)
            walk(s, 0)
        self.assertEqual(seen["task"], 18)


class Programme13(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load("units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml",
                             "reports-laichau-2025.xml")
        cls.ctr = cls.c.documents[CTR]

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_counts(self):
        self.assertEqual(len(self.ctr.tasks), 52)
        self.assertEqual(len(self.ctr.indicators), 19)
        self.assertEqual(self.ctr.number, "13/CTr-LĐLĐ")
        self.assertEqual(self.ctr.issued, D(2025, 2, 27))
        self.assertEqual(self.ctr.indicators[0].id, "iii-1a")
        self.assertEqual(self.ctr.indicators[18].id, "iii-13a")

    def test_members_indicator(self):
        x = self.ctr.indicators["iii-4a"]
        self.assertEqual((x.measure, x.comparator, x.target), (Measure.COUNT, Comparator.TARGET, 1810))
        # "1.810 đoàn viên": a bare figure, comparator target since vocabulary 1.2
        self.assertEqual(x.unit_of_measure, "đoàn viên")
        self.assertEqual(x.text, "Tuyên truyền, vận động phát triển mới (thực tăng) 1.810 đoàn viên")
        # the figure as printed, read the Vietnamese way, is the target
        self.assertEqual(congdoan.parse_number("1.810"), x.target)
        self.assertIsNone(x.target_max)
        self.assertEqual(str(x.comparator), "target")

    def test_percentage_indicator(self):
        x = self.ctr.indicators["iii-1a"]
        self.assertEqual((x.measure, x.comparator, x.target), (Measure.PERCENTAGE, Comparator.AT_LEAST, 98))
        self.assertTrue(x.text.startswith("98% trở lên đoàn viên, người lao động được tuyên truyền"))

    def test_scopes(self):
        i = self.ctr.indicators
        self.assertEqual(i["iii-3a"].measure, Measure.SHARE_OF_UNITS)
        self.assertEqual(i["iii-3a"].scope_level, Level.UPPER_GRASSROOTS)
        self.assertEqual(i["iii-3a"].condition_grade, Grade.GOOD)
        self.assertEqual(i["iii-2a"].scope_sectors, {Sector.PUBLIC, Sector.STATE_ENTERPRISE})
        self.assertEqual(i["iii-2b"].scope_sectors, {Sector.NON_STATE_ENTERPRISE})
        self.assertEqual(i["iii-1a"].scope_sectors, frozenset())
        self.assertEqual(i["iii-5a"].measure, Measure.AVERAGE)
        json.dumps([x.to_dict() for x in i], ensure_ascii=False)

    def test_report_values(self):
        r = self.c.reports["bc-tamduong-2025-h1"]
        self.assertEqual((r.unit, r.document, r.period, r.submitted),
                         (self.c.unit("laichau.tamduong"), self.ctr, "2025-H1", D(2025, 6, 20)))
        v = r.values
        self.assertEqual([x.indicator_id for x in v], ["iii-1a", "iii-2a", "iii-4a", "iii-5a", "iii-13a"])
        self.assertEqual((v[0].numerator, v[0].denominator, v[0].value, v[0].coverage),
                         (1795, 1830, 98.1, Coverage.SUBTREE))
        self.assertEqual((v[1].fraction, v[1].value), ((11, 11), None))
        self.assertEqual((v[2].value, v[2].numerator), (96, None))
        self.assertEqual(v[4].coverage, Coverage.SELF)
        self.assertEqual(v[2].indicator, self.ctr.indicators["iii-4a"])
        self.assertEqual(r.value_for("iii-5a").fraction, (15, 12))
        st = r.task_statuses
        self.assertEqual([(s.task_id, s.status) for s in st],
                         [("ii-1", TaskStatus.IN_PROGRESS), ("iv-2-1", TaskStatus.DONE),
                          ("iv-3-3", TaskStatus.DONE), ("iv-9-5", TaskStatus.NOT_STARTED),
                          ("iv-4-2", TaskStatus.CANCELLED)])
        self.assertEqual(st[1].task, self.ctr.tasks["iv-2-1"])
        self.assertTrue(r.note.startswith("Báo cáo sơ kết 6 tháng"))
        json.dumps(r.to_dict(), ensure_ascii=False)

    def test_total_values(self):
        self.assertEqual(sum(len(r.values) for r in self.c.reports), 12)
        self.assertEqual(self.c.value_count(), 12)


class Lineage(unittest.TestCase):
    DISTRICTS = [("ctr-05-ldld-tp-laichau-2025", "05/CTr-LĐLĐ", True),
                 ("ctr-07-ldld-tamduong-2025", "07/CTr-LĐLĐ", True),
                 ("ctr-04-ldld-phongtho-2025", "04/CTr-LĐLĐ", True),
                 ("ctr-09-ldld-sinho-2025", "09/CTr-LĐLĐ", False)]

    @classmethod
    def setUpClass(cls):
        cls.c = support.load("units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml",
                             "ctr-13-2025-laichau.xml", "cascade-laichau-2025.xml")
        cls.ctr = cls.c.documents[CTR]

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_up(self):
        for id, number, by_id in self.DISTRICTS:
            d = self.c.documents[id]
            self.assertEqual(d.kind, DocumentKind.PROGRAMME)
            self.assertEqual(d.number, number)
            (rel,) = d.relations
            self.assertEqual(rel.type, RelationType.CONCRETISES)
            self.assertEqual(rel.target, self.ctr)
            self.assertEqual(rel.number, "13/CTr-LĐLĐ")
            self.assertEqual(rel.date, D(2025, 2, 27))
            self.assertEqual(rel.target_id, CTR if by_id else None)
            self.assertEqual(d.incoming, [])

    def test_down(self):
        inc = self.ctr.incoming
        self.assertEqual([i.document.id for i in inc], [d[0] for d in self.DISTRICTS])
        self.assertTrue(all(i.type == RelationType.CONCRETISES for i in inc))
        self.assertEqual(self.c.documents[KH].incoming, [])

    def test_lineage_tree(self):
        lin = self.ctr.lineage()
        self.assertEqual([n.document.id for n in lin.down], [d[0] for d in self.DISTRICTS])
        self.assertEqual(len(lin.up), 19)                  # 19 relations, none loaded
        self.assertTrue(all(n.document is None for n in lin.up))
        self.assertEqual(lin.documents("down"), [n.document for n in lin.down])
        # from a district: up to 13/CTr-LĐLĐ, and from there its (unloaded) sources
        tp = self.c.documents["ctr-05-ldld-tp-laichau-2025"].lineage(down=False)
        self.assertEqual(tp.up[0].document, self.ctr)
        self.assertEqual(len(tp.up[0].children), 19)
        self.assertEqual(self.c.documents["ctr-05-ldld-tp-laichau-2025"].lineage(depth=1).up[0].children, [])
        only = self.ctr.lineage(types=["implements"])
        self.assertEqual(only.down, [])
        d = lin.to_dict()
        json.dumps(d, ensure_ascii=False)
        down = [r for r in d["relations"] if r["direction"] == "down"]
        self.assertEqual(down[3]["document_id"], "ctr-09-ldld-sinho-2025")
        self.assertEqual(down[3]["type"], "concretises")
        self.assertEqual((down[3]["depth"], down[3]["from_id"]), (1, self.ctr.id))
        self.assertEqual(len([r for r in d["relations"] if r["direction"] == "up"]), 19)
        self.assertEqual(d["query"], {"document_id": self.ctr.id, "number": "13/CTr-LĐLĐ", "up": True,
                                      "down": True})


if __name__ == "__main__":
    unittest.main()
