/*
 * congdoan report — the library's results for a report, and the words and numbers the HTML
 * page and the Báo cáo share (report.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "report.h"

#include "common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- the results -------------------------------------------------------------------------- */

/* Whether `u` (or its organisation, for a body or department) is `top` or under it. */
static int in_subtree(const congdoan_unit *u, const congdoan_unit *top)
{
    for (; u; u = congdoan_unit_parent(u))
        if (u == top)
            return 1;
    return 0;
}

static int add_overdue(report_data *r, const congdoan_document *doc)
{
    congdoan_task_list *list = NULL;
    int rc = congdoan_corpus_overdue_tasks(r->corpus, doc, r->at, &list);
    if (rc != 0)
        return rc;
    size_t n = congdoan_task_list_count(list);
    if (n) {
        r->overdue = xrealloc(r->overdue, (r->overdue_count + n) * sizeof *r->overdue);
        for (size_t k = 0; k < n; k++)
            r->overdue[r->overdue_count++] = congdoan_task_list_get(list, k);
    }
    congdoan_task_list_free(list);
    return 0;
}

int report_data_compute(report_data *r)
{
    int rc = congdoan_trend_compute(r->corpus, r->document, r->unit, r->period, r->at, REPORT_TREND_PERIODS,
                                    &r->trend);
    if (rc != 0)
        return rc;
    r->progress = congdoan_trend_progress(r->trend, congdoan_trend_period_count(r->trend) - 1);
    rc = congdoan_breakdown_compute(r->progress, &r->breakdown);
    if (rc == 0)
        rc = add_overdue(r, r->document);
    congdoan_cascade *cascade = NULL;
    if (rc == 0)
        rc = congdoan_cascade_compute(r->corpus, r->document, &cascade);
    for (size_t l = 0; rc == 0 && l < congdoan_cascade_lower_count(cascade); l++) {
        const congdoan_document *lower = congdoan_cascade_lower(cascade, l);
        if (in_subtree(report_document_organisation(lower), r->unit))
            rc = add_overdue(r, lower);
    }
    congdoan_cascade_free(cascade);
    return rc;
}

void report_data_release(report_data *r)
{
    free(r->overdue);
    congdoan_breakdown_free(r->breakdown);
    congdoan_trend_free(r->trend);
    r->overdue = NULL;
    r->overdue_count = 0;
    r->breakdown = NULL;
    r->trend = NULL;
    r->progress = NULL;
}

size_t *report_findings_by_child(const report_data *r)
{
    const congdoan_progress *p = r->progress;
    size_t nc = congdoan_progress_child_count(p), nu = congdoan_corpus_unit_count(r->corpus);
    size_t *counts = xcalloc(nc ? nc : 1, sizeof *counts);
    /* 1 + the child's position, by corpus unit index */
    size_t *slot = xcalloc(nu ? nu : 1, sizeof *slot);
    for (size_t c = 0; c < nc; c++) {
        long k = congdoan_unit_index(congdoan_progress_child(p, c));
        if (k >= 0 && (size_t)k < nu)
            slot[k] = c + 1;
    }
    for (size_t f = 0; f < congdoan_progress_finding_count(p); f++) {
        const congdoan_unit *u = congdoan_progress_finding_unit(p, f);
        while (u && congdoan_unit_parent(u) != r->unit)
            u = congdoan_unit_parent(u);
        long k = u ? congdoan_unit_index(u) : -1;
        if (k >= 0 && (size_t)k < nu && slot[k])
            counts[slot[k] - 1]++;
    }
    free(slot);
    return counts;
}

/* ---- marks -------------------------------------------------------------------------------- */

void report_finding_get(const congdoan_progress *p, size_t k, report_finding *f)
{
    const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
    double reported = 0, computed = 0;
    congdoan_progress_finding_values(p, k, &reported, &computed);
    f->unit = congdoan_unit_name(congdoan_progress_finding_unit(p, k));
    f->indicator = ind ? congdoan_indicator_id(ind) : "";
    f->reported = figure_words(ind, reported);
    f->computed = figure_words(ind, computed);
    f->difference = figure_words(ind, reported - computed);
}

void report_finding_release(report_finding *f)
{
    free(f->reported);
    free(f->computed);
    free(f->difference);
}

report_mark report_mark_of(congdoan_eval_status status)
{
    switch (status) {
    case CONGDOAN_EVAL_ACHIEVED: return MARK_ACHIEVED;
    case CONGDOAN_EVAL_NOT_ACHIEVED: return MARK_NOT_ACHIEVED;
    case CONGDOAN_EVAL_EXCEEDED: return MARK_EXCEEDED;
    case CONGDOAN_EVAL_NOT_AGGREGABLE: return MARK_NOT_AGGREGABLE;
    default: return MARK_NO_DATA;
    }
}

report_mark report_cell_mark(const congdoan_breakdown *b, size_t c, size_t i)
{
    if (congdoan_breakdown_basis(b, c, i) == CONGDOAN_BASIS_NONE && congdoan_breakdown_actual(b, c, i, NULL) == 0)
        return MARK_NOT_JUDGED;
    return report_mark_of(congdoan_breakdown_status(b, c, i));
}

