/* Allocation failures. For n = 1, 2, 3 … every allocation from the n-th on fails, first among
 * the library's own allocations (congdoan__alloc_fail_at), then among libxml2's (through
 * xmlMemSetup hooks installed before libxml2 is first used), and finally with only libxml2's
 * n-th allocation failing. Each load must then
 *   - return CONGDOAN_ENOMEM exactly when it fails (never another code), or succeed with the
 *     whole model (nothing half-built: the same counts and content as without failures);
 *   - leave the corpus as it was before the load (empty for a first load);
 *   - leave the issue list usable, and the corpus usable for a later good load;
 *   - free everything (run under valgrind: no leaks, no invalid accesses);
 *   - print nothing: stderr goes to a file during the loops and must stay empty.
 * The loops go on until n passes the number of allocations a load makes, so every allocation
 * fails once (under valgrind the scenarios with many allocations are sampled, see max_runs).
 * The inputs: two seed fixtures, two files into one corpus, a folder load of the fixtures, one
 * fixture from memory, and a generated input larger than the loader's 64 KiB chunk (from
 * memory and from a file), where parsing has begun when a later chunk is pushed. Each loop
 * prints one line: its runs, the allocations, and the problems found with the first example.
 * Run it under valgrind with CK_FORK=no. */
#include "test-common.h"

#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

long congdoan__alloc_fail_at(long n);

/* ---- libxml2's allocations ------------------------------------------------------------------ */

static long xml_count, xml_fail_at;
static int xml_single; /* only the n-th fails, not every one after it */

static int xml_should_fail(void)
{
    if (xml_fail_at <= 0)
        return 0;
    ++xml_count;
    return xml_single ? xml_count == xml_fail_at : xml_count >= xml_fail_at;
}

static void *xml_malloc(size_t size)
{
    return xml_should_fail() ? NULL : malloc(size);
}

static void *xml_realloc(void *ptr, size_t size)
{
    return xml_should_fail() ? NULL : realloc(ptr, size);
}

static char *xml_strdup(const char *s)
{
    return xml_should_fail() ? NULL : strdup(s);
}

static void xml_free(void *ptr)
{
    free(ptr);
}

/* As congdoan__alloc_fail_at, for libxml2: returns the allocations made since the last call. */
static long xml_alloc_fail_at(long n, int single)
{
    long made = xml_count;
    xml_count = 0;
    xml_fail_at = n;
    xml_single = single;
    return made;
}

/* ---- what was loaded --------------------------------------------------------------------------- */

typedef struct fingerprint {
    size_t units, documents, reports, roots, children, departments, classifications;
    size_t sections, items, tasks, coordinators, indicators, relations, recipients, values, statuses;
    unsigned long long text; /* a hash over every text */
} fingerprint;

static void hash_text(unsigned long long *h, const char *s)
{
    for (; s && *s; s++)
        *h = (*h ^ (unsigned char)*s) * 1099511628211ULL;
    *h = (*h ^ 0xFF) * 1099511628211ULL;
}

static void walk_section(fingerprint *f, const congdoan_section *s)
{
    f->sections++;
    hash_text(&f->text, congdoan_section_id(s));
    hash_text(&f->text, congdoan_section_title(s));
    for (size_t i = 0; i < congdoan_section_item_count(s); i++) {
        f->items++;
        switch (congdoan_section_item_kind(s, i)) {
        case CONGDOAN_ITEM_PARAGRAPH: hash_text(&f->text, congdoan_section_item_text(s, i)); break;
        case CONGDOAN_ITEM_SECTION: walk_section(f, congdoan_section_item_section(s, i)); break;
        case CONGDOAN_ITEM_TASK: hash_text(&f->text, congdoan_task_id(congdoan_section_item_task(s, i))); break;
        case CONGDOAN_ITEM_INDICATOR:
            hash_text(&f->text, congdoan_indicator_id(congdoan_section_item_indicator(s, i)));
            break;
        default: break;
        }
    }
}

