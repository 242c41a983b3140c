/*
 * libcongdoan — queries over tasks: whose they are, their status, what is overdue.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TASKS_H
#define CONGDOAN_TASKS_H

#include "common.h"
#include "report.h"

/**
 * @file congdoan/tasks.h
 * @brief "Which tasks are mine?", "what is overdue on this date?" and the status of a task
 * from the reports.
 *
 * A task list is an object of its own (free it); the tasks in it are borrowed from the corpus.
 *
 * Due dates at a reference date D:
 *  - a day, month, quarter, half-year or year: the last day of it (a year due means
 *    31 December);
 *  - recurring ("yearly:12-15", "half-yearly" …): the next occurrence on or after D; the task
 *    is overdue when the previous occurrence (before D, and strictly after the document was
 *    issued) has no report, submitted by D, saying "done" for a period that contains that
 *    occurrence — an old "done" does not cover later occurrences;
 *  - ongoing: never due, never overdue.
 * A dated task is overdue from the day after its due date. A task whose latest status (from
 * reports submitted by D) is "cancelled" is never overdue, nor a dated task reported "done".
 * Reports without a submission date count at every date but rank before dated ones.
 */

CONGDOAN_BEGIN_DECL

/** A list of tasks. */
typedef struct congdoan_task_list congdoan_task_list;

/** The roles a unit can have in a task; combine with |. */
typedef enum congdoan_role {
    /** The lead (chủ trì, đầu mối). */
    CONGDOAN_ROLE_LEAD = 1,
    /** A coordinator (phối hợp). */
    CONGDOAN_ROLE_COORDINATOR = 2
} congdoan_role;

/** Options for congdoan_corpus_tasks_for_unit(); combine with |. */
typedef enum congdoan_task_query_flags {
    /** Also the tasks of the unit's departments and bodies (the tasks of "LĐLĐ tỉnh" include those of its Văn phòng). */
    CONGDOAN_TASKS_INCLUDE_DEPARTMENTS = 1
} congdoan_task_query_flags;

/**
 * The tasks of every loaded document in which `unit` has one of the `roles`, in load order.
 * @param corpus the corpus it works on.
 * @param unit the unit whose tasks are asked for.
 * @param roles CONGDOAN_ROLE_LEAD, CONGDOAN_ROLE_COORDINATOR or both.
 * @param flags 0 or CONGDOAN_TASKS_INCLUDE_DEPARTMENTS.
 * @param[out] out the list, owned by the caller: release with congdoan_task_list_free().
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_corpus_tasks_for_unit(const congdoan_corpus *corpus, const congdoan_unit *unit, int roles,
                                                int flags, congdoan_task_list **out);

/**
 * The tasks overdue at `at_ymd`, of one document or (document NULL) of all, in load order.
 * @param corpus the corpus it works on.
 * @param document only the tasks of this document, or NULL for every document.
 * @param at_ymd the reference date (year*10000 + month*100 + day).
 * @param[out] out the list, owned by the caller: release with congdoan_task_list_free().
 * @return 0, CONGDOAN_EINVAL (a date that does not exist) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`document` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_overdue_tasks(const congdoan_corpus *corpus, const congdoan_document *document,
                                               int at_ymd, congdoan_task_list **out);

/** Release a task list. On NULL: does nothing. */
CONGDOAN_API void congdoan_task_list_free(congdoan_task_list *list);
/** The number of tasks in the list. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_task_list_count(const congdoan_task_list *list);
/** The i-th task, or NULL. Borrowed from the corpus. On NULL: returns NULL. */
CONGDOAN_API const congdoan_task *congdoan_task_list_get(const congdoan_task_list *list, size_t i);
/**
 * The role the unit has in the i-th task (for lists from congdoan_corpus_tasks_for_unit()), else 0.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_list_role(const congdoan_task_list *list, size_t i);

/**
 * The latest reported status of a task: from the reports against its document that give a
 * status for it, submitted on or before `at_ymd` (0: any), the one submitted last (then the
 * one loaded last).
 * @param task the task.
 * @param at_ymd the reference date (year*10000 + month*100 + day), or 0 for no cut-off.
 * @param[out] status the status; CONGDOAN_TASK_STATUS_NONE when no report gives one.
 * @param[out] report the report it comes from (borrowed), or NULL. May be NULL.
 * @return 0, or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL (`report` may be NULL).
 */
CONGDOAN_API int congdoan_task_latest_status(const congdoan_task *task, int at_ymd, congdoan_task_status *status,
                                             const congdoan_report **report);

/**
 * The date the task is due by at `at_ymd` (see the rules above), or 0 when it has no due date
 * (none given, or ongoing).
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_due_at(const congdoan_task *task, int at_ymd);

/**
 * The last date the task was due by strictly before `at_ymd`: for a recurring task the
 * occurrence before the one congdoan_task_due_at() gives (the one whose report is missing when
 * the task is overdue); for a dated task its due date when that is before `at_ymd`; 0 when
 * there is none (ongoing, no due time, not yet due, a date that does not exist: that one also
 * sets the last error to CONGDOAN_EINVAL). On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_due_before(const congdoan_task *task, int at_ymd);

/** 1 if the task is overdue at `at_ymd` (see the rules above), else 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_task_is_overdue(const congdoan_task *task, int at_ymd);

CONGDOAN_END_DECL

#endif /* CONGDOAN_TASKS_H */
