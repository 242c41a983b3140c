/* The roll-up takes shortcuts for the usual case (lib/query/rollup.c): the units read in load order,
 * each report's unit resolved when it was loaded, leaves' reports added without the general
 * rules, one pass over the reports. These tests take tests/data/progress-cases.xml (worked out
 * by hand in test-progress.c) down the other roads — units loaded after their reports and
 * children before their parents, a unit added through the API after its report, edited
 * values, leaf reports that need the general rules — and check every figure. */
#include "test-common.h"

#include "base/base.h"   /* congdoan__alloc_fail_at */
#include "model/model.h" /* congdoan_corpus.waiting_lost */
#include "query/dense-sum.h" /* congdoan__dense_sum_int_variants */
#include "query/progress.h" /* congdoan__rollup_walk */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EQ(a, b) ck_assert_double_eq_tol((a), (b), 1e-9)

static char *read_fixture(const char *name, size_t *size)
{
    FILE *f = fopen(test_data_path(name), "rb");
    ck_assert_ptr_nonnull(f);
    strbuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_put(&b, chunk, n);
    fclose(f);
    *size = b.len;
    return b.data;
}

static void load_text(congdoan_corpus *c, const char *text, size_t len, const char *name)
{
    int rc = congdoan_corpus_load_memory(c, text, len, name, NULL);
    ck_assert_msg(rc == 0, "%s: %s", name, congdoan_error_last_message());
}

static congdoan_corpus *canonical(void)
{
    static const char *const names[] = {"progress-cases.xml", NULL};
    return test_load(names);
}

/* progress-cases.xml cut into loads: the document and reports first (no unit loaded yet), then
 * each unit in a load of its own, last unit first, so that every child comes before its
 * parent and every report before its unit. */
static congdoan_corpus *scrambled(void)
{
    size_t size;
    char *text = read_fixture("progress-cases.xml", &size);
    const char *open_end = strstr(text, "version=\"1.2\">\n");
    ck_assert_ptr_nonnull(open_end);
    open_end += strlen("version=\"1.2\">\n");
    const char *first_unit = strstr(open_end, "  <unit ");
    const char *units_end = strstr(first_unit, "\n\n  <document");
    ck_assert_ptr_nonnull(units_end);
    units_end += 1;
    const char *starts[16];
    size_t n = 0;
    for (const char *u = first_unit; u && u < units_end; u = strstr(u + 1, "\n  <unit ")) {
        if (u != first_unit)
            u++;
        ck_assert_uint_lt(n, 16);
        starts[n++] = u;
    }
    ck_assert_uint_eq(n, 8);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    strbuf rest = {0};
    sb_put(&rest, text, (size_t)(first_unit - text));
    sb_str(&rest, units_end);
    load_text(c, rest.data, rest.len, "document-and-reports.xml");
    for (size_t k = n; k-- > 0;) {
        const char *end = k + 1 < n ? starts[k + 1] : units_end;
        strbuf one = {0};
        sb_put(&one, text, (size_t)(open_end - text));
        sb_put(&one, starts[k], (size_t)(end - starts[k]));
        sb_str(&one, "</congdoan>\n");
        load_text(c, one.data, one.len, "unit.xml");
        free(one.data);
    }
    free(rest.data);
    free(text);
    /* the scrambling worked: the top was loaded last, after its children */
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, congdoan_corpus_unit_count(c) - 1)), "p");
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    return c;
}

static congdoan_progress *compute_in(const congdoan_corpus *c, const char *unit, const char *period, int at)
{
    congdoan_progress *p = NULL;
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "prog");
    int rc = congdoan_progress_compute(c, d, congdoan_corpus_unit_by_id(c, unit), period, at, &p);
    ck_assert_msg(rc == 0, "compute failed: %s", congdoan_error_last_message());
    return p;
}

