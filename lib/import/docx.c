/*
 * The .docx reader: a Word document into blocks (source.h).
 *
 * The container is read with libzip from memory, with the limits of congdoan__import_limits on
 * the number of entries, each entry's declared and actual uncompressed size, their total and
 * the compression ratio (zip bombs); encrypted entries and damaged or truncated archives are
 * refused. Three parts are read: word/styles.xml and word/numbering.xml (both optional) and
 * word/document.xml, each with libxml2's xmlTextReader (a streaming pass: never a whole tree of
 * a part) under the loader's rules for hostile XML: UTF-8 only, no DOCTYPE at all (OOXML parts
 * have none), so no entity is ever declared or substituted, no network, and the depth limit.
 *
 * What it reads: paragraphs (runs joined; w:tab as white space; w:br and w:cr as line breaks;
 * a page or column break as white space; hidden text, deleted text, field instructions and the
 * old properties of tracked changes left out), their automatic numbering (w:numPr of the
 * paragraph or of its style: the level's w:lvlText with its w:numFmt, counters kept per list
 * as Word keeps them: per abstract numbering, a w:num with a w:startOverride restarting it) as
 * `label`, their style and outline level (a style named "heading N" or "Tiêu đề N", or with an
 * outline level, also through w:basedOn, makes a HEADING of level N), and tables (one
 * TABLE_ROW per row, a cell's paragraphs joined by line breaks, a vertically merged cell's
 * text repeated in every row it spans and a cell spanning N grid columns followed by N-1 empty
 * cells, so that each row of a task table stands alone under its header; a table inside a cell
 * is flattened into the cell, its rows as lines and its cells joined by " | ").
 * Text boxes (w:txbxContent, in a drawing or a VML shape; the VML copy that mc:Fallback gives
 * beside a drawing is not read twice) are read where they are anchored: their paragraphs and
 * tables become blocks of their own, before the block of the paragraph that anchors them. A
 * text box inside a text box is read the same way, before the paragraph of the outer box that
 * anchors it (as deep as the depth limit lets elements nest).
 * Headers (word/headerN.xml, in the order of N) are read before the body, as its first blocks:
 * the header block of a document (issuer, number) is sometimes there. Footers
 * (word/footerN.xml) come after the body, each as one NOTE block of style "footer". The page
 * numbers and other field results of headers and footers are not read, nor a header or footer
 * that says what one read before it said (each section of a document has its own, mostly the
 * same). Footnotes and endnotes
 * come as NOTE blocks (style "footnote" or "endnote", label the number Word shows: 1, 2 … and
 * i, ii …, in the order of the references in the text) right after the paragraph, or the
 * table row, that refers to them (a reference in a text box: after the box's paragraph, so
 * before the paragraph that anchors the box); the reference mark itself is not in the text (a
 * "95%¹" would read as another figure). A note is given once, at its first reference.
 * Not read: drawings, pictures and embedded objects other than text boxes, and comments.
 *
 * Locations: "line" is the number of the paragraph (w:p) in the body, 1-based, counting the
 * paragraphs of table cells and text boxes in document order; "column" is 1 + the characters
 * before, in that paragraph's text (a tab or a break is one character). A header's paragraphs
 * are numbered in their own part, and so are a footer's; a footnote or endnote has the
 * position of its reference in the body. A problem inside a part gives that
 * part's own line and column, and names the part.
 *
 * libzip allocates with malloc, outside the library's allocation hooks.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/build.h"

#include "text/vntext.h"
#include "xml/xml.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/xmlreader.h>
#include <zip.h>

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

enum { LEVELS = 9, RATIO_GRACE = 100 * 1024, CHUNK = 64 * 1024 };

/* ---- numbering and styles -------------------------------------------------------------------- */

typedef enum num_fmt { F_COUNTER, F_BULLET, F_NONE } num_fmt;

typedef struct lvl_def {
    long start;
    num_fmt fmt;
    congdoan__counter_style style;
    char *text;            /* w:lvlText, malloc'd; NULL when absent */
    int legal;             /* w:isLgl: every number of the label in decimal */
} lvl_def;

typedef struct abstract_num {
    long id;
    lvl_def lv[LEVELS];
    long counter[LEVELS];
    unsigned used;         /* bit L: level L has numbered a paragraph since it was last reset */
} abstract_num;

typedef struct num {
    long id;
    long abstract_id;
    abstract_num *abs;     /* resolved after reading */
    long override[LEVELS]; /* w:startOverride, or LONG_MIN */
    int overridden;        /* the overrides were applied (at this list's first paragraph) */
} num;

typedef struct style {
    char *id, *name, *based_on;
    int outline;           /* w:outlineLvl 0-8, else -1 */
    long num_id;           /* from its w:numPr; -1 when none */
    int ilvl;              /* -1 when none */
    int heading;           /* resolved: 0 or 1-9 */
    long num_resolved;     /* resolved through w:basedOn: -1 none */
    int ilvl_resolved;
} style;

/* ---- the reader ------------------------------------------------------------------------------ */

typedef struct cellstate {
    int open;              /* a w:tc is open */
    int started;           /* its cell has been started in the row (after its w:tcPr) */
    size_t span;
    int vmerge;            /* 0 none, 1 restart, 2 continue */
    size_t paras;          /* paragraphs begun in it */
} cellstate;

typedef struct table {
    int depth;             /* of the w:tbl element */
    int nested;            /* inside a cell of an outer table: flattened into it */
    size_t index;          /* 1 + index among the document's tables */
    size_t rows;           /* rows kept */
    int row_open;
    size_t cells_in_row;   /* nested tables: cells seen in the row */
    congdoan__grid grid;
    cellstate cell;
} table;

/* A footnote, endnote or footer read before the body: blocks [first, first + count) of the
 * notes' builder. */
typedef struct note_run {
    uint32_t key;
    size_t first, count;
    int used;              /* given to the body already: each note is copied once */
    long number;           /* the number Word shows for it (its first reference's rank), 0 before */
} note_run;

/* A reference to a note, waiting for the end of its paragraph (or of its table row). */
typedef struct note_ref {
    uint32_t key;
    uint32_t line, column;
} note_ref;

/* Where the reader stands in a paragraph, and which tables and note references are its own:
 * what a text box sets aside while it is read. */
typedef struct para_state {
    int p_depth;           /* depth + 1 of the open w:p */
    int p_begun;           /* its block (or cell text) is begun */
    int ppr;               /* inside its w:pPr */
    int numpr;             /* inside w:numPr */
    char *p_style;         /* malloc'd */
    long p_num;            /* -2: not given; -1/0: none */
    int p_ilvl;            /* -1 not given */
    int p_outline;         /* -1 not given */
    uint32_t line;         /* the number of the open paragraph (a text box's come before its end) */
    uint32_t col;          /* characters so far in the paragraph */
    int r_depth;           /* depth + 1 of the open w:r */
    int rpr;               /* inside the run's w:rPr */
    int hidden;            /* the run is hidden text */
    int t_depth;           /* depth + 1 of the open w:t */
    int tcpr;              /* inside w:tcPr */
    size_t table_base;     /* tables below this index stand outside the open text box */
    size_t ref_base;       /* references below this index are the paragraph's around the text box */
} para_state;

/* The paragraph (and table) a text box stands in, set aside while the text box is read; a
 * text box inside it sets its own aside in the next frame. */
typedef struct box_frame {
    para_state ps;
    congdoan__build open;  /* the builder's open block */
    int shape, box;        /* the shape holding the text box, and the text box around it (0: none) */
} box_frame;

