/*
 * Vietnamese labels (congdoan/labels.h): one table for every enum, read by the *_label() and
 * *_abbreviation() functions; periods, due times and numbers in words.
 *
 * The words are those of the union documents themselves: the four levels of the Charter
 * (Điều lệ Công đoàn Việt Nam: cấp trung ương, cấp tỉnh, ngành trung ương, cấp trên trực tiếp
 * cơ sở, cấp cơ sở), the classifications and their abbreviations (HTXSNV …), the sectors as the
 * programmes name them (khu vực hành chính, sự nghiệp; doanh nghiệp nhà nước; ngoài nhà nước).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "congdoan/labels.h"

typedef enum label_set {
    SET_LEVEL,
    SET_LEVEL_NOUN,
    SET_SECTOR,
    SET_GRADE,
    SET_UNIT_KIND,
    SET_BODY_KIND,
    SET_RELATION,
    SET_MEASURE,
    SET_COMPARATOR,
    SET_TASK_STATUS,
    SET_EVAL_STATUS,
    SET_SUBMISSION,
    SET_SOURCE,
    SET_DEMAND,
    SET_DUE_KIND,
    SET_FREQUENCY,
    SET_COVERAGE,
    SET_ROLE
} label_set;

typedef struct label_row {
    label_set set;
    int value;
    const char *label;
    const char *abbreviation; /* NULL: the label itself */
} label_row;

