/*
 * libcongdoan — the progress engine: indicators evaluated and rolled up the hierarchy, and
 * the completeness of reporting.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_PROGRESS_H
#define CONGDOAN_PROGRESS_H

#include "common.h"

/**
 * @file congdoan/progress.h
 * @brief Where a document's indicators stand for a unit's subtree and a period.
 *
 * congdoan_progress_compute() evaluates every indicator of a document over the subtree of a
 * unit (the unit and every organisation under it) for one period, from the reports against
 * that document for that period (the latest submitted report per unit), and from the units'
 * own data for share-of-units indicators. It also works out who was expected to report and
 * who did, on time or late. The result is an object of its own: it stays valid after the
 * corpus is freed only for its numbers; pointers it returns (units, indicators) are borrowed
 * from the corpus.
 *
 * How figures add up (never the mean of the children's percentages):
 *  - count: the sum of the values;
 *  - money (1.2): the sum of the values, in the indicator's currency (đồng unless `currency`
 *    says otherwise; "500 triệu" is 500000000), as for counts;
 *  - score (1.2, "97/100 điểm"): a unit's own, never added to nor averaged with another's. The
 *    figure of a subtree is the score its top unit reported (for itself or for its subtree);
 *    when it reported none, the scores under it are left out, counted in
 *    congdoan_progress_unaggregated(), and the status is CONGDOAN_EVAL_NOT_AGGREGABLE (each
 *    child's own score is in the breakdown, judged against the document's target);
 *  - percentage and average: the sum of the numerators over the sum of the denominators
 *    (× 100 for percentages); a value given only as a percentage, without its fraction,
 *    cannot be added to others: it is counted in congdoan_progress_unaggregated() and left out;
 *  - share of units: the units of the subtree in the indicator's scope (level, sectors) with a
 *    classification for the period's year, of which those at or above the condition's grade;
 *  - a value a unit reports for its whole subtree (coverage="subtree") replaces the sum of the
 *    values under it; where both exist the difference is a consistency finding.
 *
 * Cost: linear in what the subtree holds. A small subtree (under a unit with a parent, of at
 * most a sixteenth of the corpus's units or 256, whichever is more) is walked from the unit and
 * its units' own lists of reports are read. A larger one is found in one pass over the corpus's
 * packed summary of its units (12 bytes a unit, kept up to date by loads and edits) in load
 * order from the unit on (a walk instead, when some organisation was loaded before its parent),
 * then one pass over the corpus's reports and the values of those that count. Memory: 8 bytes per unit searched and a row of figures per unit
 * that has children. A national roll-up (150,000 units, 3,000,000 values) takes about 1.9x one
 * plain vectorised pass summing the same values in flat arrays; the first one of a process
 * also pays for its work memory (about 5 MB there) coming new from the system
 * (tests/bench/bench-rollup).
 */

CONGDOAN_BEGIN_DECL

/** The result of one evaluation. */
typedef struct congdoan_progress congdoan_progress;

/** Where an indicator stands. */
typedef enum congdoan_eval_status {
    /** No value for the indicator in the subtree (never counted as zero). */
    CONGDOAN_EVAL_NO_DATA = 0,
    /** The target is met. */
    CONGDOAN_EVAL_ACHIEVED = 1,
    /** The target is not met. */
    CONGDOAN_EVAL_NOT_ACHIEVED = 2,
    /** Values exist but none can be added up (percentages reported without denominators, or
     * scores of the units under a unit that gave none of its own). */
    CONGDOAN_EVAL_NOT_AGGREGABLE = 3,
    /**
     * (1.2) Above the top of a range (target-max of CONGDOAN_COMPARATOR_RANGE or
     * CONGDOAN_COMPARATOR_RANGE_OR_MORE): "vượt", not a miss.
     */
    CONGDOAN_EVAL_EXCEEDED = 4
} congdoan_eval_status;

