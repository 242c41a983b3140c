/*
 * The roll-up behind congdoan_progress_compute(): one document's indicators summed over one
 * unit's subtree for one period. Which units the subtree holds is found by subtree.c; this file
 * adds their reports, and rollup-close.c closes the rows.
 *
 * For a large subtree, units and reports are read in load order, the order they lie in memory,
 * rather than by walking the tree: a national roll-up (150,000 units, 3,000,000 values) is bound
 * by memory traffic, and a walk of the tree turns it into memory latency. A small subtree is
 * walked, and each unit's reports come from its own list: it costs what it holds. Only some
 * units get a row of accumulators (a "node"): the top unit, units with children, the top's
 * children (for the breakdown), and units whose report needs the general rules (subtree
 * totals, bare percentages). Every other unit of the subtree is a leaf whose figures go
 * straight into its parent's row. Nodes are closed deepest first, each folded into its
 * parent's row.
 *
 * A row holds three accumulators per indicator: the unit's own figures, what its children add,
 * and the subtree totals it reported itself. Own and children's figures are kept apart because
 * children may arrive before the unit's own report (the first value of an indicator in a
 * report is the one that counts), and are merged when the node is closed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/rollup.h"
#include "query/dense-sum.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Unit and report records, and report values, lie in load order in the corpus's records
 * arena (see congdoan__staging), which is the order the roll-up reads them in: each report's
 * record, then its values, then the next report's. The hardware prefetcher alone keeps too few
 * lines in flight (it stops at every 4 KiB page), so the whole span of the report AHEAD places
 * on, from its record to the next one's, is asked for, each line once. Asking for the record
 * and then for the values it points to instead waits for the record: 9 % of a national
 * roll-up's time saved that way, 30 % this way (session 11's A/B, tests/bench/README.md). */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
/* SPAN_MAX: records further apart (not written in one load, or edited) get their record's
 * first two lines only. AHEAD_RECORD: choose_reports, which reads the records alone. */
enum { AHEAD_RECORD = 8, AHEAD = 8, SPAN_MAX = 512 };

/* `next`: the first line not asked for yet, so that a line two spans share is asked for once.
 * Addresses, not pointers into the records: a hint never faults. */
static void prefetch_reports(const congdoan__vec *reports, size_t i, uintptr_t *next)
{
    if (i + AHEAD + 1 < reports->count) {
        uintptr_t a = (uintptr_t)reports->items[i + AHEAD], b = (uintptr_t)reports->items[i + AHEAD + 1];
        uintptr_t end = b > a && b - a < SPAN_MAX ? b : a + 128;
        a &= ~(uintptr_t)63;
        if (*next > a && *next < end)
            a = *next;
        for (; a < end; a += 64)
            PREFETCH((const void *)a);
        *next = a;
    }
}

/* At most this many indicators for the leaf path (a stack list of the values to add); longer
 * documents take the general path for every report, with the same results. */
enum { LEAF_MAX = 256 };

/* Counts, money and scores are plain figures (HOW_COUNT: a score is added too, into rows its
 * close ignores, see keep_own_score in rollup-close.c). */
static unsigned how_of(const congdoan_indicator *x)
{
    if (x->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS)
        return HOW_SHARE;
    return congdoan__is_fraction_measure(x->measure) ? HOW_FRACTION : HOW_COUNT;
}

