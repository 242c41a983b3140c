/* The embedded RELAX NG schema and congdoan_schema_validate_file(). */
#include "test-common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static congdoan_issues *issues;
static char tmp_path[64];

static void setup(void)
{
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    tmp_path[0] = '\0';
}

static void teardown(void)
{
    congdoan_issues_free(issues);
    if (tmp_path[0])
        unlink(tmp_path);
}

static const char *write_tmp(const char *content)
{
    snprintf(tmp_path, sizeof tmp_path, "/tmp/congdoan-schema-XXXXXX");
    int fd = mkstemp(tmp_path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, content, strlen(content)), (ssize_t)strlen(content));
    close(fd);
    return tmp_path;
}

START_TEST(embedded_schema_is_the_vocabulary)
{
    const char *rng = congdoan_schema_text();
    ck_assert_ptr_nonnull(strstr(rng, "http://relaxng.org/ns/structure/1.0"));
    ck_assert_ptr_nonnull(strstr(rng, "urn:congdoan:1"));
    ck_assert_str_eq(congdoan_schema_namespace(), "urn:congdoan:1");
}
END_TEST

START_TEST(every_fixture_is_valid)
{
    static const char *const names[] = {"units-tld.xml", "units-laichau.xml", "units-congthuong.xml",
                                        "kh-240-2022-tld.xml", "nq-001-dct-tld.xml", "ctr-13-2025-laichau.xml"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int rc = congdoan_schema_validate_file(test_data_path(names[i]), issues);
        ck_assert_msg(rc == 0, "%s: %s", names[i], congdoan_error_last_message());
    }
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
}
END_TEST

/* The hand conversions of corpus-dev (vocabulary 1.2), all twenty of them. */
START_TEST(corpus_dev_conversions_are_valid)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", test_data_path("corpus-dev-xml"));
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".xml") != 0)
            continue;
        char path[4096 + 256];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        int rc = congdoan_schema_validate_file(path, issues);
        ck_assert_msg(rc == 0, "%s: %s", e->d_name, congdoan_error_last_message());
        n++;
    }
    closedir(d);
    ck_assert_uint_eq(n, 20);
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
}
END_TEST

/* What the 1.2 grammar refuses: each body is one <document> or <report> that breaks one rule. */
static const char *const refused_12[] = {
    /* direction only with target or about */
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"count\" comparator=\"at-least\" "
    "target=\"1\" direction=\"lower\"><text>x</text></indicator></section></document>",
    /* range-or-more needs target-max */
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"percentage\" "
    "comparator=\"range-or-more\" target=\"50\"><text>x</text></indicator></section></document>",
    /* score-max only for a score (a score may go without: points as printed); currency only for money */
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"count\" comparator=\"target\" "
    "target=\"97\" score-max=\"100\"><text>x</text></indicator></section></document>",
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"count\" comparator=\"target\" "
    "target=\"97\" currency=\"VND\"><text>x</text></indicator></section></document>",
    /* a population threshold is given whole */
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"percentage\" comparator=\"target\" "
    "target=\"100\"><text>x</text><population measure=\"lao động\" value=\"10\">x</population></indicator>"
    "</section></document>",
    /* a span of periods has two periods; a term two years */
    "<document id=\"d\" kind=\"plan\"><section><indicator id=\"i\" measure=\"count\" comparator=\"target\" "
    "target=\"1\" period=\"term:2018\"><text>x</text></indicator></section></document>",
    /* a relation needs document, number or title */
    "<document id=\"d\" kind=\"news\"><relation type=\"refers-to\">Đề cương</relation></document>",
    /* a milestone needs its due time */
    "<document id=\"d\" kind=\"plan\"><section><task id=\"t\"><text>x</text><milestone>x</milestone></task>"
    "</section></document>",
    /* lead-kind only with lead-level */
    "<document id=\"d\" kind=\"plan\"><section><task id=\"t\" lead-kind=\"federation\"><text>x</text></task>"
    "</section></document>",
    /* completed only with done */
    "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"in-progress\" "
    "completed=\"2025-06-01\"/></report>",
    /* a result's estimate is true or false */
    "<document id=\"d\" kind=\"news\"><section><result value=\"1\" estimate=\"yes\"><text>x</text></result>"
    "</section></document>",
};

