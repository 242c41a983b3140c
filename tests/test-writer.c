/* Tests of congdoan/writer.h: the writer's output on the seed fixtures against the frozen files
 * of tests/data/expected/ (byte for byte), the three outputs (memory, callback, atomic file),
 * the rules of an output (one XML document each, finish once), the parts of a corpus, a unit
 * subtree, determinism, numbers in machine form, escaping, foreign content written back in place
 * (tests/data/foreign/), and argument checks.
 *
 * The expected files were generated with the library and then reviewed by hand against the
 * input fixtures (see tests/data/expected/README.md for what the writer normalises). */
#include "test-common.h"
#include "model/model.h" /* the kept runs of foreign nodes */

#include <dirent.h>
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#if __has_include("congdoan/edit.h")
#include "congdoan/edit.h"
#define HAVE_EDIT 1
#else
#define HAVE_EDIT 0
#endif

/* Internal test hook of lib/base/output.c: make the n-th flush of a file or callback output fail
 * (0: never). Returns how many flushes were made since the last call. */
long congdoan__output_fail_flush_at(long n);
/* ... and never use an unnamed (O_TMPFILE) temporary file, as on systems without one. */
int congdoan__output_named_only(int on);

#define BUF(s) (s), (sizeof(s) - 1)

/* ---- small helpers ------------------------------------------------------------------------------ */


static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s: %s", path, strerror(errno));
    strbuf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_put(&b, chunk, n);
    fclose(f);
    if (!b.data)
        sb_put(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

static void spit(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "cannot create %s: %s", path, strerror(errno));
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
}

static void print_issues(const congdoan_issues *issues)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        fprintf(stderr, "  %s:%ld:%ld: %s: %s\n", congdoan_issue_file(is), congdoan_issue_line(is),
                congdoan_issue_column(is), congdoan_issue_tag(is), congdoan_issue_message(is));
    }
}

/* A corpus loaded from XML text; fails the test on any error. */
static congdoan_corpus *load_text(const char *xml, size_t len)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, xml, len, "<written>", issues);
    if (rc != 0) {
        print_issues(issues);
        fprintf(stderr, "---- the XML:\n%.*s\n----\n", (int)(len > 4000 ? 4000 : len), xml);
    }
    ck_assert_msg(rc == 0, "loading failed: %s (line %ld)", congdoan_error_last_message(), congdoan_error_last_line());
    congdoan_issues_free(issues);
    return c;
}

static congdoan_corpus *load_str(const char *xml)
{
    return load_text(xml, strlen(xml));
}

/* What to write. */
enum { W_CORPUS, W_UNITS, W_DOCUMENT, W_REPORT };
typedef struct target {
    int kind;
    const congdoan_corpus *corpus;
    int parts;                      /* W_CORPUS */
    const congdoan_unit *top;       /* W_UNITS */
    const congdoan_document *doc;   /* W_DOCUMENT */
    const congdoan_report *report;  /* W_REPORT */
} target;

static int do_write(const target *t, congdoan_output *o)
{
    switch (t->kind) {
    case W_CORPUS: return congdoan_write_corpus(t->corpus, t->parts, o);
    case W_UNITS: return congdoan_write_units(t->corpus, t->top, o);
    case W_DOCUMENT: return congdoan_write_document(t->doc, o);
    default: return congdoan_write_report(t->report, o);
    }
}

/* Write to a memory output; a NUL-terminated malloc'd copy. */
static char *write_memory(const target *t, size_t *len)
{
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    int rc = do_write(t, o);
    ck_assert_msg(rc == 0, "write: %d %s", rc, congdoan_error_last_message());
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    size_t n = 0;
    const char *data = congdoan_output_data(o, &n);
    ck_assert_ptr_nonnull(data);
    char *copy = malloc(n + 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, data, n);
    copy[n] = '\0';
    congdoan_output_free(o);
    if (len)
        *len = n;
    return copy;
}

static char *corpus_xml(const congdoan_corpus *c, int parts, size_t *len)
{
    target t = {W_CORPUS, c, parts, NULL, NULL, NULL};
    return write_memory(&t, len);
}

/* A callback sink: collects chunks; fails (returns -1) on call number fail_at (0: never). */
typedef struct sink {
    strbuf b;
    int calls, fail_at;
} sink;

static int sink_write(void *payload, const char *data, size_t size)
{
    sink *s = payload;
    s->calls++;
    if (s->fail_at && s->calls >= s->fail_at)
        return -1;
    ck_assert_uint_gt(size, 0);
    sb_put(&s->b, data, size);
    return 0;
}

/* The first line where two texts differ, for failure messages. */
static void report_difference(const char *what, const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i = 0, line = 1, start = 0;
    while (i < alen && i < blen && a[i] == b[i]) {
        if (a[i] == '\n')
            line++, start = i + 1;
        i++;
    }
    const char *ea = memchr(a + start, '\n', alen - start);
    const char *eb = memchr(b + start, '\n', blen - start);
    int la = (int)((ea ? (size_t)(ea - a) : alen) - start);
    int lb = (int)((eb ? (size_t)(eb - b) : blen) - start);
    ck_abort_msg("%s: differs at line %zu (byte %zu; sizes %zu and %zu)\n  expected: %.*s\n  actual:   %.*s", what, line,
                 i, alen, blen, la > 300 ? 300 : la, a + start, lb > 300 ? 300 : lb, b + start);
}

static void assert_same_bytes(const char *what, const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen != blen || memcmp(a, b, alen) != 0)
        report_difference(what, a, alen, b, blen);
}

/* What the writer wrote, loaded and written again, is the same bytes. */
static void assert_written_again(const char *out, size_t n)
{
    congdoan_corpus *back = load_text(out, n);
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    free(again);
    congdoan_corpus_free(back);
}

/* ---- a temporary folder per test ------------------------------------------------------------- */

static char tmpdir[64];
/* the "outputs" tests run twice: with unnamed temporary files where the system has them, and
 * the named way that other systems get (forced through the test hook) */
static int named_mode;

static void tmp_setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/congdoan-writer-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    named_mode = 0;
}

static void named_setup(void)
{
    tmp_setup();
    named_mode = 1;
    congdoan__output_named_only(1);
}

static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        unlink(path);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char p[512];
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        struct stat sb;
        if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
            remove_tree(p);
        else
            unlink(p);
    }
    closedir(d);
    rmdir(path);
}

static void tmp_teardown(void)
{
    congdoan__output_fail_flush_at(0);
    congdoan__output_named_only(0);
    if (tmpdir[0])
        remove_tree(tmpdir);
    tmpdir[0] = '\0';
}

static const char *tmp_file(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

/* The names in the temporary folder, one per line, sorted by the order readdir gives. */
static size_t folder_entries(char *names, size_t size)
{
    DIR *d = opendir(tmpdir);
    ck_assert_ptr_nonnull(d);
    size_t n = 0;
    names[0] = '\0';
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        n++;
        strncat(names, e->d_name, size - strlen(names) - 2);
        strcat(names, " ");
    }
    closedir(d);
    return n;
}

/* ---- a large corpus, several flushes long ---------------------------------------------------- */

