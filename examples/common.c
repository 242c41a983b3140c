/*
 * congdoan — helpers shared by the subcommands: error messages, issue lines, options, loading,
 * words for text output, aligned tables, and JSON and CSV writers.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <jansson.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void print_error(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout); /* keep results and messages in order when both go to a terminal */
    fprintf(stderr, "%s: ", PROGRAM_NAME);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void print_library_error(int rc, const char *what)
{
    const char *message = congdoan_error_last_message();
    const char *file = congdoan_error_last_file();
    long line = congdoan_error_last_line();
    long column = congdoan_error_last_column();

    fflush(stdout);
    fprintf(stderr, "%s: ", PROGRAM_NAME);
    if (what && *what)
        fprintf(stderr, "%s: ", what);
    if (*file) {
        fputs(file, stderr);
        if (line > 0) {
            fprintf(stderr, ":%ld", line);
            if (column > 0)
                fprintf(stderr, ":%ld", column);
        }
        fputs(": ", stderr);
    }
    fputs(*message ? message : congdoan_strerror(rc), stderr);
    fputc('\n', stderr);
}

void print_command_help(const command *cmd, FILE *out)
{
    fputs(cmd->help, out);
}

int usage_error(const command *cmd, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "%s %s: ", PROGRAM_NAME, cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nUsage: %s\nTry '%s help %s' for more information.\n", cmd->usage, PROGRAM_NAME,
            cmd->name);
    return EXIT_USAGE;
}

/* ---- issues ------------------------------------------------------------------------------- */

void issue_record_from(issue_record *rec, const congdoan_issue *issue, size_t seq)
{
    rec->severity = congdoan_issue_severity(issue);
    rec->file = congdoan_issue_file(issue);
    rec->line = congdoan_issue_line(issue);
    rec->column = congdoan_issue_column(issue);
    rec->tag = congdoan_issue_tag(issue);
    rec->message = congdoan_issue_message(issue);
    rec->seq = seq;
}

static int record_cmp(const void *pa, const void *pb)
{
    const issue_record *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c != 0)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->column != b->column)
        return a->column < b->column ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void issue_records_sort(issue_record *recs, size_t count)
{
    /* qsort is not stable; the order found (seq) as the last key makes the result so. */
    if (count > 1)
        qsort(recs, count, sizeof *recs, record_cmp);
}

/* Write `s` on one line: each run of control characters (a line break inside a message of
 * libxml2, a tab in a file name) becomes one space, so that one issue is always one line. */
static void put_one_line(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) {
            while (p[1] && (p[1] < 0x20 || p[1] == 0x7F))
                p++;
            fputc(' ', out);
        } else {
            fputc(*p, out);
        }
    }
}

void print_issue_line(FILE *out, const issue_record *rec)
{
    const char *letter = congdoan_severity_letter(rec->severity);
    fprintf(out, "%s: ", letter ? letter : "?");
    if (*rec->file) {
        put_one_line(out, rec->file);
        if (rec->line > 0) {
            fprintf(out, ":%ld", rec->line);
            if (rec->column > 0)
                fprintf(out, ":%ld", rec->column);
        }
        fputs(": ", out);
    }
    put_one_line(out, rec->tag);
    fputs(": ", out);
    put_one_line(out, rec->message);
    fputc('\n', out);
}

const char *severity_word(congdoan_severity severity)
{
    switch (severity) {
    case CONGDOAN_SEVERITY_ERROR: return "error";
    case CONGDOAN_SEVERITY_WARNING: return "warning";
    case CONGDOAN_SEVERITY_INFO: return "info";
    default: return "unknown";
    }
}

/* ---- UTF-8 ------------------------------------------------------------------------------- */

/* The length of the well-formed UTF-8 sequence at `s` (1 to 4), or 0 when the bytes there are
 * not one (a stray continuation byte, an overlong form, a surrogate, a value above U+10FFFF, a
 * truncated sequence). */
static size_t utf8_sequence_length(const unsigned char *s)
{
    unsigned char c = s[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF; /* the allowed range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;          /* no overlong forms */
        else if (c == 0xED)
            hi = 0x9F;          /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;          /* no overlong forms */
        else if (c == 0xF4)
            hi = 0x8F;          /* nothing above U+10FFFF */
    } else
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return n;
}

/* ---- files ------------------------------------------------------------------------------- */

FILE *open_input_file(const char *path, const char **why)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        *why = strerror(errno);
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    if (!S_ISREG(sb.st_mode)) {
        *why = S_ISDIR(sb.st_mode)    ? "it is a folder, not a file"
               : S_ISFIFO(sb.st_mode) ? "it is a FIFO (named pipe), not a regular file"
                                      : "it is a device or a socket, not a regular file";
        close(fd);
        return NULL;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        *why = strerror(errno);
        close(fd);
    }
    return f;
}

/* ---- memory ------------------------------------------------------------------------------- */

static void out_of_memory(void)
{
    print_error("out of memory");
    exit(EXIT_USAGE);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s ? s : "") + 1;
    char *p = xmalloc(n);
    memcpy(p, s ? s : "", n);
    return p;
}

