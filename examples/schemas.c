/*
 * congdoan — the schemas of schemas.h as data, for the renderers and the documentation.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#define FIELD_ENTRY(id, key, type, doc) {key, type, doc},
#define SCHEMA(var, name, doc, LIST)                                                                     \
    static const field var##_fields[] = {LIST(FIELD_ENTRY)};                                            \
    const schema var = {name, doc, var##_fields, sizeof var##_fields / sizeof var##_fields[0]};

SCHEMA(unit_schema, "unit", "an organisation, a department or a leading body", UNIT_FIELDS)
SCHEMA(task_schema, "task", "a task (nhiệm vụ) of a document, at a reference date", TASK_FIELDS)
SCHEMA(indicator_schema, "indicator", "an indicator (chỉ tiêu) of a document", INDICATOR_FIELDS)
SCHEMA(evaluation_schema, "evaluation", "where an indicator stands over a unit's subtree for a period", EVALUATION_FIELDS)
SCHEMA(child_schema, "child_evaluation", "an indicator's figure for one organisation directly under the unit", CHILD_FIELDS)
SCHEMA(finding_schema, "finding", "a reported subtree total that differs from the sum under it", FINDING_FIELDS)
SCHEMA(expected_schema, "expected_report", "a unit expected to report for the period, and what it did", EXPECTED_FIELDS)
SCHEMA(lower_schema, "lower_document", "a lower document in a cascade", LOWER_FIELDS)
SCHEMA(cell_schema, "cascade_cell", "how a lower document concretises one indicator of the higher", CELL_FIELDS)
SCHEMA(allocation_schema, "allocation", "how the lower documents share a count indicator out", ALLOCATION_FIELDS)
SCHEMA(missing_schema, "missing_unit", "a unit expected to concretise that issued nothing", MISSING_FIELDS)
SCHEMA(lineage_schema, "lineage_relation", "a relation in the lineage of a document", LINEAGE_FIELDS)
SCHEMA(document_schema, "document", "a document's metadata", DOCUMENT_FIELDS)
SCHEMA(doc_relation_schema, "document_relation", "a relation a document states to another", DOC_RELATION_FIELDS)
SCHEMA(incoming_schema, "incoming_relation", "another loaded document's relation to this one", INCOMING_FIELDS)
SCHEMA(deadline_schema, "deadline", "a reporting deadline", DEADLINE_FIELDS)
SCHEMA(recipient_schema, "recipient", "a recipient (nơi nhận)", RECIPIENT_FIELDS)
SCHEMA(section_schema, "section", "a part, item or bullet of a document's outline", SECTION_FIELDS)
SCHEMA(issue_schema, "issue", "a problem found in the data", ISSUE_FIELDS)
SCHEMA(tag_schema, "tag", "an issue tag of the validator", TAG_FIELDS)
SCHEMA(result_schema, "result", "(1.2) a figure a text states as achieved", RESULT_FIELDS)
SCHEMA(population_schema, "population", "(1.2) a scope in words of an indicator or a result, with its threshold", POPULATION_FIELDS)
SCHEMA(milestone_schema, "milestone", "(1.2) a sub-deadline on part of a task's text", MILESTONE_FIELDS)
SCHEMA(task_status_schema, "task_status", "(1.2) a task status a report gives, for a unit", TASK_STATUS_FIELDS)
SCHEMA(imported_document_schema, "imported_document", "a document read from prose by congdoan import, with the keys of ANSWERS.md; its tables indicators, achieved and tasks inside it", IMPORTED_DOCUMENT_FIELDS)
SCHEMA(imported_target_schema, "imported_target", "a target (chỉ tiêu) read from prose (an imported document's indicators)", IMPORTED_TARGET_FIELDS)
SCHEMA(imported_result_schema, "imported_result", "a figure read from prose as achieved (an imported document's achieved)", IMPORTED_RESULT_FIELDS)
SCHEMA(imported_task_schema, "imported_task", "a task read from prose whose lead the text names (an imported document's tasks)", IMPORTED_TASK_FIELDS)

const schema *const all_schemas[] = {
    &unit_schema,    &task_schema,     &indicator_schema,    &evaluation_schema, &child_schema,
    &finding_schema, &expected_schema, &lower_schema,        &cell_schema,       &allocation_schema,
    &missing_schema, &lineage_schema,  &document_schema,     &doc_relation_schema, &incoming_schema,
    &deadline_schema, &recipient_schema, &section_schema,    &issue_schema,      &tag_schema,
    &result_schema,  &population_schema, &milestone_schema, &task_status_schema, &imported_document_schema,
    &imported_target_schema, &imported_result_schema, &imported_task_schema,
};
const size_t all_schema_count = sizeof all_schemas / sizeof all_schemas[0];
