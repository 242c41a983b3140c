/*
 * Editing: reports, their values, fractions, empty values and task statuses (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---- reports --------------------------------------------------------------------------------- */

/* new_object's id_free for reports */
static int report_id_free(const new_object *o, const char *w)
{
    if (congdoan__map_get(&o->corpus->report_map, o->id, strlen(o->id)))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by another report", w, o->id);
    return 0;
}

CONGDOAN_API int congdoan_corpus_add_report(congdoan_corpus *corpus, const char *id, const char *unit_id,
                                            const char *document_id, const char *period, const congdoan_report **out)
{
    if (out)
        *out = NULL;
    const new_object o = {.kind = NEW_REPORT, .corpus = corpus, .id = id, .id_free = report_id_free};
    who w;
    int rc = congdoan__edit_check_new(&o, &w, NULL);
    if (rc)
        return rc;
    if ((rc = congdoan__edit_check_id(unit_id, 1, w.s, N_("reporting unit id"))) != 0 ||
        (rc = congdoan__edit_check_id(document_id, 1, w.s, N_("document id"))) != 0)
        return rc;
    if (!period)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the period is NULL; expected a period code such as 2025-H1", w.s);
    if ((rc = congdoan__edit_check_period(period, w.s, N_("period"))) != 0)
        return rc;
    congdoan_report *r = congdoan__arena_alloc(&corpus->arena, sizeof *r);
    if (!r || congdoan__edit_keep_id(corpus, id, &r->id) || congdoan__edit_keep_id(corpus, unit_id, &r->unit_id) ||
        congdoan__edit_keep_id(corpus, document_id, &r->document_id) ||
        congdoan__edit_keep_id(corpus, period, &r->period) ||
        congdoan__vec_reserve(&corpus->reports, corpus->reports.count + 1) != 0 ||
        congdoan__map_reserve(&corpus->report_map, corpus->report_map.count + 1) != 0)
        return congdoan__edit_nomem(w.s);
    r->corpus = corpus;
    corpus->reports.items[corpus->reports.count++] = r;
    congdoan__reports_resolve(corpus, corpus->reports.count - 1);
    congdoan__map_put(&corpus->report_map, r->id, r);
    if (out)
        *out = r;
    return 0;
}

