/*
 * The importer's readers (lib/import/html.c, docx.c, read.c, build.c): what they make of the
 * seeds as a web page and a Word file, of hand-made pages and documents that show one rule
 * each, and how every kind of hostile input ends (a clear error with file, entry and line,
 * nothing returned, in bounded time and memory).
 */
#define _GNU_SOURCE
#include "test-common.h"

#include "import/build.h"
#include "import/extract.h"
#include "text/vntext.h"

#include <dirent.h>
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

extern char **environ;

/* ---- helpers --------------------------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    strbuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_put(&b, chunk, n);
    fclose(f);
    if (!b.data)
        sb_put(&b, "", 0);
    *len = b.len;
    return b.data;
}

static char *fixture(const char *name, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "import/%s", name);
    return slurp(test_data_path(path), len);
}

/* The seed whose file name starts with `prefix`, as its non-empty lines: white space
 * collapsed, trimmed, in NFC. */
static size_t seed_lines(const char *prefix, char ***out)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", test_data_path("seeds"));
    DIR *d = opendir(dir);
    ck_assert(d != NULL);
    struct dirent *e;
    char path[1024] = "";
    while ((e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    closedir(d);
    ck_assert(path[0]);
    size_t len;
    char *text = slurp(path, &len);
    char **lines = NULL;
    size_t n = 0;
    for (char *p = text; p && *p;) {
        char *nl = strchr(p, '\n');
        size_t l = nl ? (size_t)(nl - p) : strlen(p);
        strbuf b = {0};
        int space = 0;
        for (size_t i = 0; i < l; i++) {
            unsigned char c = (unsigned char)p[i];
            int sp = c == ' ' || c == '\t' || c == '\r' || (c == 0xC2 && i + 1 < l && (unsigned char)p[i + 1] == 0xA0);
            if (sp) {
                space = 1;
                if (c == 0xC2)
                    i++;
                continue;
            }
            if (space && b.len)
                sb_put(&b, " ", 1);
            space = 0;
            sb_put(&b, p + i, 1);
        }
        if (b.len) {
            char *nfc = NULL;
            size_t nfc_len;
            ck_assert_int_eq(congdoan__text_nfc(b.data, b.len, &nfc, &nfc_len), 0);
            lines = realloc(lines, (n + 1) * sizeof *lines);
            lines[n++] = nfc ? strdup(nfc) : strdup(b.data);
            congdoan__text_nfc_free(nfc);
        }
        free(b.data);
        p = nl ? nl + 1 : NULL;
    }
    free(text);
    *out = lines;
    return n;
}

static void free_lines(char **lines, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

/* The blocks as the lines a reader of the page sees: a block's label before its text, a
 * row's cells one after another, each split at its line breaks. */
static size_t block_lines(const congdoan__source *s, char ***out)
{
    char **lines = NULL;
    size_t n = 0;
    for (size_t i = 0; i < s->count; i++) {
        const congdoan__block *b = &s->blocks[i];
        size_t parts = b->kind == CONGDOAN__BLOCK_TABLE_ROW ? b->cell_count : 1;
        for (size_t c = 0; c < parts; c++) {
            strbuf t = {0};
            if (b->kind != CONGDOAN__BLOCK_TABLE_ROW && b->label) {
                sb_str(&t, b->label);
                sb_put(&t, " ", 1);
            }
            sb_str(&t, b->kind == CONGDOAN__BLOCK_TABLE_ROW ? b->cells[c] : b->text);
            for (char *p = t.data; p && *p;) {
                char *nl = strchr(p, '\n');
                size_t l = nl ? (size_t)(nl - p) : strlen(p);
                if (l) {
                    lines = realloc(lines, (n + 1) * sizeof *lines);
                    lines[n++] = strndup(p, l);
                }
                p = nl ? nl + 1 : NULL;
            }
            free(t.data);
        }
    }
    *out = lines;
    return n;
}

static congdoan_issues *issues;

static void setup(void)
{
    issues = test_new_issues();
}

static void teardown(void)
{
    congdoan__alloc_fail_at(0);
    test_release_tracked();
}

static congdoan__source *read_ok(congdoan__format fmt, const char *data, size_t len, const char *name)
{
    congdoan__source *s = NULL;
    int rc = fmt == CONGDOAN__FORMAT_HTML ? congdoan__source_read_html(data, len, name, NULL, issues, &s)
           : fmt == CONGDOAN__FORMAT_DOCX ? congdoan__source_read_docx(data, len, name, NULL, issues, &s)
                                          : congdoan__source_read(data, len, name, fmt, NULL, issues, &s);
    ck_assert_msg(rc == 0, "%s: %d %s", name, rc, congdoan_error_last_message());
    ck_assert_ptr_nonnull(s);
    return s;
}

static congdoan__source *html(const char *page)
{
    return read_ok(CONGDOAN__FORMAT_HTML, page, strlen(page), "t.html");
}

/* The block whose text is exactly `text`, or NULL. */
static const congdoan__block *find_block(const congdoan__source *s, const char *text)
{
    for (size_t i = 0; i < s->count; i++)
        if (strcmp(s->blocks[i].text, text) == 0)
            return &s->blocks[i];
    return NULL;
}

static int any_block_contains(const congdoan__source *s, const char *needle)
{
    for (size_t i = 0; i < s->count; i++)
        if (strstr(s->blocks[i].text, needle))
            return 1;
    return 0;
}

/* The source's blocks are exactly these texts, in order. */
static void expect_blocks(const congdoan__source *s, const char *const *want, size_t n)
{
    for (size_t i = 0; i < s->count && i < n; i++)
        ck_assert_msg(strcmp(s->blocks[i].text, want[i]) == 0, "block %zu:\n got  %s\n want %s", i, s->blocks[i].text,
                      want[i]);
    ck_assert_uint_eq(s->count, n);
}

/* A failing read: the code, nothing returned, one issue with the tag, the file and the words. */
static void expect_failure(int rc, congdoan__source *s, int code, const char *tag, const char *file, const char *words)
{
    ck_assert_msg(rc == code, "expected %d, got %d (%s)", code, rc, congdoan_error_last_message());
    ck_assert_ptr_null(s);
    ck_assert_int_eq(congdoan_error_last_code(), code);
    ck_assert_msg(test_issues_with_tag(issues, tag) >= 1, "no %s issue; last error: %s", tag,
                  congdoan_error_last_message());
    const congdoan_issue *is = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
    ck_assert_str_eq(congdoan_issue_file(is), file);
    ck_assert_msg(strstr(congdoan_issue_message(is), words), "message '%s' lacks '%s'", congdoan_issue_message(is),
                  words);
    ck_assert_str_eq(congdoan_error_last_file(), file);
}


static double cpu_at_start;
static double cpu_now(void);
static void report(const char *what, double t0);

static double now(void)
{
    cpu_at_start = cpu_now();
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- a zip writer, for containers libzip would refuse to make ----------------------------------- */

typedef struct zentry {
    const char *name;
    const unsigned char *data; /* as stored (compressed when method 8) */
    size_t len;
    int method;                /* 0 stored, 8 deflated */
    uint32_t crc;
    uint64_t usize;            /* declared uncompressed size */
    uint16_t flags;            /* bit 0: encrypted */
} zentry;

static void put16(strbuf *b, unsigned v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    sb_put(b, (const char *)x, 2);
}

static void put32(strbuf *b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

static void put64(strbuf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

static char *zip_make(const zentry *e, size_t n, size_t *out_len)
{
    strbuf z = {0}, cd = {0};
    for (size_t i = 0; i < n; i++) {
        size_t off = z.len;
        uint32_t us = e[i].usize > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)e[i].usize;
        put32(&z, 0x04034b50);
        put16(&z, 20);
        put16(&z, e[i].flags);
        put16(&z, (unsigned)e[i].method);
        put16(&z, 0);
        put16(&z, 0x21);
        put32(&z, e[i].crc);
        put32(&z, (uint32_t)e[i].len);
        put32(&z, us);
        put16(&z, (unsigned)strlen(e[i].name));
        put16(&z, 0);
        sb_str(&z, e[i].name);
        sb_put(&z, (const char *)e[i].data, e[i].len);
        put32(&cd, 0x02014b50);
        put16(&cd, 20);
        put16(&cd, 20);
        put16(&cd, e[i].flags);
        put16(&cd, (unsigned)e[i].method);
        put16(&cd, 0);
        put16(&cd, 0x21);
        put32(&cd, e[i].crc);
        put32(&cd, (uint32_t)e[i].len);
        put32(&cd, us);
        put16(&cd, (unsigned)strlen(e[i].name));
        put16(&cd, 0);
        put16(&cd, 0);
        put16(&cd, 0);
        put16(&cd, 0);
        put32(&cd, 0);
        put32(&cd, (uint32_t)off);
        sb_str(&cd, e[i].name);
    }
    size_t cd_off = z.len;
    sb_put(&z, cd.data, cd.len);
    if (n > 0xFFFE) {
        size_t z64 = z.len;
        put32(&z, 0x06064b50);
        put64(&z, 44);
        put16(&z, 45);
        put16(&z, 45);
        put32(&z, 0);
        put32(&z, 0);
        put64(&z, n);
        put64(&z, n);
        put64(&z, cd.len);
        put64(&z, cd_off);
        put32(&z, 0x07064b50);
        put32(&z, 0);
        put64(&z, z64);
        put32(&z, 1);
    }
    put32(&z, 0x06054b50);
    put16(&z, 0);
    put16(&z, 0);
    put16(&z, n > 0xFFFE ? 0xFFFF : (unsigned)n);
    put16(&z, n > 0xFFFE ? 0xFFFF : (unsigned)n);
    put32(&z, (uint32_t)cd.len);
    put32(&z, (uint32_t)cd_off);
    put16(&z, 0);
    free(cd.data);
    *out_len = z.len;
    return z.data;
}

/* Raw deflate of data (as zip stores it). */
static unsigned char *deflate_raw(const void *data, size_t len, size_t *out_len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(deflateInit2(&zs, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&zs, len) + 64;
    unsigned char *out = malloc(cap);
    zs.next_in = (unsigned char *)data;
    zs.avail_in = (uInt)len;
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    *out_len = zs.total_out;
    deflateEnd(&zs);
    return out;
}

/* A zip entry holding `text`, deflated, with honest sizes. */
static zentry text_entry(const char *name, const char *text, unsigned char **keep)
{
    size_t clen;
    *keep = deflate_raw(text, strlen(text), &clen);
    zentry e = {name, *keep, clen, 8, (uint32_t)crc32(0, (const Bytef *)text, (uInt)strlen(text)), strlen(text), 0};
    return e;
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

/* The namespaces of drawings and VML shapes, for text boxes. */
#define DRAWING_NS " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"" \
                   " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"" \
                   " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"" \
                   " xmlns:v=\"urn:schemas-microsoft-com:vml\""

/* A part of a .docx beside the document: its entry name and its whole XML. */
typedef struct docx_entry {
    const char *name, *xml;
} docx_entry;

static char *docx_make_parts(const char *body, const docx_entry *parts, size_t nparts, size_t *len);

/* A .docx of a document body (and numbering and styles parts when not NULL). */
static char *docx_make(const char *body, const char *numbering, const char *styles, size_t *len)
{
    strbuf num = {0}, sty = {0};
    docx_entry parts[2] = {{NULL, NULL}, {NULL, NULL}};
    size_t n = 0;
    if (numbering) {
        sb_printf(&num, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " W_NS ">%s</w:numbering>", numbering);
        parts[n++] = (docx_entry){"word/numbering.xml", num.data};
    }
    if (styles) {
        sb_printf(&sty, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " W_NS ">%s</w:styles>", styles);
        parts[n++] = (docx_entry){"word/styles.xml", sty.data};
    }
    char *z = docx_make_parts(body, parts, n, len);
    free(num.data);
    free(sty.data);
    return z;
}

/* A .docx of a document body and the parts given. */
static char *docx_make_parts(const char *body, const docx_entry *parts, size_t nparts, size_t *len)
{
    strbuf doc = {0};
    sb_str(&doc, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " W_NS
                 " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"" DRAWING_NS "><w:body>");
    sb_str(&doc, body);
    sb_str(&doc, "</w:body></w:document>");
    zentry e[16];
    unsigned char *keep[16] = {0};
    size_t n = 0;
    ck_assert_uint_le(nparts, 14);
    e[n] = text_entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", &keep[n]);
    n++;
    e[n] = text_entry("word/document.xml", doc.data, &keep[n]);
    n++;
    for (size_t i = 0; i < nparts; i++, n++)
        e[n] = text_entry(parts[i].name, parts[i].xml, &keep[n]);
    char *z = zip_make(e, n, len);
    for (size_t i = 0; i < n; i++)
        free(keep[i]);
    free(doc.data);
    return z;
}

static congdoan__source *docx(const char *body, const char *numbering, const char *styles)
{
    size_t len;
    char *z = docx_make(body, numbering, styles, &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "t.docx");
    free(z);
    return s;
}

#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"

/* The parts of a Word document beside its body, with the words of seed 000: a header holding
 * the header block (and a page number), a text box anchored in the middle of a paragraph (the
 * drawing and its VML copy), footnotes and an endnote referred to from a paragraph and from a
 * table's cell, and a footer; another section's header and footer, the same, are read once. */
#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define PAGE_FIELD "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>" \
                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("2") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"

static const char parts_header1[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " W_NS "><w:tbl>"
    "<w:tr><w:tc>" P("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM") "</w:tc><w:tc>" P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") "</w:tc></w:tr>"
    "<w:tr><w:tc>" P("Số: 240/KH-TLĐ") "</w:tc><w:tc>" P("Hà Nội, ngày 22 tháng 8 năm 2022") "</w:tc></w:tr>"
    "</w:tbl><w:p>" PAGE_FIELD "</w:p><w:p><w:fldSimple w:instr=\"NUMPAGES\">" R("7") "</w:fldSimple></w:p></w:hdr>";
static const char parts_header10[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " W_NS ">" P("Độc lập - Tự do - Hạnh phúc") "</w:hdr>";
static const char parts_footer1[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr " W_NS "><w:p>" R("Kế hoạch 240/KH-TLĐ") "<w:r><w:tab/></w:r>"
    PAGE_FIELD "</w:p></w:ftr>";
static const char parts_footnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " W_NS ">"
    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p>" R("----") "</w:p></w:footnote>"
    "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>"
    R(" Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả "
      "đối ngoại nhân dân trong tình hình mới.") "</w:p></w:footnote>"
    "<w:footnote w:id=\"3\">" P("Tổng Công đoàn Quốc tế (ITUC).") P("Liên hiệp Công đoàn Thế giới (WFTU).") "</w:footnote>"
    "<w:footnote w:id=\"9\">" P("Chú thích không được dẫn.") "</w:footnote>"
    "</w:footnotes>";
static const char parts_endnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:endnotes " W_NS ">"
    "<w:endnote w:id=\"1\">" P("Nghị quyết số 15/NQ-BCH ngày 11/02/2022 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam.")
    "</w:endnote></w:endnotes>";
static const char parts_body[] =
    /* a text box in the middle of the title's paragraph, as a drawing with its VML copy */
    "<w:p>" R("KẾ ")
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:positionH><wp:posOffset>12345"
    "</wp:posOffset></wp:positionH><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    P("Đoàn Chủ tịch Tổng Liên đoàn") "<w:p>" R("ban hành Kế hoạch thực hiện") "</w:p>"
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" P("Đoàn Chủ tịch Tổng Liên đoàn")
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    R("HOẠCH") "</w:p>"
    /* references to a footnote and an endnote */
    "<w:p>" R("Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư") "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
    R(" và Nghị quyết số 15/NQ-BCH ngày 11/02/2022") "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" R(".") "</w:p>"
    /* a reference from a table's cell: the note follows the row */
    "<w:tbl><w:tr><w:tc>" P("Nội dung") "</w:tc><w:tc>" P("Đơn vị chủ trì") "</w:tc></w:tr>"
    "<w:tr><w:tc><w:p>" R("Nghiên cứu xây dựng kế hoạch ký kết Thỏa thuận Khung hợp tác với ITUC")
    "<w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p></w:tc><w:tc>" P("Ban Đối ngoại") "</w:tc></w:tr></w:tbl>"
    /* the first footnote again: not copied twice */
    "<w:p>" R("Quán triệt Chỉ thị số 12-CT/TW") "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" R(" trong các cấp công đoàn.")
    "</w:p>" P("Nơi nhận:");

START_TEST(docx_parts)
{
    docx_entry parts[] = {{"word/footnotes.xml", parts_footnotes}, {"word/endnotes.xml", parts_endnotes},
                         {"word/header10.xml", parts_header10},   {"word/header1.xml", parts_header1},
                         {"word/footer1.xml", parts_footer1},     {"word/header2.xml", parts_header1},
                         {"word/footer3.xml", parts_footer1}}; /* another section's, the same: read once */
    size_t len;
    char *z = docx_make_parts(parts_body, parts, sizeof parts / sizeof parts[0], &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "parts.docx");
    free(z);
    static const char *const want[] = {
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 240/KH-TLĐ | Hà Nội, ngày 22 tháng 8 năm 2022",
        "Độc lập - Tự do - Hạnh phúc",
        "Đoàn Chủ tịch Tổng Liên đoàn",
        "ban hành Kế hoạch thực hiện",
        "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư và Nghị quyết số 15/NQ-BCH ngày 11/02/2022.",
        "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả "
        "đối ngoại nhân dân trong tình hình mới.",
        "Nghị quyết số 15/NQ-BCH ngày 11/02/2022 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam.",
        "Nội dung | Đơn vị chủ trì",
        "Nghiên cứu xây dựng kế hoạch ký kết Thỏa thuận Khung hợp tác với ITUC | Ban Đối ngoại",
        "Tổng Công đoàn Quốc tế (ITUC).\nLiên hiệp Công đoàn Thế giới (WFTU).",
        "Quán triệt Chỉ thị số 12-CT/TW trong các cấp công đoàn.",
        "Nơi nhận:",
        "Kế hoạch 240/KH-TLĐ",
    };
    expect_blocks(s, want, sizeof want / sizeof want[0]);
    /* the header's rows are a table of their own; the body's table is the second */
    ck_assert_int_eq(s->blocks[0].kind, CONGDOAN__BLOCK_TABLE_ROW);
    ck_assert_uint_eq(s->blocks[0].table, 1);
    ck_assert_uint_eq(s->blocks[10].table, 2);
    ck_assert_uint_eq(s->blocks[10].row, 1);
    /* the notes: marked, numbered as Word shows them, at their reference */
    static const struct { size_t block; const char *style, *label; uint32_t line, column; } notes[] = {
        {7, "footnote", "1", 4, 61}, {8, "endnote", "i", 4, 104}, {11, "footnote", "2", 7, 70}, {14, "footer", NULL, 1, 1}};
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        const congdoan__block *b = &s->blocks[notes[i].block];
        ck_assert_int_eq(b->kind, CONGDOAN__BLOCK_NOTE);
        ck_assert_str_eq(b->style, notes[i].style);
        if (notes[i].label)
            ck_assert_str_eq(b->label, notes[i].label);
        else
            ck_assert_ptr_null(b->label);
        ck_assert_uint_eq(b->cell_count, 0);
        ck_assert_uint_eq(b->map[0].line, notes[i].line);
        ck_assert_uint_eq(b->map[0].column, notes[i].column);
    }
    /* the body's paragraphs are numbered in document order, text boxes included: the title's
     * paragraph is the first, its text box's the second and third */
    ck_assert_uint_eq(s->blocks[3].map[0].line, 2);
    ck_assert_uint_eq(s->blocks[4].map[0].line, 3);
    ck_assert_uint_eq(s->blocks[5].map[0].line, 1);
    congdoan__srcpos p = congdoan__block_position(&s->blocks[5], strlen("KẾ "));
    ck_assert_uint_eq(p.line, 1);
    ck_assert_uint_eq(p.column, 4);
    ck_assert(!any_block_contains(s, "12345"));
    congdoan__source_free(s);

    /* what the importer finds: the number from the header, the notes in no section */
    congdoan__found *f = NULL;
    z = docx_make_parts(parts_body, parts, sizeof parts / sizeof parts[0], &len);
    s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "parts.docx");
    free(z);
    ck_assert_int_eq(congdoan__extract(s, NULL, issues, &f), 0);
    ck_assert_str_eq(f->number, "240/KH-TLĐ");
    for (size_t i = 0; i < f->para_count; i++)
        ck_assert_int_ne(s->blocks[f->paras[i].block].kind, CONGDOAN__BLOCK_NOTE);
    congdoan__found_free(f);
    congdoan__source_free(s);
}
END_TEST

#define TC(text) "<w:tc>" P(text) "</w:tc>"

/* Text boxes inside text boxes, and notes referred to from a text box. A text box's blocks come
 * before the paragraph that anchors it, at every depth; a note follows the paragraph that
 * refers to it, in the box or not, and its number is the rank of its first reference in the
 * text, as Word numbers it. */
#define BOX(content) "<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" content \
                     "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
/* a drawing with its VML copy, as Word writes one */
#define BOX_ALT(content) "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>" \
                         "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" content "</w:txbxContent></wps:txbx>" \
                         "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>" \
                         "<w:pict><v:shape><v:textbox><w:txbxContent>" content "</w:txbxContent></v:textbox>" \
                         "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
static const char boxes_footnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " W_NS ">"
    "<w:footnote w:id=\"2\">" P("Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.") "</w:footnote>"
    "<w:footnote w:id=\"3\">" P("Nghị quyết số 15/NQ-BCH ngày 11/02/2022.") "</w:footnote>"
    "<w:footnote w:id=\"4\">" P("Tổng Công đoàn Quốc tế (ITUC).") "</w:footnote>"
    "</w:footnotes>";
static const char boxes_body[] =
    /* 1: a box in a box, both in the middle of their paragraphs (paragraphs 1, 2, 3) */
    "<w:p>" R("KẾ ") BOX_ALT("<w:p>" R("TỔNG LIÊN ĐOÀN ") BOX_ALT(P("Số: 240/KH-TLĐ")) R("LAO ĐỘNG VIỆT NAM") "</w:p>")
    R("HOẠCH") "</w:p>"
    /* 2: three deep, the innermost holding a table, the outer one two paragraphs (4 to 9) */
    "<w:p>" R("Thực hiện ")
    BOX("<w:p>" R("Ban Đối ngoại ") BOX("<w:p>" R("chủ trì, ") BOX("<w:tbl><w:tr>" TC("Nội dung") TC("Đơn vị chủ trì")
                                                                    "</w:tr></w:tbl>") R("phối hợp") "</w:p>")
        "</w:p>" P("các ban, đơn vị liên quan"))
    R("Kế hoạch") "</w:p>"
    /* 3: a note referred to before a box, another in the box, a third after it (10, 11) */
    "<w:p>" R("Căn cứ Nghị quyết số 15/NQ-BCH") "<w:r><w:footnoteReference w:id=\"3\"/></w:r>" R(" và ")
    BOX("<w:p>" R("Chỉ thị số 12-CT/TW") "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" R(" của Ban Bí thư") "</w:p>")
    R("quan hệ với ITUC") "<w:r><w:footnoteReference w:id=\"4\"/></w:r>" R(".") "</w:p>"
    /* 4: a shape inside a shape, outside its text box, has no words of the document (12, 13) */
    "<w:p><w:r><w:drawing><wp:anchor><w:pict>" R("hình vẽ") "</w:pict><wps:txbx><w:txbxContent>" P("Khung cuối")
    "</w:txbxContent></wps:txbx></wp:anchor></w:drawing></w:r>" R("Nơi nhận:") "</w:p>";

START_TEST(docx_boxes)
{
    docx_entry parts[] = {{"word/footnotes.xml", boxes_footnotes}};
    size_t len;
    char *z = docx_make_parts(boxes_body, parts, 1, &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "boxes.docx");
    free(z);
    static const char *const want[] = {
        "Số: 240/KH-TLĐ",
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "KẾ HOẠCH",
        "Nội dung | Đơn vị chủ trì",
        "chủ trì, phối hợp",
        "Ban Đối ngoại",
        "các ban, đơn vị liên quan",
        "Thực hiện Kế hoạch",
        "Chỉ thị số 12-CT/TW của Ban Bí thư",
        "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.",
        "Căn cứ Nghị quyết số 15/NQ-BCH và quan hệ với ITUC.",
        "Nghị quyết số 15/NQ-BCH ngày 11/02/2022.",
        "Tổng Công đoàn Quốc tế (ITUC).",
        "Khung cuối",
        "Nơi nhận:",
    };
    expect_blocks(s, want, sizeof want / sizeof want[0]);
    /* where each block's first words and its words after a box stand: paragraphs numbered in
     * document order, boxes included; columns not counting the box's characters */
    static const struct { size_t block; const char *after; uint32_t line, column; } at[] = {
        {0, "", 3, 1},          {1, "", 2, 1},  {1, "TỔNG LIÊN ĐOÀN ", 2, 16}, {2, "", 1, 1}, {2, "KẾ ", 1, 4},
        {3, "", 7, 1},          {4, "", 6, 1},  {4, "chủ trì, ", 6, 10},      {5, "", 5, 1}, {6, "", 9, 1},
        {7, "Thực hiện ", 4, 11}, {8, "", 11, 1}, {10, "", 10, 1},             {13, "", 13, 1}, {14, "", 12, 1}};
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
        congdoan__srcpos p = congdoan__block_position(&s->blocks[at[i].block], strlen(at[i].after));
        ck_assert_msg(p.line == at[i].line && p.column == at[i].column, "block %zu after '%s': %u:%u, expected %u:%u",
                      at[i].block, at[i].after, p.line, p.column, at[i].line, at[i].column);
    }
    /* the innermost box's table is a table of its own, the first of the document */
    ck_assert_int_eq(s->blocks[3].kind, CONGDOAN__BLOCK_TABLE_ROW);
    ck_assert_uint_eq(s->blocks[3].cell_count, 2);
    ck_assert_uint_eq(s->blocks[3].table, 1);
    /* the notes: at their references; numbered by the order of the references (the paragraph's
     * first, before the box; the box's second), not by where each is given */
    static const struct { size_t block; const char *label; uint32_t line, column; } notes[] = {
        {9, "2", 11, 20}, {11, "1", 10, 31}, {12, "3", 10, 51}};
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        const congdoan__block *b = &s->blocks[notes[i].block];
        ck_assert_int_eq(b->kind, CONGDOAN__BLOCK_NOTE);
        ck_assert_str_eq(b->style, "footnote");
        ck_assert_str_eq(b->label, notes[i].label);
        ck_assert_uint_eq(b->map[0].line, notes[i].line);
        ck_assert_uint_eq(b->map[0].column, notes[i].column);
    }
    ck_assert(!any_block_contains(s, "hình vẽ"));
    congdoan__source_free(s);

    /* a document that ends inside boxes three deep, each in a table's cell: a clear error and
     * nothing returned (the boxes' tables are released with them) */
    static const char cut[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W_NS DRAWING_NS "><w:body>"
                              "<w:tbl><w:tr><w:tc><w:p>" R("a") "<w:r><w:drawing><wps:txbx><w:txbxContent>"
                              "<w:tbl><w:tr><w:tc><w:p><w:r><w:drawing><wps:txbx><w:txbxContent>"
                              "<w:tbl><w:tr><w:tc><w:p><w:r><w:drawing><wps:txbx><w:txbxContent><w:p>" R("b");
    unsigned char *keep[2];
    zentry e[2] = {text_entry("[Content_Types].xml", "<Types/>", &keep[0]), text_entry("word/document.xml", cut, &keep[1])};
    z = zip_make(e, 2, &len);
    s = NULL;
    int rc = congdoan__source_read(z, len, "cut.docx", CONGDOAN__FORMAT_DOCX, NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "xml-malformed", "cut.docx", "word/document.xml");
    free(z);
    free(keep[0]);
    free(keep[1]);
}
END_TEST

/* Tables of tasks in a Word file whose partners are not in a column of their own: a column
 * "Đơn vị chủ trì/phối hợp" holding both, a content cell that says "X chủ trì, phối hợp với Y"
 * in a table without a column of leads, and a content cell naming partners beside an empty
 * partners' cell. The words are seed 000's tasks of part III.1. */
static const char combined_body[] =
    P("III. TỔ CHỨC THỰC HIỆN")
    "<w:tbl><w:tr>" TC("Nội dung") TC("Đơn vị chủ trì/phối hợp") TC("Thời gian hoàn thành") "</w:tr>"
    "<w:tr>" TC("Tổ chức tuyên truyền, quán triệt về chủ trương, đường lối, nghị quyết của Đảng về đối ngoại nhân dân")
    TC("Ban Đối ngoại; các ban, đơn vị liên quan") TC("Quý IV/2022") "</w:tr>"
    "<w:tr>" TC("Nghiên cứu xây dựng kế hoạch ký kết Thỏa thuận Khung hợp tác giữa Tổng Liên đoàn và Tổng Công đoàn Quốc tế")
    TC("Ban Đối ngoại chủ trì, phối hợp với Văn phòng Tổng Liên đoàn") TC("Năm 2023") "</w:tr>"
    "<w:tr>" TC("Rà soát, cập nhật Quy chế quản lý thống nhất hoạt động đối ngoại của Công đoàn Việt Nam")
    TC("Ban Đối ngoại (chủ trì), Văn phòng Tổng Liên đoàn") TC("Năm 2023") "</w:tr>"
    "<w:tr>" TC("Vận động, khai thác các nguồn lực hỗ trợ tài chính, kỹ thuật của các đối tác quốc tế")
    "<w:tc>" P("Chủ trì: Ban Đối ngoại") P("Phối hợp: Ban Tài chính") "</w:tc>" TC("Hằng năm") "</w:tr></w:tbl>"
    P("Các nhiệm vụ khác:")
    "<w:tbl><w:tr>" TC("Nội dung") TC("Thời gian hoàn thành") "</w:tr>"
    "<w:tr>" TC("Ban Đối ngoại chủ trì, phối hợp với các ban, đơn vị liên quan tham mưu theo dõi, đôn đốc việc thực hiện "
                "Chỉ thị số 12-CT/TW") TC("Quý IV/2022") "</w:tr>"
    "<w:tr>" TC("Sơ kết, đánh giá kết quả thực hiện Kế hoạch") TC("Năm 2025") "</w:tr></w:tbl>"
    "<w:tbl><w:tr>" TC("Nội dung") TC("Đơn vị chủ trì") TC("Đơn vị phối hợp") TC("Thời gian") "</w:tr>"
    "<w:tr>" TC("Xây dựng Đề án gia nhập các công đoàn ngành toàn cầu, phối hợp với các Công đoàn ngành Trung ương")
    TC("Ban Đối ngoại") "<w:tc><w:p/></w:tc>" TC("Năm 2023") "</w:tr></w:tbl>";

START_TEST(docx_task_partners)
{
    size_t len;
    char *z = docx_make(combined_body, NULL, NULL, &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "tasks.docx");
    free(z);
    congdoan__found *f = NULL;
    ck_assert_int_eq(congdoan__extract(s, NULL, issues, &f), 0);
    static const struct {
        const char *lead, *coord[2], *due;
    } want[] = {
        {"Ban Đối ngoại", {"các ban, đơn vị liên quan", NULL}, "Quý IV/2022"},
        {"Ban Đối ngoại", {"Văn phòng Tổng Liên đoàn", NULL}, "Năm 2023"},
        {"Ban Đối ngoại", {"Văn phòng Tổng Liên đoàn", NULL}, "Năm 2023"},
        {"Ban Đối ngoại", {"Ban Tài chính", NULL}, "Hằng năm"},
        {"Ban Đối ngoại", {"các ban, đơn vị liên quan", NULL}, "Quý IV/2022"},
        {"Ban Đối ngoại", {"các Công đoàn ngành Trung ương", NULL}, "Năm 2023"},
    };
    ck_assert_uint_eq(f->task_count, sizeof want / sizeof want[0]); /* not "Sơ kết, đánh giá …": no lead named */
    for (size_t i = 0; i < f->task_count; i++) {
        const congdoan__found_task *t = &f->tasks[i];
        ck_assert_msg(t->lead.text && strcmp(t->lead.text, want[i].lead) == 0, "task %zu: lead [%s]", i,
                      t->lead.text ? t->lead.text : "(none)");
        size_t nc = want[i].coord[1] ? 2 : 1;
        ck_assert_msg(t->coordinator_count == nc, "task %zu: %zu coordinators", i, t->coordinator_count);
        for (size_t c = 0; c < nc; c++)
            ck_assert_str_eq(t->coordinators[c].text, want[i].coord[c]);
        ck_assert_str_eq(t->due_text, want[i].due);
    }
    congdoan__found_free(f);
    congdoan__source_free(s);
}
END_TEST

/* ---- the seeds --------------------------------------------------------------------------------- */

/* Seed 004 as a news page: the page's date line, then every line of the seed in order, and none
 * of the site's chrome. The seed (copied from a PDF) breaks five sentences at a page, the next
 * line going on in small letters ("… người lao động tại các" / "đơn vị, doanh nghiệp, …"); the
 * page gives each half a <p> of its own, and the reader joins them as the text reader does. */
START_TEST(html_seed_004)
{
    size_t len;
    char *page = fixture("seed-004.html", &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_HTML, page, len, "seed-004.html");
    char **want, **got;
    size_t nw = seed_lines("004", &want), ng = block_lines(s, &got);
    /* the seed's lines, each one that starts in a small letter after the one before */
    size_t joins = 0;
    for (size_t i = 1; i < nw; i++) {
        const char *l = want[i];
        int small = (*l >= 'a' && *l <= 'z') || strncmp(l, "đ", strlen("đ")) == 0;
        if (!small)
            continue;
        char *both = malloc(strlen(want[i - 1]) + strlen(l) + 2);
        sprintf(both, "%s %s", want[i - 1], l);
        free(want[i - 1]);
        free(want[i]);
        want[i - 1] = both;
        memmove(want + i, want + i + 1, (nw - i - 1) * sizeof *want);
        nw--, i--, joins++;
    }
    ck_assert_uint_eq(joins, 5);
    ck_assert_str_eq(got[0], "Thứ sáu, 28/02/2025 - 08:15");
    ck_assert_uint_eq(ng, nw + 1);
    for (size_t i = 0; i < nw; i++)
        ck_assert_msg(strcmp(got[i + 1], want[i]) == 0, "line %zu:\n got  %s\n want %s", i + 1, got[i + 1], want[i]);
    ck_assert(any_block_contains(s, "chính sách với người lao động tại các đơn vị, doanh nghiệp, nhất là các đơn vị, "
                                    "doanh nghiệp hay xảy ra tranh chấp lao động"));
    static const char *const chrome[] = {"Trang chủ", "Tin mới", "Bản quyền", "Ý kiến bạn đọc", "Chia sẻ",
                                         "Liên kết", "Tin liên quan", "Quảng cáo", "Nhập ý kiến", "dataLayer",
                                         "font-family", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "Hội nghị Ban Chấp hành"};
    for (size_t i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
        ck_assert_msg(!any_block_contains(s, chrome[i]), "chrome kept: %s", chrome[i]);
    /* the number and the date stand in a table row of their own */
    ck_assert_int_eq(s->blocks[1].kind, CONGDOAN__BLOCK_TABLE_ROW);
    ck_assert_uint_eq(s->blocks[1].cell_count, 2);
    ck_assert_str_eq(s->blocks[1].cells[0], "Số:13/CTr-LĐLĐ");
    ck_assert_uint_eq(s->blocks[1].row, 0);
    ck_assert_uint_eq(s->blocks[1].table, 1);
    /* headings: the title h1, the parts h2 (with &nbsp; after the number) */
    const congdoan__block *h = find_block(s, "CHƯƠNG TRÌNH Công tác công đoàn năm 2025");
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(h->kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(h->level, 1);
    h = find_block(s, "III. CÁC CHỈ TIÊU CHỦ YẾU");
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(h->kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(h->level, 2);
    /* where the h1's words stand: line and column of the page, counted here independently */
    const char *at = strstr(page, "<h1>") + 4;
    long line = 1, col = 1;
    for (const char *p = page; p < at; p++) {
        if (*p == '\n')
            line++, col = 1;
        else if ((*p & 0xC0) != 0x80)
            col++;
    }
    const congdoan__block *h1 = find_block(s, "CHƯƠNG TRÌNH Công tác công đoàn năm 2025");
    ck_assert_int_eq(h1->map[0].line, line);
    ck_assert_int_eq(h1->map[0].column, col);
    /* a word after an accented one: columns count characters ("CHƯƠNG TRÌNH " is 13) */
    congdoan__srcpos p = congdoan__block_position(h1, strlen("CHƯƠNG TRÌNH "));
    ck_assert_int_eq(p.line, line);
    ck_assert_int_eq(p.column, col + 13);
    /* a paragraph broken over two source lines around a link: the words after the break come
     * from the next line */
    int broken = 0;
    for (size_t i = 0; i < s->count; i++)
        for (size_t k = 1; k < s->blocks[i].map_count; k++)
            broken |= s->blocks[i].map[k].line == s->blocks[i].map[k - 1].line + 1;
    ck_assert(broken);
    free_lines(want, nw);
    free_lines(got, ng);
    congdoan__source_free(s);
    free(page);
}
END_TEST

/* Whether some block of s has, at the place line:column, text that starts with `words` (a
 * space of the words may stand for a line break of the block). */
static int words_at_place(const congdoan__source *s, const char *words, int line, int column)
{
    for (size_t i = 0; i < s->count; i++) {
        const congdoan__block *b = &s->blocks[i];
        for (size_t o = 0; o < b->len; o++) {
            if (((unsigned char)b->text[o] & 0xC0) == 0x80)
                continue;
            congdoan__srcpos p = congdoan__block_position(b, o);
            if (p.line != (uint32_t)line || p.column != (uint32_t)column)
                continue;
            size_t k = 0;
            while (words[k] && o + k < b->len &&
                   (b->text[o + k] == words[k] || (words[k] == ' ' && b->text[o + k] == '\n')))
                k++;
            if (!words[k])
                return 1;
        }
    }
    return 0;
}

/* Every task, indicator and result imported from a page and from a Word file (through the
 * public API, into the model) names the file and a place where its words stand in what the
 * reader read; on the page, its first words (up to the first tag or entity) are the page's own
 * bytes at that line and column. */
START_TEST(seed_sources)
{
    static const char *const files[] = {"seed-004.html", "seed-000.docx"};
    static const char *const units[] = {"units-tld.xml", "units-laichau.xml", NULL};
    for (size_t k = 0; k < 2; k++) {
        size_t len;
        char *data = fixture(files[k], &len);
        congdoan__source *s = read_ok(CONGDOAN__FORMAT_AUTO, data, len, files[k]);
        congdoan_corpus *corpus = test_track_corpus(test_load(units));
        char path[512];
        snprintf(path, sizeof path, "import/%s", files[k]);
        const congdoan_document *d = NULL;
        ck_assert_int_eq(congdoan_import_file(corpus, test_data_path(path), NULL, issues, &d), 0);
        size_t counts[3] = {congdoan_document_task_count(d), congdoan_document_indicator_count(d),
                            congdoan_document_result_count(d)};
        ck_assert_uint_gt(counts[0] + counts[1], 15);
        for (int what = 0; what < 3; what++)
            for (size_t i = 0; i < counts[what]; i++) {
                const char *file = NULL, *words;
                int line = 0, column = 0;
                words = what == 0 ? congdoan_task_source(congdoan_document_task(d, i), &file, &line, &column)
                      : what == 1 ? congdoan_indicator_source(congdoan_document_indicator(d, i), &file, &line, &column)
                                  : congdoan_result_source(congdoan_document_result(d, i), &file, &line, &column);
                ck_assert_ptr_nonnull(words);
                ck_assert_str_eq(file, test_data_path(path));
                ck_assert_msg(words_at_place(s, words, line, column), "%s: '%.40s…' is not at %d:%d", files[k], words,
                              line, column);
                if (k != 0)
                    continue;
                const char *p = data;
                for (int l = 1; l < line; l++)
                    p = strchr(p, '\n') + 1;
                for (int c = 1; c < column; c++)
                    for (p++; ((unsigned char)*p & 0xC0) == 0x80; p++)
                        ;
                size_t run = strcspn(p, "<&\n");
                if (run > strlen(words))
                    run = strlen(words);
                ck_assert_msg(run >= 3 && strncmp(p, words, run) == 0, "%s: '%.40s…' at %d:%d, the page has '%.40s…'",
                              files[k], words, line, column, p);
            }
        test_drop_corpus(corpus);
        congdoan__source_free(s);
        free(data);
    }
}
END_TEST

/* The same page declared and encoded as windows-1258 (tone marks combining): the same text. */
START_TEST(html_seed_004_cp1258)
{
    size_t l1, l2;
    char *u8 = fixture("seed-004.html", &l1), *cp = fixture("seed-004-cp1258.html", &l2);
    ck_assert_uint_ne(l1, l2);
    congdoan__source *a = read_ok(CONGDOAN__FORMAT_HTML, u8, l1, "u8.html");
    ck_assert_uint_eq(test_issues_with_tag(issues, "import-charset"), 0);
    congdoan__source *b = read_ok(CONGDOAN__FORMAT_HTML, cp, l2, "cp.html");
    ck_assert_uint_eq(test_issues_with_tag(issues, "import-charset"), 1);
    ck_assert_uint_eq(a->count, b->count);
    for (size_t i = 0; i < a->count; i++) {
        ck_assert_str_eq(a->blocks[i].text, b->blocks[i].text);
        ck_assert_int_eq(a->blocks[i].map[0].line, b->blocks[i].map[0].line);
    }
    congdoan__source_free(a);
    congdoan__source_free(b);
    free(u8);
    free(cp);
}
END_TEST

/* The tasks of part III.1 of seed 000, in order, as the generator laid them in the task table. */
static const char *const coordinators_000[] = {
    "các cơ quan, các ban, đơn vị liên quan", "các ban, đơn vị liên quan", "", "các ban, đơn vị liên quan",
    "các ban, đơn vị liên quan", "các Công đoàn ngành Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn",
    "các ban, đơn vị", "các ban, đơn vị", ""};

/* Seed 000 as a Word file: every line of the seed in order (automatic numbers as labels), the
 * header table, and the task table as a header row plus one row per task. */
START_TEST(docx_seed_000)
{
    size_t len;
    char *data = fixture("seed-000.docx", &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, data, len, "seed-000.docx");
    char **want, **got;
    size_t nw = seed_lines("000", &want), ng = block_lines(s, &got);
    /* the seed's lines up to the task table: as they are */
    size_t i = 0;
    while (i < nw && strcmp(want[i], "1. Ban Đối ngoại Tổng Liên đoàn") != 0) {
        ck_assert_msg(i < ng && strcmp(got[i], want[i]) == 0, "line %zu:\n got  %s\n want %s", i + 1,
                      i < ng ? got[i] : "(none)", want[i]);
        i++;
    }
    ck_assert_str_eq(got[i], want[i]);
    i++;
    /* the task table */
    const congdoan__block *head = NULL;
    size_t at = 0;
    for (size_t k = 0; k < s->count; k++)
        if (s->blocks[k].kind == CONGDOAN__BLOCK_TABLE_ROW && s->blocks[k].table == 2 && s->blocks[k].row == 0)
            head = &s->blocks[k], at = k;
    ck_assert_ptr_nonnull(head);
    ck_assert_uint_eq(head->cell_count, 4);
    ck_assert_str_eq(head->cells[0], "Nội dung");
    ck_assert_str_eq(head->cells[1], "Đơn vị chủ trì");
    ck_assert_str_eq(head->cells[2], "Đơn vị phối hợp");
    ck_assert_str_eq(head->cells[3], "Thời gian hoàn thành");
    ck_assert_str_eq(head->text, "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành");
    size_t tasks = 0;
    for (; i < nw && strncmp(want[i], "- ", 2) == 0; i++, tasks++) {
        const congdoan__block *row = &s->blocks[at + 1 + tasks];
        ck_assert_int_eq(row->kind, CONGDOAN__BLOCK_TABLE_ROW);
        ck_assert_uint_eq(row->row, tasks + 1);
        ck_assert_uint_eq(row->cell_count, 4);
        ck_assert_str_eq(row->cells[0], want[i] + 2);
        ck_assert_str_eq(row->cells[1], "Ban Đối ngoại Tổng Liên đoàn"); /* merged down the table */
        ck_assert_str_eq(row->cells[2], coordinators_000[tasks]);
        ck_assert_str_eq(row->cells[3], "");
    }
    ck_assert_uint_eq(tasks, 9);
    /* what follows the table (the seed's own "[...]" where it was cut) */
    for (size_t k = at + 1 + tasks; i < nw; i++, k++) {
        ck_assert_uint_lt(k, s->count);
        ck_assert_str_eq(s->blocks[k].text, want[i]);
    }
    ck_assert_uint_eq(at + 1 + tasks + 1, s->count);
    /* labels: automatic numbering, restarted in part III */
    const congdoan__block *b = find_block(s, "MỤC ĐÍCH, YÊU CẦU");
    ck_assert_int_eq(b->kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(b->level, 1);
    ck_assert_str_eq(b->label, "I.");
    ck_assert_str_eq(b->style, "Heading1");
    b = find_block(s, "TỔ CHỨC THỰC HIỆN");
    ck_assert_str_eq(b->label, "III.");
    b = find_block(s, "Ban Đối ngoại Tổng Liên đoàn");
    ck_assert_int_eq(b->kind, CONGDOAN__BLOCK_LIST_ITEM);
    ck_assert_str_eq(b->label, "1.");
    /* hidden and deleted text are not read */
    ck_assert(!any_block_contains(s, "ẨN KHÔNG IN"));
    ck_assert(!any_block_contains(s, "bản cũ đã xoá"));
    /* the header block: a table of two columns, a line break inside a cell's paragraph */
    ck_assert_int_eq(s->blocks[9].kind, CONGDOAN__BLOCK_TABLE_ROW);
    ck_assert_str_eq(s->blocks[9].cells[0], "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\n-------");
    /* locations: line = paragraph number, column = character in it ("Số hiệu" + tab) */
    b = find_block(s, "Số hiệu 240/KH-TLĐ");
    ck_assert_int_eq(b->map[0].line, 3);
    ck_assert_int_eq(b->map[0].column, 1);
    congdoan__srcpos p = congdoan__block_position(b, strlen("Số hiệu "));
    ck_assert_int_eq(p.line, 3);
    ck_assert_int_eq(p.column, 9);
    free_lines(want, nw);
    free_lines(got, ng);
    congdoan__source_free(s);
    free(data);
}
END_TEST

/* ---- HTML, one rule at a time ---------------------------------------------------------------- */

START_TEST(html_blocks)
{
    congdoan__source *s = html("<html><body>\n"
                               "<h2>KẾ   HOẠCH</h2>\n"
                               "<p>Dòng một<br>dòng <b>hai</b> &amp; ba&nbsp;&#7871;</p>\n"
                               "<div>Văn bản trong div</div>\n"
                               "<p>Cu\xCC\x89" "a NFD</p>\n"
                               "<pre>a  b\nc</pre>\n"
                               "</body></html>");
    ck_assert_uint_eq(s->count, 5);
    ck_assert_int_eq(s->blocks[0].kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(s->blocks[0].level, 2);
    ck_assert_str_eq(s->blocks[0].style, "h2");
    ck_assert_str_eq(s->blocks[0].text, "KẾ HOẠCH");
    ck_assert_int_eq(s->blocks[0].map[0].line, 2);
    ck_assert_int_eq(s->blocks[0].map[0].column, 5);
    ck_assert_str_eq(s->blocks[1].text, "Dòng một\ndòng hai & ba ế");
    ck_assert_int_eq(s->blocks[1].kind, CONGDOAN__BLOCK_PARAGRAPH);
    /* "&amp;" stands at its '&': column 4 + "Dòng một<br>dòng <b>hai</b> " */
    congdoan__srcpos p = congdoan__block_position(&s->blocks[1], strlen("Dòng một\ndòng hai "));
    ck_assert_int_eq(p.line, 3);
    ck_assert_int_eq(p.column, 4 + 28);
    ck_assert_str_eq(s->blocks[2].text, "Văn bản trong div");
    ck_assert_str_eq(s->blocks[3].text, "Của NFD");
    ck_assert_str_eq(s->blocks[4].text, "a b\nc");
    congdoan__source_free(s);
}
END_TEST

/* A paragraph longer than the pieces libxml2 hands text over in (about 1,000 bytes): every word
 * keeps its place, past each piece's end too (they stood at the end of the piece, and the words
 * after it a character off per word), and an entity after the first piece stands at its '&'. */
START_TEST(html_long_paragraph)
{
    strbuf page = {0};
    sb_str(&page, "<html><body>\n    <p>- ");
    size_t words = 0;
    for (; page.len < 3500; words++)
        sb_printf(&page, "đoàn viên %zu, ", words);
    sb_str(&page, "&amp; xong.</p>\n</body></html>\n");
    congdoan__source *s = html(page.data);
    ck_assert_uint_eq(s->count, 1);
    const congdoan__block *b = &s->blocks[0];
    /* each "đoàn viên N," of the text at its column of line 2, counted here from the page */
    const char *line2 = strchr(page.data, '\n') + 1;
    for (size_t w = 0; w < words; w++) {
        char word[48];
        snprintf(word, sizeof word, "đoàn viên %zu,", w);
        const char *in_text = strstr(b->text, word), *in_page = strstr(line2, word);
        ck_assert_ptr_nonnull(in_text);
        ck_assert_ptr_nonnull(in_page);
        uint32_t col = 1;
        for (const char *q = line2; q < in_page; q++)
            col += ((unsigned char)*q & 0xC0) != 0x80;
        congdoan__srcpos p = congdoan__block_position(b, (size_t)(in_text - b->text));
        ck_assert_msg(p.line == 2 && p.column == col, "'%s' at %u:%u, expected 2:%u", word, p.line, p.column, col);
    }
    const char *amp = strstr(line2, "&amp;");
    uint32_t col = 1;
    for (const char *q = line2; q < amp; q++)
        col += ((unsigned char)*q & 0xC0) != 0x80;
    congdoan__srcpos p = congdoan__block_position(b, (size_t)(strstr(b->text, "& xong.") - b->text));
    ck_assert_uint_eq(p.line, 2);
    ck_assert_uint_eq(p.column, col);
    congdoan__source_free(s);
    free(page.data);
}
END_TEST

/* A sentence broken into two paragraphs (a page break of a PDF pasted into a page, a Word file
 * made from a PDF with a paragraph per line) is one paragraph again, on a page and in a Word
 * file alike; the near-misses stay apart: a paragraph that ends a sentence or announces a list,
 * a heading in capitals, a short line, a label "a)", a heading after a paragraph. */
static const char *const broken_want[] = {
    "Thường xuyên nắm bắt tình hình đời sống, việc làm, tâm tư nguyện vọng của đoàn viên và người lao động tại các "
    "đơn vị, doanh nghiệp, nhất là các doanh nghiệp có nguy cơ ngừng việc tập thể.",
    "Các nội dung chủ yếu của kế hoạch gồm có:",
    "tuyên truyền, phổ biến pháp luật về lao động và công đoàn;",
    "II. TỔ CHỨC THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM CỦA CÔNG ĐOÀN NĂM 2025",
    "tổ chức các hoạt động chào mừng các ngày lễ lớn trong năm.",
    "Ban Tuyên giáo chủ trì",
    "phối hợp với các ban liên quan.",
    "Kết nạp mới ít nhất 1.000 đoàn viên công đoàn tại các doanh nghiệp ngoài khu vực nhà nước và",
    "a) thành lập mới 10 công đoàn cơ sở;",
    "Tổ chức các hoạt động chào mừng Đại hội đại biểu Công đoàn tỉnh lần thứ XVI, nhiệm kỳ 2023 - 2028",
    "công đoàn các khu công nghiệp tỉnh phối hợp thực hiện.",
};
#define BROKEN_PARTS(PAR, HEAD) \
    PAR("Thường xuyên nắm bắt tình hình đời sống, việc làm, tâm tư nguyện vọng của đoàn viên và") \
    PAR("người lao động tại các") PAR("đơn vị, doanh nghiệp, nhất là các doanh nghiệp có nguy cơ ngừng việc tập thể.") \
    PAR("Các nội dung chủ yếu của kế hoạch gồm có:") PAR("tuyên truyền, phổ biến pháp luật về lao động và công đoàn;") \
    PAR("II. TỔ CHỨC THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM CỦA CÔNG ĐOÀN NĂM 2025") \
    PAR("tổ chức các hoạt động chào mừng các ngày lễ lớn trong năm.") PAR("Ban Tuyên giáo chủ trì") \
    PAR("phối hợp với các ban liên quan.") \
    PAR("Kết nạp mới ít nhất 1.000 đoàn viên công đoàn tại các doanh nghiệp ngoài khu vực nhà nước và") \
    PAR("a) thành lập mới 10 công đoàn cơ sở;") \
    PAR("Tổ chức các hoạt động chào mừng Đại hội đại biểu Công đoàn tỉnh lần thứ XVI, nhiệm kỳ 2023 - 2028") \
    HEAD("công đoàn các khu công nghiệp tỉnh phối hợp thực hiện.")
#define HTML_P(text) "<p>" text "</p>\n"
#define HTML_H(text) "<h3>" text "</h3>\n"
#define DOCX_P(text) P(text)
#define DOCX_H(text) "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr>" R(text) "</w:p>"

START_TEST(broken_paragraphs)
{
    congdoan__source *s = html("<html><body>\n" BROKEN_PARTS(HTML_P, HTML_H) "</body></html>");
    expect_blocks(s, broken_want, sizeof broken_want / sizeof broken_want[0]);
    /* each half keeps its place: the third <p> on line 4 */
    congdoan__srcpos p = congdoan__block_position(&s->blocks[0], strlen(broken_want[0]) - strlen("đơn vị, doanh nghiệp, "
                                                                                                  "nhất là các doanh nghiệp có nguy cơ ngừng việc tập thể."));
    ck_assert_uint_eq(p.line, 4);
    ck_assert_uint_eq(p.column, 4);
    ck_assert_uint_eq(s->blocks[0].map[0].line, 2);
    congdoan__source_free(s);
    /* the same in a Word file, the last line a heading of its own style */
    s = docx(BROKEN_PARTS(DOCX_P, DOCX_H), NULL,
             "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style>");
    expect_blocks(s, broken_want, sizeof broken_want / sizeof broken_want[0]);
    ck_assert_int_eq(s->blocks[10].kind, CONGDOAN__BLOCK_HEADING);
    p = congdoan__block_position(&s->blocks[0], strlen(broken_want[0]) - strlen("đơn vị, doanh nghiệp, nhất là các doanh "
                                                                                 "nghiệp có nguy cơ ngừng việc tập thể."));
    ck_assert_uint_eq(p.line, 3);
    ck_assert_uint_eq(p.column, 1);
    congdoan__source_free(s);
}
END_TEST

/* 100,000 lines of a Word file made from a PDF, every one going on with the one before: one
 * paragraph, joined once (linear; the time is printed). */
START_TEST(docx_broken_lines_hostile)
{
    strbuf body = {0};
    size_t text_len = 0;
    unsigned seed = 7;
    for (int i = 0; i < 100000; i++) {
        char line[128];
        seed = seed * 1103515245u + 12345u; /* lines that differ, so that they do not look like a zip bomb */
        int n = snprintf(line, sizeof line, "và %u doanh nghiệp ngoài khu vực nhà nước trên địa bàn %d", seed >> 8, i);
        sb_printf(&body, "<w:p><w:r><w:t>%s</w:t></w:r></w:p>", line);
        text_len += (size_t)n + (i > 0);
    }
    double t0 = now();
    congdoan__source *s = docx(body.data, NULL, NULL);
    report("docx 100,000 paragraphs joined into one", t0);
    ck_assert_uint_eq(s->count, 1);
    ck_assert_uint_eq(s->blocks[0].map_count, 100000);
    ck_assert_uint_eq(s->blocks[0].len, text_len);
    congdoan__srcpos p = congdoan__block_position(&s->blocks[0], s->blocks[0].len - 1);
    ck_assert_uint_eq(p.line, 100000);
    congdoan__source_free(s);
    free(body.data);
}
END_TEST

START_TEST(html_lists)
{
    congdoan__source *s = html("<ol start=\"3\"><li>ba</li><li>bốn<ol type=\"a\"><li>con</li><li value=\"5\">e</li></ol>"
                               "</li></ol><ol type=\"I\"><li>La Mã</li><li>hai</li></ol><ul><li>chấm</li></ul>");
    static const struct { const char *text, *label; int level; } want[] = {
        {"ba", "3.", 1}, {"bốn", "4.", 1}, {"con", "a.", 2}, {"e", "e.", 2}, {"La Mã", "I.", 1}, {"hai", "II.", 1},
        {"chấm", "•", 1}};
    ck_assert_uint_eq(s->count, 7);
    for (size_t i = 0; i < 7; i++) {
        ck_assert_int_eq(s->blocks[i].kind, CONGDOAN__BLOCK_LIST_ITEM);
        ck_assert_str_eq(s->blocks[i].text, want[i].text);
        ck_assert_str_eq(s->blocks[i].label, want[i].label);
        ck_assert_int_eq(s->blocks[i].level, want[i].level);
    }
    congdoan__source_free(s);
}
END_TEST

START_TEST(html_tables)
{
    congdoan__source *s = html(
        "<table><thead><tr><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian hoàn thành</th></tr></thead>\n"
        "<tr><td colspan=\"4\">I. Công tác tuyên truyền</td></tr>\n"
        "<tr><td><p>Hội nghị</p><p>tổng kết</p></td><td rowspan=\"2\">Ban Tuyên giáo</td><td>Các ban</td><td>Quý II/2025</td></tr>\n"
        "<tr><td>Thi tìm hiểu</td><td>LĐLĐ huyện</td><td>Tháng 10</td></tr>\n"
        "<tr><td></td><td> </td><td></td><td></td></tr>\n"
        "<tr><td>Lồng <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></td><td>X</td><td></td><td></td></tr>\n"
        "</table><table><tr><td>bảng hai</td></tr></table>");
    ck_assert_uint_eq(s->count, 6);
    const congdoan__block *r = &s->blocks[0];
    ck_assert_int_eq(r->kind, CONGDOAN__BLOCK_TABLE_ROW);
    ck_assert_uint_eq(r->row, 0);
    ck_assert_uint_eq(r->table, 1);
    ck_assert_str_eq(r->text, "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành");
    r = &s->blocks[1];
    ck_assert_uint_eq(r->cell_count, 4); /* the wide cell, then empty cells under the header */
    ck_assert_str_eq(r->cells[0], "I. Công tác tuyên truyền");
    ck_assert_str_eq(r->cells[3], "");
    r = &s->blocks[2];
    ck_assert_uint_eq(r->row, 2);
    ck_assert_str_eq(r->cells[0], "Hội nghị\ntổng kết");
    ck_assert_str_eq(r->cells[1], "Ban Tuyên giáo");
    r = &s->blocks[3]; /* the tall cell's text in the row below, at its column */
    ck_assert_uint_eq(r->cell_count, 4);
    ck_assert_str_eq(r->cells[0], "Thi tìm hiểu");
    ck_assert_str_eq(r->cells[1], "Ban Tuyên giáo");
    ck_assert_str_eq(r->cells[2], "LĐLĐ huyện");
    ck_assert_str_eq(r->cells[3], "Tháng 10");
    ck_assert_int_eq(r->map[0].line, 4);
    r = &s->blocks[4]; /* the empty row is dropped; a nested table flattens into its cell */
    ck_assert_uint_eq(r->row, 4);
    ck_assert_str_eq(r->cells[0], "Lồng\na | b\nc");
    ck_assert_str_eq(r->cells[1], "X");
    ck_assert_uint_eq(s->blocks[5].table, 2);
    ck_assert_uint_eq(s->blocks[5].row, 0);
    congdoan__source_free(s);

    /* text a row holds outside its cells (found by the fuzzer): still a row of cells */
    s = html("<table><tr>lạc<td>a</td><td>b</td></tr><tr>chỉ chữ</tr></table>");
    ck_assert_uint_eq(s->count, 2);
    ck_assert_uint_eq(s->blocks[0].cell_count, 2);
    ck_assert_str_eq(s->blocks[0].cells[0], "lạc a");
    ck_assert_str_eq(s->blocks[0].cells[1], "b");
    ck_assert_uint_eq(s->blocks[1].cell_count, 1);
    ck_assert_str_eq(s->blocks[1].cells[0], "chỉ chữ");
    ck_assert_str_eq(s->blocks[1].text, "chỉ chữ");
    congdoan__source_free(s);
}
END_TEST

/* Chrome by element, by class and id words, by role and hidden; the main content preferred. */
START_TEST(html_chrome)
{
    congdoan__source *s = html(
        "<body><header><h1>Tên trang</h1></header><nav>Menu</nav><script>x()</script><style>p{}</style>"
        "<div class=\"breadcrumb\">Trang chủ / Tin</div><div id=\"main-menu\">Giới thiệu</div>"
        "<div role=\"navigation\">Điều hướng</div><div hidden>Ẩn</div><div aria-hidden=\"true\">Ẩn 2</div>"
        "<div class=\"site-header\">Đầu trang</div><div class=\"article-header\"><h1>Tiêu đề bài</h1></div>"
        "<p>Nội dung chính của bài viết, đủ dài để là một đoạn văn thật sự.</p>"
        "<div class=\"fb-share social-links\">Chia sẻ</div><aside>Bên lề</aside><form>Tìm kiếm</form>"
        "<div class=\"comments\"><p>Một bình luận rất dài của bạn đọc về bài viết này.</p></div>"
        "<footer>Bản quyền</footer><noscript>Bật JavaScript</noscript></body>");
    ck_assert_uint_eq(s->count, 2);
    ck_assert_str_eq(s->blocks[0].text, "Tiêu đề bài");
    ck_assert_str_eq(s->blocks[1].text, "Nội dung chính của bài viết, đủ dài để là một đoạn văn thật sự.");
    congdoan__source_free(s);

    /* <main> wins over denser text elsewhere; a header inside it is the article's */
    s = html("<body><div><p>Một đoạn dài ở ngoài phần chính của trang, rất dài, rất dài, rất dài.</p>"
             "<p>Một đoạn dài nữa ở ngoài phần chính của trang, rất dài, rất dài.</p></div>"
             "<main><header><h1>Kế hoạch</h1></header><p>Phần chính.</p></main></body>");
    ck_assert_uint_eq(s->count, 2);
    ck_assert_str_eq(s->blocks[0].text, "Kế hoạch");
    ck_assert_str_eq(s->blocks[1].text, "Phần chính.");
    congdoan__source_free(s);

    /* the largest <article> */
    s = html("<body><article><p>Ngắn.</p></article><article><h2>Bài chính</h2><p>Đoạn dài hơn nhiều so với bài kia, "
             "đủ để thắng.</p></article></body>");
    ck_assert_uint_eq(s->count, 2);
    ck_assert_str_eq(s->blocks[0].text, "Bài chính");
    congdoan__source_free(s);

    /* no main nor article: the densest block, its title beside it, and no lists of links */
    s = html("<body><div id=\"left\"><ul><li><a href=\"/a\">Trang chủ</a></li><li><a href=\"/b\">Văn bản</a></li></ul>"
             "</div><div id=\"center\"><h1>Báo cáo</h1><div class=\"body\"><p>Đoạn thứ nhất của báo cáo, đủ dài để tính.</p>"
             "<p>Đoạn thứ hai của báo cáo, đủ dài để tính.</p><ul><li>mục một</li></ul></div></div>"
             "<div id=\"right\"><p>Lịch công tác tuần, một đoạn ngắn.</p></div></body>");
    ck_assert_uint_eq(s->count, 4);
    ck_assert_str_eq(s->blocks[0].text, "Báo cáo");
    ck_assert_str_eq(s->blocks[3].text, "mục một");
    congdoan__source_free(s);

    /* chrome words around the whole page (WordPress's "has-sidebar") do not hide the page */
    s = html("<body><div id=\"page\" class=\"site has-sidebar\"><p>Toàn bộ nội dung nằm trong khung có tên sidebar.</p>"
             "</div></body>");
    ck_assert_uint_eq(s->count, 1);
    congdoan__source_free(s);

    /* a page with no text at all is read, and has no block */
    s = html("<html><head><title>x</title></head><body><script>1</script></body></html>");
    ck_assert_uint_eq(s->count, 0);
    congdoan__source_free(s);
}
END_TEST

/* A provincial federation's news page as such sites build them, class names in Vietnamese
 * slugs: a menu, a breadcrumb, share buttons, tags, related news and comments inside the
 * article, other news, a sidebar, an advertisement and a footer around it; a table of tasks
 * with a two-row header (colspan over "Chủ trì | Phối hợp", rowspan down the rest) and a lead
 * merged over two rows. Only the article's own words come out. */
START_TEST(html_news_page)
{
    size_t len;
    char *data = fixture("news-page.html", &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_HTML, data, len, "news-page.html");
    free(data);
    static const char *const want[] = {
        "LĐLĐ tỉnh Lai Châu triển khai Chương trình phối hợp năm 2025",
        "Thứ Năm, 27/02/2025 - 09:15",
        "Ngày 27/02/2025, Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu ban hành Chương trình số 13/CTr-LĐLĐ về phối hợp "
        "hoạt động năm 2025.",
        "Chương trình đặt mục tiêu phấn đấu 100% công đoàn cơ sở được hướng dẫn, kiểm tra việc thực hiện chế độ, chính sách "
        "đối với người lao động.",
        "TT | Nội dung | Đơn vị |  | Thời gian",
        "TT | Nội dung | Chủ trì | Phối hợp | Thời gian",
        "1 | Tổ chức Tháng Công nhân năm 2025 | Ban Tuyên giáo | Văn phòng | Tháng 5/2025",
        "2 | Tuyên truyền pháp luật lao động cho đoàn viên | Ban Tuyên giáo | Ban Chính sách - Pháp luật | Quý II/2025",
        "Các cấp công đoàn trong tỉnh căn cứ chương trình xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế.",
        "Minh Anh",
    };
    expect_blocks(s, want, sizeof want / sizeof want[0]);
    ck_assert_str_eq(s->url, "https://ldld.laichau.gov.vn/tin-tuc/chuong-trinh-phoi-hop-2025.html");
    ck_assert_uint_eq(s->blocks[7].cell_count, 5);
    ck_assert_str_eq(s->blocks[7].cells[2], "Ban Tuyên giáo"); /* the rowspan's text, again */
    congdoan__found *f = NULL;
    ck_assert_int_eq(congdoan__extract(s, NULL, issues, &f), 0);
    ck_assert_uint_eq(f->task_count, 2);
    ck_assert_str_eq(f->tasks[1].lead.text, "Ban Tuyên giáo");
    ck_assert_uint_eq(f->tasks[1].coordinator_count, 1);
    ck_assert_str_eq(f->tasks[1].coordinators[0].text, "Ban Chính sách - Pháp luật");
    ck_assert_str_eq(f->tasks[1].due_text, "Quý II/2025");
    congdoan__found_free(f);
    congdoan__source_free(s);
}
END_TEST

START_TEST(html_charsets)
{
    /* windows-1258 declared in http-equiv, tone marks combining: NFC text */
    const char *page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head>"
                       "<body><p>C\xF4ng \xF0o\xE0n Vi\xEA\xF2t Nam</p></body></html>";
    congdoan__source *s = html(page);
    ck_assert_str_eq(s->blocks[0].text, "Công đoàn Việt Nam");
    ck_assert_uint_eq(test_issues_with_tag(issues, "import-charset"), 1);
    ck_assert_int_eq(congdoan_issue_severity(congdoan_issues_get(issues, 0)), CONGDOAN_SEVERITY_INFO);
    congdoan__source_free(s);
    /* ISO-8859-1 declared but UTF-8 in fact: read as UTF-8 */
    s = html("<meta charset=\"iso-8859-1\"><p>Công đoàn</p>");
    ck_assert_str_eq(s->blocks[0].text, "Công đoàn");
    ck_assert_uint_eq(test_issues_with_tag(issues, "import-charset"), 2);
    congdoan__source_free(s);
    /* CR LF line ends count as one, a lone CR as one */
    s = html("<p>a</p>\r\n<p>b</p>\r<p>c</p>");
    ck_assert_int_eq(s->blocks[2].map[0].line, 3);
    ck_assert_int_eq(s->blocks[2].map[0].column, 4);
    congdoan__source_free(s);
    /* a byte-order mark is not a column */
    s = html("\xEF\xBB\xBF<p>a</p>");
    ck_assert_int_eq(s->blocks[0].map[0].column, 4);
    congdoan__source_free(s);
}
END_TEST

/* ---- .docx, one rule at a time ----------------------------------------------------------------- */

static const char *numbering_xml =
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"(%4)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"9\"/><w:numFmt w:val=\"decimalZero\"/><w:lvlText w:val=\"%1/\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"2\"/><w:numFmt w:val=\"upperLetter\"/><w:isLgl/><w:lvlText w:val=\"%1.%3\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";

#define NP(ilvl, num, text) \
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #ilvl "\"/><w:numId w:val=\"" #num "\"/></w:numPr></w:pPr>" \
    "<w:r><w:t>" text "</w:t></w:r></w:p>"

START_TEST(docx_numbering)
{
    congdoan__source *s = docx(NP(0, 1, "một") NP(1, 1, "một một") NP(1, 1, "một hai") NP(2, 1, "chữ")
                                   NP(2, 1, "chữ hai") NP(3, 1, "la mã") NP(0, 1, "hai") NP(1, 1, "hai một")
                                   NP(0, 2, "số không") NP(1, 2, "chấm") NP(2, 2, "pháp lý") NP(0, 3, "tiếp")
                                   NP(0, 4, "lại") NP(0, 9, "không có danh sách") P("thường"),
                               numbering_xml, NULL);
    static const struct { const char *text, *label; int level; } want[] = {
        {"một", "1.", 1}, {"một một", "1.1.", 2}, {"một hai", "1.2.", 2}, {"chữ", "a)", 3}, {"chữ hai", "b)", 3},
        {"la mã", "(I)", 4}, {"hai", "2.", 1}, {"hai một", "2.1.", 2}, {"số không", "09/", 1}, {"chấm", "•", 2},
        {"pháp lý", "9.2", 3}, {"tiếp", "3.", 1}, {"lại", "1.", 1}, {"không có danh sách", NULL, 0},
        {"thường", NULL, 0}};
    ck_assert_uint_eq(s->count, 15);
    for (size_t i = 0; i < 15; i++) {
        ck_assert_str_eq(s->blocks[i].text, want[i].text);
        if (want[i].label) {
            ck_assert_int_eq(s->blocks[i].kind, CONGDOAN__BLOCK_LIST_ITEM);
            ck_assert_str_eq(s->blocks[i].label, want[i].label);
        } else {
            ck_assert_int_eq(s->blocks[i].kind, CONGDOAN__BLOCK_PARAGRAPH);
            ck_assert_ptr_null(s->blocks[i].label);
        }
        ck_assert_int_eq(s->blocks[i].level, want[i].level);
        ck_assert_int_eq(s->blocks[i].map[0].line, (long)i + 1);
    }
    congdoan__source_free(s);
}
END_TEST

START_TEST(docx_styles)
{
    const char *styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Tieude2\"><w:name w:val=\"Tiêu đề 2\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Mục\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"MucCon\"><w:name w:val=\"Mục con\"/><w:basedOn w:val=\"Muc\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"DS\"><w:name w:val=\"Danh sách\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Vong\"><w:name w:val=\"Vòng\"/><w:basedOn w:val=\"Vong2\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Vong2\"><w:name w:val=\"Vòng 2\"/><w:basedOn w:val=\"Vong\"/></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Heading1Char\"><w:name w:val=\"heading 1\"/></w:style>";
    congdoan__source *s = docx(
        "<w:p><w:pPr><w:pStyle w:val=\"Tieude2\"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"MucCon\"/></w:pPr><w:r><w:t>Mục con</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"DS\"/></w:pPr><w:r><w:t>Theo kiểu</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"DS\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Bỏ số</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Cấp 1</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Muc\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>Thân</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Vong\"/></w:pPr><w:r><w:t>Vòng lặp</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"KhongCo\"/></w:pPr><w:r><w:t>Không có</w:t></w:r></w:p>",
        numbering_xml, styles);
    ck_assert_uint_eq(s->count, 8);
    ck_assert_int_eq(s->blocks[0].kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(s->blocks[0].level, 2);
    ck_assert_str_eq(s->blocks[0].style, "Tieude2");
    ck_assert_int_eq(s->blocks[1].kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(s->blocks[1].level, 3);
    ck_assert_int_eq(s->blocks[2].kind, CONGDOAN__BLOCK_LIST_ITEM);
    ck_assert_str_eq(s->blocks[2].label, "1.");
    ck_assert_int_eq(s->blocks[3].kind, CONGDOAN__BLOCK_PARAGRAPH);
    ck_assert_int_eq(s->blocks[4].kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_int_eq(s->blocks[4].level, 1);
    ck_assert_int_eq(s->blocks[5].kind, CONGDOAN__BLOCK_PARAGRAPH);
    ck_assert_int_eq(s->blocks[6].kind, CONGDOAN__BLOCK_PARAGRAPH);
    ck_assert_int_eq(s->blocks[7].kind, CONGDOAN__BLOCK_PARAGRAPH);
    congdoan__source_free(s);
}
END_TEST

START_TEST(docx_runs)
{
    congdoan__source *s = docx(
        "<w:p><w:r><w:t>Số:</w:t></w:r><w:r><w:tab/><w:t>34</w:t></w:r><w:r><w:t xml:space=\"preserve\"> /KH</w:t></w:r>"
        "<w:r><w:br/><w:t>dòng hai</w:t><w:cr/><w:t>ba</w:t><w:br w:type=\"page\"/><w:t>trang</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Chủ</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>trì</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t> hiện</w:t></w:r>"
        "<w:ins><w:r><w:t> thêm</w:t></w:r></w:ins><w:del><w:r><w:delText> xoá</w:delText></w:r></w:del>"
        "<w:hyperlink><w:r><w:t> liên kết</w:t></w:r></w:hyperlink>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> 7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:t xml:space=\"preserve\"> COVID</w:t><w:noBreakHyphen/><w:t>19 đa</w:t><w:softHyphen/><w:t>dạng</w:t></w:r>"
        "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t> trong sdt</w:t></w:r></w:sdtContent></w:sdt>"
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:drawing><w:t>hình</w:t></w:drawing></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>dự phòng</w:t></w:r></mc:Fallback></mc:AlternateContent>"
        "<w:r><w:pict><w:p><w:r><w:t>hộp chữ</w:t></w:r></w:p></w:pict></w:r></w:p>"
        "<w:p/><w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Sau đoạn rỗng</w:t></w:r></w:p>"
        "<w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>",
        NULL, NULL);
    ck_assert_uint_eq(s->count, 3);
    ck_assert_str_eq(s->blocks[0].text, "Số: 34 /KH\ndòng hai\nba trang");
    congdoan__srcpos p = congdoan__block_position(&s->blocks[0], strlen("Số: "));
    ck_assert_int_eq(p.line, 1);
    ck_assert_int_eq(p.column, 5);
    ck_assert_str_eq(s->blocks[1].text, "Chủtrì hiện thêm liên kết 7 COVID-19 đadạng trong sdt");
    ck_assert_int_eq(s->blocks[2].map[0].line, 4);
    congdoan__source_free(s);
}
END_TEST

START_TEST(docx_tables)
{
    const char *tc_restart = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" P("Ban Tuyên giáo") "</w:tc>";
    const char *tc_cont = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    strbuf body = {0};
    sb_str(&body, "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                  "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" P("Nội dung") "</w:tc><w:tc>" P("Chủ trì") "</w:tc><w:tc>" P("Thời gian") "</w:tc></w:tr>"
                  "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" P("I. NHÓM MỘT") "</w:tc></w:tr>"
                  "<w:tr><w:tc>" NP(0, 1, "Việc một") "<w:p><w:r><w:t>- ý phụ</w:t></w:r></w:p></w:tc>");
    sb_str(&body, tc_restart);
    sb_str(&body, "<w:tc>" P("Quý I") "</w:tc></w:tr><w:tr><w:tc>" NP(0, 1, "Việc hai") "</w:tc>");
    sb_str(&body, tc_cont);
    sb_str(&body, "<w:tc><w:tbl><w:tr><w:tc>" P("a") "</w:tc><w:tc>" P("b") "</w:tc></w:tr><w:tr><w:tc>" P("c")
                  "</w:tc></w:tr></w:tbl></w:tc></w:tr>"
                  "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>");
    sb_str(&body, tc_cont);
    sb_str(&body, "<w:tc>" P("cuối") "</w:tc></w:tr>"
                  "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>" P("Sau bảng"));
    congdoan__source *s = docx(body.data, numbering_xml, NULL);
    free(body.data);
    ck_assert_uint_eq(s->count, 6);
    ck_assert_str_eq(s->blocks[0].text, "Nội dung | Chủ trì | Thời gian");
    ck_assert_uint_eq(s->blocks[1].cell_count, 3);
    ck_assert_str_eq(s->blocks[1].cells[0], "I. NHÓM MỘT");
    ck_assert_str_eq(s->blocks[1].cells[2], "");
    /* a numbered paragraph in a cell keeps its number in the text; paragraphs on lines */
    ck_assert_str_eq(s->blocks[2].cells[0], "1. Việc một\n- ý phụ");
    ck_assert_str_eq(s->blocks[2].cells[1], "Ban Tuyên giáo");
    ck_assert_str_eq(s->blocks[3].cells[0], "2. Việc hai");
    ck_assert_str_eq(s->blocks[3].cells[1], "Ban Tuyên giáo");
    ck_assert_str_eq(s->blocks[3].cells[2], "a | b\nc");
    /* a merge continued over three rows; one with nothing above to continue stays empty; the
     * empty last row is dropped */
    ck_assert_uint_eq(s->blocks[4].row, 4);
    ck_assert_str_eq(s->blocks[4].cells[0], "");
    ck_assert_str_eq(s->blocks[4].cells[1], "Ban Tuyên giáo");
    ck_assert_str_eq(s->blocks[4].cells[2], "cuối");
    for (size_t i = 0; i < 5; i++)
        ck_assert_uint_eq(s->blocks[i].table, 1);
    ck_assert_int_eq(s->blocks[5].kind, CONGDOAN__BLOCK_PARAGRAPH);
    /* the row's cell positions: paragraph numbers of the document */
    ck_assert_int_eq(s->blocks[0].map[0].line, 1);
    congdoan__source_free(s);
}
END_TEST

/* ---- hostile input ----------------------------------------------------------------------------- */

/* Time and peak memory of each hostile case, printed for the report (never asserted: machines
 * are noisy). */
static double cpu_now(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static void report(const char *what, double t0)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr, "hostile: %-40s %7.3f s wall, %7.3f s CPU, peak RSS %ld MiB\n", what, now() - t0,
            cpu_now() - cpu_at_start, ru.ru_maxrss / 1024);
}

static int read_html(const char *data, size_t len, const char *name, const congdoan__import_limits *lim,
                     congdoan__source **s)
{
    return congdoan__source_read_html(data, len, name, lim, issues, s);
}

static int read_docx(const char *data, size_t len, const char *name, congdoan__source **s)
{
    return congdoan__source_read_docx(data, len, name, NULL, issues, s);
}

START_TEST(html_hostile)
{
    congdoan__source *s = NULL;
    /* 100,000 nested elements */
    strbuf b = {0};
    for (int i = 0; i < 100000; i++)
        sb_str(&b, "<div>");
    double t0 = now();
    int rc = read_html(b.data, b.len, "deep.html", NULL, &s);
    report("html 100,000 nested <div>", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "deep.html", "nested 257 deep");
    free(b.data);

    /* binary data */
    unsigned char bin[4096];
    srand(7);
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (unsigned char)rand();
    bin[100] = 0;
    rc = read_html((const char *)bin, sizeof bin, "garbage.html", NULL, &s);
    expect_failure(rc, s, rc == CONGDOAN_EPARSE ? CONGDOAN_EPARSE : CONGDOAN_EENCODING,
                   rc == CONGDOAN_EPARSE ? "import-unreadable" : "import-encoding", "garbage.html", "");
    memset(bin, 'a', sizeof bin);
    bin[200] = 0;
    rc = read_html((const char *)bin, sizeof bin, "nul.html", NULL, &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "nul.html", "binary data, not a web page");

    /* not UTF-8, no charset: where the bad byte is */
    const char *latin = "<p>ok</p>\n<p>C\xF4ng</p>";
    rc = read_html(latin, strlen(latin), "latin.html", NULL, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "latin.html", "not valid UTF-8 (byte 0xF4");
    const congdoan_issue *is = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
    ck_assert_int_eq(congdoan_issue_line(is), 2);
    ck_assert_int_eq(congdoan_issue_column(is), 5);
    rc = read_html("\xFF\xFE<\0p\0>\0", 8, "utf16.html", NULL, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "utf16.html", "UTF-16");
    const char *cs = "<meta charset=\"x-no-such\"><p>\xF4</p>";
    rc = read_html(cs, strlen(cs), "cs.html", NULL, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "cs.html", "'x-no-such'");
    const char *cs16 = "<meta charset=\"utf-16\"><p>\xF4</p>";
    rc = read_html(cs16, strlen(cs16), "cs16.html", NULL, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "cs16.html", "not valid UTF-8");

    /* 100 MB of page: refused at once by the input limit */
    size_t big = (size_t)100 << 20;
    char *huge = malloc(big);
    for (size_t i = 0; i + 8 <= big; i += 8)
        memcpy(huge + i, "<p>x</p>", 8);
    t0 = now();
    rc = read_html(huge, big, "huge.html", NULL, &s);
    report("html 100 MB", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "huge.html", "the input limit is 67108864 bytes");
    /* and a lower limit is the one applied */
    congdoan__import_limits lim;
    congdoan__import_limits_default(&lim);
    lim.max_input = 1 << 20;
    rc = read_html(huge, 2 << 20, "two.html", &lim, &s);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "two.html", "1048576");
    /* 1 and 2 MB of paragraphs, read: the CPU time printed doubles, no more */
    for (size_t mb = 1; mb <= 2; mb++) {
        t0 = now();
        rc = read_html(huge, mb << 20, "paragraphs.html", NULL, &s);
        report(mb == 1 ? "html 1 MB of paragraphs (read)" : "html 2 MB of paragraphs (read)", t0);
        ck_assert_int_eq(rc, 0);
        ck_assert_uint_eq(s->count, (mb << 20) / 8);
        congdoan__source_free(s);
        s = NULL;
    }
    /* 1 MB of unclosed list items and of one attribute: linear too */
    for (size_t i = 0; i + 4 <= (1u << 20); i += 4)
        memcpy(huge + i, "<li>", 4);
    t0 = now();
    rc = read_html(huge, 1 << 20, "li.html", NULL, &s);
    report("html 1 MB of unclosed <li>", t0);
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(s->count, 0);
    congdoan__source_free(s);
    s = NULL;
    memcpy(huge, "<p title=\"", 10);
    memset(huge + 10, 'a', (1u << 20) - 10);
    t0 = now();
    rc = read_html(huge, 1 << 20, "attr.html", NULL, &s);
    report("html 1 MB attribute", t0);
    ck_assert_int_eq(rc, 0);
    congdoan__source_free(s);
    free(huge);
}
END_TEST

/* A deflate stream of `gib` GiB of zeros made of one compressed MiB repeated (each a full flush,
 * so that every copy stands alone), as zip bombs are made. */
static unsigned char *zero_bomb(size_t mib, size_t *len, uint32_t *crc)
{
    static unsigned char zeros[1 << 20];
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(deflateInit2(&zs, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    unsigned char chunk[8192], fin[64];
    zs.next_in = zeros;
    zs.avail_in = sizeof zeros;
    zs.next_out = chunk;
    zs.avail_out = sizeof chunk;
    ck_assert_int_eq(deflate(&zs, Z_FULL_FLUSH), Z_OK);
    size_t clen = sizeof chunk - zs.avail_out;
    zs.next_out = fin;
    zs.avail_out = sizeof fin;
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    size_t flen = sizeof fin - zs.avail_out;
    deflateEnd(&zs);
    unsigned char *out = malloc(clen * mib + flen);
    for (size_t i = 0; i < mib; i++)
        memcpy(out + i * clen, chunk, clen);
    memcpy(out + mib * clen, fin, flen);
    *len = clen * mib + flen;
    uLong one = crc32(0, zeros, sizeof zeros), c = 0;
    for (size_t i = 0; i < mib; i++)
        c = crc32_combine(c, one, sizeof zeros);
    *crc = (uint32_t)c;
    return out;
}

static char *bomb_docx(const unsigned char *data, size_t len, uint32_t crc, uint64_t declared, size_t *zlen)
{
    unsigned char *keep;
    zentry e[2];
    e[0] = text_entry("[Content_Types].xml", "<Types/>", &keep);
    e[1] = (zentry){"word/document.xml", data, len, 8, crc, declared, 0};
    char *z = zip_make(e, 2, zlen);
    free(keep);
    return z;
}

START_TEST(docx_bombs)
{
    congdoan__source *s = NULL;
    size_t blen, zlen;
    uint32_t crc;
    /* 2 GiB of zeros in 2 MB: declared honestly, refused before inflating anything */
    unsigned char *bomb = zero_bomb(2048, &blen, &crc);
    char *z = bomb_docx(bomb, blen, crc, (uint64_t)2048 << 20, &zlen);
    double t0 = now();
    int rc = read_docx(z, zlen, "bomb.docx", &s);
    report("docx 2 GiB entry, size declared", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "bomb.docx", "word/document.xml of the .docx declares 2147483648 bytes");
    free(z);
    /* the same, declaring 16 MB (under the part limit): stopped once 16 MB are out */
    z = bomb_docx(bomb, blen, crc, (uint64_t)16 << 20, &zlen);
    t0 = now();
    rc = read_docx(z, zlen, "sixteen.docx", &s);
    report("docx 2 GiB entry, 16 MB declared", t0);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "sixteen.docx", "inflates to more than the 16777216 bytes");
    free(z);
    /* the same, the central directory lying: 1,000 bytes declared */
    z = bomb_docx(bomb, blen, crc, 1000, &zlen);
    t0 = now();
    rc = read_docx(z, zlen, "liar.docx", &s);
    report("docx 2 GiB entry, 1,000 bytes declared", t0);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "liar.docx", "inflates to more than the 1000 bytes");
    free(z);
    free(bomb);
    /* 20 MB of zeros in 20 KB, declared honestly: the ratio stops it after 2 MB */
    bomb = zero_bomb(20, &blen, &crc);
    z = bomb_docx(bomb, blen, crc, (uint64_t)20 << 20, &zlen);
    t0 = now();
    rc = read_docx(z, zlen, "ratio.docx", &s);
    report("docx 20 MB entry in 20 KB", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "ratio.docx", "expands more than 100 times");
    free(z);
    free(bomb);
    /* declaring more than the entry holds */
    const char *xml = "<?xml version=\"1.0\"?><w:document " W_NS "><w:body>" P("a") "</w:body></w:document>";
    size_t xlen;
    unsigned char *packed = deflate_raw(xml, strlen(xml), &xlen);
    z = bomb_docx(packed, xlen, (uint32_t)crc32(0, (const Bytef *)xml, (uInt)strlen(xml)), strlen(xml) + 500, &zlen);
    rc = read_docx(z, zlen, "short.docx", &s);
    ck_assert_int_eq(rc, CONGDOAN_EPARSE);
    ck_assert_ptr_null(s);
    free(z);
    /* a wrong checksum */
    z = bomb_docx(packed, xlen, 12345, strlen(xml), &zlen);
    rc = read_docx(z, zlen, "crc.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "crc.docx", "checksum");
    free(z);
    /* encrypted */
    unsigned char *keep;
    zentry e[2];
    e[0] = text_entry("[Content_Types].xml", "<Types/>", &keep);
    e[1] = (zentry){"word/document.xml", packed, xlen, 8, (uint32_t)crc32(0, (const Bytef *)xml, (uInt)strlen(xml)),
                    strlen(xml), 1};
    z = zip_make(e, 2, &zlen);
    rc = read_docx(z, zlen, "locked.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "locked.docx", "encrypted");
    free(z);
    /* no document part; an OpenDocument file */
    e[1].name = "word/other.xml";
    z = zip_make(e, 2, &zlen);
    rc = read_docx(z, zlen, "nodoc.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "nodoc.docx", "without word/document.xml");
    free(z);
    e[1].name = "content.xml";
    z = zip_make(e, 2, &zlen);
    rc = read_docx(z, zlen, "text.odt", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "text.odt", "OpenDocument");
    free(z);
    free(keep);
    free(packed);
}
END_TEST

START_TEST(docx_containers)
{
    congdoan__source *s = NULL;
    /* the seed cut in half, and cut a few bytes short */
    size_t len;
    char *data = fixture("seed-000.docx", &len);
    int rc = read_docx(data, len / 2, "half.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "half.docx", "truncated");
    rc = read_docx(data, len - 10, "short.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "short.docx", "cannot open the .docx");
    /* the central directory kept, an entry's data damaged */
    char *bad = malloc(len);
    memcpy(bad, data, len);
    const char *doc = memmem(bad, len, "word/document.xml", 17);
    ck_assert_ptr_nonnull(doc);
    for (size_t i = (size_t)(doc - bad) + 200; i < (size_t)(doc - bad) + 800; i++)
        bad[i] ^= 0x5A;
    rc = read_docx(bad, len, "damaged.docx", &s);
    ck_assert_int_ne(rc, 0);
    ck_assert_ptr_null(s);
    free(bad);
    free(data);
    /* 100,000 entries */
    size_t n = 100000;
    zentry *e = calloc(n, sizeof *e);
    char (*names)[16] = malloc(n * sizeof *names);
    for (size_t i = 0; i < n; i++) {
        snprintf(names[i], sizeof names[i], "f%zu", i);
        e[i] = (zentry){names[i], (const unsigned char *)"", 0, 0, 0, 0, 0};
    }
    size_t zlen;
    char *z = zip_make(e, n, &zlen);
    double t0 = now();
    rc = read_docx(z, zlen, "many.docx", &s);
    report("docx 100,000 entries", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "many.docx", "has 100000 entries; the limit is 10000");
    free(z);
    free(e);
    free(names);
    /* garbage: not a zip, and a zip signature followed by noise */
    unsigned char bin[8192];
    srand(11);
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (unsigned char)rand();
    bin[0] = 'x';
    rc = read_docx((const char *)bin, sizeof bin, "noise.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "noise.docx", "not a .docx");
    memcpy(bin, "PK\x03\x04", 4);
    rc = read_docx((const char *)bin, sizeof bin, "pknoise.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "pknoise.docx", "cannot open the .docx");
    rc = read_docx("", 0, "empty.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "empty.docx", "not a .docx");
    /* nested archives: a .docx packed whole inside a zip, and as the document's part; a part
     * of binary noise; an empty part */
    data = fixture("seed-000.docx", &len);
    unsigned char *keep[2];
    size_t clen;
    keep[1] = deflate_raw(data, len, &clen);
    zentry inner = {"seed-000.docx", keep[1], clen, 8, (uint32_t)crc32(0, (const Bytef *)data, (uInt)len), len, 0};
    z = zip_make(&inner, 1, &zlen);
    rc = read_docx(z, zlen, "zipped.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "zipped.docx", "without word/document.xml");
    free(z);
    zentry two[2] = {text_entry("[Content_Types].xml", "<Types/>", &keep[0]), inner};
    two[1].name = "word/document.xml";
    z = zip_make(two, 2, &zlen);
    rc = read_docx(z, zlen, "nested.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "nested.docx",
                   "entry word/document.xml of the .docx holds a zip archive, not XML");
    free(z);
    free(keep[1]);
    keep[1] = deflate_raw((const char *)bin + 4, 4096, &clen);
    two[1] = (zentry){"word/document.xml", keep[1], clen, 8, (uint32_t)crc32(0, bin + 4, 4096), 4096, 0};
    z = zip_make(two, 2, &zlen);
    rc = read_docx(z, zlen, "noise-part.docx", &s);
    char want[128];
    snprintf(want, sizeof want, "is not XML (it starts with the byte 0x%02X, not '<')", bin[4]);
    ck_assert(bin[4] != '<' && bin[4] != ' ' && bin[4] != '\t' && bin[4] != '\n' && bin[4] != '\r' && bin[4] != 0xEF);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "noise-part.docx", want);
    free(z);
    free(keep[1]);
    two[1] = text_entry("word/document.xml", " \n", &keep[1]);
    z = zip_make(two, 2, &zlen);
    rc = read_docx(z, zlen, "empty-part.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "empty-part.docx",
                   "entry word/document.xml of the .docx is empty; expected WordprocessingML");
    free(z);
    free(keep[0]);
    free(keep[1]);
    free(data);
}
END_TEST

static int docx_with_part(const char *xml, const char *name, congdoan__source **s)
{
    unsigned char *keep[2];
    zentry e[2];
    e[0] = text_entry("[Content_Types].xml", "<Types/>", &keep[0]);
    e[1] = text_entry("word/document.xml", xml, &keep[1]);
    size_t zlen;
    char *z = zip_make(e, 2, &zlen);
    int rc = read_docx(z, zlen, name, s);
    free(z);
    free(keep[0]);
    free(keep[1]);
    return rc;
}

START_TEST(docx_hostile_xml)
{
    congdoan__source *s = NULL;
    int rc = docx_with_part("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
                       "<w:document " W_NS "><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>",
                       "lol.docx", &s);
    expect_failure(rc, s, CONGDOAN_EFORBIDDEN, "xml-forbidden", "lol.docx", "in entry word/document.xml");
    ck_assert_int_eq(congdoan_issue_line(congdoan_issues_get(issues, congdoan_issues_count(issues) - 1)), 2);
    rc = docx_with_part("<?xml version=\"1.0\"?><!DOCTYPE w:document SYSTEM \"http://example.invalid/x.dtd\">"
                   "<w:document " W_NS "><w:body/></w:document>",
                   "dtd.docx", &s);
    expect_failure(rc, s, CONGDOAN_EFORBIDDEN, "xml-forbidden", "dtd.docx", "DOCTYPE");
    rc = docx_with_part("<?xml version=\"1.0\"?><w:document " W_NS "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>",
                   "ent.docx", &s);
    ck_assert_int_ne(rc, 0);
    ck_assert_ptr_null(s);
    rc = docx_with_part("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document " W_NS "><w:body/></w:document>", "enc.docx",
                   &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "xml-encoding", "enc.docx", "UTF-8");
    rc = docx_with_part("<?xml version=\"1.0\"?><w:document " W_NS "><w:body><w:p><w:r><w:t>C\xF4ng</w:t></w:r></w:p></w:body></w:document>",
                   "utf.docx", &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "xml-encoding", "utf.docx", "not valid UTF-8");
    rc = docx_with_part("<?xml version=\"1.0\"?><w:document " W_NS "><w:body>\n<w:p><w:r><w:t>a</w:r></w:p></w:body></w:document>",
                   "bad.docx", &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "xml-malformed", "bad.docx", "in entry word/document.xml");
    ck_assert_int_eq(congdoan_issue_line(congdoan_issues_get(issues, congdoan_issues_count(issues) - 1)), 2);
    /* deep WordprocessingML: nested content controls, 100,000 deep */
    strbuf b = {0};
    sb_str(&b, "<?xml version=\"1.0\"?><w:document " W_NS "><w:body>");
    for (int i = 0; i < 2000; i++)
        sb_str(&b, "<w:sdt><w:sdtContent>");
    double t0 = now();
    rc = docx_with_part(b.data, "deep.docx", &s);
    report("docx 4,000 nested elements", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "deep.docx", "in entry word/document.xml");
    free(b.data);
    /* 1,000 nested tables: within the depth limit they are flattened; past it, refused */
    b = (strbuf){0};
    sb_str(&b, "<?xml version=\"1.0\"?><w:document " W_NS "><w:body>");
    for (int i = 0; i < 60; i++)
        sb_str(&b, "<w:tbl><w:tr><w:tc>");
    sb_str(&b, P("lõi"));
    for (int i = 0; i < 60; i++)
        sb_str(&b, "</w:tc></w:tr></w:tbl>");
    sb_str(&b, "</w:body></w:document>");
    rc = docx_with_part(b.data, "nest.docx", &s);
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(s->count, 1);
    ck_assert_str_eq(s->blocks[0].cells[0], "lõi");
    congdoan__source_free(s);
    free(b.data);
}
END_TEST

/* Hostile plain text: 100 MB, binary data, a text cut inside a character; and the cost of
 * reading real text, printed at 1, 2 and 4 MB (the CPU time doubles, no more). */
START_TEST(text_hostile)
{
    congdoan__source *s = NULL;
    size_t big = (size_t)100 << 20;
    char *huge = malloc(big);
    ck_assert_ptr_nonnull(huge);
    memset(huge, 'a', big);
    double t0 = now();
    int rc = congdoan__source_read_text(huge, big, "huge.txt", NULL, issues, &s);
    report("text 100 MB", t0);
    expect_failure(rc, s, CONGDOAN_ELIMIT, "import-limit", "huge.txt",
                   "the text is 104857600 bytes; the input limit is 67108864 bytes");
    /* binary data (a PNG's header after two letters): called binary, at its first NUL byte,
     * though a byte that is not UTF-8 comes before it (the advice to convert from CP1258 is
     * for text) */
    static const unsigned char bin[] = {'K', 'H', '\n', 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00};
    rc = congdoan__source_read((const char *)bin, sizeof bin, "garbage.bin", CONGDOAN__FORMAT_AUTO, NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "garbage.bin", "a NUL byte: this is not a text file");
    const congdoan_issue *is = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
    ck_assert_int_eq(congdoan_issue_line(is), 4);
    ck_assert_int_eq(congdoan_issue_column(is), 1);
    /* text in CP1258 (no NUL): the first byte that is not UTF-8, with its place and the advice */
    static const char cp1258[] = "K\xEA\xCC ho\xA3" "ch";
    rc = congdoan__source_read(cp1258, sizeof cp1258 - 1, "cp.txt", CONGDOAN__FORMAT_AUTO, NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "cp.txt", "a byte that is not UTF-8 (0xEA)");
    ck_assert(strstr(congdoan_issue_message(congdoan_issues_get(issues, congdoan_issues_count(issues) - 1)), "iconv -f CP1258"));
    is = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
    ck_assert_int_eq(congdoan_issue_line(is), 1);
    ck_assert_int_eq(congdoan_issue_column(is), 2);
    /* UTF-16 with its byte-order mark: said so, with the conversion */
    static const char bom16[] = "\xFF\xFEK\0H\0\n\0";
    rc = congdoan__source_read(bom16, sizeof bom16 - 1, "bom16.txt", CONGDOAN__FORMAT_AUTO, NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "bom16.txt",
                   "the text is UTF-16 (it starts with the byte-order mark 0xFF 0xFE)");
    /* UTF-16 without one (NUL bytes) */
    static const char utf16[] = "K\0H\0\n\0";
    rc = congdoan__source_read(utf16, sizeof utf16 - 1, "utf16.txt", CONGDOAN__FORMAT_TEXT, NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "utf16.txt", "a NUL byte: this is not a text file");
    /* a text cut in the middle of a character ("Đoàn" cut after the first byte of "à") */
    static const char cut[] = "Kế hoạch số 34\nĐo\xC3";
    rc = congdoan__source_read_text(cut, sizeof cut - 1, "cut.txt", NULL, issues, &s);
    expect_failure(rc, s, CONGDOAN_EENCODING, "import-encoding", "cut.txt", "0xC3");
    is = congdoan_issues_get(issues, congdoan_issues_count(issues) - 1);
    ck_assert_int_eq(congdoan_issue_line(is), 2);
    ck_assert_int_eq(congdoan_issue_column(is), 3);
    /* the seeds concatenated to 1, 2 and 4 MB: read, with the block count proportional */
    size_t seed_len;
    char *seed = slurp(test_data_path("seeds/000_c2a2867fe4acd9c6.txt"), &seed_len);
    size_t blocks1 = 0;
    for (size_t mb = 1; mb <= 4; mb *= 2) {
        size_t copies = mb * ((1u << 20) / (seed_len + 2)), n = 0;
        for (size_t k = 0; k < copies; k++) {
            memcpy(huge + n, seed, seed_len);
            n += seed_len;
            memcpy(huge + n, "\n\n", 2);
            n += 2;
        }
        t0 = now();
        rc = congdoan__source_read_text(huge, n, "seeds.txt", NULL, issues, &s);
        char what[64];
        snprintf(what, sizeof what, "text %zu MB of seed 000 (read)", mb);
        report(what, t0);
        ck_assert_int_eq(rc, 0);
        if (mb == 1)
            blocks1 = s->count;
        else
            ck_assert_uint_eq(s->count, blocks1 * mb);
        congdoan__source_free(s);
        s = NULL;
    }
    free(seed);
    free(huge);
}
END_TEST

/* Hostile use of the parts beside the body: a note referred to 50,000 times is given once;
 * 20,000 notes and 20,000 text boxes are read in time proportional to them (printed). */
START_TEST(docx_parts_hostile)
{
    for (size_t n = 10000; n <= 20000; n *= 2) {
        strbuf body = {0}, notes = {0};
        sb_str(&notes, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " W_NS ">");
        for (size_t i = 0; i < n; i++) {
            sb_printf(&notes, "<w:footnote w:id=\"%zu\"><w:p><w:r><w:t>Ghi chú %zu</w:t></w:r></w:p></w:footnote>", i + 1, i + 1);
            sb_printf(&body, "<w:p><w:r><w:t>Đoạn %zu</w:t></w:r><w:r><w:footnoteReference w:id=\"%zu\"/></w:r>"
                             "<w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Khung</w:t></w:r></w:p>"
                             "</w:txbxContent></wps:txbx></w:drawing></w:r></w:p>", i + 1, i + 1);
        }
        sb_str(&notes, "</w:footnotes>");
        docx_entry parts[] = {{"word/footnotes.xml", notes.data}};
        size_t len;
        char *z = docx_make_parts(body.data, parts, 1, &len);
        double t0 = now();
        congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "notes.docx");
        report(n == 10000 ? "docx 10,000 notes and text boxes" : "docx 20,000 notes and text boxes", t0);
        ck_assert_uint_eq(s->count, 3 * n); /* the box, its paragraph, its note */
        ck_assert_str_eq(s->blocks[3 * n - 3].text, "Khung");
        ck_assert_str_eq(s->blocks[3 * n - 1].text, n == 10000 ? "Ghi chú 10000" : "Ghi chú 20000");
        ck_assert_str_eq(s->blocks[3 * n - 1].label, n == 10000 ? "10000" : "20000");
        congdoan__source_free(s);
        free(z);
        free(body.data);
        free(notes.data);
    }
    /* one note, referred to 50,000 times (each after a number, so that the part deflates as
     * text does, not as a zip bomb): given once */
    strbuf body = {0};
    sb_str(&body, "<w:p>");
    for (size_t i = 0; i < 50000; i++)
        sb_printf(&body, "<w:r><w:t xml:space=\"preserve\">%zu </w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>", i);
    sb_str(&body, "<w:r><w:t>Đoạn</w:t></w:r></w:p>");
    docx_entry parts[] = {{"word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes " W_NS "><w:footnote w:id=\"1\">"
                                                 P("Ghi chú") "</w:footnote></w:footnotes>"}};
    size_t len;
    char *z = docx_make_parts(body.data, parts, 1, &len);
    double t0 = now();
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_DOCX, z, len, "refs.docx");
    report("docx 50,000 references to one note", t0);
    ck_assert_uint_eq(s->count, 2);
    ck_assert_str_eq(s->blocks[1].text, "Ghi chú");
    ck_assert_str_eq(s->blocks[1].label, "1");
    congdoan__source_free(s);
    free(z);
    free(body.data);
}
END_TEST

/* ---- the front door ---------------------------------------------------------------------------- */

START_TEST(sniffing)
{
    ck_assert_int_eq(congdoan__source_sniff("PK\x03\x04rest", 8), CONGDOAN__FORMAT_DOCX);
    ck_assert_int_eq(congdoan__source_sniff("\xEF\xBB\xBF <!-- c -->\n<!DOCTYPE HTML><p>", 33), CONGDOAN__FORMAT_HTML);
    ck_assert_int_eq(congdoan__source_sniff("<?xml version=\"1.0\"?><html xmlns=\"x\">", 37), CONGDOAN__FORMAT_HTML);
    const char *frag = "Kế hoạch <b>số 34</b>\n<p>Đoạn</p><br/>";
    ck_assert_int_eq(congdoan__source_sniff(frag, strlen(frag)), CONGDOAN__FORMAT_HTML);
    const char *text = "KẾ HOẠCH\n1. Chỉ tiêu: 90% <trở lên> và a < b\n";
    ck_assert_int_eq(congdoan__source_sniff(text, strlen(text)), CONGDOAN__FORMAT_TEXT);
    ck_assert_int_eq(congdoan__source_sniff("", 0), CONGDOAN__FORMAT_TEXT);

    size_t len;
    char *data = fixture("seed-000.docx", &len);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_AUTO, data, len, "seed-000.docx");
    ck_assert_int_eq(s->blocks[14].kind, CONGDOAN__BLOCK_HEADING);
    ck_assert_str_eq(s->name, "seed-000.docx");
    congdoan__source_free(s);
    free(data);
    data = fixture("seed-004.html", &len);
    s = read_ok(CONGDOAN__FORMAT_AUTO, data, len, "seed-004.html");
    ck_assert_str_eq(s->blocks[0].text, "Thứ sáu, 28/02/2025 - 08:15");
    congdoan__source_free(s);
    free(data);
    s = read_ok(CONGDOAN__FORMAT_AUTO, "Dòng một.\nDòng hai.", strlen("Dòng một.\nDòng hai."), "t.txt");
    ck_assert_uint_ge(s->count, 1);
    ck_assert(strncmp(s->blocks[0].text, "Dòng một.", strlen("Dòng một.")) == 0);
    congdoan__source_free(s);
    /* an explicit format wins over sniffing: a page read as text keeps its tags */
    s = read_ok(CONGDOAN__FORMAT_TEXT, "<p>a</p>", 8, "t.txt");
    ck_assert(strstr(s->blocks[0].text, "<p>") != NULL);
    congdoan__source_free(s);

    /* formats no reader takes, whatever they are given as */
    static const struct { const char *data; size_t len; const char *words; } foreign[] = {
        {"%PDF-1.7\n%\xE2\xE3\xCF\xD3", 14, "pdftotext -layout"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, "Word 97-2003"},
        {"{\\rtf1\\ansi", 11, "RTF"}};
    for (size_t i = 0; i < 3; i++)
        for (int f = CONGDOAN__FORMAT_AUTO; f <= CONGDOAN__FORMAT_DOCX; f++) {
            s = NULL;
            int rc = congdoan__source_read(foreign[i].data, foreign[i].len, "x", (congdoan__format)f, NULL, issues, &s);
            expect_failure(rc, s, CONGDOAN_EPARSE, "import-unreadable", "x", foreign[i].words);
        }
    ck_assert_int_eq(congdoan__source_read("a", 1, "x", (congdoan__format)9, NULL, issues, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan__source_read("a", 1, "x", CONGDOAN__FORMAT_AUTO, NULL, NULL, &s), CONGDOAN_EINVAL);
    ck_assert_int_eq(congdoan__source_read_html(NULL, 0, "x", NULL, issues, &s), 0);
    ck_assert_uint_eq(s->count, 0);
    ck_assert_str_eq(s->name, "x");
    congdoan__source_free(s);
    congdoan__source_free(NULL);
}
END_TEST

/* The PDF route: `pdftotext -layout` (run here as a program would, without a shell) turns the
 * PDF made from seed 003 into text whose paragraphs the text reader gets, every one of them. */
START_TEST(pdf_route)
{
    const char *tool = getenv("PDFTOTEXT");
    if (!tool || !*tool) {
        fprintf(stderr, "pdf_route: pdftotext not found at configure time; not run\n");
        return;
    }
    char out[] = "/tmp/congdoan-pdf-XXXXXX";
    int fd = mkstemp(out);
    ck_assert_int_ge(fd, 0);
    close(fd);
    char pdf[1024];
    snprintf(pdf, sizeof pdf, "%s", test_data_path("import/seed-003.pdf"));
    char *argv[] = {(char *)tool, "-layout", "-enc", "UTF-8", "-nopgbrk", pdf, out, NULL};
    pid_t pid;
    ck_assert_int_eq(posix_spawn(&pid, tool, NULL, NULL, argv, environ), 0);
    int st;
    ck_assert_int_eq(waitpid(pid, &st, 0), pid);
    ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    size_t len;
    char *text = slurp(out, &len);
    unlink(out);
    congdoan__source *s = read_ok(CONGDOAN__FORMAT_AUTO, text, len, "seed-003.pdf.txt");
    strbuf all = {0};
    for (size_t i = 0; i < s->count; i++) {
        sb_str(&all, s->blocks[i].text);
        sb_put(&all, " ", 1);
    }
    for (char *p = all.data; *p; p++)
        if (*p == '\n')
            *p = ' ';
    char **want;
    size_t nw = seed_lines("003", &want);
    ck_assert_uint_ge(nw, 10);
    for (size_t i = 0; i < nw; i++)
        ck_assert_msg(strstr(all.data, want[i]) != NULL, "paragraph %zu of seed 003 not read from the PDF: %s", i + 1,
                      want[i]);
    free_lines(want, nw);
    free(all.data);
    free(text);
    congdoan__source_free(s);
}
END_TEST

/* ---- running out of memory --------------------------------------------------------------------- */

/* Every allocation of the library's own fails once: ENOMEM and nothing returned, or the whole. */
static void alloc_loop(congdoan__format fmt, const char *data, size_t len, size_t want_blocks)
{
    long n = 1;
    for (;; n++) {
        congdoan__source *s = NULL;
        congdoan_issues *list = NULL;
        ck_assert_int_eq(congdoan_issues_new(&list), 0);
        congdoan__alloc_fail_at(n);
        int rc = congdoan__source_read(data, len, "a.x", fmt, NULL, list, &s);
        long made = congdoan__alloc_fail_at(0);
        congdoan_issues_free(list);
        if (rc == 0) {
            ck_assert_uint_eq(s->count, want_blocks);
            congdoan__source_free(s);
            if (made < n)
                break;
            continue;
        }
        ck_assert_msg(rc == CONGDOAN_ENOMEM, "allocation %ld: %d %s", n, rc, congdoan_error_last_message());
        ck_assert_ptr_null(s);
    }
    ck_assert_int_gt(n, 20);
}

START_TEST(alloc_failures)
{
    const char *page = "<html><body><h1>Kế hoạch</h1><p>Đoạn <b>một</b><br>dòng &amp; hai</p>"
                       "<ol><li>a</li><li>b</li></ol><table><tr><th>Nội dung</th><th>Chủ trì</th></tr>"
                       "<tr><td rowspan=\"2\">x</td><td colspan=\"2\">y</td></tr><tr><td>z</td></tr></table>"
                       "<div class=\"menu\">m</div></body></html>";
    alloc_loop(CONGDOAN__FORMAT_HTML, page, strlen(page), 7);
    size_t len;
    char *z = docx_make(NP(0, 1, "một") NP(1, 1, "hai")
                            "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r><w:t>Tiêu đề</w:t><w:br/><w:t>dòng</w:t></w:r></w:p>"
                            "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" P("a") "</w:tc><w:tc>" P("b")
                            "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" P("c") "</w:tc></w:tr></w:tbl>",
                        numbering_xml, "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 1\"/></w:style>",
                        &len);
    alloc_loop(CONGDOAN__FORMAT_DOCX, z, len, 5);
    free(z);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("import-readers");
    TCase *tc = tcase_create("seeds");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, html_seed_004);
    tcase_add_test(tc, html_seed_004_cp1258);
    tcase_add_test(tc, docx_seed_000);
    tcase_add_test(tc, seed_sources);
    tcase_add_test(tc, pdf_route);
    suite_add_tcase(s, tc);
    tc = tcase_create("html");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, html_blocks);
    tcase_add_test(tc, html_long_paragraph);
    tcase_add_test(tc, broken_paragraphs);
    tcase_add_test(tc, html_lists);
    tcase_add_test(tc, html_tables);
    tcase_add_test(tc, html_chrome);
    tcase_add_test(tc, html_news_page);
    tcase_add_test(tc, html_charsets);
    suite_add_tcase(s, tc);
    tc = tcase_create("docx");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, docx_numbering);
    tcase_add_test(tc, docx_styles);
    tcase_add_test(tc, docx_runs);
    tcase_add_test(tc, docx_tables);
    tcase_add_test(tc, docx_parts);
    tcase_add_test(tc, docx_boxes);
    tcase_add_test(tc, docx_task_partners);
    suite_add_tcase(s, tc);
    tc = tcase_create("hostile");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, html_hostile);
    tcase_add_test(tc, docx_bombs);
    tcase_add_test(tc, docx_containers);
    tcase_add_test(tc, docx_hostile_xml);
    tcase_add_test(tc, text_hostile);
    tcase_add_test(tc, docx_parts_hostile);
    tcase_add_test(tc, docx_broken_lines_hostile);
    suite_add_tcase(s, tc);
    tc = tcase_create("front");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, sniffing);
    tcase_add_test(tc, alloc_failures);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
