/* Tests of congdoan/lookup.h: units, documents and tasks found by what people type. The
 * expected answers are worked out by hand from the fixtures:
 *
 *   units-tld.xml, then units-laichau.xml (load order): tld "Tổng Liên đoàn Lao động Việt Nam"
 *     (short name "Tổng Liên đoàn") with departments such as tld.vp "Văn phòng"; laichau
 *     "Liên đoàn Lao động tỉnh Lai Châu" ("LĐLĐ tỉnh Lai Châu") with laichau.vp "Văn phòng";
 *     laichau.tamduong "Liên đoàn Lao động huyện Tam Đường" ("LĐLĐ huyện Tam Đường") and three
 *     grassroots unions whose names end in "Tam Đường": laichau.tamduong.th1 "Công đoàn cơ sở
 *     Trường Tiểu học số 1 Tam Đường", .ttyt "… Trung tâm Y tế huyện Tam Đường", .htxche "…
 *     Hợp tác xã Chè số 1 Tam Đường".
 *   kh-240-2022-tld.xml: 240/KH-TLĐ (tasks ii-1 … ii-9, iii-1-1 …); ctr-13-2025-laichau.xml:
 *     13/CTr-LĐLĐ (tasks ii-1 …, iv-2-1 … iv-2-3 …); cascade-laichau-2025.xml: 05/CTr-LĐLĐ,
 *     07/CTr-LĐLĐ, 04/CTr-LĐLĐ and 09/CTr-LĐLĐ of four districts.
 */
#include "test-common.h"

#include <string.h>

/* The allocation-failure hook of the internal library (lib/base/base.h). */
long congdoan__alloc_fail_at(long n);

static const char *const files[] = {"units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml",
                                    "ctr-13-2025-laichau.xml", "cascade-laichau-2025.xml", NULL};

static congdoan_corpus *corpus;

static void setup(void) { corpus = test_load(files); }

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

/* Look a unit up; checks the status and returns the candidates (to free). */
static congdoan_matches *unit_lookup(const char *query, int expected_rc, const congdoan_unit **found)
{
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_unit(corpus, query, found, &m);
    ck_assert_msg(rc == expected_rc, "'%s': status %d, expected %d (%s)", query, rc, expected_rc,
                  congdoan_error_last_message());
    ck_assert_ptr_nonnull(m);
    return m;
}

/* That `query` names exactly the unit `id`, matched as `kind`. */
static void assert_unit(const char *query, const char *id, congdoan_match_kind kind)
{
    const congdoan_unit *u = NULL;
    congdoan_matches *m = unit_lookup(query, 0, &u);
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(congdoan_unit_id(u), id);
    ck_assert_uint_eq(congdoan_matches_count(m), 1);
    ck_assert_ptr_eq(congdoan_matches_unit(m, 0), u);
    ck_assert_msg(congdoan_matches_kind(m, 0) == kind, "'%s' matched as %s", query,
                  congdoan_match_kind_name(congdoan_matches_kind(m, 0)));
    ck_assert_int_eq(congdoan_matches_ambiguous(m), 0);
    ck_assert_ptr_eq(congdoan_corpus_unit(corpus, congdoan_matches_index(m, 0)), u);
    congdoan_matches_free(m);
}

