/*
 * libFuzzer harness for the HTML reader (lib/import/html.c). Seeds: the pages in tests/data/import.
 * Run: see tests/fuzz/README.md.
 */
#include "fuzz-import-common.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) != 0)
        return 0;
    congdoan__import_limits lim;
    congdoan__import_limits_default(&lim);
    congdoan__source *s = NULL;
    int rc = congdoan__source_read_html((const char *)data, size, "fuzz.html", &lim, issues, &s);
    if ((rc == 0) != (s != NULL) || (rc != 0 && congdoan_issues_count(issues) == 0 && rc != CONGDOAN_ENOMEM))
        __builtin_trap();
    fuzz_check_source(s);
    congdoan__source_free(s);
    congdoan_issues_free(issues);
    return 0;
}
