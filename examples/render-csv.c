/*
 * congdoan — CSV output (RFC 4180): one table per run (--table NAME picks it; the first by
 * default), a header row of the schema's keys, one record per row, fields separated by commas,
 * records ended by CRLF, a field quoted (its quotes doubled) when it holds a comma, a quote, a
 * line break or leading or trailing space. Numbers as in JSON (the same digits), dates ISO,
 * booleans true/false, null as an empty field; lists of ids separated by spaces, of words by
 * "; ", pairs as key:value.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

typedef struct csv_state {
    int writing;  /* the open table is the one written */
    int column;
} csv_state;

static void field_separator(renderer *r)
{
    csv_state *st = r->state;
    if (st->column++ > 0)
        fputc(',', r->out);
}

static void put_field(renderer *r, const char *s)
{
    field_separator(r);
    if (!s || !*s)
        return;
    size_t n = strlen(s);
    int quote = s[0] == ' ' || s[n - 1] == ' ' || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        fputs(s, r->out);
        return;
    }
    fputc('"', r->out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', r->out);
        fputc(*s, r->out);
    }
    fputc('"', r->out);
}

static void end_record(renderer *r)
{
    csv_state *st = r->state;
    fputs("\r\n", r->out);
    st->column = 0;
}

static void csv_begin(renderer *r)
{
    r->state = xcalloc(1, sizeof(csv_state));
    if (r->csv_bom)
        fputs("\xEF\xBB\xBF", r->out);
}

static void csv_table_begin(renderer *r, const table_spec *t)
{
    csv_state *st = r->state;
    st->writing = !r->csv_written && (r->csv_table ? strcmp(r->csv_table, t->name) == 0 : 1);
    if (!st->writing)
        return;
    r->csv_written = 1;
    for (size_t i = 0; i < t->schema->count; i++)
        put_field(r, t->schema->fields[i].key);
    end_record(r);
}

/* Items joined by `sep` (pairs as key:value). malloc'd. */
static char *joined(const cell *c, const char *sep, int pairs)
{
    size_t len = 1, n = pairs ? 2 * c->n : c->n;
    for (size_t i = 0; i < n; i++)
        len += strlen(c->items[i] ? c->items[i] : "") + strlen(sep) + 1;
    char *s = xmalloc(len);
    s[0] = '\0';
    for (size_t i = 0; i < c->n; i++) {
        if (i)
            strcat(s, sep);
        if (pairs) {
            strcat(s, c->items[2 * i]);
            strcat(s, ":");
            strcat(s, c->items[2 * i + 1] ? c->items[2 * i + 1] : "");
        } else {
            strcat(s, c->items[i] ? c->items[i] : "");
        }
    }
    return s;
}

static void csv_row(renderer *r, const row *rw)
{
    csv_state *st = r->state;
    if (!st->writing)
        return;
    const schema *sc = rw->table->schema;
    for (size_t i = 0; i < sc->count; i++) {
        const cell *c = &rw->cells[i];
        char buf[32];
        if (!c->present) {
            put_field(r, NULL);
            continue;
        }
        switch (sc->fields[i].type) {
        case T_STRING: put_field(r, c->s); break;
        case T_INTEGER: snprintf(buf, sizeof buf, "%lld", c->i); put_field(r, buf); break;
        case T_NUMBER: put_field(r, format_machine_number(buf, c->d)); break;
        case T_DATE: put_field(r, format_iso_date(buf, (int)c->i)); break;
        case T_BOOL: put_field(r, c->i ? "true" : "false"); break;
        case T_LIST:
        case T_TEXTS:
        case T_MAP: {
            char *s = joined(c, sc->fields[i].type == T_TEXTS ? "; " : " ", sc->fields[i].type == T_MAP);
            put_field(r, s);
            free(s);
            break;
        }
        }
    }
    end_record(r);
}

static void csv_table_end(renderer *r)
{
    csv_state *st = r->state;
    st->writing = 0;
}

static void csv_end(renderer *r)
{
    (void)r;
}

static void csv_release(renderer *r)
{
    free(r->state);
    r->state = NULL;
}

const renderer_ops csv_renderer_ops = {csv_begin, NULL, NULL, NULL, csv_table_begin, csv_row, csv_table_end,
                                       NULL, csv_end, csv_release, NULL, NULL};
