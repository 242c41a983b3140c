/*
 * The parse on a second thread (congdoan_corpus_set_load_threads(corpus, 2)).
 *
 * libxml2's tokenizer is about half of a load's time and the loader the rest, and neither
 * needs to wait for the other. With two threads, a parse thread makes the parser context and
 * runs libxml2 over the input (and the attributes-limit scan before it); its SAX callbacks only
 * record each event in blocks: names as libxml2's dictionary pointers (the parser context
 * outlives the load, and the dictionary never moves a string it holds), attribute values and
 * text copied, and the line and column the loader would have asked libxml2 for. The calling
 * thread replays the blocks through the loader's own callbacks, in order, so that the objects
 * built, the problems found (their order, locations and messages) and the thread-local last
 * error are those of a load in one thread (tests/test-load-threads.c compares them).
 *
 * What the parse thread would have done to the loader's state goes through the blocks too: a
 * problem it finds (the scan, a declaration, a read error) is recorded already formatted,
 * libxml2's errors as copies (xmlCopyError), the parser giving up as an event. The calling
 * thread stops the parse by setting `abort`, which the parse thread reads at its next event and
 * answers with xmlStopParser(); it goes on taking blocks until the parse thread is done.
 *
 * What it costs (tests/bench/README.md, "Session 13"): every byte of the events goes from one
 * core to the other, and a first version whose events were 3 to 4 times the input's size made
 * the load slower than in one thread. So the events are small: an empty element is one event,
 * the run of white space before a tag (a line end and an indentation) folds into the tag's
 * event, a start tag's namespace is given only when it changes, and a tag's column comes from
 * where the text before it ended instead of a look back for its '<'. Neither thread reads at
 * every event a line of memory the other writes (see struct congdoan__pipe).
 *
 * Memory: blocks of 256 KiB, at most 2 MiB of them waiting (an event larger than a block, a
 * long text, gets a block of its own and counts the same), so the pipe costs a bounded amount
 * whatever the input.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/loader.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include <libxml/parserInternals.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* _mm_clflush: SSE2, which every x86-64 processor has */
#endif

enum { BLOCK = 256 * 1024, QUEUED_MAX = 2 * 1024 * 1024 };

typedef struct block {
    struct block *next;
    size_t len, cap, pad; /* pad: the events start 16-byte aligned */
    unsigned char data[];
} block;

/* In four parts, 64 bytes apart: what each thread writes at every event must not share a line
 * of memory with what the other reads (see the comment on `parsing`). */
struct congdoan__pipe {
    /* set before the parse thread starts */
    loader *L;
    congdoan__load_parse_fn parse;
    xmlSAXHandler *sax;
    const congdoan__load_input *in;
    char gap0[64];
    /* both threads', under mu (abort: read by the parse thread at every event, written once) */
    pthread_mutex_t mu;
    pthread_cond_t filled; /* a block was queued, or the parse is done: for the calling thread */
    pthread_cond_t room;   /* the queue shrank: for the parse thread */
    block *head, *tail;    /* full blocks, in order */
    size_t queued;         /* their capacity, in bytes */
    block *spare, *spare_tail; /* emptied blocks of BLOCK bytes, for the parse thread to reuse
                                * (the one emptied longest ago first) */
    int done;              /* the parse thread recorded its last event */
    atomic_int abort;      /* the calling thread stopped the load: parse no further */
    char gap1[64];
    /* the parse thread's own (oom: read by the calling thread after the join) */
    xmlParserCtxtPtr ctxt;
    block *cur;
    struct ev *last_start; /* the last event recorded, when it is a start tag (see rec_end) */
    const xmlChar *start_cur; /* and where libxml2 was then */
    int start_col;
    const xmlChar *rec_prefix, *rec_uri; /* of the last start tag recorded */
    int blank_pending;     /* a run of white space waits (see F_BLANK) */
    uint16_t blank_n;
    int32_t blank_line, blank_col;
    const xmlChar *lt, *lt_base; /* the '<' the last text ended at (see tag_col) */
    int lt_line, lt_col;
    int stopped, halted;
    int oom;               /* a block could not be had */
    char gap2[64];
    /* the calling thread's own (prefix, uri: a start's, when not given, are the last start's) */
    const xmlChar *prefix, *uri;
    const xmlChar **attrs; /* a start tag's attributes, unpacked (5 pointers each) */
    size_t attrs_cap;
    char gap3[64];
};

