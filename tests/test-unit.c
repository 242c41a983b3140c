/* Tests of congdoan/unit.h on the unit fixtures:
 *   units-tld.xml        the Tổng Liên đoàn with its bodies and departments (seeds 000, 001);
 *   units-laichau.xml    LĐLĐ tỉnh Lai Châu (seed 004) with its bodies, departments, the 9
 *                        upper-grassroots unions and 24 illustrative grassroots unions;
 *   units-congthuong.xml Công đoàn Công Thương Việt Nam (seed 002: 16 upper-grassroots, 515
 *                        grassroots unions declared).
 * The names of the upper-grassroots unions of Lai Châu are checked against the province's real
 * units before the 2025 reorganisation: thành phố Lai Châu and the 7 districts Tam Đường, Phong
 * Thổ, Sìn Hồ, Mường Tè, Than Uyên, Tân Uyên, Nậm Nhùn, plus Công đoàn Viên chức tỉnh (seed 004,
 * V.2: "Các Liên đoàn Lao động huyện, thành phố, Công đoàn Ngành, Công đoàn Viên chức"). */
#include "test-common.h"

#include <stdio.h>
#include <string.h>

static const char *const unit_files[] = {"units-tld.xml", "units-laichau.xml", "units-congthuong.xml", NULL};

static congdoan_corpus *corpus;

static void setup(void)
{
    corpus = test_load(unit_files);
}

static void teardown(void)
{
    congdoan_corpus_free(corpus);
    corpus = NULL;
}

static const congdoan_unit *unit(const char *id)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(corpus, id);
    ck_assert_msg(u != NULL, "no unit '%s'", id);
    return u;
}

/* ---- the central level ------------------------------------------------------------------------ */

typedef struct dept_case {
    const char *id, *name;
    congdoan_unit_kind kind;
    congdoan_body_kind body;
} dept_case;

START_TEST(test_tld)
{
    const congdoan_unit *tld = unit("tld");
    ck_assert_str_eq(congdoan_unit_id(tld), "tld");
    ck_assert_str_eq(congdoan_unit_name(tld), "Tổng Liên đoàn Lao động Việt Nam");
    ck_assert_str_eq(congdoan_unit_short_name(tld), "Tổng Liên đoàn");
    ck_assert_int_eq(congdoan_unit_get_kind(tld), CONGDOAN_UNIT_ORGANISATION);
    ck_assert_int_eq(congdoan_unit_level(tld), CONGDOAN_LEVEL_CENTRAL);
    ck_assert_int_eq(congdoan_unit_sector(tld), CONGDOAN_SECTOR_NONE);
    ck_assert_int_eq(congdoan_unit_body_kind(tld), CONGDOAN_BODY_NONE);
    ck_assert_ptr_null(congdoan_unit_parent(tld));
    ck_assert_ptr_null(congdoan_unit_parent_id(tld));
    ck_assert_int_eq(congdoan_unit_members(tld), -1);
    ck_assert_int_eq(congdoan_unit_workers(tld), -1);
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(tld), -1);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(tld), -1);
    ck_assert_uint_eq(congdoan_unit_classification_count(tld), 0);
    /* children: the two provincial-level unions of the fixtures, in load order; departments and
     * bodies are not children */
    ck_assert_uint_eq(congdoan_unit_child_count(tld), 2);
    ck_assert_str_eq(congdoan_unit_id(congdoan_unit_child(tld, 0)), "laichau");
    ck_assert_str_eq(congdoan_unit_id(congdoan_unit_child(tld, 1)), "congthuong");
    ck_assert_ptr_null(congdoan_unit_child(tld, 2));
}
END_TEST

