/*
 * The loader's foreign content: attributes and elements of other namespaces are not ours to
 * judge, but they are kept for the writer, under the element of ours they were read in (see
 * congdoan__ext in model/model.h). A foreign element is kept as the XML text of its subtree,
 * with the namespace declarations it needs. Comments are kept the same way, at their place
 * among the children of the element they are in (after the text of an element that holds
 * text), or before or after the root: they are data to the people who write the files.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/loader.h"

#include <string.h>

static void put_ns(void *L, const char *s, size_t n)
{
    congdoan__load_append(L, &((loader *)L)->fa_ns, s, n);
}

static void put_xml(void *L, const char *s, size_t n)
{
    congdoan__load_append(L, &((loader *)L)->fa_xml, s, n);
}

/* A foreign attribute joins the element's as the writer writes it: a few bytes more than in the
 * file (its namespace declared once per element), not a record of four strings. */
void congdoan__load_foreign_attr(loader *L, const char *uri, const char *prefix, const char *name, const char *value,
                                 size_t len)
{
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(value, len, &nfc, &nfc_len);
    if (rc == CONGDOAN_ENOMEM) {
        congdoan__load_out_of_memory(L);
        return;
    }
    if (rc != 0) {
        PROBLEM(L, CONGDOAN_EENCODING, "xml-encoding", "text is not valid UTF-8");
        return;
    }
    /* (the xml prefix is declared by XML itself) */
    if (prefix && strcmp(prefix, "xml") != 0 && !congdoan__map_get(&L->fa_prefixes, prefix, strlen(prefix))) {
        if (congdoan__map_reserve(&L->fa_prefixes, L->fa_prefixes.count + 1) != 0) {
            congdoan__text_nfc_free(nfc);
            congdoan__load_out_of_memory(L);
            return;
        }
        congdoan__map_put(&L->fa_prefixes, prefix, (void *)prefix);
        put_ns(L, " xmlns:", 7);
        put_ns(L, prefix, strlen(prefix));
        put_ns(L, "=\"", 2);
        const char *ns = congdoan__load_ns_name(L, uri);
        congdoan__xml_escape(ns, strlen(ns), 1, put_ns, L);
        put_ns(L, "\"", 1);
    }
    put_xml(L, " ", 1);
    if (prefix) {
        put_xml(L, prefix, strlen(prefix));
        put_xml(L, ":", 1);
    }
    put_xml(L, name, strlen(name));
    put_xml(L, "=\"", 2);
    congdoan__xml_escape(nfc ? nfc : value, nfc ? nfc_len : len, 1, put_xml, L);
    put_xml(L, "\"", 1);
    congdoan__text_nfc_free(nfc);
    L->fa_count++;
}

/* Where the foreign content of the element of frame fi is kept: under its own object when it
 * is one of the model's objects (a unit, a document, a task ...), else under its parent's
 * object with its role and its index in its list (see the vocabulary table). Found when there
 * is foreign content to keep, which most elements have not. */
static const void *ext_owner(loader *L, size_t fi)
{
    frame *f = &L->frames[fi];
    if (!f->as) {
        f->ext_owner = L->corpus;
        f->ext_role = CONGDOAN__ROLE_ROOT;
    } else {
        f->ext_role = f->as->role;
        if (congdoan__vocab[f->kind].flags & CONGDOAN__E_OWN_EXT)
            f->ext_owner = f->obj;
        else if (congdoan__vocab_in_slot(L->frames[fi - 1].as)) /* the index says which slot (load.c) */
            f->ext_owner = ext_owner(L, fi - 1);
        else
            f->ext_owner = L->frames[fi - 1].obj;
    }
    return f->ext_owner;
}

static congdoan__ext *frame_ext(loader *L, frame *f)
{
    if (!f->ext) {
        f->ext = congdoan__arena_alloc(&L->st->arena, sizeof *f->ext);
        if (!f->ext) {
            congdoan__load_out_of_memory(L);
            return NULL;
        }
        f->ext->owner = f->ext_owner;
        f->ext->role = f->ext_role;
        f->ext->index = f->ext_index;
    }
    return f->ext;
}

