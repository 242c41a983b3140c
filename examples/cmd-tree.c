/*
 * congdoan tree — the hierarchy of units with their levels and member counts.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_DEPTH = 1, OPT_DEPARTMENTS };

static const option_spec tree_options[] = {
    {OPT_DEPTH, "depth", 0, N_("N"), N_("show N levels (1: UNIT or the top alone; default: all)"), COMPLETE_NONE, NULL},
    {OPT_DEPARTMENTS, "departments", 0, NULL,
     N_("also list the departments (Văn phòng, Ban Tổ chức …) and the leading bodies (Ban Chấp hành …) of each "
     "organisation"),
     COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_tree(const command *cmd, const parsed_args *a);

const command cmd_tree = {
    .name = "tree",
    .summary = N_("show the hierarchy of units with members and counts"),
    .arguments = N_("[UNIT]"),
    .argument_complete = COMPLETE_UNIT,
    .description =
        N_("Show the hierarchy of the trade union organisations in the data, from the top (the organisations "
        "with no parent in the data) or from UNIT, indented by level, with the members and the numbers of "
        "unions under each.\n\n"
        "UNIT is a unit as people name it: its id (laichau), its name or short name, with or without "
        "diacritics (\"LDLD tinh Lai Chau\"), or the words that tell it apart (\"Lai Châu\")."),
    .options = tree_options,
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "units",
    .output =
        N_("Text: Đơn vị (the short name, else the name, with \"Công đoàn cơ sở\" written CĐCS), Mã (the id; left "
        "out when the names need the room), Cấp (the level: trung ương, tỉnh, ngành, trên cơ sở, cơ sở, and "
        "for a grassroots union its sector: HCSN, DNNN, DN ngoài NN; ban, văn phòng for a department, cơ quan "
        "lãnh đạo for a body), Đoàn viên (members), Trực thuộc (organisations directly under it in the data), "
        "CĐ cấp trên CS and CĐCS (the upper-grassroots and grassroots unions under it that it declares, which "
        "may be more than the data lists). An empty cell is not known.\n\n"
        "JSON and CSV: one \"unit\" row per unit, in the order shown (parents before their children), with "
        "its depth in the data and its child_count, which counts every organisation under it in the data "
        "whether or not --depth shows them (FORMATS.md)."),
    .run = run_tree,
};

enum { SHOW_LABEL, SHOW_LEVEL, SHOW_CHILDREN, SHOW_COUNT };

static const column_view unit_view[] = {
    {"Đơn vị", SHOW(SHOW_LABEL), ALIGN_LEFT, COL_WRAP},
    {"Mã", UNIT_ID, ALIGN_LEFT, COL_DROP},
    {"Cấp", SHOW(SHOW_LEVEL), ALIGN_LEFT, 0},
    {"Đoàn viên", UNIT_MEMBERS, ALIGN_RIGHT, 0},
    {"Trực thuộc", SHOW(SHOW_CHILDREN), ALIGN_RIGHT, 0},
    {"CĐ cấp trên CS", UNIT_DECLARED_UPPER, ALIGN_RIGHT, 0},
    {"CĐCS", UNIT_DECLARED_GRASSROOTS, ALIGN_RIGHT, 0},
};

static const table_spec units_table = {"units", &unit_schema, unit_view, sizeof unit_view / sizeof unit_view[0],
                                       SHOW_COUNT, 0, 0};

typedef struct walk {
    renderer *r;
    row row;
    long depth_limit;   /* 0: all */
    int departments;
} walk;

/* "CĐCS Trường Tiểu học số 1" for a grassroots union without a short name. malloc'd. */
static char *short_label(const congdoan_unit *unit)
{
    static const char prefix[] = "Công đoàn cơ sở ";
    const char *label = unit_label(unit);
    if (!congdoan_unit_short_name(unit) && strncmp(label, prefix, sizeof prefix - 1) == 0)
        return xprintf("CĐCS %s", label + sizeof prefix - 1);
    return xstrdup(label);
}

static void emit(walk *w, const congdoan_unit *u, int depth)
{
    row *r = &w->row;
    row_clear(r);
    fill_unit_row(r, u);
    char *label = short_label(u);
    row_showf(r, SHOW_LABEL, "%*s%s", depth * 2, "", label);
    free(label);
    congdoan_unit_kind kind = congdoan_unit_get_kind(u);
    if (kind != CONGDOAN_UNIT_ORGANISATION)
        row_show(r, SHOW_LEVEL, congdoan_unit_kind_label(kind));
    else if (congdoan_unit_sector(u) != CONGDOAN_SECTOR_NONE)
        row_showf(r, SHOW_LEVEL, "%s, %s", congdoan_level_abbreviation(congdoan_unit_level(u)),
                  congdoan_sector_abbreviation(congdoan_unit_sector(u)));
    else
        row_show(r, SHOW_LEVEL, congdoan_level_abbreviation(congdoan_unit_level(u)));
    if (kind == CONGDOAN_UNIT_ORGANISATION && congdoan_unit_child_count(u) > 0)
        row_showf(r, SHOW_CHILDREN, "%zu", congdoan_unit_child_count(u));
    render_row(w->r, r);
    if (w->depth_limit > 0 && depth + 1 >= w->depth_limit)
        return;
    if (w->departments)
        for (size_t i = 0; i < congdoan_unit_department_count(u); i++)
            emit(w, congdoan_unit_department(u, i), depth + 1);
    for (size_t i = 0; i < congdoan_unit_child_count(u); i++)
        emit(w, congdoan_unit_child(u, i), depth + 1);
}

static int run_tree(const command *cmd, const parsed_args *a)
{
    walk w;
    memset(&w, 0, sizeof w);
    if (opt(a, OPT_DEPTH)) {
        char *end = NULL;
        w.depth_limit = strtol(opt(a, OPT_DEPTH), &end, 10);
        if (!end || *end || w.depth_limit < 1 || w.depth_limit > 1000)
            return usage_error(cmd, "--depth needs a whole number of levels from 1, not '%s'", opt(a, OPT_DEPTH));
    }
    w.departments = flag(a, OPT_DEPARTMENTS);
    if (a->arg_count > 1)
        return usage_error(cmd, "give at most one UNIT");
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;

    congdoan_corpus *corpus = NULL;
    const congdoan_unit *top = NULL;
    int status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK && a->arg_count == 1)
        status = find_unit(corpus, a->args[0], &top);
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }
    w.r = start_output(cmd, a, NULL);
    render_meta_open(w.r, "query");
    render_meta_str(w.r, "unit_id", top ? congdoan_unit_id(top) : NULL);
    if (w.depth_limit)
        render_meta_int(w.r, "depth", w.depth_limit);
    else
        render_meta_str(w.r, "depth", NULL);
    render_meta_bool(w.r, "departments", w.departments);
    render_meta_close(w.r);
    row_init(&w.row, &units_table);
    render_table_begin(w.r, &units_table);
    if (top)
        emit(&w, top, 0);
    else
        for (size_t i = 0; i < congdoan_corpus_root_count(corpus); i++)
            emit(&w, congdoan_corpus_root(corpus, i), 0);
    render_table_end(w.r);
    row_release(&w.row);
    status = finish_output(w.r, EXIT_OK);
    congdoan_corpus_free(corpus);
    return status;
}