START_TEST(test_tld_departments)
{
    /* seed 000: "Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch"; III.1 "Ban Đối ngoại Tổng Liên đoàn";
     * III.1 last bullet: "Trung tâm Quản lý các dự án của Tổng Liên đoàn" */
    static const dept_case want[] = {
        {"tld.bch", "Ban Chấp hành", CONGDOAN_UNIT_BODY, CONGDOAN_BODY_EXECUTIVE_COMMITTEE},
        {"tld.dct", "Đoàn Chủ tịch", CONGDOAN_UNIT_BODY, CONGDOAN_BODY_PRESIDIUM},
        {"tld.bdn", "Ban Đối ngoại", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.vp", "Văn phòng", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.btc", "Ban Tổ chức", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.btg", "Ban Tuyên giáo", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.bcspl", "Ban Chính sách - Pháp luật", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.btchinh", "Ban Tài chính", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.bnc", "Ban Nữ công", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"tld.ttqlda", "Trung tâm Quản lý các dự án", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
    };
    const size_t n = sizeof want / sizeof want[0];
    const congdoan_unit *tld = unit("tld");
    ck_assert_uint_eq(congdoan_unit_department_count(tld), n);
    for (size_t i = 0; i < n; i++) {
        const congdoan_unit *d = congdoan_unit_department(tld, i);
        ck_assert_ptr_nonnull(d);
        ck_assert_str_eq(congdoan_unit_id(d), want[i].id);
        ck_assert_str_eq(congdoan_unit_name(d), want[i].name);
        ck_assert_ptr_null(congdoan_unit_short_name(d));
        ck_assert_int_eq(congdoan_unit_get_kind(d), want[i].kind);
        ck_assert_int_eq(congdoan_unit_body_kind(d), want[i].body);
        /* a department or body: its level is its organisation's, its parent is the organisation */
        ck_assert_int_eq(congdoan_unit_level(d), CONGDOAN_LEVEL_CENTRAL);
        ck_assert_ptr_eq(congdoan_unit_parent(d), tld);
        ck_assert_str_eq(congdoan_unit_parent_id(d), "tld");
        ck_assert_int_eq(congdoan_unit_sector(d), CONGDOAN_SECTOR_NONE);
        ck_assert_uint_eq(congdoan_unit_child_count(d), 0);
        ck_assert_uint_eq(congdoan_unit_department_count(d), 0);
        ck_assert_ptr_null(congdoan_unit_department(d, 0));
        ck_assert_int_eq(congdoan_unit_members(d), -1);
        /* found by id as well */
        ck_assert_ptr_eq(congdoan_corpus_unit_by_id(corpus, want[i].id), d);
    }
    ck_assert_ptr_null(congdoan_unit_department(tld, n));
    ck_assert_ptr_null(congdoan_unit_department(tld, (size_t)-1));
}
END_TEST

/* ---- the provincial level: Lai Châu -------------------------------------------------------------- */

START_TEST(test_laichau)
{
    const congdoan_unit *lc = unit("laichau");
    ck_assert_str_eq(congdoan_unit_name(lc), "Liên đoàn Lao động tỉnh Lai Châu");
    ck_assert_str_eq(congdoan_unit_short_name(lc), "LĐLĐ tỉnh Lai Châu");
    ck_assert_int_eq(congdoan_unit_get_kind(lc), CONGDOAN_UNIT_ORGANISATION);
    ck_assert_int_eq(congdoan_unit_level(lc), CONGDOAN_LEVEL_PROVINCIAL);
    ck_assert_int_eq(congdoan_unit_sector(lc), CONGDOAN_SECTOR_NONE);
    ck_assert_ptr_eq(congdoan_unit_parent(lc), unit("tld"));
    ck_assert_str_eq(congdoan_unit_parent_id(lc), "tld");
    ck_assert_int_eq(congdoan_unit_members(lc), 18220);
    ck_assert_int_eq(congdoan_unit_workers(lc), -1);
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(lc), -1);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(lc), -1);
    ck_assert_uint_eq(congdoan_unit_classification_count(lc), 0);
    ck_assert_int_eq(congdoan_unit_classification(lc, 2025), CONGDOAN_GRADE_NONE);
}
END_TEST

