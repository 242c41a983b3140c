/* Hostile input: malformed XML, entity attacks, external resources, encodings, vocabulary
 * errors and duplicate identifiers. Every refused load must
 *   - return the exact status code, and leave it as the last error with a message and the
 *     right file and line;
 *   - add an issue with the expected tag (and a line where a location makes sense);
 *   - leave the corpus exactly as it was (counts, hierarchy, lookups), so that nothing of the
 *     failed input can be found, and a later good load still works;
 *   - never print anything (the library must not write to stderr).
 * The fixtures are in tests/data/hostile/ (see its README.md; they do not end in .xml so that
 * loading the whole of tests/data stays possible). */
#include "test-common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define CD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
#define BUF(s) (s), (sizeof(s) - 1)

#include "hostile-cases.h"

/* ---- clean-up that also runs after a failed assertion ---------------------------------------- */

/* With CK_FORK=no a failed assertion leaves the test function at once: corpora and issue lists
 * are tracked (test-common) and released by the checked teardown, so that valgrind reports only
 * the library's own leaks. Temporary files and folders are removed by the teardown (in reverse
 * order) even after a failure. */
static char temp_paths[8][200];
static int temp_count;

static const char *remember(const char *path)
{
    ck_assert_int_lt(temp_count, 8);
    snprintf(temp_paths[temp_count], sizeof temp_paths[0], "%s", path);
    return temp_paths[temp_count++];
}

static void teardown(void)
{
    while (temp_count > 0)
        remove(temp_paths[--temp_count]);
    test_release_tracked();
    alarm(0);
}

/* ---- the corpus before and after ------------------------------------------------------------- */

static const char baseline_report[] =
    CD "  <report id=\"baseline.r1\" unit=\"laichau\" document=\"kh-240-tld-2022\" period=\"2025\"/>\n"
       "</congdoan>\n";

/* Two unit files, a document and a report: something for a failed load to disturb. */
static congdoan_corpus *baseline(void)
{
    static const char *const names[] = {"units-tld.xml", "units-laichau.xml", "kh-240-2022-tld.xml", NULL};
    congdoan_corpus *c = test_track_corpus(test_load(names));
    ck_assert_int_eq(congdoan_corpus_load_memory(c, BUF(baseline_report), "baseline-report", NULL), 0);
    ck_assert_uint_gt(congdoan_corpus_unit_count(c), 0);
    ck_assert_uint_eq(congdoan_corpus_document_count(c), 1);
    ck_assert_uint_eq(congdoan_corpus_report_count(c), 1);
    ck_assert_uint_gt(congdoan_corpus_root_count(c), 0);
    return c;
}

typedef struct snapshot {
    size_t units, documents, reports, roots;
    unsigned long long sum; /* over every object pointer and the resolved hierarchy */
} snapshot;

static void mix(unsigned long long *h, uintptr_t v)
{
    *h = (*h ^ (unsigned long long)v) * 1099511628211ULL;
}

static snapshot take(const congdoan_corpus *c)
{
    snapshot s = {congdoan_corpus_unit_count(c), congdoan_corpus_document_count(c),
                  congdoan_corpus_report_count(c), congdoan_corpus_root_count(c), 1469598103934665603ULL};
    for (size_t i = 0; i < s.units; i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        mix(&s.sum, (uintptr_t)u);
        mix(&s.sum, (uintptr_t)congdoan_unit_parent(u));
        mix(&s.sum, congdoan_unit_child_count(u));
        for (size_t k = 0; k < congdoan_unit_child_count(u); k++)
            mix(&s.sum, (uintptr_t)congdoan_unit_child(u, k));
        ck_assert_ptr_eq(congdoan_corpus_unit_by_id(c, congdoan_unit_id(u)), u);
    }
    for (size_t i = 0; i < s.roots; i++)
        mix(&s.sum, (uintptr_t)congdoan_corpus_root(c, i));
    for (size_t i = 0; i < s.documents; i++)
        mix(&s.sum, (uintptr_t)congdoan_corpus_document(c, i));
    for (size_t i = 0; i < s.reports; i++)
        mix(&s.sum, (uintptr_t)congdoan_corpus_report(c, i));
    return s;
}

static void assert_unchanged(const congdoan_corpus *c, const snapshot *before, const char *label)
{
    snapshot now = take(c);
    ck_assert_msg(now.units == before->units, "%s: unit count %zu -> %zu after a failed load", label, before->units,
                  now.units);
    ck_assert_msg(now.documents == before->documents, "%s: document count %zu -> %zu after a failed load", label,
                  before->documents, now.documents);
    ck_assert_msg(now.reports == before->reports, "%s: report count %zu -> %zu after a failed load", label,
                  before->reports, now.reports);
    ck_assert_msg(now.roots == before->roots, "%s: root count %zu -> %zu after a failed load", label, before->roots,
                  now.roots);
    ck_assert_msg(now.sum == before->sum, "%s: the objects or the unit hierarchy changed after a failed load", label);
}

static void assert_absent(const congdoan_corpus *c, const char *const *ids, const char *label)
{
    for (; ids && *ids; ids++) {
        ck_assert_msg(congdoan_corpus_unit_by_id(c, *ids) == NULL, "%s: unit '%s' of the failed load is in the corpus",
                      label, *ids);
        ck_assert_msg(congdoan_corpus_document_by_id(c, *ids) == NULL,
                      "%s: document '%s' of the failed load is in the corpus", label, *ids);
        ck_assert_msg(congdoan_corpus_report_by_id(c, *ids) == NULL,
                      "%s: report '%s' of the failed load is in the corpus", label, *ids);
    }
}

