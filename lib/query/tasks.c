/*
 * Queries over tasks: whose they are, their reported status, when they are due and what is
 * overdue on a date (congdoan/tasks.h).
 *
 * References are identifiers (model.h), so a report is matched to a task by the pair
 * (document id, task id). A query over many tasks builds one hash table of that pair for the
 * tasks it looks at and then reads every report once: linear in tasks plus reported statuses.
 * The single-task functions read the reports once without any table (they cannot fail).
 *
 * Readings of the rules in tasks.h, where the header leaves room (chosen as a federation office
 * would read them):
 *  - "Latest report" at a date D: reports submitted on or before D. A report without a
 *    submission date counts at every D (nothing shows it came later) but ranks before every
 *    dated one; among equal dates the one loaded last wins, and inside one report the last
 *    status given for the task.
 *  - Overdue at D uses what was reported by D: a report submitted after D changes nothing.
 *  - A dated task (day, month, quarter, half-year, year) is overdue when D is after its due date
 *    (on the due date itself it is not yet) and its latest status is neither done nor cancelled.
 *  - A recurring task is due anew in every period, so an old "done" does not cover later
 *    occurrences: it is overdue when its previous occurrence (the last one strictly before D)
 *    is after the document's issue date and no report (submitted by D) says "done" for it in a
 *    period containing that occurrence. A latest status of "cancelled" ends it for good: never
 *    overdue. A document with no issue date does not rule any occurrence out.
 *  - Occurrences: "yearly:MM-DD" on MM-DD of each year (02-29 falls on 28 February in common
 *    years); "yearly" on 31 December; "half-yearly", "quarterly", "monthly" on the last day of
 *    each half-year, quarter or month, or with ":DD" on that day of the period's last month,
 *    clamped to the month's length ("quarterly:31" is 30 June in Q2). An occurrence that would
 *    fall after 9999-12-31 does not exist (congdoan_task_due_at() gives 0).
 *  - congdoan_task_due_at() and congdoan_task_is_overdue() give 0 for a date that does not exist
 *    (and set the last error); the list and status queries return CONGDOAN_EINVAL.
 *  - congdoan_task_list_role() gives every role the unit (or, with
 *    CONGDOAN_TASKS_INCLUDE_DEPARTMENTS, one of its departments or bodies) has in the task, even
 *    one that was not asked for: a unit asking for the tasks it leads also learns where it
 *    coordinates them.
 *  - CONGDOAN_TASKS_INCLUDE_DEPARTMENTS adds the unit's own departments and bodies only, not the
 *    organisations under it (nor their departments).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

struct congdoan_task_list {
    const congdoan_task **tasks;
    int *roles; /* NULL for lists that are not about a unit */
    size_t count;
};

/* ---- lists ----------------------------------------------------------------------------------- */

static congdoan_task_list *list_new(size_t n, int with_roles)
{
    congdoan_task_list *list = congdoan__calloc(1, sizeof *list);
    if (!list)
        return NULL;
    if (n > 0) {
        list->tasks = congdoan__calloc(n, sizeof *list->tasks);
        if (with_roles)
            list->roles = congdoan__calloc(n, sizeof *list->roles);
        if (!list->tasks || (with_roles && !list->roles)) {
            congdoan_task_list_free(list);
            return NULL;
        }
    }
    return list;
}

CONGDOAN_API void congdoan_task_list_free(congdoan_task_list *list)
{
    if (!list)
        return;
    congdoan__dealloc(list->tasks);
    congdoan__dealloc(list->roles);
    congdoan__dealloc(list);
}

CONGDOAN_API size_t congdoan_task_list_count(const congdoan_task_list *list)
{
    CONGDOAN__NOT_NULL(list, "list", 0);
    return list->count;
}

CONGDOAN_API const congdoan_task *congdoan_task_list_get(const congdoan_task_list *list, size_t i)
{
    CONGDOAN__NOT_NULL(list, "list", NULL);
    return i < list->count ? list->tasks[i] : NULL;
}