static size_t ind(const congdoan_progress *p, const char *id)
{
    for (size_t i = 0; i < congdoan_progress_indicator_count(p); i++)
        if (strcmp(congdoan_indicator_id(congdoan_progress_indicator(p, i)), id) == 0)
            return i;
    ck_abort_msg("no indicator %s", id);
    return 0;
}

/* Every figure of two results, indicator by indicator, child by child. */
static void assert_same(const congdoan_progress *a, const congdoan_progress *b)
{
    size_t n = congdoan_progress_indicator_count(a);
    ck_assert_uint_eq(congdoan_progress_indicator_count(b), n);
    for (size_t i = 0; i < n; i++) {
        double x = -1, y = -2, xn = -1, xd = -1, yn = -2, yd = -2;
        ck_assert_int_eq(congdoan_progress_status(a, i), congdoan_progress_status(b, i));
        ck_assert_int_eq(congdoan_progress_actual(a, i, &x), congdoan_progress_actual(b, i, &y));
        EQ(x, y);
        ck_assert_int_eq(congdoan_progress_fraction(a, i, &xn, &xd), congdoan_progress_fraction(b, i, &yn, &yd));
        EQ(xn, yn);
        EQ(xd, yd);
        ck_assert_int_eq(congdoan_progress_source(a, i), congdoan_progress_source(b, i));
        ck_assert_uint_eq(congdoan_progress_contributors(a, i), congdoan_progress_contributors(b, i));
        ck_assert_uint_eq(congdoan_progress_unaggregated(a, i), congdoan_progress_unaggregated(b, i));
        /* the units left out for giving only a rate: the same (in each corpus's load order, so
         * matched by id), as many as counted */
        size_t r = congdoan_progress_rate_only_count(a, i);
        ck_assert_uint_eq(congdoan_progress_rate_only_count(b, i), r);
        if (congdoan_indicator_measure(congdoan_progress_indicator(a, i)) != CONGDOAN_MEASURE_SCORE)
            ck_assert_uint_eq(r, congdoan_progress_unaggregated(a, i));
        for (size_t k = 0; k < r; k++) {
            const char *id = congdoan_unit_id(congdoan_progress_rate_only_unit(a, i, k));
            size_t m = 0;
            while (m < r && strcmp(congdoan_unit_id(congdoan_progress_rate_only_unit(b, i, m)), id) != 0)
                m++;
            ck_assert_msg(m < r, "%s left out in one result only", id);
        }
    }
    /* children and expected units come in load order, which differs: matched by id */
    size_t kids = congdoan_progress_child_count(a);
    ck_assert_uint_eq(congdoan_progress_child_count(b), kids);
    for (size_t c = 0; c < kids; c++) {
        size_t d = 0;
        while (d < kids && strcmp(congdoan_unit_id(congdoan_progress_child(a, c)), congdoan_unit_id(congdoan_progress_child(b, d))) != 0)
            d++;
        ck_assert_uint_lt(d, kids);
        for (size_t i = 0; i < n; i++) {
            double x = -1, y = -2;
            ck_assert_int_eq(congdoan_progress_child_status(a, c, i), congdoan_progress_child_status(b, d, i));
            ck_assert_int_eq(congdoan_progress_child_actual(a, c, i, &x), congdoan_progress_child_actual(b, d, i, &y));
            EQ(x, y);
        }
    }
    ck_assert_uint_eq(congdoan_progress_finding_count(a), congdoan_progress_finding_count(b));
    for (size_t k = 0; k < congdoan_progress_finding_count(a); k++) {
        double ar, ac, br, bc;
        ck_assert_str_eq(congdoan_unit_id(congdoan_progress_finding_unit(a, k)),
                         congdoan_unit_id(congdoan_progress_finding_unit(b, k)));
        ck_assert_int_eq(congdoan_progress_finding_values(a, k, &ar, &ac), 0);
        ck_assert_int_eq(congdoan_progress_finding_values(b, k, &br, &bc), 0);
        EQ(ar, br);
        EQ(ac, bc);
    }
    size_t m = congdoan_progress_expected_count(a);
    ck_assert_uint_eq(congdoan_progress_expected_count(b), m);
    for (size_t k = 0; k < m; k++) {
        size_t j = 0;
        while (j < m && strcmp(congdoan_unit_id(congdoan_progress_expected_unit(a, k)),
                               congdoan_unit_id(congdoan_progress_expected_unit(b, j))) != 0)
            j++;
        ck_assert_uint_lt(j, m);
        ck_assert_int_eq(congdoan_progress_expected_submission(a, k), congdoan_progress_expected_submission(b, j));
    }
}

