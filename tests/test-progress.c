/* The progress engine on tests/data/progress-cases.xml, with every figure worked out by hand,
 * and on the Lai Châu seed fixtures. */
#include "test-common.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static congdoan_corpus *corpus;
static const congdoan_document *prog;

/* Load one fixture of tests/data and find its document. */
static void load_one(const char *file, const char *doc_id, congdoan_corpus **c, const congdoan_document **d)
{
    const char *const names[] = {file, NULL};
    *c = test_load(names);
    *d = congdoan_corpus_document_by_id(*c, doc_id);
    ck_assert_ptr_nonnull(*d);
}

static void setup(void)
{
    load_one("progress-cases.xml", "prog", &corpus, &prog);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
}

static congdoan_progress *compute_in(const congdoan_corpus *c, const congdoan_document *d, const char *unit,
                                     const char *period, int at)
{
    congdoan_progress *p = NULL;
    int rc = congdoan_progress_compute(c, d, congdoan_corpus_unit_by_id(c, unit), period, at, &p);
    ck_assert_msg(rc == 0, "compute failed: %s", congdoan_error_last_message());
    return p;
}

static congdoan_progress *compute(const char *unit, const char *period, int at)
{
    return compute_in(corpus, prog, unit, period, at);
}

/* The position of an indicator in the document (and so in the result). */
static size_t ind(const char *id)
{
    for (size_t i = 0; i < congdoan_document_indicator_count(prog); i++)
        if (strcmp(congdoan_indicator_id(congdoan_document_indicator(prog, i)), id) == 0)
            return i;
    ck_abort_msg("no indicator %s", id);
    return 0;
}

static double actual(const congdoan_progress *p, const char *id)
{
    double v = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(id), &v), 0);
    return v;
}

#define EQ(a, b) ck_assert_double_eq_tol((a), (b), 1e-9)

START_TEST(percentage_is_sum_of_numerators_over_sum_of_denominators)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* d1 45/50 (its later report), d2 30/40, g31 (under d3) 10/30:
     * (45 + 30 + 10) / (50 + 40 + 30) = 85/120 = 70.833…%, below 80.
     * The mean of the three percentages, (90 + 75 + 33.3…)/3 = 66.1…%, must not appear. */
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind("pct"), &num, &den), 0);
    EQ(num, 85);
    EQ(den, 120);
    EQ(actual(p, "pct"), 8500.0 / 120.0);
    ck_assert(fabs(actual(p, "pct") - (90.0 + 75.0 + 100.0 / 3.0) / 3.0) > 1);
    ck_assert_int_eq(congdoan_progress_status(p, ind("pct")), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_source(p, ind("pct")), CONGDOAN_SOURCE_COMPUTED);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind("pct")), 3);
    double r;
    ck_assert_int_eq(congdoan_progress_ratio(p, ind("pct"), &r), 0);
    EQ(r, (8500.0 / 120.0) / 80.0);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(counts_add_up)
{
    congdoan_progress *p = compute("p", "2025", 0);
    EQ(actual(p, "cnt"), 40 + 25 + 10); /* d1, d2, g31; d1's 999 is for 2025-H1 */
    ck_assert_int_eq(congdoan_progress_status(p, ind("cnt")), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_fraction(p, ind("cnt"), NULL, NULL), CONGDOAN_ENOTFOUND);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(lower_is_better_is_not_inverted)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* "không quá 05": 2 + 4 = 6 cases, above 5: not achieved; ratio 5/6. */
    EQ(actual(p, "low"), 6);
    ck_assert_int_eq(congdoan_progress_status(p, ind("low")), CONGDOAN_EVAL_NOT_ACHIEVED);
    double r;
    congdoan_progress_ratio(p, ind("low"), &r);
    EQ(r, 5.0 / 6.0);
    /* d1 alone had 2: within the limit, achieved (and the ratio is 1, not 2/5). */
    ck_assert_int_eq(congdoan_progress_child_status(p, 0, ind("low")), CONGDOAN_EVAL_ACHIEVED);
    congdoan_progress_free(p);
    p = compute("d1", "2025", 0);
    congdoan_progress_ratio(p, ind("low"), &r);
    EQ(r, 1.0);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(range_target)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* average per unit, (6 + 5) / (2 + 1) = 3.666…, inside 2–4 */
    EQ(actual(p, "rng"), 11.0 / 3.0);
    ck_assert_int_eq(congdoan_progress_status(p, ind("rng")), CONGDOAN_EVAL_ACHIEVED);
    /* d2 alone: 5/1 = 5, above the range: "vượt", its own status (1.2), not a miss */
    ck_assert_int_eq(congdoan_progress_child_status(p, 1, ind("rng")), CONGDOAN_EVAL_EXCEEDED);
    double v;
    ck_assert_int_eq(congdoan_progress_child_actual(p, 1, ind("rng"), &v), 0);
    EQ(v, 5);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(share_of_units_from_classifications)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* grassroots units with a 2025 classification: g11 good, g12 completed, g21 excellent
     * (g31 has none: no data, not a failure): 2 of 3 at "good" or better = 66.7% ≥ 50 */
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind("shr"), &num, &den), 0);
    EQ(num, 2);
    EQ(den, 3);
    ck_assert_int_eq(congdoan_progress_status(p, ind("shr")), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_source(p, ind("shr")), CONGDOAN_SOURCE_UNIT_DATA);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(subtree_total_that_disagrees)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* d1 reports 30 for its whole subtree; its units report 12 + 10 = 22. The reported 30 is
     * used (not added to the 22) and the difference is a finding. Total: 30 + d2's 15 = 45. */
    EQ(actual(p, "tot"), 45);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_finding_unit(p, 0)), "d1");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_progress_finding_indicator(p, 0)), "tot");
    double reported, computed;
    ck_assert_int_eq(congdoan_progress_finding_values(p, 0, &reported, &computed), 0);
    EQ(reported, 30);
    EQ(computed, 22);
    double v;
    congdoan_progress_child_actual(p, 0, ind("tot"), &v);
    EQ(v, 30);
    congdoan_progress_free(p);
    p = compute("d1", "2025", 0);
    ck_assert_int_eq(congdoan_progress_source(p, ind("tot")), CONGDOAN_SOURCE_REPORTED_TOTAL);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(percentage_without_denominator_is_not_guessed)
{
    congdoan_progress *p = compute("p", "2025", 0);
    ck_assert_int_eq(congdoan_progress_status(p, ind("bare")), CONGDOAN_EVAL_NOT_AGGREGABLE);
    ck_assert_int_eq(congdoan_progress_actual(p, ind("bare"), NULL), CONGDOAN_ENOTFOUND);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, ind("bare")), 2); /* d1's 92 and d2's 88 */
    congdoan_progress_free(p);
}
END_TEST

