/* Who reports what (1.2: <reporter indicators coverage>, a reporter through its office) and
 * targets narrowed to a population, on tests/data/progress-reporters.xml, every figure worked
 * out by hand below.
 *
 * Units: rp.p (province, office rp.p.vp) over rp.d1 (office rp.d1.vp), rp.d2 and rp.d3;
 *   rp.g11 (30 workers) and rp.g12 (10 workers) under d1; rp.g21 (workers not given) and rp.g22
 *   (25 workers) under d2.
 * Indicators: dv count target 100; vm percentage at least 80; tu percentage target 100 of "DN
 *   có từ 25 lao động trở lên" (a threshold on workers: testable); nc percentage target 90 of
 *   "DN đủ điều kiện" (no threshold: not testable).
 * Reporters: rp.d1.vp (d1 through its office) for dv and vm, for its whole subtree; rp.d2 for dv
 *   and tu; rp.d3 for everything. Deadline 2025-12-15.
 * Reports 2025: d1 (12-10) dv 100, vm 8/10; g11 dv 30, tu 1/1, nc 1/1; g12 dv 40, tu 0/1; d2
 *   (12-12) vm 5/10; g21 tu 1/1; g22 tu 1/1; d3 none.
 *
 *   dv: d1 is asked for its subtree, so its 100 is d1's subtree total and replaces g11 + g12 =
 *       70 (a finding, 100 against 70), not 100 + 70 = 170: root 100, achieved.
 *   vm: d1's 8/10 (a subtree total, nothing under it to compare) + d2's 5/10 = 13/20 = 65%.
 *   tu: g12 (10 workers < 25) is outside: left out; g21 gives no worker count: kept, unchecked;
 *       g11 (30) and g22 (25, "từ 25 trở lên") inside: (1 + 1 + 1)/(1 + 1 + 1) = 100%,
 *       achieved (all four would give 3/4 = 75%).
 *   nc: the population cannot be tested: every unit counts (g11's 1/1 = 100%), flagged.
 *   Completeness: d1 (named through its office), d2, d3 expected; d1 on time, lacking 0; d2 on
 *       time, lacking 2 (dv and tu: it gave only vm, which it is not asked for); d3 missing,
 *       lacking 4. By child: d1 answers for dv and vm, d2 for dv and tu, d3 for all four. */
#include "test-common.h"

#include <math.h>
#include <string.h>

static congdoan_corpus *corpus;
static const congdoan_document *doc;

static void setup(void)
{
    const char *const names[] = {"progress-reporters.xml", NULL};
    corpus = test_load(names);
    doc = congdoan_corpus_document_by_id(corpus, "rp");
    ck_assert_ptr_nonnull(doc);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
}

enum { DV, VM, TU, NC };

static congdoan_progress *compute(const char *unit)
{
    congdoan_progress *p = NULL;
    int rc = congdoan_progress_compute(corpus, doc, congdoan_corpus_unit_by_id(corpus, unit), "2025", 0, &p);
    ck_assert_msg(rc == 0, "compute failed: %s", congdoan_error_last_message());
    return p;
}

static const congdoan_unit *unit(const char *id)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(corpus, id);
    ck_assert_ptr_nonnull(u);
    return u;
}

#define EQ(a, b) ck_assert_double_eq_tol((a), (b), 1e-9)

START_TEST(the_rule_of_who_reports_what)
{
    const congdoan_indicator *dv = congdoan_document_indicator(doc, DV), *tu = congdoan_document_indicator(doc, TU),
                             *nc = congdoan_document_indicator(doc, NC);
    /* d1 is named through its office: the office and d1 both stand for d1 */
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d1"), dv), 1);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d1.vp"), dv), 1);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d1"), tu), 0);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d2"), tu), 1);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d2"), nc), 0);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d3"), nc), 1);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.d2"), NULL), 1);
    /* a unit no reporter names, and the province itself */
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.g11"), NULL), 0);
    ck_assert_int_eq(congdoan_document_expects(doc, unit("rp.p"), NULL), 0);
    ck_assert_int_eq(congdoan_document_expects(NULL, unit("rp.d3"), NULL), 0);
    ck_assert_int_eq(congdoan_document_expects(doc, NULL, NULL), 0);
}
END_TEST

