/*
 * Who must report what on a document (its <reporting>): the one rule that completeness, the
 * breakdown of progress by child, new-report and the program share.
 *
 *  - When the document names reporters, each named unit reports, and only the indicators its
 *    `indicators` list gives (no list: every indicator), at the `coverage` it gives. A reporter
 *    that is a department or body ("báo cáo … (qua Văn phòng)", the office that sends the
 *    report) stands for its organisation; a group stands for each of its member organisations.
 *  - When it names none, every organisation directly under the issuer reports every indicator
 *    (the issuer's organisation, when the issuer is a department or body).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"

#include <stdint.h>
#include <string.h>

const congdoan_unit *congdoan__reporting_org(const congdoan_unit *u)
{
    if (u && (u->kind == CONGDOAN_UNIT_DEPARTMENT || u->kind == CONGDOAN_UNIT_BODY))
        return u->owner;
    return u && u->kind == CONGDOAN_UNIT_ORGANISATION ? u : NULL;
}

/* Does the reporter entry stand for the organisation u: it names u, a department or body of
 * u, or a group with u (or a department of u) among its members. */
static int names(const congdoan_corpus *c, const congdoan__reporter *rp, const congdoan_unit *u)
{
    const congdoan_unit *named = congdoan__unit_lookup(c, rp->unit_id);
    if (!named)
        return 0;
    if (named->kind != CONGDOAN_UNIT_GROUP)
        return congdoan__reporting_org(named) == u;
    const congdoan__unit_aside *group = congdoan__unit_more(named);
    for (size_t k = 0; k < group->group_member_count; k++)
        if (congdoan__reporting_org(congdoan__unit_lookup(c, group->group_members[k])) == u)
            return 1;
    return 0;
}

static int lists(const congdoan__reporter *rp, const congdoan_indicator *x)
{
    if (!x || !rp->indicator_count)
        return 1;
    for (size_t k = 0; k < rp->indicator_count; k++)
        if (x->id && strcmp(rp->indicators[k], x->id) == 0)
            return 1;
    return 0;
}

int congdoan__expects(const congdoan_document *d, const congdoan_unit *u, const congdoan_indicator *x, int *coverage)
{
    if (coverage)
        *coverage = 0;
    if (!u || u->kind != CONGDOAN_UNIT_ORGANISATION)
        return 0;
    if (!d->reporter_count) {
        const congdoan_unit *issuer = congdoan__reporting_org(congdoan__unit_lookup(d->corpus, d->issuer_id));
        return issuer && u->parent == issuer;
    }
    for (size_t i = 0; i < d->reporter_count; i++) {
        const congdoan__reporter *rp = &d->reporters[i];
        if (lists(rp, x) && names(d->corpus, rp, u)) {
            if (coverage)
                *coverage = rp->coverage;
            return 1;
        }
    }
    return 0;
}

size_t congdoan__indicator_position(const congdoan_document *d, const char *id)
{
    size_t n = d->indicator_count, i = 0;
    while (i < n && d->indicators[i]->id != id) /* the loader interns ids: most often the same */
        i++;
    for (size_t j = 0; i == n && j < n; j++)
        if (d->indicators[j]->id && strcmp(d->indicators[j]->id, id) == 0)
            i = j;
    return i;
}

/* u into the list (once: `seen` maps its id to 1 + its place) and what `rp` asks of it into its
 * marks; rp NULL: every indicator. 0 or CONGDOAN_ENOMEM. */
