/*
 * libcongdoan — the in-memory model behind the opaque handles. Never installed.
 *
 * Every object and string lives in the corpus arena. References to other objects are kept as
 * the identifiers written in the file and looked up in the corpus at query time, so they can
 * point into files loaded later; only the unit hierarchy (parent, children) is resolved when a
 * load is committed, because it needs arrays of its own.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_MODEL_H
#define CONGDOAN_MODEL_H

#include "base/base.h"
#include "text/vntext.h"

#include <string.h> /* strlen, in congdoan__foreign_next */

/* Where an object was read: file name (shared per load), line and column of its start tag. */
typedef struct congdoan__loc {
    const char *file;
    uint32_t line, column;
} congdoan__loc;

/* Where an item was read when it was taken from a text (1.2, <source>): the exact words and
 * where they stand. Kept inside the object; `words` NULL: none. */
typedef struct congdoan__provenance {
    const char *words, *file;
    long line, column; /* 1-based; 0: not given */
} congdoan__provenance;

/* The accessors of a provenance: the words, and where they stand in *file, *line, *column (each
 * out may be NULL; NULL and 0 when there is no provenance or they are not given). */
static inline const char *congdoan__provenance_get(const congdoan__provenance *p, const char **file, int *line,
                                                   int *column)
{
    const char *words = p ? p->words : NULL;
    if (file)
        *file = words ? p->file : NULL;
    if (line)
        *line = words && p->line > 0 && p->line <= 0x7fffffff ? (int)p->line : 0;
    if (column)
        *column = words && p->column > 0 && p->column <= 0x7fffffff ? (int)p->column : 0;
    return words;
}

/* A scope in words, with an optional threshold (1.2, <population>). */
struct congdoan_population {
    const char *text, *of, *measure;
    congdoan_comparator comparator; /* of the threshold; 0: none */
    double value;
    int has_value;
    congdoan__loc loc;
};

typedef struct congdoan__classification {
    int year;
    congdoan_grade grade;
} congdoan__classification;

/* Fields kept aside: the rare ones of a kind of record (units, reports), in a record of their
 * own that the object points to, made when one of them is first set. While the object's pointer
 * is NULL, every field there reads as in `blank` (each field's value when absent), so a file
 * that uses none of them costs one pointer per object. The vocabulary table says which
 * attributes and children live aside (congdoan__attr.aside, congdoan__child.aside); the loader,
 * writer and checks reach them through congdoan__aside_read() and congdoan__aside_make(). */
typedef struct congdoan__aside {
    size_t link;       /* offset in the object of the pointer to the record */
    size_t size;       /* bytes of the record */
    const void *blank; /* the record with every field absent */
} congdoan__aside;

/* Where the fields kept aside by `aside` are for reading: the object's record, or the blank
 * when it has none. With `aside` NULL (fields in the object itself): the object. */
static inline const char *congdoan__aside_read(const congdoan__aside *aside, const void *obj)
{
    if (!aside)
        return (const char *)obj;
    const char *rec = *(const char *const *)(const void *)((const char *)obj + aside->link);
    return rec ? rec : (const char *)aside->blank;
}
/* The same for writing: the record is made from the blank in `arena` when the object has none.
 * NULL when out of memory (the object unchanged). */
char *congdoan__aside_make(const congdoan__aside *aside, void *obj, congdoan__arena *arena);

/* What few units have (short names, declared counts, departments and bodies, 1.2 kinds and
 * group members): kept aside (see congdoan__aside). */
typedef struct congdoan__unit_aside {
    const char *short_name;
    long declared_upper, declared_grassroots; /* -1: not given */
    congdoan_unit **departments;
    size_t department_count, department_cap;
    /* 1.2 */
    congdoan_org_kind org_kind;
    congdoan_group_kind group_kind;       /* groups (kind CONGDOAN_UNIT_GROUP) */
    const char **group_members;           /* groups: member unit ids */
    size_t group_member_count, group_member_cap;
} congdoan__unit_aside;
extern const congdoan__aside congdoan__unit_aside_at;