START_TEST(grammar_12_refuses)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">%s</congdoan>\n", refused_12[_i]);
    const char *path = write_tmp(buf);
    ck_assert_msg(congdoan_schema_validate_file(path, issues) == CONGDOAN_ESCHEMA, "accepted: %s", refused_12[_i]);
}
END_TEST

START_TEST(schema_errors_have_locations)
{
    const char *path = write_tmp("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                                 "  <document id=\"d\" kind=\"plan\">\n"
                                 "    <section><task id=\"t\"/></section>\n" /* a task needs <text> */
                                 "  </document>\n"
                                 "</congdoan>\n");
    ck_assert_int_eq(congdoan_schema_validate_file(path, issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_ge(test_issues_with_tag(issues, "schema-invalid"), 1);
    const congdoan_issue *first = congdoan_issues_get(issues, 0);
    ck_assert_str_eq(congdoan_issue_file(first), path);
    ck_assert_int_eq(congdoan_issue_line(first), 4);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ESCHEMA);
    ck_assert_int_eq(congdoan_error_last_line(), 4);
}
END_TEST

START_TEST(child_order_is_checked_by_the_schema)
{
    /* The loader accepts children in any order; the schema holds the documented order. */
    const char *path = write_tmp("<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                                 "<document id=\"d\" kind=\"plan\"><section/><title>T</title></document>\n"
                                 "</congdoan>\n");
    ck_assert_int_eq(congdoan_schema_validate_file(path, issues), CONGDOAN_ESCHEMA);
}
END_TEST

START_TEST(malformed_file)
{
    const char *path = write_tmp("<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n<unit id=\"a\"\n");
    ck_assert_int_eq(congdoan_schema_validate_file(path, issues), CONGDOAN_EPARSE);
    ck_assert_uint_ge(test_issues_with_tag(issues, "xml-malformed"), 1);
}
END_TEST

START_TEST(internal_subset_refused_before_parsing)
{
    const char *path = write_tmp("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                                 "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                                 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><unit id=\"x\" level=\"central\" "
                                 "name=\"&b;\"/></congdoan>\n");
    ck_assert_int_eq(congdoan_schema_validate_file(path, issues), CONGDOAN_EFORBIDDEN);
    ck_assert_uint_eq(test_issues_with_tag(issues, "xml-forbidden"), 1);
}
END_TEST

START_TEST(other_encodings_refused)
{
    const char *path = write_tmp("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"/>\n");
    ck_assert_int_eq(congdoan_schema_validate_file(path, issues), CONGDOAN_EENCODING);
    ck_assert_uint_eq(test_issues_with_tag(issues, "xml-encoding"), 1);
}
END_TEST

START_TEST(missing_file)
{
    ck_assert_int_eq(congdoan_schema_validate_file("/nonexistent/x.xml", issues), CONGDOAN_EIO);
    ck_assert_uint_eq(test_issues_with_tag(issues, "io-error"), 1);
    ck_assert_str_eq(congdoan_error_last_file(), "/nonexistent/x.xml");
    ck_assert_int_eq(congdoan_schema_validate_file(NULL, issues), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_schema_validate_file("/nonexistent/x.xml", NULL), CONGDOAN_EINVAL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("schema");
    TCase *tc = tcase_create("validate");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, embedded_schema_is_the_vocabulary);
    tcase_add_test(tc, every_fixture_is_valid);
    tcase_add_test(tc, corpus_dev_conversions_are_valid);
    tcase_add_loop_test(tc, grammar_12_refuses, 0, (int)(sizeof refused_12 / sizeof refused_12[0]));
    tcase_add_test(tc, schema_errors_have_locations);
    tcase_add_test(tc, child_order_is_checked_by_the_schema);
    tcase_add_test(tc, malformed_file);
    tcase_add_test(tc, internal_subset_refused_before_parsing);
    tcase_add_test(tc, other_encodings_refused);
    tcase_add_test(tc, missing_file);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
