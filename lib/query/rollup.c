/*
 * The roll-up behind congdoan_progress_compute(): one document's indicators summed over one
 * unit's subtree for one period.
 *
 * Units, reports and values are read in load order, the order they lie in memory, rather than by
 * walking the tree: a national roll-up (150,000 units, 3,000,000 values) is bound by memory
 * traffic, and a walk of the tree turns it into memory latency. Only some units get a row of
 * accumulators (a "node"): the top unit, units with children, the top's children (for the
 * breakdown), and units whose report needs the general rules (subtree totals, bare
 * percentages). Every other unit of the subtree is a leaf whose figures go straight into its
 * parent's row. Nodes are closed deepest first, each folded into its parent's row.
 *
 * A row holds three accumulators per indicator: the unit's own figures, what its children add,
 * and the subtree totals it reported itself. Own and children's figures are kept apart because
 * children may arrive before the unit's own report (the first value of an indicator in a
 * report is the one that counts), and are merged when the node is closed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

typedef congdoan__acc acc;

/* Unit and report records, and report values, lie in load order in the corpus's records
 * arena (see congdoan__staging), which is the order the roll-up reads them in. The hardware
 * prefetcher alone keeps too few lines in flight for a loop that does this much per value:
 * asking for the records a few ahead, and for the values 2 KiB ahead of the one being added,
 * brought the national roll-up from about 3.3x to 2.9x the flat pass (medians of six runs each,
 * tests/bench/README.md). */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
enum { AHEAD_RECORD = 8, AHEAD_UNIT = 16, AHEAD_BYTES = 2048 };

static void prefetch_reports(const congdoan__vec *reports, size_t i)
{
    if (i + AHEAD_RECORD < reports->count)
        PREFETCH(reports->items[i + AHEAD_RECORD]);
}

/* How a report value is taken, by its indicator's measure. A value's indicator id translates
 * to `position << 2 | how`; HOW_SKIP (0) for ids that are not indicators of the document. */
enum { HOW_SKIP = 0, HOW_COUNT = 1, HOW_FRACTION = 2, HOW_SHARE = 3 };
/* At most this many indicators for the leaf path (a stack list of the values to add); longer
 * documents take the general path for every report, with the same results. */
enum { LEAF_MAX = 256 };
/* A unit's slot: NO_ROW outside the subtree, else its row or, for a leaf, its parent's row
 * encoded by LEAF() (read back by the same), so that a leaf's report is added without reading
 * its unit. */
enum { NO_ROW = CONGDOAN__OUTSIDE };
#define LEAF(row) (-2 - (row))

_Static_assert(offsetof(congdoan__value, numerator) == offsetof(congdoan__value, value) + sizeof(double) &&
                   offsetof(congdoan__value, denominator) == offsetof(congdoan__value, value) + 2 * sizeof(double),
               "leaf_add_simple() picks a value's figures by index");

typedef struct leafsum {
    double num, den;
} leafsum;

typedef struct pass {
    const congdoan_corpus *corpus;
    const congdoan_document *doc;
    congdoan_progress *p;
    size_t n;                       /* the document's indicators */
    int year, at;
    uint32_t *chosen;               /* by unit index: 1 + the index of the report used, or 0 */
    int32_t *slot;                  /* by unit index: its row (>= 0), or for a leaf of the subtree
                                     * LEAF(the parent's row) (<= -2), or NO_ROW outside */
    const congdoan_unit **node;     /* by row: the unit */
    uint32_t *node_depth;           /* by row: the depth below the top */
    int32_t *child_pos;             /* by row: position among the top's children, or -1 */
    size_t n_nodes, cap_nodes;
    acc *rows;                      /* row_size() per row: see there */
    leafsum *leaf;                  /* leaf_size() per row: see there */
    uint32_t *leaf_count;
    size_t next_child;              /* where to look first for the next child of the top */
    /* Report values name their indicator by an index into their load's id table: translated
     * once per table. A handful of tables at most: one per file loaded. */
    struct trans {
        const congdoan__idtab *tab;
        uint32_t *to;               /* by entry: position << 2 | how, or HOW_SKIP */
        uint32_t *target;           /* by entry: the position the leaf path adds to (n: the
                                     * spare accumulator, for entries it passes by) */
        unsigned char *fraction;    /* by entry: a fraction measure */
        uint64_t fraction_ids, count_ids; /* entries below 64 by measure */
    } trans[16];
    size_t n_trans, next_trans;
    uint32_t *seen, stamp;          /* by position: the leaf report that last took a value */
    struct share {                  /* the share-of-units indicators */
        size_t position;
        congdoan_level level;
        int sectors;
        congdoan_grade condition;
    } *share;
    size_t n_share;
    const char *period_seen;        /* a report period string found equal to the period */
    int failed;                     /* out of memory in a helper that cannot return it */
} pass;

