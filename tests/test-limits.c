/* The input limits of a corpus (congdoan/corpus.h): defaults, setting and reading them, refused
 * values, and each limit enforced with CONGDOAN_ELIMIT, an issue tagged limit-exceeded, a
 * message that names the limit, and the corpus left exactly as it was. */
#include "test-common.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
#define BUF(s) (s), (sizeof(s) - 1)

typedef struct limit_info {
    congdoan_limit id;
    const char *name;
    long def, max;
} limit_info;

static const limit_info limits[] = {
    {CONGDOAN_LIMIT_INPUT_SIZE, "input size", 2147483647L, 2147483647L},
    {CONGDOAN_LIMIT_DEPTH, "depth", 64, 256},
    {CONGDOAN_LIMIT_ELEMENTS, "elements", 100000000L, 2000000000L},
    {CONGDOAN_LIMIT_TEXT_LENGTH, "text length", 1048576L, 9000000L},
    {CONGDOAN_LIMIT_ATTRIBUTES, "attributes per element", 256, 100000L},
};

#define N_LIMITS (sizeof limits / sizeof limits[0])

/* ---- clean-up that also runs after a failed assertion (CK_FORK=no) ----------------------------- */

/* Corpora and issue lists are tracked by test-common; buffers and the temporary folder here. */
enum { MAX_TRACKED = 8 };
static char *tracked_buffers[MAX_TRACKED];
static char temp_dir[64];

static char *new_buffer(size_t size)
{
    char *b = malloc(size);
    ck_assert_ptr_nonnull(b);
    for (int i = 0; i < MAX_TRACKED; i++)
        if (!tracked_buffers[i]) {
            tracked_buffers[i] = b;
            return b;
        }
    ck_abort_msg("too many buffers");
    return b;
}

static void teardown(void)
{
    test_release_tracked();
    for (int i = 0; i < MAX_TRACKED; i++) {
        free(tracked_buffers[i]);
        tracked_buffers[i] = NULL;
    }
    if (temp_dir[0]) {
        static const char *const made[] = {"size-1000.xml", "big/size-1001.xml", "big"};
        char path[200];
        for (size_t i = 0; i < sizeof made / sizeof made[0]; i++) {
            snprintf(path, sizeof path, "%s/%s", temp_dir, made[i]);
            remove(path);
        }
        rmdir(temp_dir);
        temp_dir[0] = '\0';
    }
}

static const char *temp_path(const char *name)
{
    static char buf[160];
    if (!temp_dir[0]) {
        snprintf(temp_dir, sizeof temp_dir, "/tmp/congdoan-limits-XXXXXX");
        ck_assert_ptr_nonnull(mkdtemp(temp_dir));
    }
    snprintf(buf, sizeof buf, "%s/%s", temp_dir, name);
    return buf;
}

static void write_file(const char *path, const char *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, size, f), size);
    ck_assert_int_eq(fclose(f), 0);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert_int_eq((long long)sb.st_size, (long long)size);
}

/* ---- defaults, round trips, refusals -------------------------------------------------------- */

START_TEST(defaults)
{
    const limit_info *l = &limits[_i];
    congdoan_corpus *c = test_new_corpus();
    ck_assert_msg(congdoan_corpus_get_limit(c, l->id) == l->def, "%s: default %ld, expected %ld", l->name,
                  congdoan_corpus_get_limit(c, l->id), l->def);
}
END_TEST

START_TEST(round_trip)
{
    const limit_info *l = &limits[_i];
    congdoan_corpus *c = test_new_corpus();
    const long values[] = {1, 2, l->def / 2 > 0 ? l->def / 2 : 1, l->max - 1, l->max, l->def};
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
        ck_assert_msg(congdoan_corpus_set_limit(c, l->id, values[k]) == 0, "%s: set %ld refused: %s", l->name, values[k],
                      congdoan_error_last_message());
        ck_assert_msg(congdoan_corpus_get_limit(c, l->id) == values[k], "%s: set %ld, got %ld", l->name, values[k],
                      congdoan_corpus_get_limit(c, l->id));
        /* the other limits are untouched */
        for (size_t j = 0; j < N_LIMITS; j++)
            if (limits[j].id != l->id)
                ck_assert_int_eq(congdoan_corpus_get_limit(c, limits[j].id), limits[j].def);
    }
    /* per corpus: another corpus keeps its defaults */
    ck_assert_int_eq(congdoan_corpus_set_limit(c, l->id, 1), 0);
    congdoan_corpus *other = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_get_limit(other, l->id), l->def);
}
END_TEST

