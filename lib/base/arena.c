/*
 * Arenas, string interning, pointer vectors and the string hash.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <string.h>

struct congdoan__arena_chunk {
    congdoan__arena_chunk *next;
    size_t size;
    max_align_t data[]; /* aligned for any object */
};

enum { ARENA_CHUNK = 64 * 1024, ARENA_ALIGN = sizeof(max_align_t) < 16 ? sizeof(max_align_t) : 16 };

void congdoan__arena_init(congdoan__arena *a)
{
    memset(a, 0, sizeof *a);
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

void *congdoan__arena_alloc_raw(congdoan__arena *a, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (!a->head || a->head->size - a->used < size) {
        /* A large object gets a chunk of its own, placed behind the current one so that the
         * space left in the current chunk is not wasted. */
        size_t want = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
        if (want > SIZE_MAX - sizeof(congdoan__arena_chunk))
            return NULL;
        congdoan__arena_chunk *c = congdoan__malloc(sizeof *c + want);
        if (!c)
            return NULL;
        c->size = want;
        a->total += want;
        if (want != ARENA_CHUNK && a->head) {
            c->next = a->head->next;
            a->head->next = c;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
        a->used = 0;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += size;
    return p;
}

void *congdoan__arena_alloc_line(congdoan__arena *a, size_t size)
{
    enum { LINE = 64 };
    if (a->head) {
        size_t pad = (size_t)(-(uintptr_t)((char *)a->head->data + a->used) & (LINE - 1));
        if (a->head->size - a->used >= pad && a->head->size - a->used - pad >= size) {
            a->used += pad;
            return congdoan__arena_alloc(a, size);
        }
    }
    /* a new chunk (allocations are ARENA_ALIGN-aligned): room to move to the next line */
    char *p = congdoan__arena_alloc(a, size + LINE - ARENA_ALIGN);
    return p ? p + (size_t)(-(uintptr_t)p & (LINE - 1)) : NULL;
}

char *congdoan__arena_strndup(congdoan__arena *a, const char *s, size_t len)
{
    char *copy = congdoan__arena_alloc_raw(a, len + 1);
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
        *to = *from;
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

uint64_t congdoan__hash(const char *s, size_t len)
{
    /* FNV-1a: short keys, good spread, no tables. */
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void congdoan__interner_init(congdoan__interner *in, congdoan__arena *arena)
{
    memset(in, 0, sizeof *in);
    in->arena = arena;
}

void congdoan__interner_release(congdoan__interner *in)
{
    congdoan__dealloc(in->slots);
    in->slots = NULL;
    in->cap = in->count = 0;
}

static int interner_grow(congdoan__interner *in)
{
    size_t cap = in->cap ? in->cap * 2 : 256;
    const char **slots = congdoan__calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < in->cap; i++) {
        const char *s = in->slots[i];
        if (!s)
            continue;
        size_t j = congdoan__hash(s, strlen(s)) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = s;
    }
    congdoan__dealloc(in->slots);
    in->slots = slots;
    in->cap = cap;
    return 0;
}

const char *congdoan__intern(congdoan__interner *in, const char *s, size_t len)
{
    if ((in->count + 1) * 2 > in->cap && interner_grow(in) != 0)
        return NULL;
    size_t j = congdoan__hash(s, len) & (in->cap - 1);
    while (in->slots[j]) {
        const char *t = in->slots[j];
        if (strncmp(t, s, len) == 0 && t[len] == '\0')
            return t;
        j = (j + 1) & (in->cap - 1);
    }
    char *copy = congdoan__arena_strndup(in->arena, s, len);
    if (!copy)
        return NULL;
    in->slots[j] = copy;
    in->count++;
    return copy;
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

void congdoan__map_release(congdoan__map *m)
{
    congdoan__dealloc(m->keys);
    congdoan__dealloc(m->values);
    memset(m, 0, sizeof *m);
}

static size_t map_slot(const congdoan__map *m, const char *key, size_t len)
{
    size_t j = congdoan__hash(key, len) & (m->cap - 1);
    while (m->keys[j] && !(strncmp(m->keys[j], key, len) == 0 && m->keys[j][len] == '\0'))
        j = (j + 1) & (m->cap - 1);
    return j;
}

int congdoan__map_reserve(congdoan__map *m, size_t total)
{
    /* up to 70 % full: probes stay short, and the national-scale maps take half the memory */
    if (total * 10 <= m->cap * 7)
        return 0;
    size_t cap = m->cap ? m->cap : 64;
    while (total * 10 > cap * 7)
        cap *= 2;
    congdoan__map grown = {0};
    grown.keys = congdoan__calloc(cap, sizeof *grown.keys);
    grown.values = congdoan__calloc(cap, sizeof *grown.values);
    if (!grown.keys || !grown.values) {
        congdoan__map_release(&grown);
        return CONGDOAN_ENOMEM;
    }
    grown.cap = cap;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            congdoan__map_put(&grown, m->keys[i], m->values[i]);
    congdoan__map_release(m);
    *m = grown;
    return 0;
}

void *congdoan__map_get(const congdoan__map *m, const char *key, size_t len)
{
    if (!m->cap)
        return NULL;
    size_t j = map_slot(m, key, len);
    return m->keys[j] ? m->values[j] : NULL;
}

void *congdoan__map_put(congdoan__map *m, const char *key, void *value)
{
    size_t j = map_slot(m, key, strlen(key));
    if (m->keys[j])
        return m->values[j];
    m->keys[j] = key;
    m->values[j] = value;
    m->count++;
    return NULL;
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
