/*
 * libcongdoan — what the editor's files share (congdoan/edit.h is the public side). Never installed.
 *
 *   edit-common.c     naming objects in messages, ownership, texts, identifiers, numbers, dates,
 *                     enums, provenance, currencies and populations: the checks every setter makes
 *   edit-unit.c       organisations, departments, bodies and groups
 *   edit-document.c   documents: metadata, relations, recipients, reporting, deadlines, reporters
 *   edit-section.c    sections, paragraphs, the id namespace of a document and document order
 *   edit-task.c       tasks: lead, due time, coordinators, classes of units, milestones
 *   edit-indicator.c  indicators: the target state checked as a whole, scope, 1.2 attributes
 *   edit-result.c     results of documents and reports (1.2)
 *   edit-report.c     reports: values, fractions, empty values, task statuses
 *
 * Every setter has the same three steps, so that a refused call leaves everything as it was:
 *   1. validate every argument, as the loader and the schema would (nothing is allocated yet,
 *      except the NFC copies of texts, which are freed on every path);
 *   2. allocate: strings into the corpus arena, room in the arrays (congdoan__grow), in the
 *      corpus vectors and maps, and in the hierarchy. A failure here returns CONGDOAN_ENOMEM;
 *      what was allocated stays unused in the arena, and a grown array holds the same items, so
 *      nothing can be observed;
 *   3. assign, which cannot fail.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EDIT_COMMON_H
#define CONGDOAN_EDIT_COMMON_H

#include "model/rules.h"
#include "model/vocab.h"

/* ---- naming objects in messages ------------------------------------------------------------ */

typedef struct who {
    char s[400];
} who;

/* `s`, or "?" when NULL. */
const char *congdoan__edit_safe(const char *s);
/* "unit", "department", "body" or "group". */
const char *congdoan__edit_unit_word(const congdoan_unit *u);
/* Each writes the object's name ("task 't1' of document 'd'") into `w` and returns it. */
const char *congdoan__edit_who_unit(who *w, const congdoan_unit *u);
const char *congdoan__edit_who_document(who *w, const congdoan_document *d);
const char *congdoan__edit_who_section(who *w, const congdoan_section *s);
const char *congdoan__edit_who_task(who *w, const congdoan_task *t);
const char *congdoan__edit_who_indicator(who *w, const congdoan_indicator *x);
const char *congdoan__edit_who_report(who *w, const congdoan_report *r);
/* "WHO: a new PART", for the rules of a part being added to the object `w` names. */
const char *congdoan__edit_new_part(who *w, const char *part);
/* CONGDOAN_ENOMEM, with the message that nothing was changed. */
int congdoan__edit_nomem(const char *what);

/* ---- the rules (model/rules.c) --------------------------------------------------------------- */

/* A change is refused when it breaks a rule of error severity; a rule about something not given
 * yet is left to the check (objects are built one setter at a time), and so are warnings. The
 * first refusal is the last error, with a hint for the caller when it breaks rule `tag`. */
typedef struct refusal {
    congdoan__rule_sink sink;
    int rc;
    const char *tag, *hint;
} refusal;

void congdoan__edit_refuse(congdoan__rule_sink *sink, const char *tag, int missing, const char *message);

#define REFUSAL(tag, hint) {{congdoan__edit_refuse}, 0, (tag), (hint)}

/* ---- whose object ---------------------------------------------------------------------------- */

/* 0 when the corpus and the object are given and the object belongs to that corpus. */
int congdoan__edit_own(const congdoan_corpus *c, const void *obj, const congdoan_corpus *obj_corpus, const char *kind,
                       const char *id);

#define OWN_(c, x, xc, kind) congdoan__edit_own((c), (x), (x) ? (xc) : NULL, (kind), (x) ? (x)->id : NULL)
#define OWN_UNIT(c, u) OWN_(c, u, (u)->corpus, "unit")
#define OWN_DOC(c, d) OWN_(c, d, (d)->corpus, "document")
#define OWN_SECTION(c, s) OWN_(c, s, (s)->document->corpus, "section")
#define OWN_TASK(c, t) OWN_(c, t, (t)->document->corpus, "task")
#define OWN_IND(c, x) OWN_(c, x, (x)->document->corpus, "indicator")
#define OWN_REPORT(c, r) OWN_(c, r, (r)->corpus, "report")

/* ---- text ------------------------------------------------------------------------------------ */

enum {
    T_TRIM = 1,         /* element content: leading and trailing white space dropped, as the loader does */
    T_BLANK_IS_NONE = 2 /* blank text means "none" instead of being refused */
};

/* A validated text, ready to be copied into the arena. */
typedef struct text {
    const char *s; /* NFC; points into the caller's string or into nfc */
    size_t len;
    char *nfc;     /* owned: release with congdoan__edit_text_free() */
    int present;
} text;

void congdoan__edit_text_free(text *t);
int congdoan__edit_check_text(const congdoan_corpus *c, text *t, const char *in, unsigned flags, const char *w,
                              const char *attr);
int congdoan__edit_keep_text(congdoan_corpus *c, const text *t, const char **dst);

/* A required text: NULL refused with "WHO: the ATTR is NULL; expected EXPECTED", else as
 * congdoan__edit_check_text. */
