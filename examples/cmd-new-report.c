/*
 * congdoan new-report — the skeleton of the report a unit owes against a document for a period.
 *
 *   congdoan new-report [-d PATH]... --unit UNIT [--document DOC] [--period P] [--id ID]
 *                       [--all-tasks] [-o FILE [--force]]
 *
 * The report is built with the editing API in the loaded corpus, so that every id it names is
 * checked against the document: one empty slot (congdoan_report_add_empty_value(), vocabulary
 * 1.2: `<value indicator="x"/>`, no figure) per indicator the unit reports a figure for, and one
 * empty task status (`<task-status task="t"/>`, no status) per task it leads or coordinates. An
 * empty slot is "not filled yet": progress reads it as no data (never as a 0), and a report of
 * nothing but empty slots without a submission date is a skeleton, which completeness counts as
 * not submitted (congdoan_report_is_skeleton()). It is written with congdoan_write_report():
 * valid by construction. The editing API makes no comments, so the comments that tell the clerk
 * what each slot is are put in afterwards, between the lines of the writer's canonical output
 * (one element per line, two spaces of indentation: writer.h), each on the line before the
 * element it describes, where the writer keeps it: `congdoan fmt` gives the skeleton back byte
 * for byte. The skeleton is written as the writer hands its lines over, into a temporary file
 * (-o's, next to FILE; for standard output one in $TMPDIR), read back from there with
 * congdoan_corpus_load_file() as a check of that step, and only then put in place or sent.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OPT_UNIT = 1, OPT_DOCUMENT, OPT_PERIOD, OPT_ID, OPT_ALL_TASKS, OPT_OUTPUT, OPT_FORCE };

static const option_spec new_report_options[] = {
    {OPT_UNIT, "unit", 0, N_("UNIT"), N_("the reporting unit (as people name it); required"), COMPLETE_UNIT, NULL},
    {OPT_DOCUMENT, "document", 0, N_("DOC"),
     N_("the plan or programme reported on (its number or id); default: the one document in the data that asks UNIT "
     "for reports"),
     COMPLETE_DOCUMENT, NULL},
    {OPT_PERIOD, "period", 0, N_("P"),
     N_("the period reported on: 2025, 2025-H1, 2025-Q3, 2025-06; default: the document's only report deadline"),
     COMPLETE_NONE, NULL},
    {OPT_ID, "id", 0, N_("ID"), N_("the id of the new report (default: bc-UNIT-PERIOD, made unique in the data with -2, -3 …)"),
     COMPLETE_NONE, NULL},
    {OPT_ALL_TASKS, "all-tasks", 0, NULL, N_("list every task of the document, not only UNIT's"), COMPLETE_NONE, NULL},
    {OPT_OUTPUT, "output", 'o', N_("FILE"),
     N_("write to FILE (atomically) instead of standard output; an existing FILE is not replaced without --force"),
     COMPLETE_FILE, NULL},
    {OPT_FORCE, "force", 0, NULL, N_("replace FILE when it exists"), COMPLETE_NONE, NULL},
    {0, NULL, 0, NULL, NULL, COMPLETE_NONE, NULL},
};

static int run_new_report(const command *cmd, const parsed_args *a);

const command cmd_new_report = {
    .name = "new-report",
    .summary = N_("write the skeleton of the report a unit owes for a period"),
    .description =
        N_("Write the skeleton of the report (báo cáo) that UNIT owes against a plan or programme for a period, for "
        "a clerk to fill in: an XML file of the congdoan vocabulary with one <report>, and in it\n"
        "  - for every indicator (chỉ tiêu) of the document, a comment with its id, its text, its target and\n"
        "    what to fill in (a plain figure, or a numerator and a denominator), followed by an empty slot\n"
        "    <value indicator=\"...\"/> (coverage=\"subtree\" where the figure is for UNIT and the unions under\n"
        "    it) to which the clerk adds the figures. Indicators computed from the units' classifications\n"
        "    need no figure and have no slot;\n"
        "  - for every task (nhiệm vụ) in which UNIT or one of its departments is the lead or a coordinator\n"
        "    (every task of the document with --all-tasks), a comment with its id, section, role, lead, due\n"
        "    time and text, followed by an empty <task-status task=\"...\"/> to which the clerk adds a status\n"
        "    (not-started, in-progress, done or cancelled), the completion date of a done task, and the\n"
        "    results written inside it.\n"
        "A comment at the top gives the document's number, date and title, the period, where the report goes "
        "and by when, and how to fill it in, in Vietnamese. The skeleton is valid as it is: 'congdoan validate' "
        "accepts it, 'congdoan fmt' leaves it as it is, and until something is filled in it reports nothing: "
        "an empty slot is no data to 'congdoan progress' and a skeleton alone leaves UNIT among the reports "
        "missing (vocabulary 1.2).\n\n"
        "A note on standard error says when UNIT already has a report for the period, or is not among the units "
        "the document asks reports from."),
    .options = new_report_options,
    .common = COMMON_DATA,
    .exit_status = N_("  0  the skeleton was written\n"
                   "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
                   "  2  a usage error (unknown option, a bad period or id, the period or document\n"
                   "     left out when it cannot be guessed, an id already used, FILE exists) or an\n"
                   "     I/O error\n"),
    .run = run_new_report,
};

/* The width the comments are wrapped to. */
#define COMMENT_WIDTH 100

