/* Tests of congdoan/edit.h: building a model through the API and reading it back through the
 * accessors; every refusal with its code and the object unchanged; the unit hierarchy under
 * single edits (late parents, moves, cycles, 20,000 units one by one); allocation failures
 * (every allocation of a build sequence fails once: CONGDOAN_ENOMEM and nothing changed); and
 * writing what was built, loading it back and validating it against the schema.
 *
 * The model built here is modelled on the seeds: Kế hoạch 13/KH-LĐLĐ of LĐLĐ tỉnh Lai Châu
 * implementing 240/KH-TLĐ, with its tasks, indicators and a half-year report of LĐLĐ thành phố
 * Lai Châu. */
#include "test-common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "edit-refusals.h"

long congdoan__alloc_fail_at(long n);

#define RC_IS(call, code)                                                                                    \
    do {                                                                                                     \
        congdoan_error_clear();                                                                              \
        int rc_ = (call);                                                                                    \
        ck_assert_msg(rc_ == (code), "%s: got %d (%s), expected %d", #call, rc_, congdoan_error_last_message(), \
                      (int)(code));                                                                          \
        if (rc_ != 0) {                                                                                      \
            ck_assert_int_eq(congdoan_error_last_code(), rc_);                                               \
            ck_assert_msg(congdoan_error_last_message()[0] != '\0', "%s: no message", #call);                \
        }                                                                                                    \
    } while (0)
#define OK(call) RC_IS(call, 0)

/* The last error message mentions `s`. */
#define MESSAGE_HAS(s) \
    ck_assert_msg(strstr(congdoan_error_last_message(), (s)) != NULL, "message \"%s\" lacks \"%s\"", \
                  congdoan_error_last_message(), (s))

static congdoan_corpus *corpus;

static congdoan_corpus *new_corpus(void)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    return c;
}

static const congdoan_unit *U(congdoan_corpus *c, const char *id)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, id);
    ck_assert_msg(u != NULL, "no unit '%s'", id);
    return u;
}

static const congdoan_document *D(congdoan_corpus *c, const char *id)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(c, id);
    ck_assert_msg(d != NULL, "no document '%s'", id);
    return d;
}

static const congdoan_task *T(congdoan_corpus *c, const char *doc, const char *id)
{
    const congdoan_task *t = congdoan_document_task_by_id(D(c, doc), id);
    ck_assert_msg(t != NULL, "no task '%s'", id);
    return t;
}

static const congdoan_indicator *I(congdoan_corpus *c, const char *doc, const char *id)
{
    const congdoan_indicator *x = congdoan_document_indicator_by_id(D(c, doc), id);
    ck_assert_msg(x != NULL, "no indicator '%s'", id);
    return x;
}

static const congdoan_report *R(congdoan_corpus *c, const char *id)
{
    const congdoan_report *r = congdoan_corpus_report_by_id(c, id);
    ck_assert_msg(r != NULL, "no report '%s'", id);
    return r;
}

/* ---- the model ----------------------------------------------------------------------------- */

static void build_units(congdoan_corpus *c)
{
    const congdoan_unit *tld, *laichau, *tp, *u;
    OK(congdoan_corpus_add_unit(c, "tld", CONGDOAN_LEVEL_CENTRAL, "Tổng Liên đoàn Lao động Việt Nam", NULL, &tld));
    OK(congdoan_unit_set_short_name(c, tld, "Tổng Liên đoàn"));
    OK(congdoan_unit_add_department(c, tld, "tld.dct", "Đoàn Chủ tịch Tổng Liên đoàn", CONGDOAN_UNIT_BODY,
                                    CONGDOAN_BODY_PRESIDIUM, NULL));
    OK(congdoan_corpus_add_unit(c, "laichau", CONGDOAN_LEVEL_PROVINCIAL, "Liên đoàn Lao động tỉnh Lai Châu", "tld",
                                &laichau));
    OK(congdoan_unit_set_short_name(c, laichau, "LĐLĐ tỉnh Lai Châu"));
    OK(congdoan_unit_set_members(c, laichau, 27000));
    OK(congdoan_unit_set_workers(c, laichau, 30500));
    OK(congdoan_unit_set_declared_upper_grassroots_units(c, laichau, 9));
    OK(congdoan_unit_set_declared_grassroots_units(c, laichau, 412));
    OK(congdoan_unit_set_classification(c, laichau, 2024, CONGDOAN_GRADE_GOOD));
    OK(congdoan_unit_set_classification(c, laichau, 2025, CONGDOAN_GRADE_EXCELLENT));
    OK(congdoan_unit_add_department(c, laichau, "laichau.btv", "Ban Thường vụ LĐLĐ tỉnh", CONGDOAN_UNIT_BODY,
                                    CONGDOAN_BODY_STANDING_COMMITTEE, NULL));
    OK(congdoan_unit_add_department(c, laichau, "laichau.tc", "Ban Tổ chức", CONGDOAN_UNIT_DEPARTMENT,
                                    CONGDOAN_BODY_NONE, &u));
    OK(congdoan_unit_set_short_name(c, u, "Ban TC"));
    OK(congdoan_corpus_add_unit(c, "laichau.tp", CONGDOAN_LEVEL_UPPER_GRASSROOTS,
                                "Liên đoàn Lao động thành phố Lai Châu", "laichau", &tp));
    OK(congdoan_corpus_add_unit(c, "laichau.tp.cdcs1", CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn Trường THPT Lai Châu",
                                "laichau.tp", &u));
    OK(congdoan_unit_set_sector(c, u, CONGDOAN_SECTOR_PUBLIC));
    OK(congdoan_unit_set_members(c, u, 48));
    OK(congdoan_unit_set_workers(c, u, 52));
    OK(congdoan_unit_set_classification(c, u, 2025, CONGDOAN_GRADE_GOOD));
}

static void build_document(congdoan_corpus *c)
{
    const congdoan_document *d;
    const congdoan_section *s1, *s2, *s21, *s22;
    const congdoan_task *t;
    const congdoan_indicator *x;
    OK(congdoan_corpus_add_document(c, "kh-13-2025", CONGDOAN_DOCUMENT_PLAN, &d));
    OK(congdoan_document_set_number(c, d, "13/KH-LĐLĐ"));
    OK(congdoan_document_set_title(c, d, "  Kế hoạch thực hiện Chương trình 240 năm 2025\n"));
    OK(congdoan_document_set_issuer_id(c, d, "laichau"));
    OK(congdoan_document_set_issuing_body_id(c, d, "laichau.btv"));
    OK(congdoan_document_set_issued(c, d, 20250227));
    OK(congdoan_document_set_effective(c, d, 20250301));
    OK(congdoan_document_set_place(c, d, "Lai Châu"));
    OK(congdoan_document_set_field(c, d, "Tổ chức - Phát triển đoàn viên"));
    OK(congdoan_document_set_signer(c, d, "Tống Thị Thu Hà", "Chủ tịch", "TM. Ban Thường vụ"));
    OK(congdoan_document_add_relation(c, d, CONGDOAN_RELATION_IMPLEMENTS, "kh-240-2022-tld", "240/KH-TLĐ", 20220822,
                                      "Kế hoạch số 240/KH-TLĐ của Tổng Liên đoàn"));
    OK(congdoan_document_add_relation(c, d, CONGDOAN_RELATION_BASED_ON, NULL, "12-CT/TW", 0, NULL));
    OK(congdoan_document_add_recipient(c, d, "Tổng Liên đoàn (để b/c)", "tld"));
    OK(congdoan_document_add_recipient(c, d, "Lưu VT", NULL));
    OK(congdoan_document_set_reporting(c, d, "laichau", CONGDOAN_PERIOD_HALF_YEAR));
    OK(congdoan_document_add_deadline(c, d, "2025-H1", 20250615));
    OK(congdoan_document_add_deadline(c, d, "2025", 20251215));
    OK(congdoan_document_add_reporter(c, d, "laichau.tp"));

    OK(congdoan_document_add_section(c, d, NULL, "i", "I.", "MỤC ĐÍCH, YÊU CẦU", &s1));
    OK(congdoan_section_add_paragraph(c, s1, "Nâng cao chất lượng hoạt động công đoàn cơ sở."));
    OK(congdoan_document_add_section(c, d, NULL, "ii", "II.", "NHIỆM VỤ, GIẢI PHÁP", &s2));
    OK(congdoan_document_add_section(c, d, s2, "ii-1", "1.", "Phát triển đoàn viên", &s21));
    OK(congdoan_document_add_section(c, d, s2, "ii-2", "2.", NULL, &s22));
    /* Out of document order on purpose: the flat lists must still be in document order. */
    OK(congdoan_section_add_task(c, s22, "ii-2-1", "Tổ chức Tháng Công nhân năm 2025.", &t));
    OK(congdoan_task_set_lead_id(c, t, "laichau.btv"));
    OK(congdoan_task_set_due(c, t, "ongoing", "thường xuyên"));
    OK(congdoan_section_add_task(c, s2, "ii-3", "Sơ kết, đánh giá kết quả thực hiện kế hoạch.", &t));
    OK(congdoan_task_set_lead_id(c, t, "laichau"));
    OK(congdoan_task_set_due(c, t, "yearly:12-15", "trước ngày 15/12 hằng năm"));
    OK(congdoan_section_add_task(c, s21, "ii-1-1", "Phát triển 2.000 đoàn viên mới.", &t));
    OK(congdoan_task_set_lead_id(c, t, "laichau.tc"));
    OK(congdoan_task_set_due(c, t, "2025-H1", "6 tháng đầu năm 2025"));
    OK(congdoan_task_add_coordinator(c, t, "laichau.tp", NULL));
    OK(congdoan_task_add_coordinator(c, t, NULL, "các ban, đơn vị liên quan"));
    OK(congdoan_task_add_coordinator(c, t, "laichau.btv", "  "));

    OK(congdoan_section_add_indicator(c, s22, "ct-cdcs", CONGDOAN_MEASURE_SHARE_OF_UNITS,
                                      CONGDOAN_COMPARATOR_AT_LEAST, 70, "70% CĐCS xếp loại tốt trở lên", &x));
    OK(congdoan_indicator_set_condition_grade(c, x, CONGDOAN_GRADE_GOOD));
    OK(congdoan_indicator_set_scope_level(c, x, CONGDOAN_LEVEL_GRASSROOTS));
    OK(congdoan_indicator_set_scope_sectors(c, x, (1 << CONGDOAN_SECTOR_PUBLIC) |
                                                      (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE)));
    OK(congdoan_section_add_indicator(c, s21, "ct-dv", CONGDOAN_MEASURE_PERCENTAGE, CONGDOAN_COMPARATOR_AT_LEAST, 98,
                                      "98% trở lên người lao động là đoàn viên", &x));
    OK(congdoan_indicator_set_period(c, x, "2025"));
    OK(congdoan_indicator_set_owner_id(c, x, "laichau"));
    OK(congdoan_indicator_set_baseline(c, x, 96.5));
    OK(congdoan_indicator_set_unit_of_measure(c, x, "đoàn viên"));
    OK(congdoan_indicator_set_refines(c, x, "kh-240-2022-tld", "ct-1"));
    OK(congdoan_section_add_indicator(c, s21, "ct-moi", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 10,
                                      "Thành lập mới từ 10 đến 20 CĐCS", &x));
    OK(congdoan_indicator_set_range(c, x, 10, 20));
}

static void build_report(congdoan_corpus *c)
{
    const congdoan_report *r;
    OK(congdoan_corpus_add_report(c, "bc-tp-2025-h1", "laichau.tp", "kh-13-2025", "2025-H1", &r));
    OK(congdoan_report_set_submitted(c, r, 20250612));
    OK(congdoan_report_set_note(c, r, "Số liệu đến ngày 31/5/2025."));
    OK(congdoan_report_set_value(c, r, "ct-dv", 97.5, CONGDOAN_COVERAGE_SELF));
    OK(congdoan_report_set_fraction(c, r, "ct-dv", 950, 1000, CONGDOAN_COVERAGE_SUBTREE));
    OK(congdoan_report_set_value(c, r, "ct-dv", 95, CONGDOAN_COVERAGE_SUBTREE));
    OK(congdoan_report_set_value(c, r, "ct-moi", 12, CONGDOAN_COVERAGE_SUBTREE));
    OK(congdoan_report_set_task_status(c, r, "ii-1-1", CONGDOAN_TASK_DONE, "Đã phát triển 2.150 đoàn viên"));
    OK(congdoan_report_set_task_status(c, r, "ii-2-1", CONGDOAN_TASK_IN_PROGRESS, NULL));
}

static void build_model(congdoan_corpus *c)
{
    build_units(c);
    build_document(c);
    build_report(c);
}

