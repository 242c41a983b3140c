/*
 * congdoan tasks — whose tasks, due when, in what state, and what is overdue.
 *
 *   congdoan tasks [-d PATH]... [--format F] --unit UNIT [--role lead|coordinator|any]
 *                  [--departments] [--overdue] [--document DOC] [--at DATE]
 *   congdoan tasks [-d PATH]... [--format F] --overdue [--document DOC] [--at DATE]
 *   congdoan tasks [-d PATH]... [--format F] --document DOC [--at DATE]
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static const char tasks_help[] =
    "Usage: congdoan tasks [-d PATH]... [--format text|json|csv] --unit UNIT\n"
    "                      [--role lead|coordinator|any] [--departments] [--overdue]\n"
    "                      [--document DOC] [--at DATE]\n"
    "       congdoan tasks [-d PATH]... [--format text|json|csv] --overdue\n"
    "                      [--document DOC] [--at DATE]\n"
    "       congdoan tasks [-d PATH]... [--format text|json|csv] --document DOC\n"
    "                      [--at DATE]\n"
    "\n"
    "List tasks (nhiệm vụ) with their document, lead, due time, latest reported\n"
    "status and whether they are overdue:\n"
    "  --unit UNIT     the tasks of UNIT in every document, as lead (chủ trì) or as\n"
    "                  coordinator (phối hợp);\n"
    "  --overdue       the tasks overdue on the reference date (with --unit: only\n"
    "                  those of UNIT);\n"
    "  --document DOC  only the tasks of DOC (alone: all of them).\n"
    "\n"
    "Options:\n"
    "  --unit UNIT         a unit's id or name (see 'congdoan tree')\n"
    "  --role ROLE         with --unit: lead, coordinator or any (the default)\n"
    "  --departments       with --unit: also the tasks of its departments and bodies\n"
    "                      (the tasks of LĐLĐ tỉnh include those of its Văn phòng)\n"
    "  --overdue           only the tasks overdue on the reference date\n"
    "  --document DOC      only the tasks of this document (id or number)\n"
    "  --at DATE           the reference date for the status and for overdue\n"
    "                      (default: today)\n"
    "  --table tasks       accepted for symmetry: tasks has one table\n"
    HELP_COMMON_OPTIONS
    HELP_DATES
    "\n"
    "A task is overdue when its due time has passed on the reference date and no\n"
    "report submitted by then says it is done or cancelled: a year means 31 December\n"
    "of that year; a recurring task (yearly, half-yearly …) is overdue when its last\n"
    "occurrence before the date has no report saying \"done\" for a period that holds\n"
    "it; an ongoing task (thường xuyên) is never overdue.\n"
    "\n"
    "Text columns: Mã (the task's id), Văn bản (the document), Vai trò (with --unit:\n"
    "chủ trì = lead, phối hợp = coordinator), Chủ trì (the lead), Hạn (the due time\n"
    "as coded: 2025, 2025-Q2, 2025-05, yearly, yearly:12-15, ongoing …), Đến ngày (the\n"
    "date it is due by: for an overdue recurring task the occurrence that was missed,\n"
    "else the next one), Tình trạng (the latest status reported by the reference\n"
    "date, with the period of that report: chưa triển khai = not started, đang thực\n"
    "hiện = in progress, hoàn thành = done, không thực hiện = cancelled, chưa báo cáo\n"
    "= no report), Quá hạn (overdue);\n"
    "under each row, the task's text and, when the document words it, its due time\n"
    "(Thời hạn).\n"
    "\n"
    "JSON output: {\"query\": {...}, \"at\": DATE, \"count\": N, \"tasks\": [...]}, each task\n"
    "with id, document, text, lead, coordinators, roles (with --unit), due (kind,\n"
    "code, text, date: the next due date, missed: the due date missed when overdue),\n"
    "status (not-started, in-progress, done, cancelled or null),\n"
    "status_report (id, unit_id, period, submitted, or null) and overdue (true or\n"
    "false). CSV output: one row per task.\n"
    "\n"
    HELP_EXIT_STATUS;

static int run_tasks(int argc, char **argv);

const command cmd_tasks = {
    .name = "tasks",
    .summary = "list tasks by unit and role, or those overdue on a date",
    .usage = "congdoan tasks [-d PATH]... [--format text|json|csv] (--unit UNIT [--role ROLE] [--departments] "
             "| --overdue | --document DOC) [--at DATE]",
    .run = run_tasks,
    .help = tasks_help,
};

typedef struct task_row {
    const congdoan_task *task;
    int roles;                       /* CONGDOAN_ROLE_* bits, 0 outside --unit */
    congdoan_task_status status;
    const congdoan_report *report;   /* the status comes from it, or NULL */
    int due;                         /* the due date on the reference date, or 0 */
    int overdue;
    int missed;                      /* overdue: the due date that passed (for a recurring
                                      * task the last occurrence before the date), else 0 */
} task_row;

