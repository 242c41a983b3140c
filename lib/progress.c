/*
 * The progress engine: one document's indicators over one unit's subtree for one period.
 *
 * One pass over the subtree in pre-order. Each open unit (the path from the top to the current
 * unit, a handful of levels) has an accumulator per indicator; when a unit is closed its total
 * (its own values plus its children's totals, or the subtree total it reported itself) is folded
 * into its parent's accumulator. Memory is O(depth × indicators) plus one slot per unit of the
 * corpus for the report chosen for it, so a national roll-up needs no per-unit result table.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model.h"

#include <math.h>
#include <string.h>

/* A running figure for one indicator over (part of) a subtree. */
typedef struct acc {
    double num, den;        /* count: num is the sum; percentage/average/share: the fraction */
    double plain;           /* a percentage or average given without its fraction */
    uint32_t contributors;  /* units whose values went in */
    uint32_t unaggregated;  /* units whose value had no fraction and was left out */
    uint8_t has;            /* num/den hold data */
    uint8_t has_plain;      /* only `plain` is known (a reported subtree total without fraction) */
    uint8_t source;         /* congdoan_value_source of this figure */
} acc;

typedef struct finding {
    const congdoan_unit *unit;
    size_t indicator;
    double reported, computed;
} finding;

typedef struct expected {
    const congdoan_unit *unit;
    congdoan_submission submission;
    int submitted;
} expected;

struct congdoan_progress {
    const congdoan_document *document;
    const congdoan_unit *unit;
    char period[16];
    size_t n_ind;
    acc *root;             /* n_ind */
    size_t n_children;
    const congdoan_unit **children;
    acc *child;            /* n_children × n_ind */
    finding *findings;
    size_t n_findings, cap_findings;
    expected *expected;
    size_t n_expected;
    int deadline;
};

/* ---- evaluation of one figure ---------------------------------------------------------------- */

static int is_fraction_measure(congdoan_measure m)
{
    return m != CONGDOAN_MEASURE_COUNT;
}

/* The figure in the indicator's terms; 0 when there is none. */
static int figure(const congdoan_indicator *x, const acc *a, double *out)
{
    if (a->has) {
        if (x->measure == CONGDOAN_MEASURE_COUNT)
            *out = a->num;
        else if (a->den > 0)
            *out = a->num / a->den * (x->measure == CONGDOAN_MEASURE_AVERAGE ? 1.0 : 100.0);
        else
            return 0;
        return 1;
    }
    if (a->has_plain) {
        *out = a->plain;
        return 1;
    }
    return 0;
}

static congdoan_eval_status status_of(const congdoan_indicator *x, const acc *a)
{
    double v;
    if (!figure(x, a, &v))
        return a->unaggregated ? CONGDOAN_EVAL_NOT_AGGREGABLE : CONGDOAN_EVAL_NO_DATA;
    if (!x->has_target)
        return CONGDOAN_EVAL_NO_DATA;
    const double eps = 1e-9 * (fabs(x->target) > 1 ? fabs(x->target) : 1);
    int met;
    switch (x->comparator) {
    case CONGDOAN_COMPARATOR_AT_LEAST: met = v >= x->target - eps; break;
    case CONGDOAN_COMPARATOR_AT_MOST: met = v <= x->target + eps; break;
    case CONGDOAN_COMPARATOR_EXACTLY: met = fabs(v - x->target) <= eps; break;
    case CONGDOAN_COMPARATOR_RANGE:
        met = v >= x->target - eps && (!x->has_target_max || v <= x->target_max + eps);
        break;
    default: met = 0; break;
    }
    return met ? CONGDOAN_EVAL_ACHIEVED : CONGDOAN_EVAL_NOT_ACHIEVED;
}

static double ratio_of(const congdoan_indicator *x, double v)
{
    double t = x->target;
    switch (x->comparator) {
    case CONGDOAN_COMPARATOR_AT_LEAST:
        return t > 0 ? v / t : (v >= t ? 1.0 : 0.0);
    case CONGDOAN_COMPARATOR_AT_MOST:
        return v > t ? (v > 0 ? t / v : 0.0) : 1.0;
    case CONGDOAN_COMPARATOR_EXACTLY:
        if (v == t)
            return 1.0;
        return t != 0 ? 1.0 - fabs(v - t) / fabs(t) : 0.0;
    case CONGDOAN_COMPARATOR_RANGE: {
        double hi = x->has_target_max ? x->target_max : t;
        if (v < t)
            return t > 0 ? v / t : 0.0;
        if (v > hi)
            return v > 0 ? hi / v : 0.0;
        return 1.0;
    }
    default:
        return 0.0;
    }
}

