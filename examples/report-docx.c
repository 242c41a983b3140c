/*
 * congdoan report --format docx — the same content as the page, as the skeleton of a Báo cáo
 * that an office edits, signs and sends: Office Open XML (ECMA-376) written with libzip, in the
 * administrative format of Decree 30/2020/NĐ-CP (Phụ lục I): A4, margins top and bottom 20 mm,
 * left 30 mm, right 20 mm; Times New Roman; the header block (the managing body and the issuing
 * body on the left, the national title and motto on the right, the number and symbol, the
 * place and date), the kind of document and its summary (BÁO CÁO + trích yếu), the content,
 * "Nơi nhận" and the signature block, with the signer's authority, position and name left to
 * fill. Page numbers at the top centre from the second page.
 *
 * Parts: [Content_Types].xml, _rels/.rels, docProps/core.xml, word/document.xml,
 * word/styles.xml, word/settings.xml, word/header1.xml and word/_rels/document.xml.rels. No
 * numbering part: the decree's lists (Nơi nhận) are written with their hyphens.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "report.h"

#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

/* Twentieths of a point: A4 and the decree's margins; the text is 160 mm wide. */
enum {
    PAGE_W = 11906, PAGE_H = 16838,
    MARGIN_TOP = 1134, MARGIN_BOTTOM = 1134, MARGIN_LEFT = 1701, MARGIN_RIGHT = 1134,
    TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT,
    HEAD_LEFT_W = 3515, HEAD_RIGHT_W = TEXT_W - HEAD_LEFT_W
};

/* Indicators per table of the grid across the 160 mm of text. */
#define DOCX_GRID_COLUMNS 5

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

/* ---- runs and paragraphs ------------------------------------------------------------------ */

enum { B = 1, I = 2, CAPS = 4 };

