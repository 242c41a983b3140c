/*
 * What the loader does for an element beyond reading its attributes and text (load-values.c):
 * making its object, putting it into its container (a unit's departments, a document's tasks,
 * a section's items ...), registering identifiers, and the rules between attributes that a
 * value alone cannot break. <value> has a fast path: reports list the same indicators in the
 * same order, so a value's indicator id is looked for at its position in the previous report.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/loader.h"
#include "model/rules.h"

#include <string.h>

/* ---- memory and containers ----------------------------------------------------------------- */

static int push(loader *L, congdoan__vec *v, void *item)
{
    if (congdoan__vec_push(v, item) != 0) {
        congdoan__load_out_of_memory(L);
        return -1;
    }
    return 0;
}

static void *alloc(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc(&L->st->arena, size);
    if (!p)
        congdoan__load_out_of_memory(L);
    return p;
}

/* A unit or report record: packed in load order with the report values (see
 * congdoan__staging.records). Not on cache lines of their own: the roll-up reads the records in
 * load order, one stream, and the padding to the next line cost a national file 4.2 MiB of
 * peak RSS when report records were put on lines. */
static void *alloc_record(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc(&L->st->records, size);
    if (!p)
        congdoan__load_out_of_memory(L);
    return p;
}

/* Arena memory that is written at once (a copy): not zeroed first. */
static void *alloc_raw(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc_raw(&L->st->arena, size);
    if (!p)
        congdoan__load_out_of_memory(L);
    return p;
}

/* An object of `size` bytes that says where it was read: its congdoan__loc at `loc`. */
static void *record(loader *L, size_t size, size_t loc)
{
    char *p = alloc(L, size);
    if (p)
        *(congdoan__loc *)(void *)(p + loc) = congdoan__load_here(L);
    return p;
}
#define RECORD(L, type) record((L), sizeof(type), offsetof(type, loc))

/* Copy a vector of pointers to structs of `size` bytes into one contiguous arena array. */
static void *flatten(loader *L, congdoan__vec *v, size_t size, size_t *count)
{
    *count = 0;
    if (!v->count)
        return NULL;
    char *arr = alloc_raw(L, v->count * size);
    if (!arr)
        return NULL;
    for (size_t i = 0; i < v->count; i++)
        memcpy(arr + i * size, v->items[i], size);
    *count = v->count;
    v->count = 0;
    return arr;
}

/* Copy a vector of pointers into an arena array of pointers. */
static void **copy_ptrs(loader *L, congdoan__vec *v, size_t *count)
{
    *count = 0;
    if (!v->count)
        return NULL;
    void **arr = alloc_raw(L, v->count * sizeof *arr);
    if (!arr)
        return NULL;
    memcpy(arr, v->items, v->count * sizeof *arr);
    *count = v->count;
    v->count = 0;
    return arr;
}

/* ---- identifiers --------------------------------------------------------------------------- */

/* The id="" just read (its hash in L->own_id_hash) of `obj`, unique in the corpus: one look-up
 * in the corpus's table (empty on a first load: nothing to hash), and one probe of the staged one
 * that finds it or puts it. `loc_offset`: where the congdoan__loc of the map's objects is, to say
 * where the first one is. */
static int define_id(loader *L, congdoan__map *staged, const congdoan__map *committed, const char *what,
                     const char *id, void *obj, size_t loc_offset)
{
    const size_t len = L->own_id_len;
    const uint64_t hash = L->own_id_hash;
    void *first = congdoan__map_get_hashed(committed, id, len, hash);
    if (!first) {
        if (congdoan__map_reserve(staged, staged->count + 1) != 0) {
            congdoan__load_out_of_memory(L);
            return -1;
        }
        first = congdoan__map_put_hashed(staged, id, len, hash, obj);
    }
    if (first) {
        const congdoan__loc *loc = (const congdoan__loc *)((const char *)first + loc_offset);
        PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "%s id '%s' is already defined at %s:%u", what, id,
                loc->file ? loc->file : "?", (unsigned)loc->line);
        return -1;
    }
    return 0;
}