static unsigned how_of(const congdoan_indicator *x)
{
    switch (x->measure) {
    case CONGDOAN_MEASURE_COUNT: return HOW_COUNT;
    case CONGDOAN_MEASURE_SHARE_OF_UNITS: return HOW_SHARE;
    default: return HOW_FRACTION;
    }
}

/* The translation of a report's id table, made on first use; NULL when out of memory. */
static const struct trans *translation(pass *s, const congdoan__idtab *tab)
{
    for (size_t k = 0; k < s->n_trans; k++)
        if (s->trans[k].tab == tab)
            return &s->trans[k];
    size_t count = tab->count ? tab->count : 1;
    uint32_t *block = congdoan__malloc(count * (2 * sizeof *block + 1));
    if (!block) {
        s->failed = 1;
        return NULL;
    }
    /* more tables than slots (many small files): the slots are reused in turn */
    size_t k = s->n_trans < 16 ? s->n_trans++ : s->next_trans++ % 16;
    struct trans *t = &s->trans[k];
    congdoan__dealloc(t->to);
    *t = (struct trans){tab, block, block + count, (unsigned char *)(block + 2 * count), 0, 0};
    for (size_t j = 0; j < tab->count; j++) {
        size_t i = 0;
        while (i < s->n && !(s->doc->indicators[i]->id && strcmp(s->doc->indicators[i]->id, tab->items[j]) == 0))
            i++;
        unsigned how = i < s->n ? how_of(s->doc->indicators[i]) : HOW_SKIP;
        t->to[j] = how == HOW_SKIP ? HOW_SKIP : (uint32_t)i << 2 | how;
        t->target[j] = how == HOW_COUNT || how == HOW_FRACTION ? (uint32_t)i : (uint32_t)s->n;
        t->fraction[j] = how == HOW_FRACTION;
        if (j < 64 && how == HOW_FRACTION)
            t->fraction_ids |= (uint64_t)1 << j;
        if (j < 64 && how == HOW_COUNT)
            t->count_ids |= (uint64_t)1 << j;
    }
    return t;
}

static void add_fraction(acc *a, double num, double den)
{
    a->num += num;
    a->den += den;
    a->has = 1;
}

/* A row: the unit's own figures, what its children add, its reported subtree totals (n each). */
static size_t row_size(const pass *s) { return 3 * s->n; }
static acc *row_own(const pass *s, int32_t slot) { return &s->rows[(size_t)slot * row_size(s)]; }
static acc *row_kids(const pass *s, int32_t slot) { return row_own(s, slot) + s->n; }
static acc *row_sub(const pass *s, int32_t slot) { return row_own(s, slot) + 2 * s->n; }

/* What a node's leaves add: sums and counts in a dense table of their own rather than in the
 * rows, so that it stays in the cache (leaves come in load order, their parents in any order),
 * with a spare entry (position n) the leaf path adds what it passes by into, to need no branch.
 * Flushed into the children row when the node is closed. */