static void setup(void)
{
    corpus = new_corpus();
    build_model(corpus);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

/* ---- reading back what was built --------------------------------------------------------------- */

START_TEST(test_units_read_back)
{
    ck_assert_uint_eq(congdoan_corpus_unit_count(corpus), 7);
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), 1);
    const congdoan_unit *tld = U(corpus, "tld"), *lc = U(corpus, "laichau"), *tp = U(corpus, "laichau.tp");
    ck_assert_ptr_eq(congdoan_corpus_root(corpus, 0), tld);
    ck_assert_str_eq(congdoan_unit_name(tld), "Tổng Liên đoàn Lao động Việt Nam");
    ck_assert_str_eq(congdoan_unit_short_name(tld), "Tổng Liên đoàn");
    ck_assert_int_eq(congdoan_unit_level(tld), CONGDOAN_LEVEL_CENTRAL);
    ck_assert_ptr_null(congdoan_unit_parent(tld));
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 1);
    ck_assert_ptr_eq(congdoan_unit_child(tld, 0), lc);
    ck_assert_uint_eq(congdoan_unit_department_count(tld), 1);
    const congdoan_unit *dct = congdoan_unit_department(tld, 0);
    ck_assert_str_eq(congdoan_unit_id(dct), "tld.dct");
    ck_assert_int_eq(congdoan_unit_get_kind(dct), CONGDOAN_UNIT_BODY);
    ck_assert_int_eq(congdoan_unit_body_kind(dct), CONGDOAN_BODY_PRESIDIUM);
    ck_assert_int_eq(congdoan_unit_level(dct), CONGDOAN_LEVEL_CENTRAL);
    ck_assert_ptr_eq(congdoan_unit_parent(dct), tld);
    ck_assert_str_eq(congdoan_unit_parent_id(dct), "tld");

    ck_assert_str_eq(congdoan_unit_parent_id(lc), "tld");
    ck_assert_ptr_eq(congdoan_unit_parent(lc), tld);
    ck_assert_str_eq(congdoan_unit_short_name(lc), "LĐLĐ tỉnh Lai Châu");
    ck_assert_int_eq(congdoan_unit_members(lc), 27000);
    ck_assert_int_eq(congdoan_unit_workers(lc), 30500);
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(lc), 9);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(lc), 412);
    ck_assert_uint_eq(congdoan_unit_classification_count(lc), 2);
    ck_assert_int_eq(congdoan_unit_classification_year(lc, 0), 2024);
    ck_assert_int_eq(congdoan_unit_classification_grade(lc, 1), CONGDOAN_GRADE_EXCELLENT);
    ck_assert_int_eq(congdoan_unit_classification(lc, 2024), CONGDOAN_GRADE_GOOD);
    ck_assert_uint_eq(congdoan_unit_department_count(lc), 2);
    const congdoan_unit *tc = congdoan_unit_department(lc, 1);
    ck_assert_ptr_eq(tc, U(corpus, "laichau.tc"));
    ck_assert_int_eq(congdoan_unit_get_kind(tc), CONGDOAN_UNIT_DEPARTMENT);
    ck_assert_int_eq(congdoan_unit_body_kind(tc), CONGDOAN_BODY_NONE);
    ck_assert_str_eq(congdoan_unit_short_name(tc), "Ban TC");
    ck_assert_int_eq(congdoan_unit_level(tc), CONGDOAN_LEVEL_PROVINCIAL);
    ck_assert_int_eq(congdoan_unit_members(tc), -1);
    ck_assert_uint_eq(congdoan_unit_child_count(lc), 1);
    ck_assert_ptr_eq(congdoan_unit_child(lc, 0), tp);

    const congdoan_unit *g = U(corpus, "laichau.tp.cdcs1");
    ck_assert_ptr_eq(congdoan_unit_parent(g), tp);
    ck_assert_int_eq(congdoan_unit_sector(g), CONGDOAN_SECTOR_PUBLIC);
    ck_assert_int_eq(congdoan_unit_members(g), 48);
    ck_assert_int_eq(congdoan_unit_classification(g, 2025), CONGDOAN_GRADE_GOOD);
    /* corpus order and lookups */
    ck_assert_ptr_eq(congdoan_corpus_unit(corpus, 0), tld);
    ck_assert_ptr_eq(congdoan_corpus_unit(corpus, 1), dct);
    ck_assert_ptr_eq(congdoan_corpus_unit(corpus, 6), g);
}
END_TEST

START_TEST(test_unit_setters)
{
    const congdoan_unit *lc = U(corpus, "laichau"), *g = U(corpus, "laichau.tp.cdcs1"), *btv = U(corpus, "laichau.btv");
    /* name in decomposed form is stored in NFC */
    OK(congdoan_unit_set_name(corpus, lc, "Lie\xcc\x82n đoàn Lao động tỉnh Lai Cha\xcc\x82u"));
    ck_assert_str_eq(congdoan_unit_name(lc), "Liên đoàn Lao động tỉnh Lai Châu");
    OK(congdoan_unit_set_short_name(corpus, lc, NULL));
    ck_assert_ptr_null(congdoan_unit_short_name(lc));
    OK(congdoan_unit_set_members(corpus, lc, -1));
    ck_assert_int_eq(congdoan_unit_members(lc), -1);
    OK(congdoan_unit_set_members(corpus, lc, 0));
    ck_assert_int_eq(congdoan_unit_members(lc), 0);
    OK(congdoan_unit_set_workers(corpus, lc, -1));
    ck_assert_int_eq(congdoan_unit_workers(lc), -1);
    OK(congdoan_unit_set_declared_upper_grassroots_units(corpus, lc, -1));
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(lc), -1);
    OK(congdoan_unit_set_declared_grassroots_units(corpus, lc, 0));
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(lc), 0);
    /* replace a classification, add another */
    OK(congdoan_unit_set_classification(corpus, lc, 2024, CONGDOAN_GRADE_COMPLETED));
    ck_assert_uint_eq(congdoan_unit_classification_count(lc), 2);
    ck_assert_int_eq(congdoan_unit_classification(lc, 2024), CONGDOAN_GRADE_COMPLETED);
    OK(congdoan_unit_set_classification(corpus, lc, 2023, CONGDOAN_GRADE_NOT_COMPLETED));
    ck_assert_uint_eq(congdoan_unit_classification_count(lc), 3);
    ck_assert_int_eq(congdoan_unit_classification_year(lc, 2), 2023);
    /* sector, level */
    OK(congdoan_unit_set_sector(corpus, g, CONGDOAN_SECTOR_NONE));
    ck_assert_int_eq(congdoan_unit_sector(g), CONGDOAN_SECTOR_NONE);
    OK(congdoan_unit_set_level(corpus, g, CONGDOAN_LEVEL_UPPER_GRASSROOTS));
    ck_assert_int_eq(congdoan_unit_level(g), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
    OK(congdoan_unit_set_level(corpus, g, CONGDOAN_LEVEL_GRASSROOTS));
    OK(congdoan_unit_set_sector(corpus, g, CONGDOAN_SECTOR_STATE_ENTERPRISE));
    ck_assert_int_eq(congdoan_unit_sector(g), CONGDOAN_SECTOR_STATE_ENTERPRISE);
    OK(congdoan_unit_set_level(corpus, lc, CONGDOAN_LEVEL_UPPER_GRASSROOTS));
    ck_assert_int_eq(congdoan_unit_level(btv), CONGDOAN_LEVEL_UPPER_GRASSROOTS); /* departments follow */
    OK(congdoan_unit_set_level(corpus, lc, CONGDOAN_LEVEL_PROVINCIAL));
    ck_assert_int_eq(congdoan_unit_level(btv), CONGDOAN_LEVEL_PROVINCIAL);
    /* body kind */
    OK(congdoan_unit_set_body_kind(corpus, btv, CONGDOAN_BODY_EXECUTIVE_COMMITTEE));
    ck_assert_int_eq(congdoan_unit_body_kind(btv), CONGDOAN_BODY_EXECUTIVE_COMMITTEE);
    OK(congdoan_unit_set_body_kind(corpus, btv, CONGDOAN_BODY_NONE));
    ck_assert_int_eq(congdoan_unit_body_kind(btv), CONGDOAN_BODY_NONE);
    /* a department's name and short name */
    OK(congdoan_unit_set_name(corpus, btv, "Ban Thường vụ"));
    ck_assert_str_eq(congdoan_unit_name(btv), "Ban Thường vụ");
    /* a constructor's out may be NULL */
    OK(congdoan_corpus_add_unit(corpus, "laichau.tp.cdcs2", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS Bệnh viện", "laichau.tp",
                                NULL));
    ck_assert_uint_eq(congdoan_unit_child_count(U(corpus, "laichau.tp")), 2);
}
END_TEST