/* ---- comments ----------------------------------------------------------------------------- */

/* Text made safe inside an XML comment: "--" may not occur in one (a space goes between the
 * two hyphens), and white space (line breaks of a text, tabs) becomes single spaces. malloc'd. */
static char *comment_safe(const char *s)
{
    sbuf b = {0};
    char prev = ' ';
    sb_puts(&b, "");
    for (; *s; s++) {
        char c = *s;
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
        if (c == ' ' && prev == ' ')
            continue;
        if (c == '-' && prev == '-')
            sb_put(&b, " ", 1);
        sb_put(&b, &c, 1);
        prev = c;
    }
    while (b.len > 0 && b.data[b.len - 1] == ' ')
        b.data[--b.len] = '\0';
    return b.data;
}

/* Append `text` (already comment-safe, one line) wrapped into lines of at most `width` cells,
 * each line starting with `indent` (the first with `first` when not NULL). Words longer than a
 * line stay whole. */
static void sb_wrap(sbuf *b, const char *text, const char *first, const char *indent, size_t width)
{
    size_t indent_width = display_width(indent);
    const char *lead = first ? first : indent;
    size_t column = display_width(lead);
    sb_puts(b, lead);
    int at_line_start = 1;
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        char *word = xmalloc((size_t)(end - p) + 1);
        memcpy(word, p, (size_t)(end - p));
        word[end - p] = '\0';
        size_t w = display_width(word);
        if (!at_line_start && column + 1 + w > width) {
            sb_puts(b, "\n");
            sb_puts(b, indent);
            column = indent_width;
            at_line_start = 1;
        }
        if (!at_line_start) {
            sb_puts(b, " ");
            column++;
        }
        sb_puts(b, word);
        column += w;
        at_line_start = 0;
        free(word);
        p = end;
    }
}

/* One comment: the paragraphs (each comment-unsafe text, or NULL to skip) wrapped at
 * COMMENT_WIDTH under "<!-- " with `indent` before it; the first paragraph starts on the
 * comment's first line, the others on lines of their own. */
static void sb_comment(sbuf *b, const char *indent, const char *const *paragraphs, size_t count)
{
    char *first = xprintf("%s<!-- ", indent);
    char *rest = xprintf("%s     ", indent);
    int started = 0;
    for (size_t i = 0; i < count; i++) {
        if (!paragraphs[i] || !*paragraphs[i])
            continue;
        char *safe = comment_safe(paragraphs[i]);
        if (started)
            sb_puts(b, "\n");
        sb_wrap(b, safe, started ? NULL : first, rest, COMMENT_WIDTH);
        started = 1;
        free(safe);
    }
    if (!started)
        sb_puts(b, first);
    sb_puts(b, " -->\n");
    free(first);
    free(rest);
}

/* ---- words -------------------------------------------------------------------------------- */

/* "CĐCS doanh nghiệp nhà nước, doanh nghiệp ngoài nhà nước", as the programmes say it, or NULL
 * when not limited. malloc'd. */
static char *scope_words(const congdoan_indicator *ind)
{
    congdoan_level level = congdoan_indicator_scope_level(ind);
    int sectors = congdoan_indicator_scope_sectors(ind);
    if (level == CONGDOAN_LEVEL_UNKNOWN && sectors == 0)
        return NULL;
    sbuf b = {0};
    const char *noun = congdoan_level_noun(level);
    sb_puts(&b, noun ? noun : "đơn vị"); /* sectors without a level */
    int n = 0;
    for (int s = CONGDOAN_SECTOR_PUBLIC; s <= CONGDOAN_SECTOR_NON_STATE_ENTERPRISE; s++)
        if (sectors & (1 << s)) {
            sb_puts(&b, n++ ? ", " : " ");
            sb_puts(&b, congdoan_sector_label((congdoan_sector)s));
        }
    return b.data;
}

/* The labels of the sections around `section`, outermost first, run together ("IV.2."), bullets
 * ("-") left out, and the title of the nearest section that has one. malloc'd; "" when none. */
static char *section_words(const congdoan_section *section)
{
    const congdoan_section *chain[64];
    size_t depth = 0;
    for (const congdoan_section *s = section; s && depth < 64; s = congdoan_section_parent(s))
        chain[depth++] = s;
    sbuf b = {0};
    sb_puts(&b, "");
    for (size_t k = depth; k-- > 0;) {
        const char *number = congdoan_section_number(chain[k]);
        if (number && strcmp(number, "-") != 0 && strcmp(number, "+") != 0)
            sb_puts(&b, number);
    }
    const char *title = NULL;
    for (size_t k = 0; k < depth && !title; k++)
        title = congdoan_section_title(chain[k]);
    if (title) {
        if (b.len)
            sb_puts(&b, " ");
        sb_puts(&b, title);
    }
    return b.data;
}

/* The due time of a task as the clerk reads it: the document's words, else the library's
 * (congdoan_task_due_label: "quý II/2025", "hằng năm"). malloc'd or NULL. */
