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
              "JSON: an array with one object per file imported, with exactly the keys of the careful reader's "
              "answers (tests/data/corpus-dev/ANSWERS.md): file, kind, doc_number, date, place, issuer, "
              "issuing_body, signer, title, implements, referenced_docs, indicators (text, value, value_max, "
              "unit, noun, comparator as >=, >, <=, <, =, ~ or range, scope, subject, period), achieved (text, value, "
              "unit, noun, comparator, scope, period, and when the text states them of, rate, over_target_pct, "
              "over_target_comparator, estimate, cumulative), tasks whose lead the text names (text, lead as "
              "printed, lead_unit, coordinators, due)."),
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

/* A small writer for that fixed shape: values are written as they come, two spaces of
 * indentation, strings escaped as the renderer escapes them. */
typedef struct jw_writer {
    FILE *out;
    int depth;
    int first[16];
    int after_key;
} jw_writer;

static void jw_sep(jw_writer *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        fputs(w->first[w->depth] ? "\n" : ",\n", w->out);
        w->first[w->depth] = 0;
        for (int i = 0; i < w->depth; i++)
            fputs("  ", w->out);
    }
}

static void jw_open(jw_writer *w, char c)
{
    jw_sep(w);
    fputc(c, w->out);
    if (w->depth + 1 < 16)
        w->depth++;
    w->first[w->depth] = 1;
}

static void jw_close(jw_writer *w, char c)
{
    int empty = w->first[w->depth];
    w->depth--;
    if (!empty) {
        fputc('\n', w->out);
        for (int i = 0; i < w->depth; i++)
            fputs("  ", w->out);
    }
    fputc(c, w->out);
}

static void jw_begin_object(jw_writer *w) { jw_open(w, '{'); }
static void jw_end_object(jw_writer *w) { jw_close(w, '}'); }
static void jw_begin_array(jw_writer *w) { jw_open(w, '['); }
static void jw_end_array(jw_writer *w) { jw_close(w, ']'); }

static void jw_key(jw_writer *w, const char *key)
{
    jw_sep(w);
    json_put_string(w->out, key);
    fputs(": ", w->out);
    w->after_key = 1;
}

static void jw_string(jw_writer *w, const char *s)
{
    jw_sep(w);
    if (s)
        json_put_string(w->out, s);
    else
        fputs("null", w->out);
}

static void jw_kv_string(jw_writer *w, const char *key, const char *s)
{
    jw_key(w, key);
    jw_string(w, s);
}

static void jw_kv_number(jw_writer *w, const char *key, double v)
{
    char buf[32];
    jw_key(w, key);
    jw_sep(w);
    fputs(format_machine_number(buf, v), w->out);
}

static void jw_kv_date(jw_writer *w, const char *key, int ymd)
{
    char buf[16];
    jw_kv_string(w, key, ymd ? format_iso_date(buf, ymd) : NULL);
}

/* ANSWERS.md's symbol for a comparator: >=, >, <=, <, = (a bare figure), ~ or range. */
static const char *cmp_symbol(congdoan_comparator c)
{
    switch (c) {
    case CONGDOAN_COMPARATOR_AT_LEAST:
        return ">=";
    case CONGDOAN_COMPARATOR_MORE_THAN:
        return ">";
    case CONGDOAN_COMPARATOR_AT_MOST:
        return "<=";
    case CONGDOAN_COMPARATOR_LESS_THAN:
        return "<";
    case CONGDOAN_COMPARATOR_ABOUT:
        return "~";
    case CONGDOAN_COMPARATOR_RANGE:
    case CONGDOAN_COMPARATOR_RANGE_OR_MORE:
        return "range";
    default:
        return "=";
    }
}

/* ANSWERS.md's unit: "%", "VND" for money, else "count" (the noun says what). */
static const char *unit_word(congdoan_measure m)
{
    if (m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS)
        return "%";
    return m == CONGDOAN_MEASURE_MONEY ? "VND" : m == CONGDOAN_MEASURE_SCORE ? "score" : "count";
}

static const char *kind_word(congdoan_document_kind kind)
{
    const char *name = congdoan_document_kind_name(kind);
    return name ? name : "news";
}

static int is_implementation(congdoan_relation_type t)
{
    return t == CONGDOAN_RELATION_IMPLEMENTS || t == CONGDOAN_RELATION_BASED_ON || t == CONGDOAN_RELATION_CONCRETISES;
}

static void json_relations(jw_writer *w, const congdoan_document *doc)
{
    size_t n = congdoan_document_relation_count(doc);
    jw_key(w, "implements");
    jw_begin_array(w);
    for (size_t i = 0; i < n; i++)
        if (congdoan_document_relation_number(doc, i) && is_implementation(congdoan_document_relation_type(doc, i)))
            jw_string(w, congdoan_document_relation_number(doc, i));
    jw_end_array(w);
    /* every number the document names, once */
    jw_key(w, "referenced_docs");
    jw_begin_array(w);
    for (size_t i = 0; i < n; i++) {
        const char *num = congdoan_document_relation_number(doc, i);
        int seen = 0;
        for (size_t j = 0; num && j < i && !seen; j++) {
            const char *other = congdoan_document_relation_number(doc, j);
            seen = other && strcmp(other, num) == 0;
        }
        if (num && !seen)
            jw_string(w, num);
    }
    jw_end_array(w);
}

