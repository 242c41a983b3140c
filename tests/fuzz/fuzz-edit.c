/*
 * Fuzzing the editor: the bytes are read as a sequence of calls of congdoan/edit.h on a small
 * corpus (units, a plan, a programme refining it, a report). Each call's arguments come from
 * the following bytes: objects of the corpus by index (sometimes NULL), identifiers from a pool
 * of existing and new ones or spelt by the input, texts from a pool (Vietnamese, NFD, blank,
 * invalid UTF-8) or from the input, enum values in and out of range, numbers including NaN and
 * infinities, dates that exist and that do not. Then:
 *   - a refused call changes nothing: the corpus written before and after is the same;
 *   - after the whole sequence the corpus is checked, written, loaded again and written again,
 *     to the same bytes: whatever the editor accepts, the loader accepts too.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "fuzz.h"

#include <math.h>
#include <string.h>

static const char base_xml[] =
    "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
    "<unit id=\"tld\" level=\"central\" name=\"Tổng Liên đoàn Lao động Việt Nam\">\n"
    "  <body id=\"tld.dct\" kind=\"presidium\" name=\"Đoàn Chủ tịch\"/>\n"
    "  <department id=\"tld.bdn\" name=\"Ban Đối ngoại\"/>\n"
    "</unit>\n"
    "<unit id=\"laichau\" level=\"provincial\" name=\"LĐLĐ tỉnh Lai Châu\" parent=\"tld\" members=\"100\" workers=\"120\"/>\n"
    "<unit id=\"tp\" level=\"upper-grassroots\" name=\"LĐLĐ thành phố Lai Châu\" parent=\"laichau\" members=\"50\"/>\n"
    "<unit id=\"cs1\" level=\"grassroots\" sector=\"public\" name=\"CĐCS số 1\" parent=\"tp\" members=\"20\">\n"
    "  <classification year=\"2025\" grade=\"good\"/>\n"
    "</unit>\n"
    "<document id=\"kh\" kind=\"plan\" number=\"240/KH-TLĐ\" issuer=\"tld\" issued=\"2022-03-01\">\n"
    "  <title>Kế hoạch thực hiện</title>\n"
    "  <section id=\"s1\" number=\"I\" title=\"Mục tiêu\">\n"
    "    <p>Đoạn văn.</p>\n"
    "    <task id=\"t1\" lead=\"laichau\" due=\"2025-H1\"><text>Tổ chức tuyên truyền</text></task>\n"
    "    <indicator id=\"i1\" measure=\"percentage\" comparator=\"at-least\" target=\"90\" period=\"2025\">"
    "<text>90% đoàn viên</text></indicator>\n"
    "    <indicator id=\"i2\" measure=\"count\" comparator=\"at-least\" target=\"10\"><text>10 CĐCS</text></indicator>\n"
    "  </section>\n"
    "</document>\n"
    "<document id=\"ctr\" kind=\"programme\" number=\"13/CTr-LĐLĐ\" issuer=\"laichau\">\n"
    "  <relation type=\"implements\" document=\"kh\"/>\n"
    "  <section id=\"a\"><indicator id=\"j1\" measure=\"count\" comparator=\"at-least\" target=\"5\" refines=\"kh#i2\">"
    "<text>5 CĐCS</text></indicator></section>\n"
    "</document>\n"
    "<report id=\"r1\" unit=\"tp\" document=\"kh\" period=\"2025\">\n"
    "  <value indicator=\"i2\" value=\"3\"/>\n"
    "  <value indicator=\"i1\" numerator=\"45\" denominator=\"50\"/>\n"
    "  <task-status task=\"t1\" status=\"in-progress\"/>\n"
    "</report>\n"
    "</congdoan>\n";

typedef struct input {
    const uint8_t *p;
    size_t left;
    char strings[8][80]; /* texts spelt by the input, alive for one call */
    int next_string;
} input;

static unsigned byte(input *in)
{
    if (!in->left)
        return 0;
    in->left--;
    return *in->p++;
}

/* 1 time in 32: NULL, to see refusals change nothing too */
static int null_pick(input *in)
{
    return (byte(in) & 31) == 31;
}

static const char *spelt(input *in)
{
    char *s = in->strings[in->next_string++ % 8];
    size_t n = byte(in) % 40, i = 0;
    while (i < n && in->left)
        s[i++] = (char)byte(in);
    s[i] = '\0';
    return s;
}

