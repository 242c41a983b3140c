"""The ctypes layer: finding and loading libcongdoan, and one prototype for every C function.

Nothing here is meant for applications (use the classes of the ``congdoan`` package); it is
importable as ``congdoan._ffi`` for tests and for people who want the C API as it is.

Loading (first that works):

1. the path in the environment variable ``CONGDOAN_LIBRARY`` (a build tree:
   ``CONGDOAN_LIBRARY=build/lib/libcongdoan.so.0``); when it is set nothing else is tried;
2. the SONAME ``libcongdoan.so.0``, through the dynamic loader's usual search (an installed
   library; ``LD_LIBRARY_PATH``);
3. whatever ``ctypes.util.find_library("congdoan")`` finds.

Every attempt that fails is listed, with its OSError, in the ImportError. The library must be at
least MIN_VERSION (``congdoan_version_number()`` is checked at import) and must export every
function of the table below; the functions of ``_OPTIONAL_PROTOTYPES`` are bound only when the
library has them (check with ``has(name)``).

The table (python-libevdev's ``_api_prototypes``, python-libarchive-c's ``ffi()``): the C
declaration as a comment above each entry, then ``name: (argtypes, restype, errcheck)``.
Handles are typed opaque pointers (``POINTER(_Corpus)`` …), so ctypes refuses a unit where a
corpus is expected. ``errcheck`` turns the C result into a Python one:

* ``_status``: a negative status raises the matching exception (congdoan.errors), built from
  the thread-local last error in the same thread, right after the call;
* ``_status_or(code)``: the same, but ``code`` is an answer, not a failure (the corpus check's
  CONGDOAN_EINVALID, the schema's CONGDOAN_ESCHEMA);
* ``_found``: 0 gives True, CONGDOAN_ENOTFOUND gives False ("absent"), others raise;
* ``_bool``: a C truth value as a bool; ``_equal``: a truth value or a negative status;
* ``_str``: a borrowed ``const char *`` copied and decoded from UTF-8 (None for NULL); the
  library keeps ownership, so nothing leaks (owned strings come through ``char **``
  out-parameters, declared ``POINTER(c_void_p)``, and are freed with ``congdoan_free``);
* ``_ptr``: a borrowed handle, None for NULL;
* ``None``: the function cannot fail; its value is used as it is (counts, enums, numbers).
"""

import ctypes
import os
from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_uint, c_double, c_int, c_long, c_size_t,
                    c_void_p)
from ctypes.util import find_library

from ._util import Text
from .errors import Status, error_class

__all__ = ["lib", "library_path", "MIN_VERSION", "has", "raise_last_error", "version_number"]

#: The oldest library these bindings work with, as (major, minor, patch).
MIN_VERSION = (0, 1, 0)
#: The SONAME these bindings are written against (ABI major 0).
SONAME = "libcongdoan.so.0"
ENV_VAR = "CONGDOAN_LIBRARY"


def version_number(major, minor, patch):
    """CONGDOAN_VERSION_NUMBER of a version: MAJOR*1000000 + MINOR*1000 + PATCH."""
    return major * 1000000 + minor * 1000 + patch


# ---- typed opaque handles ------------------------------------------------------------------


class _Corpus(Structure):
    pass


class _Unit(Structure):
    pass


class _Document(Structure):
    pass


class _Section(Structure):
    pass


class _Task(Structure):
    pass


class _Indicator(Structure):
    pass


class _Report(Structure):
    pass


class _Issues(Structure):
    pass


class _Issue(Structure):
    pass


class _DocNumber(Structure):
    pass


class _Progress(Structure):
    pass


class _TaskList(Structure):
    pass


class _Cascade(Structure):
    pass


class _Output(Structure):
    pass


class ImportOptions(Structure):
    """congdoan_import_options (congdoan/import.h), version 1."""
    _fields_ = [("version", c_uint), ("format", c_int), ("document_id", c_char_p), ("max_input", c_size_t)]


class _Matches(Structure):
    pass


class _Result(Structure):
    pass


class _Population(Structure):
    pass


class _ReportList(Structure):
    pass


class _Breakdown(Structure):
    pass


class _Trend(Structure):
    pass


CorpusP = POINTER(_Corpus)
UnitP = POINTER(_Unit)
DocumentP = POINTER(_Document)
SectionP = POINTER(_Section)
TaskP = POINTER(_Task)
IndicatorP = POINTER(_Indicator)
ReportP = POINTER(_Report)
IssuesP = POINTER(_Issues)
IssueP = POINTER(_Issue)
DocNumberP = POINTER(_DocNumber)
ProgressP = POINTER(_Progress)
TaskListP = POINTER(_TaskList)
CascadeP = POINTER(_Cascade)
OutputP = POINTER(_Output)
MatchesP = POINTER(_Matches)
ResultP = POINTER(_Result)
PopulationP = POINTER(_Population)
ReportListP = POINTER(_ReportList)
BreakdownP = POINTER(_Breakdown)
TrendP = POINTER(_Trend)

#: typedef int (*congdoan_write_fn)(void *payload, const char *data, size_t size);
WRITE_FN = CFUNCTYPE(c_int, c_void_p, c_void_p, c_size_t)


# ---- loading -------------------------------------------------------------------------------


def _candidates():
    path = os.environ.get(ENV_VAR)
    if path:
        return [("$%s" % ENV_VAR, path)]
    found = [("SONAME", SONAME)]
    name = find_library("congdoan")
    if name and name != SONAME:
        found.append(("find_library('congdoan')", name))
    return found


def _load():
    attempts = []
    for how, name in _candidates():
        try:
            return ctypes.CDLL(name), name
        except OSError as e:
            attempts.append("%s %r: %s" % (how, name, e))
    if not os.environ.get(ENV_VAR) and len(attempts) == 1:
        attempts.append("find_library('congdoan'): not found")
    raise ImportError(
        "congdoan: cannot load libcongdoan (tried: %s). Install libcongdoan %d.%d.%d or later, "
        "or set %s to the path of libcongdoan.so.0 (for a build tree: build/lib/libcongdoan.so.0)."
        % ("; ".join(attempts), *MIN_VERSION, ENV_VAR))


lib, library_path = _load()


def check_version(library, path):
    """The version number of `library`; ImportError when it is not libcongdoan or is older than
    MIN_VERSION."""
    try:
        number = library.congdoan_version_number
    except AttributeError:
        raise ImportError("congdoan: %s is not libcongdoan (no congdoan_version_number)"
                          % path) from None
    number.argtypes = []
    number.restype = c_long
    have = number()
    need = version_number(*MIN_VERSION)
    if have < need:
        raise ImportError(
            "congdoan: %s is libcongdoan %s; these bindings need %d.%d.%d or later"
            % (path, _dotted(have), *MIN_VERSION))
    return have


