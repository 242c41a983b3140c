/* Tests of congdoan/tasks.h: whose tasks they are, their latest status, their due dates and what
 * is overdue on a date. Every expected figure below is worked out by hand from the fixtures:
 *
 *   kh-240-2022-tld.xml (Plan 240/KH-TLĐ, issued 22/08/2022): ii-1 … ii-9 led by tld, nine bullets
 *     iii-1-1 … iii-1-9 led by tld.bdn (Ban Đối ngoại), no coordinator with a unit id.
 *     Due: ii-1 and ii-9 "yearly" (31 December); ii-3 ongoing; the rest none. ii-2 has no due
 *     time of its own: "đến năm 2023" dates one of its sentences (a milestone, 31/12/2023), which
 *     does not make the task overdue.
 *   nq-001-dct-tld.xml: ii-3-1 … ii-3-7 led by tld, iii-1-1 by tld.dct (a body), iii-1-2 by
 *     tld.bdn, iii-2-1 and iii-2-2 with no lead; only ii-3-3 has a due time (ongoing).
 *   ctr-13-2025-laichau.xml (13/CTr-LĐLĐ, issued 27/02/2025): 51 tasks led by laichau and v-2
 *     led by the class of upper-grassroots unions under laichau (the nine laichau.tp …
 *     laichau.cdvc); 48 due 2025, iv-2-1 due 2025-Q1 (31/03/2025), iv-3-3 due 2025-05
 *     (31/05/2025), iv-1-5 and iv-3-4 ongoing. The one coordinator with a unit: v-1 laichau.vp
 *     (Văn phòng, a department of laichau).
 *   reports-laichau-2025.xml: statuses against 13/CTr-LĐLĐ; done or cancelled: iv-2-1 (done,
 *     20/06/2025), iv-3-3 (done 20/06 and 25/06/2025), iv-4-2 (cancelled, 20/06/2025),
 *     iv-6-3 (done, report without a submission date).
 *   tasks-reports-240.xml and tasks-due.xml: written for these tests (see their comments).
 */
#include "test-common.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The allocation-failure hook of the internal library (lib/base/base.h). */
long congdoan__alloc_fail_at(long n);

static const char *const kh_files[] = {"units-tld.xml", "kh-240-2022-tld.xml", NULL};
static const char *const kh_reports_files[] = {"units-tld.xml", "kh-240-2022-tld.xml", "tasks-reports-240.xml", NULL};
static const char *const due_files[] = {"units-tld.xml", "tasks-due.xml", NULL};
static const char *const all_files[] = {"units-tld.xml",       "units-laichau.xml",        "kh-240-2022-tld.xml",
                                        "nq-001-dct-tld.xml",  "ctr-13-2025-laichau.xml",  "reports-laichau-2025.xml",
                                        "tasks-reports-240.xml", NULL};

static congdoan_corpus *corpus;

static void setup_kh(void) { corpus = test_load(kh_files); }
static void setup_kh_reports(void) { corpus = test_load(kh_reports_files); }
static void setup_due(void) { corpus = test_load(due_files); }
static void setup_all(void) { corpus = test_load(all_files); }

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

static const congdoan_document *doc(const char *id)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, id);
    ck_assert_msg(d != NULL, "no document '%s'", id);
    return d;
}

static const congdoan_task *task_in(const char *doc_id, const char *id)
{
    const congdoan_task *t = congdoan_document_task_by_id(doc(doc_id), id);
    ck_assert_msg(t != NULL, "no task '%s' in '%s'", id, doc_id);
    return t;
}

static const congdoan_task *kh_task(const char *id) { return task_in("kh-240-tld-2022", id); }
static const congdoan_task *due_task(const char *id) { return task_in("kh-tasks-due", id); }

static const congdoan_unit *unit(const char *id)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(corpus, id);
    ck_assert_msg(u != NULL, "no unit '%s'", id);
    return u;
}

/* Assert that the list holds exactly the tasks with these ids, in this order (NULL-terminated). */
static void assert_ids(const congdoan_task_list *list, ...)
{
    va_list ap;
    size_t i = 0;
    va_start(ap, list);
    for (const char *id; (id = va_arg(ap, const char *)) != NULL; i++) {
        const congdoan_task *t = congdoan_task_list_get(list, i);
        ck_assert_msg(t != NULL, "list has %zu tasks, expected '%s' at %zu", congdoan_task_list_count(list), id, i);
        ck_assert_str_eq(congdoan_task_id(t), id);
    }
    va_end(ap);
    ck_assert_uint_eq(congdoan_task_list_count(list), i);
    ck_assert_ptr_null(congdoan_task_list_get(list, i));
}

static congdoan_task_list *for_unit(const char *unit_id, int roles, int flags)
{
    congdoan_task_list *list = NULL;
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, unit(unit_id), roles, flags, &list), 0);
    ck_assert_ptr_nonnull(list);
    return list;
}