struct congdoan_unit {
    /* What the progress engine reads for every unit comes first, within 64 bytes. Counts are
     * 32 bits (a unit record is 160 bytes: 2.4 MB less for a national file than with size_t
     * counts); the commit and the editor refuse more (hierarchy.c, edit-unit.c). */
    congdoan_unit_kind kind;
    congdoan_level level;
    congdoan_sector sector;
    congdoan_body_kind body_kind;
    congdoan_unit *parent;                /* organisations: the resolved parent (hierarchy.c) */
    congdoan__classification *classifications; /* a single one points at `one_classification` */
    uint32_t classification_count, classification_cap;
    congdoan__classification one_classification;
    size_t index;                         /* position in corpus->units */
    uint32_t reports;                     /* organisations: 1 + the index in corpus->reports of
                                           * one of its reports (the others follow through
                                           * congdoan_report.next_of_unit), 0 for none */
    uint32_t child_count;                 /* of `children` below */
    /* ---- */
    uint32_t plan_slot;                   /* scratch of congdoan__hierarchy_plan (1 + its place
                                           * among the plan's parents), 0 outside it */
    uint32_t children_cap;
    const congdoan_corpus *corpus;
    const char *id, *name, *parent_id;
    congdoan__loc loc;
    long members, workers;                /* -1: not given */
    congdoan_unit *owner;                 /* departments and bodies: their organisation */
    /* Derived when a load is committed or a unit is edited (hierarchy.c): parent, index above
     * and the children: */
    congdoan_unit **children;             /* organisations directly under it, in load order */
    congdoan__unit_aside *aside;          /* the rare fields; NULL: none of them set */
};
_Static_assert(sizeof(congdoan_unit) <= 160, "a unit record is 160 bytes");

/* The rare fields of u, for reading (the blank when it has none). */
static inline const congdoan__unit_aside *congdoan__unit_more(const congdoan_unit *u)
{
    return (const congdoan__unit_aside *)(const void *)congdoan__aside_read(&congdoan__unit_aside_at, u);
}
/* For writing (made in `arena` when u has none yet); NULL when out of memory. */
static inline congdoan__unit_aside *congdoan__unit_more_make(congdoan_unit *u, congdoan__arena *arena)
{
    return (congdoan__unit_aside *)(void *)congdoan__aside_make(&congdoan__unit_aside_at, u, arena);
}

typedef struct congdoan__relation {
    congdoan_relation_type type;
    const char *target_id, *number, *text;
    int date;
    congdoan__loc loc;
    const char *title;            /* 1.2 */
    congdoan__provenance source; /* 1.2 */
} congdoan__relation;

typedef struct congdoan__recipient {
    const char *text, *unit_id;
    congdoan__loc loc;
    congdoan__provenance source; /* 1.2 */
} congdoan__recipient;

typedef struct congdoan__item {
    congdoan_item_kind kind;
    union {
        const char *text;
        congdoan_section *section;
        congdoan_task *task;
        congdoan_indicator *indicator;
        congdoan_result *result;
    } u;
} congdoan__item;

struct congdoan_section {
    const congdoan_document *document;
    const congdoan_section *parent;
    const char *id, *number, *title;
    congdoan__item *items;
    size_t item_count, item_cap;
    congdoan__loc loc;
    congdoan__provenance source; /* 1.2: where its heading was read */
};

typedef struct congdoan__coordinator {
    const char *unit_id, *text;
    congdoan__loc loc;
    congdoan_level level; /* 1.2: a class of units (0: none) */
    int kinds, sectors;   /* bits 1 << congdoan_org_kind, 1 << congdoan_sector; 0: all */
} congdoan__coordinator;

/* A due time: its code as written (due="") and what it says (congdoan__due_parse). */
typedef struct congdoan__due {
    const char *code;
    congdoan_due_kind kind;
    congdoan_period_kind period_kind;
    int date, recurrence_day;
} congdoan__due;

/* A sub-deadline on part of a task's text (1.2, <milestone>). */
typedef struct congdoan__milestone {
    congdoan__due due;
    const char *due_text, *text;
    congdoan__loc loc;
} congdoan__milestone;

struct congdoan_task {
    const congdoan_document *document;
    const congdoan_section *section;
    const char *id, *text, *lead_id, *due_text;
    congdoan__due due;
    congdoan__coordinator *coordinators;
    size_t coordinator_count, coordinator_cap;
    congdoan__loc loc;
    /* 1.2 */
    const char *lead_text;
    congdoan_level lead_level;        /* a class of units leads it (0: none) */
    int lead_kinds, lead_sectors;     /* bits; 0: all */
    congdoan__milestone *milestones;
    size_t milestone_count, milestone_cap;
    congdoan__provenance source;
};

struct congdoan_indicator {
    const congdoan_document *document;
    const congdoan_section *section;
    const char *id, *text, *period, *owner_id, *unit_of_measure, *refines_document_id, *refines_indicator_id;
    congdoan_measure measure;
    congdoan_comparator comparator;
    double target, target_max, baseline;
    int has_target, has_target_max, has_baseline;
    congdoan_level scope_level;
    int scope_sectors;
    congdoan_grade condition_grade;
    congdoan__loc loc;
    /* 1.2 */
    congdoan_direction direction;     /* 0: not written (higher) */
    double score_max;
    int has_score_max;
    const char *currency, *period_text, *by, *subject, *part_of_id;
    congdoan_population *populations;
    size_t population_count, population_cap;
    congdoan__provenance source;
};

