/* The hand-written half of the NULL-argument test: valid objects made from the sample data
 * (examples/data), and the checks of each generated call (see gen-null-calls.py). */
#include "null-support.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

const char *sample_path;
static char sample_buf[4096];
static congdoan_corpus *corpus;
static congdoan_issues *issue_list;
static congdoan_docnumber *docnumber;
static congdoan_progress *progress;
static congdoan_cascade *cascade;
static congdoan_task_list *task_list;
static congdoan_matches *matches;
static congdoan_issues *made_issues[4096];
static congdoan_output *made_outputs[4096];
static size_t n_made_issues, n_made_outputs;
static int failures, checks;

static void fail(const char *call, const char *what, const char *detail)
{
    failures++;
    fprintf(stderr, "FAIL %s: %s%s\n", call, what, detail);
}

static void setup_failed(const char *what)
{
    fprintf(stderr, "cannot make %s: %s\n", what, congdoan_error_last_message());
    exit(1);
}

congdoan_corpus *make_corpus(void)
{
    if (!corpus) {
        const char *dir = getenv("CONGDOAN_SAMPLE_DATA");
        if (!dir)
            dir = "examples/data";
        snprintf(sample_buf, sizeof sample_buf, "%s/units-tld.xml", dir);
        sample_path = sample_buf;
        if (congdoan_corpus_new(&corpus) != 0 || congdoan_corpus_load_path(corpus, dir, NULL) != 0)
            setup_failed("the sample corpus");
    }
    return corpus;
}

const congdoan_unit *make_unit(void)
{
    const congdoan_unit *u = congdoan_corpus_unit_by_id(make_corpus(), "laichau");
    if (!u)
        setup_failed("unit laichau");
    return u;
}

const congdoan_document *make_document(void)
{
    const congdoan_document *d = congdoan_corpus_document_by_id(make_corpus(), "ctr-13-ldld-laichau-2025");
    if (!d)
        setup_failed("document ctr-13-ldld-laichau-2025");
    return d;
}

const congdoan_section *make_section(void)
{
    const congdoan_section *s = congdoan_document_section(make_document(), 0);
    if (!s)
        setup_failed("a section");
    return s;
}

const congdoan_task *make_task(void)
{
    const congdoan_document *kh = congdoan_corpus_document_by_id(make_corpus(), "kh-240-tld-2022");
    const congdoan_task *t = congdoan_document_task(kh, 0);
    if (!t)
        setup_failed("a task");
    return t;
}

const congdoan_indicator *make_indicator(void)
{
    const congdoan_indicator *i = congdoan_document_indicator(make_document(), 0);
    if (!i)
        setup_failed("an indicator");
    return i;
}

const congdoan_report *make_report(void)
{
    const congdoan_report *r = congdoan_corpus_report(make_corpus(), 0);
    if (!r)
        setup_failed("a report");
    return r;
}

congdoan_issues *make_issues(void)
{
    congdoan_issues *list = NULL;
    if (n_made_issues == sizeof made_issues / sizeof made_issues[0] || congdoan_issues_new(&list) != 0)
        setup_failed("an issue list");
    made_issues[n_made_issues++] = list;
    return list;
}

const congdoan_issue *make_issue(void)
{
    if (!issue_list) {
        congdoan_corpus *scratch = NULL;
        static const char bad[] = "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\"><oops/></congdoan>";
        if (congdoan_issues_new(&issue_list) != 0 || congdoan_corpus_new(&scratch) != 0)
            setup_failed("an issue");
        congdoan_corpus_load_memory(scratch, bad, sizeof bad - 1, "bad", issue_list);
        congdoan_corpus_free(scratch);
    }
    const congdoan_issue *is = congdoan_issues_get(issue_list, 0);
    if (!is)
        setup_failed("an issue");
    return is;
}

congdoan_docnumber *make_docnumber(void)
{
    if (!docnumber && congdoan_docnumber_parse("240/KH-TLĐ", &docnumber) != 0)
        setup_failed("a document number");
    return docnumber;
}

congdoan_progress *make_progress(void)
{
    if (!progress && congdoan_progress_compute(make_corpus(), make_document(), make_unit(), "2025", 20251231,
                                               &progress) != 0)
        setup_failed("a progress");
    return progress;
}

congdoan_cascade *make_cascade(void)
{
    const congdoan_document *kh = congdoan_corpus_document_by_id(make_corpus(), "kh-240-tld-2022");
    if (!cascade && congdoan_cascade_compute(make_corpus(), kh, &cascade) != 0)
        setup_failed("a cascade");
    return cascade;
}

