/*
 * congdoan report — where a document's indicators stand, as a page to look at and print (one
 * self-contained HTML file) or as the skeleton of the office's Báo cáo (.docx).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

enum { OPT_DOCUMENT = 1, OPT_UNIT, OPT_PERIOD, OPT_AT, OPT_FORMAT_OF_REPORT, OPT_OUTPUT, OPT_TIMINGS };

static const option_spec report_options[] = {
    {OPT_DOCUMENT, "document", 0, N_("DOC"),
     N_("the plan or programme reported on (its number or id); may be left out when exactly one document in the "
     "data has indicators, or exactly one of those has reports made against it"),
     COMPLETE_DOCUMENT, NULL},
    {OPT_UNIT, "unit", 0, N_("UNIT"), N_("the unit reporting (as people name it); default: the document's issuer"),
     COMPLETE_UNIT, NULL},
    {OPT_PERIOD, "period", 0, N_("P"),
     N_("the reporting period: 2025, 2025-H1 …; default: the one period of the document's reports"), COMPLETE_NONE,
     NULL},
    {OPT_AT, "at", 0, N_("DATE"),
     N_("the reference date: reports submitted later are left out, and tasks are overdue at that date "
     "(default: today)"),
     COMPLETE_NONE, NULL},
    {OPT_FORMAT_OF_REPORT, "format", 0, N_("FORMAT"),
     N_("html (the default: the page) or docx (the Báo cáo); a FILE ending in .docx means docx"), COMPLETE_CHOICES,
     "html|docx"},
    {OPT_OUTPUT, "output", 'o', N_("FILE"),
     N_("write to FILE, replacing it (through a temporary file next to it); '-' or no -o: standard output, when it "
     "is not a terminal"),
     COMPLETE_FILE, NULL},
    {OPT_TIMINGS, "timings", 0, NULL,
     N_("print on standard error how long loading the data, working out the figures and writing the report took"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_report(const command *cmd, const parsed_args *a);

const command cmd_report = {
    .name = "report",
    .summary = N_("write the progress report as a page (HTML) or a Báo cáo (.docx)"),
    .description =
        N_("Make the progress report of a plan or programme for a unit and a period, from the reports received: "
        "a page to look at, print and send (--format html, one self-contained file), or the skeleton of the "
        "Báo cáo the office edits and signs (--format docx, in the format of Decree 30/2020/NĐ-CP).\n\n"
        "Both hold the document reported on (number, title, issuer), the unit, the period and the reference "
        "date; every indicator with its target, the figure reached, whether it is met (đạt, chưa đạt, vượt, chưa "
        "có số liệu) and, on the page, a bar against the target; a grid of the organisations directly under the "
        "unit by indicator (rates judged against the document's targets, counts against the target each "
        "organisation set itself in its own programme, when it did); the figures of the earlier half-years and "
        "years that have reports; who reported on time, late or not at all; the figures that do not add up; the "
        "overdue tasks of the document and of the programmes that concretise it, with their leads.\n\n"
        "The page has no script and loads nothing (a Content-Security-Policy forbids it): it shows the same "
        "offline. It prints on A4; the grid runs over as many pages as it needs, its header repeated on each."),
    .options = report_options,
    .common = COMMON_DATA,
    .output =
        N_("One file: the page (HTML, UTF-8, inline CSS and SVG) or the Báo cáo (Office Open XML: "
        "word/document.xml and its parts in a zip). Numbers are written the Vietnamese way: 1.810; 98,85%."),
    .exit_status = N_("  0  the report was written\n"
                   "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
                   "  2  a usage error (unknown option or format, a bad date or period, DOC or UNIT or the\n"
                   "     period left out when it cannot be guessed, no FILE for a terminal) or an I/O error\n"
                   "     (FILE cannot be written)\n"),
    .examples = N_("$ congdoan report -d examples/data --unit laichau --period 2025 -o bao-cao.html\n"
                "    the page of LĐLĐ tỉnh Lai Châu for 2025\n"
                "$ congdoan report -d examples/data --unit laichau --period 2025 -o bao-cao.docx\n"
                "    the Báo cáo to edit and sign\n"),
    .run = run_report,
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

/* The page written as it is made (nothing holds it whole), to a new_file that replaces `path`
 * at the end, or to standard output. */
