/*
 * Editing: indicators; the target state (measure, comparator, target, range, condition,
 * direction, score-max) is checked as a whole before it is assigned (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---- indicators: the rules of one indicator -------------------------------------------------- */

static void assign_state(congdoan_indicator *x, const congdoan__target *st)
{
    x->direction = st->direction;
    x->score_max = st->has_score_max ? st->score_max : 0;
    x->has_score_max = st->has_score_max;
    x->measure = st->measure;
    x->comparator = st->comparator;
    x->target = st->target;
    x->has_target = st->has_target;
    x->target_max = st->has_target_max ? st->target_max : 0;
    x->has_target_max = st->has_target_max;
    x->condition_grade = st->condition;
}

/* Check a target state as a whole (model/rules.c), before it is assigned. */
static int check_state(const congdoan__target *st, const char *w)
{
    refusal r =
        REFUSAL("range-missing-max",
                N_("; set the comparator to CONGDOAN_COMPARATOR_RANGE first (or use congdoan_indicator_set_range())"));
    congdoan__rules_target(st, w, &r.sink);
    return r.rc;
}

static int add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                         congdoan_measure measure, congdoan_comparator comparator, double target,
                         const double *target_max, const char *txt, const congdoan_indicator **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    const new_object o = {.kind = NEW_INDICATOR, .corpus = corpus, .id = id, .section = s, .fresh = fresh,
                          .id_free = congdoan__edit_local_id_free,
                          .enums = {{&congdoan__measures, (int)measure, 1, N_("measure")},
                                    {&congdoan__comparators, (int)comparator, 1, N_("comparator")}}};
    who w;
    if ((rc = congdoan__edit_check_new(&o, &w, NULL)) != 0)
        return rc;
    congdoan__target st = {.measure = measure, .comparator = comparator, .has_target = 1};
    if ((rc = congdoan__edit_check_number(target, &st.target, w.s, N_("target"))) != 0)
        return rc;
    if (target_max && (rc = congdoan__edit_check_number(*target_max, &st.target_max, w.s, N_("target-max"))) != 0)
        return rc;
    st.has_target_max = target_max != NULL;
    if ((rc = check_state(&st, w.s)) != 0)
        return rc;
    text t;
    if ((rc = congdoan__edit_check_required_text(corpus, &t, txt, T_TRIM, w.s, N_("text"), N_("the indicator as written"))) != 0)
        return rc;
    size_t pos = congdoan__edit_document_place(d, s, CONGDOAN_ITEM_INDICATOR, d->indicator_count);
    congdoan_indicator *x = congdoan__arena_alloc(&corpus->arena, sizeof *x);
    int bad = !x || congdoan__edit_keep_id(corpus, id, &x->id) || congdoan__edit_keep_text(corpus, &t, &x->text) ||
              congdoan__edit_grow_items(corpus, s) != 0 || congdoan__local_ids_reserve(corpus, 1) != 0 ||
              congdoan__grow(&corpus->arena, (void **)&d->indicators, d->indicator_count, &d->indicator_cap,
                             sizeof *d->indicators) != 0;
    congdoan__edit_text_free(&t);
    if (bad)
        return congdoan__edit_nomem(w.s);
    x->document = d;
    x->section = s;
    assign_state(x, &st);
    congdoan__edit_append_item(s, CONGDOAN_ITEM_INDICATOR, x);
    congdoan__edit_insert_at((void **)d->indicators, &d->indicator_count, pos, x);
    congdoan__local_id_put(corpus, d, x->id, CONGDOAN_ITEM_INDICATOR, x);
    if (out)
        *out = x;
    return 0;
}

/* A string or identifier field of a indicator, set whole (congdoan__edit_set_field). */
static int indicator_field(congdoan_corpus *corpus, const congdoan_indicator *obj, size_t field, const char *value,
                           unsigned how, const char *attr)
{
    int rc = OWN_IND(corpus, obj);
    who w;
    return rc ? rc
              : congdoan__edit_set_field(corpus, obj, field, value, how, congdoan__edit_who_indicator(&w, obj), attr);
}

CONGDOAN_API int congdoan_section_add_indicator(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *id, congdoan_measure measure,
                                                congdoan_comparator comparator, double target, const char *txt,
                                                const congdoan_indicator **out)
{
    return add_indicator(corpus, section, id, measure, comparator, target, NULL, txt, out, 0);
}

int congdoan__fresh_add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                  congdoan_measure measure, congdoan_comparator comparator, double target,
                                  const double *target_max, const char *txt, const congdoan_indicator **out)
{
    return add_indicator(corpus, section, id, measure, comparator, target, target_max, txt, out, 1);
}

