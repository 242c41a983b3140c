/*
 * libcongdoan — common definitions shared by every public header.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_COMMON_H
#define CONGDOAN_COMMON_H

#include <stddef.h>

/**
 * @file congdoan/common.h
 * @brief Export macro, C++ guards, the opaque handle types and congdoan_free().
 *
 * Ownership rules for the whole API (libgit2's conventions):
 *  - An object returned through a pointer-to-pointer out-parameter (`**out`) is owned by the
 *    caller and released with the matching `_free` function, which accepts NULL.
 *  - An object or string returned as a function's return value is borrowed: it lives as long as
 *    the object it came from (in the end, the corpus) and must not be freed.
 *  - A `char *` returned through an out-parameter is owned by the caller and released with
 *    congdoan_free().
 *  - Strings are UTF-8, NUL-terminated, and in Unicode NFC. Identifiers are ASCII.
 *  - Functions that can fail return an `int`: 0 (CONGDOAN_OK) or a negative congdoan_status;
 *    details are in the thread-local last error (congdoan/error.h). On failure, out-parameters
 *    are set to NULL (or 0) and no object is changed.
 *  - NULL arguments: the comment of every function that takes a pointer says, in one sentence,
 *    what it does with NULL: "On NULL: returns VALUE." A NULL where an object, a string or an
 *    out-parameter is needed changes nothing, makes the function return VALUE (CONGDOAN_EINVAL
 *    for a function that returns a status; NULL, 0, -1 or the "none" value of an enum for an
 *    accessor, the value it gives when there is nothing to give) and sets the thread's last
 *    error to CONGDOAN_EINVAL with a message that names the argument ("invalid argument: unit
 *    is NULL"). Arguments that may be NULL are listed: "(`issues` may be NULL)". Releasing NULL
 *    "does nothing", and is not an error. (tests/null-calls checks every function against its
 *    sentence, one NULL argument at a time.)
 */

#if defined(_WIN32) && defined(CONGDOAN_BUILDING)
#  define CONGDOAN_API __declspec(dllexport)
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define CONGDOAN_API __attribute__((visibility("default")))
#else
#  define CONGDOAN_API
#endif

#ifdef __cplusplus
#  define CONGDOAN_BEGIN_DECL extern "C" {
#  define CONGDOAN_END_DECL }
#else
#  define CONGDOAN_BEGIN_DECL
#  define CONGDOAN_END_DECL
#endif

CONGDOAN_BEGIN_DECL

/** A set of loaded units, documents and reports (see congdoan/corpus.h). */
typedef struct congdoan_corpus congdoan_corpus;
/** An organisation unit, a department or a leading body (see congdoan/unit.h). */
typedef struct congdoan_unit congdoan_unit;
/** A document: resolution, directive, plan, programme … (see congdoan/document.h). */
typedef struct congdoan_document congdoan_document;
/** A part, item or bullet of a document (see congdoan/document.h). */
typedef struct congdoan_section congdoan_section;
/** A task (nhiệm vụ) in a document (see congdoan/task.h). */
typedef struct congdoan_task congdoan_task;
/** A quantitative indicator (chỉ tiêu) in a document (see congdoan/indicator.h). */
typedef struct congdoan_indicator congdoan_indicator;
/** A periodic report of one unit against one document (see congdoan/report.h). */
typedef struct congdoan_report congdoan_report;
/** A list of validation issues (see congdoan/issues.h). */
typedef struct congdoan_issues congdoan_issues;
/** One validation issue, borrowed from its list (see congdoan/issues.h). */
typedef struct congdoan_issue congdoan_issue;
/** A parsed document number such as 240/KH-TLĐ (see congdoan/text.h). */
typedef struct congdoan_docnumber congdoan_docnumber;
/** (1.2) A figure stated as achieved, in a document or a report (see congdoan/result.h). */
typedef struct congdoan_result congdoan_result;
/** (1.2) The scope of an indicator or a result in words, with a threshold (see congdoan/result.h). */
typedef struct congdoan_population congdoan_population;

/** The kind of a period or of a recurrence. */
typedef enum congdoan_period_kind {
    CONGDOAN_PERIOD_NONE = 0,
    /** `2025` */
    CONGDOAN_PERIOD_YEAR = 1,
    /** `2025-H1`, `2025-H2` (6 tháng) */
    CONGDOAN_PERIOD_HALF_YEAR = 2,
    /** `2025-Q1` … `2025-Q4` (quý) */
    CONGDOAN_PERIOD_QUARTER = 3,
    /** `2025-06` (tháng) */
    CONGDOAN_PERIOD_MONTH = 4,
    /** `2025-06-30`: one day (used by due times only) */
    CONGDOAN_PERIOD_DAY = 5
} congdoan_period_kind;

/**
 * Release a string or buffer that the library returned through an out-parameter.
 * On NULL: does nothing.
 * @param ptr what the library gave you; NULL is a harmless no-op.
 */
CONGDOAN_API void congdoan_free(void *ptr);

CONGDOAN_END_DECL

#endif /* CONGDOAN_COMMON_H */
