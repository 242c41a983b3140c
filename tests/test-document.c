/* Tests of congdoan/document.h on the three document fixtures, with the expected values taken
 * from the seeds they were converted from:
 *   kh-240-2022-tld.xml      seed 000: Kế hoạch 240/KH-TLĐ of 22/08/2022 (cut after III.1);
 *   nq-001-dct-tld.xml       seed 001: the Presidium's resolution on foreign affairs (no number);
 *   ctr-13-2025-laichau.xml  seed 004: Chương trình 13/CTr-LĐLĐ of 27/02/2025, Lai Châu.
 * Metadata, relations, recipients ("Nơi nhận"), and the section tree: numbers and titles as
 * printed, item kinds and order, paragraph texts, parent links. */
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
    kh = nq = ctr = NULL;
}

/* Walk the section tree: count tasks and indicators, and check that the tasks and indicators met
 * in document order are the document's own list, in the same order, and point back to the
 * section that holds them. */
static void walk(const congdoan_document *d, const congdoan_section *s, size_t *tasks, size_t *indicators)
{
    ck_assert_ptr_eq(congdoan_section_document(s), d);
    for (size_t i = 0; i < congdoan_section_item_count(s); i++) {
        switch (congdoan_section_item_kind(s, i)) {
        case CONGDOAN_ITEM_PARAGRAPH:
            ck_assert_ptr_nonnull(congdoan_section_item_text(s, i));
            ck_assert_ptr_null(congdoan_section_item_section(s, i));
            ck_assert_ptr_null(congdoan_section_item_task(s, i));
            ck_assert_ptr_null(congdoan_section_item_indicator(s, i));
            break;
        case CONGDOAN_ITEM_SECTION: {
            const congdoan_section *sub = congdoan_section_item_section(s, i);
            ck_assert_ptr_nonnull(sub);
            ck_assert_ptr_null(congdoan_section_item_text(s, i));
            ck_assert_ptr_eq(congdoan_section_parent(sub), s);
            walk(d, sub, tasks, indicators);
            break;
        }
        case CONGDOAN_ITEM_TASK: {
            const congdoan_task *t = congdoan_section_item_task(s, i);
            ck_assert_ptr_eq(t, congdoan_document_task(d, *tasks));
            ck_assert_ptr_eq(congdoan_task_section(t), s);
            ck_assert_ptr_null(congdoan_section_item_text(s, i));
            ck_assert_ptr_null(congdoan_section_item_indicator(s, i));
            ++*tasks;
            break;
        }
        case CONGDOAN_ITEM_INDICATOR: {
            const congdoan_indicator *x = congdoan_section_item_indicator(s, i);
            ck_assert_ptr_eq(x, congdoan_document_indicator(d, *indicators));
            ck_assert_ptr_eq(congdoan_indicator_section(x), s);
            ck_assert_ptr_null(congdoan_section_item_task(s, i));
            ++*indicators;
            break;
        }
        default:
            ck_abort_msg("item %zu of section '%s' has no kind", i, congdoan_section_id(s));
        }
    }
    size_t n = congdoan_section_item_count(s);
    ck_assert_int_eq(congdoan_section_item_kind(s, n), CONGDOAN_ITEM_NONE);
    ck_assert_ptr_null(congdoan_section_item_text(s, n));
    ck_assert_ptr_null(congdoan_section_item_section(s, n));
    ck_assert_ptr_null(congdoan_section_item_task(s, n));
    ck_assert_ptr_null(congdoan_section_item_indicator(s, n));
}

static void check_tree(const congdoan_document *d, size_t want_tasks, size_t want_indicators)
{
    size_t tasks = 0, indicators = 0;
    for (size_t i = 0; i < congdoan_document_section_count(d); i++) {
        const congdoan_section *s = congdoan_document_section(d, i);
        ck_assert_ptr_null(congdoan_section_parent(s));
        walk(d, s, &tasks, &indicators);
    }
    ck_assert_uint_eq(tasks, want_tasks);
    ck_assert_uint_eq(indicators, want_indicators);
    ck_assert_uint_eq(congdoan_document_task_count(d), want_tasks);
    ck_assert_uint_eq(congdoan_document_indicator_count(d), want_indicators);
}

typedef struct heading {
    const char *number, *title;
} heading;

static void check_headings(const congdoan_section *parent_or_null, const congdoan_document *d, const heading *want,
                           size_t n)
{
    size_t count = parent_or_null ? congdoan_section_item_count(parent_or_null) : congdoan_document_section_count(d);
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        const congdoan_section *s = parent_or_null ? congdoan_section_item_section(parent_or_null, i)
                                                   : congdoan_document_section(d, i);
        if (!s)
            continue;
        ck_assert_uint_lt(k, n);
        if (want[k].number)
            ck_assert_str_eq(congdoan_section_number(s), want[k].number);
        else
            ck_assert_ptr_null(congdoan_section_number(s));
        if (want[k].title)
            ck_assert_str_eq(congdoan_section_title(s), want[k].title);
        else
            ck_assert_ptr_null(congdoan_section_title(s));
        k++;
    }
    ck_assert_uint_eq(k, n);
}

/* ---- Kế hoạch 240/KH-TLĐ (seed 000) --------------------------------------------------------------- */

