/*
 * libcongdoan — the loader's state, shared by the files that make it up. Never installed.
 *
 *   load.c          the libxml2 SAX2 push parser: the callbacks, limits, driving the parse
 *   load-values.c   attribute values and text read into model objects by the vocabulary table
 *   load-objects.c  what elements do beyond their attributes: objects, containers, identifiers
 *   load-foreign.c  content of other namespaces and comments, kept for the writer
 *   load-scan.c     the attributes-per-element limit, before libxml2 parses a tag
 *   load-thread.c   the parse on a second thread, its events replayed in the caller's
 *   load-record.c   the parse thread's side: its callbacks record the events (load-pipe.h)
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_LOADER_H
#define CONGDOAN_LOADER_H

#include "xml/xml.h"
#include "model/vocab.h"

#include <libxml/parser.h>

/* The attribute values of the element being opened, by position in its table entry; v[k] and
 * len[k] are set only where bit k of `given` is. */
typedef struct attrs {
    const char *v[CONGDOAN__MAX_ATTRS];
    size_t len[CONGDOAN__MAX_ATTRS];
    uint64_t hash[CONGDOAN__MAX_ATTRS]; /* of the ids among them (bit k of `ids`) */
    unsigned ids;   /* bit k: attribute k is an id or a reference, hashed */
    unsigned given; /* bit k: attribute k is there */
    unsigned bad;   /* bit k: the value of attribute k was refused */
} attrs;
#define GIVEN(a, k) ((a)->given >> (k) & 1u)

/* No element of the table has more children entries than this (checked where they are read). */
enum { CONGDOAN__LOAD_MAX_CHILDREN = 12 };

typedef struct frame {
    congdoan__el kind;
    const char *name, *prefix;  /* its local name and prefix (NULL: none), libxml2's: for a file
                                 * that ends inside it */
    const congdoan__child *as;  /* its entry among the children of its parent (NULL: the root) */
    void *obj;                  /* the object its attributes and text are read into */
    congdoan__vec items;        /* sections: their items, as (kind, pointer) pairs */
    int text_complained;
    /* foreign content read in this element (see congdoan__ext in model.h) */
    const void *ext_owner;      /* set when there is foreign content to keep (load-foreign.c) */
    congdoan__role ext_role;
    size_t ext_index;           /* taken when it is opened */
    size_t known_children;      /* children of ours seen so far: the position of foreign ones */
    /* the order and number of its children (the vocabulary table's): how many of each entry
     * of the table were seen, and the place (entries read in any order share one) of the
     * last one */
    unsigned char seen[CONGDOAN__LOAD_MAX_CHILDREN];
    unsigned char last_place;
    int had_foreign_children;
    congdoan__ext *ext;
    congdoan__vec ext_elems;    /* congdoan__foreign_elem * */
} frame;

/* A growing run of bytes (text being gathered, a foreign subtree being serialised). */
typedef struct bytes {
    char *data;
    size_t len, cap;
} bytes;

/* The attributes-per-element limit, applied to the bytes before libxml2 sees them (load-scan.c). */
typedef struct attr_scan {
    long limit;
    size_t threshold;   /* a stretch without '<' this long may follow a start tag over the limit */
    size_t span;        /* bytes since the last '<' (or since the end of the last tag counted) */
    int pending;        /* that '<' starts a tag not counted yet */
    bytes carry;        /* its first bytes, when it began in a chunk already fed */
    int counting;       /* a tag is being counted, across chunks */
    int state;
    char quote, name[52];
    size_t name_len;
    long count, line;
} attr_scan;

/* A namespace declared inside a captured foreign subtree, at a capture depth. */
typedef struct capture_ns {
    const xmlChar *prefix, *uri;
    size_t depth;
} capture_ns;

/* What of the input libxml2 was given so far (the parse's side: the parse thread's, when
 * there is one). */
typedef struct congdoan__input_seen {
    size_t fed;                /* bytes handed to libxml2 */
    int saw_markup;            /* a '<' was among them */
    int saw_nonblank;          /* a byte other than XML white space was among them */
} congdoan__input_seen;

typedef struct congdoan__pipe congdoan__pipe; /* load-thread.c */