typedef struct query {
    const congdoan_unit *unit;
    int roles;
    int departments;
    int overdue_only;
    const congdoan_document *document;
    int at;
} query;

static const char *due_kind_name(congdoan_due_kind kind)
{
    switch (kind) {
    case CONGDOAN_DUE_PERIOD: return "period";
    case CONGDOAN_DUE_RECURRING: return "recurring";
    case CONGDOAN_DUE_ONGOING: return "ongoing";
    default: return "none";
    }
}

static const char *role_words(int roles)
{
    if ((roles & CONGDOAN_ROLE_LEAD) && (roles & CONGDOAN_ROLE_COORDINATOR))
        return "chủ trì, phối hợp";
    if (roles & CONGDOAN_ROLE_LEAD)
        return "chủ trì";
    if (roles & CONGDOAN_ROLE_COORDINATOR)
        return "phối hợp";
    return "";
}

static const char *lead_label(const congdoan_task *task)
{
    const congdoan_unit *lead = congdoan_task_lead(task);
    return lead ? unit_label(lead) : congdoan_task_lead_id(task);
}

/* ---- gathering ---------------------------------------------------------------------------- */

/* The last due date of `task` strictly before `at`, or 0: for a recurring task the occurrence
 * that is overdue (congdoan_task_due_at() gives the next one). Occurrences are at most a year
 * apart, so they are walked forward from 400 days before. */
static int previous_due(const congdoan_task *task, int at)
{
    if (congdoan_task_due_kind(task) == CONGDOAN_DUE_PERIOD) {
        int due = congdoan_task_due_date(task);
        return due && due < at ? due : 0;
    }
    if (congdoan_task_due_kind(task) != CONGDOAN_DUE_RECURRING)
        return 0;
    int last = 0;
    int occurrence = congdoan_task_due_at(task, add_days(at, -400));
    for (int guard = 0; occurrence && occurrence < at && guard < 500; guard++) {
        last = occurrence;
        occurrence = congdoan_task_due_at(task, add_days(occurrence, 1));
    }
    return last;
}

static int add_row(task_row **rows, size_t *count, size_t *capacity, const congdoan_task *task, int roles,
                   const query *q)
{
    if (q->document && congdoan_task_document(task) != q->document)
        return 0;
    int overdue = congdoan_task_is_overdue(task, q->at);
    if (q->overdue_only && !overdue)
        return 0;
    if (*count == *capacity) {
        *capacity = *capacity ? *capacity * 2 : 32;
        *rows = xrealloc(*rows, *capacity * sizeof **rows);
    }
    task_row *r = &(*rows)[(*count)++];
    memset(r, 0, sizeof *r);
    r->task = task;
    r->roles = roles;
    r->overdue = overdue;
    r->due = congdoan_task_due_at(task, q->at);
    r->missed = overdue ? previous_due(task, q->at) : 0;
    if (congdoan_task_latest_status(task, q->at, &r->status, &r->report) != 0) {
        r->status = CONGDOAN_TASK_STATUS_NONE;
        r->report = NULL;
    }
    return 0;
}

/* Fill *rows with the tasks the query asks for. Returns 0 or a library status. */
static int gather(const congdoan_corpus *corpus, const query *q, task_row **rows, size_t *count)
{
    size_t capacity = 0;
    *rows = NULL;
    *count = 0;
    congdoan_task_list *list = NULL;
    int rc = 0;
    if (q->unit) {
        rc = congdoan_corpus_tasks_for_unit(corpus, q->unit, q->roles,
                                            q->departments ? CONGDOAN_TASKS_INCLUDE_DEPARTMENTS : 0, &list);
        for (size_t i = 0; rc == 0 && i < congdoan_task_list_count(list); i++)
            add_row(rows, count, &capacity, congdoan_task_list_get(list, i), congdoan_task_list_role(list, i), q);
    } else if (q->overdue_only) {
        rc = congdoan_corpus_overdue_tasks(corpus, q->document, q->at, &list);
        for (size_t i = 0; rc == 0 && i < congdoan_task_list_count(list); i++)
            add_row(rows, count, &capacity, congdoan_task_list_get(list, i), 0, q);
    } else {
        for (size_t i = 0; i < congdoan_document_task_count(q->document); i++)
            add_row(rows, count, &capacity, congdoan_document_task(q->document, i), 0, q);
    }
    congdoan_task_list_free(list);
    return rc;
}

