/* Tests of document lineage (congdoan/document.h) in both directions: up, through a document's
 * own relations (congdoan_document_relation_*), and down, through the relations of other loaded
 * documents that point at it (congdoan_document_incoming_*).
 *
 * Fixtures: programme 13/CTr-LĐLĐ of Lai Châu (ctr-13-2025-laichau.xml: 19 relations, all to
 * documents that are not loaded) and the four district programmes that concretise it
 * (cascade-laichau-2025.xml: three by document id and number, Sìn Hồ by number only). */
#include "test-common.h"

#include <string.h>

static const char *const files[] = {"units-tld.xml",           "units-laichau.xml",      "kh-240-2022-tld.xml",
                                    "ctr-13-2025-laichau.xml", "cascade-laichau-2025.xml", NULL};

static congdoan_corpus *corpus;
static const congdoan_document *ctr;

static void setup(void)
{
    corpus = test_load(files);
    ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(ctr);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
    ctr = NULL;
}

/* The district programmes, in load order, and how each names 13/CTr-LĐLĐ. */
static const struct {
    const char *id, *number, *issuer;
    int by_id;
} districts[] = {
    {"ctr-05-ldld-tp-laichau-2025", "05/CTr-LĐLĐ", "laichau.tp", 1},
    {"ctr-07-ldld-tamduong-2025", "07/CTr-LĐLĐ", "laichau.tamduong", 1},
    {"ctr-04-ldld-phongtho-2025", "04/CTr-LĐLĐ", "laichau.phongtho", 1},
    {"ctr-09-ldld-sinho-2025", "09/CTr-LĐLĐ", "laichau.sinho", 0},
};
enum { N_DISTRICTS = sizeof districts / sizeof *districts };

/* ---- up: each district programme concretises 13/CTr-LĐLĐ ------------------------------------ */

START_TEST(test_district_concretises_ctr13)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, districts[_i].id);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(congdoan_document_get_kind(d), CONGDOAN_DOCUMENT_PROGRAMME);
    ck_assert_str_eq(congdoan_document_number(d), districts[_i].number);
    ck_assert_str_eq(congdoan_document_issuer_id(d), districts[_i].issuer);
    ck_assert_int_ge(congdoan_document_issued(d), 20250301);
    ck_assert_int_le(congdoan_document_issued(d), 20250331);

    ck_assert_uint_eq(congdoan_document_relation_count(d), 1);
    ck_assert_int_eq(congdoan_document_relation_type(d, 0), CONGDOAN_RELATION_CONCRETISES);
    ck_assert_str_eq(congdoan_relation_type_name(congdoan_document_relation_type(d, 0)), "concretises");
    ck_assert_ptr_eq(congdoan_document_relation_target(d, 0), ctr);
    ck_assert_str_eq(congdoan_document_relation_number(d, 0), "13/CTr-LĐLĐ");
    ck_assert_int_eq(congdoan_document_relation_date(d, 0), 20250227);
    if (districts[_i].by_id)
        ck_assert_str_eq(congdoan_document_relation_target_id(d, 0), "ctr-13-ldld-laichau-2025");
    else
        ck_assert_ptr_null(congdoan_document_relation_target_id(d, 0));
    ck_assert_ptr_nonnull(congdoan_document_relation_text(d, 0));

    /* Out of range. */
    ck_assert_int_eq(congdoan_document_relation_type(d, 1), 0);
    ck_assert_ptr_null(congdoan_document_relation_target(d, 1));
    ck_assert_ptr_null(congdoan_document_relation_number(d, 1));

    /* Nothing points at a district programme. */
    ck_assert_uint_eq(congdoan_document_incoming_count(d), 0);
    ck_assert_ptr_null(congdoan_document_incoming(d, 0));
    ck_assert_int_eq(congdoan_document_incoming_type(d, 0), 0);
}
END_TEST

/* Sìn Hồ's relation carries only the number: it resolves to the loaded document with it. */
START_TEST(test_number_only_relation)
{
    const congdoan_document *sinho = congdoan_corpus_document_by_id(corpus, "ctr-09-ldld-sinho-2025");
    ck_assert_ptr_null(congdoan_document_relation_target_id(sinho, 0));
    ck_assert_str_eq(congdoan_document_relation_number(sinho, 0), "13/CTr-LĐLĐ");
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(corpus, "13/CTr-LĐLĐ"), ctr);
    ck_assert_ptr_eq(congdoan_document_relation_target(sinho, 0), ctr);
}
END_TEST

