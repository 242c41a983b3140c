/*
 * The plain-text reader: UTF-8 text as it is copied from a web page or a PDF, into blocks
 * (source.h).
 *
 * What real pages give: NFD as well as NFC, non-breaking and other odd spaces, "**" of bold
 * markup, "|" left over from tables, lines broken in the middle of a sentence (or of a word of
 * a name: "Sơn\nLa"), a page break that splits a paragraph, and a text cut off in mid-word.
 * Lines are joined into paragraphs; a new paragraph starts at a blank line, at a numbering or
 * bullet label, at a heading in capitals (and after one), and after a line that ends a
 * sentence. A blank line inside a sentence (a page break: the next line starts in lower case
 * and the paragraph before it does not end a sentence) does not end the paragraph. Lines of
 * a table written with "|" between cells become table rows.
 *
 * A saved page starts with "source: URL" and "kind: …" lines and a blank line: that is the
 * file's metadata, not the document's words. The URL and the kind are kept in the source
 * (url, kind_hint) and the header is not read as text.
 *
 * Every block keeps its map to the input: the line and the column (in characters, as editors
 * count them) of every run of its text.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/build.h"
#include "import/rules.h"

#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

/* ---- characters ---------------------------------------------------------------------------- */

/* One character of a line after cleaning: its code point and the column it came from. */
typedef struct tchar {
    int32_t cp;
    uint32_t col;
} tchar;

/* Control characters other than the tab, form feed and vertical tab: read as spaces, and
 * reported, since running text has none. */
static int is_control_cp(int32_t c)
{
    return ((c >= 0 && c < 0x20) || c == 0x7F || (c >= 0x80 && c < 0xA0)) && c != '\t' && c != '\f' && c != '\v';
}