static char *due_words(const congdoan_task *task)
{
    const char *text = congdoan_task_due_text(task);
    char *label = NULL;
    if (congdoan_task_due_label(task, &label) != 0 || !label)
        return text ? xstrdup(text) : NULL;
    /* a recurrence in the document's words and the library's: "hằng năm (hằng năm, ngày 15/12)" is one
     * too many; keep the document's words and the coded day */
    char *s = text ? (congdoan_task_due_kind(task) == CONGDOAN_DUE_RECURRING ? xprintf("%s (%s)", text, label)
                                                                            : xstrdup(text))
                   : xstrdup(label);
    congdoan_free(label);
    return s;
}

/* "Chương trình số 13/CTr-LĐLĐ ngày 27/02/2025", as documents cite each other. malloc'd. */
static char *document_citation(const congdoan_document *doc)
{
    const char *kind = congdoan_document_kind_vietnamese(congdoan_document_get_kind(doc));
    const char *number = congdoan_document_number(doc);
    char date[16];
    sbuf b = {0};
    sb_puts(&b, kind ? kind : "Văn bản");
    if (number)
        sb_printf(&b, " số %s", number);
    else
        sb_printf(&b, " %s", congdoan_document_id(doc));
    if (congdoan_document_issued(doc))
        sb_printf(&b, " ngày %s", format_date(date, congdoan_document_issued(doc)));
    return b.data;
}

/* ---- what the unit owes ------------------------------------------------------------------- */

/* Whether the document asks `unit` for reports (the library's rule: its reporters, or the
 * organisations directly under the issuer). */
static int asks_reports_from(const congdoan_document *doc, const congdoan_unit *unit)
{
    return congdoan_document_has_reporting(doc) && congdoan_document_expects(doc, unit, NULL);
}

/* The one document that asks `unit` for reports, or NULL after a usage error. */
static const congdoan_document *default_document(const congdoan_corpus *corpus, const congdoan_unit *unit,
                                                 int *status)
{
    const congdoan_document *found = NULL;
    size_t count = 0;
    for (size_t i = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (asks_reports_from(d, unit) && count++ == 0)
            found = d;
    }
    if (count == 1)
        return found;
    if (count == 0) {
        *status = usage_error(&cmd_new_report, "no document in the data asks %s for reports: say which with --document",
                              congdoan_unit_id(unit));
        return NULL;
    }
    fflush(stdout);
    fprintf(stderr, _("%s new-report: %zu documents ask %s for reports; say which with --document:"), PROGRAM_NAME,
            count, congdoan_unit_id(unit));
    for (size_t i = 0, k = 0; i < congdoan_corpus_document_count(corpus); i++) {
        const congdoan_document *d = congdoan_corpus_document(corpus, i);
        if (asks_reports_from(d, unit))
            fprintf(stderr, "%s %s", k++ ? "," : "", document_label(d));
    }
    fputc('\n', stderr);
    *status = EXIT_USAGE;
    return NULL;
}

/* The document's only report deadline's period, or NULL after a usage error. */
static const char *default_period(const congdoan_document *doc, int *status)
{
    size_t n = congdoan_document_deadline_count(doc);
    if (n == 1)
        return congdoan_document_deadline_period(doc, 0);
    if (n == 0) {
        *status = usage_error(&cmd_new_report, "%s gives no report deadline: say which period with --period",
                              document_label(doc));
        return NULL;
    }
    fflush(stdout);
    fprintf(stderr, _("%s new-report: %s has report deadlines for %zu periods; say which with --period:"), PROGRAM_NAME,
            document_label(doc), n);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "%s %s", i ? "," : "", congdoan_document_deadline_period(doc, i));
    fputc('\n', stderr);
    *status = EXIT_USAGE;
    return NULL;
}

/* bc-UNIT-PERIOD in lower case, made unique among the report ids of the corpus. malloc'd. */
static char *default_id(const congdoan_corpus *corpus, const congdoan_unit *unit, const char *period)
{
    char *base = xprintf("bc-%s-%s", congdoan_unit_id(unit), period);
    for (char *p = base; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    char *id = xstrdup(base);
    for (int k = 2; congdoan_corpus_report_by_id(corpus, id); k++) {
        free(id);
        id = xprintf("%s-%d", base, k);
    }
    free(base);
    return id;
}

/* Whether the unit is `u` itself or one of its departments or bodies. */
static int is_unit_or_department(const congdoan_unit *u, const congdoan_unit *unit)
{
    return u && (u == unit || (congdoan_unit_get_kind(u) != CONGDOAN_UNIT_ORGANISATION &&
                               congdoan_unit_parent(u) == unit));
}

/* The tasks of the skeleton, in document order, and the unit's role in each (0: none). */
typedef struct task_entry {
    const congdoan_task *task;
    int role;
} task_entry;

static task_entry *owed_tasks(const congdoan_document *doc, const congdoan_unit *unit, int all, size_t *count)
{
    size_t n = congdoan_document_task_count(doc);
    task_entry *list = xcalloc(n + 1, sizeof *list);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const congdoan_task *t = congdoan_document_task(doc, i);
        int role = 0;
        /* (1.2) a unit of a class of units that leads ("các LĐLĐ huyện") leads for itself */
        if (is_unit_or_department(congdoan_task_lead(t), unit) || congdoan_task_is_led_by(t, unit))
            role |= CONGDOAN_ROLE_LEAD;
        for (size_t c = 0; c < congdoan_task_coordinator_count(t); c++)
            if (is_unit_or_department(congdoan_task_coordinator(t, c), unit))
                role |= CONGDOAN_ROLE_COORDINATOR;
        if (role || all) {
            list[k].task = t;
            list[k].role = role;
            k++;
        }
    }
    *count = k;
    return list;
}

