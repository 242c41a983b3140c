/*
 * congdoan export — the data as JSON or CSV, for tools that do not read XML.
 *
 *   congdoan export [-d PATH]... [--format json|csv] [--what WHAT[,WHAT]...]
 *                   [--document DOC] [--unit UNIT] [--period P] [--at DATE] [--table NAME] [--bom]
 *
 * The JSON is built with jansson (https://github.com/akheron/jansson) rather than written by
 * hand: jansson escapes what JSON requires, checks that every string is UTF-8 and writes
 * Vietnamese letters as they are (JSON_ENSURE_ASCII is not set). Objects keep their keys in the
 * order they are set here (jansson keeps insertion order), so the output is the same bytes on
 * every run. CSV goes through the program's RFC 4180 writer (common.c).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char export_help[] =
    "Usage: congdoan export [-d PATH]... [--format json|csv] [--what WHAT[,WHAT]...]\n"
    "                       [--document DOC] [--unit UNIT] [--period P] [--at DATE]\n"
    "                       [--table NAME] [--bom]\n"
    "\n"
    "Export the data for tools that do not read the XML (spreadsheets, databases,\n"
    "dashboards): units, tasks, indicators, or the evaluated progress of a document.\n"
    "\n"
    "WHAT is one of, or (for JSON) a comma-separated list of:\n"
    "  units       every unit, department and leading body: id, kind, name,\n"
    "              short_name, body_kind, level, sector, parent, members, workers,\n"
    "              declared_upper_grassroots_units, declared_grassroots_units and the\n"
    "              classification (xếp loại) of each year\n"
    "  tasks       every task: document, document_number, id, section, lead,\n"
    "              coordinators, due_kind, due (as coded), due_text, due_date, status (the\n"
    "              latest reported), status_report, overdue (with --at), text\n"
    "  indicators  every indicator: document, document_number, id, section, measure,\n"
    "              comparator, target, target_max, baseline, period, owner,\n"
    "              scope_level, scope_sectors, condition, unit_of_measure, refines,\n"
    "              text\n"
    "  progress    the indicators of one document evaluated over a unit and the units\n"
    "              under it for a period, as 'congdoan progress' works them out, with\n"
    "              the figures of each organisation directly under the unit, the\n"
    "              findings and the completeness of reporting\n"
    "The default for JSON is units,tasks,indicators; CSV needs --what, with one WHAT.\n"
    "\n"
    "Options:\n"
    "  --format FORMAT     json (the default) or csv\n"
    "  --what WHAT         what to export (see above)\n"
    "  --document DOC      tasks, indicators: only those of this document (id or\n"
    "                      number); progress: the document evaluated (default: as for\n"
    "                      'congdoan progress')\n"
    "  --unit UNIT         progress: the top of the subtree (default: the issuer)\n"
    "  --period P          progress: the period (default: the one period of the\n"
    "                      document's reports)\n"
    "  --at DATE           count only the reports submitted on or before DATE (tasks'\n"
    "                      status and overdue, progress); without it every report\n"
    "                      counts and a task's overdue is null\n"
    "  --table NAME        progress with --format csv: indicators (the default),\n"
    "                      findings, completeness or children\n"
    "  --bom               with --format csv: begin with a UTF-8 byte order mark, so\n"
    "                      that Microsoft Excel shows the Vietnamese letters right\n"
    "                      when the file is opened directly\n"
    "  -d, --data PATH     a file or folder of data; repeat it for more (default: the\n"
    "                      paths in $CONGDOAN_DATA, separated by ':')\n"
    "  -h, --help          show this help and exit\n"
    HELP_DATES
    "\n"
    "JSON output: one object with a member per WHAT (\"units\": [...], \"tasks\": [...],\n"
    "\"indicators\": [...], \"progress\": {...}), indented by two spaces, keys always in\n"
    "the same order, UTF-8 text as it is (not escaped to \\u), dates as \"2025-06-30\",\n"
    "names of values as in the XML (\"upper-grassroots\", \"at-least\", \"in-progress\"),\n"
    "null for what is not known. Whole numbers are written without a decimal point;\n"
    "other numbers with at most 15 significant digits.\n"
    "CSV output: one table (RFC 4180: commas, CRLF line ends, quotes where needed),\n"
    "a header row, one row per unit, task or indicator; lists in one field are\n"
    "separated by spaces (ids) or by \"; \" (texts); units have one column per year of\n"
    "classification (classification_2025 ...).\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  a problem in the data: it cannot be loaded, or DOC or UNIT is not in it\n"
    "  2  a usage error (unknown option or WHAT, text as the format, a bad date or\n"
    "     period) or an I/O error\n";

static int run_export(int argc, char **argv);

const command cmd_export = {
    .name = "export",
    .summary = "export units, tasks, indicators or progress as JSON or CSV",
    .usage = "congdoan export [-d PATH]... [--format json|csv] [--what units|tasks|indicators|progress] "
             "[--document DOC] [--unit UNIT] [--period P] [--at DATE] [--table NAME] [--bom]",
    .run = run_export,
    .help = export_help,
};

enum { WHAT_UNITS = 1, WHAT_TASKS = 2, WHAT_INDICATORS = 4, WHAT_PROGRESS = 8 };
static const struct {
    const char *name;
    int bit;
} what_names[] = {{"units", WHAT_UNITS}, {"tasks", WHAT_TASKS}, {"indicators", WHAT_INDICATORS},
                  {"progress", WHAT_PROGRESS}};
#define WHAT_COUNT (sizeof what_names / sizeof what_names[0])

typedef struct export_query {
    const congdoan_corpus *corpus;
    const congdoan_document *doc;  /* --document, or NULL */
    int at;                         /* --at, or 0 */
} export_query;

