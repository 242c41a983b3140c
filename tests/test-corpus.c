/* Tests of congdoan/corpus.h: creating a corpus, limits, loading (files, buffers, transactional
 * failure), the unit hierarchy across files (roots before and after the parent's file is
 * loaded), lookups by id and by number, and the behaviour on NULL handles and out-of-range
 * indexes.
 *
 * Expected values come from the seeds in /work/shared/seeds and the fixtures in tests/data:
 *   units-tld.xml       1 organisation (tld) + 2 bodies + 8 departments            = 11 units
 *   units-laichau.xml   laichau + 3 bodies + 6 departments + 9 upper-grassroots
 *                       unions (the city, 7 districts, CĐVC) + 24 grassroots unions = 43 units
 *   units-congthuong.xml congthuong + 3 illustrative upper-grassroots unions       =  4 units
 * Documents: 240/KH-TLĐ (seed 000), the Presidium's resolution (seed 001, no number),
 * 13/CTr-LĐLĐ (seed 004). Reports: tests/data/reports-laichau-2025.xml (3). */
#include "test-common.h"

#include <stdio.h>
#include <string.h>

static const char *const all_files[] = {"units-tld.xml",       "units-laichau.xml",
                                        "units-congthuong.xml", "kh-240-2022-tld.xml",
                                        "nq-001-dct-tld.xml",   "ctr-13-2025-laichau.xml",
                                        "reports-laichau-2025.xml", NULL};

enum { UNITS_TLD = 11, UNITS_LAICHAU = 43, UNITS_CONGTHUONG = 4 };

/* Every corpus and issue list a test makes is released by the teardown, so that a failing
 * assertion (which leaves the test early) leaks nothing under valgrind. */
static congdoan_corpus *tracked[4];
static size_t n_tracked;
static congdoan_issues *tracked_issues;

static congdoan_corpus *track(congdoan_corpus *c)
{
    ck_assert_uint_lt(n_tracked, sizeof tracked / sizeof tracked[0]);
    tracked[n_tracked++] = c;
    return c;
}

static congdoan_corpus *new_corpus(void)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_ptr_nonnull(c);
    return track(c);
}

static congdoan_issues *new_issues(void)
{
    ck_assert_ptr_null(tracked_issues);
    ck_assert_int_eq(congdoan_issues_new(&tracked_issues), 0);
    return tracked_issues;
}

static void teardown(void)
{
    for (size_t i = 0; i < n_tracked; i++)
        congdoan_corpus_free(tracked[i]);
    n_tracked = 0;
    congdoan_issues_free(tracked_issues);
    tracked_issues = NULL;
}

static void load_one(congdoan_corpus *c, const char *name)
{
    int rc = congdoan_corpus_load_file(c, test_data_path(name), NULL);
    ck_assert_msg(rc == 0, "loading %s: %d %s", name, rc, congdoan_error_last_message());
}

/* ---- an empty corpus, limits ------------------------------------------------------------------ */

START_TEST(test_empty_corpus)
{
    congdoan_corpus *c = new_corpus();
    ck_assert_ptr_nonnull(c);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 0);
    ck_assert_uint_eq(congdoan_corpus_document_count(c), 0);
    ck_assert_uint_eq(congdoan_corpus_report_count(c), 0);
    ck_assert_ptr_null(congdoan_corpus_unit(c, 0));
    ck_assert_ptr_null(congdoan_corpus_root(c, 0));
    ck_assert_ptr_null(congdoan_corpus_document(c, 0));
    ck_assert_ptr_null(congdoan_corpus_report(c, 0));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "tld"));
    ck_assert_ptr_null(congdoan_corpus_document_by_id(c, "kh-240-tld-2022"));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "240/KH-TLĐ"));
    ck_assert_ptr_null(congdoan_corpus_report_by_id(c, "bc-tamduong-2025-h1"));
    congdoan_corpus_free(NULL); /* a no-op */
}
END_TEST

