/*
 * congdoan progress — where the indicators of a document stand for a unit's subtree and a
 * period, and who has reported.
 *
 *   congdoan progress [-d PATH]... [--format text|json|csv] [--document DOC] [--unit UNIT]
 *                     [--period P] [--at DATE] [--by-child]
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char progress_help[] =
    "Usage: congdoan progress [-d PATH]... [--format text|json|csv] [--document DOC]\n"
    "                         [--unit UNIT] [--period P] [--at DATE] [--by-child]\n"
    "\n"
    "Evaluate every indicator (chỉ tiêu) of a plan or programme over a unit and all the\n"
    "units under it, for one reporting period, from the reports received: the target,\n"
    "the figure reached, whether the target is met and how far along it is. Then the\n"
    "figures that do not add up, and who was expected to report and who did, on time\n"
    "or late.\n"
    "\n"
    "Figures add up the way the measure says: counts are summed; percentages and\n"
    "averages are the sum of the numerators over the sum of the denominators (never\n"
    "the mean of percentages); shares of units (\"90% of the unions classified good or\n"
    "better\") come from the units' own classifications for the period's year.\n"
    "\n"
    "Options:\n"
    "  --document DOC      the plan or programme (id or number); may be left out when\n"
    "                      exactly one document in the data has indicators, or\n"
    "                      exactly one of those has reports made against it\n"
    "  --unit UNIT         the top of the subtree (id or name); default: the document's\n"
    "                      issuer\n"
    "  --period P          the reporting period: 2025, 2025-H1, 2025-Q3, 2025-06;\n"
    "                      default: the one period the document's reports are for\n"
    "                      (or its indicators' period when there is no report); an\n"
    "                      error when there are several\n"
    "  --at DATE           count only the reports submitted on or before DATE, as if\n"
    "                      the later ones had not arrived (default: all of them)\n"
    "  --by-child          add the figures of each organisation directly under UNIT\n"
    "  --table NAME        with --format csv: indicators (the default), findings,\n"
    "                      completeness or children (with --by-child)\n"
    HELP_COMMON_OPTIONS
    HELP_DATES
    "\n"
    "Text output: a heading (document, unit, period, date, deadline), then one row\n"
    "per indicator: Chỉ tiêu (its id), Nội dung (its text, shortened), Mục tiêu (the\n"
    "target: ≥ 98% at least, ≤ 5 at most, = 3 exactly, 10–20 a range), Thực hiện (the\n"
    "figure, with numerator/denominator for percentages, averages and shares of\n"
    "units), ĐV (the number of units whose figures went into it), Đánh giá (đạt =\n"
    "achieved, chưa đạt = not achieved, chưa có số liệu = no data, never counted as\n"
    "zero, không cộng được = reported only as percentages that cannot be added), and\n"
    "Tiến độ (a bar of 20 cells and the figure as a share of the target: 100% means\n"
    "the target is just met). Numbers have a decimal comma (97,9%).\n"
    "Then \"Số liệu không khớp\" (findings: a unit reported a total for its subtree\n"
    "that differs from the sum of the reports under it; its own total is used) and\n"
    "\"Tình hình nộp báo cáo\" (completeness: each unit expected to report, the date\n"
    "its report was submitted, and đúng hạn = on time, muộn N ngày = N days late,\n"
    "chưa nộp = missing, đã nhận = received when there is no deadline).\n"
    "\n"
    "JSON output: one object with document, unit, period, at, deadline, summary\n"
    "(counts by status), indicators (id, text, measure, comparator, target,\n"
    "target_max, unit_of_measure, status: achieved, not-achieved, no-data or\n"
    "not-aggregable; actual, numerator, denominator, ratio, source: computed,\n"
    "reported-total or unit-data; contributors, unaggregated; children with\n"
    "--by-child), findings (unit, indicator, reported, computed) and completeness\n"
    "(deadline, counts and units: unit, submission: on-time, late, missing or\n"
    "received; submitted, days_late). Figures are null when there are none.\n"
    "\n"
    "Exit status:\n"
    "  0  the figures were worked out, whether or not the targets are met\n"
    "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
    "  2  a usage error (unknown option, a bad date or period, DOC or UNIT or the\n"
    "     period left out when it cannot be guessed, a department as UNIT) or an I/O\n"
    "     error\n";

static int run_progress(int argc, char **argv);

const command cmd_progress = {
    .name = "progress",
    .summary = "evaluate the indicators of a document for a unit and a period",
    .usage = "congdoan progress [-d PATH]... [--format text|json|csv] [--document DOC] [--unit UNIT] "
             "[--period P] [--at DATE] [--by-child]",
    .run = run_progress,
    .help = progress_help,
};

enum { TABLE_INDICATORS, TABLE_FINDINGS, TABLE_COMPLETENESS, TABLE_CHILDREN };
static const char *const table_names[] = {"indicators", "findings", "completeness", "children", NULL};
const char *const progress_table_names[] = {"indicators", "findings", "completeness", "children", NULL};

#define BAR_CELLS 20

typedef struct progress_view {
    const congdoan_progress *p;
    int at;
    int by_child;
} progress_view;

static const char *eval_words(congdoan_eval_status status)
{
    switch (status) {
    case CONGDOAN_EVAL_ACHIEVED: return "đạt";
    case CONGDOAN_EVAL_NOT_ACHIEVED: return "chưa đạt";
    case CONGDOAN_EVAL_NOT_AGGREGABLE: return "không cộng được";
    case CONGDOAN_EVAL_EXCEEDED: return "vượt";
    default: return "chưa có số liệu";
    }
}

static const char *source_name(congdoan_value_source source)
{
    switch (source) {
    case CONGDOAN_SOURCE_COMPUTED: return "computed";
    case CONGDOAN_SOURCE_REPORTED_TOTAL: return "reported-total";
    case CONGDOAN_SOURCE_UNIT_DATA: return "unit-data";
    default: return NULL;
    }
}

static int is_percent(const congdoan_indicator *ind)
{
    congdoan_measure m = congdoan_indicator_measure(ind);
    return m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS;
}

/* Whether `v` meets the indicator's target (the library's rule, so that the words agree with it). */
static int meets(const congdoan_indicator *ind, double v)
{
    return congdoan_indicator_judge(ind, v) != CONGDOAN_EVAL_NOT_ACHIEVED;
}

