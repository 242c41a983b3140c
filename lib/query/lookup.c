/*
 * Look-ups by what people type (congdoan/lookup.h): units, documents, tasks and plain words.
 *
 * Every name is turned into a key: folded (congdoan__text_fold: case, diacritics, đ as d), cut
 * into words of letters and digits, and the usual abbreviations of union documents read as
 * one word each ("liên đoàn lao động" and "LĐLĐ" both become "ldld"). A query matches a name
 * when its key equals the name's key, or when its words are found in order among the name's.
 * When nothing matches, a second pass ranks the names by how far they are from the query
 * (an edit distance with transpositions, bounded, and the words they share).
 *
 * The objects are read through the public accessors only: a look-up walks the corpus once
 * (twice when nothing matches), keeps the best CONGDOAN_LOOKUP_MAX_CANDIDATES, and builds each
 * key in a scratch buffer reused from name to name.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "congdoan/lookup.h"

enum { WHAT_WORDS, WHAT_UNITS, WHAT_DOCUMENTS, WHAT_TASKS };

typedef struct candidate {
    const void *object;
    size_t index;
    congdoan_match_kind kind;
    unsigned score;  /* within a kind: lower is better */
    size_t order;    /* the order the objects were visited in, the last tie-break */
} candidate;

struct congdoan_matches {
    int what;
    int ambiguous;
    size_t count;
    candidate items[CONGDOAN_LOOKUP_MAX_CANDIDATES];
};

/* ---- keys ------------------------------------------------------------------------------------ */

/* Phrases read as one word, longest first where one begins another. Written folded. */
static const struct {
    const char *phrase;
    const char *word;
} abbreviations[] = {
    {"tong lien doan lao dong", "tld"},
    {"tong lien doan", "tld"},
    {"lien doan lao dong", "ldld"},
    {"cong doan co so", "cdcs"},
    {"cong doan vien chuc", "cdvc"},
    {"cong doan", "cd"},
    {"thanh pho", "tp"},
    {"hop tac xa", "htx"},
    {"trach nhiem huu han", "tnhh"},
    {"ban chap hanh", "bch"},
    {"ban thuong vu", "btv"},
    {"uy ban kiem tra", "ubkt"},
};

/* A key: words separated by single spaces, and how many there are. */
typedef struct key {
    char *text;
    size_t len, words, cap;
} key;

