"""Importing documents as people write them (congdoan/import.h): a plan, programme, resolution,
report or news item in Vietnamese prose becomes a Document of a corpus, with what the importer
was unsure of as issues.

    import congdoan
    units = congdoan.Corpus("tests/data/units-laichau.xml")
    doc, issues = congdoan.import_file("plan.txt", units)
    print(doc.number, doc.title, len(doc.indicators))
    for issue in issues.warnings:
        print(issue)
"""

import enum
from ctypes import byref

from . import _ffi
from ._ffi import lib
from ._model import Corpus, Document, _Issues
from ._util import enc, fspath
from .errors import CongdoanError

__all__ = ["ImportFormat", "import_file", "import_text"]


class ImportFormat(enum.IntEnum):
    """congdoan_import_format: the format of the input."""
    AUTO = 0
    TEXT = 1
    HTML = 2
    DOCX = 3


def _options(format, document_id, max_input):
    options = _ffi.ImportOptions()
    lib.congdoan_import_options_init(byref(options), 1)
    if isinstance(format, str):
        try:
            format = ImportFormat[format.upper()]
        except KeyError:
            raise ValueError("%r is not an import format (auto, text, html, docx)" % format) from None
    options.format = int(ImportFormat(format))
    options.document_id = enc(document_id, "document_id")
    if max_input is not None:
        if max_input < 0:
            raise ValueError("max_input must be positive")
        options.max_input = max_input
    return options


def _run(corpus, call):
    """Run one import into `corpus` (a new Corpus when None); (Document, IssueList), or the
    CongdoanError with every issue in ``.issues``."""
    if corpus is None:
        corpus = Corpus()
    out = _ffi.DocumentP()
    with _Issues() as issues:
        try:
            call(corpus._h(), issues.ptr, byref(out))
        except CongdoanError as e:
            e.issues = issues.to_list()
            raise
        found = issues.to_list()
    return Document(corpus, out), found


def import_file(path, corpus=None, *, format=ImportFormat.AUTO, document_id=None, max_input=None):
    """Import the file at `path` (text; web pages and .docx where the library reads them) as
    one new document of `corpus` (congdoan_import_file).

    The units already in `corpus` are those the names in the text are matched against; with
    ``corpus=None`` a new, empty Corpus is made (``doc.corpus``). `document_id` is the new
    document's id (else one is made from its number or the file name); `max_input` the largest
    input read, in bytes (64 MiB by default).

    Returns ``(document, issues)``: the Document (living in the corpus) and an IssueList of
    what the importer was unsure of (``W: file:line:column: import-…``). On failure raises a
    CongdoanError subclass (CongdoanIOError, EncodingError, LimitExceededError, ParseError …)
    with the issues in ``.issues``, and the corpus is as it was."""
    options = _options(format, document_id, max_input)
    p = fspath(path)
    return _run(corpus, lambda c, issues, out:
                lib.congdoan_import_file(c, p, byref(options), issues, out))


def import_text(text, corpus=None, *, name=None, format=ImportFormat.TEXT, document_id=None,
                max_input=None):
    """Import a text held in memory (a str, or bytes that must be UTF-8) as import_file() does
    (congdoan_import_memory). `name` stands for the file name in the issues' locations and in
    the id made for the document ("<memory>" when None)."""
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError("text must be a str or bytes, not %s" % type(text).__name__)
    options = _options(format, document_id, max_input)
    n = enc(name, "name")
    return _run(corpus, lambda c, issues, out:
                lib.congdoan_import_memory(c, data, len(data), n, byref(options), issues, out))