/* A figure in the indicator's terms, with two decimals at most: "97,64%", "1,07", "312".
 * A figure that misses its target is never rounded onto it: 99,996% is "99,996%", not
 * "100%" next to "chưa đạt". */
static char *figure_words(const congdoan_indicator *ind, double v, congdoan_eval_status status)
{
    char buf[64], plain[64];
    int decimals = 2;
    for (; decimals < 6; decimals++) {
        snprintf(plain, sizeof plain, "%.*f", decimals, v);
        if (status != CONGDOAN_EVAL_NOT_ACHIEVED || !meets(ind, strtod(plain, NULL)))
            break;
    }
    format_number(buf, v, decimals);
    return is_percent(ind) ? xprintf("%s%%", buf) : xstrdup(buf);
}

/* The figure of indicator i for the subtree, with its fraction: "97,9% (3793/3870)". */
static char *actual_words(const congdoan_progress *p, size_t i)
{
    const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
    double actual, num, den;
    if (congdoan_progress_actual(p, i, &actual) != 0)
        return xstrdup("—");
    char *figure = figure_words(ind, actual, congdoan_progress_status(p, i));
    if (congdoan_indicator_measure(ind) == CONGDOAN_MEASURE_COUNT || congdoan_progress_fraction(p, i, &num, &den) != 0)
        return figure;
    char a[64], b[64];
    char *s = xprintf("%s (%s/%s)", figure, format_number(a, num, 2), format_number(b, den, 2));
    free(figure);
    return s;
}

/* "████████████████░░░░ 84%": how far the figure is towards the target. */
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
    snprintf(s + n, 32, " %ld%%", percent);
    return s;
}

/* ---- text --------------------------------------------------------------------------------- */

static void print_heading(const progress_view *v, int width)
{
    const congdoan_progress *p = v->p;
    const congdoan_document *doc = congdoan_progress_document(p);
    const congdoan_unit *unit = congdoan_progress_unit(p);
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc));
    const char *title = congdoan_document_title(doc);
    char date[16];
    char *line = xprintf("%s%s%s%s%s", kind ? kind : "", kind ? " " : "", document_label(doc), title ? " — " : "",
                         title ? title : "");
    put_line(stdout, line, width);
    free(line);
    line = xprintf("Đơn vị: %s (%s)%s", congdoan_unit_name(unit), congdoan_unit_id(unit),
                   congdoan_unit_child_count(unit) ? " và các đơn vị trực thuộc" : "");
    put_line(stdout, line, width);
    free(line);
    char *period = period_words(congdoan_progress_period(p));
    fprintf(stdout, "Kỳ báo cáo: %s (%s)", congdoan_progress_period(p), period);
    free(period);
    if (v->at)
        fprintf(stdout, " · số liệu đến ngày %s", format_date(date, v->at));
    else
        fputs(" · mọi báo cáo đã nhận", stdout);
    if (congdoan_progress_deadline(p))
        fprintf(stdout, " · hạn nộp %s", format_date(date, congdoan_progress_deadline(p)));
    fputc('\n', stdout);
}

