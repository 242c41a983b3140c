/*
 * Names of enum values as they appear in the XML. Index = enum value; NULL for values with no
 * name. One table per enum serves parsing, the public *_name() functions and (later) writing.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

const char *const congdoan__level_names[5] = {NULL, "central", "provincial", "upper-grassroots", "grassroots"};
const char *const congdoan__sector_names[4] = {NULL, "public", "state-enterprise", "non-state-enterprise"};
const char *const congdoan__grade_names[5] = {NULL, "not-completed", "completed", "good", "excellent"};
const char *const congdoan__body_kind_names[5] = {NULL, "executive-committee", "presidium", "standing-committee",
                                                  "inspection-committee"};
const char *const congdoan__document_kind_names[12] = {NULL, "resolution", "directive", "conclusion", "decision",
                                                       "plan", "programme", "scheme", "guidance", "report",
                                                       "regulation", "notice"};
const char *const congdoan__relation_names[7] = {NULL, "implements", "based-on", "concretises", "amends",
                                                 "replaces", "reviews"};
const char *const congdoan__measure_names[5] = {NULL, "count", "percentage", "average", "share-of-units"};
const char *const congdoan__comparator_names[5] = {NULL, "at-least", "at-most", "exactly", "range"};
const char *const congdoan__task_status_names[5] = {NULL, "not-started", "in-progress", "done", "cancelled"};
const char *const congdoan__coverage_names[3] = {NULL, "self", "subtree"};
const char *const congdoan__frequency_names[5] = {NULL, "yearly", "half-yearly", "quarterly", "monthly"};

int congdoan__name_lookup(const char *const *names, size_t count, const char *s, size_t len)
{
    for (size_t i = 0; i < count; i++)
        if (names[i] && strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
            return (int)i;
    return -1;
}

#define NAME_OF(table, value) \
    ((int)(value) >= 0 && (size_t)(value) < sizeof(table) / sizeof(table[0]) ? table[(int)(value)] : NULL)

CONGDOAN_API const char *congdoan_level_name(congdoan_level level) { return NAME_OF(congdoan__level_names, level); }
CONGDOAN_API const char *congdoan_sector_name(congdoan_sector sector) { return NAME_OF(congdoan__sector_names, sector); }
CONGDOAN_API const char *congdoan_grade_name(congdoan_grade grade) { return NAME_OF(congdoan__grade_names, grade); }
CONGDOAN_API const char *congdoan_relation_type_name(congdoan_relation_type type)
{
    return NAME_OF(congdoan__relation_names, type);
}
CONGDOAN_API const char *congdoan_measure_name(congdoan_measure measure) { return NAME_OF(congdoan__measure_names, measure); }
CONGDOAN_API const char *congdoan_comparator_name(congdoan_comparator comparator)
{
    return NAME_OF(congdoan__comparator_names, comparator);
}
CONGDOAN_API const char *congdoan_task_status_name(congdoan_task_status status)
{
    return NAME_OF(congdoan__task_status_names, status);
}
CONGDOAN_API const char *congdoan_document_kind_name(congdoan_document_kind kind)
{
    return kind == CONGDOAN_DOCUMENT_UNKNOWN ? NULL : NAME_OF(congdoan__document_kind_names, kind);
}