static char *large_xml(size_t *len)
{
    strbuf b = {0};
    sb_str(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n");
    sb_str(&b, "<unit id=\"big\" level=\"provincial\" name=\"Liên đoàn Lao động tỉnh Lớn\"/>\n");
    for (int i = 0; i < 60; i++)
        sb_printf(&b, "<unit id=\"big.h%d\" level=\"upper-grassroots\" parent=\"big\" name=\"Liên đoàn Lao động huyện số %d\"/>\n", i, i);
    for (int i = 0; i < 3000; i++)
        sb_printf(&b,
                  "<unit id=\"big.g%d\" level=\"grassroots\" parent=\"big.h%d\" sector=\"public\" members=\"%d\" "
                  "name=\"Công đoàn cơ sở Trường Tiểu học số %d\"><classification year=\"2025\" grade=\"good\"/></unit>\n",
                  i, i % 60, 10 + i % 200, i);
    sb_str(&b, "<document id=\"big-kh\" kind=\"plan\" issuer=\"big\"><title>Kế hoạch lớn</title><section number=\"I.\">\n");
    for (int i = 0; i < 500; i++)
        sb_printf(&b, "<task id=\"t%d\" lead=\"big.h%d\"><text>Nhiệm vụ số %d: tuyên truyền, vận động đoàn viên.</text></task>\n",
                  i, i % 60, i);
    sb_str(&b, "</section></document>\n</congdoan>\n");
    *len = b.len;
    return b.data;
}

static congdoan_corpus *large_corpus(void)
{
    size_t n;
    char *xml = large_xml(&n);
    congdoan_corpus *c = load_text(xml, n);
    free(xml);
    return c;
}

/* ---- expected files ---------------------------------------------------------------------------- */

typedef struct expected_case {
    const char *expected;      /* in tests/data/expected/ */
    int kind;
    const char *id;            /* document, report or top unit id (NULL: all units) */
    const char *files[5];      /* loaded, in tests/data/ */
} expected_case;

static const expected_case expected_cases[] = {
    {"kh-240-2022-tld.xml", W_DOCUMENT, "kh-240-tld-2022", {"units-tld.xml", "kh-240-2022-tld.xml", NULL}},
    {"nq-001-dct-tld.xml", W_DOCUMENT, "nq-dct-tld-doingoai", {"units-tld.xml", "nq-001-dct-tld.xml", NULL}},
    {"ctr-13-2025-laichau.xml", W_DOCUMENT, "ctr-13-ldld-laichau-2025",
     {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", NULL}},
    {"units-tld.xml", W_UNITS, NULL, {"units-tld.xml", NULL}},
    {"units-laichau.xml", W_UNITS, NULL, {"units-laichau.xml", NULL}},
    {"units-congthuong.xml", W_UNITS, NULL, {"units-congthuong.xml", NULL}},
    {"units-laichau-subtree.xml", W_UNITS, "laichau", {"units-tld.xml", "units-laichau.xml", NULL}},
    {"report-bc-tamduong-2025-h1.xml", W_REPORT, "bc-tamduong-2025-h1",
     {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", NULL}},
    {"report-bc-phongtho-2025-h1.xml", W_REPORT, "bc-phongtho-2025-h1",
     {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", NULL}},
    {"report-bc-thanuyen-2025-h1.xml", W_REPORT, "bc-thanuyen-2025-h1",
     {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", "reports-laichau-2025.xml", NULL}},
    {"progress-cases.xml", W_CORPUS, NULL, {"progress-cases.xml", NULL}},
    {"foreign-units-ext.xml", W_CORPUS, NULL, {"foreign/units-ext.xml", NULL}},
    {"foreign-document-ext.xml", W_CORPUS, NULL, {"foreign/document-ext.xml", NULL}},
    {"foreign-reports-ext.xml", W_CORPUS, NULL, {"foreign/reports-ext.xml", NULL}},
};
enum { EXPECTED_COUNT = sizeof expected_cases / sizeof expected_cases[0] };

static target target_of(const congdoan_corpus *c, const expected_case *x)
{
    target t = {x->kind, c, CONGDOAN_WRITE_ALL, NULL, NULL, NULL};
    if (x->kind == W_DOCUMENT) {
        t.doc = congdoan_corpus_document_by_id(c, x->id);
        ck_assert_msg(t.doc != NULL, "no document %s", x->id);
    } else if (x->kind == W_REPORT) {
        t.report = congdoan_corpus_report_by_id(c, x->id);
        ck_assert_msg(t.report != NULL, "no report %s", x->id);
    } else if (x->kind == W_UNITS && x->id) {
        t.top = congdoan_corpus_unit_by_id(c, x->id);
        ck_assert_msg(t.top != NULL, "no unit %s", x->id);
    }
    return t;
}

START_TEST(output_equals_expected_file)
{
    const expected_case *x = &expected_cases[_i];
    congdoan_corpus *c = test_load(x->files);
    target t = target_of(c, x);
    size_t n, want_n;
    char *got = write_memory(&t, &n);
    char path[300];
    snprintf(path, sizeof path, "expected/%s", x->expected);
    char *want = slurp(test_data_path(path), &want_n);
    assert_same_bytes(x->expected, want, want_n, got, n);
    /* The frozen file is valid against the schema and reads back. */
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_schema_validate_file(test_data_path(path), issues);
    if (rc)
        print_issues(issues);
    ck_assert_msg(rc == 0, "%s is not valid: %s", x->expected, congdoan_error_last_message());
    congdoan_issues_free(issues);
    congdoan_corpus *back = load_text(got, n);
    congdoan_corpus_free(back);
    free(want);
    free(got);
    congdoan_corpus_free(c);
}
END_TEST

/* The same bytes through the three outputs. */
START_TEST(three_outputs_give_the_same_bytes)
{
    const expected_case *x = &expected_cases[_i];
    congdoan_corpus *c = test_load(x->files);
    target t = target_of(c, x);
    size_t n;
    char *mem = write_memory(&t, &n);

    sink s = {{0}, 0, 0};
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, &s, &o), 0);
    ck_assert_int_eq(do_write(&t, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    congdoan_output_free(o);
    ck_assert_int_ge(s.calls, 1);
    assert_same_bytes("callback output", mem, n, s.b.data, s.b.len);

    const char *path = tmp_file("out.xml");
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    ck_assert_int_eq(do_write(&t, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    congdoan_output_free(o);
    size_t fn;
    char *file = slurp(path, &fn);
    assert_same_bytes("file output", mem, n, file, fn);
    free(file);
    free(s.b.data);
    free(mem);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- every fixture and sample file ----------------------------------------------------------------- */

/* Each XML file of tests/data, tests/data/foreign and examples/data, loaded alone and written
 * with congdoan_write_corpus(ALL), gives the bytes of its file in tests/data/expected/canonical/
 * ("tests-data--NAME", "foreign--NAME", "examples-data--NAME"). Those files were written by the
 * library before the vocabulary table drove the writer (git 0524c57): any change of the output
 * shows here, on every file. A fixture without its canonical file, or a canonical file without
 * its fixture, fails too. */
typedef struct fixture_dir {
    const char *prefix;
    int sample;     /* examples/data, else tests/data */
    const char *sub; /* under it */
} fixture_dir;

static const fixture_dir fixture_dirs[] = {{"tests-data", 0, ""},
                                           {"foreign", 0, "foreign"},
                                           {"examples-data", 1, ""},
                                           {"corpus-dev-xml", 0, "corpus-dev-xml"}};

static int is_xml_name(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

START_TEST(every_fixture_keeps_its_canonical_form)
{
    size_t checked = 0;
    for (size_t d = 0; d < sizeof fixture_dirs / sizeof fixture_dirs[0]; d++) {
        const fixture_dir *fd = &fixture_dirs[d];
        char dir[1024];
        snprintf(dir, sizeof dir, "%s", fd->sample ? test_sample_path(fd->sub) : test_data_path(fd->sub));
        DIR *dh = opendir(dir);
        ck_assert_msg(dh != NULL, "cannot list %s", dir);
        struct dirent *ent;
        while ((ent = readdir(dh)) != NULL) {
            if (!is_xml_name(ent->d_name))
                continue;
            char path[2048], want_name[600];
            snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
            snprintf(want_name, sizeof want_name, "expected/canonical/%s--%s", fd->prefix, ent->d_name);
            congdoan_corpus *c = NULL;
            congdoan_issues *issues = NULL;
            ck_assert_int_eq(congdoan_corpus_new(&c), 0);
            ck_assert_int_eq(congdoan_issues_new(&issues), 0);
            int rc = congdoan_corpus_load_file(c, path, issues);
            if (rc)
                print_issues(issues);
            ck_assert_msg(rc == 0, "%s does not load alone: %s", path, congdoan_error_last_message());
            target t = {W_CORPUS, c, CONGDOAN_WRITE_ALL, NULL, NULL, NULL};
            size_t n, want_n;
            char *got = write_memory(&t, &n);
            struct stat sb;
            ck_assert_msg(stat(test_data_path(want_name), &sb) == 0, "%s has no canonical form %s", path, want_name);
            char *want = slurp(test_data_path(want_name), &want_n);
            assert_same_bytes(want_name, want, want_n, got, n);
            free(want);
            free(got);
            congdoan_issues_free(issues);
            congdoan_corpus_free(c);
            checked++;
        }
        closedir(dh);
    }
    /* and no canonical file is left without its fixture */
    DIR *dh = opendir(test_data_path("expected/canonical"));
    ck_assert_ptr_nonnull(dh);
    struct dirent *ent;
    size_t golden = 0;
    while ((ent = readdir(dh)) != NULL)
        golden += is_xml_name(ent->d_name);
    closedir(dh);
    ck_assert_uint_eq(golden, checked);
    ck_assert_uint_ge(checked, 22);
}
END_TEST

/* ---- outputs ------------------------------------------------------------------------------------ */

START_TEST(memory_output)
{
    congdoan_corpus *c = load_str("<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">"
                                  "<unit id=\"a\" level=\"central\" name=\"A\"/></congdoan>");
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    ck_assert_ptr_nonnull(o);
    size_t n = 99;
    /* nothing written yet: empty, not NULL */
    ck_assert_ptr_nonnull(congdoan_output_data(o, &n));
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    const char *data = congdoan_output_data(o, &n);
    static const char want[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                               "  <unit id=\"a\" level=\"central\" name=\"A\"/>\n"
                               "</congdoan>\n";
    assert_same_bytes("memory output", want, sizeof want - 1, data, n);
    ck_assert_ptr_eq(congdoan_output_data(o, NULL), data); /* size may be NULL */
    congdoan_output_free(o);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(callback_output_in_chunks)
{
    congdoan_corpus *c = large_corpus();
    size_t n;
    char *mem = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_uint_gt(n, 3 * 64 * 1024);
    sink s = {{0}, 0, 0};
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, &s, &o), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), 0);
    int calls_before_finish = s.calls;
    ck_assert_int_ge(calls_before_finish, 2); /* handed over while writing, not all at the end */
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    ck_assert_int_ge(s.calls, calls_before_finish);
    assert_same_bytes("callback chunks", mem, n, s.b.data, s.b.len);
    /* a callback output has no data of its own */
    size_t dn = 7;
    ck_assert_ptr_null(congdoan_output_data(o, &dn));
    ck_assert_uint_eq(dn, 0);
    congdoan_output_free(o);
    free(s.b.data);
    free(mem);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(callback_failing_midway)
{
    congdoan_corpus *c = large_corpus();
    sink s = {{0}, 0, 2};
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, &s, &o), 0);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_int_eq(s.calls, 2); /* stopped at the failing call: nothing more handed over */
    /* the output cannot be finished: the error again, and again */
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    ck_assert_int_eq(s.calls, 2);
    /* nor written to again */
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), CONGDOAN_EINVAL);
    congdoan_output_free(o);
    free(s.b.data);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(callback_failing_at_finish)
{
    /* A small document is handed over only when the output is finished. */
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    sink s = {{0}, 0, 1};
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, &s, &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    ck_assert_int_eq(s.calls, 0);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    congdoan_output_free(o);
    free(s.b.data);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(flush_hook_fails_a_callback_output)
{
    congdoan_corpus *c = large_corpus();
    sink s = {{0}, 0, 0};
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, &s, &o), 0);
    congdoan__output_fail_flush_at(2);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), CONGDOAN_EIO);
    congdoan__output_fail_flush_at(0);
    ck_assert_int_eq(s.calls, 1);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    congdoan_output_free(o);
    free(s.b.data);
    congdoan_corpus_free(c);
}
END_TEST

static const char old_content[] = "<old>the previous file</old>\n";

START_TEST(file_replaced_only_on_finish)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    const char *path = tmp_file("units.xml");
    spit(path, old_content, sizeof old_content - 1);
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    char names[1024];
    /* the temporary file sits next to the destination: unnamed where the system has them,
     * else under a fixed name that the next write of the same path takes over */
    if (named_mode) {
        ck_assert_uint_eq(folder_entries(names, sizeof names), 2);
        ck_assert_ptr_nonnull(strstr(names, "units.xml.congdoan-tmp "));
    } else {
        ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    }
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    size_t n;
    char *now = slurp(path, &n);
    assert_same_bytes("before finish", old_content, sizeof old_content - 1, now, n);
    free(now);
    size_t dn = 5;
    ck_assert_ptr_null(congdoan_output_data(o, &dn)); /* a file output has no data in memory */
    ck_assert_uint_eq(dn, 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    ck_assert_str_eq(names, "units.xml ");
    now = slurp(path, &n);
    size_t wn;
    char *want = slurp(test_data_path("expected/units-tld.xml"), &wn);
    assert_same_bytes("after finish", want, wn, now, n);
    free(want);
    free(now);
    congdoan_output_free(o);
    ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    congdoan_corpus_free(c);
}
END_TEST

static void failed_file_write(long fail_at)
{
    congdoan_corpus *c = large_corpus();
    const char *path = tmp_file("big.xml");
    spit(path, old_content, sizeof old_content - 1);
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    congdoan__output_fail_flush_at(fail_at);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan__output_fail_flush_at(0), fail_at);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EIO);
    size_t n;
    char *now = slurp(path, &n);
    assert_same_bytes("after a failed write", old_content, sizeof old_content - 1, now, n);
    free(now);
    congdoan_output_free(o);
    char names[1024];
    ck_assert_msg(folder_entries(names, sizeof names) == 1, "left in the folder: %s", names);
    ck_assert_str_eq(names, "big.xml ");
    now = slurp(path, &n);
    assert_same_bytes("after free", old_content, sizeof old_content - 1, now, n);
    free(now);
    congdoan_corpus_free(c);
}

START_TEST(file_write_failing_at_first_flush)
{
    failed_file_write(1);
}
END_TEST

START_TEST(file_write_failing_midway)
{
    /* two flushes reached the temporary file before the third failed */
    failed_file_write(3);
}
END_TEST

START_TEST(large_write_makes_several_flushes)
{
    congdoan_corpus *c = large_corpus();
    congdoan_output *o = NULL;
    const char *path = tmp_file("big.xml");
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    congdoan__output_fail_flush_at(1000000); /* armed far away: counts the flushes */
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    ck_assert_int_ge(congdoan__output_fail_flush_at(0), 4);
    congdoan_output_free(o);
    size_t n, mn;
    char *file = slurp(path, &n);
    char *mem = corpus_xml(c, CONGDOAN_WRITE_ALL, &mn);
    assert_same_bytes("large file", mem, mn, file, n);
    free(file);
    free(mem);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(unfinished_file_output_freed)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    const char *path = tmp_file("units.xml");
    spit(path, old_content, sizeof old_content - 1);
    char names[1024];
    /* written but not finished */
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    congdoan_output_free(o);
    ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    size_t n;
    char *now = slurp(path, &n);
    assert_same_bytes("after free", old_content, sizeof old_content - 1, now, n);
    free(now);
    /* never written to */
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    congdoan_output_free(o);
    ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    /* a new path, unfinished: nothing is created */
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("new.xml"), &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    congdoan_output_free(o);
    ck_assert_uint_eq(folder_entries(names, sizeof names), 1);
    ck_assert_int_ne(access(tmp_file("new.xml"), F_OK), 0);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(file_in_missing_folder)
{
    congdoan_output *o = (congdoan_output *)&o;
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("missing/sub/out.xml"), &o), CONGDOAN_EIO);
    ck_assert_ptr_null(o);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "missing/sub/out.xml"));
}
END_TEST

START_TEST(file_over_a_folder_is_refused)
{
    /* a file cannot replace a folder: refused at once, the folder stays, nothing is left */
    const char *path = tmp_file("dir");
    ck_assert_int_eq(mkdir(path, 0755), 0);
    congdoan_output *o = (congdoan_output *)&o;
    ck_assert_int_eq(congdoan_output_new_file(path, &o), CONGDOAN_EIO);
    ck_assert_ptr_null(o);
    ck_assert_ptr_nonnull(strstr(congdoan_error_last_message(), "it is a folder"));
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("dir/"), &o), CONGDOAN_EIO);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    char names[1024];
    ck_assert_msg(folder_entries(names, sizeof names) == 1, "left in the folder: %s", names);
}
END_TEST

/* What a writer killed before it finished leaves (NAME.congdoan-tmp, on the named way or in
 * the instant between naming and renaming) is taken over by the next write of the same path. */
