/*
 * congdoan report — the page: one self-contained HTML file, in Vietnamese, for the screen and
 * for A4 paper.
 *
 * Self-contained: the style sheet and the charts (SVG) are inline, there is no script, and a
 * Content-Security-Policy forbids every load, so that the page shows the same offline, in an
 * e-mail attachment or from a USB stick, and never calls out. Statuses are told apart by a
 * word and a symbol as well as by a colour (blue and orange, which colour-blind readers tell
 * apart): a target missed is a dark cell with a frame and bold figures, a target met a pale
 * one, no data a white one with a dotted border, so the difference survives greyscale
 * printing; bars and charts hatch what is missed. (Flat fills, not CSS gradients, in the
 * cells: Chromium rasterises gradients when it prints, which made a national grid's PDF slow
 * and heavy.) Every text is text, selectable and found by search, in the SVG charts too.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "report.h"

#include "common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Indicators per table of the grid: what fits across A4 portrait with numerators and
 * denominators readable. Wider documents get more tables, each with its row headers. */
#define GRID_COLUMNS 6

static const char style_sheet[] =
    ":root{--ok:#0072b2;--ok-bg:#eaf3fb;--miss:#b34700;--miss-bg:#f7c39f;--over:#00795a;--over-bg:#d3f0e6;"
    "--grey:#5f5f5f;--line:#9a9a9a}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "body{font-family:'Times New Roman','Liberation Serif','DejaVu Serif',serif;font-size:12pt;line-height:1.35;"
    "color:#111;margin:0 auto;max-width:210mm;padding:12mm 14mm;background:#fff}\n"
    "h1{font-size:15pt;text-align:center;text-transform:uppercase;margin:6mm 0 1mm}\n"
    "h2{font-size:13pt;text-transform:uppercase;margin:7mm 0 2mm;break-after:avoid;page-break-after:avoid}\n"
    "h3{font-size:11.5pt;margin:4mm 0 1.5mm;break-after:avoid}\n"
    "p{margin:1.5mm 0}\n"
    ".head{display:flex;justify-content:space-between;gap:8mm;font-size:11pt}\n"
    ".head .org{text-align:center;text-transform:uppercase}\n"
    ".head .org b{display:block}\n"
    ".head .date{text-align:right;font-style:italic}\n"
    ".subtitle{text-align:center;font-weight:bold;margin:0}\n"
    ".meta{margin:3mm 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line);padding:1.5mm 0}\n"
    ".meta div{margin:.5mm 0}\n"
    ".summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(40mm,1fr));gap:3mm;margin:3mm 0}\n"
    ".summary div{border:1px solid var(--line);padding:2mm;break-inside:avoid}\n"
    ".summary b{display:block;font-size:16pt}\n"
    "table{border-collapse:collapse;width:100%;font-size:10pt;margin:2mm 0}\n"
    "thead{display:table-header-group}\n"
    "tr{break-inside:avoid;page-break-inside:avoid}\n"
    "th,td{border:1px solid var(--line);padding:1mm 1.5mm;vertical-align:top}\n"
    "th{background:#eee;font-weight:bold;text-align:center}\n"
    "td.num{text-align:right;white-space:nowrap}\n"
    "td.target{text-align:right}\n"
    ".small{font-size:8.5pt;color:#333}\n"
    ".words{font-size:8.5pt;color:#333;display:block;white-space:normal}\n"
    "table.fixed{table-layout:fixed}\n"
    ".badge{display:inline-block;white-space:nowrap;padding:0 1.2mm;border:1px solid;border-radius:1mm}\n"
    ".ok{color:var(--ok);border-color:var(--ok);background:var(--ok-bg)}\n"
    ".miss{color:#7a2e00;border-color:var(--miss);font-weight:bold;background:var(--miss-bg)}\n"
    ".over{color:var(--over);border-color:var(--over);background:var(--over-bg)}\n"
    ".none{color:var(--grey);border-style:dotted;background:#fff}\n"
    ".nagg{color:var(--grey);border-style:dashed;background:#fff}\n"
    ".part{color:#222;background:#f3f3f3}\n"
    "table.grid{font-size:8.5pt;table-layout:fixed}\n"
    "table.grid th.unit,table.grid td.unit{width:34mm;text-align:left}\n"
    "table.grid th.sum,table.grid td.sum{width:14mm;text-align:center}\n"
    "table.grid td.cell{text-align:center;padding:.8mm .5mm;border-color:var(--line)}\n"
    "table.grid td.miss{outline:1.5px solid var(--miss);outline-offset:-2px}\n"
    "table.grid td.cell .v{display:block;font-size:9pt}\n"
    "table.grid td.cell .f{display:block;font-size:7pt;font-weight:normal;color:#222}\n"
    "table.grid th .t{display:block;font-weight:normal;font-size:7.5pt}\n"
    "tr.weak td.unit{font-weight:bold}\n"
    ".bar{display:block;margin-top:.5mm}\n"
    ".legend{font-size:9pt;margin:2mm 0}\n"
    ".legend span.badge{margin-right:2mm}\n"
    "figure{margin:2mm 0;break-inside:avoid}\n"
    "figcaption{font-size:9pt;font-style:italic}\n"
    "svg text{font-family:'Times New Roman','Liberation Serif','DejaVu Serif',serif}\n"
    "footer{margin-top:8mm;font-size:8.5pt;color:#444;border-top:1px solid var(--line);padding-top:1.5mm}\n"
    "@media print{body{padding:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}}\n";

/* ---- small pieces -------------------------------------------------------------------------- */

/* A string for a CSS `content:` value: quotes, backslashes and '<' escaped. */
static void css_string(sbuf *b, const char *s)
{
    sb_puts(b, "\"");
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            sb_printf(b, "\\%c", c);
        else if (c == '<' || c < 0x20)
            sb_printf(b, "\\%X ", c);
        else
            sb_put(b, s, 1);
    }
    sb_puts(b, "\"");
}

