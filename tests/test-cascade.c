/* Tests of congdoan/cascade.h.
 *
 * The fixture: programme 13/CTr-LĐLĐ of Lai Châu (ctr-13-2025-laichau.xml, 19 indicators) and
 * four district programmes that concretise it (cascade-laichau-2025.xml, illustrative figures).
 * Every expected value below is worked out by hand from those two files (the comment at the
 * top of cascade-laichau-2025.xml lists them), not computed by the library:
 *   lower documents, in load order: tp, tamduong, phongtho, sinho (sinho by number only);
 *   iii-4a allocated 420 + 380 + 350 + 300 = 1450 by 4, 360 short of 1810;
 *   iii-1a: ok, ok, weaker (95 < 98), ok; counts are never comparable;
 *   missed: 19 − 4, 19 − 4, 19 − 4, 19 − 3;
 *   missing: the five children of laichau that issued nothing, in child order.
 * Then the rules one by one on small documents loaded from memory (every comparator, range
 * bounds, another measure or comparator, refinements twice, relations that do not make a
 * document a lower one, named reporters), argument checks, allocation failure, and a larger
 * generated corpus. */
#include "test-common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

static const char *const files[] = {"units-tld.xml",           "units-laichau.xml",         "units-congthuong.xml",
                                    "kh-240-2022-tld.xml",     "ctr-13-2025-laichau.xml",   "cascade-laichau-2025.xml",
                                    NULL};

static congdoan_corpus *corpus;
static const congdoan_document *ctr;
static congdoan_cascade *cas;

static void setup(void)
{
    corpus = test_load(files);
    ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(ctr);
    ck_assert_int_eq(congdoan_cascade_compute(corpus, ctr, &cas), 0);
    ck_assert_ptr_nonnull(cas);
}

static void teardown(void)
{
    congdoan_cascade_free(cas);
    congdoan_corpus_free(corpus);
    cas = NULL;
    corpus = NULL;
    ctr = NULL;
}

/* The column of a higher indicator, failing the test when there is none. */
static size_t column(const congdoan_cascade *c, const char *id)
{
    for (size_t i = 0; i < congdoan_cascade_indicator_count(c); i++)
        if (strcmp(congdoan_indicator_id(congdoan_cascade_indicator(c, i)), id) == 0)
            return i;
    ck_abort_msg("no higher indicator '%s'", id);
    return 0;
}

/* The row of a lower document, failing the test when it is not one. */
static size_t row(const congdoan_cascade *c, const char *doc_id)
{
    for (size_t l = 0; l < congdoan_cascade_lower_count(c); l++)
        if (strcmp(congdoan_document_id(congdoan_cascade_lower(c, l)), doc_id) == 0)
            return l;
    ck_abort_msg("'%s' is not a lower document", doc_id);
    return 0;
}

#define TP "ctr-05-ldld-tp-laichau-2025"
#define TAMDUONG "ctr-07-ldld-tamduong-2025"
#define PHONGTHO "ctr-04-ldld-phongtho-2025"
#define SINHO "ctr-09-ldld-sinho-2025"

static const char *const lower_ids[] = {TP, TAMDUONG, PHONGTHO, SINHO};

/* What each lower document refines, by hand from the fixture (lower_ids order). */
static const char *const refined[4][6] = {
    {"iii-1a", "iii-3b", "iii-4a", "iii-7a", NULL},
    {"iii-1a", "iii-3a", "iii-3b", "iii-4a", NULL},
    {"iii-1a", "iii-4a", "iii-5a", "iii-10a", NULL},
    {"iii-1a", "iii-2b", "iii-4a", NULL},
};

static int refines(size_t l, const char *id)
{
    for (size_t k = 0; refined[l][k]; k++)
        if (strcmp(refined[l][k], id) == 0)
            return 1;
    return 0;
}

/* ---- the Lai Châu cascade -------------------------------------------------------------------- */

START_TEST(test_lower_documents)
{
    ck_assert_ptr_eq(congdoan_cascade_higher(cas), ctr);
    ck_assert_uint_eq(congdoan_cascade_lower_count(cas), 4);
    for (size_t l = 0; l < 4; l++) {
        const congdoan_document *d = congdoan_cascade_lower(cas, l);
        ck_assert_ptr_nonnull(d);
        ck_assert_str_eq(congdoan_document_id(d), lower_ids[l]);
        ck_assert_ptr_eq(d, congdoan_corpus_document_by_id(corpus, lower_ids[l]));
    }
    ck_assert_ptr_null(congdoan_cascade_lower(cas, 4));
    ck_assert_ptr_null(congdoan_cascade_lower(cas, (size_t)-1));
    /* The issuers are the four districts, in that order. */
    static const char *const issuers[] = {"laichau.tp", "laichau.tamduong", "laichau.phongtho", "laichau.sinho"};
    for (size_t l = 0; l < 4; l++)
        ck_assert_str_eq(congdoan_unit_id(congdoan_document_issuer(congdoan_cascade_lower(cas, l))), issuers[l]);
}
END_TEST

