/*
 * libcongdoan — the state of one roll-up, shared by its three files: rollup.c (rows, reports),
 * rollup-close.c (closing the rows) and subtree.c (which units the subtree holds, found in one
 * of three ways). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_ROLLUP_H
#define CONGDOAN_ROLLUP_H

#include "query/dense-sum.h"
#include "query/progress.h"

typedef congdoan__acc acc;

/* A unit's slot: NO_ROW outside the subtree, else its row or, for a leaf, its parent's row
 * encoded by LEAF() (read back by the same), so that a leaf's report is added without reading
 * its unit. */
enum { NO_ROW = CONGDOAN__OUTSIDE };
#define LEAF(row) (-2 - (row))

/* How a value is taken, by its indicator's measure: an id-table entry translates to
 * `position << 2 | how`; HOW_SKIP (0) for ids that are not indicators of the document. */
enum { HOW_SKIP = 0, HOW_COUNT = 1, HOW_FRACTION = 2, HOW_SHARE = 3 };

/* The id tables whose compact reports the leaf path adds as whole rows (see dense_row): a
 * handful, so that the rows stay small whatever the number of files. */
enum { DENSE_TABLES = 4, TRANS_SLOTS = 16 };

/* Leaves are counted by level (5), sector (4) and grade (5) for the shares of units. */
enum { GRADE_LEVELS = 5, GRADE_SECTORS = 4, GRADE_GRADES = 5, GRADE_CLASSES = GRADE_LEVELS * GRADE_SECTORS * GRADE_GRADES };

typedef struct leafsum {
    double num, den;
} leafsum;

typedef struct trans {
    const congdoan__idtab *tab;
    uint32_t *to;               /* by entry: position << 2 | how, or HOW_SKIP */
    uint32_t *target;           /* by entry: the position the leaf path adds to (n: the spare
                                 * accumulator, for entries it passes by) */
    unsigned char *fraction;    /* by entry: a fraction measure */
    uint64_t fraction_ids, count_ids; /* entries below 64 by measure */
} trans;

typedef struct pass {
    const congdoan_corpus *corpus;
    const congdoan_document *doc;
    congdoan_progress *p;
    size_t n;                       /* the document's indicators */
    int year, at;
    int year_first;                 /* a span: classifications of years from it to `year` */
    const congdoan__map *only;      /* a span: the reports that count (congdoan__rollup_filter) */
    /* Units are known by a key: their index in corpus->units when the subtree is found in the
     * corpus's arrays, or their place in the walk (0 the top) for a small subtree (`walk`). */
    const congdoan_unit **walk;     /* by key, a small subtree only */
    size_t n_keys;
    uint32_t *chosen;               /* by key: 1 + the index in corpus->reports of the report
                                     * used, or 0 */
    int32_t *slot;                  /* by key: its row (>= 0), or for a leaf of the subtree
                                     * LEAF(the parent's row) (<= -2), or NO_ROW outside */
    /* by row */
    const congdoan_unit **node;
    uint32_t *node_key, *node_depth;
    int32_t *node_parent;           /* the parent's row, -1 for the top */
    int32_t *child_pos;             /* position among the top's children, or -1 */
    size_t n_nodes, cap_nodes, first_rows; /* first_rows: how many rows to make room for at first */
    acc *rows;                      /* row_size() per row */
    leafsum *leaf;                  /* leaf_size() per row */
    uint32_t *leaf_count;
    uint32_t *grades;               /* by row: its leaves counted by level, sector and grade
                                     * (GRADE_CLASSES), for the shares of units (see fold_grades) */
    /* Compact reports of the first DENSE_TABLES id tables are added by their slots, into a
     * row of sums by id-table entry per node (dense_width entries): the loop the compiler
     * vectorises. Folded into `leaf` when the node is closed. */
    struct dense {
        const congdoan__idtab *tab;
        size_t offset, width;
    } dense[DENSE_TABLES];
    size_t n_dense, last_dense, dense_width; /* the width: each table's entries and one more */
    /* The table of the last leaf report added to a dense row, for the next one (see leaf_fast) */
    const congdoan__idtab *fast_tab;
    uint64_t fast_fraction, fast_count; /* its translation's fraction_ids and count_ids */
    size_t fast_at;                 /* its place in the dense rows */
    double *dsum;                   /* by row: dense_width (num, den) pairs */
    int32_t *dcnt;                  /* by row: dense_width counts, as differences (see dense_add) */
    congdoan__dense_sum_int_fn *sum_int; /* adds a report's int32_t figures into dsum (dense-sum.c) */
    size_t next_child;              /* where to look first for the next child of the top */
    /* A small subtree's light children: the top's children without children of their own get
     * no row; their figures are kept in their place of the breakdown (p->child), with the
     * meaning of a row's own figures, and folded into the top's row when the nodes are closed.
     * A light child whose report needs the general rules gets a row after all. */
    uint32_t *light_pos;            /* by key, a small subtree only: 1 + the place among the
                                     * top's children of a light child, else 0 */
    uint32_t *lights;               /* their keys, in the order they were placed */
    size_t n_lights;
    trans trans[TRANS_SLOTS];       /* one per id table met (one per file loaded), reused in
                                     * turn beyond TRANS_SLOTS */
    size_t n_trans, next_trans, last_trans;
    uint32_t *seen, stamp;          /* by position: the leaf report that last took a value */
    struct share {                  /* the share-of-units indicators */
        size_t position;
        congdoan_level level;
        int sectors;
        congdoan_grade condition;
    } *share;
    size_t n_share;
    uint64_t share_scope[5][4];     /* by level and sector: the shares (bit k) that apply */
    const char *period_seen;        /* a report period string found equal to the period */
    /* 1.2: units whose own values need a rule of their own on some indicators (unit_modes in
     * rollup.c): outside an indicator's population, or a reporter the document asks for its
     * subtree's totals. Their reports take the general rules, with s->modes by indicator. */
    struct popcond {                /* the populations the data can test */
        size_t position;
        const congdoan_population *pop;
        congdoan__unit_attribute attribute;
    } *conds;
    size_t n_conds;
    congdoan__expected_set subtree_set; /* the reporters, when one is asked for subtree totals */
    congdoan__map subtree_map;      /* their ids -> 1 + their place in subtree_set */
    int special;                    /* any of the above */
    unsigned char *modes;           /* by position, for the unit at hand (MODE_*) */
    /* Units whose percentage or average came without its fraction, met while closing the rows
     * (see rate_only in rollup.c): kept when no row above theirs replaced its figure by a
     * reported subtree total. */
    struct rate_event {
        const congdoan_unit *unit;
        uint32_t indicator;
        int32_t row;                /* the unit's row */
    } *rate_events;
    size_t n_rate_events, cap_rate_events;
    int failed;                     /* out of memory in a helper that cannot return it */
} pass;