/* How the unit reports a figure: for its subtree (coverage="subtree") when it has organisations
 * under it and the indicator is not measured over units of its own level (then the figure is
 * the unit's own, as a federation's own financial inspection is). */
static int reports_subtree(const congdoan_indicator *ind, const congdoan_unit *unit)
{
    if (congdoan_unit_child_count(unit) == 0)
        return 0;
    return congdoan_indicator_scope_level(ind) != congdoan_unit_level(unit);
}

/* Whether the indicator can concern the unit at all: not when it is measured over units of a
 * level above the unit's (a grassroots union has no upper-grassroots unions under it), nor, for
 * a grassroots union, over sectors other than its own. */
static int applies_to(const congdoan_indicator *ind, const congdoan_unit *unit)
{
    congdoan_level scope = congdoan_indicator_scope_level(ind);
    if (scope != CONGDOAN_LEVEL_UNKNOWN && congdoan_unit_level(unit) != CONGDOAN_LEVEL_UNKNOWN &&
        scope < congdoan_unit_level(unit))
        return 0;
    int sectors = congdoan_indicator_scope_sectors(ind);
    congdoan_sector own = congdoan_unit_sector(unit);
    if (sectors && own != CONGDOAN_SECTOR_NONE && !(sectors & (1 << own)))
        return 0;
    return 1;
}

/* Whether the unit reports a figure for the indicator: an organisation (the figures of a
 * department or body are not added to its organisation's), an indicator that concerns it, and
 * a measure that is not computed from the units' classifications. */
static int has_slot(const congdoan_indicator *ind, const congdoan_unit *unit)
{
    congdoan_measure m = congdoan_indicator_measure(ind);
    const congdoan_document *doc = congdoan_indicator_document(ind);
    /* a reporter answerable for some indicators only (<reporter indicators=…>) gets theirs */
    if (congdoan_document_expects(doc, unit, NULL) && !congdoan_document_expects(doc, unit, ind))
        return 0;
    return congdoan_unit_get_kind(unit) == CONGDOAN_UNIT_ORGANISATION && applies_to(ind, unit) &&
           (m == CONGDOAN_MEASURE_COUNT || m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_AVERAGE ||
            m == CONGDOAN_MEASURE_MONEY || m == CONGDOAN_MEASURE_SCORE);
}

/* ---- the comments ------------------------------------------------------------------------- */

typedef struct skeleton {
    const congdoan_corpus *corpus;
    const congdoan_document *doc;
    const congdoan_unit *unit;
    const char *period;
    const task_entry *tasks;
    size_t task_count;
    int all_tasks;
} skeleton;

