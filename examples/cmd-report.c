/*
 * congdoan report — where a document's indicators stand, as a page to look at and print (one
 * self-contained HTML file) or as the skeleton of the office's Báo cáo (.docx).
 *
 *   congdoan report [-d PATH]... [--document DOC] [--unit UNIT] [--period P] [--at DATE]
 *                   [--format html|docx] [-o FILE] [--timings]
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char report_help[] =
    "Usage: congdoan report [-d PATH]... [--document DOC] [--unit UNIT] [--period P]\n"
    "                       [--at DATE] [--format html|docx] [-o FILE] [--timings]\n"
    "\n"
    "Make the progress report of a plan or programme for a unit and a period, from\n"
    "the reports received: a page to look at, print and send (--format html, one\n"
    "self-contained file), or the skeleton of the Báo cáo the office edits and signs\n"
    "(--format docx, in the format of Decree 30/2020/NĐ-CP).\n"
    "\n"
    "Both hold: the document reported on (number, title, issuer), the unit, the\n"
    "period and the reference date; every indicator with its target, the figure\n"
    "reached, whether it is met (đạt, chưa đạt, vượt, chưa có số liệu) and, on the\n"
    "page, a bar against the target; a grid of the organisations directly under the\n"
    "unit by indicator (rates judged against the document's targets, counts against\n"
    "the target each organisation set itself in its own programme, when it did); the\n"
    "figures of the earlier half-years and years that have reports; who reported on\n"
    "time, late or not at all; the figures that do not add up; the overdue tasks of\n"
    "the document and of the programmes that concretise it, with their leads.\n"
    "Numbers are written the Vietnamese way (1.810; 98,85%).\n"
    "\n"
    "The page has no script and loads nothing (a Content-Security-Policy forbids it):\n"
    "it shows the same offline. It prints on A4; the grid runs over as many pages as\n"
    "it needs, its header repeated on each.\n"
    "\n"
    "Options:\n"
    "  --document DOC      the plan or programme (id or number); may be left out when\n"
    "                      the data has one document with indicators\n"
    "  --unit UNIT         the unit (id or name); default: the document's issuer\n"
    "  --period P          2025, 2025-H1 …; default: the one period of the reports\n"
    "  --at DATE           the reference date: reports submitted later are left out,\n"
    "                      and tasks are overdue at that date (default: today)\n"
    "  --format FORMAT     html (the default) or docx; a FILE ending in .docx means\n"
    "                      docx\n"
    "  -o, --output FILE   write to FILE, replacing it (written to a temporary file\n"
    "                      first); '-' or no -o: standard output, when it is not a\n"
    "                      terminal\n"
    "  --timings           print on standard error how long loading the data, working\n"
    "                      out the figures and writing the report took\n"
    "  -d, --data PATH     a file or folder of data; repeat it for more (default: the\n"
    "                      paths in $CONGDOAN_DATA, separated by ':')\n"
    "  -h, --help          show this help and exit\n"
    HELP_DATES
    "\n"
    "Exit status:\n"
    "  0  the report was written\n"
    "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
    "  2  a usage error (unknown option or format, a bad date or period, DOC or UNIT or\n"
    "     the period left out when it cannot be guessed, no FILE for a terminal) or an\n"
    "     I/O error (FILE cannot be written)\n";

static int run_report(int argc, char **argv);

const command cmd_report = {
    .name = "report",
    .summary = "write the progress report as a page (HTML) or a Báo cáo (.docx)",
    .usage = "congdoan report [-d PATH]... [--document DOC] [--unit UNIT] [--period P] [--at DATE] "
             "[--format html|docx] [-o FILE] [--timings]",
    .run = run_report,
    .help = report_help,
};

enum { REPORT_HTML, REPORT_DOCX };

/* A monotonic clock in seconds, for --timings. */
static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Write `size` bytes to standard output. 0, or EXIT_USAGE after printing why. */
static int write_stdout(const char *data, size_t size)
{
    if (fwrite(data, 1, size, stdout) != size || fflush(stdout) != 0) {
        print_error("cannot write the report to standard output: %s", strerror(errno));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* Write `data` to `path` through a temporary file next to it, renamed over it once written and
 * flushed: a reader never sees half a page. 0, or EXIT_USAGE after printing why. */
static int replace_file(const char *path, const char *data, size_t size)
{
    char *tmp = xprintf("%s.XXXXXX", path);
    int fd = mkstemp(tmp), err = 0;
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f)
        err = errno;
    else if (fwrite(data, 1, size, f) != size || fflush(f) != 0 || fsync(fileno(f)) != 0)
        err = errno ? errno : EIO;
    if (f && fclose(f) != 0 && !err)
        err = errno;
    else if (!f && fd >= 0)
        close(fd);
    if (!err && (chmod(tmp, 0644) != 0 || rename(tmp, path) != 0))
        err = errno;
    if (err && fd >= 0)
        unlink(tmp);
    free(tmp);
    if (err) {
        print_error("cannot write '%s': %s", path, strerror(err));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* The page to `path`, or to stdout. */
static int write_html(const report_data *r, const char *path)
{
    sbuf page = {0};
    report_write_html(r, &page);
    int status = path ? replace_file(path, page.data, page.len) : write_stdout(page.data, page.len);
    sb_free(&page);
    return status;
}

/* The .docx to `path`, or through a temporary file to stdout. */
static int write_docx(const report_data *r, const char *path)
{
    if (path)
        return report_write_docx(r, path) == 0 ? EXIT_OK : EXIT_USAGE;
    const char *dir = getenv("TMPDIR");
    char *tmp = xprintf("%s/congdoan-report-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(tmp);
    int status = EXIT_USAGE;
    if (fd < 0) {
        print_error("cannot make a temporary file for the .docx: %s", strerror(errno));
    } else {
        close(fd);
        if (report_write_docx(r, tmp) == 0) {
            FILE *f = fopen(tmp, "rb");
            sbuf data = {0};
            char chunk[65536];
            size_t n;
            while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
                sb_put(&data, chunk, n);
            if (f && !ferror(f))
                status = write_stdout(data.data ? data.data : "", data.len);
            else
                print_error("cannot read back '%s': %s", tmp, strerror(errno));
            if (f)
                fclose(f);
            sb_free(&data);
        }
        unlink(tmp);
    }
    free(tmp);
    return status;
}

static int run_report(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL, *unit_arg = NULL, *period = NULL, *at_arg = NULL, *format = NULL, *output = NULL;
    int at = 0, status = -1, timings = 0;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *arg = argv[i];
        /* --format takes html|docx here, not the text|json|csv of the other commands */
        if (is_option(&o, arg) && option_value(&cmd_report, argc, argv, &i, "--format", NULL, &format, &status))
            continue;
        if (parse_common_option(&cmd_report, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, arg))
            status = usage_error(&cmd_report, "unexpected argument '%s' (use --document, --unit, --period)", arg);
        else if (option_value(&cmd_report, argc, argv, &i, "--document", NULL, &doc_arg, &status))
            continue;
        else if (option_value(&cmd_report, argc, argv, &i, "--unit", NULL, &unit_arg, &status))
            continue;
        else if (option_value(&cmd_report, argc, argv, &i, "--period", NULL, &period, &status))
            continue;
        else if (option_value(&cmd_report, argc, argv, &i, "--at", NULL, &at_arg, &status))
            continue;
        else if (option_value(&cmd_report, argc, argv, &i, "--output", "-o", &output, &status))
            continue;
        else if (strcmp(arg, "--timings") == 0)
            timings = 1;
        else
            status = usage_error(&cmd_report, "unknown option '%s'", arg);
    }
    int kind = REPORT_HTML;
    if (status < 0 && format) {
        if (strcmp(format, "docx") == 0)
            kind = REPORT_DOCX;
        else if (strcmp(format, "html") != 0)
            status = usage_error(&cmd_report, "unknown format '%s': report writes html or docx", format);
    } else if (status < 0 && output && ends_with(output, ".docx")) {
        kind = REPORT_DOCX;
    }
    if (status < 0 && output && strcmp(output, "-") == 0)
        output = NULL;
    if (status < 0 && !output && isatty(STDOUT_FILENO))
        status = usage_error(&cmd_report, "the report is a file: give -o %s (or send standard output to a file)",
                             kind == REPORT_DOCX ? "bao-cao.docx" : "bao-cao.html");
    if (status < 0 && at_arg)
        parse_date_option(&cmd_report, "--at", at_arg, &at, &status);
    if (status < 0 && period && congdoan_period_parse(period, NULL, NULL, NULL) != 0)
        status = usage_error(&cmd_report, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'",
                             period);
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    double t0 = seconds();
    status = load_data(&cmd_report, &o, &corpus);
    double t1 = seconds(), t2 = t1;
    if (status == EXIT_OK) {
        if (doc_arg)
            status = find_document(corpus, doc_arg, &doc);
        else if (!(doc = guess_progress_document(&cmd_report, corpus, &status)))
            status = status >= 0 ? status : EXIT_USAGE;
    }
    if (status == EXIT_OK) {
        if (unit_arg)
            status = find_unit(corpus, unit_arg, &unit);
        else if (!(unit = report_document_organisation(doc)))
            status = usage_error(&cmd_report, "%s has no issuer in the data: say which unit with --unit",
                                 document_label(doc));
    }
    if (status == EXIT_OK && congdoan_unit_get_kind(unit) != CONGDOAN_UNIT_ORGANISATION)
        status = usage_error(&cmd_report, "'%s' is a %s, not an organisation: give the organisation it belongs to",
                             congdoan_unit_id(unit),
                             congdoan_unit_get_kind(unit) == CONGDOAN_UNIT_BODY ? "leading body" : "department");
    if (status == EXIT_OK && !period && !(period = guess_progress_period(&cmd_report, corpus, doc, &status)))
        status = status >= 0 ? status : EXIT_USAGE;

    report_data r = {corpus, doc, unit, period, at ? at : today_ymd(), NULL, NULL, NULL, NULL, 0};
    if (status == EXIT_OK) {
        int rc = report_data_compute(&r);
        if (rc != 0) {
            print_library_error(rc, "cannot work out the report's figures");
            status = EXIT_USAGE;
        }
        t2 = seconds();
    }
    if (status == EXIT_OK)
        status = kind == REPORT_DOCX ? write_docx(&r, output) : write_html(&r, output);
    if (status == EXIT_OK && timings)
        fprintf(stderr, "%s report: timings: loading %.3f s; figures %.3f s; writing the %s %.3f s; "
                        "the report without loading %.3f s\n",
                PROGRAM_NAME, t1 - t0, t2 - t1, kind == REPORT_DOCX ? ".docx" : "page", seconds() - t2,
                seconds() - t1);
    report_data_release(&r);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
