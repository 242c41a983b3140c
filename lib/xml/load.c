/*
 * The loader: a libxml2 SAX2 push parser that builds model objects straight from the events,
 * never a document tree (a national file holds millions of report values). Which elements and
 * attributes are ours, and where their values go, is the vocabulary table's (model/vocab.c);
 * the rest of the loader is in the files loader.h lists.
 *
 * Hostile input: no network (XML_PARSE_NONET), no DTD loading and no entity substitution
 * (neither XML_PARSE_DTDLOAD nor XML_PARSE_NOENT is set), every entity declaration refused,
 * UTF-8 only, and the corpus limits on size, depth, element count and text length. libxml2's
 * own messages are captured through the structured error callback of this parser context, so
 * nothing is printed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/loader.h"
#include "base/files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

/* ---- problems ------------------------------------------------------------------------------ */

/* The character column of the '<' of the start tag being handled, or the current column when
 * the tag spans lines. libxml2 counts columns in characters, so this does too. */
long congdoan__load_column(const loader *L)
{
    if (L->pipe && !congdoan__load_recording(L))
        return L->replay.col;
    return L->ctxt ? congdoan__load_input_column(L->ctxt->input) : 0;
}

long congdoan__load_input_column(const xmlParserInput *in)
{
    if (!in || !in->cur || !in->base)
        return 0;
    long col = in->col;
    const unsigned char *cur = in->cur, *p = cur;
    const unsigned char *from = cur - ((size_t)(cur - in->base) > 4096 ? 4096 : (size_t)(cur - in->base));
    /* back to the last '<' (the tag's start): a line end after it, or none within 4 KiB, and
     * the column is libxml2's own; eight bytes a step while neither is among them */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (p > from) {
        if (p - from >= 8) {
            uint64_t w, lt, nl;
            memcpy(&w, p - 8, 8);
            lt = w ^ ('<' * ones), nl = w ^ ('\n' * ones);
            if (!(((lt - ones) & ~lt & highs) | ((nl - ones) & ~nl & highs))) {
                p -= 8;
                continue;
            }
        }
        unsigned char c = *--p;
        if (c == '\n')
            return col;
        if (c == '<') {
            long chars = (long)congdoan__utf8_count((const char *)p + 1, (size_t)(cur - p));
            return col > chars ? col - chars : col;
        }
    }
    return col;
}

/* Both may run before the parser context exists (out of memory creating it). */
long congdoan__load_line(const loader *L)
{
    if (L->pipe && !congdoan__load_recording(L))
        return L->replay.line;
    return L->ctxt && L->ctxt->input ? L->ctxt->input->line : 0;
}

/* Stopping is only recorded here: xmlStopParser() releases the input buffer, and the callback
 * that decides to stop may still be reading attribute values from it. Every callback ends
 * with halt_if_stopped(), and no more input is fed once stopped. */
void congdoan__load_stop(loader *L)
{
    if (congdoan__load_recording(L))
        congdoan__load_record_stop(L);
    else
        L->stopped = 1;
}

int congdoan__load_stopped(const loader *L)
{
    return congdoan__load_recording(L) ? congdoan__load_recording_stopped(L) : L->stopped;
}

/* With a parse thread, it halts libxml2 itself; the calling thread tells it to after each
 * block it replays (load-thread.c). */
static void halt_if_stopped(loader *L)
{
    if (L->pipe) {
        if (congdoan__load_recording(L))
            congdoan__load_halt_recording(L);
        return;
    }
    if (L->stopped && !L->halted && L->ctxt) {
        L->halted = 1;
        xmlStopParser(L->ctxt);
    }
}

/* Record a problem at the current position. `code` is the status the load fails with when
 * the tag is an error; running out of memory while recording stops the load. */
void congdoan__load_problem_at(loader *L, int code, const char *tag, long line, long col, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, _(fmt), ap);
    va_end(ap);
    if (congdoan__load_recording(L)) {
        congdoan__load_record_problem(L, code, tag, line, col, msg);
        return;
    }
    if (congdoan__tag_severity(tag) == CONGDOAN_SEVERITY_ERROR && !L->first_error) {
        L->first_error = code;
        congdoan__error_at(code, L->file, line, col, "%s", msg);
    }
    if (congdoan__issue_add(L->issues, tag, L->file, line, col, "%s", msg) != 0) {
        if (!L->first_error || L->first_error != CONGDOAN_ENOMEM) {
            L->first_error = CONGDOAN_ENOMEM;
            congdoan__error(CONGDOAN_ENOMEM, "out of memory while loading %s", L->file);
        }
        congdoan__load_stop(L);
    }
}

