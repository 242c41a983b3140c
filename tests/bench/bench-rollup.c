/*
 * bench-rollup: what a roll-up costs, next to baselines measured in the same run.
 *
 *   bench-rollup [-n RUNS] FILE [DOCUMENT-ID UNIT-ID PERIOD [DISTRICT-ID]]
 *
 * Loads FILE (made by gen-national), copies every reported figure into flat arrays of doubles
 * (value, numerator, denominator: what the roll-up adds up), times the process's first full
 * roll-up by itself (its work memory fresh from the system: page faults, printed), rolls up
 * again until a roll-up takes no page fault (at most WARM_UP_MAX times: the C library keeps its
 * freed blocks only once its threshold for mapping them has grown, after two or three), then,
 * interleaved, RUNS times:
 *   - the flat pass (baseline): one loop adding the three arrays (flat-pass.c, built at -O3
 *     whatever the build type: vectorised, the fastest honest pass);
 *   - the full roll-up: congdoan_progress_compute() of the document's indicators over the top
 *     unit's whole subtree for the period, and congdoan_progress_free();
 *   - one district: the same over one unit directly above grassroots (by default the one whose
 *     subtree has the median size among them), repeated enough times to be timed, per call.
 * Prints the build of both sides, every run with the page faults of its roll-up, the medians
 * and the ratios against the targets of issue 14 (roll-up / flat pass at most 2, judged on the
 * interleaved runs, as the flat pass's arrays are also written before it is timed; district /
 * full roll-up at most 0.01), and the first roll-up's ratio beside them. It is a benchmark, not
 * a test: it always exits 0 when it could run.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _POSIX_C_SOURCE 200809L
#include "flat-pass.h"

#include <congdoan.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

enum { MAX_RUNS = 101, DISTRICT_REPEAT = 50, WARM_UP_MAX = 10 };

#ifndef BENCH_LIB_BUILD
#define BENCH_LIB_BUILD "unknown"
#endif
#ifndef BENCH_FLAT_BUILD
#define BENCH_FLAT_BUILD "unknown"
#endif

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v, int n)
{
    double s[MAX_RUNS];
    memcpy(s, v, (size_t)n * sizeof *s);
    qsort(s, (size_t)n, sizeof *s, cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static volatile double sink; /* keeps the compiler from dropping the flat sum */

/* Minor page faults of this process so far. */
static long faults(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_minflt : 0;
}

static size_t subtree_size(const congdoan_unit *u)
{
    size_t n = 1;
    for (size_t i = 0; i < congdoan_unit_child_count(u); i++)
        n += subtree_size(congdoan_unit_child(u, i));
    return n;
}

typedef struct sized {
    const congdoan_unit *u;
    size_t n;
} sized;

static int cmp_sized(const void *a, const void *b)
{
    size_t x = ((const sized *)a)->n, y = ((const sized *)b)->n;
    return (x > y) - (x < y);
}

/* The unit directly above grassroots whose subtree has the median size among them. */
static const congdoan_unit *median_district(const congdoan_corpus *c)
{
    size_t n = 0, count = congdoan_corpus_unit_count(c);
    sized *all = malloc((count ? count : 1) * sizeof *all);
    if (!all)
        return NULL;
    for (size_t i = 0; i < count; i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        if (congdoan_unit_get_kind(u) == CONGDOAN_UNIT_ORGANISATION &&
            congdoan_unit_level(u) == CONGDOAN_LEVEL_UPPER_GRASSROOTS && congdoan_unit_child_count(u))
            all[n++] = (sized){u, subtree_size(u)};
    }
    qsort(all, n, sizeof *all, cmp_sized);
    const congdoan_unit *u = n ? all[n / 2].u : NULL;
    free(all);
    return u;
}

