/*
 * congdoan — the example command-line program: what the commands share.
 *
 * The program is built the way libgit2's examples are: congdoan.c dispatches to one command per
 * cmd-NAME.c, each of which says what to ask the library and what to show. What they share:
 * the option tables (options.h), the row model and its renderer (render.h, schemas.h), loading
 * the data and naming what is in it (below), and words and numbers for text output. It uses only
 * the public API of libcongdoan (#include "congdoan.h").
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_COMMON_H
#define CONGDOAN_EXAMPLES_COMMON_H

#include <stdarg.h>
#include <stdio.h>

#include "congdoan.h"
#include "options.h"
#include "render.h"
#include "schemas.h"

/* The program's name in messages ("congdoan: cannot open ..."). */
#define PROGRAM_NAME "congdoan"

/* Exit codes, the same for every command (appstreamcli names its own the same way). */
enum {
    EXIT_OK = 0,        /* success; for validate: no error-severity issue */
    EXIT_INVALID = 1,   /* a problem in the data */
    EXIT_USAGE = 2      /* a usage error (unknown option, missing argument) or an I/O problem */
};

/* The width of text output when standard output is not a terminal and --width is not given. */
#define DEFAULT_TEXT_WIDTH 80

/* The commands, one per cmd-NAME.c. */
extern const command cmd_validate, cmd_show, cmd_tree, cmd_tasks, cmd_progress, cmd_cascade, cmd_lineage,
    cmd_new_report, cmd_fmt, cmd_export, cmd_import, cmd_complete, cmd_report;

/* ---- messages in the user's language ------------------------------------------------------- */

/* The program's messages, help and man pages are English in the source and translated through
 * gettext in the domain "congdoan" (examples/po/); the library translates its own messages in
 * its domain "libcongdoan". _() marks a message where it is used, N_() one in a table that is
 * translated where it is printed; print_error(), usage_error() and the other functions with a
 * printf format attribute translate their format themselves (keywords in examples/po/meson.build).
 * Text output (tables, headings, the labels of the documents' own words) is Vietnamese in every
 * locale: it speaks the language of the documents. */
#if CONGDOAN_ENABLE_NLS
#include <libintl.h>
#define _(msgid) gettext(msgid)
#else
#define _(msgid) (msgid)
#define ngettext(one, many, n) ((n) == 1 ? (one) : (many))
#endif
#define N_(msgid) msgid

/* Set the locale from the environment and choose the language of messages, by the one rule
 * language.c states: LANGUAGE, else the language LC_ALL, LC_MESSAGES or LANG names, else
 * Vietnamese (nothing said, or C, POSIX, C.UTF-8). A locale the system does not have
 * (LANG=vi_VN.UTF-8 without the locales package) still gives its language's messages. */
void setup_language(void);

/* ---- messages ----------------------------------------------------------------------------- */

/* Print "congdoan: MESSAGE" on stderr. */
void print_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Print the library's last error on stderr as "congdoan: WHAT: file:line:col: message" (the
 * location as far as it is known). libgit2's examples call theirs check_lg2(). */
void print_library_error(int rc, const char *what);

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

void issue_record_from(issue_record *rec, const congdoan_issue *issue, size_t seq);
/* Sort records by file (byte order), line, column, then the order found. */
void issue_records_sort(issue_record *recs, size_t count);
/* Print one issue as one line: "E: file:line:col: tag: message" (the location as far as it is
 * known; W: and I: for warnings and information; control characters as spaces). */
void print_issue_line(FILE *out, const issue_record *rec);
/* "error", "warning" or "info". */
const char *severity_word(congdoan_severity severity);

/* ---- the data ----------------------------------------------------------------------------- */

/* Load the -d/--data paths (or those of $CONGDOAN_DATA, separated by ':') into a new corpus.
 * When standard error is a terminal, says what it loads there. Returns EXIT_OK with *out set
 * (free it), or after printing why: EXIT_INVALID when the data has errors (printed as validate
 * prints them), EXIT_USAGE when no data was given or a path cannot be read. */
int load_data(const command *cmd, const parsed_args *a, congdoan_corpus **out);
/* Let loads into `corpus` parse in a second thread when the machine has a second processor. */
void use_load_threads(congdoan_corpus *corpus);

