/*
 * The ids inside documents and reports: section, task, indicator and result ids share one
 * namespace per document, result ids one per report (the loader and the editor refuse a second
 * use), and the corpus keeps them all in one table of the library's keyed hash (base/hash.c)
 * under the composite key (document or report, id). The table is filled once when a load is
 * committed and kept by the editor's adds, so that a look-up by id
 * (congdoan_document_task_by_id(), congdoan_result_part_of() ...) costs one hash wherever the
 * object is, and the check needs no index of its own.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The object is the table's value with its kind in the low bits (a report's result:
 * CONGDOAN__ITEM_REPORT_RESULT): objects come from an arena, aligned for any object. Every kind
 * starts with its document, which `same` reads (a report's result: its report). */
#define KIND_BITS ((uintptr_t)7)
_Static_assert(_Alignof(max_align_t) > KIND_BITS, "arena objects leave three bits for the kind");
_Static_assert(offsetof(congdoan_section, document) == 0 && offsetof(congdoan_task, document) == 0 &&
                   offsetof(congdoan_indicator, document) == 0 && offsetof(congdoan_result, document) == 0,
               "each kind starts with its document");

typedef struct local_key {
    const void *owner;
    const char *id;
    size_t len;
} local_key;

static void *untag(const void *value)
{
    return (void *)((uintptr_t)value & ~KIND_BITS);
}

/* The id's keyed hash, mixed with its owner's address (the murmur3 finaliser), so that one
 * id used in many documents spreads too; the id, chosen by whoever wrote the file, cannot be
 * made to collide without the corpus's secret key. */
static uint64_t key_hash(const congdoan__map *m, const void *owner, const char *id, size_t len)
{
    uint64_t x = (uint64_t)(uintptr_t)owner;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return congdoan__map_key(m, id, len) ^ x;
}

static int same(const congdoan__map_slot *slot, const void *ctx)
{
    const local_key *k = ctx;
    const void *obj = untag(slot->value), *owner;
    if (((uintptr_t)slot->value & KIND_BITS) == CONGDOAN__ITEM_REPORT_RESULT)
        owner = ((const congdoan_result *)obj)->report;
    else
        owner = *(const congdoan_document *const *)obj;
    const char *id = slot->key;
    return owner == k->owner && strncmp(id, k->id, k->len) == 0 && id[k->len] == '\0';
}

int congdoan__local_ids_reserve(congdoan_corpus *c, size_t more)
{
    return more > SIZE_MAX - c->local_ids.count ? CONGDOAN_ENOMEM
                                                : congdoan__map_reserve(&c->local_ids, c->local_ids.count + more);
}

void congdoan__local_id_put(congdoan_corpus *c, const void *owner, const char *id, int kind, const void *obj)
{
    if (!id)
        return;
    local_key k = {owner, id, strlen(id)};
    uint64_t h = key_hash(&c->local_ids, owner, id, k.len);
    congdoan__map_slot *slot = congdoan__map_find(&c->local_ids, h, same, &k);
    if (!slot->key) /* a second use (refused by the loader and the editor): the first stays */
        congdoan__map_fill(&c->local_ids, slot, h, id, (void *)((uintptr_t)obj | (uintptr_t)kind));
}

const void *congdoan__local_id_get(const congdoan_corpus *c, const void *owner, const char *id, int *kind)
{
    *kind = CONGDOAN_ITEM_NONE;
    if (!c || !owner || !id || !c->local_ids.count)
        return NULL;
    local_key k = {owner, id, strlen(id)};
    const congdoan__map_slot *slot = congdoan__map_find(&c->local_ids, key_hash(&c->local_ids, owner, id, k.len), same, &k);
    if (!slot->key)
        return NULL;
    *kind = (int)((uintptr_t)slot->value & KIND_BITS);
    return untag(slot->value);
}

/* ---- a whole document or report --------------------------------------------------------------- */

/* Each object of the document with an id: to `put` into c, or (c NULL) counted. */
static size_t walk_section(congdoan_corpus *c, const congdoan_section *s)
{
    size_t n = 0;
    if (s->id) {
        n++;
        if (c)
            congdoan__local_id_put(c, s->document, s->id, CONGDOAN_ITEM_SECTION, s);
    }
    for (size_t i = 0; i < s->item_count; i++)
        if (s->items[i].kind == CONGDOAN_ITEM_SECTION)
            n += walk_section(c, s->items[i].u.section);
    return n;
}

/* The objects of a list (their id at id_offset) that have one. */
static size_t walk_list(congdoan_corpus *c, const void *owner, void *const *items, size_t count, size_t id_offset,
                        int kind)
{
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        const char *id = *(const char *const *)(const void *)((const char *)items[i] + id_offset);
        if (id) {
            n++;
            if (c)
                congdoan__local_id_put(c, owner, id, kind, items[i]);
        }
    }
    return n;
}

static size_t walk_document(congdoan_corpus *c, const congdoan_document *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->section_count; i++)
        n += walk_section(c, d->sections[i]);
    n += walk_list(c, d, (void *const *)d->tasks, d->task_count, offsetof(congdoan_task, id), CONGDOAN_ITEM_TASK);
    n += walk_list(c, d, (void *const *)d->indicators, d->indicator_count, offsetof(congdoan_indicator, id),
                   CONGDOAN_ITEM_INDICATOR);
    n += walk_list(c, d, (void *const *)d->results, d->result_count, offsetof(congdoan_result, id),
                   CONGDOAN_ITEM_RESULT);
    return n;
}

static size_t walk_report(congdoan_corpus *c, const congdoan_report *r)
{
    const congdoan__report_aside *more = congdoan__report_more(r);
    return walk_list(c, r, (void *const *)more->results, more->result_count, offsetof(congdoan_result, id),
                     CONGDOAN__ITEM_REPORT_RESULT);
}

size_t congdoan__local_ids_of(const congdoan_document *d, const congdoan_report *r)
{
    return d ? walk_document(NULL, d) : walk_report(NULL, r);
}

void congdoan__local_ids_put_all(congdoan_corpus *c, const congdoan_document *d, const congdoan_report *r)
{
    if (d)
        walk_document(c, d);
    else
        walk_report(c, r);
}
