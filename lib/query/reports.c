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

/* Period p into list->periods when `seen` does not hold it yet. 0 or CONGDOAN_ENOMEM. */
static int add_period(congdoan__map *seen, congdoan_report_list *list, const char *p)
{
    size_t len = strlen(p);
    uint64_t hash = congdoan__map_hash(seen, p, len);
    if (congdoan__map_get_hashed(seen, p, len, hash))
        return 0;
    if (congdoan__map_reserve(seen, seen->count + 1) != 0)
        return CONGDOAN_ENOMEM;
    congdoan__map_put_hashed(seen, p, len, hash, (void *)p);
    list->periods[list->period_count++] = p;
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
    /* the different periods, in first-seen order, through the library's table (it grows with
     * the periods found: a national list of 150,000 reports for one period holds one entry); a
     * report of the same period as the one before, the usual, is not looked up */
    congdoan__map seen;
    congdoan__map_init(&seen, &corpus->hash_key);
    const char *last = NULL;
    for (size_t i = 0; i < total; i++) {
        const congdoan_report *r = congdoan_corpus_report(corpus, i);
        if (!matches(r, document, unit_id, period, at_ymd))
            continue;
        list->items[list->count++] = r;
        const char *p = congdoan_report_period(r);
        if (p == last)
            continue;
        last = p;
        if (add_period(&seen, list, p) != 0) {
            congdoan__map_release(&seen);
            congdoan_report_list_free(list);
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory listing reports");
        }
    }
    congdoan__map_release(&seen);
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
