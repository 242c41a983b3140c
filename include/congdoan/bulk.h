/*
 * libcongdoan — bulk access: copy many rows at once into arrays the caller supplies.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_BULK_H
#define CONGDOAN_BULK_H

#include "common.h"
#include "progress.h"

/**
 * @file congdoan/bulk.h
 * @brief Tables of units, reports, reported values, progress results and issues, copied into
 * caller-supplied arrays in one call.
 *
 * The accessors of the other headers return one field of one object per call. That is the
 * right shape for C, but a national corpus holds 150,000 units and millions of reported values,
 * and a language binding (Python through ctypes, for one) pays a fixed price of about a
 * microsecond for every call it makes. The functions here copy a range of rows of a table into
 * columns, one array per field, so that a whole table costs one call or a few.
 *
 * Rules shared by every function of this header:
 *  - `start` and `count` select the rows `start` … `start + count - 1` of the table; the
 *    function writes min(count, total − start) rows to the front of each array and returns that
 *    number: 0 when `start` is at or past the end, or when the object is NULL. Nothing fails
 *    otherwise, so there is no status code and the last error is never changed.
 *  - Every array may be NULL: that column is skipped. A non-NULL array must have room for
 *    `count` elements (for the matrix of congdoan_progress_children_fill(), `count` times the
 *    number of indicators).
 *  - Enumerations are written as `int`; units are written as their index in
 *    congdoan_corpus_unit() (see congdoan_unit_index()), or -1 when the unit is not loaded.
 *  - A figure that is absent is written as NaN (a quiet NaN, `NAN` of <math.h>, which data
 *    tools read as "missing"); where it matters, a flags column says which figures are present.
 *  - Ownership: every `const char *` written into an array is borrowed, exactly as the
 *    matching accessor's result is: strings of units, reports and values live as long as the
 *    corpus; strings of issues as long as the issue list. Never free them.
 *  - Threads: these functions only read, and follow the rules of the objects they read.
 *
 * Cost: linear in the rows written, except where a function says otherwise.
 */

CONGDOAN_BEGIN_DECL

/** Which parts of a reported value are present: a bit set, in the `flags` columns below. */
typedef enum congdoan_value_flags {
    /** A plain figure (`value=` in the XML), as congdoan_report_value() gives it. */
    CONGDOAN_VALUE_HAS_FIGURE = 1,
    /** A numerator and a denominator, as congdoan_report_value_fraction() gives them. */
    CONGDOAN_VALUE_HAS_FRACTION = 2
} congdoan_value_flags;

/**
 * The position of a unit in its corpus: `congdoan_corpus_unit(corpus, congdoan_unit_index(u)) == u`.
 * This is the number the bulk functions write for a unit. It does not change when more files
 * are loaded into the corpus (new units come after the old ones).
 * On NULL: returns -1.
 * @return the index, or -1 for NULL.
 */
CONGDOAN_API long congdoan_unit_index(const congdoan_unit *unit);

/**
 * The table of units, departments and bodies, in the order of congdoan_corpus_unit().
 *
 * @param corpus the corpus it works on.
 * @param start the index of the first unit; @param count the number of rows wanted.
 * @param[out] id the identifiers (borrowed), as congdoan_unit_id().
 * @param[out] name the full names (borrowed), as congdoan_unit_name().
 * @param[out] parent the index of the parent (congdoan_unit_parent()), or -1 for a root or a
 *             parent that is not loaded.
 * @param[out] kind congdoan_unit_kind values.
 * @param[out] level congdoan_level values.
 * @param[out] sector congdoan_sector values.
 * @param[out] members the members (congdoan_unit_members()), -1 when unknown.
 * @param[out] workers the workers (congdoan_unit_workers()), -1 when unknown.
 * @return the number of rows written.
 * On NULL: returns 0 (`id`, `name`, `parent`, `kind`, `level`, `sector`, `members` and `workers` may be NULL).
 */
CONGDOAN_API size_t congdoan_corpus_units_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                               const char **id, const char **name, long *parent, int *kind,
                                               int *level, int *sector, long *members, long *workers);

