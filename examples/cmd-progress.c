/*
 * congdoan progress — where the indicators of a document stand for a unit's subtree and a
 * period, and who has reported.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_DOCUMENT = 1, OPT_UNIT, OPT_PERIOD, OPT_AT, OPT_BY_CHILD };

static const option_spec progress_options[] = {
    {OPT_DOCUMENT, "document", 0, N_("DOC"),
     N_("the plan or programme (its number or id); may be left out when exactly one document in the data has "
     "indicators, or exactly one of those has reports made against it"),
     COMPLETE_DOCUMENT, NULL},
    {OPT_UNIT, "unit", 0, N_("UNIT"), N_("the top of the subtree (as people name it); default: the document's issuer"),
     COMPLETE_UNIT, NULL},
    {OPT_PERIOD, "period", 0, N_("P"),
     N_("the reporting period: 2025, 2025-H1, 2025-Q3, 2025-06, or a span or congress term whose reports are "
        "totalled (2023/2028, term:2023/2028); default: the one period the document's reports are for (or its "
        "indicators' period when there is no report); an error when there are several"),
     COMPLETE_NONE, NULL},
    {OPT_AT, "at", 0, N_("DATE"),
     N_("count only the reports submitted on or before DATE, as if the later ones had not arrived (default: all)"),
     COMPLETE_NONE, NULL},
    {OPT_BY_CHILD, "by-child", 0, NULL, N_("add the figures of each organisation directly under UNIT"), COMPLETE_NONE,
     NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_progress(const command *cmd, const parsed_args *a);

const command cmd_progress = {
    .name = "progress",
    .summary = N_("evaluate the indicators of a document for a unit and a period"),
    .description =
        /* xgettext:no-c-format (a text, not a format: "90% of") */
        N_("Evaluate every indicator (chỉ tiêu) of a plan or programme over a unit and all the units under it, "
        "for one reporting period, from the reports received: the target, the figure reached, whether the "
        "target is met and how far along it is. Then the figures that do not add up, and who was expected to "
        "report and who did, on time or late.\n\n"
        "Figures add up the way the measure says: counts are summed; percentages and averages are the sum of "
        "the numerators over the sum of the denominators (never the mean of percentages); shares of units "
        "(\"90% of the unions classified good or better\") come from the units' own classifications for the "
        "period's year."),
    .options = progress_options,
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "evaluations|findings|completeness|children",
    .output =
        N_("Text: a heading (the document, the unit, the period, the date of the figures, the deadline), then one "
        "row per indicator: Chỉ tiêu (its id), Mục tiêu (the target: ≥ 98% at least, ≤ 5 at most, = 3 "
        "exactly, 10–20 a range), Thực hiện (the figure, with numerator/denominator for percentages, averages "
        "and shares of units), Số đơn vị (the units whose figures went into it), Đánh giá (đạt, chưa đạt, chưa "
        "có số liệu, never counted as zero, or không cộng được when only percentages without their fractions "
        "were reported), Tiến độ (a bar of 10 cells and the figure as a share of the target: 100% means just "
        "met; left out when --width leaves no room for it), and the indicator's text under it. Numbers are written the Vietnamese way: 1.810; 98,5%. Then "
        "Số liệu không khớp (a unit reported a total for its subtree that differs from the sum of the reports "
        "under it; its own total is used) and Tình hình nộp báo cáo (each unit expected to report, the date its "
        "report was submitted: đúng hạn, muộn N ngày, chưa nộp, or đã nhận when there is no deadline).\n\n"
        "JSON: the query and a summary (counts by status and by submission), then \"evaluations\" "
        "(\"evaluation\" rows), \"children\" (with --by-child, \"child_evaluation\" rows), \"findings\" and \"completeness\" "
        "(\"expected_report\" rows). CSV: one of these tables (--table). FORMATS.md lists the fields."),
    .exit_status = N_("  0  the figures were worked out, whether or not the targets are met\n"
                   "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it or is\n"
                   "     not the only one that answers\n"
                   "  2  a usage error (unknown option, a bad date or period, DOC or the period left\n"
                   "     out when it cannot be guessed, a department as UNIT) or an I/O error\n"),
    .run = run_progress,
};

enum { TABLE_EVALUATIONS, TABLE_FINDINGS, TABLE_COMPLETENESS, TABLE_CHILDREN };

