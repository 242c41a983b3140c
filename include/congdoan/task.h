/*
 * libcongdoan — tasks (nhiệm vụ, giải pháp).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TASK_H
#define CONGDOAN_TASK_H

#include "common.h"
#include "unit.h"
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
/** (1.2) The lead as printed ("các LĐLĐ tỉnh, thành phố …", "Ban Dân vận Tỉnh ủy"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_lead_text(const congdoan_task *task);
/**
 * (1.2) When a class of units leads the task, their level; else CONGDOAN_LEVEL_UNKNOWN. Each
 * unit of the class (of that level, of the kinds and sectors below when given, under the issuer
 * of the document, or among all units when the issuer is not loaded) leads it for itself.
 * On NULL: returns CONGDOAN_LEVEL_UNKNOWN.
 */
CONGDOAN_API congdoan_level congdoan_task_lead_level(const congdoan_task *task);
/** (1.2) The kinds of the leading class as a bit set (1 << congdoan_org_kind); 0: every kind. On NULL: returns 0. */
CONGDOAN_API int congdoan_task_lead_kinds(const congdoan_task *task);
/** (1.2) The sectors of the leading class as a bit set (1 << congdoan_sector); 0: every sector. On NULL: returns 0. */
CONGDOAN_API int congdoan_task_lead_sectors(const congdoan_task *task);
/**
 * (1.2) Whether `unit` leads the task: it is the lead, or a unit of the leading class.
 * @return 1 or 0 (0 for NULL arguments).
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_is_led_by(const congdoan_task *task, const congdoan_unit *unit);

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
/**
 * (1.2) The level of the class of units the i-th coordinator is, or CONGDOAN_LEVEL_UNKNOWN.
 * On NULL: returns CONGDOAN_LEVEL_UNKNOWN.
 */
CONGDOAN_API congdoan_level congdoan_task_coordinator_level(const congdoan_task *task, size_t i);
/** (1.2) The kinds of that class as a bit set (1 << congdoan_org_kind); 0: every kind. On NULL: returns 0. */
CONGDOAN_API int congdoan_task_coordinator_kinds(const congdoan_task *task, size_t i);
/** (1.2) The sectors of that class as a bit set (1 << congdoan_sector); 0: every sector. On NULL: returns 0. */
CONGDOAN_API int congdoan_task_coordinator_sectors(const congdoan_task *task, size_t i);

/**
 * (1.2) The number of milestones: sub-deadlines on part of the task's text. They do not make
 * the task overdue; only the task's own due time does.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_task_milestone_count(const congdoan_task *task);
/** (1.2) The words the i-th milestone dates, or NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_milestone_text(const congdoan_task *task, size_t i);
/** (1.2) The due time of the i-th milestone as coded ("2023"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_milestone_due_code(const congdoan_task *task, size_t i);
/** (1.2) The due time of the i-th milestone as worded ("đến năm 2023"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_task_milestone_due_text(const congdoan_task *task, size_t i);
/**
 * (1.2) The date the i-th milestone is due by at `at_ymd`, by the rules of congdoan_task_due_at()
 * (congdoan/tasks.h), or 0 (no date, out of range, or a date that does not exist).
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_task_milestone_due_at(const congdoan_task *task, size_t i, int at_ymd);
/**
 * (1.2) Where the task was read from (its \<source\>), as congdoan_document_source().
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_task_source(const congdoan_task *task, const char **file, int *line, int *column);

/** The kind of due time. On NULL: returns CONGDOAN_DUE_NONE. */
CONGDOAN_API congdoan_due_kind congdoan_task_due_kind(const congdoan_task *task);
/**
 * The stable English name of a kind of due time: "period" (a date, a year, a quarter …),
 * "recurring" ("yearly:12-15"), "ongoing"; NULL for CONGDOAN_DUE_NONE and any other value.
 * A static string: never free it.
 */
CONGDOAN_API const char *congdoan_due_kind_name(congdoan_due_kind kind);
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