static void badge(sbuf *b, report_mark mark)
{
    sb_printf(b, "<span class=\"badge %s\">%s %s</span>", report_mark_class(mark), report_mark_symbol(mark),
              report_mark_words(mark));
}

static void text_el(sbuf *b, const char *tag, const char *attrs, const char *text)
{
    sb_printf(b, "<%s%s%s>", tag, attrs ? " " : "", attrs ? attrs : "");
    sb_text(b, text);
    sb_printf(b, "</%s>", tag);
}

/* The figure of indicator i for the subtree: its words, with the fraction after it. */
static void figure_with_fraction(sbuf *b, const congdoan_progress *p, size_t i)
{
    const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
    double v, num, den;
    if (congdoan_progress_actual(p, i, &v) != 0) {
        sb_puts(b, "—");
        return;
    }
    char *fig = figure_words(ind, v);
    sb_printf(b, "<b>%s</b>", fig);
    free(fig);
    if (congdoan_progress_fraction(p, i, &num, &den) == 0) {
        char *n = vn_number(num, 2), *d = vn_number(den, 2);
        sb_printf(b, "<span class=\"words\">%s/%s</span>", n, d);
        free(n);
        free(d);
    }
}

/* A bar of the figure against the target: the bar to the figure, a tick at the target, on a
 * scale to 125% of the target; a hatched bar when the target is missed. */
static void ratio_bar(sbuf *b, double ratio, report_mark mark)
{
    const double w = 110, h = 10, full = 1.25;
    double clipped = ratio < 0 ? 0 : ratio > full ? full : ratio;
    double len = clipped / full * w, tick = w / full;
    const char *fill = mark == MARK_ACHIEVED ? "#0072b2" : mark == MARK_EXCEEDED ? "#00795a" : "url(#hatch)";
    char *pct = vn_number(ratio * 100, 2);
    sb_printf(b,
              "<svg class=\"bar\" width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\" "
              "aria-label=\"bằng %s%% mục tiêu\">"
              "<rect x=\"0\" y=\"1\" width=\"%g\" height=\"%g\" fill=\"#f2f2f2\" stroke=\"#9a9a9a\" stroke-width=\".5\"/>"
              "<rect x=\"0\" y=\"1\" width=\"%.2f\" height=\"%g\" fill=\"%s\" stroke=\"#333\" stroke-width=\".5\"/>"
              "<line x1=\"%.2f\" y1=\"0\" x2=\"%.2f\" y2=\"%g\" stroke=\"#000\" stroke-width=\"1.5\"/>%s</svg>",
              w + 8, h + 2, w + 8, h + 2, pct, w, h, len, h, fill, tick, tick, h + 2,
              ratio > full ? "<path d=\"M112 2 l5 4 l-5 4 z\" fill=\"#000\"/>" : "");
    sb_printf(b, "<span class=\"words\">bằng %s%% mục tiêu</span>", pct);
    free(pct);
}

/* The patterns the charts share (referenced as url(#hatch) and url(#hatch-light)). */
static void svg_defs(sbuf *b)
{
    sb_puts(b, "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>"
              "<pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" "
              "patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#f6b48c\"/>"
              "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#b34700\" stroke-width=\"2\"/></pattern>"
              "</defs></svg>\n");
}

/* ---- the head and the summary ------------------------------------------------------------- */

static void write_head(sbuf *b, const report_data *r, const char *period_text)
{
    const congdoan_document *doc = r->document;
    const char *unit = unit_label(r->unit);
    sb_puts(b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
              "img-src data:; base-uri 'none'; form-action 'none'\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb_printf(b, "<meta name=\"generator\" content=\"congdoan report (libcongdoan %s)\">\n",
              congdoan_version_string());
    sb_puts(b, "<title>");
    sb_text(b, "Báo cáo tiến độ chỉ tiêu — ");
    sb_text(b, document_label(doc));
    sb_text(b, " — ");
    sb_text(b, unit);
    sb_text(b, " — ");
    sb_text(b, period_text);
    sb_puts(b, "</title>\n<style>\n");
    sb_puts(b, style_sheet);
    /* The page's margins carry where a printed sheet comes from and its number. */
    sbuf where = {0};
    sb_printf(&where, "%s · %s · %s", document_label(doc), unit, period_text);
    sb_puts(b, "@page{size:A4 portrait;margin:15mm 13mm 16mm 18mm;"
              "@bottom-left{content:");
    css_string(b, where.data);
    sb_puts(b, ";font:8pt 'Times New Roman','Liberation Serif',serif;color:#444}"
              "@bottom-right{content:\"Trang \" counter(page) \"/\" counter(pages);"
              "font:8pt 'Times New Roman','Liberation Serif',serif;color:#444}}\n");
    sb_free(&where);
    sb_puts(b, "</style>\n</head>\n<body>\n");
    svg_defs(b);
}