START_TEST(refused_values)
{
    const limit_info *l = &limits[_i];
    congdoan_corpus *c = test_new_corpus();
    const long old = l->def > 7 ? 7 : l->def;
    ck_assert_int_eq(congdoan_corpus_set_limit(c, l->id, old), 0);
    const long bad[] = {0, -1, -1000, LONG_MIN, l->max + 1, LONG_MAX};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        congdoan_error_clear();
        int rc = congdoan_corpus_set_limit(c, l->id, bad[k]);
        ck_assert_msg(rc == CONGDOAN_EINVAL, "%s: value %ld gave %d, expected CONGDOAN_EINVAL", l->name, bad[k], rc);
        ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
        ck_assert_msg(congdoan_error_last_message()[0] != '\0', "%s: no message for %ld", l->name, bad[k]);
        ck_assert_msg(congdoan_corpus_get_limit(c, l->id) == old, "%s: value %ld changed the limit to %ld", l->name,
                      bad[k], congdoan_corpus_get_limit(c, l->id));
    }
    /* NULL corpus */
    ck_assert_int_eq(congdoan_corpus_set_limit(NULL, l->id, 10), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_get_limit(NULL, l->id), -1);
}
END_TEST

START_TEST(unknown_limit)
{
    congdoan_corpus *c = test_new_corpus();
    const int ids[] = {5, 6, -1, 1000, INT_MAX, INT_MIN}; /* 4 is CONGDOAN_LIMIT_ATTRIBUTES */
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
        congdoan_error_clear();
        ck_assert_int_eq(congdoan_corpus_set_limit(c, (congdoan_limit)ids[k], 10), CONGDOAN_EINVAL);
        ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
        ck_assert_msg(congdoan_error_last_message()[0] != '\0', "no message for limit %d", ids[k]);
        ck_assert_int_eq(congdoan_corpus_get_limit(c, (congdoan_limit)ids[k]), -1);
    }
    for (size_t j = 0; j < N_LIMITS; j++)
        ck_assert_int_eq(congdoan_corpus_get_limit(c, limits[j].id), limits[j].def);
}
END_TEST

/* ---- enforcement ------------------------------------------------------------------------------- */

typedef struct snapshot {
    size_t units, documents, reports, roots;
    unsigned long long sum;
} snapshot;

static snapshot take(const congdoan_corpus *c)
{
    snapshot s = {congdoan_corpus_unit_count(c), congdoan_corpus_document_count(c),
                  congdoan_corpus_report_count(c), congdoan_corpus_root_count(c), 1469598103934665603ULL};
    for (size_t i = 0; i < s.units; i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        s.sum = (s.sum ^ (uintptr_t)u ^ ((uintptr_t)congdoan_unit_parent(u) << 1) ^ congdoan_unit_child_count(u)) *
                1099511628211ULL;
    }
    for (size_t i = 0; i < s.documents; i++)
        s.sum = (s.sum ^ (uintptr_t)congdoan_corpus_document(c, i)) * 1099511628211ULL;
    for (size_t i = 0; i < s.reports; i++)
        s.sum = (s.sum ^ (uintptr_t)congdoan_corpus_report(c, i)) * 1099511628211ULL;
    return s;
}

/* A corpus holding units-tld.xml, with one limit set. */
static congdoan_corpus *limited(congdoan_limit id, long value)
{
    congdoan_corpus *c = test_new_corpus();
    int rc = congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL);
    ck_assert_msg(rc == 0, "units-tld.xml: %s", congdoan_error_last_message());
    ck_assert_uint_gt(congdoan_corpus_unit_count(c), 0);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, id, value), 0);
    return c;
}

/* `what` must fail with CONGDOAN_ELIMIT; the message names the limit and `value`; the error is
 * on a line in [lo, hi] (0, 0 for none) of `file`; nothing changes; a good load still works. */
static void expect_limit(congdoan_corpus *c, int rc_in, const char *label, const char *file, long lo, long hi,
                         long value, const char *word, const congdoan_issues *issues, const snapshot *before)
{
    ck_assert_msg(rc_in == CONGDOAN_ELIMIT, "%s: returned %d (%s), expected CONGDOAN_ELIMIT; last error: %s", label,
                  rc_in, congdoan_strerror(rc_in), congdoan_error_last_message());
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ELIMIT);
    const char *msg = congdoan_error_last_message();
    char num[32];
    snprintf(num, sizeof num, "%ld", value);
    ck_assert_msg(strstr(msg, "limit") != NULL, "%s: the message \"%s\" does not say it is a limit", label, msg);
    ck_assert_msg(strstr(msg, num) != NULL, "%s: the message \"%s\" does not give the limit %s", label, msg, num);
    ck_assert_msg(strstr(msg, word) != NULL, "%s: the message \"%s\" does not say which limit (%s)", label, msg, word);
    ck_assert_msg(congdoan_error_last_line() >= lo && congdoan_error_last_line() <= hi,
                  "%s: the last error is on line %ld, expected %ld..%ld", label, congdoan_error_last_line(), lo, hi);
    ck_assert_msg(strcmp(congdoan_error_last_file(), file) == 0, "%s: the last error is about '%s', expected '%s'", label,
                  congdoan_error_last_file(), file);
    int found = 0;
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), "limit-exceeded") == 0 && congdoan_issue_line(is) >= lo &&
            congdoan_issue_line(is) <= hi && strcmp(congdoan_issue_file(is), file) == 0)
            found = 1;
    }
    ck_assert_msg(found, "%s: no limit-exceeded issue on line %ld..%ld", label, lo, hi);
    snapshot now = take(c);
    ck_assert_msg(now.units == before->units && now.documents == before->documents && now.reports == before->reports &&
                      now.roots == before->roots && now.sum == before->sum,
                  "%s: the corpus changed after a failed load", label);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "lim.unit"));
    ck_assert_ptr_null(congdoan_corpus_document_by_id(c, "lim.doc"));
}