/** Where the figure of an evaluation comes from. */
typedef enum congdoan_value_source {
    CONGDOAN_SOURCE_NONE = 0,
    /** Added up from the units' own values. */
    CONGDOAN_SOURCE_COMPUTED = 1,
    /** The subtree total that the unit itself reported (coverage="subtree"). */
    CONGDOAN_SOURCE_REPORTED_TOTAL = 2,
    /** Computed from the units' own data (classifications), for share-of-units indicators. */
    CONGDOAN_SOURCE_UNIT_DATA = 3
} congdoan_value_source;

/** Whether an expected report arrived. */
typedef enum congdoan_submission {
    /** No report for the period (or only one submitted after the reference date). */
    CONGDOAN_SUBMISSION_MISSING = 0,
    /** Submitted on or before the deadline. */
    CONGDOAN_SUBMISSION_ON_TIME = 1,
    /** Submitted after the deadline. */
    CONGDOAN_SUBMISSION_LATE = 2,
    /** Submitted; the document gives no deadline for the period, or the report no date. */
    CONGDOAN_SUBMISSION_RECEIVED = 3
} congdoan_submission;

/** (1.2) What an indicator's populations (`<population>`, congdoan/indicator.h) did to its figure. */
typedef enum congdoan_population_status {
    /**
     * The indicator has no population of units: every unit of the subtree counts. A population
     * of people or cases (its `of` naming no sort of unit — enterprise, agency, union, school …:
     * "công nhân lao động tại các doanh nghiệp", "vụ việc") says what the figure counts, which
     * each unit's report already counts within; it selects no unit.
     */
    CONGDOAN_POPULATION_NONE = 0,
    /**
     * Every population narrowed the roll-up: a typed threshold on something units carry —
     * workers ("lao động", "người lao động", "công nhân", "CNLĐ", "NLĐ": the unit's `workers`)
     * or members ("đoàn viên": its `members`). A unit's own values count only when the unit is
     * in the population (congdoan_progress_population_excluded() counts those left out); a
     * unit that does not give the attribute cannot be tested and is kept
     * (congdoan_progress_population_unchecked()). Subtree totals a unit reports for its whole
     * subtree are taken as given (the reporter counted its population).
     */
    CONGDOAN_POPULATION_APPLIED = 1,
    /**
     * A population could not be applied: it has no typed threshold ("doanh nghiệp đủ điều
     * kiện", "đã đi vào hoạt động"), or its threshold measures something units do not carry.
     * The figure covers every unit of the subtree, not only the population: say so beside it.
     * (Other populations of the same indicator that could be applied still narrowed it.)
     */
    CONGDOAN_POPULATION_NOT_APPLIED = 2
} congdoan_population_status;

/**
 * Evaluate every indicator of `document` over the subtree of `unit` for `period`.
 *
 * @param corpus the corpus it works on.
 * @param document the plan or programme whose indicators are evaluated.
 * @param unit the top of the subtree (a unit of the corpus; departments are refused).
 * @param period a period code ("2025", "2025-H1" …): reports are matched on it exactly (an
 *        indicator of a span is then evaluated on that period's reports alone). Or (1.2) a
 *        span or a congress term ("2023/2028", "term:2023/2028": "1.000 đoàn viên trong nhiệm
 *        kỳ"): the reports whose periods lie inside it count, none twice — per unit, the
 *        longest periods first and a report whose period overlaps one already taken left out
 *        (a yearly report covers its halves and quarters; of a resubmission, the latest
 *        submitted). Counts and amounts are the sum of those reports, the roll-up of each of
 *        their periods added up (their contributors: the units whose reports gave a value, each
 *        once); percentages, averages, scores and everything else are the figure at the end of
 *        the span: each unit's latest report inside it (latest end, then the longer period,
 *        then the latest submitted); shares of units take each unit's last classification of a
 *        year of the span. A cumulative figure ("nâng tổng số lên", a total since the start of
 *        the term) is a result (congdoan/result.h), which progress never adds: a value is the
 *        figure of its report's period. Completeness looks at each unit's latest report.
 * @param at_ymd the reference date (year*10000 + month*100 + day): reports submitted after it
 *        are ignored, as if not yet received; 0 means no cut-off.
 * @param[out] out the result, owned by the caller: release with congdoan_progress_free().
 *             NULL on failure.
 * @return 0, CONGDOAN_EINVAL (NULL argument, a department, a malformed period or span, a
 *         unit or document of another corpus) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_progress_compute(const congdoan_corpus *corpus, const congdoan_document *document,
                                           const congdoan_unit *unit, const char *period, int at_ymd,
                                           congdoan_progress **out);

/** Release a result. On NULL: does nothing. */
CONGDOAN_API void congdoan_progress_free(congdoan_progress *progress);