START_TEST(test_kh240_metadata)
{
    /* "Số hiệu 240/KH-TLĐ; Ngày ban hành 22/08/2022; Ngày có hiệu lực 22/08/2022; Loại văn bản Kế hoạch;
     * Người ký Trần Thanh Hải; Lĩnh vực Lao động - Tiền lương"; "Hà Nội, ngày 22 tháng 8 năm 2022" */
    ck_assert_str_eq(congdoan_document_id(kh), "kh-240-tld-2022");
    ck_assert_int_eq(congdoan_document_get_kind(kh), CONGDOAN_DOCUMENT_PLAN);
    ck_assert_str_eq(congdoan_document_number(kh), "240/KH-TLĐ");
    ck_assert_int_eq(congdoan_document_issued(kh), 20220822);
    ck_assert_int_eq(congdoan_document_effective(kh), 20220822);
    ck_assert_str_eq(congdoan_document_place(kh), "Hà Nội");
    ck_assert_str_eq(congdoan_document_field(kh), "Lao động - Tiền lương");
    ck_assert_str_eq(congdoan_document_signer_name(kh), "Trần Thanh Hải");
    /* the seed is cut before the signature block */
    ck_assert_ptr_null(congdoan_document_signer_position(kh));
    ck_assert_ptr_null(congdoan_document_signer_capacity(kh));
    ck_assert_str_eq(congdoan_document_title(kh),
                     "THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW NGÀY 05/01/2022 CỦA BAN BÍ THƯ VÀ NGHỊ QUYẾT SỐ 15/NQ-BCH NGÀY "
                     "11/02/2022 CỦA BAN CHẤP HÀNH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
    /* "Cơ quan ban hành Tổng liên đoàn Lao động Việt Nam"; "Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch" */
    ck_assert_str_eq(congdoan_document_issuer_id(kh), "tld");
    const congdoan_unit *issuer = congdoan_document_issuer(kh);
    ck_assert_ptr_eq(issuer, congdoan_corpus_unit_by_id(corpus, "tld"));
    ck_assert_str_eq(congdoan_unit_name(issuer), "Tổng Liên đoàn Lao động Việt Nam");
    ck_assert_str_eq(congdoan_document_issuing_body_id(kh), "tld.dct");
    const congdoan_unit *body = congdoan_document_issuing_body(kh);
    ck_assert_ptr_nonnull(body);
    ck_assert_int_eq(congdoan_unit_get_kind(body), CONGDOAN_UNIT_BODY);
    ck_assert_int_eq(congdoan_unit_body_kind(body), CONGDOAN_BODY_PRESIDIUM);
    ck_assert_str_eq(congdoan_unit_name(body), "Đoàn Chủ tịch");
    ck_assert_ptr_eq(congdoan_unit_parent(body), issuer);
    /* the seed is cut before "Nơi nhận" */
    ck_assert_uint_eq(congdoan_document_recipient_count(kh), 0);
    ck_assert_ptr_null(congdoan_document_recipient_text(kh, 0));
}
END_TEST

START_TEST(test_kh240_relations)
{
    /* "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 ... và Nghị quyết số 15/NQ-BCH ngày 11/02/2022" */
    ck_assert_uint_eq(congdoan_document_relation_count(kh), 2);
    ck_assert_int_eq(congdoan_document_relation_type(kh, 0), CONGDOAN_RELATION_IMPLEMENTS);
    ck_assert_str_eq(congdoan_document_relation_number(kh, 0), "12-CT/TW");
    ck_assert_int_eq(congdoan_document_relation_date(kh, 0), 20220105);
    ck_assert_ptr_null(congdoan_document_relation_target_id(kh, 0));
    ck_assert_ptr_null(congdoan_document_relation_target(kh, 0)); /* not loaded */
    ck_assert_str_eq(congdoan_document_relation_text(kh, 0),
                     "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao "
                     "hiệu quả đối ngoại nhân dân trong tình hình mới");
    ck_assert_int_eq(congdoan_document_relation_type(kh, 1), CONGDOAN_RELATION_IMPLEMENTS);
    ck_assert_str_eq(congdoan_document_relation_number(kh, 1), "15/NQ-BCH");
    ck_assert_int_eq(congdoan_document_relation_date(kh, 1), 20220211);
    ck_assert_ptr_null(congdoan_document_relation_target(kh, 1));
    ck_assert_str_eq(congdoan_document_relation_text(kh, 1),
                     "Nghị quyết số 15/NQ-BCH ngày 11/02/2022 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về "
                     "Công tác đối ngoại của Công đoàn Việt Nam trong tình hình mới");
    /* out of range */
    ck_assert_int_eq(congdoan_document_relation_type(kh, 2), 0);
    ck_assert_ptr_null(congdoan_document_relation_number(kh, 2));
    ck_assert_int_eq(congdoan_document_relation_date(kh, 2), 0);
    ck_assert_ptr_null(congdoan_document_relation_text(kh, 2));
    ck_assert_ptr_null(congdoan_document_relation_target(kh, 2));
    ck_assert_ptr_null(congdoan_document_relation_target_id(kh, 2));
}
END_TEST

START_TEST(test_kh240_sections)
{
    static const heading top[] = {
        {NULL, NULL}, /* the preamble */
        {"I.", "MỤC ĐÍCH, YÊU CẦU"},
        {"II.", "NHIỆM VỤ TRỌNG TÂM"},
        {"III.", "TỔ CHỨC THỰC HIỆN"},
    };
    ck_assert_uint_eq(congdoan_document_section_count(kh), 4);
    check_headings(NULL, kh, top, 4);
    ck_assert_ptr_null(congdoan_document_section(kh, 4));

    const congdoan_section *pre = congdoan_document_section(kh, 0);
    ck_assert_str_eq(congdoan_section_id(pre), "sec-preamble");
    ck_assert_uint_eq(congdoan_section_item_count(pre), 1);
    ck_assert_int_eq(congdoan_section_item_kind(pre, 0), CONGDOAN_ITEM_PARAGRAPH);
    ck_assert_str_eq(congdoan_section_item_text(pre, 0),
                     "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, "
                     "nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới và Nghị quyết số 15/NQ-BCH ngày "
                     "11/02/2022 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Tổng Liên đoàn) về Công tác đối "
                     "ngoại của Công đoàn Việt Nam trong tình hình mới, Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch "
                     "thực hiện với những nội dung sau:");

    /* I: the three "- " paragraphs */
    const congdoan_section *s1 = congdoan_document_section(kh, 1);
    ck_assert_str_eq(congdoan_section_id(s1), "sec-i");
    ck_assert_uint_eq(congdoan_section_item_count(s1), 3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(congdoan_section_item_kind(s1, i), CONGDOAN_ITEM_PARAGRAPH);
    ck_assert_str_eq(congdoan_section_item_text(s1, 0),
                     "Quán triệt, chỉ đạo các cấp công đoàn tập trung tổ chức triển khai thực hiện nghiêm túc, có hiệu "
                     "quả Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng "
                     "cao hiệu quả đối ngoại nhân dân trong tình hình mới và Nghị quyết số 15/NQ-BCH ngày 11/02/2022 "
                     "của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về Công tác đối ngoại của Công đoàn Việt Nam "
                     "trong tình hình mới.");
    ck_assert_str_eq(congdoan_section_item_text(s1, 2),
                     "Các đơn vị được phân công chủ trì hoặc làm đầu mối chủ động thực hiện và chịu trách nhiệm trước "
                     "Đoàn Chủ tịch Tổng Liên đoàn trong việc đề xuất và tổ chức triển khai thực hiện những nhiệm vụ, "
                     "giải pháp cụ thể. Các đơn vị liên quan có trách nhiệm phối hợp chặt chẽ với đơn vị chủ trì trong "
                     "quá trình triển khai thực hiện những nhiệm vụ, giải pháp cụ thể.");
    ck_assert_ptr_null(congdoan_section_item_task(s1, 0));

    /* II: nine numbered focus tasks, "1." to "9.", one task each */
    const congdoan_section *s2 = congdoan_document_section(kh, 2);
    ck_assert_uint_eq(congdoan_section_item_count(s2), 9);
    for (size_t i = 0; i < 9; i++) {
        char number[8], task_id[8];
        snprintf(number, sizeof number, "%zu.", i + 1);
        snprintf(task_id, sizeof task_id, "ii-%zu", i + 1);
        ck_assert_int_eq(congdoan_section_item_kind(s2, i), CONGDOAN_ITEM_SECTION);
        const congdoan_section *sub = congdoan_section_item_section(s2, i);
        ck_assert_str_eq(congdoan_section_number(sub), number);
        ck_assert_ptr_null(congdoan_section_title(sub));
        ck_assert_ptr_eq(congdoan_section_parent(sub), s2);
        ck_assert_uint_eq(congdoan_section_item_count(sub), 1);
        ck_assert_int_eq(congdoan_section_item_kind(sub, 0), CONGDOAN_ITEM_TASK);
        ck_assert_str_eq(congdoan_task_id(congdoan_section_item_task(sub, 0)), task_id);
    }

    /* III: only III.1 "Ban Đối ngoại Tổng Liên đoàn" is in the seed, with its nine "- " bullets */
    const congdoan_section *s3 = congdoan_document_section(kh, 3);
    ck_assert_uint_eq(congdoan_section_item_count(s3), 1);
    const congdoan_section *s31 = congdoan_section_item_section(s3, 0);
    ck_assert_str_eq(congdoan_section_id(s31), "sec-iii-1");
    ck_assert_str_eq(congdoan_section_number(s31), "1.");
    ck_assert_str_eq(congdoan_section_title(s31), "Ban Đối ngoại Tổng Liên đoàn");
    ck_assert_ptr_eq(congdoan_section_parent(s31), s3);
    ck_assert_ptr_eq(congdoan_section_document(s31), kh);
    ck_assert_uint_eq(congdoan_section_item_count(s31), 9);
    for (size_t i = 0; i < 9; i++)
        ck_assert_int_eq(congdoan_section_item_kind(s31, i), CONGDOAN_ITEM_TASK);

    /* 9 focus tasks + 9 bullets of III.1; no indicator ("đến năm 2023" is a due time, not a target) */
    check_tree(kh, 18, 0);
}
END_TEST

/* ---- the Presidium's resolution (seed 001) ------------------------------------------------------- */

START_TEST(test_nq_metadata)
{
    ck_assert_int_eq(congdoan_document_get_kind(nq), CONGDOAN_DOCUMENT_RESOLUTION);
    /* the seed prints no số, no date, no place */
    ck_assert_ptr_null(congdoan_document_number(nq));
    ck_assert_int_eq(congdoan_document_issued(nq), 0);
    ck_assert_int_eq(congdoan_document_effective(nq), 0);
    ck_assert_ptr_null(congdoan_document_place(nq));
    ck_assert_ptr_null(congdoan_document_field(nq));
    /* the heading's "CỦA ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN …" is the issuing body; the title is "VỀ …" */
    ck_assert_str_eq(congdoan_document_title(nq), "VỀ TĂNG CƯỜNG HOẠT ĐỘNG ĐỐI NGOẠI, ĐẨY MẠNH HỢP TÁC QUỐC TẾ CỦA CÔNG "
                                                  "ĐOÀN VIỆT NAM");
    /* "TM. ĐOÀN CHỦ TỊCH / CHỦ TỊCH / Đặng Ngọc Tùng" */
    ck_assert_str_eq(congdoan_document_signer_name(nq), "Đặng Ngọc Tùng");
    ck_assert_str_eq(congdoan_document_signer_position(nq), "Chủ tịch");
    ck_assert_str_eq(congdoan_document_signer_capacity(nq), "TM. Đoàn Chủ tịch");
    ck_assert_ptr_eq(congdoan_document_issuer(nq), congdoan_corpus_unit_by_id(corpus, "tld"));
    ck_assert_int_eq(congdoan_unit_body_kind(congdoan_document_issuing_body(nq)), CONGDOAN_BODY_PRESIDIUM);
    /* "Thực hiện Nghị quyết số 4b/TLĐ ngày 5/1/1996 ..." */
    ck_assert_uint_eq(congdoan_document_relation_count(nq), 1);
    ck_assert_int_eq(congdoan_document_relation_type(nq, 0), CONGDOAN_RELATION_IMPLEMENTS);
    ck_assert_str_eq(congdoan_document_relation_number(nq, 0), "4b/TLĐ");
    ck_assert_int_eq(congdoan_document_relation_date(nq, 0), 19960105);
    ck_assert_ptr_null(congdoan_document_relation_target(nq, 0));
    ck_assert_str_eq(congdoan_document_relation_text(nq, 0),
                     "Nghị quyết số 4b/TLĐ ngày 5/1/1996 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khoá VII) "
                     "về “Mở rộng hợp tác quốc tế”");
}
END_TEST

START_TEST(test_nq_recipients)
{
    /* "Nơi nhận", one line each, without the list marker, typos kept */
    static const char *const want[] = {
        "Ban Đối ngoại TW",
        "Bộ Ngoại giao",
        "Liên hiệp các Tổ chức hữu nghị",
        "Các Đ/c UV Đoàn Chủ tịch TLĐ;",
        "Các Ban, đơn vị trực thuộc TLD;",
        "LĐLĐ tỉnh, Tp. CĐ ngành TW",
        "CĐ các Tổng Cty trực thuộc TLI",
        "Lực Lượng phòng BDN TLI",
        "Lưu Văn phong, BDN TLD",
    };
    ck_assert_uint_eq(congdoan_document_recipient_count(nq), 9);
    for (size_t i = 0; i < 9; i++)
        ck_assert_str_eq(congdoan_document_recipient_text(nq, i), want[i]);
    ck_assert_ptr_null(congdoan_document_recipient_text(nq, 9));
    /* "Ban Đối ngoại TW" is the Party's commission, not the confederation's Ban Đối ngoại */
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(nq, 0));
    ck_assert_ptr_null(congdoan_document_recipient_unit(nq, 0));
    /* the members of the Presidium: addressed to the Presidium */
    ck_assert_str_eq(congdoan_document_recipient_unit_id(nq, 3), "tld.dct");
    ck_assert_ptr_eq(congdoan_document_recipient_unit(nq, 3), congdoan_corpus_unit_by_id(corpus, "tld.dct"));
    ck_assert_ptr_null(congdoan_document_recipient_unit(nq, 8));
    ck_assert_ptr_null(congdoan_document_recipient_unit(nq, 9));
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(nq, 9));
}
END_TEST

