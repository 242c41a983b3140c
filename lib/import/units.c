/*
 * The units a text names, matched against the units loaded with it: the issuer and issuing
 * body, the leads and coordinators of tasks, the recipients.
 *
 * Names are compared by their folded keys (congdoan__text_fold: case, diacritics, đ as d,
 * spacing), so "Ban Đối ngoại" in the text meets a department named "Ban Đối ngoại", and
 * "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" the unit "Tổng Liên đoàn Lao động Việt Nam". A department
 * or leading body is also known by its name followed by its organisation's ("Ban Đối ngoại
 * Tổng Liên đoàn"), and by its name alone inside the documents of its organisation; a name
 * that ends with "tỉnh" or "huyện" ("LĐLĐ tỉnh") is read with the place of the document.
 * A name that matches no unit, or several, is kept by name and reported, never guessed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <string.h>

typedef struct key {
    const congdoan_unit *unit;
    const congdoan_unit *owner; /* departments and bodies: their organisation */
    char *names[4];             /* folded: name, short name, name + owner's name, name + owner's short name */
} key;

typedef struct index {
    key *keys;
    size_t count;
    const congdoan_unit *issuer;
    size_t unmatched;
} index_t;

static char *fold(const char *s, size_t n)
{
    char *out = NULL;
    if (!s || congdoan__text_fold(s, n, &out, NULL))
        return NULL;
    return out;
}

static char *fold_join(const char *a, const char *b)
{
    if (!a || !b)
        return NULL;
    size_t na = strlen(a), nb = strlen(b);
    char *t = congdoan__malloc(na + nb + 2);
    if (!t)
        return NULL;
    memcpy(t, a, na);
    t[na] = ' ';
    memcpy(t + na + 1, b, nb + 1);
    char *r = fold(t, na + nb + 1);
    congdoan__dealloc(t);
    return r;
}

static void index_release(index_t *ix)
{
    for (size_t i = 0; i < ix->count; i++)
        for (int k = 0; k < 4; k++)
            congdoan__dealloc(ix->keys[i].names[k]);
    congdoan__dealloc(ix->keys);
}

static int index_build(const congdoan_corpus *units, index_t *ix)
{
    memset(ix, 0, sizeof *ix);
    size_t n = congdoan_corpus_unit_count(units);
    if (!n)
        return 0;
    ix->keys = congdoan__calloc(n, sizeof *ix->keys);
    if (!ix->keys)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        key *k = &ix->keys[ix->count++];
        k->unit = congdoan_corpus_unit(units, i);
        const char *name = congdoan_unit_name(k->unit), *short_name = congdoan_unit_short_name(k->unit);
        if (congdoan_unit_get_kind(k->unit) != CONGDOAN_UNIT_ORGANISATION)
            k->owner = congdoan_corpus_unit_by_id(units, congdoan_unit_parent_id(k->unit));
        k->names[0] = name ? fold(name, strlen(name)) : NULL;
        k->names[1] = short_name ? fold(short_name, strlen(short_name)) : NULL;
        if (k->owner) {
            k->names[2] = fold_join(name, congdoan_unit_name(k->owner));
            k->names[3] = fold_join(name, congdoan_unit_short_name(k->owner));
        }
        if ((name && !k->names[0]) || (short_name && !k->names[1]))
            return CONGDOAN_ENOMEM;
    }
    return 0;
}

/* The one unit whose names fold to `folded`: 1 with *out, 0 for none, 2 for several. A unit
 * of the issuer's (itself, its departments and bodies) wins over the others. */
static int find(const index_t *ix, const char *folded, int own_only, const congdoan_unit **out)
{
    const congdoan_unit *found = NULL, *own = NULL;
    size_t hits = 0, own_hits = 0;
    for (size_t i = 0; i < ix->count; i++) {
        const key *k = &ix->keys[i];
        int hit = 0;
        for (int n = own_only ? 0 : 0; n < (own_only ? 2 : 4) && !hit; n++)
            hit = k->names[n] && strcmp(k->names[n], folded) == 0;
        if (!hit)
            continue;
        int is_own = ix->issuer && (k->unit == ix->issuer || k->owner == ix->issuer);
        if (own_only && !is_own)
            continue;
        if (found != k->unit) {
            hits++;
            found = k->unit;
        }
        if (is_own && own != k->unit) {
            own_hits++;
            own = k->unit;
        }
    }
    if (own_hits == 1) {
        *out = own;
        return 1;
    }
    if (hits == 1) {
        *out = found;
        return 1;
    }
    *out = NULL;
    return hits ? 2 : 0;
}

/* Match a name: as written, then inside the issuer's own units, then with the document's
 * place. */
static int resolve(congdoan__ctx *x, const index_t *ix, const char *name, const congdoan_unit **out)
{
    *out = NULL;
    if (!name || !ix->count)
        return 0;
    char *folded = fold(name, strlen(name));
    if (!folded)
        return CONGDOAN_ENOMEM;
    int rc = find(ix, folded, 0, out);
    if (rc == 0 && ix->issuer)
        rc = find(ix, folded, 1, out);
    size_t n = strlen(folded);
    const char *place = x->f->place;
    if (rc == 0 && place &&
        ((n >= 4 && strcmp(folded + n - 4, "tinh") == 0) || (n >= 5 && strcmp(folded + n - 5, "huyen") == 0) ||
         (n >= 9 && strcmp(folded + n - 9, "thanh pho") == 0))) {
        char *with = fold_join(name, place);
        if (!with) {
            congdoan__dealloc(folded);
            return CONGDOAN_ENOMEM;
        }
        rc = find(ix, with, 0, out);
        congdoan__dealloc(with);
    }
    congdoan__dealloc(folded);
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
    if (!ix->count || congdoan__starts(p->text, n, "các ") || congdoan__starts(p->text, n, "Các ") ||
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
    index_t ix;
    int rc = x->units ? index_build(x->units, &ix) : (memset(&ix, 0, sizeof ix), 0);
    const congdoan_unit *u = NULL;
    if (!rc && f->issuer_text && (rc = resolve(x, &ix, f->issuer_text, &u)) == 1) {
        ix.issuer = u;
        f->issuer_id = congdoan_unit_id(u);
        rc = 0;
    }
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
    index_release(&ix);
    return rc < 0 ? rc : 0;
}
