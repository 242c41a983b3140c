"""Writing XML (congdoan/writer.h), bound only when the loaded library has it."""

import io
import os
import tempfile
import unittest

from . import support
import congdoan

from congdoan._writer import available

HAS_WRITER = available()


@unittest.skipUnless(HAS_WRITER, "the loaded libcongdoan has no writer (congdoan/writer.h)")
class Writer(unittest.TestCase):
    def setUp(self):
        self.c = congdoan.Corpus(support.sample())

    def tearDown(self):
        self.c.close()

    def test_round_trip(self):
        xml = self.c.to_xml()
        self.assertTrue(xml.startswith(b"<?xml"))
        with congdoan.Corpus() as again:
            again.load_bytes(xml, "written.xml")
            self.assertEqual((len(again.units), len(again.documents), len(again.reports)),
                             (len(self.c.units), len(self.c.documents), len(self.c.reports)))
            self.assertEqual(again.to_xml(), xml)

    def test_parts_and_single_objects(self):
        units = self.c.to_xml(congdoan.WriteParts.UNITS)
        self.assertNotIn(b"<document", units)
        self.assertIn(b"<document", self.c.documents[0].to_xml())
        self.assertIn(b"<report", self.c.reports[0].to_xml())
        self.assertIn(b'id="laichau"', self.c.units_to_xml("laichau"))

    def test_to_file_and_stream(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "out.xml")
            self.c.write(path)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), self.c.to_xml())
        buf = io.BytesIO()
        self.c.write(buf)
        self.assertEqual(buf.getvalue(), self.c.to_xml())

    def test_stream_error_is_raised(self):
        class Broken(io.RawIOBase):
            def write(self, b):
                raise RuntimeError("disk full")
        with self.assertRaises(RuntimeError):
            self.c.write(Broken())


class WithoutWriter(unittest.TestCase):
    @unittest.skipIf(HAS_WRITER, "the library has the writer")
    def test_not_implemented(self):
        with congdoan.Corpus() as c:
            with self.assertRaises(NotImplementedError):
                c.to_xml()


if __name__ == "__main__":
    unittest.main()
