/*
 * congdoan — the kinds of rows the program writes (format_version 1): one list of fields per
 * kind, the same in every command, in export and in the Python bindings' to_dict(). Each list
 * is written once, below, as an X-macro: the indexes a command fills (UNIT_ID …) and the
 * schema the renderers and the documentation read (schemas.c) come from it.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_SCHEMAS_H
#define CONGDOAN_EXAMPLES_SCHEMAS_H

#include "render.h"

#define UNIT_FIELDS(X)                                                                                           \
    X(UNIT_ID, "id", T_STRING, "the unit's id")                                                                  \
    X(UNIT_KIND, "kind", T_STRING, "organisation, department, body or (1.2) group")                                           \
    X(UNIT_NAME, "name", T_STRING, "the full name")                                                              \
    X(UNIT_SHORT_NAME, "short_name", T_STRING, "the short name, or null")                                        \
    X(UNIT_LEVEL, "level", T_STRING, "central, provincial, upper-grassroots or grassroots (organisations)")      \
    X(UNIT_SECTOR, "sector", T_STRING, "public, state-enterprise or non-state-enterprise (grassroots unions), or null") \
    X(UNIT_BODY_KIND, "body_kind", T_STRING, "executive-committee, presidium, standing-committee, inspection-committee or (1.2) congress (bodies), or null") \
    X(UNIT_PARENT_ID, "parent_id", T_STRING, "the organisation above it (for a department or body, its own), or null") \
    X(UNIT_DEPTH, "depth", T_INTEGER, "how many organisations are above it in the data (0: a root)")            \
    X(UNIT_CHILD_COUNT, "child_count", T_INTEGER, "the organisations directly under it, in the data")            \
    X(UNIT_DEPARTMENT_COUNT, "department_count", T_INTEGER, "its departments and bodies")                       \
    X(UNIT_MEMBERS, "members", T_INTEGER, "members (đoàn viên), or null when not given")                          \
    X(UNIT_WORKERS, "workers", T_INTEGER, "workers (công nhân, viên chức, lao động), or null")                    \
    X(UNIT_DECLARED_UPPER, "declared_upper_grassroots_units", T_INTEGER, "upper-grassroots unions it declares, or null") \
    X(UNIT_DECLARED_GRASSROOTS, "declared_grassroots_units", T_INTEGER, "grassroots unions it declares, or null") \
    X(UNIT_CLASSIFICATIONS, "classifications", T_MAP, "the classification (xếp loại) of each year: year to excellent, good, completed or not-completed") \
    X(UNIT_ORG_KIND, "org_kind", T_STRING, "(1.2) federation, sectoral, corporation, civil-servants or industrial-zone, or null") \
    X(UNIT_GROUP_KIND, "group_kind", T_STRING, "(1.2) a group: emulation-cluster or emulation-bloc; else null") \
    X(UNIT_MEMBER_IDS, "member_ids", T_LIST, "(1.2) a group: its members (empty for other units)")

#define TASK_FIELDS(X)                                                                                           \
    X(TASK_ID, "id", T_STRING, "the task's id in its document")                                                  \
    X(TASK_DOCUMENT_ID, "document_id", T_STRING, "the document's id")                                           \
    X(TASK_DOCUMENT_NUMBER, "document_number", T_STRING, "the document's number, or null")                      \
    X(TASK_SECTION_ID, "section_id", T_STRING, "the id of the section it is in, or null")                       \
    X(TASK_TEXT, "text", T_STRING, "what is to be done, as the document words it")                              \
    X(TASK_LEAD_ID, "lead_id", T_STRING, "the lead unit (chủ trì), or null")                                      \
    X(TASK_LEAD_NAME, "lead_name", T_STRING, "its name when it is in the data, or null")                        \
    X(TASK_COORDINATOR_IDS, "coordinator_ids", T_LIST, "the coordinating units (phối hợp) named by id")          \
    X(TASK_COORDINATOR_TEXTS, "coordinator_texts", T_TEXTS, "the coordinators as the document words them")     \
    X(TASK_DUE_KIND, "due_kind", T_STRING, "period, recurring or ongoing; null without a due time")            \
    X(TASK_DUE_CODE, "due_code", T_STRING, "the due time as coded (2025-Q2, yearly:12-15, ongoing), or null")    \
    X(TASK_DUE_TEXT, "due_text", T_STRING, "the due time as the document words it, or null")                    \
    X(TASK_DUE_DATE, "due_date", T_DATE, "the date it is due by at the reference date (the next occurrence of a recurring task), or null") \
    X(TASK_DUE_MISSED, "due_missed", T_DATE, "for an overdue task, the due date that was missed, or null")      \
    X(TASK_STATUS, "status", T_STRING, "the latest reported status: not-started, in-progress, done or cancelled; null when no report gives one") \
    X(TASK_STATUS_REPORT_ID, "status_report_id", T_STRING, "the report that status comes from, or null")        \
    X(TASK_STATUS_PERIOD, "status_period", T_STRING, "the period of that report, or null")                      \
    X(TASK_OVERDUE, "overdue", T_BOOL, "overdue at the reference date; null when there is none")               \
    X(TASK_ROLES, "roles", T_LIST, "lead and/or coordinator when the tasks of a unit are asked for, else null") \
    X(TASK_LEAD_TEXT, "lead_text", T_STRING, "(1.2) the lead as the document words it (LĐLĐ các tỉnh, thành phố), or null") \
    X(TASK_LEAD_LEVEL, "lead_level", T_STRING, "(1.2) a class of units leads: its level (provincial …); else null") \
    X(TASK_LEAD_KINDS, "lead_kinds", T_LIST, "(1.2) the class's kinds of organisation (federation, sectoral …; empty: any)") \
    X(TASK_LEAD_SECTORS, "lead_sectors", T_LIST, "(1.2) the class's sectors (empty: any)") \
    X(TASK_MILESTONE_COUNT, "milestone_count", T_INTEGER, "(1.2) its sub-deadlines (the \"milestone\" rows)") \
    X(TASK_TIMELINESS, "timeliness", T_STRING, "(1.2) at the reference date, as a whole: on-time, late, pending, overdue or none (cancelled); null without one") \
    X(TASK_COORDINATOR_CLASSES, "coordinator_classes", T_TEXTS, "(1.2) the classes of units that coordinate, each LEVEL+KIND…+SECTOR… (provincial+federation+sectoral)")

#define INDICATOR_FIELDS(X)                                                                                      \
    X(IND_ID, "id", T_STRING, "the indicator's id in its document")                                             \
    X(IND_DOCUMENT_ID, "document_id", T_STRING, "the document's id")                                           \
    X(IND_DOCUMENT_NUMBER, "document_number", T_STRING, "the document's number, or null")                      \
    X(IND_SECTION_ID, "section_id", T_STRING, "the id of the section it is in, or null")                       \
    X(IND_TEXT, "text", T_STRING, "the indicator as the document words it")                                    \
    X(IND_MEASURE, "measure", T_STRING, "count, percentage, average, share-of-units, money or score")                        \
    X(IND_COMPARATOR, "comparator", T_STRING, "at-least, at-most, exactly, range, more-than, less-than, about, range-or-more or target")                           \
    X(IND_TARGET, "target", T_NUMBER, "the target (a percentage as 98, not 0.98)")                             \
    X(IND_TARGET_MAX, "target_max", T_NUMBER, "the upper bound of a range, or null")                           \
    X(IND_BASELINE, "baseline", T_NUMBER, "the baseline figure, or null")                                      \
    X(IND_PERIOD, "period", T_STRING, "the period the target is for (2025), or null")                          \
    X(IND_UNIT_OF_MEASURE, "unit_of_measure", T_STRING, "what is counted (đoàn viên), or null")                \
    X(IND_OWNER_ID, "owner_id", T_STRING, "the unit answerable for it, or null")                               \
    X(IND_SCOPE_LEVEL, "scope_level", T_STRING, "the level of the units measured over, or null")               \
    X(IND_SCOPE_SECTORS, "scope_sectors", T_LIST, "the sectors measured over (empty: all)")                    \
    X(IND_CONDITION_GRADE, "condition_grade", T_STRING, "share-of-units: the classification a unit needs to count, or null") \
    X(IND_REFINES_DOCUMENT_ID, "refines_document_id", T_STRING, "the higher document whose indicator it concretises, or null") \
    X(IND_REFINES_INDICATOR_ID, "refines_indicator_id", T_STRING, "that indicator's id, or null") \
    X(IND_DIRECTION, "direction", T_STRING, "(1.2) higher or lower: which way is better for a bare or approximate target") \
    X(IND_CURRENCY, "currency", T_STRING, "(1.2) money: the currency (VND unless said); else null") \
    X(IND_SCORE_MAX, "score_max", T_NUMBER, "(1.2) a score: the top of its scale (100 in 97/100 điểm); else null") \
    X(IND_PERIOD_TEXT, "period_text", T_STRING, "(1.2) the period as printed (đến cuối nhiệm kỳ), or null") \
    X(IND_BY, "by", T_STRING, "(1.2) the deadline to reach it by (đến năm 2023: 2023), or null") \
    X(IND_SUBJECT, "subject", T_STRING, "(1.2) the activity measured (kết nạp đoàn viên), or null") \
    X(IND_PART_OF_ID, "part_of_id", T_STRING, "(1.2) the indicator it is a part of (trong đó), or null") \
    X(IND_POPULATIONS, "populations", T_TEXTS, "(1.2) its scopes in words (doanh nghiệp có từ 25 lao động trở lên); typed in the \"population\" rows")

#define EVALUATION_FIELDS(X)                                                                                     \
    X(EV_INDICATOR_ID, "indicator_id", T_STRING, "the indicator's id")                                          \
    X(EV_TEXT, "text", T_STRING, "the indicator as the document words it")                                     \
    X(EV_MEASURE, "measure", T_STRING, "count, percentage, average, share-of-units, money or score")                         \
    X(EV_COMPARATOR, "comparator", T_STRING, "at-least, at-most, exactly, range, more-than, less-than, about, range-or-more or target")                            \
    X(EV_TARGET, "target", T_NUMBER, "the target")                                                             \
    X(EV_TARGET_MAX, "target_max", T_NUMBER, "the upper bound of a range, or null")                            \
    X(EV_UNIT_OF_MEASURE, "unit_of_measure", T_STRING, "what is counted, or null")                             \
    X(EV_STATUS, "status", T_STRING, "achieved, not-achieved, exceeded (above the top of a range), no-data or not-aggregable")                      \
    X(EV_ACTUAL, "actual", T_NUMBER, "the figure reached, in the indicator's terms (a percentage as 98.5), or null") \
    X(EV_NUMERATOR, "numerator", T_NUMBER, "percentages, averages, shares: the summed numerator, or null")    \
    X(EV_DENOMINATOR, "denominator", T_NUMBER, "the summed denominator, or null")                              \
    X(EV_RATIO, "ratio", T_NUMBER, "how far towards the target (1: just met), or null")                        \
    X(EV_SOURCE, "source", T_STRING, "computed, reported-total or unit-data; null without a figure")           \
    X(EV_CONTRIBUTORS, "contributors", T_INTEGER, "the units whose figures went into it")                      \
    X(EV_UNAGGREGATED, "unaggregated", T_INTEGER, "the units whose figures were left out (a percentage without its fraction; scores under a unit without its own)") \
    X(EV_RATE_ONLY_UNIT_IDS, "rate_only_unit_ids", T_LIST, "the units that gave only a percentage or average, without its fraction, so left out (ids, in load order)") \
    X(EV_RATE_ONLY_UNIT_NAMES, "rate_only_unit_names", T_TEXTS, "their names, in the same order") \
    X(EV_SCORE_LEFT_OUT_UNIT_IDS, "score_left_out_unit_ids", T_LIST, "for a score the unit has not given itself: the units below whose scores were not added up for it (ids, in load order)") \
    X(EV_SCORE_LEFT_OUT_UNIT_NAMES, "score_left_out_unit_names", T_TEXTS, "their names, in the same order") \
    X(EV_POPULATION, "population", T_STRING, "none, applied (only units inside the target's population counted) or not-applied (the data cannot say who is inside it: every unit counted)") \
    X(EV_POPULATION_EXCLUDED, "population_excluded", T_INTEGER, "units whose own figures were left out: outside the population") \
    X(EV_POPULATION_UNCHECKED, "population_unchecked", T_INTEGER, "units whose own figures were kept without knowing: they do not give the attribute the population tests")

#define CHILD_FIELDS(X)                                                                                          \
    X(CH_INDICATOR_ID, "indicator_id", T_STRING, "the indicator's id")                                         \
    X(CH_UNIT_ID, "unit_id", T_STRING, "the organisation directly under the unit evaluated")                   \
    X(CH_UNIT_NAME, "unit_name", T_STRING, "its name")                                                         \
    X(CH_STATUS, "status", T_STRING, "its own subtree against the target: achieved, not-achieved, exceeded, no-data or not-aggregable") \
    X(CH_ACTUAL, "actual", T_NUMBER, "its figure, or null")                                                    \
    X(CH_EXPECTED, "expected", T_BOOL, "whether the document asks the child or a unit under it to report this indicator")

#define FINDING_FIELDS(X)                                                                                        \
    X(FI_UNIT_ID, "unit_id", T_STRING, "the unit that reported a total for its subtree")                       \
    X(FI_UNIT_NAME, "unit_name", T_STRING, "its name")                                                         \
    X(FI_INDICATOR_ID, "indicator_id", T_STRING, "the indicator")                                              \
    X(FI_REPORTED, "reported", T_NUMBER, "the total it reported (the figure used)")                            \
    X(FI_COMPUTED, "computed", T_NUMBER, "the sum of the reports under it")                                    \
    X(FI_DIFFERENCE, "difference", T_NUMBER, "reported minus computed")

#define EXPECTED_FIELDS(X)                                                                                       \
    X(EX_UNIT_ID, "unit_id", T_STRING, "a unit expected to report")                                            \
    X(EX_UNIT_NAME, "unit_name", T_STRING, "its name")                                                         \
    X(EX_SUBMISSION, "submission", T_STRING, "on-time, late, missing or received (no deadline)")               \
    X(EX_SUBMITTED, "submitted", T_DATE, "the date its report was submitted, or null")                          \
    X(EX_DEADLINE, "deadline", T_DATE, "the deadline for the period, or null")                                  \
    X(EX_DAYS_LATE, "days_late", T_INTEGER, "days after the deadline, when late; else null")                  \
    X(EX_LACKING, "lacking", T_INTEGER, "the indicators it is to report that its report leaves without a value (all of them when missing)")

#define LOWER_FIELDS(X)                                                                                          \
    X(LO_DOCUMENT_ID, "document_id", T_STRING, "a lower document that concretises or implements the higher one") \
    X(LO_NUMBER, "number", T_STRING, "its number, or null")                                                    \
    X(LO_ISSUER_ID, "issuer_id", T_STRING, "its issuer, or null")                                              \
    X(LO_ISSUER_NAME, "issuer_name", T_STRING, "the issuer's name, or null")                                   \
    X(LO_ISSUED, "issued", T_DATE, "its date of issue, or null")                                               \
    X(LO_REFINES, "refines", T_INTEGER, "how many of the higher document's indicators it concretises")         \
    X(LO_MISSES, "misses", T_INTEGER, "how many it leaves out")                                                \
    X(LO_WEAKER, "weaker", T_INTEGER, "how many of its targets are less demanding than the higher ones")

#define CELL_FIELDS(X)                                                                                           \
    X(CE_LOWER_ID, "lower_id", T_STRING, "the lower document")                                                 \
    X(CE_LOWER_NUMBER, "lower_number", T_STRING, "its number, or null")                                        \
    X(CE_INDICATOR_ID, "indicator_id", T_STRING, "the higher document's indicator")                            \
    X(CE_REFINEMENT_ID, "refinement_id", T_STRING, "the lower document's indicator that concretises it, or null") \
    X(CE_COMPARATOR, "comparator", T_STRING, "the refinement's comparator, or null")                           \
    X(CE_TARGET, "target", T_NUMBER, "the refinement's target, or null")                                       \
    X(CE_DEMAND, "demand", T_STRING, "ok, weaker, not-comparable (counts: judged by their sum), or missed (no refinement)")

#define ALLOCATION_FIELDS(X)                                                                                     \
    X(AL_INDICATOR_ID, "indicator_id", T_STRING, "a count indicator of the higher document")                   \
    X(AL_COMPARATOR, "comparator", T_STRING, "its comparator")                                                 \
    X(AL_TARGET, "target", T_NUMBER, "its target")                                                             \
    X(AL_ALLOCATED, "allocated", T_NUMBER, "the sum of the lower documents' targets for it, or null when none allocates it") \
    X(AL_ALLOCATING, "allocating", T_INTEGER, "how many lower documents allocate it")                          \
    X(AL_DIFFERENCE, "difference", T_NUMBER, "allocated minus target, or null")                                \
    X(AL_SHORTFALL, "shortfall", T_NUMBER, "how much is not allocated (0 when the sum meets the target, as the comparator judges it), or null when none allocates it")

#define MISSING_FIELDS(X)                                                                                        \
    X(MI_UNIT_ID, "unit_id", T_STRING, "a unit expected to concretise the document that issued nothing")      \
    X(MI_UNIT_NAME, "unit_name", T_STRING, "its name")

#define LINEAGE_FIELDS(X)                                                                                        \
    X(LI_DIRECTION, "direction", T_STRING, "up (what the document builds on) or down (what builds on it)")     \
    X(LI_DEPTH, "depth", T_INTEGER, "1 for a direct relation, 2 for one step further …")                        \
    X(LI_FROM_ID, "from_id", T_STRING, "the document the relation is written in")                              \
    X(LI_TYPE, "type", T_STRING, "implements, based-on, concretises, amends, replaces or reviews")             \
    X(LI_DOCUMENT_ID, "document_id", T_STRING, "the related document's id (null when only its number is known)") \
    X(LI_NUMBER, "number", T_STRING, "its number, or null")                                                    \
    X(LI_DATE, "date", T_DATE, "its date, or null")                                                            \
    X(LI_TITLE, "title", T_STRING, "its title (or the words naming it), or null")                              \
    X(LI_NOTE, "note", T_STRING, "not-loaded when it is not in the data, cycle when it leads back; else null")

#define DOCUMENT_FIELDS(X)                                                                                       \
    X(DOC_ID, "id", T_STRING, "the document's id")                                                             \
    X(DOC_NUMBER, "number", T_STRING, "its number (240/KH-TLĐ), or null")                                       \
    X(DOC_KIND, "kind", T_STRING, "resolution, directive, plan, programme …")                                   \
    X(DOC_TITLE, "title", T_STRING, "its title (trích yếu), or null")                                           \
    X(DOC_ISSUER_ID, "issuer_id", T_STRING, "the issuing organisation, or null")                               \
    X(DOC_ISSUER_NAME, "issuer_name", T_STRING, "its name when in the data, or null")                          \
    X(DOC_ISSUING_BODY_ID, "issuing_body_id", T_STRING, "the issuing body (Ban Chấp hành …), or null")          \
    X(DOC_ISSUED, "issued", T_DATE, "the date of issue, or null")                                              \
    X(DOC_EFFECTIVE, "effective", T_DATE, "the date it takes effect, or null")                                 \
    X(DOC_PLACE, "place", T_STRING, "the place of issue, or null")                                             \
    X(DOC_FIELD, "field", T_STRING, "its field (lĩnh vực), or null")                                            \
    X(DOC_SIGNER_NAME, "signer_name", T_STRING, "who signed it, or null")                                      \
    X(DOC_SIGNER_POSITION, "signer_position", T_STRING, "the signer's position, or null")                      \
    X(DOC_SIGNER_CAPACITY, "signer_capacity", T_STRING, "the capacity signed in (TM., KT.), or null")          \
    X(DOC_TASK_COUNT, "task_count", T_INTEGER, "its tasks")                                                    \
    X(DOC_INDICATOR_COUNT, "indicator_count", T_INTEGER, "its indicators")                                     \
    X(DOC_SECTION_COUNT, "section_count", T_INTEGER, "its sections, at every depth")                           \
    X(DOC_RELATION_COUNT, "relation_count", T_INTEGER, "its relations to other documents")                    \
    X(DOC_REPORTING_TO_ID, "reporting_to_id", T_STRING, "where reports on it go, or null")                     \
    X(DOC_REPORTING_FREQUENCY, "reporting_frequency", T_STRING, "yearly, half-yearly, quarterly or monthly, or null") \
    X(DOC_REPORTER_IDS, "reporter_ids", T_LIST, "the units it names as reporting (empty: those directly under the issuer)") \
    X(DOC_ISSUER_TEXT, "issuer_text", T_STRING, "(1.2) the issuer as printed when it is not a loaded unit, or null") \
    X(DOC_ISSUER_KIND, "issuer_kind", T_STRING, "(1.2) organisation, department, body or group (the issuer's kind when loaded), or null") \
    X(DOC_ISSUER_GROUP_KIND, "issuer_group_kind", T_STRING, "(1.2) an issuing group: emulation-cluster or emulation-bloc; else null") \
    X(DOC_ISSUING_BODY_KIND, "issuing_body_kind", T_STRING, "(1.2) the issuing body's kind (congress for an Đại hội …), or null") \
    X(DOC_AUTHOR, "author", T_STRING, "(1.2) the author (of a news page or report), or null") \
    X(DOC_PUBLISHED, "published", T_DATE, "(1.2) the date a page was published, or null") \
    X(DOC_RESULT_COUNT, "result_count", T_INTEGER, "(1.2) its results (the \"result\" rows)")

#define DOC_RELATION_FIELDS(X)                                                                                   \
    X(DR_TYPE, "type", T_STRING, "implements, based-on, concretises, amends, replaces, reviews or (1.2) refers-to")             \
    X(DR_DOCUMENT_ID, "document_id", T_STRING, "the related document's id, or null")                           \
    X(DR_NUMBER, "number", T_STRING, "its number, or null")                                                    \
    X(DR_DATE, "date", T_DATE, "its date, or null")                                                            \
    X(DR_TEXT, "text", T_STRING, "the words naming it, or null")                                               \
    X(DR_LOADED, "loaded", T_BOOL, "whether it is in the data") \
    X(DR_TITLE, "title", T_STRING, "(1.2) the title of a document referred to without a number, or null") \
    X(DR_FROM_ID, "from_id", T_STRING, "(1.2) the document the relation is written in")

#define INCOMING_FIELDS(X)                                                                                       \
    X(IN_TYPE, "type", T_STRING, "how the other document relates to this one")                                \
    X(IN_DOCUMENT_ID, "document_id", T_STRING, "the other document's id")                                      \
    X(IN_NUMBER, "number", T_STRING, "its number, or null")                                                    \
    X(IN_DATE, "date", T_DATE, "its date of issue, or null")                                                   \
    X(IN_ISSUER_ID, "issuer_id", T_STRING, "its issuer, or null")                                              \
    X(IN_TITLE, "title", T_STRING, "its title, or null")

#define DEADLINE_FIELDS(X)                                                                                       \
    X(DL_PERIOD, "period", T_STRING, "a reporting period (2025-H1)")                                           \
    X(DL_DEADLINE, "deadline", T_DATE, "its deadline")

#define RECIPIENT_FIELDS(X)                                                                                      \
    X(RE_TEXT, "text", T_STRING, "the recipient as the document words it")                                     \
    X(RE_UNIT_ID, "unit_id", T_STRING, "the unit it names, or null")

#define SECTION_FIELDS(X)                                                                                        \
    X(SE_ID, "id", T_STRING, "the section's id, or null")                                                      \
    X(SE_NUMBER, "number", T_STRING, "its number as printed (III, 1., a), or null")                           \
    X(SE_TITLE, "title", T_STRING, "its title (else the start of its first text), or null")                    \
    X(SE_DEPTH, "depth", T_INTEGER, "0 for a part, 1 for an item in it …")                                      \
    X(SE_PARENT_ID, "parent_id", T_STRING, "the id of the section it is in, or null")                          \
    X(SE_TASK_COUNT, "task_count", T_INTEGER, "the tasks in it, at every depth")                               \
    X(SE_INDICATOR_COUNT, "indicator_count", T_INTEGER, "the indicators in it, at every depth")

#define ISSUE_FIELDS(X)                                                                                          \
    X(IS_SEVERITY, "severity", T_STRING, "error, warning or info")                                             \
    X(IS_FILE, "file", T_STRING, "the file, or null")                                                          \
    X(IS_LINE, "line", T_INTEGER, "the line (from 1), or null")                                                \
    X(IS_COLUMN, "column", T_INTEGER, "the column (from 1, in characters), or null")                           \
    X(IS_TAG, "tag", T_STRING, "the issue's stable tag ('congdoan validate --explain TAG')")                   \
    X(IS_MESSAGE, "message", T_STRING, "what is wrong, in English")

#define TAG_FIELDS(X)                                                                                            \
    X(TG_TAG, "tag", T_STRING, "the tag")                                                                      \
    X(TG_SEVERITY, "severity", T_STRING, "error, warning or info")                                             \
    X(TG_EXPLANATION, "explanation", T_STRING, "what it means and what to do about it")

/* (1.2) A figure a text states as achieved (<result>): in a section of a document or in a
 * report. The keys of the Python bindings' Result.to_dict(). */