void congdoan__load_out_of_memory(loader *L)
{
    if (congdoan__load_recording(L)) {
        congdoan__load_record_oom(L);
        return;
    }
    if (L->first_error != CONGDOAN_ENOMEM) {
        L->first_error = CONGDOAN_ENOMEM;
        congdoan__error_at(CONGDOAN_ENOMEM, L->file, congdoan__load_line(L), 0, "out of memory while loading %s", L->file);
    }
    congdoan__load_stop(L);
}

/* libxml2's own errors, through this context's structured error callback (or replayed). */
void congdoan__load_xml_error(loader *L, xmlErrorPtr err)
{
    if (!err || err->level == XML_ERR_WARNING || L->stopped)
        return;
    const congdoan__input_seen *seen = L->pipe ? &L->replay.seen : &L->seen;
    /* no markup at all: libxml2 says "Document is empty" of a text file and "Extra content at
     * the end of the document" of an empty one; say what the file is */
    if (!seen->saw_markup && L->elements == 0 && err->code != XML_ERR_NO_MEMORY && err->code != XML_ERR_INVALID_CHAR &&
        err->code != XML_ERR_INVALID_ENCODING) {
        congdoan__load_problem_at(L, CONGDOAN_EPARSE, "xml-malformed", 1, 1, "%s",
                                  congdoan__no_markup_message(seen->fed, seen->saw_nonblank));
        congdoan__load_stop(L);
        return;
    }
    char msg[512], inside[256] = "";
    if (L->depth > 0) { /* the innermost open element's name as the file writes it */
        const frame *f = &L->frames[L->depth - 1];
        snprintf(inside, sizeof inside, "%s%s%s", f->prefix ? f->prefix : "", f->prefix ? ":" : "", f->name);
    }
    if (err->code == XML_ERR_DOCUMENT_END && *inside) /* libxml2: "Extra content at the end" */
        snprintf(msg, sizeof msg,
                 _("the file ends inside <%.*s>, before its closing tag: it may have been cut short; every element "
                   "must be closed, </congdoan> last"),
                 SHOWN(inside, strlen(inside)), inside);
    else
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
        congdoan__load_out_of_memory(L);
        return;
    case XML_ERR_INTERNAL_ERROR:
        /* libxml2 reports its own hard limits (depth 256, huge text) this way */
        if (err->message && strstr(err->message, "Huge input lookup")) {
            congdoan__load_problem_at(L, CONGDOAN_ELIMIT, "limit-exceeded", err->line, err->int2,
                       "a single token (an attribute value or a run of text) is longer than libxml2's limit of "
                       "10,000,000 bytes");
            congdoan__load_stop(L);
            return;
        }
        break;
    default:
        if (err->message && strstr(err->message, "Excessive depth"))
            code = CONGDOAN_ELIMIT, tag = "limit-exceeded";
        /* Our namespace is a valid URI: libxml2 says otherwise only when its URI parser could
         * not allocate. Only our namespace exactly ('urn:congdoan:1giáo' is another one, and
         * not a valid URI: said as such, found by fuzz-query). */
        if (err->message && strstr(err->message, "not a valid URI") && strstr(err->message, "'" CONGDOAN__NS "'")) {
            congdoan__load_out_of_memory(L);
            return;
        }
        break;
    }
    if (err->level == XML_ERR_FATAL && code != CONGDOAN_ELIMIT) {
        /* A file that is not well-formed gets only that error: what was said of its first lines
         * before the parser met it (an unknown attribute, a missing one) is beside the point,
         * and the error is the load's last error. */
        congdoan__issues_truncate(L->issues, L->issues_mark);
        L->first_error = 0;
    }
    congdoan__load_problem_at(L, code, tag, err->line, err->int2, "%s", msg);
    if (err->level == XML_ERR_FATAL)
        congdoan__load_stop(L);
}

static void on_xml_error(void *user, xmlErrorPtr err)
{
    congdoan__load_xml_error(user, err);
}

/* Entity declarations of any kind are refused: they are the way in for "billion laughs" and
 * external-entity attacks, and the vocabulary has no use for them. */
static void on_entity_decl(void *user, const xmlChar *name, int type, const xmlChar *public_id,
                           const xmlChar *system_id, xmlChar *content)
{
    loader *L = user;
    PROBLEM(L, CONGDOAN_EFORBIDDEN, "xml-forbidden", "entity declaration '%s' is not allowed: the vocabulary uses no entities",
            (const char *)name);
    congdoan__load_stop(L);
    halt_if_stopped(L);
}

