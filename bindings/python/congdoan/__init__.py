"""congdoan: Python bindings (ctypes, standard library only) for libcongdoan, the C library of
the documents, tasks, indicators, units and reports of the Vietnam General Confederation of
Labour (Tổng Liên đoàn Lao động Việt Nam).

    import congdoan
    with congdoan.Corpus("examples/data") as corpus:
        plan = corpus.document("240/KH-TLĐ")
        for task in plan.tasks:
            print(task.id, task.lead.name if task.lead else "-")
        p = corpus.progress("ctr-13-ldld-laichau-2025", "laichau", "2025")
        print(p["iii-4a"].actual, p["iii-4a"].status)      # 1478.0 EvalStatus.NOT_ACHIEVED

The library is found through $CONGDOAN_LIBRARY, else by its SONAME libcongdoan.so.0 (see
congdoan._ffi); importing fails with an ImportError that says what was tried.
"""

from . import _ffi  # noqa: F401  (loads the library first: an ImportError names it)
from .enums import (BodyKind, Comparator, Coverage, Demand, DocNumberStyle, DocumentKind,
                    DueKind, EvalStatus, Grade, ItemKind, Level, Limit, Measure, PeriodKind,
                    RelationType, Role, Sector, Severity, Submission, TaskStatus, UnitKind,
                    ValueFlags, ValueSource, WriteParts, MatchKind, TargetBasis, Direction, OrgKind,
                    GroupKind, Timeliness, ResultNumber, PopulationStatus)
from .errors import (CongdoanError, CongdoanIOError, DuplicateIdError, EncodingError,
                     ForbiddenInputError, InvalidArgumentError, LimitExceededError,
                     OutOfMemoryError, ParseError, SchemaError, Status, UnknownReferenceError,
                     ValidationError)
from ._model import (Coordinator, Corpus, Deadline, Document, Incoming, Indicator, Issue,
                     IssueList, LatestStatus, Recipient, Relation, Report, ReportTaskStatus,
                     ReportValue, Reporter, Section, Task, Unit, load)
from ._model import Milestone, Population, Source
from ._vocab12 import Result, TimelinessCounts, UnitClass
from ._lookup import Match, NoMatchError, lookup_word
from ._import import ImportFormat, import_file, import_text
from ._results import (Allocation, Breakdown, BreakdownCell, Cascade, ChildProgress, Expected,
                       Finding, IndicatorProgress, Lineage, LineageNode, Progress)
from .text import (DocNumber, IssueTag, Period, is_valid_date, issue_tags, library_path,
                   library_version, library_version_number, normalize, parse_date,
                   parse_docnumber, parse_number, parse_period, schema_namespace, schema_text,
                   schema_validate, strerror, text_equal, fold, number_format, period_label)

#: The version of these bindings.
__version__ = "0.1.0"

__all__ = [
    # objects
    "Corpus", "load", "Unit", "Document", "Section", "Task", "Indicator", "Report",
    "ReportValue", "ReportTaskStatus", "Issue", "IssueList", "Relation", "Recipient",
    "Deadline", "Reporter", "Incoming", "Coordinator", "LatestStatus",
    # vocabulary 1.2
    "Result", "Population", "Milestone", "UnitClass", "Source", "TimelinessCounts",
    # results
    "Progress", "IndicatorProgress", "ChildProgress", "Finding", "Expected", "Cascade",
    "Allocation", "Lineage", "LineageNode", "Match", "Breakdown", "BreakdownCell",
    # helpers
    "DocNumber", "Period", "IssueTag", "parse_docnumber", "parse_date", "parse_number",
    "parse_period", "is_valid_date", "normalize", "text_equal", "fold", "schema_validate",
    "schema_text", "schema_namespace", "issue_tags", "strerror", "library_version",
    "library_version_number", "library_path", "lookup_word", "number_format", "period_label",
    # importing documents
    "import_file", "import_text", "ImportFormat",
    # enums
    "UnitKind", "Level", "Sector", "BodyKind", "Grade", "DocumentKind", "RelationType",
    "ItemKind", "DueKind", "PeriodKind", "Measure", "Comparator", "Coverage", "TaskStatus",
    "Severity", "EvalStatus", "ValueSource", "Submission", "PopulationStatus", "Role", "Demand", "Limit",
    "DocNumberStyle", "ValueFlags", "WriteParts", "MatchKind", "TargetBasis",
    "Direction", "OrgKind", "GroupKind", "Timeliness", "ResultNumber",
    # errors
    "Status", "CongdoanError", "ParseError", "EncodingError", "ForbiddenInputError",
    "ValidationError", "SchemaError", "DuplicateIdError", "UnknownReferenceError",
    "LimitExceededError", "CongdoanIOError", "InvalidArgumentError", "OutOfMemoryError",
    "NoMatchError",
]
