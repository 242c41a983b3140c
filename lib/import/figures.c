/*
 * Figures: every number the text sets as a target or reports as done.
 *
 * In each paragraph, numbers that are something else are set aside first: dates and times,
 * years and spans of years, document numbers, numbers inside quotes and names (Covid-19,
 * quận 8), the thresholds that define a population ("doanh nghiệp có từ 25 lao động trở
 * lên"), spans of time (10 năm), members of a meeting (21 thành viên), counts of the items of
 * a list (7 nhiệm vụ trọng tâm) and what a union is made of ("có 21 đoàn viên"). What is left
 * is a figure: its number (1.810, 103,96, 12 triệu, 85 – 90%), its comparator (ít nhất, trên,
 * khoảng, trở lên right after it), what it counts and over whom.
 *
 * Whether a figure is a target or a result: a heading that says so (CÁC CHỈ TIÊU CHỦ YẾU,
 * KẾT QUẢ) decides for everything under it; otherwise the nearest cue before the figure in
 * its sentence (phấn đấu, chỉ tiêu, sẽ … for targets; đã, đạt, năm qua, nâng tổng số … for
 * results), else the last cue of the paragraph, else what the document is (a plan's figures
 * are targets, a report's results) when it has no heading for its targets. Figures listed
 * with shared words ("90% …, 85% … và 80% … xếp loại hoàn thành tốt nhiệm vụ trở lên") share
 * the predicate printed once after the last of them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

enum { MODE_NONE = 0, MODE_TARGET, MODE_RESULT };
enum { NOUN_WORDS = 8, MAX_MASKS = 4096 };

typedef struct range {
    size_t a, b;
} range;

typedef struct masks {
    range items[MAX_MASKS];
    size_t count;
    /* thresholds, kept apart: they join the scope of the figure next to them */
    range thresholds[64];
    size_t threshold_count;
} masks;

static int masked(const masks *k, size_t a, size_t b)
{
    for (size_t i = 0; i < k->count; i++)
        if (a < k->items[i].b && k->items[i].a < b)
            return 1;
    return 0;
}

static void add_mask(masks *k, size_t a, size_t b)
{
    if (k->count < MAX_MASKS)
        k->items[k->count++] = (range){a, b};
}

/* Every match of a rule in s[from, len) set aside. */
static int mask_rule(congdoan__ctx *x, masks *k, congdoan__rule_id id, const char *s, size_t len, size_t from)
{
    for (size_t pos = from; pos < len;) {
        int rc = congdoan__match(x->m, id, s, len, pos, 0);
        if (rc <= 0)
            return rc;
        size_t a = congdoan__match_start(x->m), b = congdoan__match_end(x->m);
        if (id == CONGDOAN__RULE_THRESHOLD) {
            size_t na, nb, ma, mb;
            congdoan__match_group(x->m, "n", &na, &nb);
            add_mask(k, na, nb);
            if (congdoan__match_group(x->m, "more", &ma, &mb))
                add_mask(k, ma, mb);
            if (k->threshold_count < 64)
                k->thresholds[k->threshold_count++] = (range){a, b};
        } else if (b > a) {
            add_mask(k, a, b);
        }
        pos = b > pos ? b : pos + 1;
        /* stay on a character boundary */
        while (pos < len && ((unsigned char)s[pos] & 0xC0) == 0x80)
            pos++;
    }
    return 0;
}

/* ---- searches a sentence's figures repeat, made once ------------------------------------- */

/* Each figure searches words before or after it: back to the start of its clause or sentence,
 * forward to the end of its clause. Searched anew for every figure, a long sentence of figures
 * cost the square of its length (fuzz-import-text: 1,000 figures in one sentence, 40 KB, 7 s).
 * Kept here instead: a rule's first match from a place, valid for every later place up to it;
 * and, for a search that ends at the figure, the part that the figure's place cannot change.
 *
 * REACH is longer than any match, with its look-ahead, of the rules searched so (part-of,
 * period, proposal, grade, score-cue: fixed words and numbers of a few digits; block text has
 * single spaces): a match that starts REACH bytes or more before the end of a search neither
 * reaches that end nor sees where it is, so it is the same match in a search over the whole
 * sentence. */
enum { REACH = 256 };

static size_t char_start(const char *s, size_t at, size_t floor)
{
    while (at > floor && ((unsigned char)s[at] & 0xC0) == 0x80)
        at--;
    return at;
}

static size_t char_after(const char *s, size_t at, size_t len)
{
    for (at++; at < len && ((unsigned char)s[at] & 0xC0) == 0x80;)
        at++;
    return at;
}

/* Where a search of s[a, b) starts to depend on b: REACH bytes before it, on a character. */
static size_t near_end(const char *s, size_t a, size_t b)
{
    return b - a > REACH ? char_start(s, b - REACH, a) : a;
}

typedef struct scan {
    congdoan__rule_id id;
    size_t len;  /* the subject, s[0, len): the sentence and what comes before it */
    size_t from; /* where the kept search started; SIZE_MAX: none yet */
    size_t a, b; /* its match, when found */
    int found;
} scan;

static scan scan_of(congdoan__rule_id id, size_t len)
{
    return (scan){id, len, SIZE_MAX, 0, 0, 0};
}

/* The first match of the rule at or after `at`, as a search of s[at, len) finds it. A rule's
 * match at a place does not depend on where the search started (its look-behinds see the whole
 * text; the rules kept so use no \G), so the match found from an earlier place is still the
 * first from any place up to its start, and a search that found nothing finds nothing later:
 * with `at` moving forward, the sentence is searched once. The groups are not kept: match
 * again, anchored at sc->a, to read them. */
static int scan_next(congdoan__ctx *x, scan *sc, const char *s, size_t at)
{
    if (sc->from == SIZE_MAX || sc->from > at || (sc->found && sc->a < at)) {
        int rc = congdoan__match(x->m, sc->id, s, sc->len, at, 0);
        if (rc < 0)
            return rc;
        sc->from = at;
        sc->found = rc;
        sc->a = rc ? congdoan__match_start(x->m) : 0;
        sc->b = rc ? congdoan__match_end(x->m) : 0;
    }
    return sc->found;
}

/* The first match of the rule in s[a, b), as a search of s[0, b) from `a` finds it, its groups
 * readable: one that starts before near_end() is the kept scan's (matched again, anchored, for
 * its groups); any other is searched for in the last REACH bytes. */
static int scan_first(congdoan__ctx *x, scan *sc, const char *s, size_t a, size_t b)
{
    if (a >= b)
        return congdoan__match(x->m, sc->id, s, b, a, 0);
    size_t near = near_end(s, a, b);
    if (near > a) {
        int rc = scan_next(x, sc, s, a);
        if (rc < 0)
            return rc;
        if (rc && sc->a < near)
            return congdoan__match(x->m, sc->id, s, b, sc->a, 1);
    }
    return congdoan__match(x->m, sc->id, s, b, near, 0);
}

/* The successive matches of a rule from a fixed place `a` (each search from where the match
 * before it ended) in s[a, b), for a `b` that moves forward: those that start before
 * near_end() are the whole sentence's, taken once; the rest are searched for each time in the
 * last REACH bytes. */
typedef struct chain {
    scan sc;
    size_t a;      /* where the matches start */
    size_t pos;    /* where the next kept match is searched from */
    size_t last;   /* the start of the last kept match */
    int have;
} chain;

static chain chain_of(congdoan__rule_id id, size_t len, size_t a)
{
    return (chain){scan_of(id, len), a, a, 0, 0};
}

/* The last of the successive matches in s[a, b), as searches of s[0, b) make them, matched
 * again so that its groups are readable: 1, or 0 when there is none. */
static int chain_last(congdoan__ctx *x, chain *ch, const char *s, size_t b)
{
    size_t near = b > ch->a ? near_end(s, ch->a, b) : ch->a;
    while (ch->pos < near) {
        int rc = scan_next(x, &ch->sc, s, ch->pos);
        if (rc < 0)
            return rc;
        if (!rc || ch->sc.a >= near)
            break;
        ch->last = ch->sc.a;
        ch->have = 1;
        ch->pos = ch->sc.b > ch->pos ? ch->sc.b : char_after(s, ch->pos, ch->sc.len);
    }
    size_t last = ch->last;
    int have = ch->have;
    for (size_t pos = ch->pos > near ? ch->pos : near; pos < b;) {
        int rc = congdoan__match(x->m, ch->sc.id, s, b, pos, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            break;
        last = congdoan__match_start(x->m);
        have = 1;
        pos = congdoan__match_end(x->m) > pos ? congdoan__match_end(x->m) : char_after(s, pos, b);
    }
    return have ? congdoan__match(x->m, ch->sc.id, s, b, last, 1) : 0;
}

/* ---- reading one figure -------------------------------------------------------------------- */

typedef struct cue {
    size_t a, b;
    int mode;
    int weak;               /* "đạt N": its mode is that of the cue before it */
} cue;

/* The words after a figure that say what it counts: up to the verb or preposition that
 * starts the rest of the clause, at most NOUN_WORDS words, never across punctuation (but
 * across a bracketed abbreviation). Returns the end. */
static size_t noun_end(congdoan__ctx *x, const char *s, size_t len, size_t from)
{
    size_t p = from, end = from;
    for (size_t w = 0; w < NOUN_WORDS && p < len; w++) {
        if (s[p] != ' ')
            break;
        size_t q = p + 1;
        if (q < len && s[q] == '(') {
            const char *close = memchr(s + q, ')', len - q < 40 ? len - q : 40);
            if (!close)
                break;
            end = p = (size_t)(close - s) + 1;
            continue;
        }
        /* the word right after the number is what it counts, even one that is a verb elsewhere */
        if (congdoan__match(x->m, CONGDOAN__RULE_STOP_WORD, s, len, p, 1) == 1 &&
            !(w == 0 && congdoan__match(x->m, CONGDOAN__RULE_COUNTED_NOUN, s, len, p, 1) == 1))
            break;
        size_t e = q;
        while (e < len && s[e] != ' ' && s[e] != ',' && s[e] != ';' && s[e] != '.' && s[e] != ':' && s[e] != ')' &&
               s[e] != '(')
            e++;
        if (e == q)
            break;
        /* a figure never counts a number: the next figure starts */
        if (s[q] >= '0' && s[q] <= '9')
            break;
        end = p = e;
    }
    return end;
}

static congdoan__cmp cmp_of_words(const char *w, size_t n)
{
    char *key = NULL;
    size_t klen = 0;
    congdoan__cmp c = CONGDOAN__CMP_EQ;
    if (congdoan__text_fold(w, n, &key, &klen))
        return c;
    static const struct {
        const char *folded;
        congdoan__cmp cmp;
    } words[] = {{"it nhat", CONGDOAN__CMP_GE},       {"toi thieu", CONGDOAN__CMP_GE},    {"khong duoi", CONGDOAN__CMP_GE},
                 {"khong it hon", CONGDOAN__CMP_GE},  {"tren", CONGDOAN__CMP_GT},         {"hon", CONGDOAN__CMP_GT},
                 {"vuot", CONGDOAN__CMP_GT},          {"vuot hon", CONGDOAN__CMP_GT},     {"vuot tren", CONGDOAN__CMP_GT},
                 {"cao hon", CONGDOAN__CMP_GT},       {"nhieu hon", CONGDOAN__CMP_GT},    {"khong qua", CONGDOAN__CMP_LE},
                 {"khong vuot qua", CONGDOAN__CMP_LE}, {"toi da", CONGDOAN__CMP_LE},      {"duoi", CONGDOAN__CMP_LT},
                 {"thap hon", CONGDOAN__CMP_LT},      {"it hon", CONGDOAN__CMP_LT},       {"khoang", CONGDOAN__CMP_ABOUT},
                 {"gan", CONGDOAN__CMP_ABOUT},        {"xap xi", CONGDOAN__CMP_ABOUT},    {"chung", CONGDOAN__CMP_ABOUT},
                 {"tro len", CONGDOAN__CMP_GE},       {"tro xuong", CONGDOAN__CMP_LE}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i].folded) == klen && memcmp(words[i].folded, key, klen) == 0)
            c = words[i].cmp;
    congdoan__dealloc(key);
    return c;
}