START_TEST(test_nq_sections)
{
    static const heading top[] = {
        {"I.", "TÌNH HÌNH HOẠT ĐỘNG ĐỐI NGOẠI CÔNG ĐOÀN VIỆT NAM THỜI GIAN QUA"},
        {"II.", "QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ TĂNG CƯỜNG HOẠT ĐỘNG ĐỐI NGOẠI, ĐẨY MẠNH HỢP TÁC QUỐC TẾ CỦA CÔNG "
                "ĐOÀN VIỆT NAM TRONG THỜI GIAN TỚI"},
        {"III.", "TỔ CHỨC THỰC HIỆN"},
    };
    check_headings(NULL, nq, top, 3);
    const congdoan_section *s2 = congdoan_document_section(nq, 1);
    static const heading ii[] = {
        {"1.", "Dự báo tình hình thế giới và trong nước thời gian tới"},
        {"2.", "Quan điểm, Mục tiêu"},
        {"3.", "Nhiệm vụ và giải pháp chủ yếu"},
    };
    ck_assert_uint_eq(congdoan_section_item_count(s2), 3);
    check_headings(s2, nq, ii, 3);
    /* II.1: three paragraphs; the second one as printed */
    const congdoan_section *s21 = congdoan_section_item_section(s2, 0);
    ck_assert_uint_eq(congdoan_section_item_count(s21), 3);
    ck_assert_str_eq(congdoan_section_item_text(s21, 1),
                     "Sau 25 năm đổi mới, thế và lực của Việt Nam ngày càng lớn mạnh, vai trò và uy tín của nước ta trên "
                     "trường quốc tế ngày càng được khẳng định. Kinh tế tiếp tục phát triển, an ninh chính trị được giữ "
                     "vững. Việt Nam hội nhập ngày càng sâu rộng vào nền kinh tế thế giới. Tuy nhiên, các thế lực thù "
                     "địch vẫn tiếp tục lợi dụng vấn đề dân chủ, nhân quyền, tôn giáo, các vấn đề liên quan đến lao động "
                     "và công đoàn nhằm phá hoại đường lối đổi mới của đất nước ta.");
    /* II.3: the lead-in paragraph, then 3.1. to 3.7. */
    const congdoan_section *s23 = congdoan_section_item_section(s2, 2);
    ck_assert_uint_eq(congdoan_section_item_count(s23), 8);
    ck_assert_int_eq(congdoan_section_item_kind(s23, 0), CONGDOAN_ITEM_PARAGRAPH);
    ck_assert_str_eq(congdoan_section_item_text(s23, 0), "Để đạt được mục tiêu trên, các cấp công đoàn trong cả nước "
                                                         "cần tập trung thực hiện tốt những nhiệm vụ chủ yếu sau:");
    for (size_t i = 1; i < 8; i++) {
        char number[8];
        snprintf(number, sizeof number, "3.%zu.", i);
        const congdoan_section *sub = congdoan_section_item_section(s23, i);
        ck_assert_ptr_nonnull(sub);
        ck_assert_str_eq(congdoan_section_number(sub), number);
        ck_assert_ptr_eq(congdoan_section_parent(sub), s23);
        ck_assert_ptr_eq(congdoan_section_parent(congdoan_section_parent(sub)), s2);
    }
    const congdoan_section *s3 = congdoan_document_section(nq, 2);
    static const heading iii[] = {
        {"1.", "Tổng Liên đoàn Lao động Việt Nam"},
        {"2.", "Các Công đoàn ngành Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn Lao động Việt Nam, "
               "Liên đoàn Lao động tỉnh, thành phố"},
    };
    check_headings(s3, nq, iii, 2);
    /* 3.1–3.7 and the two bullets of each of III.1 and III.2 */
    check_tree(nq, 11, 0);
}
END_TEST