void *congdoan__load_once(loader *L, congdoan__map *set, const char *key, void *value)
{
    void *first = congdoan__map_get(set, key, strlen(key));
    if (first)
        return first;
    if (congdoan__map_reserve(set, set->count + 1) != 0) {
        congdoan__load_out_of_memory(L);
        return NULL;
    }
    congdoan__map_put(set, key, value);
    return NULL;
}

/* Task and indicator ids are unique inside their document. */
static void define_local_id(loader *L, const char *what, const char *id, void *obj)
{
    if (id && congdoan__load_once(L, &L->doc_ids, id, obj))
        PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "%s id '%s' is already used in document '%s'", what, id,
                L->doc->id ? L->doc->id : "?");
}

/* ---- the element stack ----------------------------------------------------------------------- */

/* The frame of the element enclosing the one being handled (whose frame is already pushed). */
static frame *enclosing(loader *L)
{
    return L->depth >= 2 ? &L->frames[L->depth - 2] : NULL;
}

/* A section's item (or, for a section straight in its document, the document's list). */
static congdoan__item *add_item(loader *L, congdoan_item_kind kind, void *ptr)
{
    frame *f = enclosing(L);
    if (!f)
        return NULL;
    if (f->kind != CONGDOAN__EL_SECTION) {
        if (kind == CONGDOAN_ITEM_SECTION && f->kind == CONGDOAN__EL_DOCUMENT)
            push(L, &L->doc_sections, ptr);
        return NULL;
    }
    congdoan__item *item = alloc(L, sizeof *item);
    if (!item)
        return NULL;
    item->kind = kind;
    item->u.text = ptr; /* every member of the union is a pointer */
    push(L, &f->items, item);
    return item;
}

static const congdoan_section *current_section(loader *L)
{
    for (size_t i = L->depth - 1; i > 0; i--) /* skip the element's own frame */
        if (L->frames[i - 1].kind == CONGDOAN__EL_SECTION)
            return L->frames[i - 1].obj;
    return NULL;
}

/* A section, task or indicator: its document, and the section it is in (NULL: none). */
static void place_in_document(loader *L, const congdoan_document **document, const congdoan_section **section)
{
    *document = L->doc;
    *section = current_section(L);
}

size_t congdoan__load_ext_index(loader *L, congdoan__el e)
{
    switch (e) {
    case CONGDOAN__EL_CLASSIFICATION: return L->unit_classifications.count;
    case CONGDOAN__EL_RELATION: return L->doc_relations.count;
    case CONGDOAN__EL_RECIPIENT: return L->doc_recipients.count;
    case CONGDOAN__EL_DEADLINE: return L->doc_deadlines.count;
    case CONGDOAN__EL_REPORTER: return L->doc_reporters.count;
    case CONGDOAN__EL_COORDINATOR: return L->task_coordinators.count;
    case CONGDOAN__EL_MILESTONE: return L->task_milestones.count;
    case CONGDOAN__EL_POPULATION: return L->populations.count;
    case CONGDOAN__EL_MEMBER: return L->unit_members.count;
    case CONGDOAN__EL_VALUE: return L->value_count;
    case CONGDOAN__EL_TASK_STATUS: return L->report_statuses.count;
    case CONGDOAN__EL_P: return L->depth >= 2 ? L->frames[L->depth - 2].items.count : 0;
    default: return 0;
    }
}

/* ---- units ------------------------------------------------------------------------------------ */

static void *begin_unit(loader *L, congdoan__el e)
{
    congdoan_unit *u = alloc_record(L, sizeof *u);
    if (!u)
        return NULL;
    u->corpus = L->corpus;
    u->loc = congdoan__load_here(L);
    u->members = u->workers = -1; /* (the declared counts: in the blank of the rare fields) */
    if (e == CONGDOAN__EL_UNIT || e == CONGDOAN__EL_GROUP) {
        u->kind = e == CONGDOAN__EL_GROUP ? CONGDOAN_UNIT_GROUP : CONGDOAN_UNIT_ORGANISATION;
        L->unit = u;
    } else {
        /* departments and bodies take their level and parent from their organisation */
        u->kind = e == CONGDOAN__EL_BODY ? CONGDOAN_UNIT_BODY : CONGDOAN_UNIT_DEPARTMENT;
        u->owner = L->unit;
        if (L->unit)
            push(L, &L->unit_departments, u);
    }
    return u;
}

