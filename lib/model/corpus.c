/*
 * The corpus: creation, limits, committing a staged load (all of it or nothing), and lookups.
 * Reading files is the XML layer's (xml/load-files.c).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <stddef.h>
#include <string.h>

#include <libxml/parser.h>

static const long default_limits[CONGDOAN__LIMIT_COUNT] = {2147483647L, 64, 100000000L, 1048576L, 256};
/* The text-length maximum stays below libxml2's own 10,000,000-byte limit on one token, so
 * that the corpus limit, with its clear message, is the one that applies. Attributes per element:
 * the loader keeps the first 5 * limit bytes of a tag while it looks at it (xml/load-scan.c). */
static const long hard_limits[CONGDOAN__LIMIT_COUNT] = {2147483647L, 256, 2000000000L, 9000000L, 100000L};

/* The tables of units, documents and reports by id: maps of records, keyed by each one's id. */
static void init_id_maps(congdoan__map *units, congdoan__map *documents, congdoan__map *reports,
                         const congdoan__hash_key *key)
{
    congdoan__map_init_records(units, key, offsetof(congdoan_unit, id));
    congdoan__map_init_records(documents, key, offsetof(congdoan_document, id));
    congdoan__map_init_records(reports, key, offsetof(congdoan_report, id));
}

CONGDOAN_API int congdoan_corpus_new(congdoan_corpus **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    congdoan_corpus *c = congdoan__calloc(1, sizeof *c);
    if (!c)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating a corpus");
    congdoan__arena_init(&c->arena);
    memcpy(c->limits, default_limits, sizeof c->limits);
    c->load_threads = 1;
    congdoan__hash_key_random(&c->hash_key);
    init_id_maps(&c->unit_map, &c->document_map, &c->report_map, &c->hash_key);
    congdoan__map_init(&c->waiting, &c->hash_key);
    congdoan__map_init(&c->ext, &c->hash_key);
    congdoan__map_init(&c->local_ids, &c->hash_key);
    congdoan__map_init(&c->numbers, &c->hash_key);
    /* libxml2 asks for this once per process before use from several threads; it is cheap and
     * idempotent. (xmlCleanupParser is never called: that is the application's business.) */
    xmlInitParser();
    *out = c;
    return CONGDOAN_OK;
}

CONGDOAN_API void congdoan_corpus_free(congdoan_corpus *corpus)
{
    if (!corpus)
        return;
    congdoan__vec_release(&corpus->units);
    congdoan__vec_release(&corpus->documents);
    congdoan__vec_release(&corpus->reports);
    congdoan__vec_release(&corpus->roots);
    congdoan__map_release(&corpus->unit_map);
    congdoan__map_release(&corpus->document_map);
    congdoan__map_release(&corpus->report_map);
    congdoan__map_release(&corpus->waiting);
    congdoan__ext_map_release(&corpus->ext);
    congdoan__map_release(&corpus->local_ids);
    congdoan__map_release(&corpus->numbers);
    congdoan__dealloc(corpus->briefs);
    congdoan__arena_release(&corpus->arena);
    congdoan__dealloc(corpus);
}

CONGDOAN_API int congdoan_corpus_set_limit(congdoan_corpus *corpus, congdoan_limit limit, long value)
{
    CONGDOAN__CHECK_ARG(corpus);
    if ((int)limit < 0 || (int)limit >= CONGDOAN__LIMIT_COUNT)
        return congdoan__error(CONGDOAN_EINVAL, "unknown limit %d", (int)limit);
    if (value < 1 || value > hard_limits[limit])
        return congdoan__error(CONGDOAN_EINVAL, "limit %d must be from 1 to %ld; got %ld", (int)limit,
                               hard_limits[limit], value);
    corpus->limits[limit] = value;
    return CONGDOAN_OK;
}

CONGDOAN_API long congdoan_corpus_get_limit(const congdoan_corpus *corpus, congdoan_limit limit)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", -1);
    if (!corpus || (int)limit < 0 || (int)limit >= CONGDOAN__LIMIT_COUNT)
        return -1;
    return corpus->limits[limit];
}