static double multiplier(const char *w, size_t n)
{
    if (congdoan__equals(w, n, "triệu") || congdoan__equals(w, n, "TRIỆU"))
        return 1e6;
    if (congdoan__equals(w, n, "tỷ") || congdoan__equals(w, n, "tỉ") || congdoan__equals(w, n, "TỶ"))
        return 1e9;
    return 1e3; /* nghìn, ngàn */
}

/* Fill the number, range, unit and comparator of a QUANTITY match. */
static int read_quantity(congdoan__ctx *x, const char *s, congdoan__found_figure *fg)
{
    size_t a, b;
    congdoan__match_group(x->m, "num", &a, &b);
    if (congdoan__vn_number(s + a, b - a, &fg->value))
        return 0;
    if (congdoan__match_group(x->m, "num2", &a, &b) && congdoan__vn_number(s + a, b - a, &fg->value_max) == 0)
        fg->has_max = 1;
    if (congdoan__match_group(x->m, "mult", &a, &b)) {
        double k = multiplier(s + a, b - a);
        fg->value *= k;
        fg->value_max *= k;
    }
    fg->unit = CONGDOAN__UNIT_COUNT;
    if (congdoan__match_group(x->m, "pct", &a, &b) || congdoan__match_group(x->m, "pct1", &a, &b))
        fg->unit = CONGDOAN__UNIT_PERCENT;
    else if (congdoan__match_group(x->m, "money", &a, &b))
        fg->unit = CONGDOAN__UNIT_MONEY;
    fg->cmp = CONGDOAN__CMP_EQ;
    if (congdoan__match_group(x->m, "pre", &a, &b)) {
        if (congdoan__equals(s + a, b - a, "từ") || congdoan__equals(s + a, b - a, "Từ")) {
            /* "từ 200 đến 300": a range; "từ 25": nothing on its own */
        } else {
            fg->cmp = cmp_of_words(s + a, b - a);
        }
    }
    int up = congdoan__match_group(x->m, "post", &a, &b);
    congdoan__cmp post = up ? cmp_of_words(s + a, b - a) : CONGDOAN__CMP_EQ;
    if (fg->has_max) {
        if (fg->value_max < fg->value)
            return 0; /* "5-3": no range */
        fg->cmp = post == CONGDOAN__CMP_GE ? CONGDOAN__CMP_RANGE_OR_MORE : CONGDOAN__CMP_RANGE;
    } else if (up && fg->cmp == CONGDOAN__CMP_EQ) {
        fg->cmp = post;
    }
    return 1;
}

/* Fill the number, the top of the scale and the comparator of a SCORE match ("96,5/100 điểm",
 * "từ 95 điểm trở lên"). */
static int read_score(congdoan__ctx *x, const char *s, congdoan__found_figure *fg)
{
    size_t a, b;
    congdoan__match_group(x->m, "num", &a, &b);
    if (congdoan__vn_number(s + a, b - a, &fg->value))
        return 0;
    static const char *const tops[] = {"max", "max2", "max3"};
    for (size_t i = 0; i < 3 && !fg->has_score_max; i++)
        if (congdoan__match_group(x->m, tops[i], &a, &b) && congdoan__vn_number(s + a, b - a, &fg->score_max) == 0)
            fg->has_score_max = 1;
    if (fg->has_score_max && (fg->score_max <= 0 || fg->score_max < fg->value))
        return 0; /* "5/3 điểm" is no score on a scale */
    fg->unit = CONGDOAN__UNIT_SCORE;
    fg->cmp = CONGDOAN__CMP_EQ;
    if (congdoan__match_group(x->m, "pre", &a, &b) && !congdoan__equals(s + a, b - a, "từ") &&
        !congdoan__equals(s + a, b - a, "Từ"))
        fg->cmp = cmp_of_words(s + a, b - a);
    if (congdoan__match_group(x->m, "post", &a, &b) && fg->cmp == CONGDOAN__CMP_EQ)
        fg->cmp = cmp_of_words(s + a, b - a);
    return 1;
}

/* ---- the scope of a figure ------------------------------------------------------------------- */

/* Where the words that say over whom a figure counts end: across commas and prepositions ("CĐCS
 * khu vực hành chính, sự nghiệp công lập, doanh nghiệp nhà nước", "công đoàn cơ sở trong doanh
 * nghiệp"), up to the verb of the clause, the next figure or the end of the clause; a name of
 * units by level that holds a verb ("doanh nghiệp, đơn vị có tổ chức công đoàn") is taken whole. */
static size_t scope_window(congdoan__ctx *x, const char *s, size_t len, size_t qb, size_t ne)
{
    size_t end = ne, p = qb;
    while (p < len && s[p] == ' ')
        p++;
    if (congdoan__match(x->m, CONGDOAN__RULE_SCOPE_LEVEL, s, len, p, 1) == 1 && congdoan__match_end(x->m) > end)
        end = congdoan__match_end(x->m);
    for (p = end; p < len;) {
        if (s[p] == ';' || s[p] == '.' || s[p] == ':')
            break;
        if (s[p] == ',' || s[p] == ' ') {
            p++;
            continue;
        }
        if (s[p] >= '0' && s[p] <= '9')
            break; /* the next figure */
        if (congdoan__match(x->m, CONGDOAN__RULE_ACTION_VERB, s, len, p > 0 && s[p - 1] == ' ' ? p - 1 : p, 1) == 1)
            break;
        while (p < len && s[p] != ' ' && s[p] != ',' && s[p] != ';' && s[p] != '.')
            p++;
        end = p;
    }
    return end;
}

static int read_scope(congdoan__ctx *x, const char *s, size_t a, size_t b, congdoan__found_figure *fg)
{
    size_t la = 0, lb = 0; /* the words that name the level are not read for a sector */
    for (size_t pos = a; pos < b;) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_SCOPE_LEVEL, s, b, pos, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            break;
        size_t ga, gb;
        if (!fg->scope_level) {
            la = congdoan__match_start(x->m);
            lb = congdoan__match_end(x->m);
            if (congdoan__match_group(x->m, "upper", &ga, &gb))
                fg->scope_level = CONGDOAN_LEVEL_UPPER_GRASSROOTS;
            else if (congdoan__match_group(x->m, "grass", &ga, &gb))
                fg->scope_level = CONGDOAN_LEVEL_GRASSROOTS;
            else if (congdoan__match_group(x->m, "prov", &ga, &gb))
                fg->scope_level = CONGDOAN_LEVEL_PROVINCIAL;
        }
        pos = congdoan__match_end(x->m);
    }
    if (fg->scope_level != CONGDOAN_LEVEL_GRASSROOTS)
        return 0;
    int nonstate = 0, stateent = 0, statearea = 0, pub = 0, enterprise = 0;
    for (size_t pos = a; pos < b;) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_SCOPE_SECTOR, s, b, pos, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            break;
        size_t ga, gb;
        if (congdoan__match_start(x->m) >= la && congdoan__match_end(x->m) <= lb) {
            pos = lb;
            continue;
        }
        nonstate |= congdoan__match_group(x->m, "nonstate", &ga, &gb);
        stateent |= congdoan__match_group(x->m, "stateent", &ga, &gb);
        statearea |= congdoan__match_group(x->m, "statearea", &ga, &gb);
        pub |= congdoan__match_group(x->m, "public", &ga, &gb);
        enterprise |= congdoan__match_group(x->m, "enterprise", &ga, &gb);
        pos = congdoan__match_end(x->m);
    }
    int sectors = 0;
    if (nonstate)
        sectors |= 1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE;
    if (stateent)
        sectors |= 1 << CONGDOAN_SECTOR_STATE_ENTERPRISE;
    if (pub)
        sectors |= 1 << CONGDOAN_SECTOR_PUBLIC;
    if (statearea && !nonstate)
        sectors |= 1 << CONGDOAN_SECTOR_PUBLIC | 1 << CONGDOAN_SECTOR_STATE_ENTERPRISE;
    if (enterprise && !nonstate && !stateent)
        sectors |= 1 << CONGDOAN_SECTOR_STATE_ENTERPRISE | 1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE;
    fg->scope_sectors = sectors;
    return 0;
}

/* ---- a paragraph ----------------------------------------------------------------------------- */

typedef struct para_state {
    const char *s;
    size_t len;
    size_t block;
    size_t section;
    int sec_mode;
    int para_mode;
    masks *k;
    struct sentence_scans *ss; /* take_sentence()'s, kept for the whole extraction */
    size_t first;           /* index of the paragraph's first figure */
} para_state;

/* The nearest cue before `at` in [from, at), or MODE_NONE. Cues inside words already read
 * with a figure ("vượt 6,7% so với chỉ tiêu Đại hội đề ra") say nothing of the next one. */
static int cue_before(const cue *cues, size_t n, size_t from, size_t at, const masks *k)
{
    int mode = MODE_NONE;
    for (size_t i = 0; i < n; i++)
        if (cues[i].a >= from && cues[i].b <= at && !masked(k, cues[i].a, cues[i].a + 1))
            mode = cues[i].mode;
    return mode;
}

/* The start of the clause that holds `at`: after the last ';' (or ':' ending a lead-in) before
 * it, or the sentence start. */
static size_t clause_start(const char *s, size_t from, size_t at)
{
    for (size_t i = at; i > from; i--)
        if (s[i - 1] == ';' || s[i - 1] == ':')
            return i;
    return from;
}

/* The words of a span, trimmed, as a copy. */
static const char *copy_words(congdoan__ctx *x, const char *s, size_t a, size_t b)
{
    congdoan__trim(s, &a, &b);
    return a < b ? congdoan__x_strndup(x, s + a, b - a) : NULL;
}

/* The last period stated in s[a, b): for a figure, the one before it in its sentence ("hằng
 * năm có 90% …", "Năm 2017, … phấn đấu có 85% …"); a year printed after the figure names
 * something else ("… tổ chức các hoạt động Tháng Công nhân năm 2024"). */
static const char *period_in(congdoan__ctx *x, const char *s, size_t a, size_t b)
{
    size_t pa = 0, pb = 0;
    int found = 0;
    for (size_t pos = a; pos < b && congdoan__match(x->m, CONGDOAN__RULE_PERIOD, s, b, pos, 0) == 1;) {
        congdoan__match_group(x->m, "p", &pa, &pb);
        found = 1;
        pos = congdoan__match_end(x->m) > pos ? congdoan__match_end(x->m) : pos + 1;
    }
    return found ? congdoan__x_strndup(x, s + pa, pb - pa) : NULL;
}