static void json_indicator(jw_writer *w, const congdoan_indicator *ind)
{
    jw_begin_object(w);
    jw_kv_string(w, "text", congdoan_indicator_text(ind));
    jw_kv_number(w, "value", congdoan_indicator_target(ind));
    double hi = 0;
    if (congdoan_indicator_target_max(ind, &hi) == 0)
        jw_kv_number(w, "value_max", hi);
    jw_kv_string(w, "unit", unit_word(congdoan_indicator_measure(ind)));
    jw_kv_string(w, "noun", congdoan_indicator_unit_of_measure(ind));
    jw_kv_string(w, "comparator", cmp_symbol(congdoan_indicator_comparator(ind)));
    if (congdoan_indicator_score_max(ind, &hi) == 0)
        jw_kv_number(w, "score_max", hi);
    const congdoan_indicator *whole = congdoan_indicator_part_of(ind);
    if (whole) /* "trong đó": the target it is a part of, by its value */
        jw_kv_number(w, "part_of", congdoan_indicator_target(whole));
    const congdoan_population *pop = congdoan_indicator_population(ind, 0);
    jw_kv_string(w, "scope", pop ? congdoan_population_text(pop) : NULL);
    jw_kv_string(w, "subject", congdoan_indicator_subject(ind));
    const char *period = congdoan_indicator_period_text(ind);
    jw_kv_string(w, "period", period ? period : congdoan_indicator_period(ind));
    jw_end_object(w);
}

static void json_result(jw_writer *w, const congdoan_result *res)
{
    double v = 0;
    jw_begin_object(w);
    jw_kv_string(w, "text", congdoan_result_text(res));
    if (congdoan_result_value(res, &v) == 0)
        jw_kv_number(w, "value", v);
    else
        jw_kv_string(w, "value", NULL);
    jw_kv_string(w, "unit", unit_word(congdoan_result_measure(res)));
    jw_kv_string(w, "noun", congdoan_result_unit_of_measure(res));
    jw_kv_string(w, "comparator", cmp_symbol(congdoan_result_comparator(res)));
    if (congdoan_result_score_max(res, &v) == 0)
        jw_kv_number(w, "score_max", v);
    const congdoan_result *whole = congdoan_result_part_of(res);
    if (whole && congdoan_result_value(whole, &v) == 0) /* "trong đó": the result it is a part of, by its value */
        jw_kv_number(w, "part_of", v);
    const congdoan_population *pop = congdoan_result_population(res, 0);
    if (pop)
        jw_kv_string(w, "scope", congdoan_population_text(pop));
    const char *period = congdoan_result_period_text(res);
    jw_kv_string(w, "period", period ? period : congdoan_result_period(res));
    if (congdoan_result_of(res, &v) == 0)
        jw_kv_number(w, "of", v);
    if (congdoan_result_stated_rate(res, &v) == 0 || congdoan_result_share(res, &v) == 0)
        jw_kv_number(w, "rate", v);
    if (congdoan_result_over_target(res, &v) == 0) {
        jw_kv_number(w, "over_target_pct", v);
        jw_kv_string(w, "over_target_comparator", cmp_symbol(congdoan_result_over_target_comparator(res)));
    }
    if (congdoan_result_is_estimate(res)) {
        jw_key(w, "estimate");
        jw_sep(w);
        fputs("true", w->out);
    }
    if (congdoan_result_is_cumulative(res)) {
        jw_key(w, "cumulative");
        jw_sep(w);
        fputs("true", w->out);
    }
    jw_end_object(w);
}

/* A task whose lead the words name (ANSWERS.md counts only those): the lead as printed, and
 * the unit it matched. The issuer's own tasks (a programme's list of its duties) name none. */
static void json_task(jw_writer *w, const congdoan_task *t)
{
    jw_begin_object(w);
    jw_kv_string(w, "text", congdoan_task_text(t));
    jw_kv_string(w, "lead", congdoan_task_lead_text(t));
    jw_kv_string(w, "lead_unit", congdoan_task_lead_id(t));
    jw_key(w, "coordinators");
    jw_begin_array(w);
    for (size_t c = 0; c < congdoan_task_coordinator_count(t); c++) {
        const congdoan_unit *u = congdoan_task_coordinator(t, c);
        const char *text = congdoan_task_coordinator_text(t, c);
        jw_string(w, text ? text : u ? congdoan_unit_name(u) : congdoan_task_coordinator_id(t, c));
    }
    jw_end_array(w);
    const char *due = congdoan_task_due_text(t);
    if (!due && congdoan_task_milestone_count(t))
        due = congdoan_task_milestone_due_text(t, 0);
    jw_kv_string(w, "due", due);
    jw_end_object(w);
}