#define BAR_CELLS 10
/* The evaluation statuses (congdoan_eval_status): no data, achieved, not achieved, not
 * aggregable, exceeded. */
#define EVAL_STATUSES 5

/* ---- the tables --------------------------------------------------------------------------------- */

enum { EV_SHOW_TARGET, EV_SHOW_FIGURE, EV_SHOW_UNITS, EV_SHOW_STATUS, EV_SHOW_BAR, EV_SHOW_COUNT };
static const column_view evaluation_view[] = {
    {"Chỉ tiêu", EV_INDICATOR_ID, ALIGN_LEFT, 0},
    {"Mục tiêu", SHOW(EV_SHOW_TARGET), ALIGN_LEFT, 0},
    {"Thực hiện", SHOW(EV_SHOW_FIGURE), ALIGN_LEFT, COL_WRAP},
    {"Số đơn vị", SHOW(EV_SHOW_UNITS), ALIGN_RIGHT, 0},
    {"Đánh giá", SHOW(EV_SHOW_STATUS), ALIGN_LEFT, 0},
    /* the bar repeats the status and the figure: the first to go at a narrow width */
    {"Tiến độ", SHOW(EV_SHOW_BAR), ALIGN_LEFT, COL_SPARE},
    {"Nội dung", EV_TEXT, ALIGN_LEFT, COL_DETAIL},
};
static const table_spec indicators_table = {"evaluations", &evaluation_schema, evaluation_view,
                                            sizeof evaluation_view / sizeof evaluation_view[0], EV_SHOW_COUNT, 0, 0};

enum { CH_SHOW_INDICATOR, CH_SHOW_UNIT, CH_SHOW_FIGURE, CH_SHOW_STATUS, CH_SHOW_COUNT };
static const column_view child_view[] = {
    {"Chỉ tiêu", SHOW(CH_SHOW_INDICATOR), ALIGN_LEFT, 0},
    {"Đơn vị", SHOW(CH_SHOW_UNIT), ALIGN_LEFT, COL_WRAP},
    {"Thực hiện", SHOW(CH_SHOW_FIGURE), ALIGN_RIGHT, 0},
    {"Đánh giá", SHOW(CH_SHOW_STATUS), ALIGN_LEFT, 0},
};
static const table_spec children_table = {"children", &child_schema, child_view,
                                          sizeof child_view / sizeof child_view[0], CH_SHOW_COUNT, 2, 0};

enum { FI_SHOW_UNIT, FI_SHOW_REPORTED, FI_SHOW_COMPUTED, FI_SHOW_DIFFERENCE, FI_SHOW_COUNT };
static const column_view finding_view[] = {
    {"Đơn vị", SHOW(FI_SHOW_UNIT), ALIGN_LEFT, COL_WRAP},
    {"Chỉ tiêu", FI_INDICATOR_ID, ALIGN_LEFT, 0},
    {"Báo cáo", SHOW(FI_SHOW_REPORTED), ALIGN_RIGHT, 0},
    {"Cộng từ cấp dưới", SHOW(FI_SHOW_COMPUTED), ALIGN_RIGHT, 0},
    {"Chênh lệch", SHOW(FI_SHOW_DIFFERENCE), ALIGN_RIGHT, 0},
};
static const table_spec findings_table = {"findings", &finding_schema, finding_view,
                                          sizeof finding_view / sizeof finding_view[0], FI_SHOW_COUNT, 2, 0};

enum { EX_SHOW_UNIT, EX_SHOW_STATUS, EX_SHOW_COUNT };
static const column_view expected_view[] = {
    {"Đơn vị", SHOW(EX_SHOW_UNIT), ALIGN_LEFT, COL_WRAP},
    {"Mã", EX_UNIT_ID, ALIGN_LEFT, COL_DROP},
    {"Ngày nộp", EX_SUBMITTED, ALIGN_LEFT, 0},
    {"Tình trạng", SHOW(EX_SHOW_STATUS), ALIGN_LEFT, 0},
};
static const table_spec completeness_table = {"completeness", &expected_schema, expected_view,
                                              sizeof expected_view / sizeof expected_view[0], EX_SHOW_COUNT, 2, 0};

