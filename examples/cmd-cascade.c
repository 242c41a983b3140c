/*
 * congdoan cascade — how the lower documents that concretise a plan pick up its indicators.
 *
 *   congdoan cascade [-d PATH]... [--format text|json|csv] DOC
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char cascade_help[] =
    "Usage: congdoan cascade [-d PATH]... [--format text|json|csv] DOC\n"
    "\n"
    "Check a higher plan or programme against the lower documents that concretise or\n"
    "implement it (cụ thể hóa, thực hiện): which of its indicators each of them picks\n"
    "up, whether each lower target is at least as demanding, whether the count\n"
    "targets allocated to the lower units add up to the higher target, and which\n"
    "units expected to concretise it have issued nothing.\n"
    "\n"
    "DOC is the higher document's id or number. A lower indicator picks up a higher\n"
    "one when it says it refines it. The units expected to concretise are the\n"
    "reporters the higher document names, or else the organisations directly under\n"
    "its issuer.\n"
    "\n"
    "Options:\n"
    "  --table NAME        with --format csv: matrix (the default: one row per lower\n"
    "                      document and higher indicator), allocations or missing\n"
    HELP_COMMON_OPTIONS
    "\n"
    "Text output: the lower documents, numbered [1], [2] …, with how many higher\n"
    "indicators each misses; then a matrix of the higher indicators (rows: Chỉ tiêu,\n"
    "Nội dung, Mục tiêu = target) against the lower documents (columns [1], [2] …),\n"
    "each cell the lower target followed by ✓ (at least as demanding), ↓ (less\n"
    "demanding than the higher target) or nothing (a count, judged by its sum below),\n"
    "or — when the document does not pick the indicator up. Then \"Phân bổ chỉ\n"
    "tiêu số lượng\" (allocations: Đã phân bổ = the sum of the lower targets, Số văn\n"
    "bản = how many documents allocate it, Chênh lệch = đủ (enough), thiếu N (N short)\n"
    "or vượt N (N over an at-most target)) and \"Đơn vị chưa ban hành văn bản\" (the\n"
    "units that have issued no lower document).\n"
    "\n"
    "JSON output: {higher, indicators (id, text, measure, comparator, target,\n"
    "target_max, allocation: null or {allocated, allocating, difference, shortfall}),\n"
    "lower (document, issuer, missed, refinements: one per higher indicator, with\n"
    "indicator, refinement (null when missed: id, comparator, target, target_max) and\n"
    "demand: ok, weaker, not-comparable, or null when missed), missing_units}.\n"
    "\n"
    HELP_EXIT_STATUS;

static int run_cascade(int argc, char **argv);

const command cmd_cascade = {
    .name = "cascade",
    .summary = "check the lower documents that concretise a plan",
    .usage = "congdoan cascade [-d PATH]... [--format text|json|csv] DOC",
    .run = run_cascade,
    .help = cascade_help,
};

enum { TABLE_MATRIX, TABLE_ALLOCATIONS, TABLE_MISSING };
static const char *const table_names[] = {"matrix", "allocations", "missing", NULL};

/* The allocation of higher indicator i: 0 with the figures, or CONGDOAN_ENOTFOUND. The
 * difference is allocated − target; the shortfall is how much is missing to reach a lower
 * bound (at-least, exactly, range), 0 when nothing is; -1 when the target is an upper bound. */
typedef struct allocation {
    double allocated, difference, shortfall;
    size_t allocating;
} allocation;

static int get_allocation(const congdoan_cascade *c, size_t i, allocation *a)
{
    memset(a, 0, sizeof *a);
    if (congdoan_cascade_allocation(c, i, &a->allocated, &a->allocating) != 0)
        return CONGDOAN_ENOTFOUND;
    const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
    double target = congdoan_indicator_target(ind);
    a->difference = a->allocated - target;
    if (congdoan_indicator_comparator(ind) == CONGDOAN_COMPARATOR_AT_MOST)
        a->shortfall = -1;
    else
        a->shortfall = a->allocated < target ? target - a->allocated : 0;
    return 0;
}