static void print_indicators_text(const progress_view *v, int width)
{
    const congdoan_progress *p = v->p;
    size_t count = congdoan_progress_indicator_count(p);
    if (count == 0) {
        fputs("\nVăn bản này không có chỉ tiêu nào.\n", stdout);
        return;
    }
    size_t by_status[5] = {0, 0, 0, 0, 0};
    /* The indicator's words in a column of their own when there is room for a useful part
     * of them, else on a line of their own under each row. */
    int text_column = width == 0 || width >= 130;
    table *t = table_new(7);
    table_column(t, 0, "Chỉ tiêu", ALIGN_LEFT, 0);
    table_column(t, 1, "Nội dung", ALIGN_LEFT, 44);
    table_column(t, 2, "Mục tiêu", ALIGN_LEFT, 0);
    table_column(t, 3, "Thực hiện", ALIGN_LEFT, 0);
    table_column(t, 4, "ĐV", ALIGN_RIGHT, 0);
    table_column(t, 5, "Đánh giá", ALIGN_LEFT, 0);
    table_column(t, 6, "Tiến độ", ALIGN_LEFT, 0);
    table_flex(t, 1);
    for (size_t i = 0; i < count; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        congdoan_eval_status status = congdoan_progress_status(p, i);
        if ((unsigned)status < 5)
            by_status[status]++;
        table_row(t);
        table_set(t, 0, congdoan_indicator_id(ind));
        if (text_column)
            table_set(t, 1, congdoan_indicator_text(ind));
        else
            table_detail(t, congdoan_indicator_text(ind));
        char *s = format_target(ind);
        table_set(t, 2, s);
        free(s);
        s = actual_words(p, i);
        table_set(t, 3, s);
        free(s);
        double actual;
        if (congdoan_progress_actual(p, i, &actual) == 0)
            table_setf(t, 4, "%zu", congdoan_progress_contributors(p, i));
        table_set(t, 5, eval_words(status));
        double ratio;
        if (congdoan_progress_ratio(p, i, &ratio) == 0) {
            s = bar_words(ratio);
            table_set(t, 6, s);
            free(s);
        }
    }
    fputc('\n', stdout);
    table_print(t, stdout, 0, width);
    table_free(t);
    fprintf(stdout, "\n%zu chỉ tiêu: %zu đạt, %zu chưa đạt, %zu chưa có số liệu", count,
            by_status[CONGDOAN_EVAL_ACHIEVED], by_status[CONGDOAN_EVAL_NOT_ACHIEVED], by_status[CONGDOAN_EVAL_NO_DATA]);
    if (by_status[CONGDOAN_EVAL_NOT_AGGREGABLE])
        fprintf(stdout, ", %zu không cộng được", by_status[CONGDOAN_EVAL_NOT_AGGREGABLE]);
    if (by_status[CONGDOAN_EVAL_EXCEEDED])
        fprintf(stdout, ", %zu vượt", by_status[CONGDOAN_EVAL_EXCEEDED]);
    fputs(".\n", stdout);
    for (size_t i = 0; i < count; i++) {
        size_t left_out = congdoan_progress_unaggregated(p, i);
        if (left_out)
            fprintf(stdout, "Lưu ý: %s: %zu đơn vị chỉ báo cáo tỷ lệ, không có tử số và mẫu số: không cộng được.\n",
                    congdoan_indicator_id(congdoan_progress_indicator(p, i)), left_out);
    }
}

static void print_children_text(const progress_view *v, int width)
{
    const congdoan_progress *p = v->p;
    size_t children = congdoan_progress_child_count(p);
    size_t count = congdoan_progress_indicator_count(p);
    fputs("\nTheo đơn vị trực thuộc (chỉ tiêu số lượng: phần của từng đơn vị, không đánh giá riêng):\n", stdout);
    if (children == 0) {
        fputs("  (không có đơn vị trực thuộc)\n", stdout);
        return;
    }
    table *t = table_new(4);
    table_column(t, 0, "Chỉ tiêu", ALIGN_LEFT, 0);
    table_column(t, 1, "Đơn vị", ALIGN_LEFT, 0);
    table_column(t, 2, "Thực hiện", ALIGN_RIGHT, 0);
    table_column(t, 3, "Đánh giá", ALIGN_LEFT, 0);
    table_flex(t, 1);
    for (size_t i = 0; i < count; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        size_t without = 0, shown = 0;
        for (size_t c = 0; c < children; c++) {
            congdoan_eval_status status = congdoan_progress_child_status(p, c, i);
            if (status == CONGDOAN_EVAL_NO_DATA) {
                without++;
                continue;
            }
            table_row(t);
            if (shown++ == 0)
                table_set(t, 0, congdoan_indicator_id(ind));
            table_set(t, 1, unit_label(congdoan_progress_child(p, c)));
            double actual;
            if (congdoan_progress_child_actual(p, c, i, &actual) == 0) {
                char *s = figure_words(ind, actual, status);
                table_set(t, 2, s);
                free(s);
            } else {
                table_set(t, 2, "—");
            }
            /* a child's share of a count is not judged against the whole target */
            if (congdoan_indicator_measure(ind) != CONGDOAN_MEASURE_COUNT)
                table_set(t, 3, eval_words(status));
        }
        if (without) {
            table_row(t);
            if (shown == 0)
                table_set(t, 0, congdoan_indicator_id(ind));
            if (shown == 0)
                table_set(t, 1, "(chưa có số liệu ở đơn vị nào)");
            else
                table_setf(t, 1, "(%zu đơn vị khác chưa có số liệu)", without);
        }
    }
    table_print(t, stdout, 2, width);
    table_free(t);
}