static int is_upper_cp(int32_t c)
{
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

static int is_lower_cp(int32_t c)
{
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

/* ---- the reader's state ------------------------------------------------------------------- */

/* The blocks are made with the builder every reader uses (build.h): it collapses white space,
 * puts the text in NFC and keeps the map back to the input. This reader decides where blocks
 * start and end; the builder's open block (b.text, b.len) is the text so far. */
typedef struct reader {
    congdoan__build b;
    congdoan_issues *issues;
    const char *name;
    congdoan__matcher *rules;
    /* the line being read */
    tchar *chars;
    size_t nchars, chars_cap;
    uint32_t line;
    /* the open block */
    int caps;                     /* the block so far is a heading in capitals */
    int labelled;                 /* it starts with a numbering or bullet label */
    size_t words;                 /* its words so far */
    /* tables written with "|" */
    size_t table, row;
    int in_table;
    uint32_t last_len;            /* the length of the last line taken, in characters */
    uint32_t wrap;                /* a line at least this long (in characters) was broken because it was full */
    size_t controls;              /* control characters dropped */
    uint32_t control_line, control_col;
} reader;

/* ---- reading lines ------------------------------------------------------------------------ */

static int push_char(reader *r, int32_t cp, uint32_t col)
{
    if (r->nchars == r->chars_cap) {
        size_t cap = r->chars_cap ? r->chars_cap * 2 : 256;
        tchar *c = congdoan__realloc(r->chars, cap * sizeof *c);
        if (!c)
            return CONGDOAN_ENOMEM;
        r->chars = c;
        r->chars_cap = cap;
    }
    r->chars[r->nchars++] = (tchar){cp, col};
    return 0;
}

/* Compose a run of code points that starts with a starter and goes on with combining marks
 * (one character, decomposed or not) into its NFC form, all of it at the starter's column.
 * Runs longer than the buffer (no real text has them) are kept as they are; the builder puts
 * every block in NFC at its end. */
enum { SEGMENT_MAX = 32 };

static int compose_segment(reader *r, const tchar *seg, size_t n)
{
    if (n == 1)
        return push_char(r, seg[0].cp, seg[0].col);
    if (n > SEGMENT_MAX) {
        for (size_t i = 0; i < n; i++)
            if (push_char(r, seg[i].cp, seg[i].col))
                return CONGDOAN_ENOMEM;
        return 0;
    }
    utf8proc_int32_t buf[SEGMENT_MAX * 4];
    utf8proc_ssize_t len = 0;
    for (size_t i = 0; i < n; i++) {
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char(seg[i].cp, buf + len, (utf8proc_ssize_t)(sizeof buf / sizeof buf[0]) - len,
                                                     UTF8PROC_STABLE | UTF8PROC_DECOMPOSE, &last);
        if (k < 0 || len + k > (utf8proc_ssize_t)(sizeof buf / sizeof buf[0])) {
            for (size_t j = 0; j < n; j++)
                if (push_char(r, seg[j].cp, seg[j].col))
                    return CONGDOAN_ENOMEM;
            return 0;
        }
        len += k;
    }
    /* Canonical order of the marks: a stable sort by combining class (the runs are short). */
    for (utf8proc_ssize_t i = 1; i < len; i++) {
        utf8proc_int32_t c = buf[i];
        int cc = utf8proc_get_property(c)->combining_class;
        utf8proc_ssize_t j = i;
        while (j > 0 && cc && utf8proc_get_property(buf[j - 1])->combining_class > cc) {
            buf[j] = buf[j - 1];
            j--;
        }
        buf[j] = c;
    }
    len = utf8proc_normalize_utf32(buf, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (len < 0)
        len = 0;
    for (utf8proc_ssize_t i = 0; i < len; i++)
        if (push_char(r, buf[i], seg[0].col))
            return CONGDOAN_ENOMEM;
    return 0;
}

/* Read one line (without its line break) into r->chars: odd spaces made spaces, invisible
 * characters and control characters dropped, characters composed to NFC, "**" removed, runs of
 * spaces made one, spaces trimmed at both ends. */
static int read_line(reader *r, const char *s, size_t len)
{
    r->nchars = 0;
    tchar seg[SEGMENT_MAX + 1];
    size_t nseg = 0;
    uint32_t col = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) { /* cannot happen: the input was checked */
            cp = 0xFFFD;
            k = 1;
        }
        i += (size_t)k;
        col++;
        if (congdoan__char_is_invisible((uint32_t)cp))
            continue;
        if (is_control_cp(cp) && r->controls++ == 0) {
            r->control_line = r->line;
            r->control_col = col;
        }
        if (congdoan__char_is_space((uint32_t)cp))
            cp = ' ';
        int starter = utf8proc_get_property(cp)->combining_class == 0;
        if (starter || nseg == SEGMENT_MAX + 1) {
            if (nseg && compose_segment(r, seg, nseg))
                return CONGDOAN_ENOMEM;
            nseg = 0;
        }
        seg[nseg++] = (tchar){cp, col};
    }
    if (nseg && compose_segment(r, seg, nseg))
        return CONGDOAN_ENOMEM;
    /* "**" of bold markup, then spaces. */
    size_t o = 0;
    for (size_t i = 0; i < r->nchars; i++) {
        if (r->chars[i].cp == '*' && i + 1 < r->nchars && r->chars[i + 1].cp == '*') {
            while (i + 1 < r->nchars && r->chars[i + 1].cp == '*')
                i++;
            continue;
        }
        if (r->chars[i].cp == ' ' && (o == 0 || r->chars[o - 1].cp == ' '))
            continue;
        r->chars[o++] = r->chars[i];
    }
    while (o && r->chars[o - 1].cp == ' ')
        o--;
    r->nchars = o;
    return 0;
}

static int line_is(const reader *r, int (*pred)(int32_t))
{
    for (size_t i = 0; i < r->nchars; i++)
        if (!pred(r->chars[i].cp))
            return 0;
    return r->nchars > 0;
}

/* A rule of dashes, underscores, equals signs, stars or dots: ------- under a header. */
static int is_rule_cp(int32_t c)
{
    return c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == '.' || c == 0x2013 || c == 0x2014 ||
           c == 0x2015 || c == 0xB7 || c == 0x2500 || c == ' ';
}

static int is_pipe_cp(int32_t c)
{
    return c == '|' || c == ' ';
}

static int is_table_rule_cp(int32_t c)
{
    return c == '|' || c == '-' || c == ':' || c == ' ' || c == '+' || c == '=';
}

/* A line written in capitals: at least two capital letters and no small one. */
static int line_caps(const tchar *c, size_t n)
{
    size_t upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_lower_cp(c[i].cp))
            return 0;
        upper += is_upper_cp(c[i].cp);
    }
    return upper >= 2;
}

