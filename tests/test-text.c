/* Tests of congdoan/text.h: document numbers, dates, numbers, periods and NFC, on the forms
 * found in the seed documents (/work/shared/seeds), plus the document-kind names. Precomposed
 * Vietnamese is written as UTF-8 literals; decomposed forms are spelt out with byte escapes so
 * that no editor can silently normalise them. */
#include "test-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/vntext.h"

/* Each rejection must also leave a message saying why. */
#define ASSERT_FAILED_WITH(rc, code)                                                          \
    do {                                                                                      \
        ck_assert_int_eq((rc), (code));                                                       \
        ck_assert_int_eq(congdoan_error_last_code(), (code));                                 \
        ck_assert_msg(congdoan_error_last_message()[0] != '\0', "no error message recorded"); \
    } while (0)

/* A value that no parser produces, to see out-parameters being reset. */
static int sentinel;

/* ---- document numbers ------------------------------------------------------------------------ */

typedef struct docnumber_case {
    const char *input;
    const char *text;
    const char *serial;
    long serial_value;
    int year;
    const char *kind_code;
    congdoan_document_kind kind;
    const char *issuer;
    congdoan_docnumber_style style;
} docnumber_case;

#define STD CONGDOAN_DOCNUMBER_STANDARD
#define PARTY CONGDOAN_DOCNUMBER_PARTY
#define ISSUER CONGDOAN_DOCNUMBER_ISSUER_ONLY
#define YEAR CONGDOAN_DOCNUMBER_WITH_YEAR
#define JOINT CONGDOAN_DOCNUMBER_JOINT

static const docnumber_case docnumbers[] = {
    /* every number in the seeds */
    {"240/KH-TLĐ", "240/KH-TLĐ", "240", 240, 0, "KH", CONGDOAN_DOCUMENT_PLAN, "TLĐ", STD},
    {"13/CTr-LĐLĐ", "13/CTr-LĐLĐ", "13", 13, 0, "CTr", CONGDOAN_DOCUMENT_PROGRAMME, "LĐLĐ", STD},
    {"15/NQ-BCH", "15/NQ-BCH", "15", 15, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "BCH", STD},
    {"12-CT/TW", "12-CT/TW", "12", 12, 0, "CT", CONGDOAN_DOCUMENT_DIRECTIVE, "TW", PARTY},
    {"02-NQ/TW", "02-NQ/TW", "02", 2, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "TW", PARTY},
    {"4b/TLĐ", "4b/TLĐ", "4b", 4, 0, NULL, CONGDOAN_DOCUMENT_UNKNOWN, "TLĐ", ISSUER},
    {"7c/NQ-BCH", "7c/NQ-BCH", "7c", 7, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "BCH", STD},
    {"1500b/KL-TLĐ", "1500b/KL-TLĐ", "1500b", 1500, 0, "KL", CONGDOAN_DOCUMENT_CONCLUSION, "TLĐ", STD},
    {"105/2020/NĐ-CP", "105/2020/NĐ-CP", "105", 105, 2020, "NĐ", CONGDOAN_DOCUMENT_UNKNOWN, "CP", YEAR},
    {"1268/QĐ-TTg", "1268/QĐ-TTg", "1268", 1268, 0, "QĐ", CONGDOAN_DOCUMENT_DECISION, "TTg", STD},
    {"03/KL-BCH", "03/KL-BCH", "03", 3, 0, "KL", CONGDOAN_DOCUMENT_CONCLUSION, "BCH", STD},
    {"07/TLĐ-BCH", "07/TLĐ-BCH", "07", 7, 0, NULL, CONGDOAN_DOCUMENT_UNKNOWN, "TLĐ-BCH", ISSUER},
    {"06b/NQ-TLĐ", "06b/NQ-TLĐ", "06b", 6, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "TLĐ", STD},
    {"01-KL/TW", "01-KL/TW", "01", 1, 0, "KL", CONGDOAN_DOCUMENT_CONCLUSION, "TW", PARTY},
    {"217-QĐ/TW", "217-QĐ/TW", "217", 217, 0, "QĐ", CONGDOAN_DOCUMENT_DECISION, "TW", PARTY},
    {"218-QĐ/TW", "218-QĐ/TW", "218", 218, 0, "QĐ", CONGDOAN_DOCUMENT_DECISION, "TW", PARTY},
    {"18-NQ/TW", "18-NQ/TW", "18", 18, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "TW", PARTY},
    {"52-CT/TW", "52-CT/TW", "52", 52, 0, "CT", CONGDOAN_DOCUMENT_DIRECTIVE, "TW", PARTY},
    {"69/HD-LĐLĐ", "69/HD-LĐLĐ", "69", 69, 0, "HD", CONGDOAN_DOCUMENT_GUIDANCE, "LĐLĐ", STD},
    {"06/CTr-LĐLĐ", "06/CTr-LĐLĐ", "06", 6, 0, "CTr", CONGDOAN_DOCUMENT_PROGRAMME, "LĐLĐ", STD},
    {"2238/QĐ-TTg", "2238/QĐ-TTg", "2238", 2238, 0, "QĐ", CONGDOAN_DOCUMENT_DECISION, "TTg", STD},
    {"12b/NQ-BCH", "12b/NQ-BCH", "12b", 12, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "BCH", STD},
    {"6b/NQ-BCH", "6b/NQ-BCH", "6b", 6, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "BCH", STD},
    {"03/CT-TLĐ", "03/CT-TLĐ", "03", 3, 0, "CT", CONGDOAN_DOCUMENT_DIRECTIVE, "TLĐ", STD},
    {"05/KL-BCH", "05/KL-BCH", "05", 5, 0, "KL", CONGDOAN_DOCUMENT_CONCLUSION, "BCH", STD},
    {"01/KL-BCH", "01/KL-BCH", "01", 1, 0, "KL", CONGDOAN_DOCUMENT_CONCLUSION, "BCH", STD},
    {"40/CĐ-TTg", "40/CĐ-TTg", "40", 40, 0, "CĐ", CONGDOAN_DOCUMENT_UNKNOWN, "TTg", STD},
    /* the "Số:" prefix as printed under the issuer's name, and in running text */
    {"Số: 240/KH-TLĐ", "240/KH-TLĐ", "240", 240, 0, "KH", CONGDOAN_DOCUMENT_PLAN, "TLĐ", STD},
    {"Số:13/CTr-LĐLĐ", "13/CTr-LĐLĐ", "13", 13, 0, "CTr", CONGDOAN_DOCUMENT_PROGRAMME, "LĐLĐ", STD},
    {"  số 12-CT/TW \n", "12-CT/TW", "12", 12, 0, "CT", CONGDOAN_DOCUMENT_DIRECTIVE, "TW", PARTY},
    {"SỐ 15/NQ-BCH", "15/NQ-BCH", "15", 15, 0, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "BCH", STD},
    /* "Số" decomposed: o + U+0302 COMBINING CIRCUMFLEX + U+0301 COMBINING ACUTE */
    {"So\xcc\x82\xcc\x81: 13/CTr-LĐLĐ", "13/CTr-LĐLĐ", "13", 13, 0, "CTr", CONGDOAN_DOCUMENT_PROGRAMME, "LĐLĐ", STD},
    /* an issuer with a decomposed letter (U+0055 U+031B U+0309 = Ử) comes out precomposed */
    {"5/KH-U\xcc\x9b\xcc\x89Y", "5/KH-\xe1\xbb\xacY", "5", 5, 0, "KH", CONGDOAN_DOCUMENT_PLAN, "\xe1\xbb\xacY", STD},
    /* no-break spaces around, an en dash for the hyphen */
    {"\xc2\xa0" "240/KH\xe2\x80\x93TLĐ\xc2\xa0", "240/KH-TLĐ", "240", 240, 0, "KH", CONGDOAN_DOCUMENT_PLAN, "TLĐ", STD},
    /* the other kinds */
    {"01/ĐA-TLĐ", "01/ĐA-TLĐ", "01", 1, 0, "ĐA", CONGDOAN_DOCUMENT_SCHEME, "TLĐ", STD},
    {"10/BC-TLĐ", "10/BC-TLĐ", "10", 10, 0, "BC", CONGDOAN_DOCUMENT_REPORT, "TLĐ", STD},
    {"5/QC-TLĐ", "5/QC-TLĐ", "5", 5, 0, "QC", CONGDOAN_DOCUMENT_REGULATION, "TLĐ", STD},
    {"88/TB-TLĐ", "88/TB-TLĐ", "88", 88, 0, "TB", CONGDOAN_DOCUMENT_NOTICE, "TLĐ", STD},
    /* state legal documents: Thông tư, a law with no kind code, a compound issuer */
    {"01/2021/TT-BLĐTBXH", "01/2021/TT-BLĐTBXH", "01", 1, 2021, "TT", CONGDOAN_DOCUMENT_UNKNOWN, "BLĐTBXH", YEAR},
    {"45/2019/QH14", "45/2019/QH14", "45", 45, 2019, NULL, CONGDOAN_DOCUMENT_UNKNOWN, "QH14", YEAR},
    {"9/2021/NQ-HĐND", "9/2021/NQ-HĐND", "9", 9, 2021, "NQ", CONGDOAN_DOCUMENT_RESOLUTION, "HĐND", YEAR},
    {"1/1945/SL", "1/1945/SL", "1", 1, 1945, NULL, CONGDOAN_DOCUMENT_UNKNOWN, "SL", YEAR},
    {"1/2100/NĐ-CP", "1/2100/NĐ-CP", "1", 1, 2100, "NĐ", CONGDOAN_DOCUMENT_UNKNOWN, "CP", YEAR},
    {"123/QĐ-UBND-VX", "123/QĐ-UBND-VX", "123", 123, 0, "QĐ", CONGDOAN_DOCUMENT_DECISION, "UBND-VX", STD},
    {"999999/KH-TLĐ", "999999/KH-TLĐ", "999999", 999999, 0, "KH", CONGDOAN_DOCUMENT_PLAN, "TLĐ", STD},
    /* a joint plan (kế hoạch liên tịch) of LĐLĐ and Tỉnh Đoàn Bình Dương (corpus-dev 14), a joint
     * circular */
    {"02/KHLT/LĐLĐ-TĐTN", "02/KHLT/LĐLĐ-TĐTN", "02", 2, 0, "KHLT", CONGDOAN_DOCUMENT_PLAN, "LĐLĐ-TĐTN", JOINT},
    {"Số: 02/KHLT/LĐLĐ-TĐTN", "02/KHLT/LĐLĐ-TĐTN", "02", 2, 0, "KHLT", CONGDOAN_DOCUMENT_PLAN, "LĐLĐ-TĐTN", JOINT},
    {"5/TTLT/BLĐTBXH-BTC", "5/TTLT/BLĐTBXH-BTC", "5", 5, 0, "TTLT", CONGDOAN_DOCUMENT_UNKNOWN, "BLĐTBXH-BTC", JOINT},
};

