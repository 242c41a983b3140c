/*
 * Editing: sections and paragraphs, the id namespace of a document, and document order: where
 * a new task, indicator or result goes in the document's flat lists (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <string.h>

/* ---- sections, and document order ------------------------------------------------------------- */

/* Section, task, indicator and result ids share one namespace per document (as in the loader):
 * one look-up in the corpus's table of them (local-ids.c). A builder that makes its ids unique
 * itself and has the result checked by the loader (the importer) skips it through the
 * congdoan__fresh_* adds. */
int congdoan__edit_check_local_id_free(const congdoan_document *d, const char *id, const char *w, int fresh)
{
    if (fresh)
        return 0;
    int kind;
    static const char *const what[] = {[CONGDOAN_ITEM_SECTION] = N_("a section"), [CONGDOAN_ITEM_TASK] = N_("a task"),
                                       [CONGDOAN_ITEM_INDICATOR] = N_("an indicator"),
                                       [CONGDOAN_ITEM_RESULT] = N_("a result")};
    if (congdoan__local_id_get(d->corpus, d, id, &kind))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by %s of document '%s'", w, id,
                               _(what[kind]), congdoan__edit_safe(d->id));
    return 0;
}

int congdoan__edit_local_id_free(const new_object *o, const char *w)
{
    return congdoan__edit_check_local_id_free(o->section->document, o->id, w, o->fresh);
}

/* Count the items of `kind` in document order up to the end of `target`'s subtree; 1 once the
 * target was passed. */
static int count_until(const congdoan_section *s, const congdoan_section *target, congdoan_item_kind kind, size_t *n)
{
    for (size_t i = 0; i < s->item_count; i++) {
        if (s->items[i].kind == kind)
            (*n)++;
        else if (s->items[i].kind == CONGDOAN_ITEM_SECTION && count_until(s->items[i].u.section, target, kind, n))
            return 1;
    }
    return s == target;
}

/* Where an item of `kind` appended to `target` goes in the document's flat list of them. */
size_t congdoan__edit_document_place(const congdoan_document *d, const congdoan_section *target,
                                     congdoan_item_kind kind, size_t count)
{
    /* Appending to the last section of the document (the last item of its parent, and so on
     * up): the item goes last. Without this a document built in order costs quadratic time. */
    const congdoan_section *s = target;
    while (s->parent && s->parent->item_count && s->parent->items[s->parent->item_count - 1].u.section == s)
        s = s->parent;
    if (!s->parent && d->section_count && d->sections[d->section_count - 1] == s)
        return count;
    size_t n = 0;
    for (size_t i = 0; i < d->section_count; i++)
        if (count_until(d->sections[i], target, kind, &n))
            break;
    return n < count ? n : count;
}

static size_t section_depth(const congdoan_section *s)
{
    size_t n = 0;
    for (; s; s = s->parent)
        n++;
    return n;
}

int congdoan__edit_grow_items(congdoan_corpus *c, congdoan_section *s)
{
    return congdoan__grow(&c->arena, (void **)&s->items, s->item_count, &s->item_cap, sizeof *s->items);
}

void congdoan__edit_append_item(congdoan_section *s, congdoan_item_kind kind, void *ptr)
{
    congdoan__item *it = &s->items[s->item_count++];
    it->kind = kind;
    it->u.text = ptr; /* every member of the union is a pointer */
}