/* A good load after a failed one still works (and adds exactly what it holds). */
static void assert_still_loads(congdoan_corpus *c, const char *label)
{
    static int serial;
    char id[64], xml[512];
    snprintf(id, sizeof id, "later.%d", ++serial);
    int n = snprintf(xml, sizeof xml, CD "<unit id=\"%s\" level=\"central\" name=\"Loaded later\"/>\n</congdoan>\n", id);
    size_t units = congdoan_corpus_unit_count(c);
    int rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "later", NULL);
    ck_assert_msg(rc == 0, "%s: a good load after the failed one returned %d: %s", label, rc,
                  congdoan_error_last_message());
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units + 1);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, id));
}

/* ---- what a failure must look like ----------------------------------------------------------- */


static const congdoan_issue *issue_with_tag(const congdoan_issues *issues, const char *tag, long lo, long hi)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        if (strcmp(congdoan_issue_tag(is), tag) == 0 && congdoan_issue_line(is) >= lo && congdoan_issue_line(is) <= hi)
            return is;
    }
    return NULL;
}

static void dump_issues(const congdoan_issues *issues)
{
    for (size_t i = 0; issues && i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        printf("    %s:%ld:%ld: %s: %s\n", congdoan_issue_file(is), congdoan_issue_line(is), congdoan_issue_column(is),
               congdoan_issue_tag(is), congdoan_issue_message(is));
    }
}

static void check_failure(int rc, const congdoan_issues *issues, const char *file, const expectation *e,
                          const char *label)
{
    if (rc != e->code)
        dump_issues(issues);
    ck_assert_msg(rc == e->code, "%s: returned %d (%s), expected %d (%s); last error: %s (%s:%ld)", label, rc,
                  congdoan_strerror(rc), e->code, congdoan_strerror(e->code), congdoan_error_last_message(),
                  congdoan_error_last_file(), congdoan_error_last_line());
    ck_assert_msg(congdoan_error_last_code() == e->code, "%s: last error code %d, expected %d", label,
                  congdoan_error_last_code(), e->code);
    const char *msg = congdoan_error_last_message();
    ck_assert_msg(msg[0] != '\0', "%s: no error message", label);
    for (int i = 0; i < 5 && e->mention[i]; i++)
        ck_assert_msg(strstr(msg, e->mention[i]) != NULL, "%s: the message \"%s\" does not mention \"%s\"", label, msg,
                      e->mention[i]);
    long line = congdoan_error_last_line();
    ck_assert_msg(line >= e->line_lo && line <= e->line_hi, "%s: the last error is on line %ld, expected %ld..%ld (%s)",
                  label, line, e->line_lo, e->line_hi, msg);
    if (file)
        ck_assert_msg(strcmp(congdoan_error_last_file(), file) == 0, "%s: the last error is about '%s', expected '%s'",
                      label, congdoan_error_last_file(), file);
    if (!issues)
        return;
    const congdoan_issue *is = issue_with_tag(issues, e->tag, e->line_lo, e->line_hi);
    if (!is)
        dump_issues(issues);
    ck_assert_msg(is != NULL, "%s: no issue tagged %s on line %ld..%ld", label, e->tag, e->line_lo, e->line_hi);
    ck_assert_int_eq(congdoan_issue_severity(is), CONGDOAN_SEVERITY_ERROR);
    ck_assert_msg(congdoan_issue_message(is)[0] != '\0', "%s: the issue has no message", label);
    if (file)
        ck_assert_msg(strcmp(congdoan_issue_file(is), file) == 0, "%s: the issue is about '%s', expected '%s'", label,
                      congdoan_issue_file(is), file);
}

/* Load a buffer that must fail, with an issue list and then without one; in both cases the
 * corpus is unchanged and still usable. */
static void load_bad_buffer(congdoan_corpus *c, const char *label, const char *data, size_t size,
                            const expectation *e, const char *const *absent)
{
    snapshot before = take(c);
    for (int with_list = 1; with_list >= 0; with_list--) {
        congdoan_issues *issues = with_list ? test_new_issues() : NULL;
        congdoan_error_clear();
        int rc = congdoan_corpus_load_memory(c, data, size, label, issues);
        check_failure(rc, issues, label, e, label);
        assert_unchanged(c, &before, label);
        assert_absent(c, absent, label);
        test_drop_issues(issues);
    }
    assert_still_loads(c, label);
}

static const char *hostile(const char *name)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s", test_data_path("hostile"));
    size_t n = strlen(buf);
    snprintf(buf + n, sizeof buf - n, "/%s", name);
    return buf;
}

static void load_bad_file(congdoan_corpus *c, const char *name, const expectation *e, const char *const *absent)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", hostile(name));
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, path, issues);
    check_failure(rc, issues, path, e, name);
    assert_unchanged(c, &before, name);
    assert_absent(c, absent, name);
    test_drop_issues(issues);
    /* the same through congdoan_corpus_load_path() on the file, without an issue list */
    congdoan_error_clear();
    rc = congdoan_corpus_load_path(c, path, NULL);
    check_failure(rc, NULL, path, e, name);
    assert_unchanged(c, &before, name);
    assert_still_loads(c, name);
}

/* ---- the table of refused buffers ------------------------------------------------------------- */


START_TEST(refused_buffer)
{
    const bad_case *k = &bad_cases[_i];
    congdoan_corpus *c = baseline();
    load_bad_buffer(c, k->label, k->data, k->size, &k->e, k->absent);
    test_drop_corpus(c);
}
END_TEST

