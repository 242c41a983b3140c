/*
 * Cascades: a higher plan or programme against the lower documents that concretise it.
 *
 * One pass over the relations of the corpus finds the lower documents (a relation of type
 * concretises or implements whose target, resolved as congdoan_document_relation_target() does,
 * is the higher document). One pass over their indicators fills the refinement matrix, through
 * a map from the higher document's indicator ids to their positions, and adds the count
 * allocations up. One pass over the expected units, with a mark per corpus unit for the issuers
 * of lower documents, gives the missing ones. Time O(relations + lower indicators + units +
 * lower documents × higher indicators); memory the matrix plus one byte per unit.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

struct congdoan_cascade {
    const congdoan_document *higher;
    size_t n_lower, n_ind;
    const congdoan_document **lower;        /* n_lower, load order */
    const congdoan_indicator **refinement;  /* n_lower × n_ind, row per lower document */
    size_t *missed;                         /* n_lower */
    double *allocated;                      /* n_ind: sum of the count refinements' targets */
    size_t *allocating;                     /* n_ind: how many lower documents allocate */
    size_t n_missing;
    const congdoan_unit **missing;          /* n_missing, in the order they are expected */
};

static const char *const demand_names[] = {"not-comparable", "ok", "weaker"};

CONGDOAN_API const char *congdoan_demand_name(congdoan_demand demand)
{
    return (unsigned)demand < sizeof demand_names / sizeof *demand_names ? demand_names[demand] : NULL;
}

/* ---- the judgement of one refinement --------------------------------------------------------- */

static int same(double a, double b)
{
    double scale = fabs(b) > 1 ? fabs(b) : 1;
    return fabs(a - b) <= 1e-9 * scale;
}

static int at_least(double a, double b) { return a > b || same(a, b); }
static int at_most(double a, double b) { return a < b || same(a, b); }

/* Whether the lower target asks at least as much as the higher one. Comparators that go the same
 * way compare by their targets, whatever their words (a district's "98% trở lên" refines the
 * province's bare "98%"): more is better → the lower target is not below the higher one; less is
 * better → not above it; at an equal target a strict higher comparator ("trên 45%") is not met by
 * a lower one that takes the target itself. Exactly and ranges compare only with themselves. */
static congdoan_demand judge(const congdoan_indicator *hi, const congdoan_indicator *lo)
{
    if (!hi || !lo || congdoan__is_additive_measure(hi->measure) || lo->measure != hi->measure || !hi->has_target ||
        !lo->has_target)
        return CONGDOAN_DEMAND_NOT_COMPARABLE;
    int sense = congdoan__comparator_sense(hi->comparator, (int)hi->direction);
    int ok;
    if (sense != 0) {
        if (congdoan__comparator_sense(lo->comparator, (int)lo->direction) != sense)
            return CONGDOAN_DEMAND_NOT_COMPARABLE;
        ok = sense > 0 ? at_least(lo->target, hi->target) : at_most(lo->target, hi->target);
        if (ok && same(lo->target, hi->target) && congdoan__comparator_strict(hi->comparator) &&
            !congdoan__comparator_strict(lo->comparator))
            ok = 0;
        return ok ? CONGDOAN_DEMAND_OK : CONGDOAN_DEMAND_WEAKER;
    }
    if (lo->comparator != hi->comparator)
        return CONGDOAN_DEMAND_NOT_COMPARABLE;
    switch (hi->comparator) {
    case CONGDOAN_COMPARATOR_EXACTLY: ok = same(lo->target, hi->target); break;
    case CONGDOAN_COMPARATOR_RANGE:
        /* A missing upper bound is no bound (as in the progress engine). */
        ok = at_least(lo->target, hi->target) &&
             (!hi->has_target_max || (lo->has_target_max && at_most(lo->target_max, hi->target_max)));
        break;
    default: return CONGDOAN_DEMAND_NOT_COMPARABLE;
    }
    return ok ? CONGDOAN_DEMAND_OK : CONGDOAN_DEMAND_WEAKER;
}

/* ---- computing ------------------------------------------------------------------------------- */

CONGDOAN_API void congdoan_cascade_free(congdoan_cascade *c)
{
    if (!c)
        return;
    congdoan__dealloc(c->lower);
    congdoan__dealloc(c->refinement);
    congdoan__dealloc(c->missed);
    congdoan__dealloc(c->allocated);
    congdoan__dealloc(c->allocating);
    congdoan__dealloc(c->missing);
    congdoan__dealloc(c);
}

/* congdoan__calloc of n items, never asked for 0 bytes. */
static void *array(size_t n, size_t size)
{
    return congdoan__calloc(n ? n : 1, size);
}

/* Whether relation r of document d points at `higher`, resolved as relation_target() in
 * document.c does: by id when one is given, else by number (the first document with it). */