/* ---- building blocks ---------------------------------------------------------------------- */

/* End the open block (dropped when it holds no character) and open the next paragraph. */
static int end_block(reader *r)
{
    r->caps = r->labelled = 0;
    r->words = 0;
    return congdoan__build_begin(&r->b, CONGDOAN__BLOCK_PARAGRAPH, 0, NULL, NULL);
}

/* Add chars[0, n) of the current line to the open block (or cell): each run of characters
 * that stand side by side in the input goes to the builder in one piece, with its column. */
static int put_chars(reader *r, const tchar *c, size_t n)
{
    char buf[256];
    size_t len = 0;
    uint32_t col = 0, next = 0;
    for (size_t i = 0; i <= n; i++) {
        if (len && (i == n || c[i].col != next || len + 4 > sizeof buf)) {
            if (congdoan__build_text(&r->b, buf, len, r->line, col, CONGDOAN__POS_LINE))
                return CONGDOAN_ENOMEM;
            len = 0;
        }
        if (i == n)
            break;
        if (!len)
            col = c[i].col;
        next = c[i].col + 1;
        r->words += c[i].cp == ' ';
        len += (size_t)utf8proc_encode_char(c[i].cp, (utf8proc_uint8_t *)buf + len);
    }
    return 0;
}

/* The UTF-8 of chars[from, to) into buf (at most cap - 1 bytes), for the label rule. */
static size_t utf8_of(const tchar *c, size_t from, size_t to, char *buf, size_t cap)
{
    size_t o = 0;
    for (size_t i = from; i < to && o + 4 < cap; i++)
        o += (size_t)utf8proc_encode_char(c[i].cp, (utf8proc_uint8_t *)buf + o);
    buf[o] = '\0';
    return o;
}

/* Whether the line starts with a numbering or bullet label (the label rule of rules.c). */
static int line_labelled(reader *r)
{
    char head[96];
    size_t n = utf8_of(r->chars, 0, r->nchars < 24 ? r->nchars : 24, head, sizeof head);
    return congdoan__match(r->rules, CONGDOAN__RULE_LABEL, head, n, 0, 1) == 1;
}

/* The block so far ends a sentence (or a list item, or announces what follows with ":"). */
static int block_ends_sentence(const reader *r)
{
    return congdoan__text_ends_sentence(r->b.text, r->b.len);
}

/* The characters of the line's first word. */
static size_t first_word_len(const reader *r)
{
    size_t n = 0;
    while (n < r->nchars && r->chars[n].cp != ' ')
        n++;
    return n;
}

/* The words that cannot end a heading: a line that ends with one goes on. */
static int ends_with_function_word(const reader *r)
{
    static const char *const words[] = {"với", "của", "và", "các", "những", "cho", "về", "tại", "ở", "theo",
                                        "trong", "số", "ngày", "là", "được", "có", "để", "từ", "đến", "thuộc"};
    const char *t = r->b.text;
    size_t n = r->b.len, s = n;
    while (s && t[s - 1] != ' ')
        s--;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n - s && memcmp(words[i], t + s, n - s) == 0)
            return 1;
    return 0;
}

/* s[0..n) is a page's time stamp and nothing else (the published rule of rules.c). */
static int is_stamp(reader *r, const char *s, size_t n)
{
    return congdoan__match(r->rules, CONGDOAN__RULE_PUBLISHED, s, n, 0, 1) == 1 && congdoan__match_end(r->rules) == n;
}

/* The block so far is a page's time stamp. */
static int block_is_stamp(reader *r)
{
    return is_stamp(r, r->b.text, r->b.len);
}

/* The line is a page's time stamp alone ("22:12, ngày 13-11-2018"): it starts a block of its
 * own, even after a line long enough to be wrapped text it would otherwise go on. */
