/*
 * libcongdoan — the vocabulary of urn:congdoan:1 in one table (vocab.c, vocab-enums.c). Never
 * installed.
 *
 * Every element of the vocabulary is described once: its attributes (name, kind of value, whether
 * required, and the field of the model object that holds the value), the text it holds, and the
 * elements allowed in it with their order and how many (and where they live in the model). The
 * loader (xml/load.c) parses attributes into objects by walking it, the writer (xml/writer.c)
 * writes objects back by walking it, the editor (edit-*.c) takes enum bounds and names from it,
 * and tests/test-vocab.c compares it with lib/schema/congdoan-1.rng name by name. Names of enum
 * values live in tables that carry their own count.
 *
 * Where the table says "the object" of an element it means the model object the element's
 * attributes and text are read into: a congdoan_unit for <unit>, the congdoan_document for
 * <signer> and <reporting> (whose attributes are document fields), the title field itself for
 * <title>, and so on (see congdoan__child.at).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_VOCAB_H
#define CONGDOAN_VOCAB_H

#include "model/model.h"

/* The namespace of the vocabulary's elements. */
#define CONGDOAN__NS "urn:congdoan:1"

/* ---- enums: the names of their values ------------------------------------------------------- */

typedef struct congdoan__enum_value {
    const char *name;     /* as written in XML; NULL for a value that has none (0: none, unknown) */
    const char *constant; /* the C enumerator, for messages of the editing API */
    int minor;            /* the minor revision of the vocabulary that added it (0: 1.0) */
} congdoan__enum_value;

typedef struct congdoan__enum {
    const char *what;                   /* "level", for messages */
    const congdoan__enum_value *values; /* indexed by the enum value */
    size_t count;                       /* values 0 .. count - 1 */
} congdoan__enum;

extern const congdoan__enum congdoan__levels, congdoan__sectors, congdoan__grades, congdoan__body_kinds,
    congdoan__document_kinds, congdoan__relation_types, congdoan__measures, congdoan__comparators,
    congdoan__task_statuses, congdoan__coverages, congdoan__frequencies, congdoan__org_kinds, congdoan__group_kinds,
    congdoan__result_measures, congdoan__result_comparators, congdoan__threshold_comparators, congdoan__directions,
    congdoan__booleans;

/* The value whose XML name is s[0..len), or -1. */
int congdoan__enum_lookup(const congdoan__enum *e, const char *s, size_t len);
/* The XML name of `value`, or NULL (out of range, or a value without one). */
const char *congdoan__enum_name(const congdoan__enum *e, int value);
/* "a, b, c or d": the XML names from `from` on, for messages; "" when buf is too small. */
const char *congdoan__enum_list(const congdoan__enum *e, int from, char *buf, size_t size);

/* ---- elements -------------------------------------------------------------------------------- */

typedef enum congdoan__el {
    CONGDOAN__EL_NONE, /* not an element of ours (skipped, or foreign content) */
    CONGDOAN__EL_ROOT, CONGDOAN__EL_UNIT, CONGDOAN__EL_DEPARTMENT, CONGDOAN__EL_BODY, CONGDOAN__EL_CLASSIFICATION,
    CONGDOAN__EL_DOCUMENT, CONGDOAN__EL_TITLE, CONGDOAN__EL_SIGNER, CONGDOAN__EL_RELATION, CONGDOAN__EL_RECIPIENT,
    CONGDOAN__EL_REPORTING, CONGDOAN__EL_DEADLINE, CONGDOAN__EL_REPORTER, CONGDOAN__EL_SECTION, CONGDOAN__EL_P,
    CONGDOAN__EL_TASK, CONGDOAN__EL_TEXT, CONGDOAN__EL_COORDINATOR, CONGDOAN__EL_INDICATOR, CONGDOAN__EL_REPORT,
    CONGDOAN__EL_VALUE, CONGDOAN__EL_TASK_STATUS, CONGDOAN__EL_NOTE,
    /* 1.2 */
    CONGDOAN__EL_GROUP, CONGDOAN__EL_MEMBER, CONGDOAN__EL_MILESTONE, CONGDOAN__EL_POPULATION, CONGDOAN__EL_RESULT,
    CONGDOAN__EL_SOURCE,
    CONGDOAN__EL_COUNT
} congdoan__el;

