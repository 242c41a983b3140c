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

#include "edit-refusals.h"

static const char malformed[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                                "  <units></unit>\n"
                                "</congdoan>\n";

/* Load `malformed`: the load fails with one issue, the mismatched closing tag (the unknown
 * element <units> before it is not said: a file that is not well-formed gets only that error),
 * which is also the last error's message. */
static char *load_malformed_messages(void)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, malformed, strlen(malformed), "bad.xml", issues);
    ck_assert_int_eq(rc, CONGDOAN_EPARSE);
    ck_assert_uint_eq(congdoan_issues_count(issues), 1);
    const congdoan_issue *only = congdoan_issues_get(issues, 0);
    ck_assert_str_eq(congdoan_issue_tag(only), "xml-malformed");
    ck_assert_int_eq(congdoan_issue_line(only), 3);
    ck_assert_str_eq(congdoan_error_last_message(), congdoan_issue_message(only));
    char *m = strdup(congdoan_issue_message(only));
    ck_assert_ptr_nonnull(m);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    return m;
}

/* `xml` fails to load with `status` and one issue, `tag` at line:column saying `message`, which
 * is also the last error's message. */
static void expect_one_issue(const char *xml, int status, const char *tag, long line, long column,
                             const char *message)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, strlen(xml), "bad.xml", issues), status);
    ck_assert_uint_eq(congdoan_issues_count(issues), 1);
    const congdoan_issue *is = congdoan_issues_get(issues, 0);
    ck_assert_str_eq(congdoan_issue_tag(is), tag);
    ck_assert_int_eq(congdoan_issue_line(is), line);
    ck_assert_int_eq(congdoan_issue_column(is), column);
    ck_assert_str_eq(congdoan_issue_message(is), message);
    ck_assert_str_eq(congdoan_error_last_message(), message);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
}

static void expect_malformed(const char *xml, long line, long column, const char *message)
{
    expect_one_issue(xml, CONGDOAN_EPARSE, "xml-malformed", line, column, message);
}

/* libxml2's parser errors as the library words them: each input is a vocabulary file broken in
 * one place, as people break them by hand; `line`:`column` is where libxml2 stops (after the '&', at the end of the tag). */
static const struct {
    const char *body; /* inside <congdoan …> */
    long line, column;
    const char *en, *vi;
} broken[] = {
    {"<unit id=\"a\" level=\"central\">Công đoàn & Ban</unit>", 3, 43,
     "'&' is not followed by a name: write a lone & as &amp;", "sau '&' không có tên: dấu & đứng riêng phải viết là &amp;"},
    {"<unit id=\"a\" level=\"central\">A&nbsp;B</unit>", 3, 39,
     "&nbsp; is not a reference XML knows: only &amp; &lt; &gt; &quot; &apos; and character references (&#…;) are; "
     "write a lone & as &amp;",
     "&nbsp; không phải tham chiếu mà XML biết: chỉ có &amp; &lt; &gt; &quot; &apos; và tham chiếu ký tự (&#…;); dấu & "
     "đứng riêng phải viết là &amp;"},
    {"<unit id=a level=\"central\"/>", 3, 12, "an attribute value must be in quotes: name=\"value\"",
     "giá trị thuộc tính phải nằm trong dấu nháy: tên=\"giá trị\""},
    {"<unit id=\"a\" id=\"b\" level=\"central\"/>", 3, 38, "the attribute id is given twice in one element",
     "thuộc tính id được ghi hai lần trong một phần tử"},
    {"<unit id=\"a<b\" level=\"central\"/>", 3, 14,
     "'<' inside an attribute value: write it as &lt;, or close the value with its quote",
     "có '<' trong giá trị thuộc tính: hãy viết là &lt;, hoặc đóng giá trị bằng dấu nháy của nó"},
    {"<unit id=\"a\" level=\"central\"/>\n  <!-- chưa đóng\n", 7, 1, "a comment (<!--) is not closed by -->",
     "chú thích (<!--) không được đóng bằng -->"},
};

static void check_broken(int vietnamese)
{
    for (size_t i = 0; i < sizeof broken / sizeof broken[0]; i++) {
        char xml[512];
        snprintf(xml, sizeof xml,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                 "  %s\n</congdoan>\n",
                 broken[i].body);
        expect_malformed(xml, broken[i].line, broken[i].column, vietnamese ? broken[i].vi : broken[i].en);
    }
}

/* A file cut short ends inside its elements: said so, with the innermost one, and not as the
 * "more after the end of the root element" libxml2's code for both would give. That message
 * stays for what it means: a second root. The place is where libxml2 stopped: just after the
 * last tag (46 and 47 characters long in the first two). */
