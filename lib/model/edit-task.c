/*
 * Editing: tasks, their lead, due time, coordinators, classes of units and milestones (see
 * congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static int add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                    const congdoan_task **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    const new_object o = {.kind = NEW_TASK, .corpus = corpus, .id = id, .section = s, .fresh = fresh,
                          .id_free = congdoan__edit_local_id_free, .text = txt, .text_flags = T_TRIM,
                          .text_attr = N_("text"), .text_expected = N_("the task as written")};
    who w;
    text t;
    if ((rc = congdoan__edit_check_new(&o, &w, &t)) != 0)
        return rc;
    size_t pos = congdoan__edit_document_place(d, s, CONGDOAN_ITEM_TASK, d->task_count);
    congdoan_task *task = congdoan__arena_alloc(&corpus->arena, sizeof *task);
    int bad = !task || congdoan__edit_keep_id(corpus, id, &task->id) ||
              congdoan__edit_keep_text(corpus, &t, &task->text) || congdoan__edit_grow_items(corpus, s) != 0 ||
              congdoan__local_ids_reserve(corpus, 1) != 0 ||
              congdoan__grow(&corpus->arena, (void **)&d->tasks, d->task_count, &d->task_cap, sizeof *d->tasks) != 0;
    congdoan__edit_text_free(&t);
    if (bad)
        return congdoan__edit_nomem(w.s);
    task->document = d;
    task->section = s;
    congdoan__edit_append_item(s, CONGDOAN_ITEM_TASK, task);
    congdoan__edit_insert_at((void **)d->tasks, &d->task_count, pos, task);
    congdoan__local_id_put(corpus, d, task->id, CONGDOAN_ITEM_TASK, task);
    if (out)
        *out = task;
    return 0;
}

/* A string or identifier field of a task, set whole (congdoan__edit_set_field). */
static int task_field(congdoan_corpus *corpus, const congdoan_task *obj, size_t field, const char *value, unsigned how,
              const char *attr)
{
    int rc = OWN_TASK(corpus, obj);
    who w;
    return rc ? rc : congdoan__edit_set_field(corpus, obj, field, value, how, congdoan__edit_who_task(&w, obj), attr);
}

CONGDOAN_API int congdoan_section_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                           const char *txt, const congdoan_task **out)
{
    return add_task(corpus, section, id, txt, out, 0);
}

int congdoan__fresh_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                             const congdoan_task **out)
{
    return add_task(corpus, section, id, txt, out, 1);
}

/* ---- tasks ----------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_task_set_text(congdoan_corpus *corpus, const congdoan_task *task, const char *txt)
{
    return task_field(corpus, task, offsetof(congdoan_task, text), txt, F_REQUIRED | T_TRIM, N_("text"));
}

CONGDOAN_API int congdoan_task_set_lead_id(congdoan_corpus *corpus, const congdoan_task *task, const char *lead_id)
{
    return task_field(corpus, task, offsetof(congdoan_task, lead_id), lead_id, F_ID, N_("lead id"));
}

CONGDOAN_API int congdoan_task_set_due(congdoan_corpus *corpus, const congdoan_task *task, const char *code,
                                       const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    congdoan__edit_who_task(&w, t);
    congdoan_due_kind kind = CONGDOAN_DUE_NONE;
    congdoan_period_kind pk = CONGDOAN_PERIOD_NONE;
    int due = 0, day = 0;
    if (code) {
        size_t len = strlen(code);
        if (congdoan__due_parse(code, len, &kind, &pk, &due, &day) != 0)
            return congdoan__error(
                CONGDOAN_EPARSE,
                "%s: '%.*s' is not a due time: expected YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, YYYY-MM-DD, "
                "ongoing, or yearly, half-yearly, quarterly, monthly (optionally :MM-DD for yearly, "
                ":DD for the others)",
                w.s, (int)(len > 40 ? 40 : len), code);
    }
    text tt;
    if ((rc = congdoan__edit_check_text(corpus, &tt, txt, 0, w.s, N_("due text"))) != 0)
        return rc;
    const char *ccopy, *tcopy;
    int bad = congdoan__edit_keep_id(corpus, code, &ccopy) || congdoan__edit_keep_text(corpus, &tt, &tcopy);
    congdoan__edit_text_free(&tt);
    if (bad)
        return congdoan__edit_nomem(w.s);
    t->due.code = ccopy;
    t->due.kind = kind;
    t->due.period_kind = pk;
    t->due.date = due;
    t->due.recurrence_day = day;
    t->due_text = tcopy;
    return 0;
}

CONGDOAN_API int congdoan_task_add_coordinator(congdoan_corpus *corpus, const congdoan_task *task, const char *unit_id,
                                               const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    congdoan__edit_who_task(&w, t);
    if ((rc = congdoan__edit_check_id(unit_id, 0, w.s, N_("coordinator's unit id"))) != 0)
        return rc;
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_coordinator(unit_id != NULL, txt != NULL, 0, congdoan__edit_new_part(&w, N_("coordinator")),
                                &refused.sink);
    if (refused.rc)
        return refused.rc;
    text tt;
    if ((rc = congdoan__edit_check_text(corpus, &tt, txt, T_TRIM | (unit_id ? T_BLANK_IS_NONE : 0), w.s,
                                        N_("coordinator's text"))) != 0)
        return rc;
    congdoan__coordinator co = {0};
    int bad = congdoan__edit_keep_id(corpus, unit_id, &co.unit_id) || congdoan__edit_keep_text(corpus, &tt, &co.text) ||
              congdoan__grow(&corpus->arena, (void **)&t->coordinators, t->coordinator_count, &t->coordinator_cap,
                             sizeof *t->coordinators) != 0;
    congdoan__edit_text_free(&tt);
    if (bad)
        return congdoan__edit_nomem(w.s);
    t->coordinators[t->coordinator_count++] = co;
    return 0;
}

/* A bit set of enum values (1 << value): only values 1 .. count-1 of `e`. */
static int check_bits(const congdoan__enum *e, int bits, const char *w, const char *what)
{
    if (bits >= 0 && (bits & 1) == 0 && (e->count >= 31 || bits >> e->count == 0))
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a set of %s (bits 1 << value, values 1 to %zu)", w, bits,
                           _(what), e->count - 1);
}

