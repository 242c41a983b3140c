/*
 * congdoan lineage — what a document implements, concretises … (upward) and what implements
 * or concretises it (downward), recursively.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_UP = 1, OPT_DOWN, OPT_DEPTH, OPT_TYPE };

static const option_spec lineage_options[] = {
    {OPT_UP, "up", 0, NULL, N_("only upward"), COMPLETE_NONE, NULL},
    {OPT_DOWN, "down", 0, NULL, N_("only downward"), COMPLETE_NONE, NULL},
    {OPT_DEPTH, "depth", 0, N_("N"), N_("follow N steps (default: as far as the relations go)"), COMPLETE_NONE, NULL},
    {OPT_TYPE, "type", 0, N_("TYPES"),
     N_("only these relation types, separated by commas: implements, based-on, concretises, amends, replaces, reviews"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_lineage(const command *cmd, const parsed_args *a);

const command cmd_lineage = {
    .name = "lineage",
    .summary = N_("show what a document implements and what implements it"),
    .arguments = N_("DOC"),
    .argument_complete = COMPLETE_DOCUMENT,
    .description =
        N_("Show where a document comes from and where it leads: upward, the documents it implements, concretises, "
        "is based on, amends, replaces or reviews, and theirs in turn; downward, the documents that implement, "
        "concretise … it, and theirs in turn. Documents that are referred to but not in the data are shown with "
        "their number and date and not followed further. A document met again is shown once in full and then "
        "marked; a cycle is marked and not followed.\n\n"
        "DOC is the document (its number or id)."),
    .options = lineage_options,
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "relations",
    .output =
        N_("Text: the document, then Văn bản cấp trên (upward) and Văn bản cấp dưới (downward) as trees, each line "
        "the relation (thực hiện, căn cứ, cụ thể hóa, sửa đổi, thay thế, sơ kết, tổng kết), the document's "
        "number, issuer, date and title; \"chưa có trong dữ liệu\" = not in the data, \"đã nêu ở trên\" = shown "
        "above, \"vòng lặp\" = a cycle.\n\n"
        "JSON and CSV: the document, then \"relations\": one \"lineage_relation\" row per relation followed, "
        "upward first, in the order of the tree, with its direction and depth (FORMATS.md)."),
    .run = run_lineage,
};

enum { LI_SHOW_LINE, LI_SHOW_COUNT };
static const column_view lineage_view[] = {{"", SHOW(LI_SHOW_LINE), ALIGN_LEFT, COL_WRAP | COL_CLAMP}};
static const table_spec relations_table = {"relations", &lineage_schema, lineage_view, 1, LI_SHOW_COUNT, 0,
                                           COL_NOHEADER};

typedef enum direction { UP, DOWN } direction;

/* One relation followed from a document. */
typedef struct edge {
    congdoan_relation_type type;
    const congdoan_document *target;   /* NULL when not loaded (upward only) */
    const char *number, *text;
    int date;
} edge;

typedef struct walk {
    renderer *out;
    row row;
    int types;                         /* bit (1 << type) per type followed; 0: all */
    long max_depth;                    /* 0: no limit */
    const congdoan_document **path;    /* from the root to here */
    size_t path_len, path_cap;
    const congdoan_document **seen;    /* expanded already in this direction */
    size_t seen_len, seen_cap;
} walk;

static int follows(const walk *w, congdoan_relation_type type)
{
    return w->types == 0 || (w->types & (1 << type));
}

static size_t edge_count(const congdoan_document *doc, direction dir)
{
    return dir == UP ? congdoan_document_relation_count(doc) : congdoan_document_incoming_count(doc);
}

static edge get_edge(const congdoan_document *doc, direction dir, size_t i)
{
    edge e;
    memset(&e, 0, sizeof e);
    if (dir == UP) {
        e.type = congdoan_document_relation_type(doc, i);
        e.target = congdoan_document_relation_target(doc, i);
        e.number = congdoan_document_relation_number(doc, i);
        e.text = congdoan_document_relation_text(doc, i);
        e.date = congdoan_document_relation_date(doc, i);
    } else {
        e.type = congdoan_document_incoming_type(doc, i);
        e.target = congdoan_document_incoming(doc, i);
    }
    if (e.target) {
        if (!e.number)
            e.number = congdoan_document_number(e.target);
        if (!e.date)
            e.date = congdoan_document_issued(e.target);
    }
    return e;
}