static void opened_unit(loader *L, congdoan_unit *u)
{
    if (u->kind == CONGDOAN_UNIT_DEPARTMENT || u->kind == CONGDOAN_UNIT_BODY) {
        u->level = L->unit ? L->unit->level : CONGDOAN_LEVEL_UNKNOWN;
        u->parent_id = L->unit ? L->unit->id : NULL;
    }
    if (u->id && define_id(L, &L->st->unit_map, &L->corpus->unit_map, "unit", u->id, u,
                           offsetof(congdoan_unit, loc)) == 0)
        push(L, &L->st->units, u);
}

static void end_unit(loader *L)
{
    congdoan_unit *u = L->unit;
    if (!u)
        return;
    if (L->unit_departments.count || L->unit_members.count) {
        congdoan__unit_aside *more = congdoan__unit_more_make(u, &L->st->arena);
        if (!more) {
            congdoan__load_out_of_memory(L);
        } else {
            more->departments = (congdoan_unit **)copy_ptrs(L, &L->unit_departments, &more->department_count);
            more->group_members = (const char **)copy_ptrs(L, &L->unit_members, &more->group_member_count);
        }
    }
    if (L->unit_classifications.count == 1) { /* the usual case: kept in the unit itself */
        u->one_classification = *(const congdoan__classification *)L->unit_classifications.items[0];
        u->classifications = &u->one_classification;
        u->classification_count = 1;
        L->unit_classifications.count = 0;
    } else if (L->unit_classifications.count > UINT32_MAX) { /* (a 32-bit count) */
        congdoan__load_out_of_memory(L);
    } else {
        size_t n = 0;
        u->classifications = flatten(L, &L->unit_classifications, sizeof(congdoan__classification), &n);
        u->classification_count = (uint32_t)n;
    }
    L->unit = NULL;
}

/* A unit's classifications are copied into it when it closes (end_unit), so their records are
 * scratch, reused unit after unit: k-th of a unit, the pool's k-th record (a national file
 * would otherwise leave 150,000 of them, 2.4 MB, in the arena). */
static void *classification_record(loader *L)
{
    size_t k = L->unit_classifications.count;
    if (k < L->classification_pool.count) {
        memset(L->classification_pool.items[k], 0, sizeof(congdoan__classification));
        return L->classification_pool.items[k];
    }
    void *c = alloc(L, sizeof(congdoan__classification));
    return c && push(L, &L->classification_pool, c) == 0 ? c : NULL;
}

static void opened_classification(loader *L, congdoan__classification *c, const attrs *a)
{
    if (a->bad || !c->year || !c->grade || !L->unit)
        return; /* the problem is recorded */
    for (size_t i = 0; i < L->unit_classifications.count; i++)
        if (((congdoan__classification *)L->unit_classifications.items[i])->year == c->year) {
            PROBLEM(L, CONGDOAN_ESCHEMA, "duplicate-classification",
                    "unit '%s' already has a classification for %d", L->unit->id ? L->unit->id : "?", c->year);
            return;
        }
    push(L, &L->unit_classifications, c);
}

/* ---- documents -------------------------------------------------------------------------------- */

static void end_document(loader *L)
{
    congdoan_document *d = L->doc;
    d->relations = flatten(L, &L->doc_relations, sizeof(congdoan__relation), &d->relation_count);
    d->recipients = flatten(L, &L->doc_recipients, sizeof(congdoan__recipient), &d->recipient_count);
    d->sections = (congdoan_section **)copy_ptrs(L, &L->doc_sections, &d->section_count);
    d->tasks = (congdoan_task **)copy_ptrs(L, &L->doc_tasks, &d->task_count);
    d->indicators = (congdoan_indicator **)copy_ptrs(L, &L->doc_indicators, &d->indicator_count);
    d->deadlines = flatten(L, &L->doc_deadlines, sizeof(congdoan__deadline), &d->deadline_count);
    d->reporters = flatten(L, &L->doc_reporters, sizeof(congdoan__reporter), &d->reporter_count);
    d->results = (congdoan_result **)copy_ptrs(L, &L->doc_results, &d->result_count);
    congdoan__map_release(&L->doc_ids);
    congdoan__map_release(&L->doc_periods);
    L->doc = NULL;
}

