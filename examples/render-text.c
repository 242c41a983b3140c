/*
 * congdoan — text output: sentences and tables for a person, in Vietnamese, within the width.
 *
 * A table's columns are sized from a window of its first rows (WINDOW): each takes the width of
 * its longest cell, then, when the table is wider than the output, the columns of names and
 * texts (COL_WRAP) give way down to a floor and wrap their words onto more lines, and the
 * columns of ids next to names (COL_DROP) are left out, the rightmost first. Rows after the
 * window are written with the same widths as they come, so a long table streams. Numbers are
 * written the Vietnamese way (1.810; 98,5), dates day/month/year.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

#define WINDOW 256
#define WRAP_FLOOR 14   /* a wrapping column keeps at least this many cells */
#define WRAP_COMFORT 28 /* … and this many before an id column is left out for it */
#define DETAIL_LINES 3  /* a detail (the text of a task) takes at most this many lines */

typedef struct text_row {
    char **cells;   /* one per view column (NULL: empty) */
} text_row;

typedef struct text_state {
    const table_spec *t;
    text_row window[WINDOW];
    size_t buffered;
    int fixed;          /* widths worked out: rows are written at once */
    size_t *widths;     /* per view column; 0: left out */
    int any_table;      /* a table or text was written: tables after it get a blank line */
} text_state;

/* ---- the text of a cell -------------------------------------------------------------------------- */

static char *machine_words(field_type type, const cell *c)
{
    if (!c->present)
        return NULL;
    switch (type) {
    case T_STRING: return c->s ? xstrdup(c->s) : NULL;
    case T_INTEGER: return vn_number((double)c->i, 0);
    case T_NUMBER: return vn_number(c->d, 2);
    case T_DATE: {
        char buf[16];
        return xstrdup(format_date(buf, (int)c->i));
    }
    case T_BOOL: return c->i ? xstrdup("có") : NULL;
    case T_LIST:
    case T_TEXTS:
    case T_MAP: {
        size_t len = 1;
        for (size_t i = 0; i < (type == T_MAP ? 2 * c->n : c->n); i++)
            len += strlen(c->items[i] ? c->items[i] : "") + 3;
        char *s = xmalloc(len);
        s[0] = '\0';
        for (size_t i = 0; i < c->n; i++) {
            if (i)
                strcat(s, type == T_TEXTS ? "; " : ", ");
            if (type == T_MAP) {
                strcat(s, c->items[2 * i]);
                strcat(s, ": ");
                strcat(s, c->items[2 * i + 1] ? c->items[2 * i + 1] : "");
            } else {
                strcat(s, c->items[i] ? c->items[i] : "");
            }
        }
        return s;
    }
    }
    return NULL;
}

static char *cell_words(const row *r, const column_view *v)
{
    if (v->source < 0) {
        size_t k = (size_t)(-1 - v->source);
        const char *s = k < r->table->show_count ? r->show[k] : NULL;
        return s && *s ? xstrdup(s) : NULL;
    }
    const schema *sc = r->table->schema;
    if ((size_t)v->source >= sc->count)
        return NULL;
    return machine_words(sc->fields[v->source].type, &r->cells[v->source]);
}

/* ---- widths -------------------------------------------------------------------------------------- */

static int shows_header(const table_spec *t)
{
    return !(t->flags & COL_NOHEADER);
}

