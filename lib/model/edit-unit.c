/*
 * Editing: organisations, departments, bodies and groups (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stdio.h>
#include <string.h>

static int check_count(long v, const char *w, const char *attr)
{
    if (v >= -1)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %ld is not a number of %s: expected 0 or more, or -1 for unknown", w,
                           v, _(attr));
}


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
    int rc = congdoan__edit_check_id(parent_id, 0, w, N_("parent id"));
    if (rc)
        return rc;
    if ((rc = check_unit_rules(level, CONGDOAN_SECTOR_NONE, parent_id, w)) != 0)
        return rc;
    const congdoan_unit *p = congdoan__unit_lookup(c, parent_id);
    if (p && p->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(
            CONGDOAN_EINVAL, "%s: '%s' is a %s of '%s'; the parent of an organisation must be an organisation", w,
            parent_id, congdoan__edit_unit_word(p), p->owner ? congdoan__edit_safe(p->owner->id) : "?");
    if (strcmp(parent_id, unit_id) == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be its own parent", w);
    if (makes_cycle(c, parent_id, unit_id))
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: '%s' is under it in the hierarchy; making it the parent would make a cycle", w,
                               parent_id);
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

static int check_unit_id_free(const congdoan_corpus *c, const char *id, const char *w);

/* new_object's id_free for units and groups */
static int unit_id_free(const new_object *o, const char *w)
{
    return check_unit_id_free(o->corpus, o->id, w);
}

static int check_unit_id_free(const congdoan_corpus *c, const char *id, const char *w)
{
    const congdoan_unit *old = congdoan__unit_lookup(c, id);
    if (old)
        return old->owner ? congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by a %s of %s", w, id,
                                            congdoan__edit_unit_word(old), congdoan__edit_safe(old->owner->id))
                          : congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by a %s", w, id,
                                            congdoan__edit_unit_word(old));
    return 0;
}

/* Room for one more unit in the corpus's list and map. */
static int reserve_unit_slot(congdoan_corpus *c)
{
    if (congdoan__vec_reserve(&c->units, c->units.count + 1) != 0 ||
        congdoan__map_reserve(&c->unit_map, c->unit_map.count + 1) != 0 ||
        congdoan__briefs_reserve(c, c->units.count + 1) != 0)
        return -1;
    return 0;
}

static void add_unit_slot(congdoan_corpus *c, congdoan_unit *u)
{
    u->index = c->units.count;
    c->units.items[c->units.count++] = u;
    congdoan__map_put(&c->unit_map, u->id, u);
    congdoan__brief_refresh(c, u);
}

