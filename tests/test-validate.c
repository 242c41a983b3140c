/* congdoan_corpus_check() and the issue registry: one case per tag that the check emits, each
 * with the location and the severity the tag is registered with. */
#include "test-common.h"

#include <stdio.h>
#include <string.h>

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
#define TAIL "</congdoan>\n"
#define UNITS                                                                                                       \
    "<unit id=\"tld\" level=\"central\" name=\"Tổng Liên đoàn Lao động Việt Nam\">"                                \
    "<department id=\"tld.bdn\" name=\"Ban Đối ngoại\"/></unit>\n"                                                   \
    "<unit id=\"lc\" level=\"provincial\" name=\"Liên đoàn Lao động tỉnh Lai Châu\" parent=\"tld\"/>\n"

static congdoan_corpus *corpus;
static congdoan_issues *issues;

static void setup(void)
{
    ck_assert_int_eq(congdoan_corpus_new(&corpus), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
}

static void teardown(void)
{
    congdoan_issues_free(issues);
    congdoan_corpus_free(corpus);
}

/* Load a body (wrapped in the root element) and run the check; returns the check's status. */
static int load_and_check(const char *body)
{
    char buf[8192];
    int n = snprintf(buf, sizeof buf, HEAD "%s" TAIL, body);
    ck_assert(n > 0 && (size_t)n < sizeof buf);
    int rc = congdoan_corpus_load_memory(corpus, buf, (size_t)n, "case.xml", issues);
    if (rc != 0) {
        for (size_t i = 0; i < congdoan_issues_count(issues); i++)
            fprintf(stderr, "%s\n", congdoan_issue_message(congdoan_issues_get(issues, i)));
        ck_abort_msg("loading failed: %s", congdoan_error_last_message());
    }
    return congdoan_corpus_check(corpus, issues);
}

/* The only issue with `tag`: its severity and line. */
static const congdoan_issue *only(const char *tag)
{
    ck_assert_msg(test_issues_with_tag(issues, tag) == 1, "expected one '%s' issue, found %zu", tag,
                  test_issues_with_tag(issues, tag));
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), tag) == 0) {
            ck_assert_int_eq(congdoan_issue_severity(is), congdoan_issue_tag_severity(tag));
            ck_assert_str_eq(congdoan_issue_file(is), "case.xml");
            ck_assert_str_eq(congdoan_issue_explanation(is), congdoan_issue_tag_explanation(tag));
            return is;
        }
    }
    return NULL;
}

START_TEST(clean_corpus_has_no_issue)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"plan\" number=\"240/KH-TLĐ\" issuer=\"tld\" "
                                          "issued=\"2022-08-22\"><section><task id=\"t\" lead=\"tld.bdn\" due=\"2023\">"
                                          "<text>x</text></task></section></document>\n"),
                     0);
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
}
END_TEST

START_TEST(unknown_unit_is_a_warning_with_location)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"plan\">\n<section>\n"
                                          "  <task id=\"t\" lead=\"tld.nobody\"><text>x</text></task>\n"
                                          "</section></document>\n"),
                     0); /* a warning does not fail the check */
    const congdoan_issue *is = only("unknown-unit");
    ck_assert_int_eq(congdoan_issue_line(is), 7);
    ck_assert_int_eq(congdoan_issue_column(is), 3);
    ck_assert_str_eq(congdoan_issue_message(is), "unit 'tld.nobody', the lead of task 't', is not loaded");
}
END_TEST

START_TEST(percentage_of_140_is_an_error)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"programme\"><section>"
                                          "<indicator id=\"i\" measure=\"percentage\" comparator=\"at-least\" target=\"140\">"
                                          "<text>140% đoàn viên</text></indicator></section></document>\n"),
                     CONGDOAN_EINVALID);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVALID);
    const congdoan_issue *is = only("percentage-out-of-range");
    ck_assert_int_eq(congdoan_issue_severity(is), CONGDOAN_SEVERITY_ERROR);
    ck_assert_int_eq(congdoan_issue_line(is), 5);
}
END_TEST