/* A run of text: `size` in points × 2 (0: the style's), B, I, CAPS. */
static void run(sbuf *b, const char *text, int flags, int size)
{
    sb_puts(b, "<w:r>");
    if (flags || size) {
        sb_puts(b, "<w:rPr>");
        if (flags & B)
            sb_puts(b, "<w:b/><w:bCs/>");
        if (flags & I)
            sb_puts(b, "<w:i/><w:iCs/>");
        if (flags & CAPS)
            sb_puts(b, "<w:caps/>");
        if (size)
            sb_printf(b, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", size, size);
        sb_puts(b, "</w:rPr>");
    }
    sb_puts(b, "<w:t xml:space=\"preserve\">");
    sb_text(b, text);
    sb_puts(b, "</w:t></w:r>");
}

static void line_break(sbuf *b) { sb_puts(b, "<w:r><w:br/></w:r>"); }

/* Paragraph properties. */
typedef struct para_style {
    const char *style;  /* a style id, or NULL */
    const char *align;  /* "center", "both", "left", "right" or NULL */
    int first_line;     /* first-line indent */
    int before, after;  /* spacing */
    int keep_next;
} para_style;

static void para_open(sbuf *b, para_style s)
{
    sb_puts(b, "<w:p><w:pPr>");
    if (s.style)
        sb_printf(b, "<w:pStyle w:val=\"%s\"/>", s.style);
    if (s.keep_next)
        sb_puts(b, "<w:keepNext/>");
    if (s.before >= 0 || s.after >= 0)
        sb_printf(b, "<w:spacing w:before=\"%d\" w:after=\"%d\"/>", s.before > 0 ? s.before : 0,
                  s.after > 0 ? s.after : 0);
    if (s.first_line)
        sb_printf(b, "<w:ind w:firstLine=\"%d\"/>", s.first_line);
    if (s.align)
        sb_printf(b, "<w:jc w:val=\"%s\"/>", s.align);
    sb_puts(b, "</w:pPr>");
}

static void para_close(sbuf *b) { sb_puts(b, "</w:p>"); }

/* A paragraph of body text: justified, first line indented 1 cm. */
static void body_para(sbuf *b, const char *text)
{
    para_open(b, (para_style){NULL, "both", 567, -1, -1, 0});
    run(b, text, 0, 0);
    para_close(b);
}

/* A section heading: "I. KẾT QUẢ …", bold, kept with what follows. */
static void heading(sbuf *b, int number, const char *title)
{
    static const char *const roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    char *text = xprintf("%s. %s", roman[(number - 1) % 10], title);
    para_open(b, (para_style){"Muc", NULL, 567, 120, 60, 1});
    run(b, text, B | CAPS, 0);
    para_close(b);
    free(text);
}

/* A short horizontal line under a centred title: a paragraph with a bottom border, indented
 * to `width` in the middle of `space`. */
static void short_line(sbuf *b, int space, int width)
{
    int ind = (space - width) / 2;
    sb_printf(b, "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/>"
                 "</w:pBdr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>"
                 "<w:ind w:left=\"%d\" w:right=\"%d\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>",
              ind, ind);
}

/* ---- tables ------------------------------------------------------------------------------- */

/* A table with fixed column widths; `borders` 0 for the header and signature blocks. */
static void table_open(sbuf *b, const int *widths, size_t n, int borders)
{
    int total = 0;
    for (size_t k = 0; k < n; k++)
        total += widths[k];
    sb_printf(b, "<w:tbl><w:tblPr>%s<w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>",
              borders ? "<w:tblStyle w:val=\"Luoi\"/>" : "", total);
    if (!borders)
        sb_puts(b, "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                  "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>");
    sb_puts(b, "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
              "</w:tblPr><w:tblGrid>");
    for (size_t k = 0; k < n; k++)
        sb_printf(b, "<w:gridCol w:w=\"%d\"/>", widths[k]);
    sb_puts(b, "</w:tblGrid>");
}

static void table_close(sbuf *b)
{
    sb_puts(b, "</w:tbl>");
    /* Word needs a paragraph between two tables and after the last one */
    sb_puts(b, "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"60\"/></w:pPr></w:p>");
}

/* A row; a header row repeats at the top of each page the table runs onto. */
static void row_open(sbuf *b, int header)
{
    sb_puts(b, header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
}

static void row_close(sbuf *b) { sb_puts(b, "</w:tr>"); }

/* A cell: its width, a shading (NULL: none), then the paragraph it starts (the caller writes
 * runs, then cell_close()). */
static void cell_open(sbuf *b, int width, const char *fill, const char *align)
{
    sb_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
    if (fill)
        sb_printf(b, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%s\"/>", fill);
    sb_puts(b, "</w:tcPr>");
    para_open(b, (para_style){"Bang", align, 0, -1, -1, 0});
}

static void cell_close(sbuf *b) { sb_puts(b, "</w:p></w:tc>"); }

static void text_cell(sbuf *b, int width, const char *text, int flags, const char *align)
{
    cell_open(b, width, NULL, align);
    run(b, text, flags, 0);
    cell_close(b);
}

static void header_row(sbuf *b, const int *widths, const char *const *titles, size_t n)
{
    row_open(b, 1);
    for (size_t k = 0; k < n; k++) {
        cell_open(b, widths[k], "E7E6E6", "center");
        run(b, titles[k], B, 0);
        cell_close(b);
    }
    row_close(b);
}

/* The shading of a status: orange for a target missed (a mid grey on a greyscale printer),
 * none for one met; the word and the symbol say it in any case. */
static const char *mark_fill(report_mark mark)
{
    switch (mark) {
    case MARK_NOT_ACHIEVED: return "F4B183";
    case MARK_EXCEEDED: return "D3F0E6";
    default: return NULL;
    }
}

static void mark_run(sbuf *b, report_mark mark, int size)
{
    char *w = xprintf("%s %s", report_mark_symbol(mark), report_mark_words(mark));
    run(b, w, mark == MARK_NOT_ACHIEVED ? B : 0, size);
    free(w);
}

/* ---- the parts of the document ------------------------------------------------------------ */

/* The header block of the decree: two columns without borders. */
static void write_header_block(sbuf *b, const report_data *r)
{
    const congdoan_unit *parent = congdoan_unit_parent(r->unit);
    const congdoan_unit *issuer = report_document_organisation(r->document);
    /* the place and the issuer code of the number are the document's when the report is made
     * by the organisation that issued it; otherwise they are left to fill */
    const char *place = issuer == r->unit ? congdoan_document_place(r->document) : NULL;
    char *code = NULL;
    congdoan_docnumber *number = NULL;
    if (issuer == r->unit && congdoan_document_number(r->document) &&
        congdoan_docnumber_parse(congdoan_document_number(r->document), &number) == 0 &&
        congdoan_docnumber_issuer_code(number))
        code = xstrdup(congdoan_docnumber_issuer_code(number));
    congdoan_docnumber_free(number);

    const int widths[] = {HEAD_LEFT_W, HEAD_RIGHT_W};
    table_open(b, widths, 2, 0);
    row_open(b, 0);
    /* left: the managing body (cơ quan chủ quản), the issuing body, a short line, the number */
    sb_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>", HEAD_LEFT_W);
    if (parent) {
        para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
        run(b, congdoan_unit_name(parent), CAPS, 24);
        para_close(b);
    }
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, congdoan_unit_name(r->unit), B | CAPS, 24);
    para_close(b);
    short_line(b, HEAD_LEFT_W, 1200);
    para_open(b, (para_style){"Bang", "center", 0, 120, 0, 0});
    char *num = xprintf("Số:        /BC-%s", code ? code : "……");
    run(b, num, 0, 26);
    free(num);
    para_close(b);
    sb_puts(b, "</w:tc>");
    /* right: the national title, the motto, a line as long as the motto, the place and date */
    sb_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>", HEAD_RIGHT_W);
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B, 24);
    para_close(b);
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, "Độc lập - Tự do - Hạnh phúc", B, 27);
    para_close(b);
    short_line(b, HEAD_RIGHT_W, 3600);
    para_open(b, (para_style){"Bang", "center", 0, 120, 0, 0});
    char *date = report_date_words(r->at);
    char *when = xprintf("%s, %s", place ? place : "……", date);
    run(b, when, I, 27);
    free(when);
    free(date);
    para_close(b);
    sb_puts(b, "</w:tc>");
    row_close(b);
    sb_puts(b, "</w:tbl>");
    free(code);
}

