/* Tests of congdoan/task.h: text, lead (chủ trì), coordinators (phối hợp) and due times of the
 * tasks of the three document fixtures, checked against the seeds:
 *   240/KH-TLĐ (seed 000): 9 focus tasks in II and the 9 "- " bullets of III.1 = 18;
 *   the Presidium's resolution (seed 001): 3.1–3.7 and 2 + 2 bullets in III = 11;
 *   13/CTr-LĐLĐ (seed 004): (1)–(6) in II, 6+3+8+4+5+4+2+2+5+5 = 44 in IV, 2 in V = 52. */
#include "test-common.h"

#include <stdio.h>
#include <string.h>

static const char *const all_files[] = {"units-tld.xml",       "units-laichau.xml",
                                        "units-congthuong.xml", "kh-240-2022-tld.xml",
                                        "nq-001-dct-tld.xml",   "ctr-13-2025-laichau.xml", NULL};

static congdoan_corpus *corpus;
static const congdoan_document *kh, *nq, *ctr;

static void setup(void)
{
    corpus = test_load(all_files);
    kh = congdoan_corpus_document_by_id(corpus, "kh-240-tld-2022");
    nq = congdoan_corpus_document_by_id(corpus, "nq-dct-tld-doingoai");
    ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(kh);
    ck_assert_ptr_nonnull(nq);
    ck_assert_ptr_nonnull(ctr);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

static const congdoan_task *task(const congdoan_document *d, const char *id)
{
    const congdoan_task *t = congdoan_document_task_by_id(d, id);
    ck_assert_msg(t != NULL, "no task '%s' in '%s'", id, congdoan_document_id(d));
    return t;
}

static int starts_with(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static void assert_no_due(const congdoan_task *t)
{
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_NONE);
    ck_assert_ptr_null(congdoan_task_due_code(t));
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_NONE);
    ck_assert_int_eq(congdoan_task_due_date(t), 0);
    ck_assert_int_eq(congdoan_task_due_recurrence_day(t), 0);
}

/* ---- counts ------------------------------------------------------------------------------------ */

START_TEST(test_counts)
{
    ck_assert_uint_eq(congdoan_document_task_count(kh), 18);
    ck_assert_uint_eq(congdoan_document_task_count(nq), 11);
    ck_assert_uint_eq(congdoan_document_task_count(ctr), 52);
    /* every task belongs to its document, has a non-empty text, and its id finds it */
    const congdoan_document *docs[] = {kh, nq, ctr};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < congdoan_document_task_count(docs[k]); i++) {
            const congdoan_task *t = congdoan_document_task(docs[k], i);
            ck_assert_ptr_eq(congdoan_task_document(t), docs[k]);
            ck_assert_ptr_nonnull(congdoan_task_section(t));
            ck_assert_ptr_eq(congdoan_section_document(congdoan_task_section(t)), docs[k]);
            ck_assert_ptr_nonnull(congdoan_task_text(t));
            ck_assert_uint_gt(strlen(congdoan_task_text(t)), 0);
            ck_assert_ptr_eq(congdoan_document_task_by_id(docs[k], congdoan_task_id(t)), t);
        }
    /* in 240/KH-TLĐ every bullet of III.1 starts with "Chủ trì" (chủ trì = lead) */
    for (size_t i = 9; i < 18; i++)
        ck_assert_msg(starts_with(congdoan_task_text(congdoan_document_task(kh, i)), "Chủ trì"), "task %zu", i);
}
END_TEST

/* ---- 240/KH-TLĐ -------------------------------------------------------------------------------- */