START_TEST(due_before_issue_is_an_error)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"plan\" issued=\"2022-08-22\"><section>"
                                          "<task id=\"t\" lead=\"tld\" due=\"2021\"><text>x</text></task>"
                                          "<task id=\"u\" lead=\"tld\" due=\"2022-08\"><text>same month: fine</text></task>"
                                          "</section></document>\n"),
                     CONGDOAN_EINVALID);
    ck_assert_str_eq(congdoan_issue_message(only("due-before-issue")),
                     "task 't' is due by 2021 (20211231) but document 'd' was issued on 20220822");
}
END_TEST

START_TEST(comparator_rules)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"programme\"><section>"
                                          "<indicator id=\"r1\" measure=\"count\" comparator=\"range\" target=\"5\">"
                                          "<text>a</text></indicator>"
                                          "<indicator id=\"r2\" measure=\"count\" comparator=\"range\" target=\"9\" "
                                          "target-max=\"3\"><text>b</text></indicator>"
                                          "<indicator id=\"t0\" measure=\"count\" comparator=\"at-least\" target=\"0\">"
                                          "<text>c</text></indicator>"
                                          "<indicator id=\"neg\" measure=\"average\" comparator=\"at-least\" target=\"-1\">"
                                          "<text>d</text></indicator>"
                                          "<indicator id=\"s\" measure=\"share-of-units\" comparator=\"at-least\" "
                                          "target=\"80\"><text>e</text></indicator>"
                                          "<indicator id=\"c\" measure=\"count\" comparator=\"at-least\" target=\"3\" "
                                          "condition=\"classification-at-least:good\"><text>f</text></indicator>"
                                          "<indicator id=\"m\" measure=\"percentage\" comparator=\"at-most\" target=\"100\">"
                                          "<text>g</text></indicator>"
                                          "</section></document>\n"),
                     CONGDOAN_EINVALID);
    only("range-missing-max");
    only("range-inverted");
    only("target-negative");
    only("condition-missing");
    only("condition-not-applicable");
    ck_assert_uint_eq(test_issues_with_tag(issues, "comparator-trivial"), 2); /* at-least 0, at-most 100% */
}
END_TEST

START_TEST(hierarchy_rules)
{
    ck_assert_int_eq(load_and_check(UNITS
                                    "<unit id=\"x\" level=\"grassroots\" name=\"A\" parent=\"y\" sector=\"public\"/>\n"
                                    "<unit id=\"y\" level=\"upper-grassroots\" name=\"B\" parent=\"x\"/>\n"
                                    "<unit id=\"z\" level=\"provincial\" name=\"C\" parent=\"tld.bdn\"/>\n"
                                    "<unit id=\"w\" level=\"upper-grassroots\" name=\"D\" sector=\"public\"/>\n"
                                    "<unit id=\"v\" level=\"central\" name=\"E\" parent=\"tld\"/>\n"),
                     CONGDOAN_EINVALID);
    only("central-with-parent");
    ck_assert_uint_eq(test_issues_with_tag(issues, "hierarchy-cycle"), 2); /* x and y */
    ck_assert_uint_eq(test_issues_with_tag(issues, "hierarchy-level-order"), 1); /* y under x */
    only("department-as-parent");
    only("unit-no-parent");
    only("sector-outside-grassroots");
}
END_TEST

START_TEST(document_rules)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"resolution\" number=\"240/KH-TLĐ\" "
                                          "issued=\"2022-08-22\" effective=\"2022-08-01\">"
                                          "<relation type=\"implements\" document=\"nq-99\"/></document>\n"
                                          "<document id=\"e\" kind=\"plan\" number=\"KH 240\"/>\n"),
                     CONGDOAN_EINVALID); /* the schema refuses "KH 240": so does the check */
    only("docnumber-kind-mismatch");
    ck_assert_int_eq(congdoan_issue_severity(only("docnumber-unreadable")), CONGDOAN_SEVERITY_ERROR);
    only("effective-before-issue");
    only("unknown-document");
}
END_TEST