START_TEST(test_indicator_columns)
{
    ck_assert_uint_eq(congdoan_cascade_indicator_count(cas), 19);
    ck_assert_uint_eq(congdoan_document_indicator_count(ctr), 19);
    for (size_t i = 0; i < 19; i++)
        ck_assert_ptr_eq(congdoan_cascade_indicator(cas, i), congdoan_document_indicator(ctr, i));
    ck_assert_ptr_null(congdoan_cascade_indicator(cas, 19));
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_indicator(cas, 0)), "iii-1a");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_indicator(cas, 18)), "iii-13a");
}
END_TEST

START_TEST(test_refinement_matrix)
{
    size_t cells = 0;
    for (size_t l = 0; l < 4; l++) {
        const congdoan_document *d = congdoan_cascade_lower(cas, l);
        for (size_t i = 0; i < 19; i++) {
            const congdoan_indicator *hi = congdoan_cascade_indicator(cas, i);
            const congdoan_indicator *lo = congdoan_cascade_refinement(cas, l, i);
            if (refines(l, congdoan_indicator_id(hi))) {
                ck_assert_msg(lo != NULL, "%s should refine %s", lower_ids[l], congdoan_indicator_id(hi));
                ck_assert_ptr_eq(congdoan_indicator_document(lo), d);
                ck_assert_ptr_eq(congdoan_indicator_refines(lo), hi);
                cells++;
            } else {
                ck_assert_msg(lo == NULL, "%s should miss %s", lower_ids[l], congdoan_indicator_id(hi));
            }
        }
        ck_assert_ptr_null(congdoan_cascade_refinement(cas, l, 19));
    }
    ck_assert_uint_eq(cells, 4 + 4 + 4 + 3);
    ck_assert_ptr_null(congdoan_cascade_refinement(cas, 4, 0));
    /* Spot checks by the lower indicator's own id. */
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_refinement(cas, row(cas, TP), column(cas, "iii-4a"))), "ct-3");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_refinement(cas, row(cas, PHONGTHO), column(cas, "iii-10a"))),
                     "ct-4");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_refinement(cas, row(cas, SINHO), column(cas, "iii-2b"))), "ct-2");
}
END_TEST

START_TEST(test_missed_counts)
{
    ck_assert_uint_eq(congdoan_cascade_missed_count(cas, 0), 15);
    ck_assert_uint_eq(congdoan_cascade_missed_count(cas, 1), 15);
    ck_assert_uint_eq(congdoan_cascade_missed_count(cas, 2), 15);
    ck_assert_uint_eq(congdoan_cascade_missed_count(cas, 3), 16);
    ck_assert_uint_eq(congdoan_cascade_missed_count(cas, 4), 0);
    /* The own indicator of tp (ct-5, no refines) is neither a refinement nor counted. */
    ck_assert_uint_eq(congdoan_document_indicator_count(congdoan_cascade_lower(cas, 0)), 5);
}
END_TEST

START_TEST(test_demand_percentages)
{
    size_t i = column(cas, "iii-1a");
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TP), i), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TAMDUONG), i), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, PHONGTHO), i), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, SINHO), i), CONGDOAN_DEMAND_OK);
    /* 96 ≥ 95, 80 ≥ 80 (equal is as demanding). */
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TP), column(cas, "iii-7a")), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, SINHO), column(cas, "iii-2b")), CONGDOAN_DEMAND_OK);
}
END_TEST

START_TEST(test_demand_shares_of_units)
{
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TP), column(cas, "iii-3b")), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TAMDUONG), column(cas, "iii-3b")), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, TAMDUONG), column(cas, "iii-3a")), CONGDOAN_DEMAND_WEAKER);
}
END_TEST

START_TEST(test_demand_not_comparable)
{
    /* Counts: allocations, never judged one by one. */
    size_t i = column(cas, "iii-4a");
    for (size_t l = 0; l < 4; l++) {
        ck_assert_ptr_nonnull(congdoan_cascade_refinement(cas, l, i));
        ck_assert_int_eq(congdoan_cascade_demand(cas, l, i), CONGDOAN_DEMAND_NOT_COMPARABLE);
    }
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, PHONGTHO), column(cas, "iii-10a")),
                     CONGDOAN_DEMAND_NOT_COMPARABLE);
    /* Another measure: an average per CĐCS written as a count. */
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, PHONGTHO), column(cas, "iii-5a")),
                     CONGDOAN_DEMAND_NOT_COMPARABLE);
    /* Missed indicators and out-of-range cells. */
    ck_assert_int_eq(congdoan_cascade_demand(cas, row(cas, SINHO), column(cas, "iii-3b")), CONGDOAN_DEMAND_NOT_COMPARABLE);
    ck_assert_int_eq(congdoan_cascade_demand(cas, 4, 0), CONGDOAN_DEMAND_NOT_COMPARABLE);
    ck_assert_int_eq(congdoan_cascade_demand(cas, 0, 19), CONGDOAN_DEMAND_NOT_COMPARABLE);
    /* Over the whole matrix: exactly the six OK and two WEAKER cells worked out by hand. */
    size_t ok = 0, weaker = 0;
    for (size_t l = 0; l < 4; l++)
        for (size_t k = 0; k < 19; k++) {
            congdoan_demand d = congdoan_cascade_demand(cas, l, k);
            ok += d == CONGDOAN_DEMAND_OK;
            weaker += d == CONGDOAN_DEMAND_WEAKER;
        }
    ck_assert_uint_eq(ok, 3 + 2 + 1 + 1);
    ck_assert_uint_eq(weaker, 2);
}
END_TEST