static void write_title(sbuf *b, const report_data *r, const char *period_text)
{
    para_open(b, (para_style){NULL, "center", 0, 360, 0, 1});
    run(b, "BÁO CÁO", B, 28);
    para_close(b);
    const char *title = congdoan_document_title(r->document);
    char *summary = xprintf("Kết quả thực hiện các chỉ tiêu %s%s%s, %s", title ? title : "của văn bản",
                            " số ", document_label(r->document), period_text);
    para_open(b, (para_style){NULL, "center", 0, 0, 0, 1});
    run(b, summary, B, 28);
    para_close(b);
    free(summary);
    short_line(b, TEXT_W, 2400);
    para_open(b, (para_style){NULL, NULL, 0, 120, 0, 0});
    para_close(b);

    char *doc = report_document_words(r->document);
    char *date = report_date_words(r->at);
    char *text = xprintf("Thực hiện %s, %s báo cáo kết quả thực hiện các chỉ tiêu %s (số liệu tính đến %s) như sau:",
                         doc, congdoan_unit_name(r->unit), period_text, date);
    /* "Thực hiện Chương trình" reads "Thực hiện chương trình" in running text */
    char *kind = strstr(text, "Thực hiện ") ? text + strlen("Thực hiện ") : NULL;
    if (kind && (unsigned char)kind[0] >= 'A' && (unsigned char)kind[0] <= 'Z')
        kind[0] = (char)(kind[0] - 'A' + 'a');
    body_para(b, text);
    free(text);
    free(date);
    free(doc);
}

static void write_indicators(sbuf *b, const report_data *r, int section)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_indicator_count(p), marks[6] = {0};
    heading(b, section, "Kết quả thực hiện các chỉ tiêu");
    if (n == 0) {
        body_para(b, "Văn bản không có chỉ tiêu nào.");
        return;
    }
    for (size_t i = 0; i < n; i++)
        marks[report_mark_of(congdoan_progress_status(p, i))]++;
    char *text = xprintf("Trong %zu chỉ tiêu: %zu chỉ tiêu đạt%s, %zu chỉ tiêu chưa đạt, %zu chỉ tiêu chưa có số liệu%s.",
                         n, marks[MARK_ACHIEVED] + marks[MARK_EXCEEDED], marks[MARK_EXCEEDED] ? " (có chỉ tiêu vượt)" : "",
                         marks[MARK_NOT_ACHIEVED], marks[MARK_NO_DATA],
                         marks[MARK_NOT_AGGREGABLE] ? ", có chỉ tiêu không cộng được do đơn vị chỉ báo cáo tỷ lệ" : "");
    body_para(b, text);
    free(text);
    const int widths[] = {850, 3721, 1500, 1500, 1500};
    static const char *const titles[] = {"Mã", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá"};
    table_open(b, widths, 5, 1);
    header_row(b, widths, titles, 5);
    for (size_t i = 0; i < n; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        congdoan_eval_status status = congdoan_progress_status(p, i);
        report_mark mark = report_mark_of(status);
        row_open(b, 0);
        text_cell(b, widths[0], congdoan_indicator_id(ind), 0, "center");
        text_cell(b, widths[1], congdoan_indicator_text(ind), 0, "left");
        char *t = report_target_words(ind);
        text_cell(b, widths[2], t, 0, "center");
        free(t);
        cell_open(b, widths[3], NULL, "center");
        double v, num, den;
        if (congdoan_progress_actual(p, i, &v) == 0) {
            char *fig = figure_words(ind, v);
            run(b, fig, B, 0);
            free(fig);
            if (congdoan_progress_fraction(p, i, &num, &den) == 0) {
                char *a = vn_number(num, 2), *d = vn_number(den, 2), *f = xprintf("%s/%s", a, d);
                line_break(b);
                run(b, f, 0, 20);
                free(a);
                free(d);
                free(f);
            }
        } else {
            run(b, "—", 0, 0);
        }
        size_t rate_only = congdoan_progress_rate_only_count(p, i);
        if (rate_only) { /* which units to ask for the numerator and denominator */
            char *names = left_out_words(p, i, LEFT_OUT_NAMED);
            char *note = xprintf("%zu đơn vị chỉ báo cáo tỷ lệ, không cộng được: %s", rate_only, names);
            line_break(b);
            run(b, note, 0, 20);
            free(note);
            free(names);
        }
        cell_close(b);
        cell_open(b, widths[4], mark_fill(mark), "center");
        mark_run(b, mark, 0);
        cell_close(b);
        row_close(b);
    }
    table_close(b);
}