static int points_at(const congdoan__relation *r, const congdoan_document *higher,
                     const congdoan_document *first_with_number)
{
    if (r->target_id)
        return strcmp(r->target_id, higher->id) == 0;
    /* Stored numbers are NFC, so they compare as congdoan_corpus_document_by_number() does. */
    return r->number && first_with_number == higher && strcmp(r->number, higher->number) == 0;
}

static int find_lower(congdoan_cascade *c, const congdoan_corpus *corpus, const congdoan_document *higher)
{
    /* The first document with the higher one's number, as congdoan_corpus_document_by_number()
     * finds it; stored numbers are NFC already, so no normalisation (and no allocation) here. */
    const congdoan_document *first_with_number = congdoan__numbers_first(corpus, higher->number);
    congdoan__vec found = {0};
    for (size_t k = 0; k < corpus->documents.count; k++) {
        const congdoan_document *d = corpus->documents.items[k];
        if (d == higher)
            continue; /* a document concretising itself is not a lower one */
        for (size_t j = 0; j < d->relation_count; j++) {
            const congdoan__relation *r = &d->relations[j];
            if ((r->type == CONGDOAN_RELATION_CONCRETISES || r->type == CONGDOAN_RELATION_IMPLEMENTS) &&
                points_at(r, higher, first_with_number)) {
                if (congdoan__vec_push(&found, (void *)d) != 0) {
                    congdoan__vec_release(&found);
                    return CONGDOAN_ENOMEM;
                }
                break; /* once per document, however many relations point at the higher one */
            }
        }
    }
    c->n_lower = found.count;
    c->lower = (const congdoan_document **)found.items; /* vec storage comes from congdoan__realloc */
    return 0;
}

static int fill_matrix(congdoan_cascade *c, const congdoan_document *higher)
{
    size_t nl = c->n_lower, ni = c->n_ind;
    if (ni && nl > SIZE_MAX / sizeof *c->refinement / ni)
        return CONGDOAN_ENOMEM;
    c->refinement = array(nl * ni, sizeof *c->refinement);
    c->missed = array(nl, sizeof *c->missed);
    c->allocated = array(ni, sizeof *c->allocated);
    c->allocating = array(ni, sizeof *c->allocating);
    if (!c->refinement || !c->missed || !c->allocated || !c->allocating)
        return CONGDOAN_ENOMEM;
    if (!nl || !ni) {
        for (size_t l = 0; l < nl; l++)
            c->missed[l] = ni;
        return 0;
    }

    /* The higher indicators by id; the value is the position + 1 (so that 0 is "absent"). */
    congdoan__map ids = {0};
    if (congdoan__map_reserve(&ids, ni) != 0)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < ni; i++)
        if (higher->indicators[i]->id)
            congdoan__map_put(&ids, higher->indicators[i]->id, (void *)(uintptr_t)(i + 1));

    for (size_t l = 0; l < nl; l++) {
        const congdoan_document *d = c->lower[l];
        const congdoan_indicator **row = &c->refinement[l * ni];
        size_t picked = 0;
        for (size_t k = 0; k < d->indicator_count; k++) {
            const congdoan_indicator *x = d->indicators[k];
            if (!x->refines_document_id || !x->refines_indicator_id || strcmp(x->refines_document_id, higher->id) != 0)
                continue;
            uintptr_t pos = (uintptr_t)congdoan__map_get(&ids, x->refines_indicator_id, strlen(x->refines_indicator_id));
            if (!pos || row[pos - 1])
                continue; /* not an indicator of the higher document, or refined twice: the first counts */
            size_t i = pos - 1;
            row[i] = x;
            picked++;
            const congdoan_indicator *hi = higher->indicators[i];
            if (congdoan__is_additive_measure(hi->measure) && x->measure == hi->measure && x->has_target) {
                c->allocated[i] += x->target;
                c->allocating[i]++;
            }
        }
        c->missed[l] = ni - picked;
    }
    congdoan__map_release(&ids);
    return 0;
}

/* Mark a unit (and, for a department or body, its organisation). */
static void mark(unsigned char *marks, size_t n, const congdoan_unit *u, unsigned char bit)
{
    if (u && u->index < n)
        marks[u->index] |= bit;
    if (u && u->owner && u->owner->index < n)
        marks[u->owner->index] |= bit;
}

enum { ISSUED = 1, LISTED = 2 };

static int expect(congdoan__vec *list, unsigned char *marks, size_t n, const congdoan_unit *u)
{
    if (!u || u->index >= n || (marks[u->index] & LISTED))
        return 0;
    marks[u->index] |= LISTED;
    if (marks[u->index] & ISSUED)
        return 0;
    return congdoan__vec_push(list, (void *)u);
}