/**
 * Judge a figure against an indicator's target by the rule of its comparator (REFERENCE.md,
 * "Comparators"; congdoan/indicator.h): the one rule that progress, cascades and reports use.
 * A figure in the indicator's own terms (a count, a percentage 0–100, an amount …).
 * On NULL: returns CONGDOAN_EVAL_NO_DATA.
 * @return CONGDOAN_EVAL_ACHIEVED, CONGDOAN_EVAL_NOT_ACHIEVED or CONGDOAN_EVAL_EXCEEDED (above
 *         the top of a range); CONGDOAN_EVAL_NO_DATA when `ind` is NULL, has no target, or
 *         `actual` is not a finite number.
 */
CONGDOAN_API congdoan_eval_status congdoan_indicator_judge(const congdoan_indicator *ind, double actual);

/** The unit at the top of the evaluated subtree. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_progress_unit(const congdoan_progress *progress);
/** The evaluated document. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_progress_document(const congdoan_progress *progress);
/** The period code. Owned by the result. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_progress_period(const congdoan_progress *progress);

/** The number of indicators evaluated (those of the document, in document order). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_progress_indicator_count(const congdoan_progress *progress);
/** The i-th indicator, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_progress_indicator(const congdoan_progress *progress, size_t i);
/** Where the i-th indicator stands for the whole subtree. On NULL: returns CONGDOAN_EVAL_NO_DATA. */
CONGDOAN_API congdoan_eval_status congdoan_progress_status(const congdoan_progress *progress, size_t i);
/**
 * The actual figure of the i-th indicator for the subtree, in the indicator's own terms (a
 * count, a percentage 0–100, an average).
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 * @return 0, or CONGDOAN_ENOTFOUND when there is no figure (no data, not aggregable).
 */
CONGDOAN_API int congdoan_progress_actual(const congdoan_progress *progress, size_t i, double *out);
/**
 * The summed numerator and denominator behind a percentage, average or share of units.
 * On NULL: returns CONGDOAN_EINVAL (`numerator` and `denominator` may be NULL).
 * @return 0, or CONGDOAN_ENOTFOUND for counts and when there is no figure.
 */
CONGDOAN_API int congdoan_progress_fraction(const congdoan_progress *progress, size_t i, double *numerator,
                                            double *denominator);
/**
 * How far the figure is towards the target, where 1.0 means the target is just met:
 * at-least, more-than, range-or-more and (more is better) target and about: actual / target (a
 * target of 0 gives 1 when met); at-most, less-than and (less is better) target and about:
 * target / actual when above the target, else 1 (never inverted); exactly: 1 when equal, else
 * 1 − |actual − target| / target; range: 1 inside the range, else the nearer bound over the
 * actual (or the actual over the bound, below it).
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 * @return 0, or CONGDOAN_ENOTFOUND when there is no figure.
 */
CONGDOAN_API int congdoan_progress_ratio(const congdoan_progress *progress, size_t i, double *out);
/** Where the figure comes from. On NULL: returns CONGDOAN_SOURCE_NONE. */
CONGDOAN_API congdoan_value_source congdoan_progress_source(const congdoan_progress *progress, size_t i);
/**
 * The stable English name of where a figure comes from: "computed", "reported-total",
 * "unit-data"; NULL for CONGDOAN_SOURCE_NONE and any other value. A static string: never free it.
 */