static char *xvprintf(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        n = 0;
    char *p = xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = xvprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* ---- options ------------------------------------------------------------------------------ */

void common_options_init(common_options *o, int argc)
{
    memset(o, 0, sizeof *o);
    o->format = FORMAT_TEXT;
    o->width = -1;
    o->data = xcalloc((size_t)argc + 1, sizeof *o->data);
}

void common_options_release(common_options *o)
{
    free(o->data);
    o->data = NULL;
}

int is_option(const common_options *o, const char *arg)
{
    return !o->options_done && arg[0] == '-' && arg[1] != '\0';
}

int option_value(const command *cmd, int argc, char **argv, int *i, const char *long_name,
                 const char *short_name, const char **value, int *status)
{
    const char *arg = argv[*i];
    size_t n = strlen(long_name);
    if (strncmp(arg, long_name, n) == 0 && arg[n] == '=') {
        *value = arg + n + 1;
        return 1;
    }
    if (strcmp(arg, long_name) != 0 && !(short_name && strcmp(arg, short_name) == 0))
        return 0;
    if (*i + 1 >= argc) {
        *status = usage_error(cmd, "%s needs a value", arg);
        return 1;
    }
    *value = argv[++*i];
    return 1;
}

int parse_count_option(const command *cmd, const char *name, const char *text, long *out, int *status)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < 0 || v > 1000000) {
        *status = usage_error(cmd, "%s needs a whole number, not '%s'", name, text);
        return 0;
    }
    *out = v;
    return 1;
}

int parse_common_option(const command *cmd, common_options *o, int argc, char **argv, int *i, int *status)
{
    const char *arg = argv[*i];
    const char *value = NULL;
    if (o->options_done)
        return 0;
    if (strcmp(arg, "--") == 0) {
        o->options_done = 1;
        return 1;
    }
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
        print_command_help(cmd, stdout);
        *status = EXIT_OK;
        return 1;
    }
    if (option_value(cmd, argc, argv, i, "--format", NULL, &value, status)) {
        if (*status >= 0)
            return 1;
        if (strcmp(value, "text") == 0)
            o->format = FORMAT_TEXT;
        else if (strcmp(value, "json") == 0)
            o->format = FORMAT_JSON;
        else if (strcmp(value, "csv") == 0)
            o->format = FORMAT_CSV;
        else
            *status = usage_error(cmd, "unknown format '%s' (use text, json or csv)", value);
        return 1;
    }
    if (option_value(cmd, argc, argv, i, "--data", "-d", &value, status)) {
        if (*status < 0)
            o->data[o->data_count++] = value;
        return 1;
    }
    if (option_value(cmd, argc, argv, i, "--table", NULL, &value, status)) {
        if (*status < 0)
            o->table = value;
        return 1;
    }
    if (option_value(cmd, argc, argv, i, "--width", NULL, &value, status)) {
        long w;
        if (*status < 0 && parse_count_option(cmd, "--width", value, &w, status))
            o->width = (int)w;
        return 1;
    }
    return 0;
}

int text_width(const common_options *o)
{
    if (o->width >= 0)
        return o->width;
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return DEFAULT_TEXT_WIDTH;
}

int choose_table(const command *cmd, const common_options *o, const char *const *names)
{
    if (!o->table)
        return 0;
    for (int k = 0; names[k]; k++)
        if (strcmp(names[k], o->table) == 0)
            return k;
    fflush(stdout);
    fprintf(stderr, "%s %s: unknown table '%s' (use", PROGRAM_NAME, cmd->name, o->table);
    for (int k = 0; names[k]; k++)
        fprintf(stderr, "%s %s", k == 0 ? "" : (names[k + 1] ? "," : " or"), names[k]);
    fprintf(stderr, ")\nUsage: %s\nTry '%s help %s' for more information.\n", cmd->usage, PROGRAM_NAME, cmd->name);
    return -1;
}

/* ---- loading ------------------------------------------------------------------------------ */

/* The number of *.xml files that congdoan_corpus_load_path() reads under `path` (the same
 * rules: recursive, hidden entries skipped); 1 for a file. */
static size_t count_xml_files(const char *path, int depth)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return 0;
    if (!S_ISDIR(sb.st_mode))
        return 1;
    if (depth > 32)
        return 0;
    DIR *dir = opendir(path);
    if (!dir)
        return 0;
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char *sub = xprintf("%s/%s", path, e->d_name);
        if (stat(sub, &sb) == 0) {
            if (S_ISDIR(sb.st_mode))
                count += count_xml_files(sub, depth + 1);
            else {
                size_t n = strlen(e->d_name);
                if (S_ISREG(sb.st_mode) && n > 4 && strcmp(e->d_name + n - 4, ".xml") == 0)
                    count++;
            }
        }
        free(sub);
    }
    closedir(dir);
    return count;
}

/* Print the problems that stopped a load, on standard error, as validate prints them. */
static void print_load_issues(const congdoan_issues *issues, size_t from)
{
    size_t count = congdoan_issues_count(issues);
    issue_record *recs = xcalloc(count - from + 1, sizeof *recs);
    size_t n = 0;
    for (size_t i = from; i < count; i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (congdoan_issue_severity(is) == CONGDOAN_SEVERITY_INFO)
            continue;
        issue_record_from(&recs[n++], is, i);
    }
    issue_records_sort(recs, n);
    fflush(stdout);
    for (size_t i = 0; i < n; i++)
        print_issue_line(stderr, &recs[i]);
    free(recs);
}

