/*
 * congdoan — the rows of the kinds every command shares (a unit, a task, an indicator, an
 * evaluation …), filled from the library in one place, so that `tasks`, `export` and the rest
 * give the same fields with the same values.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

/* The machine names of the values the XML does not spell (schemas.h). */
const char *unit_kind_name(congdoan_unit_kind kind)
{
    switch (kind) {
    case CONGDOAN_UNIT_ORGANISATION: return "organisation";
    case CONGDOAN_UNIT_DEPARTMENT: return "department";
    case CONGDOAN_UNIT_BODY: return "body";
    default: return NULL;
    }
}

const char *body_kind_name(congdoan_body_kind kind)
{
    switch (kind) {
    case CONGDOAN_BODY_EXECUTIVE_COMMITTEE: return "executive-committee";
    case CONGDOAN_BODY_PRESIDIUM: return "presidium";
    case CONGDOAN_BODY_STANDING_COMMITTEE: return "standing-committee";
    case CONGDOAN_BODY_INSPECTION_COMMITTEE: return "inspection-committee";
    default: return NULL;
    }
}

const char *due_kind_name(congdoan_due_kind kind)
{
    switch (kind) {
    case CONGDOAN_DUE_PERIOD: return "period";
    case CONGDOAN_DUE_RECURRING: return "recurring";
    case CONGDOAN_DUE_ONGOING: return "ongoing";
    default: return NULL;
    }
}

const char *source_name(congdoan_value_source source)
{
    switch (source) {
    case CONGDOAN_SOURCE_COMPUTED: return "computed";
    case CONGDOAN_SOURCE_REPORTED_TOTAL: return "reported-total";
    case CONGDOAN_SOURCE_UNIT_DATA: return "unit-data";
    default: return NULL;
    }
}

const char *frequency_name(congdoan_period_kind kind)
{
    switch (kind) {
    case CONGDOAN_PERIOD_MONTH: return "monthly";
    case CONGDOAN_PERIOD_QUARTER: return "quarterly";
    case CONGDOAN_PERIOD_HALF_YEAR: return "half-yearly";
    case CONGDOAN_PERIOD_YEAR: return "yearly";
    default: return NULL;
    }
}

/* A list of n strings the row keeps (the array; the strings are borrowed). */
static const char **keep_items(row *r, size_t n)
{
    const char **items = xcalloc(n ? n : 1, sizeof *items);
    row_keep(r, (char *)items);
    return items;
}

long unit_depth(const congdoan_unit *u)
{
    long depth = 0;
    const congdoan_unit *p = congdoan_unit_parent(u);
    /* a cycle in the parents is reported by validate; do not follow one for ever */
    for (; p && depth < 4096; p = congdoan_unit_parent(p))
        depth++;
    return depth;
}

void fill_unit_row(row *r, const congdoan_unit *u)
{
    int org = congdoan_unit_get_kind(u) == CONGDOAN_UNIT_ORGANISATION;
    row_str(r, UNIT_ID, congdoan_unit_id(u));
    row_str(r, UNIT_KIND, unit_kind_name(congdoan_unit_get_kind(u)));
    row_str(r, UNIT_NAME, congdoan_unit_name(u));
    row_str(r, UNIT_SHORT_NAME, congdoan_unit_short_name(u));
    row_str(r, UNIT_LEVEL, congdoan_level_name(congdoan_unit_level(u)));
    row_str(r, UNIT_SECTOR, congdoan_sector_name(congdoan_unit_sector(u)));
    row_str(r, UNIT_BODY_KIND, body_kind_name(congdoan_unit_body_kind(u)));
    row_str(r, UNIT_PARENT_ID, congdoan_unit_parent_id(u));
    row_int(r, UNIT_DEPTH, unit_depth(u));
    row_int(r, UNIT_CHILD_COUNT, (long long)congdoan_unit_child_count(u));
    row_int(r, UNIT_DEPARTMENT_COUNT, (long long)congdoan_unit_department_count(u));
    row_count(r, UNIT_MEMBERS, org ? congdoan_unit_members(u) : -1);
    row_count(r, UNIT_WORKERS, org ? congdoan_unit_workers(u) : -1);
    row_count(r, UNIT_DECLARED_UPPER, org ? congdoan_unit_declared_upper_grassroots_units(u) : -1);
    row_count(r, UNIT_DECLARED_GRASSROOTS, org ? congdoan_unit_declared_grassroots_units(u) : -1);
    size_t n = congdoan_unit_classification_count(u);
    const char **items = keep_items(r, 2 * n);
    for (size_t k = 0; k < n; k++) {
        items[2 * k] = row_keep(r, xprintf("%d", congdoan_unit_classification_year(u, k)));
        items[2 * k + 1] = congdoan_grade_name(congdoan_unit_classification_grade(u, k));
    }
    row_list(r, UNIT_CLASSIFICATIONS, items, n);
}

