/*
 * congdoan validate — check files and folders and print every issue found.
 *
 *   congdoan validate [--format text|json|csv] [--quiet] [--no-schema] [-d] PATH...
 *
 * Every file is checked against the RELAX NG schema (congdoan_schema_validate_file()); the
 * files that pass are loaded into one corpus (congdoan_corpus_load_file()), so that references
 * between files resolve, and the corpus is checked as a whole (congdoan_corpus_check()). The
 * issues are printed sorted by file, line and column, the way appstreamcli validate prints its
 * own: "E: file:line:col: tag: message".
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

typedef struct options {
    output_format format;
    int quiet;
    int schema;
} options;

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
    options opt;
    congdoan_corpus *corpus;
    congdoan_issues *issues;     /* everything the library reports */
    issue_record *extra;         /* problems the library reported only as its last error */
    size_t extra_count, extra_capacity;
    string_list extra_strings;   /* the strings of `extra`, owned here */
    file_id *seen;
    size_t seen_count, seen_capacity;
    size_t files;                /* files examined */
    size_t not_loaded;           /* of which not loaded because of errors */
    int io_problem;              /* a PATH or file could not be read (or worse): exit 2 */
    int out_of_memory;
} validation;

static const char validate_help[] =
    "Usage: congdoan validate [--format text|json|csv] [--quiet] [--no-schema] [-d] PATH...\n"
    "\n"
    "Check XML files of the congdoan vocabulary (units, documents, tasks, indicators,\n"
    "reports) and print every problem found.\n"
    "\n"
    "Each PATH is a file or a folder, given as an argument or, as for the other\n"
    "commands, with -d PATH (--data PATH); both may be repeated. With no PATH at all,\n"
    "those of the CONGDOAN_DATA environment variable (separated by ':') are checked.\n"
    "For a folder, every *.xml file below it is read,\n"
    "in sorted order; hidden files and folders (names starting with '.') are skipped.\n"
    "All files are loaded together, so one file may refer to the units and documents\n"
    "defined in another.\n"
    "\n"
    "Each file is first checked against the RELAX NG schema of the vocabulary; a file\n"
    "that does not pass is reported and not loaded. The other files are loaded, and\n"
    "then everything loaded is checked as a whole: references that do not resolve,\n"
    "the levels of the hierarchy, impossible targets and dates, and the like. Units\n"
    "and documents defined in a file that was not loaded count as unknown in the\n"
    "other files.\n"
    "\n"
    "Options:\n"
    "  --format text|json|csv  how to print the issues (default: text)\n"
    "  -d, --data PATH     a file or folder to check (the same as PATH)\n"
    "  -q, --quiet         leave out information issues (I:) and the summary\n"
    "  --no-schema         skip the RELAX NG check (the loader's own checks still run)\n"
    "  -h, --help          show this help and exit\n"
    "\n"
    "Text output: one line per issue on standard output, sorted by file, line and\n"
    "column:\n"
    "  E: FILE:LINE:COLUMN: TAG: MESSAGE\n"
    "E: is an error (the data is wrong), W: a warning (probably a mistake), I: an\n"
    "information (nothing is wrong). An issue without a line number is printed as\n"
    "\"E: FILE: TAG: MESSAGE\". Then a summary line on standard error, for example\n"
    "  3 files, 0 errors, 2 warnings, 1 info\n"
    "\n"
    "JSON output (--format json): one object on standard output,\n"
    "  {\"issues\": [{\"severity\": \"warning\", \"file\": \"plan.xml\", \"line\": 12,\n"
    "               \"column\": 5, \"tag\": \"unknown-unit\", \"message\": \"...\"}, ...],\n"
    "   \"summary\": {\"files\": 3, \"files_not_loaded\": 0, \"errors\": 0,\n"
    "               \"warnings\": 2, \"info\": 1}}\n"
    "with the issues in the same order as the text output; severity is \"error\",\n"
    "\"warning\" or \"info\"; file, line and column are null when not known. The\n"
    "summary counts every issue found, also those that --quiet leaves out. The\n"
    "summary line on standard error is printed as for text.\n"
    "\n"
    "CSV output (--format csv): a header row, then one row per issue in the same\n"
    "order, with the columns severity,file,line,column,tag,message (RFC 4180: commas,\n"
    "CRLF line ends, quotes where needed; empty fields where the text output has\n"
    "none).\n"
    "\n"
    "Exit status:\n"
    "  0  no errors (warnings and information do not count)\n"
    "  1  at least one error\n"
    "  2  a usage error, or a PATH or file that cannot be read (the others are still\n"
    "     checked and reported)\n";

