/*
 * libcongdoan — the pipe between a load's parse thread and its calling thread, and the events
 * that go through it: load-record.c writes them in the parse thread, load-thread.c replays them
 * in the calling one (load-thread.c says why and what it costs). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_LOAD_PIPE_H
#define CONGDOAN_LOAD_PIPE_H

#include "xml/loader.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

enum { BLOCK = 256 * 1024, QUEUED_MAX = 2 * 1024 * 1024 };

typedef struct block {
    struct block *next;
    size_t len, cap, pad; /* pad: the events start 16-byte aligned */
    unsigned char data[];
} block;

/* In four parts, 64 bytes apart: what each thread writes at every event must not share a line
 * of memory with what the other reads (see `parsing` in load-record.c). */
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

/* A line end and up to this many spaces: EV_BLANK (and F_BLANK), replayed from load-thread.c's
 * `blank`. */
enum { BLANK_MAX = 120 };

/* The parse thread (pthread_create()'s start routine; its argument is the pipe). */
void *congdoan__load_parse_thread(void *pipe);

#endif