static int line_is_stamp(reader *r)
{
    char buf[256];
    int32_t c = r->chars[0].cp;
    if (r->nchars > 60 || !((c >= '0' && c <= '9') || is_upper_cp(c)))
        return 0;
    size_t n = utf8_of(r->chars, 0, r->nchars, buf, sizeof buf);
    return is_stamp(r, buf, n);
}

/* Split a line written as a table row ("| a | b |", "a | b | c") into cells, or return 0 when
 * it is not one. */
static int table_row(reader *r)
{
    size_t pipes = 0;
    for (size_t i = 0; i < r->nchars; i++)
        pipes += r->chars[i].cp == '|';
    if (pipes == 0)
        return 0;
    int edge = r->chars[0].cp == '|' || r->chars[r->nchars - 1].cp == '|';
    size_t inner = pipes - (r->chars[0].cp == '|') - (r->nchars > 1 && r->chars[r->nchars - 1].cp == '|');
    return (edge && inner >= 1) || inner >= 2;
}

static int emit_table_row(reader *r)
{
    if (!r->in_table) {
        r->table++;
        r->row = 0;
        r->in_table = 1;
    }
    if (congdoan__build_begin(&r->b, CONGDOAN__BLOCK_TABLE_ROW, 0, NULL, NULL))
        return CONGDOAN_ENOMEM;
    r->b.cur.table = r->table;
    r->b.cur.row = r->row;
    size_t from = r->chars[0].cp == '|' ? 1 : 0;
    size_t end = r->chars[r->nchars - 1].cp == '|' ? r->nchars - 1 : r->nchars;
    size_t start = from;
    for (size_t i = from; i <= end; i++) {
        if (i < end && r->chars[i].cp != '|')
            continue;
        if (congdoan__build_cell(&r->b) || put_chars(r, r->chars + start, i - start))
            return CONGDOAN_ENOMEM;
        start = i + 1;
    }
    int kept = 0;
    int rc = congdoan__build_end(&r->b, 0, &kept);
    r->row += (size_t)kept;
    return rc ? rc : end_block(r);
}

static int take_line(reader *r, int after_blank);

/* ---- a header run together on one line ---------------------------------------------------- */

/* Document-sharing sites give the text of a Word file with its line breaks lost: the whole
 * header and the body on one line ("CÔNG ĐOÀN GD H. BA TƠ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 * CĐCS Tr. THCS TT BA TƠ Độc lập – Tự do – Hạnh phúc Số:03 /BC-CĐCS Ba Tơ, ngày 8 tháng 4 năm
 * 2010 BÁO CÁO TỔNG KẾT … (2006-2010) I- Đặc điểm, tình hình: …"). Such a line is known by the
 * motto followed at once by the document's number or its place and date; it is cut where the
 * lines of a header end: around the national name and the motto, after the number, around the
 * place and date, and after the kind heading in capitals with its title. The body after them
 * stays one block. Only the first HEAD_CHARS characters are looked at. */
enum { HEAD_CHARS = 600, HEAD_CUTS = 12 };

/* The byte of buf where the words after `at` start. */
static size_t skip_spaces(const char *buf, size_t n, size_t at)
{
    while (at < n && buf[at] == ' ')
        at++;
    return at;
}

/* "I-", "IV-": a part numbered in Roman figures and a dash, as Word documents often print it. */
static int roman_dash(const char *w, size_t n)
{
    size_t i = 0;
    while (i < n && (w[i] == 'I' || w[i] == 'V' || w[i] == 'X'))
        i++;
    return i > 0 && i + 1 == n && w[i] == '-';
}

/* Where the kind heading in capitals that starts at `at` ends with its title: after the last
 * word with no small letter, before a word with one or a numbering label ("I-", "1.", not a
 * dash). 0 when no kind heading starts there. */