/* ---- the pass -------------------------------------------------------------------------------- */

typedef struct pass {
    const congdoan_corpus *corpus;
    const congdoan_document *doc;
    congdoan_progress *p;
    int year;
    const congdoan_report **chosen; /* by corpus unit index: the report used for that unit */
    /* Report values name their indicator by an index into their load's id table: translated
     * once per table to the indicator's position here (n_ind: not an indicator of this
     * document). A handful of tables at most: one per file loaded. */
    struct trans {
        const congdoan__idtab *tab;
        size_t *to;
    } trans[16];
    size_t n_trans;
    int failed;                     /* out of memory in a helper that cannot return it */
    int at;                         /* the reference date, 0 for none */
    size_t *share;                  /* the share-of-units indicators, by position */
    size_t n_share;
} pass;

/* The translation of a report's id table, made on first use; NULL when out of memory. */
static const size_t *translation(pass *s, const congdoan__idtab *tab)
{
    for (size_t k = 0; k < s->n_trans; k++)
        if (s->trans[k].tab == tab)
            return s->trans[k].to;
    size_t *to = congdoan__malloc((tab->count ? tab->count : 1) * sizeof *to);
    if (!to) {
        s->failed = 1;
        return NULL;
    }
    for (size_t j = 0; j < tab->count; j++) {
        to[j] = s->p->n_ind;
        for (size_t i = 0; i < s->p->n_ind; i++)
            if (s->doc->indicators[i]->id && strcmp(s->doc->indicators[i]->id, tab->items[j]) == 0) {
                to[j] = i;
                break;
            }
    }
    /* more tables than slots (many small files): the oldest slot is reused */
    size_t k = s->n_trans < 16 ? s->n_trans++ : 0;
    if (s->trans[k].to && k == 0 && s->n_trans == 16)
        congdoan__dealloc(s->trans[k].to);
    s->trans[k].tab = tab;
    s->trans[k].to = to;
    return to;
}

static void add_fraction(acc *a, double num, double den)
{
    a->num += num;
    a->den += den;
    a->has = 1;
}

/* The unit's own values (coverage self) into `a`; its subtree values into `sub` (NULL: the
 * caller knows there are none). */
static void take_report(pass *s, const congdoan_report *r, acc *a, acc *sub)
{
    const size_t *to = r->value_count ? translation(s, r->ids) : NULL;
    if (!to)
        return;
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value *v = &r->values[k];
        size_t i = to[v->indicator];
        if (i >= s->p->n_ind)
            continue; /* not an indicator of this document: congdoan_corpus_check reports it */
        const congdoan_indicator *x = s->doc->indicators[i];
        if (x->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS)
            continue; /* computed from the units' own data, not from reported figures */
        if (v->coverage == CONGDOAN_COVERAGE_SUBTREE && !sub)
            continue;
        acc *t = v->coverage == CONGDOAN_COVERAGE_SUBTREE ? &sub[i] : &a[i];
        if (t->has || t->has_plain)
            continue; /* a second value for the same indicator: the first counts */
        if (!is_fraction_measure(x->measure)) {
            if (v->flags & CONGDOAN__VALUE_PLAIN)
                t->num = v->value, t->has = 1, t->contributors = 1;
        } else if (v->flags & CONGDOAN__VALUE_FRACTION) {
            add_fraction(t, v->numerator, v->denominator);
            t->contributors = 1;
        } else if (v->flags & CONGDOAN__VALUE_PLAIN) {
            t->plain = v->value, t->has_plain = 1, t->contributors = 1;
        }
        t->source = CONGDOAN_SOURCE_COMPUTED;
    }
}

/* A unit's contribution to share-of-units indicators from its own data. */
static void take_unit_data(pass *s, const congdoan_unit *u, acc *a)
{
    for (size_t k = 0; k < s->n_share; k++) {
        size_t i = s->share[k];
        const congdoan_indicator *x = s->doc->indicators[i];
        if (x->scope_level && u->level != x->scope_level)
            continue;
        if (x->scope_sectors && !(u->sector && (x->scope_sectors & (1 << u->sector))))
            continue;
        congdoan_grade g = congdoan_unit_classification(u, s->year);
        if (!g)
            continue; /* no classification for the year: no data, not a failure */
        add_fraction(&a[i], g >= x->condition_grade ? 1.0 : 0.0, 1.0);
        a[i].contributors++;
        a[i].source = CONGDOAN_SOURCE_UNIT_DATA;
    }
}

