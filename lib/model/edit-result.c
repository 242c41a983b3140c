/*
 * Editing: results of documents and reports, vocabulary 1.2 (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---- 1.2: results -------------------------------------------------------------------------------- */

static const congdoan_corpus *result_corpus(const congdoan_result *x)
{
    return x->document ? x->document->corpus : x->report ? x->report->corpus : NULL;
}

#define OWN_RESULT(c, x) congdoan__edit_own((c), (x), (x) ? result_corpus(x) : NULL, "result", (x) ? (x)->id : NULL)

static const char *who_result(who *w, const congdoan_result *x)
{
    const char *where_id = congdoan__edit_safe(x->report ? x->report->id : x->document ? x->document->id : NULL);
    if (x->id && x->report)
        snprintf(w->s, sizeof w->s, _("result '%s' of report '%s'"), x->id, where_id);
    else if (x->id)
        snprintf(w->s, sizeof w->s, _("result '%s' of document '%s'"), x->id, where_id);
    else if (x->report)
        snprintf(w->s, sizeof w->s, _("a result without id of report '%s'"), where_id);
    else
        snprintf(w->s, sizeof w->s, _("a result without id of document '%s'"), where_id);
    return w->s;
}

/* A changed copy of a result is checked against its rules before it replaces the result. */
static int apply_result(congdoan_result *x, const congdoan_result *changed, const char *w)
{
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_result(changed, w, &refused.sink);
    if (refused.rc)
        return refused.rc;
    *x = *changed;
    return 0;
}

static int new_result(congdoan_corpus *c, const char *id, const char *txt, const char *w, congdoan_result **out)
{
    *out = NULL;
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the words of the result are NULL; they are required", w);
    text tt;
    int rc = congdoan__edit_check_text(c, &tt, txt, T_TRIM, w, N_("words of the result"));
    if (rc)
        return rc;
    congdoan_result *x = congdoan__arena_alloc(&c->arena, sizeof *x);
    int bad = !x || congdoan__edit_keep_id(c, id, &x->id) || congdoan__edit_keep_text(c, &tt, &x->text);
    congdoan__edit_text_free(&tt);
    if (bad)
        return congdoan__edit_nomem(w);
    *out = x;
    return 0;
}

static int add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                      const congdoan_result **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg(N_("text")); /* the header's name */
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    who w;
    congdoan__edit_who_section(&w, s);
    congdoan__edit_new_part(&w, N_("result"));
    if ((rc = congdoan__edit_check_id(id, 0, w.s, N_("id of the new result"))) != 0 ||
        (id && (rc = congdoan__edit_check_local_id_free(d, id, w.s, fresh)) != 0))
        return rc;
    size_t pos = congdoan__edit_document_place(d, s, CONGDOAN_ITEM_RESULT, d->result_count);
    congdoan_result *x;
    if ((rc = new_result(corpus, id, txt, w.s, &x)) != 0)
        return rc;
    if (congdoan__edit_grow_items(corpus, s) != 0 || congdoan__local_ids_reserve(corpus, 1) != 0 ||
        congdoan__grow(&corpus->arena, (void **)&d->results, d->result_count, &d->result_cap, sizeof *d->results) != 0)
        return congdoan__edit_nomem(w.s);
    x->document = d;
    x->section = s;
    congdoan__edit_append_item(s, CONGDOAN_ITEM_RESULT, x);
    congdoan__edit_insert_at((void **)d->results, &d->result_count, pos, x);
    congdoan__local_id_put(corpus, d, x->id, CONGDOAN_ITEM_RESULT, x);
    if (out)
        *out = x;
    return 0;
}

CONGDOAN_API int congdoan_section_add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                             const char *txt, const congdoan_result **out)
{
    return add_result(corpus, section, id, txt, out, 0);
}

int congdoan__fresh_add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                               const char *txt, const congdoan_result **out)
{
    return add_result(corpus, section, id, txt, out, 1);
}

CONGDOAN_API int congdoan_report_add_result(congdoan_corpus *corpus, const congdoan_report *report, const char *id,
                                            const char *txt, const congdoan_result **out)
{
    if (out)
        *out = NULL;
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg(N_("text")); /* the header's name */
    congdoan_report *r = (congdoan_report *)report;
    who w;
    congdoan__edit_who_report(&w, r);
    congdoan__edit_new_part(&w, N_("result"));
    if ((rc = congdoan__edit_check_id(id, 0, w.s, N_("id of the new result"))) != 0)
        return rc;
    int kind;
    if (congdoan__local_id_get(corpus, r, id, &kind))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by a result of the report", w.s,
                               id);
    congdoan_result *x;
    if ((rc = new_result(corpus, id, txt, w.s, &x)) != 0)
        return rc;
    congdoan__report_aside *more = NULL;
    if (congdoan__local_ids_reserve(corpus, 1) != 0 || !(more = congdoan__report_more_make(r, &corpus->arena)) ||
        congdoan__grow(&corpus->arena, (void **)&more->results, more->result_count, &more->result_cap,
                       sizeof *more->results) != 0)
        return congdoan__edit_nomem(w.s);
    x->report = r;
    more->results[more->result_count++] = x;
    congdoan__local_id_put(corpus, r, x->id, CONGDOAN__ITEM_REPORT_RESULT, x);
    if (out)
        *out = x;
    return 0;
}

