/*
 * The libFuzzer dictionary of the vocabulary, written from its one table (lib/model/vocab.h):
 * every element as "<name", "</name>" and "<name/>", every attribute as ' name="', every enum
 * value's XML name, and the forms of the values (dates, periods, due times, numbers) and of the
 * XML around them. Run by the build (tests/fuzz/meson.build) into congdoan.dict.
 *
 *     gen-dict OUTPUT.dict
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/vocab.h"

#include <stdio.h>
#include <string.h>

static FILE *out;
static long entries;

/* One entry: the bytes quoted, with " and \ escaped as libFuzzer reads them. */
static void entry(const char *a, const char *b, const char *c)
{
    const char *parts[3] = {a, b, c};
    fputc('"', out);
    for (int i = 0; i < 3; i++)
        for (const char *p = parts[i]; p && *p; p++) {
            unsigned char ch = (unsigned char)*p;
            if (ch == '"' || ch == '\\')
                fprintf(out, "\\%c", ch);
            else if (ch < 0x20 || ch >= 0x7f)
                fprintf(out, "\\x%02X", ch);
            else
                fputc(ch, out);
        }
    fputs("\"\n", out);
    entries++;
}

static void enum_names(const congdoan__enum *e)
{
    for (size_t i = 0; i < e->count; i++)
        if (e->values[i].name)
            entry(e->values[i].name, NULL, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2 || !(out = fopen(argv[1], "w"))) {
        fprintf(stderr, "usage: gen-dict OUTPUT.dict\n");
        return 2;
    }
    fprintf(out, "# The vocabulary of urn:congdoan:1 for libFuzzer, written by tests/fuzz/gen-dict.c from\n"
                 "# the vocabulary table (lib/model/vocab.h). Do not edit.\n");
    for (int el = 1; el < CONGDOAN__EL_COUNT; el++) {
        const congdoan__elem *e = &congdoan__vocab[el];
        entry("<", e->name, NULL);
        entry("</", e->name, ">");
        entry("<", e->name, "/>");
        for (size_t a = 0; a < e->attr_count; a++) {
            entry(" ", e->attrs[a].name, "=\"");
            if (e->attrs[a].names && e->attrs[a].kind == CONGDOAN__K_CONDITION)
                entry(CONGDOAN__CONDITION_PREFIX, NULL, NULL);
        }
    }
    const congdoan__enum *const enums[] = {&congdoan__levels,         &congdoan__sectors,        &congdoan__grades,
                                           &congdoan__body_kinds,     &congdoan__document_kinds, &congdoan__relation_types,
                                           &congdoan__measures,       &congdoan__comparators,    &congdoan__task_statuses,
                                           &congdoan__coverages,      &congdoan__frequencies};
    for (size_t i = 0; i < sizeof enums / sizeof enums[0]; i++)
        enum_names(enums[i]);
    /* the XML around the vocabulary, and the forms of its values */
    static const char *const extra[] = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "xmlns=\"" CONGDOAN__NS "\"", CONGDOAN__NS, "version=\"1.0\"",
        "version=\"1.1\"", "version=\"1.2\"", "xmlns:x=\"urn:x\"", "<x:note>", "</x:note>", "x:a=\"", "<!--", "-->",
        "<![CDATA[", "]]>", "&amp;", "&lt;", "&#x1EA1;", "2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-06",
        "2025-06-30", "2024-02-29", "2023-02-30", "ongoing", "yearly:12-15", "monthly:25", "quarterly:15", "98.5", "-1", "1e3", "0.000001",
        "kh-240-tld-2022#i-1", "240/KH-TLĐ", "Liên đoàn Lao động", "đoàn viên", "Lai Cha\xCC\x82u"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        entry(extra[i], NULL, NULL);
    fclose(out);
    printf("gen-dict: %ld entries written to %s\n", entries, argv[1]);
    return 0;
}