CONGDOAN_API int congdoan_task_list_role(const congdoan_task_list *list, size_t i)
{
    CONGDOAN__NOT_NULL(list, "list", 0);
    return list->roles && i < list->count ? list->roles[i] : 0;
}

/* ---- tasks of a unit ------------------------------------------------------------------------- */

/* Whether the unit named `id` is `unit` itself or (with `departments`) one of its departments or
 * bodies. Compared by id: references are ids, and the unit may come from the corpus's lookup. */
static int names_unit(const congdoan_corpus *corpus, const char *id, const congdoan_unit *unit, int departments)
{
    if (!id)
        return 0;
    if (strcmp(id, unit->id) == 0)
        return 1;
    const congdoan_unit *u = congdoan__unit_lookup(corpus, id);
    if (u && u->kind == CONGDOAN_UNIT_GROUP) { /* a group names each of its members (1.2) */
        const congdoan__unit_aside *group = congdoan__unit_more(u);
        for (size_t i = 0; i < group->group_member_count; i++)
            if (strcmp(group->group_members[i], unit->id) == 0)
                return 1;
        return 0;
    }
    if (!departments)
        return 0;
    return u && u->kind != CONGDOAN_UNIT_ORGANISATION && u->owner && strcmp(u->owner->id, unit->id) == 0;
}

/* Every role the unit has in the task (see the readings at the top). */
static int task_roles(const congdoan_corpus *corpus, const congdoan_task *t, const congdoan_unit *unit,
                      int departments)
{
    int roles = 0;
    if (names_unit(corpus, t->lead_id, unit, departments) ||
        congdoan__class_has(t->document, t->lead_level, t->lead_kinds, t->lead_sectors, unit))
        roles |= CONGDOAN_ROLE_LEAD;
    for (size_t i = 0; i < t->coordinator_count && !(roles & CONGDOAN_ROLE_COORDINATOR); i++) {
        const congdoan__coordinator *c = &t->coordinators[i];
        if (names_unit(corpus, c->unit_id, unit, departments) ||
            congdoan__class_has(t->document, c->level, c->kinds, c->sectors, unit))
            roles |= CONGDOAN_ROLE_COORDINATOR;
    }
    return roles;
}

CONGDOAN_API int congdoan_corpus_tasks_for_unit(const congdoan_corpus *corpus, const congdoan_unit *unit, int roles,
                                                int flags, congdoan_task_list **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    CONGDOAN__CHECK_ARG(unit != NULL);
    const int all_roles = CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR;
    if (roles == 0 || (roles & ~all_roles))
        return congdoan__error(CONGDOAN_EINVAL, "invalid roles %d: CONGDOAN_ROLE_LEAD, CONGDOAN_ROLE_COORDINATOR or both",
                               roles);
    if (flags & ~CONGDOAN_TASKS_INCLUDE_DEPARTMENTS)
        return congdoan__error(CONGDOAN_EINVAL, "invalid flags %d", flags);
    int departments = (flags & CONGDOAN_TASKS_INCLUDE_DEPARTMENTS) != 0;

    /* Two passes (count, then fill) so the list is allocated once, at its size. */
    size_t n = 0;
    for (size_t d = 0; d < corpus->documents.count; d++) {
        const congdoan_document *doc = corpus->documents.items[d];
        for (size_t i = 0; i < doc->task_count; i++)
            if (task_roles(corpus, doc->tasks[i], unit, departments) & roles)
                n++;
    }
    congdoan_task_list *list = list_new(n, 1);
    if (!list)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing the tasks of unit '%s'", unit->id);
    for (size_t d = 0; d < corpus->documents.count; d++) {
        const congdoan_document *doc = corpus->documents.items[d];
        for (size_t i = 0; i < doc->task_count; i++) {
            int r = task_roles(corpus, doc->tasks[i], unit, departments);
            if (r & roles) {
                list->tasks[list->count] = doc->tasks[i];
                list->roles[list->count] = r;
                list->count++;
            }
        }
    }
    *out = list;
    return CONGDOAN_OK;
}

