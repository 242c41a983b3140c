/*
 * The embedded RELAX NG schema and streaming validation against it (libxml2's xmlTextReader,
 * which validates node by node instead of building the whole document).
 *
 * The reader cannot be given the loader's SAX callbacks, so the hostile-input rules that the
 * loader enforces in its callbacks are enforced here before the reader runs: the prolog is
 * scanned and a DOCTYPE with an internal subset (where entity declarations live), a UTF-16/32
 * byte-order mark or a declared encoding other than UTF-8 are refused. External DTDs are
 * never loaded (no XML_PARSE_DTDLOAD) and nothing is fetched (XML_PARSE_NONET).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"
#include "base/files.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>

extern const char congdoan__schema_rng[];

CONGDOAN_API const char *congdoan_schema_namespace(void)
{
    return "urn:congdoan:1";
}

CONGDOAN_API const char *congdoan_schema_text(void)
{
    return congdoan__schema_rng;
}

typedef struct validation {
    congdoan_issues *issues;
    const char *path;
    int errors;
    int nomem;
} validation;

static void on_error(void *user, xmlErrorPtr err)
{
    validation *v = user;
    if (!err || err->level == XML_ERR_WARNING)
        return;
    char msg[512];
    congdoan__xml_message(err, msg, sizeof msg);
    const char *tag = err->domain == XML_FROM_RELAXNGV ? "schema-invalid" : "xml-malformed";
    if (err->code == XML_ERR_INVALID_CHAR || err->code == XML_ERR_INVALID_ENCODING)
        tag = "xml-encoding";
    /* The reader reports the node's line in err->line; elements report their line in int2 = 0. */
    if (congdoan__issue_add(v->issues, tag, v->path, err->line, err->int2, "%s", msg) != 0)
        v->nomem = 1;
    v->errors++;
}

/* Refuse what the reader must not see (see the top of this file). */
static int check_prolog(int fd, validation *v)
{
    unsigned char buf[65536];
    size_t n = 0;
    while (n < sizeof buf) {
        ssize_t got = read(fd, buf + n, sizeof buf - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        n += (size_t)got;
    }
    int code;
    long line;
    const char *why = congdoan__prolog_problem(buf, n, &code, &line);
    if (!why && n < sizeof buf && !congdoan__has_nonblank(buf, n)) {
        /* the whole input, and nothing in it (libxml2 would speak of "Extra content") */
        why = congdoan__no_markup_message(n, 0);
        code = CONGDOAN_EPARSE;
        line = 1;
    }
    if (!why)
        return 0;
    if (congdoan__issue_add(v->issues, congdoan_error_tag(code), v->path, line, 1, "%s", why) != 0)
        v->nomem = 1;
    v->errors++;
    return code;
}

static int validate_file(const char *path, congdoan_issues *issues);

CONGDOAN_API int congdoan_schema_validate_file(const char *path, congdoan_issues *issues)
{
    congdoan__quiet q;
    congdoan__quiet_begin(&q);
    int rc = validate_file(path, issues);
    congdoan__quiet_end(&q);
    return rc;
}

static int validate_file(const char *path, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(path);
    CONGDOAN__CHECK_ARG(issues);
    validation v = {issues, path, 0, 0};
    /* One descriptor for the prolog check and the reader: a FIFO or a device is refused
     * without waiting for a writer, and the file checked is the file validated. */
    long long size;
    const char *why;
    int fd = congdoan__open_regular(path, &size, &why);
    if (fd < 0) {
        congdoan__issue_add(issues, "io-error", path, 0, 0, "cannot open %s: %s", path, why);
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot open %s: %s", path, why);
    }
    int rc = check_prolog(fd, &v);
    if (rc == 0 && !v.nomem && lseek(fd, 0, SEEK_SET) != 0) {
        int err = errno;
        close(fd);
        congdoan__issue_add(issues, "io-error", path, 0, 0, "cannot read %s: %s", path, strerror(err));
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot read %s: %s", path, strerror(err));
    }
    if (v.nomem || rc != 0)
        close(fd);
    if (v.nomem)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory validating %s", path);
    if (rc != 0) {
        const congdoan_issue *last = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
        return congdoan__error_at(rc, path, congdoan_issue_line(last), 1, "%s", congdoan_issue_message(last));
    }

    xmlInitParser();
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewMemParserCtxt(congdoan__schema_rng, (int)strlen(congdoan__schema_rng));
    if (!pctxt) {
        close(fd);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory reading the embedded schema");
    }
    xmlRelaxNGSetParserStructuredErrors(pctxt, on_error, &v);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!schema) {
        close(fd);
        return congdoan__error(CONGDOAN_ERROR, "the embedded schema could not be compiled (a bug in the library)");
    }

    rc = CONGDOAN_OK;
    /* the reader reads the descriptor but leaves it open */
    xmlTextReaderPtr reader = xmlReaderForFd(fd, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!reader) {
        rc = congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot read %s", path);
    } else {
        xmlTextReaderSetStructuredErrorHandler(reader, on_error, &v);
        if (xmlTextReaderRelaxNGSetSchema(reader, schema) != 0) {
            rc = congdoan__error(CONGDOAN_ERROR, "cannot attach the schema to the reader");
        } else {
            int r;
            while ((r = xmlTextReaderRead(reader)) == 1)
                ;
            if (v.nomem)
                rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory validating %s", path);
            else if (r < 0 && v.errors == 0)
                rc = congdoan__error_at(CONGDOAN_EPARSE, path, 0, 0, "%s is not well-formed XML", path);
            else if (r < 0 && !xmlTextReaderIsValid(reader) && v.errors)
                rc = CONGDOAN_EPARSE;
            else if (v.errors || xmlTextReaderIsValid(reader) != 1)
                rc = CONGDOAN_ESCHEMA;
            if (rc == CONGDOAN_EPARSE || rc == CONGDOAN_ESCHEMA) {
                const congdoan_issue *first = congdoan_issues_get(issues, congdoan_issues_count(issues) - (size_t)v.errors);
                if (!first || !v.errors)
                    congdoan__error_at(rc, path, 0, 0, "%s does not follow the schema", path);
                else
                    congdoan__error_at(rc, path, congdoan_issue_line(first), congdoan_issue_column(first), "%s",
                                       congdoan_issue_message(first));
            }
        }
        xmlFreeTextReader(reader);
    }
    xmlRelaxNGFree(schema);
    close(fd);
    return rc;
}
