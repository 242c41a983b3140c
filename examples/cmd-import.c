/*
 * congdoan import — read plans, programmes, resolutions, reports and news items written in
 * Vietnamese prose into documents of the vocabulary.
 *
 *   congdoan import [-d UNITS]... [-o OUT.xml] [--format text|json] [--id ID] FILE...
 *
 * Every FILE is imported with congdoan_import_file() into one corpus that holds the units of
 * -d (the names in the text are matched against them). The documents imported are written
 * with -o; the issues the importer raises are printed as validate prints them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char import_help[] =
    "Usage: congdoan import [-d UNITS]... [-o OUT.xml] [--format text|json] [--id ID] FILE...\n"
    "\n"
    "Read documents as people write them -- a plan, a work programme, a resolution, a\n"
    "report or a news item in Vietnamese, saved as UTF-8 text (from a web page, or from a\n"
    "PDF with `pdftotext -layout FILE.pdf`) -- and turn each into a document: its number,\n"
    "date, place, issuer, signer and title, the documents it carries out, its sections,\n"
    "its tasks (who leads, who coordinates, by when) and its targets (chỉ tiêu: figure,\n"
    "comparator, what is counted, over whom, for which period).\n"
    "\n"
    "The units named in the text (\"Ban Đối ngoại\", \"LĐLĐ tỉnh\") are matched against\n"
    "the units loaded with -d; a name that matches none is kept as written and reported.\n"
    "Whatever the importer is unsure of is printed on standard error as\n"
    "\"W: file.txt:LINE:COL: import-...: ...\" so that you can check it against the text.\n"
    "\n"
    "Options:\n"
    "  -d, --data PATH     units (a file or folder of XML) to match names against;\n"
    "                      repeat it for more (default: $CONGDOAN_DATA, or none)\n"
    "  -o, --output FILE   write the imported documents to FILE as XML (check it with\n"
    "                      congdoan validate -d UNITS FILE)\n"
    "  --format FORMAT     text (the default): what was found in each file;\n"
    "                      json: one object per file with the keys of\n"
    "                      tests/data/corpus-dev/ANSWERS.md (doc_number, kind, date,\n"
    "                      place, issuer, issuing_body, signer, title, implements,\n"
    "                      referenced_docs, indicators, achieved, tasks)\n"
    "  --id ID             the id of the new document (one FILE only; default: made\n"
    "                      from its number or file name)\n"
    "  -h, --help          show this help and exit\n"
    "\n"
    "Exit status:\n"
    "  0  every file was imported\n"
    "  1  a file could not be imported (its errors are printed), or the units have errors\n"
    "  2  a usage error, or a file or path that cannot be read\n";

static int run_import(int argc, char **argv);

const command cmd_import = {
    .name = "import",
    .summary = "import documents written in Vietnamese prose (text) into the vocabulary",
    .usage = "congdoan import [-d UNITS]... [-o OUT.xml] [--format text|json] [--id ID] FILE...",
    .run = run_import,
    .help = import_help,
};

/* ---- JSON in the shape of ANSWERS.md ----------------------------------------------------------- */

static const char *cmp_symbol(const congdoan_indicator *ind)
{
    switch (congdoan_indicator_comparator(ind)) {
    case CONGDOAN_COMPARATOR_AT_MOST:
        return "<=";
    case CONGDOAN_COMPARATOR_EXACTLY:
        return "=";
    case CONGDOAN_COMPARATOR_RANGE:
        return "range";
    default:
        return ">=";
    }
}

static const char *kind_word(congdoan_document_kind kind)
{
    const char *name = congdoan_document_kind_name(kind);
    return name ? name : "news";
}

