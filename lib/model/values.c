/*
 * How a report keeps its values: compact (slots by id-table entry, in the shape the roll-up
 * adds them in) or loose (as given). See congdoan__fig in model.h.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

enum { COMPACT_ENTRIES = 64 }; /* entries a compact report may name: one bit each in the summary */

/* Can values[0..n) be kept compact: each names its own entry below 64. The entries' range. */
static int fits_compact(const congdoan__value *values, size_t n, uint32_t *first, uint32_t *last)
{
    uint64_t seen = 0;
    uint32_t lo = COMPACT_ENTRIES, hi = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t e = values[i].indicator;
        if (e >= COMPACT_ENTRIES || (seen >> e & 1) || values[i].coverage == CONGDOAN__HOLE)
            return 0;
        seen |= (uint64_t)1 << e;
        lo = e < lo ? e : lo;
        hi = e > hi ? e : hi;
    }
    *first = lo, *last = hi;
    return n > 0;
}

/* r's values become `copy` (n of them, in the arena), loose. */
static void set_loose(congdoan_report *r, congdoan__value *copy, size_t n)
{
    r->loose = copy;
    r->loose_cap = n;
    r->figs = NULL, r->meta = NULL, r->order = NULL, r->stated = NULL;
    r->slot_count = r->stated_count = 0;
    r->value_count = (uint32_t)n;
    congdoan__report_summarise(r);
}

static int keep_loose(congdoan__arena *arena, congdoan_report *r, const congdoan__value *values, size_t n)
{
    congdoan__value *copy = NULL;
    if (n && !(copy = congdoan__arena_alloc_raw(arena, n * sizeof *copy)))
        return CONGDOAN_ENOMEM;
    if (n)
        memcpy(copy, values, n * sizeof *copy);
    set_loose(r, copy, n);
    return 0;
}

int congdoan__report_keep_values(congdoan__arena *arena, congdoan_report *r, const congdoan__value *values, size_t n)
{
    uint32_t first, last;
    if (!fits_compact(values, n, &first, &last))
        return keep_loose(arena, r, values, n);
    size_t slots = (size_t)last - first + 1, stated = 0;
    int in_order = slots == n;
    for (size_t i = 0; i < n; i++) {
        stated += values[i].flags == (CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION);
        in_order = in_order && values[i].indicator == first + i;
    }
    /* one block, every byte written below: figures, stated values, meta, order */
    size_t size = slots * sizeof(congdoan__fig) + stated * sizeof(congdoan__stated) + slots * sizeof(uint32_t) +
                  (in_order ? 0 : n);
    char *block = congdoan__arena_alloc_raw(arena, size);
    if (!block)
        return CONGDOAN_ENOMEM;
    congdoan__fig *figs = (congdoan__fig *)block;
    congdoan__stated *st = (congdoan__stated *)(figs + slots);
    uint32_t *meta = (uint32_t *)(st + stated);
    uint8_t *order = in_order ? NULL : (uint8_t *)(meta + slots);
    for (size_t k = 0; k < slots; k++) {
        figs[k] = (congdoan__fig){0, 0};
        meta[k] = CONGDOAN__META(0, 0, CONGDOAN__HOLE);
    }
    for (size_t i = 0; i < n; i++) {
        const congdoan__value *v = &values[i];
        uint32_t k = v->indicator - first;
        if (v->flags & CONGDOAN__VALUE_FRACTION)
            figs[k] = (congdoan__fig){v->numerator, v->denominator};
        else
            figs[k] = (congdoan__fig){v->flags & CONGDOAN__VALUE_PLAIN ? v->value : 0, 0};
        meta[k] = CONGDOAN__META(v->line, v->flags, v->coverage);
        if (order)
            order[i] = (uint8_t)k;
    }
    /* stated values in slot order (binary-searched by slot) */
    uint8_t at[COMPACT_ENTRIES];
    for (size_t i = 0; i < n && stated; i++)
        at[values[i].indicator - first] = (uint8_t)i;
    size_t m = 0;
    for (size_t k = 0; k < slots && stated; k++)
        if (CONGDOAN__META_FLAGS(meta[k]) == (CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION))
            st[m++] = (congdoan__stated){(uint32_t)k, values[at[k]].value};
    r->figs = figs, r->meta = meta, r->order = order, r->stated = stated ? st : NULL;
    r->slot_count = (uint32_t)slots;
    r->stated_count = (uint32_t)stated;
    r->first = (uint8_t)first;
    r->value_count = (uint32_t)n;
    r->loose = NULL;
    r->loose_cap = 0;
    congdoan__report_summarise(r);
    return 0;
}

static double stated_value(const congdoan_report *r, uint32_t slot)
{
    size_t lo = 0, hi = r->stated_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->stated[mid].slot < slot)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->stated_count && r->stated[lo].slot == slot ? r->stated[lo].value : 0;
}

congdoan__value congdoan__report_value_get(const congdoan_report *r, size_t i)
{
    if (r->loose)
        return r->loose[i];
    uint32_t k = r->order ? r->order[i] : (uint32_t)i, m = r->meta[k];
    congdoan__value v;
    memset(&v, 0, sizeof v);
    v.indicator = r->first + k;
    v.line = CONGDOAN__META_LINE(m);
    v.flags = CONGDOAN__META_FLAGS(m);
    v.coverage = CONGDOAN__META_COVERAGE(m);
    if (v.flags & CONGDOAN__VALUE_FRACTION) {
        v.numerator = r->figs[k].a;
        v.denominator = r->figs[k].b;
        if (v.flags & CONGDOAN__VALUE_PLAIN)
            v.value = stated_value(r, k);
    } else if (v.flags & CONGDOAN__VALUE_PLAIN) {
        v.value = r->figs[k].a;
    }
    return v;
}

int congdoan__report_loosen(congdoan__arena *arena, congdoan_report *r)
{
    if (r->loose || !r->value_count)
        return 0;
    congdoan__value *copy = congdoan__arena_alloc_raw(arena, r->value_count * sizeof *copy);
    if (!copy)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < r->value_count; i++)
        copy[i] = congdoan__report_value_get(r, i);
    set_loose(r, copy, r->value_count);
    return 0;
}

void congdoan__report_summarise(congdoan_report *r)
{
    uint64_t bad_fraction = 0, bad_count = 0, holes = 0;
    int simple = r->figs != NULL;
    for (size_t k = 0; simple && k < r->slot_count; k++) {
        uint32_t m = r->meta[k], flags = CONGDOAN__META_FLAGS(m);
        uint64_t bit = (uint64_t)1 << (r->first + k);
        if (CONGDOAN__META_COVERAGE(m) == CONGDOAN__HOLE) {
            holes |= bit;
            continue;
        }
        simple = CONGDOAN__META_COVERAGE(m) != CONGDOAN_COVERAGE_SUBTREE;
        bad_fraction |= flags & CONGDOAN__VALUE_FRACTION ? 0 : bit;
        bad_count |= flags == CONGDOAN__VALUE_PLAIN ? 0 : bit;
    }
    r->simple = (uint8_t)simple;
    r->bad_fraction = simple ? bad_fraction : 0;
    r->bad_count = simple ? bad_count : 0;
    r->holes = holes;
    r->has_holes = holes != 0;
}
