/* The embedded RELAX NG schema and congdoan_schema_validate_file(). */
#include "test-common.h"

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
    tcase_add_test(tc, schema_errors_have_locations);
    tcase_add_test(tc, child_order_is_checked_by_the_schema);
    tcase_add_test(tc, malformed_file);
    tcase_add_test(tc, internal_subset_refused_before_parsing);
    tcase_add_test(tc, other_encodings_refused);
    tcase_add_test(tc, missing_file);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
