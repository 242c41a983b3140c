"""Vocabulary 1.2 in the object layer: results (figures stated as achieved, with their printed
and computed rates), classes of units (a task's lead or coordinator), where tasks stand
(timeliness, theo dõi nhiệm vụ), and the editing of populations and provenance.

Result is a borrowed view like the classes of _model; the others are plain values read in one
go (Population, Source and Milestone, the values of _model, are shared). The 1.2 properties of
Document, Section, Task, Indicator, Unit and Report
are defined in _model beside the older ones and build these."""

import collections
from ctypes import byref, c_double, c_int, c_size_t

from ._ffi import lib
from ._model import _Borrowed, _as_enum, _as_id, _edit_fn, _populations, _settable, _source_property
from ._util import enc
from .enums import Comparator, Level, Measure, OrgKind, ResultNumber, Sector, Timeliness

__all__ = ["Result", "UnitClass", "TimelinessCounts", "RateMismatch"]


def _set_source(c_setter, obj, source, *which):
    """Set (a Source(file, line, column, words)) or remove (None) a provenance; `which` (the index
    of a relation or recipient) goes before it."""
    if source is None:
        file, line, column, words = None, 0, 0, None
    else:
        file, line, column, words = source
    _edit_fn(c_setter)(obj._corpus._h(), obj._h(), *which, enc(file), int(line or 0), int(column or 0), enc(words))


def _number(fn, h):
    """A number given by fn(h, &out) -> found (the _found convention), or None."""
    out = c_double()
    return out.value if fn(h, byref(out)) else None


def _bits(enum_cls, bits):
    """A bit set (1 << value) as a sorted list of enum members."""
    return [m for m in enum_cls if int(m) and bits & (1 << int(m))]


def _as_bits(enum_cls, members):
    bits = 0
    for m in members or ():
        bits |= 1 << _as_enum(enum_cls)(m)
    return bits


class RateMismatch:
    """The bits of congdoan_result_rate_mismatches(): which printed rates disagree."""
    STATED = 1
    OVER_TARGET = 2
    SHARE = 4


def _add_population(owner, c_adder, text, of=None, measure=None, comparator=None, value=0.0):
    _edit_fn(c_adder)(owner._corpus._h(), owner._h(), enc(text), enc(of), enc(measure),
                      0 if comparator is None else _as_enum(Comparator)(comparator), float(value))