/* ---- indicators: setters --------------------------------------------------------------------- */

CONGDOAN_API int congdoan_indicator_set_text(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *txt)
{
    return indicator_field(corpus, ind, offsetof(congdoan_indicator, text), txt, F_REQUIRED | T_TRIM, N_("text"));
}

/* Check a changed target state and assign it. */
static int apply_state(congdoan_indicator *x, const congdoan__target *st, const char *w)
{
    int rc = check_state(st, w);
    if (rc)
        return rc;
    assign_state(x, st);
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                congdoan_measure measure)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    CHECK_ENUM(measure, congdoan__measures, 1, w.s, N_("measure"));
    congdoan__target st = congdoan__target_of(ind);
    st.measure = measure;
    if (measure != CONGDOAN_MEASURE_SHARE_OF_UNITS)
        st.condition = CONGDOAN_GRADE_NONE;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_comparator(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   congdoan_comparator comparator)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    CHECK_ENUM(comparator, congdoan__comparators, 1, w.s, N_("comparator"));
    congdoan__target st = congdoan__target_of(ind);
    st.comparator = comparator;
    if (comparator != CONGDOAN_COMPARATOR_RANGE)
        st.has_target_max = 0;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

/* One number of the target state (the target, target-max or score-max): checked, then the whole
 * state with it. */
typedef enum { STATE_TARGET, STATE_TARGET_MAX, STATE_SCORE_MAX } state_number;

static int set_state_number(congdoan_corpus *corpus, const congdoan_indicator *ind, state_number which, double value,
                            const char *attr)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    double *v = which == STATE_TARGET ? &st.target : which == STATE_TARGET_MAX ? &st.target_max : &st.score_max;
    int *has = which == STATE_TARGET       ? &st.has_target
               : which == STATE_TARGET_MAX ? &st.has_target_max
                                           : &st.has_score_max;
    if ((rc = congdoan__edit_check_number(value, v, w.s, attr)) != 0)
        return rc;
    *has = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_target(congdoan_corpus *corpus, const congdoan_indicator *ind, double target)
{
    return set_state_number(corpus, ind, STATE_TARGET, target, N_("target"));
}

CONGDOAN_API int congdoan_indicator_set_target_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   double target_max)
{
    return set_state_number(corpus, ind, STATE_TARGET_MAX, target_max, N_("target-max"));
}

CONGDOAN_API int congdoan_indicator_set_range(congdoan_corpus *corpus, const congdoan_indicator *ind, double target,
                                              double target_max)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    if ((rc = congdoan__edit_check_number(target, &st.target, w.s, N_("target"))) != 0 ||
        (rc = congdoan__edit_check_number(target_max, &st.target_max, w.s, N_("target-max"))) != 0)
        return rc;
    st.comparator = CONGDOAN_COMPARATOR_RANGE;
    st.has_target = st.has_target_max = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 double baseline)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    double v;
    if ((rc = congdoan__edit_check_number(baseline, &v, congdoan__edit_who_indicator(&w, ind), N_("baseline"))) != 0)
        return rc;
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->baseline = v;
    x->has_baseline = 1;
    return 0;
}

CONGDOAN_API int congdoan_indicator_clear_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->baseline = 0;
    x->has_baseline = 0;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_period(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *period)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    if (period && (rc = congdoan__edit_check_span(period, w.s)) != 0)
        return rc;
    const char *copy;
    if (congdoan__edit_keep_id(corpus, period, &copy))
        return congdoan__edit_nomem(w.s);
    ((congdoan_indicator *)ind)->period = copy;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_owner_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *owner_id)
{
    return indicator_field(corpus, ind, offsetof(congdoan_indicator, owner_id), owner_id, F_ID, N_("owner id"));
}

CONGDOAN_API int congdoan_indicator_set_scope_level(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    congdoan_level level)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    CHECK_ENUM(level, congdoan__levels, 0, congdoan__edit_who_indicator(&w, ind), N_("scope level (0: any)"));
    ((congdoan_indicator *)ind)->scope_level = level;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_scope_sectors(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                      int sectors)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    const int all = (1 << CONGDOAN_SECTOR_PUBLIC) | (1 << CONGDOAN_SECTOR_STATE_ENTERPRISE) |
                    (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE);
    if (sectors & ~all) {
        who w;
        return congdoan__error(
            CONGDOAN_EINVAL,
            "%s: %d is not a set of sectors: expected bits (1 << CONGDOAN_SECTOR_PUBLIC), (1 << "
            "CONGDOAN_SECTOR_STATE_ENTERPRISE), (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE), or 0 for any",
            congdoan__edit_who_indicator(&w, ind), sectors);
    }
    ((congdoan_indicator *)ind)->scope_sectors = sectors;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_condition_grade(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        congdoan_grade grade)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    CHECK_ENUM(grade, congdoan__grades, 0, w.s, N_("condition grade"));
    congdoan__target st = congdoan__target_of(ind);
    st.condition = grade;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        const char *unit_of_measure)
{
    return indicator_field(corpus, ind, offsetof(congdoan_indicator, unit_of_measure), unit_of_measure, 0,
                           N_("unit of measure"));
}

