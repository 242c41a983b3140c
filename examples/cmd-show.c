/*
 * congdoan show — one document: its metadata, relations, reporting, recipients and outline.
 *
 *   congdoan show [-d PATH]... [--format text|json|csv] [--depth N] DOC
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char show_help[] =
    "Usage: congdoan show [-d PATH]... [--format text|json|csv] [--depth N] DOC\n"
    "\n"
    "Show one document: what it is, who issued and signed it, the documents it refers\n"
    "to and those that refer to it, who reports on it and by when, where it is sent,\n"
    "and its outline (parts, items and bullets) with the number of tasks and\n"
    "indicators in each.\n"
    "\n"
    "DOC is the document's id (ctr-13-ldld-laichau-2025) or its number as printed\n"
    "(13/CTr-LĐLĐ, also \"Số: 13/CTr-LĐLĐ\").\n"
    "\n"
    "Options:\n"
    "  --depth N           show the outline N levels deep (default: all)\n"
    "  --table NAME        with --format csv: the table to print, one of metadata\n"
    "                      (the default), relations, incoming, deadlines, recipients,\n"
    "                      sections\n"
    HELP_COMMON_OPTIONS
    "\n"
    "Text output, the labels in Vietnamese as the documents have them:\n"
    "  Số, ký hiệu       number and notation     Người ký          signer\n"
    "  Mã                id in the data          Nhiệm vụ          tasks\n"
    "  Loại văn bản      kind                    Chỉ tiêu          indicators\n"
    "  Trích yếu         title                   Văn bản liên quan relations to others\n"
    "  Đơn vị ban hành   issuing organisation    (thực hiện = implements, căn cứ = based\n"
    "  Cơ quan ban hành  issuing body            on, cụ thể hóa = concretises, sửa đổi =\n"
    "  Ngày ban hành     date of issue           amends, thay thế = replaces, sơ kết,\n"
    "  Ngày hiệu lực     date it takes effect    tổng kết = reviews)\n"
    "  Nơi ban hành      place of issue          Trong dữ liệu     the target's id when\n"
    "  Lĩnh vực          field                                     it is loaded, else —\n"
    "  Chế độ báo cáo    reporting: Gửi đến (to), Định kỳ (how often), Đơn vị báo cáo\n"
    "                    (who reports), Kỳ / Hạn nộp (period / deadline)\n"
    "  Nơi nhận          recipients              Bố cục            outline\n"
    "Dates are day/month/year.\n"
    "\n"
    "JSON output: one object with the keys id, number, kind, kind_vietnamese, title,\n"
    "issuer, issuing_body, issued, effective, place, field, signer, counts (tasks,\n"
    "indicators, sections, relations), relations (type, number, date, document_id,\n"
    "text, target), incoming (type, document), reporting (null, or to, frequency,\n"
    "deadlines, reporters), recipients and sections (nested: id, number, title,\n"
    "tasks, indicators, sections). Units are {id, name, short_name} with null names\n"
    "when not loaded; documents are {id, number, kind, title}; dates are ISO\n"
    "(2025-02-27) or null.\n"
    "\n"
    HELP_EXIT_STATUS;

static int run_show(int argc, char **argv);

const command cmd_show = {
    .name = "show",
    .summary = "show a document: metadata, relations, reporting, outline",
    .usage = "congdoan show [-d PATH]... [--format text|json|csv] [--depth N] DOC",
    .run = run_show,
    .help = show_help,
};

enum { TABLE_METADATA, TABLE_RELATIONS, TABLE_INCOMING, TABLE_DEADLINES, TABLE_RECIPIENTS, TABLE_SECTIONS };
static const char *const table_names[] = {"metadata", "relations", "incoming", "deadlines", "recipients", "sections", NULL};

/* ---- counting ----------------------------------------------------------------------------- */

static void count_section(const congdoan_section *sec, size_t *tasks, size_t *indicators, size_t *sections)
{
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++) {
        switch (congdoan_section_item_kind(sec, i)) {
        case CONGDOAN_ITEM_TASK: (*tasks)++; break;
        case CONGDOAN_ITEM_INDICATOR: (*indicators)++; break;
        case CONGDOAN_ITEM_SECTION:
            (*sections)++;
            count_section(congdoan_section_item_section(sec, i), tasks, indicators, sections);
            break;
        default: break;
        }
    }
}