START_TEST(completeness_by_indicator)
{
    congdoan_progress *p = compute("rp.p");
    static const char *const ids[] = {"rp.d1", "rp.d2", "rp.d3"};
    static const congdoan_submission subs[] = {CONGDOAN_SUBMISSION_ON_TIME, CONGDOAN_SUBMISSION_ON_TIME,
                                               CONGDOAN_SUBMISSION_MISSING};
    static const size_t lacking[] = {0, 2, 4};
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 3);
    for (size_t k = 0; k < 3; k++) {
        ck_assert_str_eq(congdoan_unit_id(congdoan_progress_expected_unit(p, k)), ids[k]);
        ck_assert_int_eq(congdoan_progress_expected_submission(p, k), subs[k]);
        ck_assert_uint_eq(congdoan_progress_expected_lacking(p, k), lacking[k]);
    }
    ck_assert_uint_eq(congdoan_progress_expected_lacking(p, 3), 0);
    /* by child (in load order d1, d2, d3) and indicator (dv, vm, tu, nc) */
    static const int asked[3][4] = {{1, 1, 0, 0}, {1, 0, 1, 0}, {1, 1, 1, 1}};
    ck_assert_uint_eq(congdoan_progress_child_count(p), 3);
    for (size_t c = 0; c < 3; c++)
        for (size_t i = 0; i < 4; i++)
            ck_assert_msg(congdoan_progress_child_expected(p, c, i) == asked[c][i], "child %zu indicator %zu", c, i);
    ck_assert_int_eq(congdoan_progress_child_expected(p, 3, 0), 0);
    ck_assert_int_eq(congdoan_progress_child_expected(p, 0, 4), 0);
    ck_assert_int_eq(congdoan_progress_child_expected(NULL, 0, 0), 0);
    congdoan_progress_free(p);

    /* under d1 no unit is named: d1 itself is the one expected, and no child answers for anything */
    p = compute("rp.d1");
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_expected_unit(p, 0)), "rp.d1");
    ck_assert_uint_eq(congdoan_progress_child_count(p), 2);
    for (size_t i = 0; i < 4; i++)
        ck_assert_int_eq(congdoan_progress_child_expected(p, 0, i), 0);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(a_reporter_asked_for_its_subtree_gives_totals)
{
    congdoan_progress *p = compute("rp.p");
    double v = -1, num = -1, den = -1, reported = -1, computed = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, DV, &v), 0);
    EQ(v, 100);
    ck_assert_int_eq(congdoan_progress_status(p, DV), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_finding_unit(p, 0)), "rp.d1");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_progress_finding_indicator(p, 0)), "dv");
    ck_assert_int_eq(congdoan_progress_finding_values(p, 0, &reported, &computed), 0);
    EQ(reported, 100);
    EQ(computed, 70);
    ck_assert_int_eq(congdoan_progress_fraction(p, VM, &num, &den), 0);
    EQ(num, 13);
    EQ(den, 20);
    ck_assert_int_eq(congdoan_progress_status(p, VM), CONGDOAN_EVAL_NOT_ACHIEVED);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(a_population_narrows_the_roll_up_or_says_it_cannot)
{
    congdoan_progress *p = compute("rp.p");
    double num = -1, den = -1, v = -1;
    ck_assert_int_eq(congdoan_progress_population(p, TU), CONGDOAN_POPULATION_APPLIED);
    ck_assert_int_eq(congdoan_progress_fraction(p, TU, &num, &den), 0);
    EQ(num, 3);
    EQ(den, 3);
    ck_assert_int_eq(congdoan_progress_status(p, TU), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_contributors(p, TU), 3);
    ck_assert_uint_eq(congdoan_progress_population_excluded(p, TU), 1);
    ck_assert_uint_eq(congdoan_progress_population_unchecked(p, TU), 1);

    ck_assert_int_eq(congdoan_progress_population(p, NC), CONGDOAN_POPULATION_NOT_APPLIED);
    ck_assert_int_eq(congdoan_progress_actual(p, NC, &v), 0);
    EQ(v, 100);
    ck_assert_uint_eq(congdoan_progress_population_excluded(p, NC), 0);

    ck_assert_int_eq(congdoan_progress_population(p, DV), CONGDOAN_POPULATION_NONE);
    ck_assert_int_eq(congdoan_progress_population(p, 9), CONGDOAN_POPULATION_NONE);
    ck_assert_int_eq(congdoan_progress_population(NULL, 0), CONGDOAN_POPULATION_NONE);
    ck_assert_str_eq(congdoan_population_status_name(CONGDOAN_POPULATION_APPLIED), "applied");
    ck_assert_str_eq(congdoan_population_status_name(CONGDOAN_POPULATION_NOT_APPLIED), "not-applied");
    ck_assert_ptr_null(congdoan_population_status_name((congdoan_population_status)3));

    /* by child: d1 holds g11 (in) and g12 (out): 1/1; d2 holds g21 (unchecked) and g22 (in): 2/2 */
    ck_assert_int_eq(congdoan_progress_child_actual(p, 0, TU, &v), 0);
    EQ(v, 100);
    ck_assert_int_eq(congdoan_progress_child_actual(p, 1, TU, &v), 0);
    EQ(v, 100);
    congdoan_progress_free(p);

    /* d1 alone: g12 left out, g11 in: 1/1 */
    p = compute("rp.d1");
    ck_assert_int_eq(congdoan_progress_fraction(p, TU, &num, &den), 0);
    EQ(num, 1);
    EQ(den, 1);
    ck_assert_uint_eq(congdoan_progress_population_excluded(p, TU), 1);
    ck_assert_uint_eq(congdoan_progress_population_unchecked(p, TU), 0);
    congdoan_progress_free(p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("progress-reporters");
    TCase *tc = tcase_create("reporters and populations");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, the_rule_of_who_reports_what);
    tcase_add_test(tc, completeness_by_indicator);
    tcase_add_test(tc, a_reporter_asked_for_its_subtree_gives_totals);
    tcase_add_test(tc, a_population_narrows_the_roll_up_or_says_it_cannot);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