static void work_out_widths(renderer *r, text_state *st)
{
    const table_spec *t = st->t;
    size_t n = t->view_count;
    st->widths = xcalloc(n ? n : 1, sizeof *st->widths);
    size_t floor_of[64] = {0};
    for (size_t c = 0; c < n && c < 64; c++) {
        if (t->view[c].flags & COL_DETAIL)
            continue;
        size_t w = 0;
        int used = 0;
        for (size_t i = 0; i < st->buffered; i++) {
            const char *s = st->window[i].cells[c];
            if (s && *s) {
                used = 1;
                size_t sw = display_width(s);
                if (sw > w)
                    w = sw;
            }
        }
        if (!used)
            continue; /* a column with nothing in it is left out, header and all */
        size_t hw = shows_header(t) ? display_width(t->view[c].header) : 0;
        if (hw > w)
            w = hw;
        st->widths[c] = w;
        floor_of[c] = hw > WRAP_FLOOR ? hw : WRAP_FLOOR;
    }
    if (r->width <= 0 || (t->flags & TABLE_FREE))
        return;
    size_t total = t->indent, shown = 0;
    for (size_t c = 0; c < n; c++)
        if (st->widths[c]) {
            total += st->widths[c];
            shown++;
        }
    total += shown > 1 ? 2 * (shown - 1) : 0;
    size_t limit = (size_t)r->width;
    if (total <= limit)
        return;
    size_t natural[64] = {0};
    for (size_t c = 0; c < n && c < 64; c++)
        natural[c] = st->widths[c];
    /* 1. names and texts give way to a comfortable width, and wrap */
    for (size_t c = 0; c < n && c < 64 && total > limit; c++)
        if (st->widths[c] && (t->view[c].flags & COL_WRAP)) {
            size_t comfortable = floor_of[c] > WRAP_COMFORT ? floor_of[c] : WRAP_COMFORT;
            if (st->widths[c] > comfortable) {
                total -= st->widths[c] - comfortable;
                st->widths[c] = comfortable;
            }
        }
    /* 2. ids next to names are left out, the rightmost first */
    for (size_t c = n; total > limit && c-- > 0;)
        if (st->widths[c] && (t->view[c].flags & COL_DROP)) {
            total -= st->widths[c] + (shown > 1 ? 2 : 0);
            st->widths[c] = 0;
            shown--;
        }
    /* 3. still too wide: the wrapping columns go down to their floor; then spare columns are
     * left out; then the wrapping columns go to their header's width, then to 6 (the header
     * cut with "…"): the width given is kept, the widest first */
    for (size_t floor_pass = 0; floor_pass < 3 && total > limit; floor_pass++) {
        if (floor_pass == 1)
            for (size_t c = n; total > limit && c-- > 0;)
                if (st->widths[c] && (t->view[c].flags & COL_SPARE)) {
                    total -= st->widths[c] + (shown > 1 ? 2 : 0);
                    st->widths[c] = 0;
                    shown--;
                }
        while (total > limit) {
            size_t best = n;
            for (size_t c = 0; c < n && c < 64; c++) {
                size_t hw = shows_header(t) ? display_width(t->view[c].header) : 0;
                size_t least = floor_pass == 0 ? floor_of[c] : floor_pass == 1 && hw > 6 ? hw : 6;
                if (st->widths[c] > least && (t->view[c].flags & COL_WRAP) &&
                    (best == n || st->widths[c] > st->widths[best]))
                    best = c;
            }
            if (best == n)
                break;
            st->widths[best]--;
            total--;
        }
    }
    /* 4. room left over (a column left out): back to the wrapping columns, up to their width */
    for (size_t c = 0; c < n && c < 64 && total < limit; c++)
        if (st->widths[c] && (t->view[c].flags & COL_WRAP) && st->widths[c] < natural[c]) {
            size_t more = natural[c] - st->widths[c];
            if (more > limit - total)
                more = limit - total;
            st->widths[c] += more;
            total += more;
        }
}

/* ---- writing ---------------------------------------------------------------------------------------- */

static void put_spaces(FILE *out, size_t n)
{
    while (n--)
        fputc(' ', out);
}

/* One line of cells (the header when cells is NULL), each already fitted to its width. */
static void put_cells(renderer *r, text_state *st, char **cells)
{
    const table_spec *t = st->t;
    size_t n = t->view_count, last = n;
    for (size_t c = 0; c < n; c++)
        if (st->widths[c] && cells[c] && *cells[c])
            last = c;
    if (last == n) {
        fputc('\n', r->out);
        return;
    }
    put_spaces(r->out, t->indent);
    int first = 1;
    for (size_t c = 0; c <= last; c++) {
        if (!st->widths[c])
            continue;
        if (!first)
            fputs("  ", r->out);
        first = 0;
        const char *s = cells[c] ? cells[c] : "";
        size_t w = display_width(s);
        if (t->view[c].align == ALIGN_RIGHT)
            put_spaces(r->out, st->widths[c] > w ? st->widths[c] - w : 0);
        fputs(s, r->out);
        if (t->view[c].align == ALIGN_LEFT && c != last)
            put_spaces(r->out, st->widths[c] > w ? st->widths[c] - w : 0);
    }
    fputc('\n', r->out);
}

static void put_header(renderer *r, text_state *st)
{
    const table_spec *t = st->t;
    size_t n = t->view_count;
    char **cells = xcalloc(n ? n : 1, sizeof *cells);
    for (size_t c = 0; c < n; c++)
        if (st->widths[c])
            cells[c] = fit_width(t->view[c].header, st->widths[c]);
    put_cells(r, st, cells);
    put_spaces(r->out, t->indent);
    int first = 1;
    for (size_t c = 0; c < n; c++) {
        if (!st->widths[c])
            continue;
        if (!first)
            fputs("  ", r->out);
        first = 0;
        for (size_t k = 0; k < st->widths[c]; k++)
            fputs("─", r->out);
    }
    fputc('\n', r->out);
    for (size_t c = 0; c < n; c++)
        free(cells[c]);
    free(cells);
}