/* Rules the loader reports as problems at the element being read. */
typedef struct load_sink {
    congdoan__rule_sink sink;
    loader *L;
} load_sink;

static void rule_broken(congdoan__rule_sink *sink, const char *tag, int missing, const char *message)
{
    PROBLEM(((load_sink *)sink)->L, CONGDOAN_ESCHEMA, tag, "%s", message);
}

/* "<name>": how problems name the element e. */
static const char *element_who(congdoan__el e, char *buf, size_t size)
{
    snprintf(buf, size, "<%s>", congdoan__vocab[e].name);
    return buf;
}

static void opened_relation(loader *L, congdoan__relation *r, const attrs *a)
{
    load_sink sink = {{rule_broken}, L};
    char who[64];
    congdoan__rules_relation(GIVEN(a, L->at_relation_document), GIVEN(a, L->at_relation_number),
                             GIVEN(a, L->at_relation_title), element_who(CONGDOAN__EL_RELATION, who, sizeof who),
                             &sink.sink);
    push(L, &L->doc_relations, r);
}

/* ---- 1.2: milestones, populations, results, task statuses, reporters ---------------------------- */

static void opened_population(loader *L, congdoan_population *p)
{
    load_sink sink = {{rule_broken}, L};
    char who[64];
    congdoan__rules_population(p, element_who(CONGDOAN__EL_POPULATION, who, sizeof who), &sink.sink);
    if (L->indicator || L->result)
        push(L, &L->populations, p);
}

static void *begin_result(loader *L)
{
    congdoan_result *x = RECORD(L, congdoan_result);
    if (!x)
        return NULL;
    if (L->report)
        x->report = L->report;
    else
        place_in_document(L, &x->document, &x->section);
    return L->result = x;
}

static void opened_result(loader *L, congdoan_result *x)
{
    if (x->report) {
        if (x->id && congdoan__load_once(L, &L->report_result_ids, x->id, x))
            PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "result id '%s' is already used in report '%s'", x->id,
                    L->report->id ? L->report->id : "?");
        push(L, &L->report_results, x);
        return;
    }
    define_local_id(L, "result", x->id, x);
    add_item(L, CONGDOAN_ITEM_RESULT, x);
    push(L, &L->doc_results, x);
}

static void end_result(loader *L)
{
    congdoan_result *x = L->result;
    load_sink sink = {{rule_broken}, L};
    char who[96];
    snprintf(who, sizeof who, "<%s%s%s%s>", congdoan__vocab[CONGDOAN__EL_RESULT].name, x->id ? " id=\"" : "",
             x->id ? x->id : "", x->id ? "\"" : "");
    x->populations = flatten(L, &L->populations, sizeof(congdoan_population), &x->population_count);
    congdoan__rules_result(x, who, &sink.sink);
    L->result = NULL;
}

static void opened_task_status(loader *L, congdoan__task_status *s)
{
    load_sink sink = {{rule_broken}, L};
    char who[64];
    congdoan__rules_task_status(s->status, s->completed, element_who(CONGDOAN__EL_TASK_STATUS, who, sizeof who),
                                &sink.sink);
    push(L, &L->report_statuses, s);
}

/* A second <reporting> (refused as one more than allowed, load.c) is not read: its attributes
 * would overwrite the first one's. */
static void *begin_reporting(loader *L)
{
    congdoan_document *d = L->doc;
    if (d->has_reporting)
        return NULL;
    d->has_reporting = 1;
    return d;
}

static void opened_deadline(loader *L, congdoan__deadline *dl)
{
    if (dl->period && congdoan__load_once(L, &L->doc_periods, dl->period, dl)) {
        PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "a second deadline for period %s", dl->period);
        return;
    }
    if (dl->period && dl->date)
        push(L, &L->doc_deadlines, dl);
}

static void end_section(loader *L, frame *f)
{
    congdoan_section *s = f->obj;
    if (!s)
        return;
    s->item_count = f->items.count;
    s->items = f->items.count ? alloc(L, f->items.count * sizeof *s->items) : NULL;
    if (f->items.count && !s->items) {
        s->item_count = 0;
        return;
    }
    for (size_t i = 0; i < f->items.count; i++)
        s->items[i] = *(congdoan__item *)f->items.items[i];
    f->items.count = 0;
}