class Result(_Borrowed):
    """A figure a text states as achieved (<result>, vocabulary 1.2), in a section of a document
    or in a report: "kết nạp mới được gần 4.450 đoàn viên", "13/13 …", "đạt 103,96%". It keeps
    the rates the text printed next to the one the library computes, and says which disagree."""

    __slots__ = ()

    id = property(lambda self: lib.congdoan_result_id(self._h()))
    text = _settable(lambda self: lib.congdoan_result_text(self._h()), "congdoan_result_set_text",
                     doc="The words of the result.")
    measure = _settable(lambda self: Measure(lib.congdoan_result_measure(self._h())),
                        "congdoan_result_set_measure", _as_enum(Measure))
    unit_of_measure = _settable(lambda self: lib.congdoan_result_unit_of_measure(self._h()),
                                "congdoan_result_set_unit_of_measure", doc="The counted noun, or None.")
    comparator = _settable(lambda self: Comparator(lib.congdoan_result_comparator(self._h())),
                           "congdoan_result_set_comparator", _as_enum(Comparator),
                           doc="How the text qualifies the figure (EXACTLY, ABOUT \"gần\", MORE_THAN …).")
    over_target_comparator = _settable(
        lambda self: Comparator(lib.congdoan_result_over_target_comparator(self._h())),
        "congdoan_result_set_over_target_comparator", _as_enum(Comparator))
    period = _settable(lambda self: lib.congdoan_result_period(self._h()), "congdoan_result_set_period",
                       doc="The period code (a period, a span or a term), or None.")
    period_text = _settable(lambda self: lib.congdoan_result_period_text(self._h()),
                            "congdoan_result_set_period_text", doc="The period as printed, or None.")
    estimate = _settable(lambda self: bool(lib.congdoan_result_is_estimate(self._h())),
                         "congdoan_result_set_estimate", int, doc="An estimate (dự ước).")
    cumulative = _settable(lambda self: bool(lib.congdoan_result_is_cumulative(self._h())),
                           "congdoan_result_set_cumulative", int, doc="A running total (nâng tổng số lên).")
    unit_id = _settable(lambda self: lib.congdoan_result_unit_id(self._h()), "congdoan_result_set_unit_id",
                        _as_id, doc="The unit the figure is about (written, the report's or the issuer's).")
    subject = _settable(lambda self: lib.congdoan_result_subject(self._h()), "congdoan_result_set_subject")
    part_of_id = _settable(lambda self: lib.congdoan_result_part_of_id(self._h()),
                           "congdoan_result_set_part_of_id", _as_id)
    currency = _settable(lambda self: lib.congdoan_result_currency(self._h()), "congdoan_result_set_currency")
    indicator_document_id = property(lambda self: lib.congdoan_result_indicator_document_id(self._h()))
    indicator_id = property(lambda self: lib.congdoan_result_indicator_id(self._h()))

    @property
    def document(self):
        from ._model import Document
        return self._wrap(Document, lib.congdoan_result_document(self._h()))

    @property
    def section(self):
        from ._model import Section
        return self._wrap(Section, lib.congdoan_result_section(self._h()))

    @property
    def report(self):
        from ._model import Report
        return self._wrap(Report, lib.congdoan_result_report(self._h()))

    @property
    def indicator(self):
        """The indicator it answers, when loaded; else None. Set it with set_indicator()."""
        from ._model import Indicator
        return self._wrap(Indicator, lib.congdoan_result_indicator(self._h()))

    @property
    def part_of(self):
        return self._wrap(Result, lib.congdoan_result_part_of(self._h()))

    def _num(self, fn):
        return _number(fn, self._h())

    value = property(lambda self: self._num(lib.congdoan_result_value),
                     lambda self, v: self.set_number(ResultNumber.VALUE, v),
                     doc="The figure, or None for an empty slot. Settable (None clears it).")
    of = property(lambda self: self._num(lib.congdoan_result_of), doc="The whole (\"13/13\": 13), or None.")
    share = property(lambda self: self._num(lib.congdoan_result_share), doc="The printed share %, or None.")
    stated_rate = property(lambda self: self._num(lib.congdoan_result_stated_rate),
                           doc="The printed achievement rate % (\"đạt 103,96%\"), or None.")
    over_target = property(lambda self: self._num(lib.congdoan_result_over_target),
                           doc="The printed excess % (\"vượt 31%\"), or None.")
    score_max = property(lambda self: self._num(lib.congdoan_result_score_max))
    computed_rate = property(lambda self: self._num(lib.congdoan_result_computed_rate),
                             doc="value / target x 100 of the indicator it answers, when loaded; else None.")

    @property
    def rate_mismatches(self):
        """The printed rates that disagree with the computed ones, as names ("stated-rate",
        "over-target", "share"): what congdoan validate warns about (rate-mismatch)."""
        bits = lib.congdoan_result_rate_mismatches(self._h())
        return [name for bit, name in ((RateMismatch.STATED, "stated-rate"), (RateMismatch.OVER_TARGET, "over-target"),
                                       (RateMismatch.SHARE, "share")) if bits & bit]

    @property
    def rates_agree(self):
        """True when every printed rate that can be checked agrees with the figures."""
        return lib.congdoan_result_rate_mismatches(self._h()) == 0

    def set_number(self, which, value):
        """Set (a float) or clear (None) one number: ResultNumber.VALUE, OF, SHARE, STATED_RATE,
        OVER_TARGET or SCORE_MAX (or its label)."""
        which = _as_enum(ResultNumber)(which)
        if value is None:
            _edit_fn("congdoan_result_clear_number")(self._corpus._h(), self._h(), which)
        else:
            _edit_fn("congdoan_result_set_number")(self._corpus._h(), self._h(), which, float(value))

    def set_indicator(self, document, indicator):
        """Link it to the indicator it answers (ids or objects; both None unlinks)."""
        _edit_fn("congdoan_result_set_indicator")(self._corpus._h(), self._h(), _as_id(document), _as_id(indicator))

    @property
    def populations(self):
        """Its scopes in words, as Population(text, of, measure, comparator, value)."""
        return _populations(lib.congdoan_result_population_count, lib.congdoan_result_population, self._h())

    def add_population(self, text, of=None, measure=None, comparator=None, value=0.0):
        """Add a population: its words, what it is of, and a threshold (what it counts, a
        comparator, a value) or none (measure None)."""
        _add_population(self, "congdoan_result_add_population", text, of, measure, comparator, value)

    def remove_population(self, i):
        _edit_fn("congdoan_result_remove_population")(self._corpus._h(), self._h(), int(i))

    def population_dicts(self):
        """Its populations as "population" rows of the program's JSON (examples/FORMATS.md)."""
        return population_rows(self)

    source = _source_property("congdoan_result_source", "congdoan_result_set_source", "result")

    def to_dict(self):
        """A "result" row of the program's JSON (examples/FORMATS.md, format_version 1): what
        `congdoan export --what results` writes. Its populations are their words (the typed
        thresholds: .populations)."""
        c = self.comparator
        doc, sec, rep = self.document, self.section, self.report
        return {"id": self.id, "text": self.text, "value": self.value, "measure": self.measure.label,
                "unit_of_measure": self.unit_of_measure, "comparator": c.label if c else None,
                "period": self.period, "period_text": self.period_text, "estimate": self.estimate,
                "cumulative": self.cumulative, "of": self.of, "share": self.share,
                "stated_rate": self.stated_rate, "computed_rate": self.computed_rate,
                "over_target": self.over_target, "rate_mismatches": self.rate_mismatches,
                "indicator_document_id": self.indicator_document_id, "indicator_id": self.indicator_id,
                "unit_id": self.unit_id,
                "populations": [p.text for p in self.populations if p.text is not None],
                "document_id": doc.id if doc is not None else None,
                "section_id": sec.id if sec is not None else None,
                "report_id": rep.id if rep is not None else None,
                "subject": self.subject, "part_of_id": self.part_of_id, "currency": self.currency,
                "score_max": self.score_max,
                "over_target_comparator": (self.over_target_comparator.label
                                           if self.over_target is not None and self.over_target_comparator else None)}

    def __repr__(self):
        if self._corpus.closed:
            return "<congdoan.Result (corpus closed)>"
        v = self.value
        return "<congdoan.Result %s %s>" % (self.id or "-", "%g" % v if v is not None else "(empty)")


