/*
 * libcongdoan — results (figures stated as achieved) and populations (scopes in words), 1.2.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_RESULT_H
#define CONGDOAN_RESULT_H

#include "common.h"
#include "indicator.h"

/**
 * @file congdoan/result.h
 * @brief What a text says was done ("kết nạp mới được gần 4.450 đoàn viên", "13/13 công đoàn cấp
 * trên trực tiếp cơ sở …", "nâng tổng số lên 1.985 CĐCS, vượt hơn 11,7% kế hoạch năm"), and the
 * scopes of indicators and results that no unit level says ("doanh nghiệp có từ 25 lao động trở
 * lên"). lib/schema/REFERENCE.md, `<result>` and `<population>`, is the contract.
 *
 * A result stands in a section of a document (congdoan_document_result()) or in a report
 * (congdoan_report_result()). It is not added into progress (report values are); it can name
 * the indicator it answers. Everything returned is borrowed from the corpus; NULL handles give
 * NULL, 0 or CONGDOAN_EINVAL as each function says.
 */

CONGDOAN_BEGIN_DECL

/** The identifier, or NULL when the result has none. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_id(const congdoan_result *result);
/** The words of the result. Never NULL for a result (NULL for a NULL handle). On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_text(const congdoan_result *result);
/** The document it is in, or NULL when it is in a report. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_result_document(const congdoan_result *result);
/** The section it is in, or NULL when it is in a report. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_result_section(const congdoan_result *result);
/** The report it is in, or NULL when it is in a document. On NULL: returns NULL. */
CONGDOAN_API const congdoan_report *congdoan_result_report(const congdoan_result *result);

/**
 * The figure, in the result's own terms (a count, a percentage 0–100, đồng, points).
 * @param result the result.
 * @param[out] out the figure; 0 when absent (may be NULL).
 * @return 0; CONGDOAN_ENOTFOUND for an empty slot (no figure yet); CONGDOAN_EINVAL for NULL.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_value(const congdoan_result *result, double *out);
/** The measure: CONGDOAN_MEASURE_COUNT unless the file says otherwise. On NULL: returns 0. */
CONGDOAN_API congdoan_measure congdoan_result_measure(const congdoan_result *result);
/** The counted noun ("đoàn viên", "lượt học viên"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_unit_of_measure(const congdoan_result *result);
/**
 * How the text qualifies the figure: CONGDOAN_COMPARATOR_EXACTLY (a bare figure, the default),
 * _ABOUT ("gần", "khoảng"), _MORE_THAN ("hơn", "trên"), _LESS_THAN ("dưới"), _AT_LEAST, _AT_MOST.
 * On NULL: returns 0.
 */
CONGDOAN_API congdoan_comparator congdoan_result_comparator(const congdoan_result *result);
/** The period code (a period, a span "2024-01/2024-09" or a term "term:2018/2023"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_period(const congdoan_result *result);
/** The period as printed ("9 tháng đầu năm 2024", "nhiệm kỳ qua"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_period_text(const congdoan_result *result);
/** 1 for an estimate (dự ước), else 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_result_is_estimate(const congdoan_result *result);
/** 1 for a running total (nâng tổng số lên …), else 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_result_is_cumulative(const congdoan_result *result);
/**
 * The whole the figure is of ("13/13": 13). @return 0, or CONGDOAN_ENOTFOUND when not given.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_of(const congdoan_result *result, double *out);
/**
 * The printed share of that whole, per cent ("chiếm tỷ lệ 66,6%"). @return 0 or CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_share(const congdoan_result *result, double *out);
/**
 * The printed achievement rate against the target, per cent ("đạt 103,96%"). @return 0 or
 * CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_stated_rate(const congdoan_result *result, double *out);
/**
 * By how much the target was exceeded, per cent ("vượt 31%"). @return 0 or CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_over_target(const congdoan_result *result, double *out);
/**
 * How that excess is qualified ("vượt hơn": CONGDOAN_COMPARATOR_MORE_THAN); _EXACTLY by default.
 * On NULL: returns 0.
 */
