/*
 * libcongdoan — a document's text as the importer reads it. Never installed.
 *
 * Every input format (plain text, HTML, .docx; PDF through pdftotext) is read into the same
 * shape: a sequence of blocks (paragraphs, headings, list items, table rows) whose text is
 * UTF-8 in NFC with white space normalised, each carrying a map back to where its words stand
 * in the input, so that every item the importer extracts can say where it came from (file,
 * line, column, the exact words). The readers know formats; the extraction rules (rules.c and
 * the files beside it) know the language and never look at a format.
 *
 * Layer: import uses text, model and xml; nothing below uses import.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_SOURCE_H
#define CONGDOAN_IMPORT_SOURCE_H

#include "model/model.h"

typedef enum congdoan__block_kind {
    CONGDOAN__BLOCK_PARAGRAPH = 0, /* running text: a paragraph, or lines of plain text joined */
    CONGDOAN__BLOCK_HEADING = 1,   /* a heading the format marks as one (HTML h1–h6, Word Heading n) */
    CONGDOAN__BLOCK_LIST_ITEM = 2, /* an item of a list the format marks (HTML li, Word numbering) */
    CONGDOAN__BLOCK_TABLE_ROW = 3, /* a row of a table: the cells are in `cells`, `text` joins them with " | " */
    CONGDOAN__BLOCK_NOTE = 4       /* words beside the document's own: a footnote or endnote (style "footnote",
                                    * "endnote"; label its number), right after the block that refers to it,
                                    * or a page footer (style "footer"). No section holds it. */
} congdoan__block_kind;

/* From byte `offset` of a block's text on, the text comes from `line`:`column` of the input
 * (1-based; columns count characters, as libxml2 and editors do). A block read from one line
 * has one entry; every join (a line broken mid-sentence, a run of spaces collapsed, a tag
 * dropped) that moves the source position adds one. */
typedef struct congdoan__srcpos {
    size_t offset;
    uint32_t line, column;
} congdoan__srcpos;

typedef struct congdoan__block {
    congdoan__block_kind kind;
    int level;                 /* heading level 1–6, list depth from 1; 0 for other blocks */
    const char *label;         /* numbering the format generates and the text does not hold (Word's
                                * automatic "1.", "a)"; HTML <ol> counters), NULL when none */
    const char *style;         /* the format's name for it ("h2", "li", Word style id), or NULL */
    const char *text;          /* NFC, NUL-terminated; no markup; runs of white space as one space
                                * (or one '\n' where the format breaks a line inside a paragraph) */
    size_t len;                /* strlen(text) */
    const congdoan__srcpos *map;
    size_t map_count;          /* >= 1 */
    const uint32_t *chars_at;  /* a text longer than CONGDOAN__CHARS_STRIDE: chars_at[k] is the number
                                * of characters in its first k * CONGDOAN__CHARS_STRIDE bytes, so that
                                * a column inside a long run is found without counting the run from
                                * its start (congdoan__block_position()); NULL otherwise */
    const char *const *cells;  /* table rows: each cell's text (NFC, normalised) */
    size_t cell_count;
    size_t row;                /* table rows: the row's index in its table, 0 for the header row */
    size_t table;              /* table rows: 1 + the index of the table in the document; 0 otherwise */
} congdoan__block;

/* A document read from one input. All memory lives in `arena`. */
typedef struct congdoan__source {
    congdoan__arena arena;
    const char *name;          /* the file name used in locations */
    congdoan__block *blocks;
    size_t count;
    /* What the container says about itself, not part of the document's words, NULL when it
     * says nothing: the address the text was saved from (the "source: URL" header of a saved
     * page, HTML's canonical link), and the kind it was filed under (the "kind: plan" header:
     * plan, programme, resolution, report, news), which the rules use only when the words of
     * the document do not say what it is. */
    const char *url;
    const char *kind_hint;
} congdoan__source;

/* The limits the readers apply to hostile input (zip bombs, huge files, deep markup). */
typedef struct congdoan__import_limits {
    size_t max_input;          /* bytes of the input (a file, or the text of one .docx part) */
    size_t max_entries;        /* entries in a .docx container */
    size_t max_uncompressed;   /* total uncompressed bytes read from a .docx container */
    size_t max_ratio;          /* uncompressed/compressed bytes per entry */
    size_t max_depth;          /* element nesting in HTML and WordprocessingML */
} congdoan__import_limits;

/* The default limits (read.c says why each is what it is). */
void congdoan__import_limits_default(congdoan__import_limits *lim);

/* The formats the importer reads. PDF is read as text, through `pdftotext -layout`. */
typedef enum congdoan__format {
    CONGDOAN__FORMAT_AUTO = 0, /* sniff it: congdoan__source_sniff */
    CONGDOAN__FORMAT_TEXT = 1,
    CONGDOAN__FORMAT_HTML = 2,
    CONGDOAN__FORMAT_DOCX = 3
} congdoan__format;

/* The format data looks like: DOCX for a zip archive (PK\3\4), HTML for a page (a DOCTYPE or
 * <html> start, or markup of several HTML elements in its first 8 KiB), TEXT otherwise. */
congdoan__format congdoan__source_sniff(const char *data, size_t size);

/* Read data in `format` (AUTO: sniffed), as the readers below do. Inputs that no reader takes
 * (a PDF, a Word 97-2003 .doc, RTF, other binary data) end in an error that says what to do.
 * `lim` NULL means the defaults. */
int congdoan__source_read(const char *data, size_t size, const char *name, congdoan__format format,
                          const congdoan__import_limits *lim, congdoan_issues *issues, congdoan__source **out);

/* The readers: 0 with *out a source (free with congdoan__source_free), or a negative status
 * with *out NULL, the last error set and an issue with the file, line and what was expected
 * added to `issues` (never NULL). Nothing half-built is ever returned. `lim` NULL means the
 * defaults. A block's text holds '\n' only where the format marks a line break inside a
 * paragraph (HTML <br>, Word's w:br and w:cr) or between the paragraphs of one table cell. */
int congdoan__source_read_text(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out);
int congdoan__source_read_html(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out);
int congdoan__source_read_docx(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out);
void congdoan__source_free(congdoan__source *s);

/* Whether w[0..n) (ASCII, any case) is the name of a part of a news site written without tone
 * marks or spaces ("tinlienquan", "cungchuyenmuc", "xemthem"), as the labels of copied pages
 * and the class names of their markup write them (chrome.c). */
int congdoan__chrome_slug(const char *w, size_t n);

/* Where byte `offset` of block b's text came from. */
congdoan__srcpos congdoan__block_position(const congdoan__block *b, size_t offset);

/* The bytes between two counts of a block's chars_at. */
enum { CONGDOAN__CHARS_STRIDE = 256 };

/* Sets b->chars_at (in the arena) for a text longer than CONGDOAN__CHARS_STRIDE, NULL for a
 * shorter one. 0, or CONGDOAN_ENOMEM. */
int congdoan__block_index_chars(congdoan__arena *a, congdoan__block *b);

#endif /* CONGDOAN_IMPORT_SOURCE_H */