static fingerprint take(const congdoan_corpus *c)
{
    fingerprint f;
    memset(&f, 0, sizeof f);
    f.text = 1469598103934665603ULL;
    f.units = congdoan_corpus_unit_count(c);
    f.documents = congdoan_corpus_document_count(c);
    f.reports = congdoan_corpus_report_count(c);
    f.roots = congdoan_corpus_root_count(c);
    for (size_t i = 0; i < f.units; i++) {
        const congdoan_unit *u = congdoan_corpus_unit(c, i);
        ck_assert_ptr_nonnull(u);
        ck_assert_ptr_eq(congdoan_corpus_unit_by_id(c, congdoan_unit_id(u)), u);
        hash_text(&f.text, congdoan_unit_id(u));
        hash_text(&f.text, congdoan_unit_name(u));
        hash_text(&f.text, congdoan_unit_short_name(u));
        hash_text(&f.text, congdoan_unit_parent(u) ? congdoan_unit_id(congdoan_unit_parent(u)) : "-");
        f.children += congdoan_unit_child_count(u);
        f.departments += congdoan_unit_department_count(u);
        f.classifications += congdoan_unit_classification_count(u);
    }
    for (size_t i = 0; i < f.documents; i++) {
        const congdoan_document *d = congdoan_corpus_document(c, i);
        ck_assert_ptr_nonnull(d);
        ck_assert_ptr_eq(congdoan_corpus_document_by_id(c, congdoan_document_id(d)), d);
        hash_text(&f.text, congdoan_document_id(d));
        hash_text(&f.text, congdoan_document_title(d));
        hash_text(&f.text, congdoan_document_number(d));
        f.relations += congdoan_document_relation_count(d);
        f.recipients += congdoan_document_recipient_count(d);
        for (size_t k = 0; k < congdoan_document_recipient_count(d); k++)
            hash_text(&f.text, congdoan_document_recipient_text(d, k));
        for (size_t k = 0; k < congdoan_document_section_count(d); k++)
            walk_section(&f, congdoan_document_section(d, k));
        f.tasks += congdoan_document_task_count(d);
        for (size_t k = 0; k < congdoan_document_task_count(d); k++) {
            const congdoan_task *t = congdoan_document_task(d, k);
            hash_text(&f.text, congdoan_task_text(t));
            f.coordinators += congdoan_task_coordinator_count(t);
        }
        f.indicators += congdoan_document_indicator_count(d);
        for (size_t k = 0; k < congdoan_document_indicator_count(d); k++)
            hash_text(&f.text, congdoan_indicator_text(congdoan_document_indicator(d, k)));
    }
    for (size_t i = 0; i < f.reports; i++) {
        const congdoan_report *r = congdoan_corpus_report(c, i);
        ck_assert_ptr_nonnull(r);
        hash_text(&f.text, congdoan_report_id(r));
        hash_text(&f.text, congdoan_report_note(r));
        f.values += congdoan_report_value_count(r);
        f.statuses += congdoan_report_task_status_count(r);
    }
    return f;
}

static int same(const fingerprint *a, const fingerprint *b)
{
    return memcmp(a, b, sizeof *a) == 0;
}

static void describe(const fingerprint *f, char *buf, size_t size)
{
    snprintf(buf, size,
             "%zu units (%zu roots, %zu children, %zu departments, %zu classifications), %zu documents "
             "(%zu sections, %zu items, %zu tasks, %zu indicators), %zu reports (%zu values)",
             f->units, f->roots, f->children, f->departments, f->classifications, f->documents, f->sections, f->items,
             f->tasks, f->indicators, f->reports, f->values);
}

/* ---- the loads ----------------------------------------------------------------------------------- */

typedef enum step_kind { FILE_STEP, PATH_STEP, MEMORY_STEP, BIG_MEMORY_STEP, BIG_FILE_STEP } step_kind;

typedef struct step {
    step_kind kind;
    const char *name; /* a fixture in tests/data, or "" for the folder itself */
} step;

typedef struct scenario {
    const char *name;
    step steps[3];
    size_t nsteps;
    /* computed once without failures: the model after each step */
    fingerprint after[3];
    long lib_allocs, xml_allocs; /* allocations made by the whole scenario */
} scenario;

