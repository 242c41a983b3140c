/* Round trips through the writer (congdoan/writer.h):
 *  - every XML file of tests/data (but hostile/ and expected/) and of examples/data, each alone
 *    and each folder loaded together (they refer to each other): read -> write -> read -> write,
 *    the two writes byte-identical, the two models equal (every accessor of every unit, document,
 *    section item, task, indicator and report), the written XML valid against the schema, every
 *    text in NFC; the same for every single document, report and the units written alone;
 *  - decomposed input (combining marks): the output is NFC and equal to that of precomposed input;
 *  - a property test: random models (hundreds of units over the four levels, documents with
 *    sections nested up to 8 deep mixing paragraphs, tasks and indicators, Vietnamese text with
 *    precomposed and decomposed diacritics), written, read, compared, written again.
 *    Seeds come from a PRNG of this file (deterministic); the seed is printed on failure.
 *    CONGDOAN_PROPERTY_SEEDS=N runs N seeds instead of the default. */
#include "test-common.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if __has_include("congdoan/edit.h")
#include "congdoan/edit.h"
#define HAVE_EDIT 1
#else
#define HAVE_EDIT 0
#endif

/* ---- buffers ---------------------------------------------------------------------------------- */


/* What is being checked, for failure messages ("examples/data", "seed 17" …). */
static char context[600];

/* The first difference found. Comparisons record it and go on, so that the test can release
 * what it holds before failing (no leak reports under valgrind with CK_FORK=no). */
static char failure[4096];

static void note_failure(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note_failure(const char *fmt, ...)
{
    if (failure[0])
        return;
    int n = snprintf(failure, sizeof failure, "%s: ", context);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(failure + n, sizeof failure - (size_t)n, fmt, ap);
    va_end(ap);
}

/* Fail the test with the first difference found, if any (call after releasing everything). */
static void assert_no_failure(void)
{
    if (!failure[0])
        return;
    static char copy[sizeof failure];
    memcpy(copy, failure, sizeof failure);
    failure[0] = '\0';
    ck_abort_msg("%s", copy);
}

static void clear_failure(void)
{
    failure[0] = '\0';
}

/* ---- writing and reading ------------------------------------------------------------------- */

static void print_issues(const congdoan_issues *issues)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        fprintf(stderr, "  %s:%ld:%ld: %s: %s\n", congdoan_issue_file(is), congdoan_issue_line(is),
                congdoan_issue_column(is), congdoan_issue_tag(is), congdoan_issue_message(is));
    }
}

static congdoan_corpus *load_text(const char *xml, size_t len)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_corpus_load_memory(c, xml, len, "<written>", issues);
    if (rc != 0) {
        print_issues(issues);
        long line = congdoan_error_last_line();
        const char *p = xml;
        for (long l = 1; l < line - 2 && p; l++) {
            p = memchr(p, '\n', len - (size_t)(p - xml));
            if (p)
                p++;
        }
        fprintf(stderr, "---- around line %ld:\n%.600s\n----\n", line, p ? p : xml);
    }
    ck_assert_msg(rc == 0, "%s: reading what was written failed: %s (line %ld)", context, congdoan_error_last_message(),
                  congdoan_error_last_line());
    congdoan_issues_free(issues);
    return c;
}

enum { W_CORPUS, W_UNITS, W_DOCUMENT, W_REPORT };

static char *write_xml(int kind, const congdoan_corpus *c, const void *obj, size_t *len)
{
    congdoan_output *o = NULL;
    ck_assert_int_eq(congdoan_output_new_memory(&o), 0);
    int rc;
    switch (kind) {
    case W_CORPUS: rc = congdoan_write_corpus(c, CONGDOAN_WRITE_ALL, o); break;
    case W_UNITS: rc = congdoan_write_units(c, obj, o); break;
    case W_DOCUMENT: rc = congdoan_write_document(obj, o); break;
    default: rc = congdoan_write_report(obj, o); break;
    }
    ck_assert_msg(rc == 0, "%s: write: %d %s", context, rc, congdoan_error_last_message());
    return test_output_copy(o, len);
}

static void assert_same_bytes(const char *what, const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen == blen && memcmp(a, b, alen) == 0)
        return;
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
    note_failure("%s: differs at line %zu\n  first:  %.*s\n  second: %.*s", what, line, la > 400 ? 400 : la, a + start,
         lb > 400 ? 400 : lb, b + start);
}

/* The text is in NFC (congdoan_text_normalize gives it back unchanged). */
static void assert_nfc(const char *what, const char *s)
{
    char *n = NULL;
    int rc = congdoan_text_normalize(s, &n);
    ck_assert_msg(rc == 0, "%s: %s: normalising failed (%d)", context, what, rc);
    if (strcmp(n, s) != 0) {
        size_t i = 0;
        while (n[i] == s[i])
            i++;
        size_t from = i > 40 ? i - 40 : 0;
        note_failure("%s is not in NFC at byte %zu: \"%.80s\"", what, i, s + from);
    }
    congdoan_free(n);
}

static void assert_valid(const char *xml, size_t len)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/congdoan-roundtrip-XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, xml, len), (ssize_t)len);
    close(fd);
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    int rc = congdoan_schema_validate_file(path, issues);
    if (rc)
        print_issues(issues);
    unlink(path);
    congdoan_issues_free(issues);
    if (rc != 0)
        note_failure("the written XML is not valid against the schema: %s", congdoan_error_last_message());
}

/* ---- model equality ------------------------------------------------------------------------ */

/* Comparison state: where we are (for messages), and whether references are compared by what
 * they resolve to (both corpora hold the same objects) or only as written (a part written
 * alone). Every string compared is also checked to be NFC. */
typedef struct cmp {
    char where[400];
    int resolve;
    size_t checks;
} cmp;