CONGDOAN_API const char *congdoan_value_source_name(congdoan_value_source source);
/**
 * The number of units whose values went into the figure (for share of units: the units counted).
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_contributors(const congdoan_progress *progress, size_t i);
/**
 * The number of units whose value was a percentage or average without its fraction, left out.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_unaggregated(const congdoan_progress *progress, size_t i);
/**
 * The number of units whose value of the i-th indicator was a percentage or an average given
 * without its numerator and denominator ("92%" alone), and so left out of the figure: the
 * units that congdoan_progress_unaggregated() counts for a percentage or an average (a unit
 * under one that reported a total for its whole subtree is not among them: that total is
 * used). 0 for other measures: the scores left out are those of the units under one without a
 * score of its own, each in the breakdown by child.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_rate_only_count(const congdoan_progress *progress, size_t i);
/**
 * The k-th unit counted by congdoan_progress_rate_only_count(), in the order the units were
 * loaded; NULL when `i` or `k` is out of range. Borrowed from the corpus (valid while it is).
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_progress_rate_only_unit(const congdoan_progress *progress, size_t i,
                                                                    size_t k);
/**
 * The number of units whose scores were left out of the i-th indicator's figure: a score (the
 * measure CONGDOAN_MEASURE_SCORE) is a unit's own and is not added up, so a unit without a
 * score of its own has none for its subtree, and the scores under it are left out (the figure is
 * then CONGDOAN_EVAL_NOT_AGGREGABLE). These are the first units with a score for their subtree
 * (their own, or a total they reported) going down from the unit: as many as
 * congdoan_progress_unaggregated() counts. 0 for other measures and when the unit has a score.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_score_left_out_count(const congdoan_progress *progress, size_t i);
/**
 * The k-th unit counted by congdoan_progress_score_left_out_count(), in the order of the unit's
 * children (a child without a score for its subtree is replaced by the units under it that
 * have one); NULL when `i` or `k` is out of range. Borrowed from the corpus (valid while it is).
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_progress_score_left_out_unit(const congdoan_progress *progress, size_t i,
                                                                        size_t k);

/**
 * The number of direct children of the unit (organisations), for a breakdown of the figures.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_child_count(const congdoan_progress *progress);
/** The c-th child, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_progress_child(const congdoan_progress *progress, size_t c);
/**
 * Where the i-th indicator stands for the c-th child's subtree, judged against the document's
 * own target: meaningful for percentages, averages and shares; a child's count is a part of
 * the whole (compare it with its allocation, see congdoan/cascade.h).
 * On NULL: returns CONGDOAN_EVAL_NO_DATA.
 */
CONGDOAN_API congdoan_eval_status congdoan_progress_child_status(const congdoan_progress *progress, size_t c, size_t i);
/**
 * The figure of the i-th indicator for the c-th child's subtree. @return 0 or CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_progress_child_actual(const congdoan_progress *progress, size_t c, size_t i, double *out);

/**
 * The number of consistency findings: units that reported a subtree total (coverage="subtree")
 * that differs from the sum of the values under them. The reported total is the one used.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_finding_count(const congdoan_progress *progress);
/** The unit of the k-th finding, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_progress_finding_unit(const congdoan_progress *progress, size_t k);
/** The indicator of the k-th finding, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_progress_finding_indicator(const congdoan_progress *progress, size_t k);
/**
 * The reported total and the computed sum of the k-th finding (for percentages and averages,
 * in the indicator's terms). Either pointer may be NULL. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL (`reported` and `computed` may be NULL).
 */
CONGDOAN_API int congdoan_progress_finding_values(const congdoan_progress *progress, size_t k, double *reported,
                                                  double *computed);

