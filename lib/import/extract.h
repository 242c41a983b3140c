/*
 * libcongdoan — the extraction steps and what they share. Never installed.
 *
 * congdoan__extract() runs the steps in order over a source: chrome.c (lists of links to other
 * pages, which no later step reads), meta.c (the header, the
 * signature, the recipients), structure.c (the body's sections and paragraphs), relations.c
 * (the documents it names), figures.c (targets and results), tasks.c, then units.c (the units
 * named, matched against the loaded ones). Each reads the rules of rules.c through the
 * matcher of the context.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_EXTRACT_H
#define CONGDOAN_IMPORT_EXTRACT_H

#include "import/items.h"
#include "import/rules.h"

typedef struct congdoan__ctx {
    congdoan__found *f;
    const congdoan__source *src;
    congdoan__matcher *m;
    const congdoan_corpus *units; /* the loaded units names are matched against, or NULL */
    congdoan_issues *issues;
} congdoan__ctx;

/* Read everything the rules find in `src` (which must outlive the result). `units` may be
 * NULL. 0 with *out set (free with congdoan__found_free), or a negative status (ENOMEM, or
 * ERROR when a rule does not compile) with *out NULL and the last error set. */
int congdoan__extract(const congdoan__source *src, const congdoan_corpus *units, congdoan_issues *issues,
                      congdoan__found **out);

/* The steps; each returns 0 or a negative status. */
int congdoan__extract_chrome(congdoan__ctx *x);
int congdoan__extract_meta(congdoan__ctx *x);
int congdoan__extract_structure(congdoan__ctx *x);
int congdoan__extract_relations(congdoan__ctx *x);
int congdoan__extract_figures(congdoan__ctx *x);
int congdoan__extract_tasks(congdoan__ctx *x);
int congdoan__resolve_units(congdoan__ctx *x);

/* Block b is site chrome (chrome.c): no step reads items from it. */
int congdoan__block_is_chrome(const congdoan__found *f, size_t b);
/* Block b stands between a document's signature and the document it issues attached (meta.c). */
int congdoan__block_in_gap(const congdoan__found *f, size_t b);

/* ---- shared helpers (words.c) -------------------------------------------------------------- */

/* A zeroed new element at the end of an array kept in the found's arena; NULL when out of memory. */
void *congdoan__push(congdoan__ctx *x, void **items, size_t *count, size_t *cap, size_t elem);
#define CONGDOAN__PUSH(x, arr, count, cap) \
    ((__typeof__(arr))congdoan__push((x), (void **)&(arr), &(count), &(cap), sizeof *(arr)))
/* A NUL-terminated copy in the found's arena (NULL when out of memory). */
char *congdoan__x_strndup(congdoan__ctx *x, const char *s, size_t n);
/* The text of block b, and its length. */
const char *congdoan__block_text(const congdoan__ctx *x, size_t b, size_t *len);
/* Run a rule on block b's text from `start`; as congdoan__match. */
int congdoan__x_match(congdoan__ctx *x, congdoan__rule_id id, size_t b, size_t start, int anchored);
/* Match a rule on s[0..len), anchored at 0 and required to take all of it. */
int congdoan__x_whole(congdoan__ctx *x, congdoan__rule_id id, const char *s, size_t len);
/* A group of the last match as a copy (trimmed of spaces and , ; : at both ends), or NULL. */
char *congdoan__x_group(congdoan__ctx *x, const char *s, const char *name);
/* Add an issue located at a span. */
int congdoan__x_issue(congdoan__ctx *x, const char *tag, congdoan__span where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* s[0..len) starts with / is exactly the literal `lit` (UTF-8, compared byte for byte). */
int congdoan__starts(const char *s, size_t len, const char *lit);
int congdoan__equals(const char *s, size_t len, const char *lit);
/* A number as Vietnamese writes it ("1.810", "103,96", "01"); 0 or -1. */
int congdoan__vn_number(const char *s, size_t len, double *out);
/* A document number as printed ("02 /KHLT/LĐLĐ-TĐTN", "13- CT/TW", "29 NQ/TW") in the form
 * documents give it ("02/KHLT/LĐLĐ-TĐTN", "13-CT/TW", "29-NQ/TW"); *valid when the library
 * reads it (congdoan_docnumber_parse, without touching the last error). */
char *congdoan__docnumber_clean(congdoan__ctx *x, const char *s, size_t len, int *valid);
/* yyyymmdd when the day, month and year make a date, else 0 (two-digit years are 20yy). */
int congdoan__ymd(long d, long m, long y);
/* The text is written in capitals (at least two, and no small letter). */
int congdoan__is_caps(const char *s, size_t len);
/* Every word of s[0..len) starts with a capital and holds only letters (a proper name). */
int congdoan__is_name(const char *s, size_t len);
/* s[0..len) starts with a small letter. */
int congdoan__starts_lower(const char *s, size_t len);
/* The number of words of s[0..len). */
size_t congdoan__word_count(const char *s, size_t len);
/* The end of the sentence that starts at `from`: just after its ". " (or "! ", "? ", "…") when
 * the next word starts with a capital, a digit or a quote; `len` when it runs to the end. */
size_t congdoan__sentence_end(const char *s, size_t len, size_t from);
/* The start of the sentence that holds byte `at` (0 or just after a sentence end). */
size_t congdoan__sentence_start(const char *s, size_t len, size_t at);
/* The span of cell c of a table row in the row's text (cells joined by " | "), trimmed; 1 when
 * the cell holds something. */
int congdoan__cell_span(const congdoan__block *bl, size_t c, size_t *a, size_t *e);
/* Trim spaces and the punctuation ",;:." at both ends of s[*a, *b). */
void congdoan__trim(const char *s, size_t *a, size_t *b);
/* The model's kind for a Vietnamese kind word ("KẾ HOẠCH", "Chương trình"); UNKNOWN when none. */
congdoan_document_kind congdoan__kind_of_word(const char *s, size_t len);
/* The name ANSWERS.md gives a kind ("plan", "programme", "resolution", "report", "news"; an
 * official letter, which has no kind of the vocabulary, is "letter", set by meta.c). */
const char *congdoan__genre_of_kind(congdoan_document_kind kind);

#endif /* CONGDOAN_IMPORT_EXTRACT_H */