/* Copy a vector of pointers to structs of `size` bytes into one contiguous arena array. */
static void *flatten(loader *L, congdoan__vec *v, size_t size, size_t *count)
{
    *count = 0;
    char *arr = congdoan__arena_alloc_raw(&L->st->arena, v->count * size);
    if (!arr) {
        congdoan__load_out_of_memory(L);
        return NULL;
    }
    for (size_t i = 0; i < v->count; i++)
        memcpy(arr + i * size, v->items[i], size);
    *count = v->count;
    v->count = 0;
    return arr;
}

void congdoan__load_foreign_opened(loader *L, frame *f)
{
    if (ext_owner(L, L->depth - 1)) {
        congdoan__ext *x = frame_ext(L, f);
        if (x) {
            x->attr_ns = L->fa_ns.len ? congdoan__arena_strndup(&L->st->arena, L->fa_ns.data, L->fa_ns.len) : NULL;
            x->attr_xml = congdoan__arena_strndup(&L->st->arena, L->fa_xml.data, L->fa_xml.len);
            x->attr_count = L->fa_count;
            if (!x->attr_xml || (L->fa_ns.len && !x->attr_ns))
                congdoan__load_out_of_memory(L);
        }
    }
    L->fa_ns.len = L->fa_xml.len = 0;
    L->fa_count = 0;
    congdoan__map_release(&L->fa_prefixes);
}

/* A new run of kept nodes at `position` in `list`, before its first string is put in the arena
 * (so that the strings of the run follow one another). NULL when out of memory (said). */
static congdoan__foreign_elem *new_run(loader *L, congdoan__vec *list, size_t position)
{
    congdoan__foreign_elem *fe = congdoan__arena_alloc_raw(&L->st->arena, sizeof *fe);
    if (!fe || congdoan__vec_push(list, fe) != 0) {
        congdoan__load_out_of_memory(L);
        return NULL;
    }
    *fe = (congdoan__foreign_elem){position, NULL, 0};
    L->run = fe;
    return fe;
}

/* Keep the node s[0..len) (in NFC) at `position` in `list`: one more of the last run there when
 * it is at the same position and its string lands right after the run's last one (strings are
 * packed one after another in the arena); else in a run of its own. */
static void keep_node(loader *L, congdoan__vec *list, size_t position, const char *s, size_t len)
{
    congdoan__foreign_elem *last = list->count ? list->items[list->count - 1] : NULL;
    int join = last && last == L->run && last->position == position;
    congdoan__foreign_elem *fe = join ? last : new_run(L, list, position);
    if (!fe)
        return;
    /* NFC like all text the library writes (markup is ASCII and unaffected) */
    const char *xml = congdoan__load_text(L, s, len, 0);
    if (!xml) {
        if (!join) /* (the problem is said; the run it would have begun goes) */
            list->count--;
        return;
    }
    if (join && xml != L->run_end) {
        /* It went to a new chunk of the arena: a new run, whose record comes first and its
         * string again right after it (once per chunk), so that the next strings follow. */
        if (!(fe = new_run(L, list, position)))
            return;
        if (!(xml = congdoan__arena_strndup(&L->st->arena, xml, strlen(xml)))) {
            list->count--;
            congdoan__load_out_of_memory(L);
            return;
        }
        join = 0;
    }
    if (join) {
        fe->count++;
    } else {
        fe->xml = xml;
        fe->count = 1;
    }
    L->run_end = congdoan__foreign_next(xml);
}

/* ---- capturing a foreign subtree as text ------------------------------------------------------ */

/* Every byte of a foreign subtree is kept (as text of its own): the whole counts against the
 * text-length limit, like the text of an element of ours. */
static void capture_put(loader *L, const char *s, size_t n)
{
    if (L->stopped)
        return;
    if ((long)(L->capture.len + n) > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded",
                "the element <%s%s%s> of another namespace, kept with its content, is longer than the text-length "
                "limit of %ld bytes",
                L->capture_prefix ? (const char *)L->capture_prefix : "", L->capture_prefix ? ":" : "",
                (const char *)L->capture_name, L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
        congdoan__load_stop(L);
        return;
    }
    congdoan__load_append(L, &L->capture, s, n);
}

static void capture_str(loader *L, const char *s)
{
    capture_put(L, s, strlen(s));
}

/* Close a start tag left open, now that the element turns out to have content. */
static void capture_content(loader *L)
{
    if (L->capture_open) {
        L->capture_open = 0;
        capture_put(L, ">", 1);
    }
}