START_TEST(test_document_read_back)
{
    const congdoan_document *d = D(corpus, "kh-13-2025");
    ck_assert_uint_eq(congdoan_corpus_document_count(corpus), 1);
    ck_assert_int_eq(congdoan_document_get_kind(d), CONGDOAN_DOCUMENT_PLAN);
    ck_assert_str_eq(congdoan_document_number(d), "13/KH-LĐLĐ");
    ck_assert_ptr_eq(congdoan_corpus_document_by_number(corpus, "13/KH-LĐLĐ"), d);
    ck_assert_str_eq(congdoan_document_title(d), "Kế hoạch thực hiện Chương trình 240 năm 2025"); /* trimmed */
    ck_assert_ptr_eq(congdoan_document_issuer(d), U(corpus, "laichau"));
    ck_assert_ptr_eq(congdoan_document_issuing_body(d), U(corpus, "laichau.btv"));
    ck_assert_int_eq(congdoan_document_issued(d), 20250227);
    ck_assert_int_eq(congdoan_document_effective(d), 20250301);
    ck_assert_str_eq(congdoan_document_place(d), "Lai Châu");
    ck_assert_str_eq(congdoan_document_field(d), "Tổ chức - Phát triển đoàn viên");
    ck_assert_str_eq(congdoan_document_signer_name(d), "Tống Thị Thu Hà");
    ck_assert_str_eq(congdoan_document_signer_position(d), "Chủ tịch");
    ck_assert_str_eq(congdoan_document_signer_capacity(d), "TM. Ban Thường vụ");
    ck_assert_uint_eq(congdoan_document_relation_count(d), 2);
    ck_assert_int_eq(congdoan_document_relation_type(d, 0), CONGDOAN_RELATION_IMPLEMENTS);
    ck_assert_str_eq(congdoan_document_relation_target_id(d, 0), "kh-240-2022-tld");
    ck_assert_str_eq(congdoan_document_relation_number(d, 0), "240/KH-TLĐ");
    ck_assert_int_eq(congdoan_document_relation_date(d, 0), 20220822);
    ck_assert_str_eq(congdoan_document_relation_text(d, 0), "Kế hoạch số 240/KH-TLĐ của Tổng Liên đoàn");
    ck_assert_int_eq(congdoan_document_relation_type(d, 1), CONGDOAN_RELATION_BASED_ON);
    ck_assert_ptr_null(congdoan_document_relation_target_id(d, 1));
    ck_assert_str_eq(congdoan_document_relation_number(d, 1), "12-CT/TW");
    ck_assert_int_eq(congdoan_document_relation_date(d, 1), 0);
    ck_assert_ptr_null(congdoan_document_relation_text(d, 1));
    ck_assert_uint_eq(congdoan_document_recipient_count(d), 2);
    ck_assert_str_eq(congdoan_document_recipient_text(d, 0), "Tổng Liên đoàn (để b/c)");
    ck_assert_ptr_eq(congdoan_document_recipient_unit(d, 0), U(corpus, "tld"));
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(d, 1));
    ck_assert_int_eq(congdoan_document_has_reporting(d), 1);
    ck_assert_ptr_eq(congdoan_document_reporting_to(d), U(corpus, "laichau"));
    ck_assert_int_eq(congdoan_document_reporting_frequency(d), CONGDOAN_PERIOD_HALF_YEAR);
    ck_assert_uint_eq(congdoan_document_deadline_count(d), 2);
    ck_assert_int_eq(congdoan_document_deadline(d, "2025-H1"), 20250615);
    ck_assert_int_eq(congdoan_document_deadline(d, "2025"), 20251215);
    ck_assert_uint_eq(congdoan_document_reporter_count(d), 1);
    ck_assert_ptr_eq(congdoan_document_reporter(d, 0), U(corpus, "laichau.tp"));

    /* sections and items */
    ck_assert_uint_eq(congdoan_document_section_count(d), 2);
    const congdoan_section *s1 = congdoan_document_section(d, 0), *s2 = congdoan_document_section(d, 1);
    ck_assert_str_eq(congdoan_section_id(s1), "i");
    ck_assert_str_eq(congdoan_section_number(s1), "I.");
    ck_assert_str_eq(congdoan_section_title(s1), "MỤC ĐÍCH, YÊU CẦU");
    ck_assert_ptr_eq(congdoan_section_document(s1), d);
    ck_assert_ptr_null(congdoan_section_parent(s1));
    ck_assert_uint_eq(congdoan_section_item_count(s1), 1);
    ck_assert_int_eq(congdoan_section_item_kind(s1, 0), CONGDOAN_ITEM_PARAGRAPH);
    ck_assert_str_eq(congdoan_section_item_text(s1, 0), "Nâng cao chất lượng hoạt động công đoàn cơ sở.");
    ck_assert_uint_eq(congdoan_section_item_count(s2), 3);
    const congdoan_section *s21 = congdoan_section_item_section(s2, 0), *s22 = congdoan_section_item_section(s2, 1);
    ck_assert_ptr_eq(congdoan_section_parent(s21), s2);
    ck_assert_ptr_null(congdoan_section_title(s22));
    ck_assert_int_eq(congdoan_section_item_kind(s2, 2), CONGDOAN_ITEM_TASK);
    ck_assert_str_eq(congdoan_task_id(congdoan_section_item_task(s2, 2)), "ii-3");
    ck_assert_uint_eq(congdoan_section_item_count(s21), 3);
    ck_assert_str_eq(congdoan_task_id(congdoan_section_item_task(s21, 0)), "ii-1-1");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_section_item_indicator(s21, 1)), "ct-dv");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_section_item_indicator(s21, 2)), "ct-moi");
    ck_assert_uint_eq(congdoan_section_item_count(s22), 2);

    /* the flat lists in document order, whatever the order of creation */
    static const char *const tasks[] = {"ii-1-1", "ii-2-1", "ii-3"};
    ck_assert_uint_eq(congdoan_document_task_count(d), 3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_str_eq(congdoan_task_id(congdoan_document_task(d, i)), tasks[i]);
    static const char *const inds[] = {"ct-dv", "ct-moi", "ct-cdcs"};
    ck_assert_uint_eq(congdoan_document_indicator_count(d), 3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_str_eq(congdoan_indicator_id(congdoan_document_indicator(d, i)), inds[i]);
}
END_TEST

START_TEST(test_document_setters)
{
    const congdoan_document *d = D(corpus, "kh-13-2025");
    OK(congdoan_document_set_kind(corpus, d, CONGDOAN_DOCUMENT_PROGRAMME));
    ck_assert_int_eq(congdoan_document_get_kind(d), CONGDOAN_DOCUMENT_PROGRAMME);
    OK(congdoan_document_set_number(corpus, d, "105/2020/NĐ-CP"));
    ck_assert_str_eq(congdoan_document_number(d), "105/2020/NĐ-CP");
    OK(congdoan_document_set_number(corpus, d, "4b/TLĐ"));
    ck_assert_str_eq(congdoan_document_number(d), "4b/TLĐ");
    OK(congdoan_document_set_number(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_number(d));
    OK(congdoan_document_set_title(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_title(d));
    OK(congdoan_document_set_issuer_id(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_issuer_id(d));
    OK(congdoan_document_set_issuer_id(corpus, d, "not.loaded.yet")); /* references may point ahead */
    ck_assert_str_eq(congdoan_document_issuer_id(d), "not.loaded.yet");
    ck_assert_ptr_null(congdoan_document_issuer(d));
    OK(congdoan_document_set_issuing_body_id(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_issuing_body_id(d));
    OK(congdoan_document_set_issued(corpus, d, 20240229));
    ck_assert_int_eq(congdoan_document_issued(d), 20240229);
    OK(congdoan_document_set_issued(corpus, d, 0));
    ck_assert_int_eq(congdoan_document_issued(d), 0);
    OK(congdoan_document_set_effective(corpus, d, 0));
    ck_assert_int_eq(congdoan_document_effective(d), 0);
    OK(congdoan_document_set_place(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_place(d));
    OK(congdoan_document_set_field(corpus, d, NULL));
    ck_assert_ptr_null(congdoan_document_field(d));
    OK(congdoan_document_set_signer(corpus, d, "Nguyễn Văn A", NULL, NULL));
    ck_assert_str_eq(congdoan_document_signer_name(d), "Nguyễn Văn A");
    ck_assert_ptr_null(congdoan_document_signer_position(d));
    ck_assert_ptr_null(congdoan_document_signer_capacity(d));
    OK(congdoan_document_set_signer(corpus, d, NULL, NULL, NULL));
    ck_assert_ptr_null(congdoan_document_signer_name(d));
    OK(congdoan_document_set_reporting(corpus, d, NULL, CONGDOAN_PERIOD_NONE));
    ck_assert_ptr_eq(congdoan_document_reporting_to(d), NULL); /* the issuer, not loaded */
    ck_assert_int_eq(congdoan_document_reporting_frequency(d), CONGDOAN_PERIOD_NONE);
    ck_assert_uint_eq(congdoan_document_deadline_count(d), 2); /* kept */

    /* deadlines and reporters turn reporting on */
    const congdoan_document *d2;
    OK(congdoan_corpus_add_document(corpus, "ct-01", CONGDOAN_DOCUMENT_DIRECTIVE, &d2));
    ck_assert_int_eq(congdoan_document_has_reporting(d2), 0);
    OK(congdoan_document_add_reporter(corpus, d2, "laichau"));
    ck_assert_int_eq(congdoan_document_has_reporting(d2), 1);
    OK(congdoan_document_add_deadline(corpus, d2, "2025-Q3", 20251005));
    ck_assert_int_eq(congdoan_document_deadline(d2, "2025-Q3"), 20251005);

    /* section setters */
    const congdoan_section *s1 = congdoan_document_section(d, 0);
    OK(congdoan_section_set_number(corpus, s1, "A."));
    ck_assert_str_eq(congdoan_section_number(s1), "A.");
    OK(congdoan_section_set_title(corpus, s1, NULL));
    ck_assert_ptr_null(congdoan_section_title(s1));
    OK(congdoan_section_set_number(corpus, s1, NULL));
    ck_assert_ptr_null(congdoan_section_number(s1));
    const congdoan_section *s;
    OK(congdoan_document_add_section(corpus, d, NULL, NULL, NULL, NULL, &s)); /* everything optional */
    ck_assert_ptr_null(congdoan_section_id(s));
    ck_assert_uint_eq(congdoan_document_section_count(d), 3);
}
END_TEST

START_TEST(test_task_setters)
{
    const congdoan_task *t = T(corpus, "kh-13-2025", "ii-1-1");
    ck_assert_str_eq(congdoan_task_text(t), "Phát triển 2.000 đoàn viên mới.");
    ck_assert_ptr_eq(congdoan_task_document(t), D(corpus, "kh-13-2025"));
    ck_assert_str_eq(congdoan_section_id(congdoan_task_section(t)), "ii-1");
    ck_assert_ptr_eq(congdoan_task_lead(t), U(corpus, "laichau.tc"));
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_PERIOD);
    ck_assert_str_eq(congdoan_task_due_code(t), "2025-H1");
    ck_assert_str_eq(congdoan_task_due_text(t), "6 tháng đầu năm 2025");
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_HALF_YEAR);
    ck_assert_int_eq(congdoan_task_due_date(t), 20250630);
    ck_assert_uint_eq(congdoan_task_coordinator_count(t), 3);
    ck_assert_ptr_eq(congdoan_task_coordinator(t, 0), U(corpus, "laichau.tp"));
    ck_assert_ptr_null(congdoan_task_coordinator_text(t, 0));
    ck_assert_ptr_null(congdoan_task_coordinator_id(t, 1));
    ck_assert_str_eq(congdoan_task_coordinator_text(t, 1), "các ban, đơn vị liên quan");
    ck_assert_str_eq(congdoan_task_coordinator_id(t, 2), "laichau.btv");
    ck_assert_ptr_null(congdoan_task_coordinator_text(t, 2)); /* blank text with a unit: none */

    OK(congdoan_task_set_text(corpus, t, "\tPhát triển 2.500 đoàn viên mới. "));
    ck_assert_str_eq(congdoan_task_text(t), "Phát triển 2.500 đoàn viên mới.");
    OK(congdoan_task_set_lead_id(corpus, t, NULL));
    ck_assert_ptr_null(congdoan_task_lead_id(t));
    OK(congdoan_task_set_due(corpus, t, "yearly:12-15", NULL));
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_RECURRING);
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_YEAR);
    ck_assert_int_eq(congdoan_task_due_recurrence_day(t), 1215);
    ck_assert_int_eq(congdoan_task_due_date(t), 0);
    ck_assert_ptr_null(congdoan_task_due_text(t));
    OK(congdoan_task_set_due(corpus, t, "2025-06-30", "trước 30/6/2025"));
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_PERIOD);
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_DAY);
    ck_assert_int_eq(congdoan_task_due_date(t), 20250630);
    OK(congdoan_task_set_due(corpus, t, "ongoing", NULL));
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_ONGOING);
    OK(congdoan_task_set_due(corpus, t, NULL, NULL));
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_NONE);
    ck_assert_ptr_null(congdoan_task_due_code(t));
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_NONE);
}
END_TEST

START_TEST(test_indicator_setters)
{
    const congdoan_indicator *x = I(corpus, "kh-13-2025", "ct-dv");
    double v;
    ck_assert_str_eq(congdoan_indicator_text(x), "98% trở lên người lao động là đoàn viên");
    ck_assert_ptr_eq(congdoan_indicator_document(x), D(corpus, "kh-13-2025"));
    ck_assert_str_eq(congdoan_section_id(congdoan_indicator_section(x)), "ii-1");
    ck_assert_int_eq(congdoan_indicator_measure(x), CONGDOAN_MEASURE_PERCENTAGE);
    ck_assert_int_eq(congdoan_indicator_comparator(x), CONGDOAN_COMPARATOR_AT_LEAST);
    ck_assert(congdoan_indicator_target(x) == 98);
    ck_assert_int_eq(congdoan_indicator_target_max(x, &v), CONGDOAN_ENOTFOUND);
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == 96.5);
    ck_assert_str_eq(congdoan_indicator_period(x), "2025");
    ck_assert_ptr_eq(congdoan_indicator_owner(x), U(corpus, "laichau"));
    ck_assert_str_eq(congdoan_indicator_unit_of_measure(x), "đoàn viên");
    ck_assert_str_eq(congdoan_indicator_refines_document_id(x), "kh-240-2022-tld");
    ck_assert_str_eq(congdoan_indicator_refines_indicator_id(x), "ct-1");
    ck_assert_ptr_null(congdoan_indicator_refines(x)); /* not loaded */

    const congdoan_indicator *s = I(corpus, "kh-13-2025", "ct-cdcs");
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_GOOD);
    ck_assert_int_eq(congdoan_indicator_scope_level(s), CONGDOAN_LEVEL_GRASSROOTS);
    ck_assert_int_eq(congdoan_indicator_scope_sectors(s), (1 << 1) | (1 << 3));
    const congdoan_indicator *r = I(corpus, "kh-13-2025", "ct-moi");
    ck_assert_int_eq(congdoan_indicator_comparator(r), CONGDOAN_COMPARATOR_RANGE);
    ck_assert(congdoan_indicator_target(r) == 10);
    ck_assert_int_eq(congdoan_indicator_target_max(r, &v), 0);
    ck_assert(v == 20);

    /* every setter, and the clearing of optional values */
    OK(congdoan_indicator_set_text(corpus, x, "98% người lao động là đoàn viên"));
    ck_assert_str_eq(congdoan_indicator_text(x), "98% người lao động là đoàn viên");
    OK(congdoan_indicator_set_target(corpus, x, 99.25));
    ck_assert(congdoan_indicator_target(x) == 99.25);
    OK(congdoan_indicator_set_baseline(corpus, x, -3));
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == -3);
    OK(congdoan_indicator_clear_baseline(corpus, x));
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), CONGDOAN_ENOTFOUND);
    OK(congdoan_indicator_set_period(corpus, x, "2025-H2"));
    ck_assert_str_eq(congdoan_indicator_period(x), "2025-H2");
    OK(congdoan_indicator_set_period(corpus, x, NULL));
    ck_assert_ptr_null(congdoan_indicator_period(x));
    OK(congdoan_indicator_set_owner_id(corpus, x, NULL));
    ck_assert_ptr_null(congdoan_indicator_owner_id(x));
    OK(congdoan_indicator_set_unit_of_measure(corpus, x, NULL));
    ck_assert_ptr_null(congdoan_indicator_unit_of_measure(x));
    OK(congdoan_indicator_set_refines(corpus, x, NULL, NULL));
    ck_assert_ptr_null(congdoan_indicator_refines_document_id(x));
    ck_assert_ptr_null(congdoan_indicator_refines_indicator_id(x));
    OK(congdoan_indicator_set_refines(corpus, x, "kh-13-2025", "ct-cdcs"));
    ck_assert_ptr_eq(congdoan_indicator_refines(x), s);
    OK(congdoan_indicator_set_scope_level(corpus, x, CONGDOAN_LEVEL_UPPER_GRASSROOTS));
    ck_assert_int_eq(congdoan_indicator_scope_level(x), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
    OK(congdoan_indicator_set_scope_sectors(corpus, x, 1 << CONGDOAN_SECTOR_STATE_ENTERPRISE));
    ck_assert_int_eq(congdoan_indicator_scope_sectors(x), 1 << CONGDOAN_SECTOR_STATE_ENTERPRISE);
    OK(congdoan_indicator_set_scope_sectors(corpus, x, 0));
    ck_assert_int_eq(congdoan_indicator_scope_sectors(x), 0);
    /* measure, comparator, target-max, condition */
    OK(congdoan_indicator_set_measure(corpus, x, CONGDOAN_MEASURE_AVERAGE));
    ck_assert_int_eq(congdoan_indicator_measure(x), CONGDOAN_MEASURE_AVERAGE);
    OK(congdoan_indicator_set_target(corpus, x, 1500));
    OK(congdoan_indicator_set_comparator(corpus, x, CONGDOAN_COMPARATOR_RANGE));
    ck_assert_int_eq(congdoan_indicator_target_max(x, &v), CONGDOAN_ENOTFOUND); /* left to be set */
    OK(congdoan_indicator_set_target_max(corpus, x, 2000));
    ck_assert_int_eq(congdoan_indicator_target_max(x, &v), 0);
    ck_assert(v == 2000);
    OK(congdoan_indicator_set_comparator(corpus, x, CONGDOAN_COMPARATOR_AT_MOST)); /* drops target-max */
    ck_assert_int_eq(congdoan_indicator_comparator(x), CONGDOAN_COMPARATOR_AT_MOST);
    ck_assert_int_eq(congdoan_indicator_target_max(x, &v), CONGDOAN_ENOTFOUND);
    OK(congdoan_indicator_set_range(corpus, r, 5, 5));
    ck_assert(congdoan_indicator_target(r) == 5);
    OK(congdoan_indicator_set_comparator(corpus, r, CONGDOAN_COMPARATOR_EXACTLY));
    ck_assert_int_eq(congdoan_indicator_comparator(r), CONGDOAN_COMPARATOR_EXACTLY);
    OK(congdoan_indicator_set_condition_grade(corpus, s, CONGDOAN_GRADE_EXCELLENT));
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_EXCELLENT);
    OK(congdoan_indicator_set_measure(corpus, s, CONGDOAN_MEASURE_PERCENTAGE)); /* drops the condition */
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_NONE);
    OK(congdoan_indicator_set_measure(corpus, s, CONGDOAN_MEASURE_SHARE_OF_UNITS));
    OK(congdoan_indicator_set_condition_grade(corpus, s, CONGDOAN_GRADE_COMPLETED));
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_COMPLETED);
    /* numbers are kept as the XML keeps them */
    OK(congdoan_indicator_set_baseline(corpus, x, 0.1 + 0.2));
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == 0.3);
    OK(congdoan_indicator_set_baseline(corpus, x, -0.0));
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == 0 && !signbit(v));
}
END_TEST

