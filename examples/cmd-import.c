/*
 * congdoan import — read plans, programmes, resolutions, reports and news items written in
 * Vietnamese prose into documents of the vocabulary.
 *
 * Every FILE is imported with congdoan_import_file() (congdoan_import_memory() for the text of
 * a PDF, which pdftotext makes) into one corpus that holds the units of -d (the names in the
 * text are matched against them). The documents imported are written with -o; the issues the
 * importer raises are printed as validate prints them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"
#include "pdftotext.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { OPT_OUTPUT = 1, OPT_ID };

static const option_spec import_options[] = {
    {OPT_OUTPUT, "output", 'o', N_("OUT.xml"),
     N_("write the imported documents to OUT.xml as XML of the vocabulary (check it with congdoan validate -d UNITS "
     "OUT.xml)"),
     COMPLETE_PATH, NULL},
    {OPT_ID, "id", 0, N_("ID"), N_("the id of the new document (one FILE only; default: made from its number or file name)"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_import(const command *cmd, const parsed_args *a);

const command cmd_import = {
    .name = "import",
    .summary = N_("import documents written in Vietnamese prose (text, web page, .docx, PDF)"),
    .arguments = N_("FILE..."),
    .argument_complete = COMPLETE_PATH,
    .description =
        N_("Read documents as people write them -- a plan, a work programme, a resolution, a report or a news item "
        "in Vietnamese, as UTF-8 text (copied from a page), a saved web page (.html), a Word file (.docx) or a "
        "PDF (read through `pdftotext -layout`, poppler-utils) -- and turn each into a document: its number, "
        "date, place, issuer, signer and title, the documents it carries out, its sections, its tasks (who "
        "leads, who coordinates, by when), its targets (chỉ tiêu: figure, comparator, what is counted, over "
        "whom, for which period) and its results (figures reported as done), each with the line, column and "
        "words it was read from.\n\n"
        "The units named in the text (\"Ban Đối ngoại\", \"LĐLĐ tỉnh\") are matched against the units loaded "
        "with -d; a name that matches none is kept as written and reported. Whatever the importer is unsure of "
        "is printed on standard error as \"W: file.txt:LINE:COL: import-...: ...\" so that it can be checked "
        "against the text; for a PDF, lines and columns are those of the text pdftotext makes of it."),
    .options = import_options,
    .common = COMMON_DATA | COMMON_FORMAT | COMMON_WIDTH,
    .formats = "text|json",
    .output = N_("Text: per file, the kind, number and date of the document, its id, title, issuer and signer, and "
              "how many relations, sections, tasks (and how many with a lead), targets and results were found.\n\n"
              "JSON: one object, \"format_version\": 1, \"command\": \"import\" and \"documents\", one "
              "object per file imported with exactly the keys of the careful reader's answers "
              "(tests/data/corpus-dev/ANSWERS.md): file, kind, doc_number, date, place, issuer, issuing_body, "
              "signer, title, author, implements, referenced_docs, indicators (text, value, value_max, unit, noun, "
              "comparator as >=, >, <=, <, =, ~ or range, score_max, part_of, scope, subject, period), achieved "
              "(text, value, unit, noun, comparator, score_max, part_of, scope, period, of, rate, over_target_pct, "
              "over_target_comparator, estimate, cumulative), tasks whose lead the text names (text, lead as "
              "printed, lead_unit, coordinators, due); null where the text states nothing (FORMATS.md, "
              "imported_document)."),
    .exit_status = N_("  0  every file was imported\n"
                   "  1  a file could not be imported (its errors are printed), or the units have errors\n"
                   "  2  a usage error, or a file or path that cannot be read\n"),
    .examples = N_("$ congdoan import -d examples/data plan.txt\n"
                "    what was found in plan.txt\n"
                "$ congdoan import -d examples/data -o plan.xml plan.docx\n"
                "    the document written as XML\n"
                "$ congdoan import --format json page.html\n"
                "    the answers' JSON, for scoring or scripts\n"),
    .run = run_import,
};

/* ---- JSON in the shape of ANSWERS.md ----------------------------------------------------------- */