CONGDOAN_API int congdoan_report_set_submitted(congdoan_corpus *corpus, const congdoan_report *report, int date_ymd)
{
    int rc = OWN_REPORT(corpus, report);
    who w;
    if (rc || (rc = congdoan__edit_check_date(date_ymd, congdoan__edit_who_report(&w, report), N_("submission date"))) != 0)
        return rc;
    ((congdoan_report *)report)->submitted = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_report_set_note(congdoan_corpus *corpus, const congdoan_report *report, const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    who w;
    const char *ws = congdoan__edit_who_report(&w, report);
    congdoan__report_aside *more = congdoan__report_more_make((congdoan_report *)report, &corpus->arena);
    return more ? congdoan__edit_set_field(corpus, more, offsetof(congdoan__report_aside, note), note, T_TRIM, ws,
                                           N_("note"))
                : congdoan__edit_nomem(ws);
}

/* The indicator a report's value is for, when the report's document is in the corpus (NULL
 * otherwise); CONGDOAN_ENOTFOUND when that document does not have it. */
static int report_indicator(const congdoan_corpus *c, const congdoan_report *r, const char *indicator_id,
                            const char *w, const congdoan_indicator **out)
{
    *out = NULL;
    const congdoan_document *d = congdoan__document_lookup(c, r->document_id);
    if (!d)
        return 0;
    *out = congdoan_document_indicator_by_id(d, indicator_id);
    if (!*out)
        return congdoan__error(CONGDOAN_ENOTFOUND, "%s: document '%s' has no indicator '%s'", w,
                               congdoan__edit_safe(d->id), indicator_id);
    return 0;
}

/* The report's entry for (indicator, coverage), or a new one at the end (room made); NULL when
 * out of memory. *fresh says which. */
static congdoan__value *value_entry(congdoan_corpus *c, congdoan_report *r, const congdoan_indicator *x,
                                    const char *indicator_id, congdoan_coverage coverage, int *fresh,
                                    const char **id_copy, uint32_t *index)
{
    *fresh = 0;
    /* edited values are kept as given (values.c) */
    if (congdoan__report_loosen(&c->arena, r) != 0)
        return NULL;
    congdoan__report_aside *more = congdoan__report_more_make(r, &c->arena); /* the loose form's place */
    if (!more)
        return NULL;
    for (size_t i = 0; i < r->value_count; i++)
        if (more->loose[i].coverage == coverage && strcmp(CONGDOAN__VALUE_ID(r, &more->loose[i]), indicator_id) == 0)
            return &more->loose[i];
    /* the indicator's own id lives as long as the corpus: share it when it is there */
    *id_copy = x ? x->id : NULL;
    if (!x && congdoan__edit_keep_id(c, indicator_id, id_copy))
        return NULL;
    /* the id goes into the report's id table now (an unused entry is harmless if a later step
     * fails); the value itself is added by commit_value */
    if (congdoan__idtab_index(&c->arena, &r->ids, *id_copy, index) != 0)
        return NULL;
    /* a count beyond 32 bits would be 128 GiB of values: reported as the memory it would need;
     * the room is kept in 32 bits (more is never used: recorded as UINT32_MAX) */
    size_t cap = more->loose_cap;
    if (r->value_count == UINT32_MAX ||
        congdoan__grow(&c->arena, (void **)&more->loose, r->value_count, &cap, sizeof *more->loose) != 0)
        return NULL;
    more->loose_cap = cap < UINT32_MAX ? (uint32_t)cap : UINT32_MAX;
    *fresh = 1;
    return &more->loose[r->value_count];
}

static int check_value_args(const congdoan_corpus *c, const congdoan_report *r, const char *indicator_id,
                            congdoan_coverage coverage, const char *w, const congdoan_indicator **x)
{
    int rc = congdoan__edit_check_id(indicator_id, 1, w, N_("indicator id"));
    if (rc)
        return rc;
    CHECK_ENUM(coverage, congdoan__coverages, 1, w, N_("coverage"));
    return report_indicator(c, r, indicator_id, w, x);
}

/* Add a fresh entry; either way the value's flags changed, so the report's summary too. */
static void commit_value(congdoan_report *r, congdoan__value *v, int fresh, uint32_t index,
                         congdoan_coverage coverage)
{
    if (fresh) {
        v->indicator = index;
        v->coverage = (uint8_t)coverage;
        v->line = 0;
        r->value_count++;
    }
    congdoan__report_summarise(r);
}

/* The rules of a reported figure (model/rules.c), for the figure being set alone. */
static int check_figure(const congdoan_indicator *x, const congdoan__value_view *figure, const char *w)
{
    char whose[500];
    snprintf(whose, sizeof whose, _("%s, indicator '%s'"), w, figure->indicator);
    refusal r = REFUSAL(NULL, NULL);
    congdoan__rules_value(x, figure, whose, &r.sink);
    return r.rc;
}

CONGDOAN_API int congdoan_report_set_value(congdoan_corpus *corpus, const congdoan_report *report,
                                           const char *indicator_id, double value, congdoan_coverage coverage)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    const congdoan_indicator *x;
    double v;
    if ((rc = check_value_args(corpus, r, indicator_id, coverage, w.s, &x)) != 0 ||
        (rc = congdoan__edit_check_number(value, &v, w.s, N_("value"))) != 0)
        return rc;
    congdoan__value_view figure = {indicator_id, v, 0, 0, 1, 0, 0, (int)coverage};
    if ((rc = check_figure(x, &figure, w.s)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, coverage, &fresh, &id_copy, &index);
    if (!e)
        return congdoan__edit_nomem(w.s);
    e->value = v;
    e->flags |= CONGDOAN__VALUE_PLAIN;
    commit_value(r, e, fresh, index, coverage);
    return 0;
}

CONGDOAN_API int congdoan_report_set_fraction(congdoan_corpus *corpus, const congdoan_report *report,
                                              const char *indicator_id, double numerator, double denominator,
                                              congdoan_coverage coverage)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    const congdoan_indicator *x;
    double num, den;
    if ((rc = check_value_args(corpus, r, indicator_id, coverage, w.s, &x)) != 0 ||
        (rc = congdoan__edit_check_number(numerator, &num, w.s, N_("numerator"))) != 0 ||
        (rc = congdoan__edit_check_number(denominator, &den, w.s, N_("denominator"))) != 0)
        return rc;
    congdoan__value_view figure = {indicator_id, 0, num, den, 0, 1, 1, (int)coverage};
    if ((rc = check_figure(x, &figure, w.s)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, coverage, &fresh, &id_copy, &index);
    if (!e)
        return congdoan__edit_nomem(w.s);
    e->numerator = num;
    e->denominator = den;
    e->flags |= CONGDOAN__VALUE_FRACTION;
    commit_value(r, e, fresh, index, coverage);
    return 0;
}

/* The status of task `task_id` in report r (as reported by `unit_id`, NULL: by the report's
 * unit), once the arguments are checked: the task must be in the report's document when that is
 * in the corpus. `completed` < 0 keeps the completion date there for a done status. */
static int put_status(congdoan_corpus *corpus, congdoan_report *r, const char *w, const char *task_id,
                      const char *unit_id, congdoan_task_status status, int completed, const char *note)
{
    const congdoan_document *d = congdoan__document_lookup(corpus, r->document_id);
    const congdoan_task *task = d ? congdoan_document_task_by_id(d, task_id) : NULL;
    if (d && !task)
        return congdoan__error(CONGDOAN_ENOTFOUND, "%s: document '%s' has no task '%s'", w,
                               congdoan__edit_safe(d->id), task_id);
    text tn;
    int rc = congdoan__edit_check_text(corpus, &tn, note, T_TRIM | T_BLANK_IS_NONE, w, N_("note of the task status"));
    if (rc)
        return rc;
    congdoan__task_status *e = NULL;
    congdoan__report_aside *more = r->aside;
    for (size_t i = 0; more && !e && i < more->status_count; i++) {
        const congdoan__task_status *s = &more->statuses[i];
        if (s->task_id && strcmp(s->task_id, task_id) == 0 &&
            ((!s->unit_id && !unit_id) || (s->unit_id && unit_id && strcmp(s->unit_id, unit_id) == 0)))
            e = &more->statuses[i];
    }
    const char *ncopy, *ucopy = NULL, *idcopy = task ? task->id : NULL;
    int bad = congdoan__edit_keep_text(corpus, &tn, &ncopy) ||
              (!e && congdoan__edit_keep_id(corpus, unit_id, &ucopy)) ||
              (!e && !task && congdoan__edit_keep_id(corpus, task_id, &idcopy)) ||
              (!e && !(more = congdoan__report_more_make(r, &corpus->arena))) ||
              (!e && congdoan__grow(&corpus->arena, (void **)&more->statuses, more->status_count, &more->status_cap,
                                    sizeof *more->statuses) != 0);
    congdoan__edit_text_free(&tn);
    if (bad)
        return congdoan__edit_nomem(w);
    if (!e) {
        e = &more->statuses[more->status_count++];
        memset(e, 0, sizeof *e);
        e->task_id = idcopy;
        e->unit_id = ucopy;
    }
    e->status = status;
    if (completed >= 0)
        e->completed = completed;
    else if (status != CONGDOAN_TASK_DONE)
        e->completed = 0;
    e->note = ncopy;
    return 0;
}

CONGDOAN_API int congdoan_report_set_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *task_id, congdoan_task_status status, const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    if ((rc = congdoan__edit_check_id(task_id, 1, w.s, N_("task id"))) != 0)
        return rc;
    CHECK_ENUM(status, congdoan__task_statuses, 1, w.s, N_("task status"));
    return put_status(corpus, r, w.s, task_id, NULL, status, -1, note);
}

