/* Tests of the task timeliness queries of congdoan/tasks.h (1.2): congdoan_task_timeliness() and
 * congdoan_corpus_task_timeliness(), on the sample data in examples/data. Every expected figure
 * is worked out by hand from the files:
 *
 *   ctr-13-2025-laichau.xml (13/CTr-LĐLĐ, issued 27/02/2025): 52 tasks. 51 are led by laichau:
 *     47 due 2025 (31/12/2025), iv-2-1 due 2025-Q1 (31/03/2025), iv-3-3 due 2025-05
 *     (31/05/2025), iv-1-5 and iv-3-4 ongoing (never overdue). v-2 (due 2025) is led by the
 *     class of upper-grassroots unions under laichau: the nine laichau.tp, .tamduong,
 *     .phongtho, .sinho, .muongte, .thanuyen, .tanuyen, .namnhun, .cdvc (units-laichau.xml), so
 *     the document counts 51 + 9 = 60 assignments.
 *   The task statuses of the reports against it, with the reports' submission dates (no status
 *   has a `completed` date, so a done task is dated by its report's submission):
 *     reports-2025-h1.xml: iv-2-1 done (tp 18/06, tamduong 20/06), iv-3-3 done (tp 18/06,
 *       sinho 19/06, tamduong 20/06, namnhun 02/07); ii-1, ii-5, iv-1-5, iv-5-3, iv-6-3, iv-6-4,
 *       iv-10-5 in progress, iv-9-5 not started.
 *     reports-2025.xml: laichau (10/12): iv-9-1 done, v-1 done, ii-5 and v-2 in progress;
 *       tp (20/11): iv-5-3 done; tamduong (24/11): ii-1 done, iv-9-5 done, iv-4-2 cancelled;
 *       phongtho (25/11): iv-5-3 done; thanuyen (21/11): iv-6-3 done; cdvc (18/11): iv-6-4
 *       done; the rest in progress or not started.
 *   No unit of the class reports a status of v-2 of its own: laichau's "in progress" is
 *   laichau's, not theirs.
 *
 * Hence, for the whole document (unit NULL), counts as {none, on time, late, pending, overdue}:
 *   - done on time (by 31/12/2025): iv-9-1, v-1, iv-5-3, ii-1, iv-9-5, iv-6-3, iv-6-4 = 7;
 *   - done late: iv-2-1 (reported 18-20/06 > 31/03) and iv-3-3 (18/06-02/07 > 31/05) = 2;
 *   - cancelled: iv-4-2 = 1;
 *   - the other 60 - 10 = 50: pending at 31/12/2025; at 15/01/2026 only the two ongoing tasks
 *     stay pending and 48 are overdue.
 * At 15/06/2025 no report has arrived: iv-2-1 and iv-3-3 are overdue, 58 pending. At 01/11/2025
 * only the first-half reports have: iv-2-1 and iv-3-3 done late, 58 pending (iv-4-2 is not yet
 * cancelled).
 */
#include "test-common.h"

static congdoan_corpus *corpus;
static const congdoan_document *doc;

static void setup(void)
{
    corpus = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_path(corpus, test_sample_path(""), NULL), 0);
    doc = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(doc);
}

static void teardown(void)
{
    test_release_tracked();
    corpus = NULL;
    doc = NULL;
}

static const congdoan_task *task(const char *id)
{
    const congdoan_task *t = congdoan_document_task_by_id(doc, id);
    ck_assert_msg(t != NULL, "no task %s", id);
    return t;
}

static const congdoan_unit *unit(const char *id)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(corpus, id);
    ck_assert_msg(u != NULL, "no unit %s", id);
    return u;
}

static congdoan_timeliness one(const char *task_id, const char *unit_id, int at)
{
    congdoan_timeliness t = (congdoan_timeliness)-1;
    ck_assert_int_eq(congdoan_task_timeliness(task(task_id), unit_id ? unit(unit_id) : NULL, at, &t), 0);
    return t;
}

/* The counts of the document at `at` for `unit_id` (NULL: as a whole), against the expected
 * {none, on time, late, pending, overdue}. */
