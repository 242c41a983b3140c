/*
 * The progress engine: one document's indicators over one unit's subtree for one period.
 *
 * This file holds the public side: the arguments, reporting completeness, the evaluation of a
 * figure against its target, and the accessors. The roll-up itself is in rollup.c and
 * rollup-close.c.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"
#include "text/vntext.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef congdoan__acc acc;

/* ---- evaluation of one figure ---------------------------------------------------------------- */

/* The tolerance of a tie: relative to the target, absolute for targets up to 1. */
static double tie(double target)
{
    return 1e-9 * (fabs(target) > 1 ? fabs(target) : 1);
}

int congdoan__comparator_sense(congdoan_comparator c, int direction)
{
    switch (c) {
    case CONGDOAN_COMPARATOR_AT_LEAST:
    case CONGDOAN_COMPARATOR_MORE_THAN:
    case CONGDOAN_COMPARATOR_RANGE_OR_MORE:
        return 1;
    case CONGDOAN_COMPARATOR_AT_MOST:
    case CONGDOAN_COMPARATOR_LESS_THAN:
        return -1;
    case CONGDOAN_COMPARATOR_TARGET:
    case CONGDOAN_COMPARATOR_ABOUT:
        return direction == CONGDOAN_DIRECTION_LOWER ? -1 : 1;
    default:
        return 0;
    }
}

int congdoan__comparator_strict(congdoan_comparator c)
{
    return c == CONGDOAN_COMPARATOR_MORE_THAN || c == CONGDOAN_COMPARATOR_LESS_THAN;
}

congdoan_eval_status congdoan__judge(congdoan_comparator c, int direction, double t, int has_max, double max, double v)
{
    const double eps = tie(t);
    int met;
    switch (c) {
    case CONGDOAN_COMPARATOR_AT_LEAST: met = v >= t - eps; break;
    case CONGDOAN_COMPARATOR_AT_MOST: met = v <= t + eps; break;
    case CONGDOAN_COMPARATOR_MORE_THAN: met = v > t + eps; break;
    case CONGDOAN_COMPARATOR_LESS_THAN: met = v < t - eps; break;
    case CONGDOAN_COMPARATOR_EXACTLY: met = fabs(v - t) <= eps; break;
    case CONGDOAN_COMPARATOR_TARGET:
    case CONGDOAN_COMPARATOR_ABOUT: {
        /* A bare target is reached in its direction; "khoảng" also within the tolerance short of
         * it (and beyond it the good way, as for a bare target). */
        double slack = c == CONGDOAN_COMPARATOR_ABOUT ? CONGDOAN_ABOUT_TOLERANCE * fabs(t) : 0;
        slack += eps;
        met = direction == CONGDOAN_DIRECTION_LOWER ? v <= t + slack : v >= t - slack;
        break;
    }
    case CONGDOAN_COMPARATOR_RANGE:
    case CONGDOAN_COMPARATOR_RANGE_OR_MORE:
        /* Above the top is "vượt" (exceeded), its own status; a missing top is no top. */
        if (has_max && v > max + tie(max))
            return v >= t - eps ? CONGDOAN_EVAL_EXCEEDED : CONGDOAN_EVAL_NOT_ACHIEVED;
        met = v >= t - eps;
        break;
    default: met = 0; break;
    }
    return met ? CONGDOAN_EVAL_ACHIEVED : CONGDOAN_EVAL_NOT_ACHIEVED;
}

double congdoan__judge_ratio(congdoan_comparator c, int direction, double t, int has_max, double max, double v)
{
    if (c == CONGDOAN_COMPARATOR_EXACTLY) {
        if (v == t)
            return 1.0;
        return t != 0 ? 1.0 - fabs(v - t) / fabs(t) : 0.0;
    }
    if (c == CONGDOAN_COMPARATOR_RANGE) {
        double hi = has_max ? max : t;
        if (v < t)
            return t > 0 ? v / t : 0.0;
        if (v > hi)
            return v > 0 ? hi / v : 0.0;
        return 1.0;
    }
    switch (congdoan__comparator_sense(c, direction)) {
    case 1: return t > 0 ? v / t : (v >= t ? 1.0 : 0.0);
    case -1: return v > t ? (v > 0 ? t / v : 0.0) : 1.0;
    default: return 0.0;
    }
}