/* The events. Small, because every byte of them goes from one core to the other: an empty
 * element is one event (its end folded into its start), the usual run of white space before a
 * tag (a line end and an indentation) a flag and a count in the tag's event, an attribute
 * without a namespace 16 bytes and its value. */
enum ev_kind { EV_START, EV_END, EV_TEXT, EV_BLANK, EV_COMMENT, EV_PROBLEM, EV_STOP, EV_XML_ERROR, EV_GAVE_UP };
enum {
    F_CLOSED = 1, /* EV_START: the element ended at once ("/>"), where it started */
    F_NS = 2,     /* EV_START: its prefix and namespace name follow (else the last start's) */
    F_BLANK = 4   /* EV_START, EV_END: a line end and `n` spaces came just before, ending at its '<' */
};

/* Every event begins so; its size is a multiple of 8. */
typedef struct ev {
    uint8_t kind, flags;
    uint16_t n;      /* EV_BLANK, F_BLANK: the spaces after the line end */
    uint32_t size;
    int32_t line, col; /* congdoan__load_line() and congdoan__load_column() at the event */
} ev;

typedef struct ev_tag { /* EV_START, EV_END */
    const xmlChar *localname, *prefix, *uri;
} ev_tag;

typedef struct ev_start { /* then (F_NS) prefix and uri, nb_attributes ev_attr, their values */
    const xmlChar *localname;
    int32_t nb_namespaces, nb_attributes;
} ev_start;

typedef struct ev_attr { /* with ns: its prefix and namespace name follow (2 pointers) */
    const xmlChar *localname;
    uint32_t len, ns;
} ev_attr;

typedef struct ev_text { /* EV_TEXT, EV_COMMENT, EV_PROBLEM: the bytes follow, NUL-terminated */
    int32_t len;
    int32_t code;      /* EV_PROBLEM */
    int32_t text_col;  /* EV_TEXT: libxml2's own column (where stray text is said to be) */
    int32_t pad;
    const char *tag;   /* EV_PROBLEM: a string literal of the issue-tag table */
} ev_text;

typedef struct ev_xml_error {
    xmlError err;    /* xmlCopyError()'s copy, released by the calling thread */
    congdoan__input_seen seen;
} ev_xml_error;

typedef struct ev_gave_up {
    int err;
} ev_gave_up;

/* A line end and up to this many spaces: EV_BLANK, replayed from this. */
enum { BLANK_MAX = 120 };
static const char blank[BLANK_MAX + 2] = "\n"
    "                                                                                                    "
    "                    ";

/* In the parse thread: the loader it records for, and its pipe. The parse thread's callbacks
 * read nothing of the loader itself: the calling thread writes it at every event, and a line
 * of memory written on one core and read on the other at every event costs more than the
 * parse (tried: the load with a parse thread took 1.5x the time of the load in one thread). */
static _Thread_local const loader *recording;
static _Thread_local congdoan__pipe *parsing;
static atomic_long threads_started;

long congdoan__load_threads_started(void)
{
    return atomic_load(&threads_started);
}

/* Starting a thread, its heap and libxml2's state in it costs about a millisecond here (a load
 * of a 14 kB file: 0.1 ms in one thread, 1 ms with two); a load saves about a quarter of its
 * time with a free second core, 1.3 ms a megabyte. */
static atomic_size_t thread_min = 4 * 1024 * 1024;

size_t congdoan__load_thread_min_size(size_t size)
{
    return atomic_exchange(&thread_min, size);
}

int congdoan__load_threads_for(int threads, size_t size)
{
    return threads >= 2 && size >= atomic_load_explicit(&thread_min, memory_order_relaxed) ? 2 : 1;
}

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

/* ---- the parse thread's side ---------------------------------------------------------------- */

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

static void *parse_thread(void *arg)
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

/* ---- the calling thread's side --------------------------------------------------------------- */

static block *take(congdoan__pipe *P)
{
    pthread_mutex_lock(&P->mu);
    while (!P->head && !P->done)
        pthread_cond_wait(&P->filled, &P->mu);
    block *b = P->head;
    if (b) {
        P->head = b->next;
        if (!P->head)
            P->tail = NULL;
        P->queued -= b->cap;
        pthread_cond_signal(&P->room);
    }
    pthread_mutex_unlock(&P->mu);
    return b;
}