static void counts_are(const char *unit_id, int at, size_t none, size_t on_time, size_t late, size_t pending,
                       size_t overdue)
{
    size_t c[CONGDOAN_TIMELINESS_COUNT];
    ck_assert_int_eq(congdoan_corpus_task_timeliness(corpus, doc, unit_id ? unit(unit_id) : NULL, at, c), 0);
    ck_assert_msg(c[CONGDOAN_TIMELINESS_NONE] == none && c[CONGDOAN_TIMELINESS_ON_TIME] == on_time &&
                      c[CONGDOAN_TIMELINESS_LATE] == late && c[CONGDOAN_TIMELINESS_PENDING] == pending &&
                      c[CONGDOAN_TIMELINESS_OVERDUE] == overdue,
                  "%s at %d: none %zu on-time %zu late %zu pending %zu overdue %zu", unit_id ? unit_id : "(all)",
                  at, c[0], c[1], c[2], c[3], c[4]);
}

static const char *const class_units[] = {"laichau.tp",       "laichau.tamduong", "laichau.phongtho",
                                          "laichau.sinho",    "laichau.muongte",  "laichau.thanuyen",
                                          "laichau.tanuyen",  "laichau.namnhun",  "laichau.cdvc"};

START_TEST(v2_per_unit_from_the_sample)
{
    /* None of the nine has a status of its own: pending up to the deadline, overdue after. */
    for (size_t i = 0; i < sizeof class_units / sizeof *class_units; i++) {
        ck_assert_int_eq(one("v-2", class_units[i], 20251231), CONGDOAN_TIMELINESS_PENDING);
        ck_assert_int_eq(one("v-2", class_units[i], 20260115), CONGDOAN_TIMELINESS_OVERDUE);
        /* each leads v-2 and no other task of the document */
        counts_are(class_units[i], 20251231, 0, 0, 0, 1, 0);
        counts_are(class_units[i], 20260115, 0, 0, 0, 0, 1);
    }
    /* As a whole: laichau's "in progress" (10/12/2025) */
    ck_assert_int_eq(one("v-2", NULL, 20251231), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("v-2", NULL, 20260115), CONGDOAN_TIMELINESS_OVERDUE);
}
END_TEST

