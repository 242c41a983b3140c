/*
 * The loader: a libxml2 SAX2 push parser that builds model objects straight from the events,
 * never a document tree (a national file holds millions of report values).
 *
 * Hostile input: no network (XML_PARSE_NONET), no DTD loading and no entity substitution
 * (neither XML_PARSE_DTDLOAD nor XML_PARSE_NOENT is set), every entity declaration refused,
 * UTF-8 only, and the corpus limits on size, depth, element count and text length. libxml2's
 * own messages are captured through the structured error callback of this parser context, so
 * nothing is printed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* memrchr */
#include "xml/xml.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#define NS_URI "urn:congdoan:1"

typedef enum elem {
    E_SKIP, E_ROOT, E_UNIT, E_DEPARTMENT, E_BODY, E_CLASSIFICATION, E_DOCUMENT, E_TITLE, E_SIGNER,
    E_RELATION, E_RECIPIENT, E_SECTION, E_P, E_TASK, E_TEXT, E_COORDINATOR, E_INDICATOR, E_REPORT,
    E_VALUE, E_TASK_STATUS, E_NOTE, E_REPORTING, E_DEADLINE, E_REPORTER, E_COUNT
} elem;

#define BIT(e) (1u << (e))
enum { MAX_ATTRS = 16, VALUE_GUESSES = 64 };

typedef struct elem_spec {
    const char *name;
    const char *attrs[MAX_ATTRS]; /* NULL-terminated */
    unsigned required;            /* bit i: attrs[i] is required */
    unsigned children;            /* BIT(elem) of allowed children */
    int has_text;                 /* text content is kept */
} elem_spec;

/* The vocabulary, as REFERENCE.md describes it. Attribute indexes below (A_...) follow these
 * lists, so keep them in step. */
static const elem_spec specs[E_COUNT] = {
    [E_SKIP] = {"", {NULL}, 0, 0, 0},
    [E_ROOT] = {"congdoan", {"version", NULL}, 1, BIT(E_UNIT) | BIT(E_DOCUMENT) | BIT(E_REPORT), 0},
    [E_UNIT] = {"unit", {"id", "level", "name", "short-name", "parent", "sector", "members", "workers",
                         "upper-grassroots-units", "grassroots-units", NULL},
                0x7, BIT(E_DEPARTMENT) | BIT(E_BODY) | BIT(E_CLASSIFICATION), 0},
    [E_DEPARTMENT] = {"department", {"id", "name", "short-name", NULL}, 0x3, 0, 0},
    [E_BODY] = {"body", {"id", "name", "short-name", "kind", NULL}, 0x3, 0, 0},
    [E_CLASSIFICATION] = {"classification", {"year", "grade", NULL}, 0x3, 0, 0},
    [E_DOCUMENT] = {"document", {"id", "kind", "number", "issuer", "issuing-body", "issued", "effective",
                                 "place", "field", NULL},
                    0x3, BIT(E_TITLE) | BIT(E_SIGNER) | BIT(E_RELATION) | BIT(E_RECIPIENT) | BIT(E_REPORTING) | BIT(E_SECTION),
                    0},
    [E_TITLE] = {"title", {NULL}, 0, 0, 1},
    [E_SIGNER] = {"signer", {"name", "position", "capacity", NULL}, 0x1, 0, 0},
    [E_RELATION] = {"relation", {"type", "document", "number", "date", NULL}, 0x1, 0, 1},
    [E_RECIPIENT] = {"recipient", {"unit", NULL}, 0, 0, 1},
    [E_SECTION] = {"section", {"id", "number", "title", NULL}, 0,
                   BIT(E_P) | BIT(E_SECTION) | BIT(E_TASK) | BIT(E_INDICATOR), 0},
    [E_P] = {"p", {NULL}, 0, 0, 1},
    [E_TASK] = {"task", {"id", "lead", "due", "due-text", NULL}, 0x1, BIT(E_TEXT) | BIT(E_COORDINATOR), 0},
    [E_TEXT] = {"text", {NULL}, 0, 0, 1},
    [E_COORDINATOR] = {"coordinator", {"unit", NULL}, 0, 0, 1},
    [E_INDICATOR] = {"indicator", {"id", "measure", "comparator", "target", "target-max", "baseline", "period",
                                   "owner", "scope-level", "scope-sector", "condition", "unit-of-measure",
                                   "refines", NULL},
                     0xF, BIT(E_TEXT), 0},
    [E_REPORT] = {"report", {"id", "unit", "document", "period", "submitted", NULL}, 0xF,
                  BIT(E_VALUE) | BIT(E_TASK_STATUS) | BIT(E_NOTE), 0},
    [E_VALUE] = {"value", {"indicator", "value", "numerator", "denominator", "coverage", NULL}, 0x1, 0, 0},
    [E_TASK_STATUS] = {"task-status", {"task", "status", NULL}, 0x3, 0, 1},
    [E_NOTE] = {"note", {NULL}, 0, 0, 1},
    [E_REPORTING] = {"reporting", {"to", "frequency", NULL}, 0, BIT(E_DEADLINE) | BIT(E_REPORTER), 0},
    [E_DEADLINE] = {"deadline", {"period", "date", NULL}, 0x3, 0, 0},
    [E_REPORTER] = {"reporter", {"unit", NULL}, 0x1, 0, 0},
};

/* Attribute positions in the lists above. */
enum { A_UNIT_ID, A_UNIT_LEVEL, A_UNIT_NAME, A_UNIT_SHORT, A_UNIT_PARENT, A_UNIT_SECTOR, A_UNIT_MEMBERS,
       A_UNIT_WORKERS, A_UNIT_UPPER, A_UNIT_GRASSROOTS };
enum { A_DEP_ID, A_DEP_NAME, A_DEP_SHORT, A_BODY_KIND };
enum { A_CLS_YEAR, A_CLS_GRADE };
enum { A_DOC_ID, A_DOC_KIND, A_DOC_NUMBER, A_DOC_ISSUER, A_DOC_BODY, A_DOC_ISSUED, A_DOC_EFFECTIVE,
       A_DOC_PLACE, A_DOC_FIELD };
enum { A_SIG_NAME, A_SIG_POSITION, A_SIG_CAPACITY };
enum { A_REL_TYPE, A_REL_DOCUMENT, A_REL_NUMBER, A_REL_DATE };
enum { A_SEC_ID, A_SEC_NUMBER, A_SEC_TITLE };
enum { A_TASK_ID, A_TASK_LEAD, A_TASK_DUE, A_TASK_DUE_TEXT };
enum { A_IND_ID, A_IND_MEASURE, A_IND_COMPARATOR, A_IND_TARGET, A_IND_TARGET_MAX, A_IND_BASELINE,
       A_IND_PERIOD, A_IND_OWNER, A_IND_SCOPE_LEVEL, A_IND_SCOPE_SECTOR, A_IND_CONDITION, A_IND_UOM,
       A_IND_REFINES };
enum { A_REP_ID, A_REP_UNIT, A_REP_DOCUMENT, A_REP_PERIOD, A_REP_SUBMITTED };
enum { A_VAL_INDICATOR, A_VAL_VALUE, A_VAL_NUMERATOR, A_VAL_DENOMINATOR, A_VAL_COVERAGE };
enum { A_TS_TASK, A_TS_STATUS };
enum { A_RPT_TO, A_RPT_FREQUENCY };
enum { A_DL_PERIOD, A_DL_DATE };

/* The attribute values of the element being opened, by position in its spec. */
typedef struct attrs {
    const char *v[MAX_ATTRS];
    size_t len[MAX_ATTRS];
} attrs;

typedef struct frame {
    elem kind;
    void *obj;
    congdoan__vec items; /* sections: their items, as (kind, pointer) pairs */
    int text_complained;
    /* foreign content read in this element (see congdoan__ext in model.h) */
    const void *ext_owner;
    congdoan__role ext_role;
    size_t ext_index;
    size_t known_children;   /* children of ours seen so far: the position of foreign ones */
    int had_foreign_children;
    congdoan__ext *ext;
    congdoan__vec ext_elems; /* congdoan__foreign_elem * */
} frame;

/* A namespace declared inside a captured foreign subtree, at a capture depth. */
typedef struct capture_ns {
    const xmlChar *prefix, *uri;
    size_t depth;
} capture_ns;

typedef struct loader {
    congdoan_corpus *corpus;
    congdoan__staging *st;
    congdoan_issues *issues;
    xmlParserCtxtPtr ctxt;
    const char *file;          /* the name used in locations, interned in the staging arena */
    const xmlChar *ns;         /* libxml2's interned pointer for NS_URI, once seen */
    long limits[CONGDOAN__LIMIT_COUNT];
    long elements;
    int first_error;           /* status of the first error-severity problem, 0 if none */
    int stopped;               /* a fatal problem stopped the parse */
    int halted;                /* xmlStopParser() was called (see stop()) */
    char stray[96];            /* text found where only elements belong (see flush_stray) */
    size_t stray_len;
    long stray_line, stray_column;
    size_t fed;                /* bytes handed to libxml2 */
    int saw_markup;            /* a '<' was among them */
    /* the element stack */
    frame *frames;
    size_t depth, frames_cap;
    /* text of the current text element */
    char *text;
    size_t text_len, text_cap;
    int in_text;
    /* the containers being built (documents, units and reports do not nest) */
    congdoan_unit *unit;
    congdoan__vec unit_departments, unit_classifications;
    congdoan_document *doc;
    congdoan__vec doc_relations, doc_recipients, doc_sections, doc_tasks, doc_indicators;
    congdoan__vec doc_deadlines, doc_reporters;
    congdoan__map doc_ids;     /* task and indicator ids of the current document */
    congdoan_task *task;
    congdoan__vec task_coordinators;
    congdoan_indicator *indicator;
    congdoan_report *report;
    congdoan__value *values;   /* the report's values, copied into the arena at its end */
    uint32_t value_guess[64];    /* by position in the last report: 1 + its indicator's index */
    congdoan__idtab *ids;        /* the indicator ids of this load's values */
    congdoan__map id_index;      /* interned id -> 1 + its index in ids */
    size_t value_count, value_cap;
    congdoan__vec report_statuses;
    /* our element and attribute names as libxml2's dictionary holds them: SAX hands names over
     * as dictionary pointers, so a name is ours exactly when the pointer is equal */
    const xmlChar *elem_name[E_COUNT];
    const xmlChar *attr_name[E_COUNT][MAX_ATTRS];
    /* foreign content */
    congdoan__vec foreign_attrs;  /* congdoan__foreign_attr * of the element being opened */
    size_t capture_depth;         /* > 0 while inside a foreign subtree being captured */
    size_t capture_frame;         /* the frame (of ours) the subtree hangs in */
    size_t capture_position;
    int capture_open;             /* the last start tag is not closed yet: "/>" if it ends now */
    char *capture;                /* the subtree serialised so far */
    size_t capture_len, capture_cap;
    capture_ns *cns;
    size_t cns_count, cns_cap;
} loader;

