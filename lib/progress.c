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
    acc *stack;                     /* (depth + 1) × n_ind accumulators of the open units */
    acc *subs;                      /* the same shape: the subtree totals each open unit reported */
    size_t stack_depth_cap;
    /* Report values name their indicator by an index into their load's id table: translated
     * once per table to the indicator's position here (n_ind: not an indicator of this
     * document). A handful of tables at most: one per file loaded. */
    struct trans {
        const congdoan__idtab *tab;
        size_t *to;
    } trans[16];
    size_t n_trans;
    int failed;                     /* out of memory in a helper that cannot return it */
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

/* Close the unit at `depth`: its total is its reported subtree value where it gave one (the
 * difference to the computed sum becomes a finding), else what was added up under it. */
static int close_unit(pass *s, const congdoan_unit *u, size_t depth, size_t child_slot)
{
    congdoan_progress *p = s->p;
    size_t n = p->n_ind;
    acc *a = &s->stack[depth * n], *sub = &s->subs[depth * n];
    for (size_t i = 0; i < n; i++) {
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
    if (depth == 0) {
        memcpy(p->root, a, n * sizeof *a);
    } else {
        if (depth == 1 && child_slot < p->n_children)
            memcpy(&p->child[child_slot * n], a, n * sizeof *a);
        for (size_t i = 0; i < n; i++)
            fold(s->doc->indicators[i], &s->stack[(depth - 1) * n + i], &a[i]);
    }
    return 0;
}

static int open_unit(pass *s, const congdoan_unit *u, size_t depth)
{
    size_t n = s->p->n_ind;
    if (depth >= s->stack_depth_cap) {
        size_t cap = s->stack_depth_cap ? s->stack_depth_cap * 2 : 8;
        acc *st = congdoan__realloc(s->stack, cap * (n ? n : 1) * sizeof *st);
        if (!st)
            return CONGDOAN_ENOMEM;
        s->stack = st;
        acc *su = congdoan__realloc(s->subs, cap * (n ? n : 1) * sizeof *su);
        if (!su)
            return CONGDOAN_ENOMEM;
        s->subs = su;
        s->stack_depth_cap = cap;
    }
    acc *a = &s->stack[depth * n], *sub = &s->subs[depth * n];
    memset(a, 0, n * sizeof *a);
    memset(sub, 0, n * sizeof *sub);
    const congdoan_report *r = s->chosen[u->index];
    if (r) {
        take_report(s, r, a, sub);
        /* a bare percentage of the unit's own cannot be added up the tree */
        for (size_t i = 0; i < n; i++)
            if (a[i].has_plain && !a[i].has)
                a[i].has_plain = 0, a[i].unaggregated = 1, a[i].contributors = 0;
    }
    take_unit_data(s, u, a);
    return 0;
}

/* Is `r` a better pick than `cur` for its unit: the latest submitted, then the last loaded. */
static int later(const congdoan_report *r, const congdoan_report *cur)
{
    return !cur || r->submitted >= cur->submitted;
}

/* Most units are grassroots leaves with one report of their own figures: those are added
 * straight into their parent's accumulator, with no accumulator of their own (no zeroing, no
 * closing). Returns 0 (nothing done) for a unit that needs the general path: one with
 * children, or a report with subtree figures or bare percentages. */
static int leaf_into_parent(pass *s, const congdoan_unit *u, size_t parent_depth)
{
    if (u->child_count)
        return 0;
    const congdoan_report *r = s->chosen[u->index];
    size_t n = s->p->n_ind;
    acc *parent = &s->stack[parent_depth * n];
    if (r) {
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
        /* the general path takes the first value of an indicator given twice: so does this */
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
            acc *t = &parent[i];
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
            t->source = t->source == CONGDOAN_SOURCE_UNIT_DATA ? t->source : CONGDOAN_SOURCE_COMPUTED;
        }
    }
    take_unit_data(s, u, parent);
    return 1;
}

static int walk(pass *s, const congdoan_unit *top, unsigned char *visited)
{
    /* Iterative pre-order with an explicit stack of (unit, next child, depth, child slot). */
    typedef struct item {
        const congdoan_unit *u;
        size_t next, depth, slot;
    } item;
    item *items = NULL;
    size_t cap = 0, len = 0;
    int rc = 0;
#define PUSH(unit, d, sl)                                                                   \
    do {                                                                                    \
        if (len == cap) {                                                                   \
            size_t nc = cap ? cap * 2 : 16;                                                 \
            item *ni = congdoan__realloc(items, nc * sizeof *ni);                           \
            if (!ni) {                                                                      \
                rc = CONGDOAN_ENOMEM;                                                       \
                goto out;                                                                   \
            }                                                                               \
            items = ni, cap = nc;                                                           \
        }                                                                                   \
        items[len++] = (item){(unit), 0, (d), (sl)};                                        \
        visited[(unit)->index] = 1;                                                         \
        if ((rc = open_unit(s, (unit), (d))) != 0)                                          \
            goto out;                                                                       \
    } while (0)
    PUSH(top, 0, 0);
    while (len) {
        item *it = &items[len - 1];
        if (it->next < it->u->child_count) {
            const congdoan_unit *c = it->u->children[it->next++];
            size_t slot = it->depth == 0 ? it->next - 1 : it->slot;
            if (visited[c->index])
                continue;
            if (it->depth >= 1 && leaf_into_parent(s, c, it->depth)) {
                visited[c->index] = 1;
                continue;
            }
            PUSH(c, it->depth + 1, slot);
            continue;
        }
        if ((rc = close_unit(s, it->u, it->depth, it->slot)) != 0)
            goto out;
        len--;
    }
out:
#undef PUSH
    congdoan__dealloc(items);
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

    /* The report used for each unit: against this document, for this period, received by the
     * reference date; the latest submitted when there are several. */
    for (size_t i = 0; i < corpus->reports.count; i++) {
        const congdoan_report *r = corpus->reports.items[i];
        if (!r->period || strcmp(r->period, p->period) != 0 || !r->document_id || strcmp(r->document_id, doc->id) != 0)
            continue;
        if (at_ymd && r->submitted && r->submitted > at_ymd)
            continue;
        const congdoan_unit *u = congdoan__unit_lookup(corpus, r->unit_id);
        if (u && u->kind == CONGDOAN_UNIT_ORGANISATION && later(r, s.chosen[u->index]))
            s.chosen[u->index] = r;
    }
    int rc = walk(&s, unit, visited);
    if (rc == 0 && s.failed)
        rc = CONGDOAN_ENOMEM;
    if (rc == 0)
        rc = complete(&s, visited, at_ymd);
    if (rc != 0)
        goto nomem;
    congdoan__dealloc(visited);
    congdoan__dealloc(s.chosen);
    congdoan__dealloc(s.stack);
    congdoan__dealloc(s.subs);
    release_pass(&s);
    *out = p;
    return CONGDOAN_OK;
nomem:
    congdoan__dealloc(visited);
    congdoan__dealloc(s.chosen);
    congdoan__dealloc(s.stack);
    congdoan__dealloc(s.subs);
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