/* The period the figure's own clause states after it, in s[a, b) (a: the end of the figure): "phấn đấu đạt từ 95 điểm trở
 * lên trong chấm điểm thi đua năm 2025", "kết nạp 500 đoàn viên trong năm 2026". Not a year
 * that belongs to a name printed before it ("các hoạt động Tháng Công nhân năm 2024": a word
 * with a capital stands between), nor the base of a comparison ("tăng 12% so với năm 2023"),
 * nor one past a comma (another clause). NULL when none. */
static const char *period_after(congdoan__ctx *x, const char *s, size_t a, size_t b)
{
    if (a >= b || congdoan__match(x->m, CONGDOAN__RULE_PERIOD, s, b, a, 0) != 1)
        return NULL;
    size_t pa, pb;
    congdoan__match_group(x->m, "p", &pa, &pb);
    for (size_t i = a; i < pa; i++) {
        if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == ':')
            return NULL;
        if (s[i] != ' ' && (i == a || s[i - 1] == ' ')) {
            size_t e = i;
            while (e < pa && s[e] != ' ')
                e++;
            if (congdoan__is_name(s + i, e - i))
                return NULL;
        }
        if (congdoan__starts(s + i, pa - i, "so với ") || congdoan__starts(s + i, pa - i, "cùng kỳ ") ||
            congdoan__starts(s + i, pa - i, "so cùng kỳ "))
            return NULL;
    }
    return congdoan__x_strndup(x, s + pa, pb - pa);
}

/* The words of the clause before a figure as its subject, without what only links it to the
 * figure: "trong đó" opening a part ("trong đó Liên đoàn Lao động huyện hỗ trợ"), and a subject
 * that is no more than a verb of reaching or having ("đạt", "có"), which names no activity. */
static const char *subject_words(congdoan__ctx *x, const char *s, size_t a, size_t b)
{
    congdoan__trim(s, &a, &b);
    static const char *const opening[] = {"trong đó có ", "trong đó, ", "trong đó ", "Trong đó có ", "Trong đó, ", "Trong đó "};
    for (size_t i = 0; i < sizeof opening / sizeof opening[0]; i++)
        if (b > a && congdoan__starts(s + a, b - a, opening[i])) {
            a += strlen(opening[i]);
            break;
        }
    congdoan__trim(s, &a, &b);
    static const char *const linking[] = {"trong đó", "Trong đó", "đạt", "Đạt", "đạt được", "Đạt được", "có", "Có", "là", "với", "chiếm"};
    for (size_t i = 0; i < sizeof linking / sizeof linking[0]; i++)
        if (congdoan__equals(s + a, b - a, linking[i]))
            return NULL;
    return copy_words(x, s, a, b);
}

/* text starts with `word` written in small letters or with a capital (ASCII first letter). */
static int opens(const char *text, size_t n, const char *word)
{
    if (congdoan__starts(text, n, word))
        return 1;
    char cap[32];
    size_t w = strlen(word);
    if (w >= sizeof cap || word[0] < 'a' || word[0] > 'z')
        return 0;
    memcpy(cap, word, w + 1);
    cap[0] = (char)(cap[0] - 'a' + 'A');
    return congdoan__starts(text, n, cap);
}

/* The number of months of "9 tháng đầu năm", "sáu tháng cuối năm"; 0 when none. */
static int months_of(const char *text, size_t n, size_t *after)
{
    size_t i = 0;
    int m = 0;
    while (i < n && i < 2 && text[i] >= '0' && text[i] <= '9')
        m = m * 10 + (text[i++] - '0');
    if (!i) {
        if (opens(text, n, "sáu "))
            m = 6, i = strlen("sáu");
        else if (opens(text, n, "chín "))
            m = 9, i = strlen("chín");
    }
    *after = i;
    return m >= 1 && m <= 12 ? m : 0;
}

/* The period code the model holds for the words of a period (the rule "period" found them):
 * "năm 2025" → 2025; spans of vocabulary 1.2: "giai đoạn 2018 - 2023" → 2018/2023, "năm học
 * 2018 - 2019" → 2018-09/2019-08 (a school year runs from September to August), "nhiệm kỳ
 * 2025 - 2030" → term:2025/2030, "9 tháng đầu năm 2024" → 2024-01/2024-09 ("6 tháng đầu năm"
 * is the half 2024-H1); "quý II/2025" → 2025-Q2. NULL for the others ("hằng năm", "nhiệm kỳ
 * qua"); a deadline ("đến năm 2025") is not a period (deadline_code). */
static const char *period_code_of(congdoan__ctx *x, const char *text);
static const char *deadline_code_of(congdoan__ctx *x, const char *text);

/* The words of a period in small letters (a heading prints "6 THÁNG CUỐI NĂM 2025"), as a copy;
 * NULL for NULL or out of memory. */
static char *small_letters(congdoan__ctx *x, const char *text)
{
    if (!text)
        return NULL;
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)strlen(text), &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    char *r = n >= 0 ? congdoan__x_strndup(x, (const char *)mapped, (size_t)n) : NULL;
    free(mapped);
    return r;
}

static const char *period_code(congdoan__ctx *x, const char *text)
{
    return period_code_of(x, small_letters(x, text));
}

static const char *deadline_code(congdoan__ctx *x, const char *text)
{
    return deadline_code_of(x, small_letters(x, text));
}

static const char *period_code_of(congdoan__ctx *x, const char *text)
{
    if (!text)
        return NULL;
    size_t n = strlen(text);
    char code[40] = "";
    size_t sa, sb, ea, eb;
    int span = congdoan__match(x->m, CONGDOAN__RULE_YEAR_SPAN, text, n, 0, 0) == 1 &&
               congdoan__match_group(x->m, "a", &sa, &sb) && congdoan__match_group(x->m, "b", &ea, &eb);
    const char *y = n >= 4 ? text + n - 4 : text;
    int ends_in_year = n >= 4 && strspn(y, "0123456789") == 4 && (n == 4 || y[-1] == ' ' || y[-1] == '/') &&
                       (y[0] == '1' || y[0] == '2');
    size_t after = 0;
    int months = months_of(text, n, &after);
    if (span && opens(text, n, "năm học "))
        snprintf(code, sizeof code, "%.4s-09/%.4s-08", text + sa, text + ea);
    else if (span && opens(text, n, "nhiệm kỳ "))
        snprintf(code, sizeof code, "term:%.4s/%.4s", text + sa, text + ea);
    else if (span && opens(text, n, "giai đoạn "))
        snprintf(code, sizeof code, "%.4s/%.4s", text + sa, text + ea);
    else if (ends_in_year && (opens(text, n, "năm ") || n == 4))
        snprintf(code, sizeof code, "%.4s", y); /* "năm 2025" */
    else if (ends_in_year && months && congdoan__starts(text + after, n - after, " tháng đầu năm ")) {
        if (months == 12)
            snprintf(code, sizeof code, "%.4s", y);
        else if (months == 6 || months == 3)
            snprintf(code, sizeof code, "%.4s-%s", y, months == 6 ? "H1" : "Q1");
        else
            snprintf(code, sizeof code, "%.4s-01/%.4s-%02d", y, y, months);
    } else if (ends_in_year && months && congdoan__starts(text + after, n - after, " tháng cuối năm ")) {
        if (months == 12)
            snprintf(code, sizeof code, "%.4s", y);
        else if (months == 6 || months == 3)
            snprintf(code, sizeof code, "%.4s-%s", y, months == 6 ? "H2" : "Q4");
        else
            snprintf(code, sizeof code, "%.4s-%02d/%.4s-12", y, 13 - months, y);
    } else if (ends_in_year && opens(text, n, "quý ")) {
        static const char *const roman[] = {"i", "ii", "iii", "iv"}; /* in small letters (small_letters) */
        for (int q = 3; q >= 0 && !code[0]; q--)
            if (congdoan__starts(text + strlen("quý "), n - strlen("quý "), roman[q]) &&
                (text[strlen("quý ") + strlen(roman[q])] == '/' || text[strlen("quý ") + strlen(roman[q])] == ' '))
                snprintf(code, sizeof code, "%.4s-Q%d", y, q + 1);
    }
    int first, last;
    if (!code[0] || congdoan__span_parse(code, strlen(code), &first, &last) != 0)
        return NULL;
    return congdoan__x_strndup(x, code, strlen(code));
}

/* The deadline of a target as the model holds it ("đến năm 2025", "đến hết năm 2025" → 2025), or
 * NULL: the year by which the figure is to be reached, which is not the period it counts. */
static const char *deadline_code_of(congdoan__ctx *x, const char *text)
{
    if (!text)
        return NULL;
    size_t n = strlen(text);
    if (n < 4 || !(congdoan__starts(text, n, "đến năm ") || congdoan__starts(text, n, "Đến năm ") ||
                   congdoan__starts(text, n, "đến hết năm ") || congdoan__starts(text, n, "Đến hết năm ")))
        return NULL;
    const char *y = text + n - 4;
    if (strspn(y, "0123456789") != 4 || y[-1] != ' ')
        return NULL;
    return congdoan__x_strndup(x, y, 4);
}

/* The first word of a figure's noun ("suất" of "suất quà"), for telling which figure before it a
 * part belongs to. */
static size_t first_word(const char *noun, const char **w)
{
    *w = noun;
    if (!noun)
        return 0;
    size_t n = 0;
    while (noun[n] && noun[n] != ' ')
        n++;
    return n;
}

/* How far before a figure the words that make it a union's make-up ("Công đoàn … có 21 đoàn
 * viên", "+ Nữ: 15") may start: far more than such words take (a name of some fifteen words). */
enum { STATUS_REACH = 600 };

/* A search of status-figure from a clause start c finds its first match at or after c, unless a
 * label starts at c (status-label, which the rule tried at c only, after its other words) and no
 * word of status-veto follows it on its line. Kept for a sentence, so that neither is searched
 * again for each figure: the places where status-figure matches in the STATUS_REACH bytes before
 * the figure (every one, found by one scan of the sentence), and the last veto word of each
 * line. */
typedef struct status_scan {
    scan words;
    size_t gen; /* the matches that start before gen are in the ring (those at or after the window) */
    size_t ring_a[STATUS_REACH + 1], ring_b[STATUS_REACH + 1];
    size_t head, count;
    int ready;
    size_t lines;                /* the lines of the sentence (block text keeps a line break as "\n") */
    size_t *line_end, *line_veto; /* each line's end, and 1 + the start of its last veto word (0: none) */
    size_t one_end, one_veto;    /* their storage for a sentence of one line */
} status_scan;

static void status_free(status_scan *st)
{
    if (st->line_end != &st->one_end) {
        congdoan__dealloc(st->line_end);
        congdoan__dealloc(st->line_veto);
    }
    st->line_end = st->line_veto = NULL;
}

