"""The object layer: a Corpus that owns its C memory, and borrowed views of what is in it."""

import collections
import ctypes
import operator
import os
from collections.abc import Sequence
from ctypes import byref, c_double, c_int, c_long, c_size_t, c_void_p

from . import _ffi
from ._ffi import lib
from ._util import (Decoder, PathDecoder, as_strings, column, date_out, enc, fspath, iso, none_if_negative,
                    pointer_column, tolist, ymd_in)
from .enums import (BodyKind, Comparator, Coverage, Direction, DocumentKind, DueKind, EvalStatus, Grade,
                    GroupKind, ItemKind, Level, Limit, Measure, OrgKind, PeriodKind, RelationType, Role, Sector,
                    Severity, TaskStatus, UnitKind, WriteParts)
from .errors import CongdoanError

__all__ = ["Corpus", "Unit", "Document", "Section", "Task", "Indicator", "Report", "ReportValue",
           "ReportTaskStatus", "Issue", "IssueList", "Relation", "Recipient", "Deadline",
           "Reporter", "Incoming", "Coordinator", "LatestStatus", "load"]

#: Rows fetched per bulk call for the corpus-wide tables: bounds the temporary C arrays.
CHUNK = 1 << 20


# ---- editing (congdoan/edit.h, when the library has it) ----------------------------------------


def _edit_fn(name):
    """The C function of the editing API, or NotImplementedError when the library lacks it."""
    if not _ffi.has(name):
        raise NotImplementedError("the loaded libcongdoan (%s) has no %s (congdoan/edit.h)"
                                  % (_ffi.library_path, name))
    return getattr(lib, name)


def _as_enum(cls):
    def convert(value):
        if isinstance(value, str):
            return int(cls.from_label(value))
        return int(cls(value))
    return convert


def _as_id(value):
    """An object (Unit, Document …) or an identifier, as the C id argument."""
    if value is None:
        return None
    if isinstance(value, _Borrowed):
        return enc(value.id)
    return enc(value, "id")


def _as_count(value):
    return -1 if value is None else int(value)


def _settable(getter, c_setter, convert=enc, doc=None):
    """A property whose setter calls a congdoan_X_set_Y(corpus, object, value) of edit.h."""
    def fset(self, value):
        _edit_fn(c_setter)(self._corpus._h(), self._h(), convert(value))
    return property(getter, fset, doc=doc)


def _added(cls, corpus, out):
    return cls(corpus, out) if out else None


def _v12():
    """The module of vocabulary 1.2 (imported late: it builds on this one)."""
    from . import _vocab12
    return _vocab12


# ---- issues ------------------------------------------------------------------------------------


class Issue(collections.namedtuple("Issue", "tag severity file line column message")):
    """One validation problem: a stable tag, a Severity, a location (file "" and line/column 0
    when unknown; columns count characters) and a message. A plain value: it does not need the
    list or the corpus it came from."""

    __slots__ = ()

    @property
    def explanation(self):
        """The general explanation of the tag, from the library's registry."""
        return lib.congdoan_issue_tag_explanation(enc(self.tag))

    def __str__(self):
        """The `congdoan validate` form: ``E: file:line:col: tag: message``."""
        return "%s: %s:%d:%d: %s: %s" % (self.severity.letter, self.file, self.line, self.column,
                                          self.tag, self.message)

    def to_dict(self):
        """An "issue" row of the program's JSON (examples/FORMATS.md, format_version 1)."""
        return {"severity": self.severity.label, "file": self.file or None, "line": self.line or None,
                "column": self.column or None, "tag": self.tag, "message": self.message}


class IssueList(list):
    """A list of Issue with counts by severity."""

    @property
    def errors(self):
        return [i for i in self if i.severity == Severity.ERROR]

    @property
    def warnings(self):
        return [i for i in self if i.severity == Severity.WARNING]

    @property
    def infos(self):
        return [i for i in self if i.severity == Severity.INFO]

    def count_at_least(self, severity):
        return sum(1 for i in self if i.severity >= severity)

    def to_dicts(self):
        return [i.to_dict() for i in self]


class _Issues:
    """A C issue list for the length of one call (a context manager)."""

    def __init__(self):
        self.ptr = _ffi.IssuesP()
        lib.congdoan_issues_new(byref(self.ptr))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        ptr, self.ptr = self.ptr, None
        lib.congdoan_issues_free(ptr)

    def to_list(self):
        return issues_from(self.ptr)


def issues_from(ptr):
    """Every issue of a C list as an IssueList (two bulk calls, however many issues)."""
    n = lib.congdoan_issues_count(ptr)
    out = IssueList()
    if n == 0:
        return out
    tag, file, message = pointer_column(n), pointer_column(n), pointer_column(n)
    severity, line, col = column(c_int, n), column(c_long, n), column(c_long, n)
    got = lib.congdoan_issues_fill(ptr, 0, n, as_strings(tag), severity, as_strings(file), line, col,
                                   as_strings(message))
    dec = Decoder()
    sev = {int(s): s for s in Severity}
    out.extend(map(Issue, dec.strings(tag, got), [sev.get(s, s) for s in tolist(severity, got)],
                   PathDecoder().strings(file, got), tolist(line, got), tolist(col, got),
                   dec.strings(message, got)))
    return out


# ---- the corpus --------------------------------------------------------------------------------


def _owned_str(ptr):
    """A char * the library gave through an out-parameter, decoded and freed; None for NULL."""
    if not ptr.value:
        return None
    try:
        return ctypes.string_at(ptr.value).decode("utf-8")
    finally:
        lib.congdoan_free(ptr)


def _query(query):
    """A look-up's query as UTF-8 bytes; None is a TypeError, not a C EINVAL."""
    if query is None:
        raise TypeError("the query must be a str, not None")
    return enc(query, "query")