/* ---- the fixture files ---------------------------------------------------------------------- */

typedef struct bad_file {
    const char *name;
    expectation e;
    const char *absent[4];
} bad_file;

static const bad_file bad_files[] = {
    {"mismatched-tag.xml.hostile", EP(5, 5), {"hostile.mm", "hostile.mm.d"}},
    {"billion-laughs.xml.hostile", EF(2, 3), {"hostile.laughs"}},
    {"xxe-passwd.xml.hostile", EF(2, 3), {"hostile.xxe", "hostile.xxe.doc"}},
    {"parameter-entity.xml.hostile", EF(2, 3), {"hostile.pe"}},
    {"bad-utf8-text.xml.hostile", EE(4, 4), {"hostile.badtext"}},
    {"bad-utf8-attribute.xml.hostile", EE(3, 3), {"hostile.badattr"}},
    {"utf16-bom-latin1.xml.hostile", EE(1, 1), {"hostile.utf16bom"}},
    /* UTF-16 without a byte-order mark: libxml2 recognises it from "<\0?\0" and converts it,
     * but the vocabulary is UTF-8 only (corpus.h, REFERENCE.md). */
    {"utf16le-no-bom.xml.hostile", EE(1, 1), {"hostile.utf16"}},
    /* U+0000 is valid UTF-8 but not an XML character: the input is not well-formed. */
    {"nul-byte.xml.hostile", EP(4, 4), {"hostile.nul"}},
};

#define N_FILES (sizeof bad_files / sizeof bad_files[0])

START_TEST(refused_file)
{
    const bad_file *k = &bad_files[_i];
    congdoan_corpus *c = baseline();
    load_bad_file(c, k->name, &k->e, k->absent);
    test_drop_corpus(c);
}
END_TEST

/* ---- nothing of /etc/passwd anywhere ------------------------------------------------------------ */

static int has(const char *s, const char *needle)
{
    return s && strstr(s, needle) != NULL;
}

static int section_contains(const congdoan_section *s, const char *needle)
{
    if (has(congdoan_section_title(s), needle) || has(congdoan_section_number(s), needle))
        return 1;
    for (size_t i = 0; i < congdoan_section_item_count(s); i++) {
        switch (congdoan_section_item_kind(s, i)) {
        case CONGDOAN_ITEM_PARAGRAPH:
            if (has(congdoan_section_item_text(s, i), needle))
                return 1;
            break;
        case CONGDOAN_ITEM_SECTION:
            if (section_contains(congdoan_section_item_section(s, i), needle))
                return 1;
            break;
        default: break;
        }
    }
    return 0;
}

/* Whether any text of the model holds `needle`. */
static int model_contains(const congdoan_corpus *c, const char *needle)
{
    for (size_t i = 0; i < congdoan_corpus_unit_count(c); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        if (has(congdoan_unit_id(u), needle) || has(congdoan_unit_name(u), needle) ||
            has(congdoan_unit_short_name(u), needle))
            return 1;
    }
    for (size_t i = 0; i < congdoan_corpus_document_count(c); i++) {
        const congdoan_document *d = congdoan_corpus_document(c, i);
        if (has(congdoan_document_title(d), needle) || has(congdoan_document_number(d), needle) ||
            has(congdoan_document_place(d), needle) || has(congdoan_document_field(d), needle) ||
            has(congdoan_document_signer_name(d), needle) || has(congdoan_document_signer_position(d), needle) ||
            has(congdoan_document_signer_capacity(d), needle))
            return 1;
        for (size_t k = 0; k < congdoan_document_relation_count(d); k++)
            if (has(congdoan_document_relation_text(d, k), needle) || has(congdoan_document_relation_number(d, k), needle))
                return 1;
        for (size_t k = 0; k < congdoan_document_recipient_count(d); k++)
            if (has(congdoan_document_recipient_text(d, k), needle))
                return 1;
        for (size_t k = 0; k < congdoan_document_section_count(d); k++)
            if (section_contains(congdoan_document_section(d, k), needle))
                return 1;
        for (size_t k = 0; k < congdoan_document_task_count(d); k++) {
            const congdoan_task *t = congdoan_document_task(d, k);
            if (has(congdoan_task_text(t), needle) || has(congdoan_task_due_text(t), needle))
                return 1;
            for (size_t j = 0; j < congdoan_task_coordinator_count(t); j++)
                if (has(congdoan_task_coordinator_text(t, j), needle))
                    return 1;
        }
        for (size_t k = 0; k < congdoan_document_indicator_count(d); k++) {
            const congdoan_indicator *ind = congdoan_document_indicator(d, k);
            if (has(congdoan_indicator_text(ind), needle) || has(congdoan_indicator_unit_of_measure(ind), needle))
                return 1;
        }
    }
    for (size_t i = 0; i < congdoan_corpus_report_count(c); i++) {
        const congdoan_report *r = congdoan_corpus_report(c, i);
        if (has(congdoan_report_note(r), needle))
            return 1;
        for (size_t k = 0; k < congdoan_report_task_status_count(r); k++)
            if (has(congdoan_report_task_status_note(r, k), needle))
                return 1;
    }
    return 0;
}

static int issues_contain(const congdoan_issues *issues, const char *needle)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++)
        if (has(congdoan_issue_message(congdoan_issues_get(issues, i)), needle))
            return 1;
    return 0;
}