static int load_buf(congdoan_corpus *c, const char *data, size_t size, const char *name, congdoan_issues *issues)
{
    congdoan_error_clear();
    return congdoan_corpus_load_memory(c, data, size, name, issues);
}

/* The still-good load after a failure: a new id each time. */
static void assert_still_loads(congdoan_corpus *c)
{
    static int serial;
    char xml[256];
    int n = snprintf(xml, sizeof xml, CD "<unit id=\"ok.%d\" level=\"central\" name=\"A\"/>\n</congdoan>\n", ++serial);
    size_t units = congdoan_corpus_unit_count(c);
    int rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "ok", NULL);
    ck_assert_msg(rc == 0, "a good load after the failed one returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units + 1);
}

/* CD on line 1, <document> on line 2, then `sections` nested <section>s, one per line. */
static char *nested(int sections, size_t *size)
{
    size_t cap = 256 + (size_t)sections * 24;
    char *b = new_buffer(cap), *p = b;
    p += sprintf(p, CD "<document id=\"lim.doc\" kind=\"plan\">\n");
    for (int i = 0; i < sections; i++)
        p += sprintf(p, "<section>\n");
    for (int i = 0; i < sections; i++)
        p += sprintf(p, "</section>");
    p += sprintf(p, "\n</document>\n</congdoan>\n");
    *size = (size_t)(p - b);
    return b;
}

START_TEST(depth_limit)
{
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_DEPTH, 5);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    size_t n;
    /* congdoan, document, section x3 = 5 deep: fine */
    char *ok = nested(3, &n);
    int rc = load_buf(c, ok, n, "depth-5", NULL);
    ck_assert_msg(rc == 0, "5 deep with a limit of 5: %d %s", rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_document_by_id(c, "lim.doc"));
    /* 6 deep: the 4th <section>, on line 6 */
    congdoan_corpus *c2 = limited(CONGDOAN_LIMIT_DEPTH, 5);
    before = take(c2);
    char *bad = nested(4, &n);
    rc = load_buf(c2, bad, n, "depth-6", issues);
    expect_limit(c2, rc, "depth 6 > 5", "depth-6", 6, 6, 5, "depth", issues, &before);
    assert_still_loads(c2);
    /* a unit's department at depth 3 under a limit of 2 */
    congdoan_corpus *c3 = limited(CONGDOAN_LIMIT_DEPTH, 2);
    before = take(c3);
    test_drop_issues(issues);
    issues = test_new_issues();
    static const char dep[] = CD "<unit id=\"lim.unit\" level=\"central\" name=\"A\">\n<department id=\"lim.d\" name=\"D\"/>\n</unit>\n</congdoan>\n";
    rc = load_buf(c3, BUF(dep), "depth-3", issues);
    expect_limit(c3, rc, "depth 3 > 2", "depth-3", 3, 3, 2, "depth", issues, &before);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c3, "lim.d"));
    /* raising the limit again lets the same input in */
    ck_assert_int_eq(congdoan_corpus_set_limit(c3, CONGDOAN_LIMIT_DEPTH, 3), 0);
    ck_assert_int_eq(load_buf(c3, BUF(dep), "depth-3", NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c3, "lim.d"));
}
END_TEST

/* 300 deep with the default limit (64): refused cleanly at the 65th level. */
START_TEST(depth_300_default)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL), 0);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    size_t n;
    char *b = nested(298, &n);
    int rc = load_buf(c, b, n, "depth-300", issues);
    /* level 65 is the 63rd section, on line 2 + 63 */
    expect_limit(c, rc, "depth 300, default limit", "depth-300", 65, 65, 64, "depth", issues, &before);
    assert_still_loads(c);
}
END_TEST

/* At the hard maximum (256, libxml2's own limit) 256 levels load and 300 are refused, by our
 * limit or by libxml2's: either way CONGDOAN_ELIMIT. */
