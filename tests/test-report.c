/* Tests of congdoan/report.h on tests/data/reports-laichau-2025.xml: three half-year reports
 * (2025-H1) of district federations of Lai Châu (Tam Đường, Phong Thổ, Than Uyên) against
 * programme 13/CTr-LĐLĐ (seed 004). The figures of that file are illustrative sample figures
 * (see its comment); every one of them is asserted here through the API: plain values,
 * numerator/denominator values, both, coverage, task statuses and their notes, submission dates
 * and notes, and the resolution of the report's unit, document, indicators and tasks. */
#include "test-common.h"

#include <stdio.h>

#include <math.h>
#include <string.h>

static const char *const all_files[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml",
                                        "reports-laichau-2025.xml", NULL};

static congdoan_corpus *corpus;
static const congdoan_document *ctr;
static const congdoan_report *tamduong, *phongtho, *thanuyen;

static void setup(void)
{
    corpus = test_load(all_files);
    ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    tamduong = congdoan_corpus_report_by_id(corpus, "bc-tamduong-2025-h1");
    phongtho = congdoan_corpus_report_by_id(corpus, "bc-phongtho-2025-h1");
    thanuyen = congdoan_corpus_report_by_id(corpus, "bc-thanuyen-2025-h1");
    ck_assert_ptr_nonnull(ctr);
    ck_assert_ptr_nonnull(tamduong);
    ck_assert_ptr_nonnull(phongtho);
    ck_assert_ptr_nonnull(thanuyen);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

/* What one <value> holds. */
typedef struct value_case {
    const char *indicator;
    int plain;
    double value;
    int fraction;
    double numerator, denominator;
    congdoan_coverage coverage;
} value_case;

#define SELF CONGDOAN_COVERAGE_SELF
#define SUBTREE CONGDOAN_COVERAGE_SUBTREE

static void check_values(const congdoan_report *r, const value_case *want, size_t n)
{
    ck_assert_uint_eq(congdoan_report_value_count(r), n);
    for (size_t i = 0; i < n; i++) {
        const value_case *w = &want[i];
        ck_assert_str_eq(congdoan_report_value_indicator_id(r, i), w->indicator);
        /* the indicator resolves, in the report's document */
        const congdoan_indicator *x = congdoan_report_value_indicator(r, i);
        ck_assert_msg(x != NULL, "%s value %zu", congdoan_report_id(r), i);
        ck_assert_str_eq(congdoan_indicator_id(x), w->indicator);
        ck_assert_ptr_eq(congdoan_indicator_document(x), ctr);
        ck_assert_ptr_eq(x, congdoan_document_indicator_by_id(ctr, w->indicator));

        double v = -1;
        int rc = congdoan_report_value(r, i, &v);
        if (w->plain) {
            ck_assert_msg(rc == 0, "%s %s: plain value rc %d", congdoan_report_id(r), w->indicator, rc);
            ck_assert_msg(v == w->value, "%s %s: %g", congdoan_report_id(r), w->indicator, v);
        } else {
            /* a fraction-only value has no plain figure */
            ck_assert_msg(rc == CONGDOAN_ENOTFOUND, "%s %s: plain value rc %d", congdoan_report_id(r), w->indicator, rc);
            ck_assert(v == 0.0);
        }
        double num = -1, den = -1;
        rc = congdoan_report_value_fraction(r, i, &num, &den);
        if (w->fraction) {
            ck_assert_int_eq(rc, 0);
            ck_assert(num == w->numerator);
            ck_assert(den == w->denominator);
            /* either pointer may be NULL */
            num = -1;
            ck_assert_int_eq(congdoan_report_value_fraction(r, i, &num, NULL), 0);
            ck_assert(num == w->numerator);
            den = -1;
            ck_assert_int_eq(congdoan_report_value_fraction(r, i, NULL, &den), 0);
            ck_assert(den == w->denominator);
            ck_assert_int_eq(congdoan_report_value_fraction(r, i, NULL, NULL), 0);
        } else {
            ck_assert_int_eq(rc, CONGDOAN_ENOTFOUND);
            ck_assert(num == 0.0);
            ck_assert(den == 0.0);
        }
        ck_assert_int_eq(congdoan_report_value_coverage(r, i), w->coverage);
    }
    /* out of range */
    double v = -1, num = -1, den = -1;
    ck_assert_int_eq(congdoan_report_value(r, n, &v), CONGDOAN_EINVAL);
    ck_assert(v == 0.0);
    ck_assert_int_eq(congdoan_report_value_fraction(r, n, &num, &den), CONGDOAN_EINVAL);
    ck_assert(num == 0.0 && den == 0.0);
    ck_assert_int_eq(congdoan_report_value_coverage(r, n), 0);
    ck_assert_ptr_null(congdoan_report_value_indicator_id(r, n));
    ck_assert_ptr_null(congdoan_report_value_indicator(r, n));
}

typedef struct status_case {
    const char *task;
    congdoan_task_status status;
    const char *note;
} status_case;

static void check_statuses(const congdoan_report *r, const status_case *want, size_t n)
{
    ck_assert_uint_eq(congdoan_report_task_status_count(r), n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_str_eq(congdoan_report_task_status_task_id(r, i), want[i].task);
        const congdoan_task *t = congdoan_report_task_status_task(r, i);
        ck_assert_msg(t != NULL, "%s status %zu", congdoan_report_id(r), i);
        ck_assert_str_eq(congdoan_task_id(t), want[i].task);
        ck_assert_ptr_eq(congdoan_task_document(t), ctr);
        ck_assert_int_eq(congdoan_report_task_status(r, i), want[i].status);
        if (want[i].note)
            ck_assert_str_eq(congdoan_report_task_status_note(r, i), want[i].note);
        else
            ck_assert_ptr_null(congdoan_report_task_status_note(r, i));
    }
    ck_assert_ptr_null(congdoan_report_task_status_task_id(r, n));
    ck_assert_ptr_null(congdoan_report_task_status_task(r, n));
    ck_assert_int_eq(congdoan_report_task_status(r, n), CONGDOAN_TASK_STATUS_NONE);
    ck_assert_ptr_null(congdoan_report_task_status_note(r, n));
}

/* ---- the reports ------------------------------------------------------------------------------- */

START_TEST(test_reports_loaded)
{
    ck_assert_uint_eq(congdoan_corpus_report_count(corpus), 3);
    ck_assert_ptr_eq(congdoan_corpus_report(corpus, 0), tamduong);
    ck_assert_ptr_eq(congdoan_corpus_report(corpus, 1), phongtho);
    ck_assert_ptr_eq(congdoan_corpus_report(corpus, 2), thanuyen);
    const congdoan_report *all[] = {tamduong, phongtho, thanuyen};
    static const char *const units[] = {"laichau.tamduong", "laichau.phongtho", "laichau.thanuyen"};
    for (size_t i = 0; i < 3; i++) {
        const congdoan_report *r = all[i];
        ck_assert_str_eq(congdoan_report_period(r), "2025-H1");
        ck_assert_str_eq(congdoan_report_document_id(r), "ctr-13-ldld-laichau-2025");
        ck_assert_ptr_eq(congdoan_report_document(r), ctr);
        ck_assert_str_eq(congdoan_document_number(congdoan_report_document(r)), "13/CTr-LĐLĐ");
        ck_assert_str_eq(congdoan_report_unit_id(r), units[i]);
        const congdoan_unit *u = congdoan_report_unit(r);
        ck_assert_ptr_eq(u, congdoan_corpus_unit_by_id(corpus, units[i]));
        /* district federations, under the issuer of the programme they report against */
        ck_assert_int_eq(congdoan_unit_level(u), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
        ck_assert_ptr_eq(congdoan_unit_parent(u), congdoan_document_issuer(ctr));
    }
    ck_assert_str_eq(congdoan_unit_name(congdoan_report_unit(tamduong)), "Liên đoàn Lao động huyện Tam Đường");
    /* the 2025-H1 period falls after the programme was issued */
    int first = 0, last = 0;
    congdoan_period_kind kind = CONGDOAN_PERIOD_NONE;
    ck_assert_int_eq(congdoan_period_parse(congdoan_report_period(tamduong), &kind, &first, &last), 0);
    ck_assert_int_eq(kind, CONGDOAN_PERIOD_HALF_YEAR);
    ck_assert_int_eq(first, 20250101);
    ck_assert_int_eq(last, 20250630);
}
END_TEST

START_TEST(test_tamduong)
{
    ck_assert_int_eq(congdoan_report_submitted(tamduong), 20250620);
    ck_assert_str_eq(congdoan_report_note(tamduong),
                     "Báo cáo sơ kết 6 tháng đầu năm 2025; số liệu tính đến ngày 15/6/2025.");
    static const value_case values[] = {
        {"iii-1a", 1, 98.1, 1, 1795, 1830, SUBTREE}, /* both the fraction and the percentage */
        {"iii-2a", 0, 0, 1, 11, 11, SUBTREE},        /* fraction only */
        {"iii-4a", 1, 96, 0, 0, 0, SUBTREE},         /* plain only */
        {"iii-5a", 0, 0, 1, 15, 12, SUBTREE},
        {"iii-13a", 1, 0, 0, 0, 0, SELF}, /* a plain 0 is a figure; coverage defaults to self */
    };
    check_values(tamduong, values, sizeof values / sizeof values[0]);
    static const status_case statuses[] = {
        {"ii-1", CONGDOAN_TASK_IN_PROGRESS,
         "Đã tổ chức 3 cuộc đối thoại tại doanh nghiệp; tiếp tục theo dõi việc trả lương, đóng BHXH."},
        {"iv-2-1", CONGDOAN_TASK_DONE,
         "Đã trao 245 suất quà Tết Ất Tỵ 2025 cho đoàn viên, người lao động có hoàn cảnh khó khăn."},
        {"iv-3-3", CONGDOAN_TASK_DONE, "Tổ chức các hoạt động Tháng Công nhân năm 2025 tại 12 CĐCS."},
        {"iv-9-5", CONGDOAN_TASK_NOT_STARTED, "Dự kiến tập huấn nghiệp vụ kiểm tra trong quý III/2025."},
        {"iv-4-2", CONGDOAN_TASK_CANCELLED,
         "Không tổ chức hội nghị điển hình tiên tiến cấp huyện do sắp xếp đơn vị hành chính."},
    };
    check_statuses(tamduong, statuses, sizeof statuses / sizeof statuses[0]);
    /* the reported percentage agrees with its fraction: 1795 / 1830 = 98.09 % */
    double v = 0, num = 0, den = 0;
    ck_assert_int_eq(congdoan_report_value(tamduong, 0, &v), 0);
    ck_assert_int_eq(congdoan_report_value_fraction(tamduong, 0, &num, &den), 0);
    ck_assert_double_eq_tol(100.0 * num / den, v, 0.05);
    /* the denominator of iii-1a is the district's membership */
    ck_assert(den == (double)congdoan_unit_members(congdoan_report_unit(tamduong)));
    /* the tasks reported on are the ones of the programme: iv-2-1 is the Tết task of 2025-Q1 */
    ck_assert_str_eq(congdoan_task_due_code(congdoan_report_task_status_task(tamduong, 1)), "2025-Q1");
}
END_TEST

START_TEST(test_phongtho)
{
    ck_assert_int_eq(congdoan_report_submitted(phongtho), 20250625);
    ck_assert_ptr_null(congdoan_report_note(phongtho));
    static const value_case values[] = {
        {"iii-1a", 0, 0, 1, 1998, 2040, SUBTREE},
        {"iii-4a", 1, 112, 0, 0, 0, SUBTREE},
        {"iii-6a", 1, 1, 0, 0, 0, SELF},
        {"iii-8c", 0, 0, 1, 2, 9, SUBTREE},
    };
    check_values(phongtho, values, sizeof values / sizeof values[0]);
    static const status_case statuses[] = {
        {"ii-5", CONGDOAN_TASK_IN_PROGRESS, "Đang rà soát, sắp xếp tổ chức bộ máy theo hướng dẫn của LĐLĐ tỉnh."},
        {"iv-5-3", CONGDOAN_TASK_IN_PROGRESS, "Thành lập mới 01 CĐCS doanh nghiệp ngoài khu vực nhà nước."},
        {"iv-3-3", CONGDOAN_TASK_DONE, "Tổ chức Tháng Công nhân năm 2025 tại 9 CĐCS doanh nghiệp."},
        {"iv-7-2", CONGDOAN_TASK_NOT_STARTED, NULL}, /* an empty <task-status/>: no note */
    };
    check_statuses(phongtho, statuses, sizeof statuses / sizeof statuses[0]);
    ck_assert(1998.0 / 2040.0 < 0.98); /* below the 98 % target */
    ck_assert(congdoan_indicator_target(congdoan_report_value_indicator(phongtho, 0)) == 98);
    ck_assert(2040.0 == (double)congdoan_unit_members(congdoan_report_unit(phongtho)));
}
END_TEST

START_TEST(test_thanuyen)
{
    /* no submitted= */
    ck_assert_int_eq(congdoan_report_submitted(thanuyen), 0);
    ck_assert_str_eq(congdoan_report_note(thanuyen),
                     "Chỉ tiêu về thỏa ước lao động tập thể sẽ được báo cáo trong báo cáo năm.");
    static const value_case values[] = {
        {"iii-1a", 1, 98.5, 0, 0, 0, SUBTREE},
        {"iii-4a", 1, 104, 0, 0, 0, SUBTREE},
        {"iii-11a", 0, 0, 1, 2, 2, SUBTREE},
    };
    check_values(thanuyen, values, sizeof values / sizeof values[0]);
    static const status_case statuses[] = {
        {"iv-1-5", CONGDOAN_TASK_IN_PROGRESS, "Thường xuyên nắm tình hình quan hệ lao động tại 6 doanh nghiệp."},
        {"iv-6-3", CONGDOAN_TASK_DONE, "Ký kết chương trình phối hợp với Hội LHPN huyện."},
    };
    check_statuses(thanuyen, statuses, sizeof statuses / sizeof statuses[0]);
    /* an ongoing task is never done: it is in progress */
    ck_assert_int_eq(congdoan_task_due_kind(congdoan_report_task_status_task(thanuyen, 0)), CONGDOAN_DUE_ONGOING);
}
END_TEST

START_TEST(test_totals)
{
    /* new members (iii-4a, a count: values add up) over the three reports: 96 + 112 + 104 */
    double total = 0;
    size_t statuses[5] = {0};
    for (size_t k = 0; k < congdoan_corpus_report_count(corpus); k++) {
        const congdoan_report *r = congdoan_corpus_report(corpus, k);
        for (size_t i = 0; i < congdoan_report_value_count(r); i++) {
            double v = 0;
            if (strcmp(congdoan_report_value_indicator_id(r, i), "iii-4a") == 0) {
                ck_assert_int_eq(congdoan_report_value(r, i, &v), 0);
                total += v;
            }
        }
        for (size_t i = 0; i < congdoan_report_task_status_count(r); i++)
            statuses[congdoan_report_task_status(r, i)]++;
    }
    ck_assert(total == 312);
    ck_assert(total < congdoan_indicator_target(congdoan_document_indicator_by_id(ctr, "iii-4a")));
    /* all four statuses appear */
    ck_assert_uint_eq(statuses[CONGDOAN_TASK_STATUS_NONE], 0);
    ck_assert_uint_eq(statuses[CONGDOAN_TASK_NOT_STARTED], 2);
    ck_assert_uint_eq(statuses[CONGDOAN_TASK_IN_PROGRESS], 4);
    ck_assert_uint_eq(statuses[CONGDOAN_TASK_DONE], 4);
    ck_assert_uint_eq(statuses[CONGDOAN_TASK_CANCELLED], 1);
}
END_TEST

START_TEST(test_check_resolves_everything)
{
    /* every unit, indicator and task the reports name exists */
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_check(corpus, issues), 0);
    ck_assert_uint_eq(congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-unit"), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-document"), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-indicator"), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-task"), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "report-value-duplicate"), 0);
    congdoan_issues_free(issues);
}
END_TEST

