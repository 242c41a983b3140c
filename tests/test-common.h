/* Shared helpers for the Check test programs. */
#ifndef CONGDOAN_TEST_COMMON_H
#define CONGDOAN_TEST_COMMON_H

#include <check.h>
#include <stddef.h>

#include "congdoan.h"

/* The path of a fixture in tests/data (CONGDOAN_TEST_DATA), in a static buffer. */
const char *test_data_path(const char *name);
/* The path of a file in examples/data (CONGDOAN_SAMPLE_DATA), in a static buffer. */
const char *test_sample_path(const char *name);
/* A new corpus with the named fixtures loaded; fails the test on any error (printing the issues). */
congdoan_corpus *test_load(const char *const *names);
/* Run one suite and return the process exit status (0 when every test passed). */
int test_run_suite(Suite *suite);
/* Run several suites. */
int test_run_suites(Suite **suites, size_t n);
/* Whether an issue list holds an issue with this tag (count of them). */
size_t test_issues_with_tag(const congdoan_issues *issues, const char *tag);

/* Corpora and issue lists that a test may leave behind when an assertion fails (Check's
 * checked teardown calls test_release_tracked(), so valgrind sees only real leaks). The new_
 * functions fail the test when they cannot make the object; drop_ frees one early. */
congdoan_corpus *test_track_corpus(congdoan_corpus *c);
congdoan_corpus *test_new_corpus(void);
congdoan_issues *test_new_issues(void);
void test_drop_corpus(congdoan_corpus *c);
void test_drop_issues(congdoan_issues *list);
void test_release_tracked(void);

/* Whether the test runs under valgrind (loops then sample their cases). */
int test_under_valgrind(void);

/* The bytes of a file, NUL-terminated (free with free()); *len their count (len may be NULL).
 * Fails the test when the file cannot be read. */
char *test_read_file(const char *path, size_t *len);
/* Finish an output made with congdoan_output_new_memory(), free it, and return a NUL-terminated
 * copy of what it holds (free with free()) with its length in *len. */
char *test_output_copy(congdoan_output *out, size_t *len);

/* The corpus written (everything) and read into a new corpus, tracked; fails the test on any error. */
congdoan_corpus *test_reloaded(const congdoan_corpus *c);
/* The mean distance of a keyed table's entries from their home slot (0: each where its hash puts
 * it): what a look-up costs beyond one probe. The table is lib/base/base.h's congdoan__map. */
struct congdoan__map;
double test_map_mean_probe(const struct congdoan__map *m);

/* A growing, NUL-terminated string (failures end the test). */
typedef struct strbuf {
    char *data;
    size_t len, cap;
} strbuf;
void sb_put(strbuf *b, const char *s, size_t n);
void sb_str(strbuf *b, const char *s);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
