/*
 * Unit accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

CONGDOAN_API const char *congdoan_unit_id(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    return u->id;
}
CONGDOAN_API const char *congdoan_unit_name(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    return u->name;
}
CONGDOAN_API const char *congdoan_unit_short_name(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    return congdoan__unit_more(u)->short_name;
}
CONGDOAN_API congdoan_unit_kind congdoan_unit_get_kind(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return u->kind;
}
CONGDOAN_API congdoan_level congdoan_unit_level(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", CONGDOAN_LEVEL_UNKNOWN);
    return u->level;
}
CONGDOAN_API congdoan_sector congdoan_unit_sector(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", CONGDOAN_SECTOR_NONE);
    return u->sector;
}
CONGDOAN_API congdoan_body_kind congdoan_unit_body_kind(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", CONGDOAN_BODY_NONE);
    return u->body_kind;
}
CONGDOAN_API const congdoan_unit *congdoan_unit_parent(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    /* a group is outside the hierarchy: its organiser is looked up, never attached */
    if (u->kind == CONGDOAN_UNIT_GROUP)
        return congdoan__unit_lookup(u->corpus, u->parent_id);
    return u->parent;
}
CONGDOAN_API const char *congdoan_unit_parent_id(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    return u->parent_id;
}
CONGDOAN_API size_t congdoan_unit_child_count(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return u->child_count;
}

CONGDOAN_API const congdoan_unit *congdoan_unit_child(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    return i < u->child_count ? u->children[i] : NULL;
}

CONGDOAN_API size_t congdoan_unit_department_count(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return congdoan__unit_more(u)->department_count;
}

CONGDOAN_API const congdoan_unit *congdoan_unit_department(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    const congdoan__unit_aside *more = congdoan__unit_more(u);
    return i < more->department_count ? more->departments[i] : NULL;
}

CONGDOAN_API long congdoan_unit_members(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", -1);
    return u->members;
}
CONGDOAN_API long congdoan_unit_workers(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", -1);
    return u->workers;
}
CONGDOAN_API long congdoan_unit_declared_upper_grassroots_units(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", -1);
    return congdoan__unit_more(u)->declared_upper;
}
CONGDOAN_API long congdoan_unit_declared_grassroots_units(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", -1);
    return congdoan__unit_more(u)->declared_grassroots;
}
CONGDOAN_API size_t congdoan_unit_classification_count(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return u->classification_count;
}

CONGDOAN_API int congdoan_unit_classification_year(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return i < u->classification_count ? u->classifications[i].year : 0;
}

CONGDOAN_API congdoan_grade congdoan_unit_classification_grade(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return i < u->classification_count ? u->classifications[i].grade : CONGDOAN_GRADE_NONE;
}

CONGDOAN_API congdoan_grade congdoan_unit_classification(const congdoan_unit *u, int year)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    for (size_t i = 0; i < u->classification_count; i++)
        if (u->classifications[i].year == year)
            return u->classifications[i].grade;
    return CONGDOAN_GRADE_NONE;
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API congdoan_org_kind congdoan_unit_org_kind(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", CONGDOAN_ORG_KIND_NONE);
    return u && u->kind == CONGDOAN_UNIT_ORGANISATION ? congdoan__unit_more(u)->org_kind : CONGDOAN_ORG_KIND_NONE;
}
CONGDOAN_API congdoan_group_kind congdoan_unit_group_kind(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", CONGDOAN_GROUP_NONE);
    return u && u->kind == CONGDOAN_UNIT_GROUP ? congdoan__unit_more(u)->group_kind : CONGDOAN_GROUP_NONE;
}
CONGDOAN_API size_t congdoan_unit_member_count(const congdoan_unit *u)
{
    CONGDOAN__NOT_NULL(u, "unit", 0);
    return u ? congdoan__unit_more(u)->group_member_count : 0;
}
CONGDOAN_API const char *congdoan_unit_member_id(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    const congdoan__unit_aside *more = congdoan__unit_more(u);
    return i < more->group_member_count ? more->group_members[i] : NULL;
}
CONGDOAN_API const congdoan_unit *congdoan_unit_member(const congdoan_unit *u, size_t i)
{
    CONGDOAN__NOT_NULL(u, "unit", NULL);
    const congdoan__unit_aside *more = congdoan__unit_more(u);
    return i < more->group_member_count ? congdoan__unit_lookup(u->corpus, more->group_members[i]) : NULL;
}
