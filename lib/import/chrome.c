/*
 * Site chrome in a page's text: the lists of links to other articles that a page copied as
 * text (or a web page whose markup does not mark them) carries after, or inside, the article.
 *
 * A copied link list has a shape no document has: each teaser is a headline, the same headline
 * again (the picture's link and the title's link) or a longer one that starts with it, then a
 * sentence of teaser. Three such repeats close together are a list of links. A list also opens
 * under a label that names a part of a news site ("Tin liên quan", "Tin cùng chuyên mục", "Có
 * thể bạn quan tâm", "Bài viết cùng chủ đề: …"): the short, headline-like blocks after such a
 * label, printed alike, are its links (a box in the middle of an article ends where the
 * article's subheading, printed as a heading, takes up the text again), and when the label is
 * followed only by headlines and their teasers up to the end of the text, all of that is the
 * list. Rating widgets (★) beside them are chrome too, and the text of a picture copied with
 * the page ("… - Ảnh 1.").
 *
 * Chrome blocks stay in the source (nothing is deleted): no section, paragraph, figure, task or
 * relation is read from them, and an issue (import-site-chrome) says which lines were left out.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include "text/vntext.h"

#include <string.h>
#include <strings.h>

enum {
    LINK_WORDS = 25,   /* a headline is at most this many words */
    TEASER_WORDS = 80, /* a teaser, one or two sentences */
    REPEAT_GAP = 6,    /* blocks from one repeated headline to the next in one list */
    REPEATS = 3,       /* repeated headlines that make a list */
    TAIL_WORDS = 8,    /* short lines after a trailing list (a "mobile version" link) */
    TAIL_LINES = 3
};

/* The parts of a news site as its labels and the slugs of its markup name them, written
 * without tone marks or spaces: related and other news, the same topic or column, latest and
 * most read, "you may like", read more, sharing, comments, advertising, tags, breadcrumb, the
 * page's head and foot, the reader's rating ("Comment" too, as some Vietnamese sites label
 * their comment box in English). */
static const char *const slugs[] = {
    "baikhac", "bailienquan", "baivietcungchude", "baivietlienquan", "banthaybaivietnaythenao", "binhluan",
    "cactinkhac", "chantrang", "chiase", "comment", "comments", "cothebanquantam", "cungchude", "cungchuyenmuc",
    "dautrang", "docnhieu", "docnhieunhat", "docthem", "duongdan", "lienquan", "quangcao", "tincungchuyenmuc",
    "tindocnhieu", "tinkhac", "tinlienquan", "tinmoi", "tinmoinhat", "tinxemnhieu", "tukhoa", "xemnhieu",
    "xemnhieunhat", "xemthem", "ykienbandoc"};

int congdoan__chrome_slug(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof slugs / sizeof slugs[0]; i++)
        if (strlen(slugs[i]) == n && strncasecmp(w, slugs[i], n) == 0)
            return 1;
    return 0;
}

/* The block is a label of a part of the site: its words (or those before its colon) folded
 * and joined are a slug. -1 when out of memory. */
static int is_label(const congdoan__block *bl)
{
    if (bl->kind == CONGDOAN__BLOCK_TABLE_ROW || bl->kind == CONGDOAN__BLOCK_NOTE || bl->len > 120)
        return 0;
    const char *colon = memchr(bl->text, ':', bl->len);
    size_t n = colon ? (size_t)(colon - bl->text) : bl->len;
    char *key = NULL;
    size_t klen = 0;
    int rc = congdoan__text_fold(bl->text, n, &key, &klen);
    if (rc)
        return rc == CONGDOAN_ENOMEM ? -1 : 0;
    size_t o = 0;
    for (size_t i = 0; i < klen; i++)
        if ((key[i] >= 'a' && key[i] <= 'z') || (key[i] >= '0' && key[i] <= '9'))
            key[o++] = key[i];
    int label = o && congdoan__chrome_slug(key, o);
    congdoan__dealloc(key);
    return label;
}