static void write_title(sbuf *b, const report_data *r, const char *period_text)
{
    const congdoan_document *doc = r->document;
    const congdoan_progress *p = r->progress;
    const congdoan_unit *parent = congdoan_unit_parent(r->unit);
    char date[16];
    sb_puts(b, "<header>\n<div class=\"head\"><div class=\"org\">");
    if (parent)
        text_el(b, "span", NULL, congdoan_unit_name(parent));
    text_el(b, "b", NULL, congdoan_unit_name(r->unit));
    sb_puts(b, "</div><div class=\"date\">");
    char *when = report_date_words(r->at);
    sb_text(b, "Số liệu tính đến ");
    sb_text(b, when);
    free(when);
    sb_puts(b, "</div></div>\n");
    sb_puts(b, "<h1>Báo cáo tiến độ thực hiện chỉ tiêu</h1>\n");
    sb_puts(b, "<p class=\"subtitle\">");
    sb_text(b, congdoan_document_title(doc) ? congdoan_document_title(doc) : document_label(doc));
    sb_text(b, " — ");
    sb_text(b, period_text);
    sb_puts(b, "</p>\n<div class=\"meta\">\n<div><b>Văn bản:</b> ");
    char *words = report_document_words(doc);
    sb_text(b, words);
    free(words);
    sb_puts(b, "</div>\n<div><b>Đơn vị:</b> ");
    sb_text(b, congdoan_unit_name(r->unit));
    size_t children = congdoan_progress_child_count(p);
    if (children)
        sb_printf(b, " và %zu đơn vị trực thuộc", children);
    sb_puts(b, "</div>\n<div><b>Kỳ báo cáo:</b> ");
    sb_text(b, period_text);
    sb_printf(b, " · <b>Ngày tham chiếu:</b> %s", format_date(date, r->at));
    if (congdoan_progress_deadline(p))
        sb_printf(b, " · <b>Hạn nộp báo cáo:</b> %s", format_date(date, congdoan_progress_deadline(p)));
    sb_puts(b, "</div>\n</div>\n</header>\n");
}

static void write_summary(sbuf *b, const report_data *r)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_indicator_count(p), marks[6] = {0}, subs[4] = {0};
    for (size_t i = 0; i < n; i++)
        marks[report_mark_of(congdoan_progress_status(p, i))]++;
    for (size_t k = 0; k < congdoan_progress_expected_count(p); k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        if ((unsigned)s < 4)
            subs[s]++;
    }
    sb_puts(b, "<section class=\"summary\" aria-label=\"Tóm tắt\">\n");
    sb_printf(b, "<div><b>%zu / %zu</b>chỉ tiêu đạt", marks[MARK_ACHIEVED] + marks[MARK_EXCEEDED], n);
    if (marks[MARK_EXCEEDED])
        sb_printf(b, " (%zu vượt)", marks[MARK_EXCEEDED]);
    sb_printf(b, "<br><span class=\"small\">%zu chưa đạt · %zu chưa có số liệu", marks[MARK_NOT_ACHIEVED],
              marks[MARK_NO_DATA]);
    if (marks[MARK_NOT_AGGREGABLE])
        sb_printf(b, " · %zu không cộng được", marks[MARK_NOT_AGGREGABLE]);
    sb_puts(b, "</span></div>\n");
    size_t expected = congdoan_progress_expected_count(p);
    sb_printf(b,
              "<div><b>%zu / %zu</b>đơn vị nộp báo cáo<br><span class=\"small\">%zu đúng hạn · %zu muộn · %zu chưa "
              "nộp</span></div>\n",
              expected - subs[CONGDOAN_SUBMISSION_MISSING], expected, subs[CONGDOAN_SUBMISSION_ON_TIME],
              subs[CONGDOAN_SUBMISSION_LATE], subs[CONGDOAN_SUBMISSION_MISSING]);
    sb_printf(b, "<div><b>%zu</b>số liệu chưa khớp</div>\n", congdoan_progress_finding_count(p));
    sb_printf(b, "<div><b>%zu</b>nhiệm vụ quá hạn</div>\n", r->overdue_count);
    sb_puts(b, "</section>\n");
}

static void write_legend(sbuf *b)
{
    sb_puts(b, "<p class=\"legend\">Ký hiệu: ");
    static const report_mark shown[] = {MARK_ACHIEVED, MARK_EXCEEDED, MARK_NOT_ACHIEVED, MARK_NO_DATA,
                                        MARK_NOT_AGGREGABLE, MARK_NOT_JUDGED};
    for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
        badge(b, shown[k]);
    sb_puts(b, "</p>\n");
}

/* ---- I. the indicators -------------------------------------------------------------------- */