START_TEST(test_unit_by_id_and_names)
{
    assert_unit("laichau.tamduong", "laichau.tamduong", CONGDOAN_MATCH_ID);
    /* the short name as typed: lower case, with diacritics; without them; đ as d */
    assert_unit("lđlđ huyện tam đường", "laichau.tamduong", CONGDOAN_MATCH_NAME);
    assert_unit("LDLD huyen Tam Duong", "laichau.tamduong", CONGDOAN_MATCH_NAME);
    /* the full name, decomposed (NFD) and with extra spaces: its abbreviation is the short name */
    assert_unit("Lie\xcc\x82n \xc4\x91oa\xcc\x80n  Lao \xc4\x91o\xcc\xa3\xcc\x82ng huye\xcc\xa3\xcc\x82n "
                "Tam \xc4\x90u\xcc\x9bo\xcc\x9b\xcc\x80ng",
                "laichau.tamduong", CONGDOAN_MATCH_NAME);
    assert_unit("Liên đoàn Lao động huyện Tam Đường", "laichau.tamduong", CONGDOAN_MATCH_NAME);
    /* "LĐLĐ" and "Liên đoàn Lao động" meet */
    assert_unit("Liên đoàn Lao động tỉnh Lai Châu", "laichau", CONGDOAN_MATCH_NAME);
    assert_unit("ldld tinh lai chau", "laichau", CONGDOAN_MATCH_NAME);
    /* the id's words run together: "Lai Châu" is laichau, not one of the three units whose
     * names end in it */
    assert_unit("Lai Châu", "laichau", CONGDOAN_MATCH_NAME);
    assert_unit("Tổng Liên đoàn", "tld", CONGDOAN_MATCH_NAME);
    assert_unit("TLĐ", "tld", CONGDOAN_MATCH_NAME);
    /* "số 01" is "số 1"; "CĐCS" is "Công đoàn cơ sở" */
    assert_unit("CĐCS Trường Tiểu học số 01 Tam Đường", "laichau.tamduong.th1", CONGDOAN_MATCH_NAME);
}
END_TEST

START_TEST(test_unit_by_words)
{
    /* Four units have "Tam Đường" in a name; the district federation's short name has 2 other
     * words, the grassroots unions' at least 5: the district answers. */
    assert_unit("Tam Đường", "laichau.tamduong", CONGDOAN_MATCH_WORDS);
    assert_unit("tam duong", "laichau.tamduong", CONGDOAN_MATCH_WORDS);
    assert_unit("LĐLĐ Tam Đường", "laichau.tamduong", CONGDOAN_MATCH_WORDS);
    assert_unit("Tân Uyên", "laichau.tanuyen", CONGDOAN_MATCH_WORDS);
    assert_unit("Than Uyen", "laichau.thanuyen", CONGDOAN_MATCH_WORDS);
    assert_unit("Trung tâm Y tế Tam Đường", "laichau.tamduong.ttyt", CONGDOAN_MATCH_WORDS);
    /* a department by its name and its organisation's */
    assert_unit("Văn phòng Lai Châu", "laichau.vp", CONGDOAN_MATCH_WORDS);
    assert_unit("van phong tong lien doan", "tld.vp", CONGDOAN_MATCH_NAME);
    assert_unit("Ban Đối ngoại", "tld.bdn", CONGDOAN_MATCH_NAME);
}
END_TEST

START_TEST(test_unit_ambiguous)
{
    const congdoan_unit *u = (const congdoan_unit *)corpus;
    congdoan_matches *m = unit_lookup("Văn phòng", CONGDOAN_ENOTFOUND, &u);
    ck_assert_ptr_null(u);
    ck_assert_int_eq(congdoan_matches_ambiguous(m), 1);
    ck_assert_uint_eq(congdoan_matches_count(m), 2);
    /* in load order: units-tld.xml first */
    ck_assert_str_eq(congdoan_unit_id(congdoan_matches_unit(m, 0)), "tld.vp");
    ck_assert_str_eq(congdoan_unit_id(congdoan_matches_unit(m, 1)), "laichau.vp");
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_NAME);
    ck_assert_int_eq(congdoan_matches_kind(m, 1), CONGDOAN_MATCH_NAME);
    ck_assert_str_eq(congdoan_error_last_message(), "'Văn phòng' names 2 units");
    congdoan_matches_free(m);
}
END_TEST

