/*
 * The document's metadata: what its header, its signature block and its list of recipients
 * say (number, place and date, issuer, kind, title, signer, recipients), and where its body
 * starts and ends.
 *
 * A formal document opens with the issuer's name in capitals, the national name and motto,
 * "Số: N", "Place, ngày … tháng … năm …", the kind in capitals (KẾ HOẠCH) and the title; a news
 * page opens with its headline and a time stamp. The time stamp of a page is its publication
 * date, never a date of issue; ANSWERS.md gives it as the date of an article, so an article's
 * date is its publication date and a formal document's is the date of its header.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <stdlib.h>
#include <string.h>

/* How many blocks from the start the header may take, and from the end the signature. */
enum { HEAD_BLOCKS = 60, TAIL_BLOCKS = 60, TITLE_WORDS = 30, STAMP_BLOCKS = 4 };

static long group_long(congdoan__ctx *x, const char *s, const char *name)
{
    size_t a, b;
    if (!congdoan__match_group(x->m, name, &a, &b) || b - a > 9)
        return -1;
    return strtol(s + a, NULL, 10);
}

static int date_of_groups(congdoan__ctx *x, const char *s, const char *d, const char *m, const char *y)
{
    return congdoan__ymd(group_long(x, s, d), group_long(x, s, m), group_long(x, s, y));
}

static congdoan__span span(size_t b, size_t start, size_t end)
{
    return (congdoan__span){b, start, end};
}

/* The attribute box of legal-text sites ("Số hiệu … Ngày ban hành … Người ký …"). */
static int read_meta_box(congdoan__ctx *x, size_t b)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int found = 0;
    for (size_t pos = 0; pos < len;) {
        int rc = congdoan__x_match(x, CONGDOAN__RULE_META_BOX, b, pos, 0);
        if (rc <= 0)
            return rc < 0 ? rc : found;
        size_t ka, kb, va, vb;
        congdoan__match_group(x->m, "key", &ka, &kb);
        congdoan__match_group(x->m, "value", &va, &vb);
        size_t end = congdoan__match_end(x->m);
        congdoan__trim(s, &va, &vb);
        const char *key = s + ka;
        size_t klen = kb - ka;
        if (va < vb) {
            found++;
            if (congdoan__equals(key, klen, "Số hiệu") && !f->number) {
                f->number = congdoan__docnumber_clean(x, s + va, vb - va, &f->number_valid);
                f->number_where = span(b, va, vb);
                if (!f->number)
                    return CONGDOAN_ENOMEM;
            } else if (strncmp(key, "Ngày ban hành", klen) == 0 || strncmp(key, "Ngày có hiệu lực", klen) == 0) {
                int effective = key[klen - 1] != 'h'; /* "… hiệu lực" */
                if (congdoan__match(x->m, CONGDOAN__RULE_DATE, s, vb, va, 1) == 1) {
                    int ymd = date_of_groups(x, s, "d", "m", "y");
                    if (effective)
                        f->effective = ymd;
                    else if (!f->issued) {
                        f->issued = ymd;
                        f->issued_where = span(b, va, vb);
                    }
                }
            } else if (strncmp(key, "Loại văn bản", klen) == 0 && f->kind == CONGDOAN_DOCUMENT_UNKNOWN) {
                f->kind = congdoan__kind_of_word(s + va, vb - va);
                f->kind_from_content = f->kind != CONGDOAN_DOCUMENT_UNKNOWN;
            } else if ((strncmp(key, "Cơ quan ban hành", klen) == 0 || strncmp(key, "Nơi ban hành", klen) == 0) &&
                       !f->issuer_text) {
                f->issuer_text = congdoan__x_strndup(x, s + va, vb - va);
                f->issuer_where = span(b, va, vb);
            } else if (strncmp(key, "Người ký", klen) == 0 && !f->signer_name) {
                f->signer_name = congdoan__x_strndup(x, s + va, vb - va);
                f->signer_where = span(b, va, vb);
            } else if (strncmp(key, "Lĩnh vực", klen) == 0 && !f->field) {
                f->field = congdoan__x_strndup(x, s + va, vb - va);
            }
        }
        pos = end > pos ? end : pos + 1;
    }
    return found;
}

/* The own number in s[0..limit) of block b, when the block opens with "Số:". */
static int read_number(congdoan__ctx *x, size_t b, size_t limit)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__match(x->m, CONGDOAN__RULE_OWN_NUMBER, s, limit, 0, 1);
    if (rc <= 0)
        return rc;
    size_t a, e;
    congdoan__match_group(x->m, "num", &a, &e);
    congdoan__found *f = x->f;
    f->number = congdoan__docnumber_clean(x, s + a, e - a, &f->number_valid);
    f->number_where = span(b, a, e);
    return f->number ? 1 : CONGDOAN_ENOMEM;
}