static size_t kind_heading_end(reader *r, const char *buf, size_t n, size_t at)
{
    size_t end = at, w = at;
    while (w < n) {
        size_t e = w;
        int lower = 0;
        while (e < n && buf[e] != ' ') {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)buf + e, (utf8proc_ssize_t)(n - e), &cp);
            lower |= k > 0 && is_lower_cp(cp);
            e += k > 0 ? (size_t)k : 1;
        }
        size_t ga, gb; /* a numbering label, not a dash ("NĂM HỌC 2025 - 2026") */
        if (lower || (w > at && ((congdoan__match(r->rules, CONGDOAN__RULE_LABEL, buf + w, e - w, 0, 1) == 1 &&
                                  !congdoan__match_group(r->rules, "bullet", &ga, &gb)) ||
                                 roman_dash(buf + w, e - w))))
            break;
        end = e;
        w = skip_spaces(buf, n, e);
    }
    if (end == at || congdoan__match(r->rules, CONGDOAN__RULE_KIND_HEADING, buf + at, end - at, 0, 1) != 1)
        return 0;
    return end;
}

/* The places (in characters of the line) where a header run together on the line is cut, in
 * order; 0 when the line is no such header. */
static size_t header_cuts(reader *r, size_t *cut)
{
    /* first, cheaply: the motto's last word ("phúc") on the head of the line */
    size_t chars = r->nchars < HEAD_CHARS ? r->nchars : HEAD_CHARS, i = 2;
    for (; i < chars; i++) {
        const tchar *c = r->chars + i;
        if ((c[0].cp == 'c' || c[0].cp == 'C') && (c[-1].cp == 0xFA || c[-1].cp == 0xDA) &&
            (c[-2].cp == 'h' || c[-2].cp == 'H'))
            break;
    }
    if (i >= chars)
        return 0;
    char buf[HEAD_CHARS * 4 + 1];
    uint16_t at[HEAD_CHARS * 4 + 1]; /* the character each byte belongs to */
    size_t n = 0;
    for (i = 0; i < chars; i++) {
        size_t k = (size_t)utf8proc_encode_char(r->chars[i].cp, (utf8proc_uint8_t *)buf + n);
        for (size_t j = 0; j < k; j++)
            at[n + j] = (uint16_t)i;
        n += k;
    }
    buf[n] = '\0';
    at[n] = (uint16_t)chars;
    size_t bytes[HEAD_CUTS], nb = 0, motto_end = 0;
    for (size_t pos = 0; nb + 2 <= HEAD_CUTS && congdoan__match(r->rules, CONGDOAN__RULE_MOTTO, buf, n, pos, 0) == 1;) {
        size_t a = congdoan__match_start(r->rules), e = congdoan__match_end(r->rules);
        if (a > 0)
            bytes[nb++] = a;
        bytes[nb++] = e;
        if (buf[a] != 'C' && buf[a] != 'c') /* the motto, not the national name */
            motto_end = e;
        pos = e;
    }
    if (!motto_end)
        return 0;
    nb -= bytes[nb - 1] == motto_end; /* the cut after the motto is made below, if at all */
    size_t p = skip_spaces(buf, n, motto_end), found = 0;
    if (p < n && congdoan__match(r->rules, CONGDOAN__RULE_OWN_NUMBER, buf + p, n - p, 0, 1) == 1) {
        bytes[nb++] = p;
        size_t na, ne;
        congdoan__match_group(r->rules, "num", &na, &ne);
        p = skip_spaces(buf, n, p + ne);
        found = 1;
    }
    if (p < n && congdoan__match(r->rules, CONGDOAN__RULE_PLACE_DATE, buf, n, p, 0) == 1 &&
        congdoan__match_start(r->rules) == p) {
        bytes[nb++] = p;
        p = skip_spaces(buf, n, congdoan__match_end(r->rules));
        found = 1;
        size_t k = p < n ? kind_heading_end(r, buf, n, p) : 0;
        if (p < n)
            bytes[nb++] = p;
        if (k && k < n)
            bytes[nb++] = k;
    } else if (found && p < n) {
        bytes[nb++] = p;
    }
    if (!found)
        return 0;
    size_t m = 0;
    for (i = 0; i < nb; i++) {
        size_t c = at[bytes[i]];
        if (c > 0 && c < r->nchars && (!m || c > cut[m - 1]))
            cut[m++] = c;
    }
    return m;
}