/* ---- the rows, for rollup.c and rollup-close.c ------------------------------------------------- */

static inline void add_fraction(acc *a, double num, double den)
{
    a->num += num;
    a->den += den;
    a->has = 1;
}

/* A row: the unit's own figures, what its children add, its reported subtree totals (n each). */
static inline size_t row_size(const pass *s) { return 3 * s->n; }
static inline acc *row_own(const pass *s, int32_t slot) { return &s->rows[(size_t)slot * row_size(s)]; }
static inline acc *row_kids(const pass *s, int32_t slot) { return row_own(s, slot) + s->n; }
static inline acc *row_sub(const pass *s, int32_t slot) { return row_own(s, slot) + 2 * s->n; }

/* What a node's leaves add: sums and counts in a dense table of their own rather than in the
 * rows, so that it stays in the cache (leaves come in load order, their parents in any order),
 * with a spare entry (position n) the leaf path adds what it passes by into, to need no branch.
 * Flushed into the children row when the node is closed. */
static inline size_t leaf_size(const pass *s) { return s->n + 1; }
static inline leafsum *leaf_sums(const pass *s, int32_t slot) { return &s->leaf[(size_t)slot * leaf_size(s)]; }
static inline uint32_t *leaf_counts(const pass *s, int32_t slot) { return &s->leaf_count[(size_t)slot * leaf_size(s)]; }

/* The position of the lowest set bit of h (h != 0). */
static inline size_t lowest_bit(uint64_t h)
{
#if defined(__GNUC__) || defined(__clang__)
    return (size_t)__builtin_ctzll(h);
#else
    size_t k = 0;
    while (!(h & 1))
        h >>= 1, k++;
    return k;
#endif
}

/* A node's leaves by level, sector and grade (see fold_grades). */
static inline uint32_t *grade_counts(const pass *s, int32_t slot) { return &s->grades[(size_t)slot * GRADE_CLASSES]; }

/* Sums by id-table entry for the compact reports of the dense tables (see struct dense). */
static inline double *dense_sums(const pass *s, int32_t slot) { return &s->dsum[(size_t)slot * 2 * s->dense_width]; }
static inline int32_t *dense_counts(const pass *s, int32_t slot) { return &s->dcnt[(size_t)slot * s->dense_width]; }

/* A light child's figures: its place in the breakdown (see pass.light_pos). */
static inline acc *light_row(const pass *s, size_t key)
{
    return &s->p->child[(size_t)(s->light_pos[key] - 1) * s->n];
}

/* The translation of a report's id table, made on first use; NULL when out of memory
 * (s->failed set). */