static const table_spec documents_table = {"documents", &imported_document_schema, NULL, 0, 0, 0, 0};
static const table_spec targets_table = {"indicators", &imported_target_schema, NULL, 0, 0, 0, 0};
static const table_spec results_table = {"achieved", &imported_result_schema, NULL, 0, 0, 0, 0};
static const table_spec tasks_table = {"tasks", &imported_task_schema, NULL, 0, 0, 0, 0};

/* One document: its row, holding its targets, results and the tasks whose lead the text names
 * (ANSWERS.md counts only those; the issuer's own duties name none). */
static void json_document(renderer *out, const char *file, const congdoan_document *doc, int letter)
{
    row r;
    row_init(&r, &documents_table);
    fill_imported_document_row(&r, file, doc, letter ? "letter" : NULL);
    render_row_open(out, &r);
    row_release(&r);

    row_init(&r, &targets_table);
    render_table_begin(out, &targets_table);
    for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
        row_clear(&r);
        fill_imported_target_row(&r, congdoan_document_indicator(doc, i));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);

    row_init(&r, &results_table);
    render_table_begin(out, &results_table);
    for (size_t i = 0; i < congdoan_document_result_count(doc); i++) {
        row_clear(&r);
        fill_imported_result_row(&r, congdoan_document_result(doc, i));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);

    row_init(&r, &tasks_table);
    render_table_begin(out, &tasks_table);
    for (size_t i = 0; i < congdoan_document_task_count(doc); i++) {
        const congdoan_task *t = congdoan_document_task(doc, i);
        if (!congdoan_task_lead_text(t))
            continue;
        row_clear(&r);
        fill_imported_task_row(&r, t);
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
    render_row_close(out);
}

/* ---- text ------------------------------------------------------------------------------------- */

static void text_document(renderer *out, const char *file, const congdoan_document *doc, int letter)
{
    char date[16];
    /* tasks with a lead: matched to a loaded unit, or named by words that match none (a class
     * of units, "các LĐLĐ huyện, thành phố", is one of those; all of them when no units are
     * loaded): those are named (the first few), so that the office can check them */
    enum { UNMATCHED_NAMED = 3 };
    size_t tasks = congdoan_document_task_count(doc), led = 0, unmatched = 0, distinct = 0;
    char *names = xstrdup("");
    for (size_t i = 0; i < tasks; i++) {
        const congdoan_task *t = congdoan_document_task(doc, i);
        int matched = congdoan_task_lead_id(t) != NULL;
        const char *named = congdoan_task_lead_text(t);
        led += matched || named;
        if (matched || !named)
            continue;
        if (unmatched++, distinct > UNMATCHED_NAMED)
            continue; /* enough names to show: the others are only counted */
        int seen = 0; /* each name once (a lead of nine tasks is one name) */
        for (size_t j = 0; j < i && !seen; j++) {
            const congdoan_task *u = congdoan_document_task(doc, j);
            seen = !congdoan_task_lead_id(u) && congdoan_task_lead_text(u) && strcmp(congdoan_task_lead_text(u), named) == 0;
        }
        if (!seen && distinct++ < UNMATCHED_NAMED) {
            char *more = xprintf("%s%s\"%s\"", names, *names ? "; " : "", named);
            free(names);
            names = more;
        }
    }
    char *leads;
    if (distinct > UNMATCHED_NAMED)
        leads = xprintf("%zu có đơn vị chủ trì, %zu chưa khớp đơn vị đã nạp: %s và các tên khác", led, unmatched,
                        names);
    else if (unmatched)
        leads = xprintf("%zu có đơn vị chủ trì, %zu chưa khớp đơn vị đã nạp: %s", led, unmatched, names);
    else
        leads = xprintf("%zu có đơn vị chủ trì", led);
    free(names);
    const char *number = congdoan_document_number(doc);
    const char *title = congdoan_document_title(doc);
    int issued = congdoan_document_issued(doc);
    render_text(out, 0, "%s: %s %s%s%s", file,
                letter ? "Công văn" : congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc)),
                number ? number : "(không số)", issued ? ", ngày " : "", issued ? format_date(date, issued) : "");
    render_text(out, 2, "id: %s", congdoan_document_id(doc));
    if (title)
        render_text(out, 2, "trích yếu: %s", title);
    const congdoan_unit *issuer = congdoan_document_issuer(doc);
    if (issuer)
        render_text(out, 2, "cơ quan ban hành: %s", congdoan_unit_name(issuer));
    if (congdoan_document_signer_name(doc))
        render_text(out, 2, "người ký: %s", congdoan_document_signer_name(doc));
    if (congdoan_document_author(doc)) /* a news item's byline */
        render_text(out, 2, "tác giả: %s", congdoan_document_author(doc));
    render_text(out, 2, "%zu văn bản liên quan, %zu mục, %zu nhiệm vụ (%s), %zu chỉ tiêu, %zu kết quả",
                congdoan_document_relation_count(doc), congdoan_document_section_count(doc), tasks, leads,
                congdoan_document_indicator_count(doc), congdoan_document_result_count(doc));
    free(leads);
}

