/*
 * Editing: constructors and setters for every part of the model (see congdoan/edit.h).
 *
 * Every function has the same three steps, so that a refused call leaves everything as it was:
 *   1. validate every argument, as the loader and the schema would (nothing is allocated yet,
 *      except the NFC copies of texts, which are freed on every path);
 *   2. allocate: strings into the corpus arena, room in the arrays (congdoan__grow), in the
 *      corpus vectors and maps, and in the hierarchy. A failure here returns CONGDOAN_ENOMEM;
 *      what was allocated stays unused in the arena, and a grown array holds the same items, so
 *      nothing can be observed;
 *   3. assign, which cannot fail.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/rules.h"
#include "model/vocab.h"

#include <stdio.h>
#include <string.h>

/* ---- naming objects in messages ------------------------------------------------------------ */

typedef struct who {
    char s[400];
} who;

static const char *safe(const char *s)
{
    return s ? s : "?";
}

static const char *unit_word(const congdoan_unit *u)
{
    return u->kind == CONGDOAN_UNIT_BODY         ? "body"
           : u->kind == CONGDOAN_UNIT_DEPARTMENT ? "department"
           : u->kind == CONGDOAN_UNIT_GROUP      ? "group"
                                                 : "unit";
}

static const char *who_unit(who *w, const congdoan_unit *u)
{
    snprintf(w->s, sizeof w->s, "%s '%s'", unit_word(u), safe(u->id));
    return w->s;
}

static const char *who_document(who *w, const congdoan_document *d)
{
    snprintf(w->s, sizeof w->s, "document '%s'", safe(d->id));
    return w->s;
}

static const char *who_section(who *w, const congdoan_section *s)
{
    if (s->id)
        snprintf(w->s, sizeof w->s, "section '%s' of document '%s'", s->id, safe(s->document->id));
    else if (s->number)
        snprintf(w->s, sizeof w->s, "section \"%.80s\" of document '%s'", s->number, safe(s->document->id));
    else
        snprintf(w->s, sizeof w->s, "a section without id of document '%s'", safe(s->document->id));
    return w->s;
}

static const char *who_task(who *w, const congdoan_task *t)
{
    snprintf(w->s, sizeof w->s, "task '%s' of document '%s'", safe(t->id), safe(t->document->id));
    return w->s;
}

static const char *who_indicator(who *w, const congdoan_indicator *x)
{
    snprintf(w->s, sizeof w->s, "indicator '%s' of document '%s'", safe(x->id), safe(x->document->id));
    return w->s;
}

static const char *who_report(who *w, const congdoan_report *r)
{
    snprintf(w->s, sizeof w->s, "report '%s'", safe(r->id));
    return w->s;
}

/* "WHO: a new PART", for the rules of a part being added to the object `w` names. */
static const char *new_part(who *w, const char *part)
{
    size_t n = strlen(w->s);
    snprintf(w->s + n, sizeof w->s - n, ": a new %s", part);
    return w->s;
}

static int nomem(const char *what)
{
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory editing %s; nothing was changed", what);
}

/* ---- the rules (model/rules.c) --------------------------------------------------------------- */

/* A change is refused when it breaks a rule of error severity; a rule about something not given
 * yet is left to the check (objects are built one setter at a time), and so are warnings. The
 * first refusal is the last error, with a hint for the caller when it breaks rule `tag`. */
typedef struct refusal {
    congdoan__rule_sink sink;
    int rc;
    const char *tag, *hint;
} refusal;

static void refuse(congdoan__rule_sink *sink, const char *tag, int missing, const char *message)
{
    refusal *r = (refusal *)sink;
    if (r->rc || missing || congdoan__tag_severity(tag) != CONGDOAN_SEVERITY_ERROR)
        return;
    r->rc = congdoan__error(CONGDOAN_EINVAL, "%s%s", message, r->tag && strcmp(r->tag, tag) == 0 ? r->hint : "");
}

#define REFUSAL(tag, hint) {{refuse}, 0, (tag), (hint)}

/* ---- whose object ---------------------------------------------------------------------------- */

static int own(const congdoan_corpus *c, const void *obj, const congdoan_corpus *obj_corpus, const char *kind,
               const char *id)
{
    if (!c)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    if (!obj)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the %s is NULL", kind);
    if (obj_corpus != c)
        return congdoan__error(CONGDOAN_EINVAL, "%s '%s' belongs to another corpus than the one given", kind, safe(id));
    return 0;
}

#define OWN_UNIT(c, u) own((c), (u), (u) ? (u)->corpus : NULL, "unit", (u) ? (u)->id : NULL)
#define OWN_DOC(c, d) own((c), (d), (d) ? (d)->corpus : NULL, "document", (d) ? (d)->id : NULL)
#define OWN_SECTION(c, s) own((c), (s), (s) ? (s)->document->corpus : NULL, "section", (s) ? (s)->id : NULL)
#define OWN_TASK(c, t) own((c), (t), (t) ? (t)->document->corpus : NULL, "task", (t) ? (t)->id : NULL)
#define OWN_IND(c, x) own((c), (x), (x) ? (x)->document->corpus : NULL, "indicator", (x) ? (x)->id : NULL)
#define OWN_REPORT(c, r) own((c), (r), (r) ? (r)->corpus : NULL, "report", (r) ? (r)->id : NULL)

/* ---- text ------------------------------------------------------------------------------------ */

enum {
    T_TRIM = 1,         /* element content: leading and trailing white space dropped, as the loader does */
    T_BLANK_IS_NONE = 2 /* blank text means "none" instead of being refused */
};

/* A validated text, ready to be copied into the arena. */
typedef struct text {
    const char *s; /* NFC; points into the caller's string or into nfc */
    size_t len;
    char *nfc;     /* owned: release with text_free() */
    int present;
} text;

static void text_free(text *t)
{
    congdoan__text_nfc_free(t->nfc);
    t->nfc = NULL;
}

static int is_blank_char(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Check `in` (NULL: absent) as the `attr` of `w`: valid UTF-8, characters XML can hold, not
 * blank (unless T_BLANK_IS_NONE), within the corpus's text-length limit. */
static int check_text(const congdoan_corpus *c, text *t, const char *in, unsigned flags, const char *w,
                      const char *attr)
{
    memset(t, 0, sizeof *t);
    if (!in)
        return 0;
    const char *s = in;
    size_t len = strlen(in);
    if (flags & T_TRIM) {
        while (len && is_blank_char(*s))
            s++, len--;
        while (len && is_blank_char(s[len - 1]))
            len--;
    }
    size_t n = len;
    int rc = congdoan__text_nfc(s, len, &t->nfc, &n);
    if (rc == CONGDOAN_ENOMEM)
        return congdoan__error(rc, "out of memory normalising the %s of %s", attr, w);
    if (rc != 0)
        return congdoan__error(CONGDOAN_EENCODING, "%s: the %s is not valid UTF-8", w, attr);
    t->s = t->nfc ? t->nfc : s;
    t->len = n;
    const unsigned char *p = (const unsigned char *)t->s;
    int blank = 1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
            text_free(t);
            return congdoan__error(CONGDOAN_EINVAL,
                                   "%s: the %s contains the control character U+%04X, which XML cannot hold", w, attr,
                                   (unsigned)p[i]);
        }
        if (p[i] == 0xEF && i + 2 < n && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)) {
            text_free(t);
            return congdoan__error(CONGDOAN_EINVAL, "%s: the %s contains U+%s, which XML cannot hold", w, attr,
                                   p[i + 2] == 0xBE ? "FFFE" : "FFFF");
        }
        if (!is_blank_char((char)p[i]))
            blank = 0;
    }
    if (blank) {
        text_free(t);
        if (flags & T_BLANK_IS_NONE)
            return 0;
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: the %s is blank; expected text with at least one character other than white space "
                               "(or NULL for none, where the %s is optional)",
                               w, attr, attr);
    }
    if ((long)n > c->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        text_free(t);
        return congdoan__error(CONGDOAN_ELIMIT, "%s: the %s is %zu bytes long; the corpus's text-length limit is %ld bytes",
                               w, attr, n, c->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
    }
    t->present = 1;
    return 0;
}

/* Copy a checked text into the arena: 0, or -1 when out of memory. *dst is NULL when absent. */
static int keep_text(congdoan_corpus *c, const text *t, const char **dst)
{
    *dst = NULL;
    if (!t->present)
        return 0;
    *dst = congdoan__arena_strndup(&c->arena, t->s, t->len);
    return *dst ? 0 : -1;
}

/* ---- identifiers, codes, numbers, dates ------------------------------------------------------ */

static int check_id(const char *id, int required, const char *w, const char *attr)
{
    if (!id) {
        if (required)
            return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is NULL; expected an identifier", w, attr);
        return 0;
    }
    size_t len = strlen(id);
    if (!congdoan__id_valid(id, len))
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: '%.*s' is not an identifier (%s): expected 1 to 128 ASCII letters, digits, '.', "
                               "'_' or '-', starting with a letter or digit",
                               w, (int)(len > 80 ? 80 : len), id, attr);
    return 0;
}

static int keep_id(congdoan_corpus *c, const char *id, const char **dst)
{
    *dst = NULL;
    if (!id)
        return 0;
    *dst = congdoan__arena_strndup(&c->arena, id, strlen(id));
    return *dst ? 0 : -1;
}

static int check_date(int ymd, const char *w, const char *attr)
{
    if (ymd == 0 || congdoan_date_is_valid(ymd))
        return 0;
    return congdoan__error(CONGDOAN_EINVAL,
                           "%s: %d is not a date (%s): expected year*10000 + month*100 + day of a day that exists "
                           "(20250630), or 0 for none",
                           w, ymd, attr);
}

static int check_period(const char *period, const char *w, const char *attr)
{
    congdoan_period_kind kind = CONGDOAN_PERIOD_NONE;
    size_t len = strlen(period);
    if (congdoan__period_parse(period, len, &kind, NULL, NULL) != 0 || kind == CONGDOAN_PERIOD_DAY)
        return congdoan__error(CONGDOAN_EPARSE,
                               "%s: '%.*s' is not a period (%s): expected YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4, "
                               "or YYYY-MM",
                               w, (int)(len > 40 ? 40 : len), period, attr);
    return 0;
}

/* The period of an indicator or result (1.2): a period, a span of two, or a congress term. */
static int check_span(const char *period, const char *w)
{
    size_t len = strlen(period);
    if (congdoan__span_parse(period, len, NULL, NULL) != 0)
        return congdoan__error(CONGDOAN_EPARSE,
                               "%s: '%.*s' is not a period: expected YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, a span of two "
                               "(2018/2023, 2024-01/2024-09) or a congress term (term:2023/2028)",
                               w, (int)(len > 40 ? 40 : len), period);
    return 0;
}

static int check_count(long v, const char *w, const char *attr)
{
    if (v >= -1)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %ld is not a number of %s: expected 0 or more, or -1 for unknown", w, v,
                           attr);
}

/* A number as the XML keeps it: finite, below 10^15 in magnitude, and the nearest number with at
 * most 15 significant digits and 15 decimals (what the writer writes and the loader reads back).
 * The candidates are formatted as the writer does, whatever the locale's radix character. */
static int check_number(double v, double *out, const char *w, const char *attr)
{
    *out = 0;
    if (v != v || v - v != 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is not a finite number", w, attr);
    if ((v < 0 ? -v : v) >= 1e15)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s %g is too large; expected less than 10^15 in magnitude", w,
                               attr, v);
    int have = 0;
    double best = 0;
    for (int decimals = 0; decimals <= 15; decimals++) {
        char tmp[64], clean[64];
        snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        size_t j = 0;
        int seen_radix = 0;
        for (size_t i = 0; tmp[i] && j + 1 < sizeof clean; i++) {
            char ch = tmp[i];
            if ((ch >= '0' && ch <= '9') || (ch == '-' && j == 0))
                clean[j++] = ch;
            else if (!seen_radix)
                clean[j++] = '.', seen_radix = 1;
        }
        clean[j] = '\0';
        double back;
        if (congdoan__decimal_parse(clean, j, &back) != 0)
            break; /* more decimals only add digits */
        best = back;
        have = 1;
        if (back == v)
            break;
    }
    if (!have)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s %.17g is too large; expected less than 10^15 in magnitude", w,
                               attr, v);
    *out = best + 0.0; /* no negative zero */
    return 0;
}

/* A document number as written in a file: readable by congdoan_docnumber_parse(), and in its
 * canonical form (the schema's pattern: no "Số:", no spaces, '-' as the dash, the letter of a
 * serial in lower case). */
static int check_docnumber(const congdoan_corpus *c, text *t, const char *in, const char *w, const char *attr)
{
    int rc = check_text(c, t, in, 0, w, attr);
    if (rc || !t->present)
        return rc;
    congdoan_docnumber *num = NULL;
    rc = congdoan_docnumber_parse(t->s, &num);
    if (rc) {
        char why[1024];
        snprintf(why, sizeof why, "%s", congdoan_error_last_message());
        text_free(t);
        if (rc == CONGDOAN_ENOMEM)
            return nomem(w);
        return congdoan__error(rc, "%s: the %s cannot be read: %s", w, attr, why);
    }
    const char *canon = congdoan_docnumber_text(num);
    const char *serial = congdoan_docnumber_serial(num);
    size_t slen = strlen(serial);
    int upper = slen && serial[slen - 1] >= 'A' && serial[slen - 1] <= 'Z';
    if (strcmp(canon, t->s) != 0 || upper) {
        char expected[512];
        snprintf(expected, sizeof expected, "%s", canon);
        if (upper && slen - 1 < sizeof expected)
            expected[slen - 1] = (char)(expected[slen - 1] - 'A' + 'a');
        rc = congdoan__error(CONGDOAN_EINVAL,
                             "%s: the %s '%.120s' is not written as in a file (no \"S\xe1\xbb\x91:\", no spaces, '-' as "
                             "the dash, the letter of a serial in lower case); expected '%s'",
                             w, attr, t->s, expected);
        text_free(t);
    }
    congdoan_docnumber_free(num);
    return rc;
}

