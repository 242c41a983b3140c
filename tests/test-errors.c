/* Tests of congdoan/error.h: the status codes and their descriptions, the thread-local last error
 * (code, message, file, line, column) after failed loads of malformed buffers and files, that
 * successful calls leave it alone, congdoan_error_clear(), and that each thread has its own. */
#include "test-common.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const int all_codes[] = {
    CONGDOAN_OK,         CONGDOAN_ERROR,     CONGDOAN_ENOMEM,    CONGDOAN_EINVAL,     CONGDOAN_EIO,
    CONGDOAN_EPARSE,     CONGDOAN_ESCHEMA,   CONGDOAN_ELIMIT,    CONGDOAN_EEXISTS,    CONGDOAN_ENOTFOUND,
    CONGDOAN_EFORBIDDEN, CONGDOAN_EENCODING, CONGDOAN_EINVALID,
};
#define N_CODES (sizeof all_codes / sizeof all_codes[0])

static void assert_cleared(void)
{
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_OK);
    ck_assert_str_eq(congdoan_error_last_message(), "");
    ck_assert_str_eq(congdoan_error_last_file(), "");
    ck_assert_int_eq(congdoan_error_last_line(), 0);
    ck_assert_int_eq(congdoan_error_last_column(), 0);
}

/* Load a buffer into a fresh corpus; the corpus must stay empty. */
static int load_buffer(const char *xml, const char *name)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    int rc = congdoan_corpus_load_memory(c, xml, strlen(xml), name, NULL);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
    ck_assert_uint_eq(congdoan_corpus_document_count(c), 0);
    congdoan_corpus_free(c);
    return rc;
}

/* ---- codes --------------------------------------------------------------------------------------- */

START_TEST(test_code_values)
{
    /* the values are part of the ABI: written out so that bindings may map them */
    for (size_t i = 0; i < N_CODES; i++)
        ck_assert_int_eq(all_codes[i], -(int)i);
}
END_TEST

START_TEST(test_strerror)
{
    for (size_t i = 0; i < N_CODES; i++) {
        const char *s = congdoan_strerror(all_codes[i]);
        ck_assert_ptr_nonnull(s);
        ck_assert_msg(s[0] != '\0', "empty text for %d", all_codes[i]);
        ck_assert_msg(strcmp(s, "unknown error") != 0, "code %d described as unknown", all_codes[i]);
        for (size_t j = 0; j < i; j++)
            ck_assert_msg(strcmp(s, congdoan_strerror(all_codes[j])) != 0, "codes %d and %d share \"%s\"",
                          all_codes[i], all_codes[j], s);
    }
    ck_assert_str_eq(congdoan_strerror(CONGDOAN_ENOMEM), "out of memory");
    static const int unknown[] = {1, 2, -13, -14, -100, 12345, INT_MIN, INT_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        ck_assert_str_eq(congdoan_strerror(unknown[i]), "unknown error");
}
END_TEST

START_TEST(test_error_tag)
{
    /* the tag validate gives a file that did not load: one of the registry's errors */
    static const struct {
        int code;
        const char *tag;
    } tagged[] = {{CONGDOAN_EPARSE, "xml-malformed"},   {CONGDOAN_ESCHEMA, "schema-invalid"},
                  {CONGDOAN_ELIMIT, "limit-exceeded"},  {CONGDOAN_EEXISTS, "duplicate-id"},
                  {CONGDOAN_EFORBIDDEN, "xml-forbidden"}, {CONGDOAN_EENCODING, "xml-encoding"},
                  {CONGDOAN_EIO, "io-error"},           {CONGDOAN_ENOTFOUND, "unknown-reference"},
                  {CONGDOAN_EINVALID, "model-rule-broken"}};
    for (size_t i = 0; i < sizeof tagged / sizeof tagged[0]; i++) {
        ck_assert_str_eq(congdoan_error_tag(tagged[i].code), tagged[i].tag);
        ck_assert_int_eq(congdoan_issue_tag_severity(tagged[i].tag), CONGDOAN_SEVERITY_ERROR);
        /* what `congdoan validate --explain TAG` prints */
        ck_assert_ptr_nonnull(congdoan_issue_tag_explanation(tagged[i].tag));
        ck_assert_uint_gt(strlen(congdoan_issue_tag_explanation(tagged[i].tag)), 20);
    }
    /* every status but the four that name no problem of the input is among them, so a file
     * that did not load always has a tag the registry explains */
    ck_assert_uint_eq(sizeof tagged / sizeof tagged[0], N_CODES - 4);
    for (size_t i = 0; i < N_CODES; i++) {
        int code = all_codes[i];
        if (code != CONGDOAN_OK && code != CONGDOAN_ERROR && code != CONGDOAN_ENOMEM && code != CONGDOAN_EINVAL)
            ck_assert_msg(congdoan_error_tag(code) != NULL, "status %d (%s) has no tag", code, congdoan_strerror(code));
    }
    /* no problem of the input: no tag */
    static const int untagged[] = {CONGDOAN_OK, CONGDOAN_ERROR, CONGDOAN_ENOMEM, CONGDOAN_EINVAL, -13, 1, INT_MIN, INT_MAX};
    for (size_t i = 0; i < sizeof untagged / sizeof untagged[0]; i++)
        ck_assert_ptr_null(congdoan_error_tag(untagged[i]));
    /* a file the loader refuses: its issue carries the tag of the status it returns */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n<unit id=\"x\"></congdoan>\n";
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    int rc = congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "tag.xml", issues);
    ck_assert_int_eq(rc, CONGDOAN_EPARSE);
    ck_assert_uint_eq(congdoan_issues_count(issues), 1);
    ck_assert_str_eq(congdoan_issue_tag(congdoan_issues_get(issues, 0)), congdoan_error_tag(rc));
    congdoan_corpus_free(c);
    congdoan_issues_free(issues);
}
END_TEST