START_TEST(test_docnumber_valid)
{
    const docnumber_case *c = &docnumbers[_i];
    congdoan_docnumber *n = NULL;
    int rc = congdoan_docnumber_parse(c->input, &n);
    ck_assert_msg(rc == 0, "'%s': %d %s", c->input, rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(n);
    ck_assert_str_eq(congdoan_docnumber_text(n), c->text);
    ck_assert_str_eq(congdoan_docnumber_serial(n), c->serial);
    ck_assert_int_eq(congdoan_docnumber_serial_value(n), c->serial_value);
    ck_assert_int_eq(congdoan_docnumber_year(n), c->year);
    if (c->kind_code)
        ck_assert_pstr_eq(congdoan_docnumber_kind_code(n), c->kind_code);
    else
        ck_assert_ptr_null(congdoan_docnumber_kind_code(n));
    ck_assert_int_eq(congdoan_docnumber_kind(n), c->kind);
    ck_assert_str_eq(congdoan_docnumber_issuer_code(n), c->issuer);
    ck_assert_int_eq(congdoan_docnumber_get_style(n), c->style);
    congdoan_docnumber_free(n);
}
END_TEST

/* The text of a number is canonical: parsing it again gives the same number. */
START_TEST(test_docnumber_round_trip)
{
    const docnumber_case *c = &docnumbers[_i];
    congdoan_docnumber *a = NULL, *b = NULL;
    ck_assert_int_eq(congdoan_docnumber_parse(c->input, &a), 0);
    ck_assert_int_eq(congdoan_docnumber_parse(congdoan_docnumber_text(a), &b), 0);
    ck_assert_str_eq(congdoan_docnumber_text(b), congdoan_docnumber_text(a));
    ck_assert_str_eq(congdoan_docnumber_issuer_code(b), congdoan_docnumber_issuer_code(a));
    ck_assert_int_eq(congdoan_docnumber_get_style(b), congdoan_docnumber_get_style(a));
    congdoan_docnumber_free(a);
    congdoan_docnumber_free(b);
}
END_TEST

typedef struct rejection {
    const char *input;
    int code;
} rejection;

static const rejection bad_docnumbers[] = {
    {"", CONGDOAN_EPARSE},
    {"   ", CONGDOAN_EPARSE},
    {"Số:", CONGDOAN_EPARSE},
    {"240", CONGDOAN_EPARSE},
    {"/KH-TLĐ", CONGDOAN_EPARSE},
    {"240/", CONGDOAN_EPARSE},
    {"abc/KH", CONGDOAN_EPARSE},
    {"240/KH-", CONGDOAN_EPARSE},
    {"12-CT/", CONGDOAN_EPARSE},
    {"12-CT", CONGDOAN_EPARSE},
    {"12-/TW", CONGDOAN_EPARSE},
    {"240 /KH-TLĐ", CONGDOAN_EPARSE},
    {"240/KH - TLĐ", CONGDOAN_EPARSE},
    {"240/KH-TL Đ", CONGDOAN_EPARSE},
    {"1234567/KH-TLĐ", CONGDOAN_EPARSE},
    {"105/1944/NĐ-CP", CONGDOAN_EPARSE},
    {"105/2101/NĐ-CP", CONGDOAN_EPARSE},
    {"105/20/NĐ-CP", CONGDOAN_EPARSE},
    {"105/2020", CONGDOAN_EPARSE},
    {"105/2020/", CONGDOAN_EPARSE},
    {"240/KH/TLĐ", CONGDOAN_EPARSE},
    {"02/KHLT/", CONGDOAN_EPARSE},
    {"02/LT/TLĐ", CONGDOAN_EPARSE},
    {"02/KHLT/LĐLĐ/TĐTN", CONGDOAN_EPARSE},
    {"02/KHLT/LĐLĐ-", CONGDOAN_EPARSE},
    {"240/KH--TLĐ", CONGDOAN_EPARSE},
    {"240/KH-TLĐ.", CONGDOAN_EPARSE},
    {"240//KH-TLĐ", CONGDOAN_EPARSE},
    {"0/KH-TLĐ", CONGDOAN_EPARSE},
    {"240:KH-TLĐ", CONGDOAN_EPARSE},
    {"\xff", CONGDOAN_EENCODING},
    {"\xc3", CONGDOAN_EENCODING},
    {"240/KH-TL\xc3", CONGDOAN_EENCODING},
    {"240/KH-TL\xed\xa0\x80", CONGDOAN_EENCODING}, /* a UTF-16 surrogate */
};

START_TEST(test_docnumber_invalid)
{
    const rejection *c = &bad_docnumbers[_i];
    congdoan_docnumber *n = (congdoan_docnumber *)&sentinel;
    congdoan_error_clear();
    int rc = congdoan_docnumber_parse(c->input, &n);
    ck_assert_msg(rc == c->code, "'%s' gave %d, expected %d", c->input, rc, c->code);
    ASSERT_FAILED_WITH(rc, c->code);
    ck_assert_ptr_null(n);
}
END_TEST

/* Messages say what was expected, and quote the number. */
START_TEST(test_docnumber_messages)
{
    congdoan_docnumber *n = NULL;
    ck_assert_int_eq(congdoan_docnumber_parse("240/KH-", &n), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "240/KH-"));
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "expected an issuer code"));
    ck_assert_int_eq(congdoan_docnumber_parse("240", &n), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "expected '/' or '-'"));
    ck_assert_int_eq(congdoan_docnumber_parse("1234567/KH-TLĐ", &n), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "more than 6 digits"));
    ck_assert_int_eq(congdoan_docnumber_parse("105/1944/NĐ-CP", &n), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "1945..2100"));
    ck_assert_int_eq(congdoan_docnumber_parse("240 /KH-TLĐ", &n), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "white space"));
    ck_assert_ptr_null(n);
}
END_TEST