/* ---- output ------------------------------------------------------------------------------- */

static void print_text(const query *q, const task_row *rows, size_t count, int width)
{
    FILE *out = stdout;
    char date[16];
    size_t overdue = 0;
    for (size_t i = 0; i < count; i++)
        overdue += rows[i].overdue != 0;

    fputs(q->overdue_only ? "Nhiệm vụ quá hạn" : "Nhiệm vụ", out);
    if (q->unit) {
        const char *name = unit_label(q->unit), *id = congdoan_unit_id(q->unit);
        if (q->roles == CONGDOAN_ROLE_LEAD)
            fprintf(out, " do %s (%s) chủ trì", name, id);
        else if (q->roles == CONGDOAN_ROLE_COORDINATOR)
            fprintf(out, " %s (%s) phối hợp thực hiện", name, id);
        else
            fprintf(out, " của %s (%s), chủ trì hoặc phối hợp", name, id);
        if (q->departments)
            fputs(", kể cả các ban, cơ quan của đơn vị", out);
    }
    if (q->document)
        fprintf(out, " trong %s", document_label(q->document));
    fprintf(out, "\nTính đến ngày %s: %zu nhiệm vụ", format_date(date, q->at), count);
    if (!q->overdue_only)
        fprintf(out, ", %zu quá hạn", overdue);
    fputs(".\n", out);
    if (count == 0)
        return;
    fputc('\n', out);

    table *t = table_new(8);
    table_column(t, 0, "Mã", ALIGN_LEFT, 0);
    table_column(t, 1, "Văn bản", ALIGN_LEFT, 0);
    table_column(t, 2, "Vai trò", ALIGN_LEFT, 0);
    table_column(t, 3, "Chủ trì", ALIGN_LEFT, 30);
    table_column(t, 4, "Hạn", ALIGN_LEFT, 0);
    table_column(t, 5, "Đến ngày", ALIGN_LEFT, 0);
    table_column(t, 6, "Tình trạng", ALIGN_LEFT, 0);
    table_column(t, 7, "Quá hạn", ALIGN_LEFT, 0);
    table_flex(t, 3);
    for (size_t i = 0; i < count; i++) {
        const task_row *r = &rows[i];
        table_row(t);
        table_set(t, 0, congdoan_task_id(r->task));
        table_set(t, 1, document_label(congdoan_task_document(r->task)));
        table_set(t, 2, role_words(r->roles));
        table_set(t, 3, lead_label(r->task));
        table_set(t, 4, congdoan_task_due_code(r->task));
        /* an overdue recurring task: the occurrence missed, not the next one */
        table_set(t, 5, format_date(date, r->missed ? r->missed : r->due));
        /* the period reported on: "hoàn thành (2023)" may be old news for a yearly task */
        if (r->report)
            table_setf(t, 6, "%s (%s)", task_status_words(r->status), congdoan_report_period(r->report));
        else
            table_set(t, 6, task_status_words(r->status));
        table_set(t, 7, r->overdue ? "quá hạn" : NULL);
        const char *due_text = congdoan_task_due_text(r->task);
        char *detail = due_text ? xprintf("%s\nThời hạn: %s", congdoan_task_text(r->task), due_text)
                                : xstrdup(congdoan_task_text(r->task));
        table_detail(t, detail);
        free(detail);
    }
    table_print(t, out, 0, width);
    table_free(t);
}

static void json_roles(jw_writer *w, int roles)
{
    jw_begin_array(w);
    if (roles & CONGDOAN_ROLE_LEAD)
        jw_string(w, "lead");
    if (roles & CONGDOAN_ROLE_COORDINATOR)
        jw_string(w, "coordinator");
    jw_end_array(w);
}

