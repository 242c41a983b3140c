/* Tests of the library's messages in the user's language (lib/base/i18n.c, po/vi.po): English
 * (the msgids) in a program that never calls setlocale() and under LC_ALL=C whatever LANGUAGE
 * says; Vietnamese under LANGUAGE=vi in a UTF-8 locale: status descriptions, tag explanations,
 * the last error and the messages of issues, exactly as po/vi.po gives them. The library binds
 * its own domain ("libcongdoan") and leaves the application's textdomain alone.
 * CONGDOAN_LOCALEDIR names the catalogues of this build (tests/meson.build). */
#include "test-common.h"

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char malformed[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                                "  <units></unit>\n"
                                "</congdoan>\n";

/* Load `malformed`: the load fails with two issues, an unknown element (the first error, also
 * the last error's message) and the mismatched closing tag; their messages joined by " | ". */
static char *load_malformed_messages(void)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, malformed, strlen(malformed), "bad.xml", issues);
    ck_assert_int_eq(rc, CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(congdoan_issues_count(issues), 2);
    const congdoan_issue *first = congdoan_issues_get(issues, 0), *second = congdoan_issues_get(issues, 1);
    ck_assert_str_eq(congdoan_issue_tag(first), "schema-unknown-element");
    ck_assert_str_eq(congdoan_issue_tag(second), "xml-malformed");
    ck_assert_str_eq(congdoan_error_last_message(), congdoan_issue_message(first));
    size_t n = strlen(congdoan_issue_message(first)) + strlen(congdoan_issue_message(second)) + 4;
    char *joined = malloc(n);
    ck_assert_ptr_nonnull(joined);
    snprintf(joined, n, "%s | %s", congdoan_issue_message(first), congdoan_issue_message(second));
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    return joined;
}

static void use_vietnamese(void)
{
    ck_assert_int_eq(setenv("LANGUAGE", "vi", 1), 0);
    ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
}

START_TEST(test_english_without_setlocale)
{
    /* this program has not called setlocale(): the "C" locale, the English messages */
    ck_assert_int_eq(setenv("LANGUAGE", "vi", 1), 0);
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "out of memory");
    ck_assert_str_eq(congdoan_issue_tag_explanation("xml-malformed"), "The input is not well-formed XML.");
    char *m = load_malformed_messages();
    ck_assert_str_eq(m, "<units> is not allowed in <congdoan>; expected <unit>, <group>, <document>, <report> | "
                        "the closing tag </unit> does not match the element <units> opened on line 3");
    free(m);
}
END_TEST

START_TEST(test_vietnamese)
{
    use_vietnamese();
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "hết bộ nhớ");
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ESCHEMA), "dữ liệu vào không theo bộ từ vựng");
    ck_assert_str_eq(congdoan_strerror(12345), "lỗi không xác định");
    ck_assert_str_eq(congdoan_issue_tag_explanation("xml-malformed"), "Dữ liệu vào không phải XML đúng cú pháp.");
    ck_assert_str_eq(congdoan_issue_tag_explanation("task-no-lead"),
                     "Nhiệm vụ không có đơn vị chủ trì; không ai chịu trách nhiệm.");
    char *m = load_malformed_messages();
    ck_assert_str_eq(m, "<units> không được phép nằm trong <congdoan>; cần <unit>, <group>, <document>, <report> | "
                        "thẻ đóng </unit> không khớp với phần tử <units> mở ở dòng 3");
    free(m);
    /* an argument error, through the same sink */
    ck_assert_int_eq(congdoan_corpus_new(NULL), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_error_last_message(), "đối số không hợp lệ: out là NULL");
    /* tags, the machine-readable names, are never translated */
    ck_assert_str_eq(congdoan_issue_tag_name(0), "central-with-parent");
}
END_TEST

START_TEST(test_c_locale_is_english)
{
    /* LC_ALL=C: English whatever LANGUAGE says (POSIX; gettext ignores LANGUAGE in "C") */
    use_vietnamese();
    ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "out of memory");
    ck_assert_str_eq(congdoan_issue_tag_explanation("task-no-lead"),
                     "A task has no lead unit (chủ trì); nobody is accountable for it.");
    /* LANGUAGE=en in a UTF-8 locale: no English catalogue, the msgids */
    ck_assert_int_eq(setenv("LANGUAGE", "en", 1), 0);
    ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "out of memory");
}
END_TEST

START_TEST(test_application_domain_untouched)
{
    /* the library uses dgettext in its own domain: the application's textdomain stays its own */
    ck_assert_ptr_nonnull(textdomain("my-application"));
    use_vietnamese();
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "hết bộ nhớ");
    ck_assert_str_eq(textdomain(NULL), "my-application");
}
END_TEST

static Suite *i18n_suite(void)
{
    Suite *s = suite_create("i18n");
    TCase *tc = tcase_create("i18n");
    /* the first runs before anything calls setlocale() */
    tcase_add_test(tc, test_english_without_setlocale);
    tcase_add_test(tc, test_vietnamese);
    tcase_add_test(tc, test_c_locale_is_english);
    tcase_add_test(tc, test_application_domain_untouched);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(i18n_suite());
}
