/*
 * Building a source block by block (build.h): white space, invisible characters, NFC, cells,
 * and the map from the text back to the input, for every reader alike.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/build.h"

#include "text/vntext.h"

#include <utf8proc.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- characters ------------------------------------------------------------------------------ */

/* The code point at p (valid UTF-8 expected; a stray byte reads as itself, one byte long, and
 * is caught by the NFC step at the end of the block). */
static size_t decode(const unsigned char *p, size_t n, uint32_t *cp)
{
    if (p[0] < 0x80 || n < 2) {
        *cp = p[0];
        return 1;
    }
    if ((p[0] & 0xE0) == 0xC0) {
        *cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        return 2;
    }
    if ((p[0] & 0xF0) == 0xE0 && n >= 3) {
        *cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        return 3;
    }
    if ((p[0] & 0xF8) == 0xF0 && n >= 4) {
        *cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 | (uint32_t)(p[2] & 0x3F) << 6 |
              (p[3] & 0x3F);
        return 4;
    }
    *cp = p[0];
    return 1;
}

/* White space between words: ASCII and Unicode spaces, no-break spaces (pages use U+00A0 for
 * layout, never as a word joiner in Vietnamese), line and paragraph separators, and control
 * characters, which have no place in running text. */
int congdoan__char_is_space(uint32_t c)
{
    return c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Characters that are never seen: the soft hyphen, zero-width space, non-joiner and joiner,
 * word joiner, direction marks and a byte-order mark left inside the text. */
int congdoan__char_is_invisible(uint32_t c)
{
    return c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF;
}

/* ---- growing arrays -------------------------------------------------------------------------- */

int congdoan__array_reserve(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 16;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem)
            return CONGDOAN_ENOMEM;
        n *= 2;
    }
    void *p = congdoan__realloc(*items, n * elem);
    if (!p)
        return CONGDOAN_ENOMEM;
    *items = p;
    *cap = n;
    return 0;
}

static int put_bytes(congdoan__build *b, const char *s, size_t n)
{
    if (n > SIZE_MAX - b->len - 1 || congdoan__array_reserve((void **)&b->text, &b->cap_text, b->len + n + 1, 1) != 0)
        return CONGDOAN_ENOMEM;
    memcpy(b->text + b->len, s, n);
    b->len += n;
    return 0;
}

/* A map entry at the current end of the text. Two entries never share an offset: the later
 * position wins (nothing stands between them). */
static int put_entry(congdoan__build *b, uint32_t line, uint32_t col)
{
    if (b->map_count && b->map[b->map_count - 1].offset == b->len) {
        b->map[b->map_count - 1].line = line;
        b->map[b->map_count - 1].column = col;
        return 0;
    }
    if (congdoan__array_reserve((void **)&b->map, &b->map_cap, b->map_count + 1, sizeof *b->map) != 0)
        return CONGDOAN_ENOMEM;
    b->map[b->map_count++] = (congdoan__srcpos){b->len, line, col};
    return 0;
}

/* One visible character (or the space or line break standing for a run of white space). */
static int put_char(congdoan__build *b, const char *s, size_t n, uint32_t line, uint32_t col)
{
    if ((b->fresh || line != b->next_line || col != b->next_col) && put_entry(b, line, col) != 0)
        return CONGDOAN_ENOMEM;
    if (put_bytes(b, s, n) != 0)
        return CONGDOAN_ENOMEM;
    b->fresh = 0;
    b->next_line = line;
    b->next_col = col + 1;
    return 0;
}

/* ---- the builder ----------------------------------------------------------------------------- */

int congdoan__build_init(congdoan__build *b, const char *name, size_t size)
{
    memset(b, 0, sizeof *b);
    b->spare_cells = size / 16 + 256;
    b->spare_bytes = size + 4096;
    b->src = congdoan__calloc(1, sizeof *b->src);
    if (!b->src)
        return CONGDOAN_ENOMEM;
    congdoan__arena_init(&b->src->arena);
    const char *n = name ? name : "<memory>";
    b->src->name = congdoan__arena_strndup(&b->src->arena, n, strlen(n));
    if (!b->src->name) {
        congdoan__source_free(b->src);
        b->src = NULL;
        return CONGDOAN_ENOMEM;
    }
    return 0;
}