/* A figure stated as achieved (1.2, <result>), in a document's section or in a report. */
struct congdoan_result {
    const congdoan_document *document;  /* NULL in a report */
    const congdoan_section *section;
    const struct congdoan_report *report; /* NULL in a document */
    const char *id, *text, *unit_of_measure, *period, *period_text, *indicator_document_id, *indicator_id;
    const char *unit_id, *subject, *part_of_id, *currency;
    congdoan_measure measure;           /* 0: count */
    congdoan_comparator comparator;     /* 0: exactly */
    congdoan_comparator over_target_comparator; /* 0: exactly */
    int estimate, cumulative;           /* 1 true, 2 false as written, 0 not said */
    double value, of, share, stated_rate, over_target, score_max;
    int has_value, has_of, has_share, has_stated_rate, has_over_target, has_score_max;
    congdoan_population *populations;
    size_t population_count, population_cap;
    congdoan__provenance source;
    congdoan__loc loc;
};

typedef struct congdoan__deadline {
    const char *period;
    int date;
    congdoan__loc loc;
} congdoan__deadline;

/* A unit that must report (<reporter>): which indicators (1.2; none listed: all) and at which
 * coverage (1.2; 0: not said). */
typedef struct congdoan__reporter {
    const char *unit_id;
    const char **indicators;
    size_t indicator_count;
    int coverage;
    congdoan__loc loc;
} congdoan__reporter;

struct congdoan_document {
    const congdoan_corpus *corpus;
    const char *id, *number, *title, *issuer_id, *issuing_body_id, *place, *field;
    const char *signer_name, *signer_position, *signer_capacity;
    congdoan_document_kind kind;
    int issued, effective;
    congdoan__relation *relations;
    size_t relation_count, relation_cap;
    congdoan__recipient *recipients;
    size_t recipient_count, recipient_cap;
    congdoan_section **sections;
    size_t section_count, section_cap;
    congdoan_task **tasks;
    size_t task_count, task_cap;
    congdoan_indicator **indicators;
    size_t indicator_count, indicator_cap;
    /* <reporting> */
    int has_reporting;
    const char *reporting_to_id;
    congdoan_period_kind reporting_frequency;
    congdoan__deadline *deadlines;
    size_t deadline_count, deadline_cap;
    congdoan__reporter *reporters;
    size_t reporter_count, reporter_cap;
    congdoan__loc loc;
    /* 1.2 */
    const char *issuer_text, *author, *reporting_via_id;
    int published;
    congdoan_result **results;  /* of its sections, in document order */
    size_t result_count, result_cap;
    congdoan__provenance source;
    congdoan__provenance signer_source; /* where the signature block was read */
    /* The corpus's index of numbers (numbers.c): the position in corpus->documents, and the
     * next document with the same number in that order; the first of them (the one the index
     * holds) also knows the last. */
    size_t index;
    congdoan_document *same_number_next, *same_number_last;
};

enum { CONGDOAN__VALUE_PLAIN = 1, CONGDOAN__VALUE_FRACTION = 2 };

/* The indicator ids that values refer to: one table per load (or per report built through the
 * API), so that a value holds a 32-bit index rather than a pointer. */
typedef struct congdoan__idtab {
    const char **items;
    size_t count, cap;
} congdoan__idtab;

/* A reported figure as the file or the API gives it: the loader's and the editor's working
 * form, and what congdoan__report_value_get() gives back whatever the report keeps. */
typedef struct congdoan__value {
    double value, numerator, denominator;
    uint32_t indicator;    /* index in the report's id table */
    uint32_t line : 28;    /* 0 when built through the API or beyond 268 million lines */
    uint32_t flags : 2;    /* CONGDOAN__VALUE_PLAIN | CONGDOAN__VALUE_FRACTION */
    uint32_t coverage : 2; /* congdoan_coverage */
} congdoan__value;

/* A value's attributes as the loader reads them and the writer writes them (the vocabulary
 * table's fields for <value>): the packed congdoan__value above is made from it. */
typedef struct congdoan__value_view {
    const char *indicator;
    double value, numerator, denominator;
    int has_value, has_numerator, has_denominator;
    int coverage;
} congdoan__value_view;
/* The view of value v of report r. */
void congdoan__value_view_of(const struct congdoan_report *r, const congdoan__value *v, congdoan__value_view *out);

/* The indicator id of a value of report r. */
#define CONGDOAN__VALUE_ID(r, v) ((r)->ids->items[(v)->indicator])
/* The index of `id` in *tab (made in `arena` when NULL), appended when new; `id` must live as
 * long as the arena. 0 or CONGDOAN_ENOMEM (the table unchanged). Linear: for edits. */
int congdoan__idtab_index(congdoan__arena *arena, congdoan__idtab **tab, const char *id, uint32_t *out);
/* Append without looking (the caller knows it is new): constant time. */
int congdoan__idtab_append(congdoan__arena *arena, congdoan__idtab **tab, const char *id, uint32_t *out);

/* 1.2: not submitted (no date) and every value, status and result of it an empty slot: a report
 * form not yet filled, which completeness counts as not submitted. */
