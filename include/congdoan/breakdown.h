/*
 * libcongdoan — where each organisation under a unit stands, indicator by indicator, and how
 * far one figure is towards an indicator's target.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_BREAKDOWN_H
#define CONGDOAN_BREAKDOWN_H

#include "common.h"
#include "progress.h"

/**
 * @file congdoan/breakdown.h
 * @brief The grid of a progress result: each organisation directly under the evaluated unit
 * × each indicator, judged the way a report to the Standing Committee judges it.
 *
 * A breakdown is made from a progress result (congdoan_progress_compute()) and copies what it
 * needs from it: it may outlive the progress result, but the units and indicators it returns
 * are borrowed from the corpus. Each cell holds the child's figure for its whole subtree (as
 * congdoan_progress_child_actual() gives it), the summed numerator and denominator behind a
 * percentage, average or share of units, and a judgement against one target, its basis:
 *
 *  - percentages, averages and shares of units are judged against the document's own target
 *    (CONGDOAN_BASIS_DOCUMENT): a rate the province must reach is a rate each district is
 *    measured by;
 *  - a count (or a sum of money, 1.2) is a part of the whole: 265 new members of a district are not "not achieved"
 *    against the province's 1,810. It is judged only against the target the child set itself
 *    for it, in its own document that concretises or implements the evaluated one (the
 *    indicator of the same measure there whose `refines` names this one, as congdoan/cascade.h finds it:
 *    the allocation, CONGDOAN_BASIS_ALLOCATION). Without one it is not judged
 *    (CONGDOAN_BASIS_NONE) and its status is CONGDOAN_EVAL_NO_DATA, as for an indicator
 *    without a target in the progress engine; congdoan_breakdown_actual() still gives the
 *    figure.
 *
 * A child's own document is one issued by the child (or by one of its bodies or
 * departments); when it has several, the first in load order that refines the indicator
 * counts. Cost: one cascade check of the document (congdoan_cascade_compute()) and one pass
 * over the cells; memory about 64 bytes per cell.
 */

CONGDOAN_BEGIN_DECL

/** The grid of one progress result. */
typedef struct congdoan_breakdown congdoan_breakdown;

/** The target a cell of a breakdown is judged against. */
typedef enum congdoan_target_basis {
    /** Not judged: a count or money without an allocation for this child, or no target at all. */
    CONGDOAN_BASIS_NONE = 0,
    /** The document's own target (percentages, averages, shares of units, scores). */
    CONGDOAN_BASIS_DOCUMENT = 1,
    /** The target the child set itself in its own lower document (counts, money). */
    CONGDOAN_BASIS_ALLOCATION = 2
} congdoan_target_basis;

/**
 * Make the grid of a progress result.
 * @param progress a result of congdoan_progress_compute(); its corpus must still be alive.
 * @param[out] out the grid, owned by the caller: release with congdoan_breakdown_free().
 *             NULL on failure.
 * @return 0, CONGDOAN_EINVAL (NULL argument) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_breakdown_compute(const congdoan_progress *progress, congdoan_breakdown **out);

/** Release a grid. On NULL: does nothing. */
CONGDOAN_API void congdoan_breakdown_free(congdoan_breakdown *breakdown);

/** The number of children (rows): the organisations directly under the evaluated unit.
 * On NULL: returns 0. */
CONGDOAN_API size_t congdoan_breakdown_child_count(const congdoan_breakdown *breakdown);
/** The c-th child, in the order of congdoan_progress_child(), or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_breakdown_child(const congdoan_breakdown *breakdown, size_t c);
/** The number of indicators (columns), those of the document in document order. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_breakdown_indicator_count(const congdoan_breakdown *breakdown);
/** The i-th indicator, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_breakdown_indicator(const congdoan_breakdown *breakdown, size_t i);

/**
 * Where the c-th child stands on the i-th indicator, judged against the cell's basis:
 * CONGDOAN_EVAL_NO_DATA when it has no figure or the cell is not judged
 * (CONGDOAN_BASIS_NONE), CONGDOAN_EVAL_NOT_AGGREGABLE when its only figures were rates without
 * their fractions. Out of range: CONGDOAN_EVAL_NO_DATA. On NULL: returns CONGDOAN_EVAL_NO_DATA.
 */