/* ---- problems ------------------------------------------------------------------------------ */

/* The character column of the '<' of the start tag being handled, or the current column when
 * the tag spans lines. libxml2 counts columns in characters, so this does too. */
static long tag_column(const loader *L)
{
    if (!L->ctxt)
        return 0;
    const xmlParserInputPtr in = L->ctxt->input;
    if (!in || !in->cur || !in->base)
        return 0;
    long col = in->col;
    size_t span = (size_t)(in->cur - in->base);
    const xmlChar *from = in->cur - (span > 4096 ? 4096 : span);
    const xmlChar *lt = memrchr(from, '<', (size_t)(in->cur - from));
    if (!lt || memchr(lt, '\n', (size_t)(in->cur - lt)))
        return col; /* the tag spans lines: the column where it ends */
    long chars = 0;
    for (const xmlChar *p = lt + 1; p <= in->cur; p++)
        chars += (*p & 0xC0) != 0x80;
    return col > chars ? col - chars : col;
}

/* Both may run before the parser context exists (out of memory creating it). */
static long cur_line(const loader *L)
{
    return L->ctxt && L->ctxt->input ? L->ctxt->input->line : 0;
}

/* Stopping is only recorded here: xmlStopParser() releases the input buffer, and the callback
 * that decides to stop may still be reading attribute values from it. Every callback ends
 * with halt_if_stopped(), and no more input is fed once stopped. */
static void stop(loader *L)
{
    L->stopped = 1;
}

static void halt_if_stopped(loader *L)
{
    if (L->stopped && !L->halted && L->ctxt) {
        L->halted = 1;
        xmlStopParser(L->ctxt);
    }
}

/* Record a problem at the current position. `code` is the status the load fails with when
 * the tag is an error; running out of memory while recording stops the load. */
static void problem_at(loader *L, int code, const char *tag, long line, long col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static void problem_at(loader *L, int code, const char *tag, long line, long col, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (congdoan__tag_severity(tag) == CONGDOAN_SEVERITY_ERROR && !L->first_error) {
        L->first_error = code;
        congdoan__error_at(code, L->file, line, col, "%s", msg);
    }
    if (congdoan__issue_add(L->issues, tag, L->file, line, col, "%s", msg) != 0) {
        if (!L->first_error || L->first_error != CONGDOAN_ENOMEM) {
            L->first_error = CONGDOAN_ENOMEM;
            congdoan__error(CONGDOAN_ENOMEM, "out of memory while loading %s", L->file);
        }
        stop(L);
    }
}

#define PROBLEM(L, code, tag, ...) problem_at((L), (code), (tag), cur_line(L), tag_column(L), __VA_ARGS__)

static void out_of_memory(loader *L)
{
    if (L->first_error != CONGDOAN_ENOMEM) {
        L->first_error = CONGDOAN_ENOMEM;
        congdoan__error_at(CONGDOAN_ENOMEM, L->file, cur_line(L), 0, "out of memory while loading %s", L->file);
    }
    stop(L);
}

/* libxml2's own errors, through this context's structured error callback. */
static void on_xml_error(void *user, xmlErrorPtr err)
{
    loader *L = user;
    if (!err || err->level == XML_ERR_WARNING || L->stopped)
        return;
    char msg[512];
    congdoan__xml_message(err, msg, sizeof msg);
    int code = CONGDOAN_EPARSE;
    const char *tag = "xml-malformed";
    switch (err->code) {
    case XML_ERR_INVALID_CHAR: /* a bad UTF-8 sequence, or a character XML does not allow (U+0000) */
        /* UTF-8 errors, including a UTF-16 surrogate (U+D800–U+DFFF) encoded in UTF-8 */
        if (err->message && (strstr(err->message, "UTF-8") || strstr(err->message, "Char 0xD8") ||
                             strstr(err->message, "Char 0xD9") || strstr(err->message, "Char 0xDA") ||
                             strstr(err->message, "Char 0xDB") || strstr(err->message, "Char 0xDC") ||
                             strstr(err->message, "Char 0xDD") || strstr(err->message, "Char 0xDE") ||
                             strstr(err->message, "Char 0xDF")))
            code = CONGDOAN_EENCODING, tag = "xml-encoding";
        break;
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
        code = CONGDOAN_EENCODING, tag = "xml-encoding";
        break;
    case XML_ERR_NO_MEMORY:
        out_of_memory(L);
        return;
    case XML_ERR_INTERNAL_ERROR:
        /* libxml2 reports its own hard limits (depth 256, huge text) this way */
        if (err->message && strstr(err->message, "Huge input lookup")) {
            problem_at(L, CONGDOAN_ELIMIT, "limit-exceeded", err->line, err->int2,
                       "a single token (an attribute value or a run of text) is longer than libxml2's limit of "
                       "10,000,000 bytes");
            stop(L);
            return;
        }
        break;
    default:
        if (err->message && strstr(err->message, "Excessive depth"))
            code = CONGDOAN_ELIMIT, tag = "limit-exceeded";
        /* Our namespace is a valid URI: libxml2 says otherwise only when its URI parser could
         * not allocate. */
        if (err->message && strstr(err->message, "not a valid URI") && strstr(err->message, NS_URI)) {
            out_of_memory(L);
            return;
        }
        break;
    }
    problem_at(L, code, tag, err->line, err->int2, "%s", msg);
    if (err->level == XML_ERR_FATAL)
        stop(L);
}

/* Entity declarations of any kind are refused: they are the way in for "billion laughs" and
 * external-entity attacks, and the vocabulary has no use for them. */
static void on_entity_decl(void *user, const xmlChar *name, int type, const xmlChar *public_id,
                           const xmlChar *system_id, xmlChar *content)
{
    loader *L = user;
    PROBLEM(L, CONGDOAN_EFORBIDDEN, "xml-forbidden", "entity declaration '%s' is not allowed: the vocabulary uses no entities",
            (const char *)name);
    stop(L);
    halt_if_stopped(L);
}

/* Any other markup declaration: only an internal DTD subset can hold one (external DTDs are
 * never loaded), and the vocabulary has no use for it: attribute defaults would change the
 * data. The parser reports them, so this does not rely on the prolog scan. */
static void forbid_declaration(loader *L, const char *what, const xmlChar *name)
{
    PROBLEM(L, CONGDOAN_EFORBIDDEN, "xml-forbidden", "%s declaration '%s' in a DOCTYPE is not allowed: the vocabulary uses no DTD",
            what, name ? (const char *)name : "?");
    stop(L);
    halt_if_stopped(L);
}

static void on_attribute_decl(void *user, const xmlChar *element, const xmlChar *fullname, int type, int def,
                              const xmlChar *default_value, xmlEnumerationPtr tree)
{
    xmlFreeEnumeration(tree); /* ours to free, says libxml2's SAX2 documentation */
    forbid_declaration(user, "attribute", fullname);
}

static void on_element_decl(void *user, const xmlChar *name, int type, xmlElementContentPtr content)
{
    forbid_declaration(user, "element", name);
}

static void on_notation_decl(void *user, const xmlChar *name, const xmlChar *public_id, const xmlChar *system_id)
{
    forbid_declaration(user, "notation", name);
}

static void on_unparsed_entity_decl(void *user, const xmlChar *name, const xmlChar *public_id,
                                    const xmlChar *system_id, const xmlChar *notation)
{
    on_entity_decl(user, name, 0, public_id, system_id, NULL);
}

static xmlEntityPtr on_get_entity(void *user, const xmlChar *name)
{
    /* Only the five predefined entities exist (libxml2 handles them before asking). */
    return NULL;
}

/* ---- values -------------------------------------------------------------------------------- */

static const char *store_id(loader *L, const char *s, size_t len)
{
    const char *id = congdoan__intern(&L->st->strings, s, len);
    if (!id)
        out_of_memory(L);
    return id;
}

/* Text is stored in NFC; `trim` drops leading and trailing white space (element content
 * is often indented in files written by hand). */
static const char *store_text(loader *L, const char *s, size_t len, int trim)
{
    if (trim) {
        while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
            s++, len--;
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
            len--;
    }
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(s, len, &nfc, &nfc_len);
    if (rc == CONGDOAN_ENOMEM) {
        out_of_memory(L);
        return NULL;
    }
    if (rc != 0) {
        PROBLEM(L, CONGDOAN_EENCODING, "xml-encoding", "text is not valid UTF-8");
        return NULL;
    }
    const char *copy = nfc ? congdoan__arena_strndup(&L->st->arena, nfc, nfc_len)
                           : congdoan__arena_strndup(&L->st->arena, s, len);
    congdoan__text_nfc_free(nfc);
    if (!copy)
        out_of_memory(L);
    return copy;
}

static const char *attr_value(loader *L, const char *v, size_t *len);

#define ATTR_NAME(e, i) (specs[(e)].attrs[(i)])

/* An identifier attribute: syntax-checked and interned. NULL when absent or bad. */
static const char *id_attr(loader *L, elem e, const attrs *a, int i)
{
    if (!a->v[i])
        return NULL;
    if (!congdoan__id_valid(a->v[i], a->len[i])) {
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-bad-id",
                "'%.*s' in %s=\"\" on <%s> is not an identifier: expected 1 to 128 ASCII letters, digits, "
                "'.', '_' or '-', starting with a letter or digit",
                (int)(a->len[i] > 80 ? 80 : a->len[i]), a->v[i], ATTR_NAME(e, i), specs[e].name);
        return NULL;
    }
    return store_id(L, a->v[i], a->len[i]);
}

/* Identifiers, codes and numbers cannot hold '&' (a value with one is refused as such); names
 * and other text can, so only they are decoded (see attr_value). */
static const char *text_attr(loader *L, const attrs *a, int i)
{
    if (!a->v[i])
        return NULL;
    size_t len = a->len[i];
    const char *v = attr_value(L, a->v[i], &len);
    return store_text(L, v, len, 0);
}

static void bad_value(loader *L, elem e, const attrs *a, int i, const char *expected)
{
    PROBLEM(L, CONGDOAN_ESCHEMA, "schema-bad-value", "%s=\"%.*s\" on <%s>: expected %s", ATTR_NAME(e, i),
            (int)(a->len[i] > 80 ? 80 : a->len[i]), a->v[i], specs[e].name, expected);
}

/* An enumerated attribute; `fallback` when absent or bad (the problem is recorded). */
static int enum_attr(loader *L, elem e, const attrs *a, int i, const char *const *names, size_t count,
                     const char *expected, int fallback)
{
    if (!a->v[i])
        return fallback;
    int v = congdoan__name_lookup(names, count, a->v[i], a->len[i]);
    if (v < 0) {
        bad_value(L, e, a, i, expected);
        return fallback;
    }
    return v;
}

