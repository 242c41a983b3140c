/*
 * Accessors of results (figures stated as achieved) and populations (scopes in words), 1.2.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* An optional number: *out the number or 0 (out may be NULL); 0 or CONGDOAN_ENOTFOUND. */
static int optional(const congdoan_result *x, int has, double v, double *out)
{
    if (out)
        *out = x && has ? v : 0.0;
    if (!x)
        return congdoan__invalid_arg("result");
    return has ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API const char *congdoan_result_id(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->id;
}
CONGDOAN_API const char *congdoan_result_text(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->text;
}
CONGDOAN_API const congdoan_document *congdoan_result_document(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->document;
}
CONGDOAN_API const congdoan_section *congdoan_result_section(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->section;
}
CONGDOAN_API const congdoan_report *congdoan_result_report(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->report;
}
CONGDOAN_API int congdoan_result_value(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_value, x ? x->value : 0, out);
}
CONGDOAN_API congdoan_measure congdoan_result_measure(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x ? (x->measure ? x->measure : CONGDOAN_MEASURE_COUNT) : 0;
}
CONGDOAN_API const char *congdoan_result_unit_of_measure(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->unit_of_measure;
}
CONGDOAN_API congdoan_comparator congdoan_result_comparator(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x ? (x->comparator ? x->comparator : CONGDOAN_COMPARATOR_EXACTLY) : 0;
}
CONGDOAN_API const char *congdoan_result_period(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->period;
}
CONGDOAN_API const char *congdoan_result_period_text(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->period_text;
}
CONGDOAN_API int congdoan_result_is_estimate(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x && x->estimate == 1;
}
CONGDOAN_API int congdoan_result_is_cumulative(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x && x->cumulative == 1;
}
CONGDOAN_API int congdoan_result_of(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_of, x ? x->of : 0, out);
}
CONGDOAN_API int congdoan_result_share(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_share, x ? x->share : 0, out);
}
CONGDOAN_API int congdoan_result_stated_rate(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_stated_rate, x ? x->stated_rate : 0, out);
}
CONGDOAN_API int congdoan_result_over_target(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_over_target, x ? x->over_target : 0, out);
}
CONGDOAN_API congdoan_comparator congdoan_result_over_target_comparator(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x ? (x->over_target_comparator ? x->over_target_comparator : CONGDOAN_COMPARATOR_EXACTLY) : 0;
}
CONGDOAN_API int congdoan_result_score_max(const congdoan_result *x, double *out)
{
    return optional(x, x && x->has_score_max, x ? x->score_max : 0, out);
}
CONGDOAN_API const char *congdoan_result_currency(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x && x->measure == CONGDOAN_MEASURE_MONEY ? (x->currency ? x->currency : "VND") : NULL;
}
CONGDOAN_API const char *congdoan_result_indicator_document_id(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->indicator_document_id;
}
CONGDOAN_API const char *congdoan_result_indicator_id(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->indicator_id;
}
CONGDOAN_API const char *congdoan_result_subject(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->subject;
}
CONGDOAN_API const char *congdoan_result_part_of_id(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x->part_of_id;
}
CONGDOAN_API size_t congdoan_result_population_count(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return x->population_count;
}
CONGDOAN_API const congdoan_population *congdoan_result_population(const congdoan_result *x, size_t i)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return x && i < x->population_count ? &x->populations[i] : NULL;
}
CONGDOAN_API const char *congdoan_result_source(const congdoan_result *x, const char **file, int *line, int *column)
{
    /* the outs are cleared whatever the handle */
    const char *words = congdoan__provenance_get(x ? &x->source : NULL, file, line, column);
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return words;
}

CONGDOAN_API const char *congdoan_result_unit_id(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    if (x->unit_id)
        return x->unit_id;
    if (x->report)
        return x->report->unit_id;
    return x->document ? x->document->issuer_id : NULL;
}