START_TEST(test_status_names)
{
    ck_assert_str_eq(congdoan_task_status_name(CONGDOAN_TASK_NOT_STARTED), "not-started");
    ck_assert_str_eq(congdoan_task_status_name(CONGDOAN_TASK_IN_PROGRESS), "in-progress");
    ck_assert_str_eq(congdoan_task_status_name(CONGDOAN_TASK_DONE), "done");
    ck_assert_str_eq(congdoan_task_status_name(CONGDOAN_TASK_CANCELLED), "cancelled");
    ck_assert_ptr_null(congdoan_task_status_name(CONGDOAN_TASK_STATUS_NONE));
    ck_assert_ptr_null(congdoan_task_status_name((congdoan_task_status)5));
}
END_TEST

/* ---- loaded before what they refer to ------------------------------------------------------------ */

START_TEST(test_reports_alone_then_resolved)
{
    static const char *const files[] = {"reports-laichau-2025.xml", NULL};
    congdoan_corpus *c = test_load(files);
    const congdoan_report *r = congdoan_corpus_report_by_id(c, "bc-tamduong-2025-h1");
    ck_assert_ptr_nonnull(r);
    ck_assert_ptr_null(congdoan_report_unit(r));
    ck_assert_str_eq(congdoan_report_unit_id(r), "laichau.tamduong");
    ck_assert_ptr_null(congdoan_report_document(r));
    ck_assert_str_eq(congdoan_report_document_id(r), "ctr-13-ldld-laichau-2025");
    /* the ids and figures are there, the indicators and tasks are not */
    ck_assert_str_eq(congdoan_report_value_indicator_id(r, 2), "iii-4a");
    ck_assert_ptr_null(congdoan_report_value_indicator(r, 2));
    double v = 0;
    ck_assert_int_eq(congdoan_report_value(r, 2, &v), 0);
    ck_assert(v == 96);
    ck_assert_str_eq(congdoan_report_task_status_task_id(r, 4), "iv-4-2");
    ck_assert_ptr_null(congdoan_report_task_status_task(r, 4));
    ck_assert_int_eq(congdoan_report_task_status(r, 4), CONGDOAN_TASK_CANCELLED);

    /* loading the programme and the units afterwards resolves them */
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("ctr-13-2025-laichau.xml"), NULL), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_eq(congdoan_report_document(r), d);
    ck_assert_ptr_eq(congdoan_report_value_indicator(r, 2), congdoan_document_indicator_by_id(d, "iii-4a"));
    ck_assert_ptr_eq(congdoan_report_task_status_task(r, 4), congdoan_document_task_by_id(d, "iv-4-2"));
    ck_assert_ptr_null(congdoan_report_unit(r));
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-laichau.xml"), NULL), 0);
    ck_assert_ptr_eq(congdoan_report_unit(r), congdoan_corpus_unit_by_id(c, "laichau.tamduong"));
    congdoan_corpus_free(c);
}
END_TEST

