/*
 * congdoan tasks — whose tasks, due when, in what state, and what is overdue.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_UNIT = 1, OPT_ROLE, OPT_DEPARTMENTS, OPT_OVERDUE, OPT_DOCUMENT, OPT_AT };

static const option_spec tasks_options[] = {
    {OPT_UNIT, "unit", 0, "UNIT",
     "the tasks of UNIT in every document, as lead (chủ trì) or coordinator (phối hợp); UNIT as people name it "
     "(see 'congdoan tree')",
     COMPLETE_UNIT, NULL},
    {OPT_ROLE, "role", 0, "ROLE", "with --unit: lead, coordinator or any (the default)", COMPLETE_CHOICES,
     "lead|coordinator|any"},
    {OPT_DEPARTMENTS, "departments", 0, NULL,
     "with --unit: also the tasks of its departments and bodies (the tasks of LĐLĐ tỉnh include those of its "
     "Văn phòng)",
     COMPLETE_NONE, NULL},
    {OPT_OVERDUE, "overdue", 0, NULL, "only the tasks overdue on the reference date", COMPLETE_NONE, NULL},
    {OPT_DOCUMENT, "document", 0, "DOC", "only the tasks of this document (its number or id)", COMPLETE_DOCUMENT,
     NULL},
    {OPT_AT, "at", 0, "DATE", "the reference date for the status and for overdue (default: today)", COMPLETE_NONE,
     NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_tasks(const command *cmd, const parsed_args *a);

const command cmd_tasks = {
    .name = "tasks",
    .summary = "list tasks by unit and role, or those overdue on a date",
    .description =
        "List tasks (nhiệm vụ) with their document, lead, due time, latest reported status and whether they "
        "are overdue: the tasks of a unit (--unit), those overdue on a date (--overdue), the tasks of a "
        "document (--document), or these combined.\n\n"
        "A task is overdue when its due time has passed on the reference date and no report submitted by then "
        "says it is done or cancelled: a year means 31 December of that year; a recurring task (hằng năm, 6 "
        "tháng một lần …) is overdue when its last occurrence before the date has no report saying it is done "
        "for a period that holds it; an ongoing task (thường xuyên) is never overdue.",
    .options = tasks_options,
    .common = COMMON_READING | COMMON_TABLE,
    .tables = "tasks",
    .output =
        "Text: a heading, then one row per task: Mã (its id), Văn bản (its document, unless --document "
        "names it), Vai trò (with --unit: chủ trì or phối hợp), Chủ trì (the lead), Hạn (the due time: năm "
        "2025, quý II/2025, thường xuyên; for a recurring task such as hằng năm also the date that counts: "
        "the occurrence missed when it is overdue, else the next one), Tình trạng (the latest status reported by the reference date, with the "
        "period of that report: chưa triển khai, đang thực hiện, hoàn thành, không thực hiện, or chưa báo cáo "
        "when no report gives one), Quá hạn; under each row the task's text and, when the document words it, "
        "its due time (Thời hạn). Then the counts.\n\n"
        "JSON and CSV: one \"task\" row per task (FORMATS.md), at the reference date.",
    .run = run_tasks,
};

enum { SHOW_DOCUMENT, SHOW_ROLE, SHOW_LEAD, SHOW_DUE, SHOW_STATUS, SHOW_OVERDUE, SHOW_TEXT, SHOW_COUNT };

static const column_view task_view[] = {
    {"Mã", TASK_ID, ALIGN_LEFT, 0},
    {"Văn bản", SHOW(SHOW_DOCUMENT), ALIGN_LEFT, 0},
    {"Vai trò", SHOW(SHOW_ROLE), ALIGN_LEFT, 0},
    {"Chủ trì", SHOW(SHOW_LEAD), ALIGN_LEFT, COL_WRAP},
    {"Hạn", SHOW(SHOW_DUE), ALIGN_LEFT, COL_WRAP},
    {"Tình trạng", SHOW(SHOW_STATUS), ALIGN_LEFT, COL_WRAP},
    {"Quá hạn", SHOW(SHOW_OVERDUE), ALIGN_LEFT, 0},
    {"Nội dung", SHOW(SHOW_TEXT), ALIGN_LEFT, COL_DETAIL},
};

static const table_spec tasks_table = {"tasks", &task_schema, task_view, sizeof task_view / sizeof task_view[0],
                                       SHOW_COUNT, 0, 0};

typedef struct query {
    const congdoan_unit *unit;
    int roles;
    int departments;
    int overdue_only;
    const congdoan_document *document;
    int at;
    size_t count, overdue;
} query;

static void emit(renderer *out, row *r, query *q, const congdoan_task *task, int roles)
{
    if (q->document && congdoan_task_document(task) != q->document)
        return;
    int overdue = congdoan_task_is_overdue(task, q->at);
    if (q->overdue_only && !overdue)
        return;
    q->count++;
    q->overdue += overdue != 0;
    row_clear(r);
    fill_task_row(r, task, q->at, q->unit ? roles : -1);
    if (!q->document) /* one document: said once in the heading */
        row_show(r, SHOW_DOCUMENT, document_label(congdoan_task_document(task)));
    if (q->unit)
        row_show(r, SHOW_ROLE, congdoan_role_label(roles));
    const congdoan_unit *lead = congdoan_task_lead(task);
    row_show(r, SHOW_LEAD, lead                          ? unit_label(lead)
                           : congdoan_task_lead_id(task) ? congdoan_task_lead_id(task)
                                                         : congdoan_task_lead_text(task)); /* 1.2: a class */
    /* the due time in words; for a recurring task also the date of the occurrence that counts
     * (the one missed when overdue, else the next one) */
    char *due = NULL;
    if (congdoan_task_due_label(task, &due) == 0 && due) {
        int date = overdue ? congdoan_task_due_before(task, q->at) : congdoan_task_due_at(task, q->at);
        char buf[16];
        if (congdoan_task_due_kind(task) == CONGDOAN_DUE_RECURRING && date)
            row_showf(r, SHOW_DUE, "%s (%s)", due, format_date(buf, date));
        else
            row_show(r, SHOW_DUE, row_keep(r, xstrdup(due)));
        congdoan_free(due);
    }
    congdoan_task_status status = CONGDOAN_TASK_STATUS_NONE;
    const congdoan_report *report = NULL;
    if (congdoan_task_latest_status(task, q->at, &status, &report) != 0)
        report = NULL;
    /* the period reported on: "hoàn thành (2023)" may be old news for a yearly task */
    if (report) {
        char *period = period_words(congdoan_report_period(report));
        row_showf(r, SHOW_STATUS, "%s (%s)", congdoan_task_status_label(status), period);
        free(period);
    } else {
        row_show(r, SHOW_STATUS, congdoan_task_status_label(CONGDOAN_TASK_STATUS_NONE));
    }
    if (overdue)
        row_show(r, SHOW_OVERDUE, "quá hạn");
    const char *due_text = congdoan_task_due_text(task);
    if (due_text)
        row_showf(r, SHOW_TEXT, "%s (Thời hạn: %s)", congdoan_task_text(task), due_text);
    else
        row_show(r, SHOW_TEXT, congdoan_task_text(task));
    render_row(out, r);
}