START_TEST(test_allocations)
{
    double sum = -1;
    size_t n = 99;
    size_t i = column(cas, "iii-4a");
    ck_assert_int_eq(congdoan_cascade_allocation(cas, i, &sum, &n), 0);
    ck_assert_double_eq(sum, 1450.0);
    ck_assert_uint_eq(n, 4);
    const congdoan_indicator *hi = congdoan_cascade_indicator(cas, i);
    ck_assert_double_eq(congdoan_indicator_target(hi), 1810.0);
    ck_assert_double_eq(congdoan_indicator_target(hi) - sum, 360.0);

    ck_assert_int_eq(congdoan_cascade_allocation(cas, column(cas, "iii-10a"), &sum, &n), 0);
    ck_assert_double_eq(sum, 5.0);
    ck_assert_uint_eq(n, 1);

    /* Counts nobody allocates. */
    static const char *const unallocated[] = {"iii-6a", "iii-13a"};
    for (size_t k = 0; k < 2; k++) {
        sum = -1, n = 99;
        ck_assert_int_eq(congdoan_cascade_allocation(cas, column(cas, unallocated[k]), &sum, &n), CONGDOAN_ENOTFOUND);
        ck_assert_double_eq(sum, 0.0);
        ck_assert_uint_eq(n, 0);
    }
    /* Not counts: percentage, share of units, and an average refined by a count. */
    static const char *const not_counts[] = {"iii-1a", "iii-3b", "iii-5a"};
    for (size_t k = 0; k < 3; k++)
        ck_assert_int_eq(congdoan_cascade_allocation(cas, column(cas, not_counts[k]), &sum, &n), CONGDOAN_ENOTFOUND);
    ck_assert_int_eq(congdoan_cascade_allocation(cas, 19, &sum, &n), CONGDOAN_ENOTFOUND);
}
END_TEST

START_TEST(test_missing_units)
{
    static const char *const expected[] = {"laichau.muongte", "laichau.thanuyen", "laichau.tanuyen", "laichau.namnhun",
                                           "laichau.cdvc"};
    ck_assert_uint_eq(congdoan_cascade_missing_count(cas), 5);
    for (size_t k = 0; k < 5; k++) {
        ck_assert_ptr_nonnull(congdoan_cascade_missing(cas, k));
        ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(cas, k)), expected[k]);
    }
    ck_assert_ptr_null(congdoan_cascade_missing(cas, 5));
    /* The same as laichau's children minus the four issuers, in child order. */
    const congdoan_unit *laichau = congdoan_corpus_unit_by_id(corpus, "laichau");
    ck_assert_uint_eq(congdoan_unit_child_count(laichau), 9);
    size_t k = 0;
    for (size_t c = 0; c < congdoan_unit_child_count(laichau); c++) {
        const congdoan_unit *u = congdoan_unit_child(laichau, c);
        int issued = 0;
        for (size_t l = 0; l < congdoan_cascade_lower_count(cas); l++)
            issued |= congdoan_document_issuer(congdoan_cascade_lower(cas, l)) == u;
        if (!issued)
            ck_assert_ptr_eq(congdoan_cascade_missing(cas, k++), u);
    }
    ck_assert_uint_eq(k, 5);
}
END_TEST

START_TEST(test_no_lower_documents)
{
    const congdoan_document *kh = congdoan_corpus_document_by_id(corpus, "kh-240-tld-2022");
    ck_assert_ptr_nonnull(kh);
    congdoan_cascade *c = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(corpus, kh, &c), 0);
    ck_assert_ptr_eq(congdoan_cascade_higher(c), kh);
    ck_assert_uint_eq(congdoan_cascade_lower_count(c), 0);
    ck_assert_ptr_null(congdoan_cascade_lower(c, 0));
    ck_assert_uint_eq(congdoan_cascade_indicator_count(c), congdoan_document_indicator_count(kh));
    ck_assert_ptr_null(congdoan_cascade_refinement(c, 0, 0));
    ck_assert_uint_eq(congdoan_cascade_missed_count(c, 0), 0);
    double sum;
    size_t n;
    for (size_t i = 0; i < congdoan_cascade_indicator_count(c); i++)
        ck_assert_int_eq(congdoan_cascade_allocation(c, i, &sum, &n), CONGDOAN_ENOTFOUND);
    /* kh-240 names no reporters: every organisation directly under tld is expected, and none
     * issued anything; laichau and congthuong, in load order. */
    ck_assert_uint_eq(congdoan_document_reporter_count(kh), 0);
    const congdoan_unit *tld = congdoan_corpus_unit_by_id(corpus, "tld");
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 2);
    ck_assert_uint_eq(congdoan_cascade_missing_count(c), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(c, 0)), "laichau");
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(c, 1)), "congthuong");
    for (size_t k = 0; k < 2; k++)
        ck_assert_ptr_eq(congdoan_cascade_missing(c, k), congdoan_unit_child(tld, k));
    congdoan_cascade_free(c);
}
END_TEST

