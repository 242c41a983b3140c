/*
 * Fields kept aside (see congdoan__aside in model.h): the rare fields of units and reports, in
 * a record made when one of them is first set. A national file has 150,000 units and as many
 * reports, nearly none with a short name, departments, a note or task statuses: each pays one
 * pointer for them instead of their room.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <stddef.h>
#include <string.h>

static const congdoan__unit_aside unit_blank = {.declared_upper = -1, .declared_grassroots = -1};
const congdoan__aside congdoan__unit_aside_at = {offsetof(congdoan_unit, aside), sizeof(congdoan__unit_aside),
                                                 &unit_blank};

static const congdoan__report_aside report_blank = {0};
const congdoan__aside congdoan__report_aside_at = {offsetof(congdoan_report, aside), sizeof(congdoan__report_aside),
                                                   &report_blank};

char *congdoan__aside_make(const congdoan__aside *aside, void *obj, congdoan__arena *arena)
{
    if (!aside)
        return obj;
    char **link = (char **)(void *)((char *)obj + aside->link);
    if (!*link) {
        char *rec = congdoan__arena_alloc_raw(arena, aside->size);
        if (!rec)
            return NULL;
        memcpy(rec, aside->blank, aside->size);
        *link = rec;
    }
    return *link;
}
