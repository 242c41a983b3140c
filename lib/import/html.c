/*
 * The HTML reader: a web page into blocks (source.h), through libxml2's HTML parser driven by
 * SAX callbacks, so that no document tree is built and memory follows the text kept.
 *
 * What it reads: headings (h1-h6), paragraphs (p, and text standing in div, td and the like),
 * list items (li, with their depth; <ol> counters as labels, "•" for <ul>), table rows (tr, with
 * their cells; colspan and rowspan followed), <br> as a line break inside a paragraph. A table
 * inside a table cell is flattened into the cell: its rows become lines, its cells joined with
 * " | ".
 *
 * Site chrome is left out as well as markup allows: script, style, head, nav, aside, form,
 * iframe and the like always; header outside an article or main; and elements whose class or id
 * says what they are (menu, breadcrumb, share, social, comment, related, footer, banner,
 * sidebar, advertisement …, and the same in Vietnamese slugs: tin-lien-quan, chia-se,
 * binh-luan, quang-cao, tu-khoa, tin-khac, chan-trang …) or whose ARIA role does. Of what is left, the main content is kept:
 * inside <main> (or role="main"), else the largest <article>, the densest block of paragraphs in
 * it (Readability's idea: the container holding the most paragraph text), widened to the
 * containers around it while they add little (the title and date above an article body), and
 * without lists of links outside that block.
 *
 * The page's address (the source's url) is its <link rel="canonical">, else its og:url.
 *
 * Charset: UTF-8. A page declaring another charset (windows-1258, windows-1252, ISO-8859-1 …
 * in <meta charset> or <meta http-equiv>) is converted with iconv, unless its bytes are valid
 * UTF-8 all the same (a common mislabelling), which is read as UTF-8; both say so with an
 * import-charset note. A charset iconv does not know, UTF-16 and UTF-32, and bytes that are
 * neither UTF-8 nor the declared charset are refused (import-encoding); NUL bytes mean binary
 * data, not a page (import-unreadable).
 *
 * Locations: line and column of the page as an editor shows them (columns count characters;
 * CR LF and a lone CR end a line). A run of text gives the position of each of its characters;
 * text from a character reference (&amp;, &#7871;) stands at its '&'. For a page in another
 * charset, columns count the characters of the page as declared.
 *
 * Hostile input: HTML_PARSE_NONET (nothing fetched), no HUGE, the encoding hint in the page
 * ignored by libxml2 (we decide), errors captured and never printed (web pages are rarely valid
 * HTML: recovery is the normal case, so HTML errors are not reported), and the size and depth
 * limits.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/build.h"

#include "xml/xml.h"

#include <errno.h>
#include <limits.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

/* ---- elements -------------------------------------------------------------------------------- */

typedef enum el_kind {
    K_INLINE,   /* a, b, span … : text flows through */
    K_SKIP,     /* content never read (script, nav …) */
    K_BLOCK,    /* ends the paragraph before it and starts a new one (p, div …) */
    K_CONTAINER,/* a block that also holds blocks: scored for the main content */
    K_HEADING,
    K_LIST,     /* ul, ol, menu-less lists */
    K_ITEM,     /* li */
    K_TABLE,
    K_ROW,
    K_CELL,
    K_BR,
    K_PRE
} el_kind;

typedef struct el_info {
    const char *name;
    el_kind kind;
} el_info;

/* Sorted by name, for bsearch. Elements not listed are inline. */
static const el_info elements[] = {
    {"address", K_BLOCK}, {"applet", K_SKIP}, {"area", K_SKIP}, {"article", K_CONTAINER},
    {"aside", K_SKIP}, {"audio", K_SKIP}, {"blockquote", K_CONTAINER}, {"body", K_CONTAINER},
    {"br", K_BR}, {"button", K_SKIP}, {"canvas", K_SKIP}, {"caption", K_BLOCK}, {"center", K_CONTAINER},
    {"datalist", K_SKIP}, {"dd", K_BLOCK}, {"details", K_CONTAINER}, {"dialog", K_SKIP}, {"dir", K_LIST},
    {"div", K_CONTAINER}, {"dl", K_BLOCK}, {"dt", K_BLOCK}, {"embed", K_SKIP}, {"fieldset", K_BLOCK},
    {"figcaption", K_BLOCK}, {"figure", K_CONTAINER}, {"footer", K_SKIP}, {"form", K_SKIP}, {"frame", K_SKIP},
    {"frameset", K_SKIP}, {"h1", K_HEADING}, {"h2", K_HEADING}, {"h3", K_HEADING}, {"h4", K_HEADING},
    {"h5", K_HEADING}, {"h6", K_HEADING}, {"head", K_SKIP}, {"header", K_CONTAINER}, {"hgroup", K_BLOCK},
    {"hr", K_BLOCK}, {"html", K_CONTAINER}, {"iframe", K_SKIP}, {"input", K_SKIP}, {"li", K_ITEM},
    {"listing", K_PRE}, {"main", K_CONTAINER}, {"map", K_SKIP}, {"math", K_SKIP}, {"menu", K_SKIP},
    {"nav", K_SKIP}, {"noembed", K_SKIP}, {"noframes", K_SKIP}, {"noscript", K_SKIP}, {"object", K_SKIP},
    {"ol", K_LIST}, {"optgroup", K_SKIP}, {"option", K_SKIP}, {"p", K_BLOCK}, {"plaintext", K_PRE},
    {"pre", K_PRE}, {"script", K_SKIP}, {"section", K_CONTAINER}, {"select", K_SKIP}, {"style", K_SKIP},
    {"summary", K_BLOCK}, {"svg", K_SKIP}, {"table", K_TABLE}, {"tbody", K_INLINE}, {"td", K_CELL},
    {"template", K_SKIP}, {"textarea", K_SKIP}, {"tfoot", K_INLINE}, {"th", K_CELL}, {"thead", K_INLINE},
    {"title", K_SKIP}, {"tr", K_ROW}, {"ul", K_LIST}, {"video", K_SKIP}, {"xmp", K_PRE},
};

static int el_cmp(const void *key, const void *e)
{
    return strcmp(key, ((const el_info *)e)->name);
}