static int add_section(congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_section *parent,
                       const char *id, const char *number, const char *title, const congdoan_section **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    congdoan_section *p = (congdoan_section *)parent;
    who w;
    congdoan__edit_who_document(&w, d);
    if (p && p->document != d)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the parent section belongs to document '%s'", w.s,
                               congdoan__edit_safe(p->document->id));
    /* congdoan > document > section … > task > text: the depth a reader must accept */
    size_t depth = section_depth(p) + 1;
    if ((long)depth + 4 > corpus->limits[CONGDOAN_LIMIT_DEPTH])
        return congdoan__error(CONGDOAN_ELIMIT,
                               "%s: a section nested %zu deep would make the XML deeper than the corpus's depth limit "
                               "of %ld",
                               w.s, depth, corpus->limits[CONGDOAN_LIMIT_DEPTH]);
    if ((rc = congdoan__edit_check_id(id, 0, w.s, N_("section id"))) != 0)
        return rc;
    if (id && (rc = congdoan__edit_check_local_id_free(d, id, w.s, fresh)) != 0)
        return rc;
    text tnum, ttitle;
    if ((rc = congdoan__edit_check_text(corpus, &tnum, number, 0, w.s, N_("section number"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(corpus, &ttitle, title, 0, w.s, N_("section title"))) != 0) {
        congdoan__edit_text_free(&tnum);
        return rc;
    }
    congdoan_section *s = congdoan__arena_alloc(&corpus->arena, sizeof *s);
    int bad = !s || congdoan__edit_keep_id(corpus, id, &s->id) || congdoan__edit_keep_text(corpus, &tnum, &s->number) ||
              congdoan__edit_keep_text(corpus, &ttitle, &s->title) || congdoan__local_ids_reserve(corpus, 1) != 0 ||
              (p ? congdoan__edit_grow_items(corpus, p)
                 : congdoan__grow(&corpus->arena, (void **)&d->sections, d->section_count, &d->section_cap,
                                  sizeof *d->sections)) != 0;
    congdoan__edit_text_free(&tnum);
    congdoan__edit_text_free(&ttitle);
    if (bad)
        return congdoan__edit_nomem(w.s);
    s->document = d;
    s->parent = p;
    if (p)
        congdoan__edit_append_item(p, CONGDOAN_ITEM_SECTION, s);
    else
        d->sections[d->section_count++] = s;
    congdoan__local_id_put(corpus, d, s->id, CONGDOAN_ITEM_SECTION, s);
    if (out)
        *out = s;
    return 0;
}

/* A string or identifier field of a section, set whole (congdoan__edit_set_field). */
static int section_field(congdoan_corpus *corpus, const congdoan_section *obj, size_t field, const char *value,
                         unsigned how, const char *attr)
{
    int rc = OWN_SECTION(corpus, obj);
    who w;
    return rc ? rc
              : congdoan__edit_set_field(corpus, obj, field, value, how, congdoan__edit_who_section(&w, obj), attr);
}

CONGDOAN_API int congdoan_document_add_section(congdoan_corpus *corpus, const congdoan_document *doc,
                                               const congdoan_section *parent, const char *id, const char *number,
                                               const char *title, const congdoan_section **out)
{
    return add_section(corpus, doc, parent, id, number, title, out, 0);
}

int congdoan__fresh_add_section(congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_section *parent,
                                const char *id, const char *number, const char *title, const congdoan_section **out)
{
    return add_section(corpus, doc, parent, id, number, title, out, 1);
}

CONGDOAN_API int congdoan_section_set_number(congdoan_corpus *corpus, const congdoan_section *section,
                                             const char *number)
{
    return section_field(corpus, section, offsetof(congdoan_section, number), number, 0, N_("number"));
}

CONGDOAN_API int congdoan_section_set_title(congdoan_corpus *corpus, const congdoan_section *section, const char *title)
{
    return section_field(corpus, section, offsetof(congdoan_section, title), title, 0, N_("title"));
}

CONGDOAN_API int congdoan_section_set_source(congdoan_corpus *corpus, const congdoan_section *section,
                                             const char *file, int line, int column, const char *words)
{
    int rc = OWN_SECTION(corpus, section);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_section *)section)->source, file, line, column,
                                              words, congdoan__edit_who_section(&w, section));
}

CONGDOAN_API int congdoan_section_add_paragraph(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *txt)
{
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    who w;
    congdoan__edit_who_section(&w, s);
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the paragraph's text is NULL", w.s);
    text t;
    if ((rc = congdoan__edit_check_text(corpus, &t, txt, T_TRIM, w.s, N_("paragraph"))) != 0)
        return rc;
    const char *copy;
    int bad = congdoan__edit_keep_text(corpus, &t, &copy) || congdoan__edit_grow_items(corpus, s) != 0;
    congdoan__edit_text_free(&t);
    if (bad)
        return congdoan__edit_nomem(w.s);
    congdoan__edit_append_item(s, CONGDOAN_ITEM_PARAGRAPH, (void *)copy);
    return 0;
}

/* Insert `obj` at `pos` of a document's flat list (room made with congdoan__grow). */
void congdoan__edit_insert_at(void **list, size_t *count, size_t pos, void *obj)
{
    memmove(&list[pos + 1], &list[pos], (*count - pos) * sizeof *list);
    list[pos] = obj;
    (*count)++;
}
