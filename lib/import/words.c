/*
 * What the extraction steps share: arrays and copies in the found's arena, matching rules on
 * blocks, and the small readings of Vietnamese text that are arithmetic rather than language
 * (numbers, dates, sentence ends, capitals).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

void *congdoan__push(congdoan__ctx *x, void **items, size_t *count, size_t *cap, size_t elem)
{
    if (congdoan__grow(&x->f->arena, items, *count, cap, elem))
        return NULL;
    char *p = (char *)*items + *count * elem;
    memset(p, 0, elem);
    (*count)++;
    return p;
}

char *congdoan__x_strndup(congdoan__ctx *x, const char *s, size_t n)
{
    return congdoan__arena_strndup(&x->f->arena, s, n);
}

const char *congdoan__block_text(const congdoan__ctx *x, size_t b, size_t *len)
{
    *len = x->src->blocks[b].len;
    return x->src->blocks[b].text;
}

int congdoan__x_match(congdoan__ctx *x, congdoan__rule_id id, size_t b, size_t start, int anchored)
{
    const congdoan__block *bl = &x->src->blocks[b];
    return congdoan__match(x->m, id, bl->text, bl->len, start, anchored);
}

int congdoan__x_whole(congdoan__ctx *x, congdoan__rule_id id, const char *s, size_t len)
{
    int rc = congdoan__match(x->m, id, s, len, 0, 1);
    return rc == 1 && congdoan__match_end(x->m) == len ? 1 : rc < 0 ? rc : 0;
}

static int trims(unsigned char c)
{
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.';
}

void congdoan__trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && trims((unsigned char)s[*a]))
        (*a)++;
    while (*b > *a && trims((unsigned char)s[*b - 1]))
        (*b)--;
}

char *congdoan__x_group(congdoan__ctx *x, const char *s, const char *name)
{
    size_t a, b;
    if (!congdoan__match_group(x->m, name, &a, &b))
        return NULL;
    congdoan__trim(s, &a, &b);
    if (a >= b)
        return NULL;
    return congdoan__x_strndup(x, s + a, b - a);
}

int congdoan__x_issue(congdoan__ctx *x, const char *tag, congdoan__span where, const char *fmt, ...)
{
    if (!x->issues)
        return 0;
    congdoan__where w = congdoan__found_where(x->f, where);
    va_list ap;
    va_start(ap, fmt);
    int rc = congdoan__issue_addv(x->issues, tag, w.file, w.line, w.column, fmt, ap);
    va_end(ap);
    return rc;
}

congdoan__where congdoan__found_where(const congdoan__found *f, congdoan__span s)
{
    congdoan__where w = {f->src->name, 0, 0, "", 0};
    if (s.block >= f->src->count)
        return w;
    const congdoan__block *b = &f->src->blocks[s.block];
    congdoan__srcpos p = congdoan__block_position(b, s.start);
    w.line = p.line;
    w.column = p.column;
    w.words = b->text + s.start;
    w.len = s.end > s.start ? s.end - s.start : 0;
    return w;
}

void congdoan__found_free(congdoan__found *f)
{
    if (!f)
        return;
    congdoan__arena_release(&f->arena);
    congdoan__dealloc(f);
}

int congdoan__starts(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    return len >= n && memcmp(s, lit, n) == 0;
}

int congdoan__equals(const char *s, size_t len, const char *lit)
{
    return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

/* ---- numbers and dates ---------------------------------------------------------------------- */

int congdoan__vn_number(const char *s, size_t len, double *out)
{
    double v = 0, scale = 0;
    int digits = 0, group = -1; /* digits since the last full stop; -1 before any */
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (scale) {
                v += (c - '0') / scale;
                scale *= 10;
            } else {
                v = v * 10 + (c - '0');
            }
            digits++;
            if (group >= 0)
                group++;
        } else if (c == '.' && !scale) {
            if (group >= 0 && group != 3)
                return -1;
            group = 0;
        } else if (c == ',' && !scale) {
            if (group >= 0 && group != 3)
                return -1;
            group = -1;
            scale = 10;
        } else {
            return -1;
        }
    }
    if (!digits || (group >= 0 && group != 3))
        return -1;
    *out = v;
    return 0;
}

