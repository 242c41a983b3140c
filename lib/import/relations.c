/*
 * Relations: the documents a text names.
 *
 * A sentence that opens with "Thực hiện …" or "Căn cứ …" names the documents this one carries
 * out or rests on: each item of its list (separated by ";" or by ", " before another kind of
 * document) up to where the sentence's own subject begins ("…, Đoàn Chủ tịch Tổng Liên đoàn
 * ban hành Kế hoạch"). Those with a number are relations of type implements or based-on;
 * those named without one ("Căn cứ Điều lệ Công đoàn Việt Nam") keep their words. Every other
 * number in the text is a document referred to; after "sơ kết" or "tổng kết" it is one the
 * document reviews. The document's own number is none of these.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <stdlib.h>
#include <string.h>

static congdoan__span span(size_t b, size_t s, size_t e)
{
    return (congdoan__span){b, s, e};
}

static int seen_number(const congdoan__found *f, const char *n)
{
    for (size_t i = 0; i < f->relation_count; i++)
        if (f->relations[i].number && strcmp(f->relations[i].number, n) == 0)
            return 1;
    return 0;
}

/* The date printed right after a document's number ("… số 12-CT/TW ngày 05/01/2022"). */
static int date_after(congdoan__ctx *x, const char *s, size_t len, size_t at)
{
    size_t p = at;
    if (p < len && s[p] == ',')
        p++;
    while (p < len && s[p] == ' ')
        p++;
    if (len - p < 5 || (strncmp(s + p, "ngày", 5) != 0 && strncmp(s + p, "NGÀY", 5) != 0))
        return 0;
    if (congdoan__match(x->m, CONGDOAN__RULE_DATE, s, len, p + 5, 0) == 1 && congdoan__match_start(x->m) <= p + 7) {
        size_t a, b;
        long d = 0, m = 0, y = 0;
        if (congdoan__match_group(x->m, "d", &a, &b))
            d = strtol(s + a, NULL, 10);
        if (congdoan__match_group(x->m, "m", &a, &b))
            m = strtol(s + a, NULL, 10);
        if (congdoan__match_group(x->m, "y", &a, &b))
            y = strtol(s + a, NULL, 10);
        return congdoan__ymd(d, m, y);
    }
    if (congdoan__match(x->m, CONGDOAN__RULE_DATE_WORDS, s, len, p, 1) == 1) {
        size_t a, b;
        long d = 0, m = 0, y = 0;
        if (congdoan__match_group(x->m, "d", &a, &b))
            d = strtol(s + a, NULL, 10);
        if (congdoan__match_group(x->m, "m", &a, &b))
            m = strtol(s + a, NULL, 10);
        if (congdoan__match_group(x->m, "y", &a, &b))
            y = strtol(s + a, NULL, 10);
        return congdoan__ymd(d, m, y);
    }
    return 0;
}

/* Where the words naming a document end: before the next item of a list or the subject of
 * the sentence. */
static size_t mention_end(congdoan__ctx *x, const char *s, size_t from, size_t limit)
{
    for (size_t i = from; i < limit; i++) {
        if (s[i] == ';')
            return i;
        if ((s[i] == ',' || congdoan__starts(s + i, limit - i, " và ")) && i + 2 < limit) {
            size_t n = s[i] == ',' ? i + 2 : i + strlen(" và ");
            if (n < limit && congdoan__match(x->m, CONGDOAN__RULE_DOC_MENTION, s, limit, n, 1) == 1)
                return i;
        }
    }
    return limit;
}

/* The words of a mention run to the end of the list item; a closing parenthesis that opened
 * before the mention ("(Quyết định số 1268/QĐ-TTg ngày 19/10/2022) và …") ends them. */
static size_t title_end(const char *s, size_t from, size_t end)
{
    size_t depth = 0;
    for (size_t i = from; i < end; i++) {
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && depth-- == 0)
            return i;
    }
    return end;
}

/* "Chương trình này", "Kế hoạch này": a kind of document and the demonstrative, the document
 * speaking of itself ("Căn cứ Chương trình này, các ban … xây dựng kế hoạch"), not another one.
 * Every kind word is two syllables (words.c), so these are three words ending in "này". */
