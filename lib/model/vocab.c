/*
 * The vocabulary table: every element of urn:congdoan:1, its attributes, text and children,
 * and where each lives in the model (see vocab.h). REFERENCE.md describes the same vocabulary
 * for people and congdoan-1.rng for other tools; tests/test-vocab.c holds this table against the
 * schema name by name. Attributes are listed in the order the writer writes them, children in
 * the order the writer writes them (and the schema wants them).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/vocab.h"

#include <stddef.h>
#include <string.h>

_Static_assert(sizeof(congdoan_level) == sizeof(int), "enum fields are read and written as int");

#define REQ CONGDOAN__A_REQUIRED
#define V12 CONGDOAN__A_SINCE_1_2 /* added in revision 1.2 */
#define COUNT_OF(a) (sizeof a / sizeof a[0])

/* attributes */
#define ATTR(name, kind, flags, type, field) {name, CONGDOAN__K_##kind, flags, NULL, 0, offsetof(type, field), 0, NULL}
#define ENUM(name, flags, names, absent, type, field) \
    {name, CONGDOAN__K_ENUM, flags, &names, absent, offsetof(type, field), 0, NULL}
#define NAMED(name, kind, names, type, field) {name, CONGDOAN__K_##kind, 0, &names, 0, offsetof(type, field), 0, NULL}
#define NAMED12(name, kind, names, type, field) {name, CONGDOAN__K_##kind, V12, &names, 0, offsetof(type, field), 0, NULL}
#define DECIMAL(name, flags, type, field, has) \
    {name, CONGDOAN__K_DECIMAL, flags, NULL, 0, offsetof(type, field), offsetof(type, has), NULL}
#define IDS(name, type, field, count) {name, CONGDOAN__K_IDS, V12, NULL, 0, offsetof(type, field), offsetof(type, count), NULL}
/* An id pair DOCUMENT-ID#INDICATOR-ID */
#define REFINES(name, flags, type, doc, ind) \
    {name, CONGDOAN__K_REFINES, flags, NULL, 0, offsetof(type, doc), offsetof(type, ind), NULL}

/* attributes kept aside (see congdoan__aside): a unit's rare fields */
#define UA &congdoan__unit_aside_at
#define U_ATTR(name, kind, flags, field) \
    {name, CONGDOAN__K_##kind, flags, NULL, 0, offsetof(congdoan__unit_aside, field), 0, UA}
#define U_ENUM(name, flags, names, absent, field) \
    {name, CONGDOAN__K_ENUM, flags, &names, absent, offsetof(congdoan__unit_aside, field), 0, UA}

/* children */
#define IN_CORPUS(el, mix, r) {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .mixed = mix, .role = r, \
                               .place = CONGDOAN__IN_CORPUS}
#define ONE_IN_PARENT(el, r, type, field) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__ONE, .role = r, .place = CONGDOAN__IN_PARENT, \
     .at = offsetof(type, field)}
#define OPTIONAL_IN_PARENT(el, r, at_, type, when_) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__OPTIONAL, .role = r, .place = CONGDOAN__IN_PARENT, .at = at_, \
     .when = offsetof(type, when_), .when_size = sizeof(((type *)0)->when_)}
#define ARRAY_OF(type, list_, count_, slot) \
    .place = CONGDOAN__IN_ARRAY, .list = offsetof(type, list_), .count = offsetof(type, count_), \
    .count_size = sizeof(((type *)0)->count_), .stride = sizeof(slot)
#define MANY(el, r, type, list_, count_, slot) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .role = r, ARRAY_OF(type, list_, count_, slot)}
#define MANY_POINTERS(el, r, type, list_, count_) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .role = r, .deref = 1, \
     ARRAY_OF(type, list_, count_, void *)}

#define ELEMENT(name_, attrs_, children_, text_, field_, flags_) \
    {name_, attrs_, COUNT_OF(attrs_), children_, COUNT_OF(children_), text_, field_, flags_}
#define LEAF(name_, attrs_, text_, field_, flags_) {name_, attrs_, COUNT_OF(attrs_), NULL, 0, text_, field_, flags_}
#define TEXT_ONLY(name_) {name_, NULL, 0, NULL, 0, CONGDOAN__TEXT_REQUIRED, 0, 0}

/* ---- <congdoan> ------------------------------------------------------------------------------ */