static el_kind kind_of(const char *name)
{
    const el_info *e = bsearch(name, elements, sizeof elements / sizeof elements[0], sizeof elements[0], el_cmp);
    return e ? e->kind : K_INLINE;
}

/* Words in a class or id that mark site chrome. Strong ones always do; weak ones only when every
 * word of the value is weak or says "the site" ("site-header", "top", but not "article-header",
 * an article's title block, nor "doc-header", a document's number and date). */
static const char *const chrome_strong[] = {
    "ads", "advert", "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs", "comment",
    "comments", "cookie", "cookies", "menu", "navbar", "navigation", "pager", "pagination", "popup",
    "quangcao", "related", "share", "sharing", "sidebar", "social", "toolbar", "widget"};
static const char *const chrome_weak[] = {"bottom", "footer", "header", "masthead", "nav", "top", "topbar"};
static const char *const site_words[] = {"container", "global", "inner", "outer", "page", "site", "wrap", "wrapper"};

static int in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
            return 1;
    return 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Whether a class or id value marks chrome: its words split at anything but letters and digits.
 * *weak is set when every word is weak or a site word and one is weak. */
static void chrome_words(const char *v, int *strong, int *weak)
{
    int any_weak = 0, all_weak = 1;
    enum { WORDS = 16 };
    const char *word[WORDS];
    size_t wlen[WORDS], nw = 0;
    const char *p = v;
    while (*p) {
        while (*p && !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') && !(*p >= '0' && *p <= '9'))
            p++;
        const char *w = p;
        while (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9'))
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            continue;
        *strong |= in_list(w, n, chrome_strong, COUNT(chrome_strong));
        int wk = in_list(w, n, chrome_weak, COUNT(chrome_weak));
        any_weak |= wk;
        all_weak &= wk || in_list(w, n, site_words, COUNT(site_words));
        if (nw < WORDS)
            word[nw] = w, wlen[nw++] = n;
    }
    *weak |= any_weak && all_weak;
    /* Vietnamese, as the slugs of Vietnamese sites write them without tone marks (chrome.c): a
     * word ("tinlienquan"), or two or three words in a row ("tin-lien-quan", "tin_lien_quan") */
    for (size_t i = 0; i < nw && !*strong; i++) {
        char joined[64];
        size_t n = 0;
        for (size_t k = i; k < nw && k < i + 3 && n + wlen[k] < sizeof joined && !*strong; k++) {
            memcpy(joined + n, word[k], wlen[k]);
            n += wlen[k];
            *strong |= congdoan__chrome_slug(joined, n);
        }
    }
}

/* ---- the reader's state ---------------------------------------------------------------------- */

enum { MAX_SPAN = 1000 }; /* colspan and rowspan above this are taken as 1000 (as browsers do) */

/* An element that holds blocks, numbered in document order: the main content is chosen among
 * these once the page is read. */
typedef struct node {
    uint32_t parent;      /* 0: none (node 0 is the page itself) */
    uint32_t last;        /* the last node inside it */
    uint32_t chrome;      /* the nearest node at or above it marked as chrome by class, id or role; 0 none */
    uint8_t container;    /* a candidate for the main content */
    uint8_t main;         /* 1 <article>, 2 <main> or role="main" */
    uint8_t in_article;   /* inside an article or main (a header there is the article's) */
    uint64_t para, all;   /* text of its paragraphs, of all its blocks (see choose_scope) */
} node;

/* What each kept block needs for choosing the main content. */
typedef struct block_info {
    uint32_t node;
    uint32_t len, link;   /* bytes of text, of which in links */
    uint8_t paragraph;
} block_info;

typedef struct frame {
    el_kind kind;
    uint32_t node;        /* the node this element opened, else its parent's */
    int skip;             /* content not read */
    int list_ordered;     /* lists: <ol> */
    long counter;         /* lists: the number the next item gets */
    congdoan__counter_style style;
    int in_cell;          /* inside a table cell (of the reader's own table, not a nested one) */
    size_t table;         /* tables: 1 + the index of the table; 0 for a table nested in a cell */
    size_t rows;          /* tables: rows kept so far */
    congdoan__grid grid;  /* tables: cells spanning rows */
    int row_open;         /* rows: a row block is open */
    int layout;           /* tables: used for the page's layout, not for data (see make_layout) */
    int in_link;
} frame;

typedef struct reader {
    const congdoan__import_limits *lim;
    congdoan_issues *issues;
    const char *file;
    htmlParserCtxtPtr ctxt;
    const char *buf;      /* what libxml2 parses */
    size_t size;
    size_t bom;           /* bytes of a byte-order mark at its start */
    int rc;               /* the first failure; the parse stops at it */
    int stopped;
    congdoan__build b;
    int canonical;         /* the url is the page's canonical link */
    frame *frames;
    size_t depth, frames_cap;
    node *nodes;
    size_t node_count, node_cap;
    block_info *info;
    size_t info_cap;
    size_t tables;
    /* the open block: its kind, and the bytes of its text in links */
    int block_paragraph;
    uint32_t block_node;
    size_t link_bytes;
    /* incremental line and column of an offset */
    size_t pos_off;
    long pos_line, pos_col;
    uint32_t tag_line, tag_col; /* where the element being handled ends */
} reader;

static void fail(reader *R, int code, const char *tag, long line, long col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static void fail(reader *R, int code, const char *tag, long line, long col, const char *fmt, ...)
{
    if (R->rc)
        return;
    va_list ap;
    va_start(ap, fmt);
    congdoan__import_failv(&R->rc, R->issues, code, tag, R->file, line, col, fmt, ap);
    va_end(ap);
    R->stopped = 1;
    if (R->ctxt)
        xmlStopParser(R->ctxt);
}

static void out_of_memory(reader *R)
{
    if (!R->rc) {
        R->rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", R->file);
        R->stopped = 1;
        if (R->ctxt)
            xmlStopParser(R->ctxt);
    }
}

/* ---- positions ------------------------------------------------------------------------------- */

/* Line and column of byte `off` of the parsed text: moving on from the last one asked for
 * (offsets mostly grow), or back within a line. */
static void position(reader *R, size_t off, uint32_t *line, uint32_t *col)
{
    if (off > R->size)
        off = R->size;
    if (off < R->bom)
        off = R->bom;
    if (off < R->pos_off) {
        long lines_back = 0;
        for (size_t i = off; i < R->pos_off; i++)
            lines_back += R->buf[i] == '\n';
        if (!lines_back) {
            for (size_t i = off; i < R->pos_off; i++)
                R->pos_col -= ((unsigned char)R->buf[i] & 0xC0) != 0x80;
        } else {
            /* rare (a reference broken over a line): the column from the start of its line */
            size_t start = off;
            while (start > R->bom && R->buf[start - 1] != '\n')
                start--;
            R->pos_line -= lines_back;
            R->pos_col = 1;
            for (size_t i = start; i < off; i++)
                R->pos_col += ((unsigned char)R->buf[i] & 0xC0) != 0x80;
        }
        R->pos_off = off;
    }
    for (size_t i = R->pos_off; i < off; i++) {
        unsigned char c = (unsigned char)R->buf[i];
        if (c == '\n')
            R->pos_line++, R->pos_col = 1;
        else if ((c & 0xC0) != 0x80)
            R->pos_col++;
    }
    R->pos_off = off;
    *line = (uint32_t)R->pos_line;
    *col = (uint32_t)R->pos_col;
}

/* The offset libxml2 has read up to. */
static size_t parsed_offset(const reader *R)
{
    const xmlParserInputPtr in = R->ctxt ? R->ctxt->input : NULL;
    if (!in || !in->cur || !in->base)
        return R->pos_off;
    return (size_t)in->consumed + (size_t)(in->cur - in->base);
}

/* ---- blocks ---------------------------------------------------------------------------------- */

static frame *top(reader *R)
{
    return R->depth ? &R->frames[R->depth - 1] : NULL;
}

static int in_cell(reader *R)
{
    frame *f = top(R);
    return f && f->in_cell;
}

static uint32_t cur_node(reader *R)
{
    frame *f = top(R);
    return f ? f->node : 0;
}

static void end_block(reader *R)
{
    if (!R->b.open || R->rc)
        return;
    size_t idx = congdoan__build_count(&R->b);
    if (congdoan__array_reserve((void **)&R->info, &R->info_cap, idx + 1, sizeof *R->info) != 0) {
        out_of_memory(R);
        return;
    }
    int kept = 0;
    uint32_t node_id = R->block_node;
    int rc = congdoan__build_end(&R->b, (uint32_t)idx, &kept);
    if (rc != 0) {
        out_of_memory(R);
        return;
    }
    if (kept) {
        const congdoan__block *blk = &R->b.blocks[idx];
        size_t link = R->link_bytes < blk->len ? R->link_bytes : blk->len;
        R->info[idx] = (block_info){node_id, (uint32_t)(blk->len > UINT32_MAX ? UINT32_MAX : blk->len),
                                    (uint32_t)(link > UINT32_MAX ? UINT32_MAX : link),
                                    (uint8_t)R->block_paragraph};
    }
    R->link_bytes = 0;
}

static void begin_block(reader *R, congdoan__block_kind kind, int level, const char *style, const char *label)
{
    end_block(R);
    if (R->rc)
        return;
    if (congdoan__build_begin(&R->b, kind, level, style, label) != 0) {
        out_of_memory(R);
        return;
    }
    R->block_paragraph = kind == CONGDOAN__BLOCK_PARAGRAPH;
    R->block_node = cur_node(R);
    R->link_bytes = 0;
}

/* The kind a block of running text takes from the element it stands in. */
static void implicit_block(reader *R)
{
    for (size_t i = R->depth; i-- > 0;) {
        frame *f = &R->frames[i];
        if (f->kind == K_ITEM) {
            begin_block(R, CONGDOAN__BLOCK_LIST_ITEM, 1, "li", NULL);
            /* depth: the lists around it */
            int d = 0;
            for (size_t k = 0; k < i; k++)
                d += R->frames[k].kind == K_LIST;
            R->b.cur.level = d ? d : 1;
            return;
        }
        if (f->kind == K_HEADING || f->kind == K_BLOCK || f->kind == K_CONTAINER || f->kind == K_PRE ||
            f->kind == K_CELL)
            break;
    }
    begin_block(R, CONGDOAN__BLOCK_PARAGRAPH, 0, "p", NULL);
}

/* ---- SAX callbacks --------------------------------------------------------------------------- */

static const char *attr(const xmlChar **attrs, const char *name)
{
    for (size_t i = 0; attrs && attrs[i]; i += 2)
        if (strcasecmp((const char *)attrs[i], name) == 0)
            return attrs[i + 1] ? (const char *)attrs[i + 1] : "";
    return NULL;
}

static long attr_long(const xmlChar **attrs, const char *name, long def, long max)
{
    const char *v = attr(attrs, name);
    if (!v)
        return def;
    while (*v == ' ')
        v++;
    long n = 0;
    int any = 0;
    for (; *v >= '0' && *v <= '9'; v++, any = 1)
        n = n < max ? n * 10 + (*v - '0') : max;
    if (!any)
        return def;
    return n > max ? max : n;
}

static int new_node(reader *R, frame *f, int container, int main_kind, int chrome)
{
    if (R->node_count >= UINT32_MAX - 1)
        return 0;
    if (congdoan__array_reserve((void **)&R->nodes, &R->node_cap, R->node_count + 1, sizeof *R->nodes) != 0) {
        out_of_memory(R);
        return -1;
    }
    uint32_t id = (uint32_t)R->node_count++;
    uint32_t parent = f->node;
    node *n = &R->nodes[id];
    memset(n, 0, sizeof *n);
    n->parent = parent;
    n->last = id;
    n->chrome = chrome ? id : R->nodes[parent].chrome;
    n->container = (uint8_t)container;
    n->main = (uint8_t)main_kind;
    n->in_article = (uint8_t)(main_kind || R->nodes[parent].in_article);
    f->node = id;
    return 0;
}

/* The nearest table whose cells make row blocks, at or below frame `from`. */
static frame *data_table(reader *R, size_t from)
{
    for (size_t i = from + 1; i-- > 0;)
        if (R->frames[i].kind == K_TABLE && R->frames[i].table && !R->frames[i].layout)
            return &R->frames[i];
    return NULL;
}

/* Whether an element opening inside a cell shows the table to be the page's layout: site
 * chrome; or, in the first rows (a layout table has one to three, the page in them), a table in
 * the cell, a heading or a block inside a block. Data tables hold text, at most paragraphs and
 * lists, and the odd table nested in a cell further down. */
static int layout_sign(reader *R, el_kind kind, const char *name, int chrome)
{
    if (chrome)
        return 1;
    if (kind == K_SKIP)
        return strcmp(name, "nav") == 0 || strcmp(name, "form") == 0 || strcmp(name, "aside") == 0 ||
               strcmp(name, "iframe") == 0 || strcmp(name, "header") == 0 || strcmp(name, "footer") == 0;
    frame *t = R->depth >= 2 ? data_table(R, R->depth - 2) : NULL;
    if (!t || t->rows >= 3)
        return 0;
    if (kind == K_TABLE || kind == K_HEADING)
        return 1;
    if (kind != K_CONTAINER)
        return 0;
    for (size_t i = R->depth - 1; i-- > 0;) {
        if (R->frames[i].kind == K_CELL)
            return 0;
        if (R->frames[i].kind == K_CONTAINER)
            return 1;
    }
    return 0;
}

/* The table around the element being opened lays out the page: its open row is ended, and it
 * and its rows and cells are read as blocks and containers from here on. */
static void make_layout(reader *R)
{
    frame *t = data_table(R, R->depth - 2);
    if (!t)
        return;
    t->layout = 1;
    end_block(R);
    for (frame *f = t + 1; f < R->frames + R->depth; f++) {
        f->in_cell = 0;
        if (f->kind == K_ROW)
            f->kind = K_BLOCK, f->row_open = 0;
        else if (f->kind == K_CELL)
            f->kind = K_CONTAINER;
    }
}

/* The page's own address (source.h's url): <link rel="canonical" href>, else <meta
 * property="og:url" content>. */
static void page_address(reader *R, const char *name, const xmlChar **attrs)
{
    const char *rel = attr(attrs, "rel"), *prop = attr(attrs, "property");
    int canonical = strcmp(name, "link") == 0 && rel && strcasecmp(rel, "canonical") == 0;
    int og = strcmp(name, "meta") == 0 && prop && strcasecmp(prop, "og:url") == 0;
    const char *v = canonical ? attr(attrs, "href") : og ? attr(attrs, "content") : NULL;
    if (!v || !*v || (og && R->b.src->url) || (canonical && R->canonical))
        return;
    size_t n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\n' || v[n - 1] == '\t' || v[n - 1] == '\r'))
        n--;
    while (n && (*v == ' ' || *v == '\n' || *v == '\t' || *v == '\r'))
        v++, n--;
    const char *copy = n ? congdoan__arena_strndup(&R->b.src->arena, v, n) : NULL;
    if (n && !copy) {
        out_of_memory(R);
        return;
    }
    if (copy) {
        R->b.src->url = copy;
        R->canonical |= canonical;
    }
}

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
    reader *R = ctx;
    if (R->stopped)
        return;
    const char *name = (const char *)xname;
    if (R->depth + 1 > R->lim->max_depth) {
        uint32_t l, c;
        position(R, parsed_offset(R), &l, &c);
        fail(R, CONGDOAN_ELIMIT, "import-limit", l, c,
             "elements nested %zu deep (at <%s>); the limit is %zu: a page is expected to nest far less",
             R->depth + 1, name, R->lim->max_depth);
        return;
    }
    if (congdoan__array_reserve((void **)&R->frames, &R->frames_cap, R->depth + 1, sizeof *R->frames) != 0) {
        out_of_memory(R);
        return;
    }
    frame *parent = top(R);
    frame *f = &R->frames[R->depth++];
    memset(f, 0, sizeof *f);
    if (parent) {
        f->node = parent->node;
        f->skip = parent->skip;
        f->in_cell = parent->in_cell;
        f->in_link = parent->in_link;
    }
    el_kind kind = kind_of(name);
    f->kind = kind;
    if (strcmp(name, "link") == 0 || strcmp(name, "meta") == 0)
        page_address(R, name, attrs);
    if (f->skip)
        return;
    uint32_t line, col;
    position(R, parsed_offset(R), &line, &col);

    /* chrome */
    int strong = 0, weak = 0;
    const char *cls = attr(attrs, "class"), *id = attr(attrs, "id"), *role = attr(attrs, "role");
    int is_page = strcmp(name, "html") == 0 || strcmp(name, "body") == 0;
    if (!is_page) {
        if (cls)
            chrome_words(cls, &strong, &weak);
        if (id)
            chrome_words(id, &strong, &weak);
    }
    int main_kind = strcmp(name, "main") == 0 ? 2 : strcmp(name, "article") == 0 ? 1 : 0;
    if (role) {
        if (strcasecmp(role, "main") == 0)
            main_kind = 2;
        else if (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "banner") == 0 ||
                 strcasecmp(role, "contentinfo") == 0 || strcasecmp(role, "complementary") == 0 ||
                 strcasecmp(role, "search") == 0 || strcasecmp(role, "menu") == 0 ||
                 strcasecmp(role, "menubar") == 0)
            kind = K_SKIP;
    }
    if (attr(attrs, "hidden") || (attr(attrs, "aria-hidden") && strcasecmp(attr(attrs, "aria-hidden"), "true") == 0))
        kind = K_SKIP;
    if (strcmp(name, "header") == 0 && !R->nodes[f->node].in_article)
        kind = K_SKIP;
    int chrome = !main_kind && (strong || weak);
    if (f->in_cell && layout_sign(R, kind, name, chrome))
        make_layout(R);
    if (kind == K_SKIP) {
        f->kind = K_SKIP;
        f->skip = 1;
        /* a skipped element still ends the paragraph it stands in, unless it sits in its text */
        if (!in_cell(R) && strcmp(name, "input") != 0 && strcmp(name, "button") != 0)
            end_block(R);
        return;
    }
    int container = kind == K_CONTAINER || kind == K_CELL;
    if ((container || chrome || main_kind || kind == K_TABLE) && new_node(R, f, container, main_kind, chrome) != 0)
        return;

    if (strcmp(name, "a") == 0)
        f->in_link = 1;

    int cell = f->in_cell;
    switch (kind) {
    case K_INLINE:
        break;
    case K_BR:
        if (R->b.open)
            congdoan__build_break(&R->b, line, col);
        break;
    case K_BLOCK:
    case K_CONTAINER:
    case K_PRE:
        if (cell)
            congdoan__build_break(&R->b, line, col);
        else
            end_block(R);
        break;
    case K_HEADING:
        if (cell)
            congdoan__build_break(&R->b, line, col);
        else
            begin_block(R, CONGDOAN__BLOCK_HEADING, name[1] - '0', name, NULL);
        break;
    case K_LIST:
        f->list_ordered = strcmp(name, "ol") == 0;
        f->counter = attr_long(attrs, "start", 1, 1000000);
        f->style = CONGDOAN__COUNT_DECIMAL;
        {
            const char *type = attr(attrs, "type");
            if (type && type[0] && !type[1])
                f->style = type[0] == 'a' ? CONGDOAN__COUNT_LOWER_ALPHA
                         : type[0] == 'A' ? CONGDOAN__COUNT_UPPER_ALPHA
                         : type[0] == 'i' ? CONGDOAN__COUNT_LOWER_ROMAN
                         : type[0] == 'I' ? CONGDOAN__COUNT_UPPER_ROMAN
                                          : CONGDOAN__COUNT_DECIMAL;
        }
        if (cell)
            congdoan__build_break(&R->b, line, col);
        else
            end_block(R);
        break;
    case K_ITEM: {
        frame *list = NULL;
        int d = 0;
        for (size_t i = R->depth - 1; i-- > 0;)
            if (R->frames[i].kind == K_LIST) {
                if (!list)
                    list = &R->frames[i];
                d++;
            }
        char label[64] = "•";
        if (list && list->list_ordered) {
            list->counter = attr_long(attrs, "value", list->counter, 1000000);
            size_t n = congdoan__counter_format(label, sizeof label - 1, list->counter, list->style);
            label[n] = '.', label[n + 1] = '\0';
            list->counter++;
        }
        if (cell) {
            congdoan__build_break(&R->b, line, col);
            break;
        }
        begin_block(R, CONGDOAN__BLOCK_LIST_ITEM, d ? d : 1, "li", label);
        break;
    }
    case K_TABLE:
        if (cell) {
            congdoan__build_break(&R->b, line, col);
            f->table = 0;
        } else {
            end_block(R);
            f->table = ++R->tables;
            const char *role_t = attr(attrs, "role");
            f->layout = role_t && (strcasecmp(role_t, "presentation") == 0 || strcasecmp(role_t, "none") == 0);
        }
        break;
    case K_ROW: {
        frame *table = NULL;
        for (size_t i = R->depth - 1; i-- > 0 && !table;)
            if (R->frames[i].kind == K_TABLE)
                table = &R->frames[i];
        if (cell || (table && !table->table)) {
            congdoan__build_break(&R->b, line, col);
            break;
        }
        if (table && table->layout) {
            f->kind = K_BLOCK;
            end_block(R);
            break;
        }
        begin_block(R, CONGDOAN__BLOCK_TABLE_ROW, 0, "tr", NULL);
        if (R->rc)
            return;
        R->b.cur.table = table ? table->table : ++R->tables;
        R->b.cur.row = table ? table->rows : 0;
        f->row_open = 1;
        if (table)
            congdoan__grid_row(&table->grid);
        break;
    }
    case K_CELL: {
        frame *row = NULL, *table = NULL;
        for (size_t i = R->depth - 1; i-- > 0 && !table;) {
            if (R->frames[i].kind == K_ROW && !row)
                row = &R->frames[i];
            if (R->frames[i].kind == K_TABLE)
                table = &R->frames[i];
        }
        if (!cell && table && table->layout) {
            f->kind = K_CONTAINER;
            end_block(R);
            break;
        }
        if (cell || !row || !row->row_open || !R->b.open || R->b.cur.kind != CONGDOAN__BLOCK_TABLE_ROW) {
            /* a nested table's cell, a cell outside a row, or one inside a paragraph that the row
             * holds: its text joins the block around it, after the cells before it in its row */
            if (row && row->counter++ && R->b.open && congdoan__build_has_text(&R->b) &&
                congdoan__build_text(&R->b, " | ", 3, line, col, CONGDOAN__POS_FIXED) != 0)
                out_of_memory(R);
            break;
        }
        if (table && congdoan__grid_fill(&table->grid, &R->b) != 0) {
            out_of_memory(R);
            return;
        }
        if (congdoan__build_cell(&R->b) != 0) {
            out_of_memory(R);
            return;
        }
        f->in_cell = 1;
        f->counter = attr_long(attrs, "colspan", 1, MAX_SPAN);
        f->rows = (size_t)attr_long(attrs, "rowspan", 1, MAX_SPAN);
        break;
    }
    case K_SKIP:
        break;
    }
}

static void on_end(void *ctx, const xmlChar *xname)
{
    reader *R = ctx;
    if (R->stopped || !R->depth)
        return;
    frame *f = top(R);
    if (f->skip) {
        R->depth--;
        return;
    }
    uint32_t line, col;
    position(R, parsed_offset(R), &line, &col);
    /* the node closes: the last node inside it is the last made so far */
    if (f->node && (!R->depth || R->depth < 2 || R->frames[R->depth - 2].node != f->node))
        R->nodes[f->node].last = (uint32_t)(R->node_count - 1);
    frame *parent = R->depth >= 2 ? &R->frames[R->depth - 2] : NULL;
    int cell_around = parent && parent->in_cell;
    switch (f->kind) {
    case K_CELL:
        if (f->in_cell && !cell_around) {
            frame *table = NULL;
            for (size_t i = R->depth - 1; i-- > 0 && !table;)
                if (R->frames[i].kind == K_TABLE)
                    table = &R->frames[i];
            if (table) {
                if (congdoan__grid_remember(&table->grid, &R->b, f->rows > 1 ? f->rows - 1 : 0,
                                            (size_t)f->counter) != 0 ||
                    congdoan__grid_advance(&table->grid, &R->b, (size_t)f->counter) != 0)
                    out_of_memory(R);
            }
        } else if (cell_around) {
            congdoan__build_text(&R->b, " ", 1, line, col, CONGDOAN__POS_FIXED);
        }
        break;
    case K_ROW:
        if (f->row_open) {
            frame *table = NULL;
            for (size_t i = R->depth - 1; i-- > 0 && !table;)
                if (R->frames[i].kind == K_TABLE)
                    table = &R->frames[i];
            if (table && table->table) {
                /* cells spanning down into this row after its last cell */
                if (congdoan__grid_fill(&table->grid, &R->b) != 0)
                    out_of_memory(R);
            }
            size_t before = congdoan__build_count(&R->b);
            end_block(R);
            if (table && congdoan__build_count(&R->b) > before)
                table->rows++;
        } else if (cell_around) {
            congdoan__build_break(&R->b, line, col);
        }
        break;
    case K_TABLE:
        congdoan__grid_release(&f->grid);
        if (cell_around)
            congdoan__build_break(&R->b, line, col);
        break;
    case K_BR:
    case K_INLINE:
        break;
    default:
        if (cell_around)
            congdoan__build_break(&R->b, line, col);
        else
            end_block(R);
        break;
    }
    R->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    reader *R = ctx;
    if (R->stopped || len <= 0)
        return;
    frame *f = top(R);
    if (f && f->skip)
        return;
    const char *s = (const char *)ch;
    size_t n = (size_t)len;
    if (!R->b.open) {
        size_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
            i++;
        if (i == n)
            return;
        implicit_block(R);
        if (R->rc)
            return;
    }
    /* Where the text stands: right before what libxml2 has read, when it is the page's own
     * characters; else it was a character reference, which starts at the '&' before. A long
     * run of text comes in pieces of 1,000 bytes or a little more (libxml2's
     * HTML_PARSER_BIG_BUFFER_SIZE), each handed over before libxml2 moves past its last
     * character: such a piece ends one character (at most 4 bytes) further on. */
    size_t end = parsed_offset(R), start = end;
    congdoan__pos_mode mode = CONGDOAN__POS_FIXED;
    for (size_t k = 0; k <= (n >= 1000 ? 4u : 0u); k++)
        if (end + k >= n && end + k <= R->size && memcmp(R->buf + end + k - n, s, n) == 0) {
            start = end + k - n;
            mode = CONGDOAN__POS_TEXT;
            break;
        }
    if (mode != CONGDOAN__POS_TEXT) {
        for (size_t back = 1; back <= 40 && back <= end; back++)
            if (R->buf[end - back] == '&') {
                start = end - back;
                break;
            }
    }
    uint32_t line, col;
    position(R, start, &line, &col);
    int pre = 0;
    for (size_t i = R->depth; i-- > 0;)
        if (R->frames[i].kind == K_PRE) {
            pre = 1;
            break;
        }
    if (f && f->in_link)
        R->link_bytes += n;
    if (!pre || mode != CONGDOAN__POS_TEXT) {
        if (congdoan__build_text(&R->b, s, n, line, col, mode) != 0)
            out_of_memory(R);
        return;
    }
    /* preformatted text: its line breaks are kept */
    size_t from = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\n')
            continue;
        if (congdoan__build_text(&R->b, s + from, i - from, line, col, CONGDOAN__POS_TEXT) != 0) {
            out_of_memory(R);
            return;
        }
        if (i < n) {
            congdoan__build_break(&R->b, line, col);
            line++, col = 1;
        }
        from = i + 1;
    }
}

