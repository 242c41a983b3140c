/*
 * gen-national: write a national-scale file in the libcongdoan vocabulary (lib/schema/REFERENCE.md)
 * for the loading benchmark (bench-load.c).
 *
 *   gen-national [--units N] [--values N] [--seed S] OUTPUT.xml
 *
 * Defaults: 150,000 units and 3,000,000 report values, the shape of the whole Tổng Liên đoàn:
 *   - 1 central unit ("tld", Tổng Liên đoàn Lao động Việt Nam) with its bodies and departments;
 *   - 86 provincial units: 63 LĐLĐ tỉnh/thành phố, 20 Công đoàn ngành Trung ương and 3 Công đoàn
 *     Tổng Công ty trực thuộc TLĐ;
 *   - ~700 upper-grassroots units (LĐLĐ huyện/quận, Công đoàn ngành địa phương, Công đoàn Viên
 *     chức tỉnh, Công đoàn các KCN, Công đoàn Tổng Công ty under a sectoral union);
 *   - the rest grassroots (CĐCS), each with a sector, members, workers and a 2025 classification;
 *   - one programme document of the central unit with 24 indicators (count, percentage, average,
 *     share-of-units with condition classification-at-least:good, several scopes) and 3 tasks;
 *   - one report for period 2025 by every upper-grassroots and grassroots unit against that
 *     document, the values spread evenly (20 or 21 per report at full size): value= for counts,
 *     numerator=/denominator= (sometimes with value=) for percentages and averages,
 *     coverage="subtree" on most values of upper-grassroots reports.
 *
 * Deterministic: a fixed seed and an own PRNG (splitmix64), so the same arguments give the same
 * bytes on every machine. Text is Vietnamese UTF-8 in NFC. The data is ILLUSTRATIVE: made-up
 * names and figures, not statistics of any real union.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* ---- PRNG: splitmix64 ------------------------------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n). n > 0. (The modulo bias is negligible for the small n used here.) */
static uint32_t rng_below(uint32_t n)
{
    return (uint32_t)(rng_next() % n);
}

/* Uniform in [0, 1). */
static double rng_unit(void)
{
    return (double)(rng_next() >> 11) * (1.0 / 9007199254740992.0);
}

/* ---- names ------------------------------------------------------------------------------------ */

/* The 63 provinces and centrally-run cities (before the 2025 merger). `city`: thành phố trực thuộc TW. */
static const struct {
    const char *name;
    int city;
} provinces[63] = {
    {"Hà Nội", 1}, {"Hồ Chí Minh", 1}, {"Hải Phòng", 1}, {"Đà Nẵng", 1}, {"Cần Thơ", 1},
    {"Hà Giang", 0}, {"Cao Bằng", 0}, {"Bắc Kạn", 0}, {"Tuyên Quang", 0}, {"Lào Cai", 0},
    {"Điện Biên", 0}, {"Lai Châu", 0}, {"Sơn La", 0}, {"Yên Bái", 0}, {"Hòa Bình", 0},
    {"Thái Nguyên", 0}, {"Lạng Sơn", 0}, {"Quảng Ninh", 0}, {"Bắc Giang", 0}, {"Phú Thọ", 0},
    {"Vĩnh Phúc", 0}, {"Bắc Ninh", 0}, {"Hải Dương", 0}, {"Hưng Yên", 0}, {"Thái Bình", 0},
    {"Hà Nam", 0}, {"Nam Định", 0}, {"Ninh Bình", 0}, {"Thanh Hóa", 0}, {"Nghệ An", 0},
    {"Hà Tĩnh", 0}, {"Quảng Bình", 0}, {"Quảng Trị", 0}, {"Thừa Thiên Huế", 0}, {"Quảng Nam", 0},
    {"Quảng Ngãi", 0}, {"Bình Định", 0}, {"Phú Yên", 0}, {"Khánh Hòa", 0}, {"Ninh Thuận", 0},
    {"Bình Thuận", 0}, {"Kon Tum", 0}, {"Gia Lai", 0}, {"Đắk Lắk", 0}, {"Đắk Nông", 0},
    {"Lâm Đồng", 0}, {"Bình Phước", 0}, {"Tây Ninh", 0}, {"Bình Dương", 0}, {"Đồng Nai", 0},
    {"Bà Rịa - Vũng Tàu", 0}, {"Long An", 0}, {"Tiền Giang", 0}, {"Bến Tre", 0}, {"Trà Vinh", 0},
    {"Vĩnh Long", 0}, {"Đồng Tháp", 0}, {"An Giang", 0}, {"Kiên Giang", 0}, {"Hậu Giang", 0},
    {"Sóc Trăng", 0}, {"Bạc Liêu", 0}, {"Cà Mau", 0},
};