static const congdoan__attr root_attrs[] = {
    {"version", CONGDOAN__K_VERSION, REQ, NULL, 0, CONGDOAN__NO_FIELD, 0, NULL},
};
static const congdoan__child root_children[] = {
    IN_CORPUS(UNIT, 0, CONGDOAN__ROLE_UNIT),
    IN_CORPUS(GROUP, 1, CONGDOAN__ROLE_GROUP),
    IN_CORPUS(DOCUMENT, 1, CONGDOAN__ROLE_DOCUMENT),
    IN_CORPUS(REPORT, 1, CONGDOAN__ROLE_REPORT),
};

/* ---- units ----------------------------------------------------------------------------------- */

static const congdoan__attr unit_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ENUM("level", REQ, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan_unit, level),
    U_ENUM("kind", V12, congdoan__org_kinds, CONGDOAN_ORG_KIND_NONE, org_kind),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    U_ATTR("short-name", TEXT, 0, short_name),
    ATTR("parent", REF, 0, congdoan_unit, parent_id),
    ENUM("sector", 0, congdoan__sectors, CONGDOAN_SECTOR_NONE, congdoan_unit, sector),
    ATTR("members", COUNT, 0, congdoan_unit, members),
    ATTR("workers", COUNT, 0, congdoan_unit, workers),
    U_ATTR("upper-grassroots-units", COUNT, 0, declared_upper),
    U_ATTR("grassroots-units", COUNT, 0, declared_grassroots),
};
/* Departments and bodies share the unit's list; a body is a unit of kind CONGDOAN_UNIT_BODY. */
#define UNIT_PART(el, mix, kind_) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .mixed = mix, .role = CONGDOAN__ROLE_UNIT, .deref = 1, \
     ARRAY_OF(congdoan__unit_aside, departments, department_count, void *), .selects = 1, .select_in_object = 1, \
     .select = offsetof(congdoan_unit, kind), .select_value = kind_, .aside = UA}
static const congdoan__child unit_children[] = {
    UNIT_PART(DEPARTMENT, 0, CONGDOAN_UNIT_DEPARTMENT),
    UNIT_PART(BODY, 1, CONGDOAN_UNIT_BODY),
    MANY(CLASSIFICATION, CONGDOAN__ROLE_CLASSIFICATION, congdoan_unit, classifications, classification_count,
         congdoan__classification),
};
static const congdoan__attr department_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    U_ATTR("short-name", TEXT, 0, short_name),
};
static const congdoan__attr body_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    U_ATTR("short-name", TEXT, 0, short_name),
    ENUM("kind", 0, congdoan__body_kinds, CONGDOAN_BODY_NONE, congdoan_unit, body_kind),
};
/* A group is a unit of kind CONGDOAN_UNIT_GROUP; its members are ids (the object of a <member>
 * is its slot). */
static const congdoan__attr group_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    U_ENUM("kind", REQ, congdoan__group_kinds, CONGDOAN_GROUP_NONE, group_kind),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    U_ATTR("short-name", TEXT, 0, short_name),
    ATTR("parent", REF, 0, congdoan_unit, parent_id),
};
static const congdoan__child group_children[] = {
    {.elem = CONGDOAN__EL_MEMBER, .occurs = CONGDOAN__MANY, .role = CONGDOAN__ROLE_MEMBER,
     ARRAY_OF(congdoan__unit_aside, group_members, group_member_count, const char *), .aside = UA},
};
static const congdoan__attr member_attrs[] = {
    {"unit", CONGDOAN__K_REF, REQ, NULL, 0, 0, 0, NULL},
};
static const congdoan__attr classification_attrs[] = {
    ATTR("year", YEAR, REQ, congdoan__classification, year),
    ENUM("grade", REQ, congdoan__grades, CONGDOAN_GRADE_NONE, congdoan__classification, grade),
};

/* ---- documents ------------------------------------------------------------------------------- */