CONGDOAN_API int congdoan_indicator_set_refines(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *document_id, const char *indicator_id)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    if (!document_id != !indicator_id)
        return congdoan__error(
            CONGDOAN_EINVAL,
            "%s: the refined indicator needs both its document id and its indicator id (or both NULL "
            "to clear it)",
            w.s);
    if ((rc = congdoan__edit_check_id(document_id, 0, w.s, N_("refined document id"))) != 0 ||
        (rc = congdoan__edit_check_id(indicator_id, 0, w.s, N_("refined indicator id"))) != 0)
        return rc;
    const char *dcopy, *icopy;
    if (congdoan__edit_keep_id(corpus, document_id, &dcopy) || congdoan__edit_keep_id(corpus, indicator_id, &icopy))
        return congdoan__edit_nomem(w.s);
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->refines_document_id = dcopy;
    x->refines_indicator_id = icopy;
    return 0;
}

/* ---- 1.2: indicators ----------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_indicator_set_direction(congdoan_corpus *corpus, const congdoan_indicator *ind, int direction)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    CHECK_ENUM(direction, congdoan__directions, 0, w.s, N_("direction"));
    congdoan__target st = congdoan__target_of(ind);
    st.direction = (congdoan_direction)direction;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_score_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                  double score_max)
{
    return set_state_number(corpus, ind, STATE_SCORE_MAX, score_max, N_("score-max"));
}

CONGDOAN_API int congdoan_indicator_set_currency(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *currency)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    if ((rc = congdoan__edit_check_currency(currency, w.s)) != 0)
        return rc;
    congdoan__target st = congdoan__target_of(ind);
    st.has_currency = currency != NULL;
    if ((rc = check_state(&st, w.s)) != 0)
        return rc;
    return congdoan__edit_set_id(corpus, &((congdoan_indicator *)ind)->currency, currency, 0, w.s, N_("currency"));
}

CONGDOAN_API int congdoan_indicator_set_period_text(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    const char *txt)
{
    return indicator_field(corpus, ind, offsetof(congdoan_indicator, period_text), txt, 0, N_("period as printed"));
}

CONGDOAN_API int congdoan_indicator_set_by(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *by)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    if (by && congdoan__by_parse(by, strlen(by), NULL) != 0)
        return congdoan__error(CONGDOAN_EPARSE, "%s: '%.*s' is not a deadline; expected a period (YYYY, YYYY-H1, "
                               "YYYY-Q2, YYYY-MM) or a date YYYY-MM-DD", w.s, CONGDOAN__SHOWN(by, strlen(by), 40), by);
    return congdoan__edit_set_id(corpus, &((congdoan_indicator *)ind)->by, by, 0, w.s, N_("deadline"));
}

CONGDOAN_API int congdoan_indicator_set_subject(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *subject)
{
    return indicator_field(corpus, ind, offsetof(congdoan_indicator, subject), subject, 0, N_("subject"));
}

CONGDOAN_API int congdoan_indicator_set_part_of_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *indicator_id)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    if (indicator_id && ind->id && strcmp(indicator_id, ind->id) == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be a part of itself", w.s);
    return congdoan__edit_set_id(corpus, &((congdoan_indicator *)ind)->part_of_id, indicator_id, 0, w.s,
                                 N_("id of the indicator it is a part of"));
}

CONGDOAN_API int congdoan_indicator_add_population(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *txt, const char *of, const char *measure,
                                                   congdoan_comparator comparator, double value)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_indicator(&w, ind);
    return congdoan__edit_add_population(corpus, POPULATIONS((congdoan_indicator *)ind), &w, txt, of, measure,
                                         comparator, value);
}

CONGDOAN_API int congdoan_indicator_remove_population(congdoan_corpus *corpus, const congdoan_indicator *ind, size_t i)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : congdoan__edit_remove_population(POPULATIONS((congdoan_indicator *)ind), i,
                                                 congdoan__edit_who_indicator(&w, ind));
}

CONGDOAN_API int congdoan_indicator_set_source(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *file, int line, int column, const char *words)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_indicator *)ind)->source, file, line, column, words,
                                              congdoan__edit_who_indicator(&w, ind));
}