/* ---- Chương trình 13/CTr-LĐLĐ (seed 004) --------------------------------------------------------- */

START_TEST(test_ctr13_metadata)
{
    /* "Số:13/CTr-LĐLĐ", "Lai Châu, ngày 27 tháng 02 năm 2025", "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Hoàng Thọ Trung" */
    ck_assert_int_eq(congdoan_document_get_kind(ctr), CONGDOAN_DOCUMENT_PROGRAMME);
    ck_assert_str_eq(congdoan_document_number(ctr), "13/CTr-LĐLĐ");
    ck_assert_int_eq(congdoan_document_issued(ctr), 20250227);
    ck_assert_int_eq(congdoan_document_effective(ctr), 0);
    ck_assert_str_eq(congdoan_document_place(ctr), "Lai Châu");
    ck_assert_ptr_null(congdoan_document_field(ctr));
    ck_assert_str_eq(congdoan_document_title(ctr), "Chương trình Công tác công đoàn năm 2025");
    ck_assert_str_eq(congdoan_document_signer_name(ctr), "Hoàng Thọ Trung");
    ck_assert_str_eq(congdoan_document_signer_position(ctr), "Chủ tịch");
    ck_assert_str_eq(congdoan_document_signer_capacity(ctr), "TM. Ban Thường vụ");
    /* "Ban Chấp hành LĐLĐ tỉnh ban hành Chương trình công tác công đoàn năm 2025" */
    ck_assert_str_eq(congdoan_document_issuer_id(ctr), "laichau");
    ck_assert_str_eq(congdoan_unit_name(congdoan_document_issuer(ctr)), "Liên đoàn Lao động tỉnh Lai Châu");
    const congdoan_unit *body = congdoan_document_issuing_body(ctr);
    ck_assert_str_eq(congdoan_unit_id(body), "laichau.bch");
    ck_assert_int_eq(congdoan_unit_body_kind(body), CONGDOAN_BODY_EXECUTIVE_COMMITTEE);
}
END_TEST

