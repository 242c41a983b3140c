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

/* The characters (not continuation bytes) of text[from, to). */
static size_t count_chars(const char *text, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

/* The characters of b->text[0, at), from the count kept at the stride before it. */
static size_t chars_before(const congdoan__block *b, size_t at)
{
    size_t k = at / CONGDOAN__CHARS_STRIDE;
    return b->chars_at[k] + count_chars(b->text, k * CONGDOAN__CHARS_STRIDE, at);
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
    /* Inside a run the characters follow each other on one line: count them (in a long text,
     * from the counts kept every CONGDOAN__CHARS_STRIDE bytes, so that the positions of the
     * items of a long line cost no more than those of a short one). */
    size_t to = offset < b->len ? offset : b->len;
    if (b->chars_at && p.offset < to)
        p.column += (uint32_t)(chars_before(b, to) - chars_before(b, p.offset));
    else
        p.column += (uint32_t)count_chars(b->text, p.offset, to);
    p.offset = offset;
    return p;
}

int congdoan__block_index_chars(congdoan__arena *a, congdoan__block *b)
{
    b->chars_at = NULL;
    if (b->len <= CONGDOAN__CHARS_STRIDE)
        return 0;
    size_t n = b->len / CONGDOAN__CHARS_STRIDE + 1;
    uint32_t *at = congdoan__arena_alloc_raw(a, n * sizeof *at);
    if (!at)
        return CONGDOAN_ENOMEM;
    at[0] = 0;
    for (size_t k = 1; k < n; k++)
        at[k] = at[k - 1] + (uint32_t)count_chars(b->text, (k - 1) * CONGDOAN__CHARS_STRIDE, k * CONGDOAN__CHARS_STRIDE);
    b->chars_at = at;
    return 0;
}
