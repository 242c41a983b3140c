/* Loads with a parse thread (congdoan_corpus_set_load_threads(corpus, 2)) give what loads in
 * one thread give: the same status, the same last error (code, message, file, line, column),
 * the same problems in the same order with the same locations and messages, and a corpus that
 * writes back byte for byte the same. Checked on every fixture and sample file, every hostile
 * case, and on inputs big enough to fill many of the pipe's blocks: long texts and attributes
 * (an event larger than a block), a fatal error after megabytes (the parse thread runs ahead
 * and must be stopped), problems found by the parse thread itself (the attributes scan, a
 * declaration). tests/run-all.sh runs this file under ThreadSanitizer too. */
#include "test-common.h"
#include "xml/xml.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
#define BUF(s) (s), (sizeof(s) - 1)

#include "hostile-cases.h"

long congdoan__alloc_fail_at(long n);

/* Everything a load leaves to be seen, as one string. */
typedef struct outcome {
    int rc;
    strbuf text;
} outcome;

static void describe(outcome *o, congdoan_corpus *c, congdoan_issues *issues, int rc)
{
    o->rc = rc;
    sb_printf(&o->text, "rc %d\n", rc);
    if (rc != 0)
        sb_printf(&o->text, "last error %d %s @ %s:%ld:%ld\n", congdoan_error_last_code(), congdoan_error_last_message(),
                  congdoan_error_last_file() ? congdoan_error_last_file() : "-", congdoan_error_last_line(),
                  congdoan_error_last_column());
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        sb_printf(&o->text, "%s %s %s:%ld:%ld %s\n", congdoan_issue_tag(is),
                  congdoan_severity_letter(congdoan_issue_severity(is)), congdoan_issue_file(is),
                  congdoan_issue_line(is), congdoan_issue_column(is), congdoan_issue_message(is));
    }
    congdoan_output *out = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&out), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, out), 0);
    size_t len = 0;
    char *xml = test_output_copy(out, &len);
    sb_put(&o->text, xml, len);
    free(xml);
}

static const char baseline_report[] =
    CD "  <report id=\"baseline.r1\" unit=\"laichau\" document=\"kh-240-tld-2022\" period=\"2025\"/>\n"
       "</congdoan>\n";

/* Load a file (path) or a buffer (data) with `threads` threads into a new corpus, or into one
 * holding what tests/test-hostile.c's cases expect (with_baseline). */
static void load(outcome *o, int threads, int with_baseline, const char *path, const char *data, size_t size,
                 const char *name)
{
    congdoan_corpus *c = test_new_corpus();
    congdoan_issues *issues = test_new_issues();
    ck_assert_int_eq(congdoan_corpus_set_load_threads(c, threads), 0);
    if (with_baseline) {
        static const char *const names[] = {"units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml"};
        for (size_t i = 0; i < 3; i++)
            ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path(names[i]), NULL), 0);
        ck_assert_int_eq(congdoan_corpus_load_memory(c, BUF(baseline_report), "baseline-report", NULL), 0);
    }
    ck_assert_int_eq(congdoan_corpus_get_load_threads(c), threads);
    long started = congdoan__load_threads_started();
    congdoan_error_clear();
    int rc = path ? congdoan_corpus_load_path(c, path, issues) : congdoan_corpus_load_memory(c, data, size, name, issues);
    /* a load that reads anything starts its thread (a file refused before reading does not) */
    if (threads == 2 && (rc == 0 || congdoan_issues_count(issues) > 1))
        ck_assert_msg(congdoan__load_threads_started() > started, "%s: no parse thread was started", path ? path : name);
    describe(o, c, issues, rc);
    test_drop_issues(issues);
    test_drop_corpus(c);
}

/* Both ways, compared; returns the status (the same both ways). */
static int same_both_ways(int with_baseline, const char *path, const char *data, size_t size, const char *name)
{
    outcome one = {0}, two = {0};
    load(&one, 1, with_baseline, path, data, size, name);
    load(&two, 2, with_baseline, path, data, size, name);
    if (strcmp(one.text.data, two.text.data) != 0) {
        size_t i = 0;
        while (one.text.data[i] && one.text.data[i] == two.text.data[i])
            i++;
        size_t from = i > 200 ? i - 200 : 0;
        ck_abort_msg("%s: one thread and two differ at byte %zu:\n--- one:\n%.400s\n--- two:\n%.400s", path ? path : name,
                     i, one.text.data + from, two.text.data + from);
    }
    int rc = one.rc;
    free(one.text.data);
    free(two.text.data);
    return rc;
}