static void json_document(jw_writer *w, const char *file, const congdoan_document *doc)
{
    const char *base = strrchr(file, '/');
    jw_begin_object(w);
    jw_kv_string(w, "file", base ? base + 1 : file);
    jw_kv_string(w, "kind", kind_word(congdoan_document_get_kind(doc)));
    jw_kv_string(w, "doc_number", congdoan_document_number(doc));
    jw_kv_date(w, "date", congdoan_document_issued(doc));
    jw_kv_string(w, "place", congdoan_document_place(doc));
    const congdoan_unit *issuer = congdoan_document_issuer(doc), *body = congdoan_document_issuing_body(doc);
    jw_kv_string(w, "issuer", issuer ? congdoan_unit_name(issuer) : congdoan_document_issuer_id(doc));
    jw_kv_string(w, "issuing_body", body ? congdoan_unit_name(body) : congdoan_document_issuing_body_id(doc));
    jw_kv_string(w, "signer", congdoan_document_signer_name(doc));
    jw_kv_string(w, "title", congdoan_document_title(doc));
    jw_key(w, "implements");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_relation_count(doc); i++) {
        congdoan_relation_type t = congdoan_document_relation_type(doc, i);
        const char *n = congdoan_document_relation_number(doc, i);
        if (n && (t == CONGDOAN_RELATION_IMPLEMENTS || t == CONGDOAN_RELATION_BASED_ON ||
                  t == CONGDOAN_RELATION_CONCRETISES))
            jw_string(w, n);
    }
    jw_end_array(w);
    jw_key(w, "referenced_docs");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_relation_count(doc); i++)
        if (congdoan_document_relation_number(doc, i))
            jw_string(w, congdoan_document_relation_number(doc, i));
    jw_end_array(w);
    jw_key(w, "indicators");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
        const congdoan_indicator *ind = congdoan_document_indicator(doc, i);
        congdoan_measure m = congdoan_indicator_measure(ind);
        int percent = m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS;
        jw_begin_object(w);
        jw_kv_string(w, "text", congdoan_indicator_text(ind));
        jw_kv_number(w, "value", congdoan_indicator_target(ind));
        double hi = 0;
        if (congdoan_indicator_target_max(ind, &hi) == 0)
            jw_kv_number(w, "value_max", hi);
        jw_kv_string(w, "unit", percent ? "%" : "count");
        jw_kv_string(w, "noun", congdoan_indicator_unit_of_measure(ind));
        jw_kv_string(w, "comparator", cmp_symbol(ind));
        jw_kv_string(w, "period", congdoan_indicator_period(ind));
        jw_end_object(w);
    }
    jw_end_array(w);
    /* The vocabulary this library reads holds no results yet. */
    jw_key(w, "achieved");
    jw_begin_array(w);
    jw_end_array(w);
    jw_key(w, "tasks");
    jw_begin_array(w);
    for (size_t i = 0; i < congdoan_document_task_count(doc); i++) {
        const congdoan_task *t = congdoan_document_task(doc, i);
        const congdoan_unit *lead = congdoan_task_lead(t);
        jw_begin_object(w);
        jw_kv_string(w, "text", congdoan_task_text(t));
        jw_kv_string(w, "lead", lead ? congdoan_unit_name(lead) : congdoan_task_lead_id(t));
        jw_key(w, "coordinators");
        jw_begin_array(w);
        for (size_t c = 0; c < congdoan_task_coordinator_count(t); c++) {
            const congdoan_unit *u = congdoan_task_coordinator(t, c);
            const char *text = congdoan_task_coordinator_text(t, c);
            jw_string(w, text ? text : u ? congdoan_unit_name(u) : congdoan_task_coordinator_id(t, c));
        }
        jw_end_array(w);
        jw_kv_string(w, "due", congdoan_task_due_text(t));
        jw_end_object(w);
    }
    jw_end_array(w);
    jw_end_object(w);
}

/* ---- text ------------------------------------------------------------------------------------- */

static void text_document(const char *file, const congdoan_document *doc)
{
    char date[16];
    size_t tasks = congdoan_document_task_count(doc), led = 0;
    for (size_t i = 0; i < tasks; i++)
        led += congdoan_task_lead_id(congdoan_document_task(doc, i)) != NULL;
    const char *number = congdoan_document_number(doc);
    const char *title = congdoan_document_title(doc);
    printf("%s: %s %s%s%s\n", file, congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc)),
           number ? number : "(không số)", congdoan_document_issued(doc) ? ", ngày " : "",
           congdoan_document_issued(doc) ? format_date(date, congdoan_document_issued(doc)) : "");
    printf("  id: %s\n", congdoan_document_id(doc));
    if (title)
        printf("  trích yếu: %s\n", title);
    const congdoan_unit *issuer = congdoan_document_issuer(doc);
    if (issuer)
        printf("  cơ quan ban hành: %s\n", congdoan_unit_name(issuer));
    if (congdoan_document_signer_name(doc))
        printf("  người ký: %s\n", congdoan_document_signer_name(doc));
    printf("  %zu văn bản liên quan, %zu mục, %zu nhiệm vụ (%zu có đơn vị chủ trì), %zu chỉ tiêu\n",
           congdoan_document_relation_count(doc), congdoan_document_section_count(doc), tasks, led,
           congdoan_document_indicator_count(doc));
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