CONGDOAN_API congdoan_comparator congdoan_result_over_target_comparator(const congdoan_result *result);
/**
 * The rate of the result against the target of the indicator it answers (value / target × 100),
 * when that indicator is loaded and has a target other than 0. A score (its or the indicator's)
 * has none: points are judged against points, never turned into a percentage.
 * @return 0, or CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_computed_rate(const congdoan_result *result, double *out);

/** The rates a result prints, as bits of what congdoan_result_rate_mismatches() returns. */
typedef enum congdoan_rate {
    /** `stated-rate`: the achievement rate against the target ("đạt 103,96%"). */
    CONGDOAN_RATE_STATED = 1,
    /** `over-target`: by how much the target was exceeded ("vượt 31%"). */
    CONGDOAN_RATE_OVER_TARGET = 2,
    /** `share`: the share of the whole ("13/13 …, chiếm tỷ lệ 100%"). */
    CONGDOAN_RATE_SHARE = 4
} congdoan_rate;

/**
 * The printed rates of a result that disagree with the ones computed from its figures (the
 * consistency finding that congdoan_corpus_check() reports as the warning `rate-mismatch`):
 * `stated-rate` against value / target × 100 and `over-target` against that rate − 100 (when
 * the indicator it answers is loaded and has a target), `share` against value / `of` × 100;
 * each to the printed precision, half a unit of its last decimal ("103.96" within 0.005, "31"
 * within 0.5), an over-target qualified "hơn" only below it and "khoảng" within
 * CONGDOAN_ABOUT_TOLERANCE. A rate that cannot be computed is not counted.
 * @return a bit set of congdoan_rate; 0 when every printed rate agrees (or none can be checked).
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_result_rate_mismatches(const congdoan_result *result);
/** The document id of the indicator it answers, as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_indicator_document_id(const congdoan_result *result);
/** The id of the indicator it answers, as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_indicator_id(const congdoan_result *result);
/** The indicator it answers when loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_result_indicator(const congdoan_result *result);
/**
 * The id of the unit the figure is about: its `unit` as written, else the report's unit for a
 * result in a report, else the issuer of its document; NULL when none is known.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_result_unit_id(const congdoan_result *result);
/** The activity, as worded ("kết nạp đoàn viên"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_subject(const congdoan_result *result);
/** The id of the result it is a part of ("trong đó"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_part_of_id(const congdoan_result *result);
/** That result, in the same document or report, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_result *congdoan_result_part_of(const congdoan_result *result);
/**
 * The top of the scale of a score. @return 0 or CONGDOAN_ENOTFOUND.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_result_score_max(const congdoan_result *result, double *out);
/** The currency of a money result ("VND" when not given); NULL for other measures. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_result_currency(const congdoan_result *result);
/** The number of populations. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_result_population_count(const congdoan_result *result);
/** The i-th population, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_population *congdoan_result_population(const congdoan_result *result, size_t i);
/**
 * Where the result was read from (its \<source\>), as congdoan_document_source().
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_result_source(const congdoan_result *result, const char **file, int *line,
                                                 int *column);

/** The words of the population, a piece of its item's text. Never NULL for a population. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_population_text(const congdoan_population *population);
/** What the population is made of ("doanh nghiệp"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_population_of(const congdoan_population *population);
/** What its threshold counts ("lao động"), or NULL when it has no threshold. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_population_measure(const congdoan_population *population);
/**
 * The comparator of its threshold ("từ 25 … trở lên": CONGDOAN_COMPARATOR_AT_LEAST, "trên 25":
 * _MORE_THAN), or 0 when it has no threshold. Never the comparator of the target.
 * On NULL: returns 0.
 */
CONGDOAN_API congdoan_comparator congdoan_population_comparator(const congdoan_population *population);
/**
 * The number of its threshold. @return 0, or CONGDOAN_ENOTFOUND when it has none.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_population_value(const congdoan_population *population, double *out);

CONGDOAN_END_DECL

#endif /* CONGDOAN_RESULT_H */