static int find_missing(congdoan_cascade *c, const congdoan_corpus *corpus, const congdoan_document *higher)
{
    size_t n = corpus->units.count;
    unsigned char *marks = array(n, 1);
    if (!marks)
        return CONGDOAN_ENOMEM;
    for (size_t l = 0; l < c->n_lower; l++)
        mark(marks, n, congdoan__unit_lookup(corpus, c->lower[l]->issuer_id), ISSUED);

    /* the units the higher document expects reports from (query/expect.c) */
    congdoan__expected_set set = {0};
    congdoan__vec list = {0};
    int rc = congdoan__expected_find(higher, &set);
    for (size_t i = 0; i < set.units.count && rc == 0; i++)
        rc = expect(&list, marks, n, set.units.items[i]);
    congdoan__expected_release(&set);
    congdoan__dealloc(marks);
    if (rc != 0) {
        congdoan__vec_release(&list);
        return CONGDOAN_ENOMEM;
    }
    c->n_missing = list.count;
    c->missing = (const congdoan_unit **)list.items;
    return 0;
}

CONGDOAN_API int congdoan_cascade_compute(const congdoan_corpus *corpus, const congdoan_document *higher,
                                          congdoan_cascade **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(higher);
    if (higher->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "document '%s' is not in this corpus", higher->id);

    congdoan_cascade *c = congdoan__calloc(1, sizeof *c);
    if (!c)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory checking the cascade of document '%s'", higher->id);
    c->higher = higher;
    c->n_ind = higher->indicator_count;
    if (find_lower(c, corpus, higher) != 0 || fill_matrix(c, higher) != 0 || find_missing(c, corpus, higher) != 0) {
        congdoan_cascade_free(c);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory checking the cascade of document '%s'", higher->id);
    }
    *out = c;
    return 0;
}

/* ---- queries --------------------------------------------------------------------------------- */

CONGDOAN_API const congdoan_document *congdoan_cascade_higher(const congdoan_cascade *c)
{
    CONGDOAN__NOT_NULL(c, "cascade", NULL);
    return c->higher;
}

CONGDOAN_API size_t congdoan_cascade_lower_count(const congdoan_cascade *c)
{
    CONGDOAN__NOT_NULL(c, "cascade", 0);
    return c->n_lower;
}

CONGDOAN_API const congdoan_document *congdoan_cascade_lower(const congdoan_cascade *c, size_t l)
{
    CONGDOAN__NOT_NULL(c, "cascade", NULL);
    return l < c->n_lower ? c->lower[l] : NULL;
}

CONGDOAN_API size_t congdoan_cascade_indicator_count(const congdoan_cascade *c)
{
    CONGDOAN__NOT_NULL(c, "cascade", 0);
    return c->n_ind;
}

CONGDOAN_API const congdoan_indicator *congdoan_cascade_indicator(const congdoan_cascade *c, size_t i)
{
    CONGDOAN__NOT_NULL(c, "cascade", NULL);
    return i < c->n_ind ? c->higher->indicators[i] : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_cascade_refinement(const congdoan_cascade *c, size_t l, size_t i)
{
    CONGDOAN__NOT_NULL(c, "cascade", NULL);
    return l < c->n_lower && i < c->n_ind ? c->refinement[l * c->n_ind + i] : NULL;
}

CONGDOAN_API congdoan_demand congdoan_cascade_demand(const congdoan_cascade *c, size_t l, size_t i)
{
    CONGDOAN__NOT_NULL(c, "cascade", 0);
    const congdoan_indicator *lo = congdoan_cascade_refinement(c, l, i);
    return lo ? judge(c->higher->indicators[i], lo) : CONGDOAN_DEMAND_NOT_COMPARABLE;
}

CONGDOAN_API size_t congdoan_cascade_missed_count(const congdoan_cascade *c, size_t l)
{
    CONGDOAN__NOT_NULL(c, "cascade", 0);
    return l < c->n_lower ? c->missed[l] : 0;
}

CONGDOAN_API int congdoan_cascade_allocation(const congdoan_cascade *c, size_t i, double *allocated,
                                             size_t *allocating)
{
    if (allocated)
        *allocated = 0;
    if (allocating)
        *allocating = 0;
    if (!c)
        return congdoan__invalid_arg("cascade");
    CONGDOAN__CHECK_ARG(allocated);
    CONGDOAN__CHECK_ARG(allocating);
    if (i >= c->n_ind || !congdoan__is_additive_measure(c->higher->indicators[i]->measure) || !c->allocating[i])
        return CONGDOAN_ENOTFOUND;
    *allocated = c->allocated[i];
    *allocating = c->allocating[i];
    return 0;
}

CONGDOAN_API size_t congdoan_cascade_missing_count(const congdoan_cascade *c)
{
    CONGDOAN__NOT_NULL(c, "cascade", 0);
    return c->n_missing;
}

CONGDOAN_API const congdoan_unit *congdoan_cascade_missing(const congdoan_cascade *c, size_t k)
{
    CONGDOAN__NOT_NULL(c, "cascade", NULL);
    return k < c->n_missing ? c->missing[k] : NULL;
}
