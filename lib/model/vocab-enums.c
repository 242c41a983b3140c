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
    {NULL, "CONGDOAN_LEVEL_UNKNOWN", 0},
    {"central", "CONGDOAN_LEVEL_CENTRAL", 0},
    {"provincial", "CONGDOAN_LEVEL_PROVINCIAL", 0},
    {"upper-grassroots", "CONGDOAN_LEVEL_UPPER_GRASSROOTS", 0},
    {"grassroots", "CONGDOAN_LEVEL_GRASSROOTS", 0},
};
static const congdoan__enum_value sectors[] = {
    {NULL, "CONGDOAN_SECTOR_NONE", 0},
    {"public", "CONGDOAN_SECTOR_PUBLIC", 0},
    {"state-enterprise", "CONGDOAN_SECTOR_STATE_ENTERPRISE", 0},
    {"non-state-enterprise", "CONGDOAN_SECTOR_NON_STATE_ENTERPRISE", 0},
};
static const congdoan__enum_value grades[] = {
    {NULL, "CONGDOAN_GRADE_NONE", 0},
    {"not-completed", "CONGDOAN_GRADE_NOT_COMPLETED", 0},
    {"completed", "CONGDOAN_GRADE_COMPLETED", 0},
    {"good", "CONGDOAN_GRADE_GOOD", 0},
    {"excellent", "CONGDOAN_GRADE_EXCELLENT", 0},
};
static const congdoan__enum_value body_kinds[] = {
    {NULL, "CONGDOAN_BODY_NONE", 0},
    {"executive-committee", "CONGDOAN_BODY_EXECUTIVE_COMMITTEE", 0},
    {"presidium", "CONGDOAN_BODY_PRESIDIUM", 0},
    {"standing-committee", "CONGDOAN_BODY_STANDING_COMMITTEE", 0},
    {"inspection-committee", "CONGDOAN_BODY_INSPECTION_COMMITTEE", 0},
    {"congress", "CONGDOAN_BODY_CONGRESS", 2},
};
static const congdoan__enum_value org_kinds[] = {
    {NULL, "CONGDOAN_ORG_KIND_NONE", 0},
    {"federation", "CONGDOAN_ORG_KIND_FEDERATION", 0},
    {"sectoral", "CONGDOAN_ORG_KIND_SECTORAL", 0},
    {"corporation", "CONGDOAN_ORG_KIND_CORPORATION", 0},
    {"civil-servants", "CONGDOAN_ORG_KIND_CIVIL_SERVANTS", 0},
    {"industrial-zone", "CONGDOAN_ORG_KIND_INDUSTRIAL_ZONE", 0},
};
static const congdoan__enum_value group_kinds[] = {
    {NULL, "CONGDOAN_GROUP_NONE", 0},
    {"emulation-cluster", "CONGDOAN_GROUP_EMULATION_CLUSTER", 0},
    {"emulation-bloc", "CONGDOAN_GROUP_EMULATION_BLOC", 0},
};
static const congdoan__enum_value document_kinds[] = {
    {NULL, "CONGDOAN_DOCUMENT_UNKNOWN", 0},
    {"resolution", "CONGDOAN_DOCUMENT_RESOLUTION", 0},
    {"directive", "CONGDOAN_DOCUMENT_DIRECTIVE", 0},
    {"conclusion", "CONGDOAN_DOCUMENT_CONCLUSION", 0},
    {"decision", "CONGDOAN_DOCUMENT_DECISION", 0},
    {"plan", "CONGDOAN_DOCUMENT_PLAN", 0},
    {"programme", "CONGDOAN_DOCUMENT_PROGRAMME", 0},
    {"scheme", "CONGDOAN_DOCUMENT_SCHEME", 0},
    {"guidance", "CONGDOAN_DOCUMENT_GUIDANCE", 0},
    {"report", "CONGDOAN_DOCUMENT_REPORT", 0},
    {"regulation", "CONGDOAN_DOCUMENT_REGULATION", 0},
    {"notice", "CONGDOAN_DOCUMENT_NOTICE", 0},
    {"news", "CONGDOAN_DOCUMENT_NEWS", 2},
};
static const congdoan__enum_value relation_types[] = {
    {NULL, NULL, 0},
    {"implements", "CONGDOAN_RELATION_IMPLEMENTS", 0},
    {"based-on", "CONGDOAN_RELATION_BASED_ON", 0},
    {"concretises", "CONGDOAN_RELATION_CONCRETISES", 0},
    {"amends", "CONGDOAN_RELATION_AMENDS", 0},
    {"replaces", "CONGDOAN_RELATION_REPLACES", 0},
    {"reviews", "CONGDOAN_RELATION_REVIEWS", 0},
    {"refers-to", "CONGDOAN_RELATION_REFERS_TO", 2},
};
static const congdoan__enum_value measures[] = {
    {NULL, NULL, 0},
    {"count", "CONGDOAN_MEASURE_COUNT", 0},
    {"percentage", "CONGDOAN_MEASURE_PERCENTAGE", 0},
    {"average", "CONGDOAN_MEASURE_AVERAGE", 0},
    {"share-of-units", "CONGDOAN_MEASURE_SHARE_OF_UNITS", 0},
    {"money", "CONGDOAN_MEASURE_MONEY", 2},
    {"score", "CONGDOAN_MEASURE_SCORE", 2},
};
/* A result's figure is stated, not computed from units: no share of units. */
static const congdoan__enum_value result_measures[] = {
    {NULL, NULL, 0},
    {"count", "CONGDOAN_MEASURE_COUNT", 0},
    {"percentage", "CONGDOAN_MEASURE_PERCENTAGE", 0},
    {"average", "CONGDOAN_MEASURE_AVERAGE", 0},
    {NULL, "CONGDOAN_MEASURE_SHARE_OF_UNITS", 0},
    {"money", "CONGDOAN_MEASURE_MONEY", 2},
    {"score", "CONGDOAN_MEASURE_SCORE", 2},
};
static const congdoan__enum_value comparators[] = {
    {NULL, NULL, 0},
    {"at-least", "CONGDOAN_COMPARATOR_AT_LEAST", 0},
    {"at-most", "CONGDOAN_COMPARATOR_AT_MOST", 0},
    {"exactly", "CONGDOAN_COMPARATOR_EXACTLY", 0},
    {"range", "CONGDOAN_COMPARATOR_RANGE", 0},
    {"more-than", "CONGDOAN_COMPARATOR_MORE_THAN", 2},
    {"less-than", "CONGDOAN_COMPARATOR_LESS_THAN", 2},
    {"about", "CONGDOAN_COMPARATOR_ABOUT", 2},
    {"range-or-more", "CONGDOAN_COMPARATOR_RANGE_OR_MORE", 2},
    {"target", "CONGDOAN_COMPARATOR_TARGET", 2},
};
/* How a stated figure is qualified (<result comparator>, over-target-comparator): the
 * comparators a single figure can carry. */
