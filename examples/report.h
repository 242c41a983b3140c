/*
 * congdoan report — what the HTML page (report-html.c) and the Báo cáo in Word format
 * (report-docx.c) are made of: the library's results for one document, unit, period and
 * reference date, and the words and numbers both write them with.
 *
 * Every figure comes from the library (congdoan/progress.h, breakdown.h, trend.h, tasks.h);
 * the renderers only lay them out.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_REPORT_H
#define CONGDOAN_EXAMPLES_REPORT_H

#include <stddef.h>

#include "common.h"

/* The most periods the trend shows (the latest ones): three years of half-years and years. */
#define REPORT_TREND_PERIODS 6

/* Everything a report shows. The results are owned by it (report_data_release()); the
 * corpus, document and unit are borrowed. */
typedef struct report_data {
    const congdoan_corpus *corpus;
    const congdoan_document *document;
    const congdoan_unit *unit;
    const char *period;
    int at;                          /* the reference date: figures and overdue tasks at that day */
    congdoan_trend *trend;           /* the period and the earlier ones; the last is the period */
    const congdoan_progress *progress;   /* = the trend's last */
    congdoan_breakdown *breakdown;
    /* The tasks overdue at `at`: the document's own, then those of the lower documents that
     * concretise or implement it issued by the unit or an organisation under it. Borrowed
     * from the corpus; the array is owned. */
    const congdoan_task **overdue;
    size_t overdue_count;
} report_data;

/* Compute what the report shows. Returns 0, or a library status (the error is set). */
int report_data_compute(report_data *r);
void report_data_release(report_data *r);

/* The most findings the report lists one by one (a national file can have thousands); the
 * rest are counted by child, and `congdoan progress --format csv --table findings` lists all. */
#define REPORT_FINDINGS_SHOWN 30

/* For each child of the unit (in the order of congdoan_progress_child()), how many findings
 * lie in its subtree: a malloc'd array of congdoan_progress_child_count() counts. */
size_t *report_findings_by_child(const report_data *r);

/* Finding k of the progress as a row of the report: the unit's name, the indicator's id, and
 * the figures (malloc'd) as the unit reported its subtree, as added up from below, and the
 * difference. Free with report_finding_release(). */
typedef struct report_finding {
    const char *unit, *indicator;
    char *reported, *computed, *difference;
} report_finding;
void report_finding_get(const congdoan_progress *p, size_t k, report_finding *f);
void report_finding_release(report_finding *f);

/* ---- the status of a figure, as the report names and draws it ---------------------------- */

/* The kinds of cells the report tells apart: the library's statuses, and a figure that is not
 * judged (a count without an allocation for a child). */
typedef enum report_mark {
    MARK_NO_DATA,        /* chưa có số liệu */
    MARK_ACHIEVED,       /* đạt */
    MARK_NOT_ACHIEVED,   /* chưa đạt */
    MARK_EXCEEDED,       /* vượt (vocabulary 1.2: above a range) */
    MARK_NOT_AGGREGABLE, /* không cộng được */
    MARK_NOT_JUDGED      /* a figure with nothing to judge it against */
} report_mark;

/* The mark of a library status, and of a breakdown cell. */
report_mark report_mark_of(congdoan_eval_status status);
report_mark report_cell_mark(const congdoan_breakdown *b, size_t c, size_t i);
/* The library's words for the status (congdoan_eval_status_label(): "đạt", "chưa đạt", "vượt",
 * "chưa có số liệu", "không cộng được"), or "không đánh giá riêng". */
const char *report_mark_words(report_mark mark);
/* A symbol that says the same without colour: ✓ ✗ ▲ – ≈ ○. */
const char *report_mark_symbol(report_mark mark);
/* A class name for the style sheet: "ok", "miss", "over", "none", "nagg", "part". */
const char *report_mark_class(report_mark mark);

/* ---- numbers and words -------------------------------------------------------------------- */

/* The target in symbols (format_target(): "≥ 98%", "≥ 1.810", "10–20%"), with the unit of
 * measure of a count when `with_unit` ("≥ 1.810 đoàn viên"). malloc'd. */
char *report_target_symbols(const congdoan_indicator *ind, int with_unit);
/* The target in words, as documents write it: "từ 98% trở lên", "không quá 5", "từ 10 đến
 * 20%". malloc'd. */
char *report_target_words(const congdoan_indicator *ind);
/* The library's words for a submission (congdoan_submission_label()), with the days of a late
 * one: "đúng hạn", "muộn 8 ngày", "chưa nộp", "đã nhận". malloc'd. */
char *report_submission_words(congdoan_submission submission, int submitted, int deadline);
/* "ngày 15 tháng 12 năm 2025" (with a leading zero below 10, as the decree asks). malloc'd. */
char *report_date_words(int ymd);
/* The document in one line: "Chương trình số 13/CTr-LĐLĐ ngày 27/02/2025 của Ban Chấp hành
 * Liên đoàn Lao động tỉnh Lai Châu". malloc'd. */
char *report_document_words(const congdoan_document *doc);
/* The issuing organisation of the document (its issuer, or the organisation of the issuing
 * body), or NULL. */
const congdoan_unit *report_document_organisation(const congdoan_document *doc);

/* Text added to `b` escaped for XML and HTML (& < > " '); control characters other than tab
 * and line breaks are dropped (XML 1.0 cannot carry them). */
void sb_text(sbuf *b, const char *s);

/* ---- the renderers ------------------------------------------------------------------------- */

/* The page: one self-contained HTML file (inline CSS and SVG, no script, a Content-Security-
 * Policy that forbids every load). Appended to `out`. */
void report_write_html(const report_data *r, sbuf *out);

/* The Báo cáo in the administrative format of Decree 30/2020/NĐ-CP, as a .docx written to
 * `path` (replaced when libzip closes the archive). Returns 0, or -1 after printing why. */
int report_write_docx(const report_data *r, const char *path);

#endif /* CONGDOAN_EXAMPLES_REPORT_H */