static void write_grid(sbuf *b, const report_data *r, int section)
{
    const congdoan_breakdown *bd = r->breakdown;
    size_t nc = congdoan_breakdown_child_count(bd), ni = congdoan_breakdown_indicator_count(bd);
    heading(b, section, "Kết quả theo đơn vị trực thuộc");
    if (nc == 0 || ni == 0) {
        body_para(b, ni == 0 ? "Văn bản không có chỉ tiêu nào." : "Không có đơn vị trực thuộc.");
        return;
    }
    body_para(b, "Tỷ lệ, bình quân được đánh giá theo mục tiêu của văn bản; chỉ tiêu số lượng được đánh giá theo "
                 "mục tiêu đơn vị tự giao trong chương trình, kế hoạch của mình (nếu có), nếu không chỉ là phần đóng "
                 "góp vào tổng (ký hiệu ○).");
    size_t tables = (ni + DOCX_GRID_COLUMNS - 1) / DOCX_GRID_COLUMNS, per = (ni + tables - 1) / tables;
    for (size_t t0 = 0; t0 < ni; t0 += per) {
        size_t t1 = t0 + per < ni ? t0 + per : ni, cols = t1 - t0;
        int widths[1 + DOCX_GRID_COLUMNS];
        widths[0] = 2268;
        for (size_t k = 0; k < cols; k++)
            widths[1 + k] = (TEXT_W - widths[0]) / (int)per;
        table_open(b, widths, 1 + cols, 1);
        row_open(b, 1);
        cell_open(b, widths[0], "E7E6E6", "center");
        run(b, "Đơn vị", B, 20);
        cell_close(b);
        for (size_t i = t0; i < t1; i++) {
            const congdoan_indicator *ind = congdoan_breakdown_indicator(bd, i);
            char *t = report_target_symbols(ind, 0);
            cell_open(b, widths[1 + i - t0], "E7E6E6", "center");
            run(b, congdoan_indicator_id(ind), B, 20);
            line_break(b);
            run(b, t, 0, 18);
            cell_close(b);
            free(t);
        }
        row_close(b);
        for (size_t c = 0; c < nc; c++) {
            row_open(b, 0);
            cell_open(b, widths[0], NULL, "left");
            run(b, unit_label(congdoan_breakdown_child(bd, c)), 0, 20);
            cell_close(b);
            for (size_t i = t0; i < t1; i++) {
                const congdoan_indicator *ind = congdoan_breakdown_indicator(bd, i);
                report_mark mark = report_cell_mark(bd, c, i);
                double v, num, den;
                cell_open(b, widths[1 + i - t0], mark_fill(mark), "center");
                if (congdoan_breakdown_actual(bd, c, i, &v) == 0) {
                    char *fig = figure_words(ind, v);
                    run(b, fig, mark == MARK_NOT_ACHIEVED ? B : 0, 20);
                    free(fig);
                    if (congdoan_breakdown_fraction(bd, c, i, &num, &den) == 0) {
                        char *a = vn_number(num, 2), *d = vn_number(den, 2), *f = xprintf("%s/%s", a, d);
                        line_break(b);
                        run(b, f, 0, 16);
                        free(a);
                        free(d);
                        free(f);
                    } else if (congdoan_breakdown_basis(bd, c, i) == CONGDOAN_BASIS_ALLOCATION) {
                        char *t = report_target_symbols(congdoan_breakdown_target(bd, c, i), 0);
                        char *f = xprintf("giao %s", t);
                        line_break(b);
                        run(b, f, 0, 16);
                        free(t);
                        free(f);
                    }
                    line_break(b);
                }
                mark_run(b, mark, 16);
                cell_close(b);
            }
            row_close(b);
        }
        table_close(b);
    }
    /* the weakest */
    size_t first = congdoan_breakdown_rank(bd, 0);
    size_t most = congdoan_breakdown_status_count(bd, first, CONGDOAN_EVAL_NOT_ACHIEVED);
    if (most) {
        sbuf s = {0};
        sb_puts(&s, "Đơn vị chưa đạt nhiều chỉ tiêu nhất: ");
        for (size_t k = 0, shown = 0; k < nc; k++) {
            size_t c = congdoan_breakdown_rank(bd, k);
            size_t missed = congdoan_breakdown_status_count(bd, c, CONGDOAN_EVAL_NOT_ACHIEVED);
            if (missed == 0 || (shown >= 3 && missed < most))
                break;
            sb_printf(&s, "%s%s (%zu chỉ tiêu)", shown++ ? ", " : "", unit_label(congdoan_breakdown_child(bd, c)),
                      missed);
        }
        sb_puts(&s, ".");
        body_para(b, s.data);
        sb_free(&s);
    }
}