START_TEST(load_order_does_not_change_the_result)
{
    congdoan_corpus *a = canonical(), *b = scrambled();
    static const struct {
        const char *unit, *period;
        int at;
    } cases[] = {
        {"p", "2025", 0}, {"p", "2025", 20251218}, {"p", "2025", 20251115}, {"p", "2025-H1", 0},
        {"d1", "2025", 0}, {"d3", "2025", 0}, {"g31", "2025", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        congdoan_progress *x = compute_in(a, cases[k].unit, cases[k].period, cases[k].at);
        congdoan_progress *y = compute_in(b, cases[k].unit, cases[k].period, cases[k].at);
        assert_same(x, y);
        congdoan_progress_free(x);
        congdoan_progress_free(y);
    }
    /* and the hand-worked figures themselves (test-progress.c): pct 85/120, tot 30 + 15 (d1's
     * subtree total, d2), d1's finding 30 against 22 */
    congdoan_progress *y = compute_in(b, "p", "2025", 0);
    double num, den, v;
    ck_assert_int_eq(congdoan_progress_fraction(y, ind(y, "pct"), &num, &den), 0);
    EQ(num, 85);
    EQ(den, 120);
    ck_assert_int_eq(congdoan_progress_actual(y, ind(y, "tot"), &v), 0);
    EQ(v, 45);
    ck_assert_uint_eq(congdoan_progress_finding_count(y), 1);
    congdoan_progress_free(y);
    congdoan_corpus_free(a);
    congdoan_corpus_free(b);
}
END_TEST

START_TEST(unit_added_after_its_report)
{
    congdoan_corpus *c = canonical();
    const congdoan_report *r = NULL;
    /* a report from g22, which no file has loaded: it counts once g22 exists */
    ck_assert_int_eq(congdoan_corpus_add_report(c, "r-g22", "g22", "prog", "2025", &r), 0);
    ck_assert_int_eq(congdoan_report_set_value(c, r, "cnt", 5, CONGDOAN_COVERAGE_SELF), 0);
    congdoan_progress *p = compute_in(c, "p", "2025", 0);
    double v;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    EQ(v, 75); /* d1 40 + d2 25 + g31 10 */
    congdoan_progress_free(p);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "g22", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Công ty Hai Hai", "d2", NULL), 0);
    p = compute_in(c, "p", "2025", 0);
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    EQ(v, 80);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "cnt")), 4);
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

/* Reports that name units not loaded wait for them by id: each unit that comes later, through
 * the API or in a file, takes its own reports and no other's, without a look at every report.
 * A district over d2 is walked, reading each unit's own list of reports; the province over p
 * reads the corpus's arrays. */
static double cnt_over(congdoan_corpus *c, const char *top, uint32_t *contributors)
{
    congdoan_progress *p = compute_in(c, top, "2025", 0);
    double v = -1;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    *contributors = (uint32_t)congdoan_progress_contributors(p, ind(p, "cnt"));
    congdoan_progress_free(p);
    return v;
}