static void end_task(loader *L)
{
    congdoan_task *t = L->task;
    t->coordinators = flatten(L, &L->task_coordinators, sizeof(congdoan__coordinator), &t->coordinator_count);
    t->milestones = flatten(L, &L->task_milestones, sizeof(congdoan__milestone), &t->milestone_count);
    load_sink sink = {{rule_broken}, L};
    char who[160];
    snprintf(who, sizeof who, "<%s id=\"%s\">", congdoan__vocab[CONGDOAN__EL_TASK].name, t->id ? t->id : "?");
    congdoan__rules_class(t->lead_level, t->lead_kinds, t->lead_sectors, who, &sink.sink);
    L->task = NULL;
}

static void end_indicator(loader *L)
{
    congdoan_indicator *x = L->indicator;
    x->populations = flatten(L, &L->populations, sizeof(congdoan_population), &x->population_count);
    L->indicator = NULL;
}

static void end_coordinator(loader *L, frame *f)
{
    const congdoan__coordinator *c = f->obj;
    load_sink sink = {{rule_broken}, L};
    char who[64];
    congdoan__rules_coordinator(c->unit_id != NULL, c->text != NULL || f->had_foreign_children, c->level != 0,
                                element_who(CONGDOAN__EL_COORDINATOR, who, sizeof who), &sink.sink);
    congdoan__rules_class(c->level, c->kinds, c->sectors, who, &sink.sink);
}

/* ---- reports ---------------------------------------------------------------------------------- */

static void *begin_report(loader *L)
{
    congdoan_report *r = alloc_record(L, sizeof *r);
    if (!r)
        return NULL;
    r->corpus = L->corpus;
    r->loc = congdoan__load_here(L);
    r->ids = L->ids; /* may still be NULL: set again when the first value arrives (end_report) */
    L->report = r;
    L->value_count = 0;
    L->last_indicator = 0;
    return r;
}

static void end_report(loader *L)
{
    congdoan_report *r = L->report;
    r->ids = L->ids;
    /* begin_value keeps the count in range */
    if (congdoan__report_keep_values(&L->st->records, r, L->values, L->value_count) != 0)
        congdoan__load_out_of_memory(L);
    L->value_count = 0;
    if (L->report_statuses.count || L->report_results.count) {
        congdoan__report_aside *more = congdoan__report_more_make(r, &L->st->arena);
        if (!more) {
            congdoan__load_out_of_memory(L);
        } else {
            more->statuses = flatten(L, &L->report_statuses, sizeof(congdoan__task_status), &more->status_count);
            more->results = (congdoan_result **)copy_ptrs(L, &L->report_results, &more->result_count);
        }
    }
    congdoan__map_release(&L->report_result_ids);
    L->report = NULL;
}

/* The NUL-terminated `id` is s[0..len) (which holds no NUL: it is an attribute value). */
static int same_id(const char *id, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (id[i] != s[i])
            return 0;
    return id[len] == '\0';
}

/* Room in L->follows for the indicators known so far. */
static int follows_reserve(loader *L)
{
    size_t want = (L->ids ? L->ids->count : 0) + 1;
    if (want <= L->follows_cap)
        return 0;
    size_t cap = L->follows_cap ? L->follows_cap * 2 : 64;
    while (cap < want)
        cap *= 2;
    uint32_t *f = congdoan__realloc(L->follows, cap * sizeof *f);
    if (!f)
        return -1;
    memset(f + L->follows_cap, 0, (cap - L->follows_cap) * sizeof *f);
    L->follows = f;
    L->follows_cap = cap;
    return 0;
}