/* The first line of /etc/passwd ("root:x:0:0:root:/root:/bin/bash"), or a stand-in. */
static void passwd_line(char *buf, size_t size)
{
    snprintf(buf, size, "root:x:0:0");
    FILE *f = fopen("/etc/passwd", "r");
    if (!f)
        return;
    if (fgets(buf, (int)size, f))
        buf[strcspn(buf, "\n")] = '\0';
    fclose(f);
    if (strlen(buf) < 4)
        snprintf(buf, size, "root:x:0:0");
}

START_TEST(xxe_never_read)
{
    char secret[256];
    passwd_line(secret, sizeof secret);
    ck_assert_msg(strchr(secret, ':') != NULL, "cannot tell what /etc/passwd holds");
    static const char *const buffers[] = {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n" CD
        "<unit id=\"x.u\" level=\"central\" name=\"&x;\"/>\n<document id=\"x.d\" kind=\"plan\"><title>&x;</title>\n"
        "<section><p>&x;</p></section></document>\n</congdoan>\n",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"/etc/passwd\">\n]>\n" CD
        "<document id=\"x.d\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"x>y\" [\n<!ENTITY x SYSTEM \"/etc/passwd\">\n]>\n" CD
        "<document id=\"x.d\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n",
    };
    congdoan_corpus *c = baseline();
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    for (size_t i = 0; i < sizeof buffers / sizeof buffers[0]; i++) {
        int rc = congdoan_corpus_load_memory(c, buffers[i], strlen(buffers[i]), "xxe", issues);
        ck_assert_msg(rc == CONGDOAN_EFORBIDDEN, "xxe %zu: returned %d, expected CONGDOAN_EFORBIDDEN", i, rc);
        ck_assert_msg(!has(congdoan_error_last_message(), secret), "xxe %zu: /etc/passwd is in the error message", i);
    }
    int rc = congdoan_corpus_load_file(c, hostile("xxe-passwd.xml.hostile"), issues);
    ck_assert_int_eq(rc, CONGDOAN_EFORBIDDEN);
    assert_unchanged(c, &before, "xxe");
    ck_assert_msg(!model_contains(c, secret), "text of /etc/passwd is in the model");
    ck_assert_msg(!model_contains(c, "/bin/"), "text of /etc/passwd is in the model");
    ck_assert_msg(!issues_contain(issues, secret), "text of /etc/passwd is in an issue");
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* ---- external resources are never fetched ----------------------------------------------------- */

/* A FIFO holding a canary, held open for writing by the test: if the library (libxml2) opened
 * and read it, the canary would be gone, and the next read would block; SIGALRM ends that. */
typedef struct canary {
    char dir[64], path[128];
    int fd;
} canary;

static const char canary_text[] = "CANARY-the-file-was-read";

static void on_alarm(int sig)
{
    static const char msg[] = "test-hostile: an external resource was opened and read (blocked on a FIFO)\n";
    ssize_t n = write(2, msg, sizeof msg - 1);
    (void)n;
    _exit(2);
}

static void canary_open(canary *k)
{
    snprintf(k->dir, sizeof k->dir, "/tmp/congdoan-hostile-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(k->dir));
    remember(k->dir);
    snprintf(k->path, sizeof k->path, "%s/secret.fifo", k->dir);
    ck_assert_int_eq(mkfifo(k->path, 0600), 0);
    remember(k->path);
    k->fd = open(k->path, O_RDWR | O_NONBLOCK);
    ck_assert_int_ge(k->fd, 0);
    ck_assert_int_eq(write(k->fd, canary_text, sizeof canary_text - 1), (ssize_t)(sizeof canary_text - 1));
    signal(SIGALRM, on_alarm);
    alarm(30);
}

/* Whether the canary is still all there; closes and removes the FIFO. */
static int canary_close(canary *k)
{
    alarm(0);
    signal(SIGALRM, SIG_DFL);
    char buf[64];
    ssize_t n = read(k->fd, buf, sizeof buf);
    close(k->fd);
    unlink(k->path);
    rmdir(k->dir);
    return n == (ssize_t)(sizeof canary_text - 1) && memcmp(buf, canary_text, (size_t)n) == 0;
}

/* A listening socket on 127.0.0.1: a connection to it would wait in the backlog. */
static int listener(int *port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(s, (struct sockaddr *)&a, sizeof a) != 0 || listen(s, 16) != 0 ||
        getsockname(s, (struct sockaddr *)&a, &len) != 0 || fcntl(s, F_SETFL, O_NONBLOCK) != 0) {
        close(s);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return s;
}

static int connections(int s)
{
    int n = 0, fd;
    while ((fd = accept(s, NULL, NULL)) >= 0) {
        close(fd);
        n++;
    }
    return n;
}

/* An external DTD (no internal subset) is neither fetched nor read: the document loads, as if
 * the DOCTYPE were not there. */
START_TEST(external_dtd_not_fetched)
{
    congdoan_corpus *c = baseline();
    size_t units = congdoan_corpus_unit_count(c);
    congdoan_issues *issues = test_new_issues();

    /* the fixture: an http:// system id that does not resolve */
    int rc = congdoan_corpus_load_file(c, hostile("external-dtd.xml.hostile"), issues);
    ck_assert_msg(rc == 0, "external-dtd.xml.hostile: returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units + 1);
    ck_assert_str_eq(congdoan_unit_name(congdoan_corpus_unit_by_id(c, "hostile.extdtd")), "External DTD");

    /* a listening local port: no connection is made */
    int port = 0, s = listener(&port);
    if (s >= 0) {
        char xml[1024];
        canary k;
        canary_open(&k); /* alarm: a fetch would hang waiting for the HTTP answer */
        int n = snprintf(xml, sizeof xml,
                         "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"http://127.0.0.1:%d/congdoan.dtd\">\n" CD
                         "<unit id=\"net.sys\" level=\"central\" name=\"A\"/>\n</congdoan>\n", port);
        rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "http-dtd", issues);
        ck_assert_msg(rc == 0, "http DTD: returned %d: %s", rc, congdoan_error_last_message());
        n = snprintf(xml, sizeof xml,
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan PUBLIC \"-//congdoan//DTD 1//EN\" "
                     "\"http://127.0.0.1:%d/congdoan.dtd\">\n" CD
                     "<unit id=\"net.pub\" level=\"central\" name=\"A\"/>\n</congdoan>\n", port);
        rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "http-dtd-public", issues);
        ck_assert_msg(rc == 0, "http PUBLIC DTD: returned %d: %s", rc, congdoan_error_last_message());
        /* an external entity pointing at the port: refused, and not fetched either */
        n = snprintf(xml, sizeof xml,
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"http://127.0.0.1:%d/x\">\n]>\n" CD
                     "<document id=\"net.xxe\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n", port);
        rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "http-entity", issues);
        ck_assert_int_eq(rc, CONGDOAN_EFORBIDDEN);
        canary_close(&k);
        ck_assert_msg(connections(s) == 0, "the library connected to 127.0.0.1:%d to fetch a DTD or entity", port);
        close(s);
        ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "net.sys"));
        ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "net.pub"));
        ck_assert_ptr_null(congdoan_corpus_document_by_id(c, "net.xxe"));
    } else {
        printf("external_dtd_not_fetched: no loopback socket here; the connection check is skipped\n");
    }

    /* a local file as the DTD: not read */
    canary k;
    canary_open(&k);
    char xml[1024];
    int n = snprintf(xml, sizeof xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"%s\">\n" CD
                     "<unit id=\"fifo.dtd\" level=\"central\" name=\"A\"/>\n</congdoan>\n", k.path);
    rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "fifo-dtd", issues);
    ck_assert_msg(rc == 0, "local DTD: returned %d: %s", rc, congdoan_error_last_message());
    /* and a local file as an external entity: refused, not read */
    n = snprintf(xml, sizeof xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"file://%s\">\n]>\n" CD
                 "<document id=\"fifo.xxe\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n", k.path);
    rc = congdoan_corpus_load_memory(c, xml, (size_t)n, "fifo-entity", issues);
    ck_assert_int_eq(rc, CONGDOAN_EFORBIDDEN);
    ck_assert_msg(canary_close(&k), "the library read the local DTD or entity file");
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "fifo.dtd"));
    ck_assert_msg(!model_contains(c, "CANARY"), "the content of the external file is in the model");
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* A '[' inside the system literal is not an internal subset: the document loads like any other
 * with an external DTD. */