static scenario scenarios[] = {
    {"ctr-13-2025-laichau.xml", {{FILE_STEP, "ctr-13-2025-laichau.xml"}}, 1, {{0}}, 0, 0},
    {"units-laichau.xml", {{FILE_STEP, "units-laichau.xml"}}, 1, {{0}}, 0, 0},
    {"two files into one corpus", {{FILE_STEP, "units-tld.xml"}, {FILE_STEP, "units-laichau.xml"}}, 2, {{0}}, 0, 0},
    /* the fixtures directly in tests/data (its subfolders hold other tests' data, such as
     * expected output that repeats the ids), through a folder of links to them */
    {"load_path on tests/data/*.xml", {{PATH_STEP, ""}}, 1, {{0}}, 0, 0},
    {"units-tld.xml from memory", {{MEMORY_STEP, "units-tld.xml"}}, 1, {{0}}, 0, 0},
    /* larger than the loader's 64 KiB chunk: parsing has begun when a later chunk is pushed */
    {"330 KB from memory", {{BIG_MEMORY_STEP, "generated"}}, 1, {{0}}, 0, 0},
    {"330 KB file", {{BIG_FILE_STEP, "generated"}}, 1, {{0}}, 0, 0},
};

#define N_SCENARIOS (sizeof scenarios / sizeof scenarios[0])

static char *memory_copy;
static size_t memory_size;

static void read_fixture(const char *name)
{
    free(memory_copy);
    memory_copy = NULL;
    FILE *f = fopen(test_data_path(name), "rb");
    ck_assert_msg(f != NULL, "cannot open %s", test_data_path(name));
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    long size = ftell(f);
    ck_assert_int_gt(size, 0);
    rewind(f);
    memory_copy = malloc((size_t)size);
    ck_assert_ptr_nonnull(memory_copy);
    ck_assert_uint_eq(fread(memory_copy, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    memory_size = (size_t)size;
}

/* A generated input of about 330 KB, more than the loader's 64 KiB chunks, with few elements
 * (long ASCII names: libxml2 allocates for each attribute value with non-ASCII text), so that
 * the loops stay short. */
static char *big;
static size_t big_size;
static char big_path[64];

static void make_big(void)
{
    enum { UNITS = 300, NAME = 1000 };
    size_t cap = UNITS * (NAME + 200) + 1024, off = 0;
    big = malloc(cap);
    char *name = malloc(NAME + 1);
    if (!big || !name)
        abort();
    for (int k = 0; k < NAME; k++)
        name[k] = "Lien doan Lao dong "[k % 19];
    name[NAME] = '\0';
    off += (size_t)snprintf(big + off, cap - off,
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" "
                            "version=\"1.0\">\n<unit id=\"gen\" level=\"central\" name=\"Tổng Liên đoàn\"/>\n");
    for (int i = 1; i < UNITS; i++)
        off += (size_t)snprintf(big + off, cap - off,
                                "<unit id=\"gen.u%04d\" level=\"provincial\" name=\"%s %d\" parent=\"gen\" "
                                "members=\"%d\"/>\n", i, name, i, 1000 + i);
    off += (size_t)snprintf(big + off, cap - off, "</congdoan>\n");
    free(name);
    big_size = off;
    if (big_size <= 256 * 1024)
        abort();
    snprintf(big_path, sizeof big_path, "/tmp/congdoan-alloc-XXXXXX");
    int fd = mkstemp(big_path);
    if (fd < 0 || write(fd, big, big_size) != (ssize_t)big_size || close(fd) != 0)
        abort();
}

/* A folder of symbolic links to the *.xml files directly in tests/data. */
static char link_dir[64];

static void make_link_dir(void)
{
    char data[2 * PATH_MAX + 2], cwd[PATH_MAX];
    const char *dir = test_data_path("");
    if (dir[0] == '/')
        snprintf(data, sizeof data, "%s", dir);
    else if (getcwd(cwd, sizeof cwd))
        snprintf(data, sizeof data, "%s/%s", cwd, dir);
    else
        abort();
    snprintf(link_dir, sizeof link_dir, "/tmp/congdoan-alloc-XXXXXX");
    if (!mkdtemp(link_dir))
        abort();
    DIR *d = opendir(data);
    if (!d)
        abort();
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        char from[sizeof data + 256], to[sizeof link_dir + 256];
        struct stat sb;
        snprintf(from, sizeof from, "%s/%s", data, e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".xml") != 0 || stat(from, &sb) != 0 ||
            !S_ISREG(sb.st_mode))
            continue;
        snprintf(to, sizeof to, "%s/%s", link_dir, e->d_name);
        if (symlink(from, to) != 0)
            abort();
    }
    closedir(d);
}

