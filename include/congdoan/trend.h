/*
 * libcongdoan — the progress of a document over the periods that have reports: half-years
 * and years, up to the one asked for.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TREND_H
#define CONGDOAN_TREND_H

#include "common.h"
#include "progress.h"

/**
 * @file congdoan/trend.h
 * @brief How the figures of a document moved over the reporting periods: the progress of
 * the same document over the same subtree for each earlier period that has reports, and for
 * the period asked for.
 *
 * The earlier periods are the years (`2024`) and half-years (`2025-H1`, `2024-H2`) for which
 * at least one report against the document was made by the unit or an organisation under it
 * (submitted on or before the reference date, when one is given), that end on or before the
 * last day of the period asked for. Quarters and months are left out: offices report their
 * figures by half-year and year, and a trend mixing them would compare unlike things. The
 * periods are ordered by their last day, a half-year before the year that ends on the same
 * day; the period asked for comes last, whether or not it has reports. Each period is judged
 * against the same targets (the document's), as congdoan_progress_compute() does; a
 * half-year's counts are the half-year's.
 *
 * Cost: one pass over the corpus's reports and a sort of the periods found, then one progress
 * computation per period kept. `max_periods` bounds that: only the latest periods are kept.
 */

CONGDOAN_BEGIN_DECL

/** The progress of one document over several periods. */
typedef struct congdoan_trend congdoan_trend;

/**
 * Evaluate `document` over the subtree of `unit` for `period` and the earlier periods that
 * have reports.
 *
 * @param corpus the corpus it works on.
 * @param document the plan or programme whose indicators are evaluated.
 * @param unit the top of the subtree (a unit of the corpus; departments are refused).
 * @param period the last period (any period code congdoan_progress_compute() takes).
 * @param at_ymd the reference date for every period (0: none), as in congdoan_progress_compute().
 * @param max_periods at most this many periods, the latest ones (`period` included); 0: all.
 * @param[out] out the result, owned by the caller: release with congdoan_trend_free(). NULL on
 *             failure.
 * @return 0, CONGDOAN_EINVAL (as congdoan_progress_compute()) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_trend_compute(const congdoan_corpus *corpus, const congdoan_document *document,
                                        const congdoan_unit *unit, const char *period, int at_ymd,
                                        size_t max_periods, congdoan_trend **out);

/** Release a trend and the progress results in it. On NULL: does nothing. */
CONGDOAN_API void congdoan_trend_free(congdoan_trend *trend);

/** The number of periods (at least 1: the period asked for is always the last). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_trend_period_count(const congdoan_trend *trend);
/** The k-th period code, oldest first, or NULL. Owned by the trend. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_trend_period(const congdoan_trend *trend, size_t k);
/**
 * The progress for the k-th period, or NULL. Owned by the trend (do not free it); read it with
 * the functions of congdoan/progress.h. On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_progress *congdoan_trend_progress(const congdoan_trend *trend, size_t k);

CONGDOAN_END_DECL

#endif /* CONGDOAN_TREND_H */
