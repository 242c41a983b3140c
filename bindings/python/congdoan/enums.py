"""The enumerations of the C API as IntEnum classes (same values as the C headers).

``str(member)`` and ``member.label`` give the stable English name the XML vocabulary uses
("at-least", "upper-grassroots" …), read from the library's own name functions where it has
one; ``Enum.from_label("at-least")`` goes the other way.
"""

import enum

__all__ = [
    "UnitKind", "Level", "Sector", "BodyKind", "Grade", "DocumentKind", "RelationType",
    "ItemKind", "DueKind", "PeriodKind", "Measure", "Comparator", "Coverage", "TaskStatus",
    "Severity", "EvalStatus", "ValueSource", "Submission", "Role", "Demand", "Limit",
    "DocNumberStyle", "ValueFlags", "WriteParts", "MatchKind", "TargetBasis", "Direction", "OrgKind", "GroupKind",
    "Timeliness", "ResultNumber",
]


class _Labelled(enum.IntEnum):
    """An IntEnum whose members have a stable English label."""

    @property
    def label(self):
        return _label(self)

    def __str__(self):
        return self.label

    @property
    def vietnamese(self):
        """The words a union office reads (congdoan/labels.h: "cấp cơ sở", "đạt", "hằng năm" …;
        a PeriodKind as a frequency), or None when the value has none."""
        f = _vietnamese_functions().get(type(self))
        return f(int(self)) if f else None

    @classmethod
    def from_label(cls, label):
        for m in cls:
            if m.label == label:
                return m
        raise ValueError("%r is not a %s" % (label, cls.__name__))


def _label(member):
    table = _LABELS.get(type(member))
    if table is None:
        return member.name.lower().replace("_", "-")
    if callable(table):
        text = table(int(member))
        return text if text is not None else member.name.lower().replace("_", "-")
    return table.get(int(member), member.name.lower().replace("_", "-"))


class UnitKind(_Labelled):
    """congdoan_unit_kind."""
    ORGANISATION = 1
    DEPARTMENT = 2
    BODY = 3
    GROUP = 4


class Level(_Labelled):
    """congdoan_level: the four levels of the hierarchy."""
    UNKNOWN = 0
    CENTRAL = 1
    PROVINCIAL = 2
    UPPER_GRASSROOTS = 3
    GRASSROOTS = 4

    @property
    def noun(self):
        """Who the units of the level are, as the programmes name them ("CĐCS", "LĐLĐ tỉnh,
        công đoàn ngành trung ương"; congdoan_level_noun()), or None for UNKNOWN."""
        from ._ffi import lib
        return lib.congdoan_level_noun(int(self))


class Sector(_Labelled):
    """congdoan_sector."""
    NONE = 0
    PUBLIC = 1
    STATE_ENTERPRISE = 2
    NON_STATE_ENTERPRISE = 3


class BodyKind(_Labelled):
    """congdoan_body_kind."""
    NONE = 0
    EXECUTIVE_COMMITTEE = 1
    PRESIDIUM = 2
    STANDING_COMMITTEE = 3
    INSPECTION_COMMITTEE = 4
    CONGRESS = 5


class Grade(_Labelled):
    """congdoan_grade: ordered, so ``>=`` compares grades."""
    NONE = 0
    NOT_COMPLETED = 1
    COMPLETED = 2
    GOOD = 3
    EXCELLENT = 4


class DocumentKind(_Labelled):
    """congdoan_document_kind; ``.code`` is the code in document numbers ("KH") and
    ``.vietnamese`` the Vietnamese name ("Kế hoạch")."""
    UNKNOWN = 0
    RESOLUTION = 1
    DIRECTIVE = 2
    CONCLUSION = 3
    DECISION = 4
    PLAN = 5
    PROGRAMME = 6
    SCHEME = 7
    GUIDANCE = 8
    REPORT = 9
    REGULATION = 10
    NOTICE = 11
    NEWS = 12

    @property
    def code(self):
        from ._ffi import lib
        return lib.congdoan_document_kind_code(self)

    @property
    def vietnamese(self):
        from ._ffi import lib
        return lib.congdoan_document_kind_vietnamese(self)


class RelationType(_Labelled):
    """congdoan_relation_type."""
    IMPLEMENTS = 1
    BASED_ON = 2
    CONCRETISES = 3
    AMENDS = 4
    REPLACES = 5
    REVIEWS = 6
    REFERS_TO = 7


