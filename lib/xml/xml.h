/*
 * libcongdoan — the XML layer's internal declarations: the loader, and the guards every parse
 * of ours shares (the prolog check, libxml2 kept quiet). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_XML_H
#define CONGDOAN_XML_H

#include "model/model.h"

/* Load one file or buffer into the staging area (load.c). Problems go to `issues` (never NULL
 * here). Returns 0, or the status of the first error-severity problem; the last error is set. */
int congdoan__load_into(congdoan_corpus *corpus, congdoan__staging *st, const char *path,
                        const char *data, size_t size, const char *name, congdoan_issues *issues);

/* Parse threads started by loads so far, in this process (load-thread.c): for the tests, which
 * must know that a load with two threads did not quietly run in one. */
long congdoan__load_threads_started(void);
/* The size from which a load allowed two threads starts its parse thread (4 MiB); set, for the
 * tests, to make small inputs take the two-thread road too. Returns the previous value. */
size_t congdoan__load_thread_min_size(size_t size);

/* ---- the start of an input (prolog.c) ------------------------------------------------------ */
/* A reason to refuse the input from its first bytes (a non-UTF-8 encoding, an internal DTD
 * subset), with the status in *code and the line in *line; NULL when there is none. */
const char *congdoan__prolog_problem(const unsigned char *p, size_t n, int *code, long *line);
/* Whether p[0..n) holds a byte other than XML white space. */
int congdoan__has_nonblank(const unsigned char *p, size_t n);
/* What to say of input with no markup at all: empty (`bytes` 0), only white space (`nonblank` 0),
 * or text; libxml2 would speak of "Document is empty" or "Extra content at the end". */
const char *congdoan__no_markup_message(size_t bytes, int nonblank);
struct _xmlError;
/* Keep libxml2's context-free error reports (stderr by default) quiet while the library parses:
 * begin saves and replaces this thread's handlers, end puts them back. */
typedef struct congdoan__quiet {
    void (*generic)(void *, const char *, ...);
    void *generic_ctx;
    void (*structured)(void *, struct _xmlError *);
    void *structured_ctx;
} congdoan__quiet;
void congdoan__quiet_begin(congdoan__quiet *q);
void congdoan__quiet_end(const congdoan__quiet *q);
/* A libxml2 parser error in the project's words, in the user's language (parse-messages.c). */
void congdoan__xml_message(const struct _xmlError *err, char *buf, size_t size);

/* s[0..n) escaped for XML text (attr = 0) or a double-quoted attribute value (attr = 1: also the
 * quote, line feed and tab), handed to put(ctx, bytes, len) in pieces (escape.c). */
void congdoan__xml_escape(const char *s, size_t n, int attr, void (*put)(void *ctx, const char *s, size_t n),
                          void *ctx);

#endif /* CONGDOAN_XML_H */
