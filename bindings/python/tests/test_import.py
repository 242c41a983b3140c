"""Importing documents from Python (congdoan.import_file, congdoan.import_text), with the
answers of tests/test-import.c on the seeds."""

import os
import unittest

from . import support
import congdoan
from congdoan import (CongdoanIOError, Comparator, EncodingError, ImportFormat,
                      LimitExceededError, Measure, Milestone, ParseError, Population, Severity)

SEED_004 = os.path.join(support.TEST_DATA, "seeds", "004_1dbd95623eb3c362.txt")

PLAN = """LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
Số: 21/KH-LĐLĐ
Lai Châu, ngày 3 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2025

I. MỤC TIÊU, CHỈ TIÊU
1. Phấn đấu 100% công đoàn cơ sở tổ chức đối thoại với người sử dụng lao động.
2. Tổ chức ít nhất 20 cuộc tuyên truyền pháp luật cho đoàn viên.

II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo chủ trì, phối hợp với Văn phòng tham mưu tổ chức lễ phát động; hoàn thành trước ngày 30/4/2025.
"""


class ImportFile(unittest.TestCase):
    def setUp(self):
        self.c = support.load("units-laichau.xml")

    def tearDown(self):
        self.c.close()

    def test_seed_004(self):
        doc, issues = congdoan.import_file(SEED_004, self.c)
        self.assertIs(doc.corpus, self.c)
        self.assertEqual(doc.number, "13/CTr-LĐLĐ")
        self.assertEqual(str(doc.issued), "2025-02-27")
        self.assertEqual(doc.issuer_id, "laichau")
        self.assertEqual(len(doc.indicators), 19)
        self.assertIn(doc.id, [d.id for d in self.c.documents])
        self.assertTrue(all(i.tag.startswith("import-") for i in issues))
        self.assertTrue(all(i.severity < Severity.ERROR for i in issues))

    def test_document_id_and_taken(self):
        doc, _ = congdoan.import_file(SEED_004, self.c, document_id="ctr-13")
        self.assertEqual(doc.id, "ctr-13")
        n = len(self.c.documents)
        with self.assertRaises(congdoan.DuplicateIdError):
            congdoan.import_file(SEED_004, self.c, document_id="ctr-13")
        self.assertEqual(len(self.c.documents), n)

    def test_a_new_corpus_when_none(self):
        doc, issues = congdoan.import_file(SEED_004)
        self.assertEqual(len(doc.corpus.documents), 1)
        # Without units, the issuer is kept by name and said.
        self.assertTrue(any(i.tag == "import-unit-unmatched" for i in issues))

    def test_missing_file(self):
        with self.assertRaises(CongdoanIOError) as cm:
            congdoan.import_file(os.path.join(support.TEST_DATA, "no-such-file.txt"), self.c)
        self.assertEqual([i.tag for i in cm.exception.issues], ["io-error"])

    def test_a_folder_is_refused(self):
        with self.assertRaises(CongdoanIOError):
            congdoan.import_file(support.TEST_DATA, self.c)

    def test_limit(self):
        with self.assertRaises(LimitExceededError):
            congdoan.import_file(SEED_004, self.c, max_input=1000)
        self.assertEqual(len(self.c.documents), 0)

    def test_path_like(self):
        import pathlib
        doc, _ = congdoan.import_file(pathlib.Path(SEED_004), self.c)
        self.assertEqual(doc.number, "13/CTr-LĐLĐ")


class ImportResults(unittest.TestCase):
    """What the importer finds is in the document Python gets: corpus-dev 05's results with the
    value, unit and comparator of ANSWERS.md, their populations and where they were read."""

    def test_corpus_dev_05(self):
        path = os.path.join(support.TEST_DATA, "corpus-dev", "05_ldld-phuyen-ket-qua-2023.txt")
        doc, issues = congdoan.import_file(path)
        self.assertEqual([i.tag for i in issues], ["import-kind-guessed"])
        results = doc.results
        self.assertEqual(len(results), 11)
        self.assertEqual([r.value for r in results], [4450, 22, 16, 304, 20, 1980, 13, 2, 80, 20, 20])
        self.assertEqual(results[0].comparator, Comparator.ABOUT)  # "gần 4.450"
        self.assertEqual(results[0].unit_of_measure, "đoàn viên")
        self.assertEqual(results[1].comparator, Comparator.EXACTLY)
        self.assertEqual(results[6].of, 13)  # "13/13"
        self.assertTrue(results[8].estimate)  # "dự ước có 80%"
        self.assertEqual(results[8].measure, Measure.PERCENTAGE)
        pop, = results[2].populations
        self.assertEqual(pop, Population("doanh nghiệp có trên 25 lao động", "doanh nghiệp", "lao động",
                                         Comparator.MORE_THAN, 25.0))
        src = results[1].source
        self.assertEqual((src.line, src.column, src.words), (5, 109, "thành lập mới 22 CĐCS"))
        self.assertTrue(src.file.endswith("05_ldld-phuyen-ket-qua-2023.txt"))
        self.assertEqual(results["res-2"].text, "thành lập mới 22 CĐCS")
        self.assertIn(results[1], results[1].section.items)
        doc.corpus.close()

    def test_tasks_and_sources(self):
        with support.load("units-tld.xml") as c:
            doc, _ = congdoan.import_file(os.path.join(support.TEST_DATA, "seeds", "000_c2a2867fe4acd9c6.txt"), c)
            led = [t for t in doc.tasks if t.lead_text == "Ban Đối ngoại Tổng Liên đoàn"]
            self.assertEqual(len(led), 9)
            self.assertTrue(all(t.lead_id == "tld.bdn" for t in led))
            dated = [m for t in doc.tasks for m in t.milestones if m.due_code == "2023"]
            self.assertEqual(dated, [Milestone("2023", "đến năm 2023",
                                               "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC")])
            for t in doc.tasks:
                self.assertEqual(t.source.words, t.text)

    def test_where_the_parts_were_read(self):
        """The signer, the relations, the recipients and the headings, each where a person reads
        them in seed 000 (line and column of the text file)."""
        path = os.path.join(support.TEST_DATA, "seeds", "000_c2a2867fe4acd9c6.txt")
        with support.load("units-tld.xml") as c:
            doc, _ = congdoan.import_file(path, c)
            self.assertEqual(doc.signer_source, congdoan.Source(path, 10, 10, "Trần Thanh Hải"))
            first = doc.relations[0]
            self.assertEqual(first.number, "12-CT/TW")
            self.assertEqual(first.source.line, 31)  # "Thực hiện Chỉ thị số 12-CT/TW …"
            self.assertEqual(first.source.column, 11)
            self.assertTrue(first.source.words.startswith("Chỉ thị số 12-CT/TW ngày 05/01/2022"))
            part_one = doc.sections[1]  # after the preamble
            self.assertEqual(part_one.source, congdoan.Source(path, 33, 1, "I. MỤC ĐÍCH, YÊU CẦU"))
            self.assertIsNone(doc.sections[0].source)  # the preamble: no heading opens it


