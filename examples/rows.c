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
    row_str(r, UNIT_KIND, congdoan_unit_kind_name(congdoan_unit_get_kind(u)));
    row_str(r, UNIT_NAME, congdoan_unit_name(u));
    row_str(r, UNIT_SHORT_NAME, congdoan_unit_short_name(u));
    row_str(r, UNIT_LEVEL, congdoan_level_name(congdoan_unit_level(u)));
    row_str(r, UNIT_SECTOR, congdoan_sector_name(congdoan_unit_sector(u)));
    row_str(r, UNIT_BODY_KIND, congdoan_body_kind_name(congdoan_unit_body_kind(u)));
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
    row_str(r, UNIT_ORG_KIND, congdoan_org_kind_name(congdoan_unit_org_kind(u)));
    row_str(r, UNIT_GROUP_KIND, congdoan_group_kind_name(congdoan_unit_group_kind(u)));
    size_t nm = congdoan_unit_member_count(u);
    const char **members = keep_items(r, nm);
    for (size_t k = 0; k < nm; k++)
        members[k] = congdoan_unit_member_id(u, k);
    row_list(r, UNIT_MEMBER_IDS, members, nm);
}

/* The names of the bits set in `bits` (1 << value), by name(value) for values 1 to 31. */
static void row_bits(row *r, size_t f, int bits, const char *(*name)(int))
{
    const char **items = keep_items(r, 32);
    size_t n = 0;
    for (int v = 1; v < 31; v++)
        if ((bits & (1 << v)) && name(v))
            items[n++] = name(v);
    row_list(r, f, items, n);
}

static const char *org_kind_of(int v) { return congdoan_org_kind_name((congdoan_org_kind)v); }
static const char *sector_of(int v) { return congdoan_sector_name((congdoan_sector)v); }

/* A class of units as one word: its level, then +kind and +sector for each ("provincial+federation"). */
static char *unit_class_code(congdoan_level level, int kinds, int sectors)
{
    char *s = xstrdup(congdoan_level_name(level) ? congdoan_level_name(level) : "");
    for (int pass = 0; pass < 2; pass++)
        for (int v = 1; v < 31; v++)
            if (((pass ? sectors : kinds) & (1 << v)) && (pass ? sector_of(v) : org_kind_of(v))) {
                char *longer = xprintf("%s+%s", s, pass ? sector_of(v) : org_kind_of(v));
                free(s);
                s = longer;
            }
    return s;
}

/* The words of a list of populations. */
static void row_populations(row *r, size_t f, size_t n, const congdoan_population *(*get)(const void *, size_t),
                            const void *owner)
{
    const char **items = keep_items(r, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *text = congdoan_population_text(get(owner, i));
        if (text)
            items[k++] = text;
    }
    row_list(r, f, items, k);
}

static const congdoan_population *indicator_population(const void *ind, size_t i)
{
    return congdoan_indicator_population(ind, i);
}