typedef struct relation_case {
    congdoan_relation_type type;
    const char *number;
    int date;
} relation_case;

START_TEST(test_ctr13_relations)
{
    /* every numbered document the programme implements or reviews, dates as printed in seed 004 */
    static const relation_case want[] = {
        {CONGDOAN_RELATION_IMPLEMENTS, "02-NQ/TW", 20210612},     /* ngày 12/6/2021 */
        {CONGDOAN_RELATION_IMPLEMENTS, "03/KL-BCH", 20220118},    /* ngày 18/01/2022 */
        {CONGDOAN_RELATION_IMPLEMENTS, "01-KL/TW", 20210518},     /* ngày 18/5/2021 */
        {CONGDOAN_RELATION_IMPLEMENTS, "1268/QĐ-TTg", 20221019},  /* ngày 19/10/2022 */
        {CONGDOAN_RELATION_IMPLEMENTS, "69/HD-LĐLĐ", 20230103},   /* ngày 03/01/2023 */
        {CONGDOAN_RELATION_REVIEWS, "52-CT/TW", 20160109},        /* "chuẩn bị tổng kết 10 năm" */
        {CONGDOAN_RELATION_REVIEWS, "07/TLĐ-BCH", 20200115},      /* "sơ kết 05 năm" */
        {CONGDOAN_RELATION_REVIEWS, "18-NQ/TW", 0},               /* "Tổng kết"; no date printed */
        {CONGDOAN_RELATION_IMPLEMENTS, "217-QĐ/TW", 20131212},
        {CONGDOAN_RELATION_IMPLEMENTS, "218-QĐ/TW", 20131212},    /* "ngày 12/12/2013" */
        {CONGDOAN_RELATION_IMPLEMENTS, "05/KL-BCH", 20210908},    /* ngày 8/9/2021 */
        {CONGDOAN_RELATION_REVIEWS, "1500b/KL-TLĐ", 20210108},    /* "Tổ chức sơ kết", ngày 08/01/2021 */
        {CONGDOAN_RELATION_IMPLEMENTS, "105/2020/NĐ-CP", 20200908},
        {CONGDOAN_RELATION_IMPLEMENTS, "2238/QĐ-TTg", 20211230},
        {CONGDOAN_RELATION_IMPLEMENTS, "12-CT/TW", 20220105},
        {CONGDOAN_RELATION_IMPLEMENTS, "15/NQ-BCH", 20220211},
        {CONGDOAN_RELATION_REVIEWS, "06b/NQ-TLĐ", 20150803},      /* "tổng kết 10 năm" */
        {CONGDOAN_RELATION_REVIEWS, "01/KL-BCH", 20210315},
        {CONGDOAN_RELATION_IMPLEMENTS, "06/CTr-LĐLĐ", 20240131},
    };
    const size_t n = sizeof want / sizeof want[0];
    ck_assert_uint_eq(congdoan_document_relation_count(ctr), n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(congdoan_document_relation_type(ctr, i), want[i].type);
        ck_assert_str_eq(congdoan_document_relation_number(ctr, i), want[i].number);
        ck_assert_int_eq(congdoan_document_relation_date(ctr, i), want[i].date);
        ck_assert_ptr_null(congdoan_document_relation_target_id(ctr, i));
        ck_assert_ptr_null(congdoan_document_relation_target(ctr, i));
        ck_assert_ptr_nonnull(congdoan_document_relation_text(ctr, i));
        /* the text names the document by its number */
        ck_assert_ptr_nonnull(strstr(congdoan_document_relation_text(ctr, i), want[i].number));
    }
    ck_assert_str_eq(congdoan_document_relation_text(ctr, 3), "Quyết định số 1268/QĐ-TTg ngày 19/10/2022");
    ck_assert_str_eq(congdoan_relation_type_name(congdoan_document_relation_type(ctr, 5)), "reviews");
}
END_TEST

