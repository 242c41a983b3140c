/*
 * Text cut short for a message without cutting a character in two. A message shows at most so
 * many bytes of a value (an identifier, a number as written, an element's name), and a message
 * longer than its buffer loses its end. congdoan__utf8_cut() says where to cut a value; and the
 * last error and every issue pass their message through congdoan__utf8_drop_partial(), which
 * takes out what a cut by byte count ("%.40s", a full buffer) left of a character, so that
 * every message the library gives is UTF-8 (Python's binding decodes them strictly, and half a
 * "ư" made the load of a file raise UnicodeDecodeError instead of the load's error).
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

void congdoan__utf8_drop_partial(char *s)
{
    unsigned char *r = (unsigned char *)s, *w = r;
    while (*r) {
        size_t need = *r >= 0xF0 ? 4 : *r >= 0xE0 ? 3 : *r >= 0xC0 ? 2 : 1, have = 1;
        while (have < need && continues(r[have]))
            have++;
        if (have == need) /* whole (or a byte that starts nothing: kept as it is) */
            for (size_t i = 0; i < have; i++)
                *w++ = *r++;
        else /* a first byte and fewer of its continuation bytes than it needs: a cut */
            r += have;
    }
    *w = '\0';
}
