"""Look-ups from Python, with the answers of tests/test-lookup.c."""

import unittest

from . import support
from .support import CTR, KH
import congdoan
from congdoan import MatchKind, NoMatchError

FILES = ("units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml", "ctr-13-2025-laichau.xml",
         "cascade-laichau-2025.xml")


class Units(unittest.TestCase):
    def setUp(self):
        self.c = support.load(*FILES)

    def tearDown(self):
        self.c.close()

    def test_the_ways_staff_type_a_unit(self):
        for query in ("laichau.tamduong", "lđlđ huyện tam đường", "LDLD huyen Tam Duong",
                      "Liên đoàn Lao động huyện Tam Đường", "Tam Đường", "tam duong"):
            with self.subTest(query=query):
                self.assertEqual(self.c.lookup_unit(query).id, "laichau.tamduong")
        self.assertEqual(self.c.lookup_unit("Lai Châu").id, "laichau")
        self.assertEqual(self.c.lookup_unit("Văn phòng Lai Châu").id, "laichau.vp")

    def test_ambiguous(self):
        with self.assertRaises(NoMatchError) as cm:
            self.c.lookup_unit("Văn phòng")
        e = cm.exception
        self.assertTrue(e.ambiguous)
        self.assertIsInstance(e, LookupError)
        self.assertEqual([m.object.id for m in e.candidates], ["tld.vp", "laichau.vp"])
        self.assertEqual({m.kind for m in e.candidates}, {MatchKind.NAME})
        self.assertEqual(e.message, "'Văn phòng' names 2 units")

    def test_did_you_mean(self):
        with self.assertRaises(NoMatchError) as cm:
            self.c.lookup_unit("laichau.xx")
        e = cm.exception
        self.assertFalse(e.ambiguous)
        self.assertEqual([m.object.id for m in e.candidates], ["laichau.vp", "laichau.tp"])
        self.assertEqual(e.candidates[0].kind, MatchKind.SUGGESTION)
        self.assertEqual(e.candidates[0].kind.label, "suggestion")
        with self.assertRaises(NoMatchError) as cm:
            self.c.lookup_unit("xyz")
        self.assertEqual(cm.exception.candidates, [])

    def test_bad_query(self):
        with self.assertRaises(TypeError):
            self.c.lookup_unit(None)
        with self.assertRaises(congdoan.EncodingError):
            self.c.lookup_unit(b"Tam \xff")


class Documents(unittest.TestCase):
    def setUp(self):
        self.c = support.load(*FILES)

    def tearDown(self):
        self.c.close()

    def test_numbers(self):
        for query in ("13/CTr-LĐLĐ", "13/CTr-LDLD", "Số: 13/ctr-ldld", CTR):
            with self.subTest(query=query):
                self.assertEqual(self.c.lookup_document(query).id, CTR)
        self.assertEqual(self.c.lookup_document("240").id, KH)
        self.assertEqual(self.c.lookup_document("5/CTr-LĐLĐ").id, "ctr-05-ldld-tp-laichau-2025")

    def test_tasks(self):
        self.assertEqual(self.c.lookup_task("IV.2.1", CTR).id, "iv-2-1")
        with self.assertRaises(NoMatchError) as cm:
            self.c.lookup_task("ii-1")
        self.assertTrue(cm.exception.ambiguous)
        self.assertEqual([m.object.document.id for m in cm.exception.candidates], [KH, CTR])
        self.assertEqual(self.c.lookup_task("ii-1", "13/CTr-LĐLĐ").document.id, CTR)


class Words(unittest.TestCase):
    COMMANDS = ["validate", "show", "tree", "tasks", "progress", "export"]

    def test_words(self):
        self.assertEqual(congdoan.lookup_word("Tasks", self.COMMANDS), "tasks")
        with self.assertRaises(NoMatchError) as cm:
            congdoan.lookup_word("progres", self.COMMANDS)
        self.assertEqual(cm.exception.candidates, [congdoan.Match("progress", MatchKind.SUGGESTION)])
        with self.assertRaises(NoMatchError) as cm:
            congdoan.lookup_word("port", self.COMMANDS)
        self.assertEqual(cm.exception.candidates, [])


if __name__ == "__main__":
    unittest.main()