/* ---- jansson: the values are made by common.c's jw_make_*, which end the program when memory
 * runs out, as xmalloc() does ---------------------------------------------------------------- */

static json_t *jobject(void) { return jw_check(json_object()); }
static json_t *jarray(void) { return jw_check(json_array()); }
static json_t *jstr(const char *s) { return jw_make_string(s); }
static json_t *jnum(double v) { return jw_make_number(v); }

static void jset(json_t *object, const char *key, json_t *value)
{
    if (json_object_set_new(object, key, jw_check(value)) != 0)
        jw_check(NULL);
}

static void jpush(json_t *array, json_t *value)
{
    if (json_array_append_new(array, jw_check(value)) != 0)
        jw_check(NULL);
}

/* A count that is -1 when unknown. */
static json_t *jcount(long v)
{
    return v < 0 ? json_null() : json_integer(v);
}

static json_t *jdate(int ymd)
{
    char buf[16];
    return ymd > 0 ? json_string(format_iso_date(buf, ymd)) : json_null();
}

/* The figure *v when rc is 0, else null. */
static json_t *jfigure(int rc, const double *v)
{
    return rc == 0 ? jnum(*v) : json_null();
}

static json_t *junit(const congdoan_unit *unit)
{
    if (!unit)
        return json_null();
    json_t *o = jobject();
    jset(o, "id", jstr(congdoan_unit_id(unit)));
    jset(o, "name", jstr(congdoan_unit_name(unit)));
    jset(o, "short_name", jstr(congdoan_unit_short_name(unit)));
    return o;
}

static json_t *jdocument(const congdoan_document *doc)
{
    if (!doc)
        return json_null();
    json_t *o = jobject();
    jset(o, "id", jstr(congdoan_document_id(doc)));
    jset(o, "number", jstr(congdoan_document_number(doc)));
    jset(o, "kind", jstr(congdoan_document_kind_name(congdoan_document_get_kind(doc))));
    jset(o, "title", jstr(congdoan_document_title(doc)));
    return o;
}

/* ---- names of values ---------------------------------------------------------------------- */

static const char *unit_kind_name(congdoan_unit_kind kind)
{
    switch (kind) {
    case CONGDOAN_UNIT_ORGANISATION: return "organisation";
    case CONGDOAN_UNIT_DEPARTMENT: return "department";
    case CONGDOAN_UNIT_BODY: return "body";
    default: return NULL;
    }
}

static const char *body_kind_name(congdoan_body_kind kind)
{
    switch (kind) {
    case CONGDOAN_BODY_EXECUTIVE_COMMITTEE: return "executive-committee";
    case CONGDOAN_BODY_PRESIDIUM: return "presidium";
    case CONGDOAN_BODY_STANDING_COMMITTEE: return "standing-committee";
    case CONGDOAN_BODY_INSPECTION_COMMITTEE: return "inspection-committee";
    default: return NULL;
    }
}

static const char *source_name(congdoan_value_source source)
{
    switch (source) {
    case CONGDOAN_SOURCE_COMPUTED: return "computed";
    case CONGDOAN_SOURCE_REPORTED_TOTAL: return "reported-total";
    case CONGDOAN_SOURCE_UNIT_DATA: return "unit-data";
    default: return NULL;
    }
}

static const char *due_kind_name(congdoan_due_kind kind)
{
    switch (kind) {
    case CONGDOAN_DUE_PERIOD: return "period";
    case CONGDOAN_DUE_RECURRING: return "recurring";
    case CONGDOAN_DUE_ONGOING: return "ongoing";
    default: return NULL;
    }
}

/* The id of the section an item is in, or NULL. */
static const char *section_id(const congdoan_section *s)
{
    return s ? congdoan_section_id(s) : NULL;
}

/* ---- collecting rows ---------------------------------------------------------------------- */

/* Whether a document is exported (all of them, or the one of --document). */
static int document_wanted(const export_query *q, const congdoan_document *doc)
{
    return !q->doc || q->doc == doc;
}