/* The library's status for each mark (its label is the mark's words), the symbol and the class. */
static const struct {
    congdoan_eval_status status;
    const char *symbol, *class_name;
} mark_table[] = {
    [MARK_NO_DATA] = {CONGDOAN_EVAL_NO_DATA, "–", "none"},
    [MARK_ACHIEVED] = {CONGDOAN_EVAL_ACHIEVED, "✓", "ok"},
    [MARK_NOT_ACHIEVED] = {CONGDOAN_EVAL_NOT_ACHIEVED, "✗", "miss"},
    [MARK_EXCEEDED] = {CONGDOAN_EVAL_EXCEEDED, "▲", "over"},
    [MARK_NOT_AGGREGABLE] = {CONGDOAN_EVAL_NOT_AGGREGABLE, "≈", "nagg"},
    [MARK_NOT_JUDGED] = {CONGDOAN_EVAL_NO_DATA, "○", "part"},
};

const char *report_mark_words(report_mark mark)
{
    if (mark == MARK_NOT_JUDGED)
        return "không đánh giá riêng";
    const char *words = congdoan_eval_status_label(mark_table[mark].status);
    return words ? words : "";
}
const char *report_mark_symbol(report_mark mark) { return mark_table[mark].symbol; }
const char *report_mark_class(report_mark mark) { return mark_table[mark].class_name; }

/* ---- targets and words ----------------------------------------------------------------- */

static const char *comparator_name(const congdoan_indicator *ind)
{
    const char *name = congdoan_comparator_name(congdoan_indicator_comparator(ind));
    return name ? name : "";
}

char *report_target_symbols(const congdoan_indicator *ind, int with_unit)
{
    char *s = format_target(ind);
    const char *uom = congdoan_indicator_unit_of_measure(ind);
    if (!with_unit || !uom || is_percent(ind))
        return s;
    char *u = xprintf("%s %s", s, uom);
    free(s);
    return u;
}

char *report_target_words(const congdoan_indicator *ind)
{
    const char *pct = is_percent(ind) ? "%" : "";
    char *t = vn_number(congdoan_indicator_target(ind), 4), *s;
    double max = 0;
    char *m = congdoan_indicator_target_max(ind, &max) == 0 ? vn_number(max, 4) : NULL;
    const char *cmp = comparator_name(ind);
    if (strcmp(cmp, "at-least") == 0 || (strcmp(cmp, "range") == 0 && !m))
        s = xprintf("từ %s%s trở lên", t, pct);
    else if (strcmp(cmp, "at-most") == 0)
        s = xprintf("không quá %s%s", t, pct);
    else if (strcmp(cmp, "exactly") == 0)
        s = xprintf("đúng %s%s", t, pct);
    else if (strcmp(cmp, "range") == 0)
        s = xprintf("từ %s đến %s%s", t, m, pct);
    else if (strcmp(cmp, "range-or-more") == 0 && m)
        s = xprintf("từ %s–%s%s trở lên", t, m, pct);
    else if (strcmp(cmp, "more-than") == 0)
        s = xprintf("trên %s%s", t, pct);
    else if (strcmp(cmp, "less-than") == 0)
        s = xprintf("dưới %s%s", t, pct);
    else if (strcmp(cmp, "about") == 0)
        s = xprintf("khoảng %s%s", t, pct);
    else
        s = xprintf("%s%s", t, pct);
    free(t);
    free(m);
    return s;
}

char *report_submission_words(congdoan_submission submission, int submitted, int deadline)
{
    const char *words = congdoan_submission_label(submission);
    if (submission == CONGDOAN_SUBMISSION_LATE && submitted && deadline)
        return xprintf("%s %ld ngày", words, days_between(deadline, submitted));
    return xstrdup(words ? words : "");
}

char *report_date_words(int ymd)
{
    return xprintf("ngày %02d tháng %02d năm %d", ymd % 100, ymd / 100 % 100, ymd / 10000);
}

const congdoan_unit *report_document_organisation(const congdoan_document *doc)
{
    const congdoan_unit *u = congdoan_document_issuer(doc);
    if (!u)
        u = congdoan_document_issuing_body(doc);
    while (u && congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION)
        u = congdoan_unit_parent(u);
    return u;
}

char *report_document_words(const congdoan_document *doc)
{
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc));
    const congdoan_unit *body = congdoan_document_issuing_body(doc);
    const congdoan_unit *org = report_document_organisation(doc);
    sbuf b = {0};
    if (kind && *kind) {
        /* "Chương trình", not "chương trình", at the start of a line */
        sb_puts(&b, kind);
        if (b.len && b.data[0] >= 'a' && b.data[0] <= 'z')
            b.data[0] = (char)(b.data[0] - 'a' + 'A');
        sb_puts(&b, " ");
    }
    sb_printf(&b, "số %s", document_label(doc));
    char date[16];
    if (congdoan_document_issued(doc))
        sb_printf(&b, " ngày %s", format_date(date, congdoan_document_issued(doc)));
    if (body && org && body != org)
        sb_printf(&b, " của %s %s", congdoan_unit_name(body), congdoan_unit_name(org));
    else if (org)
        sb_printf(&b, " của %s", congdoan_unit_name(org));
    return b.data ? b.data : xstrdup("");
}

/* ---- XML and HTML text --------------------------------------------------------------------- */

void sb_text(sbuf *b, const char *s)
{
    if (!s)
        return;
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                rep = "";
        }
        if (rep) {
            sb_put(b, run, (size_t)(s - run));
            sb_puts(b, rep);
            run = s + 1;
        }
    }
    sb_put(b, run, (size_t)(s - run));
}