CONGDOAN_API int congdoan_corpus_add_unit(congdoan_corpus *corpus, const char *id, congdoan_level level,
                                          const char *name, const char *parent_id, const congdoan_unit **out)
{
    if (out)
        *out = NULL;
    const new_object o = {.kind = NEW_UNIT, .corpus = corpus, .id = id, .id_free = unit_id_free,
                          .enums = {{&congdoan__levels, (int)level, 1, N_("level")}},
                          .text = name, .text_attr = N_("name"), .text_expected = N_("the full name")};
    who w;
    text tname;
    int rc = congdoan__edit_check_new(&o, &w, &tname);
    if (rc)
        return rc;
    if ((rc = check_parent(corpus, w.s, id, level, parent_id)) != 0) {
        congdoan__edit_text_free(&tname);
        return rc;
    }

    /* Roots waiting for this id as their parent join the new unit: room for them first. */
    size_t waiting = 0;
    for (size_t i = 0; i < corpus->roots.count; i++) {
        const congdoan_unit *r = corpus->roots.items[i];
        waiting += r->parent_id && strcmp(r->parent_id, id) == 0;
    }
    congdoan_unit *u = congdoan__arena_alloc(&corpus->arena, sizeof *u);
    congdoan_unit **children = NULL;
    size_t children_cap = waiting < 4 ? 4 : waiting;
    if (!u || children_cap > UINT32_MAX /* (a 32-bit count) */ || congdoan__edit_keep_id(corpus, id, &u->id) ||
        congdoan__edit_keep_text(corpus, &tname, &u->name) ||
        congdoan__edit_keep_id(corpus, parent_id, &u->parent_id) || reserve_unit_slot(corpus) != 0 ||
        reserve_place(corpus, u, parent_id) != 0 ||
        (waiting && !(children = congdoan__arena_alloc(&corpus->arena, children_cap * sizeof *children)))) {
        congdoan__edit_text_free(&tname);
        return congdoan__edit_nomem(w.s);
    }
    congdoan__edit_text_free(&tname);

    u->corpus = corpus;
    u->kind = CONGDOAN_UNIT_ORGANISATION;
    u->level = level;
    u->members = u->workers = -1;
    if (waiting) {
        u->children = children;
        u->children_cap = (uint32_t)children_cap;
    }
    add_unit_slot(corpus, u);
    (void)congdoan__hierarchy_attach(corpus, u); /* room reserved: cannot fail */
    congdoan__reports_unit_added(corpus, u); /* reports that named it before it existed */
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
    congdoan__edit_who_unit(&wo, owner);
    if (owner->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s is not an organisation; only organisations have departments and bodies", wo.s);
    if ((rc = congdoan__edit_check_id(id, 1, wo.s, N_("id of the new department or body"))) != 0)
        return rc;
    who w;
    if (kind != CONGDOAN_UNIT_DEPARTMENT && kind != CONGDOAN_UNIT_BODY)
        return congdoan__error(
            CONGDOAN_EINVAL,
            "%s: kind %d of the new unit '%s' is not CONGDOAN_UNIT_DEPARTMENT (2) or CONGDOAN_UNIT_BODY (3)", wo.s,
            (int)kind, id);
    if (kind == CONGDOAN_UNIT_BODY)
        snprintf(w.s, sizeof w.s, _("body '%s' of %.*s"), id, CONGDOAN__SHOWN(wo.s, strlen(wo.s), 200), wo.s);
    else
        snprintf(w.s, sizeof w.s, _("department '%s' of %.*s"), id, CONGDOAN__SHOWN(wo.s, strlen(wo.s), 200), wo.s);
    if ((rc = check_unit_id_free(corpus, id, w.s)) != 0)
        return rc;
    if (kind == CONGDOAN_UNIT_BODY)
        CHECK_ENUM(body_kind, congdoan__body_kinds, 0, w.s, N_("body kind"));
    else if (body_kind != CONGDOAN_BODY_NONE)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: a department has no body kind; expected CONGDOAN_BODY_NONE, got %d", w.s,
                               (int)body_kind);
    text tname;
    if ((rc = congdoan__edit_check_required_text(corpus, &tname, name, 0, w.s, N_("name"), N_("the full name"))) != 0)
        return rc;

    congdoan_unit *d = congdoan__arena_alloc(&corpus->arena, sizeof *d);
    congdoan__unit_aside *more = NULL;
    if (!d || congdoan__edit_keep_id(corpus, id, &d->id) || congdoan__edit_keep_text(corpus, &tname, &d->name) ||
        reserve_unit_slot(corpus) != 0 || !(more = congdoan__unit_more_make(owner, &corpus->arena)) ||
        congdoan__grow(&corpus->arena, (void **)&more->departments, more->department_count, &more->department_cap,
                       sizeof *more->departments) != 0) {
        congdoan__edit_text_free(&tname);
        return congdoan__edit_nomem(w.s);
    }
    congdoan__edit_text_free(&tname);
    d->corpus = corpus;
    d->kind = kind;
    d->body_kind = kind == CONGDOAN_UNIT_BODY ? body_kind : CONGDOAN_BODY_NONE;
    d->level = owner->level;
    d->owner = owner;
    d->parent = owner;
    d->parent_id = owner->id;
    d->members = d->workers = -1;
    add_unit_slot(corpus, d);
    more->departments[more->department_count++] = d;
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
                           "theirs from their organisation or have none)", w, _(attr));
}

CONGDOAN_API int congdoan_unit_set_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char *name)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    who w;
    return congdoan__edit_set_string(corpus, &((congdoan_unit *)unit)->name, name, 1, 0,
                                     congdoan__edit_who_unit(&w, unit), N_("name"));
}

CONGDOAN_API int congdoan_unit_set_short_name(congdoan_corpus *corpus, const congdoan_unit *unit,
                                              const char *short_name)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_unit(&w, unit);
    congdoan__unit_aside *more = congdoan__unit_more_make((congdoan_unit *)unit, &corpus->arena);
    return more ? congdoan__edit_set_string(corpus, &more->short_name, short_name, 0, 0, w.s, N_("short name"))
                : congdoan__edit_nomem(w.s);
}

CONGDOAN_API int congdoan_unit_set_level(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_level level)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    congdoan__edit_who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, N_("level of its own"))) != 0)
        return rc;
    CHECK_ENUM(level, congdoan__levels, 1, w.s, N_("level"));
    if ((rc = check_unit_rules(level, u->sector, u->parent_id, w.s)) != 0)
        return rc;
    u->level = level;
    congdoan__brief_refresh(corpus, u);
    const congdoan__unit_aside *more = congdoan__unit_more(u);
    for (size_t i = 0; i < more->department_count; i++) {
        more->departments[i]->level = level;
        congdoan__brief_refresh(corpus, more->departments[i]);
    }
    return 0;
}