void congdoan__build_release(congdoan__build *b)
{
    congdoan__source_free(b->src);
    congdoan__dealloc(b->blocks);
    congdoan__dealloc(b->tags);
    congdoan__dealloc(b->text);
    congdoan__dealloc(b->map);
    congdoan__dealloc(b->cell_at);
    memset(b, 0, sizeof *b);
}

int congdoan__build_begin(congdoan__build *b, congdoan__block_kind kind, int level, const char *style,
                          const char *label)
{
    if (b->open) {
        int rc = congdoan__build_end(b, 0, NULL);
        if (rc != 0)
            return rc;
    }
    memset(&b->cur, 0, sizeof b->cur);
    b->cur.kind = kind;
    b->cur.level = level;
    if (style && !(b->cur.style = congdoan__arena_strndup(&b->src->arena, style, strlen(style))))
        return CONGDOAN_ENOMEM;
    if (label && *label && !(b->cur.label = congdoan__arena_strndup(&b->src->arena, label, strlen(label))))
        return CONGDOAN_ENOMEM;
    b->open = 1;
    b->len = b->map_count = b->cell_count = 0;
    b->cell_has_text = b->pending = b->pending_break = 0;
    b->next_line = b->next_col = 0;
    b->fresh = 1;
    return 0;
}

int congdoan__build_text(congdoan__build *b, const char *s, size_t len, uint32_t line, uint32_t column,
                         congdoan__pos_mode mode)
{
    if (!b->open)
        return 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int first = 1;
    while (i < len) {
        uint32_t c;
        size_t n = decode(p + i, len - i, &c);
        if (mode == CONGDOAN__POS_FIXED && !first) {
            /* everything after the first character is taken to follow it */
            line = b->next_line ? b->next_line : line;
            column = b->next_line ? b->next_col : column;
        }
        if (congdoan__char_is_space(c)) {
            if (!b->pending) {
                b->pending = 1;
                b->pending_line = line;
                b->pending_col = column;
            }
        } else if (!congdoan__char_is_invisible(c)) {
            if (b->pending && b->cell_has_text) {
                if (put_char(b, b->pending_break ? "\n" : " ", 1, b->pending_line, b->pending_col) != 0)
                    return CONGDOAN_ENOMEM;
            }
            b->pending = b->pending_break = 0;
            if (put_char(b, s + i, n, line, column) != 0)
                return CONGDOAN_ENOMEM;
            b->cell_has_text = 1;
            first = 0;
        }
        if (mode == CONGDOAN__POS_TEXT && c == '\n')
            line++, column = 1;
        else if (mode != CONGDOAN__POS_FIXED || !first)
            column++;
        i += n;
    }
    return 0;
}

void congdoan__build_break(congdoan__build *b, uint32_t line, uint32_t column)
{
    if (!b->open)
        return;
    if (!b->pending) {
        b->pending_line = line;
        b->pending_col = column;
    }
    b->pending = b->pending_break = 1;
}

int congdoan__build_cell(congdoan__build *b)
{
    if (!b->open)
        return 0;
    if (congdoan__array_reserve((void **)&b->cell_at, &b->cell_cap, 2 * (b->cell_count + 1), sizeof *b->cell_at) != 0)
        return CONGDOAN_ENOMEM;
    if (b->cell_count) {
        b->cell_at[2 * b->cell_count - 1] = b->len;
        /* the separator is a run of its own, so that cells start and end on run boundaries */
        if (put_entry(b, b->next_line, b->next_col) != 0 || put_bytes(b, " | ", 3) != 0)
            return CONGDOAN_ENOMEM;
    }
    if (!b->cell_count && b->len) {
        /* text the row held before its first cell (markup that puts it there) joins that cell,
         * a word apart */
        b->cell_at[0] = 0;
        b->cell_count = 1;
        if (!b->pending) {
            b->pending = 1;
            b->pending_line = b->next_line;
            b->pending_col = b->next_col;
        }
        return 0;
    }
    b->cell_at[2 * b->cell_count] = b->cell_at[2 * b->cell_count + 1] = b->len;
    b->cell_count++;
    b->pending = b->pending_break = b->cell_has_text = 0;
    b->fresh = 1;
    return 0;
}