static void header_comment(sbuf *b, const skeleton *s)
{
    const congdoan_document *doc = s->doc;
    char *period = period_words(s->period);
    char *citation = document_citation(doc);
    const char *title = congdoan_document_title(doc);
    const congdoan_unit *issuer = congdoan_document_issuer(doc);
    const congdoan_unit *to = congdoan_document_reporting_to(doc);
    int deadline = congdoan_document_deadline(doc, s->period);
    char date[16];
    int is_org = congdoan_unit_get_kind(s->unit) == CONGDOAN_UNIT_ORGANISATION;

    size_t indicators = congdoan_document_indicator_count(doc), computed = 0;
    for (size_t i = 0; i < indicators; i++)
        if (congdoan_indicator_measure(congdoan_document_indicator(doc, i)) == CONGDOAN_MEASURE_SHARE_OF_UNITS)
            computed++;

    sbuf p = {0};
    sb_printf(&p, "BÁO CÁO %s (kỳ %s) của %s (%s) về kết quả thực hiện %s", period, s->period,
              congdoan_unit_name(s->unit), congdoan_unit_id(s->unit), citation);
    if (issuer)
        sb_printf(&p, " của %s", unit_label(issuer));
    if (title)
        sb_printf(&p, ": “%s”", title);
    sb_puts(&p, ".");
    char *intro = p.data;
    memset(&p, 0, sizeof p);
    if (to)
        sb_printf(&p, "Gửi: %s.", congdoan_unit_name(to));
    if (deadline)
        sb_printf(&p, "%sHạn gửi: %s.", p.len ? " " : "", format_date(date, deadline));
    char *where = p.data;
    memset(&p, 0, sizeof p);

    if (!is_org && indicators > 0)
        sb_puts(&p, "Bản khung này chỉ có các nhiệm vụ: số liệu chỉ tiêu của phòng, ban không được cộng vào "
                    "số liệu của đơn vị, nên không có phần chỉ tiêu.");
    else if (indicators == 0)
        sb_puts(&p, "Văn bản không có chỉ tiêu.");
    else {
        sb_printf(&p, "Chỉ tiêu: %zu", indicators);
        if (computed)
            sb_printf(&p, " (trong đó %zu chỉ tiêu tính từ xếp loại đơn vị, không cần điền)", computed);
        sb_puts(&p, ".");
    }
    size_t doc_tasks = congdoan_document_task_count(doc);
    if (s->all_tasks)
        sb_printf(&p, " Nhiệm vụ: tất cả %zu nhiệm vụ của văn bản.", doc_tasks);
    else
        sb_printf(&p, " Nhiệm vụ: %zu nhiệm vụ đơn vị chủ trì hoặc phối hợp (văn bản có %zu nhiệm vụ).",
                  s->task_count, doc_tasks);
    char *contents = p.data;

    const char *const paragraphs[] = {
        intro,
        where,
        contents,
        "",
    };
    sb_puts(b, "<!--\n");
    for (size_t i = 0; i < sizeof paragraphs / sizeof *paragraphs; i++) {
        if (!paragraphs[i] || !*paragraphs[i])
            continue;
        char *safe = comment_safe(paragraphs[i]);
        sb_wrap(b, safe, NULL, "  ", COMMENT_WIDTH);
        sb_puts(b, "\n");
        free(safe);
    }
    /* How to fill it in: fixed text, already safe in a comment. */
    sb_puts(b,
            "\n"
            "  BẢN KHUNG do \"congdoan new-report\" tạo ra, để điền:\n");
    if (is_org && indicators > computed)
        sb_puts(b,
                "  - Chỉ tiêu: dưới mỗi chỉ tiêu có sẵn một thẻ <value indicator=\"...\"/> còn trống. Điền\n"
                "    số liệu bằng cách thêm thuộc tính vào thẻ: numerator = tử số, denominator = mẫu số,\n"
                "    value = số lượng, ví dụ <value indicator=\"iii-1a\" numerator=\"120\" denominator=\"125\"/>.\n"
                "    Viết số theo kiểu máy: 1810, 98.5 (dấu chấm thập phân, không phân cách hàng nghìn).\n"
                "    Chỉ tiêu chưa có số liệu thì để nguyên thẻ trống (là chưa báo cáo), không ghi 0.\n"
                "    coverage=\"subtree\": số liệu chung của đơn vị và các công đoàn trực thuộc; không có\n"
                "    coverage: số liệu riêng của đơn vị.\n");
    if (s->task_count)
        sb_puts(b,
                "  - Nhiệm vụ: mỗi nhiệm vụ có sẵn một thẻ <task-status task=\"...\"/> còn trống. Thêm\n"
                "    status = not-started (chưa triển khai), in-progress (đang thực hiện), done (đã hoàn\n"
                "    thành) hoặc cancelled (không thực hiện), và ghi kết quả vào giữa thẻ:\n"
                "    <task-status task=\"...\" status=\"done\">Đã tổ chức ...</task-status>. Nhiệm vụ đã\n"
                "    hoàn thành: thêm ngày hoàn thành, ví dụ completed=\"2025-05-30\" (để biết đúng hạn\n"
                "    hay trễ hạn).\n");
    sb_puts(b,
            "  - Nhận xét chung (nếu có): thêm <note>...</note> ngay trước </report>.\n");
    /* an example date in the period: the deadline, else the period's last day */
    int example = deadline;
    if (!example)
        congdoan_period_parse(s->period, NULL, NULL, &example);
    sb_printf(b, "  - Khi gửi: thêm ngày gửi (năm-tháng-ngày) vào thẻ <report>, ví dụ submitted=\"%s\".\n",
              format_iso_date(date, example));
    sb_puts(b,
            "  Kiểm tra trước khi gửi: congdoan validate -d THƯ_MỤC_DỮ_LIỆU TỆP_NÀY\n"
            "-->\n");
    free(period);
    free(citation);
    free(intro);
    free(where);
    free(contents);
}

/* A heading comment when the items enter another section ("===== Mục IV.2. Chăm lo ... ====="),
 * so that each item's own comment need not repeat it. `last` is the label of the previous
 * item's section (malloc'd, replaced). */
static void section_heading(sbuf *b, const congdoan_section *section, char **last)
{
    char *label = section_words(section);
    if (*last && strcmp(*last, label) == 0) {
        free(label);
        return;
    }
    free(*last);
    *last = label;
    if (!*label)
        return;
    char *heading = xprintf("===== Mục %s =====", label);
    const char *const paragraphs[] = {heading};
    sb_comment(b, "    ", paragraphs, 1);
    free(heading);
}

