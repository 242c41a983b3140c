/*
 * congdoan — rows and the renderer's front: what every format shares. The formats are in
 * render-text.c, render-json.c and render-csv.c.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- rows --------------------------------------------------------------------------------------- */

void row_init(row *r, const table_spec *t)
{
    memset(r, 0, sizeof *r);
    r->table = t;
    r->cells = xcalloc(t->schema->count, sizeof *r->cells);
    r->show = xcalloc(t->show_count ? t->show_count : 1, sizeof *r->show);
}

void row_clear(row *r)
{
    for (size_t i = 0; i < r->owned_count; i++)
        free(r->owned[i]);
    r->owned_count = 0;
    r->only = ROW_ALL;
    memset(r->cells, 0, r->table->schema->count * sizeof *r->cells);
    memset(r->show, 0, (r->table->show_count ? r->table->show_count : 1) * sizeof *r->show);
}

void row_release(row *r)
{
    row_clear(r);
    free(r->owned);
    free(r->cells);
    free(r->show);
    memset(r, 0, sizeof *r);
}

const char *row_keep(row *r, char *s)
{
    if (!s)
        return NULL;
    if (r->owned_count == r->owned_cap) {
        r->owned_cap = r->owned_cap ? 2 * r->owned_cap : 16;
        r->owned = xrealloc(r->owned, r->owned_cap * sizeof *r->owned);
    }
    r->owned[r->owned_count++] = s;
    return s;
}

static cell *field_cell(row *r, size_t f)
{
    if (f >= r->table->schema->count) {
        /* a bug of the command: a field index outside its schema */
        print_error("internal error: field %zu outside schema '%s'", f, r->table->schema->name);
        exit(EXIT_USAGE);
    }
    cell *c = &r->cells[f];
    memset(c, 0, sizeof *c);
    return c;
}

void row_str(row *r, size_t f, const char *s)
{
    cell *c = field_cell(r, f);
    c->present = s != NULL;
    c->s = s;
}

void row_take(row *r, size_t f, char *s)
{
    row_str(r, f, row_keep(r, s));
}

void row_int(row *r, size_t f, long long v)
{
    cell *c = field_cell(r, f);
    c->present = 1;
    c->i = v;
}

void row_count(row *r, size_t f, long v)
{
    if (v < 0)
        field_cell(r, f);
    else
        row_int(r, f, v);
}

void row_num(row *r, size_t f, double v)
{
    cell *c = field_cell(r, f);
    c->present = isfinite(v);
    c->d = v;
}

void row_figure(row *r, size_t f, int rc, const double *v)
{
    if (rc == 0)
        row_num(r, f, *v);
    else
        field_cell(r, f);
}

void row_date(row *r, size_t f, int ymd)
{
    cell *c = field_cell(r, f);
    c->present = ymd > 0;
    c->i = ymd;
}

void row_bool(row *r, size_t f, int v)
{
    cell *c = field_cell(r, f);
    c->present = 1;
    c->i = v != 0;
}

void row_list(row *r, size_t f, const char *const *items, size_t n)
{
    cell *c = field_cell(r, f);
    c->present = 1;
    c->items = items;
    c->n = n;
}

void row_null(row *r, size_t f)
{
    field_cell(r, f);
}

void row_show(row *r, size_t k, const char *s)
{
    if (k < r->table->show_count)
        r->show[k] = s;
}

void row_showf(row *r, size_t k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvprintf(fmt, ap);
    va_end(ap);
    row_show(r, k, row_keep(r, s));
}

/* ---- the renderer ---------------------------------------------------------------------------------- */

renderer *renderer_new(output_format format, FILE *out, int width, const char *command_name, const char *csv_table,
                       unsigned flags)
{
    renderer *r = xcalloc(1, sizeof *r);
    r->ops = format == FORMAT_JSON ? &json_renderer_ops : format == FORMAT_CSV ? &csv_renderer_ops : &text_renderer_ops;
    r->out = out;
    r->width = width;
    r->command = command_name;
    r->csv_table = csv_table;
    r->csv_bom = (flags & RENDER_BOM) != 0;
    r->ops->begin(r);
    return r;
}

int renderer_finish(renderer *r)
{
    r->ops->end(r);
    r->ops->release(r);
    int rc = fflush(r->out) != 0 || ferror(r->out) ? -1 : 0;
    free(r);
    return rc;
}