static const label_row rows[] = {
    {SET_LEVEL, CONGDOAN_LEVEL_CENTRAL, "cấp trung ương", "trung ương"},
    {SET_LEVEL, CONGDOAN_LEVEL_PROVINCIAL, "cấp tỉnh, ngành trung ương", "tỉnh, ngành"},
    {SET_LEVEL, CONGDOAN_LEVEL_UPPER_GRASSROOTS, "cấp trên trực tiếp cơ sở", "trên cơ sở"},
    {SET_LEVEL, CONGDOAN_LEVEL_GRASSROOTS, "cấp cơ sở", "cơ sở"},

    /* who the units of a level are, as the programmes name them ("100% CĐCS …") */
    {SET_LEVEL_NOUN, CONGDOAN_LEVEL_CENTRAL, "Tổng Liên đoàn", NULL},
    {SET_LEVEL_NOUN, CONGDOAN_LEVEL_PROVINCIAL, "LĐLĐ tỉnh, công đoàn ngành trung ương", NULL},
    {SET_LEVEL_NOUN, CONGDOAN_LEVEL_UPPER_GRASSROOTS, "công đoàn cấp trên trực tiếp cơ sở", NULL},
    {SET_LEVEL_NOUN, CONGDOAN_LEVEL_GRASSROOTS, "CĐCS", NULL},

    {SET_SECTOR, CONGDOAN_SECTOR_PUBLIC, "khu vực hành chính, sự nghiệp", "HCSN"},
    {SET_SECTOR, CONGDOAN_SECTOR_STATE_ENTERPRISE, "doanh nghiệp nhà nước", "DNNN"},
    {SET_SECTOR, CONGDOAN_SECTOR_NON_STATE_ENTERPRISE, "doanh nghiệp ngoài nhà nước", "DN ngoài NN"},

    {SET_GRADE, CONGDOAN_GRADE_EXCELLENT, "hoàn thành xuất sắc nhiệm vụ", "HTXSNV"},
    {SET_GRADE, CONGDOAN_GRADE_GOOD, "hoàn thành tốt nhiệm vụ", "HTTNV"},
    {SET_GRADE, CONGDOAN_GRADE_COMPLETED, "hoàn thành nhiệm vụ", "HTNV"},
    {SET_GRADE, CONGDOAN_GRADE_NOT_COMPLETED, "không hoàn thành nhiệm vụ", "KHTNV"},

    {SET_UNIT_KIND, CONGDOAN_UNIT_ORGANISATION, "tổ chức công đoàn", NULL},
    {SET_UNIT_KIND, CONGDOAN_UNIT_DEPARTMENT, "ban, văn phòng", NULL},
    {SET_UNIT_KIND, CONGDOAN_UNIT_BODY, "cơ quan lãnh đạo", NULL},
    {SET_UNIT_KIND, CONGDOAN_UNIT_GROUP, "cụm, khối thi đua", NULL},

    {SET_BODY_KIND, CONGDOAN_BODY_EXECUTIVE_COMMITTEE, "Ban Chấp hành", "BCH"},
    {SET_BODY_KIND, CONGDOAN_BODY_PRESIDIUM, "Đoàn Chủ tịch", "ĐCT"},
    {SET_BODY_KIND, CONGDOAN_BODY_STANDING_COMMITTEE, "Ban Thường vụ", "BTV"},
    {SET_BODY_KIND, CONGDOAN_BODY_INSPECTION_COMMITTEE, "Ủy ban Kiểm tra", "UBKT"},
    {SET_BODY_KIND, CONGDOAN_BODY_CONGRESS, "Đại hội", "ĐH"},

    {SET_RELATION, CONGDOAN_RELATION_IMPLEMENTS, "thực hiện", NULL},
    {SET_RELATION, CONGDOAN_RELATION_BASED_ON, "căn cứ", NULL},
    {SET_RELATION, CONGDOAN_RELATION_CONCRETISES, "cụ thể hóa", NULL},
    {SET_RELATION, CONGDOAN_RELATION_AMENDS, "sửa đổi", NULL},
    {SET_RELATION, CONGDOAN_RELATION_REPLACES, "thay thế", NULL},
    {SET_RELATION, CONGDOAN_RELATION_REVIEWS, "sơ kết, tổng kết", NULL},
    {SET_RELATION, CONGDOAN_RELATION_REFERS_TO, "dẫn chiếu", NULL},

    {SET_MEASURE, CONGDOAN_MEASURE_COUNT, "số lượng", NULL},
    {SET_MEASURE, CONGDOAN_MEASURE_PERCENTAGE, "tỷ lệ phần trăm", "tỷ lệ"},
    {SET_MEASURE, CONGDOAN_MEASURE_AVERAGE, "bình quân", NULL},
    {SET_MEASURE, CONGDOAN_MEASURE_SHARE_OF_UNITS, "tỷ lệ đơn vị đạt xếp loại", "tỷ lệ đơn vị"},
    {SET_MEASURE, CONGDOAN_MEASURE_MONEY, "số tiền", NULL},
    {SET_MEASURE, CONGDOAN_MEASURE_SCORE, "số điểm", "điểm"},

    {SET_COMPARATOR, CONGDOAN_COMPARATOR_AT_LEAST, "trở lên", "≥"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_AT_MOST, "không quá", "≤"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_EXACTLY, "bằng", "="},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_RANGE, "trong khoảng", "–"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_MORE_THAN, "trên", ">"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_LESS_THAN, "dưới", "<"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_ABOUT, "khoảng", "≈"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_RANGE_OR_MORE, "trong khoảng, trở lên", "–"},
    {SET_COMPARATOR, CONGDOAN_COMPARATOR_TARGET, "phấn đấu", NULL},

    {SET_TASK_STATUS, CONGDOAN_TASK_STATUS_NONE, "chưa báo cáo", NULL},
    {SET_TASK_STATUS, CONGDOAN_TASK_NOT_STARTED, "chưa triển khai", NULL},
    {SET_TASK_STATUS, CONGDOAN_TASK_IN_PROGRESS, "đang thực hiện", NULL},
    {SET_TASK_STATUS, CONGDOAN_TASK_DONE, "hoàn thành", NULL},
    {SET_TASK_STATUS, CONGDOAN_TASK_CANCELLED, "không thực hiện", NULL},

    {SET_EVAL_STATUS, CONGDOAN_EVAL_NO_DATA, "chưa có số liệu", NULL},
    {SET_EVAL_STATUS, CONGDOAN_EVAL_ACHIEVED, "đạt", NULL},
    {SET_EVAL_STATUS, CONGDOAN_EVAL_NOT_ACHIEVED, "chưa đạt", NULL},
    {SET_EVAL_STATUS, CONGDOAN_EVAL_NOT_AGGREGABLE, "không cộng được", NULL},
    {SET_EVAL_STATUS, CONGDOAN_EVAL_EXCEEDED, "vượt", NULL},

    {SET_SUBMISSION, CONGDOAN_SUBMISSION_MISSING, "chưa nộp", NULL},
    {SET_SUBMISSION, CONGDOAN_SUBMISSION_ON_TIME, "đúng hạn", NULL},
    {SET_SUBMISSION, CONGDOAN_SUBMISSION_LATE, "muộn", NULL},
    {SET_SUBMISSION, CONGDOAN_SUBMISSION_RECEIVED, "đã nhận", NULL},

    {SET_SOURCE, CONGDOAN_SOURCE_COMPUTED, "cộng từ các báo cáo", NULL},
    {SET_SOURCE, CONGDOAN_SOURCE_REPORTED_TOTAL, "tổng do đơn vị báo cáo", NULL},
    {SET_SOURCE, CONGDOAN_SOURCE_UNIT_DATA, "từ xếp loại các đơn vị", NULL},

    {SET_DEMAND, CONGDOAN_DEMAND_NOT_COMPARABLE, "không so sánh được", NULL},
    {SET_DEMAND, CONGDOAN_DEMAND_OK, "tương xứng", NULL},
    {SET_DEMAND, CONGDOAN_DEMAND_WEAKER, "thấp hơn", NULL},

    {SET_DUE_KIND, CONGDOAN_DUE_PERIOD, "có thời hạn", NULL},
    {SET_DUE_KIND, CONGDOAN_DUE_RECURRING, "định kỳ", NULL},
    {SET_DUE_KIND, CONGDOAN_DUE_ONGOING, "thường xuyên", NULL},

    {SET_FREQUENCY, CONGDOAN_PERIOD_YEAR, "hằng năm", NULL},
    {SET_FREQUENCY, CONGDOAN_PERIOD_HALF_YEAR, "6 tháng một lần", NULL},
    {SET_FREQUENCY, CONGDOAN_PERIOD_QUARTER, "hằng quý", NULL},
    {SET_FREQUENCY, CONGDOAN_PERIOD_MONTH, "hằng tháng", NULL},
    {SET_FREQUENCY, CONGDOAN_PERIOD_DAY, "hằng ngày", NULL},

    {SET_COVERAGE, CONGDOAN_COVERAGE_SELF, "riêng đơn vị", NULL},
    {SET_COVERAGE, CONGDOAN_COVERAGE_SUBTREE, "toàn đơn vị và cấp dưới", NULL},

    {SET_ROLE, CONGDOAN_ROLE_LEAD, "chủ trì", NULL},
    {SET_ROLE, CONGDOAN_ROLE_COORDINATOR, "phối hợp", NULL},
    {SET_ROLE, CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR, "chủ trì, phối hợp", NULL},
};