static void write_indicators(sbuf *b, const report_data *r)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_indicator_count(p);
    sb_puts(b, "<section id=\"chi-tieu\">\n<h2>I. Kết quả thực hiện các chỉ tiêu</h2>\n");
    if (n == 0) {
        sb_puts(b, "<p>Văn bản không có chỉ tiêu nào.</p>\n</section>\n");
        return;
    }
    sb_puts(b, "<table class=\"fixed\">\n<colgroup><col style=\"width:12mm\"><col><col style=\"width:25mm\">"
              "<col style=\"width:25mm\"><col style=\"width:34mm\"></colgroup>\n"
              "<thead><tr><th>Mã</th><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Thực hiện</th><th>Đánh giá</th></tr>"
              "</thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        report_mark mark = report_mark_of(congdoan_progress_status(p, i));
        sb_printf(b, "<tr id=\"ct-");
        sb_text(b, congdoan_indicator_id(ind));
        sb_puts(b, "\"><td>");
        sb_text(b, congdoan_indicator_id(ind));
        sb_puts(b, "</td><td>");
        sb_text(b, congdoan_indicator_text(ind));
        sb_puts(b, "</td><td class=\"target\">");
        char *t = report_target_symbols(ind, 1), *w = report_target_words(ind);
        sb_text(b, t);
        sb_puts(b, "<span class=\"words\">");
        sb_text(b, w);
        sb_puts(b, "</span></td><td class=\"num\">");
        free(t);
        free(w);
        figure_with_fraction(b, p, i);
        size_t left_out = congdoan_progress_unaggregated(p, i);
        if (left_out) {
            char *names = left_out_words(p, i, LEFT_OUT_NAMED);
            if (congdoan_indicator_measure(ind) == CONGDOAN_MEASURE_SCORE)
                sb_printf(b, "<span class=\"words\">điểm của %zu đơn vị cấp dưới, không cộng dồn: ", left_out);
            else
                sb_printf(b, "<span class=\"words\">%zu đơn vị chỉ báo cáo tỷ lệ, không cộng được: ", left_out);
            sb_text(b, names);
            sb_puts(b, "</span>");
            free(names);
        }
        sb_puts(b, "</td><td>");
        badge(b, mark);
        double ratio;
        if (congdoan_progress_ratio(p, i, &ratio) == 0)
            ratio_bar(b, ratio, mark);
        sb_puts(b, "</td></tr>\n");
    }
    sb_puts(b, "</tbody>\n</table>\n");
    write_legend(b);
    sb_puts(b, "<p class=\"small\">Tỷ lệ và bình quân là tổng tử số trên tổng mẫu số của các đơn vị (không lấy "
              "trung bình các tỷ lệ). Vạch đen trên thanh là mục tiêu; thanh đo đến 125% mục tiêu.</p>\n");
    sb_puts(b, "</section>\n");
}

/* ---- II. the grid ------------------------------------------------------------------------- */

static void grid_cell(sbuf *b, const report_data *r, size_t c, size_t i)
{
    const congdoan_breakdown *bd = r->breakdown;
    const congdoan_indicator *ind = congdoan_breakdown_indicator(bd, i);
    const congdoan_indicator *target = congdoan_breakdown_target(bd, c, i);
    report_mark mark = report_cell_mark(bd, c, i);
    double v = 0, num = 0, den = 0;
    int has = congdoan_breakdown_actual(bd, c, i, &v) == 0;
    int frac = congdoan_breakdown_fraction(bd, c, i, &num, &den) == 0;
    char *fig = has ? figure_words(ind, v) : xstrdup("–");
    char *n = frac ? vn_number(num, 2) : NULL, *d = frac ? vn_number(den, 2) : NULL;
    char *t = target ? report_target_symbols(target, 0) : NULL;
    /* the title: everything about the cell, for the pointer */
    sbuf title = {0};
    sb_printf(&title, "%s · %s: %s", congdoan_unit_name(congdoan_breakdown_child(bd, c)), congdoan_indicator_id(ind),
              fig);
    if (frac)
        sb_printf(&title, " (%s/%s)", n, d);
    if (t)
        sb_printf(&title, " · mục tiêu %s%s", t,
                  congdoan_breakdown_basis(bd, c, i) == CONGDOAN_BASIS_ALLOCATION ? " (đơn vị tự giao)" : "");
    sb_printf(&title, " · %s", report_mark_words(mark));
    sb_printf(b, "<td class=\"cell %s\" title=\"", report_mark_class(mark));
    sb_text(b, title.data);
    sb_printf(b, "\"><span class=\"v\">%s%s%s</span>", mark == MARK_NO_DATA ? "" : report_mark_symbol(mark),
              mark == MARK_NO_DATA ? "" : " ", fig);
    if (frac)
        sb_printf(b, "<span class=\"f\">%s/%s</span>", n, d);
    else if (t && congdoan_breakdown_basis(bd, c, i) == CONGDOAN_BASIS_ALLOCATION)
        sb_printf(b, "<span class=\"f\">giao %s</span>", t);
    sb_puts(b, "</td>");
    sb_free(&title);
    free(fig);
    free(n);
    free(d);
    free(t);
}