/* ---- due dates ------------------------------------------------------------------------------- */

/* The length of a recurring task's period in months. */
static int period_months(congdoan_period_kind k)
{
    switch (k) {
    case CONGDOAN_PERIOD_YEAR: return 12;
    case CONGDOAN_PERIOD_HALF_YEAR: return 6;
    case CONGDOAN_PERIOD_QUARTER: return 3;
    case CONGDOAN_PERIOD_MONTH: return 1;
    default: return 0;
    }
}

/* The occurrence of a recurring task in period number p (months since year 0 divided by the
 * period's length), or 0 when it falls outside years 1 to 9999. */
static int occurrence(const congdoan__due *due, long p)
{
    int len = period_months(due->period_kind), month_in_period = len, day = due->recurrence_day;
    if (due->period_kind == CONGDOAN_PERIOD_YEAR && day > 0)
        month_in_period = day / 100, day %= 100;
    long abs_month = p * len + (month_in_period - 1); /* 0-based months since January of year 0 */
    if (abs_month < 12 || abs_month >= 10000L * 12)
        return 0;
    int year = (int)(abs_month / 12), month = (int)(abs_month % 12) + 1;
    int days = congdoan__days_in_month(year, month);
    if (day <= 0 || day > days)
        day = days;
    return year * 10000 + month * 100 + day;
}

/* For a recurring task at D: the next occurrence on or after D and the previous one strictly
 * before D (either 0 when there is none). */
static void occurrences_around(const congdoan__due *due, int ymd, int *next, int *prev)
{
    int len = period_months(due->period_kind);
    *next = *prev = 0;
    if (len == 0)
        return;
    long p = ((long)(ymd / 10000) * 12 + (ymd / 100 % 100 - 1)) / len; /* the period holding D */
    int here = occurrence(due, p);
    if (here && here >= ymd) {
        *next = here;
        *prev = occurrence(due, p - 1);
    } else {
        *next = occurrence(due, p + 1);
        *prev = here;
    }
}

/* The date a due time is due by at D (the next occurrence of a recurring one), or 0. */
static int due_at(const congdoan__due *due, int at_ymd)
{
    if (congdoan__date_arg(at_ymd, 0, "at_ymd") != 0)
        return 0;
    switch (due->kind) {
    case CONGDOAN_DUE_PERIOD:
        return due->date;
    case CONGDOAN_DUE_RECURRING: {
        int next, prev;
        occurrences_around(due, at_ymd, &next, &prev);
        return next;
    }
    default:
        return 0;
    }
}

CONGDOAN_API int congdoan_task_due_at(const congdoan_task *task, int at_ymd)
{
    CONGDOAN__NOT_NULL(task, "task", 0);
    return due_at(&task->due, at_ymd);
}

CONGDOAN_API int congdoan_task_milestone_due_at(const congdoan_task *task, size_t i, int at_ymd)
{
    CONGDOAN__NOT_NULL(task, "task", 0);
    return i < task->milestone_count ? due_at(&task->milestones[i].due, at_ymd) : 0;
}

CONGDOAN_API int congdoan_task_due_before(const congdoan_task *task, int at_ymd)
{
    CONGDOAN__NOT_NULL(task, "task", 0);
    if (!congdoan_date_is_valid(at_ymd)) {
        congdoan__error(CONGDOAN_EINVAL, "date %d does not exist", at_ymd);
        return 0;
    }
    switch (task->due.kind) {
    case CONGDOAN_DUE_PERIOD:
        return task->due.date && task->due.date < at_ymd ? task->due.date : 0;
    case CONGDOAN_DUE_RECURRING: {
        int next, prev;
        occurrences_around(&task->due, at_ymd, &next, &prev);
        return prev;
    }
    default:
        return 0;
    }
}

