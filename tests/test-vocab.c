/* The vocabulary table (lib/model/vocab.c) against the RELAX NG schema (lib/schema/congdoan-1.rng,
 * as compiled into the library), name by name: the same elements; for each, the same attributes
 * with the same required flags, the same kind of value (the schema's datatype for it) and the
 * same enum values; the same children in the same order, each as many times; the same text
 * (none, required, optional). The schema is parsed with libxml2 and walked from its <start>.
 * Also the table's own invariants (the loader's buffers, enum tables with their own count), and
 * lib/schema/REFERENCE.md against the table: every element, attribute and enum value described. */
#include "test-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "model/vocab.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

/* ---- small sets of names --------------------------------------------------------------------- */

enum { MAX_NAMES = 128 };
typedef struct names {
    const char *v[MAX_NAMES];
    size_t n;
} names;

static int has(const names *s, const char *x)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], x) == 0)
            return 1;
    return 0;
}

static void add(names *s, const char *x)
{
    if (!has(s, x)) {
        ck_assert_uint_lt(s->n, MAX_NAMES);
        s->v[s->n++] = x;
    }
}

static void add_all(names *to, const names *from)
{
    for (size_t i = 0; i < from->n; i++)
        add(to, from->v[i]);
}

static names intersect(const names *a, const names *b)
{
    names r = {{0}, 0};
    for (size_t i = 0; i < a->n; i++)
        if (has(b, a->v[i]))
            add(&r, a->v[i]);
    return r;
}

static int same_set(const names *a, const names *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (!has(b, a->v[i]))
            return 0;
    return 1;
}

static void list(const names *s, char *buf, size_t size)
{
    size_t off = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->n && off < size; i++)
        off += (size_t)snprintf(buf + off, size - off, "%s%s", i ? " " : "", s->v[i]);
}

/* ---- the schema ------------------------------------------------------------------------------ */

static xmlDocPtr rng;

static int is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, RNG_NS) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

/* The attribute `name` of node n (static strings from the schema document, kept while it lives). */
static const char *prop(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0 && a->children)
            return (const char *)a->children->content;
    return NULL;
}

static const char *text_of(const xmlNode *n)
{
    return n->children && n->children->type == XML_TEXT_NODE ? (const char *)n->children->content : "";
}

static xmlNode *define(const char *name)
{
    xmlNode *g = xmlDocGetRootElement(rng);
    for (xmlNode *d = g->children; d; d = d->next)
        if (is(d, "define") && strcmp(prop(d, "name"), name) == 0)
            return d;
    ck_abort_msg("the schema has no <define name=\"%s\">", name);
    return NULL;
}

/* A pattern's children, as a group (the content of element, define, group, optional ...). */
#define EACH_CHILD(c, n) for (xmlNode *c = (n)->children; c; c = c->next) if (c->type == XML_ELEMENT_NODE)

/* An element name of ours (an <element name="...">), not a foreign one (<anyName>). */
static const char *element_name(const xmlNode *n)
{
    return is(n, "element") ? prop(n, "name") : NULL;
}

/* Every <element name> reachable from n, with its node (the first one seen per name). */
typedef struct elements {
    names names;
    xmlNode *node[MAX_NAMES];
} elements;

static void collect_elements(xmlNode *n, elements *out, names *seen_defines)
{
    if (is(n, "ref")) {
        const char *d = prop(n, "name");
        if (has(seen_defines, d))
            return;
        add(seen_defines, d);
        collect_elements(define(d), out, seen_defines);
        return;
    }
    const char *name = element_name(n);
    if (name && !has(&out->names, name)) {
        out->node[out->names.n] = n;
        add(&out->names, name);
    }
    EACH_CHILD(c, n)
        collect_elements(c, out, seen_defines);
}

/* ---- attributes ---- */

/* Attribute names under pattern n, not inside elements: all of them, and those every instance
 * has (required). Foreign attributes (<anyName>) are not ours. */