/* A report that names an indicator or a task its document does not have loads (the check
 * reports it); the accessors give the id and NULL for the object. */
START_TEST(test_unknown_indicator_and_task)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"bc-x\" unit=\"laichau.sinho\" document=\"ctr-13-ldld-laichau-2025\" period=\"2025-Q2\">\n"
        "    <value indicator=\"iii-99\" value=\"5\"/>\n"
        "    <task-status task=\"iv-99-1\" status=\"done\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "x.xml", NULL), 0);
    const congdoan_report *r = congdoan_corpus_report_by_id(corpus, "bc-x");
    ck_assert_str_eq(congdoan_report_period(r), "2025-Q2");
    ck_assert_str_eq(congdoan_report_value_indicator_id(r, 0), "iii-99");
    ck_assert_ptr_null(congdoan_report_value_indicator(r, 0));
    ck_assert_int_eq(congdoan_report_value_coverage(r, 0), CONGDOAN_COVERAGE_SELF);
    ck_assert_str_eq(congdoan_report_task_status_task_id(r, 0), "iv-99-1");
    ck_assert_ptr_null(congdoan_report_task_status_task(r, 0));
    ck_assert_ptr_null(congdoan_report_note(r));
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    congdoan_corpus_check(corpus, issues);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-indicator"), 1);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-task"), 1);
    congdoan_issues_free(issues);
}
END_TEST

