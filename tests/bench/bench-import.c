/*
 * bench-import: how fast the importer reads a large text, against a plain read of the same
 * bytes in the same run, and whether its cost is linear in the text.
 *
 *   bench-import [-n N] [-k COPIES] [--once] FILE.txt...
 *
 * The texts given (the seeds, corpus-dev) are concatenated COPIES times (default 64) into one
 * text in memory. Then, N times each (default 5), interleaved so that a slow phase of the
 * machine hits both:
 * (a) read:   a plain pass over the bytes: lines counted with memchr and every byte summed
 *             (what any reader must at least do);
 * (b) import: congdoan_corpus_new + congdoan_import_memory (text) + congdoan_corpus_free.
 * Printed: the medians of wall-clock and of CPU time, MB/s (10^6 bytes) and the ratio
 * import/read (CPU time moves less than the wall clock when other work shares the machine,
 * and the two figures side by side show how loaded it was). With --once, one import
 * and nothing printed but its status: for `valgrind --tool=callgrind`, whose instruction counts
 * at 1×, 2× and 4× the copies show whether the cost is linear (tests/bench/import-linear.sh).
 *
 * This is a benchmark, not a test: the exit status is 0 whenever the measurements were made.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <congdoan.h>

enum { MAX_RUNS = 101 };

static double clock_at(clockid_t which)
{
    struct timespec ts;
    clock_gettime(which, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
    return clock_at(CLOCK_MONOTONIC);
}

/* The process's CPU time: less moved than the wall clock by other work on a shared machine. */
static double cpu(void)
{
    return clock_at(CLOCK_PROCESS_CPUTIME_ID);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                buf = NULL;
            }
            buf = b;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static volatile unsigned long sink;

static void plain_read(const char *data, size_t len)
{
    unsigned long lines = 0, sum = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        for (const char *q = p; q < stop; q++)
            sum += (unsigned char)*q;
        lines++;
        p = nl ? nl + 1 : end;
    }
    sink = lines + sum;
}

static int import_once(const char *data, size_t len, size_t *tasks, size_t *indicators)
{
    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    congdoan_import_options o = CONGDOAN_IMPORT_OPTIONS_INIT;
    o.format = CONGDOAN_IMPORT_TEXT;
    o.max_input = len + 1;
    int rc = congdoan_corpus_new(&corpus);
    if (!rc)
        rc = congdoan_import_memory(corpus, data, len, "bench.txt", &o, NULL, &doc);
    if (!rc && tasks) {
        *tasks = congdoan_document_task_count(doc);
        *indicators = congdoan_document_indicator_count(doc);
    }
    if (rc)
        fprintf(stderr, "bench-import: %s\n", congdoan_error_last_message());
    congdoan_corpus_free(corpus);
    return rc;
}

int main(int argc, char **argv)
{
    int runs = 5, once = 0;
    long copies = 64;
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "-n") == 0 && first + 1 < argc)
            runs = atoi(argv[++first]);
        else if (strcmp(argv[first], "-k") == 0 && first + 1 < argc)
            copies = atol(argv[++first]);
        else if (strcmp(argv[first], "--once") == 0)
            once = 1;
        else
            break;
    }
    if (first >= argc || runs < 1 || runs > MAX_RUNS || copies < 1) {
        fprintf(stderr, "usage: bench-import [-n RUNS] [-k COPIES] [--once] FILE.txt...\n");
        return 2;
    }
    /* one text: the files, each ended by a blank line, COPIES times */
    size_t one = 0, cap = 0, len = 0;
    char *unit = NULL;
    for (int i = first; i < argc; i++) {
        size_t n = 0;
        char *d = slurp(argv[i], &n);
        if (!d) {
            perror(argv[i]);
            return 2;
        }
        unit = realloc(unit, one + n + 2);
        memcpy(unit + one, d, n);
        one += n;
        unit[one++] = '\n';
        unit[one++] = '\n';
        free(d);
    }
    cap = one * (size_t)copies;
    char *text = malloc(cap ? cap : 1);
    for (long k = 0; k < copies; k++, len += one)
        memcpy(text + len, unit, one);
    free(unit);
    if (once)
        return import_once(text, len, NULL, NULL) ? 1 : 0;

    double t_read[MAX_RUNS], t_import[MAX_RUNS], c_read[MAX_RUNS], c_import[MAX_RUNS];
    size_t tasks = 0, indicators = 0;
    for (int r = 0; r < runs; r++) {
        double t0 = now(), c0 = cpu();
        plain_read(text, len);
        t_read[r] = now() - t0;
        c_read[r] = cpu() - c0;
        t0 = now(), c0 = cpu();
        if (import_once(text, len, &tasks, &indicators) != 0)
            return 1;
        t_import[r] = now() - t0;
        c_import[r] = cpu() - c0;
    }
    double mr = median(t_read, runs), mi = median(t_import, runs);
    double cr = median(c_read, runs), ci = median(c_import, runs);
    printf("text: %zu bytes (%ld copies of %zu); the import found %zu tasks and %zu targets\n", len, copies, one, tasks,
           indicators);
    printf("plain read  median %.4f s wall %8.1f MB/s, %.4f s CPU %8.1f MB/s\n", mr, (double)len / 1e6 / mr, cr,
           (double)len / 1e6 / cr);
    printf("import      median %.4f s wall %8.1f MB/s, %.4f s CPU %8.1f MB/s  (%.0f× the plain read's CPU time)\n", mi,
           (double)len / 1e6 / mi, ci, (double)len / 1e6 / ci, ci / cr);
    free(text);
    return 0;
}
