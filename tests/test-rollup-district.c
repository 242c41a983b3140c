/* The roll-up of one district (lib/query/subtree.c): a small subtree is walked from its top and
 * its units' reports come from their own lists, so that it costs what the district holds. The
 * figures of tests/data/district-cases.xml are worked out by hand below; a district too large
 * to walk, made here, is summed by formula; and on every fixture, every organisation as the
 * top, the walk and the reading of the corpus's arrays give the same result, as they do after
 * edits of the units, whose briefs (lib/model/brief.c) must follow. */
#include "test-common.h"

#include "model/model.h"    /* congdoan_corpus.briefs */
#include "query/progress.h" /* congdoan__rollup_walk */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EQ(a, b) ck_assert_double_eq_tol((a), (b), 1e-9)

static congdoan_corpus *corpus;
static const congdoan_document *ct;

static void setup(void)
{
    static const char *const names[] = {"district-cases.xml", NULL};
    corpus = test_load(names);
    ct = congdoan_corpus_document_by_id(corpus, "ct");
    ck_assert_ptr_nonnull(ct);
}

static void teardown(void)
{
    congdoan__rollup_walk = 0;
    congdoan_corpus_free(corpus);
    corpus = NULL;
    test_release_tracked();
}

static congdoan_progress *compute_in(const congdoan_corpus *c, const congdoan_document *d, const char *unit,
                                     const char *period, int at)
{
    congdoan_progress *p = NULL;
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, unit);
    ck_assert_msg(u != NULL, "no unit %s", unit);
    int rc = congdoan_progress_compute(c, d, u, period, at, &p);
    ck_assert_msg(rc == 0, "compute failed: %s", congdoan_error_last_message());
    return p;
}

static congdoan_progress *compute(const char *unit, const char *period, int at)
{
    return compute_in(corpus, ct, unit, period, at);
}

static size_t ind(const congdoan_progress *p, const char *id)
{
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++)
        if (strcmp(congdoan_indicator_id(congdoan_progress_indicator(p, i)), id) == 0)
            return i;
    ck_abort_msg("no indicator %s", id);
    return 0;
}

static double actual(const congdoan_progress *p, const char *id)
{
    double v = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, id), &v), 0);
    return v;
}

static double child_actual(const congdoan_progress *p, const char *child, const char *id)
{
    for (size_t c = 0; c < congdoan_progress_child_count(p); c++)
        if (strcmp(congdoan_unit_id(congdoan_progress_child(p, c)), child) == 0) {
            double v = -1;
            ck_assert_int_eq(congdoan_progress_child_actual(p, c, ind(p, id), &v), 0);
            return v;
        }
    ck_abort_msg("no child %s", child);
    return 0;
}

