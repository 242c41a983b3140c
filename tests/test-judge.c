/*
 * The one rule that judges a figure against a target (lib/query/progress.c, congdoan__judge()):
 * every comparator, both directions, the ties and the edges, with values worked out by hand from
 * REFERENCE.md's table "Comparators".
 */
#include "test-common.h"

#include "query/progress.h"

#include <math.h>

enum { A = CONGDOAN_EVAL_ACHIEVED, N = CONGDOAN_EVAL_NOT_ACHIEVED, X = CONGDOAN_EVAL_EXCEEDED };
enum { HI = CONGDOAN_DIRECTION_HIGHER, LO = CONGDOAN_DIRECTION_LOWER };

typedef struct judge_case {
    congdoan_comparator c;
    int direction;
    double target;
    int has_max;
    double max, actual;
    int want;
} judge_case;

static const judge_case cases[] = {
    /* a bare target ("phấn đấu 95%"): reached or gone beyond, in its direction */
    {CONGDOAN_COMPARATOR_TARGET, HI, 95, 0, 0, 95, A},
    {CONGDOAN_COMPARATOR_TARGET, HI, 95, 0, 0, 96, A},
    {CONGDOAN_COMPARATOR_TARGET, HI, 95, 0, 0, 94.9, N},
    {CONGDOAN_COMPARATOR_TARGET, 0, 1810, 0, 0, 1478, N}, /* no direction is higher */
    {CONGDOAN_COMPARATOR_TARGET, LO, 5, 0, 0, 5, A},
    {CONGDOAN_COMPARATOR_TARGET, LO, 5, 0, 0, 4, A},
    {CONGDOAN_COMPARATOR_TARGET, LO, 5, 0, 0, 5.1, N},
    /* "gần 4.450": 5 % of 4450 is 222.5, so from 4227.5 on, and everything above */
    {CONGDOAN_COMPARATOR_ABOUT, HI, 4450, 0, 0, 4227.5, A},
    {CONGDOAN_COMPARATOR_ABOUT, HI, 4450, 0, 0, 4227, N},
    {CONGDOAN_COMPARATOR_ABOUT, HI, 4450, 0, 0, 5000, A},
    {CONGDOAN_COMPARATOR_ABOUT, LO, 100, 0, 0, 105, A},
    {CONGDOAN_COMPARATOR_ABOUT, LO, 100, 0, 0, 105.1, N},
    {CONGDOAN_COMPARATOR_ABOUT, LO, 100, 0, 0, 50, A},
    {CONGDOAN_COMPARATOR_ABOUT, HI, 0, 0, 0, 0, A},
    /* strict: the target itself misses */
    {CONGDOAN_COMPARATOR_MORE_THAN, 0, 45, 0, 0, 45, N},
    {CONGDOAN_COMPARATOR_MORE_THAN, 0, 45, 0, 0, 45.001, A},
    {CONGDOAN_COMPARATOR_LESS_THAN, 0, 5, 0, 0, 5, N},
    {CONGDOAN_COMPARATOR_LESS_THAN, 0, 5, 0, 0, 4.99, A},
    /* kept: at-least and at-most take the target; ties within 1e-9 relative */
    {CONGDOAN_COMPARATOR_AT_LEAST, 0, 98, 0, 0, 98, A},
    {CONGDOAN_COMPARATOR_AT_LEAST, 0, 98, 0, 0, 98 - 1e-8, A},
    {CONGDOAN_COMPARATOR_AT_LEAST, 0, 98, 0, 0, 97.999999, N},
    {CONGDOAN_COMPARATOR_AT_MOST, 0, 5, 0, 0, 5, A},
    {CONGDOAN_COMPARATOR_AT_MOST, 0, 5, 0, 0, 6, N},
    {CONGDOAN_COMPARATOR_EXACTLY, 0, 10, 0, 0, 10, A},
    {CONGDOAN_COMPARATOR_EXACTLY, 0, 10, 0, 0, 11, N},
    /* a range: inside is achieved, above the top "vượt" */
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 1, 4, 1.9, N},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 1, 4, 2, A},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 1, 4, 4, A},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 1, 4, 4.1, X},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 0, 0, 400, A}, /* no top: no top */
    /* "50–60% trở lên" */
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 1, 60, 49, N},
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 1, 60, 50, A},
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 1, 60, 60, A},
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 1, 60, 61, X},
    /* an unknown comparator never passes */
    {(congdoan_comparator)0, 0, 1, 0, 0, 1, N},
};

START_TEST(judge)
{
    const judge_case *k = &cases[_i];
    int got = congdoan__judge(k->c, k->direction, k->target, k->has_max, k->max, k->actual);
    ck_assert_msg(got == k->want, "case %d: comparator %d direction %d target %g max %g actual %g: %d, expected %d",
                  _i, k->c, k->direction, k->target, k->max, k->actual, got, k->want);
}
END_TEST

typedef struct ratio_case {
    congdoan_comparator c;
    int direction;
    double target, max, actual, want;
} ratio_case;