/* The column where details start: under the second column shown. */
static size_t detail_column(const text_state *st)
{
    size_t at = st->t->indent, seen = 0;
    for (size_t c = 0; c < st->t->view_count; c++)
        if (st->widths[c]) {
            if (seen++ == 1)
                return at;
            at += st->widths[c] + 2;
        }
    return st->t->indent + 2;
}

static void put_row(renderer *r, text_state *st, char **cells)
{
    const table_spec *t = st->t;
    size_t n = t->view_count;
    char ***lines = xcalloc(n ? n : 1, sizeof *lines);
    size_t *counts = xcalloc(n ? n : 1, sizeof *counts), height = 1;
    for (size_t c = 0; c < n; c++) {
        if (!st->widths[c] || !cells[c])
            continue;
        if (t->view[c].flags & COL_WRAP) {
            /* an indented cell (a level of a tree, a branch "│  ├─ ") keeps its indentation on every
             * line: the branch continues ("│  │  "), spaces stay spaces */
            size_t lead_bytes = 0, lead = 0, tree = 0;
            for (;;) {
                const char *p = cells[c] + lead_bytes;
                if (*p == ' ') {
                    lead_bytes++;
                } else if (strncmp(p, "│", 3) == 0 || strncmp(p, "├", 3) == 0 || strncmp(p, "└", 3) == 0 ||
                           strncmp(p, "─", 3) == 0) {
                    lead_bytes += 3;
                    tree = 1;
                } else {
                    break;
                }
                lead++;
            }
            if (lead + 6 > st->widths[c])
                lead = lead_bytes = tree = 0;
            char *first_lead = xmalloc(lead_bytes + 1), *next_lead = xmalloc(lead_bytes + 1);
            memcpy(first_lead, cells[c], lead_bytes);
            first_lead[lead_bytes] = '\0';
            size_t nb = 0;
            for (size_t b = 0; b < lead_bytes;) {
                if (cells[c][b] == ' ') {
                    next_lead[nb++] = ' ';
                    b++;
                } else {
                    /* │ and ├ continue the branch; └ and ─ end here */
                    int cont = strncmp(cells[c] + b, "│", 3) == 0 || strncmp(cells[c] + b, "├", 3) == 0;
                    if (cont) {
                        memcpy(next_lead + nb, "│", 3);
                        nb += 3;
                    } else {
                        next_lead[nb++] = ' ';
                    }
                    b += 3;
                }
            }
            next_lead[nb] = '\0';
            /* the lines after the first of an indented name hang two cells further in */
            size_t room = st->widths[c] - lead;
            size_t hang = lead && !tree && room > 10 && display_width(cells[c] + lead_bytes) > room ? 2 : 0;
            counts[c] = wrap_lines(cells[c] + lead_bytes, room - hang, &lines[c]);
            if ((t->view[c].flags & COL_CLAMP) && counts[c] > DETAIL_LINES) {
                char *more = xprintf("%s …", lines[c][DETAIL_LINES - 1]);
                free(lines[c][DETAIL_LINES - 1]);
                lines[c][DETAIL_LINES - 1] = fit_width(more, room - hang);
                free(more);
                for (size_t k = DETAIL_LINES; k < counts[c]; k++)
                    free(lines[c][k]);
                counts[c] = DETAIL_LINES;
            }
            for (size_t k = 0; lead && k < counts[c]; k++) {
                char *indented = xprintf("%s%*s%s", k ? next_lead : first_lead, (int)(k ? hang : 0), "", lines[c][k]);
                free(lines[c][k]);
                lines[c][k] = indented;
            }
            free(first_lead);
            free(next_lead);
        } else {
            lines[c] = xmalloc(sizeof *lines[c]);
            lines[c][0] = fit_width(cells[c], (t->flags & TABLE_FREE) ? display_width(cells[c]) : st->widths[c]);
            counts[c] = 1;
        }
        if (counts[c] > height)
            height = counts[c];
    }
    char **one = xcalloc(n ? n : 1, sizeof *one);
    for (size_t k = 0; k < height; k++) {
        for (size_t c = 0; c < n; c++)
            one[c] = k < counts[c] ? lines[c][k] : NULL;
        put_cells(r, st, one);
    }
    free(one);
    for (size_t c = 0; c < n; c++)
        free_lines(lines[c], counts[c]);
    free(lines);
    free(counts);
    /* the details, across the table under the second column */
    size_t at = detail_column(st);
    for (size_t c = 0; c < n; c++) {
        if (!(t->view[c].flags & COL_DETAIL) || !cells[c] || !*cells[c])
            continue;
        size_t room = r->width > 0 && (size_t)r->width > at + 20 ? (size_t)r->width - at : 0;
        char **dl = NULL;
        size_t dn = wrap_lines(cells[c], room, &dl);
        for (size_t k = 0; k < dn && k < DETAIL_LINES; k++) {
            put_spaces(r->out, at);
            if (k + 1 == DETAIL_LINES && dn > DETAIL_LINES) {
                /* the rest of the text does not fit: say so */
                char *more = xprintf("%s …", dl[k]);
                char *fitted = fit_width(more, room ? room : display_width(more));
                fputs(fitted, r->out);
                free(fitted);
                free(more);
            } else {
                fputs(dl[k], r->out);
            }
            fputc('\n', r->out);
        }
        free_lines(dl, dn);
    }
}