static int key_reserve(key *k, size_t n)
{
    if (n <= k->cap)
        return 0;
    size_t cap = k->cap ? k->cap : 64;
    while (cap < n)
        cap *= 2;
    char *p = congdoan__realloc(k->text, cap);
    if (!p)
        return CONGDOAN_ENOMEM;
    k->text = p;
    k->cap = cap;
    return 0;
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Whether the words starting at folded[*at] spell `phrase` (whole words); on a match *at moves
 * past them. */
static int phrase_at(const char *folded, size_t len, size_t *at, const char *phrase)
{
    size_t i = *at;
    for (const char *p = phrase; *p;) {
        if (*p == ' ') {
            /* one or more separators between words */
            if (i >= len || is_word_byte((unsigned char)folded[i]))
                return 0;
            while (i < len && !is_word_byte((unsigned char)folded[i]))
                i++;
            p++;
            continue;
        }
        if (i >= len || folded[i] != *p)
            return 0;
        i++;
        p++;
    }
    if (i < len && is_word_byte((unsigned char)folded[i]))
        return 0; /* "cong doanh" is not "cong doan" */
    *at = i;
    return 1;
}

/* ---- folding, remembered per code point --------------------------------------------------------
 *
 * Folding is per code point (congdoan__text_fold decomposes, case-folds and drops marks one
 * character at a time; only the separators between words depend on the neighbours, and the key
 * treats every separator alike). A look-up folds every name in the corpus, so it remembers the
 * fold of each code point it meets below CACHE_LIMIT (Latin, Vietnamese and the punctuation of
 * names) instead of asking utf8proc again for every letter of 150,000 names. */
#define CACHE_LIMIT 0x3000
enum { FOLD_UNKNOWN = 0, FOLD_DROPPED, FOLD_SEPARATOR, FOLD_LONG, FOLD_TEXT };

typedef struct fold_cache {
    uint8_t state[CACHE_LIMIT]; /* FOLD_TEXT + n: the fold is `text` of n (1..4) bytes */
    char text[CACHE_LIMIT][4];
} fold_cache;

/* The fold of one code point (its UTF-8 bytes c[0..n)) into out[0..*out_len), at most 16 bytes,
 * and whether it is a separator. 0, CONGDOAN_EENCODING or CONGDOAN_ENOMEM. */
static int fold_one(const char *c, size_t n, char *out, size_t *out_len, int *separator)
{
    char *folded = NULL;
    size_t len = 0;
    int rc = congdoan__text_fold(c, n, &folded, &len);
    if (rc != 0)
        return rc;
    *separator = 0;
    if (len == 0) {
        /* a combining mark folds to nothing and joins its letter; anything else that folds to
         * nothing (white space, a dash) separates words */
        utf8proc_int32_t cp = 0;
        utf8proc_iterate((const utf8proc_uint8_t *)c, (utf8proc_ssize_t)n, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        *separator = !(cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME);
    }
    if (len > 16)
        len = 16;
    memcpy(out, folded, len);
    *out_len = len;
    congdoan__dealloc(folded);
    return 0;
}

/* The folded form of `s` into k->text (words separated by spaces, not yet cut or abbreviated).
 * 0, CONGDOAN_EENCODING or CONGDOAN_ENOMEM. */
static int fold_into(fold_cache *cache, const char *s, key *k)
{
    size_t n = strlen(s);
    k->len = 0;
    if (key_reserve(k, n * 4 + 1) != 0)
        return CONGDOAN_ENOMEM;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (len <= 0)
            return CONGDOAN_EENCODING;
        char buf[16];
        size_t out_len = 0;
        int separator = 0;
        uint8_t state = cp < CACHE_LIMIT ? cache->state[cp] : FOLD_UNKNOWN;
        if (state == FOLD_UNKNOWN) {
            int rc = fold_one(s + i, (size_t)len, buf, &out_len, &separator);
            if (rc != 0)
                return rc;
            if (cp < CACHE_LIMIT) {
                state = separator ? FOLD_SEPARATOR : out_len == 0 ? FOLD_DROPPED : out_len > 4 ? FOLD_LONG
                                                                                               : (uint8_t)(FOLD_TEXT + out_len);
                if (state >= FOLD_TEXT)
                    memcpy(cache->text[cp], buf, out_len);
                cache->state[cp] = state;
            }
        } else if (state == FOLD_LONG) {
            int rc = fold_one(s + i, (size_t)len, buf, &out_len, &separator);
            if (rc != 0)
                return rc;
        } else {
            separator = state == FOLD_SEPARATOR;
            out_len = state >= FOLD_TEXT ? (size_t)(state - FOLD_TEXT) : 0;
            memcpy(buf, cache->text[cp], out_len);
        }
        if (separator)
            k->text[k->len++] = ' ';
        memcpy(k->text + k->len, buf, out_len);
        k->len += out_len;
        i += (size_t)len;
    }
    k->text[k->len] = '\0';
    return 0;
}

/* The key of `s` into k (its buffers reused). 0, CONGDOAN_EENCODING or CONGDOAN_ENOMEM. */
static int make_key(fold_cache *cache, const char *s, key *k, key *folded_buf)
{
    int rc = fold_into(cache, s, folded_buf);
    if (rc != 0)
        return rc;
    const char *folded = folded_buf->text;
    size_t len = folded_buf->len;
    k->len = k->words = 0;
    rc = key_reserve(k, len + 1);
    if (rc != 0)
        return rc;
    size_t i = 0;
    while (i < len) {
        if (!is_word_byte((unsigned char)folded[i])) {
            i++;
            continue;
        }
        if (k->words)
            k->text[k->len++] = ' ';
        k->words++;
        size_t n = 0;
        for (; n < sizeof abbreviations / sizeof *abbreviations; n++)
            if (phrase_at(folded, len, &i, abbreviations[n].phrase))
                break;
        if (n < sizeof abbreviations / sizeof *abbreviations) {
            size_t w = strlen(abbreviations[n].word);
            memcpy(k->text + k->len, abbreviations[n].word, w); /* never longer than the phrase */
            k->len += w;
            continue;
        }
        /* a number is a number: "số 01" and "số 1", "09/CTr" and "9/CTr" */
        size_t start = k->len;
        int digits = 1;
        while (i < len && is_word_byte((unsigned char)folded[i])) {
            digits = digits && folded[i] >= '0' && folded[i] <= '9';
            k->text[k->len++] = folded[i++];
        }
        if (digits) {
            size_t zeros = 0;
            while (start + zeros + 1 < k->len && k->text[start + zeros] == '0')
                zeros++;
            memmove(k->text + start, k->text + start + zeros, k->len - start - zeros);
            k->len -= zeros;
        }
    }
    k->text[k->len] = '\0';
    return 0;
}

/* Drop the first word of the key ("so" of "Số: 13/CTr-LĐLĐ"). */
static void key_drop_first(key *k)
{
    char *space = memchr(k->text, ' ', k->len);
    if (!space) {
        k->len = k->words = 0;
        k->text[0] = '\0';
        return;
    }
    size_t skip = (size_t)(space - k->text) + 1;
    memmove(k->text, k->text + skip, k->len - skip + 1);
    k->len -= skip;
    k->words--;
}

/* The length of the word at s (up to a space or the end). */
static size_t word_len(const char *s)
{
    size_t n = 0;
    while (s[n] && s[n] != ' ')
        n++;
    return n;
}

/* Whether the words of q are found in order among those of name. */
static int words_in_order(const key *q, const key *name)
{
    if (q->words == 0 || q->words > name->words)
        return 0;
    const char *a = q->text, *b = name->text;
    while (*a) {
        size_t na = word_len(a);
        int found = 0;
        while (*b) {
            size_t nb = word_len(b);
            const char *here = b;
            b += nb;
            if (*b == ' ')
                b++;
            if (na == nb && memcmp(a, here, na) == 0) {
                found = 1;
                break;
            }
        }
        if (!found)
            return 0;
        a += na;
        if (*a == ' ')
            a++;
    }
    return 1;
}

/* Whether two keys are the same once their spaces are dropped: ids often run the words of the
 * name together ("laichau" for "Lai Châu", "tamduong" for "Tam Đường"). */
static int same_without_spaces(const key *a, const key *b)
{
    const char *p = a->text, *q = b->text;
    if (!*p || !*q)
        return 0;
    for (;;) {
        while (*p == ' ')
            p++;
        while (*q == ' ')
            q++;
        if (*p != *q)
            return 0;
        if (!*p)
            return 1;
        p++;
        q++;
    }
}

/* ---- distances ----------------------------------------------------------------------------- */

/* The optimal string alignment distance between a[0..na) and b[0..nb) (insertions, deletions,
 * substitutions and swaps of two neighbours, on bytes), or bound + 1 when it is above bound.
 * Only a band of width 2·bound + 1 around the diagonal is computed. */
#define MAX_BOUND 3
#define MAX_DISTANCE_LEN 256
static unsigned osa_distance(const char *a, size_t na, const char *b, size_t nb, unsigned bound)
{
    if (bound > MAX_BOUND)
        bound = MAX_BOUND;
    size_t diff = na > nb ? na - nb : nb - na;
    if (diff > bound)
        return bound + 1;
    if (na > MAX_DISTANCE_LEN || nb > MAX_DISTANCE_LEN)
        return bound + 1; /* no typo of a name that long is worth the work */
    unsigned rows[3][MAX_DISTANCE_LEN + 1];
    unsigned *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    const unsigned big = bound + 1;
    for (size_t j = 0; j <= nb; j++)
        prev[j] = j <= bound ? (unsigned)j : big;
    for (size_t i = 1; i <= na; i++) {
        size_t lo = i > bound ? i - bound : 1, hi = i + bound < nb ? i + bound : nb;
        for (size_t j = 0; j <= nb; j++)
            cur[j] = big;
        cur[0] = i <= bound ? (unsigned)i : big;
        unsigned row_min = cur[0];
        for (size_t j = lo; j <= hi; j++) {
            unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
            unsigned v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v > big ? big : v;
            if (cur[j] < row_min)
                row_min = cur[j];
        }
        if (row_min > bound)
            return big;
        unsigned *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[nb] > big ? big : prev[nb];
}

/* How many typing mistakes a query of n bytes may have and still be suggested. */
static unsigned typo_bound(size_t n)
{
    unsigned b = (unsigned)(n / 4);
    return b < 1 ? 1 : b > MAX_BOUND ? MAX_BOUND : b;
}

/* A suggestion's score for name key `name` (lower is better), or UINT32_MAX when it is not
 * near enough: within a few mistakes of the whole query first, then sharing most of its
 * words (each exact or with one mistake for words of four letters or more). */
static unsigned suggestion_score(const key *q, const key *name)
{
    if (q->words == 0 || name->words == 0)
        return UINT32_MAX;
    unsigned bound = typo_bound(q->len);
    unsigned d = osa_distance(q->text, q->len, name->text, name->len, bound);
    if (d <= bound)
        return d;
    size_t matched = 0;
    unsigned mistakes = 0;
    for (const char *a = q->text; *a;) {
        size_t na = word_len(a);
        unsigned best = 2;
        for (const char *b = name->text; *b && best > 0;) {
            size_t nb = word_len(b);
            if (na == nb && memcmp(a, b, na) == 0)
                best = 0;
            else if (na >= 4 && osa_distance(a, na, b, nb, 1) <= 1)
                best = 1;
            b += nb;
            if (*b == ' ')
                b++;
        }
        if (best < 2) {
            matched++;
            mistakes += best;
        }
        a += na;
        if (*a == ' ')
            a++;
    }
    if (matched == 0 || matched * 2 < q->words)
        return UINT32_MAX;
    size_t missing = q->words - matched, extra = name->words > matched ? name->words - matched : 0;
    if (extra > 99)
        extra = 99;
    return 1000u + 1000u * (unsigned)missing + 100u * mistakes + (unsigned)extra;
}

/* ---- the search -------------------------------------------------------------------------------- */

/* Up to four names per object, and its id. */
#define MAX_NAMES 4
typedef struct names {
    const char *id;
    const char *list[MAX_NAMES];
    size_t count;
    char *owned[MAX_NAMES]; /* names made for the look-up ("Văn phòng LĐLĐ tỉnh Lai Châu") */
} names;

static void names_release(names *n)
{
    for (size_t i = 0; i < MAX_NAMES; i++) {
        congdoan__dealloc(n->owned[i]);
        n->owned[i] = NULL;
    }
    n->count = 0;
}

static void names_add(names *n, const char *s)
{
    if (s && *s && n->count < MAX_NAMES)
        n->list[n->count++] = s;
}

/* "A B" in a new buffer, added to the names; CONGDOAN_ENOMEM. */
static int names_add_joined(names *n, const char *a, const char *b)
{
    if (!a || !b || n->count >= MAX_NAMES)
        return 0;
    size_t la = strlen(a), lb = strlen(b);
    char *s = congdoan__malloc(la + lb + 2);
    if (!s)
        return CONGDOAN_ENOMEM;
    memcpy(s, a, la);
    s[la] = ' ';
    memcpy(s + la + 1, b, lb + 1);
    n->owned[n->count] = s;
    n->list[n->count++] = s;
    return 0;
}

typedef struct search {
    int what;
    const congdoan_corpus *corpus;
    const congdoan_document *document; /* tasks: one document, or NULL */
    const char *const *words;          /* WHAT_WORDS */
    size_t word_count;
    key query;
    key scratch;
    key folded;        /* make_key's scratch */
    fold_cache *cache;
    int drop_number_word; /* documents: a leading "so" before a number is "Số:" */
    congdoan_matches *m;
    size_t best_count; /* how many objects share the best (kind, score) */
    size_t matched;    /* how many objects matched at all (kind < SUGGESTION) */
    congdoan_match_kind best_kind;
    unsigned best_score;
} search;

/* Whether (kind, score, order) a is better than b. */
static int better(const candidate *a, const candidate *b)
{
    if (a->kind != b->kind)
        return a->kind < b->kind;
    if (a->score != b->score)
        return a->score < b->score;
    return a->order < b->order;
}

static void offer(search *s, const candidate *c)
{
    congdoan_matches *m = s->m;
    if (c->kind < CONGDOAN_MATCH_SUGGESTION) {
        s->matched++;
        if (c->kind < s->best_kind || (c->kind == s->best_kind && c->score < s->best_score)) {
            s->best_kind = c->kind;
            s->best_score = c->score;
            s->best_count = 1;
        } else if (c->kind == s->best_kind && c->score == s->best_score) {
            s->best_count++;
        }
    }
    size_t at = m->count;
    while (at > 0 && better(c, &m->items[at - 1]))
        at--;
    if (at >= CONGDOAN_LOOKUP_MAX_CANDIDATES)
        return;
    size_t n = m->count < CONGDOAN_LOOKUP_MAX_CANDIDATES ? m->count : CONGDOAN_LOOKUP_MAX_CANDIDATES - 1;
    memmove(&m->items[at + 1], &m->items[at], (n - at) * sizeof *m->items);
    m->items[at] = *c;
    if (m->count < CONGDOAN_LOOKUP_MAX_CANDIDATES)
        m->count++;
}

/* The names of object i: 0, or CONGDOAN_ENOMEM. *object is set. Returns 1 at the end. */
static int object_names(search *s, size_t i, const void **object, size_t *index, names *n)
{
    n->id = NULL;
    n->count = 0;
    switch (s->what) {
    case WHAT_WORDS:
        *object = NULL;
        *index = i;
        n->id = s->words[i];
        names_add(n, s->words[i]);
        return 0;
    case WHAT_UNITS: {
        const congdoan_unit *u = congdoan_corpus_unit(s->corpus, i);
        *object = u;
        *index = i;
        n->id = congdoan_unit_id(u);
        names_add(n, n->id);
        names_add(n, congdoan_unit_name(u));
        names_add(n, congdoan_unit_short_name(u));
        const congdoan_unit *o = congdoan_unit_parent(u);
        if (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION && o) {
            /* "Văn phòng" of which organisation */
            const char *owner = congdoan_unit_short_name(o) ? congdoan_unit_short_name(o) : congdoan_unit_name(o);
            return names_add_joined(n, congdoan_unit_name(u), owner);
        }
        return 0;
    }
    case WHAT_DOCUMENTS: {
        const congdoan_document *d = congdoan_corpus_document(s->corpus, i);
        *object = d;
        *index = i;
        n->id = congdoan_document_id(d);
        names_add(n, n->id);
        names_add(n, congdoan_document_number(d));
        names_add(n, congdoan_document_title(d));
        return 0;
    }
    default:
        return 0;
    }
}

/* Compare one object (its names) with the query and offer it: as a match, or, while nothing
 * has matched yet, as a suggestion when it is near. 0, or CONGDOAN_ENOMEM (a name that is not
 * UTF-8 is skipped). */
static int consider(search *s, const void *object, size_t index, size_t order, const names *n,
                    const char *raw_query)
{
    candidate c = {object, index, CONGDOAN_MATCH_NONE, UINT32_MAX, order};
    if (n->id && strcmp(n->id, raw_query) == 0) {
        c.kind = CONGDOAN_MATCH_ID;
        c.score = 0;
        offer(s, &c);
        return 0;
    }
    unsigned near = UINT32_MAX;
    for (size_t k = 0; k < n->count; k++) {
        int rc = make_key(s->cache, n->list[k], &s->scratch, &s->folded);
        if (rc == CONGDOAN_ENOMEM)
            return rc;
        if (rc != 0)
            continue;
        if (s->query.len > 0 && ((s->scratch.len == s->query.len &&
                                  memcmp(s->scratch.text, s->query.text, s->query.len) == 0) ||
                                 (k == 0 && n->id && same_without_spaces(&s->query, &s->scratch)))) {
            c.kind = CONGDOAN_MATCH_NAME;
            c.score = 0;
        } else if (s->what != WHAT_WORDS && c.kind != CONGDOAN_MATCH_NAME && words_in_order(&s->query, &s->scratch)) {
            unsigned extra = (unsigned)(s->scratch.words - s->query.words);
            if (c.kind != CONGDOAN_MATCH_WORDS || extra < c.score) {
                c.kind = CONGDOAN_MATCH_WORDS;
                c.score = extra;
            }
        } else if (c.kind == CONGDOAN_MATCH_NONE && s->matched == 0) {
            /* near names matter only as long as nothing matches */
            unsigned score = suggestion_score(&s->query, &s->scratch);
            if (score < near)
                near = score;
        }
    }
    if (c.kind == CONGDOAN_MATCH_NONE && near != UINT32_MAX) {
        c.kind = CONGDOAN_MATCH_SUGGESTION;
        c.score = near;
    }
    if (c.kind != CONGDOAN_MATCH_NONE)
        offer(s, &c);
    return 0;
}

/* One pass over the objects. */
static int pass(search *s, const char *raw_query)
{
    names n;
    memset(&n, 0, sizeof n);
    int rc = 0;
    if (s->what == WHAT_TASKS) {
        size_t order = 0;
        size_t docs = s->document ? 1 : congdoan_corpus_document_count(s->corpus);
        for (size_t d = 0; d < docs && rc == 0; d++) {
            const congdoan_document *doc = s->document ? s->document : congdoan_corpus_document(s->corpus, d);
            for (size_t t = 0; t < congdoan_document_task_count(doc) && rc == 0; t++) {
                const congdoan_task *task = congdoan_document_task(doc, t);
                n.id = congdoan_task_id(task);
                n.count = 0;
                names_add(&n, n.id);
                names_add(&n, congdoan_task_text(task));
                rc = consider(s, task, t, order++, &n, raw_query);
            }
        }
        return rc;
    }
    size_t count = s->what == WHAT_WORDS     ? s->word_count
                   : s->what == WHAT_UNITS   ? congdoan_corpus_unit_count(s->corpus)
                                             : congdoan_corpus_document_count(s->corpus);
    for (size_t i = 0; i < count && rc == 0; i++) {
        if (s->what == WHAT_WORDS && !s->words[i])
            continue;
        const void *object = NULL;
        size_t index = 0;
        rc = object_names(s, i, &object, &index, &n);
        if (rc == 0)
            rc = consider(s, object, index, i, &n, raw_query);
        names_release(&n);
    }
    return rc;
}

static const char *what_noun(int what, int plural)
{
    switch (what) {
    case WHAT_UNITS: return plural ? "units" : "unit";
    case WHAT_DOCUMENTS: return plural ? "documents" : "document";
    case WHAT_TASKS: return plural ? "tasks" : "task";
    default: return plural ? "words" : "word";
    }
}

/* Run a look-up; fills *found (the object or, for words, NULL with *found_index) and the
 * candidates. */
static int run(search *s, const char *query, const void **found, size_t *found_index,
               congdoan_matches **candidates)
{
    *found = NULL;
    *found_index = (size_t)-1;
    s->m = congdoan__calloc(1, sizeof *s->m);
    if (!s->m)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory in a look-up");
    s->m->what = s->what;
    s->best_kind = CONGDOAN_MATCH_SUGGESTION;
    s->best_score = UINT32_MAX;
    int rc = 0;
    s->cache = congdoan__calloc(1, sizeof *s->cache);
    if (!s->cache)
        goto nomem;
    rc = make_key(s->cache, query, &s->query, &s->folded);
    if (rc == CONGDOAN_EENCODING) {
        rc = congdoan__error(rc, "the %s looked up is not valid UTF-8", what_noun(s->what, 0));
        goto fail;
    }
    if (rc != 0)
        goto nomem;
    if (s->drop_number_word && s->query.words >= 2 && strncmp(s->query.text, "so ", 3) == 0 &&
        s->query.text[3] >= '0' && s->query.text[3] <= '9')
        key_drop_first(&s->query);
    /* an id is unique and the best answer there is: the corpus's own table finds it at once */
    const congdoan_unit *by_id = s->what == WHAT_UNITS ? congdoan_corpus_unit_by_id(s->corpus, query) : NULL;
    if (by_id) {
        candidate c = {by_id, (size_t)congdoan_unit_index(by_id), CONGDOAN_MATCH_ID, 0, 0};
        offer(s, &c);
    } else {
        rc = pass(s, query);
    }
    if (rc != 0)
        goto nomem;
    congdoan_matches *m = s->m;
    if (s->matched == 0) {
        /* The nearest names make the farther ones noise: names within a few typing mistakes
         * of the whole query (score below 1000) those that only share words with it, and names
         * with every word of the query those missing one ("Tam Duongg" suggests the units of
         * Tam Đường, not every "Trung tâm"). The score's thousands count the missing words. */
        if (m->count > 0)
            while (m->items[m->count - 1].score / 1000u > m->items[0].score / 1000u)
                m->count--;
        rc = congdoan__error(CONGDOAN_ENOTFOUND, "no %s '%s'", what_noun(s->what, 0), query);
    } else {
        /* the matches of the best kind only; suggestions never follow matches */
        size_t keep = 0;
        while (keep < m->count && m->items[keep].kind == s->best_kind)
            keep++;
        m->count = keep;
        if (s->best_count == 1) {
            m->count = 1;
            *found = m->items[0].object;
            *found_index = m->items[0].index;
            rc = 0;
        } else {
            m->ambiguous = 1;
            rc = congdoan__error(CONGDOAN_ENOTFOUND, "'%s' names %zu %s", query, s->best_count,
                                 what_noun(s->what, 1));
        }
    }
    congdoan__dealloc(s->query.text);
    congdoan__dealloc(s->scratch.text);
    congdoan__dealloc(s->folded.text);
    congdoan__dealloc(s->cache);
    if (candidates)
        *candidates = s->m;
    else
        congdoan_matches_free(s->m);
    return rc;
nomem:
    rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory in a look-up");
fail:
    congdoan__dealloc(s->query.text);
    congdoan__dealloc(s->scratch.text);
    congdoan__dealloc(s->folded.text);
    congdoan__dealloc(s->cache);
    congdoan_matches_free(s->m);
    *found = NULL;
    *found_index = (size_t)-1;
    return rc;
}

/* ---- the public functions ---------------------------------------------------------------------- */

static int start(const void *corpus, const char *query, congdoan_matches **candidates)
{
    if (candidates)
        *candidates = NULL;
    if (!corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    if (!query)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the query is NULL");
    return 0;
}

CONGDOAN_API int congdoan_corpus_lookup_unit(const congdoan_corpus *corpus, const char *query,
                                             const congdoan_unit **out, congdoan_matches **candidates)
{
    if (out)
        *out = NULL;
    int rc = start(corpus, query, candidates);
    if (rc != 0)
        return rc;
    search s;
    memset(&s, 0, sizeof s);
    s.what = WHAT_UNITS;
    s.corpus = corpus;
    const void *found;
    size_t index;
    rc = run(&s, query, &found, &index, candidates);
    if (out)
        *out = found;
    return rc;
}

CONGDOAN_API int congdoan_corpus_lookup_document(const congdoan_corpus *corpus, const char *query,
                                                 const congdoan_document **out, congdoan_matches **candidates)
{
    if (out)
        *out = NULL;
    int rc = start(corpus, query, candidates);
    if (rc != 0)
        return rc;
    search s;
    memset(&s, 0, sizeof s);
    s.what = WHAT_DOCUMENTS;
    s.corpus = corpus;
    s.drop_number_word = 1;
    const void *found;
    size_t index;
    rc = run(&s, query, &found, &index, candidates);
    if (out)
        *out = found;
    return rc;
}

CONGDOAN_API int congdoan_corpus_lookup_task(const congdoan_corpus *corpus, const congdoan_document *document,
                                             const char *query, const congdoan_task **out,
                                             congdoan_matches **candidates)
{
    if (out)
        *out = NULL;
    int rc = start(corpus, query, candidates);
    if (rc != 0)
        return rc;
    search s;
    memset(&s, 0, sizeof s);
    s.what = WHAT_TASKS;
    s.corpus = corpus;
    s.document = document;
    const void *found;
    size_t index;
    rc = run(&s, query, &found, &index, candidates);
    if (out)
        *out = found;
    return rc;
}

CONGDOAN_API int congdoan_lookup_word(const char *query, const char *const *words, size_t count, size_t *index,
                                      congdoan_matches **candidates)
{
    if (index)
        *index = (size_t)-1;
    if (candidates)
        *candidates = NULL;
    if (!query)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the query is NULL");
    if (!words && count > 0)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the words are NULL");
    search s;
    memset(&s, 0, sizeof s);
    s.what = WHAT_WORDS;
    s.words = words;
    s.word_count = count;
    const void *found;
    size_t at;
    int rc = run(&s, query, &found, &at, candidates);
    if (index)
        *index = at;
    return rc;
}

CONGDOAN_API void congdoan_matches_free(congdoan_matches *matches)
{
    congdoan__dealloc(matches);
}

CONGDOAN_API size_t congdoan_matches_count(const congdoan_matches *matches)
{
    CONGDOAN__NOT_NULL(matches, "matches", 0);
    return matches->count;
}

CONGDOAN_API int congdoan_matches_ambiguous(const congdoan_matches *matches)
{
    CONGDOAN__NOT_NULL(matches, "matches", 0);
    return matches->ambiguous;
}

CONGDOAN_API congdoan_match_kind congdoan_matches_kind(const congdoan_matches *matches, size_t i)
{
    CONGDOAN__NOT_NULL(matches, "matches", CONGDOAN_MATCH_NONE);
    return i < matches->count ? matches->items[i].kind : CONGDOAN_MATCH_NONE;
}

static const void *object_of(const congdoan_matches *matches, size_t i, int what)
{
    return matches && matches->what == what && i < matches->count ? matches->items[i].object : NULL;
}

CONGDOAN_API const congdoan_unit *congdoan_matches_unit(const congdoan_matches *matches, size_t i)
{
    CONGDOAN__NOT_NULL(matches, "matches", NULL);
    return object_of(matches, i, WHAT_UNITS);
}

CONGDOAN_API const congdoan_document *congdoan_matches_document(const congdoan_matches *matches, size_t i)
{
    CONGDOAN__NOT_NULL(matches, "matches", NULL);
    return object_of(matches, i, WHAT_DOCUMENTS);
}

CONGDOAN_API const congdoan_task *congdoan_matches_task(const congdoan_matches *matches, size_t i)
{
    CONGDOAN__NOT_NULL(matches, "matches", NULL);
    return object_of(matches, i, WHAT_TASKS);
}

CONGDOAN_API size_t congdoan_matches_index(const congdoan_matches *matches, size_t i)
{
    CONGDOAN__NOT_NULL(matches, "matches", (size_t)-1);
    return i < matches->count ? matches->items[i].index : (size_t)-1;
}

CONGDOAN_API const char *congdoan_match_kind_name(congdoan_match_kind kind)
{
    static const char *const kind_names[] = {NULL, "id", "name", "words", "suggestion"};
    return (unsigned)kind < sizeof kind_names / sizeof *kind_names ? kind_names[kind] : NULL;
}