/* The ids of the units left out of an indicator for giving only a rate, joined by spaces; and
 * as many as the roll-up counted. */
static const char *rate_only_ids(const congdoan_progress *p, size_t i)
{
    static char ids[128];
    size_t n = congdoan_progress_rate_only_count(p, i), len = 0;
    ck_assert_uint_eq(n, congdoan_progress_unaggregated(p, i));
    ids[0] = 0;
    for (size_t k = 0; k < n; k++) {
        const congdoan_unit *u = congdoan_progress_rate_only_unit(p, i, k);
        ck_assert_ptr_nonnull(u);
        len += (size_t)snprintf(ids + len, sizeof ids - len, "%s%s", k ? " " : "", congdoan_unit_id(u));
    }
    ck_assert_ptr_null(congdoan_progress_rate_only_unit(p, i, n));
    return ids;
}

START_TEST(units_that_gave_only_a_rate_are_named)
{
    size_t bare = ind("bare");
    congdoan_progress *p = compute("p", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "d1 d2"); /* d1's 92 and d2's 88, their own */
    ck_assert_str_eq(rate_only_ids(p, ind("pct")), "");
    ck_assert_str_eq(rate_only_ids(p, ind("tot")), "");
    ck_assert_ptr_null(congdoan_progress_rate_only_unit(p, congdoan_progress_indicator_count(p), 0));
    ck_assert_uint_eq(congdoan_progress_rate_only_count(p, congdoan_progress_indicator_count(p)), 0);
    congdoan_progress_free(p);

    /* g11 (under d1) gives a bare 70% too: named, in load order (after d2, loaded before it) */
    const congdoan_report *g11 = congdoan_corpus_report_by_id(corpus, "r-g11");
    const congdoan_report *d1 = congdoan_corpus_report_by_id(corpus, "r-d1");
    ck_assert_int_eq(congdoan_report_set_value(corpus, g11, "bare", 70, CONGDOAN_COVERAGE_SELF), 0);
    p = compute("p", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "d1 d2 g11");
    congdoan_progress_free(p);
    p = compute("d1", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "d1 g11"); /* the top's own bare rate too */
    congdoan_progress_free(p);

    /* d1 reports 85% for its whole subtree, without the fraction: that total replaces d1's own
     * and g11's rates, and is itself left out of p's figure; for d1 it is the figure */
    ck_assert_int_eq(congdoan_report_set_value(corpus, d1, "bare", 85, CONGDOAN_COVERAGE_SUBTREE), 0);
    p = compute("p", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "d1 d2");
    congdoan_progress_free(p);
    p = compute("d1", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "");
    ck_assert_int_eq(congdoan_progress_source(p, bare), CONGDOAN_SOURCE_REPORTED_TOTAL);
    EQ(actual(p, "bare"), 85);
    congdoan_progress_free(p);

    /* with its fraction (34/40) the total adds up: only d2 is left out */
    ck_assert_int_eq(congdoan_report_set_fraction(corpus, d1, "bare", 34, 40, CONGDOAN_COVERAGE_SUBTREE), 0);
    p = compute("p", "2025", 0);
    ck_assert_str_eq(rate_only_ids(p, bare), "d2");
    ck_assert_str_eq(congdoan_unit_name(congdoan_progress_rate_only_unit(p, bare, 0)), "Liên đoàn Lao động huyện Hai");
    congdoan_progress_free(p);

    ck_assert_uint_eq(congdoan_progress_rate_only_count(NULL, 0), 0);
    ck_assert_ptr_null(congdoan_progress_rate_only_unit(NULL, 0, 0));
}
END_TEST

