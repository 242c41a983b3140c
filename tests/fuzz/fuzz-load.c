/*
 * Fuzzing the loader: load the bytes from memory; if they load, check the corpus, write it,
 * load what was written and write again: the two written forms must be the same bytes. If they
 * do not load, the corpus must be left empty with the status as the last error.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    congdoan_corpus *c = NULL;
    congdoan_issues *issues = NULL;
    if (congdoan_corpus_new(&c) != 0 || congdoan_issues_new(&issues) != 0) {
        congdoan_corpus_free(c);
        return 0;
    }
    int rc = congdoan_corpus_load_memory(c, (const char *)data, size, "fuzz", issues);
    if (rc == 0) {
        int check = congdoan_corpus_check(c, issues);
        FUZZ_CHECK(check == 0 || check == CONGDOAN_EINVALID, "the check of a loaded corpus fails with %d", check);
        free(fuzz_round_trip(c, NULL));
    } else {
        FUZZ_CHECK(congdoan_error_last_code() == rc, "status %d is not the last error (%d)", rc, congdoan_error_last_code());
        FUZZ_CHECK(congdoan_corpus_unit_count(c) == 0 && congdoan_corpus_document_count(c) == 0 &&
                       congdoan_corpus_report_count(c) == 0,
                   "a failed load left objects in the corpus");
        FUZZ_CHECK(congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) > 0 || rc == CONGDOAN_ENOMEM,
                   "a failed load (%d) recorded no error issue", rc);
    }
    congdoan_issues_free(issues);
    congdoan_corpus_free(c);
    return 0;
}