static void json_document(jw_writer *w, const char *file, const congdoan_document *doc)
{
    const char *base = strrchr(file, '/');
    jw_begin_object(w);
    jw_kv_string(w, "file", base ? base + 1 : file);
    jw_kv_string(w, "kind", kind_word(congdoan_document_get_kind(doc)));
    jw_kv_string(w, "doc_number", congdoan_document_number(doc));
    /* the document's own date; a page's publication line when it has none */
    int date = congdoan_document_issued(doc);
    jw_kv_date(w, "date", date ? date : congdoan_document_published(doc));
    jw_kv_string(w, "place", congdoan_document_place(doc));
    const congdoan_unit *issuer = congdoan_document_issuer(doc), *body = congdoan_document_issuing_body(doc);
    jw_kv_string(w, "issuer", issuer ? congdoan_unit_name(issuer) : congdoan_document_issuer_text(doc));
    jw_kv_string(w, "issuing_body", body ? congdoan_unit_name(body) : congdoan_document_issuing_body_id(doc));
    jw_kv_string(w, "signer", congdoan_document_signer_name(doc));
    jw_kv_string(w, "title", congdoan_document_title(doc));
    jw_kv_string(w, "author", congdoan_document_author(doc));
    json_relations(w, doc);
    jw_key(w, "indicators");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++)
        json_indicator(w, congdoan_document_indicator(doc, i));
    jw_end_array(w);
    jw_key(w, "achieved");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_result_count(doc); i++)
        json_result(w, congdoan_document_result(doc, i));
    jw_end_array(w);
    jw_key(w, "tasks");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_task_count(doc); i++)
        if (congdoan_task_lead_text(congdoan_document_task(doc, i)))
            json_task(w, congdoan_document_task(doc, i));
    jw_end_array(w);
    jw_end_object(w);
}

/* ---- text ------------------------------------------------------------------------------------- */

static void text_document(renderer *out, const char *file, const congdoan_document *doc)
{
    char date[16];
    /* tasks with a lead: matched to a loaded unit, or named by the words and matching none
     * (all of them when no units are loaded) */
    size_t tasks = congdoan_document_task_count(doc), led = 0, unmatched = 0;
    for (size_t i = 0; i < tasks; i++) {
        const congdoan_task *t = congdoan_document_task(doc, i);
        int matched = congdoan_task_lead_id(t) != NULL, named = congdoan_task_lead_text(t) != NULL;
        led += matched || named;
        unmatched += !matched && named;
    }
    char leads[96];
    if (unmatched)
        snprintf(leads, sizeof leads, "%zu có đơn vị chủ trì, %zu chưa khớp đơn vị đã nạp", led, unmatched);
    else
        snprintf(leads, sizeof leads, "%zu có đơn vị chủ trì", led);
    const char *number = congdoan_document_number(doc);
    const char *title = congdoan_document_title(doc);
    int issued = congdoan_document_issued(doc);
    render_text(out, 0, "%s: %s %s%s%s", file, congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc)),
                number ? number : "(không số)", issued ? ", ngày " : "", issued ? format_date(date, issued) : "");
    render_text(out, 2, "id: %s", congdoan_document_id(doc));
    if (title)
        render_text(out, 2, "trích yếu: %s", title);
    const congdoan_unit *issuer = congdoan_document_issuer(doc);
    if (issuer)
        render_text(out, 2, "cơ quan ban hành: %s", congdoan_unit_name(issuer));
    if (congdoan_document_signer_name(doc))
        render_text(out, 2, "người ký: %s", congdoan_document_signer_name(doc));
    render_text(out, 2, "%zu văn bản liên quan, %zu mục, %zu nhiệm vụ (%s), %zu chỉ tiêu, %zu kết quả",
                congdoan_document_relation_count(doc), congdoan_document_section_count(doc), tasks, leads,
                congdoan_document_indicator_count(doc), congdoan_document_result_count(doc));
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
    jw_writer w = {stdout, 0, {1}, 0};
    renderer *text = json ? NULL : start_output(cmd, a, NULL);
    if (json)
        jw_begin_array(&w);
    congdoan_import_options opts = CONGDOAN_IMPORT_OPTIONS_INIT;
    opts.document_id = id;
    for (size_t i = 0; i < a->arg_count; i++) {
        const char *file = a->args[i];
        size_t errors_before = congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR);
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
        if (json)
            json_document(&w, file, docs[i]);
        else
            text_document(text, file, docs[i]);
    }
    if (json) {
        jw_end_array(&w);
        fputc('\n', stdout);
        if ((fflush(stdout) != 0 || ferror(stdout)) && status == EXIT_OK) {
            print_error("cannot write the output");
            status = EXIT_USAGE;
        }
    } else {
        status = finish_output(text, status);
    }
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