CONGDOAN_API int congdoan_corpus_set_load_threads(congdoan_corpus *corpus, int threads)
{
    CONGDOAN__CHECK_ARG(corpus);
    if (threads != 1 && threads != 2)
        return congdoan__error(CONGDOAN_EINVAL, "a load uses 1 or 2 threads; got %d", threads);
    corpus->load_threads = threads;
    return CONGDOAN_OK;
}

CONGDOAN_API int congdoan_corpus_get_load_threads(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", -1);
    return corpus ? corpus->load_threads : -1;
}

/* ---- staging and commit --------------------------------------------------------------------- */

void congdoan__staging_init(congdoan__staging *st, const congdoan_corpus *corpus)
{
    memset(st, 0, sizeof *st);
    congdoan__arena_init(&st->arena);
    congdoan__arena_init(&st->records);
    congdoan__interner_init(&st->strings, &st->arena);
    congdoan__interner_seed(&st->strings, &corpus->hash_key);
    init_id_maps(&st->unit_map, &st->document_map, &st->report_map, &corpus->hash_key);
}

/* Measured on generated national-scale files (tests/bench/gen-national: 3 MB to 229 MB): the
 * records hold 0.35-0.41 of the file's size, the strings 0.07-0.09. Text-heavy files hold more
 * strings and fewer records; a hint too large or too small costs nothing but the chunk sizes.
 * What it buys on a national file: records and strings in huge pages from the first unit, 2,900
 * page faults instead of 11,100, and about 5 % of the load's CPU time. */
void congdoan__staging_expect(congdoan__staging *st, size_t bytes)
{
    congdoan__arena_expect(&st->records, bytes / 100 * 40);
    congdoan__arena_expect(&st->arena, bytes / 100 * 10);
}

void congdoan__staging_release(congdoan__staging *st)
{
    congdoan__interner_release(&st->strings);
    congdoan__vec_release(&st->units);
    congdoan__vec_release(&st->documents);
    congdoan__vec_release(&st->reports);
    congdoan__vec_release(&st->ext);
    congdoan__map_release(&st->unit_map);
    congdoan__map_release(&st->document_map);
    congdoan__map_release(&st->report_map);
    congdoan__arena_release(&st->arena);
    congdoan__arena_release(&st->records);
}

/* Append the staged objects and their ids (room reserved): the staged map hashes under the
 * corpus's key, so its entries move by their stored hash. */
static void append_all(congdoan__vec *to, congdoan__map *map, const congdoan__vec *from, const congdoan__map *from_map)
{
    for (size_t i = 0; i < from->count; i++)
        to->items[to->count++] = from->items[i];
    congdoan__map_merge(map, from_map);
}

/* Into an empty corpus the staged tables are taken over as they are: no second copy of the
 * id maps and lists at the peak of a large load. */
static void take_over(congdoan__vec *to, congdoan__map *to_map, congdoan__vec *from, congdoan__map *from_map)
{
    congdoan__vec_release(to);
    congdoan__map_release(to_map);
    *to = *from;
    *to_map = *from_map;
    memset(from, 0, sizeof *from);
    memset(from_map, 0, sizeof *from_map);
}

/* Report i is its organisation's (1 + its index: pos): on the unit's list. */
static void report_found(congdoan_corpus *c, size_t i, uint32_t pos)
{
    congdoan_report *r = c->reports.items[i];
    congdoan_unit *u = c->units.items[pos - 1];
    r->unit_pos = pos;
    r->next_of_unit = u->reports;
    u->reports = (uint32_t)i + 1;
}

/* Report i waits for the unit it names: on the list of that id (room reserved). */
static void report_waits(congdoan_corpus *c, size_t i)
{
    congdoan_report *r = c->reports.items[i];
    void **last = congdoan__map_value_at(&c->waiting, r->unit_id, strlen(r->unit_id));
    r->next_of_unit = last ? (uint32_t)(uintptr_t)*last : 0;
    if (last)
        *last = (void *)(uintptr_t)(i + 1);
    else
        congdoan__map_put(&c->waiting, r->unit_id, (void *)(uintptr_t)(i + 1));
}