static void capture_piece(void *L, const char *s, size_t n)
{
    capture_put(L, s, n);
}

/* Escape for text (attr = 0) or for a double-quoted attribute value (attr = 1). */
static void capture_escaped(loader *L, const char *s, size_t n, int attr)
{
    congdoan__xml_escape(s, n, attr, capture_piece, L);
}

static void capture_qname(loader *L, const xmlChar *prefix, const xmlChar *name)
{
    if (prefix) {
        capture_str(L, (const char *)prefix);
        capture_put(L, ":", 1);
    }
    capture_str(L, (const char *)name);
}

static int same(const xmlChar *a, const xmlChar *b)
{
    return a == b || (a && b && strcmp((const char *)a, (const char *)b) == 0);
}

/* Declare prefix -> uri on the element being captured unless it is already in scope, so that
 * the kept subtree reads the same wherever it is written back. */
static void capture_declare(loader *L, const xmlChar *prefix, const xmlChar *uri)
{
    static const char xml_ns[] = "http://www.w3.org/XML/1998/namespace";
    if (prefix && strcmp((const char *)prefix, "xml") == 0)
        return;
    if (uri && strcmp((const char *)uri, xml_ns) == 0)
        return;
    for (size_t i = L->cns_count; i > 0; i--)
        if (same(L->cns[i - 1].prefix, prefix)) {
            if (same(L->cns[i - 1].uri, uri) || (!uri && !L->cns[i - 1].uri))
                return;
            break;
        }
    if (!prefix && !uri && L->cns_count == 0)
        return; /* no default namespace in scope yet, and none wanted */
    if (L->cns_count == L->cns_cap) {
        size_t cap = L->cns_cap ? L->cns_cap * 2 : 16;
        capture_ns *n = congdoan__realloc(L->cns, cap * sizeof *n);
        if (!n) {
            congdoan__load_out_of_memory(L);
            return;
        }
        L->cns = n;
        L->cns_cap = cap;
    }
    L->cns[L->cns_count++] = (capture_ns){prefix, uri, L->capture_depth};
    capture_str(L, prefix ? " xmlns:" : " xmlns");
    if (prefix)
        capture_str(L, (const char *)prefix);
    capture_str(L, "=\"");
    if (uri) {
        const char *ns = congdoan__load_ns_name(L, (const char *)uri);
        capture_escaped(L, ns, strlen(ns), 1);
    }
    capture_put(L, "\"", 1);
}