static size_t leaf_size(const pass *s) { return s->n + 1; }
static leafsum *leaf_sums(const pass *s, int32_t slot) { return &s->leaf[(size_t)slot * leaf_size(s)]; }
static uint32_t *leaf_counts(const pass *s, int32_t slot) { return &s->leaf_count[(size_t)slot * leaf_size(s)]; }

/* ---- units ------------------------------------------------------------------------------------ */

/* A row for `u`, the unit at `at` in corpus->units (the callers know it: the record is not read). */
static int32_t add_node(pass *s, const congdoan_unit *u, size_t at, uint32_t depth)
{
    size_t n = row_size(s) ? row_size(s) : 1;
    if (s->n_nodes == s->cap_nodes) {
        size_t cap = s->cap_nodes ? s->cap_nodes * 2 : 64;
        acc *rows = congdoan__realloc(s->rows, cap * n * sizeof *rows);
        if (!rows)
            return -1;
        s->rows = rows;
        const congdoan_unit **node = congdoan__realloc(s->node, cap * sizeof *node);
        if (!node)
            return -1;
        s->node = node;
        int32_t *pos = congdoan__realloc(s->child_pos, cap * sizeof *pos);
        if (!pos)
            return -1;
        s->child_pos = pos;
        uint32_t *depths = congdoan__realloc(s->node_depth, cap * sizeof *depths);
        if (!depths)
            return -1;
        s->node_depth = depths;
        leafsum *leaf = congdoan__realloc(s->leaf, cap * leaf_size(s) * sizeof *leaf);
        if (!leaf)
            return -1;
        s->leaf = leaf;
        uint32_t *count = congdoan__realloc(s->leaf_count, cap * leaf_size(s) * sizeof *count);
        if (!count)
            return -1;
        s->leaf_count = count;
        s->cap_nodes = cap;
    }
    memset(&s->rows[s->n_nodes * n], 0, n * sizeof *s->rows);
    memset(&s->leaf[s->n_nodes * leaf_size(s)], 0, leaf_size(s) * sizeof *s->leaf);
    memset(&s->leaf_count[s->n_nodes * leaf_size(s)], 0, leaf_size(s) * sizeof *s->leaf_count);
    s->node[s->n_nodes] = u;
    s->child_pos[s->n_nodes] = -1;
    s->node_depth[s->n_nodes] = depth;
    s->slot[at] = (int32_t)s->n_nodes;
    return (int32_t)s->n_nodes++;
}

/* The position of `u` among the top's children. They are visited in load order, the order the
 * children are usually kept in, so the next place is tried first. */
static int32_t top_child_position(pass *s, const congdoan_unit *u)
{
    const congdoan_unit *top = s->p->unit;
    size_t k = s->next_child < top->child_count && top->children[s->next_child] == u ? s->next_child : 0;
    while (k < top->child_count && top->children[k] != u)
        k++;
    s->next_child = k + 1;
    return k < top->child_count ? (int32_t)k : -1;
}

/* A row for the units that need one: the top, units with children, the top's children. */
static int place_unit(pass *s, const congdoan_unit *u, size_t at, uint32_t depth)
{
    if (depth != 0 && depth != 1 && !u->child_count)
        return 0;
    int32_t row = add_node(s, u, at, depth);
    if (row < 0)
        return CONGDOAN_ENOMEM;
    if (depth == 1)
        s->child_pos[row] = top_child_position(s, u);
    return 0;
}

/* A unit's contribution to share-of-units indicators from its own data: into its own row, or
 * into its parent's leaf sums for a leaf. */