/* A district programme as the higher document: nothing concretises it, and the grassroots
 * unions loaded under its issuer are the expected (and missing) units. */
START_TEST(test_district_as_higher)
{
    const congdoan_document *tp = congdoan_corpus_document_by_id(corpus, TP);
    congdoan_cascade *c = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(corpus, tp, &c), 0);
    ck_assert_uint_eq(congdoan_cascade_lower_count(c), 0);
    ck_assert_uint_eq(congdoan_cascade_indicator_count(c), 5);
    /* laichau.tp has three grassroots unions loaded under it. */
    ck_assert_uint_eq(congdoan_cascade_missing_count(c), 3);
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(c, 0)), "laichau.tp.thpt1");
    congdoan_cascade_free(c);
}
END_TEST

/* The fixture is clean: the corpus check finds nothing in it (every refines resolves, every
 * relation is well formed, no impossible value). */
START_TEST(test_fixture_checks_clean)
{
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    ck_assert_int_eq(congdoan_corpus_check(corpus, issues), 0);
    size_t in_fixture = 0;
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        const char *file = congdoan_issue_file(is);
        if (file && strstr(file, "cascade-laichau-2025.xml")) {
            fprintf(stderr, "%s:%ld: %s: %s\n", file, congdoan_issue_line(is), congdoan_issue_tag(is),
                    congdoan_issue_message(is));
            in_fixture++;
        }
    }
    ck_assert_uint_eq(in_fixture, 0);
    congdoan_issues_free(issues);
    /* And every refines of the lower documents resolves to an indicator of 13/CTr-LĐLĐ. */
    for (size_t l = 0; l < congdoan_cascade_lower_count(cas); l++) {
        const congdoan_document *d = congdoan_cascade_lower(cas, l);
        for (size_t k = 0; k < congdoan_document_indicator_count(d); k++) {
            const congdoan_indicator *x = congdoan_document_indicator(d, k);
            if (congdoan_indicator_refines_document_id(x))
                ck_assert_ptr_eq(congdoan_indicator_document(congdoan_indicator_refines(x)), ctr);
        }
    }
}
END_TEST

/* ---- arguments and names --------------------------------------------------------------------- */

START_TEST(test_null_arguments)
{
    congdoan_cascade *c = (congdoan_cascade *)&c; /* not NULL, to see it reset */
    ck_assert_int_eq(congdoan_cascade_compute(NULL, ctr, &c), CONGDOAN_EINVAL);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_msg(congdoan_error_last_message()[0] != '\0', "no error message");
    c = (congdoan_cascade *)&c;
    ck_assert_int_eq(congdoan_cascade_compute(corpus, NULL, &c), CONGDOAN_EINVAL);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(congdoan_cascade_compute(corpus, ctr, NULL), CONGDOAN_EINVAL);

    /* A document of another corpus. */
    static const char *const only_ctr[] = {"ctr-13-2025-laichau.xml", NULL};
    congdoan_corpus *other = test_load(only_ctr);
    c = (congdoan_cascade *)&c;
    ck_assert_int_eq(congdoan_cascade_compute(other, ctr, &c), CONGDOAN_EINVAL);
    ck_assert_ptr_null(c);
    congdoan_corpus_free(other);

    congdoan_cascade_free(NULL);
    ck_assert_ptr_null(congdoan_cascade_higher(NULL));
    ck_assert_uint_eq(congdoan_cascade_lower_count(NULL), 0);
    ck_assert_ptr_null(congdoan_cascade_lower(NULL, 0));
    ck_assert_uint_eq(congdoan_cascade_indicator_count(NULL), 0);
    ck_assert_ptr_null(congdoan_cascade_indicator(NULL, 0));
    ck_assert_ptr_null(congdoan_cascade_refinement(NULL, 0, 0));
    ck_assert_int_eq(congdoan_cascade_demand(NULL, 0, 0), CONGDOAN_DEMAND_NOT_COMPARABLE);
    ck_assert_uint_eq(congdoan_cascade_missed_count(NULL, 0), 0);
    ck_assert_uint_eq(congdoan_cascade_missing_count(NULL), 0);
    ck_assert_ptr_null(congdoan_cascade_missing(NULL, 0));

    double sum = -1;
    size_t n = 99;
    ck_assert_int_eq(congdoan_cascade_allocation(NULL, 0, &sum, &n), CONGDOAN_EINVAL);
    ck_assert_double_eq(sum, 0.0);
    ck_assert_uint_eq(n, 0);
    size_t i = column(cas, "iii-4a");
    ck_assert_int_eq(congdoan_cascade_allocation(cas, i, NULL, &n), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_cascade_allocation(cas, i, &sum, NULL), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_demand_names)
{
    ck_assert_str_eq(congdoan_demand_name(CONGDOAN_DEMAND_NOT_COMPARABLE), "not-comparable");
    ck_assert_str_eq(congdoan_demand_name(CONGDOAN_DEMAND_OK), "ok");
    ck_assert_str_eq(congdoan_demand_name(CONGDOAN_DEMAND_WEAKER), "weaker");
    ck_assert_ptr_null(congdoan_demand_name((congdoan_demand)3));
    ck_assert_ptr_null(congdoan_demand_name((congdoan_demand)-1));
}
END_TEST

/* ---- the rules, on documents loaded from memory ---------------------------------------------- */

static congdoan_corpus *load_xml(const char *xml)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, xml, strlen(xml), "memory.xml", issues);
    if (rc != 0) {
        for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
            const congdoan_issue *is = congdoan_issues_get(issues, i);
            fprintf(stderr, "%ld:%ld: %s: %s\n", congdoan_issue_line(is), congdoan_issue_column(is),
                    congdoan_issue_tag(is), congdoan_issue_message(is));
        }
        ck_abort_msg("loading failed: %s", congdoan_error_last_message());
    }
    congdoan_issues_free(issues);
    return c;
}

