/*
 * congdoan cascade — how the lower documents that concretise a plan pick up its indicators.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static int run_cascade(const command *cmd, const parsed_args *a);

const command cmd_cascade = {
    .name = "cascade",
    .summary = N_("check the lower documents that concretise a plan"),
    .arguments = N_("DOC"),
    .argument_complete = COMPLETE_DOCUMENT,
    .description =
        N_("Check a higher plan or programme against the lower documents that concretise or implement it (cụ thể "
        "hóa, thực hiện): which of its indicators each of them picks up, whether each lower target is at least "
        "as demanding, whether the count targets allocated to the lower units add up to the higher target, and "
        "which units expected to concretise it have issued nothing.\n\n"
        "DOC is the higher document (its number or id). A lower indicator picks up a higher one when it says it "
        "refines it. The units expected to concretise are the reporters the higher document names, or else the "
        "organisations directly under its issuer."),
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "matrix|documents|allocations|missing",
    .output =
        N_("Text: the lower documents, numbered [1], [2] …, with how many higher indicators each leaves out (Bỏ sót) "
        "and how many of its targets are lower (Thấp hơn); then the higher indicators (Chỉ tiêu, Mục tiêu) "
        "against the lower documents ([1], [2] … as columns, as many as the width holds), each cell the lower "
        "target followed by ✓ (at least as demanding), ↓ (less demanding) or nothing (a count, judged by its "
        "sum below), or — when the document does not pick the indicator up. Then Phân bổ chỉ tiêu số lượng (Đã "
        "phân bổ: the sum of the lower targets, Số văn bản: how many documents allocate it, Chênh lệch: đủ, thiếu "
        "N, thừa N or vượt N) and the units that have issued no lower document.\n\n"
        "JSON: the higher document, \"matrix\" (\"cascade_cell\" rows, one per lower document and higher "
        "indicator, demand \"missed\" when it is not picked up), \"documents\" (\"lower_document\" rows), "
        "\"allocations\" and \"missing\" (\"missing_unit\" rows). CSV: one of these tables (--table). "
        "FORMATS.md lists the fields."),
    .run = run_cascade,
};

static const table_spec matrix_table = {"matrix", &cell_schema, NULL, 0, 0, 0, TABLE_MACHINE_ONLY};

enum { LO_SHOW_NUMBER, LO_SHOW_LABEL, LO_SHOW_ISSUER, LO_SHOW_COUNT };
static const column_view lower_view[] = {
    {"", SHOW(LO_SHOW_NUMBER), ALIGN_RIGHT, 0},
    {"Số, ký hiệu", SHOW(LO_SHOW_LABEL), ALIGN_LEFT, 0},
    {"Đơn vị ban hành", SHOW(LO_SHOW_ISSUER), ALIGN_LEFT, COL_WRAP},
    {"Ngày", LO_ISSUED, ALIGN_LEFT, 0},
    {"Bỏ sót", LO_MISSES, ALIGN_RIGHT, 0},
    {"Thấp hơn", LO_WEAKER, ALIGN_RIGHT, 0},
};
static const table_spec documents_table = {"documents", &lower_schema, lower_view,
                                           sizeof lower_view / sizeof lower_view[0], LO_SHOW_COUNT, 2, 0};

enum { AL_SHOW_TEXT, AL_SHOW_TARGET, AL_SHOW_ALLOCATED, AL_SHOW_DIFFERENCE, AL_SHOW_COUNT };
static const column_view allocation_view[] = {
    {"Chỉ tiêu", AL_INDICATOR_ID, ALIGN_LEFT, 0},
    {"Nội dung", SHOW(AL_SHOW_TEXT), ALIGN_LEFT, COL_WRAP | COL_CLAMP | COL_DROP},
    {"Mục tiêu", SHOW(AL_SHOW_TARGET), ALIGN_LEFT, 0},
    {"Đã phân bổ", SHOW(AL_SHOW_ALLOCATED), ALIGN_RIGHT, 0},
    {"Số văn bản", AL_ALLOCATING, ALIGN_RIGHT, 0},
    {"Chênh lệch", SHOW(AL_SHOW_DIFFERENCE), ALIGN_LEFT, 0},
};
static const table_spec allocations_table = {"allocations", &allocation_schema, allocation_view,
                                             sizeof allocation_view / sizeof allocation_view[0], AL_SHOW_COUNT, 2, 0};

enum { MI_SHOW_LABEL, MI_SHOW_COUNT };
static const column_view missing_view[] = {
    {"Đơn vị", SHOW(MI_SHOW_LABEL), ALIGN_LEFT, COL_WRAP},
    {"Mã", MI_UNIT_ID, ALIGN_LEFT, COL_DROP},
};
static const table_spec missing_table = {"missing", &missing_schema, missing_view, 2, MI_SHOW_COUNT, 2, 0};

/* The text matrix: the higher indicators against a range of lower documents. Its columns are
 * made at run time ([1], [2] …), for reading only. */
