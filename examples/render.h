/*
 * congdoan — one row model, written by one renderer as text, JSON or CSV.
 *
 * A command says what to show as tables of rows. Each table has a schema (schemas.c): the
 * fields of one kind of row (a unit, a task, an indicator …), the same in every command and in
 * export, with their machine values (ids, the vocabulary's names, ISO dates, numbers). Its text
 * view says which of them a person reads, under which Vietnamese header, and adds cells made
 * for reading only ("98,85% (13.466/13.623)", "đang thực hiện (2023)").
 *
 * The renderer streams: rows are written as they are given (JSON and CSV at once; text after a
 * window of rows that sets the columns' widths), never all built first. Formats are one file
 * each: render-text.c, render-json.c, render-csv.c.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_RENDER_H
#define CONGDOAN_EXAMPLES_RENDER_H

#include <stddef.h>
#include <stdio.h>

#include "options.h"

/* The version of the JSON and CSV layouts (FORMATS.md). A field is never renamed or removed
 * within a version; new fields may be added. */
#define FORMAT_VERSION 1

/* ---- schemas ---------------------------------------------------------------------------------- */

typedef enum field_type {
    T_STRING,   /* text, or null */
    T_INTEGER,  /* a whole number, or null */
    T_NUMBER,   /* a number, written with the fewest digits that read back exactly, or null */
    T_DATE,     /* "2025-06-30", or null */
    T_BOOL,     /* true or false, or null */
    T_LIST,     /* JSON: an array of strings; CSV: the strings separated by spaces (ids) */
    T_TEXTS,    /* JSON: an array of strings; CSV: the strings separated by "; " (words) */
    T_MAP       /* JSON: an object of strings; CSV: "key:value" pairs separated by spaces */
} field_type;

typedef struct field {
    const char *key;
    field_type type;
    const char *doc;   /* what it holds, for FORMATS.md and `congdoan help --formats` */
} field;

typedef struct schema {
    const char *name;  /* "unit", "task" … */
    const char *doc;
    const field *fields;
    size_t count;
} schema;

/* Every schema, for the documentation and its test (`congdoan help --formats`). */
extern const schema *const all_schemas[];
extern const size_t all_schema_count;

/* ---- text views ------------------------------------------------------------------------------- */

typedef enum column_align { ALIGN_LEFT, ALIGN_RIGHT } column_align;

enum {
    COL_WRAP = 1,    /* too long: wrapped onto more lines (names, texts), never cut */
    COL_DROP = 2,    /* left out when the table does not fit the width (ids next to names) */
    COL_DETAIL = 4,  /* printed under the row, across the table, not in a column */
    COL_NOHEADER = 8, /* (table-wide) no header line and rule */
    COL_CLAMP = 128,  /* with COL_WRAP: a text (not a name) takes at most 3 lines, then "…" */
    COL_SPARE = 512   /* left out only when the wrapping columns are at their floor and the
                       * table still does not fit (a bar that repeats a figure) */
};

/* (table-wide flags, with COL_NOHEADER) */
enum {
    TABLE_TEXT_ONLY = 16,    /* only for a person: JSON and CSV leave it out */
    TABLE_MACHINE_ONLY = 32, /* only for JSON and CSV (the text says it in sentences) */
    TABLE_SINGLE = 64,       /* one row: JSON writes it as an object, not an array */
    TABLE_FREE = 256         /* text: lines as long as they are (one issue, one line, for grep) */
};

/* A column of the text view: a field of the schema (source >= 0) or a cell made for reading
 * only (source = SHOW(k), the k-th reading cell of the row). */
#define SHOW(k) (-1 - (k))
typedef struct column_view {
    const char *header;
    int source;
    column_align align;
    unsigned flags;
} column_view;

typedef struct table_spec {
    const char *name;           /* the JSON member and the CSV table name */
    const schema *schema;
    const column_view *view;    /* NULL: the table is not shown as text */
    size_t view_count;
    size_t show_count;          /* reading cells per row */
    size_t indent;              /* text: spaces before every line */
    unsigned flags;             /* COL_NOHEADER, TABLE_ */
} table_spec;

/* ---- rows ------------------------------------------------------------------------------------- */

typedef struct cell {
    int present;                /* 0: null */
    const char *s;
    long long i;
    double d;
    const char *const *items;   /* T_LIST, T_TEXTS: n strings; T_MAP: n pairs (2n strings) */
    size_t n;
} cell;

/* Who a row is for: every format, or only the text (a line that sums up rows for a person) or
 * only JSON and CSV (rows a person reads summed up). */
enum { ROW_ALL = 0, ROW_TEXT_ONLY = 1, ROW_MACHINE_ONLY = 2 };

typedef struct row {
    const table_spec *table;
    int only;           /* ROW_ALL, ROW_TEXT_ONLY or ROW_MACHINE_ONLY; row_clear() sets ROW_ALL */
    cell *cells;        /* schema->count */
    const char **show;  /* show_count reading cells */
    char **owned;       /* strings made for this row, freed by row_clear() */
    size_t owned_count, owned_cap;
} row;