static int date_attr(loader *L, elem e, const attrs *a, int i)
{
    int ymd = 0;
    if (a->v[i] && congdoan__iso_date_parse(a->v[i], a->len[i], &ymd) != 0)
        bad_value(L, e, a, i, "a date as YYYY-MM-DD that exists in the calendar");
    return ymd;
}

static long count_attr(loader *L, elem e, const attrs *a, int i)
{
    long v = -1;
    if (a->v[i] && congdoan__count_parse(a->v[i], a->len[i], &v) != 0) {
        bad_value(L, e, a, i, "a whole number of 0 or more, written with digits only");
        v = -1;
    }
    return v;
}

/* A decimal attribute; returns 1 when present and valid. */
static int decimal_attr(loader *L, elem e, const attrs *a, int i, double *out)
{
    if (!a->v[i])
        return 0;
    if (congdoan__decimal_parse(a->v[i], a->len[i], out) != 0) {
        bad_value(L, e, a, i, "a number in machine form such as 1810 or 98.5 (full stop for decimals, no "
                              "thousands separator)");
        return 0;
    }
    return 1;
}

static const char *period_attr(loader *L, elem e, const attrs *a, int i)
{
    congdoan_period_kind kind;
    if (!a->v[i])
        return NULL;
    if (congdoan__period_parse(a->v[i], a->len[i], &kind, NULL, NULL) != 0 || kind == CONGDOAN_PERIOD_DAY) {
        bad_value(L, e, a, i, "a period: YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4, or YYYY-MM");
        return NULL;
    }
    return store_id(L, a->v[i], a->len[i]);
}

/* ---- registering identifiers --------------------------------------------------------------- */

/* `loc_offset`: where the congdoan__loc of the map's objects is, to say where the first one is. */
static int define_id(loader *L, congdoan__map *staged, const congdoan__map *committed, const char *what,
                     const char *id, void *obj, size_t loc_offset)
{
    void *first = congdoan__map_get(committed, id, strlen(id));
    if (!first)
        first = congdoan__map_get(staged, id, strlen(id));
    if (first) {
        const congdoan__loc *loc = (const congdoan__loc *)((const char *)first + loc_offset);
        PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "%s id '%s' is already defined at %s:%u", what, id,
                loc->file ? loc->file : "?", (unsigned)loc->line);
        return -1;
    }
    if (congdoan__map_reserve(staged, staged->count + 1) != 0) {
        out_of_memory(L);
        return -1;
    }
    congdoan__map_put(staged, id, obj);
    return 0;
}

static int push(loader *L, congdoan__vec *v, void *item)
{
    if (congdoan__vec_push(v, item) != 0) {
        out_of_memory(L);
        return -1;
    }
    return 0;
}

static void *alloc(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc(&L->st->arena, size);
    if (!p)
        out_of_memory(L);
    return p;
}

/* A unit or report record: starts a cache line (see congdoan__arena_alloc_line). */
static void *alloc_line(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc_line(&L->st->records, size);
    if (!p)
        out_of_memory(L);
    return p;
}

/* Copy a vector of pointers to structs of `size` bytes into one contiguous arena array. */
/* Arena memory that is written at once (a copy): not zeroed first. */
static void *alloc_raw(loader *L, size_t size)
{
    void *p = congdoan__arena_alloc_raw(&L->st->arena, size);
    if (!p)
        out_of_memory(L);
    return p;
}

static void *flatten(loader *L, congdoan__vec *v, size_t size, size_t *count)
{
    *count = 0;
    if (!v->count)
        return NULL;
    char *arr = alloc_raw(L, v->count * size);
    if (!arr)
        return NULL;
    for (size_t i = 0; i < v->count; i++)
        memcpy(arr + i * size, v->items[i], size);
    *count = v->count;
    v->count = 0;
    return arr;
}

/* Copy a vector of pointers into an arena array of pointers. */
static void **copy_ptrs(loader *L, congdoan__vec *v, size_t *count)
{
    *count = 0;
    if (!v->count)
        return NULL;
    void **arr = alloc_raw(L, v->count * sizeof *arr);
    if (!arr)
        return NULL;
    memcpy(arr, v->items, v->count * sizeof *arr);
    *count = v->count;
    v->count = 0;
    return arr;
}

/* ---- elements ------------------------------------------------------------------------------ */

static frame *top(loader *L)
{
    return &L->frames[L->depth - 1];
}

/* The frame of the element enclosing the one being handled (whose frame is already pushed). */
static frame *enclosing(loader *L)
{
    return L->depth >= 2 ? &L->frames[L->depth - 2] : NULL;
}

static void add_item(loader *L, congdoan_item_kind kind, void *ptr)
{
    frame *f = enclosing(L);
    if (!f)
        return;
    if (f->kind != E_SECTION) {
        if (kind == CONGDOAN_ITEM_SECTION && f->kind == E_DOCUMENT)
            push(L, &L->doc_sections, ptr);
        return;
    }
    congdoan__item *item = alloc(L, sizeof *item);
    if (!item)
        return;
    item->kind = kind;
    item->u.text = ptr; /* every member of the union is a pointer */
    push(L, &f->items, item);
}

static const congdoan_section *current_section(loader *L)
{
    for (size_t i = L->depth - 1; i > 0; i--) /* skip the element's own frame */
        if (L->frames[i - 1].kind == E_SECTION)
            return L->frames[i - 1].obj;
    return NULL;
}

static congdoan__loc here(loader *L)
{
    congdoan__loc loc = {L->file, (uint32_t)cur_line(L), (uint32_t)tag_column(L)};
    return loc;
}

static void start_root(loader *L, const attrs *a)
{
    const char *v = a->v[0];
    if (v && !(a->len[0] >= 3 && v[0] == '1' && v[1] == '.' && congdoan__count_parse(v + 2, a->len[0] - 2, &(long){0}) == 0)) {
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-version-unsupported",
                "version=\"%.*s\" on <congdoan>: this library reads version 1.x of the vocabulary",
                (int)(a->len[0] > 20 ? 20 : a->len[0]), v);
        stop(L);
    }
}

static void *start_unit(loader *L, elem e, const attrs *a)
{
    congdoan_unit *u = alloc_line(L, sizeof *u);
    if (!u)
        return NULL;
    u->corpus = L->corpus;
    u->loc = here(L);
    u->members = u->workers = u->declared_upper = u->declared_grassroots = -1;
    u->id = id_attr(L, e, a, A_UNIT_ID);
    u->name = text_attr(L, a, e == E_UNIT ? A_UNIT_NAME : A_DEP_NAME);
    u->short_name = text_attr(L, a, e == E_UNIT ? A_UNIT_SHORT : A_DEP_SHORT);
    if (e == E_UNIT) {
        u->kind = CONGDOAN_UNIT_ORGANISATION;
        u->level = enum_attr(L, e, a, A_UNIT_LEVEL, congdoan__level_names, 5,
                             "central, provincial, upper-grassroots or grassroots", CONGDOAN_LEVEL_UNKNOWN);
        u->parent_id = id_attr(L, e, a, A_UNIT_PARENT);
        u->sector = enum_attr(L, e, a, A_UNIT_SECTOR, congdoan__sector_names, 4,
                              "public, state-enterprise or non-state-enterprise", CONGDOAN_SECTOR_NONE);
        u->members = count_attr(L, e, a, A_UNIT_MEMBERS);
        u->workers = count_attr(L, e, a, A_UNIT_WORKERS);
        u->declared_upper = count_attr(L, e, a, A_UNIT_UPPER);
        u->declared_grassroots = count_attr(L, e, a, A_UNIT_GRASSROOTS);
        L->unit = u;
    } else {
        u->kind = e == E_BODY ? CONGDOAN_UNIT_BODY : CONGDOAN_UNIT_DEPARTMENT;
        if (e == E_BODY)
            u->body_kind = enum_attr(L, e, a, A_BODY_KIND, congdoan__body_kind_names, 5,
                                     "executive-committee, presidium, standing-committee or inspection-committee",
                                     CONGDOAN_BODY_NONE);
        u->owner = L->unit;
        u->level = L->unit ? L->unit->level : CONGDOAN_LEVEL_UNKNOWN;
        u->parent_id = L->unit ? L->unit->id : NULL;
        if (L->unit)
            push(L, &L->unit_departments, u);
    }
    if (u->id && define_id(L, &L->st->unit_map, &L->corpus->unit_map, "unit", u->id, u,
                           offsetof(congdoan_unit, loc)) == 0)
        push(L, &L->st->units, u);
    return u;
}

static void end_unit(loader *L)
{
    congdoan_unit *u = L->unit;
    if (!u)
        return;
    u->departments = (congdoan_unit **)copy_ptrs(L, &L->unit_departments, &u->department_count);
    if (L->unit_classifications.count == 1) { /* the usual case: kept in the unit itself */
        u->one_classification = *(const congdoan__classification *)L->unit_classifications.items[0];
        u->classifications = &u->one_classification;
        u->classification_count = 1;
        L->unit_classifications.count = 0;
    } else {
        u->classifications = flatten(L, &L->unit_classifications, sizeof(congdoan__classification),
                                     &u->classification_count);
    }
    L->unit = NULL;
}

static void start_classification(loader *L, const attrs *a)
{
    long year = -1;
    if (congdoan__count_parse(a->v[A_CLS_YEAR], a->len[A_CLS_YEAR], &year) != 0 || year < 1900 || year > 2200) {
        bad_value(L, E_CLASSIFICATION, a, A_CLS_YEAR, "a year from 1900 to 2200");
        return;
    }
    int grade = enum_attr(L, E_CLASSIFICATION, a, A_CLS_GRADE, congdoan__grade_names, 5,
                          "excellent, good, completed or not-completed", -1);
    if (grade < 0 || !L->unit)
        return;
    for (size_t i = 0; i < L->unit_classifications.count; i++)
        if (((congdoan__classification *)L->unit_classifications.items[i])->year == year) {
            PROBLEM(L, CONGDOAN_ESCHEMA, "duplicate-classification",
                    "unit '%s' already has a classification for %ld", L->unit->id ? L->unit->id : "?", year);
            return;
        }
    congdoan__classification *c = alloc(L, sizeof *c);
    if (!c)
        return;
    c->year = (int)year;
    c->grade = grade;
    push(L, &L->unit_classifications, c);
}