/* Fold a closed unit's total into its parent's accumulator. */
static void fold(const congdoan_indicator *x, acc *parent, const acc *total)
{
    if (total->has) {
        if (is_fraction_measure(x->measure))
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

static int add_finding(congdoan_progress *p, const congdoan_unit *u, size_t i, double reported, double computed)
{
    if (p->n_findings == p->cap_findings) {
        size_t cap = p->cap_findings ? p->cap_findings * 2 : 8;
        finding *f = congdoan__realloc(p->findings, cap * sizeof *f);
        if (!f)
            return CONGDOAN_ENOMEM;
        p->findings = f;
        p->cap_findings = cap;
    }
    p->findings[p->n_findings++] = (finding){u, i, reported, computed};
    return 0;
}

/* Is `r` a better pick than `cur` for its unit: the latest submitted, then the last loaded. */
static int later(const congdoan_report *r, const congdoan_report *cur)
{
    return !cur || r->submitted >= cur->submitted;
}

/* ---- the streaming pass ------------------------------------------------------------------------
 *
 * Units, reports and values are read in load order, the order they lie in memory, rather than by
 * walking the tree: a national roll-up is bound by memory latency otherwise. Only some units
 * get a row of accumulators (a "node"): the top unit, units with children, the top's children
 * (for the breakdown), and units whose report needs the general rules (subtree totals, bare
 * percentages). Every other unit of the subtree is a leaf whose figures go straight into its
 * parent's row. Nodes are closed deepest first, each folded into its parent's row.
 *
 * A row holds three accumulators per indicator: the unit's own figures, what its children add,
 * and the subtree totals it reported itself. Own and children's figures are kept apart because
 * children may arrive before the unit's own report (the first value of an indicator in a
 * report is the one that counts), and are merged when the node is closed. */

typedef struct stream {
    unsigned char *in;        /* by unit index: in the subtree */
    uint16_t *depth;          /* by unit index: depth below the top */
    int32_t *slot;            /* by unit index: its row, or -1 */
    const congdoan_unit **node; /* by row: the unit */
    size_t n_nodes, cap_nodes;
    acc *rows;                /* 3 × n_ind per row: own, children, reported subtree totals */
    int32_t *child_pos;       /* by unit index: position among the top's children, or -1 */
} stream;

static acc *row_own(const pass *s, const stream *t, int32_t slot) { return &t->rows[(size_t)slot * 3 * s->p->n_ind]; }
static acc *row_kids(const pass *s, const stream *t, int32_t slot) { return row_own(s, t, slot) + s->p->n_ind; }
static acc *row_sub(const pass *s, const stream *t, int32_t slot) { return row_own(s, t, slot) + 2 * s->p->n_ind; }

static int32_t add_node(pass *s, stream *t, const congdoan_unit *u)
{
    size_t n = s->p->n_ind ? s->p->n_ind : 1;
    if (t->n_nodes == t->cap_nodes) {
        size_t cap = t->cap_nodes ? t->cap_nodes * 2 : 64;
        acc *rows = congdoan__realloc(t->rows, cap * 3 * n * sizeof *rows);
        if (!rows)
            return -1;
        t->rows = rows;
        const congdoan_unit **node = congdoan__realloc(t->node, cap * sizeof *node);
        if (!node)
            return -1;
        t->node = node;
        t->cap_nodes = cap;
    }
    memset(&t->rows[t->n_nodes * 3 * n], 0, 3 * n * sizeof *t->rows);
    t->node[t->n_nodes] = u;
    t->slot[u->index] = (int32_t)t->n_nodes;
    return (int32_t)t->n_nodes++;
}

/* Which organisations are in the top's subtree, and at which depth. In one pass in load order
 * when every parent was loaded before its children (the usual case); otherwise by a walk of the
 * tree, which also copes with cycles. */
static int membership(pass *s, stream *t, const congdoan_unit *top)
{
    const congdoan__vec *units = &s->corpus->units;
    int ordered = 1;
    for (size_t i = 0; i < units->count && ordered; i++) {
        const congdoan_unit *u = units->items[i];
        ordered = u->kind != CONGDOAN_UNIT_ORGANISATION || !u->parent || u->parent->index < u->index;
    }
    if (ordered) {
        for (size_t i = top->index; i < units->count; i++) {
            const congdoan_unit *u = units->items[i];
            if (u->kind != CONGDOAN_UNIT_ORGANISATION)
                continue;
            if (u == top) {
                t->in[i] = 1, t->depth[i] = 0;
            } else if (u->parent && t->in[u->parent->index] && t->depth[u->parent->index] < UINT16_MAX) {
                t->in[i] = 1, t->depth[i] = (uint16_t)(t->depth[u->parent->index] + 1);
            }
        }
        return 0;
    }
    /* the walk: an explicit stack of (unit, next child); `in` doubles as the visited mark */
    typedef struct item {
        const congdoan_unit *u;
        size_t next;
    } item;
    size_t cap = 16, len = 1;
    item *stack = congdoan__malloc(cap * sizeof *stack);
    if (!stack)
        return CONGDOAN_ENOMEM;
    stack[0] = (item){top, 0};
    t->in[top->index] = 1, t->depth[top->index] = 0;
    while (len) {
        item *it = &stack[len - 1];
        if (it->next >= it->u->child_count) {
            len--;
            continue;
        }
        const congdoan_unit *c = it->u->children[it->next++];
        if (t->in[c->index] || len >= UINT16_MAX)
            continue;
        if (len == cap) {
            item *g = congdoan__realloc(stack, cap * 2 * sizeof *g);
            if (!g) {
                congdoan__dealloc(stack);
                return CONGDOAN_ENOMEM;
            }
            stack = g, cap *= 2;
        }
        t->in[c->index] = 1;
        t->depth[c->index] = (uint16_t)len;
        stack[len++] = (item){c, 0};
    }
    congdoan__dealloc(stack);
    return 0;
}

/* A leaf's report added straight into its parent's children row; 0 (nothing added) when it
 * needs the general rules: a subtree total, or a percentage without its fraction. */
static int leaf_add(pass *s, const congdoan_report *r, acc *kids)
{
    size_t n = s->p->n_ind;
    const size_t *to = r->value_count ? translation(s, r->ids) : NULL;
    if (r->value_count && !to)
        return 0;
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value *v = &r->values[k];
        size_t i = to[v->indicator];
        if (i >= n)
            continue;
        const congdoan_indicator *x = s->doc->indicators[i];
        if (v->coverage == CONGDOAN_COVERAGE_SUBTREE ||
            (is_fraction_measure(x->measure) && x->measure != CONGDOAN_MEASURE_SHARE_OF_UNITS &&
             !(v->flags & CONGDOAN__VALUE_FRACTION)))
            return 0;
    }
    /* the first value of an indicator given twice is the one that counts, as in take_report */
    unsigned char seen[256];
    if (n > sizeof seen)
        return 0;
    memset(seen, 0, n);
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value *v = &r->values[k];
        size_t i = to[v->indicator];
        if (i >= n || seen[i])
            continue;
        const congdoan_indicator *x = s->doc->indicators[i];
        if (x->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS)
            continue;
        seen[i] = 1;
        acc *t = &kids[i];
        if (x->measure == CONGDOAN_MEASURE_COUNT) {
            if (!(v->flags & CONGDOAN__VALUE_PLAIN))
                continue;
            t->num += v->value;
        } else {
            t->num += v->numerator;
            t->den += v->denominator;
        }
        t->has = 1;
        t->contributors++;
        if (t->source != CONGDOAN_SOURCE_UNIT_DATA)
            t->source = CONGDOAN_SOURCE_COMPUTED;
    }
    return 1;
}

