/* Tests of what the program used to work out for itself and the library now answers:
 * Vietnamese labels (congdoan/labels.h), numbers written the Vietnamese way, periods and due
 * times in words, a figure judged against a target by the progress engine's own rule
 * (congdoan_indicator_judge), the occurrence of a task before a date
 * (congdoan_task_due_before) and the reports of a document, a unit, a period
 * (congdoan/reports.h). Expected values are worked out by hand from the fixtures:
 *
 *   progress-cases.xml: document "prog" and its reports r-d1-early (d1, 2025, submitted 2025-11-01), r-d1 (d1,
 *     2025, 12-10), r-d1-h1 (d1, 2025-H1, 06-20), r-g11 (g11, 2025, 12-05), r-g12 (g12, 2025,
 *     12-05), r-d2 (d2, 2025, 12-20), r-g31 (g31, 2025, 12-01).
 *   tasks-due.xml: d-year due 2024, d-quarter 2024-Q3, d-half 2024-H1, d-month 2024-02, d-day
 *     2024-03-15, r-yearly (31/12), r-yearly-day (yearly:12-15), r-half-day (half-yearly:15),
 *     r-quarter, r-month-20 (monthly:20), ongoing.
 *   kh-240-2022-tld.xml: ii-2 due 2023, ii-9 yearly, ii-3 ongoing.
 */
#include "test-common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static congdoan_corpus *corpus;

static const char *const progress_files[] = {"progress-cases.xml", NULL};
static const char *const due_files[] = {"units-tld.xml", "tasks-due.xml", "kh-240-2022-tld.xml", NULL};

static void setup_progress(void) { corpus = test_load(progress_files); }
static void setup_due(void) { corpus = test_load(due_files); }

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

static void assert_number(double v, int decimals, const char *expected)
{
    char *s = NULL;
    ck_assert_int_eq(congdoan_number_format(v, decimals, &s), 0);
    ck_assert_msg(strcmp(s, expected) == 0, "%.17g with %d decimals: '%s', expected '%s'", v, decimals, s, expected);
    /* and congdoan_number_parse() reads it back as the figure written */
    if (v >= 0) {
        char machine[64];
        size_t o = 0;
        for (const char *p = expected; *p && o + 1 < sizeof machine; p++)
            if (*p != '.')
                machine[o++] = *p == ',' ? '.' : *p;
        machine[o] = '\0';
        double back = -1;
        ck_assert_int_eq(congdoan_number_parse(s, &back), 0);
        ck_assert_double_eq_tol(back, strtod(machine, NULL), 1e-9);
    }
    congdoan_free(s);
}