#define RESULT_FIELDS(X)                                                                                         \
    X(RS_ID, "id", T_STRING, "the result's id, or null")                                                       \
    X(RS_TEXT, "text", T_STRING, "the result as the text words it, or null")                                  \
    X(RS_VALUE, "value", T_NUMBER, "the figure (money in đồng: 5 tỷ is 5000000000), or null for an empty slot") \
    X(RS_MEASURE, "measure", T_STRING, "count, percentage, average, money or score")                            \
    X(RS_UNIT_OF_MEASURE, "unit_of_measure", T_STRING, "what is counted (đoàn viên), or null")                 \
    X(RS_COMPARATOR, "comparator", T_STRING, "exactly, about (gần, khoảng), more-than (hơn, trên), less-than, at-least or at-most") \
    X(RS_PERIOD, "period", T_STRING, "the period code (2023, 2018-09/2019-08, term:2023/2028), or null")       \
    X(RS_PERIOD_TEXT, "period_text", T_STRING, "the period as printed, or null")                              \
    X(RS_ESTIMATE, "estimate", T_BOOL, "an estimate (dự ước)")                                                 \
    X(RS_CUMULATIVE, "cumulative", T_BOOL, "a running total (nâng tổng số lên)")                               \
    X(RS_OF, "of", T_NUMBER, "the whole it is a part of (13/13: 13), or null")                                \
    X(RS_SHARE, "share", T_NUMBER, "the share of a whole the text printed (chiếm 66,6%), or null")            \
    X(RS_STATED_RATE, "stated_rate", T_NUMBER, "the achievement rate the text printed (đạt 103,96%), or null") \
    X(RS_COMPUTED_RATE, "computed_rate", T_NUMBER, "value / target × 100 of the linked indicator, when it is loaded; else null") \
    X(RS_OVER_TARGET, "over_target", T_NUMBER, "the excess the text printed (vượt 31%), or null")             \
    X(RS_RATE_MISMATCHES, "rate_mismatches", T_LIST, "the printed rates that disagree with the figures: stated-rate, over-target, share") \
    X(RS_INDICATOR_DOCUMENT_ID, "indicator_document_id", T_STRING, "the document of the indicator it answers, or null") \
    X(RS_INDICATOR_ID, "indicator_id", T_STRING, "that indicator's id, or null")                              \
    X(RS_UNIT_ID, "unit_id", T_STRING, "the unit the figure is about (written, the report's or the issuer's), or null") \
    X(RS_POPULATIONS, "populations", T_TEXTS, "its scopes in words; typed in the \"population\" rows")         \
    X(RS_DOCUMENT_ID, "document_id", T_STRING, "the document it is stated in, or null (in a report)")         \
    X(RS_SECTION_ID, "section_id", T_STRING, "the id of its section, or null")                                \
    X(RS_REPORT_ID, "report_id", T_STRING, "the report it is stated in, or null (in a document)")             \
    X(RS_SUBJECT, "subject", T_STRING, "the activity (kết nạp đoàn viên), or null")                           \
    X(RS_PART_OF_ID, "part_of_id", T_STRING, "the result it is a part of (trong đó), or null")                \
    X(RS_CURRENCY, "currency", T_STRING, "money: the currency; else null")                                     \
    X(RS_SCORE_MAX, "score_max", T_NUMBER, "a score: the top of its scale; else null")                         \
    X(RS_OVER_TARGET_COMPARATOR, "over_target_comparator", T_STRING, "how the excess is qualified (vượt hơn: more-than), or null")