/* ---- down: 13/CTr-LĐLĐ has the four programmes as incoming relations ------------------------ */

START_TEST(test_ctr13_incoming)
{
    ck_assert_uint_eq(congdoan_document_incoming_count(ctr), N_DISTRICTS);
    for (size_t i = 0; i < N_DISTRICTS; i++) {
        const congdoan_document *from = congdoan_document_incoming(ctr, i);
        ck_assert_ptr_nonnull(from);
        ck_assert_str_eq(congdoan_document_id(from), districts[i].id); /* load order */
        ck_assert_int_eq(congdoan_document_incoming_type(ctr, i), CONGDOAN_RELATION_CONCRETISES);
    }
    ck_assert_ptr_null(congdoan_document_incoming(ctr, N_DISTRICTS));
    ck_assert_int_eq(congdoan_document_incoming_type(ctr, N_DISTRICTS), 0);
    /* And the two directions agree: each incoming document has a relation whose target is ctr. */
    for (size_t i = 0; i < N_DISTRICTS; i++) {
        const congdoan_document *from = congdoan_document_incoming(ctr, i);
        int found = 0;
        for (size_t r = 0; r < congdoan_document_relation_count(from); r++)
            found |= congdoan_document_relation_target(from, r) == ctr;
        ck_assert(found);
    }
}
END_TEST

/* Down from a document nothing is loaded for: none. */
START_TEST(test_no_incoming)
{
    const congdoan_document *kh = congdoan_corpus_document_by_id(corpus, "kh-240-tld-2022");
    ck_assert_ptr_nonnull(kh);
    ck_assert_uint_eq(congdoan_document_incoming_count(kh), 0);
    ck_assert_uint_eq(congdoan_document_incoming_count(NULL), 0);
    ck_assert_ptr_null(congdoan_document_incoming(NULL, 0));
    ck_assert_int_eq(congdoan_document_incoming_type(NULL, 0), 0);
}
END_TEST

/* ---- up from 13/CTr-LĐLĐ: relations to documents that are not loaded -------------------------- */

START_TEST(test_ctr13_unloaded_targets)
{
    ck_assert_uint_eq(congdoan_document_relation_count(ctr), 19);
    /* The first: Nghị quyết 02-NQ/TW of the Politburo, by number only and not loaded. */
    ck_assert_int_eq(congdoan_document_relation_type(ctr, 0), CONGDOAN_RELATION_IMPLEMENTS);
    ck_assert_ptr_null(congdoan_document_relation_target(ctr, 0));
    ck_assert_ptr_null(congdoan_document_relation_target_id(ctr, 0));
    ck_assert_str_eq(congdoan_document_relation_number(ctr, 0), "02-NQ/TW");
    ck_assert_int_eq(congdoan_document_relation_date(ctr, 0), 20210612);
    /* None of the 19 is loaded here (240/KH-TLĐ is, but 13/CTr-LĐLĐ does not name it). */
    for (size_t i = 0; i < 19; i++) {
        ck_assert_ptr_null(congdoan_document_relation_target(ctr, i));
        ck_assert_ptr_nonnull(congdoan_document_relation_number(ctr, i));
    }
    /* 18-NQ/TW carries no date. */
    int undated = 0;
    for (size_t i = 0; i < 19; i++)
        if (strcmp(congdoan_document_relation_number(ctr, i), "18-NQ/TW") == 0) {
            ck_assert_int_eq(congdoan_document_relation_date(ctr, i), 0);
            ck_assert_int_eq(congdoan_document_relation_type(ctr, i), CONGDOAN_RELATION_REVIEWS);
            undated++;
        }
    ck_assert_int_eq(undated, 1);
}
END_TEST

/* ---- resolution rules, on documents loaded from memory --------------------------------------- */

static congdoan_corpus *load_xml(const char *xml)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, strlen(xml), "memory.xml", NULL), 0);
    return c;
}

/* By id when an id is given (even when it does not resolve and the number would); by number
 * otherwise, the first loaded document with it; a relation loaded before its target resolves
 * once the target is loaded (references are followed at query time). */