static size_t count_all_sections(const congdoan_document *doc)
{
    size_t tasks = 0, indicators = 0, sections = 0;
    for (size_t i = 0; i < congdoan_document_section_count(doc); i++) {
        sections++;
        count_section(congdoan_document_section(doc, i), &tasks, &indicators, &sections);
    }
    return sections;
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
    return "";
}

static const char *frequency_name(congdoan_period_kind kind)
{
    switch (kind) {
    case CONGDOAN_PERIOD_MONTH: return "monthly";
    case CONGDOAN_PERIOD_QUARTER: return "quarterly";
    case CONGDOAN_PERIOD_HALF_YEAR: return "half-yearly";
    case CONGDOAN_PERIOD_YEAR: return "yearly";
    default: return NULL;
    }
}

static const char *frequency_words(congdoan_period_kind kind)
{
    switch (kind) {
    case CONGDOAN_PERIOD_MONTH: return "hằng tháng";
    case CONGDOAN_PERIOD_QUARTER: return "hằng quý";
    case CONGDOAN_PERIOD_HALF_YEAR: return "6 tháng một lần";
    case CONGDOAN_PERIOD_YEAR: return "hằng năm";
    default: return NULL;
    }
}

/* "Liên đoàn Lao động tỉnh Lai Châu (laichau)", or "laichau (chưa có trong dữ liệu)". */
static char *unit_with_id(const congdoan_unit *unit, const char *id)
{
    if (unit)
        return xprintf("%s (%s)", congdoan_unit_name(unit), congdoan_unit_id(unit));
    if (id)
        return xprintf("%s (chưa có trong dữ liệu)", id);
    return NULL;
}

static char *signer_words(const congdoan_document *doc)
{
    const char *name = congdoan_document_signer_name(doc);
    if (!name)
        return NULL;
    const char *position = congdoan_document_signer_position(doc);
    const char *capacity = congdoan_document_signer_capacity(doc);
    return xprintf("%s%s%s%s%s", capacity ? capacity : "", capacity ? ", " : "", position ? position : "",
                   position ? " " : "", name);
}

/* ---- text --------------------------------------------------------------------------------- */

static void field_row(table *t, const char *label, const char *value)
{
    if (!value || !*value)
        return;
    table_row(t);
    table_set(t, 0, label);
    table_set(t, 1, value);
}

static void outline_rows(table *t, const congdoan_section *sec, int depth, long max_depth)
{
    size_t tasks = 0, indicators = 0, sections = 0;
    count_section(sec, &tasks, &indicators, &sections);
    const char *number = congdoan_section_number(sec);
    table_row(t);
    table_setf(t, 0, "%*s%s%s%s", depth * 2, "", number ? number : "", number ? " " : "", section_heading(sec));
    if (tasks)
        table_setf(t, 1, "%zu", tasks);
    if (indicators)
        table_setf(t, 2, "%zu", indicators);
    if (max_depth > 0 && depth + 1 >= max_depth)
        return;
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++)
        if (congdoan_section_item_kind(sec, i) == CONGDOAN_ITEM_SECTION)
            outline_rows(t, congdoan_section_item_section(sec, i), depth + 1, max_depth);
}

