/*
 * congdoan show — one document: its metadata, relations, reporting, recipients and outline.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_DEPTH = 1 };

static const option_spec show_options[] = {
    {OPT_DEPTH, "depth", 0, N_("N"), N_("show the outline N levels deep (default: all)"), COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_show(const command *cmd, const parsed_args *a);

const command cmd_show = {
    .name = "show",
    .summary = N_("show a document: metadata, relations, reporting, outline"),
    .arguments = N_("DOC"),
    .argument_complete = COMPLETE_DOCUMENT,
    .description =
        N_("Show one document: what it is, who issued and signed it, the documents it refers to and those that "
        "refer to it, who reports on it and by when, where it is sent, and its outline (parts, items and "
        "bullets) with the number of tasks and indicators in each.\n\n"
        "DOC is the document's number as printed (13/CTr-LĐLĐ, also \"Số: 13/CTr-LDLD\"), its id "
        "(ctr-13-ldld-laichau-2025) or words of its title."),
    .options = show_options,
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "document|relations|incoming|deadlines|recipients|sections",
    .output =
        N_("Text, with the labels the documents use: Số, ký hiệu (number), Mã (id in the data), Loại văn bản "
        "(kind), Trích yếu (title), Đơn vị ban hành (issuer), Cơ quan ban hành (issuing body), Ngày ban hành, "
        "Ngày hiệu lực, Nơi ban hành, Lĩnh vực, Người ký, Nhiệm vụ and Chỉ tiêu (counts); Văn bản liên quan "
        "(relations: thực hiện, căn cứ, cụ thể hóa, sửa đổi, thay thế, sơ kết, tổng kết; Trong dữ liệu gives "
        "the related document's id when it is loaded, else —); Văn bản dẫn chiếu đến văn bản này; Chế độ báo "
        "cáo (Gửi đến, Định kỳ, Đơn vị báo cáo, and each period's deadline); Nơi nhận; Bố cục (the outline). "
        "Dates are day/month/year.\n\n"
        "JSON: \"document\" (one \"document\" row), \"relations\" (\"document_relation\" rows), \"incoming\" "
        "(\"incoming_relation\"), \"deadlines\", \"recipients\" and \"sections\" (the outline, parents before "
        "their parts, with depth and parent_id). CSV: one of these tables (--table). FORMATS.md lists the "
        "fields."),
    .run = run_show,
};

/* ---- the tables ------------------------------------------------------------------------------------- */

static const table_spec document_table = {"document", &document_schema, NULL, 0, 0, 0,
                                          TABLE_MACHINE_ONLY | TABLE_SINGLE};

/* Label and value lines of the text: a table a person reads only. */
enum { FIELD_LABEL, FIELD_VALUE, FIELD_SHOW_COUNT };
static const column_view field_view[] = {
    {"", SHOW(FIELD_LABEL), ALIGN_LEFT, 0},
    {"", SHOW(FIELD_VALUE), ALIGN_LEFT, COL_WRAP},
};
static const schema no_fields = {"text", "", NULL, 0};
static const table_spec fields_table = {"fields", &no_fields, field_view, 2, FIELD_SHOW_COUNT, 2,
                                        COL_NOHEADER | TABLE_TEXT_ONLY};

enum { DR_SHOW_TYPE, DR_SHOW_LOADED, DR_SHOW_WORDS, DR_SHOW_COUNT };
static const column_view relation_view[] = {
    {"Quan hệ", SHOW(DR_SHOW_TYPE), ALIGN_LEFT, 0},
    {"Số, ký hiệu", DR_NUMBER, ALIGN_LEFT, 0},
    {"Ngày", DR_DATE, ALIGN_LEFT, 0},
    {"Trong dữ liệu", SHOW(DR_SHOW_LOADED), ALIGN_LEFT, COL_DROP},
    {"Nội dung", SHOW(DR_SHOW_WORDS), ALIGN_LEFT, COL_WRAP | COL_CLAMP},
};
static const table_spec relations_table = {"relations", &doc_relation_schema, relation_view,
                                           sizeof relation_view / sizeof relation_view[0], DR_SHOW_COUNT, 2, 0};