START_TEST(report_rules)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"programme\"><section>"
                                          "<indicator id=\"p\" measure=\"percentage\" comparator=\"at-least\" target=\"90\">"
                                          "<text>x</text></indicator>"
                                          "<task id=\"t\" lead=\"lc\"><text>y</text></task></section></document>\n"
                                          "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025-H1\">\n"
                                          "<value indicator=\"p\" numerator=\"12\" denominator=\"10\"/>\n"
                                          "<value indicator=\"p\" value=\"50\"/>\n"
                                          "<value indicator=\"p\" numerator=\"1\" denominator=\"0\" coverage=\"subtree\"/>\n"
                                          "<value indicator=\"nope\" value=\"101\"/>\n"
                                          "<task-status task=\"t9\" status=\"done\"/>\n"
                                          "</report>\n"
                                          "<report id=\"r2\" unit=\"lc\" document=\"d\" period=\"2025\">"
                                          "<value indicator=\"p\" value=\"101\"/></report>\n"),
                     CONGDOAN_EINVALID);
    ck_assert_int_eq(congdoan_issue_line(only("report-numerator-exceeds-denominator")), 7);
    ck_assert_int_eq(congdoan_issue_line(only("report-value-duplicate")), 8);
    ck_assert_int_eq(congdoan_issue_line(only("report-denominator-zero")), 9);
    ck_assert_int_eq(congdoan_issue_line(only("unknown-indicator")), 10);
    ck_assert_int_eq(congdoan_issue_line(only("unknown-task")), 11);
    ck_assert_int_eq(congdoan_issue_line(only("percentage-out-of-range")), 13);
    /* each names the value it is about (the check names a value only when a rule is broken) */
    ck_assert_str_eq(congdoan_issue_message(only("report-denominator-zero")),
                     "report 'r', indicator 'p': the denominator is 0; expected more than 0");
    ck_assert_str_eq(congdoan_issue_message(only("percentage-out-of-range")),
                     "report 'r2', indicator 'p': 101 is not a percentage (the indicator is a percentage); expected 0 to 100");
}
END_TEST

START_TEST(task_without_lead_is_information)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"plan\"><section><task id=\"t\">"
                                          "<text>x</text><coordinator>các ban, đơn vị liên quan</coordinator></task>"
                                          "</section></document>\n"),
                     0);
    ck_assert_int_eq(congdoan_issue_severity(only("task-no-lead")), CONGDOAN_SEVERITY_INFO);
    ck_assert_uint_eq(congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_WARNING), 0);
}
END_TEST

START_TEST(seed_fixtures_check_clean)
{
    static const char *const names[] = {"units-tld.xml", "units-laichau.xml", "units-congthuong.xml",
                                        "kh-240-2022-tld.xml", "nq-001-dct-tld.xml", "ctr-13-2025-laichau.xml", NULL};
    congdoan_corpus *c = test_load(names);
    ck_assert_int_eq(congdoan_corpus_check(c, issues), 0);
    /* The resolution's part III.2 gives its tasks to the Ban Thường vụ of every provincial and
     * sectoral union: no single lead, which the check reports as information, twice. */
    ck_assert_uint_eq(congdoan_issues_count(issues), 2);
    ck_assert_uint_eq(test_issues_with_tag(issues, "task-no-lead"), 2);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(identical_issues_are_recorded_once)
{
    ck_assert_int_eq(load_and_check(UNITS "<document id=\"d\" kind=\"plan\"><section><task id=\"t\" lead=\"q\">"
                                          "<text>x</text></task></section></document>\n"),
                     0);
    ck_assert_int_eq(congdoan_corpus_check(corpus, issues), 0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "unknown-unit"), 1);
}
END_TEST