START_TEST(test_docnumber_null)
{
    congdoan_docnumber *n = (congdoan_docnumber *)&sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_docnumber_parse(NULL, &n), CONGDOAN_EINVAL);
    ck_assert_ptr_null(n);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_docnumber_parse("240/KH-TLĐ", NULL), CONGDOAN_EINVAL);
    congdoan_docnumber_free(NULL);
    ck_assert_ptr_null(congdoan_docnumber_text(NULL));
    ck_assert_ptr_null(congdoan_docnumber_serial(NULL));
    ck_assert_ptr_null(congdoan_docnumber_kind_code(NULL));
    ck_assert_str_eq(congdoan_docnumber_issuer_code(NULL), "");
    ck_assert_int_eq(congdoan_docnumber_serial_value(NULL), 0);
    ck_assert_int_eq(congdoan_docnumber_year(NULL), 0);
    ck_assert_int_eq(congdoan_docnumber_kind(NULL), CONGDOAN_DOCUMENT_UNKNOWN);
    ck_assert_int_eq(congdoan_docnumber_get_style(NULL), 0);
}
END_TEST

START_TEST(test_docnumber_out_of_memory)
{
    congdoan_docnumber *n = (congdoan_docnumber *)&sentinel;
    congdoan__alloc_fail_at(1);
    int rc = congdoan_docnumber_parse("240/KH-TLĐ", &n);
    congdoan__alloc_fail_at(0);
    ASSERT_FAILED_WITH(rc, CONGDOAN_ENOMEM);
    ck_assert_ptr_null(n);
}
END_TEST

/* ---- document kinds -------------------------------------------------------------------------- */

typedef struct kind_case {
    congdoan_document_kind kind;
    const char *code, *name, *vietnamese;
} kind_case;

static const kind_case kinds[] = {
    {CONGDOAN_DOCUMENT_RESOLUTION, "NQ", "resolution", "Nghị quyết"},
    {CONGDOAN_DOCUMENT_DIRECTIVE, "CT", "directive", "Chỉ thị"},
    {CONGDOAN_DOCUMENT_CONCLUSION, "KL", "conclusion", "Kết luận"},
    {CONGDOAN_DOCUMENT_DECISION, "QĐ", "decision", "Quyết định"},
    {CONGDOAN_DOCUMENT_PLAN, "KH", "plan", "Kế hoạch"},
    {CONGDOAN_DOCUMENT_PROGRAMME, "CTr", "programme", "Chương trình"},
    {CONGDOAN_DOCUMENT_SCHEME, "ĐA", "scheme", "Đề án"},
    {CONGDOAN_DOCUMENT_GUIDANCE, "HD", "guidance", "Hướng dẫn"},
    {CONGDOAN_DOCUMENT_REPORT, "BC", "report", "Báo cáo"},
    {CONGDOAN_DOCUMENT_REGULATION, "QC", "regulation", "Quy chế"},
    {CONGDOAN_DOCUMENT_NOTICE, "TB", "notice", "Thông báo"},
};

START_TEST(test_kind_names)
{
    const kind_case *c = &kinds[_i];
    ck_assert_pstr_eq(congdoan_document_kind_code(c->kind), c->code);
    ck_assert_pstr_eq(congdoan_document_kind_name(c->kind), c->name);
    ck_assert_pstr_eq(congdoan_document_kind_vietnamese(c->kind), c->vietnamese);
    /* the code reads back as the kind */
    char number[32];
    snprintf(number, sizeof number, "1/%s-TLĐ", c->code);
    congdoan_docnumber *n = NULL;
    ck_assert_int_eq(congdoan_docnumber_parse(number, &n), 0);
    ck_assert_int_eq(congdoan_docnumber_kind(n), c->kind);
    congdoan_docnumber_free(n);
}
END_TEST

