/*
 * The public import API (congdoan/import.h): read the input, find what it says, and add it
 * to the corpus as one document.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/import.h"
#include "import/build.h"

#include "base/files.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { MAX_ID = 96 };

_Static_assert((int)CONGDOAN_IMPORT_AUTO == (int)CONGDOAN__FORMAT_AUTO && (int)CONGDOAN_IMPORT_TEXT == (int)CONGDOAN__FORMAT_TEXT &&
                   (int)CONGDOAN_IMPORT_HTML == (int)CONGDOAN__FORMAT_HTML && (int)CONGDOAN_IMPORT_DOCX == (int)CONGDOAN__FORMAT_DOCX,
               "the public import formats are the readers' formats");

CONGDOAN_API int congdoan_import_options_init(congdoan_import_options *options, unsigned int version)
{
    CONGDOAN__CHECK_ARG(options != NULL);
    if (version != CONGDOAN_IMPORT_OPTIONS_VERSION)
        return congdoan__error(CONGDOAN_EINVAL, "import options of version %u; this library knows version %u", version,
                               CONGDOAN_IMPORT_OPTIONS_VERSION);
    congdoan_import_options defaults = CONGDOAN_IMPORT_OPTIONS_INIT;
    *options = defaults;
    return 0;
}

/* An identifier made of s: letters folded to ASCII, everything else a hyphen; "" when none. */
static void slug(const char *s, size_t len, char *out, size_t cap)
{
    char *folded = NULL;
    size_t n = 0, o = 0;
    if (congdoan__text_fold(s, len, &folded, &n) == 0) {
        for (size_t i = 0; i < n && o + 1 < cap; i++) {
            unsigned char c = (unsigned char)folded[i];
            int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep)
                out[o++] = (char)c;
            else if (o && out[o - 1] != '-' && c < 0x80)
                out[o++] = '-';
        }
    }
    while (o && out[o - 1] == '-')
        o--;
    out[o] = '\0';
    congdoan__dealloc(folded);
}

/* The new document's id: asked for, or made from its number or its file name. */
static int document_id(const congdoan_corpus *corpus, const congdoan__found *f, const char *name,
                       const congdoan_import_options *o, char *id, size_t cap)
{
    if (o->document_id) {
        if (!congdoan__id_valid(o->document_id, strlen(o->document_id)))
            return congdoan__error(CONGDOAN_EINVAL, "document id '%s' is not an identifier (letters, digits, '.', '_', '-')",
                                   o->document_id);
        if (congdoan_corpus_document_by_id(corpus, o->document_id))
            return congdoan__error(CONGDOAN_EEXISTS, "the corpus already has a document '%s'", o->document_id);
        snprintf(id, cap, "%s", o->document_id);
        return 0;
    }
    char base[MAX_ID];
    if (f->number) {
        slug(f->number, strlen(f->number), base, sizeof base);
    } else {
        const char *b = strrchr(name, '/');
        b = b ? b + 1 : name;
        const char *dot = strrchr(b, '.');
        slug(b, dot && dot > b ? (size_t)(dot - b) : strlen(b), base, sizeof base);
    }
    if (!base[0] || !congdoan__id_valid(base, strlen(base)))
        snprintf(base, sizeof base, "imported");
    snprintf(id, cap, "%s", base);
    for (unsigned k = 2; congdoan_corpus_document_by_id(corpus, id); k++)
        snprintf(id, cap, "%.80s-%u", base, k);
    return 0;
}