static void print_text(const congdoan_document *doc, long max_depth, int width)
{
    FILE *out = stdout;
    char date[16];
    const char *title = congdoan_document_title(doc);
    char *heading = xprintf("%s%s%s", document_label(doc), title ? " — " : "", title ? title : "");
    put_line(out, heading, width);
    fputc('\n', out);
    free(heading);

    table *t = table_new(2);
    table_no_header(t);
    table_flex(t, 1);
    congdoan_document_kind kind = congdoan_document_get_kind(doc);
    const char *kind_vi = congdoan_document_kind_vietnamese(kind);
    const char *kind_code = congdoan_document_kind_code(kind);
    char *s;
    field_row(t, "Số, ký hiệu", congdoan_document_number(doc));
    field_row(t, "Mã", congdoan_document_id(doc));
    s = kind_vi ? xprintf("%s (%s)", kind_vi, kind_code) : NULL;
    field_row(t, "Loại văn bản", s);
    free(s);
    field_row(t, "Trích yếu", title);
    s = unit_with_id(congdoan_document_issuer(doc), congdoan_document_issuer_id(doc));
    field_row(t, "Đơn vị ban hành", s);
    free(s);
    s = unit_with_id(congdoan_document_issuing_body(doc), congdoan_document_issuing_body_id(doc));
    field_row(t, "Cơ quan ban hành", s);
    free(s);
    field_row(t, "Ngày ban hành", format_date(date, congdoan_document_issued(doc)));
    field_row(t, "Ngày hiệu lực", format_date(date, congdoan_document_effective(doc)));
    field_row(t, "Nơi ban hành", congdoan_document_place(doc));
    field_row(t, "Lĩnh vực", congdoan_document_field(doc));
    s = signer_words(doc);
    field_row(t, "Người ký", s);
    free(s);
    s = xprintf("%zu", congdoan_document_task_count(doc));
    field_row(t, "Nhiệm vụ", s);
    free(s);
    s = xprintf("%zu", congdoan_document_indicator_count(doc));
    field_row(t, "Chỉ tiêu", s);
    free(s);
    table_print(t, out, 2, width);
    table_free(t);

    size_t relations = congdoan_document_relation_count(doc);
    if (relations) {
        fprintf(out, "\nVăn bản liên quan (%zu):\n", relations);
        t = table_new(5);
        table_column(t, 0, "Quan hệ", ALIGN_LEFT, 0);
        table_column(t, 1, "Số, ký hiệu", ALIGN_LEFT, 0);
        table_column(t, 2, "Ngày", ALIGN_LEFT, 0);
        table_column(t, 3, "Trong dữ liệu", ALIGN_LEFT, 30);
        table_column(t, 4, "Nội dung", ALIGN_LEFT, 0);
        table_flex(t, 4);
        for (size_t i = 0; i < relations; i++) {
            const congdoan_document *target = congdoan_document_relation_target(doc, i);
            const char *number = congdoan_document_relation_number(doc, i);
            const char *text = congdoan_document_relation_text(doc, i);
            table_row(t);
            table_set(t, 0, relation_words(congdoan_document_relation_type(doc, i)));
            table_set(t, 1, number ? number : (target ? congdoan_document_number(target) : NULL));
            table_set(t, 2, format_date(date, congdoan_document_relation_date(doc, i)));
            table_set(t, 3, target ? congdoan_document_id(target) : "—");
            if (target && congdoan_document_title(target))
                table_set(t, 4, congdoan_document_title(target));
            else
                table_set(t, 4, text ? text : congdoan_document_relation_target_id(doc, i));
        }
        table_print(t, out, 2, width);
        table_free(t);
    }

    size_t incoming = congdoan_document_incoming_count(doc);
    if (incoming) {
        fprintf(out, "\nVăn bản dẫn chiếu đến văn bản này (%zu):\n", incoming);
        t = table_new(5);
        table_column(t, 0, "Quan hệ", ALIGN_LEFT, 0);
        table_column(t, 1, "Số, ký hiệu", ALIGN_LEFT, 0);
        table_column(t, 2, "Ngày", ALIGN_LEFT, 0);
        table_column(t, 3, "Đơn vị ban hành", ALIGN_LEFT, 30);
        table_column(t, 4, "Trích yếu", ALIGN_LEFT, 0);
        table_flex(t, 4);
        for (size_t i = 0; i < incoming; i++) {
            const congdoan_document *from = congdoan_document_incoming(doc, i);
            table_row(t);
            table_set(t, 0, relation_words(congdoan_document_incoming_type(doc, i)));
            table_set(t, 1, document_label(from));
            table_set(t, 2, format_date(date, congdoan_document_issued(from)));
            table_set(t, 3, congdoan_document_issuer(from) ? unit_label(congdoan_document_issuer(from))
                                                           : congdoan_document_issuer_id(from));
            table_set(t, 4, congdoan_document_title(from));
        }
        table_print(t, out, 2, width);
        table_free(t);
    }

    if (congdoan_document_has_reporting(doc)) {
        fputs("\nChế độ báo cáo:\n", out);
        t = table_new(2);
        table_no_header(t);
        table_flex(t, 1);
        const congdoan_unit *to = congdoan_document_reporting_to(doc);
        field_row(t, "Gửi đến", to ? unit_label(to) : "(chưa có trong dữ liệu)");
        field_row(t, "Định kỳ", frequency_words(congdoan_document_reporting_frequency(doc)));
        size_t reporters = congdoan_document_reporter_count(doc);
        if (reporters == 0) {
            const congdoan_unit *issuer = congdoan_document_issuer(doc);
            s = issuer ? xprintf("các đơn vị trực thuộc %s (%zu)", unit_label(issuer), congdoan_unit_child_count(issuer))
                       : xstrdup("các đơn vị trực thuộc đơn vị ban hành");
        } else {
            size_t len = 0;
            for (size_t i = 0; i < reporters; i++) {
                const congdoan_unit *u = congdoan_document_reporter(doc, i);
                len += strlen(u ? unit_label(u) : congdoan_document_reporter_id(doc, i)) + 2;
            }
            s = xcalloc(len + 32, 1);
            snprintf(s, 32, "%zu: ", reporters);
            for (size_t i = 0; i < reporters; i++) {
                const congdoan_unit *u = congdoan_document_reporter(doc, i);
                if (i)
                    strcat(s, ", ");
                strcat(s, u ? unit_label(u) : congdoan_document_reporter_id(doc, i));
            }
        }
        field_row(t, "Đơn vị báo cáo", s);
        free(s);
        table_print(t, out, 2, width);
        table_free(t);
        size_t deadlines = congdoan_document_deadline_count(doc);
        if (deadlines) {
            fputc('\n', out);
            t = table_new(2);
            table_column(t, 0, "Kỳ báo cáo", ALIGN_LEFT, 0);
            table_column(t, 1, "Hạn nộp", ALIGN_LEFT, 0);
            for (size_t i = 0; i < deadlines; i++) {
                table_row(t);
                const char *period = congdoan_document_deadline_period(doc, i);
                s = period_words(period);
                table_setf(t, 0, "%s (%s)", period, s);
                free(s);
                table_set(t, 1, format_date(date, congdoan_document_deadline_date(doc, i)));
            }
            table_print(t, out, 2, width);
            table_free(t);
        }
    }

    size_t recipients = congdoan_document_recipient_count(doc);
    if (recipients) {
        fprintf(out, "\nNơi nhận (%zu):\n", recipients);
        t = table_new(1);
        table_no_header(t);
        table_flex(t, 0);
        for (size_t i = 0; i < recipients; i++) {
            const char *id = congdoan_document_recipient_unit_id(doc, i);
            table_row(t);
            if (id)
                table_setf(t, 0, "- %s (%s%s)", congdoan_document_recipient_text(doc, i), id,
                           congdoan_document_recipient_unit(doc, i) ? "" : ", chưa có trong dữ liệu");
            else
                table_setf(t, 0, "- %s", congdoan_document_recipient_text(doc, i));
        }
        table_print(t, out, 2, width);
        table_free(t);
    }

    size_t sections = congdoan_document_section_count(doc);
    if (sections) {
        fputs("\nBố cục:\n", out);
        t = table_new(3);
        table_column(t, 0, "Phần, mục", ALIGN_LEFT, 0);
        table_column(t, 1, "Nhiệm vụ", ALIGN_RIGHT, 0);
        table_column(t, 2, "Chỉ tiêu", ALIGN_RIGHT, 0);
        table_flex(t, 0);
        for (size_t i = 0; i < sections; i++)
            outline_rows(t, congdoan_document_section(doc, i), 0, max_depth);
        table_print(t, out, 2, width);
        table_free(t);
    }
}