START_TEST(test_kind_names_unknown)
{
    ck_assert_ptr_null(congdoan_document_kind_code(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_name(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_ptr_null(congdoan_document_kind_code((congdoan_document_kind)13));
    ck_assert_ptr_null(congdoan_document_kind_name((congdoan_document_kind)13));
    ck_assert_ptr_null(congdoan_document_kind_vietnamese((congdoan_document_kind)13));
    /* an article (1.2) has a kind but no code */
    ck_assert_ptr_null(congdoan_document_kind_code(CONGDOAN_DOCUMENT_NEWS));
    ck_assert_str_eq(congdoan_document_kind_name(CONGDOAN_DOCUMENT_NEWS), "news");
    ck_assert_str_eq(congdoan_document_kind_vietnamese(CONGDOAN_DOCUMENT_NEWS), "Tin bài");
    ck_assert_ptr_null(congdoan_document_kind_code((congdoan_document_kind)-1));
    ck_assert_ptr_null(congdoan_document_kind_name((congdoan_document_kind)-1));
    ck_assert_ptr_null(congdoan_document_kind_vietnamese((congdoan_document_kind)-1));
}
END_TEST

/* ---- dates ----------------------------------------------------------------------------------- */

typedef struct date_case {
    const char *input;
    int ymd;
} date_case;

static const date_case dates[] = {
    {"22/08/2022", 20220822},
    {"5/1/1996", 19960105},
    {"05/01/2022", 20220105},
    {"11/02/2022", 20220211},
    {"ngày 22 tháng 8 năm 2022", 20220822},
    {"ngày 27 tháng 02 năm 2025", 20250227},
    {"Lai Châu, ngày 27 tháng 02 năm 2025", 20250227},
    {"Hà Nội, ngày 22 tháng 8 năm 2022", 20220822},
    {"Ngày 22 tháng 8 năm 2022", 20220822},
    {"2022-08-22", 20220822},
    {"  22/08/2022\n", 20220822},
    {"\t ngày 22 tháng 8 năm 2022 ", 20220822},
    {"\xc2\xa0" "22/08/2022" "\xc2\xa0", 20220822},
    {"ngày  22  tháng  8  năm  2022", 20220822},
    /* seen in the seeds: capitals in titles, "ngày" before a numeric date, a weekday before it */
    {"NGÀY 05/01/2022", 20220105},
    {"ngày 11/02/2022", 20220211},
    {"Chủ nhật, Ngày 27/10/2024", 20241027},
    {"02/9/1945", 19450902},
    {"19/5/1890", 18900519},
    {"30/4/1975", 19750430},
    {"31/01/2024", 20240131},
    /* leap years */
    {"29/02/2024", 20240229},
    {"29/02/2000", 20000229},
    {"ngày 29 tháng 2 năm 2024", 20240229},
    /* decomposed: a\xcc\x82 = â, a\xcc\x80 = à, a\xcc\x81 = á, a\xcc\x86 = ă */
    {"Lai Cha\xcc\x82u, nga\xcc\x80y 27 tha\xcc\x81ng 02 na\xcc\x86m 2025", 20250227},
    {"Ha\xcc\x80 N\xc3\xb4\xcc\xa3i, ngày 22 tháng 8 năm 2022", 20220822},
};

/* "1.480" is 1.48 in machine form and 1480 in Vietnamese: one to three digits, a full stop and
 * three digits, the first digit not 0; nothing else is ambiguous. */
START_TEST(test_decimal_ambiguous)
{
    static const char *const yes[] = {"1.480", "12.480", "123.000", "9.999"};
    static const char *const no[] = {"1234.480", "1.48", "1.4800", "0.480", "-1.480", "1.48a", "1,480",
                                     "1480", "", ".480", "a.480", "12.4a0"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(congdoan__decimal_ambiguous(yes[i], strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(!congdoan__decimal_ambiguous(no[i], strlen(no[i])), "%s", no[i]);
}
END_TEST

START_TEST(test_date_valid)
{
    const date_case *c = &dates[_i];
    int ymd = sentinel;
    int rc = congdoan_date_parse(c->input, &ymd);
    ck_assert_msg(rc == 0, "'%s': %d %s", c->input, rc, congdoan_error_last_message());
    ck_assert_int_eq(ymd, c->ymd);
    ck_assert_int_eq(congdoan_date_is_valid(ymd), 1);
}
END_TEST

static const rejection bad_dates[] = {
    {"31/02/2022", CONGDOAN_EPARSE},
    {"29/02/2023", CONGDOAN_EPARSE},
    {"29/02/1900", CONGDOAN_EPARSE},
    {"31/04/2022", CONGDOAN_EPARSE},
    {"0/1/2020", CONGDOAN_EPARSE},
    {"1/0/2020", CONGDOAN_EPARSE},
    {"1/13/2020", CONGDOAN_EPARSE},
    {"22/08/22", CONGDOAN_EPARSE},
    {"22/08/20222", CONGDOAN_EPARSE},
    {"ngày 22 tháng 8 năm 22", CONGDOAN_EPARSE},
    {"22/08/2022 abc", CONGDOAN_EPARSE},
    {"22/08/2022x", CONGDOAN_EPARSE},
    {"22/08/2022.", CONGDOAN_EPARSE},
    {"ngày 22 tháng 8 năm 2022 và", CONGDOAN_EPARSE},
    {"", CONGDOAN_EPARSE},
    {"   ", CONGDOAN_EPARSE},
    {"22/08", CONGDOAN_EPARSE},
    {"30/7", CONGDOAN_EPARSE},
    {"5/2023", CONGDOAN_EPARSE},
    {"123/08/2022", CONGDOAN_EPARSE},
    {"22/008/2022", CONGDOAN_EPARSE},
    {"22-08-2022", CONGDOAN_EPARSE},
    {"2022-02-30", CONGDOAN_EPARSE},
    {"2022-8-22", CONGDOAN_EPARSE},
    {"ngày 22 tháng 8", CONGDOAN_EPARSE},
    {"ngày 22 tháng 13 năm 2022", CONGDOAN_EPARSE},
    {"ngày 22 8 năm 2022", CONGDOAN_EPARSE},
    {"ngày22/08/2022", CONGDOAN_EPARSE},
    {"ngày", CONGDOAN_EPARSE},
    {", 22/08/2022", CONGDOAN_EPARSE},
    {"21/08/2022, 22/08/2022", CONGDOAN_EPARSE},
    {"Hà Nội,", CONGDOAN_EPARSE},
    {"abc", CONGDOAN_EPARSE},
    {"\xff", CONGDOAN_EENCODING},
    {"22/08/2022\xc3", CONGDOAN_EENCODING},
};

START_TEST(test_date_invalid)
{
    const rejection *c = &bad_dates[_i];
    int ymd = sentinel;
    congdoan_error_clear();
    int rc = congdoan_date_parse(c->input, &ymd);
    ck_assert_msg(rc == c->code, "'%s' gave %d, expected %d", c->input, rc, c->code);
    ASSERT_FAILED_WITH(rc, c->code);
    ck_assert_int_eq(ymd, 0);
}
END_TEST

START_TEST(test_date_messages)
{
    int ymd;
    ck_assert_int_eq(congdoan_date_parse("22/08/22", &ymd), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "four-digit year"));
    ck_assert_int_eq(congdoan_date_parse("31/02/2022", &ymd), CONGDOAN_EPARSE);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "31/02/2022"));
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "calendar"));
}
END_TEST

START_TEST(test_date_null)
{
    int ymd = sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_date_parse(NULL, &ymd), CONGDOAN_EINVAL);
    ck_assert_int_eq(ymd, 0);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_date_parse("22/08/2022", NULL), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_date_is_valid)
{
    ck_assert_int_eq(congdoan_date_is_valid(20220822), 1);
    ck_assert_int_eq(congdoan_date_is_valid(20240229), 1);
    ck_assert_int_eq(congdoan_date_is_valid(20000229), 1);
    ck_assert_int_eq(congdoan_date_is_valid(10101), 1);    /* 0001-01-01 */
    ck_assert_int_eq(congdoan_date_is_valid(99991231), 1);
    ck_assert_int_eq(congdoan_date_is_valid(20230229), 0);
    ck_assert_int_eq(congdoan_date_is_valid(19000229), 0);
    ck_assert_int_eq(congdoan_date_is_valid(20220231), 0);
    ck_assert_int_eq(congdoan_date_is_valid(20221301), 0);
    ck_assert_int_eq(congdoan_date_is_valid(20220001), 0);
    ck_assert_int_eq(congdoan_date_is_valid(20220100), 0);
    ck_assert_int_eq(congdoan_date_is_valid(20220132), 0);
    ck_assert_int_eq(congdoan_date_is_valid(101), 0);      /* year 0 */
    ck_assert_int_eq(congdoan_date_is_valid(100000101), 0); /* year 10000 */
    ck_assert_int_eq(congdoan_date_is_valid(0), 0);
    ck_assert_int_eq(congdoan_date_is_valid(-20220822), 0);
}
END_TEST