/* ---- the last error ---------------------------------------------------------------------------- */

START_TEST(test_clear)
{
    congdoan_error_clear();
    assert_cleared();
    ck_assert_int_eq(congdoan_corpus_new(NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_str_ne(congdoan_error_last_message(), "");
    /* an argument error has no location */
    ck_assert_str_eq(congdoan_error_last_file(), "");
    ck_assert_int_eq(congdoan_error_last_line(), 0);
    ck_assert_int_eq(congdoan_error_last_column(), 0);
    congdoan_error_clear();
    assert_cleared();
    congdoan_error_clear(); /* twice is fine */
    assert_cleared();
}
END_TEST

START_TEST(test_extra_content)
{
    /* a second root element: libxml2 stops at its '<', line 4, column 1 */
    static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "</congdoan>\n"
                              "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"/>\n";
    congdoan_error_clear();
    ck_assert_int_eq(load_buffer(xml, "extra.xml"), CONGDOAN_EPARSE);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EPARSE);
    ck_assert_str_ne(congdoan_error_last_message(), "");
    ck_assert_str_eq(congdoan_error_last_file(), "extra.xml");
    ck_assert_int_eq(congdoan_error_last_line(), 4);
    ck_assert_int_eq(congdoan_error_last_column(), 1);
    congdoan_error_clear();
    assert_cleared();
}
END_TEST

START_TEST(test_bare_ampersand)
{
    /* a bare '&' in a title on line 3: the '&' is byte 39 of the line; libxml2 reports the next
     * column, where it expected the entity name */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "<unit id=\"x\" level=\"central\" name=\"X\"/>\n"
                              "<document id=\"d\" kind=\"plan\"><title>a & b</title></document>\n"
                              "</congdoan>\n";
    ck_assert_int_eq(load_buffer(xml, NULL), CONGDOAN_EPARSE);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EPARSE);
    /* no name given: "<memory>" */
    ck_assert_str_eq(congdoan_error_last_file(), "<memory>");
    ck_assert_int_eq(congdoan_error_last_line(), 3);
    ck_assert_int_eq(congdoan_error_last_column(), 40);
}
END_TEST