static void attributes(xmlNode *n, names *all, names *required)
{
    if (is(n, "element"))
        return;
    if (is(n, "ref")) {
        xmlNode *d = define(prop(n, "name"));
        EACH_CHILD(c, d)
            if (!is(c, "element"))
                attributes(c, all, required);
        return;
    }
    if (is(n, "attribute")) {
        const char *name = prop(n, "name");
        if (name) {
            add(all, name);
            add(required, name);
        }
        return;
    }
    if (is(n, "optional") || is(n, "zeroOrMore")) {
        names ignore = {{0}, 0};
        EACH_CHILD(c, n)
            attributes(c, all, &ignore);
        return;
    }
    if (is(n, "choice")) {
        names common = {{0}, 0};
        int first = 1;
        EACH_CHILD(c, n) {
            names branch = {{0}, 0};
            attributes(c, all, &branch);
            common = first ? branch : intersect(&common, &branch);
            first = 0;
        }
        add_all(required, &common);
        return;
    }
    EACH_CHILD(c, n) /* group, interleave, oneOrMore, mixed */
        attributes(c, all, required);
}

/* The <attribute name="name"> nodes under pattern n (not inside elements). */
static void attribute_nodes(xmlNode *n, const char *name, xmlNode **out, size_t *count)
{
    if (is(n, "element"))
        return;
    if (is(n, "ref")) {
        EACH_CHILD(c, define(prop(n, "name")))
            if (!is(c, "element"))
                attribute_nodes(c, name, out, count);
        return;
    }
    if (is(n, "attribute")) {
        const char *a = prop(n, "name");
        if (a && strcmp(a, name) == 0 && *count < 8)
            out[(*count)++] = n;
        return;
    }
    EACH_CHILD(c, n)
        attribute_nodes(c, name, out, count);
}

/* What an attribute's value is in the schema: its <value>s, the names of the datatypes it
 * refers to, whether it is a <list>, and the patterns of its <data>. */
typedef struct value_type {
    names values, refs, patterns;
    int list;
} value_type;

static void value_type_of(xmlNode *n, value_type *t)
{
    if (is(n, "value")) {
        add(&t->values, text_of(n));
    } else if (is(n, "ref")) {
        add(&t->refs, prop(n, "name"));
        EACH_CHILD(c, define(prop(n, "name")))
            value_type_of(c, t);
    } else if (is(n, "list")) {
        t->list = 1;
    } else if (is(n, "param") && strcmp(prop(n, "name"), "pattern") == 0) {
        add(&t->patterns, text_of(n));
    }
    EACH_CHILD(c, n)
        if (!is(n, "ref"))
            value_type_of(c, t);
}

/* The XML names of an enum table, from value 1 on. */
static names enum_names(const congdoan__enum *e)
{
    names r = {{0}, 0};
    for (size_t i = 1; i < e->count; i++)
        if (e->values[i].name)
            add(&r, e->values[i].name);
    return r;
}

/* "prefix(a|b|c)": the alternatives, when the pattern is of that shape. */
static names alternatives(const char *pattern, const char *prefix)
{
    names r = {{0}, 0};
    static char buf[8][256];
    static int next;
    size_t plen = strlen(prefix);
    if (strncmp(pattern, prefix, plen) != 0 || pattern[plen] != '(')
        return r;
    char *b = buf[next++ % 8];
    snprintf(b, sizeof buf[0], "%s", pattern + plen + 1);
    char *end = strchr(b, ')');
    if (!end || end[1])
        return r;
    *end = '\0';
    for (char *tok = strtok(b, "|"); tok; tok = strtok(NULL, "|"))
        add(&r, tok);
    return r;
}