/* The lines of s[s0, s1) and their last veto words: one scan. */
static int status_lines(congdoan__ctx *x, status_scan *st, const char *s, size_t s0, size_t s1)
{
    size_t n = 1;
    for (const char *p = s + s0; (p = memchr(p, '\n', (size_t)(s + s1 - p))) != NULL; p++)
        n++;
    if (n == 1) {
        st->one_veto = 0;
        st->line_end = &st->one_end;
        st->line_veto = &st->one_veto;
    } else {
        st->line_end = congdoan__calloc(n, sizeof *st->line_end);
        st->line_veto = congdoan__calloc(n, sizeof *st->line_veto);
        if (!st->line_end || !st->line_veto)
            return CONGDOAN_ENOMEM;
    }
    st->lines = n;
    size_t i = 0;
    for (const char *p = s + s0; (p = memchr(p, '\n', (size_t)(s + s1 - p))) != NULL; p++)
        st->line_end[i++] = (size_t)(p - s);
    st->line_end[i] = s1;
    scan veto = scan_of(CONGDOAN__RULE_STATUS_VETO, s1);
    i = 0;
    for (size_t pos = s0; pos < s1;) {
        int rc = scan_next(x, &veto, s, pos);
        if (rc <= 0)
            return rc;
        while (i + 1 < n && st->line_end[i] < veto.a)
            i++;
        st->line_veto[i] = veto.a + 1;
        pos = char_after(s, veto.a, s1);
    }
    return 0;
}

/* Whether a veto word follows `at` on its line, as "(?!.*veto)" at `at` would find. */
static int status_vetoed(const status_scan *st, size_t at)
{
    size_t lo = 0, hi = st->lines - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (st->line_end[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return st->line_veto[lo] > at;
}

#define RING_AT(st, i) (((st)->head + (i)) % (STATUS_REACH + 1))

/* The window [reach, qa) of a figure: the matches before reach are dropped, those before qa
 * found. reach and qa move forward, and the window holds at most STATUS_REACH places. */
static int status_window(congdoan__ctx *x, status_scan *st, const char *s, size_t s0, size_t s1, size_t reach,
                         size_t qa)
{
    if (!st->ready) {
        st->words = scan_of(CONGDOAN__RULE_STATUS_FIGURE, s1);
        st->gen = s0;
        int rc = status_lines(x, st, s, s0, s1);
        if (rc < 0)
            return rc;
        st->ready = 1;
    }
    while (st->count && st->ring_a[st->head] < reach) {
        st->head = (st->head + 1) % (STATUS_REACH + 1);
        st->count--;
    }
    if (st->gen < reach)
        st->gen = reach;
    while (st->gen < qa) {
        int rc = scan_next(x, &st->words, s, st->gen);
        if (rc < 0)
            return rc;
        if (!rc || st->words.a >= qa)
            break;
        if (st->count == STATUS_REACH + 1) { /* not reached: the places are in [reach, qa) */
            st->head = (st->head + 1) % (STATUS_REACH + 1);
            st->count--;
        }
        size_t at = RING_AT(st, st->count++);
        st->ring_a[at] = st->words.a;
        st->ring_b[at] = st->words.b;
        st->gen = char_after(s, st->words.a, s1);
    }
    return 0;
}

/* The match a search of status-figure (and status-label) from the clause start c finds, when it
 * starts before the window's end; *cur walks the window for a c that moves forward. */
static int status_at(congdoan__ctx *x, status_scan *st, const char *s, size_t c, size_t *cur, size_t *ma, size_t *mb,
                     int *label)
{
    while (*cur < st->count && st->ring_a[RING_AT(st, *cur)] < c)
        (*cur)++;
    int have = *cur < st->count;
    size_t a = have ? st->ring_a[RING_AT(st, *cur)] : 0, b = have ? st->ring_b[RING_AT(st, *cur)] : 0;
    *label = 0;
    if (!have || a != c) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_STATUS_LABEL, s, st->words.len, c, 1);
        if (rc < 0)
            return rc;
        size_t la, lb, e = rc ? congdoan__match_end(x->m) : 0;
        if (rc && congdoan__match_group(x->m, "label", &la, &lb) && !status_vetoed(st, la)) {
            *ma = c;
            *mb = e;
            *label = 1;
            return 1;
        }
    }
    *ma = a;
    *mb = b;
    return have;
}

/* The start of the clause that holds `at` (clause_start()), for an `at` that moves forward:
 * each separator is looked at once. */
typedef struct clauses {
    size_t from, seen, start;
} clauses;

static size_t clause_at(clauses *cl, const char *s, size_t at)
{
    if (at < cl->seen)
        return clause_start(s, cl->from, at);
    for (; cl->seen < at; cl->seen++)
        if (s[cl->seen] == ';' || s[cl->seen] == ':')
            cl->start = cl->seen + 1;
    return cl->start;
}

/* The first ';' at or after `pos` (or s1), for a `pos` that moves forward. */
static size_t semicolon_at(size_t *from, size_t *at, const char *s, size_t s1, size_t pos)
{
    if (pos >= s1)
        return s1;
    if (*from == SIZE_MAX || pos < *from || pos > *at) {
        const char *p = memchr(s + pos, ';', s1 - pos);
        *from = pos;
        *at = p ? (size_t)(p - s) : s1;
    }
    return *at;
}

/* What take_sentence() keeps across the figures of one sentence. */
struct sentence_scans {
    clauses clause;
    size_t semi_from, semi_at;
    scan proposal, grade;
    chain period, part;
    status_scan status;
    /* the wholes a "trong đó" part may be of (part_of()): the sentence's last figure of each kind
     * and unit that is not a part (1 + index; 0: none), and by the first word of its noun */
    size_t last_whole[CONGDOAN__FIGURE_RESULT + 1][CONGDOAN__UNIT_SCORE + 1];
    congdoan__map wholes;
};
typedef struct sentence_scans sentence_scans;

/* The key of a whole in sentence_scans.wholes: its kind, unit and the first word of its noun. */
typedef struct whole_key {
    const congdoan__found *f;
    congdoan__figure_kind kind;
    congdoan__unit_kind unit;
    const char *word;
    size_t len;
} whole_key;

static uint64_t whole_hash(const congdoan__map *m, const whole_key *k)
{
    return congdoan__map_key(m, k->word, k->len) ^ ((uint64_t)k->kind << 8 | (uint64_t)k->unit);
}

/* A slot's key is its whole's noun, its value 1 + the whole's index. */
static int same_whole(const congdoan__map_slot *slot, const void *ctx)
{
    const whole_key *k = ctx;
    const congdoan__found_figure *g = &k->f->figures[(uintptr_t)slot->value - 1];
    const char *w;
    return g->kind == k->kind && g->unit == k->unit && first_word(slot->key, &w) == k->len && memcmp(w, k->word, k->len) == 0;
}

/* "kết nạp 1.240 đoàn viên, trong đó có 835 đoàn viên nữ": a figure after "trong đó" in the
 * clause is a part of a figure before it in the sentence, of the same kind and unit (a count of
 * the same noun when there is one, else the nearest), never of a part itself. Sets fg->part_of.
 * The wholes are looked up, not searched for (a sentence of many "trong đó" stays linear):
 * record_whole() keeps the last of each kind and unit, and of each noun. */
static int part_of(congdoan__ctx *x, sentence_scans *ss, const char *s, size_t clause, size_t qa, size_t sentence_first,
                   congdoan__found_figure *fg)
{
    congdoan__found *f = x->f;
    int rc = chain_last(x, &ss->part, s, qa);
    if (rc <= 0)
        return rc;
    size_t said = congdoan__match_start(x->m);
    if (clause > said)
        return 0; /* another clause: a ';' or ':' after it */
    size_t nearest = ss->last_whole[fg->kind][fg->unit];
    /* the last whole of its kind and unit stands after "trong đó": a figure that found no whole
     * before it (a kept figure's kind, unit and part never change), so there is none */
    if (nearest <= sentence_first || f->figures[nearest - 1].number.start >= said)
        return 0;
    size_t same_noun = 0;
    whole_key k = {f, fg->kind, fg->unit, NULL, 0};
    k.len = first_word(fg->noun, &k.word);
    if (k.len && ss->wholes.count) {
        const congdoan__map_slot *slot = congdoan__map_find(&ss->wholes, whole_hash(&ss->wholes, &k), same_whole, &k);
        if (slot->key && (uintptr_t)slot->value > sentence_first) /* of this sentence */
            same_noun = (uintptr_t)slot->value;
    }
    fg->part_of = same_noun ? same_noun : nearest;
    return 0;
}

/* After the figure at index i is kept: a whole that the parts after it may be of. */
static int record_whole(congdoan__ctx *x, sentence_scans *ss, size_t i)
{
    const congdoan__found_figure *g = &x->f->figures[i];
    if (g->part_of)
        return 0;
    ss->last_whole[g->kind][g->unit] = i + 1;
    whole_key k = {x->f, g->kind, g->unit, NULL, 0};
    k.len = first_word(g->noun, &k.word);
    if (!k.len)
        return 0;
    if (congdoan__map_reserve(&ss->wholes, ss->wholes.count + 1) != 0)
        return CONGDOAN_ENOMEM;
    uint64_t h = whole_hash(&ss->wholes, &k);
    congdoan__map_fill(&ss->wholes, congdoan__map_find(&ss->wholes, h, same_whole, &k), h, g->noun,
                       (void *)(uintptr_t)(i + 1));
    return 0;
}