const trans *congdoan__rollup_translation(pass *s, const congdoan__idtab *tab)
{
    /* a load's reports share one table: the last one asked for first */
    if (s->n_trans && s->trans[s->last_trans].tab == tab)
        return &s->trans[s->last_trans];
    for (size_t k = 0; k < s->n_trans; k++)
        if (s->trans[k].tab == tab) {
            s->last_trans = k;
            return &s->trans[k];
        }
    size_t count = tab->count ? tab->count : 1;
    uint32_t *block = congdoan__malloc(count * (2 * sizeof *block + 1));
    if (!block) {
        s->failed = 1;
        return NULL;
    }
    /* more tables than slots (many small files): the slots are reused in turn */
    size_t k = s->n_trans < TRANS_SLOTS ? s->n_trans++ : s->next_trans++ % TRANS_SLOTS;
    trans *t = &s->trans[k];
    s->last_trans = k;
    congdoan__dealloc(t->to);
    *t = (trans){tab, block, block + count, (unsigned char *)(block + 2 * count), 0, 0};
    for (size_t j = 0; j < tab->count; j++) {
        /* the loader interns ids: the same string is most often the same pointer */
        size_t i = 0;
        while (i < s->n && s->doc->indicators[i]->id != tab->items[j])
            i++;
        if (i == s->n)
            for (i = 0; i < s->n && !(s->doc->indicators[i]->id && strcmp(s->doc->indicators[i]->id, tab->items[j]) == 0);)
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

/* ---- units ------------------------------------------------------------------------------------ */

const congdoan_unit *congdoan__rollup_unit(const pass *s, size_t key)
{
    return s->walk ? s->walk[key] : s->corpus->units.items[key];
}

/* The per-row arrays and their elements per row (the dense ones only while dense_width is
 * not 0). Each is a block of cap_nodes rows from the C library's heap (see grow_rows). */
#define ROW_ARRAYS(X)                                                                                               \
    X(rows, row_size(s) ? row_size(s) : 1)                                                                          \
    X(node, 1) X(node_key, 1) X(node_depth, 1) X(node_parent, 1) X(child_pos, 1)                                     \
    X(leaf, leaf_size(s)) X(leaf_count, leaf_size(s)) X(grades, GRADE_CLASSES)                                      \
    X(dsum, 2 * s->dense_width) X(dcnt, s->dense_width)

/* Grow every per-row array to `cap` rows, the new rows zero: new blocks, the old rows copied.
 * From the heap, where a roll-up asked again finds the blocks the last one freed: pages of
 * their own (as in session 8) were faulted in and zeroed by the system at every roll-up, 780
 * faults and half the time of a national one on a VM (18.8 against 9.2 ms), for the 210,000
 * instructions calloc spends clearing recycled heap on the 10k file. All or nothing: 0, or
 * CONGDOAN_ENOMEM with the arrays unchanged. Rows are handed out zero (add_node) and zeroed
 * again when dropped (forget_reports). */
static int grow_rows(pass *s, size_t cap)
{
#define ONE(field, per_row) +1
    enum { ARRAYS = 0 ROW_ARRAYS(ONE) };
#undef ONE
    void *fresh[ARRAYS];
    size_t i = 0;
    int failed = 0;
#define NEW(field, per_row)                                                                                         \
    fresh[i] = (per_row) != 0 ? congdoan__calloc(1, cap * (per_row) * sizeof *s->field) : NULL;                   \
    failed |= (per_row) != 0 && !fresh[i];                                                                        \
    i++;
    ROW_ARRAYS(NEW)
#undef NEW
    i = 0;
#define KEEP(field, per_row)                                                                                        \
    {                                                                                                               \
        size_t each = (per_row) * sizeof *s->field;                                                                 \
        if (failed) {                                                                                               \
            congdoan__dealloc(fresh[i]);                                                                            \
        } else if (fresh[i]) {                                                                                      \
            if (s->cap_nodes)                                                                                       \
                memcpy(fresh[i], s->field, s->cap_nodes * each);                                                    \
            congdoan__dealloc(s->field);                                                                            \
            s->field = fresh[i];                                                                                    \
        }                                                                                                           \
        i++;                                                                                                        \
    }
    ROW_ARRAYS(KEEP)
#undef KEEP
    if (failed)
        return CONGDOAN_ENOMEM;
    s->cap_nodes = cap;
    return 0;
}

static void free_rows(pass *s)
{
#define FREE(field, per_row) congdoan__dealloc(s->field);
    ROW_ARRAYS(FREE)
#undef FREE
}

/* A row for `u`, the unit with this key (the callers know it: the record is not read), under
 * the row `parent`. */
static int32_t add_node(pass *s, const congdoan_unit *u, size_t key, uint32_t depth, int32_t parent)
{
    if (s->n_nodes == s->cap_nodes && grow_rows(s, s->cap_nodes ? s->cap_nodes * 2 : s->first_rows) != 0)
        return -1;
    size_t k = s->n_nodes; /* its rows are zero (see grow_rows) */
    s->node[k] = u;
    s->node_key[k] = (uint32_t)key;
    s->child_pos[k] = -1;
    s->node_depth[k] = depth;
    s->node_parent[k] = parent;
    s->slot[key] = (int32_t)k;
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

int congdoan__rollup_place(pass *s, const congdoan_unit *u, size_t key, uint32_t depth, int32_t parent)
{
    if (!congdoan__rollup_needs_row(u, depth))
        return 0;
    if (depth == 1 && !u->child_count && s->light_pos) {
        int32_t pos = top_child_position(s, u);
        if (pos >= 0) {
            s->light_pos[key] = (uint32_t)pos + 1;
            s->lights[s->n_lights++] = (uint32_t)key;
            s->slot[key] = LEAF(parent); /* its own reports never go there (light_report) */
            return 0;
        }
    }
    int32_t row = add_node(s, u, key, depth, parent);
    if (row < 0)
        return CONGDOAN_ENOMEM;
    if (depth == 1)
        s->child_pos[row] = top_child_position(s, u);
    return 0;
}

/* A unit's contribution to share-of-units indicators from its own data: into its own row, or
 * into its parent's leaf sums for a leaf. */
static int share_applies(const struct share *x, const congdoan_unit *u)
{
    return (!x->level || u->level == x->level) && (!x->sectors || (u->sector && (x->sectors & (1 << u->sector))));
}

/* Which share-of-units indicators (bit k: s->share[k]) apply to units of each level and
 * sector: looked up per unit instead of testing every indicator's scope (see unit_data). */
static void share_scopes(pass *s)
{
    for (int level = 0; level < 5; level++)
        for (int sector = 0; sector < 4; sector++) {
            congdoan_unit probe;
            probe.level = (congdoan_level)level, probe.sector = (congdoan_sector)sector;
            uint64_t mask = 0;
            for (size_t k = 0; k < s->n_share && k < 64; k++)
                mask |= (uint64_t)share_applies(&s->share[k], &probe) << k;
            s->share_scope[level][sector] = mask;
        }
}

/* One unit's grade into one share: into `own` (its own figures: a node's row or a light
 * child's), else into the leaf sums of the row LEAF(slot). */
static void take_share(pass *s, const struct share *x, congdoan_grade g, acc *own, int32_t slot)
{
    double met = g >= x->condition ? 1.0 : 0.0;
    size_t i = x->position;
    if (own) {
        acc *a = &own[i];
        add_fraction(a, met, 1.0);
        a->contributors++;
        a->source = CONGDOAN_SOURCE_UNIT_DATA;
    } else {
        leaf_sums(s, LEAF(slot))[i].num += met;
        leaf_sums(s, LEAF(slot))[i].den += 1.0;
        leaf_counts(s, LEAF(slot))[i]++;
    }
}

void congdoan__rollup_unit_share(pass *s, const congdoan_unit *u, size_t key)
{
    int known = (unsigned)u->level < GRADE_LEVELS && (unsigned)u->sector < GRADE_SECTORS && s->n_share <= 64;
    uint64_t scope = known ? s->share_scope[u->level][u->sector] : ~(uint64_t)0;
    if (!scope)
        return;
    congdoan_grade g = congdoan__rollup_grade(s, u);
    if (!g)
        return; /* no classification for the year: no data, not a failure */
    int32_t slot = s->slot[key];
    acc *own = s->light_pos && s->light_pos[key] ? light_row(s, key) : slot >= 0 ? row_own(s, slot) : NULL;
    if (known) {
        for (; scope; scope &= scope - 1)
            take_share(s, &s->share[lowest_bit(scope)], g, own, slot);
        return;
    }
    for (size_t k = 0; k < s->n_share; k++)
        if (share_applies(&s->share[k], u))
            take_share(s, &s->share[k], g, own, slot);
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

/* inline in the loops over every report below (take_reports, choose_reports), a call for
 * subtree.c's few */
static inline int counts(pass *s, const congdoan_report *r)
{
    if (s->only) /* a span's: against the document, received by the reference date (span.c) */
        return congdoan__report_set_has(s->only, r);
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
    return !(s->at && r->submitted && r->submitted > s->at);
}

int congdoan__rollup_report_counts(pass *s, const congdoan_report *r)
{
    return counts(s, r);
}

/* Does `r` count for this roll-up (above), from an organisation of the subtree read in the
 * corpus's arrays? 1 + its unit's index, or 0. */
static inline size_t report_counts(pass *s, const congdoan_report *r)
{
    if (!counts(s, r))
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

/* A unit's rules of its own for an indicator (see unit_modes). */
enum { MODE_OUT = 1, MODE_UNKNOWN = 2, MODE_SUBTREE = 4 };

/* The general rules for a node's report: its own values into `a`, its subtree totals into `sub`;
 * the first value of an indicator given twice is the one that counts. A bare percentage of the
 * unit's own cannot be added up the tree: it is counted as unaggregated. */
static void node_report(pass *s, const congdoan_report *r, acc *a, acc *sub, const unsigned char *modes)
{
    const trans *tr = r->value_count ? congdoan__rollup_translation(s, r->ids) : NULL;
    const uint32_t *to = tr ? tr->to : NULL;
    if (modes && ++s->stamp == 0) {
        memset(s->seen, 0, s->n * sizeof *s->seen);
        s->stamp = 1;
    }
    for (size_t k = 0; to && k < r->value_count; k++) {
        const congdoan__value value = congdoan__report_value_get(r, k), *v = &value;
        uint32_t e = to[v->indicator], how = e & 3, i = e >> 2;
        if (how == HOW_SKIP || how == HOW_SHARE)
            continue; /* not an indicator of the document (congdoan_corpus_check says so), or one
                       * computed from the units' own data */
        unsigned mode = modes ? modes[i] : 0;
        /* the figures of a reporter the document asks for its subtree's (<reporter
         * coverage="subtree">) are subtree totals: a value's own coverage cannot say otherwise,
         * as "self" is the default a file does not write */
        int subtree = v->coverage == CONGDOAN_COVERAGE_SUBTREE || (mode & MODE_SUBTREE);
        if (!subtree && (mode & (MODE_OUT | MODE_UNKNOWN)) && (v->flags & 3) && s->seen[i] != s->stamp) {
            /* the unit's own figure, once per indicator: outside the population it is left out */
            s->seen[i] = s->stamp;
            if (mode & MODE_OUT)
                s->p->pop[i].excluded++;
            else
                s->p->pop[i].unchecked++;
        }
        if (!subtree && (mode & MODE_OUT))
            continue;
        acc *t = subtree ? &sub[i] : &a[i];
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

/* Room for the compact reports of `tab` in every node's dense row: the table's place there, or
 * -1 when the dense tables are taken (or out of memory: s->failed). The last table asked for
 * is tried first: a load's reports share one. */
static long dense_place(pass *s, const congdoan__idtab *tab)
{
    if (s->n_dense && s->dense[s->last_dense].tab == tab)
        return (long)s->dense[s->last_dense].offset;
    for (size_t t = 0; t < s->n_dense; t++)
        if (s->dense[t].tab == tab) {
            s->last_dense = t;
            return (long)s->dense[t].offset;
        }
    if (s->n_dense == DENSE_TABLES)
        return -1;
    /* compact reports name entries below 64 only; one more entry for the counts' ends */
    size_t width = tab->count < 64 ? tab->count : 64, old = s->dense_width, wide = old + width + 1;
    size_t cap = s->cap_nodes ? s->cap_nodes : 1;
    double *sums = congdoan__calloc(1, cap * 2 * wide * sizeof *sums);
    int32_t *counts = congdoan__calloc(1, cap * wide * sizeof *counts);
    if (!sums || !counts) {
        congdoan__dealloc(sums);
        congdoan__dealloc(counts);
        s->failed = 1;
        return -1;
    }
    /* every row widened: its old entries, then the new table's (zero, as are rows not in use) */
    for (size_t k = 0; old && k < s->n_nodes; k++) {
        memcpy(&sums[k * 2 * wide], &s->dsum[k * 2 * old], 2 * old * sizeof *sums);
        memcpy(&counts[k * wide], &s->dcnt[k * old], old * sizeof *counts);
    }
    congdoan__dealloc(s->dsum);
    congdoan__dealloc(s->dcnt);
    s->dsum = sums, s->dcnt = counts, s->dense_width = wide;
    s->last_dense = s->n_dense;
    s->dense[s->n_dense++] = (struct dense){tab, old, width};
    return (long)old;
}

/* The same report when its table has no dense row: each slot added at its indicator's place. */
static void slot_row(const congdoan_report *r, const trans *tr, leafsum *sums, uint32_t *counts)
{
    for (size_t k = 0; k < r->slot_count; k++) {
        uint32_t i = tr->target[r->first + k];
        congdoan__fig f = congdoan__report_fig(r, k);
        sums[i].num += f.a;
        sums[i].den += f.b;
        counts[i] += CONGDOAN__META_COVERAGE(congdoan__report_meta(r)[k]) != CONGDOAN__HOLE;
    }
}

/* The usual leaf report, compact, every value the unit's own and with the figure its
 * indicator's measure needs: its slots added as a whole into the node's dense row (its table's
 * being at `at`), entry by entry, whatever the indicators are (entries that are not indicators
 * of the document are dropped when the row is folded). The sums are dense-sum.c's loops; the
 * counts are kept as differences: +1 where the slots start, -1 past their end, -1 and +1
 * around a hole, summed up when the row is folded. */
static void dense_add(pass *s, const congdoan_report *r, int32_t row, size_t at)
{
    double *sums = dense_sums(s, row) + 2 * (at + r->first);
    if (r->int_figs)
        s->sum_int(sums, r->figs, r->slot_count);
    else
        congdoan__dense_sum(sums, r->figs, r->slot_count);
    int32_t *counts = dense_counts(s, row) + at;
    counts[r->first]++;
    counts[r->first + r->slot_count]--;
    if (r->has_holes) /* no value there: added 0, not counted */
        for (uint64_t h = r->holes; h; h &= h - 1) {
            counts[lowest_bit(h)]--;
            counts[lowest_bit(h) + 1]++;
        }
}

static int leaf_add_simple(pass *s, const congdoan_report *r, const trans *tr, int32_t row)
{
    /* a count's slot holds its value, a fraction's its numerator and denominator */
    if (!r->simple || (r->bad_fraction & tr->fraction_ids) || (r->bad_count & tr->count_ids))
        return 0;
    long at = dense_place(s, r->ids);
    if (at < 0) {
        if (s->failed)
            return 0;
        slot_row(r, tr, leaf_sums(s, row), leaf_counts(s, row));
        return 1;
    }
    /* the next report most likely shares the table: leaf_fast takes it without the look-ups */
    s->fast_tab = r->ids, s->fast_fraction = tr->fraction_ids, s->fast_count = tr->count_ids;
    s->fast_at = (size_t)at;
    dense_add(s, r, row, (size_t)at);
    return 1;
}

/* The usual report, first: a leaf's, simple, of the table the last one added had (a load's
 * reports share one). 1 when it was added, 0 when it takes the way below. */
static inline int leaf_fast(pass *s, const congdoan_report *r, int32_t slot)
{
    if (slot >= 0 || r->ids != s->fast_tab || !r->simple || (r->bad_fraction & s->fast_fraction) ||
        (r->bad_count & s->fast_count) || !r->value_count)
        return 0;
    dense_add(s, r, LEAF(slot), s->fast_at);
    return 1;
}

/* A leaf's report added straight into its parent's children row, with the same result as the
 * general rules give followed by a fold. 0 (nothing added) when it needs the general rules. One
 * read of the values: the ones to add are listed first, and added only when none bails. */
static int leaf_add(pass *s, const congdoan_report *r, int32_t row)
{
    if (!r->value_count)
        return 1;
    const trans *tr = congdoan__rollup_translation(s, r->ids);
    if (!tr)
        return 0;
    if (leaf_add_simple(s, r, tr, row))
        return 1;
    if (s->n > LEAF_MAX || s->failed)
        return 0;
    leafsum *sums = leaf_sums(s, row);
    uint32_t *counts = leaf_counts(s, row);
    const uint32_t *to = tr->to;
    struct take {
        double a, b;
        uint32_t i;
    } take[LEAF_MAX];
    if (++s->stamp == 0) {
        memset(s->seen, 0, s->n * sizeof *s->seen);
        s->stamp = 1;
    }
    const uint32_t stamp = s->stamp;
    uint32_t *seen = s->seen;
    size_t m = 0;
    for (size_t k = 0; k < r->value_count; k++) {
        const congdoan__value v = congdoan__report_value_get(r, k);
        uint32_t e = to[v.indicator], i = e >> 2;
        unsigned verdict = leaf_verdict(e & 3, v.flags, v.coverage);
        if (!(verdict & 3)) {
            if (verdict)
                return 0;
            continue;
        }
        if (seen[i] == stamp)
            continue;
        seen[i] = stamp;
        take[m++] = verdict == TAKE_FRACTION ? (struct take){v.numerator, v.denominator, i} : (struct take){v.value, 0, i};
    }
    for (size_t j = 0; j < m; j++) {
        sums[take[j].i].num += take[j].a;
        sums[take[j].i].den += take[j].b;
        counts[take[j].i]++;
    }
    return 1;
}

/* A light child's report, into its figures by the general rules (node_report) in the usual
 * case's few steps: each slot of a simple report (every value the unit's own, one per
 * indicator, with the figure its measure needs) is its indicator's figure. Any other report
 * gives the child a row of its own, its figures so far (shares of units) moved there. */
static int light_report(pass *s, const congdoan_report *r, size_t key)
{
    const trans *tr = congdoan__rollup_translation(s, r->ids);
    if (!tr)
        return CONGDOAN_ENOMEM;
    acc *a = light_row(s, key);
    if (r->simple && !(r->bad_fraction & tr->fraction_ids) && !(r->bad_count & tr->count_ids)) {
        /* the child's one report, and these figures untouched before it (shares of units are
         * elsewhere): each slot of a count or a fraction is the figure, a count's second 0 */
        const uint64_t holes = r->has_holes ? r->holes : 0;
        /* (read once: the stores below may alias the record's bytes as far as C knows) */
        const int32_t *ints = r->int_figs ? r->figs : NULL;
        const congdoan__fig *figs = r->figs;
        const size_t n = s->n, slots = r->slot_count;
        for (size_t k = 0, e = r->first; k < slots; k++, e++) {
            uint32_t i = tr->target[e]; /* n: neither */
            if (i == n || (holes >> e & 1))
                continue;
            congdoan__fig f = ints ? (congdoan__fig){ints[2 * k], ints[2 * k + 1]} : figs[k];
            a[i] = (acc){.num = f.a, .den = f.b, .contributors = 1, .has = 1, .source = CONGDOAN_SOURCE_COMPUTED};
        }
        return 0;
    }
    int32_t top = LEAF(s->slot[key]);
    int32_t row = add_node(s, congdoan__rollup_unit(s, key), key, 1, top);
    if (row < 0)
        return CONGDOAN_ENOMEM;
    s->child_pos[row] = (int32_t)s->light_pos[key] - 1;
    memcpy(row_own(s, row), a, s->n * sizeof *a);
    memset(a, 0, s->n * sizeof *a);
    s->light_pos[key] = 0; /* a node now: closed as one */
    node_report(s, r, row_own(s, row), row_sub(s, row), NULL);
    return s->failed ? CONGDOAN_ENOMEM : 0;
}

/* The rules of its own a unit's values need (MODE_* by position in s->modes), or NULL for none:
 * outside an indicator's population (its own values left out), not known to be in it (kept,
 * counted), a reporter asked for subtree totals (values without coverage are subtree totals). */
static const unsigned char *unit_modes(pass *s, const congdoan_unit *u)
{
    int any = 0;
    memset(s->modes, 0, s->n ? s->n : 1);
    for (size_t k = 0; k < s->n_conds; k++) {
        const struct popcond *c = &s->conds[k];
        int in = congdoan__population_holds(c->pop, c->attribute, u);
        unsigned char *m = &s->modes[c->position];
        if (in == 0)
            *m = (unsigned char)((*m & ~MODE_UNKNOWN) | MODE_OUT), any = 1;
        else if (in < 0 && !(*m & MODE_OUT))
            *m |= MODE_UNKNOWN, any = 1;
    }
    size_t k = s->subtree_map.count ? (size_t)(uintptr_t)congdoan__map_get(&s->subtree_map, u->id, strlen(u->id)) : 0;
    if (k) {
        const unsigned char *marks = s->subtree_set.marks + (k - 1) * s->n;
        for (size_t i = 0; i < s->n; i++)
            if (marks[i] == 1 + CONGDOAN_COVERAGE_SUBTREE)
                s->modes[i] |= MODE_SUBTREE, any = 1;
    }
    return any ? s->modes : NULL;
}

/* A report of a unit with rules of its own: by the general rules, in a row of its own. */
static int special_report(pass *s, const congdoan_report *r, size_t key, const unsigned char *modes)
{
    int32_t slot = s->slot[key];
    if (s->light_pos && s->light_pos[key]) {
        int32_t top = LEAF(slot);
        if ((slot = add_node(s, congdoan__rollup_unit(s, key), key, 1, top)) < 0)
            return CONGDOAN_ENOMEM;
        acc *a = light_row(s, key);
        s->child_pos[slot] = (int32_t)s->light_pos[key] - 1;
        memcpy(row_own(s, slot), a, s->n * sizeof *a);
        memset(a, 0, s->n * sizeof *a);
        s->light_pos[key] = 0;
    } else if (slot < 0 &&
               (slot = add_node(s, congdoan__rollup_unit(s, key), key, s->node_depth[LEAF(slot)] + 1, LEAF(slot))) < 0) {
        return CONGDOAN_ENOMEM;
    }
    node_report(s, r, row_own(s, slot), row_sub(s, slot), modes);
    return s->failed ? CONGDOAN_ENOMEM : 0;
}

int congdoan__rollup_add_report(pass *s, const congdoan_report *r, size_t key)
{
    int32_t slot = s->slot[key];
    if (s->special) {
        const unsigned char *modes = unit_modes(s, congdoan__rollup_unit(s, key));
        if (modes)
            return special_report(s, r, key, modes);
    }
    if (s->light_pos && s->light_pos[key])
        return light_report(s, r, key);
    if (leaf_fast(s, r, slot))
        return 0;
    if (slot < 0 && leaf_add(s, r, LEAF(slot)))
        return 0;
    if (s->failed)
        return CONGDOAN_ENOMEM;
    if (slot < 0 && (slot = add_node(s, congdoan__rollup_unit(s, key), key, s->node_depth[LEAF(slot)] + 1, LEAF(slot))) < 0)
        return CONGDOAN_ENOMEM;
    node_report(s, r, row_own(s, slot), row_sub(s, slot), NULL);
    return s->failed ? CONGDOAN_ENOMEM : 0;
}

/* The chosen reports, in load order. */
static int add_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    uintptr_t next = 0;
    for (size_t i = 0; i < reports->count; i++) {
        const congdoan_report *r = reports->items[i];
        prefetch_reports(reports, i, &next);
        size_t pos = r->value_count ? report_pos(s->corpus, r) : 0;
        int rc = pos && s->chosen[pos - 1] == i + 1 ? congdoan__rollup_add_report(s, r, pos - 1) : 0; /* chosen[]: the subtree's */
        if (rc)
            return rc;
    }
    return 0;
}

/* Undo what the reports added (the units' own data stay: they are at the share-of-units
 * positions, which reports never touch), and the rows made for them. */
static void forget_reports(pass *s, size_t n_nodes)
{
    for (size_t k = n_nodes; k < s->n_nodes; k++) {
        s->slot[s->node_key[k]] = LEAF(s->node_parent[k]);
        /* handed out zero again (see grow_rows) */
        memset(row_own(s, (int32_t)k), 0, row_size(s) * sizeof *s->rows);
        memset(leaf_sums(s, (int32_t)k), 0, leaf_size(s) * sizeof *s->leaf);
        memset(leaf_counts(s, (int32_t)k), 0, leaf_size(s) * sizeof *s->leaf_count);
        memset(grade_counts(s, (int32_t)k), 0, GRADE_CLASSES * sizeof *s->grades);
        if (s->dense_width) {
            memset(dense_sums(s, (int32_t)k), 0, 2 * s->dense_width * sizeof *s->dsum);
            memset(dense_counts(s, (int32_t)k), 0, s->dense_width * sizeof *s->dcnt);
        }
    }
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
        if (s->dense_width) {
            memset(dense_sums(s, (int32_t)k), 0, 2 * s->dense_width * sizeof *s->dsum);
            memset(dense_counts(s, (int32_t)k), 0, s->dense_width * sizeof *s->dcnt);
        }
    }
    memset(s->chosen, 0, s->n_keys * sizeof *s->chosen);
    for (size_t i = 0; s->special && i < s->n; i++)
        s->p->pop[i].excluded = s->p->pop[i].unchecked = 0;
}

/* The reports in one pass: each that counts is chosen for its unit and added at once. A unit
 * with a second report that counts (a resubmission) needs the choice made before anything is
 * added: then the pass is undone and made again in two (choose_reports, add_reports). */
static int take_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    size_t n_nodes = s->n_nodes;
    uintptr_t next = 0;
    for (size_t i = 0; i < reports->count; i++) {
        const congdoan_report *r = reports->items[i];
        prefetch_reports(reports, i, &next);
        size_t pos = report_counts(s, r);
        if (!pos)
            continue;
        if (s->chosen[pos - 1]) {
            forget_reports(s, n_nodes);
            choose_reports(s);
            return add_reports(s);
        }
        s->chosen[pos - 1] = (uint32_t)i + 1;
        if (!s->special && leaf_fast(s, r, s->slot[pos - 1]))
            continue;
        int rc = r->value_count ? congdoan__rollup_add_report(s, r, pos - 1) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

/* ---- the whole ------------------------------------------------------------------------------- */

/* What makes some units' values take rules of their own (see unit_modes): the populations the
 * data can test, each indicator's population status, and the reporters asked for subtree
 * totals. 0 or CONGDOAN_ENOMEM. */
static int special_rules(pass *s)
{
    const congdoan_document *d = s->doc;
    size_t total = 0;
    for (size_t i = 0; i < s->n; i++)
        total += d->indicators[i]->population_count;
    s->conds = congdoan__malloc((total ? total : 1) * sizeof *s->conds);
    s->modes = congdoan__malloc(s->n ? s->n : 1);
    if (!s->conds || !s->modes)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < s->n; i++) {
        const congdoan_indicator *x = d->indicators[i];
        for (size_t k = 0; k < x->population_count; k++) {
            congdoan__unit_attribute attribute;
            if (congdoan__population_attribute(&x->populations[k], &attribute) != 0)
                return CONGDOAN_ENOMEM;
            if (attribute == CONGDOAN__ATTR_NOT_UNITS)
                continue;
            if (attribute == CONGDOAN__ATTR_NONE) {
                s->p->pop[i].status = CONGDOAN_POPULATION_NOT_APPLIED;
                continue;
            }
            if (!s->p->pop[i].status)
                s->p->pop[i].status = CONGDOAN_POPULATION_APPLIED;
            s->conds[s->n_conds++] = (struct popcond){i, &x->populations[k], attribute};
        }
    }
    int asked = 0;
    for (size_t k = 0; k < d->reporter_count; k++)
        asked |= d->reporters[k].coverage == CONGDOAN_COVERAGE_SUBTREE;
    if (asked) {
        if (congdoan__expected_find(d, &s->subtree_set) != 0 ||
            congdoan__map_reserve(&s->subtree_map, s->subtree_set.units.count) != 0)
            return CONGDOAN_ENOMEM;
        for (size_t k = 0; k < s->subtree_set.units.count; k++)
            congdoan__map_put(&s->subtree_map, ((const congdoan_unit *)s->subtree_set.units.items[k])->id,
                              (void *)(uintptr_t)(k + 1));
    }
    s->special = s->n_conds || asked;
    return 0;
}

int congdoan__rollup(congdoan_progress *p, const congdoan_corpus *c, int at_ymd, const congdoan__rollup_filter *filter,
                     congdoan__subtree *out)
{
    const congdoan_document *doc = p->document;
    int first, last;
    congdoan_period_kind kind;
    pass s;
    memset(&s, 0, sizeof s);
    s.corpus = c, s.doc = doc, s.p = p, s.n = p->n_ind, s.at = at_ymd;
    s.sum_int = congdoan__dense_sum_int_best();
    s.year = congdoan__period_parse(p->period, strlen(p->period), &kind, &first, &last) == 0 ? first / 10000 : 0;
    if (filter) {
        s.only = filter->only;
        s.year_first = filter->year_first;
        if (filter->year_first && congdoan__span_parse(p->period, strlen(p->period), &first, &last) == 0)
            s.year = last / 10000;
    }
    s.seen = congdoan__calloc(s.n ? s.n : 1, sizeof *s.seen);
    s.share = congdoan__malloc((s.n ? s.n : 1) * sizeof *s.share);
    int rc = CONGDOAN_ENOMEM;
    if (!s.seen || !s.share)
        goto out;
    for (size_t i = 0; i < s.n; i++) {
        const congdoan_indicator *x = doc->indicators[i];
        if (x->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS && x->condition_grade)
            s.share[s.n_share++] = (struct share){i, x->scope_level, x->scope_sectors, x->condition_grade};
    }
    share_scopes(&s);
    if ((rc = special_rules(&s)) != 0)
        goto out;

    if ((rc = congdoan__rollup_units(&s, p->unit)) != 0)
        goto out;
    if ((rc = s.walk ? congdoan__rollup_walked_reports(&s) : take_reports(&s)) != 0)
        goto out;
    rc = congdoan__rollup_close(&s);
out:
    /* what the completeness check needs is handed over, whatever the outcome */
    out->slot = s.slot, out->chosen = s.chosen, out->walk = s.walk, out->n_keys = s.n_keys;
    congdoan__map_init(&out->keys, &c->hash_key);
    for (size_t k = 0; k < s.n_trans; k++)
        congdoan__dealloc(s.trans[k].to);
    congdoan__dealloc(s.seen);
    congdoan__dealloc(s.share);
    free_rows(&s);
    congdoan__dealloc(s.light_pos);
    congdoan__dealloc(s.lights);
    congdoan__dealloc(s.conds);
    congdoan__dealloc(s.modes);
    congdoan__expected_release(&s.subtree_set);
    congdoan__map_release(&s.subtree_map);
    congdoan__dealloc(s.rate_events);
    return rc;
}