static void take_unit_data(pass *s, const congdoan_unit *u, size_t at)
{
    int32_t own = s->slot[at];
    congdoan_grade g = CONGDOAN_GRADE_NONE;
    int looked = 0;
    for (size_t k = 0; k < s->n_share; k++) {
        const struct share *x = &s->share[k];
        if (x->level && u->level != x->level)
            continue;
        if (x->sectors && !(u->sector && (x->sectors & (1 << u->sector))))
            continue;
        if (!looked) {
            for (size_t c = 0; c < u->classification_count; c++)
                if (u->classifications[c].year == s->year)
                    g = u->classifications[c].grade;
            looked = 1;
        }
        if (!g)
            continue; /* no classification for the year: no data, not a failure */
        double met = g >= x->condition ? 1.0 : 0.0;
        size_t i = x->position;
        if (own >= 0) {
            acc *a = &row_own(s, own)[i];
            add_fraction(a, met, 1.0);
            a->contributors++;
            a->source = CONGDOAN_SOURCE_UNIT_DATA;
        } else {
            leaf_sums(s, LEAF(own))[i].num += met;
            leaf_sums(s, LEAF(own))[i].den += 1.0;
            leaf_counts(s, LEAF(own))[i]++;
        }
    }
}

/* Units too are read in load order from their records (see prefetch_reports). */
static void prefetch_units(const congdoan__vec *units, size_t i)
{
    if (i + AHEAD_UNIT < units->count)
        PREFETCH(units->items[i + AHEAD_UNIT]);
}

/* The subtree, in one pass in load order when every parent comes before its children (the
 * corpus counts the exceptions): each unit's membership and depth follow from its parent's,
 * and its row and own data are placed at once, its parent's row being made already. */
static int units_in_order(pass *s, const congdoan_unit *top)
{
    const congdoan__vec *units = &s->corpus->units;
    for (size_t i = top->index; i < units->count; i++) {
        const congdoan_unit *u = units->items[i];
        prefetch_units(units, i);
        if (u->kind != CONGDOAN_UNIT_ORGANISATION)
            continue;
        uint32_t depth = 0;
        int32_t parent = NO_ROW;
        if (u != top) {
            /* a parent inside the subtree has a row, having a child */
            if (!u->parent || (parent = s->slot[u->parent->index]) < 0)
                continue;
            depth = s->node_depth[parent] + 1;
        }
        if (place_unit(s, u, i, depth) != 0)
            return CONGDOAN_ENOMEM;
        if (s->slot[i] == NO_ROW)
            s->slot[i] = LEAF(parent);
        if (s->n_share)
            take_unit_data(s, u, i);
    }
    return 0;
}

/* Otherwise membership and depth by a walk of the tree (which also copes with cycles), then the
 * rows and the units' data in two passes in load order, as above. */
static int units_by_walk(pass *s, const congdoan_unit *top)
{
    typedef struct item {
        const congdoan_unit *u;
        size_t next;
    } item;
    const congdoan__vec *units = &s->corpus->units;
    size_t cap = 16, len = 1;
    uint32_t *depth = congdoan__calloc(units->count, sizeof *depth); /* 1 + depth, 0: not met */
    item *stack = congdoan__malloc(cap * sizeof *stack);
    int rc = CONGDOAN_ENOMEM;
    if (!depth || !stack)
        goto out;
    stack[0] = (item){top, 0};
    depth[top->index] = 1;
    while (len) {
        item *it = &stack[len - 1];
        if (it->next >= it->u->child_count) {
            len--;
            continue;
        }
        const congdoan_unit *c = it->u->children[it->next++];
        if (depth[c->index])
            continue;
        if (len == cap) {
            item *g = congdoan__realloc(stack, cap * 2 * sizeof *g);
            if (!g)
                goto out;
            stack = g, cap *= 2;
        }
        depth[c->index] = (uint32_t)len + 1;
        stack[len++] = (item){c, 0};
    }
    for (size_t i = 0; i < units->count; i++)
        if (depth[i] && place_unit(s, units->items[i], i, depth[i] - 1) != 0)
            goto out;
    for (size_t i = 0; i < units->count; i++) {
        const congdoan_unit *u = units->items[i];
        if (!depth[i])
            continue;
        if (s->slot[i] == NO_ROW)
            s->slot[i] = LEAF(s->slot[u->parent->index]);
        if (s->n_share)
            take_unit_data(s, u, i);
    }
    rc = 0;
out:
    congdoan__dealloc(depth);
    congdoan__dealloc(stack);
    return rc;
}