/* The schema's datatype for each kind of the table. */
static const char *kind_ref(congdoan__kind k)
{
    switch (k) {
    case CONGDOAN__K_ID:
    case CONGDOAN__K_REF: return "id-type";
    case CONGDOAN__K_TEXT: return "string-type";
    case CONGDOAN__K_DOCNUMBER: return "docnumber-type";
    case CONGDOAN__K_DATE: return "date-type";
    case CONGDOAN__K_YEAR: return "year-type";
    case CONGDOAN__K_PERIOD: return "period-type";
    case CONGDOAN__K_DUE: return "due-type";
    case CONGDOAN__K_COUNT: return "non-negative-integer-type";
    case CONGDOAN__K_SPAN: return "period-span-type";
    case CONGDOAN__K_BY: return "by-type";
    case CONGDOAN__K_LINE: return "positive-integer-type";
    case CONGDOAN__K_IDS: return "id-list-type";
    case CONGDOAN__K_CURRENCY: return "currency-type";
    default: return NULL;
    }
}

static void check_attribute(const congdoan__elem *el, const congdoan__attr *at, xmlNode *element)
{
    xmlNode *nodes[8];
    size_t count = 0;
    EACH_CHILD(c, element)
        attribute_nodes(c, at->name, nodes, &count);
    ck_assert_msg(count > 0, "<%s %s>: not in the schema", el->name, at->name);
    value_type t = {{{0}, 0}, {{0}, 0}, {{0}, 0}, 0};
    names direct = {{0}, 0}; /* the datatypes the attribute names itself */
    for (size_t i = 0; i < count; i++)
        EACH_CHILD(c, nodes[i]) {
            value_type_of(c, &t);
            if (is(c, "ref"))
                add(&direct, prop(c, "name"));
        }
    char got[512];
    switch (at->kind) {
    case CONGDOAN__K_ENUM:
    case CONGDOAN__K_SET: {
        names want = enum_names(at->names);
        list(&t.values, got, sizeof got);
        ck_assert_msg(same_set(&want, &t.values), "<%s %s>: the schema's values are {%s}", el->name, at->name, got);
        ck_assert_msg(t.list == (at->kind == CONGDOAN__K_SET), "<%s %s>: a list in one and not the other", el->name,
                      at->name);
        break;
    }
    case CONGDOAN__K_CONDITION: {
        ck_assert_uint_eq(t.patterns.n, 1);
        names want = enum_names(at->names), alts = alternatives(t.patterns.v[0], CONGDOAN__CONDITION_PREFIX);
        ck_assert_msg(same_set(&want, &alts), "<%s %s>: the schema's pattern is %s", el->name, at->name,
                      t.patterns.v[0]);
        break;
    }
    case CONGDOAN__K_DECIMAL:
        ck_assert_msg(has(&t.refs, "decimal-type") || has(&t.refs, "non-negative-decimal-type"),
                      "<%s %s>: not a decimal in the schema", el->name, at->name);
        break;
    case CONGDOAN__K_REFINES:
        ck_assert_msg(t.patterns.n == 1 && strchr(t.patterns.v[0], '#'), "<%s %s>: not ID#ID in the schema", el->name,
                      at->name);
        break;
    case CONGDOAN__K_VERSION:
        ck_assert_msg(t.patterns.n == 1 && strncmp(t.patterns.v[0], "1\\.", 3) == 0, "<%s %s>: not 1.x in the schema",
                      el->name, at->name);
        break;
    default:
        list(&direct, got, sizeof got);
        ck_assert_msg(direct.n == 1 && has(&direct, kind_ref(at->kind)),
                      "<%s %s>: the schema's type is {%s}, the table's %s", el->name, at->name, got, kind_ref(at->kind));
        /* a due time may be the word "ongoing"; no other kind is a list of words */
        ck_assert_msg(t.values.n == (at->kind == CONGDOAN__K_DUE), "<%s %s>: values in the schema", el->name, at->name);
        break;
    }
}

/* ---- children ---- */

/* One place among an element's children: the elements that may stand there, and how many. */
typedef struct place {
    names names;
    int occurs;
} place;

typedef struct places {
    place p[16];
    size_t n;
} places;

