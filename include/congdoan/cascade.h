/*
 * libcongdoan — cascades: how lower-level documents concretise a higher one.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_CASCADE_H
#define CONGDOAN_CASCADE_H

#include "common.h"

/**
 * @file congdoan/cascade.h
 * @brief Checks of a higher plan or programme against the lower ones that concretise it
 * (cụ thể hóa): which of its indicators each lower document picks up, whether each lower
 * target is at least as demanding, whether count (and money) targets allocated to the lower
 * units add up to the higher target, and which units have not issued their concretising document at all.
 *
 * The lower documents are those with a relation of type concretises or implements pointing at
 * the higher one (by id, or by number). A lower indicator picks up a higher one when its
 * `refines` names it. The units expected to concretise are the named reporters of the higher
 * document, or else the organisations directly under its issuer.
 *
 * "At least as demanding", for the same measure and comparator: at-least needs a lower target
 * ≥ the higher one, at-most ≤, exactly =, a range inside the higher range (a range without an
 * upper bound has no upper limit). It is judged for percentages, averages, shares of units and
 * scores; counts and money (1.2) are allocations, judged together by their sum: the targets of
 * the lower indicators that refine a count (money) and are counts (money) themselves, whatever
 * their comparator.
 *
 * Details: the higher document is never its own lower document; a lower document counts once
 * however many relations point up; when it refines the same higher indicator twice, the first
 * counts; a `refines` naming another document or an unknown indicator is ignored. A body or
 * department that issues a lower document counts for its organisation; named reporters that
 * are not loaded are skipped. A higher document of another corpus gives CONGDOAN_EINVAL.
 */

CONGDOAN_BEGIN_DECL

/** The result of a cascade check. */
typedef struct congdoan_cascade congdoan_cascade;

/** How a lower target compares with the target it refines. */
typedef enum congdoan_demand {
    /** Not comparable: a count or money (see allocations), another comparator or measure, no
     * target. */
    CONGDOAN_DEMAND_NOT_COMPARABLE = 0,
    /** At least as demanding. */
    CONGDOAN_DEMAND_OK = 1,
    /** Less demanding than the higher target. */
    CONGDOAN_DEMAND_WEAKER = 2
} congdoan_demand;

/**
 * Check the documents that concretise `higher`.
 * @param corpus the corpus it works on.
 * @param higher the higher plan or programme.
 * @param[out] out the result, owned by the caller: release with congdoan_cascade_free().
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_cascade_compute(const congdoan_corpus *corpus, const congdoan_document *higher,
                                          congdoan_cascade **out);
/** Release a result. On NULL: does nothing. */
CONGDOAN_API void congdoan_cascade_free(congdoan_cascade *cascade);
/** The higher document. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_cascade_higher(const congdoan_cascade *cascade);

/** The number of lower documents found. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_cascade_lower_count(const congdoan_cascade *cascade);
/** The l-th lower document, in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_cascade_lower(const congdoan_cascade *cascade, size_t l);
/** The number of indicators of the higher document (the columns of the checks below). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_cascade_indicator_count(const congdoan_cascade *cascade);
/** The i-th indicator of the higher document, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_cascade_indicator(const congdoan_cascade *cascade, size_t i);
/**
 * The indicator of the l-th lower document that refines the i-th higher indicator, or NULL when it misses it.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_indicator *congdoan_cascade_refinement(const congdoan_cascade *cascade, size_t l, size_t i);
/**
 * Whether that refinement is at least as demanding (CONGDOAN_DEMAND_NOT_COMPARABLE for a missed one).
 * On NULL: returns CONGDOAN_DEMAND_NOT_COMPARABLE.
 */
CONGDOAN_API congdoan_demand congdoan_cascade_demand(const congdoan_cascade *cascade, size_t l, size_t i);
/** The number of higher indicators the l-th lower document misses. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_cascade_missed_count(const congdoan_cascade *cascade, size_t l);

/**
 * For a count (or money) indicator of the higher document: the sum of the targets allocated to lower
 * documents (their refining indicators) and how many lower documents allocate it.
 * Both outputs are set to 0 on failure.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_ENOTFOUND when the indicator is not a count or money, or nobody allocates it (or i is
 *         out of range), CONGDOAN_EINVAL for NULL arguments.
 */
CONGDOAN_API int congdoan_cascade_allocation(const congdoan_cascade *cascade, size_t i, double *allocated,
                                             size_t *allocating);

/**
 * The number of units expected to concretise the higher document that have not issued a lower one.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_cascade_missing_count(const congdoan_cascade *cascade);
/** The k-th of them, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_cascade_missing(const congdoan_cascade *cascade, size_t k);

/** The stable English name of a demand judgement ("not-comparable", "ok", "weaker"), or NULL. */
CONGDOAN_API const char *congdoan_demand_name(congdoan_demand demand);

CONGDOAN_END_DECL

#endif /* CONGDOAN_CASCADE_H */