/* Take the line, cut where a header run together on it ends its lines. */
static int take_line_cut(reader *r, int after_blank)
{
    size_t cut[HEAD_CUTS];
    size_t m = r->nchars > 40 ? header_cuts(r, cut) : 0;
    if (!m)
        return take_line(r, after_blank);
    tchar piece[HEAD_CHARS];
    tchar *line = r->chars;
    size_t total = r->nchars, from = 0;
    int rc = 0;
    for (size_t i = 0; i <= m && !rc; i++) {
        size_t to = i < m ? cut[i] : total;
        while (from < to && line[from].cp == ' ')
            from++;
        size_t e = to;
        while (e > from && line[e - 1].cp == ' ')
            e--;
        if (e == from)
            continue;
        if (i < m) {
            memcpy(piece, line + from, (e - from) * sizeof *piece);
            r->chars = piece;
        } else {
            memmove(line, line + from, (e - from) * sizeof *line);
            r->chars = line;
        }
        r->nchars = e - from;
        rc = i ? end_block(r) : 0;
        if (!rc)
            rc = take_line(r, i ? 0 : after_blank);
        r->chars = line;
        from = to;
    }
    return rc;
}

/* Take one cleaned line into the blocks. `after_blank`: a blank line came before it. */
static int take_line(reader *r, int after_blank)
{
    if (r->nchars == 0)
        return 0; /* the caller remembers the blank line: see after_blank */
    if (line_is(r, is_pipe_cp) || (r->nchars >= 3 && line_is(r, is_rule_cp))) {
        r->in_table = 0;
        return end_block(r);
    }
    if (table_row(r)) {
        if (line_is(r, is_table_rule_cp)) /* |---|---| */
            return 0;
        return emit_table_row(r);
    }
    r->in_table = 0;
    /* "| text" and "text |": what is left of a table around one cell. */
    size_t from = 0, to = r->nchars;
    if (r->chars[0].cp == '|')
        for (from = 1; from < to && r->chars[from].cp == ' '; from++)
            ;
    if (to > from && r->chars[to - 1].cp == '|')
        for (to--; to > from && r->chars[to - 1].cp == ' '; to--)
            ;
    if (from >= to)
        return end_block(r);
    if (from) {
        memmove(r->chars, r->chars + from, (to - from) * sizeof *r->chars);
        to -= from;
    }
    r->nchars = to;

    int caps = line_caps(r->chars, r->nchars);
    int labelled = line_labelled(r);
    int join = 0;
    if (r->b.len) {
        int first_lower = is_lower_cp(r->chars[0].cp);
        if (after_blank) {
            /* a page break inside a sentence */
            join = first_lower && !labelled && !r->caps && !block_ends_sentence(r);
        } else if (labelled || block_ends_sentence(r) || line_is_stamp(r)) {
            join = 0;
        } else if (r->caps || caps) {
            join = r->caps && caps; /* a heading printed on several lines */
        } else if (!is_lower_cp(r->chars[0].cp) && r->words < 8 && block_is_stamp(r)) {
            join = 0; /* "Cập nhật: 04-05-2024 | 09:56" stands alone */
        } else if (r->labelled && r->words < 6 && is_upper_cp(r->chars[0].cp) && !ends_with_function_word(r)) {
            join = 0; /* "1. Mục đích" then the paragraph under it */
        } else if (r->labelled && is_upper_cp(r->chars[0].cp) && !ends_with_function_word(r) &&
                   r->nchars >= r->last_len + 1 + first_word_len(r)) {
            /* "1. Công tác phát triển đoàn viên, thành lập công đoàn cơ sở" then a longer line:
             * wrapping would have put that line's first word on the numbered one, so the number
             * ended a heading there, not a line of wrapped text */
            join = 0;
        } else if (!is_lower_cp(r->chars[0].cp) && r->last_len < r->wrap && !ends_with_function_word(r)) {
            join = 0; /* a short line (a title, a kicker, a time stamp) before a capital */
        } else {
            join = 1;
        }
    }
    if (!join) {
        if (end_block(r))
            return CONGDOAN_ENOMEM;
        r->caps = caps;
        r->labelled = labelled;
    } else {
        /* the line break between the joined lines: a space, just before the line's first character */
        if (congdoan__build_text(&r->b, " ", 1, r->line, r->chars[0].col > 1 ? r->chars[0].col - 1 : 1,
                                 CONGDOAN__POS_LINE))
            return CONGDOAN_ENOMEM;
        r->words++;
        r->caps = r->caps && caps;
    }
    r->last_len = (uint32_t)r->nchars;
    return put_chars(r, r->chars, r->nchars);
}