void congdoan__load_capture_start(loader *L, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                                  int nb_attributes, const xmlChar **attributes)
{
    if (!L->capture_depth) {
        L->capture_frame = L->depth - 2;
        /* The writer orders the root's children by kind (units, documents, reports), so a
         * foreign element there keeps no place: the root's foreign elements come first. */
        L->capture_position = L->capture_frame == 0 ? 0 : L->frames[L->capture_frame].known_children;
        L->capture_name = localname;
        L->capture_prefix = prefix;
    }
    L->capture_depth++;
    capture_content(L);
    capture_put(L, "<", 1);
    capture_qname(L, prefix, localname);
    capture_declare(L, prefix, uri);
    for (int i = 0; i < nb_attributes; i++)
        if (attributes[i * 5 + 2])
            capture_declare(L, attributes[i * 5 + 1], attributes[i * 5 + 2]);
    for (int i = 0; i < nb_attributes; i++) {
        capture_put(L, " ", 1);
        capture_qname(L, attributes[i * 5 + 1], attributes[i * 5]);
        capture_put(L, "=\"", 2);
        size_t len = (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        const char *value = congdoan__load_attr_value(L, (const char *)attributes[i * 5 + 3], &len);
        capture_escaped(L, value, len, 1);
        capture_put(L, "\"", 1);
    }
    L->capture_open = 1;
}

void congdoan__load_capture_text(loader *L, const char *s, size_t n)
{
    capture_content(L);
    capture_escaped(L, s, n, 0);
}

void congdoan__load_capture_end(loader *L, const xmlChar *localname, const xmlChar *prefix)
{
    if (L->capture_open) {
        L->capture_open = 0;
        capture_put(L, "/>", 2);
    } else {
        capture_put(L, "</", 2);
        capture_qname(L, prefix, localname);
        capture_put(L, ">", 1);
    }
    while (L->cns_count && L->cns[L->cns_count - 1].depth >= L->capture_depth)
        L->cns_count--;
    if (--L->capture_depth)
        return;
    /* The subtree is complete: keep it with the element of ours it was in. */
    frame *owner = &L->frames[L->capture_frame];
    owner->had_foreign_children = 1;
    if (ext_owner(L, L->capture_frame))
        keep_node(L, &owner->ext_elems, L->capture_position, L->capture.data, L->capture.len);
    L->capture.len = 0;
    L->cns_count = 0;
}

/* ---- comments ---------------------------------------------------------------------------------- */

static void capture_comment(loader *L, const char *value, size_t len)
{
    capture_content(L);
    capture_put(L, "<!--", 4);
    capture_put(L, value, len);
    capture_put(L, "-->", 3);
}

void congdoan__load_comment(loader *L, const char *value)
{
    size_t len = strlen(value);
    if ((long)len > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "a comment of %zu bytes is longer than the text-length limit of %ld bytes",
                len, L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
        congdoan__load_stop(L);
        return;
    }
    frame *f = L->depth ? &L->frames[L->depth - 1] : NULL;
    if (f && f->kind == CONGDOAN__EL_NONE) {
        if (L->capture_depth) /* inside a foreign subtree: part of it */
            capture_comment(L, value, len);
        return; /* inside an element that is not kept */
    }
    static const char open[] = "<!--", close[] = "-->";
    L->scratch.len = 0;
    congdoan__load_append(L, &L->scratch, open, sizeof open - 1);
    congdoan__load_append(L, &L->scratch, value, len);
    congdoan__load_append(L, &L->scratch, close, sizeof close - 1);
    if (L->stopped)
        return;
    if (!f) {
        congdoan__vec *list = L->elements ? &L->epilog : &L->prolog;
        keep_node(L, list, list->count, L->scratch.data, L->scratch.len);
    } else {
        /* at the root, after the children of the root the corpus already has from earlier loads */
        keep_node(L, &f->ext_elems, (L->depth == 1 ? L->corpus->top_loaded : 0) + f->known_children,
                  L->scratch.data, L->scratch.len);
    }
}

static void keep_corpus_comments(loader *L, congdoan__vec *list, congdoan__role role)
{
    if (!list->count)
        return;
    congdoan__ext *x = congdoan__arena_alloc(&L->st->arena, sizeof *x);
    if (!x) {
        congdoan__load_out_of_memory(L);
        return;
    }
    x->owner = L->corpus;
    x->role = role;
    x->elems = flatten(L, list, sizeof(congdoan__foreign_elem), &x->elem_count);
    if (congdoan__vec_push(&L->st->ext, x) != 0)
        congdoan__load_out_of_memory(L);
}

void congdoan__load_foreign_finish(loader *L)
{
    L->st->top_loaded = L->frames_cap ? L->frames[0].known_children : 0;
    keep_corpus_comments(L, &L->prolog, CONGDOAN__ROLE_PROLOG);
    keep_corpus_comments(L, &L->epilog, CONGDOAN__ROLE_EPILOG);
}

void congdoan__load_foreign_closed(loader *L, frame *f)
{
    if (f->ext_elems.count && ext_owner(L, L->depth - 1)) {
        congdoan__ext *x = frame_ext(L, f);
        if (x)
            x->elems = flatten(L, &f->ext_elems, sizeof(congdoan__foreign_elem), &x->elem_count);
    }
    f->ext_elems.count = 0;
    if (f->ext && congdoan__vec_push(&L->st->ext, f->ext) != 0)
        congdoan__load_out_of_memory(L);
    f->ext = NULL;
}

void congdoan__load_foreign_release(loader *L)
{
    for (size_t i = 0; i < L->frames_cap; i++)
        congdoan__vec_release(&L->frames[i].ext_elems);
    congdoan__dealloc(L->fa_ns.data);
    congdoan__dealloc(L->fa_xml.data);
    congdoan__map_release(&L->fa_prefixes);
    congdoan__vec_release(&L->prolog);
    congdoan__vec_release(&L->epilog);
    congdoan__dealloc(L->scratch.data);
    congdoan__dealloc(L->capture.data);
    congdoan__dealloc(L->cns);
}