static void print_findings_text(const progress_view *v, int width)
{
    const congdoan_progress *p = v->p;
    size_t findings = congdoan_progress_finding_count(p);
    if (findings == 0)
        return;
    fprintf(stdout, "\nSố liệu không khớp (%zu): tổng do đơn vị báo cáo khác tổng các báo cáo cấp dưới;\n"
                    "số của đơn vị báo cáo được dùng.\n", findings);
    table *t = table_new(5);
    table_column(t, 0, "Đơn vị", ALIGN_LEFT, 0);
    table_column(t, 1, "Chỉ tiêu", ALIGN_LEFT, 0);
    table_column(t, 2, "Báo cáo", ALIGN_RIGHT, 0);
    table_column(t, 3, "Cộng từ cấp dưới", ALIGN_RIGHT, 0);
    table_column(t, 4, "Chênh lệch", ALIGN_RIGHT, 0);
    table_flex(t, 0);
    for (size_t k = 0; k < findings; k++) {
        const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
        double reported = 0, computed = 0;
        congdoan_progress_finding_values(p, k, &reported, &computed);
        table_row(t);
        table_set(t, 0, unit_label(congdoan_progress_finding_unit(p, k)));
        table_set(t, 1, ind ? congdoan_indicator_id(ind) : "");
        char *s = ind ? figure_words(ind, reported, CONGDOAN_EVAL_NO_DATA) : xstrdup("");
        table_set(t, 2, s);
        free(s);
        s = ind ? figure_words(ind, computed, CONGDOAN_EVAL_NO_DATA) : xstrdup("");
        table_set(t, 3, s);
        free(s);
        char buf[64];
        format_number(buf, reported - computed, 2);
        table_setf(t, 4, "%s%s%s", reported - computed > 0 ? "+" : "", buf, ind && is_percent(ind) ? "%" : "");
    }
    table_print(t, stdout, 2, width);
    table_free(t);
}

static void print_completeness_text(const progress_view *v, int width)
{
    const congdoan_progress *p = v->p;
    size_t expected = congdoan_progress_expected_count(p);
    int deadline = congdoan_progress_deadline(p);
    char date[16];
    size_t counts[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < expected; k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        if ((unsigned)s < 4)
            counts[s]++;
    }
    fputs("\nTình hình nộp báo cáo", stdout);
    if (deadline)
        fprintf(stdout, " (hạn %s)", format_date(date, deadline));
    if (expected == 0) {
        fputs(": không có đơn vị nào phải báo cáo trong phạm vi này.\n", stdout);
        return;
    }
    fprintf(stdout, ": %zu đơn vị phải báo cáo — ", expected);
    if (deadline)
        fprintf(stdout, "%zu đúng hạn, %zu muộn", counts[CONGDOAN_SUBMISSION_ON_TIME], counts[CONGDOAN_SUBMISSION_LATE]);
    else
        fprintf(stdout, "%zu đã nộp", counts[CONGDOAN_SUBMISSION_RECEIVED]);
    if (deadline && counts[CONGDOAN_SUBMISSION_RECEIVED])
        fprintf(stdout, ", %zu đã nhận (không ghi ngày nộp)", counts[CONGDOAN_SUBMISSION_RECEIVED]);
    fprintf(stdout, ", %zu chưa nộp.\n", counts[CONGDOAN_SUBMISSION_MISSING]);

    table *t = table_new(4);
    table_column(t, 0, "Đơn vị", ALIGN_LEFT, 0);
    table_column(t, 1, "Mã", ALIGN_LEFT, 0);
    table_column(t, 2, "Ngày nộp", ALIGN_LEFT, 0);
    table_column(t, 3, "Tình trạng", ALIGN_LEFT, 0);
    table_flex(t, 0);
    for (size_t k = 0; k < expected; k++) {
        const congdoan_unit *u = congdoan_progress_expected_unit(p, k);
        int submitted = congdoan_progress_expected_submitted(p, k);
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        table_row(t);
        table_set(t, 0, unit_label(u));
        table_set(t, 1, u ? congdoan_unit_id(u) : "");
        table_set(t, 2, format_date(date, submitted));
        switch (s) {
        case CONGDOAN_SUBMISSION_ON_TIME: table_set(t, 3, "đúng hạn"); break;
        case CONGDOAN_SUBMISSION_LATE:
            if (submitted && deadline)
                table_setf(t, 3, "muộn %ld ngày", days_between(deadline, submitted));
            else
                table_set(t, 3, "muộn");
            break;
        case CONGDOAN_SUBMISSION_RECEIVED: table_set(t, 3, "đã nhận"); break;
        default: table_set(t, 3, "chưa nộp"); break;
        }
    }
    table_print(t, stdout, 2, width);
    table_free(t);
}