static void *start_document(loader *L, const attrs *a)
{
    congdoan_document *d = alloc(L, sizeof *d);
    if (!d)
        return NULL;
    d->corpus = L->corpus;
    d->loc = here(L);
    d->id = id_attr(L, E_DOCUMENT, a, A_DOC_ID);
    d->kind = enum_attr(L, E_DOCUMENT, a, A_DOC_KIND, congdoan__document_kind_names, 12,
                        "resolution, directive, conclusion, decision, plan, programme, scheme, guidance, report, "
                        "regulation or notice",
                        CONGDOAN_DOCUMENT_UNKNOWN);
    d->number = text_attr(L, a, A_DOC_NUMBER);
    d->issuer_id = id_attr(L, E_DOCUMENT, a, A_DOC_ISSUER);
    d->issuing_body_id = id_attr(L, E_DOCUMENT, a, A_DOC_BODY);
    d->issued = date_attr(L, E_DOCUMENT, a, A_DOC_ISSUED);
    d->effective = date_attr(L, E_DOCUMENT, a, A_DOC_EFFECTIVE);
    d->place = text_attr(L, a, A_DOC_PLACE);
    d->field = text_attr(L, a, A_DOC_FIELD);
    if (d->id && define_id(L, &L->st->document_map, &L->corpus->document_map, "document", d->id, d,
                           offsetof(congdoan_document, loc)) == 0)
        push(L, &L->st->documents, d);
    L->doc = d;
    return d;
}

static void end_document(loader *L)
{
    congdoan_document *d = L->doc;
    d->relations = flatten(L, &L->doc_relations, sizeof(congdoan__relation), &d->relation_count);
    d->recipients = flatten(L, &L->doc_recipients, sizeof(congdoan__recipient), &d->recipient_count);
    d->sections = (congdoan_section **)copy_ptrs(L, &L->doc_sections, &d->section_count);
    d->tasks = (congdoan_task **)copy_ptrs(L, &L->doc_tasks, &d->task_count);
    d->indicators = (congdoan_indicator **)copy_ptrs(L, &L->doc_indicators, &d->indicator_count);
    d->deadlines = flatten(L, &L->doc_deadlines, sizeof(congdoan__deadline), &d->deadline_count);
    d->reporters = (const char **)copy_ptrs(L, &L->doc_reporters, &d->reporter_count);
    congdoan__map_release(&L->doc_ids);
    L->doc = NULL;
}

/* Task and indicator ids are unique inside their document. */
static void define_local_id(loader *L, const char *what, const char *id, void *obj)
{
    if (!id)
        return;
    if (congdoan__map_get(&L->doc_ids, id, strlen(id))) {
        PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "%s id '%s' is already used in document '%s'", what, id,
                L->doc->id ? L->doc->id : "?");
        return;
    }
    if (congdoan__map_reserve(&L->doc_ids, L->doc_ids.count + 1) != 0) {
        out_of_memory(L);
        return;
    }
    congdoan__map_put(&L->doc_ids, id, obj);
}

static void start_signer(loader *L, const attrs *a)
{
    L->doc->signer_name = text_attr(L, a, A_SIG_NAME);
    L->doc->signer_position = text_attr(L, a, A_SIG_POSITION);
    L->doc->signer_capacity = text_attr(L, a, A_SIG_CAPACITY);
}

static void *start_relation(loader *L, const attrs *a)
{
    congdoan__relation *r = alloc(L, sizeof *r);
    if (!r)
        return NULL;
    r->loc = here(L);
    r->type = enum_attr(L, E_RELATION, a, A_REL_TYPE, congdoan__relation_names, 7,
                        "implements, based-on, concretises, amends, replaces or reviews", 0);
    r->target_id = id_attr(L, E_RELATION, a, A_REL_DOCUMENT);
    r->number = text_attr(L, a, A_REL_NUMBER);
    r->date = date_attr(L, E_RELATION, a, A_REL_DATE);
    if (!a->v[A_REL_DOCUMENT] && !a->v[A_REL_NUMBER])
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute",
                "<relation> needs document=\"\" (a document in the corpus) or number=\"\" (its số hiệu), or both");
    push(L, &L->doc_relations, r);
    return r;
}

static void *start_recipient(loader *L, const attrs *a)
{
    congdoan__recipient *r = alloc(L, sizeof *r);
    if (!r)
        return NULL;
    r->loc = here(L);
    r->unit_id = id_attr(L, E_RECIPIENT, a, 0);
    push(L, &L->doc_recipients, r);
    return r;
}

static void start_reporting(loader *L, const attrs *a)
{
    congdoan_document *d = L->doc;
    if (d->has_reporting) {
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-unknown-element", "document '%s' has a second <reporting>; expected one",
                d->id ? d->id : "?");
        return;
    }
    d->has_reporting = 1;
    d->reporting_to_id = id_attr(L, E_REPORTING, a, A_RPT_TO);
    d->reporting_frequency = enum_attr(L, E_REPORTING, a, A_RPT_FREQUENCY, congdoan__frequency_names, 5,
                                       "monthly, quarterly, half-yearly or yearly", CONGDOAN_PERIOD_NONE);
}

static void start_deadline(loader *L, const attrs *a)
{
    congdoan__deadline *dl = alloc(L, sizeof *dl);
    if (!dl)
        return;
    dl->period = period_attr(L, E_DEADLINE, a, A_DL_PERIOD);
    dl->date = date_attr(L, E_DEADLINE, a, A_DL_DATE);
    dl->loc = here(L);
    for (size_t i = 0; dl->period && i < L->doc_deadlines.count; i++)
        if (strcmp(((congdoan__deadline *)L->doc_deadlines.items[i])->period, dl->period) == 0) {
            PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "a second deadline for period %s", dl->period);
            return;
        }
    if (dl->period && dl->date)
        push(L, &L->doc_deadlines, dl);
}

static void start_reporter(loader *L, const attrs *a)
{
    const char *id = id_attr(L, E_REPORTER, a, 0);
    if (id)
        push(L, &L->doc_reporters, (void *)id);
}

static void *start_section(loader *L, const attrs *a)
{
    congdoan_section *s = alloc(L, sizeof *s);
    if (!s)
        return NULL;
    s->document = L->doc;
    s->parent = current_section(L);
    s->loc = here(L);
    s->id = id_attr(L, E_SECTION, a, A_SEC_ID);
    s->number = text_attr(L, a, A_SEC_NUMBER);
    s->title = text_attr(L, a, A_SEC_TITLE);
    define_local_id(L, "section", s->id, s);
    add_item(L, CONGDOAN_ITEM_SECTION, s);
    return s;
}

static void end_section(loader *L, frame *f)
{
    congdoan_section *s = f->obj;
    if (!s)
        return;
    s->item_count = f->items.count;
    s->items = f->items.count ? alloc(L, f->items.count * sizeof *s->items) : NULL;
    if (f->items.count && !s->items) {
        s->item_count = 0;
        return;
    }
    for (size_t i = 0; i < f->items.count; i++)
        s->items[i] = *(congdoan__item *)f->items.items[i];
    f->items.count = 0;
}

static void *start_task(loader *L, const attrs *a)
{
    congdoan_task *t = alloc(L, sizeof *t);
    if (!t)
        return NULL;
    t->document = L->doc;
    t->section = current_section(L);
    t->loc = here(L);
    t->id = id_attr(L, E_TASK, a, A_TASK_ID);
    t->lead_id = id_attr(L, E_TASK, a, A_TASK_LEAD);
    t->due_text = text_attr(L, a, A_TASK_DUE_TEXT);
    if (a->v[A_TASK_DUE]) {
        if (congdoan__due_parse(a->v[A_TASK_DUE], a->len[A_TASK_DUE], &t->due_kind, &t->due_period_kind,
                                &t->due_date, &t->due_recurrence_day) != 0)
            bad_value(L, E_TASK, a, A_TASK_DUE,
                      "a due time: YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, YYYY-MM-DD, ongoing, or yearly, half-yearly, "
                      "quarterly, monthly (optionally :MM-DD for yearly, :DD for the others)");
        else
            t->due_code = store_id(L, a->v[A_TASK_DUE], a->len[A_TASK_DUE]);
    }
    define_local_id(L, "task", t->id, t);
    add_item(L, CONGDOAN_ITEM_TASK, t);
    push(L, &L->doc_tasks, t);
    L->task = t;
    return t;
}

static void end_task(loader *L)
{
    congdoan_task *t = L->task;
    if (!t->text)
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-element", "<task id=\"%s\"> has no <text>", t->id ? t->id : "?");
    t->coordinators = flatten(L, &L->task_coordinators, sizeof(congdoan__coordinator), &t->coordinator_count);
    L->task = NULL;
}

static void *start_coordinator(loader *L, const attrs *a)
{
    congdoan__coordinator *c = alloc(L, sizeof *c);
    if (!c)
        return NULL;
    c->loc = here(L);
    c->unit_id = id_attr(L, E_COORDINATOR, a, 0);
    push(L, &L->task_coordinators, c);
    return c;
}

static int scope_sectors(loader *L, const attrs *a)
{
    const char *s = a->v[A_IND_SCOPE_SECTOR], *end = s + a->len[A_IND_SCOPE_SECTOR];
    int bits = 0;
    while (s < end) {
        while (s < end && *s == ' ')
            s++;
        const char *w = s;
        while (s < end && *s != ' ')
            s++;
        if (s == w)
            break;
        int v = congdoan__name_lookup(congdoan__sector_names, 4, w, (size_t)(s - w));
        if (v < 0) {
            bad_value(L, E_INDICATOR, a, A_IND_SCOPE_SECTOR,
                      "a space-separated list of public, state-enterprise, non-state-enterprise");
            return 0;
        }
        bits |= 1 << v;
    }
    return bits;
}