START_TEST(test_new_null_out)
{
    ck_assert_int_eq(congdoan_corpus_new(NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_limits)
{
    congdoan_corpus *c = new_corpus();
    /* the documented defaults */
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_INPUT_SIZE), 2147483647L);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_DEPTH), 64);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_ELEMENTS), 100000000L);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_TEXT_LENGTH), 1048576L);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_ATTRIBUTES), 256);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, (congdoan_limit)5), -1); /* past the last limit */
    ck_assert_int_eq(congdoan_corpus_get_limit(c, (congdoan_limit)-1), -1);
    ck_assert_int_eq(congdoan_corpus_get_limit(NULL, CONGDOAN_LIMIT_DEPTH), -1);
    /* the hard maxima are accepted, one more is not; below 1 is not */
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_DEPTH, 256), 0);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_DEPTH), 256);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_DEPTH, 257), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_DEPTH), 256);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ELEMENTS, 2000000000L), 0);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ELEMENTS, 2000000001L), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_TEXT_LENGTH, 9000000L), 0);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_TEXT_LENGTH, 10000001L), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_INPUT_SIZE, 0), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_INPUT_SIZE, -5), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_INPUT_SIZE, 1), 0);
    ck_assert_int_eq(congdoan_corpus_get_limit(c, CONGDOAN_LIMIT_INPUT_SIZE), 1);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, (congdoan_limit)5, 10), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_set_limit(NULL, CONGDOAN_LIMIT_DEPTH, 10), CONGDOAN_EINVAL);
    /* an input-size limit of 1 byte refuses every fixture, and nothing is added */
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL), CONGDOAN_ELIMIT);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
}
END_TEST

/* ---- everything loaded -------------------------------------------------------------------------- */

START_TEST(test_all_loaded_counts)
{
    congdoan_corpus *c = track(test_load(all_files));
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD + UNITS_LAICHAU + UNITS_CONGTHUONG);
    ck_assert_uint_eq(congdoan_corpus_document_count(c), 3);
    ck_assert_uint_eq(congdoan_corpus_report_count(c), 3);
    /* one hierarchy: everything hangs under the Tổng Liên đoàn */
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_root(c, 0)), "tld");
    ck_assert_ptr_null(congdoan_corpus_root(c, 1));
    /* load order: the units of each file in file order, departments right after their unit */
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, 0)), "tld");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, 1)), "tld.bch");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, 10)), "tld.ttqlda");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, UNITS_TLD)), "laichau");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, UNITS_TLD + UNITS_LAICHAU - 1)), "laichau.cdvc.ttdvvl");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, UNITS_TLD + UNITS_LAICHAU)), "congthuong");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, UNITS_TLD + UNITS_LAICHAU + UNITS_CONGTHUONG - 1)),
                     "congthuong.ctcs3");
    ck_assert_ptr_null(congdoan_corpus_unit(c, UNITS_TLD + UNITS_LAICHAU + UNITS_CONGTHUONG));
    ck_assert_ptr_null(congdoan_corpus_unit(c, (size_t)-1));
    /* documents and reports in load order */
    ck_assert_str_eq(congdoan_document_id(congdoan_corpus_document(c, 0)), "kh-240-tld-2022");
    ck_assert_str_eq(congdoan_document_id(congdoan_corpus_document(c, 1)), "nq-dct-tld-doingoai");
    ck_assert_str_eq(congdoan_document_id(congdoan_corpus_document(c, 2)), "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_null(congdoan_corpus_document(c, 3));
    ck_assert_str_eq(congdoan_report_id(congdoan_corpus_report(c, 0)), "bc-tamduong-2025-h1");
    ck_assert_str_eq(congdoan_report_id(congdoan_corpus_report(c, 1)), "bc-phongtho-2025-h1");
    ck_assert_str_eq(congdoan_report_id(congdoan_corpus_report(c, 2)), "bc-thanuyen-2025-h1");
    ck_assert_ptr_null(congdoan_corpus_report(c, 3));
}
END_TEST