static void check_district(void)
{
    congdoan_progress *p = compute("huyen-1", "2025", 0);
    /* cnt: huyen-1 1 + cs-11 10 + cs-12 12 (its later report; not the 99 of the first) + cs-13 7
     * = 30, from 4 units; none of kcn-1's 4 or cs-141's 3 (a sibling of the district), cs-21's
     * 1000 or cs-31's 5000, nor cs-11's 777 of 2025-H1. 30 < 50: not achieved. */
    EQ(actual(p, "cnt"), 30);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "cnt")), 4);
    ck_assert_int_eq(congdoan_progress_status(p, ind(p, "cnt")), CONGDOAN_EVAL_NOT_ACHIEVED);
    /* pct: (2 + 8 + 3 + 5) / (4 + 10 + 5 + 5) = 18/24 = 75% (cs-13's own "100" is not added) */
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 18);
    EQ(den, 24);
    EQ(actual(p, "pct"), 75);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "pct")), 4);
    /* avg: cs-11's 6 activities over 2 unions = 3 >= 2 */
    EQ(actual(p, "avg"), 3);
    ck_assert_int_eq(congdoan_progress_status(p, ind(p, "avg")), CONGDOAN_EVAL_ACHIEVED);
    /* shr: the grassroots unions of the district classified for 2025: cs-11 good, cs-12
     * completed, cs-13 excellent: 2 of 3, 66.7% < 70 (cs-21, excellent, is not in it) */
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "shr"), &num, &den), 0);
    EQ(num, 2);
    EQ(den, 3);
    ck_assert_int_eq(congdoan_progress_source(p, ind(p, "shr")), CONGDOAN_SOURCE_UNIT_DATA);
    ck_assert_int_eq(congdoan_progress_status(p, ind(p, "shr")), CONGDOAN_EVAL_NOT_ACHIEVED);
    /* tot: nobody in the district gives it (kcn-1's 40 is outside) */
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "tot")), 0);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 0);
    /* the breakdown: huyen-1's children in load order */
    ck_assert_uint_eq(congdoan_progress_child_count(p), 3);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_child(p, 0)), "cs-11");
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_child(p, 2)), "cs-13");
    EQ(child_actual(p, "cs-12", "cnt"), 12);
    EQ(child_actual(p, "cs-13", "cnt"), 7);
    /* expected reporters inside the district: cs-11, cs-12 on time, cs-13 late (12-20 after the
     * 12-15 deadline); kcn-1 and cs-21 are outside */
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 3);
    static const char *const who[] = {"cs-11", "cs-12", "cs-13"};
    static const congdoan_submission how[] = {CONGDOAN_SUBMISSION_ON_TIME, CONGDOAN_SUBMISSION_ON_TIME,
                                              CONGDOAN_SUBMISSION_LATE};
    for (size_t k = 0; k < 3; k++) {
        ck_assert_str_eq(congdoan_unit_id(congdoan_progress_expected_unit(p, k)), who[k]);
        ck_assert_int_eq(congdoan_progress_expected_submission(p, k), how[k]);
    }
    congdoan_progress_free(p);
}

START_TEST(district_walked)
{
    check_district();
}
END_TEST

START_TEST(district_read_in_the_corpus_arrays)
{
    congdoan__rollup_walk = -1;
    check_district();
}
END_TEST

START_TEST(district_at_a_date)
{
    /* received by 2025-12-06: huyen-1 (12-02), cs-11 (12-01) and cs-12 (12-05); not cs-13
     * (12-20). cnt 1 + 10 + 12 = 23; pct (2 + 8 + 3) / (4 + 10 + 5) = 13/19. */
    congdoan_progress *p = compute("huyen-1", "2025", 20251206);
    EQ(actual(p, "cnt"), 23);
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 13);
    EQ(den, 19);
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 2), CONGDOAN_SUBMISSION_MISSING);
    congdoan_progress_free(p);
    /* kcn-1 by 2025-12-06: its own report (12-10) not yet, cs-141's (12-03) in: tot 30 with no
     * reported total to compare, so no finding */
    p = compute("kcn-1", "2025", 20251206);
    EQ(actual(p, "cnt"), 3);
    EQ(actual(p, "tot"), 30);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 0);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(district_of_one_union_and_below)
{
    /* kcn-1: its own 4 and cs-141's 3 = 7; shr cs-141 good: 1 of 1. tot: kcn-1 reports 40 for
     * its subtree, cs-141's 30 makes 30: the reported 40 is used (40 >= 35), and the
     * difference is a finding. */
    congdoan_progress *p = compute("kcn-1", "2025", 0);
    EQ(actual(p, "cnt"), 7);
    EQ(actual(p, "shr"), 100);
    EQ(actual(p, "tot"), 40);
    ck_assert_int_eq(congdoan_progress_status(p, ind(p, "tot")), CONGDOAN_EVAL_ACHIEVED);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_finding_unit(p, 0)), "kcn-1");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_progress_finding_indicator(p, 0)), "tot");
    double reported, computed;
    ck_assert_int_eq(congdoan_progress_finding_values(p, 0, &reported, &computed), 0);
    EQ(reported, 40);
    EQ(computed, 30);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 1);
    congdoan_progress_free(p);
    /* a grassroots union alone: its later report */
    p = compute("cs-12", "2025", 0);
    EQ(actual(p, "cnt"), 12);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 0);
    congdoan_progress_free(p);
    /* the province: both its districts and kcn-1, an inner node with a subtree total below the
     * top: cnt 30 + 7 + cs-21's 1000 = 1037, tot 40 with kcn-1's finding; not cs-31's 5000 */
    p = compute("ldld-a", "2025", 0);
    EQ(actual(p, "cnt"), 1037);
    EQ(actual(p, "tot"), 40);
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 1);
    EQ(child_actual(p, "kcn-1", "cnt"), 7);
    EQ(child_actual(p, "huyen-2", "cnt"), 1000);
    congdoan_progress_free(p);
}
END_TEST