int congdoan__build_has_text(const congdoan__build *b)
{
    return b->open && b->cell_has_text;
}

size_t congdoan__build_count(const congdoan__build *b)
{
    return b->count;
}

/* The offset in the normalised text of raw offset `raw`, a run boundary or the end. */
static size_t remap(const congdoan__srcpos *raw_map, const size_t *new_start, size_t runs, size_t raw,
                    size_t raw_len, size_t new_len)
{
    if (raw >= raw_len)
        return new_len;
    size_t lo = 0, hi = runs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (raw_map[mid].offset <= raw)
            lo = mid;
        else
            hi = mid;
    }
    return new_start[lo] + (raw - raw_map[lo].offset);
}

/* Put the open block's text in NFC run by run (so that every map entry and cell boundary keeps
 * its place), then into the arena. */
static int normalise(congdoan__build *b, char **text_out, size_t *len_out, congdoan__srcpos **map_out)
{
    congdoan__arena *a = &b->src->arena;
    size_t runs = b->map_count;
    size_t *new_start = congdoan__malloc(runs * sizeof *new_start);
    char *norm = NULL;
    size_t norm_len = 0, norm_cap = 0;
    int rc = new_start ? 0 : CONGDOAN_ENOMEM;
    for (size_t i = 0; i < runs && rc == 0; i++) {
        size_t from = b->map[i].offset, to = i + 1 < runs ? b->map[i + 1].offset : b->len;
        char *nfc = NULL;
        size_t nfc_len = 0;
        rc = congdoan__text_nfc(b->text + from, to - from, &nfc, &nfc_len);
        if (rc == 0 && congdoan__array_reserve((void **)&norm, &norm_cap, norm_len + nfc_len + 1, 1) != 0)
            rc = CONGDOAN_ENOMEM;
        if (rc == 0) {
            new_start[i] = norm_len;
            memcpy(norm + norm_len, nfc ? nfc : b->text + from, nfc_len);
            norm_len += nfc_len;
        }
        congdoan__text_nfc_free(nfc);
    }
    char *whole = NULL;
    size_t whole_len = norm_len;
    /* A combining mark at the start of a run composes with the end of the run before it (a
     * base letter and its accent split by a tag): normalise the whole text, and keep the runs'
     * offsets where they fall (at most a character off). */
    if (rc == 0 && runs > 1)
        rc = congdoan__text_nfc(norm, norm_len, &whole, &whole_len);
    char *text = NULL;
    congdoan__srcpos *map = NULL;
    if (rc == 0) {
        text = congdoan__arena_strndup(a, whole ? whole : norm, whole_len);
        map = congdoan__arena_alloc_raw(a, runs * sizeof *map);
        if (!text || !map)
            rc = CONGDOAN_ENOMEM;
    }
    size_t kept = 0;
    for (size_t i = 0; i < runs && rc == 0; i++) {
        size_t off = new_start[i] < whole_len ? new_start[i] : whole_len;
        /* an entry at or past the end (the whole text's NFC composed characters across runs,
         * so the last runs shrank to nothing) points at no character */
        if (kept && (map[kept - 1].offset >= off || off >= whole_len))
            continue;
        map[kept++] = (congdoan__srcpos){off, b->map[i].line, b->map[i].column};
    }
    /* cells belong to table rows only (source.h): a reader that called build_cell in another
     * block keeps the separators in its text and no cells */
    if (rc == 0 && b->cell_count && b->cur.kind == CONGDOAN__BLOCK_TABLE_ROW) {
        const char **cells = congdoan__arena_alloc(a, b->cell_count * sizeof *cells);
        if (!cells)
            rc = CONGDOAN_ENOMEM;
        for (size_t k = 0; k < b->cell_count && rc == 0; k++) {
            size_t s = remap(b->map, new_start, runs, b->cell_at[2 * k], b->len, whole_len);
            size_t e = remap(b->map, new_start, runs, b->cell_at[2 * k + 1], b->len, whole_len);
            if (s > whole_len)
                s = whole_len;
            if (e < s)
                e = s;
            if (e > whole_len)
                e = whole_len;
            if (!(cells[k] = congdoan__arena_strndup(a, text + s, e - s)))
                rc = CONGDOAN_ENOMEM;
        }
        b->cur.cells = cells;
        b->cur.cell_count = b->cell_count;
    }
    congdoan__text_nfc_free(whole);
    congdoan__dealloc(norm);
    congdoan__dealloc(new_start);
    if (rc != 0)
        return rc;
    *text_out = text;
    *len_out = whole_len;
    *map_out = map;
    b->map_count = kept;
    return 0;
}

