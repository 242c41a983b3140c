/*
 * congdoan fmt — rewrite files in the canonical form of the vocabulary.
 *
 * Each file is checked on its own the way validate checks it (loading it into a corpus of its
 * own, then congdoan_corpus_check()); a file with an error is left alone. The others are written again with congdoan_write_corpus(): in place through an
 * atomic file output (congdoan_output_new_file()), to standard output, or only compared with
 * what is there (--check).
 *
 * The canonical form keeps XML comments (the library keeps them where they were), but not
 * processing instructions, so a file that has some is not rewritten in place unless
 * --drop-comments says that is wanted. The option's name is older than the kept comments: it is
 * accepted, and needed only for processing instructions now.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _XOPEN_SOURCE 700 /* realpath() */
#include "common.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_CHECK = 1, OPT_STDOUT, OPT_IN_PLACE, OPT_DROP_COMMENTS };

static const option_spec fmt_options[] = {
    {OPT_IN_PLACE, "in-place", 'i', NULL,
     "(the default) rewrite each file that is not in canonical form, atomically: a temporary file in the same "
     "folder is renamed over it, so the file is never half written; its permissions are kept. Prints "
     "\"reformatted FILE\" for each file rewritten; a file already canonical is not touched",
     COMPLETE_NONE, NULL},
    {OPT_STDOUT, "stdout", 0, NULL, "write the canonical form of the one FILE to standard output, leave the file alone",
     COMPLETE_NONE, NULL},
    {OPT_CHECK, "check", 0, NULL,
     "write nothing; print the name of each file that is not in canonical form, and exit 1 if there is one",
     COMPLETE_NONE, NULL},
    {OPT_DROP_COMMENTS, "drop-comments", 0, NULL,
     "rewrite in place also a file with processing instructions (<?...?>), which the canonical form does not "
     "keep (without it such a file is refused, exit 1; --stdout and --check only say so on standard error). "
     "Comments are kept: files with comments need no option",
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_fmt(const command *cmd, const parsed_args *a);

const command cmd_fmt = {
    .name = "fmt",
    .summary = "rewrite files in canonical form (in place, to stdout, or --check)",
    .arguments = "FILE...",
    .argument_complete = COMPLETE_FILE,
    .description =
        "Rewrite XML files of the congdoan vocabulary in its canonical form: the order of the vocabulary's "
        "reference, two spaces of indentation, numbers in their shortest machine form, text in Unicode NFC "
        "without leading or trailing white space. Two files that say the same thing become the same bytes, so "
        "that a diff shows what changed and nothing else. Comments, and elements and attributes of other "
        "namespaces, are kept where they are (a comment in a text goes after the text).\n\n"
        "Each FILE is first checked on its own, as 'congdoan validate FILE' would: loaded and checked as a whole. "
        "A file with an error is not touched: its errors are printed on standard error and fmt goes on with the "
        "next file. Warnings do not stop it: references to units or documents defined in other files are "
        "warnings when a file is checked alone, so a programme or a report can be formatted without the units "
        "it names. Errors are printed as validate prints them (E: FILE:LINE:COLUMN: TAG: MESSAGE).",
    .options = fmt_options,
    .exit_status = "  0  every file is in canonical form now (or, with --check, already was)\n"
                   "  1  a file has errors and was left alone, a file with processing instructions was refused, or\n"
                   "     (--check) a file is not in canonical form\n"
                   "  2  a usage error, or a file that cannot be read or written\n",
    .run = run_fmt,
};

typedef enum fmt_mode { MODE_IN_PLACE, MODE_STDOUT, MODE_CHECK } fmt_mode;

typedef struct fmt_state {
    fmt_mode mode;
    int drop_comments;
    int io_problem;     /* exit 2 */
    int refused;        /* exit 1: errors in a file, processing instructions without --drop-comments */
    int not_canonical;  /* exit 1 with --check */
} fmt_state;

/* The whole file, malloc'd (NUL-terminated too). Returns NULL, or why it cannot be read. */
static const char *read_whole_file(const char *path, char **data, size_t *size)
{
    *data = NULL;
    *size = 0;
    const char *why;
    FILE *f = open_input_file(path, &why);
    if (!f)
        return why;
    size_t cap = 65536, n = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (cap > (size_t)INT_MAX) {
                free(buf);
                fclose(f);
                return strerror(EFBIG);
            }
            cap *= 2;
            buf = xrealloc(buf, cap + 1);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (err) {
        free(buf);
        return strerror(err);
    }
    buf[n] = '\0';
    *data = buf;
    *size = n;
    return NULL;
}

/* The processing instructions in a well-formed file, the XML declaration apart: what the
 * canonical form leaves out. In well-formed XML a '<' in text or in an attribute value is always
 * escaped, so every "<?" outside a CDATA section, a comment or a processing instruction starts
 * one. */
static size_t count_dropped_markup(const char *data, size_t size)
{
    size_t instructions = 0;
    const char *end = data + size;
    for (const char *p = data; p < end; p++) {
        if (*p != '<' || p + 1 >= end)
            continue;
        const char *close = NULL;
        size_t close_len = 0;
        int counted = 0;
        if (p[1] == '?') {
            close = "?>";
            close_len = 2;
            /* the XML declaration: "<?xml" followed by white space, at the very start (after a BOM) */
            size_t at = (size_t)(p - data);
            counted = !((at == 0 || (at == 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)) && end - p > 5 &&
                        memcmp(p, "<?xml", 5) == 0 && strchr(" \t\r\n", p[5]));
        } else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            close = "-->";
            close_len = 3;
        } else if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
            close = "]]>";
            close_len = 3;
        } else {
            continue;
        }
        instructions += counted;
        /* skip to the end of it */
        const char *q = p + 2;
        while (q + close_len <= end && memcmp(q, close, close_len) != 0)
            q++;
        p = q + close_len - 1;
    }
    return instructions;
}