/* Công đoàn ngành Trung ương (illustrative list of 20). */
static const char *const sectoral[20] = {
    "Công đoàn Giáo dục Việt Nam", "Công đoàn Y tế Việt Nam", "Công đoàn Công Thương Việt Nam",
    "Công đoàn Xây dựng Việt Nam", "Công đoàn Giao thông Vận tải Việt Nam",
    "Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam", "Công đoàn Ngân hàng Việt Nam",
    "Công đoàn Viên chức Việt Nam", "Công đoàn Bưu điện Việt Nam", "Công đoàn Đường sắt Việt Nam",
    "Công đoàn Hàng không Việt Nam", "Công đoàn Dệt May Việt Nam", "Công đoàn Cao su Việt Nam",
    "Công đoàn Điện lực Việt Nam", "Công đoàn Dầu khí Việt Nam", "Công đoàn Than - Khoáng sản Việt Nam",
    "Công đoàn Tài chính Việt Nam", "Công đoàn Thông tin và Truyền thông Việt Nam",
    "Công đoàn Tài nguyên và Môi trường Việt Nam", "Công đoàn Văn hóa, Thể thao và Du lịch Việt Nam",
};

/* Công đoàn Tổng Công ty trực thuộc TLĐ (illustrative). */
static const char *const corporations[3] = {
    "Công đoàn Tổng Công ty Hàng hải Việt Nam", "Công đoàn Tổng Công ty Công nghiệp Tàu thủy",
    "Công đoàn Tổng Công ty Đầu tư và Kinh doanh vốn nhà nước",
};

/* Place names are made of two syllables. */
static const char *const syl_a[30] = {
    "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Đức", "Thuận", "Quảng", "Vĩnh", "Hưng",
    "Phước", "Xuân", "Trường", "Cẩm", "Yên", "Kim", "Đông", "Tây", "Nam", "Bắc", "Hải", "Sơn", "Thanh",
    "Ngọc", "Lạc", "Châu", "Hương",
};
static const char *const syl_b[30] = {
    "Phú", "Lợi", "Thành", "Hòa", "Bình", "Xuyên", "Lâm", "Sơn", "Giang", "Hà", "Điền", "Lộc", "Khánh",
    "Thủy", "Tiến", "Thịnh", "An", "Định", "Mỹ", "Phong", "Lập", "Trạch", "Ninh", "Yên", "Đông", "Hưng",
    "Quang", "Tường", "Thới", "Chánh",
};

static const char *const industries[20] = {
    "Sản xuất", "May mặc", "Giày da", "Điện tử", "Chế biến thủy sản", "Xây dựng", "Thương mại và Dịch vụ",
    "Vận tải", "Cơ khí", "Chế biến gỗ", "Thực phẩm", "Nhựa", "Dệt may", "Bao bì", "Phần mềm",
    "Xi măng", "Hóa chất", "Dược phẩm", "Nông sản", "Vật liệu xây dựng",
};

static const char *const local_sectors[6] = {
    "Giáo dục", "Y tế", "Xây dựng", "Công Thương", "Nông nghiệp và Phát triển nông thôn", "Giao thông vận tải",
};

static const char *const public_bodies[8] = {
    "Trường Tiểu học", "Trường Trung học cơ sở", "Trường Mầm non", "Trường Trung học phổ thông",
    "Trung tâm Y tế huyện", "Ủy ban nhân dân xã", "Bệnh viện Đa khoa khu vực", "Chi cục Thuế khu vực",
};

static const char *const state_firms[4] = {
    "Công ty TNHH MTV", "Công ty Cổ phần", "Công ty TNHH Nhà nước MTV", "Tổng Công ty",
};

static const char *const private_firms[5] = {
    "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH", "Công ty Liên doanh", "Công ty TNHH",
};

static void place(char *out, size_t size)
{
    uint32_t a = rng_below(30), b = rng_below(30);
    if (strcmp(syl_a[a], syl_b[b]) == 0)
        b = (b + 1) % 30;
    snprintf(out, size, "%s %s", syl_a[a], syl_b[b]);
}

/* "tỉnh Lai Châu", "thành phố Hà Nội", "Thành phố Hồ Chí Minh" */
static void province_phrase(char *out, size_t size, int p)
{
    if (p == 1)
        snprintf(out, size, "Thành phố %s", provinces[p].name);
    else
        snprintf(out, size, "%s %s", provinces[p].city ? "thành phố" : "tỉnh", provinces[p].name);
}

/* ---- the units ---------------------------------------------------------------------------------- */

enum { L_CENTRAL, L_PROVINCIAL, L_UPPER, L_GRASSROOTS };
enum { K_PROVINCE, K_SECTORAL, K_CORPORATION };
enum { S_NONE, S_PUBLIC, S_STATE, S_PRIVATE };
static const char *const level_names[4] = {"central", "provincial", "upper-grassroots", "grassroots"};
static const char *const sector_names[4] = {NULL, "public", "state-enterprise", "non-state-enterprise"};
static const char *const grade_names[4] = {"excellent", "good", "completed", "not-completed"};