/* libxml2's errors: a page that is not valid HTML is the normal case (recovery reads it as a
 * browser would), so only running out of memory and libxml2's own hard limits stop the read. */
static void on_error(void *ctx, xmlErrorPtr err)
{
    reader *R = ctx;
    if (!err || R->stopped)
        return;
    if (err->code == XML_ERR_NO_MEMORY) {
        out_of_memory(R);
    } else if (err->code == XML_ERR_INTERNAL_ERROR && err->message && strstr(err->message, "Huge input lookup")) {
        fail(R, CONGDOAN_ELIMIT, "import-limit", err->line, err->int2,
             "a single token (an attribute value, a name or a comment) is longer than libxml2's limit of 10,000,000 bytes");
    }
}

/* ---- choosing the main content --------------------------------------------------------------- */

typedef struct scope {
    const reader *R;
    uint32_t root;        /* the main, article or page */
    uint32_t scope;       /* what is kept */
    uint32_t core;        /* the densest container: links lists inside it are kept */
    int ignore_chrome;    /* the content itself stands inside an element marked as chrome */
} scope;

static int inside(const node *nodes, uint32_t n, uint32_t anc)
{
    return n >= anc && n <= nodes[anc].last;
}

static int link_list(const block_info *bi)
{
    return bi->link * 2 >= bi->len;
}