/* The loader looks a value's indicator up first as the one that followed the previous value's
 * the last time: reports in the same order, turned round, in another order, with ids that
 * begin like one another, a bad id, and a repeated one all keep the ids they name. */
START_TEST(test_value_ids_in_any_order)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"r1\" unit=\"u1\" document=\"d\" period=\"2025\">\n"
        "    <value indicator=\"a\" value=\"1\"/><value indicator=\"a-1\" value=\"2\"/>"
        "<value indicator=\"a-10\" value=\"3\"/><value indicator=\"b\" value=\"4\"/>\n"
        "  </report>\n"
        "  <report id=\"r2\" unit=\"u2\" document=\"d\" period=\"2025\">\n"
        "    <value indicator=\"a-10\" value=\"5\"/><value indicator=\"b\" value=\"6\"/>"
        "<value indicator=\"a\" value=\"7\"/><value indicator=\"a-1\" value=\"8\"/>\n"
        "  </report>\n"
        "  <report id=\"r3\" unit=\"u3\" document=\"d\" period=\"2025\">\n"
        "    <value indicator=\"a-1\" value=\"9\"/><value indicator=\"a\" value=\"10\"/>"
        "<value indicator=\"a-1x\" value=\"11\"/><value indicator=\"a-\" value=\"12\"/>"
        "<value indicator=\"b!\" value=\"13\"/><value indicator=\"a-10\" value=\"14\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "x.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(test_issues_with_tag(issues, "schema-bad-id"), 1); /* b! */
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    /* without the bad id */
    char fixed[sizeof xml];
    memcpy(fixed, xml, sizeof xml);
    char *bang = strstr(fixed, "\"b!\"");
    ck_assert_ptr_nonnull(bang);
    bang[2] = 'b';
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, fixed, sizeof fixed - 1, "x.xml", NULL), 0);
    static const char *const want[3][6] = {{"a", "a-1", "a-10", "b"},
                                           {"a-10", "b", "a", "a-1"},
                                           {"a-1", "a", "a-1x", "a-", "bb", "a-10"}};
    static const size_t counts[3] = {4, 4, 6};
    static const char *const ids[3] = {"r1", "r2", "r3"};
    double figure = 0, expected = 1;
    for (size_t r = 0; r < 3; r++) {
        const congdoan_report *rep = congdoan_corpus_report_by_id(c, ids[r]);
        ck_assert_ptr_nonnull(rep);
        ck_assert_uint_eq(congdoan_report_value_count(rep), counts[r]);
        for (size_t i = 0; i < counts[r]; i++, expected++) {
            ck_assert_str_eq(congdoan_report_value_indicator_id(rep, i), want[r][i]);
            ck_assert_int_eq(congdoan_report_value(rep, i, &figure), 0);
            ck_assert_double_eq(figure, expected);
        }
    }
    congdoan_corpus_free(c);
}
END_TEST