/* The kind of an attribute's value: how it is read and written, and the C type of its field. */
typedef enum congdoan__kind {
    CONGDOAN__K_ID,        /* the object's own identifier (const char *): 1 to 128 of [A-Za-z0-9._-] */
    CONGDOAN__K_REF,       /* the identifier of another object (const char *), same syntax */
    CONGDOAN__K_TEXT,      /* text as written, in NFC, not trimmed (const char *) */
    CONGDOAN__K_DOCNUMBER, /* a document number (const char *): text the loader keeps as written */
    CONGDOAN__K_ENUM,      /* one XML name of `names` (an enum, int-sized) */
    CONGDOAN__K_SET,       /* XML names of `names` separated by spaces (int: bit 1 << value each) */
    CONGDOAN__K_CONDITION, /* CONGDOAN__CONDITION_PREFIX and a name of `names` (the enum, int-sized) */
    CONGDOAN__K_DATE,      /* YYYY-MM-DD that exists (int yyyymmdd; 0: none) */
    CONGDOAN__K_YEAR,      /* a year from 1900 to 2200 (int) */
    CONGDOAN__K_PERIOD,    /* YYYY, YYYY-H1, YYYY-Q2, YYYY-MM (const char *) */
    CONGDOAN__K_DUE,       /* a due time (congdoan__due) */
    CONGDOAN__K_DECIMAL,   /* a number in machine form (double; the int at `aux` says it is there) */
    CONGDOAN__K_COUNT,     /* a whole number of 0 or more (long; -1: none) */
    CONGDOAN__K_REFINES,   /* DOCUMENT-ID#INDICATOR-ID (two const char *: at `field` and at `aux`) */
    CONGDOAN__K_VERSION,   /* the vocabulary's version, 1.x (no field) */
    /* 1.2 */
    CONGDOAN__K_SPAN,      /* a period, a span FIRST/LAST of two, or term:YYYY/YYYY (const char *) */
    CONGDOAN__K_BY,        /* a deadline: a period or a date (const char *) */
    CONGDOAN__K_LINE,      /* a whole number of 1 or more (long; 0: none) */
    CONGDOAN__K_IDS,       /* identifiers separated by spaces (const char **; the size_t count at `aux`) */
    CONGDOAN__K_CURRENCY   /* an ISO 4217 code, three capital letters (const char *) */
} congdoan__kind;

#define CONGDOAN__CONDITION_PREFIX "classification-at-least:"

/* No field: the value is not kept in the model (the version) or an element hook reads it. */
#define CONGDOAN__NO_FIELD ((size_t)-1)

enum {
    CONGDOAN__A_REQUIRED = 1, /* the element needs it */
    CONGDOAN__A_HOOKED = 2,   /* the loader's hook of the element reads it (the report-value fast path) */
    CONGDOAN__A_SINCE_1_2 = 4, /* added in revision 1.2 */
    CONGDOAN__A_UNREFERENCED = 8 /* an id no attribute refers to: the loader copies it, not interned */
};

typedef struct congdoan__attr {
    const char *name;
    congdoan__kind kind;
    unsigned flags;              /* CONGDOAN__A_* */
    const congdoan__enum *names; /* ENUM, SET, CONDITION */
    int absent;                  /* ENUM: the value when absent or unreadable, never written */
    size_t field;                /* offset of the value in the element's object, or CONGDOAN__NO_FIELD */
    size_t aux;                  /* DECIMAL: the int saying it is there; REFINES: the second id */
    /* NULL: `field` and `aux` are offsets in the object; else in its record of rare fields
     * (congdoan__aside: read through congdoan__aside_read, written through _make) */
    const congdoan__aside *aside;
} congdoan__attr;

/* What text an element holds. */
typedef enum congdoan__text {
    CONGDOAN__TEXT_NONE,     /* only elements (white space between them) */
    CONGDOAN__TEXT_REQUIRED, /* text, kept trimmed even when empty */
    CONGDOAN__TEXT_OPTIONAL  /* text, trimmed; empty text is none (NULL) */
} congdoan__text;

enum { CONGDOAN__ONE, CONGDOAN__OPTIONAL, CONGDOAN__MANY }; /* how many of a child */

/* Where the instances of a child element are in the model, seen from the parent's object. */
enum {
    CONGDOAN__IN_CORPUS, /* the corpus's lists (children of the root: chosen by what is written) */
    CONGDOAN__IN_PARENT, /* at most one: the object is the parent's object plus `at` */
    CONGDOAN__IN_ARRAY,  /* an array of the parent's object: `list` (pointer) and `count` */
    CONGDOAN__IN_VALUES  /* a report's values, `count` of them, kept packed (model/values.c):
                          * read one at a time with congdoan__report_value_get() */
};