START_TEST(registry_is_sorted_and_complete)
{
    size_t n = congdoan_issue_tag_count();
    ck_assert_uint_ge(n, 40);
    for (size_t i = 0; i < n; i++) {
        const char *tag = congdoan_issue_tag_name(i);
        ck_assert_ptr_nonnull(tag);
        if (i)
            ck_assert_int_lt(strcmp(congdoan_issue_tag_name(i - 1), tag), 0);
        ck_assert_int_ge(congdoan_issue_tag_severity(tag), CONGDOAN_SEVERITY_INFO);
        ck_assert_int_le(congdoan_issue_tag_severity(tag), CONGDOAN_SEVERITY_ERROR);
        ck_assert_uint_gt(strlen(congdoan_issue_tag_explanation(tag)), 20);
    }
    ck_assert_ptr_null(congdoan_issue_tag_name(n));
    ck_assert_int_eq(congdoan_issue_tag_severity("no-such-tag"), 0);
    ck_assert_ptr_null(congdoan_issue_tag_explanation("no-such-tag"));
    ck_assert_str_eq(congdoan_severity_letter(CONGDOAN_SEVERITY_ERROR), "E");
    ck_assert_str_eq(congdoan_severity_letter(CONGDOAN_SEVERITY_WARNING), "W");
    ck_assert_str_eq(congdoan_severity_letter(CONGDOAN_SEVERITY_INFO), "I");
    ck_assert_ptr_null(congdoan_severity_letter(0));
}
END_TEST

START_TEST(check_refuses_null)
{
    ck_assert_int_eq(congdoan_corpus_check(NULL, issues), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_check(corpus, NULL), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_issues_count(NULL), 0);
    ck_assert_ptr_null(congdoan_issues_get(issues, 0));
    congdoan_issues_free(NULL);
}
END_TEST

/* ---- vocabulary 1.2: files that look distorted ------------------------------------------------ */

#define HEAD12 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">\n"

static int load12_and_check(const char *body)
{
    char buf[8192];
    int n = snprintf(buf, sizeof buf, HEAD12 "%s" TAIL, body);
    ck_assert(n > 0 && (size_t)n < sizeof buf);
    int rc = congdoan_corpus_load_memory(corpus, buf, (size_t)n, "case.xml", issues);
    if (rc != 0) {
        for (size_t i = 0; i < congdoan_issues_count(issues); i++)
            fprintf(stderr, "%s\n", congdoan_issue_message(congdoan_issues_get(issues, i)));
        ck_abort_msg("loading failed: %s", congdoan_error_last_message());
    }
    return congdoan_corpus_check(corpus, issues);
}

/* The message of the issue with `tag` on `line`, or NULL. */
static const char *message_on(const char *tag, long line)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), tag) == 0 && congdoan_issue_line(is) == line)
            return congdoan_issue_message(is);
    }
    return NULL;
}

START_TEST(comparator_without_its_words_is_a_warning)
{
    /* Line 6 on: one indicator a line (lines 3 and 4 are the units). */
    ck_assert_int_eq(
        load12_and_check(UNITS "<document id=\"d\" kind=\"programme\" issuer=\"lc\"><section>\n"
                               /* 6: "phấn đấu 95%" is a bare figure, not a floor: distorted */
                               "<indicator id=\"a\" measure=\"percentage\" comparator=\"at-least\" target=\"95\">"
                               "<text>Phấn đấu 95% CĐCS tổ chức Tháng Công nhân</text></indicator>\n"
                               /* 7: the same words as target: what they say */
                               "<indicator id=\"b\" measure=\"percentage\" comparator=\"target\" target=\"95\">"
                               "<text>Phấn đấu 95% CĐCS tổ chức Tháng Công nhân</text></indicator>\n"
                               /* 8: "trở lên" carries at-least */
                               "<indicator id=\"c\" measure=\"percentage\" comparator=\"at-least\" target=\"70\">"
                               "<text>70% trở lên công nhân lao động tham gia học tập</text></indicator>\n"
                               /* 9: the only "trở lên" is the population's threshold: distorted */
                               "<indicator id=\"e\" measure=\"percentage\" comparator=\"at-least\" target=\"60\">"
                               "<text>60% doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn</text>"
                               "<population of=\"doanh nghiệp\" measure=\"lao động\" comparator=\"at-least\" value=\"25\">"
                               "doanh nghiệp có từ 25 lao động trở lên</population></indicator>\n"
                               /* 10: "trên" carries more-than, "Trên" too (case and marks folded) */
                               "<indicator id=\"f\" measure=\"count\" comparator=\"more-than\" target=\"500\">"
                               "<text>Trên 500 lượt đoàn viên được tư vấn pháp luật</text></indicator>\n"
                               /* 11: "khoảng" carries about */
                               "<indicator id=\"g\" measure=\"count\" comparator=\"about\" target=\"1000\">"
                               "<text>Kết nạp khoảng 1.000 đoàn viên</text></indicator>\n"
                               /* 12: less-than without "dưới": distorted ("hướng dẫn" has no word "dưới") */
                               "<indicator id=\"h\" measure=\"percentage\" comparator=\"less-than\" target=\"5\">"
                               "<text>Tỷ lệ hướng dẫn chậm 5%</text></indicator>\n"
                               "</section></document>\n"),
        0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "comparator-unworded"), 3);
    ck_assert_str_eq(message_on("comparator-unworded", 6),
                     "indicator 'a' is at-least 95, but its words have none of \"trở lên\", \"ít nhất\", \"tối thiểu\", "
                     "\"không dưới\"; a bare figure is comparator=\"target\"");
    ck_assert_ptr_nonnull(message_on("comparator-unworded", 9));
    ck_assert_str_eq(message_on("comparator-unworded", 12),
                     "indicator 'h' is less-than 5, but its words have none of \"dưới\", \"ít hơn\"; a bare figure is "
                     "comparator=\"target\"");
    ck_assert_int_eq(congdoan_issue_tag_severity("comparator-unworded"), CONGDOAN_SEVERITY_WARNING);
}
END_TEST

