/*
 * libcongdoan — periodic reports (báo cáo).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_REPORT_H
#define CONGDOAN_REPORT_H

#include "common.h"

/**
 * @file congdoan/report.h
 * @brief A report of one unit, for one period, against one document: figures per indicator
 * and status per task. Everything returned is borrowed from the corpus.
 */

CONGDOAN_BEGIN_DECL

/** What a reported value covers. */
typedef enum congdoan_coverage {
    /** The reporting unit alone. */
    CONGDOAN_COVERAGE_SELF = 1,
    /** The reporting unit and every unit under it. */
    CONGDOAN_COVERAGE_SUBTREE = 2
} congdoan_coverage;

/** The status of a task as reported. */
typedef enum congdoan_task_status {
    CONGDOAN_TASK_STATUS_NONE = 0,
    CONGDOAN_TASK_NOT_STARTED = 1,
    CONGDOAN_TASK_IN_PROGRESS = 2,
    CONGDOAN_TASK_DONE = 3,
    CONGDOAN_TASK_CANCELLED = 4
} congdoan_task_status;

/** The report's identifier. On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_report_id(const congdoan_report *report);
/** The reporting unit, or NULL when it is not loaded. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_report_unit(const congdoan_report *report);
/** The reporting unit's id as written. On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_report_unit_id(const congdoan_report *report);
/** The document reported against, or NULL when it is not loaded. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_report_document(const congdoan_report *report);
/** The document's id as written. On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_report_document_id(const congdoan_report *report);
/** The period code ("2025-H1"). On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_report_period(const congdoan_report *report);
/** The submission date, or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_report_submitted(const congdoan_report *report);
/** The note, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_report_note(const congdoan_report *report);

/** The number of indicator values. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_report_value_count(const congdoan_report *report);
/** The indicator id of the i-th value as written, or NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_report_value_indicator_id(const congdoan_report *report, size_t i);
/**
 * The indicator of the i-th value when its document is loaded and has it, else NULL.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_indicator *congdoan_report_value_indicator(const congdoan_report *report, size_t i);
/**
 * The plain figure of the i-th value.
 * @param report the report.
 * @param i the position of the value in the report.
 * @param[out] out the figure; 0 when absent. @return 0, CONGDOAN_ENOTFOUND when the value has no
 *             plain figure, CONGDOAN_EINVAL when i is out of range.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_report_value(const congdoan_report *report, size_t i, double *out);
/**
 * The numerator and denominator of the i-th value. Either pointer may be NULL.
 * On NULL: returns CONGDOAN_EINVAL (`numerator` and `denominator` may be NULL).
 * @return 0, CONGDOAN_ENOTFOUND when the value has none, CONGDOAN_EINVAL when i is out of range.
 */
CONGDOAN_API int congdoan_report_value_fraction(const congdoan_report *report, size_t i,
                                                double *numerator, double *denominator);
/** What the i-th value covers, or 0 when i is out of range. On NULL: returns 0. */
CONGDOAN_API congdoan_coverage congdoan_report_value_coverage(const congdoan_report *report, size_t i);
/**
 * (1.2) 1 when the i-th value is an empty slot of a report form, not yet filled (neither a
 * figure nor a fraction: progress reads it as no data), else 0.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_report_value_is_empty(const congdoan_report *report, size_t i);
/**
 * (1.2) 1 when the report is a skeleton: not submitted (no date) and every value and task
 * status in it an empty slot; completeness counts it as not submitted. Else 0.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_report_is_skeleton(const congdoan_report *report);

/** The number of task statuses. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_report_task_status_count(const congdoan_report *report);
/** The task id of the i-th status as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_report_task_status_task_id(const congdoan_report *report, size_t i);
/** The task of the i-th status when loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_task *congdoan_report_task_status_task(const congdoan_report *report, size_t i);
/**
 * The i-th status, or CONGDOAN_TASK_STATUS_NONE when i is out of range or (1.2) the status is an
 * empty slot not yet filled.
 * On NULL: returns CONGDOAN_TASK_STATUS_NONE.
 */
CONGDOAN_API congdoan_task_status congdoan_report_task_status(const congdoan_report *report, size_t i);
/** The note of the i-th status, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_report_task_status_note(const congdoan_report *report, size_t i);
/**
 * (1.2) The id of the unit whose status the i-th one is: its `unit` as written, else the
 * report's unit. NULL when i is out of range.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_report_task_status_unit_id(const congdoan_report *report, size_t i);
/** (1.2) The date the task was completed, for a done status that gives it; else 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_report_task_status_completed(const congdoan_report *report, size_t i);

/** (1.2) The number of results (figures stated on their own) in the report. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_report_result_count(const congdoan_report *report);
/** (1.2) The i-th result, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_result *congdoan_report_result(const congdoan_report *report, size_t i);

/** The stable English name of a status as in the XML ("in-progress" …), or NULL. */
CONGDOAN_API const char *congdoan_task_status_name(congdoan_task_status status);

CONGDOAN_END_DECL

#endif /* CONGDOAN_REPORT_H */
