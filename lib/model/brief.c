/*
 * The units' briefs (model.h: congdoan__unit_brief): what the roll-up reads of every unit,
 * copied out of the unit records into one packed array, refreshed by the few places that change
 * what it copies (hierarchy.c, the unit setters of edit-unit.c, the commit of a load).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

int congdoan__briefs_reserve(congdoan_corpus *c, size_t count)
{
    if (count <= c->briefs_cap)
        return 0;
    /* doubling: units added one at a time through the API stay linear */
    size_t cap = c->briefs_cap * 2 > count ? c->briefs_cap * 2 : count;
    if (cap > SIZE_MAX / sizeof *c->briefs)
        return CONGDOAN_ENOMEM;
    congdoan__unit_brief *grown = congdoan__realloc(c->briefs, cap * sizeof *grown);
    if (!grown)
        return CONGDOAN_ENOMEM;
    c->briefs = grown, c->briefs_cap = cap;
    return 0;
}

static uint8_t small(unsigned v)
{
    return v < 255 ? (uint8_t)v : 255; /* out of the roll-up's tables: it reads the record then */
}

void congdoan__brief_refresh(congdoan_corpus *c, const congdoan_unit *u)
{
    congdoan__unit_brief b = {0};
    if (u->kind == CONGDOAN_UNIT_ORGANISATION) {
        b.flags = CONGDOAN__BRIEF_ORGANISATION;
        b.parent = u->parent && u->parent->index < UINT32_MAX ? (uint32_t)u->parent->index + 1 : 0;
    }
    b.flags |= u->child_count ? 0 : CONGDOAN__BRIEF_LEAF;
    b.level = small((unsigned)u->level);
    b.sector = small((unsigned)u->sector);
    if (u->classification_count <= 1) {
        b.flags |= CONGDOAN__BRIEF_GRADED;
        if (u->classification_count) {
            b.grade = small((unsigned)u->classifications[0].grade);
            b.year = u->classifications[0].year;
        }
    }
    c->briefs[u->index] = b;
}