int congdoan__report_is_skeleton(const struct congdoan_report *r);

/* How a report keeps its values (values.c). A national file holds millions, so the usual
 * report is kept compact, in the shape the roll-up adds it in:
 *
 *  - compact: when every value names a different id-table entry below 64. Slot k holds the
 *    value for entry `first + k` (an entry in between without a value is a hole, all zero):
 *    its figures (what the roll-up adds: the value or the numerator, and the denominator or 0)
 *    as two int32_t when every figure of the report is a whole number that fits (`int_figs`:
 *    8 bytes a slot, the usual case), else as a congdoan__fig of two doubles (16 bytes); `meta`
 *    (flags and coverage, one byte; coverage CONGDOAN__HOLE for a hole); the line of each value
 *    only when the values are not one a line right after the report's start tag
 *    (`lines_regular`: value i of the file order on line loc.line + 1 + i); `order` (the slot
 *    of each value in file order; NULL when that is slot order without holes); and the plain
 *    value of a value that also has a fraction (`stated`: the values and their slots, by slot).
 *    About 9 to 10 bytes a value.
 *  - loose: `loose` (kept aside: congdoan__report_aside), the values as given, for everything else (a value given twice, large id
 *    tables) and for every report once the editor changed a value.
 *
 * Read a value with congdoan__report_value_get(), whatever the form, and a slot's figures with
 * congdoan__report_fig(). */
typedef struct congdoan__fig {
    double a, b;
} congdoan__fig;
enum { CONGDOAN__HOLE = 3 }; /* a slot's coverage when it holds no value */
#define CONGDOAN__META(flags, coverage) ((uint8_t)((flags) << 2 | (coverage)))
#define CONGDOAN__META_FLAGS(m) ((m) >> 2 & 3)
#define CONGDOAN__META_COVERAGE(m) ((m) & 3)

/* The compact form's arrays lie in one block from `figs` (values.c), in this order: the
 * figures, the stated values (double), the lines (uint32_t, unless lines_regular), the meta,
 * the stated values' slots (uint8_t), the order (unless in_order). */
static inline congdoan__fig congdoan__report_fig(const struct congdoan_report *r, size_t k);
static inline const double *congdoan__report_stated(const struct congdoan_report *r);
static inline const uint32_t *congdoan__report_lines(const struct congdoan_report *r);
static inline const uint8_t *congdoan__report_meta(const struct congdoan_report *r);
static inline const uint8_t *congdoan__report_stated_slots(const struct congdoan_report *r);
static inline const uint8_t *congdoan__report_order(const struct congdoan_report *r);

/* Keep values[0..n) (file order) as r's values, compact when they fit, in `arena`; sets the
 * summary. r->ids must be set. 0 or CONGDOAN_ENOMEM (r unchanged). */
int congdoan__report_keep_values(congdoan__arena *arena, congdoan_report *r, const congdoan__value *values, size_t n);
/* Turn r's values into the loose form (for an edit). 0 or CONGDOAN_ENOMEM (r unchanged). */
int congdoan__report_loosen(congdoan__arena *arena, congdoan_report *r);
/* Value i (below r->value_count, file order) of r. */
congdoan__value congdoan__report_value_get(const congdoan_report *r, size_t i);
/* Recompute the summary of r's values (simple, bad_fraction, bad_count, holes). */
void congdoan__report_summarise(struct congdoan_report *r);

typedef struct congdoan__task_status {
    const char *task_id, *note;
    congdoan_task_status status; /* 1.2: NONE for an empty slot */
    congdoan__loc loc;
    const char *unit_id;         /* 1.2: NULL for the report's unit */
    int completed;               /* 1.2: the completion date of a done task, or 0 */
} congdoan__task_status;

/* What few reports have (a note, task statuses, 1.2 results) and the loose form of values (an
 * edited report's): kept aside (see congdoan__aside). */
typedef struct congdoan__report_aside {
    const char *note;
    congdoan__task_status *statuses;
    size_t status_count, status_cap;
    congdoan_result **results; /* 1.2 */
    size_t result_count, result_cap;
    congdoan__value *loose;     /* the loose form; NULL otherwise */
    uint32_t loose_cap;         /* the loose form's room (a cap below the count: exactly that) */
} congdoan__report_aside;
extern const congdoan__aside congdoan__report_aside_at;