typedef struct docx {
    const congdoan__import_limits *lim;
    congdoan_issues *issues;
    const char *file;
    const char *entry;     /* the part being read */
    zip_t *za;
    size_t total;          /* uncompressed bytes read */
    int rc;
    xmlTextReaderPtr xr;
    congdoan__build b;
    /* numbering and styles */
    abstract_num *abs;
    size_t abs_count, abs_cap;
    num *nums;
    size_t num_count, num_cap;
    style *styles;
    size_t style_count, style_cap;
    /* while reading numbering.xml and styles.xml */
    abstract_num *cur_abs;
    num *cur_num;
    int cur_lvl;
    style *cur_style;
    int in_style_ppr;
    /* while reading document.xml */
    int skip;              /* depth + 1 of the element whose content is skipped; 0 none */
    int body;              /* inside w:body */
    para_state ps;
    uint32_t para;         /* paragraphs so far */
    table *tables;
    size_t table_count, table_cap;
    size_t tables_seen;
    /* the part being read */
    const char *root;      /* the element its content is in: body, hdr, ftr, footnotes, endnotes */
    int notes_part;        /* 0, or 1 + the kind of note (NOTE_FOOT, NOTE_END) its elements hold */
    int hf;                /* a header or footer: field results (page numbers) are not its words */
    int fld_result;        /* inside a complex field's result, in a header or footer */
    uint32_t tag;          /* the tag of the blocks ended (a note's key while reading notes) */
    /* text boxes, inside one another as deep as the depth limit lets them */
    int shape;             /* depth + 1 of the w:drawing or w:pict open in the innermost text box (or
                            * outside any): only its text boxes are read */
    int box;               /* depth + 1 of the innermost open w:txbxContent */
    box_frame *frames;     /* what each open text box set aside, outermost first */
    size_t frame_count, frame_cap;
    /* footnotes, endnotes and footers */
    congdoan__build notes;
    note_run *runs;
    size_t run_count, run_cap;
    note_ref *refs;
    size_t ref_count, ref_cap;
    long numbered[2];      /* footnotes and endnotes given a number so far */
} docx;

/* The keys of notes in the notes' builder (0: no note): footnotes and endnotes by their w:id,
 * footers by their part's number. */
enum { NOTE_FOOT, NOTE_END, NOTE_FOOTER, MAX_NOTE_ID = 0x3FFFFFFE };

static uint32_t note_key(long id, int kind)
{
    return (uint32_t)(id + 1) * 4u + (uint32_t)kind;
}

static void fail(docx *D, int code, const char *tag, long line, long col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static void fail(docx *D, int code, const char *tag, long line, long col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    congdoan__import_failv(&D->rc, D->issues, code, tag, D->file, line, col, fmt, ap);
    va_end(ap);
}

static void out_of_memory(docx *D)
{
    if (!D->rc)
        D->rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", D->file);
}

static int grow_array(docx *D, void **items, size_t count, size_t *cap, size_t elem)
{
    if (congdoan__array_reserve(items, cap, count + 1, elem) != 0) {
        out_of_memory(D);
        return -1;
    }
    return 0;
}

/* ---- the container --------------------------------------------------------------------------- */

static const char *zip_problem(int ze)
{
    switch (ze) {
    case ZIP_ER_NOZIP:
        return _("it is not a zip archive (no end of central directory: truncated, or not a .docx at all)");
    case ZIP_ER_INCONS:
        return _("the zip archive is inconsistent (its central directory and its entries disagree: damaged or "
               "truncated)");
    case ZIP_ER_CRC:
        return _("an entry's checksum does not match its data (damaged)");
    case ZIP_ER_COMPNOTSUPP:
        return _("an entry uses a compression method that cannot be read");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return _("an entry is encrypted (the document has a password): remove the password in Word and save again");
    case ZIP_ER_MEMORY:
        return _("out of memory");
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_ZLIB:
        return _("an entry's compressed data is damaged or truncated");
    default:
        return NULL;
    }
}

static void zip_fail(docx *D, const char *entry, int ze, const char *fallback)
{
    if (ze == ZIP_ER_MEMORY) {
        out_of_memory(D);
        return;
    }
    const char *why = zip_problem(ze);
    char other[128];
    if (!why) {
        zip_error_t e;
        zip_error_init_with_code(&e, ze);
        snprintf(other, sizeof other, "%s (%s)", _(fallback), zip_error_strerror(&e));
        zip_error_fini(&e);
        why = other;
    }
    if (entry)
        fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0, "cannot read entry %s of the .docx: %s; expected a Word document", entry, why);
    else
        fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0, "cannot open the .docx: %s; expected a Word document (a zip archive)", why);
}

static int open_zip(docx *D, const char *data, size_t size)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(data, size, 0, &err);
    if (!src) {
        zip_fail(D, NULL, zip_error_code_zip(&err), N_("libzip refused the buffer"));
        zip_error_fini(&err);
        return D->rc;
    }
    D->za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!D->za) {
        zip_source_free(src);
        zip_fail(D, NULL, zip_error_code_zip(&err), N_("libzip could not open it"));
        zip_error_fini(&err);
        return D->rc;
    }
    zip_error_fini(&err);
    zip_int64_t n = zip_get_num_entries(D->za, 0);
    if (n < 0 || (zip_uint64_t)n > D->lim->max_entries) {
        fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0,
             "the .docx has %lld entries; the limit is %zu (a Word document has a few dozen)", (long long)n,
             D->lim->max_entries);
        return D->rc;
    }
    return 0;
}

/* Read one entry whole into a congdoan__malloc'd, NUL-terminated buffer. A missing entry gives
 * 0 with *out NULL unless it is required. */
static int read_entry(docx *D, const char *name, int required, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    zip_int64_t idx = zip_name_locate(D->za, name, 0);
    if (idx < 0) {
        if (!required)
            return 0;
        if (zip_name_locate(D->za, "content.xml", 0) >= 0)
            fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                 "this is an OpenDocument file (.odt), not a Word document: save it as .docx");
        else
            fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                 "a zip archive without %s: not a Word document (.docx)", name);
        return D->rc;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(D->za, (zip_uint64_t)idx, 0, &st) != 0) {
        zip_fail(D, name, zip_error_code_zip(zip_get_error(D->za)), N_("its header cannot be read"));
        return D->rc;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        zip_fail(D, name, ZIP_ER_ENCRNOTSUPP, "");
        return D->rc;
    }
    zip_uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    zip_uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    if (declared > D->lim->max_input) {
        fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0,
             "entry %s of the .docx declares %llu bytes uncompressed; the limit for one part is %zu bytes", name,
             (unsigned long long)declared, D->lim->max_input);
        return D->rc;
    }
    if (declared > D->lim->max_uncompressed - D->total) {
        fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0,
             "entry %s of the .docx would take the parts read to %llu bytes uncompressed; the limit is %zu bytes",
             name, (unsigned long long)(D->total + declared), D->lim->max_uncompressed);
        return D->rc;
    }
    zip_file_t *zf = zip_fopen_index(D->za, (zip_uint64_t)idx, 0);
    if (!zf) {
        zip_fail(D, name, zip_error_code_zip(zip_get_error(D->za)), N_("it cannot be opened"));
        return D->rc;
    }
    size_t cap = (size_t)declared + 1, len = 0;
    char *buf = congdoan__malloc(cap);
    if (!buf) {
        zip_fclose(zf);
        out_of_memory(D);
        return D->rc;
    }
    for (;;) {
        /* never read more than one byte past what the entry declares: more is a lie */
        if (len == cap - 1) {
            char probe;
            zip_int64_t extra = zip_fread(zf, &probe, 1);
            if (extra > 0)
                fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                     "entry %s of the .docx inflates to more than the %llu bytes its header declares (a forged "
                     "central directory)",
                     name, (unsigned long long)declared);
            else if (extra < 0)
                zip_fail(D, name, zip_error_code_zip(zip_file_get_error(zf)), N_("its data cannot be read"));
            break;
        }
        size_t want = cap - 1 - len < CHUNK ? cap - 1 - len : CHUNK;
        zip_int64_t got = zip_fread(zf, buf + len, want);
        if (got < 0) {
            zip_fail(D, name, zip_error_code_zip(zip_file_get_error(zf)), N_("its data cannot be read"));
            break;
        }
        if (got == 0) {
            if (len < declared)
                fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                     "entry %s of the .docx gives %zu bytes where its header declares %llu (damaged or truncated)", name,
                     len, (unsigned long long)declared);
            break;
        }
        len += (size_t)got;
        if (len > RATIO_GRACE && packed && D->lim->max_ratio && len / D->lim->max_ratio > packed) {
            fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0,
                 "entry %s of the .docx expands more than %zu times (%llu bytes compressed): a zip bomb, not a Word "
                 "document",
                 name, D->lim->max_ratio, (unsigned long long)packed);
            break;
        }
    }
    zip_fclose(zf);
    if (D->rc) {
        congdoan__dealloc(buf);
        return D->rc;
    }
    if (len > RATIO_GRACE && !packed) {
        congdoan__dealloc(buf);
        fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0,
             "entry %s of the .docx declares no compressed size but expands to %zu bytes", name, len);
        return D->rc;
    }
    buf[len] = '\0';
    D->total += len;
    *out = buf;
    *out_len = len;
    return 0;
}

