/*
 * Which units a roll-up's subtree holds, found in one of three ways:
 *
 *  - a small subtree (a district of a few hundred units in a national corpus) is walked from the
 *    top down its children, and its units get keys of their own: the roll-up then costs what
 *    the subtree holds (each unit's reports come from its own list), not what the corpus holds;
 *  - a large one is read in load order, the order units lie in memory, when every parent comes
 *    before its children (each unit's membership and depth follow from its parent's);
 *  - otherwise by a walk over the corpus's arrays (which also copes with cycles).
 *
 * A walk that finds more units than a small subtree may hold gives up, and the subtree is read
 * in the corpus's arrays instead: that costs at most a sixteenth of reading them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/rollup.h"

#include <string.h>

enum { SMALL_MIN = 256, SMALL_SHARE = 16 };

/* ---- a small subtree, walked ---------------------------------------------------------------- */

typedef struct item {
    const congdoan_unit *u;
    size_t next;
} item;

/* The units under `top` in preorder, with each one's parent key and depth; 0 when there are
 * more than `most` (nothing kept), -1 when out of memory. */
static long walk_subtree(const congdoan_unit *top, size_t most, const congdoan_unit ***units, uint32_t **parent,
                         uint32_t **depth)
{
    size_t cap = 64, n = 1, len = 1, stack_cap = 16;
    const congdoan_unit **w = congdoan__malloc(cap * sizeof *w);
    uint32_t *up = congdoan__malloc(cap * sizeof *up), *d = congdoan__malloc(cap * sizeof *d);
    item *stack = congdoan__malloc(stack_cap * sizeof *stack);
    uint32_t *key_of = congdoan__malloc(stack_cap * sizeof *key_of); /* by stack level */
    long rc = -1;
    if (!w || !up || !d || !stack || !key_of)
        goto out;
    w[0] = top, up[0] = 0, d[0] = 0;
    stack[0] = (item){top, 0};
    key_of[0] = 0;
    while (len) {
        item *it = &stack[len - 1];
        if (it->next >= it->u->child_count) {
            len--;
            continue;
        }
        const congdoan_unit *c = it->u->children[it->next++];
        /* each unit has one parent, so the only cycle a walk can meet runs through the top */
        if (c == top)
            continue;
        if (n == most) {
            rc = 0;
            goto out;
        }
        if (n == cap) {
            size_t grown = cap * 2;
            const congdoan_unit **w2 = congdoan__realloc(w, grown * sizeof *w2);
            if (w2)
                w = w2;
            uint32_t *up2 = w2 ? congdoan__realloc(up, grown * sizeof *up2) : NULL;
            if (up2)
                up = up2;
            uint32_t *d2 = up2 ? congdoan__realloc(d, grown * sizeof *d2) : NULL;
            if (!d2)
                goto out;
            d = d2, cap = grown;
        }
        if (len == stack_cap) {
            item *s2 = congdoan__realloc(stack, stack_cap * 2 * sizeof *s2);
            if (s2)
                stack = s2;
            uint32_t *k2 = s2 ? congdoan__realloc(key_of, stack_cap * 2 * sizeof *k2) : NULL;
            if (!k2)
                goto out;
            key_of = k2, stack_cap *= 2;
        }
        w[n] = c, up[n] = key_of[len - 1], d[n] = (uint32_t)len;
        key_of[len] = (uint32_t)n;
        stack[len++] = (item){c, 0};
        n++;
    }
    *units = w, *parent = up, *depth = d;
    w = NULL, up = d = NULL;
    rc = (long)n;
out:
    congdoan__dealloc(w);
    congdoan__dealloc(up);
    congdoan__dealloc(d);
    congdoan__dealloc(stack);
    congdoan__dealloc(key_of);
    return rc;
}