static const congdoan_population *result_population(const void *res, size_t i)
{
    return congdoan_result_population(res, i);
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
    row_str(r, TASK_DUE_KIND, congdoan_due_kind_name(kind));
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
    row_str(r, TASK_LEAD_TEXT, congdoan_task_lead_text(t));
    congdoan_level lead_level = congdoan_task_lead_level(t);
    row_str(r, TASK_LEAD_LEVEL, lead_level ? congdoan_level_name(lead_level) : NULL);
    row_bits(r, TASK_LEAD_KINDS, congdoan_task_lead_kinds(t), org_kind_of);
    row_bits(r, TASK_LEAD_SECTORS, congdoan_task_lead_sectors(t), sector_of);
    row_int(r, TASK_MILESTONE_COUNT, (long long)congdoan_task_milestone_count(t));
    congdoan_timeliness timeliness;
    if (at && congdoan_task_timeliness(t, NULL, at, &timeliness) == 0)
        row_str(r, TASK_TIMELINESS, congdoan_timeliness_name(timeliness));
    else
        row_null(r, TASK_TIMELINESS);
    const char **classes = keep_items(r, nc);
    size_t n = 0;
    for (size_t k = 0; k < nc; k++) {
        congdoan_level level = congdoan_task_coordinator_level(t, k);
        if (level)
            classes[n++] = row_keep(r, unit_class_code(level, congdoan_task_coordinator_kinds(t, k),
                                                      congdoan_task_coordinator_sectors(t, k)));
    }
    row_list(r, TASK_COORDINATOR_CLASSES, classes, n);
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
    row_str(r, IND_DIRECTION, congdoan_direction_name(congdoan_indicator_direction(ind)));
    row_str(r, IND_CURRENCY, congdoan_indicator_currency(ind));
    row_figure(r, IND_SCORE_MAX, congdoan_indicator_score_max(ind, &v), &v);
    row_str(r, IND_PERIOD_TEXT, congdoan_indicator_period_text(ind));
    row_str(r, IND_BY, congdoan_indicator_by(ind));
    row_str(r, IND_SUBJECT, congdoan_indicator_subject(ind));
    row_str(r, IND_PART_OF_ID, congdoan_indicator_part_of_id(ind));
    row_populations(r, IND_POPULATIONS, congdoan_indicator_population_count(ind), indicator_population, ind);
}

/* The two columns (ids, then names) of a list of units a progress query gives for indicator i. */
static void row_units(row *r, size_t ids_field, size_t names_field, const congdoan_progress *p, size_t i,
                      size_t (*count)(const congdoan_progress *, size_t),
                      const congdoan_unit *(*unit)(const congdoan_progress *, size_t, size_t))
{
    size_t n = count(p, i);
    const char **ids = keep_items(r, n), **names = keep_items(r, n);
    for (size_t k = 0; k < n; k++) {
        ids[k] = congdoan_unit_id(unit(p, i, k));
        names[k] = congdoan_unit_name(unit(p, i, k));
    }
    row_list(r, ids_field, ids, n);
    row_list(r, names_field, names, n);
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
    row_str(r, EV_SOURCE, congdoan_value_source_name(congdoan_progress_source(p, i)));
    row_int(r, EV_CONTRIBUTORS, (long long)congdoan_progress_contributors(p, i));
    row_int(r, EV_UNAGGREGATED, (long long)congdoan_progress_unaggregated(p, i));
    row_units(r, EV_RATE_ONLY_UNIT_IDS, EV_RATE_ONLY_UNIT_NAMES, p, i, congdoan_progress_rate_only_count,
              congdoan_progress_rate_only_unit);
    row_units(r, EV_SCORE_LEFT_OUT_UNIT_IDS, EV_SCORE_LEFT_OUT_UNIT_NAMES, p, i,
              congdoan_progress_score_left_out_count, congdoan_progress_score_left_out_unit);
    row_str(r, EV_POPULATION, congdoan_population_status_name(congdoan_progress_population(p, i)));
    row_int(r, EV_POPULATION_EXCLUDED, (long long)congdoan_progress_population_excluded(p, i));
    row_int(r, EV_POPULATION_UNCHECKED, (long long)congdoan_progress_population_unchecked(p, i));
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
    row_bool(r, CH_EXPECTED, congdoan_progress_child_expected(p, c, i));
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
    row_int(r, EX_LACKING, (long long)congdoan_progress_expected_lacking(p, k));
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
    row_str(r, DOC_REPORTING_FREQUENCY, reporting ? congdoan_frequency_name(congdoan_document_reporting_frequency(d)) : NULL);
    size_t n = congdoan_document_reporter_count(d);
    const char **items = keep_items(r, n);
    for (size_t k = 0; k < n; k++)
        items[k] = congdoan_document_reporter_id(d, k);
    row_list(r, DOC_REPORTER_IDS, items, n);
    row_str(r, DOC_ISSUER_TEXT, congdoan_document_issuer_text(d));
    row_str(r, DOC_ISSUER_KIND, issuer ? congdoan_unit_kind_name(congdoan_unit_get_kind(issuer)) : NULL);
    row_str(r, DOC_ISSUER_GROUP_KIND, issuer ? congdoan_group_kind_name(congdoan_unit_group_kind(issuer)) : NULL);
    const congdoan_unit *body = congdoan_document_issuing_body(d);
    row_str(r, DOC_ISSUING_BODY_KIND, body ? congdoan_body_kind_name(congdoan_unit_body_kind(body)) : NULL);
    row_str(r, DOC_AUTHOR, congdoan_document_author(d));
    row_date(r, DOC_PUBLISHED, congdoan_document_published(d));
    row_int(r, DOC_RESULT_COUNT, (long long)congdoan_document_result_count(d));
}