static void write_trend(sbuf *b, const report_data *r, int section)
{
    size_t np = congdoan_trend_period_count(r->trend);
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_indicator_count(p);
    heading(b, section, "So sánh với các kỳ báo cáo trước");
    body_para(b, "Số liệu các kỳ 6 tháng và năm có báo cáo, đánh giá theo cùng mục tiêu của văn bản.");
    int widths[2 + REPORT_TREND_PERIODS];
    widths[0] = 1000;
    widths[1] = 1600;
    for (size_t k = 0; k < np; k++)
        widths[2 + k] = (TEXT_W - 2600) / (int)np;
    table_open(b, widths, 2 + np, 1);
    row_open(b, 1);
    const char *const fixed[] = {"Mã", "Mục tiêu"};
    for (size_t k = 0; k < 2; k++) {
        cell_open(b, widths[k], "E7E6E6", "center");
        run(b, fixed[k], B, 0);
        cell_close(b);
    }
    for (size_t k = 0; k < np; k++) {
        char *words = period_words(congdoan_trend_period(r->trend, k));
        cell_open(b, widths[2 + k], "E7E6E6", "center");
        run(b, words, B, 0);
        cell_close(b);
        free(words);
    }
    row_close(b);
    for (size_t i = 0; i < n; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        row_open(b, 0);
        text_cell(b, widths[0], congdoan_indicator_id(ind), 0, "center");
        char *t = report_target_symbols(ind, 0);
        text_cell(b, widths[1], t, 0, "center");
        free(t);
        for (size_t k = 0; k < np; k++) {
            const congdoan_progress *pk = congdoan_trend_progress(r->trend, k);
            congdoan_eval_status status = congdoan_progress_status(pk, i);
            report_mark mark = report_mark_of(status);
            double v;
            cell_open(b, widths[2 + k], mark_fill(mark), "center");
            if (congdoan_progress_actual(pk, i, &v) == 0) {
                char *fig = figure_words(ind, v);
                run(b, fig, mark == MARK_NOT_ACHIEVED ? B : 0, 0);
                free(fig);
                line_break(b);
            }
            mark_run(b, mark, 18);
            cell_close(b);
        }
        row_close(b);
    }
    table_close(b);
}

static void write_completeness(sbuf *b, const report_data *r, int section)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_expected_count(p);
    int deadline = congdoan_progress_deadline(p);
    char date[16];
    heading(b, section, "Tình hình báo cáo của các đơn vị");
    if (n == 0) {
        body_para(b, "Không có đơn vị nào phải báo cáo theo văn bản này.");
        return;
    }
    static const struct {
        congdoan_submission s;
        const char *words;
    } groups[] = {{CONGDOAN_SUBMISSION_ON_TIME, "đúng hạn"},
                  {CONGDOAN_SUBMISSION_RECEIVED, "đã nhận (văn bản không quy định hạn)"},
                  {CONGDOAN_SUBMISSION_LATE, "nộp muộn"},
                  {CONGDOAN_SUBMISSION_MISSING, "chưa nộp"}};
    sbuf s = {0};
    sb_printf(&s, "%zu đơn vị phải báo cáo", n);
    if (deadline)
        sb_printf(&s, " (hạn nộp %s)", format_date(date, deadline));
    sb_puts(&s, ": ");
    int first = 1;
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
        size_t count = 0;
        for (size_t k = 0; k < n; k++)
            count += congdoan_progress_expected_submission(p, k) == groups[g].s;
        if (!count)
            continue;
        sb_printf(&s, "%s%zu đơn vị %s (", first ? "" : "; ", count, groups[g].words);
        first = 0;
        for (size_t k = 0, shown = 0; k < n; k++) {
            if (congdoan_progress_expected_submission(p, k) != groups[g].s)
                continue;
            sb_printf(&s, "%s%s", shown++ ? ", " : "", unit_label(congdoan_progress_expected_unit(p, k)));
            if (groups[g].s == CONGDOAN_SUBMISSION_LATE) {
                char *w = report_submission_words(groups[g].s, congdoan_progress_expected_submitted(p, k), deadline);
                sb_printf(&s, ": %s", w);
                free(w);
            }
        }
        sb_puts(&s, ")");
    }
    sb_puts(&s, ".");
    body_para(b, s.data);
    sb_free(&s);
    const int widths[] = {700, 4771, 1600, 2000};
    static const char *const titles[] = {"TT", "Đơn vị", "Ngày nộp", "Tình trạng"};
    table_open(b, widths, 4, 1);
    header_row(b, widths, titles, 4);
    for (size_t k = 0; k < n; k++) {
        congdoan_submission sub = congdoan_progress_expected_submission(p, k);
        int submitted = congdoan_progress_expected_submitted(p, k);
        char *w = report_submission_words(sub, submitted, deadline), *tt = xprintf("%zu", k + 1);
        int bad = sub == CONGDOAN_SUBMISSION_LATE || sub == CONGDOAN_SUBMISSION_MISSING;
        row_open(b, 0);
        text_cell(b, widths[0], tt, 0, "center");
        text_cell(b, widths[1], congdoan_unit_name(congdoan_progress_expected_unit(p, k)), 0, "left");
        text_cell(b, widths[2], submitted ? format_date(date, submitted) : "—", 0, "center");
        cell_open(b, widths[3], bad ? mark_fill(MARK_NOT_ACHIEVED) : NULL, "center");
        run(b, w, bad ? B : 0, 0);
        cell_close(b);
        row_close(b);
        free(w);
        free(tt);
    }
    table_close(b);
}

