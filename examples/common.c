/*
 * congdoan — what the commands share: messages, issue lines, memory, loading the data, naming
 * what is in it the way people type it, the output, and words and numbers for text output.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#if defined(__linux__)
#define _GNU_SOURCE /* sched_getaffinity(), CPU_COUNT */
#include <sched.h>
#endif
#include "common.h"

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
    vfprintf(stderr, _(fmt), ap);
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
        fprintf(stderr, "%s: ", _(what));
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
    /* machine names in JSON and CSV; text output translates them (N_) */
    case CONGDOAN_SEVERITY_ERROR: return N_("error");
    case CONGDOAN_SEVERITY_WARNING: return N_("warning");
    case CONGDOAN_SEVERITY_INFO: return N_("info");
    default: return N_("unknown");
    }
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

char *xvprintf(const char *fmt, va_list ap)
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
        fprintf(stderr, _("loading %s … "), path);
        fflush(stderr);
    }
    size_t before = congdoan_issues_count(issues);
    int rc = congdoan_corpus_load_path(corpus, path, issues);
    if (show_progress)
        fprintf(stderr, rc == 0 ? _("XML files read: %zu\n") : _("XML files read: %zu; the load failed\n"), files);
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
        print_error("the data in '%s' has errors and was not loaded; '%s validate %s' lists them all", path,
                    PROGRAM_NAME, path);
        status = EXIT_INVALID;
    }
    free(path);
    return status;
}

/* The processors this process may run on: those online, fewer when it is pinned (taskset, a
 * container's cpuset). */
static long usable_processors(void)
{
#if defined(__linux__)
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return CPU_COUNT(&set);
#endif
    return sysconf(_SC_NPROCESSORS_ONLN);
}

void use_load_threads(congdoan_corpus *corpus)
{
    /* the same result either way; with a second processor the load takes about the time of
     * libxml2's parse alone (congdoan_corpus_set_load_threads), and on one it would take longer
     * than one thread */
    if (usable_processors() > 1)
        (void)congdoan_corpus_set_load_threads(corpus, 2);
}