START_TEST(test_unit_suggestions)
{
    const congdoan_unit *u = (const congdoan_unit *)corpus;
    /* two mistakes from laichau.vp and laichau.tp (2 of the 10 letters), further from the rest */
    congdoan_matches *m = unit_lookup("laichau.xx", CONGDOAN_ENOTFOUND, &u);
    ck_assert_ptr_null(u);
    ck_assert_int_eq(congdoan_matches_ambiguous(m), 0);
    ck_assert_uint_eq(congdoan_matches_count(m), 2);
    const congdoan_unit *vp = congdoan_corpus_unit_by_id(corpus, "laichau.vp");
    const congdoan_unit *tp = congdoan_corpus_unit_by_id(corpus, "laichau.tp");
    /* equally near: in load order (the departments of laichau come before laichau.tp) */
    ck_assert_ptr_eq(congdoan_matches_unit(m, 0), vp);
    ck_assert_ptr_eq(congdoan_matches_unit(m, 1), tp);
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_SUGGESTION);
    ck_assert_str_eq(congdoan_error_last_message(), "no unit 'laichau.xx'");
    congdoan_matches_free(m);

    /* one letter wrong in a word: the four units named "… Tam Đường", the one with the fewest
     * other words first; not the units that share only "tâm" (tld.ttqlda "Trung tâm Quản lý
     * các dự án", laichau.cdvc.ttdvvl "… Trung tâm Dịch vụ việc làm …"), which lack a word */
    m = unit_lookup("Tam Duongg", CONGDOAN_ENOTFOUND, &u);
    ck_assert_uint_eq(congdoan_matches_count(m), 4);
    ck_assert_str_eq(congdoan_unit_id(congdoan_matches_unit(m, 0)), "laichau.tamduong");
    for (size_t i = 1; i < 4; i++)
        ck_assert_str_eq(congdoan_unit_parent_id(congdoan_matches_unit(m, i)), "laichau.tamduong");
    congdoan_matches_free(m);

    /* nothing near */
    m = unit_lookup("xyz", CONGDOAN_ENOTFOUND, &u);
    ck_assert_uint_eq(congdoan_matches_count(m), 0);
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_NONE);
    ck_assert_ptr_null(congdoan_matches_unit(m, 0));
    ck_assert_uint_eq(congdoan_matches_index(m, 0), (size_t)-1);
    congdoan_matches_free(m);
}
END_TEST

START_TEST(test_unit_without_candidates)
{
    /* the answer without a candidate list, and the candidates without an answer */
    const congdoan_unit *u = NULL;
    ck_assert_int_eq(congdoan_corpus_lookup_unit(corpus, "Tam Đường", &u, NULL), 0);
    ck_assert_str_eq(congdoan_unit_id(u), "laichau.tamduong");
    ck_assert_int_eq(congdoan_corpus_lookup_unit(corpus, "Văn phòng", &u, NULL), CONGDOAN_ENOTFOUND);
    ck_assert_ptr_null(u);
    congdoan_matches *m = NULL;
    ck_assert_int_eq(congdoan_corpus_lookup_unit(corpus, "Tam Đường", NULL, &m), 0);
    ck_assert_str_eq(congdoan_unit_id(congdoan_matches_unit(m, 0)), "laichau.tamduong");
    /* a unit list gives no documents or tasks */
    ck_assert_ptr_null(congdoan_matches_document(m, 0));
    ck_assert_ptr_null(congdoan_matches_task(m, 0));
    congdoan_matches_free(m);
}
END_TEST