CONGDOAN_API congdoan_eval_status congdoan_breakdown_status(const congdoan_breakdown *breakdown, size_t c, size_t i);
/** The target the cell is judged against. Out of range: CONGDOAN_BASIS_NONE. On NULL: returns CONGDOAN_BASIS_NONE. */
CONGDOAN_API congdoan_target_basis congdoan_breakdown_basis(const congdoan_breakdown *breakdown, size_t c, size_t i);
/**
 * The indicator whose target and comparator judge the cell: the document's indicator
 * (CONGDOAN_BASIS_DOCUMENT), the child's own refining indicator (CONGDOAN_BASIS_ALLOCATION,
 * borrowed from the corpus: its document is the child's), or NULL (CONGDOAN_BASIS_NONE).
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_indicator *congdoan_breakdown_target(const congdoan_breakdown *breakdown, size_t c,
                                                                size_t i);
/**
 * The figure of the c-th child's subtree for the i-th indicator, in the indicator's terms.
 * @return 0, or CONGDOAN_ENOTFOUND when it has none (out: 0).
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_breakdown_actual(const congdoan_breakdown *breakdown, size_t c, size_t i, double *out);
/**
 * The summed numerator and denominator behind the cell's percentage, average or share of
 * units. Either pointer may be NULL.
 * @return 0, or CONGDOAN_ENOTFOUND for counts, money, scores and cells without a fraction
 *         (outputs: 0).
 * On NULL: returns CONGDOAN_EINVAL (`numerator`, `denominator` may be NULL).
 */
CONGDOAN_API int congdoan_breakdown_fraction(const congdoan_breakdown *breakdown, size_t c, size_t i,
                                             double *numerator, double *denominator);
/**
 * How far the cell's figure is towards the target it is judged against (1.0: just met; the
 * rules of congdoan_progress_ratio()).
 * @return 0, or CONGDOAN_ENOTFOUND when there is no figure or the cell is not judged (out: 0).
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_breakdown_ratio(const congdoan_breakdown *breakdown, size_t c, size_t i, double *out);

/** The number of cells of the c-th child with the given status (0 out of range). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_breakdown_status_count(const congdoan_breakdown *breakdown, size_t c,
                                                    congdoan_eval_status status);
/**
 * The children from the weakest to the strongest: the index (for the functions above) of the
 * k-th weakest child, or (size_t)-1 out of range. Weakest first: more cells not achieved;
 * then a lower mean of the ratios of the judged cells with a figure, each capped at 1 (a
 * target far exceeded does not hide one missed; a figure above the top of a range,
 * CONGDOAN_EVAL_EXCEEDED, counts as 1). Children without any judged figure come
 * after all the others. Ties keep the order of the children. On NULL: returns SIZE_MAX.
 */
CONGDOAN_API size_t congdoan_breakdown_rank(const congdoan_breakdown *breakdown, size_t k);

/**
 * The cells of `count` children from `start`, row by row (child by child, each row the
 * indicators in order), into caller arrays of count × congdoan_breakdown_indicator_count()
 * items; any array may be NULL. Figures that do not exist are NaN.
 * @return the number of children filled (0 past the end).
 * On NULL: returns 0 (`status`, `basis`, `actual`, `numerator`, `denominator`, `ratio` may be NULL).
 */
CONGDOAN_API size_t congdoan_breakdown_fill(const congdoan_breakdown *breakdown, size_t start, size_t count,
                                            int *status, int *basis, double *actual, double *numerator,
                                            double *denominator, double *ratio);

/** The stable English name of a basis ("none", "document", "allocation"), or NULL. */
CONGDOAN_API const char *congdoan_target_basis_name(congdoan_target_basis basis);

/**
 * How far a figure is towards the indicator's target (the rules of congdoan_progress_ratio()),
 * the companion of congdoan_indicator_judge().
 * @return 0, or CONGDOAN_ENOTFOUND (no target, a value that is not finite; out: 0).
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_ratio(const congdoan_indicator *indicator, double value, double *out);

CONGDOAN_END_DECL

#endif /* CONGDOAN_BREAKDOWN_H */