void fill_task_row(row *r, const congdoan_task *t, int at, int roles)
{
    const congdoan_document *d = congdoan_task_document(t);
    const congdoan_section *sec = congdoan_task_section(t);
    const congdoan_unit *lead = congdoan_task_lead(t);
    row_str(r, TASK_ID, congdoan_task_id(t));
    row_str(r, TASK_DOCUMENT_ID, congdoan_document_id(d));
    row_str(r, TASK_DOCUMENT_NUMBER, congdoan_document_number(d));
    row_str(r, TASK_SECTION_ID, sec ? congdoan_section_id(sec) : NULL);
    row_str(r, TASK_TEXT, congdoan_task_text(t));
    row_str(r, TASK_LEAD_ID, congdoan_task_lead_id(t));
    row_str(r, TASK_LEAD_NAME, lead ? congdoan_unit_name(lead) : NULL);
    size_t nc = congdoan_task_coordinator_count(t), ids = 0, texts = 0;
    const char **id_items = keep_items(r, nc), **text_items = keep_items(r, nc);
    for (size_t k = 0; k < nc; k++) {
        if (congdoan_task_coordinator_id(t, k))
            id_items[ids++] = congdoan_task_coordinator_id(t, k);
        if (congdoan_task_coordinator_text(t, k))
            text_items[texts++] = congdoan_task_coordinator_text(t, k);
    }
    row_list(r, TASK_COORDINATOR_IDS, id_items, ids);
    row_list(r, TASK_COORDINATOR_TEXTS, text_items, texts);
    congdoan_due_kind kind = congdoan_task_due_kind(t);
    row_str(r, TASK_DUE_KIND, due_kind_name(kind));
    row_str(r, TASK_DUE_CODE, congdoan_task_due_code(t));
    row_str(r, TASK_DUE_TEXT, congdoan_task_due_text(t));
    int overdue = at ? congdoan_task_is_overdue(t, at) : 0;
    row_date(r, TASK_DUE_DATE, at ? congdoan_task_due_at(t, at) : kind == CONGDOAN_DUE_PERIOD ? congdoan_task_due_date(t) : 0);
    row_date(r, TASK_DUE_MISSED, overdue ? congdoan_task_due_before(t, at) : 0);
    congdoan_task_status status = CONGDOAN_TASK_STATUS_NONE;
    const congdoan_report *report = NULL;
    if (congdoan_task_latest_status(t, at, &status, &report) != 0) {
        status = CONGDOAN_TASK_STATUS_NONE;
        report = NULL;
    }
    row_str(r, TASK_STATUS, status ? congdoan_task_status_name(status) : NULL);
    row_str(r, TASK_STATUS_REPORT_ID, report ? congdoan_report_id(report) : NULL);
    row_str(r, TASK_STATUS_PERIOD, report ? congdoan_report_period(report) : NULL);
    if (at)
        row_bool(r, TASK_OVERDUE, overdue);
    else
        row_null(r, TASK_OVERDUE);
    if (roles < 0) {
        row_null(r, TASK_ROLES);
    } else {
        const char **items = keep_items(r, 2);
        size_t n = 0;
        if (roles & CONGDOAN_ROLE_LEAD)
            items[n++] = "lead";
        if (roles & CONGDOAN_ROLE_COORDINATOR)
            items[n++] = "coordinator";
        row_list(r, TASK_ROLES, items, n);
    }
}