/* The place and date of the header, searched in s[from..len) of block b. */
static int read_place_date(congdoan__ctx *x, size_t b, size_t from)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__match(x->m, CONGDOAN__RULE_PLACE_DATE, s, len, from, 0);
    if (rc <= 0)
        return rc;
    /* in a header the place and date stand alone (or after the motto) */
    if (congdoan__match_start(x->m) > from + 40)
        return 0;
    int ymd = date_of_groups(x, s, "d", "m", "y");
    if (!ymd)
        return 0;
    congdoan__found *f = x->f;
    f->issued = ymd;
    f->issued_where = span(b, congdoan__match_start(x->m), congdoan__match_end(x->m));
    f->place = congdoan__x_group(x, s, "place");
    /* a place broken over two lines of a table cell ("Sơn" / "La, ngày …") */
    size_t pa, pb;
    if (f->place && b > 0 && congdoan__match_group(x->m, "place", &pa, &pb) && pa == 0) {
        size_t plen;
        const char *prev = congdoan__block_text(x, b - 1, &plen);
        if (plen && plen < 30 && congdoan__word_count(prev, plen) <= 3 && !congdoan__is_caps(prev, plen) &&
            congdoan__is_name(prev, plen)) {
            size_t n = strlen(f->place);
            char *t = congdoan__arena_alloc_raw(&f->arena, plen + 1 + n + 1);
            if (!t)
                return CONGDOAN_ENOMEM;
            memcpy(t, prev, plen);
            t[plen] = ' ';
            memcpy(t + plen + 1, f->place, n + 1);
            f->place = t;
        }
    }
    return 1;
}

/* `head`, a space and s[0..n), in the arena of f; NULL when out of memory. */
static char *joined(congdoan__found *f, const char *head, const char *s, size_t n)
{
    size_t old = strlen(head);
    char *t = congdoan__arena_alloc_raw(&f->arena, old + 1 + n + 1);
    if (!t)
        return NULL;
    memcpy(t, head, old);
    t[old] = ' ';
    memcpy(t + old + 1, s, n);
    t[old + 1 + n] = '\0';
    return t;
}

/* A title continues on the next block when that one is short and not yet the body. */
/* Whether block b is in capitals; how many words it has. */
static int block_is_caps(const congdoan__ctx *x, size_t b)
{
    size_t len = 0;
    const char *s = congdoan__block_text(x, b, &len);
    return congdoan__is_caps(s, len);
}

static size_t block_words(const congdoan__ctx *x, size_t b)
{
    size_t len = 0;
    const char *s = congdoan__block_text(x, b, &len);
    return (size_t)congdoan__word_count(s, len);
}

static int continues_title(congdoan__ctx *x, size_t b)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    if (congdoan__x_match(x, CONGDOAN__RULE_LABEL, b, 0, 1) == 1)
        return 0;
    if (congdoan__is_caps(s, len)) /* "THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW …" is a title */
        return 1;
    if (congdoan__x_match(x, CONGDOAN__RULE_BASIS, b, 0, 1) == 1)
        return 0;
    if (len && (s[len - 1] == ':' || s[len - 1] == ';'))
        return 0;
    /* a title goes on for a line or two; a paragraph of the body ends with a full stop */
    return congdoan__is_caps(s, len) || congdoan__word_count(s, len) <= 12 ||
           (congdoan__word_count(s, len) <= 30 && s[len - 1] != '.');
}

static int append_title(congdoan__ctx *x, size_t b, size_t start)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    congdoan__found *f = x->f;
    size_t a = start, e = len;
    congdoan__trim(s, &a, &e);
    if (a >= e)
        return 0;
    if (!f->title) {
        f->title = congdoan__x_strndup(x, s + a, e - a);
        f->title_where = span(b, a, e);
    } else {
        f->title = joined(f, f->title, s + a, e - a);
    }
    return f->title ? 0 : CONGDOAN_ENOMEM;
}

/* The year a document is for, from "năm 2025" in its title (the period rule of rules.c). */
static int read_year(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    if (!f->title)
        return 0;
    size_t len = strlen(f->title);
    for (size_t pos = 0; pos < len && congdoan__match(x->m, CONGDOAN__RULE_PERIOD, f->title, len, pos, 0) == 1;) {
        size_t a, b;
        congdoan__match_group(x->m, "p", &a, &b);
        pos = congdoan__match_end(x->m);
        if (b - a == strlen("năm 2025") && (congdoan__starts(f->title + a, b - a, "năm ") ||
                                            congdoan__starts(f->title + a, b - a, "Năm ") ||
                                            congdoan__starts(f->title + a, b - a, "NĂM "))) {
            f->year = congdoan__x_strndup(x, f->title + b - 4, 4);
            return f->year ? 0 : CONGDOAN_ENOMEM;
        }
    }
    return 0;
}

/* ---- the header ------------------------------------------------------------------------------ */

/* The number of lines of the input a block was joined from, and the byte its last one starts at
 * (0 for a block of one line). */
static size_t lines_of(const congdoan__block *bl)
{
    size_t n = 1;
    for (size_t i = 1; i < bl->map_count; i++)
        n += bl->map[i].line != bl->map[i - 1].line;
    return n;
}

static size_t last_line_start(const congdoan__block *bl)
{
    size_t at = 0;
    for (size_t i = 1; i < bl->map_count; i++)
        if (bl->map[i].line != bl->map[i - 1].line)
            at = bl->map[i].offset;
    while (at < bl->len && bl->text[at] == ' ')
        at++;
    return at;
}

/* The subject line of an official letter, under its number where other kinds print their
 * heading ("V/v báo cáo kết quả …"): 1 when block b is one (the next block too when the subject
 * goes on there in small letters: *used says how many blocks it took). In a row of a header
 * table the place and date may stand beside it. */