/* "█████████░ 84%": how far the figure is towards the target. malloc'd. */
static char *bar_words(double ratio)
{
    double clipped = ratio < 0 ? 0 : ratio > 1 ? 1 : ratio;
    int cells = (int)floor(clipped * BAR_CELLS + 1e-9);
    long percent = (long)floor(ratio * 100 + 1e-9);
    char *s = xmalloc(BAR_CELLS * 3 + 32);
    size_t n = 0;
    for (int k = 0; k < BAR_CELLS; k++) {
        memcpy(s + n, k < cells ? "█" : "░", 3);
        n += 3;
    }
    char *pct = vn_number((double)percent, 0);
    snprintf(s + n, 32, " %s%%", pct);
    free(pct);
    return s;
}

/* The figure of indicator i with its fraction: "98,85% (13.466/13.623)". malloc'd. */
static char *actual_words(const congdoan_progress *p, size_t i)
{
    const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
    double actual, num, den;
    if (congdoan_progress_actual(p, i, &actual) != 0)
        return xstrdup("—");
    char *figure = figure_words(ind, actual);
    if (congdoan_indicator_measure(ind) == CONGDOAN_MEASURE_COUNT || congdoan_progress_fraction(p, i, &num, &den) != 0)
        return figure;
    char *a = vn_number(num, 2), *b = vn_number(den, 2);
    char *s = xprintf("%s (%s/%s)", figure, a, b);
    free(figure);
    free(a);
    free(b);
    return s;
}

static void render_indicators(renderer *out, const congdoan_progress *p)
{
    row r;
    row_init(&r, &indicators_table);
    render_table_begin(out, &indicators_table);
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        row_clear(&r);
        fill_evaluation_row(&r, p, i);
        row_show(&r, EV_SHOW_TARGET, row_keep(&r, format_target(ind)));
        row_show(&r, EV_SHOW_FIGURE, row_keep(&r, actual_words(p, i)));
        double v;
        if (congdoan_progress_actual(p, i, &v) == 0)
            row_showf(&r, EV_SHOW_UNITS, "%zu", congdoan_progress_contributors(p, i));
        row_show(&r, EV_SHOW_STATUS, congdoan_eval_status_label(congdoan_progress_status(p, i)));
        if (congdoan_progress_ratio(p, i, &v) == 0)
            row_show(&r, EV_SHOW_BAR, row_keep(&r, bar_words(v)));
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_children(renderer *out, const congdoan_progress *p)
{
    size_t children = congdoan_progress_child_count(p);
    render_text(out, 0, "\nTheo đơn vị trực thuộc (chỉ tiêu số lượng: phần của từng đơn vị, không đánh giá riêng):");
    if (children == 0)
        render_text(out, 2, "(không có đơn vị trực thuộc)");
    row r;
    row_init(&r, &children_table);
    const congdoan_unit **without = xcalloc(children ? children : 1, sizeof *without);
    const congdoan_unit **not_asked = xcalloc(children ? children : 1, sizeof *not_asked);
    render_table_begin(out, &children_table);
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        size_t n_without = 0, n_not_asked = 0, shown = 0;
        for (size_t c = 0; c < children; c++) {
            congdoan_eval_status status = congdoan_progress_child_status(p, c, i);
            row_clear(&r);
            fill_child_row(&r, p, c, i);
            if (status == CONGDOAN_EVAL_NO_DATA) {
                /* a person reads them as one line, after the others: those the document asks
                 * for this indicator lack it, the others are not answerable for it */
                if (congdoan_progress_child_expected(p, c, i))
                    without[n_without++] = congdoan_progress_child(p, c);
                else
                    not_asked[n_not_asked++] = congdoan_progress_child(p, c);
                r.only = ROW_MACHINE_ONLY;
            } else {
                if (shown++ == 0)
                    row_show(&r, CH_SHOW_INDICATOR, congdoan_indicator_id(ind));
                row_show(&r, CH_SHOW_UNIT, unit_label(congdoan_progress_child(p, c)));
                double v;
                if (congdoan_progress_child_actual(p, c, i, &v) == 0)
                    row_show(&r, CH_SHOW_FIGURE, row_keep(&r, figure_words(ind, v)));
                else
                    row_show(&r, CH_SHOW_FIGURE, "—");
                /* a child's share of a count is not judged against the whole target */
                if (congdoan_indicator_measure(ind) != CONGDOAN_MEASURE_COUNT)
                    row_show(&r, CH_SHOW_STATUS, congdoan_eval_status_label(status));
            }
            render_row(out, &r);
        }
        if (n_without) {
            row_clear(&r);
            r.only = ROW_TEXT_ONLY;
            if (shown++ == 0)
                row_show(&r, CH_SHOW_INDICATOR, congdoan_indicator_id(ind));
            char *names = unit_list_words(without, n_without, 0);
            if (shown == 1 && !n_not_asked)
                row_showf(&r, CH_SHOW_UNIT, "(chưa có số liệu ở đơn vị nào)");
            else
                row_showf(&r, CH_SHOW_UNIT, "(%zu đơn vị %schưa có số liệu: %s)", n_without, shown > 1 ? "khác " : "",
                          names);
            free(names);
            render_row(out, &r);
        }
        if (n_not_asked) {
            row_clear(&r);
            r.only = ROW_TEXT_ONLY;
            if (shown == 0)
                row_show(&r, CH_SHOW_INDICATOR, congdoan_indicator_id(ind));
            char *names = unit_list_words(not_asked, n_not_asked, 0);
            row_showf(&r, CH_SHOW_UNIT, "(%zu đơn vị không phải báo cáo chỉ tiêu này: %s)", n_not_asked, names);
            free(names);
            render_row(out, &r);
        }
    }
    render_table_end(out);
    free(without);
    free(not_asked);
    row_release(&r);
}

