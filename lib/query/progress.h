/*
 * libcongdoan — the progress result shared by the public functions (progress.c) and the roll-up
 * that fills it (rollup.c, rollup-close.c). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_PROGRESS_INTERNAL_H
#define CONGDOAN_PROGRESS_INTERNAL_H

#include "model/model.h"

/* A running figure for one indicator over (part of) a subtree. */
typedef struct congdoan__acc {
    double num, den;        /* count: num is the sum; percentage/average/share: the fraction */
    double plain;           /* a percentage or average given without its fraction */
    uint32_t contributors;  /* units whose values went in */
    uint32_t unaggregated;  /* units whose value had no fraction and was left out */
    uint8_t has;            /* num/den hold data */
    uint8_t has_plain;      /* only `plain` is known (a reported subtree total without fraction) */
    uint8_t source;         /* congdoan_value_source of this figure */
} congdoan__acc;

/* `from`'s figures and its counts of units added into `to` (what becomes of the figure's
 * source is each caller's own rule). */
static inline void congdoan__acc_add(congdoan__acc *to, const congdoan__acc *from)
{
    if (from->has) {
        to->num += from->num;
        to->den += from->den;
        to->has = 1;
    }
    to->contributors += from->contributors;
    to->unaggregated += from->unaggregated;
}

/* A subtree total reported by a unit that differs from the sum computed below it. */
typedef struct congdoan__finding {
    const congdoan_unit *unit;
    size_t indicator;
    double reported, computed;
} congdoan__finding;

/* A unit expected to report, and what it did. */
typedef struct congdoan__expected {
    const congdoan_unit *unit;
    congdoan_submission submission;
    int submitted;
    uint32_t lacking;   /* indicators it is to report that its report leaves without a value */
} congdoan__expected;

/* What an indicator's populations did to the roll-up (congdoan_progress_population()). */
typedef struct congdoan__population_tally {
    uint8_t status;             /* congdoan_population_status */
    uint32_t excluded;          /* units whose own values were left out: outside the population */
    uint32_t unchecked;         /* units whose own values were kept: they do not give the attribute */
} congdoan__population_tally;

struct congdoan_progress {
    const congdoan_document *document;
    const congdoan_unit *unit;
    char period[16];
    size_t n_ind;
    congdoan__acc *root;         /* n_ind */
    size_t n_children;
    const congdoan_unit **children;
    congdoan__acc *child;        /* n_children × n_ind */
    congdoan__finding *findings;
    size_t n_findings, cap_findings;
    congdoan__expected *expected;
    size_t n_expected;
    /* The units that gave only a rate (congdoan_progress_rate_only_unit): by indicator, in load
     * order; those of indicator i are rate_only[rate_only_at[i] .. rate_only_at[i + 1]). */
    const congdoan_unit **rate_only;
    size_t *rate_only_at;        /* n_ind + 1, or NULL when there are none */
    /* The units whose scores were left out (congdoan_progress_score_left_out_unit): by
     * indicator, or NULL when no score was left out. */
    congdoan__vec *score_left;
    int deadline;
    unsigned char *child_expected; /* n_children × n_ind: a unit of the child's subtree is to
                                    * report the indicator (query/expect.c) */
    congdoan__population_tally *pop; /* n_ind */
};

/* ---- who must report what (query/expect.c) ------------------------------------------------- */
/* The organisation a unit reports as: itself, or a department's or body's organisation; NULL
 * for a group or NULL. */
const congdoan_unit *congdoan__reporting_org(const congdoan_unit *u);
/* Is the organisation u to report indicator x (NULL: anything) of d; *coverage (may be NULL)
 * the coverage its reporter entry gives (0: not said). */
int congdoan__expects(const congdoan_document *d, const congdoan_unit *u, const congdoan_indicator *x, int *coverage);
/* The organisations d expects reports from, each once, in the order the document names them,
 * and what each is to report: marks[k * indicator_count + i] is 0 when the k-th is not to
 * report the i-th indicator, else 1 + the coverage its reporter gives (0: not said). */
typedef struct congdoan__expected_set {
    congdoan__vec units;
    unsigned char *marks;
    size_t cap;
} congdoan__expected_set;
/* The place of the indicator with this id among d's, or d->indicator_count for none. */
size_t congdoan__indicator_position(const congdoan_document *d, const char *id);
/* Fill an empty set (0 or CONGDOAN_ENOMEM); release it with congdoan__expected_release()
 * whatever the outcome. */
int congdoan__expected_find(const congdoan_document *d, congdoan__expected_set *out);
void congdoan__expected_release(congdoan__expected_set *set);

/* ---- populations (query/population.c) --------------------------------------------------------- */
typedef enum {
    CONGDOAN__ATTR_NONE,
    CONGDOAN__ATTR_WORKERS,
    CONGDOAN__ATTR_MEMBERS,
    CONGDOAN__ATTR_NOT_UNITS
} congdoan__unit_attribute;
/* The unit attribute the population's threshold tests; NONE when the data cannot say who is in
 * it (no typed threshold, or one on something units do not carry); NOT_UNITS for a population
 * of people or cases, which selects no unit. 0 or CONGDOAN_ENOMEM. */