/* (1.2) A scope in words of an indicator or a result (<population>), with its typed threshold. */
#define POPULATION_FIELDS(X)                                                                                     \
    X(PO_OWNER, "owner", T_STRING, "indicator or result")                                                     \
    X(PO_OWNER_ID, "owner_id", T_STRING, "the indicator's or result's id, or null")                           \
    X(PO_DOCUMENT_ID, "document_id", T_STRING, "its document, or null (a result of a report)")                \
    X(PO_REPORT_ID, "report_id", T_STRING, "its report, or null")                                             \
    X(PO_TEXT, "text", T_STRING, "the scope in words (doanh nghiệp có từ 25 lao động trở lên)")                \
    X(PO_OF, "of", T_STRING, "what it is a population of (doanh nghiệp), or null")                            \
    X(PO_MEASURE, "measure", T_STRING, "what the threshold counts (lao động), or null without a threshold")    \
    X(PO_COMPARATOR, "comparator", T_STRING, "the threshold's comparator (never the target's), or null")      \
    X(PO_VALUE, "value", T_NUMBER, "the threshold (25), or null")

/* (1.2) A sub-deadline on part of a task's text (<milestone>). */
#define MILESTONE_FIELDS(X)                                                                                      \
    X(MS_DOCUMENT_ID, "document_id", T_STRING, "the task's document")                                         \
    X(MS_TASK_ID, "task_id", T_STRING, "the task")                                                            \
    X(MS_INDEX, "index", T_INTEGER, "its place among the task's milestones (from 0)")                        \
    X(MS_TEXT, "text", T_STRING, "the words it dates")                                                        \
    X(MS_DUE_CODE, "due_code", T_STRING, "the due time as coded (2023, 2025-Q2)")                              \
    X(MS_DUE_TEXT, "due_text", T_STRING, "the due time as printed (đến năm 2023), or null")                   \
    X(MS_DUE_DATE, "due_date", T_DATE, "the date it is due by (at the reference date for a recurring one), or null")

