/*
 * The writer: the model back to the XML vocabulary, deterministically (see congdoan/writer.h).
 *
 * A small emitter of its own rather than xmlTextWriter: the format is fixed (two-space indent,
 * one element per line, text inline), escaping is simple, and numbers must be written in
 * machine form whatever the application's locale.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"
#include "model/vocab.h"
#include "base/output.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct emitter {
    congdoan_output *out;
    const congdoan_corpus *corpus;
    int depth;
    int inline_; /* inside an element with text: its elements go on its line */
    int status;
} emitter;

static void put(emitter *e, const char *s, size_t n)
{
    if (!e->status)
        e->status = congdoan__output_put(e->out, s, n);
}

/* A string literal, its length counted by the compiler. */
#define put_lit(e, lit) put((e), (lit), sizeof(lit) - 1)

static void puts_(emitter *e, const char *s)
{
    put(e, s, strlen(s));
}

static void indent(emitter *e)
{
    static const char spaces[] = "                                                                ";
    size_t n = (size_t)e->depth * 2;
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        put(e, spaces, k);
        n -= k;
    }
}

static void put_piece(void *e, const char *s, size_t n)
{
    put(e, s, n);
}

/* Escape text (attr = 0) or an attribute value (attr = 1: also quotes and the white space an
 * attribute would otherwise lose to normalisation). */
static void escaped(emitter *e, const char *s, int attr)
{
    congdoan__xml_escape(s, strlen(s), attr, put_piece, e);
}

static void open_tag(emitter *e, const char *name)
{
    indent(e);
    put_lit(e, "<");
    puts_(e, name);
}

/* A number in machine form with the fewest decimals that read back to the same value: the
 * format the loader reads (digits, '.', no exponent), whatever the locale's radix character. */
static void format_number(double v, char *buf, size_t size)
{
    if (!isfinite(v)) {
        snprintf(buf, size, "0");
        return;
    }
    for (int decimals = 0; decimals <= 15; decimals++) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        /* the locale may write the radix as ',' (or several bytes): make it '.' */
        char clean[64];
        size_t j = 0;
        int seen_radix = 0;
        for (size_t i = 0; tmp[i] && j + 1 < sizeof clean; i++) {
            char c = tmp[i];
            if ((c >= '0' && c <= '9') || (c == '-' && j == 0))
                clean[j++] = c;
            else if (!seen_radix)
                clean[j++] = '.', seen_radix = 1;
        }
        clean[j] = '\0';
        if (!strcmp(clean, "-0"))
            snprintf(clean, sizeof clean, "0");
        double back;
        if (congdoan__decimal_parse(clean, strlen(clean), &back) == 0 && back == v) {
            snprintf(buf, size, "%s", clean);
            return;
        }
        if (decimals == 15) /* more digits than the vocabulary keeps: the closest 15 decimals */
            snprintf(buf, size, "%s", clean);
    }
}

/* ---- foreign content --------------------------------------------------------------------------- */

static const congdoan__ext *ext_of(emitter *e, const void *owner, congdoan__role role, size_t index)
{
    return congdoan__ext_get(&e->corpus->ext, owner, role, index);
}

/* The foreign attributes of an element, with the namespace declarations they need: kept as
 * they are written (see congdoan__ext). */
static void foreign_attrs(emitter *e, const congdoan__ext *x)
{
    if (x && x->attr_ns)
        puts_(e, x->attr_ns);
    if (x && x->attr_xml)
        puts_(e, x->attr_xml);
}

static int is_comment(const char *xml)
{
    return strncmp(xml, "<!--", 4) == 0;
}

/* The foreign elements and comments kept at `position` among an element's children (or from it
 * on, last), each on a line of its own; without the comments when `comments` is 0. */
static void kept_nodes(emitter *e, const congdoan__ext *x, size_t position, int last, int comments)
{
    for (size_t i = 0; x && i < x->elem_count; i++) {
        const congdoan__foreign_elem *run = &x->elems[i];
        if (run->position != position && !(last && run->position > position))
            continue;
        const char *xml = run->xml;
        for (size_t j = 0; j < run->count; j++, xml = congdoan__foreign_next(xml))
            if (comments || !is_comment(xml)) {
                indent(e);
                puts_(e, xml);
                put_lit(e, "\n");
            }
    }
}

