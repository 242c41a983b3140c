/*
 * congdoan — the example command-line program: helpers shared by the subcommands.
 *
 * The program is built the way libgit2's examples are: congdoan.c dispatches to one function
 * per subcommand, each in its own cmd-NAME.c, and this file holds what they share. It uses
 * only the public API of libcongdoan (#include "congdoan.h").
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_COMMON_H
#define CONGDOAN_EXAMPLES_COMMON_H

#include <stdio.h>

#include "congdoan.h"

/* The program's name in messages ("congdoan: cannot open ..."). */
#define PROGRAM_NAME "congdoan"

/* Exit codes, the same for every subcommand (appstreamcli names its own the same way). */
enum {
    EXIT_OK = 0,        /* success; for validate: no error-severity issue */
    EXIT_INVALID = 1,   /* the data has at least one error-severity issue */
    EXIT_USAGE = 2      /* a usage error (unknown option, missing argument) or an I/O problem */
};

/* One subcommand: its name, a one-line summary for `congdoan --help`, its synopsis (printed
 * after a usage error), the function that runs it (argv[0] is the subcommand's name, options
 * and arguments follow) and the full help text printed by `congdoan help NAME` and
 * `congdoan NAME --help`. */
typedef struct command {
    const char *name;
    const char *summary;
    const char *usage;   /* the synopsis, "congdoan NAME [OPTION...] ARG..." */
    int (*run)(int argc, char **argv);
    const char *help;
} command;

/* The subcommands, one per cmd-NAME.c; congdoan.c lists them in its table. */
extern const command cmd_validate;
extern const command cmd_show;
extern const command cmd_tree;
extern const command cmd_tasks;
extern const command cmd_progress;
extern const command cmd_cascade;
extern const command cmd_lineage;
extern const command cmd_fmt;
extern const command cmd_new_report;
extern const command cmd_export;
extern const command cmd_import;

/* Print "congdoan: MESSAGE" on stderr. */
void print_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Print the library's last error on stderr as "congdoan: WHAT: file:line:col: message" (the
 * location only as far as it is known), or "congdoan: WHAT: <description of rc>" when the
 * library recorded no message. libgit2's examples call theirs check_lg2(). */
void print_library_error(int rc, const char *what);

/* Print a usage error of a subcommand on stderr ("congdoan validate: unknown option '--x'")
 * followed by its synopsis and a pointer to its help. Returns EXIT_USAGE so that callers can `return` it. */
int usage_error(const command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Print the full help of a subcommand to `out`. */
void print_command_help(const command *cmd, FILE *out);

/* An issue as the program prints it. The strings are borrowed from a congdoan_issues list
 * (or from the caller) and must outlive the record. */
typedef struct issue_record {
    congdoan_severity severity;
    const char *file;    /* "" when the issue has no location */
    long line, column;   /* 0 when unknown */
    const char *tag;
    const char *message;
    size_t seq;          /* the order found: the last sort key, so that sorting is stable */
} issue_record;

/* Fill a record from a library issue. */
void issue_record_from(issue_record *rec, const congdoan_issue *issue, size_t seq);

/* Sort records by file (byte order), line, column, then the order found. */
void issue_records_sort(issue_record *recs, size_t count);

/* Print one issue as a line of text:
 *   E: file:line:col: tag: message
 *   E: file:line: tag: message      (column unknown)
 *   E: file: tag: message           (line unknown)
 *   E: tag: message                 (no location at all)
 * with W: and I: for warnings and information. Control characters in the strings (libxml2
 * puts line breaks in some of its messages) are written as spaces: one issue, one line. */
void print_issue_line(FILE *out, const issue_record *rec);

/* The severity as a word for machine-readable output: "error", "warning" or "info". */
const char *severity_word(congdoan_severity severity);

/* ---- options shared by every subcommand -------------------------------------------------- */

/* The parts of every --help that are the same for all the commands that read data. */
#define HELP_COMMON_OPTIONS \
    "  -d, --data PATH     a file or folder of data; repeat it for more (default: the\n" \
    "                      paths in $CONGDOAN_DATA, separated by ':')\n" \
    "  --format FORMAT     text (the default), json or csv\n" \
    "  --width N           the width of text output in columns (default: the\n" \
    "                      terminal's, or 100 when not a terminal; 0: no limit)\n" \
    "  -h, --help          show this help and exit\n"

#define HELP_DATES \
    "Dates are written 2025-06-30 or 30/06/2025 (also \"ngày 30 tháng 6 năm 2025\").\n"

#define HELP_EXIT_STATUS \
    "Exit status:\n" \
    "  0  success\n" \
    "  1  a problem in the data: it cannot be loaded (its errors are printed), or a\n" \
    "     document or unit named on the command line is not in it\n" \
    "  2  a usage error (unknown option or format, a missing argument, a bad date) or\n" \
    "     an I/O error (a path that cannot be read)\n"

/* How results are printed (--format). */
typedef enum output_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV } output_format;