typedef struct congdoan__child {
    congdoan__el elem;
    unsigned char occurs;     /* CONGDOAN__ONE, _OPTIONAL or _MANY */
    unsigned char mixed;      /* in one place with the child before it, in any order between them */
    congdoan__role role;      /* its foreign content is kept under this role (see congdoan__ext) */
    unsigned char place;      /* CONGDOAN__IN_CORPUS, _IN_PARENT, _IN_ARRAY, _IN_VALUES */
    unsigned char deref;      /* IN_ARRAY: a slot holds a pointer to the object, not the object */
    unsigned char count_size; /* IN_ARRAY and IN_VALUES: sizeof the count field */
    unsigned char when_size;  /* IN_PARENT and OPTIONAL: sizeof the `when` field */
    size_t at;                /* IN_PARENT: the object's offset in the parent's; IN_ARRAY: in the slot */
    size_t list, count, stride; /* IN_ARRAY: the array and its length in the parent; bytes per slot */
    size_t when;              /* IN_PARENT and OPTIONAL: a field of the parent, not 0 when it is there */
    /* IN_ARRAY shared with other elements: this element's slots are those whose int at `select`
     * (in the object when `select_in_object`, else in the slot) is `select_value`. */
    unsigned char selects, select_in_object;
    size_t select;
    int select_value;
    /* NULL: `list`, `count`, `at` (IN_PARENT) and `when` are offsets in the parent's object;
     * else in its record of rare fields (see congdoan__attr.aside) */
    const congdoan__aside *aside;
} congdoan__child;

enum {
    /* Its foreign content is kept under its own object (index 0), not under the parent's object
     * with its index in the parent's list. */
    CONGDOAN__E_OWN_EXT = 1,
    /* Written as <x ...></x> with children on their own lines when it has no text, even with
     * foreign elements (those of other elements with optional text go inline). */
    CONGDOAN__E_BLOCK_WITHOUT_TEXT = 2,
    /* Added in revision 1.1, 1.2 (a file that holds it says at least that version). */
    CONGDOAN__E_SINCE_1_1 = 4,
    CONGDOAN__E_SINCE_1_2 = 8
};

typedef struct congdoan__elem {
    const char *name;
    const congdoan__attr *attrs;
    size_t attr_count;
    const congdoan__child *children; /* in the order they are written */
    size_t child_count;
    congdoan__text text;
    size_t text_field;               /* where the text is in the object (const char *) */
    unsigned flags;                  /* CONGDOAN__E_* */
} congdoan__elem;

/* No element has more attributes than this (tests/test-vocab.c checks it): the loader sizes its
 * buffers by it. */
enum { CONGDOAN__MAX_ATTRS = 24 };

/* Indexed by congdoan__el (the entry for CONGDOAN__EL_NONE is empty). Every element of ours
 * also allows attributes and elements of other namespaces (kept through read and write). */
extern const congdoan__elem congdoan__vocab[CONGDOAN__EL_COUNT];

/* The entry of `child` among the children of `parent`, or NULL when it is not allowed there. */
const congdoan__child *congdoan__vocab_child(congdoan__el parent, congdoan__el child);
/* Whether an element placed by `as` lives by value in a slot of its parent's array (a relation, a
 * recipient) and so owns no foreign content: that of its children hangs off the owner of its
 * own with its index (the loader and the writer key them alike). */
int congdoan__vocab_in_slot(const congdoan__child *as);
/* The position of the attribute of `el` kept at `field` of its object (not aside), or (size_t)-1. */
size_t congdoan__vocab_attr_at(congdoan__el el, size_t field);

/* The pointer or int at `off` in `obj`, read by its size, is not 0. */
int congdoan__field_set(const void *obj, size_t off, size_t size);

/* How many instances of child `ch` the object `obj` of its parent holds (IN_PARENT: 0 or 1;
 * IN_ARRAY: slots shared with other elements included; IN_VALUES: the values), and the object
 * of instance i (NULL when slot i is another element's; IN_VALUES: the parent's object, whose
 * values are read with congdoan__report_value_get). The one reading of where children are,
 * for the writer and the revision. */
size_t congdoan__vocab_instances(const void *obj, const congdoan__child *ch);
const char *congdoan__vocab_instance(const void *obj, const congdoan__child *ch, size_t i);

/* Whether the object `obj` of an element holds attribute `at` (what the writer writes). */
int congdoan__attr_present(const congdoan__attr *at, const char *obj);
/* The minor revision of the vocabulary that element `el` with object `obj` and everything in it
 * needs: 0, 1 or 2 (version 1.0, 1.1, 1.2). The writer writes files at the oldest that holds
 * them. (<value> objects are congdoan__value_view, as for the writer.) */
int congdoan__vocab_revision(congdoan__el el, const void *obj);

#endif /* CONGDOAN_VOCAB_H */