/* ---- numbers --------------------------------------------------------------------------------- */

typedef struct number_case {
    const char *input;
    double value;
} number_case;

static const number_case numbers[] = {
    {"1.810", 1810},
    {"1.810.000", 1810000},
    {"1,5", 1.5},
    {"1.810,5", 1810.5},
    {"01", 1},
    {"02", 2},
    {"98%", 98},
    {"15,5%", 15.5},
    {"-3", -3},
    {" 32 ", 32},
    {"0", 0},
    {"-0", 0},
    {"100%", 100},
    {"1810", 1810},
    {"515", 515},
    {"116.314,1", 116314.1}, /* seed 002 */
    {"-1.810,25", -1810.25},
    {"0,1", 0.1},
    {"12.345.678,901", 12345678.901},
    {"\xc2\xa0" "85%" "\xc2\xa0", 85},
    /* exactly 64 bytes */
    {"0000000000000000000000000000000000000000000000000000000000000042", 42},
};

START_TEST(test_number_valid)
{
    const number_case *c = &numbers[_i];
    double v = -12345;
    int rc = congdoan_number_parse(c->input, &v);
    ck_assert_msg(rc == 0, "'%s': %d %s", c->input, rc, congdoan_error_last_message());
    ck_assert_msg(v == c->value, "'%s' gave %.17g, expected %.17g", c->input, v, c->value);
}
END_TEST

static const rejection bad_numbers[] = {
    {"1.5", CONGDOAN_EPARSE},
    {"1.81", CONGDOAN_EPARSE},
    {"1.8100", CONGDOAN_EPARSE},
    {"1810.000", CONGDOAN_EPARSE},
    {"1,", CONGDOAN_EPARSE},
    {",5", CONGDOAN_EPARSE},
    {"", CONGDOAN_EPARSE},
    {"  ", CONGDOAN_EPARSE},
    {"abc", CONGDOAN_EPARSE},
    {"1.810.00", CONGDOAN_EPARSE},
    {"12a", CONGDOAN_EPARSE},
    {"--1", CONGDOAN_EPARSE},
    {"-", CONGDOAN_EPARSE},
    {"+1", CONGDOAN_EPARSE},
    {"1..810", CONGDOAN_EPARSE},
    {"1.810.", CONGDOAN_EPARSE},
    {".810", CONGDOAN_EPARSE},
    {"1,5,5", CONGDOAN_EPARSE},
    {"1,5.000", CONGDOAN_EPARSE},
    {"1 810", CONGDOAN_EPARSE},
    {"%", CONGDOAN_EPARSE},
    {"5%%", CONGDOAN_EPARSE},
    {"%5", CONGDOAN_EPARSE},
    {"98 %", CONGDOAN_EPARSE},
    {"1e3", CONGDOAN_EPARSE},
    {"１", CONGDOAN_EPARSE}, /* FULLWIDTH DIGIT ONE */
    /* 65 bytes */
    {"00000000000000000000000000000000000000000000000000000000000000042", CONGDOAN_EPARSE},
    {"\xff", CONGDOAN_EENCODING},
    {"1\xc3", CONGDOAN_EENCODING},
};

START_TEST(test_number_invalid)
{
    const rejection *c = &bad_numbers[_i];
    double v = -12345;
    congdoan_error_clear();
    int rc = congdoan_number_parse(c->input, &v);
    ck_assert_msg(rc == c->code, "'%s' gave %d, expected %d", c->input, rc, c->code);
    ASSERT_FAILED_WITH(rc, c->code);
    ck_assert_msg(v == 0, "out-parameter not reset: %g", v);
}
END_TEST

START_TEST(test_number_null)
{
    double v = -12345;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_number_parse(NULL, &v), CONGDOAN_EINVAL);
    ck_assert(v == 0);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_number_parse("1", NULL), CONGDOAN_EINVAL);
    /* a string far longer than the limit is refused without being read to its end */
    char *long_text = malloc(100001);
    ck_assert_ptr_nonnull(long_text);
    memset(long_text, '1', 100000);
    long_text[100000] = '\0';
    ASSERT_FAILED_WITH(congdoan_number_parse(long_text, &v), CONGDOAN_EPARSE);
    free(long_text);
}
END_TEST