static void write_grid(sbuf *b, const report_data *r)
{
    const congdoan_breakdown *bd = r->breakdown;
    size_t nc = congdoan_breakdown_child_count(bd), ni = congdoan_breakdown_indicator_count(bd);
    sb_puts(b, "<section id=\"don-vi\" class=\"grid-section\">\n<h2>II. Kết quả theo đơn vị trực thuộc</h2>\n");
    if (nc == 0 || ni == 0) {
        sb_puts(b, ni == 0 ? "<p>Văn bản không có chỉ tiêu nào.</p>\n</section>\n"
                          : "<p>Không có đơn vị trực thuộc.</p>\n</section>\n");
        return;
    }
    /* the weakest: those with the most targets missed */
    size_t weakest_missed = congdoan_breakdown_status_count(bd, congdoan_breakdown_rank(bd, 0), CONGDOAN_EVAL_NOT_ACHIEVED);
    sb_puts(b, "<p>Tỷ lệ, bình quân được đánh giá theo mục tiêu của văn bản; chỉ tiêu số lượng được đánh giá theo "
              "mục tiêu đơn vị tự giao trong chương trình, kế hoạch của mình (nếu có), nếu không chỉ là phần đóng "
              "góp vào tổng. Đơn vị chưa đạt nhiều chỉ tiêu nhất: ");
    size_t shown = 0;
    for (size_t k = 0; k < nc && weakest_missed > 0; k++) {
        size_t c = congdoan_breakdown_rank(bd, k);
        size_t missed = congdoan_breakdown_status_count(bd, c, CONGDOAN_EVAL_NOT_ACHIEVED);
        if (missed == 0 || (shown >= 3 && missed < weakest_missed))
            break;
        sb_puts(b, shown++ ? ", " : "<b>");
        sb_text(b, unit_label(congdoan_breakdown_child(bd, c)));
        sb_printf(b, " (%zu)", missed);
    }
    sb_puts(b, shown ? "</b>.</p>\n" : "không có.</p>\n");

    size_t tables = (ni + GRID_COLUMNS - 1) / GRID_COLUMNS, per = (ni + tables - 1) / tables;
    for (size_t t0 = 0; t0 < ni; t0 += per) {
        size_t t1 = t0 + per < ni ? t0 + per : ni;
        sb_printf(b, "<table class=\"grid\">\n<thead><tr><th class=\"unit\">Đơn vị</th>");
        for (size_t i = t0; i < t1; i++) {
            const congdoan_indicator *ind = congdoan_breakdown_indicator(bd, i);
            char *t = report_target_symbols(ind, 0);
            sb_puts(b, "<th title=\"");
            sb_text(b, congdoan_indicator_text(ind));
            sb_puts(b, "\">");
            sb_text(b, congdoan_indicator_id(ind));
            sb_puts(b, "<span class=\"t\">");
            sb_text(b, t);
            sb_puts(b, "</span></th>");
            free(t);
        }
        if (t0 == 0)
            sb_puts(b, "<th class=\"sum\">Chưa đạt</th>");
        sb_puts(b, "</tr></thead>\n<tbody>\n");
        for (size_t c = 0; c < nc; c++) {
            size_t missed = congdoan_breakdown_status_count(bd, c, CONGDOAN_EVAL_NOT_ACHIEVED);
            size_t judged = ni - congdoan_breakdown_status_count(bd, c, CONGDOAN_EVAL_NO_DATA) -
                            congdoan_breakdown_status_count(bd, c, CONGDOAN_EVAL_NOT_AGGREGABLE);
            sb_printf(b, "<tr%s><td class=\"unit\">", missed && missed == weakest_missed ? " class=\"weak\"" : "");
            sb_text(b, unit_label(congdoan_breakdown_child(bd, c)));
            sb_puts(b, "</td>");
            for (size_t i = t0; i < t1; i++)
                grid_cell(b, r, c, i);
            if (t0 == 0)
                sb_printf(b, "<td class=\"sum\"><b>%zu</b>/%zu</td>", missed, judged);
            sb_puts(b, "</tr>\n");
        }
        sb_puts(b, "</tbody>\n</table>\n");
    }
    write_legend(b);
    sb_puts(b, "<p class=\"small\">Trong mỗi ô: số liệu của đơn vị (cộng cả các đơn vị cấp dưới), tử số/mẫu số "
              "của tỷ lệ, hoặc mục tiêu đơn vị tự giao. Cột \"Chưa đạt\": số chỉ tiêu chưa đạt trên số chỉ tiêu "
              "được đánh giá.</p>\n</section>\n");
}

/* ---- III. the trend ----------------------------------------------------------------------- */

/* A sparkline of the ratios over the periods, with the target as a dashed line. */
static void sparkline(sbuf *b, const report_data *r, size_t i)
{
    size_t np = congdoan_trend_period_count(r->trend);
    const double w = 100, h = 26, top = 1.5;
    sb_printf(b, "<svg width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\" aria-label=\"xu hướng\">", w, h,
              w, h);
    double y_target = h - 3 - (1.0 / top) * (h - 6);
    sb_printf(b, "<line x1=\"0\" y1=\"%.1f\" x2=\"%g\" y2=\"%.1f\" stroke=\"#000\" stroke-dasharray=\"3 2\" "
              "stroke-width=\".8\"/>", y_target, w, y_target);
    sbuf points = {0};
    for (size_t k = 0; k < np; k++) {
        double ratio;
        if (congdoan_progress_ratio(congdoan_trend_progress(r->trend, k), i, &ratio) != 0)
            continue;
        double x = np == 1 ? w / 2 : 6 + (w - 12) * (double)k / (double)(np - 1);
        double y = h - 3 - (ratio > top ? top : ratio < 0 ? 0 : ratio) / top * (h - 6);
        sb_printf(&points, "%s%.1f,%.1f", points.len ? " " : "", x, y);
        report_mark mark = report_mark_of(congdoan_progress_status(congdoan_trend_progress(r->trend, k), i));
        if (mark == MARK_NOT_ACHIEVED)
            sb_printf(b, "<path d=\"M%.1f %.1f l5 5 m0 -5 l-5 5\" stroke=\"#b34700\" stroke-width=\"1.6\"/>", x - 2.5,
                      y - 2.5);
        else
            sb_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"#0072b2\"/>", x, y);
    }
    if (points.len)
        sb_printf(b, "<polyline points=\"%s\" fill=\"none\" stroke=\"#333\" stroke-width=\".8\"/>", points.data);
    sb_free(&points);
    sb_puts(b, "</svg>");
}