static void foreign_elems(emitter *e, const congdoan__ext *x, size_t position, int last)
{
    kept_nodes(e, x, position, last, 1);
}

/* Child bookkeeping for an element of ours: counts its children so that foreign ones go back
 * to their positions. */
typedef struct kids {
    const congdoan__ext *ext;
    size_t n;
    int comments; /* the root's are written with all of the corpus only */
} kids;

static void child(emitter *e, kids *k)
{
    kept_nodes(e, k->ext, k->n++, 0, k->comments);
}

/* End of an element's start tag: ">" when it will have children (or foreign content), "/>"
 * when empty. Returns whether it was left open. */
static int end_start(emitter *e, const congdoan__ext *x, int has_children)
{
    foreign_attrs(e, x);
    if (has_children || (x && x->elem_count)) {
        put_lit(e, ">\n");
        e->depth++;
        return 1;
    }
    put_lit(e, "/>\n");
    return 0;
}

static void close_tag(emitter *e, const char *name, kids *k)
{
    kept_nodes(e, k->ext, k->n, 1, k->comments);
    e->depth--;
    indent(e);
    put_lit(e, "</");
    puts_(e, name);
    put_lit(e, ">\n");
}

/* ---- attribute values ----------------------------------------------------------------------- */

static void attr(emitter *e, const char *name, const char *value)
{
    if (!value)
        return;
    put_lit(e, " ");
    puts_(e, name);
    put_lit(e, "=\"");
    escaped(e, value, 1);
    put_lit(e, "\"");
}

/* The XML names of the values whose bits are set, separated by spaces. */
static const char *name_set(const congdoan__enum *names, int bits, char *buf, size_t size)
{
    size_t off = 0;
    buf[0] = '\0';
    for (size_t v = 1; v < names->count && v < sizeof bits * 8; v++)
        if ((bits & (1 << v)) && names->values[v].name && off < size)
            off += (size_t)snprintf(buf + off, size - off, "%s%s", off ? " " : "", names->values[v].name);
    return buf[0] ? buf : NULL;
}

/* The attribute `at` of the object `obj`, as the vocabulary table says it is kept; nothing when
 * the object has none. */
static void write_attr(emitter *e, const congdoan__attr *at, const char *obj)
{
    obj = congdoan__aside_read(at->aside, obj);
    const void *f = at->field == CONGDOAN__NO_FIELD ? NULL : obj + at->field;
    char buf[320];
    const char *v = NULL;
    switch (at->kind) {
    case CONGDOAN__K_ID:
    case CONGDOAN__K_REF:
    case CONGDOAN__K_TEXT:
    case CONGDOAN__K_DOCNUMBER:
    case CONGDOAN__K_PERIOD:
    case CONGDOAN__K_SPAN:
    case CONGDOAN__K_BY:
    case CONGDOAN__K_CURRENCY: v = *(const char *const *)f; break;
    case CONGDOAN__K_LINE:
        if (*(const long *)f > 0) {
            snprintf(buf, sizeof buf, "%ld", *(const long *)f);
            v = buf;
        }
        break;
    case CONGDOAN__K_IDS: { /* any number of ids: written straight out */
        const char *const *ids = *(const char *const *const *)f;
        size_t n = *(const size_t *)(const void *)(obj + at->aux);
        if (!ids || !n)
            return;
        put_lit(e, " ");
        puts_(e, at->name);
        put_lit(e, "=\"");
        for (size_t i = 0; i < n; i++) {
            if (i)
                put_lit(e, " ");
            puts_(e, ids[i]); /* identifiers: nothing to escape */
        }
        put_lit(e, "\"");
        return;
    }
    case CONGDOAN__K_DUE: v = ((const congdoan__due *)f)->code; break;
    case CONGDOAN__K_ENUM: {
        int x = *(const int *)f;
        v = x != at->absent ? congdoan__enum_name(at->names, x) : NULL;
        break;
    }
    case CONGDOAN__K_SET: v = name_set(at->names, *(const int *)f, buf, sizeof buf); break;
    case CONGDOAN__K_CONDITION: {
        const char *name = congdoan__enum_name(at->names, *(const int *)f);
        if (name) {
            snprintf(buf, sizeof buf, CONGDOAN__CONDITION_PREFIX "%s", name);
            v = buf;
        }
        break;
    }
    case CONGDOAN__K_DATE: {
        int ymd = *(const int *)f;
        if (ymd) {
            snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
            v = buf;
        }
        break;
    }
    case CONGDOAN__K_YEAR:
        if (*(const int *)f) {
            snprintf(buf, sizeof buf, "%d", *(const int *)f);
            v = buf;
        }
        break;
    case CONGDOAN__K_DECIMAL:
        if (*(const int *)(const void *)(obj + at->aux)) {
            format_number(*(const double *)f, buf, sizeof buf);
            v = buf;
        }
        break;
    case CONGDOAN__K_COUNT:
        if (*(const long *)f >= 0) {
            snprintf(buf, sizeof buf, "%ld", *(const long *)f);
            v = buf;
        }
        break;
    case CONGDOAN__K_REFINES: {
        const char *doc = *(const char *const *)f, *ind = *(const char *const *)(const void *)(obj + at->aux);
        if (doc && ind) {
            snprintf(buf, sizeof buf, "%s#%s", doc, ind);
            v = buf;
        }
        break;
    }
    case CONGDOAN__K_VERSION: break; /* the root's: written by run() */
    }
    attr(e, at->name, v);
}