struct congdoan_report {
    /* What the progress engine reads for every report comes first, within 64 bytes. */
    const char *document_id, *period;
    /* 1 + the index in corpus->units of the organisation unit_id names, resolved when the load
     * was committed (or the report added); 0 while no such organisation is loaded. Unit ids
     * never change and units are never removed, so once set it stays right. Readers fall back
     * to congdoan__org_pos() when it is 0. */
    uint32_t unit_pos;
    int submitted;
    const void *figs;           /* compact form (see congdoan__fig); NULL otherwise */
    congdoan__idtab *ids;       /* the ids its values refer to */
    uint8_t slot_count;         /* compact form: its slots (at most 64) */
    uint8_t int_figs;           /* compact form: figures as int32_t pairs, else congdoan__fig */
    uint8_t lines_regular;      /* compact form: no lines kept (see congdoan__fig) */
    /* The summary kept by congdoan__report_summarise() whenever the values change: `simple`
     * when the report is compact and every value is the unit's own; then bit e of bad_fraction
     * is set when entry e has no fraction, of bad_count when it has no plain value or a
     * fraction too (the slot's first figure is then the numerator); `holes` marks the entries
     * of the slots' range without a value. */
    uint8_t simple, first, has_holes;
    uint8_t in_order;           /* compact form: values in slot order without holes (no `order`) */
    uint8_t stated_count;       /* compact form: values with a plain value and a fraction (<= 64) */
    uint64_t bad_fraction, bad_count;
    /* ---- */
    uint64_t holes;
    uint32_t value_count;       /* at most UINT32_MAX: the loader and the editor refuse more */
    uint32_t next_of_unit;      /* 1 + the index of the next report of the same organisation */
    const congdoan_corpus *corpus;
    const char *id, *unit_id;
    congdoan__loc loc;
    congdoan__report_aside *aside; /* the rare fields; NULL: none of them set */
};
_Static_assert(sizeof(congdoan_report) <= 128, "a report record is at most 128 bytes");

/* The rare fields of r, for reading (the blank when it has none). */
static inline const congdoan__report_aside *congdoan__report_more(const congdoan_report *r)
{
    return (const congdoan__report_aside *)(const void *)congdoan__aside_read(&congdoan__report_aside_at, r);
}
/* For writing (made in `arena` when r has none yet); NULL when out of memory. */
static inline congdoan__report_aside *congdoan__report_more_make(congdoan_report *r, congdoan__arena *arena)
{
    return (congdoan__report_aside *)(void *)congdoan__aside_make(&congdoan__report_aside_at, r, arena);
}

static inline size_t congdoan__report_fig_size(const struct congdoan_report *r)
{
    return r->int_figs ? 2 * sizeof(int32_t) : sizeof(congdoan__fig);
}
static inline congdoan__fig congdoan__report_fig(const struct congdoan_report *r, size_t k)
{
    if (r->int_figs) {
        const int32_t *f = (const int32_t *)r->figs + 2 * k;
        return (congdoan__fig){f[0], f[1]};
    }
    return ((const congdoan__fig *)r->figs)[k];
}
static inline const double *congdoan__report_stated(const struct congdoan_report *r)
{
    return (const double *)(const void *)((const char *)r->figs + r->slot_count * congdoan__report_fig_size(r));
}
static inline const uint32_t *congdoan__report_lines(const struct congdoan_report *r)
{
    return r->lines_regular ? NULL : (const uint32_t *)(const void *)(congdoan__report_stated(r) + r->stated_count);
}
static inline const uint8_t *congdoan__report_meta(const struct congdoan_report *r)
{
    return (const uint8_t *)(const void *)(congdoan__report_stated(r) + r->stated_count) +
           (r->lines_regular ? 0 : r->slot_count * sizeof(uint32_t));
}
static inline const uint8_t *congdoan__report_stated_slots(const struct congdoan_report *r)
{
    return congdoan__report_meta(r) + r->slot_count;
}
static inline const uint8_t *congdoan__report_order(const struct congdoan_report *r)
{
    return r->in_order ? NULL : congdoan__report_stated_slots(r) + r->stated_count;
}

/* ---- foreign content and comments (ext.c) --------------------------------------------------- */
/* Elements and attributes of other namespaces, and comments, are kept through read and write.
 * They hang off the element they were read in, named by its owner object, its role and an index
 * (roles with one element per object use index 0): owners never move, indexes only grow, so
 * keys stay valid when arrays are reallocated by edits. Comments before and after the root
 * element hang off the corpus with the roles PROLOG and EPILOG. */