/* The width of text output when standard output is not a terminal and --width is not given. */
#define DEFAULT_TEXT_WIDTH 100

/* The options every subcommand takes: --format, -d/--data (repeatable), --table, --width, --help,
 * and "--" to end the options. */
typedef struct common_options {
    output_format format;
    const char **data;     /* the -d/--data paths, borrowed from argv */
    size_t data_count;
    const char *table;     /* --table NAME: which table --format csv prints, or NULL */
    int width;             /* --width N for text output; -1 when not given */
    int options_done;      /* "--" seen: everything after it is an argument */
} common_options;

/* Prepare `o` for a command line of `argc` words (the defaults: text, no data). */
void common_options_init(common_options *o, int argc);
void common_options_release(common_options *o);

/* If argv[*i] is a common option, take it (and its value, advancing *i) and return 1; else
 * return 0. Sets *status to an exit status when the command must stop: EXIT_OK after --help,
 * EXIT_USAGE after a usage error (already printed). */
int parse_common_option(const command *cmd, common_options *o, int argc, char **argv, int *i, int *status);

/* If argv[*i] is the option `long_name` (or `short_name`, may be NULL) with a value, as
 * "--name VALUE", "--name=VALUE" or "-n VALUE", set *value and return 1 (advancing *i past
 * the value); a missing value sets *status to EXIT_USAGE (printed) and returns 1. Else 0. */
int option_value(const command *cmd, int argc, char **argv, int *i, const char *long_name,
                 const char *short_name, const char **value, int *status);

/* Whether `arg` (not after "--") is an option rather than an argument. */
int is_option(const common_options *o, const char *arg);

/* Parse a positive whole number for option `name`; a usage error otherwise. */
int parse_count_option(const command *cmd, const char *name, const char *text, long *out, int *status);

/* The width of text output: --width, else the terminal's width when standard output is one,
 * else DEFAULT_TEXT_WIDTH; 0 means unlimited. */
int text_width(const common_options *o);

/* Check --table for --format csv against the NULL-terminated list `names` (the first is the
 * default). Returns the index of the table, or -1 after printing a usage error. */
int choose_table(const command *cmd, const common_options *o, const char *const *names);

/* ---- loading ----------------------------------------------------------------------------- */

/* Load the -d/--data paths (or, when none is given, those of the CONGDOAN_DATA environment
 * variable, separated by ':') into a new corpus, one congdoan_corpus_load_path() per path.
 * When standard error is a terminal, says what it loads there ("loading examples/data … 4
 * files"). Returns EXIT_OK with *out set (free it with congdoan_corpus_free()), or, after
 * printing why: EXIT_INVALID when the data has errors (printed as validate prints them),
 * EXIT_USAGE when no data was given or a path cannot be read. */
int load_data(const command *cmd, const common_options *o, congdoan_corpus **out);

/* The document named by `arg`: its id, or its number ("240/KH-TLĐ", any Unicode form, with
 * or without "Số:"). Prints an error and returns EXIT_INVALID when there is none. */
int find_document(const congdoan_corpus *corpus, const char *arg, const congdoan_document **out);

/* The unit named by `arg`: its id, or its full or short name when exactly one unit has it.
 * Prints an error and returns EXIT_INVALID when there is none. */
int find_unit(const congdoan_corpus *corpus, const char *arg, const congdoan_unit **out);

/* Parse the date given to option `name` (2025-06-30 or 30/06/2025, see congdoan_date_parse()).
 * Returns 1, or 0 after a usage error (*status = EXIT_USAGE). */
int parse_date_option(const command *cmd, const char *name, const char *text, int *ymd, int *status);

/* Today's date as year*10000 + month*100 + day (local time). */
int today_ymd(void);

/* The number of days from `from_ymd` to `to_ymd` (negative when earlier). */
long days_between(int from_ymd, int to_ymd);
/* The date `days` days after `ymd` (before it when negative). */
int add_days(int ymd, long days);

/* ---- progress (cmd-progress.c), shared with export ---------------------------------------- */