/* ---- status and overdue ------------------------------------------------------------------------ */

/* What the reports say about one task, as of a date. */
typedef struct task_eval {
    const congdoan_task *task;
    int occurrence;                /* recurring: the previous occurrence that must be covered */
    int covered;                   /* recurring: a "done" for a period containing it was found */
    congdoan_task_status status;   /* the latest status */
    int status_submitted;
    const congdoan_report *report; /* where the latest status comes from */
    /* timeliness (1.2) */
    const char *unit_id;           /* only this unit's statuses (NULL: every unit's) */
    int done_date;                 /* when the latest, done, status says it was done (0: no date) */
    int covered_date;              /* recurring: when the covering "done" says it was done */
} task_eval;

/* The date a done status dates the completion by: its own, else its report's submission (the
 * latest day it can have been done); 0 when neither is known. */
static int done_by(const congdoan_report *r, const congdoan__task_status *s)
{
    return s->completed ? s->completed : r->submitted;
}

/* Whether the task could be overdue at D before the reports are read; sets e->occurrence. */
static int overdue_candidate(task_eval *e, int at_ymd)
{
    const congdoan_task *t = e->task;
    if (t->due.kind == CONGDOAN_DUE_PERIOD)
        return t->due.date > 0 && at_ymd > t->due.date;
    if (t->due.kind == CONGDOAN_DUE_RECURRING) {
        int next, prev, issued = t->document->issued;
        occurrences_around(&t->due, at_ymd, &next, &prev);
        if (!prev || (issued && prev <= issued))
            return 0;
        e->occurrence = prev;
        return 1;
    }
    return 0;
}

/* Fold one reported status into the evaluation. Reports come in load order. */
static void eval_add(task_eval *e, const congdoan_report *r, const congdoan__task_status *s)
{
    if (s->status == CONGDOAN_TASK_STATUS_NONE)
        return;
    if (e->unit_id && strcmp(s->unit_id ? s->unit_id : r->unit_id, e->unit_id) != 0)
        return;
    if (!e->report || r->submitted >= e->status_submitted) {
        /* a second "done" keeps the earlier completion it already knows of */
        int was_done = e->status == CONGDOAN_TASK_DONE, d = done_by(r, s);
        if (s->status == CONGDOAN_TASK_DONE)
            e->done_date = was_done && e->done_date && (!d || e->done_date < d) ? e->done_date : d;
        e->status = s->status;
        e->status_submitted = r->submitted;
        e->report = r;
    }
    if (e->occurrence && s->status == CONGDOAN_TASK_DONE) {
        int first, last, d = done_by(r, s);
        if (congdoan__period_parse(r->period, strlen(r->period), NULL, &first, &last) == 0 &&
            first <= e->occurrence && e->occurrence <= last &&
            (!e->covered || (d && (!e->covered_date || d < e->covered_date)))) {
            e->covered = 1;
            e->covered_date = d;
        }
    }
}

static int eval_overdue(const task_eval *e)
{
    if (e->task->due.kind == CONGDOAN_DUE_RECURRING)
        return e->status != CONGDOAN_TASK_CANCELLED && !e->covered;
    return e->status != CONGDOAN_TASK_DONE && e->status != CONGDOAN_TASK_CANCELLED;
}

static int report_counts(const congdoan_report *r, int at_ymd)
{
    return at_ymd == 0 || r->submitted <= at_ymd;
}

/* Read every report for one task: no table, nothing allocated. */
static void eval_one(task_eval *e, int at_ymd)
{
    const congdoan_corpus *corpus = e->task->document->corpus;
    const char *doc_id = e->task->document->id, *task_id = e->task->id;
    for (size_t i = 0; i < corpus->reports.count; i++) {
        const congdoan_report *r = corpus->reports.items[i];
        if (!report_counts(r, at_ymd) || strcmp(r->document_id, doc_id) != 0)
            continue;
        const congdoan__report_aside *more = congdoan__report_more(r);
        for (size_t j = 0; j < more->status_count; j++)
            if (more->statuses[j].task_id && strcmp(more->statuses[j].task_id, task_id) == 0)
                eval_add(e, r, &more->statuses[j]);
    }
}