/* The number `which` of a result: its value and whether it is there. */
static int result_number(congdoan_result *x, congdoan_result_number which, double **v, int **has)
{
    switch (which) {
    case CONGDOAN_RESULT_VALUE: *v = &x->value, *has = &x->has_value; return 0;
    case CONGDOAN_RESULT_OF: *v = &x->of, *has = &x->has_of; return 0;
    case CONGDOAN_RESULT_SHARE: *v = &x->share, *has = &x->has_share; return 0;
    case CONGDOAN_RESULT_STATED_RATE: *v = &x->stated_rate, *has = &x->has_stated_rate; return 0;
    case CONGDOAN_RESULT_OVER_TARGET: *v = &x->over_target, *has = &x->has_over_target; return 0;
    case CONGDOAN_RESULT_SCORE_MAX: *v = &x->score_max, *has = &x->has_score_max; return 0;
    default: return -1;
    }
}

static int change_number(congdoan_corpus *corpus, const congdoan_result *result, congdoan_result_number which,
                         int present, double value)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    congdoan_result changed = *result;
    double *v;
    int *has;
    if (result_number(&changed, which, &v, &has) != 0)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: %d is not a number of a result; expected CONGDOAN_RESULT_VALUE (1) "
                               "to CONGDOAN_RESULT_SCORE_MAX (6)",
                               w.s, (int)which);
    *v = 0;
    if (present && (rc = congdoan__edit_check_number(value, v, w.s, N_("number"))) != 0)
        return rc;
    if (present && which != CONGDOAN_RESULT_VALUE && *v < 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %g is negative; expected 0 or more", w.s, *v);
    *has = present;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

CONGDOAN_API int congdoan_result_set_number(congdoan_corpus *corpus, const congdoan_result *result,
                                            congdoan_result_number which, double value)
{
    return change_number(corpus, result, which, 1, value);
}

CONGDOAN_API int congdoan_result_clear_number(congdoan_corpus *corpus, const congdoan_result *result,
                                              congdoan_result_number which)
{
    return change_number(corpus, result, which, 0, 0);
}

/* A string or identifier field of a result, set whole (congdoan__edit_set_field). */
static int result_field(congdoan_corpus *corpus, const congdoan_result *result, size_t field, const char *value,
                        unsigned how, const char *attr)
{
    int rc = OWN_RESULT(corpus, result);
    who w;
    return rc ? rc : congdoan__edit_set_field(corpus, result, field, value, how, who_result(&w, result), attr);
}

CONGDOAN_API int congdoan_result_set_text(congdoan_corpus *corpus, const congdoan_result *result, const char *txt)
{
    return result_field(corpus, result, offsetof(congdoan_result, text), txt, F_REQUIRED | T_TRIM, N_("words"));
}
CONGDOAN_API int congdoan_result_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                                     const char *noun)
{
    return result_field(corpus, result, offsetof(congdoan_result, unit_of_measure), noun, 0, N_("unit of measure"));
}
CONGDOAN_API int congdoan_result_set_period_text(congdoan_corpus *corpus, const congdoan_result *result,
                                                 const char *txt)
{
    return result_field(corpus, result, offsetof(congdoan_result, period_text), txt, 0, N_("period as printed"));
}
CONGDOAN_API int congdoan_result_set_subject(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *subject)
{
    return result_field(corpus, result, offsetof(congdoan_result, subject), subject, 0, N_("subject"));
}
CONGDOAN_API int congdoan_result_set_unit_id(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *unit_id)
{
    return result_field(corpus, result, offsetof(congdoan_result, unit_id), unit_id, F_ID, N_("unit id"));
}

CONGDOAN_API int congdoan_result_set_part_of_id(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *result_id)
{
    if (result && result_id && result->id && strcmp(result->id, result_id) == 0) {
        who w;
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be a part of itself", who_result(&w, result));
    }
    return result_field(corpus, result, offsetof(congdoan_result, part_of_id), result_id, F_ID,
                        N_("id of the result it is a part of"));
}

