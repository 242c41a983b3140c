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

_Static_assert(sizeof(congdoan_level) == sizeof(int), "enum fields are read and written as int");

#define REQ CONGDOAN__A_REQUIRED
#define COUNT_OF(a) (sizeof a / sizeof a[0])

/* attributes */
#define ATTR(name, kind, flags, type, field) {name, CONGDOAN__K_##kind, flags, NULL, 0, offsetof(type, field), 0}
#define ENUM(name, flags, names, absent, type, field) \
    {name, CONGDOAN__K_ENUM, flags, &names, absent, offsetof(type, field), 0}
#define NAMED(name, kind, names, type, field) {name, CONGDOAN__K_##kind, 0, &names, 0, offsetof(type, field), 0}
#define DECIMAL(name, flags, type, field, has) \
    {name, CONGDOAN__K_DECIMAL, flags, NULL, 0, offsetof(type, field), offsetof(type, has)}

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
    {"version", CONGDOAN__K_VERSION, REQ, NULL, 0, CONGDOAN__NO_FIELD, 0},
};
static const congdoan__child root_children[] = {
    IN_CORPUS(UNIT, 0, CONGDOAN__ROLE_UNIT),
    IN_CORPUS(DOCUMENT, 1, CONGDOAN__ROLE_DOCUMENT),
    IN_CORPUS(REPORT, 1, CONGDOAN__ROLE_REPORT),
};

/* ---- units ----------------------------------------------------------------------------------- */

static const congdoan__attr unit_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ENUM("level", REQ, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan_unit, level),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    ATTR("short-name", TEXT, 0, congdoan_unit, short_name),
    ATTR("parent", REF, 0, congdoan_unit, parent_id),
    ENUM("sector", 0, congdoan__sectors, CONGDOAN_SECTOR_NONE, congdoan_unit, sector),
    ATTR("members", COUNT, 0, congdoan_unit, members),
    ATTR("workers", COUNT, 0, congdoan_unit, workers),
    ATTR("upper-grassroots-units", COUNT, 0, congdoan_unit, declared_upper),
    ATTR("grassroots-units", COUNT, 0, congdoan_unit, declared_grassroots),
};
/* Departments and bodies share the unit's list; a body is a unit of kind CONGDOAN_UNIT_BODY. */
#define UNIT_PART(el, mix, kind_) \
    {.elem = CONGDOAN__EL_##el, .occurs = CONGDOAN__MANY, .mixed = mix, .role = CONGDOAN__ROLE_UNIT, .deref = 1, \
     ARRAY_OF(congdoan_unit, departments, department_count, void *), .selects = 1, .select_in_object = 1, \
     .select = offsetof(congdoan_unit, kind), .select_value = kind_}
