/*
 * The breakdown of a progress result: each child of the evaluated unit × each indicator,
 * judged against the document's target (rates) or the child's own allocation (counts).
 *
 * The figures are the progress engine's (read from its per-child rows); the allocations come
 * from a cascade check of the document (cascade.c): for each lower document, the child that
 * issued it, found through a sorted table of the children. Time O(children log children +
 * cascade + cells); memory one record per cell.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct cell {
    double actual, num, den, ratio;
    const congdoan_indicator *target; /* the indicator that judges it, or NULL */
    uint8_t status, basis, has_actual, has_fraction, has_ratio;
} cell;

struct congdoan_breakdown {
    size_t n_children, n_ind;
    const congdoan_unit **children;
    const congdoan_indicator **indicators;
    cell *cells;                      /* n_children × n_ind, row per child */
    size_t *counts;                   /* n_children × 5: cells by status (room for a fifth status) */
    size_t *rank;                     /* n_children: child indices, weakest first */
};

enum { N_STATUS = 5 };

static const char *const basis_names[] = {"none", "document", "allocation"};

CONGDOAN_API const char *congdoan_target_basis_name(congdoan_target_basis basis)
{
    return (unsigned)basis < sizeof basis_names / sizeof *basis_names ? basis_names[basis] : NULL;
}

/* ---- judging one figure ---------------------------------------------------------------------- */

/* How far `v` is towards the target of `x` (the rule of congdoan_progress_ratio()). */
static double ratio_of(const congdoan_indicator *x, double v)
{
    return congdoan__judge_ratio(x->comparator, (int)x->direction, x->target, x->has_target_max, x->target_max, v);
}

CONGDOAN_API int congdoan_indicator_ratio(const congdoan_indicator *x, double value, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(x, "indicator", CONGDOAN_EINVAL);
    int ok = x && x->has_target && isfinite(value);
    if (out)
        *out = ok ? ratio_of(x, value) : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

/* ---- computing ------------------------------------------------------------------------------- */

CONGDOAN_API void congdoan_breakdown_free(congdoan_breakdown *b)
{
    if (!b)
        return;
    congdoan__dealloc(b->children);
    congdoan__dealloc(b->indicators);
    congdoan__dealloc(b->cells);
    congdoan__dealloc(b->counts);
    congdoan__dealloc(b->rank);
    congdoan__dealloc(b);
}

static void *array(size_t n, size_t size)
{
    return n > SIZE_MAX / size ? NULL : congdoan__calloc(n ? n : 1, size);
}

typedef struct child_key {
    const congdoan_unit *unit;
    size_t c;
} child_key;

static int compare_keys(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const child_key *)a)->unit, y = (uintptr_t)((const child_key *)b)->unit;
    return x < y ? -1 : x > y;
}

/* The organisation a document's issuer stands for: itself, or the organisation of a body or
 * department; NULL when its issuer is not loaded. */
static const congdoan_unit *issuing_organisation(const congdoan_document *d)
{
    const congdoan_unit *u = congdoan__unit_lookup(d->corpus, d->issuer_id);
    while (u && u->kind != CONGDOAN_UNIT_ORGANISATION)
        u = u->owner;
    return u;
}

/* targets[c × n_ind + i]: the count indicator of child c's own lower document refining
 * indicator i, or NULL. */
static int find_allocations(const congdoan_progress *p, const congdoan_indicator **targets)
{
    size_t nc = p->n_children, ni = p->n_ind;
    congdoan_cascade *cascade = NULL;
    child_key *keys = NULL;
    int rc = congdoan_cascade_compute(p->document->corpus, p->document, &cascade);
    if (rc != 0)
        return rc;
    size_t nl = congdoan_cascade_lower_count(cascade);
    if (nl == 0 || nc == 0)
        goto done;
    keys = array(nc, sizeof *keys);
    if (!keys) {
        rc = CONGDOAN_ENOMEM;
        goto done;
    }
    for (size_t c = 0; c < nc; c++)
        keys[c] = (child_key){p->children[c], c};
    qsort(keys, nc, sizeof *keys, compare_keys);
    for (size_t l = 0; l < nl; l++) {
        child_key key = {issuing_organisation(congdoan_cascade_lower(cascade, l)), 0};
        const child_key *found = key.unit ? bsearch(&key, keys, nc, sizeof *keys, compare_keys) : NULL;
        if (!found)
            continue;
        for (size_t i = 0; i < ni; i++) {
            const congdoan_indicator *hi = p->document->indicators[i];
            const congdoan_indicator *lo = congdoan_cascade_refinement(cascade, l, i);
            const congdoan_indicator **slot = &targets[found->c * ni + i];
            /* the first lower document of the child that allocates the count counts */
            if (!*slot && lo && congdoan__is_additive_measure(hi->measure) && lo->measure == hi->measure &&
                lo->has_target)
                *slot = lo;
        }
    }
done:
    congdoan__dealloc(keys);
    congdoan_cascade_free(cascade);
    return rc;
}

