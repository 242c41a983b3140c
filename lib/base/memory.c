/*
 * Allocation wrappers. Every allocation of the library passes here so that the test suite can
 * make the n-th one fail and prove that no path leaks or leaves a half-built object.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _DEFAULT_SOURCE /* MADV_HUGEPAGE */
#include "base/base.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* Test-only state. Atomic because a load with a parse thread allocates from two threads (the
 * tests make its allocations fail too); in normal use fail_at stays 0 and is only read. */
static atomic_long alloc_count;
static atomic_long fail_at;

long congdoan__alloc_fail_at(long n)
{
    long made = atomic_exchange_explicit(&alloc_count, 0, memory_order_relaxed);
    atomic_store_explicit(&fail_at, n, memory_order_relaxed);
    return made;
}

static int should_fail(void)
{
    long at = atomic_load_explicit(&fail_at, memory_order_relaxed);
    if (at <= 0)
        return 0;
    return atomic_fetch_add_explicit(&alloc_count, 1, memory_order_relaxed) + 1 >= at;
}

void congdoan__advise_huge(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    uintptr_t from = ((uintptr_t)p + CONGDOAN__HUGE_PAGE - 1) & ~(uintptr_t)(CONGDOAN__HUGE_PAGE - 1),
              to = ((uintptr_t)p + size) & ~(uintptr_t)(CONGDOAN__HUGE_PAGE - 1);
    if (to > from)
        (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
    (void)p, (void)size;
#endif
}

/* The big tables of a national load (the maps of 150,000 units and reports, the interner, the
 * corpus's lists) get huge pages too (see congdoan__advise_huge). */
static void *big(void *p, size_t size)
{
    if (p && size >= 2 * CONGDOAN__HUGE_PAGE)
        congdoan__advise_huge(p, size);
    return p;
}

void *congdoan__malloc(size_t size)
{
    if (should_fail())
        return NULL;
    return big(malloc(size ? size : 1), size);
}

void *congdoan__calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    return big(calloc(n ? n : 1, size ? size : 1), n && size && n <= SIZE_MAX / size ? n * size : 0);
}

void *congdoan__realloc(void *ptr, size_t size)
{
    if (should_fail())
        return NULL;
    return big(realloc(ptr, size ? size : 1), size);
}

void congdoan__dealloc(void *ptr)
{
    free(ptr);
}

/* Tables this big get pages of their own rather than a block of the C library's heap. Freed,
 * they go back to the system at once: the C library instead raises its threshold for mapping
 * blocks each time it unmaps one (the 3 MiB of a table that grew), after which the tables and
 * lists that follow come from its heap and stay resident once freed (5 MB at the end of a
 * national load, on top of what the corpus holds). */
enum { PAGES_MIN = 128 * 1024 };

/* A table of a whole number of huge pages starts on a huge-page boundary, so that every byte of
 * it is in huge pages: a hash table's keys land all over it, so it is written whole anyway, and
 * a national load's tables of 2 to 8 MiB otherwise took 1,000 of its page faults in the 4 KiB
 * pages at their ends. Mapped with a huge page to spare, and the spare ends given back. */
#if defined(__linux__) && defined(MAP_ANONYMOUS)
static void *aligned_pages(size_t size)
{
    if (size > SIZE_MAX - CONGDOAN__HUGE_PAGE)
        return NULL;
    char *p = mmap(NULL, size + CONGDOAN__HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    size_t head = (size_t)(-(uintptr_t)p & (CONGDOAN__HUGE_PAGE - 1));
    if (head)
        (void)munmap(p, head);
    (void)munmap(p + head + size, CONGDOAN__HUGE_PAGE - head); /* (never 0 bytes: head < a huge page) */
    congdoan__advise_huge(p + head, size);
    return p + head;
}
#endif

void *congdoan__pages_calloc(size_t size)
{
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    if (size >= PAGES_MIN) {
        if (should_fail())
            return NULL;
        if (size % CONGDOAN__HUGE_PAGE == 0)
            return aligned_pages(size);
        void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        return p == MAP_FAILED ? NULL : big(p, size); /* (zero pages, written as needed) */
    }
#endif
    return congdoan__calloc(1, size);
}

void congdoan__pages_free(void *p, size_t size)
{
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    if (p && size >= PAGES_MIN) {
        (void)munmap(p, size);
        return;
    }
#endif
    (void)size;
    free(p);
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