/* The length from which a line counts as full, so that a line break after it is the text's
 * wrapping and not the end of a title: 60% of the 90th percentile of the line lengths (in
 * characters). Texts copied from web pages have one paragraph per line (the percentile is
 * long, every short line is a unit of its own); texts wrapped at a width have most lines
 * near it. */
static uint32_t wrap_width(const char *s, size_t len)
{
    enum { CAP = 1024 };
    size_t hist[CAP + 1] = {0}, lines = 0;
    uint32_t n = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || s[i] == '\n') {
            if (n) {
                hist[n < CAP ? n : CAP]++;
                lines++;
            }
            n = 0;
        } else if (((unsigned char)s[i] & 0xC0) != 0x80 && s[i] != '\r') {
            n++;
        }
    }
    size_t want = lines - lines / 10, seen = 0;
    for (uint32_t k = 0; k <= CAP; k++) {
        seen += hist[k];
        if (lines && seen >= want)
            return k * 6 / 10;
    }
    return 0;
}

/* ---- the saved page's header -------------------------------------------------------------- */

/* The line that starts at `pos`: its length without its break, and where the next one starts
 * (`size` after the last). "\n", "\r\n" and a lone "\r" each end a line, as
 * congdoan__text_position() counts them: the header and the text are split by this one rule,
 * or a lone "\r" in the header would shift every position after it. Returns 1 when the line
 * ends with a break, 0 when it ends the text. */
static int next_line(const char *s, size_t size, size_t pos, size_t *len, size_t *next)
{
    size_t i = pos;
    while (i < size && s[i] != '\n' && s[i] != '\r')
        i++;
    *len = i - pos;
    if (i == size) {
        *next = size;
        return 0;
    }
    *next = i + 1 + (s[i] == '\r' && i + 1 < size && s[i + 1] == '\n');
    return 1;
}

/* Lines that start like a header but are not one (no blank line after them, or a line of
 * another kind among them): the text starts at its first line and says nothing of itself. */
static size_t not_a_header(reader *r, uint32_t *lines)
{
    *lines = 0;
    r->b.src->url = NULL;
    r->b.src->kind_hint = NULL;
    return 0;
}

/* "source: URL" and "kind: WORD" lines at the very start, ended by a blank line. Returns the
 * bytes they take (0 when there is no such header) and counts their lines (0 with no header). */
static size_t read_header(reader *r, const char *s, size_t len, uint32_t *lines)
{
    size_t pos = 0;
    *lines = 0;
    int seen = 0;
    for (;;) {
        size_t l, next;
        int nl = next_line(s, len, pos, &l, &next);
        const char *line = s + pos;
        const char *value = NULL;
        size_t vlen = 0;
        int is_url = 0;
        if (l > 7 && memcmp(line, "source:", 7) == 0) {
            value = line + 7;
            vlen = l - 7;
            is_url = 1;
        } else if (l > 5 && memcmp(line, "kind:", 5) == 0) {
            value = line + 5;
            vlen = l - 5;
        } else if (l == 0 && seen) {
            (*lines)++;
            return next;
        } else {
            return not_a_header(r, lines); /* read everything as text */
        }
        while (vlen && (*value == ' ' || *value == '\t')) {
            value++;
            vlen--;
        }
        while (vlen && (value[vlen - 1] == ' ' || value[vlen - 1] == '\t'))
            vlen--;
        const char *copy = congdoan__arena_strndup(&r->b.src->arena, value, vlen);
        if (!copy)
            return (size_t)-1;
        if (is_url)
            r->b.src->url = copy;
        else
            r->b.src->kind_hint = copy;
        seen = 1;
        (*lines)++;
        if (!nl)
            return not_a_header(r, lines);
        pos = next;
    }
}

