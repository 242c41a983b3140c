/*
 * Escaping text for XML, as the writer writes it and as the loader keeps foreign content: one
 * routine, so that what is kept reads back the same wherever it is written.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"

#include <string.h>

void congdoan__xml_escape(const char *s, size_t n, int attr, void (*put)(void *, const char *, size_t), void *ctx)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\n': rep = attr ? "&#10;" : NULL; break; /* attribute normalisation would make it a space */
        case '\r': rep = "&#13;"; break;               /* line-end normalisation would drop it */
        case '\t': rep = attr ? "&#9;" : NULL; break;
        default: break;
        }
        if (rep) {
            put(ctx, s + from, i - from);
            put(ctx, rep, strlen(rep));
            from = i + 1;
        }
    }
    put(ctx, s + from, n - from);
}