/* "1 processing instruction", "3 processing instructions". malloc'd. */
static char *dropped_words(size_t instructions)
{
    return xprintf("%zu processing instruction%s", instructions, instructions == 1 ? "" : "s");
}

/* Print the error-severity issues from `from` on, sorted, on standard error. Returns their number. */
static size_t print_errors(const congdoan_issues *issues, size_t from)
{
    size_t count = congdoan_issues_count(issues);
    issue_record *recs = xcalloc(count - from + 1, sizeof *recs);
    size_t n = 0;
    for (size_t i = from; i < count; i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (congdoan_issue_severity(is) == CONGDOAN_SEVERITY_ERROR)
            issue_record_from(&recs[n++], is, i);
    }
    issue_records_sort(recs, n);
    fflush(stdout);
    for (size_t i = 0; i < n; i++)
        print_issue_line(stderr, &recs[i]);
    free(recs);
    return n;
}

/* Check `path` as validate does (the loader, then the checks), into a corpus of its own. Returns 0 with *out set, 1 when the
 * file has errors (printed), 2 for an I/O problem or a failure of the library (printed). */
static int load_checked(const char *path, congdoan_corpus **out)
{
    *out = NULL;
    congdoan_corpus *corpus = NULL;
    congdoan_issues *issues = NULL;
    int rc = congdoan_corpus_new(&corpus);
    if (rc == 0)
        rc = congdoan_issues_new(&issues);
    if (rc != 0) {
        print_library_error(rc, "cannot start");
        congdoan_corpus_free(corpus);
        return 2;
    }
    int result = 0;
    rc = congdoan_corpus_load_file(corpus, path, issues);
    if (rc == 0) {
        rc = congdoan_corpus_check(corpus, issues);
        if (rc == CONGDOAN_EINVALID)
            rc = 0; /* the issues say which errors; counted below */
    }
    if (rc == CONGDOAN_EIO || rc == CONGDOAN_ENOMEM || rc == CONGDOAN_EINVAL || rc == CONGDOAN_ERROR) {
        print_library_error(rc, rc == CONGDOAN_EIO ? NULL : "cannot check the file");
        result = 2;
    } else {
        size_t errors = print_errors(issues, 0);
        if (rc != 0 && errors == 0) {
            /* a failure the library gave only as its last error */
            print_library_error(rc, NULL);
            errors = 1;
        }
        if (errors) {
            print_error("%s: not formatted: %zu error%s (run '%s validate %s' for the warnings too)", path, errors,
                        errors == 1 ? "" : "s", PROGRAM_NAME, path);
            result = 1;
        }
    }
    congdoan_issues_free(issues);
    if (result != 0)
        congdoan_corpus_free(corpus);
    else
        *out = corpus;
    return result;
}