void fill_doc_relation_row(row *r, const congdoan_document *d, size_t i)
{
    const congdoan_document *target = congdoan_document_relation_target(d, i);
    const char *number = congdoan_document_relation_number(d, i);
    row_str(r, DR_TYPE, congdoan_relation_type_name(congdoan_document_relation_type(d, i)));
    row_str(r, DR_DOCUMENT_ID, congdoan_document_relation_target_id(d, i));
    row_str(r, DR_NUMBER, number ? number : target ? congdoan_document_number(target) : NULL);
    row_date(r, DR_DATE, congdoan_document_relation_date(d, i));
    row_str(r, DR_TEXT, congdoan_document_relation_text(d, i));
    row_bool(r, DR_LOADED, target != NULL);
    row_str(r, DR_TITLE, congdoan_document_relation_title(d, i));
    row_str(r, DR_FROM_ID, congdoan_document_id(d));
}

void fill_result_row(row *r, const congdoan_result *res)
{
    double v;
    const congdoan_document *d = congdoan_result_document(res);
    const congdoan_section *sec = congdoan_result_section(res);
    const congdoan_report *rep = congdoan_result_report(res);
    congdoan_comparator c = congdoan_result_comparator(res);
    row_str(r, RS_ID, congdoan_result_id(res));
    row_str(r, RS_TEXT, congdoan_result_text(res));
    row_figure(r, RS_VALUE, congdoan_result_value(res, &v), &v);
    row_str(r, RS_MEASURE, congdoan_measure_name(congdoan_result_measure(res)));
    row_str(r, RS_UNIT_OF_MEASURE, congdoan_result_unit_of_measure(res));
    row_str(r, RS_COMPARATOR, c ? congdoan_comparator_name(c) : NULL);
    row_str(r, RS_PERIOD, congdoan_result_period(res));
    row_str(r, RS_PERIOD_TEXT, congdoan_result_period_text(res));
    row_bool(r, RS_ESTIMATE, congdoan_result_is_estimate(res));
    row_bool(r, RS_CUMULATIVE, congdoan_result_is_cumulative(res));
    row_figure(r, RS_OF, congdoan_result_of(res, &v), &v);
    row_figure(r, RS_SHARE, congdoan_result_share(res, &v), &v);
    row_figure(r, RS_STATED_RATE, congdoan_result_stated_rate(res, &v), &v);
    row_figure(r, RS_COMPUTED_RATE, congdoan_result_computed_rate(res, &v), &v);
    row_figure(r, RS_OVER_TARGET, congdoan_result_over_target(res, &v), &v);
    int mismatches = congdoan_result_rate_mismatches(res);
    static const char *const mismatch_names[] = {"stated-rate", "over-target", "share"};
    const char **items = keep_items(r, 3);
    size_t n = 0;
    for (size_t k = 0; k < 3; k++)
        if (mismatches & (1 << k))
            items[n++] = mismatch_names[k];
    row_list(r, RS_RATE_MISMATCHES, items, n);
    row_str(r, RS_INDICATOR_DOCUMENT_ID, congdoan_result_indicator_document_id(res));
    row_str(r, RS_INDICATOR_ID, congdoan_result_indicator_id(res));
    row_str(r, RS_UNIT_ID, congdoan_result_unit_id(res));
    row_populations(r, RS_POPULATIONS, congdoan_result_population_count(res), result_population, res);
    row_str(r, RS_DOCUMENT_ID, d ? congdoan_document_id(d) : NULL);
    row_str(r, RS_SECTION_ID, sec ? congdoan_section_id(sec) : NULL);
    row_str(r, RS_REPORT_ID, rep ? congdoan_report_id(rep) : NULL);
    row_str(r, RS_SUBJECT, congdoan_result_subject(res));
    row_str(r, RS_PART_OF_ID, congdoan_result_part_of_id(res));
    row_str(r, RS_CURRENCY, congdoan_result_currency(res));
    row_figure(r, RS_SCORE_MAX, congdoan_result_score_max(res, &v), &v);
    congdoan_comparator oc = congdoan_result_over_target_comparator(res);
    row_str(r, RS_OVER_TARGET_COMPARATOR,
            oc && congdoan_result_over_target(res, NULL) == 0 ? congdoan_comparator_name(oc) : NULL);
}