static int run_validate(int argc, char **argv);

const command cmd_validate = {
    .name = "validate",
    .summary = "check files or folders and list the problems found",
    .usage = "congdoan validate [--format text|json|csv] [--quiet] [--no-schema] [-d] PATH...",
    .run = run_validate,
    .help = validate_help,
};

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

/* The tag for a failure that the library reported only through its last error. */
static const char *tag_for_status(int rc)
{
    switch (rc) {
    case CONGDOAN_EPARSE: return "xml-malformed";
    case CONGDOAN_ESCHEMA: return "schema-invalid";
    case CONGDOAN_ELIMIT: return "limit-exceeded";
    case CONGDOAN_EEXISTS: return "duplicate-id";
    case CONGDOAN_EFORBIDDEN: return "xml-forbidden";
    case CONGDOAN_EENCODING: return "xml-encoding";
    default: return "error";
    }
}

/* Record the library's last error as an issue of `path`. */
static int add_last_error(validation *v, int rc, const char *path)
{
    const char *file = congdoan_error_last_file();
    const char *message = congdoan_error_last_message();
    if (grow((void **)&v->extra, &v->extra_capacity, v->extra_count + 1, sizeof *v->extra) != 0)
        return -1;
    size_t first = v->extra_strings.count;
    if (string_list_push(&v->extra_strings, copy_string(*file ? file : path)) != 0 ||
        string_list_push(&v->extra_strings, copy_string(*message ? message : congdoan_strerror(rc))) != 0)
        return -1;
    issue_record *rec = &v->extra[v->extra_count++];
    rec->severity = CONGDOAN_SEVERITY_ERROR;
    rec->file = v->extra_strings.items[first];
    rec->message = v->extra_strings.items[first + 1];
    rec->line = *file ? congdoan_error_last_line() : 0;
    rec->column = *file ? congdoan_error_last_column() : 0;
    rec->tag = tag_for_status(rc);
    rec->seq = 0; /* set when all issues are gathered */
    return 0;
}

/* Deal with a failed schema check or load of `path`; `before` is the number of issues the
 * list had before the call. */
static void handle_failure(validation *v, int rc, const char *path, size_t before)
{
    if (rc == CONGDOAN_ENOMEM) {
        v->out_of_memory = 1;
        return;
    }
    if (rc == CONGDOAN_ERROR || rc == CONGDOAN_EINVAL) {
        /* not a problem of the data: a bug in the library or in this program */
        print_library_error(rc, "internal error");
        v->io_problem = 1;
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
        /* I/O problems go to stderr (io-error issues are sent there when printing) */
        v->io_problem = 1;
        if (!io_reported)
            print_library_error(rc, NULL);
        return;
    }
    v->not_loaded++;
    if (!error_reported && add_last_error(v, rc, path) != 0)
        v->out_of_memory = 1;
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
    if (v->opt.schema) {
        int rc = congdoan_schema_validate_file(path, v->issues);
        if (rc != 0) {
            handle_failure(v, rc, path, before);
            return;
        }
        before = congdoan_issues_count(v->issues);
    }
    int rc = congdoan_corpus_load_file(v->corpus, path, v->issues);
    if (rc != 0)
        handle_failure(v, rc, path, before);
}

/* ---- output ------------------------------------------------------------------------------- */