class Corpus:
    """Units, documents and reports loaded from XML files or buffers (congdoan_corpus).

    The corpus owns the C memory of everything in it. Free it with close() or a ``with``
    block; if you do neither, it is freed when the last Python reference to it (or to anything
    taken from it: every Unit, Task … keeps its corpus alive) goes away. After close(), using an
    object taken from the corpus raises ValueError instead of reading freed memory.

    ``Corpus(path, ...)`` loads each of the given files or folders, in order (see load());
    ``load_threads=2`` parses them in a second thread (see the load_threads property).
    """

    def __init__(self, *paths, limits=None, load_threads=1):
        ptr = _ffi.CorpusP()
        lib.congdoan_corpus_new(byref(ptr))
        self._ptr = ptr
        #: The non-fatal issues (warnings, information) of the loads so far.
        self.load_issues = IssueList()
        try:
            for limit, value in (limits or {}).items():
                self.set_limit(limit, value)
            self.load_threads = load_threads
            for path in paths:
                self.load(path)
        except BaseException:
            self.close()
            raise

    # -- lifetime --

    def close(self):
        """Free the C corpus now. Idempotent."""
        ptr, self._ptr = self._ptr, None
        if ptr:
            lib.congdoan_corpus_free(ptr)

    @property
    def closed(self):
        return self._ptr is None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self, _free=lib.congdoan_corpus_free):
        # The default argument keeps the C function reachable during interpreter shutdown,
        # when module globals may already be gone.
        ptr = getattr(self, "_ptr", None)
        if ptr and _free is not None:
            self._ptr = None
            try:
                _free(ptr)
            except Exception:  # pragma: no cover - shutdown
                pass

    def _h(self):
        ptr = self._ptr
        if ptr is None:
            raise ValueError("the corpus is closed")
        return ptr

    def __repr__(self):
        if self._ptr is None:
            return "<congdoan.Corpus (closed)>"
        return "<congdoan.Corpus: %d units, %d documents, %d reports>" % (
            len(self.units), len(self.documents), len(self.reports))

    # -- limits --

    def set_limit(self, limit, value):
        """Set a limit for later loads (a Limit or its name: "depth", "input-size" …)."""
        lib.congdoan_corpus_set_limit(self._h(), _limit(limit), value)

    def get_limit(self, limit):
        return lib.congdoan_corpus_get_limit(self._h(), _limit(limit))

    @property
    def limits(self):
        """{Limit: value} for every limit."""
        return {l: self.get_limit(l) for l in Limit}

    @property
    def load_threads(self):
        """Threads a load may use: 1 (the default), or 2 to run libxml2's parse of an input of
        4 MiB or more in a second thread while this one builds the objects
        (congdoan_corpus_set_load_threads). The result of a load is the same either way. Setting
        another number raises InvalidArgumentError."""
        return lib.congdoan_corpus_get_load_threads(self._h())

    @load_threads.setter
    def load_threads(self, threads):
        lib.congdoan_corpus_set_load_threads(self._h(), threads)

    # -- loading --

    def _load(self, call, *args):
        with _Issues() as issues:
            try:
                call(self._h(), *args, issues.ptr)
            except CongdoanError as e:
                e.issues = issues.to_list()
                raise
            found = issues.to_list()
        self.load_issues.extend(found)
        return found

    def load(self, path):
        """Load a file, or every ``*.xml`` under a folder, as one transaction: all of it or, on
        an error, nothing (congdoan_corpus_load_path). Returns the non-fatal issues (an
        IssueList); raises a CongdoanError subclass, with every issue in ``.issues``, on error."""
        return self._load(lib.congdoan_corpus_load_path, fspath(path))

    def load_file(self, path):
        """Load one file (congdoan_corpus_load_file); as load()."""
        return self._load(lib.congdoan_corpus_load_file, fspath(path))

    def load_bytes(self, data, name=None):
        """Load XML from memory (bytes, or a str that is encoded as UTF-8); `name` is used in
        error locations ("<memory>" when None). As load()."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        data = bytes(data)
        return self._load(lib.congdoan_corpus_load_memory, data, len(data), enc(name, "name"))

    def check(self):
        """Check the whole corpus (congdoan_corpus_check): unresolved references, cycles,
        impossible values … Returns an IssueList (``.errors`` is empty when all is well)."""
        with _Issues() as issues:
            lib.congdoan_corpus_check(self._h(), issues.ptr)
            return issues.to_list()

    # -- contents --

    @property
    def units(self):
        """Every unit, department and body in load order; ``units["laichau"]`` by id."""
        return _IdSeq(self, self, lib.congdoan_corpus_unit_count, lib.congdoan_corpus_unit,
                      Unit, lib.congdoan_corpus_unit_by_id)

    @property
    def roots(self):
        """The organisations with no parent in the corpus."""
        return _Seq(self, self, lib.congdoan_corpus_root_count, lib.congdoan_corpus_root, Unit)

    @property
    def documents(self):
        """Every document in load order; ``documents["kh-240-tld-2022"]`` by id."""
        return _IdSeq(self, self, lib.congdoan_corpus_document_count, lib.congdoan_corpus_document,
                      Document, lib.congdoan_corpus_document_by_id)

    @property
    def reports(self):
        """Every report in load order; ``reports["bc-…"]`` by id."""
        return _IdSeq(self, self, lib.congdoan_corpus_report_count, lib.congdoan_corpus_report,
                      Report, lib.congdoan_corpus_report_by_id)

    def unit(self, id):
        """The unit, department or body with this id, or None."""
        p = lib.congdoan_corpus_unit_by_id(self._h(), enc(id, "id"))
        return Unit(self, p) if p else None

    def document(self, id_or_number):
        """The document with this id or, failing that, this number ("240/KH-TLĐ"), or None."""
        key = enc(id_or_number, "id")
        p = (lib.congdoan_corpus_document_by_id(self._h(), key)
             or lib.congdoan_corpus_document_by_number(self._h(), key))
        return Document(self, p) if p else None

    def lookup_unit(self, query):
        """The unit `query` names, the way people type it: id, name, short name or the words
        that tell it apart ("Tam Đường"), without diacritics, đ as d, in any case
        (congdoan_corpus_lookup_unit). Raises NoMatchError (a LookupError) when none or several
        answer; its ``candidates`` are the matches or the nearest names."""
        from ._lookup import run
        return run(lambda m: lib.congdoan_corpus_lookup_unit(self._h(), _query(query), None, m),
                   lambda m, i: Unit(self, lib.congdoan_matches_unit(m, i)))

    def lookup_document(self, query):
        """The document `query` names: id, number ("13/CTr-LDLD", "Số: 13/CTr-LĐLĐ") or words of
        its number and title (congdoan_corpus_lookup_document). Raises NoMatchError."""
        from ._lookup import run
        return run(lambda m: lib.congdoan_corpus_lookup_document(self._h(), _query(query), None, m),
                   lambda m, i: Document(self, lib.congdoan_matches_document(m, i)))

    def lookup_task(self, query, document=None):
        """The task `query` names (id such as "iv-2-1" or "IV.2.1", or words of its text) in
        `document` (a Document, id or number) or in every document (congdoan_corpus_lookup_task).
        Raises NoMatchError."""
        from ._lookup import run
        d = self._resolve_document(document)._h() if document is not None else None
        return run(lambda m: lib.congdoan_corpus_lookup_task(self._h(), d, _query(query), None, m),
                   lambda m, i: Task(self, lib.congdoan_matches_task(m, i)))

    def find_reports(self, document=None, unit=None, period=None, at=None):
        """The reports made against `document`, by `unit`, for `period`, submitted by `at` (each
        filter optional; documents and units as objects, ids or numbers), in load order
        (congdoan_corpus_reports_find)."""
        d = self._resolve_document(document)._h() if document is not None else None
        u = self._resolve_unit(unit)._h() if unit is not None else None
        out = _ffi.ReportListP()
        lib.congdoan_corpus_reports_find(self._h(), d, u, enc(period, "period"), ymd_in(at, "at"), byref(out))
        try:
            return [Report(self, lib.congdoan_report_list_get(out, i))
                    for i in range(lib.congdoan_report_list_count(out))]
        finally:
            lib.congdoan_report_list_free(out)

    def document_by_number(self, number):
        """The first document whose number equals `number` after NFC normalisation, or None."""
        p = lib.congdoan_corpus_document_by_number(self._h(), enc(number, "number"))
        return Document(self, p) if p else None

    def report(self, id):
        """The report with this id, or None."""
        p = lib.congdoan_corpus_report_by_id(self._h(), enc(id, "id"))
        return Report(self, p) if p else None

    # -- building (congdoan/edit.h, when the library has it) --

    def add_unit(self, id, level, name, parent=None):
        """Add an organisation (parent: a Unit, an id — which may be added later — or None).
        Returns the new Unit."""
        out = _ffi.UnitP()
        _edit_fn("congdoan_corpus_add_unit")(self._h(), enc(id, "id"), _as_enum(Level)(level), enc(name),
                                             _as_id(parent), byref(out))
        return _added(Unit, self, out)

    def add_document(self, id, kind):
        """Add a document of a DocumentKind (or its label: "plan" …). Returns it."""
        out = _ffi.DocumentP()
        _edit_fn("congdoan_corpus_add_document")(self._h(), enc(id, "id"), _as_enum(DocumentKind)(kind),
                                                 byref(out))
        return _added(Document, self, out)

    def add_report(self, id, unit, document, period):
        """Add a report of a unit (Unit or id) against a document (Document or id) for a period."""
        out = _ffi.ReportP()
        _edit_fn("congdoan_corpus_add_report")(self._h(), enc(id, "id"), _as_id(unit), _as_id(document),
                                               enc(period, "period"), byref(out))
        return _added(Report, self, out)

    def add_group(self, id, kind, name):
        """(1.2) Add a group of units (cụm, khối thi đua: GroupKind), outside the hierarchy (editing)."""
        out = _ffi.UnitP()
        _edit_fn("congdoan_corpus_add_group")(self._h(), enc(id, "id"), _as_enum(GroupKind)(kind), enc(name),
                                              byref(out))
        return _added(Unit, self, out)

    def task_timeliness(self, at, document=None, unit=None):
        """(1.2) How the tasks of one document (None: every loaded one) stand at `at` (theo dõi
        nhiệm vụ, QĐ 42/2014), for one unit or every assignment: TimelinessCounts."""
        return _v12().corpus_timeliness(self, self._resolve_document(document) if document is not None else None,
                                        self._resolve_unit(unit) if unit is not None else None, at)

    def _unit_at(self, index):
        if index < 0:
            return None
        return Unit(self, lib.congdoan_corpus_unit(self._h(), index))

    # -- task queries --

    def tasks_for(self, unit, role=Role.LEAD | Role.COORDINATOR, include_departments=False,
                  with_roles=False):
        """The tasks of every document in which `unit` (a Unit or an id) has one of the roles,
        in load order (congdoan_corpus_tasks_for_unit). With ``include_departments`` the tasks
        of its departments and bodies count as its own. With ``with_roles`` the result is a list
        of (Task, Role) pairs."""
        u = self._resolve_unit(unit)
        flags = 1 if include_departments else 0
        lst = _ffi.TaskListP()
        lib.congdoan_corpus_tasks_for_unit(self._h(), u._h(), int(role), flags, byref(lst))
        return self._task_list(lst, with_roles)

    def overdue_tasks(self, at, document=None):
        """The tasks overdue at date `at` (a datetime.date, "2024-01-01" or 20240101), of one
        document or of all, in load order (congdoan_corpus_overdue_tasks)."""
        d = self._resolve_document(document) if document is not None else None
        lst = _ffi.TaskListP()
        lib.congdoan_corpus_overdue_tasks(self._h(), d._h() if d else None, ymd_in(at, "at"),
                                          byref(lst))
        return self._task_list(lst, False)

    def _task_list(self, lst, with_roles):
        try:
            n = lib.congdoan_task_list_count(lst)
            tasks = [Task(self, lib.congdoan_task_list_get(lst, i)) for i in range(n)]
            if with_roles:
                return [(t, Role(lib.congdoan_task_list_role(lst, i))) for i, t in enumerate(tasks)]
            return tasks
        finally:
            lib.congdoan_task_list_free(lst)

    # -- the progress engine --

    def progress(self, document, unit, period, at=None):
        """Evaluate every indicator of `document` over the subtree of `unit` for `period`
        ("2025", "2025-H1" …), ignoring reports submitted after `at` (a date; None: no cut-off).
        Returns a Progress: plain Python values (to_dict() for json or pandas)."""
        from ._results import Progress
        return Progress._compute(self, self._resolve_document(document),
                                 self._resolve_unit(unit), period, at)

    def breakdown(self, document, unit, period, at=None):
        """Each organisation directly under `unit` × each indicator of `document` for `period`
        (congdoan_breakdown_compute): a Breakdown, with the Progress it was made from."""
        from ._results import Breakdown
        return Breakdown._compute(self, self._resolve_document(document), self._resolve_unit(unit),
                                  period, at)

    def trend(self, document, unit, period, at=None, max_periods=0):
        """The Progress of `document` over `unit` for each earlier year and half-year that has
        reports from the subtree, then for `period` itself, oldest first
        (congdoan_trend_compute); at most `max_periods` of them, the latest (0: all)."""
        from ._results import _trend
        return _trend(self, self._resolve_document(document), self._resolve_unit(unit), period, at,
                      max_periods)

    def cascade(self, document):
        """Check the documents that concretise `document` (congdoan_cascade_compute)."""
        from ._results import Cascade
        return Cascade._compute(self, self._resolve_document(document))

    def _resolve_unit(self, unit):
        if isinstance(unit, Unit):
            if unit._corpus is not self:
                raise ValueError("%r belongs to another corpus" % (unit,))
            return unit
        u = self.unit(unit)
        if u is None:
            raise KeyError("no unit %r" % (unit,))
        return u

    def _resolve_document(self, document):
        if isinstance(document, Document):
            if document._corpus is not self:
                raise ValueError("%r belongs to another corpus" % (document,))
            return document
        d = self.document(document)
        if d is None:
            raise KeyError("no document %r" % (document,))
        return d

    # -- bulk tables --

    def units_table(self, start=0, stop=None, year=None):
        """The units as columns (a dict of equal-length lists, for pandas.DataFrame or json):
        index, id, name, parent (index, None for a root), kind, level, sector (labels, sector
        None when not given), members and workers (None when unknown) and, with `year`, grade
        (that year's classification label, or None). Read with congdoan_corpus_units_fill()."""
        total = lib.congdoan_corpus_unit_count(self._h())
        start, stop = _range(start, stop, total)
        cols = {k: [] for k in ("index", "id", "name", "parent", "kind", "level", "sector",
                                "members", "workers")}
        if year is not None:
            cols["grade"] = []
        kinds = {int(k): k.label for k in UnitKind}
        levels = {int(k): k.label for k in Level}
        sectors = {int(k): k.label for k in Sector}
        sectors[0] = None
        grades = {int(k): k.label for k in Grade}
        grades[0] = None
        dec = Decoder()
        for s in range(start, stop, CHUNK):
            n = min(CHUNK, stop - s)
            ids, names = pointer_column(n), pointer_column(n)
            parent, members, workers = column(c_long, n), column(c_long, n), column(c_long, n)
            kind, level, sector = column(c_int, n), column(c_int, n), column(c_int, n)
            got = lib.congdoan_corpus_units_fill(self._h(), s, n, as_strings(ids), as_strings(names),
                                                 parent, kind, level, sector, members, workers)
            cols["index"].extend(range(s, s + got))
            cols["id"].extend(dec.strings(ids, got))
            cols["name"].extend(dec.strings(names, got))
            cols["parent"].extend(map(none_if_negative, tolist(parent, got)))
            cols["kind"].extend(map(kinds.get, tolist(kind, got)))
            cols["level"].extend(map(levels.get, tolist(level, got)))
            cols["sector"].extend(map(sectors.get, tolist(sector, got)))
            cols["members"].extend(map(none_if_negative, tolist(members, got)))
            cols["workers"].extend(map(none_if_negative, tolist(workers, got)))
            if year is not None:
                grade = column(c_int, n)
                lib.congdoan_corpus_classifications_fill(self._h(), int(year), s, n, grade)
                cols["grade"].extend(map(grades.get, tolist(grade, got)))
        return cols

    def reports_table(self, start=0, stop=None):
        """The reports as columns: index, id, unit_id, unit (index, None when not loaded),
        document_id, period, submitted (datetime.date or None) and value_count."""
        total = lib.congdoan_corpus_report_count(self._h())
        start, stop = _range(start, stop, total)
        cols = {k: [] for k in ("index", "id", "unit_id", "unit", "document_id", "period",
                                "submitted", "value_count")}
        dec = Decoder()
        for s in range(start, stop, CHUNK):
            n = min(CHUNK, stop - s)
            ids, unit_ids, doc_ids, periods = (pointer_column(n), pointer_column(n),
                                               pointer_column(n), pointer_column(n))
            unit, submitted, counts = column(c_long, n), column(c_int, n), column(c_size_t, n)
            got = lib.congdoan_corpus_reports_fill(self._h(), s, n, as_strings(ids),
                                                   as_strings(unit_ids), unit, as_strings(doc_ids),
                                                   as_strings(periods), submitted, counts)
            cols["index"].extend(range(s, s + got))
            cols["id"].extend(dec.strings(ids, got))
            cols["unit_id"].extend(dec.strings(unit_ids, got))
            cols["unit"].extend(map(none_if_negative, tolist(unit, got)))
            cols["document_id"].extend(dec.strings(doc_ids, got))
            cols["period"].extend(dec.strings(periods, got))
            dates = {}
            cols["submitted"].extend(dates[d] if d in dates else dates.setdefault(d, date_out(d))
                                     for d in tolist(submitted, got))
            cols["value_count"].extend(tolist(counts, got))
        return cols

    def value_count(self):
        """The number of reported values in the whole corpus."""
        return lib.congdoan_corpus_value_count(self._h())

    def values_table(self, start=0, stop=None):
        """Every reported value of every report as columns (congdoan_corpus_values_fill):
        report (the report's index in ``reports``), indicator_id, value, numerator,
        denominator (floats; NaN when absent, which pandas reads as missing), flags (ValueFlags
        bits: which are present) and coverage ("self" or "subtree"). Rows: the values of report
        0, then of report 1 …; `start`/`stop` select rows of that order."""
        total = lib.congdoan_corpus_value_count(self._h())
        start, stop = _range(start, stop, total)
        cols = _value_columns(report=True)
        dec = Decoder()
        for s in range(start, stop, CHUNK):
            n = min(CHUNK, stop - s)
            arrays = _value_arrays(n, report=True)
            got = lib.congdoan_corpus_values_fill(self._h(), s, n, arrays["report"],
                                                  as_strings(arrays["indicator_id"]),
                                                  *[arrays[k] for k in _VALUE_NUMBERS])
            _extend_values(cols, arrays, got, dec)
        return cols

    # -- writing (congdoan/writer.h, when the library has it) --

    def to_xml(self, parts=WriteParts.ALL):
        """The corpus (or some parts: WriteParts) as XML bytes (congdoan_write_corpus)."""
        from ._writer import write_memory
        return write_memory(lambda out: lib.congdoan_write_corpus(self._h(), int(parts), out))

    def write(self, path_or_file, parts=WriteParts.ALL):
        """Write the corpus as XML to a path (atomically) or a binary file object."""
        from ._writer import write_to
        write_to(path_or_file, lambda out: lib.congdoan_write_corpus(self._h(), int(parts), out))

    def units_to_xml(self, top=None):
        """Units as XML bytes: every unit, or `top` and every organisation under it."""
        from ._writer import write_memory
        t = self._resolve_unit(top)._h() if top is not None else None
        return write_memory(lambda out: lib.congdoan_write_units(self._h(), t, out))


def load(*paths, limits=None):
    """A new Corpus with these files or folders loaded (each as one transaction)."""
    return Corpus(*paths, limits=limits)


def _limit(limit):
    if isinstance(limit, str):
        return Limit.from_label(limit)
    return Limit(limit)


def _range(start, stop, total):
    start = max(0, min(int(start), total))
    stop = total if stop is None else max(start, min(int(stop), total))
    return start, stop


_VALUE_NUMBERS = ("value", "numerator", "denominator", "flags", "coverage")


def _value_columns(report):
    keys = (("report",) if report else ()) + ("indicator_id",) + _VALUE_NUMBERS
    return {k: [] for k in keys}


def _value_arrays(n, report):
    a = {"indicator_id": pointer_column(n), "value": column(c_double, n),
         "numerator": column(c_double, n), "denominator": column(c_double, n),
         "flags": column(c_int, n), "coverage": column(c_int, n)}
    if report:
        a["report"] = column(c_long, n)
    return a


_COVERAGE_LABELS = {int(c): c.label for c in Coverage}


def _extend_values(cols, arrays, got, dec):
    if "report" in cols:
        cols["report"].extend(tolist(arrays["report"], got))
    cols["indicator_id"].extend(dec.strings(arrays["indicator_id"], got))
    for k in ("value", "numerator", "denominator", "flags"):
        cols[k].extend(tolist(arrays[k], got))
    cols["coverage"].extend(map(_COVERAGE_LABELS.get, tolist(arrays["coverage"], got)))


# ---- sequences -----------------------------------------------------------------------------


class _Seq(Sequence):
    """A C count + index collection as a read-only Python sequence.

    `owner` is the Python object whose handle is passed to the C functions (it keeps the
    corpus alive)."""

    __slots__ = ("_corpus", "_owner", "_count", "_get", "_wrap")

    def __init__(self, corpus, owner, count, get, wrap):
        self._corpus, self._owner, self._count, self._get, self._wrap = corpus, owner, count, get, wrap

    def __len__(self):
        return self._count(self._owner._h())

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self)
        i = operator.index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of range")
        return self._wrap(self._corpus, self._get(self._owner._h(), i))

    def __iter__(self):
        h, get, wrap, corpus = self._owner._h(), self._get, self._wrap, self._corpus
        for i in range(self._count(h)):
            yield wrap(corpus, get(self._owner._h(), i))

    def __repr__(self):
        return "<%s of %d>" % (self._wrap.__name__, len(self))