/* A node's own report: own figures and reported subtree totals. */
static void node_report(pass *s, const congdoan_report *r, acc *own, acc *sub)
{
    take_report(s, r, own, sub);
    /* a bare percentage of the unit's own cannot be added up the tree */
    for (size_t i = 0; i < s->p->n_ind; i++)
        if (own[i].has_plain && !own[i].has)
            own[i].has_plain = 0, own[i].unaggregated = 1, own[i].contributors = 0;
}

/* What the children added, merged into the unit's own figures. */
static void merge(acc *own, const acc *kids)
{
    if (kids->has) {
        own->num += kids->num;
        own->den += kids->den;
        own->has = 1;
    }
    own->contributors += kids->contributors;
    own->unaggregated += kids->unaggregated;
    if (own->source == CONGDOAN_SOURCE_UNIT_DATA || kids->source == CONGDOAN_SOURCE_UNIT_DATA)
        own->source = CONGDOAN_SOURCE_UNIT_DATA;
    else if (own->has || kids->has || kids->source)
        own->source = own->source ? own->source : kids->source;
}

/* Close a node: its total is the subtree total it reported where it gave one (the difference to
 * the computed sum becomes a finding), else its own figures and its children's. */
static int close_node(pass *s, stream *t, int32_t slot, const congdoan_unit *top)
{
    congdoan_progress *p = s->p;
    size_t n = p->n_ind;
    const congdoan_unit *u = t->node[slot];
    acc *a = row_own(s, t, slot), *kids = row_kids(s, t, slot), *sub = row_sub(s, t, slot);
    for (size_t i = 0; i < n; i++) {
        merge(&a[i], &kids[i]);
        if (!(sub[i].has || sub[i].has_plain))
            continue;
        const congdoan_indicator *x = s->doc->indicators[i];
        double reported, computed;
        if (figure(x, &a[i], &computed) && figure(x, &sub[i], &reported) && fabs(reported - computed) > 1e-9 &&
            add_finding(p, u, i, reported, computed) != 0)
            return CONGDOAN_ENOMEM;
        sub[i].source = CONGDOAN_SOURCE_REPORTED_TOTAL;
        sub[i].contributors = a[i].contributors > 1 ? a[i].contributors : 1;
        a[i] = sub[i];
    }
    if (u == top) {
        memcpy(p->root, a, n * sizeof *a);
        return 0;
    }
    int32_t pos = t->child_pos[u->index];
    if (pos >= 0)
        memcpy(&p->child[(size_t)pos * n], a, n * sizeof *a);
    acc *parent = row_kids(s, t, t->slot[u->parent->index]);
    for (size_t i = 0; i < n; i++)
        fold(s->doc->indicators[i], &parent[i], &a[i]);
    return 0;
}