START_TEST(district_reports_before_units_and_edits)
{
    /* The reports of a unit added through the API after them join its list, and edited values
     * (kept loose) count like loaded ones. */
    congdoan_corpus *c = test_new_corpus();
    static const char text[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
        "  <unit id=\"tinh\" level=\"provincial\" name=\"LĐLĐ tỉnh\"/>\n"
        "  <unit id=\"huyen\" level=\"upper-grassroots\" name=\"LĐLĐ huyện\" parent=\"tinh\"/>\n"
        "  <document id=\"ct\" kind=\"programme\" number=\"1/CTr\" issuer=\"tinh\" issued=\"2025-01-02\">\n"
        "    <title>Chương trình</title>\n"
        "    <section><indicator id=\"cnt\" measure=\"count\" comparator=\"at-least\" target=\"1\"><text>x</text></indicator>\n"
        "    <indicator id=\"pct\" measure=\"percentage\" comparator=\"at-least\" target=\"1\"><text>y</text></indicator></section>\n"
        "  </document>\n"
        "  <report id=\"r-a\" unit=\"cs-a\" document=\"ct\" period=\"2025\"><value indicator=\"cnt\" value=\"5\"/>"
        "<value indicator=\"pct\" numerator=\"1\" denominator=\"2\"/></report>\n"
        "  <report id=\"r-b\" unit=\"cs-b\" document=\"ct\" period=\"2025\"><value indicator=\"cnt\" value=\"7\"/></report>\n"
        "</congdoan>\n";
    ck_assert_int_eq(congdoan_corpus_load_memory(c, text, sizeof text - 1, "early.xml", NULL), 0);
    const congdoan_unit *a = NULL, *b = NULL;
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "cs-a", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn A", "huyen", &a), 0);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "cs-b", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn B", "huyen", &b), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ct");
    congdoan_progress *p = compute_in(c, d, "huyen", "2025", 0);
    EQ(actual(p, "cnt"), 12);
    congdoan_progress_free(p);
    /* r-b gets a percentage and r-a's count changes: 9 + 7 = 16; (1 + 3) / (2 + 4) */
    ck_assert_int_eq(congdoan_report_set_value(c, congdoan_corpus_report_by_id(c, "r-a"), "cnt", 9, CONGDOAN_COVERAGE_SELF), 0);
    ck_assert_int_eq(congdoan_report_set_fraction(c, congdoan_corpus_report_by_id(c, "r-b"), "pct", 3, 4, CONGDOAN_COVERAGE_SELF), 0);
    p = compute_in(c, d, "huyen", "2025", 0);
    EQ(actual(p, "cnt"), 16);
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 4);
    EQ(den, 6);
    congdoan_progress_free(p);
    /* a third report added through the API for cs-a, submitted later: it replaces r-a */
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_report(c, "r-a2", "cs-a", "ct", "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_submitted(c, r, 20251201), 0);
    ck_assert_int_eq(congdoan_report_set_value(c, r, "cnt", 1, CONGDOAN_COVERAGE_SELF), 0);
    p = compute_in(c, d, "huyen", "2025", 0);
    EQ(actual(p, "cnt"), 8);
    congdoan_progress_free(p);
    test_drop_corpus(c);
}
END_TEST

/* A district of `n` unions (cnt i, pct i/n for union i) next to a small one (3 unions of 1000)
 * in one province. */
