"""Results of the progress engine, of cascade checks and of lineage walks, as plain Python
objects: the C result is read in a few bulk calls and freed before the Python object is
returned, so nothing here owns C memory. The Unit, Document and Indicator objects they refer
to keep their corpus alive; to_dict() gives JSON-ready dicts (labels for enums, ISO strings
for dates, ids for objects, None for missing figures)."""

import collections
from ctypes import byref, c_double, c_int, c_long, c_size_t

from . import _ffi
from ._ffi import lib
from ._util import column, date_out, enc, iso, tolist, ymd_in
from .enums import (Demand, EvalStatus, Measure, PopulationStatus, RelationType, Submission, TargetBasis,
                    ValueSource)

__all__ = ["Progress", "IndicatorProgress", "ChildProgress", "Finding", "Expected", "Cascade",
           "Allocation", "Lineage", "LineageNode", "Breakdown", "BreakdownCell"]


def _nan_none_list(xs):
    return [None if x != x else x for x in xs]


class IndicatorProgress(collections.namedtuple(
        "IndicatorProgress",
        "indicator status source actual numerator denominator ratio contributors unaggregated rate_only "
        "population population_excluded population_unchecked score_left_out")):
    """Where one indicator stands for the whole subtree: EvalStatus, ValueSource, the figure
    in the indicator's terms (None when there is none), the summed fraction (None for counts),
    the ratio towards the target (1.0: just met), how many units went in or were left out, and
    ``rate_only``: the Units left out for giving a percentage or average without its fraction
    (congdoan_progress_rate_only_unit), in load order; (1.2) what the target's populations did
    (PopulationStatus: APPLIED, only units inside them counted; NOT_APPLIED, the data cannot say
    who is inside, every unit counted), with the units left out as outside and those kept
    without knowing; ``score_left_out``: for a score the unit has not given, the Units whose
    scores were not added up for it (congdoan_progress_score_left_out_unit)."""

    __slots__ = ()

    @property
    def achieved(self):
        return self.status == EvalStatus.ACHIEVED

    def to_dict(self):
        """An "evaluation" row of the program's JSON (examples/FORMATS.md, format_version 1)."""
        x = self.indicator
        return {"indicator_id": x.id, "text": x.text, "measure": x.measure.label if x.measure else None,
                "comparator": x.comparator.label if x.comparator else None, "target": x.target,
                "target_max": x.target_max, "unit_of_measure": x.unit_of_measure, "status": self.status.label,
                "actual": self.actual, "numerator": self.numerator, "denominator": self.denominator,
                "ratio": self.ratio, "source": self.source.label if self.source else None,
                "contributors": self.contributors, "unaggregated": self.unaggregated,
                "rate_only_unit_ids": [u.id for u in self.rate_only],
                "rate_only_unit_names": [u.name for u in self.rate_only],
                "score_left_out_unit_ids": [u.id for u in self.score_left_out],
                "score_left_out_unit_names": [u.name for u in self.score_left_out],
                "population": self.population.label, "population_excluded": self.population_excluded,
                "population_unchecked": self.population_unchecked}


class ChildProgress(collections.namedtuple("ChildProgress", "unit statuses actuals expected")):
    """The figures for one direct child's subtree: per indicator (in document order) an
    EvalStatus, a figure (None when none) and whether the document asks the child or a unit
    under it to report that indicator (a child without data for an indicator it is not asked
    for is not lacking it)."""

    __slots__ = ()

    def to_dict(self, indicators):
        """The "child_evaluation" rows of this child, one per indicator (examples/FORMATS.md)."""
        return self._rows([x.id for x in indicators])

    def _rows(self, indicator_ids):
        # the unit's id and name read once, not once per indicator (each is a call into C)
        unit_id, unit_name = self.unit.id, self.unit.name
        return [{"indicator_id": x, "unit_id": unit_id, "unit_name": unit_name,
                 "status": s.label, "actual": a, "expected": e}
                for x, s, a, e in zip(indicator_ids, self.statuses, self.actuals, self.expected)]