void congdoan__reports_resolve(congdoan_corpus *c, size_t from)
{
    size_t unresolved = 0;
    for (size_t i = from; i < c->reports.count; i++) {
        congdoan_report *r = c->reports.items[i];
        uint32_t pos = r->unit_pos ? 0 : congdoan__org_pos(c, r->unit_id);
        if (pos)
            report_found(c, i, pos);
        unresolved += !r->unit_pos;
    }
    c->unresolved_reports = from == 0 ? unresolved : c->unresolved_reports + unresolved;
    if (from == 0) {
        congdoan__map_release(&c->waiting);
        c->waiting_lost = 0;
    }
    if (!unresolved || c->waiting_lost)
        return;
    /* one entry at most per report: room for all of them, or the lists are lost */
    if (congdoan__map_reserve(&c->waiting, c->waiting.count + unresolved) != 0) {
        c->waiting_lost = 1;
        return;
    }
    for (size_t i = from; i < c->reports.count; i++)
        if (!((congdoan_report *)c->reports.items[i])->unit_pos)
            report_waits(c, i);
}

void congdoan__reports_unit_added(congdoan_corpus *c, congdoan_unit *u)
{
    if (!c->unresolved_reports || u->kind != CONGDOAN_UNIT_ORGANISATION)
        return;
    if (c->waiting_lost) {
        congdoan__reports_resolve(c, 0);
        return;
    }
    void **last = congdoan__map_value_at(&c->waiting, u->id, strlen(u->id));
    uint32_t pos = congdoan__org_pos(c, u->id);
    if (!last || !pos)
        return;
    for (uint32_t k = (uint32_t)(uintptr_t)*last; k;) {
        uint32_t next = ((congdoan_report *)c->reports.items[k - 1])->next_of_unit;
        report_found(c, k - 1, pos);
        c->unresolved_reports--;
        k = next;
    }
    *last = NULL;
}

/* Each report's unit, looked up once here rather than by every query (a national roll-up reads
 * 150,000 reports): the new reports by the unit map; the older ones still without a unit, of
 * the new units, by the lists of the ids they wait for. */
static void resolve_report_units(congdoan_corpus *c, size_t first_new, size_t first_unit)
{
    for (size_t i = first_unit; i < c->units.count && c->unresolved_reports; i++)
        congdoan__reports_unit_added(c, c->units.items[i]);
    congdoan__reports_resolve(c, first_new);
}

/* The root's foreign attributes of an earlier load (old) and of this one (x), together in x:
 * the declarations of old, then those of x whose prefix old does not declare (a prefix is
 * declared once on an element), then the attributes of both. 0 or CONGDOAN_ENOMEM. */
static int merge_attrs(congdoan__staging *st, const congdoan__ext *old, congdoan__ext *x)
{
    if (!old->attr_count)
        return 0;
    if (!x->attr_count) {
        x->attr_ns = old->attr_ns, x->attr_xml = old->attr_xml, x->attr_count = old->attr_count;
        return 0;
    }
    const char *ons = old->attr_ns ? old->attr_ns : "", *xns = x->attr_ns ? x->attr_ns : "";
    size_t on = strlen(ons), xn = strlen(xns), oa = strlen(old->attr_xml), xa = strlen(x->attr_xml);
    char *ns = congdoan__arena_alloc_raw(&st->arena, on + xn + 1);
    char *xml = congdoan__arena_alloc_raw(&st->arena, oa + xa + 1);
    if (!ns || !xml)
        return CONGDOAN_ENOMEM;
    memcpy(ns, ons, on);
    size_t n = on;
    /* each declaration is ' xmlns:P="URI"' (the URI escaped: no '"' in it) */
    for (const char *d = xns; *d;) {
        const char *eq = strchr(d, '=');
        const char *end = strchr(eq + 2, '"') + 1;
        int declared = 0;
        for (const char *p = ons; !declared && (p = strstr(p, " xmlns:")) != NULL; p++)
            declared = strncmp(p, d, (size_t)(eq + 1 - d)) == 0;
        if (!declared) {
            memcpy(ns + n, d, (size_t)(end - d));
            n += (size_t)(end - d);
        }
        d = end;
    }
    ns[n] = '\0';
    memcpy(xml, old->attr_xml, oa);
    memcpy(xml + oa, x->attr_xml, xa + 1);
    x->attr_ns = n ? ns : NULL, x->attr_xml = xml, x->attr_count += old->attr_count;
    return 0;
}