/* The years of classification in the data, sorted, for the CSV columns. malloc'd. */
static int *classification_years(const congdoan_corpus *corpus, size_t *count)
{
    int *years = NULL;
    size_t n = 0;
    for (size_t i = 0; i < congdoan_corpus_unit_count(corpus); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(corpus, i);
        for (size_t k = 0; k < congdoan_unit_classification_count(u); k++) {
            int y = congdoan_unit_classification_year(u, k);
            size_t j = 0;
            while (j < n && years[j] < y)
                j++;
            if (j < n && years[j] == y)
                continue;
            years = xrealloc(years, (n + 1) * sizeof *years);
            memmove(years + j + 1, years + j, (n - j) * sizeof *years);
            years[j] = y;
            n++;
        }
    }
    *count = n;
    return years;
}

/* ---- units -------------------------------------------------------------------------------- */

static json_t *units_json(const export_query *q)
{
    json_t *list = jarray();
    for (size_t i = 0; i < congdoan_corpus_unit_count(q->corpus); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(q->corpus, i);
        int org = congdoan_unit_get_kind(u) == CONGDOAN_UNIT_ORGANISATION;
        json_t *o = jobject();
        jset(o, "id", jstr(congdoan_unit_id(u)));
        jset(o, "kind", jstr(unit_kind_name(congdoan_unit_get_kind(u))));
        jset(o, "name", jstr(congdoan_unit_name(u)));
        jset(o, "short_name", jstr(congdoan_unit_short_name(u)));
        jset(o, "body_kind", jstr(body_kind_name(congdoan_unit_body_kind(u))));
        jset(o, "level", jstr(congdoan_level_name(congdoan_unit_level(u))));
        jset(o, "sector", jstr(congdoan_unit_sector(u) ? congdoan_sector_name(congdoan_unit_sector(u)) : NULL));
        jset(o, "parent", jstr(congdoan_unit_parent_id(u)));
        jset(o, "members", org ? jcount(congdoan_unit_members(u)) : json_null());
        jset(o, "workers", org ? jcount(congdoan_unit_workers(u)) : json_null());
        jset(o, "declared_upper_grassroots_units",
             org ? jcount(congdoan_unit_declared_upper_grassroots_units(u)) : json_null());
        jset(o, "declared_grassroots_units", org ? jcount(congdoan_unit_declared_grassroots_units(u)) : json_null());
        json_t *grades = jobject();
        for (size_t k = 0; k < congdoan_unit_classification_count(u); k++) {
            char year[16];
            snprintf(year, sizeof year, "%d", congdoan_unit_classification_year(u, k));
            jset(grades, year, jstr(congdoan_grade_name(congdoan_unit_classification_grade(u, k))));
        }
        jset(o, "classifications", grades);
        jpush(list, o);
    }
    return list;
}

static void csv_count(csv_writer *w, long v)
{
    if (v < 0)
        csv_empty(w);
    else
        csv_integer(w, v);
}