START_TEST(other_tasks_of_the_sample)
{
    /* iv-2-1 (due 31/03/2025): overdue before any report, then done late (reported 18/06) */
    ck_assert_int_eq(one("iv-2-1", NULL, 20250401), CONGDOAN_TIMELINESS_OVERDUE);
    ck_assert_int_eq(one("iv-2-1", NULL, 20250331), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("iv-2-1", NULL, 20250618), CONGDOAN_TIMELINESS_LATE);
    /* iv-9-1: done by laichau on 10/12/2025, on time; pending the day before */
    ck_assert_int_eq(one("iv-9-1", NULL, 20251209), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("iv-9-1", NULL, 20251210), CONGDOAN_TIMELINESS_ON_TIME);
    ck_assert_int_eq(one("iv-9-1", NULL, 20260115), CONGDOAN_TIMELINESS_ON_TIME);
    /* iv-4-2: cancelled by tamduong on 24/11/2025 */
    ck_assert_int_eq(one("iv-4-2", NULL, 20251123), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("iv-4-2", NULL, 20251124), CONGDOAN_TIMELINESS_NONE);
    /* iv-1-5: ongoing, in progress, never overdue */
    ck_assert_int_eq(one("iv-1-5", NULL, 20260115), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_str_eq(congdoan_timeliness_name(CONGDOAN_TIMELINESS_ON_TIME), "on-time");
    ck_assert_str_eq(congdoan_timeliness_name(CONGDOAN_TIMELINESS_LATE), "late");
    ck_assert_str_eq(congdoan_timeliness_name(CONGDOAN_TIMELINESS_PENDING), "pending");
    ck_assert_str_eq(congdoan_timeliness_name(CONGDOAN_TIMELINESS_OVERDUE), "overdue");
    ck_assert_str_eq(congdoan_timeliness_name(CONGDOAN_TIMELINESS_NONE), "none");
    ck_assert_ptr_null(congdoan_timeliness_name((congdoan_timeliness)CONGDOAN_TIMELINESS_COUNT));
}
END_TEST

START_TEST(document_counts_from_the_sample)
{
    counts_are(NULL, 20250615, 0, 0, 0, 58, 2);
    counts_are(NULL, 20251101, 0, 0, 2, 58, 0);
    counts_are(NULL, 20251231, 1, 7, 2, 50, 0);
    counts_are(NULL, 20260115, 1, 7, 2, 2, 48);
    /* laichau's own statuses (its report of 10/12/2025) for the 51 tasks it leads itself:
     * iv-9-1 and v-1 done on time, ii-5 in progress; the statuses other units report are
     * theirs, not laichau's. At 15/01/2026: 2 on time, the 2 ongoing pending, 47 overdue. */
    counts_are("laichau", 20260115, 0, 2, 0, 2, 47);
    /* Every loaded document (document NULL) is the sum over the documents one by one. */
    size_t all[CONGDOAN_TIMELINESS_COUNT], sum[CONGDOAN_TIMELINESS_COUNT] = {0}, c[CONGDOAN_TIMELINESS_COUNT];
    ck_assert_int_eq(congdoan_corpus_task_timeliness(corpus, NULL, NULL, 20260115, all), 0);
    ck_assert_uint_ge(congdoan_corpus_document_count(corpus), 2);
    for (size_t d = 0; d < congdoan_corpus_document_count(corpus); d++) {
        ck_assert_int_eq(
            congdoan_corpus_task_timeliness(corpus, congdoan_corpus_document(corpus, d), NULL, 20260115, c), 0);
        for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
            sum[i] += c[i];
    }
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        ck_assert_uint_eq(all[i], sum[i]);
}
END_TEST

START_TEST(statuses_of_the_class_added)
{
    /* Three units of the class report v-2 for themselves in the editor:
     *   tamduong: done, completed 20/11/2025, report sent 10/12/2025 -> on time;
     *   sinho:    done, no completed date, report sent 10/01/2026 -> dated 10/01/2026: late;
     *   cdvc:     cancelled -> not counted. */
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, "bc-v2-td", "laichau.tamduong", "ctr-13-ldld-laichau-2025",
                                                "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_submitted(corpus, r, 20251210), 0);
    ck_assert_int_eq(congdoan_report_set_unit_task_status(corpus, r, "v-2", NULL, CONGDOAN_TASK_DONE, 20251120,
                                                          NULL), 0);
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, "bc-v2-sh", "laichau.sinho", "ctr-13-ldld-laichau-2025",
                                                "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_submitted(corpus, r, 20260110), 0);
    ck_assert_int_eq(congdoan_report_set_unit_task_status(corpus, r, "v-2", NULL, CONGDOAN_TASK_DONE, 0, NULL), 0);
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, "bc-v2-vc", "laichau.cdvc", "ctr-13-ldld-laichau-2025",
                                                "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_submitted(corpus, r, 20251201), 0);
    ck_assert_int_eq(congdoan_report_set_unit_task_status(corpus, r, "v-2", NULL, CONGDOAN_TASK_CANCELLED, 0,
                                                          NULL), 0);

    ck_assert_int_eq(one("v-2", "laichau.tamduong", 20260115), CONGDOAN_TIMELINESS_ON_TIME);
    ck_assert_int_eq(one("v-2", "laichau.sinho", 20260115), CONGDOAN_TIMELINESS_LATE);
    /* before sinho's report arrives it is still overdue for it */
    ck_assert_int_eq(one("v-2", "laichau.sinho", 20260105), CONGDOAN_TIMELINESS_OVERDUE);
    ck_assert_int_eq(one("v-2", "laichau.cdvc", 20260115), CONGDOAN_TIMELINESS_NONE);
    ck_assert_int_eq(one("v-2", "laichau.tp", 20260115), CONGDOAN_TIMELINESS_OVERDUE);
    /* before tamduong's report (10/12) its v-2 is pending */
    ck_assert_int_eq(one("v-2", "laichau.tamduong", 20251209), CONGDOAN_TIMELINESS_PENDING);

    counts_are("laichau.tamduong", 20260115, 0, 1, 0, 0, 0);
    counts_are("laichau.sinho", 20260115, 0, 0, 1, 0, 0);
    counts_are("laichau.cdvc", 20260115, 1, 0, 0, 0, 0);
    /* The document at 15/01/2026: of v-2's nine assignments, 1 on time, 1 late, 1 cancelled and
     * 6 overdue instead of 9 overdue: {1+1, 7+1, 2+1, 2, 48-3}. */
    counts_are(NULL, 20260115, 2, 8, 3, 2, 45);
    /* At 05/01/2026 sinho's report has not arrived: {2, 8, 2, 2, 46}. */
    counts_are(NULL, 20260105, 2, 8, 2, 2, 46);
}
END_TEST

START_TEST(refusals)
{
    congdoan_timeliness t = CONGDOAN_TIMELINESS_ON_TIME;
    size_t c[CONGDOAN_TIMELINESS_COUNT] = {9, 9, 9, 9, 9};
    const congdoan_task *v2 = task("v-2");
    /* NULL task or out */
    ck_assert_int_eq(congdoan_task_timeliness(NULL, NULL, 20251231, &t), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, 20251231, NULL), CONGDOAN_EINVAL);
    /* dates that do not exist */
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, 20250230, &t), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, 20251301, &t), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, 0, &t), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, -1, &t), CONGDOAN_EINVAL);
    /* NULL corpus or counts; counts are zeroed on failure */
    ck_assert_int_eq(congdoan_corpus_task_timeliness(NULL, doc, NULL, 20251231, c), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_task_timeliness(corpus, doc, NULL, 20251231, NULL), CONGDOAN_EINVAL);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        c[i] = 9;
    ck_assert_int_eq(congdoan_corpus_task_timeliness(corpus, doc, NULL, 20250229, c), CONGDOAN_EINVAL);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        ck_assert_uint_eq(c[i], 0);
    /* a document of another corpus */
    congdoan_corpus *other = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_path(other, test_sample_path("ctr-13-2025-laichau.xml"), NULL), 0);
    const congdoan_document *foreign = congdoan_corpus_document_by_id(other, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(foreign);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        c[i] = 9;
    ck_assert_int_eq(congdoan_corpus_task_timeliness(corpus, foreign, NULL, 20251231, c), CONGDOAN_EINVAL);
    for (size_t i = 0; i < CONGDOAN_TIMELINESS_COUNT; i++)
        ck_assert_uint_eq(c[i], 0);
    /* a leap day is a date */
    ck_assert_int_eq(congdoan_task_timeliness(v2, NULL, 20240229, &t), 0);
    ck_assert_int_eq(t, CONGDOAN_TIMELINESS_PENDING);
}
END_TEST

