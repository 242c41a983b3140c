/*
 * The trend of a document's progress: the progress engine run for each year and half-year that
 * has reports from the subtree, up to the period asked for.
 *
 * One pass over the reports collects the (first day, last day) of every qualifying period with
 * the code of one report that has it; a sort puts them in order and folds duplicates; then one
 * congdoan_progress_compute() per period kept.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct span {
    int first, last;
    const char *code;   /* borrowed from a report (or the caller, for the period asked for) */
} span;

struct congdoan_trend {
    size_t count;
    congdoan_progress **progress;   /* count, oldest first */
};

CONGDOAN_API void congdoan_trend_free(congdoan_trend *t)
{
    if (!t)
        return;
    for (size_t k = 0; k < t->count; k++)
        congdoan_progress_free(t->progress[k]);
    congdoan__dealloc(t->progress);
    congdoan__dealloc(t);
}

/* By last day; on the same last day the shorter period (the later first day) first. */
static int compare_spans(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->last != y->last)
        return x->last < y->last ? -1 : 1;
    return x->first > y->first ? -1 : x->first < y->first;
}

/* Whether `u` (or, for a department or body, its organisation) is `top` or under it. */
static int in_subtree(const congdoan_unit *u, const congdoan_unit *top)
{
    while (u && u->kind != CONGDOAN_UNIT_ORGANISATION)
        u = u->owner;
    for (; u; u = u->parent)
        if (u == top)
            return 1;
    return 0;
}

/* The earlier periods with reports, sorted and without duplicates, into *out (count in *n). */
static int earlier_periods(const congdoan_corpus *c, const congdoan_document *doc, const congdoan_unit *unit,
                           int at_ymd, int first, int last, span **out, size_t *n)
{
    span *spans = congdoan__calloc(c->reports.count ? c->reports.count : 1, sizeof *spans);
    if (!spans)
        return CONGDOAN_ENOMEM;
    size_t count = 0;
    for (size_t k = 0; k < c->reports.count; k++) {
        const congdoan_report *r = c->reports.items[k];
        congdoan_period_kind kind;
        int f, l;
        if (!r->document_id || strcmp(r->document_id, doc->id) != 0 || !r->period)
            continue;
        if (at_ymd && r->submitted > at_ymd)
            continue;
        if (congdoan__period_parse(r->period, strlen(r->period), &kind, &f, &l) != 0 ||
            (kind != CONGDOAN_PERIOD_YEAR && kind != CONGDOAN_PERIOD_HALF_YEAR))
            continue;
        if (l > last || (f == first && l == last))
            continue;
        if (!in_subtree(congdoan_report_unit(r), unit))
            continue;
        spans[count++] = (span){f, l, r->period};
    }
    if (count)
        qsort(spans, count, sizeof *spans, compare_spans);
    size_t kept = 0;
    for (size_t k = 0; k < count; k++)
        if (kept == 0 || spans[k].first != spans[kept - 1].first || spans[k].last != spans[kept - 1].last)
            spans[kept++] = spans[k];
    *out = spans;
    *n = kept;
    return 0;
}

CONGDOAN_API int congdoan_trend_compute(const congdoan_corpus *corpus, const congdoan_document *doc,
                                        const congdoan_unit *unit, const char *period, int at_ymd,
                                        size_t max_periods, congdoan_trend **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus);
    if (!doc)
        return congdoan__invalid_arg("document");
    CONGDOAN__CHECK_ARG(unit);
    CONGDOAN__CHECK_ARG(period);
    /* The period asked for first: its errors are those of congdoan_progress_compute(). */
    congdoan_progress *current = NULL;
    int rc = congdoan_progress_compute(corpus, doc, unit, period, at_ymd, &current);
    if (rc != 0)
        return rc;
    int first, last;
    congdoan__period_parse(period, strlen(period), NULL, &first, &last);

    span *spans = NULL;
    size_t n = 0;
    congdoan_trend *t = congdoan__calloc(1, sizeof *t);
    if (!t || earlier_periods(corpus, doc, unit, at_ymd, first, last, &spans, &n) != 0)
        goto nomem;
    size_t skip = max_periods && n + 1 > max_periods ? n + 1 - max_periods : 0;
    t->progress = congdoan__calloc(n + 1 - skip, sizeof *t->progress);
    if (!t->progress)
        goto nomem;
    for (size_t k = skip; k < n; k++) {
        rc = congdoan_progress_compute(corpus, doc, unit, spans[k].code, at_ymd, &t->progress[t->count]);
        if (rc != 0)
            goto fail;
        t->count++;
    }
    t->progress[t->count++] = current;
    congdoan__dealloc(spans);
    *out = t;
    return CONGDOAN_OK;
nomem:
    rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory following document '%s' over its periods", doc->id);
fail:
    congdoan__dealloc(spans);
    congdoan_progress_free(current);
    congdoan_trend_free(t);
    return rc;
}

CONGDOAN_API size_t congdoan_trend_period_count(const congdoan_trend *t)
{
    CONGDOAN__NOT_NULL(t, "trend", 0);
    return t->count;
}

CONGDOAN_API const char *congdoan_trend_period(const congdoan_trend *t, size_t k)
{
    CONGDOAN__NOT_NULL(t, "trend", NULL);
    return k < t->count ? congdoan_progress_period(t->progress[k]) : NULL;
}

CONGDOAN_API const congdoan_progress *congdoan_trend_progress(const congdoan_trend *t, size_t k)
{
    CONGDOAN__NOT_NULL(t, "trend", NULL);
    return k < t->count ? t->progress[k] : NULL;
}