/* (1.2) A task status a report gives, for its own unit or another (<task-status>). */
#define TASK_STATUS_FIELDS(X)                                                                                    \
    X(TS_REPORT_ID, "report_id", T_STRING, "the report")                                                     \
    X(TS_DOCUMENT_ID, "document_id", T_STRING, "the document the report is against")                         \
    X(TS_PERIOD, "period", T_STRING, "the report's period")                                                  \
    X(TS_SUBMITTED, "submitted", T_DATE, "the report's submission date, or null")                            \
    X(TS_TASK_ID, "task_id", T_STRING, "the task")                                                           \
    X(TS_UNIT_ID, "unit_id", T_STRING, "the unit whose status it is (written, else the report's)")           \
    X(TS_STATUS, "status", T_STRING, "not-started, in-progress, done or cancelled; null for an empty slot")  \
    X(TS_COMPLETED, "completed", T_DATE, "a done task: when it was completed, or null")                      \
    X(TS_NOTE, "note", T_STRING, "the note, or null")                                                        \
    X(TS_TIMELINESS, "timeliness", T_STRING, "where the task stands for that unit at the reference date (its own statuses): on-time, late, pending, overdue or none; null without one")

/* `congdoan import --format json`: a document read from prose, with the keys and conventions of
 * the careful reader's answers (tests/data/corpus-dev/ANSWERS.md), so that it can be scored
 * against them; its targets, results and tasks are tables inside it. */