static int read_subject(congdoan__ctx *x, size_t b, size_t *used)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__x_match(x, CONGDOAN__RULE_SUBJECT, b, 0, 1);
    if (rc <= 0)
        return rc;
    size_t a, e;
    congdoan__match_group(x->m, "subject", &a, &e);
    congdoan__trim(s, &a, &e);
    if (a >= e)
        return 0;
    f->subject_where = span(b, a, e);
    if (!(f->subject = congdoan__x_strndup(x, s + a, e - a)))
        return CONGDOAN_ENOMEM;
    *used = 1;
    if (e < len && !f->issued && (rc = read_place_date(x, b, e)) < 0)
        return rc;
    if (b + 1 < x->src->count && x->src->blocks[b + 1].kind == CONGDOAN__BLOCK_PARAGRAPH) {
        size_t nlen;
        const char *next = congdoan__block_text(x, b + 1, &nlen);
        if (congdoan__starts_lower(next, nlen) && congdoan__word_count(next, nlen) <= 15 &&
            congdoan__x_match(x, CONGDOAN__RULE_PLACE_DATE, b + 1, 0, 0) == 0) {
            size_t na = 0, ne = nlen;
            congdoan__trim(next, &na, &ne);
            if (!(f->subject = joined(f, f->subject, next + na, ne - na)))
                return CONGDOAN_ENOMEM;
            *used = 2;
        }
    }
    return 1;
}

static int add_recipients(congdoan__ctx *x, size_t b);

/* A page that opens with two short lines before its text, with no time stamp between: the first
 * is a topic line (the event or column the article is filed under: "Đại hội XIII Công đoàn Việt
 * Nam, nhiệm kỳ 2023 - 2028"), the second the headline, when the first names a thing (no verb)
 * and the second, longer, says what someone did ("Công đoàn Công Thương Việt Nam đề xuất tới
 * Đại hội …"). 1 when so, 0 when not. */
static int topic_above_headline(congdoan__ctx *x)
{
    if (x->src->count < 3)
        return 0;
    size_t l0, l1;
    const char *s0 = congdoan__block_text(x, 0, &l0), *s1 = congdoan__block_text(x, 1, &l1);
    for (size_t b = 0; b < 2; b++) {
        const congdoan__block *bl = &x->src->blocks[b];
        if (bl->kind == CONGDOAN__BLOCK_TABLE_ROW || bl->kind == CONGDOAN__BLOCK_LIST_ITEM || !bl->len ||
            bl->text[bl->len - 1] == '.' || bl->text[bl->len - 1] == ':' ||
            congdoan__word_count(bl->text, bl->len) > TITLE_WORDS)
            return 0;
    }
    if (congdoan__word_count(s1, l1) <= congdoan__word_count(s0, l0))
        return 0;
    int rc = congdoan__x_match(x, CONGDOAN__RULE_CLAUSE_VERB, 0, 0, 0);
    if (rc != 0)
        return rc < 0 ? rc : 0;
    return congdoan__x_match(x, CONGDOAN__RULE_CLAUSE_VERB, 1, 0, 0);
}

/* Those a formal document is addressed to, at the start of its body ("Kính gửi: Các công đoàn
 * cấp trên trực tiếp cơ sở.", or "Kính gửi:" over a list of them): recipients, and no part of
 * the body. */
static int read_addressees(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    size_t b = f->body_start, n = x->src->count;
    int rc = b < n ? congdoan__x_match(x, CONGDOAN__RULE_ADDRESSEE, b, 0, 1) : 0;
    if (rc <= 0)
        return rc;
    f->addressed = 1;
    f->addressed_where = span(b, 0, x->src->blocks[b].len);
    size_t len, a, e;
    const char *s = congdoan__block_text(x, b, &len);
    congdoan__match_group(x->m, "to", &a, &e);
    congdoan__trim(s, &a, &e);
    if (a < e) {
        congdoan__found_party *p = CONGDOAN__PUSH(x, f->recipients, f->recipient_count, f->recipient_cap);
        if (!p || !(p->text = congdoan__x_strndup(x, s + a, e - a)))
            return CONGDOAN_ENOMEM;
        p->where = span(b, a, e);
        f->body_start = b + 1;
        return 0;
    }
    /* "Kính gửi:" then the list: short items, the last one closed by a full stop */
    for (b++; b < n && b < f->body_start + 12; b++) {
        s = congdoan__block_text(x, b, &len);
        int item = x->src->blocks[b].label || congdoan__x_match(x, CONGDOAN__RULE_LABEL, b, 0, 1) == 1;
        if (!item || congdoan__word_count(s, len) > 25)
            break;
        if ((rc = add_recipients(x, b)) < 0)
            return rc;
        if (len && s[len - 1] == '.') {
            b++;
            break;
        }
    }
    f->body_start = b;
    return 0;
}

/* Block b (text s, len bytes) taken as the page's time stamp when it is one: 1 if so, 0 if
 * not, or an error. */
static int take_stamp(congdoan__ctx *x, size_t b, const char *s, size_t len)
{
    int rc = congdoan__x_whole(x, CONGDOAN__RULE_PUBLISHED, s, len);
    if (rc == 1) {
        x->f->published = date_of_groups(x, s, "d", "m", "y");
        x->f->published_where = span(b, 0, len);
    }
    return rc;
}

