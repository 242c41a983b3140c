/* The rules of objects (lib/model/rules.c) are one set, whichever road an object takes: read
 * from a file and checked (congdoan_corpus_check), read by the loader, or built with the
 * setters. Each case breaks one rule on two roads and expects the same tag or refusal, with the
 * same words; rules about something still missing are the check's only (objects are built one
 * setter at a time), and warnings never refuse an edit. */
#include "test-common.h"

#include <stdio.h>
#include <string.h>

#include "congdoan/edit.h"

#define HEAD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"                                              \
             "<unit id=\"tld\" level=\"central\" name=\"TLĐ\"/>\n"                                              \
             "<unit id=\"lc\" level=\"provincial\" name=\"LĐLĐ Lai Châu\" parent=\"tld\"/>\n"
#define TAIL "</congdoan>\n"

static congdoan_corpus *corpus;
static congdoan_issues *issues;

static void setup(void)
{
    corpus = test_new_corpus();
    issues = test_new_issues();
}

static void teardown(void)
{
    test_release_tracked();
}

/* Load `xml` (it must load) and check it; the message of the one issue tagged `tag`. */
static const char *checked(const char *xml, const char *tag)
{
    int rc = congdoan_corpus_load_memory(corpus, xml, strlen(xml), "rules.xml", issues);
    ck_assert_msg(rc == 0, "load: %s", congdoan_error_last_message());
    congdoan_corpus_check(corpus, issues);
    const char *message = NULL;
    size_t n = 0;
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), tag) == 0)
            message = congdoan_issue_message(is), n++;
    }
    ck_assert_msg(n == 1, "%zu issues tagged %s", n, tag);
    return message;
}

/* The text of a message after "WHO" and its first space: what the rule says, whoever asks. */
static const char *said(const char *message, const char *who)
{
    const char *p = strstr(message, who);
    ck_assert_msg(p != NULL, "\"%s\" does not name %s", message, who);
    return p + strlen(who);
}

static const congdoan_section *new_section(const char *doc_id)
{
    const congdoan_document *d = NULL;
    const congdoan_section *s = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(corpus, doc_id, CONGDOAN_DOCUMENT_PROGRAMME, &d), 0);
    ck_assert_int_eq(congdoan_document_add_section(corpus, d, NULL, NULL, NULL, NULL, &s), 0);
    return s;
}

START_TEST(percentage_target_over_100)
{
    char file[200], api[200];
    snprintf(file, sizeof file, "%s",
             said(checked(HEAD "<document id=\"d\" kind=\"programme\"><section><indicator id=\"i\" measure=\"percentage\" "
                               "comparator=\"at-least\" target=\"140\"><text>x</text></indicator></section></document>\n" TAIL,
                          "percentage-out-of-range"),
                  "indicator 'i'"));
    const congdoan_indicator *x = NULL;
    ck_assert_int_eq(congdoan_section_add_indicator(corpus, new_section("e"), "j", CONGDOAN_MEASURE_PERCENTAGE,
                                                    CONGDOAN_COMPARATOR_AT_LEAST, 140, "y", &x),
                     CONGDOAN_EINVAL);
    snprintf(api, sizeof api, "%s", said(congdoan_error_last_message(), "indicator 'j' of document 'e'"));
    ck_assert_str_eq(file, api);
    ck_assert_str_eq(file, " is a percentage with the target 140; expected 0 to 100 (per cent)");
}
END_TEST