static void units_csv(const export_query *q)
{
    size_t year_count = 0;
    int *years = classification_years(q->corpus, &year_count);
    static const char *const fixed[] = {"id", "kind", "name", "short_name", "body_kind", "level", "sector", "parent",
                                        "members", "workers", "declared_upper_grassroots_units",
                                        "declared_grassroots_units", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    for (size_t i = 0; fixed[i]; i++)
        csv_string(&w, fixed[i]);
    for (size_t k = 0; k < year_count; k++) {
        char name[32];
        snprintf(name, sizeof name, "classification_%d", years[k]);
        csv_string(&w, name);
    }
    csv_end_row(&w);
    for (size_t i = 0; i < congdoan_corpus_unit_count(q->corpus); i++) {
        const congdoan_unit *u = congdoan_corpus_unit(q->corpus, i);
        int org = congdoan_unit_get_kind(u) == CONGDOAN_UNIT_ORGANISATION;
        csv_string(&w, congdoan_unit_id(u));
        csv_string(&w, unit_kind_name(congdoan_unit_get_kind(u)));
        csv_string(&w, congdoan_unit_name(u));
        csv_string(&w, congdoan_unit_short_name(u));
        csv_string(&w, body_kind_name(congdoan_unit_body_kind(u)));
        csv_string(&w, congdoan_level_name(congdoan_unit_level(u)));
        csv_string(&w, congdoan_unit_sector(u) ? congdoan_sector_name(congdoan_unit_sector(u)) : NULL);
        csv_string(&w, congdoan_unit_parent_id(u));
        csv_count(&w, org ? congdoan_unit_members(u) : -1);
        csv_count(&w, org ? congdoan_unit_workers(u) : -1);
        csv_count(&w, org ? congdoan_unit_declared_upper_grassroots_units(u) : -1);
        csv_count(&w, org ? congdoan_unit_declared_grassroots_units(u) : -1);
        for (size_t k = 0; k < year_count; k++) {
            congdoan_grade g = congdoan_unit_classification(u, years[k]);
            csv_string(&w, g ? congdoan_grade_name(g) : NULL);
        }
        csv_end_row(&w);
    }
    free(years);
}

/* ---- tasks -------------------------------------------------------------------------------- */

typedef struct task_facts {
    congdoan_task_status status;
    const congdoan_report *report;
    int overdue;   /* -1 without --at */
} task_facts;

static task_facts facts_of(const export_query *q, const congdoan_task *t)
{
    task_facts f = {CONGDOAN_TASK_STATUS_NONE, NULL, -1};
    if (congdoan_task_latest_status(t, q->at, &f.status, &f.report) != 0) {
        f.status = CONGDOAN_TASK_STATUS_NONE;
        f.report = NULL;
    }
    if (q->at)
        f.overdue = congdoan_task_is_overdue(t, q->at);
    return f;
}

static json_t *tasks_json(const export_query *q)
{
    json_t *list = jarray();
    for (size_t d = 0; d < congdoan_corpus_document_count(q->corpus); d++) {
        const congdoan_document *doc = congdoan_corpus_document(q->corpus, d);
        if (!document_wanted(q, doc))
            continue;
        for (size_t i = 0; i < congdoan_document_task_count(doc); i++) {
            const congdoan_task *t = congdoan_document_task(doc, i);
            task_facts f = facts_of(q, t);
            json_t *o = jobject();
            jset(o, "document", jstr(congdoan_document_id(doc)));
            jset(o, "document_number", jstr(congdoan_document_number(doc)));
            jset(o, "id", jstr(congdoan_task_id(t)));
            jset(o, "section", jstr(section_id(congdoan_task_section(t))));
            jset(o, "lead", jstr(congdoan_task_lead_id(t)));
            json_t *coordinators = jarray();
            for (size_t c = 0; c < congdoan_task_coordinator_count(t); c++) {
                json_t *co = jobject();
                jset(co, "unit", jstr(congdoan_task_coordinator_id(t, c)));
                jset(co, "text", jstr(congdoan_task_coordinator_text(t, c)));
                jpush(coordinators, co);
            }
            jset(o, "coordinators", coordinators);
            jset(o, "due_kind", jstr(due_kind_name(congdoan_task_due_kind(t))));
            jset(o, "due", jstr(congdoan_task_due_code(t)));
            jset(o, "due_text", jstr(congdoan_task_due_text(t)));
            jset(o, "due_date", jdate(congdoan_task_due_date(t)));
            jset(o, "status", jstr(f.status ? congdoan_task_status_name(f.status) : NULL));
            jset(o, "status_report", jstr(f.report ? congdoan_report_id(f.report) : NULL));
            jset(o, "overdue", f.overdue < 0 ? json_null() : json_boolean(f.overdue));
            jset(o, "text", jstr(congdoan_task_text(t)));
            jpush(list, o);
        }
    }
    return list;
}

static void tasks_csv(const export_query *q)
{
    static const char *const header[] = {"document", "document_number", "id", "section", "lead", "coordinators",
                                         "coordinator_texts", "due_kind", "due", "due_text", "due_date", "status",
                                         "status_report", "overdue", "text", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    csv_header(&w, header);
    for (size_t d = 0; d < congdoan_corpus_document_count(q->corpus); d++) {
        const congdoan_document *doc = congdoan_corpus_document(q->corpus, d);
        if (!document_wanted(q, doc))
            continue;
        for (size_t i = 0; i < congdoan_document_task_count(doc); i++) {
            const congdoan_task *t = congdoan_document_task(doc, i);
            task_facts f = facts_of(q, t);
            csv_string(&w, congdoan_document_id(doc));
            csv_string(&w, congdoan_document_number(doc));
            csv_string(&w, congdoan_task_id(t));
            csv_string(&w, section_id(congdoan_task_section(t)));
            csv_string(&w, congdoan_task_lead_id(t));
            char *ids = xstrdup(""), *texts = xstrdup("");
            for (size_t c = 0; c < congdoan_task_coordinator_count(t); c++) {
                const char *id = congdoan_task_coordinator_id(t, c);
                const char *text = congdoan_task_coordinator_text(t, c);
                char *s;
                if (id) {
                    s = xprintf("%s%s%s", ids, *ids ? " " : "", id);
                    free(ids);
                    ids = s;
                }
                if (text) {
                    s = xprintf("%s%s%s", texts, *texts ? "; " : "", text);
                    free(texts);
                    texts = s;
                }
            }
            csv_string(&w, ids);
            csv_string(&w, texts);
            free(ids);
            free(texts);
            csv_string(&w, due_kind_name(congdoan_task_due_kind(t)));
            csv_string(&w, congdoan_task_due_code(t));
            csv_string(&w, congdoan_task_due_text(t));
            csv_date(&w, congdoan_task_due_date(t));
            csv_string(&w, f.status ? congdoan_task_status_name(f.status) : NULL);
            csv_string(&w, f.report ? congdoan_report_id(f.report) : NULL);
            csv_string(&w, f.overdue < 0 ? NULL : f.overdue ? "true" : "false");
            csv_string(&w, congdoan_task_text(t));
            csv_end_row(&w);
        }
    }
}

/* ---- indicators --------------------------------------------------------------------------- */

/* The sectors of a scope as names, separated by spaces as in the XML ("public state-enterprise"), or NULL. malloc'd. */
static char *sector_list(int sectors)
{
    char *s = NULL;
    for (int k = CONGDOAN_SECTOR_PUBLIC; k <= CONGDOAN_SECTOR_NON_STATE_ENTERPRISE; k++)
        if (sectors & (1 << k)) {
            char *t = xprintf("%s%s%s", s ? s : "", s ? " " : "", congdoan_sector_name((congdoan_sector)k));
            free(s);
            s = t;
        }
    return s;
}

/* The condition as the XML writes it ("classification-at-least:good"), or NULL. malloc'd. */
static char *condition_text(const congdoan_indicator *ind)
{
    congdoan_grade g = congdoan_indicator_condition_grade(ind);
    return g ? xprintf("classification-at-least:%s", congdoan_grade_name(g)) : NULL;
}

static json_t *indicators_json(const export_query *q)
{
    json_t *list = jarray();
    for (size_t d = 0; d < congdoan_corpus_document_count(q->corpus); d++) {
        const congdoan_document *doc = congdoan_corpus_document(q->corpus, d);
        if (!document_wanted(q, doc))
            continue;
        for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
            const congdoan_indicator *ind = congdoan_document_indicator(doc, i);
            double v = 0;
            json_t *o = jobject();
            jset(o, "document", jstr(congdoan_document_id(doc)));
            jset(o, "document_number", jstr(congdoan_document_number(doc)));
            jset(o, "id", jstr(congdoan_indicator_id(ind)));
            jset(o, "section", jstr(section_id(congdoan_indicator_section(ind))));
            jset(o, "measure", jstr(congdoan_measure_name(congdoan_indicator_measure(ind))));
            jset(o, "comparator", jstr(congdoan_comparator_name(congdoan_indicator_comparator(ind))));
            jset(o, "target", jnum(congdoan_indicator_target(ind)));
            jset(o, "target_max", jfigure(congdoan_indicator_target_max(ind, &v), &v));
            jset(o, "baseline", jfigure(congdoan_indicator_baseline(ind, &v), &v));
            jset(o, "period", jstr(congdoan_indicator_period(ind)));
            jset(o, "owner", jstr(congdoan_indicator_owner_id(ind)));
            congdoan_level level = congdoan_indicator_scope_level(ind);
            jset(o, "scope_level", jstr(level ? congdoan_level_name(level) : NULL));
            json_t *sectors = jarray();
            int bits = congdoan_indicator_scope_sectors(ind);
            for (int k = CONGDOAN_SECTOR_PUBLIC; k <= CONGDOAN_SECTOR_NON_STATE_ENTERPRISE; k++)
                if (bits & (1 << k))
                    jpush(sectors, jstr(congdoan_sector_name((congdoan_sector)k)));
            jset(o, "scope_sectors", sectors);
            char *condition = condition_text(ind);
            jset(o, "condition", jstr(condition));
            free(condition);
            jset(o, "unit_of_measure", jstr(congdoan_indicator_unit_of_measure(ind)));
            const char *rd = congdoan_indicator_refines_document_id(ind);
            const char *ri = congdoan_indicator_refines_indicator_id(ind);
            if (rd || ri) {
                json_t *r = jobject();
                jset(r, "document", jstr(rd));
                jset(r, "indicator", jstr(ri));
                jset(o, "refines", r);
            } else {
                jset(o, "refines", json_null());
            }
            jset(o, "text", jstr(congdoan_indicator_text(ind)));
            jpush(list, o);
        }
    }
    return list;
}

static void csv_figure(csv_writer *w, int rc, const double *v)
{
    if (rc == 0)
        csv_number(w, *v);
    else
        csv_empty(w);
}

static void indicators_csv(const export_query *q)
{
    static const char *const header[] = {"document", "document_number", "id", "section", "measure", "comparator",
                                         "target", "target_max", "baseline", "period", "owner", "scope_level",
                                         "scope_sectors", "condition", "unit_of_measure", "refines", "text", NULL};
    csv_writer w;
    csv_init(&w, stdout);
    csv_header(&w, header);
    for (size_t d = 0; d < congdoan_corpus_document_count(q->corpus); d++) {
        const congdoan_document *doc = congdoan_corpus_document(q->corpus, d);
        if (!document_wanted(q, doc))
            continue;
        for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
            const congdoan_indicator *ind = congdoan_document_indicator(doc, i);
            double v = 0;
            csv_string(&w, congdoan_document_id(doc));
            csv_string(&w, congdoan_document_number(doc));
            csv_string(&w, congdoan_indicator_id(ind));
            csv_string(&w, section_id(congdoan_indicator_section(ind)));
            csv_string(&w, congdoan_measure_name(congdoan_indicator_measure(ind)));
            csv_string(&w, congdoan_comparator_name(congdoan_indicator_comparator(ind)));
            csv_number(&w, congdoan_indicator_target(ind));
            csv_figure(&w, congdoan_indicator_target_max(ind, &v), &v);
            csv_figure(&w, congdoan_indicator_baseline(ind, &v), &v);
            csv_string(&w, congdoan_indicator_period(ind));
            csv_string(&w, congdoan_indicator_owner_id(ind));
            congdoan_level level = congdoan_indicator_scope_level(ind);
            csv_string(&w, level ? congdoan_level_name(level) : NULL);
            char *sectors = sector_list(congdoan_indicator_scope_sectors(ind));
            csv_string(&w, sectors);
            free(sectors);
            char *condition = condition_text(ind);
            csv_string(&w, condition);
            free(condition);
            csv_string(&w, congdoan_indicator_unit_of_measure(ind));
            const char *rd = congdoan_indicator_refines_document_id(ind);
            const char *ri = congdoan_indicator_refines_indicator_id(ind);
            char *refines = rd || ri ? xprintf("%s#%s", rd ? rd : "", ri ? ri : "") : NULL;
            csv_string(&w, refines);
            free(refines);
            csv_string(&w, congdoan_indicator_text(ind));
            csv_end_row(&w);
        }
    }
}

