/*
 * libcongdoan — indicators (chỉ tiêu).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_INDICATOR_H
#define CONGDOAN_INDICATOR_H

#include "common.h"
#include "unit.h"

/**
 * @file congdoan/indicator.h
 * @brief A quantitative indicator: what is measured, how it compares with its target, over
 * which units. Everything returned is borrowed from the corpus.
 */

CONGDOAN_BEGIN_DECL

/** What an indicator measures; it decides how values add up the hierarchy. */
typedef enum congdoan_measure {
    /** A count: values add up. */
    CONGDOAN_MEASURE_COUNT = 1,
    /** A percentage: sum of numerators over sum of denominators, × 100. */
    CONGDOAN_MEASURE_PERCENTAGE = 2,
    /** An average per unit: sum of numerators over sum of denominators. */
    CONGDOAN_MEASURE_AVERAGE = 3,
    /** The percentage of units in scope meeting a condition, computed from the units' data. */
    CONGDOAN_MEASURE_SHARE_OF_UNITS = 4,
    /** (1.2) An amount of money in the indicator's currency (đồng unless said): values add up. */
    CONGDOAN_MEASURE_MONEY = 5,
    /** (1.2) Points on a scale of congdoan_indicator_score_max() ("97/100 điểm"): a unit's own,
     * never added up nor averaged (see congdoan/progress.h). */
    CONGDOAN_MEASURE_SCORE = 6
} congdoan_measure;

/**
 * How an actual value is compared with the target (lib/schema/REFERENCE.md, "Comparators").
 * Every judgement of a figure against a target goes through one rule,
 * congdoan_indicator_judge(); ties are judged with a relative tolerance of 1e-9.
 */
typedef enum congdoan_comparator {
    /** actual >= target (trở lên, ít nhất, tối thiểu). */
    CONGDOAN_COMPARATOR_AT_LEAST = 1,
    /** actual <= target (không quá, tối đa): lower is better. */
    CONGDOAN_COMPARATOR_AT_MOST = 2,
    /** actual == target. */
    CONGDOAN_COMPARATOR_EXACTLY = 3,
    /** target <= actual <= target-max; above target-max is CONGDOAN_EVAL_EXCEEDED. */
    CONGDOAN_COMPARATOR_RANGE = 4,
    /** (1.2) actual > target (trên, hơn, vượt). */
    CONGDOAN_COMPARATOR_MORE_THAN = 5,
    /** (1.2) actual < target (dưới): lower is better. */
    CONGDOAN_COMPARATOR_LESS_THAN = 6,
    /**
     * (1.2) About the target (khoảng, gần): achieved within CONGDOAN_ABOUT_TOLERANCE of the
     * target or beyond it in the indicator's direction.
     */
    CONGDOAN_COMPARATOR_ABOUT = 7,
    /**
     * (1.2) An open-ended range ("50–60% trở lên"): achieved at actual >= target; above
     * target-max is CONGDOAN_EVAL_EXCEEDED.
     */
    CONGDOAN_COMPARATOR_RANGE_OR_MORE = 8,
    /**
     * (1.2) A bare figure ("phấn đấu 95%"): achieved when the actual reaches the target in the
     * indicator's direction (going beyond it is achieving it, unlike CONGDOAN_COMPARATOR_EXACTLY).
     */
    CONGDOAN_COMPARATOR_TARGET = 9
} congdoan_comparator;

/** The tolerance of CONGDOAN_COMPARATOR_ABOUT, as a fraction of the target: 5 %. */
#define CONGDOAN_ABOUT_TOLERANCE 0.05

/** (1.2) Which way is better, for CONGDOAN_COMPARATOR_TARGET and CONGDOAN_COMPARATOR_ABOUT. */
typedef enum congdoan_direction {
    /** More is better (the default). */
    CONGDOAN_DIRECTION_HIGHER = 1,
    /** Less is better ("giảm … xuống"). */
    CONGDOAN_DIRECTION_LOWER = 2
} congdoan_direction;

/** The identifier (unique in its document). On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_indicator_id(const congdoan_indicator *ind);
/** The indicator as written ("98% trở lên đoàn viên …"). On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_indicator_text(const congdoan_indicator *ind);
/** The document it is in. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_indicator_document(const congdoan_indicator *ind);
/** The section it is in, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_indicator_section(const congdoan_indicator *ind);
/** The measure. On NULL: returns 0. */
CONGDOAN_API congdoan_measure congdoan_indicator_measure(const congdoan_indicator *ind);
/** The comparator. On NULL: returns 0. */
CONGDOAN_API congdoan_comparator congdoan_indicator_comparator(const congdoan_indicator *ind);
/** The target (the lower bound for a range). On NULL: returns 0. */
CONGDOAN_API double congdoan_indicator_target(const congdoan_indicator *ind);
/**
 * The upper bound of a range target.
 * @param ind the indicator.
 * @param[out] out the bound; 0 when absent. @return 0, or CONGDOAN_ENOTFOUND when absent.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_target_max(const congdoan_indicator *ind, double *out);
/**
 * The baseline.
 * @param ind the indicator.
 * @param[out] out the baseline; 0 when absent. @return 0, or CONGDOAN_ENOTFOUND when absent.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_baseline(const congdoan_indicator *ind, double *out);
/** The period code of the target ("2025"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_period(const congdoan_indicator *ind);
/** The owner unit, or NULL when not given or not loaded. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_indicator_owner(const congdoan_indicator *ind);
/** The owner's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_owner_id(const congdoan_indicator *ind);
/**
 * The level of the units it is measured over, or CONGDOAN_LEVEL_UNKNOWN when not limited.
 * On NULL: returns CONGDOAN_LEVEL_UNKNOWN.
 */