START_TEST(target_max_without_a_range)
{
    const char *file = said(checked(HEAD "<document id=\"d\" kind=\"programme\"><section><indicator id=\"i\" "
                                         "measure=\"count\" comparator=\"at-least\" target=\"5\" target-max=\"9\">"
                                         "<text>x</text></indicator></section></document>\n" TAIL,
                                    "range-missing-max"),
                            "indicator 'i'");
    ck_assert_str_eq(file, " has a target-max but its comparator is at-least; only a range has one");
    const congdoan_indicator *x = NULL;
    ck_assert_int_eq(congdoan_section_add_indicator(corpus, new_section("e"), "j", CONGDOAN_MEASURE_COUNT,
                                                    CONGDOAN_COMPARATOR_AT_LEAST, 5, "y", &x),
                     0);
    ck_assert_int_eq(congdoan_indicator_set_target_max(corpus, x, 9), CONGDOAN_EINVAL);
    const char *api = said(congdoan_error_last_message(), "indicator 'j' of document 'e'");
    ck_assert_msg(strncmp(api, file, strlen(file)) == 0, "%s\n%s", api, file);
    ck_assert(strstr(api, "CONGDOAN_COMPARATOR_RANGE") != NULL); /* and what to do about it */
}
END_TEST

/* A range still without its target-max is only missing something: the setters let it be (the
 * next call gives it), the check says so. */
START_TEST(a_range_being_built)
{
    const congdoan_indicator *x = NULL;
    ck_assert_int_eq(congdoan_section_add_indicator(corpus, new_section("e"), "j", CONGDOAN_MEASURE_COUNT,
                                                    CONGDOAN_COMPARATOR_AT_LEAST, 5, "y", &x),
                     0);
    ck_assert_int_eq(congdoan_indicator_set_comparator(corpus, x, CONGDOAN_COMPARATOR_RANGE), 0);
    ck_assert_int_eq(congdoan_corpus_check(corpus, issues), CONGDOAN_EINVALID);
    ck_assert_uint_eq(test_issues_with_tag(issues, "range-missing-max"), 1);
    ck_assert_int_eq(congdoan_indicator_set_target_max(corpus, x, 4), CONGDOAN_EINVAL); /* below the target */
    ck_assert(strstr(congdoan_error_last_message(), "expected target-max >= target") != NULL);
    ck_assert_int_eq(congdoan_indicator_set_target_max(corpus, x, 9), 0);
}
END_TEST

START_TEST(a_sector_above_grassroots)
{
    const char *file = said(checked(HEAD "<unit id=\"u\" level=\"upper-grassroots\" name=\"U\" parent=\"lc\" "
                                         "sector=\"public\"/>\n" TAIL,
                                    "sector-outside-grassroots"),
                            "unit 'u'");
    const congdoan_unit *u = NULL;
    ck_assert_int_eq(congdoan_corpus_add_unit(corpus, "v", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "V", "lc", &u), 0);
    ck_assert_int_eq(congdoan_unit_set_sector(corpus, u, CONGDOAN_SECTOR_PUBLIC), CONGDOAN_EINVAL);
    ck_assert_str_eq(said(congdoan_error_last_message(), "unit 'v'"), file);
    ck_assert_str_eq(file, " is upper-grassroots but has the sector public; only grassroots unions have one");
}
END_TEST

START_TEST(a_negative_part_of_a_fraction)
{
    /* the schema says a numerator is not negative; the check says it of a loaded file too */
    const char *file = said(checked(HEAD "<document id=\"d\" kind=\"programme\"><section><indicator id=\"i\" "
                                         "measure=\"average\" comparator=\"at-least\" target=\"5\"><text>x</text>"
                                         "</indicator></section></document>\n"
                                         "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025\">"
                                         "<value indicator=\"i\" numerator=\"-5\" denominator=\"10\"/></report>\n" TAIL,
                                    "report-fraction-negative"),
                            "indicator 'i'");
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, "r2", "lc", "d", "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_fraction(corpus, r, "i", -5, 10, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    ck_assert_str_eq(said(congdoan_error_last_message(), "indicator 'i'"), file);
}
END_TEST

