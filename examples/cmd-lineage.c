/*
 * congdoan lineage — what a document implements, concretises … (upward) and what implements
 * or concretises it (downward), recursively.
 *
 *   congdoan lineage [-d PATH]... [--format text|json|csv] [--up | --down] [--depth N]
 *                    [--type TYPE[,TYPE]...] DOC
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char lineage_help[] =
    "Usage: congdoan lineage [-d PATH]... [--format text|json|csv] [--up | --down]\n"
    "                        [--depth N] [--type TYPE[,TYPE]...] DOC\n"
    "\n"
    "Show where a document comes from and where it leads: upward, the documents it\n"
    "implements, concretises, is based on, amends, replaces or reviews, and theirs in\n"
    "turn; downward, the documents that implement, concretise … it, and theirs in\n"
    "turn. Documents that are referred to but not in the data are shown with their\n"
    "number and date and not followed further. A document met again is shown once\n"
    "in full and then marked; a cycle is marked and not followed.\n"
    "\n"
    "DOC is the document's id or number.\n"
    "\n"
    "Options:\n"
    "  --up                only upward\n"
    "  --down              only downward\n"
    "  --depth N           follow N steps (default: as far as the relations go)\n"
    "  --type TYPES        only these relation types, separated by commas: implements,\n"
    "                      based-on, concretises, amends, replaces, reviews\n"
    "  --table relations   accepted for symmetry: lineage has one table\n"
    HELP_COMMON_OPTIONS
    "\n"
    "Text output: the document, then \"Văn bản cấp trên\" (upward) and \"Văn bản cấp\n"
    "dưới\" (downward) as indented trees, each line the relation (thực hiện =\n"
    "implements, căn cứ = based on, cụ thể hóa = concretises, sửa đổi = amends, thay\n"
    "thế = replaces, sơ kết, tổng kết = reviews), the document's number, title,\n"
    "issuer and date; \"chưa có trong dữ liệu\" = not in the data, \"đã nêu ở trên\" =\n"
    "shown above, \"vòng lặp\" = a cycle.\n"
    "\n"
    "JSON output: {document, up: [...], down: [...]}, each node with type, number,\n"
    "date, text (upward: as the relation gives them), document (null when not in the\n"
    "data), repeated, cycle and its own up or down list. CSV output: one row per\n"
    "relation followed, with direction, depth, from, type and the document reached.\n"
    "\n"
    HELP_EXIT_STATUS;

static int run_lineage(int argc, char **argv);

const command cmd_lineage = {
    .name = "lineage",
    .summary = "show what a document implements and what implements it",
    .usage = "congdoan lineage [-d PATH]... [--format text|json|csv] [--up | --down] [--depth N] "
             "[--type TYPE[,TYPE]...] DOC",
    .run = run_lineage,
    .help = lineage_help,
};

typedef enum direction { UP, DOWN } direction;

/* One relation followed from `from`. */
typedef struct edge {
    congdoan_relation_type type;
    const congdoan_document *target;   /* NULL when not loaded (upward only) */
    const char *number, *text;         /* as the relation writes them (upward) */
    int date;
} edge;