#define IMPORTED_DOCUMENT_FIELDS(X)                                                                              \
    X(IMD_FILE, "file", T_STRING, "the file's name (without its folder)")                                     \
    X(IMD_KIND, "kind", T_STRING, "plan, programme, resolution, directive, report, news …")                    \
    X(IMD_DOC_NUMBER, "doc_number", T_STRING, "the document's own number, inner spaces removed, or null")      \
    X(IMD_DATE, "date", T_DATE, "its own date (a page's publication line when it has none), or null")         \
    X(IMD_PLACE, "place", T_STRING, "the header place, or null")                                               \
    X(IMD_ISSUER, "issuer", T_STRING, "the issuing organisation (the loaded unit's name, else as printed)")     \
    X(IMD_ISSUING_BODY, "issuing_body", T_STRING, "the issuing body (Ban Chấp hành, Ban Thường vụ …), or null") \
    X(IMD_SIGNER, "signer", T_STRING, "who signed it, or null")                                                 \
    X(IMD_TITLE, "title", T_STRING, "the title (trích yếu), or null")                                          \
    X(IMD_AUTHOR, "author", T_STRING, "a news item's byline, or null")                                         \
    X(IMD_IMPLEMENTS, "implements", T_LIST, "the numbers of the documents it carries out (thực hiện, căn cứ)")  \
    X(IMD_REFERENCED_DOCS, "referenced_docs", T_LIST, "every document number it names, once")