class Finding(collections.namedtuple("Finding", "unit indicator reported computed")):
    """A unit whose reported subtree total differs from the sum under it (the total is used)."""

    __slots__ = ()

    def to_dict(self):
        """A "finding" row of the program's JSON (examples/FORMATS.md)."""
        return self._row(self.indicator.id, self.unit.id, self.unit.name)

    def _row(self, indicator_id, unit_id, unit_name):
        return {"unit_id": unit_id, "unit_name": unit_name, "indicator_id": indicator_id,
                "reported": self.reported, "computed": self.computed,
                "difference": self.reported - self.computed}


class Expected(collections.namedtuple("Expected", "unit submission submitted lacking")):
    """A unit expected to report: its Submission, the date it submitted (or None) and how many
    of the indicators it is to report its report leaves without a value (all when missing)."""

    __slots__ = ()

    def to_dict(self, deadline=None):
        """An "expected_report" row of the program's JSON (examples/FORMATS.md); `deadline` is
        the period's (Progress.deadline)."""
        late = (self.submitted - deadline).days if (self.submission == Submission.LATE and self.submitted
                                                    and deadline) else None
        return {"unit_id": self.unit.id, "unit_name": self.unit.name, "submission": self.submission.label,
                "submitted": iso(self.submitted), "deadline": iso(deadline), "days_late": late,
                "lacking": self.lacking}