CONGDOAN_API congdoan_eval_status congdoan_indicator_judge(const congdoan_indicator *x, double v)
{
    CONGDOAN__NOT_NULL(x, "ind", CONGDOAN_EVAL_NO_DATA);
    if (!x || !x->has_target || !isfinite(v))
        return CONGDOAN_EVAL_NO_DATA;
    return congdoan__judge(x->comparator, (int)x->direction, x->target, x->has_target_max, x->target_max, v);
}

static congdoan_eval_status status_of(const congdoan_indicator *x, const acc *a)
{
    double v;
    if (!congdoan__acc_figure(x, a, &v))
        return a->unaggregated ? CONGDOAN_EVAL_NOT_AGGREGABLE : CONGDOAN_EVAL_NO_DATA;
    return congdoan_indicator_judge(x, v);
}

static double ratio_of(const congdoan_indicator *x, double v)
{
    return congdoan__judge_ratio(x->comparator, (int)x->direction, x->target, x->has_target_max, x->target_max, v);
}

/* The indicators (by position) the report gives a value for, into `has` (n, zeroed here). */
static void given(const congdoan_document *d, const congdoan_report *r, unsigned char *has)
{
    size_t n = d->indicator_count;
    memset(has, 0, n ? n : 1);
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value v = congdoan__report_value_get(r, k);
        if (!(v.flags & (CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION)))
            continue; /* an empty slot of a form */
        size_t i = congdoan__indicator_position(d, CONGDOAN__VALUE_ID(r, &v));
        if (i < n)
            has[i] = 1;
    }
}

/* Is the i-th indicator one the unit with these marks is to report: asked of it, and a figure
 * reports give (a share of units is computed from the units' own classifications). */
static int reported(const congdoan_document *d, const unsigned char *marks, size_t i)
{
    return marks[i] && d->indicators[i]->measure != CONGDOAN_MEASURE_SHARE_OF_UNITS;
}

/* Which child of the evaluated unit holds u (u itself or a unit above it): the place after the
 * last one found (`next`) first, as the units expected are most often the children in their
 * order, else through `children` (child id -> 1 + its place, made on first use); -1 for none. */
static long child_holding(const congdoan_progress *p, congdoan__map *children, size_t *next, const congdoan_unit *u)
{
    while (u && u->parent != p->unit)
        u = u->parent;
    if (!u)
        return -1;
    if (*next < p->n_children && p->children[*next] == u)
        return (long)(*next)++;
    if (!children->count) {
        if (congdoan__map_reserve(children, p->n_children) != 0)
            return -2;
        for (size_t c = 0; c < p->n_children; c++)
            congdoan__map_put(children, p->children[c]->id, (void *)(uintptr_t)(c + 1));
    }
    long c = (long)(uintptr_t)congdoan__map_get(children, u->id, strlen(u->id)) - 1;
    *next = (size_t)c + 1;
    return c;
}

/* Reporting completeness: the units expected to report (query/expect.c) within the subtree, the
 * report used for each and the indicators it is to report but left without a value; a
 * skeleton (only empty slots, no submission date: new-report's form) is counted as missing. And
 * for the breakdown, which children hold a unit that is to report each indicator. */
