/*
 * Progress over a span or a term (1.2: "1.000 đoàn viên trong nhiệm kỳ 2023–2028", period
 * 2023/2028 or term:2023/2028): the reports whose periods lie inside it, by the roll-up of one
 * period run once per period of them.
 *
 * Which reports: against the document, received by the reference date, from an organisation,
 * with a period (or span) inside the asked one. Per unit, none counted twice: its reports are
 * taken longest period first, and one whose period overlaps a period already taken is left out
 * (a yearly report covers its halves and quarters; a resubmission for the same period, the
 * latest submitted kept). A cumulative figure ("nâng tổng số lên", a running total since the
 * start of the term) is a <result>, which progress never adds; a <value> is the figure of its
 * report's period.
 *
 * Counts and amounts: the sum over those reports — the roll-up of each period's reports, added
 * up; their contributors are the units whose reports gave a value, each once. Everything else (percentages, averages, shares, scores): the figure at the end of the
 * span — each unit's latest report inside it (latest period end, then the longer period, then
 * the latest submitted), rolled up as one period; a share of units takes each unit's last
 * classification of a year inside the span.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"
#include "text/vntext.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct cand {
    const congdoan_report *r;
    uint32_t unit;  /* 1 + the index of its organisation */
    int first, last;
    uint32_t index; /* in corpus->reports */
    uint8_t taken, latest;
} cand;

static int by_unit_longest(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->unit != b->unit)
        return a->unit < b->unit ? -1 : 1;
    /* a period holding another is longer: it comes first (ymd differences keep that order) */
    int la = a->last - a->first, lb = b->last - b->first;
    if (la != lb)
        return la > lb ? -1 : 1;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    if (a->r->submitted != b->r->submitted)
        return a->r->submitted > b->r->submitted ? -1 : 1;
    return a->index > b->index ? -1 : a->index < b->index;
}

static int by_period(const void *x, const void *y)
{
    const cand *const *a = x, *const *b = y;
    int c = strcmp((*a)->r->period, (*b)->r->period);
    return c ? c : ((*a)->index > (*b)->index) - ((*a)->index < (*b)->index);
}

/* ---- a set of reports, by address ------------------------------------------------------------ */

static int same_report(const congdoan__map_slot *slot, const void *ctx)
{
    return slot->key == ctx;
}

int congdoan__report_set_has(const congdoan__map *set, const congdoan_report *r)
{
    if (!set->count)
        return 0;
    return congdoan__map_find(set, congdoan__map_key(set, &r, sizeof r), same_report, r)->key != NULL;
}

static void set_add(congdoan__map *set, const congdoan_report *r)
{
    uint64_t h = congdoan__map_key(set, &r, sizeof r);
    congdoan__map_fill(set, congdoan__map_find(set, h, same_report, r), h, r, NULL);
}

/* ---- the reports inside the span -------------------------------------------------------------- */

static int collect(const congdoan_progress *p, const congdoan_corpus *c, int at, int first, int last, cand **out,
                   size_t *count)
{
    const char *doc_id = p->document->id;
    size_t n = 0;
    cand *list = congdoan__malloc((c->reports.count ? c->reports.count : 1) * sizeof *list);
    if (!list)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < c->reports.count; i++) {
        const congdoan_report *r = c->reports.items[i];
        if (!r->document_id || strcmp(r->document_id, doc_id) != 0 || !r->period || (at && r->submitted > at))
            continue;
        uint32_t unit = r->unit_pos ? r->unit_pos : congdoan__org_pos(c, r->unit_id);
        int f, l;
        if (!unit || congdoan__span_parse(r->period, strlen(r->period), &f, &l) != 0 || f < first || l > last)
            continue;
        list[n++] = (cand){r, unit, f, l, (uint32_t)i, 0, 0};
    }
    qsort(list, n, sizeof *list, by_unit_longest);
    /* each unit's: none overlapping one taken before it; the latest of those taken */
    for (size_t g = 0, end; g < n; g = end) {
        size_t latest = g;
        for (end = g; end < n && list[end].unit == list[g].unit; end++) {
            int free_of = 1;
            for (size_t k = g; k < end && free_of; k++)
                free_of = !(list[k].taken && list[k].first <= list[end].last && list[end].first <= list[k].last);
            if (!free_of)
                continue;
            list[end].taken = 1;
            /* already in the order longest first, then latest submitted */
            if (list[end].last > list[latest].last)
                latest = end;
        }
        list[latest].latest = 1;
    }
    *out = list, *count = n;
    return 0;
}

/* ---- putting the runs together --------------------------------------------------------------- */

static void add_acc(congdoan__acc *to, const congdoan__acc *from)
{
    congdoan__acc_add(to, from);
    if (!to->source)
        to->source = from->source;
}

/* One period's reports (`set`) rolled up into a result of its own, its counts and amounts
 * added into p's. 0 or CONGDOAN_ENOMEM. */
