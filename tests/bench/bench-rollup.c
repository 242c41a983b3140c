/*
 * bench-rollup: the cost of a national roll-up of all indicators, next to one plain pass
 * summing the same values held in flat arrays, measured in the same run.
 *
 *   bench-rollup [-n RUNS] FILE [DOCUMENT-ID UNIT-ID PERIOD]
 *
 * Loads FILE (made by gen-national), copies every reported figure into flat arrays of doubles
 * (value, numerator, denominator: what the roll-up adds up), then times, RUNS times each:
 *   - the flat pass: one loop adding the three arrays;
 *   - the roll-up: congdoan_progress_compute() of the document's indicators over the top
 *     unit's whole subtree for the period, and congdoan_progress_free().
 * Prints every run, the medians and their ratio against the target (at most 3x). It is a
 * benchmark, not a test: it always exits 0 when it could run.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _POSIX_C_SOURCE 200809L
#include <congdoan.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_RUNS = 101 };

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

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The flat pass. `volatile` keeps the compiler from dropping the sum. */
static volatile double sink;

#if defined(__GNUC__)
__attribute__((noinline)) /* a function of its own, for callgrind --toggle-collect=flat_pass */
#endif
static double flat_pass(const double *value, const double *num, const double *den, size_t n)
{
    double t0 = now(), s = 0;
    for (size_t i = 0; i < n; i++)
        s += (value[i] == value[i] ? value[i] : 0) + (num[i] == num[i] ? num[i] : 0) + (den[i] == den[i] ? den[i] : 0);
    sink = s;
    return now() - t0;
}

int main(int argc, char **argv)
{
    int runs = 5, arg = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        arg = 3;
    }
    if (runs < 1 || runs > MAX_RUNS || argc - arg < 1) {
        fprintf(stderr, "usage: bench-rollup [-n RUNS] FILE [DOCUMENT-ID UNIT-ID PERIOD]\n");
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
    const congdoan_unit *top = NULL;
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
    if (!doc || !top || !period) {
        fprintf(stderr, "bench-rollup: no document with indicators, top unit or period in %s\n", path);
        return 2;
    }

    size_t n = congdoan_corpus_value_count(corpus);
    double *value = malloc(n * sizeof *value), *num = malloc(n * sizeof *num), *den = malloc(n * sizeof *den);
    if (!value || !num || !den) {
        fprintf(stderr, "bench-rollup: out of memory\n");
        return 2;
    }
    congdoan_corpus_values_fill(corpus, 0, n, NULL, NULL, value, num, den, NULL, NULL);

    printf("file %s: %zu units, %zu reports, %zu values; loaded in %.3f s\n", path,
           congdoan_corpus_unit_count(corpus), congdoan_corpus_report_count(corpus), n, load);
    printf("roll-up: document %s (%zu indicators) over %s for %s\n", congdoan_document_id(doc),
           congdoan_document_indicator_count(doc), congdoan_unit_id(top), period);

    double flat[MAX_RUNS], roll[MAX_RUNS];
    for (int r = 0; r < runs; r++) {
        flat[r] = flat_pass(value, num, den, n);
        congdoan_progress *p = NULL;
        double t = now();
        if (congdoan_progress_compute(corpus, doc, top, period, 0, &p) != 0) {
            fprintf(stderr, "bench-rollup: %s\n", congdoan_error_last_message());
            return 2;
        }
        congdoan_progress_free(p);
        roll[r] = now() - t;
        printf("  run %d: flat pass %8.2f ms   roll-up %8.2f ms   ratio %.2f\n", r + 1, flat[r] * 1e3, roll[r] * 1e3,
               roll[r] / flat[r]);
    }
    double mf = median(flat, runs), mr = median(roll, runs);
    printf("medians of %d run(s):\n  flat pass summing the %zu values' three figures (baseline): %8.2f ms\n"
           "  roll-up of all indicators over the whole hierarchy:           %8.2f ms\n"
           "target: roll-up / flat pass %.2f (at most 3.0)  %s\n",
           runs, n, mf * 1e3, mr * 1e3, mr / mf, mr / mf <= 3.0 ? "PASS" : "MISS");
    free(value);
    free(num);
    free(den);
    congdoan_corpus_free(corpus);
    return 0;
}
