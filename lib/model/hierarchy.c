/*
 * The unit hierarchy: parent pointers, child lists and roots, kept up to date incrementally.
 *
 * A load attaches its new organisations (and older roots whose parent it brings) in two steps:
 * congdoan__hierarchy_prepare() makes every allocation without changing the corpus, and
 * congdoan__hierarchy_apply() cannot fail. Adding or moving one unit through the API touches
 * only its old and new parent, so building a large hierarchy unit by unit stays linear.
 *
 * Every change of a parent or of a list of children refreshes the briefs of the units it
 * touches (congdoan__brief_refresh).
 *
 * Child lists live in the corpus arena and grow by doubling (the old array is left in the
 * arena: at most as much again as the lists themselves).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

/* The organisation a unit's parent id names, looked up in the corpus and then in `staged`. */
static congdoan_unit *find_parent(const congdoan_corpus *c, const congdoan__map *staged, const congdoan_unit *u)
{
    if (!u->parent_id)
        return NULL;
    size_t len = strlen(u->parent_id);
    uint64_t h = congdoan__hash_bytes(&c->hash_key, u->parent_id, len); /* the staged map's key too */
    congdoan_unit *p = congdoan__map_get_hashed(&c->unit_map, u->parent_id, len, h);
    if (!p && staged)
        p = congdoan__map_get_hashed(staged, u->parent_id, len, h);
    /* A department cannot be a parent and a unit not its own (congdoan_corpus_check says so). */
    return p && p->kind == CONGDOAN_UNIT_ORGANISATION && p != u ? p : NULL;
}

void congdoan__hierarchy_plan_release(congdoan__hierarchy_plan *plan)
{
    for (size_t i = 0; i < plan->parents.count; i++)
        ((congdoan_unit *)plan->parents.items[i])->plan_slot = 0;
    congdoan__vec_release(&plan->children);
    congdoan__vec_release(&plan->child_parent);
    congdoan__vec_release(&plan->parents);
    congdoan__vec_release(&plan->pending);
    congdoan__vec_release(&plan->grown);
    congdoan__vec_release(&plan->grown_cap);
    congdoan__vec_release(&plan->roots);
}

/* The place of parent p in the plan, made when p receives its first child. 0 or ENOMEM. */
static int count_child(congdoan__hierarchy_plan *plan, congdoan_unit *p)
{
    if (!p->plan_slot) {
        if (congdoan__vec_push(&plan->parents, p) != 0 || congdoan__vec_push(&plan->pending, NULL) != 0)
            return CONGDOAN_ENOMEM;
        p->plan_slot = (uint32_t)plan->parents.count;
    }
    plan->pending.items[p->plan_slot - 1] = (void *)((uintptr_t)plan->pending.items[p->plan_slot - 1] + 1);
    return 0;
}

int congdoan__hierarchy_prepare(congdoan_corpus *c, congdoan__staging *st, congdoan__hierarchy_plan *plan)
{
    memset(plan, 0, sizeof *plan);
    /* Older roots that waited for a parent this load brings come first, then the new units,
     * so that children stay in load order. A new organisation's parent is kept in its own
     * `parent` (it is staged: dropped with the staging if the commit fails), not in a list of
     * every new unit: two lists of 150,000 pointers were most of what a national commit
     * added to the peak of the load. */
    for (size_t i = 0; i < c->roots.count; i++) {
        congdoan_unit *r = c->roots.items[i];
        congdoan_unit *p = r->parent_id ? find_parent(c, &st->unit_map, r) : NULL;
        if (p && (congdoan__vec_push(&plan->children, r) != 0 || congdoan__vec_push(&plan->child_parent, p) != 0 ||
                  count_child(plan, p) != 0))
            goto nomem;
    }
    size_t roots = c->roots.count - plan->children.count;
    for (size_t i = 0; i < st->units.count; i++) {
        congdoan_unit *u = st->units.items[i];
        if (u->kind != CONGDOAN_UNIT_ORGANISATION)
            continue;
        congdoan_unit *p = u->parent = find_parent(c, &st->unit_map, u);
        if (p ? count_child(plan, p) != 0 : (roots++, 0))
            goto nomem;
    }
    /* The parents' new arrays of children, in one block (a first load: 1.2 MB for a national
     * file, a block of its own in the arena rather than the start of a chunk of huge pages). */
    size_t n = plan->parents.count, room = 0;
    if (congdoan__vec_reserve(&plan->grown, n) != 0 || congdoan__vec_reserve(&plan->grown_cap, n) != 0)
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        congdoan_unit *p = plan->parents.items[i];
        size_t need = p->child_count + (size_t)(uintptr_t)plan->pending.items[i], cap = 0;
        if (need > UINT32_MAX) /* (a 32-bit count: congdoan_unit) */
            goto nomem;
        if (need > p->children_cap)
            cap = (size_t)p->children_cap * 2 > need && p->children_cap <= UINT32_MAX / 2 ? (size_t)p->children_cap * 2 : need;
        plan->grown_cap.items[plan->grown_cap.count++] = (void *)(uintptr_t)cap;
        room += cap;
    }
    congdoan_unit **block = NULL;
    /* (written before read: children[child_count..cap) is never read) */
    if (room && !(block = congdoan__arena_alloc_raw(&st->arena, room * sizeof *block)))
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        size_t cap = (size_t)(uintptr_t)plan->grown_cap.items[i];
        plan->grown.items[plan->grown.count++] = cap ? block : NULL;
        if (cap) /* (block is NULL when no parent grows: no arithmetic on it then) */
            block += cap;
    }
    if (congdoan__vec_reserve(&plan->roots, roots) != 0)
        goto nomem;
    return 0;