START_TEST(completeness_and_timeliness)
{
    congdoan_progress *p = compute("p", "2025", 0);
    /* no <reporter>: the three organisations under the issuer p are expected; deadline 15/12 */
    ck_assert_int_eq(congdoan_progress_deadline(p), 20251215);
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 3);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_expected_unit(p, 0)), "d1");
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_ON_TIME);
    ck_assert_int_eq(congdoan_progress_expected_submitted(p, 0), 20251210);
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 1), CONGDOAN_SUBMISSION_LATE);
    ck_assert_int_eq(congdoan_progress_expected_submitted(p, 1), 20251220);
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 2), CONGDOAN_SUBMISSION_MISSING);
    ck_assert_str_eq(congdoan_submission_name(CONGDOAN_SUBMISSION_LATE), "late");
    congdoan_progress_free(p);
}
END_TEST

START_TEST(reference_date_cuts_off_later_reports)
{
    /* At 18/12/2025 d2's report (20/12) has not arrived: pct = (45 + 10)/(50 + 30) = 68.75%,
     * low = 2 (achieved), d2 missing. */
    congdoan_progress *p = compute("p", "2025", 20251218);
    EQ(actual(p, "pct"), 68.75);
    EQ(actual(p, "low"), 2);
    ck_assert_int_eq(congdoan_progress_status(p, ind("low")), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 1), CONGDOAN_SUBMISSION_MISSING);
    congdoan_progress_free(p);
    /* At 15/11/2025 only d1's early report (20/50, sent 1/11) has arrived; g31's (1/12) has
     * not: pct = 20/50 = 40%; the new members (cnt) and training classes (tot) have no data. */
    p = compute("p", "2025", 20251115);
    EQ(actual(p, "pct"), 40);
    ck_assert_int_eq(congdoan_progress_status(p, ind("cnt")), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_progress_status(p, ind("tot")), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_progress_actual(p, ind("tot"), NULL), CONGDOAN_ENOTFOUND);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(other_period_and_breakdown)
{
    congdoan_progress *p = compute("p", "2025-H1", 0);
    EQ(actual(p, "cnt"), 999);
    ck_assert_int_eq(congdoan_progress_status(p, ind("pct")), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_progress_deadline(p), 0); /* none given for H1 */
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_RECEIVED);
    ck_assert_str_eq(congdoan_progress_period(p), "2025-H1");
    congdoan_progress_free(p);

    p = compute("p", "2025", 0);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 3);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_child(p, 2)), "d3");
    double v;
    ck_assert_int_eq(congdoan_progress_child_actual(p, 2, ind("pct"), &v), 0);
    EQ(v, 100.0 / 3.0); /* d3 has no report, but its unit g31 does */
    ck_assert_int_eq(congdoan_progress_child_status(p, 0, ind("pct")), CONGDOAN_EVAL_ACHIEVED); /* 90% */
    ck_assert_ptr_null(congdoan_progress_child(p, 3));
    ck_assert_int_eq(congdoan_progress_child_actual(p, 3, 0, &v), CONGDOAN_ENOTFOUND);
    congdoan_progress_free(p);

    p = compute("g31", "2025", 0); /* a leaf */
    EQ(actual(p, "cnt"), 10);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 0);
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 0);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(refusals)
{
    congdoan_progress *p = (congdoan_progress *)1;
    const congdoan_unit *unit = congdoan_corpus_unit_by_id(corpus, "p");
    ck_assert_int_eq(congdoan_progress_compute(corpus, prog, unit, "2025-13", 0, &p), CONGDOAN_EINVAL);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(congdoan_progress_compute(corpus, prog, unit, "2025-06-30", 0, &p), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_progress_compute(corpus, NULL, unit, "2025", 0, &p), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_progress_compute(corpus, prog, NULL, "2025", 0, &p), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_progress_compute(corpus, prog, unit, NULL, 0, &p), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_progress_compute(corpus, prog, unit, "2025", 0, NULL), CONGDOAN_EINVAL);
    congdoan_corpus *other = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&other), 0);
    ck_assert_int_eq(congdoan_progress_compute(other, prog, unit, "2025", 0, &p), CONGDOAN_EINVAL);
    congdoan_corpus_free(other);
    congdoan_progress_free(NULL);
    ck_assert_uint_eq(congdoan_progress_indicator_count(NULL), 0);
    ck_assert_str_eq(congdoan_eval_status_name(CONGDOAN_EVAL_NOT_AGGREGABLE), "not-aggregable");
    ck_assert_ptr_null(congdoan_eval_status_name(9));
}
END_TEST