static int load_one(congdoan_corpus *corpus, congdoan_issues *issues, const char *arg, int show_progress)
{
    struct stat sb;
    if (stat(arg, &sb) != 0) {
        if (show_progress)
            fputc('\n', stderr);
        print_error("cannot open '%s': %s", arg, strerror(errno));
        return EXIT_USAGE;
    }
    /* "data/" and "data" give the same file names in messages: "data/units.xml". */
    char *path = xstrdup(arg);
    for (size_t n = strlen(path); n > 1 && path[n - 1] == '/'; n--)
        path[n - 1] = '\0';
    size_t files = 0;
    if (show_progress) {
        files = count_xml_files(path, 0);
        fprintf(stderr, "loading %s … ", path);
        fflush(stderr);
    }
    size_t before = congdoan_issues_count(issues);
    int rc = congdoan_corpus_load_path(corpus, path, issues);
    if (show_progress)
        fprintf(stderr, rc == 0 ? "%zu file%s\n" : "%zu file%s: failed\n", files, files == 1 ? "" : "s");
    int status = EXIT_OK;
    if (rc == CONGDOAN_ENOMEM) {
        print_error("out of memory");
        status = EXIT_USAGE;
    } else if (rc == CONGDOAN_EIO) {
        print_library_error(rc, NULL);
        status = EXIT_USAGE;
    } else if (rc != 0) {
        if (congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_WARNING) > 0 &&
            congdoan_issues_count(issues) > before)
            print_load_issues(issues, before);
        else
            print_library_error(rc, NULL);
        print_error("the data in '%s' has errors, so none of it was loaded; "
                    "'%s validate %s' lists them all", path, PROGRAM_NAME, path);
        status = EXIT_INVALID;
    }
    free(path);
    return status;
}

int load_data(const command *cmd, const common_options *o, congdoan_corpus **out)
{
    *out = NULL;
    const char **paths = o->data;
    size_t count = o->data_count;
    char *env_copy = NULL;
    const char **env_paths = NULL;
    if (count == 0) {
        const char *env = getenv("CONGDOAN_DATA");
        if (!env || !*env) {
            return usage_error(cmd, "no data given: use -d PATH (a file or a folder), or set CONGDOAN_DATA");
        }
        env_copy = xstrdup(env);
        env_paths = xcalloc(strlen(env) / 2 + 2, sizeof *env_paths);
        for (char *s = env_copy, *tok; (tok = strtok(s, ":")) != NULL; s = NULL)
            env_paths[count++] = tok;
        paths = env_paths;
    }
    congdoan_corpus *corpus = NULL;
    congdoan_issues *issues = NULL;
    int status = EXIT_OK;
    int rc = congdoan_corpus_new(&corpus);
    if (rc == 0)
        rc = congdoan_issues_new(&issues);
    if (rc != 0) {
        print_library_error(rc, "cannot start");
        status = EXIT_USAGE;
    }
    int show_progress = isatty(STDERR_FILENO);
    for (size_t i = 0; status == EXIT_OK && i < count; i++)
        status = load_one(corpus, issues, paths[i], show_progress);
    congdoan_issues_free(issues);
    free(env_paths);
    free(env_copy);
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }
    *out = corpus;
    return EXIT_OK;
}

/* ---- looking things up -------------------------------------------------------------------- */

/* The label of a unit in a list of candidates: its short name or name and, for a department
 * or body, its organisation's ("Văn phòng (LĐLĐ tỉnh Lai Châu)"). malloc'd. */
static char *candidate_unit_words(const congdoan_unit *u)
{
    const congdoan_unit *owner = congdoan_unit_parent(u);
    if (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION && owner)
        return xprintf("%s (%s)", unit_label(u), unit_label(owner));
    return xstrdup(unit_label(u));
}

/* Print the candidates of a failed look-up under the error: the several matches of an
 * ambiguous query, or the nearest names ("did you mean"). */
static void print_candidates(const congdoan_matches *m, const char *noun, const char *query)
{
    size_t n = congdoan_matches_count(m);
    fflush(stdout);
    if (congdoan_matches_ambiguous(m))
        fprintf(stderr, "%s: '%s' names more than one %s; give one of these ids:\n", PROGRAM_NAME, query, noun);
    else if (n == 0)
        fprintf(stderr, "%s: no %s '%s' in the data, and none with a name near it\n", PROGRAM_NAME, noun, query);
    else
        fprintf(stderr, "%s: no %s '%s' in the data; did you mean:\n", PROGRAM_NAME, noun, query);
    size_t id_width = 0;
    for (size_t i = 0; i < n; i++) {
        const char *id = congdoan_matches_unit(m, i)       ? congdoan_unit_id(congdoan_matches_unit(m, i))
                         : congdoan_matches_document(m, i) ? document_label(congdoan_matches_document(m, i))
                                                           : congdoan_task_id(congdoan_matches_task(m, i));
        if (display_width(id) > id_width)
            id_width = display_width(id);
    }
    for (size_t i = 0; i < n; i++) {
        const congdoan_unit *u = congdoan_matches_unit(m, i);
        const congdoan_document *d = congdoan_matches_document(m, i);
        const congdoan_task *t = congdoan_matches_task(m, i);
        char *words;
        const char *id;
        if (u) {
            id = congdoan_unit_id(u);
            words = candidate_unit_words(u);
        } else if (d) {
            id = document_label(d);
            const char *title = congdoan_document_title(d);
            const congdoan_unit *issuer = congdoan_document_issuer(d);
            words = xprintf("%s%s%s", issuer ? unit_label(issuer) : "", issuer && title ? ": " : "", title ? title : "");
        } else {
            id = congdoan_task_id(t);
            words = xprintf("%s: %s", document_label(congdoan_task_document(t)), congdoan_task_text(t));
        }
        char *line = xprintf("  %s", id);
        fputs(line, stderr);
        for (size_t w = display_width(id); w < id_width + 2; w++)
            fputc(' ', stderr);
        /* one line each, within 80 columns */
        char *fitted = fit_width(words, id_width + 4 < 60 ? 80 - id_width - 4 : 20);
        fprintf(stderr, "%s\n", fitted);
        free(fitted);
        free(line);
        free(words);
    }
}

