"""A NUL character in a str, bytes or path never reaches C, where it would end the string early:
'240/KH-TLĐ\\x00garbage' would parse as '240/KH-TLĐ', units['laichau\\x00zzz'] would find
laichau and Corpus('examples/data\\x00/junk') would load examples/data. Each is a ValueError,
as the standard library refuses such a path (open('a\\x00b') raises ValueError)."""

import ctypes
import os
import tempfile
import unittest

from . import support
import congdoan
from congdoan import _ffi, _util


class EveryPrototype(unittest.TestCase):
    def test_every_string_argument_is_checked(self):
        """Every `const char *` of the prototypes (but a buffer given with its size) refuses a
        NUL before C is called: the call is made with NULL handles, which C would refuse too,
        so reaching C would show as a different error or as a result."""
        checked = 0
        for name, (argtypes, restype, errcheck) in sorted(_ffi.prototypes().items()):
            if not _ffi.has(name):
                continue
            f = getattr(_ffi.lib, name)
            for i, t in enumerate(f.argtypes):
                if t is not _util.Text:
                    continue
                args = [b"ok" if u is _util.Text else (0.0 if u is ctypes.c_double else (None if u not in (
                    ctypes.c_int, ctypes.c_long, ctypes.c_size_t) else 0)) for u in f.argtypes]
                args[i] = b"laichau\x00zzz"
                with self.subTest(name=name, argument=i):
                    with self.assertRaises(ctypes.ArgumentError) as cm:
                        f(*args)
                    self.assertIn("embedded null character", str(cm.exception))
                    checked += 1
        # a floor, not the exact number: new functions only add to it
        self.assertGreater(checked, 75)

    def test_buffer_with_size_keeps_its_bytes(self):
        """A buffer given with its length may hold NUL bytes: the library judges them."""
        argtypes = _ffi.lib.congdoan_corpus_load_memory.argtypes
        self.assertIs(argtypes[1], ctypes.c_char_p)
        self.assertIs(argtypes[3], _util.Text)
        with congdoan.Corpus() as c:
            with self.assertRaises(congdoan.CongdoanError) as cm:
                c.load_bytes(b'<congdoan xmlns="urn:congdoan:1" version="1.0">\x00</congdoan>')
            self.assertNotIsInstance(cm.exception, ValueError)
            self.assertEqual(len(c.units), 0)


class PublicApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.corpus = congdoan.Corpus(support.sample())

    @classmethod
    def tearDownClass(cls):
        cls.corpus.close()

    def refused(self, call):
        with self.assertRaises(ValueError) as cm:
            call()
        self.assertIn("embedded null character", str(cm.exception))

    def test_text_helpers(self):
        for call in (lambda: congdoan.parse_docnumber("240/KH-TLĐ\x00garbage"),
                     lambda: congdoan.parse_date("01/01/2024\x00x"),
                     lambda: congdoan.parse_number("1.234\x00x"),
                     lambda: congdoan.parse_period("2025\x00-H1"),
                     lambda: congdoan.is_valid_date("2024-01-01\x00"),
                     lambda: congdoan.normalize("Lai Châu\x00x"),
                     lambda: congdoan.fold("Lai Châu\x00x"),
                     lambda: congdoan.text_equal("a\x00b", "a"),
                     lambda: congdoan.text_equal("a", "a\x00b")):
            with self.subTest(call=call):
                self.refused(call)
        # the same texts without the NUL are fine
        self.assertEqual(congdoan.parse_docnumber("240/KH-TLĐ").text, "240/KH-TLĐ")

    def test_paths(self):
        junk = support.sample() + "\x00/junk"
        self.refused(lambda: congdoan.Corpus(junk))
        self.refused(lambda: congdoan.Corpus().load(junk))
        self.refused(lambda: congdoan.Corpus().load_file(support.sample("units-tld.xml") + "\x00x"))
        self.refused(lambda: congdoan.schema_validate(support.sample("units-tld.xml") + "\x00x"))
        self.refused(lambda: congdoan.Corpus().load(os.fsencode(junk)))
        with tempfile.TemporaryDirectory() as tmp:
            target = os.path.join(tmp, "out.xml")
            self.refused(lambda: self.corpus.write(target + "\x00.bak"))
            self.assertEqual(os.listdir(tmp), [])

    def test_lookups(self):
        c = self.corpus
        self.assertIsNotNone(c.units["laichau"])
        self.refused(lambda: c.units["laichau\x00zzz"])
        self.refused(lambda: c.units.get("laichau\x00zzz"))
        self.refused(lambda: "laichau\x00zzz" in c.units)
        self.refused(lambda: c.unit("laichau\x00zzz"))
        self.refused(lambda: c.document("240/KH-TLĐ\x00x"))
        self.refused(lambda: c.document_by_number("240/KH-TLĐ\x00x"))
        self.refused(lambda: c.documents[support.KH + "\x00x"])
        self.refused(lambda: c.report("x\x00y"))
        self.refused(lambda: c.progress(support.CTR, "laichau\x00zzz", "2025"))
        self.refused(lambda: c.progress(support.CTR, "laichau", "2025\x00"))
        self.refused(lambda: c.tasks_for("laichau\x00zzz"))

    def test_edits(self):
        with congdoan.Corpus(support.sample()) as c:
            if not _ffi.has("congdoan_unit_set_name"):
                self.skipTest("the library has no editing API")
            laichau = c.units["laichau"]
            before = laichau.name
            self.refused(lambda: setattr(laichau, "name", "Lai Châu\x00junk"))
            self.assertEqual(laichau.name, before)
            self.refused(lambda: c.add_unit("new\x00unit", congdoan.Level.GRASSROOTS, "A", parent="laichau"))
            self.refused(lambda: c.add_unit("new.unit", congdoan.Level.GRASSROOTS, "A\x00B", parent="laichau"))
            self.assertIsNone(c.unit("new.unit"))


if __name__ == "__main__":
    unittest.main()