/* `value` must be one of the values of `e` from `lo` (0 when none is allowed, else 1) to its last;
 * the bounds and their names are the vocabulary's (model/vocab-enums.c). */
static int check_enum(const congdoan__enum *e, int value, int lo, const char *w, const char *what)
{
    int hi = (int)e->count - 1;
    if (value >= lo && value <= hi)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a valid %s; expected %s (%d) to %s (%d)", w, value, what,
                           e->values[lo].constant, lo, e->values[hi].constant, hi);
}

#define CHECK_ENUM(value, e, lo, w, what)                              \
    do {                                                               \
        int rc_ = check_enum(&(e), (int)(value), (lo), (w), (what)); \
        if (rc_)                                                       \
            return rc_;                                                \
    } while (0)

/* ---- the unit hierarchy ---------------------------------------------------------------------- */

/* Whether following the parents from `parent_id` reaches `child_id`: making it the parent of
 * that unit would close a cycle. Bounded, in case the corpus already holds a cycle elsewhere. */
static int makes_cycle(const congdoan_corpus *c, const char *parent_id, const char *child_id)
{
    const char *cur = parent_id;
    for (size_t steps = 0; cur && steps <= c->units.count; steps++) {
        if (strcmp(cur, child_id) == 0)
            return 1;
        const congdoan_unit *p = congdoan__unit_lookup(c, cur);
        if (!p || p->kind != CONGDOAN_UNIT_ORGANISATION)
            return 0;
        cur = p->parent_id;
    }
    return 0;
}

/* The rules of an organisation (model/rules.c) with the level, sector and parent it would have. */
static int check_unit_rules(congdoan_level level, congdoan_sector sector, const char *parent_id, const char *w)
{
    refusal r = REFUSAL(NULL, NULL);
    congdoan__rules_unit(level, sector, parent_id, w, &r.sink);
    return r.rc;
}

/* The checks on the parent of the organisation `unit_id` of `level`. */
static int check_parent(const congdoan_corpus *c, const char *w, const char *unit_id, congdoan_level level,
                        const char *parent_id)
{
    if (!parent_id)
        return 0;
    int rc = check_id(parent_id, 0, w, "parent id");
    if (rc)
        return rc;
    if ((rc = check_unit_rules(level, CONGDOAN_SECTOR_NONE, parent_id, w)) != 0)
        return rc;
    const congdoan_unit *p = congdoan__unit_lookup(c, parent_id);
    if (p && p->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: '%s' is a %s of '%s'; the parent of an organisation must be an organisation", w,
                               parent_id, unit_word(p), p->owner ? safe(p->owner->id) : "?");
    if (strcmp(parent_id, unit_id) == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be its own parent", w);
    if (makes_cycle(c, parent_id, unit_id))
        return congdoan__error(CONGDOAN_EINVAL, "%s: '%s' is under it in the hierarchy; making it the parent would make a cycle",
                               w, parent_id);
    return 0;
}

/* The organisation an id names, as the hierarchy resolves parents. */
static congdoan_unit *organisation(const congdoan_corpus *c, const char *id)
{
    congdoan_unit *p = id ? (congdoan_unit *)congdoan__unit_lookup(c, id) : NULL;
    return p && p->kind == CONGDOAN_UNIT_ORGANISATION ? p : NULL;
}

/* Room for `u` to be attached under `parent_id` (or among the roots) without allocating. */
static int reserve_place(congdoan_corpus *c, const congdoan_unit *u, const char *parent_id)
{
    congdoan_unit *p = organisation(c, parent_id);
    if (p && p != u)
        return congdoan__hierarchy_reserve_child(c, p);
    return congdoan__vec_reserve(&c->roots, c->roots.count + 1);
}

static int check_unit_id_free(const congdoan_corpus *c, const char *id, const char *w)
{
    const congdoan_unit *old = congdoan__unit_lookup(c, id);
    if (old)
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by a %s%s%s", w, id, unit_word(old),
                               old->owner ? " of " : "", old->owner ? safe(old->owner->id) : "");
    return 0;
}

/* Room for one more unit in the corpus's list and map. */
static int reserve_unit_slot(congdoan_corpus *c)
{
    if (congdoan__vec_reserve(&c->units, c->units.count + 1) != 0 ||
        congdoan__map_reserve(&c->unit_map, c->unit_map.count + 1) != 0)
        return -1;
    return 0;
}

static void add_unit_slot(congdoan_corpus *c, congdoan_unit *u)
{
    u->index = c->units.count;
    c->units.items[c->units.count++] = u;
    congdoan__map_put(&c->unit_map, u->id, u);
}

CONGDOAN_API int congdoan_corpus_add_unit(congdoan_corpus *corpus, const char *id, congdoan_level level,
                                          const char *name, const char *parent_id, const congdoan_unit **out)
{
    if (out)
        *out = NULL;
    if (!corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    int rc = check_id(id, 1, "the new unit", "id");
    if (rc)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "unit '%s'", id);
    if ((rc = check_unit_id_free(corpus, id, w.s)) != 0)
        return rc;
    CHECK_ENUM(level, congdoan__levels, 1, w.s, "level");
    if (!name)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the name is NULL; expected the full name", w.s);
    text tname;
    if ((rc = check_text(corpus, &tname, name, 0, w.s, "name")) != 0)
        return rc;
    if ((rc = check_parent(corpus, w.s, id, level, parent_id)) != 0) {
        text_free(&tname);
        return rc;
    }

    /* Roots waiting for this id as their parent join the new unit: room for them first. */
    size_t waiting = 0;
    for (size_t i = 0; i < corpus->roots.count; i++) {
        const congdoan_unit *r = corpus->roots.items[i];
        waiting += r->parent_id && strcmp(r->parent_id, id) == 0;
    }
    congdoan_unit *u = congdoan__arena_alloc_line(&corpus->arena, sizeof *u);
    congdoan_unit **children = NULL;
    size_t children_cap = waiting < 4 ? 4 : waiting;
    if (!u || keep_id(corpus, id, &u->id) || keep_text(corpus, &tname, &u->name) ||
        keep_id(corpus, parent_id, &u->parent_id) || reserve_unit_slot(corpus) != 0 ||
        reserve_place(corpus, u, parent_id) != 0 ||
        (waiting && !(children = congdoan__arena_alloc(&corpus->arena, children_cap * sizeof *children)))) {
        text_free(&tname);
        return nomem(w.s);
    }
    text_free(&tname);

    u->corpus = corpus;
    u->kind = CONGDOAN_UNIT_ORGANISATION;
    u->level = level;
    u->members = u->workers = u->declared_upper = u->declared_grassroots = -1;
    if (waiting) {
        u->children = children;
        u->children_cap = children_cap;
    }
    add_unit_slot(corpus, u);
    (void)congdoan__hierarchy_attach(corpus, u); /* room reserved: cannot fail */
    if (corpus->unresolved_reports) /* reports that named it before it existed */
        congdoan__reports_resolve(corpus, 0);
    for (size_t i = 0; waiting && i < corpus->roots.count;) {
        congdoan_unit *r = corpus->roots.items[i];
        if (r != u && r->parent_id && strcmp(r->parent_id, u->id) == 0) {
            congdoan__hierarchy_detach(corpus, r);       /* removes roots[i] */
            (void)congdoan__hierarchy_attach(corpus, r); /* under u: room reserved */
        } else {
            i++;
        }
    }
    if (out)
        *out = u;
    return 0;
}

CONGDOAN_API int congdoan_unit_add_department(congdoan_corpus *corpus, const congdoan_unit *unit, const char *id,
                                              const char *name, congdoan_unit_kind kind, congdoan_body_kind body_kind,
                                              const congdoan_unit **out)
{
    if (out)
        *out = NULL;
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *owner = (congdoan_unit *)unit;
    who wo;
    who_unit(&wo, owner);
    if (owner->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL, "%s is not an organisation; only organisations have departments and bodies",
                               wo.s);
    if ((rc = check_id(id, 1, wo.s, "id of the new department or body")) != 0)
        return rc;
    who w;
    if (kind != CONGDOAN_UNIT_DEPARTMENT && kind != CONGDOAN_UNIT_BODY)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: kind %d of the new unit '%s' is not CONGDOAN_UNIT_DEPARTMENT (2) or CONGDOAN_UNIT_BODY (3)",
                               wo.s, (int)kind, id);
    snprintf(w.s, sizeof w.s, "%s '%s' of %.200s", kind == CONGDOAN_UNIT_BODY ? "body" : "department", id, wo.s);
    if ((rc = check_unit_id_free(corpus, id, w.s)) != 0)
        return rc;
    if (kind == CONGDOAN_UNIT_BODY)
        CHECK_ENUM(body_kind, congdoan__body_kinds, 0, w.s, "body kind");
    else if (body_kind != CONGDOAN_BODY_NONE)
        return congdoan__error(CONGDOAN_EINVAL, "%s: a department has no body kind; expected CONGDOAN_BODY_NONE, got %d",
                               w.s, (int)body_kind);
    if (!name)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the name is NULL; expected the full name", w.s);
    text tname;
    if ((rc = check_text(corpus, &tname, name, 0, w.s, "name")) != 0)
        return rc;

    congdoan_unit *d = congdoan__arena_alloc(&corpus->arena, sizeof *d);
    if (!d || keep_id(corpus, id, &d->id) || keep_text(corpus, &tname, &d->name) || reserve_unit_slot(corpus) != 0 ||
        congdoan__grow(&corpus->arena, (void **)&owner->departments, owner->department_count, &owner->department_cap,
                       sizeof *owner->departments) != 0) {
        text_free(&tname);
        return nomem(w.s);
    }
    text_free(&tname);
    d->corpus = corpus;
    d->kind = kind;
    d->body_kind = kind == CONGDOAN_UNIT_BODY ? body_kind : CONGDOAN_BODY_NONE;
    d->level = owner->level;
    d->owner = owner;
    d->parent = owner;
    d->parent_id = owner->id;
    d->members = d->workers = d->declared_upper = d->declared_grassroots = -1;
    add_unit_slot(corpus, d);
    owner->departments[owner->department_count++] = d;
    if (out)
        *out = d;
    return 0;
}

/* A unit attribute that only organisations have. */
static int only_organisation(const congdoan_unit *u, const char *w, const char *attr)
{
    if (u->kind == CONGDOAN_UNIT_ORGANISATION)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s has no %s: only organisations have one (departments and bodies take "
                           "theirs from their organisation or have none)", w, attr);
}

/* Set a string field (an attribute: not trimmed) of an object; `required`: NULL is refused. */
static int set_string(congdoan_corpus *c, const char **field, const char *value, int required, unsigned flags,
                      const char *w, const char *attr)
{
    if (!value && required)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is NULL; it is required", w, attr);
    text t;
    int rc = check_text(c, &t, value, flags, w, attr);
    if (rc)
        return rc;
    const char *copy;
    rc = keep_text(c, &t, &copy);
    text_free(&t);
    if (rc)
        return nomem(w);
    *field = copy;
    return 0;
}

/* Set an identifier field; NULL clears it unless required. */
static int set_id(congdoan_corpus *c, const char **field, const char *value, int required, const char *w,
                  const char *attr)
{
    int rc = check_id(value, required, w, attr);
    if (rc)
        return rc;
    const char *copy;
    if (keep_id(c, value, &copy))
        return nomem(w);
    *field = copy;
    return 0;
}

CONGDOAN_API int congdoan_unit_set_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char *name)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    who w;
    return set_string(corpus, &((congdoan_unit *)unit)->name, name, 1, 0, who_unit(&w, unit), "name");
}

CONGDOAN_API int congdoan_unit_set_short_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char *short_name)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    who w;
    return set_string(corpus, &((congdoan_unit *)unit)->short_name, short_name, 0, 0, who_unit(&w, unit), "short name");
}

CONGDOAN_API int congdoan_unit_set_level(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_level level)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, "level of its own")) != 0)
        return rc;
    CHECK_ENUM(level, congdoan__levels, 1, w.s, "level");
    if ((rc = check_unit_rules(level, u->sector, u->parent_id, w.s)) != 0)
        return rc;
    u->level = level;
    for (size_t i = 0; i < u->department_count; i++)
        u->departments[i]->level = level;
    return 0;
}

