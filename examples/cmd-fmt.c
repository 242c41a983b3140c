/*
 * congdoan fmt — rewrite files in the canonical form of the vocabulary.
 *
 * Each file is checked on its own the way validate checks it (loading it into a corpus of its
 * own, then congdoan_corpus_check()); a file with an error is left alone. The others are written
 * again with congdoan_write_corpus(): in place through an atomic file output
 * (congdoan_output_new_file()), to standard output, or only compared with what is there
 * (--check).
 *
 * Nothing holds a file or its canonical form whole: the form is compared with the file as the
 * writer hands it over, piece by piece (and copied to standard output with --stdout), and a
 * file that differs is written a second time, straight into its atomic output. Formatting a
 * national file costs little more memory than loading it.
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

/* The processing instructions of a well-formed file, the XML declaration apart: what the
 * canonical form leaves out. In well-formed XML a '<' in text or in an attribute value is always
 * escaped, so every "<?" outside a CDATA section, a comment or a processing instruction starts
 * one. The file is read from its start in pieces (a national file is hundreds of megabytes);
 * each piece keeps LOOKAHEAD bytes of the next in view, enough to recognise any opening or
 * closing mark. Returns the count, or (size_t)-1 when the file cannot be read. */
enum { SCAN_PIECE = 65536, LOOKAHEAD = 9 /* strlen("<![CDATA[") */ };