int load_data(const command *cmd, const parsed_args *o, congdoan_corpus **out)
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
    } else {
        use_load_threads(corpus);
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

/* The kinds of thing looked up; each message is whole, for the translations' grammar. */
enum { LOOKUP_UNIT, LOOKUP_DOCUMENT, LOOKUP_TASK };

/* Print the candidates of a failed look-up under the error: the several matches of an
 * ambiguous query, or the nearest names ("did you mean"). */
static void print_candidates(const congdoan_matches *m, int kind, const char *query)
{
    size_t n = congdoan_matches_count(m);
    int several = congdoan_matches_ambiguous(m);
    fflush(stdout);
    fprintf(stderr, "%s: ", PROGRAM_NAME);
    if (kind == LOOKUP_UNIT)
        fprintf(stderr,
                several  ? _("'%s' matches several units; choose one of these:")
                : n == 0 ? _("there is no unit '%s' in the data, nor a name close to it")
                         : _("there is no unit '%s' in the data; did you mean:"),
                query);
    else if (kind == LOOKUP_DOCUMENT)
        fprintf(stderr,
                several  ? _("'%s' matches several documents; choose one of these:")
                : n == 0 ? _("there is no document '%s' in the data, nor a number or title close to it")
                         : _("there is no document '%s' in the data; did you mean:"),
                query);
    else
        fprintf(stderr,
                several  ? _("'%s' matches several tasks; choose one of these:")
                : n == 0 ? _("there is no task '%s' in the data, nor an id close to it")
                         : _("there is no task '%s' in the data; did you mean:"),
                query);
    fputc('\n', stderr);
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
static int lookup_failed(int rc, congdoan_matches *m, int kind, const char *query)
{
    if (rc == CONGDOAN_ENOTFOUND) {
        print_candidates(m, kind, query);
        congdoan_matches_free(m);
        return EXIT_INVALID;
    }
    congdoan_matches_free(m);
    char *what = xprintf(kind == LOOKUP_UNIT       ? _("cannot look up the unit '%s'")
                         : kind == LOOKUP_DOCUMENT ? _("cannot look up the document '%s'")
                                                   : _("cannot look up the task '%s'"),
                         query);
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
    return lookup_failed(rc, m, LOOKUP_DOCUMENT, arg);
}

int find_task(const congdoan_corpus *corpus, const congdoan_document *doc, const char *arg, const congdoan_task **out)
{
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_task(corpus, doc, arg, out, &m);
    if (rc == 0) {
        congdoan_matches_free(m);
        return EXIT_OK;
    }
    return lookup_failed(rc, m, LOOKUP_TASK, arg);
}

int find_unit(const congdoan_corpus *corpus, const char *arg, const congdoan_unit **out)
{
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_unit(corpus, arg, out, &m);
    if (rc == 0) {
        congdoan_matches_free(m);
        return EXIT_OK;
    }
    return lookup_failed(rc, m, LOOKUP_UNIT, arg);
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

/* ---- output ------------------------------------------------------------------------------------ */

int text_width(const parsed_args *a)
{
    if (a->width >= 0)
        return a->width;
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return DEFAULT_TEXT_WIDTH;
}

/* ---- a growing string -------------------------------------------------------------------- */

/* Hand what a streaming buffer holds to its sink (stdio buffers it further). After a failure
 * the text is dropped: sb_flush() reports the error. */
static void sb_flush_some(sbuf *b)
{
    if (b->len && !b->sink_error && fwrite(b->data, 1, b->len, b->sink) != b->len)
        b->sink_error = errno ? errno : EIO;
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (b->len + n + 1 > cap)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    if (b->sink && b->len >= SB_FLUSH_AT)
        sb_flush_some(b);
}

void sb_stream(sbuf *b, FILE *sink)
{
    b->sink = sink;
    b->sink_error = 0;
}

int sb_flush(sbuf *b)
{
    if (!b->sink)
        return 0;
    sb_flush_some(b);
    if (fflush(b->sink) != 0 && !b->sink_error)
        b->sink_error = errno ? errno : EIO;
    return b->sink_error;
}

void sb_puts(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_put(b, s, (size_t)n);
    free(s);
}

void sb_free(sbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

renderer *start_output(const command *cmd, const parsed_args *a, const char *csv_table)
{
    return renderer_new(a->format, stdout, text_width(a), cmd->name, csv_table, 0);
}

int output_failure_said;

int finish_output(renderer *r, int status)
{
    if (renderer_finish(r) != 0) {
        print_error("cannot write the output: %s", strerror(errno ? errno : EIO));
        output_failure_said = 1;
        return EXIT_USAGE;
    }
    return status;
}

/* ---- writing files -------------------------------------------------------------------- */

/* The temporary file is NAME.XXXXXX next to `path`, so that the rename stays in one file
 * system; it gets the permissions of a file made by the program (0644), fsync() before it is put
 * in place, and link() (which refuses to replace) when `path` must not be replaced. */
int new_file_open(new_file *nf, const char *path, int force)
{
    memset(nf, 0, sizeof *nf);
    if (!force && access(path, F_OK) == 0) {
        print_error("'%s' exists already: not replaced (use --force to replace it)", path);
        return EXIT_USAGE;
    }
    char *tmp = xprintf("%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "wb");
    if (!f) {
        print_error("cannot write '%s': %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        return EXIT_USAGE;
    }
    nf->f = f;
    nf->path = xstrdup(path);
    nf->tmp = tmp;
    nf->force = force;
    return EXIT_OK;
}

int new_file_commit(new_file *nf)
{
    if (!nf->f)
        return EXIT_USAGE;
    int err = 0, fd = fileno(nf->f);
    if (fflush(nf->f) != 0 || ferror(nf->f))
        err = errno ? errno : EIO;
    if (!err && fchmod(fd, 0644) != 0)
        err = errno;
    if (!err && fsync(fd) != 0)
        err = errno;
    if (fclose(nf->f) != 0 && !err)
        err = errno ? errno : EIO;
    nf->f = NULL;
    if (!err) {
        if (nf->force) {
            if (rename(nf->tmp, nf->path) != 0)
                err = errno;
        } else if (link(nf->tmp, nf->path) != 0) {
            err = errno;
        }
    }
    unlink(nf->tmp); /* after link(), or after a failure; after rename() it is gone already */
    if (err) {
        if (err == EEXIST)
            print_error("'%s' exists already: not replaced (use --force to replace it)", nf->path);
        else
            print_error("cannot write '%s': %s", nf->path, strerror(err));
    }
    free(nf->tmp);
    free(nf->path);
    nf->tmp = nf->path = NULL;
    return err ? EXIT_USAGE : EXIT_OK;
}

void new_file_abandon(new_file *nf)
{
    if (!nf->f)
        return;
    fclose(nf->f);
    unlink(nf->tmp);
    free(nf->tmp);
    free(nf->path);
    memset(nf, 0, sizeof *nf);
}

FILE *temp_file(char **path)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    char *name = xprintf("%s/congdoan-XXXXXX", dir);
    int fd = mkstemp(name);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "w+b");
    if (!f) {
        print_error("cannot make a temporary file in %s: %s", dir, strerror(errno));
        if (fd >= 0)
            close(fd);
    }
    if (!f || !path) {
        if (fd >= 0)
            unlink(name);
        free(name);
        name = NULL;
    }
    if (path)
        *path = name;
    return f;
}

int copy_to_stdout(FILE *f)
{
    char chunk[65536];
    size_t n;
    int err = 0;
    rewind(f);
    while (!err && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (fwrite(chunk, 1, n, stdout) != n)
            err = errno ? errno : EIO;
    if (!err && ferror(f))
        err = errno ? errno : EIO;
    if (!err && fflush(stdout) != 0)
        err = errno ? errno : EIO;
    if (err) {
        print_error("cannot write to standard output: %s", strerror(err));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

int write_file(const char *path, const char *data, size_t size, int force)
{
    new_file nf;
    int status = new_file_open(&nf, path, force);
    if (status != EXIT_OK)
        return status;
    fwrite(data, 1, size, nf.f); /* a failure sticks to the stream: commit reports it */
    return new_file_commit(&nf);
}

/* ---- words and numbers ------------------------------------------------------------------------------ */

char *format_date(char *buf, int ymd)
{
    if (ymd <= 0)
        buf[0] = '\0';
    else
        snprintf(buf, 16, "%02d/%02d/%04d", ymd % 100, ymd / 100 % 100, ymd / 10000);
    return buf;
}

char *vn_number(double v, int decimals)
{
    char *s = NULL;
    if (congdoan_number_format(v, decimals, &s) != 0)
        return xstrdup(isfinite(v) ? "?" : "—");
    char *copy = xstrdup(s);
    congdoan_free(s);
    return copy;
}

char *period_words(const char *code)
{
    char *s = NULL;
    if (!code || congdoan_period_label(code, &s) != 0)
        return xstrdup(code ? code : "");
    char *copy = xstrdup(s);
    congdoan_free(s);
    return copy;
}

const char *unit_label(const congdoan_unit *unit)
{
    if (!unit)
        return "";
    const char *short_name = congdoan_unit_short_name(unit);
    return short_name ? short_name : congdoan_unit_name(unit);
}

/* "LĐLĐ huyện Sìn Hồ, CĐVC tỉnh Lai Châu": the first `most` of `units`, then "và N đơn vị
 * khác" for the rest (0: all). malloc'd. */
char *unit_list_words(const congdoan_unit *const *units, size_t n, size_t most)
{
    size_t shown = most && n > most ? most : n, len = 64;
    for (size_t k = 0; k < shown; k++)
        len += strlen(unit_label(units[k])) + 2;
    char *s = xmalloc(len);
    s[0] = '\0';
    for (size_t k = 0; k < shown; k++) {
        if (k)
            strcat(s, ", ");
        strcat(s, unit_label(units[k]));
    }
    if (shown < n)
        snprintf(s + strlen(s), len - strlen(s), " và %zu đơn vị khác", n - shown);
    return s;
}

char *left_out_words(const congdoan_progress *p, size_t i, size_t most)
{
    int score = congdoan_indicator_measure(congdoan_progress_indicator(p, i)) == CONGDOAN_MEASURE_SCORE;
    size_t n = score ? congdoan_progress_score_left_out_count(p, i) : congdoan_progress_rate_only_count(p, i);
    const congdoan_unit **units = xcalloc(n ? n : 1, sizeof *units);
    for (size_t k = 0; k < n; k++)
        units[k] = score ? congdoan_progress_score_left_out_unit(p, i, k) : congdoan_progress_rate_only_unit(p, i, k);
    char *words = unit_list_words(units, n, most);
    free(units);
    return words;
}

const char *document_label(const congdoan_document *doc)
{
    const char *number = congdoan_document_number(doc);
    return number ? number : congdoan_document_id(doc);
}

int is_percent(const congdoan_indicator *ind)
{
    congdoan_measure m = congdoan_indicator_measure(ind);
    return m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS;
}

/* The words a figure of this indicator is written with: "%", " đồng" (or " triệu đồng" from a
 * million up, the figure then in millions), " USD" for another currency, "/100 điểm" for a
 * score on a scale of 100 (" điểm" without a scale); "" for counts and averages. *scale: what
 * the figure is divided by. The words are in buf (32 bytes) when they are made here. */
static const char *figure_unit(const congdoan_indicator *ind, double v, double *scale, char *buf)
{
    *scale = 1;
    if (is_percent(ind))
        return "%";
    switch (congdoan_indicator_measure(ind)) {
    case CONGDOAN_MEASURE_MONEY: {
        const char *currency = congdoan_indicator_currency(ind);
        if (currency && strcmp(currency, "VND") != 0)
            return currency; /* a code of its own: "1.500 USD" (unit_space) */
        if (fabs(v) >= 1e6) {
            *scale = 1e6;
            return " triệu đồng";
        }
        return " đồng";
    }
    case CONGDOAN_MEASURE_SCORE: {
        double max;
        if (congdoan_indicator_score_max(ind, &max) != 0)
            return " điểm";
        char *m = vn_number(max, 4);
        snprintf(buf, 32, "/%s điểm", m); /* "92,5/100 điểm" */
        free(m);
        return buf;
    }
    default: return "";
    }
}

/* The space before a currency code ("1.500 USD"); the other units carry their own. */
static const char *unit_space(const char *unit)
{
    return unit[0] >= 'A' && unit[0] <= 'Z' ? " " : "";
}

char *format_target(const congdoan_indicator *ind)
{
    double target = congdoan_indicator_target(ind), scale;
    char buf[32];
    const char *unit = figure_unit(ind, target, &scale, buf);
    char *suffix_owned = xprintf("%s%s", unit_space(unit), unit);
    const char *suffix = suffix_owned;
    char *a = vn_number(target / scale, 4), *s;
    double max = 0;
    congdoan_comparator cmp = congdoan_indicator_comparator(ind);
    int range = cmp == CONGDOAN_COMPARATOR_RANGE || cmp == CONGDOAN_COMPARATOR_RANGE_OR_MORE;
    if (range && congdoan_indicator_target_max(ind, &max) == 0) {
        char *b = vn_number(max / scale, 4);
        s = xprintf("%s%s%s%s%s", a, congdoan_comparator_abbreviation(cmp), b, suffix,
                    cmp == CONGDOAN_COMPARATOR_RANGE_OR_MORE ? " trở lên" : "");
        free(b);
    } else if (range) { /* a range without its upper end: at least the lower one */
        s = xprintf("%s %s%s", congdoan_comparator_abbreviation(CONGDOAN_COMPARATOR_AT_LEAST), a, suffix);
    } else if (cmp == CONGDOAN_COMPARATOR_TARGET || !congdoan_comparator_abbreviation(cmp)) {
        s = xprintf("%s%s", a, suffix); /* a bare target (phấn đấu): the figure */
    } else {
        s = xprintf("%s %s%s", congdoan_comparator_abbreviation(cmp), a, suffix);
    }
    free(a);
    free(suffix_owned);
    return s;
}

char *figure_words(const congdoan_indicator *ind, double v)
{
    /* as many decimals as it takes for the rounded figure to be judged as the figure is, by the
     * library's own rule (congdoan_indicator_judge) */
    double scale;
    char buf[32];
    const char *unit = figure_unit(ind, v, &scale, buf);
    congdoan_eval_status verdict = congdoan_indicator_judge(ind, v);
    int decimals = 2;
    for (; decimals < 6; decimals++) {
        char plain[64];
        snprintf(plain, sizeof plain, "%.*f", decimals, v / scale);
        if (congdoan_indicator_judge(ind, strtod(plain, NULL) * scale) == verdict)
            break;
    }
    char *n = vn_number(v / scale, decimals);
    char *s = xprintf("%s%s%s", n, unit_space(unit), unit);
    free(n);
    return s;
}