START_TEST(external_dtd_literal_with_bracket)
{
    static const char xml[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"congdoan[1].dtd\">\n" CD
                              "<unit id=\"bracket.u\" level=\"central\" name=\"A\"/>\n</congdoan>\n";
    congdoan_corpus *c = baseline();
    int rc = congdoan_corpus_load_memory(c, BUF(xml), "bracket", NULL);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "bracket.u"));
    test_drop_corpus(c);
}
END_TEST

/* An internal subset far into a file (after 300 KB of comments) is refused like one at the
 * start: its default attributes must not reach the model. */
START_TEST(internal_subset_after_a_long_prolog)
{
    char dir[64], path[128];
    snprintf(dir, sizeof dir, "/tmp/congdoan-hostile-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    remember(dir);
    snprintf(path, sizeof path, "%s/long-prolog.xml", dir);
    remember(path);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs("<?xml version=\"1.0\"?>\n", f);
    for (int i = 0; i < 4500; i++)
        fputs("<!-- padding padding padding padding padding padding padding padding -->\n", f);
    fputs("<!DOCTYPE congdoan [\n<!ATTLIST unit name CDATA \"Injected by the DTD\" level CDATA \"central\">\n]>\n", f);
    fputs(CD "<unit id=\"long.u\"/>\n</congdoan>\n", f);
    ck_assert_int_eq(fclose(f), 0);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert_int_gt(sb.st_size, 300000);

    congdoan_corpus *c = baseline();
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, path, issues);
    expectation e = EF(4502, 4503);
    check_failure(rc, issues, path, &e, "long prolog");
    assert_unchanged(c, &before, "long prolog");
    ck_assert_msg(!model_contains(c, "Injected"), "a DTD default attribute reached the model");
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* XInclude is not processed: an xi:include is an element of another namespace, skipped. */
START_TEST(xinclude_not_processed)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1.0\">\n"
        "<document id=\"xi.doc\" kind=\"plan\"><title>T</title>\n"
        "<section><xi:include href=\"/etc/passwd\" parse=\"text\"/><p>P</p></section></document>\n</congdoan>\n";
    char secret[256];
    passwd_line(secret, sizeof secret);
    congdoan_corpus *c = baseline();
    int rc = congdoan_corpus_load_memory(c, BUF(xml), "xinclude", NULL);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "xi.doc");
    ck_assert_ptr_nonnull(d);
    ck_assert_uint_eq(congdoan_section_item_count(congdoan_document_section(d, 0)), 1);
    ck_assert_msg(!model_contains(c, secret), "XInclude was processed");
    test_drop_corpus(c);
}
END_TEST

/* ---- what must load -------------------------------------------------------------------------- */