static int contains(const congdoan_document *const *list, size_t n, const congdoan_document *doc)
{
    for (size_t k = 0; k < n; k++)
        if (list[k] == doc)
            return 1;
    return 0;
}

static void push(const congdoan_document ***list, size_t *n, size_t *cap, const congdoan_document *doc)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *list = xrealloc(*list, *cap * sizeof **list);
    }
    (*list)[(*n)++] = doc;
}

enum { NODE_FOLLOW, NODE_NOT_LOADED, NODE_CYCLE, NODE_REPEATED, NODE_DEPTH };

static int node_state(const walk *w, const edge *e, int depth)
{
    if (!e->target)
        return NODE_NOT_LOADED;
    if (contains(w->path, w->path_len, e->target))
        return NODE_CYCLE;
    if (contains(w->seen, w->seen_len, e->target))
        return NODE_REPEATED;
    if (w->max_depth > 0 && depth + 1 >= w->max_depth)
        return NODE_DEPTH;
    return NODE_FOLLOW;
}

static void enter(walk *w, const congdoan_document *doc)
{
    push(&w->path, &w->path_len, &w->path_cap, doc);
    push(&w->seen, &w->seen_len, &w->seen_cap, doc);
}

/* "240/KH-TLĐ (Tổng Liên đoàn, 22/08/2022) — Kế hoạch …": who and when before the title. malloc'd. */
static char *document_line(const edge *e)
{
    char date[16];
    format_date(date, e->date);
    if (!e->target)
        return xprintf("%s (%s%schưa có trong dữ liệu)%s%s", e->number ? e->number : "?", date, *date ? ", " : "",
                       e->text ? " — " : "", e->text ? e->text : "");
    const congdoan_document *d = e->target;
    const char *title = congdoan_document_title(d);
    const congdoan_unit *issuer = congdoan_document_issuer(d);
    const char *who = issuer ? unit_label(issuer) : congdoan_document_issuer_id(d);
    return xprintf("%s (%s%s%s)%s%s", document_label(d), who ? who : "", who && *date ? ", " : "", date,
                   title ? " — " : "", title ? title : "");
}

static void tree(walk *w, const congdoan_document *doc, direction dir, int depth, const char *prefix)
{
    size_t n = edge_count(doc, dir), last = 0, shown = 0;
    for (size_t i = 0; i < n; i++)
        if (follows(w, get_edge(doc, dir, i).type)) {
            last = i;
            shown++;
        }
    for (size_t i = 0; shown && i < n; i++) {
        edge e = get_edge(doc, dir, i);
        if (!follows(w, e.type))
            continue;
        int state = node_state(w, &e, depth), is_last = i == last;
        row *r = &w->row;
        row_clear(r);
        row_str(r, LI_DIRECTION, dir == UP ? "up" : "down");
        row_int(r, LI_DEPTH, depth + 1);
        row_str(r, LI_FROM_ID, congdoan_document_id(doc));
        row_str(r, LI_TYPE, congdoan_relation_type_name(e.type));
        row_str(r, LI_DOCUMENT_ID, e.target ? congdoan_document_id(e.target) : NULL);
        row_str(r, LI_NUMBER, e.number);
        row_date(r, LI_DATE, e.date);
        row_str(r, LI_TITLE, e.target && congdoan_document_title(e.target) ? congdoan_document_title(e.target) : e.text);
        row_str(r, LI_NOTE, state == NODE_NOT_LOADED ? "not-loaded" : state == NODE_CYCLE ? "cycle"
                            : state == NODE_REPEATED ? "repeated" : NULL);
        char *line = document_line(&e);
        row_showf(r, LI_SHOW_LINE, "%s%s%s: %s%s", prefix, is_last ? "└─ " : "├─ ",
                  congdoan_relation_type_label(e.type),
                  state == NODE_CYCLE ? "[vòng lặp] " : state == NODE_REPEATED ? "[đã nêu ở trên] " : "", line);
        free(line);
        render_row(w->out, r);
        if (state == NODE_FOLLOW) {
            char *sub = xprintf("%s%s", prefix, is_last ? "   " : "│  ");
            enter(w, e.target);
            tree(w, e.target, dir, depth + 1, sub);
            w->path_len--;
            free(sub);
        }
    }
}