static void print_json(const query *q, const task_row *rows, size_t count)
{
    jw_writer w;
    jw_init(&w, stdout);
    jw_begin_object(&w);
    jw_key(&w, "query");
    jw_begin_object(&w);
    jw_key(&w, "unit");
    jw_unit(&w, q->unit);
    jw_key(&w, "roles");
    if (q->unit)
        json_roles(&w, q->roles);
    else
        jw_null(&w);
    jw_kv_bool(&w, "departments", q->departments);
    jw_key(&w, "document");
    jw_document(&w, q->document);
    jw_kv_bool(&w, "overdue_only", q->overdue_only);
    jw_end_object(&w);
    jw_kv_date(&w, "at", q->at);
    jw_kv_integer(&w, "count", (long long)count);
    jw_key(&w, "tasks");
    jw_begin_array(&w);
    for (size_t i = 0; i < count; i++) {
        const task_row *r = &rows[i];
        const congdoan_task *task = r->task;
        jw_begin_object(&w);
        jw_kv_string(&w, "id", congdoan_task_id(task));
        jw_key(&w, "document");
        jw_document(&w, congdoan_task_document(task));
        jw_kv_string(&w, "text", congdoan_task_text(task));
        jw_key(&w, "lead");
        if (congdoan_task_lead(task))
            jw_unit(&w, congdoan_task_lead(task));
        else if (congdoan_task_lead_id(task)) {
            jw_begin_object(&w);
            jw_kv_string(&w, "id", congdoan_task_lead_id(task));
            jw_kv_null(&w, "name");
            jw_kv_null(&w, "short_name");
            jw_end_object(&w);
        } else
            jw_null(&w);
        jw_key(&w, "coordinators");
        jw_begin_array(&w);
        for (size_t k = 0; k < congdoan_task_coordinator_count(task); k++) {
            const congdoan_unit *u = congdoan_task_coordinator(task, k);
            jw_begin_object(&w);
            jw_kv_string(&w, "id", congdoan_task_coordinator_id(task, k));
            jw_kv_string(&w, "name", u ? congdoan_unit_name(u) : NULL);
            jw_kv_string(&w, "text", congdoan_task_coordinator_text(task, k));
            jw_end_object(&w);
        }
        jw_end_array(&w);
        jw_key(&w, "roles");
        if (q->unit)
            json_roles(&w, r->roles);
        else
            jw_null(&w);
        jw_key(&w, "due");
        jw_begin_object(&w);
        jw_kv_string(&w, "kind", due_kind_name(congdoan_task_due_kind(task)));
        jw_kv_string(&w, "code", congdoan_task_due_code(task));
        jw_kv_string(&w, "text", congdoan_task_due_text(task));
        jw_kv_date(&w, "date", r->due);
        jw_kv_date(&w, "missed", r->missed);
        jw_end_object(&w);
        jw_kv_string(&w, "status", r->status ? congdoan_task_status_name(r->status) : NULL);
        jw_key(&w, "status_report");
        if (r->report) {
            jw_begin_object(&w);
            jw_kv_string(&w, "id", congdoan_report_id(r->report));
            jw_kv_string(&w, "unit_id", congdoan_report_unit_id(r->report));
            jw_kv_string(&w, "period", congdoan_report_period(r->report));
            jw_kv_date(&w, "submitted", congdoan_report_submitted(r->report));
            jw_end_object(&w);
        } else {
            jw_null(&w);
        }
        jw_kv_bool(&w, "overdue", r->overdue);
        jw_end_object(&w);
    }
    jw_end_array(&w);
    jw_end_object(&w);
    jw_finish(&w);
}