START_TEST(laichau_share_of_units_from_fixture)
{
    /* units-laichau.xml classifies its units for 2025 (illustrative figures):
     * upper-grassroots 8 of 9 "good" or better = 88.9% < 90; grassroots public + state
     * enterprises 14 of 16 = 87.5% ≥ 85; non-state 6 of 8 = 75% < 80. */
    static const char *const names[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", NULL};
    congdoan_corpus *c = test_load(names);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ctr-13-ldld-laichau-2025");
    congdoan_progress *p = NULL;
    ck_assert_int_eq(congdoan_progress_compute(c, d, congdoan_corpus_unit_by_id(c, "laichau"), "2025", 0, &p), 0);
    static const struct { const char *id; double num, den; congdoan_eval_status st; } want[] = {
        {"iii-3a", 8, 9, CONGDOAN_EVAL_NOT_ACHIEVED},
        {"iii-3b", 14, 16, CONGDOAN_EVAL_ACHIEVED},
        {"iii-3c", 6, 8, CONGDOAN_EVAL_NOT_ACHIEVED},
    };
    for (size_t k = 0; k < 3; k++) {
        size_t i = 0;
        while (strcmp(congdoan_indicator_id(congdoan_progress_indicator(p, i)), want[k].id) != 0)
            i++;
        double num, den;
        ck_assert_int_eq(congdoan_progress_fraction(p, i, &num, &den), 0);
        EQ(num, want[k].num);
        EQ(den, want[k].den);
        ck_assert_int_eq(congdoan_progress_status(p, i), want[k].st);
    }
    /* no reports loaded: every reported indicator has no data, never zero */
    size_t i = 0;
    while (strcmp(congdoan_indicator_id(congdoan_progress_indicator(p, i)), "iii-4a") != 0)
        i++;
    ck_assert_int_eq(congdoan_progress_status(p, i), CONGDOAN_EVAL_NO_DATA);
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 9);
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- money and scores (1.2), tests/data/progress-money-score.xml -------------------------------
 *
 * Units: p (province) over d1 and d2; g11 and g12 under d1. Reports for 2025:
 *   quy (money, at least 1 tỷ = 1000000000 đồng): d1 300 triệu, d2 400 triệu, g11 150 triệu,
 *     g12 50 triệu; p none.
 *   diem (score out of 100, at least 90): p 92.5, d1 88, d2 95, g11 70.
 *   diem-cs (the same, p reports none): d1 91, d2 96, g11 80.
 * Money adds up as counts do: p 300 + 400 + 150 + 50 = 900 triệu from 4 units, not achieved
 * (ratio 0.9); d1 300 + 150 + 50 = 500 triệu from 3.
 * A score is the unit's own: p's diem is 92.5 (achieved), not a sum (345.5) nor a mean (86.375)
 * of the four; d1's is 88 (not achieved) whatever g11 scored. p gave no diem-cs: not
 * aggregable, the scores of d1 and d2 left out (2; g11's 80 is inside d1, which has its own);
 * d1's diem-cs is its own 91. */
static congdoan_corpus *ms_corpus;
static const congdoan_document *ms_doc;

static void setup_money_score(void)
{
    load_one("progress-money-score.xml", "ms", &ms_corpus, &ms_doc);
}

static void teardown_money_score(void)
{
    congdoan_corpus_free(ms_corpus);
}

static congdoan_progress *ms_compute(const char *unit)
{
    return compute_in(ms_corpus, ms_doc, unit, "2025", 0);
}

/* In the document's order: quy, diem, diem-cs. */
enum { MS_QUY, MS_DIEM, MS_DIEM_CS };

static double ms_actual(const congdoan_progress *p, size_t i)
{
    double v = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, i, &v), 0);
    return v;
}

