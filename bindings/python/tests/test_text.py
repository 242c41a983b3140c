"""The helpers as plain functions: document numbers, Vietnamese dates and numbers, periods,
NFC, the schema and the issue-tag registry (cases from tests/test-text.c)."""

import datetime
import unittest

from . import support
import congdoan
from congdoan import DocNumberStyle as S, DocumentKind as K, PeriodKind

D = datetime.date


class DocNumbers(unittest.TestCase):
    CASES = [
        ("240/KH-TLĐ", "240/KH-TLĐ", "240", 240, None, "KH", K.PLAN, "TLĐ", S.STANDARD),
        ("12-CT/TW", "12-CT/TW", "12", 12, None, "CT", K.DIRECTIVE, "TW", S.PARTY),
        ("4b/TLĐ", "4b/TLĐ", "4b", 4, None, None, K.UNKNOWN, "TLĐ", S.ISSUER_ONLY),
        ("105/2020/NĐ-CP", "105/2020/NĐ-CP", "105", 105, 2020, "NĐ", K.UNKNOWN, "CP", S.WITH_YEAR),
        ("1268/QĐ-TTg", "1268/QĐ-TTg", "1268", 1268, None, "QĐ", K.DECISION, "TTg", S.STANDARD),
        ("07/TLĐ-BCH", "07/TLĐ-BCH", "07", 7, None, None, K.UNKNOWN, "TLĐ-BCH", S.ISSUER_ONLY),
        ("Số: 240/KH-TLĐ", "240/KH-TLĐ", "240", 240, None, "KH", K.PLAN, "TLĐ", S.STANDARD),
        ("So\u0302\u0301: 13/CTr-LĐLĐ", "13/CTr-LĐLĐ", "13", 13, None, "CTr", K.PROGRAMME, "LĐLĐ", S.STANDARD),
        ("\u00a0240/KH\u2013TLĐ\u00a0", "240/KH-TLĐ", "240", 240, None, "KH", K.PLAN, "TLĐ", S.STANDARD),
        ("02/KHLT/LĐLĐ-TĐTN", "02/KHLT/LĐLĐ-TĐTN", "02", 2, None, "KHLT", K.PLAN, "LĐLĐ-TĐTN", S.JOINT),
    ]

    def test_valid(self):
        for text, *want in self.CASES:
            with self.subTest(text):
                n = congdoan.parse_docnumber(text)
                self.assertEqual((n.text, n.serial, n.serial_value, n.year, n.kind_code, n.kind,
                                  n.issuer_code, n.style), tuple(want))

    def test_invalid(self):
        for bad in ("240/KH-", "240", "1234567/KH-TLĐ", "105/1944/NĐ-CP", "240 /KH-TLĐ"):
            with self.subTest(bad), self.assertRaises(congdoan.ParseError):
                congdoan.parse_docnumber(bad)


class Dates(unittest.TestCase):
    def test_valid(self):
        cases = {"Lai Châu, ngày 27 tháng 02 năm 2025": D(2025, 2, 27),
                 "ngày 22 tháng 8 năm 2022": D(2022, 8, 22),
                 "2022-08-22": D(2022, 8, 22), "  22/08/2022\n": D(2022, 8, 22),
                 "NGÀY 05/01/2022": D(2022, 1, 5), "Chủ nhật, Ngày 27/10/2024": D(2024, 10, 27),
                 "29/02/2024": D(2024, 2, 29),
                 "Lai Cha\u0302u, nga\u0300y 27 tha\u0301ng 02 na\u0306m 2025": D(2025, 2, 27)}
        for text, want in cases.items():
            with self.subTest(text):
                self.assertEqual(congdoan.parse_date(text), want)

    def test_invalid(self):
        for bad in ("22/08/22", "31/02/2022", "29/02/2023", ""):
            with self.subTest(bad), self.assertRaises(congdoan.ParseError):
                congdoan.parse_date(bad)

    def test_is_valid(self):
        self.assertTrue(congdoan.is_valid_date(20240229))
        self.assertFalse(congdoan.is_valid_date(20230229))
        self.assertTrue(congdoan.is_valid_date(D(2025, 1, 1)))


class Numbers(unittest.TestCase):
    def test_valid(self):
        cases = {"1.810": 1810.0, "1.810.000": 1810000.0, "1,5": 1.5, "1.810,5": 1810.5,
                 "01": 1.0, "98%": 98.0, "15,5%": 15.5, "-3": -3.0, "116.314,1": 116314.1,
                 "12.345.678,901": 12345678.901, "\u00a085%\u00a0": 85.0}
        for text, want in cases.items():
            with self.subTest(text):
                self.assertEqual(congdoan.parse_number(text), want)

    def test_invalid(self):
        for bad in ("1.81", "1.8100", "abc", "", "1,5,5"):
            with self.subTest(bad), self.assertRaises(congdoan.ParseError):
                congdoan.parse_number(bad)