/* Values are kept compact (lib/model/values.c): whole figures in 32 bits, lines not kept when
 * the values stand one a line after the report's start tag. Figures that do not fit 32 bits
 * (beyond 2^31 - 1, a fraction of a unit, -0) and values on other lines come back exactly:
 * the figures through the accessors, the lines through the check's issues (unknown
 * indicators, on the lines counted by hand below). */
START_TEST(test_values_kept_exactly)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"                          /* 1 */
        "  <report id=\"bc-r1\" unit=\"laichau.sinho\" document=\"ctr-13-ldld-laichau-2025\" period=\"2025\">\n"               /* 2 */
        "    <value indicator=\"x-1\" value=\"2147483647\"/>\n"                            /* 3 */
        "    <value indicator=\"x-2\" numerator=\"-2147483647\" denominator=\"4\" value=\"7.5\"/>\n" /* 4 */
        "    <value indicator=\"x-3\" value=\"0\"/>\n"                                     /* 5 */
        "  </report>\n"                                                                   /* 6 */
        "  <report id=\"bc-r2\" unit=\"laichau.sinho\" document=\"ctr-13-ldld-laichau-2025\" period=\"2025\">\n"               /* 7 */
        "    <value indicator=\"x-1\" value=\"2147483648\"/>\n"                            /* 8 */
        "\n"                                                                              /* 9 */
        "    <value indicator=\"x-2\" numerator=\"1.5\" denominator=\"3\"/>"                /* 10 */
        "<value indicator=\"x-3\" value=\"-0\"/>\n"                                        /* 10 */
        "  </report>\n"                                                                   /* 11 */
        "  <report id=\"bc-r3\" unit=\"laichau.sinho\" document=\"ctr-13-ldld-laichau-2025\" period=\"2025\">\n"
        "    <value indicator=\"x-3\" value=\"-0\"/>\n"                                    /* 13 */
        "  </report>\n"
        "</congdoan>\n";
    congdoan_corpus *c = corpus; /* the Lai Châu fixture: the document that knows no x-N */
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "x.xml", NULL), 0);
    const congdoan_report *r1 = congdoan_corpus_report_by_id(c, "bc-r1"), *r2 = congdoan_corpus_report_by_id(c, "bc-r2");
    ck_assert_ptr_nonnull(r1);
    ck_assert_ptr_nonnull(r2);
    double v = 0, num = 0, den = 0;
    ck_assert_int_eq(congdoan_report_value(r1, 0, &v), 0);
    ck_assert_double_eq(v, 2147483647.0);
    ck_assert_int_eq(congdoan_report_value_fraction(r1, 1, &num, &den), 0);
    ck_assert_double_eq(num, -2147483647.0);
    ck_assert_double_eq(den, 4.0);
    ck_assert_int_eq(congdoan_report_value(r1, 1, &v), 0);
    ck_assert_double_eq(v, 7.5);
    ck_assert_int_eq(congdoan_report_value(r1, 2, &v), 0);
    ck_assert_double_eq(v, 0.0);
    ck_assert(!signbit(v));
    ck_assert_int_eq(congdoan_report_value(r2, 0, &v), 0);
    ck_assert_double_eq(v, 2147483648.0);
    ck_assert_int_eq(congdoan_report_value_fraction(r2, 1, &num, &den), 0);
    ck_assert_double_eq(num, 1.5);
    ck_assert_double_eq(den, 3.0);
    ck_assert_int_eq(congdoan_report_value(r2, 2, &v), 0);
    ck_assert_double_eq(v, 0.0);
    ck_assert(signbit(v));
    const congdoan_report *r3 = congdoan_corpus_report_by_id(c, "bc-r3");
    ck_assert_ptr_nonnull(r3);
    ck_assert_int_eq(congdoan_report_value(r3, 0, &v), 0);
    ck_assert(v == 0.0 && signbit(v));
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    congdoan_corpus_check(c, issues);
    static const long lines[] = {3, 4, 5, 8, 10, 10, 13};
    size_t seen = 0;
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), "unknown-indicator") != 0)
            continue;
        ck_assert_uint_lt(seen, 7);
        ck_assert_int_eq(congdoan_issue_line(is), lines[seen]);
        seen++;
    }
    ck_assert_uint_eq(seen, 7);
    congdoan_issues_free(issues);
}
END_TEST