START_TEST(leftover_of_a_killed_writer_is_removed)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    char names[1024];
    for (int exists = 0; exists < 2; exists++) {
        const char *path = tmp_file("units.xml");
        unlink(path);
        if (exists)
            spit(path, old_content, sizeof old_content - 1);
        spit(tmp_file("units.xml.congdoan-tmp"), "<half", 5);
        congdoan_output *o = NULL;
        ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
        ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
        ck_assert_int_eq(congdoan_output_finish(o), 0);
        congdoan_output_free(o);
        ck_assert_msg(folder_entries(names, sizeof names) == 1, "left in the folder: %s", names);
        ck_assert_str_eq(names, "units.xml ");
    }
    congdoan_corpus_free(c);
}
END_TEST

/* Two writers of one path at once: each has its own temporary file, the last to finish wins,
 * and a live writer's temporary file is never taken from it. */
START_TEST(two_writers_of_one_path)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "kh-240-2022-tld.xml", NULL});
    const char *path = tmp_file("both.xml");
    congdoan_output *a = NULL, *b = NULL;
    ck_assert_int_eq(congdoan_output_new_file(path, &a), 0);
    ck_assert_int_eq(congdoan_output_new_file(path, &b), 0);
    char names[1024];
    ck_assert_uint_eq(folder_entries(names, sizeof names), named_mode ? 2 : 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, a), 0);
    ck_assert_int_eq(congdoan_write_document(congdoan_corpus_document(c, 0), b), 0);
    ck_assert_int_eq(congdoan_output_finish(a), 0);
    ck_assert_int_eq(congdoan_output_finish(b), 0);
    congdoan_output_free(a);
    congdoan_output_free(b);
    ck_assert_msg(folder_entries(names, sizeof names) == 1, "left in the folder: %s", names);
    size_t n, wn;
    char *now = slurp(path, &n);
    target t = {W_DOCUMENT, c, 0, NULL, congdoan_corpus_document(c, 0), NULL};
    char *want = write_memory(&t, &wn);
    assert_same_bytes("the last writer's", want, wn, now, n);
    free(want);
    free(now);
    congdoan_corpus_free(c);
}
END_TEST

/* A symbolic link where the temporary file goes is never followed: what it points to stays. */
START_TEST(link_at_the_temporary_name_not_followed)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    const char *victim = tmp_file("victim.txt");
    spit(victim, old_content, sizeof old_content - 1);
    ck_assert_int_eq(symlink(victim, tmp_file("units.xml.congdoan-tmp")), 0);
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("units.xml"), &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    congdoan_output_free(o);
    size_t n;
    char *now = slurp(victim, &n);
    assert_same_bytes("the link's target", old_content, sizeof old_content - 1, now, n);
    free(now);
    congdoan_corpus_free(c);
}
END_TEST

static void replace_keeps_mode(mode_t mode)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    const char *path = tmp_file("mode.xml");
    spit(path, old_content, sizeof old_content - 1);
    ck_assert_int_eq(chmod(path, mode), 0);
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    congdoan_output_free(o);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert_msg((sb.st_mode & 07777) == mode, "mode %o, want %o", (unsigned)(sb.st_mode & 07777), (unsigned)mode);
    congdoan_corpus_free(c);
}

START_TEST(replaced_file_keeps_its_permissions)
{
    replace_keeps_mode(0640);
    replace_keeps_mode(0600);
    replace_keeps_mode(0664);
    /* a new file is readable and writable by its owner */
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", NULL});
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("fresh.xml"), &o), 0);
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    congdoan_output_free(o);
    struct stat sb;
    ck_assert_int_eq(stat(tmp_file("fresh.xml"), &sb), 0);
    ck_assert_uint_eq(sb.st_mode & 0600, 0600);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(one_output_one_document)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "kh-240-2022-tld.xml", NULL});
    const congdoan_document *d = congdoan_corpus_document(c, 0);
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    /* finishing before anything was written */
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_document(d, o), 0);
    size_t n1;
    congdoan_output_data(o, &n1);
    /* a second document into the same output, before and after finishing: refused, unchanged */
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_document(d, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_report(NULL, o), CONGDOAN_EINVAL);
    size_t n2;
    congdoan_output_data(o, &n2);
    ck_assert_uint_eq(n1, n2);
    /* finishing twice */
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    congdoan_output_free(o);

    /* the same for a file output: a second write does not disturb the first */
    const char *path = tmp_file("one.xml");
    ck_assert_int_eq(congdoan_output_new_file(path, &o), 0);
    ck_assert_int_eq(congdoan_write_document(d, o), 0);
    ck_assert_int_eq(congdoan_write_document(d, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_output_finish(o), 0);
    ck_assert_int_eq(congdoan_output_finish(o), CONGDOAN_EINVAL);
    congdoan_output_free(o);
    size_t n, wn;
    char *file = slurp(path, &n);
    char *want = slurp(test_data_path("expected/kh-240-2022-tld.xml"), &wn);
    assert_same_bytes("file after a refused second write", want, wn, file, n);
    free(file);
    free(want);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- what is written ------------------------------------------------------------------------- */

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

START_TEST(corpus_parts)
{
    static const char *const files[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml",
                                        "reports-laichau-2025.xml", NULL};
    congdoan_corpus *c = test_load(files);
    size_t units = 0;
    for (size_t i = 0; i < congdoan_corpus_unit_count(c); i++)
        units += congdoan_unit_get_kind(congdoan_corpus_unit(c, i)) == CONGDOAN_UNIT_ORGANISATION;
    static const int parts[] = {CONGDOAN_WRITE_UNITS,
                                CONGDOAN_WRITE_DOCUMENTS,
                                CONGDOAN_WRITE_REPORTS,
                                CONGDOAN_WRITE_UNITS | CONGDOAN_WRITE_REPORTS,
                                CONGDOAN_WRITE_DOCUMENTS | CONGDOAN_WRITE_REPORTS,
                                CONGDOAN_WRITE_ALL};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
        int p = parts[k];
        size_t n;
        char *xml = corpus_xml(c, p, &n);
        ck_assert_uint_eq(count_of(xml, "<unit "), p & CONGDOAN_WRITE_UNITS ? units : 0);
        ck_assert_uint_eq(count_of(xml, "<document "), p & CONGDOAN_WRITE_DOCUMENTS ? 1 : 0);
        ck_assert_uint_eq(count_of(xml, "<report "), p & CONGDOAN_WRITE_REPORTS ? 3 : 0);
        /* units before documents before reports */
        const char *u = strstr(xml, "<unit "), *d = strstr(xml, "<document "), *r = strstr(xml, "<report ");
        if (u && d)
            ck_assert(u < d);
        if (d && r)
            ck_assert(d < r);
        if (u && r)
            ck_assert(u < r);
        /* each part reads back on its own */
        congdoan_corpus *back = load_text(xml, n);
        ck_assert_uint_eq(congdoan_corpus_document_count(back), p & CONGDOAN_WRITE_DOCUMENTS ? 1 : 0);
        ck_assert_uint_eq(congdoan_corpus_report_count(back), p & CONGDOAN_WRITE_REPORTS ? 3 : 0);
        ck_assert_uint_eq(congdoan_corpus_unit_count(back), p & CONGDOAN_WRITE_UNITS ? congdoan_corpus_unit_count(c) : 0);
        congdoan_corpus_free(back);
        free(xml);
    }
    /* only documents: the document alone is what congdoan_write_document writes */
    size_t n, dn;
    char *docs = corpus_xml(c, CONGDOAN_WRITE_DOCUMENTS, &n);
    target t = {W_DOCUMENT, c, 0, NULL, congdoan_corpus_document(c, 0), NULL};
    char *one = write_memory(&t, &dn);
    assert_same_bytes("documents part", one, dn, docs, n);
    free(one);
    free(docs);
    /* unknown parts */
    static const int bad[] = {0, 8, 9, -1, 15, 1 << 20};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        congdoan_output *o = NULL;
        ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
        ck_assert_msg(congdoan_write_corpus(c, bad[k], o) == CONGDOAN_EINVAL, "parts %d", bad[k]);
        /* the output is still usable */
        ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_UNITS, o), 0);
        congdoan_output_free(o);
    }
    congdoan_corpus_free(c);
}
END_TEST

/* Every organisation under `u` (and u), counted through the API. */
static size_t subtree_size(const congdoan_unit *u)
{
    size_t n = 1;
    for (size_t i = 0; i < congdoan_unit_child_count(u); i++)
        n += subtree_size(congdoan_unit_child(u, i));
    return n;
}

/* The id="" values of the <unit> elements of written XML, in order. */
static size_t unit_ids(const char *xml, char ids[][64], size_t max)
{
    size_t n = 0;
    for (const char *p = strstr(xml, "<unit id=\""); p && n < max; p = strstr(p + 1, "<unit id=\"")) {
        p += 10;
        const char *q = strchr(p, '"');
        snprintf(ids[n++], 64, "%.*s", (int)(q - p), p);
    }
    return n;
}

