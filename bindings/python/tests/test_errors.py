"""C status codes become exceptions of congdoan.errors, each with the message, file, line and
column of the library's last error; failed loads carry their issues and change nothing."""

import pickle
import threading
import unittest

from . import support
import congdoan
from congdoan import _ffi
from congdoan.errors import Status, error_class

CD = '<congdoan xmlns="urn:congdoan:1" version="1.0">\n'


class Mapping(unittest.TestCase):
    def test_hierarchy(self):
        self.assertTrue(issubclass(congdoan.ParseError, congdoan.CongdoanError))
        self.assertTrue(issubclass(congdoan.EncodingError, congdoan.ParseError))
        self.assertTrue(issubclass(congdoan.SchemaError, congdoan.ValidationError))
        self.assertTrue(issubclass(congdoan.DuplicateIdError, congdoan.ValidationError))
        self.assertTrue(issubclass(congdoan.UnknownReferenceError, LookupError))
        self.assertTrue(issubclass(congdoan.CongdoanIOError, OSError))
        self.assertTrue(issubclass(congdoan.InvalidArgumentError, ValueError))
        self.assertTrue(issubclass(congdoan.OutOfMemoryError, MemoryError))
        self.assertIs(error_class(Status.ELIMIT), congdoan.LimitExceededError)
        self.assertIs(error_class(-99), congdoan.CongdoanError)

    def test_status_values_match_the_library(self):
        for s in Status:
            self.assertEqual(congdoan.strerror(s), _ffi.lib.congdoan_strerror(int(s)))
        self.assertEqual(congdoan.strerror(-2), "out of memory")

    def test_out_of_memory_becomes_memory_error(self):
        # The C functions are not made to fail here: the errcheck is called as ctypes would
        # call it after a function returned CONGDOAN_ENOMEM.
        with self.assertRaises(MemoryError) as cm:
            _ffi._status(Status.ENOMEM, _ffi.lib.congdoan_corpus_new, ())
        e = cm.exception
        self.assertIsInstance(e, congdoan.OutOfMemoryError)
        self.assertEqual(e.code, Status.ENOMEM)
        self.assertEqual(e.message, "out of memory")
        self.assertIsNone(e.file)

    def test_found_errcheck(self):
        self.assertIs(_ffi._found(0, None, ()), True)
        self.assertIs(_ffi._found(Status.ENOTFOUND, None, ()), False)
        with self.assertRaises(congdoan.InvalidArgumentError):
            _ffi._found(Status.EINVAL, None, ())

    def test_pickle(self):
        e = congdoan.ParseError("bad", Status.EPARSE, "f.xml", 3, 40)
        e2 = pickle.loads(pickle.dumps(e))
        self.assertEqual((type(e2), e2.message, e2.file, e2.line, e2.column),
                         (congdoan.ParseError, "bad", "f.xml", 3, 40))
        self.assertEqual(str(e2), "f.xml:3:40: bad")