START_TEST(test_kh240_iii_1_1)
{
    const congdoan_task *t = task(kh, "iii-1-1");
    /* III.1 "Ban Đối ngoại Tổng Liên đoàn": "Chủ trì, phối hợp với các cơ quan, các ban, đơn vị liên quan
     * ... Là đầu mối phối hợp với các cơ quan hữu quan ..." */
    ck_assert_str_eq(congdoan_task_lead_id(t), "tld.bdn");
    const congdoan_unit *lead = congdoan_task_lead(t);
    ck_assert_ptr_nonnull(lead);
    ck_assert_int_eq(congdoan_unit_get_kind(lead), CONGDOAN_UNIT_DEPARTMENT);
    ck_assert_str_eq(congdoan_unit_name(lead), "Ban Đối ngoại");
    ck_assert_ptr_eq(congdoan_unit_parent(lead), congdoan_corpus_unit_by_id(corpus, "tld"));
    ck_assert_uint_eq(congdoan_task_coordinator_count(t), 2);
    ck_assert_str_eq(congdoan_task_coordinator_text(t, 0), "các cơ quan, các ban, đơn vị liên quan");
    ck_assert_str_eq(congdoan_task_coordinator_text(t, 1), "các cơ quan hữu quan");
    for (size_t i = 0; i < 2; i++) {
        ck_assert_ptr_null(congdoan_task_coordinator_id(t, i));
        ck_assert_ptr_null(congdoan_task_coordinator(t, i));
    }
    ck_assert_ptr_null(congdoan_task_coordinator_text(t, 2));
    ck_assert_ptr_null(congdoan_task_coordinator_id(t, 2));
    ck_assert_ptr_null(congdoan_task_coordinator(t, 2));
    /* the coordinator texts are words of the task */
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), "phối hợp với các cơ quan, các ban, đơn vị liên quan"));
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), "phối hợp với các cơ quan hữu quan"));
    ck_assert(starts_with(congdoan_task_text(t), "Chủ trì, phối hợp với các cơ quan, các ban, đơn vị liên quan tổ "
                                                 "chức tuyên truyền, quán triệt về chủ trương"));
    assert_no_due(t);
    ck_assert_ptr_null(congdoan_task_due_text(t));
    const congdoan_section *s = congdoan_task_section(t);
    ck_assert_str_eq(congdoan_section_id(s), "sec-iii-1");
    ck_assert_str_eq(congdoan_section_title(s), "Ban Đối ngoại Tổng Liên đoàn");
    ck_assert_str_eq(congdoan_section_number(congdoan_section_parent(s)), "III.");
}
END_TEST

START_TEST(test_kh240_iii_1_bullets)
{
    /* every bullet of III.1 is led by the Ban Đối ngoại; coordinators as printed after "phối hợp với" */
    static const struct {
        const char *id;
        size_t coordinators;
        const char *first;
    } want[] = {
        {"iii-1-1", 2, "các cơ quan, các ban, đơn vị liên quan"},
        {"iii-1-2", 1, "các ban, đơn vị liên quan"},
        {"iii-1-3", 0, NULL}, /* "phối hợp thực hiện các hoạt động": no partner named */
        {"iii-1-4", 1, "các ban, đơn vị liên quan"},
        {"iii-1-5", 1, "các ban, đơn vị liên quan"},
        {"iii-1-6", 1, "các Công đoàn ngành Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn"},
        {"iii-1-7", 1, "các ban, đơn vị"},
        {"iii-1-8", 1, "các ban, đơn vị"},
        {"iii-1-9", 0, NULL},
    };
    const congdoan_unit *bdn = congdoan_corpus_unit_by_id(corpus, "tld.bdn");
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const congdoan_task *t = task(kh, want[i].id);
        ck_assert_ptr_eq(congdoan_task_lead(t), bdn);
        ck_assert_uint_eq(congdoan_task_coordinator_count(t), want[i].coordinators);
        if (want[i].first) {
            ck_assert_str_eq(congdoan_task_coordinator_text(t, 0), want[i].first);
            ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), want[i].first));
        } else {
            ck_assert_ptr_null(congdoan_task_coordinator_text(t, 0));
        }
    }
    /* iii-1-6 keeps the timing words, but they name no time */
    const congdoan_task *t6 = task(kh, "iii-1-6");
    assert_no_due(t6);
    ck_assert_str_eq(congdoan_task_due_text(t6), "theo tiến độ mục tiêu chủ yếu đã đề ra tại Nghị quyết số 15/NQ-BCH");
}
END_TEST