int congdoan__staging_commit(congdoan_corpus *c, congdoan__staging *st)
{
    /* The interner's table is only needed while reading; its strings stay in the arena. */
    congdoan__interner_release(&st->strings);
    /* Phase 1: everything that can fail. */
    size_t local_ids = 0;
    for (size_t i = 0; i < st->documents.count; i++)
        local_ids += congdoan__local_ids_of(st->documents.items[i], NULL);
    for (size_t i = 0; i < st->reports.count; i++)
        local_ids += congdoan__local_ids_of(NULL, st->reports.items[i]);
    size_t numbered = 0;
    for (size_t i = 0; i < st->documents.count; i++)
        numbered += ((const congdoan_document *)st->documents.items[i])->number != NULL;
    if ((local_ids && congdoan__local_ids_reserve(c, local_ids) != 0) ||
        (numbered && congdoan__numbers_reserve(c, numbered) != 0) ||
        (c->units.count && (congdoan__vec_reserve(&c->units, c->units.count + st->units.count) != 0 ||
                            congdoan__map_reserve(&c->unit_map, c->unit_map.count + st->units.count) != 0)) ||
        (c->documents.count &&
         (congdoan__vec_reserve(&c->documents, c->documents.count + st->documents.count) != 0 ||
          congdoan__map_reserve(&c->document_map, c->document_map.count + st->documents.count) != 0)) ||
        (c->reports.count && (congdoan__vec_reserve(&c->reports, c->reports.count + st->reports.count) != 0 ||
                              congdoan__map_reserve(&c->report_map, c->report_map.count + st->reports.count) != 0)) ||
        congdoan__ext_map_reserve(&c->ext, c->ext.count + st->ext.count) != 0 ||
        congdoan__briefs_reserve(c, c->units.count + st->units.count) != 0)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory adding the loaded objects to the corpus");
    /* Foreign content and comments on the root, before it and after it, of several files: the
     * earlier loads' and this one's together. */
    for (size_t i = 0; i < st->ext.count; i++) {
        congdoan__ext *x = st->ext.items[i];
        int corpus_wide = x->role == CONGDOAN__ROLE_ROOT || x->role == CONGDOAN__ROLE_PROLOG ||
                          x->role == CONGDOAN__ROLE_EPILOG;
        const congdoan__ext *old = corpus_wide ? congdoan__ext_get(&c->ext, c, x->role, 0) : NULL;
        if (!old)
            continue;
        congdoan__foreign_elem *elems = congdoan__arena_alloc(&st->arena, (old->elem_count + x->elem_count + 1) * sizeof *elems);
        if (!elems || merge_attrs(st, old, x) != 0)
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory adding the loaded objects to the corpus");
        /* (a side without elements has a NULL array: memcpy may not be given NULL) */
        if (old->elem_count)
            memcpy(elems, old->elems, old->elem_count * sizeof *elems);
        if (x->elem_count)
            memcpy(elems + old->elem_count, x->elems, x->elem_count * sizeof *elems);
        x->elems = elems, x->elem_count += old->elem_count;
    }
    congdoan__hierarchy_plan plan;
    if (congdoan__hierarchy_prepare(c, st, &plan) != 0)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory building the unit hierarchy");
    /* Phase 2: cannot fail. */
    for (size_t i = 0; i < st->units.count; i++)
        ((congdoan_unit *)st->units.items[i])->index = c->units.count + i;
    congdoan__hierarchy_apply(c, st, &plan); /* counts late parents by index, writes the briefs by
                                              * index: indexes first */
    size_t first_report = c->reports.count, first_unit = c->units.count, first_document = c->documents.count;
    if (c->units.count == 0)
        take_over(&c->units, &c->unit_map, &st->units, &st->unit_map);
    else
        append_all(&c->units, &c->unit_map, &st->units, &st->unit_map);
    if (c->documents.count == 0)
        take_over(&c->documents, &c->document_map, &st->documents, &st->document_map);
    else
        append_all(&c->documents, &c->document_map, &st->documents, &st->document_map);
    if (c->reports.count == 0)
        take_over(&c->reports, &c->report_map, &st->reports, &st->report_map);
    else
        append_all(&c->reports, &c->report_map, &st->reports, &st->report_map);
    for (size_t i = first_document; i < c->documents.count; i++) {
        congdoan_document *d = c->documents.items[i];
        d->index = i;
        congdoan__numbers_put(c, d);
        congdoan__local_ids_put_all(c, d, NULL);
    }
    for (size_t i = first_report; i < c->reports.count; i++)
        congdoan__local_ids_put_all(c, NULL, c->reports.items[i]);
    resolve_report_units(c, first_report, first_unit);
    c->top_loaded += st->top_loaded;
    for (size_t i = 0; i < st->ext.count; i++)
        congdoan__ext_map_put(&c->ext, st->ext.items[i]);
    st->ext.count = 0;
    congdoan__arena_adopt(&c->arena, &st->arena);
    congdoan__arena_adopt(&c->arena, &st->records);
    st->units.count = st->documents.count = st->reports.count = 0;
    return 0;
}