START_TEST(test_number_format)
{
    assert_number(1810, 0, "1.810");
    assert_number(1810, 2, "1.810");
    assert_number(98.5, 2, "98,5");
    assert_number(13466, 0, "13.466");
    assert_number(1.0655, 2, "1,07");
    assert_number(98.8472436321, 2, "98,85");
    assert_number(-0.001, 2, "0");
    assert_number(-1810, 0, "-1.810");
    assert_number(1234567.891, 2, "1.234.567,89");
    assert_number(999.999, 2, "1.000");
    assert_number(0, 3, "0");
    assert_number(100, 0, "100");
    assert_number(11833196, 0, "11.833.196");
    /* reads back as the same figure */
    char *s = NULL;
    double v = 0;
    ck_assert_int_eq(congdoan_number_format(13466.5, 1, &s), 0);
    ck_assert_str_eq(s, "13.466,5");
    ck_assert_int_eq(congdoan_number_parse(s, &v), 0);
    ck_assert_double_eq(v, 13466.5);
    congdoan_free(s);
    /* what it refuses */
    s = (char *)corpus;
    ck_assert_int_eq(congdoan_number_format(NAN, 2, &s), CONGDOAN_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(congdoan_number_format(INFINITY, 2, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_number_format(1e15, 0, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_number_format(1, 10, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_number_format(1, -1, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_number_format(1, 0, NULL), CONGDOAN_EINVAL);
}
END_TEST

static void assert_period(const char *code, const char *expected)
{
    char *s = NULL;
    ck_assert_int_eq(congdoan_period_label(code, &s), 0);
    ck_assert_str_eq(s, expected);
    congdoan_free(s);
}

START_TEST(test_period_label)
{
    assert_period("2025", "năm 2025");
    assert_period("2025-H1", "6 tháng đầu năm 2025");
    assert_period("2025-H2", "6 tháng cuối năm 2025");
    assert_period("2025-Q3", "quý III/2025");
    assert_period("2025-Q4", "quý IV/2025");
    assert_period("2025-06", "tháng 6/2025");
    assert_period("2025-06-30", "ngày 30/6/2025");
    char *s = (char *)"x";
    ck_assert_int_eq(congdoan_period_label("2025-H3", &s), CONGDOAN_EPARSE);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(congdoan_period_label(NULL, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_period_label("2025", NULL), CONGDOAN_EINVAL);
}
END_TEST

static void assert_due(const char *doc_id, const char *task_id, const char *expected)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, doc_id);
    const congdoan_task *t = congdoan_document_task_by_id(d, task_id);
    ck_assert_msg(t != NULL, "no task %s", task_id);
    char *s = (char *)"x";
    ck_assert_int_eq(congdoan_task_due_label(t, &s), 0);
    if (!expected) {
        ck_assert_ptr_null(s);
        return;
    }
    ck_assert_msg(s && strcmp(s, expected) == 0, "%s: '%s', expected '%s'", task_id, s ? s : "(null)", expected);
    congdoan_free(s);
}

START_TEST(test_due_label)
{
    assert_due("kh-tasks-due", "d-year", "năm 2024");
    assert_due("kh-tasks-due", "d-half", "6 tháng đầu năm 2024");
    assert_due("kh-tasks-due", "d-quarter", "quý III/2024");
    assert_due("kh-tasks-due", "d-month", "tháng 2/2024");
    assert_due("kh-tasks-due", "d-day", "ngày 15/3/2024");
    assert_due("kh-tasks-due", "r-yearly", "hằng năm");
    assert_due("kh-tasks-due", "r-yearly-day", "hằng năm, ngày 15/12");
    assert_due("kh-tasks-due", "r-half-day", "6 tháng một lần, ngày 15");
    assert_due("kh-tasks-due", "r-quarter", "hằng quý");
    assert_due("kh-tasks-due", "r-month-20", "hằng tháng, ngày 20");
    assert_due("kh-tasks-due", "ongoing", "thường xuyên");
    /* ii-2's "đến năm 2023" dates one sentence (a milestone, vocabulary 1.2): no due time */
    assert_due("kh-240-tld-2022", "ii-2", NULL);
    /* a task without a due time: 0 and no words */
    assert_due("kh-240-tld-2022", "ii-4", NULL);
    char *s = (char *)"x";
    ck_assert_int_eq(congdoan_task_due_label(NULL, &s), CONGDOAN_EINVAL);
    ck_assert_ptr_null(s);
}
END_TEST

static const congdoan_task *task_of(const char *doc_id, const char *task_id)
{
    return congdoan_document_task_by_id(congdoan_corpus_document_by_id(corpus, doc_id), task_id);
}

START_TEST(test_due_before)
{
    const congdoan_task *ii9 = task_of("kh-240-tld-2022", "ii-9"), *ii2 = task_of("kh-240-tld-2022", "ii-2");
    /* yearly on 31/12: the occurrence before 1 January 2024 is 31/12/2023; strictly before */
    ck_assert_int_eq(congdoan_task_due_before(ii9, 20240101), 20231231);
    ck_assert_int_eq(congdoan_task_due_before(ii9, 20231231), 20221231);
    ck_assert_int_eq(congdoan_task_due_at(ii9, 20240101), 20241231);
    /* due 2024: 31/12/2024 once that date is past */
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-tasks-due", "d-year"), 20250101), 20241231);
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-tasks-due", "d-year"), 20241231), 0);
    /* ii-2 has only a milestone (vocabulary 1.2): no due time of its own */
    ck_assert_int_eq(congdoan_task_due_before(ii2, 20240101), 0);
    /* monthly on the 20th; quarterly on the last day */
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-tasks-due", "r-month-20"), 20240315), 20240220);
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-tasks-due", "r-month-20"), 20240321), 20240320);
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-tasks-due", "r-quarter"), 20240701), 20240630);
    /* ongoing and no due time: none */
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-240-tld-2022", "ii-3"), 20240101), 0);
    ck_assert_int_eq(congdoan_task_due_before(task_of("kh-240-tld-2022", "ii-4"), 20240101), 0);
    ck_assert_int_eq(congdoan_task_due_before(NULL, 20240101), 0);
    ck_assert_int_eq(congdoan_task_due_before(ii9, 20240231), 0);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_evaluate)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, "prog");
    const congdoan_indicator *pct = congdoan_document_indicator_by_id(d, "pct");
    const congdoan_indicator *low = congdoan_document_indicator_by_id(d, "low");
    const congdoan_indicator *rng = congdoan_document_indicator_by_id(d, "rng");
    ck_assert_int_eq(congdoan_indicator_judge(pct, 80), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(pct, 79.99), CONGDOAN_EVAL_NOT_ACHIEVED);
    /* the engine's tolerance: a figure a hair under the target (rounding of a sum) meets it */
    ck_assert_int_eq(congdoan_indicator_judge(pct, 80 - 1e-12), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(pct, 80 - 1e-6), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(low, 5), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(low, 6), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(rng, 1.99), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(rng, 2), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(rng, 4), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_indicator_judge(rng, 4.01), CONGDOAN_EVAL_EXCEEDED); /* above a range: vượt */
    ck_assert_int_eq(congdoan_indicator_judge(pct, NAN), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_indicator_judge(NULL, 80), CONGDOAN_EVAL_NO_DATA);
    /* the same verdict as the engine's for the figure it computed */
    congdoan_progress *p = NULL;
    ck_assert_int_eq(congdoan_progress_compute(corpus, d, congdoan_corpus_unit_by_id(corpus, "p"), "2025", 0, &p), 0);
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
        double actual;
        if (congdoan_progress_actual(p, i, &actual) == 0)
            ck_assert_int_eq(congdoan_indicator_judge(congdoan_progress_indicator(p, i), actual),
                             congdoan_progress_status(p, i));
    }
    congdoan_progress_free(p);
}
END_TEST

static size_t find_count(const congdoan_document *d, const char *unit_id, const char *period, int at)
{
    congdoan_report_list *list = NULL;
    const congdoan_unit *u = unit_id ? congdoan_corpus_unit_by_id(corpus, unit_id) : NULL;
    ck_assert_int_eq(congdoan_corpus_reports_find(corpus, d, u, period, at, &list), 0);
    size_t n = congdoan_report_list_count(list);
    for (size_t i = 0; i < n; i++) {
        const congdoan_report *r = congdoan_report_list_get(list, i);
        if (d)
            ck_assert_ptr_eq(congdoan_report_document(r), d);
        if (period)
            ck_assert_str_eq(congdoan_report_period(r), period);
    }
    congdoan_report_list_free(list);
    return n;
}

/* More periods than the list's set of periods starts with room for (16 slots, at most half
 * full): 40 reports of one unit, for the 20 months from January 2020 to August 2021 and then
 * the same months again, list 40 reports and 20 periods in the order they first come. */
START_TEST(test_reports_find_many_periods)
{
    char *xml = malloc(16384);
    ck_assert_ptr_nonnull(xml);
    size_t at = (size_t)snprintf(xml, 16384, "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">"
                                             "<unit id=\"u\" level=\"grassroots\" name=\"Công đoàn Một\"/>"
                                             "<document id=\"d\" kind=\"plan\"><title>Kế hoạch</title></document>");
    for (int i = 0; i < 40; i++)
        at += (size_t)snprintf(xml + at, 16384 - at,
                               "<report id=\"r%d\" unit=\"u\" document=\"d\" period=\"%d-%02d\"/>", i,
                               2020 + i % 20 / 12, i % 20 % 12 + 1);
    at += (size_t)snprintf(xml + at, 16384 - at, "</congdoan>");
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, at, "many-periods.xml", NULL), 0);
    congdoan_report_list *list = NULL;
    ck_assert_int_eq(congdoan_corpus_reports_find(c, congdoan_corpus_document_by_id(c, "d"), NULL, NULL, 0, &list), 0);
    ck_assert_uint_eq(congdoan_report_list_count(list), 40);
    ck_assert_uint_eq(congdoan_report_list_period_count(list), 20);
    ck_assert_str_eq(congdoan_report_list_period(list, 0), "2020-01");
    ck_assert_str_eq(congdoan_report_list_period(list, 8), "2020-09");
    ck_assert_str_eq(congdoan_report_list_period(list, 19), "2021-08");
    ck_assert_ptr_null(congdoan_report_list_period(list, 20));
    congdoan_report_list_free(list);
    congdoan_corpus_free(c);
    free(xml);
}
END_TEST