static void render_findings(renderer *out, const congdoan_progress *p)
{
    size_t findings = congdoan_progress_finding_count(p);
    if (findings)
        render_text(out, 0,
                    "\nSố liệu không khớp (%zu): tổng do đơn vị báo cáo khác tổng các báo cáo cấp dưới; số của đơn vị "
                    "báo cáo được dùng.",
                    findings);
    row r;
    row_init(&r, &findings_table);
    render_table_begin(out, &findings_table);
    for (size_t k = 0; k < findings; k++) {
        const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
        double reported = 0, computed = 0;
        congdoan_progress_finding_values(p, k, &reported, &computed);
        row_clear(&r);
        fill_finding_row(&r, p, k);
        row_show(&r, FI_SHOW_UNIT, unit_label(congdoan_progress_finding_unit(p, k)));
        row_show(&r, FI_SHOW_REPORTED, row_keep(&r, figure_words(ind, reported)));
        row_show(&r, FI_SHOW_COMPUTED, row_keep(&r, figure_words(ind, computed)));
        char *d = vn_number(reported - computed, 2);
        row_showf(&r, FI_SHOW_DIFFERENCE, "%s%s%s", reported - computed > 0 ? "+" : "", d, is_percent(ind) ? "%" : "");
        free(d);
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

static void render_completeness(renderer *out, const congdoan_progress *p)
{
    size_t expected = congdoan_progress_expected_count(p);
    int deadline = congdoan_progress_deadline(p);
    char date[16];
    size_t counts[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < expected; k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        if ((unsigned)s < 4)
            counts[s]++;
    }
    char *deadline_words = deadline ? xprintf(" (hạn %s)", format_date(date, deadline)) : xstrdup("");
    if (expected == 0) {
        render_text(out, 0, "\nTình hình nộp báo cáo%s: không có đơn vị nào phải báo cáo trong phạm vi này.",
                    deadline_words);
    } else {
        char *received = counts[CONGDOAN_SUBMISSION_RECEIVED]
                             ? xprintf(", %zu đã nhận%s", counts[CONGDOAN_SUBMISSION_RECEIVED],
                                       deadline ? " (không ghi ngày nộp)" : "")
                             : xstrdup("");
        if (deadline)
            render_text(out, 0, "\nTình hình nộp báo cáo%s: %zu đơn vị phải báo cáo — %zu đúng hạn, %zu muộn%s, %zu chưa nộp.",
                        deadline_words, expected, counts[CONGDOAN_SUBMISSION_ON_TIME], counts[CONGDOAN_SUBMISSION_LATE],
                        received, counts[CONGDOAN_SUBMISSION_MISSING]);
        else
            render_text(out, 0, "\nTình hình nộp báo cáo: %zu đơn vị phải báo cáo — %zu đã nộp, %zu chưa nộp.", expected,
                        counts[CONGDOAN_SUBMISSION_RECEIVED], counts[CONGDOAN_SUBMISSION_MISSING]);
        free(received);
    }
    free(deadline_words);
    /* where reports go, as the document says it ("báo cáo LĐLĐ tỉnh (qua Văn phòng)") */
    const congdoan_document *doc = congdoan_progress_document(p);
    const congdoan_unit *to = congdoan_document_reporting_to(doc), *via = congdoan_document_reporting_via(doc);
    if (via)
        render_text(out, 2, "Báo cáo gửi %s (qua %s).", unit_label(to ? to : congdoan_document_issuer(doc)),
                    congdoan_unit_name(via));
    row r;
    row_init(&r, &completeness_table);
    render_table_begin(out, &completeness_table);
    for (size_t k = 0; k < expected; k++) {
        int submitted = congdoan_progress_expected_submitted(p, k);
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        row_clear(&r);
        fill_expected_row(&r, p, k);
        row_show(&r, EX_SHOW_UNIT, unit_label(congdoan_progress_expected_unit(p, k)));
        size_t lacking = congdoan_progress_expected_lacking(p, k);
        char *lacking_words = s != CONGDOAN_SUBMISSION_MISSING && lacking
                                  ? xprintf(", thiếu %zu chỉ tiêu", lacking)
                                  : xstrdup("");
        if (s == CONGDOAN_SUBMISSION_LATE && submitted && deadline)
            row_showf(&r, EX_SHOW_STATUS, "muộn %ld ngày%s", days_between(deadline, submitted), lacking_words);
        else
            row_showf(&r, EX_SHOW_STATUS, "%s%s", congdoan_submission_label(s), lacking_words);
        free(lacking_words);
        render_row(out, &r);
    }
    render_table_end(out);
    row_release(&r);
}

/* The heading of the text output. */
static void render_heading(renderer *out, const congdoan_progress *p, int at)
{
    const congdoan_document *doc = congdoan_progress_document(p);
    const congdoan_unit *unit = congdoan_progress_unit(p);
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc));
    const char *title = congdoan_document_title(doc);
    char date[16];
    render_text(out, 0, "%s%s%s%s%s", kind ? kind : "", kind ? " " : "", document_label(doc), title ? " — " : "",
                title ? title : "");
    render_text(out, 0, "Đơn vị: %s (%s)%s", congdoan_unit_name(unit), congdoan_unit_id(unit),
                congdoan_unit_child_count(unit) ? " và các đơn vị trực thuộc" : "");
    char *period = period_words(congdoan_progress_period(p));
    char *when = at ? xprintf("số liệu đến ngày %s", format_date(date, at)) : xstrdup("mọi báo cáo đã nhận");
    char deadline[16];
    if (congdoan_progress_deadline(p))
        render_text(out, 0, "Kỳ báo cáo: %s · %s · hạn nộp %s", period, when,
                    format_date(deadline, congdoan_progress_deadline(p)));
    else
        render_text(out, 0, "Kỳ báo cáo: %s · %s", period, when);
    free(period);
    free(when);
}