int congdoan__edit_check_required_text(const congdoan_corpus *c, text *t, const char *in, unsigned flags,
                                       const char *w, const char *attr, const char *expected);

/* ---- identifiers, numbers, dates, periods, enums --------------------------------------------- */

int congdoan__edit_check_id(const char *id, int required, const char *w, const char *attr);
int congdoan__edit_keep_id(congdoan_corpus *c, const char *id, const char **dst);
int congdoan__edit_check_date(int ymd, const char *w, const char *attr);
int congdoan__edit_check_period(const char *period, const char *w, const char *attr);
int congdoan__edit_check_span(const char *period, const char *w);
int congdoan__edit_check_number(double v, double *out, const char *w, const char *attr);
int congdoan__edit_check_enum(const congdoan__enum *e, int value, int lo, const char *w, const char *what);
int congdoan__edit_check_named_enum(const congdoan__enum *e, int value, const char *w, const char *what);
int congdoan__edit_check_currency(const char *currency, const char *w);

#define CHECK_ENUM(value, e, lo, w, what)                                           \
    do {                                                                            \
        int rc_ = congdoan__edit_check_enum(&(e), (int)(value), (lo), (w), (what)); \
        if (rc_)                                                                    \
            return rc_;                                                             \
    } while (0)

/* ---- the checks of a new object -------------------------------------------------------------- */

/* The objects that the corpus's and the sections' constructors make. */
typedef enum new_kind { NEW_UNIT, NEW_GROUP, NEW_DOCUMENT, NEW_REPORT, NEW_TASK, NEW_INDICATOR } new_kind;

/* What a constructor checks before it allocates, said once for all of them, in this order:
 * the corpus is given (corpus-level objects; a section's owner was checked by the caller);
 * the id is an identifier; no object has it yet (id_free); up to two enums; a required text. */
typedef struct new_object {
    new_kind kind;
    congdoan_corpus *corpus;
    const char *id;
    const congdoan_section *section; /* NEW_TASK, NEW_INDICATOR: where it goes */
    int fresh;                       /* passed to id_free: the document is being built */
    int (*id_free)(const struct new_object *o, const char *w); /* 0 when the id is free */
    struct {
        const congdoan__enum *table; /* NULL: no enum */
        int value, lo;
        const char *what;
    } enums[2];
    const char *text; /* required when text_attr is set */
    unsigned text_flags;
    const char *text_attr, *text_expected;
} new_object;

/* 0 when every check passes: `w` then names the new object ("unit 'x'", "task 't' of document
 * 'd'") and `t` (when text_attr is set) holds the text, for the caller to free. Else the status,
 * with the last error set and nothing to free. */
int congdoan__edit_check_new(const new_object *o, who *w, text *t);

/* ---- fields set whole ------------------------------------------------------------------------ */

int congdoan__edit_set_string(congdoan_corpus *c, const char **field, const char *value, int required,
                              unsigned flags, const char *w, const char *attr);
int congdoan__edit_set_id(congdoan_corpus *c, const char **field, const char *value, int required, const char *w,
                          const char *attr);
/* The field `field` bytes into `obj` (a const char *), set whole as `how` says: F_ID an identifier
 * (else a text, T_TRIM and T_BLANK_IS_NONE as for congdoan__edit_check_text), F_REQUIRED NULL
 * refused (else NULL clears it). */
enum { F_ID = 4, F_REQUIRED = 8 };
int congdoan__edit_set_field(congdoan_corpus *c, const void *obj, size_t field, const char *value, unsigned how,
                             const char *w, const char *attr);
int congdoan__edit_set_provenance(congdoan_corpus *c, congdoan__provenance *p, const char *file, int line,
                                  int column, const char *words, const char *w);

/* ---- populations (of indicators and results) ------------------------------------------------- */

/* The populations of an indicator or a result: the same three fields in both. */
typedef struct populations {
    congdoan_population **list;
    size_t *count, *cap;
} populations;
#define POPULATIONS(x) ((populations){&(x)->populations, &(x)->population_count, &(x)->population_cap})

/* Add one (`w` names its owner; `txt` NULL is refused as the public functions' `text`), or
 * remove the i-th. */
int congdoan__edit_add_population(congdoan_corpus *c, populations ps, who *w, const char *txt, const char *of,
                                  const char *measure, congdoan_comparator comparator, double value);
int congdoan__edit_remove_population(populations ps, size_t i, const char *w);

/* ---- document order (edit-section.c) --------------------------------------------------------- */

int congdoan__edit_check_local_id_free(const congdoan_document *d, const char *id, const char *w, int fresh);
/* The same as new_object's id_free, for tasks and indicators (edit-section.c). */
int congdoan__edit_local_id_free(const new_object *o, const char *w);
size_t congdoan__edit_document_place(const congdoan_document *d, const congdoan_section *target,
                                     congdoan_item_kind kind, size_t count);
int congdoan__edit_grow_items(congdoan_corpus *c, congdoan_section *s);
void congdoan__edit_append_item(congdoan_section *s, congdoan_item_kind kind, void *ptr);
void congdoan__edit_insert_at(void **list, size_t *count, size_t pos, void *obj);

#endif /* CONGDOAN_EDIT_COMMON_H */