static int stream_compute(pass *s, const congdoan_unit *top, unsigned char *in_subtree)
{
    const congdoan_corpus *c = s->corpus;
    size_t n_units = c->units.count, n_reports = c->reports.count;
    stream t;
    memset(&t, 0, sizeof t);
    t.in = in_subtree;
    t.depth = congdoan__calloc(n_units ? n_units : 1, sizeof *t.depth);
    t.slot = congdoan__malloc((n_units ? n_units : 1) * sizeof *t.slot);
    t.child_pos = congdoan__malloc((n_units ? n_units : 1) * sizeof *t.child_pos);
    const congdoan_unit **ru = congdoan__malloc((n_reports ? n_reports : 1) * sizeof *ru);
    size_t *order = NULL, *count = NULL;
    int rc = CONGDOAN_ENOMEM;
    if (!t.depth || !t.slot || !t.child_pos || !ru)
        goto out;
    for (size_t i = 0; i < n_units; i++)
        t.slot[i] = -1, t.child_pos[i] = -1;
    for (size_t k = 0; k < top->child_count; k++)
        t.child_pos[top->children[k]->index] = (int32_t)k;
    if ((rc = membership(s, &t, top)) != 0)
        goto out;
    rc = CONGDOAN_ENOMEM;

    /* The report used for each unit: against this document, for this period, received by the
     * reference date; the latest submitted when there are several. */
    for (size_t i = 0; i < n_reports; i++) {
        const congdoan_report *r = c->reports.items[i];
        ru[i] = NULL;
        if (!r->period || strcmp(r->period, s->p->period) != 0 || !r->document_id ||
            (r->document_id != s->doc->id && strcmp(r->document_id, s->doc->id) != 0))
            continue;
        if (s->at && r->submitted && r->submitted > s->at)
            continue;
        const congdoan_unit *u = congdoan__unit_lookup(c, r->unit_id);
        if (u && u->kind == CONGDOAN_UNIT_ORGANISATION && t.in[u->index]) {
            ru[i] = u;
            if (later(r, s->chosen[u->index]))
                s->chosen[u->index] = r;
        }
    }

    /* Nodes: the top, units with children, the top's children. Then the units' own data. */
    for (size_t i = 0; i < n_units; i++) {
        const congdoan_unit *u = c->units.items[i];
        if (!t.in[i] || u->kind != CONGDOAN_UNIT_ORGANISATION)
            continue;
        if ((u == top || u->child_count || t.depth[i] == 1) && add_node(s, &t, u) < 0)
            goto out;
    }
    for (size_t i = 0; i < n_units; i++) {
        const congdoan_unit *u = c->units.items[i];
        if (!t.in[i] || u->kind != CONGDOAN_UNIT_ORGANISATION)
            continue;
        int32_t own = t.slot[i];
        take_unit_data(s, u, own >= 0 ? row_own(s, &t, own) : row_kids(s, &t, t.slot[u->parent->index]));
    }

    /* The chosen reports, in load order. */
    for (size_t i = 0; i < n_reports; i++) {
        const congdoan_report *r = c->reports.items[i];
        const congdoan_unit *u = ru[i];
        if (!u || s->chosen[u->index] != r)
            continue;
        int32_t slot = t.slot[u->index];
        if (slot < 0 && leaf_add(s, r, row_kids(s, &t, t.slot[u->parent->index])))
            continue;
        if (s->failed)
            goto out;
        if (slot < 0 && (slot = add_node(s, &t, u)) < 0)
            goto out;
        node_report(s, r, row_own(s, &t, slot), row_sub(s, &t, slot));
    }
    if (s->failed)
        goto out;

    /* Close the nodes deepest first (a counting sort by depth), each into its parent's row. */
    size_t max_depth = 0;
    for (size_t k = 0; k < t.n_nodes; k++)
        if (t.depth[t.node[k]->index] > max_depth)
            max_depth = t.depth[t.node[k]->index];
    order = congdoan__malloc((t.n_nodes ? t.n_nodes : 1) * sizeof *order);
    count = congdoan__calloc(max_depth + 2, sizeof *count);
    if (!order || !count)
        goto out;
    for (size_t k = 0; k < t.n_nodes; k++)
        count[max_depth - t.depth[t.node[k]->index] + 1]++;
    for (size_t d = 1; d <= max_depth + 1; d++)
        count[d] += count[d - 1];
    for (size_t k = 0; k < t.n_nodes; k++)
        order[count[max_depth - t.depth[t.node[k]->index]]++] = k;
    for (size_t k = 0; k < t.n_nodes; k++)
        if ((rc = close_node(s, &t, (int32_t)order[k], top)) != 0)
            goto out;
    rc = 0;
out:
    congdoan__dealloc(order);
    congdoan__dealloc(count);
    congdoan__dealloc(t.depth);
    congdoan__dealloc(t.slot);
    congdoan__dealloc(t.child_pos);
    congdoan__dealloc(t.node);
    congdoan__dealloc(t.rows);
    congdoan__dealloc(ru);
    return rc;
}