#define IMPORTED_TARGET_FIELDS(X)                                                                                \
    X(IMT_TEXT, "text", T_STRING, "the words of the target, as in the file")                                  \
    X(IMT_VALUE, "value", T_NUMBER, "the target figure (the low end of a range)")                             \
    X(IMT_VALUE_MAX, "value_max", T_NUMBER, "a range: its high end; else null")                               \
    X(IMT_UNIT, "unit", T_STRING, "%, count, VND or score")                                                   \
    X(IMT_NOUN, "noun", T_STRING, "what is counted, or null")                                                 \
    X(IMT_COMPARATOR, "comparator", T_STRING, ">=, >, <=, <, = (a bare figure), ~ or range")                   \
    X(IMT_SCORE_MAX, "score_max", T_NUMBER, "a score: the top of its scale; else null")                       \
    X(IMT_PART_OF, "part_of", T_NUMBER, "a part (trong đó): the figure of the target it is part of; else null") \
    X(IMT_SCOPE, "scope", T_STRING, "over whom, in words (with its threshold), or null")                     \
    X(IMT_SUBJECT, "subject", T_STRING, "whose figure it is, when the text says, or null")                    \
    X(IMT_PERIOD, "period", T_STRING, "for when, as printed (else as coded), or null")

#define IMPORTED_RESULT_FIELDS(X)                                                                                \
    X(IMR_TEXT, "text", T_STRING, "the words of the result, as in the file")                                  \
    X(IMR_VALUE, "value", T_NUMBER, "the figure reported as done, or null")                                   \
    X(IMR_UNIT, "unit", T_STRING, "%, count, VND or score")                                                   \
    X(IMR_NOUN, "noun", T_STRING, "what is counted, or null")                                                 \
    X(IMR_COMPARATOR, "comparator", T_STRING, "= (as stated), ~ (gần, khoảng), > (hơn) …")                    \
    X(IMR_SCORE_MAX, "score_max", T_NUMBER, "a score: the top of its scale; else null")                       \
    X(IMR_PART_OF, "part_of", T_NUMBER, "a part (trong đó): the figure of the result it is part of; else null") \
    X(IMR_SCOPE, "scope", T_STRING, "over whom, in words, or null")                                           \
    X(IMR_PERIOD, "period", T_STRING, "for when, as printed (else as coded), or null")                        \
    X(IMR_OF, "of", T_NUMBER, "\"13/13\": the whole it is counted out of; else null")                          \
    X(IMR_RATE, "rate", T_NUMBER, "the rate the text states (or the share of `of`), or null")                  \
    X(IMR_OVER_TARGET_PCT, "over_target_pct", T_NUMBER, "\"vượt 31%\": by how much the target was passed; else null") \
    X(IMR_OVER_TARGET_COMPARATOR, "over_target_comparator", T_STRING, "the comparator of that figure, or null") \
    X(IMR_ESTIMATE, "estimate", T_BOOL, "an estimate (dự ước)")                                               \
    X(IMR_CUMULATIVE, "cumulative", T_BOOL, "a running total (nâng tổng số lên …)")