START_TEST(test_kh240_ii_2_milestone_2023)
{
    const congdoan_task *t = task(kh, "ii-2");
    /* "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC" dates one sentence of the
     * task (vocabulary 1.2): a milestone; the task has no due time of its own */
    ck_assert(starts_with(congdoan_task_text(t), "Nâng cao hiệu quả hợp tác với các đối tác đa phương;"));
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC"));
    assert_no_due(t);
    ck_assert_ptr_null(congdoan_task_due_text(t));
    ck_assert_uint_eq(congdoan_task_milestone_count(t), 1);
    ck_assert_str_eq(congdoan_task_milestone_text(t, 0), "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC");
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), congdoan_task_milestone_text(t, 0)));
    ck_assert_str_eq(congdoan_task_milestone_due_code(t, 0), "2023");
    ck_assert_str_eq(congdoan_task_milestone_due_text(t, 0), "đến năm 2023");
    ck_assert_int_eq(congdoan_task_milestone_due_at(t, 0, 20240101), 20231231);
    ck_assert_int_eq(congdoan_task_milestone_due_at(t, 1, 20240101), 0);
    ck_assert_ptr_null(congdoan_task_milestone_text(t, 1));
    ck_assert_uint_eq(congdoan_task_milestone_count(task(kh, "ii-1")), 0);
    /* the focus tasks fall on the confederation as a whole */
    ck_assert_str_eq(congdoan_task_lead_id(t), "tld");
    ck_assert_int_eq(congdoan_unit_level(congdoan_task_lead(t)), CONGDOAN_LEVEL_CENTRAL);
    ck_assert_uint_eq(congdoan_task_coordinator_count(t), 0);
    ck_assert_str_eq(congdoan_section_number(congdoan_task_section(t)), "2.");
}
END_TEST

START_TEST(test_kh240_other_dues)
{
    /* II.1 "kế hoạch đối ngoại hằng năm", II.9 "các hoạt động đối ngoại hằng năm" */
    static const char *const yearly[] = {"ii-1", "ii-9"};
    for (size_t i = 0; i < 2; i++) {
        const congdoan_task *t = task(kh, yearly[i]);
        ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_RECURRING);
        ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_YEAR);
        ck_assert_str_eq(congdoan_task_due_code(t), "yearly");
        ck_assert_str_eq(congdoan_task_due_text(t), "hằng năm");
        ck_assert_ptr_nonnull(strstr(congdoan_task_text(t), "hằng năm"));
        ck_assert_int_eq(congdoan_task_due_date(t), 0);
        ck_assert_int_eq(congdoan_task_due_recurrence_day(t), 0); /* the last day of each year */
    }
    /* II.3 "Không ngừng đổi mới ...": ongoing */
    const congdoan_task *t3 = task(kh, "ii-3");
    ck_assert(starts_with(congdoan_task_text(t3), "Không ngừng đổi mới"));
    ck_assert_int_eq(congdoan_task_due_kind(t3), CONGDOAN_DUE_ONGOING);
    ck_assert_str_eq(congdoan_task_due_code(t3), "ongoing");
    ck_assert_str_eq(congdoan_task_due_text(t3), "Không ngừng");
    ck_assert_int_eq(congdoan_task_due_period_kind(t3), CONGDOAN_PERIOD_NONE);
    ck_assert_int_eq(congdoan_task_due_date(t3), 0);
    /* the others state no time */
    static const char *const none[] = {"ii-4", "ii-5", "ii-6", "ii-7", "ii-8"};
    for (size_t i = 0; i < 5; i++) {
        assert_no_due(task(kh, none[i]));
        ck_assert_ptr_null(congdoan_task_due_text(task(kh, none[i])));
    }
}
END_TEST

/* ---- the Presidium's resolution ------------------------------------------------------------------ */