/**
 * The classification of units for one year, in the order of congdoan_corpus_unit(), as
 * congdoan_unit_classification() gives it.
 * @param corpus the corpus it works on.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param year the year, e.g. 2025.
 * @param[out] grade congdoan_grade values; CONGDOAN_GRADE_NONE (0) for a unit with none that year.
 * @return the number of rows written.
 * On NULL: returns 0 (`grade` may be NULL).
 */
CONGDOAN_API size_t congdoan_corpus_classifications_fill(const congdoan_corpus *corpus, int year, size_t start,
                                                         size_t count, int *grade);

/**
 * The table of reports, in the order of congdoan_corpus_report().
 *
 * @param corpus the corpus it works on.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] id the report identifiers (borrowed).
 * @param[out] unit_id the reporting units' ids as written (borrowed).
 * @param[out] unit the index of the reporting unit, or -1 when it is not loaded.
 * @param[out] document_id the ids of the documents reported against, as written (borrowed).
 * @param[out] period the period codes (borrowed).
 * @param[out] submitted the submission dates (year*10000 + month*100 + day), 0 when not given.
 * @param[out] value_count the number of values of each report (congdoan_report_value_count()).
 * @return the number of rows written.
 * On NULL: returns 0 (`id`, `unit_id`, `unit`, `document_id`, `period`, `submitted` and `value_count` may be NULL).
 */
CONGDOAN_API size_t congdoan_corpus_reports_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                                 const char **id, const char **unit_id, long *unit,
                                                 const char **document_id, const char **period, int *submitted,
                                                 size_t *value_count);

/**
 * The number of reported values in the whole corpus: the sum of congdoan_report_value_count() over the reports. Linear in the number of reports.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_corpus_value_count(const congdoan_corpus *corpus);

/**
 * The values of every report of the corpus as one table: the values of report 0 in file order,
 * then those of report 1, and so on (the row of a value is its report's first row plus its
 * index in congdoan_report_value()).
 *
 * Finding row `start` walks the reports before it, so the cost is linear in the number of
 * reports plus the rows written: fetch large ranges (a million rows at a time) rather than
 * small ones.
 *
 * @param corpus the corpus it works on.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] report the index of the report each value belongs to (congdoan_corpus_report()).
 * @param[out] indicator_id the indicator ids as written (borrowed). Ids are interned per load:
 *             within what one load added, equal ids are the same pointer, so a binding can
 *             decode each distinct pointer once.
 * @param[out] value the plain figures; NaN when absent.
 * @param[out] numerator the numerators; NaN when absent.
 * @param[out] denominator the denominators; NaN when absent.
 * @param[out] flags congdoan_value_flags bit sets: which of the above are present.
 * @param[out] coverage congdoan_coverage values.
 * @return the number of rows written.
 * On NULL: returns 0 (`report`, `indicator_id`, `value`, `numerator`, `denominator`, `flags` and `coverage` may be NULL).
 */
CONGDOAN_API size_t congdoan_corpus_values_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                                long *report, const char **indicator_id, double *value,
                                                double *numerator, double *denominator, int *flags, int *coverage);

/**
 * The values of one report, in file order, with the columns of congdoan_corpus_values_fill().
 * On NULL: returns 0 (`indicator_id`, `value`, `numerator`, `denominator`, `flags` and `coverage` may be NULL).
 * @return the number of rows written.
 */
CONGDOAN_API size_t congdoan_report_values_fill(const congdoan_report *report, size_t start, size_t count,
                                                const char **indicator_id, double *value, double *numerator,
                                                double *denominator, int *flags, int *coverage);