void fill_population_row(row *r, const congdoan_indicator *ind, const congdoan_result *res, size_t i)
{
    const congdoan_population *pop = ind ? congdoan_indicator_population(ind, i) : congdoan_result_population(res, i);
    const congdoan_document *d = ind ? congdoan_indicator_document(ind) : congdoan_result_document(res);
    const congdoan_report *rep = ind ? NULL : congdoan_result_report(res);
    double v;
    congdoan_comparator c = congdoan_population_comparator(pop);
    row_str(r, PO_OWNER, ind ? "indicator" : "result");
    row_str(r, PO_OWNER_ID, ind ? congdoan_indicator_id(ind) : congdoan_result_id(res));
    row_str(r, PO_DOCUMENT_ID, d ? congdoan_document_id(d) : NULL);
    row_str(r, PO_REPORT_ID, rep ? congdoan_report_id(rep) : NULL);
    row_str(r, PO_TEXT, congdoan_population_text(pop));
    row_str(r, PO_OF, congdoan_population_of(pop));
    row_str(r, PO_MEASURE, congdoan_population_measure(pop));
    row_str(r, PO_COMPARATOR, c ? congdoan_comparator_name(c) : NULL);
    row_figure(r, PO_VALUE, congdoan_population_value(pop, &v), &v);
}

void fill_milestone_row(row *r, const congdoan_task *t, size_t i, int at)
{
    row_str(r, MS_DOCUMENT_ID, congdoan_document_id(congdoan_task_document(t)));
    row_str(r, MS_TASK_ID, congdoan_task_id(t));
    row_int(r, MS_INDEX, (long long)i);
    row_str(r, MS_TEXT, congdoan_task_milestone_text(t, i));
    row_str(r, MS_DUE_CODE, congdoan_task_milestone_due_code(t, i));
    row_str(r, MS_DUE_TEXT, congdoan_task_milestone_due_text(t, i));
    /* a recurring one is due at the reference date's next occurrence; without one, dated ones only */
    int due = at ? congdoan_task_milestone_due_at(t, i, at) : 0;
    if (!at) {
        const char *code = congdoan_task_milestone_due_code(t, i);
        int first, last;
        if (code && congdoan_period_parse(code, NULL, &first, &last) == 0)
            due = last;
    }
    row_date(r, MS_DUE_DATE, due);
}