static void fill_cell(cell *out, const congdoan_indicator *x, const congdoan__acc *a, const congdoan_indicator *allocation)
{
    double v = 0;
    out->has_actual = (uint8_t)congdoan__acc_figure(x, a, &v);
    out->actual = out->has_actual ? v : 0.0;
    out->has_fraction = (uint8_t)(a->has && congdoan__is_fraction_measure(x->measure));
    out->num = out->has_fraction ? a->num : 0.0;
    out->den = out->has_fraction ? a->den : 0.0;
    if (congdoan__is_additive_measure(x->measure))
        out->target = allocation;
    else
        out->target = x->has_target ? x : NULL;
    out->basis = (uint8_t)(!out->target ? CONGDOAN_BASIS_NONE
                           : out->target == x ? CONGDOAN_BASIS_DOCUMENT
                                              : CONGDOAN_BASIS_ALLOCATION);
    if (!out->has_actual)
        out->status = (uint8_t)(a->unaggregated ? CONGDOAN_EVAL_NOT_AGGREGABLE : CONGDOAN_EVAL_NO_DATA);
    else if (!out->target)
        out->status = CONGDOAN_EVAL_NO_DATA;
    else
        out->status = (uint8_t)congdoan_indicator_judge(out->target, v);
    out->has_ratio = (uint8_t)(out->has_actual && out->target);
    out->ratio = out->has_ratio ? ratio_of(out->target, v) : 0.0;
}

/* The ranking: more cells not achieved, then a lower mean capped ratio, children without a
 * judged figure last, ties in the children's order. */
typedef struct rank_key {
    size_t c, missed, judged;
    double mean;
} rank_key;

static int compare_rank(const void *a, const void *b)
{
    const rank_key *x = a, *y = b;
    if ((x->judged == 0) != (y->judged == 0))
        return x->judged == 0 ? 1 : -1;
    if (x->missed != y->missed)
        return x->missed > y->missed ? -1 : 1;
    if (x->mean != y->mean)
        return x->mean < y->mean ? -1 : 1;
    return x->c < y->c ? -1 : x->c > y->c;
}

static int rank_children(congdoan_breakdown *b)
{
    rank_key *keys = array(b->n_children, sizeof *keys);
    if (!keys)
        return CONGDOAN_ENOMEM;
    for (size_t c = 0; c < b->n_children; c++) {
        double sum = 0;
        size_t judged = 0;
        for (size_t i = 0; i < b->n_ind; i++) {
            const cell *x = &b->cells[c * b->n_ind + i];
            if (x->has_ratio) {
                /* above the top of a range is no miss ("vượt"): it counts as met */
                sum += x->status == CONGDOAN_EVAL_EXCEEDED || x->ratio > 1 ? 1 : x->ratio;
                judged++;
            }
        }
        keys[c] = (rank_key){c, b->counts[c * N_STATUS + CONGDOAN_EVAL_NOT_ACHIEVED], judged,
                             judged ? sum / (double)judged : 0};
    }
    qsort(keys, b->n_children, sizeof *keys, compare_rank);
    for (size_t k = 0; k < b->n_children; k++)
        b->rank[k] = keys[k].c;
    congdoan__dealloc(keys);
    return 0;
}

CONGDOAN_API int congdoan_breakdown_compute(const congdoan_progress *p, congdoan_breakdown **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    if (!p)
        return congdoan__invalid_arg("progress");
    size_t nc = p->n_children, ni = p->n_ind;
    const congdoan_indicator **targets = NULL;
    congdoan_breakdown *b = congdoan__calloc(1, sizeof *b);
    if (!b || (ni && nc > SIZE_MAX / ni) || nc > SIZE_MAX / N_STATUS)
        goto nomem;
    b->n_children = nc;
    b->n_ind = ni;
    b->children = array(nc, sizeof *b->children);
    b->indicators = array(ni, sizeof *b->indicators);
    b->cells = array(nc * ni, sizeof *b->cells);
    b->counts = array(nc * N_STATUS, sizeof *b->counts);
    b->rank = array(nc, sizeof *b->rank);
    targets = array(nc * ni, sizeof *targets);
    if (!b->children || !b->indicators || !b->cells || !b->counts || !b->rank || !targets)
        goto nomem;
    int rc = find_allocations(p, targets);
    if (rc != 0) {
        congdoan__dealloc(targets);
        congdoan_breakdown_free(b);
        return rc; /* the cascade check set the error */
    }
    if (nc)
        memcpy(b->children, p->children, nc * sizeof *b->children);
    if (ni)
        memcpy(b->indicators, p->document->indicators, ni * sizeof *b->indicators);
    for (size_t c = 0; c < nc; c++)
        for (size_t i = 0; i < ni; i++) {
            cell *x = &b->cells[c * ni + i];
            fill_cell(x, b->indicators[i], &p->child[c * ni + i], targets[c * ni + i]);
            b->counts[c * N_STATUS + x->status]++;
        }
    if (rank_children(b) != 0)
        goto nomem;
    congdoan__dealloc(targets);
    *out = b;
    return CONGDOAN_OK;
nomem:
    congdoan__dealloc(targets);
    congdoan_breakdown_free(b);
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory making the breakdown by child");
}