START_TEST(depth_hard_maximum)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_DEPTH, 256), 0);
    size_t n;
    char *ok = nested(254, &n);
    int rc = load_buf(c, ok, n, "depth-256", NULL);
    ck_assert_msg(rc == 0, "256 deep with the limit at 256: %d %s (line %ld)", rc, congdoan_error_last_message(),
                  congdoan_error_last_line());
    congdoan_corpus *c2 = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_set_limit(c2, CONGDOAN_LIMIT_DEPTH, 256), 0);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c2);
    char *bad = nested(298, &n);
    rc = load_buf(c2, bad, n, "depth-300", issues);
    ck_assert_msg(rc == CONGDOAN_ELIMIT, "300 deep with the limit at 256: %d %s", rc, congdoan_error_last_message());
    ck_assert_uint_ge(test_issues_with_tag(issues, "limit-exceeded"), 1);
    ck_assert_int_ge(congdoan_error_last_line(), 257);
    ck_assert_int_le(congdoan_error_last_line(), 258);
    snapshot now = take(c2);
    ck_assert(now.documents == before.documents && now.sum == before.sum);
    /* a hundred thousand levels: refused as quickly */
    char *deep = nested(100000, &n);
    rc = load_buf(c2, deep, n, "depth-100000", NULL);
    ck_assert_int_eq(rc, CONGDOAN_ELIMIT);
    assert_still_loads(c2);
}
END_TEST

/* root + `units` units, one per line (unit k on line k + 1). */
static char *units_buffer(int units, size_t *size)
{
    char *b = new_buffer(128 + (size_t)units * 80), *p = b;
    p += sprintf(p, CD);
    for (int i = 0; i < units; i++)
        p += sprintf(p, "<unit id=\"lim.u%d\" level=\"central\" name=\"U\"/>\n", i + 1);
    p += sprintf(p, "</congdoan>\n");
    *size = (size_t)(p - b);
    return b;
}

START_TEST(element_limit)
{
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_ELEMENTS, 10);
    size_t units = congdoan_corpus_unit_count(c);
    size_t n;
    char *ok = units_buffer(9, &n); /* 10 elements */
    int rc = load_buf(c, ok, n, "elements-10", NULL);
    ck_assert_msg(rc == 0, "10 elements with a limit of 10: %d %s", rc, congdoan_error_last_message());
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units + 9);
    /* the limit is per input, not per corpus: another 10 load too */
    static const char more[] = CD "<document id=\"lim.more\" kind=\"plan\"><section><section><section><section>"
                                  "<section><section><section><section></section></section></section></section>"
                                  "</section></section></section></section></document>\n</congdoan>\n";
    ck_assert_int_eq(load_buf(c, BUF(more), "elements-10b", NULL), 0);

    congdoan_corpus *c2 = limited(CONGDOAN_LIMIT_ELEMENTS, 10);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c2);
    char *bad = units_buffer(10, &n); /* 11 elements: the 10th unit, on line 11 */
    rc = load_buf(c2, bad, n, "elements-11", issues);
    expect_limit(c2, rc, "11 elements > 10", "elements-11", 11, 11, 10, "element", issues, &before);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c2, "lim.u1"));
    assert_still_loads(c2);
    /* elements of other namespaces count too */
    static const char foreign[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                                  "<x:a/><x:a/><x:a/><x:a/><x:a/><x:a/><x:a/><x:a/><x:a/>\n<x:a/>\n</congdoan>\n";
    test_drop_issues(issues);
    issues = test_new_issues();
    before = take(c2);
    rc = load_buf(c2, BUF(foreign), "elements-foreign", issues);
    expect_limit(c2, rc, "11 elements (foreign) > 10", "elements-foreign", 3, 3, 10, "element", issues, &before);
}
END_TEST

/* A <p> (or other text) of `len` bytes made of `unit` repeated (plus 'a's to fill). */
static char *text_buffer(const char *open, const char *close, const char *unit, size_t len, size_t *size)
{
    char *b = new_buffer(512 + len), *p = b;
    p += sprintf(p, CD "<document id=\"lim.doc\" kind=\"plan\">\n%s", open);
    size_t ul = strlen(unit), done = 0;
    while (done + ul <= len) {
        memcpy(p, unit, ul);
        p += ul, done += ul;
    }
    while (done < len)
        *p++ = 'a', done++;
    p += sprintf(p, "%s\n</document>\n</congdoan>\n", close);
    *size = (size_t)(p - b);
    return b;
}

static void text_case(const char *label, const char *open, const char *close, const char *unit, size_t extra_markup)
{
    size_t n;
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 100);
    /* 100 bytes of text: fine (extra_markup: bytes of the unit that are markup, not text) */
    char *ok = text_buffer(open, close, unit, 100 + extra_markup, &n);
    int rc = load_buf(c, ok, n, label, NULL);
    ck_assert_msg(rc == 0, "%s: 100 bytes with a limit of 100: %d %s", label, rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_document_by_id(c, "lim.doc"));

    congdoan_corpus *c2 = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 100);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c2);
    char *bad = text_buffer(open, close, unit, 101 + extra_markup, &n);
    rc = load_buf(c2, bad, n, label, issues);
    expect_limit(c2, rc, label, label, 3, 3, 100, "text", issues, &before);
    assert_still_loads(c2);
    test_drop_issues(issues);
}

