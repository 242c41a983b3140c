/*
 * The folded form of a text: the key under which people's ways of typing a name meet. Staff
 * type "LDLD huyen Tam Duong" for "LĐLĐ huyện Tam Đường", in any case, with any spacing, and
 * documents print the same name in NFC or NFD; all of them fold to "ldld huyen tam duong".
 * Look-ups by name (units, documents, tasks) and the importer's matching of the units a text
 * names both compare folded keys, so the rule is written once, here.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* Case-folded, decomposed, marks dropped, and đ/Đ (a letter of its own, not d with a mark)
 * read as d; every run of white space or of the dashes and dots people use between words in
 * names ("Tam-Đường", "TP.Lai Châu") becomes one space, none at either end. */
int congdoan__text_fold(const char *s, size_t len, char **out, size_t *out_len)
{
    *out = NULL;
    if (out_len)
        *out_len = 0;
    /* ASCII (ids, most numbers) folds to itself in lower case with the same separators: no
     * need for utf8proc's decomposition, which look-ups over 150,000 units would pay 150,000
     * times. */
    size_t ascii = 0;
    while (ascii < len && (unsigned char)s[ascii] < 0x80)
        ascii++;
    if (ascii == len) {
        char *r = congdoan__malloc(len + 1);
        if (!r)
            return CONGDOAN_ENOMEM;
        size_t o = 0;
        int pending_space = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '.') {
                pending_space = o > 0;
                continue;
            }
            if (pending_space)
                r[o++] = ' ';
            pending_space = 0;
            r[o++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        r[o] = '\0';
        *out = r;
        if (out_len)
            *out_len = o;
        return 0;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                          UTF8PROC_COMPAT);
    if (n < 0) {
        free(mapped);
        return n == UTF8PROC_ERROR_NOMEM || n == UTF8PROC_ERROR_OVERFLOW ? CONGDOAN_ENOMEM : CONGDOAN_EENCODING;
    }
    /* The folded text is never longer than utf8proc's result: đ (2 bytes) becomes d (1). */
    char *r = congdoan__malloc((size_t)n + 1);
    if (!r) {
        free(mapped);
        return CONGDOAN_ENOMEM;
    }
    size_t o = 0;
    int pending_space = 0;
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(mapped + i, n - i, &cp);
        if (k <= 0) { /* cannot happen on utf8proc's own output */
            free(mapped);
            congdoan__dealloc(r);
            return CONGDOAN_EENCODING;
        }
        utf8proc_category_t cat = utf8proc_category(cp);
        int separator = cat == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
                        cp == '\v' || cp == '-' || cp == '.' || cat == UTF8PROC_CATEGORY_PD;
        if (separator) {
            pending_space = o > 0;
        } else {
            if (pending_space)
                r[o++] = ' ';
            pending_space = 0;
            if (cp == 0x111) { /* đ (Đ is already folded to it) */
                r[o++] = 'd';
            } else {
                memcpy(r + o, mapped + i, (size_t)k);
                o += (size_t)k;
            }
        }
        i += k;
    }
    free(mapped);
    r[o] = '\0';
    *out = r;
    if (out_len)
        *out_len = o;
    return 0;
}

CONGDOAN_API int congdoan_text_fold(const char *text, char **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(text != NULL);
    int rc = congdoan__text_fold(text, strlen(text), out, NULL);
    if (rc == CONGDOAN_EENCODING)
        return congdoan__error(rc, "text is not valid UTF-8");
    if (rc < 0)
        return congdoan__error(rc, "out of memory folding a text");
    return 0;
}