class ItemKind(_Labelled):
    """congdoan_item_kind."""
    NONE = 0
    PARAGRAPH = 1
    SECTION = 2
    TASK = 3
    INDICATOR = 4
    RESULT = 5


class DueKind(_Labelled):
    """congdoan_due_kind."""
    NONE = 0
    PERIOD = 1
    RECURRING = 2
    ONGOING = 3


class PeriodKind(_Labelled):
    """congdoan_period_kind."""
    NONE = 0
    YEAR = 1
    HALF_YEAR = 2
    QUARTER = 3
    MONTH = 4
    DAY = 5


class Measure(_Labelled):
    """congdoan_measure."""
    COUNT = 1
    PERCENTAGE = 2
    AVERAGE = 3
    SHARE_OF_UNITS = 4
    MONEY = 5
    SCORE = 6


class Comparator(_Labelled):
    """congdoan_comparator."""
    AT_LEAST = 1
    AT_MOST = 2
    EXACTLY = 3
    RANGE = 4
    MORE_THAN = 5
    LESS_THAN = 6
    ABOUT = 7
    RANGE_OR_MORE = 8
    TARGET = 9

    @property
    def symbol(self):
        """The symbol written before a figure: "≥", "≤", "=", ">", "<", "≈", "–" (a range);
        "phấn đấu" for TARGET (congdoan_comparator_abbreviation())."""
        from ._ffi import lib
        return lib.congdoan_comparator_abbreviation(int(self))

    @property
    def ascii(self):
        """The ASCII notation of extraction answers (ANSWERS.md): ">=", "<=", ">", "<", "~",
        "range", "=" for a bare figure (congdoan_comparator_ascii())."""
        from ._ffi import lib
        return lib.congdoan_comparator_ascii(int(self))


class Direction(_Labelled):
    """congdoan_direction: which way is better for a bare or approximate target."""
    HIGHER = 1
    LOWER = 2


class OrgKind(_Labelled):
    """congdoan_org_kind: the class of an organisation, for leads named as a class."""
    NONE = 0
    FEDERATION = 1
    SECTORAL = 2
    CORPORATION = 3
    CIVIL_SERVANTS = 4
    INDUSTRIAL_ZONE = 5


class GroupKind(_Labelled):
    """congdoan_group_kind: an emulation cluster or bloc."""
    NONE = 0
    EMULATION_CLUSTER = 1
    EMULATION_BLOC = 2


class Timeliness(_Labelled):
    """congdoan_timeliness (theo dõi nhiệm vụ): a task's standing at a reference date."""
    NONE = 0
    ON_TIME = 1
    LATE = 2
    PENDING = 3
    OVERDUE = 4


class ResultNumber(_Labelled):
    """congdoan_result_number: which number of a result a setter changes."""
    VALUE = 1
    OF = 2
    SHARE = 3
    STATED_RATE = 4
    OVER_TARGET = 5
    SCORE_MAX = 6


class Coverage(_Labelled):
    """congdoan_coverage."""
    SELF = 1
    SUBTREE = 2


class TaskStatus(_Labelled):
    """congdoan_task_status."""
    NONE = 0
    NOT_STARTED = 1
    IN_PROGRESS = 2
    DONE = 3
    CANCELLED = 4


class Severity(_Labelled):
    """congdoan_severity; ``.letter`` is "E", "W" or "I"."""
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def letter(self):
        from ._ffi import lib
        return lib.congdoan_severity_letter(self)


class EvalStatus(_Labelled):
    """congdoan_eval_status: where an indicator stands."""
    NO_DATA = 0
    ACHIEVED = 1
    NOT_ACHIEVED = 2
    NOT_AGGREGABLE = 3
    EXCEEDED = 4


class ValueSource(_Labelled):
    """congdoan_value_source."""
    NONE = 0
    COMPUTED = 1
    REPORTED_TOTAL = 2
    UNIT_DATA = 3


class Submission(_Labelled):
    """congdoan_submission."""
    MISSING = 0
    ON_TIME = 1
    LATE = 2
    RECEIVED = 3


class PopulationStatus(_Labelled):
    """congdoan_population_status (1.2): what a target's populations did to its figure."""
    NONE = 0
    APPLIED = 1
    NOT_APPLIED = 2


