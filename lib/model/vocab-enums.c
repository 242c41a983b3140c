/*
 * The names of enum values as the XML writes them, with the C enumerators the editing API
 * names in its messages: one row per value, index = enum value, each table with its own count.
 * They serve the loader, the writer, the editor, the checks and the public *_name() functions.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/vocab.h"

#include <stdio.h>
#include <string.h>

#define ENUM(what, rows) {what, rows, sizeof rows / sizeof rows[0]}

static const congdoan__enum_value levels[] = {
    {NULL, "CONGDOAN_LEVEL_UNKNOWN"},
    {"central", "CONGDOAN_LEVEL_CENTRAL"},
    {"provincial", "CONGDOAN_LEVEL_PROVINCIAL"},
    {"upper-grassroots", "CONGDOAN_LEVEL_UPPER_GRASSROOTS"},
    {"grassroots", "CONGDOAN_LEVEL_GRASSROOTS"},
};
static const congdoan__enum_value sectors[] = {
    {NULL, "CONGDOAN_SECTOR_NONE"},
    {"public", "CONGDOAN_SECTOR_PUBLIC"},
    {"state-enterprise", "CONGDOAN_SECTOR_STATE_ENTERPRISE"},
    {"non-state-enterprise", "CONGDOAN_SECTOR_NON_STATE_ENTERPRISE"},
};
static const congdoan__enum_value grades[] = {
    {NULL, "CONGDOAN_GRADE_NONE"},
    {"not-completed", "CONGDOAN_GRADE_NOT_COMPLETED"},
    {"completed", "CONGDOAN_GRADE_COMPLETED"},
    {"good", "CONGDOAN_GRADE_GOOD"},
    {"excellent", "CONGDOAN_GRADE_EXCELLENT"},
};
static const congdoan__enum_value body_kinds[] = {
    {NULL, "CONGDOAN_BODY_NONE"},
    {"executive-committee", "CONGDOAN_BODY_EXECUTIVE_COMMITTEE"},
    {"presidium", "CONGDOAN_BODY_PRESIDIUM"},
    {"standing-committee", "CONGDOAN_BODY_STANDING_COMMITTEE"},
    {"inspection-committee", "CONGDOAN_BODY_INSPECTION_COMMITTEE"},
};
static const congdoan__enum_value document_kinds[] = {
    {NULL, "CONGDOAN_DOCUMENT_UNKNOWN"},
    {"resolution", "CONGDOAN_DOCUMENT_RESOLUTION"},
    {"directive", "CONGDOAN_DOCUMENT_DIRECTIVE"},
    {"conclusion", "CONGDOAN_DOCUMENT_CONCLUSION"},
    {"decision", "CONGDOAN_DOCUMENT_DECISION"},
    {"plan", "CONGDOAN_DOCUMENT_PLAN"},
    {"programme", "CONGDOAN_DOCUMENT_PROGRAMME"},
    {"scheme", "CONGDOAN_DOCUMENT_SCHEME"},
    {"guidance", "CONGDOAN_DOCUMENT_GUIDANCE"},
    {"report", "CONGDOAN_DOCUMENT_REPORT"},
    {"regulation", "CONGDOAN_DOCUMENT_REGULATION"},
    {"notice", "CONGDOAN_DOCUMENT_NOTICE"},
};
static const congdoan__enum_value relation_types[] = {
    {NULL, NULL},
    {"implements", "CONGDOAN_RELATION_IMPLEMENTS"},
    {"based-on", "CONGDOAN_RELATION_BASED_ON"},
    {"concretises", "CONGDOAN_RELATION_CONCRETISES"},
    {"amends", "CONGDOAN_RELATION_AMENDS"},
    {"replaces", "CONGDOAN_RELATION_REPLACES"},
    {"reviews", "CONGDOAN_RELATION_REVIEWS"},
};
static const congdoan__enum_value measures[] = {
    {NULL, NULL},
    {"count", "CONGDOAN_MEASURE_COUNT"},
    {"percentage", "CONGDOAN_MEASURE_PERCENTAGE"},
    {"average", "CONGDOAN_MEASURE_AVERAGE"},
    {"share-of-units", "CONGDOAN_MEASURE_SHARE_OF_UNITS"},
};
static const congdoan__enum_value comparators[] = {
    {NULL, NULL},
    {"at-least", "CONGDOAN_COMPARATOR_AT_LEAST"},
    {"at-most", "CONGDOAN_COMPARATOR_AT_MOST"},
    {"exactly", "CONGDOAN_COMPARATOR_EXACTLY"},
    {"range", "CONGDOAN_COMPARATOR_RANGE"},
};
static const congdoan__enum_value task_statuses[] = {
    {NULL, "CONGDOAN_TASK_STATUS_NONE"},
    {"not-started", "CONGDOAN_TASK_NOT_STARTED"},
    {"in-progress", "CONGDOAN_TASK_IN_PROGRESS"},
    {"done", "CONGDOAN_TASK_DONE"},
    {"cancelled", "CONGDOAN_TASK_CANCELLED"},
};
static const congdoan__enum_value coverages[] = {
    {NULL, NULL},
    {"self", "CONGDOAN_COVERAGE_SELF"},
    {"subtree", "CONGDOAN_COVERAGE_SUBTREE"},
};
/* A reporting frequency is a congdoan_period_kind; days are not a frequency. */
static const congdoan__enum_value frequencies[] = {
    {NULL, "CONGDOAN_PERIOD_NONE"},
    {"yearly", "CONGDOAN_PERIOD_YEAR"},
    {"half-yearly", "CONGDOAN_PERIOD_HALF_YEAR"},
    {"quarterly", "CONGDOAN_PERIOD_QUARTER"},
    {"monthly", "CONGDOAN_PERIOD_MONTH"},
};