static int take_sentence_with(congdoan__ctx *x, para_state *ps, size_t s0, size_t s1, const char *para_period,
                              sentence_scans *ss)
{
    congdoan__found *f = x->f;
    const char *s = ps->s;
    cue cues[64];
    size_t ncues = 0;
    for (size_t pos = s0; pos < s1 && ncues < 64;) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_TARGET_CUE, s, s1, pos, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            break;
        size_t ga, gb;
        int mode = congdoan__match_group(x->m, "result", &ga, &gb) ? MODE_RESULT : MODE_TARGET;
        if (congdoan__match_group(x->m, "weak", &ga, &gb)) {
            /* "đạt N" is done, unless the sentence looks ahead before it ("phấn đấu … đạt 96%") */
            mode = MODE_RESULT;
            for (size_t i = ncues; i > 0; i--)
                if (!cues[i - 1].weak) {
                    mode = cues[i - 1].mode;
                    break;
                }
            cues[ncues++] = (cue){congdoan__match_start(x->m), congdoan__match_end(x->m), mode, 1};
            pos = congdoan__match_end(x->m);
            continue;
        }
        cues[ncues++] = (cue){congdoan__match_start(x->m), congdoan__match_end(x->m), mode, 0};
        pos = congdoan__match_end(x->m);
    }
    /* a sentence that lists those present ("Đến dự Hội nghị có A; B và cán bộ 4 huyện"): its
     * counts are attendance */
    int present_all = congdoan__match(x->m, CONGDOAN__RULE_ATTENDANCE_OPENING, s, s1, s0, 1);
    if (present_all < 0)
        return present_all;
    size_t group_first = (size_t)-1; /* first figure of a list sharing words */
    size_t sentence_first = f->figure_count;
    size_t prev_end = s0;
    /* The next match of each figure rule: each scans the sentence once (scan_next()). */
    /* at the same place, "97/100 điểm" is a score before "13/13" is a fraction, and a
     * fraction before it is a number */
    congdoan__rule_id ids[4] = {CONGDOAN__RULE_SCORE, CONGDOAN__RULE_FRACTION, CONGDOAN__RULE_QUANTITY,
                                CONGDOAN__RULE_NUMBER_WORD};
    scan figure_at[4];
    for (int i = 0; i < 4; i++)
        figure_at[i] = scan_of(ids[i], s1);
    size_t list_graded = 0; /* the figures of the list before it have their grade */
    for (size_t pos = s0; pos < s1;) {
        /* the next figure: a quantity, a fraction or a number in words */
        size_t qa = s1, qb = s1;
        int kind = 0;
        for (int i = 0; i < 4; i++) {
            int rc = scan_next(x, &figure_at[i], s, pos);
            if (rc < 0)
                return rc;
            if (rc && figure_at[i].a < qa) {
                qa = figure_at[i].a;
                qb = figure_at[i].b;
                kind = i + 1;
            }
        }
        if (!kind)
            break;
        pos = qb > qa ? qb : qa + 1;
        while (pos < s1 && ((unsigned char)s[pos] & 0xC0) == 0x80)
            pos++;
        /* redo the winning match to read its groups */
        congdoan__match(x->m, ids[kind - 1], s, s1, qa, 1);
        size_t na = qa, nb = qb;
        if (ids[kind - 1] == CONGDOAN__RULE_QUANTITY)
            congdoan__match_group(x->m, "num", &na, &nb);
        if (masked(ps->k, na, nb) || present_all)
            continue;
        congdoan__found_figure fg = {0};
        int done_rate = 0; /* a fraction with the rate it makes printed after it */
        congdoan__rule_id won = ids[kind - 1];
        kind = won == CONGDOAN__RULE_QUANTITY ? 1 : won == CONGDOAN__RULE_FRACTION ? 2 : won == CONGDOAN__RULE_SCORE ? 4 : 3;
        if (kind == 4) {
            if (!read_score(x, s, &fg))
                continue;
            /* without its scale, points are a score only after the words that give one ("đạt
             * 95 điểm"); otherwise "điểm" counts items, as in "3 điểm mới" */
            if (!fg.has_score_max) {
                size_t cs = clause_at(&ss->clause, s, qa);
                int rc = congdoan__match(x->m, CONGDOAN__RULE_SCORE_CUE, s, qa, near_end(s, cs, qa), 0);
                if (rc < 0)
                    return rc;
                if (!rc)
                    continue;
            }
            /* "132/148 CĐCS đạt từ 80 điểm trở lên": points right after another figure of the
             * clause are the condition that figure counts, not a score of their own */
            if (prev_end > s0 && f->figure_count > sentence_first) {
                size_t c = prev_end;
                while (c < qa && s[c] != ',' && s[c] != ';')
                    c++;
                if (c == qa) {
                    add_mask(ps->k, qa, qb);
                    continue;
                }
            }
        } else if (kind == 1) {
            if (!read_quantity(x, s, &fg))
                continue;
            /* "vượt 31%", "chiếm tỷ lệ 66,6%" were read with the figure before them */
        } else if (kind == 2) {
            size_t a, b;
            long num, den;
            congdoan__match_group(x->m, "a", &a, &b);
            num = strtol(s + a, NULL, 10);
            congdoan__match_group(x->m, "b", &a, &b);
            den = strtol(s + a, NULL, 10);
            if (den == 0)
                continue;
            /* "được 551/530 đạt 103,96%", "3/7 đạt 42,85%": what was done against its target,
             * when the rate printed right after it is the one the two numbers make: a result,
             * whatever the words before it say. More than the whole without such a rate is no
             * count out of a total (a date, a ratio). */
            if (congdoan__match(x->m, CONGDOAN__RULE_RATE_OF, s, s1, qb, 1) == 1 &&
                !congdoan__match_group(x->m, "share", &a, &b)) {
                double r, d;
                congdoan__match_group(x->m, "r", &a, &b);
                d = congdoan__vn_number(s + a, b - a, &r) == 0 ? 100.0 * (double)num / (double)den - r : 1.0;
                done_rate = d > -0.5 && d < 0.5;
            }
            if (num > den && !done_rate)
                continue;
            fg.value = (double)num;
            fg.of = (double)den;
            fg.has_of = num <= den;
        } else {
            static const char *const words[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
            size_t wa, wb, pa, pb;
            if (!congdoan__match_group(x->m, "w", &wa, &wb))
                congdoan__match_group(x->m, "w2", &wa, &wb);
            for (size_t i = 0; i < 10; i++)
                if (strlen(words[i]) == wb - wa && congdoan__equals(s + wa, wb - wa, words[i]))
                    fg.value = (double)(i + 1);
            if (!fg.value)
                continue;
            fg.unit = CONGDOAN__UNIT_COUNT;
            fg.cmp = congdoan__match_group(x->m, "pre", &pa, &pb) ? cmp_of_words(s + pa, pb - pa) : CONGDOAN__CMP_EQ;
        }
        /* what it counts; a count of spans of time, of members or of list items is no figure */
        int rc = fg.unit == CONGDOAN__UNIT_SCORE ? 0 : congdoan__match(x->m, CONGDOAN__RULE_NOT_FIGURE_NOUN, s, s1, qb, 1);
        if (rc < 0)
            return rc;
        size_t ma, mb;
        if (rc && (fg.unit != CONGDOAN__UNIT_PERCENT || congdoan__match_group(x->m, "meeting", &ma, &mb)))
            continue;
        size_t clause = clause_at(&ss->clause, s, qa);
        /* a proposal is not done ("đề nghị … tặng 15 kỷ niệm chương"); a request to reach a
         * target is a target ("đề nghị các cấp công đoàn … phấn đấu kết nạp khoảng 800") */
        if (scan_first(x, &ss->proposal, s, clause, qa) == 1) {
            size_t pe = congdoan__match_end(x->m);
            int ahead = 0;
            for (size_t c = 0; c < ncues && !ahead; c++)
                ahead = cues[c].a >= pe && cues[c].b <= qa && cues[c].mode == MODE_TARGET && !cues[c].weak;
            if (!ahead)
                continue;
        }
        /* what a union is made of ("X có 21 đoàn viên", "Nữ: 15"): the rest of the clause too;
         * a share of it ("nữ chiếm 78%") once the figure is known to be reported (below) */
        int status = 0, share = 0;
        /* from the clause starts of the STATUS_REACH bytes before the figure only: a search from
         * every clause start of the sentence, for every figure, made a long sentence of figures
         * cost the cube of its length (fuzz-import-text: 27 KB, a minute); the searches
         * themselves are made once for the sentence (status_scan) */
        size_t reach = qa - s0 > STATUS_REACH ? qa - STATUS_REACH : s0;
        if (fg.unit != CONGDOAN__UNIT_MONEY && (rc = status_window(x, &ss->status, s, s0, s1, reach, qa)) < 0)
            return rc;
        size_t cur = 0;
        for (size_t c = reach; c < qa && !status && !share && fg.unit != CONGDOAN__UNIT_MONEY; c++) {
            if (c != s0 && s[c - 1] != ':' && s[c - 1] != ';' && s[c - 1] != ',')
                continue;
            size_t ta, tb, sa, sb;
            int label;
            if ((rc = status_at(x, &ss->status, s, c, &cur, &ta, &tb, &label)) < 0)
                return rc;
            if (rc && tb == qa) {
                if (fg.unit == CONGDOAN__UNIT_PERCENT)
                    share = !label && congdoan__match(x->m, CONGDOAN__RULE_STATUS_FIGURE, s, s1, ta, 1) == 1 &&
                            congdoan__match_group(x->m, "share", &sa, &sb);
                else
                    status = 1;
            }
        }
        /* under a heading of the situation ("I. TÌNH HÌNH CHUNG"), a count is what the union is
         * made of, unless the words near it on its line say it was done ("Số đoàn viên kết nạp
         * mới …: 7", "Có 5 CĐCS đã đạt vững mạnh") */
        if (!status && !share && fg.unit != CONGDOAN__UNIT_MONEY && ps->section && f->sections[ps->section - 1].situation) {
            size_t wa = qa, we = qb;
            while (wa > prev_end && qa - wa < STATUS_REACH && s[wa - 1] != '\n')
                wa--;
            while (((unsigned char)s[wa] & 0xC0) == 0x80)
                wa++;
            while (we < s1 && we - qb < STATUS_REACH && s[we] != ',' && s[we] != ';')
                we++;
            if ((rc = congdoan__match(x->m, CONGDOAN__RULE_STATUS_VETO, s, we, wa, 0)) == 0)
                rc = congdoan__match(x->m, CONGDOAN__RULE_RESULT_CUE, s, we, wa, 0);
            if (rc < 0)
                return rc;
            status = !rc;
        }
        if (status) {
            size_t e = qb;
            while (e < s1 && s[e] != ';' && s[e] != ',')
                e++;
            add_mask(ps->k, qa, e);
            continue;
        }
        size_t ne = fg.unit == CONGDOAN__UNIT_SCORE ? qb : noun_end(x, s, s1, qb);
        /* a bare number that counts nothing is no figure, unless it is the value of a label
         * ("Số đoàn viên đạt danh hiệu CSTĐ năm trước: 02") */
        if (ne == qb && fg.unit == CONGDOAN__UNIT_COUNT && !fg.has_of && !done_rate) {
            size_t c = qa;
            while (c > s0 && s[c - 1] == ' ')
                c--;
            /* "nâng tổng số công đoàn cơ sở trực thuộc lên 148": the running total names what it
             * counts before the number */
            size_t wa, wb, from = c > s0 + 80 ? c - 80 : s0;
            while (from > s0 && ((unsigned char)s[from] & 0xC0) == 0x80)
                from--;
            int total = 0;
            for (size_t at = from; !total && at < c;) {
                if ((rc = congdoan__match(x->m, CONGDOAN__RULE_CUMULATIVE, s, c, at, 0)) < 0)
                    return rc;
                if (!rc)
                    break;
                total = congdoan__match_end(x->m) == c && congdoan__match_group(x->m, "what", &wa, &wb) && wb > wa;
                at = congdoan__match_end(x->m) > at ? congdoan__match_end(x->m) : at + 1;
            }
            if (total) {
                congdoan__trim(s, &wa, &wb);
                if (!(fg.noun = congdoan__x_strndup(x, s + wa, wb - wa)))
                    return CONGDOAN_ENOMEM;
            } else if (c == s0 || s[c - 1] != ':') {
                continue;
            }
        }
        for (;;) { /* a noun does not end with "và", "các", "của" */
            size_t w = ne;
            while (w > qb && s[w - 1] != ' ')
                w--;
            if (w > qb && (congdoan__equals(s + w, ne - w, "và") || congdoan__equals(s + w, ne - w, "các") ||
                           congdoan__equals(s + w, ne - w, "của")))
                ne = w - 1;
            else
                break;
        }
        /* "01 đoàn viên ưu tú trở lên": the comparator after the noun */
        size_t tl = strlen(" trở lên");
        if (ne > qb + tl && congdoan__equals(s + ne - tl, tl, " trở lên")) {
            ne -= tl;
            while (ne > qb && s[ne - 1] == ' ')
                ne--;
            if (fg.cmp == CONGDOAN__CMP_EQ)
                fg.cmp = CONGDOAN__CMP_GE;
        }
        if (ne > qb) {
            size_t a = qb, b = ne;
            congdoan__trim(s, &a, &b);
            /* a count of unions of a level is counted by the level's name: the words after it
             * ("ngoài khu vực nhà nước") say over whom */
            if (a < b && fg.unit == CONGDOAN__UNIT_COUNT &&
                congdoan__match(x->m, CONGDOAN__RULE_SCOPE_LEVEL, s, b, a, 1) == 1)
                b = congdoan__match_end(x->m);
            if (a < b && !(fg.noun = congdoan__x_strndup(x, s + a, b - a)))
                return CONGDOAN_ENOMEM;
        }
        /* those present at a meeting ("Gần 500 đoàn viên, công nhân lao động tham dự"): the
         * words after the noun up to the first verb */
        if (fg.unit == CONGDOAN__UNIT_COUNT) {
            int present = 0;
            size_t w = ne;
            for (int n = 0; n < 8 && w < s1 && !present; n++) {
                while (w < s1 && (s[w] == ' ' || s[w] == ','))
                    w++;
                if ((rc = congdoan__match(x->m, CONGDOAN__RULE_ATTENDANCE, s, s1, w, 1)) < 0)
                    return rc;
                present = rc;
                if (present || w == 0 || congdoan__match(x->m, CONGDOAN__RULE_STOP_WORD, s, s1, w - 1, 1) == 1)
                    break;
                while (w < s1 && s[w] != ' ' && s[w] != ',' && s[w] != ';' && s[w] != '.')
                    w++;
                if (w < s1 && (s[w] == ';' || s[w] == '.'))
                    break;
            }
            if (present)
                continue;
        }
        /* tense */
        int mode = done_rate ? MODE_RESULT : ps->sec_mode;
        if (!mode)
            mode = cue_before(cues, ncues, s0, qa, ps->k);
        if (!mode)
            mode = ps->para_mode;
        /* under a heading of tasks and not of results ("2. Nhiệm vụ quý IV/2025", "TRÁCH
         * NHIỆM CỦA CÁC BÊN") a figure is still to be reached, whatever the kind of document */
        if (!mode && ps->section && f->sections[ps->section - 1].tasks && !f->sections[ps->section - 1].results)
            mode = MODE_TARGET;
        /* under a heading whose own kind is not said ("1. Công tác phát triển đoàn viên"), the
         * nearest heading above that says results or targets ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ") */
        for (size_t a = ps->section; !mode && a; a = f->sections[a - 1].parent) {
            const congdoan__found_section *up = &f->sections[a - 1];
            if (up->results && !up->targets)
                mode = MODE_RESULT;
            else if (up->targets && !up->results)
                mode = MODE_TARGET;
        }
        if (!mode) {
            int has_target_section = 0;
            for (size_t i = 0; i < f->section_count; i++)
                has_target_section |= f->sections[i].targets;
            if (!has_target_section)
                mode = strcmp(f->genre, "plan") == 0 || strcmp(f->genre, "programme") == 0 ||
                               strcmp(f->genre, "resolution") == 0 || f->kind == CONGDOAN_DOCUMENT_DIRECTIVE ||
                               f->kind == CONGDOAN_DOCUMENT_SCHEME
                           ? MODE_TARGET
                           : MODE_RESULT;
        }
        if (!mode)
            continue;
        if (share && mode == MODE_RESULT) {
            add_mask(ps->k, qa, qb);
            continue;
        }
        fg.kind = mode == MODE_TARGET ? CONGDOAN__FIGURE_TARGET : CONGDOAN__FIGURE_RESULT;
        if (fg.unit == CONGDOAN__UNIT_MONEY)
            fg.measure = CONGDOAN_MEASURE_COUNT;
        else if (fg.unit == CONGDOAN__UNIT_SCORE)
            fg.measure = CONGDOAN_MEASURE_SCORE;
        else
            fg.measure = fg.unit == CONGDOAN__UNIT_PERCENT ? CONGDOAN_MEASURE_PERCENTAGE : CONGDOAN_MEASURE_COUNT;
        /* estimate, running total, average: in the words between the figure before and this one */
        size_t own = clause > prev_end ? clause : prev_end;
        if ((rc = congdoan__match(x->m, CONGDOAN__RULE_ESTIMATE, s, qa, own, 0)) < 0)
            return rc;
        fg.estimate = rc;
        if ((rc = congdoan__match(x->m, CONGDOAN__RULE_CUMULATIVE, s, qa, own, 0)) < 0)
            return rc;
        fg.cumulative = rc && congdoan__match_end(x->m) + 8 >= qa;
        if ((rc = congdoan__match(x->m, CONGDOAN__RULE_AVERAGE, s, qa, own, 0)) < 0)
            return rc;
        if (rc && fg.unit == CONGDOAN__UNIT_COUNT) {
            fg.measure = CONGDOAN_MEASURE_AVERAGE;
            fg.average_per = congdoan__x_group(x, s, "per");
        }
        /* the rate stated with it, and how far it went beyond its target */
        size_t after = ne;
        for (int again = 0; again < 2; again++) {
            if (congdoan__match(x->m, CONGDOAN__RULE_RATE_OF, s, s1, after, 1) == 1 && !fg.has_rate) {
                size_t a, b;
                congdoan__match_group(x->m, "r", &a, &b);
                fg.has_rate = congdoan__vn_number(s + a, b - a, &fg.rate) == 0;
                fg.rate_is_share = congdoan__match_group(x->m, "share", &a, &b);
                add_mask(ps->k, congdoan__match_start(x->m), congdoan__match_end(x->m));
                after = congdoan__match_end(x->m);
            }
            if (congdoan__match(x->m, CONGDOAN__RULE_OVER_TARGET, s, s1, after, 1) == 1 && !fg.has_over_target) {
                size_t a, b;
                congdoan__match_group(x->m, "r", &a, &b);
                fg.has_over_target = congdoan__vn_number(s + a, b - a, &fg.over_target) == 0;
                fg.over_target_cmp = congdoan__match_group(x->m, "c", &a, &b) ? cmp_of_words(s + a, b - a) : CONGDOAN__CMP_EQ;
                add_mask(ps->k, congdoan__match_start(x->m), congdoan__match_end(x->m));
                after = congdoan__match_end(x->m);
            }
        }
        /* "vượt 31%" after a running total belongs to the result before it */
        if (fg.cumulative && fg.has_over_target && f->figure_count > ps->first) {
            congdoan__found_figure *prev = &f->figures[f->figure_count - 1];
            if (prev->kind == fg.kind && !prev->cumulative && !prev->has_over_target) {
                prev->has_over_target = 1;
                prev->over_target = fg.over_target;
                prev->over_target_cmp = fg.over_target_cmp;
                fg.has_over_target = 0;
            }
        }
        /* the population: thresholds in the words that say over whom the figure counts */
        size_t window = scope_window(x, s, s1, qb, ne);
        size_t scope_end = ne;
        for (size_t t = 0; t < ps->k->threshold_count; t++) {
            range th = ps->k->thresholds[t];
            if (th.a >= qb && th.a < window) {
                rc = congdoan__match(x->m, CONGDOAN__RULE_THRESHOLD, s, s1, th.a, 1);
                if (rc == 1) {
                    size_t a, b;
                    fg.has_threshold = 1;
                    fg.threshold_text = copy_words(x, s, th.a, th.b);
                    if (congdoan__match_group(x->m, "pop", &a, &b))
                        fg.threshold_of = copy_words(x, s, a, b);
                    if (congdoan__match_group(x->m, "what", &a, &b))
                        fg.threshold_measure = copy_words(x, s, a, b);
                    if (congdoan__match_group(x->m, "n", &a, &b))
                        congdoan__vn_number(s + a, b - a, &fg.threshold_value);
                    congdoan__cmp c = CONGDOAN__CMP_EQ;
                    if (congdoan__match_group(x->m, "cmp", &a, &b) || congdoan__match_group(x->m, "cmp2", &a, &b)) {
                        c = congdoan__equals(s + a, b - a, "từ") ? CONGDOAN__CMP_GE : cmp_of_words(s + a, b - a);
                    }
                    if (congdoan__match_group(x->m, "more", &a, &b))
                        c = cmp_of_words(s + a, b - a);
                    fg.threshold_cmp = c;
                }
                if (th.b > scope_end)
                    scope_end = th.b;
            }
        }
        /* the predicate shared by a list: the grade of "xếp loại hoàn thành tốt nhiệm vụ trở lên" */
        size_t next = s1;
        {
            /* the end of this figure's words: the next figure's start, or the clause end */
            next = semicolon_at(&ss->semi_from, &ss->semi_at, s, s1, scope_end);
        }
        size_t ga = scope_end, gb = next;
        if ((rc = scan_first(x, &ss->grade, s, ga, gb)) < 0)
            return rc;
        if (rc && fg.unit == CONGDOAN__UNIT_PERCENT) {
            size_t a, b;
            congdoan__match_group(x->m, "g", &a, &b);
            fg.grade = cmp_of_words(s + a, b - a) == CONGDOAN__CMP_EQ && (s[a] == 'x' || s[a] == 'X') ? CONGDOAN_GRADE_EXCELLENT
                                                                                                       : CONGDOAN_GRADE_GOOD;
            /* the grade belongs to this figure only when no other figure comes before it */
            size_t grade_at = congdoan__match_start(x->m);
            if (congdoan__match(x->m, CONGDOAN__RULE_QUANTITY, s, grade_at, scope_end, 0) == 1)
                fg.grade = CONGDOAN_GRADE_NONE;
            if (fg.grade)
                fg.measure = CONGDOAN_MEASURE_SHARE_OF_UNITS;
        }
        /* scope words: for a share, what follows the per cent sign */
        if (fg.unit == CONGDOAN__UNIT_PERCENT && fg.noun)
            fg.scope = fg.noun;
        if (fg.has_threshold && fg.threshold_of)
            fg.scope = fg.threshold_text;
        if ((rc = read_scope(x, s, qb, window > scope_end ? window : scope_end, &fg)) < 0)
            return rc;
        /* an average per unit counts over the units it is per ("bình quân mỗi CĐCS") */
        if (fg.measure == CONGDOAN_MEASURE_AVERAGE && fg.average_per && !fg.scope_level &&
            (rc = read_scope(x, fg.average_per, 0, strlen(fg.average_per), &fg)) < 0)
            return rc;
        /* period */
        if ((rc = chain_last(x, &ss->period, s, qa)) < 0)
            return rc;
        size_t pa, pb;
        const char *before = rc && congdoan__match_group(x->m, "p", &pa, &pb) ? congdoan__x_strndup(x, s + pa, pb - pa) : NULL;
        fg.period_text = before ? before : para_period;
        fg.period_code = period_code(x, fg.period_text);
        fg.by_code = deadline_code(x, fg.period_text);
        if (!fg.period_code && !fg.period_text && fg.kind == CONGDOAN__FIGURE_TARGET)
            fg.period_code = f->year;
        /* the words: from the clause (or the previous figure of the list) to the end of this
         * figure's noun; the last figure of a list takes the shared predicate */
        size_t wa = own;
        /* the clause of the figure: after a comma that closes a connective, a time or another
         * figure ("Trong đó, phấn đấu …", "Năm 2017, …"), not one between verbs ("Tuyên truyền,
         * vận động …"); or where a cue opens it ("đến cuối nhiệm kỳ có 60%") */
        for (size_t i = qa; i > wa; i--)
            if (s[i - 1] == ',' && i < qa && s[i] == ' ') {
                int closes = 0;
                for (size_t k = wa; k + 1 < i && !closes; k++)
                    closes = s[k] >= '0' && s[k] <= '9';
                if (!closes)
                    closes = (congdoan__match(x->m, CONGDOAN__RULE_ORG_AT, s, i - 1, wa, 1) == 1 &&
                              congdoan__match_end(x->m) == i - 1) ||
                             congdoan__match(x->m, CONGDOAN__RULE_CONNECTIVE, s, i - 1, wa, 1) == 1;
                if (closes)
                    wa = i;
                break;
            }
        for (size_t c = 0; c < ncues; c++)
            if (cues[c].a >= wa && cues[c].b <= qa && own == prev_end && prev_end > s0) {
                wa = cues[c].a;
                break;
            }
        while (wa < qa && (s[wa] == ' ' || s[wa] == ',' || s[wa] == ';'))
            wa++;
        if (wa >= qa || qa - wa > 200)
            wa = qa;
        /* a list: "…, 85% CĐCS khu vực nhà nước và 80% …" */
        int in_list = 0;
        if (f->figure_count > ps->first && group_first != (size_t)-1) {
            size_t gap = prev_end;
            while (gap < qa && (s[gap] == ' ' || s[gap] == ','))
                gap++;
            in_list = gap == qa || congdoan__equals(s + gap, qa - gap, "và ") || congdoan__equals(s + gap, qa - gap, "và");
            if (in_list)
                wa = qa;
        }
        size_t we = scope_end;
        /* the rest of the clause when no other figure follows in it */
        int last_in_clause = 1;
        for (size_t at = scope_end; at < next && congdoan__match(x->m, CONGDOAN__RULE_QUANTITY, s, next, at, 0) == 1;) {
            size_t a, b;
            congdoan__match_group(x->m, "num", &a, &b);
            if (!masked(ps->k, a, b)) {
                last_in_clause = 0;
                break;
            }
            at = congdoan__match_end(x->m) > at ? congdoan__match_end(x->m) : at + 1;
        }
        if (last_in_clause) {
            we = next;
            while (we > scope_end && (s[we - 1] == ' ' || s[we - 1] == '.' || s[we - 1] == ',' || s[we - 1] == ';'))
                we--;
            /* stop at a full stop that ends the sentence early */
        }
        fg.words = (congdoan__span){ps->block, wa, we};
        fg.number = (congdoan__span){ps->block, qa, qb};
        fg.section = ps->section;
        /* the subject: the words of the clause before the figure */
        if (wa < qa) {
            size_t a = wa, b = qa;
            for (size_t c = 0; c < ncues; c++)
                if (cues[c].b <= qa && cues[c].b > a && cues[c].a >= wa)
                    a = cues[c].b;
            fg.subject = subject_words(x, s, a, b);
        }
        /* a period the clause states after the figure wins over the heading's and the earlier
         * sentences' ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025" > "… trong chấm điểm thi đua năm 2025") */
        if (!before && we > scope_end) {
            const char *own_period = period_after(x, s, qb, we);
            if (own_period) {
                fg.period_text = own_period;
                fg.period_code = period_code(x, own_period);
                fg.by_code = deadline_code(x, own_period);
            }
        }
        /* a score is of the evaluation named after it ("… 95 điểm trở lên trong chấm điểm thi đua") */
        if (!fg.subject && fg.unit == CONGDOAN__UNIT_SCORE && we > scope_end &&
            congdoan__match(x->m, CONGDOAN__RULE_SCORE_OF, s, we, scope_end, 0) == 1) {
            size_t a, b;
            congdoan__match_group(x->m, "what", &a, &b);
            fg.subject = copy_words(x, s, a, b);
        }
        if ((rc = part_of(x, ss, s, clause, qa, sentence_first, &fg)) < 0)
            return rc;
        if (!fg.subject && fg.part_of) /* a part counts what its whole counts */
            fg.subject = f->figures[fg.part_of - 1].subject;
        congdoan__found_figure *slot = CONGDOAN__PUSH(x, f->figures, f->figure_count, f->figure_cap);
        if (!slot)
            return CONGDOAN_ENOMEM;
        *slot = fg;
        if ((rc = record_whole(x, ss, f->figure_count - 1)) != 0)
            return rc;
        /* a list shares the predicate and the grade printed after its last figure */
        if (in_list && slot->grade) {
            for (size_t i = group_first > list_graded ? group_first : list_graded; i < f->figure_count - 1; i++)
                if (f->figures[i].unit == CONGDOAN__UNIT_PERCENT && !f->figures[i].grade) {
                    f->figures[i].grade = slot->grade;
                    f->figures[i].measure = CONGDOAN_MEASURE_SHARE_OF_UNITS;
                }
            list_graded = f->figure_count - 1;
        }
        if (!in_list)
            group_first = f->figure_count - 1;
        prev_end = scope_end > qb ? scope_end : qb;
        if (fg.has_rate || fg.has_over_target)
            prev_end = after;
    }
    if (ncues)
        ps->para_mode = cues[ncues - 1].mode;
    return 0;
}

