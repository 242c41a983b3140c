/*
 * The reports of a document, a unit, a period (congdoan/reports.h): one pass over the corpus's
 * reports in load order, so that callers need not write it again.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <stdint.h>
#include <string.h>

#include "congdoan/reports.h"

struct congdoan_report_list {
    size_t count;
    const congdoan_report **items;
    size_t period_count;
    const char **periods;
};

static int matches(const congdoan_report *r, const congdoan_document *document, const char *unit_id,
                   const char *period, int at_ymd)
{
    if (document && congdoan_report_document(r) != document)
        return 0;
    if (unit_id && strcmp(congdoan_report_unit_id(r), unit_id) != 0)
        return 0;
    if (period && strcmp(congdoan_report_period(r), period) != 0)
        return 0;
    if (at_ymd && congdoan_report_submitted(r) > at_ymd)
        return 0;
    return 1;
}

/* Indexes into a list's periods, open addressing; `cap` a power of two, at most half full. */
typedef struct period_set {
    size_t *slots;
    size_t cap;
} period_set;

static uint64_t period_hash(const char *p)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a: periods are the corpus's own short strings */
    for (const unsigned char *c = (const unsigned char *)p; *c; c++)
        h = (h ^ *c) * 1099511628211u;
    return h;
}

static size_t *period_slot(const period_set *ps, const congdoan_report_list *list, const char *p)
{
    size_t k = (size_t)period_hash(p) & (ps->cap - 1);
    while (ps->slots[k] != (size_t)-1 && strcmp(list->periods[ps->slots[k]], p) != 0)
        k = (k + 1) & (ps->cap - 1);
    return &ps->slots[k];
}

/* Period p into list->periods when it is new. 0 or CONGDOAN_ENOMEM. */
static int add_period(period_set *ps, congdoan_report_list *list, const char *p)
{
    if (2 * (list->period_count + 1) > ps->cap) {
        period_set grown = {NULL, ps->cap ? 2 * ps->cap : 16};
        if (!(grown.slots = congdoan__malloc(grown.cap * sizeof *grown.slots)))
            return CONGDOAN_ENOMEM;
        for (size_t k = 0; k < grown.cap; k++)
            grown.slots[k] = (size_t)-1;
        for (size_t i = 0; i < list->period_count; i++)
            *period_slot(&grown, list, list->periods[i]) = i;
        congdoan__dealloc(ps->slots);
        *ps = grown;
    }
    size_t *slot = period_slot(ps, list, p);
    if (*slot == (size_t)-1) {
        *slot = list->period_count;
        list->periods[list->period_count++] = p;
    }
    return 0;
}

CONGDOAN_API int congdoan_corpus_reports_find(const congdoan_corpus *corpus, const congdoan_document *document,
                                              const congdoan_unit *unit, const char *period, int at_ymd,
                                              congdoan_report_list **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    if (at_ymd != 0 && !congdoan_date_is_valid(at_ymd))
        return congdoan__error(CONGDOAN_EINVAL, "date %d does not exist", at_ymd);
    const char *unit_id = unit ? congdoan_unit_id(unit) : NULL;
    size_t total = congdoan_corpus_report_count(corpus), n = 0;
    for (size_t i = 0; i < total; i++)
        n += (size_t)matches(congdoan_corpus_report(corpus, i), document, unit_id, period, at_ymd);
    congdoan_report_list *list = congdoan__calloc(1, sizeof *list);
    if (!list)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing reports");
    if (n) {
        list->items = congdoan__calloc(n, sizeof *list->items);
        list->periods = congdoan__calloc(n, sizeof *list->periods);
        if (!list->items || !list->periods) {
            congdoan_report_list_free(list);
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing reports");
        }
    }
    /* the different periods, in first-seen order, through an open-addressing set of indexes
     * into list->periods (a corpus may hold reports for thousands of day periods), sized by
     * the periods found, not by the reports: a national list of 150,000 reports for one
     * period needs 16 slots, not 4 MiB */
    period_set ps = {NULL, 0};
    for (size_t i = 0; i < total; i++) {
        const congdoan_report *r = congdoan_corpus_report(corpus, i);
        if (!matches(r, document, unit_id, period, at_ymd))
            continue;
        list->items[list->count++] = r;
        if (add_period(&ps, list, congdoan_report_period(r)) != 0) {
            congdoan__dealloc(ps.slots);
            congdoan_report_list_free(list);
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing reports");
        }
    }
    congdoan__dealloc(ps.slots);
    *out = list;
    return 0;
}

CONGDOAN_API void congdoan_report_list_free(congdoan_report_list *list)
{
    if (!list)
        return;
    congdoan__dealloc(list->items);
    congdoan__dealloc(list->periods);
    congdoan__dealloc(list);
}

CONGDOAN_API size_t congdoan_report_list_count(const congdoan_report_list *list)
{
    CONGDOAN__NOT_NULL(list, "list", 0);
    return list->count;
}

CONGDOAN_API const congdoan_report *congdoan_report_list_get(const congdoan_report_list *list, size_t i)
{
    CONGDOAN__NOT_NULL(list, "list", NULL);
    return i < list->count ? list->items[i] : NULL;
}

CONGDOAN_API size_t congdoan_report_list_period_count(const congdoan_report_list *list)
{
    CONGDOAN__NOT_NULL(list, "list", 0);
    return list->period_count;
}

CONGDOAN_API const char *congdoan_report_list_period(const congdoan_report_list *list, size_t i)
{
    CONGDOAN__NOT_NULL(list, "list", NULL);
    return i < list->period_count ? list->periods[i] : NULL;
}