/* ---- JSON --------------------------------------------------------------------------------- */

/* {"id": as written, "name": …, "short_name": …} (names null when not loaded), or null. */
static void json_unit_ref(jw_writer *w, const congdoan_unit *unit, const char *id)
{
    if (unit) {
        jw_unit(w, unit);
    } else if (id) {
        jw_begin_object(w);
        jw_kv_string(w, "id", id);
        jw_kv_null(w, "name");
        jw_kv_null(w, "short_name");
        jw_end_object(w);
    } else {
        jw_null(w);
    }
}

static void json_sections(jw_writer *w, const congdoan_section *sec, int depth, long max_depth)
{
    size_t tasks = 0, indicators = 0, sections = 0;
    count_section(sec, &tasks, &indicators, &sections);
    jw_begin_object(w);
    jw_kv_string(w, "id", congdoan_section_id(sec));
    jw_kv_string(w, "number", congdoan_section_number(sec));
    jw_kv_string(w, "title", congdoan_section_title(sec));
    jw_kv_integer(w, "tasks", (long long)tasks);
    jw_kv_integer(w, "indicators", (long long)indicators);
    jw_key(w, "sections");
    jw_begin_array(w);
    if (!(max_depth > 0 && depth + 1 >= max_depth))
        for (size_t i = 0; i < congdoan_section_item_count(sec); i++)
            if (congdoan_section_item_kind(sec, i) == CONGDOAN_ITEM_SECTION)
                json_sections(w, congdoan_section_item_section(sec, i), depth + 1, max_depth);
    jw_end_array(w);
    jw_end_object(w);
}