enum { IN_SHOW_TYPE, IN_SHOW_NUMBER, IN_SHOW_ISSUER, IN_SHOW_COUNT };
static const column_view incoming_view[] = {
    {"Quan hệ", SHOW(IN_SHOW_TYPE), ALIGN_LEFT, 0},
    {"Số, ký hiệu", SHOW(IN_SHOW_NUMBER), ALIGN_LEFT, 0},
    {"Ngày", IN_DATE, ALIGN_LEFT, 0},
    {"Đơn vị ban hành", SHOW(IN_SHOW_ISSUER), ALIGN_LEFT, COL_WRAP},
    {"Trích yếu", IN_TITLE, ALIGN_LEFT, COL_WRAP | COL_CLAMP},
};
static const table_spec incoming_table = {"incoming", &incoming_schema, incoming_view,
                                          sizeof incoming_view / sizeof incoming_view[0], IN_SHOW_COUNT, 2, 0};

enum { DL_SHOW_PERIOD, DL_SHOW_COUNT };
static const column_view deadline_view[] = {
    {"Kỳ báo cáo", SHOW(DL_SHOW_PERIOD), ALIGN_LEFT, COL_WRAP},
    {"Hạn nộp", DL_DEADLINE, ALIGN_LEFT, 0},
};
static const table_spec deadlines_table = {"deadlines", &deadline_schema, deadline_view, 2, DL_SHOW_COUNT, 2, 0};

enum { RE_SHOW_LINE, RE_SHOW_COUNT };
static const column_view recipient_view[] = {{"", SHOW(RE_SHOW_LINE), ALIGN_LEFT, COL_WRAP}};
static const table_spec recipients_table = {"recipients", &recipient_schema, recipient_view, 1, RE_SHOW_COUNT, 2,
                                            COL_NOHEADER};

enum { SE_SHOW_HEADING, SE_SHOW_TASKS, SE_SHOW_INDICATORS, SE_SHOW_COUNT };
static const column_view section_view[] = {
    {"Phần, mục", SHOW(SE_SHOW_HEADING), ALIGN_LEFT, COL_WRAP | COL_CLAMP},
    {"Nhiệm vụ", SHOW(SE_SHOW_TASKS), ALIGN_RIGHT, 0},
    {"Chỉ tiêu", SHOW(SE_SHOW_INDICATORS), ALIGN_RIGHT, 0},
};
static const table_spec sections_table = {"sections", &section_schema, section_view, 3, SE_SHOW_COUNT, 2, 0};

/* ---- counting --------------------------------------------------------------------------------------- */

static void count_section(const congdoan_section *sec, size_t *tasks, size_t *indicators)
{
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++) {
        switch (congdoan_section_item_kind(sec, i)) {
        case CONGDOAN_ITEM_TASK: (*tasks)++; break;
        case CONGDOAN_ITEM_INDICATOR: (*indicators)++; break;
        case CONGDOAN_ITEM_SECTION: count_section(congdoan_section_item_section(sec, i), tasks, indicators); break;
        default: break;
        }
    }
}

/* What a section is called in the outline: its title, else the start of its first text. */
static const char *section_heading(const congdoan_section *sec)
{
    const char *title = congdoan_section_title(sec);
    if (title)
        return title;
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++) {
        switch (congdoan_section_item_kind(sec, i)) {
        case CONGDOAN_ITEM_PARAGRAPH: return congdoan_section_item_text(sec, i);
        case CONGDOAN_ITEM_TASK: return congdoan_task_text(congdoan_section_item_task(sec, i));
        case CONGDOAN_ITEM_INDICATOR: return congdoan_indicator_text(congdoan_section_item_indicator(sec, i));
        default: break;
        }
    }
    return NULL;
}

/* ---- writing ------------------------------------------------------------------------------------------ */

static void add_field(renderer *out, row *r, const char *label, const char *value)
{
    if (!value || !*value)
        return;
    row_clear(r);
    row_show(r, FIELD_LABEL, label);
    row_show(r, FIELD_VALUE, value);
    render_row(out, r);
}