/* A rating widget: its stars (U+2605, U+2606) are no words of a document. */
static int is_rating(const congdoan__block *bl)
{
    for (size_t i = 0; i + 2 < bl->len; i++)
        if ((unsigned char)bl->text[i] == 0xE2 && (unsigned char)bl->text[i + 1] == 0x98 &&
            ((unsigned char)bl->text[i + 2] == 0x85 || (unsigned char)bl->text[i + 2] == 0x86))
            return 1;
    return 0;
}

static int running(const congdoan__block *bl)
{
    return bl->kind != CONGDOAN__BLOCK_TABLE_ROW && bl->kind != CONGDOAN__BLOCK_NOTE;
}

/* A headline: a few words that end no sentence (a question or an exclamation may close it). */
static int is_headline(const congdoan__block *bl)
{
    if (!running(bl) || !bl->len || congdoan__word_count(bl->text, bl->len) > LINK_WORDS)
        return 0;
    char last = bl->text[bl->len - 1];
    return last != '.' && last != ',' && last != ';' && last != ':' &&
           !(bl->len >= 3 && memcmp(bl->text + bl->len - 3, "\xe2\x80\xa6", 3) == 0);
}

/* Block b is a headline printed again by block b + 1: the same words, or the start of a longer
 * headline or teaser (of three words at least). */
static int repeated(const congdoan__source *src, size_t b)
{
    if (b + 1 >= src->count)
        return 0;
    const congdoan__block *h = &src->blocks[b], *n = &src->blocks[b + 1];
    if (!is_headline(h) || !running(n) || n->len < h->len || memcmp(n->text, h->text, h->len) != 0)
        return 0;
    return n->len == h->len || (n->text[h->len] == ' ' && congdoan__word_count(h->text, h->len) >= 3);
}

static void mark(unsigned char *chrome, size_t a, size_t e)
{
    for (size_t b = a; b < e; b++)
        chrome[b] = 1;
}

/* Lists of repeated headlines: from the first headline to the teaser of the last one. */
static void mark_repeats(const congdoan__source *src, unsigned char *chrome)
{
    size_t first = 0, last = 0, count = 0;
    for (size_t b = 0; b <= src->count; b++) {
        int rep = b < src->count && repeated(src, b);
        if (rep && count && b - last <= REPEAT_GAP) {
            last = b;
            count++;
            continue;
        }
        if (count >= REPEATS) {
            size_t end = last + 3 < src->count ? last + 3 : src->count;
            if (end > last + 2 && !running(&src->blocks[last + 2]))
                end = last + 2;
            mark(chrome, first, end);
        }
        if (rep)
            first = last = b, count = 1;
        else if (count && b - last > REPEAT_GAP)
            count = 0;
    }
}

static int is_teaser(const congdoan__block *bl)
{
    return running(bl) && !is_headline(bl) && congdoan__word_count(bl->text, bl->len) <= TEASER_WORDS;
}

/* How a block is printed, as far as a box of links shows it: its kind and style in the format
 * (an HTML list item, a heading, a paragraph), its numbering or bullet, capitals. */
typedef struct shape {
    congdoan__block_kind kind;
    const char *style;
    int label; /* 0 none, 1 the format's numbering, 2 a bullet in the text, 3 a number in the text */
    int caps;
} shape;

static int shape_of(congdoan__ctx *x, size_t b, shape *out)
{
    const congdoan__block *bl = &x->src->blocks[b];
    out->kind = bl->kind;
    out->style = bl->style;
    out->caps = congdoan__is_caps(bl->text, bl->len);
    out->label = bl->label ? 1 : 0;
    int rc = congdoan__x_match(x, CONGDOAN__RULE_LABEL, b, 0, 1);
    if (rc < 0)
        return rc;
    size_t a, e;
    if (rc)
        out->label = congdoan__match_group(x->m, "bullet", &a, &e) ? 2 : 3;
    return 0;
}

static int same_shape(const shape *a, const shape *b)
{
    return a->kind == b->kind && a->label == b->label && a->caps == b->caps &&
           (a->style && b->style ? strcmp(a->style, b->style) == 0 : a->style == b->style);
}