CONGDOAN_API int congdoan_task_latest_status(const congdoan_task *task, int at_ymd, congdoan_task_status *status,
                                             const congdoan_report **report)
{
    if (status)
        *status = CONGDOAN_TASK_STATUS_NONE;
    if (report)
        *report = NULL;
    CONGDOAN__CHECK_ARG(task != NULL);
    CONGDOAN__CHECK_ARG(status != NULL);
    if (congdoan__date_arg(at_ymd, 1, "at_ymd") != 0)
        return CONGDOAN_EINVAL;
    task_eval e = {.task = task};
    eval_one(&e, at_ymd);
    *status = e.status;
    if (report)
        *report = e.report;
    return CONGDOAN_OK;
}

CONGDOAN_API int congdoan_task_is_overdue(const congdoan_task *task, int at_ymd)
{
    CONGDOAN__NOT_NULL(task, "task", 0);
    if (congdoan__date_arg(at_ymd, 0, "at_ymd") != 0)
        return 0;
    task_eval e = {.task = task};
    if (!overdue_candidate(&e, at_ymd))
        return 0;
    eval_one(&e, at_ymd);
    return eval_overdue(&e);
}

/* ---- the overdue list ---------------------------------------------------------------------------- */

/* (document id, task id) -> its evaluation, in the library's hash table (a composite key). */
typedef struct task_key {
    const char *doc_id, *task_id;
} task_key;

static uint64_t pair_hash(const congdoan__map *m, const char *doc_id, const char *task_id)
{
    /* the task id hashed under a key that the document id's hash changes */
    uint64_t h = congdoan__map_key(m, doc_id, strlen(doc_id));
    congdoan__hash_key k = {m->key.k0 ^ h, m->key.k1};
    return congdoan__hash_bytes(&k, task_id, strlen(task_id));
}

static int same_task(const congdoan__map_slot *slot, const void *ctx)
{
    const task_eval *e = slot->value;
    const task_key *k = ctx;
    return strcmp(e->task->id, k->task_id) == 0 && strcmp(e->task->document->id, k->doc_id) == 0;
}

static void table_put(congdoan__map *tt, task_eval *e)
{
    task_key k = {e->task->document->id, e->task->id};
    uint64_t h = pair_hash(tt, k.doc_id, k.task_id);
    congdoan__map_slot *slot = congdoan__map_find(tt, h, same_task, &k);
    if (!slot->key) /* the same pair twice (a document loaded twice is refused): the first stays */
        congdoan__map_fill(tt, slot, h, e, e);
}

static task_eval *table_get(const congdoan__map *tt, const char *doc_id, const char *task_id)
{
    task_key k = {doc_id, task_id};
    const congdoan__map_slot *slot = congdoan__map_find(tt, pair_hash(tt, doc_id, task_id), same_task, &k);
    return slot->key ? slot->value : NULL;
}