/* A block counts for the choice unless it stands in chrome inside the root. */
static int counts(const scope *S, const block_info *bi)
{
    const node *nodes = S->R->nodes;
    uint32_t ch = nodes[bi->node].chrome;
    return S->ignore_chrome || !ch || !inside(nodes, ch, S->root) || ch == S->root;
}

static void choose_scope(reader *R, scope *S)
{
    node *nodes = R->nodes;
    size_t nn = R->node_count, nb = congdoan__build_count(&R->b);
    memset(S, 0, sizeof *S);
    S->R = R;
    /* the root: the <main> holding most text, else the <article> holding most, else the page */
    for (size_t i = 0; i < nn; i++)
        nodes[i].all = 0;
    for (size_t k = 0; k < nb; k++)
        nodes[R->info[k].node].all += R->info[k].len;
    for (size_t i = nn; i-- > 1;)
        nodes[nodes[i].parent].all += nodes[i].all;
    uint64_t best_main = 0, best_article = 0;
    uint32_t main_node = 0, article = 0;
    for (size_t i = 1; i < nn; i++) {
        if (nodes[i].main == 2 && nodes[i].all > best_main)
            best_main = nodes[i].all, main_node = (uint32_t)i;
        if (nodes[i].main == 1 && nodes[i].all > best_article)
            best_article = nodes[i].all, article = (uint32_t)i;
    }
    S->root = main_node ? main_node : article;
    for (int pass = 0; pass < 2; pass++) {
        S->ignore_chrome = pass;
        for (size_t i = 0; i < nn; i++)
            nodes[i].para = nodes[i].all = 0;
        for (size_t k = 0; k < nb; k++) {
            const block_info *bi = &R->info[k];
            if (!inside(nodes, bi->node, S->root) || !counts(S, bi) || link_list(bi))
                continue;
            nodes[bi->node].all += bi->len;
            /* a paragraph of some length counts for the container it stands in */
            if (bi->paragraph && bi->len >= 25) {
                uint32_t c = bi->node;
                while (c && !nodes[c].container)
                    c = nodes[c].parent;
                nodes[c].para += bi->len;
            }
        }
        for (size_t i = nn; i-- > 1;)
            nodes[nodes[i].parent].all += nodes[i].all;
        uint64_t best = 0;
        S->core = S->root;
        for (size_t i = S->root; i <= nodes[S->root].last && i < nn; i++)
            if (nodes[i].container && nodes[i].para > best && (pass || !nodes[i].chrome || !inside(nodes, nodes[i].chrome, S->root) || nodes[i].chrome == S->root))
                best = nodes[i].para, S->core = (uint32_t)i;
        if (best || nodes[S->root].all)
            break;
    }
    /* widen to the containers around while they add less than a quarter as much again (the
     * title and date above an article's body; never to a table: the cells beside are columns of
     * the page's layout) */
    uint32_t s = S->core;
    while (s != S->root) {
        uint32_t p = nodes[s].parent;
        if (!nodes[p].container || nodes[p].all - nodes[s].all > nodes[s].all / 4)
            break;
        s = p;
    }
    S->scope = s;
}