const congdoan__enum congdoan__levels = ENUM("level", levels);
const congdoan__enum congdoan__sectors = ENUM("sector", sectors);
const congdoan__enum congdoan__grades = ENUM("grade", grades);
const congdoan__enum congdoan__body_kinds = ENUM("body kind", body_kinds);
const congdoan__enum congdoan__document_kinds = ENUM("document kind", document_kinds);
const congdoan__enum congdoan__relation_types = ENUM("relation type", relation_types);
const congdoan__enum congdoan__measures = ENUM("measure", measures);
const congdoan__enum congdoan__comparators = ENUM("comparator", comparators);
const congdoan__enum congdoan__task_statuses = ENUM("task status", task_statuses);
const congdoan__enum congdoan__coverages = ENUM("coverage", coverages);
const congdoan__enum congdoan__frequencies = ENUM("reporting frequency", frequencies);

int congdoan__enum_lookup(const congdoan__enum *e, const char *s, size_t len)
{
    for (size_t i = 0; i < e->count; i++) {
        const char *n = e->values[i].name;
        size_t k = 0;
        if (!n)
            continue;
        while (k < len && n[k] == s[k]) /* stops at n's end: s holds no NUL before len */
            k++;
        if (k == len && n[k] == '\0')
            return (int)i;
    }
    return -1;
}

const char *congdoan__enum_name(const congdoan__enum *e, int value)
{
    return value >= 0 && (size_t)value < e->count ? e->values[value].name : NULL;
}

const char *congdoan__enum_list(const congdoan__enum *e, int from, char *buf, size_t size)
{
    size_t off = 0, last = e->count;
    while (last > 0 && !e->values[last - 1].name)
        last--;
    buf[0] = '\0';
    for (size_t i = from > 0 ? (size_t)from : 0; i < e->count; i++) {
        if (!e->values[i].name)
            continue;
        const char *sep = off == 0 ? "" : i + 1 == last ? " or " : ", ";
        int n = snprintf(buf + off, size - off, "%s%s", sep, e->values[i].name);
        if (n < 0 || (size_t)n >= size - off) {
            buf[0] = '\0';
            break;
        }
        off += (size_t)n;
    }
    return buf;
}

CONGDOAN_API const char *congdoan_level_name(congdoan_level level) { return congdoan__enum_name(&congdoan__levels, level); }
CONGDOAN_API const char *congdoan_sector_name(congdoan_sector sector)
{
    return congdoan__enum_name(&congdoan__sectors, sector);
}
CONGDOAN_API const char *congdoan_grade_name(congdoan_grade grade) { return congdoan__enum_name(&congdoan__grades, grade); }
CONGDOAN_API const char *congdoan_relation_type_name(congdoan_relation_type type)
{
    return congdoan__enum_name(&congdoan__relation_types, type);
}
CONGDOAN_API const char *congdoan_measure_name(congdoan_measure measure)
{
    return congdoan__enum_name(&congdoan__measures, measure);
}
CONGDOAN_API const char *congdoan_comparator_name(congdoan_comparator comparator)
{
    return congdoan__enum_name(&congdoan__comparators, comparator);
}
CONGDOAN_API const char *congdoan_task_status_name(congdoan_task_status status)
{
    return congdoan__enum_name(&congdoan__task_statuses, status);
}
CONGDOAN_API const char *congdoan_document_kind_name(congdoan_document_kind kind)
{
    return congdoan__enum_name(&congdoan__document_kinds, kind);
}