/* Any other markup declaration: only an internal DTD subset can hold one (external DTDs are
 * never loaded), and the vocabulary has no use for it: attribute defaults would change the
 * data. The parser reports them, so this does not rely on the prolog scan. */
static void forbid_declaration(loader *L, const char *what, const xmlChar *name)
{
    PROBLEM(L, CONGDOAN_EFORBIDDEN, "xml-forbidden", "%s declaration '%s' in a DOCTYPE is not allowed: the vocabulary uses no DTD",
            what, name ? (const char *)name : "?");
    congdoan__load_stop(L);
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

void congdoan__load_append(loader *L, bytes *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) { /* + 1: room for a terminating NUL */
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = congdoan__realloc(b->data, cap);
        if (!d) {
            congdoan__load_out_of_memory(L);
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* Where the element being opened starts (its start tag). */
congdoan__loc congdoan__load_here(loader *L)
{
    congdoan__loc loc = {L->file, (uint32_t)congdoan__load_line(L), (uint32_t)congdoan__load_column(L)};
    return loc;
}

/* ---- SAX callbacks ------------------------------------------------------------------------- */

static int is_ours(loader *L, const xmlChar *uri)
{
    if (!uri)
        return 0;
    if (uri == L->ns)
        return 1;
    if (strcmp((const char *)uri, CONGDOAN__NS) == 0) {
        L->ns = uri; /* libxml2 interns namespace names: compare pointers from now on */
        return 1;
    }
    return 0;
}

static void collect_attrs(loader *L, congdoan__el e, int nb_attributes, const xmlChar **attributes, attrs *a)
{
    const congdoan__elem *spec = &congdoan__vocab[e];
    const xmlChar *const *names = L->attr_name[e];
    a->given = a->bad = a->ids = 0;
    for (int i = 0; i < nb_attributes; i++) {
        const char *name = (const char *)attributes[i * 5];
        const xmlChar *uri = attributes[i * 5 + 2];
        size_t len = (size_t)(attributes[i * 5 + 4] - attributes[i * 5 + 3]);
        const char *value = (const char *)attributes[i * 5 + 3];
        if ((long)len > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
            PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded",
                    "attribute %s on <%s> is %zu bytes long; the text-length limit is %ld", name, spec->name, len,
                    L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
            congdoan__load_stop(L);
            return;
        }
        if (uri) {
            /* xml:lang and other namespaces' attributes: not ours to judge, kept for writing */
            value = congdoan__load_attr_value(L, value, &len);
            congdoan__load_foreign_attr(L, (const char *)uri, (const char *)attributes[i * 5 + 1], name, value, len);
            continue;
        }
        size_t k = 0;
        while (k < spec->attr_count && names[k] != attributes[i * 5])
            k++;
        if (k == spec->attr_count) {
            char expected[512] = "";
            size_t off = 0;
            for (size_t j = 0; j < spec->attr_count && off < sizeof expected; j++)
                off += (size_t)snprintf(expected + off, sizeof expected - off, "%s%s", j ? ", " : "",
                                        spec->attrs[j].name);
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-unknown-attribute", "unknown attribute '%s' on <%s>; expected %s%s",
                    name, spec->name, spec->attr_count ? _("one of: ") : _("none"), expected);
            continue;
        }
        a->v[k] = value;
        a->len[k] = len;
        a->given |= 1u << k;
    }
    for (unsigned missing = L->required[e] & ~a->given; missing; missing &= missing - 1)
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-attribute", "<%s> needs the attribute %s=\"\"", spec->name,
                spec->attrs[__builtin_ctz(missing)].name);
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

/* The entry of the element called `name` among the children `parent` allows, or NULL. */
static const congdoan__child *child_entry(const loader *L, congdoan__el parent, const xmlChar *name)
{
    const congdoan__elem *p = &congdoan__vocab[parent];
    for (size_t i = 0; i < p->child_count; i++)
        if (L->elem_name[p->children[i].elem] == name)
            return &p->children[i];
    return NULL;
}

/* Look our names up in the parser's dictionary once, before parsing; and the positions of the
 * attributes that element hooks read. */
static int prepare_names(loader *L)
{
    xmlDictPtr dict = L->ctxt->dict;
    for (int e = CONGDOAN__EL_ROOT; e < CONGDOAN__EL_COUNT; e++) {
        if (!(L->elem_name[e] = xmlDictLookup(dict, (const xmlChar *)congdoan__vocab[e].name, -1)))
            return -1;
        for (size_t k = 0; k < congdoan__vocab[e].attr_count; k++) {
            const congdoan__attr *at = &congdoan__vocab[e].attrs[k];
            if (!(L->attr_name[e][k] = xmlDictLookup(dict, (const xmlChar *)at->name, -1)))
                return -1;
            if (at->flags & CONGDOAN__A_REQUIRED)
                L->required[e] |= 1u << k;
            if (at->flags & CONGDOAN__A_HOOKED)
                L->hooked[e] |= 1u << k;
            if ((at->kind == CONGDOAN__K_ID || at->kind == CONGDOAN__K_REF) && e != CONGDOAN__EL_VALUE)
                L->id_attrs[e] |= 1u << k;
            if (!at->aside && (at->kind == CONGDOAN__K_COUNT || (at->kind == CONGDOAN__K_ENUM && at->absent)))
                L->defaults[e] |= 1u << k;
        }
    }
    L->at_value_indicator = congdoan__vocab_attr_at(CONGDOAN__EL_VALUE, offsetof(congdoan__value_view, indicator));
    L->at_value_value = congdoan__vocab_attr_at(CONGDOAN__EL_VALUE, offsetof(congdoan__value_view, value));
    L->at_value_numerator = congdoan__vocab_attr_at(CONGDOAN__EL_VALUE, offsetof(congdoan__value_view, numerator));
    L->at_value_denominator = congdoan__vocab_attr_at(CONGDOAN__EL_VALUE, offsetof(congdoan__value_view, denominator));
    L->at_relation_document = congdoan__vocab_attr_at(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, target_id));
    L->at_relation_number = congdoan__vocab_attr_at(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, number));
    L->at_relation_title = congdoan__vocab_attr_at(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, title));
    return 0;
}