START_TEST(units_take_the_reports_waiting_for_them)
{
    congdoan_corpus *c = canonical();
    static const struct {
        const char *id, *unit;
        int submitted;
        double cnt;
    } waiting[] = {
        {"r-g22a", "g22", 20251101, 5},
        {"r-g23", "g23", 20251101, 7},
        {"r-g22b", "g22", 20251105, 6}, /* g22's later submission: the one that counts */
        {"r-g24", "g24", 20251101, 4},
    };
    for (size_t i = 0; i < sizeof waiting / sizeof *waiting; i++) {
        const congdoan_report *r = NULL;
        ck_assert_int_eq(congdoan_corpus_add_report(c, waiting[i].id, waiting[i].unit, "prog", "2025", &r), 0);
        ck_assert_int_eq(congdoan_report_set_submitted(c, r, waiting[i].submitted), 0);
        ck_assert_int_eq(congdoan_report_set_value(c, r, "cnt", waiting[i].cnt, CONGDOAN_COVERAGE_SELF), 0);
    }
    uint32_t d2_before, p_before, n;
    EQ(cnt_over(c, "d2", &d2_before), 25);
    EQ(cnt_over(c, "p", &p_before), 75); /* d1 40 + d2 25 + g31 10 */
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "g23", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Công ty Hai Ba", "d2", NULL), 0);
    EQ(cnt_over(c, "d2", &n), 32);
    ck_assert_uint_eq(n, d2_before + 1);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "g22", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Công ty Hai Hai", "d2", NULL), 0);
    EQ(cnt_over(c, "d2", &n), 38); /* 25 + 7 + 6 */
    ck_assert_uint_eq(n, d2_before + 2);
    static const char unit_file[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">"
                                    "<unit id=\"g24\" level=\"grassroots\" name=\"Công đoàn Công ty Hai Bốn\" parent=\"d2\"/>"
                                    "</congdoan>";
    load_text(c, unit_file, sizeof unit_file - 1, "g24.xml");
    EQ(cnt_over(c, "d2", &n), 42);
    ck_assert_uint_eq(n, d2_before + 3);
    EQ(cnt_over(c, "p", &n), 92); /* 75 + 7 + 6 + 4 */
    ck_assert_uint_eq(n, p_before + 3);
    congdoan_corpus_free(c);
}
END_TEST

/* Out of memory for the list of reports waiting for a unit, the report is added all the same,
 * and the unit that comes later still takes it (found by a look at every report). Every
 * allocation of adding the report fails in turn. */
START_TEST(waiting_reports_without_memory_for_their_list)
{
    int lost_list_seen = 0;
    for (long n = 1; n < 40; n++) {
        congdoan_corpus *c = canonical();
        const congdoan_report *r = NULL;
        congdoan__alloc_fail_at(n);
        int rc = congdoan_corpus_add_report(c, "r-g22", "g22", "prog", "2025", &r);
        congdoan__alloc_fail_at(0);
        if (rc == 0) {
            lost_list_seen |= c->waiting_lost;
            ck_assert_int_eq(congdoan_report_set_value(c, r, "cnt", 5, CONGDOAN_COVERAGE_SELF), 0);
            ck_assert_int_eq(congdoan_corpus_add_unit(c, "g22", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Công ty Hai Hai", "d2", NULL), 0);
            uint32_t contributors;
            EQ(cnt_over(c, "d2", &contributors), 30); /* 25 + 5 */
        } else {
            ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
        }
        congdoan_corpus_free(c);
    }
    ck_assert_int_eq(lost_list_seen, 1);
}
END_TEST

START_TEST(edited_values_count)
{
    congdoan_corpus *c = canonical();
    const congdoan_report *g11 = congdoan_corpus_report_by_id(c, "r-g11");
    ck_assert_ptr_nonnull(g11);
    /* a fraction added to a loaded leaf report: pct (45 + 30 + 10 + 5)/(50 + 40 + 30 + 10) */
    ck_assert_int_eq(congdoan_report_set_fraction(c, g11, "pct", 5, 10, CONGDOAN_COVERAGE_SELF), 0);
    congdoan_progress *p = compute_in(c, "p", "2025", 0);
    double num, den;
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 90);
    EQ(den, 130);
    congdoan_progress_free(p);
    /* then a bare percentage for bare: the leaf now needs the general rules, and it is left
     * out like d1's and d2's */
    ck_assert_int_eq(congdoan_report_set_value(c, g11, "bare", 70, CONGDOAN_COVERAGE_SELF), 0);
    p = compute_in(c, "p", "2025", 0);
    ck_assert_uint_eq(congdoan_progress_unaggregated(p, ind(p, "bare")), 3);
    ck_assert_uint_eq(congdoan_progress_rate_only_count(p, ind(p, "bare")), 3);
    ck_assert_str_eq(congdoan_unit_id(congdoan_progress_rate_only_unit(p, ind(p, "bare"), 2)), "g11");
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 90);
    EQ(den, 130);
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(leaf_reports_that_need_the_general_rules)
{
    congdoan_corpus *c = canonical();
    /* g21 (a leaf under d2): cnt given twice (the first counts) and low only as a fraction (no
     * count: nothing added); d3 (a node, whose only unit g31 reports no tot) a subtree total. */
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
        "  <report id=\"r-g21\" unit=\"g21\" document=\"prog\" period=\"2025\" submitted=\"2025-12-02\">\n"
        "    <value indicator=\"cnt\" value=\"7\"/>\n"
        "    <value indicator=\"cnt\" value=\"100\"/>\n"
        "    <value indicator=\"low\" numerator=\"1\" denominator=\"2\"/>\n"
        "  </report>\n"
        "  <report id=\"r-d3\" unit=\"d3\" document=\"prog\" period=\"2025\" submitted=\"2025-12-02\">\n"
        "    <value indicator=\"tot\" value=\"3\" coverage=\"subtree\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    load_text(c, xml, sizeof xml - 1, "g21-d3.xml");
    congdoan_progress *p = compute_in(c, "p", "2025", 0);
    double v;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    EQ(v, 82); /* 40 + 25 + 10 + g21's first 7 */
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "cnt")), 4);
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "low"), &v), 0);
    EQ(v, 6); /* d1 2 + d2 4 */
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "tot"), &v), 0);
    EQ(v, 48); /* d1's total 30 + d2 15 + d3's total 3 */
    ck_assert_uint_eq(congdoan_progress_finding_count(p), 1); /* d3's 3 has no sum to differ from */
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(resubmission_after_other_reports)
{
    /* g31 sends a correction (later) after other reports: the correction replaces its first
     * report and nothing is counted twice. Over d3 the first report that counts is g31's
     * first, added before the correction is met: the one-pass roll-up starts again in two. */
    congdoan_corpus *c = canonical();
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n"
        "  <report id=\"r-g31-fix\" unit=\"g31\" document=\"prog\" period=\"2025\" submitted=\"2025-12-03\">\n"
        "    <value indicator=\"pct\" numerator=\"12\" denominator=\"30\"/>\n"
        "    <value indicator=\"cnt\" value=\"12\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    load_text(c, xml, sizeof xml - 1, "g31-fix.xml");
    congdoan_progress *p = compute_in(c, "d3", "2025", 0);
    double v, num, den;
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    EQ(v, 12);
    ck_assert_uint_eq(congdoan_progress_contributors(p, ind(p, "cnt")), 1);
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 12);
    EQ(den, 30);
    congdoan_progress_free(p);
    p = compute_in(c, "p", "2025", 0);
    ck_assert_int_eq(congdoan_progress_actual(p, ind(p, "cnt"), &v), 0);
    EQ(v, 77); /* 40 + 25 + 12 */
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "pct"), &num, &den), 0);
    EQ(num, 87); /* 45 + 30 + 12 */
    EQ(den, 120);
    /* the shares of units come from the units' own data, added before the reports: they
     * survive the restart (g11 good, g12 completed, g21 excellent; g31 unclassified) */
    ck_assert_int_eq(congdoan_progress_fraction(p, ind(p, "shr"), &num, &den), 0);
    EQ(num, 2);
    EQ(den, 3);
    ck_assert_int_eq(congdoan_progress_source(p, ind(p, "shr")), CONGDOAN_SOURCE_UNIT_DATA);
    congdoan_progress_free(p);
    congdoan_corpus_free(c);
}
END_TEST