/* "Liên đoàn Lao động tỉnh Lai Châu (laichau)", or "laichau (chưa có trong dữ liệu)". malloc'd. */
static char *unit_with_id(const congdoan_unit *unit, const char *id)
{
    if (unit)
        return xprintf("%s (%s)", congdoan_unit_name(unit), congdoan_unit_id(unit));
    if (id)
        return xprintf("%s (chưa có trong dữ liệu)", id);
    return NULL;
}

static void render_metadata(renderer *out, const congdoan_document *doc)
{
    row r;
    row_init(&r, &document_table);
    render_table_begin(out, &document_table);
    fill_document_row(&r, doc);
    render_row(out, &r);
    render_table_end(out);
    row_release(&r);

    const char *title = congdoan_document_title(doc);
    render_text(out, 0, "%s%s%s", document_label(doc), title ? " — " : "", title ? title : "");
    render_text(out, 0, "%s", "");
    row_init(&r, &fields_table);
    render_table_begin(out, &fields_table);
    char date[16], *s;
    congdoan_document_kind kind = congdoan_document_get_kind(doc);
    add_field(out, &r, "Số, ký hiệu", congdoan_document_number(doc));
    add_field(out, &r, "Mã", congdoan_document_id(doc));
    /* "Chương trình (CTr)"; a news item has no code of its own: "Tin bài" */
    const char *code = congdoan_document_kind_code(kind);
    s = congdoan_document_kind_vietnamese(kind)
            ? xprintf("%s%s%s%s", congdoan_document_kind_vietnamese(kind), code ? " (" : "", code ? code : "",
                      code ? ")" : "")
            : NULL;
    add_field(out, &r, "Loại văn bản", s);
    free(s);
    add_field(out, &r, "Trích yếu", title);
    s = unit_with_id(congdoan_document_issuer(doc), congdoan_document_issuer_id(doc));
    add_field(out, &r, "Đơn vị ban hành", s);
    free(s);
    s = unit_with_id(congdoan_document_issuing_body(doc), congdoan_document_issuing_body_id(doc));
    add_field(out, &r, "Cơ quan ban hành", s);
    free(s);
    add_field(out, &r, "Ngày ban hành", format_date(date, congdoan_document_issued(doc)));
    add_field(out, &r, "Ngày hiệu lực", format_date(date, congdoan_document_effective(doc)));
    add_field(out, &r, "Nơi ban hành", congdoan_document_place(doc));
    add_field(out, &r, "Lĩnh vực", congdoan_document_field(doc));
    const char *signer = congdoan_document_signer_name(doc);
    if (signer) {
        const char *position = congdoan_document_signer_position(doc);
        const char *capacity = congdoan_document_signer_capacity(doc);
        s = xprintf("%s%s%s%s%s", capacity ? capacity : "", capacity ? ", " : "", position ? position : "",
                    position ? " " : "", signer);
        add_field(out, &r, "Người ký", s);
        free(s);
    }
    s = xprintf("%zu", congdoan_document_task_count(doc));
    add_field(out, &r, "Nhiệm vụ", s);
    free(s);
    s = xprintf("%zu", congdoan_document_indicator_count(doc));
    add_field(out, &r, "Chỉ tiêu", s);
    free(s);
    render_table_end(out);
    row_release(&r);
}