/* "<unit>, <document>, <report>": the children `parent` allows, for problems. */
static const char *allowed_children(congdoan__el parent, char *buf, size_t size)
{
    const congdoan__elem *p = &congdoan__vocab[parent];
    size_t off = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < p->child_count && off < size; i++)
        off += (size_t)snprintf(buf + off, size - off, "%s<%s>", off ? ", " : "", congdoan__vocab[p->children[i].elem].name);
    return p->child_count ? buf : "no child elements";
}

/* The place of children entry `i` of `el` in the order of its children: entries marked mixed
 * share the place of the entry before them (they may come in any order between them). */
static unsigned place_of(congdoan__el el, size_t i)
{
    const congdoan__child *c = congdoan__vocab[el].children;
    unsigned place = 0;
    for (size_t k = 1; k <= i; k++)
        place += !c[k].mixed;
    return place;
}

/* The names of the children of `el` in their order, places joined by " or ": for messages. */
static const char *children_order(congdoan__el el, char *buf, size_t size)
{
    const congdoan__elem *p = &congdoan__vocab[el];
    size_t off = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < p->child_count && off < size; i++)
        off += (size_t)snprintf(buf + off, size - off, "%s<%s>%s", i == 0 ? "" : p->children[i].mixed ? _(" or ") : _(", then "),
                                congdoan__vocab[p->children[i].elem].name,
                                p->children[i].occurs == CONGDOAN__MANY ? "…" : "");
    return buf;
}

/* A child of ours opens in `pf`: in its order, and not more of it than allowed. */
static void child_in_order(loader *L, frame *pf, const congdoan__child *as, const char *name)
{
    congdoan__el parent = pf->kind;
    size_t slot = (size_t)(as - congdoan__vocab[parent].children);
    if (slot >= CONGDOAN__LOAD_MAX_CHILDREN)
        return;
    unsigned place = place_of(parent, slot);
    char order[512];
    if (place < pf->last_place) {
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-misplaced-element", "<%s> comes too late in <%s>; the order is %s", name,
                congdoan__vocab[parent].name, children_order(parent, order, sizeof order));
    } else {
        pf->last_place = (unsigned char)place;
    }
    if (pf->seen[slot] < 255)
        pf->seen[slot]++;
    if (as->occurs != CONGDOAN__MANY && pf->seen[slot] == 2)
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-misplaced-element", "a second <%s> in <%s>; it has one at most", name,
                congdoan__vocab[parent].name);
}