/* What belongs to the open block, as opposed to the blocks already ended and the source. */
static void move_open(congdoan__build *to, congdoan__build *from)
{
    to->open = from->open;
    to->cur = from->cur;
    to->text = from->text, to->len = from->len, to->cap_text = from->cap_text;
    to->map = from->map, to->map_count = from->map_count, to->map_cap = from->map_cap;
    to->cell_at = from->cell_at, to->cell_count = from->cell_count, to->cell_cap = from->cell_cap;
    to->cell_has_text = from->cell_has_text;
    to->pending = from->pending, to->pending_break = from->pending_break;
    to->pending_line = from->pending_line, to->pending_col = from->pending_col;
    to->next_line = from->next_line, to->next_col = from->next_col;
    to->fresh = from->fresh;
    from->open = 0;
    from->text = NULL, from->len = from->cap_text = 0;
    from->map = NULL, from->map_count = from->map_cap = 0;
    from->cell_at = NULL, from->cell_count = from->cell_cap = 0;
}

void congdoan__build_suspend(congdoan__build *b, congdoan__build *saved)
{
    memset(saved, 0, sizeof *saved);
    move_open(saved, b);
}

void congdoan__build_resume(congdoan__build *b, congdoan__build *saved)
{
    congdoan__dealloc(b->text);
    congdoan__dealloc(b->map);
    congdoan__dealloc(b->cell_at);
    move_open(b, saved);
}

int congdoan__build_end(congdoan__build *b, uint32_t tag, int *kept)
{
    if (kept)
        *kept = 0;
    if (!b->open)
        return 0;
    b->open = 0;
    int any = b->len > 0;
    if (b->cur.kind == CONGDOAN__BLOCK_TABLE_ROW && !b->cell_count && any) {
        /* a row with text and no cell: the text is its one cell */
        if (congdoan__array_reserve((void **)&b->cell_at, &b->cell_cap, 2, sizeof *b->cell_at) != 0)
            return CONGDOAN_ENOMEM;
        b->cell_at[0] = 0;
        b->cell_count = 1;
    }
    if (b->cur.kind == CONGDOAN__BLOCK_TABLE_ROW && b->cell_count) {
        b->cell_at[2 * b->cell_count - 1] = b->len;
        any = 0;
        for (size_t k = 0; k < b->cell_count; k++)
            any |= b->cell_at[2 * k + 1] > b->cell_at[2 * k];
    }
    if (!any)
        return 0;
    /* A row that begins with empty cells has separators before any position is known: they
     * end where the first character after them stands, on its line (a position inside a run
     * counts its characters forwards from the run's: taking that character's own column put
     * them past it, and past the end of a line "||0"), from column 1 at the least. */
    for (size_t i = b->map_count; i-- > 0;)
        if (b->map[i].line == 0 && i + 1 < b->map_count) {
            uint32_t chars = 0, next = b->map[i + 1].column;
            for (size_t k = b->map[i].offset; k < b->map[i + 1].offset; k++)
                chars += ((unsigned char)b->text[k] & 0xC0) != 0x80;
            b->map[i].line = b->map[i + 1].line;
            b->map[i].column = next > chars ? next - chars : 1;
        }
    if (congdoan__array_reserve((void **)&b->blocks, &b->cap, b->count + 1, sizeof *b->blocks) != 0 ||
        congdoan__array_reserve((void **)&b->tags, &b->tag_cap, b->count + 1, sizeof *b->tags) != 0)
        return CONGDOAN_ENOMEM;
    char *text;
    size_t len;
    congdoan__srcpos *map;
    int rc = normalise(b, &text, &len, &map);
    if (rc != 0)
        return rc;
    b->cur.text = text;
    b->cur.len = len;
    b->cur.map = map;
    b->cur.map_count = b->map_count;
    b->blocks[b->count] = b->cur;
    b->tags[b->count] = tag;
    b->count++;
    if (kept)
        *kept = 1;
    return 0;
}