START_TEST(test_laichau_bodies_and_departments)
{
    /* seed 004: issued by the "Ban Chấp hành LĐLĐ tỉnh", signed "TM. BAN THƯỜNG VỤ"; V.1 "Văn phòng,
     * các Ban LĐLĐ tỉnh"; IV.9 "ủy ban kiểm tra" */
    static const dept_case want[] = {
        {"laichau.bch", "Ban Chấp hành", CONGDOAN_UNIT_BODY, CONGDOAN_BODY_EXECUTIVE_COMMITTEE},
        {"laichau.btv", "Ban Thường vụ", CONGDOAN_UNIT_BODY, CONGDOAN_BODY_STANDING_COMMITTEE},
        {"laichau.ubkt", "Ủy ban Kiểm tra", CONGDOAN_UNIT_BODY, CONGDOAN_BODY_INSPECTION_COMMITTEE},
        {"laichau.vp", "Văn phòng", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"laichau.btc", "Ban Tổ chức", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"laichau.btg", "Ban Tuyên giáo", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"laichau.bcspl", "Ban Chính sách - Pháp luật", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"laichau.btchinh", "Ban Tài chính", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
        {"laichau.bnc", "Ban Nữ công", CONGDOAN_UNIT_DEPARTMENT, CONGDOAN_BODY_NONE},
    };
    const size_t n = sizeof want / sizeof want[0];
    const congdoan_unit *lc = unit("laichau");
    ck_assert_uint_eq(congdoan_unit_department_count(lc), n);
    for (size_t i = 0; i < n; i++) {
        const congdoan_unit *d = congdoan_unit_department(lc, i);
        ck_assert_str_eq(congdoan_unit_id(d), want[i].id);
        ck_assert_str_eq(congdoan_unit_name(d), want[i].name);
        ck_assert_int_eq(congdoan_unit_get_kind(d), want[i].kind);
        ck_assert_int_eq(congdoan_unit_body_kind(d), want[i].body);
        ck_assert_int_eq(congdoan_unit_level(d), CONGDOAN_LEVEL_PROVINCIAL);
        ck_assert_ptr_eq(congdoan_unit_parent(d), lc);
    }
    ck_assert_ptr_null(congdoan_unit_department(lc, n));
    ck_assert_str_eq(congdoan_unit_short_name(unit("laichau.bch")), "BCH LĐLĐ tỉnh");
    ck_assert_str_eq(congdoan_unit_short_name(unit("laichau.btv")), "BTV LĐLĐ tỉnh");
    ck_assert_str_eq(congdoan_unit_short_name(unit("laichau.ubkt")), "UBKT LĐLĐ tỉnh");
    ck_assert_ptr_null(congdoan_unit_short_name(unit("laichau.vp")));
}
END_TEST

typedef struct upper_case {
    const char *id, *name, *short_name;
    long members;
    congdoan_grade grade2024, grade2025;
    size_t grassroots;
} upper_case;

/* The 9 upper-grassroots unions of Lai Châu, in file order, with the grassroots unions listed
 * under each in units-laichau.xml. */
static const upper_case uppers[] = {
    {"laichau.tp", "Liên đoàn Lao động thành phố Lai Châu", "LĐLĐ thành phố Lai Châu", 2150, CONGDOAN_GRADE_EXCELLENT,
     CONGDOAN_GRADE_EXCELLENT, 3},
    {"laichau.tamduong", "Liên đoàn Lao động huyện Tam Đường", "LĐLĐ huyện Tam Đường", 1830, CONGDOAN_GRADE_GOOD,
     CONGDOAN_GRADE_GOOD, 3},
    {"laichau.phongtho", "Liên đoàn Lao động huyện Phong Thổ", "LĐLĐ huyện Phong Thổ", 2040, CONGDOAN_GRADE_GOOD,
     CONGDOAN_GRADE_GOOD, 3},
    {"laichau.sinho", "Liên đoàn Lao động huyện Sìn Hồ", "LĐLĐ huyện Sìn Hồ", 1620, CONGDOAN_GRADE_GOOD,
     CONGDOAN_GRADE_COMPLETED, 2},
    {"laichau.muongte", "Liên đoàn Lao động huyện Mường Tè", "LĐLĐ huyện Mường Tè", 1480, CONGDOAN_GRADE_COMPLETED,
     CONGDOAN_GRADE_GOOD, 2},
    {"laichau.thanuyen", "Liên đoàn Lao động huyện Than Uyên", "LĐLĐ huyện Than Uyên", 1960, CONGDOAN_GRADE_EXCELLENT,
     CONGDOAN_GRADE_EXCELLENT, 3},
    {"laichau.tanuyen", "Liên đoàn Lao động huyện Tân Uyên", "LĐLĐ huyện Tân Uyên", 1750, CONGDOAN_GRADE_GOOD,
     CONGDOAN_GRADE_GOOD, 3},
    {"laichau.namnhun", "Liên đoàn Lao động huyện Nậm Nhùn", "LĐLĐ huyện Nậm Nhùn", 1090, CONGDOAN_GRADE_GOOD,
     CONGDOAN_GRADE_GOOD, 2},
    {"laichau.cdvc", "Công đoàn Viên chức tỉnh Lai Châu", "CĐVC tỉnh Lai Châu", 4300, CONGDOAN_GRADE_EXCELLENT,
     CONGDOAN_GRADE_EXCELLENT, 3},
};

START_TEST(test_laichau_upper_grassroots)
{
    const congdoan_unit *lc = unit("laichau");
    const size_t n = sizeof uppers / sizeof uppers[0];
    /* 8 LĐLĐ of the city and the 7 districts, and the Công đoàn Viên chức */
    ck_assert_uint_eq(n, 9);
    ck_assert_uint_eq(congdoan_unit_child_count(lc), n);
    size_t districts = 0, cities = 0;
    long members = 0;
    for (size_t i = 0; i < n; i++) {
        const congdoan_unit *u = congdoan_unit_child(lc, i);
        ck_assert_ptr_nonnull(u);
        ck_assert_str_eq(congdoan_unit_id(u), uppers[i].id);
        ck_assert_str_eq(congdoan_unit_name(u), uppers[i].name);
        ck_assert_str_eq(congdoan_unit_short_name(u), uppers[i].short_name);
        ck_assert_int_eq(congdoan_unit_get_kind(u), CONGDOAN_UNIT_ORGANISATION);
        ck_assert_int_eq(congdoan_unit_level(u), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
        ck_assert_int_eq(congdoan_unit_sector(u), CONGDOAN_SECTOR_NONE);
        ck_assert_ptr_eq(congdoan_unit_parent(u), lc);
        ck_assert_str_eq(congdoan_unit_parent_id(u), "laichau");
        ck_assert_int_eq(congdoan_unit_members(u), uppers[i].members);
        ck_assert_uint_eq(congdoan_unit_department_count(u), 0);
        ck_assert_uint_eq(congdoan_unit_child_count(u), uppers[i].grassroots);
        members += congdoan_unit_members(u);
        if (strstr(congdoan_unit_name(u), "Liên đoàn Lao động huyện "))
            districts++;
        if (strstr(congdoan_unit_name(u), "Liên đoàn Lao động thành phố "))
            cities++;
    }
    ck_assert_uint_eq(districts, 7);
    ck_assert_uint_eq(cities, 1);
    ck_assert_ptr_null(congdoan_unit_child(lc, n));
    /* the comment of units-laichau.xml: laichau's members are the sum over the 9 unions */
    ck_assert_int_eq(members, congdoan_unit_members(lc));
}
END_TEST

START_TEST(test_classifications)
{
    for (size_t i = 0; i < sizeof uppers / sizeof uppers[0]; i++) {
        const congdoan_unit *u = unit(uppers[i].id);
        ck_assert_uint_eq(congdoan_unit_classification_count(u), 2);
        ck_assert_int_eq(congdoan_unit_classification_year(u, 0), 2024);
        ck_assert_int_eq(congdoan_unit_classification_grade(u, 0), uppers[i].grade2024);
        ck_assert_int_eq(congdoan_unit_classification_year(u, 1), 2025);
        ck_assert_int_eq(congdoan_unit_classification_grade(u, 1), uppers[i].grade2025);
        ck_assert_int_eq(congdoan_unit_classification(u, 2024), uppers[i].grade2024);
        ck_assert_int_eq(congdoan_unit_classification(u, 2025), uppers[i].grade2025);
        ck_assert_int_eq(congdoan_unit_classification(u, 2023), CONGDOAN_GRADE_NONE);
        ck_assert_int_eq(congdoan_unit_classification(u, 2026), CONGDOAN_GRADE_NONE);
        ck_assert_int_eq(congdoan_unit_classification_year(u, 2), 0);
        ck_assert_int_eq(congdoan_unit_classification_grade(u, 2), CONGDOAN_GRADE_NONE);
    }
    /* the one "không hoàn thành nhiệm vụ" of the fixtures */
    const congdoan_unit *xd = unit("laichau.sinho.xaydung3");
    ck_assert_int_eq(congdoan_unit_classification(xd, 2024), CONGDOAN_GRADE_NOT_COMPLETED);
    ck_assert_int_eq(congdoan_unit_classification(xd, 2025), CONGDOAN_GRADE_COMPLETED);
    /* grades are ordered */
    ck_assert_int_lt(CONGDOAN_GRADE_NONE, CONGDOAN_GRADE_NOT_COMPLETED);
    ck_assert_int_lt(CONGDOAN_GRADE_NOT_COMPLETED, CONGDOAN_GRADE_COMPLETED);
    ck_assert_int_lt(CONGDOAN_GRADE_COMPLETED, CONGDOAN_GRADE_GOOD);
    ck_assert_int_lt(CONGDOAN_GRADE_GOOD, CONGDOAN_GRADE_EXCELLENT);
}
END_TEST

START_TEST(test_grassroots)
{
    const congdoan_unit *tp = unit("laichau.tp");
    ck_assert_uint_eq(congdoan_unit_child_count(tp), 3);
    const congdoan_unit *thpt = congdoan_unit_child(tp, 0);
    const congdoan_unit *mt = congdoan_unit_child(tp, 1);
    const congdoan_unit *vt = congdoan_unit_child(tp, 2);
    ck_assert_str_eq(congdoan_unit_id(thpt), "laichau.tp.thpt1");
    ck_assert_str_eq(congdoan_unit_name(thpt), "Công đoàn cơ sở Trường THPT số 1 thành phố Lai Châu");
    ck_assert_ptr_null(congdoan_unit_short_name(thpt));
    ck_assert_int_eq(congdoan_unit_level(thpt), CONGDOAN_LEVEL_GRASSROOTS);
    ck_assert_int_eq(congdoan_unit_sector(thpt), CONGDOAN_SECTOR_PUBLIC);
    ck_assert_int_eq(congdoan_unit_members(thpt), 68);
    ck_assert_int_eq(congdoan_unit_workers(thpt), -1);
    ck_assert_uint_eq(congdoan_unit_child_count(thpt), 0);
    ck_assert_ptr_null(congdoan_unit_child(thpt, 0));
    ck_assert_int_eq(congdoan_unit_classification(thpt, 2024), CONGDOAN_GRADE_EXCELLENT);
    ck_assert_int_eq(congdoan_unit_classification(thpt, 2025), CONGDOAN_GRADE_GOOD);

    ck_assert_str_eq(congdoan_unit_id(mt), "laichau.tp.moitruong");
    ck_assert_int_eq(congdoan_unit_sector(mt), CONGDOAN_SECTOR_STATE_ENTERPRISE);
    ck_assert_int_eq(congdoan_unit_members(mt), 95);
    ck_assert_int_eq(congdoan_unit_workers(mt), 102);

    ck_assert_str_eq(congdoan_unit_id(vt), "laichau.tp.vantai");
    ck_assert_int_eq(congdoan_unit_sector(vt), CONGDOAN_SECTOR_NON_STATE_ENTERPRISE);
    ck_assert_int_eq(congdoan_unit_members(vt), 42);
    ck_assert_int_eq(congdoan_unit_workers(vt), 55);
    ck_assert_ptr_eq(congdoan_unit_parent(vt), tp);
    ck_assert_str_eq(congdoan_unit_parent_id(vt), "laichau.tp");

    /* the whole sample: 24 grassroots unions, 12 public + 4 state enterprises + 8 non-state */
    size_t by_sector[4] = {0};
    size_t total = 0;
    for (size_t i = 0; i < sizeof uppers / sizeof uppers[0]; i++) {
        const congdoan_unit *u = unit(uppers[i].id);
        for (size_t j = 0; j < congdoan_unit_child_count(u); j++) {
            const congdoan_unit *g = congdoan_unit_child(u, j);
            ck_assert_int_eq(congdoan_unit_level(g), CONGDOAN_LEVEL_GRASSROOTS);
            ck_assert_ptr_eq(congdoan_unit_parent(g), u);
            ck_assert_int_ne(congdoan_unit_sector(g), CONGDOAN_SECTOR_NONE);
            ck_assert_int_gt(congdoan_unit_members(g), 0);
            by_sector[congdoan_unit_sector(g)]++;
            total++;
        }
    }
    ck_assert_uint_eq(total, 24);
    ck_assert_uint_eq(by_sector[CONGDOAN_SECTOR_PUBLIC], 12);
    ck_assert_uint_eq(by_sector[CONGDOAN_SECTOR_STATE_ENTERPRISE], 4);
    ck_assert_uint_eq(by_sector[CONGDOAN_SECTOR_NON_STATE_ENTERPRISE], 8);
}
END_TEST

/* The figures the comment of units-laichau.xml promises for the 2025 share-of-units targets of
 * 13/CTr-LĐLĐ ("hoàn thành tốt nhiệm vụ trở lên" = good or better), computed from the units. */
START_TEST(test_good_or_better_2025)
{
    size_t upper_good = 0, upper_all = 0, state_good = 0, state_all = 0, nonstate_good = 0, nonstate_all = 0;
    for (size_t i = 0; i < congdoan_corpus_unit_count(corpus); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(corpus, i);
        if (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION)
            continue;
        /* only the Lai Châu subtree */
        const congdoan_unit *p = u;
        while (p && strcmp(congdoan_unit_id(p), "laichau") != 0)
            p = congdoan_unit_parent(p);
        if (!p || p == u)
            continue;
        int good = congdoan_unit_classification(u, 2025) >= CONGDOAN_GRADE_GOOD;
        if (congdoan_unit_level(u) == CONGDOAN_LEVEL_UPPER_GRASSROOTS) {
            upper_all++;
            upper_good += good;
        } else if (congdoan_unit_sector(u) == CONGDOAN_SECTOR_NON_STATE_ENTERPRISE) {
            nonstate_all++;
            nonstate_good += good;
        } else {
            state_all++;
            state_good += good;
        }
    }
    ck_assert_uint_eq(upper_all, 9);
    ck_assert_uint_eq(upper_good, 8);
    ck_assert_uint_eq(state_all, 16);
    ck_assert_uint_eq(state_good, 14);
    ck_assert_uint_eq(nonstate_all, 8);
    ck_assert_uint_eq(nonstate_good, 6);
}
END_TEST

/* ---- Công đoàn Công Thương Việt Nam (seed 002) ---------------------------------------------------- */

START_TEST(test_congthuong)
{
    const congdoan_unit *ct = unit("congthuong");
    ck_assert_str_eq(congdoan_unit_name(ct), "Công đoàn Công Thương Việt Nam");
    ck_assert_ptr_null(congdoan_unit_short_name(ct));
    /* a Công đoàn ngành Trung ương is at the provincial level */
    ck_assert_int_eq(congdoan_unit_level(ct), CONGDOAN_LEVEL_PROVINCIAL);
    ck_assert_ptr_eq(congdoan_unit_parent(ct), unit("tld"));
    /* "trực tiếp quản lý 16 công đoàn cấp trên cơ sở, với 515 công đoàn cơ sở"; the 21 provincial
     * sectoral unions it only coordinates are counted nowhere */
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(ct), 16);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(ct), 515);
    ck_assert_int_eq(congdoan_unit_members(ct), -1);
    ck_assert_uint_eq(congdoan_unit_department_count(ct), 0);
    /* 3 of the 16 listed */
    ck_assert_uint_eq(congdoan_unit_child_count(ct), 3);
    for (size_t i = 0; i < 3; i++) {
        const congdoan_unit *c = congdoan_unit_child(ct, i);
        char id[32];
        snprintf(id, sizeof id, "congthuong.ctcs%zu", i + 1);
        ck_assert_str_eq(congdoan_unit_id(c), id);
        ck_assert_int_eq(congdoan_unit_level(c), CONGDOAN_LEVEL_UPPER_GRASSROOTS);
        ck_assert_ptr_eq(congdoan_unit_parent(c), ct);
        ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(c), -1);
        ck_assert_int_eq(congdoan_unit_declared_grassroots_units(c), -1);
    }
    ck_assert_uint_lt(congdoan_unit_child_count(ct), (size_t)congdoan_unit_declared_upper_grassroots_units(ct));
}
END_TEST