START_TEST(units_subtree)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "units-laichau.xml", "units-congthuong.xml", NULL});
    static const char *const tops[] = {"tld", "laichau", "laichau.tamduong", "congthuong"};
    for (size_t k = 0; k < sizeof tops / sizeof tops[0]; k++) {
        const congdoan_unit *top = congdoan_corpus_unit_by_id(c, tops[k]);
        ck_assert_ptr_nonnull(top);
        target t = {W_UNITS, c, 0, top, NULL, NULL};
        size_t n;
        char *xml = write_memory(&t, &n);
        static char ids[512][64];
        size_t count = unit_ids(xml, ids, 512);
        ck_assert_uint_eq(count, subtree_size(top));
        ck_assert_str_eq(ids[0], tops[k]);
        for (size_t i = 0; i < count; i++) {
            const congdoan_unit *u = congdoan_corpus_unit_by_id(c, ids[i]);
            ck_assert_ptr_nonnull(u);
            /* inside the subtree, and after its parent */
            const congdoan_unit *up = u;
            while (up && up != top)
                up = congdoan_unit_parent(up);
            ck_assert_msg(up == top, "%s is not under %s", ids[i], tops[k]);
            if (i > 0) {
                const char *parent = congdoan_unit_id(congdoan_unit_parent(u));
                size_t j = 0;
                while (j < i && strcmp(ids[j], parent) != 0)
                    j++;
                ck_assert_msg(j < i, "%s written before its parent %s", ids[i], parent);
            }
        }
        /* the subtree reads back on its own, with its departments and bodies */
        congdoan_corpus *back = load_text(xml, n);
        ck_assert_uint_eq(congdoan_corpus_root_count(back), 1);
        ck_assert_str_eq(congdoan_unit_id(congdoan_corpus_root(back, 0)), tops[k]);
        const congdoan_unit *again = congdoan_corpus_unit_by_id(back, tops[k]);
        ck_assert_uint_eq(congdoan_unit_department_count(again), congdoan_unit_department_count(top));
        ck_assert_uint_eq(subtree_size(again), subtree_size(top));
        congdoan_corpus_free(back);
        free(xml);
    }
    /* a department or body is not a top; nor a unit of another corpus */
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    ck_assert_int_eq(congdoan_write_units(c, congdoan_corpus_unit_by_id(c, "tld.vp"), o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_units(c, congdoan_corpus_unit_by_id(c, "tld.dct"), o), CONGDOAN_EINVAL);
    congdoan_corpus *other = test_load((const char *const[]){"units-tld.xml", NULL});
    ck_assert_int_eq(congdoan_write_units(c, congdoan_corpus_unit_by_id(other, "tld"), o), CONGDOAN_EINVAL);
    /* the refusals did not use the output up */
    ck_assert_int_eq(congdoan_write_units(other, NULL, o), 0);
    congdoan_output_free(o);
    congdoan_corpus_free(other);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(deterministic)
{
    static const char *const files[] = {"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml",
                                        "reports-laichau-2025.xml", "cascade-laichau-2025.xml", NULL};
    congdoan_corpus *c1 = test_load(files);
    congdoan_corpus *c2 = test_load(files);
    size_t n1, n2, n3;
    char *a = corpus_xml(c1, CONGDOAN_WRITE_ALL, &n1);
    char *b = corpus_xml(c1, CONGDOAN_WRITE_ALL, &n2);
    char *d = corpus_xml(c2, CONGDOAN_WRITE_ALL, &n3); /* another corpus, other addresses */
    assert_same_bytes("second write", a, n1, b, n2);
    assert_same_bytes("another corpus", a, n1, d, n3);
    free(a);
    free(b);
    free(d);
    congdoan_corpus_free(c1);
    congdoan_corpus_free(c2);
}
END_TEST

static const char numbers_xml[] =
    "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
    "<document id=\"d\" kind=\"plan\"><section>\n"
    "<indicator id=\"a\" measure=\"percentage\" comparator=\"at-least\" target=\"98\"><text>a</text></indicator>\n"
    "<indicator id=\"b\" measure=\"percentage\" comparator=\"at-least\" target=\"98.5\" baseline=\"97.25\"><text>b</text></indicator>\n"
    "<indicator id=\"c\" measure=\"average\" comparator=\"range\" target=\"0.1\" target-max=\"0.3\"><text>c</text></indicator>\n"
    "<indicator id=\"e\" measure=\"count\" comparator=\"at-least\" target=\"1810\" baseline=\"0\"><text>e</text></indicator>\n"
    "<indicator id=\"f\" measure=\"count\" comparator=\"at-most\" target=\"0.000001\"><text>f</text></indicator>\n"
    "<indicator id=\"g\" measure=\"count\" comparator=\"at-least\" target=\"999999999999999\"><text>g</text></indicator>\n"
    "<indicator id=\"h\" measure=\"average\" comparator=\"at-least\" target=\"0.333333333333333\"><text>h</text></indicator>\n"
    "<indicator id=\"i\" measure=\"count\" comparator=\"at-least\" target=\"123456789.123456\" baseline=\"-2.5\"><text>i</text></indicator>\n"
    "<indicator id=\"j\" measure=\"count\" comparator=\"at-least\" target=\"0.000000000000001\"><text>j</text></indicator>\n"
    /* not in canonical form: trailing zeros, minus zero (leading zeros are refused, as by the
     * schema's decimal-type) */
    "<indicator id=\"k\" measure=\"count\" comparator=\"at-least\" target=\"98.50\" baseline=\"7.00\"><text>k</text></indicator>\n"
    "<indicator id=\"l\" measure=\"count\" comparator=\"at-least\" target=\"-0\" baseline=\"1810.000\"><text>l</text></indicator>\n"
    "</section></document>\n"
    "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\">\n"
    "<value indicator=\"a\" value=\"98.1\" numerator=\"1795\" denominator=\"1830\"/>\n"
    "<value indicator=\"e\" value=\"0.1\"/>\n"
    "<value indicator=\"h\" numerator=\"1\" denominator=\"3\"/>\n"
    "</report>\n"
    "</congdoan>\n";

static void assert_number_written(const char *xml, const char *want)
{
    ck_assert_msg(strstr(xml, want) != NULL, "%s not written", want);
}

static void check_numbers(const char *xml)
{
    assert_number_written(xml, "id=\"a\" measure=\"percentage\" comparator=\"at-least\" target=\"98\">");
    assert_number_written(xml, "target=\"98.5\" baseline=\"97.25\">");
    assert_number_written(xml, "target=\"0.1\" target-max=\"0.3\">");
    assert_number_written(xml, "target=\"1810\" baseline=\"0\">");
    assert_number_written(xml, "target=\"0.000001\">");
    assert_number_written(xml, "target=\"999999999999999\">");
    assert_number_written(xml, "target=\"0.333333333333333\">");
    assert_number_written(xml, "target=\"123456789.123456\" baseline=\"-2.5\">");
    assert_number_written(xml, "target=\"0.000000000000001\">");
    assert_number_written(xml, "target=\"98.5\" baseline=\"7\">");
    assert_number_written(xml, "target=\"0\" baseline=\"1810\">");
    assert_number_written(xml, "<value indicator=\"a\" value=\"98.1\" numerator=\"1795\" denominator=\"1830\"/>");
    assert_number_written(xml, "<value indicator=\"e\" value=\"0.1\"/>");
    assert_number_written(xml, "<value indicator=\"h\" numerator=\"1\" denominator=\"3\"/>");
    /* no exponent, no thousands separator, no comma anywhere in a number */
    ck_assert_ptr_null(strstr(xml, "e-"));
    ck_assert_ptr_null(strstr(xml, "e+"));
}

START_TEST(numbers_in_machine_form)
{
    congdoan_corpus *c = load_str(numbers_xml);
    size_t n;
    char *xml = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    check_numbers(xml);
    /* the values read back exactly */
    congdoan_corpus *back = load_text(xml, n);
    const congdoan_document *d1 = congdoan_corpus_document(c, 0), *d2 = congdoan_corpus_document(back, 0);
    ck_assert_uint_eq(congdoan_document_indicator_count(d1), congdoan_document_indicator_count(d2));
    for (size_t i = 0; i < congdoan_document_indicator_count(d1); i++) {
        const congdoan_indicator *x = congdoan_document_indicator(d1, i), *y = congdoan_document_indicator(d2, i);
        ck_assert_msg(congdoan_indicator_target(x) == congdoan_indicator_target(y), "%s", congdoan_indicator_id(x));
        double bx = 0, by = 0;
        ck_assert_int_eq(congdoan_indicator_baseline(x, &bx), congdoan_indicator_baseline(y, &by));
        ck_assert(bx == by);
    }
    ck_assert(congdoan_indicator_target(congdoan_document_indicator_by_id(d2, "f")) == 1e-6);
    ck_assert(congdoan_indicator_target(congdoan_document_indicator_by_id(d2, "g")) == 999999999999999.0);
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("numbers written again", xml, n, again, n2);
    free(again);
    congdoan_corpus_free(back);

    /* a locale whose radix character is a comma changes nothing */
    static const char *const locales[] = {"vi_VN.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", "de_DE", "fr_FR"};
    for (size_t k = 0; k < sizeof locales / sizeof locales[0]; k++) {
        if (!setlocale(LC_NUMERIC, locales[k]))
            continue;
        size_t ln;
        char *localised = corpus_xml(c, CONGDOAN_WRITE_ALL, &ln);
        setlocale(LC_NUMERIC, "C");
        assert_same_bytes(locales[k], xml, n, localised, ln);
        free(localised);
    }
    setlocale(LC_NUMERIC, "C");
    free(xml);
    congdoan_corpus_free(c);
}
END_TEST

/* Numbers with more than 15 significant digits (or 15 decimals, or 16 integer digits) are not
 * in the vocabulary: the loader refuses them, so no model read from XML holds one. */
START_TEST(numbers_beyond_15_digits_are_refused)
{
    static const char *const bad[] = {"1.0000000000000001", "3.14159265358979323", "1000000000000000",
                                      "0.0000000000000001", "1e-6", "1E3", ".5", "5.", "1,5", "1.810.000", "0x10",
                                      "inf", "NaN", "+1"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        char xml[512];
        snprintf(xml, sizeof xml,
                 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><document id=\"d\" kind=\"plan\"><section>"
                 "<indicator id=\"a\" measure=\"count\" comparator=\"at-least\" target=\"%s\"><text>a</text></indicator>"
                 "</section></document></congdoan>",
                 bad[k]);
        congdoan_corpus *c = NULL;
        ck_assert_int_eq(congdoan_corpus_new(&c), 0);
        ck_assert_msg(congdoan_corpus_load_memory(c, xml, strlen(xml), NULL, NULL) == CONGDOAN_ESCHEMA, "%s", bad[k]);
        ck_assert_uint_eq(congdoan_corpus_document_count(c), 0);
        congdoan_corpus_free(c);
    }
}
END_TEST

START_TEST(special_characters_round_trip)
{
    /* & < > " a newline, a tab and a carriage return in attributes; & < > ]]> and quotes in text */
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">"
        "<unit id=\"a\" level=\"central\" name=\"Công ty &amp; Co &lt;A&gt; &quot;B&quot;&#10;dòng hai&#9;tab&#13;cr\" "
        "short-name=\" lề hai bên \"/>"
        "<document id=\"d\" kind=\"plan\" place=\"a'b\"><title>Tiêu đề &amp; &lt;thẻ&gt; ]]&gt; \"nháy\" 'đơn'</title>"
        "<section title=\"&lt;&amp;&gt;\" number=\"&amp;#38; &amp;amp; &#38;\"><p>dòng một\ndòng hai</p><p>tab\there</p>"
        "<p>&amp;#38; &amp;amp; &#38;#38;</p></section></document>"
        "</congdoan>";
    congdoan_corpus *c = load_str(xml);
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, "a");
    ck_assert_str_eq(congdoan_unit_name(u), "Công ty & Co <A> \"B\"\ndòng hai\ttab\rcr");
    ck_assert_str_eq(congdoan_unit_short_name(u), " lề hai bên ");
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_ptr_nonnull(strstr(out, "name=\"Công ty &amp; Co &lt;A&gt; &quot;B&quot;&#10;dòng hai&#9;tab&#13;cr\""));
    ck_assert_ptr_nonnull(strstr(out, "<title>Tiêu đề &amp; &lt;thẻ&gt; ]]&gt; \"nháy\" 'đơn'</title>"));
    congdoan_corpus *back = load_text(out, n);
    const congdoan_unit *u2 = congdoan_corpus_unit_by_id(back, "a");
    ck_assert_str_eq(congdoan_unit_name(u2), congdoan_unit_name(u));
    ck_assert_str_eq(congdoan_unit_short_name(u2), " lề hai bên ");
    const congdoan_document *d = congdoan_corpus_document(back, 0);
    ck_assert_str_eq(congdoan_document_title(d), "Tiêu đề & <thẻ> ]]> \"nháy\" 'đơn'");
    ck_assert_str_eq(congdoan_document_place(d), "a'b");
    const congdoan_section *s = congdoan_document_section(d, 0);
    ck_assert_str_eq(congdoan_section_title(s), "<&>");
    ck_assert_str_eq(congdoan_section_item_text(s, 0), "dòng một\ndòng hai");
    ck_assert_str_eq(congdoan_section_item_text(s, 1), "tab\there");
    /* character references written as text stay text */
    ck_assert_str_eq(congdoan_section_number(s), "&#38; &amp; &");
    ck_assert_str_eq(congdoan_section_item_text(s, 2), "&#38; &amp; &#38;");
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    free(again);
    free(out);
    congdoan_corpus_free(back);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(text_is_trimmed_and_defaults_dropped)
{
    /* Normalisations: white space around text, a version above 1.1, coverage="self", empty
     * relation text, attribute order and line breaks inside tags. Comments are kept, each on a
     * line of its own. */
    static const char xml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n"
        "<congdoan version=\"1.7\" xmlns=\"urn:congdoan:1\">\n"
        "  <document kind=\"plan\"\n     id=\"d\">\n    <title>\n      Kế hoạch\n    </title>\n"
        "    <relation type=\"implements\" number=\"12-CT/TW\">   </relation>\n"
        "    <section><!-- c --><p>  Đoạn một.  </p></section>\n  </document>\n"
        "  <report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><value indicator=\"i\" value=\"1\" coverage=\"self\"/></report>\n"
        "</congdoan>\n";
    congdoan_corpus *c = load_str(xml);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    static const char want[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!-- a comment -->\n"
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <document id=\"d\" kind=\"plan\">\n"
        "    <title>Kế hoạch</title>\n"
        "    <relation type=\"implements\" number=\"12-CT/TW\"/>\n"
        "    <section>\n"
        "      <!-- c -->\n"
        "      <p>Đoạn một.</p>\n"
        "    </section>\n"
        "  </document>\n"
        "  <report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\">\n"
        "    <value indicator=\"i\" value=\"1\"/>\n"
        "  </report>\n"
        "</congdoan>\n";
    assert_same_bytes("normalised", want, sizeof want - 1, out, n);
    free(out);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(version_follows_the_content)
{
    /* 1.2 when a written item is of 1.2 (its bare targets, comparator="target"), 1.1 when a
     * written document has <reporting> and nothing of 1.2, 1.0 otherwise */
    congdoan_corpus *c = test_load((const char *const[]){"progress-cases.xml", NULL});
    size_t n;
    char *all = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_ptr_nonnull(strstr(all, "version=\"1.2\""));
    free(all);
    congdoan_corpus *r = load_str("<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\"><document id=\"d\" kind=\"plan\">"
                                  "<reporting to=\"p\"/></document></congdoan>");
    char *reporting = corpus_xml(r, CONGDOAN_WRITE_ALL, &n);
    ck_assert_ptr_nonnull(strstr(reporting, "version=\"1.1\""));
    free(reporting);
    congdoan_corpus_free(r);
    char *units = corpus_xml(c, CONGDOAN_WRITE_UNITS, &n);
    ck_assert_ptr_nonnull(strstr(units, "version=\"1.0\""));
    free(units);
    char *reports = corpus_xml(c, CONGDOAN_WRITE_REPORTS, &n);
    ck_assert_ptr_nonnull(strstr(reports, "version=\"1.0\""));
    free(reports);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- foreign content ------------------------------------------------------------------------ */

/* A canonical text of an XML tree for comparing where foreign content sits: elements by
 * namespace and local name, attributes sorted (namespace declarations are not attributes),
 * comments and processing instructions dropped; in elements of the vocabulary, text is trimmed
 * and white-space-only text dropped (the writer indents); inside foreign elements every
 * character of text is kept. */
static const char ns_ours[] = "urn:congdoan:1";

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void canon(xmlNode *n, int foreign, strbuf *b)
{
    const char *uri = n->ns ? (const char *)n->ns->href : "";
    int f = foreign || strcmp(uri, ns_ours) != 0;
    sb_printf(b, "<{%s}%s", uri, (const char *)n->name);
    char *attrs[64];
    size_t na = 0;
    for (xmlAttr *a = n->properties; a; a = a->next) {
        xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
        char tmp[2048];
        snprintf(tmp, sizeof tmp, " {%s}%s=\"%s\"", a->ns ? (const char *)a->ns->href : "", (const char *)a->name,
                 v ? (const char *)v : "");
        xmlFree(v);
        ck_assert_uint_lt(na, 64);
        attrs[na++] = strdup(tmp);
    }
    qsort(attrs, na, sizeof attrs[0], cmp_str);
    for (size_t i = 0; i < na; i++) {
        sb_str(b, attrs[i]);
        free(attrs[i]);
    }
    sb_str(b, ">");
    for (xmlNode *k = n->children; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE) {
            canon(k, f, b);
        } else if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)k->content;
            size_t len = strlen(t);
            if (!f) {
                while (len && strchr(" \t\r\n", *t))
                    t++, len--;
                while (len && strchr(" \t\r\n", t[len - 1]))
                    len--;
                if (!len)
                    continue;
            }
            sb_str(b, "[");
            sb_put(b, t, len);
            sb_str(b, "]");
        }
    }
    sb_str(b, "</>");
}

static char *canon_of_doc(xmlDoc *doc)
{
    ck_assert_ptr_nonnull(doc);
    strbuf b = {0};
    canon(xmlDocGetRootElement(doc), 0, &b);
    xmlFreeDoc(doc);
    return b.data;
}

static char *canon_of_file(const char *path)
{
    return canon_of_doc(xmlReadFile(path, NULL, XML_PARSE_NONET));
}

static char *canon_of_memory(const char *data, size_t n)
{
    return canon_of_doc(xmlReadMemory(data, (int)n, "written.xml", NULL, XML_PARSE_NONET));
}

static const char *const foreign_files[] = {"foreign/units-ext.xml", "foreign/document-ext.xml", "foreign/reports-ext.xml"};

START_TEST(foreign_fixture_validates_and_loads)
{
    const char *path = test_data_path(foreign_files[_i]);
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_schema_validate_file(path, issues);
    if (rc)
        print_issues(issues);
    ck_assert_msg(rc == 0, "%s: %s", foreign_files[_i], congdoan_error_last_message());
    congdoan_corpus *c = test_load((const char *const[]){foreign_files[_i], NULL});
    ck_assert_uint_gt(congdoan_corpus_unit_count(c) + congdoan_corpus_document_count(c) + congdoan_corpus_report_count(c), 0);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(foreign_content_written_in_place)
{
    /* The fixtures are in canonical form, so what is written is the same tree, foreign elements
     * and attributes included, at the same positions. */
    congdoan_corpus *c = test_load((const char *const[]){foreign_files[_i], NULL});
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    char *want = canon_of_file(test_data_path(foreign_files[_i]));
    char *got = canon_of_memory(out, n);
    assert_same_bytes(foreign_files[_i], want, strlen(want), got, strlen(got));
    /* write -> read -> write: identical bytes */
    congdoan_corpus *back = load_text(out, n);
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    /* and it is valid */
    const char *path = tmp_file("foreign.xml");
    spit(path, out, n);
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_schema_validate_file(path, issues);
    if (rc)
        print_issues(issues);
    ck_assert_int_eq(rc, 0);
    congdoan_issues_free(issues);
    free(again);
    free(got);
    free(want);
    free(out);
    congdoan_corpus_free(back);
    congdoan_corpus_free(c);
}
END_TEST

/* The canonical text of the element of the vocabulary named `name` with id="id". */
static char *canon_of_element(xmlDoc *doc, const char *name, const char *id)
{
    ck_assert_ptr_nonnull(doc);
    xmlNode *root = xmlDocGetRootElement(doc);
    strbuf b = {0};
    for (xmlNode *k = root->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || strcmp((const char *)k->name, name) != 0)
            continue;
        xmlChar *v = xmlGetProp(k, (const xmlChar *)"id");
        int match = v && strcmp((const char *)v, id) == 0;
        xmlFree(v);
        if (match)
            canon(k, 0, &b);
    }
    xmlFreeDoc(doc);
    ck_assert_msg(b.data != NULL, "no <%s id=\"%s\">", name, id);
    return b.data;
}

START_TEST(foreign_content_of_single_objects)
{
    /* congdoan_write_document, _report and _units keep the foreign content of what they write
     * (the root's own foreign content belongs to no object and is not written there). */
    static const char *const files[] = {"foreign/units-ext.xml", "foreign/document-ext.xml", "foreign/reports-ext.xml",
                                        NULL};
    congdoan_corpus *c = test_load(files);
    struct {
        int kind;
        const char *element, *id, *file;
    } cases[] = {
        {W_DOCUMENT, "document", "fx-kh-01", "foreign/document-ext.xml"},
        {W_REPORT, "report", "fx-bc-d-2025-h1", "foreign/reports-ext.xml"},
        {W_UNITS, "unit", "fx.p", "foreign/units-ext.xml"},
        {W_UNITS, "unit", "fx.g", "foreign/units-ext.xml"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        target t = {cases[k].kind, c, 0, NULL, NULL, NULL};
        t.doc = congdoan_corpus_document_by_id(c, cases[k].id);
        t.report = congdoan_corpus_report_by_id(c, cases[k].id);
        t.top = congdoan_corpus_unit_by_id(c, cases[k].id);
        size_t n;
        char *out = write_memory(&t, &n);
        char *want = canon_of_element(xmlReadFile(test_data_path(cases[k].file), NULL, XML_PARSE_NONET),
                                      cases[k].element, cases[k].id);
        char *got = canon_of_element(xmlReadMemory(out, (int)n, "w.xml", NULL, XML_PARSE_NONET), cases[k].element,
                                     cases[k].id);
        assert_same_bytes(cases[k].id, want, strlen(want), got, strlen(got));
        ck_assert_ptr_null(strstr(out, "hr:exported-by"));
        free(want);
        free(got);
        free(out);
    }
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(foreign_content_of_every_file_loaded_together)
{
    /* Each file's root carries foreign content of its own; a corpus loaded from both keeps both. */
    static const char *const files[] = {"foreign/reports-ext.xml", "foreign/units-ext.xml", NULL};
    congdoan_corpus *c = test_load(files);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    congdoan_corpus_free(c);
    int units_attr = strstr(out, "hr:exported-by=\"Hệ thống HR &amp; lương\"") != NULL;
    int units_elem = strstr(out, "<hr:export-info") != NULL;
    int reports_attr = strstr(out, "rpt:batch=\"2025-06\"") != NULL;
    int reports_elem = strstr(out, "<rpt:batch-info") != NULL;
    char head[400];
    snprintf(head, sizeof head, "%.300s", out);
    free(out); /* before asserting: a failure must not leak under CK_FORK=no */
    ck_assert_msg(units_attr, "root attribute of units-ext.xml lost");
    ck_assert_msg(units_elem, "root element of units-ext.xml lost");
    ck_assert_msg(reports_attr, "root attribute of reports-ext.xml (loaded first) lost:\n%s", head);
    ck_assert_msg(reports_elem, "root element of reports-ext.xml (loaded first) lost:\n%s", head);
}
END_TEST

START_TEST(foreign_element_inside_text)
{
    /* A foreign element in the middle of a text is kept, after the text (the model holds the
     * text as one string); the text keeps the characters on both sides. */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">"
                              "<document id=\"d\" kind=\"plan\"><section>"
                              "<p>Trước <x:b>đậm</x:b> sau</p><p><x:img src=\"a.png\"/></p>"
                              "</section></document></congdoan>";
    congdoan_corpus *c = load_str(xml);
    const congdoan_section *s = congdoan_document_section(congdoan_corpus_document(c, 0), 0);
    ck_assert_str_eq(congdoan_section_item_text(s, 0), "Trước  sau");
    ck_assert_str_eq(congdoan_section_item_text(s, 1), "");
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_ptr_nonnull(strstr(out, "<p>Trước  sau<x:b xmlns:x=\"urn:x\">đậm</x:b></p>"));
    ck_assert_ptr_nonnull(strstr(out, "<p><x:img xmlns:x=\"urn:x\" src=\"a.png\"/></p>"));
    assert_written_again(out, n);
    free(out);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(many_small_foreign_elements_side_by_side)
{
    /* Thousands of small foreign elements and comments side by side are kept as a few runs of
     * strings, not a record each, and written back byte for byte as before: each on its line,
     * in its place among the element's own children. */
    enum { N = 3000 };
    size_t cap = 64 * N + 1024, len = 0;
    char *xml = malloc(cap), *want = malloc(cap);
    ck_assert_ptr_nonnull(xml);
    ck_assert_ptr_nonnull(want);
    len += (size_t)snprintf(xml + len, cap - len, "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">"
                                                  "<unit id=\"a\" level=\"central\" name=\"A\">");
    size_t wlen = (size_t)snprintf(want, cap, "  <unit id=\"a\" level=\"central\" name=\"A\">\n");
    for (int i = 0; i < N; i++) {
        if (i == N / 2) {
            len += (size_t)snprintf(xml + len, cap - len, "<department id=\"a.d\" name=\"D\"/>");
            wlen += (size_t)snprintf(want + wlen, cap - wlen, "    <department id=\"a.d\" name=\"D\"/>\n");
        }
        if (i % 1000 == 7) {
            len += (size_t)snprintf(xml + len, cap - len, "<!-- c%d -->", i);
            wlen += (size_t)snprintf(want + wlen, cap - wlen, "    <!-- c%d -->\n", i);
        }
        len += (size_t)snprintf(xml + len, cap - len, "<x:n>%d</x:n>", i);
        wlen += (size_t)snprintf(want + wlen, cap - wlen, "    <x:n xmlns:x=\"urn:x\">%d</x:n>\n", i);
    }
    len += (size_t)snprintf(xml + len, cap - len, "</unit></congdoan>");
    wlen += (size_t)snprintf(want + wlen, cap - wlen, "  </unit>\n");
    congdoan_corpus *c = load_text(xml, len);
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, "a");
    const congdoan__ext *x = congdoan__ext_get(&c->ext, u, CONGDOAN__ROLE_UNIT, 0);
    ck_assert_ptr_nonnull(x);
    size_t nodes = 0;
    for (size_t i = 0; i < x->elem_count; i++)
        nodes += x->elems[i].count;
    ck_assert_uint_eq(nodes, N + 3);       /* every element and comment */
    ck_assert_uint_le(x->elem_count, 4);   /* before and after the department (and a new chunk) */
    ck_assert_uint_ge(x->elem_count, 2);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_msg(strstr(out, want) != NULL, "the unit is not written as expected");
    assert_written_again(out, n);
    free(out);
    free(xml);
    free(want);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(foreign_elements_of_the_root_come_first)
{
    /* Normalisation: the root's children are written units, documents, reports; its foreign
     * elements go before them all, in the order read. */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">"
                              "<unit id=\"a\" level=\"central\" name=\"A\"/><x:one/>"
                              "<document id=\"d\" kind=\"plan\"/><x:two>2</x:two></congdoan>";
    congdoan_corpus *c = load_str(xml);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    static const char want[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                               "  <x:one xmlns:x=\"urn:x\"/>\n"
                               "  <x:two xmlns:x=\"urn:x\">2</x:two>\n"
                               "  <unit id=\"a\" level=\"central\" name=\"A\"/>\n"
                               "  <document id=\"d\" kind=\"plan\"/>\n"
                               "</congdoan>\n";
    assert_same_bytes("root", want, sizeof want - 1, out, n);
    free(out);
    /* one object written alone carries none of the root's foreign content */
    target t = {W_DOCUMENT, c, 0, NULL, congdoan_corpus_document(c, 0), NULL};
    out = write_memory(&t, &n);
    ck_assert_ptr_null(strstr(out, "x:"));
    free(out);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(foreign_element_as_the_only_coordinator_text)
{
    /* The schema allows a <coordinator> without unit="" whose required text is a foreign element
     * (congdoan-1.rng, "required-text"): it must load and be written back. */
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">"
                              "<document id=\"d\" kind=\"plan\"><section><task id=\"t\"><text>Việc</text>"
                              "<coordinator><x:who>các ban</x:who></coordinator></task>"
                              "</section></document></congdoan>";
    const char *path = tmp_file("coordinator.xml");
    spit(path, xml, sizeof xml - 1);
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int valid = congdoan_schema_validate_file(path, issues);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    int rc = congdoan_corpus_load_memory(c, xml, sizeof xml - 1, NULL, issues);
    char message[300];
    snprintf(message, sizeof message, "%s", congdoan_error_last_message());
    int kept = 0;
    if (rc == 0) {
        size_t n;
        char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
        kept = strstr(out, "<x:who xmlns:x=\"urn:x\">các ban</x:who>") != NULL;
        free(out);
    }
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    ck_assert_int_eq(valid, 0);
    ck_assert_msg(rc == 0, "schema-valid <coordinator> refused: %d %s", rc, message);
    ck_assert(kept);
}
END_TEST

/* Many foreign attributes on one element (the writer keeps the prefixes it has declared in a map
 * beyond a few): each prefix is declared once, before the attributes, by its first use; the
 * attributes keep their order; what is written reads back to the same bytes. */
START_TEST(many_foreign_attributes)
{
    enum { N = 3000, PREFIXES = 37 };
    strbuf in = {0};
    sb_str(&in, "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n<unit id=\"u\" level=\"central\" name=\"U\"");
    for (int p = 0; p < PREFIXES; p++)
        sb_printf(&in, " xmlns:p%d=\"urn:p%d\"", p, p);
    for (int i = 0; i < N; i++)
        sb_printf(&in, " p%d:a%d=\"v%d\"", (i * 7) % PREFIXES, i, i);
    sb_str(&in, "/>\n</congdoan>\n");
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_set_limit(c, CONGDOAN_LIMIT_ATTRIBUTES, N + PREFIXES + 3), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, in.data, in.len, "many", NULL), 0);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    /* the declarations, once each, in the order of first use, then the attributes in order */
    strbuf want = {0};
    sb_str(&want, "  <unit id=\"u\" level=\"central\" name=\"U\"");
    for (int i = 0; i < PREFIXES; i++)
        sb_printf(&want, " xmlns:p%d=\"urn:p%d\"", (i * 7) % PREFIXES, (i * 7) % PREFIXES);
    for (int i = 0; i < N; i++)
        sb_printf(&want, " p%d:a%d=\"v%d\"", (i * 7) % PREFIXES, i, i);
    sb_str(&want, "/>\n");
    ck_assert_msg(strstr(out, want.data) != NULL, "the unit is not written as expected");
    congdoan_corpus *back = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&back), 0);
    ck_assert_int_eq(congdoan_corpus_set_limit(back, CONGDOAN_LIMIT_ATTRIBUTES, N + PREFIXES + 3), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(back, out, n, "again", NULL), 0);
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    free(again);
    free(out);
    free(want.data);
    free(in.data);
    congdoan_corpus_free(back);
    congdoan_corpus_free(c);
}
END_TEST

/* ---- comments ------------------------------------------------------------------------------------ */

/* Comments are data to the people who write files: kept before, in and after the root, at their
 * places among an element's children, after the text of an element that holds text, and inside
 * foreign content; written each on a line of its own (the text unchanged, in NFC); read back
 * the same. */
START_TEST(comments_are_kept_in_place)
{
    static const char xml[] =
        "<?xml version=\"1.0\"?>\n<!-- before -->\n<!--\n  a block\n    indented\n-->\n"
        "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" version=\"1.0\">\n"
        "<!-- first -->\n"
        "<document id=\"d\" kind=\"plan\"><!-- in the document -->\n"
        "  <title>Kế hoạch<!-- in the title --></title>\n"
        "  <section><p>Đoạn</p><!-- between items --><task id=\"t\"><text>Việc</text></task>\n"
        "  <x:note>kept<!-- in foreign content --></x:note></section><!-- last in the document -->\n"
        "</document>\n<!-- between documents -->\n"
        "<document id=\"e\" kind=\"plan\"/>\n"
        "<!-- at the end of the root -->\n"
        "</congdoan>\n<!-- after -->\n";
    congdoan_corpus *c = load_str(xml);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    static const char want[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!-- before -->\n"
        "<!--\n  a block\n    indented\n-->\n"
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
        "  <!-- first -->\n"
        "  <document id=\"d\" kind=\"plan\">\n"
        "    <!-- in the document -->\n"
        "    <title>Kế hoạch<!-- in the title --></title>\n"
        "    <section>\n"
        "      <p>Đoạn</p>\n"
        "      <!-- between items -->\n"
        "      <task id=\"t\">\n"
        "        <text>Việc</text>\n"
        "      </task>\n"
        "      <x:note xmlns:x=\"urn:x\">kept<!-- in foreign content --></x:note>\n"
        "    </section>\n"
        "    <!-- last in the document -->\n"
        "  </document>\n"
        "  <!-- between documents -->\n"
        "  <document id=\"e\" kind=\"plan\"/>\n"
        "  <!-- at the end of the root -->\n"
        "</congdoan>\n"
        "<!-- after -->\n";
    assert_same_bytes("comments", want, sizeof want - 1, out, n);
    /* written, read and written again: the same bytes */
    congdoan_corpus *back = load_text(out, n);
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    free(again);
    /* one document alone: its own comments, not those of the root */
    target t = {W_DOCUMENT, c, 0, NULL, congdoan_corpus_document(c, 0), NULL};
    char *doc = write_memory(&t, &n2);
    ck_assert_ptr_nonnull(strstr(doc, "<!-- in the document -->"));
    ck_assert_ptr_null(strstr(doc, "before"));
    ck_assert_ptr_null(strstr(doc, "between documents"));
    free(doc);
    free(out);
    congdoan_corpus_free(back);
    congdoan_corpus_free(c);
}
END_TEST

/* Files loaded one after the other: the root comments of each stay with the children of the
 * root that followed them in their file (the writer writes units, documents, reports in the
 * order loaded); the comments before and after the roots follow one another. */
START_TEST(comments_of_several_files)
{
    static const char units[] = "<!-- units file -->\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                                "<!-- the top -->\n<unit id=\"a\" level=\"central\" name=\"A\"/>\n"
                                "<!-- a province -->\n<unit id=\"b\" level=\"provincial\" name=\"B\" parent=\"a\"/>\n"
                                "</congdoan>\n";
    static const char docs[] = "<!-- documents file -->\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                               "<!-- a plan -->\n<document id=\"d\" kind=\"plan\"/>\n</congdoan>\n<!-- end -->\n";
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, BUF(units), "units", NULL), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, BUF(docs), "docs", NULL), 0);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    static const char want[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!-- units file -->\n<!-- documents file -->\n"
                               "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
                               "  <!-- the top -->\n  <unit id=\"a\" level=\"central\" name=\"A\"/>\n"
                               "  <!-- a province -->\n  <unit id=\"b\" level=\"provincial\" name=\"B\" parent=\"a\"/>\n"
                               "  <!-- a plan -->\n  <document id=\"d\" kind=\"plan\"/>\n"
                               "</congdoan>\n<!-- end -->\n";
    assert_same_bytes("two files", want, sizeof want - 1, out, n);
    /* a part of the corpus has no comments of the root */
    char *part = corpus_xml(c, CONGDOAN_WRITE_UNITS, &n);
    ck_assert_ptr_null(strstr(part, "<!--"));
    free(part);
    free(out);
    congdoan_corpus_free(c);
}
END_TEST

/* A comment is text in NFC, like all text the library keeps. */
START_TEST(comments_in_nfc)
{
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><!-- Lai Cha\xcc\x82u -->"
                              "<unit id=\"a\" level=\"central\" name=\"A\"/></congdoan>";
    congdoan_corpus *c = load_str(xml);
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    ck_assert_ptr_nonnull(strstr(out, "  <!-- Lai Ch\xc3\xa2u -->\n"));
    free(out);
    congdoan_corpus_free(c);
}
END_TEST

#if HAVE_EDIT
/* ---- models built through the editing API ------------------------------------------------- */

/* Numbers set through the API are kept as the XML holds them (congdoan/edit.h: the nearest
 * number with at most 15 significant digits and 15 decimals), so what is written reads back
 * equal. Values of 10^15 or more are refused. */
START_TEST(numbers_set_through_the_api)
{
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    const congdoan_document *d = NULL;
    const congdoan_section *s = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(c, "d", CONGDOAN_DOCUMENT_PLAN, &d), 0);
    ck_assert_int_eq(congdoan_document_add_section(c, d, NULL, NULL, NULL, NULL, &s), 0);
    static const struct {
        double v;
        const char *written;
    } cases[] = {
        {98, "98"},
        {98.5, "98.5"},
        {0.1, "0.1"},
        {1810, "1810"},
        {1e-6, "0.000001"},
        {0.1 + 0.2, "0.3"},                              /* 0.30000000000000004: 17 digits */
        {1.0 / 3, "0.333333333333333"},                  /* 15 decimals */
        {2.0 / 3, "0.666666666666667"},
        {12345.678901234567, "12345.6789012346"},        /* 15 significant digits */
        {999999999999999.0, "999999999999999"},
        {123456789012345.67, "123456789012346"},
        {1e-16, "0"},                                    /* below the 15th decimal */
        {4e-15, "0.000000000000004"},
        {-0.0, "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char id[16];
        snprintf(id, sizeof id, "x%zu", i);
        const congdoan_indicator *x = NULL;
        ck_assert_int_eq(congdoan_section_add_indicator(c, s, id, CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1,
                                                        "chỉ tiêu", &x), 0);
        int rc = congdoan_indicator_set_baseline(c, x, cases[i].v);
        ck_assert_msg(rc == 0, "baseline %.17g: %d %s", cases[i].v, rc, congdoan_error_last_message());
    }
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char want[96];
        snprintf(want, sizeof want, "<indicator id=\"x%zu\" measure=\"count\" comparator=\"at-least\" target=\"1\" baseline=\"%s\">", i,
                 cases[i].written);
        ck_assert_msg(strstr(out, want) != NULL, "%.17g: %s not written", cases[i].v, want);
    }
    congdoan_corpus *back = load_text(out, n);
    const congdoan_document *d2 = congdoan_corpus_document(back, 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double a = -1, b = -2;
        ck_assert_int_eq(congdoan_indicator_baseline(congdoan_document_indicator(d, i), &a), 0);
        ck_assert_int_eq(congdoan_indicator_baseline(congdoan_document_indicator(d2, i), &b), 0);
        ck_assert_msg(a == b, "%s: %.17g read back as %.17g", cases[i].written, a, b);
    }
    size_t n2;
    char *again = corpus_xml(back, CONGDOAN_WRITE_ALL, &n2);
    assert_same_bytes("written again", out, n, again, n2);
    free(again);
    free(out);
    congdoan_corpus_free(back);
    /* too large for the vocabulary: refused, nothing changed */
    const congdoan_indicator *x0 = congdoan_document_indicator(d, 0);
    ck_assert_int_eq(congdoan_indicator_set_baseline(c, x0, 1e15), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_set_baseline(c, x0, -1e15), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_indicator_set_baseline(c, x0, 1e300), CONGDOAN_EINVAL);
    double b0 = 0;
    ck_assert_int_eq(congdoan_indicator_baseline(x0, &b0), 0);
    ck_assert(b0 == 98);
    congdoan_corpus_free(c);
}
END_TEST