/* ---- elements ------------------------------------------------------------------------------------ */

/* Whose foreign content the children of an element are: that of the element's children hangs
 * off `owner` with index `base` + their own (an element in a slot of its parent's array owns
 * none: see congdoan__vocab_in_slot). */
typedef struct keyed {
    const void *owner;
    size_t base;
} keyed;

static void write_element(emitter *e, congdoan__el el, const char *obj, const congdoan__ext *x, keyed key);

/* The children of an element of `spec` with object `obj`, in the table's order; children that
 * share one list (mixed) are written in the list's order. */
static void write_children(emitter *e, const congdoan__elem *spec, const char *obj, kids *k, keyed key)
{
    for (size_t c = 0; c < spec->child_count;) {
        size_t group = 1;
        while (c + group < spec->child_count && spec->children[c + group].mixed)
            group++;
        const congdoan__child *first = &spec->children[c];
        size_t n = congdoan__vocab_instances(obj, first);
        for (size_t i = 0; i < n; i++)
            for (size_t g = 0; g < group; g++) {
                const congdoan__child *ch = &spec->children[c + g];
                const char *child_obj = congdoan__vocab_instance(obj, ch, i);
                if (!child_obj)
                    continue;
                if (k)
                    child(e, k);
                /* foreign content: under the child's own object, or under this one's */
                const congdoan__ext *cx = congdoan__vocab[ch->elem].flags & CONGDOAN__E_OWN_EXT
                                              ? ext_of(e, child_obj, ch->role, 0)
                                              : ext_of(e, key.owner, ch->role, key.base + i);
                keyed kid = {child_obj, 0};
                if (congdoan__vocab_in_slot(ch))
                    kid = (keyed){key.owner, key.base + i};
                congdoan__value_view view;
                if (ch->place == CONGDOAN__IN_VALUES) { /* reports keep their values packed */
                    const congdoan_report *r = (const congdoan_report *)(const void *)obj;
                    const congdoan__value v = congdoan__report_value_get(r, i);
                    congdoan__value_view_of(r, &v, &view);
                    child_obj = (const char *)&view;
                }
                write_element(e, ch->elem, child_obj, cx, kid);
                break;
            }
        c += group;
    }
}

static int has_children(const congdoan__elem *spec, const char *obj)
{
    for (size_t c = 0; c < spec->child_count; c++)
        if (congdoan__vocab_instances(obj, &spec->children[c]))
            return 1;
    return 0;
}

/* An element of ours and what is in it. Text goes inline: <p>text</p>, and an element that may
 * have text but has none is written empty (<relation .../>) unless foreign elements or elements
 * of ours go in it. Those follow the text on its line: <relation …>words<source …>…</source>
 * </relation> (a <source> is the only element of ours in one with text). */