static congdoan_corpus *two_districts(size_t n)
{
    strbuf b = {0};
    sb_str(&b, "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
               "<unit id=\"tinh\" level=\"provincial\" name=\"LĐLĐ tỉnh\"/>\n"
               "<unit id=\"lon\" level=\"upper-grassroots\" name=\"LĐLĐ huyện Lớn\" parent=\"tinh\"/>\n"
               "<unit id=\"nho\" level=\"upper-grassroots\" name=\"LĐLĐ huyện Nhỏ\" parent=\"tinh\"/>\n");
    for (size_t i = 1; i <= n; i++)
        sb_printf(&b, "<unit id=\"l%zu\" level=\"grassroots\" name=\"CĐCS %zu\" parent=\"lon\"/>\n", i, i);
    for (size_t i = 1; i <= 3; i++)
        sb_printf(&b, "<unit id=\"n%zu\" level=\"grassroots\" name=\"CĐCS nhỏ %zu\" parent=\"nho\"/>\n", i, i);
    sb_str(&b, "<document id=\"ct\" kind=\"programme\" number=\"1/CTr\" issuer=\"tinh\" issued=\"2025-01-02\">\n"
               "<title>Chương trình</title><section>\n"
               "<indicator id=\"cnt\" measure=\"count\" comparator=\"at-least\" target=\"1\"><text>x</text></indicator>\n"
               "<indicator id=\"pct\" measure=\"percentage\" comparator=\"at-least\" target=\"1\"><text>y</text></indicator>\n"
               "</section></document>\n");
    for (size_t i = 1; i <= n; i++)
        sb_printf(&b, "<report id=\"rl%zu\" unit=\"l%zu\" document=\"ct\" period=\"2025\"><value indicator=\"pct\" "
                      "numerator=\"%zu\" denominator=\"%zu\"/><value indicator=\"cnt\" value=\"%zu\"/></report>\n",
                  i, i, i, n, i);
    for (size_t i = 1; i <= 3; i++)
        sb_printf(&b, "<report id=\"rn%zu\" unit=\"n%zu\" document=\"ct\" period=\"2025\"><value indicator=\"cnt\" "
                      "value=\"1000\"/></report>\n", i, i);
    sb_str(&b, "</congdoan>\n");
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(c, b.data, b.len, "districts.xml", NULL), 0);
    free(b.data);
    return c;
}

START_TEST(district_too_large_to_walk)
{
    /* 400 unions: more than a walk takes (256 units here), so the corpus's arrays are read.
     * cnt 1 + 2 + ... + 400 = 80,200; pct 80,200 / (400 * 400) = 50.125%; the small district's
     * 3 * 1000 apart, and walked. */
    congdoan_corpus *c = two_districts(400);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ct");
    congdoan_progress *p = compute_in(c, d, "lon", "2025", 0);
    EQ(actual(p, "cnt"), 80200);
    EQ(actual(p, "pct"), 50.125);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "cnt")), 400);
    ck_assert_uint_eq(congdoan_progress_child_count(p), 400);
    EQ(child_actual(p, "l400", "cnt"), 400);
    congdoan_progress_free(p);
    p = compute_in(c, d, "nho", "2025", 0);
    EQ(actual(p, "cnt"), 3000);
    congdoan_progress_free(p);
    p = compute_in(c, d, "tinh", "2025", 0);
    EQ(actual(p, "cnt"), 83200);
    congdoan_progress_free(p);
    test_drop_corpus(c);
}
END_TEST

/* Every figure of two results equal (the order of the additions is the same: each unit's
 * chosen report, added into the same rows). */