congdoan_task_list *make_task_list(void)
{
    if (!task_list && congdoan_corpus_tasks_for_unit(make_corpus(), make_unit(), 3, 0, &task_list) != 0)
        setup_failed("a task list");
    return task_list;
}

congdoan_output *make_output(void)
{
    congdoan_output *o = NULL;
    if (n_made_outputs == sizeof made_outputs / sizeof made_outputs[0] || congdoan_output_new_memory(&o) != 0)
        setup_failed("an output");
    made_outputs[n_made_outputs++] = o;
    return o;
}

congdoan_matches *make_matches(void)
{
    if (!matches && congdoan_corpus_lookup_unit(make_corpus(), "Lai Châu", NULL, &matches) != 0)
        setup_failed("look-up candidates");
    return matches;
}

int sink_write(void *payload, const char *data, size_t size)
{
    (void)payload, (void)data, (void)size;
    return 0;
}

/* The last error says that one of the arguments given as NULL is NULL: the message has "NULL"
 * and the argument's name, as written ("unit", "document_id"), in words ("document id"), or
 * shortened in the header ("ind" for "the indicator is NULL", "doc" for "the document"). */
static int names_nulled(const char *const *nulled)
{
    const char *msg = congdoan_error_last_message();
    if (!strstr(msg, "NULL"))
        return 0;
    for (; *nulled; nulled++) {
        char words[128];
        snprintf(words, sizeof words, "%s", *nulled);
        for (char *p = words; *p; p++)
            if (*p == '_')
                *p = ' ';
        if (strstr(msg, *nulled) || strstr(msg, words))
            return 1;
        /* a word of the message that starts with the name */
        size_t n = strlen(*nulled);
        for (const char *p = msg; *p; p++)
            if ((p == msg || !isalpha((unsigned char)p[-1])) && strncmp(p, *nulled, n) == 0)
                return 1;
    }
    return 0;
}

void expect_null_result(const char *call, int result_ok, const char *documented, const char *const *nulled)
{
    checks++;
    if (!result_ok)
        fail(call, "does not return what its comment says: ", documented);
    if (congdoan_error_last_code() != CONGDOAN_EINVAL)
        fail(call, "leaves a last error other than CONGDOAN_EINVAL: ", congdoan_error_last_message());
    else if (!names_nulled(nulled))
        fail(call, "the last error does not say which argument is NULL: ", congdoan_error_last_message());
}

void expect_nothing(const char *call)
{
    checks++;
    if (congdoan_error_last_code() != CONGDOAN_OK)
        fail(call, "sets a last error although doing nothing with NULL is not an error: ", congdoan_error_last_message());
}

void expect_optional(const char *call, const char *const *nulled)
{
    checks++;
    if (congdoan_error_last_code() == CONGDOAN_EINVAL && names_nulled(nulled))
        fail(call, "refuses a NULL that its comment allows: ", congdoan_error_last_message());
}

static void report_error(void)
{
    if (congdoan_error_last_code())
        printf("  [%d] %s\n", congdoan_error_last_code(), congdoan_error_last_message());
    else
        printf("  [no error]\n");
}

void report_void(const char *call)
{
    printf("%s -> void", call);
    report_error();
}

void report_ptr(const char *call, const void *r)
{
    printf("%s -> %s", call, r ? "non-NULL" : "NULL");
    report_error();
}

void report_long(const char *call, long r)
{
    printf("%s -> %ld", call, r);
    report_error();
}

void report_double(const char *call, double r)
{
    printf("%s -> %g", call, r);
    report_error();
}

int run_null_calls(void (*const *calls)(void), size_t n, const char *const *undocumented)
{
    setvbuf(stdout, NULL, _IONBF, 0); /* what was printed before a crash is in the log */
    make_corpus();
    for (; *undocumented; undocumented++) {
        failures++;
        fprintf(stderr, "FAIL %s: its comment does not say what it does with NULL (\"On NULL: …\")\n", *undocumented);
    }
    for (size_t i = 0; i < n; i++)
        calls[i]();
    for (size_t i = 0; i < n_made_issues; i++)
        congdoan_issues_free(made_issues[i]);
    for (size_t i = 0; i < n_made_outputs; i++)
        congdoan_output_free(made_outputs[i]);
    congdoan_issues_free(issue_list);
    congdoan_docnumber_free(docnumber);
    congdoan_progress_free(progress);
    congdoan_cascade_free(cascade);
    congdoan_task_list_free(task_list);
    congdoan_matches_free(matches);
    congdoan_corpus_free(corpus);
    printf("null-calls: %zu calls, %d checks, %d failed\n", n, checks, failures);
    return failures ? 1 : 0;
}