/* After a failed look-up (rc): EXIT_INVALID when nothing or several answered (candidates
 * printed), EXIT_USAGE for a failure of the library (printed). */
static int lookup_failed(int rc, congdoan_matches *m, const char *noun, const char *query)
{
    if (rc == CONGDOAN_ENOTFOUND) {
        print_candidates(m, noun, query);
        congdoan_matches_free(m);
        return EXIT_INVALID;
    }
    congdoan_matches_free(m);
    char *what = xprintf("cannot look up the %s '%s'", noun, query);
    print_library_error(rc, what);
    free(what);
    return EXIT_USAGE;
}

int find_document(const congdoan_corpus *corpus, const char *arg, const congdoan_document **out)
{
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_document(corpus, arg, out, &m);
    if (rc == 0) {
        congdoan_matches_free(m);
        return EXIT_OK;
    }
    return lookup_failed(rc, m, "document", arg);
}

int find_unit(const congdoan_corpus *corpus, const char *arg, const congdoan_unit **out)
{
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_unit(corpus, arg, out, &m);
    if (rc == 0) {
        congdoan_matches_free(m);
        return EXIT_OK;
    }
    return lookup_failed(rc, m, "unit", arg);
}

int parse_date_option(const command *cmd, const char *name, const char *text, int *ymd, int *status)
{
    if (congdoan_date_parse(text, ymd) == 0)
        return 1;
    *status = usage_error(cmd, "%s needs a date such as 2025-06-30 or 30/06/2025, not '%s'", name, text);
    return 0;
}

int today_ymd(void)
{
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm))
        return 0;
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static long days_from_civil(int ymd)
{
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long days_between(int from_ymd, int to_ymd)
{
    return days_from_civil(to_ymd) - days_from_civil(from_ymd);
}

/* The inverse of days_from_civil (Howard Hinnant's civil_from_days). */
int add_days(int ymd, long days)
{
    long z = days_from_civil(ymd) + days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return (int)(y * 10000 + m * 100 + d);
}

/* ---- words and numbers -------------------------------------------------------------------- */

char *format_date(char *buf, int ymd)
{
    if (ymd <= 0)
        buf[0] = '\0';
    else
        snprintf(buf, 16, "%02d/%02d/%04d", ymd % 100, ymd / 100 % 100, ymd / 10000);
    return buf;
}

char *format_iso_date(char *buf, int ymd)
{
    if (ymd <= 0)
        buf[0] = '\0';
    else
        snprintf(buf, 16, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
    return buf;
}

char *format_number(char *buf, double v, int decimals)
{
    if (!isfinite(v)) {
        snprintf(buf, 64, "?");
        return buf;
    }
    snprintf(buf, 64, "%.*f", decimals, v);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf);
        while (end > dot + 1 && end[-1] == '0')
            *--end = '\0';
        if (end == dot + 1)
            *dot = '\0';
        else
            *dot = ',';
    }
    if (strcmp(buf, "-0") == 0)
        snprintf(buf, 64, "0");
    return buf;
}

const char *level_words(congdoan_level level)
{
    switch (level) {
    case CONGDOAN_LEVEL_CENTRAL: return "trung ương";
    case CONGDOAN_LEVEL_PROVINCIAL: return "tỉnh, ngành";
    case CONGDOAN_LEVEL_UPPER_GRASSROOTS: return "cấp trên cơ sở";
    case CONGDOAN_LEVEL_GRASSROOTS: return "cơ sở";
    default: return "";
    }
}

const char *sector_words(congdoan_sector sector)
{
    switch (sector) {
    case CONGDOAN_SECTOR_PUBLIC: return "HCSN";
    case CONGDOAN_SECTOR_STATE_ENTERPRISE: return "DNNN";
    case CONGDOAN_SECTOR_NON_STATE_ENTERPRISE: return "ngoài NN";
    default: return "";
    }
}

const char *relation_words(congdoan_relation_type type)
{
    switch (type) {
    case CONGDOAN_RELATION_IMPLEMENTS: return "thực hiện";
    case CONGDOAN_RELATION_BASED_ON: return "căn cứ";
    case CONGDOAN_RELATION_CONCRETISES: return "cụ thể hóa";
    case CONGDOAN_RELATION_AMENDS: return "sửa đổi";
    case CONGDOAN_RELATION_REPLACES: return "thay thế";
    case CONGDOAN_RELATION_REVIEWS: return "sơ kết, tổng kết";
    default: return "?";
    }
}