/* Every allocation of a roll-up fails once, on the usual road and on the walk (the scrambled
 * corpus): each failure is CONGDOAN_ENOMEM with no result, and the first success is the whole
 * result. Run under valgrind, nothing leaks. */
START_TEST(allocation_failures)
{
    congdoan_corpus *corpora[2] = {canonical(), scrambled()};
    for (size_t k = 0; k < 2; k++) {
        congdoan_corpus *c = corpora[k];
        congdoan_progress *want = compute_in(c, "p", "2025", 0), *got = NULL;
        const congdoan_document *d = congdoan_corpus_document_by_id(c, "prog");
        const congdoan_unit *top = congdoan_corpus_unit_by_id(c, "p");
        int rc = CONGDOAN_ENOMEM;
        long n;
        for (n = 1; n < 500 && rc != 0; n++) {
            got = (congdoan_progress *)&got;
            congdoan__alloc_fail_at(n);
            rc = congdoan_progress_compute(c, d, top, "2025", 0, &got);
            congdoan__alloc_fail_at(0);
            if (rc != 0) {
                ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
                ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ENOMEM);
                ck_assert_ptr_null(got);
            }
        }
        ck_assert_int_eq(rc, 0);
        ck_assert_msg(n > 10, "a roll-up makes more than ten allocations (%ld)", n);
        assert_same(want, got);
        congdoan_progress_free(want);
        congdoan_progress_free(got);
        congdoan_corpus_free(c);
    }
}
END_TEST