static int complete(pass *s, const unsigned char *in_subtree, int at_ymd)
{
    congdoan_progress *p = s->p;
    const congdoan_document *d = s->doc;
    congdoan__vec list = {0};
    if (d->reporter_count) {
        for (size_t i = 0; i < d->reporter_count; i++) {
            const congdoan_unit *u = congdoan__unit_lookup(s->corpus, d->reporters[i]);
            if (u && u->kind == CONGDOAN_UNIT_ORGANISATION && in_subtree[u->index] && congdoan__vec_push(&list, (void *)u))
                goto nomem;
        }
    } else {
        const congdoan_unit *issuer = congdoan__unit_lookup(s->corpus, d->issuer_id);
        for (size_t i = 0; issuer && i < issuer->child_count; i++)
            if (in_subtree[issuer->children[i]->index] && congdoan__vec_push(&list, issuer->children[i]))
                goto nomem;
    }
    p->deadline = congdoan_document_deadline(d, p->period);
    p->expected = list.count ? congdoan__calloc(list.count, sizeof *p->expected) : NULL;
    if (list.count && !p->expected)
        goto nomem;
    p->n_expected = list.count;
    for (size_t i = 0; i < list.count; i++) {
        const congdoan_unit *u = list.items[i];
        const congdoan_report *r = s->chosen[u->index];
        expected *e = &p->expected[i];
        e->unit = u;
        e->submitted = r ? r->submitted : 0;
        if (!r)
            e->submission = CONGDOAN_SUBMISSION_MISSING;
        else if (!p->deadline || !r->submitted)
            e->submission = CONGDOAN_SUBMISSION_RECEIVED;
        else
            e->submission = r->submitted <= p->deadline ? CONGDOAN_SUBMISSION_ON_TIME : CONGDOAN_SUBMISSION_LATE;
    }
    (void)at_ymd;
    congdoan__vec_release(&list);
    return 0;
nomem:
    congdoan__vec_release(&list);
    return CONGDOAN_ENOMEM;
}

static void release_pass(pass *s)
{
    for (size_t k = 0; k < s->n_trans; k++)
        congdoan__dealloc(s->trans[k].to);
    congdoan__dealloc(s->share);
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
    congdoan__dealloc(p);
}