static void at(cmp *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void at(cmp *k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(k->where, sizeof k->where, fmt, ap);
    va_end(ap);
}

static void eq_str(cmp *k, const char *what, const char *a, const char *b)
{
    k->checks++;
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
        note_failure("%s: %s: \"%s\" != \"%s\"", k->where, what, a ? a : "(null)", b ? b : "(null)");
    if (a) {
        char label[512];
        snprintf(label, sizeof label, "%s: %s", k->where, what);
        assert_nfc(label, a);
    }
}

static void eq_long(cmp *k, const char *what, long a, long b)
{
    k->checks++;
    if (a != b)
        note_failure("%s: %s: %ld != %ld", k->where, what, a, b);
}

static void eq_double(cmp *k, const char *what, double a, double b)
{
    k->checks++;
    if (!(a == b))
        note_failure("%s: %s: %.17g != %.17g", k->where, what, a, b);
}

static const char *unit_id_or_null(const congdoan_unit *u)
{
    return u ? congdoan_unit_id(u) : NULL;
}

static const char *doc_id_or_null(const congdoan_document *d)
{
    return d ? congdoan_document_id(d) : NULL;
}

static void eq_unit_ref(cmp *k, const char *what, const congdoan_unit *a, const congdoan_unit *b)
{
    if (k->resolve)
        eq_str(k, what, unit_id_or_null(a), unit_id_or_null(b));
}

/* An optional number of either side: whether it is there, and its value. */
#define EQ_OPTIONAL(k, what, fn, a, b)                                                                              \
    do {                                                                                                            \
        double x_ = -1, y_ = -2;                                                                                    \
        eq_long(k, "has " what, fn(a, &x_), fn(b, &y_));                                                            \
        eq_double(k, what, x_, y_);                                                                                 \
    } while (0)

static void eq_source(cmp *k, const char *sa, const char *fa, int la, int ca, const char *sb, const char *fb, int lb,
                      int cb)
{
    eq_str(k, "source words", sa, sb);
    eq_str(k, "source file", fa, fb);
    eq_long(k, "source line", la, lb);
    eq_long(k, "source column", ca, cb);
}
#define EQ_SOURCE(k, fn, a, b)                                                                                      \
    do {                                                                                                            \
        const char *fa_, *fb_;                                                                                      \
        int la_, lb_, ca_, cb_;                                                                                     \
        const char *sa_ = fn(a, &fa_, &la_, &ca_), *sb_ = fn(b, &fb_, &lb_, &cb_);                                  \
        eq_source(k, sa_, fa_, la_, ca_, sb_, fb_, lb_, cb_);                                                       \
    } while (0)
/* the same for the i-th relation or recipient of documents a and b */
#define EQ_SOURCE_AT(k, fn, a, b, i)                                                                                \
    do {                                                                                                            \
        const char *fa_, *fb_;                                                                                      \
        int la_, lb_, ca_, cb_;                                                                                     \
        const char *sa_ = fn(a, i, &fa_, &la_, &ca_), *sb_ = fn(b, i, &fb_, &lb_, &cb_);                            \
        eq_source(k, sa_, fa_, la_, ca_, sb_, fb_, lb_, cb_);                                                       \
    } while (0)

static void compare_population(cmp *k, const congdoan_population *a, const congdoan_population *b)
{
    eq_long(k, "population", a != NULL, b != NULL);
    if (!a || !b)
        return;
    eq_str(k, "population text", congdoan_population_text(a), congdoan_population_text(b));
    eq_str(k, "population of", congdoan_population_of(a), congdoan_population_of(b));
    eq_str(k, "population measure", congdoan_population_measure(a), congdoan_population_measure(b));
    eq_long(k, "population comparator", congdoan_population_comparator(a), congdoan_population_comparator(b));
    EQ_OPTIONAL(k, "population value", congdoan_population_value, a, b);
}

static void compare_result(cmp *k, const congdoan_result *a, const congdoan_result *b)
{
    eq_str(k, "result id", congdoan_result_id(a), congdoan_result_id(b));
    eq_str(k, "result text", congdoan_result_text(a), congdoan_result_text(b));
    eq_long(k, "in a document", congdoan_result_document(a) != NULL, congdoan_result_document(b) != NULL);
    eq_long(k, "in a section", congdoan_result_section(a) != NULL, congdoan_result_section(b) != NULL);
    eq_long(k, "in a report", congdoan_result_report(a) != NULL, congdoan_result_report(b) != NULL);
    EQ_OPTIONAL(k, "value", congdoan_result_value, a, b);
    eq_long(k, "measure", congdoan_result_measure(a), congdoan_result_measure(b));
    eq_str(k, "unit of measure", congdoan_result_unit_of_measure(a), congdoan_result_unit_of_measure(b));
    eq_long(k, "comparator", congdoan_result_comparator(a), congdoan_result_comparator(b));
    eq_str(k, "period", congdoan_result_period(a), congdoan_result_period(b));
    eq_str(k, "period text", congdoan_result_period_text(a), congdoan_result_period_text(b));
    eq_long(k, "estimate", congdoan_result_is_estimate(a), congdoan_result_is_estimate(b));
    eq_long(k, "cumulative", congdoan_result_is_cumulative(a), congdoan_result_is_cumulative(b));
    EQ_OPTIONAL(k, "of", congdoan_result_of, a, b);
    EQ_OPTIONAL(k, "share", congdoan_result_share, a, b);
    EQ_OPTIONAL(k, "stated rate", congdoan_result_stated_rate, a, b);
    EQ_OPTIONAL(k, "over target", congdoan_result_over_target, a, b);
    eq_long(k, "over-target comparator", congdoan_result_over_target_comparator(a),
            congdoan_result_over_target_comparator(b));
    EQ_OPTIONAL(k, "score max", congdoan_result_score_max, a, b);
    eq_str(k, "currency", congdoan_result_currency(a), congdoan_result_currency(b));
    eq_str(k, "indicator document", congdoan_result_indicator_document_id(a), congdoan_result_indicator_document_id(b));
    eq_str(k, "indicator", congdoan_result_indicator_id(a), congdoan_result_indicator_id(b));
    eq_str(k, "unit", congdoan_result_unit_id(a), congdoan_result_unit_id(b));
    eq_str(k, "subject", congdoan_result_subject(a), congdoan_result_subject(b));
    eq_str(k, "part of", congdoan_result_part_of_id(a), congdoan_result_part_of_id(b));
    if (k->resolve) {
        const congdoan_result *pa = congdoan_result_part_of(a), *pb = congdoan_result_part_of(b);
        eq_str(k, "part of, resolved", pa ? congdoan_result_id(pa) : NULL, pb ? congdoan_result_id(pb) : NULL);
        EQ_OPTIONAL(k, "computed rate", congdoan_result_computed_rate, a, b);
    }
    eq_long(k, "populations", (long)congdoan_result_population_count(a), (long)congdoan_result_population_count(b));
    for (size_t i = 0; i < congdoan_result_population_count(a); i++)
        compare_population(k, congdoan_result_population(a, i), congdoan_result_population(b, i));
    EQ_SOURCE(k, congdoan_result_source, a, b);
}

static void compare_unit(cmp *k, const congdoan_unit *a, const congdoan_unit *b)
{
    at(k, "unit %s", congdoan_unit_id(a));
    eq_str(k, "id", congdoan_unit_id(a), congdoan_unit_id(b));
    eq_str(k, "name", congdoan_unit_name(a), congdoan_unit_name(b));
    eq_str(k, "short name", congdoan_unit_short_name(a), congdoan_unit_short_name(b));
    eq_long(k, "kind", congdoan_unit_get_kind(a), congdoan_unit_get_kind(b));
    eq_long(k, "level", congdoan_unit_level(a), congdoan_unit_level(b));
    eq_long(k, "sector", congdoan_unit_sector(a), congdoan_unit_sector(b));
    eq_long(k, "body kind", congdoan_unit_body_kind(a), congdoan_unit_body_kind(b));
    eq_str(k, "parent id", congdoan_unit_parent_id(a), congdoan_unit_parent_id(b));
    eq_unit_ref(k, "parent", congdoan_unit_parent(a), congdoan_unit_parent(b));
    eq_long(k, "members", congdoan_unit_members(a), congdoan_unit_members(b));
    eq_long(k, "workers", congdoan_unit_workers(a), congdoan_unit_workers(b));
    eq_long(k, "declared upper-grassroots", congdoan_unit_declared_upper_grassroots_units(a),
            congdoan_unit_declared_upper_grassroots_units(b));
    eq_long(k, "declared grassroots", congdoan_unit_declared_grassroots_units(a), congdoan_unit_declared_grassroots_units(b));
    eq_long(k, "departments", (long)congdoan_unit_department_count(a), (long)congdoan_unit_department_count(b));
    for (size_t i = 0; i < congdoan_unit_department_count(a); i++)
        eq_str(k, "department", congdoan_unit_id(congdoan_unit_department(a, i)), congdoan_unit_id(congdoan_unit_department(b, i)));
    eq_long(k, "classifications", (long)congdoan_unit_classification_count(a), (long)congdoan_unit_classification_count(b));
    for (size_t i = 0; i < congdoan_unit_classification_count(a); i++) {
        eq_long(k, "classification year", congdoan_unit_classification_year(a, i), congdoan_unit_classification_year(b, i));
        eq_long(k, "classification grade", congdoan_unit_classification_grade(a, i), congdoan_unit_classification_grade(b, i));
        int y = congdoan_unit_classification_year(a, i);
        eq_long(k, "classification of the year", congdoan_unit_classification(a, y), congdoan_unit_classification(b, y));
    }
    eq_long(k, "organisation kind", congdoan_unit_org_kind(a), congdoan_unit_org_kind(b));
    eq_long(k, "group kind", congdoan_unit_group_kind(a), congdoan_unit_group_kind(b));
    eq_long(k, "group members", (long)congdoan_unit_member_count(a), (long)congdoan_unit_member_count(b));
    for (size_t i = 0; i < congdoan_unit_member_count(a); i++) {
        eq_str(k, "member", congdoan_unit_member_id(a, i), congdoan_unit_member_id(b, i));
        eq_unit_ref(k, "member, resolved", congdoan_unit_member(a, i), congdoan_unit_member(b, i));
    }
    if (k->resolve) {
        eq_long(k, "children", (long)congdoan_unit_child_count(a), (long)congdoan_unit_child_count(b));
        for (size_t i = 0; i < congdoan_unit_child_count(a); i++)
            eq_str(k, "child", congdoan_unit_id(congdoan_unit_child(a, i)), congdoan_unit_id(congdoan_unit_child(b, i)));
    }
}

static void compare_task(cmp *k, const congdoan_task *a, const congdoan_task *b)
{
    at(k, "document %s, task %s", congdoan_document_id(congdoan_task_document(a)), congdoan_task_id(a));
    eq_str(k, "id", congdoan_task_id(a), congdoan_task_id(b));
    eq_str(k, "text", congdoan_task_text(a), congdoan_task_text(b));
    eq_str(k, "document", congdoan_document_id(congdoan_task_document(a)), congdoan_document_id(congdoan_task_document(b)));
    eq_long(k, "in a section", congdoan_task_section(a) != NULL, congdoan_task_section(b) != NULL);
    eq_str(k, "lead id", congdoan_task_lead_id(a), congdoan_task_lead_id(b));
    eq_unit_ref(k, "lead", congdoan_task_lead(a), congdoan_task_lead(b));
    eq_long(k, "coordinators", (long)congdoan_task_coordinator_count(a), (long)congdoan_task_coordinator_count(b));
    for (size_t i = 0; i < congdoan_task_coordinator_count(a); i++) {
        eq_str(k, "coordinator id", congdoan_task_coordinator_id(a, i), congdoan_task_coordinator_id(b, i));
        eq_str(k, "coordinator text", congdoan_task_coordinator_text(a, i), congdoan_task_coordinator_text(b, i));
        eq_unit_ref(k, "coordinator", congdoan_task_coordinator(a, i), congdoan_task_coordinator(b, i));
    }
    eq_long(k, "due kind", congdoan_task_due_kind(a), congdoan_task_due_kind(b));
    eq_str(k, "due code", congdoan_task_due_code(a), congdoan_task_due_code(b));
    eq_str(k, "due text", congdoan_task_due_text(a), congdoan_task_due_text(b));
    eq_long(k, "due period kind", congdoan_task_due_period_kind(a), congdoan_task_due_period_kind(b));
    eq_long(k, "due date", congdoan_task_due_date(a), congdoan_task_due_date(b));
    eq_long(k, "due recurrence day", congdoan_task_due_recurrence_day(a), congdoan_task_due_recurrence_day(b));
    eq_str(k, "lead text", congdoan_task_lead_text(a), congdoan_task_lead_text(b));
    eq_long(k, "lead level", congdoan_task_lead_level(a), congdoan_task_lead_level(b));
    eq_long(k, "lead kinds", congdoan_task_lead_kinds(a), congdoan_task_lead_kinds(b));
    eq_long(k, "lead sectors", congdoan_task_lead_sectors(a), congdoan_task_lead_sectors(b));
    for (size_t i = 0; i < congdoan_task_coordinator_count(a); i++) {
        eq_long(k, "coordinator level", congdoan_task_coordinator_level(a, i), congdoan_task_coordinator_level(b, i));
        eq_long(k, "coordinator kinds", congdoan_task_coordinator_kinds(a, i), congdoan_task_coordinator_kinds(b, i));
        eq_long(k, "coordinator sectors", congdoan_task_coordinator_sectors(a, i), congdoan_task_coordinator_sectors(b, i));
    }
    eq_long(k, "milestones", (long)congdoan_task_milestone_count(a), (long)congdoan_task_milestone_count(b));
    for (size_t i = 0; i < congdoan_task_milestone_count(a); i++) {
        eq_str(k, "milestone text", congdoan_task_milestone_text(a, i), congdoan_task_milestone_text(b, i));
        eq_str(k, "milestone due", congdoan_task_milestone_due_code(a, i), congdoan_task_milestone_due_code(b, i));
        eq_str(k, "milestone due text", congdoan_task_milestone_due_text(a, i), congdoan_task_milestone_due_text(b, i));
        eq_long(k, "milestone due date", congdoan_task_milestone_due_at(a, i, 20990101),
                congdoan_task_milestone_due_at(b, i, 20990101));
    }
    EQ_SOURCE(k, congdoan_task_source, a, b);
}

static void compare_indicator(cmp *k, const congdoan_indicator *a, const congdoan_indicator *b)
{
    at(k, "document %s, indicator %s", congdoan_document_id(congdoan_indicator_document(a)), congdoan_indicator_id(a));
    eq_str(k, "id", congdoan_indicator_id(a), congdoan_indicator_id(b));
    eq_str(k, "text", congdoan_indicator_text(a), congdoan_indicator_text(b));
    eq_long(k, "in a section", congdoan_indicator_section(a) != NULL, congdoan_indicator_section(b) != NULL);
    eq_long(k, "measure", congdoan_indicator_measure(a), congdoan_indicator_measure(b));
    eq_long(k, "comparator", congdoan_indicator_comparator(a), congdoan_indicator_comparator(b));
    eq_double(k, "target", congdoan_indicator_target(a), congdoan_indicator_target(b));
    double x = -1, y = -2;
    eq_long(k, "has target-max", congdoan_indicator_target_max(a, &x), congdoan_indicator_target_max(b, &y));
    eq_double(k, "target-max", x, y);
    x = -1, y = -2;
    eq_long(k, "has baseline", congdoan_indicator_baseline(a, &x), congdoan_indicator_baseline(b, &y));
    eq_double(k, "baseline", x, y);
    eq_str(k, "period", congdoan_indicator_period(a), congdoan_indicator_period(b));
    eq_str(k, "owner id", congdoan_indicator_owner_id(a), congdoan_indicator_owner_id(b));
    eq_unit_ref(k, "owner", congdoan_indicator_owner(a), congdoan_indicator_owner(b));
    eq_long(k, "scope level", congdoan_indicator_scope_level(a), congdoan_indicator_scope_level(b));
    eq_long(k, "scope sectors", congdoan_indicator_scope_sectors(a), congdoan_indicator_scope_sectors(b));
    eq_long(k, "condition grade", congdoan_indicator_condition_grade(a), congdoan_indicator_condition_grade(b));
    eq_str(k, "unit of measure", congdoan_indicator_unit_of_measure(a), congdoan_indicator_unit_of_measure(b));
    eq_str(k, "refines document", congdoan_indicator_refines_document_id(a), congdoan_indicator_refines_document_id(b));
    eq_str(k, "refines indicator", congdoan_indicator_refines_indicator_id(a), congdoan_indicator_refines_indicator_id(b));
    eq_long(k, "direction", congdoan_indicator_direction(a), congdoan_indicator_direction(b));
    EQ_OPTIONAL(k, "score max", congdoan_indicator_score_max, a, b);
    eq_str(k, "currency", congdoan_indicator_currency(a), congdoan_indicator_currency(b));
    eq_str(k, "period text", congdoan_indicator_period_text(a), congdoan_indicator_period_text(b));
    eq_str(k, "by", congdoan_indicator_by(a), congdoan_indicator_by(b));
    eq_long(k, "by date", congdoan_indicator_by_date(a), congdoan_indicator_by_date(b));
    eq_str(k, "subject", congdoan_indicator_subject(a), congdoan_indicator_subject(b));
    eq_str(k, "part of", congdoan_indicator_part_of_id(a), congdoan_indicator_part_of_id(b));
    eq_long(k, "populations", (long)congdoan_indicator_population_count(a), (long)congdoan_indicator_population_count(b));
    for (size_t i = 0; i < congdoan_indicator_population_count(a); i++)
        compare_population(k, congdoan_indicator_population(a, i), congdoan_indicator_population(b, i));
    EQ_SOURCE(k, congdoan_indicator_source, a, b);
    if (k->resolve) {
        const congdoan_indicator *ra = congdoan_indicator_refines(a), *rb = congdoan_indicator_refines(b);
        eq_long(k, "refines resolved", ra != NULL, rb != NULL);
        if (ra && rb) {
            eq_str(k, "refined", congdoan_indicator_id(ra), congdoan_indicator_id(rb));
            eq_str(k, "refined document", congdoan_document_id(congdoan_indicator_document(ra)),
                   congdoan_document_id(congdoan_indicator_document(rb)));
        }
    }
}

static void compare_section(cmp *k, const char *doc_id, const char *path, const congdoan_section *a,
                            const congdoan_section *b)
{
    at(k, "document %s, section %s", doc_id, path);
    eq_str(k, "id", congdoan_section_id(a), congdoan_section_id(b));
    eq_str(k, "number", congdoan_section_number(a), congdoan_section_number(b));
    eq_str(k, "title", congdoan_section_title(a), congdoan_section_title(b));
    EQ_SOURCE(k, congdoan_section_source, a, b);
    eq_long(k, "has a parent", congdoan_section_parent(a) != NULL, congdoan_section_parent(b) != NULL);
    eq_str(k, "document", congdoan_document_id(congdoan_section_document(a)), congdoan_document_id(congdoan_section_document(b)));
    eq_long(k, "items", (long)congdoan_section_item_count(a), (long)congdoan_section_item_count(b));
    for (size_t i = 0; i < congdoan_section_item_count(a); i++) {
        at(k, "document %s, section %s, item %zu", doc_id, path, i);
        eq_long(k, "item kind", congdoan_section_item_kind(a, i), congdoan_section_item_kind(b, i));
        switch (congdoan_section_item_kind(a, i)) {
        case CONGDOAN_ITEM_PARAGRAPH:
            eq_str(k, "paragraph", congdoan_section_item_text(a, i), congdoan_section_item_text(b, i));
            break;
        case CONGDOAN_ITEM_SECTION: {
            char sub[300];
            snprintf(sub, sizeof sub, "%s/%zu", path, i);
            compare_section(k, doc_id, sub, congdoan_section_item_section(a, i), congdoan_section_item_section(b, i));
            break;
        }
        case CONGDOAN_ITEM_TASK:
            compare_task(k, congdoan_section_item_task(a, i), congdoan_section_item_task(b, i));
            break;
        case CONGDOAN_ITEM_INDICATOR:
            compare_indicator(k, congdoan_section_item_indicator(a, i), congdoan_section_item_indicator(b, i));
            break;
        case CONGDOAN_ITEM_RESULT:
            compare_result(k, congdoan_section_item_result(a, i), congdoan_section_item_result(b, i));
            break;
        default:
            note_failure("%s: unknown item kind", k->where);
        }
    }
}

static void compare_document(cmp *k, const congdoan_document *a, const congdoan_document *b)
{
    const char *id = congdoan_document_id(a);
    at(k, "document %s", id);
    eq_str(k, "id", id, congdoan_document_id(b));
    eq_long(k, "kind", congdoan_document_get_kind(a), congdoan_document_get_kind(b));
    eq_str(k, "number", congdoan_document_number(a), congdoan_document_number(b));
    eq_str(k, "title", congdoan_document_title(a), congdoan_document_title(b));
    eq_str(k, "issuer id", congdoan_document_issuer_id(a), congdoan_document_issuer_id(b));
    eq_unit_ref(k, "issuer", congdoan_document_issuer(a), congdoan_document_issuer(b));
    eq_str(k, "issuing body id", congdoan_document_issuing_body_id(a), congdoan_document_issuing_body_id(b));
    eq_unit_ref(k, "issuing body", congdoan_document_issuing_body(a), congdoan_document_issuing_body(b));
    eq_long(k, "issued", congdoan_document_issued(a), congdoan_document_issued(b));
    eq_long(k, "effective", congdoan_document_effective(a), congdoan_document_effective(b));
    eq_str(k, "place", congdoan_document_place(a), congdoan_document_place(b));
    eq_str(k, "field", congdoan_document_field(a), congdoan_document_field(b));
    eq_str(k, "issuer text", congdoan_document_issuer_text(a), congdoan_document_issuer_text(b));
    eq_str(k, "author", congdoan_document_author(a), congdoan_document_author(b));
    eq_long(k, "published", congdoan_document_published(a), congdoan_document_published(b));
    eq_str(k, "reporting via", congdoan_document_reporting_via_id(a), congdoan_document_reporting_via_id(b));
    EQ_SOURCE(k, congdoan_document_source, a, b);
    eq_str(k, "signer", congdoan_document_signer_name(a), congdoan_document_signer_name(b));
    eq_str(k, "signer position", congdoan_document_signer_position(a), congdoan_document_signer_position(b));
    eq_str(k, "signer capacity", congdoan_document_signer_capacity(a), congdoan_document_signer_capacity(b));
    EQ_SOURCE(k, congdoan_document_signer_source, a, b);
    eq_long(k, "relations", (long)congdoan_document_relation_count(a), (long)congdoan_document_relation_count(b));
    for (size_t i = 0; i < congdoan_document_relation_count(a); i++) {
        at(k, "document %s, relation %zu", id, i);
        eq_long(k, "type", congdoan_document_relation_type(a, i), congdoan_document_relation_type(b, i));
        eq_str(k, "target id", congdoan_document_relation_target_id(a, i), congdoan_document_relation_target_id(b, i));
        eq_str(k, "number", congdoan_document_relation_number(a, i), congdoan_document_relation_number(b, i));
        eq_long(k, "date", congdoan_document_relation_date(a, i), congdoan_document_relation_date(b, i));
        eq_str(k, "text", congdoan_document_relation_text(a, i), congdoan_document_relation_text(b, i));
        eq_str(k, "title", congdoan_document_relation_title(a, i), congdoan_document_relation_title(b, i));
        EQ_SOURCE_AT(k, congdoan_document_relation_source, a, b, i);
        if (k->resolve)
            eq_str(k, "target", doc_id_or_null(congdoan_document_relation_target(a, i)),
                   doc_id_or_null(congdoan_document_relation_target(b, i)));
    }
    at(k, "document %s", id);
    eq_long(k, "recipients", (long)congdoan_document_recipient_count(a), (long)congdoan_document_recipient_count(b));
    for (size_t i = 0; i < congdoan_document_recipient_count(a); i++) {
        eq_str(k, "recipient", congdoan_document_recipient_text(a, i), congdoan_document_recipient_text(b, i));
        eq_str(k, "recipient unit id", congdoan_document_recipient_unit_id(a, i), congdoan_document_recipient_unit_id(b, i));
        eq_unit_ref(k, "recipient unit", congdoan_document_recipient_unit(a, i), congdoan_document_recipient_unit(b, i));
        EQ_SOURCE_AT(k, congdoan_document_recipient_source, a, b, i);
    }
    eq_long(k, "has reporting", congdoan_document_has_reporting(a), congdoan_document_has_reporting(b));
    eq_unit_ref(k, "reporting to", congdoan_document_reporting_to(a), congdoan_document_reporting_to(b));
    eq_long(k, "reporting frequency", congdoan_document_reporting_frequency(a), congdoan_document_reporting_frequency(b));
    eq_long(k, "deadlines", (long)congdoan_document_deadline_count(a), (long)congdoan_document_deadline_count(b));
    for (size_t i = 0; i < congdoan_document_deadline_count(a); i++) {
        const char *p = congdoan_document_deadline_period(a, i);
        eq_str(k, "deadline period", p, congdoan_document_deadline_period(b, i));
        eq_long(k, "deadline date", congdoan_document_deadline_date(a, i), congdoan_document_deadline_date(b, i));
        eq_long(k, "deadline of the period", congdoan_document_deadline(a, p), congdoan_document_deadline(b, p));
    }
    eq_long(k, "reporters", (long)congdoan_document_reporter_count(a), (long)congdoan_document_reporter_count(b));
    for (size_t i = 0; i < congdoan_document_reporter_count(a); i++) {
        eq_str(k, "reporter id", congdoan_document_reporter_id(a, i), congdoan_document_reporter_id(b, i));
        eq_unit_ref(k, "reporter", congdoan_document_reporter(a, i), congdoan_document_reporter(b, i));
        eq_long(k, "reporter coverage", congdoan_document_reporter_coverage(a, i), congdoan_document_reporter_coverage(b, i));
        eq_long(k, "reporter indicators", (long)congdoan_document_reporter_indicator_count(a, i),
                (long)congdoan_document_reporter_indicator_count(b, i));
        for (size_t j = 0; j < congdoan_document_reporter_indicator_count(a, i); j++)
            eq_str(k, "reporter indicator", congdoan_document_reporter_indicator_id(a, i, j),
                   congdoan_document_reporter_indicator_id(b, i, j));
    }
    if (k->resolve) {
        eq_long(k, "incoming", (long)congdoan_document_incoming_count(a), (long)congdoan_document_incoming_count(b));
        for (size_t i = 0; i < congdoan_document_incoming_count(a); i++) {
            eq_str(k, "incoming document", doc_id_or_null(congdoan_document_incoming(a, i)),
                   doc_id_or_null(congdoan_document_incoming(b, i)));
            eq_long(k, "incoming type", congdoan_document_incoming_type(a, i), congdoan_document_incoming_type(b, i));
        }
    }
    eq_long(k, "sections", (long)congdoan_document_section_count(a), (long)congdoan_document_section_count(b));
    for (size_t i = 0; i < congdoan_document_section_count(a); i++) {
        char path[32];
        snprintf(path, sizeof path, "%zu", i);
        compare_section(k, id, path, congdoan_document_section(a, i), congdoan_document_section(b, i));
    }
    at(k, "document %s", id);
    eq_long(k, "tasks", (long)congdoan_document_task_count(a), (long)congdoan_document_task_count(b));
    for (size_t i = 0; i < congdoan_document_task_count(a); i++) {
        const congdoan_task *t = congdoan_document_task(a, i);
        eq_str(k, "task in document order", congdoan_task_id(t), congdoan_task_id(congdoan_document_task(b, i)));
        const congdoan_task *found = congdoan_document_task_by_id(b, congdoan_task_id(t));
        if (!found)
            note_failure("task %s not found by id", congdoan_task_id(t));
    }
    eq_long(k, "results", (long)congdoan_document_result_count(a), (long)congdoan_document_result_count(b));
    for (size_t i = 0; i < congdoan_document_result_count(a); i++) {
        const char *rid = congdoan_result_id(congdoan_document_result(a, i));
        eq_str(k, "result in document order", rid, congdoan_result_id(congdoan_document_result(b, i)));
        if (rid && !congdoan_document_result_by_id(b, rid))
            note_failure("result %s not found by id", rid);
    }
    eq_long(k, "indicators", (long)congdoan_document_indicator_count(a), (long)congdoan_document_indicator_count(b));
    for (size_t i = 0; i < congdoan_document_indicator_count(a); i++) {
        const congdoan_indicator *x = congdoan_document_indicator(a, i);
        eq_str(k, "indicator in document order", congdoan_indicator_id(x), congdoan_indicator_id(congdoan_document_indicator(b, i)));
        if (!congdoan_document_indicator_by_id(b, congdoan_indicator_id(x)))
            note_failure("indicator %s not found by id", congdoan_indicator_id(x));
    }
}

static void compare_report(cmp *k, const congdoan_report *a, const congdoan_report *b)
{
    const char *id = congdoan_report_id(a);
    at(k, "report %s", id);
    eq_str(k, "id", id, congdoan_report_id(b));
    eq_str(k, "unit id", congdoan_report_unit_id(a), congdoan_report_unit_id(b));
    eq_unit_ref(k, "unit", congdoan_report_unit(a), congdoan_report_unit(b));
    eq_str(k, "document id", congdoan_report_document_id(a), congdoan_report_document_id(b));
    if (k->resolve)
        eq_str(k, "document", doc_id_or_null(congdoan_report_document(a)), doc_id_or_null(congdoan_report_document(b)));
    eq_str(k, "period", congdoan_report_period(a), congdoan_report_period(b));
    eq_long(k, "submitted", congdoan_report_submitted(a), congdoan_report_submitted(b));
    eq_str(k, "note", congdoan_report_note(a), congdoan_report_note(b));
    eq_long(k, "values", (long)congdoan_report_value_count(a), (long)congdoan_report_value_count(b));
    for (size_t i = 0; i < congdoan_report_value_count(a); i++) {
        at(k, "report %s, value %zu", id, i);
        eq_str(k, "indicator id", congdoan_report_value_indicator_id(a, i), congdoan_report_value_indicator_id(b, i));
        if (k->resolve) {
            const congdoan_indicator *x = congdoan_report_value_indicator(a, i), *y = congdoan_report_value_indicator(b, i);
            eq_str(k, "indicator", x ? congdoan_indicator_id(x) : NULL, y ? congdoan_indicator_id(y) : NULL);
        }
        double va = -1, vb = -2, na = -1, nb = -2, da = -1, db = -2;
        eq_long(k, "has value", congdoan_report_value(a, i, &va), congdoan_report_value(b, i, &vb));
        eq_double(k, "value", va, vb);
        eq_long(k, "has fraction", congdoan_report_value_fraction(a, i, &na, &da), congdoan_report_value_fraction(b, i, &nb, &db));
        eq_double(k, "numerator", na, nb);
        eq_double(k, "denominator", da, db);
        eq_long(k, "coverage", congdoan_report_value_coverage(a, i), congdoan_report_value_coverage(b, i));
        eq_long(k, "empty", congdoan_report_value_is_empty(a, i), congdoan_report_value_is_empty(b, i));
    }
    at(k, "report %s", id);
    eq_long(k, "skeleton", congdoan_report_is_skeleton(a), congdoan_report_is_skeleton(b));
    eq_long(k, "results", (long)congdoan_report_result_count(a), (long)congdoan_report_result_count(b));
    for (size_t i = 0; i < congdoan_report_result_count(a); i++)
        compare_result(k, congdoan_report_result(a, i), congdoan_report_result(b, i));
    eq_long(k, "task statuses", (long)congdoan_report_task_status_count(a), (long)congdoan_report_task_status_count(b));
    for (size_t i = 0; i < congdoan_report_task_status_count(a); i++) {
        at(k, "report %s, task status %zu", id, i);
        eq_str(k, "task id", congdoan_report_task_status_task_id(a, i), congdoan_report_task_status_task_id(b, i));
        if (k->resolve) {
            const congdoan_task *x = congdoan_report_task_status_task(a, i), *y = congdoan_report_task_status_task(b, i);
            eq_str(k, "task", x ? congdoan_task_id(x) : NULL, y ? congdoan_task_id(y) : NULL);
        }
        eq_long(k, "status", congdoan_report_task_status(a, i), congdoan_report_task_status(b, i));
        eq_str(k, "note", congdoan_report_task_status_note(a, i), congdoan_report_task_status_note(b, i));
        eq_str(k, "unit", congdoan_report_task_status_unit_id(a, i), congdoan_report_task_status_unit_id(b, i));
        eq_long(k, "completed", congdoan_report_task_status_completed(a, i), congdoan_report_task_status_completed(b, i));
    }
}

/* The issues of congdoan_corpus_check(): same result, same tags in the same order. */
static void compare_checks(cmp *k, const congdoan_corpus *a, const congdoan_corpus *b)
{
    congdoan_issues *ia = NULL, *ib = NULL;
    ck_assert_int_eq(congdoan_issues_new(&ia), 0);
    ck_assert_int_eq(congdoan_issues_new(&ib), 0);
    at(k, "congdoan_corpus_check");
    eq_long(k, "result", congdoan_corpus_check(a, ia), congdoan_corpus_check(b, ib));
    eq_long(k, "issues", (long)congdoan_issues_count(ia), (long)congdoan_issues_count(ib));
    for (size_t i = 0; i < congdoan_issues_count(ia); i++) {
        k->checks++;
        const char *ta = congdoan_issue_tag(congdoan_issues_get(ia, i)), *tb = congdoan_issue_tag(congdoan_issues_get(ib, i));
        if (strcmp(ta, tb) != 0)
            note_failure("check issue %zu: %s != %s", i, ta, tb);
    }
    congdoan_issues_free(ia);
    congdoan_issues_free(ib);
}

/* Two corpora hold equal models. */
static size_t compare_corpus(const congdoan_corpus *a, const congdoan_corpus *b, int units, int documents, int reports,
                             int resolve)
{
    cmp k = {"corpus", resolve, 0};
    if (units) {
        eq_long(&k, "unit count", (long)congdoan_corpus_unit_count(a), (long)congdoan_corpus_unit_count(b));
        for (size_t i = 0; i < congdoan_corpus_unit_count(a); i++) {
            const congdoan_unit *u = congdoan_corpus_unit(a, i), *v = congdoan_corpus_unit(b, i);
            compare_unit(&k, u, v);
            if (congdoan_corpus_unit_by_id(b, congdoan_unit_id(u)) != v)
                note_failure("unit %s not found by id", congdoan_unit_id(u));
        }
        if (resolve) {
            at(&k, "roots");
            eq_long(&k, "root count", (long)congdoan_corpus_root_count(a), (long)congdoan_corpus_root_count(b));
            for (size_t i = 0; i < congdoan_corpus_root_count(a); i++)
                eq_str(&k, "root", congdoan_unit_id(congdoan_corpus_root(a, i)), congdoan_unit_id(congdoan_corpus_root(b, i)));
        }
    }
    if (documents) {
        at(&k, "corpus");
        eq_long(&k, "document count", (long)congdoan_corpus_document_count(a), (long)congdoan_corpus_document_count(b));
        for (size_t i = 0; i < congdoan_corpus_document_count(a); i++) {
            const congdoan_document *d = congdoan_corpus_document(a, i);
            compare_document(&k, d, congdoan_corpus_document(b, i));
            if (congdoan_document_number(d))
                eq_str(&k, "by number", doc_id_or_null(congdoan_corpus_document_by_number(a, congdoan_document_number(d))),
                       doc_id_or_null(congdoan_corpus_document_by_number(b, congdoan_document_number(d))));
        }
    }
    if (reports) {
        at(&k, "corpus");
        eq_long(&k, "report count", (long)congdoan_corpus_report_count(a), (long)congdoan_corpus_report_count(b));
        for (size_t i = 0; i < congdoan_corpus_report_count(a); i++)
            compare_report(&k, congdoan_corpus_report(a, i), congdoan_corpus_report(b, i));
    }
    if (units && documents && reports && resolve)
        compare_checks(&k, a, b);
    return k.checks;
}

/* ---- one round trip ---------------------------------------------------------------------- */

static size_t total_checks;

/* read -> write -> read -> write of the whole corpus, then of each part written alone. */
static void round_trip(const congdoan_corpus *c1, int parts_too)
{
    size_t n1, n2;
    char *w1 = write_xml(W_CORPUS, c1, NULL, &n1);
    assert_nfc("the written XML", w1);
    assert_valid(w1, n1);
    congdoan_corpus *c2 = load_text(w1, n1);
    total_checks += compare_corpus(c1, c2, 1, 1, 1, 1);
    char *w2 = write_xml(W_CORPUS, c2, NULL, &n2);
    assert_same_bytes("second write", w1, n1, w2, n2);
    free(w2);
    congdoan_corpus_free(c2);
    free(w1);
    if (!parts_too)
        return;

    /* the units alone */
    w1 = write_xml(W_UNITS, c1, NULL, &n1);
    c2 = load_text(w1, n1);
    total_checks += compare_corpus(c1, c2, 1, 0, 0, 1);
    w2 = write_xml(W_UNITS, c2, NULL, &n2);
    assert_same_bytes("units written again", w1, n1, w2, n2);
    free(w1);
    free(w2);
    congdoan_corpus_free(c2);

    /* each document alone: its own values (references are not there to resolve) */
    for (size_t i = 0; i < congdoan_corpus_document_count(c1); i++) {
        const congdoan_document *d = congdoan_corpus_document(c1, i);
        w1 = write_xml(W_DOCUMENT, c1, d, &n1);
        assert_valid(w1, n1);
        c2 = load_text(w1, n1);
        ck_assert_uint_eq(congdoan_corpus_document_count(c2), 1);
        ck_assert_uint_eq(congdoan_corpus_unit_count(c2) + congdoan_corpus_report_count(c2), 0);
        cmp k = {"", 0, 0};
        compare_document(&k, d, congdoan_corpus_document(c2, 0));
        total_checks += k.checks;
        w2 = write_xml(W_DOCUMENT, c2, congdoan_corpus_document(c2, 0), &n2);
        assert_same_bytes("document written again", w1, n1, w2, n2);
        free(w1);
        free(w2);
        congdoan_corpus_free(c2);
    }
    for (size_t i = 0; i < congdoan_corpus_report_count(c1); i++) {
        const congdoan_report *r = congdoan_corpus_report(c1, i);
        w1 = write_xml(W_REPORT, c1, r, &n1);
        c2 = load_text(w1, n1);
        ck_assert_uint_eq(congdoan_corpus_report_count(c2), 1);
        cmp k = {"", 0, 0};
        compare_report(&k, r, congdoan_corpus_report(c2, 0));
        total_checks += k.checks;
        w2 = write_xml(W_REPORT, c2, congdoan_corpus_report(c2, 0), &n2);
        assert_same_bytes("report written again", w1, n1, w2, n2);
        free(w1);
        free(w2);
        congdoan_corpus_free(c2);
    }
}

/* ---- the fixtures ------------------------------------------------------------------------- */

enum { MAX_FILES = 256, MAX_FOLDERS = 32 };
static char file_paths[MAX_FILES][512];
static size_t file_count;
static char folder_paths[MAX_FOLDERS][512];
static size_t folder_first[MAX_FOLDERS], folder_end[MAX_FOLDERS];
static size_t folder_count;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The *.xml files of a folder (in byte order) as one group, then its subfolders but `skip`. */
static void collect(const char *dir, int recurse)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open %s: %s\n", dir, strerror(errno));
        return;
    }
    char *names[MAX_FILES];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < MAX_FILES)
        if (e->d_name[0] != '.')
            names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmp_names);
    if (folder_count < MAX_FOLDERS) {
        size_t f = folder_count;
        snprintf(folder_paths[f], sizeof folder_paths[f], "%s", dir);
        folder_first[f] = file_count;
        for (size_t i = 0; i < n; i++) {
            char p[512];
            snprintf(p, sizeof p, "%s/%s", dir, names[i]);
            struct stat sb;
            if (ends_with(names[i], ".xml") && stat(p, &sb) == 0 && S_ISREG(sb.st_mode) && file_count < MAX_FILES)
                snprintf(file_paths[file_count++], sizeof file_paths[0], "%s", p);
        }
        folder_end[f] = file_count;
        if (folder_end[f] > folder_first[f])
            folder_count++;
    }
    for (size_t i = 0; i < n; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        struct stat sb;
        if (recurse && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode) && strcmp(names[i], "hostile") != 0 &&
            strcmp(names[i], "expected") != 0)
            collect(p, 1);
        free(names[i]);
    }
}