/* One roll-up, timed; -1 when it fails. A function of its own (and district_calls below), for
 * `valgrind --tool=callgrind` and callgrind_annotate --inclusive=yes: instruction counts
 * that the machine's load does not change. The first roll-up and the warm-up go through
 * untimed_rollup(), so that rollup() counts the interleaved runs only. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static double rollup(const congdoan_corpus *c, const congdoan_document *d, const congdoan_unit *u, const char *period)
{
    congdoan_progress *p = NULL;
    double t = now();
    if (congdoan_progress_compute(c, d, u, period, 0, &p) != 0) {
        fprintf(stderr, "bench-rollup: %s\n", congdoan_error_last_message());
        return -1;
    }
    congdoan_progress_free(p);
    return now() - t;
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static double untimed_rollup(const congdoan_corpus *c, const congdoan_document *d, const congdoan_unit *u,
                             const char *period, long *took)
{
    long f = faults();
    double t = now();
    congdoan_progress *p = NULL;
    if (congdoan_progress_compute(c, d, u, period, 0, &p) != 0) {
        fprintf(stderr, "bench-rollup: %s\n", congdoan_error_last_message());
        return -1;
    }
    congdoan_progress_free(p);
    t = now() - t;
    *took = faults() - f;
    return t;
}

/* The measured full roll-up: rollup() itself, in a function of its own so that callgrind's
 * --toggle-collect=full_rollup counts it apart from the district's (bench-table.py reads how
 * much of it is clearing memory). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static double full_rollup(const congdoan_corpus *c, const congdoan_document *d, const congdoan_unit *u,
                          const char *period)
{
    return rollup(c, d, u, period);
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int district_calls(const congdoan_corpus *c, const congdoan_document *d, const congdoan_unit *u, const char *period)
{
    for (int k = 0; k < DISTRICT_REPEAT; k++)
        if (rollup(c, d, u, period) < 0)
            return -1;
    return 0;
}

int main(int argc, char **argv)
{
    int runs = 5, arg = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        arg = 3;
    }
    if (runs < 1 || runs > MAX_RUNS || argc - arg < 1) {
        fprintf(stderr, "usage: bench-rollup [-n RUNS] FILE [DOCUMENT-ID UNIT-ID PERIOD [DISTRICT-ID]]\n");
        return 2;
    }
    const char *path = argv[arg];
    congdoan_corpus *corpus = NULL;
    double t0 = now();
    if (congdoan_corpus_new(&corpus) != 0 || congdoan_corpus_load_file(corpus, path, NULL) != 0) {
        fprintf(stderr, "bench-rollup: cannot load %s: %s\n", path, congdoan_error_last_message());
        return 2;
    }
    double load = now() - t0;

    /* The document with indicators, the top unit and the period: given, or the file's own. */
    const congdoan_document *doc = NULL;
    const congdoan_unit *top = NULL, *district = NULL;
    const char *period = NULL;
    if (argc - arg >= 4) {
        doc = congdoan_corpus_document_by_id(corpus, argv[arg + 1]);
        top = congdoan_corpus_unit_by_id(corpus, argv[arg + 2]);
        period = argv[arg + 3];
    } else {
        for (size_t i = 0; i < congdoan_corpus_document_count(corpus) && !doc; i++)
            if (congdoan_document_indicator_count(congdoan_corpus_document(corpus, i)))
                doc = congdoan_corpus_document(corpus, i);
        top = congdoan_corpus_root(corpus, 0);
        period = congdoan_corpus_report_count(corpus) ? congdoan_report_period(congdoan_corpus_report(corpus, 0)) : NULL;
    }
    district = argc - arg >= 5 ? congdoan_corpus_unit_by_id(corpus, argv[arg + 4]) : median_district(corpus);
    if (!doc || !top || !period || !district) {
        fprintf(stderr, "bench-rollup: no document with indicators, top unit, period or district in %s\n", path);
        return 2;
    }

    size_t n = congdoan_corpus_value_count(corpus);
    double *value = malloc(n * sizeof *value), *num = malloc(n * sizeof *num), *den = malloc(n * sizeof *den);
    if (!value || !num || !den) {
        fprintf(stderr, "bench-rollup: out of memory\n");
        return 2;
    }
    congdoan_corpus_values_fill(corpus, 0, n, NULL, NULL, value, num, den, NULL, NULL);

    size_t units = congdoan_corpus_unit_count(corpus), district_units = subtree_size(district);
    printf("library:   %s\nflat pass: %s\n", BENCH_LIB_BUILD, BENCH_FLAT_BUILD);
    printf("file %s: %zu units, %zu reports, %zu values; loaded in %.3f s\n", path, units,
           congdoan_corpus_report_count(corpus), n, load);
    printf("roll-up: document %s (%zu indicators) for %s; full over %s (%zu units), district %s (%zu units, %.4f of the corpus)\n",
           congdoan_document_id(doc), congdoan_document_indicator_count(doc), period, congdoan_unit_id(top),
           subtree_size(top), congdoan_unit_id(district), district_units, (double)district_units / (double)units);

    long took = 0;
    double first = untimed_rollup(corpus, doc, top, period, &took);
    if (first < 0)
        return 2;
    long first_faults = took;
    printf("first full roll-up in this process: %.3f ms, %ld page faults (its work memory new to the process)\n",
           first * 1e3, first_faults);
    int warm = 0;
    while (took > 0 && warm < WARM_UP_MAX) {
        double t = untimed_rollup(corpus, doc, top, period, &took);
        if (t < 0)
            return 2;
        printf("  warm-up %d: full roll-up %8.3f ms, %ld page faults\n", ++warm, t * 1e3, took);
    }

    double flat[MAX_RUNS], roll[MAX_RUNS], dist[MAX_RUNS];
    for (int r = 0; r < runs; r++) {
        double t = now();
        sink = bench_flat_pass(value, num, den, n);
        flat[r] = now() - t;
        long f = faults();
        if ((roll[r] = full_rollup(corpus, doc, top, period)) < 0)
            return 2;
        f = faults() - f;
        t = now();
        if (district_calls(corpus, doc, district, period) < 0)
            return 2;
        dist[r] = (now() - t) / DISTRICT_REPEAT;
        printf("  run %d: flat pass %8.3f ms   full roll-up %8.3f ms (%ld faults)   district %8.4f ms\n", r + 1,
               flat[r] * 1e3, roll[r] * 1e3, f, dist[r] * 1e3);
    }
    double mf = median(flat, runs), mr = median(roll, runs), md = median(dist, runs);
    printf("medians of %d interleaved run(s) after %d warm-up roll-up(s) (district: mean of %d calls per run):\n", runs,
           warm, DISTRICT_REPEAT);
    printf("  flat pass over the %zu values' three figures (baseline): %9.3f ms\n", n, mf * 1e3);
    printf("  full roll-up of all indicators over the whole hierarchy:  %9.3f ms\n", mr * 1e3);
    printf("  one district (%zu units):                                 %9.4f ms\n", district_units, md * 1e3);
    printf("  the process's first full roll-up:                         %9.3f ms (%ld page faults; %.2f x the flat pass)\n",
           first * 1e3, first_faults, first / mf);
    printf("target: full roll-up / flat pass   %.2f (at most 2)     %s\n", mr / mf, mr / mf <= 2.0 ? "PASS" : "MISS");
    printf("target: district / full roll-up    %.4f (at most 0.01) %s\n", md / mr, md / mr <= 0.01 ? "PASS" : "MISS");
    free(value);
    free(num);
    free(den);
    congdoan_corpus_free(corpus);
    return 0;
}
