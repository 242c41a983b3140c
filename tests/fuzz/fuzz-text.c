/*
 * Fuzzing the text helpers: the first byte picks one, the rest (up to its first NUL) is the
 * text. Beyond not crashing, each answer must make sense:
 *   - a document number that parses has its parts, and its normalised text parses to itself;
 *   - a date is a day that exists; a number is finite; a period's first day is not after its
 *     last, both days that exist;
 *   - NFC and the folded key are idempotent, and a text is equal to its NFC form;
 *   - equality is symmetric (two texts, split at the first newline);
 *   - a word looked up among words is one of them or none.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "fuzz.h"

#include <math.h>
#include <string.h>

static void docnumber(const char *text)
{
    congdoan_docnumber *n = NULL;
    if (congdoan_docnumber_parse(text, &n) != 0) {
        FUZZ_CHECK(n == NULL, "a failed parse left a document number");
        return;
    }
    const char *t = congdoan_docnumber_text(n);
    FUZZ_CHECK(t && *t, "a parsed document number has no text");
    FUZZ_CHECK(congdoan_docnumber_serial(n) != NULL, "no serial");
    FUZZ_CHECK(congdoan_docnumber_issuer_code(n) != NULL, "no issuer code");
    congdoan_docnumber *again = NULL;
    FUZZ_CHECK(congdoan_docnumber_parse(t, &again) == 0, "the normalised number '%s' does not parse", t);
    FUZZ_CHECK(strcmp(congdoan_docnumber_text(again), t) == 0, "'%s' parses to '%s'", t, congdoan_docnumber_text(again));
    FUZZ_CHECK(congdoan_docnumber_kind(again) == congdoan_docnumber_kind(n), "the kind of '%s' changes", t);
    congdoan_docnumber_free(again);
    congdoan_docnumber_free(n);
}

static void date(const char *text)
{
    int ymd = -1;
    if (congdoan_date_parse(text, &ymd) == 0)
        FUZZ_CHECK(congdoan_date_is_valid(ymd), "'%s' parsed to %d, not a day", text, ymd);
}

static void number(const char *text)
{
    double v = NAN;
    if (congdoan_number_parse(text, &v) == 0)
        FUZZ_CHECK(isfinite(v), "'%s' parsed to a number that is not finite", text);
}

static void period(const char *text)
{
    congdoan_period_kind kind;
    int first = 0, last = 0;
    if (congdoan_period_parse(text, &kind, &first, &last) == 0) {
        FUZZ_CHECK(congdoan_date_is_valid(first) && congdoan_date_is_valid(last), "'%s': %d..%d", text, first, last);
        FUZZ_CHECK(first <= last, "'%s': %d after %d", text, first, last);
    }
}

static void idempotent(int (*fn)(const char *, char **), const char *what, const char *text)
{
    char *once = NULL, *twice = NULL;
    if (fn(text, &once) != 0)
        return;
    FUZZ_CHECK(fn(once, &twice) == 0, "the %s form of a text is refused", what);
    FUZZ_CHECK(strcmp(once, twice) == 0, "%s is not idempotent: '%s' then '%s'", what, once, twice);
    if (fn == congdoan_text_normalize)
        FUZZ_CHECK(congdoan_text_equal(text, once) == 1, "a text is not equal to its NFC form");
    congdoan_free(once);
    congdoan_free(twice);
}

static void equal(const char *text)
{
    const char *nl = strchr(text, '\n');
    if (!nl)
        return;
    char *a = strndup(text, (size_t)(nl - text));
    if (!a)
        return;
    int ab = congdoan_text_equal(a, nl + 1), ba = congdoan_text_equal(nl + 1, a);
    FUZZ_CHECK(ab == ba, "equality is not symmetric (%d, %d)", ab, ba);
    if (ab == 1)
        FUZZ_CHECK(congdoan_text_equal(a, a) == 1, "a text is not equal to itself");
    free(a);
}

static void word(const char *text)
{
    static const char *const words[] = {"validate", "show", "tree", "tasks", "progress", "cascade", "lineage",
                                        "new-report", "fmt", "export", "Lai Châu", "Tổng Liên đoàn"};
    size_t n = sizeof words / sizeof words[0], index = 12345;
    congdoan_matches *m = NULL;
    int rc = congdoan_lookup_word(text, words, n, &index, &m);
    if (rc == 0)
        FUZZ_CHECK(index < n, "the answer %zu is not one of the %zu words", index, n);
    for (size_t i = 0; i < congdoan_matches_count(m); i++)
        FUZZ_CHECK(congdoan_matches_index(m, i) < n, "candidate %zu is not one of the words", i);
    congdoan_matches_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    switch (data[0] % 8) {
    case 0: docnumber(text); break;
    case 1: date(text); break;
    case 2: number(text); break;
    case 3: period(text); break;
    case 4: idempotent(congdoan_text_fold, "the folded key", text); break;
    case 5: idempotent(congdoan_text_normalize, "NFC", text); break;
    case 6: equal(text); break;
    default: word(text); break;
    }
    free(text);
    return 0;
}