class Progress:
    """Where a document's indicators stand over a unit's subtree for a period
    (congdoan_progress_compute): ``indicators`` (IndicatorProgress, in document order; also
    ``progress["iii-4a"]``), ``children`` (ChildProgress per direct child), ``findings``,
    ``expected`` (completeness and timeliness of reporting) and ``deadline``."""

    def __init__(self, document, unit, period, at, deadline, indicators, children, findings,
                 expected):
        self.document, self.unit, self.period, self.at = document, unit, period, at
        self.deadline = deadline
        self.indicators, self.children = indicators, children
        self.findings, self.expected = findings, expected

    @classmethod
    def _compute(cls, corpus, document, unit, period, at):
        at_ymd = ymd_in(at, "at")
        p = _ffi.ProgressP()
        lib.congdoan_progress_compute(corpus._h(), document._h(), unit._h(), enc(period, "period"),
                                      at_ymd, byref(p))
        try:
            return cls._read(corpus, document, unit, p, date_out(at_ymd))
        finally:
            lib.congdoan_progress_free(p)

    @classmethod
    def _read(cls, corpus, document, unit, p, at):
        from ._model import Indicator, Unit
        n = lib.congdoan_progress_indicator_count(p)
        inds = [Indicator(corpus, lib.congdoan_progress_indicator(p, i)) for i in range(n)]
        status, source = column(c_int, n), column(c_int, n)
        actual, num, den, ratio = (column(c_double, n), column(c_double, n), column(c_double, n),
                                   column(c_double, n))
        contrib, unagg = column(c_size_t, n), column(c_size_t, n)
        lib.congdoan_progress_indicators_fill(p, 0, n, status, source, actual, num, den, ratio,
                                              contrib, unagg)
        statuses = [EvalStatus(s) for s in tolist(status, n)]
        rate_only = [[Unit(corpus, lib.congdoan_progress_rate_only_unit(p, i, k))
                      for k in range(lib.congdoan_progress_rate_only_count(p, i))] for i in range(n)]
        indicators = list(map(IndicatorProgress, inds, statuses,
                              [ValueSource(s) for s in tolist(source, n)],
                              _nan_none_list(tolist(actual, n)), _nan_none_list(tolist(num, n)),
                              _nan_none_list(tolist(den, n)), _nan_none_list(tolist(ratio, n)),
                              tolist(contrib, n), tolist(unagg, n), rate_only,
                              [PopulationStatus(lib.congdoan_progress_population(p, i)) for i in range(n)],
                              [lib.congdoan_progress_population_excluded(p, i) for i in range(n)],
                              [lib.congdoan_progress_population_unchecked(p, i) for i in range(n)],
                              [[Unit(corpus, lib.congdoan_progress_score_left_out_unit(p, i, k))
                                for k in range(lib.congdoan_progress_score_left_out_count(p, i))]
                               for i in range(n)]))

        units = {}

        def unit_at(i):
            u = units.get(i)
            if u is None:
                u = units[i] = corpus._unit_at(i)
            return u

        nc = lib.congdoan_progress_child_count(p)
        cu, cs, ca = column(c_long, nc), column(c_int, nc * n), column(c_double, nc * n)
        lib.congdoan_progress_children_fill(p, 0, nc, cu, cs, ca)
        all_status = [EvalStatus(s) for s in tolist(cs, nc * n)]
        all_actual = _nan_none_list(tolist(ca, nc * n))
        children = [ChildProgress(unit_at(u), all_status[c * n:(c + 1) * n],
                                  all_actual[c * n:(c + 1) * n],
                                  [bool(lib.congdoan_progress_child_expected(p, c, i)) for i in range(n)])
                    for c, u in enumerate(tolist(cu, nc))]

        nf = lib.congdoan_progress_finding_count(p)
        fu, fi, fr, fc = column(c_long, nf), column(c_size_t, nf), column(c_double, nf), column(c_double, nf)
        lib.congdoan_progress_findings_fill(p, 0, nf, fu, fi, fr, fc)
        findings = [Finding(unit_at(u), inds[i] if i < n else None, r, c)
                    for u, i, r, c in zip(tolist(fu, nf), tolist(fi, nf), tolist(fr, nf), tolist(fc, nf))]

        ne = lib.congdoan_progress_expected_count(p)
        eu, es, ed = column(c_long, ne), column(c_int, ne), column(c_int, ne)
        lib.congdoan_progress_expected_fill(p, 0, ne, eu, es, ed)
        expected = [Expected(unit_at(u), Submission(s), date_out(d), lib.congdoan_progress_expected_lacking(p, k))
                    for k, (u, s, d) in enumerate(zip(tolist(eu, ne), tolist(es, ne), tolist(ed, ne)))]

        return cls(document, unit, lib.congdoan_progress_period(p), at,
                   date_out(lib.congdoan_progress_deadline(p)), indicators, children, findings,
                   expected)

    def __getitem__(self, key):
        """The IndicatorProgress of an indicator: by id, by Indicator, or by position."""
        if isinstance(key, int):
            return self.indicators[key]
        for ip in self.indicators:
            if ip.indicator.id == key or ip.indicator == key:
                return ip
        raise KeyError(key)

    def __iter__(self):
        return iter(self.indicators)

    def __len__(self):
        return len(self.indicators)

    def child(self, unit):
        """The ChildProgress of a direct child (a Unit or an id)."""
        for c in self.children:
            if c.unit == unit or c.unit.id == unit:
                return c
        raise KeyError(unit)

    def summary(self):
        """{status label: number of indicators}, and the submissions likewise."""
        counts = collections.Counter(ip.status.label for ip in self.indicators)
        subs = collections.Counter(e.submission.label for e in self.expected)
        return {"indicators": dict(counts), "submissions": dict(subs)}

    def to_dict(self):
        """The program's JSON of `congdoan progress --by-child` without its first two members
        (examples/FORMATS.md): the query, a summary, and the "evaluations", "children" (indicator
        by indicator, child by child), "findings" and "completeness" rows."""
        inds = [ip.indicator for ip in self.indicators]
        statuses = collections.Counter(ip.status for ip in self.indicators)
        submissions = collections.Counter(e.submission for e in self.expected)
        summary = {"indicators": len(self.indicators)}
        for status in EvalStatus:
            summary[status.label.replace("-", "_")] = statuses[status]
        summary["expected_reports"] = len(self.expected)
        for submission in Submission:
            summary[submission.label.replace("-", "_")] = submissions[submission]
        summary["findings"] = len(self.findings)
        # each indicator's id read once (a call into C), not once per child and finding
        ids = [x.id for x in inds]
        id_of = {id(x): i for x, i in zip(inds, ids)}
        rows = [c._rows(ids) for c in self.children]
        # and each finding's unit's id and name once per unit (a national roll-up has 10,277
        # findings over 700 units: two calls into C a finding were 0.05 s)
        named = {}

        def finding_row(f):
            unit = named.get(id(f.unit))
            if unit is None:
                unit = named[id(f.unit)] = (f.unit.id, f.unit.name)
            indicator = id_of[id(f.indicator)] if id(f.indicator) in id_of else f.indicator.id
            return f._row(indicator, *unit)

        return {"query": {"document_id": self.document.id, "document_number": self.document.number,
                          "unit_id": self.unit.id, "period": self.period, "at": iso(self.at),
                          "deadline": iso(self.deadline)},
                "summary": summary,
                "evaluations": [ip.to_dict() for ip in self.indicators],
                "children": [rows[c][i] for i in range(len(inds)) for c in range(len(rows))],
                "findings": [finding_row(f) for f in self.findings],
                "completeness": [e.to_dict(self.deadline) for e in self.expected]}

    def to_rows(self):
        """One dict per indicator (the "evaluations" of to_dict()): pandas.DataFrame(rows)."""
        return [ip.to_dict() for ip in self.indicators]

    def __repr__(self):
        s = self.summary()["indicators"]
        return "<congdoan.Progress %s for %s, %s: %s>" % (
            self.document.id, self.unit.id, self.period,
            ", ".join("%d %s" % (v, k) for k, v in sorted(s.items())))


