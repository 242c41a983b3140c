/*
 * How a report keeps its values: compact (slots by id-table entry, in the shape the roll-up
 * adds them in) or loose (as given). See congdoan__fig in model.h.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <math.h> /* signbit */
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

/* r's values become `copy` (n of them, in the arena), loose: kept aside (see
 * congdoan__report_aside), made in `arena` when there are any. 0 or CONGDOAN_ENOMEM (r
 * unchanged). */
static int set_loose(congdoan__arena *arena, congdoan_report *r, congdoan__value *copy, size_t n)
{
    congdoan__report_aside *more = n || r->aside ? congdoan__report_more_make(r, arena) : NULL;
    if (n && !more)
        return CONGDOAN_ENOMEM;
    if (more) {
        more->loose = copy;
        more->loose_cap = n < UINT32_MAX ? (uint32_t)n : UINT32_MAX;
    }
    r->figs = NULL, r->in_order = 0;
    r->int_figs = r->lines_regular = 0;
    r->slot_count = 0, r->stated_count = 0;
    r->value_count = (uint32_t)n;
    congdoan__report_summarise(r);
    return 0;
}

static int keep_loose(congdoan__arena *arena, congdoan_report *r, const congdoan__value *values, size_t n)
{
    congdoan__value *copy = NULL;
    if (n && !(copy = congdoan__arena_alloc_raw(arena, n * sizeof *copy)))
        return CONGDOAN_ENOMEM;
    if (n)
        memcpy(copy, values, n * sizeof *copy);
    return set_loose(arena, r, copy, n);
}

/* A figure kept as an int32_t gives back the same double: a whole number in range, not -0. */
static int fits_int(double x)
{
    return x >= -2147483647.0 && x <= 2147483647.0 && x == (double)(int32_t)x && !(x == 0 && signbit(x));
}

/* The figures slot k holds for value v (see congdoan__fig). */
static congdoan__fig fig_of(const congdoan__value *v)
{
    if (v->flags & CONGDOAN__VALUE_FRACTION)
        return (congdoan__fig){v->numerator, v->denominator};
    return (congdoan__fig){v->flags & CONGDOAN__VALUE_PLAIN ? v->value : 0, 0};
}

int congdoan__report_keep_values(congdoan__arena *arena, congdoan_report *r, const congdoan__value *values, size_t n)
{
    uint32_t first, last;
    if (!fits_compact(values, n, &first, &last))
        return keep_loose(arena, r, values, n);
    size_t slots = (size_t)last - first + 1, stated = 0;
    int in_order = slots == n, int_figs = 1, lines_regular = 1;
    for (size_t i = 0; i < n; i++) {
        const congdoan__value *v = &values[i];
        stated += v->flags == (CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION);
        in_order = in_order && v->indicator == first + i;
        congdoan__fig f = fig_of(v);
        int_figs = int_figs && fits_int(f.a) && fits_int(f.b);
        lines_regular = lines_regular && (uint64_t)v->line == (uint64_t)r->loc.line + 1 + i;
    }
    /* one block, every byte written below, in the order congdoan__report_stated and the
     * others read it (model.h) */
    size_t fig_size = int_figs ? 2 * sizeof(int32_t) : sizeof(congdoan__fig);
    size_t size = slots * fig_size + stated * sizeof(double) + (lines_regular ? 0 : slots * sizeof(uint32_t)) +
                  slots + stated + (in_order ? 0 : n);
    char *block = congdoan__arena_alloc_raw(arena, size);
    if (!block)
        return CONGDOAN_ENOMEM;
    double *st = (double *)(void *)(block + slots * fig_size);
    uint32_t *lines = lines_regular ? NULL : (uint32_t *)(void *)(st + stated);
    uint8_t *meta = (uint8_t *)(void *)(st + stated) + (lines_regular ? 0 : slots * sizeof(uint32_t));
    uint8_t *st_slots = meta + slots;
    uint8_t *order = in_order ? NULL : st_slots + stated;
    memset(block, 0, slots * fig_size);
    memset(meta, CONGDOAN__META(0, CONGDOAN__HOLE), slots);
    if (lines)
        memset(lines, 0, slots * sizeof *lines);
    for (size_t i = 0; i < n; i++) {
        const congdoan__value *v = &values[i];
        uint32_t k = v->indicator - first;
        congdoan__fig f = fig_of(v);
        if (int_figs) {
            ((int32_t *)(void *)block)[2 * k] = (int32_t)f.a;
            ((int32_t *)(void *)block)[2 * k + 1] = (int32_t)f.b;
        } else {
            ((congdoan__fig *)(void *)block)[k] = f;
        }
        meta[k] = CONGDOAN__META(v->flags, v->coverage);
        if (lines)
            lines[k] = v->line;
        if (order)
            order[i] = (uint8_t)k;
    }
    /* stated values in slot order (binary-searched by slot) */
    uint8_t at[COMPACT_ENTRIES];
    for (size_t i = 0; i < n && stated; i++)
        at[values[i].indicator - first] = (uint8_t)i;
    size_t m = 0;
    for (size_t k = 0; k < slots && stated; k++)
        if (CONGDOAN__META_FLAGS(meta[k]) == (CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION)) {
            st[m] = values[at[k]].value;
            st_slots[m++] = (uint8_t)k;
        }
    r->figs = block, r->in_order = order == NULL;
    r->int_figs = (uint8_t)int_figs, r->lines_regular = (uint8_t)lines_regular;
    r->slot_count = (uint8_t)slots;
    r->stated_count = (uint8_t)stated; /* at most the slots, 64 */
    r->first = (uint8_t)first;
    r->value_count = (uint32_t)n;
    if (r->aside)
        r->aside->loose = NULL, r->aside->loose_cap = 0;
    congdoan__report_summarise(r);
    return 0;
}

