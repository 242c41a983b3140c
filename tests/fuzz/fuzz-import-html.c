/*
 * libFuzzer harness for the HTML reader (lib/import/html.c), and the rules and the building of
 * the document over what it reads (fuzz-import-common.h says what must hold). Seeds: the pages
 * in tests/data/import. Run: see tests/fuzz/README.md.
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
    fuzz_check_read(rc, s, issues);
    fuzz_check_source(s);
    /* the rules and the document over what this reader gives (table rows, headings, list items,
     * notes the text reader never makes), into an empty corpus; over the first blocks only, so
     * that the reader keeps most of the runs (fuzz-import-text runs the rules on whole texts) */
    congdoan_corpus *corpus = NULL;
    congdoan__source head = fuzz_source_head(s);
    if (head.count && congdoan_corpus_new(&corpus) == 0) {
        fuzz_input where = {(const char *)data, size, FUZZ_POSITION_LINES, NULL, 0, 0};
        fuzz_import_source(&head, corpus, &where);
        free(where.line_starts);
        congdoan_corpus_free(corpus);
    }
    congdoan__source_free(s);
    congdoan_issues_free(issues);
    return 0;
}