START_TEST(printed_rate_that_disagrees_is_a_warning)
{
    /* 5400 members planned; results of a review (lines 9 on), linked to that indicator. */
    ck_assert_int_eq(
        load12_and_check(UNITS "<document id=\"kh\" kind=\"plan\" issuer=\"lc\"><section>\n"
                               "<indicator id=\"kn\" measure=\"count\" comparator=\"target\" target=\"5400\">"
                               "<text>Kết nạp 5.400 đoàn viên</text></indicator>\n"
                               "</section></document>\n"
                               "<document id=\"bc\" kind=\"report\" issuer=\"lc\"><section>\n"
                               /* 9: 7074 / 5400 = 131.0 %: "đạt 131%" and "vượt 31%" agree */
                               "<result id=\"r1\" value=\"7074\" indicator=\"kh#kn\" stated-rate=\"131\" over-target=\"31\">"
                               "<text>kết nạp 7.074 đoàn viên, đạt 131%, vượt 31%</text></result>\n"
                               /* 10: 5614 / 5400 = 103.963 %: "103,96%" agrees to its rounding */
                               "<result id=\"r2\" value=\"5614\" indicator=\"kh#kn\" stated-rate=\"103.96\">"
                               "<text>đạt 103,96%</text></result>\n"
                               /* 11: 5000 / 5400 = 92.59 %, printed 95 %: disagrees */
                               "<result id=\"r3\" value=\"5000\" indicator=\"kh#kn\" stated-rate=\"95\">"
                               "<text>đạt 95%</text></result>\n"
                               /* 12: 7074 is 31.0 % above 5400, printed "vượt 40%": disagrees */
                               "<result id=\"r4\" value=\"7074\" indicator=\"kh#kn\" over-target=\"40\">"
                               "<text>vượt 40%</text></result>\n"
                               /* 13, 14: 13 of 13 is 100 %, printed 100: agrees; 36 of 54 is 66.67 %, printed 60: not */
                               "<result id=\"r5\" value=\"13\" of=\"13\" share=\"100\"><text>13/13</text></result>\n"
                               "<result id=\"r6\" value=\"36\" of=\"54\" share=\"60\"><text>36/54, chiếm 60%</text></result>\n"
                               "</section></document>\n"),
        0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "rate-mismatch"), 3);
    ck_assert_str_eq(message_on("rate-mismatch", 11),
                     "result r3 of document 'bc' prints the rate 95%, but 5000 against the target 5400 is 92.59%");
    ck_assert_str_eq(message_on("rate-mismatch", 12), "result r4 of document 'bc' says the target was exceeded by 40%, "
                                                      "but 7074 against the target 5400 is 31.00% above it");
    ck_assert_str_eq(message_on("rate-mismatch", 14), "result r6 prints the share 60%, but 36 of 54 is 66.67%");
    /* the rate the library computes is kept beside the printed one */
    const congdoan_document *bc = congdoan_corpus_document_by_id(corpus, "bc");
    double rate = 0, printed = 0;
    ck_assert_int_eq(congdoan_result_computed_rate(congdoan_document_result_by_id(bc, "r2"), &rate), 0);
    ck_assert_double_eq_tol(rate, 5614.0 / 5400 * 100, 1e-9);
    ck_assert_int_eq(congdoan_result_stated_rate(congdoan_document_result_by_id(bc, "r2"), &printed), 0);
    ck_assert_double_eq(printed, 103.96);
    /* the same finding, result by result */
    static const struct {
        const char *id;
        int bits;
    } findings[] = {{"r1", 0}, {"r2", 0}, {"r3", CONGDOAN_RATE_STATED}, {"r4", CONGDOAN_RATE_OVER_TARGET},
                    {"r5", 0}, {"r6", CONGDOAN_RATE_SHARE}};
    for (size_t i = 0; i < sizeof findings / sizeof *findings; i++)
        ck_assert_msg(congdoan_result_rate_mismatches(congdoan_document_result_by_id(bc, findings[i].id)) ==
                          findings[i].bits,
                      "%s", findings[i].id);
    ck_assert_int_eq(congdoan_result_rate_mismatches(NULL), 0);
    ck_assert_int_eq(congdoan_result_computed_rate(congdoan_document_result_by_id(bc, "r5"), &rate), CONGDOAN_ENOTFOUND);
}
END_TEST

