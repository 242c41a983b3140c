/*
 * libcongdoan — building a congdoan__source block by block: the one place where a reader's
 * text becomes a block's text (white space collapsed, invisible characters dropped, NFC) and
 * where the map back to the input is kept. Every reader (text, HTML, .docx) uses it, so that
 * every format gives text of the same shape. Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_BUILD_H
#define CONGDOAN_IMPORT_BUILD_H

#include "import/source.h"

#include <stdarg.h>

/* How the characters handed to congdoan__build_text stand in the input. */
typedef enum congdoan__pos_mode {
    CONGDOAN__POS_TEXT,  /* verbatim from line:column on; a newline moves to the next line */
    CONGDOAN__POS_LINE,  /* verbatim from line:column on, all on that line (a .docx paragraph) */
    CONGDOAN__POS_FIXED  /* all of them come from line:column (a decoded entity, a repeated cell) */
} congdoan__pos_mode;

typedef struct congdoan__build {
    congdoan__source *src;      /* the source being built: its arena holds every string */
    congdoan__block *blocks;    /* the finished blocks, malloc'd */
    uint32_t *tags;             /* per finished block: the reader's own tag (see end) */
    size_t count, cap, tag_cap;
    /* the open block */
    int open;
    congdoan__block cur;
    char *text;                 /* its text so far, malloc'd */
    size_t len, cap_text;
    congdoan__srcpos *map;      /* raw offsets into `text` */
    size_t map_count, map_cap;
    size_t *cell_at;            /* per cell: raw offset of its first byte, of its end */
    size_t cell_count, cell_cap;
    int cell_has_text;          /* the open cell holds a character */
    /* white space seen since the last character, emitted (as ' ' or '\n') only before the next */
    int pending, pending_break;
    uint32_t pending_line, pending_col;
    /* where the next character would stand if it followed the last one in the input */
    uint32_t next_line, next_col;
    int fresh;                  /* the next character starts a run of its own (a cell's first) */
    /* What merged cells may add (empty cells under a wide cell, a tall cell's text repeated in
     * the rows below): bounded by the input's size, so that a few bytes of markup spanning
     * thousands of rows or columns cannot make the output grow faster than the input. */
    size_t spare_cells, spare_bytes;
    /* Set by the readers of formats whose paragraphs may break a sentence (a page or a Word file
     * made from a PDF, each page's lines a paragraph of their own): congdoan__build_finish joins
     * a paragraph to the one before when it goes on with its sentence, as the text reader joins
     * lines. */
    int join_broken;
} congdoan__build;

/* The characters every reader treats alike: white space (ASCII and Unicode spaces, no-break
 * spaces, line and paragraph separators, control characters), collapsed to one space between
 * words; and invisible characters (soft hyphen, zero-width characters, direction marks, a
 * stray byte-order mark), dropped. */
int congdoan__char_is_space(uint32_t c);
int congdoan__char_is_invisible(uint32_t c);

/* Start building the source of input `name` ("<memory>" when NULL) read from `size` bytes
 * (which bounds what merged cells may add). 0 or CONGDOAN_ENOMEM. */
int congdoan__build_init(congdoan__build *b, const char *name, size_t size);
/* Release everything (safe after congdoan__build_finish, which leaves nothing to release). */
void congdoan__build_release(congdoan__build *b);

/* Open a block; `style` and `label` (either may be NULL) are copied. A block still open is
 * ended first (as with congdoan__build_end, tag 0). 0 or CONGDOAN_ENOMEM. */
int congdoan__build_begin(congdoan__build *b, congdoan__block_kind kind, int level, const char *style,
                          const char *label);
/* Add the text s[0..len) (valid UTF-8) found at line:column of the input. White space (ASCII,
 * no-break and other Unicode spaces, control characters) is collapsed to one space between
 * words and dropped at the ends of the block and of each cell; zero-width characters and soft
 * hyphens are dropped. Without an open block, nothing is added. 0 or CONGDOAN_ENOMEM. */
int congdoan__build_text(congdoan__build *b, const char *s, size_t len, uint32_t line, uint32_t column,
                         congdoan__pos_mode mode);
/* A line break inside the block (HTML <br>, Word's w:br, a cell's next paragraph): the text
 * gets one '\n' between the words around it (never at an end, never two). */
void congdoan__build_break(congdoan__build *b, uint32_t line, uint32_t column);
/* In a table row, start the next cell (the first call starts the first). 0 or CONGDOAN_ENOMEM. */
int congdoan__build_cell(congdoan__build *b);
/* Whether the open cell (or block, outside a row) holds any character yet. */
int congdoan__build_has_text(const congdoan__build *b);
/* End the open block: its text is put in NFC; a block without a character (or a row whose
 * cells are all empty) is dropped. `tag` is kept beside the block for the reader (see
 * congdoan__build_finish). *kept (may be NULL) says whether a block was added.
 * 0, CONGDOAN_ENOMEM or CONGDOAN_EENCODING (the text was not valid UTF-8). */
int congdoan__build_end(congdoan__build *b, uint32_t tag, int *kept);
/* Set the open block aside (a .docx text box read in the middle of the paragraph that anchors
 * it): `saved` takes it, and b has no open block; the blocks begun and ended until
 * congdoan__build_resume come before it. */
void congdoan__build_suspend(congdoan__build *b, congdoan__build *saved);
/* Bring back the block set aside by congdoan__build_suspend (a block still open is dropped). */
void congdoan__build_resume(congdoan__build *b, congdoan__build *saved);
/* The number of blocks ended and kept so far. */
size_t congdoan__build_count(const congdoan__build *b);

/* Whether text[0..n) ends a sentence (or a list item, or announces what follows with ":"):
 * . ! ? : ; or …, before closing quotes and brackets. */
