/* Tests of congdoan/indicator.h on the 19 targets of part III "CÁC CHỈ TIÊU CHỦ YẾU" of
 * programme 13/CTr-LĐLĐ (seed 004, tests/data/ctr-13-2025-laichau.xml): measure, comparator,
 * target, scope, condition, unit of measure, period, owner, and the section each is in. Each
 * target is checked against the words of the seed: the figure as printed ("98%", "1.810", "01")
 * must be in the indicator's text, and the text must be a piece of the bullet it came from. */
#include "test-common.h"

#include <string.h>

static const char *const all_files[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", NULL};

static congdoan_corpus *corpus;
static const congdoan_document *ctr;

static void setup(void)
{
    corpus = test_load(all_files);
    ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    ck_assert_ptr_nonnull(ctr);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

#define PUB (1 << CONGDOAN_SECTOR_PUBLIC)
#define SOE (1 << CONGDOAN_SECTOR_STATE_ENTERPRISE)
#define NSE (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE)
#define PCT CONGDOAN_MEASURE_PERCENTAGE
#define CNT CONGDOAN_MEASURE_COUNT
#define AVG CONGDOAN_MEASURE_AVERAGE
#define SHR CONGDOAN_MEASURE_SHARE_OF_UNITS
#define ANY CONGDOAN_LEVEL_UNKNOWN
#define UPPER CONGDOAN_LEVEL_UPPER_GRASSROOTS
#define BASE CONGDOAN_LEVEL_GRASSROOTS

typedef struct indicator_case {
    const char *id;
    congdoan_measure measure;
    congdoan_comparator comparator;
    double target;
    congdoan_level level;
    int sectors;
    congdoan_grade condition;
    const char *unit_of_measure;
    const char *printed; /* the target as the seed prints it */
    size_t bullet;       /* 0-based bullet of part III */
} indicator_case;

/* In seed order. "trở lên", "ít nhất" of a target are at-least (LEAST); a bare figure ("100%", "35%",
 * "1.810 đoàn viên", "02 doanh nghiệp", "Có 32 ...") is target (BARE, 1.2): reached or gone beyond,
 * it is achieved, as a floor would be. In bullet 3 "trở lên" is the grade's ("tốt trở lên"). */
#define LEAST CONGDOAN_COMPARATOR_AT_LEAST
#define BARE CONGDOAN_COMPARATOR_TARGET
static const indicator_case want[] = {
    {"iii-1a", PCT, LEAST, 98, ANY, 0, CONGDOAN_GRADE_NONE, NULL, "98% trở lên", 0},
    {"iii-1b", PCT, LEAST, 70, ANY, 0, CONGDOAN_GRADE_NONE, NULL, "70% trở lên", 0},
    {"iii-2a", PCT, BARE, 100, BASE, PUB | SOE, CONGDOAN_GRADE_NONE, NULL, "100% CĐCS khu vực hành chính, sự nghiệp công lập, doanh nghiệp nhà nước", 1},
    {"iii-2b", PCT, LEAST, 80, BASE, NSE, CONGDOAN_GRADE_NONE, NULL, "80% trở lên CĐCS doanh nghiệp khu vực ngoài nhà nước", 1},
    {"iii-3a", SHR, BARE, 90, UPPER, 0, CONGDOAN_GRADE_GOOD, NULL, "90% công đoàn cấp trên trực tiếp cơ sở", 2},
    {"iii-3b", SHR, BARE, 85, BASE, PUB | SOE, CONGDOAN_GRADE_GOOD, NULL, "85% CĐCS khu vực nhà nước", 2},
    {"iii-3c", SHR, BARE, 80, BASE, NSE, CONGDOAN_GRADE_GOOD, NULL, "80% CĐCS ngoài khu vực nhà nước", 2},
    {"iii-4a", CNT, BARE, 1810, ANY, 0, CONGDOAN_GRADE_NONE, "đoàn viên", "1.810 đoàn viên", 3},
    {"iii-5a", AVG, LEAST, 1, BASE, 0, CONGDOAN_GRADE_NONE, "đoàn viên ưu tú", "ít nhất 01 đoàn viên ưu tú", 4},
    {"iii-6a", CNT, BARE, 1, BASE, NSE, CONGDOAN_GRADE_NONE, "công đoàn cơ sở", "01 công đoàn cơ sở ngoài khu vực nhà nước", 5},
    {"iii-7a", PCT, LEAST, 95, ANY, 0, CONGDOAN_GRADE_NONE, NULL, "95% trở lên", 6},
    {"iii-8a", PCT, BARE, 35, UPPER, 0, CONGDOAN_GRADE_NONE, NULL, "35% công đoàn cấp trên trực tiếp cơ sở", 7},
    {"iii-8b", PCT, BARE, 100, UPPER, 0, CONGDOAN_GRADE_NONE, NULL, "100% công đoàn cấp trên trực tiếp cơ sở", 7},
    {"iii-8c", PCT, LEAST, 15, BASE, SOE | NSE, CONGDOAN_GRADE_NONE, NULL, "ít nhất 15% công đoàn cơ sở doanh nghiệp", 7},
    {"iii-9a", PCT, BARE, 100, BASE, 0, CONGDOAN_GRADE_NONE, NULL, "100% chủ tịch CĐCS", 8},
    {"iii-10a", CNT, BARE, 32, BASE, SOE | NSE, CONGDOAN_GRADE_NONE, "công đoàn cơ sở", "Có 32 công đoàn cơ sở trong doanh nghiệp", 9},
    {"iii-11a", PCT, LEAST, 90, ANY, 0, CONGDOAN_GRADE_NONE, NULL, "90% trở lên số vụ việc", 10},
    {"iii-12a", PCT, BARE, 85, BASE, 0, CONGDOAN_GRADE_NONE, NULL, "85% doanh nghiệp, đơn vị có tổ chức công đoàn", 11},
    {"iii-13a", CNT, BARE, 2, ANY, 0, CONGDOAN_GRADE_NONE, "doanh nghiệp", "02 doanh nghiệp", 12},
};
#define N_INDICATORS (sizeof want / sizeof want[0])

START_TEST(test_count_and_order)
{
    ck_assert_uint_eq(N_INDICATORS, 19);
    ck_assert_uint_eq(congdoan_document_indicator_count(ctr), 19);
    for (size_t i = 0; i < N_INDICATORS; i++) {
        const congdoan_indicator *x = congdoan_document_indicator(ctr, i);
        ck_assert_str_eq(congdoan_indicator_id(x), want[i].id);
        ck_assert_ptr_eq(congdoan_document_indicator_by_id(ctr, want[i].id), x);
        ck_assert_ptr_eq(congdoan_indicator_document(x), ctr);
    }
}
END_TEST

START_TEST(test_each_indicator)
{
    const congdoan_unit *laichau = congdoan_corpus_unit_by_id(corpus, "laichau");
    const congdoan_section *part3 = congdoan_document_section(ctr, 3);
    ck_assert_str_eq(congdoan_section_title(part3), "CÁC CHỈ TIÊU CHỦ YẾU");
    for (size_t i = 0; i < N_INDICATORS; i++) {
        const indicator_case *w = &want[i];
        const congdoan_indicator *x = congdoan_document_indicator_by_id(ctr, w->id);
        ck_assert_msg(x != NULL, "%s", w->id);
        ck_assert_msg(congdoan_indicator_measure(x) == w->measure, "%s: measure %d", w->id, congdoan_indicator_measure(x));
        ck_assert_msg(congdoan_indicator_comparator(x) == w->comparator, "%s: comparator", w->id);
        ck_assert_int_eq(congdoan_indicator_direction(x), CONGDOAN_DIRECTION_HIGHER);
        ck_assert_msg(congdoan_indicator_target(x) == w->target, "%s: target %g", w->id, congdoan_indicator_target(x));
        ck_assert_msg(congdoan_indicator_scope_level(x) == w->level, "%s: scope level %d", w->id,
                      congdoan_indicator_scope_level(x));
        ck_assert_msg(congdoan_indicator_scope_sectors(x) == w->sectors, "%s: sectors %#x", w->id,
                      congdoan_indicator_scope_sectors(x));
        ck_assert_msg(congdoan_indicator_condition_grade(x) == w->condition, "%s: condition", w->id);
        if (w->unit_of_measure)
            ck_assert_str_eq(congdoan_indicator_unit_of_measure(x), w->unit_of_measure);
        else
            ck_assert_ptr_null(congdoan_indicator_unit_of_measure(x));
        ck_assert_str_eq(congdoan_indicator_period(x), "2025");
        ck_assert_str_eq(congdoan_indicator_owner_id(x), "laichau");
        ck_assert_ptr_eq(congdoan_indicator_owner(x), laichau);
        /* no range, no baseline, refines nothing */
        double out = -1;
        ck_assert_int_eq(congdoan_indicator_target_max(x, &out), CONGDOAN_ENOTFOUND);
        ck_assert(out == 0.0);
        out = -1;
        ck_assert_int_eq(congdoan_indicator_baseline(x, &out), CONGDOAN_ENOTFOUND);
        ck_assert(out == 0.0);
        ck_assert_ptr_null(congdoan_indicator_refines(x));
        ck_assert_ptr_null(congdoan_indicator_refines_document_id(x));
        ck_assert_ptr_null(congdoan_indicator_refines_indicator_id(x));
        /* the words of the seed */
        const char *text = congdoan_indicator_text(x);
        ck_assert_msg(strstr(text, w->printed) != NULL, "%s: \"%s\" not in \"%s\"", w->id, w->printed, text);
        /* the text is a contiguous piece of its bullet, which is the first item of its section */
        const congdoan_section *s = congdoan_indicator_section(x);
        ck_assert_ptr_eq(s, congdoan_section_item_section(part3, w->bullet));
        ck_assert_ptr_eq(congdoan_section_parent(s), part3);
        ck_assert_str_eq(congdoan_section_number(s), "-");
        const char *bullet = congdoan_section_item_text(s, 0);
        ck_assert_msg(bullet && strstr(bullet, text) != NULL, "%s: text is not a piece of its bullet", w->id);
        /* the printed figure, read the Vietnamese way, is the target ("1.810" is 1810, "01" is 1) */
        double printed = 0;
        const char *p = w->printed;
        while (*p && !(*p >= '0' && *p <= '9'))
            p++;
        char figure[16];
        size_t n = 0;
        while (n < sizeof figure - 1 && ((p[n] >= '0' && p[n] <= '9') || p[n] == '.'))
            n++;
        memcpy(figure, p, n);
        figure[n] = '\0';
        ck_assert_int_eq(congdoan_number_parse(figure, &printed), 0);
        ck_assert_msg(printed == w->target, "%s: printed %s = %g", w->id, figure, printed);
    }
}
END_TEST

START_TEST(test_selected_texts)
{
    ck_assert_str_eq(congdoan_indicator_text(congdoan_document_indicator_by_id(ctr, "iii-1a")),
                     "98% trở lên đoàn viên, người lao động được tuyên truyền, phổ biến, học tập, quán triệt chủ trương, "
                     "nghị quyết của Đảng, chính sách, pháp luật của Nhà nước liên quan tới lao động và công đoàn");
    ck_assert_str_eq(congdoan_indicator_text(congdoan_document_indicator_by_id(ctr, "iii-3a")),
                     "90% công đoàn cấp trên trực tiếp cơ sở");
    ck_assert_str_eq(congdoan_indicator_text(congdoan_document_indicator_by_id(ctr, "iii-4a")),
                     "Tuyên truyền, vận động phát triển mới (thực tăng) 1.810 đoàn viên");
    ck_assert_str_eq(congdoan_indicator_text(congdoan_document_indicator_by_id(ctr, "iii-5a")),
                     "Bình quân mỗi CĐCS giới thiệu ít nhất 01 đoàn viên ưu tú trở lên cho Đảng xem xét, bồi dưỡng kết nạp");
}
END_TEST

/* Every share-of-units target is a percentage of units meeting a classification; computed over
 * the units of units-laichau.xml for 2025: 8 of 9 (88.9 %, target 90 missed), 14 of 16 (87.5 %,
 * target 85 met), 6 of 8 (75 %, target 80 missed) — as the fixture's comment says. */
static double share_2025(const congdoan_indicator *x, size_t *in_scope)
{
    size_t all = 0, meeting = 0;
    int sectors = congdoan_indicator_scope_sectors(x);
    for (size_t i = 0; i < congdoan_corpus_unit_count(corpus); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(corpus, i);
        if (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION)
            continue;
        if (congdoan_unit_level(u) != congdoan_indicator_scope_level(x))
            continue;
        if (sectors && !(sectors & (1 << congdoan_unit_sector(u))))
            continue;
        /* under the owner */
        const congdoan_unit *p = congdoan_unit_parent(u);
        while (p && p != congdoan_indicator_owner(x))
            p = congdoan_unit_parent(p);
        if (!p)
            continue;
        all++;
        meeting += congdoan_unit_classification(u, 2025) >= congdoan_indicator_condition_grade(x);
    }
    *in_scope = all;
    return all ? 100.0 * (double)meeting / (double)all : 0.0;
}

START_TEST(test_share_of_units_from_unit_data)
{
    size_t n = 0;
    const congdoan_indicator *a = congdoan_document_indicator_by_id(ctr, "iii-3a");
    double sa = share_2025(a, &n);
    ck_assert_uint_eq(n, 9);
    ck_assert_double_eq_tol(sa, 800.0 / 9.0, 1e-9);
    ck_assert(sa < congdoan_indicator_target(a));
    const congdoan_indicator *b = congdoan_document_indicator_by_id(ctr, "iii-3b");
    double sb = share_2025(b, &n);
    ck_assert_uint_eq(n, 16);
    ck_assert_double_eq_tol(sb, 87.5, 1e-9);
    ck_assert(sb >= congdoan_indicator_target(b));
    const congdoan_indicator *c = congdoan_document_indicator_by_id(ctr, "iii-3c");
    double sc = share_2025(c, &n);
    ck_assert_uint_eq(n, 8);
    ck_assert_double_eq_tol(sc, 75.0, 1e-9);
    ck_assert(sc < congdoan_indicator_target(c));
}
END_TEST

START_TEST(test_owner_unresolved)
{
    static const char *const files[] = {"ctr-13-2025-laichau.xml", NULL};
    congdoan_corpus *c = test_load(files);
    const congdoan_indicator *x = congdoan_document_indicator_by_id(congdoan_corpus_document(c, 0), "iii-4a");
    ck_assert_ptr_null(congdoan_indicator_owner(x));
    ck_assert_str_eq(congdoan_indicator_owner_id(x), "laichau");
    ck_assert(congdoan_indicator_target(x) == 1810);
    congdoan_corpus_free(c);
}
END_TEST

/* The fixtures have no range, baseline or refinement: a made-up indicator in memory that has
 * them (a district programme refining iii-1a of 13/CTr-LĐLĐ). */
START_TEST(test_range_baseline_refines)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <document id=\"ctr-tamduong-2025\" kind=\"programme\" issuer=\"laichau.tamduong\">\n"
        "    <section number=\"III.\">\n"
        "      <indicator id=\"a\" measure=\"percentage\" comparator=\"range\" target=\"98\" target-max=\"100\"\n"
        "                 baseline=\"97.5\" period=\"2025-H1\" refines=\"ctr-13-ldld-laichau-2025#iii-1a\">\n"
        "        <text>Từ 98% đến 100% đoàn viên được tuyên truyền</text>\n"
        "      </indicator>\n"
        "      <indicator id=\"b\" measure=\"count\" comparator=\"at-most\" target=\"0\" refines=\"ctr-13-ldld-laichau-2025#nope\">\n"
        "        <text>Không để xảy ra ngừng việc tập thể</text>\n"
        "      </indicator>\n"
        "    </section>\n"
        "  </document>\n"
        "</congdoan>\n";
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, xml, sizeof xml - 1, "tamduong.xml", NULL), 0);
    const congdoan_document *d = congdoan_corpus_document_by_id(corpus, "ctr-tamduong-2025");
    const congdoan_indicator *a = congdoan_document_indicator_by_id(d, "a");
    ck_assert_int_eq(congdoan_indicator_comparator(a), CONGDOAN_COMPARATOR_RANGE);
    ck_assert(congdoan_indicator_target(a) == 98);
    double v = 0;
    ck_assert_int_eq(congdoan_indicator_target_max(a, &v), 0);
    ck_assert(v == 100);
    ck_assert_int_eq(congdoan_indicator_baseline(a, &v), 0);
    ck_assert(v == 97.5);
    ck_assert_str_eq(congdoan_indicator_period(a), "2025-H1");
    ck_assert_ptr_null(congdoan_indicator_owner(a));
    ck_assert_ptr_null(congdoan_indicator_owner_id(a));
    ck_assert_str_eq(congdoan_indicator_refines_document_id(a), "ctr-13-ldld-laichau-2025");
    ck_assert_str_eq(congdoan_indicator_refines_indicator_id(a), "iii-1a");
    ck_assert_ptr_eq(congdoan_indicator_refines(a), congdoan_document_indicator_by_id(ctr, "iii-1a"));
    ck_assert_str_eq(congdoan_section_number(congdoan_indicator_section(a)), "III.");
    const congdoan_indicator *b = congdoan_document_indicator_by_id(d, "b");
    ck_assert_int_eq(congdoan_indicator_comparator(b), CONGDOAN_COMPARATOR_AT_MOST);
    ck_assert(congdoan_indicator_target(b) == 0);
    ck_assert_ptr_null(congdoan_indicator_period(b));
    ck_assert_str_eq(congdoan_indicator_refines_indicator_id(b), "nope");
    ck_assert_ptr_null(congdoan_indicator_refines(b)); /* the document has no such indicator */
}
END_TEST