int congdoan__text_ends_sentence(const char *text, size_t n)
{
    const unsigned char *t = (const unsigned char *)text;
    /* skip closing quotes and brackets */
    while (n) {
        unsigned char c = t[n - 1];
        if (c == ')' || c == '"' || c == '\'' || c == ']') {
            n--;
        } else if (n >= 3 && t[n - 3] == 0xE2 && t[n - 2] == 0x80 && (t[n - 1] == 0x9D || t[n - 1] == 0x99)) {
            n -= 3; /* ” ’ */
        } else {
            break;
        }
    }
    if (!n)
        return 0;
    unsigned char c = t[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return 1;
    return n >= 3 && t[n - 3] == 0xE2 && t[n - 2] == 0x80 && t[n - 1] == 0xA6; /* … */
}

/* The words of a block's text, and whether a small letter is among them. */
static void words_of(const congdoan__block *b, size_t *words, int *lower)
{
    const unsigned char *p = (const unsigned char *)b->text;
    uint32_t c;
    *words = b->len > 0;
    *lower = 0;
    for (size_t i = 0; i < b->len;) {
        i += decode(p + i, b->len - i, &c);
        *words += c == ' ' || c == '\n';
        *lower |= utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
    }
}

/* Whether paragraph `cur` goes on with the sentence of the paragraph that ends with `prev`
 * (`words` of it, `lower`: some in small letters): both of one style; the paragraph a line's
 * worth of words (eight at least: a shorter line is a title, a name, a heading of its own), not
 * all in capitals (a heading), prev stopping without ending a sentence; cur starting with a small
 * letter that is not a label ("a)", "đ.", "iv)"). */
static int continues(const congdoan__block *prev, const congdoan__block *cur, size_t words, int lower)
{
    if (prev->kind != CONGDOAN__BLOCK_PARAGRAPH || cur->kind != CONGDOAN__BLOCK_PARAGRAPH || prev->label ||
        cur->label || !cur->len || words < 8 || !lower || congdoan__text_ends_sentence(prev->text, prev->len))
        return 0;
    /* the two halves of a paragraph have its style (a <p> and a <pre>, a title and the text
     * under it, do not) */
    if ((prev->style == NULL) != (cur->style == NULL) || (prev->style && strcmp(prev->style, cur->style) != 0))
        return 0;
    const unsigned char *t = (const unsigned char *)cur->text;
    uint32_t c;
    size_t n = decode(t, cur->len, &c), first = 1;
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_LL)
        return 0;
    while (n < cur->len && first < 5) {
        size_t k = decode(t + n, cur->len - n, &c);
        if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_LL)
            break;
        n += k;
        first++;
    }
    return !(first <= 4 && n + 1 < cur->len && (t[n] == ')' || t[n] == '.') && t[n + 1] == ' ');
}