const char *task_status_words(congdoan_task_status status)
{
    switch (status) {
    case CONGDOAN_TASK_NOT_STARTED: return "chưa triển khai";
    case CONGDOAN_TASK_IN_PROGRESS: return "đang thực hiện";
    case CONGDOAN_TASK_DONE: return "hoàn thành";
    case CONGDOAN_TASK_CANCELLED: return "không thực hiện";
    default: return "chưa báo cáo";
    }
}

const char *grade_words(congdoan_grade grade)
{
    switch (grade) {
    case CONGDOAN_GRADE_EXCELLENT: return "HTXSNV";
    case CONGDOAN_GRADE_GOOD: return "HTTNV";
    case CONGDOAN_GRADE_COMPLETED: return "HTNV";
    case CONGDOAN_GRADE_NOT_COMPLETED: return "KHTNV";
    default: return "";
    }
}

char *period_words(const char *code)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    congdoan_period_kind kind;
    int first, last;
    if (!code || congdoan_period_parse(code, &kind, &first, &last) != 0)
        return xstrdup(code ? code : "");
    int year = first / 10000, month = first / 100 % 100;
    switch (kind) {
    case CONGDOAN_PERIOD_YEAR: return xprintf("năm %d", year);
    case CONGDOAN_PERIOD_HALF_YEAR:
        return xprintf("6 tháng %s năm %d", month == 1 ? "đầu" : "cuối", year);
    case CONGDOAN_PERIOD_QUARTER: return xprintf("quý %s/%d", roman[(month - 1) / 3], year);
    case CONGDOAN_PERIOD_MONTH: return xprintf("tháng %02d/%d", month, year);
    case CONGDOAN_PERIOD_DAY: {
        char buf[16];
        return xprintf("ngày %s", format_date(buf, first));
    }
    default: return xstrdup(code);
    }
}

const char *unit_label(const congdoan_unit *unit)
{
    if (!unit)
        return "";
    const char *short_name = congdoan_unit_short_name(unit);
    return short_name ? short_name : congdoan_unit_name(unit);
}

char *unit_short_label(const congdoan_unit *unit)
{
    static const char prefix[] = "Công đoàn cơ sở ";
    if (!unit)
        return xstrdup("");
    const char *label = unit_label(unit);
    if (!congdoan_unit_short_name(unit) && strncmp(label, prefix, sizeof prefix - 1) == 0)
        return xprintf("CĐCS %s", label + sizeof prefix - 1);
    return xstrdup(label);
}

const char *document_label(const congdoan_document *doc)
{
    const char *number = congdoan_document_number(doc);
    return number ? number : congdoan_document_id(doc);
}

char *format_target(const congdoan_indicator *ind)
{
    congdoan_measure measure = congdoan_indicator_measure(ind);
    const char *suffix = (measure == CONGDOAN_MEASURE_PERCENTAGE || measure == CONGDOAN_MEASURE_SHARE_OF_UNITS) ? "%" : "";
    char a[64], b[64];
    format_number(a, congdoan_indicator_target(ind), 4);
    switch (congdoan_indicator_comparator(ind)) {
    case CONGDOAN_COMPARATOR_AT_LEAST: return xprintf("≥ %s%s", a, suffix);
    case CONGDOAN_COMPARATOR_AT_MOST: return xprintf("≤ %s%s", a, suffix);
    case CONGDOAN_COMPARATOR_EXACTLY: return xprintf("= %s%s", a, suffix);
    case CONGDOAN_COMPARATOR_RANGE: {
        double max = 0;
        if (congdoan_indicator_target_max(ind, &max) != 0)
            return xprintf("≥ %s%s", a, suffix);
        return xprintf("%s–%s%s", a, format_number(b, max, 4), suffix);
    }
    default: return xprintf("%s%s", a, suffix);
    }
}

/* ---- display width and tables ------------------------------------------------------------- */

/* Decode one UTF-8 sequence at s (s[0] != 0): the code point, or -1 for a bad byte; *len is
 * the number of bytes taken (1 for a bad byte). */
static long utf8_decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    size_t n = utf8_sequence_length(s);
    if (n == 0) {
        *len = 1;
        return -1;
    }
    long cp = n == 2 ? (s[0] & 0x1F) : n == 3 ? (s[0] & 0x0F) : (s[0] & 0x07);
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    *len = n;
    return cp;
}

static int codepoint_width(long cp)
{
    if (cp < 0)
        return 1;
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F) ||
        cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

size_t display_width(const char *str)
{
    size_t width = 0;
    const unsigned char *s = (const unsigned char *)(str ? str : "");
    while (*s) {
        size_t len;
        long cp = utf8_decode(s, &len);
        width += (size_t)codepoint_width(cp);
        s += len;
    }
    return width;
}