/* The document, unit or task named by `arg` the way people type it (congdoan/lookup.h).
 * When none or several answer, prints the candidates ("did you mean") and returns
 * EXIT_INVALID; EXIT_OK with *out set otherwise. */
int find_document(const congdoan_corpus *corpus, const char *arg, const congdoan_document **out);
int find_unit(const congdoan_corpus *corpus, const char *arg, const congdoan_unit **out);
int find_task(const congdoan_corpus *corpus, const congdoan_document *doc, const char *arg, const congdoan_task **out);

/* Parse the date of option `name` (2025-06-30, 30/06/2025 …). Returns 1, or 0 after a usage
 * error (*status = EXIT_USAGE). */
int parse_date_option(const command *cmd, const char *name, const char *text, int *ymd, int *status);
/* Today (local time) as year*10000 + month*100 + day. */
int today_ymd(void);
/* Days from `from_ymd` to `to_ymd` (negative when earlier). */
long days_between(int from_ymd, int to_ymd);

/* The width of text output: --width, else the terminal's, else DEFAULT_TEXT_WIDTH; 0: none. */
int text_width(const parsed_args *a);
/* A renderer for the command's output on stdout, from its parsed options. */
renderer *start_output(const command *cmd, const parsed_args *a, const char *csv_table);
/* Finish it; EXIT_USAGE (printed) when the output could not be written, else `status`. */
int finish_output(renderer *r, int status);
/* Set once finish_output() has said that the output could not be written (main() does not say
 * it a second time). */
extern int output_failure_said;

/* ---- progress (cmd-progress.c), shared with export ---------------------------------------- */

/* The tables of a progress result: the query with its summary (JSON, under `meta_key`), the
 * heading and sentences (text), "evaluations", "children" (with by_child), "findings",
 * "completeness". The query and summary go in an object `meta_key` (NULL: at the top). */
void render_progress(renderer *out, const congdoan_progress *p, int at, int by_child, const char *meta_key);
/* The document, unit and period of a progress query, from options doc_option, unit_option and
 * period_option, guessed when not given. EXIT_OK, or an exit status after printing why. */
int progress_query(const command *cmd, const parsed_args *a, const congdoan_corpus *corpus, int doc_option,
                   int unit_option, int period_option, const congdoan_document **doc, const congdoan_unit **unit,
                   const char **period);

/* ---- files ------------------------------------------------------------------------------- */

/* Open a file for reading without ever waiting: a FIFO, a device or a socket is refused
 * (opened with O_NONBLOCK, then asked with fstat) instead of blocking until something writes.
 * NULL with *why saying why in words, for "cannot open '%s': %s". */
FILE *open_input_file(const char *path, const char **why);

/* A file written atomically as it is produced: the bytes go to a temporary file next to
 * `path` (write them to `f`), which new_file_commit() flushes to disk and then links in place
 * (refused when `path` exists) or, with `force`, renames over it. Until then `path` is
 * untouched, whatever happens; new_file_abandon() removes the temporary file. */
typedef struct new_file {
    FILE *f;
    char *path, *tmp;
    int force;
} new_file;

/* Start writing `path`. EXIT_OK, or EXIT_USAGE after printing why (`path` exists and not
 * `force`, or no temporary file can be made next to it). */
int new_file_open(new_file *nf, const char *path, int force);
/* Put the file in place. EXIT_OK, or EXIT_USAGE after printing why (a write to `f` failed, the
 * disk is full, `path` appeared meanwhile); the temporary file is gone either way. */
int new_file_commit(new_file *nf);
/* Give up: the temporary file is removed, `path` untouched. Does nothing after commit. */
void new_file_abandon(new_file *nf);

/* A temporary file in $TMPDIR (default /tmp), open for writing and reading ("w+b"). With `path`
 * NULL it has no name (gone when it is closed); else *path is its name (malloc'd), which the
 * caller unlinks and frees. NULL after printing why. */
FILE *temp_file(char **path);
/* Copy `f`, from its start, to standard output. EXIT_OK, or EXIT_USAGE after printing why. */
int copy_to_stdout(FILE *f);

/* Write `data` to `path` atomically, as a new_file. EXIT_OK, or EXIT_USAGE after printing why. */
int write_file(const char *path, const char *data, size_t size, int force);

/* ---- memory ------------------------------------------------------------------------------- */

/* malloc and friends that end the program (exit status 2) when memory runs out. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xvprintf(const char *fmt, va_list ap);
char *xprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* ---- a growing string -------------------------------------------------------------------- */