static int run_import(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char **files = xcalloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    const char *output = NULL, *id = NULL;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *value = NULL;
        if (parse_common_option(&cmd_import, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, argv[i]))
            files[nfiles++] = argv[i];
        else if (option_value(&cmd_import, argc, argv, &i, "--output", "-o", &value, &status))
            output = value;
        else if (option_value(&cmd_import, argc, argv, &i, "--id", NULL, &value, &status))
            id = value;
        else
            status = usage_error(&cmd_import, "unknown option '%s'", argv[i]);
    }
    if (status < 0 && nfiles == 0)
        status = usage_error(&cmd_import, "which files? Give one or more text files to import");
    if (status < 0 && o.format == FORMAT_CSV)
        status = usage_error(&cmd_import, "import prints text or json, not csv");
    if (status < 0 && id && nfiles > 1)
        status = usage_error(&cmd_import, "--id names one document: give one FILE with it");
    if (status >= 0) {
        free(files);
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    if (o.data_count || (getenv("CONGDOAN_DATA") && *getenv("CONGDOAN_DATA"))) {
        status = load_data(&cmd_import, &o, &corpus);
    } else {
        int rc = congdoan_corpus_new(&corpus);
        status = rc ? EXIT_USAGE : EXIT_OK;
        if (rc)
            print_library_error(rc, "cannot start");
    }
    congdoan_issues *issues = NULL;
    if (status == EXIT_OK && congdoan_issues_new(&issues) != 0) {
        print_error("out of memory");
        status = EXIT_USAGE;
    }
    const congdoan_document **docs = xcalloc(nfiles ? nfiles : 1, sizeof *docs);
    jw_writer w;
    if (o.format == FORMAT_JSON) {
        jw_init(&w, stdout);
        jw_begin_array(&w);
    }
    congdoan_import_options opts = CONGDOAN_IMPORT_OPTIONS_INIT;
    opts.document_id = id;
    for (size_t i = 0; status != EXIT_USAGE && corpus && i < nfiles; i++) {
        size_t errors_before = issues ? congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) : 0;
        int rc = congdoan_import_file(corpus, files[i], &opts, issues, &docs[i]);
        if (rc != 0) {
            /* An error the importer reported as an issue is printed with the issues, once. */
            if (!issues || congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) == errors_before)
                print_library_error(rc, *congdoan_error_last_file() ? NULL : files[i]);
            if (status == EXIT_OK)
                status = rc == CONGDOAN_EIO ? EXIT_USAGE : EXIT_INVALID;
            continue;
        }
        if (o.format == FORMAT_JSON)
            json_document(&w, files[i], docs[i]);
        else
            text_document(files[i], docs[i]);
    }
    if (o.format == FORMAT_JSON) {
        jw_end_array(&w);
        if (jw_finish(&w) != 0 && status == EXIT_OK)
            status = EXIT_USAGE;
    }
    if (issues)
        print_issues(issues);
    if (output && corpus && status == EXIT_OK) {
        /* the documents imported, not the units they were matched against nor documents of -d:
         * copied into a corpus of their own, then written */
        congdoan_corpus *imported = NULL;
        congdoan_output *out = NULL;
        int rc = congdoan_corpus_new(&imported);
        for (size_t i = 0; rc == 0 && i < nfiles; i++) {
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
        if (rc != 0) {
            print_library_error(rc, output);
            status = EXIT_USAGE;
        }
    }
    congdoan_issues_free(issues);
    free(docs);
    free(files);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