char *fit_width(const char *str, size_t width)
{
    const unsigned char *s = (const unsigned char *)(str ? str : "");
    size_t total = display_width(str);
    size_t budget = total <= width ? total : (width > 0 ? width - 1 : 0); /* room for "…" */
    size_t bytes = strlen((const char *)s);
    char *out = xmalloc(bytes + 4);
    size_t o = 0, used = 0;
    int space = 0;
    while (*s) {
        size_t len;
        long cp = utf8_decode(s, &len);
        if (cp >= 0 && (cp < 0x20 || cp == 0x7F)) {
            /* a run of control characters becomes one space */
            s += len;
            if (space)
                continue;
            space = 1;
            if (used + 1 > budget)
                break;
            out[o++] = ' ';
            used++;
            continue;
        }
        space = 0;
        int w = codepoint_width(cp);
        if (used + (size_t)w > budget)
            break;
        memcpy(out + o, s, len);
        o += len;
        used += (size_t)w;
        s += len;
    }
    /* combining marks that follow the last letter kept stay with it */
    while (*s) {
        size_t len;
        long cp = utf8_decode(s, &len);
        if (codepoint_width(cp) != 0 || cp < 0x80)
            break;
        memcpy(out + o, s, len);
        o += len;
        s += len;
    }
    if (total > width && width > 0) {
        /* drop a space before the ellipsis: "word …" reads as two things */
        while (o > 0 && out[o - 1] == ' ')
            o--;
        memcpy(out + o, "…", 3);
        o += 3;
    }
    out[o] = '\0';
    return out;
}

void put_line(FILE *out, const char *s, int width)
{
    char *fitted = fit_width(s, width > 0 ? (size_t)width : display_width(s));
    fputs(fitted, out);
    fputc('\n', out);
    free(fitted);
}

void put_padded(FILE *out, const char *s, size_t width)
{
    fputs(s, out);
    for (size_t w = display_width(s); w < width; w++)
        fputc(' ', out);
}

typedef struct table_column_info {
    char *header;
    column_align align;
    size_t max;
} table_column_info;

struct table {
    size_t columns;
    table_column_info *cols;
    char **cells;          /* rows × columns */
    char **details;        /* one per row, or NULL */
    size_t rows, capacity;
    size_t flex;           /* the column that gives way, or (size_t)-1 */
    int no_header;
};

table *table_new(size_t columns)
{
    table *t = xcalloc(1, sizeof *t);
    t->columns = columns;
    t->cols = xcalloc(columns, sizeof *t->cols);
    t->flex = (size_t)-1;
    return t;
}

void table_free(table *t)
{
    if (!t)
        return;
    for (size_t c = 0; c < t->columns; c++)
        free(t->cols[c].header);
    for (size_t i = 0; i < t->rows * t->columns; i++)
        free(t->cells[i]);
    for (size_t r = 0; r < t->rows; r++)
        free(t->details[r]);
    free(t->cols);
    free(t->cells);
    free(t->details);
    free(t);
}

void table_column(table *t, size_t c, const char *header, column_align align, size_t max)
{
    free(t->cols[c].header);
    t->cols[c].header = xstrdup(header);
    t->cols[c].align = align;
    t->cols[c].max = max;
}

void table_flex(table *t, size_t c)
{
    t->flex = c;
}

void table_no_header(table *t)
{
    t->no_header = 1;
}

void table_row(table *t)
{
    if (t->rows == t->capacity) {
        t->capacity = t->capacity ? t->capacity * 2 : 16;
        t->cells = xrealloc(t->cells, t->capacity * t->columns * sizeof *t->cells);
        t->details = xrealloc(t->details, t->capacity * sizeof *t->details);
    }
    for (size_t c = 0; c < t->columns; c++)
        t->cells[t->rows * t->columns + c] = NULL;
    t->details[t->rows] = NULL;
    t->rows++;
}

void table_set(table *t, size_t c, const char *s)
{
    char **cell = &t->cells[(t->rows - 1) * t->columns + c];
    free(*cell);
    *cell = s ? xstrdup(s) : NULL;
}

void table_setf(table *t, size_t c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvprintf(fmt, ap);
    va_end(ap);
    char **cell = &t->cells[(t->rows - 1) * t->columns + c];
    free(*cell);
    *cell = s;
}

void table_detail(table *t, const char *s)
{
    free(t->details[t->rows - 1]);
    t->details[t->rows - 1] = s ? xstrdup(s) : NULL;
}

size_t table_row_count(const table *t)
{
    return t->rows;
}

static void put_spaces(FILE *out, size_t n)
{
    while (n--)
        fputc(' ', out);
}

/* Print one line of cells (the header when `cells` is NULL). */
static void table_print_line(const table *t, FILE *out, size_t indent, const size_t *widths, char *const *cells,
                             int header)
{
    /* the last column that is not empty: nothing is printed after it, not even padding */
    size_t last = 0;
    for (size_t c = 0; c < t->columns; c++) {
        const char *s = header ? t->cols[c].header : cells[c];
        if (widths[c] > 0 && s && *s)
            last = c;
    }
    put_spaces(out, indent);
    int first = 1;
    for (size_t c = 0; c <= last; c++) {
        if (widths[c] == 0)
            continue;
        if (!first)
            fputs("  ", out);
        first = 0;
        const char *s = header ? t->cols[c].header : cells[c];
        char *fitted = fit_width(s ? s : "", widths[c]);
        size_t w = display_width(fitted);
        if (t->cols[c].align == ALIGN_RIGHT)
            put_spaces(out, widths[c] - w);
        fputs(fitted, out);
        if (t->cols[c].align == ALIGN_LEFT && c != last)
            put_spaces(out, widths[c] - w);
        free(fitted);
    }
    fputc('\n', out);
}