/* ---- 1.2: tasks ---------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_task_set_lead_text(congdoan_corpus *corpus, const congdoan_task *task, const char *txt)
{
    return task_field(corpus, task, offsetof(congdoan_task, lead_text), txt, 0, N_("lead as printed"));
}

static int check_class(congdoan_level level, int kinds, int sectors, const char *w)
{
    CHECK_ENUM(level, congdoan__levels, 0, w, N_("level of the class of units"));
    int rc = check_bits(&congdoan__org_kinds, kinds, w, N_("organisation kinds"));
    if (rc || (rc = check_bits(&congdoan__sectors, sectors, w, N_("sectors"))) != 0)
        return rc;
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_class(level, kinds, sectors, w, &refused.sink);
    return refused.rc;
}

CONGDOAN_API int congdoan_task_set_lead_class(congdoan_corpus *corpus, const congdoan_task *task, congdoan_level level,
                                              int kinds, int sectors)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    who w;
    if ((rc = check_class(level, kinds, sectors, congdoan__edit_who_task(&w, task))) != 0)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    t->lead_level = level;
    t->lead_kinds = level ? kinds : 0;
    t->lead_sectors = level ? sectors : 0;
    return 0;
}

CONGDOAN_API int congdoan_task_add_coordinator_class(congdoan_corpus *corpus, const congdoan_task *task,
                                                     congdoan_level level, int kinds, int sectors, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    congdoan__edit_who_task(&w, t);
    congdoan__edit_new_part(&w, N_("coordinator"));
    if (!level)
        return congdoan__error(CONGDOAN_EINVAL, "%s: a class of units needs its level", w.s);
    if ((rc = check_class(level, kinds, sectors, w.s)) != 0)
        return rc;
    text tt;
    if ((rc = congdoan__edit_check_text(corpus, &tt, txt, T_TRIM | T_BLANK_IS_NONE, w.s, N_("coordinator's text"))) != 0)
        return rc;
    congdoan__coordinator co = {.level = level, .kinds = kinds, .sectors = sectors};
    int bad = congdoan__edit_keep_text(corpus, &tt, &co.text) ||
              congdoan__grow(&corpus->arena, (void **)&t->coordinators, t->coordinator_count, &t->coordinator_cap,
                             sizeof *t->coordinators) != 0;
    congdoan__edit_text_free(&tt);
    if (bad)
        return congdoan__edit_nomem(w.s);
    t->coordinators[t->coordinator_count++] = co;
    return 0;
}

CONGDOAN_API int congdoan_task_add_milestone(congdoan_corpus *corpus, const congdoan_task *task, const char *due_code,
                                             const char *due_text, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    congdoan__edit_who_task(&w, t);
    congdoan__edit_new_part(&w, N_("milestone"));
    CONGDOAN__CHECK_ARG(due_code);
    if (!txt)
        return congdoan__invalid_arg(N_("text")); /* the header's name */
    congdoan__milestone m = {0};
    size_t len = strlen(due_code);
    if (congdoan__due_parse(due_code, len, &m.due.kind, &m.due.period_kind, &m.due.date, &m.due.recurrence_day) != 0)
        return congdoan__error(CONGDOAN_EPARSE, "%s: '%.*s' is not a due time; expected a period, a date, ongoing or "
                               "a recurrence (yearly:12-15 ...)", w.s, CONGDOAN__SHOWN(due_code, len, 40), due_code);
    text tt, td;
    if ((rc = congdoan__edit_check_text(corpus, &tt, txt, T_TRIM, w.s, N_("words of the milestone"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(corpus, &td, due_text, 0, w.s, N_("due time as worded"))) != 0) {
        congdoan__edit_text_free(&tt);
        return rc;
    }
    int bad = congdoan__edit_keep_id(corpus, due_code, &m.due.code) || congdoan__edit_keep_text(corpus, &tt, &m.text) ||
              congdoan__edit_keep_text(corpus, &td, &m.due_text) ||
              congdoan__grow(&corpus->arena, (void **)&t->milestones, t->milestone_count, &t->milestone_cap,
                             sizeof *t->milestones) != 0;
    congdoan__edit_text_free(&tt);
    congdoan__edit_text_free(&td);
    if (bad)
        return congdoan__edit_nomem(w.s);
    t->milestones[t->milestone_count++] = m;
    return 0;
}

CONGDOAN_API int congdoan_task_remove_milestone(congdoan_corpus *corpus, const congdoan_task *task, size_t i)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    if (i >= t->milestone_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu milestones; milestone %zu does not exist",
                               congdoan__edit_who_task(&w, t), t->milestone_count, i);
    memmove(&t->milestones[i], &t->milestones[i + 1], (t->milestone_count - i - 1) * sizeof *t->milestones);
    t->milestone_count--;
    return 0;
}

CONGDOAN_API int congdoan_task_set_source(congdoan_corpus *corpus, const congdoan_task *task, const char *file,
                                          int line, int column, const char *words)
{
    int rc = OWN_TASK(corpus, task);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_task *)task)->source, file, line, column, words,
                                              congdoan__edit_who_task(&w, task));
}