/* ---- XML parts ------------------------------------------------------------------------------- */

static void on_xml_error(void *ctx, xmlErrorPtr err)
{
    docx *D = ctx;
    if (!err || err->level == XML_ERR_WARNING || D->rc)
        return;
    if (err->code == XML_ERR_NO_MEMORY) {
        out_of_memory(D);
        return;
    }
    char msg[512];
    congdoan__xml_message(err, msg, sizeof msg);
    int code = CONGDOAN_EPARSE;
    const char *tag = "xml-malformed";
    if (err->code == XML_ERR_INVALID_CHAR || err->code == XML_ERR_INVALID_ENCODING ||
        err->code == XML_ERR_UNKNOWN_ENCODING || err->code == XML_ERR_UNSUPPORTED_ENCODING)
        code = CONGDOAN_EENCODING, tag = "xml-encoding";
    if (err->message && (strstr(err->message, "Excessive depth") || strstr(err->message, "Huge input lookup")))
        code = CONGDOAN_ELIMIT, tag = "import-limit";
    fail(D, code, tag, err->line, err->int2, "in entry %s of the .docx: %s", D->entry, msg);
}

static int is_w(const xmlChar *ns)
{
    return ns && (strcmp((const char *)ns, W_NS) == 0 || strcmp((const char *)ns, W_NS_STRICT) == 0);
}

/* A w: attribute of the current element, as a malloc'd (xmlFree) string or NULL. */
static char *wattr(docx *D, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttributeNs(D->xr, (const xmlChar *)name, (const xmlChar *)W_NS);
    if (!v)
        v = xmlTextReaderGetAttributeNs(D->xr, (const xmlChar *)name, (const xmlChar *)W_NS_STRICT);
    return (char *)v;
}

/* Replace *slot (congdoan__malloc'd) with a copy of a w: attribute, NULL when absent. */
static void wattr_copy(docx *D, const char *name, char **slot)
{
    char *v = wattr(D, name);
    congdoan__dealloc(*slot);
    *slot = v ? congdoan__strndup(v, strlen(v)) : NULL;
    if (v && !*slot)
        out_of_memory(D);
    xmlFree(v);
}

static long wattr_long(docx *D, const char *name, long def)
{
    char *v = wattr(D, name);
    if (!v)
        return def;
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v)
        n = def;
    xmlFree(v);
    return n;
}

/* w:val of an on/off property: absent or true/1/on is on. */
static int wattr_on(docx *D)
{
    char *v = wattr(D, "val");
    int on = !v || strcmp(v, "true") == 0 || strcmp(v, "1") == 0 || strcmp(v, "on") == 0;
    xmlFree(v);
    return on;
}

typedef struct part_handler {
    void (*start)(docx *D, const char *name, int depth, int empty);
    void (*end)(docx *D, const char *name, int depth);
    void (*text)(docx *D, const char *s, size_t len);
} part_handler;

/* One streaming pass over a part: only elements of the WordprocessingML namespace reach the
 * handler by name; others are passed as "" (so that skipping works by depth), mc:Fallback
 * as "mc:Fallback". */
static int read_part(docx *D, const char *entry, const char *buf, size_t len, const part_handler *h)
{
    D->entry = entry;
    int code;
    long line;
    const char *problem = congdoan__prolog_problem((const unsigned char *)buf, len, &code, &line);
    if (problem) {
        fail(D, code, code == CONGDOAN_EENCODING ? "xml-encoding" : "xml-forbidden", line, 0,
             "in entry %s of the .docx: %s", entry, problem);
        return D->rc;
    }
    if (len > INT_MAX) {
        fail(D, CONGDOAN_ELIMIT, "import-limit", 0, 0, "entry %s of the .docx is larger than libxml2 can parse", entry);
        return D->rc;
    }
    /* what is not XML at all (an archive packed where a part should be, binary data) is said so,
     * rather than with the parser's "Document is empty" */
    size_t at = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (at < len && (buf[at] == ' ' || buf[at] == '\t' || buf[at] == '\n' || buf[at] == '\r'))
        at++;
    if (at == len) {
        fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0, "entry %s of the .docx is empty; expected WordprocessingML",
             entry);
        return D->rc;
    }
    if (buf[at] != '<') {
        if (len - at >= 4 && memcmp(buf + at, "PK\x03\x04", 4) == 0)
            fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                 "entry %s of the .docx holds a zip archive, not XML; expected WordprocessingML", entry);
        else
            fail(D, CONGDOAN_EPARSE, "import-unreadable", 0, 0,
                 "entry %s of the .docx is not XML (it starts with the byte 0x%02X, not '<'); expected WordprocessingML",
                 entry, (unsigned)(unsigned char)buf[at]);
        return D->rc;
    }
    /* NONET: nothing fetched; no NOENT and no DTDLOAD: nothing substituted or loaded. */
    D->xr = xmlReaderForMemory(buf, (int)len, entry, "UTF-8",
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    if (!D->xr) {
        out_of_memory(D);
        return D->rc;
    }
    xmlTextReaderSetStructuredErrorHandler(D->xr, on_xml_error, D);
    int elements = 0, r;
    while (!D->rc && (r = xmlTextReaderRead(D->xr)) == 1) {
        int type = xmlTextReaderNodeType(D->xr);
        int depth = xmlTextReaderDepth(D->xr);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            fail(D, CONGDOAN_EFORBIDDEN, "xml-forbidden", xmlTextReaderGetParserLineNumber(D->xr),
                 xmlTextReaderGetParserColumnNumber(D->xr),
                 "in entry %s of the .docx: a DOCTYPE, which Word documents never have (entities could be declared in it)",
                 entry);
            break;
        }
        if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
            fail(D, CONGDOAN_EFORBIDDEN, "xml-forbidden", xmlTextReaderGetParserLineNumber(D->xr),
                 xmlTextReaderGetParserColumnNumber(D->xr), "in entry %s of the .docx: an entity reference", entry);
            break;
        }
        if (depth < 0 || (size_t)depth + 1 > D->lim->max_depth) {
            fail(D, CONGDOAN_ELIMIT, "import-limit", xmlTextReaderGetParserLineNumber(D->xr),
                 xmlTextReaderGetParserColumnNumber(D->xr),
                 "in entry %s of the .docx: elements nested %d deep; the limit is %zu", entry, depth + 1,
                 D->lim->max_depth);
            break;
        }
        if (type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT) {
            const xmlChar *ns = xmlTextReaderConstNamespaceUri(D->xr);
            const char *name = (const char *)xmlTextReaderConstLocalName(D->xr);
            if (!name) {
                out_of_memory(D);
                break;
            }
            if (!is_w(ns))
                name = ns && strcmp((const char *)ns, MC_NS) == 0 && strcmp(name, "Fallback") == 0 ? "mc:Fallback" : "";
            if (type == XML_READER_TYPE_ELEMENT) {
                elements++;
                int empty = xmlTextReaderIsEmptyElement(D->xr) == 1;
                h->start(D, name, depth, empty);
                if (empty && !D->rc)
                    h->end(D, name, depth);
            } else {
                h->end(D, name, depth);
            }
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                   type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE) {
            const char *v = (const char *)xmlTextReaderConstValue(D->xr);
            if (v && h->text)
                h->text(D, v, strlen(v));
        }
    }
    if (!D->rc && r < 0)
        fail(D, CONGDOAN_EPARSE, "xml-malformed", xmlTextReaderGetParserLineNumber(D->xr), 0,
             "in entry %s of the .docx: the XML is not well-formed", entry);
    if (!D->rc && !elements)
        fail(D, CONGDOAN_EPARSE, "xml-malformed", 1, 1, "entry %s of the .docx holds no XML element", entry);
    xmlFreeTextReader(D->xr);
    D->xr = NULL;
    return D->rc;
}

/* ---- numbering.xml --------------------------------------------------------------------------- */