class ImportText(unittest.TestCase):
    def setUp(self):
        self.c = support.load("units-laichau.xml")

    def tearDown(self):
        self.c.close()

    def test_plan(self):
        doc, issues = congdoan.import_text(PLAN, self.c, name="plan.txt")
        self.assertEqual(doc.number, "21/KH-LĐLĐ")
        self.assertEqual(doc.title, "Tổ chức Tháng Công nhân năm 2025")
        targets = [(i.target, i.comparator) for i in doc.indicators]
        self.assertIn((100.0, Comparator.TARGET), targets)  # a bare "Phấn đấu 100%" is a target (1.2)
        self.assertIn((20.0, Comparator.AT_LEAST), targets)
        self.assertEqual(len(doc.tasks), 1)
        task = doc.tasks[0]
        self.assertEqual(task.lead.id, "laichau.btg")
        # Issues are located in the file named.
        self.assertTrue(all(i.file == "plan.txt" for i in issues))

    def test_nfd_and_bytes(self):
        import unicodedata
        nfd = unicodedata.normalize("NFD", PLAN).encode("utf-8")
        doc, _ = congdoan.import_text(nfd, self.c)
        self.assertEqual(doc.title, "Tổ chức Tháng Công nhân năm 2025")

    def test_hostile(self):
        for data, error in ((b"\xff\xfe\x00k\x00h", EncodingError), (b"ab\x00cd", ParseError),
                            (b"\xc3\x28 not utf-8", EncodingError), (b"   \n\n  ", ParseError)):
            with self.subTest(data=data):
                with self.assertRaises(error) as cm:
                    congdoan.import_text(data, self.c)
                self.assertTrue(cm.exception.issues)
        self.assertEqual(len(self.c.documents), 0)

    def test_hostile_docx_and_page(self):
        with open(os.path.join(support.TEST_DATA, "import", "seed-000.docx"), "rb") as f:
            docx = f.read()
        deep = b"<html><body>" + b"<div>" * 300 + b"x" + b"</div>" * 300 + b"</body></html>"
        for data, format, error, words in ((docx[:len(docx) // 2], ImportFormat.DOCX, ParseError, "truncated"),
                                           (docx, ImportFormat.HTML, ParseError, "binary data, not a web page"),
                                           (deep, ImportFormat.AUTO, LimitExceededError, "nested 257 deep")):
            with self.subTest(words=words):
                with self.assertRaises(error) as cm:
                    congdoan.import_text(data, self.c, name="x", format=format)
                self.assertIn(words, str(cm.exception))
                self.assertEqual([i.file for i in cm.exception.issues], ["x"])
        self.assertEqual(len(self.c.documents), 0)

    def test_arguments(self):
        with self.assertRaises(TypeError):
            congdoan.import_text(42, self.c)
        with self.assertRaises(ValueError):
            congdoan.import_text(PLAN, self.c, format="pdf")
        with self.assertRaises(ValueError):
            congdoan.import_text(PLAN, self.c, name="a\0b")
        self.assertEqual(int(ImportFormat.TEXT), 1)

    def test_written_and_read_back(self):
        doc, _ = congdoan.import_text(PLAN, self.c, document_id="kh-21")
        xml = doc.to_xml()
        with congdoan.Corpus() as back:
            back.load_file(support.data("units-laichau.xml"))
            back.load_bytes(xml, "kh-21.xml")
            again = back.documents["kh-21"]
            self.assertEqual(again.number, "21/KH-LĐLĐ")
            self.assertEqual(len(again.indicators), len(doc.indicators))


if __name__ == "__main__":
    unittest.main()