/* The index in the load's id table of the indicator id attribute k names; -1 when bad. */
static long value_indicator(loader *L, const attrs *a, size_t k)
{
    if (!GIVEN(a, k))
        return -1;
    const char *v = a->v[k];
    size_t len = a->len[k];
    /* Reports list the same indicators in the same order, or in the same order turned round:
     * the indicator that came after the previous one last time, when it is the same text, is
     * found without hashing, validating or interning it again. */
    uint32_t after = L->last_indicator, guess = after < L->follows_cap ? L->follows[after] : 0;
    if (guess && same_id(L->ids->items[guess - 1], v, len)) {
        L->last_indicator = guess;
        return (long)guess - 1;
    }
    /* else hashed once, under the key the interner shares */
    uint64_t hash = congdoan__map_hash(&L->id_index, v, len);
    uintptr_t known = (uintptr_t)congdoan__map_get_hashed(&L->id_index, v, len, hash);
    if (!known) {
        const char *id = congdoan__load_id_attr_hashed(L, CONGDOAN__EL_VALUE, a, k, hash);
        if (!id)
            return -1;
        uint32_t index;
        if (congdoan__map_reserve(&L->id_index, L->id_index.count + 1) != 0 ||
            congdoan__idtab_append(&L->st->arena, &L->ids, id, &index) != 0) {
            congdoan__load_out_of_memory(L);
            return -1;
        }
        known = (uintptr_t)index + 1;
        congdoan__map_put_hashed(&L->id_index, id, len, hash, (void *)known);
    }
    if (follows_reserve(L) != 0) {
        congdoan__load_out_of_memory(L);
        return -1;
    }
    L->follows[after] = (uint32_t)known;
    L->last_indicator = (uint32_t)known;
    return (long)known - 1;
}

static void *begin_value(loader *L, const attrs *a)
{
    if (L->value_count == UINT32_MAX) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "more than %lu values in one <report>", (unsigned long)UINT32_MAX);
        congdoan__load_stop(L);
        return NULL;
    }
    if (L->value_count == L->value_cap) {
        size_t cap = L->value_cap ? L->value_cap * 2 : 64;
        congdoan__value *v = congdoan__realloc(L->values, cap * sizeof *v);
        if (!v) {
            congdoan__load_out_of_memory(L);
            return NULL;
        }
        L->values = v;
        L->value_cap = cap;
    }
    memset(&L->view, 0, sizeof L->view);
    long index = value_indicator(L, a, L->at_value_indicator);
    L->view_has_id = index >= 0;
    L->values[L->value_count].indicator = index >= 0 ? (uint32_t)index : 0;
    return &L->view;
}

static void opened_value(loader *L, const attrs *a)
{
    const congdoan__value_view *w = &L->view;
    /* (1.2: a value with no figure at all is an empty slot of a report form) */
    if (GIVEN(a, L->at_value_numerator) != GIVEN(a, L->at_value_denominator)) {
        /* (the indicator quoted only here: this runs for each of a national file's 3 million values) */
        int has_ind = GIVEN(a, L->at_value_indicator);
        const char *ind = has_ind ? a->v[L->at_value_indicator] : "";
        const congdoan__elem *spec = &congdoan__vocab[CONGDOAN__EL_VALUE];
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute", "<%s %s=\"%.*s\">: %s=\"\" and %s=\"\" go together",
                spec->name, spec->attrs[L->at_value_indicator].name,
                has_ind ? SHOWN(ind, a->len[L->at_value_indicator]) : 0, ind,
                spec->attrs[L->at_value_numerator].name, spec->attrs[L->at_value_denominator].name);
    }
    congdoan__value *v = &L->values[L->value_count];
    long line = congdoan__load_line(L);
    v->value = w->value;
    v->numerator = w->numerator;
    v->denominator = w->denominator;
    v->line = line > 0 && line < (1L << 28) ? (uint32_t)line : 0;
    v->flags = (w->has_value ? CONGDOAN__VALUE_PLAIN : 0) |
               (w->has_numerator && w->has_denominator ? CONGDOAN__VALUE_FRACTION : 0);
    v->coverage = (uint32_t)w->coverage & 3;
    if (L->view_has_id && (v->flags || (!GIVEN(a, L->at_value_numerator) && !GIVEN(a, L->at_value_denominator) &&
                                        !GIVEN(a, L->at_value_value))))
        L->value_count++;
}

/* ---- dispatch --------------------------------------------------------------------------------- */

