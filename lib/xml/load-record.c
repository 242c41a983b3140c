/*
 * The parse thread's side of a load with two threads (load-thread.c): libxml2's callbacks in
 * that thread, which record each event in the pipe's blocks (load-pipe.h) instead of building
 * anything, and what the loader would have done to its own state from that thread (a problem,
 * a stop, running out of memory), recorded for the calling thread to do in its turn.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/load-pipe.h"

#include <string.h>

#include <libxml/parserInternals.h>

/* In the parse thread: the loader it records for, and its pipe. The parse thread's callbacks
 * read nothing of the loader itself: the calling thread writes it at every event, and a line
 * of memory written on one core and read on the other at every event costs more than the
 * parse (tried: the load with a parse thread took 1.5x the time of the load in one thread). */
static _Thread_local const loader *recording;
static _Thread_local congdoan__pipe *parsing;

/* Only ever true while L->pipe is set: the thread's pointer is cleared before it is joined. */
int congdoan__load_recording(const loader *L)
{
    return recording == L;
}

static size_t round8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

static int32_t clamp32(long v)
{
    return v > INT32_MAX ? INT32_MAX : v < 0 ? 0 : (int32_t)v;
}

static void publish(congdoan__pipe *P)
{
    block *b = P->cur;
    P->last_start = NULL;
    if (!b || !b->len)
        return;
    P->cur = NULL;
    b->next = NULL;
    pthread_mutex_lock(&P->mu);
    if (P->tail)
        P->tail->next = b;
    else
        P->head = b;
    P->tail = b;
    P->queued += b->cap;
    pthread_cond_signal(&P->filled);
    pthread_mutex_unlock(&P->mu);
}

/* `size` bytes for the next event, in the current block or a new one; NULL when memory ran
 * out (the parse stops; the calling thread reports it). */
static void *reserve(congdoan__pipe *P, size_t size)
{
    block *b = P->cur;
    if (b && b->cap - b->len >= size) {
        void *at = b->data + b->len;
        b->len += size;
        return at;
    }
    publish(P);
    b = NULL;
    pthread_mutex_lock(&P->mu);
    while (P->queued >= QUEUED_MAX && P->head)
        pthread_cond_wait(&P->room, &P->mu);
    if (size <= BLOCK && P->spare) {
        b = P->spare;
        P->spare = b->next;
        if (!P->spare)
            P->spare_tail = NULL;
    }
    pthread_mutex_unlock(&P->mu);
    if (!b) {
        size_t cap = size > BLOCK ? size : BLOCK;
        if (!(b = congdoan__malloc(sizeof *b + cap))) {
            P->oom = 1;
            P->stopped = 1;
            return NULL;
        }
        b->cap = cap;
    }
    b->len = size;
    P->cur = b;
    return b->data;
}

/* 1 when the parse is to go no further (libxml2 halted on the first such answer). */
static int halt(congdoan__pipe *P)
{
    if (!P->stopped && !atomic_load_explicit(&P->abort, memory_order_relaxed))
        return 0;
    if (!P->halted) {
        P->halted = 1;
        xmlStopParser(P->ctxt);
    }
    return 1;
}

void congdoan__load_halt_recording(loader *L)
{
    (void)halt(parsing);
}

int congdoan__load_recording_stopped(const loader *L)
{
    const congdoan__pipe *P = parsing;
    return P->stopped || atomic_load_explicit(&P->abort, memory_order_relaxed);
}

static ev *record_(congdoan__pipe *P, enum ev_kind kind, size_t size, long line, long col)
{
    size = round8(size);
    ev *e;
    block *b = P->cur;
    if (b && b->cap - b->len >= size) { /* the usual, inline; reserve() when the block is full */
        e = (ev *)(void *)(b->data + b->len);
        b->len += size;
    } else {
        e = reserve(P, size);
    }
    P->last_start = NULL;
    P->lt = NULL;
    if (!e)
        return NULL;
    e->kind = (uint8_t)kind;
    e->flags = 0;
    e->n = 0;
    e->size = (uint32_t)size;
    e->line = clamp32(line);
    e->col = clamp32(col);
    return e;
}