/* Elements and attributes of other namespaces load and are skipped, with what is inside them. */
START_TEST(foreign_namespace_skipped)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:example:other\" version=\"1.0\" x:generator=\"tool 1.2\">\n"
        "<x:metadata><x:author>A</x:author><unit id=\"ns.hidden\" level=\"central\" name=\"Inside\"/>text</x:metadata>\n"
        "<unit id=\"ns.u\" level=\"central\" name=\"Visible\" x:colour=\"red\" xml:lang=\"vi\">\n"
        "  <x:extra><department id=\"ns.hidden.d\" name=\"D\"/></x:extra>\n"
        "  <department id=\"ns.u.d\" name=\"Dept\" x:note=\"n\"/>\n"
        "</unit>\n"
        "<document id=\"ns.doc\" kind=\"plan\"><title>Title</title>\n"
        "<section><x:comment>c</x:comment><p>P</p></section></document>\n"
        "<x:unit id=\"ns.hidden2\"/>\n"
        "</congdoan>\n";
    congdoan_corpus *c = baseline();
    size_t units = congdoan_corpus_unit_count(c);
    congdoan_issues *issues = test_new_issues();
    int rc = congdoan_corpus_load_memory(c, BUF(xml), "foreign", issues);
    if (rc != 0)
        dump_issues(issues);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_uint_eq(congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR), 0);
    ck_assert_uint_eq(congdoan_corpus_unit_count(c), units + 2);
    const congdoan_unit *u = congdoan_corpus_unit_by_id(c, "ns.u");
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(congdoan_unit_name(u), "Visible");
    ck_assert_uint_eq(congdoan_unit_department_count(u), 1);
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "ns.u.d"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "ns.hidden"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "ns.hidden.d"));
    ck_assert_ptr_null(congdoan_corpus_unit_by_id(c, "ns.hidden2"));
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ns.doc");
    ck_assert_ptr_nonnull(d);
    ck_assert_uint_eq(congdoan_section_item_count(congdoan_document_section(d, 0)), 1);
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* A foreign element inside a text element is skipped too: the text around it is kept, and what
 * is inside it is not. */
START_TEST(foreign_element_inside_text)
{
    static const char xml[] =
        "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:example:other\" version=\"1.0\">\n"
        "<document id=\"ns.mixed\" kind=\"plan\"><title>Kế <x:b>hidden</x:b>hoạch</title>\n"
        "<section><p>Đoàn <x:i>hidden</x:i>viên</p></section></document>\n"
        "</congdoan>\n";
    congdoan_corpus *c = baseline();
    congdoan_issues *issues = test_new_issues();
    int rc = congdoan_corpus_load_memory(c, BUF(xml), "foreign-in-text", issues);
    if (rc != 0)
        dump_issues(issues);
    ck_assert_msg(rc == 0, "returned %d: %s (line %ld)", rc, congdoan_error_last_message(), congdoan_error_last_line());
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ns.mixed");
    ck_assert_ptr_nonnull(d);
    ck_assert_str_eq(congdoan_document_title(d), "Kế hoạch");
    const congdoan_section *s = congdoan_document_section(d, 0);
    ck_assert_uint_eq(congdoan_section_item_count(s), 1);
    ck_assert_str_eq(congdoan_section_item_text(s, 0), "Đoàn viên");
    ck_assert_msg(!model_contains(c, "hidden"), "the text of a foreign element is in the model");
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* "1.810" is a valid number in machine form (1.81); CDATA is text; comments and processing
 * instructions are ignored. */
START_TEST(legitimate_oddities_load)
{
    static const char xml[] =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- a comment -->\n<?pi data?>\n" CD
        "<!-- another -->\n<document id=\"ok.doc\" kind=\"plan\"><title><![CDATA[a < b & c]]></title><section>\n"
        "<indicator id=\"i1\" measure=\"count\" comparator=\"at-least\" target=\"1.810\"><text>x</text></indicator>\n"
        "</section></document>\n</congdoan>\n";
    congdoan_corpus *c = baseline();
    int rc = congdoan_corpus_load_memory(c, BUF(xml), "ok", NULL);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    const congdoan_document *d = congdoan_corpus_document_by_id(c, "ok.doc");
    ck_assert_ptr_nonnull(d);
    ck_assert_str_eq(congdoan_document_title(d), "a < b & c");
    const congdoan_indicator *ind = congdoan_document_indicator_by_id(d, "i1");
    ck_assert_ptr_nonnull(ind);
    ck_assert_double_eq_tol(congdoan_indicator_target(ind), 1.81, 1e-9);
    test_drop_corpus(c);
}
END_TEST

/* ---- duplicates across loads ---------------------------------------------------------------- */

START_TEST(duplicate_across_loads)
{
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", hostile("duplicate-a.xml.hostile"));
    snprintf(b, sizeof b, "%s", hostile("duplicate-b.xml.hostile"));
    congdoan_corpus *c = baseline();
    ck_assert_int_eq(congdoan_corpus_load_file(c, a, NULL), 0);
    const congdoan_unit *first = congdoan_corpus_unit_by_id(c, "hostile.dup");
    ck_assert_ptr_nonnull(first);
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    congdoan_error_clear();
    int rc = congdoan_corpus_load_file(c, b, issues);
    expectation e = EX(5, "hostile.dup");
    check_failure(rc, issues, b, &e, "duplicate-b.xml.hostile");
    assert_unchanged(c, &before, "duplicate-b.xml.hostile");
    static const char *const absent[] = {"hostile.dup.other", "hostile.dup.doc-b", NULL};
    assert_absent(c, absent, "duplicate-b.xml.hostile");
    ck_assert_ptr_eq(congdoan_corpus_unit_by_id(c, "hostile.dup"), first);
    ck_assert_str_eq(congdoan_unit_name(first), "First definition");
    ck_assert_ptr_nonnull(congdoan_corpus_document_by_id(c, "hostile.dup.doc-a"));

    /* the same file twice: every id of the second load is a duplicate */
    before = take(c);
    rc = congdoan_corpus_load_file(c, a, NULL);
    ck_assert_int_eq(rc, CONGDOAN_EEXISTS);
    assert_unchanged(c, &before, "duplicate-a.xml.hostile twice");
    /* a fixture loaded twice */
    rc = congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL);
    ck_assert_int_eq(rc, CONGDOAN_EEXISTS);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EEXISTS);
    ck_assert_int_gt(congdoan_error_last_line(), 0);
    assert_unchanged(c, &before, "units-tld.xml twice");
    assert_still_loads(c, "duplicates");
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* Two loads of the same good input into two corpora are independent. */
START_TEST(duplicate_ids_in_separate_corpora)
{
    congdoan_corpus *c1 = baseline(), *c2 = baseline();
    ck_assert_int_eq(congdoan_corpus_load_file(c1, hostile("duplicate-a.xml.hostile"), NULL), 0);
    ck_assert_int_eq(congdoan_corpus_load_file(c2, hostile("duplicate-a.xml.hostile"), NULL), 0);
    test_drop_corpus(c1);
    test_drop_corpus(c2);
}
END_TEST