class BreakdownCell(collections.namedtuple(
        "BreakdownCell", "indicator status basis target actual numerator denominator ratio")):
    """One child × one indicator of a Breakdown: EvalStatus judged against `target` (the
    Indicator whose target judges it: the document's own, the child's allocation, or None when
    the cell is not judged: TargetBasis says which), the figure (None when none), the summed
    fraction (None for counts) and the ratio towards the target (None when not judged)."""

    __slots__ = ()

    def to_dict(self):
        return {"indicator_id": self.indicator.id, "status": self.status.label,
                "basis": self.basis.label,
                "target_indicator": ("%s#%s" % (self.target.document.id, self.target.id)
                                     if self.target is not None else None),
                "target": self.target.target if self.target is not None else None,
                "actual": self.actual, "numerator": self.numerator,
                "denominator": self.denominator, "ratio": self.ratio}


class Breakdown:
    """Each organisation directly under a unit × each indicator of a document, judged the way
    a report judges it (congdoan_breakdown_compute): rates against the document's targets,
    counts against the child's own allocation (or not at all). ``children`` (Units, in
    hierarchy order), ``indicators``, ``cells[c][i]`` (BreakdownCell), ``weakest`` (the
    children from the weakest to the strongest) and ``counts[c]`` ({EvalStatus: cells})."""

    def __init__(self, progress, children, indicators, cells, weakest, counts):
        self.progress, self.children, self.indicators = progress, children, indicators
        self.cells, self.weakest, self.counts = cells, weakest, counts

    @classmethod
    def _compute(cls, corpus, document, unit, period, at):
        from ._model import Indicator
        at_ymd = ymd_in(at, "at")
        p, b = _ffi.ProgressP(), _ffi.BreakdownP()
        lib.congdoan_progress_compute(corpus._h(), document._h(), unit._h(), enc(period, "period"),
                                      at_ymd, byref(p))
        try:
            progress = Progress._read(corpus, document, unit, p, date_out(at_ymd))
            lib.congdoan_breakdown_compute(p, byref(b))
        finally:
            lib.congdoan_progress_free(p)
        try:
            nc, n = lib.congdoan_breakdown_child_count(b), lib.congdoan_breakdown_indicator_count(b)
            inds = [ip.indicator for ip in progress.indicators]
            children = [c.unit for c in progress.children]
            k = nc * n
            st, ba = column(c_int, k), column(c_int, k)
            ac, nu, de, ra = column(c_double, k), column(c_double, k), column(c_double, k), column(c_double, k)
            lib.congdoan_breakdown_fill(b, 0, nc, st, ba, ac, nu, de, ra)
            st, ba = tolist(st, k), tolist(ba, k)
            ac, nu = _nan_none_list(tolist(ac, k)), _nan_none_list(tolist(nu, k))
            de, ra = _nan_none_list(tolist(de, k)), _nan_none_list(tolist(ra, k))

            def target(c, i):
                t = lib.congdoan_breakdown_target(b, c, i)
                if not t:
                    return None
                return inds[i] if TargetBasis(ba[c * n + i]) == TargetBasis.DOCUMENT else Indicator(corpus, t)
            cells = [[BreakdownCell(inds[i], EvalStatus(st[c * n + i]), TargetBasis(ba[c * n + i]),
                                    target(c, i), ac[c * n + i], nu[c * n + i], de[c * n + i],
                                    ra[c * n + i])
                      for i in range(n)] for c in range(nc)]
            weakest = [children[lib.congdoan_breakdown_rank(b, r)] for r in range(nc)]
            counts = [{s: lib.congdoan_breakdown_status_count(b, c, s) for s in EvalStatus}
                      for c in range(nc)]
        finally:
            lib.congdoan_breakdown_free(b)
        return cls(progress, children, inds, cells, weakest, counts)

    def row(self, child):
        """The cells of a child (a Unit or an id), in indicator order."""
        for c, u in enumerate(self.children):
            if u == child or u.id == child:
                return self.cells[c]
        raise KeyError(child)

    def cell(self, child, indicator):
        """The BreakdownCell of a child (Unit or id) and an indicator (Indicator or id)."""
        for i, x in enumerate(self.indicators):
            if x == indicator or x.id == indicator:
                return self.row(child)[i]
        raise KeyError(indicator)

    def to_dict(self):
        return {"document_id": self.progress.document.id, "unit_id": self.progress.unit.id,
                "period": self.progress.period,
                "children": [{"unit_id": u.id, "cells": [x.to_dict() for x in row]}
                             for u, row in zip(self.children, self.cells)],
                "weakest": [u.id for u in self.weakest]}

    def __repr__(self):
        return "<congdoan.Breakdown %s for %s, %s: %d children × %d indicators>" % (
            self.progress.document.id, self.progress.unit.id, self.progress.period,
            len(self.children), len(self.indicators))