/* Loads of a few kilobytes keep to one thread unless told (congdoan__load_thread_min_size):
 * here every input takes the two-thread road. */
static size_t saved_min;

static void setup(void)
{
    saved_min = congdoan__load_thread_min_size(0);
}

static void teardown(void)
{
    congdoan__load_thread_min_size(saved_min);
    test_release_tracked();
}

START_TEST(test_setting)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_get_load_threads(c), 1);
    ck_assert_int_eq(congdoan_corpus_set_load_threads(c, 0), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_load_threads(c, 3), CONGDOAN_EINVAL);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "1 or 2"));
    ck_assert_int_eq(congdoan_corpus_get_load_threads(c), 1);
    ck_assert_int_eq(congdoan_corpus_set_load_threads(c, 2), 0);
    ck_assert_int_eq(congdoan_corpus_get_load_threads(c), 2);
    ck_assert_int_eq(congdoan_corpus_set_load_threads(NULL, 2), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_get_load_threads(NULL), -1);
}
END_TEST

/* Every .xml file of a folder, and the folder as one load. */
static size_t every_file(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || (strcmp(e->d_name + len - 4, ".xml") != 0 && !strstr(e->d_name, ".hostile")))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        same_both_ways(0, path, NULL, 0, NULL);
        n++;
    }
    closedir(d);
    return n;
}

START_TEST(test_files)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", test_sample_path(""));
    ck_assert_uint_eq(every_file(dir), 8);
    ck_assert_int_eq(same_both_ways(0, dir, NULL, 0, NULL), 0); /* examples/data loads whole */
    snprintf(dir, sizeof dir, "%s", test_data_path(""));
    ck_assert_uint_ge(every_file(dir), 17);
    snprintf(dir, sizeof dir, "%s", test_data_path("hostile"));
    ck_assert_uint_eq(every_file(dir), 12);
    snprintf(dir, sizeof dir, "%s", test_data_path("foreign"));
    ck_assert_uint_eq(every_file(dir), 4);
}
END_TEST

START_TEST(test_hostile_cases)
{
    const bad_case *b = &bad_cases[_i];
    int rc = same_both_ways(1, NULL, b->data, b->size, b->label);
    ck_assert_msg(rc == b->e.code, "%s: status %d, expected %d", b->label, rc, b->e.code);
}
END_TEST

/* n units, each with a report of values, and `tail` appended before the closing tag. */
static char *big_input(size_t units, const char *inside, const char *tail, size_t *size)
{
    strbuf b = {0};
    sb_str(&b, CD "<unit id=\"top\" level=\"central\" name=\"Tổng Liên đoàn\"/>\n");
    sb_str(&b, "<document id=\"kh\" kind=\"plan\" number=\"1/KH-TLĐ\" issued=\"2025-01-02\" issuer=\"top\">\n"
               "  <title>Kế hoạch</title>\n"
               "  <section id=\"s1\">\n"
               "    <indicator id=\"i1\" measure=\"count\" comparator=\"at-least\" target=\"500\"><text>Kết nạp đoàn viên mới</text></indicator>\n"
               "    <indicator id=\"i2\" measure=\"count\" comparator=\"at-least\" target=\"50\"><text>Thành lập công đoàn cơ sở</text></indicator>\n"
               "  </section>\n"
               "</document>\n");
    for (size_t i = 0; i < units; i++) {
        sb_printf(&b, "<unit id=\"u%zu\" level=\"grassroots\" parent=\"top\" name=\"Công đoàn cơ sở số %zu\"/>\n", i, i);
        sb_printf(&b, "<report id=\"r%zu\" unit=\"u%zu\" document=\"kh\" period=\"2025\">\n", i, i);
        if (i == units / 2 && inside)
            sb_str(&b, inside);
        sb_printf(&b, "  <value indicator=\"i1\" value=\"%zu\"/>\n  <value indicator=\"i2\" value=\"%zu.5\"/>\n</report>\n",
                  i * 7 % 1000, i % 100);
    }
    sb_str(&b, tail);
    *size = b.len;
    return b.data;
}