static size_t followed_count(const walk *w, const congdoan_document *doc, direction dir)
{
    size_t count = 0;
    for (size_t i = 0; i < edge_count(doc, dir); i++)
        count += follows(w, get_edge(doc, dir, i).type) != 0;
    return count;
}

static int parse_types(const char *text, int *types)
{
    static const congdoan_relation_type all[] = {CONGDOAN_RELATION_IMPLEMENTS, CONGDOAN_RELATION_BASED_ON,
                                                 CONGDOAN_RELATION_CONCRETISES, CONGDOAN_RELATION_AMENDS,
                                                 CONGDOAN_RELATION_REPLACES, CONGDOAN_RELATION_REVIEWS};
    char *copy = xstrdup(text);
    int ok = 1;
    for (char *s = copy, *tok; ok && (tok = strtok(s, ",")) != NULL; s = NULL) {
        int found = 0;
        for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
            if (strcmp(tok, congdoan_relation_type_name(all[k])) == 0) {
                *types |= 1 << all[k];
                found = 1;
            }
        ok = found;
    }
    free(copy);
    return ok;
}

static int run_lineage(const command *cmd, const parsed_args *a)
{
    walk w;
    memset(&w, 0, sizeof w);
    int up = flag(a, OPT_UP), down = flag(a, OPT_DOWN);
    if (!up && !down)
        up = down = 1;
    if (opt(a, OPT_DEPTH)) {
        char *end = NULL;
        w.max_depth = strtol(opt(a, OPT_DEPTH), &end, 10);
        if (!end || *end || w.max_depth < 1 || w.max_depth > 1000)
            return usage_error(cmd, "--depth needs a whole number of steps from 1, not '%s'", opt(a, OPT_DEPTH));
    }
    if (opt(a, OPT_TYPE) && !parse_types(opt(a, OPT_TYPE), &w.types))
        return usage_error(cmd,
                           "unknown relation type in '%s' (use implements, based-on, concretises, amends, replaces, "
                           "reviews)",
                           opt(a, OPT_TYPE));
    if (a->arg_count != 1)
        return usage_error(cmd, a->arg_count ? "one document at a time" : "which document? give its number or id");
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;
    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    int status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK)
        status = find_document(corpus, a->args[0], &doc);
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }
    w.out = start_output(cmd, a, a->table);
    render_meta_open(w.out, "query");
    render_meta_str(w.out, "document_id", congdoan_document_id(doc));
    render_meta_str(w.out, "number", congdoan_document_number(doc));
    render_meta_bool(w.out, "up", up);
    render_meta_bool(w.out, "down", down);
    render_meta_close(w.out);
    edge self;
    memset(&self, 0, sizeof self);
    self.target = doc;
    self.date = congdoan_document_issued(doc);
    char *line = document_line(&self);
    render_text(w.out, 0, "%s", line);
    free(line);
    row_init(&w.row, &relations_table);
    render_table_begin(w.out, &relations_table);
    for (int pass = 0; pass < 2; pass++) {
        direction dir = pass == 0 ? UP : DOWN;
        if ((dir == UP && !up) || (dir == DOWN && !down))
            continue;
        if (render_is_text(w.out)) {
            /* a table for each direction, with its heading */
            render_table_end(w.out);
            render_text(w.out, 0, dir == UP ? "\nVăn bản cấp trên (văn bản này thực hiện, cụ thể hóa, căn cứ …):"
                                            : "\nVăn bản cấp dưới (thực hiện, cụ thể hóa … văn bản này):");
            if (followed_count(&w, doc, dir) == 0)
                render_text(w.out, 0, "(không có)");
            render_table_begin(w.out, &relations_table);
        }
        w.path_len = w.seen_len = 0;
        enter(&w, doc);
        tree(&w, doc, dir, 0, "");
    }
    render_table_end(w.out);
    row_release(&w.row);
    status = finish_output(w.out, EXIT_OK);
    free(w.path);
    free(w.seen);
    congdoan_corpus_free(corpus);
    return status;
}