/* ---- recurring tasks (tests/data/tasks-due.xml, issued 10/01/2024) -----------------------------
 *
 * Worked out by hand from congdoan/tasks.h's rules: the deadline of a recurring task at D is its
 * last occurrence before D that falls after the issue date, and "done" counts for it only when
 * reported for a period that contains that occurrence; the completion is dated by `completed`,
 * else by the report's submission.
 *
 * r-yearly-day, "Trước ngày 15/12 hằng năm" (yearly:12-15): occurrences 15/12/2024, 15/12/2025
 * (15/12/2023 is before the issue date and does not count).
 *   no report:  01/06/2024 pending (no occurrence yet); 15/12/2024 pending (the day itself is
 *               within the deadline); 16/12/2024 overdue.
 *   + report "2024" of tld.vp sent 10/12/2024, done (no completed date: dated 10/12/2024):
 *               09/12/2024 pending (not sent yet); 16/12/2024 on time; 01/06/2025 on time
 *               (15/12/2024 is still the last occurrence); 16/12/2025 overdue (15/12/2025 is
 *               not in the period 2024).
 *   + report "2025" sent 05/01/2026, done, completed 20/12/2025:
 *               04/01/2026 overdue (not sent yet); 06/01/2026 late (20/12 > 15/12);
 *               the same status completed 12/12/2025: on time, though the report came late.
 */
static void setup_due(void)
{
    static const char *const files[] = {"units-tld.xml", "tasks-due.xml", NULL};
    corpus = test_track_corpus(test_load(files)); /* freed by teardown's test_release_tracked() */
    doc = congdoan_corpus_document_by_id(corpus, "kh-tasks-due");
    ck_assert_ptr_nonnull(doc);
}

static const congdoan_report *add_report(const char *id, const char *period, int submitted)
{
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, id, "tld.vp", "kh-tasks-due", period, &r), 0);
    ck_assert_int_eq(congdoan_report_set_submitted(corpus, r, submitted), 0);
    return r;
}

static void status_is(const congdoan_report *r, const char *task_id, congdoan_task_status status, int completed)
{
    ck_assert_int_eq(congdoan_report_set_unit_task_status(corpus, r, task_id, NULL, status, completed, NULL), 0);
}