class _IdSeq(_Seq):
    """A _Seq that can also be indexed by identifier: ``seq["id"]`` (KeyError when absent)."""

    __slots__ = ("_by_id",)

    def __init__(self, corpus, owner, count, get, wrap, by_id):
        super().__init__(corpus, owner, count, get, wrap)
        self._by_id = by_id

    def __getitem__(self, key):
        if isinstance(key, str):
            p = self._by_id(self._owner._h(), enc(key))
            if not p:
                raise KeyError(key)
            return self._wrap(self._corpus, p)
        return super().__getitem__(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, item):
        if isinstance(item, str):
            return bool(self._by_id(self._owner._h(), enc(item)))
        return super().__contains__(item)

    def ids(self):
        return [x.id for x in self]


# ---- borrowed objects ----------------------------------------------------------------------


class _Borrowed:
    """A view of a C object that lives in a corpus. Keeps the corpus alive; equal views of the
    same C object compare equal and hash alike."""

    __slots__ = ("_corpus", "_ptr")

    def __init__(self, corpus, ptr):
        self._corpus = corpus
        self._ptr = ptr

    def _h(self):
        if self._corpus._ptr is None:
            raise ValueError("the corpus this %s belongs to is closed" % type(self).__name__)
        return self._ptr

    @property
    def corpus(self):
        """The Corpus this object lives in."""
        return self._corpus

    @property
    def address(self):
        """The C address of the object (for identity)."""
        return ctypes.cast(self._ptr, c_void_p).value

    def __eq__(self, other):
        return type(other) is type(self) and other.address == self.address

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self).__name__, self.address))

    def _wrap(self, cls, p):
        return cls(self._corpus, p) if p else None