static const congdoan__attr document_attrs[] = {
    ATTR("id", ID, REQ, congdoan_document, id),
    ENUM("kind", REQ, congdoan__document_kinds, CONGDOAN_DOCUMENT_UNKNOWN, congdoan_document, kind),
    ATTR("number", DOCNUMBER, 0, congdoan_document, number),
    ATTR("issuer", REF, 0, congdoan_document, issuer_id),
    ATTR("issuer-text", TEXT, V12, congdoan_document, issuer_text),
    ATTR("issuing-body", REF, 0, congdoan_document, issuing_body_id),
    ATTR("issued", DATE, 0, congdoan_document, issued),
    ATTR("effective", DATE, 0, congdoan_document, effective),
    ATTR("published", DATE, V12, congdoan_document, published),
    ATTR("place", TEXT, 0, congdoan_document, place),
    ATTR("field", TEXT, 0, congdoan_document, field),
    ATTR("author", TEXT, V12, congdoan_document, author),
};
/* <source>: provenance kept inside the object whose last child it is */
#define SOURCE_OF(type) OPTIONAL_IN_PARENT(SOURCE, CONGDOAN__ROLE_SOURCE, offsetof(type, source), type, source.words)
static const congdoan__child document_children[] = {
    OPTIONAL_IN_PARENT(TITLE, CONGDOAN__ROLE_TITLE, offsetof(congdoan_document, title), congdoan_document, title),
    OPTIONAL_IN_PARENT(SIGNER, CONGDOAN__ROLE_SIGNER, 0, congdoan_document, signer_name),
    MANY(RELATION, CONGDOAN__ROLE_RELATION, congdoan_document, relations, relation_count, congdoan__relation),
    MANY(RECIPIENT, CONGDOAN__ROLE_RECIPIENT, congdoan_document, recipients, recipient_count, congdoan__recipient),
    OPTIONAL_IN_PARENT(REPORTING, CONGDOAN__ROLE_REPORTING, 0, congdoan_document, has_reporting),
    MANY_POINTERS(SECTION, CONGDOAN__ROLE_SECTION, congdoan_document, sections, section_count),
    SOURCE_OF(congdoan_document),
};
/* <signer> and <reporting> are parts of the document: their object is the document (and the
 * signer's <source> is the document's signer_source). */
static const congdoan__attr signer_attrs[] = {
    ATTR("name", TEXT, REQ, congdoan_document, signer_name),
    ATTR("position", TEXT, 0, congdoan_document, signer_position),
    ATTR("capacity", TEXT, 0, congdoan_document, signer_capacity),
};
static const congdoan__child signer_children[] = {
    OPTIONAL_IN_PARENT(SOURCE, CONGDOAN__ROLE_SIGNER_SOURCE, offsetof(congdoan_document, signer_source),
                       congdoan_document, signer_source.words),
};
static const congdoan__attr relation_attrs[] = {
    ENUM("type", REQ, congdoan__relation_types, 0, congdoan__relation, type),
    ATTR("document", REF, 0, congdoan__relation, target_id),
    ATTR("number", DOCNUMBER, 0, congdoan__relation, number),
    ATTR("title", TEXT, V12, congdoan__relation, title),
    ATTR("date", DATE, 0, congdoan__relation, date),
};
/* A relation's and a recipient's words are their text; their <source> (1.2) comes after it. */
static const congdoan__child relation_children[] = {
    OPTIONAL_IN_PARENT(SOURCE, CONGDOAN__ROLE_RELATION_SOURCE, offsetof(congdoan__relation, source),
                       congdoan__relation, source.words),
};
static const congdoan__attr recipient_attrs[] = {
    ATTR("unit", REF, 0, congdoan__recipient, unit_id),
};
static const congdoan__child recipient_children[] = {
    OPTIONAL_IN_PARENT(SOURCE, CONGDOAN__ROLE_RECIPIENT_SOURCE, offsetof(congdoan__recipient, source),
                       congdoan__recipient, source.words),
};
static const congdoan__attr reporting_attrs[] = {
    ATTR("to", REF, 0, congdoan_document, reporting_to_id),
    ATTR("via", REF, V12, congdoan_document, reporting_via_id),
    ENUM("frequency", 0, congdoan__frequencies, CONGDOAN_PERIOD_NONE, congdoan_document, reporting_frequency),
};
static const congdoan__child reporting_children[] = {
    MANY(DEADLINE, CONGDOAN__ROLE_DEADLINE, congdoan_document, deadlines, deadline_count, congdoan__deadline),
    MANY(REPORTER, CONGDOAN__ROLE_REPORTER, congdoan_document, reporters, reporter_count, congdoan__reporter),
};
static const congdoan__attr deadline_attrs[] = {
    ATTR("period", PERIOD, REQ, congdoan__deadline, period),
    ATTR("date", DATE, REQ, congdoan__deadline, date),
};
static const congdoan__attr reporter_attrs[] = {
    ATTR("unit", REF, REQ, congdoan__reporter, unit_id),
    IDS("indicators", congdoan__reporter, indicators, indicator_count),
    ENUM("coverage", V12, congdoan__coverages, 0, congdoan__reporter, coverage),
};