static congdoan__counter_style counter_style(const char *fmt, num_fmt *kind)
{
    *kind = F_COUNTER;
    if (!fmt)
        return CONGDOAN__COUNT_DECIMAL;
    if (strcmp(fmt, "bullet") == 0)
        *kind = F_BULLET;
    else if (strcmp(fmt, "none") == 0)
        *kind = F_NONE;
    else if (strcmp(fmt, "decimalZero") == 0)
        return CONGDOAN__COUNT_DECIMAL_ZERO;
    else if (strcmp(fmt, "lowerLetter") == 0)
        return CONGDOAN__COUNT_LOWER_LETTER;
    else if (strcmp(fmt, "upperLetter") == 0)
        return CONGDOAN__COUNT_UPPER_LETTER;
    else if (strcmp(fmt, "lowerRoman") == 0)
        return CONGDOAN__COUNT_LOWER_ROMAN;
    else if (strcmp(fmt, "upperRoman") == 0)
        return CONGDOAN__COUNT_UPPER_ROMAN;
    /* decimal, and the formats with no place in these documents (ordinal, cardinalText,
     * vietnameseCounting, decimalEnclosedCircle …): counted in decimal */
    return CONGDOAN__COUNT_DECIMAL;
}

static void numbering_start(docx *D, const char *name, int depth, int empty)
{
    if (strcmp(name, "abstractNum") == 0 && depth == 1) {
        if (grow_array(D, (void **)&D->abs, D->abs_count, &D->abs_cap, sizeof *D->abs) != 0)
            return;
        abstract_num *a = &D->abs[D->abs_count++];
        memset(a, 0, sizeof *a);
        a->id = wattr_long(D, "abstractNumId", -1);
        for (int i = 0; i < LEVELS; i++)
            a->lv[i].start = 1;
        D->cur_abs = a;
        D->cur_num = NULL;
    } else if (strcmp(name, "num") == 0 && depth == 1) {
        if (grow_array(D, (void **)&D->nums, D->num_count, &D->num_cap, sizeof *D->nums) != 0)
            return;
        num *n = &D->nums[D->num_count++];
        memset(n, 0, sizeof *n);
        n->id = wattr_long(D, "numId", -1);
        n->abstract_id = -1;
        for (int i = 0; i < LEVELS; i++)
            n->override[i] = LONG_MIN;
        D->cur_num = n;
        D->cur_abs = NULL;
    } else if (strcmp(name, "lvl") == 0 && depth == 2 && D->cur_abs) {
        long l = wattr_long(D, "ilvl", -1);
        D->cur_lvl = l >= 0 && l < LEVELS ? (int)l : -1;
    } else if (strcmp(name, "lvlOverride") == 0 && depth == 2 && D->cur_num) {
        long l = wattr_long(D, "ilvl", -1);
        D->cur_lvl = l >= 0 && l < LEVELS ? (int)l : -1;
    } else if (depth == 3 && D->cur_abs && D->cur_lvl >= 0) {
        lvl_def *lv = &D->cur_abs->lv[D->cur_lvl];
        if (strcmp(name, "start") == 0) {
            lv->start = wattr_long(D, "val", 1);
        } else if (strcmp(name, "numFmt") == 0) {
            char *v = wattr(D, "val");
            lv->style = counter_style(v, &lv->fmt);
            xmlFree(v);
        } else if (strcmp(name, "lvlText") == 0) {
            wattr_copy(D, "val", &lv->text);
        } else if (strcmp(name, "isLgl") == 0) {
            lv->legal = wattr_on(D);
        }
    } else if (depth == 2 && D->cur_num && strcmp(name, "abstractNumId") == 0) {
        D->cur_num->abstract_id = wattr_long(D, "val", -1);
    } else if (depth == 3 && D->cur_num && D->cur_lvl >= 0 && strcmp(name, "startOverride") == 0) {
        D->cur_num->override[D->cur_lvl] = wattr_long(D, "val", 1);
    }
    (void)empty;
}

static void numbering_end(docx *D, const char *name, int depth)
{
    if (depth == 1)
        D->cur_abs = NULL, D->cur_num = NULL;
    if (depth == 2)
        D->cur_lvl = -1;
    (void)name;
}

static int cmp_abs(const void *a, const void *b)
{
    long x = ((const abstract_num *)a)->id, y = ((const abstract_num *)b)->id;
    return (x > y) - (x < y);
}

static int cmp_num(const void *a, const void *b)
{
    long x = ((const num *)a)->id, y = ((const num *)b)->id;
    return (x > y) - (x < y);
}

static num *find_num(docx *D, long id)
{
    num key;
    key.id = id;
    return D->num_count ? bsearch(&key, D->nums, D->num_count, sizeof *D->nums, cmp_num) : NULL;
}

static void resolve_numbering(docx *D)
{
    if (D->abs_count)
        qsort(D->abs, D->abs_count, sizeof *D->abs, cmp_abs);
    if (D->num_count)
        qsort(D->nums, D->num_count, sizeof *D->nums, cmp_num);
    for (size_t i = 0; i < D->num_count; i++) {
        abstract_num key;
        key.id = D->nums[i].abstract_id;
        D->nums[i].abs = D->abs_count ? bsearch(&key, D->abs, D->abs_count, sizeof *D->abs, cmp_abs) : NULL;
    }
}

/* The label of the next paragraph of list `num_id` at level `ilvl`, counted. */
static void number_label(docx *D, long num_id, int ilvl, char *label, size_t size)
{
    label[0] = '\0';
    num *n = find_num(D, num_id);
    if (!n || !n->abs || ilvl < 0 || ilvl >= LEVELS)
        return;
    abstract_num *a = n->abs;
    if (!n->overridden) {
        n->overridden = 1;
        for (int l = 0; l < LEVELS; l++)
            if (n->override[l] != LONG_MIN) {
                a->counter[l] = n->override[l] - 1;
                a->used |= 1u << l;
            }
    }
    if (a->used & (1u << ilvl))
        a->counter[ilvl]++;
    else
        a->counter[ilvl] = a->lv[ilvl].start;
    a->used |= 1u << ilvl;
    for (int l = ilvl + 1; l < LEVELS; l++)
        a->used &= ~(1u << l);
    const lvl_def *lv = &a->lv[ilvl];
    const char *t = lv->text ? lv->text : (lv->fmt == F_BULLET ? "•" : "%1.");
    size_t k = 0;
    for (const char *p = t; *p && k + 1 < size;) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            int l = p[1] - '1';
            if (lv->fmt != F_BULLET && lv->fmt != F_NONE && l <= ilvl) {
                long v = (a->used & (1u << l)) ? a->counter[l] : a->lv[l].start;
                congdoan__counter_style st = lv->legal ? CONGDOAN__COUNT_DECIMAL : a->lv[l].style;
                if (a->lv[l].fmt != F_COUNTER && l != ilvl)
                    st = CONGDOAN__COUNT_DECIMAL;
                k += congdoan__counter_format(label + k, size - k, v, st);
            }
            p += 2;
            continue;
        }
        /* symbol-font bullets (U+F0xx in Symbol or Wingdings) read as a bullet */
        if ((unsigned char)p[0] == 0xEF && ((unsigned char)p[1] == 0x80 || (unsigned char)p[1] == 0x82 ||
                                            (unsigned char)p[1] == 0x83) && p[2]) {
            if (k + 4 > size)
                break;
            memcpy(label + k, "•", 3);
            k += 3;
            p += 3;
            continue;
        }
        label[k++] = *p++;
    }
    label[k] = '\0';
}

/* ---- styles.xml ------------------------------------------------------------------------------ */

