"""The Corpus and the objects taken from it: the seed fixtures' counts and lookups, sequences,
and lifetimes (close, context managers, objects keeping their corpus alive)."""

import gc
import json
import unittest
import weakref

from . import support
from .support import CTR, KH, NQ
import congdoan
from congdoan import Level, Sector, UnitKind

ALL = ("units-tld.xml", "units-laichau.xml", "units-congthuong.xml", "kh-240-2022-tld.xml",
       "nq-001-dct-tld.xml", "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml")
UNITS_TLD, UNITS_LAICHAU, UNITS_CONGTHUONG = 11, 43, 4


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = support.load(*ALL)

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def test_counts_and_load_order(self):
        c = self.c
        self.assertEqual(len(c.units), UNITS_TLD + UNITS_LAICHAU + UNITS_CONGTHUONG)
        self.assertEqual(len(c.documents), 3)
        self.assertEqual(len(c.reports), 3)
        self.assertEqual([u.id for u in c.roots], ["tld"])
        self.assertEqual(c.units[0].id, "tld")
        self.assertEqual(c.units[1].id, "tld.bch")
        self.assertEqual(c.units[10].id, "tld.ttqlda")
        self.assertEqual(c.units[UNITS_TLD].id, "laichau")
        self.assertEqual(c.units[-1].id, "congthuong.ctcs3")
        self.assertEqual([d.id for d in c.documents], [KH, NQ, CTR])
        self.assertEqual([r.id for r in c.reports],
                         ["bc-tamduong-2025-h1", "bc-phongtho-2025-h1", "bc-thanuyen-2025-h1"])
        with self.assertRaises(IndexError):
            c.units[len(c.units)]
        self.assertEqual(c.units[1:3], [c.units[1], c.units[2]])
        self.assertEqual(c.units[-1], c.units[len(c.units) - 1])

    def test_unit_lookup(self):
        c = self.c
        u = c.units["laichau.cdvc.ttdvvl"]
        self.assertEqual(u.name, "Công đoàn cơ sở Trung tâm Dịch vụ việc làm tỉnh Lai Châu")
        self.assertEqual(c.unit("tld.dct").kind, UnitKind.BODY)
        self.assertEqual(c.unit("laichau.vp").kind, UnitKind.DEPARTMENT)
        for missing in ("laichau.xx", "LAICHAU", "laicha", "laichau ", ""):
            self.assertIsNone(c.unit(missing))
            self.assertNotIn(missing, c.units)
            with self.assertRaises(KeyError):
                c.units[missing]
        self.assertIn("laichau", c.units)
        self.assertIsNone(c.report("bc-tamduong-2025"))
        self.assertEqual(c.reports["bc-phongtho-2025-h1"].unit_id, "laichau.phongtho")

    def test_hierarchy(self):
        c = self.c
        laichau = c.unit("laichau")
        self.assertEqual(laichau.parent, c.unit("tld"))
        self.assertEqual(laichau.level, Level.PROVINCIAL)
        self.assertEqual(len(laichau.children), 9)
        self.assertEqual(laichau.children[8].id, "laichau.cdvc")
        self.assertEqual(c.unit("laichau.sinho").parent, laichau)
        self.assertIn(c.unit("laichau.vp"), list(laichau.departments))
        self.assertEqual(c.unit("laichau.vp").parent, laichau)
        sub = list(laichau.subtree())
        self.assertEqual(sub[0], laichau)
        self.assertTrue(all(u.kind == UnitKind.ORGANISATION for u in sub))
        self.assertEqual(laichau.index, UNITS_TLD)
        self.assertEqual(c.units[laichau.index], laichau)

    def test_unit_data(self):
        g = [u for u in self.c.units if u.level == Level.GRASSROOTS and u.classifications]
        self.assertTrue(g)
        u = g[0]
        self.assertIn(2025, u.classifications)
        self.assertEqual(u.classification(2025), u.classifications[2025])
        self.assertEqual(u.classification(1999), congdoan.Grade.NONE)
        self.assertIsInstance(u.sector, Sector)
        self.assertTrue(u.members is None or u.members >= 0)
        json.dumps(u.to_dict(), ensure_ascii=False)

    def test_document_by_number_and_id(self):
        c = self.c
        kh = c.document_by_number("240/KH-TLĐ")
        self.assertEqual(kh.id, KH)
        self.assertEqual(c.document("240/KH-TLĐ"), kh)
        self.assertEqual(c.document(KH), kh)
        # decomposed input finds the NFC-stored number
        self.assertEqual(c.document_by_number("240/KH-TLĐ".replace("Đ", "Đ")), kh)
        self.assertEqual(c.document_by_number(congdoan.normalize("240/KH-TLĐ")), kh)
        self.assertIsNone(c.document("999/KH-TLĐ"))

    def test_equality_and_hash(self):
        c = self.c
        a, b = c.unit("laichau"), c.units["laichau"]
        self.assertIsNot(a, b)
        self.assertEqual(a, b)
        self.assertEqual(len({a, b, c.unit("tld")}), 2)
        self.assertNotEqual(a, c.unit("tld"))
        self.assertNotEqual(a, "laichau")