const trans *congdoan__rollup_translation(pass *s, const congdoan__idtab *tab);
/* Close the nodes and list the units left out for giving a rate only (rollup-close.c). 0 or
 * CONGDOAN_ENOMEM. */
int congdoan__rollup_close(pass *s);

/* ---- rollup.c, for subtree.c ------------------------------------------------------------------ */
/* The unit with this key. */
const congdoan_unit *congdoan__rollup_unit(const pass *s, size_t key);
/* Does the unit need a row at this depth: the top, the top's children, units with children. */
static inline int congdoan__rollup_needs_row(const congdoan_unit *u, uint32_t depth)
{
    return depth <= 1 || u->child_count;
}
/* A row for the unit if it needs one at this depth under the row `parent` (-1 for the top), or
 * in a small subtree (s->light_pos set) a light child's place. 0 or CONGDOAN_ENOMEM. */
int congdoan__rollup_place(pass *s, const congdoan_unit *u, size_t key, uint32_t depth, int32_t parent);
/* The unit's grade for the roll-up's year (its last classification of that year; a span: of
 * its latest year inside the span), or
 * CONGDOAN_GRADE_NONE. */
static inline congdoan_grade congdoan__rollup_grade(const pass *s, const congdoan_unit *u)
{
    congdoan_grade g = CONGDOAN_GRADE_NONE;
    if (!s->year_first) { /* the usual roll-up, of one period: once per unit, so the test is out of the loop */
        for (size_t c = 0; c < u->classification_count; c++)
            if (u->classifications[c].year == s->year)
                g = u->classifications[c].grade;
        return g;
    }
    int best = 0;
    for (size_t c = 0; c < u->classification_count; c++) {
        int y = u->classifications[c].year;
        if (y == s->year || (y >= s->year_first && y <= s->year && y >= best))
            g = u->classifications[c].grade, best = y;
    }
    return g;
}
/* The unit's contribution to share-of-units indicators from its own data, added at once
 * (congdoan__rollup_unit_data falls back on it for all but leaves). */
void congdoan__rollup_unit_share(pass *s, const congdoan_unit *u, size_t key);
/* A leaf's share-of-units data counted by its class in its parent's row `parent` (see below):
 * 1 when done (or nothing to count), 0 when it needs congdoan__rollup_unit_share(). For
 * s->n_share at most 64. Read from the unit's brief (the unit with this index in the corpus),
 * its record only for the grade of a unit classified more than once or of a span. */
static inline int congdoan__rollup_leaf_class(pass *s, size_t index, int32_t parent)
{
    const congdoan__unit_brief *b = &s->corpus->briefs[index];
    if (b->level >= GRADE_LEVELS || b->sector >= GRADE_SECTORS)
        return 0;
    if (!s->share_scope[b->level][b->sector])
        return 1;
    unsigned g = (b->flags & CONGDOAN__BRIEF_GRADED) && !s->year_first
                     ? (b->year == s->year ? b->grade : (unsigned)CONGDOAN_GRADE_NONE)
                     : (unsigned)congdoan__rollup_grade(s, s->corpus->units.items[index]);
    if (g >= GRADE_GRADES)
        return 0;
    size_t class = ((size_t)b->level * GRADE_SECTORS + (size_t)b->sector) * GRADE_GRADES + g;
    s->grades[(size_t)parent * GRADE_CLASSES + class]++;
    return 1;
}
/* The same. A leaf of a known level and sector, the usual unit, is only counted by its class
 * (level, sector, grade: grade 0 counts in no share) in its parent's row: the shares it counts
 * in are added when the row is closed, a class at a time (fold_grades in rollup.c). */
static inline void congdoan__rollup_unit_data(pass *s, const congdoan_unit *u, size_t key)
{
    int32_t own = s->slot[key];
    if (own < 0 && s->n_share <= 64 && !(s->light_pos && s->light_pos[key]) &&
        congdoan__rollup_leaf_class(s, u->index, LEAF(own)))
        return;
    congdoan__rollup_unit_share(s, u, key);
}
/* Does `r` count: against the document, for the period, received by the reference date. */
int congdoan__rollup_report_counts(pass *s, const congdoan_report *r);
/* Add a chosen report of the unit with this key. 0 or CONGDOAN_ENOMEM. */
int congdoan__rollup_add_report(pass *s, const congdoan_report *r, size_t key);

/* ---- subtree.c, for rollup.c ------------------------------------------------------------------ */
/* Find the subtree of `top`: its units' slots and rows, and their own data. A small subtree
 * is walked from the top and gets keys of its own (s->walk); a large one is read in the
 * corpus's arrays. 0 or CONGDOAN_ENOMEM. */
int congdoan__rollup_units(pass *s, const congdoan_unit *top);
/* The chosen reports of a walked subtree, added (each unit's own list of reports). */
int congdoan__rollup_walked_reports(pass *s);

#endif