CONGDOAN_API int congdoan_unit_set_parent_id(congdoan_corpus *corpus, const congdoan_unit *unit, const char *parent_id)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    congdoan__edit_who_unit(&w, u);
    if (u->kind == CONGDOAN_UNIT_GROUP) /* the organiser of a group: a reference, outside the hierarchy */
        return congdoan__edit_set_id(corpus, &u->parent_id, parent_id, 0, w.s, N_("organising unit's id"));
    if (u->kind != CONGDOAN_UNIT_ORGANISATION)
        return congdoan__error(CONGDOAN_EINVAL, "%s cannot be moved: its parent is its organisation '%s'", w.s,
                               congdoan__edit_safe(u->parent_id));
    if ((rc = check_parent(corpus, w.s, u->id, u->level, parent_id)) != 0)
        return rc;
    if (parent_id == u->parent_id || (parent_id && u->parent_id && strcmp(parent_id, u->parent_id) == 0))
        return 0;
    const char *copy;
    if (congdoan__edit_keep_id(corpus, parent_id, &copy) || reserve_place(corpus, u, parent_id) != 0)
        return congdoan__edit_nomem(w.s);
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
    congdoan__edit_who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, N_("sector"))) != 0)
        return rc;
    CHECK_ENUM(sector, congdoan__sectors, 0, w.s, N_("sector"));
    if ((rc = check_unit_rules(u->level, sector, u->parent_id, w.s)) != 0)
        return rc;
    u->sector = sector;
    congdoan__brief_refresh(corpus, u);
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
    congdoan__edit_who_unit(&w, u);
    if (u->kind != CONGDOAN_UNIT_BODY)
        return congdoan__error(CONGDOAN_EINVAL, "%s is not a body; only bodies have a body kind", w.s);
    CHECK_ENUM(body_kind, congdoan__body_kinds, 0, w.s, N_("body kind"));
    u->body_kind = body_kind;
    return 0;
}

/* A count of the unit at `field`, or (field NULL) at `rare` in its rare fields (congdoan__aside). */
static int set_count(congdoan_corpus *corpus, const congdoan_unit *unit, long *field, size_t rare, long value,
                     const char *attr)
{
    who w;
    congdoan__edit_who_unit(&w, unit);
    int rc = only_organisation(unit, w.s, attr);
    if (rc)
        return rc;
    if ((rc = check_count(value, w.s, attr)) != 0)
        return rc;
    if (!field) {
        congdoan__unit_aside *more = congdoan__unit_more_make((congdoan_unit *)unit, &corpus->arena);
        if (!more)
            return congdoan__edit_nomem(w.s);
        field = (long *)(void *)((char *)more + rare);
    }
    *field = value;
    return 0;
}

CONGDOAN_API int congdoan_unit_set_members(congdoan_corpus *corpus, const congdoan_unit *unit, long members)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc : set_count(corpus, unit, &((congdoan_unit *)unit)->members, 0, members, N_("members"));
}

CONGDOAN_API int congdoan_unit_set_workers(congdoan_corpus *corpus, const congdoan_unit *unit, long workers)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc : set_count(corpus, unit, &((congdoan_unit *)unit)->workers, 0, workers, N_("workers"));
}

CONGDOAN_API int congdoan_unit_set_declared_upper_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                                   long count)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc
              : set_count(corpus, unit, NULL, offsetof(congdoan__unit_aside, declared_upper), count,
                          N_("declared upper-grassroots unions"));
}

CONGDOAN_API int congdoan_unit_set_declared_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                             long count)
{
    int rc = OWN_UNIT(corpus, unit);
    return rc ? rc
              : set_count(corpus, unit, NULL, offsetof(congdoan__unit_aside, declared_grassroots), count,
                          N_("declared grassroots unions"));
}

CONGDOAN_API int congdoan_unit_set_classification(congdoan_corpus *corpus, const congdoan_unit *unit, int year,
                                                  congdoan_grade grade)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    congdoan__edit_who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, N_("classification"))) != 0)
        return rc;
    if (year < 1900 || year > 2200)
        return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a year of a classification: expected 1900 to 2200", w.s,
                               year);
    CHECK_ENUM(grade, congdoan__grades, 1, w.s, N_("grade of a classification (classifications are not removed)"));
    for (size_t i = 0; i < u->classification_count; i++)
        if (u->classifications[i].year == year) {
            u->classifications[i].grade = grade;
            congdoan__brief_refresh(corpus, u);
            return 0;
        }
    size_t cap = u->classification_cap;
    if (u->classification_count == UINT32_MAX || /* (a 32-bit count) */
        congdoan__grow(&corpus->arena, (void **)&u->classifications, u->classification_count, &cap,
                       sizeof *u->classifications) != 0)
        return congdoan__edit_nomem(w.s);
    u->classification_cap = cap > UINT32_MAX ? UINT32_MAX : (uint32_t)cap;
    u->classifications[u->classification_count].year = year;
    u->classifications[u->classification_count].grade = grade;
    u->classification_count++;
    congdoan__brief_refresh(corpus, u);
    return 0;
}