void row_init(row *r, const table_spec *t);
void row_release(row *r);
/* Empty every cell (and free what the row owns) for the next row. */
void row_clear(row *r);

/* Set field `f`. Strings are borrowed (they must live until the row is rendered) unless given
 * through row_take(); NULL is null. */
void row_str(row *r, size_t f, const char *s);
void row_take(row *r, size_t f, char *s);        /* the row frees s */
void row_int(row *r, size_t f, long long v);
void row_count(row *r, size_t f, long v);        /* null when v < 0 */
void row_num(row *r, size_t f, double v);        /* null when not finite */
/* *v when rc == 0, else null. (A pointer, so that a call filling *v may be the argument rc:
 * the order in which arguments are evaluated is unspecified.) */
void row_figure(row *r, size_t f, int rc, const double *v);
void row_date(row *r, size_t f, int ymd);        /* null for 0 */
void row_bool(row *r, size_t f, int v);
void row_list(row *r, size_t f, const char *const *items, size_t n); /* borrowed array */
void row_null(row *r, size_t f);
/* Keep a string made for this row (freed by row_clear()); returns it. */
const char *row_keep(row *r, char *s);
/* Set the k-th reading cell (borrowed; NULL empty) or a formatted one. */
void row_show(row *r, size_t k, const char *s);
void row_showf(row *r, size_t k, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- the renderer ----------------------------------------------------------------------------- */

typedef struct renderer renderer;

/* What a format does; one implementation per file. */
typedef struct renderer_ops {
    void (*begin)(renderer *r);
    void (*meta)(renderer *r, const char *key, field_type type, const cell *value);
    void (*meta_open)(renderer *r, const char *key);
    void (*meta_close)(renderer *r);
    void (*table_begin)(renderer *r, const table_spec *t);
    void (*row)(renderer *r, const row *rw);
    void (*table_end)(renderer *r);
    void (*text)(renderer *r, const char *line, size_t indent);
    void (*end)(renderer *r);
    void (*release)(renderer *r);
    /* A row that holds tables (render_row_open): its fields, the row left open; and its end.
     * NULL in formats that write flat tables only (the row is written by `row`, its tables
     * left out). */
    void (*row_open)(renderer *r, const row *rw);
    void (*row_close)(renderer *r);
} renderer_ops;

struct renderer {
    const renderer_ops *ops;
    FILE *out;
    int width;              /* text: columns (0: no limit) */
    const char *command;
    const char *csv_table;  /* CSV: the table to write (NULL: the first begun) */
    int csv_bom;
    int csv_written;        /* CSV: the table was written */
    const table_spec *table;/* the table open */
    const table_spec *outer;/* in a row that holds tables: the row's table */
    int in_row;             /* in a row that holds tables (one level) */
    void *state;            /* the format's own */
};

extern const renderer_ops text_renderer_ops, json_renderer_ops, csv_renderer_ops;

/* A renderer for `format` writing to `out`. `width` is for text (0: no limit); `csv_table`
 * names the CSV table (NULL: the first). */
enum { RENDER_BOM = 1 /* CSV: begin with a UTF-8 byte order mark (for Microsoft Excel) */ };
renderer *renderer_new(output_format format, FILE *out, int width, const char *command_name, const char *csv_table,
                       unsigned flags);
/* Finish the output and free the renderer. Returns 0, or -1 when the output could not be
 * written (a full disk, a closed pipe). */
int renderer_finish(renderer *r);

/* Machine-readable members of the top-level object (JSON), e.g. the query. Text and CSV skip
 * them. */
void render_meta_str(renderer *r, const char *key, const char *s);
void render_meta_int(renderer *r, const char *key, long long v);
void render_meta_num(renderer *r, const char *key, double v);
void render_meta_date(renderer *r, const char *key, int ymd);
void render_meta_bool(renderer *r, const char *key, int v);
void render_meta_list(renderer *r, const char *key, const char *const *items, size_t n);
void render_meta_open(renderer *r, const char *key);  /* a nested object */
void render_meta_close(renderer *r);

void render_table_begin(renderer *r, const table_spec *t);
void render_row(renderer *r, const row *rw);
void render_table_end(renderer *r);
/* A row that holds tables of its own (`congdoan import`: a document and its indicators,
 * results and tasks): render_row_open(), then tables begun, written and ended as at the top,
 * then render_row_close(). JSON writes them as arrays inside the row's object; CSV and text
 * write the row alone, as render_row() does, and leave its tables out. One level deep. */
void render_row_open(renderer *r, const row *rw);
void render_row_close(renderer *r);

/* A line of text output (headings, sentences), wrapped to the width under `indent` spaces;
 * JSON and CSV skip it. "" is an empty line. */
void render_text(renderer *r, size_t indent, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int render_is_text(const renderer *r);

/* ---- values shared by the formats ----------------------------------------------------------- */

/* The shortest "%.*g" form of v that reads back the same (JSON and CSV). buf holds 32 bytes. */
char *format_machine_number(char *buf, double v);
/* "2025-06-30"; "" for 0. buf holds 16 bytes. */
char *format_iso_date(char *buf, int ymd);

#endif /* CONGDOAN_EXAMPLES_RENDER_H */