#define MATRIX_COLUMN 9 /* "≥ 1.810 ✓" and the gap */
static const schema no_fields = {"text", "", NULL, 0};

/* ---- allocations ------------------------------------------------------------------------------------ */

typedef struct allocation {
    double allocated, difference;
    double shortfall; /* what is still to share out to reach the target, else 0 */
    double excess;    /* what goes beyond an upper bound or the top of a range, else 0 */
    size_t allocating;
} allocation;

/* Where the sum of the lower documents' targets stands against the higher target, judged by the
 * library's one rule (congdoan_indicator_judge: comparator, range, direction). */
static int get_allocation(const congdoan_cascade *c, size_t i, allocation *al)
{
    memset(al, 0, sizeof *al);
    if (congdoan_cascade_allocation(c, i, &al->allocated, &al->allocating) != 0)
        return CONGDOAN_ENOTFOUND;
    const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
    double target = congdoan_indicator_target(ind), top = target;
    al->difference = al->allocated - target;
    congdoan_eval_status judged = congdoan_indicator_judge(ind, al->allocated);
    if (judged == CONGDOAN_EVAL_EXCEEDED && congdoan_indicator_target_max(ind, &top) == 0)
        al->excess = al->allocated - top;
    else if (judged == CONGDOAN_EVAL_NOT_ACHIEVED && al->difference > 0)
        al->excess = al->difference;
    else if (judged == CONGDOAN_EVAL_NOT_ACHIEVED && al->difference < 0)
        al->shortfall = -al->difference;
    return 0;
}

/* "thiếu 670", "đủ", "vượt 3". malloc'd. */
static char *allocation_words(const allocation *al)
{
    char *n = NULL, *s;
    if (al->excess > 0)
        s = xprintf("vượt %s", (n = vn_number(al->excess, 2)));
    else if (al->shortfall > 0)
        s = xprintf("thiếu %s", (n = vn_number(al->shortfall, 2)));
    else
        s = xstrdup("đủ");
    free(n);
    return s;
}

/* ---- the tables -------------------------------------------------------------------------------------- */