START_TEST(text_limit_paragraph)
{
    text_case("p", "<section><p>", "</p></section>", "a", 0);
}
END_TEST

START_TEST(text_limit_title)
{
    text_case("title", "<title>", "</title>", "a", 0);
}
END_TEST

/* Bytes, not characters: "ệ" is 3 bytes. */
START_TEST(text_limit_multibyte)
{
    text_case("multibyte", "<section><p>", "</p></section>", "\xe1\xbb\x87", 0);
}
END_TEST

/* Text delivered in pieces around character references is counted as a whole. */
START_TEST(text_limit_pieces)
{
    /* "&amp;" is one byte of text for 5 of markup: 20 of them are 20 bytes of text */
    size_t n;
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 100);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    char *b = new_buffer(1024), *p = b;
    p += sprintf(p, CD "<document id=\"lim.doc\" kind=\"plan\">\n<section><p>");
    for (int i = 0; i < 20; i++)
        p += sprintf(p, "abcd&amp;");
    p += sprintf(p, "a</p></section>\n</document>\n</congdoan>\n"); /* 20 * 5 + 1 = 101 bytes */
    n = (size_t)(p - b);
    int rc = load_buf(c, b, n, "pieces", issues);
    expect_limit(c, rc, "text in pieces", "pieces", 3, 3, 100, "text", issues, &before);
}
END_TEST

START_TEST(text_limit_cdata)
{
    text_case("cdata", "<section><p><![CDATA[", "]]></p></section>", "a", 0);
}
END_TEST

/* An attribute value of 101 bytes. */
START_TEST(text_limit_attribute)
{
    for (int len = 100; len <= 101; len++) {
        congdoan_corpus *c = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 100);
        congdoan_issues *issues = test_new_issues();
        snapshot before = take(c);
        char *b = new_buffer(512), *p = b;
        p += sprintf(p, CD "<unit id=\"lim.unit\" level=\"central\"\n name=\"");
        memset(p, 'n', (size_t)len);
        p += len;
        p += sprintf(p, "\"/>\n</congdoan>\n");
        int rc = load_buf(c, b, (size_t)(p - b), "attribute", issues);
        if (len == 100) {
            ck_assert_msg(rc == 0, "an attribute of 100 bytes with a limit of 100: %d %s", rc,
                          congdoan_error_last_message());
        } else {
            /* the start tag spans lines 2 and 3 */
            expect_limit(c, rc, "attribute of 101 bytes", "attribute", 2, 3, 100, "text", issues, &before);
            assert_still_loads(c);
        }
        test_drop_issues(issues);
    }
}
END_TEST

/* At the hard maximum (9,000,000 bytes, below libxml2's own 10,000,000-byte limit on one token) a text and an attribute value of exactly that length
 * load, and one byte more is refused, whether by our limit or by libxml2's own. */
START_TEST(text_limit_hard_maximum)
{
    const long max = 9000000L;
    for (int attribute = 0; attribute <= 1; attribute++) {
        for (long len = max; len <= max + 1; len++) {
            congdoan_corpus *c = test_new_corpus();
            ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_TEXT_LENGTH, max), 0);
            congdoan_issues *issues = test_new_issues();
            char *b = new_buffer((size_t)len + 512), *p = b;
            if (attribute)
                p += sprintf(p, CD "<unit id=\"lim.unit\" level=\"central\" name=\"");
            else
                p += sprintf(p, CD "<document id=\"lim.doc\" kind=\"plan\"><section><p>");
            memset(p, 'x', (size_t)len);
            p += len;
            p += sprintf(p, attribute ? "\"/>\n</congdoan>\n" : "</p></section></document>\n</congdoan>\n");
            congdoan_error_clear();
            int rc = congdoan_corpus_load_memory(c, b, (size_t)(p - b), "hard-max", issues);
            if (len == max)
                ck_assert_msg(rc == 0, "%s of %ld bytes with the limit at %ld: %d %s", attribute ? "an attribute" : "a text",
                              len, max, rc, congdoan_error_last_message());
            else
                ck_assert_msg(rc == CONGDOAN_ELIMIT && test_issues_with_tag(issues, "limit-exceeded") >= 1,
                              "%s of %ld bytes with the limit at %ld: %d %s", attribute ? "an attribute" : "a text", len,
                              max, rc, congdoan_error_last_message());
            test_drop_issues(issues);
        }
    }
}
END_TEST

