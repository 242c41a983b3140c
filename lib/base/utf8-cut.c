/*
 * Text cut short for a message without cutting a character in two. A message shows at most so
 * many bytes of a value (an identifier, a number as written, an element's name), and a message
 * longer than its buffer loses its end. congdoan__utf8_cut() says where to cut a value; and the
 * last error and every issue pass their message through congdoan__utf8_mend(), which takes out
 * what a full buffer left of a character at the end and shows any other byte that is not UTF-8
 * (a file name in another encoding) as U+FFFD, so that every message the library gives is
 * UTF-8 (Python's binding decodes them strictly, and half a "ư" made the load of a file raise
 * UnicodeDecodeError instead of the load's error).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <string.h>

static int continues(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t congdoan__utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && continues((unsigned char)s[n])) /* s[n], the first byte left out, is inside a character */
        n--;
    return n;
}

/* The length of the well-formed character at s (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or 0. */
static size_t whole(const unsigned char *s)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!need)
        return 0;
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < need; i++)
        if (!continues(s[i]))
            return 0;
    return need;
}

void congdoan__utf8_mend(char *s, size_t size)
{
    unsigned char *p = (unsigned char *)s;
    size_t n;
    while (*p && (n = whole(p)) > 0) /* the usual: all of it well-formed */
        p += n;
    if (!*p)
        return;
    char out[1024];
    size_t len = strlen(s), room = size < sizeof out ? size : sizeof out, w = (size_t)(p - (unsigned char *)s);
    memcpy(out, s, w);
    while (*p) {
        if ((n = whole(p)) > 0) {
            if (w + n >= room)
                break;
            memcpy(out + w, p, n);
            w += n, p += n;
            continue;
        }
        /* what a cut at the end left of a character goes; anything else becomes U+FFFD */
        size_t have = 1;
        while (have < 4 && continues(p[have]))
            have++;
        if ((size_t)(p - (unsigned char *)s) + have == len && *p >= 0xC2 && *p <= 0xF4)
            break;
        if (w + 3 >= room)
            break;
        memcpy(out + w, "\xEF\xBF\xBD", 3);
        w += 3, p += 1;
    }
    out[w] = '\0';
    memcpy(s, out, w + 1);
}