START_TEST(money_adds_up)
{
    congdoan_progress *p = ms_compute("ms.p");
    EQ(ms_actual(p, MS_QUY), 900000000);
    ck_assert_int_eq(congdoan_progress_status(p, MS_QUY), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_contributors(p, MS_QUY), 4);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, MS_QUY), 0);
    double v = -1, num = -1, den = -1;
    ck_assert_int_eq(congdoan_progress_ratio(p, MS_QUY, &v), 0);
    EQ(v, 0.9);
    /* a sum, not a fraction */
    ck_assert_int_eq(congdoan_progress_fraction(p, MS_QUY, &num, &den), CONGDOAN_ENOTFOUND);
    ck_assert_int_eq(congdoan_progress_source(p, MS_QUY), CONGDOAN_SOURCE_COMPUTED);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_child(p, 0)), "ms.d1");
    ck_assert_int_eq(congdoan_progress_child_actual(p, 0, MS_QUY, &v), 0);
    EQ(v, 500000000);
    ck_assert_int_eq(congdoan_progress_child_actual(p, 1, MS_QUY, &v), 0);
    EQ(v, 400000000);
    /* a part of the whole in the breakdown: not judged against the province's 1 tỷ without an
     * allocation of its own */
    congdoan_breakdown *b = NULL;
    ck_assert_int_eq(congdoan_breakdown_compute(p, &b), 0);
    ck_assert_int_eq(congdoan_breakdown_basis(b, 0, MS_QUY), CONGDOAN_BASIS_NONE);
    ck_assert_int_eq(congdoan_breakdown_status(b, 0, MS_QUY), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_breakdown_actual(b, 0, MS_QUY, &v), 0);
    EQ(v, 500000000);
    congdoan_breakdown_free(b);
    congdoan_progress_free(p);

    p = ms_compute("ms.d1");
    EQ(ms_actual(p, MS_QUY), 500000000);
    ck_assert_uint_eq(congdoan_progress_contributors(p, MS_QUY), 3);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(a_score_is_the_units_own)
{
    congdoan_progress *p = ms_compute("ms.p");
    EQ(ms_actual(p, MS_DIEM), 92.5);
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_contributors(p, MS_DIEM), 1);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, MS_DIEM), 0);
    double v = -1, num = -1, den = -1;
    ck_assert_int_eq(congdoan_progress_fraction(p, MS_DIEM, &num, &den), CONGDOAN_ENOTFOUND);
    /* p gave no diem-cs: the scores under it are not added up for it */
    ck_assert_int_eq(congdoan_progress_actual(p, MS_DIEM_CS, &v), CONGDOAN_ENOTFOUND);
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM_CS), CONGDOAN_EVAL_NOT_AGGREGABLE);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, MS_DIEM_CS), 2);
    /* named: d1 (91) and d2 (96), each standing for its subtree (g11's 80 is d1's business) */
    ck_assert_uint_eq(congdoan_progress_score_left_out_count(p, MS_DIEM_CS), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_score_left_out_unit(p, MS_DIEM_CS, 0)), "ms.d1");
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_score_left_out_unit(p, MS_DIEM_CS, 1)), "ms.d2");
    ck_assert_ptr_null(congdoan_progress_score_left_out_unit(p, MS_DIEM_CS, 2));
    ck_assert_uint_eq(congdoan_progress_score_left_out_count(p, MS_DIEM), 0); /* p has its own */
    ck_assert_uint_eq(congdoan_progress_score_left_out_count(p, MS_QUY), 0);  /* money adds up */
    ck_assert_uint_eq(congdoan_progress_score_left_out_count(p, 99), 0);
    /* each child's own score, judged against the document's 90 */
    ck_assert_int_eq(congdoan_progress_child_actual(p, 0, MS_DIEM, &v), 0);
    EQ(v, 88);
    ck_assert_int_eq(congdoan_progress_child_status(p, 0, MS_DIEM), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_child_actual(p, 1, MS_DIEM, &v), 0);
    EQ(v, 95);
    ck_assert_int_eq(congdoan_progress_child_status(p, 1, MS_DIEM), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_child_actual(p, 0, MS_DIEM_CS, &v), 0);
    EQ(v, 91);
    ck_assert_int_eq(congdoan_progress_child_actual(p, 1, MS_DIEM_CS, &v), 0);
    EQ(v, 96);
    congdoan_breakdown *b = NULL;
    ck_assert_int_eq(congdoan_breakdown_compute(p, &b), 0);
    ck_assert_int_eq(congdoan_breakdown_basis(b, 0, MS_DIEM), CONGDOAN_BASIS_DOCUMENT);
    ck_assert_int_eq(congdoan_breakdown_status(b, 0, MS_DIEM), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_breakdown_status(b, 1, MS_DIEM), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_breakdown_fraction(b, 1, MS_DIEM, &num, &den), CONGDOAN_ENOTFOUND);
    congdoan_breakdown_free(b);
    congdoan_progress_free(p);

    p = ms_compute("ms.d1"); /* 88 of its own; g11's 70 is g11's */
    EQ(ms_actual(p, MS_DIEM), 88);
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM), CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_contributors(p, MS_DIEM), 1);
    EQ(ms_actual(p, MS_DIEM_CS), 91);
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM_CS), CONGDOAN_EVAL_ACHIEVED);
    congdoan_progress_free(p);

    p = ms_compute("ms.g11"); /* a leaf */
    EQ(ms_actual(p, MS_DIEM), 70);
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM), CONGDOAN_EVAL_NOT_ACHIEVED);
    congdoan_progress_free(p);

    p = ms_compute("ms.g12"); /* no score at all: no data, nothing left out */
    ck_assert_int_eq(congdoan_progress_status(p, MS_DIEM), CONGDOAN_EVAL_NO_DATA);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, MS_DIEM), 0);
    congdoan_progress_free(p);
}
END_TEST