static congdoan_task_list *overdue(const congdoan_document *d, int at)
{
    congdoan_task_list *list = NULL;
    ck_assert_int_eq(congdoan_corpus_overdue_tasks(corpus, d, at, &list), 0);
    ck_assert_ptr_nonnull(list);
    return list;
}

static congdoan_task_status latest(const congdoan_task *t, int at, const char *expected_report)
{
    congdoan_task_status st = (congdoan_task_status)-1;
    const congdoan_report *r = (const congdoan_report *)t; /* any non-NULL value: must be overwritten */
    ck_assert_int_eq(congdoan_task_latest_status(t, at, &st, &r), 0);
    if (expected_report) {
        ck_assert_ptr_nonnull(r);
        ck_assert_str_eq(congdoan_report_id(r), expected_report);
    } else {
        ck_assert_ptr_null(r);
    }
    return st;
}

/* ---- tasks of a unit: Plan 240/KH-TLĐ alone ---------------------------------------------------- */

START_TEST(test_bdn_leads_the_nine_bullets)
{
    /* III.1 "Ban Đối ngoại Tổng Liên đoàn": nine bullets, each led by tld.bdn. */
    congdoan_task_list *list = for_unit("tld.bdn", CONGDOAN_ROLE_LEAD, 0);
    assert_ids(list, "iii-1-1", "iii-1-2", "iii-1-3", "iii-1-4", "iii-1-5", "iii-1-6", "iii-1-7", "iii-1-8",
               "iii-1-9", NULL);
    for (size_t i = 0; i < 9; i++) {
        ck_assert_int_eq(congdoan_task_list_role(list, i), CONGDOAN_ROLE_LEAD);
        ck_assert_ptr_eq(congdoan_task_document(congdoan_task_list_get(list, i)), doc("kh-240-tld-2022"));
    }
    ck_assert_int_eq(congdoan_task_list_role(list, 9), 0);
    congdoan_task_list_free(list);

    /* A department has no departments: the flag changes nothing. Both roles: still the nine. */
    list = for_unit("tld.bdn", CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    ck_assert_uint_eq(congdoan_task_list_count(list), 9);
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_tld_with_and_without_departments)
{
    /* tld itself leads ii-1 … ii-9 (part II). */
    congdoan_task_list *list = for_unit("tld", CONGDOAN_ROLE_LEAD, 0);
    assert_ids(list, "ii-1", "ii-2", "ii-3", "ii-4", "ii-5", "ii-6", "ii-7", "ii-8", "ii-9", NULL);
    congdoan_task_list_free(list);

    /* With its departments: 9 + the 9 of tld.bdn = 18, in document order. */
    list = for_unit("tld", CONGDOAN_ROLE_LEAD, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    assert_ids(list, "ii-1", "ii-2", "ii-3", "ii-4", "ii-5", "ii-6", "ii-7", "ii-8", "ii-9", "iii-1-1", "iii-1-2",
               "iii-1-3", "iii-1-4", "iii-1-5", "iii-1-6", "iii-1-7", "iii-1-8", "iii-1-9", NULL);
    for (size_t i = 0; i < 18; i++)
        ck_assert_int_eq(congdoan_task_list_role(list, i), CONGDOAN_ROLE_LEAD);
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_no_coordinator_units_in_240)
{
    /* Every coordinator of 240/KH-TLĐ is words only ("các ban, đơn vị liên quan"): nobody
     * coordinates by id, and Văn phòng neither leads nor coordinates anything. */
    const char *ids[] = {"tld", "tld.bdn", "tld.vp"};
    for (size_t i = 0; i < 3; i++) {
        congdoan_task_list *list = for_unit(ids[i], CONGDOAN_ROLE_COORDINATOR, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
        assert_ids(list, NULL);
        ck_assert_int_eq(congdoan_task_list_role(list, 0), 0);
        congdoan_task_list_free(list);
    }
    congdoan_task_list *list = for_unit("tld.vp", CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR,
                                        CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_tasks_for_unit_bad_arguments)
{
    const congdoan_unit *tld = unit("tld");
    congdoan_task_list *list = (congdoan_task_list *)tld; /* must be reset to NULL */
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(NULL, tld, CONGDOAN_ROLE_LEAD, 0, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    list = (congdoan_task_list *)tld;
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, NULL, CONGDOAN_ROLE_LEAD, 0, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, tld, CONGDOAN_ROLE_LEAD, 0, NULL), CONGDOAN_EINVAL);
    list = (congdoan_task_list *)tld;
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, tld, 0, 0, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, tld, 4, 0, &list), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_tasks_for_unit(corpus, tld, CONGDOAN_ROLE_LEAD, 2, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
}
END_TEST

/* ---- tasks of a unit: several documents -------------------------------------------------------- */

START_TEST(test_tld_across_documents)
{
    /* tld leads 9 tasks of 240/KH-TLĐ and ii-3-1 … ii-3-7 of the resolution: 16. */
    congdoan_task_list *list = for_unit("tld", CONGDOAN_ROLE_LEAD, 0);
    ck_assert_uint_eq(congdoan_task_list_count(list), 16);
    ck_assert_str_eq(congdoan_task_id(congdoan_task_list_get(list, 9)), "ii-3-1");
    congdoan_task_list_free(list);

    /* With departments and bodies: 18 + 7 + iii-1-1 (tld.dct, a body) + iii-1-2 (tld.bdn) = 27;
     * iii-2-1 and iii-2-2 have no lead. */
    list = for_unit("tld", CONGDOAN_ROLE_LEAD, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    ck_assert_uint_eq(congdoan_task_list_count(list), 27);
    const congdoan_document *nq = doc("nq-dct-tld-doingoai");
    ck_assert_ptr_eq(congdoan_task_list_get(list, 25), congdoan_document_task_by_id(nq, "iii-1-1"));
    ck_assert_ptr_eq(congdoan_task_list_get(list, 26), congdoan_document_task_by_id(nq, "iii-1-2"));
    congdoan_task_list_free(list);

    /* tld.bdn: 9 + iii-1-2 of the resolution = 10. */
    list = for_unit("tld.bdn", CONGDOAN_ROLE_LEAD, 0);
    ck_assert_uint_eq(congdoan_task_list_count(list), 10);
    ck_assert_ptr_eq(congdoan_task_list_get(list, 9), congdoan_document_task_by_id(nq, "iii-1-2"));
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_laichau_roles)
{
    /* laichau leads 51 tasks of 13/CTr-LĐLĐ (all but v-2, led by the upper-grassroots unions) and
     * coordinates none itself. */
    congdoan_task_list *list = for_unit("laichau", CONGDOAN_ROLE_LEAD, 0);
    ck_assert_uint_eq(congdoan_task_list_count(list), 51);
    congdoan_task_list_free(list);
    list = for_unit("laichau", CONGDOAN_ROLE_COORDINATOR, 0);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);

    /* Its Văn phòng coordinates v-1: with departments, laichau has v-1 as coordinator, and the
     * role says both (laichau leads v-1 too). */
    list = for_unit("laichau", CONGDOAN_ROLE_COORDINATOR, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    assert_ids(list, "v-1", NULL);
    ck_assert_int_eq(congdoan_task_list_role(list, 0), CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR);
    congdoan_task_list_free(list);

    /* Both roles with departments: the 51, v-1 (the last) lead and coordinator, the others lead. */
    list = for_unit("laichau", CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    ck_assert_uint_eq(congdoan_task_list_count(list), 51);
    size_t both = 0;
    for (size_t i = 0; i < 51; i++) {
        int role = congdoan_task_list_role(list, i);
        if (role == (CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR)) {
            both++;
            ck_assert_str_eq(congdoan_task_id(congdoan_task_list_get(list, i)), "v-1");
            ck_assert_uint_eq(i, 50);
        } else {
            ck_assert_int_eq(role, CONGDOAN_ROLE_LEAD);
        }
    }
    ck_assert_uint_eq(both, 1);
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_coordinators)
{
    /* laichau.vp: coordinator of v-1 only; leads nothing. */
    congdoan_task_list *list = for_unit("laichau.vp", CONGDOAN_ROLE_COORDINATOR, 0);
    assert_ids(list, "v-1", NULL);
    ck_assert_int_eq(congdoan_task_list_role(list, 0), CONGDOAN_ROLE_COORDINATOR);
    congdoan_task_list_free(list);
    list = for_unit("laichau.vp", CONGDOAN_ROLE_LEAD, 0);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);

    /* Each of the nine district-level unions leads v-2 for itself (the class of upper-grassroots
     * unions under laichau), and has no other task. The departments flag does not bring in the
     * parent's tasks. */
    const char *districts[] = {"laichau.tp",      "laichau.tamduong", "laichau.phongtho", "laichau.sinho",
                               "laichau.muongte", "laichau.thanuyen", "laichau.tanuyen",  "laichau.namnhun",
                               "laichau.cdvc"};
    for (size_t i = 0; i < 9; i++) {
        list = for_unit(districts[i], CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR, CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
        assert_ids(list, "v-2", NULL);
        ck_assert_int_eq(congdoan_task_list_role(list, 0), CONGDOAN_ROLE_LEAD);
        congdoan_task_list_free(list);
    }
    /* A grassroots union under Tam Đường is named nowhere. */
    list = for_unit("laichau.tamduong.th1", CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR,
                    CONGDOAN_TASKS_INCLUDE_DEPARTMENTS);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
}
END_TEST

/* ---- overdue without reports ------------------------------------------------------------------- */

START_TEST(test_overdue_240_no_reports)
{
    const congdoan_document *kh = doc("kh-240-tld-2022");
    /* 01/01/2024: ii-1 and ii-9 (yearly) have an occurrence on 31/12/2023, after the issue date
     * 22/08/2022, not reported done; ii-3 is ongoing; the others have no due time (ii-2's
     * milestone of 31/12/2023 has passed, but a milestone does not make its task overdue). */
    congdoan_task_list *list = overdue(NULL, 20240101);
    assert_ids(list, "ii-1", "ii-9", NULL);
    ck_assert_int_eq(congdoan_task_list_role(list, 0), 0); /* not a list about a unit */
    congdoan_task_list_free(list);
    list = overdue(kh, 20240101);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);

    /* 31/12/2023: the yearly ones miss 31/12/2022 (after the issue). */
    list = overdue(kh, 20231231);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);
    /* 30/06/2023: previous yearly occurrence 31/12/2022. */
    list = overdue(kh, 20230630);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);
    /* 01/01/2023: the occurrence of 31/12/2022 has just passed. */
    list = overdue(kh, 20230101);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);
    /* 31/12/2022: the previous occurrence is 31/12/2021, before the plan was issued: nothing. */
    list = overdue(kh, 20221231);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
    list = overdue(NULL, 20220901);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);

    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-2"), 20231231), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-2"), 20240101), 0); /* its milestone only */
    ck_assert_int_eq(congdoan_task_milestone_due_at(kh_task("ii-2"), 0, 20240101), 20231231);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20221231), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20230101), 1);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-3"), 20991231), 0); /* ongoing: never */
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-4"), 20991231), 0); /* no due time */
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("iii-1-6"), 20991231), 0);
}
END_TEST