static const char *id(input *in)
{
    static const char *const pool[] = {"tld", "laichau", "tp", "cs1", "tld.dct", "tld.bdn", "kh", "ctr", "s1", "a",
                                       "t1", "i1", "i2", "j1", "r1", "new1", "new2", "new.3", "x_y-z", "", " ",
                                       "bad id", "Lai Châu", "a#b"};
    unsigned b = byte(in);
    if (b == 255)
        return NULL;
    if (b >= 240)
        return spelt(in);
    return pool[b % (sizeof pool / sizeof pool[0])];
}

static const char *text(input *in)
{
    static const char *const pool[] = {"Công đoàn", "Lai Cha\xcc\x82u (NFD)", "", "   ", "Kế hoạch số 240/KH-TLĐ",
                                       "a\377b (invalid UTF-8)", "<&>\"'", "\t tab \n newline ", "Ban Chấp hành",
                                       "2025-H1", "98%"};
    unsigned b = byte(in);
    if (b == 255)
        return NULL;
    if (b >= 224)
        return spelt(in);
    return pool[b % (sizeof pool / sizeof pool[0])];
}

static const char *period(input *in)
{
    static const char *const pool[] = {"2025", "2025-H1", "2025-H2", "2025-Q3", "2025-06", "2025-06-30", "2025-Q5",
                                       "2025-13", "", "1899", "9999", "2025-H1 ", "abc"};
    unsigned b = byte(in);
    if (b == 255)
        return NULL;
    if (b >= 240)
        return spelt(in);
    return pool[b % (sizeof pool / sizeof pool[0])];
}

static int enum_value(input *in)
{
    return (int)(byte(in) % 16) - 2; /* -2 .. 13: every enum's range and past it */
}

static double number(input *in)
{
    static const double pool[] = {0, 1, -1, 5, 10, 90, 98.5, 100, 140, 1e15, 1e300, -0.0};
    unsigned b = byte(in);
    if (b == 250)
        return NAN;
    if (b == 251)
        return INFINITY;
    if (b == 252)
        return -INFINITY;
    if (b >= 253) {
        double d = 0;
        unsigned char raw[sizeof d];
        for (size_t i = 0; i < sizeof raw; i++)
            raw[i] = (unsigned char)byte(in);
        memcpy(&d, raw, sizeof d);
        return d;
    }
    return pool[b % (sizeof pool / sizeof pool[0])];
}

static long count(input *in)
{
    static const long pool[] = {0, 1, 20, 100, -1, -2, 2147483647L, -2147483647L - 1};
    return pool[byte(in) % (sizeof pool / sizeof pool[0])];
}

static int date(input *in)
{
    static const int pool[] = {0, 20250101, 20250630, 20241231, 20230230, 20240229, 99991231, 10000101, -1, 20251301};
    return pool[byte(in) % (sizeof pool / sizeof pool[0])];
}

static const congdoan_unit *unit(const congdoan_corpus *c, input *in)
{
    if (null_pick(in))
        return NULL;
    size_t n = congdoan_corpus_unit_count(c);
    return n ? congdoan_corpus_unit(c, byte(in) % n) : NULL;
}

static const congdoan_document *document(const congdoan_corpus *c, input *in)
{
    if (null_pick(in))
        return NULL;
    size_t n = congdoan_corpus_document_count(c);
    return n ? congdoan_corpus_document(c, byte(in) % n) : NULL;
}

static const congdoan_section *section(const congdoan_corpus *c, input *in)
{
    const congdoan_document *d = document(c, in);
    size_t n = congdoan_document_section_count(d);
    const congdoan_section *s = n ? congdoan_document_section(d, byte(in) % n) : NULL;
    /* sometimes one level down */
    if (s && (byte(in) & 1)) {
        for (size_t i = 0; i < congdoan_section_item_count(s); i++)
            if (congdoan_section_item_section(s, i))
                return congdoan_section_item_section(s, i);
    }
    return s;
}

static const congdoan_task *task(const congdoan_corpus *c, input *in)
{
    const congdoan_document *d = document(c, in);
    size_t n = congdoan_document_task_count(d);
    return n ? congdoan_document_task(d, byte(in) % n) : NULL;
}

static const congdoan_indicator *indicator(const congdoan_corpus *c, input *in)
{
    const congdoan_document *d = document(c, in);
    size_t n = congdoan_document_indicator_count(d);
    return n ? congdoan_document_indicator(d, byte(in) % n) : NULL;
}

static const congdoan_report *report(const congdoan_corpus *c, input *in)
{
    if (null_pick(in))
        return NULL;
    size_t n = congdoan_corpus_report_count(c);
    return n ? congdoan_corpus_report(c, byte(in) % n) : NULL;
}