void fill_indicator_row(row *r, const congdoan_indicator *ind)
{
    const congdoan_document *d = congdoan_indicator_document(ind);
    const congdoan_section *sec = congdoan_indicator_section(ind);
    double v;
    row_str(r, IND_ID, congdoan_indicator_id(ind));
    row_str(r, IND_DOCUMENT_ID, congdoan_document_id(d));
    row_str(r, IND_DOCUMENT_NUMBER, congdoan_document_number(d));
    row_str(r, IND_SECTION_ID, sec ? congdoan_section_id(sec) : NULL);
    row_str(r, IND_TEXT, congdoan_indicator_text(ind));
    row_str(r, IND_MEASURE, congdoan_measure_name(congdoan_indicator_measure(ind)));
    row_str(r, IND_COMPARATOR, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
    row_num(r, IND_TARGET, congdoan_indicator_target(ind));
    row_figure(r, IND_TARGET_MAX, congdoan_indicator_target_max(ind, &v), &v);
    row_figure(r, IND_BASELINE, congdoan_indicator_baseline(ind, &v), &v);
    row_str(r, IND_PERIOD, congdoan_indicator_period(ind));
    row_str(r, IND_UNIT_OF_MEASURE, congdoan_indicator_unit_of_measure(ind));
    row_str(r, IND_OWNER_ID, congdoan_indicator_owner_id(ind));
    row_str(r, IND_SCOPE_LEVEL, congdoan_level_name(congdoan_indicator_scope_level(ind)));
    int sectors = congdoan_indicator_scope_sectors(ind);
    const char **items = keep_items(r, 8);
    size_t n = 0;
    for (int s = 1; s < 8 && n < 8; s++)
        if ((sectors & (1 << s)) && congdoan_sector_name((congdoan_sector)s))
            items[n++] = congdoan_sector_name((congdoan_sector)s);
    row_list(r, IND_SCOPE_SECTORS, items, n);
    row_str(r, IND_CONDITION_GRADE, congdoan_grade_name(congdoan_indicator_condition_grade(ind)));
    row_str(r, IND_REFINES_DOCUMENT_ID, congdoan_indicator_refines_document_id(ind));
    row_str(r, IND_REFINES_INDICATOR_ID, congdoan_indicator_refines_indicator_id(ind));
}

void fill_evaluation_row(row *r, const congdoan_progress *p, size_t i)
{
    const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
    double v, num, den;
    row_str(r, EV_INDICATOR_ID, congdoan_indicator_id(ind));
    row_str(r, EV_TEXT, congdoan_indicator_text(ind));
    row_str(r, EV_MEASURE, congdoan_measure_name(congdoan_indicator_measure(ind)));
    row_str(r, EV_COMPARATOR, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
    row_num(r, EV_TARGET, congdoan_indicator_target(ind));
    row_figure(r, EV_TARGET_MAX, congdoan_indicator_target_max(ind, &v), &v);
    row_str(r, EV_UNIT_OF_MEASURE, congdoan_indicator_unit_of_measure(ind));
    row_str(r, EV_STATUS, congdoan_eval_status_name(congdoan_progress_status(p, i)));
    row_figure(r, EV_ACTUAL, congdoan_progress_actual(p, i, &v), &v);
    if (congdoan_progress_fraction(p, i, &num, &den) == 0) {
        row_num(r, EV_NUMERATOR, num);
        row_num(r, EV_DENOMINATOR, den);
    } else {
        row_null(r, EV_NUMERATOR);
        row_null(r, EV_DENOMINATOR);
    }
    row_figure(r, EV_RATIO, congdoan_progress_ratio(p, i, &v), &v);
    row_str(r, EV_SOURCE, source_name(congdoan_progress_source(p, i)));
    row_int(r, EV_CONTRIBUTORS, (long long)congdoan_progress_contributors(p, i));
    row_int(r, EV_UNAGGREGATED, (long long)congdoan_progress_unaggregated(p, i));
}

void fill_child_row(row *r, const congdoan_progress *p, size_t c, size_t i)
{
    const congdoan_unit *u = congdoan_progress_child(p, c);
    double v;
    row_str(r, CH_INDICATOR_ID, congdoan_indicator_id(congdoan_progress_indicator(p, i)));
    row_str(r, CH_UNIT_ID, congdoan_unit_id(u));
    row_str(r, CH_UNIT_NAME, congdoan_unit_name(u));
    row_str(r, CH_STATUS, congdoan_eval_status_name(congdoan_progress_child_status(p, c, i)));
    row_figure(r, CH_ACTUAL, congdoan_progress_child_actual(p, c, i, &v), &v);
}

void fill_finding_row(row *r, const congdoan_progress *p, size_t k)
{
    const congdoan_unit *u = congdoan_progress_finding_unit(p, k);
    double reported = 0, computed = 0;
    int rc = congdoan_progress_finding_values(p, k, &reported, &computed);
    row_str(r, FI_UNIT_ID, congdoan_unit_id(u));
    row_str(r, FI_UNIT_NAME, congdoan_unit_name(u));
    row_str(r, FI_INDICATOR_ID, congdoan_indicator_id(congdoan_progress_finding_indicator(p, k)));
    row_figure(r, FI_REPORTED, rc, &reported);
    row_figure(r, FI_COMPUTED, rc, &computed);
    double difference = reported - computed;
    row_figure(r, FI_DIFFERENCE, rc, &difference);
}

void fill_expected_row(row *r, const congdoan_progress *p, size_t k)
{
    const congdoan_unit *u = congdoan_progress_expected_unit(p, k);
    congdoan_submission sub = congdoan_progress_expected_submission(p, k);
    int submitted = congdoan_progress_expected_submitted(p, k), deadline = congdoan_progress_deadline(p);
    row_str(r, EX_UNIT_ID, congdoan_unit_id(u));
    row_str(r, EX_UNIT_NAME, congdoan_unit_name(u));
    row_str(r, EX_SUBMISSION, congdoan_submission_name(sub));
    row_date(r, EX_SUBMITTED, submitted);
    row_date(r, EX_DEADLINE, deadline);
    if (sub == CONGDOAN_SUBMISSION_LATE && submitted && deadline)
        row_int(r, EX_DAYS_LATE, days_between(deadline, submitted));
    else
        row_null(r, EX_DAYS_LATE);
}

/* Every section under `sec` (itself included). */
static size_t count_sections(const congdoan_section *sec)
{
    size_t n = 1;
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++)
        if (congdoan_section_item_kind(sec, i) == CONGDOAN_ITEM_SECTION)
            n += count_sections(congdoan_section_item_section(sec, i));
    return n;
}

void fill_document_row(row *r, const congdoan_document *d)
{
    const congdoan_unit *issuer = congdoan_document_issuer(d);
    row_str(r, DOC_ID, congdoan_document_id(d));
    row_str(r, DOC_NUMBER, congdoan_document_number(d));
    row_str(r, DOC_KIND, congdoan_document_kind_name(congdoan_document_get_kind(d)));
    row_str(r, DOC_TITLE, congdoan_document_title(d));
    row_str(r, DOC_ISSUER_ID, congdoan_document_issuer_id(d));
    row_str(r, DOC_ISSUER_NAME, issuer ? congdoan_unit_name(issuer) : NULL);
    row_str(r, DOC_ISSUING_BODY_ID, congdoan_document_issuing_body_id(d));
    row_date(r, DOC_ISSUED, congdoan_document_issued(d));
    row_date(r, DOC_EFFECTIVE, congdoan_document_effective(d));
    row_str(r, DOC_PLACE, congdoan_document_place(d));
    row_str(r, DOC_FIELD, congdoan_document_field(d));
    row_str(r, DOC_SIGNER_NAME, congdoan_document_signer_name(d));
    row_str(r, DOC_SIGNER_POSITION, congdoan_document_signer_position(d));
    row_str(r, DOC_SIGNER_CAPACITY, congdoan_document_signer_capacity(d));
    row_int(r, DOC_TASK_COUNT, (long long)congdoan_document_task_count(d));
    row_int(r, DOC_INDICATOR_COUNT, (long long)congdoan_document_indicator_count(d));
    size_t sections = 0;
    for (size_t i = 0; i < congdoan_document_section_count(d); i++)
        sections += count_sections(congdoan_document_section(d, i));
    row_int(r, DOC_SECTION_COUNT, (long long)sections);
    row_int(r, DOC_RELATION_COUNT, (long long)congdoan_document_relation_count(d));
    int reporting = congdoan_document_has_reporting(d);
    const congdoan_unit *to = reporting ? congdoan_document_reporting_to(d) : NULL;
    row_str(r, DOC_REPORTING_TO_ID, to ? congdoan_unit_id(to) : NULL);
    row_str(r, DOC_REPORTING_FREQUENCY, reporting ? frequency_name(congdoan_document_reporting_frequency(d)) : NULL);
    size_t n = congdoan_document_reporter_count(d);
    const char **items = keep_items(r, n);
    for (size_t k = 0; k < n; k++)
        items[k] = congdoan_document_reporter_id(d, k);
    row_list(r, DOC_REPORTER_IDS, items, n);
}

void fill_issue_row(row *r, const congdoan_issue *is)
{
    row_str(r, IS_SEVERITY, severity_word(congdoan_issue_severity(is)));
    const char *file = congdoan_issue_file(is);
    row_str(r, IS_FILE, file && *file ? file : NULL);
    long line = congdoan_issue_line(is), column = congdoan_issue_column(is);
    if (line > 0)
        row_int(r, IS_LINE, line);
    else
        row_null(r, IS_LINE);
    if (column > 0)
        row_int(r, IS_COLUMN, column);
    else
        row_null(r, IS_COLUMN);
    row_str(r, IS_TAG, congdoan_issue_tag(is));
    row_str(r, IS_MESSAGE, congdoan_issue_message(is));
}
