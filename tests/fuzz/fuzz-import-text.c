/*
 * libFuzzer harness for the whole import of a plain text: the text reader (lib/import/text.c),
 * the rules (rules.c and the steps beside it: meta, structure, relations, figures, tasks, units)
 * and the building of the document (document.c), as congdoan_import_memory() runs them, into a
 * corpus holding the units of tests/data/units-tld.xml and units-laichau.xml (compiled in by
 * the build), which the names in the text are matched against. What must hold:
 * fuzz-import-common.h. Seeds: the texts of tests/data (corpus-dev, seeds, import,
 * import-heldout); dictionary: import.dict, the words of the rules. Run: tests/fuzz/README.md.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "fuzz-import-common.h"

extern const char fuzz_units_tld[], fuzz_units_laichau[];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    congdoan_corpus *corpus = NULL;
    congdoan_issues *issues = NULL;
    if (congdoan_corpus_new(&corpus) != 0 || congdoan_issues_new(&issues) != 0) {
        congdoan_corpus_free(corpus);
        return 0;
    }
    const char *const units[] = {fuzz_units_tld, fuzz_units_laichau};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        int rc = congdoan_corpus_load_memory(corpus, units[i], strlen(units[i]), "units.xml", NULL);
        FUZZ_CHECK(rc == 0 || rc == CONGDOAN_ENOMEM, "the units do not load (%d)", rc);
    }
    congdoan__source *s = NULL;
    int rc = congdoan__source_read_text((const char *)data, size, "fuzz.txt", NULL, issues, &s);
    fuzz_check_read(rc, s, issues);
    fuzz_check_source(s);
    fuzz_input in = {(const char *)data, size, FUZZ_POSITION_TEXT, NULL, 0, 0};
    fuzz_import_source(s, corpus, &in);
    free(in.line_starts);
    congdoan__source_free(s);
    congdoan_issues_free(issues);
    congdoan_corpus_free(corpus);
    return 0;
}