/* Exactly `size` bytes: one unit, then a comment to fill. */
static char *sized(size_t size)
{
    static const char head[] = CD "<unit id=\"lim.unit\" level=\"central\" name=\"A\"/>\n<!--";
    static const char tail[] = "-->\n</congdoan>\n";
    ck_assert_uint_ge(size, sizeof head + sizeof tail);
    char *b = new_buffer(size);
    memcpy(b, head, sizeof head - 1);
    memset(b + sizeof head - 1, 'x', size - (sizeof head - 1) - (sizeof tail - 1));
    memcpy(b + size - (sizeof tail - 1), tail, sizeof tail - 1);
    return b;
}

START_TEST(input_size_limit)
{
    /* a buffer */
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_INPUT_SIZE, 1000);
    ck_assert_int_eq(load_buf(c, sized(1000), 1000, "size-1000", NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "lim.unit"));

    congdoan_corpus *c2 = limited(CONGDOAN_LIMIT_INPUT_SIZE, 1000);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c2);
    int rc = load_buf(c2, sized(1001), 1001, "size-1001", issues);
    expect_limit(c2, rc, "buffer of 1001 bytes", "size-1001", 0, 0, 1000, "size", issues, &before);
    ck_assert_msg(strstr(congdoan_error_last_message(), "1001") != NULL, "the message does not give the size: %s",
                  congdoan_error_last_message());
    assert_still_loads(c2);

    /* a file, through load_file and load_path (the file and its folder) */
    char ok_path[200], bad_path[200], bad_dir[160];
    snprintf(ok_path, sizeof ok_path, "%s", temp_path("size-1000.xml"));
    write_file(ok_path, sized(1000), 1000);
    snprintf(bad_dir, sizeof bad_dir, "%s", temp_path("big"));
    ck_assert_int_eq(mkdir(bad_dir, 0700), 0);
    snprintf(bad_path, sizeof bad_path, "%s/size-1001.xml", bad_dir);
    write_file(bad_path, sized(1001), 1001);
    congdoan_corpus *c3 = limited(CONGDOAN_LIMIT_INPUT_SIZE, 1000);
    ck_assert_int_eq(congdoan_corpus_load_file(c3, ok_path, NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c3, "lim.unit"));

    congdoan_corpus *c4 = limited(CONGDOAN_LIMIT_INPUT_SIZE, 1000);
    test_drop_issues(issues);
    issues = test_new_issues();
    before = take(c4);
    congdoan_error_clear();
    rc = congdoan_corpus_load_file(c4, bad_path, issues);
    expect_limit(c4, rc, "file of 1001 bytes", bad_path, 0, 0, 1000, "size", issues, &before);
    congdoan_error_clear();
    rc = congdoan_corpus_load_path(c4, bad_path, issues);
    expect_limit(c4, rc, "file of 1001 bytes (load_path)", bad_path, 0, 0, 1000, "size", issues, &before);
    congdoan_error_clear();
    rc = congdoan_corpus_load_path(c4, bad_dir, issues);
    expect_limit(c4, rc, "folder with a file of 1001 bytes", bad_path, 0, 0, 1000, "size", issues, &before);
    assert_still_loads(c4);
    /* the default admits it */
    ck_assert_int_eq(congdoan_corpus_set_limit(c4, CONGDOAN_LIMIT_INPUT_SIZE, 2147483647L), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c4, bad_path, NULL), 0);
}
END_TEST

/* A limit set between loads applies to the next load only; what was loaded stays. */
START_TEST(limit_between_loads)
{
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-laichau.xml"), NULL), 0);
    size_t units = congdoan_corpus_unit_count(c);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ELEMENTS, 5), 0);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), issues);
    ck_assert_int_eq(rc, CONGDOAN_ELIMIT);
    ck_assert_uint_ge(test_issues_with_tag(issues, "limit-exceeded"), 1);
    snapshot now = take(c);
    ck_assert(now.units == before.units && now.sum == before.sum);
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "tld"));
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ELEMENTS, 100000000L), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "tld"));
    /* units-laichau.xml's parent "tld" is now resolved */
    ck_assert_ptr_eq(congdoan_unit_parent(congdoan_corpus_unit_by_id(c, "laichau")), congdoan_corpus_unit_by_id(c, "tld"));
}
END_TEST

/* ---- attributes per element, and kept foreign content --------------------------------------- */

/* CD on line 1; line 2: <unit> with `n` attributes in all (id, level, name and n - 3 of
 * another namespace, declared on the root) spread over `lines` lines; `pad` spaces after each. */
static char *many_attributes(long n, int lines, size_t pad, size_t *size)
{
    size_t cap = 256 + (size_t)n * (32 + pad);
    char *b = new_buffer(cap), *p = b;
    p += sprintf(p, "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                    "<unit id=\"lim.unit\" level=\"central\" name=\"A\"");
    for (long i = 0; i < n - 3; i++) {
        p += sprintf(p, " x:a%ld=\"v>%ld\"", i, i); /* '>' in a value is no end of the tag */
        memset(p, ' ', pad);
        p += pad;
        if (lines > 1 && i % ((n - 3) / (lines - 1) + 1) == 0)
            *p++ = '\n';
    }
    p += sprintf(p, "/>\n</congdoan>\n");
    *size = (size_t)(p - b);
    return b;
}

