/*
 * libFuzzer harness for the .docx reader (lib/import/docx.c). Seeds: the Word files in tests/data/import
 * and the parts in tests/fuzz/docx-parts/. Run: see tests/fuzz/README.md.
 *
 * Two ways in. An input starting with "PK" is a whole container, as a file would come. Any
 * other input is a word/document.xml, put into a stored zip with its right checksum beside a
 * numbering and a styles part, so that mutations reach the WordprocessingML reader instead of
 * ending at libzip's checksum.
 */
#include "fuzz-import-common.h"

#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char numbering[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/>"
    "</w:lvl><w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/>"
    "</w:lvlOverride></w:num></w:numbering>";
static const char styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles "
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"L\"><w:name w:val=\"List\"/><w:basedOn w:val=\"Heading1\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";

typedef struct buf {
    unsigned char *p;
    size_t len;
} buf;

static void put(buf *b, const void *s, size_t n)
{
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void put16(buf *b, unsigned v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    put(b, x, 2);
}

static void put32(buf *b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

/* A stored zip of the three parts. */
static buf wrap(const uint8_t *doc, size_t doc_len)
{
    const char *names[3] = {"word/document.xml", "word/numbering.xml", "word/styles.xml"};
    const unsigned char *datas[3] = {doc, (const unsigned char *)numbering, (const unsigned char *)styles};
    size_t lens[3] = {doc_len, sizeof numbering - 1, sizeof styles - 1};
    buf z = {malloc(doc_len + sizeof numbering + sizeof styles + 512), 0};
    size_t offs[3];
    uint32_t crcs[3];
    for (int i = 0; i < 3; i++) {
        offs[i] = z.len;
        crcs[i] = (uint32_t)crc32(0, datas[i], (uInt)lens[i]);
        put32(&z, 0x04034b50), put16(&z, 10), put16(&z, 0), put16(&z, 0), put16(&z, 0), put16(&z, 0x21);
        put32(&z, crcs[i]), put32(&z, (uint32_t)lens[i]), put32(&z, (uint32_t)lens[i]);
        put16(&z, (unsigned)strlen(names[i])), put16(&z, 0), put(&z, names[i], strlen(names[i]));
        put(&z, datas[i], lens[i]);
    }
    size_t cd = z.len;
    for (int i = 0; i < 3; i++) {
        put32(&z, 0x02014b50), put16(&z, 10), put16(&z, 10), put16(&z, 0), put16(&z, 0), put16(&z, 0);
        put16(&z, 0x21), put32(&z, crcs[i]), put32(&z, (uint32_t)lens[i]), put32(&z, (uint32_t)lens[i]);
        put16(&z, (unsigned)strlen(names[i])), put16(&z, 0), put16(&z, 0), put16(&z, 0), put16(&z, 0);
        put32(&z, 0), put32(&z, (uint32_t)offs[i]), put(&z, names[i], strlen(names[i]));
    }
    size_t cd_len = z.len - cd;
    put32(&z, 0x06054b50), put16(&z, 0), put16(&z, 0), put16(&z, 3), put16(&z, 3);
    put32(&z, (uint32_t)cd_len), put32(&z, (uint32_t)cd), put16(&z, 0);
    return z;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (4u << 20))
        return 0;
    buf z = {NULL, 0};
    const char *in = (const char *)data;
    size_t in_len = size;
    if (size < 2 || data[0] != 'P' || data[1] != 'K') {
        z = wrap(data, size);
        in = (const char *)z.p;
        in_len = z.len;
    }
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) != 0) {
        free(z.p);
        return 0;
    }
    congdoan__source *s = NULL;
    int rc = congdoan__source_read_docx(in, in_len, "fuzz.docx", NULL, issues, &s);
    if ((rc == 0) != (s != NULL) || (rc != 0 && congdoan_issues_count(issues) == 0 && rc != CONGDOAN_ENOMEM))
        __builtin_trap();
    fuzz_check_source(s);
    congdoan__source_free(s);
    congdoan_issues_free(issues);
    free(z.p);
    return 0;
}