START_TEST(test_resolution_rules)
{
    static const char first[] =
        "<congdoan xmlns='urn:congdoan:1' version='1.0'>"
        "<document id='low' kind='plan'>"
        "<relation type='concretises' document='up'/>"
        "<relation type='implements' document='nowhere' number='01/KH-X'/>"
        "<relation type='based-on' number='01/KH-X'/>"
        "</document>"
        "<document id='up' kind='plan' number='01/KH-X'/>"
        "</congdoan>";
    static const char second[] =
        "<congdoan xmlns='urn:congdoan:1' version='1.0'>"
        "<document id='later' kind='plan' number='01/KH-X'/>"
        "<document id='late' kind='plan'><relation type='reviews' document='future'/></document>"
        "</congdoan>";
    static const char third[] =
        "<congdoan xmlns='urn:congdoan:1' version='1.0'><document id='future' kind='report'/></congdoan>";
    congdoan_corpus *c = load_xml(first);
    const congdoan_document *low = congdoan_corpus_document_by_id(c, "low");
    const congdoan_document *up = congdoan_corpus_document_by_id(c, "up");
    ck_assert_ptr_eq(congdoan_document_relation_target(low, 0), up);
    ck_assert_ptr_null(congdoan_document_relation_target(low, 1)); /* the id wins, and is not loaded */
    ck_assert_str_eq(congdoan_document_relation_number(low, 1), "01/KH-X");
    ck_assert_ptr_eq(congdoan_document_relation_target(low, 2), up);
    ck_assert_uint_eq(congdoan_document_incoming_count(up), 2);
    ck_assert_int_eq(congdoan_document_incoming_type(up, 0), CONGDOAN_RELATION_CONCRETISES);
    ck_assert_int_eq(congdoan_document_incoming_type(up, 1), CONGDOAN_RELATION_BASED_ON);
    ck_assert_ptr_eq(congdoan_document_incoming(up, 0), low);
    ck_assert_ptr_eq(congdoan_document_incoming(up, 1), low);

    /* A second document with the same number: the first loaded one keeps it. */
    ck_assert_int_eq(congdoan_corpus_load_memory(c, second, strlen(second), "second.xml", NULL), 0);
    const congdoan_document *later = congdoan_corpus_document_by_id(c, "later");
    const congdoan_document *late = congdoan_corpus_document_by_id(c, "late");
    ck_assert_ptr_eq(congdoan_document_relation_target(low, 2), up);
    ck_assert_uint_eq(congdoan_document_incoming_count(later), 0);
    ck_assert_ptr_null(congdoan_document_relation_target(late, 0));
    ck_assert_str_eq(congdoan_document_relation_target_id(late, 0), "future");

    ck_assert_int_eq(congdoan_corpus_load_memory(c, third, strlen(third), "third.xml", NULL), 0);
    const congdoan_document *future = congdoan_corpus_document_by_id(c, "future");
    ck_assert_ptr_eq(congdoan_document_relation_target(late, 0), future);
    ck_assert_uint_eq(congdoan_document_incoming_count(future), 1);
    ck_assert_ptr_eq(congdoan_document_incoming(future, 0), late);
    ck_assert_int_eq(congdoan_document_incoming_type(future, 0), CONGDOAN_RELATION_REVIEWS);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_null_arguments)
{
    ck_assert_uint_eq(congdoan_document_relation_count(NULL), 0);
    ck_assert_int_eq(congdoan_document_relation_type(NULL, 0), 0);
    ck_assert_ptr_null(congdoan_document_relation_target(NULL, 0));
    ck_assert_ptr_null(congdoan_document_relation_target_id(NULL, 0));
    ck_assert_ptr_null(congdoan_document_relation_number(NULL, 0));
    ck_assert_int_eq(congdoan_document_relation_date(NULL, 0), 0);
    ck_assert_ptr_null(congdoan_document_relation_text(NULL, 0));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lineage");
    TCase *tc = tcase_create("laichau");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_district_concretises_ctr13, 0, N_DISTRICTS);
    tcase_add_test(tc, test_number_only_relation);
    tcase_add_test(tc, test_ctr13_incoming);
    tcase_add_test(tc, test_no_incoming);
    tcase_add_test(tc, test_ctr13_unloaded_targets);
    suite_add_tcase(s, tc);
    TCase *rules = tcase_create("rules");
    tcase_add_test(rules, test_resolution_rules);
    tcase_add_test(rules, test_null_arguments);
    suite_add_tcase(s, rules);
    return test_run_suite(s);
}