static int write_html(const report_data *r, const char *path)
{
    new_file nf = {0};
    if (path && new_file_open(&nf, path, 1) != EXIT_OK)
        return EXIT_USAGE;
    sbuf page = {0};
    sb_stream(&page, path ? nf.f : stdout);
    report_write_html(r, &page);
    int err = sb_flush(&page);
    sb_free(&page);
    if (err) {
        print_error("cannot write the report to %s: %s", path ? path : "standard output", strerror(err));
        new_file_abandon(&nf);
        return EXIT_USAGE;
    }
    return path ? new_file_commit(&nf) : EXIT_OK;
}

/* The .docx to `path` (libzip writes a temporary file and renames it), or to a temporary file
 * copied, a piece at a time, to stdout. */
static int write_docx(const report_data *r, const char *path)
{
    if (path)
        return report_write_docx(r, path) == 0 ? EXIT_OK : EXIT_USAGE;
    char *tmp = NULL;
    FILE *f = temp_file(&tmp);
    if (!f)
        return EXIT_USAGE;
    fclose(f); /* libzip replaces it: read back what it wrote */
    int status = EXIT_USAGE;
    if (report_write_docx(r, tmp) == 0) {
        const char *why = NULL;
        if ((f = open_input_file(tmp, &why)) != NULL) {
            status = copy_to_stdout(f);
            fclose(f);
        } else {
            print_error("cannot read back '%s': %s", tmp, why);
        }
    }
    unlink(tmp);
    free(tmp);
    return status;
}

static int run_report(const command *cmd, const parsed_args *a)
{
    int status = -1, at = 0;
    if (a->arg_count)
        return usage_error(cmd, "unexpected argument '%s' (use --document, --unit, --period)", a->args[0]);
    const char *format = opt(a, OPT_FORMAT_OF_REPORT), *output = opt(a, OPT_OUTPUT);
    int kind = REPORT_HTML;  /* the parser took only html or docx for --format */
    if (format ? strcmp(format, "docx") == 0 : output && ends_with(output, ".docx"))
        kind = REPORT_DOCX;
    if (output && strcmp(output, "-") == 0)
        output = NULL;
    if (!output && isatty(STDOUT_FILENO))
        return usage_error(cmd, "the report is a file: give -o %s (or send standard output to a file)",
                           kind == REPORT_DOCX ? "bao-cao.docx" : "bao-cao.html");
    if (opt(a, OPT_AT) && !parse_date_option(cmd, "--at", opt(a, OPT_AT), &at, &status))
        return status;
    const char *period = opt(a, OPT_PERIOD);
    if (period && congdoan_period_parse(period, NULL, NULL, NULL) != 0)
        return usage_error(cmd, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'", period);

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    double t0 = seconds();
    status = load_data(cmd, a, &corpus);
    double t1 = seconds(), t2 = t1;
    if (status == EXIT_OK)
        status = progress_query(cmd, a, corpus, OPT_DOCUMENT, OPT_UNIT, OPT_PERIOD, &doc, &unit, &period);
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
    if (status == EXIT_OK && flag(a, OPT_TIMINGS))
        fprintf(stderr, _("%s report: timings: loading %.3f s; figures %.3f s; writing the %s %.3f s; "
                          "the report without loading %.3f s\n"),
                PROGRAM_NAME, t1 - t0, t2 - t1, kind == REPORT_DOCX ? ".docx" : "page", seconds() - t2,
                seconds() - t1);
    report_data_release(&r);
    congdoan_corpus_free(corpus);
    return status;
}