/* ---- with the reports of tasks-reports-240.xml ------------------------------------------------- */

START_TEST(test_overdue_240_with_reports)
{
    const congdoan_document *kh = doc("kh-240-tld-2022");
    /* 30/06/2023: ii-1: its 31/12/2022 is covered by the (undated) 2022 report
     * saying done. ii-9: nothing done for 2022. */
    congdoan_task_list *list = overdue(kh, 20230630);
    assert_ids(list, "ii-9", NULL);
    congdoan_task_list_free(list);

    /* 01/01/2024: ii-2 has no due time (reported done on 20/12/2023 anyway). ii-1: the 2023 report says
     * in-progress, the supplement saying done is not in yet (15/01/2024). ii-9: done only for
     * 2023-H1, which does not contain 31/12/2023, so still overdue although its latest status
     * is "done". */
    list = overdue(NULL, 20240101);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);
    list = overdue(kh, 20240114);
    assert_ids(list, "ii-1", "ii-9", NULL);
    congdoan_task_list_free(list);
    /* 15/01/2024: the supplement counts on the day it is submitted. */
    list = overdue(kh, 20240115);
    assert_ids(list, "ii-9", NULL);
    congdoan_task_list_free(list);
    /* 04/07/2024: the same; 05/07/2024: ii-9 cancelled, nothing left. */
    list = overdue(kh, 20240704);
    assert_ids(list, "ii-9", NULL);
    congdoan_task_list_free(list);
    list = overdue(kh, 20240705);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
    /* 01/01/2025: ii-1's 31/12/2024 has no "done" for 2024 (its latest status "done" is for
     * 2023); ii-9 stays cancelled; ii-2 stays done. */
    list = overdue(kh, 20250101);
    assert_ids(list, "ii-1", NULL);
    congdoan_task_list_free(list);

    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-2"), 20240101), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-2"), 20231219), 0); /* no due time */
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20240114), 1);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20240115), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20230630), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-9"), 20230630), 1);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-9"), 20240705), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(kh_task("ii-1"), 20250101), 1);
}
END_TEST