CONGDOAN_API int congdoan_unit_set_org_kind(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_org_kind kind)
{
    int rc = OWN_UNIT(corpus, unit);
    if (rc)
        return rc;
    congdoan_unit *u = (congdoan_unit *)unit;
    who w;
    congdoan__edit_who_unit(&w, u);
    if ((rc = only_organisation(u, w.s, N_("kind of organisation"))) != 0)
        return rc;
    CHECK_ENUM(kind, congdoan__org_kinds, 0, w.s, N_("organisation kind"));
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_org_kind(u->level, kind, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    congdoan__unit_aside *more = congdoan__unit_more_make(u, &corpus->arena);
    if (!more)
        return congdoan__edit_nomem(w.s);
    more->org_kind = kind;
    return 0;
}

static int own_group(congdoan_corpus *corpus, const congdoan_unit *group, who *w)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(group);
    int rc = OWN_UNIT(corpus, group);
    if (rc)
        return rc;
    congdoan__edit_who_unit(w, group);
    if (group->kind != CONGDOAN_UNIT_GROUP)
        return congdoan__error(CONGDOAN_EINVAL, "%s is not a group (cụm, khối thi đua)", w->s);
    return 0;
}

CONGDOAN_API int congdoan_corpus_add_group(congdoan_corpus *corpus, const char *id, congdoan_group_kind kind,
                                           const char *name, const congdoan_unit **out)
{
    if (out)
        *out = NULL;
    const new_object o = {.kind = NEW_GROUP, .corpus = corpus, .id = id, .id_free = unit_id_free,
                          .enums = {{&congdoan__group_kinds, (int)kind, 1, N_("group kind")}},
                          .text = name, .text_attr = N_("name"), .text_expected = N_("the name as printed")};
    who w;
    text tname;
    int rc = congdoan__edit_check_new(&o, &w, &tname);
    if (rc)
        return rc;
    congdoan_unit *u = congdoan__arena_alloc(&corpus->arena, sizeof *u);
    congdoan__unit_aside *more = NULL;
    int bad = !u || congdoan__edit_keep_id(corpus, id, &u->id) || congdoan__edit_keep_text(corpus, &tname, &u->name) ||
              reserve_unit_slot(corpus) != 0 || !(more = congdoan__unit_more_make(u, &corpus->arena));
    congdoan__edit_text_free(&tname);
    if (bad)
        return congdoan__edit_nomem(w.s);
    u->corpus = corpus;
    u->kind = CONGDOAN_UNIT_GROUP;
    more->group_kind = kind;
    u->members = u->workers = -1;
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
    CHECK_ENUM(kind, congdoan__group_kinds, 1, w.s, N_("group kind"));
    congdoan__unit_aside *more = congdoan__unit_more_make((congdoan_unit *)group, &corpus->arena);
    if (!more)
        return congdoan__edit_nomem(w.s);
    more->group_kind = kind;
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
    if ((rc = congdoan__edit_check_id(unit_id, 1, w.s, N_("member's unit id"))) != 0)
        return rc;
    const congdoan__unit_aside *members = congdoan__unit_more(group);
    for (size_t i = 0; i < members->group_member_count; i++)
        if (strcmp(members->group_members[i], unit_id) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already has the member '%s'", w.s, unit_id);
    const char *copy;
    congdoan__unit_aside *g = NULL;
    if (congdoan__edit_keep_id(corpus, unit_id, &copy) || !(g = congdoan__unit_more_make((congdoan_unit *)group, &corpus->arena)) ||
        congdoan__grow(&corpus->arena, (void **)&g->group_members, g->group_member_count, &g->group_member_cap,
                       sizeof *g->group_members) != 0)
        return congdoan__edit_nomem(w.s);
    g->group_members[g->group_member_count++] = copy;
    return 0;
}

CONGDOAN_API int congdoan_group_remove_member(congdoan_corpus *corpus, const congdoan_unit *group, size_t i)
{
    who w;
    int rc = own_group(corpus, group, &w);
    if (rc)
        return rc;
    congdoan__unit_aside *g = ((congdoan_unit *)group)->aside; /* NULL: no members */
    if (!g || i >= g->group_member_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu members; member %zu does not exist", w.s,
                               g ? g->group_member_count : 0, i);
    memmove(&g->group_members[i], &g->group_members[i + 1], (g->group_member_count - i - 1) * sizeof *g->group_members);
    g->group_member_count--;
    return 0;
}