typedef enum congdoan__role {
    CONGDOAN__ROLE_ROOT, CONGDOAN__ROLE_UNIT, CONGDOAN__ROLE_CLASSIFICATION, CONGDOAN__ROLE_DOCUMENT,
    CONGDOAN__ROLE_TITLE, CONGDOAN__ROLE_SIGNER, CONGDOAN__ROLE_RELATION, CONGDOAN__ROLE_RECIPIENT,
    CONGDOAN__ROLE_REPORTING, CONGDOAN__ROLE_DEADLINE, CONGDOAN__ROLE_REPORTER, CONGDOAN__ROLE_SECTION,
    CONGDOAN__ROLE_PARAGRAPH, CONGDOAN__ROLE_TASK, CONGDOAN__ROLE_TASK_TEXT, CONGDOAN__ROLE_COORDINATOR,
    CONGDOAN__ROLE_INDICATOR, CONGDOAN__ROLE_INDICATOR_TEXT, CONGDOAN__ROLE_REPORT, CONGDOAN__ROLE_VALUE,
    CONGDOAN__ROLE_TASK_STATUS, CONGDOAN__ROLE_NOTE, CONGDOAN__ROLE_PROLOG, CONGDOAN__ROLE_EPILOG,
    /* 1.2 */
    CONGDOAN__ROLE_GROUP, CONGDOAN__ROLE_MEMBER, CONGDOAN__ROLE_MILESTONE, CONGDOAN__ROLE_POPULATION,
    CONGDOAN__ROLE_RESULT, CONGDOAN__ROLE_RESULT_TEXT, CONGDOAN__ROLE_SOURCE,
    /* the <source> of a signer, relation, recipient. An element kept by value in its parent's
     * array (a relation, a recipient) is no owner: the foreign content of its children hangs
     * off its parent's owner (the document) with its index. */
    CONGDOAN__ROLE_SIGNER_SOURCE, CONGDOAN__ROLE_RELATION_SOURCE, CONGDOAN__ROLE_RECIPIENT_SOURCE
} congdoan__role;

/* Foreign elements and comments side by side, kept as the XML that writes them back: `count`
 * strings one after another in memory (each right after the previous one's NUL), all at the
 * same position. A file with many small foreign elements costs their text, not a record each. */
typedef struct congdoan__foreign_elem {
    size_t position;  /* how many of the element's own children come before them */
    const char *xml;  /* the first: the element and its content, with the namespace declarations
                       * it needs; or the comment, "<!--" and "-->" included */
    size_t count;     /* 1 or more */
} congdoan__foreign_elem;

/* The string kept after `xml` in a congdoan__foreign_elem. */
static inline const char *congdoan__foreign_next(const char *xml)
{
    return xml + strlen(xml) + 1;
}

typedef struct congdoan__ext {
    const void *owner;
    congdoan__role role;
    size_t index;
    /* its foreign attributes, kept as the writer writes them (escaped, values in NFC): the
     * namespace declarations they need, each prefix once (" xmlns:x=\"urn:x\""), then the
     * attributes (" x:a=\"1\""); NULL when none. About the bytes of the file they came from. */
    const char *attr_ns, *attr_xml;
    size_t attr_count;
    congdoan__foreign_elem *elems;
    size_t elem_count;
} congdoan__ext;

/* The table of them is a congdoan__map keyed by (owner, role, index). */
void congdoan__ext_map_release(congdoan__map *m);
int congdoan__ext_map_reserve(congdoan__map *m, size_t total);
/* Insert (room reserved first); an entry with the same key is replaced. */
void congdoan__ext_map_put(congdoan__map *m, congdoan__ext *ext);
const congdoan__ext *congdoan__ext_get(const congdoan__map *m, const void *owner, congdoan__role role, size_t index);

enum { CONGDOAN__LIMIT_COUNT = 5 };

struct congdoan_corpus {
    congdoan__arena arena;
    congdoan__vec units, documents, reports;
    congdoan__map unit_map, document_map, report_map;
    congdoan__vec roots;                  /* organisations without a (loaded) parent, in load order */
    size_t late_parents;                  /* organisations whose parent comes after them in load order
                                           * (hierarchy.c); 0 lets the progress engine read the units
                                           * in load order instead of walking the tree */
    size_t unresolved_reports;            /* reports whose organisation is not (yet) loaded */
    congdoan__map waiting;                /* those reports by the unit id they name: 1 + the index of
                                           * the last one, the others chained through next_of_unit
                                           * (0 once the unit came); see congdoan__reports_resolve */
    int waiting_lost;                     /* out of memory indexing them: found by a look at every
                                           * report when a unit comes, until indexed again */
    size_t top_loaded;                    /* elements read as children of the root, all loads: where
                                           * the next load's root comments go (see congdoan__ext) */
    congdoan__map ext;                     /* foreign content, see congdoan__ext */
    congdoan__map local_ids;               /* (document, id) -> its section, task, indicator or
                                           * result (local-ids.c) */
    congdoan__map numbers;                 /* document number -> the first document with it, in
                                           * corpus order; NULL once none has it (numbers.c) */
    long limits[CONGDOAN__LIMIT_COUNT];
    int load_threads;                     /* 1 or 2 (congdoan_corpus_set_load_threads) */
    congdoan__hash_key hash_key;          /* the secret every id table of the corpus and of its
                                           * loads hashes under (base.h) */
    struct congdoan__unit_brief *briefs;  /* by unit index (see congdoan__brief_refresh) */
    size_t briefs_cap;
};