START_TEST(test_column_counts_characters)
{
    /* the same error after Vietnamese text: "Hà Nội a " is 9 characters but 12 bytes (à: 2 bytes,
     * ộ: 3), so the '&' is character 46 but byte 49 of the line; error.h documents the column
     * "in characters, as libxml2 counts them": the position after the '&' is column 47 */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "<unit id=\"x\" level=\"central\" name=\"X\"/>\n"
                              "<document id=\"d\" kind=\"plan\"><title>Hà Nội a & b</title></document>\n"
                              "</congdoan>\n";
    const char *line3 = strstr(xml, "<document");
    const char *amp = strchr(line3, '&');
    long amp_byte = (long)(amp - line3) + 1, amp_char = 0;
    for (const char *p = line3; p <= amp; p++)
        amp_char += (*p & 0xC0) != 0x80; /* count the first byte of each character */
    ck_assert_int_eq(amp_byte, 49);
    ck_assert_int_eq(amp_char, 46);
    ck_assert_int_eq(load_buffer(xml, "hanoi.xml"), CONGDOAN_EPARSE);
    ck_assert_int_eq(congdoan_error_last_line(), 3);
    ck_assert_int_eq(congdoan_error_last_column(), amp_char + 1);
}
END_TEST

START_TEST(test_schema_column_counts_characters)
{
    /* the library's own locations (the '<' of an element) count characters too: "Lai Châu" has
     * 8 characters in 9 bytes, so <bogus/> starts at character 47 of line 2 (byte 48) */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "<document id=\"d\" kind=\"plan\" place=\"Lai Châu\"><bogus/></document>\n"
                              "</congdoan>\n";
    ck_assert_int_eq(load_buffer(xml, "place.xml"), CONGDOAN_ESCHEMA);
    ck_assert_int_eq(congdoan_error_last_line(), 2);
    ck_assert_int_eq(congdoan_error_last_column(), 47);
}
END_TEST

START_TEST(test_schema_error_location)
{
    /* well-formed, but <bogus> is not in the vocabulary: the location is its '<' */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "  <unit id=\"x\" level=\"central\" name=\"X\"/>\n"
                              "    <bogus/>\n"
                              "</congdoan>\n";
    ck_assert_int_eq(load_buffer(xml, "bogus.xml"), CONGDOAN_ESCHEMA);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ESCHEMA);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "bogus"));
    ck_assert_str_eq(congdoan_error_last_file(), "bogus.xml");
    ck_assert_int_eq(congdoan_error_last_line(), 3);
    ck_assert_int_eq(congdoan_error_last_column(), 5);
}
END_TEST