CONGDOAN_API int congdoan_unit_set_parent_id(congdoan_corpus *corpus, const congdoan_unit *unit, const char *parent_id)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if (u->kind == CONGDOAN_UNIT_GROUP) /* the organiser of a group: a reference, outside the hierarchy */
        return set_id(corpus, &u->parent_id, parent_id, 0, w.s, "organising unit's id");
    if (u->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be moved: its parent is its organisation '%s'", w.s,
                               safe(u->parent_id));
    if ((rc = check_parent(corpus, w.s, u->id, u->level, parent_id)) != 0)
        return rc;
    if (parent_id == u->parent_id || (parent_id && u->parent_id && strcmp(parent_id, u->parent_id) == 0))
        return 0;
    const char *copy;
    if (keep_id(corpus, parent_id, &copy) || reserve_place(corpus, u, parent_id) != 0)
        return nomem(w.s);
    congdoan__hierarchy_detach(corpus, u);
    u->parent_id = copy;
    (void)congdoan__hierarchy_attach(corpus, u); /* room reserved: cannot fail */
    return 0;
}

CONGDOAN_API int congdoan_unit_set_sector(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_sector sector)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, "sector")) != 0)
        return rc;
    CHECK_ENUM(sector, congdoan__sectors, 0, w.s, "sector");
    if ((rc = check_unit_rules(u->level, sector, u->parent_id, w.s)) != 0)
        return rc;
    u->sector = sector;
    return 0;
}

CONGDOAN_API int congdoan_unit_set_body_kind(congdoan_corpus *corpus, const congdoan_unit *unit,
                                             congdoan_body_kind body_kind)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if (u->kind != CONGDOAN_UNIT_BODY)
        return congdoan__error(CONGDOAN_EINVAL, "%s is not a body; only bodies have a body kind", w.s);
    CHECK_ENUM(body_kind, congdoan__body_kinds, 0, w.s, "body kind");
    u->body_kind = body_kind;
    return 0;
}

static int set_count(congdoan_corpus *corpus, const congdoan_unit *unit, long *field, long value, const char *attr)
{
    who w;
    who_unit(&w, unit);
    int rc = only_organisation(unit, w.s, attr);
    if (rc)
        return rc;
    if ((rc = check_count(value, w.s, attr)) != 0)
        return rc;
    (void)corpus;
    *field = value;
    return 0;
}

CONGDOAN_API int congdoan_unit_set_members(congdoan_corpus *corpus, const congdoan_unit *unit, long members)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc : set_count(corpus, unit, &((congdoan_unit *)unit)->members, members, "members");
}

CONGDOAN_API int congdoan_unit_set_workers(congdoan_corpus *corpus, const congdoan_unit *unit, long workers)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc : set_count(corpus, unit, &((congdoan_unit *)unit)->workers, workers, "workers");
}

CONGDOAN_API int congdoan_unit_set_declared_upper_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                                   long count)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc
              : set_count(corpus, unit, &((congdoan_unit *)unit)->declared_upper, count,
                          "declared upper-grassroots unions");
}

CONGDOAN_API int congdoan_unit_set_declared_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                             long count)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc
              : set_count(corpus, unit, &((congdoan_unit *)unit)->declared_grassroots, count,
                          "declared grassroots unions");
}

CONGDOAN_API int congdoan_unit_set_classification(congdoan_corpus *corpus, const congdoan_unit *unit, int year,
                                                  congdoan_grade grade)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, "classification")) != 0)
        return rc;
    if (year < 1900 || year > 2200)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a year of a classification: expected 1900 to 2200", w.s,
                               year);
    CHECK_ENUM(grade, congdoan__grades, 1, w.s, "grade of a classification (classifications are not removed)");
    for (size_t i = 0; i < u->classification_count; i++)
        if (u->classifications[i].year == year) {
            u->classifications[i].grade = grade;
            return 0;
        }
    if (congdoan__grow(&corpus->arena, (void **)&u->classifications, u->classification_count,
                       &u->classification_cap, sizeof *u->classifications) != 0)
        return nomem(w.s);
    u->classifications[u->classification_count].year = year;
    u->classifications[u->classification_count].grade = grade;
    u->classification_count++;
    return 0;
}

/* ---- documents ------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_corpus_add_document(congdoan_corpus *corpus, const char *id, congdoan_document_kind kind,
                                              const congdoan_document **out)
{
    if (out)
        *out = NULL;
    if (!corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    int rc = check_id(id, 1, "the new document", "id");
    if (rc)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "document '%s'", id);
    if (congdoan__document_lookup(corpus, id))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by another document", w.s, id);
    CHECK_ENUM(kind, congdoan__document_kinds, 1, w.s, "document kind");
    congdoan_document *d = congdoan__arena_alloc(&corpus->arena, sizeof *d);
    if (!d || keep_id(corpus, id, &d->id) ||
        congdoan__vec_reserve(&corpus->documents, corpus->documents.count + 1) != 0 ||
        congdoan__map_reserve(&corpus->document_map, corpus->document_map.count + 1) != 0)
        return nomem(w.s);
    d->corpus = corpus;
    d->kind = kind;
    corpus->documents.items[corpus->documents.count++] = d;
    congdoan__map_put(&corpus->document_map, d->id, d);
    if (out)
        *out = d;
    return 0;
}

CONGDOAN_API int congdoan_document_set_kind(congdoan_corpus *corpus, const congdoan_document *doc,
                                            congdoan_document_kind kind)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    CHECK_ENUM(kind, congdoan__document_kinds, 1, who_document(&w, doc), "document kind");
    ((congdoan_document *)doc)->kind = kind;
    return 0;
}

CONGDOAN_API int congdoan_document_set_number(congdoan_corpus *corpus, const congdoan_document *doc, const char *number)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    who_document(&w, doc);
    text t;
    if ((rc = check_docnumber(corpus, &t, number, w.s, "number")) != 0)
        return rc;
    const char *copy;
    rc = keep_text(corpus, &t, &copy);
    text_free(&t);
    if (rc)
        return nomem(w.s);
    ((congdoan_document *)doc)->number = copy;
    return 0;
}

CONGDOAN_API int congdoan_document_set_title(congdoan_corpus *corpus, const congdoan_document *doc, const char *title)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_document *)doc)->title, title, 0, T_TRIM, who_document(&w, doc), "title");
}

CONGDOAN_API int congdoan_document_set_issuer_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *issuer_id)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc : set_id(corpus, &((congdoan_document *)doc)->issuer_id, issuer_id, 0, who_document(&w, doc), "issuer id");
}

CONGDOAN_API int congdoan_document_set_issuing_body_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       const char *body_id)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : set_id(corpus, &((congdoan_document *)doc)->issuing_body_id, body_id, 0, who_document(&w, doc),
                       "issuing body id");
}

CONGDOAN_API int congdoan_document_set_issued(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc || (rc = check_date(date_ymd, who_document(&w, doc), "date of issue")) != 0)
        return rc;
    ((congdoan_document *)doc)->issued = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_set_effective(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc || (rc = check_date(date_ymd, who_document(&w, doc), "date it takes effect")) != 0)
        return rc;
    ((congdoan_document *)doc)->effective = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_set_place(congdoan_corpus *corpus, const congdoan_document *doc, const char *place)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_document *)doc)->place, place, 0, 0, who_document(&w, doc), "place");
}

CONGDOAN_API int congdoan_document_set_field(congdoan_corpus *corpus, const congdoan_document *doc, const char *field)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_document *)doc)->field, field, 0, 0, who_document(&w, doc), "field");
}

CONGDOAN_API int congdoan_document_set_signer(congdoan_corpus *corpus, const congdoan_document *doc, const char *name,
                                              const char *position, const char *capacity)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    if (!name) {
        if (position || capacity)
            return congdoan__error(CONGDOAN_EINVAL, "%s: a signer's position and capacity need the signer's name", w.s);
        d->signer_name = d->signer_position = d->signer_capacity = NULL;
        return 0;
    }
    text tn, tp, tc;
    if ((rc = check_text(corpus, &tn, name, 0, w.s, "signer's name")) != 0)
        return rc;
    if ((rc = check_text(corpus, &tp, position, 0, w.s, "signer's position")) != 0) {
        text_free(&tn);
        return rc;
    }
    if ((rc = check_text(corpus, &tc, capacity, 0, w.s, "signer's capacity")) != 0) {
        text_free(&tn);
        text_free(&tp);
        return rc;
    }
    const char *n, *p, *cap;
    int bad = keep_text(corpus, &tn, &n) || keep_text(corpus, &tp, &p) || keep_text(corpus, &tc, &cap);
    text_free(&tn);
    text_free(&tp);
    text_free(&tc);
    if (bad)
        return nomem(w.s);
    d->signer_name = n;
    d->signer_position = p;
    d->signer_capacity = cap;
    return 0;
}

CONGDOAN_API int congdoan_document_add_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                congdoan_relation_type type, const char *target_id, const char *number,
                                                int date_ymd, const char *txt)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    CHECK_ENUM(type, congdoan__relation_types, 1, w.s, "relation type");
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_relation(target_id != NULL, number != NULL, 0, new_part(&w, "relation"), &refused.sink);
    if (refused.rc)
        return refused.rc;
    if ((rc = check_id(target_id, 0, w.s, "relation's target document id")) != 0 ||
        (rc = check_date(date_ymd, w.s, "relation's date")) != 0)
        return rc;
    text tnum, ttext;
    if ((rc = check_docnumber(corpus, &tnum, number, w.s, "relation's number")) != 0)
        return rc;
    if ((rc = check_text(corpus, &ttext, txt, T_TRIM | T_BLANK_IS_NONE, w.s, "relation's text")) != 0) {
        text_free(&tnum);
        return rc;
    }
    congdoan__relation r = {0};
    r.type = type;
    r.date = date_ymd;
    int bad = keep_id(corpus, target_id, &r.target_id) || keep_text(corpus, &tnum, &r.number) ||
              keep_text(corpus, &ttext, &r.text) ||
              congdoan__grow(&corpus->arena, (void **)&d->relations, d->relation_count, &d->relation_cap,
                             sizeof *d->relations) != 0;
    text_free(&tnum);
    text_free(&ttext);
    if (bad)
        return nomem(w.s);
    d->relations[d->relation_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_add_recipient(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *txt, const char *unit_id)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the recipient's text is NULL; expected the recipient as printed", w.s);
    if ((rc = check_id(unit_id, 0, w.s, "recipient's unit id")) != 0)
        return rc;
    text t;
    if ((rc = check_text(corpus, &t, txt, T_TRIM, w.s, "recipient's text")) != 0)
        return rc;
    congdoan__recipient r = {0};
    int bad = keep_text(corpus, &t, &r.text) || keep_id(corpus, unit_id, &r.unit_id) ||
              congdoan__grow(&corpus->arena, (void **)&d->recipients, d->recipient_count, &d->recipient_cap,
                             sizeof *d->recipients) != 0;
    text_free(&t);
    if (bad)
        return nomem(w.s);
    d->recipients[d->recipient_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporting(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *to_id, congdoan_period_kind frequency)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    CHECK_ENUM(frequency, congdoan__frequencies, 0, w.s, "reporting frequency");
    if ((rc = check_id(to_id, 0, w.s, "id of the unit reports go to")) != 0)
        return rc;
    const char *copy;
    if (keep_id(corpus, to_id, &copy))
        return nomem(w.s);
    d->has_reporting = 1;
    d->reporting_to_id = copy;
    d->reporting_frequency = frequency;
    return 0;
}

CONGDOAN_API int congdoan_document_add_deadline(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *period, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    if (!period)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the deadline's period is NULL; expected a period code such as 2025-H1",
                               w.s);
    if ((rc = check_period(period, w.s, "deadline's period")) != 0)
        return rc;
    if (date_ymd == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the deadline for %s has no date; expected a date such as 20250615",
                               w.s, period);
    if ((rc = check_date(date_ymd, w.s, "deadline's date")) != 0)
        return rc;
    for (size_t i = 0; i < d->deadline_count; i++)
        if (strcmp(d->deadlines[i].period, period) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already has a deadline for the period %s (%08d)", w.s, period,
                                   d->deadlines[i].date);
    congdoan__deadline dl = {0};
    dl.date = date_ymd;
    if (keep_id(corpus, period, &dl.period) ||
        congdoan__grow(&corpus->arena, (void **)&d->deadlines, d->deadline_count, &d->deadline_cap,
                       sizeof *d->deadlines) != 0)
        return nomem(w.s);
    d->deadlines[d->deadline_count++] = dl;
    d->has_reporting = 1;
    return 0;
}

CONGDOAN_API int congdoan_document_add_reporter(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *unit_id)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    if ((rc = check_id(unit_id, 1, w.s, "reporter's unit id")) != 0)
        return rc;
    for (size_t i = 0; i < d->reporter_count; i++)
        if (strcmp(d->reporters[i].unit_id, unit_id) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already names '%s' as a reporter", w.s, unit_id);
    const char *copy;
    if (keep_id(corpus, unit_id, &copy) ||
        congdoan__grow(&corpus->arena, (void **)&d->reporters, d->reporter_count, &d->reporter_cap,
                       sizeof *d->reporters) != 0)
        return nomem(w.s);
    d->reporters[d->reporter_count++] = (congdoan__reporter){.unit_id = copy};
    d->has_reporting = 1;
    return 0;
}

/* ---- sections, and document order ------------------------------------------------------------- */

static int section_uses_id(const congdoan_section *s, const char *id)
{
    if (s->id && strcmp(s->id, id) == 0)
        return 1;
    for (size_t i = 0; i < s->item_count; i++)
        if (s->items[i].kind == CONGDOAN_ITEM_SECTION && section_uses_id(s->items[i].u.section, id))
            return 1;
    return 0;
}