static int complete(congdoan_progress *p, const congdoan_corpus *c, congdoan__subtree *t)
{
    const congdoan_document *d = p->document;
    size_t n = p->n_ind;
    congdoan__expected_set set = {0};
    congdoan__vec list = {0};
    congdoan__vec marks = {0};
    congdoan__map children;
    congdoan__map_init(&children, NULL);
    size_t next_child = 0;
    unsigned char *has = congdoan__malloc(n ? n : 1);
    p->child_expected = congdoan__calloc(p->n_children && n ? p->n_children * n : 1, 1);
    if (!has || !p->child_expected || congdoan__expected_find(d, &set) != 0 ||
        congdoan__vec_reserve(&list, set.units.count) != 0 || congdoan__vec_reserve(&marks, set.units.count) != 0)
        goto nomem;
    for (size_t k = 0; k < set.units.count; k++) {
        const congdoan_unit *u = set.units.items[k];
        const unsigned char *m = set.marks + k * n;
        if (!congdoan__subtree_holds(t, p->unit, u))
            continue;
        if (congdoan__vec_push(&list, (void *)u) != 0 || congdoan__vec_push(&marks, (void *)m) != 0)
            goto nomem;
        long child = child_holding(p, &children, &next_child, u);
        if (child == -2)
            goto nomem;
        for (size_t i = 0; child >= 0 && i < n; i++)
            p->child_expected[(size_t)child * n + i] |= m[i] != 0;
    }
    /* their keys, through an index made only when there are some (a district seldom has) */
    if (list.count && congdoan__subtree_index(t) != 0)
        goto nomem;
    p->deadline = congdoan_document_deadline(d, p->period);
    p->expected = list.count ? congdoan__calloc(list.count, sizeof *p->expected) : NULL;
    if (list.count && !p->expected)
        goto nomem;
    p->n_expected = list.count;
    for (size_t k = 0; k < list.count; k++) {
        const congdoan_unit *u = list.items[k];
        const unsigned char *m = marks.items[k];
        uint32_t chosen = t->chosen[congdoan__subtree_key(t, u)];
        const congdoan_report *r = chosen ? c->reports.items[chosen - 1] : NULL;
        congdoan__expected *e = &p->expected[k];
        e->unit = u;
        e->submitted = r ? r->submitted : 0;
        if (!r || congdoan__report_is_skeleton(r)) /* (1.2) a form not filled in is not a report */
            e->submission = CONGDOAN_SUBMISSION_MISSING;
        else if (!p->deadline || !r->submitted)
            e->submission = CONGDOAN_SUBMISSION_RECEIVED;
        else
            e->submission = r->submitted <= p->deadline ? CONGDOAN_SUBMISSION_ON_TIME : CONGDOAN_SUBMISSION_LATE;
        if (r)
            given(d, r, has);
        for (size_t i = 0; i < n; i++)
            e->lacking += reported(d, m, i) && (!r || !has[i]);
    }
    congdoan__vec_release(&list);
    congdoan__vec_release(&marks);
    congdoan__map_release(&children);
    congdoan__expected_release(&set);
    congdoan__dealloc(has);
    return 0;
nomem:
    congdoan__vec_release(&list);
    congdoan__vec_release(&marks);
    congdoan__map_release(&children);
    congdoan__expected_release(&set);
    congdoan__dealloc(has);
    return CONGDOAN_ENOMEM;
}

CONGDOAN_API void congdoan_progress_free(congdoan_progress *p)
{
    if (!p)
        return;
    congdoan__dealloc(p->root);
    congdoan__dealloc(p->children);
    congdoan__dealloc(p->child);
    congdoan__dealloc(p->findings);
    congdoan__dealloc(p->expected);
    congdoan__dealloc(p->child_expected);
    congdoan__dealloc(p->pop);
    congdoan__dealloc(p->rate_only);
    congdoan__dealloc(p->rate_only_at);
    if (p->score_left)
        for (size_t i = 0; i < p->n_ind; i++)
            congdoan__vec_release(&p->score_left[i]);
    congdoan__dealloc(p->score_left);
    congdoan__dealloc(p);
}

int congdoan__progress_new(const congdoan_document *doc, const congdoan_unit *unit, const char *period,
                           congdoan_progress **out)
{
    size_t n = doc->indicator_count;
    congdoan_progress *p = congdoan__calloc(1, sizeof *p);
    *out = NULL;
    if (!p)
        return CONGDOAN_ENOMEM;
    p->document = doc;
    p->unit = unit;
    p->n_ind = n;
    memcpy(p->period, period, strlen(period) + 1);
    p->root = congdoan__calloc(n ? n : 1, sizeof *p->root);
    p->pop = congdoan__calloc(n ? n : 1, sizeof *p->pop);
    p->n_children = unit->child_count;
    p->children = congdoan__calloc(p->n_children ? p->n_children : 1, sizeof *p->children);
    p->child = congdoan__malloc((p->n_children && n ? p->n_children * n : 1) * sizeof *p->child);
    if (!p->root || !p->pop || !p->children || !p->child) {
        congdoan_progress_free(p);
        return CONGDOAN_ENOMEM;
    }
    /* zeroed a child at a time: a row is a few hundred bytes, where memset is a few stores; a
     * whole block of a large district is zeroed a byte a turn (rep stosb) */
    for (size_t c = 0; c < p->n_children; c++) {
        p->children[c] = unit->children[c];
        memset(&p->child[c * n], 0, n * sizeof *p->child);
    }
    *out = p;
    return 0;
}