/* ---- reports ---------------------------------------------------------------------------------- */

/* Is `r` a better pick than `cur` for its unit: the latest submitted, then the last loaded. */
static int later(const pass *s, const congdoan_report *r, uint32_t cur)
{
    return !cur || r->submitted >= ((const congdoan_report *)s->corpus->reports.items[cur - 1])->submitted;
}

/* 1 + the index of the organisation a report is from: resolved when it was loaded, looked up
 * when its unit came later; 0 for none. */
static size_t report_pos(const congdoan_corpus *c, const congdoan_report *r)
{
    return r->unit_pos ? r->unit_pos : congdoan__org_pos(c, r->unit_id);
}

/* Does `r` count for this roll-up: against this document, for this period, received by the
 * reference date, from an organisation of the subtree? 1 + its unit's index, or 0. */
static size_t report_counts(pass *s, const congdoan_report *r)
{
    const char *doc_id = s->doc->id;
    /* The loader interns strings: a load's reports share one period string, so the last one
     * found equal is tried first by address. */
    if (r->period != s->period_seen) {
        if (!r->period || strcmp(r->period, s->p->period) != 0)
            return 0;
        s->period_seen = r->period;
    }
    if (!r->document_id || (r->document_id != doc_id && strcmp(r->document_id, doc_id) != 0))
        return 0;
    if (s->at && r->submitted && r->submitted > s->at)
        return 0;
    size_t pos = report_pos(s->corpus, r);
    return pos && s->slot[pos - 1] != NO_ROW ? pos : 0;
}

/* The report used for each unit of the subtree: the latest submitted when there are several. */
static void choose_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    for (size_t i = 0; i < reports->count; i++) {
        const congdoan_report *r = reports->items[i];
        if (i + AHEAD_RECORD < reports->count)
            PREFETCH(reports->items[i + AHEAD_RECORD]);
        size_t pos = report_counts(s, r);
        if (pos && later(s, r, s->chosen[pos - 1]))
            s->chosen[pos - 1] = (uint32_t)i + 1;
    }
}

/* The general rules for a node's report: its own values into `a`, its subtree totals into `sub`;
 * the first value of an indicator given twice is the one that counts. A bare percentage of the
 * unit's own cannot be added up the tree: it is counted as unaggregated. */