static void *start_indicator(loader *L, const attrs *a)
{
    congdoan_indicator *ind = alloc(L, sizeof *ind);
    if (!ind)
        return NULL;
    ind->document = L->doc;
    ind->section = current_section(L);
    ind->loc = here(L);
    ind->id = id_attr(L, E_INDICATOR, a, A_IND_ID);
    ind->measure = enum_attr(L, E_INDICATOR, a, A_IND_MEASURE, congdoan__measure_names, 5,
                             "count, percentage, average or share-of-units", 0);
    ind->comparator = enum_attr(L, E_INDICATOR, a, A_IND_COMPARATOR, congdoan__comparator_names, 5,
                                "at-least, at-most, exactly or range", 0);
    ind->has_target = decimal_attr(L, E_INDICATOR, a, A_IND_TARGET, &ind->target);
    ind->has_target_max = decimal_attr(L, E_INDICATOR, a, A_IND_TARGET_MAX, &ind->target_max);
    ind->has_baseline = decimal_attr(L, E_INDICATOR, a, A_IND_BASELINE, &ind->baseline);
    ind->period = period_attr(L, E_INDICATOR, a, A_IND_PERIOD);
    ind->owner_id = id_attr(L, E_INDICATOR, a, A_IND_OWNER);
    ind->scope_level = enum_attr(L, E_INDICATOR, a, A_IND_SCOPE_LEVEL, congdoan__level_names, 5,
                                 "central, provincial, upper-grassroots or grassroots", CONGDOAN_LEVEL_UNKNOWN);
    if (a->v[A_IND_SCOPE_SECTOR])
        ind->scope_sectors = scope_sectors(L, a);
    if (a->v[A_IND_CONDITION]) {
        static const char prefix[] = "classification-at-least:";
        size_t plen = sizeof prefix - 1;
        int g = a->len[A_IND_CONDITION] > plen && memcmp(a->v[A_IND_CONDITION], prefix, plen) == 0
                    ? congdoan__name_lookup(congdoan__grade_names, 5, a->v[A_IND_CONDITION] + plen,
                                            a->len[A_IND_CONDITION] - plen)
                    : -1;
        if (g < 0)
            bad_value(L, E_INDICATOR, a, A_IND_CONDITION,
                      "classification-at-least: followed by excellent, good, completed or not-completed");
        else
            ind->condition_grade = g;
    }
    ind->unit_of_measure = text_attr(L, a, A_IND_UOM);
    if (a->v[A_IND_REFINES]) {
        const char *v = a->v[A_IND_REFINES], *hash = memchr(v, '#', a->len[A_IND_REFINES]);
        size_t dlen = hash ? (size_t)(hash - v) : 0, ilen = hash ? a->len[A_IND_REFINES] - dlen - 1 : 0;
        if (!hash || !congdoan__id_valid(v, dlen) || !congdoan__id_valid(hash + 1, ilen)) {
            bad_value(L, E_INDICATOR, a, A_IND_REFINES, "DOCUMENT-ID#INDICATOR-ID");
        } else {
            ind->refines_document_id = store_id(L, v, dlen);
            ind->refines_indicator_id = store_id(L, hash + 1, ilen);
        }
    }
    define_local_id(L, "indicator", ind->id, ind);
    add_item(L, CONGDOAN_ITEM_INDICATOR, ind);
    push(L, &L->doc_indicators, ind);
    L->indicator = ind;
    return ind;
}

static void end_indicator(loader *L)
{
    if (!L->indicator->text)
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-element", "<indicator id=\"%s\"> has no <text>",
                L->indicator->id ? L->indicator->id : "?");
    L->indicator = NULL;
}

static void *start_report(loader *L, const attrs *a)
{
    congdoan_report *r = alloc_line(L, sizeof *r);
    if (!r)
        return NULL;
    r->corpus = L->corpus;
    r->loc = here(L);
    r->id = id_attr(L, E_REPORT, a, A_REP_ID);
    r->unit_id = id_attr(L, E_REPORT, a, A_REP_UNIT);
    r->document_id = id_attr(L, E_REPORT, a, A_REP_DOCUMENT);
    r->period = period_attr(L, E_REPORT, a, A_REP_PERIOD);
    r->ids = L->ids; /* may still be NULL: set again when the first value arrives (end_report) */
    r->submitted = date_attr(L, E_REPORT, a, A_REP_SUBMITTED);
    if (r->id && define_id(L, &L->st->report_map, &L->corpus->report_map, "report", r->id, r,
                           offsetof(congdoan_report, loc)) == 0)
        push(L, &L->st->reports, r);
    L->report = r;
    L->value_count = 0;
    return r;
}

static void end_report(loader *L)
{
    congdoan_report *r = L->report;
    r->ids = L->ids;
    /* start_value keeps the count in range */
    if (congdoan__report_keep_values(&L->st->records, r, L->values, L->value_count) != 0)
        out_of_memory(L);
    L->value_count = 0;
    r->statuses = flatten(L, &L->report_statuses, sizeof(congdoan__task_status), &r->status_count);
    L->report = NULL;
}

static void start_value(loader *L, const attrs *a)
{
    if (L->value_count == UINT32_MAX) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "more than %lu values in one <report>", (unsigned long)UINT32_MAX);
        stop(L);
        return;
    }
    if (L->value_count == L->value_cap) {
        size_t cap = L->value_cap ? L->value_cap * 2 : 64;
        congdoan__value *v = congdoan__realloc(L->values, cap * sizeof *v);
        if (!v) {
            out_of_memory(L);
            return;
        }
        L->values = v;
        L->value_cap = cap;
    }
    congdoan__value *v = &L->values[L->value_count];
    memset(v, 0, sizeof *v);
    long line = cur_line(L);
    v->line = line > 0 && line < (1L << 28) ? (uint32_t)line : 0;
    /* Reports list the same indicators in the same order: the id at this position in the
     * previous report, when it is the same text, saves validating and interning it again. */
    size_t pos = L->value_count;
    const char *want = a->v[A_VAL_INDICATOR];
    size_t wlen = a->len[A_VAL_INDICATOR];
    const char *guess = pos < VALUE_GUESSES && L->value_guess[pos] ? L->ids->items[L->value_guess[pos] - 1] : NULL;
    int have_id = 0;
    if (want && guess && strlen(guess) == wlen && memcmp(guess, want, wlen) == 0) {
        v->indicator = L->value_guess[pos] - 1;
        have_id = 1;
    } else {
        const char *id = id_attr(L, E_VALUE, a, A_VAL_INDICATOR);
        if (id) {
            uintptr_t known = (uintptr_t)congdoan__map_get(&L->id_index, id, strlen(id));
            if (!known) {
                uint32_t index;
                if (congdoan__map_reserve(&L->id_index, L->id_index.count + 1) != 0 ||
                    congdoan__idtab_append(&L->st->arena, &L->ids, id, &index) != 0) {
                    out_of_memory(L);
                    return;
                }
                known = (uintptr_t)index + 1;
                congdoan__map_put(&L->id_index, id, (void *)known);
            }
            v->indicator = (uint32_t)(known - 1);
            have_id = 1;
            if (pos < VALUE_GUESSES)
                L->value_guess[pos] = (uint32_t)known;
        }
    }
    if (decimal_attr(L, E_VALUE, a, A_VAL_VALUE, &v->value))
        v->flags |= CONGDOAN__VALUE_PLAIN;
    int has_num = decimal_attr(L, E_VALUE, a, A_VAL_NUMERATOR, &v->numerator);
    int has_den = decimal_attr(L, E_VALUE, a, A_VAL_DENOMINATOR, &v->denominator);
    if (has_num && has_den)
        v->flags |= CONGDOAN__VALUE_FRACTION;
    if ((a->v[A_VAL_NUMERATOR] != NULL) != (a->v[A_VAL_DENOMINATOR] != NULL))
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute",
                "<value indicator=\"%.*s\">: numerator=\"\" and denominator=\"\" go together",
                (int)(a->len[A_VAL_INDICATOR] > 80 ? 80 : a->len[A_VAL_INDICATOR]), a->v[A_VAL_INDICATOR]);
    else if (!a->v[A_VAL_VALUE] && !a->v[A_VAL_NUMERATOR])
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute",
                "<value indicator=\"%.*s\"> has no figure: expected value=\"\" or numerator=\"\" and denominator=\"\"",
                (int)(a->len[A_VAL_INDICATOR] > 80 ? 80 : a->len[A_VAL_INDICATOR]), a->v[A_VAL_INDICATOR]);
    v->coverage = (uint8_t)enum_attr(L, E_VALUE, a, A_VAL_COVERAGE, congdoan__coverage_names, 3,
                                     "self or subtree", CONGDOAN_COVERAGE_SELF);
    if (have_id && v->flags)
        L->value_count++;
}

static void *start_task_status(loader *L, const attrs *a)
{
    congdoan__task_status *s = alloc(L, sizeof *s);
    if (!s)
        return NULL;
    s->loc = here(L);
    s->task_id = id_attr(L, E_TASK_STATUS, a, A_TS_TASK);
    s->status = enum_attr(L, E_TASK_STATUS, a, A_TS_STATUS, congdoan__task_status_names, 5,
                          "not-started, in-progress, done or cancelled", CONGDOAN_TASK_STATUS_NONE);
    push(L, &L->report_statuses, s);
    return s;
}

/* The text of a text element, when it ends. */
static void end_text(loader *L, frame *f)
{
    const char *t = store_text(L, L->text, L->text_len, 1);
    L->in_text = 0;
    if (!t)
        return;
    switch (f->kind) {
    case E_TITLE: L->doc->title = t; break;
    case E_RELATION: ((congdoan__relation *)f->obj)->text = *t ? t : NULL; break;
    case E_RECIPIENT: ((congdoan__recipient *)f->obj)->text = t; break;
    case E_P: add_item(L, CONGDOAN_ITEM_PARAGRAPH, (void *)t); break;
    case E_TEXT:
        if (L->task)
            L->task->text = t;
        else if (L->indicator)
            L->indicator->text = t;
        break;
    case E_COORDINATOR: {
        congdoan__coordinator *c = f->obj;
        c->text = *t ? t : NULL;
        if (!c->text && !c->unit_id && !f->had_foreign_children)
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute",
                    "<coordinator> needs unit=\"\" or text naming the coordinating units");
        break;
    }
    case E_TASK_STATUS: ((congdoan__task_status *)f->obj)->note = *t ? t : NULL; break;
    case E_NOTE: L->report->note = t; break;
    default: break;
    }
}

/* ---- SAX callbacks ------------------------------------------------------------------------- */

static int is_ours(loader *L, const xmlChar *uri)
{
    if (!uri)
        return 0;
    if (uri == L->ns)
        return 1;
    if (strcmp((const char *)uri, NS_URI) == 0) {
        L->ns = uri; /* libxml2 interns namespace names: compare pointers from now on */
        return 1;
    }
    return 0;
}

/* libxml2 without entity substitution (which stays off: see the top of this file) hands an
 * attribute value's '&' over as the five characters "&#38;", so that the value could be
 * written back unchanged. Every "&#38;" in a value stands for one '&' (a literal "&#38;" in
 * the file arrives as "&#38;#38;"), so it is decoded here. Rare: only values with '&'. */
static const char *attr_value(loader *L, const char *v, size_t *len)
{
    if (!memchr(v, '&', *len))
        return v;
    char *d = congdoan__arena_alloc(&L->st->arena, *len + 1);
    if (!d) {
        out_of_memory(L);
        return v;
    }
    size_t j = 0;
    for (size_t i = 0; i < *len; i++) {
        if (v[i] == '&' && *len - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
            d[j++] = '&';
            i += 4;
        } else {
            d[j++] = v[i];
        }
    }
    d[j] = '\0';
    *len = j;
    return d;
}

/* ---- foreign content ------------------------------------------------------------------------ */