START_TEST(attribute_limit)
{
    size_t n;
    /* 256 attributes (the default): fine */
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_ATTRIBUTES, 256);
    char *ok = many_attributes(256, 1, 0, &n);
    int rc = load_buf(c, ok, n, "attrs-256", NULL);
    ck_assert_msg(rc == 0, "256 attributes with a limit of 256: %d %s", rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "lim.unit"));
    /* 257: refused, naming the element and its line */
    congdoan_corpus *c2 = test_new_corpus();
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c2);
    char *bad = many_attributes(257, 1, 0, &n);
    rc = load_buf(c2, bad, n, "attrs-257", issues);
    expect_limit(c2, rc, "257 attributes", "attrs-257", 2, 2, 256, "attributes", issues, &before);
    ck_assert(strstr(congdoan_error_last_message(), "<unit>") != NULL);
    assert_still_loads(c2);
    /* a lower limit */
    congdoan_corpus *c3 = limited(CONGDOAN_LIMIT_ATTRIBUTES, 5);
    before = take(c3);
    test_drop_issues(issues);
    issues = test_new_issues();
    bad = many_attributes(6, 1, 0, &n);
    rc = load_buf(c3, bad, n, "attrs-6", issues);
    expect_limit(c3, rc, "6 attributes over 5", "attrs-6", 2, 2, 5, "attributes", issues, &before);
    ok = many_attributes(5, 1, 0, &n);
    ck_assert_int_eq(load_buf(c3, ok, n, "attrs-5", NULL), 0);
}
END_TEST

/* A million attributes (17 MB in one start tag): refused at once with the attribute limit, not
 * with libxml2's "single token" limit, and without libxml2's pairwise duplicate check (hours). */
START_TEST(a_million_attributes)
{
    size_t n;
    congdoan_corpus *c = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_TEXT_LENGTH, 9000000L), 0);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    char *bad = many_attributes(1000000, 1, 0, &n);
    int rc = load_buf(c, bad, n, "attrs-1m", issues);
    expect_limit(c, rc, "a million attributes", "attrs-1m", 2, 2, 256, "attributes-per-element", issues, &before);
    ck_assert(strstr(congdoan_error_last_message(), "token") == NULL);
}
END_TEST

/* A start tag over the limit that spans chunks (1.3 MB: the loader reads 64 KiB at a time)
 * and lines, after 300 KB of other content: found all the same, at the line it starts on. */
START_TEST(attribute_limit_across_chunks)
{
    size_t n;
    char *tag = many_attributes(300, 40, 4000, &n);
    const char *unit = strstr(tag, "<unit");
    size_t head = 300000;
    char *b = new_buffer(head + n + 256), *p = b;
    p += sprintf(p, "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                    "<document id=\"lim.doc\" kind=\"plan\"><section>\n");
    long lines = 3;
    while ((size_t)(p - b) < head) {
        p += sprintf(p, "<p>đoạn văn %ld</p>\n", lines);
        lines++;
    }
    p += sprintf(p, "</section></document>\n");
    lines++;
    size_t rest = n - (size_t)(unit - tag);
    memcpy(p, unit, rest);
    p += rest;
    const char *path = temp_path("size-1000.xml");
    write_file(path, b, (size_t)(p - b));
    congdoan_corpus *c = test_new_corpus();
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, path, issues);
    expect_limit(c, rc, "300 attributes over chunks", path, lines, lines, 256, "attributes", issues, &before);
    /* with the limit raised, the same file loads */
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ATTRIBUTES, 300), 0);
    rc = congdoan_corpus_load_file(c, path, NULL);
    ck_assert_msg(rc == 0, "300 attributes with a limit of 300: %s", congdoan_error_last_message());
}
END_TEST

/* The same when the tag starts 100 bytes before the end of the fourth 64 KiB read, with a line
 * end among those 100 bytes: the line is the one it starts on. */