/* What the indicator's populations did: the figure counts only the units inside them, or
 * (when the data cannot say who is inside) every unit, which a reader must be told. */
static void render_population_note(renderer *out, const congdoan_progress *p, size_t i)
{
    const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
    size_t excluded = congdoan_progress_population_excluded(p, i), unchecked = congdoan_progress_population_unchecked(p, i);
    const congdoan_population *pop = congdoan_indicator_population_count(ind) ? congdoan_indicator_population(ind, 0) : NULL;
    const char *words = pop ? congdoan_population_text(pop) : "";
    const char *measure = pop && congdoan_population_measure(pop) ? congdoan_population_measure(pop) : "";
    switch (congdoan_progress_population(p, i)) {
    case CONGDOAN_POPULATION_APPLIED: {
        char *unknown = unchecked ? xprintf("; %zu đơn vị không ghi số %s nên vẫn tính", unchecked, measure) : xstrdup("");
        render_text(out, 0, "Lưu ý: %s: chỉ tính các đơn vị thuộc diện \"%s\" (theo số %s ghi ở từng đơn vị): %zu đơn "
                    "vị ngoài diện không tính%s.",
                    congdoan_indicator_id(ind), words, measure, excluded, unknown);
        free(unknown);
        break;
    }
    case CONGDOAN_POPULATION_NOT_APPLIED:
        render_text(out, 0, "Lưu ý: %s: số liệu không cho biết đơn vị nào thuộc diện \"%s\": kết quả tính trên mọi "
                    "đơn vị có báo cáo, không riêng diện đó.",
                    congdoan_indicator_id(ind), words);
        break;
    default:
        break;
    }
}