/* ---- progress ----------------------------------------------------------------------------- */

static json_t *progress_json(const congdoan_progress *p, int at)
{
    size_t count = congdoan_progress_indicator_count(p);
    size_t by_status[5] = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < count; i++)
        if ((unsigned)congdoan_progress_status(p, i) < 5)
            by_status[congdoan_progress_status(p, i)]++;

    json_t *o = jobject();
    jset(o, "document", jdocument(congdoan_progress_document(p)));
    jset(o, "unit", junit(congdoan_progress_unit(p)));
    jset(o, "period", jstr(congdoan_progress_period(p)));
    jset(o, "at", jdate(at));
    jset(o, "deadline", jdate(congdoan_progress_deadline(p)));
    json_t *summary = jobject();
    jset(summary, "indicators", json_integer((json_int_t)count));
    jset(summary, "achieved", json_integer((json_int_t)by_status[CONGDOAN_EVAL_ACHIEVED]));
    jset(summary, "not_achieved", json_integer((json_int_t)by_status[CONGDOAN_EVAL_NOT_ACHIEVED]));
    jset(summary, "no_data", json_integer((json_int_t)by_status[CONGDOAN_EVAL_NO_DATA]));
    jset(summary, "not_aggregable", json_integer((json_int_t)by_status[CONGDOAN_EVAL_NOT_AGGREGABLE]));
    jset(o, "summary", summary);

    json_t *indicators = jarray();
    for (size_t i = 0; i < count; i++) {
        const congdoan_indicator *ind = congdoan_progress_indicator(p, i);
        double value = 0, num = 0, den = 0;
        json_t *e = jobject();
        jset(e, "id", jstr(congdoan_indicator_id(ind)));
        jset(e, "text", jstr(congdoan_indicator_text(ind)));
        jset(e, "measure", jstr(congdoan_measure_name(congdoan_indicator_measure(ind))));
        jset(e, "comparator", jstr(congdoan_comparator_name(congdoan_indicator_comparator(ind))));
        jset(e, "target", jnum(congdoan_indicator_target(ind)));
        jset(e, "target_max", jfigure(congdoan_indicator_target_max(ind, &value), &value));
        jset(e, "unit_of_measure", jstr(congdoan_indicator_unit_of_measure(ind)));
        jset(e, "status", jstr(congdoan_eval_status_name(congdoan_progress_status(p, i))));
        jset(e, "actual", jfigure(congdoan_progress_actual(p, i, &value), &value));
        int frc = congdoan_progress_fraction(p, i, &num, &den);
        jset(e, "numerator", jfigure(frc, &num));
        jset(e, "denominator", jfigure(frc, &den));
        jset(e, "ratio", jfigure(congdoan_progress_ratio(p, i, &value), &value));
        jset(e, "source", jstr(source_name(congdoan_progress_source(p, i))));
        jset(e, "contributors", json_integer((json_int_t)congdoan_progress_contributors(p, i)));
        jset(e, "unaggregated", json_integer((json_int_t)congdoan_progress_unaggregated(p, i)));
        json_t *children = jarray();
        for (size_t c = 0; c < congdoan_progress_child_count(p); c++) {
            json_t *ch = jobject();
            jset(ch, "unit", junit(congdoan_progress_child(p, c)));
            jset(ch, "status", jstr(congdoan_eval_status_name(congdoan_progress_child_status(p, c, i))));
            jset(ch, "actual", jfigure(congdoan_progress_child_actual(p, c, i, &value), &value));
            jpush(children, ch);
        }
        jset(e, "children", children);
        jpush(indicators, e);
    }
    jset(o, "indicators", indicators);

    json_t *findings = jarray();
    for (size_t k = 0; k < congdoan_progress_finding_count(p); k++) {
        const congdoan_indicator *ind = congdoan_progress_finding_indicator(p, k);
        double reported = 0, computed = 0;
        int rc = congdoan_progress_finding_values(p, k, &reported, &computed);
        json_t *f = jobject();
        jset(f, "unit", junit(congdoan_progress_finding_unit(p, k)));
        jset(f, "indicator", jstr(ind ? congdoan_indicator_id(ind) : NULL));
        jset(f, "reported", jfigure(rc, &reported));
        jset(f, "computed", jfigure(rc, &computed));
        jpush(findings, f);
    }
    jset(o, "findings", findings);

    size_t expected = congdoan_progress_expected_count(p);
    size_t counts[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < expected; k++)
        if ((unsigned)congdoan_progress_expected_submission(p, k) < 4)
            counts[congdoan_progress_expected_submission(p, k)]++;
    int deadline = congdoan_progress_deadline(p);
    json_t *completeness = jobject();
    jset(completeness, "deadline", jdate(deadline));
    jset(completeness, "expected", json_integer((json_int_t)expected));
    jset(completeness, "on_time", json_integer((json_int_t)counts[CONGDOAN_SUBMISSION_ON_TIME]));
    jset(completeness, "late", json_integer((json_int_t)counts[CONGDOAN_SUBMISSION_LATE]));
    jset(completeness, "received", json_integer((json_int_t)counts[CONGDOAN_SUBMISSION_RECEIVED]));
    jset(completeness, "missing", json_integer((json_int_t)counts[CONGDOAN_SUBMISSION_MISSING]));
    json_t *units = jarray();
    for (size_t k = 0; k < expected; k++) {
        congdoan_submission s = congdoan_progress_expected_submission(p, k);
        int submitted = congdoan_progress_expected_submitted(p, k);
        json_t *u = jobject();
        jset(u, "unit", junit(congdoan_progress_expected_unit(p, k)));
        jset(u, "submission", jstr(congdoan_submission_name(s)));
        jset(u, "submitted", jdate(submitted));
        jset(u, "days_late", s == CONGDOAN_SUBMISSION_LATE && submitted && deadline
                                 ? json_integer(days_between(deadline, submitted))
                                 : json_null());
        jpush(units, u);
    }
    jset(completeness, "units", units);
    jset(o, "completeness", completeness);
    return o;
}

