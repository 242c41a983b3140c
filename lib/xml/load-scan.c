/*
 * The attributes-per-element limit, enforced on the bytes before libxml2 parses them.
 *
 * libxml2 2.9 checks the attributes of a start tag for duplicates pairwise, before it hands the
 * element over: a crafted tag of 100,000 attributes costs seconds, one of a million far more,
 * and one past 10 MB is refused with a message about "a single token". So the loader looks at
 * each chunk before feeding it. A start tag with more attributes than the limit is at least
 * 5 * limit + 7 bytes long (each attribute is at least ' a=""'), and no tag can hold a '<':
 * only a stretch of that many bytes without a '<' can hide one. Stretches are found by looking
 * for the last '<' of each such window (memrchr), which costs a fraction of a byte's parse;
 * the tag at the start of a long stretch (if it is a start tag) has its attributes counted,
 * namespace declarations included, across chunks, in time linear in its length.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* memrchr */
#include "xml/loader.h"

#include <string.h>

enum { C_LT, C_NAME, C_SPACE, C_ATTR_NAME, C_BEFORE_VALUE, C_VALUE };

void congdoan__scan_init(loader *L)
{
    attr_scan *S = &L->scan;
    memset(S, 0, sizeof *S);
    S->limit = L->limits[CONGDOAN_LIMIT_ATTRIBUTES];
    S->threshold = 5 * (size_t)S->limit + 7;
}

static size_t newlines(const char *p, const char *end)
{
    size_t n = 0;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL)
        n++, p++;
    return n;
}

/* The line of the tag being counted: libxml2 has not parsed past its '<' (it waits for the '>'),
 * so it is libxml2's line plus the line ends between there and the '<': in its buffer (the
 * tag's first bytes are its last `in_buffer` bytes) and in the chunk before `start`. */
static long tag_line(loader *L, const char *chunk, size_t start, size_t in_buffer)
{
    long line = 1;
    if (L->ctxt && L->ctxt->input && L->ctxt->input->cur) {
        const xmlParserInputPtr in = L->ctxt->input;
        line = in->line;
        const char *end = (const char *)in->end - (in_buffer <= (size_t)(in->end - in->cur) ? in_buffer : 0);
        line += (long)newlines((const char *)in->cur, end);
    }
    if (!in_buffer)
        line += (long)newlines(chunk, chunk + start);
    return line;
}

/* Count the attributes of the tag from p[i] on (its '<' already seen, or earlier bytes already
 * counted). Returns the index after the tag's end, or n when it goes on past the chunk;
 * S->counting says which. A start tag over the limit stops the load. */
static size_t count(loader *L, const char *p, size_t i, size_t n)
{
    attr_scan *S = &L->scan;
    while (i < n) {
        char c = p[i];
        switch (S->state) {
        case C_LT:
            if (c == '/' || c == '!' || c == '?') { /* an end tag, comment, CDATA or instruction */
                S->counting = 0;
                return i + 1;
            }
            S->state = C_NAME;
            continue;
        case C_NAME:
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') {
                S->state = C_SPACE;
                continue;
            }
            if (S->name_len < sizeof S->name - 1)
                S->name[S->name_len++] = c;
            break;
        case C_SPACE:
            if (c == '>') {
                S->counting = 0;
                return i + 1;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/')
                S->state = C_ATTR_NAME;
            break;
        case C_ATTR_NAME:
            if (c == '=') {
                S->state = C_BEFORE_VALUE;
                if (++S->count > S->limit) {
                    S->name[S->name_len] = '\0';
                    congdoan__load_problem_at(L, CONGDOAN_ELIMIT, "limit-exceeded", S->line,
                                              0, "<%s> has more than %ld attributes; the attributes-per-element limit "
                                                 "is %ld",
                                              S->name, S->limit, S->limit);
                    congdoan__load_stop(L);
                    return n;
                }
            } else if (c == '>') {
                S->counting = 0;
                return i + 1;
            }
            break;
        case C_BEFORE_VALUE:
            if (c == '"' || c == '\'') {
                S->quote = c;
                S->state = C_VALUE;
            } else if (c == '>') {
                S->counting = 0;
                return i + 1;
            }
            break;
        case C_VALUE: {
            const char *q = memchr(p + i, S->quote, n - i);
            if (!q)
                return n;
            i = (size_t)(q - p);
            S->state = C_SPACE;
            break;
        }
        }
        i++;
    }
    return n;
}

int congdoan__scan(loader *L, const char *p, size_t n)
{
    attr_scan *S = &L->scan;
    size_t x = 0, start = (size_t)-1; /* start: the pending '<' in this chunk (-1: in carry, or none) */
    if (S->counting) {
        x = count(L, p, 0, n);
        if (congdoan__load_stopped(L))
            return -1;
        if (S->counting)
            return 0;
        S->pending = 0, S->span = 0, S->carry.len = 0;
    }
    while (x < n) {
        size_t room = S->threshold - S->span;
        if (n - x < room) {
            const char *y = memrchr(p + x, '<', n - x);
            if (y) {
                start = (size_t)(y - p);
                S->span = n - start;
                S->pending = 1;
            } else {
                S->span += n - x;
            }
            break;
        }
        const char *y = memrchr(p + x, '<', room);
        x += room;
        if (y) {
            start = (size_t)(y - p);
            S->span = x - start;
            S->pending = 1;
            continue;
        }
        /* no '<' for `threshold` bytes: the tag before them may be a long start tag */
        S->span = 0;
        if (!S->pending)
            continue; /* long text, or the prolog before any '<' */
        S->counting = 1;
        S->state = C_LT;
        S->count = 0;
        S->name_len = 0;
        size_t in_buffer = start == (size_t)-1 ? S->carry.len : 0;
        S->line = tag_line(L, p, in_buffer ? 0 : start, in_buffer);
        if (in_buffer) /* the tag began in a chunk already fed: its first bytes are in carry */
            count(L, S->carry.data + 1, 0, in_buffer - 1);
        if (!congdoan__load_stopped(L) && S->counting)
            x = count(L, p, in_buffer ? 0 : start + 1, n);
        if (congdoan__load_stopped(L))
            return -1;
        if (S->counting)
            return 0;
        S->pending = 0, start = (size_t)-1, S->carry.len = 0;
    }
    /* the chunk ends: keep the first bytes of a tag that may go on in the next one */
    if (S->pending) {
        if (start != (size_t)-1)
            S->carry.len = 0;
        congdoan__load_append(L, &S->carry, start != (size_t)-1 ? p + start : p, start != (size_t)-1 ? n - start : n);
    }
    return congdoan__load_stopped(L) ? -1 : 0;
}