static int keep_block(void *ctx, size_t index, uint32_t tag)
{
    const scope *S = ctx;
    const reader *R = S->R;
    const block_info *bi = &R->info[tag];
    (void)index;
    if (!inside(R->nodes, bi->node, S->scope) || !counts(S, bi))
        return 0;
    uint32_t ch = R->nodes[bi->node].chrome;
    if (!S->ignore_chrome && ch && inside(R->nodes, ch, S->scope) && ch != S->scope)
        return 0;
    return inside(R->nodes, bi->node, S->core) || !link_list(bi);
}

/* ---- charset --------------------------------------------------------------------------------- */

/* The charset a page declares in a <meta> of its first 4 KiB, copied to buf ("" when none). */
static void declared_charset(const char *data, size_t size, char *buf, size_t cap)
{
    buf[0] = '\0';
    size_t n = size < 4096 ? size : 4096;
    for (size_t i = 0; i + 5 < n; i++) {
        if (data[i] != '<' || strncasecmp(data + i + 1, "meta", 4) != 0)
            continue;
        const char *end = memchr(data + i, '>', n - i);
        if (!end)
            return;
        for (const char *p = data + i; p + 7 < end; p++) {
            if (strncasecmp(p, "charset", 7) != 0)
                continue;
            p += 7;
            while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
                p++;
            if (p >= end || *p != '=')
                continue;
            p++;
            while (p < end && (*p == ' ' || *p == '"' || *p == '\''))
                p++;
            size_t k = 0;
            while (p < end && k + 1 < cap &&
                   (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
                    *p == '_' || *p == '.' || *p == ':'))
                buf[k++] = *p++;
            buf[k] = '\0';
            if (k)
                return;
        }
    }
}