/* Stacked bars: how many indicators are achieved, missed, without data in each period. */
static void status_chart(sbuf *b, const report_data *r)
{
    size_t np = congdoan_trend_period_count(r->trend);
    size_t n = congdoan_progress_indicator_count(r->progress);
    const double label_w = 150, bar_w = 420, row_h = 22, w = label_w + bar_w + 10;
    double h = row_h * (double)np + 8;
    sb_printf(b, "<figure><svg width=\"100%%\" viewBox=\"0 0 %g %g\" role=\"img\" "
              "aria-label=\"Số chỉ tiêu đạt, chưa đạt theo kỳ\">", w, h);
    static const struct {
        report_mark mark;
        const char *fill, *stroke;
    } parts[] = {{MARK_ACHIEVED, "#0072b2", "#0072b2"},
                 {MARK_EXCEEDED, "#00795a", "#00795a"},
                 {MARK_NOT_ACHIEVED, "url(#hatch)", "#b34700"},
                 {MARK_NOT_AGGREGABLE, "#ffffff", "#5f5f5f"},
                 {MARK_NO_DATA, "#ffffff", "#5f5f5f"}};
    for (size_t k = 0; k < np; k++) {
        const congdoan_progress *p = congdoan_trend_progress(r->trend, k);
        size_t counts[6] = {0};
        for (size_t i = 0; i < n; i++)
            counts[report_mark_of(congdoan_progress_status(p, i))]++;
        double y = 4 + row_h * (double)k, x = label_w;
        char *words = period_words(congdoan_progress_period(p));
        sb_printf(b, "<text x=\"%g\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">", label_w - 6, y + 14);
        sb_text(b, words);
        sb_puts(b, "</text>");
        free(words);
        for (size_t part = 0; part < sizeof parts / sizeof *parts && n; part++) {
            size_t count = counts[parts[part].mark];
            if (!count)
                continue;
            double len = bar_w * (double)count / (double)n;
            sb_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%g\" fill=\"%s\" stroke=\"%s\"%s/>", x,
                      y, len, row_h - 6, parts[part].fill, parts[part].stroke,
                      parts[part].mark == MARK_NO_DATA ? " stroke-dasharray=\"2 2\"" : "");
            int dark = parts[part].mark == MARK_ACHIEVED || parts[part].mark == MARK_EXCEEDED;
            sb_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" fill=\"%s\"%s>%s %zu</text>",
                      x + len / 2, y + 12, dark ? "#fff" : "#000",
                      parts[part].mark == MARK_NOT_ACHIEVED ? " font-weight=\"bold\" paint-order=\"stroke\" "
                                                              "stroke=\"#fff\" stroke-width=\"2.5\"" : "",
                      report_mark_symbol(parts[part].mark), count);
            x += len;
        }
    }
    sb_printf(b, "</svg><figcaption>Số chỉ tiêu (trên %zu) theo đánh giá, từng kỳ báo cáo: ✓ đạt (xanh), ▲ vượt, ✗ "
              "chưa đạt (gạch chéo), ≈ không cộng được, – chưa có số liệu (viền đứt).</figcaption></figure>\n", n);
}

static void write_trend(sbuf *b, const report_data *r)
{
    size_t np = congdoan_trend_period_count(r->trend);
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_indicator_count(p);
    sb_puts(b, "<section id=\"xu-huong\">\n<h2>III. So sánh với các kỳ báo cáo trước</h2>\n");
    if (n == 0) {
        sb_puts(b, "<p>Văn bản không có chỉ tiêu nào.</p>\n</section>\n");
        return;
    }
    if (np < 2) {
        char *words = period_words(congdoan_progress_period(p));
        sb_puts(b, "<p>Chưa có báo cáo 6 tháng hoặc năm nào trước ");
        sb_text(b, words);
        sb_puts(b, " theo văn bản này để so sánh.</p>\n</section>\n");
        free(words);
        return;
    }
    sb_puts(b, "<p>Các kỳ 6 tháng và năm có báo cáo, đánh giá theo cùng mục tiêu của văn bản (số liệu 6 tháng là "
              "số liệu của 6 tháng).</p>\n");
    status_chart(b, r);
    sb_puts(b, "<table class=\"fixed\">\n<colgroup><col style=\"width:14mm\"><col style=\"width:22mm\">");
    for (size_t k = 0; k < np; k++)
        sb_puts(b, "<col>");
    sb_puts(b, "<col style=\"width:30mm\"></colgroup>\n<thead><tr><th>Mã</th><th>Mục tiêu</th>");
    for (size_t k = 0; k < np; k++) {
        char *words = period_words(congdoan_trend_period(r->trend, k));
        sb_puts(b, "<th>");
        sb_text(b, words);
        sb_puts(b, "</th>");
        free(words);
    }
    sb_puts(b, "<th>So với mục tiêu</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        char *t = report_target_symbols(ind, 0);
        sb_puts(b, "<tr><td>");
        sb_text(b, congdoan_indicator_id(ind));
        sb_puts(b, "</td><td class=\"num\">");
        sb_text(b, t);
        sb_puts(b, "</td>");
        free(t);
        for (size_t k = 0; k < np; k++) {
            const congdoan_progress *pk = congdoan_trend_progress(r->trend, k);
            report_mark mark = report_mark_of(congdoan_progress_status(pk, i));
            double v;
            sb_printf(b, "<td class=\"num %s\">", report_mark_class(mark));
            if (congdoan_progress_actual(pk, i, &v) == 0) {
                char *fig = figure_words(ind, v);
                sb_printf(b, "%s %s", report_mark_symbol(mark), fig);
                free(fig);
            } else {
                sb_printf(b, "%s", report_mark_symbol(mark));
            }
            sb_puts(b, "</td>");
        }
        sb_puts(b, "<td>");
        sparkline(b, r, i);
        sb_puts(b, "</td></tr>\n");
    }
    sb_puts(b, "</tbody>\n</table>\n<p class=\"small\">Đường đứt nét: mục tiêu; chấm tròn: đạt; dấu ✗: chưa "
              "đạt.</p>\n</section>\n");
}

