/*
 * congdoan — the width of text in a terminal, from utf8proc's own table (utf8proc_charwidth:
 * combining marks take no cell, East Asian wide characters two), and text cut or wrapped to a
 * width.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

size_t utf8_sequence_length(const unsigned char *s)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s, -1, &cp);
    return n > 0 ? (size_t)n : 0;
}

/* One code point at s: its width in cells and its length in bytes (a byte that is not UTF-8
 * counts one cell; a control character, shown as a space, one). */
static int char_width(const char *s, size_t *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
    if (n <= 0) {
        *len = 1;
        return 1;
    }
    *len = (size_t)n;
    if (cp < 0x20 || cp == 0x7F)
        return 1;
    return utf8proc_charwidth(cp);
}

size_t display_width(const char *s)
{
    size_t width = 0;
    for (const char *p = s ? s : ""; *p;) {
        size_t len;
        width += (size_t)char_width(p, &len);
        p += len;
    }
    return width;
}

/* The bytes of s that fit in `width` cells (combining marks stay with their letter). */
static size_t bytes_within(const char *s, size_t width)
{
    size_t used = 0, i = 0;
    while (s[i]) {
        size_t len;
        int w = char_width(s + i, &len);
        if (used + (size_t)w > width)
            break;
        used += (size_t)w;
        i += len;
    }
    return i;
}

char *fit_width(const char *s, size_t width)
{
    s = s ? s : "";
    size_t total = display_width(s);
    if (total <= width) {
        char *copy = xstrdup(s);
        for (char *p = copy; *p; p++)
            if ((unsigned char)*p < 0x20 || *p == 0x7F)
                *p = ' ';
        return copy;
    }
    if (width == 0)
        return xstrdup("");
    size_t n = bytes_within(s, width - 1);
    while (n > 0 && s[n - 1] == ' ')
        n--; /* "word …" reads as two things */
    char *out = xmalloc(n + 4);
    memcpy(out, s, n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)out[i] < 0x20 || out[i] == 0x7F)
            out[i] = ' ';
    memcpy(out + n, "…", 4);
    return out;
}

size_t wrap_lines(const char *s, size_t width, char ***lines_out)
{
    char **lines = NULL;
    size_t count = 0, cap = 0;
    s = s ? s : "";
    if (width == 0)
        width = (size_t)-1;
    /* control characters (a line break inside a text) are spaces */
    char *text = xstrdup(s);
    for (char *p = text; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7F)
            *p = ' ';
    const char *p = text;
    while (*p == ' ')
        p++;
    do {
        /* the longest run of whole words within the width; a word longer than the width is
         * broken where it must be */
        size_t fit = bytes_within(p, width);
        size_t take = fit;
        if (p[fit] != '\0' && p[fit] != ' ') {
            size_t back = fit;
            while (back > 0 && p[back - 1] != ' ')
                back--;
            if (back > 0)
                take = back;
        }
        if (take == 0 && *p)
            take = fit ? fit : 1;
        size_t keep = take;
        while (keep > 0 && p[keep - 1] == ' ')
            keep--;
        if (count == cap) {
            cap = cap ? 2 * cap : 4;
            lines = xrealloc(lines, cap * sizeof *lines);
        }
        char *line = xmalloc(keep + 1);
        memcpy(line, p, keep);
        line[keep] = '\0';
        lines[count++] = line;
        p += take;
        while (*p == ' ')
            p++;
    } while (*p);
    free(text);
    *lines_out = lines;
    return count;
}

void free_lines(char **lines, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(lines[i]);
    free(lines);
}

void put_padded(FILE *out, const char *s, size_t width)
{
    fputs(s, out);
    for (size_t w = display_width(s); w < width; w++)
        fputc(' ', out);
}