/* Blocks [from, to) of `blocks` as one paragraph, the texts joined by a space, in the arena. */
static int join_paragraphs(congdoan__arena *a, const congdoan__block *blocks, size_t from, size_t to,
                           congdoan__block *out)
{
    size_t len = 0, runs = 0;
    for (size_t i = from; i < to; i++)
        len += blocks[i].len + (i > from), runs += blocks[i].map_count;
    char *text = congdoan__arena_alloc_raw(a, len + 1);
    congdoan__srcpos *map = congdoan__arena_alloc_raw(a, runs * sizeof *map);
    if (!text || !map)
        return CONGDOAN_ENOMEM;
    size_t at = 0, k = 0;
    for (size_t i = from; i < to; i++) {
        if (i > from)
            text[at++] = ' ';
        for (size_t m = 0; m < blocks[i].map_count; m++)
            map[k++] = (congdoan__srcpos){at + blocks[i].map[m].offset, blocks[i].map[m].line, blocks[i].map[m].column};
        memcpy(text + at, blocks[i].text, blocks[i].len);
        at += blocks[i].len;
    }
    text[at] = '\0';
    *out = blocks[from];
    out->text = text;
    out->len = at;
    out->map = map;
    out->map_count = k;
    return 0;
}

int congdoan__build_finish(congdoan__build *b, int (*keep)(void *ctx, size_t index, uint32_t tag), void *ctx,
                           congdoan__source **out)
{
    *out = NULL;
    if (b->open) {
        int rc = congdoan__build_end(b, 0, NULL);
        if (rc != 0)
            return rc;
    }
    size_t n = 0;
    for (size_t i = 0; i < b->count; i++)
        n += !keep || keep(ctx, i, b->tags[i]);
    congdoan__block *blocks = n ? congdoan__arena_alloc(&b->src->arena, n * sizeof *blocks) : NULL;
    if (n && !blocks)
        return CONGDOAN_ENOMEM;
    size_t k = 0, last_table = 0, table = 0;
    for (size_t i = 0; i < b->count; i++) {
        if (keep && !keep(ctx, i, b->tags[i]))
            continue;
        blocks[k] = b->blocks[i];
        if (blocks[k].table) {
            if (blocks[k].table != last_table)
                last_table = blocks[k].table, table++;
            blocks[k].table = table;
        }
        k++;
    }
    if (b->join_broken) {
        /* each run of paragraphs that go on with the sentence before them, joined once (linear
         * however long the run) */
        size_t w = 0;
        for (size_t i = 0; i < n;) {
            size_t j = i + 1, words, more;
            int lower, more_lower;
            words_of(&blocks[i], &words, &lower);
            while (j < n && continues(&blocks[j - 1], &blocks[j], words, lower)) {
                words_of(&blocks[j], &more, &more_lower);
                words += more;
                lower |= more_lower;
                j++;
            }
            if (j > i + 1) {
                congdoan__block joined;
                if (join_paragraphs(&b->src->arena, blocks, i, j, &joined) != 0)
                    return CONGDOAN_ENOMEM;
                blocks[w++] = joined;
            } else {
                blocks[w++] = blocks[i];
            }
            i = j;
        }
        n = w;
    }
    for (size_t i = 0; i < n; i++)
        if (congdoan__block_index_chars(&b->src->arena, &blocks[i]) != 0)
            return CONGDOAN_ENOMEM;
    congdoan__source *s = b->src;
    s->blocks = blocks;
    s->count = n;
    b->src = NULL;
    congdoan__build_release(b);
    *out = s;
    return 0;
}

/* ---- reporting and positions ----------------------------------------------------------------- */

static int failv(congdoan_issues *issues, int code, const char *tag, const char *file, long line, long column,
                 const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 0)))
#endif
    ;
static int failv(congdoan_issues *issues, int code, const char *tag, const char *file, long line, long column,
                 const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, _(fmt), ap);
    congdoan__error_at(code, file, line, column, "%s", msg);
    if (issues && congdoan__issue_add(issues, tag, file, line, column, "%s", msg) != 0 && code != CONGDOAN_ENOMEM)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while reporting a problem in %s", file);
    return code;
}