static void push_place(places *s, const place *p)
{
    ck_assert_uint_lt(s->n, 16);
    s->p[s->n++] = *p;
}

static void children_of(xmlNode *n, places *out);

/* The places of a pattern that is one element or a choice of elements; NULL names when not. */
static int element_choice(xmlNode *n, names *out)
{
    if (is(n, "ref")) {
        xmlNode *d = define(prop(n, "name"));
        xmlNode *only = NULL;
        EACH_CHILD(c, d) {
            if (only)
                return 0;
            only = c;
        }
        return only && element_choice(only, out);
    }
    if (is(n, "element")) {
        if (element_name(n))
            add(out, element_name(n));
        return 1; /* a foreign element (anyName) stands nowhere of ours */
    }
    if (is(n, "choice")) {
        EACH_CHILD(c, n)
            if (!element_choice(c, out))
                return 0;
        return 1;
    }
    return 0;
}

static void children_of(xmlNode *n, places *out)
{
    names choice = {{0}, 0};
    if (is(n, "attribute") || is(n, "text") || is(n, "data") || is(n, "value") || is(n, "empty"))
        return;
    if (element_choice(n, &choice)) {
        if (choice.n) {
            place p = {choice, CONGDOAN__ONE};
            push_place(out, &p);
        }
        return;
    }
    if (is(n, "ref")) {
        EACH_CHILD(c, define(prop(n, "name")))
            children_of(c, out);
        return;
    }
    if (is(n, "optional") || is(n, "zeroOrMore") || is(n, "oneOrMore")) {
        places inner = {{{{{0}, 0}, 0}}, 0};
        EACH_CHILD(c, n)
            children_of(c, &inner);
        for (size_t i = 0; i < inner.n; i++) {
            if (is(n, "zeroOrMore") || is(n, "oneOrMore"))
                inner.p[i].occurs = CONGDOAN__MANY;
            else if (inner.p[i].occurs == CONGDOAN__ONE)
                inner.p[i].occurs = CONGDOAN__OPTIONAL;
            push_place(out, &inner.p[i]);
        }
        return;
    }
    if (is(n, "choice")) {
        /* branches (of attributes and text) must agree on the children; a branch without any
         * (text alone, where another has text then a <source>) makes them optional */
        places first = {{{{{0}, 0}, 0}}, 0};
        int seen = 0, bare = 0;
        EACH_CHILD(c, n) {
            places branch = {{{{{0}, 0}, 0}}, 0};
            children_of(c, &branch);
            if (!branch.n) {
                bare = 1;
                continue;
            }
            if (!seen)
                first = branch;
            ck_assert_msg(branch.n == first.n, "branches of a <choice> with different children");
            seen = 1;
        }
        for (size_t i = 0; i < first.n; i++) {
            if (bare && first.p[i].occurs == CONGDOAN__ONE)
                first.p[i].occurs = CONGDOAN__OPTIONAL;
            push_place(out, &first.p[i]);
        }
        return;
    }
    /* group, interleave (with foreign elements only), mixed */
    EACH_CHILD(c, n)
        children_of(c, out);
}

/* The table's places: children marked mixed share the place of the child before them. */
static places table_places(const congdoan__elem *el)
{
    places r = {{{{{0}, 0}, 0}}, 0};
    for (size_t i = 0; i < el->child_count; i++) {
        const congdoan__child *ch = &el->children[i];
        if (ch->mixed && r.n) {
            add(&r.p[r.n - 1].names, congdoan__vocab[ch->elem].name);
            continue;
        }
        place p = {{{0}, 0}, ch->occurs};
        add(&p.names, congdoan__vocab[ch->elem].name);
        push_place(&r, &p);
    }
    return r;
}

/* ---- text ---- */