static void print_json(const validation *v, const issue_record *recs, size_t count, size_t errors,
                       size_t warnings, size_t infos)
{
    jw_writer w;
    jw_init(&w, stdout);
    jw_begin_object(&w);
    jw_key(&w, "issues");
    jw_begin_array(&w);
    for (size_t i = 0; i < count; i++) {
        const issue_record *r = &recs[i];
        if (v->opt.quiet && r->severity == CONGDOAN_SEVERITY_INFO)
            continue;
        jw_begin_object(&w);
        jw_kv_string(&w, "severity", severity_word(r->severity));
        jw_kv_string(&w, "file", *r->file ? r->file : NULL);
        if (r->line > 0)
            jw_kv_integer(&w, "line", r->line);
        else
            jw_kv_null(&w, "line");
        if (r->column > 0)
            jw_kv_integer(&w, "column", r->column);
        else
            jw_kv_null(&w, "column");
        jw_kv_string(&w, "tag", r->tag);
        jw_kv_string(&w, "message", r->message);
        jw_end_object(&w);
    }
    jw_end_array(&w);
    jw_key(&w, "summary");
    jw_begin_object(&w);
    jw_kv_integer(&w, "files", (long long)v->files);
    jw_kv_integer(&w, "files_not_loaded", (long long)v->not_loaded);
    jw_kv_integer(&w, "errors", (long long)errors);
    jw_kv_integer(&w, "warnings", (long long)warnings);
    jw_kv_integer(&w, "info", (long long)infos);
    jw_end_object(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

static void print_csv(const validation *v, const issue_record *recs, size_t count)
{
    static const char *const header[] = {"severity", "file", "line", "column", "tag", "message", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    csv_header(&w, header);
    for (size_t i = 0; i < count; i++) {
        const issue_record *r = &recs[i];
        if (v->opt.quiet && r->severity == CONGDOAN_SEVERITY_INFO)
            continue;
        csv_string(&w, severity_word(r->severity));
        csv_string(&w, r->file);
        if (r->line > 0)
            csv_integer(&w, r->line);
        else
            csv_empty(&w);
        if (r->column > 0)
            csv_integer(&w, r->column);
        else
            csv_empty(&w);
        csv_string(&w, r->tag);
        csv_string(&w, r->message);
        csv_end_row(&w);
    }
}

static void print_summary(const validation *v, size_t errors, size_t warnings, size_t infos,
                          size_t unknown_references)
{
    fflush(stdout);
    fprintf(stderr, "%zu file%s", v->files, v->files == 1 ? "" : "s");
    if (v->not_loaded)
        fprintf(stderr, " (%zu not loaded because of errors)", v->not_loaded);
    fprintf(stderr, ", %zu error%s, %zu warning%s, %zu info\n", errors, errors == 1 ? "" : "s", warnings,
            warnings == 1 ? "" : "s", infos);
    /* One typo in a units file makes every reference to its units "unknown": say why. */
    if (v->not_loaded && unknown_references) {
        fputs("Note: files with errors are not loaded, so the units and documents they define\n"
              "count as unknown in the other files. Correct the errors first: ", stderr);
        if (unknown_references == 1)
            fputs("the warning about\nan unknown unit or document may then go away.\n", stderr);
        else
            fprintf(stderr, "some of the %zu\nwarnings about unknown units or documents may then go away.\n",
                    unknown_references);
    }
}

/* Print everything found; returns the exit status. */
static int report(validation *v)
{
    size_t lib_count = congdoan_issues_count(v->issues);
    size_t total = lib_count + v->extra_count;
    issue_record *recs = calloc(total ? total : 1, sizeof *recs);
    if (!recs) {
        print_error("out of memory");
        return EXIT_USAGE;
    }
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

    if (v->opt.format == FORMAT_JSON) {
        print_json(v, recs, n, errors, warnings, infos);
    } else if (v->opt.format == FORMAT_CSV) {
        print_csv(v, recs, n);
    } else {
        for (size_t i = 0; i < n; i++)
            if (!(v->opt.quiet && recs[i].severity == CONGDOAN_SEVERITY_INFO))
                print_issue_line(stdout, &recs[i]);
    }
    free(recs);
    if (!v->opt.quiet)
        print_summary(v, errors, warnings, infos, unknown_references);

    if (v->io_problem)
        return EXIT_USAGE;
    return errors ? EXIT_INVALID : EXIT_OK;
}

/* ---- the command -------------------------------------------------------------------------- */

/* Parse the options; the paths are collected into `paths` (borrowed from argv). Returns -1 to
 * go on, or an exit status. */
static int parse_options(int argc, char **argv, options *opt, const char ***paths, size_t *path_count,
                         char **env_copy)
{
    const char **list = calloc((size_t)argc + 1, sizeof *list);
    if (!list) {
        print_error("out of memory");
        return EXIT_USAGE;
    }
    size_t count = 0;
    int options_done = 0;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *arg = argv[i];
        if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
            list[count++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            options_done = 1;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            print_command_help(&cmd_validate, stdout);
            status = EXIT_OK;
        } else if (strcmp(arg, "-q") == 0 || strcmp(arg, "--quiet") == 0) {
            opt->quiet = 1;
        } else if (strcmp(arg, "--no-schema") == 0) {
            opt->schema = 0;
        } else if (strcmp(arg, "-d") == 0 || strcmp(arg, "--data") == 0 || strncmp(arg, "--data=", 7) == 0) {
            if (arg[6] == '=') {
                list[count++] = arg + 7;
            } else if (i + 1 >= argc) {
                status = usage_error(&cmd_validate, "%s needs a value: a file or folder", arg);
            } else {
                list[count++] = argv[++i];
            }
        } else if (strcmp(arg, "--format") == 0 || strncmp(arg, "--format=", 9) == 0) {
            const char *value = arg[8] == '=' ? arg + 9 : NULL;
            if (!value) {
                if (i + 1 >= argc) {
                    status = usage_error(&cmd_validate, "--format needs a value: text, json or csv");
                    break;
                }
                value = argv[++i];
            }
            if (strcmp(value, "text") == 0)
                opt->format = FORMAT_TEXT;
            else if (strcmp(value, "json") == 0)
                opt->format = FORMAT_JSON;
            else if (strcmp(value, "csv") == 0)
                opt->format = FORMAT_CSV;
            else
                status = usage_error(&cmd_validate, "unknown format '%s' (use text, json or csv)", value);
        } else {
            status = usage_error(&cmd_validate, "unknown option '%s'", arg);
        }
    }
    if (status < 0 && count == 0) {
        /* as the other commands: the data named by CONGDOAN_DATA (the paths point into
         * *env_copy, which the caller frees) */
        const char *env = getenv("CONGDOAN_DATA");
        if (env && *env) {
            *env_copy = xstrdup(env);
            const char **more = realloc(list, (strlen(env) / 2 + 2) * sizeof *list);
            if (!more) {
                free(list);
                print_error("out of memory");
                return EXIT_USAGE;
            }
            list = more;
            for (char *s = *env_copy, *tok; (tok = strtok(s, ":")) != NULL; s = NULL)
                list[count++] = tok;
        }
    }
    if (status < 0 && count == 0)
        status = usage_error(&cmd_validate, "no file or folder given");
    if (status >= 0) {
        free(list);
        return status;
    }
    *paths = list;
    *path_count = count;
    return -1;
}

static int run_validate(int argc, char **argv)
{
    validation v;
    memset(&v, 0, sizeof v);
    v.opt.format = FORMAT_TEXT;
    v.opt.schema = 1;

    const char **paths = NULL;
    size_t path_count = 0;
    char *env_copy = NULL;
    int status = parse_options(argc, argv, &v.opt, &paths, &path_count, &env_copy);
    if (status >= 0) {
        free(env_copy);
        return status;
    }

    string_list files = {0};
    int rc = congdoan_corpus_new(&v.corpus);
    if (rc == 0)
        rc = congdoan_issues_new(&v.issues);
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
    status = report(&v);

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