void table_print(const table *t, FILE *out, size_t indent, int width)
{
    size_t *widths = xcalloc(t->columns, sizeof *widths);
    int *used = xcalloc(t->columns, sizeof *used);
    for (size_t c = 0; c < t->columns; c++) {
        size_t w = 0;
        for (size_t r = 0; r < t->rows; r++) {
            const char *s = t->cells[r * t->columns + c];
            if (s && *s) {
                used[c] = 1;
                size_t sw = display_width(s);
                if (sw > w)
                    w = sw;
            }
        }
        if (!used[c]) {
            widths[c] = 0; /* a column with nothing in it is left out, header and all */
            continue;
        }
        if (!t->no_header) {
            size_t hw = display_width(t->cols[c].header);
            if (hw > w)
                w = hw;
        }
        if (t->cols[c].max && w > t->cols[c].max)
            w = t->cols[c].max;
        widths[c] = w;
    }
    if (width > 0 && t->flex < t->columns && widths[t->flex] > 0) {
        size_t total = indent, shown = 0;
        for (size_t c = 0; c < t->columns; c++)
            if (widths[c] > 0) {
                total += widths[c];
                shown++;
            }
        total += shown > 1 ? 2 * (shown - 1) : 0;
        if (total > (size_t)width) {
            size_t excess = total - (size_t)width;
            size_t min = 12;
            size_t hw = t->no_header ? 0 : display_width(t->cols[t->flex].header);
            if (hw > min)
                min = hw;
            widths[t->flex] = widths[t->flex] > excess + min ? widths[t->flex] - excess
                                                               : (widths[t->flex] < min ? widths[t->flex] : min);
        }
    }
    if (!t->no_header) {
        table_print_line(t, out, indent, widths, NULL, 1);
        put_spaces(out, indent);
        int first = 1;
        for (size_t c = 0; c < t->columns; c++) {
            if (widths[c] == 0)
                continue;
            if (!first)
                fputs("  ", out);
            first = 0;
            for (size_t k = 0; k < widths[c]; k++)
                fputs("─", out);
        }
        fputc('\n', out);
    }
    /* details go under the second column shown */
    size_t detail_indent = indent;
    for (size_t c = 0, seen = 0; c < t->columns; c++)
        if (widths[c] > 0) {
            if (seen++ == 1)
                break;
            detail_indent += widths[c] + 2;
        }
    for (size_t r = 0; r < t->rows; r++) {
        table_print_line(t, out, indent, widths, &t->cells[r * t->columns], 0);
        for (const char *line = t->details[r]; line && *line;) {
            const char *end = strchr(line, '\n');
            size_t len = end ? (size_t)(end - line) : strlen(line);
            char *one = xmalloc(len + 1);
            memcpy(one, line, len);
            one[len] = '\0';
            size_t room = width > 0 && (size_t)width > detail_indent + 12 ? (size_t)width - detail_indent : 0;
            char *fitted = fit_width(one, room ? room : display_width(one));
            put_spaces(out, detail_indent);
            fputs(fitted, out);
            fputc('\n', out);
            free(fitted);
            free(one);
            line = end ? end + 1 : line + len;
        }
    }
    free(widths);
    free(used);
}

/* ---- JSON --------------------------------------------------------------------------------- */

char *format_json_number(char *buf, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, 32, "null");
        return buf;
    }
    if (v == 0) {
        snprintf(buf, 32, "0");
        return buf;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(buf, 32, "%.0f", v);
        return buf;
    }
    /* at least as many significant digits as the whole part has, so that 930.5 is not 9.3e+02 */
    int first = 1;
    for (double a = fabs(v); a >= 10 && first < 17; a /= 10)
        first++;
    for (int precision = first; precision <= 17; precision++) {
        snprintf(buf, 32, "%.*g", precision, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return buf;
}

struct json_t *jw_check(struct json_t *v)
{
    if (!v) {
        print_error("out of memory");
        exit(EXIT_USAGE);
    }
    return v;
}

struct json_t *jw_make_string(const char *s)
{
    if (!s)
        return jw_check(json_null());
    json_t *v = json_string(s);
    if (v)
        return v;
    /* Not UTF-8 (a file name, say): one U+FFFD per byte that is not part of a sequence. */
    size_t n = strlen(s), k = 0;
    char *clean = xmalloc(n * 3 + 1);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t len = utf8_sequence_length(p);
        if (len == 0) {
            memcpy(clean + k, "\xEF\xBF\xBD", 3);
            k += 3;
            p++;
        } else {
            memcpy(clean + k, p, len);
            k += len;
            p += len;
        }
    }
    clean[k] = '\0';
    v = json_string(clean);
    free(clean);
    return jw_check(v);
}

struct json_t *jw_make_number(double v)
{
    if (!isfinite(v))
        return jw_check(json_null());
    if (v == floor(v) && fabs(v) < 1e15)
        return jw_check(json_integer((json_int_t)v));
    return jw_check(json_real(v));
}

void jw_init(jw_writer *w, FILE *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
}

/* Put `v` (a new reference, taken over) where the writer is: the root, the next element of the
 * array open, or the member of the object open under the key given last. */
