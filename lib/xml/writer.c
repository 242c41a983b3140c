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
#include "base/output.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct emitter {
    congdoan_output *out;
    const congdoan_corpus *corpus;
    int depth;
    int status;
} emitter;

static void put(emitter *e, const char *s, size_t n)
{
    if (!e->status)
        e->status = congdoan__output_put(e->out, s, n);
}

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

/* Escape text (attr = 0) or an attribute value (attr = 1: also quotes and the white space an
 * attribute would otherwise lose to normalisation). */
static void escaped(emitter *e, const char *s, int attr)
{
    const char *from = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
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
            put(e, from, (size_t)(s - from));
            puts_(e, rep);
            from = s + 1;
        }
    }
    put(e, from, (size_t)(s - from));
}

static void open_tag(emitter *e, const char *name)
{
    indent(e);
    put(e, "<", 1);
    puts_(e, name);
}

static void attr(emitter *e, const char *name, const char *value)
{
    if (!value)
        return;
    put(e, " ", 1);
    puts_(e, name);
    put(e, "=\"", 2);
    escaped(e, value, 1);
    put(e, "\"", 1);
}

static void attr_long(emitter *e, const char *name, long value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", value);
    attr(e, name, buf);
}

static void attr_date(emitter *e, const char *name, int ymd)
{
    if (!ymd)
        return;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
    attr(e, name, buf);
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

static void attr_number(emitter *e, const char *name, double v)
{
    char buf[64];
    format_number(v, buf, sizeof buf);
    attr(e, name, buf);
}

static void attr_enum(emitter *e, const char *name, const char *const *names, size_t count, int value)
{
    if (value > 0 && (size_t)value < count)
        attr(e, name, names[value]);
}

/* ---- foreign content --------------------------------------------------------------------------- */

static const congdoan__ext *ext_of(emitter *e, const void *owner, congdoan__role role, size_t index)
{
    return congdoan__ext_get(&e->corpus->ext, owner, role, index);
}

/* The foreign attributes of an element, with the namespace declarations they need. */
static void foreign_attrs(emitter *e, const congdoan__ext *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->attr_count; i++) {
        const congdoan__foreign_attr *a = &x->attrs[i];
        if (!a->prefix || !strcmp(a->prefix, "xml"))
            continue;
        int declared = 0;
        for (size_t k = 0; k < i; k++)
            declared |= x->attrs[k].prefix && !strcmp(x->attrs[k].prefix, a->prefix);
        if (!declared) {
            put(e, " xmlns:", 7);
            puts_(e, a->prefix);
            put(e, "=\"", 2);
            escaped(e, a->uri, 1);
            put(e, "\"", 1);
        }
    }
    for (size_t i = 0; i < x->attr_count; i++) {
        const congdoan__foreign_attr *a = &x->attrs[i];
        put(e, " ", 1);
        if (a->prefix) {
            puts_(e, a->prefix);
            put(e, ":", 1);
        }
        puts_(e, a->name);
        put(e, "=\"", 2);
        escaped(e, a->value, 1);
        put(e, "\"", 1);
    }
}

/* The foreign elements kept at `position` among an element's children (or from it on, last). */
static void foreign_elems(emitter *e, const congdoan__ext *x, size_t position, int last)
{
    for (size_t i = 0; x && i < x->elem_count; i++)
        if (x->elems[i].position == position || (last && x->elems[i].position > position)) {
            indent(e);
            puts_(e, x->elems[i].xml);
            put(e, "\n", 1);
        }
}

/* Child bookkeeping for an element of ours: counts its children so that foreign ones go back
 * to their positions. */
typedef struct kids {
    const congdoan__ext *ext;
    size_t n;
} kids;

static void child(emitter *e, kids *k)
{
    foreign_elems(e, k->ext, k->n++, 0);
}

/* End of an element's start tag: ">" when it will have children (or foreign content), "/>"
 * when empty. Returns whether it was left open. */
