/*
 * libcongdoan — which reports there are: of a document, of a unit, for a period.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_REPORTS_H
#define CONGDOAN_REPORTS_H

#include "common.h"

/**
 * @file congdoan/reports.h
 * @brief The reports made against a document, by a unit, for a period, received by a date.
 *
 * A report list is an object of its own (free it); the reports in it are borrowed from the
 * corpus, in load order.
 */

CONGDOAN_BEGIN_DECL

/** A list of reports. */
typedef struct congdoan_report_list congdoan_report_list;

/**
 * The reports that match every filter given (a NULL or 0 filter matches all), in load order.
 * @param corpus the corpus it works on.
 * @param document only the reports made against this document, or NULL.
 * @param unit only the reports of this unit (by its id, loaded or not), or NULL.
 * @param period only the reports for this period code ("2025-H1"), or NULL.
 * @param at_ymd only the reports submitted on or before this date (a report without a
 *        submission date counts at every date), or 0.
 * @param[out] out the list, owned by the caller: release with congdoan_report_list_free().
 * @return 0, CONGDOAN_EINVAL (a NULL corpus or out, a date that does not exist) or
 *         CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`document`, `unit` and `period` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_reports_find(const congdoan_corpus *corpus, const congdoan_document *document,
                                              const congdoan_unit *unit, const char *period, int at_ymd,
                                              congdoan_report_list **out);

/** Release a report list. On NULL: does nothing. */
CONGDOAN_API void congdoan_report_list_free(congdoan_report_list *list);
/** The number of reports in the list. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_report_list_count(const congdoan_report_list *list);
/** The i-th report, borrowed from the corpus; NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const congdoan_report *congdoan_report_list_get(const congdoan_report_list *list, size_t i);

/**
 * The different periods of the reports in the list, in the order they first appear.
 * @return the number of periods; the i-th with congdoan_report_list_period().
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_report_list_period_count(const congdoan_report_list *list);
/** The i-th different period of the list (borrowed from a report), or NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_report_list_period(const congdoan_report_list *list, size_t i);

CONGDOAN_END_DECL

#endif /* CONGDOAN_REPORTS_H */