static int compute(const congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_unit *unit,
                   const char *period, int at_ymd, unsigned depth, congdoan_progress **out);

/* How deep the units whose scores were left out are looked for (a hierarchy has 4 levels; a
 * cycle in the parents, which validate reports, stops here). */
enum { SCORE_DEPTH = 16 };

/* The units whose scores were left out of the figure of a unit without a score of its own
 * (rollup-close.c, keep_own_score): going down from the unit, each first unit with a score for its
 * subtree (its own, or a total it reported), as many as congdoan_progress_unaggregated()
 * counts. A child without a score whose subtree has some is evaluated in turn, which lists
 * them; only then, so that the cost stays that of the subtrees holding such scores. */
static int scores_left_out(congdoan_progress *p, const congdoan_corpus *corpus, int at_ymd, unsigned depth)
{
    size_t n = p->n_ind;
    for (size_t i = 0; i < n; i++) {
        const acc *a = &p->root[i];
        if (p->document->indicators[i]->measure != CONGDOAN_MEASURE_SCORE || a->has || a->has_plain ||
            !a->unaggregated)
            continue;
        if (!p->score_left && !(p->score_left = congdoan__calloc(n, sizeof *p->score_left)))
            return CONGDOAN_ENOMEM;
        for (size_t c = 0; c < p->n_children; c++) {
            const acc *k = &p->child[c * n + i];
            if (k->has || k->has_plain) {
                if (congdoan__vec_push(&p->score_left[i], (void *)p->children[c]) != 0)
                    return CONGDOAN_ENOMEM;
                continue;
            }
            if (!k->unaggregated || depth >= SCORE_DEPTH || p->children[c]->kind != CONGDOAN_UNIT_ORGANISATION)
                continue;
            congdoan_progress *q = NULL;
            int rc = compute(corpus, p->document, p->children[c], p->period, at_ymd, depth + 1, &q);
            if (rc != 0)
                return rc;
            for (size_t j = 0; q->score_left && j < q->score_left[i].count && rc == 0; j++)
                rc = congdoan__vec_push(&p->score_left[i], q->score_left[i].items[j]);
            congdoan_progress_free(q);
            if (rc != 0)
                return CONGDOAN_ENOMEM;
        }
    }
    return 0;
}

CONGDOAN_API int congdoan_progress_compute(const congdoan_corpus *corpus, const congdoan_document *doc,
                                           const congdoan_unit *unit, const char *period, int at_ymd,
                                           congdoan_progress **out)
{
    return compute(corpus, doc, unit, period, at_ymd, 0, out);
}

static int compute(const congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_unit *unit,
                   const char *period, int at_ymd, unsigned depth, congdoan_progress **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus);
    if (!doc)
        return congdoan__invalid_arg("document");
    CONGDOAN__CHECK_ARG(unit);
    CONGDOAN__CHECK_ARG(period);
    /* the date check of every query (a 30 February is refused here as by the task queries) */
    if (congdoan__date_arg(at_ymd, 1, "at_ymd") != 0)
        return CONGDOAN_EINVAL;
    if (doc->corpus != corpus || unit->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "the document or unit belongs to another corpus");
    if (unit->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL, "'%s' is a department or body; progress is measured over organisations",
                               unit->id);
    /* (1.2) a span or a term ("2023/2028", "term:2023/2028") totals the reports inside it */
    int first, last, span = 0;
    congdoan_period_kind kind;
    size_t len = strlen(period);
    if (len >= 16 || congdoan__period_parse(period, len, &kind, &first, &last) != 0 || kind == CONGDOAN_PERIOD_DAY) {
        span = len < 16 && strchr(period, '/') && congdoan__span_parse(period, len, &first, &last) == 0;
        if (!span)
            return congdoan__error(CONGDOAN_EINVAL,
                                   "'%s' is not a period: expected YYYY, YYYY-H1, YYYY-Q1 … or YYYY-MM, or a span "
                                   "YYYY/YYYY or a term term:YYYY/YYYY",
                                   period);
    }

    congdoan_progress *p = NULL;
    congdoan__subtree t = {0};
    if (congdoan__progress_new(doc, unit, period, &p) != 0)
        goto nomem;
    if ((span ? congdoan__span_rollup(p, corpus, at_ymd, first, last, &t) : congdoan__rollup(p, corpus, at_ymd, NULL, &t)) !=
            0 ||
        complete(p, corpus, &t) != 0)
        goto nomem;
    congdoan__subtree_release(&t);
    if (scores_left_out(p, corpus, at_ymd, depth) != 0)
        goto nomem;
    *out = p;
    return CONGDOAN_OK;