/* Section, task and indicator ids share one namespace per document (as in the loader). The
 * search is linear in the document; a builder that makes its ids unique itself and has the
 * result checked by the loader (the importer) skips it through the congdoan__fresh_* adds. */
static int check_local_id_free(const congdoan_document *d, const char *id, const char *w, int fresh)
{
    if (fresh)
        return 0;
    const char *what = NULL;
    for (size_t i = 0; !what && i < d->task_count; i++)
        if (d->tasks[i]->id && strcmp(d->tasks[i]->id, id) == 0)
            what = "a task";
    for (size_t i = 0; !what && i < d->indicator_count; i++)
        if (d->indicators[i]->id && strcmp(d->indicators[i]->id, id) == 0)
            what = "an indicator";
    for (size_t i = 0; !what && i < d->result_count; i++)
        if (d->results[i]->id && strcmp(d->results[i]->id, id) == 0)
            what = "a result";
    for (size_t i = 0; !what && i < d->section_count; i++)
        if (section_uses_id(d->sections[i], id))
            what = "a section";
    if (what)
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by %s of document '%s'", w, id, what,
                               safe(d->id));
    return 0;
}

/* Count the items of `kind` in document order up to the end of `target`'s subtree; 1 once the
 * target was passed. */
static int count_until(const congdoan_section *s, const congdoan_section *target, congdoan_item_kind kind, size_t *n)
{
    for (size_t i = 0; i < s->item_count; i++) {
        if (s->items[i].kind == kind)
            (*n)++;
        else if (s->items[i].kind == CONGDOAN_ITEM_SECTION && count_until(s->items[i].u.section, target, kind, n))
            return 1;
    }
    return s == target;
}

/* Where an item of `kind` appended to `target` goes in the document's flat list of them. */
static size_t document_place(const congdoan_document *d, const congdoan_section *target, congdoan_item_kind kind,
                             size_t count)
{
    /* Appending to the last section of the document (the last item of its parent, and so on
     * up): the item goes last. Without this a document built in order costs quadratic time. */
    const congdoan_section *s = target;
    while (s->parent && s->parent->item_count && s->parent->items[s->parent->item_count - 1].u.section == s)
        s = s->parent;
    if (!s->parent && d->section_count && d->sections[d->section_count - 1] == s)
        return count;
    size_t n = 0;
    for (size_t i = 0; i < d->section_count; i++)
        if (count_until(d->sections[i], target, kind, &n))
            break;
    return n < count ? n : count;
}

static size_t section_depth(const congdoan_section *s)
{
    size_t n = 0;
    for (; s; s = s->parent)
        n++;
    return n;
}

static int grow_items(congdoan_corpus *c, congdoan_section *s)
{
    return congdoan__grow(&c->arena, (void **)&s->items, s->item_count, &s->item_cap, sizeof *s->items);
}

static void append_item(congdoan_section *s, congdoan_item_kind kind, void *ptr)
{
    congdoan__item *it = &s->items[s->item_count++];
    it->kind = kind;
    it->u.text = ptr; /* every member of the union is a pointer */
}

static int add_section(congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_section *parent, const char *id,
                       const char *number, const char *title, const congdoan_section **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    congdoan_section *p = (congdoan_section *)parent;
    who w;
    who_document(&w, d);
    if (p && p->document != d)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the parent section belongs to document '%s'", w.s,
                               safe(p->document->id));
    /* congdoan > document > section … > task > text: the depth a reader must accept */
    size_t depth = section_depth(p) + 1;
    if ((long)depth + 4 > corpus->limits[CONGDOAN_LIMIT_DEPTH])
        return congdoan__error(CONGDOAN_ELIMIT,
                               "%s: a section nested %zu deep would make the XML deeper than the corpus's depth limit "
                               "of %ld",
                               w.s, depth, corpus->limits[CONGDOAN_LIMIT_DEPTH]);
    if ((rc = check_id(id, 0, w.s, "section id")) != 0)
        return rc;
    if (id && (rc = check_local_id_free(d, id, w.s, fresh)) != 0)
        return rc;
    text tnum, ttitle;
    if ((rc = check_text(corpus, &tnum, number, 0, w.s, "section number")) != 0)
        return rc;
    if ((rc = check_text(corpus, &ttitle, title, 0, w.s, "section title")) != 0) {
        text_free(&tnum);
        return rc;
    }
    congdoan_section *s = congdoan__arena_alloc(&corpus->arena, sizeof *s);
    int bad = !s || keep_id(corpus, id, &s->id) || keep_text(corpus, &tnum, &s->number) ||
              keep_text(corpus, &ttitle, &s->title) ||
              (p ? grow_items(corpus, p)
                 : congdoan__grow(&corpus->arena, (void **)&d->sections, d->section_count, &d->section_cap,
                                  sizeof *d->sections)) != 0;
    text_free(&tnum);
    text_free(&ttitle);
    if (bad)
        return nomem(w.s);
    s->document = d;
    s->parent = p;
    if (p)
        append_item(p, CONGDOAN_ITEM_SECTION, s);
    else
        d->sections[d->section_count++] = s;
    if (out)
        *out = s;
    return 0;
}

CONGDOAN_API int congdoan_document_add_section(congdoan_corpus *corpus, const congdoan_document *doc,
                                               const congdoan_section *parent, const char *id, const char *number,
                                               const char *title, const congdoan_section **out)
{
    return add_section(corpus, doc, parent, id, number, title, out, 0);
}

int congdoan__fresh_add_section(congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_section *parent,
                                const char *id, const char *number, const char *title, const congdoan_section **out)
{
    return add_section(corpus, doc, parent, id, number, title, out, 1);
}

CONGDOAN_API int congdoan_section_set_number(congdoan_corpus *corpus, const congdoan_section *section,
                                             const char *number)
{
    int rc = OWN_SECTION(corpus, section);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_section *)section)->number, number, 0, 0, who_section(&w, section),
                                "number");
}

CONGDOAN_API int congdoan_section_set_title(congdoan_corpus *corpus, const congdoan_section *section, const char *title)
{
    int rc = OWN_SECTION(corpus, section);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_section *)section)->title, title, 0, 0, who_section(&w, section),
                                "title");
}

CONGDOAN_API int congdoan_section_add_paragraph(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *txt)
{
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    who w;
    who_section(&w, s);
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the paragraph's text is NULL", w.s);
    text t;
    if ((rc = check_text(corpus, &t, txt, T_TRIM, w.s, "paragraph")) != 0)
        return rc;
    const char *copy;
    int bad = keep_text(corpus, &t, &copy) || grow_items(corpus, s) != 0;
    text_free(&t);
    if (bad)
        return nomem(w.s);
    append_item(s, CONGDOAN_ITEM_PARAGRAPH, (void *)copy);
    return 0;
}

/* Insert `obj` at `pos` of a document's flat list (room made with congdoan__grow). */
static void insert_at(void **list, size_t *count, size_t pos, void *obj)
{
    memmove(&list[pos + 1], &list[pos], (*count - pos) * sizeof *list);
    list[pos] = obj;
    (*count)++;
}

static int add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                    const congdoan_task **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    who ws;
    who_section(&ws, s);
    if ((rc = check_id(id, 1, ws.s, "id of the new task")) != 0)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "task '%s' of document '%s'", id, safe(d->id));
    if ((rc = check_local_id_free(d, id, w.s, fresh)) != 0)
        return rc;
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the text is NULL; expected the task as written", w.s);
    text t;
    if ((rc = check_text(corpus, &t, txt, T_TRIM, w.s, "text")) != 0)
        return rc;
    size_t pos = document_place(d, s, CONGDOAN_ITEM_TASK, d->task_count);
    congdoan_task *task = congdoan__arena_alloc(&corpus->arena, sizeof *task);
    int bad = !task || keep_id(corpus, id, &task->id) || keep_text(corpus, &t, &task->text) ||
              grow_items(corpus, s) != 0 ||
              congdoan__grow(&corpus->arena, (void **)&d->tasks, d->task_count, &d->task_cap, sizeof *d->tasks) != 0;
    text_free(&t);
    if (bad)
        return nomem(w.s);
    task->document = d;
    task->section = s;
    append_item(s, CONGDOAN_ITEM_TASK, task);
    insert_at((void **)d->tasks, &d->task_count, pos, task);
    if (out)
        *out = task;
    return 0;
}

CONGDOAN_API int congdoan_section_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                           const char *txt, const congdoan_task **out)
{
    return add_task(corpus, section, id, txt, out, 0);
}

int congdoan__fresh_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                             const congdoan_task **out)
{
    return add_task(corpus, section, id, txt, out, 1);
}

/* ---- indicators: the rules of one indicator -------------------------------------------------- */

static void assign_state(congdoan_indicator *x, const congdoan__target *st)
{
    x->direction = st->direction;
    x->score_max = st->has_score_max ? st->score_max : 0;
    x->has_score_max = st->has_score_max;
    x->measure = st->measure;
    x->comparator = st->comparator;
    x->target = st->target;
    x->has_target = st->has_target;
    x->target_max = st->has_target_max ? st->target_max : 0;
    x->has_target_max = st->has_target_max;
    x->condition_grade = st->condition;
}

/* Check a target state as a whole (model/rules.c), before it is assigned. */
static int check_state(const congdoan__target *st, const char *w)
{
    refusal r = REFUSAL("range-missing-max",
                        "; set the comparator to CONGDOAN_COMPARATOR_RANGE first (or use congdoan_indicator_set_range())");
    congdoan__rules_target(st, w, &r.sink);
    return r.rc;
}

static int add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const char *id, congdoan_measure measure,
                         congdoan_comparator comparator, double target, const char *txt,
                         const congdoan_indicator **out, int fresh)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    who ws;
    who_section(&ws, s);
    if ((rc = check_id(id, 1, ws.s, "id of the new indicator")) != 0)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "indicator '%s' of document '%s'", id, safe(d->id));
    if ((rc = check_local_id_free(d, id, w.s, fresh)) != 0)
        return rc;
    CHECK_ENUM(measure, congdoan__measures, 1, w.s, "measure");
    CHECK_ENUM(comparator, congdoan__comparators, 1, w.s, "comparator");
    congdoan__target st = {.measure = measure, .comparator = comparator, .has_target = 1};
    if ((rc = check_number(target, &st.target, w.s, "target")) != 0 || (rc = check_state(&st, w.s)) != 0)
        return rc;
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the text is NULL; expected the indicator as written", w.s);
    text t;
    if ((rc = check_text(corpus, &t, txt, T_TRIM, w.s, "text")) != 0)
        return rc;
    size_t pos = document_place(d, s, CONGDOAN_ITEM_INDICATOR, d->indicator_count);
    congdoan_indicator *x = congdoan__arena_alloc(&corpus->arena, sizeof *x);
    int bad = !x || keep_id(corpus, id, &x->id) || keep_text(corpus, &t, &x->text) || grow_items(corpus, s) != 0 ||
              congdoan__grow(&corpus->arena, (void **)&d->indicators, d->indicator_count, &d->indicator_cap,
                             sizeof *d->indicators) != 0;
    text_free(&t);
    if (bad)
        return nomem(w.s);
    x->document = d;
    x->section = s;
    assign_state(x, &st);
    append_item(s, CONGDOAN_ITEM_INDICATOR, x);
    insert_at((void **)d->indicators, &d->indicator_count, pos, x);
    if (out)
        *out = x;
    return 0;
}

CONGDOAN_API int congdoan_section_add_indicator(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *id, congdoan_measure measure,
                                                congdoan_comparator comparator, double target, const char *txt,
                                                const congdoan_indicator **out)
{
    return add_indicator(corpus, section, id, measure, comparator, target, txt, out, 0);
}

int congdoan__fresh_add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                  congdoan_measure measure, congdoan_comparator comparator, double target,
                                  const char *txt, const congdoan_indicator **out)
{
    return add_indicator(corpus, section, id, measure, comparator, target, txt, out, 1);
}