#define HEAD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">"
#define UNITS                                                                                  \
    "<unit id='p' level='provincial' name='P'/>"                                               \
    "<unit id='p.a' level='upper-grassroots' parent='p' name='A'/>"                            \
    "<unit id='p.b' level='upper-grassroots' parent='p' name='B'/>"                            \
    "<unit id='p.c' level='upper-grassroots' parent='p' name='C'>"                             \
    "<body id='p.c.btv' kind='standing-committee' name='Ban Thường vụ'/></unit>"               \
    "<unit id='p.d' level='upper-grassroots' parent='p' name='D'/>"
#define IND(id, measure, cmp, target, extra) \
    "<indicator id='" id "' measure='" measure "' comparator='" cmp "' target='" target "' " extra "><text>" id "</text></indicator>"
#define REF(x) "refines='h#" x "'"

/* The higher document h: one indicator per comparator and measure. */
static const char rules_xml[] =
    HEAD UNITS
    "<document id='h' kind='plan' number='01/KH-P' issuer='p'>"
    "<relation type='concretises' document='h'/>" /* itself: not a lower document of itself */
    "<section>"
    IND("least", "percentage", "at-least", "50", "")
    IND("most", "percentage", "at-most", "10", "")
    IND("exact", "average", "exactly", "2", "")
    IND("range", "percentage", "range", "40", "target-max='60'")
    IND("share", "share-of-units", "at-least", "80", "condition='classification-at-least:good'")
    IND("count", "count", "at-least", "100", "")
    "</section></document>"
    /* a: as demanding everywhere (bounds included), and least refined twice: the first counts. */
    "<document id='a' kind='plan' issuer='p.a'><relation type='concretises' document='h'/><section>"
    IND("a1", "percentage", "at-least", "50", REF("least"))
    IND("a1b", "percentage", "at-least", "10", REF("least"))
    IND("a2", "percentage", "at-most", "8", REF("most"))
    IND("a3", "average", "exactly", "2", REF("exact"))
    IND("a4", "percentage", "range", "40", "target-max='60' " REF("range"))
    IND("a5", "share-of-units", "at-least", "90", "condition='classification-at-least:good' " REF("share"))
    IND("a6", "count", "at-least", "60", REF("count"))
    IND("a7", "percentage", "at-least", "1", "refines='other#least'") /* another document */
    IND("a8", "percentage", "at-least", "1", REF("no-such"))         /* no such higher indicator */
    "</section></document>"
    /* b: weaker everywhere; two relations to h (counted once). */
    "<document id='b' kind='plan' issuer='p.b'>"
    "<relation type='concretises' document='h'/><relation type='implements' number='01/KH-P'/><section>"
    IND("b1", "percentage", "at-least", "49.5", REF("least"))
    IND("b2", "percentage", "at-most", "10.5", REF("most"))
    IND("b3", "average", "exactly", "3", REF("exact"))
    IND("b4", "percentage", "range", "35", "target-max='55' " REF("range"))
    IND("b5", "share-of-units", "at-least", "79", "condition='classification-at-least:good' " REF("share"))
    IND("b6", "count", "exactly", "30", REF("count"))
    "</section></document>"
    /* c, issued by a body of p.c: a range sticking out above, another comparator, another
     * measure, a percentage refining the count (not an allocation). */
    "<document id='c' kind='plan' issuer='p.c.btv'><relation type='implements' number='01/KH-P'/><section>"
    IND("c1", "percentage", "at-most", "60", REF("least"))
    IND("c3", "percentage", "exactly", "2", REF("exact"))
    IND("c4", "percentage", "range", "45", "target-max='65' " REF("range"))
    IND("c6", "percentage", "at-least", "5", REF("count"))
    "</section></document>"
    /* Not lower documents: based-on, amends, reviews; an id that does not resolve (the
     * number is then not used, as congdoan_document_relation_target() does). */
    "<document id='e' kind='plan' issuer='p.d'><relation type='based-on' document='h'/>"
    "<relation type='amends' document='h'/><relation type='reviews' number='01/KH-P'/>"
    "<relation type='concretises' document='nowhere' number='01/KH-P'/><section>"
    IND("e1", "percentage", "at-least", "90", REF("least"))
    "</section></document>"
    "</congdoan>";