CONGDOAN_API int congdoan_progress_compute(const congdoan_corpus *corpus, const congdoan_document *doc,
                                           const congdoan_unit *unit, const char *period, int at_ymd,
                                           congdoan_progress **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus && doc && unit && period);
    if (doc->corpus != corpus || unit->corpus != corpus)
        return congdoan__error(CONGDOAN_EINVAL, "the document or unit belongs to another corpus");
    if (unit->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL, "'%s' is a department or body; progress is measured over organisations",
                               unit->id);
    int first, last;
    congdoan_period_kind kind;
    if (strlen(period) >= 16 || congdoan__period_parse(period, strlen(period), &kind, &first, &last) != 0 ||
        kind == CONGDOAN_PERIOD_DAY)
        return congdoan__error(CONGDOAN_EINVAL, "'%s' is not a period: expected YYYY, YYYY-H1, YYYY-Q1 … or YYYY-MM", period);

    size_t n_units = corpus->units.count, n = doc->indicator_count;
    congdoan_progress *p = congdoan__calloc(1, sizeof *p);
    pass s;
    memset(&s, 0, sizeof s);
    s.corpus = corpus, s.doc = doc, s.p = p, s.year = first / 10000;
    unsigned char *visited = congdoan__calloc(n_units ? n_units : 1, 1);
    s.chosen = congdoan__calloc(n_units ? n_units : 1, sizeof *s.chosen);
    if (!p || !visited || !s.chosen)
        goto nomem;
    p->document = doc;
    p->unit = unit;
    p->n_ind = n;
    memcpy(p->period, period, strlen(period) + 1);
    p->root = congdoan__calloc(n ? n : 1, sizeof *p->root);
    p->n_children = unit->child_count;
    p->children = congdoan__calloc(p->n_children ? p->n_children : 1, sizeof *p->children);
    p->child = congdoan__calloc(p->n_children && n ? p->n_children * n : 1, sizeof *p->child);
    s.share = congdoan__malloc((n ? n : 1) * sizeof *s.share);
    if (!p->root || !p->children || !p->child || !s.share)
        goto nomem;
    for (size_t i = 0; i < n; i++)
        if (doc->indicators[i]->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS && doc->indicators[i]->condition_grade)
            s.share[s.n_share++] = i;
    for (size_t c = 0; c < p->n_children; c++)
        p->children[c] = unit->children[c];

    s.at = at_ymd;
    int rc = stream_compute(&s, unit, visited);
    if (rc == 0 && s.failed)
        rc = CONGDOAN_ENOMEM;
    if (rc == 0)
        rc = complete(&s, visited, at_ymd);
    if (rc != 0)
        goto nomem;
    congdoan__dealloc(visited);
    congdoan__dealloc(s.chosen);
    release_pass(&s);
    *out = p;
    return CONGDOAN_OK;
nomem:
    congdoan__dealloc(visited);
    congdoan__dealloc(s.chosen);
    release_pass(&s);
    congdoan_progress_free(p);
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory evaluating document '%s'", doc->id);
}

/* ---- accessors ------------------------------------------------------------------------------- */

static const acc *root_acc(const congdoan_progress *p, size_t i)
{
    return p && i < p->n_ind ? &p->root[i] : NULL;
}

CONGDOAN_API const congdoan_unit *congdoan_progress_unit(const congdoan_progress *p) { return p ? p->unit : NULL; }
CONGDOAN_API const congdoan_document *congdoan_progress_document(const congdoan_progress *p) { return p ? p->document : NULL; }
CONGDOAN_API const char *congdoan_progress_period(const congdoan_progress *p) { return p ? p->period : NULL; }
CONGDOAN_API size_t congdoan_progress_indicator_count(const congdoan_progress *p) { return p ? p->n_ind : 0; }

CONGDOAN_API const congdoan_indicator *congdoan_progress_indicator(const congdoan_progress *p, size_t i)
{
    return p && i < p->n_ind ? p->document->indicators[i] : NULL;
}

CONGDOAN_API congdoan_eval_status congdoan_progress_status(const congdoan_progress *p, size_t i)
{
    const acc *a = root_acc(p, i);
    return a ? status_of(p->document->indicators[i], a) : CONGDOAN_EVAL_NO_DATA;
}