START_TEST(test_bad_arguments)
{
    const congdoan_unit *u = (const congdoan_unit *)corpus;
    congdoan_matches *m = (congdoan_matches *)corpus;
    ck_assert_int_eq(congdoan_corpus_lookup_unit(NULL, "x", &u, &m), CONGDOAN_EINVAL);
    ck_assert_ptr_null(u);
    ck_assert_ptr_null(m);
    m = (congdoan_matches *)corpus;
    ck_assert_int_eq(congdoan_corpus_lookup_unit(corpus, NULL, &u, &m), CONGDOAN_EINVAL);
    ck_assert_ptr_null(m);
    m = (congdoan_matches *)corpus;
    ck_assert_int_eq(congdoan_corpus_lookup_unit(corpus, "Tam \xff", &u, &m), CONGDOAN_EENCODING);
    ck_assert_ptr_null(u);
    ck_assert_ptr_null(m);
    ck_assert_int_eq(congdoan_corpus_lookup_document(corpus, NULL, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_lookup_task(NULL, NULL, "ii-1", NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_lookup_word(NULL, NULL, 0, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_lookup_word("x", NULL, 2, NULL, NULL), CONGDOAN_EINVAL);
    /* the accessors on NULL */
    ck_assert_uint_eq(congdoan_matches_count(NULL), 0);
    ck_assert_int_eq(congdoan_matches_ambiguous(NULL), 0);
    ck_assert_int_eq(congdoan_matches_kind(NULL, 0), CONGDOAN_MATCH_NONE);
    ck_assert_ptr_null(congdoan_matches_unit(NULL, 0));
    ck_assert_uint_eq(congdoan_matches_index(NULL, 0), (size_t)-1);
    congdoan_matches_free(NULL);
    ck_assert_str_eq(congdoan_match_kind_name(CONGDOAN_MATCH_WORDS), "words");
    ck_assert_ptr_null(congdoan_match_kind_name((congdoan_match_kind)9));
}
END_TEST

static void assert_document(const char *query, const char *id, congdoan_match_kind kind)
{
    const congdoan_document *d = NULL;
    congdoan_matches *m = NULL;
    int rc = congdoan_corpus_lookup_document(corpus, query, &d, &m);
    ck_assert_msg(rc == 0, "'%s': %s", query, congdoan_error_last_message());
    ck_assert_str_eq(congdoan_document_id(d), id);
    ck_assert_ptr_eq(congdoan_matches_document(m, 0), d);
    ck_assert_msg(congdoan_matches_kind(m, 0) == kind, "'%s' matched as %s", query,
                  congdoan_match_kind_name(congdoan_matches_kind(m, 0)));
    congdoan_matches_free(m);
}

START_TEST(test_documents)
{
    assert_document("ctr-13-ldld-laichau-2025", "ctr-13-ldld-laichau-2025", CONGDOAN_MATCH_ID);
    assert_document("13/CTr-LĐLĐ", "ctr-13-ldld-laichau-2025", CONGDOAN_MATCH_NAME);
    assert_document("13/CTr-LDLD", "ctr-13-ldld-laichau-2025", CONGDOAN_MATCH_NAME);
    assert_document("Số: 13/ctr-ldld", "ctr-13-ldld-laichau-2025", CONGDOAN_MATCH_NAME);
    assert_document("240/KH-TLD", "kh-240-tld-2022", CONGDOAN_MATCH_NAME);
    /* "05/CTr-LĐLĐ" as "5/CTr-LĐLĐ" */
    assert_document("5/CTr-LĐLĐ", "ctr-05-ldld-tp-laichau-2025", CONGDOAN_MATCH_NAME);
    /* a part of the number */
    assert_document("240", "kh-240-tld-2022", CONGDOAN_MATCH_WORDS);

    /* an unknown notation: 13/CTr-LĐLĐ shares two of its three words; no other number does */
    const congdoan_document *d = (const congdoan_document *)corpus;
    congdoan_matches *m = NULL;
    ck_assert_int_eq(congdoan_corpus_lookup_document(corpus, "13/CTr-XYZ", &d, &m), CONGDOAN_ENOTFOUND);
    ck_assert_ptr_null(d);
    ck_assert_uint_eq(congdoan_matches_count(m), 1);
    ck_assert_str_eq(congdoan_document_id(congdoan_matches_document(m, 0)), "ctr-13-ldld-laichau-2025");
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_SUGGESTION);
    ck_assert_ptr_null(congdoan_matches_unit(m, 0));
    congdoan_matches_free(m);
}
END_TEST

START_TEST(test_documents_same_number)
{
    /* Another province's programme with the same number: the number alone is ambiguous. */
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">"
        "<unit id=\"dienbien\" level=\"provincial\" name=\"Liên đoàn Lao động tỉnh Điện Biên\" parent=\"tld\"/>"
        "<document id=\"ctr-13-dienbien\" kind=\"programme\" number=\"13/CTr-LĐLĐ\" issuer=\"dienbien\""
        " issued=\"2025-03-01\"><title>Chương trình công tác năm 2025</title></document>"
        "</congdoan>";
    congdoan_issues *issues = test_new_issues();
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "dienbien.xml", issues), 0);
    test_drop_issues(issues);
    const congdoan_document *d = NULL;
    congdoan_matches *m = NULL;
    ck_assert_int_eq(congdoan_corpus_lookup_document(corpus, "13/CTr-LĐLĐ", &d, &m), CONGDOAN_ENOTFOUND);
    ck_assert_int_eq(congdoan_matches_ambiguous(m), 1);
    ck_assert_uint_eq(congdoan_matches_count(m), 2);
    ck_assert_str_eq(congdoan_document_id(congdoan_matches_document(m, 0)), "ctr-13-ldld-laichau-2025");
    ck_assert_str_eq(congdoan_document_id(congdoan_matches_document(m, 1)), "ctr-13-dienbien");
    ck_assert_str_eq(congdoan_error_last_message(), "'13/CTr-LĐLĐ' names 2 documents");
    congdoan_matches_free(m);
    /* the id still answers */
    assert_document("ctr-13-dienbien", "ctr-13-dienbien", CONGDOAN_MATCH_ID);
}
END_TEST