/* Which units gave indicator i only as a rate, so that the office can ask them for the
 * figures: "Lưu ý: iii-1a: 1 đơn vị chỉ báo cáo tỷ lệ … : LĐLĐ huyện Than Uyên." At most
 * LEFT_OUT_NAMED names (a national roll-up may leave out thousands): JSON and CSV list all. */
static void render_rate_only_note(renderer *out, const congdoan_progress *p, size_t i)
{
    size_t n = congdoan_progress_rate_only_count(p, i);
    char *names = left_out_words(p, i, LEFT_OUT_NAMED);
    render_text(out, 0,
                "Lưu ý: %s: %zu đơn vị chỉ báo cáo tỷ lệ, không có tử số và mẫu số, nên không cộng được vào số "
                "chung: %s%s.",
                congdoan_indicator_id(congdoan_progress_indicator(p, i)), n, names,
                n > LEFT_OUT_NAMED ? " (danh sách đủ: --format json)" : "");
    free(names);
}

/* The summary after the indicators: "19 chỉ tiêu: 11 đạt, 8 chưa đạt." */
static void render_summary_text(renderer *out, const congdoan_progress *p, const size_t *by_status, int by_child)
{
    size_t count = congdoan_progress_indicator_count(p);
    if (count == 0) {
        render_text(out, 0, "\nVăn bản này không có chỉ tiêu nào.");
        return;
    }
    static const congdoan_eval_status order[] = {CONGDOAN_EVAL_ACHIEVED, CONGDOAN_EVAL_EXCEEDED,
                                                 CONGDOAN_EVAL_NOT_ACHIEVED, CONGDOAN_EVAL_NO_DATA,
                                                 CONGDOAN_EVAL_NOT_AGGREGABLE};
    char line[256];
    size_t len = (size_t)snprintf(line, sizeof line, "%zu chỉ tiêu:", count);
    int first = 1;
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        if (by_status[order[k]]) {
            len += (size_t)snprintf(line + len, sizeof line - len, "%s %zu %s", first ? "" : ",", by_status[order[k]],
                                    congdoan_eval_status_label(order[k]));
            first = 0;
        }
    render_text(out, 0, "\n%s.", line);
    if (strchr(congdoan_progress_period(p), '/'))
        render_text(out, 0, "Cả giai đoạn %s: chỉ tiêu số lượng là tổng các báo cáo các kỳ trong giai đoạn (mỗi kỳ một "
                    "lần: báo cáo năm đã gồm 6 tháng, quý); tỷ lệ, bình quân là số của báo cáo mới nhất trong giai đoạn "
                    "của từng đơn vị.",
                    congdoan_progress_period(p));
    for (size_t i = 0; i < count; i++) {
        size_t left_out = congdoan_progress_unaggregated(p, i);
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        if (left_out && congdoan_indicator_measure(ind) == CONGDOAN_MEASURE_SCORE) {
            char *names = left_out_words(p, i, LEFT_OUT_NAMED);
            render_text(out, 0,
                        "Lưu ý: %s: điểm là của riêng từng đơn vị, không cộng dồn; đơn vị này chưa báo cáo điểm "
                        "của mình, nên điểm của %zu đơn vị cấp dưới không tính vào: %s%s.",
                        congdoan_indicator_id(ind), left_out, names,
                        by_child ? " (điểm từng đơn vị ở bảng theo đơn vị trực thuộc)" : "");
            free(names);
        } else if (left_out)
            render_rate_only_note(out, p, i);
        render_population_note(out, p, i);
    }
}