static void keep_foreign_attr(loader *L, const char *uri, const char *prefix, const char *name, const char *value,
                              size_t len)
{
    congdoan__foreign_attr *fa = alloc(L, sizeof *fa);
    if (!fa)
        return;
    fa->uri = store_id(L, uri, strlen(uri));
    fa->prefix = prefix ? store_id(L, prefix, strlen(prefix)) : NULL;
    fa->name = store_id(L, name, strlen(name));
    fa->value = store_text(L, value, len, 0);
    if (fa->uri && fa->name && fa->value)
        push(L, &L->foreign_attrs, fa);
}

static congdoan__ext *frame_ext(loader *L, frame *f)
{
    if (!f->ext) {
        f->ext = alloc(L, sizeof *f->ext);
        if (f->ext) {
            f->ext->owner = f->ext_owner;
            f->ext->role = f->ext_role;
            f->ext->index = f->ext_index;
        }
    }
    return f->ext;
}

/* Where foreign content read in element `e` is kept: its owner object, role and index. The
 * index is taken before the element's handler adds it to its list. */
static size_t key_index(loader *L, elem e)
{
    switch (e) {
    case E_CLASSIFICATION: return L->unit_classifications.count;
    case E_RELATION: return L->doc_relations.count;
    case E_RECIPIENT: return L->doc_recipients.count;
    case E_DEADLINE: return L->doc_deadlines.count;
    case E_REPORTER: return L->doc_reporters.count;
    case E_COORDINATOR: return L->task_coordinators.count;
    case E_VALUE: return L->value_count;
    case E_TASK_STATUS: return L->report_statuses.count;
    case E_P: return L->depth >= 2 ? L->frames[L->depth - 2].items.count : 0;
    default: return 0;
    }
}

static void key_owner(loader *L, elem e, frame *f)
{
    static const congdoan__role roles[E_COUNT] = {
        [E_ROOT] = CONGDOAN__ROLE_ROOT, [E_UNIT] = CONGDOAN__ROLE_UNIT, [E_DEPARTMENT] = CONGDOAN__ROLE_UNIT,
        [E_BODY] = CONGDOAN__ROLE_UNIT, [E_CLASSIFICATION] = CONGDOAN__ROLE_CLASSIFICATION,
        [E_DOCUMENT] = CONGDOAN__ROLE_DOCUMENT, [E_TITLE] = CONGDOAN__ROLE_TITLE, [E_SIGNER] = CONGDOAN__ROLE_SIGNER,
        [E_RELATION] = CONGDOAN__ROLE_RELATION, [E_RECIPIENT] = CONGDOAN__ROLE_RECIPIENT,
        [E_REPORTING] = CONGDOAN__ROLE_REPORTING, [E_DEADLINE] = CONGDOAN__ROLE_DEADLINE,
        [E_REPORTER] = CONGDOAN__ROLE_REPORTER, [E_SECTION] = CONGDOAN__ROLE_SECTION, [E_P] = CONGDOAN__ROLE_PARAGRAPH,
        [E_TASK] = CONGDOAN__ROLE_TASK, [E_TEXT] = CONGDOAN__ROLE_TASK_TEXT, [E_COORDINATOR] = CONGDOAN__ROLE_COORDINATOR,
        [E_INDICATOR] = CONGDOAN__ROLE_INDICATOR, [E_REPORT] = CONGDOAN__ROLE_REPORT, [E_VALUE] = CONGDOAN__ROLE_VALUE,
        [E_TASK_STATUS] = CONGDOAN__ROLE_TASK_STATUS, [E_NOTE] = CONGDOAN__ROLE_NOTE,
    };
    f->ext_role = roles[e];
    switch (e) {
    case E_ROOT: f->ext_owner = L->corpus; break;
    case E_UNIT: case E_DEPARTMENT: case E_BODY: case E_SECTION: case E_TASK: case E_INDICATOR: case E_REPORT:
        f->ext_owner = f->obj;
        break;
    case E_CLASSIFICATION: f->ext_owner = L->unit; break;
    case E_DOCUMENT: case E_TITLE: case E_SIGNER: case E_RELATION: case E_RECIPIENT: case E_REPORTING:
    case E_DEADLINE: case E_REPORTER:
        f->ext_owner = L->doc;
        break;
    case E_P: f->ext_owner = L->depth >= 2 ? L->frames[L->depth - 2].obj : NULL; break;
    case E_TEXT:
        f->ext_owner = L->task ? (const void *)L->task : (const void *)L->indicator;
        if (!L->task)
            f->ext_role = CONGDOAN__ROLE_INDICATOR_TEXT;
        break;
    case E_COORDINATOR: f->ext_owner = L->task; break;
    case E_VALUE: case E_TASK_STATUS: case E_NOTE: f->ext_owner = L->report; break;
    default: f->ext_owner = NULL; break;
    }
}

/* The foreign attributes read on the element just opened become part of its ext. */
static void attach_foreign_attrs(loader *L, frame *f)
{
    if (!L->foreign_attrs.count || !f->ext_owner)
        return;
    congdoan__ext *x = frame_ext(L, f);
    if (x)
        x->attrs = flatten(L, &L->foreign_attrs, sizeof(congdoan__foreign_attr), &x->attr_count);
    L->foreign_attrs.count = 0;
}

static void capture_put(loader *L, const char *s, size_t n)
{
    if (L->capture_len + n + 1 > L->capture_cap) {
        size_t cap = L->capture_cap ? L->capture_cap : 1024;
        while (cap < L->capture_len + n + 1)
            cap *= 2;
        char *b = congdoan__realloc(L->capture, cap);
        if (!b) {
            out_of_memory(L);
            return;
        }
        L->capture = b;
        L->capture_cap = cap;
    }
    memcpy(L->capture + L->capture_len, s, n);
    L->capture_len += n;
}

static void capture_str(loader *L, const char *s)
{
    capture_put(L, s, strlen(s));
}

/* Close a start tag left open, now that the element turns out to have content. */
static void capture_content(loader *L)
{
    if (L->capture_open) {
        L->capture_open = 0;
        capture_put(L, ">", 1);
    }
}

/* Escape for text (attr = 0) or for a double-quoted attribute value (attr = 1). */
static void capture_escaped(loader *L, const char *s, size_t n, int attr)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\n': rep = attr ? "&#10;" : NULL; break;
        case '\r': rep = "&#13;"; break;
        case '\t': rep = attr ? "&#9;" : NULL; break;
        default: break;
        }
        if (rep) {
            capture_put(L, s + from, i - from);
            capture_str(L, rep);
            from = i + 1;
        }
    }
    capture_put(L, s + from, n - from);
}

static void capture_qname(loader *L, const xmlChar *prefix, const xmlChar *name)
{
    if (prefix) {
        capture_str(L, (const char *)prefix);
        capture_put(L, ":", 1);
    }
    capture_str(L, (const char *)name);
}

static int same(const xmlChar *a, const xmlChar *b)
{
    return a == b || (a && b && strcmp((const char *)a, (const char *)b) == 0);
}

/* Declare prefix -> uri on the element being captured unless it is already in scope, so that
 * the kept subtree reads the same wherever it is written back. */
static void capture_declare(loader *L, const xmlChar *prefix, const xmlChar *uri)
{
    static const char xml_ns[] = "http://www.w3.org/XML/1998/namespace";
    if (prefix && strcmp((const char *)prefix, "xml") == 0)
        return;
    if (uri && strcmp((const char *)uri, xml_ns) == 0)
        return;
    for (size_t i = L->cns_count; i > 0; i--)
        if (same(L->cns[i - 1].prefix, prefix)) {
            if (same(L->cns[i - 1].uri, uri) || (!uri && !L->cns[i - 1].uri))
                return;
            break;
        }
    if (!prefix && !uri && L->cns_count == 0)
        return; /* no default namespace in scope yet, and none wanted */
    if (L->cns_count == L->cns_cap) {
        size_t cap = L->cns_cap ? L->cns_cap * 2 : 16;
        capture_ns *n = congdoan__realloc(L->cns, cap * sizeof *n);
        if (!n) {
            out_of_memory(L);
            return;
        }
        L->cns = n;
        L->cns_cap = cap;
    }
    L->cns[L->cns_count++] = (capture_ns){prefix, uri, L->capture_depth};
    capture_str(L, prefix ? " xmlns:" : " xmlns");
    if (prefix)
        capture_str(L, (const char *)prefix);
    capture_str(L, "=\"");
    if (uri)
        capture_escaped(L, (const char *)uri, strlen((const char *)uri), 1);
    capture_put(L, "\"", 1);
}

static void capture_start(loader *L, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                          int nb_attributes, const xmlChar **attributes)
{
    capture_content(L);
    capture_put(L, "<", 1);
    capture_qname(L, prefix, localname);
    capture_declare(L, prefix, uri);
    for (int i = 0; i < nb_attributes; i++)
        if (attributes[i * 5 + 2])
            capture_declare(L, attributes[i * 5 + 1], attributes[i * 5 + 2]);
    for (int i = 0; i < nb_attributes; i++) {
        capture_put(L, " ", 1);
        capture_qname(L, attributes[i * 5 + 1], attributes[i * 5]);
        capture_put(L, "=\"", 2);
        size_t len = (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        const char *value = attr_value(L, (const char *)attributes[i * 5 + 3], &len);
        capture_escaped(L, value, len, 1);
        capture_put(L, "\"", 1);
    }
    L->capture_open = 1;
}

static void capture_end(loader *L, const xmlChar *localname, const xmlChar *prefix)
{
    if (L->capture_open) {
        L->capture_open = 0;
        capture_put(L, "/>", 2);
    } else {
        capture_put(L, "</", 2);
        capture_qname(L, prefix, localname);
        capture_put(L, ">", 1);
    }
    while (L->cns_count && L->cns[L->cns_count - 1].depth >= L->capture_depth)
        L->cns_count--;
    if (--L->capture_depth)
        return;
    /* The subtree is complete: keep it with the element of ours it was in. */
    frame *owner = &L->frames[L->capture_frame];
    congdoan__foreign_elem *fe = alloc(L, sizeof *fe);
    owner->had_foreign_children = 1;
    if (fe && owner->ext_owner) {
        fe->position = L->capture_position;
        /* NFC like all text the library writes (markup is ASCII and unaffected) */
        fe->xml = store_text(L, L->capture, L->capture_len, 0);
        if (fe->xml)
            push(L, &owner->ext_elems, fe);
    }
    L->capture_len = 0;
    L->cns_count = 0;
}

/* At the end of an element of ours: its foreign children join its ext, which joins the load. */
static void finish_ext(loader *L, frame *f)
{
    if (f->ext_elems.count && f->ext_owner) {
        congdoan__ext *x = frame_ext(L, f);
        if (x)
            x->elems = flatten(L, &f->ext_elems, sizeof(congdoan__foreign_elem), &x->elem_count);
    }
    f->ext_elems.count = 0;
    if (f->ext)
        push(L, &L->st->ext, f->ext);
    f->ext = NULL;
}

static void collect_attrs(loader *L, elem e, int nb_attributes, const xmlChar **attributes, attrs *a)
{
    const elem_spec *spec = &specs[e];
    /* clear only the slots this element has (the struct is large; <value> is most elements) */
    for (int k = 0; spec->attrs[k]; k++)
        a->v[k] = NULL, a->len[k] = 0;
    for (int i = 0; i < nb_attributes; i++) {
        const char *name = (const char *)attributes[i * 5];
        const xmlChar *uri = attributes[i * 5 + 2];
        size_t len = (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        const char *value = (const char *)attributes[i * 5 + 3];
        if ((long)len > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
            PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded",
                    "attribute %s on <%s> is %zu bytes long; the text-length limit is %ld", name, spec->name, len,
                    L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
            stop(L);
            return;
        }
        if (uri) {
            /* xml:lang and other namespaces' attributes: not ours to judge, kept for writing */
            value = attr_value(L, value, &len);
            keep_foreign_attr(L, (const char *)uri, (const char *)attributes[i * 5 + 1], name, value, len);
            continue;
        }
        int k = 0;
        while (spec->attrs[k] && L->attr_name[e][k] != attributes[i * 5])
            k++;
        if (!spec->attrs[k]) {
            char expected[512] = "";
            size_t off = 0;
            for (int j = 0; spec->attrs[j] && off < sizeof expected; j++)
                off += (size_t)snprintf(expected + off, sizeof expected - off, "%s%s", j ? ", " : "", spec->attrs[j]);
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-unknown-attribute", "unknown attribute '%s' on <%s>; expected %s%s",
                    name, spec->name, spec->attrs[0] ? "one of: " : "none", expected);
            continue;
        }
        a->v[k] = value;
        a->len[k] = len;
    }
    for (int k = 0; spec->attrs[k]; k++)
        if ((spec->required >> k & 1) && !a->v[k])
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute", "<%s> needs the attribute %s=\"\"", spec->name,
                    spec->attrs[k]);
}