def _trend(corpus, document, unit, period, at, max_periods):
    """The Progress of each period of congdoan_trend_compute(), oldest first."""
    at_ymd = ymd_in(at, "at")
    t = _ffi.TrendP()
    lib.congdoan_trend_compute(corpus._h(), document._h(), unit._h(), enc(period, "period"), at_ymd,
                               int(max_periods), byref(t))
    try:
        return [Progress._read(corpus, document, unit, lib.congdoan_trend_progress(t, k),
                               date_out(at_ymd))
                for k in range(lib.congdoan_trend_period_count(t))]
    finally:
        lib.congdoan_trend_free(t)


Allocation = collections.namedtuple("Allocation", "indicator allocated allocating")
Allocation.__doc__ = ("For a count indicator of the higher document: the sum of the targets "
                      "allocated to lower documents and how many lower documents allocate it.")


class Cascade:
    """How lower documents concretise a higher one (congdoan_cascade_compute).

    ``lower`` (Documents), ``indicators`` (the higher document's), ``refinements[l][i]`` (the
    lower indicator refining indicator i in lower document l, or None), ``demands[l][i]``
    (Demand), ``missed[l]`` (how many higher indicators document l misses), ``allocations``
    ({indicator id: Allocation} for the count indicators someone allocates) and ``missing``
    (Units expected to concretise that issued nothing)."""

    def __init__(self, higher, lower, indicators, refinements, demands, missed, allocations,
                 missing):
        self.higher, self.lower, self.indicators = higher, lower, indicators
        self.refinements, self.demands, self.missed = refinements, demands, missed
        self.allocations, self.missing = allocations, missing

    @classmethod
    def _compute(cls, corpus, higher):
        from ._model import Document, Indicator, Unit
        c = _ffi.CascadeP()
        lib.congdoan_cascade_compute(corpus._h(), higher._h(), byref(c))
        try:
            nl = lib.congdoan_cascade_lower_count(c)
            ni = lib.congdoan_cascade_indicator_count(c)
            lower = [Document(corpus, lib.congdoan_cascade_lower(c, l)) for l in range(nl)]
            inds = [Indicator(corpus, lib.congdoan_cascade_indicator(c, i)) for i in range(ni)]

            def ref(l, i):
                p = lib.congdoan_cascade_refinement(c, l, i)
                return Indicator(corpus, p) if p else None
            refinements = [[ref(l, i) for i in range(ni)] for l in range(nl)]
            demands = [[Demand(lib.congdoan_cascade_demand(c, l, i)) for i in range(ni)]
                       for l in range(nl)]
            missed = [lib.congdoan_cascade_missed_count(c, l) for l in range(nl)]
            allocations = {}
            allocated, allocating = c_double(), c_size_t()
            for i, x in enumerate(inds):
                if lib.congdoan_cascade_allocation(c, i, byref(allocated), byref(allocating)):
                    allocations[x.id] = Allocation(x, allocated.value, allocating.value)
            missing = [Unit(corpus, lib.congdoan_cascade_missing(c, k))
                       for k in range(lib.congdoan_cascade_missing_count(c))]
        finally:
            lib.congdoan_cascade_free(c)
        return cls(higher, lower, inds, refinements, demands, missed, allocations, missing)

    def refinement(self, lower, indicator):
        """The refinement of a higher indicator (object or id) by a lower document (object or id)."""
        return self.refinements[self._row(lower)][self._col(indicator)]

    def demand(self, lower, indicator):
        return self.demands[self._row(lower)][self._col(indicator)]

    def _row(self, lower):
        for l, d in enumerate(self.lower):
            if d == lower or d.id == lower:
                return l
        raise KeyError(lower)

    def _col(self, indicator):
        for i, x in enumerate(self.indicators):
            if x == indicator or x.id == indicator:
                return i
        raise KeyError(indicator)

    def to_dict(self):
        """The program's JSON of `congdoan cascade` without its first two members
        (examples/FORMATS.md): the higher document, the "matrix" (one row per lower document and
        higher indicator), the lower "documents", the "allocations" of the count indicators and
        the "missing" units."""
        matrix, documents = [], []
        for l, d in enumerate(self.lower):
            weaker = 0
            for i, x in enumerate(self.indicators):
                r = self.refinements[l][i]
                weaker += r is not None and self.demands[l][i] == Demand.WEAKER
                matrix.append({"lower_id": d.id, "lower_number": d.number, "indicator_id": x.id,
                               "refinement_id": r.id if r is not None else None,
                               "comparator": r.comparator.label if r is not None else None,
                               "target": r.target if r is not None else None,
                               "demand": self.demands[l][i].label if r is not None else "missed"})
            issuer = d.issuer
            documents.append({"document_id": d.id, "number": d.number, "issuer_id": d.issuer_id,
                              "issuer_name": issuer.name if issuer is not None else None,
                              "issued": iso(d.issued), "refines": len(self.indicators) - self.missed[l],
                              "misses": self.missed[l], "weaker": weaker})
        allocations = []
        for x in self.indicators:
            if x.measure != Measure.COUNT:
                continue
            a = self.allocations.get(x.id)
            short = None
            if a is not None:  # judged by the library's rule, as the program does
                short = (x.target - a.allocated
                         if x.judge(a.allocated) == EvalStatus.NOT_ACHIEVED and a.allocated < x.target else 0)
            allocations.append({"indicator_id": x.id, "comparator": x.comparator.label, "target": x.target,
                                "allocated": a.allocated if a is not None else None,
                                "allocating": a.allocating if a is not None else 0,
                                "difference": a.allocated - x.target if a is not None else None,
                                "shortfall": short})
        return {"higher": {"document_id": self.higher.id, "number": self.higher.number,
                           "title": self.higher.title},
                "matrix": matrix, "documents": documents, "allocations": allocations,
                "missing": [{"unit_id": u.id, "unit_name": u.name} for u in self.missing]}

    def __repr__(self):
        return "<congdoan.Cascade %s: %d lower documents, %d missing>" % (
            self.higher.id, len(self.lower), len(self.missing))


