/*
 * Unit accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

CONGDOAN_API const char *congdoan_unit_id(const congdoan_unit *u) { return u ? u->id : NULL; }
CONGDOAN_API const char *congdoan_unit_name(const congdoan_unit *u) { return u ? u->name : NULL; }
CONGDOAN_API const char *congdoan_unit_short_name(const congdoan_unit *u) { return u ? u->short_name : NULL; }
CONGDOAN_API congdoan_unit_kind congdoan_unit_get_kind(const congdoan_unit *u) { return u ? u->kind : 0; }
CONGDOAN_API congdoan_level congdoan_unit_level(const congdoan_unit *u) { return u ? u->level : CONGDOAN_LEVEL_UNKNOWN; }
CONGDOAN_API congdoan_sector congdoan_unit_sector(const congdoan_unit *u) { return u ? u->sector : CONGDOAN_SECTOR_NONE; }
CONGDOAN_API congdoan_body_kind congdoan_unit_body_kind(const congdoan_unit *u) { return u ? u->body_kind : CONGDOAN_BODY_NONE; }
CONGDOAN_API const congdoan_unit *congdoan_unit_parent(const congdoan_unit *u)
{
    /* a group is outside the hierarchy: its organiser is looked up, never attached */
    if (u && u->kind == CONGDOAN_UNIT_GROUP)
        return congdoan__unit_lookup(u->corpus, u->parent_id);
    return u ? u->parent : NULL;
}
CONGDOAN_API const char *congdoan_unit_parent_id(const congdoan_unit *u) { return u ? u->parent_id : NULL; }
CONGDOAN_API size_t congdoan_unit_child_count(const congdoan_unit *u) { return u ? u->child_count : 0; }

CONGDOAN_API const congdoan_unit *congdoan_unit_child(const congdoan_unit *u, size_t i)
{
    return u && i < u->child_count ? u->children[i] : NULL;
}

CONGDOAN_API size_t congdoan_unit_department_count(const congdoan_unit *u) { return u ? u->department_count : 0; }

CONGDOAN_API const congdoan_unit *congdoan_unit_department(const congdoan_unit *u, size_t i)
{
    return u && i < u->department_count ? u->departments[i] : NULL;
}

CONGDOAN_API long congdoan_unit_members(const congdoan_unit *u) { return u ? u->members : -1; }
CONGDOAN_API long congdoan_unit_workers(const congdoan_unit *u) { return u ? u->workers : -1; }
CONGDOAN_API long congdoan_unit_declared_upper_grassroots_units(const congdoan_unit *u) { return u ? u->declared_upper : -1; }
CONGDOAN_API long congdoan_unit_declared_grassroots_units(const congdoan_unit *u) { return u ? u->declared_grassroots : -1; }
CONGDOAN_API size_t congdoan_unit_classification_count(const congdoan_unit *u) { return u ? u->classification_count : 0; }

CONGDOAN_API int congdoan_unit_classification_year(const congdoan_unit *u, size_t i)
{
    return u && i < u->classification_count ? u->classifications[i].year : 0;
}

CONGDOAN_API congdoan_grade congdoan_unit_classification_grade(const congdoan_unit *u, size_t i)
{
    return u && i < u->classification_count ? u->classifications[i].grade : CONGDOAN_GRADE_NONE;
}

CONGDOAN_API congdoan_grade congdoan_unit_classification(const congdoan_unit *u, int year)
{
    for (size_t i = 0; u && i < u->classification_count; i++)
        if (u->classifications[i].year == year)
            return u->classifications[i].grade;
    return CONGDOAN_GRADE_NONE;
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API congdoan_org_kind congdoan_unit_org_kind(const congdoan_unit *u)
{
    return u && u->kind == CONGDOAN_UNIT_ORGANISATION ? u->org_kind : CONGDOAN_ORG_KIND_NONE;
}
CONGDOAN_API congdoan_group_kind congdoan_unit_group_kind(const congdoan_unit *u)
{
    return u && u->kind == CONGDOAN_UNIT_GROUP ? u->group_kind : CONGDOAN_GROUP_NONE;
}
CONGDOAN_API size_t congdoan_unit_member_count(const congdoan_unit *u) { return u ? u->group_member_count : 0; }
CONGDOAN_API const char *congdoan_unit_member_id(const congdoan_unit *u, size_t i)
{
    return u && i < u->group_member_count ? u->group_members[i] : NULL;
}
CONGDOAN_API const congdoan_unit *congdoan_unit_member(const congdoan_unit *u, size_t i)
{
    return u && i < u->group_member_count ? congdoan__unit_lookup(u->corpus, u->group_members[i]) : NULL;
}
