/*
 * Task accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>


CONGDOAN_API const char *congdoan_task_id(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->id;
}
CONGDOAN_API const char *congdoan_task_text(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->text;
}
CONGDOAN_API const congdoan_document *congdoan_task_document(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->document;
}
CONGDOAN_API const congdoan_section *congdoan_task_section(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->section;
}
CONGDOAN_API const char *congdoan_task_lead_id(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->lead_id;
}
CONGDOAN_API const congdoan_unit *congdoan_task_lead(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return congdoan__unit_lookup(t->document->corpus, t->lead_id);
}
CONGDOAN_API size_t congdoan_task_coordinator_count(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->coordinator_count;
}
CONGDOAN_API const char *congdoan_task_coordinator_id(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return i < t->coordinator_count ? t->coordinators[i].unit_id : NULL;
}
CONGDOAN_API const congdoan_unit *congdoan_task_coordinator(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return i < t->coordinator_count ? congdoan__unit_lookup(t->document->corpus, t->coordinators[i].unit_id) : NULL;
}
CONGDOAN_API const char *congdoan_task_coordinator_text(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return i < t->coordinator_count ? t->coordinators[i].text : NULL;
}
CONGDOAN_API congdoan_due_kind congdoan_task_due_kind(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->due.kind;
}
CONGDOAN_API const char *congdoan_task_due_code(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->due.code;
}
CONGDOAN_API const char *congdoan_task_due_text(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->due_text;
}
CONGDOAN_API congdoan_period_kind congdoan_task_due_period_kind(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->due.period_kind;
}
CONGDOAN_API int congdoan_task_due_date(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->due.date;
}
CONGDOAN_API int congdoan_task_due_recurrence_day(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->due.recurrence_day;
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API const char *congdoan_task_lead_text(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t->lead_text;
}
CONGDOAN_API congdoan_level congdoan_task_lead_level(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->lead_level;
}
CONGDOAN_API int congdoan_task_lead_kinds(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->lead_kinds;
}
CONGDOAN_API int congdoan_task_lead_sectors(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->lead_sectors;
}

int congdoan__class_has(const congdoan_document *d, congdoan_level level, int kinds, int sectors,
                        const congdoan_unit *u)
{
    if (!level || !u || u->kind != CONGDOAN_UNIT_ORGANISATION || u->level != level)
        return 0;
    congdoan_org_kind kind = congdoan__unit_more(u)->org_kind;
    if (kinds && !(kind && (kinds & (1 << kind))))
        return 0;
    if (sectors && !(u->sector && (sectors & (1 << u->sector))))
        return 0;
    /* under the issuer, when it is loaded; the organisations of a chain are at most four */
    const congdoan_unit *issuer = d ? congdoan__unit_lookup(d->corpus, d->issuer_id) : NULL;
    if (!issuer)
        return 1;
    for (const congdoan_unit *p = u->parent; p; p = p->parent)
        if (p == issuer)
            return 1;
    return 0;
}

CONGDOAN_API int congdoan_task_is_led_by(const congdoan_task *t, const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    CONGDOAN__NOT_NULL(u, "unit", 0);
    if (t->lead_id && u->id && strcmp(t->lead_id, u->id) == 0)
        return 1;
    return congdoan__class_has(t->document, t->lead_level, t->lead_kinds, t->lead_sectors, u);
}

CONGDOAN_API congdoan_level congdoan_task_coordinator_level(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", CONGDOAN_LEVEL_UNKNOWN);
    return t && i < t->coordinator_count ? t->coordinators[i].level : CONGDOAN_LEVEL_UNKNOWN;
}
CONGDOAN_API int congdoan_task_coordinator_kinds(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t && i < t->coordinator_count ? t->coordinators[i].kinds : 0;
}
CONGDOAN_API int congdoan_task_coordinator_sectors(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t && i < t->coordinator_count ? t->coordinators[i].sectors : 0;
}
CONGDOAN_API size_t congdoan_task_milestone_count(const congdoan_task *t)
{
    CONGDOAN__NOT_NULL(t, "task", 0);
    return t->milestone_count;
}
CONGDOAN_API const char *congdoan_task_milestone_text(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t && i < t->milestone_count ? t->milestones[i].text : NULL;
}
CONGDOAN_API const char *congdoan_task_milestone_due_code(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t && i < t->milestone_count ? t->milestones[i].due.code : NULL;
}
CONGDOAN_API const char *congdoan_task_milestone_due_text(const congdoan_task *t, size_t i)
{
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return t && i < t->milestone_count ? t->milestones[i].due_text : NULL;
}
CONGDOAN_API const char *congdoan_task_source(const congdoan_task *t, const char **file, int *line, int *column)
{
    /* the outs are cleared whatever the handle */
    const char *words = congdoan__provenance_get(t ? &t->source : NULL, file, line, column);
    CONGDOAN__NOT_NULL(t, "task", NULL);
    return words;
}