class Periods(unittest.TestCase):
    def test_periods(self):
        self.assertEqual(congdoan.parse_period("2025"), (PeriodKind.YEAR, D(2025, 1, 1), D(2025, 12, 31)))
        self.assertEqual(congdoan.parse_period("2025-H1"), (PeriodKind.HALF_YEAR, D(2025, 1, 1), D(2025, 6, 30)))
        self.assertEqual(congdoan.parse_period("2025-Q3"), (PeriodKind.QUARTER, D(2025, 7, 1), D(2025, 9, 30)))
        self.assertEqual(congdoan.parse_period("2024-02"), (PeriodKind.MONTH, D(2024, 2, 1), D(2024, 2, 29)))
        self.assertEqual(congdoan.parse_period("2025-06-30").kind, PeriodKind.DAY)
        with self.assertRaises(congdoan.ParseError):
            congdoan.parse_period("2025-13")


class Unicode(unittest.TestCase):
    def test_fold(self):
        self.assertEqual(congdoan.fold("LĐLĐ huyện Tam Đường"), "ldld huyen tam duong")
        self.assertEqual(congdoan.fold("LDLD  huyen tam-duong"), "ldld huyen tam duong")
        self.assertNotEqual(congdoan.fold("Tam Đường"), congdoan.fold("Tam Thường"))

    def test_normalize_and_equal(self):
        decomposed = "Lai Cha\u0302u"
        self.assertEqual(congdoan.normalize(decomposed), "Lai Châu")
        self.assertEqual(congdoan.normalize("Tổng Liên đoàn"), "Tổng Liên đoàn")
        self.assertTrue(congdoan.text_equal(decomposed, "Lai Châu"))
        self.assertFalse(congdoan.text_equal("Lai Châu", "Lai Chau"))
        with self.assertRaises(congdoan.EncodingError):
            congdoan.text_equal(b"\xff", "x")


class Schema(unittest.TestCase):
    def test_valid_file(self):
        self.assertEqual(congdoan.schema_validate(support.data("kh-240-2022-tld.xml")), [])

    def test_invalid_file(self):
        import os
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
            f.write('<congdoan xmlns="urn:congdoan:1" version="1.0">\n  <bogus/>\n</congdoan>\n')
        try:
            issues = congdoan.schema_validate(f.name)
            self.assertTrue(issues)
            self.assertEqual(issues[0].tag, "schema-invalid")
            self.assertEqual(issues[0].line, 2)
        finally:
            os.unlink(f.name)

    def test_missing_file(self):
        with self.assertRaises(OSError):
            congdoan.schema_validate(support.data("nope.xml"))

    def test_schema_text(self):
        self.assertEqual(congdoan.schema_namespace(), "urn:congdoan:1")
        self.assertIn("relaxng", congdoan.schema_text())


class Registry(unittest.TestCase):
    def test_tags(self):
        tags = congdoan.issue_tags()
        names = [t.name for t in tags]
        self.assertIn("unknown-unit", names)
        self.assertIn("duplicate-id", names)
        self.assertEqual(len(names), len(set(names)))
        for t in tags:
            self.assertIsInstance(t.severity, congdoan.Severity)
            self.assertTrue(t.explanation)

    def test_labels(self):
        self.assertEqual(congdoan.Level.UPPER_GRASSROOTS.label, "upper-grassroots")
        self.assertEqual(congdoan.Level.from_label("grassroots"), congdoan.Level.GRASSROOTS)
        self.assertEqual(str(congdoan.Comparator.AT_MOST), "at-most")
        self.assertEqual(congdoan.Measure.SHARE_OF_UNITS.label, "share-of-units")
        self.assertEqual(congdoan.Grade.NOT_COMPLETED.label, "not-completed")
        self.assertEqual(congdoan.EvalStatus.NOT_AGGREGABLE.label, "not-aggregable")
        self.assertEqual(congdoan.Severity.WARNING.letter, "W")
        self.assertEqual(congdoan.Coverage.SUBTREE.label, "subtree")
        self.assertTrue(congdoan.Grade.EXCELLENT >= congdoan.Grade.GOOD)


if __name__ == "__main__":
    unittest.main()