/* ---- a folder with one bad file: nothing of any file is added ------------------------------------ */

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(text, 1, strlen(text), f), strlen(text));
    ck_assert_int_eq(fclose(f), 0);
}

START_TEST(folder_with_a_bad_file)
{
    char dir[64], sub[128], p1[160], p2[160], p3[160];
    snprintf(dir, sizeof dir, "/tmp/congdoan-hostile-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    remember(dir);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    remember(sub);
    snprintf(p1, sizeof p1, "%s/a.xml", dir);
    snprintf(p2, sizeof p2, "%s/b.xml", dir);
    snprintf(p3, sizeof p3, "%s/c.xml", sub);
    remember(p1);
    remember(p2);
    remember(p3);
    write_file(p1, CD "<unit id=\"dir.a\" level=\"provincial\" name=\"A\" parent=\"tld\"/>\n</congdoan>\n");
    write_file(p2, CD "<unit id=\"dir.b\" level=\"provincial\" name=\"B\" parent=\"tld\">\n<oops/>\n</unit>\n</congdoan>\n");
    write_file(p3, CD "<document id=\"dir.c\" kind=\"plan\"/>\n</congdoan>\n");

    congdoan_corpus *c = baseline();
    const congdoan_unit *tld = congdoan_corpus_unit_by_id(c, "tld");
    size_t tld_children = congdoan_unit_child_count(tld);
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    congdoan_error_clear();
    int rc = congdoan_corpus_load_path(c, dir, issues);
    expectation e = ES("schema-unknown-element", 3, "oops");
    check_failure(rc, issues, p2, &e, "folder");
    assert_unchanged(c, &before, "folder");
    static const char *const absent[] = {"dir.a", "dir.b", "dir.c", NULL};
    assert_absent(c, absent, "folder");
    ck_assert_uint_eq(congdoan_unit_child_count(tld), tld_children);

    /* without the bad file, all of it loads, and the hierarchy takes the new units in */
    ck_assert_int_eq(unlink(p2), 0);
    rc = congdoan_corpus_load_path(c, dir, NULL);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "dir.a"));
    ck_assert_ptr_nonnull(congdoan_corpus_document_by_id(c, "dir.c"));
    ck_assert_uint_eq(congdoan_unit_child_count(tld), tld_children + 1);
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* ---- paths that are not regular files ---------------------------------------------------------- */

/* A FIFO opened the usual way blocks until something writes to it: every way in that takes a
 * path must refuse it at once (the alarm ends a hang as a failure instead of a CI timeout). */
START_TEST(fifo_refused_at_once)
{
    char dir[64], fifo[128], good[128], named[256];
    snprintf(dir, sizeof dir, "/tmp/congdoan-fifo-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    remember(dir);
    snprintf(fifo, sizeof fifo, "%s/f.xml", dir);
    snprintf(good, sizeof good, "%s/g.xml", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    remember(fifo);
    remember(good);
    write_file(good, CD "<unit id=\"fifo.g\" level=\"provincial\" name=\"G\" parent=\"tld\"/>\n</congdoan>\n");
    alarm(20);

    congdoan_corpus *c = baseline();
    snapshot before = take(c);
    congdoan_issues *issues = test_new_issues();
    int rc = congdoan_corpus_load_file(c, fifo, issues);
    ck_assert_int_eq(rc, CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_file(), fifo);
    snprintf(named, sizeof named, "cannot open %s: it is a FIFO (named pipe), not a regular file", fifo);
    ck_assert_str_eq(congdoan_error_last_message(), named);
    ck_assert_uint_eq(test_issues_with_tag(issues, "io-error"), 1);
    assert_unchanged(c, &before, "fifo");

    /* the same through load_path, and with no issue list */
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_corpus_load_path(c, fifo, NULL), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_message(), named);

    /* the schema validation of a file (its issue is the same as the loader's: not repeated) */
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_schema_validate_file(fifo, issues), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_message(), named);
    ck_assert_uint_eq(test_issues_with_tag(issues, "io-error"), 1);

    /* a folder walk passes over a FIFO whose name ends in .xml and loads the rest */
    rc = congdoan_corpus_load_path(c, dir, NULL);
    ck_assert_msg(rc == 0, "returned %d: %s", rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "fifo.g"));

    /* a device is refused the same way (/dev/zero would never end) */
    ck_assert_int_eq(congdoan_corpus_load_file(c, "/dev/zero", NULL), CONGDOAN_EIO);
    ck_assert_str_eq(congdoan_error_last_message(), "cannot open /dev/zero: it is a device, not a regular file");
    ck_assert_int_eq(congdoan_schema_validate_file("/dev/zero", issues), CONGDOAN_EIO);
    alarm(0);
    test_drop_issues(issues);
    test_drop_corpus(c);
}
END_TEST