START_TEST(test_big_inputs)
{
    size_t size;
    /* good: a few megabytes, many blocks */
    char *xml = big_input(20000, NULL, "</congdoan>\n", &size);
    ck_assert_uint_gt(size, 4u << 20);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "big.xml"), 0);
    free(xml);

    /* a comment and an attribute each longer than a block, text of many pieces */
    strbuf inside = {0};
    sb_str(&inside, "  <!-- ");
    for (int i = 0; i < 20000; i++)
        sb_str(&inside, "chú thích ");
    sb_str(&inside, "-->\n");
    strbuf tail = {0};
    sb_str(&tail, "<document id=\"long\" kind=\"plan\" number=\"2/KH-TLĐ\" issued=\"2025-01-02\" issuer=\"top\">\n  <title>");
    for (int i = 0; i < 30000; i++)
        sb_str(&tail, "Nghị quyết ");
    sb_str(&tail, "</title>\n</document>\n</congdoan>\n");
    xml = big_input(3000, inside.data, tail.data, &size);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "long.xml"), 0);
    free(xml);
    free(inside.data);
    free(tail.data);

    /* a fatal error in the middle: the parse thread has run ahead and is stopped; an unknown
     * attribute before it (recoverable) is not reported, as in one thread */
    xml = big_input(20000, "  <value indicator=\"i1\" value=\"1\" colour=\"red\"/>\n  <value indicator=\"i1\" value=\"2\"></valeu>\n",
                    "</congdoan>\n", &size);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "fatal.xml"), CONGDOAN_EPARSE);
    free(xml);

    /* cut short after a report's last value: the file ends inside that <report> (said once the
     * parse thread has run to the end of the input) */
    xml = big_input(20000, NULL, "</congdoan>\n", &size);
    size_t lost = strlen("</report>\n</congdoan>\n");
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size - lost, "cut.xml"), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "the file ends inside <report>"));
    free(xml);

    /* cut short inside an element of another namespace, its prefix declared on it: named as the
     * file writes it (the parse thread replays the prefix with the tag) */
    xml = big_input(20000, NULL, "<ex:note xmlns:ex=\"urn:example\">Ghi chú của văn phòng", &size);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "cut-foreign.xml"), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "the file ends inside <ex:note>"));
    free(xml);

    /* tags over several lines, a line end inside an attribute value, unknown attributes (their
     * problems say where): the columns of tags that do not start after a run of text */
    xml = big_input(5000,
                    "  <value\n      indicator=\"i1\" value=\"5\" colour=\"red\"/>\n"
                    "  <value indicator=\"i2\" value=\"6\" note=\"a\nb\"/><value indicator=\"i1\" size=\"2\"\n/>\n"
                    "  <!-- a comment --><value indicator=\"i2\" value=\"7\" x=\"1\"/>\n"
                    "  <![CDATA[ a < b & c ]]>\n",
                    "</congdoan>\n", &size);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "lines.xml"), CONGDOAN_ESCHEMA);
    free(xml);

    /* recoverable problems all through, then a limit of the loader's (depth) */
    xml = big_input(20000, "  <value indicator=\"nope\" value=\"x\"/>\n", "<unit id=\"deep\" level=\"central\" name=\"D\"><a><b><c><d/></c></b></a></unit>\n</congdoan>\n", &size);
    ck_assert_int_ne(same_both_ways(0, NULL, xml, size, "problems.xml"), 0);
    free(xml);

    /* the parse thread's own problem: a start tag over the attributes limit (the scan) */
    strbuf many = {0};
    sb_str(&many, "  <value indicator=\"i1\" value=\"1\"");
    for (int i = 0; i < 300; i++)
        sb_printf(&many, " a%d=\"%d\"", i, i);
    sb_str(&many, "/>\n");
    xml = big_input(20000, many.data, "</congdoan>\n", &size);
    ck_assert_int_eq(same_both_ways(0, NULL, xml, size, "attrs.xml"), CONGDOAN_ELIMIT);
    free(xml);
    free(many.data);
}
END_TEST