/* ---- IV. completeness, V. findings, VI. overdue tasks ------------------------------------- */

static void write_completeness(sbuf *b, const report_data *r)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_expected_count(p);
    int deadline = congdoan_progress_deadline(p);
    char date[16];
    sb_puts(b, "<section id=\"nop-bao-cao\">\n<h2>IV. Tình hình nộp báo cáo</h2>\n");
    if (n == 0) {
        sb_puts(b, "<p>Không có đơn vị nào phải báo cáo theo văn bản này.</p>\n</section>\n");
        return;
    }
    sb_printf(b, "<p>%zu đơn vị phải báo cáo", n);
    if (deadline)
        sb_printf(b, ", hạn nộp %s", format_date(date, deadline));
    sb_puts(b, ".</p>\n<ul>\n");
    static const struct {
        congdoan_submission s;
        const char *words, *mark;
    } groups[] = {{CONGDOAN_SUBMISSION_ON_TIME, "Đúng hạn", "ok"},
                  {CONGDOAN_SUBMISSION_RECEIVED, "Đã nhận (không có hạn)", "ok"},
                  {CONGDOAN_SUBMISSION_LATE, "Nộp muộn", "miss"},
                  {CONGDOAN_SUBMISSION_MISSING, "Chưa nộp", "miss"}};
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
        size_t count = 0;
        for (size_t k = 0; k < n; k++)
            count += congdoan_progress_expected_submission(p, k) == groups[g].s;
        if (!count)
            continue;
        sb_printf(b, "<li><b>%s (%zu):</b> ", groups[g].words, count);
        for (size_t k = 0, shown = 0; k < n; k++) {
            if (congdoan_progress_expected_submission(p, k) != groups[g].s)
                continue;
            sb_puts(b, shown++ ? ", " : "");
            sb_text(b, unit_label(congdoan_progress_expected_unit(p, k)));
            if (groups[g].s == CONGDOAN_SUBMISSION_LATE) {
                char *w = report_submission_words(groups[g].s, congdoan_progress_expected_submitted(p, k), deadline);
                sb_printf(b, " (%s)", w);
                free(w);
            }
        }
        sb_puts(b, "</li>\n");
    }
    sb_puts(b, "</ul>\n<table>\n<thead><tr><th style=\"width:10mm\">TT</th><th>Đơn vị</th>"
              "<th style=\"width:28mm\">Ngày nộp</th><th style=\"width:36mm\">Tình trạng</th></tr></thead>\n<tbody>\n");
    for (size_t k = 0; k < n; k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        int submitted = congdoan_progress_expected_submitted(p, k);
        char *w = report_submission_words(s, submitted, deadline);
        int bad = s == CONGDOAN_SUBMISSION_LATE || s == CONGDOAN_SUBMISSION_MISSING;
        sb_printf(b, "<tr><td class=\"num\">%zu</td><td>", k + 1);
        sb_text(b, congdoan_unit_name(congdoan_progress_expected_unit(p, k)));
        sb_printf(b, "</td><td class=\"num\">%s</td><td><span class=\"badge %s\">%s %s</span></td></tr>\n",
                  submitted ? format_date(date, submitted) : "—", bad ? "miss" : "ok", bad ? "✗" : "✓", w);
        free(w);
    }
    sb_puts(b, "</tbody>\n</table>\n</section>\n");
}