START_TEST(test_rules)
{
    congdoan_corpus *c = load_xml(rules_xml);
    const congdoan_document *h = congdoan_corpus_document_by_id(c, "h");
    congdoan_cascade *k = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(c, h, &k), 0);
    ck_assert_uint_eq(congdoan_cascade_lower_count(k), 3);
    ck_assert_str_eq(congdoan_document_id(congdoan_cascade_lower(k, 0)), "a");
    ck_assert_str_eq(congdoan_document_id(congdoan_cascade_lower(k, 1)), "b");
    ck_assert_str_eq(congdoan_document_id(congdoan_cascade_lower(k, 2)), "c");

    size_t least = column(k, "least"), most = column(k, "most"), exact = column(k, "exact"), range = column(k, "range"),
           share = column(k, "share"), count = column(k, "count");
    /* a */
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_refinement(k, 0, least)), "a1");
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, least), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, most), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, exact), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, range), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, share), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, count), CONGDOAN_DEMAND_NOT_COMPARABLE);
    ck_assert_uint_eq(congdoan_cascade_missed_count(k, 0), 0);
    /* b */
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, least), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, most), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, exact), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, range), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, share), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, count), CONGDOAN_DEMAND_NOT_COMPARABLE);
    ck_assert_uint_eq(congdoan_cascade_missed_count(k, 1), 0);
    /* c */
    ck_assert_int_eq(congdoan_cascade_demand(k, 2, least), CONGDOAN_DEMAND_NOT_COMPARABLE); /* at-most */
    ck_assert_int_eq(congdoan_cascade_demand(k, 2, exact), CONGDOAN_DEMAND_NOT_COMPARABLE); /* percentage */
    ck_assert_int_eq(congdoan_cascade_demand(k, 2, range), CONGDOAN_DEMAND_WEAKER);         /* 65 > 60 */
    ck_assert_ptr_null(congdoan_cascade_refinement(k, 2, most));
    ck_assert_uint_eq(congdoan_cascade_missed_count(k, 2), 2);

    /* count: 60 (a) + 30 (b, exactly) = 90 by 2; c's percentage is no allocation. */
    double sum;
    size_t n;
    ck_assert_int_eq(congdoan_cascade_allocation(k, count, &sum, &n), 0);
    ck_assert_double_eq(sum, 90.0);
    ck_assert_uint_eq(n, 2);
    ck_assert_ptr_nonnull(congdoan_cascade_refinement(k, 2, count));

    /* Expected: p.a, p.b, p.c, p.d; p.c issued through its body; e is no lower document. */
    ck_assert_uint_eq(congdoan_cascade_missing_count(k), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(k, 0)), "p.d");
    congdoan_cascade_free(k);
    congdoan_corpus_free(c);
}
END_TEST

/* Vocabulary 1.2: money is allocated like counts (600 + 450 triệu against 1 tỷ, by 2); a
 * score is judged (85/100 is weaker than 90/100, 92 is as demanding); the new comparators go
 * by their sense: "khoảng 90%" (about, higher is better) is refined by "ít nhất 92%" (ok) and by
 * "trên 88%" (weaker); "trên 45%" (more-than, strict) is refined weaker by "ít nhất 45%" (the
 * target itself would miss the higher one) and ok by "trên 45%"; "dưới 5 vụ" (less-than) is
 * refined by "không quá 4" (ok); a bare "phấn đấu 10%" with direction lower by "tối đa 12%"
 * (weaker). */
#define HEAD12 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">"
static const char rules12_xml[] =
    HEAD12 UNITS
    "<document id='h' kind='plan' number='02/KH-P' issuer='p'><section>"
    IND("money", "money", "at-least", "1000000000", "")
    IND("score", "score", "at-least", "90", "score-max='100'")
    IND("about", "percentage", "about", "90", "")
    IND("more", "percentage", "more-than", "45", "")
    IND("less", "count", "less-than", "5", "")
    IND("lower", "percentage", "target", "10", "direction='lower'")
    "</section></document>"
    "<document id='a' kind='plan' issuer='p.a'><relation type='concretises' document='h'/><section>"
    IND("a1", "money", "at-least", "600000000", REF("money"))
    IND("a2", "score", "at-least", "85", "score-max='100' " REF("score"))
    IND("a3", "percentage", "at-least", "92", REF("about"))
    IND("a4", "percentage", "at-least", "45", REF("more"))
    IND("a6", "percentage", "at-most", "12", REF("lower"))
    "</section></document>"
    "<document id='b' kind='plan' issuer='p.b'><relation type='concretises' document='h'/><section>"
    IND("b1", "money", "exactly", "450000000", REF("money"))
    IND("b2", "score", "at-least", "92", "score-max='100' " REF("score"))
    IND("b3", "percentage", "more-than", "88", REF("about"))
    IND("b4", "percentage", "more-than", "45", REF("more"))
    "</section></document>"
    "</congdoan>";