/* ---- periods --------------------------------------------------------------------------------- */

typedef struct period_case {
    const char *code;
    congdoan_period_kind kind;
    int first, last;
} period_case;

static const period_case periods[] = {
    {"2025", CONGDOAN_PERIOD_YEAR, 20250101, 20251231},
    {"2025-H1", CONGDOAN_PERIOD_HALF_YEAR, 20250101, 20250630},
    {"2025-H2", CONGDOAN_PERIOD_HALF_YEAR, 20250701, 20251231},
    {"2025-Q1", CONGDOAN_PERIOD_QUARTER, 20250101, 20250331},
    {"2025-Q3", CONGDOAN_PERIOD_QUARTER, 20250701, 20250930},
    {"2025-Q4", CONGDOAN_PERIOD_QUARTER, 20251001, 20251231},
    {"2025-06", CONGDOAN_PERIOD_MONTH, 20250601, 20250630},
    {"2024-02", CONGDOAN_PERIOD_MONTH, 20240201, 20240229},
    {"2025-06-30", CONGDOAN_PERIOD_DAY, 20250630, 20250630},
};

START_TEST(test_period_valid)
{
    const period_case *c = &periods[_i];
    congdoan_period_kind kind = CONGDOAN_PERIOD_NONE;
    int first = 0, last = 0;
    int rc = congdoan_period_parse(c->code, &kind, &first, &last);
    ck_assert_msg(rc == 0, "'%s': %d %s", c->code, rc, congdoan_error_last_message());
    ck_assert_int_eq(kind, c->kind);
    ck_assert_int_eq(first, c->first);
    ck_assert_int_eq(last, c->last);
    /* every out-parameter is optional */
    ck_assert_int_eq(congdoan_period_parse(c->code, NULL, NULL, NULL), 0);
    ck_assert_int_eq(congdoan_period_parse(c->code, NULL, NULL, &last), 0);
    ck_assert_int_eq(last, c->last);
}
END_TEST

static const char *const bad_periods[] = {
    "", "25", "2025-Q5", "2025-Q0", "2025-H3", "2025-13", "2025-00", "2025-6", "2025-02-30",
    "2025 ", "2025-h1", "năm 2025",
};

START_TEST(test_period_invalid)
{
    congdoan_period_kind kind = CONGDOAN_PERIOD_YEAR;
    int first = sentinel, last = sentinel;
    congdoan_error_clear();
    int rc = congdoan_period_parse(bad_periods[_i], &kind, &first, &last);
    ck_assert_msg(rc == CONGDOAN_EPARSE, "'%s' gave %d", bad_periods[_i], rc);
    ASSERT_FAILED_WITH(rc, CONGDOAN_EPARSE);
    ck_assert_int_eq(kind, CONGDOAN_PERIOD_NONE);
    ck_assert_int_eq(first, 0);
    ck_assert_int_eq(last, 0);
}
END_TEST

START_TEST(test_period_null)
{
    congdoan_period_kind kind = CONGDOAN_PERIOD_YEAR;
    int first = sentinel, last = sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_period_parse(NULL, &kind, &first, &last), CONGDOAN_EINVAL);
    ck_assert_int_eq(kind, CONGDOAN_PERIOD_NONE);
    ck_assert_int_eq(first, 0);
    ck_assert_int_eq(last, 0);
}
END_TEST

/* ---- Unicode --------------------------------------------------------------------------------- */

/* "Lai Châu" with â as a + U+0302 COMBINING CIRCUMFLEX ACCENT, and precomposed (U+00E2). */
#define LAI_CHAU_NFD "Lai Cha\xcc\x82u"
#define LAI_CHAU_NFC "Lai Ch\xc3\xa2u"
/* "Tổng Liên đoàn": ổ = o + U+0302 + U+0309 HOOK ABOVE, ê = e + U+0302, à = a + U+0300 */
#define TLD_NFD "To\xcc\x82\xcc\x89ng Lie\xcc\x82n \xc4\x91oa\xcc\x80n"
#define TLD_NFC "T\xe1\xbb\x95ng Li\xc3\xaan \xc4\x91o\xc3\xa0n"
/* "Hoàng Thọ Trung" with the marks in non-canonical order is still the same text:
 * ộ = o + U+0323 DOT BELOW + U+0302 (canonical) or o + U+0302 + U+0323 (reordered by NFC) */
#define TLD_HO_A "Ho\xcc\x82\xcc\xa3"
#define TLD_HO_B "Ho\xcc\xa3\xcc\x82"

START_TEST(test_normalize)
{
    char *out = NULL;
    ck_assert_int_eq(congdoan_text_normalize(LAI_CHAU_NFD, &out), 0);
    ck_assert_str_eq(out, LAI_CHAU_NFC);
    congdoan_free(out);
    ck_assert_int_eq(congdoan_text_normalize(TLD_NFD, &out), 0);
    ck_assert_str_eq(out, TLD_NFC);
    congdoan_free(out);
    ck_assert_int_eq(congdoan_text_normalize(LAI_CHAU_NFC, &out), 0);
    ck_assert_str_eq(out, LAI_CHAU_NFC);
    congdoan_free(out);
    ck_assert_int_eq(congdoan_text_normalize(TLD_HO_B, &out), 0);
    ck_assert_str_eq(out, "H\xe1\xbb\x99");
    congdoan_free(out);
    ck_assert_int_eq(congdoan_text_normalize("240/KH-TLD", &out), 0);
    ck_assert_str_eq(out, "240/KH-TLD");
    congdoan_free(out);
    ck_assert_int_eq(congdoan_text_normalize("", &out), 0);
    ck_assert_str_eq(out, "");
    congdoan_free(out);
    congdoan_free(NULL);
}
END_TEST

START_TEST(test_text_equal)
{
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFD, LAI_CHAU_NFC), 1);
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFC, LAI_CHAU_NFD), 1);
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFD, LAI_CHAU_NFD), 1);
    ck_assert_int_eq(congdoan_text_equal(TLD_NFD, TLD_NFC), 1);
    ck_assert_int_eq(congdoan_text_equal(TLD_HO_A, TLD_HO_B), 1);
    ck_assert_int_eq(congdoan_text_equal("abc", "abc"), 1);
    ck_assert_int_eq(congdoan_text_equal("", ""), 1);
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFD, "Lai Chau"), 0);
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFC, "Lai Ch\xc3\xa0u"), 0); /* Chàu */
    ck_assert_int_eq(congdoan_text_equal(LAI_CHAU_NFC, LAI_CHAU_NFC " "), 0);
    ck_assert_int_eq(congdoan_text_equal("abc", "abd"), 0);
    ck_assert_int_eq(congdoan_text_equal("", "a"), 0);
}
END_TEST

