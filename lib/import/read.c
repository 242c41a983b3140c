/*
 * The importer's front door: the format a file is in, and the dispatch to the reader of that
 * format (text.c, html.c, docx.c).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* memmem */
#include "import/build.h"

#include <string.h>
#include <strings.h>

static int starts_ci(const char *p, size_t n, const char *word)
{
    size_t m = strlen(word);
    return n >= m && strncasecmp(p, word, m) == 0;
}

/* Whether the start of data looks like an HTML page: after a byte-order mark, white space and
 * comments, a DOCTYPE html or an <html>, <head> or <body> tag (or an XML declaration followed by
 * one: XHTML); failing that, at least three start or end tags of common HTML elements in the
 * first 8 KiB (a fragment copied from a page), which plain text does not have. */
static int looks_like_html(const char *data, size_t size)
{
    size_t n = size < 8192 ? size : 8192;
    size_t i = n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (;;) {
        while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
            i++;
        if (starts_ci(data + i, n - i, "<!--")) {
            const char *e = memmem(data + i + 4, n - i - 4, "-->", 3);
            if (!e)
                break;
            i = (size_t)(e - data) + 3;
        } else if (starts_ci(data + i, n - i, "<?xml")) {
            const char *e = memchr(data + i, '>', n - i);
            if (!e)
                break;
            i = (size_t)(e - data) + 1;
        } else {
            break;
        }
    }
    if (starts_ci(data + i, n - i, "<!doctype html") || starts_ci(data + i, n - i, "<html") ||
        starts_ci(data + i, n - i, "<head") || starts_ci(data + i, n - i, "<body"))
        return 1;
    static const char *const tags[] = {"p", "br", "div", "span", "table", "tr", "td", "li", "ul", "ol", "h1", "h2",
                                       "h3", "h4", "h5", "h6", "a", "b", "i", "strong", "em", "meta", "title"};
    int found = 0;
    for (size_t k = 0; k + 2 < n && found < 3; k++) {
        if (data[k] != '<')
            continue;
        size_t j = k + 1 + (data[k + 1] == '/');
        size_t len = 0;
        while (j + len < n && len < 8 && ((data[j + len] | 0x20) >= 'a' && (data[j + len] | 0x20) <= 'z'))
            len++;
        if (j + len < n && data[j + len] >= '1' && data[j + len] <= '6')
            len++;
        if (!len || j + len >= n || !(data[j + len] == '>' || data[j + len] == ' ' || data[j + len] == '/'))
            continue;
        for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
            if (strlen(tags[t]) == len && strncasecmp(data + j, tags[t], len) == 0) {
                found++;
                break;
            }
    }
    return found >= 3;
}

congdoan__format congdoan__source_sniff(const char *data, size_t size)
{
    if (!data)
        return CONGDOAN__FORMAT_TEXT;
    if (size >= 4 && memcmp(data, "PK\x03\x04", 4) == 0)
        return CONGDOAN__FORMAT_DOCX;
    if (looks_like_html(data, size))
        return CONGDOAN__FORMAT_HTML;
    return CONGDOAN__FORMAT_TEXT;
}

/* Formats no reader takes, recognised by their first bytes, with what to do about them. */
static const char *foreign_format(const char *data, size_t size)
{
    if (size >= 5 && memcmp(data, "%PDF-", 5) == 0)
        return _("this is a PDF file, which the library does not read: convert it to text first with "
               "`pdftotext -layout FILE.pdf FILE.txt` (poppler-utils) and import the text");
    if (size >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
        return _("this is a Word 97-2003 (.doc) or other OLE2 file, which the library does not read: "
               "save it as .docx (Word, or `libreoffice --headless --convert-to docx FILE.doc`)");
    if (size >= 5 && memcmp(data, "{\\rtf", 5) == 0)
        return _("this is an RTF file, which the library does not read: save it as .docx or as UTF-8 text");
    return NULL;
}

int congdoan__source_read(const char *data, size_t size, const char *name, congdoan__format format,
                          const congdoan__import_limits *lim, congdoan_issues *issues, congdoan__source **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(data != NULL || size == 0);
    CONGDOAN__CHECK_ARG(issues != NULL);
    CONGDOAN__CHECK_ARG(format >= CONGDOAN__FORMAT_AUTO && format <= CONGDOAN__FORMAT_DOCX);
    const char *file = name ? name : "<memory>";
    if (!data)
        data = "";
    /* every reader gets the limits, the defaults when none are given */
    congdoan__import_limits defaults;
    if (!lim) {
        congdoan__import_limits_default(&defaults);
        lim = &defaults;
    }
    const char *foreign = foreign_format(data, size);
    if (foreign)
        return congdoan__import_fail(issues, CONGDOAN_EPARSE, "import-unreadable", file, 0, 0, "%s", foreign);
    if (format == CONGDOAN__FORMAT_AUTO)
        format = congdoan__source_sniff(data, size);
    switch (format) {
    case CONGDOAN__FORMAT_HTML:
        return congdoan__source_read_html(data, size, name, lim, issues, out);
    case CONGDOAN__FORMAT_DOCX:
        return congdoan__source_read_docx(data, size, name, lim, issues, out);
    default:
        return congdoan__source_read_text(data, size, name, lim, issues, out);
    }
}