static void collect_fixtures(void)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", test_data_path(""));
    dir[strlen(dir) - 1] = '\0'; /* the trailing '/' */
    collect(dir, 1);
    snprintf(dir, sizeof dir, "%s", test_sample_path(""));
    dir[strlen(dir) - 1] = '\0';
    collect(dir, 0);
}

static congdoan_corpus *load_files(size_t first, size_t end)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    for (size_t i = first; i < end; i++) {
        int rc = congdoan_corpus_load_file(c, file_paths[i], issues);
        if (rc)
            print_issues(issues);
        ck_assert_msg(rc == 0, "loading %s: %s", file_paths[i], congdoan_error_last_message());
    }
    congdoan_issues_free(issues);
    return c;
}

START_TEST(fixtures_were_found)
{
    /* tests/data, tests/data/foreign and examples/data at least */
    ck_assert_uint_ge(folder_count, 3);
    ck_assert_uint_ge(file_count, 20);
    int foreign = 0;
    const char *roots[] = {test_data_path(""), test_sample_path("")};
    for (size_t i = 0; i < file_count; i++) {
        /* inside the fixture folders only: the checkout itself may lie under a "hostile" folder */
        const char *rel = file_paths[i];
        for (size_t r = 0; r < 2; r++) {
            size_t len = strlen(roots[r]) - 1; /* keep the '/' that ends the root */
            if (strncmp(file_paths[i], roots[r], len) == 0)
                rel = file_paths[i] + len;
        }
        ck_assert_ptr_null(strstr(rel, "/hostile/"));
        ck_assert_ptr_null(strstr(rel, "/expected/"));
        foreign |= strstr(rel, "/foreign/") != NULL;
    }
    ck_assert(foreign);
}
END_TEST