START_TEST(test_reports_find)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, "prog");
    congdoan_report_list *list = NULL;
    ck_assert_int_eq(congdoan_corpus_reports_find(corpus, d, NULL, NULL, 0, &list), 0);
    ck_assert_uint_eq(congdoan_report_list_count(list), 7);
    ck_assert_str_eq(congdoan_report_id(congdoan_report_list_get(list, 0)), "r-d1-early");
    ck_assert_str_eq(congdoan_report_id(congdoan_report_list_get(list, 6)), "r-g31");
    ck_assert_ptr_null(congdoan_report_list_get(list, 7));
    /* the periods in the order they first appear */
    ck_assert_uint_eq(congdoan_report_list_period_count(list), 2);
    ck_assert_str_eq(congdoan_report_list_period(list, 0), "2025");
    ck_assert_str_eq(congdoan_report_list_period(list, 1), "2025-H1");
    ck_assert_ptr_null(congdoan_report_list_period(list, 2));
    congdoan_report_list_free(list);

    ck_assert_uint_eq(find_count(d, "d1", NULL, 0), 3);
    ck_assert_uint_eq(find_count(d, "d1", "2025", 0), 2);
    ck_assert_uint_eq(find_count(d, NULL, "2025-H1", 0), 1);
    /* received by 1 December 2025: r-d1-early (1 November) and r-g31 (1 December) */
    ck_assert_uint_eq(find_count(d, NULL, "2025", 20251201), 2);
    ck_assert_uint_eq(find_count(NULL, NULL, NULL, 0), 7);
    ck_assert_uint_eq(find_count(d, NULL, "2024", 0), 0);

    list = (congdoan_report_list *)corpus;
    ck_assert_int_eq(congdoan_corpus_reports_find(NULL, d, NULL, NULL, 0, &list), CONGDOAN_EINVAL);
    ck_assert_ptr_null(list);
    ck_assert_int_eq(congdoan_corpus_reports_find(corpus, d, NULL, NULL, 20250231, &list), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_report_list_count(NULL), 0);
    ck_assert_uint_eq(congdoan_report_list_period_count(NULL), 0);
    congdoan_report_list_free(NULL);
}
END_TEST