/* The folded key: the ways staff type a unit's name all meet (see lib/text/fold.c). */
static void assert_folds(const char *text, const char *key)
{
    char *out = NULL;
    ck_assert_int_eq(congdoan_text_fold(text, &out), 0);
    ck_assert_str_eq(out, key);
    congdoan_free(out);
}

START_TEST(test_text_fold)
{
    /* "LĐLĐ huyện Tam Đường" in NFC, typed without marks, in capitals, with a dash */
    assert_folds("L\xc4\x90L\xc4\x90 huy\xe1\xbb\x87n Tam \xc4\x90\xc6\xb0\xe1\xbb\x9dng", "ldld huyen tam duong");
    assert_folds("LDLD huyen Tam Duong", "ldld huyen tam duong");
    assert_folds("  l\xc4\x91l\xc4\x91   HUY\xe1\xbb\x86N tam-\xc4\x91\xc6\xb0\xe1\xbb\x9dng ", "ldld huyen tam duong");
    assert_folds(LAI_CHAU_NFD, "lai chau");           /* NFD: the combining circumflex goes */
    assert_folds(LAI_CHAU_NFC, "lai chau");
    assert_folds("TP.Lai Ch\xc3\xa2u", "tp lai chau");  /* a dot between words is a space */
    assert_folds("13/CTr-L\xc4\x90L\xc4\x90", "13/ctr ldld"); /* a slash is kept */
    assert_folds("", "");
    assert_folds(" \t\n", "");
    /* near misses stay apart: a different letter is a different key */
    char *a = NULL, *b = NULL;
    ck_assert_int_eq(congdoan_text_fold("Tam \xc4\x90\xc6\xb0\xe1\xbb\x9dng", &a), 0);
    ck_assert_int_eq(congdoan_text_fold("Tam Th\xc6\xb0\xe1\xbb\x9dng", &b), 0);
    ck_assert_str_ne(a, b);
    congdoan_free(a);
    congdoan_free(b);
    char *out = (char *)&sentinel;
    ck_assert_int_eq(congdoan_text_fold("\xff", &out), CONGDOAN_EENCODING);
    ck_assert_ptr_null(out);
    ck_assert_int_eq(congdoan_text_fold(NULL, &out), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_text_fold("a", NULL), CONGDOAN_EINVAL);
}
END_TEST

static const char *const invalid_utf8[] = {
    "\xff", "\xc3", "abc\xc3", "\xc0\xaf" /* overlong '/' */, "\xed\xa0\x80" /* surrogate */,
    "\xf4\x90\x80\x80" /* above U+10FFFF */, "\x80", LAI_CHAU_NFD "\xe1\xbb",
};

START_TEST(test_invalid_utf8)
{
    const char *bad = invalid_utf8[_i];
    char *out = (char *)&sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_normalize(bad, &out), CONGDOAN_EENCODING);
    ck_assert_ptr_null(out);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_equal(bad, LAI_CHAU_NFC), CONGDOAN_EENCODING);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_equal(LAI_CHAU_NFC, bad), CONGDOAN_EENCODING);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_equal(bad, bad), CONGDOAN_EENCODING);
    congdoan_docnumber *n = (congdoan_docnumber *)&sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_docnumber_parse(bad, &n), CONGDOAN_EENCODING);
    ck_assert_ptr_null(n);
    int ymd = sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_date_parse(bad, &ymd), CONGDOAN_EENCODING);
    ck_assert_int_eq(ymd, 0);
    double v = -1;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_number_parse(bad, &v), CONGDOAN_EENCODING);
    ck_assert(v == 0);
}
END_TEST

START_TEST(test_unicode_null)
{
    char *out = (char *)&sentinel;
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_normalize(NULL, &out), CONGDOAN_EINVAL);
    ck_assert_ptr_null(out);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_normalize(LAI_CHAU_NFD, NULL), CONGDOAN_EINVAL);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_equal(NULL, "a"), CONGDOAN_EINVAL);
    congdoan_error_clear();
    ASSERT_FAILED_WITH(congdoan_text_equal("a", NULL), CONGDOAN_EINVAL);
}
END_TEST

START_TEST(test_normalize_out_of_memory)
{
    /* the copy handed to the caller comes from the library's allocator, so it can fail */
    char *out = (char *)&sentinel;
    congdoan__alloc_fail_at(1);
    int rc = congdoan_text_normalize(LAI_CHAU_NFD, &out);
    congdoan__alloc_fail_at(0);
    ASSERT_FAILED_WITH(rc, CONGDOAN_ENOMEM);
    ck_assert_ptr_null(out);
    out = (char *)&sentinel;
    congdoan__alloc_fail_at(1);
    rc = congdoan_text_normalize("ascii", &out);
    congdoan__alloc_fail_at(0);
    ASSERT_FAILED_WITH(rc, CONGDOAN_ENOMEM);
    ck_assert_ptr_null(out);
}
END_TEST

/* The internal helper: no copy when the text is already NFC. */
START_TEST(test_nfc_internal)
{
    char *out = (char *)&sentinel;
    size_t len = 99;
    ck_assert_int_eq(congdoan__text_nfc("abc", 3, &out, &len), 0);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, 3);
    ck_assert_int_eq(congdoan__text_nfc(LAI_CHAU_NFC, strlen(LAI_CHAU_NFC), &out, &len), 0);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, strlen(LAI_CHAU_NFC));
    ck_assert_int_eq(congdoan__text_nfc(LAI_CHAU_NFD, strlen(LAI_CHAU_NFD), &out, &len), 0);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(len, strlen(LAI_CHAU_NFC));
    ck_assert_int_eq(memcmp(out, LAI_CHAU_NFC, len), 0);
    congdoan__text_nfc_free(out);
    /* only len bytes are read: the cut after "Lai Cha" leaves plain ASCII */
    ck_assert_int_eq(congdoan__text_nfc(LAI_CHAU_NFD, 7, &out, &len), 0);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, 7);
    ck_assert_int_eq(congdoan__text_nfc("\xc3", 1, &out, &len), CONGDOAN_EENCODING);
    ck_assert_ptr_null(out);
    congdoan__text_nfc_free(NULL);
    /* an empty text may come as NULL (the loader's <title></title>): no pointer arithmetic on it
     * (NULL + 0 is undefined; clang's UBSan run, tests/run-all.sh, fails on it) */
    len = 99;
    ck_assert_int_eq(congdoan__text_nfc(NULL, 0, &out, &len), 0);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, 0);
}
END_TEST

/* Characters counted eight bytes at a time (the loader's columns): as one at a time, at every
 * start and length, across the words' edges. */