/* ---- corpus internals (corpus.c) ------------------------------------------------------------ */
/* The staged objects of a load, committed to the corpus at once or dropped. */
typedef struct congdoan__staging {
    congdoan__arena arena;
    /* Unit and report records and report values, and nothing else: packed in load order, the
     * order the roll-up reads them in (query/rollup.c), so that the memory streams. */
    congdoan__arena records;
    congdoan__interner strings;
    congdoan__vec units, documents, reports;
    congdoan__map unit_map, document_map, report_map;
    congdoan__vec ext;  /* congdoan__ext * read in this load */
    size_t top_loaded;  /* children of the root read in this load */
} congdoan__staging;

/* Staged tables hash under the corpus's key, so that the commit moves them as they are. */
void congdoan__staging_init(congdoan__staging *st, const congdoan_corpus *corpus);
/* Size the staging's arenas for an input of `bytes` bytes of XML (a hint: congdoan__arena_expect). */
void congdoan__staging_expect(congdoan__staging *st, size_t bytes);
void congdoan__staging_release(congdoan__staging *st);
/* Move everything staged into the corpus. 0, or CONGDOAN_ENOMEM with the corpus unchanged. */
int congdoan__staging_commit(congdoan_corpus *corpus, congdoan__staging *st);


/* The unit hierarchy (hierarchy.c). A commit plans (may fail, changes nothing in the corpus;
 * the staged organisations' `parent` is set) then applies, which writes the briefs of every
 * staged unit and every unit given a child or a parent (indexes set and briefs reserved
 * first). */
typedef struct congdoan__hierarchy_plan {
    congdoan__vec children; /* older roots to attach to a parent, in order (the staged units
                             * carry theirs in their own `parent`) */
    congdoan__vec child_parent; /* the parent of each, found while planning */
    congdoan__vec parents;  /* the distinct parents receiving children (their plan_slot: 1 + the
                             * place here), and by the same place: */
    congdoan__vec pending;  /* how many children each receives (uintptr_t) */
    congdoan__vec grown;    /* its new array of children when it needs more room, else NULL */
    congdoan__vec grown_cap; /* that array's room (uintptr_t) */
    congdoan__vec roots;    /* the new roots list, reserved */
} congdoan__hierarchy_plan;
int congdoan__hierarchy_prepare(congdoan_corpus *c, congdoan__staging *st, congdoan__hierarchy_plan *plan);
void congdoan__hierarchy_apply(congdoan_corpus *c, congdoan__staging *st, congdoan__hierarchy_plan *plan);
void congdoan__hierarchy_plan_release(congdoan__hierarchy_plan *plan);
/* Single edits: make room for one more child; take a unit out of the tree; put it (back) under
 * the parent its parent_id names, or among the roots. attach: 0 or CONGDOAN_ENOMEM (unchanged). */
int congdoan__hierarchy_reserve_child(congdoan_corpus *c, congdoan_unit *parent);
void congdoan__hierarchy_detach(congdoan_corpus *c, congdoan_unit *u);
int congdoan__hierarchy_attach(congdoan_corpus *c, congdoan_unit *u);

/* What the roll-up reads of every unit, packed by unit index in corpus->briefs, so that a
 * national roll-up finds its subtree in 1.8 MB instead of the 24 MB of the unit records
 * (query/subtree.c). Derived from the records and refreshed wherever the fields it copies change:
 * the hierarchy (parent, children), a unit's level, sector and classifications, a new unit. */
typedef struct congdoan__unit_brief {
    uint32_t parent;            /* organisations: 1 + the index of the resolved parent, 0 none */
    uint8_t flags;              /* CONGDOAN__BRIEF_* */
    uint8_t level, sector;      /* congdoan_level, congdoan_sector */
    uint8_t grade;              /* BRIEF_GRADED: the grade of its only classification, or NONE */
    int32_t year;               /* BRIEF_GRADED: that classification's year, 0 for none */
} congdoan__unit_brief;
enum {
    CONGDOAN__BRIEF_ORGANISATION = 1, /* kind CONGDOAN_UNIT_ORGANISATION */
    CONGDOAN__BRIEF_LEAF = 2,         /* no children */
    CONGDOAN__BRIEF_GRADED = 4        /* at most one classification: grade and year say it all */
};
/* Room for the briefs of `count` units in all: 0 or CONGDOAN_ENOMEM (nothing changed). */
int congdoan__briefs_reserve(congdoan_corpus *c, size_t count);
/* Write the brief of u (u->index below the room reserved) from its record. */
void congdoan__brief_refresh(congdoan_corpus *c, const congdoan_unit *u);

/* 1.2 (task.c): whether organisation u is of the class of units `level`, `kinds`, `sectors` (bits;
 * 0: all) under the issuer of document d (all units when the issuer is not loaded). */
int congdoan__class_has(const congdoan_document *d, congdoan_level level, int kinds, int sectors,
                        const congdoan_unit *u);

/* 1.2, results (result.c): the indicator a result answers (NULL: none loaded); the result of the
 * same document or report it is a part of; its rate against that indicator's target (value /
 * target x 100): 1 with *rate set, or 0 when there is no figure, indicator or target (or 0). */