START_TEST(test_latest_status_240)
{
    /* ii-1: 2022 (undated) done, 20/12/2023 in-progress, 15/01/2024 done. */
    ck_assert_int_eq(latest(kh_task("ii-1"), 0, "bc-tld-240-2023-bs"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(kh_task("ii-1"), 20240115, "bc-tld-240-2023-bs"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(kh_task("ii-1"), 20240101, "bc-tld-240-2023"), CONGDOAN_TASK_IN_PROGRESS);
    /* Before any dated report, the undated one. */
    ck_assert_int_eq(latest(kh_task("ii-1"), 20231219, "bc-tld-240-2022"), CONGDOAN_TASK_DONE);
    /* ii-2: 10/07/2023 in-progress, 20/12/2023 done. */
    ck_assert_int_eq(latest(kh_task("ii-2"), 20230801, "bc-tld-240-2023-h1"), CONGDOAN_TASK_IN_PROGRESS);
    ck_assert_int_eq(latest(kh_task("ii-2"), 0, "bc-tld-240-2023"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(kh_task("ii-2"), 20230709, NULL), CONGDOAN_TASK_STATUS_NONE);
    /* ii-5: not-started 20/12/2023; in-progress and done both on 05/07/2024: the one loaded last. */
    ck_assert_int_eq(latest(kh_task("ii-5"), 0, "bc-tld-240-2024-h1-bs"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(kh_task("ii-5"), 20240704, "bc-tld-240-2023"), CONGDOAN_TASK_NOT_STARTED);
    /* ii-6: undated done, then in-progress on 10/07/2023: the dated one is later. */
    ck_assert_int_eq(latest(kh_task("ii-6"), 0, "bc-tld-240-2023-h1"), CONGDOAN_TASK_IN_PROGRESS);
    ck_assert_int_eq(latest(kh_task("ii-6"), 20230101, "bc-tld-240-2022"), CONGDOAN_TASK_DONE);
    /* ii-9: done 10/07/2023, cancelled 05/07/2024. */
    ck_assert_int_eq(latest(kh_task("ii-9"), 0, "bc-tld-240-2024-h1"), CONGDOAN_TASK_CANCELLED);
    ck_assert_int_eq(latest(kh_task("ii-9"), 20240704, "bc-tld-240-2023-h1"), CONGDOAN_TASK_DONE);
    /* Never reported. */
    ck_assert_int_eq(latest(kh_task("ii-4"), 0, NULL), CONGDOAN_TASK_STATUS_NONE);
    ck_assert_int_eq(latest(kh_task("iii-1-1"), 20240101, NULL), CONGDOAN_TASK_STATUS_NONE);

    /* The report out-parameter may be NULL. */
    congdoan_task_status st = CONGDOAN_TASK_STATUS_NONE;
    ck_assert_int_eq(congdoan_task_latest_status(kh_task("ii-2"), 0, &st, NULL), 0);
    ck_assert_int_eq(st, CONGDOAN_TASK_DONE);
}
END_TEST

START_TEST(test_latest_status_bad_arguments)
{
    congdoan_task_status st = CONGDOAN_TASK_DONE;
    const congdoan_report *r = congdoan_corpus_report(corpus, 0);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(congdoan_task_latest_status(NULL, 0, &st, &r), CONGDOAN_EINVAL);
    ck_assert_int_eq(st, CONGDOAN_TASK_STATUS_NONE);
    ck_assert_ptr_null(r);
    r = congdoan_corpus_report(corpus, 0);
    ck_assert_int_eq(congdoan_task_latest_status(kh_task("ii-1"), 0, NULL, &r), CONGDOAN_EINVAL);
    ck_assert_ptr_null(r);
    st = CONGDOAN_TASK_DONE;
    ck_assert_int_eq(congdoan_task_latest_status(kh_task("ii-1"), 20230229, &st, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(st, CONGDOAN_TASK_STATUS_NONE);
    ck_assert_int_eq(congdoan_task_latest_status(kh_task("ii-1"), -1, &st, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_latest_status(kh_task("ii-1"), 20241301, &st, NULL), CONGDOAN_EINVAL);
}
END_TEST

/* ---- everything together ----------------------------------------------------------------------- */

START_TEST(test_status_keyed_by_document)
{
    /* Both 240/KH-TLĐ and 13/CTr-LĐLĐ have a task "ii-1": the reports of Lai Châu (2025) must not
     * leak into the plan's task, and the other way round. */
    const congdoan_task *ctr_ii1 = task_in("ctr-13-ldld-laichau-2025", "ii-1");
    ck_assert_int_eq(latest(kh_task("ii-1"), 0, "bc-tld-240-2023-bs"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(ctr_ii1, 0, "bc-tamduong-2025-h1"), CONGDOAN_TASK_IN_PROGRESS);
    ck_assert_int_eq(latest(ctr_ii1, 20250619, NULL), CONGDOAN_TASK_STATUS_NONE);
    /* iv-3-3 done on 20/06 (Tam Đường) and 25/06/2025 (Phong Thổ). */
    const congdoan_task *iv33 = task_in("ctr-13-ldld-laichau-2025", "iv-3-3");
    ck_assert_int_eq(latest(iv33, 0, "bc-phongtho-2025-h1"), CONGDOAN_TASK_DONE);
    ck_assert_int_eq(latest(iv33, 20250622, "bc-tamduong-2025-h1"), CONGDOAN_TASK_DONE);
    /* iv-6-3: only in Than Uyên's report, which has no submission date: it counts at any date. */
    ck_assert_int_eq(latest(task_in("ctr-13-ldld-laichau-2025", "iv-6-3"), 20250101, "bc-thanuyen-2025-h1"),
                     CONGDOAN_TASK_DONE);
}
END_TEST

START_TEST(test_overdue_all_documents)
{
    const congdoan_document *ctr = doc("ctr-13-ldld-laichau-2025");
    /* 01/04/2025: only iv-2-1 (2025-Q1, 31/03/2025) has passed; its "done" comes on 20/06/2025. */
    congdoan_task_list *list = overdue(ctr, 20250401);
    assert_ids(list, "iv-2-1", NULL);
    congdoan_task_list_free(list);
    /* 01/07/2025: iv-2-1 done (20/06), iv-3-3 (31/05/2025) done (20/06); the rest due 31/12/2025. */
    list = overdue(ctr, 20250701);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
    /* 01/01/2026: 50 dated tasks; iv-2-1, iv-3-3, iv-6-3 done and iv-4-2 cancelled: 46. */
    list = overdue(ctr, 20260101);
    ck_assert_uint_eq(congdoan_task_list_count(list), 46);
    for (size_t i = 0; i < 46; i++) {
        const char *id = congdoan_task_id(congdoan_task_list_get(list, i));
        ck_assert_str_ne(id, "iv-2-1");
        ck_assert_str_ne(id, "iv-3-3");
        ck_assert_str_ne(id, "iv-4-2");
        ck_assert_str_ne(id, "iv-6-3");
        ck_assert_str_ne(id, "iv-1-5");
    }
    congdoan_task_list_free(list);
    /* All documents: 240/KH-TLĐ's ii-1 (no "done" for 2024 or 2025; ii-2 done, ii-9 cancelled),
     * first in load order, then the 46: 47. The resolution has no due dates. */
    list = overdue(NULL, 20260101);
    ck_assert_uint_eq(congdoan_task_list_count(list), 47);
    ck_assert_ptr_eq(congdoan_task_list_get(list, 0), kh_task("ii-1"));
    ck_assert_ptr_eq(congdoan_task_document(congdoan_task_list_get(list, 1)), ctr);
    congdoan_task_list_free(list);
}
END_TEST

START_TEST(test_list_and_single_task_agree)
{
    /* congdoan_task_is_overdue() and the list (built with one table) give the same answer for
     * every task of every document on these dates. */
    const int dates[] = {20220822, 20230101, 20231231, 20240101, 20240115, 20250401, 20250620, 20251231,
                         20260101, 20300101};
    for (size_t k = 0; k < sizeof dates / sizeof *dates; k++) {
        congdoan_task_list *list = overdue(NULL, dates[k]);
        size_t pos = 0, total = 0;
        for (size_t d = 0; d < congdoan_corpus_document_count(corpus); d++) {
            const congdoan_document *dd = congdoan_corpus_document(corpus, d);
            for (size_t i = 0; i < congdoan_document_task_count(dd); i++) {
                const congdoan_task *t = congdoan_document_task(dd, i);
                int in_list = congdoan_task_list_get(list, pos) == t;
                ck_assert_msg(congdoan_task_is_overdue(t, dates[k]) == in_list, "task %s of %s at %d",
                              congdoan_task_id(t), congdoan_document_id(dd), dates[k]);
                pos += (size_t)in_list;
                total += (size_t)in_list;
            }
        }
        ck_assert_uint_eq(total, congdoan_task_list_count(list));
        congdoan_task_list_free(list);
    }
}
END_TEST

START_TEST(test_overdue_bad_arguments)
{
    congdoan_task_list *list = (congdoan_task_list *)corpus;
    ck_assert_int_eq(congdoan_corpus_overdue_tasks(NULL, NULL, 20240101, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    ck_assert_int_eq(congdoan_corpus_overdue_tasks(corpus, NULL, 20240101, NULL), CONGDOAN_EINVAL);
    const int bad[] = {0, -20240101, 20230229, 20240230, 20241301, 20240001, 20240100, 100000101};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        list = (congdoan_task_list *)corpus;
        ck_assert_int_eq(congdoan_corpus_overdue_tasks(corpus, NULL, bad[i], &list), CONGDOAN_EINVAL);
        ck_assert_ptr_null(list);
    }
    /* 29/02/2024 exists. */
    list = overdue(NULL, 20240229);
    congdoan_task_list_free(list);

    /* A document of another corpus. */
    congdoan_corpus *other = test_load(kh_files);
    list = (congdoan_task_list *)corpus;
    ck_assert_int_eq(congdoan_corpus_overdue_tasks(corpus, congdoan_corpus_document(other, 0), 20240101, &list),
                     CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    congdoan_corpus_free(other);
}
END_TEST

/* ---- due dates (tasks-due.xml, issued 10/01/2024) ---------------------------------------------- */

START_TEST(test_due_at_periods)
{
    /* A dated task is due on the last day of its period whatever the reference date. */
    const int dates[] = {20000101, 20240110, 20240315, 20991231};
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(congdoan_task_due_at(due_task("d-day"), dates[i]), 20240315);
        ck_assert_int_eq(congdoan_task_due_at(due_task("d-month"), dates[i]), 20240229); /* leap year */
        ck_assert_int_eq(congdoan_task_due_at(due_task("d-quarter"), dates[i]), 20240930);
        ck_assert_int_eq(congdoan_task_due_at(due_task("d-half"), dates[i]), 20240630);
        ck_assert_int_eq(congdoan_task_due_at(due_task("d-year"), dates[i]), 20241231);
        ck_assert_int_eq(congdoan_task_due_at(due_task("ongoing"), dates[i]), 0);
        ck_assert_int_eq(congdoan_task_due_at(due_task("none"), dates[i]), 0);
    }
    /* The seed fixture: ii-2 has no due time, its milestone "đến năm 2023" → 31/12/2023; ii-3
     * ongoing and ii-4 none → 0. */
    congdoan_corpus *kh = test_load(kh_files);
    const congdoan_document *d = congdoan_corpus_document_by_id(kh, "kh-240-tld-2022");
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-2"), 20240101), 0);
    ck_assert_int_eq(congdoan_task_milestone_due_at(congdoan_document_task_by_id(d, "ii-2"), 0, 20240101), 20231231);
    ck_assert_int_eq(congdoan_task_milestone_due_at(congdoan_document_task_by_id(d, "ii-2"), 0, 20240230), 0);
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-3"), 20240101), 0);
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-4"), 20240101), 0);
    /* ii-1 "yearly": 31 December of D's year, or of the next once it has passed. */
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-1"), 20230630), 20231231);
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-1"), 20231231), 20231231);
    ck_assert_int_eq(congdoan_task_due_at(congdoan_document_task_by_id(d, "ii-1"), 20240101), 20241231);
    congdoan_corpus_free(kh);
}
END_TEST

START_TEST(test_due_at_yearly)
{
    /* "yearly": 31 December. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 20240505), 20241231);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 20241231), 20241231);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 20250101), 20251231);
    /* "yearly:12-15": 15 December of D's year, or the next. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-day"), 20240101), 20241215);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-day"), 20241215), 20241215);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-day"), 20241216), 20251215);
    /* "yearly:02-29": 29 February in leap years, 28 February in the others. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-feb29"), 20240101), 20240229);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-feb29"), 20240301), 20250228);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-feb29"), 20250228), 20250228);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-feb29"), 20270301), 20280229);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-feb29"), 20990301), 21000228); /* 2100: not leap */
    /* The last year there is: an occurrence after 9999 does not exist. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-day"), 99991215), 99991215);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly-day"), 99991216), 0);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 99991231), 99991231);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 10101), 11231);
}
END_TEST

START_TEST(test_due_at_half_quarter_month)
{
    /* "half-yearly": 30 June, 31 December. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half"), 20240110), 20240630);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half"), 20240630), 20240630);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half"), 20240701), 20241231);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half"), 20241231), 20241231);
    /* "half-yearly:15": 15 June, 15 December. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half-day"), 20240101), 20240615);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half-day"), 20240616), 20241215);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-half-day"), 20241216), 20250615);
    /* "quarterly": 31/03, 30/06, 30/09, 31/12. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter"), 20240215), 20240331);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter"), 20240401), 20240630);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter"), 20240701), 20240930);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter"), 20241001), 20241231);
    /* "quarterly:31": day 31 of the quarter's last month, clamped: 30 June, 30 September. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter-31"), 20240101), 20240331);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter-31"), 20240401), 20240630);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter-31"), 20240701), 20240930);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-quarter-31"), 20241001), 20241231);
    /* "monthly": the last day of the month. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month"), 20240210), 20240229);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month"), 20230210), 20230228);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month"), 20241231), 20241231);
    /* "monthly:20": the 20th, or next month's once it has passed (across the year too). */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-20"), 20240220), 20240220);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-20"), 20240221), 20240320);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-20"), 20241221), 20250120);
    /* "monthly:31": clamped to 30 April, 29 February. */
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-31"), 20240401), 20240430);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-31"), 20240201), 20240229);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-31"), 20240301), 20240331);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month"), 99991231), 99991231);
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-month-20"), 99991221), 0);
}
END_TEST