START_TEST(test_utf8_count)
{
    /* "Liên đoàn Lao động": 18 characters in 24 bytes (ê, đ, à, đ two bytes each, ộ three) */
    const char *name = "Li\xc3\xaan \xc4\x91o\xc3\xa0n Lao \xc4\x91\xe1\xbb\x99ng";
    ck_assert_uint_eq(strlen(name), 24);
    ck_assert_uint_eq(congdoan__utf8_count(name, 24), 18);
    /* a character of four bytes (U+1F600) between ASCII, 11 bytes */
    ck_assert_uint_eq(congdoan__utf8_count("abc\xf0\x9f\x98\x80" "defg", 11), 8);
    ck_assert_uint_eq(congdoan__utf8_count(NULL, 0), 0);
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s", name, name); /* 49 bytes */
    for (size_t from = 0; from < 20; from++)
        for (size_t len = 0; from + len <= strlen(buf); len++) {
            size_t slow = 0;
            for (size_t i = from; i < from + len; i++)
                slow += ((unsigned char)buf[i] & 0xC0) != 0x80;
            ck_assert_uint_eq(congdoan__utf8_count(buf + from, len), slow);
        }
}
END_TEST

/* What a message quotes of a value, and what a cut by byte count leaves (base/utf8-cut.c). */
START_TEST(test_utf8_cut)
{
    /* "Liên đoàn": L i ê(2) n ' ' đ(2) o à(2) n, 12 bytes */
    const char *s = "Li\xc3\xaan \xc4\x91o\xc3\xa0n";
    ck_assert_uint_eq(strlen(s), 12);
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 100), 12);
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 12), 12);
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 4), 4);  /* "Liê" */
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 3), 2);  /* not half the ê: "Li" */
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 6), 6);  /* "Liên " */
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 7), 6);  /* "Liên ", not half the đ */
    ck_assert_uint_eq(congdoan__utf8_cut(s, 12, 0), 0);
    ck_assert_int_eq(CONGDOAN__SHOWN(s, 12, 10), 9);     /* "Liên đo", not half the à */
    /* a character of four bytes (U+1D11E) after "a": all of it or none */
    const char *clef = "a\xf0\x9d\x84\x9e" "b";
    for (size_t max = 1; max <= 4; max++)
        ck_assert_uint_eq(congdoan__utf8_cut(clef, 6, max), 1);
    ck_assert_uint_eq(congdoan__utf8_cut(clef, 6, 5), 5);

    char buf[32];
    static const struct {
        const char *in, *out;
    } mends[] = {
        {"abc\xc3", "abc"},                                 /* half an é at the end: a full buffer's cut */
        {"a\xf0\x9d\x84", "a"},                             /* three of four at the end */
        {"\xc3\xa9\xc3", "\xc3\xa9"},                       /* é, then half of the next at the end */
        {"\xe1\xbb\x91", "\xe1\xbb\x91"},                  /* a whole ố */
        {"x\xe1\xbby", "x\xef\xbf\xbd\xef\xbf\xbdy"},       /* two of an ố's three, then more: U+FFFD each */
        {"caf\xe9.xml", "caf\xef\xbf\xbd.xml"},              /* a Latin-1 file name: é as U+FFFD */
        {"ab\x80" "c", "ab\xef\xbf\xbd" "c"},                 /* a stray continuation byte */
        {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},           /* an overlong '/' */
        {"\xed\xa0\x80!", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd!"}, /* a surrogate (U+D800) */
        {"", ""},
    };
    for (size_t i = 0; i < sizeof mends / sizeof mends[0]; i++) {
        snprintf(buf, sizeof buf, "%s", mends[i].in);
        congdoan__utf8_mend(buf, sizeof buf);
        ck_assert_str_eq(buf, mends[i].out);
    }
    /* the room the buffer has: three bytes for each U+FFFD, what does not fit goes */
    snprintf(buf, 8, "ab\xe9\xe9\xe9");
    congdoan__utf8_mend(buf, 8);
    ck_assert_str_eq(buf, "ab\xef\xbf\xbd"); /* a second one would need 9 bytes with the NUL */
    /* what snprintf leaves of "'Tổng" in a buffer of 5 bytes: the T and two of the ổ's three */
    memcpy(buf, "'T\xe1\xbb", 5);
    congdoan__utf8_mend(buf, 5);
    ck_assert_str_eq(buf, "'T");
}
END_TEST

/* ---- suite ----------------------------------------------------------------------------------- */

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");

    TCase *tc = tcase_create("docnumber");
    tcase_add_loop_test(tc, test_docnumber_valid, 0, COUNT(docnumbers));
    tcase_add_loop_test(tc, test_docnumber_round_trip, 0, COUNT(docnumbers));
    tcase_add_loop_test(tc, test_docnumber_invalid, 0, COUNT(bad_docnumbers));
    tcase_add_test(tc, test_docnumber_messages);
    tcase_add_test(tc, test_docnumber_null);
    tcase_add_test(tc, test_docnumber_out_of_memory);
    suite_add_tcase(s, tc);

    tc = tcase_create("kind");
    tcase_add_loop_test(tc, test_kind_names, 0, COUNT(kinds));
    tcase_add_test(tc, test_kind_names_unknown);
    suite_add_tcase(s, tc);

    tc = tcase_create("date");
    tcase_add_test(tc, test_decimal_ambiguous);
    tcase_add_loop_test(tc, test_date_valid, 0, COUNT(dates));
    tcase_add_loop_test(tc, test_date_invalid, 0, COUNT(bad_dates));
    tcase_add_test(tc, test_date_messages);
    tcase_add_test(tc, test_date_null);
    tcase_add_test(tc, test_date_is_valid);
    suite_add_tcase(s, tc);

    tc = tcase_create("number");
    tcase_add_loop_test(tc, test_number_valid, 0, COUNT(numbers));
    tcase_add_loop_test(tc, test_number_invalid, 0, COUNT(bad_numbers));
    tcase_add_test(tc, test_number_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("period");
    tcase_add_loop_test(tc, test_period_valid, 0, COUNT(periods));
    tcase_add_loop_test(tc, test_period_invalid, 0, COUNT(bad_periods));
    tcase_add_test(tc, test_period_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("unicode");
    tcase_add_test(tc, test_normalize);
    tcase_add_test(tc, test_text_equal);
    tcase_add_test(tc, test_text_fold);
    tcase_add_loop_test(tc, test_invalid_utf8, 0, COUNT(invalid_utf8));
    tcase_add_test(tc, test_unicode_null);
    tcase_add_test(tc, test_normalize_out_of_memory);
    tcase_add_test(tc, test_nfc_internal);
    tcase_add_test(tc, test_utf8_count);
    tcase_add_test(tc, test_utf8_cut);
    suite_add_tcase(s, tc);

    return s;
}

int main(void)
{
    return test_run_suite(text_suite());
}