static void heading(renderer *out, const query *q)
{
    char date[16];
    const char *what = q->overdue_only ? "Nhiệm vụ quá hạn" : "Nhiệm vụ";
    char *who = NULL;
    if (q->unit) {
        const char *name = unit_label(q->unit), *id = congdoan_unit_id(q->unit);
        const char *dept = q->departments ? ", kể cả các ban, cơ quan của đơn vị" : "";
        if (q->roles == CONGDOAN_ROLE_LEAD)
            who = xprintf(" do %s (%s) chủ trì%s", name, id, dept);
        else if (q->roles == CONGDOAN_ROLE_COORDINATOR)
            who = xprintf(" %s (%s) phối hợp thực hiện%s", name, id, dept);
        else
            who = xprintf(" của %s (%s), chủ trì hoặc phối hợp%s", name, id, dept);
    }
    render_text(out, 0, "%s%s%s%s, tính đến ngày %s", what, who ? who : "", q->document ? " trong " : "",
                q->document ? document_label(q->document) : "", format_date(date, q->at));
    render_text(out, 0, "%s", "");
    free(who);
}

static int run_tasks(const command *cmd, const parsed_args *a)
{
    query q;
    memset(&q, 0, sizeof q);
    q.roles = CONGDOAN_ROLE_LEAD | CONGDOAN_ROLE_COORDINATOR;
    q.overdue_only = flag(a, OPT_OVERDUE);
    q.departments = flag(a, OPT_DEPARTMENTS);
    const char *role = opt(a, OPT_ROLE);
    if (role && strcmp(role, "lead") == 0)
        q.roles = CONGDOAN_ROLE_LEAD;
    else if (role && strcmp(role, "coordinator") == 0)
        q.roles = CONGDOAN_ROLE_COORDINATOR;
    if (a->arg_count)
        return usage_error(cmd, "unexpected argument '%s' (the options say which tasks)", a->args[0]);
    if (role && !opt(a, OPT_UNIT))
        return usage_error(cmd, "--role goes with --unit");
    if (q.departments && !opt(a, OPT_UNIT))
        return usage_error(cmd, "--departments goes with --unit");
    if (!opt(a, OPT_UNIT) && !q.overdue_only && !opt(a, OPT_DOCUMENT))
        return usage_error(cmd, "say which tasks: --unit UNIT, --overdue or --document DOC");
    int status = -1;
    q.at = today_ymd();
    if (opt(a, OPT_AT) && !parse_date_option(cmd, "--at", opt(a, OPT_AT), &q.at, &status))
        return status;
    if (chosen_table(cmd, a) < 0)
        return EXIT_USAGE;

    congdoan_corpus *corpus = NULL;
    status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK && opt(a, OPT_UNIT))
        status = find_unit(corpus, opt(a, OPT_UNIT), &q.unit);
    if (status == EXIT_OK && opt(a, OPT_DOCUMENT))
        status = find_document(corpus, opt(a, OPT_DOCUMENT), &q.document);
    congdoan_task_list *list = NULL;
    if (status == EXIT_OK) {
        int rc = 0;
        if (q.unit)
            rc = congdoan_corpus_tasks_for_unit(corpus, q.unit, q.roles,
                                                q.departments ? CONGDOAN_TASKS_INCLUDE_DEPARTMENTS : 0, &list);
        else if (q.overdue_only)
            rc = congdoan_corpus_overdue_tasks(corpus, q.document, q.at, &list);
        if (rc != 0) {
            print_library_error(rc, "cannot list the tasks");
            status = EXIT_USAGE;
        }
    }
    if (status != EXIT_OK) {
        congdoan_corpus_free(corpus);
        return status;
    }

    renderer *out = start_output(cmd, a, NULL);
    render_meta_open(out, "query");
    render_meta_str(out, "unit_id", q.unit ? congdoan_unit_id(q.unit) : NULL);
    if (q.unit) {
        const char *roles[2];
        size_t n = 0;
        if (q.roles & CONGDOAN_ROLE_LEAD)
            roles[n++] = "lead";
        if (q.roles & CONGDOAN_ROLE_COORDINATOR)
            roles[n++] = "coordinator";
        render_meta_list(out, "roles", roles, n);
    } else {
        render_meta_str(out, "roles", NULL);
    }
    render_meta_bool(out, "departments", q.departments);
    render_meta_str(out, "document_id", q.document ? congdoan_document_id(q.document) : NULL);
    render_meta_bool(out, "overdue_only", q.overdue_only);
    render_meta_date(out, "at", q.at);
    render_meta_close(out);
    heading(out, &q);

    row r;
    row_init(&r, &tasks_table);
    render_table_begin(out, &tasks_table);
    if (list)
        for (size_t i = 0; i < congdoan_task_list_count(list); i++)
            emit(out, &r, &q, congdoan_task_list_get(list, i), congdoan_task_list_role(list, i));
    else
        for (size_t i = 0; i < congdoan_document_task_count(q.document); i++)
            emit(out, &r, &q, congdoan_document_task(q.document, i), 0);
    render_table_end(out);
    row_release(&r);
    if (q.count == 0)
        render_text(out, 0, "Không có nhiệm vụ nào.");
    else if (q.overdue_only)
        render_text(out, 0, "\n%zu nhiệm vụ quá hạn.", q.count);
    else if (q.overdue == 0)
        render_text(out, 0, "\n%zu nhiệm vụ, không có nhiệm vụ nào quá hạn.", q.count);
    else
        render_text(out, 0, "\n%zu nhiệm vụ, trong đó %zu quá hạn.", q.count, q.overdue);
    congdoan_task_list_free(list);
    congdoan_corpus_free(corpus);
    return finish_output(out, EXIT_OK);
}
