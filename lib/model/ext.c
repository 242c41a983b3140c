/*
 * The side table of foreign content: (owner, role, index) -> congdoan__ext, in the library's
 * one hash table (a composite key). Most files have none, so it costs nothing on the common
 * path.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

typedef struct ext_key {
    const void *owner;
    uint64_t role, index;
} ext_key;

static uint64_t key_hash(const congdoan__map *m, const void *owner, congdoan__role role, size_t index)
{
    ext_key k;
    memset(&k, 0, sizeof k); /* no padding bytes in the hash */
    k.owner = owner, k.role = (uint64_t)role, k.index = (uint64_t)index;
    return congdoan__map_key(m, &k, sizeof k);
}

static int same(const congdoan__map_slot *slot, const void *ctx)
{
    const congdoan__ext *x = slot->value;
    const ext_key *k = ctx;
    return x->owner == k->owner && (uint64_t)x->role == k->role && (uint64_t)x->index == k->index;
}

void congdoan__ext_map_release(congdoan__map *m)
{
    congdoan__map_release(m);
}

int congdoan__ext_map_reserve(congdoan__map *m, size_t total)
{
    return congdoan__map_reserve(m, total);
}

void congdoan__ext_map_put(congdoan__map *m, congdoan__ext *ext)
{
    ext_key k = {ext->owner, (uint64_t)ext->role, (uint64_t)ext->index};
    uint64_t h = key_hash(m, ext->owner, ext->role, ext->index);
    congdoan__map_fill(m, congdoan__map_find(m, h, same, &k), h, ext, ext);
}

const congdoan__ext *congdoan__ext_get(const congdoan__map *m, const void *owner, congdoan__role role, size_t index)
{
    if (!m->count)
        return NULL;
    ext_key k = {owner, (uint64_t)role, (uint64_t)index};
    uint64_t h = key_hash(m, owner, role, index);
    const congdoan__map_slot *s = congdoan__map_find(m, h, same, &k);
    return s->key ? s->value : NULL;
}
