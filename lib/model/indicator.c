/*
 * Indicator accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>


CONGDOAN_API const char *congdoan_indicator_id(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->id;
}
CONGDOAN_API const char *congdoan_indicator_text(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->text;
}
CONGDOAN_API const congdoan_document *congdoan_indicator_document(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->document;
}
CONGDOAN_API const congdoan_section *congdoan_indicator_section(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->section;
}
CONGDOAN_API congdoan_measure congdoan_indicator_measure(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->measure;
}
CONGDOAN_API congdoan_comparator congdoan_indicator_comparator(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->comparator;
}
CONGDOAN_API double congdoan_indicator_target(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0.0);
    return x->target;
}

CONGDOAN_API int congdoan_indicator_target_max(const congdoan_indicator *x, double *out)
{
    if (out)
        *out = 0.0;
    if (!x)
        return congdoan__invalid_arg("ind");
    CONGDOAN__CHECK_ARG(out);
    *out = x->has_target_max ? x->target_max : 0.0;
    return x->has_target_max ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API int congdoan_indicator_baseline(const congdoan_indicator *x, double *out)
{
    if (out)
        *out = 0.0;
    if (!x)
        return congdoan__invalid_arg("ind");
    CONGDOAN__CHECK_ARG(out);
    *out = x->has_baseline ? x->baseline : 0.0;
    return x->has_baseline ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}

CONGDOAN_API const char *congdoan_indicator_period(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->period;
}
CONGDOAN_API const char *congdoan_indicator_owner_id(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->owner_id;
}
CONGDOAN_API const congdoan_unit *congdoan_indicator_owner(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return congdoan__unit_lookup(x->document->corpus, x->owner_id);
}
CONGDOAN_API congdoan_level congdoan_indicator_scope_level(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->scope_level;
}
CONGDOAN_API int congdoan_indicator_scope_sectors(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->scope_sectors;
}
CONGDOAN_API congdoan_grade congdoan_indicator_condition_grade(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->condition_grade;
}
CONGDOAN_API const char *congdoan_indicator_unit_of_measure(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->unit_of_measure;
}
CONGDOAN_API const char *congdoan_indicator_refines_document_id(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->refines_document_id;
}
CONGDOAN_API const char *congdoan_indicator_refines_indicator_id(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->refines_indicator_id;
}

CONGDOAN_API const congdoan_indicator *congdoan_indicator_refines(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    if (!x || !x->refines_document_id)
        return NULL;
    const congdoan_document *d = congdoan__document_lookup(x->document->corpus, x->refines_document_id);
    return congdoan_document_indicator_by_id(d, x->refines_indicator_id);
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API congdoan_direction congdoan_indicator_direction(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", CONGDOAN_DIRECTION_HIGHER);
    return x && x->direction == CONGDOAN_DIRECTION_LOWER ? CONGDOAN_DIRECTION_LOWER : CONGDOAN_DIRECTION_HIGHER;
}
CONGDOAN_API int congdoan_indicator_score_max(const congdoan_indicator *ind, double *out)
{
    if (out)
        *out = 0.0;
    CONGDOAN__CHECK_ARG(ind);
    CONGDOAN__CHECK_ARG(out);
    *out = ind->has_score_max ? ind->score_max : 0.0;
    return ind->has_score_max ? CONGDOAN_OK : CONGDOAN_ENOTFOUND;
}
CONGDOAN_API const char *congdoan_indicator_currency(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x && x->measure == CONGDOAN_MEASURE_MONEY ? (x->currency ? x->currency : "VND") : NULL;
}
CONGDOAN_API const char *congdoan_indicator_period_text(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->period_text;
}
CONGDOAN_API const char *congdoan_indicator_by(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->by;
}
CONGDOAN_API int congdoan_indicator_by_date(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    int ymd = 0;
    return x && x->by && congdoan__by_parse(x->by, strlen(x->by), &ymd) == 0 ? ymd : 0;
}
CONGDOAN_API const char *congdoan_indicator_subject(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->subject;
}
CONGDOAN_API const char *congdoan_indicator_part_of_id(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x->part_of_id;
}
CONGDOAN_API const congdoan_indicator *congdoan_indicator_part_of(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    const congdoan_indicator *p = x ? congdoan_document_indicator_by_id(x->document, x->part_of_id) : NULL;
    return p == x ? NULL : p;
}
CONGDOAN_API size_t congdoan_indicator_population_count(const congdoan_indicator *x)
{
    CONGDOAN__NOT_NULL(x, "ind", 0);
    return x->population_count;
}
CONGDOAN_API const congdoan_population *congdoan_indicator_population(const congdoan_indicator *x, size_t i)
{
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return x && i < x->population_count ? &x->populations[i] : NULL;
}
CONGDOAN_API const char *congdoan_indicator_source(const congdoan_indicator *x, const char **file, int *line,
                                                    int *column)
{
    /* the outs are cleared whatever the handle */
    const char *words = congdoan__provenance_get(x ? &x->source : NULL, file, line, column);
    CONGDOAN__NOT_NULL(x, "ind", NULL);
    return words;
}