static size_t count_dropped_markup(FILE *f)
{
    char *buf = xmalloc(SCAN_PIECE + LOOKAHEAD);
    size_t have = 0, instructions = 0, close_len = 0;
    unsigned long long offset = 0; /* of buf[0] in the file */
    const char *close = NULL;      /* the end of the comment, CDATA section or instruction we are in */
    int eof = 0, bom = 0;
    rewind(f);
    while (!eof || have) {
        if (!eof) {
            size_t got = fread(buf + have, 1, SCAN_PIECE + LOOKAHEAD - have, f);
            if (got == 0) {
                if (ferror(f)) {
                    free(buf);
                    return (size_t)-1;
                }
                eof = 1;
            }
            have += got;
        }
        if (offset == 0 && have >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
            bom = 1;
        size_t keep = eof ? 0 : LOOKAHEAD, p = 0;
        while (p + keep < have) {
            size_t left = have - p;
            if (close) {
                const char *hit = memchr(buf + p, close[0], left - keep);
                if (!hit) {
                    p = have - keep;
                    break;
                }
                p = (size_t)(hit - buf);
                if (have - p >= close_len && memcmp(buf + p, close, close_len) == 0) {
                    p += close_len;
                    close = NULL;
                } else {
                    p++;
                }
                continue;
            }
            const char *lt = memchr(buf + p, '<', left - keep);
            if (!lt) {
                p = have - keep;
                break;
            }
            p = (size_t)(lt - buf);
            left = have - p;
            if (left >= 2 && buf[p + 1] == '?') {
                /* the XML declaration: "<?xml" followed by white space, at the very start (after a BOM) */
                unsigned long long at = offset + p;
                int declaration = (at == 0 || (at == 3 && bom)) && left > 5 && memcmp(buf + p, "<?xml", 5) == 0 &&
                                  strchr(" \t\r\n", buf[p + 5]) && buf[p + 5];
                instructions += !declaration;
                close = "?>";
            } else if (left >= 4 && memcmp(buf + p, "<!--", 4) == 0) {
                close = "-->";
            } else if (left >= 9 && memcmp(buf + p, "<![CDATA[", 9) == 0) {
                close = "]]>";
            } else {
                p++;
                continue;
            }
            close_len = strlen(close);
            p += 2; /* the end is looked for from the third byte on */
        }
        if (p > have)
            p = have;
        memmove(buf, buf + p, have - p);
        have -= p;
        offset += p;
    }
    free(buf);
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

/* Where the canonical form goes while it is written, a piece at a time (nothing holds it whole:
 * a national file's form is as big as the file): compared with the file as it is read, and
 * copied to standard output with --stdout. */
typedef struct canon_sink {
    FILE *file;      /* the file as it is, read in step with the pieces */
    FILE *copy;      /* standard output, or NULL */
    char *piece;     /* the file's bytes for the piece being compared */
    int differs;     /* the form and the file differ (found so far) */
    int read_error;  /* errno of a failed read of the file */
    int write_error; /* errno of a failed write to `copy` */
} canon_sink;

enum { COMPARE_PIECE = 65536 };

static int canon_piece(void *payload, const char *data, size_t size)
{
    canon_sink *c = payload;
    if (c->copy && fwrite(data, 1, size, c->copy) != size) {
        c->write_error = errno ? errno : EIO;
        return -1;
    }
    while (size && !c->differs) {
        size_t want = size < COMPARE_PIECE ? size : COMPARE_PIECE;
        size_t got = fread(c->piece, 1, want, c->file);
        if (got < want && ferror(c->file)) {
            c->read_error = errno ? errno : EIO;
            return -1;
        }
        if (got < want || memcmp(c->piece, data, got) != 0)
            c->differs = 1;
        data += got;
        size -= got;
    }
    /* without a copy to make, the first difference is all that is wanted */
    return c->differs && !c->copy ? -1 : 0;
}

/* Write the canonical form of the corpus through `c`, comparing it with the file (from its
 * start) and copying it where `c` says. Returns 0 (c->differs says whether the file is
 * canonical), or 2 after printing why not. */
static int canonical_form(const congdoan_corpus *corpus, const char *path, canon_sink *c)
{
    c->differs = c->read_error = c->write_error = 0;
    c->piece = xmalloc(COMPARE_PIECE);
    rewind(c->file);
    congdoan_output *out = NULL;
    int rc = congdoan_output_new_callback(canon_piece, c, &out);
    if (rc == 0)
        rc = congdoan_write_corpus(corpus, CONGDOAN_WRITE_ALL, out);
    if (rc == 0)
        rc = congdoan_output_finish(out);
    congdoan_output_free(out);
    free(c->piece);
    c->piece = NULL;
    if (rc == CONGDOAN_EIO && c->differs && !c->copy)
        rc = 0; /* stopped at the first difference */
    if (rc == 0 && !c->differs && fgetc(c->file) != EOF)
        c->differs = 1; /* the file goes on after the canonical form's end */
    if (rc == 0 && ferror(c->file))
        c->read_error = errno ? errno : EIO;
    if (c->read_error) {
        print_error("cannot read '%s': %s", path, strerror(c->read_error));
        return 2;
    }
    if (c->write_error) {
        print_error("cannot write to standard output: %s", strerror(c->write_error));
        return 2;
    }
    if (rc != 0) {
        print_library_error(rc, "cannot write the canonical form");
        return 2;
    }
    return 0;
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
    const char *why = NULL;
    FILE *file = open_input_file(path, &why);
    if (!file) {
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
        fclose(file);
        return;
    }
    canon_sink canon = {file, st->mode == MODE_STDOUT ? stdout : NULL, NULL, 0, 0, 0};
    if (canonical_form(corpus, path, &canon) != 0) {
        st->io_problem = 1;
        congdoan_corpus_free(corpus);
        fclose(file);
        return;
    }
    size_t dropped = canon.differs ? count_dropped_markup(file) : 0;
    int unreadable = dropped == (size_t)-1;
    if (unreadable) {
        print_error("cannot read '%s': %s", path, strerror(errno ? errno : EIO));
        st->io_problem = 1;
        dropped = 0;
    }
    char *dropped_text = dropped_words(dropped);

    switch (st->mode) {
    case MODE_CHECK:
        if (canon.differs) {
            printf("%s\n", path);
            st->not_canonical = 1;
            if (dropped)
                print_error("note: %s has %s, which the canonical form does not keep", path, dropped_text);
        }
        break;
    case MODE_STDOUT:
        if (dropped)
            print_error("note: the canonical form of %s leaves out its %s", path, dropped_text);
        break;
    case MODE_IN_PLACE:
        if (!canon.differs || unreadable)
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
    congdoan_corpus_free(corpus);
    fclose(file);
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