/* ---- the command -------------------------------------------------------------------------- */

/* Parse "units,tasks" into bits; 0 after a usage error. */
static int parse_what(const char *text, int *status)
{
    int bits = 0;
    char *copy = xstrdup(text);
    for (char *s = copy, *tok; (tok = strtok(s, ",")) != NULL; s = NULL) {
        size_t k = 0;
        while (k < WHAT_COUNT && strcmp(what_names[k].name, tok) != 0)
            k++;
        if (k == WHAT_COUNT) {
            *status = usage_error(&cmd_export, "unknown --what '%s' (use units, tasks, indicators or progress)", tok);
            free(copy);
            return 0;
        }
        bits |= what_names[k].bit;
    }
    free(copy);
    if (bits == 0)
        *status = usage_error(&cmd_export, "--what needs units, tasks, indicators or progress");
    return bits;
}

static int run_export(int argc, char **argv)
{
    common_options o;
    common_options_init(&o, argc);
    const char *doc_arg = NULL, *unit_arg = NULL, *period = NULL, *at_arg = NULL, *what_arg = NULL;
    const char *format_arg = NULL;
    int bom = 0;
    int status = -1;
    for (int i = 1; i < argc && status < 0; i++) {
        const char *arg = argv[i];
        /* --format is taken here: export has no text output, and JSON is its default */
        if (!o.options_done && option_value(&cmd_export, argc, argv, &i, "--format", NULL, &format_arg, &status))
            continue;
        if (parse_common_option(&cmd_export, &o, argc, argv, &i, &status))
            continue;
        if (!is_option(&o, arg))
            status = usage_error(&cmd_export, "unexpected argument '%s' (use --what)", arg);
        else if (option_value(&cmd_export, argc, argv, &i, "--what", NULL, &what_arg, &status))
            continue;
        else if (option_value(&cmd_export, argc, argv, &i, "--document", NULL, &doc_arg, &status))
            continue;
        else if (option_value(&cmd_export, argc, argv, &i, "--unit", NULL, &unit_arg, &status))
            continue;
        else if (option_value(&cmd_export, argc, argv, &i, "--period", NULL, &period, &status))
            continue;
        else if (option_value(&cmd_export, argc, argv, &i, "--at", NULL, &at_arg, &status))
            continue;
        else if (strcmp(arg, "--bom") == 0)
            bom = 1;
        else
            status = usage_error(&cmd_export, "unknown option '%s'", arg);
    }
    output_format format = FORMAT_JSON;
    if (status < 0 && format_arg) {
        if (strcmp(format_arg, "json") == 0)
            format = FORMAT_JSON;
        else if (strcmp(format_arg, "csv") == 0)
            format = FORMAT_CSV;
        else if (strcmp(format_arg, "text") == 0)
            status = usage_error(&cmd_export, "export writes json or csv, not text (use 'congdoan tree', 'tasks' "
                                              "or 'progress' to read the data in a terminal)");
        else
            status = usage_error(&cmd_export, "unknown format '%s' (use json or csv)", format_arg);
    }
    int what = 0;
    if (status < 0) {
        if (what_arg)
            what = parse_what(what_arg, &status);
        else if (format == FORMAT_CSV)
            status = usage_error(&cmd_export, "CSV is one table: say which with --what units, tasks, indicators "
                                              "or progress");
        else
            what = WHAT_UNITS | WHAT_TASKS | WHAT_INDICATORS;
    }
    if (status < 0 && format == FORMAT_CSV && (what & (what - 1)) != 0)
        status = usage_error(&cmd_export, "CSV is one table: give one --what, not '%s'", what_arg);
    if (status < 0 && (unit_arg || period) && !(what & WHAT_PROGRESS))
        status = usage_error(&cmd_export, "%s goes with --what progress", unit_arg ? "--unit" : "--period");
    if (status < 0 && bom && format != FORMAT_CSV)
        status = usage_error(&cmd_export, "--bom goes with --format csv (JSON has no byte order mark)");
    int table_index = 0;
    if (status < 0 && o.table) {
        if (format != FORMAT_CSV || what != WHAT_PROGRESS)
            status = usage_error(&cmd_export, "--table goes with --what progress --format csv");
        else if ((table_index = choose_table(&cmd_export, &o, progress_table_names)) < 0)
            status = EXIT_USAGE;
    }
    int at = 0;
    if (status < 0 && at_arg)
        parse_date_option(&cmd_export, "--at", at_arg, &at, &status);
    if (status < 0 && period && congdoan_period_parse(period, NULL, NULL, NULL) != 0)
        status = usage_error(&cmd_export, "--period needs a period such as 2025, 2025-H1, 2025-Q3 or 2025-06, not '%s'",
                             period);
    if (status >= 0) {
        common_options_release(&o);
        return status;
    }

    congdoan_corpus *corpus = NULL;
    const congdoan_document *doc = NULL;
    const congdoan_unit *unit = NULL;
    congdoan_progress *p = NULL;
    status = load_data(&cmd_export, &o, &corpus);
    if (status == EXIT_OK && doc_arg)
        status = find_document(corpus, doc_arg, &doc);
    if (status == EXIT_OK && (what & WHAT_PROGRESS)) {
        const congdoan_document *pdoc = doc;
        if (!pdoc && !(pdoc = guess_progress_document(&cmd_export, corpus, &status)))
            status = status >= 0 ? status : EXIT_USAGE;
        if (status == EXIT_OK) {
            if (unit_arg)
                status = find_unit(corpus, unit_arg, &unit);
            else if (!(unit = congdoan_document_issuer(pdoc)))
                status = usage_error(&cmd_export, "%s has no issuer in the data: say which unit with --unit",
                                     document_label(pdoc));
        }
        if (status == EXIT_OK && congdoan_unit_get_kind(unit) != CONGDOAN_UNIT_ORGANISATION)
            status = usage_error(&cmd_export, "'%s' is not an organisation: give the organisation it belongs to",
                                 congdoan_unit_id(unit));
        if (status == EXIT_OK && !period && !(period = guess_progress_period(&cmd_export, corpus, pdoc, &status)))
            status = status >= 0 ? status : EXIT_USAGE;
        if (status == EXIT_OK) {
            int rc = congdoan_progress_compute(corpus, pdoc, unit, period, at, &p);
            if (rc != 0) {
                print_library_error(rc, "cannot evaluate the indicators");
                status = EXIT_USAGE;
            }
        }
    }
    if (status == EXIT_OK) {
        export_query q = {corpus, doc, at};
        if (format == FORMAT_CSV) {
            if (bom)
                fputs("\xEF\xBB\xBF", stdout);
            if (what == WHAT_UNITS)
                units_csv(&q);
            else if (what == WHAT_TASKS)
                tasks_csv(&q);
            else if (what == WHAT_INDICATORS)
                indicators_csv(&q);
            else
                print_progress_csv(p, table_index);
        } else {
            json_t *root = jobject();
            if (what & WHAT_UNITS)
                jset(root, "units", units_json(&q));
            if (what & WHAT_TASKS)
                jset(root, "tasks", tasks_json(&q));
            if (what & WHAT_INDICATORS)
                jset(root, "indicators", indicators_json(&q));
            if (what & WHAT_PROGRESS)
                jset(root, "progress", progress_json(p, at));
            if (json_dumpf(root, stdout, JW_DUMP_FLAGS) != 0)
                status = EXIT_USAGE;
            else
                fputc('\n', stdout);
            json_decref(root);
        }
    }
    congdoan_progress_free(p);
    congdoan_corpus_free(corpus);
    common_options_release(&o);
    return status;
}