/* The scores left out are named however deep they are: t (no score) over a (no score) over
 * a1 (85) and a2 (95), and over b (90) over b1 (70). At t: a1 and a2 (a stands for nobody),
 * then b (b1's score is b's business): 3, as unaggregated counts. At a: a1, a2. At b: none. */
START_TEST(scores_left_out_named_at_any_depth)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">\n"
        "<unit id=\"t\" level=\"provincial\" name=\"T\"/>\n"
        "<unit id=\"a\" level=\"upper-grassroots\" name=\"A\" parent=\"t\"/>\n"
        "<unit id=\"b\" level=\"upper-grassroots\" name=\"B\" parent=\"t\"/>\n"
        "<unit id=\"a1\" level=\"grassroots\" name=\"A1\" parent=\"a\" sector=\"public\"/>\n"
        "<unit id=\"a2\" level=\"grassroots\" name=\"A2\" parent=\"a\" sector=\"public\"/>\n"
        "<unit id=\"b1\" level=\"grassroots\" name=\"B1\" parent=\"b\" sector=\"public\"/>\n"
        "<document id=\"s\" kind=\"programme\" issuer=\"t\" issued=\"2025-01-15\"><title>S</title>\n"
        "<section number=\"I.\" title=\"CHỈ TIÊU\"><indicator id=\"d\" measure=\"score\" comparator=\"at-least\" "
        "target=\"90\" score-max=\"100\"><text>đạt 90/100 điểm trở lên</text></indicator></section></document>\n"
        "<report id=\"r-a1\" unit=\"a1\" document=\"s\" period=\"2025\"><value indicator=\"d\" value=\"85\"/></report>\n"
        "<report id=\"r-a2\" unit=\"a2\" document=\"s\" period=\"2025\"><value indicator=\"d\" value=\"95\"/></report>\n"
        "<report id=\"r-b\" unit=\"b\" document=\"s\" period=\"2025\"><value indicator=\"d\" value=\"90\"/></report>\n"
        "<report id=\"r-b1\" unit=\"b1\" document=\"s\" period=\"2025\"><value indicator=\"d\" value=\"70\"/></report>\n"
        "</congdoan>\n";
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "deep.xml", NULL), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "s");
    static const struct {
        const char *unit;
        size_t n;
        const char *named[3];
    } cases[] = {{"t", 3, {"a1", "a2", "b"}}, {"a", 2, {"a1", "a2"}}, {"b", 0, {NULL}}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        congdoan_progress *p = NULL;
        ck_assert_int_eq(congdoan_progress_compute(c, d, congdoan_corpus_unit_by_id(c, cases[k].unit), "2025", 0, &p), 0);
        ck_assert_uint_eq(congdoan_progress_score_left_out_count(p, 0), cases[k].n);
        ck_assert_uint_eq(congdoan_progress_unaggregated(p, 0), cases[k].n);
        for (size_t j = 0; j < cases[k].n; j++)
            ck_assert_str_eq(congdoan_unit_id(congdoan_progress_score_left_out_unit(p, 0, j)), cases[k].named[j]);
        congdoan_progress_free(p);
    }
    congdoan_corpus_free(c);
}
END_TEST

/* ---- spans and terms (1.2), tests/data/progress-span.xml ------------------------------------------
 *
 * Units: sp.p (province) over sp.d1 and sp.d2. The resolution of the 2018–2023 congress has
 *   dv (count, at least 1000 đoàn viên, period 2018/2023) and
 *   vm (percentage, at least 80%, period term:2018/2023).
 * Reports: d1 2019: dv 200, vm 8/10; d1 2023: dv 300, vm 9/10; d2 2023: dv 400, vm 6/10.
 * The query's period picks the reports, matched on it exactly (report periods are single
 * periods); the indicator's span does not add up the years of it:
 *   2023: dv 300 + 400 = 700 from 2 units (not the 900 of 2019 and 2023), ratio 0.7, not
 *         achieved; vm (9 + 6)/(10 + 10) = 15/20 = 75%, ratio 75/80 = 0.9375, not achieved.
 *   2019: dv 200 from d1, ratio 0.2, not achieved; vm 8/10 = 80%, ratio 1, achieved; d2 is
 *         missing.
 *   2025 (the year after the term): no report, no data (2023-H1 below is not 2023: its own).
 * (The 2023-H1, 2020 and 2024 reports added below change none of these.) */