void *congdoan__load_begin(loader *L, frame *f, attrs *a)
{
    switch (f->kind) {
    case CONGDOAN__EL_ROOT: return L->corpus; /* the version is all it has */
    case CONGDOAN__EL_UNIT:
    case CONGDOAN__EL_GROUP:
    case CONGDOAN__EL_DEPARTMENT:
    case CONGDOAN__EL_BODY: return begin_unit(L, f->kind);
    case CONGDOAN__EL_MEMBER: L->member = NULL; return &L->member;
    case CONGDOAN__EL_MILESTONE: return RECORD(L, congdoan__milestone);
    case CONGDOAN__EL_POPULATION: return RECORD(L, congdoan_population);
    case CONGDOAN__EL_RESULT: return begin_result(L);
    case CONGDOAN__EL_CLASSIFICATION: return classification_record(L);
    case CONGDOAN__EL_DOCUMENT: {
        congdoan_document *d = RECORD(L, congdoan_document);
        if (d) {
            d->corpus = L->corpus;
            L->doc = d;
        }
        return d;
    }
    case CONGDOAN__EL_RELATION: return RECORD(L, congdoan__relation);
    case CONGDOAN__EL_RECIPIENT: return RECORD(L, congdoan__recipient);
    case CONGDOAN__EL_REPORTING: return begin_reporting(L);
    case CONGDOAN__EL_DEADLINE: return RECORD(L, congdoan__deadline);
    case CONGDOAN__EL_REPORTER: return RECORD(L, congdoan__reporter);
    case CONGDOAN__EL_SECTION: {
        congdoan_section *s = RECORD(L, congdoan_section);
        if (s)
            place_in_document(L, &s->document, &s->parent);
        return s;
    }
    case CONGDOAN__EL_P: { /* its object is the text slot of its item */
        congdoan__item *item = add_item(L, CONGDOAN_ITEM_PARAGRAPH, NULL);
        return item ? (void *)&item->u.text : NULL;
    }
    case CONGDOAN__EL_TASK: {
        congdoan_task *t = RECORD(L, congdoan_task);
        if (t)
            place_in_document(L, &t->document, &t->section);
        return L->task = t;
    }
    case CONGDOAN__EL_COORDINATOR: return RECORD(L, congdoan__coordinator);
    case CONGDOAN__EL_INDICATOR: {
        congdoan_indicator *x = RECORD(L, congdoan_indicator);
        if (x)
            place_in_document(L, &x->document, &x->section);
        return L->indicator = x;
    }
    case CONGDOAN__EL_REPORT: return begin_report(L);
    case CONGDOAN__EL_VALUE: return begin_value(L, a);
    case CONGDOAN__EL_TASK_STATUS: return RECORD(L, congdoan__task_status);
    default: { /* a part of its parent's object: <title>, <signer>, <text>, <note> */
        const frame *p = enclosing(L);
        if (!p || !p->obj || !f->as || f->as->place != CONGDOAN__IN_PARENT)
            return NULL;
        char *base = congdoan__aside_make(f->as->aside, p->obj, &L->st->arena);
        if (!base)
            congdoan__load_out_of_memory(L);
        return base ? base + f->as->at : NULL;
    }
    }
}