START_TEST(test_nq_leads)
{
    /* III.2: "Ban Thường vụ các Công đoàn ngành Trung ương, ... chịu trách nhiệm": many units, none loaded */
    const congdoan_task *t = task(nq, "iii-2-1");
    ck_assert_ptr_null(congdoan_task_lead(t));
    ck_assert_ptr_null(congdoan_task_lead_id(t));
    ck_assert_uint_eq(congdoan_task_coordinator_count(t), 0);
    assert_no_due(t);
    ck_assert_str_eq(congdoan_task_text(t), "Ban Thường vụ các Công đoàn ngành Trung ương, Công đoàn Tổng công ty trực "
                                            "thuộc Tổng liên đoàn, Liên đoàn Lao động tỉnh, thành phố chịu trách nhiệm "
                                            "tổ chức triển khai thực hiện Nghị quyết.");
    const congdoan_task *t2 = task(nq, "iii-2-2");
    ck_assert_ptr_null(congdoan_task_lead(t2));
    /* the stray ")" of the seed is kept */
    ck_assert_str_eq(congdoan_task_text(t2),
                     "Xây dựng đội ngũ cán bộ làm công tác đối ngoại chuyên trách và không chuyên trách ở cấp mình.)");
    /* III.1: "Đoàn Chủ tịch tổ chức quán triệt Nghị quyết" */
    const congdoan_task *d1 = task(nq, "iii-1-1");
    ck_assert_str_eq(congdoan_task_lead_id(d1), "tld.dct");
    ck_assert_int_eq(congdoan_unit_body_kind(congdoan_task_lead(d1)), CONGDOAN_BODY_PRESIDIUM);
    ck_assert(starts_with(congdoan_task_text(d1), "Đoàn Chủ tịch tổ chức quán triệt Nghị quyết;"));
    /* "Ban Đối ngoại chủ trì, phối hợp với các Ban, đơn vị trực thuộc của Tổng liên đoàn Lao động Việt Nam" */
    const congdoan_task *d2 = task(nq, "iii-1-2");
    ck_assert_str_eq(congdoan_unit_name(congdoan_task_lead(d2)), "Ban Đối ngoại");
    ck_assert_uint_eq(congdoan_task_coordinator_count(d2), 1);
    ck_assert_str_eq(congdoan_task_coordinator_text(d2, 0),
                     "các Ban, đơn vị trực thuộc của Tổng liên đoàn Lao động Việt Nam");
    ck_assert_ptr_null(congdoan_task_coordinator(d2, 0));
    /* "định kỳ báo cáo" names no period: no due */
    assert_no_due(d2);
    /* 3.3 "đồng thời không ngừng nâng cao hiệu quả hợp tác" */
    const congdoan_task *t33 = task(nq, "ii-3-3");
    ck_assert_int_eq(congdoan_task_due_kind(t33), CONGDOAN_DUE_ONGOING);
    ck_assert_str_eq(congdoan_task_due_text(t33), "không ngừng");
    ck_assert_str_eq(congdoan_section_number(congdoan_task_section(t33)), "3.3.");
    /* 3.1–3.7: lead tld */
    for (size_t i = 1; i <= 7; i++) {
        char id[16];
        snprintf(id, sizeof id, "ii-3-%zu", i);
        ck_assert_str_eq(congdoan_task_lead_id(task(nq, id)), "tld");
    }
    /* exactly two tasks of the resolution have no lead */
    size_t no_lead = 0;
    for (size_t i = 0; i < congdoan_document_task_count(nq); i++)
        no_lead += congdoan_task_lead_id(congdoan_document_task(nq, i)) == NULL;
    ck_assert_uint_eq(no_lead, 2);
}
END_TEST

/* ---- 13/CTr-LĐLĐ -------------------------------------------------------------------------------- */