typedef struct gunit {
    int32_t parent;   /* index, -1 for the central unit */
    uint8_t level, kind, sector, grade;
    int16_t which;    /* provincial: index in its table */
    int64_t members, workers;
    int32_t n_upper, n_grassroots; /* provincial: children counts */
} gunit;

static void id_of(char *out, size_t size, const gunit *units, long i, long first_upper, long first_gs)
{
    const gunit *u = &units[i];
    switch (u->level) {
    case L_CENTRAL: snprintf(out, size, "tld"); break;
    case L_PROVINCIAL:
        snprintf(out, size, "%s-%02d", u->kind == K_PROVINCE ? "ldld" : u->kind == K_SECTORAL ? "cdn" : "cdtct",
                 u->which + 1);
        break;
    case L_UPPER: snprintf(out, size, "ctcs-%04ld", i - first_upper + 1); break;
    default: snprintf(out, size, "cdcs-%06ld", i - first_gs + 1); break;
    }
}

static int pick_grade(int good_bias)
{
    /* good_bias: percentage points moved from completed to good */
    uint32_t r = rng_below(100);
    if (r < 15)
        return 0;
    if (r < 15 + 55 + (uint32_t)good_bias)
        return 1;
    if (r < 95)
        return 2;
    return 3;
}

/* ---- the document ------------------------------------------------------------------------------ */

typedef struct ind {
    const char *id, *measure, *comparator, *target, *target_max, *baseline, *scope_level, *scope_sector,
        *condition, *uom, *text;
} ind;

enum { N_REPORTABLE = 21, N_INDICATORS = 24 };

/* The first N_REPORTABLE are reported on; the share-of-units ones are computed from the units. */
static const ind indicators[N_INDICATORS] = {
    {"ct-01", "count", "at-least", "1000000", NULL, "950000", NULL, NULL, NULL, "đoàn viên",
     "Phát triển mới ít nhất 1.000.000 đoàn viên trong năm 2025."},
    {"ct-02", "count", "at-least", "2000", NULL, NULL, "grassroots", "non-state-enterprise", NULL, "công đoàn cơ sở",
     "Thành lập mới ít nhất 2.000 công đoàn cơ sở ở doanh nghiệp ngoài khu vực nhà nước có từ 25 lao động trở lên."},
    {"ct-03", "count", "at-least", "50000", NULL, NULL, NULL, NULL, NULL, "đoàn viên ưu tú",
     "Giới thiệu ít nhất 50.000 đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng, kết nạp."},
    {"ct-04", "count", "at-least", "100000", NULL, NULL, NULL, NULL, NULL, "lượt cán bộ",
     "Tập huấn, bồi dưỡng nghiệp vụ cho ít nhất 100.000 lượt cán bộ công đoàn các cấp."},
    {"ct-05", "count", "at-most", "0", NULL, NULL, NULL, NULL, NULL, "cuộc",
     "Không để xảy ra ngừng việc tập thể kéo dài quá 3 ngày mà công đoàn không tham gia giải quyết."},
    {"ct-06", "count", "at-least", "10000", NULL, NULL, NULL, NULL, NULL, "Mái ấm Công đoàn",
     "Hỗ trợ xây mới, sửa chữa ít nhất 10.000 Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn."},
    {"tl-01", "percentage", "at-least", "98", NULL, NULL, NULL, NULL, NULL, NULL,
     "98% trở lên đoàn viên, người lao động được tuyên truyền, phổ biến chủ trương của Đảng, chính sách, "
     "pháp luật của Nhà nước và nghị quyết của công đoàn."},
    {"tl-02", "percentage", "at-least", "70", NULL, "65", "grassroots", "state-enterprise non-state-enterprise", NULL,
     NULL, "70% trở lên công đoàn cơ sở doanh nghiệp thương lượng, ký kết được thỏa ước lao động tập thể."},
    {"tl-03", "percentage", "at-least", "100", NULL, NULL, "grassroots", "public", NULL, NULL,
     "100% công đoàn cơ sở cơ quan hành chính, đơn vị sự nghiệp công lập phối hợp tổ chức hội nghị cán bộ, "
     "công chức, viên chức."},
    {"tl-04", "percentage", "at-least", "90", NULL, NULL, "grassroots", "non-state-enterprise", NULL, NULL,
     "90% trở lên công đoàn cơ sở doanh nghiệp ngoài khu vực nhà nước phối hợp tổ chức hội nghị người lao động."},
    {"tl-05", "percentage", "range", "30", "50", NULL, "grassroots", NULL, NULL, NULL,
     "Tỷ lệ nữ tham gia ban chấp hành công đoàn cơ sở đạt từ 30% đến 50%."},
    {"tl-06", "percentage", "at-most", "5", NULL, NULL, "grassroots", NULL, NULL, NULL,
     "Tỷ lệ công đoàn cơ sở không thu được kinh phí công đoàn không quá 5%."},
    {"tl-07", "percentage", "at-least", "95", NULL, NULL, NULL, NULL, NULL, NULL,
     "95% trở lên đoàn viên được đóng đoàn phí đúng quy định."},
    {"tl-08", "percentage", "at-least", "80", NULL, NULL, "upper-grassroots", NULL, NULL, NULL,
     "80% trở lên công đoàn cấp trên trực tiếp cơ sở kiểm tra việc thực hiện Điều lệ tại các công đoàn cơ sở."},
    {"tl-09", "percentage", "at-least", "60", NULL, NULL, NULL, NULL, NULL, NULL,
     "60% trở lên nữ đoàn viên được tuyên truyền về bình đẳng giới và phòng, chống quấy rối tình dục."},
    {"tl-10", "percentage", "exactly", "100", NULL, NULL, NULL, NULL, NULL, NULL,
     "100% vụ tranh chấp lao động tập thể có công đoàn tham gia giải quyết theo quy định."},
    {"tl-11", "percentage", "at-least", "85", NULL, NULL, NULL, NULL, NULL, NULL,
     "85% trở lên đoàn viên, người lao động được học tập, quán triệt nghị quyết đại hội công đoàn các cấp."},
    {"bq-01", "average", "at-least", "1", NULL, NULL, "grassroots", NULL, NULL, "đoàn viên ưu tú",
     "Bình quân mỗi công đoàn cơ sở giới thiệu ít nhất 01 đoàn viên ưu tú cho Đảng xem xét kết nạp."},
    {"bq-02", "average", "at-least", "2", NULL, NULL, "grassroots", NULL, NULL, "hoạt động",
     "Bình quân mỗi công đoàn cơ sở tổ chức ít nhất 02 hoạt động văn hóa, thể thao trong năm."},
    {"bq-03", "average", "at-least", "4", NULL, NULL, "upper-grassroots", NULL, NULL, "cuộc",
     "Bình quân mỗi công đoàn cấp trên trực tiếp cơ sở tổ chức ít nhất 04 cuộc đối thoại với người sử dụng lao động."},
    {"bq-04", "average", "at-least", "500000", NULL, NULL, NULL, NULL, NULL, "đồng",
     "Bình quân mỗi đoàn viên có hoàn cảnh khó khăn được hỗ trợ ít nhất 500.000 đồng."},
    {"xl-01", "share-of-units", "at-least", "90", NULL, NULL, "upper-grassroots", NULL,
     "classification-at-least:good", NULL,
     "90% trở lên công đoàn cấp trên trực tiếp cơ sở xếp loại hoàn thành tốt nhiệm vụ trở lên."},
    {"xl-02", "share-of-units", "at-least", "85", NULL, NULL, "grassroots", "public state-enterprise",
     "classification-at-least:good", NULL,
     "85% trở lên công đoàn cơ sở khu vực nhà nước xếp loại hoàn thành tốt nhiệm vụ trở lên."},
    {"xl-03", "share-of-units", "at-least", "70", NULL, NULL, "grassroots", "non-state-enterprise",
     "classification-at-least:good", NULL,
     "70% trở lên công đoàn cơ sở doanh nghiệp ngoài khu vực nhà nước xếp loại hoàn thành tốt nhiệm vụ trở lên."},
};