static const congdoan__enum_value result_comparators[] = {
    {NULL, NULL, 0},
    {"at-least", "CONGDOAN_COMPARATOR_AT_LEAST", 0},
    {"at-most", "CONGDOAN_COMPARATOR_AT_MOST", 0},
    {"exactly", "CONGDOAN_COMPARATOR_EXACTLY", 0},
    {NULL, "CONGDOAN_COMPARATOR_RANGE", 0},
    {"more-than", "CONGDOAN_COMPARATOR_MORE_THAN", 2},
    {"less-than", "CONGDOAN_COMPARATOR_LESS_THAN", 2},
    {"about", "CONGDOAN_COMPARATOR_ABOUT", 2},
};
/* The threshold of a population ("từ 25 lao động trở lên"): no approximation, no range. */
static const congdoan__enum_value threshold_comparators[] = {
    {NULL, NULL, 0},
    {"at-least", "CONGDOAN_COMPARATOR_AT_LEAST", 0},
    {"at-most", "CONGDOAN_COMPARATOR_AT_MOST", 0},
    {"exactly", "CONGDOAN_COMPARATOR_EXACTLY", 0},
    {NULL, "CONGDOAN_COMPARATOR_RANGE", 0},
    {"more-than", "CONGDOAN_COMPARATOR_MORE_THAN", 2},
    {"less-than", "CONGDOAN_COMPARATOR_LESS_THAN", 2},
};
static const congdoan__enum_value directions[] = {
    {NULL, NULL, 0},
    {"higher", "CONGDOAN_DIRECTION_HIGHER", 0},
    {"lower", "CONGDOAN_DIRECTION_LOWER", 0},
};
/* true and false as written; 0 is "not said" (false). */
static const congdoan__enum_value booleans[] = {
    {NULL, NULL, 0},
    {"true", "1", 0},
    {"false", "0", 0},
};
static const congdoan__enum_value task_statuses[] = {
    {NULL, "CONGDOAN_TASK_STATUS_NONE", 0},
    {"not-started", "CONGDOAN_TASK_NOT_STARTED", 0},
    {"in-progress", "CONGDOAN_TASK_IN_PROGRESS", 0},
    {"done", "CONGDOAN_TASK_DONE", 0},
    {"cancelled", "CONGDOAN_TASK_CANCELLED", 0},
};
static const congdoan__enum_value coverages[] = {
    {NULL, NULL, 0},
    {"self", "CONGDOAN_COVERAGE_SELF", 0},
    {"subtree", "CONGDOAN_COVERAGE_SUBTREE", 0},
};
/* A reporting frequency is a congdoan_period_kind; days are not a frequency. */
static const congdoan__enum_value frequencies[] = {
    {NULL, "CONGDOAN_PERIOD_NONE", 0},
    {"yearly", "CONGDOAN_PERIOD_YEAR", 0},
    {"half-yearly", "CONGDOAN_PERIOD_HALF_YEAR", 0},
    {"quarterly", "CONGDOAN_PERIOD_QUARTER", 0},
    {"monthly", "CONGDOAN_PERIOD_MONTH", 0},
};