START_TEST(test_ctr13_recipients)
{
    static const char *const want[] = {
        "Tổng LĐLĐ Việt Nam",
        "Ban Dân vận Văn, phòng Tỉnh ủy",
        "Ủy ban TW Mặt trận Tổ quốc và các đoàn thể - chính trị tỉnh",
        "Các đồng chí UV BCH LĐLĐ tỉnh",
        "Văn phòng, các Ban LĐLĐ tỉnh",
        "LĐLĐ các huyện, thành phố, CDN, CĐVC",
        "Lưu: VT, VP",
    };
    ck_assert_uint_eq(congdoan_document_recipient_count(ctr), 7);
    for (size_t i = 0; i < 7; i++)
        ck_assert_str_eq(congdoan_document_recipient_text(ctr, i), want[i]);
    ck_assert_ptr_eq(congdoan_document_recipient_unit(ctr, 0), congdoan_corpus_unit_by_id(corpus, "tld"));
    ck_assert_str_eq(congdoan_document_recipient_unit_id(ctr, 3), "laichau.bch");
    ck_assert_ptr_eq(congdoan_document_recipient_unit(ctr, 3), congdoan_corpus_unit_by_id(corpus, "laichau.bch"));
    ck_assert_ptr_null(congdoan_document_recipient_unit(ctr, 1));
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(ctr, 6));
}
END_TEST

START_TEST(test_ctr13_sections)
{
    static const heading top[] = {
        {NULL, NULL},
        {"I.", "CHỦ ĐỀ HOẠT ĐỘNG NĂM 2025"},
        {"II.", "NHIỆM VỤ TRỌNG TÂM"},
        {"III.", "CÁC CHỈ TIÊU CHỦ YẾU"},
        {"IV.", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"},
        {"V.", "TỔ CHỨC THỰC HIỆN"},
    };
    ck_assert_uint_eq(congdoan_document_section_count(ctr), 6);
    check_headings(NULL, ctr, top, 6);

    const congdoan_section *pre = congdoan_document_section(ctr, 0);
    ck_assert_uint_eq(congdoan_section_item_count(pre), 2);
    ck_assert_ptr_nonnull(strstr(congdoan_section_item_text(pre, 1),
                                 "Ban Chấp hành LĐLĐ tỉnh ban hành Chương trình công tác công đoàn năm 2025:"));
    /* I: the theme of the year */
    const congdoan_section *s1 = congdoan_document_section(ctr, 1);
    ck_assert_uint_eq(congdoan_section_item_count(s1), 1);
    ck_assert_str_eq(congdoan_section_item_text(s1, 0),
                     "“Tập trung phát triển đoàn viên; tham gia xây dựng Đảng trong sạch, vững mạnh”.");

    /* II: (1) to (6), one task each */
    const congdoan_section *s2 = congdoan_document_section(ctr, 2);
    ck_assert_uint_eq(congdoan_section_item_count(s2), 6);
    for (size_t i = 0; i < 6; i++) {
        char number[8];
        snprintf(number, sizeof number, "(%zu)", i + 1);
        const congdoan_section *sub = congdoan_section_item_section(s2, i);
        ck_assert_str_eq(congdoan_section_number(sub), number);
        ck_assert_uint_eq(congdoan_section_item_count(sub), 1);
        ck_assert_int_eq(congdoan_section_item_kind(sub, 0), CONGDOAN_ITEM_TASK);
    }

    /* III: 13 "-" bullets, each the bullet as printed then its targets */
    static const size_t targets[13] = {2, 2, 3, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1};
    const congdoan_section *s3 = congdoan_document_section(ctr, 3);
    ck_assert_uint_eq(congdoan_section_item_count(s3), 13);
    for (size_t i = 0; i < 13; i++) {
        const congdoan_section *b = congdoan_section_item_section(s3, i);
        ck_assert_str_eq(congdoan_section_number(b), "-");
        ck_assert_ptr_null(congdoan_section_title(b));
        ck_assert_uint_eq(congdoan_section_item_count(b), 1 + targets[i]);
        ck_assert_int_eq(congdoan_section_item_kind(b, 0), CONGDOAN_ITEM_PARAGRAPH);
        for (size_t j = 1; j <= targets[i]; j++)
            ck_assert_int_eq(congdoan_section_item_kind(b, j), CONGDOAN_ITEM_INDICATOR);
    }
    ck_assert_str_eq(congdoan_section_item_text(congdoan_section_item_section(s3, 3), 0),
                     "Tuyên truyền, vận động phát triển mới (thực tăng) 1.810 đoàn viên.");

    /* IV: ten numbered groups with their titles and bullets (IV.3 has an unbulleted paragraph that
     * is a task of its own: 6 bullets + 1 paragraph + 1 bullet) */
    static const heading iv[] = {
        {"1.", "Đại diện, bảo vệ quyền lợi hợp pháp, chính đáng của đoàn viên, người lao động"},
        {"2.", "Chăm lo lợi ích đoàn viên, người lao động"},
        {"3.", "Công tác tuyên truyền, vận động, giáo dục đoàn viên, người lao động"},
        {"4.", "Thi đua lập thành tích chào mừng các ngày lễ, ngày kỷ niệm lớn của Đảng, đất nước và đại hội đảng các cấp"},
        {"5.", "Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở; tăng cường tham gia xây dựng Đảng, chính "
               "quyền trong sạch vững mạnh"},
        {"6.", "Công tác nữ công"},
        {"7.", "Công tác đối ngoại"},
        {"8.", "Công tác tài chính công đoàn"},
        {"9.", "Công tác kiểm tra, giám sát"},
        {"10.", "Công tác lãnh đạo, chỉ đạo và tổ chức thực hiện"},
    };
    static const size_t bullets[10] = {6, 3, 8, 4, 5, 4, 2, 2, 5, 5};
    const congdoan_section *s4 = congdoan_document_section(ctr, 4);
    ck_assert_uint_eq(congdoan_section_item_count(s4), 10);
    check_headings(s4, ctr, iv, 10);
    size_t iv_tasks = 0;
    for (size_t i = 0; i < 10; i++) {
        const congdoan_section *g = congdoan_section_item_section(s4, i);
        ck_assert_uint_eq(congdoan_section_item_count(g), bullets[i]);
        for (size_t j = 0; j < bullets[i]; j++)
            ck_assert_int_eq(congdoan_section_item_kind(g, j), CONGDOAN_ITEM_TASK);
        iv_tasks += bullets[i];
    }
    ck_assert_uint_eq(iv_tasks, 44);

    static const heading v[] = {
        {"1.", "Liên đoàn Lao động tỉnh"},
        {"2.", "Các Liên đoàn Lao động huyện, thành phố, Công đoàn Ngành, Công đoàn Viên chức"},
    };
    check_headings(congdoan_document_section(ctr, 5), ctr, v, 2);

    /* 6 focus tasks + 44 in IV + 2 in V; 19 targets in III */
    check_tree(ctr, 52, 19);
}
END_TEST

START_TEST(test_task_and_indicator_lookup)
{
    ck_assert_str_eq(congdoan_task_id(congdoan_document_task(kh, 0)), "ii-1");
    ck_assert_str_eq(congdoan_task_id(congdoan_document_task(kh, 17)), "iii-1-9");
    ck_assert_ptr_null(congdoan_document_task(kh, 18));
    ck_assert_ptr_eq(congdoan_document_task_by_id(kh, "iii-1-1"), congdoan_document_task(kh, 9));
    /* task ids are per document: iii-1-1 of the plan is not iii-1-1 of the resolution */
    ck_assert_ptr_ne(congdoan_document_task_by_id(kh, "iii-1-1"), congdoan_document_task_by_id(nq, "iii-1-1"));
    ck_assert_ptr_null(congdoan_document_task_by_id(kh, "iv-1-1"));
    ck_assert_ptr_null(congdoan_document_task_by_id(kh, NULL));
    ck_assert_ptr_null(congdoan_document_task_by_id(kh, "sec-ii")); /* a section id, not a task */
    ck_assert_str_eq(congdoan_task_id(congdoan_document_task(ctr, 51)), "v-2");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_document_indicator(ctr, 0)), "iii-1a");
    ck_assert_str_eq(congdoan_indicator_id(congdoan_document_indicator(ctr, 18)), "iii-13a");
    ck_assert_ptr_null(congdoan_document_indicator(ctr, 19));
    ck_assert_ptr_eq(congdoan_document_indicator_by_id(ctr, "iii-4a"), congdoan_document_indicator(ctr, 7));
    ck_assert_ptr_null(congdoan_document_indicator_by_id(ctr, "ii-1"));
    ck_assert_ptr_null(congdoan_document_indicator_by_id(ctr, NULL));
    ck_assert_ptr_null(congdoan_document_indicator(kh, 0));
    ck_assert_ptr_null(congdoan_document_indicator_by_id(kh, "iii-1a"));
}
END_TEST

