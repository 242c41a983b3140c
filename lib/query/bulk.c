/*
 * Bulk access (congdoan/bulk.h): tables copied into caller-supplied arrays, for bindings that
 * pay a price per call. Everything here only reads; the accessors of the other modules stay the
 * reference for what each column means, and the per-object columns below read the model the
 * same way they do.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <math.h>

/* The number of rows of a table of `total` rows that a call for [start, start + count) writes. */
static size_t rows(size_t total, size_t start, size_t count)
{
    if (start >= total)
        return 0;
    return count < total - start ? count : total - start;
}

static long index_of(const congdoan_unit *u)
{
    return u ? (long)u->index : -1;
}

CONGDOAN_API long congdoan_unit_index(const congdoan_unit *unit)
{
    CONGDOAN__NOT_NULL(unit, "unit", -1);
    return index_of(unit);
}

/* ---- units --------------------------------------------------------------------------------- */

CONGDOAN_API size_t congdoan_corpus_units_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                               const char **id, const char **name, long *parent, int *kind,
                                               int *level, int *sector, long *members, long *workers)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    size_t n = corpus ? rows(corpus->units.count, start, count) : 0;
    for (size_t r = 0; r < n; r++) {
        const congdoan_unit *u = corpus->units.items[start + r];
        if (id)
            id[r] = u->id;
        if (name)
            name[r] = u->name;
        if (parent)
            parent[r] = index_of(congdoan_unit_parent(u));
        if (kind)
            kind[r] = (int)u->kind;
        if (level)
            level[r] = (int)u->level;
        if (sector)
            sector[r] = (int)u->sector;
        if (members)
            members[r] = u->members;
        if (workers)
            workers[r] = u->workers;
    }
    return n;
}

CONGDOAN_API size_t congdoan_corpus_classifications_fill(const congdoan_corpus *corpus, int year, size_t start,
                                                         size_t count, int *grade)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    size_t n = corpus ? rows(corpus->units.count, start, count) : 0;
    for (size_t r = 0; grade && r < n; r++)
        grade[r] = (int)congdoan_unit_classification(corpus->units.items[start + r], year);
    return n;
}

/* ---- reports and values -------------------------------------------------------------------- */

CONGDOAN_API size_t congdoan_corpus_reports_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                                 const char **id, const char **unit_id, long *unit,
                                                 const char **document_id, const char **period, int *submitted,
                                                 size_t *value_count)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    size_t n = corpus ? rows(corpus->reports.count, start, count) : 0;
    for (size_t r = 0; r < n; r++) {
        const congdoan_report *rep = corpus->reports.items[start + r];
        if (id)
            id[r] = rep->id;
        if (unit_id)
            unit_id[r] = rep->unit_id;
        if (unit)
            unit[r] = index_of(congdoan__unit_lookup(corpus, rep->unit_id));
        if (document_id)
            document_id[r] = rep->document_id;
        if (period)
            period[r] = rep->period;
        if (submitted)
            submitted[r] = rep->submitted;
        if (value_count)
            value_count[r] = rep->value_count;
    }
    return n;
}

CONGDOAN_API size_t congdoan_corpus_value_count(const congdoan_corpus *corpus)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    size_t total = 0;
    for (size_t i = 0; i < corpus->reports.count; i++)
        total += ((const congdoan_report *)corpus->reports.items[i])->value_count;
    return total;
}

/* Copy values [from, from + n) of one report into row `out` onwards of the columns. */
static void copy_values(const congdoan_report *rep, size_t from, size_t n, size_t out, const char **indicator_id,
                        double *value, double *numerator, double *denominator, int *flags, int *coverage)
{
    for (size_t k = 0; k < n; k++) {
        const congdoan__value value_k = congdoan__report_value_get(rep, from + k), *v = &value_k;
        size_t o = out + k;
        int plain = (v->flags & CONGDOAN__VALUE_PLAIN) != 0, fraction = (v->flags & CONGDOAN__VALUE_FRACTION) != 0;
        if (indicator_id)
            indicator_id[o] = CONGDOAN__VALUE_ID(rep, v);
        if (value)
            value[o] = plain ? v->value : NAN;
        if (numerator)
            numerator[o] = fraction ? v->numerator : NAN;
        if (denominator)
            denominator[o] = fraction ? v->denominator : NAN;
        if (flags)
            flags[o] = (plain ? CONGDOAN_VALUE_HAS_FIGURE : 0) | (fraction ? CONGDOAN_VALUE_HAS_FRACTION : 0);
        if (coverage)
            coverage[o] = (int)v->coverage;
    }
}

CONGDOAN_API size_t congdoan_corpus_values_fill(const congdoan_corpus *corpus, size_t start, size_t count,
                                                long *report, const char **indicator_id, double *value,
                                                double *numerator, double *denominator, int *flags, int *coverage)
{
    CONGDOAN__NOT_NULL(corpus, "corpus", 0);
    if (!corpus || count == 0)
        return 0;
    /* Find the report that holds row `start`. */
    size_t i = 0, skipped = 0, nrep = corpus->reports.count;
    while (i < nrep) {
        size_t vc = ((const congdoan_report *)corpus->reports.items[i])->value_count;
        if (start < skipped + vc)
            break;
        skipped += vc;
        i++;
    }
    size_t written = 0, from = start - skipped;
    for (; i < nrep && written < count; i++, from = 0) {
        const congdoan_report *rep = corpus->reports.items[i];
        size_t n = rows(rep->value_count, from, count - written);
        copy_values(rep, from, n, written, indicator_id, value, numerator, denominator, flags, coverage);
        for (size_t k = 0; report && k < n; k++)
            report[written + k] = (long)i;
        written += n;
    }
    return written;
}