static int end_start(emitter *e, const congdoan__ext *x, int has_children)
{
    foreign_attrs(e, x);
    if (has_children || (x && x->elem_count)) {
        put(e, ">\n", 2);
        e->depth++;
        return 1;
    }
    put(e, "/>\n", 3);
    return 0;
}

static void close_tag(emitter *e, const char *name, kids *k)
{
    foreign_elems(e, k->ext, k->n, 1);
    e->depth--;
    indent(e);
    put(e, "</", 2);
    puts_(e, name);
    put(e, ">\n", 2);
}

/* <name attrs…>text</name> on one line (with foreign content after the text). */
static void text_element(emitter *e, const char *name, const char *text, const congdoan__ext *x)
{
    open_tag(e, name);
    foreign_attrs(e, x);
    put(e, ">", 1);
    if (text)
        escaped(e, text, 0);
    for (size_t i = 0; x && i < x->elem_count; i++)
        puts_(e, x->elems[i].xml);
    put(e, "</", 2);
    puts_(e, name);
    put(e, ">\n", 2);
}

/* ---- units --------------------------------------------------------------------------------------- */

static void write_department(emitter *e, const congdoan_unit *d)
{
    open_tag(e, d->kind == CONGDOAN_UNIT_BODY ? "body" : "department");
    attr(e, "id", d->id);
    attr(e, "name", d->name);
    attr(e, "short-name", d->short_name);
    if (d->kind == CONGDOAN_UNIT_BODY)
        attr_enum(e, "kind", congdoan__body_kind_names, 5, d->body_kind);
    const congdoan__ext *x = ext_of(e, d, CONGDOAN__ROLE_UNIT, 0);
    kids k = {x, 0};
    if (end_start(e, x, 0))
        close_tag(e, d->kind == CONGDOAN_UNIT_BODY ? "body" : "department", &k);
}

static void write_unit(emitter *e, const congdoan_unit *u)
{
    open_tag(e, "unit");
    attr(e, "id", u->id);
    attr_enum(e, "level", congdoan__level_names, 5, u->level);
    attr(e, "name", u->name);
    attr(e, "short-name", u->short_name);
    attr(e, "parent", u->parent_id);
    attr_enum(e, "sector", congdoan__sector_names, 4, u->sector);
    if (u->members >= 0)
        attr_long(e, "members", u->members);
    if (u->workers >= 0)
        attr_long(e, "workers", u->workers);
    if (u->declared_upper >= 0)
        attr_long(e, "upper-grassroots-units", u->declared_upper);
    if (u->declared_grassroots >= 0)
        attr_long(e, "grassroots-units", u->declared_grassroots);
    const congdoan__ext *x = ext_of(e, u, CONGDOAN__ROLE_UNIT, 0);
    kids k = {x, 0};
    if (!end_start(e, x, u->department_count || u->classification_count))
        return;
    for (size_t i = 0; i < u->department_count; i++) {
        child(e, &k);
        write_department(e, u->departments[i]);
    }
    for (size_t i = 0; i < u->classification_count; i++) {
        child(e, &k);
        open_tag(e, "classification");
        attr_long(e, "year", u->classifications[i].year);
        attr_enum(e, "grade", congdoan__grade_names, 5, u->classifications[i].grade);
        const congdoan__ext *cx = ext_of(e, u, CONGDOAN__ROLE_CLASSIFICATION, i);
        kids ck = {cx, 0};
        if (end_start(e, cx, 0))
            close_tag(e, "classification", &ck);
    }
    close_tag(e, "unit", &k);
}

/* ---- documents ----------------------------------------------------------------------------------- */

static void write_section(emitter *e, const congdoan_section *s);