/* Lists under a label: the label and the headlines right after it (a box of links, after which
 * the article may go on), as long as they are printed as the first of them is: the links of a
 * box are printed alike, and the article's subheading after the box as one of its headings (a
 * heading of the format, a number, capitals) or at least without the links' bullet, so the
 * box ends there. When only headlines, each with its teaser, and other labels follow to the end
 * of the text, all of it is the list. -1 when out of memory. */
static int mark_labelled(congdoan__ctx *x, unsigned char *chrome)
{
    const congdoan__source *src = x->src;
    size_t n = src->count;
    for (size_t b = 0; b < n; b++) {
        int rc = is_label(&src->blocks[b]);
        if (rc < 0)
            return rc;
        if (!rc)
            continue;
        size_t e = b + 1;
        shape first, next;
        if (e < n && shape_of(x, e, &first) < 0)
            return -1;
        while (e < n && (is_headline(&src->blocks[e]) || chrome[e])) {
            if (!chrome[e] && e > b + 1) {
                if (shape_of(x, e, &next) < 0)
                    return -1;
                if (!same_shape(&first, &next))
                    break;
            }
            e++;
        }
        size_t t = b + 1;
        while (t < n) {
            if (chrome[t] || (rc = is_label(&src->blocks[t])) == 1) {
                t++;
            } else if (rc < 0) {
                return rc;
            } else if (is_headline(&src->blocks[t]) && (t + 1 == n || is_teaser(&src->blocks[t + 1]))) {
                t = t + 2 < n ? t + 2 : n;
            } else {
                break;
            }
        }
        if (t == n)
            e = n;
        mark(chrome, b, e);
        b = e - 1;
    }
    return 0;
}

/* A few short lines after the last list (a "mobile version" link). */
static void widen(const congdoan__source *src, unsigned char *chrome)
{
    size_t last = src->count;
    while (last && !chrome[last - 1])
        last--;
    if (!last || src->count - last > TAIL_LINES)
        return;
    for (size_t b = last; b < src->count; b++)
        if (!running(&src->blocks[b]) || congdoan__word_count(src->blocks[b].text, src->blocks[b].len) > TAIL_WORDS)
            return;
    mark(chrome, last, src->count);
}

int congdoan__extract_chrome(congdoan__ctx *x)
{
    const congdoan__source *src = x->src;
    if (!src->count)
        return 0;
    unsigned char *chrome = congdoan__arena_alloc(&x->f->arena, src->count);
    if (!chrome)
        return CONGDOAN_ENOMEM;
    for (size_t b = 0; b < src->count; b++) {
        int rc = is_rating(&src->blocks[b]) ? 1 : congdoan__x_match(x, CONGDOAN__RULE_IMAGE_ALT, b, 0, 0);
        if (rc < 0)
            return rc;
        chrome[b] = (unsigned char)rc;
    }
    mark_repeats(src, chrome);
    if (mark_labelled(x, chrome) < 0)
        return CONGDOAN_ENOMEM;
    widen(src, chrome);
    for (size_t b = 0; b < src->count; b++) {
        if (!chrome[b] || (b && chrome[b - 1]))
            continue;
        size_t e = b;
        while (e + 1 < src->count && chrome[e + 1])
            e++;
        x->f->chrome = chrome;
        congdoan__where to = congdoan__found_where(x->f, (congdoan__span){e, 0, 0});
        /* (the span is named first: xgettext counts the commas of a compound literal as
         * arguments, and would miss the message) */
        congdoan__span span = {b, 0, src->blocks[b].len};
        int rc = congdoan__x_issue(x, "import-site-chrome", span,
                                   "%zu blocks up to line %u read as site chrome (a list of links to other pages, a "
                                   "picture's text, a widget): nothing is taken from them",
                                   e - b + 1, (unsigned)to.line);
        if (rc)
            return rc;
    }
    return 0;
}

int congdoan__block_is_chrome(const congdoan__found *f, size_t b)
{
    return f->chrome && b < f->src->count && f->chrome[b];
}