CONGDOAN_API size_t congdoan_report_values_fill(const congdoan_report *report, size_t start, size_t count,
                                                const char **indicator_id, double *value, double *numerator,
                                                double *denominator, int *flags, int *coverage)
{
    CONGDOAN__NOT_NULL(report, "report", 0);
    size_t n = report ? rows(report->value_count, start, count) : 0;
    if (n)
        copy_values(report, start, n, 0, indicator_id, value, numerator, denominator, flags, coverage);
    return n;
}

/* ---- progress results ------------------------------------------------------------------------ */
/* The result is opaque to this file (progress.c): its public accessors are the reference. */

CONGDOAN_API size_t congdoan_progress_indicators_fill(const congdoan_progress *p, size_t start, size_t count,
                                                      int *status, int *source, double *actual, double *numerator,
                                                      double *denominator, double *ratio, size_t *contributors,
                                                      size_t *unaggregated)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    size_t n = p ? rows(congdoan_progress_indicator_count(p), start, count) : 0;
    for (size_t r = 0; r < n; r++) {
        size_t i = start + r;
        double v, num, den;
        if (status)
            status[r] = (int)congdoan_progress_status(p, i);
        if (source)
            source[r] = (int)congdoan_progress_source(p, i);
        if (actual)
            actual[r] = congdoan_progress_actual(p, i, &v) == 0 ? v : NAN;
        if (numerator || denominator) {
            int ok = congdoan_progress_fraction(p, i, &num, &den) == 0;
            if (numerator)
                numerator[r] = ok ? num : NAN;
            if (denominator)
                denominator[r] = ok ? den : NAN;
        }
        if (ratio)
            ratio[r] = congdoan_progress_ratio(p, i, &v) == 0 ? v : NAN;
        if (contributors)
            contributors[r] = congdoan_progress_contributors(p, i);
        if (unaggregated)
            unaggregated[r] = congdoan_progress_unaggregated(p, i);
    }
    return n;
}

CONGDOAN_API size_t congdoan_progress_children_fill(const congdoan_progress *p, size_t start, size_t count,
                                                    long *unit, int *status, double *actual)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    size_t n = p ? rows(congdoan_progress_child_count(p), start, count) : 0;
    size_t n_ind = congdoan_progress_indicator_count(p);
    for (size_t r = 0; r < n; r++) {
        size_t c = start + r;
        if (unit)
            unit[r] = index_of(congdoan_progress_child(p, c));
        for (size_t i = 0; i < n_ind && (status || actual); i++) {
            double v;
            if (status)
                status[r * n_ind + i] = (int)congdoan_progress_child_status(p, c, i);
            if (actual)
                actual[r * n_ind + i] = congdoan_progress_child_actual(p, c, i, &v) == 0 ? v : NAN;
        }
    }
    return n;
}

CONGDOAN_API size_t congdoan_progress_findings_fill(const congdoan_progress *p, size_t start, size_t count,
                                                    long *unit, size_t *indicator, double *reported,
                                                    double *computed)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    size_t n = p ? rows(congdoan_progress_finding_count(p), start, count) : 0;
    size_t n_ind = congdoan_progress_indicator_count(p);
    size_t last = 0; /* findings come in runs of the same indicator: try the last position first */
    for (size_t r = 0; r < n; r++) {
        size_t k = start + r;
        if (unit)
            unit[r] = index_of(congdoan_progress_finding_unit(p, k));
        if (indicator) {
            const congdoan_indicator *x = congdoan_progress_finding_indicator(p, k);
            if (last >= n_ind || congdoan_progress_indicator(p, last) != x)
                for (last = 0; last < n_ind && congdoan_progress_indicator(p, last) != x; last++)
                    ;
            indicator[r] = last;
        }
        if (reported || computed) {
            double rep = NAN, comp = NAN;
            congdoan_progress_finding_values(p, k, &rep, &comp);
            if (reported)
                reported[r] = rep;
            if (computed)
                computed[r] = comp;
        }
    }
    return n;
}

CONGDOAN_API size_t congdoan_progress_expected_fill(const congdoan_progress *p, size_t start, size_t count,
                                                    long *unit, int *submission, int *submitted)
{
    CONGDOAN__NOT_NULL(p, "progress", 0);
    size_t n = p ? rows(congdoan_progress_expected_count(p), start, count) : 0;
    for (size_t r = 0; r < n; r++) {
        size_t k = start + r;
        if (unit)
            unit[r] = index_of(congdoan_progress_expected_unit(p, k));
        if (submission)
            submission[r] = (int)congdoan_progress_expected_submission(p, k);
        if (submitted)
            submitted[r] = congdoan_progress_expected_submitted(p, k);
    }
    return n;
}

/* ---- issues ---------------------------------------------------------------------------------- */

CONGDOAN_API size_t congdoan_issues_fill(const congdoan_issues *issues, size_t start, size_t count, const char **tag,
                                         int *severity, const char **file, long *line, long *column,
                                         const char **message)
{
    CONGDOAN__NOT_NULL(issues, "issues", 0);
    size_t n = issues ? rows(congdoan_issues_count(issues), start, count) : 0;
    for (size_t r = 0; r < n; r++) {
        const congdoan_issue *is = congdoan_issues_get(issues, start + r);
        if (tag)
            tag[r] = congdoan_issue_tag(is);
        if (severity)
            severity[r] = (int)congdoan_issue_severity(is);
        if (file)
            file[r] = congdoan_issue_file(is);
        if (line)
            line[r] = congdoan_issue_line(is);
        if (column)
            column[r] = congdoan_issue_column(is);
        if (message)
            message[r] = congdoan_issue_message(is);
    }
    return n;
}