nomem:
    congdoan__subtree_release(&t);
    congdoan_progress_free(p);
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory evaluating document '%s'", doc->id);
}

/* ---- accessors ------------------------------------------------------------------------------- */

static const acc *root_acc(const congdoan_progress *p, size_t i)
{
    return p && i < p->n_ind ? &p->root[i] : NULL;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_unit(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return p->unit;
}
CONGDOAN_API const congdoan_document *congdoan_progress_document(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return p->document;
}
CONGDOAN_API const char *congdoan_progress_period(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return p->period;
}
CONGDOAN_API size_t congdoan_progress_indicator_count(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->n_ind;
}

CONGDOAN_API const congdoan_indicator *congdoan_progress_indicator(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return i < p->n_ind ? p->document->indicators[i] : NULL;
}

CONGDOAN_API congdoan_eval_status congdoan_progress_status(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    const acc *a = root_acc(p, i);
    return a ? status_of(p->document->indicators[i], a) : CONGDOAN_EVAL_NO_DATA;
}

CONGDOAN_API int congdoan_progress_actual(const congdoan_progress *p, size_t i, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_EINVAL);
    const acc *a = root_acc(p, i);
    double v = 0;
    int ok = a && congdoan__acc_figure(p->document->indicators[i], a, &v);
    if (out)
        *out = ok ? v : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_progress_fraction(const congdoan_progress *p, size_t i, double *numerator, double *denominator)
{
    if (numerator)
        *numerator = 0.0;
    if (denominator)
        *denominator = 0.0;
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_EINVAL);
    const acc *a = root_acc(p, i);
    int ok = a && a->has && congdoan__is_fraction_measure(p->document->indicators[i]->measure);
    if (numerator)
        *numerator = ok ? a->num : 0.0;
    if (denominator)
        *denominator = ok ? a->den : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_progress_ratio(const congdoan_progress *p, size_t i, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_EINVAL);
    double v;
    int rc = congdoan_progress_actual(p, i, &v);
    if (out)
        *out = rc == 0 ? ratio_of(p->document->indicators[i], v) : 0.0;
    return rc;
}

CONGDOAN_API congdoan_value_source congdoan_progress_source(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_SOURCE_NONE);
    const acc *a = root_acc(p, i);
    return a && (a->has || a->has_plain) ? (congdoan_value_source)a->source : CONGDOAN_SOURCE_NONE;
}

CONGDOAN_API size_t congdoan_progress_contributors(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    const acc *a = root_acc(p, i);
    return a ? a->contributors : 0;
}

CONGDOAN_API size_t congdoan_progress_unaggregated(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    const acc *a = root_acc(p, i);
    return a ? a->unaggregated : 0;
}

