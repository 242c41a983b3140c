/*
 * Unicode normalisation. Vietnamese text pasted from word processors or PDFs is often in NFD
 * (a base letter followed by combining marks), while the library stores and compares NFC, so
 * every text that crosses the API is brought to NFC here, with utf8proc.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* The byte offset of the first invalid UTF-8 sequence in s[0..len), for error messages. */
static size_t invalid_utf8_offset(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return i;
        i += (size_t)n;
    }
    return len;
}

/* Whether s[0..len) is certainly in NFC without asking utf8proc: well-formed UTF-8 whose code
 * points all lie in ranges that are NFC_Quick_Check=Yes and never combine with what follows
 * (no combining marks, no Hangul jamo, no singletons): U+0000–U+02FF, the precomposed letters
 * of U+1E00–U+1EFF (Vietnamese: ạ ả ấ … ỹ), U+2010–U+2027 and U+2030–U+205E (dashes, quotes,
 * "…"), and U+20A0–U+20CF (currency, ₫). Anything else takes the full path. Names and text in
 * Vietnamese documents almost always pass, which keeps normalisation off the loader's costs. */
static int nfc_certain(const unsigned char *p, size_t len)
{
    /* Offsets, not an end pointer: an empty text may come as a NULL pointer (the loader's
     * <title></title>), and NULL + 0 is undefined behaviour in C. */
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
        } else if (c >= 0xC2 && c <= 0xCB) { /* U+0080–U+02FF */
            if (len - i < 2 || (p[i + 1] & 0xC0) != 0x80)
                return 0;
            i += 2;
        } else if (c == 0xE1 || c == 0xE2) {
            if (len - i < 3 || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
                return 0;
            unsigned cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            if (!((cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
                  (cp >= 0x20A0 && cp <= 0x20CF)))
                return 0;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

int congdoan__text_nfc(const char *s, size_t len, char **out, size_t *out_len)
{
    *out = NULL;
    if (out_len)
        *out_len = len;
    /* ASCII, and most Vietnamese text, is its own NFC: no utf8proc, no allocation. */
    if (nfc_certain((const unsigned char *)s, len))
        return 0;
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0) {
        free(mapped);
        return n == UTF8PROC_ERROR_NOMEM || n == UTF8PROC_ERROR_OVERFLOW ? CONGDOAN_ENOMEM
                                                                          : CONGDOAN_EENCODING;
    }
    /* Already NFC (the common case): let the caller keep its own copy. */
    if ((size_t)n == len && memcmp(mapped, s, len) == 0) {
        free(mapped);
        return 0;
    }
    *out = (char *)mapped;
    if (out_len)
        *out_len = (size_t)n;
    return 0;
}

void congdoan__text_nfc_free(char *s)
{
    /* utf8proc allocates with malloc, not through congdoan__malloc. */
    free(s);
}

/* Record the last error for a failed congdoan__text_nfc and return its code. */
static int nfc_error(int rc, const char *what, const char *s, size_t len)
{
    if (rc == CONGDOAN_EENCODING)
        return congdoan__error(rc, "%s is not valid UTF-8 (invalid sequence at byte %zu)", what,
                               invalid_utf8_offset(s, len));
    return congdoan__error(rc, "out of memory normalising %s to NFC", what);
}

CONGDOAN_API int congdoan_text_normalize(const char *text, char **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(text != NULL);
    size_t len = strlen(text);
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(text, len, &nfc, &nfc_len);
    if (rc < 0)
        return nfc_error(rc, "text", text, len);
    /* The caller frees with congdoan_free(), so the copy comes from our allocator even when
     * utf8proc already made one. */
    char *copy = congdoan__strndup(nfc ? nfc : text, nfc_len);
    congdoan__text_nfc_free(nfc);
    if (!copy)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory copying normalised text");
    *out = copy;
    return 0;
}

CONGDOAN_API int congdoan_text_equal(const char *a, const char *b)
{
    CONGDOAN__CHECK_ARG(a != NULL);
    CONGDOAN__CHECK_ARG(b != NULL);
    size_t a_len = strlen(a), b_len = strlen(b);
    char *a_nfc = NULL, *b_nfc = NULL;
    size_t a_nfc_len = 0, b_nfc_len = 0;
    int rc = congdoan__text_nfc(a, a_len, &a_nfc, &a_nfc_len);
    if (rc < 0)
        return nfc_error(rc, "first text", a, a_len);
    rc = congdoan__text_nfc(b, b_len, &b_nfc, &b_nfc_len);
    if (rc < 0) {
        congdoan__text_nfc_free(a_nfc);
        return nfc_error(rc, "second text", b, b_len);
    }
    int equal = a_nfc_len == b_nfc_len
                && memcmp(a_nfc ? a_nfc : a, b_nfc ? b_nfc : b, a_nfc_len) == 0;
    congdoan__text_nfc_free(a_nfc);
    congdoan__text_nfc_free(b_nfc);
    return equal;
}

size_t congdoan__utf8_count(const char *s, size_t len)
{
    const uint64_t high = 0x8080808080808080u;
    size_t cont = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        /* bit 7 of a byte set and bit 6 clear (w << 1 moves each byte's bit 6 to its bit 7);
         * the multiplication adds the eight 0-or-1 bytes into the top one (popcount would be a
         * call into libgcc without -mpopcnt) */
        uint64_t m = (w & ~(w << 1) & high) >> 7;
        cont += (size_t)((m * 0x0101010101010101u) >> 56);
    }
    for (; i < len; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return len - cont;
}