CONGDOAN_API int congdoan_corpus_overdue_tasks(const congdoan_corpus *corpus, const congdoan_document *document,
                                               int at_ymd, congdoan_task_list **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    if (document && document->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "document '%s' is not in this corpus", document->id);
    if (congdoan__date_arg(at_ymd, 0, "at_ymd") != 0)
        return CONGDOAN_EINVAL;

    /* The documents looked at: one, or all in load order. */
    size_t n_docs = document ? 1 : corpus->documents.count;
#define DOC(d) (document ? document : (const congdoan_document *)corpus->documents.items[(d)])

    /* 1. The tasks that could be overdue on their due time alone. */
    size_t n = 0;
    for (size_t d = 0; d < n_docs; d++)
        for (size_t i = 0; i < DOC(d)->task_count; i++) {
            task_eval probe = {.task = DOC(d)->tasks[i]};
            n += (size_t)overdue_candidate(&probe, at_ymd);
        }
    task_eval *evals = NULL;
    congdoan__map tt = {0};
    congdoan_task_list *list = NULL;
    if (n > 0) {
        evals = congdoan__calloc(n, sizeof *evals);
        if (!evals || congdoan__map_reserve(&tt, n) != 0)
            goto nomem;
        size_t k = 0;
        for (size_t d = 0; d < n_docs; d++)
            for (size_t i = 0; i < DOC(d)->task_count; i++) {
                task_eval probe = {.task = DOC(d)->tasks[i]};
                if (overdue_candidate(&probe, at_ymd)) {
                    evals[k] = probe;
                    table_put(&tt, &evals[k]);
                    k++;
                }
            }
#undef DOC

        /* 2. Every report once. */
        for (size_t i = 0; i < corpus->reports.count; i++) {
            const congdoan_report *r = corpus->reports.items[i];
            if (!report_counts(r, at_ymd) || (document && strcmp(r->document_id, document->id) != 0))
                continue;
            const congdoan__report_aside *more = congdoan__report_more(r);
            for (size_t j = 0; j < more->status_count; j++) {
                if (!more->statuses[j].task_id)
                    continue;
                task_eval *e = table_get(&tt, r->document_id, more->statuses[j].task_id);
                if (e)
                    eval_add(e, r, &more->statuses[j]);
            }
        }
    }

    /* 3. The list, in load order (the candidates are in load order). */
    size_t m = 0;
    for (size_t k = 0; k < n; k++)
        m += (size_t)eval_overdue(&evals[k]);
    list = list_new(m, 0);
    if (!list)
        goto nomem;
    for (size_t k = 0; k < n; k++)
        if (eval_overdue(&evals[k]))
            list->tasks[list->count++] = evals[k].task;
    congdoan__dealloc(evals);
    congdoan__map_release(&tt);
    *out = list;
    return CONGDOAN_OK;

nomem:
    congdoan__dealloc(evals);
    congdoan__map_release(&tt);
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing overdue tasks");
}

/* ---- timeliness (theo dõi nhiệm vụ, QĐ 42/2014) ---------------------------------------------------- */

static const char *const timeliness_names[CONGDOAN_TIMELINESS_COUNT] = {"none", "on-time", "late", "pending",
                                                                       "overdue"};

CONGDOAN_API const char *congdoan_timeliness_name(congdoan_timeliness t)
{
    return (unsigned)t < CONGDOAN_TIMELINESS_COUNT ? timeliness_names[t] : NULL;
}

/* Before the reports are read: for a recurring task, the occurrence it must have been done for
 * by D (the last one before D, after the document was issued), as for overdue. */
static void timeliness_setup(task_eval *e, int at_ymd)
{
    const congdoan_task *t = e->task;
    if (t->due.kind == CONGDOAN_DUE_RECURRING) {
        int next, prev, issued = t->document->issued;
        occurrences_around(&t->due, at_ymd, &next, &prev);
        if (prev && !(issued && prev <= issued))
            e->occurrence = prev;
    }
}

/* After the reports: where the task stands (the rules are in tasks.h). */
static congdoan_timeliness timeliness_of(const task_eval *e, int at_ymd)
{
    const congdoan_task *t = e->task;
    if (e->status == CONGDOAN_TASK_CANCELLED)
        return CONGDOAN_TIMELINESS_NONE;
    if (t->due.kind == CONGDOAN_DUE_RECURRING && e->occurrence) {
        if (!e->covered)
            return CONGDOAN_TIMELINESS_OVERDUE;
        return !e->covered_date || e->covered_date <= e->occurrence ? CONGDOAN_TIMELINESS_ON_TIME
                                                                    : CONGDOAN_TIMELINESS_LATE;
    }
    int deadline = t->due.kind == CONGDOAN_DUE_PERIOD ? t->due.date : 0;
    if (e->status == CONGDOAN_TASK_DONE)
        return !deadline || !e->done_date || e->done_date <= deadline ? CONGDOAN_TIMELINESS_ON_TIME
                                                                      : CONGDOAN_TIMELINESS_LATE;
    return deadline && at_ymd > deadline ? CONGDOAN_TIMELINESS_OVERDUE : CONGDOAN_TIMELINESS_PENDING;
}