static const congdoan__child unit_children[] = {
    UNIT_PART(DEPARTMENT, 0, CONGDOAN_UNIT_DEPARTMENT),
    UNIT_PART(BODY, 1, CONGDOAN_UNIT_BODY),
    MANY(CLASSIFICATION, CONGDOAN__ROLE_CLASSIFICATION, congdoan_unit, classifications, classification_count,
         congdoan__classification),
};
static const congdoan__attr department_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    ATTR("short-name", TEXT, 0, congdoan_unit, short_name),
};
static const congdoan__attr body_attrs[] = {
    ATTR("id", ID, REQ, congdoan_unit, id),
    ATTR("name", TEXT, REQ, congdoan_unit, name),
    ATTR("short-name", TEXT, 0, congdoan_unit, short_name),
    ENUM("kind", 0, congdoan__body_kinds, CONGDOAN_BODY_NONE, congdoan_unit, body_kind),
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
    ATTR("issuing-body", REF, 0, congdoan_document, issuing_body_id),
    ATTR("issued", DATE, 0, congdoan_document, issued),
    ATTR("effective", DATE, 0, congdoan_document, effective),
    ATTR("place", TEXT, 0, congdoan_document, place),
    ATTR("field", TEXT, 0, congdoan_document, field),
};
static const congdoan__child document_children[] = {
    OPTIONAL_IN_PARENT(TITLE, CONGDOAN__ROLE_TITLE, offsetof(congdoan_document, title), congdoan_document, title),
    OPTIONAL_IN_PARENT(SIGNER, CONGDOAN__ROLE_SIGNER, 0, congdoan_document, signer_name),
    MANY(RELATION, CONGDOAN__ROLE_RELATION, congdoan_document, relations, relation_count, congdoan__relation),
    MANY(RECIPIENT, CONGDOAN__ROLE_RECIPIENT, congdoan_document, recipients, recipient_count, congdoan__recipient),
    OPTIONAL_IN_PARENT(REPORTING, CONGDOAN__ROLE_REPORTING, 0, congdoan_document, has_reporting),
    MANY_POINTERS(SECTION, CONGDOAN__ROLE_SECTION, congdoan_document, sections, section_count),
};
/* <signer> and <reporting> are parts of the document: their object is the document. */
static const congdoan__attr signer_attrs[] = {
    ATTR("name", TEXT, REQ, congdoan_document, signer_name),
    ATTR("position", TEXT, 0, congdoan_document, signer_position),
    ATTR("capacity", TEXT, 0, congdoan_document, signer_capacity),
};
static const congdoan__attr relation_attrs[] = {
    ENUM("type", REQ, congdoan__relation_types, 0, congdoan__relation, type),
    ATTR("document", REF, 0, congdoan__relation, target_id),
    ATTR("number", DOCNUMBER, 0, congdoan__relation, number),
    ATTR("date", DATE, 0, congdoan__relation, date),
};
static const congdoan__attr recipient_attrs[] = {
    ATTR("unit", REF, 0, congdoan__recipient, unit_id),
};
static const congdoan__attr reporting_attrs[] = {
    ATTR("to", REF, 0, congdoan_document, reporting_to_id),
    ENUM("frequency", 0, congdoan__frequencies, CONGDOAN_PERIOD_NONE, congdoan_document, reporting_frequency),
};
static const congdoan__child reporting_children[] = {
    MANY(DEADLINE, CONGDOAN__ROLE_DEADLINE, congdoan_document, deadlines, deadline_count, congdoan__deadline),
    /* the reporters are the ids themselves: the object of a <reporter> is its slot */
    MANY(REPORTER, CONGDOAN__ROLE_REPORTER, congdoan_document, reporters, reporter_count, const char *),
};
static const congdoan__attr deadline_attrs[] = {
    ATTR("period", PERIOD, REQ, congdoan__deadline, period),
    ATTR("date", DATE, REQ, congdoan__deadline, date),
};
static const congdoan__attr reporter_attrs[] = {
    {"unit", CONGDOAN__K_REF, REQ, NULL, 0, 0, 0},
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
};
static const congdoan__attr task_attrs[] = {
    ATTR("id", ID, REQ, congdoan_task, id),
    ATTR("lead", REF, 0, congdoan_task, lead_id),
    ATTR("due", DUE, 0, congdoan_task, due),
    ATTR("due-text", TEXT, 0, congdoan_task, due_text),
};
static const congdoan__child task_children[] = {
    ONE_IN_PARENT(TEXT, CONGDOAN__ROLE_TASK_TEXT, congdoan_task, text),
    MANY(COORDINATOR, CONGDOAN__ROLE_COORDINATOR, congdoan_task, coordinators, coordinator_count,
         congdoan__coordinator),
};
static const congdoan__attr coordinator_attrs[] = {
    ATTR("unit", REF, 0, congdoan__coordinator, unit_id),
};
static const congdoan__attr indicator_attrs[] = {
    ATTR("id", ID, REQ, congdoan_indicator, id),
    ENUM("measure", REQ, congdoan__measures, 0, congdoan_indicator, measure),
    ENUM("comparator", REQ, congdoan__comparators, 0, congdoan_indicator, comparator),
    DECIMAL("target", REQ, congdoan_indicator, target, has_target),
    DECIMAL("target-max", 0, congdoan_indicator, target_max, has_target_max),
    DECIMAL("baseline", 0, congdoan_indicator, baseline, has_baseline),
    ATTR("period", PERIOD, 0, congdoan_indicator, period),
    ATTR("owner", REF, 0, congdoan_indicator, owner_id),
    ENUM("scope-level", 0, congdoan__levels, CONGDOAN_LEVEL_UNKNOWN, congdoan_indicator, scope_level),
    NAMED("scope-sector", SET, congdoan__sectors, congdoan_indicator, scope_sectors),
    NAMED("condition", CONDITION, congdoan__grades, congdoan_indicator, condition_grade),
    ATTR("unit-of-measure", TEXT, 0, congdoan_indicator, unit_of_measure),
    {"refines", CONGDOAN__K_REFINES, 0, NULL, 0, offsetof(congdoan_indicator, refines_document_id),
     offsetof(congdoan_indicator, refines_indicator_id)},
};
static const congdoan__child indicator_children[] = {
    ONE_IN_PARENT(TEXT, CONGDOAN__ROLE_INDICATOR_TEXT, congdoan_indicator, text),
};