START_TEST(test_due_at_bad_arguments)
{
    ck_assert_int_eq(congdoan_task_due_at(NULL, 20240101), 0);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_task_due_at(due_task("r-yearly"), 20230229), 0);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_due_at(due_task("d-day"), 0), 0);
    ck_assert_int_eq(congdoan_task_due_at(due_task("d-day"), 20241301), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(NULL, 20240101), 0);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_task_is_overdue(due_task("d-day"), 20250230), 0);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_is_overdue(due_task("d-day"), 20250101), 1);
}
END_TEST

START_TEST(test_overdue_due_kinds)
{
    const congdoan_document *d = doc("kh-tasks-due");
    /* 11/01/2024, the day after the issue: nothing dated has passed, and every previous
     * occurrence is on or before 10/01/2024 (monthly:10's is the issue day itself). */
    congdoan_task_list *list = overdue(d, 20240111);
    assert_ids(list, NULL);
    congdoan_task_list_free(list);
    /* 21/01/2024: monthly:20 missed 20/01/2024. */
    list = overdue(d, 20240121);
    assert_ids(list, "r-month-20", NULL);
    congdoan_task_list_free(list);
    /* 16/03/2024: d-day (15/03) and d-month (29/02) passed; yearly:02-29 missed 29/02/2024; monthly
     * 29/02, monthly:20 20/02, monthly:31 29/02, monthly:10 10/03. The yearly, half-yearly and
     * quarterly ones last fell on 15 or 31/12/2023, before the issue. */
    list = overdue(d, 20240316);
    assert_ids(list, "d-day", "d-month", "r-yearly-feb29", "r-month", "r-month-20", "r-month-31", "r-month-10",
               NULL);
    congdoan_task_list_free(list);
    ck_assert_int_eq(congdoan_task_is_overdue(due_task("d-day"), 20240315), 0);
    ck_assert_int_eq(congdoan_task_is_overdue(due_task("d-day"), 20240316), 1);
    ck_assert_int_eq(congdoan_task_is_overdue(due_task("r-month-10"), 20240211), 1);
    /* 01/01/2025: all 18 but ongoing and none. */
    list = overdue(d, 20250101);
    ck_assert_uint_eq(congdoan_task_list_count(list), 16);
    congdoan_task_list_free(list);
}
END_TEST