/* Every value that has an English name has Vietnamese words. */
START_TEST(test_every_named_value_has_a_label)
{
    for (int v = 0; v < 32; v++) {
        if (congdoan_level_name((congdoan_level)v))
            ck_assert_ptr_nonnull(congdoan_level_label((congdoan_level)v));
        if (congdoan_sector_name((congdoan_sector)v)) {
            ck_assert_ptr_nonnull(congdoan_sector_label((congdoan_sector)v));
            ck_assert_ptr_nonnull(congdoan_sector_abbreviation((congdoan_sector)v));
        }
        if (congdoan_grade_name((congdoan_grade)v)) {
            ck_assert_ptr_nonnull(congdoan_grade_label((congdoan_grade)v));
            ck_assert_ptr_nonnull(congdoan_grade_abbreviation((congdoan_grade)v));
        }
        if (congdoan_relation_type_name((congdoan_relation_type)v))
            ck_assert_ptr_nonnull(congdoan_relation_type_label((congdoan_relation_type)v));
        if (congdoan_measure_name((congdoan_measure)v))
            ck_assert_ptr_nonnull(congdoan_measure_label((congdoan_measure)v));
        if (congdoan_comparator_name((congdoan_comparator)v))
            ck_assert_ptr_nonnull(congdoan_comparator_label((congdoan_comparator)v));
        if (congdoan_task_status_name((congdoan_task_status)v))
            ck_assert_ptr_nonnull(congdoan_task_status_label((congdoan_task_status)v));
        if (congdoan_eval_status_name((congdoan_eval_status)v))
            ck_assert_ptr_nonnull(congdoan_eval_status_label((congdoan_eval_status)v));
        if (congdoan_submission_name((congdoan_submission)v))
            ck_assert_ptr_nonnull(congdoan_submission_label((congdoan_submission)v));
        if (congdoan_demand_name((congdoan_demand)v))
            ck_assert_ptr_nonnull(congdoan_demand_label((congdoan_demand)v));
    }
    ck_assert_str_eq(congdoan_level_label(CONGDOAN_LEVEL_UPPER_GRASSROOTS), "cấp trên trực tiếp cơ sở");
    ck_assert_str_eq(congdoan_level_abbreviation(CONGDOAN_LEVEL_UPPER_GRASSROOTS), "trên cơ sở");
    ck_assert_str_eq(congdoan_grade_abbreviation(CONGDOAN_GRADE_GOOD), "HTTNV");
    ck_assert_str_eq(congdoan_grade_label(CONGDOAN_GRADE_GOOD), "hoàn thành tốt nhiệm vụ");
    ck_assert_str_eq(congdoan_sector_abbreviation(CONGDOAN_SECTOR_NON_STATE_ENTERPRISE), "DN ngoài NN");
    ck_assert_str_eq(congdoan_task_status_label(CONGDOAN_TASK_STATUS_NONE), "chưa báo cáo");
    ck_assert_str_eq(congdoan_eval_status_label(CONGDOAN_EVAL_NOT_ACHIEVED), "chưa đạt");
    ck_assert_str_eq(congdoan_submission_label(CONGDOAN_SUBMISSION_LATE), "muộn");
    ck_assert_str_eq(congdoan_frequency_label(CONGDOAN_PERIOD_YEAR), "hằng năm");
    ck_assert_str_eq(congdoan_due_kind_label(CONGDOAN_DUE_ONGOING), "thường xuyên");
    ck_assert_str_eq(congdoan_role_label(CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR), "chủ trì, phối hợp");
    ck_assert_str_eq(congdoan_body_kind_label(CONGDOAN_BODY_STANDING_COMMITTEE), "Ban Thường vụ");
    ck_assert_str_eq(congdoan_unit_kind_label(CONGDOAN_UNIT_DEPARTMENT), "ban, văn phòng");
    ck_assert_str_eq(congdoan_value_source_label(CONGDOAN_SOURCE_REPORTED_TOTAL), "tổng do đơn vị báo cáo");
    ck_assert_str_eq(congdoan_coverage_label(CONGDOAN_COVERAGE_SUBTREE), "toàn đơn vị và cấp dưới");
    /* vocabulary 1.2 */
    ck_assert_str_eq(congdoan_body_kind_label(CONGDOAN_BODY_CONGRESS), "Đại hội");
    ck_assert_str_eq(congdoan_unit_kind_label(CONGDOAN_UNIT_GROUP), "cụm, khối thi đua");
    ck_assert_str_eq(congdoan_relation_type_label(CONGDOAN_RELATION_REFERS_TO), "dẫn chiếu");
    /* out of range */
    ck_assert_ptr_null(congdoan_level_label(CONGDOAN_LEVEL_UNKNOWN));
    ck_assert_ptr_null(congdoan_sector_label(CONGDOAN_SECTOR_NONE));
    ck_assert_ptr_null(congdoan_grade_label((congdoan_grade)99));
    ck_assert_ptr_null(congdoan_role_label(0));
    ck_assert_ptr_null(congdoan_frequency_label(CONGDOAN_PERIOD_NONE));
}
END_TEST