/* ---- sections, tasks, indicators --------------------------------------------------------------- */

static const congdoan__attr section_attrs[] = {
    ATTR("id", ID, 0, congdoan_section, id),
    ATTR("number", TEXT, 0, congdoan_section, number),
    ATTR("title", TEXT, 0, congdoan_section, title),
};
/* A section's items, in document order: each one's kind says which element it is. A paragraph's
 * object is the item's text slot; the others' is the object the item points to. */
#define ITEM(el, mix, r, deref_, kind_) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .mixed = mix, .role = r, .deref = deref_, \
     ARRAY_OF(congdoan_section, items, item_count, congdoan__item), .at = offsetof(congdoan__item, u), \
     .selects = 1, .select = offsetof(congdoan__item, kind), .select_value = kind_}
static const congdoan__child section_children[] = {
    ITEM(P, 0, CONGDOAN__ROLE_PARAGRAPH, 0, CONGDOAN_ITEM_PARAGRAPH),
    ITEM(SECTION, 1, CONGDOAN__ROLE_SECTION, 1, CONGDOAN_ITEM_SECTION),
    ITEM(TASK, 1, CONGDOAN__ROLE_TASK, 1, CONGDOAN_ITEM_TASK),
    ITEM(INDICATOR, 1, CONGDOAN__ROLE_INDICATOR, 1, CONGDOAN_ITEM_INDICATOR),
    ITEM(RESULT, 1, CONGDOAN__ROLE_RESULT, 1, CONGDOAN_ITEM_RESULT),
    SOURCE_OF(congdoan_section), /* where its heading was read */
};
static const congdoan__attr task_attrs[] = {
    ATTR("id", ID, REQ, congdoan_task, id),
    ATTR("lead", REF, 0, congdoan_task, lead_id),
    ATTR("lead-text", TEXT, V12, congdoan_task, lead_text),
    ENUM("lead-level", V12, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan_task, lead_level),
    NAMED12("lead-kind", SET, congdoan__org_kinds, congdoan_task, lead_kinds),
    NAMED12("lead-sector", SET, congdoan__sectors, congdoan_task, lead_sectors),
    ATTR("due", DUE, 0, congdoan_task, due),
    ATTR("due-text", TEXT, 0, congdoan_task, due_text),
};
static const congdoan__child task_children[] = {
    ONE_IN_PARENT(TEXT, CONGDOAN__ROLE_TASK_TEXT, congdoan_task, text),
    MANY(MILESTONE, CONGDOAN__ROLE_MILESTONE, congdoan_task, milestones, milestone_count, congdoan__milestone),
    MANY(COORDINATOR, CONGDOAN__ROLE_COORDINATOR, congdoan_task, coordinators, coordinator_count,
         congdoan__coordinator),
    SOURCE_OF(congdoan_task),
};
static const congdoan__attr milestone_attrs[] = {
    ATTR("due", DUE, REQ, congdoan__milestone, due),
    ATTR("due-text", TEXT, 0, congdoan__milestone, due_text),
};
static const congdoan__attr coordinator_attrs[] = {
    ATTR("unit", REF, 0, congdoan__coordinator, unit_id),
    ENUM("level", V12, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan__coordinator, level),
    NAMED12("kind", SET, congdoan__org_kinds, congdoan__coordinator, kinds),
    NAMED12("sector", SET, congdoan__sectors, congdoan__coordinator, sectors),
};
static const congdoan__attr indicator_attrs[] = {
    ATTR("id", ID, REQ, congdoan_indicator, id),
    ENUM("measure", REQ, congdoan__measures, 0, congdoan_indicator, measure),
    ENUM("comparator", REQ, congdoan__comparators, 0, congdoan_indicator, comparator),
    ENUM("direction", V12, congdoan__directions, 0, congdoan_indicator, direction),
    DECIMAL("target", REQ, congdoan_indicator, target, has_target),
    DECIMAL("target-max", 0, congdoan_indicator, target_max, has_target_max),
    DECIMAL("score-max", V12, congdoan_indicator, score_max, has_score_max),
    ATTR("currency", CURRENCY, V12, congdoan_indicator, currency),
    DECIMAL("baseline", 0, congdoan_indicator, baseline, has_baseline),
    ATTR("period", SPAN, 0, congdoan_indicator, period),
    ATTR("period-text", TEXT, V12, congdoan_indicator, period_text),
    ATTR("by", BY, V12, congdoan_indicator, by),
    ATTR("owner", REF, 0, congdoan_indicator, owner_id),
    ENUM("scope-level", 0, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan_indicator, scope_level),
    NAMED("scope-sector", SET, congdoan__sectors, congdoan_indicator, scope_sectors),
    NAMED("condition", CONDITION, congdoan__grades, congdoan_indicator, condition_grade),
    ATTR("unit-of-measure", TEXT, 0, congdoan_indicator, unit_of_measure),
    ATTR("subject", TEXT, V12, congdoan_indicator, subject),
    ATTR("part-of", REF, V12, congdoan_indicator, part_of_id),
    REFINES("refines", 0, congdoan_indicator, refines_document_id, refines_indicator_id),
};
static const congdoan__child indicator_children[] = {
    ONE_IN_PARENT(TEXT, CONGDOAN__ROLE_INDICATOR_TEXT, congdoan_indicator, text),
    MANY(POPULATION, CONGDOAN__ROLE_POPULATION, congdoan_indicator, populations, population_count,
         congdoan_population),
    SOURCE_OF(congdoan_indicator),
};
static const congdoan__attr population_attrs[] = {
    ATTR("of", TEXT, 0, congdoan_population, of),
    ATTR("measure", TEXT, 0, congdoan_population, measure),
    ENUM("comparator", 0, congdoan__threshold_comparators, 0, congdoan_population, comparator),
    DECIMAL("value", 0, congdoan_population, value, has_value),
};
static const congdoan__attr result_attrs[] = {
    ATTR("id", ID, 0, congdoan_result, id),
    DECIMAL("value", 0, congdoan_result, value, has_value),
    ENUM("measure", 0, congdoan__result_measures, 0, congdoan_result, measure),
    DECIMAL("score-max", 0, congdoan_result, score_max, has_score_max),
    ATTR("currency", CURRENCY, 0, congdoan_result, currency),
    ATTR("unit-of-measure", TEXT, 0, congdoan_result, unit_of_measure),
    ENUM("comparator", 0, congdoan__result_comparators, 0, congdoan_result, comparator),
    ATTR("period", SPAN, 0, congdoan_result, period),
    ATTR("period-text", TEXT, 0, congdoan_result, period_text),
    ENUM("estimate", 0, congdoan__booleans, 0, congdoan_result, estimate),
    ENUM("cumulative", 0, congdoan__booleans, 0, congdoan_result, cumulative),
    DECIMAL("of", 0, congdoan_result, of, has_of),
    DECIMAL("share", 0, congdoan_result, share, has_share),
    DECIMAL("stated-rate", 0, congdoan_result, stated_rate, has_stated_rate),
    DECIMAL("over-target", 0, congdoan_result, over_target, has_over_target),
    ENUM("over-target-comparator", 0, congdoan__result_comparators, 0, congdoan_result, over_target_comparator),
    REFINES("indicator", V12, congdoan_result, indicator_document_id, indicator_id),
    ATTR("unit", REF, 0, congdoan_result, unit_id),
    ATTR("subject", TEXT, 0, congdoan_result, subject),
    ATTR("part-of", REF, 0, congdoan_result, part_of_id),
};
static const congdoan__child result_children[] = {
    ONE_IN_PARENT(TEXT, CONGDOAN__ROLE_RESULT_TEXT, congdoan_result, text),
    MANY(POPULATION, CONGDOAN__ROLE_POPULATION, congdoan_result, populations, population_count, congdoan_population),
    SOURCE_OF(congdoan_result),
};
/* The object of a <source> is the provenance inside its parent's object. */
static const congdoan__attr source_attrs[] = {
    ATTR("file", TEXT, 0, congdoan__provenance, file),
    ATTR("line", LINE, 0, congdoan__provenance, line),
    ATTR("column", LINE, 0, congdoan__provenance, column),
};