/* 1 when the subtree was small and is placed, 0 when it is not small, or CONGDOAN_ENOMEM. */
static int units_small(pass *s, const congdoan_unit *top)
{
    size_t most = congdoan__rollup_walk > 0 ? SIZE_MAX : s->corpus->units.count / SMALL_SHARE;
    uint32_t *parent = NULL, *depth = NULL;
    long n = walk_subtree(top, most > SMALL_MIN ? most : SMALL_MIN, &s->walk, &parent, &depth);
    if (n <= 0)
        return n < 0 ? CONGDOAN_ENOMEM : 0;
    int rc = CONGDOAN_ENOMEM;
    s->n_keys = (size_t)n;
    /* room for the rows the units need (the top, units with children: the top's other children
     * are light, see pass.light_pos) at once, and a few for reports that need the general
     * rules: growing copies every row */
    s->first_rows = 2;
    for (size_t k = 0; k < (size_t)n; k++)
        s->first_rows += depth[k] == 0 || s->walk[k]->child_count;
    s->slot = congdoan__malloc((size_t)n * sizeof *s->slot);
    s->chosen = congdoan__calloc((size_t)n, sizeof *s->chosen);
    s->light_pos = congdoan__calloc((size_t)n, sizeof *s->light_pos);
    s->lights = congdoan__malloc((top->child_count ? top->child_count : 1) * sizeof *s->lights);
    if (!s->slot || !s->chosen || !s->light_pos || !s->lights)
        goto out;
    for (size_t k = 0; k < (size_t)n; k++) {
        int32_t up = k ? s->slot[parent[k]] : NO_ROW; /* the parent has a row: it has a child */
        s->slot[k] = NO_ROW;
        if (congdoan__rollup_place(s, s->walk[k], k, depth[k], up) != 0)
            goto out;
        if (s->slot[k] == NO_ROW)
            s->slot[k] = LEAF(up);
        if (s->n_share)
            congdoan__rollup_unit_data(s, s->walk[k], k);
    }
    rc = 1;
out:
    congdoan__dealloc(parent);
    congdoan__dealloc(depth);
    return rc;
}