/* The document to evaluate when --document is not given: the one document with indicators, or
 * the one of those that reports are made against. NULL after printing a usage error
 * (*status = EXIT_USAGE) that names `cmd`. */
const congdoan_document *guess_progress_document(const command *cmd, const congdoan_corpus *corpus, int *status);

/* The period when --period is not given: the one period of the document's reports (or of its
 * indicators when it has none). NULL after a usage error, as above. */
const char *guess_progress_period(const command *cmd, const congdoan_corpus *corpus, const congdoan_document *doc,
                                  int *status);

/* The CSV tables of a progress result, as `progress --format csv --table NAME` prints them;
 * `which` is an index into progress_table_names (NULL-terminated; the first is the default). */
extern const char *const progress_table_names[];
void print_progress_csv(const congdoan_progress *p, int which);

/* ---- files ------------------------------------------------------------------------------- */

/* Open a file for reading without ever waiting: a FIFO, a device or a socket is refused
 * (opened with O_NONBLOCK, then asked with fstat) instead of blocking until something writes.
 * NULL with *why saying why in words, for "cannot open '%s': %s". */
FILE *open_input_file(const char *path, const char **why);

/* ---- memory ------------------------------------------------------------------------------ */

/* malloc, calloc, realloc and strdup that end the program (exit status 2) when memory runs out. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
/* A formatted string, malloc'd. */
char *xprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* ---- words and numbers for text output --------------------------------------------------- */

/* "30/06/2025", or "" for 0. `buf` holds at least 16 bytes. Returns buf. */
char *format_date(char *buf, int ymd);
/* "2025-06-30", or "" for 0. */
char *format_iso_date(char *buf, int ymd);
/* A number as Vietnamese writes it: a decimal comma, at most `decimals` decimals, trailing
 * zeros dropped, no grouping of thousands (1810; 97,9; 1,25). `buf` holds 64 bytes. */
char *format_number(char *buf, double v, int decimals);

/* Vietnamese words for the values of the library's enums (never NULL). */
const char *level_words(congdoan_level level);
const char *sector_words(congdoan_sector sector);
const char *relation_words(congdoan_relation_type type);
const char *task_status_words(congdoan_task_status status);
const char *grade_words(congdoan_grade grade);
/* A period code in words: "2025-H1" → "6 tháng đầu năm 2025". malloc'd. */
char *period_words(const char *code);
/* The short name of a unit if it has one, else its name; "" for NULL. */
const char *unit_label(const congdoan_unit *unit);
/* The short name of a unit if it has one, else its name with "Công đoàn cơ sở" written
 * "CĐCS", as the documents abbreviate it. malloc'd. */
char *unit_short_label(const congdoan_unit *unit);
/* The number of a document if it has one, else its id. */
const char *document_label(const congdoan_document *doc);
/* A target in symbols: "≥ 98%", "≥ 1810", "≤ 5", "= 3", "10–20%". malloc'd. */
char *format_target(const congdoan_indicator *ind);

/* ---- text tables ------------------------------------------------------------------------- */

/* The width of UTF-8 text in a terminal: one cell per code point, none for combining marks
 * (U+0300 to U+036F and a few others), two for East Asian wide characters. Bytes that are not
 * UTF-8 count one each. */
size_t display_width(const char *s);

/* A copy of `s` cut to at most `width` cells, ending in "…" when cut; control characters
 * become spaces. malloc'd. */
char *fit_width(const char *s, size_t width);

/* Write `s` and a line break, cut to `width` cells (0: not cut). */
void put_line(FILE *out, const char *s, int width);

/* Write `s` padded with spaces to `width` cells (nothing added when it is wider). */
void put_padded(FILE *out, const char *s, size_t width);

typedef enum column_align { ALIGN_LEFT, ALIGN_RIGHT } column_align;

/* A table printed with its columns aligned by display width: a header line, a rule, the
 * rows, each optionally followed by a detail line (indented under the second column). */
typedef struct table table;