typedef struct walk {
    int types;                         /* bit (1 << type) for each type followed; 0: all */
    long max_depth;                    /* 0: no limit */
    const congdoan_document **path;    /* the documents from the root to here */
    size_t path_len, path_cap;
    const congdoan_document **seen;    /* documents already expanded in this direction */
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

/* What happens at a node: 0 follow it, 1 not loaded, 2 a cycle, 3 shown above, 4 too deep. */
enum { NODE_FOLLOW, NODE_NOT_LOADED, NODE_CYCLE, NODE_REPEATED, NODE_DEPTH };

static int node_state(walk *w, const edge *e, int depth)
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

/* A document as one line, who and when before the title (which is cut first when the line is
 * too long): "240/KH-TLĐ (Tổng Liên đoàn, 22/08/2022) — Kế hoạch …". */
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

/* ---- text --------------------------------------------------------------------------------- */

static void text_tree(walk *w, const congdoan_document *doc, direction dir, int depth, const char *prefix,
                      int width)
{
    size_t n = edge_count(doc, dir);
    size_t last = 0, shown = 0;
    for (size_t i = 0; i < n; i++)
        if (follows(w, get_edge(doc, dir, i).type)) {
            last = i;
            shown++;
        }
    for (size_t i = 0; shown && i < n; i++) {
        edge e = get_edge(doc, dir, i);
        if (!follows(w, e.type))
            continue;
        int is_last = i == last;
        int state = node_state(w, &e, depth);
        char *line = document_line(&e);
        char *full = xprintf("%s%s%s: %s%s", prefix, is_last ? "└─ " : "├─ ", relation_words(e.type),
                             state == NODE_CYCLE ? "[vòng lặp] " : state == NODE_REPEATED ? "[đã nêu ở trên] " : "",
                             line);
        char *fitted = fit_width(full, width > 0 ? (size_t)width : display_width(full));
        puts(fitted);
        free(fitted);
        free(full);
        free(line);
        if (state == NODE_FOLLOW) {
            char *sub = xprintf("%s%s", prefix, is_last ? "   " : "│  ");
            enter(w, e.target);
            text_tree(w, e.target, dir, depth + 1, sub, width);
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

static void print_text(walk *w, const congdoan_document *doc, int up, int down, int width)
{
    edge self;
    memset(&self, 0, sizeof self);
    self.target = doc;
    self.date = congdoan_document_issued(doc);
    char *line = document_line(&self);
    char *fitted = fit_width(line, width > 0 ? (size_t)width : display_width(line));
    puts(fitted);
    free(fitted);
    free(line);
    if (up) {
        fputs("\nVăn bản cấp trên (văn bản này thực hiện, cụ thể hóa, căn cứ …):\n", stdout);
        if (followed_count(w, doc, UP) == 0)
            fputs("(không có)\n", stdout);
        w->path_len = w->seen_len = 0;
        enter(w, doc);
        text_tree(w, doc, UP, 0, "", width);
    }
    if (down) {
        fputs("\nVăn bản cấp dưới (thực hiện, cụ thể hóa … văn bản này):\n", stdout);
        if (followed_count(w, doc, DOWN) == 0)
            fputs("(không có)\n", stdout);
        w->path_len = w->seen_len = 0;
        enter(w, doc);
        text_tree(w, doc, DOWN, 0, "", width);
    }
}

/* ---- JSON --------------------------------------------------------------------------------- */

static void json_tree(walk *w, jw_writer *j, const congdoan_document *doc, direction dir, int depth)
{
    jw_begin_array(j);
    for (size_t i = 0; i < edge_count(doc, dir); i++) {
        edge e = get_edge(doc, dir, i);
        if (!follows(w, e.type))
            continue;
        int state = node_state(w, &e, depth);
        jw_begin_object(j);
        jw_kv_string(j, "type", congdoan_relation_type_name(e.type));
        jw_kv_string(j, "number", e.number);
        jw_kv_date(j, "date", e.date);
        jw_kv_string(j, "text", e.text);
        jw_key(j, "document");
        jw_document(j, e.target);
        jw_kv_bool(j, "repeated", state == NODE_REPEATED);
        jw_kv_bool(j, "cycle", state == NODE_CYCLE);
        jw_key(j, dir == UP ? "up" : "down");
        if (state == NODE_FOLLOW) {
            enter(w, e.target);
            json_tree(w, j, e.target, dir, depth + 1);
            w->path_len--;
        } else {
            jw_begin_array(j);
            jw_end_array(j);
        }
        jw_end_object(j);
    }
    jw_end_array(j);
}

static void print_json(walk *w, const congdoan_document *doc, int up, int down)
{
    jw_writer j;
    jw_init(&j, stdout);
    jw_begin_object(&j);
    jw_key(&j, "document");
    jw_document(&j, doc);
    jw_key(&j, "up");
    w->path_len = w->seen_len = 0;
    enter(w, doc);
    if (up)
        json_tree(w, &j, doc, UP, 0);
    else
        jw_null(&j);
    jw_key(&j, "down");
    w->path_len = w->seen_len = 0;
    enter(w, doc);
    if (down)
        json_tree(w, &j, doc, DOWN, 0);
    else
        jw_null(&j);
    jw_end_object(&j);
    jw_finish(&j);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

static void csv_tree(walk *w, csv_writer *c, const congdoan_document *doc, direction dir, int depth)
{
    for (size_t i = 0; i < edge_count(doc, dir); i++) {
        edge e = get_edge(doc, dir, i);
        if (!follows(w, e.type))
            continue;
        int state = node_state(w, &e, depth);
        csv_string(c, dir == UP ? "up" : "down");
        csv_integer(c, depth + 1);
        csv_string(c, congdoan_document_id(doc));
        csv_string(c, congdoan_relation_type_name(e.type));
        csv_string(c, e.target ? congdoan_document_id(e.target) : NULL);
        csv_string(c, e.number);
        csv_date(c, e.date);
        csv_string(c, state == NODE_NOT_LOADED ? "not-loaded" : state == NODE_CYCLE ? "cycle"
                      : state == NODE_REPEATED ? "repeated" : NULL);
        csv_string(c, e.target ? congdoan_document_title(e.target) : e.text);
        csv_end_row(c);
        if (state == NODE_FOLLOW) {
            enter(w, e.target);
            csv_tree(w, c, e.target, dir, depth + 1);
            w->path_len--;
        }
    }
}

static void print_csv(walk *w, const congdoan_document *doc, int up, int down)
{
    static const char *const header[] = {"direction", "depth", "from", "type", "document_id", "number", "date",
                                         "note", "title", NULL};
    csv_writer c;
    csv_init(&c, stdout);
    csv_header(&c, header);
    if (up) {
        w->path_len = w->seen_len = 0;
        enter(w, doc);
        csv_tree(w, &c, doc, UP, 0);
    }
    if (down) {
        w->path_len = w->seen_len = 0;
        enter(w, doc);
        csv_tree(w, &c, doc, DOWN, 0);
    }
}

/* ---- the command -------------------------------------------------------------------------- */

static int parse_types(const char *text, int *types)
{
    static const congdoan_relation_type all[] = {
        CONGDOAN_RELATION_IMPLEMENTS, CONGDOAN_RELATION_BASED_ON, CONGDOAN_RELATION_CONCRETISES,
        CONGDOAN_RELATION_AMENDS, CONGDOAN_RELATION_REPLACES, CONGDOAN_RELATION_REVIEWS};
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

static int run_lineage(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL;
    walk w;
    memset(&w, 0, sizeof w);
    int up = 0, down = 0;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *value = NULL;
        if (parse_common_option(&cmd_lineage, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, argv[i])) {
            if (doc_arg)
                status = usage_error(&cmd_lineage, "one document at a time ('%s' and '%s')", doc_arg, argv[i]);
            else
                doc_arg = argv[i];
        } else if (strcmp(argv[i], "--up") == 0) {
            up = 1;
        } else if (strcmp(argv[i], "--down") == 0) {
            down = 1;
        } else if (option_value(&cmd_lineage, argc, argv, &i, "--depth", NULL, &value, &status)) {
            if (status < 0 && parse_count_option(&cmd_lineage, "--depth", value, &w.max_depth, &status) &&
                w.max_depth == 0)
                status = usage_error(&cmd_lineage, "--depth needs at least 1");
        } else if (option_value(&cmd_lineage, argc, argv, &i, "--type", NULL, &value, &status)) {
            if (status < 0 && !parse_types(value, &w.types))
                status = usage_error(&cmd_lineage,
                                     "unknown relation type in '%s' (use implements, based-on, concretises, "
                                     "amends, replaces, reviews)", value);
        } else {
            status = usage_error(&cmd_lineage, "unknown option '%s'", argv[i]);
        }
    }
    if (status < 0 && !doc_arg)
        status = usage_error(&cmd_lineage, "which document? Give its id or number");
    if (status < 0 && o.format == FORMAT_CSV && o.table && strcmp(o.table, "relations") != 0)
        status = usage_error(&cmd_lineage, "unknown table '%s' (lineage has one table: relations)", o.table);
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }
    if (!up && !down)
        up = down = 1;

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    status = load_data(&cmd_lineage, &o, &corpus);
    if (status == EXIT_OK)
        status = find_document(corpus, doc_arg, &doc);
    if (status == EXIT_OK) {
        if (o.format == FORMAT_JSON)
            print_json(&w, doc, up, down);
        else if (o.format == FORMAT_CSV)
            print_csv(&w, doc, up, down);
        else
            print_text(&w, doc, up, down, text_width(&o));
    }
    free(w.path);
    free(w.seen);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