START_TEST(test_unit_lookup)
{
    congdoan_corpus *c = track(test_load(all_files));
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, "laichau.cdvc.ttdvvl");
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(congdoan_unit_name(u), "Công đoàn cơ sở Trung tâm Dịch vụ việc làm tỉnh Lai Châu");
    /* departments and bodies share the namespace of unit ids */
    ck_assert_int_eq(congdoan_unit_get_kind(congdoan_corpus_unit_by_id(c, "tld.dct")), CONGDOAN_UNIT_BODY);
    ck_assert_int_eq(congdoan_unit_get_kind(congdoan_corpus_unit_by_id(c, "laichau.vp")), CONGDOAN_UNIT_DEPARTMENT);
    /* the lookup is exact: no prefix, no case folding, no trimming */
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "laichau.xx"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "LAICHAU"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "laicha"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "laichau "));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, ""));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, NULL));
    ck_assert_ptr_null(congdoan_corpus_report_by_id(c, "bc-tamduong-2025"));
    ck_assert_ptr_null(congdoan_corpus_report_by_id(c, NULL));
    ck_assert_str_eq(congdoan_report_unit_id(congdoan_corpus_report_by_id(c, "bc-phongtho-2025-h1")), "laichau.phongtho");
}
END_TEST

/* ---- the hierarchy across files ----------------------------------------------------------------- */

START_TEST(test_roots_laichau_alone_then_tld)
{
    congdoan_corpus *c = new_corpus();
    load_one(c, "units-laichau.xml");
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_LAICHAU);
    /* laichau's parent "tld" is not loaded: laichau is the only root (every other unit of the file
     * resolves to a parent inside the file) */
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    const congdoan_unit *laichau = congdoan_corpus_root(c, 0);
    ck_assert_str_eq(congdoan_unit_id(laichau), "laichau");
    ck_assert_ptr_null(congdoan_unit_parent(laichau));
    ck_assert_str_eq(congdoan_unit_parent_id(laichau), "tld");
    ck_assert_uint_eq(congdoan_unit_child_count(laichau), 9);
    ck_assert_ptr_eq(congdoan_unit_parent(congdoan_corpus_unit_by_id(c, "laichau.sinho")), laichau);

    /* loading the central level afterwards links them */
    load_one(c, "units-tld.xml");
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_LAICHAU + UNITS_TLD);
    const congdoan_unit *tld = congdoan_corpus_unit_by_id(c, "tld");
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_ptr_eq(congdoan_corpus_root(c, 0), tld);
    ck_assert_ptr_null(congdoan_corpus_root(c, 1));
    ck_assert_ptr_eq(congdoan_unit_parent(laichau), tld);
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 1);
    ck_assert_ptr_eq(congdoan_unit_child(tld, 0), laichau);
    /* the pointers handed out before the second load are still good, and so is the subtree */
    ck_assert_uint_eq(congdoan_unit_child_count(laichau), 9);
    ck_assert_str_eq(congdoan_unit_id(congdoan_unit_child(laichau, 8)), "laichau.cdvc");

    /* and a third file adds a second child under tld */
    load_one(c, "units-congthuong.xml");
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 2);
    ck_assert_ptr_eq(congdoan_unit_child(tld, 0), laichau);
    ck_assert_str_eq(congdoan_unit_id(congdoan_unit_child(tld, 1)), "congthuong");
    ck_assert_ptr_null(congdoan_unit_child(tld, 2));
}
END_TEST

START_TEST(test_roots_without_central)
{
    static const char *const files[] = {"units-laichau.xml", "units-congthuong.xml", NULL};
    congdoan_corpus *c = track(test_load(files));
    /* two provincial-level unions whose parent is missing: two roots, in load order */
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_root(c, 0)), "laichau");
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_root(c, 1)), "congthuong");
    ck_assert_str_eq(congdoan_unit_parent_id(congdoan_corpus_root(c, 1)), "tld");
    ck_assert_ptr_null(congdoan_corpus_root(c, 2));
}
END_TEST

START_TEST(test_references_resolve_later)
{
    /* a document loaded before its units: the ids are kept and followed at query time */
    congdoan_corpus *c = new_corpus();
    load_one(c, "ctr-13-2025-laichau.xml");
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_null(congdoan_document_issuer(d));
    ck_assert_str_eq(congdoan_document_issuer_id(d), "laichau");
    ck_assert_ptr_null(congdoan_document_issuing_body(d));
    ck_assert_str_eq(congdoan_document_issuing_body_id(d), "laichau.bch");
    load_one(c, "units-laichau.xml");
    ck_assert_ptr_eq(congdoan_document_issuer(d), congdoan_corpus_unit_by_id(c, "laichau"));
    ck_assert_str_eq(congdoan_unit_name(congdoan_document_issuing_body(d)), "Ban Chấp hành");
}
END_TEST