def _dotted(number):
    return "%d.%d.%d" % (number // 1000000, number // 1000 % 1000, number % 1000)


loaded_version_number = check_version(lib, library_path)


# ---- errcheck functions --------------------------------------------------------------------


def raise_last_error(rc, issues=()):
    """Raise the exception for status `rc`, with the details of this thread's last error."""
    rc = int(rc)
    if lib.congdoan_error_last_code() == rc:
        message = lib.congdoan_error_last_message() or lib.congdoan_strerror(rc)
        file = lib.congdoan_error_last_file()
        line = lib.congdoan_error_last_line()
        column = lib.congdoan_error_last_column()
    else:  # a code returned without a last error (CONGDOAN_ENOTFOUND from an accessor)
        message, file, line, column = lib.congdoan_strerror(rc), None, 0, 0
    raise error_class(rc)(message, rc, file, line, column, issues)


def _status(result, func, args):
    if result < 0:
        raise_last_error(result)
    return result


def _status_or(*allowed):
    def check(result, func, args):
        if result < 0 and result not in allowed:
            raise_last_error(result)
        return result
    return check


def _found(result, func, args):
    if result == 0:
        return True
    if result == Status.ENOTFOUND:
        return False
    raise_last_error(result)


def _bool(result, func, args):
    return result != 0


def _equal(result, func, args):
    if result < 0:
        raise_last_error(result)
    return result != 0


def _str(result, func, args):
    return None if result is None else result.decode("utf-8")


def _path(result, func, args):
    # a file name as the OS gives it: not always UTF-8 (os.fsdecode, as for os.listdir)
    return None if result is None else os.fsdecode(result)


def _ptr(result, func, args):
    return result if result else None


# ---- the prototypes ------------------------------------------------------------------------

_PROTOTYPES = {

    # ---- congdoan/version.h -----------------------------------------------------------------------
    # long congdoan_version_number(void);
    "congdoan_version_number": ([], c_long, None),
    # const char *congdoan_version_string(void);
    "congdoan_version_string": ([], c_char_p, _str),
    # void congdoan_version(int *major, int *minor, int *patch);
    "congdoan_version": ([POINTER(c_int), POINTER(c_int), POINTER(c_int)], None, None),

    # ---- congdoan/error.h -------------------------------------------------------------------------
    # const char *congdoan_strerror(int status);
    "congdoan_strerror": ([c_int], c_char_p, _str),
    # const char *congdoan_error_tag(int status);
    "congdoan_error_tag": ([c_int], c_char_p, _str),
    # int congdoan_error_last_code(void);
    "congdoan_error_last_code": ([], c_int, None),
    # const char *congdoan_error_last_message(void);
    "congdoan_error_last_message": ([], c_char_p, _str),
    # const char *congdoan_error_last_file(void);
    "congdoan_error_last_file": ([], c_char_p, _path),
    # long congdoan_error_last_line(void);
    "congdoan_error_last_line": ([], c_long, None),
    # long congdoan_error_last_column(void);
    "congdoan_error_last_column": ([], c_long, None),
    # void congdoan_error_clear(void);
    "congdoan_error_clear": ([], None, None),

    # ---- congdoan/common.h ------------------------------------------------------------------------
    # void congdoan_free(void *ptr);
    "congdoan_free": ([c_void_p], None, None),

    # ---- congdoan/text.h --------------------------------------------------------------------------
    # int congdoan_docnumber_parse(const char *text, congdoan_docnumber **out);
    "congdoan_docnumber_parse": ([c_char_p, POINTER(DocNumberP)], c_int, _status),
    # void congdoan_docnumber_free(congdoan_docnumber *number);
    "congdoan_docnumber_free": ([DocNumberP], None, None),
    # const char *congdoan_docnumber_text(const congdoan_docnumber *number);
    "congdoan_docnumber_text": ([DocNumberP], c_char_p, _str),
    # congdoan_docnumber_style congdoan_docnumber_get_style(const congdoan_docnumber *number);
    "congdoan_docnumber_get_style": ([DocNumberP], c_int, None),
    # const char *congdoan_docnumber_serial(const congdoan_docnumber *number);
    "congdoan_docnumber_serial": ([DocNumberP], c_char_p, _str),
    # long congdoan_docnumber_serial_value(const congdoan_docnumber *number);
    "congdoan_docnumber_serial_value": ([DocNumberP], c_long, None),
    # int congdoan_docnumber_year(const congdoan_docnumber *number);
    "congdoan_docnumber_year": ([DocNumberP], c_int, None),
    # const char *congdoan_docnumber_kind_code(const congdoan_docnumber *number);
    "congdoan_docnumber_kind_code": ([DocNumberP], c_char_p, _str),
    # congdoan_document_kind congdoan_docnumber_kind(const congdoan_docnumber *number);
    "congdoan_docnumber_kind": ([DocNumberP], c_int, None),
    # const char *congdoan_docnumber_issuer_code(const congdoan_docnumber *number);
    "congdoan_docnumber_issuer_code": ([DocNumberP], c_char_p, _str),
    # int congdoan_date_parse(const char *text, int *out_ymd);
    "congdoan_date_parse": ([c_char_p, POINTER(c_int)], c_int, _status),
    # int congdoan_date_is_valid(int ymd);
    "congdoan_date_is_valid": ([c_int], c_int, _bool),
    # int congdoan_number_parse(const char *text, double *out);
    "congdoan_number_parse": ([c_char_p, POINTER(c_double)], c_int, _status),
    # int congdoan_period_parse(const char *code, congdoan_period_kind *kind, int *first_ymd, int
    #     *last_ymd);
    "congdoan_period_parse": ([c_char_p, POINTER(c_int), POINTER(c_int), POINTER(c_int)], c_int, _status),
    # int congdoan_text_normalize(const char *text, char **out);
    "congdoan_text_normalize": ([c_char_p, POINTER(c_void_p)], c_int, _status),  # owned: congdoan_free
    # int congdoan_text_equal(const char *a, const char *b);
    "congdoan_text_equal": ([c_char_p, c_char_p], c_int, _equal),
    # int congdoan_text_fold(const char *text, char **out);
    "congdoan_text_fold": ([c_char_p, POINTER(c_void_p)], c_int, _status),  # owned: congdoan_free

    # ---- congdoan/unit.h --------------------------------------------------------------------------
    # const char *congdoan_unit_id(const congdoan_unit *unit);
    "congdoan_unit_id": ([UnitP], c_char_p, _str),
    # const char *congdoan_unit_name(const congdoan_unit *unit);
    "congdoan_unit_name": ([UnitP], c_char_p, _str),
    # const char *congdoan_unit_short_name(const congdoan_unit *unit);
    "congdoan_unit_short_name": ([UnitP], c_char_p, _str),
    # congdoan_unit_kind congdoan_unit_get_kind(const congdoan_unit *unit);
    "congdoan_unit_get_kind": ([UnitP], c_int, None),
    # congdoan_level congdoan_unit_level(const congdoan_unit *unit);
    "congdoan_unit_level": ([UnitP], c_int, None),
    # congdoan_sector congdoan_unit_sector(const congdoan_unit *unit);
    "congdoan_unit_sector": ([UnitP], c_int, None),
    # congdoan_body_kind congdoan_unit_body_kind(const congdoan_unit *unit);
    "congdoan_unit_body_kind": ([UnitP], c_int, None),
    # const congdoan_unit *congdoan_unit_parent(const congdoan_unit *unit);
    "congdoan_unit_parent": ([UnitP], UnitP, _ptr),
    # const char *congdoan_unit_parent_id(const congdoan_unit *unit);
    "congdoan_unit_parent_id": ([UnitP], c_char_p, _str),
    # size_t congdoan_unit_child_count(const congdoan_unit *unit);
    "congdoan_unit_child_count": ([UnitP], c_size_t, None),
    # const congdoan_unit *congdoan_unit_child(const congdoan_unit *unit, size_t i);
    "congdoan_unit_child": ([UnitP, c_size_t], UnitP, _ptr),
    # size_t congdoan_unit_department_count(const congdoan_unit *unit);
    "congdoan_unit_department_count": ([UnitP], c_size_t, None),
    # const congdoan_unit *congdoan_unit_department(const congdoan_unit *unit, size_t i);
    "congdoan_unit_department": ([UnitP, c_size_t], UnitP, _ptr),
    # long congdoan_unit_members(const congdoan_unit *unit);
    "congdoan_unit_members": ([UnitP], c_long, None),
    # long congdoan_unit_workers(const congdoan_unit *unit);
    "congdoan_unit_workers": ([UnitP], c_long, None),
    # long congdoan_unit_declared_upper_grassroots_units(const congdoan_unit *unit);
    "congdoan_unit_declared_upper_grassroots_units": ([UnitP], c_long, None),
    # long congdoan_unit_declared_grassroots_units(const congdoan_unit *unit);
    "congdoan_unit_declared_grassroots_units": ([UnitP], c_long, None),
    # size_t congdoan_unit_classification_count(const congdoan_unit *unit);
    "congdoan_unit_classification_count": ([UnitP], c_size_t, None),
    # int congdoan_unit_classification_year(const congdoan_unit *unit, size_t i);
    "congdoan_unit_classification_year": ([UnitP, c_size_t], c_int, None),
    # congdoan_grade congdoan_unit_classification_grade(const congdoan_unit *unit, size_t i);
    "congdoan_unit_classification_grade": ([UnitP, c_size_t], c_int, None),
    # congdoan_grade congdoan_unit_classification(const congdoan_unit *unit, int year);
    "congdoan_unit_classification": ([UnitP, c_int], c_int, None),
    # const char *congdoan_level_name(congdoan_level level);
    "congdoan_level_name": ([c_int], c_char_p, _str),
    # const char *congdoan_sector_name(congdoan_sector sector);
    "congdoan_sector_name": ([c_int], c_char_p, _str),
    # const char *congdoan_grade_name(congdoan_grade grade);
    "congdoan_grade_name": ([c_int], c_char_p, _str),

    # ---- congdoan/document.h ----------------------------------------------------------------------
    # const char *congdoan_document_kind_code(congdoan_document_kind kind);
    "congdoan_document_kind_code": ([c_int], c_char_p, _str),
    # const char *congdoan_document_kind_name(congdoan_document_kind kind);
    "congdoan_document_kind_name": ([c_int], c_char_p, _str),
    # const char *congdoan_document_kind_vietnamese(congdoan_document_kind kind);
    "congdoan_document_kind_vietnamese": ([c_int], c_char_p, _str),
    # const char *congdoan_relation_type_name(congdoan_relation_type type);
    "congdoan_relation_type_name": ([c_int], c_char_p, _str),
    # const char *congdoan_document_id(const congdoan_document *doc);
    "congdoan_document_id": ([DocumentP], c_char_p, _str),
    # congdoan_document_kind congdoan_document_get_kind(const congdoan_document *doc);
    "congdoan_document_get_kind": ([DocumentP], c_int, None),
    # const char *congdoan_document_number(const congdoan_document *doc);
    "congdoan_document_number": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_title(const congdoan_document *doc);
    "congdoan_document_title": ([DocumentP], c_char_p, _str),
    # const congdoan_unit *congdoan_document_issuer(const congdoan_document *doc);
    "congdoan_document_issuer": ([DocumentP], UnitP, _ptr),
    # const char *congdoan_document_issuer_id(const congdoan_document *doc);
    "congdoan_document_issuer_id": ([DocumentP], c_char_p, _str),
    # const congdoan_unit *congdoan_document_issuing_body(const congdoan_document *doc);
    "congdoan_document_issuing_body": ([DocumentP], UnitP, _ptr),
    # const char *congdoan_document_issuing_body_id(const congdoan_document *doc);
    "congdoan_document_issuing_body_id": ([DocumentP], c_char_p, _str),
    # int congdoan_document_issued(const congdoan_document *doc);
    "congdoan_document_issued": ([DocumentP], c_int, None),
    # int congdoan_document_effective(const congdoan_document *doc);
    "congdoan_document_effective": ([DocumentP], c_int, None),
    # const char *congdoan_document_place(const congdoan_document *doc);
    "congdoan_document_place": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_field(const congdoan_document *doc);
    "congdoan_document_field": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_signer_name(const congdoan_document *doc);
    "congdoan_document_signer_name": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_signer_position(const congdoan_document *doc);
    "congdoan_document_signer_position": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_signer_capacity(const congdoan_document *doc);
    "congdoan_document_signer_capacity": ([DocumentP], c_char_p, _str),
    # size_t congdoan_document_relation_count(const congdoan_document *doc);
    "congdoan_document_relation_count": ([DocumentP], c_size_t, None),
    # congdoan_relation_type congdoan_document_relation_type(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_type": ([DocumentP, c_size_t], c_int, None),
    # const congdoan_document *congdoan_document_relation_target(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_target": ([DocumentP, c_size_t], DocumentP, _ptr),
    # const char *congdoan_document_relation_target_id(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_target_id": ([DocumentP, c_size_t], c_char_p, _str),
    # const char *congdoan_document_relation_number(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_number": ([DocumentP, c_size_t], c_char_p, _str),
    # int congdoan_document_relation_date(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_date": ([DocumentP, c_size_t], c_int, None),
    # const char *congdoan_document_relation_text(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_text": ([DocumentP, c_size_t], c_char_p, _str),
    # size_t congdoan_document_recipient_count(const congdoan_document *doc);
    "congdoan_document_recipient_count": ([DocumentP], c_size_t, None),
    # const char *congdoan_document_recipient_text(const congdoan_document *doc, size_t i);
    "congdoan_document_recipient_text": ([DocumentP, c_size_t], c_char_p, _str),
    # const congdoan_unit *congdoan_document_recipient_unit(const congdoan_document *doc, size_t i);
    "congdoan_document_recipient_unit": ([DocumentP, c_size_t], UnitP, _ptr),
    # const char *congdoan_document_recipient_unit_id(const congdoan_document *doc, size_t i);
    "congdoan_document_recipient_unit_id": ([DocumentP, c_size_t], c_char_p, _str),
    # int congdoan_document_has_reporting(const congdoan_document *doc);
    "congdoan_document_has_reporting": ([DocumentP], c_int, _bool),
    # const congdoan_unit *congdoan_document_reporting_to(const congdoan_document *doc);
    "congdoan_document_reporting_to": ([DocumentP], UnitP, _ptr),
    # congdoan_period_kind congdoan_document_reporting_frequency(const congdoan_document *doc);
    "congdoan_document_reporting_frequency": ([DocumentP], c_int, None),
    # const char *congdoan_frequency_name(congdoan_period_kind kind);
    "congdoan_frequency_name": ([c_int], c_char_p, _str),
    # size_t congdoan_document_deadline_count(const congdoan_document *doc);
    "congdoan_document_deadline_count": ([DocumentP], c_size_t, None),
    # const char *congdoan_document_deadline_period(const congdoan_document *doc, size_t i);
    "congdoan_document_deadline_period": ([DocumentP, c_size_t], c_char_p, _str),
    # int congdoan_document_deadline_date(const congdoan_document *doc, size_t i);
    "congdoan_document_deadline_date": ([DocumentP, c_size_t], c_int, None),
    # int congdoan_document_deadline(const congdoan_document *doc, const char *period);
    "congdoan_document_deadline": ([DocumentP, c_char_p], c_int, None),
    # size_t congdoan_document_reporter_count(const congdoan_document *doc);
    "congdoan_document_reporter_count": ([DocumentP], c_size_t, None),
    # const char *congdoan_document_reporter_id(const congdoan_document *doc, size_t i);
    "congdoan_document_reporter_id": ([DocumentP, c_size_t], c_char_p, _str),
    # const congdoan_unit *congdoan_document_reporter(const congdoan_document *doc, size_t i);
    "congdoan_document_reporter": ([DocumentP, c_size_t], UnitP, _ptr),
    # size_t congdoan_document_incoming_count(const congdoan_document *doc);
    "congdoan_document_incoming_count": ([DocumentP], c_size_t, None),
    # const congdoan_document *congdoan_document_incoming(const congdoan_document *doc, size_t i);
    "congdoan_document_incoming": ([DocumentP, c_size_t], DocumentP, _ptr),
    # congdoan_relation_type congdoan_document_incoming_type(const congdoan_document *doc, size_t i);
    "congdoan_document_incoming_type": ([DocumentP, c_size_t], c_int, None),
    # size_t congdoan_document_section_count(const congdoan_document *doc);
    "congdoan_document_section_count": ([DocumentP], c_size_t, None),
    # const congdoan_section *congdoan_document_section(const congdoan_document *doc, size_t i);
    "congdoan_document_section": ([DocumentP, c_size_t], SectionP, _ptr),
    # size_t congdoan_document_task_count(const congdoan_document *doc);
    "congdoan_document_task_count": ([DocumentP], c_size_t, None),
    # const congdoan_task *congdoan_document_task(const congdoan_document *doc, size_t i);
    "congdoan_document_task": ([DocumentP, c_size_t], TaskP, _ptr),
    # const congdoan_task *congdoan_document_task_by_id(const congdoan_document *doc, const char *id);
    "congdoan_document_task_by_id": ([DocumentP, c_char_p], TaskP, _ptr),
    # size_t congdoan_document_indicator_count(const congdoan_document *doc);
    "congdoan_document_indicator_count": ([DocumentP], c_size_t, None),
    # const congdoan_indicator *congdoan_document_indicator(const congdoan_document *doc, size_t i);
    "congdoan_document_indicator": ([DocumentP, c_size_t], IndicatorP, _ptr),
    # const congdoan_indicator *congdoan_document_indicator_by_id(const congdoan_document *doc, const char
    #     *id);
    "congdoan_document_indicator_by_id": ([DocumentP, c_char_p], IndicatorP, _ptr),
    # const char *congdoan_section_id(const congdoan_section *section);
    "congdoan_section_id": ([SectionP], c_char_p, _str),
    # const char *congdoan_section_number(const congdoan_section *section);
    "congdoan_section_number": ([SectionP], c_char_p, _str),
    # const char *congdoan_section_title(const congdoan_section *section);
    "congdoan_section_title": ([SectionP], c_char_p, _str),
    # const congdoan_section *congdoan_section_parent(const congdoan_section *section);
    "congdoan_section_parent": ([SectionP], SectionP, _ptr),
    # const congdoan_document *congdoan_section_document(const congdoan_section *section);
    "congdoan_section_document": ([SectionP], DocumentP, _ptr),
    # size_t congdoan_section_item_count(const congdoan_section *section);
    "congdoan_section_item_count": ([SectionP], c_size_t, None),
    # congdoan_item_kind congdoan_section_item_kind(const congdoan_section *section, size_t i);
    "congdoan_section_item_kind": ([SectionP, c_size_t], c_int, None),
    # const char *congdoan_section_item_text(const congdoan_section *section, size_t i);
    "congdoan_section_item_text": ([SectionP, c_size_t], c_char_p, _str),
    # const congdoan_section *congdoan_section_item_section(const congdoan_section *section, size_t i);
    "congdoan_section_item_section": ([SectionP, c_size_t], SectionP, _ptr),
    # const congdoan_task *congdoan_section_item_task(const congdoan_section *section, size_t i);
    "congdoan_section_item_task": ([SectionP, c_size_t], TaskP, _ptr),
    # const congdoan_indicator *congdoan_section_item_indicator(const congdoan_section *section, size_t
    #     i);
    "congdoan_section_item_indicator": ([SectionP, c_size_t], IndicatorP, _ptr),

    # ---- congdoan/task.h --------------------------------------------------------------------------
    # const char *congdoan_task_id(const congdoan_task *task);
    "congdoan_task_id": ([TaskP], c_char_p, _str),
    # const char *congdoan_task_text(const congdoan_task *task);
    "congdoan_task_text": ([TaskP], c_char_p, _str),
    # const congdoan_document *congdoan_task_document(const congdoan_task *task);
    "congdoan_task_document": ([TaskP], DocumentP, _ptr),
    # const congdoan_section *congdoan_task_section(const congdoan_task *task);
    "congdoan_task_section": ([TaskP], SectionP, _ptr),
    # const congdoan_unit *congdoan_task_lead(const congdoan_task *task);
    "congdoan_task_lead": ([TaskP], UnitP, _ptr),
    # const char *congdoan_task_lead_id(const congdoan_task *task);
    "congdoan_task_lead_id": ([TaskP], c_char_p, _str),
    # size_t congdoan_task_coordinator_count(const congdoan_task *task);
    "congdoan_task_coordinator_count": ([TaskP], c_size_t, None),
    # const congdoan_unit *congdoan_task_coordinator(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator": ([TaskP, c_size_t], UnitP, _ptr),
    # const char *congdoan_task_coordinator_id(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator_id": ([TaskP, c_size_t], c_char_p, _str),
    # const char *congdoan_task_coordinator_text(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator_text": ([TaskP, c_size_t], c_char_p, _str),
    # congdoan_due_kind congdoan_task_due_kind(const congdoan_task *task);
    "congdoan_task_due_kind": ([TaskP], c_int, None),
    # const char *congdoan_due_kind_name(congdoan_due_kind kind);
    "congdoan_due_kind_name": ([c_int], c_char_p, _str),
    # const char *congdoan_task_due_code(const congdoan_task *task);
    "congdoan_task_due_code": ([TaskP], c_char_p, _str),
    # const char *congdoan_task_due_text(const congdoan_task *task);
    "congdoan_task_due_text": ([TaskP], c_char_p, _str),
    # congdoan_period_kind congdoan_task_due_period_kind(const congdoan_task *task);
    "congdoan_task_due_period_kind": ([TaskP], c_int, None),
    # int congdoan_task_due_date(const congdoan_task *task);
    "congdoan_task_due_date": ([TaskP], c_int, None),
    # int congdoan_task_due_recurrence_day(const congdoan_task *task);
    "congdoan_task_due_recurrence_day": ([TaskP], c_int, None),

    # ---- congdoan/indicator.h ---------------------------------------------------------------------
    # const char *congdoan_indicator_id(const congdoan_indicator *ind);
    "congdoan_indicator_id": ([IndicatorP], c_char_p, _str),
    # const char *congdoan_indicator_text(const congdoan_indicator *ind);
    "congdoan_indicator_text": ([IndicatorP], c_char_p, _str),
    # const congdoan_document *congdoan_indicator_document(const congdoan_indicator *ind);
    "congdoan_indicator_document": ([IndicatorP], DocumentP, _ptr),
    # const congdoan_section *congdoan_indicator_section(const congdoan_indicator *ind);
    "congdoan_indicator_section": ([IndicatorP], SectionP, _ptr),
    # congdoan_measure congdoan_indicator_measure(const congdoan_indicator *ind);
    "congdoan_indicator_measure": ([IndicatorP], c_int, None),
    # congdoan_comparator congdoan_indicator_comparator(const congdoan_indicator *ind);
    "congdoan_indicator_comparator": ([IndicatorP], c_int, None),
    # double congdoan_indicator_target(const congdoan_indicator *ind);
    "congdoan_indicator_target": ([IndicatorP], c_double, None),
    # int congdoan_indicator_target_max(const congdoan_indicator *ind, double *out);
    "congdoan_indicator_target_max": ([IndicatorP, POINTER(c_double)], c_int, _found),
    # int congdoan_indicator_baseline(const congdoan_indicator *ind, double *out);
    "congdoan_indicator_baseline": ([IndicatorP, POINTER(c_double)], c_int, _found),
    # const char *congdoan_indicator_period(const congdoan_indicator *ind);
    "congdoan_indicator_period": ([IndicatorP], c_char_p, _str),
    # const congdoan_unit *congdoan_indicator_owner(const congdoan_indicator *ind);
    "congdoan_indicator_owner": ([IndicatorP], UnitP, _ptr),
    # const char *congdoan_indicator_owner_id(const congdoan_indicator *ind);
    "congdoan_indicator_owner_id": ([IndicatorP], c_char_p, _str),
    # congdoan_level congdoan_indicator_scope_level(const congdoan_indicator *ind);
    "congdoan_indicator_scope_level": ([IndicatorP], c_int, None),
    # int congdoan_indicator_scope_sectors(const congdoan_indicator *ind);
    "congdoan_indicator_scope_sectors": ([IndicatorP], c_int, None),
    # congdoan_grade congdoan_indicator_condition_grade(const congdoan_indicator *ind);
    "congdoan_indicator_condition_grade": ([IndicatorP], c_int, None),
    # const char *congdoan_indicator_unit_of_measure(const congdoan_indicator *ind);
    "congdoan_indicator_unit_of_measure": ([IndicatorP], c_char_p, _str),
    # const congdoan_indicator *congdoan_indicator_refines(const congdoan_indicator *ind);
    "congdoan_indicator_refines": ([IndicatorP], IndicatorP, _ptr),
    # const char *congdoan_indicator_refines_document_id(const congdoan_indicator *ind);
    "congdoan_indicator_refines_document_id": ([IndicatorP], c_char_p, _str),
    # const char *congdoan_indicator_refines_indicator_id(const congdoan_indicator *ind);
    "congdoan_indicator_refines_indicator_id": ([IndicatorP], c_char_p, _str),
    # const char *congdoan_measure_name(congdoan_measure measure);
    "congdoan_measure_name": ([c_int], c_char_p, _str),
    # const char *congdoan_comparator_name(congdoan_comparator comparator);
    "congdoan_comparator_name": ([c_int], c_char_p, _str),
    # const char *congdoan_comparator_ascii(congdoan_comparator comparator);
    "congdoan_comparator_ascii": ([c_int], c_char_p, _str),

    # ---- congdoan/report.h ------------------------------------------------------------------------
    # const char *congdoan_report_id(const congdoan_report *report);
    "congdoan_report_id": ([ReportP], c_char_p, _str),
    # const congdoan_unit *congdoan_report_unit(const congdoan_report *report);
    "congdoan_report_unit": ([ReportP], UnitP, _ptr),
    # const char *congdoan_report_unit_id(const congdoan_report *report);
    "congdoan_report_unit_id": ([ReportP], c_char_p, _str),
    # const congdoan_document *congdoan_report_document(const congdoan_report *report);
    "congdoan_report_document": ([ReportP], DocumentP, _ptr),
    # const char *congdoan_report_document_id(const congdoan_report *report);
    "congdoan_report_document_id": ([ReportP], c_char_p, _str),
    # const char *congdoan_report_period(const congdoan_report *report);
    "congdoan_report_period": ([ReportP], c_char_p, _str),
    # int congdoan_report_submitted(const congdoan_report *report);
    "congdoan_report_submitted": ([ReportP], c_int, None),
    # const char *congdoan_report_note(const congdoan_report *report);
    "congdoan_report_note": ([ReportP], c_char_p, _str),
    # size_t congdoan_report_value_count(const congdoan_report *report);
    "congdoan_report_value_count": ([ReportP], c_size_t, None),
    # const char *congdoan_report_value_indicator_id(const congdoan_report *report, size_t i);
    "congdoan_report_value_indicator_id": ([ReportP, c_size_t], c_char_p, _str),
    # const congdoan_indicator *congdoan_report_value_indicator(const congdoan_report *report, size_t i);
    "congdoan_report_value_indicator": ([ReportP, c_size_t], IndicatorP, _ptr),
    # int congdoan_report_value(const congdoan_report *report, size_t i, double *out);
    "congdoan_report_value": ([ReportP, c_size_t, POINTER(c_double)], c_int, _found),
    # int congdoan_report_value_fraction(const congdoan_report *report, size_t i, double *numerator,
    #     double *denominator);
    "congdoan_report_value_fraction": (
        [ReportP, c_size_t, POINTER(c_double), POINTER(c_double)],
        c_int, _found),
    # congdoan_coverage congdoan_report_value_coverage(const congdoan_report *report, size_t i);
    "congdoan_report_value_coverage": ([ReportP, c_size_t], c_int, None),
    # size_t congdoan_report_task_status_count(const congdoan_report *report);
    "congdoan_report_task_status_count": ([ReportP], c_size_t, None),
    # const char *congdoan_report_task_status_task_id(const congdoan_report *report, size_t i);
    "congdoan_report_task_status_task_id": ([ReportP, c_size_t], c_char_p, _str),
    # const congdoan_task *congdoan_report_task_status_task(const congdoan_report *report, size_t i);
    "congdoan_report_task_status_task": ([ReportP, c_size_t], TaskP, _ptr),
    # congdoan_task_status congdoan_report_task_status(const congdoan_report *report, size_t i);
    "congdoan_report_task_status": ([ReportP, c_size_t], c_int, None),
    # const char *congdoan_report_task_status_note(const congdoan_report *report, size_t i);
    "congdoan_report_task_status_note": ([ReportP, c_size_t], c_char_p, _str),
    # const char *congdoan_task_status_name(congdoan_task_status status);
    "congdoan_task_status_name": ([c_int], c_char_p, _str),

    # ---- congdoan/issues.h ------------------------------------------------------------------------
    # int congdoan_issues_new(congdoan_issues **out);
    "congdoan_issues_new": ([POINTER(IssuesP)], c_int, _status),
    # void congdoan_issues_free(congdoan_issues *issues);
    "congdoan_issues_free": ([IssuesP], None, None),
    # void congdoan_issues_clear(congdoan_issues *issues);
    "congdoan_issues_clear": ([IssuesP], None, None),
    # size_t congdoan_issues_count(const congdoan_issues *issues);
    "congdoan_issues_count": ([IssuesP], c_size_t, None),
    # size_t congdoan_issues_count_at_least(const congdoan_issues *issues, congdoan_severity severity);
    "congdoan_issues_count_at_least": ([IssuesP, c_int], c_size_t, None),
    # const congdoan_issue *congdoan_issues_get(const congdoan_issues *issues, size_t i);
    "congdoan_issues_get": ([IssuesP, c_size_t], IssueP, _ptr),
    # const char *congdoan_issue_tag(const congdoan_issue *issue);
    "congdoan_issue_tag": ([IssueP], c_char_p, _str),
    # congdoan_severity congdoan_issue_severity(const congdoan_issue *issue);
    "congdoan_issue_severity": ([IssueP], c_int, None),
    # const char *congdoan_issue_file(const congdoan_issue *issue);
    "congdoan_issue_file": ([IssueP], c_char_p, _path),
    # long congdoan_issue_line(const congdoan_issue *issue);
    "congdoan_issue_line": ([IssueP], c_long, None),
    # long congdoan_issue_column(const congdoan_issue *issue);
    "congdoan_issue_column": ([IssueP], c_long, None),
    # const char *congdoan_issue_message(const congdoan_issue *issue);
    "congdoan_issue_message": ([IssueP], c_char_p, _str),
    # const char *congdoan_issue_explanation(const congdoan_issue *issue);
    "congdoan_issue_explanation": ([IssueP], c_char_p, _str),
    # size_t congdoan_issue_tag_count(void);
    "congdoan_issue_tag_count": ([], c_size_t, None),
    # const char *congdoan_issue_tag_name(size_t i);
    "congdoan_issue_tag_name": ([c_size_t], c_char_p, _str),
    # congdoan_severity congdoan_issue_tag_severity(const char *tag);
    "congdoan_issue_tag_severity": ([c_char_p], c_int, None),
    # const char *congdoan_issue_tag_explanation(const char *tag);
    "congdoan_issue_tag_explanation": ([c_char_p], c_char_p, _str),
    # const char *congdoan_severity_letter(congdoan_severity severity);
    "congdoan_severity_letter": ([c_int], c_char_p, _str),

    # ---- congdoan/corpus.h ------------------------------------------------------------------------
    # int congdoan_corpus_new(congdoan_corpus **out);
    "congdoan_corpus_new": ([POINTER(CorpusP)], c_int, _status),
    # void congdoan_corpus_free(congdoan_corpus *corpus);
    "congdoan_corpus_free": ([CorpusP], None, None),
    # int congdoan_corpus_set_limit(congdoan_corpus *corpus, congdoan_limit limit, long value);
    "congdoan_corpus_set_limit": ([CorpusP, c_int, c_long], c_int, _status),
    # long congdoan_corpus_get_limit(const congdoan_corpus *corpus, congdoan_limit limit);
    "congdoan_corpus_get_limit": ([CorpusP, c_int], c_long, None),
    # int congdoan_corpus_set_load_threads(congdoan_corpus *corpus, int threads);
    "congdoan_corpus_set_load_threads": ([CorpusP, c_int], c_int, _status),
    # int congdoan_corpus_get_load_threads(const congdoan_corpus *corpus);
    "congdoan_corpus_get_load_threads": ([CorpusP], c_int, None),
    # int congdoan_corpus_load_file(congdoan_corpus *corpus, const char *path, congdoan_issues *issues);
    "congdoan_corpus_load_file": ([CorpusP, c_char_p, IssuesP], c_int, _status),
    # int congdoan_corpus_load_memory(congdoan_corpus *corpus, const char *data, size_t size, const char
    #     *name, congdoan_issues *issues);
    "congdoan_corpus_load_memory": ([CorpusP, c_char_p, c_size_t, c_char_p, IssuesP], c_int, _status),
    # int congdoan_corpus_load_path(congdoan_corpus *corpus, const char *path, congdoan_issues *issues);
    "congdoan_corpus_load_path": ([CorpusP, c_char_p, IssuesP], c_int, _status),
    # int congdoan_corpus_check(const congdoan_corpus *corpus, congdoan_issues *issues);
    "congdoan_corpus_check": ([CorpusP, IssuesP], c_int, _status_or(Status.EINVALID)),
    # size_t congdoan_corpus_unit_count(const congdoan_corpus *corpus);
    "congdoan_corpus_unit_count": ([CorpusP], c_size_t, None),
    # const congdoan_unit *congdoan_corpus_unit(const congdoan_corpus *corpus, size_t i);
    "congdoan_corpus_unit": ([CorpusP, c_size_t], UnitP, _ptr),
    # const congdoan_unit *congdoan_corpus_unit_by_id(const congdoan_corpus *corpus, const char *id);
    "congdoan_corpus_unit_by_id": ([CorpusP, c_char_p], UnitP, _ptr),
    # size_t congdoan_corpus_root_count(const congdoan_corpus *corpus);
    "congdoan_corpus_root_count": ([CorpusP], c_size_t, None),
    # const congdoan_unit *congdoan_corpus_root(const congdoan_corpus *corpus, size_t i);
    "congdoan_corpus_root": ([CorpusP, c_size_t], UnitP, _ptr),
    # size_t congdoan_corpus_document_count(const congdoan_corpus *corpus);
    "congdoan_corpus_document_count": ([CorpusP], c_size_t, None),
    # const congdoan_document *congdoan_corpus_document(const congdoan_corpus *corpus, size_t i);
    "congdoan_corpus_document": ([CorpusP, c_size_t], DocumentP, _ptr),
    # const congdoan_document *congdoan_corpus_document_by_id(const congdoan_corpus *corpus, const char
    #     *id);
    "congdoan_corpus_document_by_id": ([CorpusP, c_char_p], DocumentP, _ptr),
    # const congdoan_document *congdoan_corpus_document_by_number(const congdoan_corpus *corpus, const
    #     char *number);
    "congdoan_corpus_document_by_number": ([CorpusP, c_char_p], DocumentP, _ptr),
    # size_t congdoan_corpus_report_count(const congdoan_corpus *corpus);
    "congdoan_corpus_report_count": ([CorpusP], c_size_t, None),
    # const congdoan_report *congdoan_corpus_report(const congdoan_corpus *corpus, size_t i);
    "congdoan_corpus_report": ([CorpusP, c_size_t], ReportP, _ptr),
    # const congdoan_report *congdoan_corpus_report_by_id(const congdoan_corpus *corpus, const char *id);
    "congdoan_corpus_report_by_id": ([CorpusP, c_char_p], ReportP, _ptr),
    # const char *congdoan_schema_namespace(void);
    "congdoan_schema_namespace": ([], c_char_p, _str),
    # const char *congdoan_schema_text(void);
    "congdoan_schema_text": ([], c_char_p, _str),
    # int congdoan_schema_validate_file(const char *path, congdoan_issues *issues);
    "congdoan_schema_validate_file": ([c_char_p, IssuesP], c_int, _status_or(Status.ESCHEMA)),

    # ---- congdoan/progress.h ----------------------------------------------------------------------
    # int congdoan_progress_compute(const congdoan_corpus *corpus, const congdoan_document *document,
    #     const congdoan_unit *unit, const char *period, int at_ymd, congdoan_progress **out);
    "congdoan_progress_compute": (
        [CorpusP, DocumentP, UnitP, c_char_p, c_int, POINTER(ProgressP)],
        c_int, _status),
    # void congdoan_progress_free(congdoan_progress *progress);
    "congdoan_progress_free": ([ProgressP], None, None),
    # congdoan_eval_status congdoan_indicator_judge(const congdoan_indicator *ind, double actual);
    "congdoan_indicator_judge": ([IndicatorP, c_double], c_int, None),
    # const congdoan_unit *congdoan_progress_unit(const congdoan_progress *progress);
    "congdoan_progress_unit": ([ProgressP], UnitP, _ptr),
    # const congdoan_document *congdoan_progress_document(const congdoan_progress *progress);
    "congdoan_progress_document": ([ProgressP], DocumentP, _ptr),
    # const char *congdoan_progress_period(const congdoan_progress *progress);
    "congdoan_progress_period": ([ProgressP], c_char_p, _str),
    # size_t congdoan_progress_indicator_count(const congdoan_progress *progress);
    "congdoan_progress_indicator_count": ([ProgressP], c_size_t, None),
    # const congdoan_indicator *congdoan_progress_indicator(const congdoan_progress *progress, size_t i);
    "congdoan_progress_indicator": ([ProgressP, c_size_t], IndicatorP, _ptr),
    # congdoan_eval_status congdoan_progress_status(const congdoan_progress *progress, size_t i);
    "congdoan_progress_status": ([ProgressP, c_size_t], c_int, None),
    # int congdoan_progress_actual(const congdoan_progress *progress, size_t i, double *out);
    "congdoan_progress_actual": ([ProgressP, c_size_t, POINTER(c_double)], c_int, _found),
    # int congdoan_progress_fraction(const congdoan_progress *progress, size_t i, double *numerator,
    #     double *denominator);
    "congdoan_progress_fraction": (
        [ProgressP, c_size_t, POINTER(c_double), POINTER(c_double)],
        c_int, _found),
    # int congdoan_progress_ratio(const congdoan_progress *progress, size_t i, double *out);
    "congdoan_progress_ratio": ([ProgressP, c_size_t, POINTER(c_double)], c_int, _found),
    # congdoan_value_source congdoan_progress_source(const congdoan_progress *progress, size_t i);
    "congdoan_progress_source": ([ProgressP, c_size_t], c_int, None),
    # const char *congdoan_value_source_name(congdoan_value_source source);
    "congdoan_value_source_name": ([c_int], c_char_p, _str),
    # size_t congdoan_progress_contributors(const congdoan_progress *progress, size_t i);
    "congdoan_progress_contributors": ([ProgressP, c_size_t], c_size_t, None),
    # size_t congdoan_progress_unaggregated(const congdoan_progress *progress, size_t i);
    "congdoan_progress_unaggregated": ([ProgressP, c_size_t], c_size_t, None),
    # size_t congdoan_progress_rate_only_count(const congdoan_progress *progress, size_t i);
    "congdoan_progress_rate_only_count": ([ProgressP, c_size_t], c_size_t, None),
    # const congdoan_unit *congdoan_progress_rate_only_unit(const congdoan_progress *progress, size_t i,
    #     size_t k);
    "congdoan_progress_rate_only_unit": ([ProgressP, c_size_t, c_size_t], UnitP, None),
    # size_t congdoan_progress_score_left_out_count(const congdoan_progress *progress, size_t i);
    "congdoan_progress_score_left_out_count": ([ProgressP, c_size_t], c_size_t, None),
    # const congdoan_unit *congdoan_progress_score_left_out_unit(const congdoan_progress *progress, size_t i,
    #     size_t k);
    "congdoan_progress_score_left_out_unit": ([ProgressP, c_size_t, c_size_t], UnitP, None),
    # size_t congdoan_progress_child_count(const congdoan_progress *progress);
    "congdoan_progress_child_count": ([ProgressP], c_size_t, None),
    # const congdoan_unit *congdoan_progress_child(const congdoan_progress *progress, size_t c);
    "congdoan_progress_child": ([ProgressP, c_size_t], UnitP, _ptr),
    # congdoan_eval_status congdoan_progress_child_status(const congdoan_progress *progress, size_t c,
    #     size_t i);
    "congdoan_progress_child_status": ([ProgressP, c_size_t, c_size_t], c_int, None),
    # int congdoan_progress_child_actual(const congdoan_progress *progress, size_t c, size_t i, double
    #     *out);
    "congdoan_progress_child_actual": ([ProgressP, c_size_t, c_size_t, POINTER(c_double)], c_int, _found),
    # size_t congdoan_progress_finding_count(const congdoan_progress *progress);
    "congdoan_progress_finding_count": ([ProgressP], c_size_t, None),
    # const congdoan_unit *congdoan_progress_finding_unit(const congdoan_progress *progress, size_t k);
    "congdoan_progress_finding_unit": ([ProgressP, c_size_t], UnitP, _ptr),
    # const congdoan_indicator *congdoan_progress_finding_indicator(const congdoan_progress *progress,
    #     size_t k);
    "congdoan_progress_finding_indicator": ([ProgressP, c_size_t], IndicatorP, _ptr),
    # int congdoan_progress_finding_values(const congdoan_progress *progress, size_t k, double *reported,
    #     double *computed);
    "congdoan_progress_finding_values": (
        [ProgressP, c_size_t, POINTER(c_double), POINTER(c_double)],
        c_int, _status),
    # size_t congdoan_progress_expected_count(const congdoan_progress *progress);
    "congdoan_progress_expected_count": ([ProgressP], c_size_t, None),
    # const congdoan_unit *congdoan_progress_expected_unit(const congdoan_progress *progress, size_t k);
    "congdoan_progress_expected_unit": ([ProgressP, c_size_t], UnitP, _ptr),
    # congdoan_submission congdoan_progress_expected_submission(const congdoan_progress *progress, size_t
    #     k);
    "congdoan_progress_expected_submission": ([ProgressP, c_size_t], c_int, None),
    # int congdoan_progress_expected_submitted(const congdoan_progress *progress, size_t k);
    "congdoan_progress_expected_submitted": ([ProgressP, c_size_t], c_int, None),
    # size_t congdoan_progress_expected_lacking(const congdoan_progress *progress, size_t k);
    "congdoan_progress_expected_lacking": ([ProgressP, c_size_t], c_size_t, None),
    # int congdoan_progress_child_expected(const congdoan_progress *progress, size_t c, size_t i);
    "congdoan_progress_child_expected": ([ProgressP, c_size_t, c_size_t], c_int, None),
    # int congdoan_document_expects(const congdoan_document *doc, const congdoan_unit *unit, const
    #     congdoan_indicator *ind);
    "congdoan_document_expects": ([DocumentP, UnitP, IndicatorP], c_int, None),
    # congdoan_population_status congdoan_progress_population(const congdoan_progress *progress, size_t
    #     i);
    "congdoan_progress_population": ([ProgressP, c_size_t], c_int, None),
    # size_t congdoan_progress_population_excluded(const congdoan_progress *progress, size_t i);
    "congdoan_progress_population_excluded": ([ProgressP, c_size_t], c_size_t, None),
    # size_t congdoan_progress_population_unchecked(const congdoan_progress *progress, size_t i);
    "congdoan_progress_population_unchecked": ([ProgressP, c_size_t], c_size_t, None),
    # int congdoan_progress_deadline(const congdoan_progress *progress);
    "congdoan_progress_deadline": ([ProgressP], c_int, None),
    # const char *congdoan_eval_status_name(congdoan_eval_status status);
    "congdoan_eval_status_name": ([c_int], c_char_p, _str),
    # const char *congdoan_population_status_name(congdoan_population_status status);
    "congdoan_population_status_name": ([c_int], c_char_p, _str),
    # const char *congdoan_submission_name(congdoan_submission submission);
    "congdoan_submission_name": ([c_int], c_char_p, _str),

    # ---- congdoan/tasks.h -------------------------------------------------------------------------
    # int congdoan_corpus_tasks_for_unit(const congdoan_corpus *corpus, const congdoan_unit *unit, int
    #     roles, int flags, congdoan_task_list **out);
    "congdoan_corpus_tasks_for_unit": ([CorpusP, UnitP, c_int, c_int, POINTER(TaskListP)], c_int, _status),
    # int congdoan_corpus_overdue_tasks(const congdoan_corpus *corpus, const congdoan_document *document,
    #     int at_ymd, congdoan_task_list **out);
    "congdoan_corpus_overdue_tasks": ([CorpusP, DocumentP, c_int, POINTER(TaskListP)], c_int, _status),
    # void congdoan_task_list_free(congdoan_task_list *list);
    "congdoan_task_list_free": ([TaskListP], None, None),
    # size_t congdoan_task_list_count(const congdoan_task_list *list);
    "congdoan_task_list_count": ([TaskListP], c_size_t, None),
    # const congdoan_task *congdoan_task_list_get(const congdoan_task_list *list, size_t i);
    "congdoan_task_list_get": ([TaskListP, c_size_t], TaskP, _ptr),
    # int congdoan_task_list_role(const congdoan_task_list *list, size_t i);
    "congdoan_task_list_role": ([TaskListP, c_size_t], c_int, None),
    # int congdoan_task_latest_status(const congdoan_task *task, int at_ymd, congdoan_task_status *status,
    #     const congdoan_report **report);
    "congdoan_task_latest_status": ([TaskP, c_int, POINTER(c_int), POINTER(ReportP)], c_int, _status),
    # int congdoan_task_due_at(const congdoan_task *task, int at_ymd);
    "congdoan_task_due_at": ([TaskP, c_int], c_int, None),
    # int congdoan_task_is_overdue(const congdoan_task *task, int at_ymd);
    "congdoan_task_is_overdue": ([TaskP, c_int], c_int, _bool),

    # ---- congdoan/cascade.h -----------------------------------------------------------------------
    # int congdoan_cascade_compute(const congdoan_corpus *corpus, const congdoan_document *higher,
    #     congdoan_cascade **out);
    "congdoan_cascade_compute": ([CorpusP, DocumentP, POINTER(CascadeP)], c_int, _status),
    # void congdoan_cascade_free(congdoan_cascade *cascade);
    "congdoan_cascade_free": ([CascadeP], None, None),
    # const congdoan_document *congdoan_cascade_higher(const congdoan_cascade *cascade);
    "congdoan_cascade_higher": ([CascadeP], DocumentP, _ptr),
    # size_t congdoan_cascade_lower_count(const congdoan_cascade *cascade);
    "congdoan_cascade_lower_count": ([CascadeP], c_size_t, None),
    # const congdoan_document *congdoan_cascade_lower(const congdoan_cascade *cascade, size_t l);
    "congdoan_cascade_lower": ([CascadeP, c_size_t], DocumentP, _ptr),
    # size_t congdoan_cascade_indicator_count(const congdoan_cascade *cascade);
    "congdoan_cascade_indicator_count": ([CascadeP], c_size_t, None),
    # const congdoan_indicator *congdoan_cascade_indicator(const congdoan_cascade *cascade, size_t i);
    "congdoan_cascade_indicator": ([CascadeP, c_size_t], IndicatorP, _ptr),
    # const congdoan_indicator *congdoan_cascade_refinement(const congdoan_cascade *cascade, size_t l,
    #     size_t i);
    "congdoan_cascade_refinement": ([CascadeP, c_size_t, c_size_t], IndicatorP, _ptr),
    # congdoan_demand congdoan_cascade_demand(const congdoan_cascade *cascade, size_t l, size_t i);
    "congdoan_cascade_demand": ([CascadeP, c_size_t, c_size_t], c_int, None),
    # size_t congdoan_cascade_missed_count(const congdoan_cascade *cascade, size_t l);
    "congdoan_cascade_missed_count": ([CascadeP, c_size_t], c_size_t, None),
    # int congdoan_cascade_allocation(const congdoan_cascade *cascade, size_t i, double *allocated, size_t
    #     *allocating);
    "congdoan_cascade_allocation": (
        [CascadeP, c_size_t, POINTER(c_double), POINTER(c_size_t)],
        c_int, _found),
    # size_t congdoan_cascade_missing_count(const congdoan_cascade *cascade);
    "congdoan_cascade_missing_count": ([CascadeP], c_size_t, None),
    # const congdoan_unit *congdoan_cascade_missing(const congdoan_cascade *cascade, size_t k);
    "congdoan_cascade_missing": ([CascadeP, c_size_t], UnitP, _ptr),
    # const char *congdoan_demand_name(congdoan_demand demand);
    "congdoan_demand_name": ([c_int], c_char_p, _str),

    # ---- congdoan/breakdown.h ---------------------------------------------------------------------
    # int congdoan_breakdown_compute(const congdoan_progress *progress, congdoan_breakdown **out);
    "congdoan_breakdown_compute": ([ProgressP, POINTER(BreakdownP)], c_int, _status),
    # void congdoan_breakdown_free(congdoan_breakdown *breakdown);
    "congdoan_breakdown_free": ([BreakdownP], None, None),
    # size_t congdoan_breakdown_child_count(const congdoan_breakdown *breakdown);
    "congdoan_breakdown_child_count": ([BreakdownP], c_size_t, None),
    # const congdoan_unit *congdoan_breakdown_child(const congdoan_breakdown *breakdown, size_t c);
    "congdoan_breakdown_child": ([BreakdownP, c_size_t], UnitP, _ptr),
    # size_t congdoan_breakdown_indicator_count(const congdoan_breakdown *breakdown);
    "congdoan_breakdown_indicator_count": ([BreakdownP], c_size_t, None),
    # const congdoan_indicator *congdoan_breakdown_indicator(const congdoan_breakdown *breakdown, size_t i);
    "congdoan_breakdown_indicator": ([BreakdownP, c_size_t], IndicatorP, _ptr),
    # congdoan_eval_status congdoan_breakdown_status(const congdoan_breakdown *breakdown, size_t c, size_t i);
    "congdoan_breakdown_status": ([BreakdownP, c_size_t, c_size_t], c_int, None),
    # congdoan_target_basis congdoan_breakdown_basis(const congdoan_breakdown *breakdown, size_t c, size_t i);
    "congdoan_breakdown_basis": ([BreakdownP, c_size_t, c_size_t], c_int, None),
    # const congdoan_indicator *congdoan_breakdown_target(const congdoan_breakdown *breakdown, size_t c,
    #     size_t i);
    "congdoan_breakdown_target": ([BreakdownP, c_size_t, c_size_t], IndicatorP, _ptr),
    # int congdoan_breakdown_actual(const congdoan_breakdown *breakdown, size_t c, size_t i, double *out);
    "congdoan_breakdown_actual": ([BreakdownP, c_size_t, c_size_t, POINTER(c_double)], c_int, _found),
    # int congdoan_breakdown_fraction(const congdoan_breakdown *breakdown, size_t c, size_t i, double
    #     *numerator, double *denominator);
    "congdoan_breakdown_fraction": (
        [BreakdownP, c_size_t, c_size_t, POINTER(c_double), POINTER(c_double)], c_int, _found),
    # int congdoan_breakdown_ratio(const congdoan_breakdown *breakdown, size_t c, size_t i, double *out);
    "congdoan_breakdown_ratio": ([BreakdownP, c_size_t, c_size_t, POINTER(c_double)], c_int, _found),
    # size_t congdoan_breakdown_status_count(const congdoan_breakdown *breakdown, size_t c,
    #     congdoan_eval_status status);
    "congdoan_breakdown_status_count": ([BreakdownP, c_size_t, c_int], c_size_t, None),
    # size_t congdoan_breakdown_rank(const congdoan_breakdown *breakdown, size_t k);
    "congdoan_breakdown_rank": ([BreakdownP, c_size_t], c_size_t, None),
    # size_t congdoan_breakdown_fill(const congdoan_breakdown *breakdown, size_t start, size_t count, int
    #     *status, int *basis, double *actual, double *numerator, double *denominator, double *ratio);
    "congdoan_breakdown_fill": ([
        BreakdownP, c_size_t, c_size_t, POINTER(c_int), POINTER(c_int), POINTER(c_double),
        POINTER(c_double), POINTER(c_double), POINTER(c_double)],
        c_size_t, None),
    # const char *congdoan_target_basis_name(congdoan_target_basis basis);
    "congdoan_target_basis_name": ([c_int], c_char_p, _str),
    # int congdoan_indicator_ratio(const congdoan_indicator *indicator, double value, double *out);
    "congdoan_indicator_ratio": ([IndicatorP, c_double, POINTER(c_double)], c_int, _found),

    # ---- congdoan/trend.h -------------------------------------------------------------------------
    # int congdoan_trend_compute(const congdoan_corpus *corpus, const congdoan_document *document, const
    #     congdoan_unit *unit, const char *period, int at_ymd, size_t max_periods, congdoan_trend **out);
    "congdoan_trend_compute": (
        [CorpusP, DocumentP, UnitP, c_char_p, c_int, c_size_t, POINTER(TrendP)], c_int, _status),
    # void congdoan_trend_free(congdoan_trend *trend);
    "congdoan_trend_free": ([TrendP], None, None),
    # size_t congdoan_trend_period_count(const congdoan_trend *trend);
    "congdoan_trend_period_count": ([TrendP], c_size_t, None),
    # const char *congdoan_trend_period(const congdoan_trend *trend, size_t k);
    "congdoan_trend_period": ([TrendP, c_size_t], c_char_p, _str),
    # const congdoan_progress *congdoan_trend_progress(const congdoan_trend *trend, size_t k);
    "congdoan_trend_progress": ([TrendP, c_size_t], ProgressP, _ptr),

    # ---- congdoan/bulk.h --------------------------------------------------------------------------
    # long congdoan_unit_index(const congdoan_unit *unit);
    "congdoan_unit_index": ([UnitP], c_long, None),
    # size_t congdoan_corpus_units_fill(const congdoan_corpus *corpus, size_t start, size_t count, const
    #     char **id, const char **name, long *parent, int *kind, int *level, int *sector, long *members, long
    #     *workers);
    "congdoan_corpus_units_fill": ([
        CorpusP, c_size_t, c_size_t, POINTER(c_char_p), POINTER(c_char_p), POINTER(c_long), POINTER(c_int),
        POINTER(c_int), POINTER(c_int), POINTER(c_long), POINTER(c_long)],
        c_size_t, None),
    # size_t congdoan_corpus_classifications_fill(const congdoan_corpus *corpus, int year, size_t start,
    #     size_t count, int *grade);
    "congdoan_corpus_classifications_fill": (
        [CorpusP, c_int, c_size_t, c_size_t, POINTER(c_int)],
        c_size_t, None),
    # size_t congdoan_corpus_reports_fill(const congdoan_corpus *corpus, size_t start, size_t count, const
    #     char **id, const char **unit_id, long *unit, const char **document_id, const char **period, int
    #     *submitted, size_t *value_count);
    "congdoan_corpus_reports_fill": ([
        CorpusP, c_size_t, c_size_t, POINTER(c_char_p), POINTER(c_char_p), POINTER(c_long),
        POINTER(c_char_p), POINTER(c_char_p), POINTER(c_int), POINTER(c_size_t)],
        c_size_t, None),
    # size_t congdoan_corpus_value_count(const congdoan_corpus *corpus);
    "congdoan_corpus_value_count": ([CorpusP], c_size_t, None),
    # size_t congdoan_corpus_values_fill(const congdoan_corpus *corpus, size_t start, size_t count, long
    #     *report, const char **indicator_id, double *value, double *numerator, double *denominator, int
    #     *flags, int *coverage);
    "congdoan_corpus_values_fill": ([
        CorpusP, c_size_t, c_size_t, POINTER(c_long), POINTER(c_char_p), POINTER(c_double),
        POINTER(c_double), POINTER(c_double), POINTER(c_int), POINTER(c_int)],
        c_size_t, None),
    # size_t congdoan_report_values_fill(const congdoan_report *report, size_t start, size_t count, const
    #     char **indicator_id, double *value, double *numerator, double *denominator, int *flags, int
    #     *coverage);
    "congdoan_report_values_fill": ([
        ReportP, c_size_t, c_size_t, POINTER(c_char_p), POINTER(c_double), POINTER(c_double),
        POINTER(c_double), POINTER(c_int), POINTER(c_int)],
        c_size_t, None),
    # size_t congdoan_progress_indicators_fill(const congdoan_progress *progress, size_t start, size_t
    #     count, int *status, int *source, double *actual, double *numerator, double *denominator, double
    #     *ratio, size_t *contributors, size_t *unaggregated);
    "congdoan_progress_indicators_fill": ([
        ProgressP, c_size_t, c_size_t, POINTER(c_int), POINTER(c_int), POINTER(c_double), POINTER(c_double),
        POINTER(c_double), POINTER(c_double), POINTER(c_size_t), POINTER(c_size_t)],
        c_size_t, None),
    # size_t congdoan_progress_children_fill(const congdoan_progress *progress, size_t start, size_t
    #     count, long *unit, int *status, double *actual);
    "congdoan_progress_children_fill": (
        [ProgressP, c_size_t, c_size_t, POINTER(c_long), POINTER(c_int), POINTER(c_double)],
        c_size_t, None),
    # size_t congdoan_progress_findings_fill(const congdoan_progress *progress, size_t start, size_t
    #     count, long *unit, size_t *indicator, double *reported, double *computed);
    "congdoan_progress_findings_fill": ([
        ProgressP, c_size_t, c_size_t, POINTER(c_long), POINTER(c_size_t), POINTER(c_double),
        POINTER(c_double)],
        c_size_t, None),
    # size_t congdoan_progress_expected_fill(const congdoan_progress *progress, size_t start, size_t
    #     count, long *unit, int *submission, int *submitted);
    "congdoan_progress_expected_fill": (
        [ProgressP, c_size_t, c_size_t, POINTER(c_long), POINTER(c_int), POINTER(c_int)],
        c_size_t, None),
    # size_t congdoan_issues_fill(const congdoan_issues *issues, size_t start, size_t count, const char
    #     **tag, int *severity, const char **file, long *line, long *column, const char **message);
    "congdoan_issues_fill": ([
        IssuesP, c_size_t, c_size_t, POINTER(c_char_p), POINTER(c_int), POINTER(c_char_p), POINTER(c_long),
        POINTER(c_long), POINTER(c_char_p)],
        c_size_t, None),

    # ---- congdoan/document.h (vocabulary 1.2) -----------------------------------------------------
    # const char *congdoan_document_author(const congdoan_document *doc);
    "congdoan_document_author": ([DocumentP], c_char_p, _str),
    # const char *congdoan_document_issuer_text(const congdoan_document *doc);
    "congdoan_document_issuer_text": ([DocumentP], c_char_p, _str),
    # int congdoan_document_published(const congdoan_document *doc);
    "congdoan_document_published": ([DocumentP], c_int, None),
    # const char *congdoan_document_relation_title(const congdoan_document *doc, size_t i);
    "congdoan_document_relation_title": ([DocumentP, c_size_t], c_char_p, _str),
    # int congdoan_document_reporter_coverage(const congdoan_document *doc, size_t i);
    "congdoan_document_reporter_coverage": ([DocumentP, c_size_t], c_int, None),
    # size_t congdoan_document_reporter_indicator_count(const congdoan_document *doc, size_t i);
    "congdoan_document_reporter_indicator_count": ([DocumentP, c_size_t], c_size_t, None),
    # const char *congdoan_document_reporter_indicator_id(const congdoan_document *doc, size_t i,
    #     size_t k);
    "congdoan_document_reporter_indicator_id": ([DocumentP, c_size_t, c_size_t], c_char_p, _str),
    # const congdoan_unit *congdoan_document_reporting_via(const congdoan_document *doc);
    "congdoan_document_reporting_via": ([DocumentP], UnitP, _ptr),
    # const char *congdoan_document_reporting_via_id(const congdoan_document *doc);
    "congdoan_document_reporting_via_id": ([DocumentP], c_char_p, _str),
    # const congdoan_result *congdoan_document_result(const congdoan_document *doc, size_t i);
    "congdoan_document_result": ([DocumentP, c_size_t], ResultP, _ptr),
    # const congdoan_result *congdoan_document_result_by_id(const congdoan_document *doc, const char
    #     *id);
    "congdoan_document_result_by_id": ([DocumentP, c_char_p], ResultP, _ptr),
    # size_t congdoan_document_result_count(const congdoan_document *doc);
    "congdoan_document_result_count": ([DocumentP], c_size_t, None),
    # const char *congdoan_document_source(const congdoan_document *doc, const char **file, int
    #     *line, int *column);
    "congdoan_document_source": (
        [DocumentP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)],
        c_char_p, _str),
    # const char *congdoan_document_signer_source(const congdoan_document *doc, const char **file,
    #     int *line, int *column);
    "congdoan_document_signer_source": (
        [DocumentP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),
    # const char *congdoan_document_relation_source(const congdoan_document *doc, size_t i, const
    #     char **file, int *line, int *column);
    "congdoan_document_relation_source": (
        [DocumentP, c_size_t, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),
    # const char *congdoan_document_recipient_source(const congdoan_document *doc, size_t i, const
    #     char **file, int *line, int *column);
    "congdoan_document_recipient_source": (
        [DocumentP, c_size_t, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),
    # const char *congdoan_section_source(const congdoan_section *section, const char **file, int
    #     *line, int *column);
    "congdoan_section_source": (
        [SectionP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),
    # const congdoan_result *congdoan_section_item_result(const congdoan_section *section, size_t
    #     i);
    "congdoan_section_item_result": ([SectionP, c_size_t], ResultP, _ptr),

    # ---- congdoan/edit.h (vocabulary 1.2) ---------------------------------------------------------
    # int congdoan_corpus_add_group(congdoan_corpus *corpus, const char *id, congdoan_group_kind
    #     kind, const char *name, const congdoan_unit **out);
    "congdoan_corpus_add_group": ([CorpusP, c_char_p, c_int, c_char_p, POINTER(UnitP)], c_int, _status),
    # int congdoan_document_add_titled_relation(congdoan_corpus *corpus, const congdoan_document
    #     *doc, congdoan_relation_type type, const char *title, int date_ymd, const char *text);
    "congdoan_document_add_titled_relation": (
        [CorpusP, DocumentP, c_int, c_char_p, c_int, c_char_p],
        c_int, _status),
    # int congdoan_document_set_author(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     char *author);
    "congdoan_document_set_author": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_issuer_text(congdoan_corpus *corpus, const congdoan_document *doc,
    #     const char *text);
    "congdoan_document_set_issuer_text": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_published(congdoan_corpus *corpus, const congdoan_document *doc, int
    #     date_ymd);
    "congdoan_document_set_published": ([CorpusP, DocumentP, c_int], c_int, _status),
    # int congdoan_document_set_relation_title(congdoan_corpus *corpus, const congdoan_document
    #     *doc, size_t i, const char *title);
    "congdoan_document_set_relation_title": ([CorpusP, DocumentP, c_size_t, c_char_p], c_int, _status),
    # int congdoan_document_set_reporter_coverage(congdoan_corpus *corpus, const congdoan_document
    #     *doc, size_t i, int coverage);
    "congdoan_document_set_reporter_coverage": ([CorpusP, DocumentP, c_size_t, c_int], c_int, _status),
    # int congdoan_document_set_reporter_indicators(congdoan_corpus *corpus, const congdoan_document
    #     *doc, size_t i, const char *const *indicator_ids, size_t count);
    "congdoan_document_set_reporter_indicators": (
        [CorpusP, DocumentP, c_size_t, POINTER(c_char_p), c_size_t],
        c_int, _status),
    # int congdoan_document_set_reporting_via(congdoan_corpus *corpus, const congdoan_document *doc,
    #     const char *via_id);
    "congdoan_document_set_reporting_via": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_source(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     char *file, int line, int column, const char *words);
    "congdoan_document_set_source": ([CorpusP, DocumentP, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_document_set_signer_source(congdoan_corpus *corpus, const congdoan_document *doc,
    #     const char *file, int line, int column, const char *words);
    "congdoan_document_set_signer_source": (
        [CorpusP, DocumentP, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_document_set_relation_source(congdoan_corpus *corpus, const congdoan_document
    #     *doc, size_t i, const char *file, int line, int column, const char *words);
    "congdoan_document_set_relation_source": (
        [CorpusP, DocumentP, c_size_t, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_document_set_recipient_source(congdoan_corpus *corpus, const congdoan_document
    #     *doc, size_t i, const char *file, int line, int column, const char *words);
    "congdoan_document_set_recipient_source": (
        [CorpusP, DocumentP, c_size_t, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_section_set_source(congdoan_corpus *corpus, const congdoan_section *section,
    #     const char *file, int line, int column, const char *words);
    "congdoan_section_set_source": ([CorpusP, SectionP, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_group_add_member(congdoan_corpus *corpus, const congdoan_unit *group, const char
    #     *unit_id);
    "congdoan_group_add_member": ([CorpusP, UnitP, c_char_p], c_int, _status),
    # int congdoan_group_remove_member(congdoan_corpus *corpus, const congdoan_unit *group, size_t
    #     i);
    "congdoan_group_remove_member": ([CorpusP, UnitP, c_size_t], c_int, _status),
    # int congdoan_group_set_kind(congdoan_corpus *corpus, const congdoan_unit *group,
    #     congdoan_group_kind kind);
    "congdoan_group_set_kind": ([CorpusP, UnitP, c_int], c_int, _status),
    # int congdoan_indicator_add_population(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *text, const char *of, const char *measure, congdoan_comparator comparator,
    #     double value);
    "congdoan_indicator_add_population": (
        [CorpusP, IndicatorP, c_char_p, c_char_p, c_char_p, c_int, c_double],
        c_int, _status),
    # int congdoan_indicator_remove_population(congdoan_corpus *corpus, const congdoan_indicator
    #     *ind, size_t i);
    "congdoan_indicator_remove_population": ([CorpusP, IndicatorP, c_size_t], c_int, _status),
    # int congdoan_indicator_set_by(congdoan_corpus *corpus, const congdoan_indicator *ind, const
    #     char *by);
    "congdoan_indicator_set_by": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_currency(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *currency);
    "congdoan_indicator_set_currency": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_direction(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     int direction);
    "congdoan_indicator_set_direction": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_part_of_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *indicator_id);
    "congdoan_indicator_set_part_of_id": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_period_text(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *text);
    "congdoan_indicator_set_period_text": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_score_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     double score_max);
    "congdoan_indicator_set_score_max": ([CorpusP, IndicatorP, c_double], c_int, _status),
    # int congdoan_indicator_set_source(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *file, int line, int column, const char *words);
    "congdoan_indicator_set_source": (
        [CorpusP, IndicatorP, c_char_p, c_int, c_int, c_char_p],
        c_int, _status),
    # int congdoan_indicator_set_subject(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *subject);
    "congdoan_indicator_set_subject": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_report_add_empty_value(congdoan_corpus *corpus, const congdoan_report *report,
    #     const char *indicator_id, congdoan_coverage coverage);
    "congdoan_report_add_empty_value": ([CorpusP, ReportP, c_char_p, c_int], c_int, _status),
    # int congdoan_report_add_result(congdoan_corpus *corpus, const congdoan_report *report, const
    #     char *id, const char *text, const congdoan_result **out);
    "congdoan_report_add_result": ([CorpusP, ReportP, c_char_p, c_char_p, POINTER(ResultP)], c_int, _status),
    # int congdoan_report_set_unit_task_status(congdoan_corpus *corpus, const congdoan_report
    #     *report, const char *task_id, const char *unit_id, congdoan_task_status status, int
    #     completed_ymd, const char *note);
    "congdoan_report_set_unit_task_status": (
        [CorpusP, ReportP, c_char_p, c_char_p, c_int, c_int, c_char_p],
        c_int, _status),
    # int congdoan_result_add_population(congdoan_corpus *corpus, const congdoan_result *result,
    #     const char *text, const char *of, const char *measure, congdoan_comparator comparator,
    #     double value);
    "congdoan_result_add_population": (
        [CorpusP, ResultP, c_char_p, c_char_p, c_char_p, c_int, c_double],
        c_int, _status),
    # int congdoan_result_clear_number(congdoan_corpus *corpus, const congdoan_result *result,
    #     congdoan_result_number which);
    "congdoan_result_clear_number": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_remove_population(congdoan_corpus *corpus, const congdoan_result *result,
    #     size_t i);
    "congdoan_result_remove_population": ([CorpusP, ResultP, c_size_t], c_int, _status),
    # int congdoan_result_set_comparator(congdoan_corpus *corpus, const congdoan_result *result,
    #     congdoan_comparator comparator);
    "congdoan_result_set_comparator": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_set_cumulative(congdoan_corpus *corpus, const congdoan_result *result, int
    #     cumulative);
    "congdoan_result_set_cumulative": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_set_currency(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *currency);
    "congdoan_result_set_currency": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_estimate(congdoan_corpus *corpus, const congdoan_result *result, int
    #     estimate);
    "congdoan_result_set_estimate": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_set_indicator(congdoan_corpus *corpus, const congdoan_result *result,
    #     const char *document_id, const char *indicator_id);
    "congdoan_result_set_indicator": ([CorpusP, ResultP, c_char_p, c_char_p], c_int, _status),
    # int congdoan_result_set_measure(congdoan_corpus *corpus, const congdoan_result *result,
    #     congdoan_measure measure);
    "congdoan_result_set_measure": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_set_number(congdoan_corpus *corpus, const congdoan_result *result,
    #     congdoan_result_number which, double value);
    "congdoan_result_set_number": ([CorpusP, ResultP, c_int, c_double], c_int, _status),
    # int congdoan_result_set_over_target_comparator(congdoan_corpus *corpus, const congdoan_result
    #     *result, congdoan_comparator comparator);
    "congdoan_result_set_over_target_comparator": ([CorpusP, ResultP, c_int], c_int, _status),
    # int congdoan_result_set_part_of_id(congdoan_corpus *corpus, const congdoan_result *result,
    #     const char *result_id);
    "congdoan_result_set_part_of_id": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_period(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *period);
    "congdoan_result_set_period": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_period_text(congdoan_corpus *corpus, const congdoan_result *result,
    #     const char *text);
    "congdoan_result_set_period_text": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_source(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *file, int line, int column, const char *words);
    "congdoan_result_set_source": ([CorpusP, ResultP, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_result_set_subject(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *subject);
    "congdoan_result_set_subject": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_text(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *text);
    "congdoan_result_set_text": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_unit_id(congdoan_corpus *corpus, const congdoan_result *result, const
    #     char *unit_id);
    "congdoan_result_set_unit_id": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_result_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_result
    #     *result, const char *noun);
    "congdoan_result_set_unit_of_measure": ([CorpusP, ResultP, c_char_p], c_int, _status),
    # int congdoan_section_add_result(congdoan_corpus *corpus, const congdoan_section *section,
    #     const char *id, const char *text, const congdoan_result **out);
    "congdoan_section_add_result": (
        [CorpusP, SectionP, c_char_p, c_char_p, POINTER(ResultP)],
        c_int, _status),
    # int congdoan_task_add_coordinator_class(congdoan_corpus *corpus, const congdoan_task *task,
    #     congdoan_level level, int kinds, int sectors, const char *text);
    "congdoan_task_add_coordinator_class": ([CorpusP, TaskP, c_int, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_task_add_milestone(congdoan_corpus *corpus, const congdoan_task *task, const char
    #     *due_code, const char *due_text, const char *text);
    "congdoan_task_add_milestone": ([CorpusP, TaskP, c_char_p, c_char_p, c_char_p], c_int, _status),
    # int congdoan_task_remove_milestone(congdoan_corpus *corpus, const congdoan_task *task, size_t
    #     i);
    "congdoan_task_remove_milestone": ([CorpusP, TaskP, c_size_t], c_int, _status),
    # int congdoan_task_set_lead_class(congdoan_corpus *corpus, const congdoan_task *task,
    #     congdoan_level level, int kinds, int sectors);
    "congdoan_task_set_lead_class": ([CorpusP, TaskP, c_int, c_int, c_int], c_int, _status),
    # int congdoan_task_set_lead_text(congdoan_corpus *corpus, const congdoan_task *task, const char
    #     *text);
    "congdoan_task_set_lead_text": ([CorpusP, TaskP, c_char_p], c_int, _status),
    # int congdoan_task_set_source(congdoan_corpus *corpus, const congdoan_task *task, const char
    #     *file, int line, int column, const char *words);
    "congdoan_task_set_source": ([CorpusP, TaskP, c_char_p, c_int, c_int, c_char_p], c_int, _status),
    # int congdoan_unit_set_org_kind(congdoan_corpus *corpus, const congdoan_unit *unit,
    #     congdoan_org_kind kind);
    "congdoan_unit_set_org_kind": ([CorpusP, UnitP, c_int], c_int, _status),

    # ---- congdoan/indicator.h (vocabulary 1.2) ----------------------------------------------------
    # const char *congdoan_direction_name(congdoan_direction direction);
    "congdoan_direction_name": ([c_int], c_char_p, _str),
    # const char *congdoan_indicator_by(const congdoan_indicator *ind);
    "congdoan_indicator_by": ([IndicatorP], c_char_p, _str),
    # int congdoan_indicator_by_date(const congdoan_indicator *ind);
    "congdoan_indicator_by_date": ([IndicatorP], c_int, None),
    # const char *congdoan_indicator_currency(const congdoan_indicator *ind);
    "congdoan_indicator_currency": ([IndicatorP], c_char_p, _str),
    # congdoan_direction congdoan_indicator_direction(const congdoan_indicator *ind);
    "congdoan_indicator_direction": ([IndicatorP], c_int, None),
    # const congdoan_indicator *congdoan_indicator_part_of(const congdoan_indicator *ind);
    "congdoan_indicator_part_of": ([IndicatorP], IndicatorP, _ptr),
    # const char *congdoan_indicator_part_of_id(const congdoan_indicator *ind);
    "congdoan_indicator_part_of_id": ([IndicatorP], c_char_p, _str),
    # const char *congdoan_indicator_period_text(const congdoan_indicator *ind);
    "congdoan_indicator_period_text": ([IndicatorP], c_char_p, _str),
    # const congdoan_population *congdoan_indicator_population(const congdoan_indicator *ind, size_t
    #     i);
    "congdoan_indicator_population": ([IndicatorP, c_size_t], PopulationP, _ptr),
    # size_t congdoan_indicator_population_count(const congdoan_indicator *ind);
    "congdoan_indicator_population_count": ([IndicatorP], c_size_t, None),
    # int congdoan_indicator_score_max(const congdoan_indicator *ind, double *out);
    "congdoan_indicator_score_max": ([IndicatorP, POINTER(c_double)], c_int, _found),
    # const char *congdoan_indicator_source(const congdoan_indicator *ind, const char **file, int
    #     *line, int *column);
    "congdoan_indicator_source": (
        [IndicatorP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)],
        c_char_p, _str),
    # const char *congdoan_indicator_subject(const congdoan_indicator *ind);
    "congdoan_indicator_subject": ([IndicatorP], c_char_p, _str),

    # ---- congdoan/report.h (vocabulary 1.2) -------------------------------------------------------
    # int congdoan_report_is_skeleton(const congdoan_report *report);
    "congdoan_report_is_skeleton": ([ReportP], c_int, _bool),
    # const congdoan_result *congdoan_report_result(const congdoan_report *report, size_t i);
    "congdoan_report_result": ([ReportP, c_size_t], ResultP, _ptr),
    # size_t congdoan_report_result_count(const congdoan_report *report);
    "congdoan_report_result_count": ([ReportP], c_size_t, None),
    # int congdoan_report_task_status_completed(const congdoan_report *report, size_t i);
    "congdoan_report_task_status_completed": ([ReportP, c_size_t], c_int, None),
    # const char *congdoan_report_task_status_unit_id(const congdoan_report *report, size_t i);
    "congdoan_report_task_status_unit_id": ([ReportP, c_size_t], c_char_p, _str),
    # int congdoan_report_value_is_empty(const congdoan_report *report, size_t i);
    "congdoan_report_value_is_empty": ([ReportP, c_size_t], c_int, _bool),

    # ---- congdoan/result.h (vocabulary 1.2) -------------------------------------------------------
    # congdoan_comparator congdoan_population_comparator(const congdoan_population *population);
    "congdoan_population_comparator": ([PopulationP], c_int, None),
    # const char *congdoan_population_measure(const congdoan_population *population);
    "congdoan_population_measure": ([PopulationP], c_char_p, _str),
    # const char *congdoan_population_of(const congdoan_population *population);
    "congdoan_population_of": ([PopulationP], c_char_p, _str),
    # const char *congdoan_population_text(const congdoan_population *population);
    "congdoan_population_text": ([PopulationP], c_char_p, _str),
    # int congdoan_population_value(const congdoan_population *population, double *out);
    "congdoan_population_value": ([PopulationP, POINTER(c_double)], c_int, _found),
    # congdoan_comparator congdoan_result_comparator(const congdoan_result *result);
    "congdoan_result_comparator": ([ResultP], c_int, None),
    # int congdoan_result_computed_rate(const congdoan_result *result, double *out);
    "congdoan_result_computed_rate": ([ResultP, POINTER(c_double)], c_int, _found),
    # const char *congdoan_result_currency(const congdoan_result *result);
    "congdoan_result_currency": ([ResultP], c_char_p, _str),
    # const congdoan_document *congdoan_result_document(const congdoan_result *result);
    "congdoan_result_document": ([ResultP], DocumentP, _ptr),
    # const char *congdoan_result_id(const congdoan_result *result);
    "congdoan_result_id": ([ResultP], c_char_p, _str),
    # const congdoan_indicator *congdoan_result_indicator(const congdoan_result *result);
    "congdoan_result_indicator": ([ResultP], IndicatorP, _ptr),
    # const char *congdoan_result_indicator_document_id(const congdoan_result *result);
    "congdoan_result_indicator_document_id": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_indicator_id(const congdoan_result *result);
    "congdoan_result_indicator_id": ([ResultP], c_char_p, _str),
    # int congdoan_result_is_cumulative(const congdoan_result *result);
    "congdoan_result_is_cumulative": ([ResultP], c_int, _bool),
    # int congdoan_result_is_estimate(const congdoan_result *result);
    "congdoan_result_is_estimate": ([ResultP], c_int, _bool),
    # congdoan_measure congdoan_result_measure(const congdoan_result *result);
    "congdoan_result_measure": ([ResultP], c_int, None),
    # int congdoan_result_of(const congdoan_result *result, double *out);
    "congdoan_result_of": ([ResultP, POINTER(c_double)], c_int, _found),
    # int congdoan_result_over_target(const congdoan_result *result, double *out);
    "congdoan_result_over_target": ([ResultP, POINTER(c_double)], c_int, _found),
    # congdoan_comparator congdoan_result_over_target_comparator(const congdoan_result *result);
    "congdoan_result_over_target_comparator": ([ResultP], c_int, None),
    # const congdoan_result *congdoan_result_part_of(const congdoan_result *result);
    "congdoan_result_part_of": ([ResultP], ResultP, _ptr),
    # const char *congdoan_result_part_of_id(const congdoan_result *result);
    "congdoan_result_part_of_id": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_period(const congdoan_result *result);
    "congdoan_result_period": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_period_text(const congdoan_result *result);
    "congdoan_result_period_text": ([ResultP], c_char_p, _str),
    # const congdoan_population *congdoan_result_population(const congdoan_result *result, size_t
    #     i);
    "congdoan_result_population": ([ResultP, c_size_t], PopulationP, _ptr),
    # size_t congdoan_result_population_count(const congdoan_result *result);
    "congdoan_result_population_count": ([ResultP], c_size_t, None),
    # int congdoan_result_rate_mismatches(const congdoan_result *result);
    "congdoan_result_rate_mismatches": ([ResultP], c_int, None),
    # const congdoan_report *congdoan_result_report(const congdoan_result *result);
    "congdoan_result_report": ([ResultP], ReportP, _ptr),
    # int congdoan_result_score_max(const congdoan_result *result, double *out);
    "congdoan_result_score_max": ([ResultP, POINTER(c_double)], c_int, _found),
    # const congdoan_section *congdoan_result_section(const congdoan_result *result);
    "congdoan_result_section": ([ResultP], SectionP, _ptr),
    # int congdoan_result_share(const congdoan_result *result, double *out);
    "congdoan_result_share": ([ResultP, POINTER(c_double)], c_int, _found),
    # const char *congdoan_result_source(const congdoan_result *result, const char **file, int
    #     *line, int *column);
    "congdoan_result_source": ([ResultP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),
    # int congdoan_result_stated_rate(const congdoan_result *result, double *out);
    "congdoan_result_stated_rate": ([ResultP, POINTER(c_double)], c_int, _found),
    # const char *congdoan_result_subject(const congdoan_result *result);
    "congdoan_result_subject": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_text(const congdoan_result *result);
    "congdoan_result_text": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_unit_id(const congdoan_result *result);
    "congdoan_result_unit_id": ([ResultP], c_char_p, _str),
    # const char *congdoan_result_unit_of_measure(const congdoan_result *result);
    "congdoan_result_unit_of_measure": ([ResultP], c_char_p, _str),
    # int congdoan_result_value(const congdoan_result *result, double *out);
    "congdoan_result_value": ([ResultP, POINTER(c_double)], c_int, _found),

    # ---- congdoan/task.h (vocabulary 1.2) ---------------------------------------------------------
    # int congdoan_task_coordinator_kinds(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator_kinds": ([TaskP, c_size_t], c_int, None),
    # congdoan_level congdoan_task_coordinator_level(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator_level": ([TaskP, c_size_t], c_int, None),
    # int congdoan_task_coordinator_sectors(const congdoan_task *task, size_t i);
    "congdoan_task_coordinator_sectors": ([TaskP, c_size_t], c_int, None),
    # int congdoan_task_is_led_by(const congdoan_task *task, const congdoan_unit *unit);
    "congdoan_task_is_led_by": ([TaskP, UnitP], c_int, _bool),
    # int congdoan_task_lead_kinds(const congdoan_task *task);
    "congdoan_task_lead_kinds": ([TaskP], c_int, None),
    # congdoan_level congdoan_task_lead_level(const congdoan_task *task);
    "congdoan_task_lead_level": ([TaskP], c_int, None),
    # int congdoan_task_lead_sectors(const congdoan_task *task);
    "congdoan_task_lead_sectors": ([TaskP], c_int, None),
    # const char *congdoan_task_lead_text(const congdoan_task *task);
    "congdoan_task_lead_text": ([TaskP], c_char_p, _str),
    # size_t congdoan_task_milestone_count(const congdoan_task *task);
    "congdoan_task_milestone_count": ([TaskP], c_size_t, None),
    # int congdoan_task_milestone_due_at(const congdoan_task *task, size_t i, int at_ymd);
    "congdoan_task_milestone_due_at": ([TaskP, c_size_t, c_int], c_int, None),
    # const char *congdoan_task_milestone_due_code(const congdoan_task *task, size_t i);
    "congdoan_task_milestone_due_code": ([TaskP, c_size_t], c_char_p, _str),
    # const char *congdoan_task_milestone_due_text(const congdoan_task *task, size_t i);
    "congdoan_task_milestone_due_text": ([TaskP, c_size_t], c_char_p, _str),
    # const char *congdoan_task_milestone_text(const congdoan_task *task, size_t i);
    "congdoan_task_milestone_text": ([TaskP, c_size_t], c_char_p, _str),
    # const char *congdoan_task_source(const congdoan_task *task, const char **file, int *line, int
    #     *column);
    "congdoan_task_source": ([TaskP, POINTER(c_char_p), POINTER(c_int), POINTER(c_int)], c_char_p, _str),

    # ---- congdoan/tasks.h (vocabulary 1.2) --------------------------------------------------------
    # int congdoan_corpus_task_timeliness(const congdoan_corpus *corpus, const congdoan_document
    #     *document, const congdoan_unit *unit, int at_ymd, size_t
    #     counts[CONGDOAN_TIMELINESS_COUNT]);
    "congdoan_corpus_task_timeliness": (
        [CorpusP, DocumentP, UnitP, c_int, POINTER(c_size_t)],
        c_int, _status),
    # int congdoan_task_timeliness(const congdoan_task *task, const congdoan_unit *unit, int at_ymd,
    #     congdoan_timeliness *out);
    "congdoan_task_timeliness": ([TaskP, UnitP, c_int, POINTER(c_int)], c_int, _status),
    # const char *congdoan_timeliness_name(congdoan_timeliness timeliness);
    "congdoan_timeliness_name": ([c_int], c_char_p, _str),

    # ---- congdoan/unit.h (vocabulary 1.2) ---------------------------------------------------------
    # const char *congdoan_group_kind_name(congdoan_group_kind kind);
    "congdoan_group_kind_name": ([c_int], c_char_p, _str),
    # const char *congdoan_unit_kind_name(congdoan_unit_kind kind);
    "congdoan_unit_kind_name": ([c_int], c_char_p, _str),
    # const char *congdoan_body_kind_name(congdoan_body_kind kind);
    "congdoan_body_kind_name": ([c_int], c_char_p, _str),
    # const char *congdoan_org_kind_name(congdoan_org_kind kind);
    "congdoan_org_kind_name": ([c_int], c_char_p, _str),
    # congdoan_group_kind congdoan_unit_group_kind(const congdoan_unit *unit);
    "congdoan_unit_group_kind": ([UnitP], c_int, None),
    # const congdoan_unit *congdoan_unit_member(const congdoan_unit *unit, size_t i);
    "congdoan_unit_member": ([UnitP, c_size_t], UnitP, _ptr),
    # size_t congdoan_unit_member_count(const congdoan_unit *unit);
    "congdoan_unit_member_count": ([UnitP], c_size_t, None),
    # const char *congdoan_unit_member_id(const congdoan_unit *unit, size_t i);
    "congdoan_unit_member_id": ([UnitP, c_size_t], c_char_p, _str),
    # congdoan_org_kind congdoan_unit_org_kind(const congdoan_unit *unit);
    "congdoan_unit_org_kind": ([UnitP], c_int, None),
}

# Functions of newer parts of the API (the writer, editing), bound when the loaded library has
# them: has(name) says which are.
_OPTIONAL_PROTOTYPES = {
    # ---- congdoan/writer.h ------------------------------------------------------------------------
    # int congdoan_output_new_memory(congdoan_output **out);
    "congdoan_output_new_memory": ([POINTER(OutputP)], c_int, _status),
    # int congdoan_output_new_file(const char *path, congdoan_output **out);
    "congdoan_output_new_file": ([c_char_p, POINTER(OutputP)], c_int, _status),
    # int congdoan_output_new_callback(congdoan_write_fn fn, void *payload, congdoan_output **out);
    "congdoan_output_new_callback": ([WRITE_FN, c_void_p, POINTER(OutputP)], c_int, _status),
    # int congdoan_output_finish(congdoan_output *output);
    "congdoan_output_finish": ([OutputP], c_int, _status),
    # const char *congdoan_output_data(const congdoan_output *output, size_t *size);
    "congdoan_output_data": ([OutputP, POINTER(c_size_t)], c_void_p, None),
    # void congdoan_output_free(congdoan_output *output);
    "congdoan_output_free": ([OutputP], None, None),
    # int congdoan_write_corpus(const congdoan_corpus *corpus, int parts, congdoan_output *output);
    "congdoan_write_corpus": ([CorpusP, c_int, OutputP], c_int, _status),
    # int congdoan_write_units(const congdoan_corpus *corpus, const congdoan_unit *top, congdoan_output
    #     *output);
    "congdoan_write_units": ([CorpusP, UnitP, OutputP], c_int, _status),
    # int congdoan_write_document(const congdoan_document *document, congdoan_output *output);
    "congdoan_write_document": ([DocumentP, OutputP], c_int, _status),
    # int congdoan_write_report(const congdoan_report *report, congdoan_output *output);
    "congdoan_write_report": ([ReportP, OutputP], c_int, _status),

    # ---- congdoan/edit.h --------------------------------------------------------------------------
    # int congdoan_corpus_add_unit(congdoan_corpus *corpus, const char *id, congdoan_level level, const
    #     char *name, const char *parent_id, const congdoan_unit **out);
    "congdoan_corpus_add_unit": (
        [CorpusP, c_char_p, c_int, c_char_p, c_char_p, POINTER(UnitP)],
        c_int, _status),
    # int congdoan_unit_add_department(congdoan_corpus *corpus, const congdoan_unit *unit, const char *id,
    #     const char *name, congdoan_unit_kind kind, congdoan_body_kind body_kind, const congdoan_unit **out);
    "congdoan_unit_add_department": (
        [CorpusP, UnitP, c_char_p, c_char_p, c_int, c_int, POINTER(UnitP)],
        c_int, _status),
    # int congdoan_unit_set_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char *name);
    "congdoan_unit_set_name": ([CorpusP, UnitP, c_char_p], c_int, _status),
    # int congdoan_unit_set_short_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char
    #     *short_name);
    "congdoan_unit_set_short_name": ([CorpusP, UnitP, c_char_p], c_int, _status),
    # int congdoan_unit_set_level(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_level
    #     level);
    "congdoan_unit_set_level": ([CorpusP, UnitP, c_int], c_int, _status),
    # int congdoan_unit_set_parent_id(congdoan_corpus *corpus, const congdoan_unit *unit, const char
    #     *parent_id);
    "congdoan_unit_set_parent_id": ([CorpusP, UnitP, c_char_p], c_int, _status),
    # int congdoan_unit_set_sector(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_sector
    #     sector);
    "congdoan_unit_set_sector": ([CorpusP, UnitP, c_int], c_int, _status),
    # int congdoan_unit_set_body_kind(congdoan_corpus *corpus, const congdoan_unit *unit,
    #     congdoan_body_kind body_kind);
    "congdoan_unit_set_body_kind": ([CorpusP, UnitP, c_int], c_int, _status),
    # int congdoan_unit_set_members(congdoan_corpus *corpus, const congdoan_unit *unit, long members);
    "congdoan_unit_set_members": ([CorpusP, UnitP, c_long], c_int, _status),
    # int congdoan_unit_set_workers(congdoan_corpus *corpus, const congdoan_unit *unit, long workers);
    "congdoan_unit_set_workers": ([CorpusP, UnitP, c_long], c_int, _status),
    # int congdoan_unit_set_declared_upper_grassroots_units(congdoan_corpus *corpus, const congdoan_unit
    #     *unit, long count);
    "congdoan_unit_set_declared_upper_grassroots_units": ([CorpusP, UnitP, c_long], c_int, _status),
    # int congdoan_unit_set_declared_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
    #     long count);
    "congdoan_unit_set_declared_grassroots_units": ([CorpusP, UnitP, c_long], c_int, _status),
    # int congdoan_unit_set_classification(congdoan_corpus *corpus, const congdoan_unit *unit, int year,
    #     congdoan_grade grade);
    "congdoan_unit_set_classification": ([CorpusP, UnitP, c_int, c_int], c_int, _status),
    # int congdoan_corpus_add_document(congdoan_corpus *corpus, const char *id, congdoan_document_kind
    #     kind, const congdoan_document **out);
    "congdoan_corpus_add_document": ([CorpusP, c_char_p, c_int, POINTER(DocumentP)], c_int, _status),
    # int congdoan_document_set_kind(congdoan_corpus *corpus, const congdoan_document *doc,
    #     congdoan_document_kind kind);
    "congdoan_document_set_kind": ([CorpusP, DocumentP, c_int], c_int, _status),
    # int congdoan_document_set_number(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *number);
    "congdoan_document_set_number": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_title(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *title);
    "congdoan_document_set_title": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_issuer_id(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     char *issuer_id);
    "congdoan_document_set_issuer_id": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_issuing_body_id(congdoan_corpus *corpus, const congdoan_document *doc,
    #     const char *body_id);
    "congdoan_document_set_issuing_body_id": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_issued(congdoan_corpus *corpus, const congdoan_document *doc, int
    #     date_ymd);
    "congdoan_document_set_issued": ([CorpusP, DocumentP, c_int], c_int, _status),
    # int congdoan_document_set_effective(congdoan_corpus *corpus, const congdoan_document *doc, int
    #     date_ymd);
    "congdoan_document_set_effective": ([CorpusP, DocumentP, c_int], c_int, _status),
    # int congdoan_document_set_place(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *place);
    "congdoan_document_set_place": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_field(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *field);
    "congdoan_document_set_field": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_set_signer(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *name, const char *position, const char *capacity);
    "congdoan_document_set_signer": ([CorpusP, DocumentP, c_char_p, c_char_p, c_char_p], c_int, _status),
    # int congdoan_document_add_relation(congdoan_corpus *corpus, const congdoan_document *doc,
    #     congdoan_relation_type type, const char *target_id, const char *number, int date_ymd, const char
    #     *text);
    "congdoan_document_add_relation": (
        [CorpusP, DocumentP, c_int, c_char_p, c_char_p, c_int, c_char_p],
        c_int, _status),
    # int congdoan_document_add_recipient(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     char *text, const char *unit_id);
    "congdoan_document_add_recipient": ([CorpusP, DocumentP, c_char_p, c_char_p], c_int, _status),
    # int congdoan_document_set_reporting(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     char *to_id, congdoan_period_kind frequency);
    "congdoan_document_set_reporting": ([CorpusP, DocumentP, c_char_p, c_int], c_int, _status),
    # int congdoan_document_add_deadline(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *period, int date_ymd);
    "congdoan_document_add_deadline": ([CorpusP, DocumentP, c_char_p, c_int], c_int, _status),
    # int congdoan_document_add_reporter(congdoan_corpus *corpus, const congdoan_document *doc, const char
    #     *unit_id);
    "congdoan_document_add_reporter": ([CorpusP, DocumentP, c_char_p], c_int, _status),
    # int congdoan_document_add_section(congdoan_corpus *corpus, const congdoan_document *doc, const
    #     congdoan_section *parent, const char *id, const char *number, const char *title, const
    #     congdoan_section **out);
    "congdoan_document_add_section": (
        [CorpusP, DocumentP, SectionP, c_char_p, c_char_p, c_char_p, POINTER(SectionP)],
        c_int, _status),
    # int congdoan_section_set_number(congdoan_corpus *corpus, const congdoan_section *section, const char
    #     *number);
    "congdoan_section_set_number": ([CorpusP, SectionP, c_char_p], c_int, _status),
    # int congdoan_section_set_title(congdoan_corpus *corpus, const congdoan_section *section, const char
    #     *title);
    "congdoan_section_set_title": ([CorpusP, SectionP, c_char_p], c_int, _status),
    # int congdoan_section_add_paragraph(congdoan_corpus *corpus, const congdoan_section *section, const
    #     char *text);
    "congdoan_section_add_paragraph": ([CorpusP, SectionP, c_char_p], c_int, _status),
    # int congdoan_section_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char
    #     *id, const char *text, const congdoan_task **out);
    "congdoan_section_add_task": ([CorpusP, SectionP, c_char_p, c_char_p, POINTER(TaskP)], c_int, _status),
    # int congdoan_section_add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const
    #     char *id, congdoan_measure measure, congdoan_comparator comparator, double target, const char *text,
    #     const congdoan_indicator **out);
    "congdoan_section_add_indicator": (
        [CorpusP, SectionP, c_char_p, c_int, c_int, c_double, c_char_p, POINTER(IndicatorP)],
        c_int, _status),
    # int congdoan_task_set_text(congdoan_corpus *corpus, const congdoan_task *task, const char *text);
    "congdoan_task_set_text": ([CorpusP, TaskP, c_char_p], c_int, _status),
    # int congdoan_task_set_lead_id(congdoan_corpus *corpus, const congdoan_task *task, const char
    #     *lead_id);
    "congdoan_task_set_lead_id": ([CorpusP, TaskP, c_char_p], c_int, _status),
    # int congdoan_task_set_due(congdoan_corpus *corpus, const congdoan_task *task, const char *code,
    #     const char *text);
    "congdoan_task_set_due": ([CorpusP, TaskP, c_char_p, c_char_p], c_int, _status),
    # int congdoan_task_add_coordinator(congdoan_corpus *corpus, const congdoan_task *task, const char
    #     *unit_id, const char *text);
    "congdoan_task_add_coordinator": ([CorpusP, TaskP, c_char_p, c_char_p], c_int, _status),
    # int congdoan_indicator_set_text(congdoan_corpus *corpus, const congdoan_indicator *ind, const char
    #     *text);
    "congdoan_indicator_set_text": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     congdoan_measure measure);
    "congdoan_indicator_set_measure": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_comparator(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     congdoan_comparator comparator);
    "congdoan_indicator_set_comparator": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_target(congdoan_corpus *corpus, const congdoan_indicator *ind, double
    #     target);
    "congdoan_indicator_set_target": ([CorpusP, IndicatorP, c_double], c_int, _status),
    # int congdoan_indicator_set_target_max(congdoan_corpus *corpus, const congdoan_indicator *ind, double
    #     target_max);
    "congdoan_indicator_set_target_max": ([CorpusP, IndicatorP, c_double], c_int, _status),
    # int congdoan_indicator_set_range(congdoan_corpus *corpus, const congdoan_indicator *ind, double
    #     target, double target_max);
    "congdoan_indicator_set_range": ([CorpusP, IndicatorP, c_double, c_double], c_int, _status),
    # int congdoan_indicator_set_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind, double
    #     baseline);
    "congdoan_indicator_set_baseline": ([CorpusP, IndicatorP, c_double], c_int, _status),
    # int congdoan_indicator_clear_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind);
    "congdoan_indicator_clear_baseline": ([CorpusP, IndicatorP], c_int, _status),
    # int congdoan_indicator_set_period(congdoan_corpus *corpus, const congdoan_indicator *ind, const char
    #     *period);
    "congdoan_indicator_set_period": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_owner_id(congdoan_corpus *corpus, const congdoan_indicator *ind, const
    #     char *owner_id);
    "congdoan_indicator_set_owner_id": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_scope_level(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     congdoan_level level);
    "congdoan_indicator_set_scope_level": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_scope_sectors(congdoan_corpus *corpus, const congdoan_indicator *ind, int
    #     sectors);
    "congdoan_indicator_set_scope_sectors": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_condition_grade(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     congdoan_grade grade);
    "congdoan_indicator_set_condition_grade": ([CorpusP, IndicatorP, c_int], c_int, _status),
    # int congdoan_indicator_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
    #     const char *unit_of_measure);
    "congdoan_indicator_set_unit_of_measure": ([CorpusP, IndicatorP, c_char_p], c_int, _status),
    # int congdoan_indicator_set_refines(congdoan_corpus *corpus, const congdoan_indicator *ind, const
    #     char *document_id, const char *indicator_id);
    "congdoan_indicator_set_refines": ([CorpusP, IndicatorP, c_char_p, c_char_p], c_int, _status),
    # int congdoan_corpus_add_report(congdoan_corpus *corpus, const char *id, const char *unit_id, const
    #     char *document_id, const char *period, const congdoan_report **out);
    "congdoan_corpus_add_report": (
        [CorpusP, c_char_p, c_char_p, c_char_p, c_char_p, POINTER(ReportP)],
        c_int, _status),
    # int congdoan_report_set_submitted(congdoan_corpus *corpus, const congdoan_report *report, int
    #     date_ymd);
    "congdoan_report_set_submitted": ([CorpusP, ReportP, c_int], c_int, _status),
    # int congdoan_report_set_note(congdoan_corpus *corpus, const congdoan_report *report, const char
    #     *note);
    "congdoan_report_set_note": ([CorpusP, ReportP, c_char_p], c_int, _status),
    # int congdoan_report_set_value(congdoan_corpus *corpus, const congdoan_report *report, const char
    #     *indicator_id, double value, congdoan_coverage coverage);
    "congdoan_report_set_value": ([CorpusP, ReportP, c_char_p, c_double, c_int], c_int, _status),
    # int congdoan_report_set_fraction(congdoan_corpus *corpus, const congdoan_report *report, const char
    #     *indicator_id, double numerator, double denominator, congdoan_coverage coverage);
    "congdoan_report_set_fraction": ([CorpusP, ReportP, c_char_p, c_double, c_double, c_int], c_int, _status),
    # int congdoan_report_set_task_status(congdoan_corpus *corpus, const congdoan_report *report, const
    #     char *task_id, congdoan_task_status status, const char *note);
    "congdoan_report_set_task_status": ([CorpusP, ReportP, c_char_p, c_int, c_char_p], c_int, _status),

    # ---- congdoan/lookup.h ------------------------------------------------------------------------
    # CONGDOAN_ENOTFOUND (nothing, or several, answer) is an answer: the candidates say which.
    # int congdoan_corpus_lookup_unit(const congdoan_corpus *corpus, const char *query, const
    #     congdoan_unit **out, congdoan_matches **candidates);
    "congdoan_corpus_lookup_unit": (
        [CorpusP, c_char_p, POINTER(UnitP), POINTER(MatchesP)], c_int, _status_or(Status.ENOTFOUND)),
    # int congdoan_corpus_lookup_document(const congdoan_corpus *corpus, const char *query, const
    #     congdoan_document **out, congdoan_matches **candidates);
    "congdoan_corpus_lookup_document": (
        [CorpusP, c_char_p, POINTER(DocumentP), POINTER(MatchesP)], c_int, _status_or(Status.ENOTFOUND)),
    # int congdoan_corpus_lookup_task(const congdoan_corpus *corpus, const congdoan_document *document,
    #     const char *query, const congdoan_task **out, congdoan_matches **candidates);
    "congdoan_corpus_lookup_task": (
        [CorpusP, DocumentP, c_char_p, POINTER(TaskP), POINTER(MatchesP)], c_int, _status_or(Status.ENOTFOUND)),
    # int congdoan_lookup_word(const char *query, const char *const *words, size_t count, size_t *index,
    #     congdoan_matches **candidates);
    "congdoan_lookup_word": (
        [c_char_p, POINTER(c_char_p), c_size_t, POINTER(c_size_t), POINTER(MatchesP)], c_int,
        _status_or(Status.ENOTFOUND)),
    # void congdoan_matches_free(congdoan_matches *matches);
    "congdoan_matches_free": ([MatchesP], None, None),
    # size_t congdoan_matches_count(const congdoan_matches *matches);
    "congdoan_matches_count": ([MatchesP], c_size_t, None),
    # int congdoan_matches_ambiguous(const congdoan_matches *matches);
    "congdoan_matches_ambiguous": ([MatchesP], c_int, _bool),
    # congdoan_match_kind congdoan_matches_kind(const congdoan_matches *matches, size_t i);
    "congdoan_matches_kind": ([MatchesP, c_size_t], c_int, None),
    # const congdoan_unit *congdoan_matches_unit(const congdoan_matches *matches, size_t i);
    "congdoan_matches_unit": ([MatchesP, c_size_t], UnitP, _ptr),
    # const congdoan_document *congdoan_matches_document(const congdoan_matches *matches, size_t i);
    "congdoan_matches_document": ([MatchesP, c_size_t], DocumentP, _ptr),
    # const congdoan_task *congdoan_matches_task(const congdoan_matches *matches, size_t i);
    "congdoan_matches_task": ([MatchesP, c_size_t], TaskP, _ptr),
    # size_t congdoan_matches_index(const congdoan_matches *matches, size_t i);
    "congdoan_matches_index": ([MatchesP, c_size_t], c_size_t, None),
    # const char *congdoan_match_kind_name(congdoan_match_kind kind);
    "congdoan_match_kind_name": ([c_int], c_char_p, _str),

    # ---- congdoan/labels.h ------------------------------------------------------------------------
    # const char *congdoan_level_label(congdoan_level level);
    "congdoan_level_label": ([c_int], c_char_p, _str),
    # const char *congdoan_level_abbreviation(congdoan_level level);
    "congdoan_level_abbreviation": ([c_int], c_char_p, _str),
    # const char *congdoan_level_noun(congdoan_level level);
    "congdoan_level_noun": ([c_int], c_char_p, _str),
    # const char *congdoan_sector_label(congdoan_sector sector);
    "congdoan_sector_label": ([c_int], c_char_p, _str),
    # const char *congdoan_sector_abbreviation(congdoan_sector sector);
    "congdoan_sector_abbreviation": ([c_int], c_char_p, _str),
    # const char *congdoan_grade_label(congdoan_grade grade);
    "congdoan_grade_label": ([c_int], c_char_p, _str),
    # const char *congdoan_grade_abbreviation(congdoan_grade grade);
    "congdoan_grade_abbreviation": ([c_int], c_char_p, _str),
    # const char *congdoan_unit_kind_label(congdoan_unit_kind kind);
    "congdoan_unit_kind_label": ([c_int], c_char_p, _str),
    # const char *congdoan_body_kind_label(congdoan_body_kind kind);
    "congdoan_body_kind_label": ([c_int], c_char_p, _str),
    # const char *congdoan_relation_type_label(congdoan_relation_type type);
    "congdoan_relation_type_label": ([c_int], c_char_p, _str),
    # const char *congdoan_measure_label(congdoan_measure measure);
    "congdoan_measure_label": ([c_int], c_char_p, _str),
    # const char *congdoan_comparator_label(congdoan_comparator comparator);
    "congdoan_comparator_label": ([c_int], c_char_p, _str),
    # const char *congdoan_comparator_abbreviation(congdoan_comparator comparator);
    "congdoan_comparator_abbreviation": ([c_int], c_char_p, _str),
    # const char *congdoan_task_status_label(congdoan_task_status status);
    "congdoan_task_status_label": ([c_int], c_char_p, _str),
    # const char *congdoan_eval_status_label(congdoan_eval_status status);
    "congdoan_eval_status_label": ([c_int], c_char_p, _str),
    # const char *congdoan_submission_label(congdoan_submission submission);
    "congdoan_submission_label": ([c_int], c_char_p, _str),
    # const char *congdoan_value_source_label(congdoan_value_source source);
    "congdoan_value_source_label": ([c_int], c_char_p, _str),
    # const char *congdoan_demand_label(congdoan_demand demand);
    "congdoan_demand_label": ([c_int], c_char_p, _str),
    # const char *congdoan_due_kind_label(congdoan_due_kind kind);
    "congdoan_due_kind_label": ([c_int], c_char_p, _str),
    # const char *congdoan_frequency_label(congdoan_period_kind kind);
    "congdoan_frequency_label": ([c_int], c_char_p, _str),
    # const char *congdoan_coverage_label(congdoan_coverage coverage);
    "congdoan_coverage_label": ([c_int], c_char_p, _str),
    # const char *congdoan_role_label(int roles);
    "congdoan_role_label": ([c_int], c_char_p, _str),
    # int congdoan_period_label(const char *code, char **out);
    "congdoan_period_label": ([c_char_p, POINTER(c_void_p)], c_int, _status),
    # int congdoan_task_due_label(const congdoan_task *task, char **out);
    "congdoan_task_due_label": ([TaskP, POINTER(c_void_p)], c_int, _status),
    # int congdoan_number_format(double value, int decimals, char **out);
    "congdoan_number_format": ([c_double, c_int, POINTER(c_void_p)], c_int, _status),

    # ---- congdoan/progress.h, congdoan/tasks.h: what the program used to work out itself ------------
    # int congdoan_task_due_before(const congdoan_task *task, int at_ymd);
    "congdoan_task_due_before": ([TaskP, c_int], c_int, None),

    # ---- congdoan/reports.h -----------------------------------------------------------------------
    # int congdoan_corpus_reports_find(const congdoan_corpus *corpus, const congdoan_document *document,
    #     const congdoan_unit *unit, const char *period, int at_ymd, congdoan_report_list **out);
    "congdoan_corpus_reports_find": (
        [CorpusP, DocumentP, UnitP, c_char_p, c_int, POINTER(ReportListP)], c_int, _status),
    # void congdoan_report_list_free(congdoan_report_list *list);
    "congdoan_report_list_free": ([ReportListP], None, None),
    # size_t congdoan_report_list_count(const congdoan_report_list *list);
    "congdoan_report_list_count": ([ReportListP], c_size_t, None),
    # const congdoan_report *congdoan_report_list_get(const congdoan_report_list *list, size_t i);
    "congdoan_report_list_get": ([ReportListP, c_size_t], ReportP, _ptr),
    # size_t congdoan_report_list_period_count(const congdoan_report_list *list);
    "congdoan_report_list_period_count": ([ReportListP], c_size_t, None),
    # const char *congdoan_report_list_period(const congdoan_report_list *list, size_t i);
    "congdoan_report_list_period": ([ReportListP, c_size_t], c_char_p, _str),

    # ---- congdoan/import.h ------------------------------------------------------------------------
    # int congdoan_import_options_init(congdoan_import_options *options, unsigned int version);
    "congdoan_import_options_init": ([POINTER(ImportOptions), c_uint], c_int, _status),
    # int congdoan_import_file(congdoan_corpus *corpus, const char *path, const
    #     congdoan_import_options *options, congdoan_issues *issues, const congdoan_document **out);
    "congdoan_import_file": ([CorpusP, c_char_p, POINTER(ImportOptions), IssuesP, POINTER(DocumentP)], c_int, _status),
    # int congdoan_import_memory(congdoan_corpus *corpus, const char *data, size_t size, const char
    #     *name, const congdoan_import_options *options, congdoan_issues *issues, const
    #     congdoan_document **out);
    "congdoan_import_memory": (
        [CorpusP, c_char_p, c_size_t, c_char_p, POINTER(ImportOptions), IssuesP, POINTER(DocumentP)], c_int, _status),
}


def _checked_strings(argtypes):
    """The argtypes with every `const char *` read up to its NUL as Text, which refuses a string
    holding one (ValueError); a `const char *` followed by a size_t is a buffer with its length,
    where NUL bytes are data, and stays c_char_p."""
    return [Text if t is c_char_p and (i + 1 == len(argtypes) or argtypes[i + 1] is not c_size_t) else t
            for i, t in enumerate(argtypes)]


def bind(library, table, required, path=None, version=None):
    """Give every function of `table` found in `library` its argtypes, restype and errcheck.
    Returns the names bound. With `required`, a missing function is an ImportError that names
    every missing one (the library is older than the bindings, or was built without them)."""
    missing = []
    for name, (argtypes, restype, errcheck) in table.items():
        try:
            f = getattr(library, name)
        except AttributeError:
            missing.append(name)
            continue
        f.argtypes = _checked_strings(argtypes)
        f.restype = restype
        if errcheck is not None:
            f.errcheck = errcheck
    if required and missing:
        raise ImportError(
            "congdoan: %s (libcongdoan %s) lacks %d function(s) these bindings need: %s. It is "
            "older than the bindings or was built without them; install a newer libcongdoan or "
            "point %s at one."
            % (path, _dotted(version) if version else "?", len(missing),
               ", ".join(sorted(missing)), ENV_VAR))
    return set(table) - set(missing)


# The error functions first: raise_last_error needs them to report anything else.
bind(lib, {k: v for k, v in _PROTOTYPES.items()
           if k.startswith(("congdoan_error_", "congdoan_strerror"))}, True, library_path,
     loaded_version_number)
_bound = (bind(lib, _PROTOTYPES, True, library_path, loaded_version_number)
          | bind(lib, _OPTIONAL_PROTOTYPES, False))


def has(name):
    """True when the loaded library has the C function `name` (and it is bound)."""
    return name in _bound


def prototypes():
    """Every prototype the bindings know, required and optional: {name: (argtypes, restype, errcheck)}."""
    table = dict(_PROTOTYPES)
    table.update(_OPTIONAL_PROTOTYPES)
    return table


def optional_names():
    """The names of the functions bound only when the library has them."""
    return set(_OPTIONAL_PROTOTYPES)
