/*
 * libcongdoan — tasks (nhiệm vụ, giải pháp).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TASK_H
#define CONGDOAN_TASK_H

#include "common.h"
#include "text.h"

/**
 * @file congdoan/task.h
 * @brief A task of a document: its text, its lead unit (chủ trì, đầu mối), its coordinating
 * units (phối hợp) and its due time. Everything returned is borrowed from the corpus.
 */

CONGDOAN_BEGIN_DECL

/** The kind of a task's due time. */
typedef enum congdoan_due_kind {
    /** No due time given. */
    CONGDOAN_DUE_NONE = 0,
    /** A day, month, quarter, half-year or year ("đến năm 2023"); see congdoan_task_due_period_kind(). */
    CONGDOAN_DUE_PERIOD = 1,
    /** Recurring ("hằng năm", "định kỳ 6 tháng"); see congdoan_task_due_recurrence(). */
    CONGDOAN_DUE_RECURRING = 2,
    /** Ongoing ("thường xuyên"): never overdue. */
    CONGDOAN_DUE_ONGOING = 3
} congdoan_due_kind;

/** The task's identifier (unique in its document). On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_task_id(const congdoan_task *task);
/** The task as written. On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_task_text(const congdoan_task *task);
/** The document the task is in. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_task_document(const congdoan_task *task);
/** The section the task is in, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_task_section(const congdoan_task *task);

/**
 * The lead unit, department or body, or NULL when none is given or it is not loaded.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_task_lead(const congdoan_task *task);
/** The lead's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_lead_id(const congdoan_task *task);

/** The number of coordinating entries (phối hợp). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_task_coordinator_count(const congdoan_task *task);
/** The unit of the i-th coordinator when it names one that is loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_task_coordinator(const congdoan_task *task, size_t i);
/** The unit id of the i-th coordinator as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_coordinator_id(const congdoan_task *task, size_t i);
/**
 * The words describing the i-th coordinator ("các ban, đơn vị liên quan"), or NULL.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_task_coordinator_text(const congdoan_task *task, size_t i);

/** The kind of due time. On NULL: returns CONGDOAN_DUE_NONE. */
CONGDOAN_API congdoan_due_kind congdoan_task_due_kind(const congdoan_task *task);
/** The due time as coded in the file ("2023", "yearly:12-15", "ongoing"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_due_code(const congdoan_task *task);
/** The due time as the document words it ("đến năm 2023"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_due_text(const congdoan_task *task);
/**
 * For CONGDOAN_DUE_PERIOD, the kind of period (year, quarter …); for CONGDOAN_DUE_RECURRING,
 * how often it recurs; otherwise CONGDOAN_PERIOD_NONE.
 * On NULL: returns CONGDOAN_PERIOD_NONE.
 */
CONGDOAN_API congdoan_period_kind congdoan_task_due_period_kind(const congdoan_task *task);
/**
 * For CONGDOAN_DUE_PERIOD, the last day of the period (a year due means 31 December of that
 * year); otherwise 0.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_due_date(const congdoan_task *task);
/**
 * For CONGDOAN_DUE_RECURRING, the day in each period by which it is due, as written after the
 * colon: month*100 + day for yearly ("yearly:12-15" gives 1215), the day for the others;
 * 0 means the last day of each period.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_due_recurrence_day(const congdoan_task *task);

CONGDOAN_END_DECL

#endif /* CONGDOAN_TASK_H */