/* ---- the reader --------------------------------------------------------------------------- */

static void reader_release(reader *r)
{
    congdoan__dealloc(r->chars);
    congdoan__matcher_free(r->rules);
    congdoan__build_release(&r->b);
}

int congdoan__source_read_text(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out)
{
    congdoan__import_limits defaults;
    int rc = congdoan__import_enter(data, size, name, N_("the text"), &lim, &defaults, issues, out);
    if (rc)
        return rc;
    if (!name)
        name = "<memory>";
    if (!data)
        data = "";
    size_t bad = congdoan__utf8_invalid(data, size);
    const unsigned char *u = (const unsigned char *)data;
    if (bad < size && size >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return congdoan__import_fail(issues, CONGDOAN_EENCODING, "import-encoding", name, 1, 1,
                                     "the text is UTF-16 (it starts with the byte-order mark 0x%02X 0x%02X): save it as "
                                     "UTF-8 text (iconv -f UTF-16 -t UTF-8)",
                                     (unsigned)u[0], (unsigned)u[1]);
    if (bad < size) {
        /* a NUL anywhere says binary data (or UTF-16) better than the first byte that is not
         * UTF-8, whose advice (convert from CP1258) is for text */
        const char *nul = memchr(data, '\0', size);
        if (nul)
            bad = (size_t)(nul - data);
        long line, col;
        congdoan__text_position(data, bad, &line, &col);
        if (data[bad] == '\0')
            return congdoan__import_fail(issues, CONGDOAN_EPARSE, "import-unreadable", name, line, col,
                                         "a NUL byte: this is not a text file (binary data, or UTF-16; save it as UTF-8 text)");
        return congdoan__import_fail(issues, CONGDOAN_EENCODING, "import-encoding", name, line, col,
                                     "a byte that is not UTF-8 (0x%02X): the text must be UTF-8 (convert it, e.g. with "
                                     "iconv -f CP1258 -t UTF-8)", (unsigned)(unsigned char)data[bad]);
    }

    reader r = {0};
    r.issues = issues;
    r.name = name;
    if (congdoan__build_init(&r.b, name, size))
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory reading '%s'", name);
    rc = congdoan__matcher_new(&r.rules);
    if (!rc)
        rc = end_block(&r); /* the first paragraph */

    size_t pos = 0;
    if (!rc && size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    uint32_t header_lines = 0;
    if (!rc) {
        size_t h = read_header(&r, data + pos, size - pos, &header_lines);
        if (h == (size_t)-1)
            rc = CONGDOAN_ENOMEM;
        else
            pos += h;
    }
    r.line = header_lines;
    if (!rc)
        r.wrap = wrap_width(data + pos, size - pos);
    int blank = 1;
    while (!rc && pos < size) {
        size_t l, next;
        next_line(data, size, pos, &l, &next); /* a lone \r is a line break too (old Mac text) */
        r.line++;
        rc = read_line(&r, data + pos, l);
        if (!rc) {
            int was_blank = blank;
            blank = r.nchars == 0;
            rc = take_line_cut(&r, was_blank);
            if (!rc && blank)
                r.in_table = 0;
        }
        pos = next;
    }
    if (!rc)
        rc = congdoan__build_end(&r.b, 0, NULL);
    if (!rc && r.controls &&
        congdoan__issue_add(issues, "import-control-characters", name, r.control_line, r.control_col,
                            "%zu control character%s read as spaces", r.controls, r.controls == 1 ? "" : "s"))
        rc = CONGDOAN_ENOMEM;
    if (!rc && congdoan__build_count(&r.b) == 0)
        rc = congdoan__import_fail(issues, CONGDOAN_EPARSE, "import-empty", name, 0, 0, "the text holds no words to import");
    if (!rc && congdoan__build_finish(&r.b, NULL, NULL, out))
        rc = CONGDOAN_ENOMEM;
    if (rc == CONGDOAN_ENOMEM)
        congdoan__error(CONGDOAN_ENOMEM, "out of memory reading '%s'", name);
    reader_release(&r);
    return rc;
}