static void node_report(pass *s, const congdoan_report *r, acc *a, acc *sub)
{
    const struct trans *tr = r->value_count ? translation(s, r->ids) : NULL;
    const uint32_t *to = tr ? tr->to : NULL;
    for (size_t k = 0; to && k < r->value_count; k++) {
        const congdoan__value *v = &r->values[k];
        uint32_t e = to[v->indicator], how = e & 3, i = e >> 2;
        if (how == HOW_SKIP || how == HOW_SHARE)
            continue; /* not an indicator of the document (congdoan_corpus_check says so), or one
                       * computed from the units' own data */
        acc *t = v->coverage == CONGDOAN_COVERAGE_SUBTREE ? &sub[i] : &a[i];
        if (t->has || t->has_plain)
            continue;
        if (how == HOW_COUNT) {
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
    for (size_t i = 0; i < s->n; i++)
        if (a[i].has_plain && !a[i].has)
            a[i].has_plain = 0, a[i].unaggregated = 1, a[i].contributors = 0;
}

/* What the leaf path does with one value, by its indicator's `how`, its flags and its coverage:
 * TAKE_COUNT and TAKE_FRACTION add it (unless its indicator was given earlier in the report: the
 * first counts), BAIL hands the whole report to the general rules (a subtree total, a
 * percentage without its fraction), 0 passes it by (not an indicator of the document, a share
 * of units, a count given only as a fraction). */
enum { TAKE_COUNT = 1, TAKE_FRACTION = 2, BAIL = 4 };

static unsigned char leaf_verdict(unsigned how, unsigned flags, unsigned coverage)
{
    if (how == HOW_SKIP)
        return 0;
    if (coverage == CONGDOAN_COVERAGE_SUBTREE)
        return BAIL;
    if (how == HOW_SHARE)
        return 0;
    if (how == HOW_FRACTION)
        return flags & CONGDOAN__VALUE_FRACTION ? TAKE_FRACTION : BAIL;
    return flags & CONGDOAN__VALUE_PLAIN ? TAKE_COUNT : 0;
}

/* The usual leaf report, added with no branch per value: the summary made when it was loaded
 * shows that every value is the unit's own, none is given twice, and each has the figure its
 * indicator's measure needs. 0 when that is not so. */
static int leaf_add_simple(const congdoan_report *r, const struct trans *tr, leafsum *sums, uint32_t *counts)
{
    if (!r->simple || (r->without_fraction & tr->fraction_ids) || (r->without_plain & tr->count_ids))
        return 0;
    const congdoan__value *v = r->values, *end = v + r->value_count;
    for (; v < end; v++) {
        /* an address, not a pointer into the array (which may end sooner): a hint never faults */
        PREFETCH((const void *)((uintptr_t)v + AHEAD_BYTES));
        uint32_t i = tr->target[v->indicator], fraction = tr->fraction[v->indicator];
        /* value, numerator, denominator are consecutive: [fraction] picks the figure to add,
         * and a denominator times 0 adds nothing (figures are finite: the loader and the
         * setters refuse anything else) */
        const double *figures = &v->value;
        sums[i].num += figures[fraction];
        sums[i].den += figures[2] * fraction;
        counts[i]++;
    }
    return 1;
}

/* A leaf's report added straight into its parent's children row, with the same result as the
 * general rules give followed by a fold. 0 (nothing added) when it needs the general rules. One
 * read of the values: the ones to add are listed first, and added only when none bails. */
static int leaf_add(pass *s, const congdoan_report *r, int32_t row)
{
    if (!r->value_count)
        return 1;
    const struct trans *tr = translation(s, r->ids);
    if (!tr)
        return 0;
    leafsum *sums = leaf_sums(s, row);
    uint32_t *counts = leaf_counts(s, row);
    if (leaf_add_simple(r, tr, sums, counts))
        return 1;
    if (s->n > LEAF_MAX)
        return 0;
    const uint32_t *to = tr->to;
    struct take {
        const congdoan__value *v;
        uint32_t i, verdict;
    } take[LEAF_MAX];
    if (++s->stamp == 0) {
        memset(s->seen, 0, s->n * sizeof *s->seen);
        s->stamp = 1;
    }
    const uint32_t stamp = s->stamp;
    uint32_t *seen = s->seen;
    size_t m = 0;
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value *v = &r->values[k];
        uint32_t e = to[v->indicator], i = e >> 2;
        unsigned verdict = leaf_verdict(e & 3, v->flags, v->coverage);
        if (!(verdict & 3)) {
            if (verdict)
                return 0;
            continue;
        }
        if (seen[i] == stamp)
            continue;
        seen[i] = stamp;
        take[m++] = (struct take){v, i, verdict};
    }
    for (size_t j = 0; j < m; j++) {
        const congdoan__value *v = take[j].v;
        uint32_t i = take[j].i;
        if (take[j].verdict == TAKE_FRACTION) {
            sums[i].num += v->numerator;
            sums[i].den += v->denominator;
        } else {
            sums[i].num += v->value;
        }
        counts[i]++;
    }
    return 1;
}

/* A chosen report, of the unit at `at`: a leaf's into its parent's row when the simple rules
 * allow, otherwise into a row of its own. */
static int add_report(pass *s, const congdoan_report *r, size_t at)
{
    int32_t slot = s->slot[at];
    if (slot < 0 && leaf_add(s, r, LEAF(slot)))
        return 0;
    if (s->failed)
        return CONGDOAN_ENOMEM;
    if (slot < 0 && (slot = add_node(s, s->corpus->units.items[at], at, s->node_depth[LEAF(slot)] + 1)) < 0)
        return CONGDOAN_ENOMEM;
    node_report(s, r, row_own(s, slot), row_sub(s, slot));
    return s->failed ? CONGDOAN_ENOMEM : 0;
}

/* The chosen reports, in load order. */
static int add_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    for (size_t i = 0; i < reports->count; i++) {
        const congdoan_report *r = reports->items[i];
        prefetch_reports(reports, i);
        size_t pos = r->value_count ? report_pos(s->corpus, r) : 0;
        int rc = pos && s->chosen[pos - 1] == i + 1 ? add_report(s, r, pos - 1) : 0; /* chosen[]: the subtree's */
        if (rc)
            return rc;
    }
    return 0;
}