static double stated_value(const congdoan_report *r, uint32_t slot)
{
    const uint8_t *slots = congdoan__report_stated_slots(r);
    size_t lo = 0, hi = r->stated_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (slots[mid] < slot)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->stated_count && slots[lo] == slot ? congdoan__report_stated(r)[lo] : 0;
}

congdoan__value congdoan__report_value_get(const congdoan_report *r, size_t i)
{
    if (!r->figs) /* loose (a report with values is compact or loose) */
        return r->aside->loose[i];
    const uint8_t *order = congdoan__report_order(r);
    const uint32_t *lines = congdoan__report_lines(r);
    uint32_t k = order ? order[i] : (uint32_t)i, m = congdoan__report_meta(r)[k];
    congdoan__value v;
    memset(&v, 0, sizeof v);
    v.indicator = r->first + k;
    v.line = lines ? lines[k] : (uint32_t)(r->loc.line + 1 + i);
    v.flags = CONGDOAN__META_FLAGS(m);
    v.coverage = CONGDOAN__META_COVERAGE(m);
    congdoan__fig f = congdoan__report_fig(r, k);
    if (v.flags & CONGDOAN__VALUE_FRACTION) {
        v.numerator = f.a;
        v.denominator = f.b;
        if (v.flags & CONGDOAN__VALUE_PLAIN)
            v.value = stated_value(r, k);
    } else if (v.flags & CONGDOAN__VALUE_PLAIN) {
        v.value = f.a;
    }
    return v;
}

int congdoan__report_loosen(congdoan__arena *arena, congdoan_report *r)
{
    if (!r->figs || !r->value_count) /* loose already, or nothing to loosen */
        return 0;
    congdoan__value *copy = congdoan__arena_alloc_raw(arena, r->value_count * sizeof *copy);
    if (!copy)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < r->value_count; i++)
        copy[i] = congdoan__report_value_get(r, i);
    return set_loose(arena, r, copy, r->value_count);
}

void congdoan__report_summarise(congdoan_report *r)
{
    uint64_t bad_fraction = 0, bad_count = 0, holes = 0;
    int simple = r->figs != NULL;
    for (size_t k = 0; simple && k < r->slot_count; k++) {
        uint32_t m = congdoan__report_meta(r)[k], flags = CONGDOAN__META_FLAGS(m);
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