/* ---- tasks ----------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_task_set_text(congdoan_corpus *corpus, const congdoan_task *task, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_task *)task)->text, txt, 1, T_TRIM, who_task(&w, task), "text");
}

CONGDOAN_API int congdoan_task_set_lead_id(congdoan_corpus *corpus, const congdoan_task *task, const char *lead_id)
{
    int rc = OWN_TASK(corpus, task);
    who w;
    return rc ? rc : set_id(corpus, &((congdoan_task *)task)->lead_id, lead_id, 0, who_task(&w, task), "lead id");
}

CONGDOAN_API int congdoan_task_set_due(congdoan_corpus *corpus, const congdoan_task *task, const char *code,
                                       const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    who_task(&w, t);
    congdoan_due_kind kind = CONGDOAN_DUE_NONE;
    congdoan_period_kind pk = CONGDOAN_PERIOD_NONE;
    int due = 0, day = 0;
    if (code) {
        size_t len = strlen(code);
        if (congdoan__due_parse(code, len, &kind, &pk, &due, &day) != 0)
            return congdoan__error(CONGDOAN_EPARSE,
                                   "%s: '%.*s' is not a due time: expected YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, YYYY-MM-DD, "
                                   "ongoing, or yearly, half-yearly, quarterly, monthly (optionally :MM-DD for yearly, "
                                   ":DD for the others)",
                                   w.s, (int)(len > 40 ? 40 : len), code);
    }
    text tt;
    if ((rc = check_text(corpus, &tt, txt, 0, w.s, "due text")) != 0)
        return rc;
    const char *ccopy, *tcopy;
    int bad = keep_id(corpus, code, &ccopy) || keep_text(corpus, &tt, &tcopy);
    text_free(&tt);
    if (bad)
        return nomem(w.s);
    t->due.code = ccopy;
    t->due.kind = kind;
    t->due.period_kind = pk;
    t->due.date = due;
    t->due.recurrence_day = day;
    t->due_text = tcopy;
    return 0;
}

CONGDOAN_API int congdoan_task_add_coordinator(congdoan_corpus *corpus, const congdoan_task *task, const char *unit_id,
                                               const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    who_task(&w, t);
    if ((rc = check_id(unit_id, 0, w.s, "coordinator's unit id")) != 0)
        return rc;
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_coordinator(unit_id != NULL, txt != NULL, 0, new_part(&w, "coordinator"), &refused.sink);
    if (refused.rc)
        return refused.rc;
    text tt;
    if ((rc = check_text(corpus, &tt, txt, T_TRIM | (unit_id ? T_BLANK_IS_NONE : 0), w.s, "coordinator's text")) != 0)
        return rc;
    congdoan__coordinator co = {0};
    int bad = keep_id(corpus, unit_id, &co.unit_id) || keep_text(corpus, &tt, &co.text) ||
              congdoan__grow(&corpus->arena, (void **)&t->coordinators, t->coordinator_count, &t->coordinator_cap,
                             sizeof *t->coordinators) != 0;
    text_free(&tt);
    if (bad)
        return nomem(w.s);
    t->coordinators[t->coordinator_count++] = co;
    return 0;
}

/* ---- indicators: setters --------------------------------------------------------------------- */

CONGDOAN_API int congdoan_indicator_set_text(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *txt)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_indicator *)ind)->text, txt, 1, T_TRIM, who_indicator(&w, ind), "text");
}

/* Check a changed target state and assign it. */
static int apply_state(congdoan_indicator *x, const congdoan__target *st, const char *w)
{
    int rc = check_state(st, w);
    if (rc)
        return rc;
    assign_state(x, st);
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                congdoan_measure measure)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    CHECK_ENUM(measure, congdoan__measures, 1, w.s, "measure");
    congdoan__target st = congdoan__target_of(ind);
    st.measure = measure;
    if (measure != CONGDOAN_MEASURE_SHARE_OF_UNITS)
        st.condition = CONGDOAN_GRADE_NONE;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_comparator(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   congdoan_comparator comparator)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    CHECK_ENUM(comparator, congdoan__comparators, 1, w.s, "comparator");
    congdoan__target st = congdoan__target_of(ind);
    st.comparator = comparator;
    if (comparator != CONGDOAN_COMPARATOR_RANGE)
        st.has_target_max = 0;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_target(congdoan_corpus *corpus, const congdoan_indicator *ind, double target)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    if ((rc = check_number(target, &st.target, w.s, "target")) != 0)
        return rc;
    st.has_target = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_target_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   double target_max)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    if ((rc = check_number(target_max, &st.target_max, w.s, "target-max")) != 0)
        return rc;
    st.has_target_max = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_range(congdoan_corpus *corpus, const congdoan_indicator *ind, double target,
                                              double target_max)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    if ((rc = check_number(target, &st.target, w.s, "target")) != 0 ||
        (rc = check_number(target_max, &st.target_max, w.s, "target-max")) != 0)
        return rc;
    st.comparator = CONGDOAN_COMPARATOR_RANGE;
    st.has_target = st.has_target_max = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 double baseline)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    double v;
    if ((rc = check_number(baseline, &v, who_indicator(&w, ind), "baseline")) != 0)
        return rc;
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->baseline = v;
    x->has_baseline = 1;
    return 0;
}

CONGDOAN_API int congdoan_indicator_clear_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->baseline = 0;
    x->has_baseline = 0;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_period(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *period)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    if (period && (rc = check_span(period, w.s)) != 0)
        return rc;
    const char *copy;
    if (keep_id(corpus, period, &copy))
        return nomem(w.s);
    ((congdoan_indicator *)ind)->period = copy;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_owner_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *owner_id)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc : set_id(corpus, &((congdoan_indicator *)ind)->owner_id, owner_id, 0, who_indicator(&w, ind), "owner id");
}

CONGDOAN_API int congdoan_indicator_set_scope_level(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    congdoan_level level)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    CHECK_ENUM(level, congdoan__levels, 0, who_indicator(&w, ind), "scope level (0: any)");
    ((congdoan_indicator *)ind)->scope_level = level;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_scope_sectors(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                      int sectors)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    const int all = (1 << CONGDOAN_SECTOR_PUBLIC) | (1 << CONGDOAN_SECTOR_STATE_ENTERPRISE) |
                    (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE);
    if (sectors & ~all) {
        who w;
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: %d is not a set of sectors: expected bits (1 << CONGDOAN_SECTOR_PUBLIC), (1 << "
                               "CONGDOAN_SECTOR_STATE_ENTERPRISE), (1 << CONGDOAN_SECTOR_NON_STATE_ENTERPRISE), or 0 for any",
                               who_indicator(&w, ind), sectors);
    }
    ((congdoan_indicator *)ind)->scope_sectors = sectors;
    return 0;
}

CONGDOAN_API int congdoan_indicator_set_condition_grade(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        congdoan_grade grade)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    CHECK_ENUM(grade, congdoan__grades, 0, w.s, "condition grade");
    congdoan__target st = congdoan__target_of(ind);
    st.condition = grade;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        const char *unit_of_measure)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_indicator *)ind)->unit_of_measure, unit_of_measure, 0, 0,
                           who_indicator(&w, ind), "unit of measure");
}

CONGDOAN_API int congdoan_indicator_set_refines(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *document_id, const char *indicator_id)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    if (!document_id != !indicator_id)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: the refined indicator needs both its document id and its indicator id (or both NULL "
                               "to clear it)",
                               w.s);
    if ((rc = check_id(document_id, 0, w.s, "refined document id")) != 0 ||
        (rc = check_id(indicator_id, 0, w.s, "refined indicator id")) != 0)
        return rc;
    const char *dcopy, *icopy;
    if (keep_id(corpus, document_id, &dcopy) || keep_id(corpus, indicator_id, &icopy))
        return nomem(w.s);
    congdoan_indicator *x = (congdoan_indicator *)ind;
    x->refines_document_id = dcopy;
    x->refines_indicator_id = icopy;
    return 0;
}

/* ---- reports --------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_corpus_add_report(congdoan_corpus *corpus, const char *id, const char *unit_id,
                                            const char *document_id, const char *period, const congdoan_report **out)
{
    if (out)
        *out = NULL;
    if (!corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    int rc = check_id(id, 1, "the new report", "id");
    if (rc)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "report '%s'", id);
    if (congdoan__map_get(&corpus->report_map, id, strlen(id)))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by another report", w.s, id);
    if ((rc = check_id(unit_id, 1, w.s, "reporting unit id")) != 0 ||
        (rc = check_id(document_id, 1, w.s, "document id")) != 0)
        return rc;
    if (!period)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the period is NULL; expected a period code such as 2025-H1", w.s);
    if ((rc = check_period(period, w.s, "period")) != 0)
        return rc;
    congdoan_report *r = congdoan__arena_alloc_line(&corpus->arena, sizeof *r);
    if (!r || keep_id(corpus, id, &r->id) || keep_id(corpus, unit_id, &r->unit_id) ||
        keep_id(corpus, document_id, &r->document_id) || keep_id(corpus, period, &r->period) ||
        congdoan__vec_reserve(&corpus->reports, corpus->reports.count + 1) != 0 ||
        congdoan__map_reserve(&corpus->report_map, corpus->report_map.count + 1) != 0)
        return nomem(w.s);
    r->corpus = corpus;
    corpus->reports.items[corpus->reports.count++] = r;
    congdoan__reports_resolve(corpus, corpus->reports.count - 1);
    congdoan__map_put(&corpus->report_map, r->id, r);
    if (out)
        *out = r;
    return 0;
}

CONGDOAN_API int congdoan_report_set_submitted(congdoan_corpus *corpus, const congdoan_report *report, int date_ymd)
{
    int rc = OWN_REPORT(corpus, report);
    who w;
    if (rc || (rc = check_date(date_ymd, who_report(&w, report), "submission date")) != 0)
        return rc;
    ((congdoan_report *)report)->submitted = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_report_set_note(congdoan_corpus *corpus, const congdoan_report *report, const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    who w;
    return rc ? rc : set_string(corpus, &((congdoan_report *)report)->note, note, 0, T_TRIM, who_report(&w, report), "note");
}

/* The indicator a report's value is for, when the report's document is in the corpus (NULL
 * otherwise); CONGDOAN_ENOTFOUND when that document does not have it. */
static int report_indicator(const congdoan_corpus *c, const congdoan_report *r, const char *indicator_id,
                            const char *w, const congdoan_indicator **out)
{
    *out = NULL;
    const congdoan_document *d = congdoan__document_lookup(c, r->document_id);
    if (!d)
        return 0;
    *out = congdoan_document_indicator_by_id(d, indicator_id);
    if (!*out)
        return congdoan__error(CONGDOAN_ENOTFOUND, "%s: document '%s' has no indicator '%s'", w, safe(d->id),
                               indicator_id);
    return 0;
}

/* The report's entry for (indicator, coverage), or a new one at the end (room made); NULL when
 * out of memory. *fresh says which. */
static congdoan__value *value_entry(congdoan_corpus *c, congdoan_report *r, const congdoan_indicator *x,
                                    const char *indicator_id, congdoan_coverage coverage, int *fresh,
                                    const char **id_copy, uint32_t *index)
{
    *fresh = 0;
    /* edited values are kept as given (values.c) */
    if (congdoan__report_loosen(&c->arena, r) != 0)
        return NULL;
    for (size_t i = 0; i < r->value_count; i++)
        if (r->loose[i].coverage == coverage && strcmp(CONGDOAN__VALUE_ID(r, &r->loose[i]), indicator_id) == 0)
            return &r->loose[i];
    /* the indicator's own id lives as long as the corpus: share it when it is there */
    *id_copy = x ? x->id : NULL;
    if (!x && keep_id(c, indicator_id, id_copy))
        return NULL;
    /* the id goes into the report's id table now (an unused entry is harmless if a later step
     * fails); the value itself is added by commit_value */
    if (congdoan__idtab_index(&c->arena, &r->ids, *id_copy, index) != 0)
        return NULL;
    /* a count beyond 32 bits would be 128 GiB of values: reported as the memory it would need */
    if (r->value_count == UINT32_MAX ||
        congdoan__grow(&c->arena, (void **)&r->loose, r->value_count, &r->loose_cap, sizeof *r->loose) != 0)
        return NULL;
    *fresh = 1;
    return &r->loose[r->value_count];
}

static int check_value_args(const congdoan_corpus *c, const congdoan_report *r, const char *indicator_id,
                            congdoan_coverage coverage, const char *w, const congdoan_indicator **x)
{
    int rc = check_id(indicator_id, 1, w, "indicator id");
    if (rc)
        return rc;
    CHECK_ENUM(coverage, congdoan__coverages, 1, w, "coverage");
    return report_indicator(c, r, indicator_id, w, x);
}

/* Add a fresh entry; either way the value's flags changed, so the report's summary too. */
static void commit_value(congdoan_report *r, congdoan__value *v, int fresh, uint32_t index,
                         congdoan_coverage coverage)
{
    if (fresh) {
        v->indicator = index;
        v->coverage = (uint8_t)coverage;
        v->line = 0;
        r->value_count++;
    }
    congdoan__report_summarise(r);
}

/* The rules of a reported figure (model/rules.c), for the figure being set alone. */
static int check_figure(const congdoan_indicator *x, const congdoan__value_view *figure, const char *w)
{
    char whose[500];
    snprintf(whose, sizeof whose, "%s, indicator '%s'", w, figure->indicator);
    refusal r = REFUSAL(NULL, NULL);
    congdoan__rules_value(x, figure, whose, &r.sink);
    return r.rc;
}

CONGDOAN_API int congdoan_report_set_value(congdoan_corpus *corpus, const congdoan_report *report,
                                           const char *indicator_id, double value, congdoan_coverage coverage)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    const congdoan_indicator *x;
    double v;
    if ((rc = check_value_args(corpus, r, indicator_id, coverage, w.s, &x)) != 0 ||
        (rc = check_number(value, &v, w.s, "value")) != 0)
        return rc;
    congdoan__value_view figure = {indicator_id, v, 0, 0, 1, 0, 0, (int)coverage};
    if ((rc = check_figure(x, &figure, w.s)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, coverage, &fresh, &id_copy, &index);
    if (!e)
        return nomem(w.s);
    e->value = v;
    e->flags |= CONGDOAN__VALUE_PLAIN;
    commit_value(r, e, fresh, index, coverage);
    return 0;
}