static int grow_frames(loader *L)
{
    if (L->depth < L->frames_cap)
        return 0;
    size_t cap = L->frames_cap ? L->frames_cap * 2 : 16;
    frame *f = congdoan__realloc(L->frames, cap * sizeof *f);
    if (!f)
        return -1;
    memset(f + L->frames_cap, 0, (cap - L->frames_cap) * sizeof *f);
    L->frames = f;
    L->frames_cap = cap;
    return 0;
}

static elem child_kind(const loader *L, unsigned allowed, const xmlChar *name)
{
    for (int e = E_ROOT; e < E_COUNT; e++)
        if ((allowed & BIT(e)) && L->elem_name[e] == name)
            return (elem)e;
    return E_SKIP;
}

/* Look our names up in the parser's dictionary once, before parsing. */
static int intern_names(loader *L)
{
    xmlDictPtr dict = L->ctxt->dict;
    for (int e = E_ROOT; e < E_COUNT; e++) {
        if (!(L->elem_name[e] = xmlDictLookup(dict, (const xmlChar *)specs[e].name, -1)))
            return -1;
        for (int k = 0; specs[e].attrs[k]; k++)
            if (!(L->attr_name[e][k] = xmlDictLookup(dict, (const xmlChar *)specs[e].attrs[k], -1)))
                return -1;
    }
    return 0;
}

static void on_start_(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    loader *L = user;
    const char *name = (const char *)localname;
    if (L->stopped)
        return;
    if (++L->elements > L->limits[CONGDOAN_LIMIT_ELEMENTS]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "more than %ld elements; the element limit is %ld",
                L->limits[CONGDOAN_LIMIT_ELEMENTS], L->limits[CONGDOAN_LIMIT_ELEMENTS]);
        stop(L);
        return;
    }
    if ((long)L->depth + 1 > L->limits[CONGDOAN_LIMIT_DEPTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "<%s> is nested %zu deep; the depth limit is %ld", name,
                L->depth + 1, L->limits[CONGDOAN_LIMIT_DEPTH]);
        stop(L);
        return;
    }
    if (grow_frames(L) != 0) {
        out_of_memory(L);
        return;
    }
    elem parent = L->depth ? top(L)->kind : E_COUNT;
    elem e = E_SKIP;
    if (parent == E_COUNT) {
        if (!is_ours(L, uri) || localname != L->elem_name[E_ROOT]) {
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-wrong-root",
                    "the root element is <%s>%s%s%s; expected <congdoan xmlns=\"" NS_URI "\">", name,
                    uri ? " in namespace '" : " in no namespace", uri ? (const char *)uri : "", uri ? "'" : "");
            stop(L);
            return;
        }
        e = E_ROOT;
    } else if (parent != E_SKIP && (is_ours(L, uri) || !uri)) {
        e = child_kind(L, specs[parent].children, localname);
        if (e == E_SKIP) {
            unsigned allowed = specs[parent].children;
            char expected[256] = "";
            size_t off = 0;
            for (int k = E_ROOT; k < E_COUNT && off < sizeof expected; k++)
                if (allowed & BIT(k))
                    off += (size_t)snprintf(expected + off, sizeof expected - off, "%s<%s>", off ? ", " : "",
                                            specs[k].name);
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-unknown-element", "<%s>%s is not allowed in <%s>; expected %s", name,
                    uri ? "" : " (in no namespace)", specs[parent].name, allowed ? expected : "no child elements");
        }
    }
    /* else: an element of another namespace, or inside one: kept as text (captured) and
     * otherwise skipped with its subtree. */

    frame *f = &L->frames[L->depth++];
    f->kind = e;
    f->obj = NULL;
    f->items.count = 0;
    f->text_complained = 0;
    f->ext = NULL;
    f->ext_owner = NULL;
    f->ext_elems.count = 0;
    f->known_children = 0;
    f->had_foreign_children = 0;
    if (e == E_SKIP) {
        int foreign = uri && !is_ours(L, uri);
        if (L->capture_depth || (foreign && parent != E_SKIP && parent != E_COUNT)) {
            if (!L->capture_depth) {
                L->capture_frame = L->depth - 2;
                L->capture_position = L->frames[L->depth - 2].known_children;
            }
            L->capture_depth++;
            capture_start(L, localname, prefix, uri, nb_attributes, attributes);
        }
        return;
    }
    if (L->depth >= 2)
        L->frames[L->depth - 2].known_children++;

    attrs a;
    size_t index = key_index(L, e);
    collect_attrs(L, e, nb_attributes, attributes, &a);
    if (L->stopped)
        return;
    switch (e) {
    case E_ROOT: start_root(L, &a); break;
    case E_UNIT:
    case E_DEPARTMENT:
    case E_BODY: f->obj = start_unit(L, e, &a); break;
    case E_CLASSIFICATION: start_classification(L, &a); break;
    case E_DOCUMENT: f->obj = start_document(L, &a); break;
    case E_SIGNER: start_signer(L, &a); break;
    case E_RELATION: f->obj = start_relation(L, &a); break;
    case E_RECIPIENT: f->obj = start_recipient(L, &a); break;
    case E_SECTION: f->obj = start_section(L, &a); break;
    case E_TASK: f->obj = start_task(L, &a); break;
    case E_COORDINATOR: f->obj = start_coordinator(L, &a); break;
    case E_INDICATOR: f->obj = start_indicator(L, &a); break;
    case E_REPORT: f->obj = start_report(L, &a); break;
    case E_VALUE: start_value(L, &a); break;
    case E_TASK_STATUS: f->obj = start_task_status(L, &a); break;
    case E_REPORTING: start_reporting(L, &a); break;
    case E_DEADLINE: start_deadline(L, &a); break;
    case E_REPORTER: start_reporter(L, &a); break;
    default: break;
    }
    if (specs[e].has_text) {
        L->in_text = 1;
        L->text_len = 0;
    }
    key_owner(L, e, f);
    f->ext_index = index;
    attach_foreign_attrs(L, f);
}

static void on_end_(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    loader *L = user;
    if (L->stopped || !L->depth)
        return;
    frame *f = top(L);
    if (f->kind == E_SKIP) {
        if (L->capture_depth)
            capture_end(L, localname, prefix);
        L->depth--;
        return;
    }
    finish_ext(L, f);
    if (specs[f->kind].has_text && L->in_text && (f->obj || f->kind == E_TITLE || f->kind == E_P ||
                                                  f->kind == E_TEXT || f->kind == E_NOTE))
        end_text(L, f);
    L->in_text = 0;
    switch (f->kind) {
    case E_UNIT: end_unit(L); break;
    case E_DOCUMENT: if (L->doc) end_document(L); break;
    case E_SECTION: end_section(L, f); break;
    case E_TASK: if (L->task) end_task(L); break;
    case E_INDICATOR: if (L->indicator) end_indicator(L); break;
    case E_REPORT: if (L->report) end_report(L); break;
    default: break;
    }
    L->depth--;
}

static void on_characters_(void *user, const xmlChar *ch, int len)
{
    loader *L = user;
    if (L->stopped || !L->depth)
        return;
    frame *f = top(L);
    if (f->kind == E_SKIP) {
        if (L->capture_depth) {
            capture_content(L);
            capture_escaped(L, (const char *)ch, (size_t)len, 0);
        }
        return;
    }
    if (!L->in_text) {
        /* Text where only elements belong: gathered (libxml2 hands text over in pieces) and
         * reported, quoted, when the next element starts or this one ends. */
        int blank = 1;
        for (int i = 0; i < len && blank; i++)
            blank = ch[i] == ' ' || ch[i] == '\t' || ch[i] == '\n' || ch[i] == '\r';
        if (f->text_complained || (blank && !L->stray_len))
            return;
        if (!L->stray_len) {
            L->stray_line = cur_line(L);
            L->stray_column = L->ctxt && L->ctxt->input ? L->ctxt->input->col : 0;
        }
        size_t room = sizeof L->stray - 1 - L->stray_len;
        size_t n = (size_t)len < room ? (size_t)len : room;
        memcpy(L->stray + L->stray_len, ch, n);
        L->stray_len += n;
        return;
    }
    if ((long)(L->text_len + (size_t)len) > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "the text of <%s> is longer than the text-length limit of %ld bytes",
                specs[f->kind].name, L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
        stop(L);
        return;
    }
    if (L->text_len + (size_t)len > L->text_cap) {
        size_t cap = L->text_cap ? L->text_cap : 1024;
        while (cap < L->text_len + (size_t)len)
            cap *= 2;
        char *t = congdoan__realloc(L->text, cap);
        if (!t) {
            out_of_memory(L);
            return;
        }
        L->text = t;
        L->text_cap = cap;
    }
    memcpy(L->text + L->text_len, ch, (size_t)len);
    L->text_len += (size_t)len;
}

