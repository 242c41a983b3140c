/*
 * The compile-time version macros (congdoan/version.h) agree with the run-time query and with
 * the project version in the top-level meson.build.
 */
#include "test-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The version of project() in the top-level meson.build, read from the file (its folder is found
 * from CONGDOAN_TEST_DATA = <source>/tests/data), or given at build time with
 * -DCONGDOAN_TEST_PROJECT_VERSION="x.y.z". */
static const char *project_version(void)
{
#ifdef CONGDOAN_TEST_PROJECT_VERSION
    return CONGDOAN_TEST_PROJECT_VERSION;
#else
    static char version[64];
    char path[4096];
    const char *data = getenv("CONGDOAN_TEST_DATA");
    ck_assert_msg(data && *data, "CONGDOAN_TEST_DATA is not set (run through meson test)");
    snprintf(path, sizeof path, "%s/../../meson.build", data);

    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';

    /* The first "version:" inside project( … ). */
    const char *p = strstr(text, "project(");
    ck_assert_msg(p != NULL, "no project( in %s", path);
    p = strstr(p, "version:");
    ck_assert_msg(p != NULL, "no version: in the project() of %s", path);
    p = strchr(p, '\'');
    ck_assert_msg(p != NULL, "the version in %s is not a quoted string", path);
    p++;
    const char *end = strchr(p, '\'');
    ck_assert_msg(end != NULL && (size_t)(end - p) < sizeof version, "bad version in %s", path);
    memcpy(version, p, (size_t)(end - p));
    version[end - p] = '\0';
    return version;
#endif
}

START_TEST(test_number_macro_matches_runtime)
{
    ck_assert_int_eq(CONGDOAN_VERSION_NUMBER, congdoan_version_number());
    ck_assert_int_eq(CONGDOAN_VERSION_NUMBER,
                     CONGDOAN_VERSION_MAJOR * 1000000L + CONGDOAN_VERSION_MINOR * 1000L + CONGDOAN_VERSION_PATCH);
}
END_TEST

START_TEST(test_string_macro_matches_runtime)
{
    const char *s = congdoan_version_string();
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(CONGDOAN_VERSION_STRING, s);

    char parts[64];
    snprintf(parts, sizeof parts, "%d.%d.%d", CONGDOAN_VERSION_MAJOR, CONGDOAN_VERSION_MINOR,
             CONGDOAN_VERSION_PATCH);
    ck_assert_str_eq(parts, s);
}
END_TEST

START_TEST(test_parts_match_macros)
{
    int major = -1, minor = -1, patch = -1;
    congdoan_version(&major, &minor, &patch);
    ck_assert_int_eq(major, CONGDOAN_VERSION_MAJOR);
    ck_assert_int_eq(minor, CONGDOAN_VERSION_MINOR);
    ck_assert_int_eq(patch, CONGDOAN_VERSION_PATCH);
    ck_assert_int_eq(congdoan_version_number(), major * 1000000L + minor * 1000L + patch);
}
END_TEST

START_TEST(test_parts_accept_null)
{
    int major = -1, minor = -1, patch = -1;
    congdoan_version(NULL, NULL, NULL);
    congdoan_version(&major, NULL, NULL);
    ck_assert_int_eq(major, CONGDOAN_VERSION_MAJOR);
    congdoan_version(NULL, &minor, NULL);
    ck_assert_int_eq(minor, CONGDOAN_VERSION_MINOR);
    congdoan_version(NULL, NULL, &patch);
    ck_assert_int_eq(patch, CONGDOAN_VERSION_PATCH);
}
END_TEST

START_TEST(test_version_check_macro)
{
    ck_assert(CONGDOAN_VERSION_CHECK(0, 0, 0));
    ck_assert(CONGDOAN_VERSION_CHECK(0, 1, 0));
    ck_assert(CONGDOAN_VERSION_CHECK(CONGDOAN_VERSION_MAJOR, CONGDOAN_VERSION_MINOR, CONGDOAN_VERSION_PATCH));
    ck_assert(!CONGDOAN_VERSION_CHECK(CONGDOAN_VERSION_MAJOR, CONGDOAN_VERSION_MINOR, CONGDOAN_VERSION_PATCH + 1));
    ck_assert(!CONGDOAN_VERSION_CHECK(CONGDOAN_VERSION_MAJOR, CONGDOAN_VERSION_MINOR + 1, 0));
    ck_assert(!CONGDOAN_VERSION_CHECK(99, 0, 0));
#if !CONGDOAN_VERSION_CHECK(0, 1, 0) || CONGDOAN_VERSION_CHECK(99, 0, 0)
#error "CONGDOAN_VERSION_CHECK must work in #if"
#endif
}
END_TEST

START_TEST(test_matches_meson_project_version)
{
    const char *expected = project_version();
    ck_assert_str_eq(congdoan_version_string(), expected);
    ck_assert_str_eq(CONGDOAN_VERSION_STRING, expected);
}
END_TEST

static Suite *version_suite(void)
{
    Suite *s = suite_create("version");
    TCase *tc = tcase_create("version");
    tcase_add_test(tc, test_number_macro_matches_runtime);
    tcase_add_test(tc, test_string_macro_matches_runtime);
    tcase_add_test(tc, test_parts_match_macros);
    tcase_add_test(tc, test_parts_accept_null);
    tcase_add_test(tc, test_version_check_macro);
    tcase_add_test(tc, test_matches_meson_project_version);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(version_suite());
}