static void write_task(emitter *e, const congdoan_task *t)
{
    open_tag(e, "task");
    attr(e, "id", t->id);
    attr(e, "lead", t->lead_id);
    attr(e, "due", t->due_code);
    attr(e, "due-text", t->due_text);
    const congdoan__ext *x = ext_of(e, t, CONGDOAN__ROLE_TASK, 0);
    kids k = {x, 0};
    end_start(e, x, 1);
    child(e, &k);
    text_element(e, "text", t->text ? t->text : "", ext_of(e, t, CONGDOAN__ROLE_TASK_TEXT, 0));
    for (size_t i = 0; i < t->coordinator_count; i++) {
        child(e, &k);
        const congdoan__coordinator *c = &t->coordinators[i];
        const congdoan__ext *cx = ext_of(e, t, CONGDOAN__ROLE_COORDINATOR, i);
        if (c->text) {
            indent(e);
            put(e, "<coordinator", 12);
            attr(e, "unit", c->unit_id);
            foreign_attrs(e, cx);
            put(e, ">", 1);
            escaped(e, c->text, 0);
            for (size_t j = 0; cx && j < cx->elem_count; j++)
                puts_(e, cx->elems[j].xml);
            put(e, "</coordinator>\n", 15);
        } else {
            open_tag(e, "coordinator");
            attr(e, "unit", c->unit_id);
            kids ck = {cx, 0};
            if (end_start(e, cx, 0))
                close_tag(e, "coordinator", &ck);
        }
    }
    close_tag(e, "task", &k);
}

static void write_indicator(emitter *e, const congdoan_indicator *x)
{
    open_tag(e, "indicator");
    attr(e, "id", x->id);
    attr_enum(e, "measure", congdoan__measure_names, 5, x->measure);
    attr_enum(e, "comparator", congdoan__comparator_names, 5, x->comparator);
    if (x->has_target)
        attr_number(e, "target", x->target);
    if (x->has_target_max)
        attr_number(e, "target-max", x->target_max);
    if (x->has_baseline)
        attr_number(e, "baseline", x->baseline);
    attr(e, "period", x->period);
    attr(e, "owner", x->owner_id);
    attr_enum(e, "scope-level", congdoan__level_names, 5, x->scope_level);
    if (x->scope_sectors) {
        char buf[96] = "";
        for (int s = 1; s <= 3; s++)
            if (x->scope_sectors & (1 << s)) {
                if (buf[0])
                    strcat(buf, " ");
                strcat(buf, congdoan__sector_names[s]);
            }
        attr(e, "scope-sector", buf);
    }
    if (x->condition_grade) {
        char buf[64];
        snprintf(buf, sizeof buf, "classification-at-least:%s", congdoan__grade_names[x->condition_grade]);
        attr(e, "condition", buf);
    }
    attr(e, "unit-of-measure", x->unit_of_measure);
    if (x->refines_document_id && x->refines_indicator_id) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s#%s", x->refines_document_id, x->refines_indicator_id);
        attr(e, "refines", buf);
    }
    const congdoan__ext *ex = ext_of(e, x, CONGDOAN__ROLE_INDICATOR, 0);
    kids k = {ex, 0};
    end_start(e, ex, 1);
    child(e, &k);
    text_element(e, "text", x->text ? x->text : "", ext_of(e, x, CONGDOAN__ROLE_INDICATOR_TEXT, 0));
    close_tag(e, "indicator", &k);
}

static void write_section(emitter *e, const congdoan_section *s)
{
    open_tag(e, "section");
    attr(e, "id", s->id);
    attr(e, "number", s->number);
    attr(e, "title", s->title);
    const congdoan__ext *x = ext_of(e, s, CONGDOAN__ROLE_SECTION, 0);
    kids k = {x, 0};
    if (!end_start(e, x, s->item_count != 0))
        return;
    for (size_t i = 0; i < s->item_count; i++) {
        child(e, &k);
        const congdoan__item *it = &s->items[i];
        switch (it->kind) {
        case CONGDOAN_ITEM_PARAGRAPH:
            text_element(e, "p", it->u.text, ext_of(e, s, CONGDOAN__ROLE_PARAGRAPH, i));
            break;
        case CONGDOAN_ITEM_SECTION: write_section(e, it->u.section); break;
        case CONGDOAN_ITEM_TASK: write_task(e, it->u.task); break;
        case CONGDOAN_ITEM_INDICATOR: write_indicator(e, it->u.indicator); break;
        default: break;
        }
    }
    close_tag(e, "section", &k);
}