START_TEST(moved_unit_keeps_its_place_among_the_children)
{
    /* p has child b; a moves from q to p: congdoan/edit.h makes it p's last child [b, a]. Reading
     * what is written must give the same model, so the same children in the same order. */
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    const congdoan_unit *a = NULL, *p = NULL;
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "p", CONGDOAN_LEVEL_PROVINCIAL, "Liên đoàn P", NULL, &p), 0);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "q", CONGDOAN_LEVEL_PROVINCIAL, "Liên đoàn Q", NULL, NULL), 0);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "a", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "Huyện A", "q", &a), 0);
    ck_assert_int_eq(congdoan_corpus_add_unit(c, "b", CONGDOAN_LEVEL_UPPER_GRASSROOTS, "Huyện B", "p", NULL), 0);
    ck_assert_int_eq(congdoan_unit_set_parent_id(c, a, "p"), 0);
    ck_assert_uint_eq(congdoan_unit_child_count(p), 2);
    char before[2][8];
    for (size_t i = 0; i < 2; i++)
        snprintf(before[i], sizeof before[i], "%s", congdoan_unit_id(congdoan_unit_child(p, i)));
    size_t n;
    char *out = corpus_xml(c, CONGDOAN_WRITE_ALL, &n);
    congdoan_corpus_free(c);
    congdoan_corpus *back = load_text(out, n);
    const congdoan_unit *p2 = congdoan_corpus_unit_by_id(back, "p");
    char after[2][8] = {"", ""};
    size_t count = congdoan_unit_child_count(p2);
    for (size_t i = 0; i < count && i < 2; i++)
        snprintf(after[i], sizeof after[i], "%s", congdoan_unit_id(congdoan_unit_child(p2, i)));
    congdoan_corpus_free(back);
    free(out);
    ck_assert_uint_eq(count, 2);
    /* children are kept in load order (a was created before b), whatever the order of edits */
    ck_assert_str_eq(before[0], "a");
    ck_assert_str_eq(before[1], "b");
    ck_assert_msg(strcmp(after[0], before[0]) == 0 && strcmp(after[1], before[1]) == 0,
                  "children of p: [%s, %s] before writing, [%s, %s] after reading back", before[0], before[1], after[0],
                  after[1]);
}
END_TEST