START_TEST(test_names)
{
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_COUNT), "count");
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_PERCENTAGE), "percentage");
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_AVERAGE), "average");
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_SHARE_OF_UNITS), "share-of-units");
    ck_assert_ptr_null(congdoan_measure_name((congdoan_measure)0));
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_MONEY), "money");
    ck_assert_str_eq(congdoan_measure_name(CONGDOAN_MEASURE_SCORE), "score");
    ck_assert_ptr_null(congdoan_measure_name((congdoan_measure)7));
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_MORE_THAN), "more-than");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_LESS_THAN), "less-than");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_ABOUT), "about");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_RANGE_OR_MORE), "range-or-more");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_TARGET), "target");
    ck_assert_ptr_null(congdoan_comparator_name((congdoan_comparator)10));
    ck_assert_str_eq(congdoan_direction_name(CONGDOAN_DIRECTION_LOWER), "lower");
    ck_assert_ptr_null(congdoan_direction_name((congdoan_direction)3));
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_AT_LEAST), "at-least");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_AT_MOST), "at-most");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_EXACTLY), "exactly");
    ck_assert_str_eq(congdoan_comparator_name(CONGDOAN_COMPARATOR_RANGE), "range");
    ck_assert_ptr_null(congdoan_comparator_name((congdoan_comparator)0));
    ck_assert_ptr_null(congdoan_comparator_name((congdoan_comparator)-1));
}
END_TEST