/* ---- silence ----------------------------------------------------------------------------------- */

/* Nothing reaches stderr, whatever the input: fd 2 goes to a file around every refused load. */
START_TEST(nothing_on_stderr)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/congdoan-stderr-XXXXXX");
    int tmp = mkstemp(path);
    ck_assert_int_ge(tmp, 0);
    remember(path);
    congdoan_corpus *c = baseline();
    fflush(stderr);
    int saved = dup(2);
    ck_assert_int_ge(saved, 0);
    ck_assert_int_eq(dup2(tmp, 2), 2);

    for (size_t i = 0; i < N_BAD; i++) {
        congdoan_issues *issues = NULL;
        congdoan_issues_new(&issues);
        congdoan_corpus_load_memory(c, bad_cases[i].data, bad_cases[i].size, bad_cases[i].label, issues);
        congdoan_corpus_load_memory(c, bad_cases[i].data, bad_cases[i].size, bad_cases[i].label, NULL);
        test_drop_issues(issues);
    }
    for (size_t i = 0; i < N_FILES; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s", hostile(bad_files[i].name));
        congdoan_corpus_load_file(c, p, NULL);
    }
    congdoan_corpus_load_file(c, hostile("external-dtd.xml.hostile"), NULL);
    congdoan_corpus_load_file(c, hostile("no-such-file.xml"), NULL);
    congdoan_corpus_load_path(c, test_data_path("hostile"), NULL);
    /* a validation pass over the hostile files too: same protections, same silence */
    for (size_t i = 0; i < N_FILES; i++) {
        congdoan_issues *issues = NULL;
        congdoan_issues_new(&issues);
        congdoan_schema_validate_file(hostile(bad_files[i].name), issues);
        test_drop_issues(issues);
    }

    fflush(stderr);
    ck_assert_int_eq(dup2(saved, 2), 2);
    close(saved);
    struct stat sb;
    ck_assert_int_eq(fstat(tmp, &sb), 0);
    char head[512] = "";
    if (sb.st_size > 0) {
        ssize_t n = pread(tmp, head, sizeof head - 1, 0);
        head[n > 0 ? n : 0] = '\0';
    }
    close(tmp);
    unlink(path);
    ck_assert_msg(sb.st_size == 0, "the library wrote %lld bytes to stderr: \"%s\"", (long long)sb.st_size, head);
    test_drop_corpus(c);
}
END_TEST

/* The arguments are checked before anything happens. */
START_TEST(bad_arguments)
{
    congdoan_corpus *c = baseline();
    snapshot before = take(c);
    ck_assert_int_eq(congdoan_corpus_load_memory(NULL, BUF(CD "</congdoan>"), "x", NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, NULL, 10, "x", NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_file(c, NULL, NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_file(NULL, test_data_path("units-tld.xml"), NULL), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan_corpus_load_path(c, NULL, NULL), CONGDOAN_EINVAL);
    congdoan_error_clear();
    ck_assert_int_eq(congdoan_corpus_load_file(c, hostile("no-such-file.xml"), NULL), CONGDOAN_EIO);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_EIO);
    ck_assert_msg(congdoan_error_last_message()[0] != '\0', "no message");
    ck_assert_int_eq(congdoan_corpus_load_file(c, test_data_path("hostile"), NULL), CONGDOAN_EIO); /* a folder */
    assert_unchanged(c, &before, "bad arguments");
    assert_still_loads(c, "bad arguments");
    test_drop_corpus(c);
}
END_TEST

static Suite *hostile_suite(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("refused");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, refused_buffer, 0, (int)N_BAD);
    tcase_add_loop_test(tc, refused_file, 0, (int)N_FILES);
    tcase_add_test(tc, duplicate_across_loads);
    tcase_add_test(tc, folder_with_a_bad_file);
    tcase_add_test(tc, bad_arguments);
    tcase_add_test(tc, fifo_refused_at_once);
    suite_add_tcase(s, tc);

    tc = tcase_create("external");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, xxe_never_read);
    tcase_add_test(tc, external_dtd_not_fetched);
    tcase_add_test(tc, xinclude_not_processed);
    tcase_add_test(tc, external_dtd_literal_with_bracket);
    tcase_add_test(tc, internal_subset_after_a_long_prolog);
    suite_add_tcase(s, tc);

    tc = tcase_create("accepted");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, foreign_namespace_skipped);
    tcase_add_test(tc, foreign_element_inside_text);
    tcase_add_test(tc, legitimate_oddities_load);
    tcase_add_test(tc, duplicate_ids_in_separate_corpora);
    suite_add_tcase(s, tc);

    tc = tcase_create("silence");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, nothing_on_stderr);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(hostile_suite());
}