START_TEST(test_report_read_back)
{
    const congdoan_report *r = R(corpus, "bc-tp-2025-h1");
    double v, n, dn;
    ck_assert_uint_eq(congdoan_corpus_report_count(corpus), 1);
    ck_assert_ptr_eq(congdoan_report_unit(r), U(corpus, "laichau.tp"));
    ck_assert_ptr_eq(congdoan_report_document(r), D(corpus, "kh-13-2025"));
    ck_assert_str_eq(congdoan_report_period(r), "2025-H1");
    ck_assert_int_eq(congdoan_report_submitted(r), 20250612);
    ck_assert_str_eq(congdoan_report_note(r), "Số liệu đến ngày 31/5/2025.");
    ck_assert_uint_eq(congdoan_report_value_count(r), 3);
    ck_assert_str_eq(congdoan_report_value_indicator_id(r, 0), "ct-dv");
    ck_assert_ptr_eq(congdoan_report_value_indicator(r, 0), I(corpus, "kh-13-2025", "ct-dv"));
    ck_assert_int_eq(congdoan_report_value_coverage(r, 0), CONGDOAN_COVERAGE_SELF);
    ck_assert_int_eq(congdoan_report_value(r, 0, &v), 0);
    ck_assert(v == 97.5);
    ck_assert_int_eq(congdoan_report_value_fraction(r, 0, &n, &dn), CONGDOAN_ENOTFOUND);
    /* one entry holds the fraction and the plain figure of the same indicator and coverage */
    ck_assert_int_eq(congdoan_report_value_coverage(r, 1), CONGDOAN_COVERAGE_SUBTREE);
    ck_assert_int_eq(congdoan_report_value_fraction(r, 1, &n, &dn), 0);
    ck_assert(n == 950 && dn == 1000);
    ck_assert_int_eq(congdoan_report_value(r, 1, &v), 0);
    ck_assert(v == 95);
    ck_assert_str_eq(congdoan_report_value_indicator_id(r, 2), "ct-moi");
    ck_assert_uint_eq(congdoan_report_task_status_count(r), 2);
    ck_assert_ptr_eq(congdoan_report_task_status_task(r, 0), T(corpus, "kh-13-2025", "ii-1-1"));
    ck_assert_int_eq(congdoan_report_task_status(r, 0), CONGDOAN_TASK_DONE);
    ck_assert_str_eq(congdoan_report_task_status_note(r, 0), "Đã phát triển 2.150 đoàn viên");
    ck_assert_int_eq(congdoan_report_task_status(r, 1), CONGDOAN_TASK_IN_PROGRESS);
    ck_assert_ptr_null(congdoan_report_task_status_note(r, 1));

    /* replacing */
    OK(congdoan_report_set_value(corpus, r, "ct-dv", 98, CONGDOAN_COVERAGE_SELF));
    ck_assert_uint_eq(congdoan_report_value_count(r), 3);
    ck_assert_int_eq(congdoan_report_value(r, 0, &v), 0);
    ck_assert(v == 98);
    OK(congdoan_report_set_fraction(corpus, r, "ct-dv", 960, 1000, CONGDOAN_COVERAGE_SUBTREE));
    ck_assert_int_eq(congdoan_report_value_fraction(r, 1, &n, &dn), 0);
    ck_assert(n == 960 && dn == 1000);
    ck_assert_int_eq(congdoan_report_value(r, 1, &v), 0);
    ck_assert(v == 95); /* its own part only */
    OK(congdoan_report_set_task_status(corpus, r, "ii-2-1", CONGDOAN_TASK_DONE, "  xong "));
    ck_assert_uint_eq(congdoan_report_task_status_count(r), 2);
    ck_assert_int_eq(congdoan_report_task_status(r, 1), CONGDOAN_TASK_DONE);
    ck_assert_str_eq(congdoan_report_task_status_note(r, 1), "xong");
    OK(congdoan_report_set_task_status(corpus, r, "ii-3", CONGDOAN_TASK_NOT_STARTED, NULL));
    ck_assert_uint_eq(congdoan_report_task_status_count(r), 3);
    OK(congdoan_report_set_submitted(corpus, r, 0));
    ck_assert_int_eq(congdoan_report_submitted(r), 0);
    OK(congdoan_report_set_note(corpus, r, NULL));
    ck_assert_ptr_null(congdoan_report_note(r));

    /* a report against a document that is not in the corpus: ids are not checked against it */
    const congdoan_report *r2;
    OK(congdoan_corpus_add_report(corpus, "bc-2", "laichau", "not-loaded", "2025", &r2));
    OK(congdoan_report_set_value(corpus, r2, "anything", 140, CONGDOAN_COVERAGE_SELF));
    OK(congdoan_report_set_task_status(corpus, r2, "any-task", CONGDOAN_TASK_CANCELLED, "hủy"));
    ck_assert_str_eq(congdoan_report_task_status_task_id(r2, 0), "any-task");
}
END_TEST

START_TEST(test_check_finds_nothing_wrong)
{
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_check(corpus, issues);
    for (size_t i = 0; rc != 0 && i < congdoan_issues_count(issues); i++)
        fprintf(stderr, "%s: %s\n", congdoan_issue_tag(congdoan_issues_get(issues, i)),
                congdoan_issue_message(congdoan_issues_get(issues, i)));
    ck_assert_int_eq(rc, 0);
    congdoan_issues_free(issues);
}
END_TEST

/* ---- refusals: the code, and the object unchanged ---------------------------------------------- */