START_TEST(test_null_indicator)
{
    ck_assert_ptr_null(congdoan_indicator_id(NULL));
    ck_assert_ptr_null(congdoan_indicator_text(NULL));
    ck_assert_ptr_null(congdoan_indicator_document(NULL));
    ck_assert_ptr_null(congdoan_indicator_section(NULL));
    ck_assert_int_eq(congdoan_indicator_measure(NULL), 0);
    ck_assert_int_eq(congdoan_indicator_comparator(NULL), 0);
    ck_assert(congdoan_indicator_target(NULL) == 0.0);
    ck_assert_ptr_null(congdoan_indicator_period(NULL));
    ck_assert_ptr_null(congdoan_indicator_owner(NULL));
    ck_assert_ptr_null(congdoan_indicator_owner_id(NULL));
    ck_assert_int_eq(congdoan_indicator_scope_level(NULL), CONGDOAN_LEVEL_UNKNOWN);
    ck_assert_int_eq(congdoan_indicator_scope_sectors(NULL), 0);
    ck_assert_int_eq(congdoan_indicator_condition_grade(NULL), CONGDOAN_GRADE_NONE);
    ck_assert_ptr_null(congdoan_indicator_unit_of_measure(NULL));
    ck_assert_ptr_null(congdoan_indicator_refines(NULL));
    ck_assert_ptr_null(congdoan_indicator_refines_document_id(NULL));
    ck_assert_ptr_null(congdoan_indicator_refines_indicator_id(NULL));
    /* a NULL out-parameter is an invalid argument too */
    const congdoan_indicator *x = congdoan_document_indicator_by_id(ctr, "iii-1a");
    ck_assert_int_eq(congdoan_indicator_target_max(x, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_baseline(x, NULL), CONGDOAN_EINVAL);
}
END_TEST

/* common.h: "On failure, out-parameters are set to NULL (or 0)". */
START_TEST(test_null_indicator_resets_out)
{
    double out = 42;
    ck_assert_int_eq(congdoan_indicator_target_max(NULL, &out), CONGDOAN_EINVAL);
    ck_assert_msg(out == 0.0, "congdoan_indicator_target_max(NULL, &out) left out = %g", out);
    out = 42;
    ck_assert_int_eq(congdoan_indicator_baseline(NULL, &out), CONGDOAN_EINVAL);
    ck_assert_msg(out == 0.0, "congdoan_indicator_baseline(NULL, &out) left out = %g", out);
}
END_TEST

static Suite *indicator_suite(void)
{
    Suite *s = suite_create("indicator");
    TCase *tc = tcase_create("indicator");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_count_and_order);
    tcase_add_test(tc, test_each_indicator);
    tcase_add_test(tc, test_selected_texts);
    tcase_add_test(tc, test_share_of_units_from_unit_data);
    tcase_add_test(tc, test_range_baseline_refines);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_null_indicator);
    suite_add_tcase(s, tc);
    TCase *other = tcase_create("other");
    tcase_add_test(other, test_owner_unresolved);
    tcase_add_test(other, test_null_indicator_resets_out);
    suite_add_tcase(s, other);
    return s;
}

int main(void)
{
    return test_run_suite(indicator_suite());
}