static void free_cells(char **cells, size_t n)
{
    for (size_t c = 0; c < n; c++)
        free(cells[c]);
    free(cells);
}

/* Work out the widths from the window and write it. */
static void flush_window(renderer *r, text_state *st)
{
    work_out_widths(r, st);
    st->fixed = 1;
    if (shows_header(st->t) && st->buffered > 0)
        put_header(r, st);
    for (size_t i = 0; i < st->buffered; i++) {
        put_row(r, st, st->window[i].cells);
        free_cells(st->window[i].cells, st->t->view_count);
        st->window[i].cells = NULL;
    }
    st->buffered = 0;
}

/* ---- the renderer ---------------------------------------------------------------------------------- */

static void text_begin(renderer *r)
{
    r->state = xcalloc(1, sizeof(text_state));
}

static void text_table_begin(renderer *r, const table_spec *t)
{
    text_state *st = r->state;
    st->t = t;
    st->buffered = 0;
    st->fixed = 0;
    free(st->widths);
    st->widths = NULL;
}

static void text_put_row(renderer *r, const row *rw)
{
    text_state *st = r->state;
    const table_spec *t = st->t;
    if (!t || !t->view)
        return;
    char **cells = xcalloc(t->view_count ? t->view_count : 1, sizeof *cells);
    for (size_t c = 0; c < t->view_count; c++)
        cells[c] = cell_words(rw, &t->view[c]);
    if (st->fixed) {
        put_row(r, st, cells);
        free_cells(cells, t->view_count);
        return;
    }
    st->window[st->buffered++].cells = cells;
    if (st->buffered == WINDOW)
        flush_window(r, st);
}

static void text_table_end(renderer *r)
{
    text_state *st = r->state;
    if (st->t && st->t->view && !st->fixed)
        flush_window(r, st);
    st->t = NULL;
}

static void text_line(renderer *r, const char *line, size_t indent)
{
    /* leading line breaks are blank lines before the text */
    for (; *line == '\n'; line++)
        if (line[1])
            fputc('\n', r->out);
    if (!*line) {
        fputc('\n', r->out);
        return;
    }
    size_t room = r->width > 0 && (size_t)r->width > indent + 20 ? (size_t)r->width - indent : 0;
    char **lines = NULL;
    size_t n = wrap_lines(line, room > 2 ? room - 2 : room, &lines);
    for (size_t k = 0; k < n; k++) {
        /* lines after the first are indented two more, so that a wrapped sentence reads as one */
        put_spaces(r->out, indent + (k > 0 && room > 2 ? 2 : 0));
        fputs(lines[k], r->out);
        fputc('\n', r->out);
    }
    free_lines(lines, n);
}

static void text_end(renderer *r)
{
    (void)r;
}

static void text_release(renderer *r)
{
    text_state *st = r->state;
    if (st) {
        for (size_t i = 0; i < st->buffered; i++)
            free_cells(st->window[i].cells, st->t ? st->t->view_count : 0);
        free(st->widths);
        free(st);
    }
    r->state = NULL;
}

const renderer_ops text_renderer_ops = {text_begin, NULL, NULL, NULL, text_table_begin, text_put_row, text_table_end,
                                        text_line, text_end, text_release, NULL, NULL};