START_TEST(test_first_error_wins)
{
    /* two problems: the last error describes the first (line 2), the issues hold both */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "  <unit id=\"x\" level=\"central\" name=\"X\" colour=\"red\"/>\n"
                              "  <unit id=\"y\" level=\"central\" name=\"Y\" size=\"big\"/>\n"
                              "</congdoan>\n";
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "two.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_int_eq(congdoan_error_last_line(), 2);
    ck_assert_int_eq(congdoan_error_last_column(), 3);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "colour"));
    ck_assert_uint_eq(test_issues_with_tag(issues, "schema-unknown-attribute"), 2);
    const congdoan_issue *second = congdoan_issues_get(issues, 1);
    ck_assert_str_eq(congdoan_issue_file(second), "two.xml");
    ck_assert_int_eq(congdoan_issue_line(second), 3);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_not_well_formed_only_its_error)
{
    /* an unknown attribute on line 2, then a mistyped closing tag on line 3: the file is not
     * well-formed, so it gets that error only, and that is the last error; the issues another
     * file left in the same list stay; and the dropped issue, met again in a well-formed file
     * of the same name, is said again (not taken for a duplicate) */
    static const char bad[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "  <unit id=\"x\" level=\"central\" name=\"X\" colour=\"red\"/>\n"
                              "  <unit id=\"y\" level=\"central\" name=\"Y\"></unti>\n"
                              "</congdoan>\n";
    static const char good[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                               "  <unit id=\"x\" level=\"central\" name=\"X\" colour=\"red\"/>\n"
                               "</congdoan>\n";
    static const char other[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><bogus/></congdoan>\n";
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, other, sizeof other - 1, "other.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(congdoan_issues_count(issues), 1);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, bad, sizeof bad - 1, "one.xml", issues), CONGDOAN_EPARSE);
    ck_assert_uint_eq(congdoan_issues_count(issues), 2);
    ck_assert_str_eq(congdoan_issue_tag(congdoan_issues_get(issues, 0)), "schema-unknown-element");
    const congdoan_issue *is = congdoan_issues_get(issues, 1);
    ck_assert_str_eq(congdoan_issue_tag(is), "xml-malformed");
    ck_assert_str_eq(congdoan_issue_file(is), "one.xml");
    ck_assert_int_eq(congdoan_issue_line(is), 3);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EPARSE);
    ck_assert_int_eq(congdoan_error_last_line(), 3);
    ck_assert_str_eq(congdoan_error_last_message(), congdoan_issue_message(is));
    ck_assert_int_eq(congdoan_corpus_load_memory(c, good, sizeof good - 1, "one.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(congdoan_issues_count(issues), 3);
    is = congdoan_issues_get(issues, 2);
    ck_assert_str_eq(congdoan_issue_tag(is), "schema-unknown-attribute");
    ck_assert_int_eq(congdoan_issue_line(is), 2);
    /* the same again: now a duplicate */
    ck_assert_int_eq(congdoan_corpus_load_memory(c, good, sizeof good - 1, "one.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(congdoan_issues_count(issues), 3);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_success_keeps_last_error)
{
    /* <unit> is never closed */
    static const char bad[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "<unit id=\"a\" level=\"central\" name=\"A\">\n"
                              "</congdoan>\n";
    ck_assert_int_eq(load_buffer(bad, "bad.xml"), CONGDOAN_EPARSE);
    char message[1024];
    snprintf(message, sizeof message, "%s", congdoan_error_last_message());
    long line = congdoan_error_last_line();
    ck_assert_int_eq(line, 3);
    /* successful calls do not clear it */
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "tld"));
    congdoan_corpus_free(c);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EPARSE);
    ck_assert_str_eq(congdoan_error_last_message(), message);
    ck_assert_str_eq(congdoan_error_last_file(), "bad.xml");
    ck_assert_int_eq(congdoan_error_last_line(), line);
    /* the next failure replaces it */
    ck_assert_int_eq(congdoan_corpus_new(NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_error_last_file(), "");
    ck_assert_int_eq(congdoan_error_last_line(), 0);
}
END_TEST

START_TEST(test_missing_file)
{
    const char *path = test_data_path("does-not-exist.xml");
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", path);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c, copy, NULL), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_file(), copy);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "does-not-exist.xml"));
    ck_assert_int_eq(congdoan_error_last_line(), 0);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- one last error per thread ----------------------------------------------------------------- */

typedef struct thread_result {
    int initial_code;
    char initial_message[64];
    int rc, code;
    char file[64];
    long line, column;
} thread_result;

static void *in_thread(void *arg)
{
    thread_result *res = arg;
    /* a new thread starts with no error, whatever the main thread did */
    res->initial_code = congdoan_error_last_code();
    snprintf(res->initial_message, sizeof res->initial_message, "%s", congdoan_error_last_message());
    /* and fails on its own */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n\n  <unit id=\"t\" level=\"central\" name=\"T\" size=\"1\"/>\n</congdoan>\n";
    congdoan_corpus *c = NULL;
    if (congdoan_corpus_new(&c) == 0) {
        res->rc = congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "thread.xml", NULL);
        congdoan_corpus_free(c);
    }
    res->code = congdoan_error_last_code();
    snprintf(res->file, sizeof res->file, "%s", congdoan_error_last_file());
    res->line = congdoan_error_last_line();
    res->column = congdoan_error_last_column();
    return NULL;
}

START_TEST(test_thread_local)
{
    static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "</congdoan>\n"
                              "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"/>\n";
    ck_assert_int_eq(load_buffer(xml, "main.xml"), CONGDOAN_EPARSE);
    char message[1024];
    snprintf(message, sizeof message, "%s", congdoan_error_last_message());

    thread_result res;
    memset(&res, 0, sizeof res);
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, in_thread, &res), 0);
    ck_assert_int_eq(pthread_join(th, NULL), 0);

    /* the thread saw a clean slate and recorded its own failure */
    ck_assert_int_eq(res.initial_code, CONGDOAN_OK);
    ck_assert_str_eq(res.initial_message, "");
    ck_assert_int_eq(res.rc, CONGDOAN_ESCHEMA);
    ck_assert_int_eq(res.code, CONGDOAN_ESCHEMA);
    ck_assert_str_eq(res.file, "thread.xml");
    ck_assert_int_eq(res.line, 3);
    ck_assert_int_eq(res.column, 3);

    /* the main thread's last error is untouched */
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EPARSE);
    ck_assert_str_eq(congdoan_error_last_message(), message);
    ck_assert_str_eq(congdoan_error_last_file(), "main.xml");
    ck_assert_int_eq(congdoan_error_last_line(), 4);
    ck_assert_int_eq(congdoan_error_last_column(), 1);

    /* and clearing it here leaves nothing behind for the next thread either */
    congdoan_error_clear();
    assert_cleared();
    memset(&res, 0, sizeof res);
    ck_assert_int_eq(pthread_create(&th, NULL, in_thread, &res), 0);
    ck_assert_int_eq(pthread_join(th, NULL), 0);
    ck_assert_int_eq(res.initial_code, CONGDOAN_OK);
    ck_assert_int_eq(res.code, CONGDOAN_ESCHEMA);
    assert_cleared();
}
END_TEST

/* ---- messages that say what is wrong --------------------------------------------------------- */

static void assert_last(int code, const char *want)
{
    ck_assert_int_eq(congdoan_error_last_code(), code);
    ck_assert_msg(strstr(congdoan_error_last_message(), want) != NULL, "message \"%s\" does not say \"%s\"",
                  congdoan_error_last_message(), want);
}

/* A NULL object is named as NULL, not taken for an index out of range or an absent value; an
 * index out of range says how many there are. */
START_TEST(test_null_is_not_out_of_range)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml",
                                                         "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", NULL});
    double v = 7;
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_report_value(NULL, 0, &v), CONGDOAN_EINVAL);
    assert_last(CONGDOAN_EINVAL, "invalid argument: report is NULL");
    ck_assert(v == 0.0);
    const congdoan_report *r = congdoan_corpus_report(c, 0);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(congdoan_report_value(r, 999, &v), CONGDOAN_EINVAL);
    assert_last(CONGDOAN_EINVAL, "value index 999 is out of range: report '");

    v = 7;
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_progress_actual(NULL, 0, &v), CONGDOAN_EINVAL);
    assert_last(CONGDOAN_EINVAL, "invalid argument: progress is NULL");
    ck_assert(v == 0.0);
    ck_assert_int_eq(congdoan_progress_ratio(NULL, 0, &v), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_progress_child_actual(NULL, 0, 0, &v), CONGDOAN_EINVAL);
    congdoan_error_clear();
    ck_assert_ptr_null(congdoan_unit_name(NULL));
    assert_last(CONGDOAN_EINVAL, "invalid argument: unit is NULL");
    congdoan_corpus_free(c);
}
END_TEST

