/*
 * The end of a roll-up (rollup.c): its nodes closed deepest first, each node's own figures,
 * what its leaves and children added and the subtree totals it reported merged, checked
 * against each other (findings) and folded into its parent's row; then the units left out for
 * giving a rate only.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/rollup.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* What the children added, merged into the unit's own figures. */
static void merge(acc *own, const acc *kids)
{
    congdoan__acc_add(own, kids);
    if (own->source == CONGDOAN_SOURCE_UNIT_DATA || kids->source == CONGDOAN_SOURCE_UNIT_DATA)
        own->source = CONGDOAN_SOURCE_UNIT_DATA;
    else if (own->has || kids->has || kids->source)
        own->source = own->source ? own->source : kids->source;
}

/* A score ("97/100 điểm" of an emulation review) is the unit's own: the scores of the units
 * under it are not added to it, nor averaged. A unit without a score of its own has none for
 * its subtree either: the scores below are left out (counted as unaggregated, so that the
 * figure is "not aggregable" rather than "no data"), each still in the breakdown by child. */
static void keep_own_score(acc *own, const acc *kids)
{
    if (!own->has && !own->has_plain)
        own->unaggregated += kids->contributors + kids->unaggregated;
}

/* Fold a closed unit's total into its parent's accumulator. */
static void fold(const congdoan_indicator *x, acc *parent, const acc *total)
{
    if (total->has) {
        if (congdoan__is_fraction_measure(x->measure))
            add_fraction(parent, total->num, total->den);
        else
            parent->num += total->num, parent->has = 1;
        parent->contributors += total->contributors;
    } else if (total->has_plain) {
        parent->unaggregated += 1; /* a bare percentage cannot be added to anything: left out */
    }
    parent->unaggregated += total->unaggregated;
    if (total->has || total->has_plain)
        parent->source = CONGDOAN_SOURCE_COMPUTED;
    if (total->source == CONGDOAN_SOURCE_UNIT_DATA)
        parent->source = CONGDOAN_SOURCE_UNIT_DATA;
}

int congdoan__progress_add_finding(congdoan_progress *p, const congdoan_unit *u, size_t i, double reported,
                                   double computed)
{
    if (p->n_findings == p->cap_findings) {
        size_t cap = p->cap_findings ? p->cap_findings * 2 : 8;
        congdoan__finding *f = congdoan__realloc(p->findings, cap * sizeof *f);
        if (!f)
            return CONGDOAN_ENOMEM;
        p->findings = f;
        p->cap_findings = cap;
    }
    p->findings[p->n_findings++] = (congdoan__finding){u, i, reported, computed};
    return 0;
}

/* The node's dense row, folded into its leaf sums by each entry's indicator. 0 or
 * CONGDOAN_ENOMEM. */
static int fold_dense(pass *s, int32_t slot)
{
    const double *sums = s->dense_width ? dense_sums(s, slot) : NULL;
    const int32_t *counts = s->dense_width ? dense_counts(s, slot) : NULL;
    leafsum *leaf = leaf_sums(s, slot);
    uint32_t *leaf_n = leaf_counts(s, slot);
    for (size_t t = 0; t < s->n_dense; t++) {
        const struct dense *d = &s->dense[t];
        const trans *tr = NULL;
        int32_t count = 0; /* the running sum of the differences */
        for (size_t j = 0; j < d->width; j++) {
            size_t e = d->offset + j;
            if ((count += counts[e]) == 0)
                continue;
            if (!tr && !(tr = congdoan__rollup_translation(s, d->tab)))
                return CONGDOAN_ENOMEM;
            uint32_t i = tr->target[j]; /* n: not one the leaf path adds */
            leaf[i].num += sums[2 * e];
            leaf[i].den += sums[2 * e + 1];
            leaf_n[i] += (uint32_t)count;
        }
    }
    return 0;
}

/* The node's leaves counted by class, into its leaf sums at the shares of units they count in:
 * each leaf in a share's scope adds 1 to its denominator, and 1 to its numerator when its grade
 * meets the condition, as take_share does for one unit (sums of whole numbers: exact, whatever
 * the order). */
static void fold_grades(pass *s, int32_t slot)
{
    const uint32_t *by_class = grade_counts(s, slot);
    leafsum *sums = leaf_sums(s, slot);
    uint32_t *counts = leaf_counts(s, slot);
    for (size_t level = 0; level < GRADE_LEVELS; level++)
        for (size_t sector = 0; sector < GRADE_SECTORS; sector++) {
            uint64_t scope = s->share_scope[level][sector];
            const uint32_t *by_grade = &by_class[(level * GRADE_SECTORS + sector) * GRADE_GRADES];
            for (size_t g = 1; scope && g < GRADE_GRADES; g++) {
                if (!by_grade[g])
                    continue;
                for (uint64_t k = scope; k; k &= k - 1) {
                    const struct share *x = &s->share[lowest_bit(k)];
                    sums[x->position].num += g >= (size_t)x->condition ? (double)by_grade[g] : 0.0;
                    sums[x->position].den += (double)by_grade[g];
                    counts[x->position] += by_grade[g];
                }
            }
        }
}

