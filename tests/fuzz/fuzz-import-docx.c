/*
 * libFuzzer harness for the .docx reader (lib/import/docx.c), and the rules and the building of
 * the document over what it reads (fuzz-import-common.h says what must hold). Seeds: the Word
 * files in tests/data/import and the parts in tests/fuzz/docx-parts/. Run: see tests/fuzz/README.md.
 *
 * Two ways in. An input starting with "PK" is a whole container, as a file would come. Any
 * other input is a word/document.xml, put into a stored zip with its right checksum beside a
 * numbering, a styles, a footnotes and an endnotes part, a header and a footer, so that
 * mutations reach the WordprocessingML reader (and the notes its references call) instead of
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

#define W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
static const char footnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " W ">"
    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Chỉ thị số 12-CT/TW ngày "
    "05/01/2022 của Ban Bí thư.</w:t></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"2\"><w:p><w:r><w:t>ITUC</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p>"
    "</w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:footnote></w:footnotes>";
static const char endnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:endnotes " W "><w:endnote w:id=\"1\"><w:p><w:r><w:t>Nghị quyết số "
    "15/NQ-BCH.</w:t></w:r></w:p></w:endnote></w:endnotes>";
static const char header[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " W "><w:p><w:r><w:t>Số: 240/KH-TLĐ</w:t></w:r></w:p><w:p><w:r>"
    "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar "
    "w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";
static const char footer[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr " W "><w:p><w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r>"
    "</w:fldSimple><w:r><w:t>Kế hoạch 240/KH-TLĐ</w:t></w:r></w:p></w:ftr>";

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

enum { PARTS = 7 };

/* A stored zip of the document and the fixed parts. */
static buf wrap(const uint8_t *doc, size_t doc_len)
{
    const char *names[PARTS] = {"word/document.xml",  "word/numbering.xml", "word/styles.xml", "word/footnotes.xml",
                                "word/endnotes.xml", "word/header1.xml",   "word/footer1.xml"};
    const unsigned char *datas[PARTS] = {doc,
                                         (const unsigned char *)numbering,
                                         (const unsigned char *)styles,
                                         (const unsigned char *)footnotes,
                                         (const unsigned char *)endnotes,
                                         (const unsigned char *)header,
                                         (const unsigned char *)footer};
    size_t lens[PARTS] = {doc_len, sizeof numbering - 1, sizeof styles - 1, sizeof footnotes - 1,
                          sizeof endnotes - 1, sizeof header - 1, sizeof footer - 1};
    size_t total = 0;
    for (int i = 0; i < PARTS; i++)
        total += lens[i] + 2 * strlen(names[i]) + 80;
    buf z = {malloc(total + 64), 0};
    size_t offs[PARTS];
    uint32_t crcs[PARTS];
    for (int i = 0; i < PARTS; i++) {
        offs[i] = z.len;
        crcs[i] = (uint32_t)crc32(0, datas[i], (uInt)lens[i]);
        put32(&z, 0x04034b50), put16(&z, 10), put16(&z, 0), put16(&z, 0), put16(&z, 0), put16(&z, 0x21);
        put32(&z, crcs[i]), put32(&z, (uint32_t)lens[i]), put32(&z, (uint32_t)lens[i]);
        put16(&z, (unsigned)strlen(names[i])), put16(&z, 0), put(&z, names[i], strlen(names[i]));
        put(&z, datas[i], lens[i]);
    }
    size_t cd = z.len;
    for (int i = 0; i < PARTS; i++) {
        put32(&z, 0x02014b50), put16(&z, 10), put16(&z, 10), put16(&z, 0), put16(&z, 0), put16(&z, 0);
        put16(&z, 0x21), put32(&z, crcs[i]), put32(&z, (uint32_t)lens[i]), put32(&z, (uint32_t)lens[i]);
        put16(&z, (unsigned)strlen(names[i])), put16(&z, 0), put16(&z, 0), put16(&z, 0), put16(&z, 0);
        put32(&z, 0), put32(&z, (uint32_t)offs[i]), put(&z, names[i], strlen(names[i]));
    }
    size_t cd_len = z.len - cd;
    put32(&z, 0x06054b50), put16(&z, 0), put16(&z, 0), put16(&z, PARTS), put16(&z, PARTS);
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
    fuzz_check_read(rc, s, issues);
    fuzz_check_source(s);
    /* the rules and the document over what this reader gives (table rows, headings, list items,
     * notes the text reader never makes), into an empty corpus; over the first blocks only, so
     * that the reader keeps most of the runs (fuzz-import-text runs the rules on whole texts) */
    congdoan_corpus *corpus = NULL;
    congdoan__source head = fuzz_source_head(s);
    if (head.count && congdoan_corpus_new(&corpus) == 0) {
        fuzz_input where = {(const char *)data, size, FUZZ_POSITION_PART, NULL, 0, 0};
        fuzz_import_source(&head, corpus, &where);
        free(where.line_starts);
        congdoan_corpus_free(corpus);
    }
    congdoan__source_free(s);
    congdoan_issues_free(issues);
    free(z.p);
    return 0;
}