START_TEST(test_rules_of_vocabulary_12)
{
    congdoan_corpus *c = load_xml(rules12_xml);
    congdoan_cascade *k = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(c, congdoan_corpus_document_by_id(c, "h"), &k), 0);
    ck_assert_uint_eq(congdoan_cascade_lower_count(k), 2);
    size_t money = column(k, "money"), score = column(k, "score"), about = column(k, "about"), more = column(k, "more"),
           lower = column(k, "lower");
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, money), CONGDOAN_DEMAND_NOT_COMPARABLE); /* allocated */
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, score), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, score), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, about), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, about), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, more), CONGDOAN_DEMAND_WEAKER);
    ck_assert_int_eq(congdoan_cascade_demand(k, 1, more), CONGDOAN_DEMAND_OK);
    ck_assert_int_eq(congdoan_cascade_demand(k, 0, lower), CONGDOAN_DEMAND_WEAKER);
    double sum;
    size_t n;
    ck_assert_int_eq(congdoan_cascade_allocation(k, money, &sum, &n), 0);
    ck_assert_double_eq(sum, 1050000000.0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(congdoan_cascade_allocation(k, score, &sum, &n), CONGDOAN_ENOTFOUND); /* not allocated */
    congdoan_cascade_free(k);
    congdoan_corpus_free(c);
}
END_TEST

/* Named reporters replace the issuer's children, in their order; unloaded ones are skipped. */
static const char reporters_xml[] =
    HEAD UNITS
    "<document id='h' kind='plan' issuer='p'>"
    "<reporting><reporter unit='p.d'/><reporter unit='p.zz'/><reporter unit='p.b'/><reporter unit='p.a'/></reporting>"
    "<section>" IND("least", "percentage", "at-least", "50", "") "</section></document>"
    "<document id='a' kind='plan' issuer='p.a'><relation type='concretises' document='h'/></document>"
    "</congdoan>";

START_TEST(test_named_reporters)
{
    congdoan_corpus *c = load_xml(reporters_xml);
    congdoan_cascade *k = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(c, congdoan_corpus_document_by_id(c, "h"), &k), 0);
    ck_assert_uint_eq(congdoan_cascade_lower_count(k), 1);
    ck_assert_uint_eq(congdoan_cascade_missed_count(k, 0), 1);
    ck_assert_uint_eq(congdoan_cascade_missing_count(k), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(k, 0)), "p.d");
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(k, 1)), "p.b");
    congdoan_cascade_free(k);
    congdoan_corpus_free(c);
}
END_TEST

/* A number-only relation resolves to the first loaded document with that number, as
 * congdoan_document_relation_target() does: when a decoy with the same number comes first,
 * the relation is the decoy's and the document is not a lower one of h. */
static const char numbers_xml[] =
    HEAD UNITS
    "<document id='decoy' kind='plan' number='01/KH-P' issuer='p.d'/>"
    "<document id='h' kind='plan' number='01/KH-P' issuer='p'/>"
    "<document id='a' kind='plan' issuer='p.a'><relation type='concretises' number='01/KH-P'/></document>"
    "<document id='b' kind='plan' issuer='p.b'><relation type='concretises' document='h' number='01/KH-P'/></document>"
    "</congdoan>";

START_TEST(test_same_number_as_relation_target)
{
    congdoan_corpus *c = load_xml(numbers_xml);
    static const char *const ids[] = {"decoy", "h"};
    for (size_t t = 0; t < 2; t++) {
        const congdoan_document *higher = congdoan_corpus_document_by_id(c, ids[t]);
        congdoan_cascade *k = NULL;
        ck_assert_int_eq(congdoan_cascade_compute(c, higher, &k), 0);
        /* Lower documents are exactly the documents with a concretises/implements relation
         * whose target is `higher`. */
        size_t expect = 0;
        for (size_t d = 0; d < congdoan_corpus_document_count(c); d++) {
            const congdoan_document *doc = congdoan_corpus_document(c, d);
            for (size_t r = 0; r < congdoan_document_relation_count(doc); r++)
                if (congdoan_document_relation_target(doc, r) == higher) {
                    ck_assert_ptr_eq(congdoan_cascade_lower(k, expect), doc);
                    expect++;
                    break;
                }
        }
        ck_assert_uint_eq(congdoan_cascade_lower_count(k), expect);
        ck_assert_uint_eq(expect, 1);
        ck_assert_str_eq(congdoan_document_id(congdoan_cascade_lower(k, 0)), t == 0 ? "a" : "b");
        congdoan_cascade_free(k);
    }
    congdoan_corpus_free(c);
}
END_TEST

/* ---- allocation failure ---------------------------------------------------------------------- */

START_TEST(test_out_of_memory)
{
    congdoan_cascade *c = NULL;
    int rc = CONGDOAN_ENOMEM;
    long n;
    for (n = 1; n < 200 && rc != 0; n++) {
        c = (congdoan_cascade *)&c;
        congdoan__alloc_fail_at(n);
        rc = congdoan_cascade_compute(corpus, ctr, &c);
        congdoan__alloc_fail_at(0);
        if (rc != 0) {
            ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
            ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ENOMEM);
            ck_assert_ptr_null(c);
        }
    }
    ck_assert_int_eq(rc, 0);
    ck_assert_msg(n > 2, "computing should allocate");
    ck_assert_uint_eq(congdoan_cascade_lower_count(c), 4);
    ck_assert_uint_eq(congdoan_cascade_missing_count(c), 5);
    congdoan_cascade_free(c);
}
END_TEST