static int read_header(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    size_t n = x->src->count, scan = n < HEAD_BLOCKS ? n : HEAD_BLOCKS;
    size_t last_header = (size_t)-1, stamp = (size_t)-1, kind_block = (size_t)-1;
    size_t issuer_first = (size_t)-1, issuer_last = (size_t)-1;
    int saw_number_or_motto = 0;
    for (size_t b = 0; b < scan; b++) {
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        int rc;
        /* a paragraph of running text: the body has begun (a formal header has none) */
        if (congdoan__word_count(s, len) > TITLE_WORDS && congdoan__x_match(x, CONGDOAN__RULE_META_BOX, b, 0, 1) != 1 &&
            congdoan__x_match(x, CONGDOAN__RULE_KIND_HEADING, b, 0, 1) != 1)
            break;
        if (!f->published && (rc = take_stamp(x, b, s, len)) != 0) {
            if (rc < 0)
                return rc;
            stamp = b;
            last_header = b;
            continue;
        }
        if (congdoan__x_match(x, CONGDOAN__RULE_META_BOX, b, 0, 1) == 1) {
            if ((rc = read_meta_box(x, b)) < 0)
                return rc;
            last_header = b;
            continue;
        }
        size_t motto_at = len, motto_end = 0;
        if ((rc = congdoan__x_match(x, CONGDOAN__RULE_MOTTO, b, 0, 0)) == 1) {
            motto_at = congdoan__match_start(x->m);
            motto_end = congdoan__match_end(x->m);
            /* both parts of the motto may stand in one block */
            while (congdoan__x_match(x, CONGDOAN__RULE_MOTTO, b, motto_end, 0) == 1)
                motto_end = congdoan__match_end(x->m);
            saw_number_or_motto = 1;
            last_header = b;
        } else if (rc < 0) {
            return rc;
        }
        if (!f->number && (rc = read_number(x, b, motto_at)) != 0) {
            if (rc < 0)
                return rc;
            saw_number_or_motto = 1;
            last_header = b;
        }
        if (!f->issued || !f->place || motto_end) {
            if ((rc = read_place_date(x, b, motto_end)) < 0)
                return rc;
            if (rc) {
                last_header = b;
                continue;
            }
        }
        if (motto_at < len || (f->number && f->number_where.block == b))
            continue;
        if (saw_number_or_motto && !f->subject) {
            size_t used = 0;
            if ((rc = read_subject(x, b, &used)) < 0)
                return rc;
            if (rc) {
                b += used - 1;
                last_header = b;
                continue;
            }
        }
        if (congdoan__x_whole(x, CONGDOAN__RULE_KIND_HEADING, s, len) == 1) {
            size_t ka, kb;
            congdoan__match_group(x->m, "kind", &ka, &kb);
            f->kind = congdoan__kind_of_word(s + ka, kb - ka);
            f->kind_from_content = f->kind != CONGDOAN_DOCUMENT_UNKNOWN;
            f->heading_kind = congdoan__equals(s + ka, kb - ka, "CÔNG VĂN") ? 2 : 1;
            size_t ta, tb;
            kind_block = b;
            if (congdoan__match_group(x->m, "title", &ta, &tb)) {
                /* what follows the kind only dates it ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026"): the
                 * title is the whole heading, not "NĂM 2026" */
                size_t pa = ta, pb = len;
                congdoan__trim(s, &pa, &pb);
                if (pb > pa && (rc = congdoan__x_whole(x, CONGDOAN__RULE_PERIOD, s + pa, pb - pa)) != 0) {
                    if (rc < 0)
                        return rc;
                    ta = 0;
                }
                if ((rc = append_title(x, b, ta)) < 0)
                    return rc;
            }
            last_header = b;
            /* the title: the rest of the heading's block and the short blocks after it */
            size_t t = b + 1;
            if (!f->title && t < n && continues_title(x, t)) {
                if ((rc = append_title(x, t, 0)) < 0)
                    return rc;
                last_header = t++;
            }
            /* (the text is fetched before its length is read: the order in which a call's
             * arguments are evaluated is unspecified) */
            /* (a line in capitals goes on a title in capitals: after "Về việc …" it is the
             * authority that issues a decision, "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH …") */
            while (t < n && t < b + 4 && f->title && block_is_caps(x, t) && block_is_caps(x, t - 1) &&
                   continues_title(x, t)) {
                if ((rc = append_title(x, t, 0)) < 0)
                    return rc;
                last_header = t++;
            }
            if (t < n && t == b + 2 && f->title && !block_is_caps(x, t) && block_words(x, t) <= 8 &&
                continues_title(x, t)) {
                if ((rc = append_title(x, t, 0)) < 0)
                    return rc;
                last_header = t++;
            }
            break;
        }
        /* the issuer's name in capitals at the top, before the number and the kind: right after
         * the header read so far, never after running text (a news item's subheading in capitals
         * after its lead is no issuer, and the lead is body) */
        size_t next = issuer_last != (size_t)-1 ? issuer_last + 1 : last_header != (size_t)-1 ? last_header + 1 : 0;
        if (!saw_number_or_motto && congdoan__is_caps(s, len) && b == next &&
            congdoan__word_count(s, len) <= 12 * lines_of(&x->src->blocks[b])) {
            if (issuer_first == (size_t)-1)
                issuer_first = b;
            issuer_last = b;
            last_header = b;
            continue;
        }
        /* a page's headline and time stamp come first; a formal header goes on (in short
         * blocks) to its kind heading */
        if (!saw_number_or_motto && b >= 10)
            break;
    }
    /* a headline longer than a title ends the loop at once; the page's time stamp still stands
     * among its first blocks, under the headline and the byline ("22:12, ngày 13-11-2018"). The
     * block above it is then no headline to take (the byline may stand there). */
    for (size_t b = 0; !f->published && b < scan && b < STAMP_BLOCKS; b++) {
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        int rc = take_stamp(x, b, s, len);
        if (rc < 0)
            return rc;
        if (rc && (last_header == (size_t)-1 || b > last_header))
            last_header = b;
    }
    if (issuer_first != (size_t)-1) { /* the header's own words, before a site's attribute box */
        /* a body printed under its superior ("LIÊN ĐOÀN LAO ĐỘNG TỈNH …" / "LIÊN ĐOÀN LAO ĐỘNG
         * HUYỆN …") issues the document: its last line when that starts the name of a body */
        const congdoan__block *lb = &x->src->blocks[issuer_last];
        size_t from = issuer_first, off = 0, lo = last_line_start(lb);
        int rc = (lo > 0 || issuer_last > issuer_first)
                     ? congdoan__match(x->m, CONGDOAN__RULE_HEADER_BODY, lb->text, lb->len, lo, 1)
                     : 0;
        if (rc == 1) { /* and the lines above it a whole name, with its place */
            const congdoan__block *fb = &x->src->blocks[issuer_first];
            rc = congdoan__match(x->m, CONGDOAN__RULE_HEADER_PLACE, fb->text, issuer_first == issuer_last ? lo : fb->len, 0, 0);
        }
        if (rc < 0)
            return rc;
        if (rc)
            from = issuer_last, off = lo;
        size_t total = 0;
        for (size_t b = from; b <= issuer_last; b++)
            total += x->src->blocks[b].len + 1;
        char *t = congdoan__arena_alloc_raw(&f->arena, total + 1), *w = t;
        if (!t)
            return CONGDOAN_ENOMEM;
        for (size_t b = from; b <= issuer_last; b++) {
            size_t a = b == from ? off : 0;
            if (w != t)
                *w++ = ' ';
            memcpy(w, x->src->blocks[b].text + a, x->src->blocks[b].len - a);
            w += x->src->blocks[b].len - a;
        }
        *w = '\0';
        f->issuer_text = t;
        f->issuer_where = span(from, off, x->src->blocks[from].len);
    }
    if (kind_block == (size_t)-1 && !saw_number_or_motto) {
        /* A page: its headline stands before its time stamp (after a kicker) or opens it; a
         * headline is short and ends without a full stop. */
        size_t cand = stamp != (size_t)-1 && stamp > 0 ? stamp - 1 : stamp != (size_t)-1 ? stamp + 1 : 0;
        size_t len;
        int rc = stamp == (size_t)-1 ? topic_above_headline(x) : 0;
        if (rc < 0)
            return rc;
        cand += (size_t)rc;
        const char *s = cand < n ? congdoan__block_text(x, cand, &len) : NULL;
        if (s && len && s[len - 1] != '.' && s[len - 1] != ':' && congdoan__word_count(s, len) <= TITLE_WORDS &&
            congdoan__x_match(x, CONGDOAN__RULE_LABEL, cand, 0, 1) == 0) {
            if ((rc = append_title(x, cand, 0)) < 0)
                return rc;
            if (last_header == (size_t)-1 || cand > last_header)
                last_header = cand;
        }
    }
    f->formal = saw_number_or_motto;
    /* a letter's subject is its title; a heading's title comes first */
    if (!f->title && f->subject) {
        f->title = f->subject;
        f->title_where = f->subject_where;
    }
    f->body_start = last_header == (size_t)-1 ? 0 : last_header + 1;
    int rc = f->formal ? read_addressees(x) : 0;
    return rc ? rc : read_year(x);
}