static char *allocation_words(const congdoan_cascade *c, size_t i, const allocation *a)
{
    const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
    char buf[64];
    double target_max = 0;
    switch (congdoan_indicator_comparator(ind)) {
    case CONGDOAN_COMPARATOR_AT_MOST:
        return a->difference > 0 ? xprintf("vượt %s", format_number(buf, a->difference, 2)) : xstrdup("đủ");
    case CONGDOAN_COMPARATOR_EXACTLY:
        if (a->difference > 0)
            return xprintf("thừa %s", format_number(buf, a->difference, 2));
        break;
    case CONGDOAN_COMPARATOR_RANGE:
        if (congdoan_indicator_target_max(ind, &target_max) == 0 && a->allocated > target_max)
            return xprintf("vượt %s", format_number(buf, a->allocated - target_max, 2));
        break;
    default: break;
    }
    return a->shortfall > 0 ? xprintf("thiếu %s", format_number(buf, a->shortfall, 2)) : xstrdup("đủ");
}

/* ---- text --------------------------------------------------------------------------------- */

static void print_text(const congdoan_cascade *c, int width)
{
    FILE *out = stdout;
    const congdoan_document *higher = congdoan_cascade_higher(c);
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(higher));
    const char *title = congdoan_document_title(higher);
    char date[16];
    size_t lower = congdoan_cascade_lower_count(c);
    size_t indicators = congdoan_cascade_indicator_count(c);
    char *heading = xprintf("%s%s%s%s%s", kind ? kind : "", kind ? " " : "", document_label(higher),
                            title ? " — " : "", title ? title : "");
    put_line(out, heading, width);
    free(heading);
    fprintf(out, "%zu chỉ tiêu; %zu văn bản cấp dưới thực hiện, cụ thể hóa.\n", indicators, lower);

    if (lower) {
        fputc('\n', out);
        table *t = table_new(6);
        table_column(t, 0, "", ALIGN_RIGHT, 0);
        table_column(t, 1, "Văn bản cấp dưới", ALIGN_LEFT, 0);
        table_column(t, 2, "Đơn vị ban hành", ALIGN_LEFT, 0);
        table_column(t, 3, "Ngày", ALIGN_LEFT, 0);
        table_column(t, 4, "Bỏ sót", ALIGN_RIGHT, 0);
        table_column(t, 5, "Thấp hơn", ALIGN_RIGHT, 0);
        table_flex(t, 2);
        for (size_t l = 0; l < lower; l++) {
            const congdoan_document *d = congdoan_cascade_lower(c, l);
            size_t weaker = 0;
            for (size_t i = 0; i < indicators; i++)
                weaker += congdoan_cascade_refinement(c, l, i) && congdoan_cascade_demand(c, l, i) == CONGDOAN_DEMAND_WEAKER;
            table_row(t);
            table_setf(t, 0, "[%zu]", l + 1);
            table_set(t, 1, document_label(d));
            table_set(t, 2, congdoan_document_issuer(d) ? unit_label(congdoan_document_issuer(d))
                                                        : congdoan_document_issuer_id(d));
            table_set(t, 3, format_date(date, congdoan_document_issued(d)));
            table_setf(t, 4, "%zu", congdoan_cascade_missed_count(c, l));
            table_setf(t, 5, "%zu", weaker);
        }
        table_print(t, out, 2, width);
        table_free(t);
    }

    if (lower && indicators) {
        fputs("\nChỉ tiêu cấp trên trong văn bản cấp dưới:\n", out);
        table *t = table_new(3 + lower);
        table_column(t, 0, "Chỉ tiêu", ALIGN_LEFT, 0);
        table_column(t, 1, "Nội dung", ALIGN_LEFT, 32);
        table_column(t, 2, "Mục tiêu", ALIGN_LEFT, 0);
        for (size_t l = 0; l < lower; l++) {
            char header[32];
            snprintf(header, sizeof header, "[%zu]", l + 1);
            table_column(t, 3 + l, header, ALIGN_LEFT, 0);
        }
        table_flex(t, 1);
        for (size_t i = 0; i < indicators; i++) {
            const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
            table_row(t);
            table_set(t, 0, congdoan_indicator_id(ind));
            table_set(t, 1, congdoan_indicator_text(ind));
            char *s = format_target(ind);
            table_set(t, 2, s);
            free(s);
            for (size_t l = 0; l < lower; l++) {
                const congdoan_indicator *ref = congdoan_cascade_refinement(c, l, i);
                if (!ref) {
                    table_set(t, 3 + l, "—");
                    continue;
                }
                s = format_target(ref);
                switch (congdoan_cascade_demand(c, l, i)) {
                case CONGDOAN_DEMAND_OK: table_setf(t, 3 + l, "%s ✓", s); break;
                case CONGDOAN_DEMAND_WEAKER: table_setf(t, 3 + l, "%s ↓", s); break;
                default: table_set(t, 3 + l, s); break;
                }
                free(s);
            }
        }
        table_print(t, out, 2, width);
        table_free(t);
        fputs("  ✓ không thấp hơn mục tiêu cấp trên · ↓ thấp hơn · — không có chỉ tiêu tương ứng\n", out);
    }

    table *t = table_new(6);
    table_column(t, 0, "Chỉ tiêu", ALIGN_LEFT, 0);
    table_column(t, 1, "Nội dung", ALIGN_LEFT, 32);
    table_column(t, 2, "Mục tiêu", ALIGN_LEFT, 0);
    table_column(t, 3, "Đã phân bổ", ALIGN_RIGHT, 0);
    table_column(t, 4, "Số văn bản", ALIGN_RIGHT, 0);
    table_column(t, 5, "Chênh lệch", ALIGN_LEFT, 0);
    table_flex(t, 1);
    for (size_t i = 0; i < indicators; i++) {
        const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
        if (congdoan_indicator_measure(ind) != CONGDOAN_MEASURE_COUNT)
            continue;
        allocation a;
        table_row(t);
        table_set(t, 0, congdoan_indicator_id(ind));
        table_set(t, 1, congdoan_indicator_text(ind));
        char *s = format_target(ind);
        table_set(t, 2, s);
        free(s);
        if (get_allocation(c, i, &a) != 0) {
            table_set(t, 3, "—");
            table_set(t, 4, "0");
            table_set(t, 5, "chưa phân bổ");
            continue;
        }
        char buf[64];
        table_set(t, 3, format_number(buf, a.allocated, 2));
        table_setf(t, 4, "%zu", a.allocating);
        s = allocation_words(c, i, &a);
        table_set(t, 5, s);
        free(s);
    }
    if (table_row_count(t)) {
        fputs("\nPhân bổ chỉ tiêu số lượng:\n", out);
        table_print(t, out, 2, width);
    }
    table_free(t);

    size_t missing = congdoan_cascade_missing_count(c);
    if (missing) {
        fprintf(out, "\nĐơn vị chưa ban hành văn bản thực hiện, cụ thể hóa (%zu):\n", missing);
        t = table_new(2);
        table_column(t, 0, "Đơn vị", ALIGN_LEFT, 0);
        table_column(t, 1, "Mã", ALIGN_LEFT, 0);
        table_flex(t, 0);
        for (size_t k = 0; k < missing; k++) {
            const congdoan_unit *u = congdoan_cascade_missing(c, k);
            table_row(t);
            table_set(t, 0, unit_label(u));
            table_set(t, 1, u ? congdoan_unit_id(u) : "");
        }
        table_print(t, out, 2, width);
        table_free(t);
    } else {
        fputs("\nMọi đơn vị phải cụ thể hóa đều đã ban hành văn bản.\n", out);
    }
}