START_TEST(each_file_round_trips)
{
    if ((size_t)_i >= file_count)
        return;
    snprintf(context, sizeof context, "%s", file_paths[_i]);
    congdoan_corpus *c = load_files((size_t)_i, (size_t)_i + 1);
    round_trip(c, 1);
    congdoan_corpus_free(c);
    assert_no_failure();
}
END_TEST

START_TEST(each_folder_round_trips)
{
    if ((size_t)_i >= folder_count)
        return;
    snprintf(context, sizeof context, "%s (every file)", folder_paths[_i]);
    congdoan_corpus *c = load_files(folder_first[_i], folder_end[_i]);
    round_trip(c, 1);
    congdoan_corpus_free(c);
    assert_no_failure();
}
END_TEST

START_TEST(model_comparison_finds_differences)
{
    /* The comparison is not vacuous: one change in the written XML is found, and named. */
    static const struct {
        const char *from, *to, *found;
    } changes[] = {
        {"target=\"98\" period=\"2025\" owner=\"laichau\"", "target=\"98.1\" period=\"2025\" owner=\"laichau\"", "target"},
        {"<classification year=\"2025\" grade=\"good\"/>", "<classification year=\"2025\" grade=\"excellent\"/>", "grade"},
        {"<coordinator>Hội Liên hiệp Phụ nữ cùng cấp</coordinator>", "", "coordinators"},
        {"<coordinator>Hội Liên hiệp Phụ nữ cùng cấp</coordinator>", "<coordinator>Hội Liên hiệp Phụ nữ cùng cấp.</coordinator>",
         "coordinator text"},
        {"id=\"ii-1\" lead=\"laichau\" due=\"2025\"", "id=\"ii-1\" lead=\"laichau\" due=\"2025-H1\"", "due"},
        {"number=\"13/CTr-LĐLĐ\"", "number=\"14/CTr-LĐLĐ\"", "number"},
        {"members=\"18220\"", "members=\"18221\"", "members"},
        {"<p>", "<p>Thêm.</p><p>", "items"},
    };
    snprintf(context, sizeof context, "self-test");
    congdoan_corpus *c = test_load((const char *const[]){"units-tld.xml", "units-laichau.xml", "ctr-13-2025-laichau.xml", NULL});
    size_t n;
    char *xml = write_xml(W_CORPUS, c, NULL, &n);
    for (size_t k = 0; k < sizeof changes / sizeof changes[0]; k++) {
        const char *at_ = strstr(xml, changes[k].from);
        ck_assert_msg(at_ != NULL, "%s not in the written XML", changes[k].from);
        strbuf b = {0};
        sb_put(&b, xml, (size_t)(at_ - xml));
        sb_str(&b, changes[k].to);
        sb_str(&b, at_ + strlen(changes[k].from));
        congdoan_corpus *other = load_text(b.data, b.len);
        clear_failure();
        compare_corpus(c, other, 1, 1, 1, 1);
        ck_assert_msg(failure[0] != '\0', "change %zu (%s) not found", k, changes[k].to);
        ck_assert_msg(strstr(failure, changes[k].found) != NULL, "change %zu: %s", k, failure);
        clear_failure();
        congdoan_corpus_free(other);
        free(b.data);
    }
    /* and the same corpus compares equal */
    congdoan_corpus *same = load_text(xml, n);
    compare_corpus(c, same, 1, 1, 1, 1);
    congdoan_corpus_free(same);
    congdoan_corpus_free(c);
    free(xml);
    assert_no_failure();
}
END_TEST

/* ---- decomposed input ---------------------------------------------------------------------- */

/* "Lai Châu" etc. with the marks as combining characters (NFD), some in a non-canonical order. */
#define A_CIRC "a\xcc\x82"          /* â = a + U+0302 */
#define E_DOT_CIRC "e\xcc\xa3\xcc\x82" /* ệ = e + U+0323 + U+0302 (NFD) */
#define E_CIRC_DOT "e\xcc\x82\xcc\xa3" /* ệ again, marks in the other order */
#define O_HORN_GRAVE "o\xcc\x9b\xcc\x80" /* ờ = o + U+031B + U+0300 */
#define U_HORN "u\xcc\x9b"           /* ư */
#define A_ACUTE "a\xcc\x81"          /* á */
#define O_CIRC_ACUTE "o\xcc\x82\xcc\x81" /* ố */
#define O_DOT_CIRC "o\xcc\xa3\xcc\x82" /* ộ */
#define A_BREVE "a\xcc\x86"          /* ă */
#define E_CIRC "e\xcc\x82"           /* ê */

static const char decomposed_xml[] =
    "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:example:x\" version=\"1.1\">\n"
    "<unit id=\"lc\" level=\"provincial\" name=\"Li" E_CIRC "n đoàn Lao đ" O_DOT_CIRC "ng tỉnh Lai Ch" A_CIRC "u\" "
    "short-name=\"LĐLĐ tỉnh Lai Ch" A_CIRC "u\" x:note=\"Lai Ch" A_CIRC "u\">\n"
    "  <department id=\"lc.vp\" name=\"V" A_BREVE "n phòng\"/>\n"
    "</unit>\n"
    "<document id=\"d\" kind=\"programme\" number=\"13/CTr-LĐLĐ\" issuer=\"lc\" place=\"Lai Ch" A_CIRC "u\" "
    "field=\"Lao đ" O_DOT_CIRC "ng\">\n"
    "<title>Ch" U_HORN "" O_HORN_GRAVE "ng trình c" "\xc3\xb4" "ng tác</title>\n"
    "<signer name=\"Hoàng Th" O_CIRC_ACUTE " Trung\" position=\"Chủ tịch\" capacity=\"TM. Ban Th" U_HORN "" O_HORN_GRAVE "ng vụ\"/>\n"
    "<relation type=\"implements\" number=\"02-NQ/TW\">Ngh" E_CIRC_DOT " quyết</relation>\n"
    "<recipient unit=\"lc\">LĐLĐ tỉnh Lai Ch" A_CIRC "u</recipient>\n"
    "<reporting frequency=\"yearly\"><deadline period=\"2025\" date=\"2025-11-25\"/></reporting>\n"
    "<section number=\"I.\" title=\"M" U_HORN "C ĐÍCH\">\n"
    "<p>Ti" E_CIRC_DOT "p tục ở Lai Ch" A_CIRC "u.</p>\n"
    "<task id=\"t\" lead=\"lc.vp\" due=\"2025\" due-text=\"trong n" A_CIRC "m 2025\"><text>Tuy" E_DOT_CIRC "n truyền</text>"
    "<coordinator>các ban, đ" O_HORN_GRAVE "n vị</coordinator></task>\n"
    "<indicator id=\"i\" measure=\"count\" comparator=\"at-least\" target=\"1810\" unit-of-measure=\"đoàn vi" E_DOT_CIRC "n\">"
    "<text>phát tri" E_DOT_CIRC "n mới 1.810 đoàn viên</text></indicator>\n"
    "</section>\n</document>\n"
    "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"done\">Đã làm ở Lai Ch" A_CIRC "u"
    "</task-status><note>Ghi ch" U_HORN " Lai Ch" A_CIRC "u</note></report>\n"
    "</congdoan>\n";

/* The same text with every mark precomposed. */
static const char precomposed_xml[] =
    "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:example:x\" version=\"1.1\">\n"
    "<unit id=\"lc\" level=\"provincial\" name=\"Liên đoàn Lao động tỉnh Lai Châu\" "
    "short-name=\"LĐLĐ tỉnh Lai Châu\" x:note=\"Lai Châu\">\n"
    "  <department id=\"lc.vp\" name=\"Văn phòng\"/>\n"
    "</unit>\n"
    "<document id=\"d\" kind=\"programme\" number=\"13/CTr-LĐLĐ\" issuer=\"lc\" place=\"Lai Châu\" field=\"Lao động\">\n"
    "<title>Chường trình công tác</title>\n"
    "<signer name=\"Hoàng Thố Trung\" position=\"Chủ tịch\" capacity=\"TM. Ban Thường vụ\"/>\n"
    "<relation type=\"implements\" number=\"02-NQ/TW\">Nghệ quyết</relation>\n"
    "<recipient unit=\"lc\">LĐLĐ tỉnh Lai Châu</recipient>\n"
    "<reporting frequency=\"yearly\"><deadline period=\"2025\" date=\"2025-11-25\"/></reporting>\n"
    "<section number=\"I.\" title=\"MưC ĐÍCH\">\n"
    "<p>Tiệp tục ở Lai Châu.</p>\n"
    "<task id=\"t\" lead=\"lc.vp\" due=\"2025\" due-text=\"trong nâm 2025\"><text>Tuyện truyền</text>"
    "<coordinator>các ban, đờn vị</coordinator></task>\n"
    "<indicator id=\"i\" measure=\"count\" comparator=\"at-least\" target=\"1810\" unit-of-measure=\"đoàn viện\">"
    "<text>phát triện mới 1.810 đoàn viên</text></indicator>\n"
    "</section>\n</document>\n"
    "<report id=\"r\" unit=\"lc\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"done\">Đã làm ở Lai Châu"
    "</task-status><note>Ghi chư Lai Châu</note></report>\n"
    "</congdoan>\n";