/* Undo what the reports added (the units' own data stay: they are at the share-of-units
 * positions, which reports never touch), and the rows made for them. */
static void forget_reports(pass *s, size_t n_nodes)
{
    for (size_t k = n_nodes; k < s->n_nodes; k++)
        s->slot[s->node[k]->index] = LEAF(s->slot[s->node[k]->parent->index]);
    s->n_nodes = n_nodes;
    for (size_t k = 0; k < n_nodes; k++) {
        acc *own = row_own(s, (int32_t)k), *kids = row_kids(s, (int32_t)k), *sub = row_sub(s, (int32_t)k);
        leafsum *sums = leaf_sums(s, (int32_t)k);
        uint32_t *counts = leaf_counts(s, (int32_t)k);
        for (size_t i = 0; i <= s->n; i++) {
            if (i < s->n && how_of(s->doc->indicators[i]) == HOW_SHARE)
                continue;
            if (i < s->n)
                own[i] = kids[i] = sub[i] = (acc){0};
            sums[i] = (leafsum){0, 0};
            counts[i] = 0;
        }
    }
    memset(s->chosen, 0, s->corpus->units.count * sizeof *s->chosen);
}

/* The reports in one pass: each that counts is chosen for its unit and added at once. A unit
 * with a second report that counts (a resubmission) needs the choice made before anything is
 * added: then the pass is undone and made again in two (choose_reports, add_reports). */