/* A run of white space waits for what follows (see F_BLANK); anything else comes after it. */
static void flush_blank(congdoan__pipe *P)
{
    if (!P->blank_pending)
        return;
    P->blank_pending = 0;
    const xmlChar *lt = P->lt; /* kept for the tag after it */
    ev *e = record_(P, EV_BLANK, sizeof(ev), P->blank_line, P->blank_col);
    P->lt = lt;
    if (e)
        e->n = P->blank_n;
}

static ev *record(congdoan__pipe *P, enum ev_kind kind, size_t size, long line, long col)
{
    flush_blank(P);
    return record_(P, kind, size, line, col);
}

static ev_text *record_text(congdoan__pipe *P, enum ev_kind kind, const char *s, size_t len, long line, long col)
{
    if (len > INT32_MAX / 2) { /* above any limit of ours: libxml2 hands text over in pieces */
        P->oom = 1;
        P->stopped = 1;
        return NULL;
    }
    ev *e = record(P, kind, sizeof(ev) + sizeof(ev_text) + len + 1, line, col);
    if (!e)
        return NULL;
    ev_text *t = (ev_text *)(e + 1);
    t->len = (int32_t)len;
    t->code = t->text_col = t->pad = 0;
    t->tag = NULL;
    char *d = (char *)(t + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return t;
}

/* Where libxml2 is, as congdoan__load_line() and congdoan__load_column() would say. */
static long line_here(const congdoan__pipe *P)
{
    return P->ctxt->input ? P->ctxt->input->line : 0;
}

static long col_here(const congdoan__pipe *P)
{
    return congdoan__load_input_column(P->ctxt->input);
}

/* The column of a tag (congdoan__load_column() at its start or end event), without looking back
 * for its '<' when the text just before ended there: that '<' is where libxml2's column was
 * then, if the buffer has not moved and the tag is on that line (a line end in it, and the
 * column is libxml2's own) and within the 4 KiB congdoan__load_input_column() looks back. */
static long tag_col(congdoan__pipe *P)
{
    const xmlParserInput *in = P->ctxt->input;
    const xmlChar *lt = P->lt;
    P->lt = NULL;
    /* libxml2 counts every line end it steps over, in a tag too (between attributes and,
     * through its slow path, inside a value): the same line means none between */
    if (lt && in && in->base == P->lt_base && in->line == P->lt_line && in->cur > lt && in->cur - lt <= 4096 &&
        *lt == '<' && P->lt_col >= 1)
        return P->lt_col;
    return col_here(P);
}

/* After text: where libxml2 is, when that is at a '<' (see tag_col). */
static void text_ends(congdoan__pipe *P)
{
    const xmlParserInput *in = P->ctxt->input;
    if (in && in->cur && *in->cur == '<') {
        P->lt = in->cur;
        P->lt_base = in->base;
        P->lt_line = in->line;
        P->lt_col = in->col;
    }
}

/* A tag's event: the white space before it folded in when it ends at its '<' on its line. */
static ev *record_tag(congdoan__pipe *P, enum ev_kind kind, size_t size)
{
    long line = line_here(P), col = tag_col(P);
    int fold = P->blank_pending && P->blank_line == line && P->blank_col == col;
    if (fold)
        P->blank_pending = 0;
    ev *e = record(P, kind, size, line, col);
    if (e && fold) {
        e->flags |= F_BLANK;
        e->n = P->blank_n;
    }
    return e;
}

static void rec_start(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                      int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                      const xmlChar **attributes)
{
    congdoan__pipe *P = user;
    (void)namespaces, (void)nb_defaulted;
    if (halt(P))
        return;
    size_t n = nb_attributes > 0 ? (size_t)nb_attributes : 0, size = 0;
    for (size_t i = 0; i < n; i++)
        size += sizeof(ev_attr) + (attributes[i * 5 + 2] ? 2 * sizeof(xmlChar *) : 0) +
                (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]) + 1;
    int ns = prefix != P->rec_prefix || uri != P->rec_uri;
    ev *e = record_tag(P, EV_START, sizeof(ev) + sizeof(ev_start) + (ns ? 2 * sizeof(xmlChar *) : 0) + size);
    if (!e) {
        halt(P);
        return;
    }
    ev_start *t = (ev_start *)(e + 1);
    t->localname = localname;
    t->nb_namespaces = nb_namespaces, t->nb_attributes = (int32_t)n;
    unsigned char *at = (unsigned char *)(t + 1);
    if (ns) {
        const xmlChar *both[2] = {prefix, uri};
        memcpy(at, both, sizeof both);
        at += sizeof both;
        e->flags |= F_NS;
        P->rec_prefix = prefix, P->rec_uri = uri;
    }
    for (size_t i = 0; i < n; i++) { /* the descriptions, then the values in the same order */
        ev_attr *d = (ev_attr *)(void *)at;
        d->localname = attributes[i * 5];
        d->len = (uint32_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        d->ns = attributes[i * 5 + 2] != NULL;
        at += sizeof *d;
        if (d->ns) {
            const xmlChar *both[2] = {attributes[i * 5 + 1], attributes[i * 5 + 2]};
            memcpy(at, both, sizeof both);
            at += sizeof both;
        }
    }
    for (size_t i = 0; i < n; i++) {
        size_t len = (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        memcpy(at, attributes[i * 5 + 3], len);
        at[len] = '\0';
        at += len + 1;
    }
    P->last_start = e;
    P->start_cur = P->ctxt->input ? P->ctxt->input->cur : NULL;
    P->start_col = P->ctxt->input ? P->ctxt->input->col : 0;
}

static void rec_end(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    congdoan__pipe *P = user;
    if (halt(P))
        return;
    const xmlParserInput *in = P->ctxt->input;
    ev *s = P->last_start;
    if (s && in && in->cur == P->start_cur + 2 && in->line == s->line && in->col == P->start_col + 2) {
        /* nothing since its start but "/>": it ends where it started (the same '<', the same line) */
        s->flags |= F_CLOSED;
        P->last_start = NULL;
        return;
    }
    ev *e = record_tag(P, EV_END, sizeof(ev) + sizeof(ev_tag));
    if (!e) {
        halt(P);
        return;
    }
    ev_tag *t = (ev_tag *)(e + 1);
    t->localname = localname, t->prefix = prefix, t->uri = uri;
}

static void rec_characters(void *user, const xmlChar *ch, int len)
{
    congdoan__pipe *P = user;
    if (halt(P))
        return;
    size_t n = len > 0 ? (size_t)len : 0;
    if (n && n <= BLANK_MAX + 1 && ch[0] == '\n') { /* the usual: a line end and an indentation */
        size_t i = 1;
        while (i < n && ch[i] == ' ')
            i++;
        if (i == n) {
            /* libxml2's column and the loader's are the same here: the line end is after any '<' */
            flush_blank(P);
            P->last_start = NULL;
            P->blank_pending = 1;
            P->blank_n = (uint16_t)(n - 1);
            P->blank_line = clamp32(line_here(P));
            P->blank_col = clamp32(P->ctxt->input ? P->ctxt->input->col : 0);
            P->lt = NULL;
            text_ends(P);
            return;
        }
    }
    ev_text *t = record_text(P, EV_TEXT, (const char *)ch, n, line_here(P), col_here(P));
    if (!t) {
        halt(P);
        return;
    }
    t->text_col = clamp32(P->ctxt->input ? P->ctxt->input->col : 0);
    text_ends(P);
}

static void rec_comment(void *user, const xmlChar *value)
{
    congdoan__pipe *P = user;
    if (halt(P))
        return;
    const char *s = value ? (const char *)value : "";
    if (!record_text(P, EV_COMMENT, s, strlen(s), line_here(P), col_here(P)))
        halt(P);
}

static void rec_xml_error(void *user, xmlErrorPtr err)
{
    congdoan__pipe *P = user;
    loader *L = P->L;
    if (!err || err->level == XML_ERR_WARNING || P->stopped)
        return; /* a warning is never reported; after a stop, nothing is */
    ev *e = record(P, EV_XML_ERROR, sizeof(ev) + sizeof(ev_xml_error), 0, 0);
    if (!e) {
        halt(P);
        return;
    }
    ev_xml_error *x = (ev_xml_error *)(e + 1);
    memset(&x->err, 0, sizeof x->err);
    if (xmlCopyError(err, &x->err) != 0) {
        xmlResetError(&x->err);
        e->kind = EV_STOP; /* stands in for it: the parse stops as out of memory */
        P->oom = 1;
        P->stopped = 1;
        halt(P);
        return;
    }
    x->seen = L->seen;
}

void congdoan__load_record_problem(loader *L, int code, const char *tag, long line, long col, const char *msg)
{
    congdoan__pipe *P = parsing;
    ev_text *t = record_text(P, EV_PROBLEM, msg, strlen(msg), line, col);
    if (t) {
        t->code = code;
        t->tag = tag;
    }
}

void congdoan__load_record_stop(loader *L)
{
    congdoan__pipe *P = parsing;
    if (!P->stopped)
        (void)record(P, EV_STOP, sizeof(ev), 0, 0);
    P->stopped = 1;
}

void congdoan__load_record_oom(loader *L)
{
    congdoan__pipe *P = parsing;
    P->oom = 1;
    P->stopped = 1;
}

void congdoan__load_record_gave_up(loader *L, int err)
{
    congdoan__pipe *P = parsing;
    ev *e = record(P, EV_GAVE_UP, sizeof(ev) + sizeof(ev_gave_up), line_here(P), 0);
    if (e)
        ((ev_gave_up *)(e + 1))->err = err;
}

void *congdoan__load_parse_thread(void *arg)
{
    congdoan__pipe *P = arg;
    loader *L = P->L;
    recording = L;
    parsing = P;
    congdoan__quiet q; /* libxml2's global error handlers are per thread */
    congdoan__quiet_begin(&q);
    P->parse(L, P->sax, P->in);
    flush_blank(P);
    congdoan__quiet_end(&q);
    recording = NULL;
    parsing = NULL;
    publish(P);
    pthread_mutex_lock(&P->mu);
    P->done = 1;
    pthread_cond_signal(&P->filled);
    pthread_mutex_unlock(&P->mu);
    return NULL;
}

/* The declarations (refused, rare) go to the loader's own callbacks, in this thread. */
static void rec_entity_decl(void *user, const xmlChar *name, int type, const xmlChar *public_id,
                            const xmlChar *system_id, xmlChar *content)
{
    congdoan__pipe *P = user;
    P->sax->entityDecl(P->L, name, type, public_id, system_id, content);
}

static void rec_unparsed_entity_decl(void *user, const xmlChar *name, const xmlChar *public_id,
                                     const xmlChar *system_id, const xmlChar *notation)
{
    congdoan__pipe *P = user;
    P->sax->unparsedEntityDecl(P->L, name, public_id, system_id, notation);
}

static void rec_attribute_decl(void *user, const xmlChar *element, const xmlChar *fullname, int type, int def,
                               const xmlChar *default_value, xmlEnumerationPtr tree)
{
    congdoan__pipe *P = user;
    P->sax->attributeDecl(P->L, element, fullname, type, def, default_value, tree);
}

static void rec_element_decl(void *user, const xmlChar *name, int type, xmlElementContentPtr content)
{
    congdoan__pipe *P = user;
    P->sax->elementDecl(P->L, name, type, content);
}

static void rec_notation_decl(void *user, const xmlChar *name, const xmlChar *public_id, const xmlChar *system_id)
{
    congdoan__pipe *P = user;
    P->sax->notationDecl(P->L, name, public_id, system_id);
}

/* The parse thread's callbacks get the pipe, not the loader, as their user data: nothing of
 * the loader read at every event, and no thread-local look-up either. */
void congdoan__load_record_from(loader *L)
{
    congdoan__pipe *P = parsing;
    P->ctxt = L->ctxt;
    L->ctxt->userData = P;
    xmlSAXHandlerPtr live = L->ctxt->sax;
    live->entityDecl = rec_entity_decl;
    live->unparsedEntityDecl = rec_unparsed_entity_decl;
    live->attributeDecl = rec_attribute_decl;
    live->elementDecl = rec_element_decl;
    live->notationDecl = rec_notation_decl;
    live->startElementNs = rec_start;
    live->endElementNs = rec_end;
    live->characters = rec_characters;
    live->comment = rec_comment;
    live->serror = rec_xml_error;
}