int congdoan__ymd(long d, long m, long y)
{
    if (y < 100)
        y += 2000;
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > congdoan__days_in_month((int)y, (int)m))
        return 0;
    return (int)(y * 10000 + m * 100 + d);
}

char *congdoan__docnumber_clean(congdoan__ctx *x, const char *s, size_t len, int *valid)
{
    *valid = 0;
    char *out = congdoan__arena_alloc_raw(&x->f->arena, len + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            /* "29 NQ/TW": the Party form printed without its hyphen */
            if (o && out[o - 1] >= '0' && out[o - 1] <= '9' && i + 1 < len && s[i + 1] != '/' && s[i + 1] != '-')
                out[o++] = '-';
            continue;
        }
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
            out[o++] = '-'; /* – — */
            i += 2;
            continue;
        }
        out[o++] = (char)c;
    }
    out[o] = '\0';
    /* The library's own reader decides whether the model can hold it; its failure is no
     * error of the import, so the last error is put back as it was. */
    congdoan_docnumber *num = NULL;
    int saved = congdoan_error_last_code();
    char msg[512];
    snprintf(msg, sizeof msg, "%s", congdoan_error_last_message());
    if (congdoan_docnumber_parse(out, &num) == 0) {
        *valid = 1;
        congdoan_docnumber_free(num);
    } else if (saved) {
        congdoan__error(saved, "%s", msg);
    } else {
        congdoan_error_clear();
    }
    return out;
}

/* ---- words and sentences -------------------------------------------------------------------- */

int congdoan__is_caps(const char *s, size_t len)
{
    size_t upper = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            return 0;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LL)
            return 0;
        upper += cat == UTF8PROC_CATEGORY_LU;
        i += (size_t)k;
    }
    return upper >= 2;
}

int congdoan__is_name(const char *s, size_t len)
{
    int start = 1;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            return 0;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cp == ' ') {
            start = 1;
        } else if (start) {
            if (cat != UTF8PROC_CATEGORY_LU)
                return 0;
            start = 0;
        } else if (cat != UTF8PROC_CATEGORY_LL && cat != UTF8PROC_CATEGORY_LU && cat != UTF8PROC_CATEGORY_MN) {
            return 0;
        }
        i += (size_t)k;
    }
    return len > 0;
}

int congdoan__starts_lower(const char *s, size_t len)
{
    utf8proc_int32_t cp;
    return len && utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp) > 0 &&
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

size_t congdoan__word_count(const char *s, size_t len)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

/* Words after whose full stop a sentence goes on: abbreviations of titles and places. */
static int abbreviation_before(const char *s, size_t dot)
{
    static const char *const abbr[] = {"TP", "Tp", "P", "Q", "TT", "ThS", "TS", "PGS", "GS", "BS", "KS", "Th", "St", "v.v", "Đ/c", "đ/c"};
    size_t a = dot;
    while (a && s[a - 1] != ' ' && s[a - 1] != '(')
        a--;
    for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
        if (strlen(abbr[i]) == dot - a && memcmp(abbr[i], s + a, dot - a) == 0)
            return 1;
    /* an initial: "H. LAN", "Nguyễn V. A" */
    return dot - a == 1 && s[a] >= 'A' && s[a] <= 'Z';
}

static int starts_sentence(const char *s, size_t len, size_t at)
{
    if (at >= len)
        return 1;
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + at, (utf8proc_ssize_t)(len - at), &cp) <= 0)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || (cp >= '0' && cp <= '9') || cp == '"' || cp == 0x201C || cp == '(' ||
           cp == '-' || cp == 0x2013;
}

