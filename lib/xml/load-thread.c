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
 * This file is the calling thread's side: starting the parse thread, taking its blocks and
 * replaying them. The parse thread's side is load-record.c; the pipe and the events, load-pipe.h.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/load-pipe.h"

#include <string.h>

#include <libxml/parserInternals.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* _mm_clflush: SSE2, which every x86-64 processor has */
#endif

/* What EV_BLANK and F_BLANK stand for, handed to the loader as text. */
static const char blank[BLANK_MAX + 2] = "\n"
    "                                                                                                    "
    "                    ";

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
 * 0.78-0.80 s with it, both threads' CPU time 1.39-1.49 s and 1.23-1.31 s (interleaved runs,
 * the bare SAX pass 0.64 s). Elsewhere than x86 the lines stay. */
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
    if (b->cap != BLOCK) { /* an event of its own: not written again */
        congdoan__dealloc(b);
        return;
    }
    evict(b);
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
    if (pthread_create(&thread, NULL, congdoan__load_parse_thread, P) != 0) {
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