static congdoan_corpus *sp_corpus;
static const congdoan_document *sp_doc;

static void setup_span(void)
{
    load_one("progress-span.xml", "sp", &sp_corpus, &sp_doc);
}

static void teardown_span(void)
{
    congdoan_corpus_free(sp_corpus);
}

/* In the document's order: dv, vm. */
enum { SP_DV, SP_VM };

/* One indicator's figure, contributing units, ratio to the target and status. */
static void sp_judged(const congdoan_progress *p, size_t i, double figure, size_t contributors, double ratio,
                      congdoan_eval_status status)
{
    double v = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, i, &v), 0);
    EQ(v, figure);
    ck_assert_uint_eq(congdoan_progress_contributors(p, i), contributors);
    ck_assert_int_eq(congdoan_progress_ratio(p, i, &v), 0);
    EQ(v, ratio);
    ck_assert_int_eq(congdoan_progress_status(p, i), status);
}

START_TEST(span_indicator_for_a_year_of_it)
{
    ck_assert_str_eq(congdoan_indicator_period(congdoan_document_indicator(sp_doc, SP_DV)), "2018/2023");
    ck_assert_str_eq(congdoan_indicator_period(congdoan_document_indicator(sp_doc, SP_VM)), "term:2018/2023");
    congdoan_progress *p = compute_in(sp_corpus, sp_doc, "sp.p", "2023", 0);
    double v = -1, num = -1, den = -1;
    sp_judged(p, SP_DV, 700, 2, 0.7, CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_fraction(p, SP_VM, &num, &den), 0);
    EQ(num, 15);
    EQ(den, 20);
    sp_judged(p, SP_VM, 75, 2, 0.9375, CONGDOAN_EVAL_NOT_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 2);
    ck_assert_int_ne(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_MISSING);
    ck_assert_int_ne(congdoan_progress_expected_submission(p, 1), CONGDOAN_SUBMISSION_MISSING);
    congdoan_progress_free(p);

    p = compute_in(sp_corpus, sp_doc, "sp.p", "2019", 0);
    sp_judged(p, SP_DV, 200, 1, 0.2, CONGDOAN_EVAL_NOT_ACHIEVED);
    sp_judged(p, SP_VM, 80, 1, 1.0, CONGDOAN_EVAL_ACHIEVED);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_expected_unit(p, 1)), "sp.d2");
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 1), CONGDOAN_SUBMISSION_MISSING);
    congdoan_progress_free(p);

    p = compute_in(sp_corpus, sp_doc, "sp.p", "2025", 0);
    ck_assert_int_eq(congdoan_progress_status(p, SP_DV), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_progress_status(p, SP_VM), CONGDOAN_EVAL_NO_DATA);
    ck_assert_int_eq(congdoan_progress_actual(p, SP_DV, &v), CONGDOAN_ENOTFOUND);
    congdoan_progress_free(p);
}
END_TEST

/* The term asked for: the reports inside it, none counted twice.
 *   d1: 2019 (dv 200, vm 8/10), 2023 (dv 300, vm 9/10); its 2023-H1 (dv 120, vm 5/10) lies in
 *       its 2023 report, which covers it: left out; its 2024 (dv 1000) is after the term.
 *   d2: 2020 resubmitted (the first, dv 999 vm 1/10 of 2020-06-01, replaced by dv 150 vm 7/10 of
 *       2020-12-05), 2023 (dv 400, vm 6/10).
 *   dv (count): 200 + 300 + 150 + 400 = 1050 from 2 units (d1 500, d2 550), ratio 1.05,
 *       achieved (at least 1000).
 *   vm (percentage): the end of the term, each unit's latest report: d1 9/10, d2 6/10 = 15/20 =
 *       75%, ratio 0.9375, not achieved.
 *   Cut off at 2020-12-31: d1 2019 and d2 2020 only: dv 200 + 150 = 350; vm 8/10 + 7/10 = 75%.
 *   The next term, 2024/2028: d1's 2024 alone, dv 1000 from 1 unit; vm no data. */