/* ---- accessors ------------------------------------------------------------------------------- */

static const cell *cell_at(const congdoan_breakdown *b, size_t c, size_t i)
{
    return b && c < b->n_children && i < b->n_ind ? &b->cells[c * b->n_ind + i] : NULL;
}

CONGDOAN_API size_t congdoan_breakdown_child_count(const congdoan_breakdown *b)
{
    CONGDOAN__NOT_NULL(b, "breakdown", 0);
    return b->n_children;
}
CONGDOAN_API size_t congdoan_breakdown_indicator_count(const congdoan_breakdown *b)
{
    CONGDOAN__NOT_NULL(b, "breakdown", 0);
    return b->n_ind;
}

CONGDOAN_API const congdoan_unit *congdoan_breakdown_child(const congdoan_breakdown *b, size_t c)
{
    CONGDOAN__NOT_NULL(b, "breakdown", NULL);
    return c < b->n_children ? b->children[c] : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_breakdown_indicator(const congdoan_breakdown *b, size_t i)
{
    CONGDOAN__NOT_NULL(b, "breakdown", NULL);
    return i < b->n_ind ? b->indicators[i] : NULL;
}

CONGDOAN_API congdoan_eval_status congdoan_breakdown_status(const congdoan_breakdown *b, size_t c, size_t i)
{
    CONGDOAN__NOT_NULL(b, "breakdown", CONGDOAN_EVAL_NO_DATA);
    const cell *x = cell_at(b, c, i);
    return x ? (congdoan_eval_status)x->status : CONGDOAN_EVAL_NO_DATA;
}

CONGDOAN_API congdoan_target_basis congdoan_breakdown_basis(const congdoan_breakdown *b, size_t c, size_t i)
{
    CONGDOAN__NOT_NULL(b, "breakdown", CONGDOAN_BASIS_NONE);
    const cell *x = cell_at(b, c, i);
    return x ? (congdoan_target_basis)x->basis : CONGDOAN_BASIS_NONE;
}

CONGDOAN_API const congdoan_indicator *congdoan_breakdown_target(const congdoan_breakdown *b, size_t c, size_t i)
{
    CONGDOAN__NOT_NULL(b, "breakdown", NULL);
    const cell *x = cell_at(b, c, i);
    return x ? x->target : NULL;
}

CONGDOAN_API int congdoan_breakdown_actual(const congdoan_breakdown *b, size_t c, size_t i, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(b, "breakdown", CONGDOAN_EINVAL);
    const cell *x = cell_at(b, c, i);
    int ok = x && x->has_actual;
    if (out)
        *out = ok ? x->actual : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_breakdown_fraction(const congdoan_breakdown *b, size_t c, size_t i, double *numerator,
                                             double *denominator)
{
    if (numerator)
        *numerator = 0.0;
    if (denominator)
        *denominator = 0.0;
    CONGDOAN__NOT_NULL(b, "breakdown", CONGDOAN_EINVAL);
    const cell *x = cell_at(b, c, i);
    int ok = x && x->has_fraction;
    if (numerator)
        *numerator = ok ? x->num : 0.0;
    if (denominator)
        *denominator = ok ? x->den : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_breakdown_ratio(const congdoan_breakdown *b, size_t c, size_t i, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__NOT_NULL(b, "breakdown", CONGDOAN_EINVAL);
    const cell *x = cell_at(b, c, i);
    int ok = x && x->has_ratio;
    if (out)
        *out = ok ? x->ratio : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API size_t congdoan_breakdown_status_count(const congdoan_breakdown *b, size_t c, congdoan_eval_status status)
{
    CONGDOAN__NOT_NULL(b, "breakdown", 0);
    return c < b->n_children && (unsigned)status < N_STATUS ? b->counts[c * N_STATUS + status] : 0;
}

CONGDOAN_API size_t congdoan_breakdown_rank(const congdoan_breakdown *b, size_t k)
{
    CONGDOAN__NOT_NULL(b, "breakdown", (size_t)-1);
    return k < b->n_children ? b->rank[k] : (size_t)-1;
}

CONGDOAN_API size_t congdoan_breakdown_fill(const congdoan_breakdown *b, size_t start, size_t count, int *status,
                                            int *basis, double *actual, double *numerator, double *denominator,
                                            double *ratio)
{
    CONGDOAN__NOT_NULL(b, "breakdown", 0);
    if (start >= b->n_children)
        return 0;
    if (count > b->n_children - start)
        count = b->n_children - start;
    size_t k = 0;
    for (size_t c = start; c < start + count; c++)
        for (size_t i = 0; i < b->n_ind; i++, k++) {
            const cell *x = &b->cells[c * b->n_ind + i];
            if (status)
                status[k] = x->status;
            if (basis)
                basis[k] = x->basis;
            if (actual)
                actual[k] = x->has_actual ? x->actual : NAN;
            if (numerator)
                numerator[k] = x->has_fraction ? x->num : NAN;
            if (denominator)
                denominator[k] = x->has_fraction ? x->den : NAN;
            if (ratio)
                ratio[k] = x->has_ratio ? x->ratio : NAN;
        }
    return count;
}
