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

/* A class of units rather than one ("các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương …",
 * "Các công đoàn cơ sở"): its level (the first place level the words name; a sectoral or
 * corporation union "Trung ương" or "trực thuộc Tổng Liên đoàn" is provincial) and the kinds of
 * organisation it is made of, in p->class_level and p->class_kinds. Words that name one unit
 * ("Liên đoàn Lao động tỉnh Bình Dương") are not a class: a class opens with "các" or names
 * several kinds. */
static int unit_class(congdoan__ctx *x, congdoan__found_party *p)
{
    const char *s = p->text;
    size_t n = strlen(s), a, b;
    int kinds = 0, mentions = 0, central = 0;
    for (size_t pos = 0; pos < n;) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_UNIT_CLASS, s, n, pos, 0);
        if (rc < 0)
            return rc;
        if (!rc)
            break;
        static const struct {
            const char *group;
            congdoan_org_kind kind;
        } groups[] = {{"fed", CONGDOAN_ORG_KIND_FEDERATION}, {"sect", CONGDOAN_ORG_KIND_SECTORAL},
                      {"corp", CONGDOAN_ORG_KIND_CORPORATION}, {"civil", CONGDOAN_ORG_KIND_CIVIL_SERVANTS},
                      {"zone", CONGDOAN_ORG_KIND_INDUSTRIAL_ZONE}};
        for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
            if (congdoan__match_group(x->m, groups[g].group, &a, &b)) {
                kinds |= 1 << groups[g].kind;
                mentions++;
            }
        central |= congdoan__match_group(x->m, "central", &a, &b);
        pos = congdoan__match_end(x->m) > pos ? congdoan__match_end(x->m) : pos + 1;
    }
    int plural = congdoan__starts(s, n, "các ") || congdoan__starts(s, n, "Các ") || strstr(s, " các ") != NULL;
    if (!plural && mentions < 2)
        return 0;
    congdoan_level level = CONGDOAN_LEVEL_UNKNOWN;
    int rc = congdoan__match(x->m, CONGDOAN__RULE_SCOPE_LEVEL, s, n, 0, 0);
    if (rc < 0)
        return rc;
    if (rc && congdoan__match_group(x->m, "prov", &a, &b))
        level = CONGDOAN_LEVEL_PROVINCIAL;
    else if (rc && congdoan__match_group(x->m, "upper", &a, &b))
        level = CONGDOAN_LEVEL_UPPER_GRASSROOTS;
    else if (rc && congdoan__match_group(x->m, "grass", &a, &b))
        level = CONGDOAN_LEVEL_GRASSROOTS;
    else if (central && kinds)
        level = CONGDOAN_LEVEL_PROVINCIAL;
    if (level == CONGDOAN_LEVEL_UNKNOWN)
        return 0; /* kinds without a level: every unit of them would be too much to say */
    p->class_level = level;
    p->class_kinds = level == CONGDOAN_LEVEL_GRASSROOTS ? 0 : kinds;
    return 0;
}

static int party(congdoan__ctx *x, index_t *ix, congdoan__found_party *p, int lead)
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
    int crc = unit_class(x, p);
    if (crc < 0)
        return crc;
    if (p->class_level)
        return 0; /* a class of units: no one unit to match */
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
    /* each message whole, so that it is translated whole */
    if (rc == 2 && lead)
        return congdoan__x_issue(x, "import-unit-ambiguous", p->where,
                                 "the lead '%s' names several loaded units; kept by name", p->text);
    if (rc == 2)
        return congdoan__x_issue(x, "import-unit-ambiguous", p->where,
                                 "the coordinator '%s' names several loaded units; kept by name", p->text);
    if (lead)
        return congdoan__x_issue(x, "import-unit-unmatched", p->where,
                                 "the lead '%s' matches no loaded unit; kept by name", p->text);
    return congdoan__x_issue(x, "import-unit-unmatched", p->where,
                             "the coordinator '%s' matches no loaded unit; kept by name", p->text);
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
            rc = party(x, &ix, &t->lead, 1);
        }
        for (size_t c = 0; c < t->coordinator_count && rc >= 0; c++)
            rc = party(x, &ix, &t->coordinators[c], 0);
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
