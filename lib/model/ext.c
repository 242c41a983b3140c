/*
 * The side table of foreign content: (owner, role, index) -> congdoan__ext. Most files have
 * none, so it costs nothing on the common path.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

static size_t slot_of(const congdoan__ext_map *m, const void *owner, congdoan__role role, size_t index)
{
    uint64_t h = (uint64_t)(uintptr_t)owner * 0x9E3779B97F4A7C15ULL ^ ((uint64_t)role << 32) ^ index;
    h ^= h >> 29;
    size_t j = (size_t)h & (m->cap - 1);
    while (m->slots[j] && !(m->slots[j]->owner == owner && m->slots[j]->role == role && m->slots[j]->index == index))
        j = (j + 1) & (m->cap - 1);
    return j;
}

void congdoan__ext_map_release(congdoan__ext_map *m)
{
    congdoan__dealloc(m->slots);
    memset(m, 0, sizeof *m);
}

int congdoan__ext_map_reserve(congdoan__ext_map *m, size_t total)
{
    if (total * 2 <= m->cap)
        return 0;
    size_t cap = m->cap ? m->cap : 16;
    while (total * 2 > cap)
        cap *= 2;
    congdoan__ext_map grown = {congdoan__calloc(cap, sizeof(congdoan__ext *)), cap, 0};
    if (!grown.slots)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i])
            congdoan__ext_map_put(&grown, m->slots[i]);
    congdoan__dealloc(m->slots);
    *m = grown;
    return 0;
}

void congdoan__ext_map_put(congdoan__ext_map *m, congdoan__ext *ext)
{
    size_t j = slot_of(m, ext->owner, ext->role, ext->index);
    if (!m->slots[j])
        m->count++;
    m->slots[j] = ext;
}

const congdoan__ext *congdoan__ext_get(const congdoan__ext_map *m, const void *owner, congdoan__role role, size_t index)
{
    if (!m->count)
        return NULL;
    return m->slots[slot_of(m, owner, role, index)];
}