/* ---- reports --------------------------------------------------------------------------------- */

#define RA &congdoan__report_aside_at

static const congdoan__attr report_attrs[] = {
    ATTR("id", ID, REQ | CONGDOAN__A_UNREFERENCED, congdoan_report, id),
    ATTR("unit", REF, REQ, congdoan_report, unit_id),
    ATTR("document", REF, REQ, congdoan_report, document_id),
    ATTR("period", PERIOD, REQ, congdoan_report, period),
    ATTR("submitted", DATE, 0, congdoan_report, submitted),
};
static const congdoan__child report_children[] = {
    {.elem = CONGDOAN__EL_VALUE, .occurs = CONGDOAN__MANY, .role = CONGDOAN__ROLE_VALUE, .place = CONGDOAN__IN_VALUES,
     .count = offsetof(congdoan_report, value_count), .count_size = sizeof(((congdoan_report *)0)->value_count)},
    /* kept aside (see congdoan__aside): few reports have them */
    {.elem = CONGDOAN__EL_RESULT, .occurs = CONGDOAN__MANY, .role = CONGDOAN__ROLE_RESULT, .deref = 1,
     ARRAY_OF(congdoan__report_aside, results, result_count, void *), .aside = RA},
    {.elem = CONGDOAN__EL_TASK_STATUS, .occurs = CONGDOAN__MANY, .role = CONGDOAN__ROLE_TASK_STATUS,
     ARRAY_OF(congdoan__report_aside, statuses, status_count, congdoan__task_status), .aside = RA},
    {.elem = CONGDOAN__EL_NOTE, .occurs = CONGDOAN__OPTIONAL, .role = CONGDOAN__ROLE_NOTE, .place = CONGDOAN__IN_PARENT,
     .at = offsetof(congdoan__report_aside, note), .when = offsetof(congdoan__report_aside, note),
     .when_size = sizeof(const char *), .aside = RA},
};
/* A value's object is a congdoan__value_view (the report keeps values packed). */
static const congdoan__attr value_attrs[] = {
    ATTR("indicator", REF, REQ | CONGDOAN__A_HOOKED, congdoan__value_view, indicator),
    DECIMAL("value", 0, congdoan__value_view, value, has_value),
    DECIMAL("numerator", 0, congdoan__value_view, numerator, has_numerator),
    DECIMAL("denominator", 0, congdoan__value_view, denominator, has_denominator),
    ENUM("coverage", 0, congdoan__coverages, CONGDOAN_COVERAGE_SELF, congdoan__value_view, coverage),
};
static const congdoan__attr task_status_attrs[] = {
    ATTR("task", REF, REQ, congdoan__task_status, task_id),
    ATTR("unit", REF, V12, congdoan__task_status, unit_id),
    ENUM("status", 0, congdoan__task_statuses, CONGDOAN_TASK_STATUS_NONE, congdoan__task_status, status),
    ATTR("completed", DATE, V12, congdoan__task_status, completed),
};

