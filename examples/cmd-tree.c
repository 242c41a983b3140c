/*
 * congdoan tree — the hierarchy of units with their levels and member counts.
 *
 *   congdoan tree [-d PATH]... [--format text|json|csv] [--depth N] [--departments] [UNIT]
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char tree_help[] =
    "Usage: congdoan tree [-d PATH]... [--format text|json|csv] [--depth N]\n"
    "                     [--departments] [UNIT]\n"
    "\n"
    "Show the hierarchy of the trade union organisations in the data, from the top\n"
    "(the organisations with no parent in the data) or from UNIT, indented by level,\n"
    "with the members and the numbers of unions under each.\n"
    "\n"
    "UNIT is a unit's id (laichau) or its full or short name (\"LĐLĐ tỉnh Lai Châu\").\n"
    "\n"
    "Options:\n"
    "  --depth N           show N levels (1: UNIT or the top alone; default: all)\n"
    "  --departments       also list the departments (Văn phòng, Ban Tổ chức …) and the\n"
    "                      leading bodies (Ban Chấp hành …) of each organisation\n"
    "  --table units       accepted for symmetry: tree has one table\n"
    HELP_COMMON_OPTIONS
    "\n"
    "Text columns: Đơn vị (the unit: its short name, else its name, with \"Công đoàn\n"
    "cơ sở\" shortened to CĐCS), Mã (id), Cấp\n"
    "(level: trung ương = central, tỉnh, ngành = provincial or sectoral, cấp trên cơ\n"
    "sở = upper grassroots, cơ sở = grassroots, with the sector of a grassroots union:\n"
    "HCSN = public body, DNNN = state-owned enterprise, ngoài NN = non-state\n"
    "enterprise), Đoàn viên (members), Trực thuộc (organisations directly under it in\n"
    "the data), CĐ cấp trên CS and CĐCS (the numbers of upper-grassroots and\n"
    "grassroots unions under it that the unit declares, which may be more than the\n"
    "data lists). Empty cells are not known.\n"
    "\n"
    "JSON output: {\"units\": [...]}, each unit an object with id, name, short_name,\n"
    "kind (organisation, department, body), level, sector, members, workers,\n"
    "declared_upper_grassroots_units, declared_grassroots_units (null when not\n"
    "known), child_count, departments (with --departments) and children (nested).\n"
    "CSV output: one row per unit in the same order, with depth and parent_id.\n"
    "\n"
    HELP_EXIT_STATUS;

static int run_tree(int argc, char **argv);

const command cmd_tree = {
    .name = "tree",
    .summary = "show the hierarchy of units with members and counts",
    .usage = "congdoan tree [-d PATH]... [--format text|json|csv] [--depth N] [--departments] [UNIT]",
    .run = run_tree,
    .help = tree_help,
};

typedef struct tree_options {
    long depth;        /* 0: all */
    int departments;
} tree_options;

static const char *kind_name(congdoan_unit_kind kind)
{
    switch (kind) {
    case CONGDOAN_UNIT_ORGANISATION: return "organisation";
    case CONGDOAN_UNIT_DEPARTMENT: return "department";
    case CONGDOAN_UNIT_BODY: return "body";
    default: return NULL;
    }
}

static int shows_children(const tree_options *opt, int depth)
{
    return opt->depth == 0 || depth + 1 < opt->depth;
}

/* ---- text --------------------------------------------------------------------------------- */

static void set_count(table *t, size_t c, long v)
{
    if (v >= 0)
        table_setf(t, c, "%ld", v);
}

static void text_rows(table *t, const congdoan_unit *unit, int depth, const tree_options *opt, size_t *count)
{
    congdoan_unit_kind kind = congdoan_unit_get_kind(unit);
    (*count)++;
    table_row(t);
    char *label = unit_short_label(unit);
    table_setf(t, 0, "%*s%s", depth * 2, "", label);
    free(label);
    table_set(t, 1, congdoan_unit_id(unit));
    if (kind == CONGDOAN_UNIT_DEPARTMENT)
        table_set(t, 2, "phòng, ban");
    else if (kind == CONGDOAN_UNIT_BODY)
        table_set(t, 2, "cơ quan lãnh đạo");
    else if (congdoan_unit_sector(unit) != CONGDOAN_SECTOR_NONE)
        table_setf(t, 2, "%s, %s", level_words(congdoan_unit_level(unit)), sector_words(congdoan_unit_sector(unit)));
    else
        table_set(t, 2, level_words(congdoan_unit_level(unit)));
    set_count(t, 3, congdoan_unit_members(unit));
    if (kind == CONGDOAN_UNIT_ORGANISATION && congdoan_unit_child_count(unit) > 0)
        table_setf(t, 4, "%zu", congdoan_unit_child_count(unit));
    set_count(t, 5, congdoan_unit_declared_upper_grassroots_units(unit));
    set_count(t, 6, congdoan_unit_declared_grassroots_units(unit));
    if (!shows_children(opt, depth))
        return;
    if (opt->departments)
        for (size_t i = 0; i < congdoan_unit_department_count(unit); i++)
            text_rows(t, congdoan_unit_department(unit, i), depth + 1, opt, count);
    for (size_t i = 0; i < congdoan_unit_child_count(unit); i++)
        text_rows(t, congdoan_unit_child(unit, i), depth + 1, opt, count);
}