const congdoan_indicator *congdoan__result_indicator(const congdoan_result *x);
const congdoan_result *congdoan__result_part_of(const congdoan_result *x);
int congdoan__result_rate(const congdoan_result *x, double *rate);
/* The same against `ind`, the indicator the result answers, found by the caller. */
int congdoan__result_rate_against(const congdoan_result *x, const congdoan_indicator *ind, double *rate);
/* congdoan_result_rate_mismatches() against a given indicator (NULL: no rate to compare). */
int congdoan__result_rate_mismatches_against(const congdoan_result *x, const congdoan_indicator *ind);

/* The editor's adds of a section, task, indicator or result without the search for a local id
 * already in use (edit-section.c …): for a builder that makes its ids unique itself and has the
 * result checked by the loader (the importer, lib/import/document.c); otherwise as the public
 * functions. */
int congdoan__fresh_add_section(congdoan_corpus *corpus, const congdoan_document *doc, const congdoan_section *parent,
                                const char *id, const char *number, const char *title, const congdoan_section **out);
int congdoan__fresh_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id, const char *txt,
                             const congdoan_task **out);
/* (an indicator: with its range's top when target_max is not NULL, the range checked whole) */
int congdoan__fresh_add_indicator(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                  congdoan_measure measure, congdoan_comparator comparator, double target,
                                  const double *target_max, const char *txt, const congdoan_indicator **out);
int congdoan__fresh_add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                               const char *txt, const congdoan_result **out);

/* Resolve the organisation of corpus->reports[from..] still without one (unit_pos), putting each
 * found on its organisation's list of reports (congdoan_unit.reports), and the others on the
 * list of the id they name (corpus->waiting). From 0, the waiting lists are made again. Cannot
 * fail (out of memory for the lists, they are marked lost and found by this look again). */
void congdoan__reports_resolve(congdoan_corpus *c, size_t from);
/* A unit added (by a load or an edit, in the corpus's lists and map): the reports waiting for
 * its id are its own now. Cannot fail. */
void congdoan__reports_unit_added(congdoan_corpus *c, congdoan_unit *u);

/* Lookups used by accessors. */
const congdoan_unit *congdoan__unit_lookup(const congdoan_corpus *corpus, const char *id);
/* 1 + the index in corpus->units of the organisation `id` names; 0 when none is loaded (or
 * beyond the 4,294,967,294 units a report can point to; see congdoan_report.unit_pos). */
uint32_t congdoan__org_pos(const congdoan_corpus *corpus, const char *id);
const congdoan_document *congdoan__document_lookup(const congdoan_corpus *corpus, const char *id);

/* The ids inside documents and reports (local-ids.c): section, task, indicator and result ids,
 * one namespace per document; result ids, one per report; all in corpus->local_ids under
 * (owner, id), the owner a document or a report. Reserve room for `more` (0 or CONGDOAN_ENOMEM,
 * nothing changed), then put (cannot fail; NULL id: nothing; an id already there keeps its
 * first object). `kind`: CONGDOAN_ITEM_SECTION ... CONGDOAN_ITEM_RESULT of a document, or: */
enum { CONGDOAN__ITEM_REPORT_RESULT = 6 };
int congdoan__local_ids_reserve(congdoan_corpus *c, size_t more);
void congdoan__local_id_put(congdoan_corpus *c, const void *owner, const char *id, int kind, const void *obj);
/* The object of `owner` with this id and its kind, or NULL (kind CONGDOAN_ITEM_NONE; also for a
 * NULL corpus, owner or id). One hash, wherever the object is. */
const void *congdoan__local_id_get(const congdoan_corpus *c, const void *owner, const char *id, int *kind);
/* How many objects of document d (or, d NULL, report r) have an id; put them all (room
 * reserved). */
size_t congdoan__local_ids_of(const congdoan_document *d, const congdoan_report *r);
void congdoan__local_ids_put_all(congdoan_corpus *c, const congdoan_document *d, const congdoan_report *r);

/* The documents by number (numbers.c): corpus->numbers holds the first document with each
 * number, the others follow it through same_number_next, in corpus order, so that
 * congdoan_corpus_document_by_number() and a relation named by its number cost one hash and
 * a walk of the documents that share the number. Reserve room for `more` numbers (0 or
 * CONGDOAN_ENOMEM, nothing changed), then put a document (cannot fail; its index set and its
 * number NULL: nothing) or take one out (before its number changes). */
int congdoan__numbers_reserve(congdoan_corpus *c, size_t more);
void congdoan__numbers_put(congdoan_corpus *c, congdoan_document *d);
void congdoan__numbers_remove(congdoan_corpus *c, congdoan_document *d);
/* The first document of the corpus with this number (NFC, as stored), or NULL. */
const congdoan_document *congdoan__numbers_first(const congdoan_corpus *c, const char *number);

#endif /* CONGDOAN_MODEL_H */