static void write_findings(sbuf *b, const report_data *r)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_finding_count(p);
    sb_puts(b, "<section id=\"khong-khop\">\n<h2>V. Số liệu chưa khớp</h2>\n");
    if (n == 0) {
        sb_puts(b, "<p>Không có: tổng số mỗi đơn vị tự báo cáo khớp với số liệu cộng từ các đơn vị cấp dưới.</p>\n"
                  "</section>\n");
        return;
    }
    sb_printf(b, "<p>%zu lần đơn vị báo cáo tổng số cho cả đơn vị mình khác với tổng cộng từ báo cáo của các đơn vị "
                 "cấp dưới; số đơn vị tự báo cáo được dùng trong các số liệu trên.", n);
    if (n > REPORT_FINDINGS_SHOWN) {
        size_t *by_child = report_findings_by_child(r);
        sb_puts(b, " Theo đơn vị trực thuộc: ");
        for (size_t c = 0, shown = 0; c < congdoan_progress_child_count(p); c++) {
            if (!by_child[c])
                continue;
            sb_puts(b, shown++ ? ", " : "");
            sb_text(b, unit_label(congdoan_progress_child(p, c)));
            sb_printf(b, " %zu", by_child[c]);
        }
        free(by_child);
        sb_printf(b, ". Dưới đây là %d trường hợp đầu; danh sách đầy đủ: <code>congdoan progress --format csv "
                     "--table findings</code>.", REPORT_FINDINGS_SHOWN);
    }
    sb_puts(b, "</p>\n");
    sb_puts(b, "<table>\n<thead><tr><th>Đơn vị</th><th style=\"width:16mm\">Chỉ tiêu</th>"
              "<th style=\"width:30mm\">Đơn vị báo cáo</th><th style=\"width:30mm\">Cộng từ cấp dưới</th>"
              "<th style=\"width:22mm\">Chênh lệch</th></tr></thead>\n<tbody>\n");
    for (size_t k = 0; k < n && k < REPORT_FINDINGS_SHOWN; k++) {
        report_finding f;
        report_finding_get(p, k, &f);
        sb_puts(b, "<tr><td>");
        sb_text(b, f.unit);
        sb_puts(b, "</td><td>");
        sb_text(b, f.indicator);
        sb_printf(b, "</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
                  f.reported, f.computed, f.difference);
        report_finding_release(&f);
    }
    sb_puts(b, "</tbody>\n</table>\n</section>\n");
}

static void write_overdue(sbuf *b, const report_data *r)
{
    char date[16];
    sb_puts(b, "<section id=\"qua-han\" class=\"tasks\">\n<h2>VI. Nhiệm vụ quá hạn</h2>\n");
    if (r->overdue_count == 0) {
        sb_printf(b, "<p>Không có nhiệm vụ nào quá hạn tại ngày %s.</p>\n</section>\n", format_date(date, r->at));
        return;
    }
    sb_printf(b, "<p>%zu nhiệm vụ quá hạn tại ngày %s (của văn bản và của các chương trình, kế hoạch cụ thể hóa "
              "văn bản do các đơn vị ban hành).</p>\n", r->overdue_count, format_date(date, r->at));
    sb_puts(b, "<table>\n<thead><tr><th style=\"width:10mm\">TT</th><th style=\"width:24mm\">Văn bản, mã</th>"
              "<th>Nhiệm vụ</th><th style=\"width:32mm\">Chủ trì</th><th style=\"width:22mm\">Thời hạn</th>"
              "<th style=\"width:26mm\">Báo cáo gần nhất</th></tr></thead>\n<tbody>\n");
    for (size_t k = 0; k < r->overdue_count; k++) {
        const congdoan_task *task = r->overdue[k];
        const congdoan_unit *lead = congdoan_task_lead(task);
        congdoan_task_status status = CONGDOAN_TASK_STATUS_NONE;
        congdoan_task_latest_status(task, r->at, &status, NULL);
        const char *due_text = congdoan_task_due_text(task);
        int due = congdoan_task_due_date(task);
        sb_printf(b, "<tr><td class=\"num\">%zu</td><td>", k + 1);
        sb_text(b, document_label(congdoan_task_document(task)));
        sb_puts(b, "<br>");
        sb_text(b, congdoan_task_id(task));
        sb_puts(b, "</td><td>");
        sb_text(b, congdoan_task_text(task));
        sb_puts(b, "</td><td>");
        sb_text(b, lead ? congdoan_unit_name(lead) : congdoan_task_lead_id(task) ? congdoan_task_lead_id(task) : "—");
        sb_puts(b, "</td><td>");
        if (due)
            sb_puts(b, format_date(date, due));
        if (due_text) {
            sb_puts(b, due ? "<span class=\"words\">" : "");
            sb_text(b, due_text);
            sb_puts(b, due ? "</span>" : "");
        }
        sb_puts(b, "</td><td>");
        sb_text(b, congdoan_task_status_label(status));
        sb_puts(b, "</td></tr>\n");
    }
    sb_puts(b, "</tbody>\n</table>\n</section>\n");
}

void report_write_html(const report_data *r, sbuf *out)
{
    char *period_text = period_words(congdoan_progress_period(r->progress));
    write_head(out, r, period_text);
    write_title(out, r, period_text);
    write_summary(out, r);
    write_indicators(out, r);
    write_grid(out, r);
    write_trend(out, r);
    write_completeness(out, r);
    write_findings(out, r);
    write_overdue(out, r);
    sb_printf(out, "<footer>Lập bằng chương trình congdoan (libcongdoan %s) từ dữ liệu đã nạp: số liệu do các đơn "
                   "vị báo cáo, cộng theo hệ thống tổ chức. Trang này không tải gì từ mạng.</footer>\n",
              congdoan_version_string());
    sb_puts(out, "</body>\n</html>\n");
    free(period_text);
}