START_TEST(test_refused_arguments)
{
    congdoan_corpus *other = new_corpus();
    const congdoan_unit *u = U(corpus, "laichau"), *out = (const congdoan_unit *)1;
    RC_IS(congdoan_corpus_add_unit(NULL, "x", CONGDOAN_LEVEL_CENTRAL, "X", NULL, &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    RC_IS(congdoan_unit_set_name(corpus, NULL, "X"), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_name(NULL, u, "X"), CONGDOAN_EINVAL);
    /* an object of another corpus */
    RC_IS(congdoan_unit_set_name(other, u, "X"), CONGDOAN_EINVAL);
    MESSAGE_HAS("another corpus");
    RC_IS(congdoan_document_set_title(other, D(corpus, "kh-13-2025"), "X"), CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_paragraph(other, congdoan_document_section(D(corpus, "kh-13-2025"), 0), "X"),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_task_set_text(other, T(corpus, "kh-13-2025", "ii-3"), "X"), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_target(other, I(corpus, "kh-13-2025", "ct-dv"), 1), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_note(other, R(corpus, "bc-tp-2025-h1"), "X"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_unit_name(u), "Liên đoàn Lao động tỉnh Lai Châu");
    ck_assert_uint_eq(congdoan_corpus_unit_count(other), 0);
    congdoan_corpus_free(other);
}
END_TEST

START_TEST(test_refused_units)
{
    const congdoan_unit *lc = U(corpus, "laichau"), *g = U(corpus, "laichau.tp.cdcs1"), *tc = U(corpus, "laichau.tc");
    const congdoan_unit *btv = U(corpus, "laichau.btv"), *out = NULL;
    size_t units = congdoan_corpus_unit_count(corpus), roots = congdoan_corpus_root_count(corpus);

    RC_IS(congdoan_corpus_add_unit(corpus, "bad id", CONGDOAN_LEVEL_GRASSROOTS, "X", "laichau", &out), CONGDOAN_EINVAL);
    MESSAGE_HAS("not an identifier");
    RC_IS(congdoan_corpus_add_unit(corpus, "-x", CONGDOAN_LEVEL_GRASSROOTS, "X", "laichau", &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, NULL, CONGDOAN_LEVEL_GRASSROOTS, "X", "laichau", &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "laichau", CONGDOAN_LEVEL_PROVINCIAL, "X", "tld", &out), CONGDOAN_EEXISTS);
    MESSAGE_HAS("'laichau'");
    RC_IS(congdoan_corpus_add_unit(corpus, "laichau.tc", CONGDOAN_LEVEL_GRASSROOTS, "X", NULL, &out), CONGDOAN_EEXISTS);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_UNKNOWN, "X", NULL, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", (congdoan_level)5, "X", NULL, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, NULL, NULL, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, " \t\n", NULL, &out), CONGDOAN_EINVAL);
    MESSAGE_HAS("blank");
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "Lai Ch\xe2u", NULL, &out),
          CONGDOAN_EENCODING);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "A\x01" "B", NULL, &out), CONGDOAN_EINVAL);
    MESSAGE_HAS("U+0001");
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "A\xef\xbf\xbf", NULL, &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_CENTRAL, "X", "tld", &out), CONGDOAN_EINVAL);
    MESSAGE_HAS("central");
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "X", "laichau.tc", &out), CONGDOAN_EINVAL);
    MESSAGE_HAS("must be an organisation");
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "X", "n1", &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_unit(corpus, "n1", CONGDOAN_LEVEL_GRASSROOTS, "X", "bad parent", &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(congdoan_corpus_unit_count(corpus), units);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(corpus, "n1"));
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), roots);

    /* departments */
    RC_IS(congdoan_unit_add_department(corpus, tc, "n2", "X", CONGDOAN_UNIT_DEPARTMENT, 0, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_add_department(corpus, lc, "n2", "X", CONGDOAN_UNIT_ORGANISATION, 0, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_add_department(corpus, lc, "n2", "X", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_PRESIDIUM, &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_add_department(corpus, lc, "n2", "X", CONGDOAN_UNIT_BODY, (congdoan_body_kind)6, &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_add_department(corpus, lc, "tld", "X", CONGDOAN_UNIT_BODY, 0, &out), CONGDOAN_EEXISTS);
    RC_IS(congdoan_unit_add_department(corpus, lc, "n2", "", CONGDOAN_UNIT_BODY, 0, &out), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_unit_department_count(lc), 2);
    ck_assert_uint_eq(congdoan_corpus_unit_count(corpus), units);

    /* setters */
    RC_IS(congdoan_unit_set_name(corpus, lc, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_name(corpus, lc, ""), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_short_name(corpus, lc, "  "), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_unit_name(lc), "Liên đoàn Lao động tỉnh Lai Châu");
    ck_assert_str_eq(congdoan_unit_short_name(lc), "LĐLĐ tỉnh Lai Châu");
    RC_IS(congdoan_unit_set_members(corpus, lc, -2), CONGDOAN_EINVAL);
    MESSAGE_HAS("members");
    RC_IS(congdoan_unit_set_workers(corpus, lc, -5), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_declared_grassroots_units(corpus, lc, -3), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_declared_upper_grassroots_units(corpus, lc, -3), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_members(corpus, tc, 10), CONGDOAN_EINVAL); /* departments have no members */
    ck_assert_int_eq(congdoan_unit_members(lc), 27000);
    ck_assert_int_eq(congdoan_unit_workers(lc), 30500);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(lc), 412);
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(lc), 9);
    ck_assert_int_eq(congdoan_unit_members(tc), -1);
    RC_IS(congdoan_unit_set_sector(corpus, lc, CONGDOAN_SECTOR_PUBLIC), CONGDOAN_EINVAL); /* not grassroots */
    RC_IS(congdoan_unit_set_sector(corpus, g, (congdoan_sector)4), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_level(corpus, g, CONGDOAN_LEVEL_UPPER_GRASSROOTS), CONGDOAN_EINVAL); /* has a sector */
    RC_IS(congdoan_unit_set_level(corpus, lc, CONGDOAN_LEVEL_CENTRAL), CONGDOAN_EINVAL);         /* has a parent */
    RC_IS(congdoan_unit_set_level(corpus, lc, CONGDOAN_LEVEL_UNKNOWN), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_level(corpus, tc, CONGDOAN_LEVEL_GRASSROOTS), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_unit_sector(g), CONGDOAN_SECTOR_PUBLIC);
    ck_assert_int_eq(congdoan_unit_sector(lc), CONGDOAN_SECTOR_NONE);
    ck_assert_int_eq(congdoan_unit_level(g), CONGDOAN_LEVEL_GRASSROOTS);
    ck_assert_int_eq(congdoan_unit_level(lc), CONGDOAN_LEVEL_PROVINCIAL);
    RC_IS(congdoan_unit_set_body_kind(corpus, tc, CONGDOAN_BODY_PRESIDIUM), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_body_kind(corpus, btv, (congdoan_body_kind)9), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_unit_body_kind(btv), CONGDOAN_BODY_STANDING_COMMITTEE);
    RC_IS(congdoan_unit_set_classification(corpus, lc, 1899, CONGDOAN_GRADE_GOOD), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_classification(corpus, lc, 2025, CONGDOAN_GRADE_NONE), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_classification(corpus, tc, 2025, CONGDOAN_GRADE_GOOD), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_unit_classification_count(lc), 2);
    ck_assert_int_eq(congdoan_unit_classification(lc, 2025), CONGDOAN_GRADE_EXCELLENT);
    ck_assert_uint_eq(congdoan_unit_classification_count(tc), 0);

    /* text longer than the corpus's limit */
    ck_assert_int_eq(congdoan_corpus_set_limit(corpus, CONGDOAN_LIMIT_TEXT_LENGTH, 16), 0);
    RC_IS(congdoan_unit_set_name(corpus, lc, "Liên đoàn Lao động tỉnh"), CONGDOAN_ELIMIT);
    ck_assert_str_eq(congdoan_unit_name(lc), "Liên đoàn Lao động tỉnh Lai Châu");
}
END_TEST

START_TEST(test_refused_documents)
{
    const congdoan_document *d = D(corpus, "kh-13-2025"), *out = NULL;
    RC_IS(congdoan_corpus_add_document(corpus, "kh-13-2025", CONGDOAN_DOCUMENT_PLAN, &out), CONGDOAN_EEXISTS);
    RC_IS(congdoan_corpus_add_document(corpus, "n", CONGDOAN_DOCUMENT_UNKNOWN, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_document(corpus, "n", (congdoan_document_kind)13, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_document(corpus, "n/1", CONGDOAN_DOCUMENT_PLAN, &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(congdoan_corpus_document_count(corpus), 1);

    RC_IS(congdoan_document_set_kind(corpus, d, CONGDOAN_DOCUMENT_UNKNOWN), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_document_get_kind(d), CONGDOAN_DOCUMENT_PLAN);
    /* document numbers */
    RC_IS(congdoan_document_set_number(corpus, d, "Kế hoạch"), CONGDOAN_EPARSE);
    MESSAGE_HAS("document 'kh-13-2025'");
    RC_IS(congdoan_document_set_number(corpus, d, "13/KH-"), CONGDOAN_EPARSE);
    RC_IS(congdoan_document_set_number(corpus, d, "Số: 13/KH-LĐLĐ"), CONGDOAN_EINVAL);
    MESSAGE_HAS("expected '13/KH-LĐLĐ'");
    RC_IS(congdoan_document_set_number(corpus, d, " 13/KH-LĐLĐ"), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_number(corpus, d, "13/KH\xe2\x80\x93LĐLĐ"), CONGDOAN_EINVAL); /* en dash */
    RC_IS(congdoan_document_set_number(corpus, d, "4B/TLĐ"), CONGDOAN_EINVAL);
    MESSAGE_HAS("expected '4b/TLĐ'");
    RC_IS(congdoan_document_set_number(corpus, d, "13/KH-L\xc4"), CONGDOAN_EENCODING);
    ck_assert_str_eq(congdoan_document_number(d), "13/KH-LĐLĐ");
    /* dates */
    RC_IS(congdoan_document_set_issued(corpus, d, 20250229), CONGDOAN_EINVAL);
    MESSAGE_HAS("20250229");
    RC_IS(congdoan_document_set_issued(corpus, d, 2025), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_effective(corpus, d, -1), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_document_issued(d), 20250227);
    ck_assert_int_eq(congdoan_document_effective(d), 20250301);
    RC_IS(congdoan_document_set_title(corpus, d, " \n "), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_place(corpus, d, ""), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_field(corpus, d, "\xff"), CONGDOAN_EENCODING);
    RC_IS(congdoan_document_set_issuer_id(corpus, d, "Lai Châu"), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_issuing_body_id(corpus, d, ""), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_document_title(d), "Kế hoạch thực hiện Chương trình 240 năm 2025");
    ck_assert_str_eq(congdoan_document_place(d), "Lai Châu");
    ck_assert_str_eq(congdoan_document_issuer_id(d), "laichau");
    ck_assert_str_eq(congdoan_document_issuing_body_id(d), "laichau.btv");
    RC_IS(congdoan_document_set_signer(corpus, d, NULL, "Chủ tịch", NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_set_signer(corpus, d, "Nguyễn Văn B", "", NULL), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_document_signer_name(d), "Tống Thị Thu Hà");
    ck_assert_str_eq(congdoan_document_signer_position(d), "Chủ tịch");
    /* relations and recipients */
    RC_IS(congdoan_document_add_relation(corpus, d, (congdoan_relation_type)8, "x", NULL, 0, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_relation(corpus, d, CONGDOAN_RELATION_AMENDS, NULL, NULL, 0, "text"), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_relation(corpus, d, CONGDOAN_RELATION_AMENDS, NULL, "số 12", 0, NULL), CONGDOAN_EPARSE);
    RC_IS(congdoan_document_add_relation(corpus, d, CONGDOAN_RELATION_AMENDS, "x", NULL, 20251301, NULL),
          CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_document_relation_count(d), 2);
    RC_IS(congdoan_document_add_recipient(corpus, d, NULL, "tld"), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_recipient(corpus, d, "   ", "tld"), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_recipient(corpus, d, "Như trên", "như trên"), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_document_recipient_count(d), 2);
    /* reporting */
    RC_IS(congdoan_document_set_reporting(corpus, d, NULL, CONGDOAN_PERIOD_DAY), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_document_reporting_frequency(d), CONGDOAN_PERIOD_HALF_YEAR);
    RC_IS(congdoan_document_add_deadline(corpus, d, "2025-H3", 20250615), CONGDOAN_EPARSE);
    RC_IS(congdoan_document_add_deadline(corpus, d, "2025-06-30", 20250615), CONGDOAN_EPARSE);
    RC_IS(congdoan_document_add_deadline(corpus, d, NULL, 20250615), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_deadline(corpus, d, "2025-Q3", 0), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_deadline(corpus, d, "2025-H1", 20250620), CONGDOAN_EEXISTS);
    ck_assert_uint_eq(congdoan_document_deadline_count(d), 2);
    ck_assert_int_eq(congdoan_document_deadline(d, "2025-H1"), 20250615);
    RC_IS(congdoan_document_add_reporter(corpus, d, "laichau.tp"), CONGDOAN_EEXISTS);
    RC_IS(congdoan_document_add_reporter(corpus, d, NULL), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_document_reporter_count(d), 1);

    /* sections */
    const congdoan_section *s1 = congdoan_document_section(d, 0), *sout = NULL;
    const congdoan_document *d2;
    OK(congdoan_corpus_add_document(corpus, "other", CONGDOAN_DOCUMENT_NOTICE, &d2));
    RC_IS(congdoan_document_add_section(corpus, d2, s1, NULL, NULL, NULL, &sout), CONGDOAN_EINVAL);
    RC_IS(congdoan_document_add_section(corpus, d, NULL, "ii-1-1", NULL, NULL, &sout), CONGDOAN_EEXISTS);
    MESSAGE_HAS("task");
    RC_IS(congdoan_document_add_section(corpus, d, NULL, "ct-dv", NULL, NULL, &sout), CONGDOAN_EEXISTS);
    RC_IS(congdoan_document_add_section(corpus, d, s1, "ii-2", NULL, NULL, &sout), CONGDOAN_EEXISTS);
    RC_IS(congdoan_document_add_section(corpus, d, NULL, "n", "", NULL, &sout), CONGDOAN_EINVAL);
    ck_assert_ptr_null(sout);
    ck_assert_uint_eq(congdoan_document_section_count(d), 2);
    ck_assert_uint_eq(congdoan_section_item_count(s1), 1);
    RC_IS(congdoan_section_set_title(corpus, s1, ""), CONGDOAN_EINVAL);
    RC_IS(congdoan_section_set_number(corpus, s1, "\t"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_section_number(s1), "I.");
    RC_IS(congdoan_section_add_paragraph(corpus, s1, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_paragraph(corpus, s1, "\n  \n"), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_section_item_count(s1), 1);
    /* nesting deeper than the depth limit lets a reader accept */
    ck_assert_int_eq(congdoan_corpus_set_limit(corpus, CONGDOAN_LIMIT_DEPTH, 6), 0);
    const congdoan_section *a, *b;
    OK(congdoan_document_add_section(corpus, d2, NULL, NULL, NULL, NULL, &a));
    OK(congdoan_document_add_section(corpus, d2, a, NULL, NULL, NULL, &b));
    RC_IS(congdoan_document_add_section(corpus, d2, b, NULL, NULL, NULL, &sout), CONGDOAN_ELIMIT);
    ck_assert_uint_eq(congdoan_section_item_count(b), 0);
}
END_TEST

START_TEST(test_refused_tasks)
{
    const congdoan_document *d = D(corpus, "kh-13-2025");
    const congdoan_section *s1 = congdoan_document_section(d, 0);
    const congdoan_task *t = T(corpus, "kh-13-2025", "ii-1-1"), *out = NULL;
    RC_IS(congdoan_section_add_task(corpus, s1, "ii-3", "X", &out), CONGDOAN_EEXISTS);
    RC_IS(congdoan_section_add_task(corpus, s1, "ii-2", "X", &out), CONGDOAN_EEXISTS); /* a section's id */
    RC_IS(congdoan_section_add_task(corpus, s1, NULL, "X", &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_task(corpus, s1, "n", NULL, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_task(corpus, s1, "n", " ", &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(congdoan_document_task_count(d), 3);
    ck_assert_uint_eq(congdoan_section_item_count(s1), 1);

    RC_IS(congdoan_task_set_text(corpus, t, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_task_set_text(corpus, t, "\r\n"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_task_text(t), "Phát triển 2.000 đoàn viên mới.");
    RC_IS(congdoan_task_set_lead_id(corpus, t, "Ban Tổ chức"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_task_lead_id(t), "laichau.tc");
    RC_IS(congdoan_task_set_due(corpus, t, "đến năm 2025", NULL), CONGDOAN_EPARSE);
    RC_IS(congdoan_task_set_due(corpus, t, "2025-02-30", NULL), CONGDOAN_EPARSE);
    RC_IS(congdoan_task_set_due(corpus, t, "yearly:13-01", NULL), CONGDOAN_EPARSE);
    RC_IS(congdoan_task_set_due(corpus, t, "monthly:32", NULL), CONGDOAN_EPARSE);
    RC_IS(congdoan_task_set_due(corpus, t, "2026", ""), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_task_due_code(t), "2025-H1");
    ck_assert_int_eq(congdoan_task_due_date(t), 20250630);
    ck_assert_str_eq(congdoan_task_due_text(t), "6 tháng đầu năm 2025");
    RC_IS(congdoan_task_add_coordinator(corpus, t, NULL, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_task_add_coordinator(corpus, t, NULL, "  "), CONGDOAN_EINVAL);
    RC_IS(congdoan_task_add_coordinator(corpus, t, "x y", NULL), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_task_coordinator_count(t), 3);
}
END_TEST

START_TEST(test_refused_indicators)
{
    const congdoan_document *d = D(corpus, "kh-13-2025");
    const congdoan_section *s21 = congdoan_section_item_section(congdoan_document_section(d, 1), 0);
    const congdoan_indicator *x = I(corpus, "kh-13-2025", "ct-dv"), *out = NULL;
    const congdoan_indicator *c = I(corpus, "kh-13-2025", "ct-moi"), *s = I(corpus, "kh-13-2025", "ct-cdcs");
    double v;
    /* constructor */
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_PERCENTAGE, (congdoan_comparator)10, 90, "X",
                                         &out),
          CONGDOAN_EINVAL);
    MESSAGE_HAS("comparator");
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", (congdoan_measure)0, CONGDOAN_COMPARATOR_AT_LEAST, 90, "X",
                                         &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_PERCENTAGE, CONGDOAN_COMPARATOR_AT_LEAST,
                                         140, "X", &out),
          CONGDOAN_EINVAL);
    MESSAGE_HAS("140");
    MESSAGE_HAS("0 to 100");
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_SHARE_OF_UNITS,
                                         CONGDOAN_COMPARATOR_AT_LEAST, 100.5, "X", &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, -1, "X",
                                         &out),
          CONGDOAN_EINVAL);
    MESSAGE_HAS("negative");
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, NAN,
                                         "X", &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST,
                                         INFINITY, "X", &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1e15,
                                         "X", &out),
          CONGDOAN_EINVAL);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "ct-moi", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1,
                                         "X", &out),
          CONGDOAN_EEXISTS);
    RC_IS(congdoan_section_add_indicator(corpus, s21, "n", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1, "",
                                         &out),
          CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(congdoan_document_indicator_count(d), 3);
    ck_assert_uint_eq(congdoan_section_item_count(s21), 3);

    /* setters: a percentage of 140 */
    RC_IS(congdoan_indicator_set_target(corpus, x, 140), CONGDOAN_EINVAL);
    MESSAGE_HAS("indicator 'ct-dv'");
    MESSAGE_HAS("140");
    RC_IS(congdoan_indicator_set_target(corpus, x, -0.5), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_target(corpus, x, NAN), CONGDOAN_EINVAL);
    ck_assert(congdoan_indicator_target(x) == 98);
    RC_IS(congdoan_indicator_set_measure(corpus, x, (congdoan_measure)7), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_comparator(corpus, x, (congdoan_comparator)0), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_measure(x), CONGDOAN_MEASURE_PERCENTAGE);
    ck_assert_int_eq(congdoan_indicator_comparator(x), CONGDOAN_COMPARATOR_AT_LEAST);
    /* a count of 1500 cannot become a percentage */
    OK(congdoan_indicator_set_measure(corpus, c, CONGDOAN_MEASURE_COUNT));
    OK(congdoan_indicator_set_range(corpus, c, 1500, 2000));
    RC_IS(congdoan_indicator_set_measure(corpus, c, CONGDOAN_MEASURE_PERCENTAGE), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_measure(c), CONGDOAN_MEASURE_COUNT);
    /* ranges */
    RC_IS(congdoan_indicator_set_target_max(corpus, c, 1000), CONGDOAN_EINVAL); /* below the target */
    MESSAGE_HAS("target-max >= target");
    RC_IS(congdoan_indicator_set_target(corpus, c, 2500), CONGDOAN_EINVAL);     /* above the max */
    RC_IS(congdoan_indicator_set_range(corpus, c, 30, 20), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_range(corpus, x, 90, 101), CONGDOAN_EINVAL); /* a percentage */
    ck_assert_int_eq(congdoan_indicator_comparator(x), CONGDOAN_COMPARATOR_AT_LEAST);
    ck_assert(congdoan_indicator_target(c) == 1500);
    ck_assert_int_eq(congdoan_indicator_target_max(c, &v), 0);
    ck_assert(v == 2000);
    RC_IS(congdoan_indicator_set_target_max(corpus, x, 99), CONGDOAN_EINVAL); /* not a range */
    MESSAGE_HAS("CONGDOAN_COMPARATOR_RANGE");
    ck_assert_int_eq(congdoan_indicator_target_max(x, &v), CONGDOAN_ENOTFOUND);
    /* conditions */
    RC_IS(congdoan_indicator_set_condition_grade(corpus, x, CONGDOAN_GRADE_GOOD), CONGDOAN_EINVAL);
    MESSAGE_HAS("share-of-units");
    RC_IS(congdoan_indicator_set_condition_grade(corpus, s, (congdoan_grade)5), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_condition_grade(x), CONGDOAN_GRADE_NONE);
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_GOOD);
    /* the rest */
    RC_IS(congdoan_indicator_set_text(corpus, x, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_baseline(corpus, x, INFINITY), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_baseline(corpus, x, -2e15), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == 96.5);
    RC_IS(congdoan_indicator_set_period(corpus, x, "năm 2025"), CONGDOAN_EPARSE);
    RC_IS(congdoan_indicator_set_period(corpus, x, "2025-12-31"), CONGDOAN_EPARSE);
    ck_assert_str_eq(congdoan_indicator_period(x), "2025");
    RC_IS(congdoan_indicator_set_owner_id(corpus, x, ""), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_indicator_owner_id(x), "laichau");
    RC_IS(congdoan_indicator_set_scope_level(corpus, x, (congdoan_level)9), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_scope_sectors(corpus, s, 1), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_scope_sectors(corpus, s, 1 << 4), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_scope_sectors(s), (1 << 1) | (1 << 3));
    ck_assert_int_eq(congdoan_indicator_scope_level(x), CONGDOAN_LEVEL_UNKNOWN);
    RC_IS(congdoan_indicator_set_unit_of_measure(corpus, x, " "), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_indicator_unit_of_measure(x), "đoàn viên");
    RC_IS(congdoan_indicator_set_refines(corpus, x, "kh-240-2022-tld", NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_indicator_set_refines(corpus, x, "kh 240", "ct-1"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_indicator_refines_document_id(x), "kh-240-2022-tld");
    ck_assert_str_eq(congdoan_indicator_refines_indicator_id(x), "ct-1");
}
END_TEST

START_TEST(test_refused_reports)
{
    const congdoan_report *r = R(corpus, "bc-tp-2025-h1"), *out = NULL;
    double v;
    RC_IS(congdoan_corpus_add_report(corpus, "bc-tp-2025-h1", "laichau.tp", "kh-13-2025", "2025-H2", &out),
          CONGDOAN_EEXISTS);
    RC_IS(congdoan_corpus_add_report(corpus, "n", "laichau.tp", "kh-13-2025", "H1/2025", &out), CONGDOAN_EPARSE);
    RC_IS(congdoan_corpus_add_report(corpus, "n", "laichau.tp", "kh-13-2025", NULL, &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_report(corpus, "n", NULL, "kh-13-2025", "2025", &out), CONGDOAN_EINVAL);
    RC_IS(congdoan_corpus_add_report(corpus, "n", "laichau.tp", "", "2025", &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(congdoan_corpus_report_count(corpus), 1);

    RC_IS(congdoan_report_set_submitted(corpus, r, 20251232), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_report_submitted(r), 20250612);
    RC_IS(congdoan_report_set_note(corpus, r, ""), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_report_note(r), "Số liệu đến ngày 31/5/2025.");
    RC_IS(congdoan_report_set_value(corpus, r, "ct-dv", 140, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    MESSAGE_HAS("140");
    RC_IS(congdoan_report_set_value(corpus, r, "ct-khong-co", 1, CONGDOAN_COVERAGE_SELF), CONGDOAN_ENOTFOUND);
    MESSAGE_HAS("ct-khong-co");
    RC_IS(congdoan_report_set_value(corpus, r, "ct-dv", 90, (congdoan_coverage)3), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_value(corpus, r, "ct-dv", NAN, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_value(corpus, r, NULL, 1, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_fraction(corpus, r, "ct-dv", 5, 0, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    MESSAGE_HAS("denominator");
    RC_IS(congdoan_report_set_fraction(corpus, r, "ct-dv", -5, 10, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_fraction(corpus, r, "ct-khong-co", 5, 10, CONGDOAN_COVERAGE_SELF), CONGDOAN_ENOTFOUND);
    ck_assert_uint_eq(congdoan_report_value_count(r), 3);
    ck_assert_int_eq(congdoan_report_value(r, 0, &v), 0);
    ck_assert(v == 97.5);
    ck_assert_int_eq(congdoan_report_value_fraction(r, 0, NULL, NULL), CONGDOAN_ENOTFOUND);
    RC_IS(congdoan_report_set_task_status(corpus, r, "ii-1-1", CONGDOAN_TASK_STATUS_NONE, NULL), CONGDOAN_EINVAL);
    RC_IS(congdoan_report_set_task_status(corpus, r, "ii-9", CONGDOAN_TASK_DONE, NULL), CONGDOAN_ENOTFOUND);
    RC_IS(congdoan_report_set_task_status(corpus, r, "ii-1-1", CONGDOAN_TASK_CANCELLED, "\xc3"), CONGDOAN_EENCODING);
    ck_assert_uint_eq(congdoan_report_task_status_count(r), 2);
    ck_assert_int_eq(congdoan_report_task_status(r, 0), CONGDOAN_TASK_DONE);
    ck_assert_str_eq(congdoan_report_task_status_note(r, 0), "Đã phát triển 2.150 đoàn viên");
}
END_TEST

/* ---- the hierarchy ------------------------------------------------------------------------------- */

START_TEST(test_parent_added_later)
{
    congdoan_corpus *c = new_corpus();
    /* children first: they wait among the roots */
    OK(congdoan_corpus_add_unit(c, "g1", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS 1", "d1", NULL));
    OK(congdoan_corpus_add_unit(c, "x", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS khác", "d9", NULL));
    OK(congdoan_corpus_add_unit(c, "g2", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS 2", "d1", NULL));
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 3);
    ck_assert_ptr_null(congdoan_unit_parent(U(c, "g1")));
    /* a parent that would close a cycle with a waiting root is refused */
    RC_IS(congdoan_corpus_add_unit(c, "d1", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "LĐLĐ huyện", "g1", NULL),
          CONGDOAN_EINVAL);
    MESSAGE_HAS("cycle");
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 3);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 3);
    /* the parent arrives: both children join it, in their order; it waits for its own parent */
    OK(congdoan_corpus_add_unit(c, "d1", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "LĐLĐ huyện", "p", NULL));
    const congdoan_unit *d1 = U(c, "d1");
    ck_assert_uint_eq(congdoan_unit_child_count(d1), 2);
    ck_assert_ptr_eq(congdoan_unit_child(d1, 0), U(c, "g1"));
    ck_assert_ptr_eq(congdoan_unit_child(d1, 1), U(c, "g2"));
    ck_assert_ptr_eq(congdoan_unit_parent(U(c, "g2")), d1);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 2);
    ck_assert_ptr_eq(congdoan_corpus_root(c, 0), U(c, "x"));
    ck_assert_ptr_eq(congdoan_corpus_root(c, 1), d1);
    OK(congdoan_corpus_add_unit(c, "p", CONGDOAN_LEVEL_PROVINCIAL, "LĐLĐ tỉnh", "c", NULL));
    OK(congdoan_corpus_add_unit(c, "c", CONGDOAN_LEVEL_CENTRAL, "Tổng Liên đoàn", NULL, NULL));
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 2);
    ck_assert_ptr_eq(congdoan_corpus_root(c, 1), U(c, "c"));
    ck_assert_ptr_eq(congdoan_unit_parent(d1), U(c, "p"));
    ck_assert_ptr_eq(congdoan_unit_parent(U(c, "p")), U(c, "c"));
    /* units stay in the order they were added */
    ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_unit(c, 3)), "d1");
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_move_and_cycles)
{
    const congdoan_unit *tld = U(corpus, "tld"), *lc = U(corpus, "laichau"), *tp = U(corpus, "laichau.tp");
    const congdoan_unit *g = U(corpus, "laichau.tp.cdcs1"), *g2;
    OK(congdoan_corpus_add_unit(corpus, "laichau.tu", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "LĐLĐ huyện Tam Đường", "laichau",
                                NULL));
    OK(congdoan_corpus_add_unit(corpus, "laichau.tp.cdcs2", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS 2", "laichau.tp", &g2));
    const congdoan_unit *tu = U(corpus, "laichau.tu");
    /* move g under tu */
    OK(congdoan_unit_set_parent_id(corpus, g, "laichau.tu"));
    ck_assert_str_eq(congdoan_unit_parent_id(g), "laichau.tu");
    ck_assert_ptr_eq(congdoan_unit_parent(g), tu);
    ck_assert_uint_eq(congdoan_unit_child_count(tp), 1);
    ck_assert_ptr_eq(congdoan_unit_child(tp, 0), g2);
    ck_assert_uint_eq(congdoan_unit_child_count(tu), 1);
    ck_assert_ptr_eq(congdoan_unit_child(tu, 0), g);
    /* to a parent not in the corpus: a root; back: in its load-order place (g before g2) */
    OK(congdoan_unit_set_parent_id(corpus, g, "laichau.xx"));
    ck_assert_ptr_null(congdoan_unit_parent(g));
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), 2);
    ck_assert_ptr_eq(congdoan_corpus_root(corpus, 1), g);
    ck_assert_uint_eq(congdoan_unit_child_count(tu), 0);
    OK(congdoan_unit_set_parent_id(corpus, g, NULL));
    ck_assert_ptr_null(congdoan_unit_parent_id(g));
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), 2);
    OK(congdoan_unit_set_parent_id(corpus, g, "laichau.tp"));
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), 1);
    ck_assert_uint_eq(congdoan_unit_child_count(tp), 2);
    ck_assert_ptr_eq(congdoan_unit_child(tp, 0), g);
    ck_assert_ptr_eq(congdoan_unit_child(tp, 1), g2);
    /* the same parent again changes nothing, not even the order */
    OK(congdoan_unit_set_parent_id(corpus, g2, "laichau.tp"));
    ck_assert_ptr_eq(congdoan_unit_child(tp, 0), g);
    ck_assert_ptr_eq(congdoan_unit_child(tp, 1), g2);

    /* cycles are refused, and nothing moves */
    RC_IS(congdoan_unit_set_parent_id(corpus, lc, "laichau.tp.cdcs1"), CONGDOAN_EINVAL);
    MESSAGE_HAS("cycle");
    RC_IS(congdoan_unit_set_parent_id(corpus, tp, "laichau.tp"), CONGDOAN_EINVAL);
    RC_IS(congdoan_unit_set_parent_id(corpus, lc, "laichau.tp"), CONGDOAN_EINVAL);
    ck_assert_str_eq(congdoan_unit_parent_id(lc), "tld");
    ck_assert_ptr_eq(congdoan_unit_parent(lc), tld);
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 1);
    ck_assert_uint_eq(congdoan_unit_child_count(g), 0);
    ck_assert_uint_eq(congdoan_corpus_root_count(corpus), 1);
    /* other refusals */
    RC_IS(congdoan_unit_set_parent_id(corpus, g, "laichau.tc"), CONGDOAN_EINVAL);       /* a department */
    RC_IS(congdoan_unit_set_parent_id(corpus, tld, "laichau"), CONGDOAN_EINVAL);        /* central */
    RC_IS(congdoan_unit_set_parent_id(corpus, U(corpus, "laichau.tc"), "tld"), CONGDOAN_EINVAL); /* departments stay */
    RC_IS(congdoan_unit_set_parent_id(corpus, g, "not an id"), CONGDOAN_EINVAL);
    ck_assert_ptr_eq(congdoan_unit_parent(g), tp);
    ck_assert_ptr_eq(congdoan_unit_parent(U(corpus, "laichau.tc")), lc);
    /* a cycle among units loaded from a file does not hang the walk */
    congdoan_corpus *c = new_corpus();
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">"
        "<unit id=\"a\" level=\"provincial\" name=\"A\" parent=\"b\"/>"
        "<unit id=\"b\" level=\"provincial\" name=\"B\" parent=\"a\"/>"
        "<unit id=\"z\" level=\"grassroots\" name=\"Z\"/>"
        "</congdoan>";
    ck_assert_int_eq(congdoan_corpus_load_memory(c, xml, sizeof xml - 1, "cycle", NULL), 0);
    OK(congdoan_unit_set_parent_id(c, U(c, "z"), "a"));
    ck_assert_ptr_eq(congdoan_unit_parent(U(c, "z")), U(c, "a"));
    congdoan_corpus_free(c);
}
END_TEST

/* 20,000 units added one by one, top down, as an application converting a national register
 * would: the whole build must stay linear. Nothing is asserted about time; the suite's timeout
 * (300 s) is the bound, and a quadratic build would be far slower than this test takes. */
START_TEST(test_twenty_thousand_units)
{
    enum { N = 20000, PROVINCES = 63, DISTRICTS = 700 };
    congdoan_corpus *c = new_corpus();
    char id[160], parent[64];
    OK(congdoan_corpus_add_unit(c, "tld", CONGDOAN_LEVEL_CENTRAL, "Tổng Liên đoàn Lao động Việt Nam", NULL, NULL));
    size_t n = 1;
    for (int p = 0; p < PROVINCES; p++, n++) {
        snprintf(id, sizeof id, "p%d", p);
        OK(congdoan_corpus_add_unit(c, id, CONGDOAN_LEVEL_PROVINCIAL, "Liên đoàn Lao động tỉnh", "tld", NULL));
    }
    for (int dd = 0; dd < DISTRICTS; dd++, n++) {
        snprintf(id, sizeof id, "p%d.d%d", dd % PROVINCES, dd);
        snprintf(parent, sizeof parent, "p%d", dd % PROVINCES);
        OK(congdoan_corpus_add_unit(c, id, CONGDOAN_LEVEL_UPPER_GRASSROOTS, "Liên đoàn Lao động huyện", parent, NULL));
    }
    for (int g = 0; n < N; g++, n++) {
        int dd = g % DISTRICTS;
        snprintf(parent, sizeof parent, "p%d.d%d", dd % PROVINCES, dd);
        snprintf(id, sizeof id, "%s.g%d", parent, g);
        const congdoan_unit *u;
        OK(congdoan_corpus_add_unit(c, id, CONGDOAN_LEVEL_GRASSROOTS, "Công đoàn cơ sở", parent, &u));
        OK(congdoan_unit_set_members(c, u, g % 500));
    }
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), N);
    ck_assert_uint_eq(congdoan_corpus_root_count(c), 1);
    ck_assert_uint_eq(congdoan_unit_child_count(U(c, "tld")), PROVINCES);
    size_t grassroots = 0;
    for (size_t i = 0; i < congdoan_corpus_unit_count(c); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        if (congdoan_unit_level(u) == CONGDOAN_LEVEL_UPPER_GRASSROOTS)
            grassroots += congdoan_unit_child_count(u);
    }
    ck_assert_uint_eq(grassroots, N - 1 - PROVINCES - DISTRICTS);
    ck_assert_ptr_eq(congdoan_unit_parent(U(c, "p5.d5.g5")), U(c, "p5.d5"));
    congdoan_corpus_free(c);
}
END_TEST

/* ---- allocation failures --------------------------------------------------------------------- */

/* Everything the API can see of a corpus, as one string: the XML and the hierarchy. */
static char *fingerprint(congdoan_corpus *c)
{
    congdoan_output *out = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&out), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, out), 0);
    ck_assert_int_eq(congdoan_output_finish(out), 0);
    size_t size = 0;
    const char *data = congdoan_output_data(out, &size);
    size_t cap = size + 4096 + 256 * congdoan_corpus_unit_count(c), len = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    memcpy(s, data, size);
    len = size;
    s[len] = '\0';
    congdoan_output_free(out);
    for (size_t i = 0; i < congdoan_corpus_root_count(c); i++)
        len += (size_t)snprintf(s + len, cap - len, "root %s\n", congdoan_unit_id(congdoan_corpus_root(c, i)));
    for (size_t i = 0; i < congdoan_corpus_unit_count(c); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        len += (size_t)snprintf(s + len, cap - len, "%s <- %s:", congdoan_unit_id(u),
                                congdoan_unit_parent(u) ? congdoan_unit_id(congdoan_unit_parent(u)) : "-");
        for (size_t k = 0; k < congdoan_unit_child_count(u) && len < cap; k++)
            len += (size_t)snprintf(s + len, cap - len, " %s", congdoan_unit_id(congdoan_unit_child(u, k)));
        len += (size_t)snprintf(s + len, cap - len, "\n");
    }
    ck_assert_uint_lt(len, cap);
    return s;
}

typedef int (*step_fn)(congdoan_corpus *c);

static char big_name[70001]; /* larger than an arena chunk (64 KiB): always an allocation of its own */

static int s_unit_child(congdoan_corpus *c)
{
    return congdoan_corpus_add_unit(c, "g1", CONGDOAN_LEVEL_GRASSROOTS, "CĐCS 1", "d1", NULL);
}
static int s_unit_parent(congdoan_corpus *c)
{
    return congdoan_corpus_add_unit(c, "d1", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "LĐLĐ huyện", "p", NULL);
}
static int s_unit_top(congdoan_corpus *c)
{
    return congdoan_corpus_add_unit(c, "p", CONGDOAN_LEVEL_PROVINCIAL, "LĐLĐ tỉnh", NULL, NULL);
}
static int s_department(congdoan_corpus *c)
{
    return congdoan_unit_add_department(c, U(c, "p"), "p.btv", "Ban Thường vụ", CONGDOAN_UNIT_BODY,
                                        CONGDOAN_BODY_STANDING_COMMITTEE, NULL);
}
static int s_big_name(congdoan_corpus *c)
{
    return congdoan_unit_set_name(c, U(c, "p"), big_name);
}
static int s_classification(congdoan_corpus *c)
{
    return congdoan_unit_set_classification(c, U(c, "p"), 2025, CONGDOAN_GRADE_GOOD);
}
static int s_move(congdoan_corpus *c)
{
    return congdoan_unit_set_parent_id(c, U(c, "g1"), "p");
}
static int s_members(congdoan_corpus *c)
{
    return congdoan_unit_set_members(c, U(c, "g1"), 12);
}
static int s_document(congdoan_corpus *c)
{
    return congdoan_corpus_add_document(c, "kh", CONGDOAN_DOCUMENT_PLAN, NULL);
}
static int s_number(congdoan_corpus *c)
{
    return congdoan_document_set_number(c, D(c, "kh"), "13/KH-LĐLĐ");
}
static int s_big_title(congdoan_corpus *c)
{
    return congdoan_document_set_title(c, D(c, "kh"), big_name);
}
static int s_signer(congdoan_corpus *c)
{
    return congdoan_document_set_signer(c, D(c, "kh"), "Tống Thị Thu Hà", "Chủ tịch", NULL);
}
static int s_relation(congdoan_corpus *c)
{
    return congdoan_document_add_relation(c, D(c, "kh"), CONGDOAN_RELATION_IMPLEMENTS, NULL, "240/KH-TLĐ", 20220822,
                                          big_name);
}
static int s_recipient(congdoan_corpus *c)
{
    return congdoan_document_add_recipient(c, D(c, "kh"), "Lưu VT", NULL);
}
static int s_deadline(congdoan_corpus *c)
{
    return congdoan_document_add_deadline(c, D(c, "kh"), "2025-H1", 20250615);
}
static int s_reporter(congdoan_corpus *c)
{
    return congdoan_document_add_reporter(c, D(c, "kh"), "d1");
}
static int s_section1(congdoan_corpus *c)
{
    return congdoan_document_add_section(c, D(c, "kh"), NULL, "i", "I.", NULL, NULL);
}
static int s_section2(congdoan_corpus *c)
{
    return congdoan_document_add_section(c, D(c, "kh"), NULL, "ii", "II.", big_name, NULL);
}
static int s_paragraph(congdoan_corpus *c)
{
    return congdoan_section_add_paragraph(c, congdoan_document_section(D(c, "kh"), 0), big_name);
}
static int s_task_late(congdoan_corpus *c)
{
    return congdoan_section_add_task(c, congdoan_document_section(D(c, "kh"), 1), "t2", "Nhiệm vụ 2", NULL);
}
static int s_task_early(congdoan_corpus *c)
{
    return congdoan_section_add_task(c, congdoan_document_section(D(c, "kh"), 0), "t1", big_name, NULL);
}
static int s_due(congdoan_corpus *c)
{
    return congdoan_task_set_due(c, T(c, "kh", "t1"), "2025-H1", big_name);
}
static int s_coordinator(congdoan_corpus *c)
{
    return congdoan_task_add_coordinator(c, T(c, "kh", "t1"), "d1", big_name);
}
static int s_indicator(congdoan_corpus *c)
{
    return congdoan_section_add_indicator(c, congdoan_document_section(D(c, "kh"), 0), "ct1",
                                          CONGDOAN_MEASURE_PERCENTAGE, CONGDOAN_COMPARATOR_AT_LEAST, 98, big_name, NULL);
}
static int s_period(congdoan_corpus *c)
{
    return congdoan_indicator_set_period(c, I(c, "kh", "ct1"), "2025");
}
static int s_uom(congdoan_corpus *c)
{
    return congdoan_indicator_set_unit_of_measure(c, I(c, "kh", "ct1"), big_name);
}
static int s_refines(congdoan_corpus *c)
{
    return congdoan_indicator_set_refines(c, I(c, "kh", "ct1"), "kh-240", "ct-1");
}
static int s_report(congdoan_corpus *c)
{
    return congdoan_corpus_add_report(c, "bc", "d1", "kh", "2025-H1", NULL);
}
static int s_value(congdoan_corpus *c)
{
    return congdoan_report_set_value(c, R(c, "bc"), "ct1", 97, CONGDOAN_COVERAGE_SELF);
}
static int s_fraction(congdoan_corpus *c)
{
    return congdoan_report_set_fraction(c, R(c, "bc"), "ct1", 9, 10, CONGDOAN_COVERAGE_SUBTREE);
}
static int s_status(congdoan_corpus *c)
{
    return congdoan_report_set_task_status(c, R(c, "bc"), "t1", CONGDOAN_TASK_DONE, big_name);
}
static int s_note(congdoan_corpus *c)
{
    return congdoan_report_set_note(c, R(c, "bc"), big_name);
}

static const step_fn steps[] = {
    s_unit_child, s_unit_parent, s_unit_top, s_department, s_big_name, s_classification, s_move, s_members,
    s_document, s_number, s_big_title, s_signer, s_relation, s_recipient, s_deadline, s_reporter, s_section1,
    s_section2, s_paragraph, s_task_late, s_task_early, s_due, s_coordinator, s_indicator, s_period, s_uom,
    s_refines, s_report, s_value, s_fraction, s_status, s_note,
};
#define STEP_COUNT (sizeof steps / sizeof steps[0])

/* A corpus with the first `k` steps done, without failures. */
static congdoan_corpus *built(size_t k)
{
    congdoan_corpus *c = new_corpus();
    for (size_t i = 0; i < k; i++)
        ck_assert_msg(steps[i](c) == 0, "step %zu: %s", i, congdoan_error_last_message());
    return c;
}

START_TEST(test_allocation_failures)
{
    memset(big_name, 'a', sizeof big_name - 1);
    big_name[0] = 'A';
    /* reference fingerprints after each number of steps */
    char *ref[STEP_COUNT + 1];
    for (size_t k = 0; k <= STEP_COUNT; k++) {
        congdoan_corpus *c = built(k);
        ref[k] = fingerprint(c);
        congdoan_corpus_free(c);
    }
    size_t failures = 0, failed_steps[STEP_COUNT] = {0};
    for (long n = 1;; n++) {
        congdoan_corpus *c = new_corpus();
        congdoan__alloc_fail_at(n);
        size_t k = 0;
        int rc = 0;
        for (; k < STEP_COUNT && rc == 0; k++)
            if ((rc = steps[k](c)) != 0)
                break;
        congdoan__alloc_fail_at(0);
        if (rc == 0) { /* n is past the last allocation of the sequence */
            char *fp = fingerprint(c);
            ck_assert_str_eq(fp, ref[STEP_COUNT]);
            free(fp);
            congdoan_corpus_free(c);
            break;
        }
        ck_assert_msg(rc == CONGDOAN_ENOMEM, "allocation %ld, step %zu: %d (%s)", n, k, rc,
                      congdoan_error_last_message());
        ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ENOMEM);
        failures++;
        failed_steps[k]++;
        /* nothing changed: the corpus is what the steps before gave */
        char *fp = fingerprint(c);
        ck_assert_msg(strcmp(fp, ref[k]) == 0, "allocation %ld failed in step %zu and changed the corpus", n, k);
        free(fp);
        /* and it is still usable: the rest of the steps succeed */
        for (; k < STEP_COUNT; k++)
            ck_assert_msg(steps[k](c) == 0, "after allocation %ld failed, step %zu: %s", n, k,
                          congdoan_error_last_message());
        fp = fingerprint(c);
        ck_assert_str_eq(fp, ref[STEP_COUNT]);
        free(fp);
        congdoan_corpus_free(c);
        ck_assert_msg(n < 100000, "no end to the allocations");
    }
    ck_assert_uint_gt(failures, STEP_COUNT / 2);
    /* every step that stores a large text met a failure */
    static const step_fn big[] = {s_big_name, s_big_title, s_relation, s_section2, s_paragraph, s_task_early, s_due,
                                  s_coordinator, s_indicator, s_uom, s_status, s_note};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++)
        for (size_t k = 0; k < STEP_COUNT; k++)
            if (steps[k] == big[i])
                ck_assert_msg(failed_steps[k] > 0, "step %zu never failed", k);
    for (size_t k = 0; k <= STEP_COUNT; k++)
        free(ref[k]);
}
END_TEST

/* A report form not filled in (vocabulary 1.2), as `congdoan new-report` builds it: empty slots
 * for indicators at a coverage, empty task statuses; written as elements, read back the same, a
 * skeleton until a figure, a status or a date is given, and missing in the completeness table. */
START_TEST(test_report_skeleton)
{
    const congdoan_report *r;
    OK(congdoan_corpus_add_report(corpus, "bc-tp-2025", "laichau.tp", "kh-13-2025", "2025", &r));
    ck_assert_int_eq(congdoan_report_is_skeleton(r), 1); /* nothing at all yet */
    OK(congdoan_report_add_empty_value(corpus, r, "ct-dv", CONGDOAN_COVERAGE_SUBTREE));
    OK(congdoan_report_add_empty_value(corpus, r, "ct-moi", CONGDOAN_COVERAGE_SELF));
    OK(congdoan_report_add_empty_value(corpus, r, "ct-dv", CONGDOAN_COVERAGE_SUBTREE)); /* there already */
    OK(congdoan_report_set_unit_task_status(corpus, r, "ii-1-1", NULL, CONGDOAN_TASK_STATUS_NONE, 0, NULL));
    ck_assert_uint_eq(congdoan_report_value_count(r), 2);
    ck_assert_str_eq(congdoan_report_value_indicator_id(r, 0), "ct-dv");
    ck_assert_int_eq(congdoan_report_value_coverage(r, 0), CONGDOAN_COVERAGE_SUBTREE);
    ck_assert_int_eq(congdoan_report_value_coverage(r, 1), CONGDOAN_COVERAGE_SELF);
    double v;
    for (size_t i = 0; i < 2; i++) {
        ck_assert_int_eq(congdoan_report_value_is_empty(r, i), 1);
        ck_assert_int_eq(congdoan_report_value(r, i, &v), CONGDOAN_ENOTFOUND);
    }
    ck_assert_int_eq(congdoan_report_task_status(r, 0), CONGDOAN_TASK_STATUS_NONE);
    ck_assert_int_eq(congdoan_report_is_skeleton(r), 1);

    RC_IS(congdoan_report_add_empty_value(corpus, r, "ct-xx", CONGDOAN_COVERAGE_SELF), CONGDOAN_ENOTFOUND);
    MESSAGE_HAS("has no indicator 'ct-xx'");
    RC_IS(congdoan_report_add_empty_value(corpus, r, "ct-dv", (congdoan_coverage)7), CONGDOAN_EINVAL);
    MESSAGE_HAS("coverage");
    RC_IS(congdoan_report_add_empty_value(corpus, r, NULL, CONGDOAN_COVERAGE_SELF), CONGDOAN_EINVAL);
    ck_assert_uint_eq(congdoan_report_value_count(r), 2);

    /* written as elements, not comments */
    congdoan_output *out = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&out), 0);
    ck_assert_int_eq(congdoan_write_report(r, out), 0);
    ck_assert_int_eq(congdoan_output_finish(out), 0);
    size_t size;
    const char *xml = congdoan_output_data(out, &size);
    static const char expected[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">\n"
        "  <report id=\"bc-tp-2025\" unit=\"laichau.tp\" document=\"kh-13-2025\" period=\"2025\">\n"
        "    <value indicator=\"ct-dv\" coverage=\"subtree\"/>\n"
        "    <value indicator=\"ct-moi\"/>\n"
        "    <task-status task=\"ii-1-1\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    ck_assert_uint_eq(size, strlen(expected));
    ck_assert_int_eq(memcmp(xml, expected, size), 0); /* a memory output is not NUL-terminated */

    /* read back alone: the same skeleton */
    congdoan_corpus *back = new_corpus();
    OK(congdoan_corpus_load_memory(back, xml, size, "skeleton.xml", NULL));
    const congdoan_report *rb = R(back, "bc-tp-2025");
    ck_assert_uint_eq(congdoan_report_value_count(rb), 2);
    ck_assert_int_eq(congdoan_report_value_is_empty(rb, 1), 1);
    ck_assert_int_eq(congdoan_report_is_skeleton(rb), 1);
    congdoan_corpus_free(back);
    congdoan_output_free(out);

    /* completeness: laichau.tp's submitted half-year report does not count for 2025; with the
     * skeleton only, the unit has still not reported */
    congdoan_progress *p = NULL;
    OK(congdoan_progress_compute(corpus, D(corpus, "kh-13-2025"), U(corpus, "laichau"), "2025", 0, &p));
    ck_assert_uint_eq(congdoan_progress_expected_count(p), 1);
    ck_assert_ptr_eq(congdoan_progress_expected_unit(p, 0), U(corpus, "laichau.tp"));
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_MISSING);
    congdoan_progress_free(p);

    /* filled in: a figure makes it a report; received (no date), then on time */
    OK(congdoan_report_set_value(corpus, r, "ct-moi", 14, CONGDOAN_COVERAGE_SELF));
    ck_assert_int_eq(congdoan_report_value_is_empty(r, 1), 0);
    ck_assert_int_eq(congdoan_report_is_skeleton(r), 0);
    OK(congdoan_progress_compute(corpus, D(corpus, "kh-13-2025"), U(corpus, "laichau"), "2025", 0, &p));
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_RECEIVED);
    congdoan_progress_free(p);
    OK(congdoan_report_set_submitted(corpus, r, 20251210));
    OK(congdoan_progress_compute(corpus, D(corpus, "kh-13-2025"), U(corpus, "laichau"), "2025", 0, &p));
    ck_assert_int_eq(congdoan_progress_expected_submission(p, 0), CONGDOAN_SUBMISSION_ON_TIME);
    congdoan_progress_free(p);

    /* a status alone also fills it in */
    OK(congdoan_corpus_add_report(corpus, "bc-tp-2025-b", "laichau.tp", "kh-13-2025", "2025", &r));
    OK(congdoan_report_set_unit_task_status(corpus, r, "ii-1-1", NULL, CONGDOAN_TASK_STATUS_NONE, 0, NULL));
    ck_assert_int_eq(congdoan_report_is_skeleton(r), 1);
    OK(congdoan_report_set_unit_task_status(corpus, r, "ii-1-1", NULL, CONGDOAN_TASK_DONE, 20251130, NULL));
    ck_assert_uint_eq(congdoan_report_task_status_count(r), 1);
    ck_assert_int_eq(congdoan_report_is_skeleton(r), 0);
}
END_TEST

/* ---- writing, reading back, the schema ----------------------------------------------------------- */

static char *write_all(congdoan_corpus *c, size_t *size)
{
    congdoan_output *out = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&out), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, out), 0);
    ck_assert_int_eq(congdoan_output_finish(out), 0);
    const char *data = congdoan_output_data(out, size);
    char *copy = malloc(*size + 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, data, *size);
    copy[*size] = '\0';
    congdoan_output_free(out);
    return copy;
}

START_TEST(test_write_and_read_back)
{
    size_t size = 0, size2 = 0;
    char *xml = write_all(corpus, &size);
    congdoan_corpus *c = new_corpus();
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, xml, size, "edited", issues);
    for (size_t i = 0; rc != 0 && i < congdoan_issues_count(issues); i++)
        fprintf(stderr, "%ld: %s\n", congdoan_issue_line(congdoan_issues_get(issues, i)),
                congdoan_issue_message(congdoan_issues_get(issues, i)));
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
    /* writing what was read gives the same bytes */
    char *xml2 = write_all(c, &size2);
    ck_assert_uint_eq(size, size2);
    ck_assert_str_eq(xml, xml2);

    /* and the values survived */
    double v, n, dn;
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), 7);
    const congdoan_unit *lc = U(c, "laichau");
    ck_assert_ptr_eq(congdoan_unit_parent(lc), U(c, "tld"));
    ck_assert_str_eq(congdoan_unit_short_name(lc), "LĐLĐ tỉnh Lai Châu");
    ck_assert_int_eq(congdoan_unit_members(lc), 27000);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(lc), 412);
    ck_assert_int_eq(congdoan_unit_classification(lc, 2025), CONGDOAN_GRADE_EXCELLENT);
    ck_assert_uint_eq(congdoan_unit_department_count(lc), 2);
    ck_assert_int_eq(congdoan_unit_body_kind(U(c, "laichau.btv")), CONGDOAN_BODY_STANDING_COMMITTEE);
    ck_assert_int_eq(congdoan_unit_sector(U(c, "laichau.tp.cdcs1")), CONGDOAN_SECTOR_PUBLIC);
    const congdoan_document *d = D(c, "kh-13-2025");
    ck_assert_str_eq(congdoan_document_number(d), "13/KH-LĐLĐ");
    ck_assert_str_eq(congdoan_document_title(d), "Kế hoạch thực hiện Chương trình 240 năm 2025");
    ck_assert_int_eq(congdoan_document_issued(d), 20250227);
    ck_assert_str_eq(congdoan_document_signer_capacity(d), "TM. Ban Thường vụ");
    ck_assert_uint_eq(congdoan_document_relation_count(d), 2);
    ck_assert_str_eq(congdoan_document_relation_text(d, 0), "Kế hoạch số 240/KH-TLĐ của Tổng Liên đoàn");
    ck_assert_int_eq(congdoan_document_deadline(d, "2025"), 20251215);
    ck_assert_str_eq(congdoan_document_reporter_id(d, 0), "laichau.tp");
    static const char *const tasks[] = {"ii-1-1", "ii-2-1", "ii-3"};
    for (size_t i = 0; i < 3; i++)
        ck_assert_str_eq(congdoan_task_id(congdoan_document_task(d, i)), tasks[i]);
    const congdoan_task *t = congdoan_document_task(d, 0);
    ck_assert_str_eq(congdoan_task_due_text(t), "6 tháng đầu năm 2025");
    ck_assert_str_eq(congdoan_task_coordinator_text(t, 1), "các ban, đơn vị liên quan");
    ck_assert_int_eq(congdoan_task_due_recurrence_day(congdoan_document_task(d, 2)), 1215);
    const congdoan_indicator *x = congdoan_document_indicator_by_id(d, "ct-dv");
    ck_assert(congdoan_indicator_target(x) == 98);
    ck_assert_int_eq(congdoan_indicator_baseline(x, &v), 0);
    ck_assert(v == 96.5);
    ck_assert_str_eq(congdoan_indicator_refines_indicator_id(x), "ct-1");
    const congdoan_indicator *r = congdoan_document_indicator_by_id(d, "ct-moi");
    ck_assert_int_eq(congdoan_indicator_target_max(r, &v), 0);
    ck_assert(v == 20);
    const congdoan_indicator *s = congdoan_document_indicator_by_id(d, "ct-cdcs");
    ck_assert_int_eq(congdoan_indicator_condition_grade(s), CONGDOAN_GRADE_GOOD);
    ck_assert_int_eq(congdoan_indicator_scope_sectors(s), (1 << 1) | (1 << 3));
    const congdoan_report *rep = R(c, "bc-tp-2025-h1");
    ck_assert_int_eq(congdoan_report_value_fraction(rep, 1, &n, &dn), 0);
    ck_assert(n == 950 && dn == 1000);
    ck_assert_int_eq(congdoan_report_value(rep, 1, &v), 0);
    ck_assert(v == 95);
    ck_assert_str_eq(congdoan_report_task_status_note(rep, 0), "Đã phát triển 2.150 đoàn viên");
    ck_assert_str_eq(congdoan_report_note(rep), "Số liệu đến ngày 31/5/2025.");

    /* the written file is valid against the schema */
    char path[] = "/tmp/congdoan-edit-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, xml, size), (ssize_t)size);
    close(fd);
    congdoan_issues_clear(issues);
    rc = congdoan_schema_validate_file(path, issues);
    for (size_t i = 0; rc != 0 && i < congdoan_issues_count(issues); i++)
        fprintf(stderr, "%s:%ld: %s\n%s\n", path, congdoan_issue_line(congdoan_issues_get(issues, i)),
                congdoan_issue_message(congdoan_issues_get(issues, i)), xml);
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
    unlink(path);

    /* the loaded copy can be edited on */
    OK(congdoan_section_add_task(c, congdoan_document_section(d, 0), "i-1", "Quán triệt kế hoạch.", NULL));
    ck_assert_str_eq(congdoan_task_id(congdoan_document_task(d, 0)), "i-1");
    ck_assert_uint_eq(congdoan_document_task_count(d), 4);
    congdoan_issues_free(issues);
    free(xml);
    free(xml2);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_constructor_messages)
{
    /* the exact English message of every check the constructors share, each on a fresh corpus */
    for (size_t i = 0; i < sizeof edit_refusals / sizeof edit_refusals[0]; i++) {
        const congdoan_section *s = NULL;
        congdoan_corpus *c = edit_refusals_corpus(&s);
        ck_assert_ptr_nonnull(c);
        congdoan_error_clear();
        ck_assert_msg(edit_refusals_run(c, s, i) == edit_refusals[i].code, "%s", edit_refusals[i].what);
        ck_assert_int_eq(congdoan_error_last_code(), edit_refusals[i].code);
        ck_assert_str_eq(congdoan_error_last_message(), edit_refusals[i].en);
        congdoan_corpus_free(c);
    }
}
END_TEST