/* The element of `f` closes: every child it must have is there. */
static void required_children(loader *L, const frame *f)
{
    const congdoan__elem *spec = &congdoan__vocab[f->kind];
    for (size_t i = 0; i < spec->child_count && i < CONGDOAN__LOAD_MAX_CHILDREN; i++) {
        if (spec->children[i].occurs != CONGDOAN__ONE || f->seen[i])
            continue;
        /* "<task id="ii-1"> has no <text>": the element's id, when it has one */
        const char *id = NULL;
        for (size_t k = 0; f->obj && k < spec->attr_count; k++)
            if (spec->attrs[k].kind == CONGDOAN__K_ID && spec->attrs[k].field != CONGDOAN__NO_FIELD)
                id = *(const char *const *)(const void *)((const char *)f->obj + spec->attrs[k].field);
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-missing-element", "<%s%s%s%s> has no <%s>", spec->name, id ? " id=\"" : "",
                id ? id : "", id ? "\"" : "", congdoan__vocab[spec->children[i].elem].name);
    }
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
        congdoan__load_stop(L);
        return;
    }
    if ((long)L->depth + 1 > L->limits[CONGDOAN_LIMIT_DEPTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "<%s> is nested %zu deep; the depth limit is %ld", name,
                L->depth + 1, L->limits[CONGDOAN_LIMIT_DEPTH]);
        congdoan__load_stop(L);
        return;
    }
    if (nb_attributes + nb_namespaces > L->limits[CONGDOAN_LIMIT_ATTRIBUTES]) { /* load-scan.c sees them first */
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "<%s> has %d attributes; the attributes-per-element limit is %ld",
                name, nb_attributes + nb_namespaces, L->limits[CONGDOAN_LIMIT_ATTRIBUTES]);
        congdoan__load_stop(L);
        return;
    }
    if (grow_frames(L) != 0) {
        congdoan__load_out_of_memory(L);
        return;
    }
    congdoan__el parent = L->depth ? L->frames[L->depth - 1].kind : CONGDOAN__EL_COUNT;
    congdoan__el e = CONGDOAN__EL_NONE;
    const congdoan__child *as = NULL;
    if (parent == CONGDOAN__EL_COUNT) {
        if (!is_ours(L, uri) || localname != L->elem_name[CONGDOAN__EL_ROOT]) {
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-wrong-root",
                    "the root element is <%s>%s%s%s; expected <%s xmlns=\"%s\">", name,
                    uri ? _(" in namespace '") : _(" in no namespace"),
                    uri ? congdoan__load_ns_name(L, (const char *)uri) : "", uri ? "'" : "",
                    congdoan__vocab[CONGDOAN__EL_ROOT].name, CONGDOAN__NS);
            congdoan__load_stop(L);
            return;
        }
        e = CONGDOAN__EL_ROOT;
    } else if (parent != CONGDOAN__EL_NONE && (is_ours(L, uri) || !uri)) {
        as = child_entry(L, parent, localname);
        if (as) {
            e = as->elem;
            child_in_order(L, &L->frames[L->depth - 1], as, name);
        } else {
            char expected[256];
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-unknown-element", "<%s>%s is not allowed in <%s>; expected %s", name,
                    uri ? "" : _(" (in no namespace)"), congdoan__vocab[parent].name,
                    allowed_children(parent, expected, sizeof expected));
        }
    }
    /* else: an element of another namespace, or inside one: kept as text (captured) and
     * otherwise skipped with its subtree. */

    frame *f = &L->frames[L->depth++];
    f->kind = e;
    f->name = name;
    f->prefix = (const char *)prefix;
    f->as = as;
    f->obj = NULL;
    f->items.count = 0;
    f->text_complained = 0;
    f->ext = NULL;
    f->ext_owner = NULL;
    f->ext_elems.count = 0;
    f->known_children = 0;
    f->had_foreign_children = 0;
    memset(f->seen, 0, sizeof f->seen);
    f->last_place = 0;
    if (e == CONGDOAN__EL_NONE) {
        int foreign = uri && !is_ours(L, uri);
        if (L->capture_depth || (foreign && parent != CONGDOAN__EL_NONE && parent != CONGDOAN__EL_COUNT))
            congdoan__load_capture_start(L, localname, prefix, uri, nb_attributes, attributes);
        return;
    }
    frame *pf = L->depth >= 2 ? &L->frames[L->depth - 2] : NULL;
    if (pf)
        pf->known_children++;
    /* one of ours after the text of an element that holds text (a relation's <source>): that
     * text is the parent's, and text after it is out of place */
    if (pf && L->in_text) {
        if (pf->obj)
            congdoan__load_keep_text(L, pf);
        L->in_text = 0;
    }

    attrs a;
    size_t index = congdoan__load_ext_index(L, e);
    if (pf && congdoan__vocab_in_slot(pf->as)) /* keyed with its parent's index (vocab.h) */
        index += pf->ext_index;
    collect_attrs(L, e, nb_attributes, attributes, &a);
    if (L->stopped)
        return;
    congdoan__load_prefetch_ids(L, e, &a);
    f->obj = congdoan__load_begin(L, f, &a);
    if (f->obj && !L->stopped) {
        congdoan__load_attrs(L, e, &a, f->obj);
        congdoan__load_opened(L, f, &a);
    }
    if (congdoan__vocab[e].text != CONGDOAN__TEXT_NONE) {
        L->in_text = 1;
        L->text.len = 0;
    }
    f->ext_index = index;
    if (L->fa_count)
        congdoan__load_foreign_opened(L, f);
}