static void same_result(const congdoan_progress *a, const congdoan_progress *b, const char *what)
{
    size_t n = congdoan_progress_indicator_count(a);
    ck_assert_uint_eq(congdoan_progress_indicator_count(b), n);
    for (size_t i = 0; i < n; i++) {
        double x = 0, y = 0, xn = 0, xd = 0, yn = 0, yd = 0;
        ck_assert_msg(congdoan_progress_actual(a, i, &x) == congdoan_progress_actual(b, i, &y) && x == y &&
                          congdoan_progress_fraction(a, i, &xn, &xd) == congdoan_progress_fraction(b, i, &yn, &yd) &&
                          xn == yn && xd == yd,
                      "%s, indicator %zu: %g against %g", what, i, x, y);
        ck_assert_msg(congdoan_progress_status(a, i) == congdoan_progress_status(b, i) &&
                          congdoan_progress_source(a, i) == congdoan_progress_source(b, i) &&
                          congdoan_progress_contributors(a, i) == congdoan_progress_contributors(b, i) &&
                          congdoan_progress_unaggregated(a, i) == congdoan_progress_unaggregated(b, i),
                      "%s, indicator %zu: status, source or counts differ", what, i);
        for (size_t c = 0; c < congdoan_progress_child_count(a); c++) {
            int ra = congdoan_progress_child_actual(a, c, i, &x), rb = congdoan_progress_child_actual(b, c, i, &y);
            ck_assert_msg(ra == rb && (ra != 0 || x == y), "%s, child %zu, indicator %zu: %g against %g", what, c, i, x, y);
        }
    }
    ck_assert_uint_eq(congdoan_progress_finding_count(a), congdoan_progress_finding_count(b));
    for (size_t k = 0; k < congdoan_progress_finding_count(a); k++) {
        double ra, ca, rb, cb;
        congdoan_progress_finding_values(a, k, &ra, &ca);
        congdoan_progress_finding_values(b, k, &rb, &cb);
        ck_assert_msg(congdoan_progress_finding_unit(a, k) == congdoan_progress_finding_unit(b, k) &&
                          congdoan_progress_finding_indicator(a, k) == congdoan_progress_finding_indicator(b, k) &&
                          ra == rb && ca == cb,
                      "%s: finding %zu differs", what, k);
    }
    ck_assert_uint_eq(congdoan_progress_expected_count(a), congdoan_progress_expected_count(b));
    for (size_t k = 0; k < congdoan_progress_expected_count(a); k++)
        ck_assert_msg(congdoan_progress_expected_unit(a, k) == congdoan_progress_expected_unit(b, k) &&
                          congdoan_progress_expected_submission(a, k) == congdoan_progress_expected_submission(b, k),
                      "%s: expected unit %zu differs", what, k);
}

/* Walked or read in the corpus's arrays: the same result for every organisation as the top,
 * every document with indicators, two periods and two reference dates. */
static void both_ways(const congdoan_corpus *c)
{
    static const char *const periods[] = {"2025", "2025-H1"};
    static const int dates[] = {0, 20251206};
    size_t compared = 0;
    for (size_t di = 0; di < congdoan_corpus_document_count(c); di++) {
        const congdoan_document *d = congdoan_corpus_document(c, di);
        if (!congdoan_document_indicator_count(d))
            continue;
        for (size_t ui = 0; ui < congdoan_corpus_unit_count(c); ui++) {
            const congdoan_unit *u = congdoan_corpus_unit(c, ui);
            if (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION)
                continue;
            for (size_t pi = 0; pi < 2; pi++)
                for (size_t ti = 0; ti < 2; ti++) {
                    congdoan_progress *walked = NULL, *read = NULL;
                    congdoan__rollup_walk = 1;
                    ck_assert_int_eq(congdoan_progress_compute(c, d, u, periods[pi], dates[ti], &walked), 0);
                    congdoan__rollup_walk = -1;
                    ck_assert_int_eq(congdoan_progress_compute(c, d, u, periods[pi], dates[ti], &read), 0);
                    congdoan__rollup_walk = 0;
                    char what[256];
                    snprintf(what, sizeof what, "%s over %s for %s at %d", congdoan_document_id(d), congdoan_unit_id(u),
                             periods[pi], dates[ti]);
                    same_result(walked, read, what);
                    congdoan_progress_free(walked);
                    congdoan_progress_free(read);
                    compared++;
                }
        }
    }
    ck_assert_uint_gt(compared, 0);
}

START_TEST(walked_and_read_agree_on_the_fixtures)
{
    both_ways(corpus);
    static const char *const progress[] = {"progress-cases.xml", NULL};
    congdoan_corpus *c = test_track_corpus(test_load(progress));
    both_ways(c);
    test_drop_corpus(c);
    static const char *const laichau[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml",
                                          "reports-laichau-2025.xml", NULL};
    c = test_track_corpus(test_load(laichau));
    both_ways(c);
    test_drop_corpus(c);
}
END_TEST