static void print_text(const congdoan_unit *const *tops, size_t top_count, const tree_options *opt, int width)
{
    table *t = table_new(7);
    table_column(t, 0, "Đơn vị", ALIGN_LEFT, 0);
    table_column(t, 1, "Mã", ALIGN_LEFT, 0);
    table_column(t, 2, "Cấp", ALIGN_LEFT, 0);
    table_column(t, 3, "Đoàn viên", ALIGN_RIGHT, 0);
    table_column(t, 4, "Trực thuộc", ALIGN_RIGHT, 0);
    table_column(t, 5, "CĐ cấp trên CS", ALIGN_RIGHT, 0);
    table_column(t, 6, "CĐCS", ALIGN_RIGHT, 0);
    table_flex(t, 0);
    size_t count = 0;
    for (size_t i = 0; i < top_count; i++)
        text_rows(t, tops[i], 0, opt, &count);
    table_print(t, stdout, 0, width);
    table_free(t);
}

/* ---- JSON --------------------------------------------------------------------------------- */

static void json_count(jw_writer *w, const char *key, long v)
{
    if (v >= 0)
        jw_kv_integer(w, key, v);
    else
        jw_kv_null(w, key);
}

static void json_tree(jw_writer *w, const congdoan_unit *unit, int depth, const tree_options *opt)
{
    congdoan_unit_kind kind = congdoan_unit_get_kind(unit);
    jw_begin_object(w);
    jw_kv_string(w, "id", congdoan_unit_id(unit));
    jw_kv_string(w, "name", congdoan_unit_name(unit));
    jw_kv_string(w, "short_name", congdoan_unit_short_name(unit));
    jw_kv_string(w, "kind", kind_name(kind));
    jw_kv_string(w, "level", congdoan_level_name(congdoan_unit_level(unit)));
    jw_kv_string(w, "sector", congdoan_unit_sector(unit) ? congdoan_sector_name(congdoan_unit_sector(unit)) : NULL);
    json_count(w, "members", congdoan_unit_members(unit));
    json_count(w, "workers", congdoan_unit_workers(unit));
    json_count(w, "declared_upper_grassroots_units", congdoan_unit_declared_upper_grassroots_units(unit));
    json_count(w, "declared_grassroots_units", congdoan_unit_declared_grassroots_units(unit));
    if (kind == CONGDOAN_UNIT_ORGANISATION) {
        jw_kv_integer(w, "child_count", (long long)congdoan_unit_child_count(unit));
        if (opt->departments) {
            jw_key(w, "departments");
            jw_begin_array(w);
            if (shows_children(opt, depth))
                for (size_t i = 0; i < congdoan_unit_department_count(unit); i++)
                    json_tree(w, congdoan_unit_department(unit, i), depth + 1, opt);
            jw_end_array(w);
        }
        jw_key(w, "children");
        jw_begin_array(w);
        if (shows_children(opt, depth))
            for (size_t i = 0; i < congdoan_unit_child_count(unit); i++)
                json_tree(w, congdoan_unit_child(unit, i), depth + 1, opt);
        jw_end_array(w);
    }
    jw_end_object(w);
}