static void render_relations(renderer *out, const congdoan_document *doc)
{
    size_t n = congdoan_document_relation_count(doc);
    if (n)
        render_text(out, 0, "\nVăn bản liên quan (%zu):", n);
    row r;
    row_init(&r, &relations_table);
    render_table_begin(out, &relations_table);
    for (size_t i = 0; i < n; i++) {
        const congdoan_document *target = congdoan_document_relation_target(doc, i);
        const char *text = congdoan_document_relation_text(doc, i);
        congdoan_relation_type type = congdoan_document_relation_type(doc, i);
        row_clear(&r);
        fill_doc_relation_row(&r, doc, i);
        row_show(&r, DR_SHOW_TYPE, congdoan_relation_type_label(type));
        row_show(&r, DR_SHOW_LOADED, target ? congdoan_document_id(target) : "—");
        if (target && congdoan_document_title(target))
            row_show(&r, DR_SHOW_WORDS, congdoan_document_title(target));
        else
            row_show(&r, DR_SHOW_WORDS, text ? text : congdoan_document_relation_target_id(doc, i));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);

    n = congdoan_document_incoming_count(doc);
    if (n)
        render_text(out, 0, "\nVăn bản dẫn chiếu đến văn bản này (%zu):", n);
    row_init(&r, &incoming_table);
    render_table_begin(out, &incoming_table);
    for (size_t i = 0; i < n; i++) {
        const congdoan_document *from = congdoan_document_incoming(doc, i);
        const congdoan_unit *issuer = congdoan_document_issuer(from);
        congdoan_relation_type type = congdoan_document_incoming_type(doc, i);
        row_clear(&r);
        row_str(&r, IN_TYPE, congdoan_relation_type_name(type));
        row_str(&r, IN_DOCUMENT_ID, congdoan_document_id(from));
        row_str(&r, IN_NUMBER, congdoan_document_number(from));
        row_date(&r, IN_DATE, congdoan_document_issued(from));
        row_str(&r, IN_ISSUER_ID, congdoan_document_issuer_id(from));
        row_str(&r, IN_TITLE, congdoan_document_title(from));
        row_show(&r, IN_SHOW_TYPE, congdoan_relation_type_label(type));
        row_show(&r, IN_SHOW_NUMBER, document_label(from));
        row_show(&r, IN_SHOW_ISSUER, issuer ? unit_label(issuer) : congdoan_document_issuer_id(from));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_reporting(renderer *out, const congdoan_document *doc)
{
    row r;
    if (congdoan_document_has_reporting(doc)) {
        render_text(out, 0, "\nChế độ báo cáo:");
        row_init(&r, &fields_table);
        render_table_begin(out, &fields_table);
        const congdoan_unit *to = congdoan_document_reporting_to(doc);
        add_field(out, &r, "Gửi đến", to ? unit_label(to) : "(chưa có trong dữ liệu)");
        add_field(out, &r, "Định kỳ", congdoan_frequency_label(congdoan_document_reporting_frequency(doc)));
        size_t reporters = congdoan_document_reporter_count(doc);
        char *s;
        if (reporters == 0) {
            const congdoan_unit *issuer = congdoan_document_issuer(doc);
            s = issuer ? xprintf("các đơn vị trực thuộc %s (%zu)", unit_label(issuer), congdoan_unit_child_count(issuer))
                       : xstrdup("các đơn vị trực thuộc đơn vị ban hành");
        } else {
            size_t len = 32;
            for (size_t i = 0; i < reporters; i++) {
                const congdoan_unit *u = congdoan_document_reporter(doc, i);
                len += strlen(u ? unit_label(u) : congdoan_document_reporter_id(doc, i)) + 2;
            }
            s = xmalloc(len);
            snprintf(s, 32, "%zu: ", reporters);
            for (size_t i = 0; i < reporters; i++) {
                const congdoan_unit *u = congdoan_document_reporter(doc, i);
                if (i)
                    strcat(s, ", ");
                strcat(s, u ? unit_label(u) : congdoan_document_reporter_id(doc, i));
            }
        }
        add_field(out, &r, "Đơn vị báo cáo", s);
        free(s);
        render_table_end(out);
        row_release(&r);
        if (congdoan_document_deadline_count(doc))
            render_text(out, 0, "%s", "");
    }
    row_init(&r, &deadlines_table);
    render_table_begin(out, &deadlines_table);
    for (size_t i = 0; i < congdoan_document_deadline_count(doc); i++) {
        const char *period = congdoan_document_deadline_period(doc, i);
        row_clear(&r);
        row_str(&r, DL_PERIOD, period);
        row_date(&r, DL_DEADLINE, congdoan_document_deadline_date(doc, i));
        row_show(&r, DL_SHOW_PERIOD, row_keep(&r, period_words(period)));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_recipients(renderer *out, const congdoan_document *doc)
{
    size_t n = congdoan_document_recipient_count(doc);
    if (n)
        render_text(out, 0, "\nNơi nhận (%zu):", n);
    row r;
    row_init(&r, &recipients_table);
    render_table_begin(out, &recipients_table);
    for (size_t i = 0; i < n; i++) {
        const char *id = congdoan_document_recipient_unit_id(doc, i);
        const char *text = congdoan_document_recipient_text(doc, i);
        row_clear(&r);
        row_str(&r, RE_TEXT, text);
        row_str(&r, RE_UNIT_ID, id);
        if (id)
            row_showf(&r, RE_SHOW_LINE, "- %s (%s%s)", text, id,
                      congdoan_document_recipient_unit(doc, i) ? "" : ", chưa có trong dữ liệu");
        else
            row_showf(&r, RE_SHOW_LINE, "- %s", text);
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void section_rows(renderer *out, row *r, const congdoan_section *sec, const congdoan_section *parent,
                         long depth, long max_depth)
{
    size_t tasks = 0, indicators = 0;
    count_section(sec, &tasks, &indicators);
    const char *number = congdoan_section_number(sec), *heading = section_heading(sec);
    row_clear(r);
    row_str(r, SE_ID, congdoan_section_id(sec));
    row_str(r, SE_NUMBER, number);
    row_str(r, SE_TITLE, heading);
    row_int(r, SE_DEPTH, depth);
    row_str(r, SE_PARENT_ID, parent ? congdoan_section_id(parent) : NULL);
    row_int(r, SE_TASK_COUNT, (long long)tasks);
    row_int(r, SE_INDICATOR_COUNT, (long long)indicators);
    row_showf(r, SE_SHOW_HEADING, "%*s%s%s%s", (int)depth * 2, "", number ? number : "", number ? " " : "",
              heading ? heading : "");
    if (tasks)
        row_showf(r, SE_SHOW_TASKS, "%zu", tasks);
    if (indicators)
        row_showf(r, SE_SHOW_INDICATORS, "%zu", indicators);
    render_row(out, r);
    if (max_depth > 0 && depth + 1 >= max_depth)
        return;
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++)
        if (congdoan_section_item_kind(sec, i) == CONGDOAN_ITEM_SECTION)
            section_rows(out, r, congdoan_section_item_section(sec, i), sec, depth + 1, max_depth);
}

static int run_show(const command *cmd, const parsed_args *a)
{
    long max_depth = 0;
    if (opt(a, OPT_DEPTH)) {
        char *end = NULL;
        max_depth = strtol(opt(a, OPT_DEPTH), &end, 10);
        if (!end || *end || max_depth < 1 || max_depth > 1000)
            return usage_error(cmd, "--depth needs a whole number of levels from 1, not '%s'", opt(a, OPT_DEPTH));
    }
    if (a->arg_count != 1)
        return usage_error(cmd, a->arg_count ? "give one document" : "which document? give its number or id");
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;
    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    int status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK)
        status = find_document(corpus, a->args[0], &doc);
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }
    renderer *out = start_output(cmd, a, a->table);
    render_meta_open(out, "query");
    render_meta_str(out, "document_id", congdoan_document_id(doc));
    if (max_depth)
        render_meta_int(out, "depth", max_depth);
    else
        render_meta_str(out, "depth", NULL);
    render_meta_close(out);
    render_metadata(out, doc);
    render_relations(out, doc);
    render_reporting(out, doc);
    render_recipients(out, doc);
    size_t sections = congdoan_document_section_count(doc);
    if (sections)
        render_text(out, 0, "\nBố cục:");
    row r;
    row_init(&r, &sections_table);
    render_table_begin(out, &sections_table);
    for (size_t i = 0; i < sections; i++)
        section_rows(out, &r, congdoan_document_section(doc, i), NULL, 0, max_depth);
    render_table_end(out);
    row_release(&r);
    status = finish_output(out, EXIT_OK);
    congdoan_corpus_free(corpus);
    return status;
}