static int take_sentence(congdoan__ctx *x, para_state *ps, size_t s0, size_t s1, const char *para_period)
{
    sentence_scans *ss = ps->ss;
    ss->clause = (clauses){s0, s0, s0};
    ss->semi_from = SIZE_MAX;
    ss->proposal = scan_of(CONGDOAN__RULE_PROPOSAL, s1);
    ss->grade = scan_of(CONGDOAN__RULE_GRADE, s1);
    ss->period = chain_of(CONGDOAN__RULE_PERIOD, s1, s0);
    ss->part = chain_of(CONGDOAN__RULE_PART_OF, s1, s0);
    ss->status.head = ss->status.count = 0;
    ss->status.ready = 0;
    memset(ss->last_whole, 0, sizeof ss->last_whole);
    int rc = take_sentence_with(x, ps, s0, s1, para_period, ss);
    status_free(&ss->status);
    return rc;
}

/* The period stated at the head of the sentence at s0 ("Năm 2024, …", "Theo báo cáo, 6 tháng
 * đầu năm, …"), or NULL. */
static const char *opening_period(congdoan__ctx *x, const congdoan__block *bl, const char *s, size_t s0, size_t s1)
{
    while (s0 < s1 && (s[s0] == ' ' || s[s0] == '-' || s[s0] == '+'))
        s0++;
    if (congdoan__match(x->m, CONGDOAN__RULE_OPENING_PERIOD, s, s1, s0, 1) == 1)
        return congdoan__x_group(x, s, "p");
    /* a sentence that starts a line of the source, joined by the reader to the line before it
     * (a heading without its stop: "1. Công tác phát triển đoàn viên" / "Năm 2024, …") */
    for (size_t i = s0 + 2; i < s1; i++) {
        unsigned char c = (unsigned char)s[i];
        if (s[i - 1] != ' ' || !(c == 'N' || c == 'Q' || c == 'T' || c == 'S' || c == 'C' || (c >= '0' && c <= '9')))
            continue;
        if (congdoan__block_position(bl, i).line == congdoan__block_position(bl, i - 2).line)
            continue;
        if (congdoan__match(x->m, CONGDOAN__RULE_OPENING_PERIOD, s, s1, i, 1) == 1)
            return congdoan__x_group(x, s, "p");
    }
    return NULL;
}