/* ---- reports --------------------------------------------------------------------------------- */

static const congdoan__attr report_attrs[] = {
    ATTR("id", ID, REQ, congdoan_report, id),
    ATTR("unit", REF, REQ, congdoan_report, unit_id),
    ATTR("document", REF, REQ, congdoan_report, document_id),
    ATTR("period", PERIOD, REQ, congdoan_report, period),
    ATTR("submitted", DATE, 0, congdoan_report, submitted),
};
static const congdoan__child report_children[] = {
    {.elem = CONGDOAN__EL_VALUE, .occurs = CONGDOAN__MANY, .role = CONGDOAN__ROLE_VALUE, .place = CONGDOAN__IN_VALUES,
     .count = offsetof(congdoan_report, value_count), .count_size = sizeof(((congdoan_report *)0)->value_count)},
    MANY(TASK_STATUS, CONGDOAN__ROLE_TASK_STATUS, congdoan_report, statuses, status_count, congdoan__task_status),
    OPTIONAL_IN_PARENT(NOTE, CONGDOAN__ROLE_NOTE, offsetof(congdoan_report, note), congdoan_report, note),
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
    ENUM("status", REQ, congdoan__task_statuses, CONGDOAN_TASK_STATUS_NONE, congdoan__task_status, status),
};

/* ---- the table --------------------------------------------------------------------------------- */

#define OWN CONGDOAN__E_OWN_EXT

const congdoan__elem congdoan__vocab[CONGDOAN__EL_COUNT] = {
    [CONGDOAN__EL_ROOT] = ELEMENT("congdoan", root_attrs, root_children, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_UNIT] = ELEMENT("unit", unit_attrs, unit_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_DEPARTMENT] = LEAF("department", department_attrs, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_BODY] = LEAF("body", body_attrs, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_CLASSIFICATION] = LEAF("classification", classification_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_DOCUMENT] = ELEMENT("document", document_attrs, document_children, CONGDOAN__TEXT_NONE, 0, OWN),
    [CONGDOAN__EL_TITLE] = TEXT_ONLY("title"),
    [CONGDOAN__EL_SIGNER] = LEAF("signer", signer_attrs, CONGDOAN__TEXT_NONE, 0, 0),
    [CONGDOAN__EL_RELATION] = LEAF("relation", relation_attrs, CONGDOAN__TEXT_OPTIONAL,
                                   offsetof(congdoan__relation, text), 0),
    [CONGDOAN__EL_RECIPIENT] = LEAF("recipient", recipient_attrs, CONGDOAN__TEXT_REQUIRED,
                                    offsetof(congdoan__recipient, text), 0),
    [CONGDOAN__EL_REPORTING] = ELEMENT("reporting", reporting_attrs, reporting_children, CONGDOAN__TEXT_NONE, 0, 0),
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
};

const congdoan__child *congdoan__vocab_child(congdoan__el parent, congdoan__el child)
{
    const congdoan__elem *p = &congdoan__vocab[parent];
    for (size_t i = 0; i < p->child_count; i++)
        if (p->children[i].elem == child)
            return &p->children[i];
    return NULL;
}

size_t congdoan__vocab_attr_at(congdoan__el el, size_t field)
{
    const congdoan__elem *e = &congdoan__vocab[el];
    for (size_t i = 0; i < e->attr_count; i++)
        if (e->attrs[i].field == field)
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