static void text_refs(xmlNode *n, int *required, int *optional)
{
    if (is(n, "element"))
        return;
    if (is(n, "ref")) {
        const char *name = prop(n, "name");
        *required |= strcmp(name, "required-text") == 0;
        *optional |= strcmp(name, "optional-text") == 0;
        return;
    }
    EACH_CHILD(c, n)
        text_refs(c, required, optional);
}

/* ---- the tests ------------------------------------------------------------------------------- */

static void setup(void)
{
    const char *text = congdoan_schema_text();
    rng = xmlReadMemory(text, (int)strlen(text), "congdoan-1.rng", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    ck_assert_ptr_nonnull(rng);
}

static void teardown(void)
{
    xmlFreeDoc(rng);
    rng = NULL;
}

static elements schema_elements(void)
{
    elements e;
    memset(&e, 0, sizeof e);
    names seen = {{0}, 0};
    xmlNode *g = xmlDocGetRootElement(rng);
    for (xmlNode *s = g->children; s; s = s->next)
        if (is(s, "start"))
            collect_elements(s, &e, &seen);
    return e;
}

static xmlNode *schema_element(const elements *e, const char *name)
{
    for (size_t i = 0; i < e->names.n; i++)
        if (strcmp(e->names.v[i], name) == 0)
            return e->node[i];
    return NULL;
}

/* The <element> of the schema for the table's element number i. */
static xmlNode *schema_node(int i)
{
    elements e = schema_elements();
    xmlNode *node = schema_element(&e, congdoan__vocab[i].name);
    ck_assert_msg(node != NULL, "<%s> is not in the schema", congdoan__vocab[i].name);
    return node;
}

START_TEST(same_elements)
{
    elements e = schema_elements();
    names table = {{0}, 0};
    for (int el = CONGDOAN__EL_ROOT; el < CONGDOAN__EL_COUNT; el++)
        add(&table, congdoan__vocab[el].name);
    char a[1024], b[1024];
    list(&e.names, a, sizeof a);
    list(&table, b, sizeof b);
    ck_assert_msg(same_set(&e.names, &table), "schema: %s\ntable:  %s", a, b);
    ck_assert_str_eq(prop(xmlDocGetRootElement(rng), "ns"), CONGDOAN__NS);
    /* the root of the schema is the root of the table */
    xmlNode *g = xmlDocGetRootElement(rng);
    for (xmlNode *s = g->children; s; s = s->next)
        if (is(s, "start")) {
            names top = {{0}, 0};
            EACH_CHILD(c, s)
                ck_assert(element_choice(c, &top));
            ck_assert_uint_eq(top.n, 1);
            ck_assert_str_eq(top.v[0], congdoan__vocab[CONGDOAN__EL_ROOT].name);
        }
}
END_TEST

START_TEST(same_attributes_required_and_values)
{
    const congdoan__elem *el = &congdoan__vocab[_i];
    xmlNode *node = schema_node(_i);
    names all = {{0}, 0}, required = {{0}, 0}, table = {{0}, 0}, table_required = {{0}, 0};
    EACH_CHILD(c, node)
        attributes(c, &all, &required);
    for (size_t k = 0; k < el->attr_count; k++) {
        add(&table, el->attrs[k].name);
        if (el->attrs[k].flags & CONGDOAN__A_REQUIRED)
            add(&table_required, el->attrs[k].name);
        check_attribute(el, &el->attrs[k], node);
    }
    char a[1024], b[1024];
    list(&all, a, sizeof a);
    list(&table, b, sizeof b);
    ck_assert_msg(same_set(&all, &table), "<%s> attributes: schema {%s}, table {%s}", el->name, a, b);
    list(&required, a, sizeof a);
    list(&table_required, b, sizeof b);
    ck_assert_msg(same_set(&required, &table_required), "<%s> required: schema {%s}, table {%s}", el->name, a, b);
}
END_TEST

START_TEST(same_children_in_the_same_order)
{
    const congdoan__elem *el = &congdoan__vocab[_i];
    xmlNode *node = schema_node(_i);
    places schema = {{{{{0}, 0}, 0}}, 0};
    EACH_CHILD(c, node)
        children_of(c, &schema);
    places table = table_places(el);
    ck_assert_msg(schema.n == table.n, "<%s>: %zu places for children in the schema, %zu in the table", el->name,
                  schema.n, table.n);
    for (size_t i = 0; i < schema.n; i++) {
        char a[512], b[512];
        list(&schema.p[i].names, a, sizeof a);
        list(&table.p[i].names, b, sizeof b);
        ck_assert_msg(same_set(&schema.p[i].names, &table.p[i].names), "<%s>, child %zu: schema {%s}, table {%s}",
                      el->name, i, a, b);
        ck_assert_msg(schema.p[i].occurs == table.p[i].occurs, "<%s>, {%s}: occurs %d in the schema, %d in the table",
                      el->name, a, schema.p[i].occurs, table.p[i].occurs);
    }
}
END_TEST

START_TEST(same_text)
{
    const congdoan__elem *el = &congdoan__vocab[_i];
    xmlNode *node = schema_node(_i);
    int required = 0, optional = 0;
    EACH_CHILD(c, node)
        text_refs(c, &required, &optional);
    congdoan__text want = optional ? CONGDOAN__TEXT_OPTIONAL : required ? CONGDOAN__TEXT_REQUIRED : CONGDOAN__TEXT_NONE;
    ck_assert_msg(el->text == want, "<%s>: text %d in the table, %d in the schema", el->name, el->text, want);
}
END_TEST

/* What the loader and writer rely on. */
START_TEST(table_invariants)
{
    ck_assert_ptr_null(congdoan__vocab[CONGDOAN__EL_NONE].name);
    for (int e = CONGDOAN__EL_ROOT; e < CONGDOAN__EL_COUNT; e++) {
        const congdoan__elem *el = &congdoan__vocab[e];
        ck_assert_msg(el->name != NULL, "element %d has no entry", e);
        ck_assert_uint_le(el->attr_count, CONGDOAN__MAX_ATTRS);
        /* every element but the root is somebody's child */
        int found = e == CONGDOAN__EL_ROOT;
        for (int p = CONGDOAN__EL_ROOT; p < CONGDOAN__EL_COUNT && !found; p++)
            found = congdoan__vocab_child((congdoan__el)p, (congdoan__el)e) != NULL;
        ck_assert_msg(found, "<%s> is nobody's child", el->name);
        for (size_t k = 0; k < el->attr_count; k++) {
            const congdoan__attr *at = &el->attrs[k];
            ck_assert_msg(at->name && *at->name, "<%s>: attribute %zu has no name", el->name, k);
            int named = at->kind == CONGDOAN__K_ENUM || at->kind == CONGDOAN__K_SET || at->kind == CONGDOAN__K_CONDITION;
            ck_assert_msg(named == (at->names != NULL), "<%s %s>: names and kind disagree", el->name, at->name);
            for (size_t j = 0; j < k; j++)
                ck_assert_msg(strcmp(el->attrs[j].name, at->name) != 0, "<%s %s> twice", el->name, at->name);
        }
        ck_assert_uint_eq(congdoan__vocab_attr_at((congdoan__el)e, (size_t)-2), (size_t)-1);
    }
    /* enum tables carry their count, and name value 0 only when it is not written */
    const congdoan__enum *enums[] = {&congdoan__levels, &congdoan__sectors, &congdoan__grades, &congdoan__body_kinds,
                                     &congdoan__document_kinds, &congdoan__relation_types, &congdoan__measures,
                                     &congdoan__comparators, &congdoan__task_statuses, &congdoan__coverages,
                                     &congdoan__frequencies, &congdoan__org_kinds, &congdoan__group_kinds,
                                     &congdoan__directions, &congdoan__booleans};
    for (size_t i = 0; i < sizeof enums / sizeof enums[0]; i++) {
        const congdoan__enum *en = enums[i];
        ck_assert_ptr_null(en->values[0].name);
        for (size_t v = 1; v < en->count; v++) {
            ck_assert_ptr_nonnull(en->values[v].name);
            ck_assert_ptr_nonnull(en->values[v].constant);
            ck_assert_int_eq(congdoan__enum_lookup(en, en->values[v].name, strlen(en->values[v].name)), (int)v);
        }
        ck_assert_int_eq(congdoan__enum_lookup(en, "x", 1), -1);
        ck_assert_ptr_null(congdoan__enum_name(en, (int)en->count));
        ck_assert_ptr_null(congdoan__enum_name(en, -1));
    }
    /* the public names are the table's */
    ck_assert_str_eq(congdoan_level_name(CONGDOAN_LEVEL_UPPER_GRASSROOTS), "upper-grassroots");
    ck_assert_str_eq(congdoan_document_kind_name(CONGDOAN_DOCUMENT_NOTICE), "notice");
    ck_assert_ptr_null(congdoan_document_kind_name(CONGDOAN_DOCUMENT_UNKNOWN));
    ck_assert_uint_eq(congdoan__document_kinds.count, 13);
    /* the subsets keep the enum's values, naming only some of them */
    const congdoan__enum *subsets[][2] = {{&congdoan__result_measures, &congdoan__measures},
                                          {&congdoan__result_comparators, &congdoan__comparators},
                                          {&congdoan__threshold_comparators, &congdoan__comparators}};
    for (size_t i = 0; i < sizeof subsets / sizeof subsets[0]; i++)
        for (size_t v = 1; v < subsets[i][0]->count; v++) {
            ck_assert_uint_lt(v, subsets[i][1]->count);
            ck_assert_str_eq(subsets[i][0]->values[v].constant, subsets[i][1]->values[v].constant);
            if (subsets[i][0]->values[v].name)
                ck_assert_str_eq(subsets[i][0]->values[v].name, subsets[i][1]->values[v].name);
        }
    char buf[200];
    ck_assert_str_eq(congdoan__enum_list(&congdoan__levels, 1, buf, sizeof buf),
                     "central, provincial, upper-grassroots or grassroots");
    ck_assert_str_eq(congdoan__enum_list(&congdoan__coverages, 1, buf, 8), ""); /* too small: nothing */
}
END_TEST

/* ---- REFERENCE.md, the vocabulary for people ------------------------------------------------ */

static char *reference;

static void load_reference(void)
{
    /* tests/data/../../lib/schema/REFERENCE.md */
    char path[4096];
    snprintf(path, sizeof path, "%s/../../lib/schema/REFERENCE.md", test_data_path(""));
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    size_t cap = 1 << 20, n = 0;
    reference = malloc(cap + 1);
    ck_assert_ptr_nonnull(reference);
    n = fread(reference, 1, cap, f);
    fclose(f);
    ck_assert_uint_lt(n, cap);
    reference[n] = '\0';
}

static void free_reference(void)
{
    free(reference);
    reference = NULL;
}

/* Where `needle` first stands in REFERENCE.md from `from`, or NULL. */
static const char *ref_find(const char *from, const char *needle)
{
    return strstr(from, needle);
}

/* The section of REFERENCE.md headed "## `<name>`", or NULL. */
static const char *heading_of(const char *name)
{
    char h[80];
    snprintf(h, sizeof h, "\n## `<%s>`", name);
    return ref_find(reference, h);
}

/* The window of REFERENCE.md from `at` to the next "## " heading that mentions `<name`, or NULL. */
static const char *window_with(const char *at, const char *name, size_t *len)
{
    char tag[80];
    snprintf(tag, sizeof tag, "`<%s", name);
    const char *end = strstr(at + 1, "\n## ");
    *len = end ? (size_t)(end - at) : strlen(at);
    const char *mention = ref_find(at, tag);
    return mention && (size_t)(mention - at) < *len ? at : NULL;
}

/* Whether the window [at, at + len) describes attribute `name`: `name`, `name="…` or, in an
 * example, ` name="`. */
static int describes_attr(const char *at, size_t len, const char *name)
{
    char a[80], b[80], c[80];
    snprintf(a, sizeof a, "`%s`", name);
    snprintf(b, sizeof b, "`%s=", name);
    snprintf(c, sizeof c, " %s=\"", name);
    const char *w[] = {a, b, c};
    for (size_t i = 0; i < 3; i++) {
        const char *p = ref_find(at, w[i]);
        if (p && (size_t)(p - at) < len)
            return 1;
    }
    return 0;
}

/* Every element is described in its own section ("## `<name>`"), in the general rules before the
 * first section, or in the section of an element it is (directly or further down) in; every
 * attribute of it in that same part (`name`, `name="…` or an example ` name="`), and every value
 * of its enums (`value`). */
START_TEST(reference_describes_every_element_attribute_and_value)
{
    const congdoan__elem *el = &congdoan__vocab[_i];
    size_t len = 0;
    const char *at = heading_of(el->name) ? window_with(heading_of(el->name), el->name, &len) : NULL;
    if (!heading_of(el->name)) {
        /* the general rules, then the sections of the elements it is in, up to two levels */
        at = window_with(reference, el->name, &len);
        for (int p = CONGDOAN__EL_ROOT; !at && p < CONGDOAN__EL_COUNT; p++) {
            if (!congdoan__vocab_child((congdoan__el)p, (congdoan__el)_i))
                continue;
            if (heading_of(congdoan__vocab[p].name))
                at = window_with(heading_of(congdoan__vocab[p].name), el->name, &len);
            for (int g = CONGDOAN__EL_ROOT; !at && g < CONGDOAN__EL_COUNT; g++)
                if (congdoan__vocab_child((congdoan__el)g, (congdoan__el)p) && heading_of(congdoan__vocab[g].name))
                    at = window_with(heading_of(congdoan__vocab[g].name), el->name, &len);
        }
    }
    ck_assert_msg(at != NULL, "REFERENCE.md does not describe <%s> in its section or in one of an element it is in",
                  el->name);
    for (size_t k = 0; k < el->attr_count; k++) {
        const congdoan__attr *a = &el->attrs[k];
        ck_assert_msg(describes_attr(at, len, a->name), "REFERENCE.md does not describe the attribute %s of <%s> "
                      "where it describes the element", a->name, el->name);
        if (!a->names)
            continue;
        for (size_t v = 1; v < a->names->count; v++) {
            const char *name = a->names->values[v].name;
            if (!name)
                continue;
            char value[80];
            snprintf(value, sizeof value, "`%s`", name);
            ck_assert_msg(ref_find(reference, value) != NULL,
                          "REFERENCE.md does not name the value %s of %s on <%s>", name, a->name, el->name);
        }
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("vocab");
    TCase *t = tcase_create("schema");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, same_elements);
    tcase_add_loop_test(t, same_attributes_required_and_values, CONGDOAN__EL_ROOT, CONGDOAN__EL_COUNT);
    tcase_add_loop_test(t, same_children_in_the_same_order, CONGDOAN__EL_ROOT, CONGDOAN__EL_COUNT);
    tcase_add_loop_test(t, same_text, CONGDOAN__EL_ROOT, CONGDOAN__EL_COUNT);
    suite_add_tcase(s, t);
    TCase *ref = tcase_create("reference");
    tcase_add_unchecked_fixture(ref, load_reference, free_reference);
    tcase_add_loop_test(ref, reference_describes_every_element_attribute_and_value, CONGDOAN__EL_ROOT,
                        CONGDOAN__EL_COUNT);
    suite_add_tcase(s, ref);
    TCase *inv = tcase_create("invariants");
    tcase_add_test(inv, table_invariants);
    suite_add_tcase(s, inv);
    return test_run_suite(s);
}