START_TEST(decomposed_input_is_written_in_nfc)
{
    snprintf(context, sizeof context, "decomposed input");
    /* the input really is decomposed */
    char *nfc = NULL;
    ck_assert_int_eq(congdoan_text_normalize(decomposed_xml, &nfc), 0);
    ck_assert_str_ne(nfc, decomposed_xml);
    ck_assert_str_eq(nfc, precomposed_xml);
    congdoan_free(nfc);

    /* a decomposed file */
    char path[64];
    snprintf(path, sizeof path, "/tmp/congdoan-decomposed-XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, decomposed_xml, sizeof decomposed_xml - 1), (ssize_t)(sizeof decomposed_xml - 1));
    close(fd);
    congdoan_corpus *c = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    int rc = congdoan_corpus_load_file(c, path, NULL);
    unlink(path);
    ck_assert_msg(rc == 0, "%s", congdoan_error_last_message());
    ck_assert_str_eq(congdoan_unit_name(congdoan_corpus_unit_by_id(c, "lc")), "Liên đoàn Lao động tỉnh Lai Châu");
    ck_assert_str_eq(congdoan_document_place(congdoan_corpus_document(c, 0)), "Lai Châu");
    round_trip(c, 1); /* NFC of every model text and of the whole output, validity, equality */
    size_t n, pn;
    char *out = write_xml(W_CORPUS, c, NULL, &n);
    ck_assert_ptr_null(strstr(out, "\xcc")); /* no combining mark of U+0300..U+033F is left */
    ck_assert_ptr_nonnull(strstr(out, "name=\"Liên đoàn Lao động tỉnh Lai Châu\""));
    ck_assert_ptr_nonnull(strstr(out, "x:note=\"Lai Châu\""));
    congdoan_corpus *p = load_text(precomposed_xml, sizeof precomposed_xml - 1);
    char *pout = write_xml(W_CORPUS, p, NULL, &pn);
    assert_same_bytes("decomposed and precomposed input", pout, pn, out, n);
    total_checks += compare_corpus(c, p, 1, 1, 1, 1);
    free(out);
    free(pout);
    congdoan_corpus_free(p);
    congdoan_corpus_free(c);
    assert_no_failure();
}
END_TEST

START_TEST(decomposed_text_in_foreign_content_is_written_in_nfc)
{
    /* The output is NFC (congdoan/writer.h), foreign content included. */
    snprintf(context, sizeof context, "decomposed foreign content");
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:example:x\" version=\"1.0\">"
                              "<unit id=\"lc\" level=\"provincial\" name=\"Lai Châu\">"
                              "<x:place x:name=\"Lai Ch" A_CIRC "u\">Lai Ch" A_CIRC "u</x:place></unit></congdoan>";
    congdoan_corpus *c = load_text(xml, sizeof xml - 1);
    size_t n;
    char *out = write_xml(W_CORPUS, c, NULL, &n);
    congdoan_corpus_free(c);
    char *nfc = NULL;
    ck_assert_int_eq(congdoan_text_normalize(out, &nfc), 0);
    int same = strcmp(nfc, out) == 0, kept = strstr(out, "<x:place") != NULL;
    char *mark = strstr(out, "Ch" A_CIRC "u");
    char near[120] = "";
    if (mark)
        snprintf(near, sizeof near, "%.60s", mark > out + 30 ? mark - 30 : out);
    congdoan_free(nfc);
    free(out); /* before asserting: a failure must not leak under CK_FORK=no */
    ck_assert(kept);
    ck_assert_msg(same, "%s: the written XML is not in NFC (decomposed text inside foreign content): ...%s...", context,
                  near);
}
END_TEST

/* A namespace name with '&' (found by fuzz-load): libxml2 up to 2.12 hands it over with the '&'
 * as "&#38;", and the writer once wrote that back escaped ("&amp;#38;"), which named another
 * namespace each time and did not load at the second write. Written here as read, whichever way
 * the file spells the '&'. */
START_TEST(a_namespace_name_with_an_ampersand_is_written_as_read)
{
    snprintf(context, sizeof context, "namespace name with '&'");
    static const char xml[] = "<congdoan xmlns=\"urn:congdoan:1\" xmlns:r=\"urn:ex&amp;ample:r\" version=\"1.0\" "
                              "r:batch=\"1\"><r:info xmlns:s=\"urn:s&#38;t\" s:n=\"a&amp;b\">"
                              "<d xmlns=\"urn:d&#x26;e\">x</d></r:info></congdoan>";
    static const char want[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\" xmlns:r=\"urn:ex&amp;ample:r\" r:batch=\"1\">\n"
        "  <r:info xmlns:r=\"urn:ex&amp;ample:r\" xmlns:s=\"urn:s&amp;t\" s:n=\"a&amp;b\">"
        "<d xmlns=\"urn:d&amp;e\">x</d></r:info>\n"
        "</congdoan>\n";
    congdoan_corpus *c = load_text(xml, sizeof xml - 1);
    size_t n;
    char *out = write_xml(W_CORPUS, c, NULL, &n);
    assert_same_bytes("the written form", want, sizeof want - 1, out, n);
    free(out);
    round_trip(c, 0); /* loads again, and is written to the same bytes */
    congdoan_corpus_free(c);

    /* the name in a message is the one in the file too */
    static const char root[] = "<x xmlns=\"urn:a&amp;b\"/>";
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_corpus_load_memory(c, root, sizeof root - 1, "root.xml", NULL), CONGDOAN_ESCHEMA);
    congdoan_corpus_free(c);
    ck_assert_str_eq(congdoan_error_last_message(),
                     "the root element is <x> in namespace 'urn:a&b'; expected <congdoan xmlns=\"urn:congdoan:1\">");
    ck_assert_str_eq(congdoan_error_last_file(), "root.xml");
    ck_assert_int_eq(congdoan_error_last_line(), 1);
    assert_no_failure();
}
END_TEST

/* ---- the property test ------------------------------------------------------------------- */

/* xoshiro256** seeded by splitmix64: deterministic on every platform. */
typedef struct rng {
    uint64_t s[4];
} rng;

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void rng_seed(rng *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix(&seed);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t next(rng *r)
{
    uint64_t result = rotl(r->s[1] * 5, 7) * 9, t = r->s[1] << 17;
    r->s[2] ^= r->s[0];
    r->s[3] ^= r->s[1];
    r->s[1] ^= r->s[2];
    r->s[0] ^= r->s[3];
    r->s[2] ^= t;
    r->s[3] = rotl(r->s[3], 45);
    return result;
}

/* 0 .. n-1 */
static size_t pick(rng *r, size_t n)
{
    return n ? (size_t)(next(r) % n) : 0;
}

static int chance(rng *r, int percent)
{
    return (int)pick(r, 100) < percent;
}

/* Vietnamese words, precomposed; some characters are decomposed at random when used. */
static const char *const words[] = {
    "Liên", "đoàn", "Lao", "động", "tỉnh", "Lai", "Châu", "Công", "đoàn", "cơ", "sở", "huyện", "Tam", "Đường",
    "Phong", "Thổ", "Sìn", "Hồ", "Than", "Uyên", "Mường", "Tè", "Nậm", "Nhùn", "thành", "phố", "Việt", "Nam",
    "tuyên", "truyền", "phổ", "biến", "giáo", "dục", "pháp", "luật", "đoàn", "viên", "người", "lao", "động",
    "chăm", "lo", "đời", "sống", "việc", "làm", "thỏa", "ước", "tập", "thể", "đối", "thoại", "nơi", "làm",
    "việc", "phát", "triển", "kiểm", "tra", "giám", "sát", "thi", "đua", "khen", "thưởng", "nữ", "công",
    "bình", "đẳng", "giới", "Tết", "Sum", "vầy", "Mái", "ấm", "công", "đoàn", "nhiệm", "vụ", "trọng", "tâm",
    "chỉ", "tiêu", "kế", "hoạch", "chương", "trình", "năm", "2025", "quý", "III", "6", "tháng", "đầu", "năm",
    "Nghị", "quyết", "Chỉ", "thị", "12-CT/TW", "ĐẠI", "HỘI", "XIII", "ưu", "tú", "giới", "thiệu", "Đảng",
    "Ủy", "ban", "Kiểm", "tra", "Đoàn", "Chủ", "tịch", "Ban", "Thường", "vụ", "Văn", "phòng", "&", "<", ">",
    "\"trích\"", "'dẫn'", "1.810", "98,5%", "(2)", "-", "a)", "…"};
enum { WORD_COUNT = sizeof words / sizeof words[0] };

/* Precomposed letter -> its NFD form (canonical order) and a second, non-canonical order. */
static const struct {
    const char *nfc, *nfd, *other;
} decompositions[] = {
    {"â", "a\xcc\x82", NULL},
    {"ê", "e\xcc\x82", NULL},
    {"ô", "o\xcc\x82", NULL},
    {"ơ", "o\xcc\x9b", NULL},
    {"ư", "u\xcc\x9b", NULL},
    {"ă", "a\xcc\x86", NULL},
    {"á", "a\xcc\x81", NULL},
    {"à", "a\xcc\x80", NULL},
    {"ả", "a\xcc\x89", NULL},
    {"ạ", "a\xcc\xa3", NULL},
    {"ì", "i\xcc\x80", NULL},
    {"ỉ", "i\xcc\x89", NULL},
    {"ú", "u\xcc\x81", NULL},
    {"ệ", "e\xcc\xa3\xcc\x82", "e\xcc\x82\xcc\xa3"},
    {"ộ", "o\xcc\xa3\xcc\x82", "o\xcc\x82\xcc\xa3"},
    {"ậ", "a\xcc\xa3\xcc\x82", "a\xcc\x82\xcc\xa3"},
    {"ố", "o\xcc\x82\xcc\x81", NULL},
    {"ổ", "o\xcc\x82\xcc\x89", NULL},
    {"ồ", "o\xcc\x82\xcc\x80", NULL},
    {"ờ", "o\xcc\x9b\xcc\x80", NULL},
    {"ở", "o\xcc\x9b\xcc\x89", NULL},
    {"ư", "u\xcc\x9b", NULL},
    {"ữ", "u\xcc\x9b\xcc\x83", NULL},
    {"ước", "u\xcc\x9bo\xcc\x9b\xcc\x81" "c", NULL},
    {"Ủ", "U\xcc\x89", NULL},
    {"Ổ", "O\xcc\x82\xcc\x89", NULL},
    {"Ệ", "E\xcc\xa3\xcc\x82", NULL},
    {"Ạ", "A\xcc\xa3", NULL},
};
enum { DECOMP_COUNT = sizeof decompositions / sizeof decompositions[0] };

/* Append a word, decomposing some of its letters. */
static void put_word(rng *r, strbuf *b, const char *w, int decompose_percent)
{
    while (*w) {
        int done = 0;
        if (decompose_percent && chance(r, decompose_percent))
            for (size_t k = 0; k < DECOMP_COUNT && !done; k++) {
                size_t len = strlen(decompositions[k].nfc);
                if (strncmp(w, decompositions[k].nfc, len) == 0) {
                    sb_str(b, decompositions[k].other && chance(r, 50) ? decompositions[k].other : decompositions[k].nfd);
                    w += len;
                    done = 1;
                }
            }
        if (!done) {
            size_t len = 1;
            while ((w[len] & 0xC0) == 0x80)
                len++;
            sb_put(b, w, len);
            w += len;
        }
    }
}

/* Random Vietnamese text of 1..max words (never blank; no leading or trailing space). */
static char *random_text(rng *r, size_t max_words)
{
    strbuf b = {0};
    size_t n = 1 + pick(r, max_words);
    int decompose = chance(r, 40) ? 60 : 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_str(&b, chance(r, 3) ? "\n" : " ");
        put_word(r, &b, words[pick(r, WORD_COUNT)], decompose);
    }
    return b.data;
}

/* A number with at most 15 significant digits and 15 decimals, in [0, max]. */
static double random_number(rng *r, double max, int integral)
{
    switch (pick(r, integral ? 2 : 6)) {
    case 0: return (double)pick(r, (size_t)max + 1);
    case 1: return (double)pick(r, 101);
    case 2: return (double)pick(r, (size_t)max * 10 + 1) / 10.0;
    case 3: return (double)pick(r, (size_t)max * 100 + 1) / 100.0;
    case 4: return (double)pick(r, 1000000) / 1000000.0;
    default: return (double)pick(r, 1000) / 1000.0;
    }
}

static const char *const levels_xml[] = {"", "central", "provincial", "upper-grassroots", "grassroots"};
static const char *const sectors_xml[] = {"", "public", "state-enterprise", "non-state-enterprise"};
static const char *const grades_xml[] = {"", "not-completed", "completed", "good", "excellent"};
static const char *const bodies_xml[] = {"", "executive-committee", "presidium", "standing-committee", "inspection-committee"};
static const char *const kinds_xml[] = {"", "resolution", "directive", "conclusion", "decision", "plan", "programme",
                                        "scheme", "guidance", "report", "regulation", "notice"};
static const char *const kind_codes[] = {"", "NQ", "CT", "KL", "QĐ", "KH", "CTr", "ĐA", "HD", "BC", "QC", "TB"};
static const char *const relations_xml[] = {"", "implements", "based-on", "concretises", "amends", "replaces", "reviews"};
static const char *const statuses_xml[] = {"", "not-started", "in-progress", "done", "cancelled"};
static const char *const frequencies_xml[] = {"", "yearly", "half-yearly", "quarterly", "monthly"};
static const char *const issuers[] = {"TLĐ", "LĐLĐ", "BCH", "TW", "CĐN", "UBND"};

static void random_period(rng *r, char *buf, size_t size, int allow_day)
{
    int y = 2020 + (int)pick(r, 10);
    switch (pick(r, allow_day ? 5 : 4)) {
    case 0: snprintf(buf, size, "%d", y); break;
    case 1: snprintf(buf, size, "%d-H%d", y, 1 + (int)pick(r, 2)); break;
    case 2: snprintf(buf, size, "%d-Q%d", y, 1 + (int)pick(r, 4)); break;
    case 3: snprintf(buf, size, "%d-%02d", y, 1 + (int)pick(r, 12)); break;
    default: snprintf(buf, size, "%d-%02d-%02d", y, 1 + (int)pick(r, 12), 1 + (int)pick(r, 28)); break;
    }
}

static void random_due(rng *r, char *buf, size_t size)
{
    switch (pick(r, 7)) {
    case 0: snprintf(buf, size, "ongoing"); break;
    case 1: snprintf(buf, size, "yearly"); break;
    case 2: snprintf(buf, size, "yearly:%02d-%02d", 1 + (int)pick(r, 12), 1 + (int)pick(r, 28)); break;
    case 3: snprintf(buf, size, "%s:%02d", pick(r, 2) ? "quarterly" : "monthly", 1 + (int)pick(r, 28)); break;
    case 4: snprintf(buf, size, "half-yearly"); break;
    default: random_period(r, buf, size, 1); break;
    }
}

static int random_date(rng *r)
{
    return (2015 + (int)pick(r, 15)) * 10000 + (1 + (int)pick(r, 12)) * 100 + 1 + (int)pick(r, 28);
}

/* The model a seed stands for, kept as the ids the generator needs to refer to. */
typedef struct plan {
    rng r;
    size_t units, depts;
    char (*unit_ids)[24];      /* organisations */
    int *unit_levels;
    char (*dept_ids)[24];      /* departments and bodies */
    size_t documents;
    /* per document: task and indicator ids, for reports */
    char (*task_ids)[8][24];
    size_t *task_counts;
    char (*ind_ids)[8][24];
    int (*ind_percent)[8];     /* the indicator is a percentage or share (values up to 100) */
    size_t *ind_counts;
    int max_depth;
} plan;

static void plan_init(plan *p, uint64_t seed, size_t units, size_t documents)
{
    memset(p, 0, sizeof *p);
    rng_seed(&p->r, seed);
    p->units = units;
    p->documents = documents;
    p->unit_ids = calloc(units, sizeof *p->unit_ids);
    p->unit_levels = calloc(units, sizeof *p->unit_levels);
    p->dept_ids = calloc(units * 3 + 1, sizeof *p->dept_ids);
    p->task_ids = calloc(documents, sizeof *p->task_ids);
    p->task_counts = calloc(documents, sizeof *p->task_counts);
    p->ind_ids = calloc(documents, sizeof *p->ind_ids);
    p->ind_percent = calloc(documents, sizeof *p->ind_percent);
    p->ind_counts = calloc(documents, sizeof *p->ind_counts);
    ck_assert(p->unit_ids && p->unit_levels && p->dept_ids && p->task_ids && p->task_counts && p->ind_ids &&
              p->ind_percent && p->ind_counts);
    /* units: one central, then provincial, upper-grassroots and grassroots with random parents
     * one level up (parents always come first in this plan) */
    for (size_t i = 0; i < units; i++) {
        snprintf(p->unit_ids[i], sizeof p->unit_ids[i], "u%zu", i);
        p->unit_levels[i] = i == 0 ? 1 : i < 1 + units / 20 ? 2 : i < 1 + units / 5 ? 3 : 4;
    }
}

static void plan_free(plan *p)
{
    free(p->unit_ids);
    free(p->unit_levels);
    free(p->dept_ids);
    free(p->task_ids);
    free(p->task_counts);
    free(p->ind_ids);
    free(p->ind_percent);
    free(p->ind_counts);
}

/* A random organisation of a level (or any when none of that level exists yet). */
static const char *unit_of_level(plan *p, int level)
{
    size_t first = p->units, count = 0;
    for (size_t i = 0; i < p->units; i++)
        if (p->unit_levels[i] == level) {
            if (first == p->units)
                first = i;
            count++;
        }
    if (!count)
        return p->unit_ids[pick(&p->r, p->units)];
    return p->unit_ids[first + pick(&p->r, count)];
}

static const char *any_unit(plan *p)
{
    if (p->depts && chance(&p->r, 40))
        return p->dept_ids[pick(&p->r, p->depts)];
    return p->unit_ids[pick(&p->r, p->units)];
}

/* ---- random models as XML text ---------------------------------------------------------- */

static void xml_escaped(strbuf *b, const char *s, int attr)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': sb_str(b, "&amp;"); break;
        case '<': sb_str(b, "&lt;"); break;
        case '>': sb_str(b, "&gt;"); break;
        case '"': sb_str(b, attr ? "&quot;" : "\""); break;
        case '\n': sb_str(b, attr ? "&#10;" : "\n"); break;
        default: sb_put(b, s, 1); break;
        }
    }
}