class UnitClass(collections.namedtuple("UnitClass", "level kinds sectors text")):
    """A class of units as a task's lead or coordinator ("LĐLĐ các tỉnh, thành phố", "các công
    đoàn ngành Trung ương"): a level, organisation kinds and sectors (empty lists: any), and the
    words (None for a lead: see Task.lead_text)."""

    __slots__ = ()


class TimelinessCounts(collections.namedtuple("TimelinessCounts", "on_time late pending overdue none")):
    """How many tasks stand where at a reference date (congdoan_corpus_task_timeliness): done on
    time, done late, not done but still within the deadline, overdue, and not counted (cancelled
    or without a deadline)."""

    __slots__ = ()


def task_timeliness(task, unit, at):
    """Where one task stands at `at` for `unit` (None: as a whole): a Timeliness."""
    from ._util import ymd_in
    out = c_int()
    lib.congdoan_task_timeliness(task._h(), unit._h() if unit is not None else None, ymd_in(at, "at"), byref(out))
    return Timeliness(out.value)


def corpus_timeliness(corpus, document, unit, at):
    """The TimelinessCounts of one document (None: all) for one unit (None: every assignment)."""
    from ._util import ymd_in
    counts = (c_size_t * 5)()
    lib.congdoan_corpus_task_timeliness(corpus._h(), document._h() if document is not None else None,
                                        unit._h() if unit is not None else None, ymd_in(at, "at"), counts)
    by = {Timeliness(i): counts[i] for i in range(5)}
    return TimelinessCounts(by[Timeliness.ON_TIME], by[Timeliness.LATE], by[Timeliness.PENDING],
                            by[Timeliness.OVERDUE], by[Timeliness.NONE])


def unit_class(level, kinds, sectors, text=None):
    return UnitClass(Level(level), _bits(OrgKind, kinds), _bits(Sector, sectors), text) if level else None


__all__ += ["task_timeliness", "corpus_timeliness"]


# The rows of `congdoan export` for the 1.2 tables (examples/FORMATS.md: population, milestone,
# task_status), built from the views; the keys are the fields of those tables, in their order.

def population_rows(owner):
    """The "population" rows of an Indicator or a Result (owner)."""
    is_result = isinstance(owner, Result)
    doc = owner.document
    rep = owner.report if is_result else None
    return [{"owner": "result" if is_result else "indicator", "owner_id": owner.id,
             "document_id": doc.id if doc is not None else None, "report_id": rep.id if rep is not None else None,
             "text": p.text, "of": p.of, "measure": p.measure,
             "comparator": p.comparator.label if p.comparator else None, "value": p.value}
            for p in owner.populations]


def _milestone_due(task, i, code, at):
    """The date a milestone is due by: at `at` (a recurring one's next occurrence), else the last
    day of its coded period (None when the code is not a period)."""
    if at is not None:
        return task.milestone_due_at(i, at)
    from .errors import CongdoanError
    from .text import parse_period
    try:
        return parse_period(code).last if code else None
    except CongdoanError:
        return None


def milestone_rows(task, at=None):
    """The "milestone" rows of a Task, their due dates at `at` (a datetime.date) or without one."""
    from ._util import iso
    doc = task.document
    return [{"document_id": doc.id if doc is not None else None, "task_id": task.id, "index": i,
             "text": m.text, "due_code": m.due_code, "due_text": m.due_text,
             "due_date": iso(_milestone_due(task, i, m.due_code, at))}
            for i, m in enumerate(task.milestones)]


def task_status_rows(report, at=None):
    """The "task_status" rows of a Report; each one's timeliness is where its task stands for its
    unit at `at` (None without a reference date, an unknown task or an unknown unit)."""
    from ._util import iso
    rows = []
    for s in report.task_statuses:
        unit = report._corpus.unit(s.unit_id) if s.unit_id is not None else None
        timeliness = None
        if at is not None and s.task is not None and unit is not None:
            timeliness = task_timeliness(s.task, unit, at).label
        rows.append({"report_id": report.id, "document_id": report.document_id, "period": report.period,
                     "submitted": iso(report.submitted), "task_id": s.task_id, "unit_id": s.unit_id,
                     "status": s.status.label if s.status else None, "completed": iso(s.completed),
                     "note": s.note, "timeliness": timeliness})
    return rows