nomem:
    congdoan__hierarchy_plan_release(plan);
    return CONGDOAN_ENOMEM;
}

static void attach(congdoan_corpus *c, congdoan_unit *u, congdoan_unit *p)
{
    u->parent = p;
    p->children[p->child_count++] = u;
    c->late_parents += p->index > u->index;
}

void congdoan__hierarchy_apply(congdoan_corpus *c, congdoan__staging *st, congdoan__hierarchy_plan *plan)
{
    for (size_t i = 0; i < plan->parents.count; i++) {
        congdoan_unit *p = plan->parents.items[i];
        congdoan_unit **grown = plan->grown.items[i];
        if (grown) {
            if (p->child_count)
                memcpy(grown, p->children, p->child_count * sizeof *grown);
            p->children = grown;
            p->children_cap = (uint32_t)(uintptr_t)plan->grown_cap.items[i];
        }
    }
    for (size_t i = 0; i < plan->children.count; i++) {
        attach(c, plan->children.items[i], plan->child_parent.items[i]);
        congdoan__brief_refresh(c, plan->children.items[i]);
    }
    for (size_t i = 0; i < st->units.count; i++) {
        congdoan_unit *u = st->units.items[i];
        if (u->kind == CONGDOAN_UNIT_ORGANISATION && u->parent)
            attach(c, u, u->parent);
    }
    /* briefs: each parent once, whatever its number of new children; the new units below */
    for (size_t i = 0; i < plan->parents.count; i++)
        congdoan__brief_refresh(c, plan->parents.items[i]);
    /* Roots: the old ones that found no parent, then the new organisations without one. */
    for (size_t i = 0; i < c->roots.count; i++) {
        congdoan_unit *r = c->roots.items[i];
        if (!r->parent)
            plan->roots.items[plan->roots.count++] = r;
    }
    for (size_t i = 0; i < st->units.count; i++) {
        congdoan_unit *u = st->units.items[i];
        if (u->kind != CONGDOAN_UNIT_ORGANISATION)
            u->parent = u->owner;
        else if (!u->parent)
            plan->roots.items[plan->roots.count++] = u;
        congdoan__brief_refresh(c, u);
    }
    congdoan__vec_release(&c->roots);
    c->roots = plan->roots;
    plan->roots = (congdoan__vec){0};
    congdoan__hierarchy_plan_release(plan);
}

/* ---- single edits ------------------------------------------------------------------------------ */

int congdoan__hierarchy_reserve_child(congdoan_corpus *c, congdoan_unit *parent)
{
    if (parent->child_count < parent->children_cap)
        return 0;
    if (parent->children_cap > UINT32_MAX / 2) /* (a 32-bit count) */
        return CONGDOAN_ENOMEM;
    size_t cap = parent->children_cap ? (size_t)parent->children_cap * 2 : 4;
    congdoan_unit **grown = congdoan__arena_alloc(&c->arena, cap * sizeof *grown);
    if (!grown)
        return CONGDOAN_ENOMEM;
    if (parent->child_count)
        memcpy(grown, parent->children, parent->child_count * sizeof *grown);
    parent->children = grown;
    parent->children_cap = (uint32_t)cap;
    return 0;
}

void congdoan__hierarchy_detach(congdoan_corpus *c, congdoan_unit *u)
{
    congdoan__vec_remove(&c->roots, u);
    congdoan_unit *p = u->parent;
    if (!p || u->kind != CONGDOAN_UNIT_ORGANISATION)
        return;
    c->late_parents -= p->index > u->index;
    for (size_t i = 0; i < p->child_count; i++)
        if (p->children[i] == u) {
            memmove(&p->children[i], &p->children[i + 1], (p->child_count - i - 1) * sizeof *p->children);
            p->child_count--;
            break;
        }
    u->parent = NULL;
    congdoan__brief_refresh(c, u);
    congdoan__brief_refresh(c, p);
}

int congdoan__hierarchy_attach(congdoan_corpus *c, congdoan_unit *u)
{
    congdoan_unit *p = find_parent(c, NULL, u);
    if (p) {
        if (congdoan__hierarchy_reserve_child(c, p) != 0)
            return CONGDOAN_ENOMEM;
        /* Children stay in load order (the order of their index), whatever the order of the
         * edits: that is the order in which they are written and read back. */
        size_t at = p->child_count;
        while (at > 0 && p->children[at - 1]->index > u->index)
            at--;
        memmove(&p->children[at + 1], &p->children[at], (p->child_count - at) * sizeof *p->children);
        p->children[at] = u;
        p->child_count++;
        u->parent = p;
        c->late_parents += p->index > u->index;
        congdoan__brief_refresh(c, u);
        congdoan__brief_refresh(c, p);
        return 0;
    }
    if (congdoan__vec_reserve(&c->roots, c->roots.count + 1) != 0)
        return CONGDOAN_ENOMEM;
    size_t at = c->roots.count; /* roots too stay in load order */
    while (at > 0 && ((congdoan_unit *)c->roots.items[at - 1])->index > u->index)
        at--;
    memmove(&c->roots.items[at + 1], &c->roots.items[at], (c->roots.count - at) * sizeof *c->roots.items);
    c->roots.items[at] = u;
    c->roots.count++;
    u->parent = NULL;
    congdoan__brief_refresh(c, u);
    return 0;
}