/* What the node's leaves added, into its children row. Shares of units come from the units'
 * own data, everything else the leaves add from their reports. */
static void flush_leaves(const pass *s, int32_t slot, acc *kids)
{
    const leafsum *sums = leaf_sums(s, slot);
    const uint32_t *counts = leaf_counts(s, slot);
    for (size_t i = 0; i < s->n; i++) {
        if (!counts[i])
            continue;
        kids[i].num += sums[i].num;
        kids[i].den += sums[i].den;
        kids[i].has = 1;
        kids[i].contributors += counts[i];
        if (s->doc->indicators[i]->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS)
            kids[i].source = CONGDOAN_SOURCE_UNIT_DATA;
        else if (kids[i].source != CONGDOAN_SOURCE_UNIT_DATA)
            kids[i].source = CONGDOAN_SOURCE_COMPUTED;
    }
}

/* A unit whose value of indicator i is a rate without its fraction, left out at its row (see
 * rate_only). 0 or CONGDOAN_ENOMEM. */
static int rate_event(pass *s, const congdoan_unit *u, size_t i, int32_t row)
{
    if (s->n_rate_events == s->cap_rate_events) {
        size_t cap = s->cap_rate_events ? 2 * s->cap_rate_events : 8;
        struct rate_event *e = congdoan__realloc(s->rate_events, cap * sizeof *e);
        if (!e)
            return CONGDOAN_ENOMEM;
        s->rate_events = e, s->cap_rate_events = cap;
    }
    s->rate_events[s->n_rate_events++] = (struct rate_event){u, (uint32_t)i, row};
    return 0;
}

/* Close a node: its total is the subtree total it reported where it gave one (the difference to
 * the computed sum becomes a finding), else its own figures and its children's. A rate of the
 * unit's own without its fraction (node_report counted it), or a subtree total given only as a
 * rate by a unit under the top (fold counts it), is left out: the unit is noted for rate_only. */
static int close_node(pass *s, int32_t slot)
{
    congdoan_progress *p = s->p;
    size_t n = s->n;
    const congdoan_unit *u = s->node[slot];
    acc *a = row_own(s, slot), *kids = row_kids(s, slot), *sub = row_sub(s, slot);
    if (fold_dense(s, slot) != 0)
        return CONGDOAN_ENOMEM;
    if (s->n_share)
        fold_grades(s, slot);
    flush_leaves(s, slot, kids);
    for (size_t i = 0; i < n; i++) {
        const congdoan_indicator *x = s->doc->indicators[i];
        int has_sub = sub[i].has || sub[i].has_plain;
        if (congdoan__is_fraction_measure(x->measure) &&
            (has_sub ? sub[i].has_plain && !sub[i].has && u != p->unit : a[i].unaggregated) &&
            rate_event(s, u, i, slot) != 0)
            return CONGDOAN_ENOMEM;
        if (x->measure == CONGDOAN_MEASURE_SCORE)
            keep_own_score(&a[i], &kids[i]);
        else
            merge(&a[i], &kids[i]);
        if (!has_sub)
            continue;
        double reported, computed;
        if (congdoan__acc_figure(x, &a[i], &computed) && congdoan__acc_figure(x, &sub[i], &reported) &&
            fabs(reported - computed) > 1e-9 && congdoan__progress_add_finding(p, u, i, reported, computed) != 0)
            return CONGDOAN_ENOMEM;
        sub[i].source = CONGDOAN_SOURCE_REPORTED_TOTAL;
        sub[i].contributors = a[i].contributors > 1 ? a[i].contributors : 1;
        a[i] = sub[i];
    }
    if (u == p->unit) {
        memcpy(p->root, a, n * sizeof *a);
        return 0;
    }
    if (s->child_pos[slot] >= 0)
        memcpy(&p->child[(size_t)s->child_pos[slot] * n], a, n * sizeof *a);
    acc *parent = row_kids(s, s->node_parent[slot]);
    for (size_t i = 0; i < n; i++)
        fold(s->doc->indicators[i], &parent[i], &a[i]);
    return 0;
}

/* Close the nodes deepest first, each into its parent's row; at one depth in load order, so that
 * the findings come out in the same order whichever way the subtree was found. */