enum { N_OPS = 60 };

/* One call; its status. */
static int call(congdoan_corpus *c, input *in)
{
    const congdoan_unit *u_out = NULL;
    const congdoan_document *d_out = NULL;
    const congdoan_section *s_out = NULL;
    const congdoan_task *t_out = NULL;
    const congdoan_indicator *i_out = NULL;
    const congdoan_report *r_out = NULL;
    switch (byte(in) % N_OPS) {
    case 0: {
        const char *i = id(in);
        int level = enum_value(in);
        const char *n = text(in);
        return congdoan_corpus_add_unit(c, i, level, n, id(in), &u_out);
    }
    case 1: {
        const congdoan_unit *u = unit(c, in);
        const char *i = id(in), *n = text(in);
        int kind = enum_value(in);
        return congdoan_unit_add_department(c, u, i, n, kind, enum_value(in), &u_out);
    }
    case 2: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_name(c, u, text(in)); }
    case 3: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_short_name(c, u, text(in)); }
    case 4: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_level(c, u, enum_value(in)); }
    case 5: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_parent_id(c, u, id(in)); }
    case 6: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_sector(c, u, enum_value(in)); }
    case 7: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_body_kind(c, u, enum_value(in)); }
    case 8: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_members(c, u, count(in)); }
    case 9: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_workers(c, u, count(in)); }
    case 10: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_declared_upper_grassroots_units(c, u, count(in)); }
    case 11: { const congdoan_unit *u = unit(c, in); return congdoan_unit_set_declared_grassroots_units(c, u, count(in)); }
    case 12: {
        const congdoan_unit *u = unit(c, in);
        int year = 2020 + (int)(byte(in) % 12) - 1;
        if (byte(in) == 255)
            year = -5;
        return congdoan_unit_set_classification(c, u, year, enum_value(in));
    }
    case 13: { const char *i = id(in); return congdoan_corpus_add_document(c, i, enum_value(in), &d_out); }
    case 14: { const congdoan_document *d = document(c, in); return congdoan_document_set_kind(c, d, enum_value(in)); }
    case 15: { const congdoan_document *d = document(c, in); return congdoan_document_set_number(c, d, text(in)); }
    case 16: { const congdoan_document *d = document(c, in); return congdoan_document_set_title(c, d, text(in)); }
    case 17: { const congdoan_document *d = document(c, in); return congdoan_document_set_issuer_id(c, d, id(in)); }
    case 18: { const congdoan_document *d = document(c, in); return congdoan_document_set_issuing_body_id(c, d, id(in)); }
    case 19: { const congdoan_document *d = document(c, in); return congdoan_document_set_issued(c, d, date(in)); }
    case 20: { const congdoan_document *d = document(c, in); return congdoan_document_set_effective(c, d, date(in)); }
    case 21: { const congdoan_document *d = document(c, in); return congdoan_document_set_place(c, d, text(in)); }
    case 22: { const congdoan_document *d = document(c, in); return congdoan_document_set_field(c, d, text(in)); }
    case 23: {
        const congdoan_document *d = document(c, in);
        const char *n = text(in), *p = text(in);
        return congdoan_document_set_signer(c, d, n, p, text(in));
    }
    case 24: {
        const congdoan_document *d = document(c, in);
        int type = enum_value(in);
        const char *target = id(in), *num = text(in);
        int dt = date(in);
        return congdoan_document_add_relation(c, d, type, target, num, dt, text(in));
    }
    case 25: { const congdoan_document *d = document(c, in); const char *t = text(in); return congdoan_document_add_recipient(c, d, t, id(in)); }
    case 26: { const congdoan_document *d = document(c, in); const char *to = id(in); return congdoan_document_set_reporting(c, d, to, enum_value(in)); }
    case 27: { const congdoan_document *d = document(c, in); const char *p = period(in); return congdoan_document_add_deadline(c, d, p, date(in)); }
    case 28: { const congdoan_document *d = document(c, in); return congdoan_document_add_reporter(c, d, id(in)); }
    case 29: {
        const congdoan_document *d = document(c, in);
        const congdoan_section *parent = (byte(in) & 1) ? section(c, in) : NULL;
        const char *i = id(in), *n = text(in);
        return congdoan_document_add_section(c, d, parent, i, n, text(in), &s_out);
    }
    case 30: { const congdoan_section *s = section(c, in); return congdoan_section_set_number(c, s, text(in)); }
    case 31: { const congdoan_section *s = section(c, in); return congdoan_section_set_title(c, s, text(in)); }
    case 32: { const congdoan_section *s = section(c, in); return congdoan_section_add_paragraph(c, s, text(in)); }
    case 33: { const congdoan_section *s = section(c, in); const char *i = id(in); return congdoan_section_add_task(c, s, i, text(in), &t_out); }
    case 34: {
        const congdoan_section *s = section(c, in);
        const char *i = id(in);
        int measure = enum_value(in), comparator = enum_value(in);
        double target = number(in);
        return congdoan_section_add_indicator(c, s, i, measure, comparator, target, text(in), &i_out);
    }
    case 35: { const congdoan_task *t = task(c, in); return congdoan_task_set_text(c, t, text(in)); }
    case 36: { const congdoan_task *t = task(c, in); return congdoan_task_set_lead_id(c, t, id(in)); }
    case 37: { const congdoan_task *t = task(c, in); const char *p = period(in); return congdoan_task_set_due(c, t, p, text(in)); }
    case 38: { const congdoan_task *t = task(c, in); const char *u = id(in); return congdoan_task_add_coordinator(c, t, u, text(in)); }
    case 39: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_text(c, i, text(in)); }
    case 40: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_measure(c, i, enum_value(in)); }
    case 41: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_comparator(c, i, enum_value(in)); }
    case 42: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_target(c, i, number(in)); }
    case 43: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_target_max(c, i, number(in)); }
    case 44: { const congdoan_indicator *i = indicator(c, in); double a = number(in); return congdoan_indicator_set_range(c, i, a, number(in)); }
    case 45: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_baseline(c, i, number(in)); }
    case 46: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_clear_baseline(c, i); }
    case 47: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_period(c, i, period(in)); }
    case 48: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_owner_id(c, i, id(in)); }
    case 49: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_scope_level(c, i, enum_value(in)); }
    case 50: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_scope_sectors(c, i, (int)byte(in) - 8); }
    case 51: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_condition_grade(c, i, enum_value(in)); }
    case 52: { const congdoan_indicator *i = indicator(c, in); return congdoan_indicator_set_unit_of_measure(c, i, text(in)); }
    case 53: { const congdoan_indicator *i = indicator(c, in); const char *d = id(in); return congdoan_indicator_set_refines(c, i, d, id(in)); }
    case 54: {
        const char *i = id(in), *u = id(in), *d = id(in);
        return congdoan_corpus_add_report(c, i, u, d, period(in), &r_out);
    }
    case 55: { const congdoan_report *r = report(c, in); return congdoan_report_set_submitted(c, r, date(in)); }
    case 56: { const congdoan_report *r = report(c, in); return congdoan_report_set_note(c, r, text(in)); }
    case 57: {
        const congdoan_report *r = report(c, in);
        const char *i = id(in);
        double v = number(in);
        return congdoan_report_set_value(c, r, i, v, enum_value(in));
    }
    case 58: {
        const congdoan_report *r = report(c, in);
        const char *i = id(in);
        double num = number(in), den = number(in);
        return congdoan_report_set_fraction(c, r, i, num, den, enum_value(in));
    }
    default: {
        const congdoan_report *r = report(c, in);
        const char *t = id(in);
        int st = enum_value(in);
        return congdoan_report_set_task_status(c, r, t, st, text(in));
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    congdoan_corpus *c = NULL;
    if (congdoan_corpus_new(&c) != 0)
        return 0;
    FUZZ_CHECK(congdoan_corpus_load_memory(c, base_xml, sizeof base_xml - 1, "base", NULL) == 0,
               "the harness's own corpus does not load");
    input in = {data, size, {{0}}, 0};
    for (int calls = 0; in.left && calls < 64; calls++) {
        size_t before_n = 0, after_n = 0;
        char *before = fuzz_write_corpus(c, &before_n);
        FUZZ_CHECK(before != NULL, "an edited corpus cannot be written");
        int rc = call(c, &in);
        if (rc != 0) {
            FUZZ_CHECK(congdoan_error_last_code() == rc, "status %d is not the last error", rc);
            char *after = fuzz_write_corpus(c, &after_n);
            FUZZ_CHECK(after && after_n == before_n && memcmp(before, after, before_n) == 0,
                       "a refused call (status %d) changed the corpus", rc);
            free(after);
        }
        free(before);
    }
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) == 0) {
        int check = congdoan_corpus_check(c, issues);
        FUZZ_CHECK(check == 0 || check == CONGDOAN_EINVALID, "the check fails with %d", check);
        congdoan_issues_free(issues);
    }
    free(fuzz_round_trip(c, NULL));
    congdoan_corpus_free(c);
    return 0;
}