/* ---- lists -------------------------------------------------------------------------------------- */

START_TEST(test_list_null)
{
    congdoan_task_list_free(NULL);
    ck_assert_uint_eq(congdoan_task_list_count(NULL), 0);
    ck_assert_ptr_null(congdoan_task_list_get(NULL, 0));
    ck_assert_int_eq(congdoan_task_list_role(NULL, 0), 0);
}
END_TEST

START_TEST(test_allocation_failures)
{
    /* Make the n-th allocation fail for n = 1, 2, … until the call succeeds: every failure is
     * CONGDOAN_ENOMEM with *out NULL, and nothing leaks (valgrind). */
    const congdoan_unit *tld = unit("tld");
    for (int which = 0; which < 2; which++) {
        int ok = 0;
        for (long n = 1; n < 50 && !ok; n++) {
            congdoan_task_list *list = (congdoan_task_list *)tld;
            congdoan__alloc_fail_at(n);
            int rc = which == 0 ? congdoan_corpus_tasks_for_unit(corpus, tld, CONGDOAN_ROLE_LEAD,
                                                                 CONGDOAN_TASKS_INCLUDE_DEPARTMENTS, &list)
                                : congdoan_corpus_overdue_tasks(corpus, NULL, 20240101, &list);
            congdoan__alloc_fail_at(0);
            if (rc == 0) {
                ok = 1;
                ck_assert_uint_eq(congdoan_task_list_count(list), which == 0 ? 18 : 2);
                congdoan_task_list_free(list);
            } else {
                ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
                ck_assert_ptr_null(list);
            }
        }
        ck_assert(ok);
    }
}
END_TEST

