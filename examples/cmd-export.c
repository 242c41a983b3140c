/*
 * congdoan export — the data as JSON or CSV, for tools that do not read XML.
 *
 * The rows are the same kinds, with the same fields, as the other commands write (schemas.h):
 * "unit", "task", "indicator", "document" and the tables of a progress result, and the kinds of
 * vocabulary 1.2: "result", "population", "milestone", "task_status". They are written as they are
 * made, one at a time, so that exporting a national corpus costs little more memory than
 * loading it.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_WHAT = 1, OPT_DOCUMENT, OPT_UNIT, OPT_PERIOD, OPT_AT, OPT_BOM };

static const option_spec export_options[] = {
    {OPT_WHAT, "what", 0, N_("WHAT"),
     N_("what to export: units, documents (with their relations), tasks, milestones, indicators, populations, "
     "results, task-statuses or progress, or (JSON) several separated by commas, or all (everything but "
     "progress); default for JSON: units,tasks,indicators; CSV needs one"),
     COMPLETE_NONE, NULL},
    {OPT_DOCUMENT, "document", 0, N_("DOC"),
     N_("documents, tasks, indicators, results and the rest: only those of this document (task statuses and "
     "results of reports: the reports against it); progress: the document evaluated (default: as for "
     "'congdoan progress')"),
     COMPLETE_DOCUMENT, NULL},
    {OPT_UNIT, "unit", 0, N_("UNIT"), N_("progress: the top of the subtree (default: the document's issuer)"), COMPLETE_UNIT,
     NULL},
    {OPT_PERIOD, "period", 0, N_("P"), N_("progress: the period (default: the one period of the document's reports)"),
     COMPLETE_NONE, NULL},
    {OPT_AT, "at", 0, N_("DATE"),
     N_("count only the reports submitted on or before DATE (the tasks' status, overdue and timeliness, "
     "progress); without it every report counts and a task's overdue and timeliness are null"),
     COMPLETE_NONE, NULL},
    {OPT_BOM, "bom", 0, NULL,
     N_("with --format csv: begin with a UTF-8 byte order mark, so that Microsoft Excel shows the Vietnamese "
     "letters right when the file is opened directly"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_export(const command *cmd, const parsed_args *a);

const command cmd_export = {
    .name = "export",
    .summary = N_("export units, documents, tasks, indicators, results or progress as JSON or CSV"),
    .description =
        N_("Export the data for tools that do not read the XML (spreadsheets, databases, dashboards): units, "
        "documents and their relations, tasks and their milestones, indicators and their populations, results "
        "(figures stated as achieved), the task statuses of the reports, or the evaluated progress of a document. The rows have the same fields as in the "
        "other commands' JSON and CSV, and as the to_dict() of the Python bindings."),
    .options = export_options,
    .common = COMMON_DATA | COMMON_FORMAT | COMMON_TABLE,
    .formats = "json|csv",
    .tables = "units|tasks|indicators|evaluations|children|findings|completeness|documents|relations|results|"
              "populations|milestones|task_statuses",
    .output =
        N_("JSON: one object with \"format_version\", the query, and a member per table: \"units\" (\"unit\" rows), "
        "\"documents\" (\"document\" rows) and \"relations\" (\"document_relation\" rows), \"tasks\" (\"task\" rows "
        "at the date of --at) and \"milestones\" (\"milestone\" rows), \"indicators\" (\"indicator\" rows) and "
        "\"populations\" (\"population\" rows, of indicators and results), \"results\" (\"result\" rows), "
        "\"task_statuses\" (\"task_status\" rows) and, for progress, an object \"progress\" (its query and "
        "summary) and the tables \"evaluations\", \"children\", \"findings\" and \"completeness\". Written as "
        "it is read, one row at a time.\n\n"
        "CSV: one table (RFC 4180), the first of --what unless --table names another (for documents: documents "
        "or relations; for progress: evaluations, children, findings or completeness). FORMATS.md lists every "
        "field."),
    .exit_status = N_("  0  success\n"
                   "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
                   "  2  a usage error (unknown option or WHAT, text as the format, a bad date or\n"
                   "     period) or an I/O error\n"),
    .run = run_export,
};

enum {
    WHAT_UNITS = 1, WHAT_TASKS = 2, WHAT_INDICATORS = 4, WHAT_PROGRESS = 8, WHAT_DOCUMENTS = 16, WHAT_RESULTS = 32,
    WHAT_POPULATIONS = 64, WHAT_MILESTONES = 128, WHAT_TASK_STATUSES = 256,
    WHAT_ALL = WHAT_UNITS | WHAT_DOCUMENTS | WHAT_TASKS | WHAT_MILESTONES | WHAT_INDICATORS | WHAT_POPULATIONS |
               WHAT_RESULTS | WHAT_TASK_STATUSES
};
static const struct {
    const char *name;
    int bit;
    const char *table; /* the first CSV table it gives */
} what_names[] = {{"units", WHAT_UNITS, "units"},
                  {"documents", WHAT_DOCUMENTS, "documents"},
                  {"tasks", WHAT_TASKS, "tasks"},
                  {"milestones", WHAT_MILESTONES, "milestones"},
                  {"indicators", WHAT_INDICATORS, "indicators"},
                  {"populations", WHAT_POPULATIONS, "populations"},
                  {"results", WHAT_RESULTS, "results"},
                  {"task-statuses", WHAT_TASK_STATUSES, "task_statuses"},
                  {"progress", WHAT_PROGRESS, "evaluations"}};