/* Drop the lines of a replayed block from this core's caches (and every other's). The parse
 * thread writes into the block again soon after, and each of its writes to a line this core
 * still holds waits for this core to give the line up; evicted, the writes go to memory as a
 * stream. On the national file (364 MB of events) the load took 0.90-1.00 s without this and
 * 0.78-0.80 s with it, both threads' CPU 1.24-1.33 s and 1.15-1.20 s (interleaved runs, the bare
 * SAX pass 0.64 s). Elsewhere than x86 the lines stay. */
static void evict(const block *b)
{
#if defined(__SSE2__)
    uintptr_t end = (uintptr_t)(b->data + b->len);
    for (uintptr_t at = (uintptr_t)b->data & ~(uintptr_t)63; at < end; at += 64)
        _mm_clflush((const void *)at);
#else
    (void)b;
#endif
}

static void give_back(congdoan__pipe *P, block *b)
{
    evict(b);
    if (b->cap != BLOCK) {
        congdoan__dealloc(b);
        return;
    }
    pthread_mutex_lock(&P->mu);
    b->next = NULL;
    if (P->spare_tail)
        P->spare_tail->next = b;
    else
        P->spare = b;
    P->spare_tail = b;
    pthread_mutex_unlock(&P->mu);
}

/* A start tag's attributes as libxml2 hands them over (5 pointers each), into P->attrs; NULL
 * when memory ran out (said). */
static const xmlChar **unpack_attrs(loader *L, congdoan__pipe *P, const ev_start *t, const unsigned char *at)
{
    size_t n = (size_t)t->nb_attributes;
    if (5 * n > P->attrs_cap) {
        const xmlChar **a = congdoan__realloc(P->attrs, 5 * n * sizeof *a);
        if (!a) {
            congdoan__load_out_of_memory(L);
            return NULL;
        }
        P->attrs = a;
        P->attrs_cap = 5 * n;
    }
    const unsigned char *value = at; /* the values follow the descriptions */
    for (size_t i = 0; i < n; i++)
        value += sizeof(ev_attr) + (((const ev_attr *)(const void *)value)->ns ? 2 * sizeof(xmlChar *) : 0);
    for (size_t i = 0; i < n; i++) {
        const ev_attr *e = (const ev_attr *)(const void *)at;
        at += sizeof *e;
        P->attrs[i * 5] = e->localname;
        P->attrs[i * 5 + 1] = P->attrs[i * 5 + 2] = NULL;
        if (e->ns) {
            memcpy(&P->attrs[i * 5 + 1], at, 2 * sizeof(xmlChar *));
            at += 2 * sizeof(xmlChar *);
        }
        P->attrs[i * 5 + 3] = value;
        P->attrs[i * 5 + 4] = value + e->len;
        value += e->len + 1;
    }
    return P->attrs;
}

/* A line end and e->n spaces, ending where event e is. */
static void replay_blank(loader *L, const xmlSAXHandler *sax, const ev *e)
{
    L->replay.line = e->line;
    L->replay.col = L->replay.text_col = e->col;
    sax->characters(L, (const xmlChar *)blank, (int)e->n + 1);
    L->replay.line = e->line; /* (the tag's, the same) */
    L->replay.col = e->col;
}

/* Replay one block through the loader's callbacks; once the load is stopped, only release
 * what the events hold. */