/* The units' briefs (lib/model/brief.c), which the reading of the corpus's arrays takes instead
 * of the unit records: each as the unit's public fields say. */
static size_t index_of(const congdoan_corpus *c, const congdoan_unit *u)
{
    size_t i = 0;
    while (i < congdoan_corpus_unit_count(c) && congdoan_corpus_unit(c, i) != u)
        i++;
    ck_assert_uint_lt(i, congdoan_corpus_unit_count(c));
    return i;
}

static void briefs_agree(const congdoan_corpus *c)
{
    for (size_t i = 0; i < congdoan_corpus_unit_count(c); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        const congdoan__unit_brief *b = &c->briefs[i];
        int org = congdoan_unit_get_kind(u) == CONGDOAN_UNIT_ORGANISATION;
        const char *id = congdoan_unit_id(u);
        ck_assert_msg(!!(b->flags & CONGDOAN__BRIEF_ORGANISATION) == org, "%s: kind", id);
        ck_assert_msg(!!(b->flags & CONGDOAN__BRIEF_LEAF) == !congdoan_unit_child_count(u), "%s: leaf", id);
        const congdoan_unit *p = org ? congdoan_unit_parent(u) : NULL;
        ck_assert_msg(b->parent == (p ? index_of(c, p) + 1 : 0), "%s: parent", id);
        ck_assert_msg(b->level == congdoan_unit_level(u) && b->sector == congdoan_unit_sector(u), "%s: level, sector", id);
        size_t n = congdoan_unit_classification_count(u);
        ck_assert_msg(!!(b->flags & CONGDOAN__BRIEF_GRADED) == (n <= 1), "%s: classifications", id);
        if (n == 1) {
            ck_assert_msg(b->year == congdoan_unit_classification_year(u, 0) &&
                              b->grade == congdoan_unit_classification_grade(u, 0),
                          "%s: classification", id);
        }
    }
}

static void share_is(const congdoan_corpus *c, const char *top, double num, double den)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ct");
    for (int walk = -1; walk <= 1; walk += 2) {
        congdoan__rollup_walk = walk;
        congdoan_progress *p = compute_in(c, d, top, "2025", 0);
        congdoan__rollup_walk = 0;
        double n = -1, dd = -1;
        ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "shr"), &n, &dd), 0);
        ck_assert_msg(n == num && dd == den, "shr over %s (%s): %g/%g, expected %g/%g", top,
                      walk < 0 ? "read" : "walked", n, dd, num, den);
        congdoan_progress_free(p);
    }
}

/* Loads that change units loaded before: a second file brings the parent of the first one's
 * root, and a child for one of its leaves: the briefs follow. */
START_TEST(briefs_follow_later_loads)
{
    static const char first[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
        "  <unit id=\"huyen\" level=\"upper-grassroots\" name=\"LĐLĐ huyện\" parent=\"tinh\"/>\n"
        "  <unit id=\"cs-1\" level=\"grassroots\" name=\"CĐCS Một\" parent=\"huyen\"/>\n"
        "  <unit id=\"kcn\" level=\"upper-grassroots\" name=\"CĐ Khu công nghiệp\" parent=\"tinh\"/>\n"
        "</congdoan>\n";
    static const char second[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
        "  <unit id=\"tinh\" level=\"provincial\" name=\"LĐLĐ tỉnh\"/>\n"
        "  <unit id=\"cs-2\" level=\"grassroots\" name=\"CĐCS Hai\" parent=\"kcn\"/>\n"
        "</congdoan>\n";
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(c, first, sizeof first - 1, "first.xml", NULL), 0);
    briefs_agree(c);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, second, sizeof second - 1, "second.xml", NULL), 0);
    /* huyen and kcn, roots until now, are under tinh; kcn, a leaf until now, has cs-2 */
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_uint_eq(congdoan_unit_child_count(congdoan_corpus_unit_by_id(c, "kcn")), 1);
    briefs_agree(c);
    test_drop_corpus(c);
}
END_TEST