/* ---- the end: recipients and signature ------------------------------------------------------ */

/* The lines of a block (as printed: its map says where they were joined), each a recipient. */
static int add_recipients(congdoan__ctx *x, size_t b)
{
    const congdoan__block *bl = &x->src->blocks[b];
    size_t start = 0;
    for (size_t k = 1; k <= bl->map_count; k++) {
        size_t end = k < bl->map_count ? bl->map[k].offset : bl->len;
        if (k < bl->map_count && bl->map[k].line == bl->map[k - 1].line)
            continue;
        size_t a = start, e = end;
        /* the list marker and the closing punctuation */
        while (a < e && (bl->text[a] == '-' || bl->text[a] == '+' || bl->text[a] == ' ' || bl->text[a] == '*'))
            a++;
        if (e - a >= 3 && memcmp(bl->text + a, "\xe2\x80\xa2", 3) == 0)
            a += 3;
        while (a < e && bl->text[a] == ' ')
            a++;
        while (e > a && (bl->text[e - 1] == ';' || bl->text[e - 1] == '.' || bl->text[e - 1] == ',' || bl->text[e - 1] == ' '))
            e--;
        if (e > a) {
            congdoan__found_party *p = CONGDOAN__PUSH(x, x->f->recipients, x->f->recipient_count, x->f->recipient_cap);
            if (!p || !(p->text = congdoan__x_strndup(x, bl->text + a, e - a)))
                return CONGDOAN_ENOMEM;
            p->where = span(b, a, e);
        }
        start = end;
    }
    return 0;
}