class LineageNode:
    """One step of a lineage walk: the relation ``type`` followed, the ``document`` reached
    (None when it is not loaded: then ``number``, ``date`` and ``text`` are what the relation
    says), whether it was ``repeated`` (already shown) or closes a ``cycle``, and its own
    ``children`` in the same direction."""

    __slots__ = ("type", "document", "number", "date", "text", "repeated", "cycle", "children")

    def __init__(self, type, document, number=None, date=None, text=None):
        self.type, self.document, self.number, self.date, self.text = type, document, number, date, text
        self.repeated = self.cycle = False
        self.children = []

    def rows(self, direction, depth, from_id):
        """This node and those under it as "lineage_relation" rows (examples/FORMATS.md)."""
        d = self.document
        number = self.number if self.number is not None or d is None else d.number
        date = self.date if self.date is not None or d is None else d.issued
        title = d.title if d is not None and d.title is not None else self.text
        note = ("not-loaded" if d is None else "cycle" if self.cycle else "repeated" if self.repeated else None)
        out = [{"direction": direction, "depth": depth, "from_id": from_id, "type": self.type.label,
                "document_id": d.id if d is not None else None, "number": number, "date": iso(date),
                "title": title, "note": note}]
        for c in self.children:
            out.extend(c.rows(direction, depth + 1, d.id))
        return out

    def __repr__(self):
        what = self.document.id if self.document is not None else self.number
        return "<congdoan.LineageNode %s %s>" % (self.type.label, what)