static void indicator_block(sbuf *b, const skeleton *s, const congdoan_indicator *ind, char **last)
{
    const char *id = congdoan_indicator_id(ind);
    congdoan_measure measure = congdoan_indicator_measure(ind);
    const char *uom = congdoan_indicator_unit_of_measure(ind);
    section_heading(b, congdoan_indicator_section(ind), last);
    char *target = format_target(ind);
    char *scope = scope_words(ind);
    const char *period_code = congdoan_indicator_period(ind);
    char *period = period_code ? period_words(period_code) : NULL;
    int subtree = reports_subtree(ind, s->unit);

    char *head = xprintf("Chỉ tiêu %s", id);
    sbuf t = {0};
    sb_printf(&t, "Mục tiêu: %s", target);
    if (period)
        sb_printf(&t, " (%s)", period);
    sb_printf(&t, " · %s", congdoan_measure_label(measure) ? congdoan_measure_label(measure) : "");
    if (uom)
        sb_printf(&t, " (%s)", uom);
    if (scope)
        sb_printf(&t, " · tính trên: %s", scope);
    if (measure == CONGDOAN_MEASURE_SHARE_OF_UNITS) {
        congdoan_grade g = congdoan_indicator_condition_grade(ind);
        sb_printf(&t, " · điều kiện: xếp loại “%s” trở lên", congdoan_grade_label(g));
    }
    char *target_line = t.data;
    memset(&t, 0, sizeof t);

    const char *where = subtree ? "số liệu chung của đơn vị và các công đoàn trực thuộc"
                                : "số liệu riêng của đơn vị";
    int applies = applies_to(ind, s->unit);
    switch (applies ? measure : 0) {
    case 0:
        sb_printf(&t, "Không áp dụng cho đơn vị: chỉ tiêu tính trên %s.", scope ? scope : "đơn vị khác");
        break;
    case CONGDOAN_MEASURE_COUNT:
        sb_printf(&t, "Điền: value = số %s (%s).", uom ? uom : "lượng", where);
        break;
    case CONGDOAN_MEASURE_PERCENTAGE:
        sb_printf(&t, "Điền: numerator = tử số, denominator = mẫu số của tỷ lệ (%s); có thể ghi thêm "
                      "value = tỷ lệ %%.", where);
        break;
    case CONGDOAN_MEASURE_AVERAGE:
        sb_printf(&t, "Điền: numerator = tổng số %s, denominator = số đơn vị%s%s (%s).", uom ? uom : "",
                  scope ? " " : "", scope ? scope : "", where);
        break;
    case CONGDOAN_MEASURE_SHARE_OF_UNITS:
        sb_puts(&t, "Không cần điền: tính từ xếp loại của các đơn vị trong dữ liệu đơn vị.");
        break;
    default: break;
    }
    char *fill = t.data;

    const char *const paragraphs[] = {head, congdoan_indicator_text(ind), target_line, fill};
    sb_comment(b, "    ", paragraphs, 4);
    free(target);
    free(scope);
    free(period);
    free(head);
    free(target_line);
    free(fill);
}

static void task_block(sbuf *b, const skeleton *s, const task_entry *e, char **last)
{
    const congdoan_task *task = e->task;
    section_heading(b, congdoan_task_section(task), last);
    char *due = due_words(task);
    const congdoan_unit *lead = congdoan_task_lead(task);

    sbuf h = {0};
    sb_printf(&h, "Nhiệm vụ %s", congdoan_task_id(task));
    char *head = h.data;
    memset(&h, 0, sizeof h);

    if (e->role & CONGDOAN_ROLE_LEAD) {
        if (lead == s->unit)
            sb_puts(&h, "Đơn vị chủ trì");
        else if (!lead && congdoan_task_lead_text(task))
            sb_printf(&h, "Đơn vị chủ trì (thuộc: %s)", congdoan_task_lead_text(task));
        else if (!lead)
            sb_puts(&h, "Đơn vị chủ trì");
        else
            sb_printf(&h, "Chủ trì: %s (của đơn vị)", unit_label(lead));
        if (e->role & CONGDOAN_ROLE_COORDINATOR)
            sb_puts(&h, "; đơn vị cũng phối hợp");
    } else {
        if (e->role & CONGDOAN_ROLE_COORDINATOR)
            sb_puts(&h, "Đơn vị phối hợp; ");
        if (lead)
            sb_printf(&h, "chủ trì: %s", unit_label(lead));
        else if (congdoan_task_lead_id(task))
            sb_printf(&h, "chủ trì: %s", congdoan_task_lead_id(task));
        else if (congdoan_task_lead_text(task))
            sb_printf(&h, "chủ trì: %s", congdoan_task_lead_text(task));
        else
            sb_puts(&h, "không ghi đơn vị chủ trì");
        if (h.len && (h.data[0] == 'c'))
            h.data[0] = 'C';
    }
    if (due)
        sb_printf(&h, " · Thời hạn: %s", due);
    char *roles = h.data;

    const char *const paragraphs[] = {head, roles, congdoan_task_text(task)};
    sb_comment(b, "    ", paragraphs, 3);
    free(due);
    free(head);
    free(roles);
}

/* The comments of the indicators before index `upto` not commented yet (`*next`: the first). */
static void indicator_blocks(sbuf *b, const skeleton *s, size_t *next, size_t upto, char **last)
{
    for (; *next < upto; (*next)++)
        indicator_block(b, s, congdoan_document_indicator(s->doc, *next), last);
}

/* The id in a line `    <ELEMENT ATTR="id"...` of the writer's output (NULL when the line is
 * not one), and its length. */
static const char *line_id(const char *p, size_t len, const char *start, size_t *id_len)
{
    size_t n = strlen(start);
    if (len <= n || memcmp(p, start, n) != 0)
        return NULL;
    const char *q = memchr(p + n, '"', len - n);
    if (!q)
        return NULL;
    *id_len = (size_t)(q - (p + n));
    return p + n;
}

static int same_id(const char *id, size_t len, const char *want)
{
    return strlen(want) == len && memcmp(want, id, len) == 0;
}

/* The writer's output turned into the skeleton a line at a time, as the writer hands it over
 * (one element per line, as writer.h makes it): the header comment after the XML declaration,
 * each indicator's before its empty slot (or, for one without a slot, in document order among
 * them), each task's before its task status. */
typedef struct commenter {
    const skeleton *s;
    sbuf *out;  /* the skeleton, streamed to its file */
    sbuf line;  /* the line being received: the writer's pieces end anywhere */
    char *last; /* the last section heading written */
    size_t tasks_done, next, indicators;
    int report_seen, decl_seen, ok; /* ok: the writer's output is as expected so far */
} commenter;