typedef struct loader {
    congdoan_corpus *corpus;
    congdoan__staging *st;
    congdoan_issues *issues;
    xmlParserCtxtPtr ctxt;
    const char *file;          /* the name used in locations, interned in the staging arena */
    const xmlChar *ns;         /* libxml2's interned pointer for CONGDOAN__NS, once seen */
    long limits[CONGDOAN__LIMIT_COUNT];
    long elements;
    int first_error;           /* status of the first error-severity problem, 0 if none */
    size_t issues_mark;        /* issues in the list before this file's */
    int stopped;               /* a fatal problem stopped the parse */
    int halted;                /* xmlStopParser() was called (see congdoan__load_stop) */
    char stray[96];            /* text found where only elements belong (see flush_stray) */
    size_t stray_len;
    long stray_line, stray_column;
    congdoan__input_seen seen;
    int threads;               /* the corpus's load threads (1 or 2) */
    congdoan__pipe *pipe;      /* while the parse runs in a second thread (load-thread.c) */
    struct {                   /* the event being replayed from it: where libxml2 was */
        long line, col, text_col;
        congdoan__input_seen seen;
    } replay;
    /* the element stack */
    frame *frames;
    size_t depth, frames_cap;
    bytes text;                /* text of the current text element */
    int in_text;
    /* the containers being built (documents, units and reports do not nest) */
    congdoan_unit *unit;
    congdoan__vec unit_departments, unit_classifications;
    congdoan__vec classification_pool; /* records for unit_classifications, reused unit after unit */
    congdoan_document *doc;
    congdoan__vec doc_relations, doc_recipients, doc_sections, doc_tasks, doc_indicators;
    congdoan__vec doc_deadlines, doc_reporters;
    congdoan__map doc_ids;     /* task and indicator ids of the current document */
    congdoan__map doc_periods; /* the periods of its deadlines */
    congdoan_task *task;
    congdoan__vec task_coordinators, task_milestones;
    congdoan_indicator *indicator;
    congdoan_result *result;     /* 1.2, in a document's section or in a report */
    congdoan__vec populations;   /* of the indicator or result being read */
    congdoan__vec doc_results, report_results, unit_members;
    congdoan__map report_result_ids; /* the ids of the results of the report being read */
    congdoan__map list_ids;      /* the ids of the list attribute being read (congdoan__K_IDS) */
    const char *member;          /* the object of the <member> being read */
    congdoan_report *report;
    congdoan__value *values;   /* the report's values, copied into the arena at its end */
    congdoan__idtab *ids;        /* the indicator ids of this load's values */
    congdoan__map id_index;      /* interned id -> 1 + its index in ids (under the corpus's key) */
    /* follows[0]: 1 + the index of the indicator of the last report's first value; follows[1 + i]:
     * of the value that came after indicator i the last time (0: none yet) */
    uint32_t *follows;
    size_t follows_cap;
    uint32_t last_indicator;     /* 1 + the indicator index of the report's last value, 0 at its start */
    uint64_t id_hash;            /* of the last id congdoan__load_id_attr read */
    /* the text last kept for attribute k of each element (k = CONGDOAN__MAX_ATTRS: its text) */
    const char *last_text[CONGDOAN__EL_COUNT][CONGDOAN__MAX_ATTRS + 1];
    uint64_t own_id_hash;        /* of the id="" of the element being opened, and its length */
    size_t own_id_len;
    size_t value_count, value_cap;
    congdoan__vec report_statuses;
    congdoan__value_view view;   /* the object of the <value> being read */
    int view_has_id;             /* its indicator was resolved */

    /* per element, bit k for its attribute k: required; read by a hook; with a value when absent */
    unsigned required[CONGDOAN__EL_COUNT], hooked[CONGDOAN__EL_COUNT], defaults[CONGDOAN__EL_COUNT];
    unsigned id_attrs[CONGDOAN__EL_COUNT]; /* the id and reference attributes (not <value>'s) */
    /* positions of the attributes that element hooks look at (found in the table by field) */
    size_t at_value_indicator, at_value_value, at_value_numerator, at_value_denominator;
    size_t at_relation_document, at_relation_number, at_relation_title;
    /* our element and attribute names as libxml2's dictionary holds them: SAX hands names over
     * as dictionary pointers, so a name is ours exactly when the pointer is equal */
    const xmlChar *elem_name[CONGDOAN__EL_COUNT];
    const xmlChar *attr_name[CONGDOAN__EL_COUNT][CONGDOAN__MAX_ATTRS];
    attr_scan scan;
    /* foreign content and comments */
    congdoan__vec prolog, epilog; /* comments before and after the root (congdoan__foreign_elem *) */
    bytes scratch;                /* a comment being made into the XML that writes it back */
    bytes fa_ns, fa_xml;          /* the foreign attributes of the element being opened (congdoan__ext) */
    size_t fa_count;
    congdoan__map fa_prefixes;    /* the prefixes fa_ns declares (libxml2's dictionary strings) */
    size_t capture_depth;         /* > 0 while inside a foreign subtree being captured */
    size_t capture_frame;         /* the frame (of ours) the subtree hangs in */
    size_t capture_position;
    const xmlChar *capture_name, *capture_prefix; /* of the subtree's top element (libxml2's dictionary) */
    int capture_open;             /* the last start tag is not closed yet: "/>" if it ends now */
    bytes capture;                /* the subtree serialised so far */
    congdoan__foreign_elem *run;  /* the run of kept nodes the last one went to, and where its */
    const char *run_end;          /* last string ends (a next one there may join it) */
    capture_ns *cns;
    size_t cns_count, cns_cap;
} loader;