/* ---- documents by id and by number ---------------------------------------------------------------- */

START_TEST(test_document_lookup)
{
    congdoan_corpus *c = track(test_load(all_files));
    const congdoan_document *kh = congdoan_corpus_document_by_id(c, "kh-240-tld-2022");
    const congdoan_document *nq = congdoan_corpus_document_by_id(c, "nq-dct-tld-doingoai");
    const congdoan_document *ctr = congdoan_corpus_document_by_id(c, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(kh);
    ck_assert_ptr_nonnull(nq);
    ck_assert_ptr_nonnull(ctr);
    ck_assert_ptr_null(congdoan_corpus_document_by_id(c, "kh-240"));
    ck_assert_ptr_null(congdoan_corpus_document_by_id(c, NULL));
    /* numbers as printed in the seeds ("Số: 240/KH-TLĐ", "Số:13/CTr-LĐLĐ") */
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(c, "240/KH-TLĐ"), kh);
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(c, "13/CTr-LĐLĐ"), ctr);
    /* the resolution of seed 001 prints no number: no number finds it */
    ck_assert_ptr_null(congdoan_document_number(nq));
    /* garbage and near misses */
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "240/KH-TLD")); /* ASCII D, not Đ */
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "241/KH-TLĐ"));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "12-CT/TW")); /* a relation, not a loaded document */
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "xyz"));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, ""));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "240/KH-TL\xc4")); /* truncated UTF-8 */
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "\xff\xfe"));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, NULL));
    ck_assert_ptr_null(congdoan_corpus_document_by_number(NULL, "240/KH-TLĐ"));
}
END_TEST

/* The numbers of the fixtures hold no letter with a canonical decomposition (Đ, U+0110, has
 * none), so NFC-insensitive lookup is checked on a made-up number loaded from memory: the issuer
 * code "ỬY" written decomposed in the file (U+0055 U+031B U+0309) and looked up in both forms. */
START_TEST(test_document_by_number_decomposed)
{
    static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "  <document id=\"kh-5\" kind=\"plan\" number=\"5/KH-U\xcc\x9b\xcc\x89Y\"/>\n"
                              "</congdoan>\n";
    congdoan_corpus *c = new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "decomposed.xml", NULL), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "kh-5");
    ck_assert_ptr_nonnull(d);
    /* stored in NFC */
    ck_assert_str_eq(congdoan_document_number(d), "5/KH-\xe1\xbb\xacY");
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(c, "5/KH-\xe1\xbb\xacY"), d);
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(c, "5/KH-U\xcc\x9b\xcc\x89Y"), d);
    /* the other canonical order of the two marks is the same letter too (U+0309 has class 230,
     * U+031B class 216: NFC reorders them) */
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(c, "5/KH-U\xcc\x89\xcc\x9bY"), d);
    /* Ư + hook is Ử, U + hook alone is Ủ: a different number */
    ck_assert_ptr_null(congdoan_corpus_document_by_number(c, "5/KH-\xe1\xbb\xa6Y"));
}
END_TEST

/* ---- failing loads change nothing --------------------------------------------------------------- */