/**
 * The number of units expected to report, in the subtree: the organisations the document's
 * reporters name (see congdoan_document_expects()), or when it names none the organisations
 * directly under its issuer.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_expected_count(const congdoan_progress *progress);
/** The k-th expected unit, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_progress_expected_unit(const congdoan_progress *progress, size_t k);
/**
 * Whether the k-th expected unit's report arrived, and when.
 * On NULL: returns CONGDOAN_SUBMISSION_MISSING.
 */
CONGDOAN_API congdoan_submission congdoan_progress_expected_submission(const congdoan_progress *progress, size_t k);
/** The submission date of the k-th expected unit's report, or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_progress_expected_submitted(const congdoan_progress *progress, size_t k);
/**
 * (1.2) The number of indicators the k-th expected unit is to report (its `<reporter
 * indicators=…>`, every indicator when it lists none; never a share of units, which is
 * computed from the units' classifications) for which the report used for it gives no value
 * (an empty slot of a form counts as none); all of them when its report is missing.
 * A unit whose report arrived but lacks some of its indicators is incomplete, not missing.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_expected_lacking(const congdoan_progress *progress, size_t k);
/**
 * (1.2) Whether the document expects figures of the i-th indicator from the c-th child's
 * subtree: 1 when the child or a unit under it is to report that indicator
 * (congdoan_document_expects()), else 0 (also out of range). A child without data for an
 * indicator it is not to report is not lacking it: the figures come from elsewhere (a reporter
 * above it reporting for its whole subtree, or another unit responsible for that indicator).
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_progress_child_expected(const congdoan_progress *progress, size_t c, size_t i);
/**
 * (1.2) Is `unit` to report `ind` (NULL: any indicator) of `doc`, by the document's
 * `<reporting>`: when it names reporters, a unit is to report the indicators its `<reporter>`
 * lists (all when it lists none); a reporter that is a department or body — a report sent
 * "qua Văn phòng", through the office — stands for its organisation, a group for each of its
 * member organisations. When it names none, every organisation directly under the issuer is to
 * report every indicator. A department or body asked about stands for its organisation.
 * The one rule behind congdoan_progress_expected_count(), congdoan_progress_expected_lacking()
 * and congdoan_progress_child_expected().
 * On NULL: returns 0 (`ind` may be NULL).
 * @return 1 or 0 (also for a unit or indicator of another corpus or document).
 */
CONGDOAN_API int congdoan_document_expects(const congdoan_document *doc, const congdoan_unit *unit,
                                           const congdoan_indicator *ind);
/**
 * (1.2) Whether the i-th indicator's populations narrowed its figure (see
 * congdoan_population_status). On NULL: returns CONGDOAN_POPULATION_NONE.
 */
CONGDOAN_API congdoan_population_status congdoan_progress_population(const congdoan_progress *progress, size_t i);
/**
 * (1.2) The number of units whose own values of the i-th indicator were left out because the
 * unit is outside a population of it (its `workers` or `members` fails the threshold).
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_population_excluded(const congdoan_progress *progress, size_t i);
/**
 * (1.2) The number of units whose own values of the i-th indicator were kept without knowing
 * whether the unit is in its population: the unit does not give the attribute the threshold
 * tests. On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_progress_population_unchecked(const congdoan_progress *progress, size_t i);
/** The deadline for the period, from the document, or 0 when it gives none. On NULL: returns 0. */
CONGDOAN_API int congdoan_progress_deadline(const congdoan_progress *progress);

/**
 * The stable English name of a status ("achieved", "not-achieved", "no-data", "not-aggregable",
 * "exceeded"), or NULL.
 */
CONGDOAN_API const char *congdoan_eval_status_name(congdoan_eval_status status);
/** The stable English name of a population status ("none", "applied", "not-applied"), or NULL. */
CONGDOAN_API const char *congdoan_population_status_name(congdoan_population_status status);
/** The stable English name of a submission state ("missing", "on-time", "late", "received"), or NULL. */
CONGDOAN_API const char *congdoan_submission_name(congdoan_submission submission);

CONGDOAN_END_DECL

#endif /* CONGDOAN_PROGRESS_H */