static const ratio_case ratios[] = {
    {CONGDOAN_COMPARATOR_TARGET, HI, 95, 0, 76, 0.8},
    {CONGDOAN_COMPARATOR_TARGET, LO, 5, 0, 10, 0.5},
    {CONGDOAN_COMPARATOR_TARGET, LO, 5, 0, 4, 1.0},
    {CONGDOAN_COMPARATOR_ABOUT, HI, 4450, 0, 4450, 1.0},
    {CONGDOAN_COMPARATOR_MORE_THAN, 0, 40, 0, 50, 1.25},
    {CONGDOAN_COMPARATOR_LESS_THAN, 0, 5, 0, 4, 1.0},
    {CONGDOAN_COMPARATOR_LESS_THAN, 0, 5, 0, 20, 0.25},
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 60, 25, 0.5},
    {CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0, 50, 60, 70, 1.4},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 4, 5, 0.8},
    {CONGDOAN_COMPARATOR_RANGE, 0, 2, 4, 1, 0.5},
    {CONGDOAN_COMPARATOR_EXACTLY, 0, 10, 0, 8, 0.8},
};

START_TEST(ratio)
{
    const ratio_case *k = &ratios[_i];
    double got = congdoan__judge_ratio(k->c, k->direction, k->target, k->max != 0, k->max, k->actual);
    ck_assert_msg(fabs(got - k->want) < 1e-12, "case %d: %.15g, expected %g", _i, got, k->want);
}
END_TEST

START_TEST(senses)
{
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_TARGET, 0), 1);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_TARGET, LO), -1);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_ABOUT, LO), -1);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_MORE_THAN, LO), 1); /* no direction */
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_LESS_THAN, 0), -1);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_RANGE_OR_MORE, 0), 1);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_RANGE, 0), 0);
    ck_assert_int_eq(congdoan__comparator_sense(CONGDOAN_COMPARATOR_EXACTLY, 0), 0);
    ck_assert(congdoan__comparator_strict(CONGDOAN_COMPARATOR_MORE_THAN));
    ck_assert(!congdoan__comparator_strict(CONGDOAN_COMPARATOR_TARGET));
    ck_assert_str_eq(congdoan_eval_status_name(CONGDOAN_EVAL_EXCEEDED), "exceeded");
    ck_assert_ptr_null(congdoan_eval_status_name((congdoan_eval_status)5));
}
END_TEST

/* The public judges read the indicator's own direction: "phấn đấu giảm tỷ lệ ... xuống 10%"
 * (target 10, direction lower) is achieved at 8 and missed at 12, with ratios 10/8 and 10/12;
 * "khoảng 90%" lowered likewise (within 5 % of 90 or below); a progress over a report of 8 is
 * achieved. Cascades compare a lowered target with at-most refinements (test-cascade.c). */
START_TEST(public_judges_read_the_direction)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\"><unit id='p' level='provincial' name='P'/>"
        "<document id='d' kind='plan' issuer='p'><section>"
        "<indicator id='lo' measure='percentage' comparator='target' target='10' direction='lower'><text>lo</text></indicator>"
        "<indicator id='ab' measure='percentage' comparator='about' target='90' direction='lower'><text>ab</text></indicator>"
        "</section></document>"
        "<report id='r' unit='p' document='d' period='2025'><value indicator='lo' numerator='8' denominator='100'/></report>"
        "</congdoan>";
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "direction.xml", NULL), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "d");
    const congdoan_indicator *lo = congdoan_document_indicator_by_id(d, "lo"), *ab = congdoan_document_indicator_by_id(d, "ab");
    ck_assert_int_eq(congdoan_indicator_judge(lo, 8), A);
    ck_assert_int_eq(congdoan_indicator_judge(lo, 10), A);
    ck_assert_int_eq(congdoan_indicator_judge(lo, 12), N);
    double r = 0;
    ck_assert_int_eq(congdoan_indicator_ratio(lo, 8, &r), 0);
    ck_assert_double_eq_tol(r, 1.0, 1e-12); /* at or below a lowered target: met */
    ck_assert_int_eq(congdoan_indicator_ratio(lo, 12, &r), 0);
    ck_assert_double_eq_tol(r, 10.0 / 12.0, 1e-12);
    ck_assert_int_eq(congdoan_indicator_judge(ab, 94.5), A); /* 90 + 5 % of 90 */
    ck_assert_int_eq(congdoan_indicator_judge(ab, 94.6), N);
    ck_assert_int_eq(congdoan_indicator_judge(ab, 40), A);
    congdoan_progress *p = NULL;
    ck_assert_int_eq(congdoan_progress_compute(c, d, congdoan_corpus_unit_by_id(c, "p"), "2025", 0, &p), 0);
    ck_assert_int_eq(congdoan_progress_status(p, 0), A);
    ck_assert_int_eq(congdoan_progress_ratio(p, 0, &r), 0);
    ck_assert_double_eq_tol(r, 1.0, 1e-12);
    congdoan_progress_free(p);
    test_release_tracked();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("judge");
    TCase *tc = tcase_create("rule");
    tcase_add_loop_test(tc, judge, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_loop_test(tc, ratio, 0, (int)(sizeof ratios / sizeof ratios[0]));
    tcase_add_test(tc, senses);
    tcase_add_test(tc, public_judges_read_the_direction);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