/* A paragraph's figures. *running is the period stated before it in its section (a heading's,
 * or one at the head of an earlier sentence): the time of its figures until it states another,
 * which then holds for the paragraphs after it. */
static int take_para(congdoan__ctx *x, const congdoan__found_para *p, masks *k, sentence_scans *ss,
                     const char **running)
{
    congdoan__found *f = x->f;
    para_state ps = {0};
    ps.s = congdoan__block_text(x, p->block, &ps.len);
    ps.block = p->block;
    ps.section = p->section;
    ps.k = k;
    ps.ss = ss;
    ps.first = f->figure_count;
    const congdoan__found_section *sec = p->section ? &f->sections[p->section - 1] : NULL;
    ps.sec_mode = sec && sec->targets && !sec->results ? MODE_TARGET : sec && sec->results && !sec->targets ? MODE_RESULT : MODE_NONE;
    k->count = 0;
    k->threshold_count = 0;
    static const congdoan__rule_id maskers[] = {CONGDOAN__RULE_TIME_EXPR,   CONGDOAN__RULE_YEAR_SPAN,
                                                CONGDOAN__RULE_DOCNUMBER,   CONGDOAN__RULE_QUOTED,
                                                CONGDOAN__RULE_NAMED_NUMBER, CONGDOAN__RULE_THRESHOLD,
                                                CONGDOAN__RULE_LIST_COUNT,  CONGDOAN__RULE_PRICE_RATE,
                                                CONGDOAN__RULE_OVER_AMOUNT};
    for (size_t i = 0; i < sizeof maskers / sizeof maskers[0]; i++) {
        int rc;
        if (maskers[i] == CONGDOAN__RULE_LIST_COUNT) {
            /* anchored at each number */
            for (size_t pos = p->start; pos < ps.len; pos++)
                if (ps.s[pos] >= '0' && ps.s[pos] <= '9' && (pos == 0 || ps.s[pos - 1] == ' ') &&
                    congdoan__match(x->m, CONGDOAN__RULE_LIST_COUNT, ps.s, ps.len, pos, 1) == 1) {
                    size_t e = congdoan__match_end(x->m);
                    /* "95 điểm" may be a score: take_sentence decides by the words before it */
                    if (congdoan__match(x->m, CONGDOAN__RULE_SCORE, ps.s, ps.len, pos, 1) != 1)
                        add_mask(k, pos, e);
                }
            continue;
        }
        if ((rc = mask_rule(x, k, maskers[i], ps.s, ps.len, p->start)) < 0)
            return rc;
    }
    /* "label: value" status lines of a list ("Nữ: 15") unless the label says something was achieved */
    const char *para_period = *running;
    for (size_t s0 = p->start; s0 < ps.len;) {
        size_t s1 = congdoan__sentence_end(ps.s, ps.len, s0);
        const char *per = period_in(x, ps.s, s0, s1);
        const char *opening = opening_period(x, &x->src->blocks[p->block], ps.s, s0, s1);
        int rc = take_sentence(x, &ps, s0, s1, para_period);
        if (rc)
            return rc;
        if (per)
            para_period = per;
        if (opening)
            *running = opening;
        s0 = s1 > s0 ? s1 : s0 + 1;
    }
    return 0;
}

/* ---- a table of figures ------------------------------------------------------------------------- */

/* The columns of a table of figures in a report: "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ". */
typedef struct figure_columns {
    size_t table;            /* block.table of the table, 0 when none is open */
    long name, plan, done, rate;
    int estimate;            /* "Ước thực hiện" */
} figure_columns;

/* Whether the row is the header of a table of figures: a column of results and one that names
 * what is counted (the first other cell that is not the row's number). */
static int figure_header(congdoan__ctx *x, const congdoan__block *bl, figure_columns *fc)
{
    figure_columns t = {bl->table, -1, -1, -1, -1, 0};
    for (size_t c = 0; c < bl->cell_count; c++) {
        const char *cell = bl->cells[c];
        size_t n = strlen(cell), a, b;
        if (t.done < 0 && congdoan__match(x->m, CONGDOAN__RULE_TABLE_DONE, cell, n, 0, 1) == 1) {
            t.done = (long)c;
            t.estimate = congdoan__match_group(x->m, "est", &a, &b);
        } else if (t.plan < 0 && congdoan__match(x->m, CONGDOAN__RULE_TABLE_PLAN, cell, n, 0, 1) == 1) {
            t.plan = (long)c;
        } else if (t.rate < 0 && congdoan__match(x->m, CONGDOAN__RULE_TABLE_RATE, cell, n, 0, 1) == 1) {
            t.rate = (long)c;
        } else if (t.name < 0 && n && !congdoan__equals(cell, n, "TT") && !congdoan__equals(cell, n, "STT")) {
            t.name = (long)c;
        }
    }
    if (t.done < 0 || t.name < 0)
        return 0;
    *fc = t;
    return 1;
}