/* ---- lookups ------------------------------------------------------------------------------- */

const congdoan_unit *congdoan__unit_lookup(const congdoan_corpus *corpus, const char *id)
{
    return corpus && id ? congdoan__map_get(&corpus->unit_map, id, strlen(id)) : NULL;
}

uint32_t congdoan__org_pos(const congdoan_corpus *corpus, const char *id)
{
    const congdoan_unit *u = congdoan__unit_lookup(corpus, id);
    return u && u->kind == CONGDOAN_UNIT_ORGANISATION && u->index < UINT32_MAX - 1 ? (uint32_t)(u->index + 1) : 0;
}

const congdoan_document *congdoan__document_lookup(const congdoan_corpus *corpus, const char *id)
{
    return corpus && id ? congdoan__map_get(&corpus->document_map, id, strlen(id)) : NULL;
}

#define VEC_AT(v, i) ((i) < (v).count ? (v).items[(i)] : NULL)

CONGDOAN_API size_t congdoan_corpus_unit_count(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    return corpus->units.count;
}
CONGDOAN_API const congdoan_unit *congdoan_corpus_unit(const congdoan_corpus *corpus, size_t i)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    return VEC_AT(corpus->units, i);
}
CONGDOAN_API const congdoan_unit *congdoan_corpus_unit_by_id(const congdoan_corpus *corpus, const char *id)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    CONGDOAN__NOT_NULL(id, "id", NULL);
    return congdoan__unit_lookup(corpus, id);
}
CONGDOAN_API size_t congdoan_corpus_root_count(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    return corpus->roots.count;
}
CONGDOAN_API const congdoan_unit *congdoan_corpus_root(const congdoan_corpus *corpus, size_t i)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    return VEC_AT(corpus->roots, i);
}
CONGDOAN_API size_t congdoan_corpus_document_count(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    return corpus->documents.count;
}
CONGDOAN_API const congdoan_document *congdoan_corpus_document(const congdoan_corpus *corpus, size_t i)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    return VEC_AT(corpus->documents, i);
}
CONGDOAN_API const congdoan_document *congdoan_corpus_document_by_id(const congdoan_corpus *corpus, const char *id)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    CONGDOAN__NOT_NULL(id, "id", NULL);
    return congdoan__document_lookup(corpus, id);
}
CONGDOAN_API const congdoan_document *congdoan_corpus_document_by_number(const congdoan_corpus *corpus,
                                                                         const char *number)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    CONGDOAN__NOT_NULL(number, "number", NULL);
    char *nfc = NULL;
    size_t len = 0;
    if (congdoan__text_nfc(number, strlen(number), &nfc, &len) != 0)
        return NULL;
    /* stored numbers are NFC already: one hash (numbers.c) */
    const congdoan_document *found = congdoan__numbers_first(corpus, nfc ? nfc : number);
    congdoan__text_nfc_free(nfc);
    return found;
}
CONGDOAN_API size_t congdoan_corpus_report_count(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    return corpus->reports.count;
}
CONGDOAN_API const congdoan_report *congdoan_corpus_report(const congdoan_corpus *corpus, size_t i)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    return VEC_AT(corpus->reports, i);
}
CONGDOAN_API const congdoan_report *congdoan_corpus_report_by_id(const congdoan_corpus *corpus, const char *id)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", NULL);
    CONGDOAN__NOT_NULL(id, "id", NULL);
    return congdoan__map_get(&corpus->report_map, id, strlen(id));
}