/* ---- the command ------------------------------------------------------------------------------ */

static void print_issues(const congdoan_issues *issues)
{
    size_t n = congdoan_issues_count(issues);
    issue_record *recs = xcalloc(n ? n : 1, sizeof *recs);
    for (size_t i = 0; i < n; i++)
        issue_record_from(&recs[i], congdoan_issues_get(issues, i), i);
    issue_records_sort(recs, n);
    for (size_t i = 0; i < n; i++)
        print_issue_line(stderr, &recs[i]);
    free(recs);
}

static int is_pdf(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}

/* The importer said, among the issues from `from` on, that the document is an official letter
 * (import-kind-letter): the vocabulary has no kind for one, so the document holds the kind news
 * and only the issue says what it is. */
static int said_letter(const congdoan_issues *issues, size_t from)
{
    for (size_t i = from; i < congdoan_issues_count(issues); i++)
        if (strcmp(congdoan_issue_tag(congdoan_issues_get(issues, i)), "import-kind-letter") == 0)
            return 1;
    return 0;
}

/* Import one file; a PDF through the text pdftotext makes of it. 0 or the library's code. */
static int import_one(congdoan_corpus *corpus, const char *path, const congdoan_import_options *opts,
                      congdoan_issues *issues, const congdoan_document **doc)
{
    if (!is_pdf(path))
        return congdoan_import_file(corpus, path, opts, issues, doc);
    char err[256];
    char *text = NULL;
    size_t len = 0;
    size_t max = 64u << 20;
    if (cd_pdf_to_text(path, 60, max, &text, &len, err, sizeof err) != 0) {
        print_error("cannot import '%s': %s", path, err);
        return CONGDOAN_EIO;
    }
    congdoan_import_options o = *opts;
    o.format = CONGDOAN_IMPORT_TEXT;
    int rc = congdoan_import_memory(corpus, text, len, path, &o, issues, doc);
    free(text);
    return rc;
}

/* The documents imported (not the units they were matched against, nor documents of -d),
 * copied into a corpus of their own and written to `output`. 0 or the library's code. */