static const char *const DOC_ID = "ctr-tld-2025";

static void opt_attr(FILE *f, const char *name, const char *value)
{
    if (value)
        fprintf(f, " %s=\"%s\"", name, value);
}

static void write_document(FILE *f)
{
    fprintf(f,
            "  <document id=\"%s\" kind=\"programme\" number=\"10/CTr-TLĐ\" issuer=\"tld\" issuing-body=\"tld.dct\""
            " issued=\"2025-01-10\" effective=\"2025-01-10\" place=\"Hà Nội\" field=\"Công tác công đoàn\">\n",
            DOC_ID);
    fputs("    <title>Chương trình công tác năm 2025 của Tổng Liên đoàn Lao động Việt Nam</title>\n"
          "    <signer name=\"Nguyễn Văn Minh\" position=\"Chủ tịch\" capacity=\"TM. Đoàn Chủ tịch\"/>\n"
          "    <relation type=\"implements\" number=\"02-NQ/TW\" date=\"2021-06-12\">Nghị quyết số 02-NQ/TW ngày "
          "12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới"
          "</relation>\n"
          "    <recipient unit=\"ldld-01\">Các Liên đoàn Lao động tỉnh, thành phố</recipient>\n"
          "    <recipient>Các công đoàn ngành Trung ương và tương đương</recipient>\n"
          "    <section number=\"I.\" title=\"MỤC TIÊU, CHỈ TIÊU\">\n"
          "      <p>Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam; phấn đấu hoàn thành "
          "các chỉ tiêu sau.</p>\n",
          f);
    for (int i = 0; i < N_INDICATORS; i++) {
        const ind *x = &indicators[i];
        fprintf(f, "      <indicator id=\"%s\" measure=\"%s\"", x->id, x->measure);
        opt_attr(f, "condition", x->condition);
        fprintf(f, " comparator=\"%s\" target=\"%s\"", x->comparator, x->target);
        opt_attr(f, "target-max", x->target_max);
        opt_attr(f, "baseline", x->baseline);
        fputs(" period=\"2025\" owner=\"tld\"", f);
        opt_attr(f, "scope-level", x->scope_level);
        opt_attr(f, "scope-sector", x->scope_sector);
        opt_attr(f, "unit-of-measure", x->uom);
        fprintf(f, ">\n        <text>%s</text>\n      </indicator>\n", x->text);
    }
    fputs("    </section>\n"
          "    <section number=\"II.\" title=\"NHIỆM VỤ TRỌNG TÂM\">\n"
          "      <task id=\"nv-01\" lead=\"tld.btc\" due=\"2025-12-31\" due-text=\"trong năm 2025\">\n"
          "        <text>Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở ở doanh nghiệp ngoài khu vực nhà "
          "nước.</text>\n"
          "        <coordinator unit=\"tld.vp\"/>\n"
          "        <coordinator>Các Liên đoàn Lao động tỉnh, thành phố</coordinator>\n"
          "      </task>\n"
          "      <task id=\"nv-02\" lead=\"tld.bqhld\" due=\"quarterly:15\" due-text=\"hằng quý\">\n"
          "        <text>Hướng dẫn, hỗ trợ công đoàn cơ sở thương lượng, ký kết thỏa ước lao động tập thể.</text>\n"
          "      </task>\n"
          "      <task id=\"nv-03\" lead=\"tld.btg\" due=\"ongoing\" due-text=\"thường xuyên\">\n"
          "        <text>Tuyên truyền, phổ biến pháp luật cho đoàn viên, người lao động.</text>\n"
          "        <coordinator unit=\"tld.bnc\">Ban Nữ công</coordinator>\n"
          "      </task>\n"
          "    </section>\n"
          "  </document>\n",
          f);
}