/* A declaration read as UTF-8: none, UTF-8 and ASCII, and (as HTML says) UTF-16 and UTF-32,
 * which a <meta> in bytes that can be read cannot truly declare. */
static int is_utf8_name(const char *cs)
{
    return !*cs || strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0 || strcasecmp(cs, "us-ascii") == 0 ||
           strcasecmp(cs, "ascii") == 0 || strcasecmp(cs, "unicode-1-1-utf-8") == 0 ||
           strncasecmp(cs, "utf-16", 6) == 0 || strncasecmp(cs, "utf-32", 6) == 0 || strncasecmp(cs, "utf16", 5) == 0 ||
           strncasecmp(cs, "utf32", 5) == 0 || strncasecmp(cs, "ucs-2", 5) == 0 || strncasecmp(cs, "ucs2", 4) == 0 ||
           strcasecmp(cs, "unicode") == 0;
}

/* Convert data from charset cs to UTF-8 into a congdoan__malloc'd buffer. */
static int convert(reader *R, const char *data, size_t size, const char *cs, char **out, size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        fail(R, CONGDOAN_EENCODING, "import-encoding", 1, 1,
             "the page declares the charset '%s', which cannot be converted; save the page as UTF-8", cs);
        return R->rc;
    }
    size_t cap = size < SIZE_MAX / 4 ? size * 3 + 16 : size;
    char *buf = congdoan__malloc(cap);
    if (!buf) {
        iconv_close(cd);
        out_of_memory(R);
        return R->rc;
    }
    char *in = (char *)data;
    size_t in_left = size, done = 0;
    while (in_left) {
        char *o = buf + done;
        size_t o_left = cap - done;
        if (iconv(cd, &in, &in_left, &o, &o_left) == (size_t)-1 && errno != E2BIG) {
            long line, col;
            congdoan__text_position(data, (size_t)(in - data), &line, &col);
            fail(R, CONGDOAN_EENCODING, "import-encoding", line, col,
                 "byte 0x%02X is not a character of the charset '%s' the page declares", (unsigned char)*in, cs);
            congdoan__dealloc(buf);
            iconv_close(cd);
            return R->rc;
        }
        done = (size_t)(o - buf);
        if (in_left) {
            if (cap > SIZE_MAX / 2) {
                out_of_memory(R);
                break;
            }
            char *p = congdoan__realloc(buf, cap * 2);
            if (!p) {
                out_of_memory(R);
                break;
            }
            buf = p;
            cap *= 2;
        }
    }
    iconv_close(cd);
    if (R->rc) {
        congdoan__dealloc(buf);
        return R->rc;
    }
    *out = buf;
    *out_len = done;
    return 0;
}