static void replay(loader *L, congdoan__pipe *P, const xmlSAXHandler *sax, block *b)
{
    for (size_t off = 0; off < b->len;) {
        ev *e = (ev *)(void *)(b->data + off);
        off += e->size;
        if (e->kind == EV_XML_ERROR) {
            ev_xml_error *x = (ev_xml_error *)(e + 1);
            if (!L->stopped) {
                L->replay.seen = x->seen;
                congdoan__load_xml_error(L, &x->err);
            }
            xmlResetError(&x->err);
            continue;
        }
        if (L->stopped)
            continue;
        L->replay.line = e->line;
        L->replay.col = e->col;
        if ((e->kind == EV_START || e->kind == EV_END) && (e->flags & F_BLANK)) {
            replay_blank(L, sax, e);
            if (L->stopped)
                continue;
        }
        const ev_text *x = (const ev_text *)(e + 1);
        switch ((enum ev_kind)e->kind) {
        case EV_START: {
            const ev_start *t = (const ev_start *)(e + 1);
            const unsigned char *at = (const unsigned char *)(t + 1);
            if (e->flags & F_NS) {
                const xmlChar *both[2];
                memcpy(both, at, sizeof both);
                P->prefix = both[0], P->uri = both[1];
                at += sizeof both;
            }
            const xmlChar **given = t->nb_attributes ? unpack_attrs(L, P, t, at) : NULL;
            if (t->nb_attributes && !given)
                break;
            sax->startElementNs(L, t->localname, P->prefix, P->uri, t->nb_namespaces, NULL, t->nb_attributes, 0,
                                given);
            if ((e->flags & F_CLOSED) && !L->stopped) { /* "/>": where it started */
                L->replay.line = e->line;
                L->replay.col = e->col;
                sax->endElementNs(L, t->localname, P->prefix, P->uri);
            }
            break;
        }
        case EV_END: {
            const ev_tag *t = (const ev_tag *)(e + 1);
            sax->endElementNs(L, t->localname, t->prefix, t->uri);
            break;
        }
        case EV_BLANK:
            replay_blank(L, sax, e);
            break;
        case EV_TEXT:
            L->replay.text_col = x->text_col;
            sax->characters(L, (const xmlChar *)(x + 1), (int)x->len);
            break;
        case EV_COMMENT:
            sax->comment(L, (const xmlChar *)(x + 1));
            break;
        case EV_PROBLEM:
            congdoan__load_problem_at(L, x->code, x->tag, e->line, e->col, "%s", (const char *)(x + 1));
            break;
        case EV_STOP:
            congdoan__load_stop(L);
            break;
        case EV_GAVE_UP:
            if (!L->first_error)
                congdoan__load_gave_up(L, ((const ev_gave_up *)(e + 1))->err);
            break;
        case EV_XML_ERROR:
            break;
        }
    }
}

static void release_pipe(congdoan__pipe *P)
{
    while (P->spare) {
        block *b = P->spare;
        P->spare = b->next;
        congdoan__dealloc(b);
    }
    congdoan__dealloc(P->cur);
    congdoan__dealloc(P->attrs);
    pthread_cond_destroy(&P->room);
    pthread_cond_destroy(&P->filled);
    pthread_mutex_destroy(&P->mu);
    congdoan__dealloc(P);
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

int congdoan__load_threaded(loader *L, xmlSAXHandler *sax, congdoan__load_parse_fn parse, const congdoan__load_input *in)
{
    congdoan__pipe *P = congdoan__calloc(1, sizeof *P);
    if (!P)
        return -1;
    P->L = L;
    P->parse = parse;
    P->sax = sax;
    P->in = in;
    atomic_init(&P->abort, 0);
    if (pthread_mutex_init(&P->mu, NULL) != 0) {
        congdoan__dealloc(P);
        return -1;
    }
    if (pthread_cond_init(&P->filled, NULL) != 0) {
        pthread_mutex_destroy(&P->mu);
        congdoan__dealloc(P);
        return -1;
    }
    if (pthread_cond_init(&P->room, NULL) != 0) {
        pthread_cond_destroy(&P->filled);
        pthread_mutex_destroy(&P->mu);
        congdoan__dealloc(P);
        return -1;
    }
    L->pipe = P;
    pthread_t thread;
    if (pthread_create(&thread, NULL, parse_thread, P) != 0) {
        L->pipe = NULL;
        release_pipe(P);
        return -1; /* the caller parses in its own thread */
    }
    atomic_fetch_add(&threads_started, 1);
    block *b;
    while ((b = take(P)) != NULL) {
        replay(L, P, sax, b);
        if (L->stopped)
            atomic_store_explicit(&P->abort, 1, memory_order_relaxed);
        give_back(P, b);
    }
    pthread_join(thread, NULL);
    L->pipe = NULL;
    if (L->ctxt) { /* the callbacks of one thread again (nothing is parsed after this) */
        *L->ctxt->sax = *sax;
        L->ctxt->userData = L;
    }
    if (P->oom && !L->stopped)
        congdoan__load_out_of_memory(L);
    release_pipe(P);
    return 0;
}