static void xml_text_attr(plan *p, strbuf *b, const char *name, size_t max_words)
{
    char *t = random_text(&p->r, max_words);
    sb_printf(b, " %s=\"", name);
    xml_escaped(b, t, 1);
    sb_str(b, "\"");
    free(t);
}

static void xml_text_content(plan *p, strbuf *b, size_t max_words)
{
    char *t = random_text(&p->r, max_words);
    xml_escaped(b, t, 0);
    free(t);
}

static void xml_units(plan *p, strbuf *b)
{
    for (size_t i = 0; i < p->units; i++) {
        rng *r = &p->r;
        int level = p->unit_levels[i];
        sb_printf(b, "<unit id=\"%s\" level=\"%s\"", p->unit_ids[i], levels_xml[level]);
        xml_text_attr(p, b, "name", 8);
        if (chance(r, 50))
            xml_text_attr(p, b, "short-name", 4);
        if (level > 1 && chance(r, 95)) {
            /* a parent one level up, anywhere before it */
            size_t j;
            do
                j = pick(r, i);
            while (p->unit_levels[j] != level - 1);
            sb_printf(b, " parent=\"%s\"", p->unit_ids[j]);
        }
        if (level == 4 && chance(r, 70))
            sb_printf(b, " sector=\"%s\"", sectors_xml[1 + pick(r, 3)]);
        if (chance(r, 60))
            sb_printf(b, " members=\"%zu\"", pick(r, 100000));
        if (chance(r, 30))
            sb_printf(b, " workers=\"%zu\"", pick(r, 100000));
        if (level < 3 && chance(r, 30))
            sb_printf(b, " upper-grassroots-units=\"%zu\"", pick(r, 50));
        if (level < 4 && chance(r, 30))
            sb_printf(b, " grassroots-units=\"%zu\"", pick(r, 2000));
        size_t depts = level < 4 ? pick(r, 4) : 0, classes = pick(r, 4);
        if (!depts && !classes) {
            sb_str(b, "/>\n");
            continue;
        }
        sb_str(b, ">");
        for (size_t k = 0; k < depts; k++) {
            char *id = p->dept_ids[p->depts++];
            snprintf(id, 24, "%s.d%zu", p->unit_ids[i], k);
            int body = chance(r, 40);
            sb_printf(b, "<%s id=\"%s\"", body ? "body" : "department", id);
            xml_text_attr(p, b, "name", 5);
            if (chance(r, 30))
                xml_text_attr(p, b, "short-name", 3);
            if (body && chance(r, 80))
                sb_printf(b, " kind=\"%s\"", bodies_xml[1 + pick(r, 4)]);
            sb_str(b, "/>");
        }
        int year = 2015 + (int)pick(r, 5);
        for (size_t k = 0; k < classes; k++) {
            year += 1 + (int)pick(r, 2); /* one per year */
            sb_printf(b, "<classification year=\"%d\" grade=\"%s\"/>", year, grades_xml[1 + pick(r, 4)]);
        }
        sb_str(b, "</unit>\n");
    }
}

static void xml_number(strbuf *b, const char *name, double v)
{
    /* %.15g never needs more than 15 significant digits for these values; make it machine form */
    char buf[64];
    snprintf(buf, sizeof buf, "%.6f", v);
    size_t n = strlen(buf);
    while (n > 1 && buf[n - 1] == '0')
        buf[--n] = '\0';
    if (buf[n - 1] == '.')
        buf[--n] = '\0';
    sb_printf(b, " %s=\"%s\"", name, buf);
}

static void xml_indicator(plan *p, strbuf *b, size_t d, const char *id)
{
    rng *r = &p->r;
    int measure = 1 + (int)pick(r, 4), comparator = 1 + (int)pick(r, 4);
    int percent = measure == 2 || measure == 4;
    double max = percent ? 100 : 100000;
    double target = random_number(r, max, 0);
    sb_printf(b, "<indicator id=\"%s\" measure=\"%s\" comparator=\"%s\"", id,
              (const char *[]){"", "count", "percentage", "average", "share-of-units"}[measure],
              (const char *[]){"", "at-least", "at-most", "exactly", "range"}[comparator]);
    xml_number(b, "target", target);
    if (comparator == 4) {
        double extra = random_number(r, max - target, 0);
        if (extra > max - target)
            extra = max - target;
        xml_number(b, "target-max", target + extra);
    }
    if (chance(r, 40))
        xml_number(b, "baseline", random_number(r, max, 0));
    if (chance(r, 50)) {
        char period[32];
        random_period(r, period, sizeof period, 0);
        sb_printf(b, " period=\"%s\"", period);
    }
    if (chance(r, 50))
        sb_printf(b, " owner=\"%s\"", p->unit_ids[pick(r, p->units)]);
    if (chance(r, 40))
        sb_printf(b, " scope-level=\"%s\"", levels_xml[1 + pick(r, 4)]);
    if (chance(r, 30)) {
        int set = 1 + (int)pick(r, 7);
        sb_str(b, " scope-sector=\"");
        int first = 1;
        for (int s = 1; s <= 3; s++)
            if (set & (1 << (s - 1))) {
                sb_printf(b, "%s%s", first ? "" : " ", sectors_xml[s]);
                first = 0;
            }
        sb_str(b, "\"");
    }
    if (measure == 4)
        sb_printf(b, " condition=\"classification-at-least:%s\"", grades_xml[1 + pick(r, 4)]);
    if (chance(r, 40))
        xml_text_attr(p, b, "unit-of-measure", 2);
    if (d > 0 && chance(r, 30))
        sb_printf(b, " refines=\"doc%zu#i%zu-%zu\"", d - 1, d - 1, pick(r, 4));
    sb_str(b, "><text>");
    xml_text_content(p, b, 20);
    sb_str(b, "</text></indicator>\n");
    if (p->ind_counts[d] < 8) {
        snprintf(p->ind_ids[d][p->ind_counts[d]], 24, "%s", id);
        p->ind_percent[d][p->ind_counts[d]++] = percent;
    }
}

static void xml_task(plan *p, strbuf *b, size_t d, const char *id)
{
    rng *r = &p->r;
    sb_printf(b, "<task id=\"%s\"", id);
    if (chance(r, 80))
        sb_printf(b, " lead=\"%s\"", any_unit(p));
    if (chance(r, 60)) {
        char due[32];
        random_due(r, due, sizeof due);
        sb_printf(b, " due=\"%s\"", due);
    }
    if (chance(r, 30))
        xml_text_attr(p, b, "due-text", 4);
    sb_str(b, "><text>");
    xml_text_content(p, b, 30);
    sb_str(b, "</text>");
    for (size_t k = pick(r, 4); k > 0; k--) {
        int has_unit = chance(r, 60), has_text = !has_unit || chance(r, 40);
        sb_str(b, "<coordinator");
        if (has_unit)
            sb_printf(b, " unit=\"%s\"", any_unit(p));
        if (has_text) {
            sb_str(b, ">");
            xml_text_content(p, b, 6);
            sb_str(b, "</coordinator>");
        } else {
            sb_str(b, "/>");
        }
    }
    sb_str(b, "</task>\n");
    if (p->task_counts[d] < 8)
        snprintf(p->task_ids[d][p->task_counts[d]++], 24, "%s", id);
}

static size_t item_serial;

static void xml_section(plan *p, strbuf *b, size_t d, int depth)
{
    rng *r = &p->r;
    if (depth > p->max_depth)
        p->max_depth = depth;
    sb_str(b, "<section");
    if (chance(r, 60))
        sb_printf(b, " id=\"s%zu\"", item_serial++);
    if (chance(r, 70))
        sb_printf(b, " number=\"%s\"", (const char *[]){"I.", "II.", "1.", "3.1.", "(2)", "-", "a)", "+"}[pick(r, 8)]);
    if (chance(r, 60))
        xml_text_attr(p, b, "title", 6);
    size_t items = pick(r, depth >= 8 ? 5 : 7);
    if (!items) {
        sb_str(b, "/>\n");
        return;
    }
    sb_str(b, ">\n");
    for (size_t i = 0; i < items; i++) {
        char id[24];
        switch (pick(r, depth >= 8 ? 3 : 4)) {
        case 0:
            sb_str(b, "<p>");
            xml_text_content(p, b, 40);
            sb_str(b, "</p>\n");
            break;
        case 1:
            snprintf(id, sizeof id, "t%zu", item_serial++);
            xml_task(p, b, d, id);
            break;
        case 2:
            snprintf(id, sizeof id, "i%zu-%zu", d, p->ind_counts[d] < 4 ? p->ind_counts[d] : 4 + item_serial++);
            xml_indicator(p, b, d, id);
            break;
        default:
            xml_section(p, b, d, depth + 1);
            break;
        }
    }
    sb_str(b, "</section>\n");
}