static void write_element(emitter *e, congdoan__el el, const char *obj, const congdoan__ext *x, keyed key)
{
    const congdoan__elem *spec = &congdoan__vocab[el];
    if (e->inline_) {
        put_lit(e, "<");
        puts_(e, spec->name);
    } else {
        open_tag(e, spec->name);
    }
    for (size_t i = 0; i < spec->attr_count; i++)
        write_attr(e, &spec->attrs[i], obj);
    if (spec->text != CONGDOAN__TEXT_NONE) {
        const char *text = *(const char *const *)(const void *)(obj + spec->text_field);
        int foreign = x && x->elem_count && !(spec->flags & CONGDOAN__E_BLOCK_WITHOUT_TEXT);
        int ours = has_children(spec, obj);
        if (spec->text == CONGDOAN__TEXT_REQUIRED || text || foreign || ours) {
            foreign_attrs(e, x);
            put_lit(e, ">");
            if (text)
                escaped(e, text, 0);
            for (size_t i = 0; x && i < x->elem_count; i++) {
                const char *xml = x->elems[i].xml;
                for (size_t j = 0; j < x->elems[i].count; j++, xml = congdoan__foreign_next(xml))
                    puts_(e, xml);
            }
            if (ours) {
                e->inline_++;
                write_children(e, spec, obj, NULL, key);
                e->inline_--;
            }
            put_lit(e, "</");
            puts_(e, spec->name);
            if (e->inline_)
                put_lit(e, ">");
            else
                put_lit(e, ">\n");
            return;
        }
    }
    kids k = {x, 0, 1};
    if (!end_start(e, x, has_children(spec, obj)))
        return;
    write_children(e, spec, obj, &k, key);
    close_tag(e, spec->name, &k);
}

/* A unit, document or report: a child of the root (after what the root keeps before it), with
 * the foreign content of its own. */
static void write_top(emitter *e, kids *root, congdoan__el el, const void *obj)
{
    const congdoan__child *as = congdoan__vocab_child(CONGDOAN__EL_ROOT, el);
    child(e, root);
    write_element(e, el, obj, ext_of(e, obj, as->role, 0), (keyed){obj, 0});
}

/* ---- documents of XML ----------------------------------------------------------------------------- */

typedef struct selection {
    int parts;
    const congdoan_unit *top;            /* units: a subtree (NULL: all) */
    const congdoan_document *document;   /* exactly one document */
    const congdoan_report *report;       /* exactly one report */
} selection;

/* The minor revision the selection needs: 2 when it holds an item of 1.2, 1 when a <reporting>
 * (1.1), else 0. Files are written at the oldest revision that holds them. */
static int revision(const congdoan_corpus *c, const selection *sel)
{
    int minor = 0;
    if (sel->document)
        return congdoan__vocab_revision(CONGDOAN__EL_DOCUMENT, sel->document);
    if (sel->report)
        return congdoan__vocab_revision(CONGDOAN__EL_REPORT, sel->report);
    if (sel->parts & CONGDOAN_WRITE_UNITS)
        for (size_t i = 0; i < c->units.count && minor < 2; i++) {
            const congdoan_unit *u = c->units.items[i];
            if (u->kind != CONGDOAN_UNIT_ORGANISATION && (sel->top || u->kind != CONGDOAN_UNIT_GROUP))
                continue; /* departments and bodies are in their organisation */
            int m = congdoan__vocab_revision(u->kind == CONGDOAN_UNIT_GROUP ? CONGDOAN__EL_GROUP : CONGDOAN__EL_UNIT, u);
            minor = m > minor ? m : minor;
        }
    if (sel->top)
        return minor;
    if (sel->parts & CONGDOAN_WRITE_DOCUMENTS)
        for (size_t i = 0; i < c->documents.count && minor < 2; i++) {
            int m = congdoan__vocab_revision(CONGDOAN__EL_DOCUMENT, c->documents.items[i]);
            minor = m > minor ? m : minor;
        }
    if (sel->parts & CONGDOAN_WRITE_REPORTS)
        for (size_t i = 0; i < c->reports.count && minor < 2; i++) {
            int m = congdoan__vocab_revision(CONGDOAN__EL_REPORT, c->reports.items[i]);
            minor = m > minor ? m : minor;
        }
    return minor;
}

static void write_subtree(emitter *e, kids *k, const congdoan_unit *u)
{
    write_top(e, k, CONGDOAN__EL_UNIT, u);
    for (size_t i = 0; i < u->child_count; i++)
        write_subtree(e, k, u->children[i]);
}

