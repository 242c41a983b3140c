/*
 * A source read by the importer (source.h): releasing it, and finding where a piece of its
 * text came from.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/source.h"

void congdoan__source_free(congdoan__source *s)
{
    if (!s)
        return;
    congdoan__arena_release(&s->arena);
    congdoan__dealloc(s);
}

congdoan__srcpos congdoan__block_position(const congdoan__block *b, size_t offset)
{
    congdoan__srcpos none = {offset, 0, 0};
    if (!b || !b->map || !b->map_count)
        return none;
    size_t lo = 0, hi = b->map_count;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (b->map[mid].offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    congdoan__srcpos p = b->map[lo];
    /* Inside a run the characters follow each other on one line: count them. */
    uint32_t chars = 0;
    for (size_t i = p.offset; i < offset && i < b->len; i++)
        chars += ((unsigned char)b->text[i] & 0xC0) != 0x80;
    p.column += chars;
    p.offset = offset;
    return p;
}