static void xml_document(plan *p, strbuf *b, size_t d)
{
    rng *r = &p->r;
    int kind = 1 + (int)pick(r, 11);
    sb_printf(b, "<document id=\"doc%zu\" kind=\"%s\"", d, kinds_xml[kind]);
    if (chance(r, 80))
        sb_printf(b, " number=\"%zu/%s-%s\"", 1 + pick(r, 999), kind_codes[kind], issuers[pick(r, 6)]);
    if (chance(r, 80))
        sb_printf(b, " issuer=\"%s\"", unit_of_level(p, 1 + (int)pick(r, 3)));
    if (p->depts && chance(r, 50))
        sb_printf(b, " issuing-body=\"%s\"", p->dept_ids[pick(r, p->depts)]);
    if (chance(r, 70)) {
        int date = random_date(r);
        sb_printf(b, " issued=\"%04d-%02d-%02d\"", date / 10000, date / 100 % 100, date % 100);
    }
    if (chance(r, 40)) {
        int date = random_date(r);
        sb_printf(b, " effective=\"%04d-%02d-%02d\"", date / 10000, date / 100 % 100, date % 100);
    }
    if (chance(r, 60))
        xml_text_attr(p, b, "place", 3);
    if (chance(r, 40))
        xml_text_attr(p, b, "field", 5);
    sb_str(b, ">\n");
    if (chance(r, 85)) {
        sb_str(b, "<title>");
        xml_text_content(p, b, 25);
        sb_str(b, "</title>\n");
    }
    if (chance(r, 60)) {
        sb_str(b, "<signer");
        xml_text_attr(p, b, "name", 3);
        if (chance(r, 60))
            xml_text_attr(p, b, "position", 2);
        if (chance(r, 40))
            xml_text_attr(p, b, "capacity", 4);
        sb_str(b, "/>\n");
    }
    for (size_t k = pick(r, 4); k > 0; k--) {
        sb_printf(b, "<relation type=\"%s\"", relations_xml[1 + pick(r, 6)]);
        int by_id = d > 0 && chance(r, 60), by_number = !by_id || chance(r, 50);
        if (by_id)
            sb_printf(b, " document=\"doc%zu\"", pick(r, d));
        if (by_number)
            sb_printf(b, " number=\"%zu-CT/TW\"", 1 + pick(r, 50));
        if (chance(r, 50)) {
            int date = random_date(r);
            sb_printf(b, " date=\"%04d-%02d-%02d\"", date / 10000, date / 100 % 100, date % 100);
        }
        if (chance(r, 60)) {
            sb_str(b, ">");
            xml_text_content(p, b, 8);
            sb_str(b, "</relation>\n");
        } else {
            sb_str(b, "/>\n");
        }
    }
    for (size_t k = pick(r, 5); k > 0; k--) {
        sb_str(b, "<recipient");
        if (chance(r, 50))
            sb_printf(b, " unit=\"%s\"", p->unit_ids[pick(r, p->units)]);
        sb_str(b, ">");
        xml_text_content(p, b, 6);
        sb_str(b, "</recipient>\n");
    }
    if (chance(r, 40)) {
        sb_str(b, "<reporting");
        if (chance(r, 50))
            sb_printf(b, " to=\"%s\"", p->unit_ids[pick(r, p->units)]);
        if (chance(r, 60))
            sb_printf(b, " frequency=\"%s\"", frequencies_xml[1 + pick(r, 4)]);
        sb_str(b, ">");
        int year = 2020 + (int)pick(r, 8);
        for (size_t k = pick(r, 3); k > 0; k--) {
            int date = random_date(r);
            sb_printf(b, "<deadline period=\"%d-Q%zu\" date=\"%04d-%02d-%02d\"/>", year, k, date / 10000,
                      date / 100 % 100, date % 100);
        }
        for (size_t k = pick(r, 3); k > 0; k--)
            sb_printf(b, "<reporter unit=\"%s\"/>", p->unit_ids[pick(r, p->units)]);
        sb_str(b, "</reporting>\n");
    }
    /* one section reaches depth 8; the others are random */
    size_t sections = 1 + pick(r, 4);
    for (size_t k = 0; k < sections; k++) {
        if (k == 0) {
            for (int depth = 1; depth <= 8; depth++) {
                sb_printf(b, "<section id=\"deep%zu-%d\" number=\"%d.\">", d, depth, depth);
                if (chance(r, 50)) {
                    sb_str(b, "<p>");
                    xml_text_content(p, b, 10);
                    sb_str(b, "</p>");
                }
            }
            if (p->max_depth < 8)
                p->max_depth = 8;
            char id[24];
            snprintf(id, sizeof id, "t%zu", item_serial++);
            xml_task(p, b, d, id);
            snprintf(id, sizeof id, "i%zu-%zu", d, p->ind_counts[d] < 4 ? p->ind_counts[d] : 4 + item_serial++);
            xml_indicator(p, b, d, id);
            for (int depth = 1; depth <= 8; depth++)
                sb_str(b, "</section>");
            sb_str(b, "\n");
        } else {
            xml_section(p, b, d, 1);
        }
    }
    sb_str(b, "</document>\n");
}

static void xml_reports(plan *p, strbuf *b, size_t count)
{
    rng *r = &p->r;
    for (size_t k = 0; k < count; k++) {
        size_t d = pick(r, p->documents);
        char period[32];
        random_period(r, period, sizeof period, 0);
        sb_printf(b, "<report id=\"rep%zu\" unit=\"%s\" document=\"doc%zu\" period=\"%s\"", k, p->unit_ids[pick(r, p->units)],
                  d, period);
        if (chance(r, 60)) {
            int date = random_date(r);
            sb_printf(b, " submitted=\"%04d-%02d-%02d\"", date / 10000, date / 100 % 100, date % 100);
        }
        sb_str(b, ">");
        for (size_t i = 0; i < p->ind_counts[d]; i++) {
            if (!chance(r, 70))
                continue;
            double max = p->ind_percent[d][i] ? 100 : 100000;
            sb_printf(b, "<value indicator=\"%s\"", p->ind_ids[d][i]);
            int plain = chance(r, 60), fraction = !plain || chance(r, 40);
            if (plain)
                xml_number(b, "value", random_number(r, max, 0));
            if (fraction) {
                double den = 1 + (double)pick(r, 5000);
                xml_number(b, "numerator", (double)pick(r, (size_t)den + 1));
                xml_number(b, "denominator", den);
            }
            if (chance(r, 50))
                sb_str(b, " coverage=\"subtree\"");
            sb_str(b, "/>");
        }
        for (size_t i = 0; i < p->task_counts[d]; i++) {
            if (!chance(r, 60))
                continue;
            sb_printf(b, "<task-status task=\"%s\" status=\"%s\"", p->task_ids[d][i], statuses_xml[1 + pick(r, 4)]);
            if (chance(r, 50)) {
                sb_str(b, ">");
                xml_text_content(p, b, 12);
                sb_str(b, "</task-status>");
            } else {
                sb_str(b, "/>");
            }
        }
        if (chance(r, 40)) {
            sb_str(b, "<note>");
            xml_text_content(p, b, 20);
            sb_str(b, "</note>");
        }
        sb_str(b, "</report>\n");
    }
}

/* A random model as XML text. */
static char *random_xml(uint64_t seed, size_t units, size_t documents, size_t reports, size_t *len)
{
    plan p;
    plan_init(&p, seed, units, documents);
    item_serial = 0;
    strbuf b = {0};
    sb_str(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"1.1\">\n");
    xml_units(&p, &b);
    for (size_t d = 0; d < documents; d++)
        xml_document(&p, &b, d);
    xml_reports(&p, &b, reports);
    sb_str(&b, "</congdoan>\n");
    ck_assert_int_ge(p.max_depth, 8);
    plan_free(&p);
    *len = b.len;
    return b.data;
}

static size_t property_seeds(size_t fallback)
{
    const char *s = getenv("CONGDOAN_PROPERTY_SEEDS");
    if (s && *s) {
        long n = strtol(s, NULL, 10);
        if (n > 0)
            return (size_t)n;
    }
    return fallback;
}

/* The property for one model: write -> read -> equal -> write -> the same bytes. */
static void property(const congdoan_corpus *c1)
{
    size_t n1, n2;
    char *w1 = write_xml(W_CORPUS, c1, NULL, &n1);
    assert_nfc("the written XML", w1);
    congdoan_corpus *c2 = load_text(w1, n1);
    total_checks += compare_corpus(c1, c2, 1, 1, 1, 1);
    char *w2 = write_xml(W_CORPUS, c2, NULL, &n2);
    assert_same_bytes("second write", w1, n1, w2, n2);
    free(w1);
    free(w2);
    congdoan_corpus_free(c2);
}

START_TEST(property_random_xml_models)
{
    /* Random models read from random XML text (the way a converting tool makes them). */
    size_t seeds = property_seeds(12);
    for (size_t s = 0; s < seeds; s++) {
        uint64_t seed = 0xC0D0A11ULL + s * 7919;
        snprintf(context, sizeof context, "random XML, seed %llu (CONGDOAN_PROPERTY_SEEDS=%zu)", (unsigned long long)seed,
                 seeds);
        size_t len;
        char *xml = random_xml(seed, 150 + (size_t)(seed % 250), 3, 20, &len);
        congdoan_corpus *c1 = load_text(xml, len);
        ck_assert_uint_ge(congdoan_corpus_unit_count(c1), 150);
        property(c1);
        if (s == 0) {
            /* and once the whole round trip with validation and parts */
            round_trip(c1, 1);
        }
        congdoan_corpus_free(c1);
        free(xml);
        if (failure[0])
            break;
    }
    assert_no_failure();
}
END_TEST

#if HAVE_EDIT
/* ---- random models through the editing API ------------------------------------------------- */