CONGDOAN_API int congdoan_task_timeliness(const congdoan_task *task, const congdoan_unit *unit, int at_ymd,
                                          congdoan_timeliness *out)
{
    if (out)
        *out = CONGDOAN_TIMELINESS_NONE;
    CONGDOAN__CHECK_ARG(task != NULL);
    CONGDOAN__CHECK_ARG(out != NULL);
    if (unit && unit->corpus != task->document->corpus)
        return congdoan__error(CONGDOAN_EINVAL, "unit '%s' is not in the corpus of task '%s'", unit->id, task->id);
    if (!congdoan_date_is_valid(at_ymd))
        return congdoan__error(CONGDOAN_EINVAL, "date %d does not exist", at_ymd);
    task_eval e = {.task = task, .unit_id = unit ? unit->id : NULL};
    timeliness_setup(&e, at_ymd);
    eval_one(&e, at_ymd);
    *out = timeliness_of(&e, at_ymd);
    return CONGDOAN_OK;
}

/* One assignment to evaluate: a task, for one unit or (unit NULL) as a whole, in the library's
 * hash table under the composite key (document id, task id, unit id or ""). */
typedef struct assignment_key {
    const char *doc_id, *task_id, *unit_id;
} assignment_key;

static uint64_t assignment_hash(const congdoan__map *m, const char *doc_id, const char *task_id, const char *unit_id)
{
    /* the unit id hashed under a key that the (document, task) pair's hash changes */
    uint64_t h = pair_hash(m, doc_id, task_id);
    const char *u = unit_id ? unit_id : "";
    congdoan__hash_key k = {m->key.k0, m->key.k1 ^ h};
    return congdoan__hash_bytes(&k, u, strlen(u));
}

static int same_assignment(const congdoan__map_slot *slot, const void *ctx)
{
    const task_eval *e = slot->value;
    const assignment_key *k = ctx;
    const char *eu = e->unit_id ? e->unit_id : "", *u = k->unit_id ? k->unit_id : "";
    return strcmp(eu, u) == 0 && strcmp(e->task->id, k->task_id) == 0 && strcmp(e->task->document->id, k->doc_id) == 0;
}

static void assignment_put(congdoan__map *m, task_eval *e)
{
    assignment_key k = {e->task->document->id, e->task->id, e->unit_id};
    uint64_t h = assignment_hash(m, k.doc_id, k.task_id, k.unit_id);
    congdoan__map_slot *slot = congdoan__map_find(m, h, same_assignment, &k);
    if (!slot->key) /* the same assignment twice (a unit in a class and leading by id): the first */
        congdoan__map_fill(m, slot, h, e, e);
}

static task_eval *assignment_get(const congdoan__map *m, const char *doc_id, const char *task_id, const char *unit_id)
{
    assignment_key k = {doc_id, task_id, unit_id};
    const congdoan__map_slot *slot =
        congdoan__map_find(m, assignment_hash(m, doc_id, task_id, unit_id), same_assignment, &k);
    return slot->key ? slot->value : NULL;
}

/* A growing array of evaluations. */
typedef struct evals_vec {
    task_eval *v;
    size_t n, cap;
} evals_vec;

static int add_assignment(evals_vec *a, const congdoan_task *t, const char *unit_id)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        task_eval *v = congdoan__realloc(a->v, cap * sizeof *v);
        if (!v)
            return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = (task_eval){.task = t, .unit_id = unit_id};
    return 0;
}