int congdoan__text_ends_sentence(const char *text, size_t n);

/* Hand over the source: the blocks for which keep(ctx, index, tag) says 1 (all of them when
 * keep is NULL), tables renumbered in the order they are kept; with join_broken, a paragraph
 * that goes on with the sentence of the paragraph before it (both of one style; that one of
 * eight words or more, not in capitals and not ending a sentence; this one starting with a
 * small letter that is no label like "a)") joined to it with a space. On success *out owns everything
 * and b is left empty; on failure (CONGDOAN_ENOMEM) b still needs congdoan__build_release. */
int congdoan__build_finish(congdoan__build *b, int (*keep)(void *ctx, size_t index, uint32_t tag), void *ctx,
                           congdoan__source **out);

/* A reader's failure: the issue (tag, file, line, column, message) added to `issues` and the
 * same message made the last error. Returns `code` (CONGDOAN_ENOMEM when even the issue could
 * not be recorded). */
int congdoan__import_fail(congdoan_issues *issues, int code, const char *tag, const char *file, long line,
                          long column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* The same for a reader's first failure only: nothing is done when *rc is already set; else *rc
 * gets the code (or CONGDOAN_ENOMEM). */
void congdoan__import_failv(int *rc, congdoan_issues *issues, int code, const char *tag, const char *file, long line,
                            long column, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 0)))
#endif
    ;

/* What every reader checks on entry: its arguments (CONGDOAN_EINVAL), the limits (*lim set to
 * *defaults, filled in, when NULL) and the size of the input against them (CONGDOAN_ELIMIT,
 * with an issue naming `what`, marked N_() and translated here: "the page", "the .docx"). *out is set to NULL first. 0 or the
 * failure's code, the last error set. */
int congdoan__import_enter(const char *data, size_t size, const char *name, const char *what,
                           const congdoan__import_limits **lim, congdoan__import_limits *defaults,
                           congdoan_issues *issues, congdoan__source **out);

/* Make room for `need` items of `elem` bytes in a congdoan__malloc'd array of capacity *cap
 * (doubling). 0 or CONGDOAN_ENOMEM (nothing changed). */
int congdoan__array_reserve(void **items, size_t *cap, size_t need, size_t elem);

/* The line and column (1-based, columns in characters) of byte `offset` of data. */
void congdoan__text_position(const char *data, size_t offset, long *line, long *column);

/* The first byte of data[0..size) that is not valid UTF-8 or is NUL, or `size` when there is none. */
size_t congdoan__utf8_invalid(const char *data, size_t size);

/* ---- list counters (HTML <ol>, Word numbering) ---------------------------------------------- */
typedef enum congdoan__counter_style {
    CONGDOAN__COUNT_DECIMAL,       /* 1, 2, 3 */
    CONGDOAN__COUNT_DECIMAL_ZERO,  /* 01, 02 … 10 (Word's decimalZero) */
    CONGDOAN__COUNT_LOWER_LETTER,  /* a … z, aa … zz (Word repeats the letter) */
    CONGDOAN__COUNT_UPPER_LETTER,
    CONGDOAN__COUNT_LOWER_ALPHA,   /* a … z, aa, ab (HTML and CSS count on) */
    CONGDOAN__COUNT_UPPER_ALPHA,
    CONGDOAN__COUNT_LOWER_ROMAN,   /* i, ii, iv (above 3999: decimal) */
    CONGDOAN__COUNT_UPPER_ROMAN
} congdoan__counter_style;
/* Write n (>= 0; 0 and negatives in decimal) in `style` to buf, NUL-terminated; returns its length. */
size_t congdoan__counter_format(char *buf, size_t size, long n, congdoan__counter_style style);

/* ---- cells spanning rows (HTML rowspan, Word's vertical merge) ------------------------------- */
/* A merged cell belongs to every row it spans: the rows below get its text again, so that each
 * row of a task table stands alone. The grid remembers, per column of one table, the text a
 * spanning cell gives the rows below and for how many of them. */
typedef struct congdoan__merged {
    char *text;                 /* malloc'd, raw (collapsed) text of the spanning cell; NULL none */
    size_t len;
    uint32_t line, column;      /* where it stands in the input */
    size_t rows;                /* rows below still covered; SIZE_MAX: until the format says */
    size_t width;               /* columns it spans */
} congdoan__merged;
typedef struct congdoan__grid {
    congdoan__merged *cols;
    size_t count, cap;
    size_t col;                 /* the column the next cell of the row starts at */
} congdoan__grid;

void congdoan__grid_release(congdoan__grid *g);
/* Start a row: column 0. */
void congdoan__grid_row(congdoan__grid *g);
/* Before a cell of the row (HTML): add the cells that spanning cells above give this row at
 * the current column, moving past them. 0 or CONGDOAN_ENOMEM. */
int congdoan__grid_fill(congdoan__grid *g, congdoan__build *b);
/* The text of the open cell (begun with congdoan__build_cell) so far, to be given to the `rows`
 * rows below it at the current column (rows 0 forgets the column). 0 or CONGDOAN_ENOMEM. */
int congdoan__grid_remember(congdoan__grid *g, const congdoan__build *b, size_t rows, size_t width);
/* Add the remembered text of the current column to the open cell (Word's continued vertical
 * merge). 0 or CONGDOAN_ENOMEM. */
int congdoan__grid_repeat(congdoan__grid *g, congdoan__build *b);
/* After a cell spanning `span` columns: empty cells for the columns it covers past its first
 * (so that cells stay under their header), and the column moved on. 0 or CONGDOAN_ENOMEM. */
int congdoan__grid_advance(congdoan__grid *g, congdoan__build *b, size_t span);

#endif /* CONGDOAN_IMPORT_BUILD_H */