static int expect(const congdoan_document *d, congdoan__expected_set *out, congdoan__map *seen, const congdoan_unit *u,
                  const congdoan__reporter *rp)
{
    if (!u)
        return 0;
    size_t n = d->indicator_count, k = (size_t)(uintptr_t)congdoan__map_get(seen, u->id, strlen(u->id));
    if (!k) {
        if (congdoan__vec_push(&out->units, (void *)u) != 0)
            return CONGDOAN_ENOMEM;
        k = out->units.count;
        congdoan__map_put(seen, u->id, (void *)(uintptr_t)k);
        if (k > out->cap) {
            size_t cap = out->cap ? 2 * out->cap : 8;
            unsigned char *m = congdoan__realloc(out->marks, cap * (n ? n : 1));
            if (!m)
                return CONGDOAN_ENOMEM;
            memset(m + out->cap * n, 0, (cap - out->cap) * n);
            out->marks = m, out->cap = cap;
        }
    }
    unsigned char *m = out->marks + (k - 1) * n, mark = (unsigned char)(1 + (rp ? rp->coverage : 0));
    if (!rp || !rp->indicator_count) {
        for (size_t i = 0; i < n; i++)
            if (!m[i])
                m[i] = mark;
        return 0;
    }
    for (size_t j = 0; j < rp->indicator_count; j++) {
        size_t i = congdoan__indicator_position(d, rp->indicators[j]);
        if (i < n && !m[i])
            m[i] = mark;
    }
    return 0;
}

int congdoan__expected_find(const congdoan_document *d, congdoan__expected_set *out)
{
    const congdoan_corpus *c = d->corpus;
    if (!d->reporter_count) {
        /* every unit directly under the issuer, every indicator: each child is met once (a unit
         * has one parent), so without the look-ups that keep a unit named twice once */
        const congdoan_unit *issuer = congdoan__reporting_org(congdoan__unit_lookup(c, d->issuer_id));
        size_t count = issuer ? issuer->child_count : 0, n = d->indicator_count;
        if (!count)
            return 0;
        out->marks = congdoan__malloc(count * (n ? n : 1));
        if (!out->marks || congdoan__vec_reserve(&out->units, count) != 0)
            return CONGDOAN_ENOMEM;
        memset(out->marks, 1, count * n); /* 1 + no coverage said */
        out->cap = count;
        for (size_t i = 0; i < count; i++)
            out->units.items[out->units.count++] = (void *)issuer->children[i];
        return 0;
    }
    congdoan__map seen;
    congdoan__map_init(&seen, NULL);
    /* room for every unit the reporters could name, so that the table never grows */
    size_t most = 0;
    for (size_t i = 0; i < d->reporter_count; i++) {
        const congdoan_unit *named = congdoan__unit_lookup(c, d->reporters[i].unit_id);
        most += named && named->kind == CONGDOAN_UNIT_GROUP ? congdoan__unit_more(named)->group_member_count : 1;
    }
    if (congdoan__map_reserve(&seen, most) != 0)
        return CONGDOAN_ENOMEM;
    int rc = 0;
    for (size_t i = 0; i < d->reporter_count && rc == 0; i++) {
        const congdoan__reporter *rp = &d->reporters[i];
        const congdoan_unit *named = congdoan__unit_lookup(c, rp->unit_id);
        const congdoan__unit_aside *group = named ? congdoan__unit_more(named) : NULL;
        if (named && named->kind == CONGDOAN_UNIT_GROUP)
            for (size_t k = 0; k < group->group_member_count && rc == 0; k++)
                rc = expect(d, out, &seen, congdoan__reporting_org(congdoan__unit_lookup(c, group->group_members[k])), rp);
        else
            rc = expect(d, out, &seen, congdoan__reporting_org(named), rp);
    }
    congdoan__map_release(&seen);
    return rc;
}

void congdoan__expected_release(congdoan__expected_set *set)
{
    congdoan__vec_release(&set->units);
    congdoan__dealloc(set->marks);
    memset(set, 0, sizeof *set);
}

CONGDOAN_API int congdoan_document_expects(const congdoan_document *doc, const congdoan_unit *unit,
                                           const congdoan_indicator *ind)
{
    CONGDOAN__NOT_NULL(doc, "doc", 0);
    CONGDOAN__NOT_NULL(unit, "unit", 0);
    if (unit->corpus != doc->corpus || (ind && ind->document != doc))
        return 0;
    return congdoan__expects(doc, congdoan__reporting_org(unit), ind, NULL);
}