/* Copy a section and its items into document `e` of corpus `c`, under `parent`. */
#define COPY_SOURCE(setter, getter, c, to, from)                                                                  \
    do {                                                                                                              \
        const char *file_;                                                                                            \
        int line_, column_;                                                                                           \
        const char *words_ = getter(from, &file_, &line_, &column_);                                                  \
        ck_assert_int_eq(setter(c, to, file_, line_, column_, words_), 0);                                            \
    } while (0)

static void copy_population(congdoan_corpus *c, const void *to, const congdoan_population *p, int of_result)
{
    double v = 0;
    congdoan_population_value(p, &v);
    int rc = of_result ? congdoan_result_add_population(c, to, congdoan_population_text(p), congdoan_population_of(p),
                                                        congdoan_population_measure(p),
                                                        congdoan_population_comparator(p), v)
                       : congdoan_indicator_add_population(c, to, congdoan_population_text(p),
                                                           congdoan_population_of(p), congdoan_population_measure(p),
                                                           congdoan_population_comparator(p), v);
    ck_assert_msg(rc == 0, "population: %s", congdoan_error_last_message());
}

static void copy_result(congdoan_corpus *c, const congdoan_result *copy, const congdoan_result *x)
{
    static const congdoan_result_number numbers[] = {CONGDOAN_RESULT_VALUE, CONGDOAN_RESULT_OF, CONGDOAN_RESULT_SHARE,
                                                     CONGDOAN_RESULT_STATED_RATE, CONGDOAN_RESULT_OVER_TARGET,
                                                     CONGDOAN_RESULT_SCORE_MAX};
    int (*const get[])(const congdoan_result *, double *) = {congdoan_result_value, congdoan_result_of,
                                                             congdoan_result_share, congdoan_result_stated_rate,
                                                             congdoan_result_over_target, congdoan_result_score_max};
    if (congdoan_result_measure(x) != CONGDOAN_MEASURE_COUNT)
        ck_assert_int_eq(congdoan_result_set_measure(c, copy, congdoan_result_measure(x)), 0);
    for (size_t k = 0; k < sizeof numbers / sizeof numbers[0]; k++) {
        double v;
        if (get[k](x, &v) == 0)
            ck_assert_msg(congdoan_result_set_number(c, copy, numbers[k], v) == 0, "%s", congdoan_error_last_message());
    }
    if (congdoan_result_comparator(x) != CONGDOAN_COMPARATOR_EXACTLY)
        ck_assert_int_eq(congdoan_result_set_comparator(c, copy, congdoan_result_comparator(x)), 0);
    if (congdoan_result_over_target_comparator(x) != CONGDOAN_COMPARATOR_EXACTLY)
        ck_assert_int_eq(congdoan_result_set_over_target_comparator(c, copy, congdoan_result_over_target_comparator(x)),
                         0);
    ck_assert_int_eq(congdoan_result_set_unit_of_measure(c, copy, congdoan_result_unit_of_measure(x)), 0);
    ck_assert_int_eq(congdoan_result_set_period(c, copy, congdoan_result_period(x)), 0);
    ck_assert_int_eq(congdoan_result_set_period_text(c, copy, congdoan_result_period_text(x)), 0);
    ck_assert_int_eq(congdoan_result_set_estimate(c, copy, congdoan_result_is_estimate(x)), 0);
    ck_assert_int_eq(congdoan_result_set_cumulative(c, copy, congdoan_result_is_cumulative(x)), 0);
    ck_assert_int_eq(congdoan_result_set_indicator(c, copy, congdoan_result_indicator_document_id(x),
                                                   congdoan_result_indicator_id(x)), 0);
    ck_assert_int_eq(congdoan_result_set_subject(c, copy, congdoan_result_subject(x)), 0);
    ck_assert_int_eq(congdoan_result_set_part_of_id(c, copy, congdoan_result_part_of_id(x)), 0);
    for (size_t k = 0; k < congdoan_result_population_count(x); k++)
        copy_population(c, copy, congdoan_result_population(x, k), 1);
    COPY_SOURCE(congdoan_result_set_source, congdoan_result_source, c, copy, x);
}