/* ---- main --------------------------------------------------------------------------------------- */

static void usage(FILE *out)
{
    fputs("usage: gen-national [--units N] [--values N] [--seed S] OUTPUT.xml\n"
          "  --units N   number of organisations (default 150000, at least 10)\n"
          "  --values N  number of report values (default 3000000)\n"
          "  --seed S    PRNG seed (default 20250101)\n",
          out);
}

static int parse_long(const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 0)
        return -1;
    *out = v;
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    long n_units = 150000, n_values = 3000000, seed = 20250101;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        long *target = NULL;
        if (strcmp(argv[i], "--units") == 0)
            target = &n_units;
        else if (strcmp(argv[i], "--values") == 0)
            target = &n_values;
        else if (strcmp(argv[i], "--seed") == 0)
            target = &seed;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' || path) {
            usage(stderr);
            return 2;
        } else {
            path = argv[i];
            continue;
        }
        if (i + 1 >= argc || parse_long(argv[++i], target) != 0) {
            fprintf(stderr, "gen-national: %s needs a number of 0 or more\n", argv[i - 1]);
            return 2;
        }
    }
    if (!path || n_units < 10 || n_units > 10000000) {
        usage(stderr);
        return 2;
    }
    rng_state = (uint64_t)seed;
    double t0 = now();

    /* -- structure: levels, parents, sectors, members, grades -- */
    long n_prov = n_units >= 2000 ? 86 : (n_units - 1) / 10;
    if (n_prov < 1)
        n_prov = 1;
    long n_upper = (n_units * 700 + 75000) / 150000;
    long small = (n_units - 1 - n_prov) / 3;
    if (n_upper < (small < 4 ? small : 4))
        n_upper = small < 4 ? small : 4;
    if (n_upper < 1)
        n_upper = 1;
    long n_gs = n_units - 1 - n_prov - n_upper;
    long first_prov = 1, first_upper = 1 + n_prov, first_gs = 1 + n_prov + n_upper;

    gunit *units = calloc((size_t)n_units, sizeof *units);
    if (!units) {
        fprintf(stderr, "gen-national: out of memory\n");
        return 1;
    }
    units[0].parent = -1;
    units[0].level = L_CENTRAL;
    /* Provincial units, mixed so that a small file has every kind: a sectoral union at every 4th
     * place while they last, the corporations at places 2, 40 and 80. */
    {
        int np = 0, ns = 0, nc = 0;
        for (long j = 0; j < n_prov; j++) {
            gunit *u = &units[first_prov + j];
            u->parent = 0;
            u->level = L_PROVINCIAL;
            if ((j == 2 || j == 40 || j == 80) && nc < 3)
                u->kind = K_CORPORATION, u->which = (int16_t)nc++;
            else if (j % 4 == 1 && ns < 20)
                u->kind = K_SECTORAL, u->which = (int16_t)ns++;
            else if (np < 63)
                u->kind = K_PROVINCE, u->which = (int16_t)np++;
            else if (ns < 20)
                u->kind = K_SECTORAL, u->which = (int16_t)ns++;
            else
                u->kind = K_CORPORATION, u->which = (int16_t)nc++;
        }
    }
    /* Provincial parents by kind, for picking. */
    long *prov_p = malloc((size_t)n_prov * sizeof *prov_p), *prov_sc = malloc((size_t)n_prov * sizeof *prov_sc);
    long n_prov_p = 0, n_prov_sc = 0;
    if (!prov_p || !prov_sc) {
        fprintf(stderr, "gen-national: out of memory\n");
        return 1;
    }
    for (long j = 0; j < n_prov; j++)
        if (units[first_prov + j].kind == K_PROVINCE)
            prov_p[n_prov_p++] = first_prov + j;
        else
            prov_sc[n_prov_sc++] = first_prov + j;
    for (long j = 0; j < n_upper; j++) {
        gunit *u = &units[first_upper + j];
        u->level = L_UPPER;
        /* 88% under a province, the rest under a sectoral or corporation union */
        if (n_prov_sc && (!n_prov_p || rng_below(100) < 12))
            u->parent = (int32_t)prov_sc[rng_below((uint32_t)n_prov_sc)];
        else
            u->parent = (int32_t)prov_p[rng_below((uint32_t)n_prov_p)];
        u->grade = (uint8_t)pick_grade(10);
        units[u->parent].n_upper++;
    }
    for (long j = 0; j < n_gs; j++) {
        gunit *u = &units[first_gs + j];
        u->level = L_GRASSROOTS;
        /* 95% under an upper-grassroots union, 5% straight under a provincial one */
        if (rng_below(100) < 95)
            u->parent = (int32_t)(first_upper + rng_below((uint32_t)n_upper));
        else
            u->parent = (int32_t)(first_prov + rng_below((uint32_t)n_prov));
        uint32_t r = rng_below(100);
        u->sector = r < 35 ? S_PUBLIC : r < 45 ? S_STATE : S_PRIVATE;
        double scale = u->sector == S_PUBLIC ? log(150.0) : u->sector == S_STATE ? log(1500.0) : log(500.0);
        u->members = 5 + (int64_t)exp(rng_unit() * scale);
        u->workers = u->members + (int64_t)(u->members * rng_unit() * (u->sector == S_PRIVATE ? 0.6 : 0.1));
        u->grade = (uint8_t)pick_grade(u->sector == S_PRIVATE ? 0 : 10);
    }
    /* Members and workers add up the hierarchy; provincial units count their grassroots. */
    for (long i = n_units - 1; i > 0; i--) {
        gunit *u = &units[i];
        units[u->parent].members += u->members;
        units[u->parent].workers += u->workers;
        if (u->level == L_GRASSROOTS) {
            long p = u->parent;
            while (units[p].level != L_PROVINCIAL)
                p = units[p].parent;
            units[p].n_grassroots++;
        }
    }
    for (long j = 0; j < n_prov; j++)
        units[first_prov + j].grade = (uint8_t)pick_grade(15);

    long n_reports = n_upper + n_gs;
    if (n_values > n_reports * N_REPORTABLE) {
        fprintf(stderr, "gen-national: %ld values do not fit %ld reports of at most %d values each\n", n_values,
                n_reports, N_REPORTABLE);
        return 2;
    }

    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "gen-national: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    static char iobuf[1 << 20];
    setvbuf(f, iobuf, _IOFBF, sizeof iobuf);

    fprintf(f,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- Generated by tests/bench/gen-national (seed %ld, %ld units, %ld values).\n"
            "     ILLUSTRATIVE DATA for benchmarks: made-up names and figures, not statistics. -->\n"
            "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n",
            seed, n_units, n_values);

    /* -- units -- */
    char id[32], pid[32], name[256], where[96], pl[64];
    for (long i = 0; i < n_units; i++) {
        const gunit *u = &units[i];
        id_of(id, sizeof id, units, i, first_upper, first_gs);
        const char *short_name = NULL;
        char short_buf[160];
        switch (u->level) {
        case L_CENTRAL:
            snprintf(name, sizeof name, "Tổng Liên đoàn Lao động Việt Nam");
            short_name = "TLĐ";
            break;
        case L_PROVINCIAL:
            if (u->kind == K_PROVINCE) {
                province_phrase(where, sizeof where, u->which);
                snprintf(name, sizeof name, "Liên đoàn Lao động %s", where);
                snprintf(short_buf, sizeof short_buf, "LĐLĐ %s", where);
                short_name = short_buf;
            } else if (u->kind == K_SECTORAL) {
                snprintf(name, sizeof name, "%s", sectoral[u->which]);
            } else {
                snprintf(name, sizeof name, "%s", corporations[u->which]);
            }
            break;
        case L_UPPER: {
            const gunit *p = &units[u->parent];
            place(pl, sizeof pl);
            if (p->kind != K_PROVINCE) {
                snprintf(name, sizeof name, "Công đoàn %s %s %s", rng_below(3) ? "Công ty" : "Tổng Công ty",
                         industries[rng_below(20)], pl);
                break;
            }
            province_phrase(where, sizeof where, p->which);
            int city = provinces[p->which].city;
            uint32_t r = rng_below(100);
            if (r < 74) {
                const char *kind = r < 60 ? (city ? "quận" : "huyện") : r < 67 ? "thị xã" : "thành phố";
                snprintf(name, sizeof name, "Liên đoàn Lao động %s %s", kind, pl);
                snprintf(short_buf, sizeof short_buf, "LĐLĐ %s %s", kind, pl);
                short_name = short_buf;
            } else if (r < 82) {
                snprintf(name, sizeof name, "Công đoàn Viên chức %s", where);
            } else if (r < 94) {
                snprintf(name, sizeof name, "Công đoàn ngành %s %s", local_sectors[rng_below(6)], where);
            } else {
                snprintf(name, sizeof name, "Công đoàn các Khu công nghiệp %s", where);
            }
            break;
        }
        default: {
            long serial = i - first_gs + 1;
            if (u->sector == S_PUBLIC) {
                place(pl, sizeof pl);
                snprintf(name, sizeof name, "Công đoàn cơ sở %s %s", public_bodies[rng_below(8)], pl);
            } else if (u->sector == S_STATE) {
                snprintf(name, sizeof name, "Công đoàn cơ sở %s %s số %ld", state_firms[rng_below(4)],
                         industries[rng_below(20)], serial);
            } else {
                snprintf(name, sizeof name, "Công đoàn cơ sở %s %s số %ld", private_firms[rng_below(5)],
                         industries[rng_below(20)], serial);
            }
            break;
        }
        }
        fprintf(f, "  <unit id=\"%s\" level=\"%s\"", id, level_names[u->level]);
        if (u->parent >= 0) {
            id_of(pid, sizeof pid, units, u->parent, first_upper, first_gs);
            fprintf(f, " parent=\"%s\"", pid);
        }
        if (u->sector)
            fprintf(f, " sector=\"%s\"", sector_names[u->sector]);
        fprintf(f, " name=\"%s\"", name);
        if (short_name)
            fprintf(f, " short-name=\"%s\"", short_name);
        fprintf(f, " members=\"%" PRId64 "\" workers=\"%" PRId64 "\"", u->members, u->workers);
        if (u->level == L_PROVINCIAL)
            fprintf(f, " upper-grassroots-units=\"%d\" grassroots-units=\"%d\"", u->n_upper, u->n_grassroots);
        fputs(">\n", f);
        if (u->level == L_CENTRAL) {
            fputs("    <body id=\"tld.bch\" kind=\"executive-committee\" name=\"Ban Chấp hành Tổng Liên đoàn\"/>\n"
                  "    <body id=\"tld.dct\" kind=\"presidium\" name=\"Đoàn Chủ tịch Tổng Liên đoàn\" short-name=\"ĐCT\"/>\n"
                  "    <body id=\"tld.ubkt\" kind=\"inspection-committee\" name=\"Ủy ban Kiểm tra Tổng Liên đoàn\"/>\n"
                  "    <department id=\"tld.vp\" name=\"Văn phòng\"/>\n"
                  "    <department id=\"tld.btc\" name=\"Ban Tổ chức\"/>\n"
                  "    <department id=\"tld.btg\" name=\"Ban Tuyên giáo\"/>\n"
                  "    <department id=\"tld.bcspl\" name=\"Ban Chính sách - Pháp luật\"/>\n"
                  "    <department id=\"tld.bqhld\" name=\"Ban Quan hệ lao động\"/>\n"
                  "    <department id=\"tld.bnc\" name=\"Ban Nữ công\"/>\n"
                  "    <department id=\"tld.btchinh\" name=\"Ban Tài chính\"/>\n"
                  "    <department id=\"tld.bdn\" name=\"Ban Đối ngoại\"/>\n"
                  "  </unit>\n",
                  f);
            continue;
        }
        if (u->level == L_PROVINCIAL)
            fprintf(f, "    <body id=\"%s.btv\" kind=\"standing-committee\" name=\"Ban Thường vụ\"/>\n", id);
        fprintf(f, "    <classification year=\"2025\" grade=\"%s\"/>\n  </unit>\n", grade_names[u->grade]);
    }

    write_document(f);

    /* -- reports: one per upper-grassroots and grassroots unit, the values spread evenly -- */
    long base = n_reports ? n_values / n_reports : 0, extra = n_reports ? n_values % n_reports : 0;
    long written_values = 0, n_subtree = 0, n_fraction = 0;
    for (long r = 0; r < n_reports; r++) {
        long i = first_upper + r;
        const gunit *u = &units[i];
        int upper = u->level == L_UPPER;
        id_of(id, sizeof id, units, i, first_upper, first_gs);
        int day = 2 + (int)rng_below(40); /* 2025-12-02 .. 2026-01-10 */
        if (day <= 31)
            fprintf(f, "  <report id=\"bc2025-%s\" unit=\"%s\" document=\"%s\" period=\"2025\" submitted=\"2025-12-%02d\">\n",
                    id, id, DOC_ID, day);
        else
            fprintf(f, "  <report id=\"bc2025-%s\" unit=\"%s\" document=\"%s\" period=\"2025\" submitted=\"2026-01-%02d\">\n",
                    id, id, DOC_ID, day - 31);
        long nv = base + (r < extra ? 1 : 0);
        int start = (int)(r % N_REPORTABLE);
        /* figures scale with the members the unit covers */
        int64_t m = u->members > 0 ? u->members : 1;
        for (long k = 0; k < nv; k++) {
            const ind *x = &indicators[(start + k) % N_REPORTABLE];
            const char *cov = "";
            if (upper && rng_below(100) < 70) {
                cov = " coverage=\"subtree\"";
                n_subtree++;
            } else if (upper || rng_below(100) == 0) {
                cov = " coverage=\"self\"";
            }
            int is_count = strcmp(x->measure, "count") == 0, is_pct = strcmp(x->measure, "percentage") == 0;
            int money = strcmp(x->id, "bq-04") == 0;
            if (is_count) {
                /* "at-most 0" (ct-05) is almost always met */
                int64_t v = strcmp(x->comparator, "at-most") == 0 ? (rng_below(50) == 0)
                                                                  : (int64_t)rng_below((uint32_t)(m / 8 + 2));
                fprintf(f, "    <value indicator=\"%s\" value=\"%" PRId64 "\"%s/>\n", x->id, v, cov);
            } else {
                /* percentage: out of the members; average: per unit, or per member helped (bq-04) */
                int64_t den = is_pct ? m : money ? 1 + m / 20 : upper ? 1 + m / 60 : 1;
                int64_t num;
                if (is_pct && strcmp(x->comparator, "at-most") == 0)
                    num = (int64_t)(den * 0.12 * rng_unit());
                else if (is_pct)
                    num = (int64_t)(den * (0.4 + 0.6 * rng_unit()));
                else if (money)
                    num = den * (300000 + (int64_t)rng_below(700) * 1000);
                else
                    num = (int64_t)rng_below((uint32_t)(den * 6 + 1));
                n_fraction++;
                if (is_pct && rng_below(8) == 0)
                    fprintf(f, "    <value indicator=\"%s\" numerator=\"%" PRId64 "\" denominator=\"%" PRId64
                               "\" value=\"%.1f\"%s/>\n",
                            x->id, num, den, 100.0 * (double)num / (double)den, cov);
                else
                    fprintf(f, "    <value indicator=\"%s\" numerator=\"%" PRId64 "\" denominator=\"%" PRId64 "\"%s/>\n",
                            x->id, num, den, cov);
            }
        }
        written_values += nv;
        if (upper) {
            fputs("    <task-status task=\"nv-01\" status=\"done\"/>\n"
                  "    <task-status task=\"nv-02\" status=\"in-progress\">Đã ký kết, đang theo dõi thực hiện.</task-status>\n"
                  "    <note>Số liệu tổng hợp đến ngày 30/11/2025.</note>\n",
                  f);
        }
        fputs("  </report>\n", f);
    }
    fputs("</congdoan>\n", f);
    if (ferror(f) || fclose(f) != 0) {
        fprintf(stderr, "gen-national: cannot write %s: %s\n", path, strerror(errno));
        return 1;
    }
    double t1 = now();
    struct stat sb;
    long long size = stat(path, &sb) == 0 ? (long long)sb.st_size : -1;
    printf("gen-national: wrote %s\n", path);
    printf("  size        %lld bytes (%.1f MB, %.1f MiB)\n", size, size / 1e6, size / 1048576.0);
    printf("  units       %ld: 1 central, %ld provincial (%ld provinces, %ld sectoral/corporation), "
           "%ld upper-grassroots, %ld grassroots\n",
           n_units, n_prov, n_prov_p, n_prov_sc, n_upper, n_gs);
    printf("              + 11 bodies/departments of the central unit and %ld of provincial units\n", n_prov);
    printf("  document    1 (%s) with %d indicators and 3 tasks\n", DOC_ID, N_INDICATORS);
    printf("  reports     %ld with %ld values (%ld numerator/denominator, %ld coverage=\"subtree\")\n", n_reports,
           written_values, n_fraction, n_subtree);
    printf("  seed        %ld\n", seed);
    printf("  time        %.2f s (%.1f MB/s)\n", t1 - t0, size / 1e6 / (t1 - t0));
    free(units);
    free(prov_p);
    free(prov_sc);
    return 0;
}