static const char *find(label_set set, int value, int abbreviation)
{
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rows[i].set == set && rows[i].value == value)
            return abbreviation && rows[i].abbreviation ? rows[i].abbreviation : rows[i].label;
    return NULL;
}

CONGDOAN_API const char *congdoan_level_label(congdoan_level level) { return find(SET_LEVEL, (int)level, 0); }
CONGDOAN_API const char *congdoan_level_abbreviation(congdoan_level level) { return find(SET_LEVEL, (int)level, 1); }
CONGDOAN_API const char *congdoan_level_noun(congdoan_level level) { return find(SET_LEVEL_NOUN, (int)level, 0); }
CONGDOAN_API const char *congdoan_sector_label(congdoan_sector sector) { return find(SET_SECTOR, (int)sector, 0); }
CONGDOAN_API const char *congdoan_sector_abbreviation(congdoan_sector sector) { return find(SET_SECTOR, (int)sector, 1); }
CONGDOAN_API const char *congdoan_grade_label(congdoan_grade grade) { return find(SET_GRADE, (int)grade, 0); }
CONGDOAN_API const char *congdoan_grade_abbreviation(congdoan_grade grade) { return find(SET_GRADE, (int)grade, 1); }
CONGDOAN_API const char *congdoan_unit_kind_label(congdoan_unit_kind kind) { return find(SET_UNIT_KIND, (int)kind, 0); }
CONGDOAN_API const char *congdoan_body_kind_label(congdoan_body_kind kind) { return find(SET_BODY_KIND, (int)kind, 0); }
CONGDOAN_API const char *congdoan_relation_type_label(congdoan_relation_type type)
{
    return find(SET_RELATION, (int)type, 0);
}
CONGDOAN_API const char *congdoan_measure_label(congdoan_measure measure) { return find(SET_MEASURE, (int)measure, 0); }
CONGDOAN_API const char *congdoan_comparator_label(congdoan_comparator comparator)
{
    return find(SET_COMPARATOR, (int)comparator, 0);
}
CONGDOAN_API const char *congdoan_comparator_abbreviation(congdoan_comparator comparator)
{
    return find(SET_COMPARATOR, (int)comparator, 1);
}
CONGDOAN_API const char *congdoan_task_status_label(congdoan_task_status status)
{
    return find(SET_TASK_STATUS, (int)status, 0);
}
CONGDOAN_API const char *congdoan_eval_status_label(congdoan_eval_status status)
{
    return find(SET_EVAL_STATUS, (int)status, 0);
}
CONGDOAN_API const char *congdoan_submission_label(congdoan_submission submission)
{
    return find(SET_SUBMISSION, (int)submission, 0);
}
CONGDOAN_API const char *congdoan_value_source_label(congdoan_value_source source)
{
    return find(SET_SOURCE, (int)source, 0);
}
CONGDOAN_API const char *congdoan_demand_label(congdoan_demand demand) { return find(SET_DEMAND, (int)demand, 0); }
CONGDOAN_API const char *congdoan_due_kind_label(congdoan_due_kind kind) { return find(SET_DUE_KIND, (int)kind, 0); }
CONGDOAN_API const char *congdoan_frequency_label(congdoan_period_kind kind) { return find(SET_FREQUENCY, (int)kind, 0); }
CONGDOAN_API const char *congdoan_coverage_label(congdoan_coverage coverage)
{
    return find(SET_COVERAGE, (int)coverage, 0);
}
CONGDOAN_API const char *congdoan_role_label(int roles) { return find(SET_ROLE, roles, 0); }