/* Report ids are not interned (nothing refers to them) but stay unique: in one input, across
 * inputs, and checked as identifiers. */
START_TEST(test_report_ids_unique)
{
    static const char one[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"bc-1\" unit=\"u1\" document=\"d\" period=\"2025\"/>\n"
        "  <report id=\"bc-2\" unit=\"u1\" document=\"d\" period=\"2025\"/>\n"
        "</congdoan>\n";
    static const char again[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"bc-3\" unit=\"u1\" document=\"d\" period=\"2025\"/>\n"
        "  <report id=\"bc-3\" unit=\"u2\" document=\"d\" period=\"2025\"/>\n"
        "</congdoan>\n";
    static const char later[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"bc-4\" unit=\"u1\" document=\"d\" period=\"2025\"/>\n"
        "  <report id=\"bc-2\" unit=\"u2\" document=\"d\" period=\"2025\"/>\n"
        "</congdoan>\n";
    static const char bad[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"bc 5\" unit=\"u1\" document=\"d\" period=\"2025\"/>\n"
        "</congdoan>\n";
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, one, sizeof one - 1, "one.xml", NULL), 0);
    ck_assert_str_eq(congdoan_report_id(congdoan_corpus_report_by_id(c, "bc-2")), "bc-2");
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, again, sizeof again - 1, "again.xml", issues), CONGDOAN_EEXISTS);
    ck_assert_uint_eq(test_issues_with_tag(issues, "duplicate-id"), 1);
    ck_assert_int_eq(congdoan_issue_line(congdoan_issues_get(issues, 0)), 3);
    congdoan_issues_free(issues);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, later, sizeof later - 1, "later.xml", issues), CONGDOAN_EEXISTS);
    ck_assert_uint_eq(test_issues_with_tag(issues, "duplicate-id"), 1);
    ck_assert_ptr_nonnull(strstr(congdoan_issue_message(congdoan_issues_get(issues, 0)), "one.xml:3"));
    congdoan_issues_free(issues);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, bad, sizeof bad - 1, "bad.xml", NULL), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(congdoan_corpus_report_count(c), 2); /* the failed loads added nothing */
    ck_assert_ptr_null(congdoan_corpus_report_by_id(c, "bc-3"));
    ck_assert_ptr_null(congdoan_corpus_report_by_id(c, "bc-4"));
    congdoan_corpus_free(c);
}
END_TEST

