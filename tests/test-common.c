/* Shared helpers for the Check test programs. */
#include "test-common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

#if defined(__has_include)
#  if __has_include(<valgrind/valgrind.h>)
#    include <valgrind/valgrind.h>
#  endif
#endif
#ifndef RUNNING_ON_VALGRIND
#  define RUNNING_ON_VALGRIND 0
#endif

int test_under_valgrind(void)
{
    return RUNNING_ON_VALGRIND != 0;
}

static const char *env_path(const char *var, const char *fallback, const char *name, char *buf, size_t size)
{
    const char *dir = getenv(var);
    if (!dir || !*dir)
        dir = fallback;
    snprintf(buf, size, "%s/%s", dir, name);
    return buf;
}

const char *test_data_path(const char *name)
{
    static char buf[4096];
    return env_path("CONGDOAN_TEST_DATA", "tests/data", name, buf, sizeof buf);
}

const char *test_sample_path(const char *name)
{
    static char buf[4096];
    return env_path("CONGDOAN_SAMPLE_DATA", "examples/data", name, buf, sizeof buf);
}

size_t test_issues_with_tag(const congdoan_issues *issues, const char *tag)
{
    size_t n = 0;
    for (size_t i = 0; i < congdoan_issues_count(issues); i++)
        if (strcmp(congdoan_issue_tag(congdoan_issues_get(issues, i)), tag) == 0)
            n++;
    return n;
}

congdoan_corpus *test_load(const char *const *names)
{
    congdoan_corpus *corpus = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&corpus), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    for (; *names; names++) {
        int rc = congdoan_corpus_load_file(corpus, test_data_path(*names), issues);
        if (rc != 0) {
            for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
                const congdoan_issue *is = congdoan_issues_get(issues, i);
                fprintf(stderr, "%s:%ld:%ld: %s: %s\n", congdoan_issue_file(is), congdoan_issue_line(is),
                        congdoan_issue_column(is), congdoan_issue_tag(is), congdoan_issue_message(is));
            }
            ck_abort_msg("loading %s failed: %s (%s:%ld:%ld)", *names, congdoan_error_last_message(),
                         congdoan_error_last_file(), congdoan_error_last_line(), congdoan_error_last_column());
        }
    }
    congdoan_issues_free(issues);
    return corpus;
}

int test_run_suites(Suite **suites, size_t n)
{
    SRunner *runner = srunner_create(suites[0]);
    for (size_t i = 1; i < n; i++)
        srunner_add_suite(runner, suites[i]);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

int test_run_suite(Suite *suite)
{
    return test_run_suites(&suite, 1);
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    strbuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        sb_put(&b, chunk, n);
    fclose(fp);
    if (!b.data)
        sb_put(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

char *test_output_copy(congdoan_output *out, size_t *len)
{
    ck_assert_int_eq(congdoan_output_finish(out), 0);
    size_t n = 0;
    const char *data = congdoan_output_data(out, &n);
    char *copy = malloc(n + 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, data, n);
    copy[n] = '\0';
    congdoan_output_free(out);
    *len = n;
    return copy;
}

void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->data = realloc(b->data, cap);
        ck_assert_ptr_nonnull(b->data);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sb_str(strbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

void sb_printf(strbuf *b, const char *fmt, ...)
{
    char tmp[2048];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    ck_assert_int_lt(n, (int)sizeof tmp);
    sb_put(b, tmp, (size_t)n);
}

/* ---- objects freed by the teardown ---------------------------------------------------------- */

enum { MAX_TRACKED = 16 };
static congdoan_corpus *tracked_corpora[MAX_TRACKED];
static congdoan_issues *tracked_lists[MAX_TRACKED];

congdoan_corpus *test_track_corpus(congdoan_corpus *c)
{
    for (int i = 0; i < MAX_TRACKED; i++)
        if (!tracked_corpora[i]) {
            tracked_corpora[i] = c;
            return c;
        }
    ck_abort_msg("too many corpora in one test");
    return c;
}

congdoan_corpus *test_new_corpus(void)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    return test_track_corpus(c);
}

congdoan_issues *test_new_issues(void)
{
    congdoan_issues *list = NULL;
    ck_assert_int_eq(congdoan_issues_new(&list), 0);
    for (int i = 0; i < MAX_TRACKED; i++)
        if (!tracked_lists[i]) {
            tracked_lists[i] = list;
            return list;
        }
    ck_abort_msg("too many issue lists in one test");
    return list;
}

void test_drop_corpus(congdoan_corpus *c)
{
    for (int i = 0; c && i < MAX_TRACKED; i++)
        if (tracked_corpora[i] == c)
            tracked_corpora[i] = NULL;
    congdoan_corpus_free(c);
}

void test_drop_issues(congdoan_issues *list)
{
    for (int i = 0; list && i < MAX_TRACKED; i++)
        if (tracked_lists[i] == list)
            tracked_lists[i] = NULL;
    congdoan_issues_free(list);
}

void test_release_tracked(void)
{
    for (int i = 0; i < MAX_TRACKED; i++) {
        congdoan_corpus_free(tracked_corpora[i]);
        congdoan_issues_free(tracked_lists[i]);
        tracked_corpora[i] = NULL;
        tracked_lists[i] = NULL;
    }
}

congdoan_corpus *test_reloaded(const congdoan_corpus *c)
{
    congdoan_output *out = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&out), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, out), 0);
    ck_assert_int_eq(congdoan_output_finish(out), 0);
    size_t size = 0;
    const char *xml = congdoan_output_data(out, &size);
    congdoan_corpus *loaded = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(loaded, xml, size, "written.xml", NULL), 0);
    congdoan_output_free(out);
    return loaded;
}

double test_map_mean_probe(const congdoan__map *m)
{
    size_t total = 0, n = 0, mask = m->cap - 1;
    for (size_t j = 0; j < m->cap; j++)
        if (congdoan__map_slot_at(m, j)->key) {
            total += (j - (congdoan__map_slot_at(m, j)->hash & mask)) & mask;
            n++;
        }
    return n ? (double)total / (double)n : 0;
}