static int take_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    size_t n_nodes = s->n_nodes;
    for (size_t i = 0; i < reports->count; i++) {
        const congdoan_report *r = reports->items[i];
        prefetch_reports(reports, i);
        size_t pos = report_counts(s, r);
        if (!pos)
            continue;
        if (s->chosen[pos - 1]) {
            forget_reports(s, n_nodes);
            choose_reports(s);
            return add_reports(s);
        }
        s->chosen[pos - 1] = (uint32_t)i + 1;
        int rc = r->value_count ? add_report(s, r, pos - 1) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

/* ---- closing the nodes ------------------------------------------------------------------------ */

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

static int add_finding(congdoan_progress *p, const congdoan_unit *u, size_t i, double reported, double computed)
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

/* Close a node: its total is the subtree total it reported where it gave one (the difference to
 * the computed sum becomes a finding), else its own figures and its children's. */
static int close_node(pass *s, int32_t slot)
{
    congdoan_progress *p = s->p;
    size_t n = s->n;
    const congdoan_unit *u = s->node[slot];
    acc *a = row_own(s, slot), *kids = row_kids(s, slot), *sub = row_sub(s, slot);
    flush_leaves(s, slot, kids);
    for (size_t i = 0; i < n; i++) {
        merge(&a[i], &kids[i]);
        if (!(sub[i].has || sub[i].has_plain))
            continue;
        const congdoan_indicator *x = s->doc->indicators[i];
        double reported, computed;
        if (congdoan__acc_figure(x, &a[i], &computed) && congdoan__acc_figure(x, &sub[i], &reported) &&
            fabs(reported - computed) > 1e-9 && add_finding(p, u, i, reported, computed) != 0)
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
    acc *parent = row_kids(s, s->slot[u->parent->index]);
    for (size_t i = 0; i < n; i++)
        fold(s->doc->indicators[i], &parent[i], &a[i]);
    return 0;
}

/* Close the nodes deepest first (a counting sort by depth), each into its parent's row. */
static int close_nodes(pass *s)
{
    size_t max_depth = 0;
    for (size_t k = 0; k < s->n_nodes; k++)
        if (s->node_depth[k] > max_depth)
            max_depth = s->node_depth[k];
    size_t *order = congdoan__malloc((s->n_nodes ? s->n_nodes : 1) * sizeof *order);
    size_t *count = congdoan__calloc(max_depth + 2, sizeof *count);
    int rc = CONGDOAN_ENOMEM;
    if (!order || !count)
        goto out;
    for (size_t k = 0; k < s->n_nodes; k++)
        count[max_depth - s->node_depth[k] + 1]++;
    for (size_t d = 1; d <= max_depth + 1; d++)
        count[d] += count[d - 1];
    for (size_t k = 0; k < s->n_nodes; k++)
        order[count[max_depth - s->node_depth[k]]++] = k;
    rc = 0;
    for (size_t k = 0; k < s->n_nodes && rc == 0; k++)
        rc = close_node(s, (int32_t)order[k]);
out:
    congdoan__dealloc(order);
    congdoan__dealloc(count);
    return rc;
}

/* ---- the whole ------------------------------------------------------------------------------- */

void congdoan__subtree_release(congdoan__subtree *t)
{
    congdoan__dealloc(t->slot);
    congdoan__dealloc(t->chosen);
    t->slot = NULL;
    t->chosen = NULL;
}

int congdoan__rollup(congdoan_progress *p, const congdoan_corpus *c, int at_ymd, congdoan__subtree *out)
{
    const congdoan_document *doc = p->document;
    size_t n_units = c->units.count ? c->units.count : 1;
    int first, last;
    congdoan_period_kind kind;
    pass s;
    memset(&s, 0, sizeof s);
    s.corpus = c, s.doc = doc, s.p = p, s.n = p->n_ind, s.at = at_ymd;
    s.year = congdoan__period_parse(p->period, strlen(p->period), &kind, &first, &last) == 0 ? first / 10000 : 0;
    s.slot = out->slot = congdoan__malloc(n_units * sizeof *s.slot);
    s.chosen = out->chosen = congdoan__calloc(n_units, sizeof *s.chosen);
    s.seen = congdoan__calloc(s.n ? s.n : 1, sizeof *s.seen);
    s.share = congdoan__malloc((s.n ? s.n : 1) * sizeof *s.share);
    int rc = CONGDOAN_ENOMEM;
    if (!s.slot || !s.chosen || !s.seen || !s.share)
        goto out;
    memset(s.slot, 0xff, n_units * sizeof *s.slot); /* -1 everywhere: NO_ROW */
    for (size_t i = 0; i < s.n; i++) {
        const congdoan_indicator *x = doc->indicators[i];
        if (x->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS && x->condition_grade)
            s.share[s.n_share++] = (struct share){i, x->scope_level, x->scope_sectors, x->condition_grade};
    }

    if ((rc = c->late_parents ? units_by_walk(&s, p->unit) : units_in_order(&s, p->unit)) != 0)
        goto out;
    if ((rc = take_reports(&s)) != 0)
        goto out;
    rc = close_nodes(&s);
out:
    for (size_t k = 0; k < s.n_trans; k++)
        congdoan__dealloc(s.trans[k].to);
    congdoan__dealloc(s.seen);
    congdoan__dealloc(s.share);
    congdoan__dealloc(s.node);
    congdoan__dealloc(s.node_depth);
    congdoan__dealloc(s.child_pos);
    congdoan__dealloc(s.rows);
    congdoan__dealloc(s.leaf);
    congdoan__dealloc(s.leaf_count);
    return rc;
}