static Suite *tasks_suite(void)
{
    Suite *s = suite_create("tasks");

    TCase *kh = tcase_create("kh-240");
    tcase_add_checked_fixture(kh, setup_kh, teardown);
    tcase_add_test(kh, test_bdn_leads_the_nine_bullets);
    tcase_add_test(kh, test_tld_with_and_without_departments);
    tcase_add_test(kh, test_no_coordinator_units_in_240);
    tcase_add_test(kh, test_tasks_for_unit_bad_arguments);
    tcase_add_test(kh, test_overdue_240_no_reports);
    tcase_add_test(kh, test_overdue_bad_arguments);
    suite_add_tcase(s, kh);

    TCase *khr = tcase_create("kh-240-reports");
    tcase_add_checked_fixture(khr, setup_kh_reports, teardown);
    tcase_add_test(khr, test_overdue_240_with_reports);
    tcase_add_test(khr, test_latest_status_240);
    tcase_add_test(khr, test_latest_status_bad_arguments);
    tcase_add_test(khr, test_allocation_failures);
    suite_add_tcase(s, khr);

    TCase *all = tcase_create("all");
    tcase_add_checked_fixture(all, setup_all, teardown);
    tcase_add_test(all, test_tld_across_documents);
    tcase_add_test(all, test_laichau_roles);
    tcase_add_test(all, test_coordinators);
    tcase_add_test(all, test_status_keyed_by_document);
    tcase_add_test(all, test_overdue_all_documents);
    tcase_add_test(all, test_list_and_single_task_agree);
    suite_add_tcase(s, all);

    TCase *due = tcase_create("due");
    tcase_add_checked_fixture(due, setup_due, teardown);
    tcase_add_test(due, test_due_at_periods);
    tcase_add_test(due, test_due_at_yearly);
    tcase_add_test(due, test_due_at_half_quarter_month);
    tcase_add_test(due, test_due_at_bad_arguments);
    tcase_add_test(due, test_overdue_due_kinds);
    suite_add_tcase(s, due);

    TCase *other = tcase_create("other");
    tcase_add_test(other, test_list_null);
    suite_add_tcase(s, other);
    return s;
}

int main(void)
{
    return test_run_suite(tasks_suite());
}