/* ---- kinds and names ----------------------------------------------------------------------------- */

START_TEST(test_kind_names)
{
    ck_assert_str_eq(congdoan_document_kind_code(CONGDOAN_DOCUMENT_PLAN), "KH");
    ck_assert_str_eq(congdoan_document_kind_name(CONGDOAN_DOCUMENT_PLAN), "plan");
    ck_assert_str_eq(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_PLAN), "Kế hoạch");
    ck_assert_str_eq(congdoan_document_kind_code(CONGDOAN_DOCUMENT_PROGRAMME), "CTr");
    ck_assert_str_eq(congdoan_document_kind_name(CONGDOAN_DOCUMENT_PROGRAMME), "programme");
    ck_assert_str_eq(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_PROGRAMME), "Chương trình");
    ck_assert_str_eq(congdoan_document_kind_code(CONGDOAN_DOCUMENT_RESOLUTION), "NQ");
    ck_assert_str_eq(congdoan_document_kind_name(CONGDOAN_DOCUMENT_RESOLUTION), "resolution");
    ck_assert_str_eq(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_RESOLUTION), "Nghị quyết");
    ck_assert_ptr_null(congdoan_document_kind_code(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_name(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_name((congdoan_document_kind)13));
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_IMPLEMENTS), "implements");
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_BASED_ON), "based-on");
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_CONCRETISES), "concretises");
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_AMENDS), "amends");
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_REPLACES), "replaces");
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_REVIEWS), "reviews");
    ck_assert_ptr_null(congdoan_relation_type_name((congdoan_relation_type)0));
    ck_assert_str_eq(congdoan_relation_type_name(CONGDOAN_RELATION_REFERS_TO), "refers-to");
    ck_assert_ptr_null(congdoan_relation_type_name((congdoan_relation_type)8));
    /* the kind in kind= agrees with the code in the number */
    congdoan_docnumber *num = NULL;
    ck_assert_int_eq(congdoan_docnumber_parse(congdoan_document_number(ctr), &num), 0);
    ck_assert_int_eq(congdoan_docnumber_kind(num), congdoan_document_get_kind(ctr));
    congdoan_docnumber_free(num);
    ck_assert_int_eq(congdoan_docnumber_parse(congdoan_document_number(kh), &num), 0);
    ck_assert_int_eq(congdoan_docnumber_kind(num), congdoan_document_get_kind(kh));
    congdoan_docnumber_free(num);
}
END_TEST

/* ---- out of range and NULL ------------------------------------------------------------------------ */

START_TEST(test_out_of_range)
{
    ck_assert_ptr_null(congdoan_document_section(ctr, 6));
    ck_assert_ptr_null(congdoan_document_section(ctr, (size_t)-1));
    ck_assert_ptr_null(congdoan_document_recipient_text(ctr, 7));
    ck_assert_ptr_null(congdoan_document_recipient_unit(ctr, 7));
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(ctr, 7));
    ck_assert_int_eq(congdoan_document_relation_type(ctr, 19), 0);
    ck_assert_ptr_null(congdoan_document_relation_target(ctr, 19));
    const congdoan_section *s = congdoan_document_section(ctr, 1);
    ck_assert_int_eq(congdoan_section_item_kind(s, 1), CONGDOAN_ITEM_NONE);
    ck_assert_ptr_null(congdoan_section_item_text(s, 1));
    /* asking a paragraph for a section, task or indicator */
    ck_assert_ptr_null(congdoan_section_item_section(s, 0));
    ck_assert_ptr_null(congdoan_section_item_task(s, 0));
    ck_assert_ptr_null(congdoan_section_item_indicator(s, 0));
}
END_TEST