static int add_period(congdoan_progress *p, const congdoan_corpus *c, int at, const congdoan__rollup_filter *f)
{
    size_t n = p->n_ind;
    congdoan_progress *q = NULL;
    congdoan__subtree t = {0};
    int rc = congdoan__progress_new(p->document, p->unit, p->period, &q);
    if (rc == 0)
        rc = congdoan__rollup(q, c, at, f, &t);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (!congdoan__is_additive_measure(p->document->indicators[i]->measure))
            continue;
        add_acc(&p->root[i], &q->root[i]);
        for (size_t k = 0; k < p->n_children; k++)
            add_acc(&p->child[k * n + i], &q->child[k * n + i]);
        p->pop[i].excluded += q->pop[i].excluded;
        p->pop[i].unchecked += q->pop[i].unchecked;
    }
    for (size_t k = 0; rc == 0 && k < q->n_findings; k++)
        if (congdoan__is_additive_measure(p->document->indicators[q->findings[k].indicator]->measure))
            rc = congdoan__progress_add_finding(p, q->findings[k].unit, q->findings[k].indicator,
                                                q->findings[k].reported, q->findings[k].computed);
    congdoan__subtree_release(&t);
    congdoan_progress_free(q);
    return rc;
}

/* The contributors of the counts and amounts: the units of the subtree whose reports taken
 * gave a value (a unit that reported each year of the span counts once). `list` is in unit
 * order. 0 or CONGDOAN_ENOMEM. */
static int count_units(congdoan_progress *p, const congdoan_corpus *c, const cand *list, size_t count,
                       const congdoan__subtree *t)
{
    size_t n = p->n_ind;
    uint32_t *last_unit = congdoan__calloc(n ? n : 1, sizeof *last_unit);
    if (!last_unit)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < n; i++)
        if (congdoan__is_additive_measure(p->document->indicators[i]->measure))
            p->root[i].contributors = 0;
    for (size_t k = 0; k < count; k++) {
        const cand *e = &list[k];
        if (!e->taken || !congdoan__subtree_holds(t, p->unit, c->units.items[e->unit - 1]))
            continue;
        for (size_t v = 0; v < e->r->value_count; v++) {
            const congdoan__value value = congdoan__report_value_get(e->r, v);
            if (!(value.flags & CONGDOAN__VALUE_PLAIN))
                continue;
            size_t i = congdoan__indicator_position(p->document, CONGDOAN__VALUE_ID(e->r, &value));
            if (i < n && congdoan__is_additive_measure(p->document->indicators[i]->measure) && last_unit[i] != e->unit) {
                last_unit[i] = e->unit;
                p->root[i].contributors++;
            }
        }
    }
    congdoan__dealloc(last_unit);
    return 0;
}

int congdoan__span_rollup(congdoan_progress *p, const congdoan_corpus *c, int at, int first, int last,
                          congdoan__subtree *out)
{
    cand *list = NULL;
    const cand **taken = NULL;
    size_t count = 0, n_taken = 0, n = p->n_ind;
    congdoan__map set;
    congdoan__map_init(&set, &c->hash_key);
    int rc = collect(p, c, at, first, last, &list, &count);
    if (rc)
        goto out;
    /* the end of the span: each unit's latest report, rolled up into p itself (its
     * completeness and subtree too) */
    size_t latest = 0;
    for (size_t k = 0; k < count; k++)
        latest += list[k].latest, n_taken += list[k].taken;
    if ((rc = congdoan__map_reserve(&set, latest)) != 0)
        goto out;
    for (size_t k = 0; k < count; k++)
        if (list[k].latest)
            set_add(&set, list[k].r);
    congdoan__rollup_filter f = {&set, first / 10000};
    if ((rc = congdoan__rollup(p, c, at, &f, out)) != 0)
        goto out;
    /* counts and amounts are the sums of the periods instead */
    for (size_t i = 0; i < n; i++) {
        if (!congdoan__is_additive_measure(p->document->indicators[i]->measure))
            continue;
        p->root[i] = (congdoan__acc){0};
        for (size_t k = 0; k < p->n_children; k++)
            p->child[k * n + i] = (congdoan__acc){0};
        p->pop[i].excluded = p->pop[i].unchecked = 0;
    }
    size_t kept = 0;
    for (size_t k = 0; k < p->n_findings; k++)
        if (!congdoan__is_additive_measure(p->document->indicators[p->findings[k].indicator]->measure))
            p->findings[kept++] = p->findings[k];
    p->n_findings = kept;
    taken = congdoan__malloc((n_taken ? n_taken : 1) * sizeof *taken);
    if (!taken) {
        rc = CONGDOAN_ENOMEM;
        goto out;
    }
    n_taken = 0;
    for (size_t k = 0; k < count; k++)
        if (list[k].taken)
            taken[n_taken++] = &list[k];
    qsort(taken, n_taken, sizeof *taken, by_period);
    for (size_t g = 0, end; g < n_taken && rc == 0; g = end) {
        for (end = g; end < n_taken && strcmp(taken[end]->r->period, taken[g]->r->period) == 0;)
            end++;
        congdoan__map_release(&set);
        if ((rc = congdoan__map_reserve(&set, end - g)) != 0)
            break;
        for (size_t k = g; k < end; k++)
            set_add(&set, taken[k]->r);
        congdoan__rollup_filter pf = {&set, 0};
        rc = add_period(p, c, at, &pf);
    }
    if (rc == 0)
        rc = count_units(p, c, list, count, out);
out:
    congdoan__dealloc(list);
    congdoan__dealloc((void *)taken);
    congdoan__map_release(&set);
    return rc;
}
