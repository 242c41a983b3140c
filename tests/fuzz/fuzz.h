/*
 * What the harnesses of tests/fuzz share: the libFuzzer entry point, and a check that ends the
 * run with a message (libFuzzer then saves the input as a crash to replay).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_FUZZ_H
#define CONGDOAN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "congdoan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A property of the library that does not hold: a bug, whatever the input. */
#define FUZZ_CHECK(cond, ...)                                                         \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: %s does not hold: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                             \
            fprintf(stderr, " (last error: %s)\n", congdoan_error_last_message());   \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/* The corpus written as XML into a malloc'd buffer (*size bytes); NULL when writing fails. */
static inline char *fuzz_write_corpus(const congdoan_corpus *corpus, size_t *size)
{
    congdoan_output *out = NULL;
    char *copy = NULL;
    *size = 0;
    if (congdoan_output_new_memory(&out) == 0 && congdoan_write_corpus(corpus, CONGDOAN_WRITE_ALL, out) == 0 &&
        congdoan_output_finish(out) == 0) {
        size_t n = 0;
        const char *data = congdoan_output_data(out, &n);
        copy = malloc(n + 1);
        if (copy) {
            for (size_t i = 0; i < n; i++)
                copy[i] = data[i];
            copy[n] = '\0';
            *size = n;
        }
    }
    congdoan_output_free(out);
    return copy;
}

/* What a corpus holds, written, loads again and is written back to the same bytes. Returns the
 * first written form (malloc'd), for callers that compare further. */
static inline char *fuzz_round_trip(const congdoan_corpus *corpus, size_t *size)
{
    size_t n1 = 0, n2 = 0;
    char *first = fuzz_write_corpus(corpus, &n1);
    FUZZ_CHECK(first != NULL, "a loaded corpus cannot be written");
    congdoan_corpus *again = NULL;
    FUZZ_CHECK(congdoan_corpus_new(&again) == 0, "out of memory");
    int rc = congdoan_corpus_load_memory(again, first, n1, "written", NULL);
    if (rc != 0) {
        fprintf(stderr, "---- the written form ----\n%.*s\n----\n", (int)(n1 > 4000 ? 4000 : n1), first);
        FUZZ_CHECK(rc == 0, "the written form of a corpus does not load again (status %d)", rc);
    }
    char *second = fuzz_write_corpus(again, &n2);
    FUZZ_CHECK(second != NULL, "a reloaded corpus cannot be written");
    int same = n1 == n2;
    for (size_t i = 0; same && i < n1; i++)
        same = first[i] == second[i];
    if (!same)
        fprintf(stderr, "---- first ----\n%.*s\n---- second ----\n%.*s\n----\n", (int)(n1 > 4000 ? 4000 : n1), first,
                (int)(n2 > 4000 ? 4000 : n2), second);
    FUZZ_CHECK(same, "writing the reloaded corpus gives other bytes (%zu and %zu)", n1, n2);
    free(second);
    congdoan_corpus_free(again);
    if (size)
        *size = n1;
    return first;
}

#endif /* CONGDOAN_FUZZ_H */