/* An empty file or one of white space is said to be so, by the loader and by the schema check
 * (libxml2 calls it "Extra content at the end of the document"). */
START_TEST(test_empty_input_said_so)
{
    static const char *const contents[] = {"", " \n\n\t "};
    static const char *const want[] = {"the file is empty", "the file holds only white space"};
    for (int k = 0; k < 2; k++) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/congdoan-empty-XXXXXX");
        int fd = mkstemp(path);
        ck_assert_int_ge(fd, 0);
        ck_assert_int_eq(write(fd, contents[k], strlen(contents[k])), (int)strlen(contents[k]));
        close(fd);
        congdoan_corpus *c = NULL;
        congdoan_issues *issues = NULL;
        ck_assert_int_eq(congdoan_corpus_new(&c), 0);
        ck_assert_int_eq(congdoan_issues_new(&issues), 0);
        int rc = congdoan_corpus_load_file(c, path, issues);
        int rc2 = congdoan_schema_validate_file(path, issues);
        const char *m1 = congdoan_issue_message(congdoan_issues_get(issues, 0));
        const char *m2 = congdoan_issue_message(congdoan_issues_get(issues, congdoan_issues_count(issues) - 1));
        int ok = rc == CONGDOAN_EPARSE && rc2 == CONGDOAN_EPARSE && strstr(m1, want[k]) && strstr(m2, want[k]);
        unlink(path);
        char m1c[256], m2c[256];
        snprintf(m1c, sizeof m1c, "%s", m1);
        snprintf(m2c, sizeof m2c, "%s", m2);
        congdoan_issues_free(issues);
        congdoan_corpus_free(c);
        ck_assert_msg(ok, "case %d: load %d \"%s\", schema %d \"%s\"", k, rc, m1c, rc2, m2c);
    }
}
END_TEST

