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
 * The tasks of every loaded document in which `unit` has one of the `roles`, in load order; (1.2)
 * a unit of a class of units that leads or coordinates a task has that role.
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

/* ---- timeliness (theo dõi nhiệm vụ, QĐ 42/2014) ------------------------------------------------ */

/**
 * (1.2) Where a task stands against its deadline at a reference date, as the Government Office
 * counts tasks (Quyết định 42/2014/QĐ-TTg: hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn
 * thành nhưng còn trong hạn, quá hạn).
 *
 * At a reference date D, from the statuses reported by D (the latest, as above):
 *  - done: dated by the status's `completed` date, else by the submission date of the report that
 *    says it (the latest day it can have been done), else not dated; on time when that date is on
 *    or before the deadline (or there is no deadline, or no date), late after it;
 *  - not done (no status, not started, in progress): overdue when D is after the deadline, else
 *    pending (also when the task has no deadline, or is ongoing);
 *  - cancelled: not counted (CONGDOAN_TIMELINESS_NONE).
 * The deadline is the task's own due date (milestones do not count). For a recurring task it is
 * the last occurrence before D after the document's issue date, and "done" must be reported for
 * a period containing it (as for overdue); with no such occurrence yet the task is pending, or on
 * time when reported done.
 */
typedef enum congdoan_timeliness {
    /** Not counted: the task was cancelled. */
    CONGDOAN_TIMELINESS_NONE = 0,
    /** Hoàn thành đúng hạn: done on or before the deadline. */
    CONGDOAN_TIMELINESS_ON_TIME = 1,
    /** Hoàn thành quá hạn: done after the deadline. */
    CONGDOAN_TIMELINESS_LATE = 2,
    /** Chưa hoàn thành, còn trong hạn: not done, the deadline not passed (or none). */
    CONGDOAN_TIMELINESS_PENDING = 3,
    /** Chưa hoàn thành, quá hạn: not done, the deadline passed. */
    CONGDOAN_TIMELINESS_OVERDUE = 4
} congdoan_timeliness;

/** The size of an array of counts indexed by congdoan_timeliness. */
#define CONGDOAN_TIMELINESS_COUNT 5

/**
 * (1.2) Where one task stands at `at_ymd`, for one unit or as a whole.
 * @param task the task.
 * @param at_ymd the reference date (YYYYMMDD): reports submitted after it are not read.
 * @param unit NULL: the task as a whole (its latest status from any report); a unit: that unit's
 *        own statuses (task statuses whose unit is it, written or the report's).
 * @param[out] out where it stands.
 * @return 0, or CONGDOAN_EINVAL (NULL task or out, a date that does not exist).
 * On NULL: returns CONGDOAN_EINVAL (`unit` may be NULL).
 */
CONGDOAN_API int congdoan_task_timeliness(const congdoan_task *task, const congdoan_unit *unit, int at_ymd,
                                          congdoan_timeliness *out);

/**
 * (1.2) How many tasks stand where at `at_ymd`: of one document (or every loaded document when
 * `document` is NULL), counted into `counts` (indexed by congdoan_timeliness; cancelled tasks
 * in counts[CONGDOAN_TIMELINESS_NONE]).
 * @param corpus the corpus.
 * @param document one document of it, or NULL for every loaded document.
 * @param at_ymd the reference date (YYYYMMDD): reports submitted after it are not read.
 * @param[out] counts the counts, set to 0 first (and on failure).
 * @param unit NULL: every task once, but a task led by a class of units once per unit of the
 *        class, each with its own statuses (each one is an assignment); a unit: the tasks it
 *        leads (itself or as one of a class), with its own statuses.
 * @return 0, or CONGDOAN_EINVAL (NULL corpus or counts, a document of another corpus, a date
 *         that does not exist), or CONGDOAN_ENOMEM. Linear in the assignments (tasks, plus one
 *         per unit of each leading class) plus the reported statuses.
 * On NULL: returns CONGDOAN_EINVAL (`document`, `unit` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_task_timeliness(const congdoan_corpus *corpus, const congdoan_document *document,
                                                 const congdoan_unit *unit, int at_ymd,
                                                 size_t counts[CONGDOAN_TIMELINESS_COUNT]);

/** (1.2) The stable English name ("on-time", "late", "pending", "overdue", "none"), or NULL. */
CONGDOAN_API const char *congdoan_timeliness_name(congdoan_timeliness timeliness);

CONGDOAN_END_DECL

#endif /* CONGDOAN_TASKS_H */