void congdoan__load_opened(loader *L, frame *f, attrs *a)
{
    void *obj = f->obj;
    switch (f->kind) {
    case CONGDOAN__EL_UNIT:
    case CONGDOAN__EL_GROUP:
    case CONGDOAN__EL_DEPARTMENT:
    case CONGDOAN__EL_BODY: opened_unit(L, obj); break;
    case CONGDOAN__EL_MEMBER:
        if (L->member && L->unit)
            push(L, &L->unit_members, (void *)L->member);
        break;
    case CONGDOAN__EL_MILESTONE:
        if (L->task)
            push(L, &L->task_milestones, obj);
        break;
    case CONGDOAN__EL_POPULATION: opened_population(L, obj); break;
    case CONGDOAN__EL_RESULT: opened_result(L, obj); break;
    case CONGDOAN__EL_CLASSIFICATION: opened_classification(L, obj, a); break;
    case CONGDOAN__EL_DOCUMENT: {
        congdoan_document *d = obj;
        if (d->id && define_id(L, &L->st->document_map, &L->corpus->document_map, "document", d->id, d,
                               offsetof(congdoan_document, loc)) == 0)
            push(L, &L->st->documents, d);
        break;
    }
    case CONGDOAN__EL_RELATION: opened_relation(L, obj, a); break;
    case CONGDOAN__EL_RECIPIENT: push(L, &L->doc_recipients, obj); break;
    case CONGDOAN__EL_DEADLINE: opened_deadline(L, obj); break;
    case CONGDOAN__EL_REPORTER:
        if (((congdoan__reporter *)obj)->unit_id)
            push(L, &L->doc_reporters, obj);
        break;
    case CONGDOAN__EL_SECTION: {
        congdoan_section *s = obj;
        define_local_id(L, "section", s->id, s);
        add_item(L, CONGDOAN_ITEM_SECTION, s);
        break;
    }
    case CONGDOAN__EL_TASK: {
        congdoan_task *t = obj;
        define_local_id(L, "task", t->id, t);
        add_item(L, CONGDOAN_ITEM_TASK, t);
        push(L, &L->doc_tasks, t);
        break;
    }
    case CONGDOAN__EL_COORDINATOR: push(L, &L->task_coordinators, obj); break;
    case CONGDOAN__EL_INDICATOR: {
        congdoan_indicator *x = obj;
        define_local_id(L, "indicator", x->id, x);
        add_item(L, CONGDOAN_ITEM_INDICATOR, x);
        push(L, &L->doc_indicators, x);
        break;
    }
    case CONGDOAN__EL_REPORT: {
        congdoan_report *r = obj;
        if (r->id && define_id(L, &L->st->report_map, &L->corpus->report_map, "report", r->id, r,
                               offsetof(congdoan_report, loc)) == 0)
            push(L, &L->st->reports, r);
        break;
    }
    case CONGDOAN__EL_VALUE: opened_value(L, a); break;
    case CONGDOAN__EL_TASK_STATUS: opened_task_status(L, obj); break;
    default: break;
    }
}

void congdoan__load_closed(loader *L, frame *f)
{
    switch (f->kind) {
    case CONGDOAN__EL_UNIT:
    case CONGDOAN__EL_GROUP: end_unit(L); break;
    case CONGDOAN__EL_RESULT: if (L->result) end_result(L); break;
    case CONGDOAN__EL_DOCUMENT: if (L->doc) end_document(L); break;
    case CONGDOAN__EL_SECTION: end_section(L, f); break;
    case CONGDOAN__EL_TASK: if (L->task) end_task(L); break;
    case CONGDOAN__EL_COORDINATOR: if (f->obj) end_coordinator(L, f); break;
    case CONGDOAN__EL_INDICATOR: if (L->indicator) end_indicator(L); break;
    case CONGDOAN__EL_REPORT: if (L->report) end_report(L); break;
    default: break;
    }
}

void congdoan__load_objects_release(loader *L)
{
    for (size_t i = 0; i < L->frames_cap; i++)
        congdoan__vec_release(&L->frames[i].items);
    congdoan__dealloc(L->values);
    congdoan__vec_release(&L->unit_departments);
    congdoan__vec_release(&L->unit_classifications);
    congdoan__vec_release(&L->classification_pool);
    congdoan__vec_release(&L->doc_relations);
    congdoan__vec_release(&L->doc_recipients);
    congdoan__vec_release(&L->doc_sections);
    congdoan__vec_release(&L->doc_tasks);
    congdoan__vec_release(&L->doc_indicators);
    congdoan__vec_release(&L->doc_deadlines);
    congdoan__vec_release(&L->doc_reporters);
    congdoan__vec_release(&L->task_coordinators);
    congdoan__vec_release(&L->task_milestones);
    congdoan__vec_release(&L->populations);
    congdoan__vec_release(&L->doc_results);
    congdoan__vec_release(&L->report_results);
    congdoan__vec_release(&L->unit_members);
    congdoan__vec_release(&L->report_statuses);
    congdoan__map_release(&L->doc_ids);
    congdoan__map_release(&L->doc_periods);
    congdoan__map_release(&L->report_result_ids);
    congdoan__map_release(&L->list_ids);
    congdoan__map_release(&L->id_index);
    congdoan__dealloc(L->follows);
}