static void render_documents(renderer *out, const congdoan_cascade *c)
{
    size_t lower = congdoan_cascade_lower_count(c), indicators = congdoan_cascade_indicator_count(c);
    row r;
    row_init(&r, &documents_table);
    render_table_begin(out, &documents_table);
    for (size_t l = 0; l < lower; l++) {
        const congdoan_document *d = congdoan_cascade_lower(c, l);
        const congdoan_unit *issuer = congdoan_document_issuer(d);
        size_t weaker = 0, missed = congdoan_cascade_missed_count(c, l);
        for (size_t i = 0; i < indicators; i++)
            weaker += congdoan_cascade_refinement(c, l, i) && congdoan_cascade_demand(c, l, i) == CONGDOAN_DEMAND_WEAKER;
        row_clear(&r);
        row_str(&r, LO_DOCUMENT_ID, congdoan_document_id(d));
        row_str(&r, LO_NUMBER, congdoan_document_number(d));
        row_str(&r, LO_ISSUER_ID, congdoan_document_issuer_id(d));
        row_str(&r, LO_ISSUER_NAME, issuer ? congdoan_unit_name(issuer) : NULL);
        row_date(&r, LO_ISSUED, congdoan_document_issued(d));
        row_int(&r, LO_REFINES, (long long)(indicators - missed));
        row_int(&r, LO_MISSES, (long long)missed);
        row_int(&r, LO_WEAKER, (long long)weaker);
        row_showf(&r, LO_SHOW_NUMBER, "[%zu]", l + 1);
        row_show(&r, LO_SHOW_LABEL, document_label(d));
        row_show(&r, LO_SHOW_ISSUER, issuer ? unit_label(issuer) : congdoan_document_issuer_id(d));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_matrix_rows(renderer *out, const congdoan_cascade *c)
{
    size_t lower = congdoan_cascade_lower_count(c), indicators = congdoan_cascade_indicator_count(c);
    row r;
    row_init(&r, &matrix_table);
    render_table_begin(out, &matrix_table);
    for (size_t l = 0; l < lower; l++) {
        const congdoan_document *d = congdoan_cascade_lower(c, l);
        for (size_t i = 0; i < indicators; i++) {
            const congdoan_indicator *ref = congdoan_cascade_refinement(c, l, i);
            row_clear(&r);
            row_str(&r, CE_LOWER_ID, congdoan_document_id(d));
            row_str(&r, CE_LOWER_NUMBER, congdoan_document_number(d));
            row_str(&r, CE_INDICATOR_ID, congdoan_indicator_id(congdoan_cascade_indicator(c, i)));
            row_str(&r, CE_REFINEMENT_ID, ref ? congdoan_indicator_id(ref) : NULL);
            row_str(&r, CE_COMPARATOR, ref ? congdoan_comparator_name(congdoan_indicator_comparator(ref)) : NULL);
            if (ref)
                row_num(&r, CE_TARGET, congdoan_indicator_target(ref));
            else
                row_null(&r, CE_TARGET);
            row_str(&r, CE_DEMAND, ref ? congdoan_demand_name(congdoan_cascade_demand(c, l, i)) : "missed");
            render_row(out, &r);
        }
    }
    render_table_end(out);
    row_release(&r);
}

/* For a person: the indicators against the lower documents first..last-1. */
static void render_matrix_text(renderer *out, const congdoan_cascade *c, size_t first, size_t last)
{
    size_t indicators = congdoan_cascade_indicator_count(c), n = 3 + (last - first);
    column_view *view = xcalloc(n, sizeof *view);
    char **headers = xcalloc(n, sizeof *headers);
    view[0] = (column_view){"Chỉ tiêu", SHOW(0), ALIGN_LEFT, 0};
    view[1] = (column_view){"Nội dung", SHOW(1), ALIGN_LEFT, COL_WRAP | COL_CLAMP | COL_DROP};
    view[2] = (column_view){"Mục tiêu", SHOW(2), ALIGN_LEFT, 0};
    for (size_t l = first; l < last; l++) {
        headers[3 + l - first] = xprintf("[%zu]", l + 1);
        view[3 + l - first] = (column_view){headers[3 + l - first], SHOW(3 + l - first), ALIGN_LEFT, 0};
    }
    table_spec t = {"matrix", &no_fields, view, n, n, 2, TABLE_TEXT_ONLY};
    row r;
    row_init(&r, &t);
    render_table_begin(out, &t);
    for (size_t i = 0; i < indicators; i++) {
        const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
        row_clear(&r);
        row_show(&r, 0, congdoan_indicator_id(ind));
        row_show(&r, 1, congdoan_indicator_text(ind));
        row_show(&r, 2, row_keep(&r, format_target(ind)));
        for (size_t l = first; l < last; l++) {
            const congdoan_indicator *ref = congdoan_cascade_refinement(c, l, i);
            size_t k = 3 + l - first;
            if (!ref) {
                row_show(&r, k, "—");
                continue;
            }
            char *target = format_target(ref);
            switch (congdoan_cascade_demand(c, l, i)) {
            case CONGDOAN_DEMAND_OK: row_showf(&r, k, "%s ✓", target); break;
            case CONGDOAN_DEMAND_WEAKER: row_showf(&r, k, "%s ↓", target); break;
            default: row_show(&r, k, row_keep(&r, xstrdup(target))); break;
            }
            free(target);
        }
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
    for (size_t k = 0; k < n; k++)
        free(headers[k]);
    free(headers);
    free(view);
}

static void render_allocations(renderer *out, const congdoan_cascade *c)
{
    size_t indicators = congdoan_cascade_indicator_count(c), counts = 0;
    for (size_t i = 0; i < indicators; i++)
        counts += congdoan_indicator_measure(congdoan_cascade_indicator(c, i)) == CONGDOAN_MEASURE_COUNT;
    if (counts)
        render_text(out, 0, "\nPhân bổ chỉ tiêu số lượng:");
    row r;
    row_init(&r, &allocations_table);
    render_table_begin(out, &allocations_table);
    for (size_t i = 0; i < indicators; i++) {
        const congdoan_indicator *ind = congdoan_cascade_indicator(c, i);
        if (congdoan_indicator_measure(ind) != CONGDOAN_MEASURE_COUNT)
            continue;
        allocation al;
        int rc = get_allocation(c, i, &al);
        row_clear(&r);
        row_str(&r, AL_INDICATOR_ID, congdoan_indicator_id(ind));
        row_str(&r, AL_COMPARATOR, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
        row_num(&r, AL_TARGET, congdoan_indicator_target(ind));
        row_int(&r, AL_ALLOCATING, rc == 0 ? (long long)al.allocating : 0);
        row_show(&r, AL_SHOW_TEXT, congdoan_indicator_text(ind));
        row_show(&r, AL_SHOW_TARGET, row_keep(&r, format_target(ind)));
        if (rc == 0) {
            row_num(&r, AL_ALLOCATED, al.allocated);
            row_num(&r, AL_DIFFERENCE, al.difference);
            row_num(&r, AL_SHORTFALL, al.shortfall);
            row_show(&r, AL_SHOW_ALLOCATED, row_keep(&r, vn_number(al.allocated, 2)));
            row_show(&r, AL_SHOW_DIFFERENCE, row_keep(&r, allocation_words(&al)));
        } else {
            row_null(&r, AL_ALLOCATED);
            row_null(&r, AL_DIFFERENCE);
            row_null(&r, AL_SHORTFALL);
            row_show(&r, AL_SHOW_ALLOCATED, "—");
            row_show(&r, AL_SHOW_DIFFERENCE, "chưa phân bổ");
        }
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_missing(renderer *out, const congdoan_cascade *c)
{
    size_t missing = congdoan_cascade_missing_count(c);
    if (missing)
        render_text(out, 0, "\nĐơn vị chưa ban hành văn bản thực hiện, cụ thể hóa (%zu):", missing);
    else
        render_text(out, 0, "\nMọi đơn vị phải cụ thể hóa đều đã ban hành văn bản.");
    row r;
    row_init(&r, &missing_table);
    render_table_begin(out, &missing_table);
    for (size_t k = 0; k < missing; k++) {
        const congdoan_unit *u = congdoan_cascade_missing(c, k);
        row_clear(&r);
        row_str(&r, MI_UNIT_ID, congdoan_unit_id(u));
        row_str(&r, MI_UNIT_NAME, congdoan_unit_name(u));
        row_show(&r, MI_SHOW_LABEL, unit_label(u));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static int run_cascade(const command *cmd, const parsed_args *a)
{
    if (a->arg_count != 1)
        return usage_error(cmd, a->arg_count ? "give one document" : "which document? give its number or id");
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;
    congdoan_corpus *corpus = NULL;
    const congdoan_document *higher = NULL;
    congdoan_cascade *c = NULL;
    int status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK)
        status = find_document(corpus, a->args[0], &higher);
    if (status == EXIT_OK) {
        int rc = congdoan_cascade_compute(corpus, higher, &c);
        if (rc != 0) {
            print_library_error(rc, "cannot compute the cascade");
            status = EXIT_USAGE;
        }
    }
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }
    renderer *out = start_output(cmd, a, a->table);
    render_meta_open(out, "higher");
    render_meta_str(out, "document_id", congdoan_document_id(higher));
    render_meta_str(out, "number", congdoan_document_number(higher));
    render_meta_str(out, "title", congdoan_document_title(higher));
    render_meta_close(out);

    size_t lower = congdoan_cascade_lower_count(c), indicators = congdoan_cascade_indicator_count(c);
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(higher));
    const char *title = congdoan_document_title(higher);
    render_text(out, 0, "%s%s%s%s%s", kind ? kind : "", kind ? " " : "", document_label(higher), title ? " — " : "",
                title ? title : "");
    render_text(out, 0, "%zu chỉ tiêu; %zu văn bản cấp dưới thực hiện, cụ thể hóa.", indicators, lower);
    if (lower)
        render_text(out, 0, "%s", "");
    render_matrix_rows(out, c);
    render_documents(out, c);
    if (lower && indicators && render_is_text(out)) {
        render_text(out, 0, "\nChỉ tiêu cấp trên trong văn bản cấp dưới:");
        /* as many documents side by side as the width holds, the rest below */
        int width = out->width;
        size_t per = width > 0 && width > 30 ? (size_t)(width - 30) / MATRIX_COLUMN : lower;
        if (per < 1)
            per = 1;
        for (size_t first = 0; first < lower; first += per) {
            if (first)
                render_text(out, 0, "%s", "");
            render_matrix_text(out, c, first, first + per < lower ? first + per : lower);
        }
        render_text(out, 2, "✓ không thấp hơn mục tiêu cấp trên · ↓ thấp hơn · — không có chỉ tiêu tương ứng");
    }
    render_allocations(out, c);
    render_missing(out, c);
    status = finish_output(out, EXIT_OK);
    congdoan_cascade_free(c);
    congdoan_corpus_free(corpus);
    return status;
}