static void print_csv(const query *q, const task_row *rows, size_t count)
{
    static const char *const header[] = {"id", "document_id", "document_number", "roles", "lead_id", "lead_name",
                                         "due_kind", "due_code", "due_text", "due_date", "due_missed", "status", "status_report",
                                         "overdue", "text", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    csv_header(&w, header);
    for (size_t i = 0; i < count; i++) {
        const task_row *r = &rows[i];
        const congdoan_task *task = r->task;
        const congdoan_document *doc = congdoan_task_document(task);
        const congdoan_unit *lead = congdoan_task_lead(task);
        csv_string(&w, congdoan_task_id(task));
        csv_string(&w, congdoan_document_id(doc));
        csv_string(&w, congdoan_document_number(doc));
        if (!q->unit)
            csv_empty(&w);
        else if ((r->roles & CONGDOAN_ROLE_LEAD) && (r->roles & CONGDOAN_ROLE_COORDINATOR))
            csv_string(&w, "lead coordinator");
        else
            csv_string(&w, (r->roles & CONGDOAN_ROLE_LEAD) ? "lead" : "coordinator");
        csv_string(&w, congdoan_task_lead_id(task));
        csv_string(&w, lead ? congdoan_unit_name(lead) : NULL);
        csv_string(&w, due_kind_name(congdoan_task_due_kind(task)));
        csv_string(&w, congdoan_task_due_code(task));
        csv_string(&w, congdoan_task_due_text(task));
        csv_date(&w, r->due);
        csv_date(&w, r->missed);
        csv_string(&w, r->status ? congdoan_task_status_name(r->status) : NULL);
        csv_string(&w, r->report ? congdoan_report_id(r->report) : NULL);
        csv_string(&w, r->overdue ? "true" : "false");
        csv_string(&w, congdoan_task_text(task));
        csv_end_row(&w);
    }
}

/* ---- the command -------------------------------------------------------------------------- */

static int run_tasks(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *unit_arg = NULL, *doc_arg = NULL, *at_arg = NULL, *role_arg = NULL;
    query q;
    memset(&q, 0, sizeof q);
    q.roles = CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *arg = argv[i];
        if (parse_common_option(&cmd_tasks, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, arg))
            status = usage_error(&cmd_tasks, "unexpected argument '%s' (the options say what to list)", arg);
        else if (option_value(&cmd_tasks, argc, argv, &i, "--unit", NULL, &unit_arg, &status))
            continue;
        else if (option_value(&cmd_tasks, argc, argv, &i, "--document", NULL, &doc_arg, &status))
            continue;
        else if (option_value(&cmd_tasks, argc, argv, &i, "--at", NULL, &at_arg, &status))
            continue;
        else if (option_value(&cmd_tasks, argc, argv, &i, "--role", NULL, &role_arg, &status))
            continue;
        else if (strcmp(arg, "--overdue") == 0)
            q.overdue_only = 1;
        else if (strcmp(arg, "--departments") == 0)
            q.departments = 1;
        else
            status = usage_error(&cmd_tasks, "unknown option '%s'", arg);
    }
    if (status < 0 && role_arg) {
        if (strcmp(role_arg, "lead") == 0)
            q.roles = CONGDOAN_ROLE_LEAD;
        else if (strcmp(role_arg, "coordinator") == 0)
            q.roles = CONGDOAN_ROLE_COORDINATOR;
        else if (strcmp(role_arg, "any") != 0)
            status = usage_error(&cmd_tasks, "unknown role '%s' (use lead, coordinator or any)", role_arg);
    }
    if (status < 0 && role_arg && !unit_arg)
        status = usage_error(&cmd_tasks, "--role goes with --unit");
    if (status < 0 && q.departments && !unit_arg)
        status = usage_error(&cmd_tasks, "--departments goes with --unit");
    if (status < 0 && !unit_arg && !q.overdue_only && !doc_arg)
        status = usage_error(&cmd_tasks, "say which tasks: --unit UNIT, --overdue or --document DOC");
    q.at = today_ymd();
    if (status < 0 && at_arg)
        parse_date_option(&cmd_tasks, "--at", at_arg, &q.at, &status);
    if (status < 0 && o.format == FORMAT_CSV && o.table && strcmp(o.table, "tasks") != 0)
        status = usage_error(&cmd_tasks, "unknown table '%s' (tasks has one table: tasks)", o.table);
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    status = load_data(&cmd_tasks, &o, &corpus);
    if (status == EXIT_OK && unit_arg)
        status = find_unit(corpus, unit_arg, &q.unit);
    if (status == EXIT_OK && doc_arg)
        status = find_document(corpus, doc_arg, &q.document);
    task_row *rows = NULL;
    size_t count = 0;
    if (status == EXIT_OK) {
        int rc = gather(corpus, &q, &rows, &count);
        if (rc != 0) {
            print_library_error(rc, "cannot list the tasks");
            status = EXIT_USAGE;
        }
    }
    if (status == EXIT_OK) {
        if (o.format == FORMAT_JSON)
            print_json(&q, rows, count);
        else if (o.format == FORMAT_CSV)
            print_csv(&q, rows, count);
        else
            print_text(&q, rows, count, text_width(&o));
    }
    free(rows);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