/* ---- the table --------------------------------------------------------------------------------- */

#define OWN CONGDOAN__E_OWN_EXT
#define E11 CONGDOAN__E_SINCE_1_1
#define E12 CONGDOAN__E_SINCE_1_2

const congdoan__elem congdoan__vocab[CONGDOAN__EL_COUNT] = {
    [CONGDOAN__EL_ROOT] = ELEMENT("congdoan", root_attrs, root_children, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_UNIT] = ELEMENT("unit", unit_attrs, unit_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_DEPARTMENT] = LEAF("department", department_attrs, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_BODY] = LEAF("body", body_attrs, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_CLASSIFICATION] = LEAF("classification", classification_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_DOCUMENT] = ELEMENT("document", document_attrs, document_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_TITLE] = TEXT_ONLY("title"),
    [CONGDOAN__EL_SIGNER] = ELEMENT("signer", signer_attrs, signer_children, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_RELATION] = ELEMENT("relation", relation_attrs, relation_children, CONGDOAN__TEXT_OPTIONAL,
                                      offsetof(congdoan__relation, text), 0),
    [CONGDOAN__EL_RECIPIENT] = ELEMENT("recipient", recipient_attrs, recipient_children, CONGDOAN__TEXT_REQUIRED,
                                       offsetof(congdoan__recipient, text), 0),
    [CONGDOAN__EL_REPORTING] = ELEMENT("reporting", reporting_attrs, reporting_children, CONGDOAN__TEXT_NONE, 0, E11),
    [CONGDOAN__EL_DEADLINE] = LEAF("deadline", deadline_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_REPORTER] = LEAF("reporter", reporter_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_SECTION] = ELEMENT("section", section_attrs, section_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_P] = TEXT_ONLY("p"),
    [CONGDOAN__EL_TASK] = ELEMENT("task", task_attrs, task_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_TEXT] = TEXT_ONLY("text"),
    [CONGDOAN__EL_COORDINATOR] = LEAF("coordinator", coordinator_attrs, CONGDOAN__TEXT_OPTIONAL,
                                      offsetof(congdoan__coordinator, text), CONGDOAN__E_BLOCK_WITHOUT_TEXT),
    [CONGDOAN__EL_INDICATOR] = ELEMENT("indicator", indicator_attrs, indicator_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_REPORT] = ELEMENT("report", report_attrs, report_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_VALUE] = LEAF("value", value_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_TASK_STATUS] = LEAF("task-status", task_status_attrs, CONGDOAN__TEXT_OPTIONAL,
                                      offsetof(congdoan__task_status, note), 0),
    [CONGDOAN__EL_NOTE] = TEXT_ONLY("note"),
    [CONGDOAN__EL_GROUP] = ELEMENT("group", group_attrs, group_children, CONGDOAN__TEXT_NONE, 0, OWN | E12),
    [CONGDOAN__EL_MEMBER] = LEAF("member", member_attrs, CONGDOAN__TEXT_NONE, 0, E12),
    [CONGDOAN__EL_MILESTONE] = LEAF("milestone", milestone_attrs, CONGDOAN__TEXT_REQUIRED,
                                    offsetof(congdoan__milestone, text), E12),
    [CONGDOAN__EL_POPULATION] = LEAF("population", population_attrs, CONGDOAN__TEXT_REQUIRED,
                                     offsetof(congdoan_population, text), E12),
    [CONGDOAN__EL_RESULT] = ELEMENT("result", result_attrs, result_children, CONGDOAN__TEXT_NONE, 0, OWN | E12),
    [CONGDOAN__EL_SOURCE] = LEAF("source", source_attrs, CONGDOAN__TEXT_REQUIRED, offsetof(congdoan__provenance, words),
                                 E12),
};