/* ---- names of enum values ------------------------------------------------------------------------- */

START_TEST(test_names)
{
    ck_assert_str_eq(congdoan_level_name(CONGDOAN_LEVEL_CENTRAL), "central");
    ck_assert_str_eq(congdoan_level_name(CONGDOAN_LEVEL_PROVINCIAL), "provincial");
    ck_assert_str_eq(congdoan_level_name(CONGDOAN_LEVEL_UPPER_GRASSROOTS), "upper-grassroots");
    ck_assert_str_eq(congdoan_level_name(CONGDOAN_LEVEL_GRASSROOTS), "grassroots");
    ck_assert_ptr_null(congdoan_level_name(CONGDOAN_LEVEL_UNKNOWN));
    ck_assert_ptr_null(congdoan_level_name((congdoan_level)5));
    ck_assert_ptr_null(congdoan_level_name((congdoan_level)-1));
    ck_assert_str_eq(congdoan_sector_name(CONGDOAN_SECTOR_PUBLIC), "public");
    ck_assert_str_eq(congdoan_sector_name(CONGDOAN_SECTOR_STATE_ENTERPRISE), "state-enterprise");
    ck_assert_str_eq(congdoan_sector_name(CONGDOAN_SECTOR_NON_STATE_ENTERPRISE), "non-state-enterprise");
    ck_assert_ptr_null(congdoan_sector_name(CONGDOAN_SECTOR_NONE));
    ck_assert_ptr_null(congdoan_sector_name((congdoan_sector)4));
    ck_assert_str_eq(congdoan_grade_name(CONGDOAN_GRADE_EXCELLENT), "excellent");
    ck_assert_str_eq(congdoan_grade_name(CONGDOAN_GRADE_GOOD), "good");
    ck_assert_str_eq(congdoan_grade_name(CONGDOAN_GRADE_COMPLETED), "completed");
    ck_assert_str_eq(congdoan_grade_name(CONGDOAN_GRADE_NOT_COMPLETED), "not-completed");
    ck_assert_ptr_null(congdoan_grade_name(CONGDOAN_GRADE_NONE));
    ck_assert_ptr_null(congdoan_grade_name((congdoan_grade)5));
    ck_assert_ptr_null(congdoan_grade_name((congdoan_grade)-3));
}
END_TEST