/* The names of the values, as the files and the program's JSON and CSV write them: read from
 * the fixtures where the XML spells them, by hand where it does not. */
START_TEST(test_names_as_written)
{
    /* units-tld.xml: <unit id="tld">, <body id="tld.bch" kind="executive-committee">, <body
     * id="tld.dct" kind="presidium">, <department id="tld.vp"> */
    const congdoan_unit *tld = congdoan_corpus_unit_by_id(corpus, "tld");
    const congdoan_unit *bch = congdoan_corpus_unit_by_id(corpus, "tld.bch");
    const congdoan_unit *dct = congdoan_corpus_unit_by_id(corpus, "tld.dct");
    const congdoan_unit *vp = congdoan_corpus_unit_by_id(corpus, "tld.vp");
    ck_assert_str_eq(congdoan_unit_kind_name(congdoan_unit_get_kind(tld)), "organisation");
    ck_assert_str_eq(congdoan_unit_kind_name(congdoan_unit_get_kind(bch)), "body");
    ck_assert_str_eq(congdoan_unit_kind_name(congdoan_unit_get_kind(vp)), "department");
    ck_assert_str_eq(congdoan_body_kind_name(congdoan_unit_body_kind(bch)), "executive-committee");
    ck_assert_str_eq(congdoan_body_kind_name(congdoan_unit_body_kind(dct)), "presidium");
    ck_assert_ptr_null(congdoan_body_kind_name(congdoan_unit_body_kind(vp)));
    /* tasks-due.xml: due="2024", due="yearly", due="ongoing" */
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, "kh-tasks-due");
    ck_assert_str_eq(congdoan_due_kind_name(congdoan_task_due_kind(congdoan_document_task_by_id(d, "d-year"))),
                     "period");
    ck_assert_str_eq(congdoan_due_kind_name(congdoan_task_due_kind(congdoan_document_task_by_id(d, "r-yearly"))),
                     "recurring");
    ck_assert_str_eq(congdoan_due_kind_name(congdoan_task_due_kind(congdoan_document_task_by_id(d, "ongoing"))),
                     "ongoing");
    /* every value by hand, and NULL for none and out of range */
    static const char *const units[] = {NULL, "organisation", "department", "body", "group"};
    static const char *const bodies[] = {NULL, "executive-committee", "presidium", "standing-committee",
                                         "inspection-committee", "congress"};
    static const char *const dues[] = {NULL, "period", "recurring", "ongoing"};
    static const char *const sources[] = {NULL, "computed", "reported-total", "unit-data"};
    static const char *const frequencies[] = {NULL, "yearly", "half-yearly", "quarterly", "monthly", NULL};
    for (int v = -1; v < 8; v++) {
#define NAME_IS(fn, type, table)                                                                                 \
    do {                                                                                                         \
        const char *want = v >= 0 && (size_t)v < sizeof table / sizeof table[0] ? table[v] : NULL;              \
        const char *got = fn((type)v);                                                                           \
        ck_assert_msg(want ? got && strcmp(got, want) == 0 : got == NULL, "%s(%d): '%s', expected '%s'", #fn, v, \
                      got ? got : "(null)", want ? want : "(null)");                                             \
    } while (0)
        NAME_IS(congdoan_unit_kind_name, congdoan_unit_kind, units);
        NAME_IS(congdoan_body_kind_name, congdoan_body_kind, bodies);
        NAME_IS(congdoan_due_kind_name, congdoan_due_kind, dues);
        NAME_IS(congdoan_value_source_name, congdoan_value_source, sources);
        NAME_IS(congdoan_frequency_name, congdoan_period_kind, frequencies);
#undef NAME_IS
    }
}
END_TEST

