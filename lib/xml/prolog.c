/*
 * Checks on the start of an input that both the loader and the schema validator make before
 * libxml2 sees it: UTF-8 only, and no internal DTD subset (where entities would be declared).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"

#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const unsigned char *find(const unsigned char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; m <= n && i <= n - m; i++)
        if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, m) == 0)
            return hay + i;
    return NULL;
}

int congdoan__has_nonblank(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
            return 1;
    return 0;
}

const char *congdoan__no_markup_message(size_t bytes, int nonblank)
{
    if (bytes == 0)
        return _("the file is empty; an XML file of the vocabulary starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?> "
                 "or <congdoan xmlns=\"urn:congdoan:1\" …>");
    if (!nonblank)
        return _("the file holds only white space; an XML file of the vocabulary starts with <?xml version=\"1.0\" "
                 "encoding=\"UTF-8\"?> or <congdoan xmlns=\"urn:congdoan:1\" …>");
    return _("this is not XML: the file starts with text, not with '<' (an XML file of the vocabulary starts with "
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?> or <congdoan …>); a text or Word document must be imported, "
             "not loaded");
}

const char *congdoan__prolog_problem(const unsigned char *p, size_t n, int *code, long *line)
{
    *code = CONGDOAN_EENCODING;
    *line = 1;
    if (n >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
        return _("the input starts with a UTF-16 or UTF-32 byte-order mark; the vocabulary is UTF-8 only");
    /* UTF-8 XML never has a NUL byte; UTF-16 and UTF-32 without a byte-order mark start with one
     * within their first four bytes, and libxml2 would quietly convert them. */
    for (size_t k = 0; k < n && k < 4; k++)
        if (p[k] == 0)
            return _("the input is in UTF-16 or UTF-32 (it has NUL bytes); the vocabulary is UTF-8 only");
    size_t i = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
    if (n - i >= 5 && memcmp(p + i, "<?xml", 5) == 0) {
        const unsigned char *end = memchr(p + i, '>', n - i);
        const unsigned char *enc = end ? find(p + i, (size_t)(end - p - i), "encoding") : NULL;
        if (enc) {
            const unsigned char *q = enc + 8;
            while (q < end && (*q == ' ' || *q == '=' || *q == '\t' || *q == '\n' || *q == '\r'))
                q++;
            if (q < end && (*q == '"' || *q == '\'')) {
                const unsigned char *close = memchr(q + 1, *q, (size_t)(end - q - 1));
                size_t len = close ? (size_t)(close - q - 1) : 0;
                if (!((len == 5 && strncasecmp((const char *)q + 1, "UTF-8", 5) == 0) ||
                      (len == 4 && strncasecmp((const char *)q + 1, "UTF8", 4) == 0)))
                    return _("the input declares an encoding other than UTF-8; the vocabulary is UTF-8 only");
            }
        }
    }
    *code = CONGDOAN_EFORBIDDEN;
    /* Only the prolog can hold a DOCTYPE; comments and processing instructions are skipped. */
    while (i < n) {
        if (p[i] != '<') {
            i++;
        } else if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0) {
            const unsigned char *e = find(p + i + 4, n - i - 4, "-->");
            i = e ? (size_t)(e - p) + 3 : n;
        } else if (n - i >= 2 && p[i + 1] == '?') {
            const unsigned char *e = find(p + i, n - i, "?>");
            i = e ? (size_t)(e - p) + 2 : n;
        } else if (n - i >= 9 && memcmp(p + i, "<!DOCTYPE", 9) == 0) {
            /* up to its '>' or its '[', skipping quoted literals (a system id may hold either) */
            size_t j = i + 9;
            while (j < n && p[j] != '>' && p[j] != '[') {
                if (p[j] == '"' || p[j] == '\'') {
                    const unsigned char *q = memchr(p + j + 1, p[j], n - j - 1);
                    j = q ? (size_t)(q - p) + 1 : n;
                } else {
                    j++;
                }
            }
            if (j < n && p[j] == '[') {
                for (size_t k = 0; k < i; k++)
                    *line += p[k] == '\n';
                return _("the DOCTYPE has an internal subset, where entities are declared; the vocabulary uses none");
            }
            i = j < n ? j + 1 : n;
        } else {
            break; /* the root element */
        }
    }
    *code = 0;
    return NULL;
}

/* libxml2 reports some errors without a parser context (running out of memory while creating
 * one, I/O setup): those go to the thread's generic or structured handler, stderr by default.
 * While the library parses, they go nowhere: the parser's own state still tells what failed. */
static void silent_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void silent_structured(void *ctx, xmlErrorPtr err)
{
    (void)ctx;
    (void)err;
}

void congdoan__quiet_begin(congdoan__quiet *q)
{
    q->generic = xmlGenericError;
    q->generic_ctx = xmlGenericErrorContext;
    q->structured = xmlStructuredError;
    q->structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, silent_generic);
    xmlSetStructuredErrorFunc(NULL, silent_structured);
}

void congdoan__quiet_end(const congdoan__quiet *q)
{
    xmlSetGenericErrorFunc(q->generic_ctx, q->generic);
    xmlSetStructuredErrorFunc(q->structured_ctx, q->structured);
}