START_TEST(test_ctr13_dues)
{
    /* a programme for the year 2025: due by the end of 2025 unless the text says otherwise */
    const congdoan_task *t = task(ctr, "ii-1");
    ck_assert_int_eq(congdoan_task_due_kind(t), CONGDOAN_DUE_PERIOD);
    ck_assert_int_eq(congdoan_task_due_period_kind(t), CONGDOAN_PERIOD_YEAR);
    ck_assert_int_eq(congdoan_task_due_date(t), 20251231);
    ck_assert_ptr_null(congdoan_task_due_text(t));
    /* "Thường xuyên cập nhật, nắm bắt thông tin ..." */
    const congdoan_task *o = task(ctr, "iv-1-5");
    ck_assert(starts_with(congdoan_task_text(o), "Thường xuyên"));
    ck_assert_int_eq(congdoan_task_due_kind(o), CONGDOAN_DUE_ONGOING);
    ck_assert_str_eq(congdoan_task_due_text(o), "Thường xuyên");
    ck_assert_int_eq(congdoan_task_due_date(o), 0);
    ck_assert_int_eq(congdoan_task_due_kind(task(ctr, "iv-3-4")), CONGDOAN_DUE_ONGOING);
    /* Tết Nguyên đán Ất Tỵ 2025 (29/01/2025): the first quarter */
    const congdoan_task *tet = task(ctr, "iv-2-1");
    ck_assert_int_eq(congdoan_task_due_kind(tet), CONGDOAN_DUE_PERIOD);
    ck_assert_int_eq(congdoan_task_due_period_kind(tet), CONGDOAN_PERIOD_QUARTER);
    ck_assert_str_eq(congdoan_task_due_code(tet), "2025-Q1");
    ck_assert_int_eq(congdoan_task_due_date(tet), 20250331);
    ck_assert_str_eq(congdoan_task_due_text(tet), "trong dịp Tết Nguyên đán Ất Tỵ 2025");
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(tet), "trong dịp Tết Nguyên đán Ất Tỵ 2025"));
    /* Tháng Công nhân: May */
    const congdoan_task *may = task(ctr, "iv-3-3");
    ck_assert_int_eq(congdoan_task_due_period_kind(may), CONGDOAN_PERIOD_MONTH);
    ck_assert_str_eq(congdoan_task_due_code(may), "2025-05");
    ck_assert_int_eq(congdoan_task_due_date(may), 20250531);
    ck_assert_str_eq(congdoan_task_text(may),
                     "Tổ chức tốt các hoạt động Tháng Công nhân năm 2025, gắn với Tháng hành động về An toàn, vệ sinh "
                     "lao động năm 2025.");
    ck_assert_str_eq(congdoan_task_due_text(task(ctr, "iv-4-1")), "trong năm 2025");
    /* no task of the programme is due after 2025 or before it was issued (27/02/2025) except the
     * Tết activities of the first quarter, whose period ends after the issue date */
    for (size_t i = 0; i < congdoan_document_task_count(ctr); i++) {
        const congdoan_task *x = congdoan_document_task(ctr, i);
        /* every task is led by laichau, but V.2, led by the class of upper-grassroots unions */
        if (strcmp(congdoan_task_id(x), "v-2") == 0) {
            ck_assert_ptr_null(congdoan_task_lead_id(x));
        } else {
            ck_assert_str_eq(congdoan_task_lead_id(x), "laichau");
            ck_assert_ptr_eq(congdoan_task_lead(x), congdoan_corpus_unit_by_id(corpus, "laichau"));
        }
        if (congdoan_task_due_kind(x) == CONGDOAN_DUE_PERIOD) {
            ck_assert_int_ge(congdoan_task_due_date(x), congdoan_document_issued(ctr));
            ck_assert_int_le(congdoan_task_due_date(x), 20251231);
        } else {
            ck_assert_int_eq(congdoan_task_due_kind(x), CONGDOAN_DUE_ONGOING);
        }
    }
}
END_TEST