CONGDOAN_API size_t congdoan_progress_rate_only_count(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->rate_only_at && i < p->n_ind ? p->rate_only_at[i + 1] - p->rate_only_at[i] : 0;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_rate_only_unit(const congdoan_progress *p, size_t i, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return k < congdoan_progress_rate_only_count(p, i) ? p->rate_only[p->rate_only_at[i] + k] : NULL;
}

CONGDOAN_API size_t congdoan_progress_score_left_out_count(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->score_left && i < p->n_ind ? p->score_left[i].count : 0;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_score_left_out_unit(const congdoan_progress *p, size_t i, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return k < congdoan_progress_score_left_out_count(p, i) ? p->score_left[i].items[k] : NULL;
}

CONGDOAN_API size_t congdoan_progress_child_count(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->n_children;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_child(const congdoan_progress *p, size_t c)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return c < p->n_children ? p->children[c] : NULL;
}

static const acc *child_acc(const congdoan_progress *p, size_t c, size_t i)
{
    return p && c < p->n_children && i < p->n_ind ? &p->child[c * p->n_ind + i] : NULL;
}

CONGDOAN_API congdoan_eval_status congdoan_progress_child_status(const congdoan_progress *p, size_t c, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    const acc *a = child_acc(p, c, i);
    return a ? status_of(p->document->indicators[i], a) : CONGDOAN_EVAL_NO_DATA;
}

CONGDOAN_API int congdoan_progress_child_actual(const congdoan_progress *p, size_t c, size_t i, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_EINVAL);
    const acc *a = child_acc(p, c, i);
    double v = 0;
    int ok = a && congdoan__acc_figure(p->document->indicators[i], a, &v);
    if (out)
        *out = ok ? v : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API size_t congdoan_progress_finding_count(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->n_findings;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_finding_unit(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return k < p->n_findings ? p->findings[k].unit : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_progress_finding_indicator(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return k < p->n_findings ? p->document->indicators[p->findings[k].indicator] : NULL;
}

CONGDOAN_API int congdoan_progress_finding_values(const congdoan_progress *p, size_t k, double *reported, double *computed)
{
    if (reported)
        *reported = 0.0;
    if (computed)
        *computed = 0.0;
    if (!p)
        return congdoan__invalid_arg("progress");
    if (k >= p->n_findings)
        return congdoan__error(CONGDOAN_EINVAL, "finding index %zu is out of range: the progress has %zu findings", k,
                               (size_t)p->n_findings);
    if (reported)
        *reported = p->findings[k].reported;
    if (computed)
        *computed = p->findings[k].computed;
    return CONGDOAN_OK;
}

CONGDOAN_API size_t congdoan_progress_expected_count(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->n_expected;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_expected_unit(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", NULL);
    return k < p->n_expected ? p->expected[k].unit : NULL;
}

CONGDOAN_API congdoan_submission congdoan_progress_expected_submission(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return k < p->n_expected ? p->expected[k].submission : CONGDOAN_SUBMISSION_MISSING;
}

CONGDOAN_API int congdoan_progress_expected_submitted(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return k < p->n_expected ? p->expected[k].submitted : 0;
}

CONGDOAN_API size_t congdoan_progress_expected_lacking(const congdoan_progress *p, size_t k)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return k < p->n_expected ? p->expected[k].lacking : 0;
}

CONGDOAN_API int congdoan_progress_child_expected(const congdoan_progress *p, size_t c, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return c < p->n_children && i < p->n_ind && p->child_expected[c * p->n_ind + i];
}

CONGDOAN_API congdoan_population_status congdoan_progress_population(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", CONGDOAN_POPULATION_NONE);
    return i < p->n_ind ? (congdoan_population_status)p->pop[i].status : CONGDOAN_POPULATION_NONE;
}

CONGDOAN_API size_t congdoan_progress_population_excluded(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return i < p->n_ind ? p->pop[i].excluded : 0;
}

CONGDOAN_API size_t congdoan_progress_population_unchecked(const congdoan_progress *p, size_t i)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return i < p->n_ind ? p->pop[i].unchecked : 0;
}

CONGDOAN_API int congdoan_progress_deadline(const congdoan_progress *p)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    return p->deadline;
}

CONGDOAN_API const char *congdoan_eval_status_name(congdoan_eval_status status)
{
    static const char *const names[] = {"no-data", "achieved", "not-achieved", "not-aggregable", "exceeded"};
    return (unsigned)status < sizeof names / sizeof *names ? names[status] : NULL;
}

CONGDOAN_API const char *congdoan_population_status_name(congdoan_population_status status)
{
    static const char *const names[] = {"none", "applied", "not-applied"};
    return (unsigned)status < sizeof names / sizeof *names ? names[status] : NULL;
}

CONGDOAN_API const char *congdoan_submission_name(congdoan_submission submission)
{
    static const char *const names[] = {"missing", "on-time", "late", "received"};
    return (unsigned)submission < 4 ? names[submission] : NULL;
}