const congdoan_indicator *congdoan__result_indicator(const congdoan_result *x)
{
    if (!x || !x->indicator_document_id || !x->indicator_id)
        return NULL;
    const congdoan_corpus *c = x->document ? x->document->corpus : x->report ? x->report->corpus : NULL;
    const congdoan_document *d = c ? congdoan__document_lookup(c, x->indicator_document_id) : NULL;
    return d ? congdoan_document_indicator_by_id(d, x->indicator_id) : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_result_indicator(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return congdoan__result_indicator(x);
}

const congdoan_result *congdoan__result_part_of(const congdoan_result *x)
{
    if (!x || !x->part_of_id)
        return NULL;
    /* one hash in the corpus's table of ids (local-ids.c), wherever the whole is */
    int kind, want = x->report ? CONGDOAN__ITEM_REPORT_RESULT : CONGDOAN_ITEM_RESULT;
    const congdoan_corpus *c = x->report ? x->report->corpus : x->document ? x->document->corpus : NULL;
    const void *owner = x->report ? (const void *)x->report : (const void *)x->document;
    const congdoan_result *w = congdoan__local_id_get(c, owner, x->part_of_id, &kind);
    return kind == want && w != x ? w : NULL;
}

CONGDOAN_API const congdoan_result *congdoan_result_part_of(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", NULL);
    return congdoan__result_part_of(x);
}

int congdoan__result_rate_against(const congdoan_result *x, const congdoan_indicator *ind, double *rate)
{
    if (!ind || !x->has_value || !ind->has_target || ind->target == 0 || !isfinite(x->value / ind->target))
        return 0;
    /* points are judged against points, never made a percentage of a target (or of a scale) */
    if (ind->measure == CONGDOAN_MEASURE_SCORE || x->measure == CONGDOAN_MEASURE_SCORE)
        return 0;
    *rate = x->value / ind->target * 100.0;
    return 1;
}

int congdoan__result_rate(const congdoan_result *x, double *rate)
{
    return congdoan__result_rate_against(x, congdoan__result_indicator(x), rate);
}

CONGDOAN_API int congdoan_result_computed_rate(const congdoan_result *x, double *out)
{
    double rate = 0;
    int ok = congdoan__result_rate(x, &rate);
    if (out)
        *out = ok ? rate : 0.0;
    if (!x)
        return congdoan__invalid_arg("result");
    return ok ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

/* The number of decimals `x` is written with (the writer's shortest form). */
static int decimals_of(double x)
{
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, x);
        if (strtod(buf, NULL) == x) {
            const char *dot = strchr(buf, '.');
            return dot && !strchr(buf, 'e') ? (int)strlen(dot + 1) : 0;
        }
    }
    return 0;
}

/* Whether a printed rate agrees with the computed one to its rounding: half a unit of its last
 * printed decimal ("103.96" within 0.005, "31" within 0.5). */
static int agrees(double printed, double computed)
{
    double half = 0.5;
    for (int d = decimals_of(printed); d > 0; d--)
        half /= 10;
    return computed >= printed - half - 1e-9 && computed <= printed + half + 1e-9;
}

CONGDOAN_API int congdoan_result_rate_mismatches(const congdoan_result *x)
{
    CONGDOAN__NOT_NULL(x, "result", 0);
    return congdoan__result_rate_mismatches_against(x, congdoan__result_indicator(x));
}

/* The rule itself, with the indicator the result answers already found (the check finds it
 * through an index built once per document, so checking N results stays linear). */
int congdoan__result_rate_mismatches_against(const congdoan_result *x, const congdoan_indicator *ind)
{
    int bits = 0;
    double rate;
    if (congdoan__result_rate_against(x, ind, &rate)) {
        if (x->has_stated_rate && !agrees(x->stated_rate, rate))
            bits |= CONGDOAN_RATE_STATED;
        if (x->has_over_target) {
            double over = rate - 100;
            int ok = x->over_target_comparator == CONGDOAN_COMPARATOR_MORE_THAN ? over > x->over_target - 1e-9
                     : x->over_target_comparator == CONGDOAN_COMPARATOR_ABOUT
                         ? over >= x->over_target * (1 - CONGDOAN_ABOUT_TOLERANCE) - 1e-9 &&
                               over <= x->over_target * (1 + CONGDOAN_ABOUT_TOLERANCE) + 1e-9
                         : agrees(x->over_target, over);
            if (!ok)
                bits |= CONGDOAN_RATE_OVER_TARGET;
        }
    }
    if (x->has_share && x->has_of && x->has_value && x->of > 0 && !agrees(x->share, x->value / x->of * 100))
        bits |= CONGDOAN_RATE_SHARE;
    return bits;
}

CONGDOAN_API const char *congdoan_population_text(const congdoan_population *p)
{
    CONGDOAN__NOT_NULL(p, "population", NULL);
    return p->text;
}
CONGDOAN_API const char *congdoan_population_of(const congdoan_population *p)
{
    CONGDOAN__NOT_NULL(p, "population", NULL);
    return p->of;
}
CONGDOAN_API const char *congdoan_population_measure(const congdoan_population *p)
{
    CONGDOAN__NOT_NULL(p, "population", NULL);
    return p->measure;
}
CONGDOAN_API congdoan_comparator congdoan_population_comparator(const congdoan_population *p)
{
    CONGDOAN__NOT_NULL(p, "population", 0);
    return p->comparator;
}
CONGDOAN_API int congdoan_population_value(const congdoan_population *p, double *out)
{
    if (out)
        *out = p && p->has_value ? p->value : 0.0;
    if (!p)
        return congdoan__invalid_arg("population");
    return p->has_value ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}