START_TEST(test_failed_load_is_transactional)
{
    congdoan_corpus *c = new_corpus();
    load_one(c, "units-tld.xml");
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD);

    /* a buffer whose first unit is fine and whose second has an unknown attribute */
    static const char bad[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                              "  <unit id=\"laichau\" level=\"provincial\" parent=\"tld\" name=\"Liên đoàn Lao động tỉnh Lai Châu\"/>\n"
                              "  <unit id=\"x\" level=\"provincial\" parent=\"tld\" name=\"X\" colour=\"red\"/>\n"
                              "</congdoan>\n";
    congdoan_issues *issues = new_issues();
    ck_assert_int_eq(congdoan_corpus_load_memory(c, bad, sizeof bad - 1, "bad.xml", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_eq(test_issues_with_tag(issues, "schema-unknown-attribute"), 1);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "laichau"));
    ck_assert_uint_eq(congdoan_unit_child_count(congdoan_corpus_unit_by_id(c, "tld")), 0);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);

    /* the same file twice: every id is defined again */
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL), CONGDOAN_EEXISTS);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EEXISTS);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);

    /* a file that is not there */
    const char *missing = test_data_path("no-such-file.xml");
    ck_assert_int_eq(congdoan_corpus_load_file(c, missing, NULL), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_file(), missing);
    ck_assert_int_eq(congdoan_corpus_load_path(c, missing, NULL), CONGDOAN_EIO);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD);

    /* and a good load afterwards still works */
    load_one(c, "units-laichau.xml");
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_TLD + UNITS_LAICHAU);
    ck_assert_uint_eq(congdoan_unit_child_count(congdoan_corpus_unit_by_id(c, "tld")), 1);
}
END_TEST

START_TEST(test_load_path_single_file)
{
    congdoan_corpus *c = new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_path(c, test_data_path("units-congthuong.xml"), NULL), 0);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), UNITS_CONGTHUONG);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_root(c, 0)), "congthuong");
}
END_TEST

START_TEST(test_load_bad_arguments)
{
    congdoan_corpus *c = new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_file(NULL, test_data_path("units-tld.xml"), NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_file(c, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_path(c, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_memory(NULL, "<a/>", 4, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, NULL, 4, NULL, NULL), CONGDOAN_EINVAL);
    /* an empty buffer is not a document */
    ck_assert_int_eq(congdoan_corpus_load_memory(c, "", 0, NULL, NULL), CONGDOAN_EPARSE);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
}
END_TEST

/* ---- NULL handles ----------------------------------------------------------------------------- */

START_TEST(test_null_corpus)
{
    ck_assert_uint_eq(congdoan_corpus_unit_count(NULL), 0);
    ck_assert_ptr_null(congdoan_corpus_unit(NULL, 0));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(NULL, "tld"));
    ck_assert_uint_eq(congdoan_corpus_root_count(NULL), 0);
    ck_assert_ptr_null(congdoan_corpus_root(NULL, 0));
    ck_assert_uint_eq(congdoan_corpus_document_count(NULL), 0);
    ck_assert_ptr_null(congdoan_corpus_document(NULL, 0));
    ck_assert_ptr_null(congdoan_corpus_document_by_id(NULL, "kh-240-tld-2022"));
    ck_assert_uint_eq(congdoan_corpus_report_count(NULL), 0);
    ck_assert_ptr_null(congdoan_corpus_report(NULL, 0));
    ck_assert_ptr_null(congdoan_corpus_report_by_id(NULL, "bc-tamduong-2025-h1"));
    ck_assert_int_eq(congdoan_corpus_check(NULL, new_issues()), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_schema_strings)
{
    ck_assert_str_eq(congdoan_schema_namespace(), "urn:congdoan:1");
    const char *rng = congdoan_schema_text();
    ck_assert_ptr_nonnull(rng);
    ck_assert_ptr_nonnull(strstr(rng, "urn:congdoan:1"));
    ck_assert_ptr_nonnull(strstr(rng, "<grammar"));
}
END_TEST

static Suite *corpus_suite(void)
{
    Suite *s = suite_create("corpus");
    TCase *tc = tcase_create("corpus");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_empty_corpus);
    tcase_add_test(tc, test_new_null_out);
    tcase_add_test(tc, test_limits);
    tcase_add_test(tc, test_all_loaded_counts);
    tcase_add_test(tc, test_unit_lookup);
    tcase_add_test(tc, test_roots_laichau_alone_then_tld);
    tcase_add_test(tc, test_roots_without_central);
    tcase_add_test(tc, test_references_resolve_later);
    tcase_add_test(tc, test_document_lookup);
    tcase_add_test(tc, test_document_by_number_decomposed);
    tcase_add_test(tc, test_failed_load_is_transactional);
    tcase_add_test(tc, test_load_path_single_file);
    tcase_add_test(tc, test_load_bad_arguments);
    tcase_add_test(tc, test_null_corpus);
    tcase_add_test(tc, test_schema_strings);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(corpus_suite());
}