START_TEST(recurring_yearly_by_a_day)
{
    ck_assert_int_eq(one("r-yearly-day", NULL, 20240601), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20241215), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20241216), CONGDOAN_TIMELINESS_OVERDUE);
    ck_assert_int_eq(one("r-yearly-day", "tld.vp", 20241216), CONGDOAN_TIMELINESS_OVERDUE);

    const congdoan_report *r2024 = add_report("bc-vp-2024", "2024", 20241210);
    status_is(r2024, "r-yearly-day", CONGDOAN_TASK_DONE, 0);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20241209), CONGDOAN_TIMELINESS_PENDING);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20241216), CONGDOAN_TIMELINESS_ON_TIME);
    ck_assert_int_eq(one("r-yearly-day", "tld.vp", 20241216), CONGDOAN_TIMELINESS_ON_TIME);
    /* another unit's own statuses: it reported nothing */
    ck_assert_int_eq(one("r-yearly-day", "tld", 20241216), CONGDOAN_TIMELINESS_OVERDUE);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20250601), CONGDOAN_TIMELINESS_ON_TIME);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20251216), CONGDOAN_TIMELINESS_OVERDUE);

    const congdoan_report *r2025 = add_report("bc-vp-2025", "2025", 20260105);
    status_is(r2025, "r-yearly-day", CONGDOAN_TASK_DONE, 20251220);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20260104), CONGDOAN_TIMELINESS_OVERDUE);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20260106), CONGDOAN_TIMELINESS_LATE);
    status_is(r2025, "r-yearly-day", CONGDOAN_TASK_DONE, 20251212);
    ck_assert_int_eq(one("r-yearly-day", NULL, 20260106), CONGDOAN_TIMELINESS_ON_TIME);
}
END_TEST

/* The 18 tasks of the plan at 16/12/2024 (the day after 15/12/2024), counted as
 * {none, on time, late, pending, overdue}:
 *   overdue (the deadline, or the last occurrence after 10/01/2024, passed): d-day 15/03,
 *     d-month 29/02, d-quarter 30/09, d-half 30/06; r-yearly-day 15/12, r-yearly-feb29 29/02,
 *     r-half 30/06, r-half-day 15/12, r-quarter and r-quarter-31 30/09, r-month and r-month-31
 *     30/11, r-month-20 20/11, r-month-10 10/12 = 14;
 *   pending: d-year (31/12/2024), r-yearly (its last occurrence, 31/12/2023, is before the
 *     issue date), ongoing, none = 4.
 * With the report "2024" of tld.vp sent 10/12/2024 saying r-yearly-day and r-month-10 done (the
 * period 2024 holds 15/12 and 10/12; dated 10/12: on time, for r-month-10 on its very day),
 * r-quarter cancelled and d-year in progress: {1, 2, 0, 4, 11}. At 31/01/2025: d-year is
 * overdue (31/12/2024 passed, in progress); the last occurrences are now r-yearly 31/12/2024,
 * r-half and r-quarter-31 31/12/2024, r-half-day 15/12/2024, r-month and r-month-31 31/12/2024,
 * r-month-20 20/01/2025, r-month-10 10/01/2025 (the period 2024 does not hold it),
 * r-yearly-feb29 still 29/02/2024: all overdue with the four dated ones, 14; r-yearly-day stays
 * on time (15/12/2024 is still its last occurrence); r-quarter cancelled; ongoing and none
 * pending: {1, 1, 0, 2, 14}. */
START_TEST(recurring_counts_of_the_plan)
{
    counts_are(NULL, 20241216, 0, 0, 0, 4, 14);
    counts_are("tld.vp", 20241216, 0, 0, 0, 4, 14);
    const congdoan_report *r = add_report("bc-vp-2024", "2024", 20241210);
    status_is(r, "r-yearly-day", CONGDOAN_TASK_DONE, 0);
    status_is(r, "r-month-10", CONGDOAN_TASK_DONE, 0);
    status_is(r, "r-quarter", CONGDOAN_TASK_CANCELLED, 0);
    status_is(r, "d-year", CONGDOAN_TASK_IN_PROGRESS, 0);
    counts_are(NULL, 20241216, 1, 2, 0, 4, 11);
    ck_assert_int_eq(one("r-month-10", NULL, 20241216), CONGDOAN_TIMELINESS_ON_TIME);
    counts_are(NULL, 20250131, 1, 1, 0, 2, 14);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("timeliness");
    TCase *tc = tcase_create("sample");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, v2_per_unit_from_the_sample);
    tcase_add_test(tc, other_tasks_of_the_sample);
    tcase_add_test(tc, document_counts_from_the_sample);
    tcase_add_test(tc, statuses_of_the_class_added);
    tcase_add_test(tc, refusals);
    suite_add_tcase(s, tc);
    TCase *rec = tcase_create("recurring");
    tcase_add_checked_fixture(rec, setup_due, teardown);
    tcase_add_test(rec, recurring_yearly_by_a_day);
    tcase_add_test(rec, recurring_counts_of_the_plan);
    suite_add_tcase(s, rec);
    return test_run_suite(s);
}