static void write_findings(sbuf *b, const report_data *r, int section)
{
    const congdoan_progress *p = r->progress;
    size_t n = congdoan_progress_finding_count(p);
    heading(b, section, "Số liệu chưa khớp");
    if (n == 0) {
        body_para(b, "Không có: tổng số mỗi đơn vị tự báo cáo khớp với số liệu cộng từ các đơn vị cấp dưới.");
        return;
    }
    sbuf s = {0};
    sb_printf(&s, "%zu lần đơn vị báo cáo tổng số cho cả đơn vị mình khác với tổng cộng từ báo cáo của các đơn vị cấp "
                  "dưới; số liệu đơn vị tự báo cáo được dùng trong báo cáo này, đề nghị đơn vị rà soát", n);
    if (n > REPORT_FINDINGS_SHOWN) {
        size_t *by_child = report_findings_by_child(r);
        sb_puts(&s, ". Theo đơn vị trực thuộc: ");
        for (size_t c = 0, shown = 0; c < congdoan_progress_child_count(p); c++)
            if (by_child[c])
                sb_printf(&s, "%s%s %zu", shown++ ? ", " : "", unit_label(congdoan_progress_child(p, c)), by_child[c]);
        free(by_child);
        sb_printf(&s, ". Dưới đây là %d trường hợp đầu (danh sách đầy đủ: congdoan progress --format csv --table "
                      "findings)", REPORT_FINDINGS_SHOWN);
    }
    sb_puts(&s, ":");
    body_para(b, s.data);
    sb_free(&s);
    const int widths[] = {3571, 1200, 1500, 1500, 1300};
    static const char *const titles[] = {"Đơn vị", "Chỉ tiêu", "Đơn vị báo cáo", "Cộng từ cấp dưới", "Chênh lệch"};
    table_open(b, widths, 5, 1);
    header_row(b, widths, titles, 5);
    for (size_t k = 0; k < n && k < REPORT_FINDINGS_SHOWN; k++) {
        report_finding f;
        report_finding_get(p, k, &f);
        row_open(b, 0);
        text_cell(b, widths[0], f.unit, 0, "left");
        text_cell(b, widths[1], f.indicator, 0, "center");
        text_cell(b, widths[2], f.reported, 0, "center");
        text_cell(b, widths[3], f.computed, 0, "center");
        text_cell(b, widths[4], f.difference, 0, "center");
        row_close(b);
        report_finding_release(&f);
    }
    table_close(b);
}

static void write_overdue(sbuf *b, const report_data *r, int section)
{
    char date[16];
    heading(b, section, "Nhiệm vụ quá hạn");
    if (r->overdue_count == 0) {
        char *t = xprintf("Không có nhiệm vụ nào quá hạn tại ngày %s.", format_date(date, r->at));
        body_para(b, t);
        free(t);
        return;
    }
    char *t = xprintf("%zu nhiệm vụ quá hạn tại ngày %s (của văn bản và của các chương trình, kế hoạch cụ thể hóa "
                      "văn bản do các đơn vị ban hành):", r->overdue_count, format_date(date, r->at));
    body_para(b, t);
    free(t);
    const int widths[] = {600, 1400, 3771, 1800, 1500};
    static const char *const titles[] = {"TT", "Văn bản, mã", "Nhiệm vụ", "Chủ trì", "Thời hạn"};
    table_open(b, widths, 5, 1);
    header_row(b, widths, titles, 5);
    for (size_t k = 0; k < r->overdue_count; k++) {
        const congdoan_task *task = r->overdue[k];
        const congdoan_unit *lead = congdoan_task_lead(task);
        int due = congdoan_task_due_date(task);
        const char *due_text = congdoan_task_due_text(task);
        char *tt = xprintf("%zu", k + 1);
        row_open(b, 0);
        text_cell(b, widths[0], tt, 0, "center");
        cell_open(b, widths[1], NULL, "center");
        run(b, document_label(congdoan_task_document(task)), 0, 0);
        line_break(b);
        run(b, congdoan_task_id(task), 0, 0);
        cell_close(b);
        text_cell(b, widths[2], congdoan_task_text(task), 0, "both");
        text_cell(b, widths[3], lead ? congdoan_unit_name(lead) : congdoan_task_lead_id(task) ? congdoan_task_lead_id(task) : "—", 0,
                  "left");
        cell_open(b, widths[4], NULL, "center");
        if (due)
            run(b, format_date(date, due), 0, 0);
        if (due_text) {
            if (due)
                line_break(b);
            run(b, due_text, I, 20);
        }
        cell_close(b);
        row_close(b);
        free(tt);
    }
    table_close(b);
}

