/*
 * congdoan validate — check files and folders and print every issue found.
 *
 * Every file is read by the library's loader first (congdoan_corpus_load_file()), which checks
 * what the vocabulary says and gives one clear message with its line and column for each
 * problem; the files it accepts are loaded into one corpus, so that references between files
 * resolve, and the corpus is checked as a whole (congdoan_corpus_check()). With --schema, the
 * files that are well-formed XML are also checked against the RELAX NG schema: libxml2's
 * validator is slow on large files (its cost grows faster than the file), so only files up to
 * SCHEMA_MAX_BYTES are, and its messages are said again in the vocabulary's words; where the
 * loader already explains a problem on the same line, the loader's message is the one kept.
 * The issues are printed sorted by file, line and column, the way appstreamcli validate prints
 * its own: "E: file:line:col: tag: message".
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Folders nested deeper than this are not followed (a symbolic link loop would never end). */
#define MAX_FOLDER_DEPTH 32
/* The largest file checked against the RELAX NG schema with --schema, in bytes and in elements:
 * libxml2 2.9.14's time grows with the square of the children of one element (on a 2-core
 * machine shared with others: 2 s for a megabyte of units, 17 s for 4 MiB, 82 s for 8 MiB; 2 s
 * for 20,000 foreign elements in one document, 35 s for 76,000), so both bound it to about 2 s. */
#define SCHEMA_MAX_BYTES (1L * 1024 * 1024)
#define SCHEMA_MAX_ELEMENTS 20000

enum { OPT_QUIET = 1, OPT_SCHEMA, OPT_NO_SCHEMA, OPT_STRICT, OPT_EXPLAIN, OPT_LIST_TAGS };