class Unit(_Borrowed):
    """An organisation unit, a department or a leading body (congdoan_unit)."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_unit_id(self._h()), doc="The identifier.")
    name = _settable(lambda self: lib.congdoan_unit_name(self._h()), "congdoan_unit_set_name",
                     doc="The full name.")
    short_name = _settable(lambda self: lib.congdoan_unit_short_name(self._h()),
                           "congdoan_unit_set_short_name", doc="The short name, or None.")
    kind = property(lambda self: UnitKind(lib.congdoan_unit_get_kind(self._h())))
    level = _settable(lambda self: Level(lib.congdoan_unit_level(self._h())), "congdoan_unit_set_level",
                      _as_enum(Level))
    sector = _settable(lambda self: Sector(lib.congdoan_unit_sector(self._h())), "congdoan_unit_set_sector",
                       _as_enum(Sector))
    body_kind = _settable(lambda self: BodyKind(lib.congdoan_unit_body_kind(self._h())),
                          "congdoan_unit_set_body_kind", _as_enum(BodyKind))
    parent = _settable(lambda self: self._wrap(Unit, lib.congdoan_unit_parent(self._h())),
                       "congdoan_unit_set_parent_id", _as_id,
                       doc="The parent (or the organisation of a department), None for a root. "
                           "Set it (a Unit, an id or None) to move an organisation.")
    parent_id = _settable(lambda self: lib.congdoan_unit_parent_id(self._h()),
                          "congdoan_unit_set_parent_id", _as_id)
    members = _settable(lambda self: none_if_negative(lib.congdoan_unit_members(self._h())),
                        "congdoan_unit_set_members", _as_count,
                        doc="Members (đoàn viên), or None when unknown.")
    workers = _settable(lambda self: none_if_negative(lib.congdoan_unit_workers(self._h())),
                        "congdoan_unit_set_workers", _as_count,
                        doc="Workers (người lao động), or None when unknown.")
    declared_upper_grassroots_units = _settable(
        lambda self: none_if_negative(lib.congdoan_unit_declared_upper_grassroots_units(self._h())),
        "congdoan_unit_set_declared_upper_grassroots_units", _as_count)
    declared_grassroots_units = _settable(
        lambda self: none_if_negative(lib.congdoan_unit_declared_grassroots_units(self._h())),
        "congdoan_unit_set_declared_grassroots_units", _as_count)
    index = property(lambda self: lib.congdoan_unit_index(self._h()),
                     doc="The position in corpus.units (what the tables call a unit).")
    # vocabulary 1.2
    org_kind = _settable(lambda self: OrgKind(lib.congdoan_unit_org_kind(self._h())), "congdoan_unit_set_org_kind",
                         _as_enum(OrgKind), doc="The class of an organisation above the grassroots (OrgKind).")
    group_kind = _settable(lambda self: GroupKind(lib.congdoan_unit_group_kind(self._h())),
                           "congdoan_group_set_kind", _as_enum(GroupKind),
                           doc="For a group (cụm, khối thi đua): its GroupKind; GroupKind.NONE otherwise.")

    @property
    def group_member_ids(self):
        """(1.2) For a group: the ids of its members, as written."""
        h = self._h()
        return [lib.congdoan_unit_member_id(h, i) for i in range(lib.congdoan_unit_member_count(h))]

    def add_group_member(self, unit):
        """(1.2) Add a member (a Unit or id) to this group (editing)."""
        _edit_fn("congdoan_group_add_member")(self._corpus._h(), self._h(), _as_id(unit))

    def remove_group_member(self, i):
        _edit_fn("congdoan_group_remove_member")(self._corpus._h(), self._h(), int(i))

    @property
    def children(self):
        """The organisations directly under this one, in load order."""
        return _Seq(self._corpus, self, lib.congdoan_unit_child_count, lib.congdoan_unit_child, Unit)

    @property
    def departments(self):
        """The departments and bodies inside this organisation, in file order."""
        return _Seq(self._corpus, self, lib.congdoan_unit_department_count,
                    lib.congdoan_unit_department, Unit)

    @property
    def classifications(self):
        """{year: Grade} of the unit's yearly classifications (xếp loại)."""
        h = self._h()
        return {lib.congdoan_unit_classification_year(h, i):
                Grade(lib.congdoan_unit_classification_grade(h, i))
                for i in range(lib.congdoan_unit_classification_count(h))}

    def classification(self, year):
        """The Grade for a year (Grade.NONE when there is none)."""
        return Grade(lib.congdoan_unit_classification(self._h(), int(year)))

    def set_classification(self, year, grade):
        """Set the classification (xếp loại) for a year (editing)."""
        _edit_fn("congdoan_unit_set_classification")(self._corpus._h(), self._h(), int(year),
                                                       _as_enum(Grade)(grade))

    def add_department(self, id, name, kind=UnitKind.DEPARTMENT, body_kind=BodyKind.NONE):
        """Add a department (or, with kind=UnitKind.BODY, a leading body) to this organisation
        (editing). Returns the new Unit."""
        out = _ffi.UnitP()
        _edit_fn("congdoan_unit_add_department")(self._corpus._h(), self._h(), enc(id, "id"), enc(name),
                                                 _as_enum(UnitKind)(kind), _as_enum(BodyKind)(body_kind),
                                                 byref(out))
        return _added(Unit, self._corpus, out)

    def subtree(self):
        """This unit and every organisation under it, in pre-order (an iterator)."""
        stack = [self]
        while stack:
            u = stack.pop()
            yield u
            stack.extend(reversed(list(u.children)))

    @property
    def depth(self):
        """How many organisations are above it in the corpus (0: a root)."""
        depth, p = 0, lib.congdoan_unit_parent(self._h())
        while p and depth < 4096:
            depth += 1
            p = lib.congdoan_unit_parent(p)
        return depth

    def to_dict(self):
        """A "unit" row of the program's JSON (examples/FORMATS.md, format_version 1)."""
        h = self._h()
        org = self.kind == UnitKind.ORGANISATION
        return {"id": self.id, "kind": self.kind.label, "name": self.name, "short_name": self.short_name,
                "level": self.level.label if self.level else None,
                "sector": self.sector.label if self.sector else None,
                "body_kind": self.body_kind.label if self.body_kind else None,
                "parent_id": self.parent_id, "depth": self.depth,
                "child_count": lib.congdoan_unit_child_count(h),
                "department_count": lib.congdoan_unit_department_count(h),
                "members": self.members if org else None, "workers": self.workers if org else None,
                "declared_upper_grassroots_units": self.declared_upper_grassroots_units if org else None,
                "declared_grassroots_units": self.declared_grassroots_units if org else None,
                "classifications": {str(y): g.label for y, g in self.classifications.items()},
                "org_kind": self.org_kind.label if self.org_kind else None,
                "group_kind": self.group_kind.label if self.group_kind else None,
                "member_ids": self.group_member_ids}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Unit (corpus closed)>"
        return "<congdoan.Unit %s %r>" % (self.id, self.name)


class Relation(collections.namedtuple("Relation", "type target target_id number date text title from_id source",
                                      defaults=(None, None, None))):
    """A relation of a document to another: RelationType, the target Document (None when not
    loaded), its id and number as written, its date, the words naming it, (1.2) the title of a
    document referred to without a number, the id of the document it is written in, and (1.2)
    where it was read (a Source, or None)."""

    __slots__ = ()

    def to_dict(self):
        """A "document_relation" row of the program's JSON (examples/FORMATS.md)."""
        number = self.number if self.number is not None or self.target is None else self.target.number
        return {"type": self.type.label, "document_id": self.target_id, "number": number,
                "date": iso(self.date), "text": self.text, "loaded": self.target is not None,
                "title": self.title, "from_id": self.from_id}
Recipient = collections.namedtuple("Recipient", "text unit unit_id source", defaults=(None,))
Recipient.__doc__ = """A recipient (Nơi nhận): as printed, its Unit (None when not loaded), its id, and
(1.2) where it was read (a Source, or None)."""
Source = collections.namedtuple("Source", "file line column words")
Source.__doc__ = """Where an item was read (1.2, <source>): the input's name, the 1-based line and
column (0 when not known) and the exact words."""
Population = collections.namedtuple("Population", "text of measure comparator value")
Population.__doc__ = """A scope in words (1.2, <population>): its words, what it is made of, and its
threshold (measure, Comparator, value) or None for each when it has none."""


def _source(fn, h):
    """The Source an accessor (congdoan_*_source) gives for handle h, or None."""
    file, line, col = ctypes.c_char_p(), c_int(), c_int()
    words = fn(h, byref(file), byref(line), byref(col))
    if words is None:
        return None
    return Source(os.fsdecode(file.value) if file.value is not None else None, line.value, col.value, words)


def _source_property(getter, c_setter, what):
    """The `source` property of a 1.2 item: its Source (getter: the name of congdoan_X_source),
    settable with a Source or None through c_setter (congdoan_X_set_source)."""
    return property(lambda self: _source(getattr(lib, getter), self._h()),
                    lambda self, s: _v12()._set_source(c_setter, self, s),
                    doc="Where the %s was read from (a Source(file, line, column, words)), or None." % what)


def _populations(count, get, h):
    out = []
    for i in range(count(h)):
        p = get(h, i)
        v = c_double()
        has = lib.congdoan_population_value(p, byref(v))
        cmp = lib.congdoan_population_comparator(p)
        out.append(Population(lib.congdoan_population_text(p), lib.congdoan_population_of(p),
                              lib.congdoan_population_measure(p), Comparator(cmp) if cmp else None,
                              v.value if has else None))
    return out
Deadline = collections.namedtuple("Deadline", "period date")
Reporter = collections.namedtuple("Reporter", "unit_id unit indicator_ids coverage", defaults=((), None))
Reporter.__doc__ = ("A unit named as a reporter; (1.2) the ids of the indicators it reports (empty: all) "
                    "and its coverage (None: not said).")
Incoming = collections.namedtuple("Incoming", "document type")
Incoming.__doc__ = "A relation of another loaded document that points at this one."


