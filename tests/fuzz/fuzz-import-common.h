/*
 * What every importer fuzzer checks of a source a reader returned: the shape source.h promises
 * (text NUL-terminated and of its length, valid UTF-8, a map of increasing offsets inside the
 * text, cells for rows only), so that a reader returning something half-built is a crash, not
 * a quiet pass.
 */
#ifndef CONGDOAN_FUZZ_IMPORT_COMMON_H
#define CONGDOAN_FUZZ_IMPORT_COMMON_H

#include "import/build.h"

#include <string.h>

static void fuzz_check_source(const congdoan__source *s)
{
    if (!s)
        return;
    if (!s->name || (s->count && !s->blocks))
        __builtin_trap();
    for (size_t i = 0; i < s->count; i++) {
        const congdoan__block *b = &s->blocks[i];
        if (!b->text || strlen(b->text) != b->len || !b->len)
            __builtin_trap();
        if (congdoan__utf8_invalid(b->text, b->len) != b->len)
            __builtin_trap();
        if (!b->map || !b->map_count || b->map[0].offset != 0)
            __builtin_trap();
        for (size_t k = 1; k < b->map_count; k++)
            if (b->map[k].offset <= b->map[k - 1].offset || b->map[k].offset >= b->len)
                __builtin_trap();
        if ((b->kind == CONGDOAN__BLOCK_TABLE_ROW) != (b->cell_count > 0) || (b->cell_count && !b->cells))
            __builtin_trap();
        for (size_t k = 0; k < b->cell_count; k++)
            if (!b->cells[k] || strlen(b->cells[k]) > b->len)
                __builtin_trap();
        if (b->kind == CONGDOAN__BLOCK_TABLE_ROW && !b->table)
            __builtin_trap();
        (void)congdoan__block_position(b, b->len);
    }
}

#endif