static void meta(renderer *r, const char *key, field_type type, const cell *c)
{
    if (r->ops->meta)
        r->ops->meta(r, key, type, c);
}

void render_meta_str(renderer *r, const char *key, const char *s)
{
    cell c = {s != NULL, s, 0, 0, NULL, 0};
    meta(r, key, T_STRING, &c);
}

void render_meta_int(renderer *r, const char *key, long long v)
{
    cell c = {1, NULL, v, 0, NULL, 0};
    meta(r, key, T_INTEGER, &c);
}

void render_meta_num(renderer *r, const char *key, double v)
{
    cell c = {isfinite(v), NULL, 0, v, NULL, 0};
    meta(r, key, T_NUMBER, &c);
}

void render_meta_date(renderer *r, const char *key, int ymd)
{
    cell c = {ymd > 0, NULL, ymd, 0, NULL, 0};
    meta(r, key, T_DATE, &c);
}

void render_meta_bool(renderer *r, const char *key, int v)
{
    cell c = {1, NULL, v != 0, 0, NULL, 0};
    meta(r, key, T_BOOL, &c);
}

void render_meta_list(renderer *r, const char *key, const char *const *items, size_t n)
{
    cell c = {1, NULL, 0, 0, items, n};
    meta(r, key, T_LIST, &c);
}

void render_meta_open(renderer *r, const char *key)
{
    if (r->ops->meta_open)
        r->ops->meta_open(r, key);
}

void render_meta_close(renderer *r)
{
    if (r->ops->meta_close)
        r->ops->meta_close(r);
}

/* Whether table t is left out of this output: by its flags, or as a table inside a row in a
 * format of flat tables. */
static int skipped(const renderer *r, const table_spec *t)
{
    if (r->in_row && !r->ops->row_open && t != r->outer)
        return 1;
    return t && (t->flags & (render_is_text(r) ? TABLE_MACHINE_ONLY : TABLE_TEXT_ONLY));
}

void render_table_begin(renderer *r, const table_spec *t)
{
    r->table = t;
    if (!skipped(r, t))
        r->ops->table_begin(r, t);
}

void render_row(renderer *r, const row *rw)
{
    if (skipped(r, r->table) || rw->only == (render_is_text(r) ? ROW_MACHINE_ONLY : ROW_TEXT_ONLY))
        return;
    r->ops->row(r, rw);
}

void render_table_end(renderer *r)
{
    if (!skipped(r, r->table))
        r->ops->table_end(r);
    r->table = r->in_row ? r->outer : NULL;
}

void render_row_open(renderer *r, const row *rw)
{
    if (!skipped(r, r->table) && rw->only != (render_is_text(r) ? ROW_MACHINE_ONLY : ROW_TEXT_ONLY))
        (r->ops->row_open ? r->ops->row_open : r->ops->row)(r, rw);
    r->outer = r->table;
    r->in_row = 1;
}

void render_row_close(renderer *r)
{
    r->in_row = 0;
    r->table = r->outer;
    r->outer = NULL;
    if (r->ops->row_close && !skipped(r, r->table))
        r->ops->row_close(r);
}

void render_text(renderer *r, size_t indent, const char *fmt, ...)
{
    if (!r->ops->text)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *s = xvprintf(fmt, ap);
    va_end(ap);
    r->ops->text(r, s, indent);
    free(s);
}

int render_is_text(const renderer *r)
{
    return r->ops == &text_renderer_ops;
}

/* ---- machine values ---------------------------------------------------------------------------------- */

char *format_machine_number(char *buf, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, 32, "null");
        return buf;
    }
    if (v == 0) {
        snprintf(buf, 32, "0");
        return buf;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(buf, 32, "%.0f", v);
        return buf;
    }
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buf, 32, "%.*g", precision, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* 1e+02 is not how a figure is written: the same digits in positional form */
    if (strchr(buf, 'e') && fabs(v) >= 1e-6 && fabs(v) < 1e15) {
        for (int decimals = 0; decimals <= 20; decimals++) {
            snprintf(buf, 32, "%.*f", decimals, v);
            if (strtod(buf, NULL) == v)
                break;
        }
    }
    return buf;
}

char *format_iso_date(char *buf, int ymd)
{
    if (ymd <= 0)
        buf[0] = '\0';
    else
        snprintf(buf, 16, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
    return buf;
}