class Role(enum.IntFlag):
    """congdoan_role: combine with |."""
    LEAD = 1
    COORDINATOR = 2


class Demand(_Labelled):
    """congdoan_demand."""
    NOT_COMPARABLE = 0
    OK = 1
    WEAKER = 2


class TargetBasis(_Labelled):
    """congdoan_target_basis: what a cell of a breakdown is judged against."""
    NONE = 0
    DOCUMENT = 1
    ALLOCATION = 2


class Limit(_Labelled):
    """congdoan_limit."""
    INPUT_SIZE = 0
    DEPTH = 1
    ELEMENTS = 2
    TEXT_LENGTH = 3
    ATTRIBUTES = 4


class MatchKind(_Labelled):
    """congdoan_match_kind (congdoan/lookup.h): how a candidate answers a look-up."""
    NONE = 0
    ID = 1
    NAME = 2
    WORDS = 3
    SUGGESTION = 4


class DocNumberStyle(_Labelled):
    """congdoan_docnumber_style."""
    STANDARD = 1
    PARTY = 2
    ISSUER_ONLY = 3
    WITH_YEAR = 4
    JOINT = 5


class ValueFlags(enum.IntFlag):
    """congdoan_value_flags (congdoan/bulk.h)."""
    HAS_FIGURE = 1
    HAS_FRACTION = 2


class WriteParts(enum.IntFlag):
    """congdoan_write_parts (congdoan/writer.h)."""
    UNITS = 1
    DOCUMENTS = 2
    REPORTS = 4
    ALL = 7


def _c_names():
    from ._ffi import lib
    return {
        Level: lib.congdoan_level_name,
        Sector: lib.congdoan_sector_name,
        Grade: lib.congdoan_grade_name,
        DocumentKind: lib.congdoan_document_kind_name,
        RelationType: lib.congdoan_relation_type_name,
        Measure: lib.congdoan_measure_name,
        Comparator: lib.congdoan_comparator_name,
        TaskStatus: lib.congdoan_task_status_name,
        EvalStatus: lib.congdoan_eval_status_name,
        Submission: lib.congdoan_submission_name,
        PopulationStatus: lib.congdoan_population_status_name,
        Demand: lib.congdoan_demand_name,
        MatchKind: lib.congdoan_match_kind_name,
        Direction: lib.congdoan_direction_name,
        OrgKind: lib.congdoan_org_kind_name,
        GroupKind: lib.congdoan_group_kind_name,
        Timeliness: lib.congdoan_timeliness_name,
        TargetBasis: lib.congdoan_target_basis_name,
        UnitKind: lib.congdoan_unit_kind_name,
        BodyKind: lib.congdoan_body_kind_name,
        DueKind: lib.congdoan_due_kind_name,
        ValueSource: lib.congdoan_value_source_name,
    }


_VIETNAMESE = {}


def _vietnamese_functions():
    if not _VIETNAMESE:
        from ._ffi import has, lib
        for cls, name in ((Level, "congdoan_level_label"), (Sector, "congdoan_sector_label"),
                          (Grade, "congdoan_grade_label"), (UnitKind, "congdoan_unit_kind_label"),
                          (BodyKind, "congdoan_body_kind_label"),
                          (DocumentKind, "congdoan_document_kind_vietnamese"),
                          (RelationType, "congdoan_relation_type_label"),
                          (Measure, "congdoan_measure_label"), (Comparator, "congdoan_comparator_label"),
                          (TaskStatus, "congdoan_task_status_label"),
                          (EvalStatus, "congdoan_eval_status_label"),
                          (Submission, "congdoan_submission_label"),
                          (ValueSource, "congdoan_value_source_label"), (Demand, "congdoan_demand_label"),
                          (DueKind, "congdoan_due_kind_label"), (PeriodKind, "congdoan_frequency_label"),
                          (Coverage, "congdoan_coverage_label")):
            if has(name):
                _VIETNAMESE[cls] = getattr(lib, name)
    return _VIETNAMESE


class _LazyLabels(dict):
    """Labels from the library's name functions, read once per member."""

    def get(self, cls, default=None):
        if not self:
            for c, f in _c_names().items():
                self[c] = {int(m): f(int(m)) for m in c}
                for k, v in list(self[c].items()):
                    if v is None:
                        del self[c][k]
        return dict.get(self, cls, default)


_LABELS = _LazyLabels()