static int write_imported(const char *output, const congdoan_document *const *docs, const char *const *files,
                          size_t n)
{
    congdoan_corpus *imported = NULL;
    congdoan_output *out = NULL;
    int rc = congdoan_corpus_new(&imported);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        congdoan_output *one = NULL;
        size_t size = 0;
        if (!docs[i])
            continue;
        rc = congdoan_output_new_memory(&one);
        if (rc == 0)
            rc = congdoan_write_document(docs[i], one);
        if (rc == 0)
            rc = congdoan_output_finish(one);
        if (rc == 0) {
            const char *xml = congdoan_output_data(one, &size);
            rc = congdoan_corpus_load_memory(imported, xml, size, files[i], NULL);
        }
        congdoan_output_free(one);
    }
    if (rc == 0)
        rc = congdoan_output_new_file(output, &out);
    if (rc == 0)
        rc = congdoan_write_corpus(imported, CONGDOAN_WRITE_DOCUMENTS, out);
    if (rc == 0)
        rc = congdoan_output_finish(out);
    congdoan_output_free(out);
    congdoan_corpus_free(imported);
    return rc;
}

static int run_import(const command *cmd, const parsed_args *a)
{
    const char *output = opt(a, OPT_OUTPUT), *id = opt(a, OPT_ID);
    if (a->arg_count == 0)
        return usage_error(cmd, "which files? Give one or more files to import (text, .html, .docx, .pdf)");
    if (id && a->arg_count > 1)
        return usage_error(cmd, "--id names one document: give one FILE with it");

    congdoan_corpus *corpus = NULL;
    int status = EXIT_OK;
    if (a->data_count || (getenv("CONGDOAN_DATA") && *getenv("CONGDOAN_DATA"))) {
        status = load_data(cmd, a, &corpus);
        if (status != EXIT_OK)
            return status;
    } else {
        int rc = congdoan_corpus_new(&corpus);
        if (rc) {
            print_library_error(rc, "cannot start");
            return EXIT_USAGE;
        }
    }
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) != 0) {
        print_error("out of memory");
        congdoan_corpus_free(corpus);
        return EXIT_USAGE;
    }
    const congdoan_document **docs = xcalloc(a->arg_count, sizeof *docs);
    int json = a->format == FORMAT_JSON;
    renderer *out = start_output(cmd, a, NULL);
    if (json)
        render_table_begin(out, &documents_table);
    congdoan_import_options opts = CONGDOAN_IMPORT_OPTIONS_INIT;
    opts.document_id = id;
    for (size_t i = 0; i < a->arg_count; i++) {
        const char *file = a->args[i];
        size_t errors_before = congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR);
        size_t issues_before = congdoan_issues_count(issues);
        int rc = import_one(corpus, file, &opts, issues, &docs[i]);
        if (rc != 0) {
            /* An error the importer reported as an issue is printed with the issues, once; a PDF
             * pdftotext could not read was said by import_one. */
            int said = (rc == CONGDOAN_EIO && is_pdf(file)) ||
                       congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) > errors_before;
            if (!said)
                print_library_error(rc, *congdoan_error_last_file() ? NULL : file);
            if (status == EXIT_OK)
                status = rc == CONGDOAN_EIO ? EXIT_USAGE : EXIT_INVALID;
            continue;
        }
        int letter = said_letter(issues, issues_before);
        if (json)
            json_document(out, file, docs[i], letter);
        else
            text_document(out, file, docs[i], letter);
    }
    if (json)
        render_table_end(out);
    status = finish_output(out, status);
    print_issues(issues);
    if (output && status != EXIT_OK) {
        size_t failed = 0;
        for (size_t i = 0; i < a->arg_count; i++)
            failed += docs[i] == NULL;
        if (failed) /* nothing half-built: the documents that were read are not written alone */
            print_error("nothing written to '%s': %zu of %zu files could not be imported", output, failed,
                        a->arg_count);
    } else if (output) {
        int rc = write_imported(output, docs, (const char *const *)a->args, a->arg_count);
        if (rc != 0) {
            print_library_error(rc, output);
            status = EXIT_USAGE;
        }
    }
    congdoan_issues_free(issues);
    free(docs);
    congdoan_corpus_free(corpus);
    return status;
}