CONGDOAN_API int congdoan_report_set_fraction(congdoan_corpus *corpus, const congdoan_report *report,
                                              const char *indicator_id, double numerator, double denominator,
                                              congdoan_coverage coverage)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    const congdoan_indicator *x;
    double num, den;
    if ((rc = check_value_args(corpus, r, indicator_id, coverage, w.s, &x)) != 0 ||
        (rc = check_number(numerator, &num, w.s, "numerator")) != 0 ||
        (rc = check_number(denominator, &den, w.s, "denominator")) != 0)
        return rc;
    congdoan__value_view figure = {indicator_id, 0, num, den, 0, 1, 1, (int)coverage};
    if ((rc = check_figure(x, &figure, w.s)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, coverage, &fresh, &id_copy, &index);
    if (!e)
        return nomem(w.s);
    e->numerator = num;
    e->denominator = den;
    e->flags |= CONGDOAN__VALUE_FRACTION;
    commit_value(r, e, fresh, index, coverage);
    return 0;
}

CONGDOAN_API int congdoan_report_set_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *task_id, congdoan_task_status status, const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    if ((rc = check_id(task_id, 1, w.s, "task id")) != 0)
        return rc;
    CHECK_ENUM(status, congdoan__task_statuses, 1, w.s, "task status");
    const congdoan_document *d = congdoan__document_lookup(corpus, r->document_id);
    const congdoan_task *task = d ? congdoan_document_task_by_id(d, task_id) : NULL;
    if (d && !task)
        return congdoan__error(CONGDOAN_ENOTFOUND, "%s: document '%s' has no task '%s'", w.s, safe(d->id), task_id);
    text tn;
    if ((rc = check_text(corpus, &tn, note, T_TRIM | T_BLANK_IS_NONE, w.s, "note of the task status")) != 0)
        return rc;
    congdoan__task_status *e = NULL;
    for (size_t i = 0; !e && i < r->status_count; i++)
        if (r->statuses[i].task_id && !r->statuses[i].unit_id && strcmp(r->statuses[i].task_id, task_id) == 0)
            e = &r->statuses[i];
    const char *ncopy, *idcopy = task ? task->id : NULL;
    int bad = keep_text(corpus, &tn, &ncopy) || (!e && !task && keep_id(corpus, task_id, &idcopy)) ||
              (!e && congdoan__grow(&corpus->arena, (void **)&r->statuses, r->status_count, &r->status_cap,
                                    sizeof *r->statuses) != 0);
    text_free(&tn);
    if (bad)
        return nomem(w.s);
    if (!e) {
        e = &r->statuses[r->status_count++];
        memset(e, 0, sizeof *e);
        e->task_id = idcopy;
    }
    e->status = status;
    e->note = ncopy;
    if (status != CONGDOAN_TASK_DONE)
        e->completed = 0;
    return 0;
}

/* ---- vocabulary 1.2 ---------------------------------------------------------------------------- */

/* An enum of a table that names only some of its values (a result's comparators, a threshold's):
 * a value in range that the table does not name is refused too. */
static int check_named_enum(const congdoan__enum *e, int value, const char *w, const char *what)
{
    char list[256];
    if (value >= 1 && (size_t)value < e->count && e->values[value].name)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a valid %s here; expected one of %s", w, value, what,
                           congdoan__enum_list(e, 1, list, sizeof list));
}

/* A bit set of enum values (1 << value): only values 1 .. count-1 of `e`. */
static int check_bits(const congdoan__enum *e, int bits, const char *w, const char *what)
{
    if (bits >= 0 && (bits & 1) == 0 && (e->count >= 31 || bits >> e->count == 0))
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a set of %s (bits 1 << value, values 1 to %zu)", w, bits,
                           what, e->count - 1);
}

CONGDOAN_API int congdoan_unit_set_org_kind(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_org_kind kind)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, "kind of organisation")) != 0)
        return rc;
    CHECK_ENUM(kind, congdoan__org_kinds, 0, w.s, "organisation kind");
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_org_kind(u->level, kind, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    u->org_kind = kind;
    return 0;
}

static int own_group(congdoan_corpus *corpus, const congdoan_unit *group, who *w)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(group);
    int rc = OWN_UNIT(corpus, group);
    if (rc)
        return rc;
    who_unit(w, group);
    if (group->kind != CONGDOAN_UNIT_GROUP)
        return congdoan__error(CONGDOAN_EINVAL, "%s is not a group (cụm, khối thi đua)", w->s);
    return 0;
}

CONGDOAN_API int congdoan_corpus_add_group(congdoan_corpus *corpus, const char *id, congdoan_group_kind kind,
                                           const char *name, const congdoan_unit **out)
{
    if (out)
        *out = NULL;
    if (!corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    int rc = check_id(id, 1, "the new group", "id");
    if (rc)
        return rc;
    who w;
    snprintf(w.s, sizeof w.s, "group '%s'", id);
    if ((rc = check_unit_id_free(corpus, id, w.s)) != 0)
        return rc;
    CHECK_ENUM(kind, congdoan__group_kinds, 1, w.s, "group kind");
    if (!name)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the name is NULL; expected the name as printed", w.s);
    text tname;
    if ((rc = check_text(corpus, &tname, name, 0, w.s, "name")) != 0)
        return rc;
    congdoan_unit *u = congdoan__arena_alloc_line(&corpus->arena, sizeof *u);
    int bad = !u || keep_id(corpus, id, &u->id) || keep_text(corpus, &tname, &u->name) || reserve_unit_slot(corpus) != 0;
    text_free(&tname);
    if (bad)
        return nomem(w.s);
    u->corpus = corpus;
    u->kind = CONGDOAN_UNIT_GROUP;
    u->group_kind = kind;
    u->members = u->workers = u->declared_upper = u->declared_grassroots = -1;
    add_unit_slot(corpus, u); /* outside the hierarchy: neither a root nor anybody's child */
    if (out)
        *out = u;
    return 0;
}

CONGDOAN_API int congdoan_group_set_kind(congdoan_corpus *corpus, const congdoan_unit *group, congdoan_group_kind kind)
{
    who w;
    int rc = own_group(corpus, group, &w);
    if (rc)
        return rc;
    CHECK_ENUM(kind, congdoan__group_kinds, 1, w.s, "group kind");
    ((congdoan_unit *)group)->group_kind = kind;
    return 0;
}

CONGDOAN_API int congdoan_group_add_member(congdoan_corpus *corpus, const congdoan_unit *group, const char *unit_id)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(group);
    CONGDOAN__CHECK_ARG(unit_id);
    who w;
    int rc = own_group(corpus, group, &w);
    if (rc)
        return rc;
    congdoan_unit *g = (congdoan_unit *)group;
    if ((rc = check_id(unit_id, 1, w.s, "member's unit id")) != 0)
        return rc;
    for (size_t i = 0; i < g->group_member_count; i++)
        if (strcmp(g->group_members[i], unit_id) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already has the member '%s'", w.s, unit_id);
    const char *copy;
    if (keep_id(corpus, unit_id, &copy) ||
        congdoan__grow(&corpus->arena, (void **)&g->group_members, g->group_member_count, &g->group_member_cap,
                       sizeof *g->group_members) != 0)
        return nomem(w.s);
    g->group_members[g->group_member_count++] = copy;
    return 0;
}

CONGDOAN_API int congdoan_group_remove_member(congdoan_corpus *corpus, const congdoan_unit *group, size_t i)
{
    who w;
    int rc = own_group(corpus, group, &w);
    if (rc)
        return rc;
    congdoan_unit *g = (congdoan_unit *)group;
    if (i >= g->group_member_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu members; member %zu does not exist", w.s,
                               g->group_member_count, i);
    memmove(&g->group_members[i], &g->group_members[i + 1], (g->group_member_count - i - 1) * sizeof *g->group_members);
    g->group_member_count--;
    return 0;
}

/* ---- 1.2: documents ---------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_document_set_issuer_text(congdoan_corpus *corpus, const congdoan_document *doc,
                                                   const char *txt)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_document *)doc)->issuer_text, txt, 0, 0, who_document(&w, doc),
                           "issuer as printed");
}

CONGDOAN_API int congdoan_document_set_author(congdoan_corpus *corpus, const congdoan_document *doc, const char *author)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_document *)doc)->author, author, 0, 0, who_document(&w, doc), "author");
}

CONGDOAN_API int congdoan_document_set_published(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc || (rc = check_date(date_ymd, who_document(&w, doc), "publication date")) != 0)
        return rc;
    ((congdoan_document *)doc)->published = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_add_titled_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       congdoan_relation_type type, const char *title, int date_ymd,
                                                       const char *txt)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    CHECK_ENUM(type, congdoan__relation_types, 1, w.s, "relation type");
    if ((rc = check_date(date_ymd, w.s, "date of the related document")) != 0)
        return rc;
    if (!title)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the title of the related document is NULL; it is required", w.s);
    text tt, tx;
    if ((rc = check_text(corpus, &tt, title, 0, w.s, "title of the related document")) != 0)
        return rc;
    if ((rc = check_text(corpus, &tx, txt, T_TRIM | T_BLANK_IS_NONE, w.s, "text of the relation")) != 0) {
        text_free(&tt);
        return rc;
    }
    congdoan__relation r = {.type = type, .date = date_ymd};
    int bad = keep_text(corpus, &tt, &r.title) || keep_text(corpus, &tx, &r.text) ||
              congdoan__grow(&corpus->arena, (void **)&d->relations, d->relation_count, &d->relation_cap,
                             sizeof *d->relations) != 0;
    text_free(&tt);
    text_free(&tx);
    if (bad)
        return nomem(w.s);
    d->relations[d->relation_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_set_relation_title(congdoan_corpus *corpus, const congdoan_document *doc, size_t i,
                                                      const char *title)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    who_document(&w, d);
    if (i >= d->relation_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu relations; relation %zu does not exist", w.s,
                               d->relation_count, i);
    congdoan__relation *r = &d->relations[i];
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_relation(r->target_id != NULL, r->number != NULL, title != NULL, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    return set_string(corpus, &r->title, title, 0, 0, w.s, "title of the related document");
}

CONGDOAN_API int congdoan_document_set_reporting_via(congdoan_corpus *corpus, const congdoan_document *doc,
                                                     const char *via_id)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : set_id(corpus, &((congdoan_document *)doc)->reporting_via_id, via_id, 0, who_document(&w, doc),
                       "id of the department reports go through");
}

static int reporter_at(congdoan_corpus *corpus, const congdoan_document *doc, size_t i, who *w, congdoan__reporter **out)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who_document(w, doc);
    if (i >= doc->reporter_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s names %zu reporters; reporter %zu does not exist", w->s,
                               doc->reporter_count, i);
    *out = &((congdoan_document *)doc)->reporters[i];
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporter_indicators(congdoan_corpus *corpus, const congdoan_document *doc,
                                                           size_t i, const char *const *indicator_ids, size_t count)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(doc);
    if (count && !indicator_ids)
        return congdoan__invalid_arg("indicator_ids");
    who w;
    congdoan__reporter *rp = NULL;
    int rc = reporter_at(corpus, doc, i, &w, &rp);
    if (rc)
        return rc;
    if (count && !indicator_ids)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the list of %zu indicator ids is NULL", w.s, count);
    for (size_t k = 0; k < count; k++) {
        if ((rc = check_id(indicator_ids[k], 1, w.s, "indicator id of a reporter")) != 0)
            return rc;
        for (size_t j = 0; j < k; j++)
            if (strcmp(indicator_ids[j], indicator_ids[k]) == 0)
                return congdoan__error(CONGDOAN_EEXISTS, "%s: indicator '%s' is listed twice for reporter '%s'", w.s,
                                       indicator_ids[k], safe(rp->unit_id));
    }
    const char **ids = count ? congdoan__arena_alloc(&corpus->arena, count * sizeof *ids) : NULL;
    if (count && !ids)
        return nomem(w.s);
    for (size_t k = 0; k < count; k++)
        if (keep_id(corpus, indicator_ids[k], &ids[k]))
            return nomem(w.s);
    rp->indicators = ids;
    rp->indicator_count = count;
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporter_coverage(congdoan_corpus *corpus, const congdoan_document *doc,
                                                         size_t i, int coverage)
{
    who w;
    congdoan__reporter *rp = NULL;
    int rc = reporter_at(corpus, doc, i, &w, &rp);
    if (rc)
        return rc;
    CHECK_ENUM(coverage, congdoan__coverages, 0, w.s, "coverage");
    rp->coverage = coverage;
    return 0;
}

/* Provenance: checked whole, then copied; `words` NULL removes it. */
static int set_provenance(congdoan_corpus *c, congdoan__provenance *p, const char *file, int line, int column,
                          const char *words, const char *w)
{
    if (!words) {
        memset(p, 0, sizeof *p);
        return 0;
    }
    if (line < 0 || column < 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: line %d, column %d: expected 1 or more, or 0 for unknown", w, line,
                               column);
    text tw, tf;
    int rc = check_text(c, &tw, words, T_TRIM, w, "words of the source");
    if (rc)
        return rc;
    if ((rc = check_text(c, &tf, file, 0, w, "file of the source")) != 0) {
        text_free(&tw);
        return rc;
    }
    congdoan__provenance np = {.line = line, .column = column};
    int bad = keep_text(c, &tw, &np.words) || keep_text(c, &tf, &np.file);
    text_free(&tw);
    text_free(&tf);
    if (bad)
        return nomem(w);
    *p = np;
    return 0;
}

CONGDOAN_API int congdoan_document_set_source(congdoan_corpus *corpus, const congdoan_document *doc, const char *file,
                                              int line, int column, const char *words)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : set_provenance(corpus, &((congdoan_document *)doc)->source, file, line, column, words,
                               who_document(&w, doc));
}