static void write_document(emitter *e, const congdoan_document *d)
{
    open_tag(e, "document");
    attr(e, "id", d->id);
    attr_enum(e, "kind", congdoan__document_kind_names, 12, d->kind);
    attr(e, "number", d->number);
    attr(e, "issuer", d->issuer_id);
    attr(e, "issuing-body", d->issuing_body_id);
    attr_date(e, "issued", d->issued);
    attr_date(e, "effective", d->effective);
    attr(e, "place", d->place);
    attr(e, "field", d->field);
    const congdoan__ext *x = ext_of(e, d, CONGDOAN__ROLE_DOCUMENT, 0);
    kids k = {x, 0};
    int has = d->title || d->signer_name || d->relation_count || d->recipient_count || d->has_reporting ||
              d->section_count;
    if (!end_start(e, x, has))
        return;
    if (d->title) {
        child(e, &k);
        text_element(e, "title", d->title, ext_of(e, d, CONGDOAN__ROLE_TITLE, 0));
    }
    if (d->signer_name) {
        child(e, &k);
        open_tag(e, "signer");
        attr(e, "name", d->signer_name);
        attr(e, "position", d->signer_position);
        attr(e, "capacity", d->signer_capacity);
        const congdoan__ext *sx = ext_of(e, d, CONGDOAN__ROLE_SIGNER, 0);
        kids sk = {sx, 0};
        if (end_start(e, sx, 0))
            close_tag(e, "signer", &sk);
    }
    for (size_t i = 0; i < d->relation_count; i++) {
        child(e, &k);
        const congdoan__relation *r = &d->relations[i];
        const congdoan__ext *rx = ext_of(e, d, CONGDOAN__ROLE_RELATION, i);
        open_tag(e, "relation");
        attr_enum(e, "type", congdoan__relation_names, 7, r->type);
        attr(e, "document", r->target_id);
        attr(e, "number", r->number);
        attr_date(e, "date", r->date);
        if (r->text || (rx && rx->elem_count)) {
            foreign_attrs(e, rx);
            put(e, ">", 1);
            if (r->text)
                escaped(e, r->text, 0);
            for (size_t j = 0; rx && j < rx->elem_count; j++)
                puts_(e, rx->elems[j].xml);
            put(e, "</relation>\n", 12);
        } else {
            foreign_attrs(e, rx);
            put(e, "/>\n", 3);
        }
    }
    for (size_t i = 0; i < d->recipient_count; i++) {
        child(e, &k);
        const congdoan__recipient *r = &d->recipients[i];
        const congdoan__ext *rx = ext_of(e, d, CONGDOAN__ROLE_RECIPIENT, i);
        indent(e);
        put(e, "<recipient", 10);
        attr(e, "unit", r->unit_id);
        foreign_attrs(e, rx);
        put(e, ">", 1);
        escaped(e, r->text ? r->text : "", 0);
        for (size_t j = 0; rx && j < rx->elem_count; j++)
            puts_(e, rx->elems[j].xml);
        put(e, "</recipient>\n", 13);
    }
    if (d->has_reporting) {
        child(e, &k);
        open_tag(e, "reporting");
        attr(e, "to", d->reporting_to_id);
        attr_enum(e, "frequency", congdoan__frequency_names, 5, d->reporting_frequency);
        const congdoan__ext *px = ext_of(e, d, CONGDOAN__ROLE_REPORTING, 0);
        kids pk = {px, 0};
        if (end_start(e, px, d->deadline_count || d->reporter_count)) {
            for (size_t i = 0; i < d->deadline_count; i++) {
                child(e, &pk);
                open_tag(e, "deadline");
                attr(e, "period", d->deadlines[i].period);
                attr_date(e, "date", d->deadlines[i].date);
                const congdoan__ext *dx = ext_of(e, d, CONGDOAN__ROLE_DEADLINE, i);
                kids dk = {dx, 0};
                if (end_start(e, dx, 0))
                    close_tag(e, "deadline", &dk);
            }
            for (size_t i = 0; i < d->reporter_count; i++) {
                child(e, &pk);
                open_tag(e, "reporter");
                attr(e, "unit", d->reporters[i]);
                const congdoan__ext *rx = ext_of(e, d, CONGDOAN__ROLE_REPORTER, i);
                kids rk = {rx, 0};
                if (end_start(e, rx, 0))
                    close_tag(e, "reporter", &rk);
            }
            close_tag(e, "reporting", &pk);
        }
    }
    for (size_t i = 0; i < d->section_count; i++) {
        child(e, &k);
        write_section(e, d->sections[i]);
    }
    close_tag(e, "document", &k);
}