static void styles_start(docx *D, const char *name, int depth, int empty)
{
    (void)empty;
    if (depth == 1 && strcmp(name, "style") == 0) {
        D->cur_style = NULL;
        char *type = wattr(D, "type");
        int para = !type || strcmp(type, "paragraph") == 0;
        xmlFree(type);
        if (!para || grow_array(D, (void **)&D->styles, D->style_count, &D->style_cap, sizeof *D->styles) != 0)
            return;
        style *s = &D->styles[D->style_count++];
        memset(s, 0, sizeof *s);
        s->outline = s->ilvl = -1;
        s->num_id = -1;
        wattr_copy(D, "styleId", &s->id);
        D->cur_style = s;
        return;
    }
    style *s = D->cur_style;
    if (!s)
        return;
    if (depth == 2 && (strcmp(name, "name") == 0 || strcmp(name, "basedOn") == 0)) {
        wattr_copy(D, "val", name[0] == 'n' ? &s->name : &s->based_on);
    } else if (depth == 2 && strcmp(name, "pPr") == 0) {
        D->in_style_ppr = 1;
    } else if (depth == 3 && D->in_style_ppr && strcmp(name, "outlineLvl") == 0) {
        long v = wattr_long(D, "val", -1);
        s->outline = v >= 0 && v < 9 ? (int)v : -1;
    } else if (depth == 4 && D->in_style_ppr && strcmp(name, "numId") == 0) {
        s->num_id = wattr_long(D, "val", -1);
    } else if (depth == 4 && D->in_style_ppr && strcmp(name, "ilvl") == 0) {
        long v = wattr_long(D, "val", -1);
        s->ilvl = v >= 0 && v < LEVELS ? (int)v : -1;
    }
}

static void styles_end(docx *D, const char *name, int depth)
{
    if (depth == 1)
        D->cur_style = NULL;
    if (depth == 2 && strcmp(name, "pPr") == 0)
        D->in_style_ppr = 0;
}