CONGDOAN_API congdoan_level congdoan_indicator_scope_level(const congdoan_indicator *ind);
/**
 * The sectors it is measured over, as a bit set: bit (1 << CONGDOAN_SECTOR_x) for each sector;
 * 0 when not limited.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_indicator_scope_sectors(const congdoan_indicator *ind);
/**
 * For share-of-units indicators, the minimum classification a unit needs; else CONGDOAN_GRADE_NONE.
 * On NULL: returns CONGDOAN_GRADE_NONE.
 */
CONGDOAN_API congdoan_grade congdoan_indicator_condition_grade(const congdoan_indicator *ind);
/** What is counted ("đoàn viên"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_unit_of_measure(const congdoan_indicator *ind);
/**
 * (1.2) Which way is better: CONGDOAN_DIRECTION_LOWER when the file says so, else
 * CONGDOAN_DIRECTION_HIGHER (the default, also for comparators that have their own way).
 * On NULL: returns CONGDOAN_DIRECTION_HIGHER.
 */
CONGDOAN_API congdoan_direction congdoan_indicator_direction(const congdoan_indicator *ind);
/**
 * (1.2) The top of the scale of a score ("97/100 điểm": 100).
 * @param ind the indicator.
 * @param[out] out the top; 0 when absent. @return 0, or CONGDOAN_ENOTFOUND when absent.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_score_max(const congdoan_indicator *ind, double *out);
/**
 * (1.2) The currency of a money indicator (ISO 4217, "VND" when not given); NULL for other measures.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_indicator_currency(const congdoan_indicator *ind);
/** (1.2) The period as printed ("hằng năm", "đến cuối nhiệm kỳ"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_period_text(const congdoan_indicator *ind);
/** (1.2) The deadline for reaching the target as written (a period code or a date), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_by(const congdoan_indicator *ind);
/** (1.2) The deadline as a date: the last day of the period, or the date; 0 when there is none. On NULL: returns 0. */
CONGDOAN_API int congdoan_indicator_by_date(const congdoan_indicator *ind);
/** (1.2) The activity measured, as worded ("kết nạp đoàn viên"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_subject(const congdoan_indicator *ind);
/** (1.2) The id of the indicator of the same document it is a part of ("trong đó"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_part_of_id(const congdoan_indicator *ind);
/** (1.2) That indicator, or NULL when none is given or the document has no such indicator. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_indicator_part_of(const congdoan_indicator *ind);
/** (1.2) The number of populations (scopes in words: "doanh nghiệp có từ 25 lao động trở lên"). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_indicator_population_count(const congdoan_indicator *ind);
/** (1.2) The i-th population (congdoan/result.h), or NULL. Borrowed from the corpus. On NULL: returns NULL. */
CONGDOAN_API const congdoan_population *congdoan_indicator_population(const congdoan_indicator *ind, size_t i);
/**
 * (1.2) Where the indicator was read from (its \<source\>), as congdoan_document_source().
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_indicator_source(const congdoan_indicator *ind, const char **file, int *line,
                                                    int *column);
/** The indicator it refines when loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_indicator_refines(const congdoan_indicator *ind);
/** The refined indicator's document id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_refines_document_id(const congdoan_indicator *ind);
/** The refined indicator's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_indicator_refines_indicator_id(const congdoan_indicator *ind);

/** The stable English name of a measure as in the XML ("share-of-units" …), or NULL. */
CONGDOAN_API const char *congdoan_measure_name(congdoan_measure measure);
/** The stable English name of a comparator as in the XML ("at-least" …), or NULL. */
CONGDOAN_API const char *congdoan_comparator_name(congdoan_comparator comparator);
/**
 * A comparator in the ASCII notation of extraction answers (corpus-dev's ANSWERS.md, the JSON
 * of `congdoan import`): ">=" (at least), "<=" (at most), ">" (more than), "<" (less than), "~"
 * (about), "range" (a range, with or without "trở lên"), and "=" for a bare figure (0,
 * CONGDOAN_COMPARATOR_EXACTLY, CONGDOAN_COMPARATOR_TARGET); NULL for any other value. A static
 * string: never free it. (congdoan_comparator_abbreviation() gives the symbols a reader sees:
 * "≥", "≤" …)
 */
CONGDOAN_API const char *congdoan_comparator_ascii(congdoan_comparator comparator);
/** (1.2) The stable English name of a direction ("higher", "lower"), or NULL. */
CONGDOAN_API const char *congdoan_direction_name(congdoan_direction direction);

CONGDOAN_END_DECL

#endif /* CONGDOAN_INDICATOR_H */