/* ---- 1.2: populations (of indicators and results) ------------------------------------------------ */

static int add_population(congdoan_corpus *c, congdoan_population **list, size_t *count, size_t *cap, const char *txt,
                          const char *of, const char *measure, congdoan_comparator comparator, double value,
                          const char *w)
{
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the words of the population are NULL; they are required", w);
    congdoan_population p = {.comparator = comparator};
    int rc;
    if (comparator && (rc = check_named_enum(&congdoan__threshold_comparators, comparator, w,
                                             "comparator of a population's threshold")) != 0)
        return rc;
    if (measure && (rc = check_number(value, &p.value, w, "value of the population's threshold")) != 0)
        return rc;
    p.has_value = measure != NULL;
    p.measure = measure; /* for the rule only: copied below */
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_population(&p, w, &refused.sink);
    if (refused.rc)
        return refused.rc;
    text tt, to, tm;
    if ((rc = check_text(c, &tt, txt, T_TRIM, w, "words of the population")) != 0)
        return rc;
    if ((rc = check_text(c, &to, of, 0, w, "what the population is of")) != 0) {
        text_free(&tt);
        return rc;
    }
    if ((rc = check_text(c, &tm, measure, 0, w, "what the threshold counts")) != 0) {
        text_free(&tt);
        text_free(&to);
        return rc;
    }
    int bad = keep_text(c, &tt, &p.text) || keep_text(c, &to, &p.of) || keep_text(c, &tm, &p.measure) ||
              congdoan__grow(&c->arena, (void **)list, *count, cap, sizeof **list) != 0;
    text_free(&tt);
    text_free(&to);
    text_free(&tm);
    if (bad)
        return nomem(w);
    (*list)[(*count)++] = p;
    return 0;
}

static int remove_population(congdoan_population *list, size_t *count, size_t i, const char *w)
{
    if (i >= *count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu populations; population %zu does not exist", w, *count, i);
    memmove(&list[i], &list[i + 1], (*count - i - 1) * sizeof *list);
    (*count)--;
    return 0;
}

/* ---- 1.2: indicators ----------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_indicator_set_direction(congdoan_corpus *corpus, const congdoan_indicator *ind, int direction)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    CHECK_ENUM(direction, congdoan__directions, 0, w.s, "direction");
    congdoan__target st = congdoan__target_of(ind);
    st.direction = (congdoan_direction)direction;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

CONGDOAN_API int congdoan_indicator_set_score_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                  double score_max)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    congdoan__target st = congdoan__target_of(ind);
    if ((rc = check_number(score_max, &st.score_max, w.s, "score-max")) != 0)
        return rc;
    st.has_score_max = 1;
    return apply_state((congdoan_indicator *)ind, &st, w.s);
}

static int check_currency(const char *currency, const char *w)
{
    if (!currency)
        return 0;
    int ok = strlen(currency) == 3;
    for (size_t i = 0; ok && i < 3; i++)
        ok = currency[i] >= 'A' && currency[i] <= 'Z';
    return ok ? 0
              : congdoan__error(CONGDOAN_EINVAL, "%s: '%.16s' is not a currency code; expected three capital letters "
                                                 "(ISO 4217), such as VND",
                                w, currency);
}

CONGDOAN_API int congdoan_indicator_set_currency(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *currency)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    if ((rc = check_currency(currency, w.s)) != 0)
        return rc;
    congdoan__target st = congdoan__target_of(ind);
    st.has_currency = currency != NULL;
    if ((rc = check_state(&st, w.s)) != 0)
        return rc;
    return set_id(corpus, &((congdoan_indicator *)ind)->currency, currency, 0, w.s, "currency");
}

CONGDOAN_API int congdoan_indicator_set_period_text(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    const char *txt)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_indicator *)ind)->period_text, txt, 0, 0, who_indicator(&w, ind),
                           "period as printed");
}

CONGDOAN_API int congdoan_indicator_set_by(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *by)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    if (by && congdoan__by_parse(by, strlen(by), NULL) != 0)
        return congdoan__error(CONGDOAN_EPARSE, "%s: '%.40s' is not a deadline; expected a period (YYYY, YYYY-H1, "
                               "YYYY-Q2, YYYY-MM) or a date YYYY-MM-DD", w.s, by);
    return set_id(corpus, &((congdoan_indicator *)ind)->by, by, 0, w.s, "deadline");
}

CONGDOAN_API int congdoan_indicator_set_subject(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *subject)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_indicator *)ind)->subject, subject, 0, 0, who_indicator(&w, ind),
                           "subject");
}

CONGDOAN_API int congdoan_indicator_set_part_of_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *indicator_id)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    who w;
    who_indicator(&w, ind);
    if (indicator_id && ind->id && strcmp(indicator_id, ind->id) == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be a part of itself", w.s);
    return set_id(corpus, &((congdoan_indicator *)ind)->part_of_id, indicator_id, 0, w.s, "id of the indicator it is "
                                                                                            "a part of");
}

CONGDOAN_API int congdoan_indicator_add_population(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *txt, const char *of, const char *measure,
                                                   congdoan_comparator comparator, double value)
{
    int rc = OWN_IND(corpus, ind);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg("text"); /* the header's name */
    congdoan_indicator *x = (congdoan_indicator *)ind;
    who w;
    who_indicator(&w, x);
    return add_population(corpus, &x->populations, &x->population_count, &x->population_cap, txt, of, measure,
                          comparator, value, new_part(&w, "population"));
}

CONGDOAN_API int congdoan_indicator_remove_population(congdoan_corpus *corpus, const congdoan_indicator *ind, size_t i)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    congdoan_indicator *x = (congdoan_indicator *)ind;
    return rc ? rc : remove_population(x->populations, &x->population_count, i, who_indicator(&w, x));
}

CONGDOAN_API int congdoan_indicator_set_source(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *file, int line, int column, const char *words)
{
    int rc = OWN_IND(corpus, ind);
    who w;
    return rc ? rc
              : set_provenance(corpus, &((congdoan_indicator *)ind)->source, file, line, column, words,
                               who_indicator(&w, ind));
}

/* ---- 1.2: tasks ---------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_task_set_lead_text(congdoan_corpus *corpus, const congdoan_task *task, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    who w;
    return rc ? rc
              : set_string(corpus, &((congdoan_task *)task)->lead_text, txt, 0, 0, who_task(&w, task),
                           "lead as printed");
}

static int check_class(congdoan_level level, int kinds, int sectors, const char *w)
{
    CHECK_ENUM(level, congdoan__levels, 0, w, "level of the class of units");
    int rc = check_bits(&congdoan__org_kinds, kinds, w, "organisation kinds");
    if (rc || (rc = check_bits(&congdoan__sectors, sectors, w, "sectors")) != 0)
        return rc;
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_class(level, kinds, sectors, w, &refused.sink);
    return refused.rc;
}

CONGDOAN_API int congdoan_task_set_lead_class(congdoan_corpus *corpus, const congdoan_task *task, congdoan_level level,
                                              int kinds, int sectors)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    who w;
    if ((rc = check_class(level, kinds, sectors, who_task(&w, task))) != 0)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    t->lead_level = level;
    t->lead_kinds = level ? kinds : 0;
    t->lead_sectors = level ? sectors : 0;
    return 0;
}

CONGDOAN_API int congdoan_task_add_coordinator_class(congdoan_corpus *corpus, const congdoan_task *task,
                                                     congdoan_level level, int kinds, int sectors, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    who_task(&w, t);
    new_part(&w, "coordinator");
    if (!level)
        return congdoan__error(CONGDOAN_EINVAL, "%s: a class of units needs its level", w.s);
    if ((rc = check_class(level, kinds, sectors, w.s)) != 0)
        return rc;
    text tt;
    if ((rc = check_text(corpus, &tt, txt, T_TRIM | T_BLANK_IS_NONE, w.s, "coordinator's text")) != 0)
        return rc;
    congdoan__coordinator co = {.level = level, .kinds = kinds, .sectors = sectors};
    int bad = keep_text(corpus, &tt, &co.text) ||
              congdoan__grow(&corpus->arena, (void **)&t->coordinators, t->coordinator_count, &t->coordinator_cap,
                             sizeof *t->coordinators) != 0;
    text_free(&tt);
    if (bad)
        return nomem(w.s);
    t->coordinators[t->coordinator_count++] = co;
    return 0;
}

CONGDOAN_API int congdoan_task_add_milestone(congdoan_corpus *corpus, const congdoan_task *task, const char *due_code,
                                             const char *due_text, const char *txt)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    who_task(&w, t);
    new_part(&w, "milestone");
    CONGDOAN__CHECK_ARG(due_code);
    if (!txt)
        return congdoan__invalid_arg("text"); /* the header's name */
    congdoan__milestone m = {0};
    size_t len = strlen(due_code);
    if (congdoan__due_parse(due_code, len, &m.due.kind, &m.due.period_kind, &m.due.date, &m.due.recurrence_day) != 0)
        return congdoan__error(CONGDOAN_EPARSE, "%s: '%.40s' is not a due time; expected a period, a date, ongoing or "
                               "a recurrence (yearly:12-15 ...)", w.s, due_code);
    text tt, td;
    if ((rc = check_text(corpus, &tt, txt, T_TRIM, w.s, "words of the milestone")) != 0)
        return rc;
    if ((rc = check_text(corpus, &td, due_text, 0, w.s, "due time as worded")) != 0) {
        text_free(&tt);
        return rc;
    }
    int bad = keep_id(corpus, due_code, &m.due.code) || keep_text(corpus, &tt, &m.text) ||
              keep_text(corpus, &td, &m.due_text) ||
              congdoan__grow(&corpus->arena, (void **)&t->milestones, t->milestone_count, &t->milestone_cap,
                             sizeof *t->milestones) != 0;
    text_free(&tt);
    text_free(&td);
    if (bad)
        return nomem(w.s);
    t->milestones[t->milestone_count++] = m;
    return 0;
}

CONGDOAN_API int congdoan_task_remove_milestone(congdoan_corpus *corpus, const congdoan_task *task, size_t i)
{
    int rc = OWN_TASK(corpus, task);
    if (rc)
        return rc;
    congdoan_task *t = (congdoan_task *)task;
    who w;
    if (i >= t->milestone_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu milestones; milestone %zu does not exist",
                               who_task(&w, t), t->milestone_count, i);
    memmove(&t->milestones[i], &t->milestones[i + 1], (t->milestone_count - i - 1) * sizeof *t->milestones);
    t->milestone_count--;
    return 0;
}

CONGDOAN_API int congdoan_task_set_source(congdoan_corpus *corpus, const congdoan_task *task, const char *file, int line,
                                          int column, const char *words)
{
    int rc = OWN_TASK(corpus, task);
    who w;
    return rc ? rc
              : set_provenance(corpus, &((congdoan_task *)task)->source, file, line, column, words,
                               who_task(&w, task));
}

/* ---- 1.2: results -------------------------------------------------------------------------------- */

static const congdoan_corpus *result_corpus(const congdoan_result *x)
{
    return x->document ? x->document->corpus : x->report ? x->report->corpus : NULL;
}

#define OWN_RESULT(c, x) own((c), (x), (x) ? result_corpus(x) : NULL, "result", (x) ? (x)->id : NULL)

static const char *who_result(who *w, const congdoan_result *x)
{
    const char *where = x->report ? "report" : "document";
    const char *where_id = x->report ? x->report->id : x->document ? x->document->id : NULL;
    if (x->id)
        snprintf(w->s, sizeof w->s, "result '%s' of %s '%s'", x->id, where, safe(where_id));
    else
        snprintf(w->s, sizeof w->s, "a result without id of %s '%s'", where, safe(where_id));
    return w->s;
}

/* A changed copy of a result is checked against its rules before it replaces the result. */
static int apply_result(congdoan_result *x, const congdoan_result *changed, const char *w)
{
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_result(changed, w, &refused.sink);
    if (refused.rc)
        return refused.rc;
    *x = *changed;
    return 0;
}

static int new_result(congdoan_corpus *c, const char *id, const char *txt, const char *w, congdoan_result **out)
{
    *out = NULL;
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the words of the result are NULL; they are required", w);
    text tt;
    int rc = check_text(c, &tt, txt, T_TRIM, w, "words of the result");
    if (rc)
        return rc;
    congdoan_result *x = congdoan__arena_alloc(&c->arena, sizeof *x);
    int bad = !x || keep_id(c, id, &x->id) || keep_text(c, &tt, &x->text);
    text_free(&tt);
    if (bad)
        return nomem(w);
    *out = x;
    return 0;
}

CONGDOAN_API int congdoan_section_add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                             const char *txt, const congdoan_result **out)
{
    if (out)
        *out = NULL;
    int rc = OWN_SECTION(corpus, section);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg("text"); /* the header's name */
    congdoan_section *s = (congdoan_section *)section;
    congdoan_document *d = (congdoan_document *)s->document;
    who w;
    who_section(&w, s);
    new_part(&w, "result");
    if ((rc = check_id(id, 0, w.s, "id of the new result")) != 0 || (id && (rc = check_local_id_free(d, id, w.s, 0)) != 0))
        return rc;
    size_t pos = document_place(d, s, CONGDOAN_ITEM_RESULT, d->result_count);
    congdoan_result *x;
    if ((rc = new_result(corpus, id, txt, w.s, &x)) != 0)
        return rc;
    if (grow_items(corpus, s) != 0 ||
        congdoan__grow(&corpus->arena, (void **)&d->results, d->result_count, &d->result_cap, sizeof *d->results) != 0)
        return nomem(w.s);
    x->document = d;
    x->section = s;
    append_item(s, CONGDOAN_ITEM_RESULT, x);
    insert_at((void **)d->results, &d->result_count, pos, x);
    if (out)
        *out = x;
    return 0;
}