void render_progress(renderer *out, const congdoan_progress *p, int at, int by_child, const char *meta_key)
{
    const congdoan_document *doc = congdoan_progress_document(p);
    size_t by_status[EVAL_STATUSES] = {0}, by_submission[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++)
        if ((unsigned)congdoan_progress_status(p, i) < EVAL_STATUSES)
            by_status[congdoan_progress_status(p, i)]++;
    for (size_t k = 0; k < congdoan_progress_expected_count(p); k++)
        if ((unsigned)congdoan_progress_expected_submission(p, k) < 4)
            by_submission[congdoan_progress_expected_submission(p, k)]++;

    if (meta_key)
        render_meta_open(out, meta_key);
    render_meta_open(out, "query");
    render_meta_str(out, "document_id", congdoan_document_id(doc));
    render_meta_str(out, "document_number", congdoan_document_number(doc));
    render_meta_str(out, "unit_id", congdoan_unit_id(congdoan_progress_unit(p)));
    render_meta_str(out, "period", congdoan_progress_period(p));
    render_meta_date(out, "at", at);
    render_meta_date(out, "deadline", congdoan_progress_deadline(p));
    render_meta_close(out);
    render_meta_open(out, "summary");
    render_meta_int(out, "indicators", (long long)congdoan_progress_indicator_count(p));
    for (int s = 0; s < EVAL_STATUSES; s++) {
        char key[32];
        snprintf(key, sizeof key, "%s", congdoan_eval_status_name((congdoan_eval_status)s));
        for (char *c = key; *c; c++)
            if (*c == '-')
                *c = '_';
        render_meta_int(out, key, (long long)by_status[s]);
    }
    render_meta_int(out, "expected_reports", (long long)congdoan_progress_expected_count(p));
    for (int s = 0; s < 4; s++) {
        char key[32];
        snprintf(key, sizeof key, "%s", congdoan_submission_name((congdoan_submission)s));
        for (char *c = key; *c; c++)
            if (*c == '-')
                *c = '_';
        render_meta_int(out, key, (long long)by_submission[s]);
    }
    render_meta_int(out, "findings", (long long)congdoan_progress_finding_count(p));
    render_meta_close(out);
    if (meta_key)
        render_meta_close(out);

    render_heading(out, p, at);
    render_text(out, 0, "%s", "");
    render_indicators(out, p);
    render_summary_text(out, p, by_status, by_child);
    if (by_child)
        render_children(out, p);
    render_findings(out, p);
    render_completeness(out, p);
}

/* ---- what was not said ------------------------------------------------------------------------ */

/* The one document with indicators (or the one of those with reports), or NULL after a usage error. */
static const congdoan_document *guess_progress_document(const command *cmd, const congdoan_corpus *corpus, int *status)
{
    const congdoan_document *found = NULL, *reported = NULL;
    size_t count = 0, reported_count = 0;
    for (size_t i = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (congdoan_document_indicator_count(d) == 0)
            continue;
        if (count++ == 0)
            found = d;
        congdoan_report_list *list = NULL;
        if (congdoan_corpus_reports_find(corpus, d, NULL, NULL, 0, &list) == 0 && congdoan_report_list_count(list) &&
            reported_count++ == 0)
            reported = d;
        congdoan_report_list_free(list);
    }
    if (count == 1)
        return found;
    if (reported_count == 1)
        return reported;
    if (count == 0) {
        *status = usage_error(cmd, "no document in the data has indicators");
        return NULL;
    }
    fflush(stdout);
    fprintf(stderr, _("%s %s: %zu documents have indicators; say which with --document:"), PROGRAM_NAME, cmd->name,
            count);
    for (size_t i = 0, k = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (congdoan_document_indicator_count(d) > 0)
            fprintf(stderr, "%s %s", k++ ? "," : "", document_label(d));
    }
    fputc('\n', stderr);
    *status = EXIT_USAGE;
    return NULL;
}

