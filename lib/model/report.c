/*
 * Report accessors and the table of indicator ids its values refer to (how the values are kept:
 * values.c).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>


CONGDOAN_API const char *congdoan_report_id(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return r->id;
}
CONGDOAN_API const char *congdoan_report_unit_id(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return r->unit_id;
}
CONGDOAN_API const char *congdoan_report_document_id(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return r->document_id;
}
CONGDOAN_API const char *congdoan_report_period(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return r->period;
}
CONGDOAN_API int congdoan_report_submitted(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    return r->submitted;
}
CONGDOAN_API const char *congdoan_report_note(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return congdoan__report_more(r)->note;
}
CONGDOAN_API const congdoan_unit *congdoan_report_unit(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return congdoan__unit_lookup(r->corpus, r->unit_id);
}
CONGDOAN_API const congdoan_document *congdoan_report_document(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    return congdoan__document_lookup(r->corpus, r->document_id);
}

CONGDOAN_API size_t congdoan_report_value_count(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    return r->value_count;
}

/* Value i of r, copied into *buf (a report keeps its values packed); NULL when there is none. */
static const congdoan__value *value(const congdoan_report *r, size_t i, congdoan__value *buf)
{
    if (!r || i >= r->value_count)
        return NULL;
    *buf = congdoan__report_value_get(r, i);
    return buf;
}

CONGDOAN_API const char *congdoan_report_value_indicator_id(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    return v ? CONGDOAN__VALUE_ID(r, v) : NULL;
}

CONGDOAN_API const congdoan_indicator *congdoan_report_value_indicator(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    return v ? congdoan_document_indicator_by_id(congdoan_report_document(r), CONGDOAN__VALUE_ID(r, v)) : NULL;
}

CONGDOAN_API int congdoan_report_value(const congdoan_report *r, size_t i, double *out)
{
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    if (out)
        *out = 0.0;
    if (!r)
        return congdoan__invalid_arg("report");
    if (!v)
        return congdoan__error(CONGDOAN_EINVAL, "value index %zu is out of range: report '%s' has %zu values", i, r->id,
                               (size_t)r->value_count);
    if (!(v->flags & CONGDOAN__VALUE_PLAIN))
        return CONGDOAN_ENOTFOUND;
    if (out)
        *out = v->value;
    return CONGDOAN_OK;
}

CONGDOAN_API int congdoan_report_value_fraction(const congdoan_report *r, size_t i, double *numerator,
                                                double *denominator)
{
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    if (numerator)
        *numerator = 0.0;
    if (denominator)
        *denominator = 0.0;
    if (!r)
        return congdoan__invalid_arg("report");
    if (!v)
        return congdoan__error(CONGDOAN_EINVAL, "value index %zu is out of range: report '%s' has %zu values", i, r->id,
                               (size_t)r->value_count);
    if (!(v->flags & CONGDOAN__VALUE_FRACTION))
        return CONGDOAN_ENOTFOUND;
    if (numerator)
        *numerator = v->numerator;
    if (denominator)
        *denominator = v->denominator;
    return CONGDOAN_OK;
}

CONGDOAN_API congdoan_coverage congdoan_report_value_coverage(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    return v ? (congdoan_coverage)v->coverage : 0;
}

CONGDOAN_API size_t congdoan_report_task_status_count(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    return congdoan__report_more(r)->status_count;
}

static const congdoan__task_status *status(const congdoan_report *r, size_t i)
{
    const congdoan__report_aside *more = r ? congdoan__report_more(r) : NULL;
    return more && i < more->status_count ? &more->statuses[i] : NULL;
}

CONGDOAN_API const char *congdoan_report_task_status_task_id(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    const congdoan__task_status *s = status(r, i);
    return s ? s->task_id : NULL;
}
CONGDOAN_API const congdoan_task *congdoan_report_task_status_task(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    const congdoan__task_status *s = status(r, i);
    return s ? congdoan_document_task_by_id(congdoan_report_document(r), s->task_id) : NULL;
}
CONGDOAN_API congdoan_task_status congdoan_report_task_status(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    const congdoan__task_status *s = status(r, i);
    return s ? s->status : CONGDOAN_TASK_STATUS_NONE;
}
CONGDOAN_API const char *congdoan_report_task_status_note(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    const congdoan__task_status *s = status(r, i);
    return s ? s->note : NULL;
}

int congdoan__idtab_index(congdoan__arena *arena, congdoan__idtab **tab, const char *id, uint32_t *out)
{
    for (size_t i = 0; *tab && i < (*tab)->count; i++)
        if ((*tab)->items[i] == id || strcmp((*tab)->items[i], id) == 0) {
            *out = (uint32_t)i;
            return 0;
        }
    return congdoan__idtab_append(arena, tab, id, out);
}

int congdoan__idtab_append(congdoan__arena *arena, congdoan__idtab **tab, const char *id, uint32_t *out)
{
    if (!*tab && !(*tab = congdoan__arena_alloc(arena, sizeof **tab)))
        return CONGDOAN_ENOMEM;
    congdoan__idtab *t = *tab;
    if (t->count >= UINT32_MAX || congdoan__grow(arena, (void **)&t->items, t->count, &t->cap, sizeof *t->items) != 0)
        return CONGDOAN_ENOMEM;
    t->items[t->count] = id;
    *out = (uint32_t)t->count++;
    return 0;
}

void congdoan__value_view_of(const congdoan_report *r, const congdoan__value *v, congdoan__value_view *out)
{
    out->indicator = CONGDOAN__VALUE_ID(r, v);
    out->value = v->value;
    out->numerator = v->numerator;
    out->denominator = v->denominator;
    out->has_value = (v->flags & CONGDOAN__VALUE_PLAIN) != 0;
    out->has_numerator = out->has_denominator = (v->flags & CONGDOAN__VALUE_FRACTION) != 0;
    out->coverage = (int)v->coverage;
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_report_value_is_empty(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    congdoan__value buf;
    const congdoan__value *v = value(r, i, &buf);
    return v && v->flags == 0;
}

int congdoan__report_is_skeleton(const congdoan_report *r)
{
    if (!r || r->submitted)
        return 0;
    for (size_t i = 0; i < r->value_count; i++)
        if (congdoan__report_value_get(r, i).flags)
            return 0;
    const congdoan__report_aside *more = congdoan__report_more(r);
    for (size_t i = 0; i < more->status_count; i++)
        if (more->statuses[i].status)
            return 0;
    return more->result_count == 0 && !more->note;
}

CONGDOAN_API int congdoan_report_is_skeleton(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    return congdoan__report_is_skeleton(r);
}

CONGDOAN_API const char *congdoan_report_task_status_unit_id(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    const congdoan__report_aside *more = congdoan__report_more(r);
    if (i >= more->status_count)
        return NULL;
    return more->statuses[i].unit_id ? more->statuses[i].unit_id : r->unit_id;
}

CONGDOAN_API int congdoan_report_task_status_completed(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    const congdoan__report_aside *more = congdoan__report_more(r);
    return i < more->status_count ? more->statuses[i].completed : 0;
}

CONGDOAN_API size_t congdoan_report_result_count(const congdoan_report *r)
{
    CONGDOAN__NOT_NULL(r, "report", 0);
    return congdoan__report_more(r)->result_count;
}
CONGDOAN_API const congdoan_result *congdoan_report_result(const congdoan_report *r, size_t i)
{
    CONGDOAN__NOT_NULL(r, "report", NULL);
    const congdoan__report_aside *more = congdoan__report_more(r);
    return i < more->result_count ? more->results[i] : NULL;
}