/* A note the same as the report before's is kept once; one that only begins the same, one with
 * spaces around it, and one written in decomposed Unicode are each read as they are (in NFC). */
START_TEST(test_repeated_notes)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <report id=\"r1\" unit=\"u\" document=\"d\" period=\"2025\"><note>Số liệu đến 30/11</note></report>\n"
        "  <report id=\"r2\" unit=\"u\" document=\"d\" period=\"2025\"><note>Số liệu đến 30/11</note></report>\n"
        "  <report id=\"r3\" unit=\"u\" document=\"d\" period=\"2025\"><note>Số liệu đến 30/1</note></report>\n"
        "  <report id=\"r4\" unit=\"u\" document=\"d\" period=\"2025\"><note> Số liệu đến 30/1\n </note></report>\n"
        "  <report id=\"r5\" unit=\"u\" document=\"d\" period=\"2025\"><note>So\xcc\x82\xcc\x81 liệu đến 30/1</note></report>\n"
        "  <report id=\"r6\" unit=\"u\" document=\"d\" period=\"2025\"><note>Số liệu đến 30/11</note></report>\n"
        "</congdoan>\n";
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "x.xml", NULL), 0);
    const char *n[6];
    static const char *const ids[6] = {"r1", "r2", "r3", "r4", "r5", "r6"};
    for (size_t i = 0; i < 6; i++)
        n[i] = congdoan_report_note(congdoan_corpus_report_by_id(c, ids[i]));
    ck_assert_str_eq(n[0], "Số liệu đến 30/11");
    ck_assert_ptr_eq(n[1], n[0]);
    ck_assert_str_eq(n[2], "Số liệu đến 30/1");
    ck_assert_ptr_eq(n[3], n[2]);
    ck_assert_str_eq(n[4], "Số liệu đến 30/1");
    ck_assert_str_eq(n[5], "Số liệu đến 30/11");
    congdoan_corpus_free(c);
}
END_TEST