class Lifetime(unittest.TestCase):
    def test_close_is_idempotent_and_guards_children(self):
        c = support.load("units-tld.xml", "kh-240-2022-tld.xml")
        task = c.documents[KH].tasks["ii-2"]
        units = c.units
        c.close()
        c.close()
        self.assertTrue(c.closed)
        self.assertIn("closed", repr(c))
        with self.assertRaises(ValueError):
            task.text
        with self.assertRaises(ValueError):
            len(units)
        with self.assertRaises(ValueError):
            c.load(support.data("units-laichau.xml"))
        self.assertIn("closed", repr(task))

    def test_context_manager(self):
        with congdoan.Corpus(support.data("units-tld.xml")) as c:
            self.assertEqual(len(c.units), UNITS_TLD)
        self.assertTrue(c.closed)

    def test_context_manager_closes_on_exception(self):
        with self.assertRaises(ZeroDivisionError):
            with congdoan.Corpus(support.data("units-tld.xml")) as c:
                1 / 0
        self.assertTrue(c.closed)

    def test_failed_constructor_frees(self):
        with self.assertRaises(OSError):
            congdoan.Corpus(support.data("units-tld.xml"), support.data("nope.xml"))

    def test_child_keeps_corpus_alive(self):
        c = support.load("units-tld.xml", "kh-240-2022-tld.xml")
        ref = weakref.ref(c)
        task = c.documents[KH].tasks["ii-2"]
        del c
        gc.collect()
        self.assertIsNotNone(ref())          # the task holds it
        self.assertEqual(task.id, "ii-2")
        self.assertEqual(task.lead.id, "tld")
        self.assertEqual(task.document.number, "240/KH-TLĐ")
        del task
        gc.collect()
        self.assertIsNone(ref())             # and then it is freed (by __del__)

    def test_results_keep_corpus_alive(self):
        c = support.load("progress-cases.xml")
        p = c.progress("prog", "p", "2025")
        del c
        gc.collect()
        self.assertEqual(p["cnt"].indicator.text, "phát triển mới 100 đoàn viên")
        self.assertEqual(p.children[0].unit.id, "d1")

    def test_del_after_close(self):
        c = congdoan.Corpus()
        c.close()
        c.__del__()   # nothing to free twice

    def test_failed_load_leaves_no_open_issue_list(self):
        # The C issue list of a load is freed on both paths (a with block in the binding).
        c = congdoan.Corpus()
        for _ in range(200):
            with self.assertRaises(congdoan.ParseError):
                c.load_bytes('<congdoan xmlns="urn:congdoan:1" version="1.0">', "bad.xml")
        c.close()


class LoadingForms(unittest.TestCase):
    def test_folder_is_one_transaction(self):
        with congdoan.Corpus() as c:
            issues = c.load(support.sample())
            self.assertEqual(issues.errors, [])
            self.assertEqual((len(c.units), len(c.documents), len(c.reports)), (54, 7, 31))
            self.assertEqual(c.check().errors, [])

    def test_check_finds_problems(self):
        with congdoan.Corpus() as c:
            c.load_file(support.data("nq-001-dct-tld.xml"))
            issues = c.check()
            self.assertTrue(issues)
            self.assertTrue(all(isinstance(i, congdoan.Issue) for i in issues))
            # the units are not loaded: warnings; two tasks without a lead: information
            self.assertEqual({i.tag for i in issues}, {"unknown-unit", "task-no-lead"})
            self.assertEqual((len(issues.errors), len(issues.warnings), len(issues.infos)), (0, 12, 2))
            i = issues[0]
            self.assertEqual((i.tag, i.severity, i.line, i.column), ("unknown-unit", congdoan.Severity.WARNING, 21, 3))
            self.assertTrue(i.file.endswith("nq-001-dct-tld.xml"))
            self.assertTrue(i.explanation)
            self.assertRegex(str(i), r"^[EWI]: .*:\d+:\d+: [a-z-]+: ")
            json.dumps(issues.to_dicts(), ensure_ascii=False)

    def test_load_bytes_and_str(self):
        with open(support.data("units-tld.xml"), "rb") as f:
            data = f.read()
        with congdoan.Corpus() as c:
            c.load_bytes(data, "units-tld.xml")
            with open(support.data("units-laichau.xml"), encoding="utf-8") as f:
                c.load_bytes(f.read())
            self.assertEqual(len(c.units), UNITS_TLD + UNITS_LAICHAU)

    def test_pathlike(self):
        import pathlib
        with congdoan.Corpus(pathlib.Path(support.data("units-tld.xml"))) as c:
            self.assertEqual(len(c.units), UNITS_TLD)

    def test_limits(self):
        with congdoan.Corpus(limits={"depth": 100}) as c:
            self.assertEqual(c.get_limit(congdoan.Limit.DEPTH), 100)
            self.assertEqual(c.limits[congdoan.Limit.INPUT_SIZE], 2147483647)
            self.assertEqual(c.limits[congdoan.Limit.ELEMENTS], 100000000)
            self.assertEqual(c.limits[congdoan.Limit.TEXT_LENGTH], 1048576)

    def test_attribute_limit(self):
        xml = ('<congdoan xmlns="urn:congdoan:1" version="1.0">\n<unit id="u" level="central" name="U"'
               ' short-name="U" members="1"/>\n</congdoan>\n')
        with congdoan.Corpus(limits={"attributes": 4}) as c:
            self.assertEqual(c.get_limit(congdoan.Limit.ATTRIBUTES), 4)
            with self.assertRaises(congdoan.LimitExceededError) as cm:
                c.load_bytes(xml.encode(), "five.xml")
            self.assertIn("attributes-per-element limit is 4", str(cm.exception))
            c.set_limit("attributes", 5)
            c.load_bytes(xml.encode(), "five.xml")
            self.assertEqual(len(c.units), 1)
        with congdoan.Corpus() as c:
            self.assertEqual(c.limits[congdoan.Limit.ATTRIBUTES], 256)


if __name__ == "__main__":
    unittest.main()