size_t congdoan__sentence_end(const char *s, size_t len, size_t from)
{
    for (size_t i = from; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t after = 0;
        if (c == '.' || c == '!' || c == '?') {
            size_t j = i + 1;
            while (j < len && (s[j] == '.' || s[j] == ')' || s[j] == '"'))
                j++;
            after = j;
            if (c == '.' && j == i + 1 && abbreviation_before(s, i))
                continue;
        } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6) {
            after = i + 3; /* … */
        } else {
            continue;
        }
        if (after >= len)
            return len;
        if (s[after] == ' ' && starts_sentence(s, len, after + 1))
            return after + 1;
    }
    return len;
}

size_t congdoan__sentence_start(const char *s, size_t len, size_t at)
{
    size_t start = 0;
    while (start < len) {
        size_t end = congdoan__sentence_end(s, len, start);
        if (end > at || end >= len)
            return start;
        start = end;
    }
    return start;
}

/* ---- kinds ---------------------------------------------------------------------------------- */

congdoan_document_kind congdoan__kind_of_word(const char *s, size_t len)
{
    char *key = NULL;
    size_t klen = 0;
    if (congdoan__text_fold(s, len, &key, &klen))
        return CONGDOAN_DOCUMENT_UNKNOWN;
    static const struct {
        const char *folded;
        congdoan_document_kind kind;
    } words[] = {
        {"ke hoach", CONGDOAN_DOCUMENT_PLAN},         {"chuong trinh", CONGDOAN_DOCUMENT_PROGRAMME},
        {"nghi quyet", CONGDOAN_DOCUMENT_RESOLUTION}, {"chi thi", CONGDOAN_DOCUMENT_DIRECTIVE},
        {"ket luan", CONGDOAN_DOCUMENT_CONCLUSION},   {"quyet dinh", CONGDOAN_DOCUMENT_DECISION},
        {"de an", CONGDOAN_DOCUMENT_SCHEME},          {"huong dan", CONGDOAN_DOCUMENT_GUIDANCE},
        {"bao cao", CONGDOAN_DOCUMENT_REPORT},        {"quy che", CONGDOAN_DOCUMENT_REGULATION},
        {"quy dinh", CONGDOAN_DOCUMENT_REGULATION},   {"thong bao", CONGDOAN_DOCUMENT_NOTICE},
        {"thong tri", CONGDOAN_DOCUMENT_DIRECTIVE},
    };
    congdoan_document_kind k = CONGDOAN_DOCUMENT_UNKNOWN;
    for (size_t i = 0; i < sizeof words / sizeof words[0] && !k; i++) {
        size_t n = strlen(words[i].folded);
        if (klen >= n && memcmp(key, words[i].folded, n) == 0 && (klen == n || key[n] == ' '))
            k = words[i].kind;
    }
    congdoan__dealloc(key);
    return k;
}

const char *congdoan__genre_of_kind(congdoan_document_kind kind)
{
    switch (kind) {
    case CONGDOAN_DOCUMENT_PLAN:
        return "plan";
    case CONGDOAN_DOCUMENT_PROGRAMME:
        return "programme";
    case CONGDOAN_DOCUMENT_REPORT:
        return "report";
    case CONGDOAN_DOCUMENT_UNKNOWN:
        return "news";
    default:
        return congdoan_document_kind_name(kind);
    }
}

/* The span of cell c in the row's text (cells joined by " | "), trimmed. */
int congdoan__cell_span(const congdoan__block *bl, size_t c, size_t *a, size_t *e)
{
    size_t start = 0, k = 0;
    for (size_t i = 0; i <= bl->len; i++) {
        if (i < bl->len && !(bl->text[i] == '|' && i > 0 && bl->text[i - 1] == ' ' && i + 1 < bl->len && bl->text[i + 1] == ' '))
            continue;
        if (k == c) {
            *a = start;
            *e = i;
            congdoan__trim(bl->text, a, e);
            return *a < *e;
        }
        k++;
        start = i + 1;
    }
    return 0;
}