/* Make the text libxml2 parses: UTF-8, line ends as LF. *owned is set when it is a copy. */
static int prepare(reader *R, const char *data, size_t size, char **owned)
{
    *owned = NULL;
    const unsigned char *u = (const unsigned char *)data;
    if (size >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) {
        fail(R, CONGDOAN_EENCODING, "import-encoding", 1, 1,
             "the page is in UTF-16 or UTF-32 (it starts with their byte-order mark); save it as UTF-8");
        return R->rc;
    }
    char cs[64];
    declared_charset(data, size, cs, sizeof cs);
    size_t bad = congdoan__utf8_invalid(data, size);
    const char *text = data;
    size_t len = size;
    char *conv = NULL;
    if (!is_utf8_name(cs)) {
        int ascii = 1;
        for (size_t i = 0; i < size && ascii; i++)
            ascii = u[i] < 0x80;
        if (bad == size && !ascii) {
            if (congdoan__issue_add(R->issues, "import-charset", R->file, 1, 1,
                                    "the page declares the charset '%s' but is valid UTF-8: read as UTF-8", cs) != 0) {
                out_of_memory(R);
                return R->rc;
            }
        } else if (!ascii) {
            if (convert(R, data, size, cs, &conv, &len) != 0)
                return R->rc;
            text = conv;
            bad = congdoan__utf8_invalid(conv, len);
            if (congdoan__issue_add(R->issues, "import-charset", R->file, 1, 1,
                                    "the page is in the charset '%s': converted to UTF-8", cs) != 0) {
                congdoan__dealloc(conv);
                out_of_memory(R);
                return R->rc;
            }
        }
    }
    if (bad < len) {
        long line, col;
        congdoan__text_position(text, bad, &line, &col);
        if (text[bad] == '\0')
            fail(R, CONGDOAN_EPARSE, "import-unreadable", line, col,
                 "binary data, not a web page: a NUL byte at byte %zu; expected HTML text in UTF-8", bad);
        else
            fail(R, CONGDOAN_EENCODING, "import-encoding", line, col,
                 "the page is not valid UTF-8 (byte 0x%02X at byte %zu) and declares no other charset; save it as UTF-8",
                 (unsigned char)text[bad], bad);
        congdoan__dealloc(conv);
        return R->rc;
    }
    if (memchr(text, '\r', len)) {
        char *copy = congdoan__malloc(len + 1);
        if (!copy) {
            congdoan__dealloc(conv);
            out_of_memory(R);
            return R->rc;
        }
        size_t k = 0;
        for (size_t i = 0; i < len; i++) {
            if (text[i] == '\r') {
                copy[k++] = '\n';
                if (i + 1 < len && text[i + 1] == '\n')
                    i++;
            } else {
                copy[k++] = text[i];
            }
        }
        congdoan__dealloc(conv);
        conv = copy;
        text = copy;
        len = k;
    }
    *owned = conv;
    R->buf = text;
    R->size = len;
    R->bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    R->pos_off = R->bom, R->pos_line = 1, R->pos_col = 1;
    return 0;
}

