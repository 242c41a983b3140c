/*
 * The libFuzzer dictionaries, written from the library's own tables so that they follow them:
 *
 *     gen-dict OUTPUT.dict            the vocabulary (lib/model/vocab.h): every element as
 *                                     "<name", "</name>" and "<name/>", every attribute as
 *                                     ' name="', every enum value's XML name, and the forms of
 *                                     the values (dates, periods, due times, numbers) and of the
 *                                     XML around them (congdoan.dict, for the XML harnesses);
 *     gen-dict --import OUTPUT.dict   the words of the importer's rules (lib/import/rules.c):
 *                                     the literal words of every pattern and of the word classes
 *                                     they call ("chủ trì", "phối hợp", "phấn đấu", "trở lên",
 *                                     "KẾ HOẠCH", "Nơi nhận" ...), and the shapes of a text
 *                                     around them (import.dict, for the importer's harnesses).
 *
 * Run by the build (tests/fuzz/meson.build).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/rules.h"
#include "model/vocab.h"

#include <stdio.h>
#include <stdlib.h>
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

/* ---- the importer's words ------------------------------------------------------------------ */

/* The literal words of the patterns, each once. */
static char *words[8192];
static size_t word_count;

static void keep_word(const char *w, size_t len)
{
    while (len && w[0] == ' ')
        w++, len--;
    while (len && w[len - 1] == ' ')
        len--;
    size_t chars = 0, letters = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        chars += (c & 0xC0) != 0x80;
        letters += c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (chars < 2 || !letters || word_count == sizeof words / sizeof words[0])
        return;
    for (size_t i = 0; i < word_count; i++)
        if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0)
            return;
    char *copy = malloc(len + 1);
    if (!copy)
        return;
    memcpy(copy, w, len);
    copy[len] = '\0';
    words[word_count++] = copy;
}

/* The bytes of the UTF-8 character at s. */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (size_t i = 1; i < n; i++)
        if (!s[i])
            return i;
    return n;
}

/* Walk a PCRE2 pattern and keep its runs of literal text: letters, digits, spaces (\s), the
 * punctuation written escaped ("T\.P") or bare (":", "/", "%"), a class of letters read as its
 * first ("quy[ếe]t" is "quyết"). Anything else (alternation, groups, other classes, quantifiers,
 * anchors, \p{..}, \d) ends a run. */
static void pattern_words(const char *p)
{
    char run[512];
    size_t n = 0;
#define FLUSH() (keep_word(run, n), n = 0)
#define ADD(s, k) (n + (k) < sizeof run ? (memcpy(run + n, (s), (k)), n += (k)) : 0)
    while (*p) {
        char c = *p;
        if (c == '\\') {
            char e = p[1];
            if (!e)
                break;
            if (e == 's') {
                ADD(" ", 1);
                p += 2;
                if (*p == '?')
                    p++;
            } else if (e == 'p' || e == 'P' || e == 'k' || e == 'g') {
                FLUSH();
                p += 2;
                char close = *p == '{' ? '}' : *p == '<' ? '>' : 0;
                if (close)
                    while (*p && *p++ != close)
                        ;
            } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                FLUSH();
                p += 2;
            } else {
                ADD(p + 1, 1);
                p += 2;
            }
        } else if (c == '[') {
            const char *q = p + 1;
            int letters = *q != '^' && *q != ']';
            while (*q && *q != ']') {
                unsigned char u = (unsigned char)*q;
                if (!(u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
                    letters = 0;
                q += *q == '\\' && q[1] ? 2 : 1;
            }
            if (letters)
                ADD(p + 1, char_len(p + 1));
            else
                FLUSH();
            p = *q ? q + 1 : q;
            if (*p == '?' || *p == '*' || *p == '+' || *p == '{')
                FLUSH();
        } else if (c == '(') {
            FLUSH();
            p++;
            if (*p == '?') {
                p++;
                if (*p == '<' && p[1] != '=' && p[1] != '!') { /* (?<name> */
                    while (*p && *p++ != '>')
                        ;
                } else if (*p == '&' || *p == '(' || (*p == 'i' && p[1] == ')')) { /* (?&name) (?(DEFINE) (?i) */
                    while (*p && *p != ')' && *p != '(')
                        p++;
                    if (*p == ')')
                        p++;
                } else if (*p == 'i' && p[1] == ':') { /* (?i: */
                    p += 2;
                } else if (*p == '<') { /* (?<= (?<! */
                    p += 2;
                } else if (*p == ':' || *p == '|' || *p == '=' || *p == '!') {
                    p++;
                }
            }
        } else if (c == '{') {
            FLUSH();
            while (*p && *p++ != '}')
                ;
        } else if (c == '|' || c == ')' || c == '?' || c == '*' || c == '+' || c == '^' || c == '$' || c == '.') {
            FLUSH();
            p++;
        } else {
            size_t k = char_len(p);
            ADD(p, k);
            p += k;
        }
    }
    FLUSH();
#undef FLUSH
#undef ADD
}

static int import_dict(void)
{
    fprintf(out, "# The words of the importer's rules for libFuzzer, written by tests/fuzz/gen-dict.c from\n"
                 "# the table of rules (lib/import/rules.c). Do not edit.\n");
    pattern_words(congdoan__rules_prelude());
    for (int i = 0; i < CONGDOAN__RULE_COUNT; i++)
        pattern_words(congdoan__rule_get((congdoan__rule_id)i)->pattern);
    for (size_t i = 0; i < word_count; i++) {
        entry(words[i], NULL, NULL);
        free(words[i]);
    }
    /* the shapes of a text around the words: labels, a table row, a saved page's header, a
     * number, a date and a figure as documents print them, and the separators of lines */
    static const char *const extra[] = {
        "\n", "\n\n", "\r\n", " | ", "I. ", "II. ", "1. ", "1.1. ", "a) ", "- ", "+ ", "• ", "(1) ", "Số: ",
        "source: https://", "kind: plan\n\n", "kind: report\n\n", "240/KH-TLĐ", "13- CT/TW", "02 /KHLT/LĐLĐ-TĐTN",
        "ngày 30 tháng 6 năm 2025", "30/06/2025", "năm 2025", "2025-2030", "98%", "95,5%", "1.810", "97/100 điểm",
        "Lai Châu, ngày 27 tháng 02 năm 2025", "TM. BAN THƯỜNG VỤ", "Nơi nhận:", "Lưu: VT", "Ban Tuyên giáo",
        "Ban Đối ngoại", "Văn phòng", "Tổng Liên đoàn Lao động Việt Nam", "LĐLĐ tỉnh Lai Châu", "đoàn viên", "CĐCS"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        entry(extra[i], NULL, NULL);
    return 0;
}

int main(int argc, char **argv)
{
    int import = argc == 3 && strcmp(argv[1], "--import") == 0;
    if ((argc != 2 && !import) || !(out = fopen(argv[argc - 1], "w"))) {
        fprintf(stderr, "usage: gen-dict [--import] OUTPUT.dict\n");
        return 2;
    }
    if (import) {
        import_dict();
        fclose(out);
        printf("gen-dict: %ld entries written to %s\n", entries, argv[2]);
        return 0;
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
