"""The Vietnamese text helpers of congdoan/text.h, the schema, the issue-tag registry and the
library's version, as plain functions."""

import collections
import ctypes
from ctypes import byref, c_double, c_int, c_void_p

from . import _ffi
from ._ffi import lib
from ._util import date_out, enc, fspath, ymd_in
from .enums import DocNumberStyle, DocumentKind, PeriodKind, Severity

__all__ = ["DocNumber", "Period", "IssueTag", "parse_docnumber", "parse_date", "parse_number",
           "parse_period", "is_valid_date", "normalize", "text_equal", "fold", "schema_validate",
           "schema_text", "schema_namespace", "issue_tags", "strerror", "library_version",
           "library_version_number", "library_path", "number_format", "period_label"]


DocNumber = collections.namedtuple(
    "DocNumber", "text style serial serial_value year kind_code kind issuer_code")
DocNumber.__doc__ = """A parsed document number (số và ký hiệu): the canonical text
("240/KH-TLĐ"), its DocNumberStyle, the serial as printed ("4b") and its numeric part (4), the
year written in it (None when none), the kind code ("KH", None when none) and the DocumentKind
it stands for, and the issuer code ("TLĐ")."""

Period = collections.namedtuple("Period", "kind first last")
Period.__doc__ = "A period code's PeriodKind and its first and last day (datetime.date)."

IssueTag = collections.namedtuple("IssueTag", "name severity explanation")


def parse_docnumber(text):
    """Parse a document number such as "240/KH-TLĐ", "12-CT/TW", "Số: 105/2020/NĐ-CP".
    Raises ParseError when it is not one."""
    p = _ffi.DocNumberP()
    lib.congdoan_docnumber_parse(enc(text), byref(p))
    try:
        year = lib.congdoan_docnumber_year(p)
        return DocNumber(lib.congdoan_docnumber_text(p),
                         DocNumberStyle(lib.congdoan_docnumber_get_style(p)),
                         lib.congdoan_docnumber_serial(p), lib.congdoan_docnumber_serial_value(p),
                         year or None, lib.congdoan_docnumber_kind_code(p),
                         DocumentKind(lib.congdoan_docnumber_kind(p)),
                         lib.congdoan_docnumber_issuer_code(p))
    finally:
        lib.congdoan_docnumber_free(p)


def parse_date(text):
    """Parse "22/08/2022", "ngày 22 tháng 8 năm 2022", "Lai Châu, ngày 27 tháng 02 năm 2025"
    or "2022-08-22" into a datetime.date. Raises ParseError."""
    out = c_int()
    lib.congdoan_date_parse(enc(text), byref(out))
    return date_out(out.value)


def parse_number(text):
    """Parse a number written the Vietnamese way: "1.810" is 1810.0, "1,5" is 1.5, "15,5%" is
    15.5. Raises ParseError for an ambiguous or malformed one."""
    out = c_double()
    lib.congdoan_number_parse(enc(text), byref(out))
    return out.value


def parse_period(code):
    """Parse a period code ("2025", "2025-H1", "2025-Q3", "2025-06", "2025-06-30") into a
    Period(kind, first, last). Raises ParseError."""
    kind, first, last = c_int(), c_int(), c_int()
    lib.congdoan_period_parse(enc(code), byref(kind), byref(first), byref(last))
    return Period(PeriodKind(kind.value), date_out(first.value), date_out(last.value))


def is_valid_date(value):
    """True if the date (an int YYYYMMDD, or a datetime.date) exists in the calendar (years 1–9999)."""
    return lib.congdoan_date_is_valid(ymd_in(value))


def normalize(text):
    """The Unicode NFC form of a string (congdoan_text_normalize). Raises EncodingError."""
    out = c_void_p()
    lib.congdoan_text_normalize(enc(text), byref(out))
    try:
        return ctypes.string_at(out.value).decode("utf-8")
    finally:
        lib.congdoan_free(out)


def fold(text):
    """The folded key of a string (congdoan_text_fold): case-folded, diacritics dropped, "đ" as
    "d", runs of spaces, dashes and dots as one space. Look-ups by name compare these keys."""
    out = c_void_p()
    lib.congdoan_text_fold(enc(text), byref(out))
    try:
        return ctypes.string_at(out.value).decode("utf-8")
    finally:
        lib.congdoan_free(out)


def number_format(value, decimals=2):
    """A number as Vietnamese writes it: "1.810", "98,5" (congdoan_number_format): thousands
    grouped by dots, a decimal comma, at most `decimals` decimals, trailing zeros dropped."""
    out = c_void_p()
    lib.congdoan_number_format(float(value), int(decimals), byref(out))
    try:
        return ctypes.string_at(out.value).decode("utf-8")
    finally:
        lib.congdoan_free(out)


def period_label(code):
    """A period code in words: "2025-H1" -> "6 tháng đầu năm 2025" (congdoan_period_label).
    Raises ParseError for a code that is not a period."""
    out = c_void_p()
    lib.congdoan_period_label(enc(code), byref(out))
    try:
        return ctypes.string_at(out.value).decode("utf-8")
    finally:
        lib.congdoan_free(out)


def text_equal(a, b):
    """True if two strings are equal after NFC normalisation."""
    return lib.congdoan_text_equal(enc(a), enc(b))


def schema_validate(path):
    """Validate a file against the vocabulary's RELAX NG schema, streaming. Returns an
    IssueList of the schema errors (empty when the file is valid); raises ParseError when it
    is not well-formed XML and CongdoanIOError when it cannot be read."""
    from ._model import _Issues
    with _Issues() as issues:
        lib.congdoan_schema_validate_file(fspath(path), issues.ptr)
        return issues.to_list()


def schema_text():
    """The RELAX NG schema of the vocabulary (XML syntax), as compiled into the library."""
    return lib.congdoan_schema_text()


def schema_namespace():
    """The XML namespace of the vocabulary, "urn:congdoan:1"."""
    return lib.congdoan_schema_namespace()


def issue_tags():
    """The registry of issue tags, as IssueTag(name, severity, explanation)."""
    out = []
    for i in range(lib.congdoan_issue_tag_count()):
        name = lib.congdoan_issue_tag_name(i)
        key = enc(name)
        out.append(IssueTag(name, Severity(lib.congdoan_issue_tag_severity(key)),
                            lib.congdoan_issue_tag_explanation(key)))
    return out


def strerror(code):
    """The library's short description of a status code."""
    return lib.congdoan_strerror(int(code))


def library_version():
    """The version of the loaded library, as (major, minor, patch)."""
    major, minor, patch = c_int(), c_int(), c_int()
    lib.congdoan_version(byref(major), byref(minor), byref(patch))
    return (major.value, minor.value, patch.value)


def library_version_number():
    """congdoan_version_number() of the loaded library: MAJOR*1000000 + MINOR*1000 + PATCH."""
    return lib.congdoan_version_number()


def library_path():
    """The name or path the library was loaded from."""
    return _ffi.library_path