class Lineage:
    """Where a document comes from (``up``: what it implements, concretises …, recursively)
    and where it leads (``down``: what implements, concretises … it), as trees of LineageNode,
    with the rules of ``congdoan lineage``: a document met again is marked ``repeated`` and not
    followed again, a cycle is marked and not followed, documents not in the data end a branch."""

    def __init__(self, document, up, down, asked=(True, True)):
        self.document, self.up, self.down = document, up, down
        self.asked = asked  # whether up and down were asked for

    @classmethod
    def _build(cls, document, up, down, depth, types):
        if types is not None:
            types = {t if isinstance(t, RelationType) else RelationType.from_label(t) for t in types}

        def walk(doc, direction, level, path, seen):
            if depth is not None and level >= depth:
                return []
            nodes = []
            if direction == "up":
                steps = [(r.type, r.target, r.number, r.date, r.text) for r in doc.relations]
            else:
                steps = [(i.type, i.document, None, None, None) for i in doc.incoming]
            for t, target, number, date, text in steps:
                if types is not None and t not in types:
                    continue
                node = LineageNode(t, target, number, date, text)
                nodes.append(node)
                if target is None:
                    continue
                if target in path:
                    node.cycle = True
                elif target in seen:
                    node.repeated = True
                else:
                    seen.add(target)
                    node.children = walk(target, direction, level + 1, path | {target}, seen)
            return nodes

        ups = walk(document, "up", 0, {document}, {document}) if up else []
        downs = walk(document, "down", 0, {document}, {document}) if down else []
        return cls(document, ups, downs, (bool(up), bool(down)))

    def documents(self, direction="down"):
        """Every loaded document reached in one direction ("up" or "down"), each once, in walk order."""
        out, stack = [], list(reversed(self.up if direction == "up" else self.down))
        while stack:
            n = stack.pop()
            if n.document is not None and n.document not in out:
                out.append(n.document)
            stack.extend(reversed(n.children))
        return out

    def to_dict(self):
        """The program's JSON of `congdoan lineage` without its first two members
        (examples/FORMATS.md): the query and the "relations" followed, upward first, in the
        order of the tree."""
        d = self.document
        up, down = self.asked
        rows = []
        for direction, nodes, wanted in (("up", self.up, up), ("down", self.down, down)):
            for n in nodes if wanted else ():
                rows.extend(n.rows(direction, 1, d.id))
        return {"query": {"document_id": d.id, "number": d.number, "up": up, "down": down},
                "relations": rows}
