/*
 * Fuzzing the queries over a fuzzed corpus: the bytes are loaded as one file; when they load,
 * every kind of query runs over what they hold (with caps, so that one input stays quick):
 * the check, progress of each document for each organisation and each reported period, the
 * cascades, tasks of units, overdue tasks on a few dates, each task's status and due time,
 * look-ups of the units' names and the documents' numbers, and the bulk columns. Besides not
 * crashing, the answers must agree with the objects (one result per indicator, statuses and
 * sources in range, look-ups that find an object find one of the corpus).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "fuzz.h"

#include <string.h>

enum { MAX_DOCS = 6, MAX_UNITS = 24, MAX_PERIODS = 3, MAX_TASKS = 64 };

static void progress(const congdoan_corpus *c, const congdoan_document *doc, const congdoan_unit *unit,
                     const char *period, int at)
{
    congdoan_progress *p = NULL;
    if (congdoan_progress_compute(c, doc, unit, period, at, &p) != 0) {
        FUZZ_CHECK(p == NULL, "a failed progress left a result");
        return;
    }
    size_t n = congdoan_progress_indicator_count(p);
    FUZZ_CHECK(n == congdoan_document_indicator_count(doc), "%zu results for %zu indicators", n,
               congdoan_document_indicator_count(doc));
    for (size_t i = 0; i < n; i++) {
        double v, num, den, r;
        FUZZ_CHECK(congdoan_progress_indicator(p, i) == congdoan_document_indicator(doc, i), "indicator %zu", i);
        int st = congdoan_progress_status(p, i);
        FUZZ_CHECK(congdoan_eval_status_name(st) != NULL, "status %d has no name", st);
        congdoan_progress_actual(p, i, &v);
        congdoan_progress_fraction(p, i, &num, &den);
        congdoan_progress_ratio(p, i, &r);
        congdoan_progress_source(p, i);
        congdoan_progress_contributors(p, i);
        for (size_t k = 0; k < congdoan_progress_child_count(p); k++) {
            congdoan_progress_child_status(p, k, i);
            congdoan_progress_child_actual(p, k, i, &v);
        }
    }
    for (size_t k = 0; k < congdoan_progress_finding_count(p); k++) {
        double a, b;
        FUZZ_CHECK(congdoan_progress_finding_values(p, k, &a, &b) == 0, "finding %zu", k);
    }
    for (size_t k = 0; k < congdoan_progress_expected_count(p); k++)
        FUZZ_CHECK(congdoan_progress_expected_unit(p, k) != NULL, "expected unit %zu", k);
    congdoan_progress_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    if (congdoan_corpus_new(&c) != 0 || congdoan_issues_new(&issues) != 0) {
        congdoan_corpus_free(c);
        return 0;
    }
    if (congdoan_corpus_load_memory(c, (const char *)data, size, "fuzz", NULL) != 0)
        goto done;
    congdoan_corpus_check(c, issues);

    size_t n_units = congdoan_corpus_unit_count(c), n_docs = congdoan_corpus_document_count(c);
    size_t n_reports = congdoan_corpus_report_count(c);
    static const int dates[] = {0, 20250630, 20251231};
    for (size_t d = 0; d < n_docs && d < MAX_DOCS; d++) {
        const congdoan_document *doc = congdoan_corpus_document(c, d);
        /* the periods of its reports, and the whole year */
        const char *periods[MAX_PERIODS] = {"2025"};
        size_t n_periods = 1;
        for (size_t r = 0; r < n_reports && n_periods < MAX_PERIODS; r++) {
            const congdoan_report *rep = congdoan_corpus_report(c, r);
            if (congdoan_report_document(rep) == doc && strcmp(congdoan_report_period(rep), periods[0]) != 0)
                periods[n_periods++] = congdoan_report_period(rep);
        }
        for (size_t u = 0; u < n_units && u < MAX_UNITS; u++)
            for (size_t k = 0; k < n_periods; k++)
                progress(c, doc, congdoan_corpus_unit(c, u), periods[k], dates[(u + k) % 3]);
        congdoan_cascade *cas = NULL;
        if (congdoan_cascade_compute(c, doc, &cas) == 0) {
            for (size_t l = 0; l < congdoan_cascade_lower_count(cas); l++)
                for (size_t i = 0; i < congdoan_cascade_indicator_count(cas); i++) {
                    congdoan_cascade_demand(cas, l, i);
                    congdoan_cascade_refinement(cas, l, i);
                }
            for (size_t i = 0; i < congdoan_cascade_indicator_count(cas); i++) {
                double a;
                size_t n;
                congdoan_cascade_allocation(cas, i, &a, &n);
            }
            congdoan_cascade_free(cas);
        }
        for (size_t t = 0; t < congdoan_document_task_count(doc) && t < MAX_TASKS; t++) {
            const congdoan_task *task = congdoan_document_task(doc, t);
            congdoan_task_status st;
            const congdoan_report *rep;
            congdoan_task_latest_status(task, dates[t % 3], &st, &rep);
            congdoan_task_due_at(task, 20250630);
            congdoan_task_is_overdue(task, 20251231);
        }
        const congdoan_document *found = NULL;
        const char *number = congdoan_document_number(doc);
        if (number && congdoan_corpus_lookup_document(c, number, &found, NULL) == 0)
            FUZZ_CHECK(found != NULL, "a document look-up answered without a document");
    }
    for (size_t u = 0; u < n_units && u < MAX_UNITS; u++) {
        const congdoan_unit *unit = congdoan_corpus_unit(c, u), *found = NULL;
        congdoan_task_list *list = NULL;
        if (congdoan_corpus_tasks_for_unit(c, unit, CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR,
                                           CONGDOAN_TASKS_INCLUDE_DEPARTMENTS, &list) == 0)
            for (size_t i = 0; i < congdoan_task_list_count(list); i++)
                FUZZ_CHECK(congdoan_task_list_get(list, i) != NULL, "task %zu of a list", i);
        congdoan_task_list_free(list);
        congdoan_matches *m = NULL;
        if (congdoan_corpus_lookup_unit(c, congdoan_unit_name(unit), &found, &m) == 0)
            FUZZ_CHECK(found && congdoan_corpus_unit_by_id(c, congdoan_unit_id(found)) == found,
                       "a unit look-up answered with a unit not of the corpus");
        congdoan_matches_free(m);
    }
    for (size_t k = 0; k < 3; k++) {
        congdoan_task_list *list = NULL;
        if (congdoan_corpus_overdue_tasks(c, NULL, dates[k] ? dates[k] : 20240101, &list) == 0)
            congdoan_task_list_count(list);
        congdoan_task_list_free(list);
    }
    /* bulk columns, one row at a time past the end too */
    long parent[2];
    double value[2];
    for (size_t u = 0; u <= n_units; u++)
        FUZZ_CHECK(congdoan_corpus_units_fill(c, u, 2, NULL, NULL, parent, NULL, NULL, NULL, NULL, NULL) <= 2, "rows");
    size_t n_values = congdoan_corpus_value_count(c);
    for (size_t v = 0; v <= n_values && v < 256; v++)
        congdoan_corpus_values_fill(c, v, 2, NULL, NULL, value, NULL, NULL, NULL, NULL);
done:
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    return 0;
}