int congdoan__import_fail(congdoan_issues *issues, int code, const char *tag, const char *file, long line,
                          long column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = failv(issues, code, tag, file, line, column, fmt, ap);
    va_end(ap);
    return rc;
}

void congdoan__import_failv(int *rc, congdoan_issues *issues, int code, const char *tag, const char *file, long line,
                            long column, const char *fmt, va_list ap)
{
    if (!*rc)
        *rc = failv(issues, code, tag, file, line, column, fmt, ap);
}

int congdoan__import_enter(const char *data, size_t size, const char *name, const char *what,
                           const congdoan__import_limits **lim, congdoan__import_limits *defaults,
                           congdoan_issues *issues, congdoan__source **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(data != NULL || size == 0);
    CONGDOAN__CHECK_ARG(issues != NULL);
    if (!*lim) {
        congdoan__import_limits_default(defaults);
        *lim = defaults;
    }
    if (size > (*lim)->max_input)
        return congdoan__import_fail(issues, CONGDOAN_ELIMIT, "import-limit", name ? name : "<memory>", 0, 0,
                                     "%s is %zu bytes; the input limit is %zu bytes", _(what), size, (*lim)->max_input);
    return 0;
}

void congdoan__text_position(const char *data, size_t offset, long *line, long *column)
{
    long l = 1, c = 1;
    for (size_t i = 0; i < offset; i++) {
        unsigned char ch = (unsigned char)data[i];
        if (ch == '\n' || (ch == '\r' && !(i + 1 < offset && data[i + 1] == '\n')))
            l++, c = 1;
        else if (ch != '\r' && (ch & 0xC0) != 0x80)
            c++;
    }
    *line = l;
    *column = c;
}