class LoadErrors(unittest.TestCase):
    def setUp(self):
        self.corpus = congdoan.Corpus()

    def tearDown(self):
        self.corpus.close()

    def test_malformed_xml_extra_content(self):
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n' + CD + "</congdoan>\n"
               '<congdoan xmlns="urn:congdoan:1" version="1.0"/>\n')
        with self.assertRaises(congdoan.ParseError) as cm:
            self.corpus.load_bytes(xml, "extra.xml")
        e = cm.exception
        self.assertEqual((e.code, e.file, e.line, e.column), (Status.EPARSE, "extra.xml", 4, 1))
        self.assertTrue(e.message)
        self.assertTrue(str(e).startswith("extra.xml:4:1: "))

    def test_bare_ampersand_in_memory(self):
        xml = (CD + '<unit id="x" level="central" name="X"/>\n'
               '<document id="d" kind="plan"><title>a & b</title></document>\n</congdoan>\n')
        with self.assertRaises(congdoan.ParseError) as cm:
            self.corpus.load_bytes(xml)
        self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.column), ("<memory>", 3, 40))
        self.assertEqual(len(self.corpus.units), 0)   # nothing of a failed load is kept

    def test_schema_error_with_issues(self):
        xml = (CD + '  <unit id="x" level="central" name="X" colour="red"/>\n'
               '  <unit id="y" level="central" name="Y" size="big"/>\n</congdoan>\n')
        with self.assertRaises(congdoan.SchemaError) as cm:
            self.corpus.load_bytes(xml, "two.xml")
        e = cm.exception
        self.assertEqual((e.line, e.column), (2, 3))
        self.assertIn("colour", e.message)
        tags = [i.tag for i in e.issues]
        self.assertEqual(tags.count("schema-unknown-attribute"), 2)
        self.assertEqual((e.issues[1].file, e.issues[1].line), ("two.xml", 3))
        self.assertEqual(e.issues[1].severity, congdoan.Severity.ERROR)
        self.assertEqual(len(self.corpus.units), 0)

    def test_long_vietnamese_value_is_quoted_whole_characters(self):
        # 80 bytes of "a" and a hundred "ư" (two bytes each): the message quotes the "a" and 39
        # of them, never half of one (half of one once raised UnicodeDecodeError here)
        xml = CD + '  <unit id="x" level="a%s" name="X"/>\n</congdoan>\n' % ("ư" * 100)
        with self.assertRaises(congdoan.SchemaError) as cm:
            self.corpus.load_bytes(xml.encode("utf-8"), "level.xml")
        e = cm.exception
        self.assertEqual(e.issues[0].tag, "schema-bad-value")
        self.assertEqual(e.issues[0].message, 'level="a%s" on <unit>: expected central, provincial, '
                         'upper-grassroots or grassroots' % ("ư" * 39))
        self.assertEqual(e.message, e.issues[0].message)

    def test_duplicate_id(self):
        self.corpus.load_file(support.data("units-tld.xml"))
        n = len(self.corpus.units)
        with self.assertRaises(congdoan.DuplicateIdError) as cm:
            self.corpus.load_file(support.data("units-tld.xml"))
        self.assertEqual(cm.exception.code, Status.EEXISTS)
        self.assertIn("duplicate-id", [i.tag for i in cm.exception.issues])
        self.assertEqual(len(self.corpus.units), n)

    def test_duplicate_in_one_input_has_its_line(self):
        xml = (CD + '<unit id="d.twice" level="central" name="A"/>\n'
               '<unit id="d.twice" level="central" name="B"/>\n</congdoan>\n')
        with self.assertRaises(congdoan.DuplicateIdError) as cm:
            self.corpus.load_bytes(xml, "twice.xml")
        self.assertEqual((cm.exception.file, cm.exception.line), ("twice.xml", 3))

    def test_limit_exceeded(self):
        self.corpus.set_limit(congdoan.Limit.INPUT_SIZE, 1)
        with self.assertRaises(congdoan.LimitExceededError) as cm:
            self.corpus.load_file(support.data("units-tld.xml"))
        self.assertEqual(cm.exception.code, Status.ELIMIT)
        self.assertEqual(len(self.corpus.units), 0)
        self.corpus.set_limit("input-size", 2147483647)
        self.corpus.set_limit("depth", 3)
        with self.assertRaises(congdoan.LimitExceededError):
            self.corpus.load_file(support.data("kh-240-2022-tld.xml"))

    def test_load_threads(self):
        self.assertEqual(self.corpus.load_threads, 1)
        with self.assertRaises(congdoan.InvalidArgumentError) as cm:
            self.corpus.load_threads = 3
        self.assertIn("1 or 2", cm.exception.message)
        self.assertEqual(self.corpus.load_threads, 1)
        # the same problems, at the same places, with a parse thread
        xml = (CD + '<unit id="d.twice" level="central" name="A"/>\n'
               '<unit id="d.twice" level="central" name="B"/>\n</congdoan>\n')
        threaded = congdoan.Corpus(load_threads=2)
        self.addCleanup(threaded.close)
        self.assertEqual(threaded.load_threads, 2)
        with self.assertRaises(congdoan.DuplicateIdError) as cm:
            threaded.load_bytes(xml, "twice.xml")
        self.assertEqual((cm.exception.file, cm.exception.line), ("twice.xml", 3))
        threaded.load(support.data("units-laichau.xml"))
        self.corpus.load(support.data("units-laichau.xml"))
        self.assertEqual([u.id for u in threaded.units], [u.id for u in self.corpus.units])
        self.assertEqual(len(threaded.units), 43)  # units-laichau.xml: 43 units, departments and bodies

    def test_file_name_not_in_utf8(self):
        # a file name in Latin-1 (é as one byte 0xE9): the file and the issues' file as the OS
        # gives it (os.fsdecode), the message UTF-8 with U+FFFD for that byte
        import os
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(os.fsencode(d), b"caf\xe9.xml")
            with self.assertRaises(congdoan.CongdoanIOError) as cm:
                self.corpus.load_file(path)
            self.assertEqual(cm.exception.file, os.fsdecode(path))
            self.assertIn("caf\ufffd.xml", cm.exception.message)
            with open(path, "wb") as f:
                f.write((CD + '  <unit id="x" level="central" name="X" colour="red"/>\n</congdoan>\n').encode())
            with self.assertRaises(congdoan.SchemaError) as cm:
                self.corpus.load_file(path)
            self.assertEqual(cm.exception.file, os.fsdecode(path))
            self.assertEqual([(i.file, i.line) for i in cm.exception.issues], [(os.fsdecode(path), 2)])

    def test_bad_limit_is_invalid_argument(self):
        with self.assertRaises(ValueError) as cm:
            self.corpus.set_limit(congdoan.Limit.DEPTH, 257)
        self.assertIsInstance(cm.exception, congdoan.InvalidArgumentError)
        self.assertIn("257", cm.exception.message)
        self.assertEqual(self.corpus.get_limit(congdoan.Limit.DEPTH), 64)

    def test_missing_file_is_oserror(self):
        path = support.data("does-not-exist.xml")
        with self.assertRaises(OSError) as cm:
            self.corpus.load_file(path)
        e = cm.exception
        self.assertIsInstance(e, congdoan.CongdoanIOError)
        self.assertEqual((e.code, e.file, e.filename, e.line), (Status.EIO, path, path, None))
        self.assertIn("does-not-exist.xml", e.message)
        with self.assertRaises(congdoan.CongdoanIOError):
            self.corpus.load(path)
        with self.assertRaises(OSError):
            congdoan.Corpus(path)

    def test_hostile_inputs(self):
        cases = {"mismatched-tag.xml.hostile": congdoan.ParseError,
                 "billion-laughs.xml.hostile": congdoan.ForbiddenInputError,
                 "xxe-passwd.xml.hostile": congdoan.ForbiddenInputError,
                 "bad-utf8-text.xml.hostile": congdoan.EncodingError}
        for name, cls in cases.items():
            with self.subTest(name):
                with self.assertRaises(cls) as cm:
                    self.corpus.load_file(support.data("hostile/" + name))
                self.assertTrue(cm.exception.file.endswith(name))

    def test_str_input_must_be_text(self):
        with self.assertRaises(TypeError):
            self.corpus.unit(42)

    def test_last_error_is_per_thread(self):
        # A failure in another thread does not change what this thread's exception says.
        bad = CD + "<unit id='a' level='central' name='A'>\n</congdoan>\n"
        results = []

        def other():
            with congdoan.Corpus() as c:
                try:
                    c.load_bytes("\n\n\n\n" + bad, "thread.xml")
                except congdoan.ParseError as e:
                    results.append(e)
        t = threading.Thread(target=other)
        t.start()
        t.join()
        with self.assertRaises(congdoan.ParseError) as cm:
            self.corpus.load_bytes(bad, "main.xml")
        self.assertEqual(cm.exception.file, "main.xml")
        self.assertEqual(results[0].file, "thread.xml")
        self.assertEqual(results[0].line, cm.exception.line + 4)


class QueryErrors(unittest.TestCase):
    def test_progress_refusals(self):
        with support.load("progress-cases.xml") as c:
            with self.assertRaises(congdoan.InvalidArgumentError):
                c.progress("prog", "p", "2025-13")
            with self.assertRaises(congdoan.InvalidArgumentError):
                c.progress("prog", "p", "2025-06-30")
            with self.assertRaises(KeyError):
                c.progress("prog", "nobody", "2025")
            with congdoan.Corpus() as other:
                other.load_file(support.data("progress-cases.xml"))
                with self.assertRaises(ValueError):
                    c.progress(other.documents["prog"], "p", "2025")

    def test_parse_helpers_raise(self):
        with self.assertRaises(congdoan.ParseError):
            congdoan.parse_number("1.81")
        with self.assertRaises(congdoan.ParseError):
            congdoan.parse_date("ngày 31 tháng 2 năm 2025")
        with self.assertRaises(congdoan.ParseError):
            congdoan.parse_docnumber("không phải số")
        with self.assertRaises(congdoan.EncodingError):
            congdoan.normalize(b"\xc3\x28")


if __name__ == "__main__":
    unittest.main()