class Document(_Borrowed):
    """A document (văn bản): resolution, directive, plan, programme … (congdoan_document)."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_document_id(self._h()))
    kind = _settable(lambda self: DocumentKind(lib.congdoan_document_get_kind(self._h())),
                     "congdoan_document_set_kind", _as_enum(DocumentKind))
    number = _settable(lambda self: lib.congdoan_document_number(self._h()), "congdoan_document_set_number",
                       doc='The number as printed ("240/KH-TLĐ"), or None.')
    title = _settable(lambda self: lib.congdoan_document_title(self._h()), "congdoan_document_set_title")
    issuer = _settable(lambda self: self._wrap(Unit, lib.congdoan_document_issuer(self._h())),
                       "congdoan_document_set_issuer_id", _as_id)
    issuer_id = _settable(lambda self: lib.congdoan_document_issuer_id(self._h()),
                          "congdoan_document_set_issuer_id", _as_id)
    issuing_body = _settable(lambda self: self._wrap(Unit, lib.congdoan_document_issuing_body(self._h())),
                             "congdoan_document_set_issuing_body_id", _as_id)
    issuing_body_id = _settable(lambda self: lib.congdoan_document_issuing_body_id(self._h()),
                                "congdoan_document_set_issuing_body_id", _as_id)
    issued = _settable(lambda self: date_out(lib.congdoan_document_issued(self._h())),
                       "congdoan_document_set_issued", ymd_in,
                       doc="The date of issue (datetime.date), or None.")
    effective = _settable(lambda self: date_out(lib.congdoan_document_effective(self._h())),
                          "congdoan_document_set_effective", ymd_in)
    place = _settable(lambda self: lib.congdoan_document_place(self._h()), "congdoan_document_set_place")
    field = _settable(lambda self: lib.congdoan_document_field(self._h()), "congdoan_document_set_field")
    signer_name = property(lambda self: lib.congdoan_document_signer_name(self._h()))
    signer_position = property(lambda self: lib.congdoan_document_signer_position(self._h()))
    signer_capacity = property(lambda self: lib.congdoan_document_signer_capacity(self._h()))
    signer_source = _source_property("congdoan_document_signer_source", "congdoan_document_set_signer_source",
                                     "signature block")
    has_reporting = property(lambda self: lib.congdoan_document_has_reporting(self._h()))
    reporting_to = property(lambda self: self._wrap(Unit, lib.congdoan_document_reporting_to(self._h())))
    reporting_frequency = property(
        lambda self: PeriodKind(lib.congdoan_document_reporting_frequency(self._h())))
    # vocabulary 1.2
    issuer_text = _settable(lambda self: lib.congdoan_document_issuer_text(self._h()),
                            "congdoan_document_set_issuer_text",
                            doc="The issuer as printed (\"Đại hội Công đoàn quận 8\"), or None.")
    author = _settable(lambda self: lib.congdoan_document_author(self._h()), "congdoan_document_set_author")
    published = _settable(lambda self: date_out(lib.congdoan_document_published(self._h())),
                          "congdoan_document_set_published", ymd_in, doc="The publication date, or None.")
    reporting_via = property(lambda self: self._wrap(Unit, lib.congdoan_document_reporting_via(self._h())),
                             doc="The department reports go through (qua Văn phòng), when loaded.")
    reporting_via_id = _settable(lambda self: lib.congdoan_document_reporting_via_id(self._h()),
                                 "congdoan_document_set_reporting_via", _as_id)
    source = _source_property("congdoan_document_source", "congdoan_document_set_source", "document")

    @property
    def results(self):
        """(1.2) Every result of its sections, in document order; ``results["r1"]`` by id."""
        return _IdSeq(self._corpus, self, lib.congdoan_document_result_count,
                      lib.congdoan_document_result, _v12().Result, lib.congdoan_document_result_by_id)

    def add_titled_relation(self, type, title, date=None, text=None):
        """(1.2) Refer to a document by its title and date, without a number (editing)."""
        self._edit("congdoan_document_add_titled_relation", _as_enum(RelationType)(type), enc(title),
                   ymd_in(date), enc(text))

    def set_relation_title(self, i, title):
        """(1.2) Set or clear (None) the title of the i-th relation (editing)."""
        self._edit("congdoan_document_set_relation_title", int(i), enc(title))

    def set_reporter_indicators(self, i, indicators):
        """(1.2) The indicators (objects or ids) the i-th reporter reports; empty: all (editing)."""
        ids = [_as_id(x) for x in indicators]
        arr = (ctypes.c_char_p * len(ids))(*ids) if ids else None
        self._edit("congdoan_document_set_reporter_indicators", int(i), arr, len(ids))

    def set_reporter_coverage(self, i, coverage):
        """(1.2) The coverage at which the i-th reporter reports (None: not said) (editing)."""
        self._edit("congdoan_document_set_reporter_coverage", int(i),
                   0 if coverage is None else _as_enum(Coverage)(coverage))

    def task_timeliness(self, at, unit=None):
        """(1.2) How its tasks stand at `at` (theo dõi nhiệm vụ): TimelinessCounts(on_time, late,
        pending, overdue, none), for one unit (a Unit or id) or every assignment (None)."""
        return _v12().corpus_timeliness(self._corpus, self, self._corpus._resolve_unit(unit)
                                        if unit is not None else None, at)

    @property
    def relations(self):
        """Its relations to other documents (upward lineage), as Relation tuples."""
        h = self._h()
        return [Relation(RelationType(lib.congdoan_document_relation_type(h, i)),
                         self._wrap(Document, lib.congdoan_document_relation_target(h, i)),
                         lib.congdoan_document_relation_target_id(h, i),
                         lib.congdoan_document_relation_number(h, i),
                         date_out(lib.congdoan_document_relation_date(h, i)),
                         lib.congdoan_document_relation_text(h, i),
                         lib.congdoan_document_relation_title(h, i), self.id,
                         _source(lambda d, *outs: lib.congdoan_document_relation_source(d, i, *outs), h))
                for i in range(lib.congdoan_document_relation_count(h))]

    @property
    def incoming(self):
        """The relations of other loaded documents that point at this one (downward lineage:
        what implements, concretises … it), in load order, as Incoming(document, type)."""
        h = self._h()
        return [Incoming(self._wrap(Document, lib.congdoan_document_incoming(h, i)),
                         RelationType(lib.congdoan_document_incoming_type(h, i)))
                for i in range(lib.congdoan_document_incoming_count(h))]

    def lineage(self, up=True, down=True, depth=None, types=None):
        """The documents this one comes from (up) and leads to (down), recursively, as a
        Lineage tree (see congdoan.Lineage; to_dict() gives the CLI's JSON shape)."""
        from ._results import Lineage
        return Lineage._build(self, up, down, depth, types)

    @property
    def recipients(self):
        h = self._h()
        return [Recipient(lib.congdoan_document_recipient_text(h, i),
                          self._wrap(Unit, lib.congdoan_document_recipient_unit(h, i)),
                          lib.congdoan_document_recipient_unit_id(h, i),
                          _source(lambda d, *outs: lib.congdoan_document_recipient_source(d, i, *outs), h))
                for i in range(lib.congdoan_document_recipient_count(h))]

    @property
    def deadlines(self):
        """The report deadlines of its <reporting>, as Deadline(period, date)."""
        h = self._h()
        return [Deadline(lib.congdoan_document_deadline_period(h, i),
                         date_out(lib.congdoan_document_deadline_date(h, i)))
                for i in range(lib.congdoan_document_deadline_count(h))]

    def deadline(self, period):
        """The date the report for `period` is due by, or None."""
        return date_out(lib.congdoan_document_deadline(self._h(), enc(period, "period")))

    def expects(self, unit, indicator=None):
        """Whether `unit` (a Unit or an id) is to report `indicator` (an Indicator or an id;
        None: anything) of this document (congdoan_document_expects): the indicators its
        <reporter> lists, all when it lists none; a department or body stands for its
        organisation; with no reporter named, the organisations directly under the issuer."""
        if not isinstance(unit, Unit):
            unit = self.corpus.unit(unit)
        if indicator is not None and not isinstance(indicator, Indicator):
            indicator = self.indicators[indicator]
        return bool(lib.congdoan_document_expects(self._h(), unit._h(), indicator._h() if indicator else None))

    @property
    def reporters(self):
        """The units named as reporters (empty: every organisation under the issuer reports)."""
        h = self._h()
        return [Reporter(lib.congdoan_document_reporter_id(h, i),
                         self._wrap(Unit, lib.congdoan_document_reporter(h, i)),
                         tuple(lib.congdoan_document_reporter_indicator_id(h, i, k)
                               for k in range(lib.congdoan_document_reporter_indicator_count(h, i))),
                         Coverage(lib.congdoan_document_reporter_coverage(h, i))
                         if lib.congdoan_document_reporter_coverage(h, i) else None)
                for i in range(lib.congdoan_document_reporter_count(h))]

    @property
    def sections(self):
        """The top-level sections."""
        return _Seq(self._corpus, self, lib.congdoan_document_section_count,
                    lib.congdoan_document_section, Section)

    @property
    def tasks(self):
        """Every task in document order; ``tasks["ii-2"]`` by id."""
        return _IdSeq(self._corpus, self, lib.congdoan_document_task_count,
                      lib.congdoan_document_task, Task, lib.congdoan_document_task_by_id)

    @property
    def indicators(self):
        """Every indicator in document order; ``indicators["iii-4a"]`` by id."""
        return _IdSeq(self._corpus, self, lib.congdoan_document_indicator_count,
                      lib.congdoan_document_indicator, Indicator,
                      lib.congdoan_document_indicator_by_id)

    # -- editing (congdoan/edit.h) --

    def _edit(self, name, *args):
        _edit_fn(name)(self._corpus._h(), self._h(), *args)

    def set_signer(self, name, position=None, capacity=None):
        """Set the signer (None clears it)."""
        self._edit("congdoan_document_set_signer", enc(name), enc(position), enc(capacity))

    def add_relation(self, type, target=None, number=None, date=None, text=None):
        """Add a relation to another document (a Document or id, and/or its number)."""
        self._edit("congdoan_document_add_relation", _as_enum(RelationType)(type), _as_id(target),
                   enc(number), ymd_in(date), enc(text))

    def add_recipient(self, text, unit=None):
        self._edit("congdoan_document_add_recipient", enc(text), _as_id(unit))

    def set_relation_source(self, i, source):
        """(1.2) Set (a Source(file, line, column, words)) or remove (None) where the i-th
        relation was read (editing)."""
        _v12()._set_source("congdoan_document_set_relation_source", self, source, int(i))

    def set_recipient_source(self, i, source):
        """(1.2) Set or remove (None) where the i-th recipient was read (editing)."""
        _v12()._set_source("congdoan_document_set_recipient_source", self, source, int(i))

    def set_reporting(self, to=None, frequency=PeriodKind.NONE):
        """Say that the document asks for reports, to whom (None: the issuer) and how often."""
        self._edit("congdoan_document_set_reporting", _as_id(to), _as_enum(PeriodKind)(frequency))

    def add_deadline(self, period, date):
        self._edit("congdoan_document_add_deadline", enc(period, "period"), ymd_in(date))

    def add_reporter(self, unit):
        self._edit("congdoan_document_add_reporter", _as_id(unit))

    def add_section(self, id=None, number=None, title=None, parent=None):
        """Add a section at the end of the top level, or of `parent` (a Section). Returns it."""
        out = _ffi.SectionP()
        self._edit("congdoan_document_add_section", parent._h() if parent is not None else None,
                   enc(id), enc(number), enc(title), byref(out))
        return _added(Section, self._corpus, out)

    def overdue_tasks(self, at):
        """The tasks of this document overdue at `at`."""
        return self._corpus.overdue_tasks(at, self)

    def cascade(self):
        """Corpus.cascade(self)."""
        return self._corpus.cascade(self)

    def progress(self, unit, period, at=None):
        """Corpus.progress(self, unit, period, at)."""
        return self._corpus.progress(self, unit, period, at)

    def to_xml(self):
        """This document as XML bytes (congdoan_write_document, when the library has it)."""
        from ._writer import write_memory
        return write_memory(lambda out: lib.congdoan_write_document(self._h(), out))

    def to_dict(self):
        """A "document" row of the program's JSON (examples/FORMATS.md, format_version 1); its
        relations are Relation.to_dict() rows, its sections Section rows."""
        h = self._h()

        def sections(sec):
            return 1 + sum(sections(x) for x in sec.items if isinstance(x, Section))
        reporting = self.has_reporting
        to = self.reporting_to if reporting else None
        issuer = self.issuer
        return {"id": self.id, "number": self.number, "kind": self.kind.label if self.kind else None,
                "title": self.title, "issuer_id": self.issuer_id,
                "issuer_name": issuer.name if issuer is not None else None,
                "issuing_body_id": self.issuing_body_id, "issued": iso(self.issued),
                "effective": iso(self.effective), "place": self.place, "field": self.field,
                "signer_name": self.signer_name, "signer_position": self.signer_position,
                "signer_capacity": self.signer_capacity,
                "task_count": lib.congdoan_document_task_count(h),
                "indicator_count": lib.congdoan_document_indicator_count(h),
                "section_count": sum(sections(x) for x in self.sections),
                "relation_count": lib.congdoan_document_relation_count(h),
                "reporting_to_id": to.id if to is not None else None,
                "reporting_frequency": lib.congdoan_frequency_name(self.reporting_frequency) if reporting else None,
                "reporter_ids": [r.unit_id for r in self.reporters],
                "issuer_text": self.issuer_text,
                "issuer_kind": issuer.kind.label if issuer is not None else None,
                "issuer_group_kind": issuer.group_kind.label if issuer is not None and issuer.group_kind else None,
                "issuing_body_kind": (self.issuing_body.body_kind.label
                                      if self.issuing_body is not None and self.issuing_body.body_kind else None),
                "author": self.author, "published": iso(self.published),
                "result_count": lib.congdoan_document_result_count(h)}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Document (corpus closed)>"
        return "<congdoan.Document %s %s>" % (self.id, self.number or "")


class Section(_Borrowed):
    """A part, item or bullet of a document."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_section_id(self._h()))
    number = _settable(lambda self: lib.congdoan_section_number(self._h()), "congdoan_section_set_number",
                       doc='The label as printed ("II.", "3.1.", "-"), or None.')
    title = _settable(lambda self: lib.congdoan_section_title(self._h()), "congdoan_section_set_title")
    parent = property(lambda self: self._wrap(Section, lib.congdoan_section_parent(self._h())))
    document = property(lambda self: self._wrap(Document, lib.congdoan_section_document(self._h())))
    source = _source_property("congdoan_section_source", "congdoan_section_set_source", "section's heading")

    @property
    def items(self):
        """The items in document order: str (a paragraph), Section, Task, Indicator or (1.2) Result."""
        h = self._h()
        out = []
        for i in range(lib.congdoan_section_item_count(h)):
            k = lib.congdoan_section_item_kind(h, i)
            if k == ItemKind.PARAGRAPH:
                out.append(lib.congdoan_section_item_text(h, i))
            elif k == ItemKind.SECTION:
                out.append(self._wrap(Section, lib.congdoan_section_item_section(h, i)))
            elif k == ItemKind.TASK:
                out.append(self._wrap(Task, lib.congdoan_section_item_task(h, i)))
            elif k == ItemKind.INDICATOR:
                out.append(self._wrap(Indicator, lib.congdoan_section_item_indicator(h, i)))
            elif k == ItemKind.RESULT:
                out.append(self._wrap(_v12().Result, lib.congdoan_section_item_result(h, i)))
        return out

    def add_paragraph(self, text):
        """Add a paragraph at the end (editing)."""
        _edit_fn("congdoan_section_add_paragraph")(self._corpus._h(), self._h(), enc(text))

    def add_section(self, id=None, number=None, title=None):
        """Add a subsection at the end (editing). Returns it."""
        return self.document.add_section(id, number, title, parent=self)

    def add_task(self, id, text):
        """Add a task at the end (editing). Returns it."""
        out = _ffi.TaskP()
        _edit_fn("congdoan_section_add_task")(self._corpus._h(), self._h(), enc(id, "id"), enc(text),
                                              byref(out))
        return _added(Task, self._corpus, out)

    def add_indicator(self, id, measure, comparator, target, text):
        """Add an indicator at the end (editing). Returns it; a range still needs its target_max,
        a share of units its condition_grade."""
        out = _ffi.IndicatorP()
        _edit_fn("congdoan_section_add_indicator")(self._corpus._h(), self._h(), enc(id, "id"),
                                                   _as_enum(Measure)(measure),
                                                   _as_enum(Comparator)(comparator), float(target),
                                                   enc(text), byref(out))
        return _added(Indicator, self._corpus, out)

    def add_result(self, text, id=None):
        """(1.2) Add a result (a figure stated as achieved) at the end (editing). Returns it."""
        out = _ffi.ResultP()
        _edit_fn("congdoan_section_add_result")(self._corpus._h(), self._h(), enc(id, "id"), enc(text), byref(out))
        return _added(_v12().Result, self._corpus, out)

    @property
    def item_kinds(self):
        h = self._h()
        return [ItemKind(lib.congdoan_section_item_kind(h, i))
                for i in range(lib.congdoan_section_item_count(h))]

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Section (corpus closed)>"
        return "<congdoan.Section %s %r>" % (self.number or "", self.title)


Coordinator = collections.namedtuple("Coordinator", "unit unit_id text unit_class", defaults=(None,))
Coordinator.__doc__ = ("A coordinating entry: a unit, its id, words, and (1.2) a class of units "
                       "(a UnitClass, or None).")
Milestone = collections.namedtuple("Milestone", "due_code due_text text")
Milestone.__doc__ = "(1.2) A sub-deadline on part of a task's text: the due time as coded and as worded, the words."
LatestStatus = collections.namedtuple("LatestStatus", "status report")
LatestStatus.__doc__ = "A task's latest reported TaskStatus and the Report it comes from (or None)."


class Task(_Borrowed):
    """A task (nhiệm vụ) of a document."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_task_id(self._h()))
    text = _settable(lambda self: lib.congdoan_task_text(self._h()), "congdoan_task_set_text")
    document = property(lambda self: self._wrap(Document, lib.congdoan_task_document(self._h())))
    section = property(lambda self: self._wrap(Section, lib.congdoan_task_section(self._h())))
    lead = _settable(lambda self: self._wrap(Unit, lib.congdoan_task_lead(self._h())),
                     "congdoan_task_set_lead_id", _as_id, doc="The lead unit (chủ trì), or None.")
    lead_id = _settable(lambda self: lib.congdoan_task_lead_id(self._h()), "congdoan_task_set_lead_id",
                        _as_id)
    due_kind = property(lambda self: DueKind(lib.congdoan_task_due_kind(self._h())))
    due_code = property(lambda self: lib.congdoan_task_due_code(self._h()))
    due_text = property(lambda self: lib.congdoan_task_due_text(self._h()))
    due_period_kind = property(lambda self: PeriodKind(lib.congdoan_task_due_period_kind(self._h())))
    due_date = property(lambda self: date_out(lib.congdoan_task_due_date(self._h())),
                        doc="For a dated due time, its last day; else None.")
    due_recurrence_day = property(lambda self: lib.congdoan_task_due_recurrence_day(self._h()))
    @property
    def coordinators(self):
        """The coordinating entries (phối hợp), as Coordinator(unit, unit_id, text)."""
        h = self._h()
        v12 = _v12()
        return [Coordinator(self._wrap(Unit, lib.congdoan_task_coordinator(h, i)),
                            lib.congdoan_task_coordinator_id(h, i),
                            lib.congdoan_task_coordinator_text(h, i),
                            v12.unit_class(lib.congdoan_task_coordinator_level(h, i),
                                           lib.congdoan_task_coordinator_kinds(h, i),
                                           lib.congdoan_task_coordinator_sectors(h, i),
                                           lib.congdoan_task_coordinator_text(h, i)))
                for i in range(lib.congdoan_task_coordinator_count(h))]

    # vocabulary 1.2
    lead_text = _settable(lambda self: lib.congdoan_task_lead_text(self._h()), "congdoan_task_set_lead_text",
                          doc="The lead as printed (\"LĐLĐ các tỉnh, thành phố\"), or None.")

    @property
    def lead_class(self):
        """(1.2) The class of units that leads (a UnitClass), or None. Set it with set_lead_class()."""
        h = self._h()
        return _v12().unit_class(lib.congdoan_task_lead_level(h), lib.congdoan_task_lead_kinds(h),
                                 lib.congdoan_task_lead_sectors(h))

    def set_lead_class(self, level, kinds=(), sectors=()):
        """(1.2) Lead by a class of units: a Level (None or 0 clears it), OrgKinds, Sectors (editing)."""
        v12 = _v12()
        _edit_fn("congdoan_task_set_lead_class")(self._corpus._h(), self._h(), _as_enum(Level)(level or 0),
                                                 v12._as_bits(OrgKind, kinds), v12._as_bits(Sector, sectors))

    def add_coordinator_class(self, level, kinds=(), sectors=(), text=None):
        """(1.2) Add a class of units as a coordinator (editing)."""
        v12 = _v12()
        _edit_fn("congdoan_task_add_coordinator_class")(self._corpus._h(), self._h(), _as_enum(Level)(level),
                                                        v12._as_bits(OrgKind, kinds), v12._as_bits(Sector, sectors),
                                                        enc(text))

    def is_led_by(self, unit):
        """(1.2) Whether `unit` (a Unit or id) leads it, itself or as one of the leading class."""
        return lib.congdoan_task_is_led_by(self._h(), self._corpus._resolve_unit(unit)._h())

    @property
    def milestones(self):
        """(1.2) Its sub-deadlines, as Milestone(due_code, due_text, text)."""
        h = self._h()
        return [Milestone(lib.congdoan_task_milestone_due_code(h, i), lib.congdoan_task_milestone_due_text(h, i),
                          lib.congdoan_task_milestone_text(h, i))
                for i in range(lib.congdoan_task_milestone_count(h))]

    def milestone_due_at(self, i, at):
        """(1.2) The date the i-th milestone is due by at `at`, or None."""
        return date_out(lib.congdoan_task_milestone_due_at(self._h(), int(i), ymd_in(at, "at")))

    def add_milestone(self, due_code, text, due_text=None):
        """(1.2) Date part of the task's text: the words, the due time as coded and as worded (editing)."""
        _edit_fn("congdoan_task_add_milestone")(self._corpus._h(), self._h(), enc(due_code, "due_code"),
                                                enc(due_text), enc(text))

    def remove_milestone(self, i):
        _edit_fn("congdoan_task_remove_milestone")(self._corpus._h(), self._h(), int(i))

    def milestone_dicts(self, at=None):
        """(1.2) Its milestones as "milestone" rows of the program's JSON (examples/FORMATS.md):
        what `congdoan export --what milestones [--at AT]` writes for it; due_date is at `at` (a
        datetime.date) for a recurring one, else the last day of the due period."""
        return _v12().milestone_rows(self, at)

    def timeliness(self, at, unit=None):
        """(1.2) Where the task stands at `at` (theo dõi nhiệm vụ): Timeliness.ON_TIME, LATE,
        PENDING (not done, within the deadline), OVERDUE or NONE; for one unit's own statuses
        (a Unit or id) or the task as a whole (None)."""
        return _v12().task_timeliness(self, self._corpus._resolve_unit(unit) if unit is not None else None, at)

    source = _source_property("congdoan_task_source", "congdoan_task_set_source", "task")

    def set_due(self, code, text=None):
        """Set the due time as coded ("2025", "2025-Q2", "ongoing", "yearly:12-15", None) and
        as worded ("đến năm 2025") (editing)."""
        _edit_fn("congdoan_task_set_due")(self._corpus._h(), self._h(), enc(code), enc(text))

    def add_coordinator(self, unit=None, text=None):
        """Add a coordinating entry: a unit (or id), words, or both (editing)."""
        _edit_fn("congdoan_task_add_coordinator")(self._corpus._h(), self._h(), _as_id(unit), enc(text))

    def latest_status(self, at=None):
        """The latest reported status by date `at` (None: any), as LatestStatus(status, report)."""
        status = c_int()
        report = _ffi.ReportP()
        lib.congdoan_task_latest_status(self._h(), ymd_in(at, "at"), byref(status), byref(report))
        return LatestStatus(TaskStatus(status.value), self._wrap(Report, report))

    def due_at(self, at):
        """The date the task is due by at `at` (the next occurrence for a recurring one), or None."""
        return date_out(lib.congdoan_task_due_at(self._h(), ymd_in(at, "at")))

    def is_overdue(self, at):
        return lib.congdoan_task_is_overdue(self._h(), ymd_in(at, "at"))

    def due_before(self, at):
        """The last date the task was due by strictly before `at` (for a recurring task the
        occurrence before due_at(at)), or None (congdoan_task_due_before)."""
        return date_out(lib.congdoan_task_due_before(self._h(), ymd_in(at, "at")))

    @property
    def due_label(self):
        """The due time in words: "quý II/2025", "hằng năm, ngày 15/12", "thường xuyên"; None
        when there is none (congdoan_task_due_label)."""
        out = c_void_p()
        lib.congdoan_task_due_label(self._h(), byref(out))
        return _owned_str(out)

    def to_dict(self, at=None, roles=None):
        """A "task" row of the program's JSON (examples/FORMATS.md, format_version 1) at the
        reference date `at` (None: every report counts, no overdue, no next due date of a
        recurring task); `roles` (a Role, or None when not asked) the roles of the unit asked
        for, as `congdoan tasks --unit` gives them."""
        at_ymd = ymd_in(at, "at")
        doc = self.document
        lead = self.lead
        coordinators = self.coordinators
        overdue = bool(lib.congdoan_task_is_overdue(self._h(), at_ymd)) if at_ymd else None
        if at_ymd:
            due_date = self.due_at(at_ymd)
        else:
            due_date = date_out(lib.congdoan_task_due_date(self._h())) if self.due_kind == DueKind.PERIOD else None
        status, report = self.latest_status(at_ymd or None)
        sec = self.section
        lead_class = self.lead_class
        return {"id": self.id, "document_id": doc.id, "document_number": doc.number,
                "section_id": sec.id if sec is not None else None, "text": self.text,
                "lead_id": self.lead_id, "lead_name": lead.name if lead is not None else None,
                "coordinator_ids": [c.unit_id for c in coordinators if c.unit_id is not None],
                "coordinator_texts": [c.text for c in coordinators if c.text is not None],
                "due_kind": lib.congdoan_due_kind_name(self.due_kind), "due_code": self.due_code,
                "due_text": self.due_text, "due_date": iso(due_date),
                "due_missed": iso(self.due_before(at_ymd)) if overdue else None,
                "status": status.label if status else None,
                "status_report_id": report.id if report is not None else None,
                "status_period": report.period if report is not None else None,
                "overdue": overdue,
                "roles": None if roles is None else [label for bit, label in ((Role.LEAD, "lead"),
                                                                              (Role.COORDINATOR, "coordinator"))
                                                     if int(roles) & int(bit)],
                "lead_text": self.lead_text,
                "lead_level": lead_class.level.label if lead_class else None,
                "lead_kinds": [k.label for k in lead_class.kinds] if lead_class else [],
                "lead_sectors": [x.label for x in lead_class.sectors] if lead_class else [],
                "milestone_count": lib.congdoan_task_milestone_count(self._h()),
                "timeliness": self.timeliness(at_ymd).label if at_ymd else None,
                "coordinator_classes": ["+".join([c.unit_class.level.label] + [k.label for k in c.unit_class.kinds] +
                                                 [x.label for x in c.unit_class.sectors])
                                        for c in coordinators if c.unit_class is not None]}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Task (corpus closed)>"
        return "<congdoan.Task %s of %s>" % (self.id, self.document.id)


class Indicator(_Borrowed):
    """A quantitative indicator (chỉ tiêu) of a document."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_indicator_id(self._h()))
    text = _settable(lambda self: lib.congdoan_indicator_text(self._h()), "congdoan_indicator_set_text")
    document = property(lambda self: self._wrap(Document, lib.congdoan_indicator_document(self._h())))
    section = property(lambda self: self._wrap(Section, lib.congdoan_indicator_section(self._h())))
    measure = _settable(lambda self: Measure(lib.congdoan_indicator_measure(self._h())),
                        "congdoan_indicator_set_measure", _as_enum(Measure))
    comparator = _settable(lambda self: Comparator(lib.congdoan_indicator_comparator(self._h())),
                           "congdoan_indicator_set_comparator", _as_enum(Comparator))
    target = _settable(lambda self: lib.congdoan_indicator_target(self._h()), "congdoan_indicator_set_target",
                       float, doc="The target (the lower bound of a range).")
    period = _settable(lambda self: lib.congdoan_indicator_period(self._h()), "congdoan_indicator_set_period")
    owner = _settable(lambda self: self._wrap(Unit, lib.congdoan_indicator_owner(self._h())),
                      "congdoan_indicator_set_owner_id", _as_id)
    owner_id = _settable(lambda self: lib.congdoan_indicator_owner_id(self._h()),
                         "congdoan_indicator_set_owner_id", _as_id)
    scope_level = _settable(lambda self: Level(lib.congdoan_indicator_scope_level(self._h())),
                            "congdoan_indicator_set_scope_level", _as_enum(Level),
                            doc="The level measured over (Level.UNKNOWN: not limited).")
    condition_grade = _settable(lambda self: Grade(lib.congdoan_indicator_condition_grade(self._h())),
                                "congdoan_indicator_set_condition_grade", _as_enum(Grade))
    unit_of_measure = _settable(lambda self: lib.congdoan_indicator_unit_of_measure(self._h()),
                                "congdoan_indicator_set_unit_of_measure")
    refines = property(lambda self: self._wrap(Indicator, lib.congdoan_indicator_refines(self._h())),
                       doc="The higher indicator it refines, when loaded; else None.")
    refines_document_id = property(lambda self: lib.congdoan_indicator_refines_document_id(self._h()))
    refines_indicator_id = property(lambda self: lib.congdoan_indicator_refines_indicator_id(self._h()))

    # vocabulary 1.2
    direction = _settable(lambda self: Direction(lib.congdoan_indicator_direction(self._h())),
                          "congdoan_indicator_set_direction", _as_enum(Direction),
                          doc="Which way is better for a bare or approximate target (HIGHER by default).")
    currency = _settable(lambda self: lib.congdoan_indicator_currency(self._h()), "congdoan_indicator_set_currency",
                         doc="The currency of a money target (\"VND\" when not given); None for other measures.")
    period_text = _settable(lambda self: lib.congdoan_indicator_period_text(self._h()),
                            "congdoan_indicator_set_period_text", doc="The period as printed, or None.")
    by = _settable(lambda self: lib.congdoan_indicator_by(self._h()), "congdoan_indicator_set_by",
                   doc="The deadline as coded (\"đến hết năm 2023\": \"2023\"), distinct from the period; or None.")
    by_date = property(lambda self: date_out(lib.congdoan_indicator_by_date(self._h())),
                       doc="The last day of that deadline, or None.")
    subject = _settable(lambda self: lib.congdoan_indicator_subject(self._h()), "congdoan_indicator_set_subject")
    part_of = property(lambda self: self._wrap(Indicator, lib.congdoan_indicator_part_of(self._h())),
                       doc="The indicator of its group it is a part of, when loaded; else None.")
    part_of_id = _settable(lambda self: lib.congdoan_indicator_part_of_id(self._h()),
                           "congdoan_indicator_set_part_of_id", _as_id)
    source = _source_property("congdoan_indicator_source", "congdoan_indicator_set_source", "indicator")

    @property
    def score_max(self):
        """The top of the scale of a score target (\"97/100 điểm\": 100), or None."""
        out = c_double()
        return out.value if lib.congdoan_indicator_score_max(self._h(), byref(out)) else None

    @score_max.setter
    def score_max(self, value):
        _edit_fn("congdoan_indicator_set_score_max")(self._corpus._h(), self._h(), float(value))

    @property
    def populations(self):
        """(1.2) Scopes no unit level says, as Population(text, of, measure, comparator, value)."""
        return _populations(lib.congdoan_indicator_population_count, lib.congdoan_indicator_population, self._h())

    def add_population(self, text, of=None, measure=None, comparator=None, value=0.0):
        """(1.2) Add a population: its words, what it is of, and a threshold (what it counts, a
        comparator, a value) or none (measure None) (editing)."""
        _v12()._add_population(self, "congdoan_indicator_add_population", text, of, measure, comparator, value)

    def remove_population(self, i):
        _edit_fn("congdoan_indicator_remove_population")(self._corpus._h(), self._h(), int(i))

    def population_dicts(self):
        """(1.2) Its populations as "population" rows of the program's JSON (examples/FORMATS.md):
        what `congdoan export --what populations` writes for it."""
        return _v12().population_rows(self)

    @property
    def parts(self):
        """(1.2) The indicators of the same document that are parts of this one (its group)."""
        return [x for x in self.document.indicators if x.part_of_id == self.id]

    def ratio(self, value):
        """How far a figure is towards the target (1.0: just met), or None without a target."""
        out = c_double()
        return out.value if lib.congdoan_indicator_ratio(self._h(), float(value), byref(out)) else None

    @property
    def target_max(self):
        """The upper bound of a range target, or None."""
        out = c_double()
        return out.value if lib.congdoan_indicator_target_max(self._h(), byref(out)) else None

    @target_max.setter
    def target_max(self, value):
        _edit_fn("congdoan_indicator_set_target_max")(self._corpus._h(), self._h(), float(value))

    @property
    def baseline(self):
        """The baseline figure, or None. Settable (None removes it)."""
        out = c_double()
        return out.value if lib.congdoan_indicator_baseline(self._h(), byref(out)) else None

    @baseline.setter
    def baseline(self, value):
        if value is None:
            _edit_fn("congdoan_indicator_clear_baseline")(self._corpus._h(), self._h())
        else:
            _edit_fn("congdoan_indicator_set_baseline")(self._corpus._h(), self._h(), float(value))

    @property
    def scope_sectors(self):
        """The sectors measured over, as a frozenset of Sector (empty: not limited). Settable
        with any iterable of Sector (or labels)."""
        bits = lib.congdoan_indicator_scope_sectors(self._h())
        return frozenset(s for s in Sector if s and bits & (1 << s))

    @scope_sectors.setter
    def scope_sectors(self, sectors):
        bits = 0
        for s in sectors or ():
            bits |= 1 << _as_enum(Sector)(s)
        _edit_fn("congdoan_indicator_set_scope_sectors")(self._corpus._h(), self._h(), bits)

    def judge(self, actual):
        """Where the figure `actual` (in the indicator's own terms) stands against the target, by
        the library's one rule: EvalStatus.ACHIEVED, NOT_ACHIEVED or EXCEEDED (above the top of
        a range); NO_DATA when the indicator has no target or `actual` is not a number."""
        return EvalStatus(lib.congdoan_indicator_judge(self._h(), float(actual)))

    def set_range(self, target, target_max):
        """Make the target the range target … target_max (editing)."""
        _edit_fn("congdoan_indicator_set_range")(self._corpus._h(), self._h(), float(target),
                                                 float(target_max))

    def set_refines(self, higher):
        """Refine a higher indicator: an Indicator, "DOCUMENT-ID#INDICATOR-ID", or None to clear."""
        if higher is None:
            doc_id = ind_id = None
        elif isinstance(higher, Indicator):
            doc_id, ind_id = enc(higher.document.id), enc(higher.id)
        else:
            doc_id, _, ind_id = higher.partition("#")
            doc_id, ind_id = enc(doc_id), enc(ind_id)
        _edit_fn("congdoan_indicator_set_refines")(self._corpus._h(), self._h(), doc_id, ind_id)

    def to_dict(self):
        """An "indicator" row of the program's JSON (examples/FORMATS.md, format_version 1)."""
        doc = self.document
        sec = self.section
        return {"id": self.id, "document_id": doc.id, "document_number": doc.number,
                "section_id": sec.id if sec is not None else None, "text": self.text,
                "measure": self.measure.label if self.measure else None,
                "comparator": self.comparator.label if self.comparator else None,
                "target": self.target, "target_max": self.target_max, "baseline": self.baseline,
                "period": self.period, "unit_of_measure": self.unit_of_measure, "owner_id": self.owner_id,
                "scope_level": self.scope_level.label if self.scope_level else None,
                "scope_sectors": [x.label for x in sorted(self.scope_sectors)],
                "condition_grade": self.condition_grade.label if self.condition_grade else None,
                "refines_document_id": self.refines_document_id,
                "refines_indicator_id": self.refines_indicator_id,
                "direction": self.direction.label if self.direction else None,
                "currency": self.currency, "score_max": self.score_max, "period_text": self.period_text,
                "by": self.by, "subject": self.subject, "part_of_id": self.part_of_id,
                "populations": [p.text for p in self.populations if p.text is not None]}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Indicator (corpus closed)>"
        return "<congdoan.Indicator %s %s %s %g>" % (self.id, self.measure.label,
                                                     self.comparator.label, self.target)


class ReportValue:
    """One figure of a report: indicator_id, value, numerator, denominator (None when absent)
    and coverage. ``indicator`` resolves the id in the report's document."""

    __slots__ = ("_report", "_index", "indicator_id", "value", "numerator", "denominator",
                 "coverage")

    def __init__(self, report, index, indicator_id, value, numerator, denominator, coverage):
        self._report, self._index = report, index
        self.indicator_id, self.value = indicator_id, value
        self.numerator, self.denominator, self.coverage = numerator, denominator, coverage

    @property
    def indicator(self):
        p = lib.congdoan_report_value_indicator(self._report._h(), self._index)
        return Indicator(self._report._corpus, p) if p else None

    @property
    def fraction(self):
        """(numerator, denominator), or None."""
        return None if self.numerator is None else (self.numerator, self.denominator)

    def to_dict(self):
        return {"indicator_id": self.indicator_id, "value": self.value,
                "numerator": self.numerator, "denominator": self.denominator,
                "coverage": self.coverage.label}

    def __repr__(self):
        if self.numerator is not None:
            fig = "%g/%g" % (self.numerator, self.denominator)
        else:
            fig = "%g" % self.value if self.value is not None else "-"
        return "<congdoan.ReportValue %s %s %s>" % (self.indicator_id, fig, self.coverage.label)


ReportTaskStatus = collections.namedtuple("ReportTaskStatus", "task_id task status note unit_id completed",
                                          defaults=(None, None))
ReportTaskStatus.__doc__ = ("A reported task status: the task's id and Task, the TaskStatus (NONE: an empty "
                            "slot), the note, and (1.2) the unit whose status it is (None: the report's unit) "
                            "and the completion date of a done task (or None).")


class Report(_Borrowed):
    """A report of one unit, for one period, against one document."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_report_id(self._h()))
    unit = property(lambda self: self._wrap(Unit, lib.congdoan_report_unit(self._h())))
    unit_id = property(lambda self: lib.congdoan_report_unit_id(self._h()))
    document = property(lambda self: self._wrap(Document, lib.congdoan_report_document(self._h())))
    document_id = property(lambda self: lib.congdoan_report_document_id(self._h()))
    period = property(lambda self: lib.congdoan_report_period(self._h()))
    submitted = _settable(lambda self: date_out(lib.congdoan_report_submitted(self._h())),
                          "congdoan_report_set_submitted", ymd_in)
    note = _settable(lambda self: lib.congdoan_report_note(self._h()), "congdoan_report_set_note")

    def set_value(self, indicator, value, coverage=Coverage.SELF):
        """Set the plain figure for an indicator (an Indicator or id) and coverage (editing)."""
        _edit_fn("congdoan_report_set_value")(self._corpus._h(), self._h(), _as_id(indicator), float(value),
                                              _as_enum(Coverage)(coverage))

    def set_fraction(self, indicator, numerator, denominator, coverage=Coverage.SELF):
        """Set the numerator and denominator for an indicator and coverage (editing)."""
        _edit_fn("congdoan_report_set_fraction")(self._corpus._h(), self._h(), _as_id(indicator),
                                                 float(numerator), float(denominator),
                                                 _as_enum(Coverage)(coverage))

    def set_task_status(self, task, status, note=None):
        """Set the status reported for a task (a Task or id), with a note (editing)."""
        _edit_fn("congdoan_report_set_task_status")(self._corpus._h(), self._h(), _as_id(task),
                                                    _as_enum(TaskStatus)(status), enc(note))

    @property
    def values(self):
        """The figures, in file order, as ReportValue objects (one bulk call)."""
        cols = self.values_table()
        cov = {c.label: c for c in Coverage}
        return [ReportValue(self, i, ind, _nan_none(v), _nan_none(num), _nan_none(den), cov[c])
                for i, (ind, v, num, den, c) in enumerate(zip(
                    cols["indicator_id"], cols["value"], cols["numerator"], cols["denominator"],
                    cols["coverage"]))]

    def values_table(self):
        """The figures as columns (congdoan_report_values_fill): indicator_id, value, numerator,
        denominator (NaN when absent), flags, coverage."""
        h = self._h()
        n = lib.congdoan_report_value_count(h)
        cols = _value_columns(report=False)
        arrays = _value_arrays(n, report=False)
        got = lib.congdoan_report_values_fill(h, 0, n, as_strings(arrays["indicator_id"]),
                                              *[arrays[k] for k in _VALUE_NUMBERS])
        _extend_values(cols, arrays, got, Decoder())
        return cols

    def value_for(self, indicator_id):
        """The first ReportValue for an indicator id, or None."""
        for v in self.values:
            if v.indicator_id == indicator_id:
                return v
        return None

    @property
    def task_statuses(self):
        """The task statuses, as ReportTaskStatus(task_id, task, status, note)."""
        h = self._h()
        return [ReportTaskStatus(lib.congdoan_report_task_status_task_id(h, i),
                                 self._wrap(Task, lib.congdoan_report_task_status_task(h, i)),
                                 TaskStatus(lib.congdoan_report_task_status(h, i)),
                                 lib.congdoan_report_task_status_note(h, i),
                                 lib.congdoan_report_task_status_unit_id(h, i),
                                 date_out(lib.congdoan_report_task_status_completed(h, i)))
                for i in range(lib.congdoan_report_task_status_count(h))]

    # vocabulary 1.2
    is_skeleton = property(lambda self: bool(lib.congdoan_report_is_skeleton(self._h())),
                           doc="A form not filled in: no submission date, only empty slots (counted as missing).")

    def value_is_empty(self, i):
        """(1.2) Whether the i-th value is an empty slot, not filled yet."""
        return bool(lib.congdoan_report_value_is_empty(self._h(), int(i)))

    def add_empty_value(self, indicator, coverage=Coverage.SELF):
        """(1.2) Add an empty slot for an indicator (an Indicator or id) at a coverage (editing)."""
        _edit_fn("congdoan_report_add_empty_value")(self._corpus._h(), self._h(), _as_id(indicator),
                                                    _as_enum(Coverage)(coverage))

    def task_status_dicts(self, at=None):
        """(1.2) Its task statuses as "task_status" rows of the program's JSON (examples/FORMATS.md):
        what `congdoan export --what task-statuses [--at AT]` writes for it; timeliness is where
        each task stands for its unit at `at` (a datetime.date), None without one."""
        return _v12().task_status_rows(self, at)

    def set_unit_task_status(self, task, status, unit=None, completed=None, note=None):
        """(1.2) Set the status `unit` (None: the report's unit) reports for a task, with the
        completion date of a done task; TaskStatus.NONE makes an empty slot (editing)."""
        _edit_fn("congdoan_report_set_unit_task_status")(self._corpus._h(), self._h(), _as_id(task), _as_id(unit),
                                                         _as_enum(TaskStatus)(status), ymd_in(completed), enc(note))

    @property
    def results(self):
        """(1.2) The figures it states on their own (<result>), as Result views."""
        h = self._h()
        Result = _v12().Result
        return [Result(self._corpus, lib.congdoan_report_result(h, i)) for i in range(lib.congdoan_report_result_count(h))]

    def add_result(self, text, id=None):
        """(1.2) Add a result to the report (editing). Returns it."""
        out = _ffi.ResultP()
        _edit_fn("congdoan_report_add_result")(self._corpus._h(), self._h(), enc(id, "id"), enc(text), byref(out))
        return _added(_v12().Result, self._corpus, out)

    def to_xml(self):
        """This report as XML bytes (congdoan_write_report, when the library has it)."""
        from ._writer import write_memory
        return write_memory(lambda out: lib.congdoan_write_report(self._h(), out))

    def to_dict(self):
        return {"id": self.id, "unit_id": self.unit_id, "document_id": self.document_id,
                "period": self.period, "submitted": iso(self.submitted), "note": self.note,
                "values": [v.to_dict() for v in self.values],
                "task_statuses": [{"task_id": s.task_id, "status": s.status.label, "note": s.note}
                                  for s in self.task_statuses]}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Report (corpus closed)>"
        return "<congdoan.Report %s %s %s>" % (self.id, self.unit_id, self.period)


def _nan_none(x):
    return None if x != x else x