static void comment_line(commenter *c, const char *p, size_t len)
{
    const skeleton *s = c->s;
    sbuf *b = c->out;
    int nl = len && p[len - 1] == '\n';
    size_t id_len;
    const char *id;
    if (!c->decl_seen && len > 5 && memcmp(p, "<?xml", 5) == 0) {
        sb_put(b, p, len);
        header_comment(b, s);
        c->decl_seen = 1;
    } else if (!c->report_seen && len > 10 && memcmp(p, "  <report ", 10) == 0) {
        c->report_seen = 1;
        size_t n = len - (nl ? 1 : 0);
        if (n >= 2 && memcmp(p + n - 2, "/>", 2) == 0 && c->indicators) { /* nothing to fill: comments only */
            sb_put(b, p, n - 2);
            sb_puts(b, ">\n");
            indicator_blocks(b, s, &c->next, c->indicators, &c->last);
            sb_puts(b, "  </report>\n");
        } else {
            sb_put(b, p, len);
        }
    } else if ((id = line_id(p, len, "    <value indicator=\"", &id_len)) != NULL) {
        size_t k = c->next;
        while (k < c->indicators &&
               !same_id(id, id_len, congdoan_indicator_id(congdoan_document_indicator(s->doc, k))))
            k++;
        c->ok = k < c->indicators;
        indicator_blocks(b, s, &c->next, k + 1, &c->last);
        sb_put(b, p, len);
    } else if ((id = line_id(p, len, "    <task-status task=\"", &id_len)) != NULL) {
        indicator_blocks(b, s, &c->next, c->indicators, &c->last);
        c->ok = c->tasks_done < s->task_count && same_id(id, id_len, congdoan_task_id(s->tasks[c->tasks_done].task));
        if (c->ok)
            task_block(b, s, &s->tasks[c->tasks_done++], &c->last);
        sb_put(b, p, len);
    } else {
        if (c->report_seen && len >= 11 && memcmp(p, "  </report>", 11) == 0)
            indicator_blocks(b, s, &c->next, c->indicators, &c->last);
        sb_put(b, p, len);
    }
}

/* congdoan_write_fn: split the writer's pieces into lines. */
static int comment_piece(void *payload, const char *data, size_t size)
{
    commenter *c = payload;
    const char *end = data + size;
    while (c->ok && data < end) {
        const char *nl = memchr(data, '\n', (size_t)(end - data));
        const char *stop = nl ? nl + 1 : end;
        sb_put(&c->line, data, (size_t)(stop - data));
        if (nl) {
            comment_line(c, c->line.data, c->line.len);
            c->line.len = 0;
        }
        data = stop;
    }
    return c->ok ? 0 : -1;
}