static style *find_style(docx *D, const char *id)
{
    if (!id)
        return NULL;
    size_t lo = 0, hi = D->style_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(id, D->styles[mid].id ? D->styles[mid].id : "");
        if (c == 0)
            return &D->styles[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static int cmp_style(const void *a, const void *b)
{
    const char *x = ((const style *)a)->id, *y = ((const style *)b)->id;
    return strcmp(x ? x : "", y ? y : "");
}

/* The heading level a style's name gives: "heading 3" (Word's own name, whatever the language
 * of its menus), "Tiêu đề 3" (a Vietnamese one), with case, marks and spacing folded. */
static int heading_by_name(const char *name)
{
    if (!name)
        return 0;
    char *fold = NULL;
    size_t n = 0;
    if (congdoan__text_fold(name, strlen(name), &fold, &n) != 0)
        return 0;
    int level = 0;
    static const char *const prefixes[] = {"heading ", "tieu de ", "heading", "tieude"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0] && !level; i++) {
        size_t m = strlen(prefixes[i]);
        if (n == m + 1 && strncmp(fold, prefixes[i], m) == 0 && fold[m] >= '1' && fold[m] <= '9')
            level = fold[m] - '0';
    }
    congdoan__dealloc(fold);
    return level;
}

static void resolve_styles(docx *D)
{
    if (D->style_count)
        qsort(D->styles, D->style_count, sizeof *D->styles, cmp_style);
    for (size_t i = 0; i < D->style_count; i++) {
        style *s = &D->styles[i];
        s->heading = 0;
        s->num_resolved = -1;
        s->ilvl_resolved = -1;
        int heading_known = 0, num_known = 0;
        /* the style, then what it is based on (a chain of at most 16: loops end there) */
        style *c = s;
        for (int hops = 0; c && hops < 16; hops++) {
            if (!heading_known) {
                int by_name = heading_by_name(c->name ? c->name : c->id);
                if (c->outline >= 0)
                    s->heading = c->outline + 1, heading_known = 1;
                else if (by_name)
                    s->heading = by_name, heading_known = 1;
            }
            if (!num_known && c->num_id >= 0) {
                s->num_resolved = c->num_id;
                num_known = 1;
            }
            if (s->ilvl_resolved < 0 && c->ilvl >= 0)
                s->ilvl_resolved = c->ilvl;
            c = find_style(D, c->based_on);
        }
    }
}

/* ---- document.xml ---------------------------------------------------------------------------- */

static table *cur_table(docx *D)
{
    return D->table_count > D->ps.table_base ? &D->tables[D->table_count - 1] : NULL;
}

/* The table whose cells take text directly (the outermost one of a nest). */
static table *outer_table(docx *D)
{
    for (size_t i = D->table_count; i-- > D->ps.table_base;)
        if (!D->tables[i].nested)
            return &D->tables[i];
    return NULL;
}

static int in_cell(docx *D)
{
    table *t = outer_table(D);
    return t && t->cell.open;
}

static void build_oom(docx *D, int rc)
{
    if (rc != 0)
        out_of_memory(D);
}

/* Start the open cell of the outer table in its row (after its w:tcPr). */
static void start_cell(docx *D)
{
    table *t = outer_table(D);
    if (!t || !t->cell.open || t->cell.started)
        return;
    t->cell.started = 1;
    if (!t->row_open)
        return;
    build_oom(D, congdoan__build_cell(&D->b));
    if (!D->rc && t->cell.vmerge == 2)
        build_oom(D, congdoan__grid_repeat(&t->grid, &D->b));
}

/* Open the paragraph's block, now that its properties are known. */
static void begin_paragraph(docx *D)
{
    if (D->ps.p_begun)
        return;
    D->ps.p_begun = 1;
    style *s = find_style(D, D->ps.p_style);
    long num_id = D->ps.p_num != -2 ? D->ps.p_num : s ? s->num_resolved : -1;
    int ilvl = D->ps.p_ilvl >= 0 ? D->ps.p_ilvl : s && s->ilvl_resolved >= 0 ? s->ilvl_resolved : 0;
    int heading = D->ps.p_outline >= 0 && D->ps.p_outline < 9 ? D->ps.p_outline + 1 : D->ps.p_outline == 9 ? 0 : s ? s->heading : 0;
    char label[128] = "";
    if (num_id > 0)
        number_label(D, num_id, ilvl, label, sizeof label);
    if (in_cell(D)) {
        table *outer = outer_table(D), *inner = cur_table(D);
        start_cell(D);
        /* a cell's next paragraph goes on a line of its own; a label has no place of its own in a
         * cell, so it stands at the start of the paragraph's text */
        if ((inner != outer ? inner : outer)->cell.paras++)
            congdoan__build_break(&D->b, D->ps.line, D->ps.col + 1);
        if (label[0]) {
            build_oom(D, congdoan__build_text(&D->b, label, strlen(label), D->ps.line, 1, CONGDOAN__POS_FIXED));
            build_oom(D, congdoan__build_text(&D->b, " ", 1, D->ps.line, 1, CONGDOAN__POS_FIXED));
        }
        return;
    }
    congdoan__block_kind kind = heading ? CONGDOAN__BLOCK_HEADING
                              : num_id > 0 && find_num(D, num_id) ? CONGDOAN__BLOCK_LIST_ITEM
                                                                 : CONGDOAN__BLOCK_PARAGRAPH;
    int level = heading ? (heading > 6 ? 6 : heading) : kind == CONGDOAN__BLOCK_LIST_ITEM ? ilvl + 1 : 0;
    build_oom(D, congdoan__build_begin(&D->b, kind, level, D->ps.p_style, label[0] ? label : NULL));
}

/* ---- notes ----------------------------------------------------------------------------------- */

static int cmp_run(const void *a, const void *b)
{
    uint32_t x = ((const note_run *)a)->key, y = ((const note_run *)b)->key;
    return x < y ? -1 : x > y;
}

/* Index the notes read (runs of blocks with the same tag), for the body's references. */
static void index_notes(docx *D)
{
    const congdoan__build *n = &D->notes;
    for (size_t i = 0; i < n->count && !D->rc; i++) {
        if (!n->tags[i] || (i && n->tags[i - 1] == n->tags[i]))
            continue;
        if (grow_array(D, (void **)&D->runs, D->run_count, &D->run_cap, sizeof *D->runs) != 0)
            return;
        size_t k = i + 1;
        while (k < n->count && n->tags[k] == n->tags[i])
            k++;
        D->runs[D->run_count++] = (note_run){n->tags[i], i, k - i, 0, 0};
    }
    if (D->run_count)
        qsort(D->runs, D->run_count, sizeof *D->runs, cmp_run);
}

static note_run *find_run(docx *D, uint32_t key)
{
    note_run want = {key, 0, 0, 0, 0};
    return D->run_count ? bsearch(&want, D->runs, D->run_count, sizeof *D->runs, cmp_run) : NULL;
}

/* Copy the note `key` into the body as one NOTE block: its paragraphs (a row's cells joined by
 * " | ") one to a line, all at `at` (NULL: where the note's own first paragraph stands). */
static void emit_note(docx *D, uint32_t key, const char *note_style, const char *label, const congdoan__srcpos *at)
{
    note_run *r = find_run(D, key);
    if (!r || r->used || D->rc)
        return;
    r->used = 1;
    const congdoan__block *first = &D->notes.blocks[r->first];
    uint32_t line = at ? at->line : first->map[0].line, col = at ? at->column : first->map[0].column;
    build_oom(D, congdoan__build_begin(&D->b, CONGDOAN__BLOCK_NOTE, 0, note_style, label));
    for (size_t i = 0; i < r->count && !D->rc; i++) {
        const congdoan__block *bl = &D->notes.blocks[r->first + i];
        if (i)
            congdoan__build_break(&D->b, line, col);
        build_oom(D, congdoan__build_text(&D->b, bl->text, bl->len, line, col, CONGDOAN__POS_FIXED));
    }
    if (!D->rc)
        build_oom(D, congdoan__build_end(&D->b, 0, NULL));
}

/* A w:footnoteReference or w:endnoteReference of the body: its note follows the paragraph. */
static void note_reference(docx *D, int kind)
{
    long id = wattr_long(D, "id", -1);
    if (D->notes_part || id < 0 || id > MAX_NOTE_ID)
        return;
    if (grow_array(D, (void **)&D->refs, D->ref_count, &D->ref_cap, sizeof *D->refs) != 0)
        return;
    D->refs[D->ref_count++] = (note_ref){note_key(id, kind), D->ps.line, D->ps.col + 1};
    /* Word numbers notes in the order of their references in the text, wherever each note is
     * then given (a text box's before the paragraph that anchors it) */
    note_run *r = find_run(D, note_key(id, kind));
    if (r && !r->number)
        r->number = ++D->numbered[kind];
}

/* The notes referred to since the last block ended, after it. */
static void flush_notes(docx *D)
{
    for (size_t i = D->ps.ref_base; i < D->ref_count && !D->rc; i++) {
        note_run *r = find_run(D, D->refs[i].key);
        if (!r || r->used)
            continue;
        int kind = (int)(D->refs[i].key % 4u);
        char label[64];
        congdoan__counter_format(label, sizeof label, r->number,
                                 kind == NOTE_END ? CONGDOAN__COUNT_LOWER_ROMAN : CONGDOAN__COUNT_DECIMAL);
        congdoan__srcpos at = {0, D->refs[i].line, D->refs[i].column};
        emit_note(D, D->refs[i].key, kind == NOTE_END ? "endnote" : "footnote", label, &at);
    }
    D->ref_count = D->ps.ref_base;
}

/* ---- text boxes ------------------------------------------------------------------------------ */

/* A w:txbxContent: the paragraph (and table) around it are set aside, so that its blocks come
 * before the block that anchors it, and its own paragraphs, tables and note references start
 * afresh. A text box inside a text box is the same one frame deeper. */
static void open_box(docx *D, int depth)
{
    if (grow_array(D, (void **)&D->frames, D->frame_count, &D->frame_cap, sizeof *D->frames) != 0)
        return;
    box_frame *f = &D->frames[D->frame_count++];
    f->ps = D->ps;
    f->shape = D->shape;
    f->box = D->box;
    congdoan__build_suspend(&D->b, &f->open);
    memset(&D->ps, 0, sizeof D->ps);
    D->ps.table_base = D->table_count;
    D->ps.ref_base = D->ref_count;
    D->shape = 0;
    D->box = depth + 1;
}

static void close_box(docx *D)
{
    box_frame *f = &D->frames[--D->frame_count];
    while (D->table_count > D->ps.table_base)
        congdoan__grid_release(&D->tables[--D->table_count].grid);
    congdoan__dealloc(D->ps.p_style);
    D->ps = f->ps;
    f->ps.p_style = NULL;
    congdoan__build_resume(&D->b, &f->open);
    D->shape = f->shape;
    D->box = f->box;
}

static void end_paragraph(docx *D)
{
    begin_paragraph(D);
    if (!in_cell(D)) {
        build_oom(D, congdoan__build_end(&D->b, D->tag, NULL));
        flush_notes(D);
    }
    congdoan__dealloc(D->ps.p_style);
    D->ps.p_style = NULL;
    D->ps.p_depth = 0;
}

static void put_text(docx *D, const char *s, size_t len)
{
    if (!D->ps.p_begun)
        begin_paragraph(D);
    if (D->rc)
        return;
    build_oom(D, congdoan__build_text(&D->b, s, len, D->ps.line, D->ps.col + 1, CONGDOAN__POS_LINE));
    for (size_t i = 0; i < len; i++)
        D->ps.col += ((unsigned char)s[i] & 0xC0) != 0x80;
}

/* Elements whose content is never text of the document. */
static int skipped(const char *name)
{
    static const char *const names[] = {
        "del", "moveFrom", "delText", "instrText", "delInstrText", "object", "mc:Fallback",
        "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange",
        "sectPr", "sdtPr", "sdtEndPr", "customXmlPr", "commentReference", "fldData"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return 0;
}

static void document_start(docx *D, const char *name, int depth, int empty)
{
    (void)empty;
    if (D->skip || D->rc)
        return;
    if (!D->body) {
        if (strcmp(name, D->root) == 0)
            D->body = depth + 1;
        return;
    }
    if (!*name)
        return; /* other namespaces: their content is read through (mc:Choice, w14 wrappers) */
    if (skipped(name) || (D->hf && strcmp(name, "fldSimple") == 0)) {
        D->skip = depth + 1;
        return;
    }
    if (strcmp(name, "drawing") == 0 || strcmp(name, "pict") == 0) {
        if (D->shape)
            D->skip = depth + 1; /* a shape inside a shape, outside its text box */
        else
            D->shape = depth + 1;
        return;
    }
    if (D->shape) {
        if (strcmp(name, "txbxContent") == 0)
            open_box(D, depth);
        return; /* the shape's other content: no words of the document */
    }
    if (D->notes_part && depth == D->body) {
        /* a w:footnote or w:endnote: its blocks get its key; separators are not notes */
        D->tag = 0;
        char *type = wattr(D, "type");
        long id = wattr_long(D, "id", -1);
        if ((type && strcmp(type, "normal") != 0) || id < 0 || id > MAX_NOTE_ID ||
            strcmp(name, D->notes_part - 1 == NOTE_END ? "endnote" : "footnote") != 0)
            D->skip = depth + 1;
        else
            D->tag = note_key(id, D->notes_part - 1);
        xmlFree(type);
        return;
    }
    if (strcmp(name, "p") == 0) {
        if (D->ps.p_depth) /* a paragraph inside a paragraph: only in text boxes, not read */
            return;
        D->ps.p_depth = depth + 1;
        D->ps.p_begun = 0;
        D->ps.p_num = -2;
        D->ps.p_ilvl = D->ps.p_outline = -1;
        D->ps.line = ++D->para;
        D->ps.col = 0;
        return;
    }
    if (D->ps.p_depth && D->ps.ppr) {
        if (strcmp(name, "pStyle") == 0 && depth == D->ps.p_depth + 1) {
            wattr_copy(D, "val", &D->ps.p_style);
        } else if (strcmp(name, "numPr") == 0) {
            D->ps.numpr = 1;
        } else if (D->ps.numpr && strcmp(name, "numId") == 0) {
            D->ps.p_num = wattr_long(D, "val", 0);
        } else if (D->ps.numpr && strcmp(name, "ilvl") == 0) {
            long v = wattr_long(D, "val", 0);
            D->ps.p_ilvl = v >= 0 && v < LEVELS ? (int)v : 0;
        } else if (strcmp(name, "outlineLvl") == 0 && depth == D->ps.p_depth + 1) {
            long v = wattr_long(D, "val", 9);
            D->ps.p_outline = v >= 0 && v <= 9 ? (int)v : 9;
        } else if (strcmp(name, "rPr") == 0) {
            D->skip = depth + 1; /* the paragraph mark's own formatting */
        }
        return;
    }
    if (D->ps.p_depth && strcmp(name, "pPr") == 0 && depth == D->ps.p_depth) {
        D->ps.ppr = depth + 1;
        return;
    }
    if (D->ps.r_depth && D->ps.rpr) {
        if (strcmp(name, "vanish") == 0 || strcmp(name, "webHidden") == 0 || strcmp(name, "specVanish") == 0)
            D->ps.hidden |= wattr_on(D);
        return;
    }
    if (D->ps.p_depth && strcmp(name, "r") == 0) {
        D->ps.r_depth = depth + 1;
        D->ps.hidden = 0;
        return;
    }
    if (D->ps.r_depth) {
        if (strcmp(name, "rPr") == 0 && depth == D->ps.r_depth) {
            D->ps.rpr = depth + 1;
        } else if (D->ps.hidden) {
            if (strcmp(name, "t") != 0)
                return;
            D->skip = depth + 1;
        } else if (strcmp(name, "t") == 0) {
            D->ps.t_depth = depth + 1;
        } else if (strcmp(name, "tab") == 0 || strcmp(name, "ptab") == 0) {
            put_text(D, "\t", 1);
        } else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) {
            char *type = name[0] == 'b' ? wattr(D, "type") : NULL;
            if (type && (strcmp(type, "page") == 0 || strcmp(type, "column") == 0)) {
                put_text(D, " ", 1);
            } else {
                begin_paragraph(D);
                congdoan__build_break(&D->b, D->ps.line, D->ps.col + 1);
                D->ps.col++;
            }
            xmlFree(type);
        } else if (strcmp(name, "noBreakHyphen") == 0) {
            put_text(D, "-", 1);
        } else if (strcmp(name, "footnoteReference") == 0 || strcmp(name, "endnoteReference") == 0) {
            note_reference(D, name[0] == 'e' ? NOTE_END : NOTE_FOOT);
        } else if (D->hf && strcmp(name, "fldChar") == 0) {
            char *type = wattr(D, "fldCharType");
            if (type && strcmp(type, "separate") == 0)
                D->fld_result = 1;
            else if (type && strcmp(type, "end") == 0)
                D->fld_result = 0;
            xmlFree(type);
        }
        return;
    }
    /* tables */
    if (strcmp(name, "tbl") == 0) {
        if (D->ps.p_depth) /* a table inside a paragraph: only in text boxes */
            return;
        int nested = in_cell(D) || (cur_table(D) && cur_table(D)->nested);
        if (grow_array(D, (void **)&D->tables, D->table_count, &D->table_cap, sizeof *D->tables) != 0)
            return;
        table *t = &D->tables[D->table_count++];
        memset(t, 0, sizeof *t);
        t->depth = depth;
        t->nested = nested;
        if (!nested)
            t->index = ++D->tables_seen;
        else
            start_cell(D);
        return;
    }
    table *t = cur_table(D);
    if (!t || D->ps.p_depth)
        return;
    if (strcmp(name, "tr") == 0) {
        if (t->nested) {
            if (congdoan__build_has_text(&D->b))
                congdoan__build_break(&D->b, D->ps.line, D->ps.col + 1);
            t->cells_in_row = 0;
            return;
        }
        build_oom(D, congdoan__build_begin(&D->b, CONGDOAN__BLOCK_TABLE_ROW, 0, "tr", NULL));
        D->b.cur.table = t->index;
        D->b.cur.row = t->rows;
        t->row_open = 1;
        congdoan__grid_row(&t->grid);
    } else if (strcmp(name, "tc") == 0) {
        if (t->nested) {
            t->cell.paras = 0;
            if (t->cells_in_row++ && congdoan__build_has_text(&D->b))
                build_oom(D, congdoan__build_text(&D->b, " | ", 3, D->ps.line, D->ps.col + 1, CONGDOAN__POS_FIXED));
            return;
        }
        memset(&t->cell, 0, sizeof t->cell);
        t->cell.open = 1;
        t->cell.span = 1;
    } else if (strcmp(name, "tcPr") == 0 && !t->nested && t->cell.open) {
        D->ps.tcpr = depth + 1;
    } else if (D->ps.tcpr && strcmp(name, "gridSpan") == 0) {
        long v = wattr_long(D, "val", 1);
        t->cell.span = v < 1 ? 1 : v > 1000 ? 1000 : (size_t)v;
    } else if (D->ps.tcpr && strcmp(name, "vMerge") == 0) {
        char *v = wattr(D, "val");
        t->cell.vmerge = v && strcmp(v, "restart") == 0 ? 1 : 2;
        xmlFree(v);
    } else if (D->ps.tcpr && strcmp(name, "hMerge") == 0) {
        char *v = wattr(D, "val");
        if (!v || strcmp(v, "restart") != 0)
            t->cell.span = 1; /* the legacy horizontal merge: an empty cell of its own */
        xmlFree(v);
    } else if (!D->ps.tcpr && t->cell.open && strcmp(name, "trPr") != 0) {
        start_cell(D);
    }
}

static void document_end(docx *D, const char *name, int depth)
{
    if (D->rc)
        return;
    if (D->skip) {
        if (depth + 1 == D->skip)
            D->skip = 0;
        return;
    }
    if (D->box && depth + 1 == D->box) {
        close_box(D);
        return;
    }
    if (D->shape && depth + 1 == D->shape) {
        D->shape = 0;
        return;
    }
    if (D->shape)
        return;
    if (D->body && depth + 1 == D->body) {
        D->body = 0;
        flush_notes(D);
        return;
    }
    if (!*name || !D->body)
        return;
    if (D->ps.t_depth && depth + 1 == D->ps.t_depth) {
        D->ps.t_depth = 0;
    } else if (D->ps.rpr && depth + 1 == D->ps.rpr) {
        D->ps.rpr = 0;
    } else if (D->ps.r_depth && depth + 1 == D->ps.r_depth) {
        D->ps.r_depth = 0;
    } else if (D->ps.ppr && depth + 1 == D->ps.ppr) {
        D->ps.ppr = 0;
        D->ps.numpr = 0;
    } else if (D->ps.ppr && strcmp(name, "numPr") == 0) {
        D->ps.numpr = 0;
    } else if (D->ps.p_depth && depth + 1 == D->ps.p_depth) {
        end_paragraph(D);
    } else if (D->ps.tcpr && depth + 1 == D->ps.tcpr) {
        D->ps.tcpr = 0;
    } else if (!D->ps.p_depth && cur_table(D)) {
        table *t = cur_table(D);
        if (strcmp(name, "tc") == 0 && !t->nested && t->cell.open) {
            start_cell(D);
            if (t->row_open) {
                int rc = 0;
                if (t->cell.vmerge == 1)
                    rc = congdoan__grid_remember(&t->grid, &D->b, SIZE_MAX, t->cell.span);
                else if (t->cell.vmerge == 0)
                    rc = congdoan__grid_remember(&t->grid, &D->b, 0, 1);
                if (!rc)
                    rc = congdoan__grid_advance(&t->grid, &D->b, t->cell.span);
                build_oom(D, rc);
            }
            t->cell.open = 0;
        } else if (strcmp(name, "tr") == 0 && !t->nested && t->row_open) {
            size_t before = congdoan__build_count(&D->b);
            build_oom(D, congdoan__build_end(&D->b, D->tag, NULL));
            if (congdoan__build_count(&D->b) > before)
                t->rows++;
            t->row_open = 0;
            if (!in_cell(D))
                flush_notes(D);
        } else if (strcmp(name, "tbl") == 0 && depth == t->depth) {
            congdoan__grid_release(&t->grid);
            D->table_count--;
        }
    }
}

static void document_text(docx *D, const char *s, size_t len)
{
    if (D->skip || !D->ps.t_depth || D->rc || D->fld_result)
        return;
    put_text(D, s, len);
}

/* ---- the reader ------------------------------------------------------------------------------ */

static void release(docx *D)
{
    while (D->frame_count) /* first: a text box left open owns tables of D->tables, freed below */
        close_box(D);
    congdoan__dealloc(D->frames);
    for (size_t i = 0; i < D->abs_count; i++)
        for (int l = 0; l < LEVELS; l++)
            congdoan__dealloc(D->abs[i].lv[l].text);
    congdoan__dealloc(D->abs);
    congdoan__dealloc(D->nums);
    for (size_t i = 0; i < D->style_count; i++) {
        congdoan__dealloc(D->styles[i].id);
        congdoan__dealloc(D->styles[i].name);
        congdoan__dealloc(D->styles[i].based_on);
    }
    congdoan__dealloc(D->styles);
    for (size_t i = 0; i < D->table_count; i++)
        congdoan__grid_release(&D->tables[i].grid);
    congdoan__dealloc(D->tables);
    congdoan__dealloc(D->ps.p_style);
    congdoan__dealloc(D->runs);
    congdoan__dealloc(D->refs);
    if (D->xr)
        xmlFreeTextReader(D->xr);
    if (D->za)
        zip_discard(D->za);
    congdoan__build_release(&D->b);
    congdoan__build_release(&D->notes);
}

/* A part the document may go without (numbering, styles, notes, headers, footers). */
static int read_optional(docx *D, const char *entry, const part_handler *h)
{
    char *buf = NULL;
    size_t len = 0;
    if (read_entry(D, entry, 0, &buf, &len) == 0 && buf)
        read_part(D, entry, buf, len, h);
    congdoan__dealloc(buf);
    return D->rc;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

/* The numbers N of the entries word/<kind>N.xml (header, footer), in order; *count of them. */
static long *numbered_parts(docx *D, const char *kind, size_t *count)
{
    *count = 0;
    zip_int64_t n = zip_get_num_entries(D->za, 0);
    long *nums = NULL;
    size_t cap = 0, klen = strlen(kind);
    for (zip_int64_t i = 0; i < n && !D->rc; i++) {
        const char *e = zip_get_name(D->za, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
        if (!e || strncmp(e, "word/", 5) != 0 || strncmp(e + 5, kind, klen) != 0)
            continue;
        const char *d = e + 5 + klen;
        size_t digits = strspn(d, "0123456789");
        if (!digits || digits > 6 || strcmp(d + digits, ".xml") != 0)
            continue;
        if (grow_array(D, (void **)&nums, *count, &cap, sizeof *nums) != 0)
            break;
        nums[(*count)++] = strtol(d, NULL, 10);
    }
    if (*count)
        qsort(nums, *count, sizeof *nums, cmp_long);
    return nums;
}

/* The tag of a header's blocks that repeat an earlier header's: dropped at the end. */
enum { TAG_DROP = UINT32_MAX };

/* Whether blocks [a, a + n) and [b, b + n) of the builder say the same. */
static int same_blocks(const congdoan__build *bl, size_t a, size_t b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (bl->blocks[a + i].kind != bl->blocks[b + i].kind || strcmp(bl->blocks[a + i].text, bl->blocks[b + i].text) != 0)
            return 0;
    return 1;
}

/* Read the parts word/<kind>N.xml with the document's handlers, whose content is in `root`;
 * `tag_kind` >= 0: each part's blocks tagged as that kind of note, numbered by N. A part that
 * says what one of the last parts kept said (every section of a document has its headers and
 * footers, mostly the same) is dropped: its blocks get no note's tag, or TAG_DROP. */
static int read_numbered_parts(docx *D, const char *kind, const char *root, int tag_kind, const part_handler *h)
{
    enum { COMPARED = 8 };
    size_t count, kept_first[COMPARED], kept_n[COMPARED], kept = 0;
    long *nums = numbered_parts(D, kind, &count);
    char entry[64];
    for (size_t i = 0; i < count && !D->rc; i++) {
        snprintf(entry, sizeof entry, "word/%s%ld.xml", kind, nums[i]);
        D->root = root;
        D->tag = tag_kind >= 0 ? note_key(nums[i], tag_kind) : 0;
        D->para = 0; /* each part's paragraphs are numbered on their own */
        D->fld_result = 0;
        size_t first = congdoan__build_count(&D->b);
        if (read_optional(D, entry, h) != 0)
            break;
        size_t n = congdoan__build_count(&D->b) - first;
        int repeated = 0;
        for (size_t k = 0; k < kept && k < COMPARED && !repeated; k++)
            repeated = kept_n[k] == n && same_blocks(&D->b, kept_first[k], first, n);
        if (repeated) {
            for (size_t k = first; k < first + n; k++)
                D->b.tags[k] = tag_kind >= 0 ? 0 : TAG_DROP;
        } else if (n) {
            kept_first[kept % COMPARED] = first, kept_n[kept % COMPARED] = n;
            kept++;
        }
    }
    congdoan__dealloc(nums);
    D->tag = 0;
    return D->rc;
}

static int keep_block(void *ctx, size_t index, uint32_t tag)
{
    (void)ctx, (void)index;
    return tag != TAG_DROP;
}

static void swap_builders(docx *D)
{
    congdoan__build t = D->b;
    D->b = D->notes;
    D->notes = t;
}

static int read_docx(docx *D, const char *data, size_t size, congdoan__source **out)
{
    if (open_zip(D, data, size) != 0)
        return D->rc;
    char *buf = NULL;
    size_t len = 0;
    static const part_handler numbering = {numbering_start, numbering_end, NULL};
    static const part_handler styles = {styles_start, styles_end, NULL};
    static const part_handler document = {document_start, document_end, document_text};
    /* the document first for its presence (a clear "not a Word document" before anything else) */
    zip_int64_t doc = zip_name_locate(D->za, "word/document.xml", 0);
    if (doc < 0)
        return read_entry(D, "word/document.xml", 1, &buf, &len);
    D->cur_lvl = -1;
    if (read_optional(D, "word/numbering.xml", &numbering) != 0)
        return D->rc;
    resolve_numbering(D);
    if (read_optional(D, "word/styles.xml", &styles) != 0)
        return D->rc;
    resolve_styles(D);
    /* footnotes, endnotes and footers into a builder of their own, for the body to take */
    swap_builders(D);
    D->root = "footnotes";
    D->notes_part = 1 + NOTE_FOOT;
    read_optional(D, "word/footnotes.xml", &document);
    D->root = "endnotes";
    D->notes_part = 1 + NOTE_END;
    if (!D->rc)
        read_optional(D, "word/endnotes.xml", &document);
    D->notes_part = 0;
    D->hf = 1;
    if (!D->rc)
        read_numbered_parts(D, "footer", "ftr", NOTE_FOOTER, &document);
    D->tag = 0;
    swap_builders(D);
    if (D->rc)
        return D->rc;
    index_notes(D);
    /* headers: the first blocks */
    read_numbered_parts(D, "header", "hdr", -1, &document);
    D->hf = D->fld_result = 0;
    D->para = 0;
    D->root = "body";
    if (!D->rc && read_entry(D, "word/document.xml", 1, &buf, &len) == 0) {
        /* the limits of the input apply to the text read from it as well */
        D->b.spare_cells = len / 16 + 256;
        D->b.spare_bytes = len + 4096;
        read_part(D, "word/document.xml", buf, len, &document);
    }
    congdoan__dealloc(buf);
    /* footers: the last blocks */
    for (size_t i = 0; i < D->run_count && !D->rc; i++)
        if (D->runs[i].key % 4u == NOTE_FOOTER)
            emit_note(D, D->runs[i].key, "footer", NULL, NULL);
    if (D->rc)
        return D->rc;
    if (congdoan__build_finish(&D->b, keep_block, NULL, out) != 0)
        out_of_memory(D);
    return D->rc;
}

int congdoan__source_read_docx(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out)
{
    congdoan__import_limits defaults;
    int rc = congdoan__import_enter(data, size, name, N_("the .docx"), &lim, &defaults, issues, out);
    if (rc != 0)
        return rc;
    docx D;
    memset(&D, 0, sizeof D);
    D.lim = lim;
    D.issues = issues;
    D.file = name ? name : "<memory>";
    if (size < 4 || memcmp(data, "PK", 2) != 0)
        return congdoan__import_fail(issues, CONGDOAN_EPARSE, "import-unreadable", D.file, 0, 0,
                                     "not a .docx: a Word document is a zip archive, starting with \"PK\"");
    if (congdoan__build_init(&D.b, name, size) != 0)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", D.file);
    D.b.join_broken = 1; /* a Word file made from a PDF: a paragraph per page, or per line */
    if (congdoan__build_init(&D.notes, name, size) != 0) {
        congdoan__build_release(&D.b);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", D.file);
    }
    congdoan__quiet q;
    congdoan__quiet_begin(&q);
    xmlInitParser();
    rc = read_docx(&D, data, size, out);
    congdoan__quiet_end(&q);
    release(&D);
    if (rc && *out) {
        congdoan__source_free(*out);
        *out = NULL;
    }
    return rc;
}