CONGDOAN_API int congdoan_report_add_result(congdoan_corpus *corpus, const congdoan_report *report, const char *id,
                                            const char *txt, const congdoan_result **out)
{
    if (out)
        *out = NULL;
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg("text"); /* the header's name */
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    new_part(&w, "result");
    if ((rc = check_id(id, 0, w.s, "id of the new result")) != 0)
        return rc;
    for (size_t i = 0; id && i < r->result_count; i++)
        if (r->results[i]->id && strcmp(r->results[i]->id, id) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by a result of the report", w.s, id);
    congdoan_result *x;
    if ((rc = new_result(corpus, id, txt, w.s, &x)) != 0)
        return rc;
    if (congdoan__grow(&corpus->arena, (void **)&r->results, r->result_count, &r->result_cap, sizeof *r->results) != 0)
        return nomem(w.s);
    x->report = r;
    r->results[r->result_count++] = x;
    if (out)
        *out = x;
    return 0;
}

/* The number `which` of a result: its value and whether it is there. */
static int result_number(congdoan_result *x, congdoan_result_number which, double **v, int **has)
{
    switch (which) {
    case CONGDOAN_RESULT_VALUE: *v = &x->value, *has = &x->has_value; return 0;
    case CONGDOAN_RESULT_OF: *v = &x->of, *has = &x->has_of; return 0;
    case CONGDOAN_RESULT_SHARE: *v = &x->share, *has = &x->has_share; return 0;
    case CONGDOAN_RESULT_STATED_RATE: *v = &x->stated_rate, *has = &x->has_stated_rate; return 0;
    case CONGDOAN_RESULT_OVER_TARGET: *v = &x->over_target, *has = &x->has_over_target; return 0;
    case CONGDOAN_RESULT_SCORE_MAX: *v = &x->score_max, *has = &x->has_score_max; return 0;
    default: return -1;
    }
}

static int change_number(congdoan_corpus *corpus, const congdoan_result *result, congdoan_result_number which,
                         int present, double value)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    congdoan_result changed = *result;
    double *v;
    int *has;
    if (result_number(&changed, which, &v, &has) != 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a number of a result; expected CONGDOAN_RESULT_VALUE (1) "
                               "to CONGDOAN_RESULT_SCORE_MAX (6)", w.s, (int)which);
    *v = 0;
    if (present && (rc = check_number(value, v, w.s, "number")) != 0)
        return rc;
    if (present && which != CONGDOAN_RESULT_VALUE && *v < 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %g is negative; expected 0 or more", w.s, *v);
    *has = present;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

CONGDOAN_API int congdoan_result_set_number(congdoan_corpus *corpus, const congdoan_result *result,
                                            congdoan_result_number which, double value)
{
    return change_number(corpus, result, which, 1, value);
}

CONGDOAN_API int congdoan_result_clear_number(congdoan_corpus *corpus, const congdoan_result *result,
                                              congdoan_result_number which)
{
    return change_number(corpus, result, which, 0, 0);
}

/* A string field of a result (text, or an identifier when `is_id`); NULL clears unless required. */
static int result_string(congdoan_corpus *corpus, const congdoan_result *result, size_t field, const char *value,
                         int is_id, int required, unsigned flags, const char *attr)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    const char **f = (const char **)(void *)((char *)result + field);
    return is_id ? set_id(corpus, f, value, required, w.s, attr) : set_string(corpus, f, value, required, flags, w.s, attr);
}

CONGDOAN_API int congdoan_result_set_text(congdoan_corpus *corpus, const congdoan_result *result, const char *txt)
{
    return result_string(corpus, result, offsetof(congdoan_result, text), txt, 0, 1, T_TRIM, "words");
}
CONGDOAN_API int congdoan_result_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                                     const char *noun)
{
    return result_string(corpus, result, offsetof(congdoan_result, unit_of_measure), noun, 0, 0, 0, "unit of measure");
}
CONGDOAN_API int congdoan_result_set_period_text(congdoan_corpus *corpus, const congdoan_result *result,
                                                 const char *txt)
{
    return result_string(corpus, result, offsetof(congdoan_result, period_text), txt, 0, 0, 0, "period as printed");
}
CONGDOAN_API int congdoan_result_set_subject(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *subject)
{
    return result_string(corpus, result, offsetof(congdoan_result, subject), subject, 0, 0, 0, "subject");
}
CONGDOAN_API int congdoan_result_set_unit_id(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *unit_id)
{
    return result_string(corpus, result, offsetof(congdoan_result, unit_id), unit_id, 1, 0, 0, "unit id");
}

CONGDOAN_API int congdoan_result_set_part_of_id(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *result_id)
{
    if (result && result_id && result->id && strcmp(result->id, result_id) == 0) {
        who w;
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be a part of itself", who_result(&w, result));
    }
    return result_string(corpus, result, offsetof(congdoan_result, part_of_id), result_id, 1, 0, 0,
                         "id of the result it is a part of");
}

CONGDOAN_API int congdoan_result_set_period(congdoan_corpus *corpus, const congdoan_result *result, const char *period)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if (period && (rc = check_span(period, w.s)) != 0)
        return rc;
    const char *copy;
    if (keep_id(corpus, period, &copy))
        return nomem(w.s);
    ((congdoan_result *)result)->period = copy;
    return 0;
}

CONGDOAN_API int congdoan_result_set_currency(congdoan_corpus *corpus, const congdoan_result *result,
                                              const char *currency)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = check_currency(currency, w.s)) != 0)
        return rc;
    congdoan_result changed = *result;
    changed.currency = currency; /* for the rules only: the copy is kept below */
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_result(&changed, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    return set_id(corpus, &((congdoan_result *)result)->currency, currency, 0, w.s, "currency");
}

CONGDOAN_API int congdoan_result_set_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                             congdoan_measure measure)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = check_named_enum(&congdoan__result_measures, measure, w.s, "measure of a result")) != 0)
        return rc;
    congdoan_result changed = *result;
    changed.measure = measure;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

static int result_comparator(congdoan_corpus *corpus, const congdoan_result *result, congdoan_comparator c, int excess)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((rc = check_named_enum(&congdoan__result_comparators, c, w.s, "comparator of a stated figure")) != 0)
        return rc;
    congdoan_result changed = *result;
    if (excess)
        changed.over_target_comparator = c;
    else
        changed.comparator = c;
    return apply_result((congdoan_result *)result, &changed, w.s);
}

CONGDOAN_API int congdoan_result_set_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                congdoan_comparator comparator)
{
    return result_comparator(corpus, result, comparator, 0);
}

CONGDOAN_API int congdoan_result_set_over_target_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                            congdoan_comparator comparator)
{
    return result_comparator(corpus, result, comparator, 1);
}

static int result_flag(congdoan_corpus *corpus, const congdoan_result *result, int value, int cumulative)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    if (value != 0 && value != 1)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not 1 or 0", who_result(&w, result), value);
    int *f = cumulative ? &((congdoan_result *)result)->cumulative : &((congdoan_result *)result)->estimate;
    *f = value ? 1 : 0; /* 1 true; 0 not said (the file then says nothing) */
    return 0;
}

CONGDOAN_API int congdoan_result_set_estimate(congdoan_corpus *corpus, const congdoan_result *result, int estimate)
{
    return result_flag(corpus, result, estimate, 0);
}

CONGDOAN_API int congdoan_result_set_cumulative(congdoan_corpus *corpus, const congdoan_result *result, int cumulative)
{
    return result_flag(corpus, result, cumulative, 1);
}

CONGDOAN_API int congdoan_result_set_indicator(congdoan_corpus *corpus, const congdoan_result *result,
                                               const char *document_id, const char *indicator_id)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    who w;
    who_result(&w, result);
    if ((document_id == NULL) != (indicator_id == NULL))
        return congdoan__error(CONGDOAN_EINVAL, "%s: the indicator it answers needs both its document id and its id",
                               w.s);
    if ((rc = check_id(document_id, 0, w.s, "document id of the indicator")) != 0 ||
        (rc = check_id(indicator_id, 0, w.s, "indicator id")) != 0)
        return rc;
    const char *dc, *ic;
    if (keep_id(corpus, document_id, &dc) || keep_id(corpus, indicator_id, &ic))
        return nomem(w.s);
    congdoan_result *x = (congdoan_result *)result;
    x->indicator_document_id = dc;
    x->indicator_id = ic;
    return 0;
}

CONGDOAN_API int congdoan_result_add_population(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *txt, const char *of, const char *measure,
                                                congdoan_comparator comparator, double value)
{
    int rc = OWN_RESULT(corpus, result);
    if (rc)
        return rc;
    if (!txt)
        return congdoan__invalid_arg("text"); /* the header's name */
    congdoan_result *x = (congdoan_result *)result;
    who w;
    who_result(&w, x);
    return add_population(corpus, &x->populations, &x->population_count, &x->population_cap, txt, of, measure,
                          comparator, value, new_part(&w, "population"));
}

CONGDOAN_API int congdoan_result_remove_population(congdoan_corpus *corpus, const congdoan_result *result, size_t i)
{
    int rc = OWN_RESULT(corpus, result);
    who w;
    congdoan_result *x = (congdoan_result *)result;
    return rc ? rc : remove_population(x->populations, &x->population_count, i, who_result(&w, x));
}

CONGDOAN_API int congdoan_result_set_source(congdoan_corpus *corpus, const congdoan_result *result, const char *file,
                                            int line, int column, const char *words)
{
    int rc = OWN_RESULT(corpus, result);
    who w;
    return rc ? rc
              : set_provenance(corpus, &((congdoan_result *)result)->source, file, line, column, words,
                               who_result(&w, result));
}

/* ---- 1.2: reports -------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_report_add_empty_value(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *indicator_id)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    const congdoan_indicator *x;
    if ((rc = check_value_args(corpus, r, indicator_id, CONGDOAN_COVERAGE_SELF, w.s, &x)) != 0)
        return rc;
    int fresh;
    const char *id_copy = NULL;
    uint32_t index = 0;
    congdoan__value *e = value_entry(corpus, r, x, indicator_id, CONGDOAN_COVERAGE_SELF, &fresh, &id_copy, &index);
    if (!e)
        return nomem(w.s);
    if (!fresh)
        return 0; /* an entry is there already, filled or not */
    memset(e, 0, sizeof *e);
    commit_value(r, e, fresh, index, CONGDOAN_COVERAGE_SELF);
    return 0;
}

CONGDOAN_API int congdoan_report_set_unit_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                      const char *task_id, const char *unit_id,
                                                      congdoan_task_status status, int completed_ymd,
                                                      const char *note)
{
    int rc = OWN_REPORT(corpus, report);
    if (rc)
        return rc;
    congdoan_report *r = (congdoan_report *)report;
    who w;
    who_report(&w, r);
    if ((rc = check_id(task_id, 1, w.s, "task id")) != 0 || (rc = check_id(unit_id, 0, w.s, "unit id")) != 0 ||
        (rc = check_date(completed_ymd, w.s, "completion date")) != 0)
        return rc;
    CHECK_ENUM(status, congdoan__task_statuses, 0, w.s, "task status");
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_task_status(status, completed_ymd, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    const congdoan_document *d = congdoan__document_lookup(corpus, r->document_id);
    const congdoan_task *task = d ? congdoan_document_task_by_id(d, task_id) : NULL;
    if (d && !task)
        return congdoan__error(CONGDOAN_ENOTFOUND, "%s: document '%s' has no task '%s'", w.s, safe(d->id), task_id);
    text tn;
    if ((rc = check_text(corpus, &tn, note, T_TRIM | T_BLANK_IS_NONE, w.s, "note of the task status")) != 0)
        return rc;
    congdoan__task_status *e = NULL;
    for (size_t i = 0; !e && i < r->status_count; i++) {
        const congdoan__task_status *s = &r->statuses[i];
        if (s->task_id && strcmp(s->task_id, task_id) == 0 &&
            ((!s->unit_id && !unit_id) || (s->unit_id && unit_id && strcmp(s->unit_id, unit_id) == 0)))
            e = &r->statuses[i];
    }
    const char *ncopy, *ucopy = NULL, *idcopy = task ? task->id : NULL;
    int bad = keep_text(corpus, &tn, &ncopy) || (!e && keep_id(corpus, unit_id, &ucopy)) ||
              (!e && !task && keep_id(corpus, task_id, &idcopy)) ||
              (!e && congdoan__grow(&corpus->arena, (void **)&r->statuses, r->status_count, &r->status_cap,
                                    sizeof *r->statuses) != 0);
    text_free(&tn);
    if (bad)
        return nomem(w.s);
    if (!e) {
        e = &r->statuses[r->status_count++];
        memset(e, 0, sizeof *e);
        e->task_id = idcopy;
        e->unit_id = ucopy;
    }
    e->status = status;
    e->completed = completed_ymd;
    e->note = ncopy;
    return 0;
}