#define IMPORTED_TASK_FIELDS(X)                                                                                  \
    X(IMK_TEXT, "text", T_STRING, "the words of the task, as in the file")                                    \
    X(IMK_LEAD, "lead", T_STRING, "the leading unit as printed")                                              \
    X(IMK_LEAD_UNIT, "lead_unit", T_STRING, "the id of the loaded unit it matched, or null")                  \
    X(IMK_COORDINATORS, "coordinators", T_TEXTS, "the coordinating units as printed")                         \
    X(IMK_DUE, "due", T_STRING, "the deadline as printed, or null")

#define FIELD_ENUM(id, key, type, doc) id,
enum { UNIT_FIELDS(FIELD_ENUM) UNIT_FIELD_COUNT };
enum { TASK_FIELDS(FIELD_ENUM) TASK_FIELD_COUNT };
enum { INDICATOR_FIELDS(FIELD_ENUM) INDICATOR_FIELD_COUNT };
enum { EVALUATION_FIELDS(FIELD_ENUM) EVALUATION_FIELD_COUNT };
enum { CHILD_FIELDS(FIELD_ENUM) CHILD_FIELD_COUNT };
enum { FINDING_FIELDS(FIELD_ENUM) FINDING_FIELD_COUNT };
enum { EXPECTED_FIELDS(FIELD_ENUM) EXPECTED_FIELD_COUNT };
enum { LOWER_FIELDS(FIELD_ENUM) LOWER_FIELD_COUNT };
enum { CELL_FIELDS(FIELD_ENUM) CELL_FIELD_COUNT };
enum { ALLOCATION_FIELDS(FIELD_ENUM) ALLOCATION_FIELD_COUNT };
enum { MISSING_FIELDS(FIELD_ENUM) MISSING_FIELD_COUNT };
enum { LINEAGE_FIELDS(FIELD_ENUM) LINEAGE_FIELD_COUNT };
enum { DOCUMENT_FIELDS(FIELD_ENUM) DOCUMENT_FIELD_COUNT };
enum { DOC_RELATION_FIELDS(FIELD_ENUM) DOC_RELATION_FIELD_COUNT };
enum { INCOMING_FIELDS(FIELD_ENUM) INCOMING_FIELD_COUNT };
enum { DEADLINE_FIELDS(FIELD_ENUM) DEADLINE_FIELD_COUNT };
enum { RECIPIENT_FIELDS(FIELD_ENUM) RECIPIENT_FIELD_COUNT };
enum { SECTION_FIELDS(FIELD_ENUM) SECTION_FIELD_COUNT };
enum { ISSUE_FIELDS(FIELD_ENUM) ISSUE_FIELD_COUNT };
enum { TAG_FIELDS(FIELD_ENUM) TAG_FIELD_COUNT };
enum { RESULT_FIELDS(FIELD_ENUM) RESULT_FIELD_COUNT };
enum { POPULATION_FIELDS(FIELD_ENUM) POPULATION_FIELD_COUNT };
enum { MILESTONE_FIELDS(FIELD_ENUM) MILESTONE_FIELD_COUNT };
enum { TASK_STATUS_FIELDS(FIELD_ENUM) TASK_STATUS_FIELD_COUNT };
enum { IMPORTED_DOCUMENT_FIELDS(FIELD_ENUM) IMPORTED_DOCUMENT_FIELD_COUNT };
enum { IMPORTED_TARGET_FIELDS(FIELD_ENUM) IMPORTED_TARGET_FIELD_COUNT };
enum { IMPORTED_RESULT_FIELDS(FIELD_ENUM) IMPORTED_RESULT_FIELD_COUNT };
enum { IMPORTED_TASK_FIELDS(FIELD_ENUM) IMPORTED_TASK_FIELD_COUNT };
#undef FIELD_ENUM