static void copy_section(congdoan_corpus *c, const congdoan_document *e, const congdoan_section *parent,
                         const congdoan_section *from)
{
    const congdoan_section *to = NULL;
    ck_assert_int_eq(congdoan_document_add_section(c, e, parent, congdoan_section_id(from), congdoan_section_number(from),
                                                   congdoan_section_title(from), &to), 0);
    COPY_SOURCE(congdoan_section_set_source, congdoan_section_source, c, to, from);
    for (size_t i = 0; i < congdoan_section_item_count(from); i++) {
        switch (congdoan_section_item_kind(from, i)) {
        case CONGDOAN_ITEM_PARAGRAPH:
            ck_assert_int_eq(congdoan_section_add_paragraph(c, to, congdoan_section_item_text(from, i)), 0);
            break;
        case CONGDOAN_ITEM_SECTION:
            copy_section(c, e, to, congdoan_section_item_section(from, i));
            break;
        case CONGDOAN_ITEM_TASK: {
            const congdoan_task *t = congdoan_section_item_task(from, i), *copy = NULL;
            ck_assert_int_eq(congdoan_section_add_task(c, to, congdoan_task_id(t), congdoan_task_text(t), &copy), 0);
            ck_assert_int_eq(congdoan_task_set_lead_id(c, copy, congdoan_task_lead_id(t)), 0);
            ck_assert_int_eq(congdoan_task_set_due(c, copy, congdoan_task_due_code(t), congdoan_task_due_text(t)), 0);
            ck_assert_int_eq(congdoan_task_set_lead_text(c, copy, congdoan_task_lead_text(t)), 0);
            ck_assert_int_eq(congdoan_task_set_lead_class(c, copy, congdoan_task_lead_level(t), congdoan_task_lead_kinds(t),
                                                          congdoan_task_lead_sectors(t)), 0);
            for (size_t k = 0; k < congdoan_task_milestone_count(t); k++)
                ck_assert_int_eq(congdoan_task_add_milestone(c, copy, congdoan_task_milestone_due_code(t, k),
                                                             congdoan_task_milestone_due_text(t, k),
                                                             congdoan_task_milestone_text(t, k)), 0);
            for (size_t k = 0; k < congdoan_task_coordinator_count(t); k++) {
                if (congdoan_task_coordinator_level(t, k))
                    ck_assert_int_eq(congdoan_task_add_coordinator_class(c, copy, congdoan_task_coordinator_level(t, k),
                                                                         congdoan_task_coordinator_kinds(t, k),
                                                                         congdoan_task_coordinator_sectors(t, k),
                                                                         congdoan_task_coordinator_text(t, k)), 0);
                else
                    ck_assert_int_eq(congdoan_task_add_coordinator(c, copy, congdoan_task_coordinator_id(t, k),
                                                                   congdoan_task_coordinator_text(t, k)), 0);
            }
            COPY_SOURCE(congdoan_task_set_source, congdoan_task_source, c, copy, t);
            break;
        }
        case CONGDOAN_ITEM_RESULT: {
            const congdoan_result *x = congdoan_section_item_result(from, i), *copy = NULL;
            ck_assert_int_eq(congdoan_section_add_result(c, to, congdoan_result_id(x), congdoan_result_text(x), &copy), 0);
            copy_result(c, copy, x);
            break;
        }
        case CONGDOAN_ITEM_INDICATOR: {
            const congdoan_indicator *x = congdoan_section_item_indicator(from, i), *copy = NULL;
            ck_assert_int_eq(congdoan_section_add_indicator(c, to, congdoan_indicator_id(x), congdoan_indicator_measure(x),
                                                            congdoan_indicator_comparator(x), congdoan_indicator_target(x),
                                                            congdoan_indicator_text(x), &copy), 0);
            double v;
            if (congdoan_indicator_target_max(x, &v) == 0)
                ck_assert_int_eq(congdoan_indicator_set_target_max(c, copy, v), 0);
            if (congdoan_indicator_baseline(x, &v) == 0)
                ck_assert_int_eq(congdoan_indicator_set_baseline(c, copy, v), 0);
            ck_assert_int_eq(congdoan_indicator_set_period(c, copy, congdoan_indicator_period(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_owner_id(c, copy, congdoan_indicator_owner_id(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_scope_level(c, copy, congdoan_indicator_scope_level(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_scope_sectors(c, copy, congdoan_indicator_scope_sectors(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_condition_grade(c, copy, congdoan_indicator_condition_grade(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_unit_of_measure(c, copy, congdoan_indicator_unit_of_measure(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_refines(c, copy, congdoan_indicator_refines_document_id(x),
                                                            congdoan_indicator_refines_indicator_id(x)), 0);
            if (congdoan_indicator_direction(x) == CONGDOAN_DIRECTION_LOWER)
                ck_assert_int_eq(congdoan_indicator_set_direction(c, copy, CONGDOAN_DIRECTION_LOWER), 0);
            if (congdoan_indicator_score_max(x, &v) == 0)
                ck_assert_int_eq(congdoan_indicator_set_score_max(c, copy, v), 0);
            if (congdoan_indicator_measure(x) == CONGDOAN_MEASURE_MONEY &&
                strcmp(congdoan_indicator_currency(x), "VND") != 0)
                ck_assert_int_eq(congdoan_indicator_set_currency(c, copy, congdoan_indicator_currency(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_period_text(c, copy, congdoan_indicator_period_text(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_by(c, copy, congdoan_indicator_by(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_subject(c, copy, congdoan_indicator_subject(x)), 0);
            ck_assert_int_eq(congdoan_indicator_set_part_of_id(c, copy, congdoan_indicator_part_of_id(x)), 0);
            for (size_t k = 0; k < congdoan_indicator_population_count(x); k++)
                copy_population(c, copy, congdoan_indicator_population(x, k), 0);
            COPY_SOURCE(congdoan_indicator_set_source, congdoan_indicator_source, c, copy, x);
            break;
        }
        default:
            ck_abort_msg("unknown item");
        }
    }
}

/* Remove the comments the writer writes on lines of their own (indent and line end included). */
static size_t drop_comment_lines(char *xml, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && xml[j] == ' ')
            j++;
        if (n - j >= 4 && memcmp(xml + j, "<!--", 4) == 0) {
            const char *end = strstr(xml + j, "-->\n");
            ck_assert_ptr_nonnull(end);
            i = (size_t)(end - xml) + 4;
            continue;
        }
        const char *nl = memchr(xml + i, '\n', n - i);
        size_t line = nl ? (size_t)(nl - xml) + 1 - i : n - i;
        memmove(xml + out, xml + i, line);
        out += line, i += line;
    }
    xml[out] = '\0';
    return out;
}

START_TEST(edited_model_written_like_a_loaded_one)
{
    /* A seed document rebuilt through the API from what was loaded writes the same bytes as the
     * loaded one (the writer does not care where a model came from), but for the loaded one's
     * comments: the editing API makes none. */
    static const char *const docs[] = {
        "kh-240-2022-tld.xml", "nq-001-dct-tld.xml", "ctr-13-2025-laichau.xml",
        /* vocabulary 1.2: results, populations, milestones, classes of units, provenance */
        "corpus-dev-xml/01_cd-quan8-hcm-daihoi-2018-2023.xml", "corpus-dev-xml/03_cdvc-hue-tong-ket-2016.xml",
        "corpus-dev-xml/05_ldld-phuyen-ket-qua-2023.xml", "corpus-dev-xml/08_cd-congthuong-thainguyen-thang-cong-nhan-2024.xml",
        "corpus-dev-xml/12_tld-kh67-tong-ket-nq6b-nu-cong.xml", "corpus-dev-xml/14_ldld-tinhdoan-binhduong-khlt02-2016.xml",
        "corpus-dev-xml/18_cdgd-dongthap-tong-ket-2018-2019.xml", "corpus-dev-xml/20_ldld-haiduong-vuot-chi-tieu-2020.xml",
        /* provenance of the signer, relations, recipients and sections */
        "kh-07-2025-sources.xml"};
    congdoan_corpus *src = test_load((const char *const[]){docs[_i], NULL});
    const congdoan_document *d = congdoan_corpus_document(src, 0);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    const congdoan_document *e = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(c, congdoan_document_id(d), congdoan_document_get_kind(d), &e), 0);
    ck_assert_int_eq(congdoan_document_set_number(c, e, congdoan_document_number(d)), 0);
    ck_assert_int_eq(congdoan_document_set_issuer_id(c, e, congdoan_document_issuer_id(d)), 0);
    ck_assert_int_eq(congdoan_document_set_issuing_body_id(c, e, congdoan_document_issuing_body_id(d)), 0);
    ck_assert_int_eq(congdoan_document_set_issued(c, e, congdoan_document_issued(d)), 0);
    ck_assert_int_eq(congdoan_document_set_effective(c, e, congdoan_document_effective(d)), 0);
    ck_assert_int_eq(congdoan_document_set_place(c, e, congdoan_document_place(d)), 0);
    ck_assert_int_eq(congdoan_document_set_field(c, e, congdoan_document_field(d)), 0);
    ck_assert_int_eq(congdoan_document_set_title(c, e, congdoan_document_title(d)), 0);
    ck_assert_int_eq(congdoan_document_set_signer(c, e, congdoan_document_signer_name(d), congdoan_document_signer_position(d),
                                                  congdoan_document_signer_capacity(d)), 0);
    ck_assert_int_eq(congdoan_document_set_issuer_text(c, e, congdoan_document_issuer_text(d)), 0);
    ck_assert_int_eq(congdoan_document_set_author(c, e, congdoan_document_author(d)), 0);
    ck_assert_int_eq(congdoan_document_set_published(c, e, congdoan_document_published(d)), 0);
    COPY_SOURCE(congdoan_document_set_source, congdoan_document_source, c, e, d);
    COPY_SOURCE(congdoan_document_set_signer_source, congdoan_document_signer_source, c, e, d);
    for (size_t i = 0; i < congdoan_document_relation_count(d); i++) {
        if (!congdoan_document_relation_target_id(d, i) && !congdoan_document_relation_number(d, i)) {
            ck_assert_int_eq(congdoan_document_add_titled_relation(c, e, congdoan_document_relation_type(d, i),
                                                                   congdoan_document_relation_title(d, i),
                                                                   congdoan_document_relation_date(d, i),
                                                                   congdoan_document_relation_text(d, i)), 0);
            continue;
        }
        ck_assert_int_eq(congdoan_document_add_relation(c, e, congdoan_document_relation_type(d, i),
                                                        congdoan_document_relation_target_id(d, i),
                                                        congdoan_document_relation_number(d, i),
                                                        congdoan_document_relation_date(d, i),
                                                        congdoan_document_relation_text(d, i)), 0);
        ck_assert_int_eq(congdoan_document_set_relation_title(c, e, i, congdoan_document_relation_title(d, i)), 0);
    }
    for (size_t i = 0; i < congdoan_document_recipient_count(d); i++)
        ck_assert_int_eq(congdoan_document_add_recipient(c, e, congdoan_document_recipient_text(d, i),
                                                         congdoan_document_recipient_unit_id(d, i)), 0);
    for (size_t i = 0; i < congdoan_document_relation_count(d) + congdoan_document_recipient_count(d); i++) {
        size_t r = congdoan_document_relation_count(d), k = i < r ? i : i - r;
        const char *file, *words;
        int line, column;
        words = i < r ? congdoan_document_relation_source(d, k, &file, &line, &column)
                      : congdoan_document_recipient_source(d, k, &file, &line, &column);
        ck_assert_int_eq(i < r ? congdoan_document_set_relation_source(c, e, k, file, line, column, words)
                               : congdoan_document_set_recipient_source(c, e, k, file, line, column, words), 0);
    }
    for (size_t i = 0; i < congdoan_document_section_count(d); i++)
        copy_section(c, e, NULL, congdoan_document_section(d, i));
    target t1 = {W_DOCUMENT, src, 0, NULL, d, NULL}, t2 = {W_DOCUMENT, c, 0, NULL, e, NULL};
    size_t n1, n2;
    char *a = write_memory(&t1, &n1), *b = write_memory(&t2, &n2);
    n1 = drop_comment_lines(a, n1);
    assert_same_bytes("rebuilt document", a, n1, b, n2);
    free(a);
    free(b);
    congdoan_corpus_free(c);
    congdoan_corpus_free(src);
}
END_TEST
#endif

/* ---- arguments -------------------------------------------------------------------------------- */

START_TEST(null_arguments)
{
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "kh-240-2022-tld.xml", NULL});
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_write_corpus(NULL, CONGDOAN_WRITE_ALL, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_units(NULL, NULL, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_units(c, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_document(NULL, o), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_document(congdoan_corpus_document(c, 0), NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_write_report(NULL, o), CONGDOAN_EINVAL);
    /* none of those used the output */
    ck_assert_int_eq(congdoan_write_units(c, NULL, o), 0);
    congdoan_output_free(o);

    ck_assert_int_eq(congdoan_output_new_memory(NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_output_new_file(NULL, &o), CONGDOAN_EINVAL);
    ck_assert_ptr_null(o);
    o = (congdoan_output *)&o;
    ck_assert_int_eq(congdoan_output_new_file("", &o), CONGDOAN_EINVAL);
    ck_assert_ptr_null(o);
    ck_assert_int_eq(congdoan_output_new_file(tmp_file("x.xml"), NULL), CONGDOAN_EINVAL);
    o = (congdoan_output *)&o;
    ck_assert_int_eq(congdoan_output_new_callback(NULL, NULL, &o), CONGDOAN_EINVAL);
    ck_assert_ptr_null(o);
    ck_assert_int_eq(congdoan_output_new_callback(sink_write, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_output_finish(NULL), CONGDOAN_EINVAL);
    size_t n = 3;
    ck_assert_ptr_null(congdoan_output_data(NULL, &n));
    ck_assert_uint_eq(n, 0);
    ck_assert_ptr_null(congdoan_output_data(NULL, NULL));
    congdoan_output_free(NULL);
    /* nothing was left in the temporary folder */
    char names[256];
    ck_assert_uint_eq(folder_entries(names, sizeof names), 0);
    congdoan_corpus_free(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("writer");

    TCase *expected = tcase_create("expected");
    tcase_add_checked_fixture(expected, tmp_setup, tmp_teardown);
    tcase_add_loop_test(expected, output_equals_expected_file, 0, EXPECTED_COUNT);
    tcase_add_loop_test(expected, three_outputs_give_the_same_bytes, 0, EXPECTED_COUNT);
    tcase_add_test(expected, every_fixture_keeps_its_canonical_form);
    suite_add_tcase(s, expected);

    TCase *outputs = tcase_create("outputs");
    tcase_add_checked_fixture(outputs, tmp_setup, tmp_teardown);
    tcase_set_timeout(outputs, 120);
    tcase_add_test(outputs, memory_output);
    tcase_add_test(outputs, callback_output_in_chunks);
    tcase_add_test(outputs, callback_failing_midway);
    tcase_add_test(outputs, callback_failing_at_finish);
    tcase_add_test(outputs, flush_hook_fails_a_callback_output);
    tcase_add_test(outputs, file_replaced_only_on_finish);
    tcase_add_test(outputs, file_write_failing_at_first_flush);
    tcase_add_test(outputs, file_write_failing_midway);
    tcase_add_test(outputs, large_write_makes_several_flushes);
    tcase_add_test(outputs, unfinished_file_output_freed);
    tcase_add_test(outputs, file_in_missing_folder);
    tcase_add_test(outputs, file_over_a_folder_is_refused);
    tcase_add_test(outputs, replaced_file_keeps_its_permissions);
    tcase_add_test(outputs, leftover_of_a_killed_writer_is_removed);
    tcase_add_test(outputs, two_writers_of_one_path);
    tcase_add_test(outputs, link_at_the_temporary_name_not_followed);
    tcase_add_test(outputs, one_output_one_document);
    suite_add_tcase(s, outputs);

    /* the file tests again, the named way */
    TCase *named = tcase_create("outputs-named");
    tcase_add_checked_fixture(named, named_setup, tmp_teardown);
    tcase_set_timeout(named, 120);
    tcase_add_test(named, file_replaced_only_on_finish);
    tcase_add_test(named, file_write_failing_at_first_flush);
    tcase_add_test(named, file_write_failing_midway);
    tcase_add_test(named, large_write_makes_several_flushes);
    tcase_add_test(named, unfinished_file_output_freed);
    tcase_add_test(named, file_in_missing_folder);
    tcase_add_test(named, file_over_a_folder_is_refused);
    tcase_add_test(named, replaced_file_keeps_its_permissions);
    tcase_add_test(named, leftover_of_a_killed_writer_is_removed);
    tcase_add_test(named, two_writers_of_one_path);
    tcase_add_test(named, link_at_the_temporary_name_not_followed);
    suite_add_tcase(s, named);

    TCase *content = tcase_create("content");
    tcase_add_checked_fixture(content, tmp_setup, tmp_teardown);
    tcase_set_timeout(content, 120);
    tcase_add_test(content, corpus_parts);
    tcase_add_test(content, units_subtree);
    tcase_add_test(content, deterministic);
    tcase_add_test(content, numbers_in_machine_form);
    tcase_add_test(content, numbers_beyond_15_digits_are_refused);
    tcase_add_test(content, special_characters_round_trip);
    tcase_add_test(content, text_is_trimmed_and_defaults_dropped);
    tcase_add_test(content, version_follows_the_content);
    tcase_add_test(content, null_arguments);
#if HAVE_EDIT
    tcase_add_test(content, numbers_set_through_the_api);
    tcase_add_test(content, moved_unit_keeps_its_place_among_the_children);
    tcase_add_loop_test(content, edited_model_written_like_a_loaded_one, 0, 12);
#endif
    suite_add_tcase(s, content);

    TCase *foreign = tcase_create("foreign");
    tcase_add_checked_fixture(foreign, tmp_setup, tmp_teardown);
    tcase_add_loop_test(foreign, foreign_fixture_validates_and_loads, 0, 3);
    tcase_add_loop_test(foreign, foreign_content_written_in_place, 0, 3);
    tcase_add_test(foreign, foreign_content_of_single_objects);
    tcase_add_test(foreign, foreign_content_of_every_file_loaded_together);
    tcase_add_test(foreign, foreign_element_inside_text);
    tcase_add_test(foreign, foreign_elements_of_the_root_come_first);
    tcase_add_test(foreign, many_small_foreign_elements_side_by_side);
    tcase_add_test(foreign, foreign_element_as_the_only_coordinator_text);
    tcase_add_test(foreign, many_foreign_attributes);
    tcase_add_test(foreign, comments_are_kept_in_place);
    tcase_add_test(foreign, comments_of_several_files);
    tcase_add_test(foreign, comments_in_nfc);
    suite_add_tcase(s, foreign);

    return test_run_suite(s);
}