/* error.h: "Every function that can fail returns 0 or one of the negative codes below and records
 * the details ... in a thread-local last error". */
/* An absent optional figure is an answer, not a failure (congdoan/error.h): CONGDOAN_ENOTFOUND
 * and the last error left exactly as it was, whatever it was. */
START_TEST(test_absent_figure_keeps_last_error)
{
    double v = -1;
    /* put a known error in place first */
    ck_assert_int_eq(congdoan_report_value(tamduong, 99, &v), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    char before[256];
    snprintf(before, sizeof before, "%s", congdoan_error_last_message());
    ck_assert_int_eq(congdoan_report_value(tamduong, 1, &v), CONGDOAN_ENOTFOUND); /* iii-2a: fraction only */
    ck_assert_double_eq(v, 0);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_error_last_message(), before);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_report_value_fraction(tamduong, 2, NULL, NULL), CONGDOAN_ENOTFOUND); /* iii-4a: plain */
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_OK);
    ck_assert_str_eq(congdoan_error_last_message(), "");
}
END_TEST

START_TEST(test_null_report)
{
    ck_assert_ptr_null(congdoan_report_id(NULL));
    ck_assert_ptr_null(congdoan_report_unit(NULL));
    ck_assert_ptr_null(congdoan_report_unit_id(NULL));
    ck_assert_ptr_null(congdoan_report_document(NULL));
    ck_assert_ptr_null(congdoan_report_document_id(NULL));
    ck_assert_ptr_null(congdoan_report_period(NULL));
    ck_assert_int_eq(congdoan_report_submitted(NULL), 0);
    ck_assert_ptr_null(congdoan_report_note(NULL));
    ck_assert_uint_eq(congdoan_report_value_count(NULL), 0);
    ck_assert_ptr_null(congdoan_report_value_indicator_id(NULL, 0));
    ck_assert_ptr_null(congdoan_report_value_indicator(NULL, 0));
    double v = -1, num = -1, den = -1;
    ck_assert_int_eq(congdoan_report_value(NULL, 0, &v), CONGDOAN_EINVAL);
    ck_assert(v == 0.0);
    ck_assert_int_eq(congdoan_report_value(NULL, 0, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_report_value_fraction(NULL, 0, &num, &den), CONGDOAN_EINVAL);
    ck_assert(num == 0.0 && den == 0.0);
    ck_assert_int_eq(congdoan_report_value_coverage(NULL, 0), 0);
    ck_assert_uint_eq(congdoan_report_task_status_count(NULL), 0);
    ck_assert_ptr_null(congdoan_report_task_status_task_id(NULL, 0));
    ck_assert_ptr_null(congdoan_report_task_status_task(NULL, 0));
    ck_assert_int_eq(congdoan_report_task_status(NULL, 0), CONGDOAN_TASK_STATUS_NONE);
    ck_assert_ptr_null(congdoan_report_task_status_note(NULL, 0));
}
END_TEST

static Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("report");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_reports_loaded);
    tcase_add_test(tc, test_tamduong);
    tcase_add_test(tc, test_phongtho);
    tcase_add_test(tc, test_thanuyen);
    tcase_add_test(tc, test_totals);
    tcase_add_test(tc, test_check_resolves_everything);
    tcase_add_test(tc, test_status_names);
    tcase_add_test(tc, test_unknown_indicator_and_task);
    tcase_add_test(tc, test_value_ids_in_any_order);
    tcase_add_test(tc, test_values_kept_exactly);
    tcase_add_test(tc, test_report_ids_unique);
    tcase_add_test(tc, test_repeated_notes);
    tcase_add_test(tc, test_absent_figure_keeps_last_error);
    tcase_add_test(tc, test_null_report);
    suite_add_tcase(s, tc);
    TCase *alone = tcase_create("alone");
    tcase_add_test(alone, test_reports_alone_then_resolved);
    suite_add_tcase(s, alone);
    return s;
}

int main(void)
{
    return test_run_suite(report_suite());
}