/**
 * The figures of a progress result for the whole subtree, one row per indicator in document
 * order (congdoan_progress_indicator()).
 *
 * @param progress the progress result.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] status congdoan_eval_status values (congdoan_progress_status()).
 * @param[out] source congdoan_value_source values (congdoan_progress_source()).
 * @param[out] actual the figures (congdoan_progress_actual()); NaN when there is none.
 * @param[out] numerator the summed numerators (congdoan_progress_fraction()); NaN for counts
 *             and when there is no figure.
 * @param[out] denominator the summed denominators; NaN likewise.
 * @param[out] ratio how far towards the target (congdoan_progress_ratio()); NaN when there is
 *             no figure.
 * @param[out] contributors congdoan_progress_contributors().
 * @param[out] unaggregated congdoan_progress_unaggregated().
 * @return the number of rows written.
 * On NULL: returns 0 (`status`, `source`, `actual`, `numerator`, `denominator`, `ratio`, `contributors` and `unaggregated` may be NULL).
 */
CONGDOAN_API size_t congdoan_progress_indicators_fill(const congdoan_progress *progress, size_t start, size_t count,
                                                      int *status, int *source, double *actual, double *numerator,
                                                      double *denominator, double *ratio, size_t *contributors,
                                                      size_t *unaggregated);

/**
 * The breakdown by direct child (congdoan_progress_child()): one row per child, and in each
 * row one column per indicator.
 *
 * @param progress the progress result.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] unit the index of each child unit.
 * @param[out] status a matrix of count × congdoan_progress_indicator_count() congdoan_eval_status
 *             values, row by row: the status of indicator i for child start + r is at
 *             `status[r * indicator_count + i]` (congdoan_progress_child_status()).
 * @param[out] actual a matrix of the same shape with the figures (congdoan_progress_child_actual()); NaN when none.
 * @return the number of rows (children) written.
 * On NULL: returns 0 (`unit`, `status` and `actual` may be NULL).
 */
CONGDOAN_API size_t congdoan_progress_children_fill(const congdoan_progress *progress, size_t start, size_t count,
                                                    long *unit, int *status, double *actual);

/**
 * The consistency findings of a progress result (congdoan_progress_finding_unit() …).
 * @param progress the progress result.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] unit the index of the unit that reported the differing subtree total.
 * @param[out] indicator the position of the indicator in the result (congdoan_progress_indicator()).
 * @param[out] reported the reported totals. @param[out] computed the computed sums.
 * @return the number of rows written.
 * On NULL: returns 0 (`unit`, `indicator`, `reported` and `computed` may be NULL).
 */
CONGDOAN_API size_t congdoan_progress_findings_fill(const congdoan_progress *progress, size_t start, size_t count,
                                                    long *unit, size_t *indicator, double *reported,
                                                    double *computed);

/**
 * The units expected to report, and whether they did (congdoan_progress_expected_unit() …).
 * @param progress the progress result.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] unit the index of each expected unit.
 * @param[out] submission congdoan_submission values.
 * @param[out] submitted the submission dates, 0 when none.
 * @return the number of rows written.
 * On NULL: returns 0 (`unit`, `submission` and `submitted` may be NULL).
 */
CONGDOAN_API size_t congdoan_progress_expected_fill(const congdoan_progress *progress, size_t start, size_t count,
                                                    long *unit, int *submission, int *submitted);

/**
 * The issues of a list, in the order of congdoan_issues_get().
 * @param issues the issue list.
 * @param start the position of the first item to fill.
 * @param count how many items to fill at most (every array given holds at least that many).
 * @param[out] tag the tags (borrowed from the list). @param[out] severity congdoan_severity values.
 * @param[out] file the file names, "" when none (borrowed from the list).
 * @param[out] line the lines, 0 when unknown. @param[out] column the columns, 0 when unknown.
 * @param[out] message the messages (borrowed from the list).
 * @return the number of rows written.
 * On NULL: returns 0 (`tag`, `severity`, `file`, `line`, `column` and `message` may be NULL).
 */
CONGDOAN_API size_t congdoan_issues_fill(const congdoan_issues *issues, size_t start, size_t count, const char **tag,
                                         int *severity, const char **file, long *line, long *column,
                                         const char **message);

CONGDOAN_END_DECL

#endif /* CONGDOAN_BULK_H */