extern const schema unit_schema, task_schema, indicator_schema, evaluation_schema, child_schema, finding_schema,
    expected_schema, lower_schema, cell_schema, allocation_schema, missing_schema, lineage_schema, document_schema,
    doc_relation_schema, incoming_schema, deadline_schema, recipient_schema, section_schema, issue_schema,
    tag_schema, result_schema, population_schema, milestone_schema, task_status_schema, imported_document_schema,
    imported_target_schema, imported_result_schema, imported_task_schema;

/* ---- filling the rows of the shared kinds (rows.c): the same fields in every command --------------- */

#include "congdoan.h"

/* A unit row (its depth is counted up its parents). */
void fill_unit_row(row *r, const congdoan_unit *u);
/* A task row at reference date `at` (0: none: every report counts, no overdue, no next due
 * date for a recurring task); `roles` the unit's roles in it (-1: not asked). */
void fill_task_row(row *r, const congdoan_task *t, int at, int roles);
void fill_indicator_row(row *r, const congdoan_indicator *ind);
/* The evaluation of indicator i of a progress result. */
void fill_evaluation_row(row *r, const congdoan_progress *p, size_t i);
void fill_child_row(row *r, const congdoan_progress *p, size_t c, size_t i);
void fill_finding_row(row *r, const congdoan_progress *p, size_t k);
void fill_expected_row(row *r, const congdoan_progress *p, size_t k);
void fill_document_row(row *r, const congdoan_document *d);
void fill_issue_row(row *r, const congdoan_issue *is);
/* (1.2) A result row; a population row of an indicator or a result (exactly one of them); a
 * milestone row (its due date at `at`, 0: the date of a dated one); a task status row (the
 * i-th of the report; its timeliness at `at`, 0: null). */
void fill_result_row(row *r, const congdoan_result *res);
void fill_population_row(row *r, const congdoan_indicator *ind, const congdoan_result *res, size_t i);
void fill_milestone_row(row *r, const congdoan_task *t, size_t i, int at);
void fill_task_status_row(row *r, const congdoan_corpus *c, const congdoan_report *rep, size_t i, int at);
/* congdoan import: a document read from `file` (its name without the folder) with the keys
 * of ANSWERS.md; a target, a result and a task of it in the same words. `genre` is the kind
 * to print when the vocabulary has none for the document ("letter"), else NULL. */
void fill_imported_document_row(row *r, const char *file, const congdoan_document *doc, const char *genre);
void fill_imported_target_row(row *r, const congdoan_indicator *ind);
void fill_imported_result_row(row *r, const congdoan_result *res);
void fill_imported_task_row(row *r, const congdoan_task *t);
/* A relation a document states to another (the i-th). */
void fill_doc_relation_row(row *r, const congdoan_document *d, size_t i);

#endif /* CONGDOAN_EXAMPLES_SCHEMAS_H */