const congdoan__child *congdoan__vocab_child(congdoan__el parent, congdoan__el child)
{
    const congdoan__elem *p = &congdoan__vocab[parent];
    for (size_t i = 0; i < p->child_count; i++)
        if (p->children[i].elem == child)
            return &p->children[i];
    return NULL;
}

int congdoan__vocab_in_slot(const congdoan__child *as)
{
    return as && as->place == CONGDOAN__IN_ARRAY && !as->deref && !(congdoan__vocab[as->elem].flags & CONGDOAN__E_OWN_EXT);
}

size_t congdoan__vocab_attr_at(congdoan__el el, size_t field)
{
    const congdoan__elem *e = &congdoan__vocab[el];
    for (size_t i = 0; i < e->attr_count; i++)
        if (e->attrs[i].field == field && !e->attrs[i].aside)
            return i;
    return (size_t)-1;
}

int congdoan__field_set(const void *obj, size_t off, size_t size)
{
    const char *p = (const char *)obj + off;
    switch (size) {
    case sizeof(uint32_t): return *(const uint32_t *)(const void *)p != 0;
    case sizeof(uint64_t): return *(const uint64_t *)(const void *)p != 0;
    default: return 0;
    }
}

/* ---- presence and revision ------------------------------------------------------------------- */

int congdoan__attr_present(const congdoan__attr *at, const char *obj)
{
    if (at->field == CONGDOAN__NO_FIELD)
        return 0;
    obj = congdoan__aside_read(at->aside, obj);
    const void *f = obj + at->field;
    switch (at->kind) {
    case CONGDOAN__K_ENUM: return *(const int *)f != at->absent;
    case CONGDOAN__K_SET:
    case CONGDOAN__K_CONDITION:
    case CONGDOAN__K_DATE:
    case CONGDOAN__K_YEAR: return *(const int *)f != 0;
    case CONGDOAN__K_DUE: return ((const congdoan__due *)f)->code != NULL;
    case CONGDOAN__K_DECIMAL: return *(const int *)(const void *)(obj + at->aux) != 0;
    case CONGDOAN__K_COUNT: return *(const long *)f >= 0;
    case CONGDOAN__K_LINE: return *(const long *)f > 0;
    case CONGDOAN__K_IDS: return *(const size_t *)(const void *)(obj + at->aux) != 0;
    case CONGDOAN__K_VERSION: return 0;
    default: return *(const char *const *)f != NULL;
    }
}

