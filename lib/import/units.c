/*
 * The units a text names, matched against the units loaded with it: the issuer and issuing
 * body, the leads and coordinators of tasks, the recipients.
 *
 * Names are looked up with the library's look-ups (congdoan/lookup.h: folded, abbreviations
 * read as words), so "Ban Đối ngoại" in the text meets a department named "Ban Đối ngoại",
 * and "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" the unit "Tổng Liên đoàn Lao động Việt Nam". A
 * department or leading body is also known by its name followed by its organisation's ("Ban
 * Đối ngoại Tổng Liên đoàn"), and by its name alone inside the documents of its organisation;
 * a name that ends with "tỉnh" or "huyện" ("LĐLĐ tỉnh") is read with the place of the document.
 * A name that matches no unit, or several, is kept by name and reported, never guessed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <string.h>

typedef struct index {
    const congdoan_corpus *units;
    const congdoan_unit *issuer;
    size_t unmatched;
} index_t;

/* Whether u is the issuer or one of its departments and bodies. */
static int own(const index_t *ix, const congdoan_unit *u)
{
    if (!ix->issuer || !u)
        return 0;
    if (u == ix->issuer)
        return 1;
    const char *parent = congdoan_unit_parent_id(u);
    return congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION && parent &&
           strcmp(parent, congdoan_unit_id(ix->issuer)) == 0;
}

/* The library's look-up (congdoan/lookup.h) of `query`, taking only what names a unit fully:
 * its id, or all the words of its name (never part of them: "Ban Thường vụ" of another body
 * must not become the one loaded). Several matches are narrowed to the issuer's own.
 * 1 with *out, 0 for none, 2 for several; a negative status for ENOMEM. */
static int lookup(const index_t *ix, const char *query, const congdoan_unit **out)
{
    *out = NULL;
    congdoan_matches *c = NULL;
    const congdoan_unit *u = NULL;
    int saved = congdoan_error_last_code();
    int rc = congdoan_corpus_lookup_unit(ix->units, query, &u, &c);
    if (rc == CONGDOAN_ENOMEM || rc == CONGDOAN_EINVAL) {
        congdoan_matches_free(c);
        return rc == CONGDOAN_ENOMEM ? rc : 0;
    }
    int result = 0;
    size_t n = congdoan_matches_count(c);
    if (rc == 0 && n >= 1 && congdoan_matches_kind(c, 0) <= CONGDOAN_MATCH_NAME) {
        *out = u;
        result = 1;
    } else if (congdoan_matches_ambiguous(c)) {
        const congdoan_unit *pick = NULL;
        size_t picks = 0;
        for (size_t i = 0; i < n; i++) {
            const congdoan_unit *cand = congdoan_matches_unit(c, i);
            if (congdoan_matches_kind(c, i) <= CONGDOAN_MATCH_NAME && own(ix, cand)) {
                pick = cand;
                picks++;
            }
        }
        if (picks == 1) {
            *out = pick;
            result = 1;
        } else {
            result = congdoan_matches_kind(c, 0) <= CONGDOAN_MATCH_NAME ? 2 : 0;
        }
    }
    congdoan_matches_free(c);
    if (!saved)
        congdoan_error_clear(); /* a name that matches nothing is no failure of the import */
    return result;
}

static int lookup_joined(const index_t *ix, const char *a, const char *b, const congdoan_unit **out)
{
    size_t na = strlen(a), nb = strlen(b);
    char *t = congdoan__malloc(na + nb + 2);
    if (!t)
        return CONGDOAN_ENOMEM;
    memcpy(t, a, na);
    t[na] = ' ';
    memcpy(t + na + 1, b, nb + 1);
    int rc = lookup(ix, t, out);
    congdoan__dealloc(t);
    return rc;
}

static int ends_with_word(const char *s, const char *word)
{
    size_t n = strlen(s), w = strlen(word);
    return n > w && s[n - w - 1] == ' ' && strcmp(s + n - w, word) == 0;
}

/* Match a name: as written; then, for a department or body, followed by the issuer's name
 * ("Ban Đối ngoại" in a document of the Tổng Liên đoàn); then, for "LĐLĐ tỉnh", with the
 * document's place. */
