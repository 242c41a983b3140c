/*
 * Arenas and pointer vectors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <string.h>

struct congdoan__arena_chunk {
    congdoan__arena_chunk *next;
    size_t size;
    char *data;           /* `size` bytes: right after the chunk's header (`space`), or at the
                           * first 2 MiB boundary in it for a chunk given huge pages */
    max_align_t space[];  /* aligned for any object */
};

/* Chunks grow with the arena, a quarter of what it holds (or is expected to hold), from
 * ARENA_CHUNK to ARENA_CHUNK_MAX: a small corpus costs little more than what it holds, and a
 * national one (hundreds of MiB) is kept in chunks large enough for huge pages. */
enum {
    ARENA_CHUNK = 64 * 1024,
    ARENA_CHUNK_MAX = 4 * 1024 * 1024,
    ARENA_ALIGN = sizeof(max_align_t) < 16 ? sizeof(max_align_t) : 16
};

static size_t chunk_size(const congdoan__arena *a)
{
    size_t want = (a->total > a->expect ? a->total : a->expect) / 4;
    return want < ARENA_CHUNK ? ARENA_CHUNK : want > ARENA_CHUNK_MAX ? ARENA_CHUNK_MAX : want & ~(size_t)4095;
}

/* A chunk for `want` bytes. A large one starts its data at a 2 MiB boundary, so that all of it
 * is given huge pages (congdoan__advise_huge): a national load writes hundreds of MiB of
 * records. Where the system has no transparent huge pages, nothing changes but the unused
 * (never touched) room before the boundary. */
static congdoan__arena_chunk *new_chunk(size_t want)
{
    int huge = want >= 2 * CONGDOAN__HUGE_PAGE;
    size_t extra = huge ? CONGDOAN__HUGE_PAGE : 0;
    if (want > SIZE_MAX - sizeof(congdoan__arena_chunk) - extra)
        return NULL;
    /* (congdoan__malloc advises the unaligned block; the aligned data is advised below) */
    congdoan__arena_chunk *c = congdoan__malloc(sizeof *c + want + extra);
    if (!c)
        return NULL;
    c->size = want;
    c->data = (char *)c->space;
    if (huge) {
        c->data += (size_t)(-(uintptr_t)c->data & (CONGDOAN__HUGE_PAGE - 1));
        congdoan__advise_huge(c->data, want);
    }
    return c;
}

void congdoan__arena_init(congdoan__arena *a)
{
    memset(a, 0, sizeof *a);
}

void congdoan__arena_expect(congdoan__arena *a, size_t bytes)
{
    a->expect = bytes;
}

void congdoan__arena_release(congdoan__arena *a)
{
    congdoan__arena_chunk *c = a->head;
    while (c) {
        congdoan__arena_chunk *next = c->next;
        congdoan__dealloc(c);
        c = next;
    }
    memset(a, 0, sizeof *a);
}

void *congdoan__arena_alloc(congdoan__arena *a, size_t size)
{
    void *p = congdoan__arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

/* `size` bytes at an `align`-aligned address (a power of two, at most ARENA_ALIGN). */
static void *bump(congdoan__arena *a, size_t size, size_t align)
{
    size_t at = a->head ? (a->used + align - 1) & ~(align - 1) : 0;
    if (!a->head || at > a->head->size || a->head->size - at < size) {
        /* A large object gets a chunk of its own, placed behind the current one so that the
         * space left in the current chunk is not wasted. */
        size_t chunk = chunk_size(a), want = size > chunk / 4 ? size : chunk;
        congdoan__arena_chunk *c = new_chunk(want);
        if (!c)
            return NULL;
        a->total += want;
        if (want != chunk && a->head) {
            c->next = a->head->next;
            a->head->next = c;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
        at = 0;
    }
    a->used = at + size;
    return a->head->data + at;
}

void *congdoan__arena_alloc_raw(congdoan__arena *a, size_t size)
{
    return bump(a, size, ARENA_ALIGN);
}

char *congdoan__arena_strndup(congdoan__arena *a, const char *s, size_t len)
{
    /* strings are packed byte by byte: a national load keeps about a million of them */
    char *copy = len < SIZE_MAX ? bump(a, len + 1, 1) : NULL;
    if (copy) {
        if (len) /* s may be NULL for an empty text; memcpy may not be given NULL even for 0 bytes */
            memcpy(copy, s, len);
        copy[len] = '\0';
    }
    return copy;
}

void congdoan__arena_adopt(congdoan__arena *to, congdoan__arena *from)
{
    if (!from->head)
        return;
    if (!to->head) {
        size_t expect = to->expect;
        *to = *from;
        to->expect = expect;
    } else {
        /* Keep filling `to`'s current chunk; hang `from`'s chunks behind it. */
        congdoan__arena_chunk *last = from->head;
        while (last->next)
            last = last->next;
        last->next = to->head->next;
        to->head->next = from->head;
        to->total += from->total;
    }
    memset(from, 0, sizeof *from);
}

int congdoan__vec_reserve(congdoan__vec *v, size_t total)
{
    if (total <= v->cap)
        return 0;
    size_t cap = v->cap ? v->cap : 8;
    while (cap < total)
        cap *= 2;
    void **items = congdoan__realloc(v->items, cap * sizeof *items);
    if (!items)
        return CONGDOAN_ENOMEM;
    v->items = items;
    v->cap = cap;
    return 0;
}

int congdoan__vec_push(congdoan__vec *v, void *item)
{
    if (v->count == v->cap && congdoan__vec_reserve(v, v->count + 1) != 0)
        return CONGDOAN_ENOMEM;
    v->items[v->count++] = item;
    return 0;
}

void congdoan__vec_remove(congdoan__vec *v, const void *item)
{
    for (size_t i = 0; i < v->count; i++)
        if (v->items[i] == item) {
            memmove(&v->items[i], &v->items[i + 1], (v->count - i - 1) * sizeof *v->items);
            v->count--;
            return;
        }
}

void congdoan__vec_release(congdoan__vec *v)
{
    congdoan__dealloc(v->items);
    memset(v, 0, sizeof *v);
}

int congdoan__grow(congdoan__arena *arena, void **items, size_t count, size_t *cap, size_t elem)
{
    if (count < *cap)
        return 0;
    size_t n = count ? count * 2 : 4;
    void *grown = congdoan__arena_alloc(arena, n * elem);
    if (!grown)
        return CONGDOAN_ENOMEM;
    if (count)
        memcpy(grown, *items, count * elem);
    *items = grown;
    *cap = n;
    return 0;
}