/* One date check for every query: 30 February 2023 is refused by the progress as by the tasks. */
START_TEST(test_one_date_check)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml",
                                                         "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", NULL});
    const congdoan_document *ctr = congdoan_corpus_document_by_id(c, "ctr-13-ldld-laichau-2025");
    const congdoan_unit *laichau = congdoan_corpus_unit_by_id(c, "laichau");
    const congdoan_task *task = congdoan_document_task(congdoan_corpus_document_by_id(c, "kh-240-tld-2022"), 0);
    ck_assert_ptr_nonnull(ctr);
    ck_assert_ptr_nonnull(laichau);
    ck_assert_ptr_nonnull(task);
    static const char want[] = "invalid argument: at_ymd 20230230 is not a day that exists";
    congdoan_progress *p = (congdoan_progress *)&p;
    ck_assert_int_eq(congdoan_progress_compute(c, ctr, laichau, "2025", 20230230, &p), CONGDOAN_EINVAL);
    ck_assert_ptr_null(p);
    assert_last(CONGDOAN_EINVAL, want);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_task_is_overdue(task, 20230230), 0);
    assert_last(CONGDOAN_EINVAL, want);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_task_due_at(task, 20230230), 0);
    assert_last(CONGDOAN_EINVAL, want);
    congdoan_task_list *list = NULL;
    ck_assert_int_eq(congdoan_corpus_overdue_tasks(c, NULL, 20230230, &list), CONGDOAN_EINVAL);
    assert_last(CONGDOAN_EINVAL, want);
    congdoan_task_status st;
    ck_assert_int_eq(congdoan_task_latest_status(task, 20230230, &st, NULL), CONGDOAN_EINVAL);
    assert_last(CONGDOAN_EINVAL, want);
    /* 0 is "no cut-off" for the progress and the latest status, and the last day of February
     * of a leap year is a day */
    ck_assert_int_eq(congdoan_progress_compute(c, ctr, laichau, "2025", 0, &p), 0);
    congdoan_progress_free(p);
    ck_assert_int_eq(congdoan_progress_compute(c, ctr, laichau, "2025", 20240229, &p), 0);
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

static Suite *errors_suite(void)
{
    Suite *s = suite_create("errors");
    TCase *tc = tcase_create("errors");
    tcase_add_test(tc, test_code_values);
    tcase_add_test(tc, test_strerror);
    tcase_add_test(tc, test_error_tag);
    tcase_add_test(tc, test_clear);
    tcase_add_test(tc, test_extra_content);
    tcase_add_test(tc, test_bare_ampersand);
    tcase_add_test(tc, test_column_counts_characters);
    tcase_add_test(tc, test_schema_column_counts_characters);
    tcase_add_test(tc, test_schema_error_location);
    tcase_add_test(tc, test_first_error_wins);
    tcase_add_test(tc, test_not_well_formed_only_its_error);
    tcase_add_test(tc, test_success_keeps_last_error);
    tcase_add_test(tc, test_missing_file);
    tcase_add_test(tc, test_thread_local);
    tcase_add_test(tc, test_null_is_not_out_of_range);
    tcase_add_test(tc, test_one_date_check);
    tcase_add_test(tc, test_empty_input_said_so);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(errors_suite());
}