/* ---- reports ------------------------------------------------------------------------------------- */

static void write_report(emitter *e, const congdoan_report *r)
{
    open_tag(e, "report");
    attr(e, "id", r->id);
    attr(e, "unit", r->unit_id);
    attr(e, "document", r->document_id);
    attr(e, "period", r->period);
    attr_date(e, "submitted", r->submitted);
    const congdoan__ext *x = ext_of(e, r, CONGDOAN__ROLE_REPORT, 0);
    kids k = {x, 0};
    if (!end_start(e, x, r->value_count || r->status_count || r->note))
        return;
    for (size_t i = 0; i < r->value_count; i++) {
        child(e, &k);
        const congdoan__value value = congdoan__report_value_get(r, i), *v = &value;
        open_tag(e, "value");
        attr(e, "indicator", CONGDOAN__VALUE_ID(r, v));
        if (v->flags & CONGDOAN__VALUE_PLAIN)
            attr_number(e, "value", v->value);
        if (v->flags & CONGDOAN__VALUE_FRACTION) {
            attr_number(e, "numerator", v->numerator);
            attr_number(e, "denominator", v->denominator);
        }
        if (v->coverage == CONGDOAN_COVERAGE_SUBTREE)
            attr(e, "coverage", "subtree");
        const congdoan__ext *vx = ext_of(e, r, CONGDOAN__ROLE_VALUE, i);
        kids vk = {vx, 0};
        if (end_start(e, vx, 0))
            close_tag(e, "value", &vk);
    }
    for (size_t i = 0; i < r->status_count; i++) {
        child(e, &k);
        const congdoan__task_status *s = &r->statuses[i];
        const congdoan__ext *sx = ext_of(e, r, CONGDOAN__ROLE_TASK_STATUS, i);
        open_tag(e, "task-status");
        attr(e, "task", s->task_id);
        attr_enum(e, "status", congdoan__task_status_names, 5, s->status);
        if (s->note || (sx && sx->elem_count)) {
            foreign_attrs(e, sx);
            put(e, ">", 1);
            if (s->note)
                escaped(e, s->note, 0);
            for (size_t j = 0; sx && j < sx->elem_count; j++)
                puts_(e, sx->elems[j].xml);
            put(e, "</task-status>\n", 15);
        } else {
            foreign_attrs(e, sx);
            put(e, "/>\n", 3);
        }
    }
    if (r->note) {
        child(e, &k);
        text_element(e, "note", r->note, ext_of(e, r, CONGDOAN__ROLE_NOTE, 0));
    }
    close_tag(e, "report", &k);
}

/* ---- documents of XML ----------------------------------------------------------------------------- */

