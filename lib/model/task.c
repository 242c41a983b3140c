/*
 * Task accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"


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