static const struct {
    const char *text;
    long line, column;
    const char *en, *vi;
} cut[] = {
    {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
     "  <unit id=\"a\" level=\"central\" name=\"Công đoàn\">\n    <classification year=\"2025\" grade=\"good\"/>\n",
     4, 47,
     "the file ends inside <unit>, before its closing tag: it may have been cut short; every element must be closed, "
     "</congdoan> last",
     "tệp kết thúc bên trong <unit>, trước thẻ đóng của nó: có thể tệp đã bị cắt cụt; mọi phần tử đều phải được đóng, "
     "</congdoan> sau cùng"},
    {"<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">", 1, 48,
     "the file ends inside <congdoan>, before its closing tag: it may have been cut short; every element must be "
     "closed, </congdoan> last",
     "tệp kết thúc bên trong <congdoan>, trước thẻ đóng của nó: có thể tệp đã bị cắt cụt; mọi phần tử đều phải được "
     "đóng, </congdoan> sau cùng"},
    /* inside an element of another namespace: its name as the file writes it, prefix and all */
    {"<congdoan xmlns=\"urn:congdoan:1\" xmlns:ex=\"urn:example\" version=\"1.0\">\n  <ex:note>Ghi chú", 2, 19,
     "the file ends inside <ex:note>, before its closing tag: it may have been cut short; every element must be "
     "closed, </congdoan> last",
     "tệp kết thúc bên trong <ex:note>, trước thẻ đóng của nó: có thể tệp đã bị cắt cụt; mọi phần tử đều phải được "
     "đóng, </congdoan> sau cùng"},
    {"<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"/>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"/>\n", 2, 1,
     "there is more after the end of the root element; a file holds one root element, <congdoan>, and nothing after "
     "it but comments",
     "còn nội dung sau khi phần tử gốc đã đóng; một tệp chỉ có một phần tử gốc, <congdoan>, và sau nó chỉ có thể có "
     "chú thích"},
};

static void check_cut(int vietnamese)
{
    for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++)
        expect_malformed(cut[i].text, cut[i].line, cut[i].column, vietnamese ? cut[i].vi : cut[i].en);
}

/* A message quotes at most so many bytes of a value, and never half a character of it: 80 bytes
 * of "a" and a hundred "ư" (two bytes each) are the "a" and 39 of them; the enumeration's last
 * "or" in the user's language. And the editing API's "%.40s" of a Vietnamese due time, whose
 * 40th byte is inside a character: the character goes, the rest of the message stays. */
static void check_quoted(int vietnamese)
{
    char value[256] = "a", shown[128] = "a", xml[512];
    for (int i = 0; i < 100; i++)
        strcat(value, "\xc6\xb0");
    for (int i = 0; i < 39; i++)
        strcat(shown, "\xc6\xb0");
    snprintf(xml, sizeof xml,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
             "  <unit id=\"a\" level=\"%s\" name=\"x\"/>\n</congdoan>\n",
             value);
    char want[512];
    snprintf(want, sizeof want,
             vietnamese ? "level=\"%s\" tr\xc3\xaan <unit>: c\xe1\xba\xa7n central, provincial, upper-grassroots "
                          "ho\xe1\xba\xb7" "c grassroots"
                        : "level=\"%s\" on <unit>: expected central, provincial, upper-grassroots or grassroots",
             shown);
    expect_one_issue(xml, CONGDOAN_ESCHEMA, "schema-bad-value", 3, 3, want);

    const congdoan_section *s = NULL;
    congdoan_corpus *c = edit_refusals_corpus(&s);
    ck_assert_ptr_nonnull(c);
    const congdoan_task *t = congdoan_section_item_task(s, 0);
    ck_assert_ptr_nonnull(t);
    /* "ngày mười lăm tháng mười hai hằng năm": its 40th byte is the first of the ằ's three */
    const char *due = "ng\xc3\xa0y m\xc6\xb0\xe1\xbb\x9di l\xc4\x83m th\xc3\xa1ng "
                      "m\xc6\xb0\xe1\xbb\x9di hai h\xe1\xba\xb1ng n\xc4\x83m";
    ck_assert_int_eq(congdoan_task_add_milestone(c, t, due, NULL, "X"), CONGDOAN_EPARSE);
    const char *m = congdoan_error_last_message();
    const char *quoted = "'ng\xc3\xa0y m\xc6\xb0\xe1\xbb\x9di l\xc4\x83m th\xc3\xa1ng m\xc6\xb0\xe1\xbb\x9di hai h' ";
    ck_assert_msg(strstr(m, quoted) != NULL, "%s", m);
    congdoan_corpus_free(c);
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
    ck_assert_str_eq(m, "the closing tag </unit> does not match the element <units> opened on line 3");
    free(m);
    check_broken(0);
    check_cut(0);
    check_quoted(0);
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
    ck_assert_str_eq(m, "thẻ đóng </unit> không khớp với phần tử <units> mở ở dòng 3");
    free(m);
    check_broken(1);
    check_cut(1);
    check_quoted(1);
    /* an argument error, through the same sink */
    ck_assert_int_eq(congdoan_corpus_new(NULL), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_error_last_message(), "đối số không hợp lệ: out là NULL");
    /* tags, the machine-readable names, are never translated */
    ck_assert_str_eq(congdoan_issue_tag_name(0), "central-with-parent");
}
END_TEST

START_TEST(test_vietnamese_edit_messages)
{
    /* the editing API's refusals in Vietnamese: the object, the field and what was expected */
    use_vietnamese();
    for (size_t i = 0; i < sizeof edit_refusals / sizeof edit_refusals[0]; i++) {
        const congdoan_section *s = NULL;
        congdoan_corpus *c = edit_refusals_corpus(&s);
        ck_assert_ptr_nonnull(c);
        ck_assert_msg(edit_refusals_run(c, s, i) == edit_refusals[i].code, "%s", edit_refusals[i].what);
        ck_assert_str_eq(congdoan_error_last_message(), edit_refusals[i].vi);
        congdoan_corpus_free(c);
    }
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
    tcase_add_test(tc, test_vietnamese_edit_messages);
    tcase_add_test(tc, test_c_locale_is_english);
    tcase_add_test(tc, test_application_domain_untouched);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(i18n_suite());
}