static void remove_link_dir(void)
{
    DIR *d = opendir(link_dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char p[128 + 256];
        if (e->d_name[0] == '.')
            continue;
        snprintf(p, sizeof p, "%s/%s", link_dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(link_dir);
}

static int run_step(congdoan_corpus *c, const step *s, congdoan_issues *issues)
{
    char path[4096];
    if (s->kind == BIG_MEMORY_STEP)
        return congdoan_corpus_load_memory(c, big, big_size, "generated", issues);
    if (s->kind == BIG_FILE_STEP)
        return congdoan_corpus_load_file(c, big_path, issues);
    if (s->kind == PATH_STEP)
        return congdoan_corpus_load_path(c, link_dir, issues);
    if (s->kind == MEMORY_STEP)
        return congdoan_corpus_load_memory(c, memory_copy, memory_size, s->name, issues);
    snprintf(path, sizeof path, "%s", test_data_path(s->name));
    return congdoan_corpus_load_file(c, path, issues);
}

static void print_issues(const congdoan_issues *issues)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        printf("    %s:%ld: %s: %s\n", congdoan_issue_file(is), congdoan_issue_line(is), congdoan_issue_tag(is),
               congdoan_issue_message(is));
    }
}

/* The reference: every step without failures, and the allocations it takes. */
static void prepare(scenario *sc)
{
    if (sc->steps[0].kind == MEMORY_STEP)
        read_fixture(sc->steps[0].name);
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    congdoan__alloc_fail_at(LONG_MAX); /* count, never fail */
    xml_alloc_fail_at(LONG_MAX, 0);
    for (size_t i = 0; i < sc->nsteps; i++) {
        int rc = run_step(c, &sc->steps[i], issues);
        if (rc != 0)
            print_issues(issues);
        ck_assert_msg(rc == 0, "%s: step %zu fails without any allocation failure: %d %s", sc->name, i, rc,
                      congdoan_error_last_message());
        sc->after[i] = take(c);
    }
    sc->lib_allocs = congdoan__alloc_fail_at(0);
    sc->xml_allocs = xml_alloc_fail_at(0, 0);
    ck_assert_int_gt(sc->lib_allocs, 0);
    ck_assert_int_gt(sc->xml_allocs, 0);
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
}

typedef enum which { LIBRARY, LIBXML2, LIBXML2_SINGLE } which;

static const char *const which_name[] = {"library allocations", "libxml2 allocations", "single libxml2 allocation"};

static void arm(which w, long n)
{
    if (w == LIBRARY)
        congdoan__alloc_fail_at(n);
    else
        xml_alloc_fail_at(n, w == LIBXML2_SINGLE);
}

static void disarm(void)
{
    congdoan__alloc_fail_at(0);
    xml_alloc_fail_at(0, 0);
}

/* The issue list works: it can be read, filled further and cleared. */
static void exercise_issues(congdoan_issues *issues, const char *where)
{
    size_t n = congdoan_issues_count(issues);
    for (size_t i = 0; i < n; i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        ck_assert_msg(is != NULL, "%s: issue %zu of %zu is NULL", where, i, n);
        ck_assert_ptr_nonnull(congdoan_issue_tag(is));
        ck_assert_ptr_nonnull(congdoan_issue_message(is));
        ck_assert_ptr_nonnull(congdoan_issue_file(is));
        ck_assert_ptr_nonnull(congdoan_issue_explanation(is));
    }
    ck_assert_ptr_null(congdoan_issues_get(issues, n));
    congdoan_corpus *scratch = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&scratch), 0);
    static const char bad[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><unit/></congdoan>";
    ck_assert_int_eq(congdoan_corpus_load_memory(scratch, bad, sizeof bad - 1, "exercise", issues), CONGDOAN_ESCHEMA);
    ck_assert_uint_gt(congdoan_issues_count(issues), n);
    congdoan_corpus_free(scratch);
    congdoan_issues_clear(issues);
    ck_assert_uint_eq(congdoan_issues_count(issues), 0);
}