/* A NUL-terminated string that grows as text is added ({0} is empty; `data` is malloc'd, NULL
 * until something is added). Running out of memory ends the program, as xmalloc() does.
 *
 * With a `sink` (sb_stream()), it is a buffer instead: whenever it holds SB_FLUSH_AT bytes they
 * are written to the sink and it starts again empty, so that a page of any size is written
 * with a few kilobytes; sb_flush() writes the rest. `data` then holds only the latest part. */
typedef struct sbuf {
    char *data;
    size_t len, cap;
    FILE *sink;     /* NULL: keep everything */
    int sink_error; /* errno of the first failed write to the sink */
} sbuf;

enum { SB_FLUSH_AT = 64 * 1024 };

/* Make `b` (empty) write itself to `sink` as it fills. */
void sb_stream(sbuf *b, FILE *sink);
/* Write what `b` holds to its sink and flush the sink. 0, or the errno of the first failure of
 * any write to the sink. */
int sb_flush(sbuf *b);

void sb_put(sbuf *b, const char *s, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_printf(sbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void sb_free(sbuf *b);

/* ---- words and numbers for text output ------------------------------------------------------ */

/* "30/06/2025", or "" for 0. buf holds 16 bytes. */
char *format_date(char *buf, int ymd);
/* A number as Vietnamese writes it (congdoan_number_format): 1.810; 98,5. malloc'd. */
char *vn_number(double v, int decimals);
/* A period code in words ("6 tháng đầu năm 2025"), or the code itself. malloc'd. */
char *period_words(const char *code);
/* The short name of a unit if it has one, else its name; "" for NULL. */
const char *unit_label(const congdoan_unit *unit);
/* "LĐLĐ huyện Sìn Hồ, CĐVC tỉnh Lai Châu": the labels of the first `most` of `units`, then "và N
 * đơn vị khác" for the rest (0: all). malloc'd. */
char *unit_list_words(const congdoan_unit *const *units, size_t n, size_t most);
/* The units left out of indicator i's figure of `p`, in the words of unit_list_words(): for a
 * score, those whose scores were not added up (congdoan_progress_score_left_out_unit), else
 * those that gave only a rate (congdoan_progress_rate_only_unit). malloc'd. */
enum { LEFT_OUT_NAMED = 10 }; /* names a person reads at most; JSON and CSV have all */
char *left_out_words(const congdoan_progress *p, size_t i, size_t most);
/* The number of a document if it has one, else its id. */
const char *document_label(const congdoan_document *doc);
/* A target in symbols, with the unit words of figure_words(): "≥ 98%", "≥ 1.810", "≤ 5", "= 3",
 * "10–20%", "> 5", "< 2", "≈ 50", "≥ 500 triệu đồng", "≥ 90 điểm", or the bare figure of a
 * target. malloc'd. */
char *format_target(const congdoan_indicator *ind);
/* A figure in the indicator's terms, to 2 decimals, never rounded onto a target it misses
 * (99,996% stays 99,996% next to "chưa đạt"), with its unit words: "97,64%", "1,07", "1.478",
 * "500.000 đồng", "650 triệu đồng" (from a million up), "1.500 USD", "92,5 điểm". malloc'd. */
char *figure_words(const congdoan_indicator *ind, double v);
int is_percent(const congdoan_indicator *ind);

/* How many organisations are above a unit. */
long unit_depth(const congdoan_unit *u);

/* ---- display width (width.c, from utf8proc) ------------------------------------------------- */

/* The cells UTF-8 text takes in a terminal. */
size_t display_width(const char *s);
/* The length of the UTF-8 sequence at s (1 to 4), 0 when it is not one. */
size_t utf8_sequence_length(const unsigned char *s);
/* A copy cut to `width` cells, ending in "…" when cut; control characters as spaces. malloc'd. */
char *fit_width(const char *s, size_t width);
/* Words wrapped into lines of at most `width` cells (0: one line); a word longer than a line is
 * broken. Returns the count; free with free_lines(). */
size_t wrap_lines(const char *s, size_t width, char ***lines);
void free_lines(char **lines, size_t count);
/* Write s padded with spaces to `width` cells. */
void put_padded(FILE *out, const char *s, size_t width);

#endif /* CONGDOAN_EXAMPLES_COMMON_H */
