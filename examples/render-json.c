/*
 * congdoan — JSON output, written as it goes: one object with "format_version", "command", the
 * members of the query, then one array per table, one object per row with the schema's keys in
 * the schema's order (a row that holds tables has them as arrays after its fields). Two spaces of indentation, one member per line; UTF-8 text as it is
 * (bytes that are not UTF-8 become U+FFFD, control characters \u escapes); numbers with the
 * fewest digits that read back exactly (the same as CSV); dates "2025-06-30"; null for what is
 * not known.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 16

typedef struct json_state {
    int depth;
    int first[MAX_DEPTH];   /* no member written yet at this depth */
} json_state;

static void indent(renderer *r, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("  ", r->out);
}

/* A JSON string: quoted, escaped (bytes that are not UTF-8 as U+FFFD). */
static void json_put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        unsigned char c = *p;
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc(c, out);
            p++;
        } else if (c < 0x20 || c == 0x7F) {
            switch (c) {
            case '\n': fputs("\\n", out); break;
            case '\t': fputs("\\t", out); break;
            case '\r': fputs("\\r", out); break;
            default: fprintf(out, "\\u%04x", c); break;
            }
            p++;
        } else if (c < 0x80) {
            fputc(c, out);
            p++;
        } else {
            size_t n = utf8_sequence_length(p);
            if (n == 0) {
                fputs("\xEF\xBF\xBD", out); /* U+FFFD for a byte that is not UTF-8 */
                p++;
            } else {
                fwrite(p, 1, n, out);
                p += n;
            }
        }
    }
    fputc('"', out);
}

/* Start a member "key": at the current depth (key NULL: an array element). */
static void member(renderer *r, const char *key)
{
    json_state *st = r->state;
    fputs(st->first[st->depth] ? "\n" : ",\n", r->out);
    st->first[st->depth] = 0;
    indent(r, st->depth);
    if (key) {
        json_put_string(r->out, key);
        fputs(": ", r->out);
    }
}

static void open_container(renderer *r, char c)
{
    json_state *st = r->state;
    fputc(c, r->out);
    if (st->depth + 1 < MAX_DEPTH)
        st->depth++;
    st->first[st->depth] = 1;
}

static void close_container(renderer *r, char c)
{
    json_state *st = r->state;
    int empty = st->first[st->depth];
    if (st->depth > 0)
        st->depth--;
    if (!empty) {
        fputc('\n', r->out);
        indent(r, st->depth);
    }
    fputc(c, r->out);
}

static void put_value(renderer *r, field_type type, const cell *c)
{
    char buf[32];
    if (!c->present) {
        fputs("null", r->out);
        return;
    }
    switch (type) {
    case T_STRING: json_put_string(r->out, c->s); break;
    case T_INTEGER: fprintf(r->out, "%lld", c->i); break;
    case T_NUMBER: fputs(format_machine_number(buf, c->d), r->out); break;
    case T_DATE: json_put_string(r->out, format_iso_date(buf, (int)c->i)); break;
    case T_BOOL: fputs(c->i ? "true" : "false", r->out); break;
    case T_LIST:
    case T_TEXTS:
        fputc('[', r->out);
        for (size_t i = 0; i < c->n; i++) {
            if (i)
                fputs(", ", r->out);
            if (c->items[i])
                json_put_string(r->out, c->items[i]);
            else
                fputs("null", r->out);
        }
        fputc(']', r->out);
        break;
    case T_MAP:
        fputc('{', r->out);
        for (size_t i = 0; i < c->n; i++) {
            if (i)
                fputs(", ", r->out);
            json_put_string(r->out, c->items[2 * i]);
            fputs(": ", r->out);
            if (c->items[2 * i + 1])
                json_put_string(r->out, c->items[2 * i + 1]);
            else
                fputs("null", r->out);
        }
        fputc('}', r->out);
        break;
    }
}

static void json_begin(renderer *r)
{
    json_state *st = xcalloc(1, sizeof *st);
    r->state = st;
    open_container(r, '{');
    member(r, "format_version");
    fprintf(r->out, "%d", FORMAT_VERSION);
    member(r, "command");
    json_put_string(r->out, r->command);
}

static void json_meta(renderer *r, const char *key, field_type type, const cell *value)
{
    member(r, key);
    put_value(r, type, value);
}

static void json_meta_open(renderer *r, const char *key)
{
    member(r, key);
    open_container(r, '{');
}

static void json_meta_close(renderer *r)
{
    close_container(r, '}');
}

static void json_table_begin(renderer *r, const table_spec *t)
{
    member(r, t->name);
    if (!(t->flags & TABLE_SINGLE))
        open_container(r, '[');
}

/* A row's object with its fields, left open for the tables it holds (json_row_close). */
static void json_row_open(renderer *r, const row *rw)
{
    const schema *sc = rw->table->schema;
    if (!(rw->table->flags & TABLE_SINGLE))
        member(r, NULL);
    open_container(r, '{');
    for (size_t i = 0; i < sc->count; i++) {
        member(r, sc->fields[i].key);
        put_value(r, sc->fields[i].type, &rw->cells[i]);
    }
}

static void json_row_close(renderer *r)
{
    close_container(r, '}');
}

static void json_row(renderer *r, const row *rw)
{
    json_row_open(r, rw);
    json_row_close(r);
}

static void json_table_end(renderer *r)
{
    if (!(r->table->flags & TABLE_SINGLE))
        close_container(r, ']');
}

static void json_end(renderer *r)
{
    close_container(r, '}');
    fputc('\n', r->out);
}

static void json_release(renderer *r)
{
    free(r->state);
    r->state = NULL;
}

const renderer_ops json_renderer_ops = {json_begin,     json_meta, json_meta_open, json_meta_close,
                                        json_table_begin, json_row, json_table_end, NULL,
                                        json_end,       json_release, json_row_open, json_row_close};