START_TEST(span_asked_totals_the_reports_inside_it)
{
    static const char *const spans[] = {"2018/2023", "term:2018/2023"};
    for (size_t k = 0; k < 2; k++) {
        congdoan_progress *p = compute_in(sp_corpus, sp_doc, "sp.p", spans[k], 0);
        double num = -1, den = -1, v = -1;
        ck_assert_str_eq(congdoan_progress_period(p), spans[k]);
        sp_judged(p, SP_DV, 1050, 2, 1.05, CONGDOAN_EVAL_ACHIEVED);
        ck_assert_int_eq(congdoan_progress_fraction(p, SP_VM, &num, &den), 0);
        EQ(num, 15);
        EQ(den, 20);
        sp_judged(p, SP_VM, 75, 2, 0.9375, CONGDOAN_EVAL_NOT_ACHIEVED);
        ck_assert_int_eq(congdoan_progress_child_actual(p, 0, SP_DV, &v), 0);
        EQ(v, 500);
        ck_assert_int_eq(congdoan_progress_child_actual(p, 1, SP_DV, &v), 0);
        EQ(v, 550);
        ck_assert_int_eq(congdoan_progress_child_actual(p, 0, SP_VM, &v), 0);
        EQ(v, 90);
        ck_assert_int_eq(congdoan_progress_child_actual(p, 1, SP_VM, &v), 0);
        EQ(v, 60);
        ck_assert_uint_eq(congdoan_progress_expected_count(p), 2);
        ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_RECEIVED);
        ck_assert_int_eq(congdoan_progress_expected_submitted(p, 0), 20231210);
        ck_assert_int_eq(congdoan_progress_expected_submitted(p, 1), 20231211);
        congdoan_progress_free(p);
    }

    congdoan_progress *p = compute_in(sp_corpus, sp_doc, "sp.p", "2018/2023", 20201231);
    sp_judged(p, SP_DV, 350, 2, 0.35, CONGDOAN_EVAL_NOT_ACHIEVED);
    sp_judged(p, SP_VM, 75, 2, 0.9375, CONGDOAN_EVAL_NOT_ACHIEVED);
    congdoan_progress_free(p);

    p = compute_in(sp_corpus, sp_doc, "sp.p", "2024/2028", 0);
    sp_judged(p, SP_DV, 1000, 1, 1.0, CONGDOAN_EVAL_ACHIEVED);
    ck_assert_int_eq(congdoan_progress_status(p, SP_VM), CONGDOAN_EVAL_NO_DATA);
    congdoan_progress_free(p);

    /* d1 alone over the term: 500 */
    p = compute_in(sp_corpus, sp_doc, "sp.d1", "2018/2023", 0);
    sp_judged(p, SP_DV, 500, 1, 0.5, CONGDOAN_EVAL_NOT_ACHIEVED);
    congdoan_progress_free(p);

    /* a malformed span is still refused */
    static const char *const bad[] = {"2023/2018", "term:2023", "2018/", "2018/2023/2028"};
    for (size_t k = 0; k < 4; k++) {
        p = (congdoan_progress *)1;
        ck_assert_int_eq(congdoan_progress_compute(sp_corpus, sp_doc, congdoan_corpus_unit_by_id(sp_corpus, "sp.p"),
                                                   bad[k], 0, &p),
                         CONGDOAN_EINVAL);
        ck_assert_ptr_null(p);
        ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), bad[k]));
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("progress");
    TCase *tc = tcase_create("roll-up");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, percentage_is_sum_of_numerators_over_sum_of_denominators);
    tcase_add_test(tc, counts_add_up);
    tcase_add_test(tc, lower_is_better_is_not_inverted);
    tcase_add_test(tc, range_target);
    tcase_add_test(tc, share_of_units_from_classifications);
    tcase_add_test(tc, subtree_total_that_disagrees);
    tcase_add_test(tc, percentage_without_denominator_is_not_guessed);
    tcase_add_test(tc, units_that_gave_only_a_rate_are_named);
    tcase_add_test(tc, completeness_and_timeliness);
    tcase_add_test(tc, reference_date_cuts_off_later_reports);
    tcase_add_test(tc, other_period_and_breakdown);
    tcase_add_test(tc, refusals);
    suite_add_tcase(s, tc);
    TCase *ms = tcase_create("money and scores");
    tcase_add_checked_fixture(ms, setup_money_score, teardown_money_score);
    tcase_add_test(ms, money_adds_up);
    tcase_add_test(ms, a_score_is_the_units_own);
    tcase_add_test(ms, scores_left_out_named_at_any_depth);
    suite_add_tcase(s, ms);
    TCase *sp = tcase_create("spans and terms");
    tcase_add_checked_fixture(sp, setup_span, teardown_span);
    tcase_add_test(sp, span_indicator_for_a_year_of_it);
    tcase_add_test(sp, span_asked_totals_the_reports_inside_it);
    suite_add_tcase(s, sp);
    TCase *seed = tcase_create("seed");
    tcase_add_test(seed, laichau_share_of_units_from_fixture);
    suite_add_tcase(s, seed);
    return test_run_suite(s);
}