/* ---- 1.2: reports -------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_report_add_empty_value(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *indicator_id, congdoan_coverage coverage)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    const congdoan_indicator *x;
    if ((rc = check_value_args(corpus, r, indicator_id, coverage, w.s, &x)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, coverage, &fresh, &id_copy, &index);
    if (!e)
        return congdoan__edit_nomem(w.s);
    if (!fresh)
        return 0; /* an entry is there already, filled or not */
    memset(e, 0, sizeof *e);
    commit_value(r, e, fresh, index, coverage);
    return 0;
}

CONGDOAN_API int congdoan_report_set_unit_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                      const char *task_id, const char *unit_id,
                                                      congdoan_task_status status, int completed_ymd,
                                                      const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    if ((rc = congdoan__edit_check_id(task_id, 1, w.s, N_("task id"))) != 0 ||
        (rc = congdoan__edit_check_id(unit_id, 0, w.s, N_("unit id"))) != 0 ||
        (rc = congdoan__edit_check_date(completed_ymd, w.s, N_("completion date"))) != 0)
        return rc;
    CHECK_ENUM(status, congdoan__task_statuses, 0, w.s, N_("task status"));
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_task_status(status, completed_ymd, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    return put_status(corpus, r, w.s, task_id, unit_id, status, completed_ymd, note);
}