int congdoan__rollup_walked_reports(pass *s)
{
    const congdoan__vec *reports = &s->corpus->reports;
    for (size_t k = 0; k < s->n_keys; k++) {
        /* the latest submitted of the unit's reports that count, the last loaded on a tie */
        size_t best = 0;
        for (uint32_t i = s->walk[k]->reports; i; i = ((const congdoan_report *)reports->items[i - 1])->next_of_unit) {
            const congdoan_report *r = reports->items[i - 1];
            if (!congdoan__rollup_report_counts(s, r))
                continue;
            const congdoan_report *b = best ? reports->items[best - 1] : NULL;
            if (!b || r->submitted > b->submitted || (r->submitted == b->submitted && i > best))
                best = i;
        }
        s->chosen[k] = (uint32_t)best;
        const congdoan_report *r = best ? reports->items[best - 1] : NULL;
        int rc = r && r->value_count ? congdoan__rollup_add_report(s, r, k) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

/* ---- a large subtree, in the corpus's arrays ------------------------------------------------- */

/* In one pass in load order when every parent comes before its children (the corpus counts
 * the exceptions): each unit's membership and depth follow from its parent's, and its row and
 * own data are placed at once, its parent's row being made already. The units' briefs are what
 * is read (1.8 MB for a national corpus, 24 MB of records otherwise); a unit's record only when
 * it needs a row, or its data more than the brief holds. */
static int units_in_order(pass *s, const congdoan_unit *top)
{
    const congdoan__vec *units = &s->corpus->units;
    const congdoan__unit_brief *briefs = s->corpus->briefs;
    /* read once: the stores below may alias the pass */
    int32_t *slot = s->slot, top_row = NO_ROW;
    const size_t n_share = s->n_share;
    const int by_class = n_share && n_share <= 64;
    for (size_t i = top->index; i < units->count; i++) {
        const congdoan__unit_brief *b = &briefs[i];
        if (!(b->flags & CONGDOAN__BRIEF_ORGANISATION))
            continue;
        uint32_t depth = 0;
        int32_t parent = -1;
        if (i != top->index) {
            /* a parent inside the subtree has a row, having a child */
            if (!b->parent || (parent = slot[b->parent - 1]) < 0)
                continue;
            if ((b->flags & CONGDOAN__BRIEF_LEAF) && parent != top_row) {
                /* the usual unit: a leaf below the top's children, which needs no row (as
                 * congdoan__rollup_needs_row says), its data counted in its parent's row */
                slot[i] = LEAF(parent);
                if (by_class ? !congdoan__rollup_leaf_class(s, i, parent) : n_share != 0)
                    congdoan__rollup_unit_share(s, units->items[i], i);
                continue;
            }
            depth = s->node_depth[parent] + 1;
        }
        const congdoan_unit *u = units->items[i];
        if (congdoan__rollup_needs_row(u, depth) && congdoan__rollup_place(s, u, i, depth, parent) != 0)
            return CONGDOAN_ENOMEM;
        if (slot[i] == NO_ROW)
            slot[i] = LEAF(parent);
        if (u == top)
            top_row = slot[i];
        if (n_share)
            congdoan__rollup_unit_data(s, u, i);
    }
    return 0;
}

/* Otherwise membership and depth by a walk of the tree (which also copes with cycles), then the
 * rows and the units' data in two passes in load order, as above. */
static int units_by_walk(pass *s, const congdoan_unit *top)
{
    const congdoan__vec *units = &s->corpus->units;
    size_t cap = 16, len = 1;
    uint32_t *depth = congdoan__calloc(units->count, sizeof *depth); /* 1 + depth, 0: not met */
    item *stack = congdoan__malloc(cap * sizeof *stack);
    int rc = CONGDOAN_ENOMEM;
    if (!depth || !stack)
        goto out;
    stack[0] = (item){top, 0};
    depth[top->index] = 1;
    while (len) {
        item *it = &stack[len - 1];
        if (it->next >= it->u->child_count) {
            len--;
            continue;
        }
        const congdoan_unit *c = it->u->children[it->next++];
        if (depth[c->index])
            continue;
        if (len == cap) {
            item *g = congdoan__realloc(stack, cap * 2 * sizeof *g);
            if (!g)
                goto out;
            stack = g, cap *= 2;
        }
        depth[c->index] = (uint32_t)len + 1;
        stack[len++] = (item){c, 0};
    }
    /* rows first (a parent may come after its children in load order), then the leaves */
    for (size_t i = 0; i < units->count; i++)
        if (depth[i] && congdoan__rollup_place(s, units->items[i], i, depth[i] - 1, -1) != 0)
            goto out;
    for (size_t k = 0; k < s->n_nodes; k++)
        if (s->node_depth[k])
            s->node_parent[k] = s->slot[s->node[k]->parent->index];
    for (size_t i = 0; i < units->count; i++) {
        const congdoan_unit *u = units->items[i];
        if (!depth[i])
            continue;
        if (s->slot[i] == NO_ROW)
            s->slot[i] = LEAF(s->slot[u->parent->index]);
        if (s->n_share)
            congdoan__rollup_unit_data(s, u, i);
    }
    rc = 0;
out:
    congdoan__dealloc(depth);
    congdoan__dealloc(stack);
    return rc;
}

int congdoan__rollup_walk;

int congdoan__rollup_units(pass *s, const congdoan_unit *top)
{
    /* a root's subtree is most often the whole corpus: not worth a walk */
    int rc = congdoan__rollup_walk < 0 || (!top->parent && congdoan__rollup_walk == 0) ? 0 : units_small(s, top);
    if (rc != 0)
        return rc < 0 ? rc : 0;
    /* rows for about one unit in a hundred (the national corpus: 787), grown if need be */
    s->first_rows = s->corpus->units.count / 128 + 64;
    s->n_keys = s->corpus->units.count ? s->corpus->units.count : 1;
    s->slot = congdoan__malloc(s->n_keys * sizeof *s->slot);
    s->chosen = congdoan__calloc(s->n_keys, sizeof *s->chosen);
    if (!s->slot || !s->chosen)
        return CONGDOAN_ENOMEM;
    memset(s->slot, 0xff, s->n_keys * sizeof *s->slot); /* -1 everywhere: NO_ROW */
    return s->corpus->late_parents ? units_by_walk(s, top) : units_in_order(s, top);
}

/* ---- what the completeness check asks ------------------------------------------------------ */

static int same_unit(const congdoan__map_slot *slot, const void *ctx)
{
    return slot->key == ctx;
}

int congdoan__subtree_index(congdoan__subtree *t)
{
    if (!t->walk)
        return 0;
    if (congdoan__map_reserve(&t->keys, t->n_keys) != 0)
        return CONGDOAN_ENOMEM;
    for (size_t k = 0; k < t->n_keys; k++) {
        const congdoan_unit *u = t->walk[k];
        uint64_t h = congdoan__map_key(&t->keys, &u, sizeof u);
        congdoan__map_fill(&t->keys, congdoan__map_find(&t->keys, h, same_unit, u), h, u, (void *)(uintptr_t)(k + 1));
    }
    return 0;
}

long congdoan__subtree_key(const congdoan__subtree *t, const congdoan_unit *u)
{
    if (!t->walk)
        return t->slot[u->index] == NO_ROW ? -1 : (long)u->index;
    if (!t->keys.count)
        return -1;
    const congdoan__map_slot *slot = congdoan__map_find(&t->keys, congdoan__map_key(&t->keys, &u, sizeof u), same_unit, u);
    return slot->key ? (long)(uintptr_t)slot->value - 1 : -1;
}

int congdoan__subtree_holds(const congdoan__subtree *t, const congdoan_unit *top, const congdoan_unit *u)
{
    if (!t->walk)
        return t->slot[u->index] != NO_ROW;
    /* a unit of the subtree is at most n_keys - 1 steps below the top */
    for (size_t k = 0; u && k < t->n_keys; k++, u = u->parent)
        if (u == top)
            return 1;
    return 0;
}

void congdoan__subtree_release(congdoan__subtree *t)
{
    congdoan__dealloc(t->slot);
    congdoan__dealloc(t->chosen);
    congdoan__dealloc((void *)t->walk);
    congdoan__map_release(&t->keys);
    memset(t, 0, sizeof *t);
}