/* A reporting frequency as <reporting frequency="yearly"> writes it (progress-cases.xml). */
START_TEST(test_frequency_as_written)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, "prog");
    ck_assert_str_eq(congdoan_frequency_name(congdoan_document_reporting_frequency(d)), "yearly");
}
END_TEST

/* The symbols and nouns the program prints next to figures and in forms. */
START_TEST(test_symbols_and_nouns)
{
    static const struct {
        congdoan_comparator c;
        const char *symbol, *ascii;
    } cmp[] = {
        {CONGDOAN_COMPARATOR_AT_LEAST, "≥", ">="},  {CONGDOAN_COMPARATOR_AT_MOST, "≤", "<="},
        {CONGDOAN_COMPARATOR_EXACTLY, "=", "="},    {CONGDOAN_COMPARATOR_RANGE, "–", "range"},
        {CONGDOAN_COMPARATOR_MORE_THAN, ">", ">"},  {CONGDOAN_COMPARATOR_LESS_THAN, "<", "<"},
        {CONGDOAN_COMPARATOR_ABOUT, "≈", "~"},      {CONGDOAN_COMPARATOR_RANGE_OR_MORE, "–", "range"},
        {CONGDOAN_COMPARATOR_TARGET, "phấn đấu", "="},
    };
    for (size_t i = 0; i < sizeof cmp / sizeof cmp[0]; i++) {
        ck_assert_str_eq(congdoan_comparator_abbreviation(cmp[i].c), cmp[i].symbol);
        ck_assert_str_eq(congdoan_comparator_ascii(cmp[i].c), cmp[i].ascii);
    }
    /* a result with no comparator is a bare figure: "=" as ANSWERS.md writes it */
    ck_assert_str_eq(congdoan_comparator_ascii((congdoan_comparator)0), "=");
    ck_assert_ptr_null(congdoan_comparator_abbreviation((congdoan_comparator)0));
    ck_assert_ptr_null(congdoan_comparator_ascii((congdoan_comparator)10));
    ck_assert_ptr_null(congdoan_comparator_ascii((congdoan_comparator)-1));
    ck_assert_ptr_null(congdoan_comparator_abbreviation((congdoan_comparator)10));

    ck_assert_str_eq(congdoan_level_noun(CONGDOAN_LEVEL_CENTRAL), "Tổng Liên đoàn");
    ck_assert_str_eq(congdoan_level_noun(CONGDOAN_LEVEL_PROVINCIAL), "LĐLĐ tỉnh, công đoàn ngành trung ương");
    ck_assert_str_eq(congdoan_level_noun(CONGDOAN_LEVEL_UPPER_GRASSROOTS), "công đoàn cấp trên trực tiếp cơ sở");
    ck_assert_str_eq(congdoan_level_noun(CONGDOAN_LEVEL_GRASSROOTS), "CĐCS");
    ck_assert_ptr_null(congdoan_level_noun(CONGDOAN_LEVEL_UNKNOWN));
    ck_assert_ptr_null(congdoan_level_noun((congdoan_level)5));
}
END_TEST

static Suite *labels_suite(void)
{
    Suite *s = suite_create("labels");
    TCase *plain = tcase_create("plain");
    tcase_add_test(plain, test_number_format);
    tcase_add_test(plain, test_period_label);
    tcase_add_test(plain, test_every_named_value_has_a_label);
    tcase_add_test(plain, test_symbols_and_nouns);
    suite_add_tcase(s, plain);
    TCase *due = tcase_create("due");
    tcase_add_checked_fixture(due, setup_due, teardown);
    tcase_add_test(due, test_due_label);
    tcase_add_test(due, test_due_before);
    tcase_add_test(due, test_names_as_written);
    suite_add_tcase(s, due);
    TCase *prog = tcase_create("progress");
    tcase_add_checked_fixture(prog, setup_progress, teardown);
    tcase_add_test(prog, test_evaluate);
    tcase_add_test(prog, test_reports_find);
    tcase_add_test(prog, test_reports_find_many_periods);
    tcase_add_test(prog, test_frequency_as_written);
    suite_add_tcase(s, prog);
    return s;
}

int main(void)
{
    return test_run_suite(labels_suite());
}
