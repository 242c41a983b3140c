/*
 * Allocation wrappers. Every allocation of the library passes here so that the test suite can
 * make the n-th one fail and prove that no path leaks or leaves a half-built object.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

/* Test-only state. Not thread-safe on purpose: the failure test runs in one thread, and in
 * normal use fail_at stays 0 so the counter is the only shared write (a benign statistic). */
static long alloc_count;
static long fail_at;

long congdoan__alloc_fail_at(long n)
{
    long made = alloc_count;
    alloc_count = 0;
    fail_at = n;
    return made;
}

static int should_fail(void)
{
    if (fail_at <= 0)
        return 0;
    return ++alloc_count >= fail_at;
}

void *congdoan__malloc(size_t size)
{
    if (should_fail())
        return NULL;
    return malloc(size ? size : 1);
}

void *congdoan__calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *congdoan__realloc(void *ptr, size_t size)
{
    if (should_fail())
        return NULL;
    return realloc(ptr, size ? size : 1);
}

void congdoan__dealloc(void *ptr)
{
    free(ptr);
}

char *congdoan__strndup(const char *s, size_t len)
{
    char *copy = congdoan__malloc(len + 1);
    if (copy) {
        if (len)
            memcpy(copy, s, len);
        copy[len] = '\0';
    }
    return copy;
}

CONGDOAN_API void congdoan_free(void *ptr)
{
    free(ptr);
}