static Suite *edit_suite(void)
{
    Suite *s = suite_create("edit");
    TCase *tc = tcase_create("build");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_units_read_back);
    tcase_add_test(tc, test_unit_setters);
    tcase_add_test(tc, test_document_read_back);
    tcase_add_test(tc, test_document_setters);
    tcase_add_test(tc, test_task_setters);
    tcase_add_test(tc, test_indicator_setters);
    tcase_add_test(tc, test_report_read_back);
    tcase_add_test(tc, test_report_skeleton);
    tcase_add_test(tc, test_check_finds_nothing_wrong);
    suite_add_tcase(s, tc);

    tc = tcase_create("refusals");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_refused_arguments);
    tcase_add_test(tc, test_refused_units);
    tcase_add_test(tc, test_refused_documents);
    tcase_add_test(tc, test_refused_tasks);
    tcase_add_test(tc, test_refused_indicators);
    tcase_add_test(tc, test_refused_reports);
    tcase_add_test(tc, test_constructor_messages);
    suite_add_tcase(s, tc);

    tc = tcase_create("hierarchy");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_parent_added_later);
    tcase_add_test(tc, test_move_and_cycles);
    tcase_add_test(tc, test_twenty_thousand_units);
    tcase_set_timeout(tc, 300);
    suite_add_tcase(s, tc);

    tc = tcase_create("allocation");
    tcase_add_test(tc, test_allocation_failures);
    tcase_set_timeout(tc, 300);
    suite_add_tcase(s, tc);

    tc = tcase_create("roundtrip");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_write_and_read_back);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(edit_suite());
}