typedef struct node_ref {
    size_t unit;
    uint32_t depth, row; /* row: UINT32_MAX for a light child */
    uint32_t key;        /* a light child's */
} node_ref;

static int node_order(const void *x, const void *y)
{
    const node_ref *a = x, *b = y;
    if (a->depth != b->depth)
        return a->depth > b->depth ? -1 : 1;
    return (a->unit > b->unit) - (a->unit < b->unit);
}

/* A light child closed as close_node would close a row holding only its own figures: they are
 * its total, already in its place of the breakdown, folded into the top's row. */
static void close_light(pass *s, size_t key)
{
    const acc *a = light_row(s, key);
    acc *parent = row_kids(s, LEAF(s->slot[key]));
    for (size_t i = 0; i < s->n; i++)
        fold(s->doc->indicators[i], &parent[i], &a[i]);
}

static int close_nodes(pass *s)
{
    /* the nodes sorted, the light children (depth 1, placed in the order of the top's
     * children: most often load order already) sorted if need be, then merged */
    size_t n = s->n_nodes, m = 0;
    node_ref *order = congdoan__malloc((2 * (n + s->n_lights) + 1) * sizeof *order);
    if (!order)
        return CONGDOAN_ENOMEM;
    node_ref *nodes = order + n + s->n_lights, *lights = nodes + n;
    for (size_t k = 0; k < n; k++)
        nodes[k] = (node_ref){s->node[k]->index, s->node_depth[k], (uint32_t)k, 0};
    for (size_t k = 0; k < s->n_lights; k++)
        if (s->light_pos[s->lights[k]]) /* else it got a row */
            lights[m++] = (node_ref){congdoan__rollup_unit(s, s->lights[k])->index, 1, UINT32_MAX, s->lights[k]};
    if (n > 1)
        qsort(nodes, n, sizeof *nodes, node_order);
    size_t sorted = 1;
    while (sorted < m && node_order(&lights[sorted - 1], &lights[sorted]) < 0)
        sorted++;
    if (sorted < m)
        qsort(lights, m, sizeof *lights, node_order);
    for (size_t i = 0, j = 0, k = 0; k < n + m; k++)
        order[k] = j == m || (i < n && node_order(&nodes[i], &lights[j]) < 0) ? nodes[i++] : lights[j++];
    int rc = 0;
    for (size_t k = 0; k < n + m && rc == 0; k++) {
        if (order[k].row == UINT32_MAX)
            close_light(s, order[k].key);
        else
            rc = close_node(s, (int32_t)order[k].row);
    }
    congdoan__dealloc(order);
    return rc;
}

/* The units left out for giving only a rate, into p->rate_only by indicator in load order: those
 * of rate_event whose count reached the top, i.e. no row above theirs replaced its figure by
 * a subtree total it reported (close_node: a[i] = sub[i]). As many for an indicator as
 * congdoan_progress_unaggregated() counts (tests/test-rollup-paths.c checks it on every path).
 * 0 or CONGDOAN_ENOMEM. */
static int rate_event_order(const void *x, const void *y)
{
    const struct rate_event *a = x, *b = y;
    if (a->indicator != b->indicator)
        return a->indicator < b->indicator ? -1 : 1;
    return (a->unit->index > b->unit->index) - (a->unit->index < b->unit->index);
}

static int rate_only(pass *s)
{
    congdoan_progress *p = s->p;
    size_t kept = 0;
    for (size_t k = 0; k < s->n_rate_events; k++) {
        const struct rate_event *e = &s->rate_events[k];
        int32_t r = s->node_parent[e->row];
        while (r >= 0 && !(row_sub(s, r)[e->indicator].has || row_sub(s, r)[e->indicator].has_plain))
            r = s->node_parent[r];
        if (r < 0)
            s->rate_events[kept++] = *e;
    }
    if (!kept)
        return 0;
    qsort(s->rate_events, kept, sizeof *s->rate_events, rate_event_order);
    p->rate_only = congdoan__malloc(kept * sizeof *p->rate_only);
    p->rate_only_at = congdoan__calloc(s->n + 1, sizeof *p->rate_only_at);
    if (!p->rate_only || !p->rate_only_at)
        return CONGDOAN_ENOMEM;
    for (size_t k = 0; k < kept; k++) {
        p->rate_only[k] = s->rate_events[k].unit;
        p->rate_only_at[s->rate_events[k].indicator + 1]++;
    }
    for (size_t i = 0; i < s->n; i++)
        p->rate_only_at[i + 1] += p->rate_only_at[i];
    return 0;
}

int congdoan__rollup_close(pass *s)
{
    int rc = close_nodes(s);
    return rc ? rc : rate_only(s);
}