#define WHAT_COUNT (sizeof what_names / sizeof what_names[0])

static const table_spec units_table = {"units", &unit_schema, NULL, 0, 0, 0, 0};
static const table_spec tasks_table = {"tasks", &task_schema, NULL, 0, 0, 0, 0};
static const table_spec indicators_table = {"indicators", &indicator_schema, NULL, 0, 0, 0, 0};
static const table_spec documents_table = {"documents", &document_schema, NULL, 0, 0, 0, 0};
static const table_spec relations_table = {"relations", &doc_relation_schema, NULL, 0, 0, 0, 0};
static const table_spec results_table = {"results", &result_schema, NULL, 0, 0, 0, 0};
static const table_spec populations_table = {"populations", &population_schema, NULL, 0, 0, 0, 0};
static const table_spec milestones_table = {"milestones", &milestone_schema, NULL, 0, 0, 0, 0};
static const table_spec task_statuses_table = {"task_statuses", &task_status_schema, NULL, 0, 0, 0, 0};

static int parse_what(const command *cmd, const char *text, int *what)
{
    char *copy = xstrdup(text);
    int status = -1;
    for (char *s = copy, *tok; status < 0 && (tok = strtok(s, ",")) != NULL; s = NULL) {
        size_t k = 0;
        while (k < WHAT_COUNT && strcmp(tok, what_names[k].name) != 0)
            k++;
        if (strcmp(tok, "all") == 0)
            *what |= WHAT_ALL;
        else if (k == WHAT_COUNT)
            status = usage_error(cmd, "unknown --what '%s' (use units, documents, tasks, milestones, indicators, "
                                 "populations, results, task-statuses, progress or all)", tok);
        else
            *what |= what_names[k].bit;
    }
    free(copy);
    return status;
}

/* What one table takes from the model: the rows of one document, or of one report (the other
 * NULL); a table of a document's rows passes reports by, and the other way round. */
typedef struct export_ctx {
    const congdoan_corpus *corpus;
    const congdoan_document *only; /* --document, or NULL */
    int at;
} export_ctx;
typedef void (*rows_fn)(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                        const congdoan_report *rep);

/* One table: its rows from every document (limited to --document), then from every report
 * (against it), streamed a row at a time. */
static void export_table(renderer *out, const table_spec *t, const export_ctx *x, rows_fn fn)
{
    row r;
    row_init(&r, t);
    render_table_begin(out, t);
    if (x->only) {
        fn(out, &r, x, x->only, NULL);
    } else {
        for (size_t d = 0; d < congdoan_corpus_document_count(x->corpus); d++)
            fn(out, &r, x, congdoan_corpus_document(x->corpus, d), NULL);
    }
    /* the reports against the document (all of them without --document), from the library */
    congdoan_report_list *reports = NULL;
    int rc = congdoan_corpus_reports_find(x->corpus, x->only, NULL, NULL, 0, &reports);
    if (rc != 0) { /* out of memory: nothing else can fail here */
        print_library_error(rc, NULL);
        exit(EXIT_USAGE);
    }
    for (size_t k = 0; k < congdoan_report_list_count(reports); k++)
        fn(out, &r, x, NULL, congdoan_report_list_get(reports, k));
    congdoan_report_list_free(reports);
    render_table_end(out);
    row_release(&r);
}

static void emit(renderer *out, row *r)
{
    render_row(out, r);
    row_clear(r);
}