/* What can go wrong with one n. */
typedef enum violation {
    V_WRONG_CODE,     /* failed with another code than CONGDOAN_ENOMEM */
    V_LAST_ERROR,     /* the last error is not CONGDOAN_ENOMEM with a message */
    V_CHANGED,        /* the failed load changed the corpus */
    V_HALF_BUILT,     /* the load succeeded with less (or other) than the whole model */
    V_NOT_RECOVERED,  /* the same loads without failures then fail or give another model */
    V_NOT_MONOTONIC,  /* failed although a smaller n succeeded */
    V_STDERR,         /* something was written to stderr */
    V_COUNT
} violation;

static const char *const violation_name[V_COUNT] = {
    "failed with a code other than CONGDOAN_ENOMEM",
    "last error not CONGDOAN_ENOMEM with a message",
    "a failed load changed the corpus",
    "succeeded with a half-built model",
    "corpus unusable afterwards",
    "failed after a smaller n succeeded",
    "wrote to stderr",
};

typedef struct tally {
    long count[V_COUNT];
    char first[V_COUNT][768];
} tally;

static void note(tally *t, violation v, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void note(tally *t, violation v, const char *fmt, ...)
{
    if (t->count[v]++ == 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(t->first[v], sizeof t->first[v], fmt, ap);
        va_end(ap);
    }
}

/* stderr goes to a file during the loops: the library must never write to it, even when
 * libxml2 runs out of memory. */
static int saved_stderr = -1, stderr_file = -1;
static off_t stderr_seen;
static char stderr_path[64];

static void capture_stderr(void)
{
    snprintf(stderr_path, sizeof stderr_path, "/tmp/congdoan-stderr-XXXXXX");
    stderr_file = mkstemp(stderr_path);
    ck_assert_int_ge(stderr_file, 0);
    fflush(stderr);
    saved_stderr = dup(2);
    ck_assert_int_ge(saved_stderr, 0);
    ck_assert_int_eq(dup2(stderr_file, 2), 2);
    stderr_seen = 0;
}

static void release_stderr(void)
{
    if (saved_stderr < 0)
        return;
    fflush(stderr);
    dup2(saved_stderr, 2);
    close(saved_stderr);
    close(stderr_file);
    unlink(stderr_path);
    saved_stderr = stderr_file = -1;
}

/* What was written to stderr since the last call, or NULL. */
static const char *stderr_news(void)
{
    static char text[160];
    struct stat sb;
    fflush(stderr);
    if (stderr_file < 0 || fstat(stderr_file, &sb) != 0 || sb.st_size <= stderr_seen)
        return NULL;
    ssize_t n = pread(stderr_file, text, sizeof text - 1, stderr_seen);
    text[n > 0 ? n : 0] = '\0';
    for (char *p = text; *p; p++)
        if (*p == '\n')
            *p = ' ';
    stderr_seen = sb.st_size;
    return text;
}

/* One scenario with allocation n failing (and those after it, unless single). Returns 1 when
 * every step succeeded, 0 when one failed; what is wrong goes to the tally. */
static int attempt(scenario *sc, which w, long n, tally *t)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    ck_assert_int_eq(congdoan_issues_new(&issues), 0);
    char where[256], want[512], got[512];
    fingerprint empty = take(c), before = empty;
    int all_ok = 1;
    size_t i;
    int rc = 0;
    arm(w, n);
    for (i = 0; i < sc->nsteps; i++) {
        congdoan_error_clear();
        rc = run_step(c, &sc->steps[i], issues);
        if (rc != 0)
            break;
        before = take(c);
    }
    disarm();
    snprintf(where, sizeof where, "n = %ld, step %zu (%s)", n, i, i < sc->nsteps ? sc->steps[i].name : "");
    const char *printed = stderr_news();
    if (printed)
        note(t, V_STDERR, "%s: \"%s\"", where, printed);
    if (rc != 0) {
        all_ok = 0;
        if (rc != CONGDOAN_ENOMEM)
            note(t, V_WRONG_CODE, "%s: %d (%s): \"%s\" at %s:%ld", where, rc, congdoan_strerror(rc),
                 congdoan_error_last_message(), congdoan_error_last_file(), congdoan_error_last_line());
        else if (congdoan_error_last_code() != CONGDOAN_ENOMEM || congdoan_error_last_message()[0] == '\0')
            note(t, V_LAST_ERROR, "%s: last error %d \"%s\"", where, congdoan_error_last_code(),
                 congdoan_error_last_message());
        /* nothing of the failed step is in the corpus */
        fingerprint now = take(c);
        if (!same(&now, &before) || (i == 0 && !same(&now, &empty))) {
            describe(&before, want, sizeof want);
            describe(&now, got, sizeof got);
            note(t, V_CHANGED, "%s: after the failed load the corpus holds %s; before it: %s", where, got, want);
        }
        exercise_issues(issues, where);
        /* the corpus still takes the rest of the loads */
        for (; i < sc->nsteps; i++) {
            int again = run_step(c, &sc->steps[i], issues);
            if (again != 0) {
                note(t, V_NOT_RECOVERED, "%s: step %zu repeated without failures returned %d: %s", where, i, again,
                     congdoan_error_last_message());
                break;
            }
        }
    }
    /* success, or a recovered corpus: the whole model, exactly */
    fingerprint now = take(c);
    if (!same(&now, &sc->after[sc->nsteps - 1])) {
        describe(&sc->after[sc->nsteps - 1], want, sizeof want);
        describe(&now, got, sizeof got);
        note(t, all_ok ? V_HALF_BUILT : V_NOT_RECOVERED, "%s: %s the corpus holds %s; without failures: %s", where,
             all_ok ? "the load succeeded, but" : "after repeating the loads", got, want);
    }
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    return all_ok;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The most runs of one loop: unlimited, but 160 (100 for a folder) under valgrind (each run costs 20 to 50
 * times as much; the scenarios with more allocations are then sampled evenly, n = 1, 1 + k, …,
 * and always total + 1). CONGDOAN_ALLOC_MAX_RUNS overrides it (0: unlimited). */
static long max_runs(const scenario *sc)
{
    const char *env = getenv("CONGDOAN_ALLOC_MAX_RUNS");
    if (env && *env)
        return atol(env);
    /* a folder load reads every fixture: fewer runs keep it under a minute */
    return test_under_valgrind() ? (sc->steps[0].kind == PATH_STEP ? 100 : 160) : 0;
}

/* Run n = 1 … total + 1, so that every allocation fails once; with every allocation from n on
 * failing, a success at n means every larger n succeeds too. */
static void loop(scenario *sc, which w)
{
    prepare(sc);
    long total = w == LIBRARY ? sc->lib_allocs : sc->xml_allocs;
    long first_success = 0, runs = 0, failed = 0;
    long limit = max_runs(sc), stride = limit > 0 && total + 1 > limit ? (total + limit) / limit : 1;
    tally t;
    memset(&t, 0, sizeof t);
    double t0 = now_seconds();
    capture_stderr();
    for (long n = 1; n <= total + 1; n = n + stride > total + 1 && n < total + 1 ? total + 1 : n + stride) {
        int ok = attempt(sc, w, n, &t);
        runs++;
        failed += !ok;
        if (ok && !first_success)
            first_success = n;
        if (w != LIBXML2_SINGLE && first_success && !ok)
            note(&t, V_NOT_MONOTONIC, "n = %ld failed after n = %ld succeeded", n, first_success);
    }
    release_stderr();
    long bad = 0;
    char summary[4096] = "";
    size_t off = 0;
    for (int v = 0; v < V_COUNT; v++) {
        bad += t.count[v];
        if (t.count[v] && off < sizeof summary)
            off += (size_t)snprintf(summary + off, sizeof summary - off, "\n  %ld x %s; first: %s", t.count[v],
                                    violation_name[v], t.first[v]);
    }
    char sampled[64] = "";
    if (stride > 1)
        snprintf(sampled, sizeof sampled, ", sampled: every %ld", stride);
    printf("alloc-failure: %-26s %-26s %5ld runs (%ld allocations%s; %ld failed loads; first success at n = %ld) in "
           "%.1f s; %ld problems%s\n",
           sc->name, which_name[w], runs, total, sampled, failed, first_success, now_seconds() - t0, bad, summary);
    fflush(stdout);
    ck_assert_msg(first_success > 0, "%s, %s: no load succeeded, even with n past the %ld allocations", sc->name,
                  which_name[w], total);
    ck_assert_msg(bad == 0, "%s, %s: %ld problems in %ld runs:%s", sc->name, which_name[w], bad, runs, summary);
}

START_TEST(library_allocations)
{
    loop(&scenarios[_i], LIBRARY);
}
END_TEST

START_TEST(libxml2_allocations)
{
    loop(&scenarios[_i], LIBXML2);
}
END_TEST

START_TEST(libxml2_single_allocation)
{
    loop(&scenarios[_i], LIBXML2_SINGLE);
}
END_TEST

/* Creating a corpus or an issue list fails cleanly too. */
START_TEST(constructors)
{
    congdoan_corpus *c = (congdoan_corpus *)&c;
    congdoan__alloc_fail_at(1);
    int rc = congdoan_corpus_new(&c);
    congdoan__alloc_fail_at(0);
    ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(congdoan_error_last_code(), CONGDOAN_ENOMEM);
    congdoan_issues *issues = (congdoan_issues *)&issues;
    congdoan__alloc_fail_at(1);
    rc = congdoan_issues_new(&issues);
    congdoan__alloc_fail_at(0);
    ck_assert_int_eq(rc, CONGDOAN_ENOMEM);
    ck_assert_ptr_null(issues);
    /* a load with no issue list of its own (the library makes a scratch one) */
    ck_assert_int_eq(congdoan_corpus_new(&c), 0);
    for (long n = 1; n < 1000; n++) {
        congdoan__alloc_fail_at(n);
        rc = congdoan_corpus_load_file(c, test_data_path("units-tld.xml"), NULL);
        congdoan__alloc_fail_at(0);
        if (rc == 0)
            break;
        ck_assert_msg(rc == CONGDOAN_ENOMEM, "n = %ld: %d %s", n, rc, congdoan_error_last_message());
        ck_assert_uint_eq(congdoan_corpus_unit_count(c), 0);
        ck_assert_uint_eq(congdoan_corpus_root_count(c), 0);
    }
    ck_assert_ptr_nonnull(congdoan_corpus_unit_by_id(c, "tld"));
    congdoan_corpus_free(c);
}
END_TEST

static void teardown(void)
{
    disarm();
    release_stderr();
}

static Suite *alloc_suite(void)
{
    Suite *s = suite_create("alloc-failure");
    TCase *tc = tcase_create("library");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, constructors);
    tcase_add_loop_test(tc, library_allocations, 0, (int)N_SCENARIOS);
    suite_add_tcase(s, tc);

    tc = tcase_create("libxml2");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, libxml2_allocations, 0, (int)N_SCENARIOS);
    tcase_add_loop_test(tc, libxml2_single_allocation, 0, (int)N_SCENARIOS);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    /* Before any other libxml2 call: every allocation of libxml2 goes through the hooks. */
    if (xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup) != 0) {
        fprintf(stderr, "xmlMemSetup failed\n");
        return EXIT_FAILURE;
    }
    xmlInitParser();
    make_big();
    make_link_dir();
    if (test_under_valgrind())
        printf("alloc-failure: running under valgrind\n");
    int rc = test_run_suite(alloc_suite());
    free(memory_copy);
    free(big);
    unlink(big_path);
    remove_link_dir();
    return rc;
}