static int names_itself(const char *s, size_t a, size_t b)
{
    char *key = NULL;
    size_t klen = 0;
    if (congdoan__text_fold(s + a, b - a, &key, &klen))
        return 0;
    size_t spaces = 0;
    for (size_t i = 0; i < klen; i++)
        spaces += key[i] == ' ';
    int itself = spaces == 2 && klen > 4 && memcmp(key + klen - 4, " nay", 4) == 0;
    congdoan__dealloc(key);
    return itself;
}

/* The end of the words of s[a, e) without the spaces and separators (, ;) that close them. */
static size_t words_end(const char *s, size_t a, size_t e)
{
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == ';'))
        e--;
    return e;
}

/* The relations of one "Thực hiện …" / "Căn cứ …" sentence s[s0, s1) of block b. */
static int take_basis(congdoan__ctx *x, size_t b, size_t s0, size_t s1, size_t opening, congdoan_relation_type type)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    /* the list ends where the sentence's own subject issues the document */
    size_t limit = s1;
    if (congdoan__match(x->m, CONGDOAN__RULE_ISSUED_BY, s, s1, s0, 0) == 1) {
        size_t wa, we;
        congdoan__match_group(x->m, "who", &wa, &we);
        limit = wa;
    }
    size_t item = opening; /* after "Căn cứ (vào)" / "Thực hiện" */
    (void)s0;
    while (item < limit) {
        while (item < limit && (s[item] == ' ' || s[item] == ';' || s[item] == ','))
            item++;
        if (congdoan__starts(s + item, limit - item, "và "))
            item += strlen("và ");
        if (item >= limit)
            break;
        size_t end = mention_end(x, s, item, limit);
        /* a document of the list: its kind first, a number or not */
        int kind_first = congdoan__match(x->m, CONGDOAN__RULE_DOC_MENTION, s, end, item, 1) == 1;
        size_t ka, kb;
        int numbered = kind_first && congdoan__match_group(x->m, "num", &ka, &kb);
        if (numbered) {
            int valid;
            char *num = congdoan__docnumber_clean(x, s + ka, kb - ka, &valid);
            if (!num)
                return CONGDOAN_ENOMEM;
            if (!(f->number && strcmp(f->number, num) == 0)) {
                congdoan__found_relation *r = CONGDOAN__PUSH(x, f->relations, f->relation_count, f->relation_cap);
                if (!r)
                    return CONGDOAN_ENOMEM;
                r->type = type;
                r->stated = 1;
                r->number = num;
                r->number_valid = valid;
                r->date = date_after(x, s, end, kb);
                r->where = span(b, item, words_end(s, item, end));
                size_t ta = item, te = title_end(s, item, end);
                congdoan__trim(s, &ta, &te);
                r->title = congdoan__x_strndup(x, s + ta, te - ta);
            }
        } else if (congdoan__match(x->m, CONGDOAN__RULE_DOC_MENTION, s, end, item, 1) != 1) {
            /* a document named without a number: its kind opens the item, and its name ends at
             * the first comma ("chương trình công tác của LĐLĐ tỉnh, tình hình thực tiễn tại
             * địa phương, …": what follows is another ground, not the title) */
            size_t te = title_end(s, item, end);
            const char *comma = memchr(s + item, ',', te - item);
            if (comma)
                te = (size_t)(comma - s);
            size_t ta = item;
            congdoan__trim(s, &ta, &te);
            if (te > ta && congdoan__kind_of_word(s + ta, te - ta) != CONGDOAN_DOCUMENT_UNKNOWN &&
                !names_itself(s, ta, te)) {
                congdoan__found_relation *r = CONGDOAN__PUSH(x, f->relations, f->relation_count, f->relation_cap);
                if (!r || !(r->title = congdoan__x_strndup(x, s + ta, te - ta)))
                    return CONGDOAN_ENOMEM;
                r->type = type;
                r->stated = 1;
                r->where = span(b, ta, te);
            }
        }
        item = end + 1;
    }
    return 0;
}