/* The canonical form of the corpus, in memory. Returns the output (free it) or NULL (printed). */
static congdoan_output *canonical_form(const congdoan_corpus *corpus)
{
    congdoan_output *out = NULL;
    int rc = congdoan_output_new_memory(&out);
    if (rc == 0)
        rc = congdoan_write_corpus(corpus, CONGDOAN_WRITE_ALL, out);
    if (rc == 0)
        rc = congdoan_output_finish(out);
    if (rc != 0) {
        print_library_error(rc, "cannot write the canonical form");
        congdoan_output_free(out);
        return NULL;
    }
    return out;
}

/* Rewrite `path` in place, atomically. Symbolic links are followed: the file they point to is
 * replaced, the link stays. Returns 0, or 2 after printing why. */
static int write_in_place(const congdoan_corpus *corpus, const char *path)
{
    char *target = realpath(path, NULL);
    congdoan_output *out = NULL;
    int rc = congdoan_output_new_file(target ? target : path, &out);
    if (rc == 0)
        rc = congdoan_write_corpus(corpus, CONGDOAN_WRITE_ALL, out);
    if (rc == 0)
        rc = congdoan_output_finish(out);
    congdoan_output_free(out); /* removes the temporary file after a failure */
    free(target);
    if (rc != 0) {
        char *what = xprintf("cannot write '%s'", path);
        print_library_error(rc, what);
        free(what);
        return 2;
    }
    return 0;
}

static void format_file(fmt_state *st, const char *path)
{
    char *data = NULL;
    size_t size = 0;
    const char *why = read_whole_file(path, &data, &size);
    if (why) {
        print_error("cannot open '%s': %s", path, why);
        st->io_problem = 1;
        return;
    }
    congdoan_corpus *corpus = NULL;
    int result = load_checked(path, &corpus);
    if (result != 0) {
        if (result == 2)
            st->io_problem = 1;
        else
            st->refused = 1;
        free(data);
        return;
    }
    congdoan_output *canon = canonical_form(corpus);
    if (!canon) {
        st->io_problem = 1;
        congdoan_corpus_free(corpus);
        free(data);
        return;
    }
    size_t canon_size = 0;
    const char *canon_data = congdoan_output_data(canon, &canon_size);
    int same = canon_size == size && memcmp(canon_data, data, size) == 0;
    size_t dropped = same ? 0 : count_dropped_markup(data, size);
    char *dropped_text = dropped_words(dropped);

    switch (st->mode) {
    case MODE_CHECK:
        if (!same) {
            printf("%s\n", path);
            st->not_canonical = 1;
            if (dropped)
                print_error("note: %s has %s, which the canonical form does not keep", path, dropped_text);
        }
        break;
    case MODE_STDOUT:
        if (fwrite(canon_data, 1, canon_size, stdout) != canon_size)
            st->io_problem = 1;
        if (dropped)
            print_error("note: the canonical form of %s leaves out its %s", path, dropped_text);
        break;
    case MODE_IN_PLACE:
        if (same)
            break;
        if (dropped && !st->drop_comments) {
            print_error("%s: not formatted: it has %s, which the canonical form does not keep; "
                        "use --drop-comments to format it anyway", path, dropped_text);
            st->refused = 1;
            break;
        }
        if (write_in_place(corpus, path) != 0) {
            st->io_problem = 1;
            break;
        }
        printf("reformatted %s\n", path);
        break;
    }
    free(dropped_text);
    congdoan_output_free(canon);
    congdoan_corpus_free(corpus);
    free(data);
}

static int run_fmt(const command *cmd, const parsed_args *a)
{
    fmt_state st;
    memset(&st, 0, sizeof st);
    st.drop_comments = flag(a, OPT_DROP_COMMENTS);
    int modes = flag(a, OPT_CHECK) + flag(a, OPT_STDOUT) + flag(a, OPT_IN_PLACE);
    if (modes > 1)
        return usage_error(cmd, "--check, --stdout and -i exclude each other: give one");
    st.mode = flag(a, OPT_CHECK) ? MODE_CHECK : flag(a, OPT_STDOUT) ? MODE_STDOUT : MODE_IN_PLACE;
    if (a->arg_count == 0)
        return usage_error(cmd, "no file given");
    if (st.mode == MODE_STDOUT && a->arg_count > 1)
        return usage_error(cmd, "--stdout takes one file (one XML document on standard output)");
    for (size_t i = 0; i < a->arg_count; i++)
        format_file(&st, a->args[i]);
    if (st.io_problem)
        return EXIT_USAGE;
    return st.refused || st.not_canonical ? EXIT_INVALID : EXIT_OK;
}