CONGDOAN_API int congdoan_progress_actual(const congdoan_progress *p, size_t i, double *out)
{
    const acc *a = root_acc(p, i);
    double v = 0;
    int ok = a && figure(p->document->indicators[i], a, &v);
    if (out)
        *out = ok ? v : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_progress_fraction(const congdoan_progress *p, size_t i, double *numerator, double *denominator)
{
    const acc *a = root_acc(p, i);
    int ok = a && a->has && is_fraction_measure(p->document->indicators[i]->measure);
    if (numerator)
        *numerator = ok ? a->num : 0.0;
    if (denominator)
        *denominator = ok ? a->den : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_progress_ratio(const congdoan_progress *p, size_t i, double *out)
{
    double v;
    int rc = congdoan_progress_actual(p, i, &v);
    if (out)
        *out = rc == 0 ? ratio_of(p->document->indicators[i], v) : 0.0;
    return rc;
}

CONGDOAN_API congdoan_value_source congdoan_progress_source(const congdoan_progress *p, size_t i)
{
    const acc *a = root_acc(p, i);
    return a && (a->has || a->has_plain) ? (congdoan_value_source)a->source : CONGDOAN_SOURCE_NONE;
}

CONGDOAN_API size_t congdoan_progress_contributors(const congdoan_progress *p, size_t i)
{
    const acc *a = root_acc(p, i);
    return a ? a->contributors : 0;
}

CONGDOAN_API size_t congdoan_progress_unaggregated(const congdoan_progress *p, size_t i)
{
    const acc *a = root_acc(p, i);
    return a ? a->unaggregated : 0;
}

CONGDOAN_API size_t congdoan_progress_child_count(const congdoan_progress *p) { return p ? p->n_children : 0; }

CONGDOAN_API const congdoan_unit *congdoan_progress_child(const congdoan_progress *p, size_t c)
{
    return p && c < p->n_children ? p->children[c] : NULL;
}

static const acc *child_acc(const congdoan_progress *p, size_t c, size_t i)
{
    return p && c < p->n_children && i < p->n_ind ? &p->child[c * p->n_ind + i] : NULL;
}

CONGDOAN_API congdoan_eval_status congdoan_progress_child_status(const congdoan_progress *p, size_t c, size_t i)
{
    const acc *a = child_acc(p, c, i);
    return a ? status_of(p->document->indicators[i], a) : CONGDOAN_EVAL_NO_DATA;
}

CONGDOAN_API int congdoan_progress_child_actual(const congdoan_progress *p, size_t c, size_t i, double *out)
{
    const acc *a = child_acc(p, c, i);
    double v = 0;
    int ok = a && figure(p->document->indicators[i], a, &v);
    if (out)
        *out = ok ? v : 0.0;
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API size_t congdoan_progress_finding_count(const congdoan_progress *p) { return p ? p->n_findings : 0; }

CONGDOAN_API const congdoan_unit *congdoan_progress_finding_unit(const congdoan_progress *p, size_t k)
{
    return p && k < p->n_findings ? p->findings[k].unit : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_progress_finding_indicator(const congdoan_progress *p, size_t k)
{
    return p && k < p->n_findings ? p->document->indicators[p->findings[k].indicator] : NULL;
}

CONGDOAN_API int congdoan_progress_finding_values(const congdoan_progress *p, size_t k, double *reported, double *computed)
{
    if (!p || k >= p->n_findings)
        return congdoan__error(CONGDOAN_EINVAL, "finding index out of range");
    if (reported)
        *reported = p->findings[k].reported;
    if (computed)
        *computed = p->findings[k].computed;
    return CONGDOAN_OK;
}

CONGDOAN_API size_t congdoan_progress_expected_count(const congdoan_progress *p) { return p ? p->n_expected : 0; }

CONGDOAN_API const congdoan_unit *congdoan_progress_expected_unit(const congdoan_progress *p, size_t k)
{
    return p && k < p->n_expected ? p->expected[k].unit : NULL;
}

CONGDOAN_API congdoan_submission congdoan_progress_expected_submission(const congdoan_progress *p, size_t k)
{
    return p && k < p->n_expected ? p->expected[k].submission : CONGDOAN_SUBMISSION_MISSING;
}

CONGDOAN_API int congdoan_progress_expected_submitted(const congdoan_progress *p, size_t k)
{
    return p && k < p->n_expected ? p->expected[k].submitted : 0;
}

CONGDOAN_API int congdoan_progress_deadline(const congdoan_progress *p) { return p ? p->deadline : 0; }

CONGDOAN_API const char *congdoan_eval_status_name(congdoan_eval_status status)
{
    static const char *const names[] = {"no-data", "achieved", "not-achieved", "not-aggregable"};
    return (unsigned)status < 4 ? names[status] : NULL;
}

CONGDOAN_API const char *congdoan_submission_name(congdoan_submission submission)
{
    static const char *const names[] = {"missing", "on-time", "late", "received"};
    return (unsigned)submission < 4 ? names[submission] : NULL;
}