/* Report text gathered in an element that holds only elements (see on_characters_). */
static void flush_stray(loader *L)
{
    if (!L->stray_len || !L->depth)
        return;
    frame *f = top(L);
    const char *t = L->stray;
    size_t n = L->stray_len;
    while (n && (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r'))
        t++, n--;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    if (n > 60) { /* cut at a character boundary */
        n = 60;
        while (n && (t[n] & 0xC0) == 0x80)
            n--;
    }
    problem_at(L, CONGDOAN_ESCHEMA, "schema-text-not-allowed", L->stray_line, L->stray_column,
               "<%s> cannot hold text, only elements; found \"%.*s%s\"", specs[f->kind].name, (int)n, t,
               n < L->stray_len && L->stray_len == sizeof L->stray - 1 ? "…" : "");
    f->text_complained = 1;
    L->stray_len = 0;
}

/* The callbacks as libxml2 sees them: each ends by halting the parser if it was stopped. */
static void on_start(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    flush_stray(user);
    on_start_(user, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes, nb_defaulted, attributes);
    halt_if_stopped(user);
}

static void on_end(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    flush_stray(user);
    on_end_(user, localname, prefix, uri);
    halt_if_stopped(user);
}

static void on_characters(void *user, const xmlChar *ch, int len)
{
    on_characters_(user, ch, len);
    halt_if_stopped(user);
}

/* ---- driving the parser -------------------------------------------------------------------- */

/* UTF-8 only and no internal DTD subset, decided on the first bytes before libxml2 would
 * convert an encoding or read entity declarations. */
static int check_prolog(loader *L, const unsigned char *p, size_t n)
{
    int code;
    long line;
    const char *why = congdoan__prolog_problem(p, n, &code, &line);
    if (!why)
        return 0;
    problem_at(L, code, code == CONGDOAN_EENCODING ? "xml-encoding" : "xml-forbidden", line, 1, "%s", why);
    return -1;
}

static void release_loader(loader *L)
{
    for (size_t i = 0; i < L->frames_cap; i++) {
        congdoan__vec_release(&L->frames[i].items);
        congdoan__vec_release(&L->frames[i].ext_elems);
    }
    congdoan__vec_release(&L->foreign_attrs);
    congdoan__dealloc(L->capture);
    congdoan__dealloc(L->cns);
    congdoan__dealloc(L->frames);
    congdoan__dealloc(L->text);
    congdoan__dealloc(L->values);
    congdoan__vec_release(&L->unit_departments);
    congdoan__vec_release(&L->unit_classifications);
    congdoan__vec_release(&L->doc_relations);
    congdoan__vec_release(&L->doc_recipients);
    congdoan__vec_release(&L->doc_sections);
    congdoan__vec_release(&L->doc_tasks);
    congdoan__vec_release(&L->doc_indicators);
    congdoan__vec_release(&L->doc_deadlines);
    congdoan__vec_release(&L->doc_reporters);
    congdoan__vec_release(&L->task_coordinators);
    congdoan__vec_release(&L->report_statuses);
    congdoan__map_release(&L->doc_ids);
    congdoan__map_release(&L->id_index);
    if (L->ctxt) {
        if (L->ctxt->myDoc) /* never built with our handlers, but be sure */
            xmlFreeDoc(L->ctxt->myDoc);
        xmlFreeParserCtxt(L->ctxt);
    }
}

enum { CHUNK = 256 * 1024 };

/* libxml2 refused to go on: with its error when it gave one, else as running out of memory,
 * the only way it stops without reporting an error. */
static void parser_gave_up(loader *L)
{
    int err = L->ctxt ? L->ctxt->errNo : 0;
    /* errNo <= 0: libxml2 halted without an error of its own; -1 (XML_PARSER_EOF) is what it
     * sets when it cannot grow its input buffer */
    if (err == XML_ERR_NO_MEMORY || err <= 0)
        out_of_memory(L);
    else
        problem_at(L, CONGDOAN_EPARSE, "xml-malformed", cur_line(L), 0,
                   "the XML parser stopped (libxml2 error %d) before the end of the document", err);
}

/* Feed `first` (already read) and then the rest from `fd` (or nothing more when fd < 0). */
static int feed(loader *L, const char *first, size_t first_len, int fd, char *buf)
{
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.cdataBlock = on_characters;
    sax.entityDecl = on_entity_decl;
    sax.unparsedEntityDecl = on_unparsed_entity_decl;
    sax.getEntity = on_get_entity;
    sax.attributeDecl = on_attribute_decl;
    sax.elementDecl = on_element_decl;
    sax.notationDecl = on_notation_decl;
    sax.serror = on_xml_error;

    if (check_prolog(L, (const unsigned char *)first, first_len) != 0)
        return L->first_error;
    /* The first chunk is at most 4 bytes (libxml2 sniffs the encoding from it); everything
     * else goes through xmlParseChunk once the options are in place. */
    size_t head = first_len < 4 ? first_len : 4;
    L->ctxt = xmlCreatePushParserCtxt(&sax, L, first, (int)head, L->file);
    if (!L->ctxt) {
        out_of_memory(L);
        return L->first_error;
    }
    /* NONET: never fetch anything. No NOENT, no DTDLOAD, no DTDATTR: nothing is substituted or
     * loaded. NOERROR/NOWARNING: libxml2 reports through serror only, never to stderr. */
    xmlCtxtUseOptions(L->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    if (intern_names(L) != 0) {
        out_of_memory(L);
        return L->first_error;
    }
    L->ctxt->sax->serror = on_xml_error; /* UseOptions leaves serror alone; say so explicitly */

    const char *p = first + head;
    size_t left = first_len - head;
    L->fed = head;
    L->saw_markup = memchr(first, '<', head) != NULL;
    for (;;) {
        while (left && !L->stopped) {
            int n = left > CHUNK ? CHUNK : (int)left;
            if (!L->saw_markup)
                L->saw_markup = memchr(p, '<', (size_t)n) != NULL;
            if (xmlParseChunk(L->ctxt, p, n, 0) != 0 && !L->first_error)
                parser_gave_up(L);
            p += n, left -= (size_t)n;
            L->fed += (size_t)n;
        }
        if (L->stopped || fd < 0)
            break;
        ssize_t got = read(fd, buf, CHUNK);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            problem_at(L, CONGDOAN_EIO, "io-error", 0, 0, "cannot read %s: %s", L->file, strerror(errno));
            return L->first_error;
        }
        if (got == 0)
            break;
        p = buf, left = (size_t)got;
    }
    if (!L->stopped && xmlParseChunk(L->ctxt, NULL, 0, 1) != 0 && !L->first_error)
        parser_gave_up(L);
    if (!L->first_error && !L->ctxt->wellFormed)
        problem_at(L, CONGDOAN_EPARSE, "xml-malformed", cur_line(L), 0, "the document is not well-formed XML");
    /* libxml2 can stop without a word (an allocation failing inside its input buffer): an open
     * element, or markup that produced no element, means the document was not read to its end. */
    if (!L->first_error && (L->depth != 0 || (L->elements == 0 && L->saw_markup)))
        parser_gave_up(L);
    if (!L->first_error && L->elements == 0)
        problem_at(L, CONGDOAN_EPARSE, "xml-malformed", 1, 1, "the document is empty");
    return L->first_error;
}

static int load_into(congdoan_corpus *corpus, congdoan__staging *st, const char *path, const char *data, size_t size,
                     const char *name, congdoan_issues *issues);

int congdoan__load_into(congdoan_corpus *corpus, congdoan__staging *st, const char *path, const char *data,
                        size_t size, const char *name, congdoan_issues *issues)
{
    congdoan__quiet q;
    congdoan__quiet_begin(&q);
    int rc = load_into(corpus, st, path, data, size, name, issues);
    congdoan__quiet_end(&q);
    return rc;
}

static int load_into(congdoan_corpus *corpus, congdoan__staging *st, const char *path, const char *data, size_t size,
                     const char *name, congdoan_issues *issues)
{
    loader L;
    memset(&L, 0, sizeof L);
    L.corpus = corpus;
    L.st = st;
    L.issues = issues;
    memcpy(L.limits, corpus->limits, sizeof L.limits);
    const char *display = path ? path : (name ? name : "<memory>");
    L.file = congdoan__intern(&st->strings, display, strlen(display));
    if (!L.file)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while loading %s", display);

    int rc;
    if (!path) {
        if (size > (size_t)L.limits[CONGDOAN_LIMIT_INPUT_SIZE]) {
            problem_at(&L, CONGDOAN_ELIMIT, "limit-exceeded", 0, 0, "%s is %zu bytes; the input-size limit is %ld bytes",
                       L.file, size, L.limits[CONGDOAN_LIMIT_INPUT_SIZE]);
            rc = L.first_error;
        } else {
            rc = feed(&L, data, size, -1, NULL);
        }
        release_loader(&L);
        return rc;
    }

    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        int err = errno;
        problem_at(&L, CONGDOAN_EIO, "io-error", 0, 0, "cannot open %s: %s", path,
                   fd >= 0 && !S_ISREG(sb.st_mode) ? "not a regular file" : strerror(err));
        if (fd >= 0)
            close(fd);
        return L.first_error;
    }
    if (sb.st_size > L.limits[CONGDOAN_LIMIT_INPUT_SIZE]) {
        problem_at(&L, CONGDOAN_ELIMIT, "limit-exceeded", 0, 0, "%s is %lld bytes; the input-size limit is %ld bytes",
                   path, (long long)sb.st_size, L.limits[CONGDOAN_LIMIT_INPUT_SIZE]);
        close(fd);
        return L.first_error;
    }
    char *buf = congdoan__malloc(CHUNK);
    if (!buf) {
        close(fd);
        return congdoan__error_at(CONGDOAN_ENOMEM, path, 0, 0, "out of memory while loading %s", path);
    }
    ssize_t got;
    do
        got = read(fd, buf, CHUNK);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        problem_at(&L, CONGDOAN_EIO, "io-error", 0, 0, "cannot read %s: %s", path, strerror(errno));
        rc = L.first_error;
    } else {
        /* feed() keeps the first block while it reads the next ones into a second buffer */
        char *buf2 = congdoan__malloc(CHUNK);
        if (!buf2) {
            rc = congdoan__error_at(CONGDOAN_ENOMEM, path, 0, 0, "out of memory while loading %s", path);
        } else {
            rc = feed(&L, buf, (size_t)got, fd, buf2);
            congdoan__dealloc(buf2);
        }
    }
    congdoan__dealloc(buf);
    close(fd);
    release_loader(&L);
    return rc;
}