/* The assignments of document d: for `unit`, the tasks it leads (itself, as a member of a group
 * that leads, or as one of a leading class) with its own statuses; for no unit, each task once,
 * but a task led by a class once per unit of the class. */
static int assignments_of(const congdoan_corpus *c, const congdoan_document *d, const congdoan_unit *unit,
                          evals_vec *out)
{
    for (size_t i = 0; i < d->task_count; i++) {
        const congdoan_task *t = d->tasks[i];
        if (unit) {
            if ((task_roles(c, t, unit, 0) & CONGDOAN_ROLE_LEAD) && add_assignment(out, t, unit->id) != 0)
                return -1;
            continue;
        }
        size_t before = out->n;
        for (size_t k = 0; t->lead_level && k < c->units.count; k++) {
            const congdoan_unit *u = c->units.items[k];
            if (congdoan__class_has(d, t->lead_level, t->lead_kinds, t->lead_sectors, u) &&
                add_assignment(out, t, u->id) != 0)
                return -1;
        }
        /* not led by a class, or by a class of which no unit is loaded: the task as a whole */
        if (out->n == before && add_assignment(out, t, NULL) != 0)
            return -1;
    }
    return 0;
}

CONGDOAN_API int congdoan_corpus_task_timeliness(const congdoan_corpus *corpus, const congdoan_document *document,
                                                 const congdoan_unit *unit, int at_ymd,
                                                 size_t counts[CONGDOAN_TIMELINESS_COUNT])
{
    CONGDOAN__CHECK_ARG(counts != NULL);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        counts[i] = 0;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    if (document && document->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "document '%s' is not in this corpus", document->id);
    if (unit && unit->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "unit '%s' is not in this corpus", unit->id);
    if (!congdoan_date_is_valid(at_ymd))
        return congdoan__error(CONGDOAN_EINVAL, "date %d does not exist", at_ymd);

    evals_vec list = {0};
    congdoan__map at = {0};
    size_t n_docs = document ? 1 : corpus->documents.count;
    for (size_t d = 0; d < n_docs; d++)
        if (assignments_of(corpus, document ? document : corpus->documents.items[d], unit, &list) != 0)
            goto nomem;
    task_eval *evals = list.v;
    size_t n = list.n;
    if (n) {
        if (congdoan__map_reserve(&at, n) != 0)
            goto nomem;
        for (size_t k = 0; k < n; k++) {
            timeliness_setup(&evals[k], at_ymd);
            assignment_put(&at, &evals[k]);
        }
        /* every report once: a status goes to its unit's assignment and to the task's whole one */
        for (size_t i = 0; i < corpus->reports.count; i++) {
            const congdoan_report *r = corpus->reports.items[i];
            if (!report_counts(r, at_ymd) || (document && strcmp(r->document_id, document->id) != 0))
                continue;
            const congdoan__report_aside *more = congdoan__report_more(r);
            for (size_t j = 0; j < more->status_count; j++) {
                const congdoan__task_status *st = &more->statuses[j];
                if (!st->task_id)
                    continue;
                const char *who = st->unit_id ? st->unit_id : r->unit_id;
                task_eval *e = assignment_get(&at, r->document_id, st->task_id, who);
                if (e)
                    eval_add(e, r, st);
                if ((e = assignment_get(&at, r->document_id, st->task_id, NULL)) != NULL)
                    eval_add(e, r, st);
            }
        }
        for (size_t k = 0; k < n; k++)
            counts[timeliness_of(&evals[k], at_ymd)]++;
    }
    congdoan__dealloc(list.v);
    congdoan__map_release(&at);
    return CONGDOAN_OK;

nomem:
    congdoan__dealloc(list.v);
    congdoan__map_release(&at);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        counts[i] = 0;
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory counting the timeliness of tasks");
}