START_TEST(number_with_vietnamese_separator_is_a_warning)
{
    ck_assert_int_eq(
        load12_and_check(UNITS "<document id=\"d\" kind=\"programme\" issuer=\"lc\"><section>\n"
                               "<indicator id=\"p\" measure=\"percentage\" comparator=\"target\" target=\"90\">"
                               "<text>90% đoàn viên</text></indicator>\n"
                               "</section></document>\n"
                               "<report id=\"r\" document=\"d\" unit=\"lc\" period=\"2025\">\n"
                               /* 9: 1.480 of 1.600: read as 1.48 of 1.6 (92.5 %), Vietnamese 1480 of 1600 */
                               "<value indicator=\"p\" numerator=\"1.480\" denominator=\"1.600\"/>\n"
                               "</report>\n"),
        0);
    ck_assert_uint_eq(test_issues_with_tag(issues, "number-vietnamese"), 2);
    const char *m = message_on("number-vietnamese", 9);
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(strstr(m, "numerator=\"1.480\" on <value> is read as 1.48 (machine form); if 1480 was meant") != NULL,
                  "%s", m);
}
END_TEST

static Suite *validate_suite(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("check");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, clean_corpus_has_no_issue);
    tcase_add_test(tc, unknown_unit_is_a_warning_with_location);
    tcase_add_test(tc, percentage_of_140_is_an_error);
    tcase_add_test(tc, due_before_issue_is_an_error);
    tcase_add_test(tc, comparator_rules);
    tcase_add_test(tc, hierarchy_rules);
    tcase_add_test(tc, document_rules);
    tcase_add_test(tc, report_rules);
    tcase_add_test(tc, task_without_lead_is_information);
    tcase_add_test(tc, seed_fixtures_check_clean);
    tcase_add_test(tc, identical_issues_are_recorded_once);
    tcase_add_test(tc, check_refuses_null);
    tcase_add_test(tc, comparator_without_its_words_is_a_warning);
    tcase_add_test(tc, printed_rate_that_disagrees_is_a_warning);
    tcase_add_test(tc, number_with_vietnamese_separator_is_a_warning);
    suite_add_tcase(s, tc);
    TCase *reg = tcase_create("registry");
    tcase_add_test(reg, registry_is_sorted_and_complete);
    suite_add_tcase(s, reg);
    return s;
}

int main(void)
{
    return test_run_suite(validate_suite());
}