typedef struct selection {
    int parts;
    const congdoan_unit *top;            /* units: a subtree (NULL: all) */
    const congdoan_document *document;   /* exactly one document */
    const congdoan_report *report;       /* exactly one report */
} selection;

static int uses_1_1(const congdoan_corpus *c, const selection *sel)
{
    if (sel->document)
        return sel->document->has_reporting;
    if (!(sel->parts & CONGDOAN_WRITE_DOCUMENTS))
        return 0;
    for (size_t i = 0; i < c->documents.count; i++)
        if (((const congdoan_document *)c->documents.items[i])->has_reporting)
            return 1;
    return 0;
}

static void write_subtree(emitter *e, const congdoan_unit *u)
{
    write_unit(e, u);
    for (size_t i = 0; i < u->child_count; i++)
        write_subtree(e, u->children[i]);
}

static int run(const congdoan_corpus *c, const selection *sel, congdoan_output *out)
{
    int rc = congdoan__output_begin(out);
    if (rc)
        return rc;
    emitter e = {out, c, 0, 0};
    puts_(&e, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<congdoan xmlns=\"urn:congdoan:1\" version=\"");
    puts_(&e, uses_1_1(c, sel) ? "1.1\"" : "1.0\"");
    const congdoan__ext *root = sel->document || sel->report || sel->top ? NULL : ext_of(&e, c, CONGDOAN__ROLE_ROOT, 0);
    foreign_attrs(&e, root);
    put(&e, ">\n", 2);
    e.depth = 1;
    foreign_elems(&e, root, 0, 1);
    if (sel->document) {
        write_document(&e, sel->document);
    } else if (sel->report) {
        write_report(&e, sel->report);
    } else {
        if (sel->parts & CONGDOAN_WRITE_UNITS) {
            if (sel->top)
                write_subtree(&e, sel->top);
            else
                for (size_t i = 0; i < c->units.count; i++) {
                    const congdoan_unit *u = c->units.items[i];
                    if (u->kind == CONGDOAN_UNIT_ORGANISATION)
                        write_unit(&e, u);
                }
        }
        if (sel->parts & CONGDOAN_WRITE_DOCUMENTS)
            for (size_t i = 0; i < c->documents.count; i++)
                write_document(&e, c->documents.items[i]);
        if (sel->parts & CONGDOAN_WRITE_REPORTS)
            for (size_t i = 0; i < c->reports.count; i++)
                write_report(&e, c->reports.items[i]);
    }
    e.depth = 0;
    puts_(&e, "</congdoan>\n");
    return e.status;
}

CONGDOAN_API int congdoan_write_corpus(const congdoan_corpus *corpus, int parts, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(corpus && output);
    if (parts <= 0 || parts > CONGDOAN_WRITE_ALL)
        return congdoan__error(CONGDOAN_EINVAL, "unknown parts %d: combine CONGDOAN_WRITE_UNITS, _DOCUMENTS, _REPORTS",
                               parts);
    selection sel = {parts, NULL, NULL, NULL};
    return run(corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_units(const congdoan_corpus *corpus, const congdoan_unit *top, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(corpus && output);
    if (top && (top->corpus != corpus || top->kind != CONGDOAN_UNIT_ORGANISATION))
        return congdoan__error(CONGDOAN_EINVAL, "the top unit must be an organisation of this corpus");
    selection sel = {CONGDOAN_WRITE_UNITS, top, NULL, NULL};
    return run(corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_document(const congdoan_document *document, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(document && output);
    selection sel = {CONGDOAN_WRITE_DOCUMENTS, NULL, document, NULL};
    return run(document->corpus, &sel, output);
}

CONGDOAN_API int congdoan_write_report(const congdoan_report *report, congdoan_output *output)
{
    CONGDOAN__CHECK_ARG(report && output);
    selection sel = {CONGDOAN_WRITE_REPORTS, NULL, NULL, report};
    return run(report->corpus, &sel, output);
}