static void jw_add(jw_writer *w, json_t *v)
{
    jw_check(v);
    if (w->depth == 0) {
        if (w->root)
            json_decref(w->root); /* a second outermost value: a bug of the caller; keep the last */
        w->root = v;
        return;
    }
    json_t *top = w->stack[w->depth - 1];
    int rc;
    if (json_is_object(top)) {
        rc = json_object_set_new(top, w->key ? w->key : "", v);
        free(w->key);
        w->key = NULL;
    } else {
        rc = json_array_append_new(top, v);
    }
    if (rc != 0)
        jw_check(NULL);
}

static void jw_open(jw_writer *w, json_t *container)
{
    jw_add(w, container);
    if (w->depth == w->capacity) {
        w->capacity = w->capacity ? w->capacity * 2 : 16;
        w->stack = xrealloc(w->stack, w->capacity * sizeof *w->stack);
    }
    w->stack[w->depth++] = container;
}

static void jw_close(jw_writer *w)
{
    if (w->depth > 0)
        w->depth--;
}

void jw_begin_object(jw_writer *w) { jw_open(w, json_object()); }
void jw_end_object(jw_writer *w) { jw_close(w); }
void jw_begin_array(jw_writer *w) { jw_open(w, json_array()); }
void jw_end_array(jw_writer *w) { jw_close(w); }

void jw_key(jw_writer *w, const char *key)
{
    free(w->key);
    w->key = xstrdup(key);
}

void jw_string(jw_writer *w, const char *s) { jw_add(w, jw_make_string(s)); }
void jw_number(jw_writer *w, double v) { jw_add(w, jw_make_number(v)); }
void jw_integer(jw_writer *w, long long v) { jw_add(w, json_integer((json_int_t)v)); }
void jw_bool(jw_writer *w, int v) { jw_add(w, json_boolean(v)); }
void jw_null(jw_writer *w) { jw_add(w, json_null()); }

void jw_date(jw_writer *w, int ymd)
{
    char buf[16];
    if (ymd > 0)
        jw_string(w, format_iso_date(buf, ymd));
    else
        jw_null(w);
}

int jw_finish(jw_writer *w)
{
    int rc = 0;
    if (w->root) {
        rc = json_dumpf(w->root, w->out, JW_DUMP_FLAGS) == 0 ? 0 : -1;
        if (fputc('\n', w->out) == EOF)
            rc = -1;
        json_decref(w->root);
    }
    free(w->stack);
    free(w->key);
    memset(w, 0, sizeof *w);
    return rc;
}

void jw_kv_string(jw_writer *w, const char *key, const char *s) { jw_key(w, key); jw_string(w, s); }
void jw_kv_number(jw_writer *w, const char *key, double v) { jw_key(w, key); jw_number(w, v); }
void jw_kv_integer(jw_writer *w, const char *key, long long v) { jw_key(w, key); jw_integer(w, v); }
void jw_kv_bool(jw_writer *w, const char *key, int v) { jw_key(w, key); jw_bool(w, v); }
void jw_kv_date(jw_writer *w, const char *key, int ymd) { jw_key(w, key); jw_date(w, ymd); }
void jw_kv_null(jw_writer *w, const char *key) { jw_key(w, key); jw_null(w); }

void jw_unit(jw_writer *w, const congdoan_unit *unit)
{
    if (!unit) {
        jw_null(w);
        return;
    }
    jw_begin_object(w);
    jw_kv_string(w, "id", congdoan_unit_id(unit));
    jw_kv_string(w, "name", congdoan_unit_name(unit));
    jw_kv_string(w, "short_name", congdoan_unit_short_name(unit));
    jw_end_object(w);
}

void jw_document(jw_writer *w, const congdoan_document *doc)
{
    if (!doc) {
        jw_null(w);
        return;
    }
    jw_begin_object(w);
    jw_kv_string(w, "id", congdoan_document_id(doc));
    jw_kv_string(w, "number", congdoan_document_number(doc));
    jw_kv_string(w, "kind", congdoan_document_kind_name(congdoan_document_get_kind(doc)));
    jw_kv_string(w, "title", congdoan_document_title(doc));
    jw_end_object(w);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

void csv_init(csv_writer *w, FILE *out)
{
    w->out = out;
    w->column = 0;
}

static void csv_separator(csv_writer *w)
{
    if (w->column++ > 0)
        fputc(',', w->out);
}

void csv_string(csv_writer *w, const char *s)
{
    csv_separator(w);
    if (!s || !*s)
        return;
    size_t n = strlen(s);
    int quote = s[0] == ' ' || s[n - 1] == ' ' || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        fputs(s, w->out);
        return;
    }
    fputc('"', w->out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', w->out);
        fputc(*s, w->out);
    }
    fputc('"', w->out);
}

void csv_number(csv_writer *w, double v)
{
    char buf[32];
    csv_separator(w);
    if (isfinite(v))
        fputs(format_json_number(buf, v), w->out);
}

void csv_integer(csv_writer *w, long long v)
{
    csv_separator(w);
    fprintf(w->out, "%lld", v);
}

void csv_date(csv_writer *w, int ymd)
{
    char buf[16];
    csv_separator(w);
    if (ymd > 0)
        fputs(format_iso_date(buf, ymd), w->out);
}

void csv_empty(csv_writer *w)
{
    csv_separator(w);
}

void csv_end_row(csv_writer *w)
{
    fputs("\r\n", w->out);
    w->column = 0;
}

void csv_header(csv_writer *w, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        csv_string(w, names[i]);
    csv_end_row(w);
}