/* The depth limit lowered: the loader (the calling thread) stops the parse thread. */
START_TEST(test_limit_stops_parse)
{
    size_t size;
    char *xml = big_input(30000, NULL, "</congdoan>\n", &size);
    for (int threads = 1; threads <= 2; threads++) {
        congdoan_corpus *c = test_new_corpus();
        congdoan_issues *issues = test_new_issues();
        ck_assert_int_eq(congdoan_corpus_set_load_threads(c, threads), 0);
        ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ELEMENTS, 1000), 0);
        ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, size, "many.xml", issues), CONGDOAN_ELIMIT);
        ck_assert_uint_eq(congdoan_issues_count(issues), 1);
        const congdoan_issue *is = congdoan_issues_get(issues, 0);
        ck_assert_str_eq(congdoan_issue_tag(is), "limit-exceeded");
        /* element 1001: the root (line 1), the top unit (2), the document's 7 elements (lines
         * 3-7), then 4 elements in 5 lines per unit: unit i is element 10 + 4i on line 10 + 5i,
         * its report's second value element 13 + 4i on line 13 + 5i; 1001 is unit 247's, on
         * line 1248 */
        ck_assert_int_eq(congdoan_issue_line(is), 1248);
        ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
        test_drop_issues(issues);
        test_drop_corpus(c);
    }
    free(xml);
}
END_TEST

/* Every allocation of the library failing from the n-th on, in either thread: the load fails
 * with CONGDOAN_ENOMEM and leaves the corpus empty, or succeeds whole (the corpus written back
 * as without failures); nothing leaks (valgrind and AddressSanitizer run this file). */
START_TEST(test_allocation_failures)
{
    size_t size;
    char *xml = big_input(1500, "  <value indicator=\"i1\" value=\"3\" colour=\"red\"/>\n", "</congdoan>\n", &size);
    outcome whole = {0};
    load(&whole, 2, 0, NULL, xml, size, "alloc.xml");
    ck_assert_int_eq(whole.rc, CONGDOAN_ESCHEMA); /* the unknown attribute: an error, said once */
    long step = test_under_valgrind() ? 7 : 1, failed = 0, runs = 0, n;
    for (n = 1;; n += step) {
        runs++;
        congdoan_corpus *c = test_new_corpus();
        congdoan_issues *issues = test_new_issues();
        ck_assert_int_eq(congdoan_corpus_set_load_threads(c, 2), 0);
        congdoan__alloc_fail_at(n);
        int rc = congdoan_corpus_load_memory(c, xml, size, "alloc.xml", issues);
        long made = congdoan__alloc_fail_at(0);
        if (rc == CONGDOAN_ENOMEM) {
            ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ENOMEM);
            ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
            ck_assert_uint_eq(congdoan_corpus_report_count(c), 0);
            failed++;
        } else {
            outcome o = {0};
            describe(&o, c, issues, rc);
            ck_assert_str_eq(o.text.data, whole.text.data);
            free(o.text.data);
            if (made < n) { /* every allocation made without failing: done */
                test_drop_issues(issues);
                test_drop_corpus(c);
                break;
            }
        }
        test_drop_issues(issues);
        test_drop_corpus(c);
    }
    /* every run failed until n passed the allocations a whole load makes (about 80) */
    ck_assert_int_eq(failed, runs - 1);
    ck_assert_int_gt(n, 50);
    free(whole.text.data);
    free(xml);
}
END_TEST

/* As the library is used: a small input loads in one thread although two are allowed, a large
 * one (4 MiB and more) starts its parse thread. */
START_TEST(test_small_inputs_keep_to_one_thread)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_set_load_threads(c, 2), 0);
    long started = congdoan__load_threads_started();
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_sample_path("units-laichau.xml"), NULL), 0);
    ck_assert_int_eq(congdoan__load_threads_started(), started);
    size_t size;
    char *xml = big_input(20000, NULL, "</congdoan>\n", &size);
    ck_assert_uint_ge(size, 4u << 20);
    congdoan_corpus *big = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_set_load_threads(big, 2), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(big, xml, size, "big.xml", NULL), 0);
    ck_assert_int_eq(congdoan__load_threads_started(), started + 1);
    ck_assert_uint_eq(congdoan_corpus_unit_count(big), 20001);
    free(xml);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("load-threads");
    TCase *t = tcase_create("same");
    tcase_set_timeout(t, 600);
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_setting);
    tcase_add_test(t, test_files);
    tcase_add_loop_test(t, test_hostile_cases, 0, (int)(sizeof bad_cases / sizeof bad_cases[0]));
    tcase_add_test(t, test_big_inputs);
    tcase_add_test(t, test_limit_stops_parse);
    tcase_add_test(t, test_allocation_failures);
    suite_add_tcase(s, t);
    TCase *u = tcase_create("as used");
    tcase_set_timeout(u, 600);
    tcase_add_checked_fixture(u, NULL, test_release_tracked);
    tcase_add_test(u, test_small_inputs_keep_to_one_thread);
    suite_add_tcase(s, u);
    return s;
}

int main(void)
{
    return test_run_suite(suite());
}