table *table_new(size_t columns);
void table_free(table *t);
/* Set column c's header and alignment; `max` caps its width (0: none). */
void table_column(table *t, size_t c, const char *header, column_align align, size_t max);
/* The column that gives way when the table is wider than the output (cut with "…"). */
void table_flex(table *t, size_t c);
/* Leave out the header and rule. */
void table_no_header(table *t);
/* Start a new row; its cells are empty until set. */
void table_row(table *t);
/* Set a cell of the current row (a copy is kept; NULL is empty). */
void table_set(table *t, size_t c, const char *s);
void table_setf(table *t, size_t c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Set the detail line of the current row; '\n' separates several lines. */
void table_detail(table *t, const char *s);
size_t table_row_count(const table *t);
/* Print with `indent` spaces before every line, in at most `width` cells (0: no limit). */
void table_print(const table *t, FILE *out, size_t indent, int width);

/* ---- JSON -------------------------------------------------------------------------------- */

/* JSON output is built with jansson (https://github.com/akheron/jansson), a kept-up library,
 * rather than written by hand: it escapes what JSON requires and checks that strings are UTF-8.
 * The jw_ functions below are a streaming front end over it: they build the tree value by value
 * (call jw_key() before each member's value) and jw_finish() writes it, indented by two spaces,
 * one member or element per line, keys in the order they were given, UTF-8 text as it is (not
 * escaped to \u), so that the output is stable and diff-friendly. */
struct json_t;

typedef struct jw_writer {
    FILE *out;
    struct json_t *root;    /* the outermost value, once begun */
    struct json_t **stack;  /* the containers open, innermost last (borrowed from root) */
    size_t depth, capacity;
    char *key;              /* the key given for the next member, malloc'd */
} jw_writer;

/* The flags every JSON output is written with: two spaces of indentation, keys in insertion
 * order, UTF-8 not escaped, numbers that are not whole with at most 15 significant digits. */
#define JW_DUMP_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

void jw_init(jw_writer *w, FILE *out);
void jw_begin_object(jw_writer *w);
void jw_end_object(jw_writer *w);
void jw_begin_array(jw_writer *w);
void jw_end_array(jw_writer *w);
void jw_key(jw_writer *w, const char *key);
/* A string (null for NULL). */
void jw_string(jw_writer *w, const char *s);
/* A number: a whole number without a decimal point, others with at most 15 significant digits
 * (null when not finite). */
void jw_number(jw_writer *w, double v);
void jw_integer(jw_writer *w, long long v);
void jw_bool(jw_writer *w, int v);
void jw_null(jw_writer *w);
/* "2025-06-30", or null for 0. */
void jw_date(jw_writer *w, int ymd);
/* Writes the value, ends the output with a line break and releases the writer. Returns 0, or
 * -1 when the output could not be written. */
int jw_finish(jw_writer *w);

/* Members, in one call. */
void jw_kv_string(jw_writer *w, const char *key, const char *s);
void jw_kv_number(jw_writer *w, const char *key, double v);
void jw_kv_integer(jw_writer *w, const char *key, long long v);
void jw_kv_bool(jw_writer *w, const char *key, int v);
void jw_kv_date(jw_writer *w, const char *key, int ymd);
void jw_kv_null(jw_writer *w, const char *key);

/* {"id": …, "name": …, "short_name": …} or null. */
void jw_unit(jw_writer *w, const congdoan_unit *unit);
/* {"id": …, "number": …, "kind": …, "title": …} or null. */
void jw_document(jw_writer *w, const congdoan_document *doc);

/* jansson values for the commands that build their tree directly (export): a string (null for
 * NULL; bytes that are not UTF-8, which jansson refuses, become U+FFFD) and a number as
 * jw_number() writes it. They end the program (exit status 2) when memory runs out, as
 * xmalloc() does. */
struct json_t *jw_make_string(const char *s);
struct json_t *jw_make_number(double v);
/* Stop the program when a jansson call ran out of memory (v NULL); else return v. */
struct json_t *jw_check(struct json_t *v);

/* The shortest "%.*g" form of v that reads back the same (CSV numbers). `buf` holds 32 bytes. */
char *format_json_number(char *buf, double v);

/* ---- CSV --------------------------------------------------------------------------------- */

/* RFC 4180: fields separated by commas, records ended by CRLF, a field quoted (with its
 * quotes doubled) when it holds a comma, a quote, a line break or leading/trailing space. */
typedef struct csv_writer {
    FILE *out;
    int column;
} csv_writer;

void csv_init(csv_writer *w, FILE *out);
void csv_string(csv_writer *w, const char *s);   /* NULL: an empty field */
void csv_number(csv_writer *w, double v);        /* shortest form, decimal point */
void csv_integer(csv_writer *w, long long v);
void csv_date(csv_writer *w, int ymd);           /* ISO; empty for 0 */
void csv_empty(csv_writer *w);
void csv_end_row(csv_writer *w);
/* A whole header row from a NULL-terminated list. */
void csv_header(csv_writer *w, const char *const *names);

#endif /* CONGDOAN_EXAMPLES_COMMON_H */