static int run(const congdoan_corpus *c, const selection *sel, congdoan_output *out)
{
    int rc = congdoan__output_begin(out);
    if (rc)
        return rc;
    emitter e = {out, c, 0, 0, 0};
    const congdoan__elem *root_spec = &congdoan__vocab[CONGDOAN__EL_ROOT];
    /* The root's foreign content goes with any part of the corpus; the comments before, in and
     * after the root (at their places among its children) with all of it only. */
    int whole = !(sel->document || sel->report || sel->top);
    int all = whole && sel->parts == CONGDOAN_WRITE_ALL;
    put_lit(&e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    foreign_elems(&e, all ? ext_of(&e, c, CONGDOAN__ROLE_PROLOG, 0) : NULL, 0, 1);
    put_lit(&e, "<");
    puts_(&e, root_spec->name);
    puts_(&e, " xmlns=\"" CONGDOAN__NS "\"");
    for (size_t i = 0; i < root_spec->attr_count; i++)
        if (root_spec->attrs[i].kind == CONGDOAN__K_VERSION)
            attr(&e, root_spec->attrs[i].name, (const char *[]){"1.0", "1.1", "1.2"}[revision(c, sel)]);
    const congdoan__ext *root = whole ? ext_of(&e, c, CONGDOAN__ROLE_ROOT, 0) : NULL;
    foreign_attrs(&e, root);
    put_lit(&e, ">\n");
    e.depth = 1;
    kids k = {root, 0, all};
    if (sel->document) {
        write_top(&e, &k, CONGDOAN__EL_DOCUMENT, sel->document);
    } else if (sel->report) {
        write_top(&e, &k, CONGDOAN__EL_REPORT, sel->report);
    } else {
        if (sel->parts & CONGDOAN_WRITE_UNITS) {
            if (sel->top)
                write_subtree(&e, &k, sel->top);
            else
                for (size_t i = 0; i < c->units.count; i++) {
                    const congdoan_unit *u = c->units.items[i];
                    if (u->kind == CONGDOAN_UNIT_ORGANISATION)
                        write_top(&e, &k, CONGDOAN__EL_UNIT, u);
                    else if (u->kind == CONGDOAN_UNIT_GROUP)
                        write_top(&e, &k, CONGDOAN__EL_GROUP, u);
                }
        }
        if (sel->parts & CONGDOAN_WRITE_DOCUMENTS)
            for (size_t i = 0; i < c->documents.count; i++)
                write_top(&e, &k, CONGDOAN__EL_DOCUMENT, c->documents.items[i]);
        if (sel->parts & CONGDOAN_WRITE_REPORTS)
            for (size_t i = 0; i < c->reports.count; i++)
                write_top(&e, &k, CONGDOAN__EL_REPORT, c->reports.items[i]);
    }
    kept_nodes(&e, root, k.n, 1, all);
    e.depth = 0;
    put_lit(&e, "</");
    puts_(&e, root_spec->name);
    put_lit(&e, ">\n");
    foreign_elems(&e, all ? ext_of(&e, c, CONGDOAN__ROLE_EPILOG, 0) : NULL, 0, 1);
    return e.status;
}

CONGDOAN_API int congdoan_write_corpus(const congdoan_corpus *corpus, int parts, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(output);
    if (parts <= 0 || parts > CONGDOAN_WRITE_ALL)
        return congdoan__error(CONGDOAN_EINVAL, "unknown parts %d: combine CONGDOAN_WRITE_UNITS, _DOCUMENTS, _REPORTS",
                               parts);
    selection sel = {parts, NULL, NULL, NULL};
    return run(corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_units(const congdoan_corpus *corpus, const congdoan_unit *top, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(output);
    if (top && (top->corpus != corpus || top->kind != CONGDOAN_UNIT_ORGANISATION))
        return congdoan__error(CONGDOAN_EINVAL, "the top unit must be an organisation of this corpus");
    selection sel = {CONGDOAN_WRITE_UNITS, top, NULL, NULL};
    return run(corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_document(const congdoan_document *document, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(document);
    CONGDOAN__CHECK_ARG(output);
    selection sel = {CONGDOAN_WRITE_DOCUMENTS, NULL, document, NULL};
    return run(document->corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_report(const congdoan_report *report, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(report);
    CONGDOAN__CHECK_ARG(output);
    selection sel = {CONGDOAN_WRITE_REPORTS, NULL, NULL, report};
    return run(report->corpus, &sel, output);
}