size_t congdoan__utf8_invalid(const char *data, size_t size)
{
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    while (i < size) {
        unsigned char c = p[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t min, cp;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2, min = 0x80, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 3, min = 0x800, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 4, min = 0x10000, cp = c & 0x07;
        else
            return i; /* NUL, a continuation byte, C0/C1, F5-FF */
        if (size - i < n)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return size;
}

/* ---- list counters --------------------------------------------------------------------------- */

size_t congdoan__counter_format(char *buf, size_t size, long n, congdoan__counter_style style)
{
    if (!size)
        return 0;
    char tmp[64];
    size_t len = 0;
    int upper = style == CONGDOAN__COUNT_UPPER_LETTER || style == CONGDOAN__COUNT_UPPER_ALPHA ||
                style == CONGDOAN__COUNT_UPPER_ROMAN;
    if (n <= 0 || style == CONGDOAN__COUNT_DECIMAL || (style == CONGDOAN__COUNT_DECIMAL_ZERO && n >= 10) ||
        ((style == CONGDOAN__COUNT_LOWER_ROMAN || style == CONGDOAN__COUNT_UPPER_ROMAN) && n > 3999)) {
        len = (size_t)snprintf(tmp, sizeof tmp, "%ld", n);
    } else if (style == CONGDOAN__COUNT_DECIMAL_ZERO) {
        len = (size_t)snprintf(tmp, sizeof tmp, "0%ld", n);
    } else if (style == CONGDOAN__COUNT_LOWER_LETTER || style == CONGDOAN__COUNT_UPPER_LETTER) {
        long reps = (n - 1) / 26 + 1;
        if (reps > 40)
            reps = 40;
        for (long i = 0; i < reps; i++)
            tmp[len++] = (char)((upper ? 'A' : 'a') + (n - 1) % 26);
    } else if (style == CONGDOAN__COUNT_LOWER_ALPHA || style == CONGDOAN__COUNT_UPPER_ALPHA) {
        char rev[32];
        size_t r = 0;
        for (long v = n; v > 0 && r < sizeof rev; v = (v - 1) / 26)
            rev[r++] = (char)((upper ? 'A' : 'a') + (v - 1) % 26);
        while (r)
            tmp[len++] = rev[--r];
    } else {
        static const struct { int value; const char *digits; } roman[] = {
            {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
            {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
        long v = n;
        for (size_t i = 0; i < sizeof roman / sizeof roman[0]; i++)
            for (; v >= roman[i].value; v -= roman[i].value)
                for (const char *d = roman[i].digits; *d; d++)
                    tmp[len++] = upper ? (char)(*d - 'a' + 'A') : *d;
    }
    if (len >= size)
        len = size - 1;
    memcpy(buf, tmp, len);
    buf[len] = '\0';
    return len;
}

/* ---- cells spanning rows --------------------------------------------------------------------- */

void congdoan__grid_release(congdoan__grid *g)
{
    for (size_t i = 0; i < g->count; i++)
        congdoan__dealloc(g->cols[i].text);
    congdoan__dealloc(g->cols);
    memset(g, 0, sizeof *g);
}

void congdoan__grid_row(congdoan__grid *g)
{
    g->col = 0;
}

static congdoan__merged *grid_at(congdoan__grid *g, size_t col)
{
    if (col >= g->count) {
        if (congdoan__array_reserve((void **)&g->cols, &g->cap, col + 1, sizeof *g->cols) != 0)
            return NULL;
        memset(g->cols + g->count, 0, (col + 1 - g->count) * sizeof *g->cols);
        g->count = col + 1;
    }
    return &g->cols[col];
}

static int put_span_text(congdoan__build *b, const congdoan__merged *s)
{
    if (s->len > b->spare_bytes)
        return 0;
    b->spare_bytes -= s->len;
    return congdoan__build_text(b, s->text, s->len, s->line, s->column, CONGDOAN__POS_FIXED);
}

static int spare_cell(congdoan__build *b)
{
    if (!b->spare_cells)
        return 0;
    b->spare_cells--;
    return 1;
}

int congdoan__grid_fill(congdoan__grid *g, congdoan__build *b)
{
    while (g->col < g->count && g->cols[g->col].rows > 0 && g->cols[g->col].rows != SIZE_MAX) {
        congdoan__merged *s = &g->cols[g->col];
        s->rows--;
        size_t width = s->width ? s->width : 1;
        if (!spare_cell(b))
            break;
        if (congdoan__build_cell(b) != 0 || put_span_text(b, s) != 0)
            return CONGDOAN_ENOMEM;
        for (size_t k = 1; k < width && spare_cell(b); k++)
            if (congdoan__build_cell(b) != 0)
                return CONGDOAN_ENOMEM;
        g->col += width;
    }
    return 0;
}

int congdoan__grid_remember(congdoan__grid *g, const congdoan__build *b, size_t rows, size_t width)
{
    /* Tables wider than 1,024 columns are not real ones: their spans are not followed. */
    if ((!rows && g->col >= g->count) || g->col >= 1024)
        return 0;
    congdoan__merged *s = grid_at(g, g->col);
    if (!s)
        return CONGDOAN_ENOMEM;
    congdoan__dealloc(s->text);
    memset(s, 0, sizeof *s);
    if (!rows || !b->open || !b->cell_count)
        return 0;
    size_t from = b->cell_at[2 * (b->cell_count - 1)];
    if (!(s->text = congdoan__strndup(b->text ? b->text + from : "", b->len - from)))
        return CONGDOAN_ENOMEM;
    s->len = b->len - from;
    s->rows = rows;
    s->width = width;
    /* the position of the cell's first character: the map entry at or after its start */
    for (size_t i = b->map_count; i-- > 0;) {
        if (b->map[i].offset < from)
            break;
        s->line = b->map[i].line;
        s->column = b->map[i].column;
    }
    return 0;
}

int congdoan__grid_repeat(congdoan__grid *g, congdoan__build *b)
{
    if (g->col >= g->count || !g->cols[g->col].text)
        return 0;
    return put_span_text(b, &g->cols[g->col]);
}

int congdoan__grid_advance(congdoan__grid *g, congdoan__build *b, size_t span)
{
    for (size_t k = 1; k < span && spare_cell(b); k++)
        if (congdoan__build_cell(b) != 0)
            return CONGDOAN_ENOMEM;
    g->col += span ? span : 1;
    return 0;
}
