/* Several threads querying one loaded corpus at once (corpus.h: "reading from several threads
 * once loading is done is safe"), each with its own last error.
 *
 * The sample data (examples/data) is loaded once. The main thread runs every kind of query
 * once and keeps a digest of the answers: progress of every document for the units at the
 * first two levels and every period reported, the cascades, the tasks of units, the overdue
 * tasks, look-ups, bulk columns, the corpus check and the whole corpus written to memory.
 * Then THREADS threads run the same queries ROUNDS times and must get the same digest every
 * time. Each thread first fails a look-up of its own ("no unit 'nowhere-3'"), and its last
 * error must still be that one after every round (successful calls leave it alone; another
 * thread's failures never show), then it fails a second time and must see its second error.
 *
 * Run under ThreadSanitizer by tests/run-all.sh (a clang build with -Db_sanitize=thread),
 * and as an ordinary unit test everywhere else. Public API only.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "congdoan.h"

enum { THREADS = 4, DEFAULT_ROUNDS = 20 };

static congdoan_corpus *corpus;
static int rounds = DEFAULT_ROUNDS;

/* FNV-1a over everything a query answers: enough to tell two runs apart. */
typedef struct digest {
    uint64_t h;
    long items;
} digest;

static void mix(digest *d, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        d->h = (d->h ^ b[i]) * 0x100000001b3u;
    d->items++;
}

static void mix_str(digest *d, const char *s)
{
    mix(d, s ? s : "(null)", s ? strlen(s) + 1 : 7);
}

static void mix_long(digest *d, long v)
{
    mix(d, &v, sizeof v);
}

static void mix_double(digest *d, double v)
{
    mix(d, &v, sizeof v);
}

static int query_progress(digest *d, const congdoan_document *doc, const congdoan_unit *unit, const char *period)
{
    congdoan_progress *p = NULL;
    int rc = congdoan_progress_compute(corpus, doc, unit, period, 20251231, &p);
    mix_long(d, rc);
    if (rc != 0)
        return 0; /* a department, a period the document does not know …: an answer too */
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
        double v = 0;
        mix_long(d, congdoan_progress_status(p, i));
        mix_long(d, congdoan_progress_actual(p, i, &v));
        mix_double(d, v);
        mix_long(d, (long)congdoan_progress_contributors(p, i));
    }
    for (size_t c = 0; c < congdoan_progress_child_count(p); c++)
        mix_str(d, congdoan_unit_id(congdoan_progress_child(p, c)));
    mix_long(d, (long)congdoan_progress_finding_count(p));
    mix_long(d, (long)congdoan_progress_expected_count(p));
    congdoan_progress_free(p);
    return 0;
}

/* Every query once; 0, or -1 when something that must work did not. */
static int run_queries(digest *d)
{
    d->h = 0xcbf29ce484222325u;
    d->items = 0;
    size_t n_units = congdoan_corpus_unit_count(corpus);
    size_t n_docs = congdoan_corpus_document_count(corpus);
    size_t n_reports = congdoan_corpus_report_count(corpus);

    /* progress: every document, for the organisations of the first two levels, for every
     * period a report gives */
    for (size_t k = 0; k < n_docs; k++) {
        const congdoan_document *doc = congdoan_corpus_document(corpus, k);
        for (size_t u = 0; u < n_units; u++) {
            const congdoan_unit *unit = congdoan_corpus_unit(corpus, u);
            if (congdoan_unit_get_kind(unit) != CONGDOAN_UNIT_ORGANISATION ||
                congdoan_unit_level(unit) > CONGDOAN_LEVEL_PROVINCIAL)
                continue;
            const char *seen[64];
            size_t n_seen = 0;
            for (size_t r = 0; r < n_reports && n_seen < 64; r++) {
                const congdoan_report *rep = congdoan_corpus_report(corpus, r);
                if (congdoan_report_document(rep) != doc)
                    continue;
                const char *period = congdoan_report_period(rep);
                int again = 0;
                for (size_t s = 0; s < n_seen; s++)
                    again |= strcmp(seen[s], period) == 0;
                if (!again)
                    seen[n_seen++] = period;
            }
            for (size_t s = 0; s < n_seen; s++)
                query_progress(d, doc, unit, seen[s]);
        }
    }

    /* cascades of every document */
    for (size_t k = 0; k < n_docs; k++) {
        congdoan_cascade *c = NULL;
        int rc = congdoan_cascade_compute(corpus, congdoan_corpus_document(corpus, k), &c);
        mix_long(d, rc);
        if (rc != 0)
            return -1;
        mix_long(d, (long)congdoan_cascade_lower_count(c));
        for (size_t l = 0; l < congdoan_cascade_lower_count(c); l++)
            for (size_t i = 0; i < congdoan_cascade_indicator_count(c); i++)
                mix_long(d, congdoan_cascade_demand(c, l, i));
        mix_long(d, (long)congdoan_cascade_missing_count(c));
        congdoan_cascade_free(c);
    }

    /* tasks of every unit, overdue tasks */
    for (size_t u = 0; u < n_units; u++) {
        congdoan_task_list *list = NULL;
        if (congdoan_corpus_tasks_for_unit(corpus, congdoan_corpus_unit(corpus, u),
                                           CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR, 0, &list) != 0)
            return -1;
        for (size_t i = 0; i < congdoan_task_list_count(list); i++)
            mix_str(d, congdoan_task_id(congdoan_task_list_get(list, i)));
        congdoan_task_list_free(list);
    }
    congdoan_task_list *overdue = NULL;
    if (congdoan_corpus_overdue_tasks(corpus, NULL, 20250630, &overdue) != 0)
        return -1;
    mix_long(d, (long)congdoan_task_list_count(overdue));
    congdoan_task_list_free(overdue);

    /* look-ups */
    const congdoan_unit *unit = NULL;
    const congdoan_document *doc = NULL;
    mix_long(d, congdoan_corpus_lookup_unit(corpus, "LĐLĐ tỉnh Lai Châu", &unit, NULL));
    mix_str(d, congdoan_unit_id(unit));
    mix_long(d, congdoan_corpus_lookup_document(corpus, "240/KH-TLD", &doc, NULL));
    mix_str(d, doc ? congdoan_document_id(doc) : NULL);
    mix_str(d, congdoan_unit_name(congdoan_corpus_unit_by_id(corpus, "laichau")));

    /* bulk columns */
    long *parent = calloc(n_units ? n_units : 1, sizeof *parent);
    size_t n_values = congdoan_corpus_value_count(corpus);
    double *values = calloc(n_values ? n_values : 1, sizeof *values);
    if (!parent || !values) {
        free(parent);
        free(values);
        return -1;
    }
    mix_long(d, (long)congdoan_corpus_units_fill(corpus, 0, n_units, NULL, NULL, parent, NULL, NULL, NULL, NULL, NULL));
    mix(d, parent, n_units * sizeof *parent);
    mix_long(d, (long)congdoan_corpus_values_fill(corpus, 0, n_values, NULL, NULL, values, NULL, NULL, NULL, NULL));
    mix(d, values, n_values * sizeof *values);
    free(parent);
    free(values);

    /* the check, and the whole corpus written out */
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) != 0)
        return -1;
    mix_long(d, congdoan_corpus_check(corpus, issues));
    mix_long(d, (long)congdoan_issues_count(issues));
    congdoan_issues_free(issues);
    congdoan_output *out = NULL;
    if (congdoan_output_new_memory(&out) != 0 || congdoan_write_corpus(corpus, CONGDOAN_WRITE_ALL, out) != 0 ||
        congdoan_output_finish(out) != 0) {
        congdoan_output_free(out);
        return -1;
    }
    size_t size = 0;
    const char *xml = congdoan_output_data(out, &size);
    mix(d, xml, size);
    congdoan_output_free(out);
    return 0;
}