CONGDOAN_API int congdoan_import_memory(congdoan_corpus *corpus, const char *data, size_t size, const char *name,
                                        const congdoan_import_options *options, congdoan_issues *issues,
                                        const congdoan_document **out)
{
    if (out)
        *out = NULL;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    CONGDOAN__CHECK_ARG(data != NULL || size == 0);
    congdoan_import_options o = CONGDOAN_IMPORT_OPTIONS_INIT;
    if (options) {
        if (options->version != CONGDOAN_IMPORT_OPTIONS_VERSION)
            return congdoan__error(CONGDOAN_EINVAL, "import options of version %u; this library knows version %u",
                                   options->version, CONGDOAN_IMPORT_OPTIONS_VERSION);
        o = *options;
        if ((unsigned)o.format > CONGDOAN_IMPORT_DOCX)
            return congdoan__error(CONGDOAN_EINVAL, "unknown import format %d", (int)o.format);
    }
    if (!name)
        name = "<memory>";
    congdoan_issues *mine = NULL;
    if (!issues) {
        if (congdoan_issues_new(&mine))
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory importing '%s'", name);
        issues = mine;
    }
    congdoan__import_limits lim;
    congdoan__import_limits_default(&lim);
    if (o.max_input)
        lim.max_input = o.max_input;
    congdoan__source *src = NULL;
    congdoan__found *f = NULL;
    const congdoan_document *doc = NULL;
    char id[MAX_ID + 16];
    /* the public formats and the readers' are numbered alike (checked at compile time below) */
    int rc = congdoan__source_read(data ? data : "", size, name, (congdoan__format)o.format, &lim, issues, &src);
    if (!rc)
        rc = congdoan__extract(src, corpus, issues, &f);
    if (!rc)
        rc = document_id(corpus, f, name, &o, id, sizeof id);
    if (!rc)
        rc = congdoan__found_to_corpus(f, corpus, id, issues, &doc);
    if (rc == CONGDOAN_ENOMEM)
        congdoan__error(rc, "out of memory importing '%s'", name);
    congdoan__found_free(f);
    congdoan__source_free(src);
    congdoan_issues_free(mine);
    if (!rc && out)
        *out = doc;
    return rc;
}

CONGDOAN_API int congdoan_import_file(congdoan_corpus *corpus, const char *path, const congdoan_import_options *options,
                                      congdoan_issues *issues, const congdoan_document **out)
{
    if (out)
        *out = NULL;
    CONGDOAN__CHECK_ARG(corpus != NULL);
    CONGDOAN__CHECK_ARG(path != NULL);
    congdoan__import_limits lim;
    congdoan__import_limits_default(&lim);
    size_t max = options && options->max_input ? options->max_input : lim.max_input;
    /* Only a regular file is read (a FIFO or a device would block or never end). */
    long long size;
    const char *why;
    int fd = congdoan__open_regular(path, &size, &why);
    if (fd < 0) {
        if (issues && congdoan__issue_add(issues, "io-error", path, 0, 0, "cannot open: %s", why))
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory reporting an issue");
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot open: %s", why);
    }
    /* A file larger than the limit is refused with its size, without reading it; one that grows
     * while it is read is caught below, reading at most one byte past the limit. */
    if (size > 0 && (unsigned long long)size > max) {
        close(fd);
        return congdoan__import_fail(issues, CONGDOAN_ELIMIT, "import-limit", path, 0, 0,
                                     "the file is %lld bytes; the input limit is %zu bytes", size, max);
    }
    size_t cap = 1 << 16, len = 0;
    char *data = congdoan__malloc(cap);
    int rc = data ? 0 : CONGDOAN_ENOMEM, read_error = 0;
    while (!rc) {
        if (len == cap) {
            size_t want = cap * 2 > max + 1 ? max + 1 : cap * 2;
            if (want <= cap)
                break;
            char *d = congdoan__realloc(data, want);
            if (!d) {
                rc = CONGDOAN_ENOMEM;
                break;
            }
            data = d;
            cap = want;
        }
        ssize_t n = read(fd, data + len, cap - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            read_error = errno;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    if (rc) {
        congdoan__dealloc(data);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory reading '%s'", path);
    }
    if (read_error) {
        congdoan__dealloc(data);
        if (issues && congdoan__issue_add(issues, "io-error", path, 0, 0, "cannot read: %s", strerror(read_error)))
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory reporting an issue");
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot read: %s", strerror(read_error));
    }
    /* len is at most max + 1: the reader refuses what passes the limit, with the issue. */
    rc = congdoan_import_memory(corpus, data, len, path, options, issues, out);
    congdoan__dealloc(data);
    return rc;
}