/* ---- periods and due times --------------------------------------------------------------------- */

static int copy_out(const char *text, char **out)
{
    size_t n = strlen(text);
    *out = congdoan__malloc(n + 1);
    if (!*out)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory writing a label");
    memcpy(*out, text, n + 1);
    return 0;
}

/* The words of a period of `kind` starting on `first` (YYYYMMDD) into buf. */
static void period_words(char *buf, size_t size, congdoan_period_kind kind, int first)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    int year = first / 10000, month = first / 100 % 100, day = first % 100;
    switch (kind) {
    case CONGDOAN_PERIOD_YEAR: snprintf(buf, size, "năm %d", year); break;
    case CONGDOAN_PERIOD_HALF_YEAR: snprintf(buf, size, "6 tháng %s năm %d", month <= 6 ? "đầu" : "cuối", year); break;
    case CONGDOAN_PERIOD_QUARTER: snprintf(buf, size, "quý %s/%d", roman[(month - 1) / 3 % 4], year); break;
    case CONGDOAN_PERIOD_MONTH: snprintf(buf, size, "tháng %d/%d", month, year); break;
    case CONGDOAN_PERIOD_DAY: snprintf(buf, size, "ngày %d/%d/%d", day, month, year); break;
    default: buf[0] = '\0'; break;
    }
}