int congdoan__population_attribute(const congdoan_population *pop, congdoan__unit_attribute *out);
/* Is u in the population by that attribute: 1, 0, or -1 when u does not give it. */
int congdoan__population_holds(const congdoan_population *pop, congdoan__unit_attribute attribute,
                               const congdoan_unit *u);

/* The one rule that judges a figure against a target (REFERENCE.md, "Comparators"): progress,
 * the roll-up, cascades and congdoan_indicator_judge() all ask it. `direction` 0 is higher.
 * ACHIEVED, NOT_ACHIEVED or EXCEEDED. */
congdoan_eval_status congdoan__judge(congdoan_comparator c, int direction, double target, int has_max,
                                     double target_max, double actual);
/* How far `actual` is towards the target, 1.0 when just met (congdoan_progress_ratio()). */
double congdoan__judge_ratio(congdoan_comparator c, int direction, double target, int has_max, double target_max,
                             double actual);
/* +1 when more is better, -1 when less is, 0 for exactly and range (neither way). */
int congdoan__comparator_sense(congdoan_comparator c, int direction);
/* Whether the target value itself misses (more-than, less-than). */
int congdoan__comparator_strict(congdoan_comparator c);

/* Counts and money add up: a subtree's figure is the sum of its units' figures, and a higher
 * document's target is shared out to lower ones (allocations). */
static inline int congdoan__is_additive_measure(congdoan_measure m)
{
    return m == CONGDOAN_MEASURE_COUNT || m == CONGDOAN_MEASURE_MONEY;
}

/* Percentages, averages and shares are kept as fractions; counts, money and scores as plain
 * figures (a score, "97/100 điểm", is one unit's own and is never added to another: see
 * rollup.c). An indicator without a measure is read as a fraction, as its values can only be. */
static inline int congdoan__is_fraction_measure(congdoan_measure m)
{
    return !congdoan__is_additive_measure(m) && m != CONGDOAN_MEASURE_SCORE;
}

/* The figure of `a` in the indicator's terms; 0 when there is none. */
static inline int congdoan__acc_figure(const congdoan_indicator *x, const congdoan__acc *a, double *out)
{
    if (a->has) {
        if (!congdoan__is_fraction_measure(x->measure))
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

/* What the roll-up leaves behind for the completeness check: each unit of the subtree has a
 * key (its index in corpus->units, or its place in the walk of a small subtree, see
 * query/subtree.c), and `chosen` by key is 1 + the index in corpus->reports of the report used
 * for it, 0 for none. */
enum { CONGDOAN__OUTSIDE = -1 };
typedef struct congdoan__subtree {
    int32_t *slot;
    uint32_t *chosen;
    const congdoan_unit **walk; /* a small subtree: the unit of each key; NULL otherwise */
    size_t n_keys;
    congdoan__map keys;         /* a small subtree: unit -> 1 + its key (congdoan__subtree_index) */
} congdoan__subtree;

/* Which reports a roll-up takes instead of those for its period (query/span.c): the reports of
 * `only` (a set by address, see congdoan__report_set_has); shares of units from each unit's last
 * classification of a year from `year_first` to the period's last. */
typedef struct congdoan__rollup_filter {
    const congdoan__map *only;
    int year_first;
} congdoan__rollup_filter;
int congdoan__report_set_has(const congdoan__map *set, const congdoan_report *r);

/* Fill p->root, p->child and p->findings: p->document's indicators over the subtree of p->unit
 * for p->period, from the reports received by `at_ymd` (0: all), or those `filter` gives (NULL:
 * none); and *out (its arrays made here, released with congdoan__subtree_release() whatever the
 * outcome). 0 or CONGDOAN_ENOMEM (the error is not set). */
int congdoan__rollup(congdoan_progress *p, const congdoan_corpus *c, int at_ymd, const congdoan__rollup_filter *filter,
                     congdoan__subtree *out);
/* The same for a span or a term from `first` to `last` (days, yyyymmdd): see query/span.c. */
int congdoan__span_rollup(congdoan_progress *p, const congdoan_corpus *c, int at_ymd, int first, int last,
                          congdoan__subtree *out);
/* A result with its arrays, nothing computed (0 or CONGDOAN_ENOMEM), and a finding added to one. */
int congdoan__progress_new(const congdoan_document *doc, const congdoan_unit *unit, const char *period,
                           congdoan_progress **out);
int congdoan__progress_add_finding(congdoan_progress *p, const congdoan_unit *u, size_t i, double reported,
                                   double computed);
/* Test hook (tests/test-rollup-district.c): 0 finds each subtree the usual way (query/subtree.c),
 * 1 walks every subtree, -1 none. Not for threads: set it before any query. */
extern int congdoan__rollup_walk;
/* Make the look-up of units by key (0 or CONGDOAN_ENOMEM); then the key of `u`, -1 outside. */
int congdoan__subtree_index(congdoan__subtree *t);
long congdoan__subtree_key(const congdoan__subtree *t, const congdoan_unit *u);
/* Does the subtree of `top` hold u: without the index (a walked subtree's top is looked for up
 * u's parents). */
int congdoan__subtree_holds(const congdoan__subtree *t, const congdoan_unit *top, const congdoan_unit *u);
void congdoan__subtree_release(congdoan__subtree *t);

#endif