/* 12 out of 10 for a percentage is a warning of the check: the setter lets it be. */
START_TEST(warnings_do_not_refuse)
{
    checked(HEAD "<document id=\"d\" kind=\"programme\"><section><indicator id=\"i\" measure=\"percentage\" "
                 "comparator=\"at-least\" target=\"90\"><text>x</text></indicator></section></document>\n"
                 "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025\">"
                 "<value indicator=\"i\" numerator=\"12\" denominator=\"10\"/></report>\n" TAIL,
            "report-numerator-exceeds-denominator");
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_report(corpus, "r2", "lc", "d", "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_fraction(corpus, r, "i", 12, 10, CONGDOAN_COVERAGE_SELF), 0);
}
END_TEST

/* A numerator without its denominator: the loader names the value by its indicator (quoted
 * only when it says so: the check is on the path of every value). */
START_TEST(a_numerator_without_its_denominator)
{
    static const char xml[] = HEAD "<document id=\"d\" kind=\"programme\"><section><indicator id=\"i\" "
                                   "measure=\"percentage\" comparator=\"at-least\" target=\"90\"><text>x</text>"
                                   "</indicator></section></document>\n"
                                   "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025\">"
                                   "<value indicator=\"i\" numerator=\"12\"/></report>\n" TAIL;
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "frac.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(test_issues_with_tag(issues, "schema-missing-attribute"), 1);
    ck_assert_str_eq(congdoan_issue_message(congdoan_issues_get(issues, 0)),
                     "<value indicator=\"i\">: numerator=\"\" and denominator=\"\" go together");
}
END_TEST

/* A relation with neither target nor number: the loader refuses the element, the setter the call. */
START_TEST(a_relation_to_nothing)
{
    static const char xml[] = HEAD "<document id=\"d\" kind=\"plan\"><relation type=\"implements\"/></document>\n" TAIL;
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "rel.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(test_issues_with_tag(issues, "schema-missing-attribute"), 1);
    char file[300];
    snprintf(file, sizeof file, "%s", said(congdoan_issue_message(congdoan_issues_get(issues, 0)), "<relation>"));
    const congdoan_document *d = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(corpus, "e", CONGDOAN_DOCUMENT_PLAN, &d), 0);
    ck_assert_int_eq(congdoan_document_add_relation(corpus, d, CONGDOAN_RELATION_IMPLEMENTS, NULL, NULL, 0, NULL),
                     CONGDOAN_EINVAL);
    ck_assert_str_eq(said(congdoan_error_last_message(), "a new relation"), file);
}
END_TEST

START_TEST(a_coordinator_of_nobody)
{
    static const char xml[] = HEAD "<document id=\"d\" kind=\"plan\"><section><task id=\"t\"><text>x</text>"
                                   "<coordinator> </coordinator></task></section></document>\n" TAIL;
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "co.xml", issues), CONGDOAN_ESCHEMA);
    char file[300];
    snprintf(file, sizeof file, "%s", said(congdoan_issue_message(congdoan_issues_get(issues, 0)), "<coordinator>"));
    const congdoan_document *d = NULL;
    const congdoan_section *s = NULL;
    const congdoan_task *t = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(corpus, "e", CONGDOAN_DOCUMENT_PLAN, &d), 0);
    ck_assert_int_eq(congdoan_document_add_section(corpus, d, NULL, NULL, NULL, NULL, &s), 0);
    ck_assert_int_eq(congdoan_section_add_task(corpus, s, "t", "x", &t), 0);
    ck_assert_int_eq(congdoan_task_add_coordinator(corpus, t, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_str_eq(said(congdoan_error_last_message(), "a new coordinator"), file);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rules");
    TCase *t = tcase_create("rules");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, percentage_target_over_100);
    tcase_add_test(t, target_max_without_a_range);
    tcase_add_test(t, a_range_being_built);
    tcase_add_test(t, a_sector_above_grassroots);
    tcase_add_test(t, a_negative_part_of_a_fraction);
    tcase_add_test(t, warnings_do_not_refuse);
    tcase_add_test(t, a_numerator_without_its_denominator);
    tcase_add_test(t, a_relation_to_nothing);
    tcase_add_test(t, a_coordinator_of_nobody);
    suite_add_tcase(s, t);
    return test_run_suite(s);
}