/* A document that issues another prints it after its own signature: the other's kind heading,
 * its title, then "(Ban hành kèm theo Quyết định số …)". 1 with the heading's block and the
 * block after that line, 0 when the text has none. */
static int find_attachment(congdoan__ctx *x, size_t n, size_t *head, size_t *body)
{
    for (size_t h = x->f->body_start; h < n; h++) {
        size_t len;
        const char *s = congdoan__block_text(x, h, &len);
        int rc = congdoan__x_whole(x, CONGDOAN__RULE_KIND_HEADING, s, len);
        for (size_t a = h + 1; rc == 1 && a < n && a <= h + 3; a++) {
            if ((rc = congdoan__x_match(x, CONGDOAN__RULE_ATTACHED, a, 0, 1)) == 0)
                rc = 1;
            else if (rc == 1) {
                *head = h;
                *body = a + 1;
                return 1;
            }
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

int congdoan__block_in_gap(const congdoan__found *f, size_t b)
{
    return b >= f->gap_start && b < f->gap_end;
}

static int read_tail(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    size_t n = x->src->count;
    while (n && (x->src->blocks[n - 1].kind == CONGDOAN__BLOCK_NOTE || congdoan__block_is_chrome(f, n - 1)))
        n--; /* the page footers after the signature, a list of links after the article */
    /* a plan issued by the decision before it: the decision's signature and recipients stand
     * before the plan, whose words are the document's too */
    size_t whole = n, attached_head = 0, attached_body = 0;
    int attached = find_attachment(x, n, &attached_head, &attached_body);
    if (attached < 0)
        return attached;
    if (attached)
        n = attached_head;
    size_t from = n > TAIL_BLOCKS ? n - TAIL_BLOCKS : 0;
    if (from < f->body_start)
        from = f->body_start;
    size_t end = n;
    /* the signature: its capacity (TM. BAN THƯỜNG VỤ) or position, then the name */
    for (size_t b = n; b-- > from;) {
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        int cap = congdoan__x_whole(x, CONGDOAN__RULE_SIGN_CAPACITY, s, len);
        int pos = cap ? 0 : congdoan__x_whole(x, CONGDOAN__RULE_SIGN_POSITION, s, len);
        if (cap < 0 || pos < 0)
            return cap < 0 ? cap : pos;
        if (!cap && !pos)
            continue;
        if (cap) {
            f->signer_capacity = congdoan__x_group(x, s, "cap");
            f->signer_position = congdoan__x_group(x, s, "pos");
        } else {
            f->signer_position = congdoan__x_group(x, s, "pos");
        }
        end = b;
        for (size_t k = b + 1; k < n && k < b + 4; k++) {
            const char *t = congdoan__block_text(x, k, &len);
            if (congdoan__x_whole(x, CONGDOAN__RULE_SIGN_POSITION, t, len) == 1 && !f->signer_position) {
                f->signer_position = congdoan__x_group(x, t, "pos");
                continue;
            }
            if (congdoan__x_whole(x, CONGDOAN__RULE_PERSON_NAME, t, len) == 1) {
                f->signer_name = congdoan__x_group(x, t, "name");
                size_t a, e;
                congdoan__match_group(x->m, "name", &a, &e);
                f->signer_where = span(k, a, e);
                break;
            }
        }
        break;
    }
    /* a news item has no signature: the byline after its text names its author ("HÀ THU",
     * "Tin, ảnh: Thu Hằng"), and is no heading of the body */
    if (end == n && !f->signer_name && n > f->body_start + 1) {
        size_t len;
        const char *s = congdoan__block_text(x, n - 1, &len);
        int rc = x->src->blocks[n - 1].kind == CONGDOAN__BLOCK_TABLE_ROW ? 0 : congdoan__x_whole(x, CONGDOAN__RULE_BYLINE, s, len);
        if (rc < 0)
            return rc;
        size_t a = 0, e = 0;
        if (rc && congdoan__match_group(x->m, "name", &a, &e) && a == 0 && e == len && !f->number) {
            /* a name alone in small letters ("Mỹ Trang") is a byline where no number says the
             * text is a formal document */
        } else if (rc && a == 0 && e == len) {
            int small = 0;
            for (size_t i = 0; i < len && !small; i++)
                small = s[i] >= 'a' && s[i] <= 'z';
            rc = !small;
        }
        if (rc) {
            congdoan__match_group(x->m, "name", &a, &e);
            if (!(f->author = congdoan__x_group(x, s, "name")))
                return CONGDOAN_ENOMEM;
            f->author_where = span(n - 1, a, e);
            end = n - 1;
        }
    }
    /* the recipients, up to the archive line or the signature */
    for (size_t b = from; b < end; b++) {
        int rc = congdoan__x_match(x, CONGDOAN__RULE_RECIPIENTS, b, 0, 1);
        if (rc < 0)
            return rc;
        if (!rc)
            continue;
        if (b < end)
            end = b;
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        size_t ra, re;
        if (congdoan__match_group(x->m, "rest", &ra, &re) && re > ra) {
            (void)s; /* "Nơi nhận: - Như trên;" on one line */
        }
        for (size_t k = b + 1; k < n; k++) {
            if (f->signer_capacity && k >= n)
                break;
            const char *t = congdoan__block_text(x, k, &len);
            if (congdoan__x_whole(x, CONGDOAN__RULE_SIGN_CAPACITY, t, len) == 1 ||
                congdoan__x_whole(x, CONGDOAN__RULE_SIGN_POSITION, t, len) == 1)
                break;
            if ((rc = add_recipients(x, k)) < 0)
                return rc;
            if (congdoan__x_match(x, CONGDOAN__RULE_ARCHIVE_COPY, k, 0, 1) == 1)
                break;
        }
        break;
    }
    f->body_end = end > f->body_start ? end : f->body_start;
    if (attached) {
        if (f->signer_name) {
            f->gap_start = f->body_end;
            f->gap_end = attached_body;
        }
        f->body_end = whole;
    }
    return 0;
}

/* ---- kind ---------------------------------------------------------------------------------- */

static congdoan_document_kind kind_of_hint(const char *hint)
{
    static const struct {
        const char *hint;
        congdoan_document_kind kind;
    } hints[] = {{"plan", CONGDOAN_DOCUMENT_PLAN},
                 {"programme", CONGDOAN_DOCUMENT_PROGRAMME},
                 {"program", CONGDOAN_DOCUMENT_PROGRAMME},
                 {"resolution", CONGDOAN_DOCUMENT_RESOLUTION},
                 {"report", CONGDOAN_DOCUMENT_REPORT}};
    for (size_t i = 0; hint && i < sizeof hints / sizeof hints[0]; i++)
        if (strcmp(hint, hints[i].hint) == 0)
            return hints[i].kind;
    return CONGDOAN_DOCUMENT_UNKNOWN;
}

/* An official letter (công văn): a formal document (a number or the motto) with no heading of
 * another kind, whose signs add up to two: its subject under the number ("V/v …") or the code
 * CV in its number or a heading CÔNG VĂN, each enough alone; those it is addressed to ("Kính
 * gửi: …"), its naming itself ("Công văn này") and an own number without a kind code, each
 * half as much. A plan or a report that mentions a công văn has its heading; a news item that
 * quotes "Kính gửi" has no number and no motto. */
static int settle_letter(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    if (!f->formal || f->heading_kind == 1)
        return 0;
    int signs = 2 * (f->heading_kind == 2) + 2 * (f->subject != NULL) + f->addressed;
    if (f->number && f->number_valid) {
        congdoan_docnumber *num = NULL;
        if (congdoan_docnumber_parse(f->number, &num) == 0 && !congdoan_docnumber_kind_code(num)) {
            int rc = congdoan__match(x->m, CONGDOAN__RULE_LETTER_CODE, f->number, strlen(f->number), 0, 0);
            if (rc < 0) {
                congdoan_docnumber_free(num);
                return rc;
            }
            signs += rc ? 2 : 1;
        }
        congdoan_docnumber_free(num);
    }
    /* (the body is searched only when its naming itself would decide) */
    for (size_t b = f->body_start; b < f->body_end && signs == 1; b++) {
        int rc = congdoan__x_match(x, CONGDOAN__RULE_LETTER_SELF, b, 0, 0);
        if (rc < 0)
            return rc;
        signs += rc;
    }
    return signs >= 2;
}

/* The kind follows the document's own words: its heading, else the kind code of its own
 * number. Only when they say nothing is the kind the saved page was filed under taken (and
 * said so); a page with neither is news. An official letter has no kind of the vocabulary:
 * its genre is "letter", and it is written with the kind news, which says so. */
static int settle_kind(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    if (f->kind == CONGDOAN_DOCUMENT_UNKNOWN && f->number && f->number_valid) {
        congdoan_docnumber *num = NULL;
        if (congdoan_docnumber_parse(f->number, &num) == 0) {
            f->kind = congdoan_docnumber_kind(num);
            f->kind_from_content = f->kind != CONGDOAN_DOCUMENT_UNKNOWN;
        }
        congdoan_docnumber_free(num);
    }
    if (f->kind != CONGDOAN_DOCUMENT_UNKNOWN) {
        f->genre = congdoan__genre_of_kind(f->kind);
        return 0;
    }
    int rc = settle_letter(x);
    if (rc < 0)
        return rc;
    if (rc) {
        f->letter = 1;
        f->genre = "letter";
        return congdoan__x_issue(x, "import-kind-letter", f->subject ? f->subject_where : f->number_where,
                                 "an official letter (công văn): the vocabulary has no kind for it; written as kind "
                                 "'news', the kind of a text that names none of the vocabulary's kinds");
    }
    const char *hint = x->src->kind_hint;
    if (hint && (strcmp(hint, "news") == 0 || kind_of_hint(hint) != CONGDOAN_DOCUMENT_UNKNOWN)) {
        f->kind = kind_of_hint(hint);
        f->genre = congdoan__x_strndup(x, hint, strlen(hint));
        return congdoan__x_issue(x, "import-kind-guessed", CONGDOAN__NOWHERE,
                                 "no heading or number says what the document is; taken as '%s', the kind its saved page was filed under",
                                 hint);
    }
    f->genre = "news";
    return congdoan__x_issue(x, "import-kind-guessed", CONGDOAN__NOWHERE,
                             "no heading or number says what the document is; read as a news item");
}

/* Split "Đoàn Chủ tịch Tổng Liên đoàn" (or "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN …") into the leading
 * body and the organisation after it; the organisation becomes the issuer when the header
 * printed none. */
static int take_issuing_words(congdoan__ctx *x, size_t b, size_t wa, size_t we)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    static const char *const bodies[] = {"ban chap hanh", "ban thuong vu", "doan chu tich", "thuong truc", "bch", "btv"};
    char *key = NULL;
    size_t klen = 0;
    if (congdoan__text_fold(s + wa, we - wa, &key, &klen))
        return CONGDOAN_ENOMEM;
    size_t words = 0;
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0] && !words; i++) {
        size_t n = strlen(bodies[i]);
        if (klen >= n && memcmp(key, bodies[i], n) == 0 && (klen == n || key[n] == ' '))
            words = congdoan__word_count(bodies[i], n);
    }
    congdoan__dealloc(key);
    size_t cut = wa;
    for (size_t w = 0; w < words && cut < we; w++) {
        while (cut < we && s[cut] == ' ')
            cut++;
        while (cut < we && s[cut] != ' ')
            cut++;
    }
    if (words) {
        f->body_text = congdoan__x_strndup(x, s + wa, cut - wa);
        while (cut < we && s[cut] == ' ')
            cut++;
        if (!f->issuer_text && cut < we) {
            f->issuer_text = congdoan__x_strndup(x, s + cut, we - cut);
            f->issuer_where = span(b, cut, we);
        }
    } else if (!f->issuer_text) {
        f->issuer_text = congdoan__x_strndup(x, s + wa, we - wa);
        f->issuer_where = span(b, wa, we);
    }
    return 0;
}