CONGDOAN_API int congdoan_result_set_period(congdoan_corpus *corpus, const congdoan_result *result, const char *period)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if (period && (rc = congdoan__edit_check_span(period, w.s)) != 0)
        return rc;
    const char *copy;
    if (congdoan__edit_keep_id(corpus, period, &copy))
        return congdoan__edit_nomem(w.s);
    ((congdoan_result *)result)->period = copy;
    return 0;
}

CONGDOAN_API int congdoan_result_set_currency(congdoan_corpus *corpus, const congdoan_result *result,
                                              const char *currency)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = congdoan__edit_check_currency(currency, w.s)) != 0)
        return rc;
    congdoan_result changed = *result;
    changed.currency = currency; /* for the rules only: the copy is kept below */
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_result(&changed, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    return congdoan__edit_set_id(corpus, &((congdoan_result *)result)->currency, currency, 0, w.s, N_("currency"));
}

CONGDOAN_API int congdoan_result_set_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                             congdoan_measure measure)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = congdoan__edit_check_named_enum(&congdoan__result_measures, measure, w.s, N_("measure of a result"))) != 0)
        return rc;
    congdoan_result changed = *result;
    changed.measure = measure;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

static int result_comparator(congdoan_corpus *corpus, const congdoan_result *result, congdoan_comparator c, int excess)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = congdoan__edit_check_named_enum(&congdoan__result_comparators, c, w.s,
                                              N_("comparator of a stated figure"))) != 0)
        return rc;
    congdoan_result changed = *result;
    if (excess)
        changed.over_target_comparator = c;
    else
        changed.comparator = c;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

CONGDOAN_API int congdoan_result_set_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                congdoan_comparator comparator)
{
    return result_comparator(corpus, result, comparator, 0);
}

CONGDOAN_API int congdoan_result_set_over_target_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                            congdoan_comparator comparator)
{
    return result_comparator(corpus, result, comparator, 1);
}

static int result_flag(congdoan_corpus *corpus, const congdoan_result *result, int value, int cumulative)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    if (value != 0 && value != 1)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not 1 or 0", who_result(&w, result), value);
    int *f = cumulative ? &((congdoan_result *)result)->cumulative : &((congdoan_result *)result)->estimate;
    *f = value ? 1 : 0; /* 1 true; 0 not said (the file then says nothing) */
    return 0;
}

CONGDOAN_API int congdoan_result_set_estimate(congdoan_corpus *corpus, const congdoan_result *result, int estimate)
{
    return result_flag(corpus, result, estimate, 0);
}

CONGDOAN_API int congdoan_result_set_cumulative(congdoan_corpus *corpus, const congdoan_result *result, int cumulative)
{
    return result_flag(corpus, result, cumulative, 1);
}

CONGDOAN_API int congdoan_result_set_indicator(congdoan_corpus *corpus, const congdoan_result *result,
                                               const char *document_id, const char *indicator_id)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((document_id == NULL) != (indicator_id == NULL))
        return congdoan__error(CONGDOAN_EINVAL, "%s: the indicator it answers needs both its document id and its id",
                               w.s);
    if ((rc = congdoan__edit_check_id(document_id, 0, w.s, N_("document id of the indicator"))) != 0 ||
        (rc = congdoan__edit_check_id(indicator_id, 0, w.s, N_("indicator id"))) != 0)
        return rc;
    const char *dc, *ic;
    if (congdoan__edit_keep_id(corpus, document_id, &dc) || congdoan__edit_keep_id(corpus, indicator_id, &ic))
        return congdoan__edit_nomem(w.s);
    congdoan_result *x = (congdoan_result *)result;
    x->indicator_document_id = dc;
    x->indicator_id = ic;
    return 0;
}

CONGDOAN_API int congdoan_result_add_population(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *txt, const char *of, const char *measure,
                                                congdoan_comparator comparator, double value)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    return congdoan__edit_add_population(corpus, POPULATIONS((congdoan_result *)result), &w, txt, of, measure,
                                         comparator, value);
}

CONGDOAN_API int congdoan_result_remove_population(congdoan_corpus *corpus, const congdoan_result *result, size_t i)
{
    int rc = OWN_RESULT(corpus, result);
    who w;
    return rc ? rc
              : congdoan__edit_remove_population(POPULATIONS((congdoan_result *)result), i, who_result(&w, result));
}

CONGDOAN_API int congdoan_result_set_source(congdoan_corpus *corpus, const congdoan_result *result, const char *file,
                                            int line, int column, const char *words)
{
    int rc = OWN_RESULT(corpus, result);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_result *)result)->source, file, line, column, words,
                                              who_result(&w, result));
}