/* The revision an attribute's value needs: its own, that of its enum value, and (1.2) a span or
 * a term in place of a single period. */
static int attr_revision(const congdoan__attr *at, const char *obj)
{
    if (!congdoan__attr_present(at, obj))
        return 0;
    if (at->flags & CONGDOAN__A_SINCE_1_2)
        return 2;
    const void *f = congdoan__aside_read(at->aside, obj) + at->field;
    if (at->kind == CONGDOAN__K_ENUM || at->kind == CONGDOAN__K_CONDITION) {
        int v = *(const int *)f;
        return v >= 0 && (size_t)v < at->names->count ? at->names->values[v].minor : 0;
    }
    if (at->kind == CONGDOAN__K_SPAN)
        return strchr(*(const char *const *)f, '/') ? 2 : 0;
    return 0;
}

size_t congdoan__vocab_instances(const void *object, const congdoan__child *ch)
{
    const char *obj = congdoan__aside_read(ch->aside, object);
    switch (ch->place) {
    case CONGDOAN__IN_PARENT: return ch->occurs == CONGDOAN__ONE || congdoan__field_set(obj, ch->when, ch->when_size);
    case CONGDOAN__IN_ARRAY:
    case CONGDOAN__IN_VALUES: {
        const void *p = obj + ch->count;
        return ch->count_size == sizeof(uint32_t) ? *(const uint32_t *)p : *(const size_t *)p;
    }
    default: return 0;
    }
}

const char *congdoan__vocab_instance(const void *object, const congdoan__child *ch, size_t i)
{
    if (ch->place == CONGDOAN__IN_VALUES)
        return object;
    const char *obj = congdoan__aside_read(ch->aside, object);
    if (ch->place == CONGDOAN__IN_PARENT)
        return obj + ch->at;
    const char *slot = *(const char *const *)(const void *)(obj + ch->list) + i * ch->stride;
    const char *child = ch->deref ? *(const char *const *)(const void *)(slot + ch->at) : slot + ch->at;
    const char *sel = ch->select_in_object ? child : slot;
    return !ch->selects || *(const int *)(const void *)(sel + ch->select) == ch->select_value ? child : NULL;
}

int congdoan__vocab_revision(congdoan__el el, const void *object)
{
    const congdoan__elem *spec = &congdoan__vocab[el];
    const char *obj = object;
    int minor = spec->flags & CONGDOAN__E_SINCE_1_2 ? 2 : spec->flags & CONGDOAN__E_SINCE_1_1 ? 1 : 0;
    for (size_t i = 0; i < spec->attr_count && minor < 2; i++) {
        int m = attr_revision(&spec->attrs[i], obj);
        minor = m > minor ? m : minor;
    }
    /* the empty slots of a report form (1.2): a value without a figure, a status not filled in */
    if (el == CONGDOAN__EL_VALUE) {
        const congdoan__value_view *v = object;
        if (!v->has_value && !v->has_numerator && !v->has_denominator)
            return 2;
    } else if (el == CONGDOAN__EL_TASK_STATUS && !((const congdoan__task_status *)object)->status) {
        return 2;
    }
    for (size_t c = 0; c < spec->child_count && minor < 2; c++) {
        const congdoan__child *ch = &spec->children[c];
        /* A report's values are not walked here (they never were: the loop used to count none
         * for them), so an empty value slot alone does not raise a report's revision. */
        size_t n = ch->place == CONGDOAN__IN_VALUES ? 0 : congdoan__vocab_instances(obj, ch);
        for (size_t i = 0; i < n && minor < 2; i++) {
            const char *child = congdoan__vocab_instance(obj, ch, i);
            if (!child)
                continue;
            int m = congdoan__vocab_revision(ch->elem, child);
            minor = m > minor ? m : minor;
        }
    }
    return minor;
}