START_TEST(test_tasks)
{
    const congdoan_document *ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    const congdoan_task *t = NULL;
    congdoan_matches *m = NULL;
    ck_assert_int_eq(congdoan_corpus_lookup_task(corpus, ctr, "IV.2.1", &t, &m), 0);
    ck_assert_str_eq(congdoan_task_id(t), "iv-2-1");
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_NAME);
    ck_assert_ptr_eq(congdoan_document_task(ctr, congdoan_matches_index(m, 0)), t);
    congdoan_matches_free(m);
    ck_assert_int_eq(congdoan_corpus_lookup_task(corpus, ctr, "iv-2-1", &t, NULL), 0);
    ck_assert_str_eq(congdoan_task_id(t), "iv-2-1");

    /* ii-1 is in 240/KH-TLĐ and in 13/CTr-LĐLĐ: ambiguous across documents, not within one */
    ck_assert_int_eq(congdoan_corpus_lookup_task(corpus, NULL, "ii-1", &t, &m), CONGDOAN_ENOTFOUND);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(congdoan_matches_ambiguous(m), 1);
    ck_assert_uint_eq(congdoan_matches_count(m), 2);
    ck_assert_str_eq(congdoan_document_id(congdoan_task_document(congdoan_matches_task(m, 0))), "kh-240-tld-2022");
    ck_assert_str_eq(congdoan_document_id(congdoan_task_document(congdoan_matches_task(m, 1))),
                     "ctr-13-ldld-laichau-2025");
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_ID);
    congdoan_matches_free(m);
    ck_assert_int_eq(congdoan_corpus_lookup_task(corpus, ctr, "ii-1", &t, NULL), 0);
    ck_assert_ptr_eq(congdoan_task_document(t), ctr);

    /* an id that is not there: the ids one mistake away */
    ck_assert_int_eq(congdoan_corpus_lookup_task(corpus, ctr, "iv-2-9", &t, &m), CONGDOAN_ENOTFOUND);
    ck_assert_uint_ge(congdoan_matches_count(m), 3);
    for (size_t i = 0; i < congdoan_matches_count(m); i++) {
        ck_assert_int_eq(congdoan_matches_kind(m, i), CONGDOAN_MATCH_SUGGESTION);
        ck_assert_ptr_eq(congdoan_task_document(congdoan_matches_task(m, i)), ctr);
    }
    ck_assert_str_eq(congdoan_task_id(congdoan_matches_task(m, 0)), "iv-2-1");
    congdoan_matches_free(m);
}
END_TEST

