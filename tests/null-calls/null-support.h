/* The hand-written half of the NULL-argument test (the calls are generated: gen-null-calls.py):
 * valid objects from the sample data, and the checks. */
#ifndef CONGDOAN_NULL_SUPPORT_H
#define CONGDOAN_NULL_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "congdoan.h"

/* Valid objects; every one of them is released by run_null_calls(). */
congdoan_corpus *make_corpus(void);
const congdoan_unit *make_unit(void);
const congdoan_document *make_document(void);
const congdoan_section *make_section(void);
const congdoan_task *make_task(void);
const congdoan_indicator *make_indicator(void);
const congdoan_report *make_report(void);
congdoan_issues *make_issues(void);
const congdoan_issue *make_issue(void);
congdoan_docnumber *make_docnumber(void);
congdoan_progress *make_progress(void);
congdoan_cascade *make_cascade(void);
congdoan_task_list *make_task_list(void);
congdoan_output *make_output(void);
congdoan_matches *make_matches(void);
int sink_write(void *payload, const char *data, size_t size);
extern const char *sample_path;

/* The checks of one call, made right after it (see gen-null-calls.py). */
void expect_null_result(const char *call, int result_ok, const char *documented, const char *const *nulled);
void expect_nothing(const char *call);
void expect_optional(const char *call, const char *const *nulled);

/* --discover: print what the call did. */
void report_void(const char *call);
void report_ptr(const char *call, const void *r);
void report_long(const char *call, long r);
void report_double(const char *call, double r);

int run_null_calls(void (*const *calls)(void), size_t n, const char *const *undocumented);

#endif