/* ---- NULL handles ------------------------------------------------------------------------------- */

START_TEST(test_null_unit)
{
    ck_assert_ptr_null(congdoan_unit_id(NULL));
    ck_assert_ptr_null(congdoan_unit_name(NULL));
    ck_assert_ptr_null(congdoan_unit_short_name(NULL));
    ck_assert_int_eq(congdoan_unit_get_kind(NULL), 0);
    ck_assert_int_eq(congdoan_unit_level(NULL), CONGDOAN_LEVEL_UNKNOWN);
    ck_assert_int_eq(congdoan_unit_sector(NULL), CONGDOAN_SECTOR_NONE);
    ck_assert_int_eq(congdoan_unit_body_kind(NULL), CONGDOAN_BODY_NONE);
    ck_assert_ptr_null(congdoan_unit_parent(NULL));
    ck_assert_ptr_null(congdoan_unit_parent_id(NULL));
    ck_assert_uint_eq(congdoan_unit_child_count(NULL), 0);
    ck_assert_ptr_null(congdoan_unit_child(NULL, 0));
    ck_assert_uint_eq(congdoan_unit_department_count(NULL), 0);
    ck_assert_ptr_null(congdoan_unit_department(NULL, 0));
    /* "unknown" for the figures */
    ck_assert_int_eq(congdoan_unit_members(NULL), -1);
    ck_assert_int_eq(congdoan_unit_workers(NULL), -1);
    ck_assert_int_eq(congdoan_unit_declared_upper_grassroots_units(NULL), -1);
    ck_assert_int_eq(congdoan_unit_declared_grassroots_units(NULL), -1);
    ck_assert_uint_eq(congdoan_unit_classification_count(NULL), 0);
    ck_assert_int_eq(congdoan_unit_classification_year(NULL, 0), 0);
    ck_assert_int_eq(congdoan_unit_classification_grade(NULL, 0), CONGDOAN_GRADE_NONE);
    ck_assert_int_eq(congdoan_unit_classification(NULL, 2025), CONGDOAN_GRADE_NONE);
}
END_TEST

static Suite *unit_suite(void)
{
    Suite *s = suite_create("unit");
    TCase *tc = tcase_create("unit");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_tld);
    tcase_add_test(tc, test_tld_departments);
    tcase_add_test(tc, test_laichau);
    tcase_add_test(tc, test_laichau_bodies_and_departments);
    tcase_add_test(tc, test_laichau_upper_grassroots);
    tcase_add_test(tc, test_classifications);
    tcase_add_test(tc, test_grassroots);
    tcase_add_test(tc, test_good_or_better_2025);
    tcase_add_test(tc, test_congthuong);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_null_unit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(unit_suite());
}