/* Money and scores (tests/data/progress-money-score.xml, worked out by hand in
 * test-progress.c) down every road the subtree is found by (walked, read in the corpus's
 * arrays) and with the units loaded after their reports: the same figures, and the hand-worked
 * ones (quy 900 triệu, diem 92.5 of p's own, diem-cs not aggregable with 2 left out). */
START_TEST(money_and_scores_on_every_road)
{
    static const char *const names[] = {"progress-money-score.xml", NULL};
    congdoan_corpus *a = test_load(names);
    /* the same file with its units after its document and reports */
    size_t size;
    char *text = read_fixture("progress-money-score.xml", &size);
    char *units_end = strstr(text, "  <document ");
    char *root_end = strstr(text, "</congdoan>");
    char *units_start = strstr(text, "  <unit ");
    ck_assert_ptr_nonnull(units_end);
    ck_assert_ptr_nonnull(root_end);
    ck_assert_ptr_nonnull(units_start);
    strbuf late = {0};
    sb_put(&late, text, (size_t)(units_start - text));
    sb_put(&late, units_end, (size_t)(root_end - units_end));
    sb_put(&late, units_start, (size_t)(units_end - units_start));
    sb_str(&late, "</congdoan>\n");
    congdoan_corpus *b = test_new_corpus();
    load_text(b, late.data, late.len, "units-last.xml");
    static const char *const tops[] = {"ms.p", "ms.d1", "ms.g11"};
    static const int roads[] = {0, 1, -1};
    for (size_t t = 0; t < 3; t++) {
        congdoan__rollup_walk = 0;
        const congdoan_document *da = congdoan_corpus_document_by_id(a, "ms");
        congdoan_progress *x = NULL;
        ck_assert_int_eq(congdoan_progress_compute(a, da, congdoan_corpus_unit_by_id(a, tops[t]), "2025", 0, &x), 0);
        for (size_t r = 0; r < 3; r++)
            for (size_t which = 0; which < 2; which++) {
                congdoan_corpus *c = which ? b : a;
                congdoan__rollup_walk = roads[r];
                congdoan_progress *y = NULL;
                ck_assert_int_eq(congdoan_progress_compute(c, congdoan_corpus_document_by_id(c, "ms"),
                                                           congdoan_corpus_unit_by_id(c, tops[t]), "2025", 0, &y), 0);
                assert_same(x, y);
                if (t == 0) {
                    double v;
                    ck_assert_int_eq(congdoan_progress_actual(y, ind(y, "quy"), &v), 0);
                    EQ(v, 900000000);
                    ck_assert_int_eq(congdoan_progress_actual(y, ind(y, "diem"), &v), 0);
                    EQ(v, 92.5);
                    ck_assert_int_eq(congdoan_progress_status(y, ind(y, "diem-cs")), CONGDOAN_EVAL_NOT_AGGREGABLE);
                    ck_assert_uint_eq(congdoan_progress_unaggregated(y, ind(y, "diem-cs")), 2);
                }
                congdoan_progress_free(y);
            }
        congdoan_progress_free(x);
    }
    congdoan__rollup_walk = 0;
    free(late.data);
    free(text);
    test_drop_corpus(b);
    congdoan_corpus_free(a);
}
END_TEST