/* The office's own part, to write before signing. */
static void write_assessment(sbuf *b, int section)
{
    heading(b, section, "Đánh giá chung và kiến nghị, đề xuất");
    static const char *const parts[] = {"1. Đánh giá chung: ", "2. Nguyên nhân của các chỉ tiêu chưa đạt: ",
                                        "3. Kiến nghị, đề xuất: "};
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
        para_open(b, (para_style){NULL, "left", 567, -1, 0, 1});
        run(b, parts[k], B, 0);
        run(b, "(nội dung do cơ quan bổ sung)", I, 0);
        para_close(b);
        para_open(b, (para_style){NULL, "left", 0, -1, -1, 0});
        run(b, "…………………………………………………………………………………………………………", 0, 0);
        para_close(b);
    }
}

/* "Nơi nhận" on the left; the signer's authority, position and name, to fill, on the right. */
static void write_signature(sbuf *b, const report_data *r)
{
    const int widths[] = {HEAD_LEFT_W, HEAD_RIGHT_W};
    const congdoan_unit *parent = congdoan_unit_parent(r->unit);
    para_open(b, (para_style){NULL, NULL, 0, 120, 0, 0});
    para_close(b);
    table_open(b, widths, 2, 0);
    row_open(b, 0);
    sb_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>", widths[0]);
    para_open(b, (para_style){"Bang", "left", 0, 0, 0, 0});
    run(b, "Nơi nhận:", B | I, 24);
    para_close(b);
    if (parent) {
        char *line = xprintf("- %s (để báo cáo);", unit_label(parent));
        para_open(b, (para_style){"Bang", "left", 0, 0, 0, 0});
        run(b, line, 0, 22);
        para_close(b);
        free(line);
    }
    if (congdoan_progress_child_count(r->progress)) {
        para_open(b, (para_style){"Bang", "left", 0, 0, 0, 0});
        run(b, "- Các đơn vị trực thuộc;", 0, 22);
        para_close(b);
    }
    para_open(b, (para_style){"Bang", "left", 0, 0, 0, 0});
    run(b, "- Lưu: VT, ……", 0, 22);
    para_close(b);
    sb_puts(b, "</w:tc>");
    sb_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>", widths[1]);
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", B, 26);
    para_close(b);
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, "(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)", I, 24);
    para_close(b);
    for (int k = 0; k < 3; k++) {
        para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
        para_close(b);
    }
    para_open(b, (para_style){"Bang", "center", 0, 0, 0, 0});
    run(b, "Họ và tên", B, 26);
    para_close(b);
    sb_puts(b, "</w:tc>");
    row_close(b);
    sb_puts(b, "</w:tbl>");
}

/* word/document.xml, written to `to` as it is made. 0, or the errno of a failed write. */
static int document_xml(const report_data *r, FILE *to)
{
    sbuf b = {0};
    sb_stream(&b, to);
    char *period_text = period_words(congdoan_progress_period(r->progress));
    sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " W_NS "><w:body>");
    write_header_block(&b, r);
    write_title(&b, r, period_text);
    int section = 1;
    write_indicators(&b, r, section++);
    write_grid(&b, r, section++);
    if (congdoan_trend_period_count(r->trend) > 1 && congdoan_progress_indicator_count(r->progress))
        write_trend(&b, r, section++);
    write_completeness(&b, r, section++);
    write_findings(&b, r, section++);
    write_overdue(&b, r, section++);
    write_assessment(&b, section++);
    write_signature(&b, r);
    sb_printf(&b,
              "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
              "<w:pgSz w:w=\"%d\" w:h=\"%d\"/><w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\" "
              "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>\n",
              PAGE_W, PAGE_H, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);
    free(period_text);
    int err = sb_flush(&b);
    sb_free(&b);
    return err;
}

/* ---- the fixed parts ---------------------------------------------------------------------- */

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>\n";

static const char package_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>\n";

static const char document_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
    "Target=\"settings.xml\"/>"
    "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
    "Target=\"header1.xml\"/>"
    "</Relationships>\n";

/* Times New Roman 14 pt for the text (the decree: 13 to 14), single-and-a-bit line spacing, 6 pt
 * between paragraphs; "Muc" the section headings (outline level 1, so that they show in the
 * navigation pane), "Bang" the text of tables (12 pt), "Luoi" the tables' grid. */