static void on_end_(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    loader *L = user;
    if (L->stopped || !L->depth)
        return;
    frame *f = &L->frames[L->depth - 1];
    if (f->kind == CONGDOAN__EL_NONE) {
        if (L->capture_depth)
            congdoan__load_capture_end(L, localname, prefix);
        L->depth--;
        return;
    }
    if (f->ext || f->ext_elems.count)
        congdoan__load_foreign_closed(L, f);
    if (congdoan__vocab[f->kind].text != CONGDOAN__TEXT_NONE && L->in_text && f->obj)
        congdoan__load_keep_text(L, f);
    L->in_text = 0;
    required_children(L, f);
    congdoan__load_closed(L, f);
    L->depth--;
}

static void on_characters_(void *user, const xmlChar *ch, int len)
{
    loader *L = user;
    if (L->stopped || !L->depth)
        return;
    frame *f = &L->frames[L->depth - 1];
    if (f->kind == CONGDOAN__EL_NONE) {
        if (L->capture_depth)
            congdoan__load_capture_text(L, (const char *)ch, (size_t)len);
        return;
    }
    if (!L->in_text) {
        /* Text where only elements belong: gathered (libxml2 hands text over in pieces) and
         * reported, quoted, when the next element starts or this one ends. */
        int i = 0;
        if (len && ch[0] == '\n') /* the usual: a line break and the next line's indentation */
            for (i = 1; i < len && ch[i] == ' '; i++)
                ;
        for (; i < len; i++)
            if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' && ch[i] != '\r')
                break;
        int blank = i == len;
        if (f->text_complained || (blank && !L->stray_len))
            return;
        if (!L->stray_len) {
            L->stray_line = congdoan__load_line(L);
            L->stray_column = L->pipe ? L->replay.text_col : L->ctxt && L->ctxt->input ? L->ctxt->input->col : 0;
        }
        size_t room = sizeof L->stray - 1 - L->stray_len;
        size_t n = (size_t)len < room ? (size_t)len : room;
        memcpy(L->stray + L->stray_len, ch, n);
        L->stray_len += n;
        return;
    }
    if ((long)(L->text.len + (size_t)len) > L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        PROBLEM(L, CONGDOAN_ELIMIT, "limit-exceeded", "the text of <%s> is longer than the text-length limit of %ld bytes",
                congdoan__vocab[f->kind].name, L->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
        congdoan__load_stop(L);
        return;
    }
    congdoan__load_append(L, &L->text, (const char *)ch, (size_t)len);
}

/* Report text gathered in an element that holds only elements (see on_characters_). */
static void flush_stray(loader *L)
{
    if (!L->stray_len || !L->depth)
        return;
    frame *f = &L->frames[L->depth - 1];
    const char *t = L->stray;
    size_t n = L->stray_len;
    while (n && (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r'))
        t++, n--;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    n = congdoan__utf8_cut(t, n, 60);
    const char *more = n < L->stray_len && L->stray_len == sizeof L->stray - 1 ? "…" : "";
    if (congdoan__vocab[f->kind].text != CONGDOAN__TEXT_NONE) /* text after a relation's <source> */
        congdoan__load_problem_at(L, CONGDOAN_ESCHEMA, "schema-text-not-allowed", L->stray_line, L->stray_column,
                                  "the text of <%s> comes before the elements in it; found \"%.*s%s\" after them",
                                  congdoan__vocab[f->kind].name, (int)n, t, more);
    else
        congdoan__load_problem_at(L, CONGDOAN_ESCHEMA, "schema-text-not-allowed", L->stray_line, L->stray_column,
                                  "<%s> cannot hold text, only elements; found \"%.*s%s\"",
                                  congdoan__vocab[f->kind].name, (int)n, t, more);
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

static void on_comment(void *user, const xmlChar *value)
{
    loader *L = user;
    if (!L->stopped)
        congdoan__load_comment(L, (const char *)value);
    halt_if_stopped(L);
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
    congdoan__load_problem_at(L, code, code == CONGDOAN_EENCODING ? "xml-encoding" : "xml-forbidden", line, 1, "%s", why);
    return -1;
}

static void release_loader(loader *L)
{
    congdoan__load_foreign_release(L);
    congdoan__load_objects_release(L);
    congdoan__dealloc(L->frames);
    congdoan__dealloc(L->text.data);
    congdoan__dealloc(L->scan.carry.data);
    if (L->ctxt) {
        if (L->ctxt->myDoc) /* never built with our handlers, but be sure */
            xmlFreeDoc(L->ctxt->myDoc);
        xmlFreeParserCtxt(L->ctxt);
    }
}

/* The file is read and handed to libxml2 this much at a time. libxml2's push parser keeps what
 * it was given in a buffer that grows to a few times the chunk (1 MiB with chunks of 256 KiB,
 * 256 KiB with these): smaller chunks cost a small file less memory, and libxml2 the same
 * instructions (+0.17% on a 15 MB file, callgrind). */
enum { CHUNK = 64 * 1024 };

/* libxml2 refused to go on: with its error when it gave one, else as running out of memory,
 * the only way it stops without reporting an error. */
void congdoan__load_gave_up(loader *L, int err)
{
    /* errNo <= 0: libxml2 halted without an error of its own; -1 (XML_PARSER_EOF) is what it
     * sets when it cannot grow its input buffer */
    if (err == XML_ERR_NO_MEMORY || err <= 0)
        congdoan__load_out_of_memory(L);
    else
        congdoan__load_problem_at(L, CONGDOAN_EPARSE, "xml-malformed", congdoan__load_line(L), 0,
                   "the XML parser stopped (libxml2 error %d) before the end of the document", err);
}

/* xmlParseChunk() refused a chunk. */
static void chunk_refused(loader *L)
{
    int err = L->ctxt ? L->ctxt->errNo : 0;
    if (congdoan__load_recording(L))
        congdoan__load_record_gave_up(L, err);
    else if (!L->first_error)
        congdoan__load_gave_up(L, err);
}

/* Hand p[0..left), then the rest of fd (none when fd < 0) read into buf (CHUNK bytes; it may
 * be where p points: p is not used once handed over), to libxml2. In the parse thread when
 * there is one (load-thread.c): so it reads only the parse's side of the loader. */
static void parse(loader *L, const char *p, size_t left, int fd, char *buf)
{
    for (;;) {
        while (left && !congdoan__load_stopped(L)) {
            int n = left > CHUNK ? CHUNK : (int)left;
            if (!L->seen.saw_markup)
                L->seen.saw_markup = memchr(p, '<', (size_t)n) != NULL;
            if (!L->seen.saw_nonblank)
                L->seen.saw_nonblank = congdoan__has_nonblank((const unsigned char *)p, (size_t)n);
            if (congdoan__scan(L, p, (size_t)n) != 0)
                break;
            if (xmlParseChunk(L->ctxt, p, n, 0) != 0)
                chunk_refused(L);
            p += n, left -= (size_t)n;
            L->seen.fed += (size_t)n;
        }
        if (congdoan__load_stopped(L) || fd < 0)
            break;
        ssize_t got = read(fd, buf, CHUNK);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            congdoan__load_problem_at(L, CONGDOAN_EIO, "io-error", 0, 0, "cannot read %s: %s", L->file, strerror(errno));
            congdoan__load_stop(L);
            return;
        }
        if (got == 0)
            break;
        p = buf, left = (size_t)got;
    }
    if (!congdoan__load_stopped(L) && xmlParseChunk(L->ctxt, NULL, 0, 1) != 0)
        chunk_refused(L);
}

/* Make the parser context (with the first bytes) and parse the rest: in the parse thread when
 * there is one, so that libxml2's memory is that thread's (load-thread.c says why). */
static void run_parser(loader *L, xmlSAXHandler *sax, const congdoan__load_input *in)
{
    L->ctxt = xmlCreatePushParserCtxt(sax, L, in->first, (int)in->head, L->file);
    if (!L->ctxt) {
        congdoan__load_out_of_memory(L);
        return;
    }
    /* NONET: never fetch anything. No NOENT, no DTDLOAD, no DTDATTR: nothing is substituted or
     * loaded. NOERROR/NOWARNING: libxml2 reports through serror only, never to stderr. */
    xmlCtxtUseOptions(L->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    if (prepare_names(L) != 0) {
        congdoan__load_out_of_memory(L);
        return;
    }
    L->ctxt->sax->serror = on_xml_error; /* UseOptions leaves serror alone; say so explicitly */
    if (congdoan__load_recording(L))
        congdoan__load_record_from(L);
    parse(L, in->p, in->left, in->fd, in->buf);
}

/* Feed `first` (already read) and then the rest from `fd` (or nothing more when fd < 0), read
 * into `buf` (see parse()). */
static int feed(loader *L, const char *first, size_t first_len, int fd, char *buf)
{
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.cdataBlock = on_characters;
    sax.comment = on_comment;
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
    congdoan__scan_init(L);
    congdoan__scan(L, first, head); /* cannot refuse: a tag over the limit is longer */
    L->seen.fed = head;
    L->seen.saw_markup = memchr(first, '<', head) != NULL;
    L->seen.saw_nonblank = congdoan__has_nonblank((const unsigned char *)first, head);
    congdoan__load_input in = {first, head, first + head, first_len - head, fd, buf};
    if (L->threads < 2 || congdoan__load_threaded(L, &sax, run_parser, &in) != 0)
        run_parser(L, &sax, &in);
    if (!L->ctxt)
        return L->first_error; /* out of memory making it: said */
    if (!L->first_error && !L->ctxt->wellFormed)
        congdoan__load_problem_at(L, CONGDOAN_EPARSE, "xml-malformed", congdoan__load_line(L), 0, "the document is not well-formed XML");
    /* libxml2 can stop without a word (an allocation failing inside its input buffer): an open
     * element, or markup that produced no element, means the document was not read to its end. */
    if (!L->first_error && (L->depth != 0 || (L->elements == 0 && L->seen.saw_markup)))
        congdoan__load_gave_up(L, L->ctxt->errNo);
    if (!L->first_error && L->elements == 0)
        congdoan__load_problem_at(L, CONGDOAN_EPARSE, "xml-malformed", 1, 1, "the document is empty");
    if (!L->first_error)
        congdoan__load_foreign_finish(L);
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
    L.issues_mark = congdoan_issues_count(issues);
    congdoan__map_init(&L.id_index, &corpus->hash_key); /* hashes shared with the interner */
    memcpy(L.limits, corpus->limits, sizeof L.limits);
    L.threads = corpus->load_threads;
    const char *display = path ? path : (name ? name : "<memory>");
    L.file = congdoan__intern(&st->strings, display, strlen(display));
    if (!L.file)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while loading %s", display);

    int rc;
    if (!path) {
        if (size > (size_t)L.limits[CONGDOAN_LIMIT_INPUT_SIZE]) {
            congdoan__load_problem_at(&L, CONGDOAN_ELIMIT, "limit-exceeded", 0, 0, "%s is %zu bytes; the input-size limit is %ld bytes",
                       L.file, size, L.limits[CONGDOAN_LIMIT_INPUT_SIZE]);
            rc = L.first_error;
        } else {
            congdoan__staging_expect(st, size);
            L.threads = congdoan__load_threads_for(L.threads, size);
            rc = feed(&L, data, size, -1, NULL);
        }
        release_loader(&L);
        return rc;
    }

    /* never blocks: a FIFO, a device or a socket is refused before anything is read */
    long long file_size;
    const char *why;
    int fd = congdoan__open_regular(path, &file_size, &why);
    if (fd < 0) {
        congdoan__load_problem_at(&L, CONGDOAN_EIO, "io-error", 0, 0, "cannot open %s: %s", path, why);
        return L.first_error;
    }
    if (file_size > L.limits[CONGDOAN_LIMIT_INPUT_SIZE]) {
        congdoan__load_problem_at(&L, CONGDOAN_ELIMIT, "limit-exceeded", 0, 0, "%s is %lld bytes; the input-size limit is %ld bytes",
                   path, file_size, L.limits[CONGDOAN_LIMIT_INPUT_SIZE]);
        close(fd);
        return L.first_error;
    }
    congdoan__staging_expect(st, (size_t)file_size);
    L.threads = congdoan__load_threads_for(L.threads, (size_t)file_size);
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
        congdoan__load_problem_at(&L, CONGDOAN_EIO, "io-error", 0, 0, "cannot read %s: %s", path, strerror(errno));
        rc = L.first_error;
    } else {
        /* one buffer: libxml2 copies what it is given, so feed() reads the next block into the
         * first one once it has handed all of it over (a second buffer was its size more of RSS) */
        rc = feed(&L, buf, (size_t)got, fd, buf);
    }
    congdoan__dealloc(buf);
    close(fd);
    release_loader(&L);
    return rc;
}