/* Values the XML does not write as attribute values, named here for machine-readable output
 * (the program's JSON and CSV, Python's labels) so that every name of an enum value is in this
 * file. The kind of a unit is the element that declares it: <unit> is an organisation,
 * <department>, <body>, <group>; the kind of a due time follows from its code ("2025-Q2",
 * "yearly:12-15", "ongoing"); where a figure comes from is the answer of a progress query. */
static const congdoan__enum_value unit_kinds[] = {
    {NULL, NULL, 0},
    {"organisation", "CONGDOAN_UNIT_ORGANISATION", 0},
    {"department", "CONGDOAN_UNIT_DEPARTMENT", 0},
    {"body", "CONGDOAN_UNIT_BODY", 0},
    {"group", "CONGDOAN_UNIT_GROUP", 2},
};
static const congdoan__enum_value due_kinds[] = {
    {NULL, "CONGDOAN_DUE_NONE", 0},
    {"period", "CONGDOAN_DUE_PERIOD", 0},
    {"recurring", "CONGDOAN_DUE_RECURRING", 0},
    {"ongoing", "CONGDOAN_DUE_ONGOING", 0},
};
static const congdoan__enum_value value_sources[] = {
    {NULL, "CONGDOAN_SOURCE_NONE", 0},
    {"computed", "CONGDOAN_SOURCE_COMPUTED", 0},
    {"reported-total", "CONGDOAN_SOURCE_REPORTED_TOTAL", 0},
    {"unit-data", "CONGDOAN_SOURCE_UNIT_DATA", 0},
};
/* The notation of extraction answers (corpus-dev's ANSWERS.md, `congdoan import --format json`),
 * in ASCII: a bare figure (no comparator, exactly, a target) is "=", both ranges are "range". */
static const congdoan__enum_value comparator_ascii[] = {
    {"=", NULL, 0},
    {">=", "CONGDOAN_COMPARATOR_AT_LEAST", 0},
    {"<=", "CONGDOAN_COMPARATOR_AT_MOST", 0},
    {"=", "CONGDOAN_COMPARATOR_EXACTLY", 0},
    {"range", "CONGDOAN_COMPARATOR_RANGE", 0},
    {">", "CONGDOAN_COMPARATOR_MORE_THAN", 2},
    {"<", "CONGDOAN_COMPARATOR_LESS_THAN", 2},
    {"~", "CONGDOAN_COMPARATOR_ABOUT", 2},
    {"range", "CONGDOAN_COMPARATOR_RANGE_OR_MORE", 2},
    {"=", "CONGDOAN_COMPARATOR_TARGET", 2},
};
static const congdoan__enum comparator_ascii_names = ENUM("comparator notation", comparator_ascii);
static const congdoan__enum unit_kind_names = ENUM("unit kind", unit_kinds);
static const congdoan__enum due_kind_names = ENUM("due kind", due_kinds);
static const congdoan__enum value_source_names = ENUM("value source", value_sources);

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
const congdoan__enum congdoan__org_kinds = ENUM("organisation kind", org_kinds);
const congdoan__enum congdoan__group_kinds = ENUM("group kind", group_kinds);
const congdoan__enum congdoan__result_measures = ENUM("result measure", result_measures);
const congdoan__enum congdoan__result_comparators = ENUM("result comparator", result_comparators);
const congdoan__enum congdoan__threshold_comparators = ENUM("threshold comparator", threshold_comparators);
const congdoan__enum congdoan__directions = ENUM("direction", directions);
const congdoan__enum congdoan__booleans = ENUM("boolean", booleans);

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
        const char *sep = off == 0 ? "" : i + 1 == last ? _(" or ") : ", ";
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
CONGDOAN_API const char *congdoan_org_kind_name(congdoan_org_kind kind)
{
    return congdoan__enum_name(&congdoan__org_kinds, kind);
}
CONGDOAN_API const char *congdoan_group_kind_name(congdoan_group_kind kind)
{
    return congdoan__enum_name(&congdoan__group_kinds, kind);
}
CONGDOAN_API const char *congdoan_direction_name(congdoan_direction direction)
{
    return congdoan__enum_name(&congdoan__directions, direction);
}
CONGDOAN_API const char *congdoan_unit_kind_name(congdoan_unit_kind kind)
{
    return congdoan__enum_name(&unit_kind_names, kind);
}
CONGDOAN_API const char *congdoan_body_kind_name(congdoan_body_kind kind)
{
    return congdoan__enum_name(&congdoan__body_kinds, kind);
}
CONGDOAN_API const char *congdoan_due_kind_name(congdoan_due_kind kind)
{
    return congdoan__enum_name(&due_kind_names, kind);
}
CONGDOAN_API const char *congdoan_value_source_name(congdoan_value_source source)
{
    return congdoan__enum_name(&value_source_names, source);
}
CONGDOAN_API const char *congdoan_frequency_name(congdoan_period_kind kind)
{
    return congdoan__enum_name(&congdoan__frequencies, kind);
}
CONGDOAN_API const char *congdoan_comparator_ascii(congdoan_comparator comparator)
{
    return congdoan__enum_name(&comparator_ascii_names, comparator);
}