static int resolve(congdoan__ctx *x, const index_t *ix, const char *name, const congdoan_unit **out)
{
    *out = NULL;
    if (!name || !ix->units || !congdoan_corpus_unit_count(ix->units))
        return 0;
    int rc = lookup(ix, name, out);
    if (rc == 0 && ix->issuer) {
        rc = lookup_joined(ix, name, congdoan_unit_name(ix->issuer), out);
        if (rc == 0 && congdoan_unit_short_name(ix->issuer))
            rc = lookup_joined(ix, name, congdoan_unit_short_name(ix->issuer), out);
    }
    const char *place = x->f->place;
    if (rc == 0 && place &&
        (ends_with_word(name, "tỉnh") || ends_with_word(name, "huyện") || ends_with_word(name, "thành phố") ||
         ends_with_word(name, "TỈNH") || ends_with_word(name, "HUYỆN")))
        rc = lookup_joined(ix, name, place, out);
    return rc;
}

static int party(congdoan__ctx *x, index_t *ix, congdoan__found_party *p, const char *role)
{
    if (!p->text || p->unit_id)
        return 0;
    const congdoan_unit *u = NULL;
    int rc = resolve(x, ix, p->text, &u);
    if (rc < 0)
        return rc;
    if (rc == 1) {
        p->unit_id = congdoan_unit_id(u);
        return 0;
    }
    /* a class ("các ban, đơn vị liên quan") is kept by name and needs no word */
    size_t n = strlen(p->text);
    if (!congdoan_corpus_unit_count(ix->units)) {
        ix->unmatched++; /* said once, by congdoan__resolve_units */
        return 0;
    }
    if (congdoan__starts(p->text, n, "các ") || congdoan__starts(p->text, n, "Các ") ||
        congdoan__starts(p->text, n, "những ") || !(p->text[0] & 0x80 || (p->text[0] >= 'A' && p->text[0] <= 'Z')))
        return 0;
    ix->unmatched++;
    return congdoan__x_issue(x, rc == 2 ? "import-unit-ambiguous" : "import-unit-unmatched", p->where,
                             rc == 2 ? "%s '%s' names several loaded units; kept by name"
                                     : "%s '%s' matches no loaded unit; kept by name",
                             role, p->text);
}

int congdoan__resolve_units(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    index_t ix = {x->units, NULL, 0};
    int rc = 0;
    const congdoan_unit *u = NULL;
    if (!rc && f->issuer_text && (rc = resolve(x, &ix, f->issuer_text, &u)) == 1) {
        ix.issuer = u;
        f->issuer_id = congdoan_unit_id(u);
        rc = 0;
    }
    if (rc == 0 && f->issuer_text && !ix.issuer && ix.units && congdoan_corpus_unit_count(ix.units))
        rc = congdoan__x_issue(x, "import-unit-unmatched", f->issuer_where,
                               "the issuer '%s' matches no loaded unit; kept by name", f->issuer_text);
    else if (rc == 2)
        rc = congdoan__x_issue(x, "import-unit-ambiguous", f->issuer_where,
                               "the issuer '%s' names several loaded units; kept by name", f->issuer_text);
    else if (rc == 0 && f->issuer_text && !ix.issuer)
        ix.unmatched++;
    if (rc > 0)
        rc = 0;
    if (!rc && ix.issuer && f->body_text && (rc = resolve(x, &ix, f->body_text, &u)) == 1) {
        f->body_id = congdoan_unit_id(u);
        rc = 0;
    }
    if (rc > 0)
        rc = 0;
    for (size_t i = 0; i < f->task_count && rc >= 0; i++) {
        congdoan__found_task *t = &f->tasks[i];
        if (t->lead_how == CONGDOAN__LEAD_ISSUER) {
            t->lead.unit_id = f->issuer_id;
        } else {
            rc = party(x, &ix, &t->lead, "the lead");
        }
        for (size_t c = 0; c < t->coordinator_count && rc >= 0; c++)
            rc = party(x, &ix, &t->coordinators[c], "the coordinator");
    }
    for (size_t i = 0; i < f->recipient_count && rc >= 0; i++) {
        const congdoan_unit *r = NULL;
        rc = resolve(x, &ix, f->recipients[i].text, &r);
        if (rc == 1)
            f->recipients[i].unit_id = congdoan_unit_id(r);
        if (rc > 0)
            rc = 0;
    }
    if (rc >= 0 && ix.unmatched && !(ix.units && congdoan_corpus_unit_count(ix.units)))
        rc = congdoan__x_issue(x, "import-unit-unmatched", f->issuer_where,
                               "no units are loaded: %zu name%s of units (issuer, leads, coordinators) kept as "
                               "written; load the units first to have them matched",
                               ix.unmatched, ix.unmatched == 1 ? "" : "s");
    return rc < 0 ? rc : 0;
}