/* ---- scale ----------------------------------------------------------------------------------- */

/* 1,000 lower documents × 50 higher indicators, each lower one refining every indicator (and
 * the first one twice), with 1,010 units under the issuer; linear work, so this is quick even
 * under valgrind. */
START_TEST(test_many_documents)
{
    enum { DOCS = 1000, INDS = 50 };
    size_t cap = 64u * 1024 * 1024, len = 0;
    char *xml = malloc(cap);
    ck_assert_ptr_nonnull(xml);
#define OUT(...)                                                  \
    do {                                                          \
        len += (size_t)snprintf(xml + len, cap - len, __VA_ARGS__); \
        ck_assert_uint_lt(len, cap);                              \
    } while (0)
    OUT("<congdoan xmlns='urn:congdoan:1' version='1.0'><unit id='p' level='provincial' name='P'/>");
    for (int u = 0; u < DOCS + 10; u++)
        OUT("<unit id='p.%d' level='upper-grassroots' parent='p' name='U%d'/>", u, u);
    OUT("<document id='h' kind='plan' number='1/KH-P' issuer='p'><section>");
    for (int i = 0; i < INDS; i++)
        OUT("<indicator id='i%d' measure='%s' comparator='at-least' target='50'><text>x</text></indicator>", i,
            i % 2 ? "count" : "percentage");
    OUT("</section></document>");
    for (int d = 0; d < DOCS; d++) {
        OUT("<document id='d%d' kind='plan' issuer='p.%d'><relation type='concretises' %s/><section>", d, d,
            d % 2 ? "document='h'" : "number='1/KH-P'");
        for (int i = 0; i < INDS; i++)
            OUT("<indicator id='r%d' measure='%s' comparator='at-least' target='%d' refines='h#i%d'><text>x</text></indicator>",
                i, i % 2 ? "count" : "percentage", i % 2 ? 2 : 50 + d % 3, i);
        OUT("<indicator id='x' measure='percentage' comparator='at-least' target='1' refines='h#i0'><text>x</text></indicator>");
        OUT("</section></document>");
    }
    OUT("</congdoan>");
#undef OUT
    congdoan_corpus *c = load_xml(xml);
    free(xml);
    congdoan_cascade *k = NULL;
    ck_assert_int_eq(congdoan_cascade_compute(c, congdoan_corpus_document_by_id(c, "h"), &k), 0);
    ck_assert_uint_eq(congdoan_cascade_lower_count(k), DOCS);
    ck_assert_uint_eq(congdoan_cascade_indicator_count(k), INDS);
    double sum;
    size_t n;
    ck_assert_int_eq(congdoan_cascade_allocation(k, 1, &sum, &n), 0);
    ck_assert_double_eq(sum, 2.0 * DOCS);
    ck_assert_uint_eq(n, DOCS);
    ck_assert_int_eq(congdoan_cascade_allocation(k, 0, &sum, &n), CONGDOAN_ENOTFOUND);
    size_t weaker = 0;
    for (size_t l = 0; l < DOCS; l++) {
        ck_assert_uint_eq(congdoan_cascade_missed_count(k, l), 0);
        weaker += congdoan_cascade_demand(k, l, 0) == CONGDOAN_DEMAND_WEAKER;
    }
    ck_assert_uint_eq(weaker, 0); /* the second refinement of i0 (x, target 1) would be weaker */
    ck_assert_str_eq(congdoan_indicator_id(congdoan_cascade_refinement(k, 0, 0)), "r0");
    ck_assert_uint_eq(congdoan_cascade_missing_count(k), 10);
    ck_assert_str_eq(congdoan_unit_id(congdoan_cascade_missing(k, 0)), "p.1000");
    congdoan_cascade_free(k);
    congdoan_corpus_free(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cascade");
    TCase *tc = tcase_create("laichau");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_lower_documents);
    tcase_add_test(tc, test_indicator_columns);
    tcase_add_test(tc, test_refinement_matrix);
    tcase_add_test(tc, test_missed_counts);
    tcase_add_test(tc, test_demand_percentages);
    tcase_add_test(tc, test_demand_shares_of_units);
    tcase_add_test(tc, test_demand_not_comparable);
    tcase_add_test(tc, test_allocations);
    tcase_add_test(tc, test_missing_units);
    tcase_add_test(tc, test_no_lower_documents);
    tcase_add_test(tc, test_district_as_higher);
    tcase_add_test(tc, test_fixture_checks_clean);
    tcase_add_test(tc, test_null_arguments);
    tcase_add_test(tc, test_out_of_memory);
    suite_add_tcase(s, tc);

    TCase *rules = tcase_create("rules");
    tcase_add_test(rules, test_demand_names);
    tcase_add_test(rules, test_rules);
    tcase_add_test(rules, test_rules_of_vocabulary_12);
    tcase_add_test(rules, test_named_reporters);
    tcase_add_test(rules, test_same_number_as_relation_target);
    tcase_add_test(rules, test_many_documents);
    tcase_set_timeout(rules, 120);
    suite_add_tcase(s, rules);
    return test_run_suite(s);
}