/* The loops that add a leaf report's int32_t figures (lib/query/dense-sum.c): every variant
 * this build has and this processor runs (plain C, SSE2, AVX2) gives, for every count of slots a report can have and figures at the ends of
 * int32_t's range, the sums worked out here one figure at a time, bit for bit, and touches
 * nothing past the slots. */
START_TEST(every_variant_of_the_sums_adds_the_same)
{
    size_t count = 0;
    congdoan__dense_sum_int_fn *const *variants = congdoan__dense_sum_int_variants(&count);
#if defined(__SSE2__)
    ck_assert_uint_ge(count, 2); /* the plain loop and SSE2's, at least */
#else
    ck_assert_uint_ge(count, 1);
#endif
    congdoan__dense_sum_int_fn *best = congdoan__dense_sum_int_best();
    ck_assert(variants[count - 1] == best);
    int32_t figs[2 * 64];
    unsigned seed = 12345;
    for (size_t j = 0; j < 2 * 64; j++) {
        seed = seed * 1103515245u + 12345u;
        figs[j] = j % 7 == 0 ? INT32_MAX : j % 11 == 0 ? -INT32_MAX : (int32_t)(seed >> 1) - (int32_t)(1u << 30);
    }
    for (size_t v = 0; v < count; v++)
        for (size_t slots = 0; slots <= 64; slots++) {
            double sums[2 * 64 + 2], want[2 * 64 + 2];
            for (size_t j = 0; j < 2 * 64 + 2; j++)
                sums[j] = want[j] = j * 0.25 - 3;
            for (size_t j = 0; j < 2 * slots; j++)
                want[j] += (double)figs[j];
            variants[v](sums, figs, slots); /* twice: sums that already hold figures */
            variants[v](sums, figs, slots);
            for (size_t j = 0; j < 2 * slots; j++)
                want[j] += (double)figs[j];
            ck_assert_msg(memcmp(sums, want, sizeof sums) == 0, "variant %zu of %zu, %zu slots", v, count, slots);
        }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rollup-paths");
    TCase *tc = tcase_create("paths");
    tcase_add_test(tc, load_order_does_not_change_the_result);
    tcase_add_test(tc, unit_added_after_its_report);
    tcase_add_test(tc, units_take_the_reports_waiting_for_them);
    tcase_add_test(tc, waiting_reports_without_memory_for_their_list);
    tcase_add_test(tc, edited_values_count);
    tcase_add_test(tc, leaf_reports_that_need_the_general_rules);
    tcase_add_test(tc, resubmission_after_other_reports);
    tcase_add_test(tc, allocation_failures);
    tcase_add_test(tc, money_and_scores_on_every_road);
    tcase_add_test(tc, every_variant_of_the_sums_adds_the_same);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
