/*
 * The source every reader produces (source.h): releasing it (the struct is allocated with
 * congdoan__calloc, everything it points to lives in its arena), and finding where a byte of a
 * block's text came from.
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

/* The map entry in force at `offset`: the last one starting at or before it (entries are in
 * increasing order of offset), found by bisection. */
static const congdoan__srcpos *entry_at(const congdoan__block *b, size_t offset)
{
    size_t lo = 0, hi = b->map_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->map[mid].offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return &b->map[lo];
}

congdoan__srcpos congdoan__block_position(const congdoan__block *b, size_t offset)
{
    congdoan__srcpos r = {offset, 0, 0};
    if (!b || b->map_count == 0)
        return r;
    if (offset > b->len)
        offset = b->len;
    const congdoan__srcpos *e = entry_at(b, offset);
    r.line = e->line;
    r.column = e->column;
    /* Columns count characters: one for every byte that does not continue a UTF-8 sequence. */
    for (size_t i = e->offset; i < offset; i++)
        if (((unsigned char)b->text[i] & 0xC0) != 0x80)
            r.column++;
    return r;
}