START_TEST(attribute_limit_at_a_chunk_end)
{
    size_t n;
    char *tag = many_attributes(300, 40, 0, &n);
    const char *unit = strstr(tag, "<unit");
    const size_t at = 262144 - 100;
    char *b = new_buffer(at + n + 256), *p = b;
    p += sprintf(p, "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n<!--");
    for (; (size_t)(p - b) < at - 4; p++) /* a comment of lines of 100 bytes up to the tag */
        *p = (size_t)(p - b) % 100 == 99 ? '\n' : 'c';
    p += sprintf(p, "-->\n");
    long line = 1; /* the line the tag starts on */
    for (const char *q = b; q < p; q++)
        line += *q == '\n';
    ck_assert_uint_eq((size_t)(p - b), at);
    size_t rest = n - (size_t)(unit - tag);
    memcpy(p, unit, rest);
    p += rest;
    ck_assert_ptr_nonnull(memchr(b + at, '\n', 100)); /* a line end before the chunk ends */
    const char *path = temp_path("size-1000.xml");
    write_file(path, b, (size_t)(p - b));
    congdoan_corpus *c = test_new_corpus();
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, path, issues);
    expect_limit(c, rc, "a tag at a chunk end", path, line, line, 256, "attributes", issues, &before);
}
END_TEST

/* Content of another namespace is kept, so it counts like text of ours: with the text limit at
 * 16 bytes, a <x:note> of 1,000,000 bytes is refused where it is, not kept. */
START_TEST(foreign_text_limit)
{
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 16);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    const size_t len = 1000000;
    char *b = new_buffer(len + 512), *p = b;
    p += sprintf(p, "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                    "<unit id=\"lim.unit\" level=\"central\" name=\"A\">\n<x:note>");
    memset(p, 'n', len);
    p += len;
    p += sprintf(p, "</x:note>\n</unit>\n</congdoan>\n");
    int rc = load_buf(c, b, (size_t)(p - b), "foreign-text", issues);
    expect_limit(c, rc, "foreign text", "foreign-text", 3, 3, 16, "text", issues, &before);
    ck_assert(strstr(congdoan_error_last_message(), "x:note") != NULL);
    assert_still_loads(c);

    /* every byte kept counts: markup and attributes inside the foreign element too */
    congdoan_corpus *c2 = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 16);
    test_drop_issues(issues);
    issues = test_new_issues();
    before = take(c2);
    static const char nested[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                                 "<unit id=\"lim.unit\" level=\"central\" name=\"A\">\n"
                                 "<x:a k=\"123\"><x:b/><x:c/></x:a>\n</unit>\n</congdoan>\n";
    rc = load_buf(c2, BUF(nested), "foreign-markup", issues);
    expect_limit(c2, rc, "foreign markup", "foreign-markup", 3, 3, 16, "text", issues, &before);
    /* within the limit it is kept */
    congdoan_corpus *c3 = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 64);
    ck_assert_int_eq(load_buf(c3, BUF(nested), "foreign-markup", NULL), 0);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c3, "lim.unit"));
}
END_TEST

/* A foreign attribute value on an element of ours is a text of its own. */
START_TEST(foreign_attribute_limit)
{
    congdoan_corpus *c = limited(CONGDOAN_LIMIT_TEXT_LENGTH, 16);
    congdoan_issues *issues = test_new_issues();
    snapshot before = take(c);
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
                              "<unit id=\"lim.unit\" level=\"central\" name=\"A\" x:k=\"12345678901234567\"/>\n"
                              "</congdoan>\n";
    int rc = load_buf(c, BUF(xml), "foreign-attr", issues);
    expect_limit(c, rc, "foreign attribute", "foreign-attr", 2, 2, 16, "text", issues, &before);
}
END_TEST

/* A comment is kept, so it is a text like any other: 100 bytes fine, 101 refused where it is. */
START_TEST(comment_limit)
{
    text_case("comment", "<section><!--", "--></section>", "c", 0);
}
END_TEST

static Suite *limits_suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("settings");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_loop_test(tc, defaults, 0, (int)N_LIMITS);
    tcase_add_loop_test(tc, round_trip, 0, (int)N_LIMITS);
    tcase_add_loop_test(tc, refused_values, 0, (int)N_LIMITS);
    tcase_add_test(tc, unknown_limit);
    suite_add_tcase(s, tc);

    tc = tcase_create("enforced");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, depth_limit);
    tcase_add_test(tc, depth_300_default);
    tcase_add_test(tc, depth_hard_maximum);
    tcase_add_test(tc, element_limit);
    tcase_add_test(tc, text_limit_paragraph);
    tcase_add_test(tc, text_limit_title);
    tcase_add_test(tc, text_limit_multibyte);
    tcase_add_test(tc, text_limit_pieces);
    tcase_add_test(tc, text_limit_cdata);
    tcase_add_test(tc, text_limit_attribute);
    tcase_add_test(tc, text_limit_hard_maximum);
    tcase_add_test(tc, input_size_limit);
    tcase_add_test(tc, limit_between_loads);
    tcase_add_test(tc, attribute_limit);
    tcase_add_test(tc, a_million_attributes);
    tcase_add_test(tc, attribute_limit_across_chunks);
    tcase_add_test(tc, attribute_limit_at_a_chunk_end);
    tcase_add_test(tc, foreign_text_limit);
    tcase_add_test(tc, foreign_attribute_limit);
    tcase_add_test(tc, comment_limit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(limits_suite());
}