/* ---- the reader ------------------------------------------------------------------------------ */

static int parse(reader *R)
{
    if (R->size > INT_MAX) {
        fail(R, CONGDOAN_ELIMIT, "import-limit", 0, 0, "the page is larger than libxml2 can parse (2 GiB)");
        return R->rc;
    }
    R->ctxt = htmlCreateMemoryParserCtxt(R->buf, (int)R->size);
    if (!R->ctxt) {
        out_of_memory(R);
        return R->rc;
    }
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC; /* so that serror is used */
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.serror = on_error;
    memcpy(R->ctxt->sax, &sax, sizeof sax);
    R->ctxt->userData = R;
    htmlCtxtUseOptions(R->ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                    HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    R->ctxt->sax->serror = on_error;
    xmlSwitchEncoding(R->ctxt, XML_CHAR_ENCODING_UTF8);
    /* the page itself is node 0 */
    R->nodes = congdoan__calloc(1, sizeof *R->nodes);
    if (!R->nodes) {
        out_of_memory(R);
        return R->rc;
    }
    R->node_cap = R->node_count = 1;
    R->nodes[0].container = 1;
    htmlParseDocument(R->ctxt);
    if (!R->rc && R->ctxt->errNo == XML_ERR_NO_MEMORY)
        out_of_memory(R);
    if (R->rc)
        return R->rc;
    end_block(R);
    R->nodes[0].last = (uint32_t)(R->node_count - 1);
    /* elements libxml2 left open (it closes them all at the end; be sure) */
    for (size_t i = 0; i < R->depth; i++)
        if (R->frames[i].node)
            R->nodes[R->frames[i].node].last = (uint32_t)(R->node_count - 1);
    return R->rc;
}

static void release(reader *R)
{
    for (size_t i = 0; i < R->depth; i++)
        if (R->frames[i].kind == K_TABLE)
            congdoan__grid_release(&R->frames[i].grid);
    congdoan__dealloc(R->frames);
    congdoan__dealloc(R->nodes);
    congdoan__dealloc(R->info);
    congdoan__build_release(&R->b);
    if (R->ctxt) {
        if (R->ctxt->myDoc)
            xmlFreeDoc(R->ctxt->myDoc);
        htmlFreeParserCtxt(R->ctxt);
    }
}

int congdoan__source_read_html(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out)
{
    congdoan__import_limits defaults;
    int rc = congdoan__import_enter(data, size, name, N_("the page"), &lim, &defaults, issues, out);
    if (rc != 0)
        return rc;
    reader R;
    memset(&R, 0, sizeof R);
    R.lim = lim;
    R.issues = issues;
    R.file = name ? name : "<memory>";
    if (congdoan__build_init(&R.b, name, size) != 0)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", R.file);
    R.b.join_broken = 1; /* a page pasted from a PDF: a paragraph per page, or per line */
    char *owned = NULL;
    congdoan__quiet q;
    congdoan__quiet_begin(&q);
    xmlInitParser();
    /* an empty page has no block (and libxml2 makes no parser for nothing) */
    if (size && prepare(&R, data, size, &owned) == 0)
        parse(&R);
    congdoan__quiet_end(&q);
    rc = R.rc;
    if (!rc) {
        scope S;
        if (R.nodes)
            choose_scope(&R, &S);
        if (congdoan__build_finish(&R.b, R.nodes ? keep_block : NULL, &S, out) != 0)
            rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory while reading %s", R.file);
    }
    release(&R);
    congdoan__dealloc(owned);
    return rc;
}