void fill_task_status_row(row *r, const congdoan_corpus *c, const congdoan_report *rep, size_t i, int at)
{
    const char *unit_id = congdoan_report_task_status_unit_id(rep, i);
    congdoan_task_status status = congdoan_report_task_status(rep, i);
    row_str(r, TS_REPORT_ID, congdoan_report_id(rep));
    row_str(r, TS_DOCUMENT_ID, congdoan_report_document_id(rep));
    row_str(r, TS_PERIOD, congdoan_report_period(rep));
    row_date(r, TS_SUBMITTED, congdoan_report_submitted(rep));
    row_str(r, TS_TASK_ID, congdoan_report_task_status_task_id(rep, i));
    row_str(r, TS_UNIT_ID, unit_id);
    row_str(r, TS_STATUS, status ? congdoan_task_status_name(status) : NULL);
    row_date(r, TS_COMPLETED, congdoan_report_task_status_completed(rep, i));
    row_str(r, TS_NOTE, congdoan_report_task_status_note(rep, i));
    const congdoan_task *t = congdoan_report_task_status_task(rep, i);
    const congdoan_unit *u = unit_id ? congdoan_corpus_unit_by_id(c, unit_id) : NULL;
    congdoan_timeliness timeliness;
    if (at && t && u && congdoan_task_timeliness(t, u, at, &timeliness) == 0)
        row_str(r, TS_TIMELINESS, congdoan_timeliness_name(timeliness));
    else
        row_null(r, TS_TIMELINESS);
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

/* ---- congdoan import: the keys and conventions of ANSWERS.md ---------------------------------- */

/* ANSWERS.md's unit: "%", "VND" for money, "score", else "count" (the noun says what). */
static const char *answers_unit(congdoan_measure m)
{
    if (m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS)
        return "%";
    return m == CONGDOAN_MEASURE_MONEY ? "VND" : m == CONGDOAN_MEASURE_SCORE ? "score" : "count";
}

static int is_implementation(congdoan_relation_type t)
{
    return t == CONGDOAN_RELATION_IMPLEMENTS || t == CONGDOAN_RELATION_BASED_ON || t == CONGDOAN_RELATION_CONCRETISES;
}

void fill_imported_document_row(row *r, const char *file, const congdoan_document *doc, const char *genre)
{
    const char *base = strrchr(file, '/');
    const char *kind = genre ? genre : congdoan_document_kind_name(congdoan_document_get_kind(doc));
    row_str(r, IMD_FILE, base ? base + 1 : file);
    row_str(r, IMD_KIND, kind ? kind : "news");
    row_str(r, IMD_DOC_NUMBER, congdoan_document_number(doc));
    /* the document's own date; a page's publication line when it has none */
    int date = congdoan_document_issued(doc);
    row_date(r, IMD_DATE, date ? date : congdoan_document_published(doc));
    row_str(r, IMD_PLACE, congdoan_document_place(doc));
    const congdoan_unit *issuer = congdoan_document_issuer(doc), *body = congdoan_document_issuing_body(doc);
    row_str(r, IMD_ISSUER, issuer ? congdoan_unit_name(issuer) : congdoan_document_issuer_text(doc));
    row_str(r, IMD_ISSUING_BODY, body ? congdoan_unit_name(body) : congdoan_document_issuing_body_id(doc));
    row_str(r, IMD_SIGNER, congdoan_document_signer_name(doc));
    row_str(r, IMD_TITLE, congdoan_document_title(doc));
    row_str(r, IMD_AUTHOR, congdoan_document_author(doc));
    size_t n = congdoan_document_relation_count(doc), impl = 0, refs = 0;
    const char **implements = keep_items(r, n), **referenced = keep_items(r, n);
    for (size_t i = 0; i < n; i++) {
        const char *num = congdoan_document_relation_number(doc, i);
        if (!num)
            continue;
        if (is_implementation(congdoan_document_relation_type(doc, i)))
            implements[impl++] = num;
        int seen = 0; /* every number the document names, once */
        for (size_t j = 0; j < refs && !seen; j++)
            seen = strcmp(referenced[j], num) == 0;
        if (!seen)
            referenced[refs++] = num;
    }
    row_list(r, IMD_IMPLEMENTS, implements, impl);
    row_list(r, IMD_REFERENCED_DOCS, referenced, refs);
}

void fill_imported_target_row(row *r, const congdoan_indicator *ind)
{
    double v;
    row_str(r, IMT_TEXT, congdoan_indicator_text(ind));
    row_num(r, IMT_VALUE, congdoan_indicator_target(ind));
    row_figure(r, IMT_VALUE_MAX, congdoan_indicator_target_max(ind, &v), &v);
    row_str(r, IMT_UNIT, answers_unit(congdoan_indicator_measure(ind)));
    row_str(r, IMT_NOUN, congdoan_indicator_unit_of_measure(ind));
    row_str(r, IMT_COMPARATOR, congdoan_comparator_ascii(congdoan_indicator_comparator(ind)));
    row_figure(r, IMT_SCORE_MAX, congdoan_indicator_score_max(ind, &v), &v);
    const congdoan_indicator *whole = congdoan_indicator_part_of(ind);
    if (whole) /* "trong đó": the target it is a part of, by its value */
        row_num(r, IMT_PART_OF, congdoan_indicator_target(whole));
    else
        row_null(r, IMT_PART_OF);
    const congdoan_population *pop = congdoan_indicator_population(ind, 0);
    row_str(r, IMT_SCOPE, pop ? congdoan_population_text(pop) : NULL);
    row_str(r, IMT_SUBJECT, congdoan_indicator_subject(ind));
    const char *period = congdoan_indicator_period_text(ind);
    row_str(r, IMT_PERIOD, period ? period : congdoan_indicator_period(ind));
}

void fill_imported_result_row(row *r, const congdoan_result *res)
{
    double v;
    row_str(r, IMR_TEXT, congdoan_result_text(res));
    row_figure(r, IMR_VALUE, congdoan_result_value(res, &v), &v);
    row_str(r, IMR_UNIT, answers_unit(congdoan_result_measure(res)));
    row_str(r, IMR_NOUN, congdoan_result_unit_of_measure(res));
    row_str(r, IMR_COMPARATOR, congdoan_comparator_ascii(congdoan_result_comparator(res)));
    row_figure(r, IMR_SCORE_MAX, congdoan_result_score_max(res, &v), &v);
    const congdoan_result *whole = congdoan_result_part_of(res);
    /* "trong đó": the result it is a part of, by its value */
    row_figure(r, IMR_PART_OF, whole ? congdoan_result_value(whole, &v) : CONGDOAN_ENOTFOUND, &v);
    const congdoan_population *pop = congdoan_result_population(res, 0);
    row_str(r, IMR_SCOPE, pop ? congdoan_population_text(pop) : NULL);
    const char *period = congdoan_result_period_text(res);
    row_str(r, IMR_PERIOD, period ? period : congdoan_result_period(res));
    row_figure(r, IMR_OF, congdoan_result_of(res, &v), &v);
    int rc = congdoan_result_stated_rate(res, &v);
    if (rc != 0)
        rc = congdoan_result_share(res, &v);
    row_figure(r, IMR_RATE, rc, &v);
    rc = congdoan_result_over_target(res, &v);
    row_figure(r, IMR_OVER_TARGET_PCT, rc, &v);
    row_str(r, IMR_OVER_TARGET_COMPARATOR,
            rc == 0 ? congdoan_comparator_ascii(congdoan_result_over_target_comparator(res)) : NULL);
    row_bool(r, IMR_ESTIMATE, congdoan_result_is_estimate(res));
    row_bool(r, IMR_CUMULATIVE, congdoan_result_is_cumulative(res));
}

void fill_imported_task_row(row *r, const congdoan_task *t)
{
    row_str(r, IMK_TEXT, congdoan_task_text(t));
    row_str(r, IMK_LEAD, congdoan_task_lead_text(t));
    row_str(r, IMK_LEAD_UNIT, congdoan_task_lead_id(t));
    size_t n = congdoan_task_coordinator_count(t);
    const char **names = keep_items(r, n);
    for (size_t c = 0; c < n; c++) {
        const congdoan_unit *u = congdoan_task_coordinator(t, c);
        const char *text = congdoan_task_coordinator_text(t, c);
        names[c] = text ? text : u ? congdoan_unit_name(u) : congdoan_task_coordinator_id(t, c);
    }
    row_list(r, IMK_COORDINATORS, names, n);
    const char *due = congdoan_task_due_text(t);
    if (!due && congdoan_task_milestone_count(t))
        due = congdoan_task_milestone_due_text(t, 0);
    row_str(r, IMK_DUE, due);
}