static const char styles_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:styles " W_NS "><w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" "
    "w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\" "
    "w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
    "</w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Mục\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Bang\"><w:name w:val=\"Bảng\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
    "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
    "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
    "</w:tblCellMar></w:tblPr></w:style>"
    "<w:style w:type=\"table\" w:styleId=\"Luoi\"><w:name w:val=\"Lưới\"/><w:basedOn w:val=\"TableNormal\"/>"
    "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
    "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/></w:tblCellMar>"
    "</w:tblPr></w:style>"
    "</w:styles>\n";

static const char settings_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:settings " W_NS "><w:defaultTabStop w:val=\"720\"/>"
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
    "w:val=\"15\"/></w:compat></w:settings>\n";

/* The page number, centred in the top margin; the first page has none (titlePg). */
static const char header_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:hdr " W_NS "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>\n";

static char *core_xml(const report_data *r)
{
    sbuf b = {0};
    char iso[16];
    sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
    sb_text(&b, "Báo cáo kết quả thực hiện chỉ tiêu ");
    sb_text(&b, document_label(r->document));
    sb_text(&b, " — ");
    sb_text(&b, congdoan_unit_name(r->unit));
    sb_text(&b, " — ");
    sb_text(&b, congdoan_progress_period(r->progress));
    sb_puts(&b, "</dc:title><dc:creator>congdoan report</dc:creator><dc:language>vi-VN</dc:language>");
    sb_printf(&b, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%sT00:00:00Z</dcterms:created>",
              format_iso_date(iso, r->at));
    sb_puts(&b, "</cp:coreProperties>\n");
    return b.data;
}

/* ---- the archive -------------------------------------------------------------------------- */

/* Add `s` as the part `name`, deflated, with a fixed time (so that the same report gives the
 * same bytes). The archive owns `s` from here on, added or not. */
static int add_source(zip_t *z, const char *name, zip_source_t *s)
{
    if (!s)
        return -1;
    zip_int64_t index = zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(s);
        return -1;
    }
    zip_file_set_mtime(z, (zip_uint64_t)index, 315532800 + 86400, 0);
    return zip_set_file_compression(z, (zip_uint64_t)index, ZIP_CM_DEFLATE, 9);
}

static int add_part(zip_t *z, const char *name, const char *data)
{
    return add_source(z, name, zip_source_buffer(z, data, strlen(data), 0));
}

/* An unnamed temporary file for the body, which can be as long as the unit has organisations
 * under it: written as it is made, then read by libzip as it compresses. NULL after printing
 * why. */
static FILE *body_file(const report_data *r)
{
    FILE *f = temp_file(NULL);
    if (!f)
        return NULL;
    /* libzip records the file's mode in the archive: rw-rw-rw-, as it gives a part made from
     * memory, so that the same report is the same bytes (the file has no name) */
    fchmod(fileno(f), 0666);
    int err = document_xml(r, f);
    if (err) {
        print_error("cannot write the .docx's text to a temporary file: %s", strerror(err));
        fclose(f);
        return NULL;
    }
    rewind(f);
    return f;
}

/* Why libzip failed, in the person's language: the system's reason when there is one (strerror
 * follows the locale, as for the page), libzip's own words (English) only for its own errors. */
static const char *zip_reason(zip_error_t *e)
{
    if (zip_error_system_type(e) == ZIP_ET_SYS && zip_error_code_system(e))
        return strerror(zip_error_code_system(e));
    return zip_error_strerror(e);
}

int report_write_docx(const report_data *r, const char *path)
{
    FILE *body = body_file(r);
    if (!body)
        return -1;
    char *core = core_xml(r);
    int err = 0, rc = -1;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        print_error("cannot write '%s': %s", path, zip_reason(&e));
        zip_error_fini(&e);
        fclose(body);
        goto done;
    }
    /* [Content_Types].xml first, as readers that stream the archive expect; the body's source
     * takes the temporary file (closed when the archive is closed or discarded) */
    zip_source_t *body_source = zip_source_filep(z, body, 0, -1);
    if (!body_source)
        fclose(body);
    int failed = add_part(z, "[Content_Types].xml", content_types) != 0 ||
                 add_part(z, "_rels/.rels", package_rels) != 0 || add_part(z, "docProps/core.xml", core) != 0;
    if (failed)
        zip_source_free(body_source); /* not handed to the archive */
    if (failed || add_source(z, "word/document.xml", body_source) != 0 ||
        add_part(z, "word/_rels/document.xml.rels", document_rels) != 0 ||
        add_part(z, "word/styles.xml", styles_xml) != 0 || add_part(z, "word/settings.xml", settings_xml) != 0 ||
        add_part(z, "word/header1.xml", header_xml) != 0) {
        print_error("cannot write '%s': %s", path, zip_reason(zip_get_error(z)));
        zip_discard(z);
        goto done;
    }
    if (zip_close(z) != 0) {
        print_error("cannot write '%s': %s", path, zip_reason(zip_get_error(z)));
        zip_discard(z);
        goto done;
    }
    rc = 0;
done:
    free(core);
    return rc;
}