static void print_text(const progress_view *v, int width)
{
    print_heading(v, width);
    print_indicators_text(v, width);
    if (v->by_child)
        print_children_text(v, width);
    print_findings_text(v, width);
    print_completeness_text(v, width);
}

/* ---- JSON --------------------------------------------------------------------------------- */

/* The figure *v when rc is 0, else null. (A pointer: the call that sets *v is an argument too,
 * and the order in which arguments are evaluated is unspecified.) */
static void jw_figure(jw_writer *w, const char *key, int rc, const double *v)
{
    jw_key(w, key);
    if (rc == 0)
        jw_number(w, *v);
    else
        jw_null(w);
}

static void print_json(const progress_view *v)
{
    const congdoan_progress *p = v->p;
    size_t count = congdoan_progress_indicator_count(p);
    size_t by_status[5] = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < count; i++)
        if ((unsigned)congdoan_progress_status(p, i) < 5)
            by_status[congdoan_progress_status(p, i)]++;

    jw_writer w;
    jw_init(&w, stdout);
    jw_begin_object(&w);
    jw_key(&w, "document");
    jw_document(&w, congdoan_progress_document(p));
    jw_key(&w, "unit");
    jw_unit(&w, congdoan_progress_unit(p));
    jw_kv_string(&w, "period", congdoan_progress_period(p));
    jw_kv_date(&w, "at", v->at);
    jw_kv_date(&w, "deadline", congdoan_progress_deadline(p));
    jw_key(&w, "summary");
    jw_begin_object(&w);
    jw_kv_integer(&w, "indicators", (long long)count);
    jw_kv_integer(&w, "achieved", (long long)by_status[CONGDOAN_EVAL_ACHIEVED]);
    jw_kv_integer(&w, "not_achieved", (long long)by_status[CONGDOAN_EVAL_NOT_ACHIEVED]);
    jw_kv_integer(&w, "no_data", (long long)by_status[CONGDOAN_EVAL_NO_DATA]);
    jw_kv_integer(&w, "not_aggregable", (long long)by_status[CONGDOAN_EVAL_NOT_AGGREGABLE]);
    jw_end_object(&w);

    jw_key(&w, "indicators");
    jw_begin_array(&w);
    for (size_t i = 0; i < count; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        double value = 0, num = 0, den = 0;
        jw_begin_object(&w);
        jw_kv_string(&w, "id", congdoan_indicator_id(ind));
        jw_kv_string(&w, "text", congdoan_indicator_text(ind));
        jw_kv_string(&w, "measure", congdoan_measure_name(congdoan_indicator_measure(ind)));
        jw_kv_string(&w, "comparator", congdoan_comparator_name(congdoan_indicator_comparator(ind)));
        jw_kv_number(&w, "target", congdoan_indicator_target(ind));
        jw_figure(&w, "target_max", congdoan_indicator_target_max(ind, &value), &value);
        jw_kv_string(&w, "unit_of_measure", congdoan_indicator_unit_of_measure(ind));
        jw_kv_string(&w, "status", congdoan_eval_status_name(congdoan_progress_status(p, i)));
        jw_figure(&w, "actual", congdoan_progress_actual(p, i, &value), &value);
        int frc = congdoan_progress_fraction(p, i, &num, &den);
        jw_figure(&w, "numerator", frc, &num);
        jw_figure(&w, "denominator", frc, &den);
        jw_figure(&w, "ratio", congdoan_progress_ratio(p, i, &value), &value);
        jw_kv_string(&w, "source", source_name(congdoan_progress_source(p, i)));
        jw_kv_integer(&w, "contributors", (long long)congdoan_progress_contributors(p, i));
        jw_kv_integer(&w, "unaggregated", (long long)congdoan_progress_unaggregated(p, i));
        if (v->by_child) {
            jw_key(&w, "children");
            jw_begin_array(&w);
            for (size_t c = 0; c < congdoan_progress_child_count(p); c++) {
                jw_begin_object(&w);
                jw_key(&w, "unit");
                jw_unit(&w, congdoan_progress_child(p, c));
                jw_kv_string(&w, "status", congdoan_eval_status_name(congdoan_progress_child_status(p, c, i)));
                jw_figure(&w, "actual", congdoan_progress_child_actual(p, c, i, &value), &value);
                jw_end_object(&w);
            }
            jw_end_array(&w);
        }
        jw_end_object(&w);
    }
    jw_end_array(&w);

    jw_key(&w, "findings");
    jw_begin_array(&w);
    for (size_t k = 0; k < congdoan_progress_finding_count(p); k++) {
        const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
        double reported = 0, computed = 0;
        int rc = congdoan_progress_finding_values(p, k, &reported, &computed);
        jw_begin_object(&w);
        jw_key(&w, "unit");
        jw_unit(&w, congdoan_progress_finding_unit(p, k));
        jw_kv_string(&w, "indicator", ind ? congdoan_indicator_id(ind) : NULL);
        jw_figure(&w, "reported", rc, &reported);
        jw_figure(&w, "computed", rc, &computed);
        jw_end_object(&w);
    }
    jw_end_array(&w);

    size_t expected = congdoan_progress_expected_count(p);
    size_t counts[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < expected; k++)
        if ((unsigned)congdoan_progress_expected_submission(p, k) < 4)
            counts[congdoan_progress_expected_submission(p, k)]++;
    int deadline = congdoan_progress_deadline(p);
    jw_key(&w, "completeness");
    jw_begin_object(&w);
    jw_kv_date(&w, "deadline", deadline);
    jw_kv_integer(&w, "expected", (long long)expected);
    jw_kv_integer(&w, "on_time", (long long)counts[CONGDOAN_SUBMISSION_ON_TIME]);
    jw_kv_integer(&w, "late", (long long)counts[CONGDOAN_SUBMISSION_LATE]);
    jw_kv_integer(&w, "received", (long long)counts[CONGDOAN_SUBMISSION_RECEIVED]);
    jw_kv_integer(&w, "missing", (long long)counts[CONGDOAN_SUBMISSION_MISSING]);
    jw_key(&w, "units");
    jw_begin_array(&w);
    for (size_t k = 0; k < expected; k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        int submitted = congdoan_progress_expected_submitted(p, k);
        jw_begin_object(&w);
        jw_key(&w, "unit");
        jw_unit(&w, congdoan_progress_expected_unit(p, k));
        jw_kv_string(&w, "submission", congdoan_submission_name(s));
        jw_kv_date(&w, "submitted", submitted);
        if (s == CONGDOAN_SUBMISSION_LATE && submitted && deadline)
            jw_kv_integer(&w, "days_late", days_between(deadline, submitted));
        else
            jw_kv_null(&w, "days_late");
        jw_end_object(&w);
    }
    jw_end_array(&w);
    jw_end_object(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

static void csv_figure(csv_writer *w, int rc, const double *v)
{
    if (rc == 0)
        csv_number(w, *v);
    else
        csv_empty(w);
}

static void print_csv(const progress_view *v, int which)
{
    const congdoan_progress *p = v->p;
    csv_writer w;
    csv_init(&w, stdout);
    double value = 0, num = 0, den = 0;
    switch (which) {
    case TABLE_INDICATORS: {
        static const char *const header[] = {"id", "measure", "comparator", "target", "target_max", "status",
                                             "actual", "numerator", "denominator", "ratio", "source",
                                             "contributors", "unaggregated", "text", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
            const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
            csv_string(&w, congdoan_indicator_id(ind));
            csv_string(&w, congdoan_measure_name(congdoan_indicator_measure(ind)));
            csv_string(&w, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
            csv_number(&w, congdoan_indicator_target(ind));
            csv_figure(&w, congdoan_indicator_target_max(ind, &value), &value);
            csv_string(&w, congdoan_eval_status_name(congdoan_progress_status(p, i)));
            csv_figure(&w, congdoan_progress_actual(p, i, &value), &value);
            int frc = congdoan_progress_fraction(p, i, &num, &den);
            csv_figure(&w, frc, &num);
            csv_figure(&w, frc, &den);
            csv_figure(&w, congdoan_progress_ratio(p, i, &value), &value);
            csv_string(&w, source_name(congdoan_progress_source(p, i)));
            csv_integer(&w, (long long)congdoan_progress_contributors(p, i));
            csv_integer(&w, (long long)congdoan_progress_unaggregated(p, i));
            csv_string(&w, congdoan_indicator_text(ind));
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_FINDINGS: {
        static const char *const header[] = {"unit_id", "unit_name", "indicator", "reported", "computed", NULL};
        csv_header(&w, header);
        for (size_t k = 0; k < congdoan_progress_finding_count(p); k++) {
            const congdoan_unit *u = congdoan_progress_finding_unit(p, k);
            const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
            double reported = 0, computed = 0;
            int rc = congdoan_progress_finding_values(p, k, &reported, &computed);
            csv_string(&w, u ? congdoan_unit_id(u) : NULL);
            csv_string(&w, u ? congdoan_unit_name(u) : NULL);
            csv_string(&w, ind ? congdoan_indicator_id(ind) : NULL);
            csv_figure(&w, rc, &reported);
            csv_figure(&w, rc, &computed);
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_COMPLETENESS: {
        static const char *const header[] = {"unit_id", "unit_name", "submission", "submitted", "deadline",
                                             "days_late", NULL};
        int deadline = congdoan_progress_deadline(p);
        csv_header(&w, header);
        for (size_t k = 0; k < congdoan_progress_expected_count(p); k++) {
            const congdoan_unit *u = congdoan_progress_expected_unit(p, k);
            congdoan_submission s = congdoan_progress_expected_submission(p, k);
            int submitted = congdoan_progress_expected_submitted(p, k);
            csv_string(&w, u ? congdoan_unit_id(u) : NULL);
            csv_string(&w, u ? congdoan_unit_name(u) : NULL);
            csv_string(&w, congdoan_submission_name(s));
            csv_date(&w, submitted);
            csv_date(&w, deadline);
            if (s == CONGDOAN_SUBMISSION_LATE && submitted && deadline)
                csv_integer(&w, days_between(deadline, submitted));
            else
                csv_empty(&w);
            csv_end_row(&w);
        }
        break;
    }
    case TABLE_CHILDREN: {
        static const char *const header[] = {"indicator", "unit_id", "unit_name", "status", "actual", NULL};
        csv_header(&w, header);
        for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++) {
            const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
            for (size_t c = 0; c < congdoan_progress_child_count(p); c++) {
                const congdoan_unit *u = congdoan_progress_child(p, c);
                csv_string(&w, congdoan_indicator_id(ind));
                csv_string(&w, congdoan_unit_id(u));
                csv_string(&w, congdoan_unit_name(u));
                csv_string(&w, congdoan_eval_status_name(congdoan_progress_child_status(p, c, i)));
                csv_figure(&w, congdoan_progress_child_actual(p, c, i, &value), &value);
                csv_end_row(&w);
            }
        }
        break;
    }
    default: break;
    }
}

void print_progress_csv(const congdoan_progress *p, int which)
{
    progress_view v = {p, 0, 1};
    print_csv(&v, which);
}

/* ---- defaults ----------------------------------------------------------------------------- */

/* The one document with indicators, or NULL after a usage error (common.h). */
const congdoan_document *guess_progress_document(const command *cmd, const congdoan_corpus *corpus, int *status)
{
    const congdoan_document *found = NULL;
    size_t count = 0;
    for (size_t i = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (congdoan_document_indicator_count(d) > 0 && count++ == 0)
            found = d;
    }
    if (count == 1)
        return found;
    /* else the one with indicators that reports are made against */
    const congdoan_document *reported = NULL;
    size_t reported_count = 0;
    for (size_t i = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (congdoan_document_indicator_count(d) == 0)
            continue;
        for (size_t k = 0; k < congdoan_corpus_report_count(corpus); k++)
            if (congdoan_report_document(congdoan_corpus_report(corpus, k)) == d) {
                if (reported_count++ == 0)
                    reported = d;
                break;
            }
    }
    if (reported_count == 1)
        return reported;
    if (count == 0) {
        *status = usage_error(cmd, "no document in the data has indicators");
        return NULL;
    }
    fflush(stdout);
    fprintf(stderr, "%s %s: %zu documents have indicators; say which with --document:", PROGRAM_NAME, cmd->name,
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

/* Add `period` to the list of distinct periods. */
static void add_period(const char ***list, size_t *count, const char *period)
{
    if (!period)
        return;
    for (size_t k = 0; k < *count; k++)
        if (strcmp((*list)[k], period) == 0)
            return;
    *list = xrealloc(*list, (*count + 1) * sizeof **list);
    (*list)[(*count)++] = period;
}

/* The one period of the document's reports (or of its indicators when it has no report) (common.h). */
const char *guess_progress_period(const command *cmd, const congdoan_corpus *corpus, const congdoan_document *doc,
                                  int *status)
{
    const char **periods = NULL;
    size_t count = 0;
    for (size_t i = 0; i < congdoan_corpus_report_count(corpus); i++) {
        const congdoan_report *r = congdoan_corpus_report(corpus, i);
        if (congdoan_report_document(r) == doc)
            add_period(&periods, &count, congdoan_report_period(r));
    }
    const char *what = "reports";
    if (count == 0) {
        what = "indicators";
        for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++)
            add_period(&periods, &count, congdoan_indicator_period(congdoan_document_indicator(doc, i)));
    }
    const char *found = count == 1 ? periods[0] : NULL;
    if (count == 0) {
        *status = usage_error(cmd, "which period? %s has no report and its indicators give none: use --period",
                              document_label(doc));
    } else if (count > 1) {
        fflush(stdout);
        fprintf(stderr, "%s %s: the %s of %s are for %zu periods; say which with --period:", PROGRAM_NAME, cmd->name,
                what, document_label(doc), count);
        for (size_t k = 0; k < count; k++)
            fprintf(stderr, "%s %s", k ? "," : "", periods[k]);
        fputc('\n', stderr);
        *status = EXIT_USAGE;
    }
    free(periods);
    return found;
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_progress(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL, *unit_arg = NULL, *period = NULL, *at_arg = NULL;
    progress_view v = {NULL, 0, 0};
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *arg = argv[i];
        if (parse_common_option(&cmd_progress, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, arg))
            status = usage_error(&cmd_progress, "unexpected argument '%s' (use --document, --unit, --period)", arg);
        else if (option_value(&cmd_progress, argc, argv, &i, "--document", NULL, &doc_arg, &status))
            continue;
        else if (option_value(&cmd_progress, argc, argv, &i, "--unit", NULL, &unit_arg, &status))
            continue;
        else if (option_value(&cmd_progress, argc, argv, &i, "--period", NULL, &period, &status))
            continue;
        else if (option_value(&cmd_progress, argc, argv, &i, "--at", NULL, &at_arg, &status))
            continue;
        else if (strcmp(arg, "--by-child") == 0)
            v.by_child = 1;
        else
            status = usage_error(&cmd_progress, "unknown option '%s'", arg);
    }
    if (status < 0 && at_arg)
        parse_date_option(&cmd_progress, "--at", at_arg, &v.at, &status);
    if (status < 0 && period && congdoan_period_parse(period, NULL, NULL, NULL) != 0)
        status = usage_error(&cmd_progress, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'",
                             period);
    int which = 0;
    if (status < 0 && o.format == FORMAT_CSV && (which = choose_table(&cmd_progress, &o, table_names)) < 0)
        status = EXIT_USAGE;
    if (status < 0 && which == TABLE_CHILDREN)
        v.by_child = 1;
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    congdoan_progress *p = NULL;
    status = load_data(&cmd_progress, &o, &corpus);
    if (status == EXIT_OK) {
        if (doc_arg)
            status = find_document(corpus, doc_arg, &doc);
        else if (!(doc = guess_progress_document(&cmd_progress, corpus, &status)))
            status = status >= 0 ? status : EXIT_USAGE;
    }
    if (status == EXIT_OK) {
        if (unit_arg)
            status = find_unit(corpus, unit_arg, &unit);
        else if (!(unit = congdoan_document_issuer(doc)))
            status = usage_error(&cmd_progress, "%s has no issuer in the data: say which unit with --unit",
                                 document_label(doc));
    }
    if (status == EXIT_OK && congdoan_unit_get_kind(unit) != CONGDOAN_UNIT_ORGANISATION)
        status = usage_error(&cmd_progress, "'%s' is a %s, not an organisation: give the organisation it belongs to",
                             congdoan_unit_id(unit),
                             congdoan_unit_get_kind(unit) == CONGDOAN_UNIT_BODY ? "leading body" : "department");
    if (status == EXIT_OK && !period && !(period = guess_progress_period(&cmd_progress, corpus, doc, &status)))
        status = status >= 0 ? status : EXIT_USAGE;
    if (status == EXIT_OK) {
        int rc = congdoan_progress_compute(corpus, doc, unit, period, v.at, &p);
        if (rc != 0) {
            print_library_error(rc, "cannot evaluate the indicators");
            status = EXIT_USAGE;
        }
    }
    if (status == EXIT_OK) {
        v.p = p;
        if (o.format == FORMAT_JSON)
            print_json(&v);
        else if (o.format == FORMAT_CSV)
            print_csv(&v, which);
        else
            print_text(&v, text_width(&o));
    }
    congdoan_progress_free(p);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