CONGDOAN_API int congdoan_period_label(const char *code, char **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(code != NULL);
    congdoan_period_kind kind;
    int first, last;
    if (congdoan__period_parse(code, strlen(code), &kind, &first, &last) != 0)
        return congdoan__error(CONGDOAN_EPARSE, "'%s' is not a period (2025, 2025-H1, 2025-Q3, 2025-06 or 2025-06-30)",
                               code);
    char buf[64];
    period_words(buf, sizeof buf, kind, first);
    return copy_out(buf, out);
}

CONGDOAN_API int congdoan_task_due_label(const congdoan_task *task, char **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(task != NULL);
    char buf[96];
    congdoan_period_kind kind = congdoan_task_due_period_kind(task);
    switch (congdoan_task_due_kind(task)) {
    case CONGDOAN_DUE_ONGOING:
        return copy_out(congdoan_due_kind_label(CONGDOAN_DUE_ONGOING), out);
    case CONGDOAN_DUE_PERIOD: {
        int due = congdoan_task_due_date(task), first = due;
        /* the period from its last day: the first day of the same year, half, quarter, month */
        int year = due / 10000, month = due / 100 % 100;
        switch (kind) {
        case CONGDOAN_PERIOD_YEAR: first = year * 10000 + 101; break;
        case CONGDOAN_PERIOD_HALF_YEAR: first = year * 10000 + (month <= 6 ? 1 : 7) * 100 + 1; break;
        case CONGDOAN_PERIOD_QUARTER: first = year * 10000 + ((month - 1) / 3 * 3 + 1) * 100 + 1; break;
        case CONGDOAN_PERIOD_MONTH: first = year * 10000 + month * 100 + 1; break;
        default: break;
        }
        period_words(buf, sizeof buf, kind, first);
        return buf[0] ? copy_out(buf, out) : 0;
    }
    case CONGDOAN_DUE_RECURRING: {
        const char *often = congdoan_frequency_label(kind);
        int day = congdoan_task_due_recurrence_day(task);
        if (!often)
            return 0;
        if (day <= 0)
            snprintf(buf, sizeof buf, "%s", often);
        else if (kind == CONGDOAN_PERIOD_YEAR)
            snprintf(buf, sizeof buf, "%s, ngày %d/%d", often, day % 100, day / 100);
        else
            snprintf(buf, sizeof buf, "%s, ngày %d", often, day);
        return copy_out(buf, out);
    }
    default:
        return 0;
    }
}

/* ---- numbers ------------------------------------------------------------------------------------ */

CONGDOAN_API int congdoan_number_format(double value, int decimals, char **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    if (decimals < 0 || decimals > 9)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: %d decimals (0 to 9)", decimals);
    if (!isfinite(value) || fabs(value) >= 1e15)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: %g cannot be written as a number", value);
    char plain[48];
    snprintf(plain, sizeof plain, "%.*f", decimals, value);
    /* drop the trailing zeros of the decimals, and the point with them */
    char *point = strchr(plain, '.');
    if (point) {
        char *end = plain + strlen(plain);
        while (end > point + 1 && end[-1] == '0')
            *--end = '\0';
        if (end == point + 1)
            *point = '\0';
    }
    const char *digits = plain;
    int negative = *digits == '-';
    if (negative)
        digits++;
    /* "-0" after rounding is 0 */
    if (strcmp(digits, "0") == 0)
        negative = 0;
    point = strchr(digits, '.');
    size_t whole = point ? (size_t)(point - digits) : strlen(digits);
    char buf[72];
    size_t o = 0;
    if (negative)
        buf[o++] = '-';
    for (size_t i = 0; i < whole; i++) {
        if (i > 0 && (whole - i) % 3 == 0)
            buf[o++] = '.';
        buf[o++] = digits[i];
    }
    if (point) {
        buf[o++] = ',';
        for (const char *p = point + 1; *p; p++)
            buf[o++] = *p;
    }
    buf[o] = '\0';
    return copy_out(buf, out);
}