/* Write `report` with the comments to `to`. EXIT_OK, or EXIT_USAGE after printing why. */
static int write_skeleton(const skeleton *s, const congdoan_report *report, FILE *to)
{
    sbuf out = {0};
    sb_stream(&out, to);
    commenter c = {s, &out, {0}, NULL, 0, 0, 0, 0, 0, 1};
    if (congdoan_unit_get_kind(s->unit) == CONGDOAN_UNIT_ORGANISATION)
        c.indicators = congdoan_document_indicator_count(s->doc);
    congdoan_output *output = NULL;
    int rc = congdoan_output_new_callback(comment_piece, &c, &output);
    if (rc == 0)
        rc = congdoan_write_report(report, output);
    if (rc == 0)
        rc = congdoan_output_finish(output);
    congdoan_output_free(output);
    if (rc == 0 && c.line.len)
        comment_line(&c, c.line.data, c.line.len); /* a last line without its line break */
    int laid_out = c.ok && c.decl_seen && c.report_seen && c.tasks_done == s->task_count && c.next == c.indicators;
    int err = sb_flush(&out);
    sb_free(&out);
    sb_free(&c.line);
    free(c.last);
    if (rc != 0 && c.ok) {
        print_library_error(rc, "cannot make the report");
        return EXIT_USAGE;
    }
    if (!laid_out) {
        print_error("internal error: the writer's output is not laid out as expected");
        return EXIT_USAGE;
    }
    if (err) {
        print_error("cannot write the skeleton: %s", strerror(err));
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* ---- the command -------------------------------------------------------------------------- */

/* Note on stderr the reports the unit has already made for the period. */
static void note_existing_reports(const congdoan_corpus *corpus, const congdoan_document *doc,
                                  const congdoan_unit *unit, const char *period)
{
    congdoan_report_list *list = NULL;
    if (congdoan_corpus_reports_find(corpus, doc, unit, period, 0, &list) != 0)
        return; /* out of memory: only a note is lost */
    for (size_t i = 0; i < congdoan_report_list_count(list); i++) {
        const congdoan_report *r = congdoan_report_list_get(list, i);
        char date[16];
        int submitted = congdoan_report_submitted(r);
        fflush(stdout);
        fprintf(stderr, _("%s: note: %s already has a report for %s on %s: %s"), PROGRAM_NAME, congdoan_unit_id(unit),
                period, document_label(doc), congdoan_report_id(r));
        if (submitted)
            fprintf(stderr, _(" (submitted %s)"), format_iso_date(date, submitted));
        fputc('\n', stderr);
    }
    congdoan_report_list_free(list);
}

/* Make the report in the corpus and write its skeleton to `to`, the file `path` (read back from
 * there, as a check that the comments left it well-formed and valid). EXIT_OK, or an exit status
 * after printing why. */
static int build(congdoan_corpus *corpus, skeleton *s, const char *id, FILE *to, const char *path)
{
    const congdoan_report *report = NULL;
    int rc = congdoan_corpus_add_report(corpus, id, congdoan_unit_id(s->unit), congdoan_document_id(s->doc),
                                        s->period, &report);
    if (rc == CONGDOAN_EEXISTS) {
        print_error("report id '%s' is used already in the data: give another with --id", id);
        return EXIT_USAGE;
    }
    if (rc == CONGDOAN_EINVAL || rc == CONGDOAN_EPARSE) {
        print_library_error(rc, "cannot make the report");
        return EXIT_USAGE;
    }
    for (size_t i = 0; rc == 0 && i < congdoan_document_indicator_count(s->doc); i++) {
        const congdoan_indicator *ind = congdoan_document_indicator(s->doc, i);
        if (has_slot(ind, s->unit))
            rc = congdoan_report_add_empty_value(corpus, report, congdoan_indicator_id(ind),
                                                 reports_subtree(ind, s->unit) ? CONGDOAN_COVERAGE_SUBTREE
                                                                               : CONGDOAN_COVERAGE_SELF);
    }
    for (size_t i = 0; rc == 0 && i < s->task_count; i++)
        rc = congdoan_report_set_unit_task_status(corpus, report, congdoan_task_id(s->tasks[i].task), NULL,
                                                  CONGDOAN_TASK_STATUS_NONE, 0, NULL);
    if (rc != 0) {
        print_library_error(rc, "cannot make the report");
        return EXIT_USAGE;
    }
    int status = write_skeleton(s, report, to);
    if (status != EXIT_OK)
        return status;
    congdoan_corpus *check = NULL;
    rc = congdoan_corpus_new(&check);
    if (rc == 0)
        rc = congdoan_corpus_load_file(check, path, NULL);
    congdoan_corpus_free(check);
    if (rc != 0) {
        print_library_error(rc, "internal error: the skeleton does not read back");
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

static int run_new_report(const command *cmd, const parsed_args *a)
{
    const char *doc_arg = opt(a, OPT_DOCUMENT), *unit_arg = opt(a, OPT_UNIT), *period = opt(a, OPT_PERIOD);
    const char *id_arg = opt(a, OPT_ID), *output = opt(a, OPT_OUTPUT);
    int all_tasks = flag(a, OPT_ALL_TASKS), force = flag(a, OPT_FORCE);
    int status;
    if (a->arg_count)
        return usage_error(cmd, "unexpected argument '%s' (use --unit, --document, --period)", a->args[0]);
    if (!unit_arg)
        return usage_error(cmd, "which unit reports? use --unit UNIT");
    if (period && congdoan_period_parse(period, NULL, NULL, NULL) != 0)
        return usage_error(cmd, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'", period);
    if (force && !output)
        return usage_error(cmd, "--force goes with -o FILE");

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    status = load_data(cmd, a, &corpus);
    if (status == EXIT_OK)
        status = find_unit(corpus, unit_arg, &unit);
    if (status == EXIT_OK) {
        if (doc_arg)
            status = find_document(corpus, doc_arg, &doc);
        else if (!(doc = default_document(corpus, unit, &status)))
            status = status >= 0 ? status : EXIT_USAGE;
    }
    if (status == EXIT_OK && !period && !(period = default_period(doc, &status)))
        status = status >= 0 ? status : EXIT_USAGE;

    task_entry *tasks = NULL;
    if (status == EXIT_OK) {
        if (!asks_reports_from(doc, unit) && congdoan_document_has_reporting(doc))
            print_error("note: %s does not ask %s for reports", document_label(doc), congdoan_unit_id(unit));
        note_existing_reports(corpus, doc, unit, period);
        skeleton s;
        memset(&s, 0, sizeof s);
        s.corpus = corpus;
        s.doc = doc;
        s.unit = unit;
        s.period = period;
        s.all_tasks = all_tasks;
        tasks = owed_tasks(doc, unit, all_tasks, &s.task_count);
        s.tasks = tasks;
        char *id = id_arg ? xstrdup(id_arg) : default_id(corpus, unit, period);
        /* written as it is made: to -o's temporary file, put in place once it reads back, or to
         * a temporary file copied to standard output once it does */
        new_file nf = {0};
        char *tmp = NULL;
        FILE *to = output ? (new_file_open(&nf, output, force) == EXIT_OK ? nf.f : NULL)
                          : temp_file(&tmp);
        status = to ? build(corpus, &s, id, to, output ? nf.tmp : tmp) : EXIT_USAGE;
        if (output && status == EXIT_OK) {
            status = new_file_commit(&nf);
        } else if (output) {
            new_file_abandon(&nf);
        } else if (to) {
            if (status == EXIT_OK)
                status = copy_to_stdout(to);
            fclose(to);
            unlink(tmp);
            free(tmp);
        }
        free(id);
    }
    free(tasks);
    congdoan_corpus_free(corpus);
    return status;
}