START_TEST(test_words)
{
    static const char *const commands[] = {"validate", "show", "tree", "tasks", "progress", NULL, "export"};
    size_t index = 99;
    congdoan_matches *m = NULL;
    ck_assert_int_eq(congdoan_lookup_word("tasks", commands, 7, &index, &m), 0);
    ck_assert_uint_eq(index, 3);
    ck_assert_int_eq(congdoan_matches_kind(m, 0), CONGDOAN_MATCH_ID);
    congdoan_matches_free(m);
    ck_assert_int_eq(congdoan_lookup_word("Progress", commands, 7, &index, NULL), 0);
    ck_assert_uint_eq(index, 4);
    /* one letter missing, two swapped */
    ck_assert_int_eq(congdoan_lookup_word("progres", commands, 7, &index, &m), CONGDOAN_ENOTFOUND);
    ck_assert_uint_eq(index, (size_t)-1);
    ck_assert_uint_eq(congdoan_matches_count(m), 1);
    ck_assert_uint_eq(congdoan_matches_index(m, 0), 4);
    ck_assert_ptr_null(congdoan_matches_unit(m, 0));
    congdoan_matches_free(m);
    ck_assert_int_eq(congdoan_lookup_word("valdiate", commands, 7, &index, &m), CONGDOAN_ENOTFOUND);
    ck_assert_uint_eq(congdoan_matches_count(m), 1);
    ck_assert_uint_eq(congdoan_matches_index(m, 0), 0);
    congdoan_matches_free(m);
    /* a word is never matched by part */
    ck_assert_int_eq(congdoan_lookup_word("port", commands, 7, &index, &m), CONGDOAN_ENOTFOUND);
    ck_assert_uint_eq(congdoan_matches_count(m), 0);
    congdoan_matches_free(m);
    ck_assert_int_eq(congdoan_lookup_word("x", commands, 0, &index, NULL), CONGDOAN_ENOTFOUND);
}
END_TEST

START_TEST(test_allocation_failures)
{
    /* The n-th allocation fails for n = 1, 2, … until the look-up succeeds: every failure is
     * CONGDOAN_ENOMEM with nothing returned, and nothing leaks (valgrind). */
    for (int which = 0; which < 3; which++) {
        int ok = 0;
        for (long n = 1; n < 100000 && !ok; n++) {
            const congdoan_unit *u = (const congdoan_unit *)corpus;
            congdoan_matches *m = (congdoan_matches *)corpus;
            congdoan__alloc_fail_at(n);
            int rc = congdoan_corpus_lookup_unit(corpus, which == 0 ? "Tam Đường" : which == 1 ? "Văn phòng" : "laichau.xx",
                                                 &u, &m);
            congdoan__alloc_fail_at(0);
            if (rc == CONGDOAN_ENOMEM) {
                ck_assert_ptr_null(u);
                ck_assert_ptr_null(m);
                continue;
            }
            ok = 1;
            ck_assert_int_eq(rc, which == 0 ? 0 : CONGDOAN_ENOTFOUND);
            ck_assert_uint_eq(congdoan_matches_count(m), which == 0 ? 1 : 2);
            congdoan_matches_free(m);
        }
        ck_assert(ok);
    }
}
END_TEST

static Suite *lookup_suite(void)
{
    Suite *s = suite_create("lookup");
    TCase *tc = tcase_create("lookup");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_unit_by_id_and_names);
    tcase_add_test(tc, test_unit_by_words);
    tcase_add_test(tc, test_unit_ambiguous);
    tcase_add_test(tc, test_unit_suggestions);
    tcase_add_test(tc, test_unit_without_candidates);
    tcase_add_test(tc, test_bad_arguments);
    tcase_add_test(tc, test_documents);
    tcase_add_test(tc, test_documents_same_number);
    tcase_add_test(tc, test_tasks);
    tcase_add_test(tc, test_words);
    tcase_add_test(tc, test_allocation_failures);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(lookup_suite());
}