static void document_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                          const congdoan_report *rep)
{
    if (d) {
        fill_document_row(r, d);
        emit(out, r);
    }
}

static void relation_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                          const congdoan_report *rep)
{
    for (size_t i = 0; d && i < congdoan_document_relation_count(d); i++) {
        fill_doc_relation_row(r, d, i);
        emit(out, r);
    }
}

static void task_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                      const congdoan_report *rep)
{
    for (size_t i = 0; d && i < congdoan_document_task_count(d); i++) {
        fill_task_row(r, congdoan_document_task(d, i), x->at, -1);
        emit(out, r);
    }
}

static void milestone_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                           const congdoan_report *rep)
{
    for (size_t i = 0; d && i < congdoan_document_task_count(d); i++) {
        const congdoan_task *t = congdoan_document_task(d, i);
        for (size_t m = 0; m < congdoan_task_milestone_count(t); m++) {
            fill_milestone_row(r, t, m, x->at);
            emit(out, r);
        }
    }
}

static void indicator_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                           const congdoan_report *rep)
{
    for (size_t i = 0; d && i < congdoan_document_indicator_count(d); i++) {
        fill_indicator_row(r, congdoan_document_indicator(d, i));
        emit(out, r);
    }
}

/* The results of a document (its sections) or of a report. */
static size_t result_count(const congdoan_document *d, const congdoan_report *rep)
{
    return d ? congdoan_document_result_count(d) : congdoan_report_result_count(rep);
}

static const congdoan_result *result_at(const congdoan_document *d, const congdoan_report *rep, size_t i)
{
    return d ? congdoan_document_result(d, i) : congdoan_report_result(rep, i);
}

static void result_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                        const congdoan_report *rep)
{
    for (size_t i = 0; i < result_count(d, rep); i++) {
        fill_result_row(r, result_at(d, rep, i));
        emit(out, r);
    }
}

/* A document's: its indicators', then its results'; a report's: its results'. */
static void population_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                            const congdoan_report *rep)
{
    for (size_t i = 0; d && i < congdoan_document_indicator_count(d); i++) {
        const congdoan_indicator *ind = congdoan_document_indicator(d, i);
        for (size_t k = 0; k < congdoan_indicator_population_count(ind); k++) {
            fill_population_row(r, ind, NULL, k);
            emit(out, r);
        }
    }
    for (size_t i = 0; i < result_count(d, rep); i++) {
        const congdoan_result *res = result_at(d, rep, i);
        for (size_t k = 0; k < congdoan_result_population_count(res); k++) {
            fill_population_row(r, NULL, res, k);
            emit(out, r);
        }
    }
}

static void task_status_rows(renderer *out, row *r, const export_ctx *x, const congdoan_document *d,
                             const congdoan_report *rep)
{
    for (size_t i = 0; rep && i < congdoan_report_task_status_count(rep); i++) {
        fill_task_status_row(r, x->corpus, rep, i, x->at);
        emit(out, r);
    }
}

/* The tables of the model, in the order of --help. */
static void export_tables(renderer *out, const congdoan_corpus *corpus, const congdoan_document *doc, int what, int at)
{
    if (what & WHAT_UNITS) {
        row r;
        row_init(&r, &units_table);
        render_table_begin(out, &units_table);
        for (size_t i = 0; i < congdoan_corpus_unit_count(corpus); i++) {
            fill_unit_row(&r, congdoan_corpus_unit(corpus, i));
            emit(out, &r);
        }
        render_table_end(out);
        row_release(&r);
    }
    static const struct {
        int bit;
        const table_spec *table;
        rows_fn fn;
    } tables[] = {
        {WHAT_DOCUMENTS, &documents_table, document_rows},   {WHAT_DOCUMENTS, &relations_table, relation_rows},
        {WHAT_TASKS, &tasks_table, task_rows},               {WHAT_MILESTONES, &milestones_table, milestone_rows},
        {WHAT_INDICATORS, &indicators_table, indicator_rows}, {WHAT_POPULATIONS, &populations_table, population_rows},
        {WHAT_RESULTS, &results_table, result_rows},          {WHAT_TASK_STATUSES, &task_statuses_table, task_status_rows},
    };
    export_ctx x = {corpus, doc, at};
    for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++)
        if (what & tables[k].bit)
            export_table(out, tables[k].table, &x, tables[k].fn);
}