static const option_spec validate_options[] = {
    {OPT_QUIET, "quiet", 'q', NULL, N_("leave out information issues (I:) and the summary"), COMPLETE_NONE, NULL},
    {OPT_STRICT, "strict", 0, NULL, N_("warnings count as errors for the exit status (as appstreamcli --pedantic)"),
     COMPLETE_NONE, NULL},
    {OPT_SCHEMA, "schema", 0, NULL,
     N_("also check each well-formed file of up to 1 MiB and 20,000 elements against the RELAX NG schema of the "
     "vocabulary (its time grows faster than the file; the loader's own checks, as strict, always run)"),
     COMPLETE_NONE, NULL},
    {OPT_NO_SCHEMA, "no-schema", 0, NULL, N_("do not run the RELAX NG check (the default; kept for older scripts)"),
     COMPLETE_NONE, NULL},
    {OPT_EXPLAIN, "explain", 0, N_("TAG"), N_("say what an issue tag means and what to do about it, and exit"),
     COMPLETE_TAG, NULL},
    {OPT_LIST_TAGS, "list-tags", 0, NULL, N_("list every issue tag with its severity and explanation, and exit"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_validate(const command *cmd, const parsed_args *a);

const command cmd_validate = {
    .name = "validate",
    .summary = N_("check files or folders and list the problems found"),
    .arguments = N_("[PATH...]"),
    .argument_complete = COMPLETE_PATH,
    .description =
        N_("Check XML files of the congdoan vocabulary (units, documents, tasks, indicators, reports) and print "
        "every problem found.\n\n"
        "Each PATH is a file or a folder, given as an argument or with -d PATH; both may be repeated. With no "
        "PATH at all, those of the CONGDOAN_DATA environment variable (separated by ':') are checked. For a "
        "folder, every *.xml file below it is read, in sorted order; hidden files and folders (names starting "
        "with '.') are skipped. All files are loaded together, so one file may refer to the units and "
        "documents defined in another.\n\n"
        "Each file is read by the library's loader, which checks everything the vocabulary says: a file that "
        "is not well-formed XML gets only its well-formedness error (an empty file is said to be empty, a text "
        "file not to be XML); a file with an error is not loaded. Then everything loaded is checked as a whole: "
        "references that do not resolve, the levels of the hierarchy, impossible targets and dates, and the "
        "like. Units and documents defined in a file that was not loaded count as unknown in the other files.\n\n"
        "Every issue has a stable tag; 'congdoan validate --explain TAG' says what it means, and --list-tags "
        "lists them all."),
    .options = validate_options,
    .common = COMMON_DATA | COMMON_FORMAT | COMMON_TABLE | COMMON_WIDTH,
    .tables = "issues|tags",
    .output =
        N_("Text: one line per issue on standard output, sorted by file, line and column:\n"
        "  E: FILE:LINE:COLUMN: TAG: MESSAGE\n"
        "E: is an error (the data is wrong), W: a warning (probably a mistake), I: information (nothing is "
        "wrong). An issue without a line number is written \"E: FILE: TAG: MESSAGE\". Then a summary line on "
        "standard error, in the language of the messages, for example \"3 files, 0 errors, 2 warnings, 1 info\" "
        "(\"3 tệp, 0 lỗi, 2 cảnh báo, 1 thông tin\" in Vietnamese).\n\n"
        "JSON: a summary (files, files_not_loaded, errors, warnings, info: every issue found, also those --quiet "
        "leaves out) and \"issues\", one \"issue\" row each, in the order of the text. CSV: the issues (or, "
        "with --list-tags and --table tags, the tags). FORMATS.md lists the fields."),
    .exit_status = N_("  0  no errors (warnings and information do not count, unless --strict)\n"
                   "  1  at least one error (with --strict: or a warning)\n"
                   "  2  a usage error, or a PATH or file that cannot be read (the others are still\n"
                   "     checked and reported)\n"),
    .examples = N_("  congdoan validate examples/data\n"
                "  congdoan validate --strict --format json reports/\n"
                "  congdoan validate --explain unknown-unit\n"),
    .run = run_validate,
};

/* A growable list of malloc'd strings. */
typedef struct string_list {
    char **items;
    size_t count, capacity;
} string_list;

/* A file already read, by device and inode, so that a file named twice is read once. */
typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

typedef struct validation {
    int quiet, schema, strict;
    congdoan_corpus *corpus;
    congdoan_issues *issues;     /* everything the library reports */
    issue_record *extra;         /* problems the library reported only as its last error, and the
                                  * RELAX NG issues said again */
    size_t extra_count, extra_capacity;
    string_list extra_strings;   /* the strings of `extra`, owned here */
    file_id *seen;
    size_t seen_count, seen_capacity;
    size_t files;                /* files examined */
    size_t not_loaded;           /* of which not loaded because of errors */
    int io_problem;              /* a PATH or file could not be read (or worse): exit 2 */
    int out_of_memory;
} validation;

/* ---- small containers --------------------------------------------------------------------- */

static int grow(void **items, size_t *capacity, size_t need, size_t size)
{
    if (need <= *capacity)
        return 0;
    size_t cap = *capacity ? *capacity * 2 : 16;
    while (cap < need)
        cap *= 2;
    void *p = realloc(*items, cap * size);
    if (!p)
        return -1;
    *items = p;
    *capacity = cap;
    return 0;
}

/* Append `s` (taken over: freed on failure too). */
static int string_list_push(string_list *list, char *s)
{
    if (!s || grow((void **)&list->items, &list->capacity, list->count + 1, sizeof *list->items) != 0) {
        free(s);
        return -1;
    }
    list->items[list->count++] = s;
    return 0;
}

static void string_list_release(string_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}

static int string_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static char *join_path(const char *folder, const char *name)
{
    size_t a = strlen(folder), b = strlen(name);
    char *p = malloc(a + 1 + b + 1);
    if (!p)
        return NULL;
    memcpy(p, folder, a);
    p[a] = '/';
    memcpy(p + a + 1, name, b + 1);
    return p;
}

/* ---- finding the files -------------------------------------------------------------------- */

static int ends_with_xml(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

/* Add every *.xml file below `folder` to `files`, unsorted. Returns -1 when out of memory;
 * folders that cannot be read are reported and skipped. */
static int collect_folder(validation *v, const char *folder, int depth, string_list *files)
{
    if (depth > MAX_FOLDER_DEPTH) {
        print_error("not reading '%s': folders are nested more than %d deep", folder, MAX_FOLDER_DEPTH);
        v->io_problem = 1;
        return 0;
    }
    DIR *dir = opendir(folder);
    if (!dir) {
        print_error("cannot open folder '%s': %s", folder, strerror(errno));
        v->io_problem = 1;
        return 0;
    }
    int rc = 0;
    struct dirent *entry;
    for (;;) {
        errno = 0;
        entry = readdir(dir);
        if (!entry) {
            if (errno != 0) {
                print_error("cannot read folder '%s': %s", folder, strerror(errno));
                v->io_problem = 1;
            }
            break;
        }
        if (entry->d_name[0] == '.')
            continue;
        char *path = join_path(folder, entry->d_name);
        if (!path) {
            rc = -1;
            break;
        }
        struct stat sb;
        if (stat(path, &sb) != 0) {
            print_error("cannot open '%s': %s", path, strerror(errno));
            v->io_problem = 1;
            free(path);
        } else if (S_ISDIR(sb.st_mode)) {
            rc = collect_folder(v, path, depth + 1, files);
            free(path);
            if (rc != 0)
                break;
        } else if (S_ISREG(sb.st_mode) && ends_with_xml(entry->d_name)) {
            if (string_list_push(files, path) != 0) {
                rc = -1;
                break;
            }
        } else {
            free(path);
        }
    }
    closedir(dir);
    return rc;
}

/* Add the files that PATH names to `files`: the file itself, or the *.xml files below the
 * folder in byte order of their paths (as congdoan_corpus_load_path() reads them). */
static int collect_path(validation *v, const char *arg, string_list *files)
{
    struct stat sb;
    if (stat(arg, &sb) != 0) {
        print_error("cannot open '%s': %s", arg, strerror(errno));
        v->io_problem = 1;
        return 0;
    }
    if (!S_ISDIR(sb.st_mode))
        return string_list_push(files, copy_string(arg));

    /* "data/" and "data" give the same file names: "data/units.xml". */
    char *folder = copy_string(arg);
    if (!folder)
        return -1;
    for (size_t n = strlen(folder); n > 1 && folder[n - 1] == '/'; n--)
        folder[n - 1] = '\0';
    string_list found = {0};
    int io_before = v->io_problem;
    v->io_problem = 0;
    int rc = collect_folder(v, folder, 0, &found);
    int io_here = v->io_problem;
    v->io_problem |= io_before;
    free(folder);
    if (found.count > 1)
        qsort(found.items, found.count, sizeof *found.items, string_cmp);
    size_t found_count = found.count;
    for (size_t i = 0; rc == 0 && i < found.count; i++) {
        rc = string_list_push(files, found.items[i]);
        found.items[i] = NULL;
    }
    string_list_release(&found);
    if (rc == 0 && found_count == 0 && !io_here)
        print_error("warning: no *.xml file in folder '%s'", arg);
    return rc;
}

/* ---- checking ----------------------------------------------------------------------------- */

/* Whether `path` was read already (the same file named twice, or through a folder and by
 * name); remembers it otherwise. Returns -1 when out of memory. */
static int already_seen(validation *v, const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return 0;
    for (size_t i = 0; i < v->seen_count; i++)
        if (v->seen[i].dev == sb.st_dev && v->seen[i].ino == sb.st_ino)
            return 1;
    if (grow((void **)&v->seen, &v->seen_capacity, v->seen_count + 1, sizeof *v->seen) != 0)
        return -1;
    v->seen[v->seen_count].dev = sb.st_dev;
    v->seen[v->seen_count].ino = sb.st_ino;
    v->seen_count++;
    return 0;
}

/* Record an issue the program found or said again (the strings are copied). */
static int add_extra(validation *v, congdoan_severity severity, const char *file, long line, long column,
                     const char *tag, const char *message)
{
    if (grow((void **)&v->extra, &v->extra_capacity, v->extra_count + 1, sizeof *v->extra) != 0)
        return -1;
    size_t first = v->extra_strings.count;
    if (string_list_push(&v->extra_strings, copy_string(file)) != 0 ||
        string_list_push(&v->extra_strings, copy_string(message)) != 0 ||
        string_list_push(&v->extra_strings, copy_string(tag)) != 0)
        return -1;
    issue_record *rec = &v->extra[v->extra_count++];
    rec->severity = severity;
    rec->file = v->extra_strings.items[first];
    rec->message = v->extra_strings.items[first + 1];
    rec->tag = v->extra_strings.items[first + 2];
    rec->line = line;
    rec->column = column;
    rec->seq = 0; /* set when all issues are gathered */
    return 0;
}

/* Record the library's last error as an issue of `path`, with the tag of its status (one that
 * --explain explains). A status that names no problem of the input is not an issue of the file:
 * a bug in the library or in this program. */
static int add_last_error(validation *v, int rc, const char *path)
{
    const char *tag = congdoan_error_tag(rc);
    if (!tag) {
        print_library_error(rc, "internal error");
        v->io_problem = 1;
        return 0;
    }
    const char *file = congdoan_error_last_file();
    const char *message = congdoan_error_last_message();
    return add_extra(v, CONGDOAN_SEVERITY_ERROR, *file ? file : path, *file ? congdoan_error_last_line() : 0,
                     *file ? congdoan_error_last_column() : 0, tag, *message ? message : congdoan_strerror(rc));
}

/* Deal with a failed load of `path`; `before` is the number of issues the list had before. */
static void handle_failure(validation *v, int rc, const char *path, size_t before)
{
    if (rc == CONGDOAN_ENOMEM) {
        v->out_of_memory = 1;
        return;
    }
    if (!congdoan_error_tag(rc)) {
        add_last_error(v, rc, path); /* not a problem of the data */
        return;
    }
    int io_reported = 0, error_reported = 0;
    for (size_t i = before; i < congdoan_issues_count(v->issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(v->issues, i);
        if (strcmp(congdoan_issue_tag(is), "io-error") == 0)
            io_reported = 1;
        else if (congdoan_issue_severity(is) == CONGDOAN_SEVERITY_ERROR)
            error_reported = 1;
    }
    if (rc == CONGDOAN_EIO) {
        v->io_problem = 1;
        if (!io_reported)
            print_library_error(rc, NULL);
        return;
    }
    v->not_loaded++;
    if (!error_reported && add_last_error(v, rc, path) != 0)
        v->out_of_memory = 1;
}

/* ---- the RELAX NG check, said in the vocabulary's words ------------------------------------- */

/* The name in `msg` after `prefix` up to a space, a comma or the end, into out. */
static int word_after(const char *msg, const char *prefix, char *out, size_t n)
{
    const char *p = strstr(msg, prefix);
    if (!p)
        return 0;
    p += strlen(prefix);
    size_t k = 0;
    while (p[k] && p[k] != ' ' && p[k] != ',' && p[k] != '\n' && k + 1 < n)
        k++;
    memcpy(out, p, k);
    out[k] = '\0';
    return k > 0;
}

/* libxml2's RELAX NG message in the vocabulary's words, and the element it is about (for its
 * column); NULL when the message says nothing a person can act on (an internal state, "an
 * element , got nothing" that follows a clearer one). malloc'd. */
static char *schema_words(const char *msg, char *element, size_t n)
{
    char a[128], b[128];
    element[0] = '\0';
    /* libxml2 2.9 prints a placeholder where it would name the element: "Did not expect text in
     * element <placeholder> content" */
    if (strstr(msg, "Did not expect text in element"))
        return xstrdup("text is not allowed here: this element holds only elements");
    if (strstr(msg, "Internal error") || strstr(msg, "got nothing"))
        return NULL;
    if (word_after(msg, "Invalid attribute ", a, sizeof a) && word_after(msg, " for element ", b, sizeof b)) {
        snprintf(element, n, "%s", b);
        return xprintf("unknown attribute '%s' on <%s>: the vocabulary does not define it", a, b);
    }
    if (word_after(msg, "Element ", b, sizeof b) && word_after(msg, " has extra content: ", a, sizeof a)) {
        snprintf(element, n, "%s", a);
        return xprintf("<%s> is not allowed here, inside <%s>", a, b);
    }
    if (word_after(msg, "Did not expect element ", a, sizeof a)) {
        snprintf(element, n, "%s", a);
        return xprintf("<%s> is not allowed here", a);
    }
    if (word_after(msg, "Expecting element ", a, sizeof a) && word_after(msg, ", got ", b, sizeof b)) {
        snprintf(element, n, "%s", b);
        return xprintf("<%s> where <%s> was expected", b, a);
    }
    if (word_after(msg, "Extra element ", a, sizeof a) && strstr(msg, "interleave")) {
        snprintf(element, n, "%s", a);
        return xprintf("<%s> is not allowed here (or not that many times)", a);
    }
    if (word_after(msg, "Element ", a, sizeof a) && strstr(msg, "failed to validate attributes")) {
        snprintf(element, n, "%s", a);
        return xprintf("an attribute of <%s> has a value the vocabulary does not allow", a);
    }
    if (word_after(msg, "Element ", a, sizeof a) && strstr(msg, "failed to validate content")) {
        snprintf(element, n, "%s", a);
        return xprintf("the content of <%s> does not follow the vocabulary", a);
    }
    if (word_after(msg, "Type ", a, sizeof a) && strstr(msg, "doesn't allow value")) {
        const char *v = strstr(msg, "value '");
        char value[128] = "";
        if (v && word_after(v, "value '", value, sizeof value)) {
            char *q = strchr(value, '\'');
            if (q)
                *q = '\0';
        }
        return xprintf("'%s' is not a value of type %s", value, a);
    }
    return xprintf("the RELAX NG schema says: %s", msg);
}

/* The lines of a file, for the columns of the RELAX NG issues (which libxml2 does not give). */
typedef struct file_lines {
    char *data;
    size_t size;
} file_lines;

static void read_lines(const char *path, file_lines *f)
{
    f->data = NULL;
    f->size = 0;
    FILE *in = fopen(path, "rb");
    if (!in)
        return;
    /* one byte more than the largest file checked, to see that a file is larger */
    f->data = xmalloc(SCHEMA_MAX_BYTES + 2);
    f->size = fread(f->data, 1, SCHEMA_MAX_BYTES + 1, in);
    f->data[f->size] = '\0';
    fclose(in);
}

/* The column (in characters, from 1) of "<element" on line `line`, or 0. */
static long element_column(const file_lines *f, long line, const char *element)
{
    if (!f->data || line <= 0 || !*element)
        return 0;
    const char *p = f->data, *end = f->data + f->size;
    for (long l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    size_t n = strlen(element);
    for (const char *q = p; q + n + 1 <= eol; q++)
        if (*q == '<' && strncmp(q + 1, element, n) == 0 && (q + 1 + n == eol || strchr(" \t/>", q[1 + n]))) {
            long column = 1;
            for (const char *c = p; c < q; c++)
                column += ((unsigned char)*c & 0xC0) != 0x80;
            return column;
        }
    return 0;
}

/* The start tags of `f` ('<' and a name), which bound the RELAX NG check's time. */
static size_t count_elements(const file_lines *f)
{
    size_t n = 0;
    for (const char *p = f->data; f->data && (p = memchr(p, '<', (size_t)(f->data + f->size - p))) != NULL; p++)
        n += p + 1 < f->data + f->size && !strchr("/!?", p[1]);
    return n;
}

/* Check a well-formed file that the loader found no error in against the RELAX NG schema, and
 * keep what it says in the vocabulary's words. */
static void check_schema(validation *v, const char *path)
{
    file_lines f;
    read_lines(path, &f);
    if (!f.data)
        return; /* gone since it was loaded */
    if (f.size > SCHEMA_MAX_BYTES || count_elements(&f) > SCHEMA_MAX_ELEMENTS) {
        free(f.data);
        fflush(stdout);
        fprintf(stderr, _("%s: note: %s is larger than 1 MiB or 20,000 elements: not checked against the RELAX NG "
                          "schema (the loader's checks, as strict, ran)\n"),
                PROGRAM_NAME, path);
        return;
    }
    congdoan_issues *schema_issues = NULL;
    if (congdoan_issues_new(&schema_issues) != 0) {
        v->out_of_memory = 1;
        return;
    }
    int rc = congdoan_schema_validate_file(path, schema_issues);
    if (rc == CONGDOAN_ENOMEM) {
        v->out_of_memory = 1;
    } else if (rc != 0 && rc != CONGDOAN_ESCHEMA && congdoan_issues_count(schema_issues) == 0) {
        add_last_error(v, rc, path);
    } else {
        for (size_t i = 0; i < congdoan_issues_count(schema_issues) && !v->out_of_memory; i++) {
            const congdoan_issue *is = congdoan_issues_get(schema_issues, i);
            char element[128];
            char *words = schema_words(congdoan_issue_message(is), element, sizeof element);
            if (!words)
                continue;
            long line = congdoan_issue_line(is);
            /* the same words on the same line once */
            int repeated = 0;
            for (size_t k = 0; k < v->extra_count && !repeated; k++)
                repeated = v->extra[k].line == line && strcmp(v->extra[k].file, path) == 0 &&
                           strcmp(v->extra[k].message, words) == 0;
            if (!repeated && add_extra(v, congdoan_issue_severity(is), path, line, element_column(&f, line, element),
                                       congdoan_issue_tag(is), words) != 0)
                v->out_of_memory = 1;
            free(words);
        }
    }
    free(f.data);
    congdoan_issues_free(schema_issues);
}

static void check_file(validation *v, const char *path)
{
    /* Say which file cannot be opened in the program's own words, before the library tries. */
    const char *why;
    FILE *f = open_input_file(path, &why);
    if (!f) {
        print_error("cannot open '%s': %s", path, why);
        v->io_problem = 1;
        return;
    }
    fclose(f);
    v->files++;
    size_t before = congdoan_issues_count(v->issues);
    int rc = congdoan_corpus_load_file(v->corpus, path, v->issues);
    if (rc != 0) {
        /* the loader's messages are the ones a person acts on: a file it refuses is not also
         * checked against the schema, which would explain the same problems worse */
        handle_failure(v, rc, path, before);
        return;
    }
    if (v->schema)
        check_schema(v, path);
}

/* ---- output ------------------------------------------------------------------------------- */

enum { IS_SHOW_LINE, IS_SHOW_COUNT };
static const column_view issue_view[] = {{"", SHOW(IS_SHOW_LINE), ALIGN_LEFT, 0}};
static const table_spec issues_table = {"issues", &issue_schema, issue_view, 1, IS_SHOW_COUNT, 0,
                                        COL_NOHEADER | TABLE_FREE};

enum { TG_SHOW_SEVERITY, TG_SHOW_COUNT };
static const column_view tag_view[] = {
    {"Tag", TG_TAG, ALIGN_LEFT, 0},
    {"", SHOW(TG_SHOW_SEVERITY), ALIGN_LEFT, 0},
    {"Explanation", TG_EXPLANATION, ALIGN_LEFT, COL_WRAP},
};
static const table_spec tags_table = {"tags", &tag_schema, tag_view, 3, TG_SHOW_COUNT, 0, 0};

/* An issue as one line of text, as print_issue_line() writes it. malloc'd. */
static char *issue_line(const issue_record *rec)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&buf, &size);
    if (!mem)
        return xstrdup(rec->message);
    print_issue_line(mem, rec);
    fclose(mem);
    if (size && buf[size - 1] == '\n')
        buf[size - 1] = '\0';
    return buf;
}

static void print_summary(const validation *v, size_t errors, size_t warnings, size_t infos,
                          size_t unknown_references)
{
    fflush(stdout);
    /* A message, in the language of the problems it sums up (language.c): "1 tệp, 0 lỗi …" in
     * Vietnamese, "1 file, 0 errors …" under LANGUAGE=en. */
    fprintf(stderr, ngettext("%zu file", "%zu files", v->files), v->files);
    if (v->not_loaded)
        fprintf(stderr, ngettext(" (%zu not loaded: it has errors)", " (%zu not loaded: they have errors)", v->not_loaded),
                v->not_loaded);
    fprintf(stderr, ngettext(", %zu error", ", %zu errors", errors), errors);
    fprintf(stderr, ngettext(", %zu warning", ", %zu warnings", warnings), warnings);
    fprintf(stderr, ngettext(", %zu info\n", ", %zu infos\n", infos), infos);
    /* One typo in a units file makes every reference to its units "unknown": say why. */
    if (v->not_loaded && unknown_references) {
        fputs(_("Note: a file with errors is not loaded, so the units and documents it declares\n"
                "are missing from the other files. Fix the errors first: "),
              stderr);
        if (unknown_references == 1) /* "the one", "some of the N": not a plural form */
            fputs(_("the warning\nabout a missing unit or document may then go away.\n"), stderr);
        else
            fprintf(stderr, _("some of the %zu\nwarnings about missing units or documents may then go away.\n"),
                    unknown_references);
    }
}

/* Print everything found; returns the exit status. */
static int report(const command *cmd, const parsed_args *a, validation *v)
{
    size_t lib_count = congdoan_issues_count(v->issues);
    size_t total = lib_count + v->extra_count;
    issue_record *recs = xcalloc(total ? total : 1, sizeof *recs);
    size_t n = 0, errors = 0, warnings = 0, infos = 0, unknown_references = 0;
    for (size_t i = 0; i < total; i++) {
        issue_record rec;
        if (i < lib_count)
            issue_record_from(&rec, congdoan_issues_get(v->issues, i), i);
        else {
            rec = v->extra[i - lib_count];
            rec.seq = i;
        }
        if (strcmp(rec.tag, "io-error") == 0) {
            /* not a problem of the data: say it on stderr, as for a missing PATH */
            print_error("%s", rec.message);
            v->io_problem = 1;
            continue;
        }
        if (strcmp(rec.tag, "unknown-unit") == 0 || strcmp(rec.tag, "unknown-document") == 0)
            unknown_references++;
        if (rec.severity == CONGDOAN_SEVERITY_ERROR)
            errors++;
        else if (rec.severity == CONGDOAN_SEVERITY_WARNING)
            warnings++;
        else
            infos++;
        recs[n++] = rec;
    }
    issue_records_sort(recs, n);

    renderer *out = start_output(cmd, a, a->table);
    render_meta_open(out, "summary");
    render_meta_int(out, "files", (long long)v->files);
    render_meta_int(out, "files_not_loaded", (long long)v->not_loaded);
    render_meta_int(out, "errors", (long long)errors);
    render_meta_int(out, "warnings", (long long)warnings);
    render_meta_int(out, "info", (long long)infos);
    render_meta_close(out);
    row r;
    row_init(&r, &issues_table);
    render_table_begin(out, &issues_table);
    for (size_t i = 0; i < n; i++) {
        const issue_record *rec = &recs[i];
        if (v->quiet && rec->severity == CONGDOAN_SEVERITY_INFO)
            continue;
        row_clear(&r);
        row_str(&r, IS_SEVERITY, severity_word(rec->severity));
        row_str(&r, IS_FILE, *rec->file ? rec->file : NULL);
        if (rec->line > 0)
            row_int(&r, IS_LINE, rec->line);
        if (rec->column > 0)
            row_int(&r, IS_COLUMN, rec->column);
        row_str(&r, IS_TAG, rec->tag);
        row_str(&r, IS_MESSAGE, rec->message);
        row_show(&r, IS_SHOW_LINE, row_keep(&r, issue_line(rec)));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
    free(recs);
    int status = finish_output(out, EXIT_OK);
    if (!v->quiet)
        print_summary(v, errors, warnings, infos, unknown_references);
    if (status != EXIT_OK || v->io_problem)
        return EXIT_USAGE;
    return errors || (v->strict && warnings) ? EXIT_INVALID : EXIT_OK;
}

/* --explain TAG and --list-tags: what the registry of the library says. */
static int explain(const command *cmd, const parsed_args *a)
{
    const char *tag = opt(a, OPT_EXPLAIN);
    size_t count = congdoan_issue_tag_count(), only = (size_t)-1;
    if (tag) {
        const char **names = xcalloc(count ? count : 1, sizeof *names);
        for (size_t i = 0; i < count; i++)
            names[i] = congdoan_issue_tag_name(i);
        congdoan_matches *m = NULL;
        int rc = congdoan_lookup_word(tag, names, count, &only, &m);
        if (rc != 0) {
            if (congdoan_matches_count(m) > 0)
                usage_error(cmd, "no issue tag '%s'; did you mean '%s'?", tag, names[congdoan_matches_index(m, 0)]);
            else
                usage_error(cmd, "no issue tag '%s' ('%s validate --list-tags' lists them)", tag, PROGRAM_NAME);
            congdoan_matches_free(m);
            free(names);
            return EXIT_USAGE;
        }
        congdoan_matches_free(m);
        free(names);
    }
    renderer *out = start_output(cmd, a, a->table ? a->table : "tags");
    row r;
    row_init(&r, &tags_table);
    if (tag) {
        const char *name = congdoan_issue_tag_name(only);
        congdoan_severity sev = congdoan_issue_tag_severity(name);
        render_text(out, 0, "%s (%s): %s", name, _(severity_word(sev)), congdoan_issue_tag_explanation(name));
    }
    render_table_begin(out, &tags_table);
    for (size_t i = 0; i < count; i++) {
        if (tag && i != only)
            continue;
        const char *name = congdoan_issue_tag_name(i);
        congdoan_severity sev = congdoan_issue_tag_severity(name);
        row_clear(&r);
        if (tag)
            r.only = ROW_MACHINE_ONLY; /* said in a sentence above */
        row_str(&r, TG_TAG, name);
        row_str(&r, TG_SEVERITY, severity_word(sev));
        row_str(&r, TG_EXPLANATION, congdoan_issue_tag_explanation(name));
        row_show(&r, TG_SHOW_SEVERITY, congdoan_severity_letter(sev));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
    return finish_output(out, EXIT_OK);
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_validate(const command *cmd, const parsed_args *a)
{
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;
    if (opt(a, OPT_EXPLAIN) || flag(a, OPT_LIST_TAGS))
        return explain(cmd, a);
    if (flag(a, OPT_SCHEMA) && flag(a, OPT_NO_SCHEMA))
        return usage_error(cmd, "--schema and --no-schema exclude each other");
    validation v;
    memset(&v, 0, sizeof v);
    v.quiet = flag(a, OPT_QUIET);
    v.schema = flag(a, OPT_SCHEMA);
    v.strict = flag(a, OPT_STRICT);

    /* the paths: -d PATH and arguments, in order, else $CONGDOAN_DATA */
    const char **paths = xcalloc(a->data_count + a->arg_count + 1, sizeof *paths);
    size_t path_count = 0;
    for (size_t i = 0; i < a->data_count; i++)
        paths[path_count++] = a->data[i];
    for (size_t i = 0; i < a->arg_count; i++)
        paths[path_count++] = a->args[i];
    char *env_copy = NULL;
    if (path_count == 0) {
        const char *env = getenv("CONGDOAN_DATA");
        if (env && *env) {
            env_copy = xstrdup(env);
            paths = xrealloc(paths, (strlen(env) / 2 + 2) * sizeof *paths);
            for (char *s = env_copy, *tok; (tok = strtok(s, ":")) != NULL; s = NULL)
                paths[path_count++] = tok;
        }
    }
    if (path_count == 0) {
        free(paths);
        return usage_error(cmd, "no file or folder given");
    }

    string_list files = {0};
    int status;
    int rc = congdoan_corpus_new(&v.corpus);
    if (rc == 0)
        rc = congdoan_issues_new(&v.issues);
    if (rc == 0)
        use_load_threads(v.corpus);
    if (rc != 0) {
        print_library_error(rc, "cannot start");
        status = EXIT_USAGE;
        goto done;
    }
    for (size_t i = 0; i < path_count && !v.out_of_memory; i++)
        if (collect_path(&v, paths[i], &files) != 0)
            v.out_of_memory = 1;
    for (size_t i = 0; i < files.count && !v.out_of_memory; i++) {
        int seen = already_seen(&v, files.items[i]);
        if (seen < 0)
            v.out_of_memory = 1;
        else if (!seen)
            check_file(&v, files.items[i]);
    }
    if (!v.out_of_memory) {
        /* Check what was loaded even when some files were not: their problems are reported too. */
        rc = congdoan_corpus_check(v.corpus, v.issues);
        if (rc == CONGDOAN_ENOMEM)
            v.out_of_memory = 1;
        else if (rc != 0 && rc != CONGDOAN_EINVALID) {
            print_library_error(rc, "cannot check the data");
            v.io_problem = 1;
        }
    }
    if (v.out_of_memory) {
        print_error("out of memory");
        status = EXIT_USAGE;
        goto done;
    }
    status = report(cmd, a, &v);

done:
    string_list_release(&files);
    string_list_release(&v.extra_strings);
    free(v.extra);
    free(v.seen);
    free(paths);
    free(env_copy);
    congdoan_issues_free(v.issues);
    congdoan_corpus_free(v.corpus);
    return status;
}