/* The number of cell c ("532", "106,4%", "4.452"), 1 when it holds one and nothing else. */
static int cell_number(const congdoan__block *bl, long c, size_t *a, size_t *e, double *v)
{
    if (c < 0 || !congdoan__cell_span(bl, (size_t)c, a, e))
        return 0;
    size_t b = *e;
    if (b > *a && bl->text[b - 1] == '%')
        b--;
    while (b > *a && bl->text[b - 1] == ' ')
        b--;
    return congdoan__vn_number(bl->text + *a, b - *a, v) == 0;
}

/* Cell c written as the text writes a figure, with what it counts ("146 đoàn viên", "980
 * suất", "1,1 tỷ đồng"): 1 with the value, unit and counted noun set in *fg and its number at
 * fg->number (offsets in the row's text), 0 when the cell holds anything else. */
static int cell_quantity(congdoan__ctx *x, const congdoan__block *bl, long c, congdoan__found_figure *fg)
{
    size_t a, e;
    if (c < 0 || !congdoan__cell_span(bl, (size_t)c, &a, &e))
        return 0;
    int rc = congdoan__match(x->m, CONGDOAN__RULE_QUANTITY, bl->text, e, a, 1);
    if (rc <= 0)
        return rc;
    size_t qe = congdoan__match_end(x->m), na, nb;
    congdoan__match_group(x->m, "num", &na, &nb);
    if (!read_quantity(x, bl->text, fg) || fg->has_max)
        return 0;
    /* the rest of the cell is the counted noun: a few words, no other figure */
    size_t words = congdoan__word_count(bl->text + qe, e - qe);
    for (size_t i = qe; i < e; i++)
        if (bl->text[i] >= '0' && bl->text[i] <= '9')
            return 0;
    if (words > 4 || (words && fg->unit != CONGDOAN__UNIT_COUNT))
        return 0;
    if (words && fg->unit == CONGDOAN__UNIT_COUNT) {
        size_t wa = qe, wb = e;
        congdoan__trim(bl->text, &wa, &wb);
        if (!(fg->noun = copy_words(x, bl->text, wa, wb)))
            return CONGDOAN_ENOMEM;
    }
    fg->measure = fg->unit == CONGDOAN__UNIT_PERCENT ? CONGDOAN_MEASURE_PERCENTAGE : CONGDOAN_MEASURE_COUNT;
    fg->number = (congdoan__span){0, na, nb};
    return 1;
}

/* A row of a table of figures: the result in its column of results (with the rate of its
 * column of rates), the target in its column of targets; the unit from the name's brackets. */
static int take_figure_row(congdoan__ctx *x, const congdoan__found_para *p, const figure_columns *fc)
{
    congdoan__found *f = x->f;
    const congdoan__block *bl = &x->src->blocks[p->block];
    size_t na, ne;
    if (!congdoan__cell_span(bl, (size_t)fc->name, &na, &ne))
        return 0;
    congdoan__found_figure proto = {0};
    proto.section = p->section;
    proto.unit = CONGDOAN__UNIT_COUNT;
    proto.measure = CONGDOAN_MEASURE_COUNT;
    proto.cmp = CONGDOAN__CMP_EQ;
    double mult = 1;
    size_t ue = ne;
    int rc = congdoan__match(x->m, CONGDOAN__RULE_TABLE_UNIT, bl->text, ne, na, 0);
    if (rc < 0)
        return rc;
    if (rc) {
        size_t a, b;
        ue = congdoan__match_start(x->m);
        if (congdoan__match_group(x->m, "pct", &a, &b)) {
            proto.unit = CONGDOAN__UNIT_PERCENT;
            proto.measure = CONGDOAN_MEASURE_PERCENTAGE;
        } else {
            proto.unit = CONGDOAN__UNIT_MONEY;
            if (congdoan__match_group(x->m, "mult", &a, &b))
                mult = multiplier(bl->text + a, b - a);
        }
    }
    if (!(proto.noun = copy_words(x, bl->text, na, ue)) && ue > na)
        return CONGDOAN_ENOMEM;
    proto.subject = proto.noun;
    const long cols[2] = {fc->done, fc->plan};
    for (int i = 0; i < 2; i++) {
        size_t a, e;
        double v;
        congdoan__found_figure fg = proto;
        if (cell_number(bl, cols[i], &a, &e, &v)) {
            fg.value = v * mult;
        } else if ((rc = cell_quantity(x, bl, cols[i], &fg)) <= 0) {
            if (rc < 0)
                return rc;
            continue;
        } else {
            a = fg.number.start;
            e = fg.number.end;
        }
        fg.kind = i == 0 ? CONGDOAN__FIGURE_RESULT : CONGDOAN__FIGURE_TARGET;
        fg.number = (congdoan__span){p->block, a, e};
        /* the words run from the first of the two cells to the end of the last: a header may
         * put the column of results or targets before the one of names ("Thực hiện | Chỉ tiêu") */
        fg.words = (congdoan__span){p->block, a < na ? a : na, e > ne ? e : ne};
        if (i == 0) {
            size_t ra, re;
            fg.estimate = fc->estimate;
            fg.has_rate = cell_number(bl, fc->rate, &ra, &re, &fg.rate);
        }
        congdoan__found_figure *slot = CONGDOAN__PUSH(x, f->figures, f->figure_count, f->figure_cap);
        if (!slot)
            return CONGDOAN_ENOMEM;
        *slot = fg;
    }
    return 0;
}

/* What makes a figure the repeat of another (drop_repeats()): the same kind, value, unit,
 * comparator and running total, and the same 8 bytes before it (the same verb). */
typedef struct repeat_key {
    congdoan__figure_kind kind;
    congdoan__unit_kind unit;
    congdoan__cmp cmp;
    int cumulative;
    double value;
    char before[8];
} repeat_key;

/* A figure's key, or 0 when it can be no repeat and have none (fewer than 8 bytes before it,
 * a value that equals nothing). */
static int repeat_key_of(const congdoan__ctx *x, const congdoan__found_figure *a, repeat_key *k)
{
    size_t at = a->number.start;
    if (at < sizeof k->before || a->value != a->value)
        return 0;
    memset(k, 0, sizeof *k); /* the padding too: the key is hashed as bytes */
    k->kind = a->kind;
    k->unit = a->unit;
    k->cmp = a->cmp;
    k->cumulative = a->cumulative;
    k->value = a->value == 0 ? 0 : a->value; /* -0 is 0 */
    memcpy(k->before, x->src->blocks[a->number.block].text + at - sizeof k->before, sizeof k->before);
    return 1;
}

static int same_repeat(const congdoan__map_slot *slot, const void *ctx)
{
    const repeat_key *a = slot->key, *b = ctx;
    return a->kind == b->kind && a->unit == b->unit && a->cmp == b->cmp && a->cumulative == b->cumulative &&
           a->value == b->value && memcmp(a->before, b->before, sizeof a->before) == 0;
}

/* A figure printed twice (a news item's lead repeats its body) is one item; a part of the
 * dropped one is a part of the one kept. A figure repeats the first kept figure of its key in
 * another block: looked up, so that a text of many figures stays linear. The first kept of a
 * key is the only one to look at: any later one kept is in the same block (else it would have
 * repeated the first). */
static int drop_repeats(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    size_t n = f->figure_count ? f->figure_count : 1;
    size_t *kept = congdoan__malloc(n * sizeof *kept);
    repeat_key *keys = congdoan__malloc(n * sizeof *keys);
    congdoan__map firsts;
    congdoan__map_init(&firsts, NULL);
    if (!kept || !keys || congdoan__map_reserve(&firsts, f->figure_count) != 0) {
        congdoan__dealloc(kept);
        congdoan__dealloc(keys);
        congdoan__map_release(&firsts);
        return CONGDOAN_ENOMEM;
    }
    size_t o = 0;
    for (size_t i = 0; i < f->figure_count; i++) {
        const congdoan__found_figure *a = &f->figures[i];
        repeat_key k;
        congdoan__map_slot *slot = NULL;
        uint64_t h = 0;
        if (repeat_key_of(x, a, &k)) {
            h = congdoan__map_key(&firsts, &k, sizeof k);
            slot = congdoan__map_find(&firsts, h, same_repeat, &k);
            size_t first = slot->key ? (size_t)((const repeat_key *)slot->key - keys) : 0;
            if (slot->key && f->figures[first].words.block != a->words.block) {
                kept[i] = first;
                continue;
            }
        }
        kept[i] = o;
        if (slot && !slot->key) {
            keys[o] = k;
            congdoan__map_fill(&firsts, slot, h, &keys[o], NULL);
        }
        f->figures[o++] = *a;
    }
    f->figure_count = o;
    for (size_t i = 0; i < o; i++)
        if (f->figures[i].part_of)
            f->figures[i].part_of = kept[f->figures[i].part_of - 1] + 1;
    congdoan__dealloc(kept);
    congdoan__dealloc(keys);
    congdoan__map_release(&firsts);
    return 0;
}

int congdoan__extract_figures(congdoan__ctx *x)
{
    masks *k = congdoan__malloc(sizeof *k);
    sentence_scans *ss = congdoan__malloc(sizeof *ss);
    if (!k || !ss) {
        congdoan__dealloc(k);
        congdoan__dealloc(ss);
        return CONGDOAN_ENOMEM;
    }
    ss->status.line_end = ss->status.line_veto = NULL;
    congdoan__map_init(&ss->wholes, NULL);
    int rc = 0;
    figure_columns fc = {0, -1, -1, -1, -1, 0};
    size_t heading = (size_t)-1;  /* the heading the paragraphs stand under (1 + index; 0: none) */
    const char *running = NULL;   /* the period stated before them under it */
    for (size_t i = 0; i < x->f->para_count && rc == 0; i++) {
        const congdoan__found_para *p = &x->f->paras[i];
        size_t h = p->section;
        while (h && !x->f->sections[h - 1].title)
            h = x->f->sections[h - 1].parent; /* an item ("- Kết nạp …") stands under the heading above it */
        if (h != heading) {
            heading = h;
            running = NULL; /* a new heading: its period, or its heading's, or none */
            for (size_t a = h; a && !running; a = x->f->sections[a - 1].parent) {
                const char *t = x->f->sections[a - 1].title;
                running = t ? period_in(x, t, 0, strlen(t)) : NULL;
            }
        }
        const congdoan__block *bl = &x->src->blocks[p->block];
        if (bl->kind == CONGDOAN__BLOCK_TABLE_ROW) {
            if (figure_header(x, bl, &fc))
                continue;
            if (fc.table && fc.table == bl->table) {
                rc = take_figure_row(x, p, &fc);
                continue;
            }
        }
        rc = take_para(x, p, k, ss, &running);
    }
    congdoan__dealloc(k);
    congdoan__map_release(&ss->wholes);
    congdoan__dealloc(ss);
    if (!rc)
        rc = drop_repeats(x);
    return rc;
}