int congdoan__extract_relations(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    /* the opening sentences: Thực hiện …, Căn cứ … */
    for (size_t i = 0; i < f->para_count; i++) {
        const congdoan__found_para *p = &f->paras[i];
        size_t len;
        const char *s = congdoan__block_text(x, p->block, &len);
        for (size_t s0 = p->start; s0 < len;) {
            size_t s1 = congdoan__sentence_end(s, len, s0);
            int rc = congdoan__x_match(x, CONGDOAN__RULE_BASIS, p->block, s0, 1);
            if (rc < 0)
                return rc;
            if (rc) {
                size_t a, b;
                size_t opening = congdoan__match_end(x->m);
                congdoan_relation_type type = congdoan__match_group(x->m, "basis", &a, &b)
                                                  ? CONGDOAN_RELATION_BASED_ON
                                                  : congdoan__match_group(x->m, "concr", &a, &b) ? CONGDOAN_RELATION_CONCRETISES
                                                                                                 : CONGDOAN_RELATION_IMPLEMENTS;
                if ((rc = take_basis(x, p->block, s0, s1, opening, type)) < 0)
                    return rc;
            }
            s0 = s1 > s0 ? s1 : s0 + 1;
        }
    }
    /* every other number the text names */
    for (size_t b = 0; b < x->src->count; b++) {
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        if (f->number_where.block == b && f->number_where.end > f->number_where.start && b < f->body_start)
            continue; /* the number line, the attribute box */
        if (congdoan__block_is_chrome(f, b) || congdoan__block_in_gap(f, b))
            continue; /* a teaser of another page names that page's documents; an attachment's
                       * "kèm theo Quyết định số …" names the document itself */
        for (size_t pos = 0; pos < len;) {
            int rc = congdoan__x_match(x, CONGDOAN__RULE_DOCNUMBER, b, pos, 0);
            if (rc < 0)
                return rc;
            if (!rc)
                break;
            size_t a, e;
            congdoan__match_group(x->m, "num", &a, &e);
            pos = congdoan__match_end(x->m);
            int valid;
            char *num = congdoan__docnumber_clean(x, s + a, e - a, &valid);
            if (!num)
                return CONGDOAN_ENOMEM;
            if ((f->number && strcmp(num, f->number) == 0) || seen_number(f, num))
                continue;
            congdoan__found_relation *r = CONGDOAN__PUSH(x, f->relations, f->relation_count, f->relation_cap);
            if (!r)
                return CONGDOAN_ENOMEM;
            r->number = num;
            r->number_valid = valid;
            r->date = date_after(x, s, len, e);
            r->where = span(b, a, e);
            /* reviewed: "sơ kết 05 năm thực hiện Nghị quyết 07/TLĐ-BCH" */
            size_t back = a > 80 ? a - 80 : 0;
            while (back < a && ((unsigned char)s[back] & 0xC0) == 0x80)
                back++;
            size_t kind_at = a;
            if (congdoan__match(x->m, CONGDOAN__RULE_DOC_MENTION, s, len, back, 0) == 1) {
                size_t na, ne;
                if (congdoan__match_group(x->m, "num", &na, &ne) && na == a)
                    kind_at = congdoan__match_start(x->m);
            }
            /* what does not read as a document's number and follows no kind of document (a
             * news site's "Bài 2 - …") names no document */
            if (!valid && kind_at == a) {
                f->relation_count--;
                continue;
            }
            r->type = congdoan__match(x->m, CONGDOAN__RULE_REVIEW, s, kind_at, back, 0) == 1 ? CONGDOAN_RELATION_REVIEWS : 0;
            size_t ta = kind_at;
            size_t te = title_end(s, ta, mention_end(x, s, e, congdoan__sentence_end(s, len, e)));
            congdoan__trim(s, &ta, &te);
            r->title = te > ta ? congdoan__x_strndup(x, s + ta, te - ta) : NULL;
            if (te > ta) /* read in the words that name it, its kind first */
                r->where = span(b, ta, words_end(s, ta, te));
        }
    }
    return 0;
}