#define EDIT_OK(call)                                                                                          \
    do {                                                                                                       \
        int rc_ = (call);                                                                                      \
        ck_assert_msg(rc_ == 0, "%s: %s failed: %d %s", context, #call, rc_, congdoan_error_last_message());  \
    } while (0)

/* Any double in [0, max], with all its digits (the editing API keeps the nearest number the XML
 * can hold: 15 significant digits, 15 decimals). */
static double random_double(rng *r, double max)
{
    switch (pick(r, 4)) {
    case 0: return random_number(r, max, 0);
    case 1: return max * ((double)(next(r) >> 11) / 9007199254740992.0);
    case 2: return (double)pick(r, (size_t)max + 1) / (double)(1 + pick(r, 999)); /* 1/3, 2/7 … */
    default: return (double)(next(r) >> 11) / 9007199254740992.0 / (double)(1 + pick(r, 1000000));
    }
}

/* A random section of a document, or NULL (top level). */
typedef struct api_doc {
    const congdoan_document *doc;
    const congdoan_section *sections[256];
    int depth[256];
    size_t section_count;
} api_doc;

static void api_units(plan *p, congdoan_corpus *c, int moves)
{
    rng *r = &p->r;
    /* Units in a random order: a child may be added before its parent (it waits as a root and is
     * attached when the parent comes). */
    size_t *order = malloc(p->units * sizeof *order);
    ck_assert_ptr_nonnull(order);
    for (size_t i = 0; i < p->units; i++)
        order[i] = i;
    for (size_t i = 1; i < p->units; i++)
        if (chance(r, 20)) {
            size_t j = pick(r, i + 1), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    /* each unit's parent: one level up, chosen in advance */
    char (*parents)[24] = calloc(p->units, sizeof *parents);
    ck_assert_ptr_nonnull(parents);
    for (size_t i = 1; i < p->units; i++) {
        if (!chance(r, 95))
            continue;
        size_t j;
        do
            j = pick(r, i);
        while (p->unit_levels[j] != p->unit_levels[i] - 1);
        snprintf(parents[i], sizeof parents[i], "%s", p->unit_ids[j]);
    }
    for (size_t k = 0; k < p->units; k++) {
        size_t i = order[k];
        int level = p->unit_levels[i];
        char *name = random_text(r, 8);
        const congdoan_unit *u = NULL;
        EDIT_OK(congdoan_corpus_add_unit(c, p->unit_ids[i], (congdoan_level)level, name, parents[i][0] ? parents[i] : NULL, &u));
        free(name);
        ck_assert_ptr_nonnull(u);
        if (chance(r, 50)) {
            char *t = random_text(r, 4);
            EDIT_OK(congdoan_unit_set_short_name(c, u, t));
            free(t);
        }
        if (level == 4 && chance(r, 70))
            EDIT_OK(congdoan_unit_set_sector(c, u, (congdoan_sector)(1 + pick(r, 3))));
        if (chance(r, 60))
            EDIT_OK(congdoan_unit_set_members(c, u, (long)pick(r, 100000)));
        if (chance(r, 30))
            EDIT_OK(congdoan_unit_set_workers(c, u, (long)pick(r, 100000)));
        if (level < 3 && chance(r, 30))
            EDIT_OK(congdoan_unit_set_declared_upper_grassroots_units(c, u, (long)pick(r, 50)));
        if (level < 4 && chance(r, 30))
            EDIT_OK(congdoan_unit_set_declared_grassroots_units(c, u, (long)pick(r, 2000)));
        size_t depts = level < 4 ? pick(r, 4) : 0;
        for (size_t d = 0; d < depts; d++) {
            char *id = p->dept_ids[p->depts++];
            snprintf(id, 24, "%s.d%zu", p->unit_ids[i], d);
            int body = chance(r, 40);
            char *dn = random_text(r, 5);
            const congdoan_unit *dep = NULL;
            EDIT_OK(congdoan_unit_add_department(c, u, id, dn, body ? CONGDOAN_UNIT_BODY : CONGDOAN_UNIT_DEPARTMENT,
                                                 body && chance(r, 80) ? (congdoan_body_kind)(1 + pick(r, 4)) : CONGDOAN_BODY_NONE,
                                                 &dep));
            free(dn);
            if (chance(r, 30)) {
                char *t = random_text(r, 3);
                EDIT_OK(congdoan_unit_set_short_name(c, dep, t));
                free(t);
            }
        }
        /* classifications in any order of years, some replaced */
        for (size_t n = pick(r, 5); n > 0; n--)
            EDIT_OK(congdoan_unit_set_classification(c, u, 2015 + (int)pick(r, 10), (congdoan_grade)(1 + pick(r, 4))));
    }
    /* with `moves`, a few units moved under another parent of the level above */
    for (size_t n = moves ? 1 + pick(r, 6) : 0; n > 0; n--) {
        size_t i = 1 + pick(r, p->units - 1);
        const congdoan_unit *u = congdoan_corpus_unit_by_id(c, p->unit_ids[i]);
        size_t j;
        do
            j = pick(r, p->units);
        while (p->unit_levels[j] != p->unit_levels[i] - 1);
        EDIT_OK(congdoan_unit_set_parent_id(c, u, p->unit_ids[j]));
    }
    free(parents);
    free(order);
}

static const congdoan_section *api_random_section(plan *p, api_doc *a, int *depth)
{
    if (!a->section_count || chance(&p->r, 10)) {
        *depth = 0;
        return NULL;
    }
    size_t k = pick(&p->r, a->section_count);
    *depth = a->depth[k];
    return a->sections[k];
}

static void api_add_section(plan *p, congdoan_corpus *c, api_doc *a, const congdoan_section *parent, int depth,
                            const char *id)
{
    rng *r = &p->r;
    char *title = chance(r, 60) ? random_text(r, 6) : NULL;
    const char *number = chance(r, 70) ? (const char *[]){"I.", "II.", "1.", "3.1.", "(2)", "-", "a)", "+"}[pick(r, 8)] : NULL;
    const congdoan_section *s = NULL;
    EDIT_OK(congdoan_document_add_section(c, a->doc, parent, id, number, title, &s));
    free(title);
    if (a->section_count < 256) {
        a->sections[a->section_count] = s;
        a->depth[a->section_count++] = depth + 1;
    }
    if (depth + 1 > p->max_depth)
        p->max_depth = depth + 1;
}

static void api_add_task(plan *p, congdoan_corpus *c, size_t d, const congdoan_section *s, const char *id)
{
    rng *r = &p->r;
    char *text = random_text(r, 30);
    const congdoan_task *t = NULL;
    EDIT_OK(congdoan_section_add_task(c, s, id, text, &t));
    free(text);
    if (chance(r, 80))
        EDIT_OK(congdoan_task_set_lead_id(c, t, any_unit(p)));
    if (chance(r, 60)) {
        char due[32];
        random_due(r, due, sizeof due);
        char *dt = chance(r, 40) ? random_text(r, 4) : NULL;
        EDIT_OK(congdoan_task_set_due(c, t, due, dt));
        free(dt);
    }
    for (size_t k = pick(r, 4); k > 0; k--) {
        int has_unit = chance(r, 60), has_text = !has_unit || chance(r, 40);
        char *ct = has_text ? random_text(r, 6) : NULL;
        EDIT_OK(congdoan_task_add_coordinator(c, t, has_unit ? any_unit(p) : NULL, ct));
        free(ct);
    }
    if (p->task_counts[d] < 8)
        snprintf(p->task_ids[d][p->task_counts[d]++], 24, "%s", id);
}

static void api_add_indicator(plan *p, congdoan_corpus *c, size_t d, const congdoan_section *s, const char *id)
{
    rng *r = &p->r;
    congdoan_measure measure = (congdoan_measure)(1 + pick(r, 4));
    congdoan_comparator comparator = (congdoan_comparator)(1 + pick(r, 4));
    int percent = measure == CONGDOAN_MEASURE_PERCENTAGE || measure == CONGDOAN_MEASURE_SHARE_OF_UNITS;
    double max = percent ? 100 : 1e6;
    double target = random_double(r, max);
    char *text = random_text(r, 20);
    const congdoan_indicator *x = NULL;
    EDIT_OK(congdoan_section_add_indicator(c, s, id, measure, comparator, target, text, &x));
    free(text);
    if (comparator == CONGDOAN_COMPARATOR_RANGE) {
        double lo = congdoan_indicator_target(x);
        double hi = lo + random_double(r, max - lo);
        if (hi > max)
            hi = max;
        if (chance(r, 50))
            EDIT_OK(congdoan_indicator_set_target_max(c, x, hi));
        else
            EDIT_OK(congdoan_indicator_set_range(c, x, lo, hi));
    }
    if (measure == CONGDOAN_MEASURE_SHARE_OF_UNITS)
        EDIT_OK(congdoan_indicator_set_condition_grade(c, x, (congdoan_grade)(1 + pick(r, 4))));
    if (chance(r, 40))
        EDIT_OK(congdoan_indicator_set_baseline(c, x, chance(r, 20) ? -random_double(r, max) : random_double(r, max)));
    if (chance(r, 50)) {
        char period[32];
        random_period(r, period, sizeof period, 0);
        EDIT_OK(congdoan_indicator_set_period(c, x, period));
    }
    if (chance(r, 50))
        EDIT_OK(congdoan_indicator_set_owner_id(c, x, p->unit_ids[pick(r, p->units)]));
    if (chance(r, 40))
        EDIT_OK(congdoan_indicator_set_scope_level(c, x, (congdoan_level)(1 + pick(r, 4))));
    if (chance(r, 30))
        EDIT_OK(congdoan_indicator_set_scope_sectors(c, x, (int)(1 + pick(r, 7)) << 1));
    if (chance(r, 40)) {
        char *t = random_text(r, 2);
        EDIT_OK(congdoan_indicator_set_unit_of_measure(c, x, t));
        free(t);
    }
    if (d > 0 && chance(r, 30)) {
        char doc[24], ind[24];
        snprintf(doc, sizeof doc, "doc%zu", d - 1);
        snprintf(ind, sizeof ind, "i%zu-%zu", d - 1, pick(r, 4));
        EDIT_OK(congdoan_indicator_set_refines(c, x, doc, ind));
    }
    if (p->ind_counts[d] < 8) {
        snprintf(p->ind_ids[d][p->ind_counts[d]], 24, "%s", id);
        p->ind_percent[d][p->ind_counts[d]++] = percent;
    }
}

static void api_document(plan *p, congdoan_corpus *c, size_t d)
{
    rng *r = &p->r;
    api_doc *a = calloc(1, sizeof *a);
    ck_assert_ptr_nonnull(a);
    char id[24];
    snprintf(id, sizeof id, "doc%zu", d);
    int kind = 1 + (int)pick(r, 11);
    EDIT_OK(congdoan_corpus_add_document(c, id, (congdoan_document_kind)kind, &a->doc));
    if (chance(r, 80)) {
        char number[64];
        snprintf(number, sizeof number, "%zu/%s-%s", 1 + pick(r, 999), kind_codes[kind], issuers[pick(r, 6)]);
        EDIT_OK(congdoan_document_set_number(c, a->doc, number));
    }
    if (chance(r, 80))
        EDIT_OK(congdoan_document_set_issuer_id(c, a->doc, unit_of_level(p, 1 + (int)pick(r, 3))));
    if (p->depts && chance(r, 50))
        EDIT_OK(congdoan_document_set_issuing_body_id(c, a->doc, p->dept_ids[pick(r, p->depts)]));
    if (chance(r, 70))
        EDIT_OK(congdoan_document_set_issued(c, a->doc, random_date(r)));
    if (chance(r, 40))
        EDIT_OK(congdoan_document_set_effective(c, a->doc, random_date(r)));
    char *t;
    if (chance(r, 60)) {
        t = random_text(r, 3);
        EDIT_OK(congdoan_document_set_place(c, a->doc, t));
        free(t);
    }
    if (chance(r, 40)) {
        t = random_text(r, 5);
        EDIT_OK(congdoan_document_set_field(c, a->doc, t));
        free(t);
    }
    if (chance(r, 85)) {
        t = random_text(r, 25);
        EDIT_OK(congdoan_document_set_title(c, a->doc, t));
        free(t);
    }
    if (chance(r, 60)) {
        char *name = random_text(r, 3), *pos = chance(r, 60) ? random_text(r, 2) : NULL,
             *cap = chance(r, 40) ? random_text(r, 4) : NULL;
        EDIT_OK(congdoan_document_set_signer(c, a->doc, name, pos, cap));
        free(name);
        free(pos);
        free(cap);
    }
    for (size_t k = pick(r, 4); k > 0; k--) {
        int by_id = d > 0 && chance(r, 60), by_number = !by_id || chance(r, 50);
        char target[24], number[32];
        snprintf(target, sizeof target, "doc%zu", d ? pick(r, d) : 0);
        snprintf(number, sizeof number, "%zu-CT/TW", 1 + pick(r, 50));
        char *text = chance(r, 60) ? random_text(r, 8) : NULL;
        EDIT_OK(congdoan_document_add_relation(c, a->doc, (congdoan_relation_type)(1 + pick(r, 6)), by_id ? target : NULL,
                                               by_number ? number : NULL, chance(r, 50) ? random_date(r) : 0, text));
        free(text);
    }
    for (size_t k = pick(r, 5); k > 0; k--) {
        t = random_text(r, 6);
        EDIT_OK(congdoan_document_add_recipient(c, a->doc, t, chance(r, 50) ? p->unit_ids[pick(r, p->units)] : NULL));
        free(t);
    }
    if (chance(r, 40)) {
        EDIT_OK(congdoan_document_set_reporting(c, a->doc, chance(r, 50) ? p->unit_ids[pick(r, p->units)] : NULL,
                                                chance(r, 60) ? (congdoan_period_kind)(1 + pick(r, 4)) : CONGDOAN_PERIOD_NONE));
        int year = 2020 + (int)pick(r, 8);
        for (size_t k = pick(r, 3); k > 0; k--) {
            char period[16];
            snprintf(period, sizeof period, "%d-Q%zu", year, k);
            EDIT_OK(congdoan_document_add_deadline(c, a->doc, period, random_date(r)));
        }
        for (size_t k = pick(r, 3); k > 0; k--) {
            int rc = congdoan_document_add_reporter(c, a->doc, p->unit_ids[pick(r, p->units)]);
            ck_assert_msg(rc == 0 || rc == CONGDOAN_EEXISTS, "%s: add_reporter: %d", context, rc);
        }
    }
    /* a chain 8 deep, then items added to random sections in any order (an item added to an
     * earlier section after later ones joins the document's lists at its place) */
    const congdoan_section *parent = NULL;
    for (int depth = 0; depth < 8; depth++) {
        char sid[40];
        snprintf(sid, sizeof sid, "deep%zu-%d", d, depth + 1);
        api_add_section(p, c, a, parent, depth, sid);
        parent = a->sections[a->section_count - 1];
    }
    size_t items = 20 + pick(r, 60);
    for (size_t k = 0; k < items; k++) {
        int depth;
        const congdoan_section *s = api_random_section(p, a, &depth);
        char iid[24];
        size_t what = pick(r, 4);
        if (!s || (what == 3 && depth < 8)) {
            if (depth >= 8)
                continue;
            snprintf(iid, sizeof iid, "s%zu", item_serial++);
            api_add_section(p, c, a, s, depth, chance(r, 60) ? iid : NULL);
            continue;
        }
        switch (what) {
        case 0:
            t = random_text(r, 40);
            EDIT_OK(congdoan_section_add_paragraph(c, s, t));
            free(t);
            break;
        case 1:
            snprintf(iid, sizeof iid, "t%zu", item_serial++);
            api_add_task(p, c, d, s, iid);
            break;
        default:
            snprintf(iid, sizeof iid, "i%zu-%zu", d, p->ind_counts[d] < 4 ? p->ind_counts[d] : 4 + item_serial++);
            api_add_indicator(p, c, d, s, iid);
            break;
        }
    }
    free(a);
}

static void api_reports(plan *p, congdoan_corpus *c, size_t count)
{
    rng *r = &p->r;
    for (size_t k = 0; k < count; k++) {
        size_t d = pick(r, p->documents);
        char id[24], doc[24], period[32];
        snprintf(id, sizeof id, "rep%zu", k);
        snprintf(doc, sizeof doc, "doc%zu", d);
        random_period(r, period, sizeof period, 0);
        const congdoan_report *rep = NULL;
        EDIT_OK(congdoan_corpus_add_report(c, id, p->unit_ids[pick(r, p->units)], doc, period, &rep));
        if (chance(r, 60))
            EDIT_OK(congdoan_report_set_submitted(c, rep, random_date(r)));
        for (size_t i = 0; i < p->ind_counts[d]; i++) {
            if (!chance(r, 70))
                continue;
            double max = p->ind_percent[d][i] ? 100 : 1e6;
            congdoan_coverage cov = chance(r, 50) ? CONGDOAN_COVERAGE_SUBTREE : CONGDOAN_COVERAGE_SELF;
            int plain = chance(r, 60), fraction = !plain || chance(r, 40);
            if (plain)
                EDIT_OK(congdoan_report_set_value(c, rep, p->ind_ids[d][i], random_double(r, max), cov));
            if (fraction) {
                double den = 1 + (double)pick(r, 5000);
                EDIT_OK(congdoan_report_set_fraction(c, rep, p->ind_ids[d][i], (double)pick(r, (size_t)den + 1), den, cov));
            }
        }
        for (size_t i = 0; i < p->task_counts[d]; i++) {
            if (!chance(r, 60))
                continue;
            char *note = chance(r, 50) ? random_text(r, 12) : NULL;
            EDIT_OK(congdoan_report_set_task_status(c, rep, p->task_ids[d][i], (congdoan_task_status)(1 + pick(r, 4)), note));
            free(note);
        }
        if (chance(r, 40)) {
            char *note = random_text(r, 20);
            EDIT_OK(congdoan_report_set_note(c, rep, note));
            free(note);
        }
    }
}

static void api_property(int moves, uint64_t base)
{
    size_t seeds = property_seeds(12);
    for (size_t s = 0; s < seeds; s++) {
        uint64_t seed = base + s * 104729;
        snprintf(context, sizeof context, "editing API%s, seed %llu (CONGDOAN_PROPERTY_SEEDS=%zu)",
                 moves ? " with moves" : "", (unsigned long long)seed, seeds);
        plan p;
        plan_init(&p, seed, 150 + (size_t)(seed % 250), 3);
        item_serial = 0;
        congdoan_corpus *c = NULL;
        ck_assert_int_eq(congdoan_corpus_new(&c), 0);
        api_units(&p, c, moves);
        for (size_t d = 0; d < p.documents; d++)
            api_document(&p, c, d);
        api_reports(&p, c, 20);
        ck_assert_int_ge(p.max_depth, 8);
        ck_assert_uint_ge(congdoan_corpus_unit_count(c), 150);
        property(c);
        if (s == 0)
            round_trip(c, 1);
        congdoan_corpus_free(c);
        plan_free(&p);
        if (failure[0])
            break;
    }
    assert_no_failure();
}

START_TEST(property_models_built_through_the_api)
{
    api_property(0, 0x5EED0000ULL);
}
END_TEST

START_TEST(property_models_with_units_moved)
{
    /* congdoan_unit_set_parent_id() makes the unit the last child of its new parent: reading
     * what is written must give the same children, in the same order. */
    api_property(1, 0x5EED8000ULL);
}
END_TEST
#endif

int main(void)
{
    collect_fixtures();
    Suite *s = suite_create("roundtrip");

    TCase *fixtures = tcase_create("fixtures");
    tcase_add_checked_fixture(fixtures, clear_failure, NULL);
    tcase_set_timeout(fixtures, 600);
    tcase_add_test(fixtures, fixtures_were_found);
    tcase_add_test(fixtures, model_comparison_finds_differences);
    tcase_add_loop_test(fixtures, each_file_round_trips, 0, (int)(file_count ? file_count : 1));
    tcase_add_loop_test(fixtures, each_folder_round_trips, 0, (int)(folder_count ? folder_count : 1));
    suite_add_tcase(s, fixtures);

    TCase *nfc = tcase_create("nfc");
    tcase_add_checked_fixture(nfc, clear_failure, NULL);
    tcase_add_test(nfc, decomposed_input_is_written_in_nfc);
    tcase_add_test(nfc, decomposed_text_in_foreign_content_is_written_in_nfc);
    suite_add_tcase(s, nfc);

    TCase *ns = tcase_create("namespaces");
    tcase_add_checked_fixture(ns, clear_failure, NULL);
    tcase_add_test(ns, a_namespace_name_with_an_ampersand_is_written_as_read);
    suite_add_tcase(s, ns);

    TCase *prop = tcase_create("property");
    tcase_add_checked_fixture(prop, clear_failure, NULL);
    tcase_set_timeout(prop, 1200);
    tcase_add_test(prop, property_random_xml_models);
#if HAVE_EDIT
    tcase_add_test(prop, property_models_built_through_the_api);
    tcase_add_test(prop, property_models_with_units_moved);
#endif
    suite_add_tcase(s, prop);

    int rc = test_run_suite(s);
    printf("roundtrip: %zu fixture files in %zu folders; %zu model comparisons made\n", file_count, folder_count,
           total_checks);
    return rc;
}