/* At most 80 bytes of a value a problem quotes ("%.*s"), never half a character. */
#define SHOWN(s, len) CONGDOAN__SHOWN((s), (len), 80)

/* ---- problems (load.c) ------------------------------------------------------------------------ */
/* Record a problem; `code` is the status the load fails with when the tag is an error. */
void congdoan__load_problem_at(loader *L, int code, const char *tag, long line, long col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
long congdoan__load_line(const loader *L);
long congdoan__load_column(const loader *L);
/* The same, of libxml2's input `in` (NULL: 0). */
long congdoan__load_input_column(const xmlParserInput *in);
#define PROBLEM(L, code, tag, ...) \
    congdoan__load_problem_at((L), (code), (tag), congdoan__load_line(L), congdoan__load_column(L), __VA_ARGS__)
void congdoan__load_out_of_memory(loader *L);
/* Stop the parse (recorded only: libxml2 is halted when the callback returns). */
void congdoan__load_stop(loader *L);
/* Whether the parse is to go on no further (in the parse thread: its own view). */
int congdoan__load_stopped(const loader *L);
/* libxml2's error `err`, reported (the structured error callback's work). */
void congdoan__load_xml_error(loader *L, xmlErrorPtr err);
/* libxml2 refused to go on, with its error number `err` (0 or less: none). */
void congdoan__load_gave_up(loader *L, int err);
/* Append s[0..n) to b; out of memory stops the load (b unchanged). */
void congdoan__load_append(loader *L, bytes *b, const char *s, size_t n);
/* Where the element being opened starts. */
congdoan__loc congdoan__load_here(loader *L);

/* ---- the attributes-per-element limit (load-scan.c) ----------------------------------------- */
void congdoan__scan_init(loader *L);
/* Look at the next chunk before libxml2 does: 0, or -1 when it holds a start tag over the limit
 * (the problem is recorded and the load stopped). */
int congdoan__scan(loader *L, const char *p, size_t n);

/* ---- the parse on a second thread (load-thread.c) ------------------------------------------ */
/* The input of a parse: the first bytes (`head` of them, for the parser context), then
 * p[0..left), then what is read from fd (< 0: nothing) into buf. */
typedef struct congdoan__load_input {
    const char *first;
    size_t head;
    const char *p;
    size_t left;
    int fd;
    char *buf;
} congdoan__load_input;
/* Make L's parser context with the callbacks `sax` and parse `in` with it. */
typedef void (*congdoan__load_parse_fn)(loader *L, xmlSAXHandler *sax, const congdoan__load_input *in);
/* Run `parse` in a second thread and replay its events through `sax` in this one; -1 (nothing
 * done, nothing recorded) when the thread or its pipe cannot be had. */
int congdoan__load_threaded(loader *L, xmlSAXHandler *sax, congdoan__load_parse_fn parse,
                            const congdoan__load_input *in);
/* In the parse thread, once L's parser context is made: record its events from now on. */
void congdoan__load_record_from(loader *L);
/* The threads a load of `size` bytes uses when the corpus allows `threads`: below
 * congdoan__load_thread_min_size() one, since starting the thread costs more than it saves. */
int congdoan__load_threads_for(int threads, size_t size);
/* Whether this thread is L's parse thread; and what that thread does instead of touching the
 * loader's state: each recorded for the calling thread to do in its turn. */
int congdoan__load_recording(const loader *L);
int congdoan__load_recording_stopped(const loader *L);
void congdoan__load_halt_recording(loader *L);
void congdoan__load_record_problem(loader *L, int code, const char *tag, long line, long col, const char *msg);
void congdoan__load_record_stop(loader *L);
void congdoan__load_record_oom(loader *L);
void congdoan__load_record_gave_up(loader *L, int err);

/* ---- values (load-values.c) ------------------------------------------------------------------ */
const char *congdoan__load_id(loader *L, const char *s, size_t len);
/* `key` (a string that outlives the load: interned) in the set `set`: the value it was first put
 * with, or NULL when it is new (now put with `value`, not NULL) or memory ran out (said; the
 * load stops). What keeps ids and periods unique costs one look-up each, not one per other. */
void *congdoan__load_once(loader *L, congdoan__map *set, const char *key, void *value);
const char *congdoan__load_text(loader *L, const char *s, size_t len, int trim);
/* An attribute value with "&#38;" decoded (see there). */
const char *congdoan__load_attr_value(loader *L, const char *v, size_t *len);
/* A namespace name (uri, not NULL) as it is in the file, "&#38;" decoded where libxml2 leaves it. */
const char *congdoan__load_ns_name(loader *L, const char *uri);
/* Attribute k of `el` given in `a` as an identifier: checked and interned; NULL when bad. Its
 * hash (under the corpus's key, which every map of the load shares) is left in L->id_hash. */
const char *congdoan__load_id_attr(loader *L, congdoan__el el, const attrs *a, size_t k);
/* The same when the hash of the value is known already. */
const char *congdoan__load_id_attr_hashed(loader *L, congdoan__el el, const attrs *a, size_t k, uint64_t hash);
/* Read the attributes of `el` given in `a` into `obj`, as the table says (not the hooked ones). */
void congdoan__load_attrs(loader *L, congdoan__el el, attrs *a, void *obj);
/* Hash the id and reference attributes of `a` and start fetching the slots they will be looked
 * up in, before the element's object is made and its other attributes read. */
void congdoan__load_prefetch_ids(loader *L, congdoan__el el, attrs *a);
/* The text of the element of frame f has ended: keep it in its object. */
void congdoan__load_keep_text(loader *L, frame *f);

/* ---- elements (load-objects.c) --------------------------------------------------------------- */
/* The index under which the foreign content of element `e` being opened is kept (taken before
 * the element joins its container's list). */
size_t congdoan__load_ext_index(loader *L, congdoan__el e);
/* Before its attributes are read: the object of the element of frame f (NULL: none). */
void *congdoan__load_begin(loader *L, frame *f, attrs *a);
/* After its attributes were read. */
void congdoan__load_opened(loader *L, frame *f, attrs *a);
/* At its end tag, after its text was kept. */
void congdoan__load_closed(loader *L, frame *f);
void congdoan__load_objects_release(loader *L);

/* ---- foreign content (load-foreign.c) -------------------------------------------------------- */
void congdoan__load_foreign_attr(loader *L, const char *uri, const char *prefix, const char *name,
                                 const char *value, size_t len);
/* The element of frame f (the top one) was opened with foreign attributes: they join its ext. */
void congdoan__load_foreign_opened(loader *L, frame *f);
/* A foreign element starts, ends, or holds text (inside a foreign subtree or at its top). */
void congdoan__load_capture_start(loader *L, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                                  int nb_attributes, const xmlChar **attributes);
void congdoan__load_capture_end(loader *L, const xmlChar *localname, const xmlChar *prefix);
void congdoan__load_capture_text(loader *L, const char *s, size_t n);
/* A comment (its text, without "<!--" and "-->"): kept where it was read. */
void congdoan__load_comment(loader *L, const char *value);
/* The document was read: the comments before and after its root join the load. */
void congdoan__load_foreign_finish(loader *L);
/* At the end of an element of ours (the top frame) with foreign content: its foreign children
 * join its ext, which joins the load. */
void congdoan__load_foreign_closed(loader *L, frame *f);
void congdoan__load_foreign_release(loader *L);

#endif /* CONGDOAN_LOADER_H */