/* The body that issues the document: from the sentence that issues it ("Đoàn Chủ tịch Tổng
 * Liên đoàn ban hành Kế hoạch …", "Ban Chấp hành LĐLĐ tỉnh ban hành Chương trình …"), from a
 * title that names it ("NGHỊ QUYẾT CỦA ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN …"), else the capacity it
 * is signed in (TM. BAN THƯỜNG VỤ). */
static int read_issuing_body(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    if (!f->kind_from_content && !f->number)
        return 0; /* a news page reports other bodies' documents */
    size_t last = f->body_start + 6 < f->body_end ? f->body_start + 6 : f->body_end;
    for (size_t b = f->body_start; b < last; b++) {
        int rc = congdoan__x_match(x, CONGDOAN__RULE_ISSUED_BY, b, 0, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            continue;
        size_t len, wa, we;
        const char *s = congdoan__block_text(x, b, &len);
        congdoan__match_group(x->m, "who", &wa, &we);
        congdoan__trim(s, &wa, &we);
        return take_issuing_words(x, b, wa, we);
    }
    if (f->title && f->title_where.end > f->title_where.start) {
        size_t b = f->title_where.block, len;
        const char *s = congdoan__block_text(x, b, &len);
        int rc = congdoan__match(x->m, CONGDOAN__RULE_TITLE_OF_BODY, s, f->title_where.end, f->title_where.start, 1);
        if (rc < 0)
            return rc;
        size_t wa, we;
        if (rc && congdoan__match_group(x->m, "who", &wa, &we))
            return take_issuing_words(x, b, wa, we);
    }
    if (!f->body_text && f->signer_capacity) {
        /* "TM. BAN THƯỜNG VỤ": the body after the capacity's abbreviation */
        const char *c = strchr(f->signer_capacity, ' ');
        if (c && *++c)
            f->body_text = c;
    }
    return 0;
}

/* "NGHỊ QUYẾT / CỦA ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN … / VỀ TĂNG CƯỜNG …": the words "của …" after
 * the kind name who issues it (read_issuing_body takes them from there); the title is what the
 * document is about, from "VỀ". A title that is only "của …" stays as it is. */
static int title_without_body(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    if (!f->title || f->title_where.end <= f->title_where.start)
        return 0;
    size_t b = f->title_where.block, len, wa, we;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__match(x->m, CONGDOAN__RULE_TITLE_OF_BODY, s, f->title_where.end, f->title_where.start, 1);
    if (rc <= 0 || !congdoan__match_group(x->m, "who", &wa, &we))
        return rc;
    size_t p = we;
    while (p < f->title_where.end && s[p] == ' ')
        p++;
    if (p < f->title_where.end) { /* "… VIỆT NAM VỀ …" on one line: the title starts at "VỀ" */
        f->title += p - f->title_where.start;
        f->title_where.start = p;
        return 0;
    }
    /* "VỀ …" on a line of its own: the block after the body's that the rest of the title starts with */
    const char *rest = f->title + (f->title_where.end - f->title_where.start);
    while (*rest == ' ')
        rest++;
    for (size_t k = b + 1; *rest && k < x->src->count && k <= b + 4; k++) {
        size_t kl, ka = 0, ke;
        const char *ks = congdoan__block_text(x, k, &kl);
        ke = kl;
        congdoan__trim(ks, &ka, &ke);
        if (ke > ka && strncmp(rest, ks + ka, ke - ka) == 0) {
            f->title = rest;
            f->title_where = span(k, ka, ke);
            return 0;
        }
    }
    return 0;
}

int congdoan__extract_meta(congdoan__ctx *x)
{
    int rc = read_header(x);
    if (!rc)
        rc = read_tail(x);
    if (!rc)
        rc = settle_kind(x);
    if (!rc)
        rc = read_issuing_body(x);
    if (!rc)
        rc = title_without_body(x);
    return rc;
}