/* The one period of the document's reports (or of its indicators), or NULL after a usage error. */
static const char *guess_progress_period(const command *cmd, const congdoan_corpus *corpus, const congdoan_document *doc,
                                  int *status)
{
    congdoan_report_list *list = NULL;
    if (congdoan_corpus_reports_find(corpus, doc, NULL, NULL, 0, &list) != 0) {
        print_library_error(congdoan_error_last_code(), "cannot list the reports");
        *status = EXIT_USAGE;
        return NULL;
    }
    size_t count = congdoan_report_list_period_count(list);
    const char *found = count == 1 ? congdoan_report_list_period(list, 0) : NULL;
    if (count > 1) {
        fflush(stdout);
        fprintf(stderr, _("%s %s: the reports of %s are for %zu periods; say which with --period:"), PROGRAM_NAME,
                cmd->name, document_label(doc), count);
        for (size_t k = 0; k < count; k++)
            fprintf(stderr, "%s %s", k ? "," : "", congdoan_report_list_period(list, k));
        fputc('\n', stderr);
        *status = EXIT_USAGE;
    }
    congdoan_report_list_free(list);
    if (count > 0)
        return found;
    /* no report: the period of the indicators, when they agree */
    for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
        const char *period = congdoan_indicator_period(congdoan_document_indicator(doc, i));
        if (period && found && strcmp(period, found) != 0) {
            *status = usage_error(cmd, "the indicators of %s are for several periods (%s, %s …): use --period",
                                  document_label(doc), found, period);
            return NULL;
        }
        if (period)
            found = period;
    }
    if (!found)
        *status = usage_error(cmd, "which period? %s has no report and its indicators give none: use --period",
                              document_label(doc));
    return found;
}

/* The document, unit and period of a progress query from the options (export shares it).
 * EXIT_OK, or an exit status after printing why. */
int progress_query(const command *cmd, const parsed_args *a, const congdoan_corpus *corpus, int doc_option,
                   int unit_option, int period_option, const congdoan_document **doc, const congdoan_unit **unit,
                   const char **period)
{
    int status = EXIT_OK;
    if (opt(a, doc_option))
        status = find_document(corpus, opt(a, doc_option), doc);
    else if (!(*doc = guess_progress_document(cmd, corpus, &status)))
        return status >= 0 ? status : EXIT_USAGE;
    if (status != EXIT_OK)
        return status;
    if (opt(a, unit_option))
        status = find_unit(corpus, opt(a, unit_option), unit);
    else if (!(*unit = congdoan_document_issuer(*doc)))
        return usage_error(cmd, "%s has no issuer in the data: say which unit with --unit", document_label(*doc));
    if (status != EXIT_OK)
        return status;
    if (congdoan_unit_get_kind(*unit) != CONGDOAN_UNIT_ORGANISATION)
        return usage_error(cmd, "'%s' is a %s, not an organisation: give the organisation it belongs to",
                           congdoan_unit_id(*unit),
                           congdoan_unit_get_kind(*unit) == CONGDOAN_UNIT_BODY ? "leading body" : "department");
    *period = opt(a, period_option);
    if (!*period && !(*period = guess_progress_period(cmd, corpus, *doc, &status)))
        return status >= 0 ? status : EXIT_USAGE;
    return EXIT_OK;
}

/* ---- the command -------------------------------------------------------------------------------- */

static int run_progress(const command *cmd, const parsed_args *a)
{
    int status = -1, at = 0;
    if (a->arg_count)
        return usage_error(cmd, "unexpected argument '%s' (use --document, --unit, --period)", a->args[0]);
    if (opt(a, OPT_AT) && !parse_date_option(cmd, "--at", opt(a, OPT_AT), &at, &status))
        return status;
    const char *period = opt(a, OPT_PERIOD);
    /* a span or a term (with a '/') is the library's to judge */
    if (period && congdoan_period_parse(period, NULL, NULL, NULL) != 0 && !strchr(period, '/'))
        return usage_error(cmd, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'", period);
    int table = chosen_table(cmd, a);
    if (table < 0)
        return EXIT_USAGE;
    int by_child = flag(a, OPT_BY_CHILD) || (a->format == FORMAT_CSV && table == TABLE_CHILDREN);

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    congdoan_progress *p = NULL;
    status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK)
        status = progress_query(cmd, a, corpus, OPT_DOCUMENT, OPT_UNIT, OPT_PERIOD, &doc, &unit, &period);
    if (status == EXIT_OK) {
        int rc = congdoan_progress_compute(corpus, doc, unit, period, at, &p);
        if (rc != 0) {
            print_library_error(rc, "cannot evaluate the indicators");
            status = EXIT_USAGE;
        }
    }
    if (status == EXIT_OK) {
        renderer *out = start_output(cmd, a, a->table);
        render_progress(out, p, at, by_child, NULL);
        status = finish_output(out, EXIT_OK);
    }
    congdoan_progress_free(p);
    congdoan_corpus_free(corpus);
    return status;
}