/* ---- JSON --------------------------------------------------------------------------------- */

static void json_target_max(jw_writer *w, const congdoan_indicator *ind)
{
    double max = 0;
    jw_key(w, "target_max");
    if (congdoan_indicator_target_max(ind, &max) == 0)
        jw_number(w, max);
    else
        jw_null(w);
}

static void print_json(const congdoan_cascade *c)
{
    size_t lower = congdoan_cascade_lower_count(c);
    size_t indicators = congdoan_cascade_indicator_count(c);
    jw_writer w;
    jw_init(&w, stdout);
    jw_begin_object(&w);
    jw_key(&w, "higher");
    jw_document(&w, congdoan_cascade_higher(c));
    jw_key(&w, "indicators");
    jw_begin_array(&w);
    for (size_t i = 0; i < indicators; i++) {
        const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
        allocation a;
        jw_begin_object(&w);
        jw_kv_string(&w, "id", congdoan_indicator_id(ind));
        jw_kv_string(&w, "text", congdoan_indicator_text(ind));
        jw_kv_string(&w, "measure", congdoan_measure_name(congdoan_indicator_measure(ind)));
        jw_kv_string(&w, "comparator", congdoan_comparator_name(congdoan_indicator_comparator(ind)));
        jw_kv_number(&w, "target", congdoan_indicator_target(ind));
        json_target_max(&w, ind);
        jw_key(&w, "allocation");
        if (get_allocation(c, i, &a) == 0) {
            jw_begin_object(&w);
            jw_kv_number(&w, "allocated", a.allocated);
            jw_kv_integer(&w, "allocating", (long long)a.allocating);
            jw_kv_number(&w, "difference", a.difference);
            if (a.shortfall >= 0)
                jw_kv_number(&w, "shortfall", a.shortfall);
            else
                jw_kv_null(&w, "shortfall");
            jw_end_object(&w);
        } else {
            jw_null(&w);
        }
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "lower");
    jw_begin_array(&w);
    for (size_t l = 0; l < lower; l++) {
        const congdoan_document *d = congdoan_cascade_lower(c, l);
        jw_begin_object(&w);
        jw_key(&w, "document");
        jw_document(&w, d);
        jw_key(&w, "issuer");
        jw_unit(&w, congdoan_document_issuer(d));
        jw_kv_integer(&w, "missed", (long long)congdoan_cascade_missed_count(c, l));
        jw_key(&w, "refinements");
        jw_begin_array(&w);
        for (size_t i = 0; i < indicators; i++) {
            const congdoan_indicator *ref = congdoan_cascade_refinement(c, l, i);
            jw_begin_object(&w);
            jw_kv_string(&w, "indicator", congdoan_indicator_id(congdoan_cascade_indicator(c, i)));
            jw_key(&w, "refinement");
            if (ref) {
                jw_begin_object(&w);
                jw_kv_string(&w, "id", congdoan_indicator_id(ref));
                jw_kv_string(&w, "comparator", congdoan_comparator_name(congdoan_indicator_comparator(ref)));
                jw_kv_number(&w, "target", congdoan_indicator_target(ref));
                json_target_max(&w, ref);
                jw_end_object(&w);
                jw_kv_string(&w, "demand", congdoan_demand_name(congdoan_cascade_demand(c, l, i)));
            } else {
                jw_null(&w);
                jw_kv_null(&w, "demand");
            }
            jw_end_object(&w);
        }
        jw_end_array(&w);
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "missing_units");
    jw_begin_array(&w);
    for (size_t k = 0; k < congdoan_cascade_missing_count(c); k++)
        jw_unit(&w, congdoan_cascade_missing(c, k));
    jw_end_array(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

static void print_csv(const congdoan_cascade *c, int which)
{
    csv_writer w;
    csv_init(&w, stdout);
    size_t lower = congdoan_cascade_lower_count(c);
    size_t indicators = congdoan_cascade_indicator_count(c);
    if (which == TABLE_MATRIX) {
        static const char *const header[] = {"lower_id", "lower_number", "indicator", "refinement", "comparator",
                                             "target", "demand", NULL};
        csv_header(&w, header);
        for (size_t l = 0; l < lower; l++) {
            const congdoan_document *d = congdoan_cascade_lower(c, l);
            for (size_t i = 0; i < indicators; i++) {
                const congdoan_indicator *ref = congdoan_cascade_refinement(c, l, i);
                csv_string(&w, congdoan_document_id(d));
                csv_string(&w, congdoan_document_number(d));
                csv_string(&w, congdoan_indicator_id(congdoan_cascade_indicator(c, i)));
                if (ref) {
                    csv_string(&w, congdoan_indicator_id(ref));
                    csv_string(&w, congdoan_comparator_name(congdoan_indicator_comparator(ref)));
                    csv_number(&w, congdoan_indicator_target(ref));
                    csv_string(&w, congdoan_demand_name(congdoan_cascade_demand(c, l, i)));
                } else {
                    csv_empty(&w);
                    csv_empty(&w);
                    csv_empty(&w);
                    csv_string(&w, "missed");
                }
                csv_end_row(&w);
            }
        }
    } else if (which == TABLE_ALLOCATIONS) {
        static const char *const header[] = {"indicator", "comparator", "target", "allocated", "allocating",
                                             "difference", "shortfall", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < indicators; i++) {
            const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
            if (congdoan_indicator_measure(ind) != CONGDOAN_MEASURE_COUNT)
                continue;
            allocation a;
            csv_string(&w, congdoan_indicator_id(ind));
            csv_string(&w, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
            csv_number(&w, congdoan_indicator_target(ind));
            if (get_allocation(c, i, &a) == 0) {
                csv_number(&w, a.allocated);
                csv_integer(&w, (long long)a.allocating);
                csv_number(&w, a.difference);
                if (a.shortfall >= 0)
                    csv_number(&w, a.shortfall);
                else
                    csv_empty(&w);
            } else {
                csv_empty(&w);
                csv_integer(&w, 0);
                csv_empty(&w);
                csv_empty(&w);
            }
            csv_end_row(&w);
        }
    } else {
        static const char *const header[] = {"unit_id", "unit_name", NULL};
        csv_header(&w, header);
        for (size_t k = 0; k < congdoan_cascade_missing_count(c); k++) {
            const congdoan_unit *u = congdoan_cascade_missing(c, k);
            csv_string(&w, u ? congdoan_unit_id(u) : NULL);
            csv_string(&w, u ? congdoan_unit_name(u) : NULL);
            csv_end_row(&w);
        }
    }
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_cascade(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        if (parse_common_option(&cmd_cascade, &o, argc, argv, &i, &status))
            continue;
        if (is_option(&o, argv[i]))
            status = usage_error(&cmd_cascade, "unknown option '%s'", argv[i]);
        else if (doc_arg)
            status = usage_error(&cmd_cascade, "one document at a time ('%s' and '%s')", doc_arg, argv[i]);
        else
            doc_arg = argv[i];
    }
    if (status < 0 && !doc_arg)
        status = usage_error(&cmd_cascade, "which document? Give the higher plan's id or number");
    int which = 0;
    if (status < 0 && o.format == FORMAT_CSV && (which = choose_table(&cmd_cascade, &o, table_names)) < 0)
        status = EXIT_USAGE;
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    congdoan_cascade *c = NULL;
    status = load_data(&cmd_cascade, &o, &corpus);
    if (status == EXIT_OK)
        status = find_document(corpus, doc_arg, &doc);
    if (status == EXIT_OK) {
        int rc = congdoan_cascade_compute(corpus, doc, &c);
        if (rc != 0) {
            print_library_error(rc, "cannot check the cascade");
            status = EXIT_USAGE;
        }
    }
    if (status == EXIT_OK) {
        if (o.format == FORMAT_JSON)
            print_json(c);
        else if (o.format == FORMAT_CSV)
            print_csv(c, which);
        else
            print_text(c, text_width(&o));
    }
    congdoan_cascade_free(c);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