typedef struct worker {
    int index;
    digest want;
    int failures;
    char why[256];
} worker;

static void fail(worker *w, const char *why)
{
    if (!w->failures++)
        snprintf(w->why, sizeof w->why, "%s", why);
}

/* This thread's own failure, and whether the last error is still exactly it. */
static void fail_own_lookup(worker *w, int second, char *want, size_t size)
{
    char query[64];
    snprintf(query, sizeof query, "nowhere-%d-%d", w->index, second);
    const congdoan_unit *u = NULL;
    if (congdoan_corpus_lookup_unit(corpus, query, &u, NULL) != CONGDOAN_ENOTFOUND)
        fail(w, "a look-up of a unit that does not exist did not answer CONGDOAN_ENOTFOUND");
    snprintf(want, size, "%s", congdoan_error_last_message());
    if (!strstr(want, query))
        fail(w, "the last error does not name the thread's own query");
}

static void *work(void *arg)
{
    worker *w = arg;
    char own[1024];
    fail_own_lookup(w, 0, own, sizeof own);
    for (int r = 0; r < rounds; r++) {
        digest got;
        if (run_queries(&got) != 0)
            fail(w, "a query failed");
        else if (got.h != w->want.h || got.items != w->want.items)
            fail(w, "the answers differ from the single-threaded ones");
        if (strcmp(congdoan_error_last_message(), own) != 0 || congdoan_error_last_code() != CONGDOAN_ENOTFOUND)
            fail(w, "the thread's last error changed under it");
    }
    fail_own_lookup(w, 1, own, sizeof own);
    if (congdoan_error_last_code() != CONGDOAN_ENOTFOUND || strcmp(congdoan_error_last_message(), own) != 0)
        fail(w, "the thread's second error is not its last error");
    return NULL;
}

int main(void)
{
    const char *data = getenv("CONGDOAN_SAMPLE_DATA");
    const char *r = getenv("CONGDOAN_CONCURRENT_ROUNDS");
    if (r && atoi(r) > 0)
        rounds = atoi(r);
    if (congdoan_corpus_new(&corpus) != 0 || congdoan_corpus_load_path(corpus, data ? data : "examples/data", NULL) != 0) {
        fprintf(stderr, "cannot load the sample data: %s\n", congdoan_error_last_message());
        return 1;
    }
    digest want;
    if (run_queries(&want) != 0) {
        fprintf(stderr, "a query failed in one thread: %s\n", congdoan_error_last_message());
        return 1;
    }
    worker workers[THREADS];
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        memset(&workers[i], 0, sizeof workers[i]);
        workers[i].index = i;
        workers[i].want = want;
        if (pthread_create(&threads[i], NULL, work, &workers[i]) != 0) {
            fprintf(stderr, "cannot start thread %d\n", i);
            return 1;
        }
    }
    int failed = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        if (workers[i].failures) {
            fprintf(stderr, "thread %d: %d failure(s), the first: %s\n", i, workers[i].failures, workers[i].why);
            failed = 1;
        }
    }
    printf("%d threads x %d rounds of %ld answers each (digest %016llx): %s\n", THREADS, rounds, want.items,
           (unsigned long long)want.h, failed ? "FAILED" : "all the same as in one thread");
    congdoan_corpus_free(corpus);
    return failed;
}