static void print_json(const congdoan_unit *const *tops, size_t top_count, const tree_options *opt)
{
    jw_writer w;
    jw_init(&w, stdout);
    jw_begin_object(&w);
    jw_key(&w, "units");
    jw_begin_array(&w);
    for (size_t i = 0; i < top_count; i++)
        json_tree(&w, tops[i], 0, opt);
    jw_end_array(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

/* ---- CSV ---------------------------------------------------------------------------------- */

static void csv_count(csv_writer *w, long v)
{
    if (v >= 0)
        csv_integer(w, v);
    else
        csv_empty(w);
}

static void csv_tree(csv_writer *w, const congdoan_unit *unit, int depth, const tree_options *opt)
{
    congdoan_unit_kind kind = congdoan_unit_get_kind(unit);
    csv_integer(w, depth + 1);
    csv_string(w, congdoan_unit_id(unit));
    csv_string(w, congdoan_unit_parent_id(unit));
    csv_string(w, congdoan_unit_name(unit));
    csv_string(w, congdoan_unit_short_name(unit));
    csv_string(w, kind_name(kind));
    csv_string(w, congdoan_level_name(congdoan_unit_level(unit)));
    csv_string(w, congdoan_unit_sector(unit) ? congdoan_sector_name(congdoan_unit_sector(unit)) : NULL);
    csv_count(w, congdoan_unit_members(unit));
    csv_count(w, congdoan_unit_workers(unit));
    csv_count(w, congdoan_unit_declared_upper_grassroots_units(unit));
    csv_count(w, congdoan_unit_declared_grassroots_units(unit));
    csv_integer(w, (long long)congdoan_unit_child_count(unit));
    csv_end_row(w);
    if (!shows_children(opt, depth))
        return;
    if (opt->departments)
        for (size_t i = 0; i < congdoan_unit_department_count(unit); i++)
            csv_tree(w, congdoan_unit_department(unit, i), depth + 1, opt);
    for (size_t i = 0; i < congdoan_unit_child_count(unit); i++)
        csv_tree(w, congdoan_unit_child(unit, i), depth + 1, opt);
}

static void print_csv(const congdoan_unit *const *tops, size_t top_count, const tree_options *opt)
{
    static const char *const header[] = {"depth", "id", "parent_id", "name", "short_name", "kind", "level", "sector",
                                         "members", "workers", "declared_upper_grassroots_units",
                                         "declared_grassroots_units", "child_count", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    csv_header(&w, header);
    for (size_t i = 0; i < top_count; i++)
        csv_tree(&w, tops[i], 0, opt);
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_tree(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    tree_options opt = {0, 0};
    const char *unit_arg = NULL;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *value = NULL;
        if (parse_common_option(&cmd_tree, &o, argc, argv, &i, &status))
            continue;
        if (is_option(&o, argv[i]) && option_value(&cmd_tree, argc, argv, &i, "--depth", NULL, &value, &status)) {
            if (status < 0 && parse_count_option(&cmd_tree, "--depth", value, &opt.depth, &status) && opt.depth == 0)
                status = usage_error(&cmd_tree, "--depth needs at least 1");
        } else if (is_option(&o, argv[i]) && strcmp(argv[i], "--departments") == 0) {
            opt.departments = 1;
        } else if (is_option(&o, argv[i])) {
            status = usage_error(&cmd_tree, "unknown option '%s'", argv[i]);
        } else if (unit_arg) {
            status = usage_error(&cmd_tree, "one unit at a time ('%s' and '%s')", unit_arg, argv[i]);
        } else {
            unit_arg = argv[i];
        }
    }
    if (status < 0 && o.format == FORMAT_CSV && o.table && strcmp(o.table, "units") != 0)
        status = usage_error(&cmd_tree, "unknown table '%s' (tree has one table: units)", o.table);
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    status = load_data(&cmd_tree, &o, &corpus);
    const congdoan_unit **tops = NULL;
    size_t top_count = 0;
    if (status == EXIT_OK) {
        if (unit_arg) {
            const congdoan_unit *unit = NULL;
            status = find_unit(corpus, unit_arg, &unit);
            if (status == EXIT_OK) {
                tops = xcalloc(1, sizeof *tops);
                tops[top_count++] = unit;
            }
        } else {
            size_t n = congdoan_corpus_root_count(corpus);
            tops = xcalloc(n, sizeof *tops);
            for (size_t i = 0; i < n; i++)
                tops[top_count++] = congdoan_corpus_root(corpus, i);
        }
    }
    if (status == EXIT_OK) {
        if (o.format == FORMAT_JSON)
            print_json(tops, top_count, &opt);
        else if (o.format == FORMAT_CSV)
            print_csv(tops, top_count, &opt);
        else if (top_count == 0)
            puts("(không có đơn vị nào trong dữ liệu)");
        else
            print_text(tops, top_count, &opt, text_width(&o));
    }
    free(tops);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