START_TEST(walked_and_read_agree_after_unit_edits)
{
    /* district-cases.xml's grassroots unions of 2025: cs-11 good, cs-12 completed, cs-13
     * excellent, cs-141 good (under kcn-1), cs-21 excellent (under ldld-a), cs-31 good
     * (ldld-b): "good or better" is 4 of 5 over ldld-a, 1 of 1 over ldld-b */
    congdoan_corpus *c = test_track_corpus(test_load((const char *const[]){"district-cases.xml", NULL}));
    briefs_agree(c);
    share_is(c, "ldld-a", 4, 5);
    share_is(c, "ldld-b", 1, 1);
    const congdoan_unit *u = NULL;
    /* cs-12 excellent: 5 of 5 */
    ck_assert_int_eq(congdoan_unit_set_classification(c, congdoan_corpus_unit_by_id(c, "cs-12"), 2025, CONGDOAN_GRADE_EXCELLENT), 0);
    share_is(c, "ldld-a", 5, 5);
    /* a second classification for cs-11 (2024, completed): 2025's good still counts */
    ck_assert_int_eq(congdoan_unit_set_classification(c, congdoan_corpus_unit_by_id(c, "cs-11"), 2024, CONGDOAN_GRADE_COMPLETED), 0);
    share_is(c, "ldld-a", 5, 5);
    /* cs-141 moves to huyen-3 (tỉnh B): kcn-1 is left without children; 4 of 4, 2 of 2 */
    ck_assert_int_eq(congdoan_unit_set_parent_id(c, congdoan_corpus_unit_by_id(c, "cs-141"), "huyen-3"), 0);
    share_is(c, "ldld-a", 4, 4);
    share_is(c, "ldld-b", 2, 2);
    /* a new union under huyen-2, completed: 4 of 5 */
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "cs-22", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Trường Mầm non Hai", "huyen-2", &u), 0);
    ck_assert_int_eq(congdoan_unit_set_sector(c, u, CONGDOAN_SECTOR_PUBLIC), 0);
    ck_assert_int_eq(congdoan_unit_set_classification(c, u, 2025, CONGDOAN_GRADE_COMPLETED), 0);
    share_is(c, "ldld-a", 4, 5);
    /* cs-13 becomes an upper-grassroots union with a union of its own below (good): cs-13 is
     * out of the share, cs-131 in it: still 4 of 5 */
    const congdoan_unit *cs13 = congdoan_corpus_unit_by_id(c, "cs-13");
    ck_assert_int_eq(congdoan_unit_set_sector(c, cs13, CONGDOAN_SECTOR_NONE), 0); /* (only grassroots unions have one) */
    ck_assert_int_eq(congdoan_unit_set_level(c, cs13, CONGDOAN_LEVEL_UPPER_GRASSROOTS), 0);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "cs-131", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Tổ Một", "cs-13", &u), 0);
    ck_assert_int_eq(congdoan_unit_set_classification(c, u, 2025, CONGDOAN_GRADE_GOOD), 0);
    ck_assert_int_eq(congdoan_unit_add_department(c, u, "cs-131.vp", "Văn phòng", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE, NULL), 0);
    share_is(c, "ldld-a", 4, 5);
    share_is(c, "huyen-1", 3, 3);
    briefs_agree(c);
    both_ways(c);
    test_drop_corpus(c);
}
END_TEST

START_TEST(walked_and_read_agree_on_the_sample_data)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_path(c, test_sample_path(""), NULL), 0);
    both_ways(c);
    test_drop_corpus(c);
}
END_TEST

static Suite *district_suite(void)
{
    Suite *s = suite_create("rollup-district");
    TCase *tc = tcase_create("district");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, district_walked);
    tcase_add_test(tc, district_read_in_the_corpus_arrays);
    tcase_add_test(tc, district_at_a_date);
    tcase_add_test(tc, district_of_one_union_and_below);
    tcase_add_test(tc, district_reports_before_units_and_edits);
    tcase_add_test(tc, district_too_large_to_walk);
    tcase_add_test(tc, walked_and_read_agree_on_the_fixtures);
    tcase_add_test(tc, walked_and_read_agree_on_the_sample_data);
    tcase_add_test(tc, walked_and_read_agree_after_unit_edits);
    tcase_add_test(tc, briefs_follow_later_loads);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(district_suite());
}