START_TEST(test_ctr13_coordinators)
{
    /* V.1 "Chỉ đạo Văn phòng, các Ban LĐLĐ tỉnh ..." */
    const congdoan_task *v1 = task(ctr, "v-1");
    ck_assert_uint_eq(congdoan_task_coordinator_count(v1), 2);
    ck_assert_str_eq(congdoan_task_coordinator_id(v1, 0), "laichau.vp");
    const congdoan_unit *vp = congdoan_task_coordinator(v1, 0);
    ck_assert_int_eq(congdoan_unit_get_kind(vp), CONGDOAN_UNIT_DEPARTMENT);
    ck_assert_str_eq(congdoan_unit_name(vp), "Văn phòng");
    ck_assert_str_eq(congdoan_task_coordinator_text(v1, 0), "Văn phòng");
    ck_assert_ptr_null(congdoan_task_coordinator_id(v1, 1));
    ck_assert_ptr_null(congdoan_task_coordinator(v1, 1));
    ck_assert_str_eq(congdoan_task_coordinator_text(v1, 1), "các Ban LĐLĐ tỉnh");

    /* V.2 "Các Liên đoàn Lao động huyện, thành phố, Công đoàn Ngành, Công đoàn Viên chức": each of them
     * leads for itself (1.2: the class of upper-grassroots unions under laichau), no coordinator */
    const congdoan_task *v2 = task(ctr, "v-2");
    ck_assert_uint_eq(congdoan_task_coordinator_count(v2), 0);
    ck_assert_ptr_null(congdoan_task_lead(v2));
    ck_assert_str_eq(congdoan_task_lead_text(v2), "Các Liên đoàn Lao động huyện, thành phố, Công đoàn Ngành, Công đoàn Viên chức");
    ck_assert_int_eq(congdoan_task_lead_level(v2), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
    ck_assert_int_eq(congdoan_task_lead_kinds(v2), 0);
    ck_assert_int_eq(congdoan_task_lead_sectors(v2), 0);
    const congdoan_unit *lc = congdoan_corpus_unit_by_id(corpus, "laichau");
    for (size_t i = 0; i < congdoan_unit_child_count(lc); i++)
        ck_assert(congdoan_task_is_led_by(v2, congdoan_unit_child(lc, i))); /* the 9 of them */
    ck_assert(!congdoan_task_is_led_by(v2, lc));
    ck_assert(!congdoan_task_is_led_by(v2, congdoan_corpus_unit_by_id(corpus, "tld")));
    /* a grassroots union of Tam Đường is not of the class */
    const congdoan_unit *td = congdoan_corpus_unit_by_id(corpus, "laichau.tamduong");
    ck_assert_uint_gt(congdoan_unit_child_count(td), 0);
    ck_assert(!congdoan_task_is_led_by(v2, congdoan_unit_child(td, 0)));
    ck_assert(congdoan_task_is_led_by(task(ctr, "v-1"), lc));
    ck_assert(!congdoan_task_is_led_by(v2, NULL));
    ck_assert_ptr_null(congdoan_task_coordinator(v2, 10));
    ck_assert_ptr_null(congdoan_task_coordinator_text(v2, 10));
    ck_assert_ptr_null(congdoan_task_coordinator_id(v2, 10));

    /* IV.6 third bullet: "Tăng cường phối hợp với ban vì sự tiến bộ phụ nữ và Hội Liên hiệp Phụ nữ cùng cấp" */
    const congdoan_task *w = task(ctr, "iv-6-3");
    ck_assert_uint_eq(congdoan_task_coordinator_count(w), 2);
    ck_assert_str_eq(congdoan_task_coordinator_text(w, 0), "ban vì sự tiến bộ phụ nữ");
    ck_assert_str_eq(congdoan_task_coordinator_text(w, 1), "Hội Liên hiệp Phụ nữ cùng cấp");
    ck_assert_ptr_nonnull(strstr(congdoan_task_text(w), "phối hợp với ban vì sự tiến bộ phụ nữ và Hội Liên hiệp Phụ nữ cùng cấp"));
}
END_TEST

START_TEST(test_ctr13_texts)
{
    /* (5) in II, as printed */
    ck_assert_str_eq(congdoan_task_text(task(ctr, "ii-5")),
                     "Sắp xếp tinh gọn tổ chức bộ máy công đoàn đảm bảo hoạt động hiệu lực, hiệu quả, liên thông, đồng bộ.");
    /* IV.5 second bullet, split over a page break in the seed, joined with one space; "ting gọn" kept */
    const char *t = congdoan_task_text(task(ctr, "iv-5-2"));
    ck_assert_ptr_nonnull(strstr(t, "sự tham gia của các cấp công đoàn trong quá trình ting gọn bộ máy, tinh giản biên chế"));
    /* IV.3: the unbulleted paragraph is task 7 of 8 */
    const congdoan_task *p = congdoan_document_task(ctr, 6 + 6 + 3 + 6);
    ck_assert_str_eq(congdoan_task_id(p), "iv-3-7");
    ck_assert(starts_with(congdoan_task_text(p), "Nâng cao hiệu quả các thiết chế của công đoàn hiện có"));
    /* the last task of the programme */
    const congdoan_task *last = congdoan_document_task(ctr, 51);
    ck_assert_str_eq(congdoan_task_id(last), "v-2");
    ck_assert(starts_with(congdoan_task_text(last), "Căn cứ chương trình công tác của LĐLĐ tỉnh"));
}
END_TEST

/* ---- references resolved at query time -------------------------------------------------------------- */

START_TEST(test_lead_resolves_after_units_load)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("ctr-13-2025-laichau.xml"), NULL), 0);
    const congdoan_task *t = congdoan_document_task_by_id(congdoan_corpus_document(c, 0), "v-1");
    ck_assert_ptr_null(congdoan_task_lead(t));
    ck_assert_str_eq(congdoan_task_lead_id(t), "laichau");
    ck_assert_ptr_null(congdoan_task_coordinator(t, 0));
    ck_assert_str_eq(congdoan_task_coordinator_id(t, 0), "laichau.vp");
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-laichau.xml"), NULL), 0);
    ck_assert_ptr_eq(congdoan_task_lead(t), congdoan_corpus_unit_by_id(c, "laichau"));
    ck_assert_ptr_eq(congdoan_task_coordinator(t, 0), congdoan_corpus_unit_by_id(c, "laichau.vp"));
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(test_null_task)
{
    ck_assert_ptr_null(congdoan_task_id(NULL));
    ck_assert_ptr_null(congdoan_task_text(NULL));
    ck_assert_ptr_null(congdoan_task_document(NULL));
    ck_assert_ptr_null(congdoan_task_section(NULL));
    ck_assert_ptr_null(congdoan_task_lead(NULL));
    ck_assert_ptr_null(congdoan_task_lead_id(NULL));
    ck_assert_uint_eq(congdoan_task_coordinator_count(NULL), 0);
    ck_assert_ptr_null(congdoan_task_coordinator(NULL, 0));
    ck_assert_ptr_null(congdoan_task_coordinator_id(NULL, 0));
    ck_assert_ptr_null(congdoan_task_coordinator_text(NULL, 0));
    ck_assert_int_eq(congdoan_task_due_kind(NULL), CONGDOAN_DUE_NONE);
    ck_assert_ptr_null(congdoan_task_due_code(NULL));
    ck_assert_ptr_null(congdoan_task_due_text(NULL));
    ck_assert_int_eq(congdoan_task_due_period_kind(NULL), CONGDOAN_PERIOD_NONE);
    ck_assert_int_eq(congdoan_task_due_date(NULL), 0);
    ck_assert_int_eq(congdoan_task_due_recurrence_day(NULL), 0);
}
END_TEST

static Suite *task_suite(void)
{
    Suite *s = suite_create("task");
    TCase *tc = tcase_create("task");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_counts);
    tcase_add_test(tc, test_kh240_iii_1_1);
    tcase_add_test(tc, test_kh240_iii_1_bullets);
    tcase_add_test(tc, test_kh240_ii_2_milestone_2023);
    tcase_add_test(tc, test_kh240_other_dues);
    tcase_add_test(tc, test_nq_leads);
    tcase_add_test(tc, test_ctr13_dues);
    tcase_add_test(tc, test_ctr13_coordinators);
    tcase_add_test(tc, test_ctr13_texts);
    suite_add_tcase(s, tc);
    TCase *other = tcase_create("other");
    tcase_add_test(other, test_lead_resolves_after_units_load);
    tcase_add_test(other, test_null_task);
    suite_add_tcase(s, other);
    return s;
}

int main(void)
{
    return test_run_suite(task_suite());
}