START_TEST(test_null_document)
{
    ck_assert_ptr_null(congdoan_document_id(NULL));
    ck_assert_int_eq(congdoan_document_get_kind(NULL), CONGDOAN_DOCUMENT_UNKNOWN);
    ck_assert_ptr_null(congdoan_document_number(NULL));
    ck_assert_ptr_null(congdoan_document_title(NULL));
    ck_assert_ptr_null(congdoan_document_issuer(NULL));
    ck_assert_ptr_null(congdoan_document_issuer_id(NULL));
    ck_assert_ptr_null(congdoan_document_issuing_body(NULL));
    ck_assert_ptr_null(congdoan_document_issuing_body_id(NULL));
    ck_assert_int_eq(congdoan_document_issued(NULL), 0);
    ck_assert_int_eq(congdoan_document_effective(NULL), 0);
    ck_assert_ptr_null(congdoan_document_place(NULL));
    ck_assert_ptr_null(congdoan_document_field(NULL));
    ck_assert_ptr_null(congdoan_document_signer_name(NULL));
    ck_assert_ptr_null(congdoan_document_signer_position(NULL));
    ck_assert_ptr_null(congdoan_document_signer_capacity(NULL));
    ck_assert_uint_eq(congdoan_document_relation_count(NULL), 0);
    ck_assert_int_eq(congdoan_document_relation_type(NULL, 0), 0);
    ck_assert_ptr_null(congdoan_document_relation_target(NULL, 0));
    ck_assert_ptr_null(congdoan_document_relation_target_id(NULL, 0));
    ck_assert_ptr_null(congdoan_document_relation_number(NULL, 0));
    ck_assert_int_eq(congdoan_document_relation_date(NULL, 0), 0);
    ck_assert_ptr_null(congdoan_document_relation_text(NULL, 0));
    ck_assert_uint_eq(congdoan_document_recipient_count(NULL), 0);
    ck_assert_ptr_null(congdoan_document_recipient_text(NULL, 0));
    ck_assert_ptr_null(congdoan_document_recipient_unit(NULL, 0));
    ck_assert_ptr_null(congdoan_document_recipient_unit_id(NULL, 0));
    ck_assert_uint_eq(congdoan_document_section_count(NULL), 0);
    ck_assert_ptr_null(congdoan_document_section(NULL, 0));
    ck_assert_uint_eq(congdoan_document_task_count(NULL), 0);
    ck_assert_ptr_null(congdoan_document_task(NULL, 0));
    ck_assert_ptr_null(congdoan_document_task_by_id(NULL, "ii-1"));
    ck_assert_uint_eq(congdoan_document_indicator_count(NULL), 0);
    ck_assert_ptr_null(congdoan_document_indicator(NULL, 0));
    ck_assert_ptr_null(congdoan_document_indicator_by_id(NULL, "iii-1a"));
    ck_assert_ptr_null(congdoan_section_id(NULL));
    ck_assert_ptr_null(congdoan_section_number(NULL));
    ck_assert_ptr_null(congdoan_section_title(NULL));
    ck_assert_ptr_null(congdoan_section_parent(NULL));
    ck_assert_ptr_null(congdoan_section_document(NULL));
    ck_assert_uint_eq(congdoan_section_item_count(NULL), 0);
    ck_assert_int_eq(congdoan_section_item_kind(NULL, 0), CONGDOAN_ITEM_NONE);
    ck_assert_ptr_null(congdoan_section_item_text(NULL, 0));
    ck_assert_ptr_null(congdoan_section_item_section(NULL, 0));
    ck_assert_ptr_null(congdoan_section_item_task(NULL, 0));
    ck_assert_ptr_null(congdoan_section_item_indicator(NULL, 0));
}
END_TEST

/* A document whose units are not loaded: the ids are kept, the units are NULL. */
START_TEST(test_unresolved_units)
{
    static const char *const files[] = {"kh-240-2022-tld.xml", NULL};
    congdoan_corpus *c = test_load(files);
    const congdoan_document *d = congdoan_corpus_document(c, 0);
    ck_assert_str_eq(congdoan_document_id(d), "kh-240-tld-2022");
    ck_assert_ptr_null(congdoan_document_issuer(d));
    ck_assert_str_eq(congdoan_document_issuer_id(d), "tld");
    ck_assert_ptr_null(congdoan_document_issuing_body(d));
    ck_assert_str_eq(congdoan_document_issuing_body_id(d), "tld.dct");
    check_tree(d, 18, 0);
    congdoan_corpus_free(c);
}
END_TEST

static Suite *document_suite(void)
{
    Suite *s = suite_create("document");
    TCase *tc = tcase_create("document");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_kh240_metadata);
    tcase_add_test(tc, test_kh240_relations);
    tcase_add_test(tc, test_kh240_sections);
    tcase_add_test(tc, test_nq_metadata);
    tcase_add_test(tc, test_nq_recipients);
    tcase_add_test(tc, test_nq_sections);
    tcase_add_test(tc, test_ctr13_metadata);
    tcase_add_test(tc, test_ctr13_relations);
    tcase_add_test(tc, test_ctr13_recipients);
    tcase_add_test(tc, test_ctr13_sections);
    tcase_add_test(tc, test_task_and_indicator_lookup);
    tcase_add_test(tc, test_kind_names);
    tcase_add_test(tc, test_out_of_range);
    tcase_add_test(tc, test_null_document);
    suite_add_tcase(s, tc);
    TCase *alone = tcase_create("unresolved");
    tcase_add_test(alone, test_unresolved_units);
    suite_add_tcase(s, alone);
    return s;
}

int main(void)
{
    return test_run_suite(document_suite());
}