static int run_export(const command *cmd, const parsed_args *a)
{
    int what = 0, at = 0, status = -1;
    if (a->arg_count)
        return usage_error(cmd, "unexpected argument '%s' (use --what)", a->args[0]);
    if (opt(a, OPT_WHAT) && (status = parse_what(cmd, opt(a, OPT_WHAT), &what)) >= 0)
        return status;
    if (!what) {
        if (a->format == FORMAT_CSV)
            return usage_error(cmd, "CSV is one table: say which with --what units, documents, tasks, indicators, "
                               "results or another (see --help)");
        what = WHAT_UNITS | WHAT_TASKS | WHAT_INDICATORS;
    }
    if (a->format == FORMAT_CSV && (what & (what - 1)) != 0 && !a->table)
        return usage_error(cmd, "CSV is one table: give one --what, or say which table with --table, not only '%s'",
                           opt(a, OPT_WHAT));
    if ((opt(a, OPT_UNIT) || opt(a, OPT_PERIOD)) && !(what & WHAT_PROGRESS))
        return usage_error(cmd, "%s goes with --what progress", opt(a, OPT_UNIT) ? "--unit" : "--period");
    if (flag(a, OPT_BOM) && a->format != FORMAT_CSV)
        return usage_error(cmd, "--bom goes with --format csv (JSON has no byte order mark)");
    if (opt(a, OPT_AT) && !parse_date_option(cmd, "--at", opt(a, OPT_AT), &at, &status))
        return status;
    const char *period = opt(a, OPT_PERIOD);
    /* a span or a term (with a '/': "2023/2028") is the library's to judge, as for progress */
    if (period && congdoan_period_parse(period, NULL, NULL, NULL) != 0 && !strchr(period, '/'))
        return usage_error(cmd, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'", period);
    int table = chosen_table(cmd, a);
    if (table < 0)
        return EXIT_USAGE;
    const char *csv_table = a->table;
    if (a->format == FORMAT_CSV && !csv_table)
        for (size_t k = 0; k < WHAT_COUNT; k++)
            if (what & what_names[k].bit)
                csv_table = what_names[k].table;
    /* the table must be one that --what exports */
    static const int table_what[] = {WHAT_UNITS,       WHAT_TASKS,       WHAT_INDICATORS,  WHAT_PROGRESS,
                                     WHAT_PROGRESS,    WHAT_PROGRESS,    WHAT_PROGRESS,    WHAT_DOCUMENTS,
                                     WHAT_DOCUMENTS,   WHAT_RESULTS,     WHAT_POPULATIONS, WHAT_MILESTONES,
                                     WHAT_TASK_STATUSES};
    if (a->table && !(what & table_what[table]))
        return usage_error(cmd, "--table %s is not among what --what exports", a->table);

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL, *pdoc = NULL;
    const congdoan_unit *unit = NULL;
    congdoan_progress *p = NULL;
    status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK && opt(a, OPT_DOCUMENT))
        status = find_document(corpus, opt(a, OPT_DOCUMENT), &doc);
    if (status == EXIT_OK && (what & WHAT_PROGRESS)) {
        status = progress_query(cmd, a, corpus, OPT_DOCUMENT, OPT_UNIT, OPT_PERIOD, &pdoc, &unit, &period);
        if (status == EXIT_OK) {
            int rc = congdoan_progress_compute(corpus, pdoc, unit, period, at, &p);
            if (rc != 0) {
                print_library_error(rc, "cannot evaluate the indicators");
                status = EXIT_USAGE;
            }
        }
    }
    if (status != EXIT_OK) {
        congdoan_progress_free(p);
        congdoan_corpus_free(corpus);
        return status;
    }

    renderer *out = renderer_new(a->format, stdout, 0, cmd->name, csv_table, flag(a, OPT_BOM) ? RENDER_BOM : 0);
    render_meta_open(out, "query");
    const char *whats[WHAT_COUNT];
    size_t n = 0;
    for (size_t k = 0; k < WHAT_COUNT; k++)
        if (what & what_names[k].bit)
            whats[n++] = what_names[k].name;
    render_meta_list(out, "what", whats, n);
    render_meta_str(out, "document_id", doc ? congdoan_document_id(doc) : NULL);
    render_meta_date(out, "at", at);
    render_meta_close(out);
    export_tables(out, corpus, doc, what, at);
    if (what & WHAT_PROGRESS)
        render_progress(out, p, at, 1, "progress");
    status = finish_output(out, EXIT_OK);
    congdoan_progress_free(p);
    congdoan_corpus_free(corpus);
    return status;
}