static void print_json(const congdoan_document *doc, long max_depth)
{
    jw_writer w;
    jw_init(&w, stdout);
    congdoan_document_kind kind = congdoan_document_get_kind(doc);
    jw_begin_object(&w);
    jw_kv_string(&w, "id", congdoan_document_id(doc));
    jw_kv_string(&w, "number", congdoan_document_number(doc));
    jw_kv_string(&w, "kind", congdoan_document_kind_name(kind));
    jw_kv_string(&w, "kind_vietnamese", congdoan_document_kind_vietnamese(kind));
    jw_kv_string(&w, "title", congdoan_document_title(doc));
    jw_key(&w, "issuer");
    json_unit_ref(&w, congdoan_document_issuer(doc), congdoan_document_issuer_id(doc));
    jw_key(&w, "issuing_body");
    json_unit_ref(&w, congdoan_document_issuing_body(doc), congdoan_document_issuing_body_id(doc));
    jw_kv_date(&w, "issued", congdoan_document_issued(doc));
    jw_kv_date(&w, "effective", congdoan_document_effective(doc));
    jw_kv_string(&w, "place", congdoan_document_place(doc));
    jw_kv_string(&w, "field", congdoan_document_field(doc));
    jw_key(&w, "signer");
    if (congdoan_document_signer_name(doc)) {
        jw_begin_object(&w);
        jw_kv_string(&w, "name", congdoan_document_signer_name(doc));
        jw_kv_string(&w, "position", congdoan_document_signer_position(doc));
        jw_kv_string(&w, "capacity", congdoan_document_signer_capacity(doc));
        jw_end_object(&w);
    } else {
        jw_null(&w);
    }
    jw_key(&w, "counts");
    jw_begin_object(&w);
    jw_kv_integer(&w, "tasks", (long long)congdoan_document_task_count(doc));
    jw_kv_integer(&w, "indicators", (long long)congdoan_document_indicator_count(doc));
    jw_kv_integer(&w, "sections", (long long)count_all_sections(doc));
    jw_kv_integer(&w, "relations", (long long)congdoan_document_relation_count(doc));
    jw_end_object(&w);

    jw_key(&w, "relations");
    jw_begin_array(&w);
    for (size_t i = 0; i < congdoan_document_relation_count(doc); i++) {
        jw_begin_object(&w);
        jw_kv_string(&w, "type", congdoan_relation_type_name(congdoan_document_relation_type(doc, i)));
        jw_kv_string(&w, "number", congdoan_document_relation_number(doc, i));
        jw_kv_date(&w, "date", congdoan_document_relation_date(doc, i));
        jw_kv_string(&w, "document_id", congdoan_document_relation_target_id(doc, i));
        jw_kv_string(&w, "text", congdoan_document_relation_text(doc, i));
        jw_key(&w, "target");
        jw_document(&w, congdoan_document_relation_target(doc, i));
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "incoming");
    jw_begin_array(&w);
    for (size_t i = 0; i < congdoan_document_incoming_count(doc); i++) {
        jw_begin_object(&w);
        jw_kv_string(&w, "type", congdoan_relation_type_name(congdoan_document_incoming_type(doc, i)));
        jw_key(&w, "document");
        jw_document(&w, congdoan_document_incoming(doc, i));
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "reporting");
    if (congdoan_document_has_reporting(doc)) {
        jw_begin_object(&w);
        jw_key(&w, "to");
        jw_unit(&w, congdoan_document_reporting_to(doc));
        jw_kv_string(&w, "frequency", frequency_name(congdoan_document_reporting_frequency(doc)));
        jw_key(&w, "deadlines");
        jw_begin_array(&w);
        for (size_t i = 0; i < congdoan_document_deadline_count(doc); i++) {
            jw_begin_object(&w);
            jw_kv_string(&w, "period", congdoan_document_deadline_period(doc, i));
            jw_kv_date(&w, "date", congdoan_document_deadline_date(doc, i));
            jw_end_object(&w);
        }
        jw_end_array(&w);
        jw_key(&w, "reporters");
        jw_begin_array(&w);
        for (size_t i = 0; i < congdoan_document_reporter_count(doc); i++)
            json_unit_ref(&w, congdoan_document_reporter(doc, i), congdoan_document_reporter_id(doc, i));
        jw_end_array(&w);
        jw_end_object(&w);
    } else {
        jw_null(&w);
    }

    jw_key(&w, "recipients");
    jw_begin_array(&w);
    for (size_t i = 0; i < congdoan_document_recipient_count(doc); i++) {
        jw_begin_object(&w);
        jw_kv_string(&w, "text", congdoan_document_recipient_text(doc, i));
        jw_key(&w, "unit");
        json_unit_ref(&w, congdoan_document_recipient_unit(doc, i), congdoan_document_recipient_unit_id(doc, i));
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "sections");
    jw_begin_array(&w);
    for (size_t i = 0; i < congdoan_document_section_count(doc); i++)
        json_sections(&w, congdoan_document_section(doc, i), 0, max_depth);
    jw_end_array(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

static void csv_field(csv_writer *w, const char *name, const char *value)
{
    csv_string(w, name);
    csv_string(w, value);
    csv_end_row(w);
}

static void csv_sections(csv_writer *w, const congdoan_section *sec, int depth, long max_depth)
{
    size_t tasks = 0, indicators = 0, sections = 0;
    count_section(sec, &tasks, &indicators, &sections);
    csv_integer(w, depth + 1);
    csv_string(w, congdoan_section_id(sec));
    csv_string(w, congdoan_section_number(sec));
    csv_string(w, congdoan_section_title(sec));
    csv_integer(w, (long long)tasks);
    csv_integer(w, (long long)indicators);
    csv_end_row(w);
    if (max_depth > 0 && depth + 1 >= max_depth)
        return;
    for (size_t i = 0; i < congdoan_section_item_count(sec); i++)
        if (congdoan_section_item_kind(sec, i) == CONGDOAN_ITEM_SECTION)
            csv_sections(w, congdoan_section_item_section(sec, i), depth + 1, max_depth);
}

static void print_csv(const congdoan_document *doc, int which, long max_depth)
{
    csv_writer w;
    csv_init(&w, stdout);
    char buf[32];
    switch (which) {
    case TABLE_METADATA: {
        static const char *const header[] = {"field", "value", NULL};
        const congdoan_unit *issuer = congdoan_document_issuer(doc);
        const congdoan_unit *body = congdoan_document_issuing_body(doc);
        congdoan_document_kind kind = congdoan_document_get_kind(doc);
        csv_header(&w, header);
        csv_field(&w, "id", congdoan_document_id(doc));
        csv_field(&w, "number", congdoan_document_number(doc));
        csv_field(&w, "kind", congdoan_document_kind_name(kind));
        csv_field(&w, "kind_vietnamese", congdoan_document_kind_vietnamese(kind));
        csv_field(&w, "title", congdoan_document_title(doc));
        csv_field(&w, "issuer_id", congdoan_document_issuer_id(doc));
        csv_field(&w, "issuer", issuer ? congdoan_unit_name(issuer) : NULL);
        csv_field(&w, "issuing_body_id", congdoan_document_issuing_body_id(doc));
        csv_field(&w, "issuing_body", body ? congdoan_unit_name(body) : NULL);
        csv_field(&w, "issued", format_iso_date(buf, congdoan_document_issued(doc)));
        csv_field(&w, "effective", format_iso_date(buf, congdoan_document_effective(doc)));
        csv_field(&w, "place", congdoan_document_place(doc));
        csv_field(&w, "field", congdoan_document_field(doc));
        csv_field(&w, "signer_name", congdoan_document_signer_name(doc));
        csv_field(&w, "signer_position", congdoan_document_signer_position(doc));
        csv_field(&w, "signer_capacity", congdoan_document_signer_capacity(doc));
        snprintf(buf, sizeof buf, "%zu", congdoan_document_task_count(doc));
        csv_field(&w, "tasks", buf);
        snprintf(buf, sizeof buf, "%zu", congdoan_document_indicator_count(doc));
        csv_field(&w, "indicators", buf);
        break;
    }
    case TABLE_RELATIONS: {
        static const char *const header[] = {"type", "number", "date", "document_id", "text", "target_id",
                                             "target_number", "target_title", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_document_relation_count(doc); i++) {
            const congdoan_document *target = congdoan_document_relation_target(doc, i);
            csv_string(&w, congdoan_relation_type_name(congdoan_document_relation_type(doc, i)));
            csv_string(&w, congdoan_document_relation_number(doc, i));
            csv_date(&w, congdoan_document_relation_date(doc, i));
            csv_string(&w, congdoan_document_relation_target_id(doc, i));
            csv_string(&w, congdoan_document_relation_text(doc, i));
            csv_string(&w, target ? congdoan_document_id(target) : NULL);
            csv_string(&w, target ? congdoan_document_number(target) : NULL);
            csv_string(&w, target ? congdoan_document_title(target) : NULL);
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_INCOMING: {
        static const char *const header[] = {"type", "document_id", "number", "issued", "title", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_document_incoming_count(doc); i++) {
            const congdoan_document *from = congdoan_document_incoming(doc, i);
            csv_string(&w, congdoan_relation_type_name(congdoan_document_incoming_type(doc, i)));
            csv_string(&w, congdoan_document_id(from));
            csv_string(&w, congdoan_document_number(from));
            csv_date(&w, congdoan_document_issued(from));
            csv_string(&w, congdoan_document_title(from));
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_DEADLINES: {
        static const char *const header[] = {"period", "date", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_document_deadline_count(doc); i++) {
            csv_string(&w, congdoan_document_deadline_period(doc, i));
            csv_date(&w, congdoan_document_deadline_date(doc, i));
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_RECIPIENTS: {
        static const char *const header[] = {"text", "unit_id", "unit_name", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_document_recipient_count(doc); i++) {
            const congdoan_unit *u = congdoan_document_recipient_unit(doc, i);
            csv_string(&w, congdoan_document_recipient_text(doc, i));
            csv_string(&w, congdoan_document_recipient_unit_id(doc, i));
            csv_string(&w, u ? congdoan_unit_name(u) : NULL);
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_SECTIONS: {
        static const char *const header[] = {"depth", "id", "number", "title", "tasks", "indicators", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_document_section_count(doc); i++)
            csv_sections(&w, congdoan_document_section(doc, i), 0, max_depth);
        break;
    }
    default: break;
    }
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_show(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL;
    long depth = 0;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *value = NULL;
        if (parse_common_option(&cmd_show, &o, argc, argv, &i, &status))
            continue;
        if (is_option(&o, argv[i]) && option_value(&cmd_show, argc, argv, &i, "--depth", NULL, &value, &status)) {
            if (status < 0)
                parse_count_option(&cmd_show, "--depth", value, &depth, &status);
        } else if (is_option(&o, argv[i])) {
            status = usage_error(&cmd_show, "unknown option '%s'", argv[i]);
        } else if (doc_arg) {
            status = usage_error(&cmd_show, "one document at a time ('%s' and '%s')", doc_arg, argv[i]);
        } else {
            doc_arg = argv[i];
        }
    }
    if (status < 0 && !doc_arg)
        status = usage_error(&cmd_show, "which document? Give its id or number");
    int which = 0;
    if (status < 0 && o.format == FORMAT_CSV && (which = choose_table(&cmd_show, &o, table_names)) < 0)
        status = EXIT_USAGE;
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    status = load_data(&cmd_show, &o, &corpus);
    const congdoan_document *doc = NULL;
    if (status == EXIT_OK)
        status = find_document(corpus, doc_arg, &doc);
    if (status == EXIT_OK) {
        if (o.format == FORMAT_JSON)
            print_json(doc, depth);
        else if (o.format == FORMAT_CSV)
            print_csv(doc, which, depth);
        else
            print_text(doc, depth, text_width(&o));
    }
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
