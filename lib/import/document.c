/*
 * What was found, into the model: one document built through the public editing functions in
 * a corpus of its own, then written as XML and loaded into the caller's corpus. The load is
 * transactional (the corpus gets the whole document or nothing), every value passes the checks
 * of the setters and of the loader, and what is imported is known to read back. The ids of
 * sections, tasks, indicators and results are made unique here ("sec-N", "task-N", "ind-N",
 * "res-N"), so they are added without the editor's search for an id in use
 * (congdoan__fresh_add_*: linear in the document, quadratic over a large one); the loader
 * checks them all the same.
 *
 * Everything the extraction finds that the vocabulary (1.2) can hold goes in: metadata
 * (issuer as printed when it is not a loaded unit, the publication date of a page), relations
 * with a number or named by their words alone, recipients, sections, paragraphs; tasks (the
 * lead as printed, a class of units by its level and kinds, coordinators, due time, the
 * sub-deadline of the words a due time dates);
 * indicators (measure, money, comparator as the words say it, target or range, period as a
 * code and as printed, owner, counted noun, scope, the population a threshold defines, the
 * activity); results reported as done (comparator, estimate, running total, "13/13", the rate
 * or share printed, "vượt 31%"); and for every task, indicator, result and the document itself,
 * where it was read (<source>: file, line, column and the exact words). What the model refuses
 * is said, item by item, as an issue with its place in the text.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/import.h"
#include "model/rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct builder {
    const congdoan__found *f;
    congdoan_corpus *scratch;
    const congdoan_document *doc;
    congdoan_issues *issues;
    const congdoan_section **sections; /* by found section index */
    const congdoan_section *preamble;
    size_t next_section, next_task, next_indicator, next_result;
    size_t *kept; /* by found figure index: the number of the indicator or result it became, 0: none */
} builder;

/* Where a span was read: the file, line and column of its first word, and its words (a
 * congdoan__malloc'd copy in *words, NULL when the span is empty). */
typedef struct place {
    const char *file;
    int line, column;
    char *words;
} place;

static int place_of(const builder *b, congdoan__span s, place *p)
{
    congdoan__where w = congdoan__found_where(b->f, s);
    p->file = w.file;
    p->line = (int)w.line;
    p->column = (int)w.column;
    p->words = NULL;
    if (w.len && !(p->words = congdoan__strndup(w.words, w.len)))
        return CONGDOAN_ENOMEM;
    return 0;
}

static int note(builder *b, const char *tag, congdoan__span where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static int note(builder *b, const char *tag, congdoan__span where, const char *fmt, ...)
{
    if (!b->issues)
        return 0;
    congdoan__where w = congdoan__found_where(b->f, where);
    va_list ap;
    va_start(ap, fmt);
    int rc = congdoan__issue_addv(b->issues, tag, w.file, w.line, w.column, fmt, ap);
    va_end(ap);
    return rc;
}

/* A setter's failure is fatal only when memory ran out; a value the model refuses is left out. */
static int soft(int rc)
{
    return rc == CONGDOAN_ENOMEM ? rc : 0;
}

/* What add_source() gives a <source> to. */
typedef enum source_of { SOURCE_DOCUMENT, SOURCE_SIGNER, SOURCE_RELATION, SOURCE_RECIPIENT, SOURCE_SECTION } source_of;

/* Where a part of the document was read (span s) as its <source>: the document, its signer, its
 * i-th relation or recipient, or a section. Nothing when the span is empty. */
static int add_source(builder *b, congdoan__span s, source_of what, size_t i, const congdoan_section *sec)
{
    place at;
    int rc = place_of(b, s, &at);
    if (rc || !at.words)
        return rc;
    congdoan_corpus *c = b->scratch;
    switch (what) {
    case SOURCE_DOCUMENT: rc = congdoan_document_set_source(c, b->doc, at.file, at.line, at.column, at.words); break;
    case SOURCE_SIGNER:
        rc = congdoan_document_set_signer_source(c, b->doc, at.file, at.line, at.column, at.words);
        break;
    case SOURCE_RELATION:
        rc = congdoan_document_set_relation_source(c, b->doc, i, at.file, at.line, at.column, at.words);
        break;
    case SOURCE_RECIPIENT:
        rc = congdoan_document_set_recipient_source(c, b->doc, i, at.file, at.line, at.column, at.words);
        break;
    case SOURCE_SECTION: rc = congdoan_section_set_source(c, sec, at.file, at.line, at.column, at.words); break;
    }
    congdoan__dealloc(at.words);
    return soft(rc);
}

/* Make the sections found up to `upto` (1 + index; they are in the order of the text). Sections
 * are made as the body reaches them, so that the paragraphs and items of a section that stand
 * between its subsections keep their place among them. */
static int make_sections(builder *b, size_t upto)
{
    const congdoan__found *f = b->f;
    if (!b->sections && f->section_count && !(b->sections = congdoan__calloc(f->section_count, sizeof *b->sections)))
        return CONGDOAN_ENOMEM;
    for (; b->next_section < upto && b->next_section < f->section_count; b->next_section++) {
        size_t i = b->next_section;
        const congdoan__found_section *s = &f->sections[i];
        char id[32];
        snprintf(id, sizeof id, "sec-%zu", i + 1);
        const congdoan_section *parent = s->parent ? b->sections[s->parent - 1] : NULL;
        int rc = congdoan__fresh_add_section(b->scratch, b->doc, parent, id, s->label, s->title, &b->sections[i]);
        if (rc == CONGDOAN_ELIMIT && parent) /* nested deeper than the corpus reads: flatten */
            rc = congdoan__fresh_add_section(b->scratch, b->doc, NULL, id, s->label, s->title, &b->sections[i]);
        if (rc || (rc = add_source(b, s->where, SOURCE_SECTION, 0, b->sections[i])) != 0)
            return rc;
    }
    return 0;
}

/* The section of the model for a found section (0: what stands before the first). */
static int section_of(builder *b, size_t found_section, const congdoan_section **out)
{
    *out = NULL;
    if (found_section == 0) {
        if (!b->preamble) {
            int rc = congdoan__fresh_add_section(b->scratch, b->doc, NULL, "sec-preamble", NULL, NULL, &b->preamble);
            if (rc)
                return rc;
        }
        *out = b->preamble;
        return 0;
    }
    int rc = make_sections(b, found_section);
    if (!rc)
        *out = b->sections[found_section - 1];
    return rc;
}

/* The comparator of a target as the words say it (a bare figure is a target, "trên/hơn" more
 * than, "dưới" less than, "khoảng/gần" about, "50–60% trở lên" a range or more). */
static congdoan_comparator target_comparator(congdoan__cmp cmp)
{
    switch (cmp) {
    case CONGDOAN__CMP_EQ:
        return CONGDOAN_COMPARATOR_TARGET;
    case CONGDOAN__CMP_GE:
        return CONGDOAN_COMPARATOR_AT_LEAST;
    case CONGDOAN__CMP_LE:
        return CONGDOAN_COMPARATOR_AT_MOST;
    case CONGDOAN__CMP_RANGE:
        return CONGDOAN_COMPARATOR_RANGE;
    case CONGDOAN__CMP_GT:
        return CONGDOAN_COMPARATOR_MORE_THAN;
    case CONGDOAN__CMP_LT:
        return CONGDOAN_COMPARATOR_LESS_THAN;
    case CONGDOAN__CMP_ABOUT:
        return CONGDOAN_COMPARATOR_ABOUT;
    case CONGDOAN__CMP_RANGE_OR_MORE:
        return CONGDOAN_COMPARATOR_RANGE_OR_MORE;
    }
    return CONGDOAN_COMPARATOR_TARGET;
}

/* How a figure already reached, a threshold or an excess is qualified: a bare figure is exactly
 * it ("16 CĐCS"), the others as for a target. A range has no comparator of its own here: its
 * low end qualified as "at least" (CONGDOAN_COMPARATOR_RANGE is refused by the setters, which the
 * caller reports). */
static congdoan_comparator stated_comparator(congdoan__cmp cmp)
{
    if (cmp == CONGDOAN__CMP_EQ)
        return CONGDOAN_COMPARATOR_EXACTLY;
    if (cmp == CONGDOAN__CMP_RANGE_OR_MORE)
        return CONGDOAN_COMPARATOR_AT_LEAST;
    return target_comparator(cmp);
}

/* The measure of a figure: money in đồng, else what the rules read (a count by default). */
static congdoan_measure measure_of(const congdoan__found_figure *g)
{
    if (g->unit == CONGDOAN__UNIT_MONEY)
        return CONGDOAN_MEASURE_MONEY;
    if (g->unit == CONGDOAN__UNIT_SCORE) /* with its scale ("97/100 điểm") or points as printed */
        return CONGDOAN_MEASURE_SCORE;
    return g->measure ? g->measure : CONGDOAN_MEASURE_COUNT;
}

/* The setters a figure's population goes through: an indicator's or a result's. */
typedef int (*add_population_fn)(congdoan_corpus *, const void *, const char *, const char *, const char *,
                                 congdoan_comparator, double);

static int indicator_population(congdoan_corpus *c, const void *item, const char *text, const char *of,
                                const char *measure, congdoan_comparator cmp, double value)
{
    return congdoan_indicator_add_population(c, item, text, of, measure, cmp, value);
}

static int result_population(congdoan_corpus *c, const void *item, const char *text, const char *of,
                             const char *measure, congdoan_comparator cmp, double value)
{
    return congdoan_result_add_population(c, item, text, of, measure, cmp, value);
}

/* The population of a figure, when the words define one that no unit level says: the threshold
 * of "doanh nghiệp có từ 25 lao động trở lên" (its own comparator, never the figure's), or the
 * words of a scope that is neither the counted noun nor a level or sector of units. */
static int add_population(builder *b, const congdoan__found_figure *g, const void *item, add_population_fn add)
{
    int rc = 0;
    if (g->has_threshold && g->threshold_text) {
        int typed = g->threshold_measure != NULL;
        rc = add(b->scratch, item, g->threshold_text, g->threshold_of, g->threshold_measure,
                 typed ? stated_comparator(g->threshold_cmp) : 0, typed ? g->threshold_value : 0);
        if (rc == CONGDOAN_EINVAL && typed) /* a threshold the model refuses: its words still say it */
            rc = add(b->scratch, item, g->threshold_text, g->threshold_of, NULL, 0, 0);
    } else if (g->scope && !g->scope_level && !g->scope_sectors && (!g->noun || strcmp(g->scope, g->noun) != 0)) {
        rc = add(b->scratch, item, g->scope, NULL, NULL, 0, 0);
    }
    return soft(rc);
}

static int add_indicator(builder *b, const congdoan_section *sec, const congdoan__found_figure *g)
{
    const congdoan__found *f = b->f;
    place at;
    int rc = place_of(b, g->words, &at);
    if (rc || !at.words)
        return rc;
    char id[32];
    snprintf(id, sizeof id, "ind-%zu", ++b->next_indicator);
    congdoan_measure measure = measure_of(g);
    congdoan_comparator cmp = target_comparator(g->cmp);
    /* a range is made whole, its top checked with it: made first without its top, a top the
     * model then refused ("8% – 2019": 2019 per cent) left a range without one (found by
     * fuzz-import-text); refused, it is a target the model refuses, below */
    int ranged = cmp == CONGDOAN_COMPARATOR_RANGE || cmp == CONGDOAN_COMPARATOR_RANGE_OR_MORE;
    double top = g->has_max ? g->value_max : g->value;
    if (ranged)
        cmp = CONGDOAN_COMPARATOR_RANGE; /* (as congdoan_indicator_set_range() made it) */
    const congdoan_indicator *ind = NULL;
    rc = congdoan__fresh_add_indicator(b->scratch, sec, id, measure, cmp, g->value, ranged ? &top : NULL, at.words,
                                       &ind);
    if (rc == CONGDOAN_EINVAL || rc == CONGDOAN_ELIMIT) {
        congdoan__dealloc(at.words);
        return note(b, "import-figure-not-kept", g->number, "a target the model refuses (%s); left in the text",
                    congdoan_error_last_message());
    }
    if (!rc)
        rc = soft(congdoan_indicator_set_source(b->scratch, ind, at.file, at.line, at.column, at.words));
    congdoan__dealloc(at.words);
    if (rc)
        return rc;
    b->kept[g - f->figures] = b->next_indicator;
    if (g->has_score_max && (rc = soft(congdoan_indicator_set_score_max(b->scratch, ind, g->score_max))) != 0)
        return rc;
    if (g->part_of && b->kept[g->part_of - 1]) { /* "trong đó": a part of the target before it */
        snprintf(id, sizeof id, "ind-%zu", b->kept[g->part_of - 1]);
        if ((rc = soft(congdoan_indicator_set_part_of_id(b->scratch, ind, id))) != 0)
            return rc;
    }
    if (g->grade && measure == CONGDOAN_MEASURE_SHARE_OF_UNITS &&
        (rc = soft(congdoan_indicator_set_condition_grade(b->scratch, ind, g->grade))) != 0)
        return rc;
    if (g->period_code && (rc = soft(congdoan_indicator_set_period(b->scratch, ind, g->period_code))) != 0)
        return rc;
    if (g->period_text && (rc = soft(congdoan_indicator_set_period_text(b->scratch, ind, g->period_text))) != 0)
        return rc;
    if (g->by_code && (rc = soft(congdoan_indicator_set_by(b->scratch, ind, g->by_code))) != 0)
        return rc;
    if (f->issuer_id && (rc = soft(congdoan_indicator_set_owner_id(b->scratch, ind, f->issuer_id))) != 0)
        return rc;
    if (g->noun && (rc = soft(congdoan_indicator_set_unit_of_measure(b->scratch, ind, g->noun))) != 0)
        return rc;
    if (g->scope_level && (rc = soft(congdoan_indicator_set_scope_level(b->scratch, ind, g->scope_level))) != 0)
        return rc;
    if (g->scope_sectors && (rc = soft(congdoan_indicator_set_scope_sectors(b->scratch, ind, g->scope_sectors))) != 0)
        return rc;
    if (g->subject && (rc = soft(congdoan_indicator_set_subject(b->scratch, ind, g->subject))) != 0)
        return rc;
    return add_population(b, g, ind, indicator_population);
}

/* A figure reported as done: a <result> of its section, with what the words say about it. */
static int add_result(builder *b, const congdoan_section *sec, const congdoan__found_figure *g)
{
    place at;
    int rc = place_of(b, g->words, &at);
    if (rc || !at.words)
        return rc;
    char id[32];
    snprintf(id, sizeof id, "res-%zu", ++b->next_result);
    const congdoan_result *res = NULL;
    rc = congdoan__fresh_add_result(b->scratch, sec, id, at.words, &res);
    if (!rc)
        rc = soft(congdoan_result_set_source(b->scratch, res, at.file, at.line, at.column, at.words));
    congdoan__dealloc(at.words);
    if (rc)
        return rc;
    congdoan_corpus *c = b->scratch;
    b->kept[g - b->f->figures] = b->next_result;
    if (g->part_of && b->kept[g->part_of - 1]) { /* "trong đó": a part of the result before it */
        snprintf(id, sizeof id, "res-%zu", b->kept[g->part_of - 1]);
        if ((rc = soft(congdoan_result_set_part_of_id(c, res, id))) != 0)
            return rc;
    }
    /* a share of units reported is the percentage it came to (the grade stays in the words) */
    congdoan_measure measure = measure_of(g) == CONGDOAN_MEASURE_SHARE_OF_UNITS ? CONGDOAN_MEASURE_PERCENTAGE : measure_of(g);
    if ((rc = congdoan_result_set_measure(c, res, measure)) == 0)
        rc = congdoan_result_set_number(c, res, CONGDOAN_RESULT_VALUE, g->value);
    if (rc == CONGDOAN_EINVAL) /* a percentage above 100, a negative figure: the words stay, the slot is empty */
        return note(b, "import-figure-not-kept", g->number, "a figure reported as done that the model refuses (%s); "
                    "kept as a result without its figure", congdoan_error_last_message());
    if (rc)
        return rc;
    if (g->cmp != CONGDOAN__CMP_EQ && (rc = soft(congdoan_result_set_comparator(c, res, stated_comparator(g->cmp)))) != 0)
        return rc;
    if (g->has_max && (rc = note(b, "import-figure-not-kept", g->number,
                                 "a range reported as done: the vocabulary holds one figure per result, so its low "
                                 "end is kept and the words say the rest")) != 0)
        return rc;
    if (g->noun && (rc = soft(congdoan_result_set_unit_of_measure(c, res, g->noun))) != 0)
        return rc;
    if (g->period_code && (rc = soft(congdoan_result_set_period(c, res, g->period_code))) != 0)
        return rc;
    if (g->period_text && (rc = soft(congdoan_result_set_period_text(c, res, g->period_text))) != 0)
        return rc;
    if (g->estimate && (rc = soft(congdoan_result_set_estimate(c, res, 1))) != 0)
        return rc;
    if (g->cumulative && (rc = soft(congdoan_result_set_cumulative(c, res, 1))) != 0)
        return rc;
    if (g->has_of && (rc = soft(congdoan_result_set_number(c, res, CONGDOAN_RESULT_OF, g->of))) != 0)
        return rc;
    if (g->has_score_max && (rc = soft(congdoan_result_set_number(c, res, CONGDOAN_RESULT_SCORE_MAX, g->score_max))) != 0)
        return rc;
    if (g->has_rate && (rc = soft(congdoan_result_set_number(
                            c, res, g->rate_is_share ? CONGDOAN_RESULT_SHARE : CONGDOAN_RESULT_STATED_RATE, g->rate))) != 0)
        return rc;
    if (g->has_over_target) {
        if ((rc = soft(congdoan_result_set_number(c, res, CONGDOAN_RESULT_OVER_TARGET, g->over_target))) != 0)
            return rc;
        if (g->over_target_cmp != CONGDOAN__CMP_EQ &&
            (rc = soft(congdoan_result_set_over_target_comparator(c, res, stated_comparator(g->over_target_cmp)))) != 0)
            return rc;
    }
    if (g->subject && (rc = soft(congdoan_result_set_subject(c, res, g->subject))) != 0)
        return rc;
    return add_population(b, g, res, result_population);
}

static int add_task(builder *b, const congdoan_section *sec, const congdoan__found_task *t)
{
    place at;
    int rc = place_of(b, t->words, &at);
    if (rc || !at.words)
        return rc;
    char id[32];
    snprintf(id, sizeof id, "task-%zu", ++b->next_task);
    const congdoan_task *task = NULL;
    rc = congdoan__fresh_add_task(b->scratch, sec, id, at.words, &task);
    if (!rc)
        rc = soft(congdoan_task_set_source(b->scratch, task, at.file, at.line, at.column, at.words));
    congdoan__dealloc(at.words);
    if (rc)
        return rc;
    if (t->lead.unit_id && (rc = soft(congdoan_task_set_lead_id(b->scratch, task, t->lead.unit_id))) != 0)
        return rc;
    /* a lead the words name is kept as printed (the issuer's own tasks name none) */
    if (t->lead.text && (t->lead_how == CONGDOAN__LEAD_STATED || t->lead_how == CONGDOAN__LEAD_HEADING) &&
        (rc = soft(congdoan_task_set_lead_text(b->scratch, task, t->lead.text))) != 0)
        return rc;
    /* a class of units (các LĐLĐ tỉnh, thành phố …) leads or coordinates by its level and kinds */
    if (!t->lead.unit_id && t->lead.class_level &&
        (rc = soft(congdoan_task_set_lead_class(b->scratch, task, t->lead.class_level, t->lead.class_kinds, 0))) != 0)
        return rc;
    for (size_t i = 0; i < t->coordinator_count; i++) {
        const congdoan__found_party *c = &t->coordinators[i];
        if (!c->unit_id && c->class_level)
            rc = congdoan_task_add_coordinator_class(b->scratch, task, c->class_level, c->class_kinds, 0, c->text);
        else
            rc = congdoan_task_add_coordinator(b->scratch, task, c->unit_id, c->text);
        if ((rc = soft(rc)) != 0)
            return rc;
    }
    /* A due time that dates only some of the words is a milestone on them; else the task's. */
    if (t->due_partial && t->due_code) {
        place dated;
        if ((rc = place_of(b, t->dated, &dated)) != 0)
            return rc;
        rc = dated.words ? congdoan_task_add_milestone(b->scratch, task, t->due_code, t->due_text, dated.words)
                         : CONGDOAN_EINVAL;
        congdoan__dealloc(dated.words);
        if (rc == 0 || rc == CONGDOAN_ENOMEM)
            return rc;
    }
    if (t->due_text || t->due_code) {
        rc = congdoan_task_set_due(b->scratch, task, t->due_code, t->due_text);
        if (rc == CONGDOAN_EPARSE || rc == CONGDOAN_EINVAL)
            rc = congdoan_task_set_due(b->scratch, task, NULL, t->due_text);
        /* A due time the text dates before the document itself (a slip of a figure, or a
         * step already taken) is kept as its words: a date the check refuses is no answer. */
        int before = rc == 0 ? congdoan__task_due_before_issue(task) : 0;
        if (before && (rc = note(b, "import-due-not-kept", t->due_where,
                                 "the due time '%s' ends on %08d, before the document's date of issue (%08d); kept as words "
                                 "only",
                                 t->due_text ? t->due_text : t->due_code, before, congdoan_document_issued(b->doc))) == 0)
            rc = congdoan_task_set_due(b->scratch, task, NULL, t->due_text);
        if ((rc = soft(rc)) != 0)
            return rc;
    }
    return 0;
}

/* A task or figure belongs to the paragraph whose words hold its start. */
static int inside(const congdoan__found_para *p, congdoan__span s)
{
    return s.block == p->block && s.start >= p->start;
}

/* It starts before the paragraph: in a block that is no paragraph of the body (a heading that is
 * a task, "4. Sơ kết, tổng kết …" over its "Đơn vị chủ trì:" lines), or, after the last
 * paragraph, anywhere (p NULL). */
static int before(const congdoan__found_para *p, congdoan__span s)
{
    return !p || s.block < p->block || (s.block == p->block && s.start < p->start);
}

static int add_figure(builder *b, const congdoan_section *sec, const congdoan__found_figure *g)
{
    return g->kind == CONGDOAN__FIGURE_RESULT ? add_result(b, sec, g) : add_indicator(b, sec, g);
}

/* The tasks and figures that stand before paragraph p (p NULL: all that are left), each in its
 * own section. */
static int add_outside(builder *b, const congdoan__found_para *p, size_t *t, size_t *g)
{
    const congdoan__found *f = b->f;
    const congdoan_section *sec = NULL;
    int rc = 0;
    for (; !rc && *t < f->task_count && before(p, f->tasks[*t].words); ++*t)
        if ((rc = section_of(b, f->tasks[*t].section, &sec)) == 0)
            rc = add_task(b, sec, &f->tasks[*t]);
    for (; !rc && *g < f->figure_count && before(p, f->figures[*g].words); ++*g)
        if ((rc = section_of(b, f->figures[*g].section, &sec)) == 0)
            rc = add_figure(b, sec, &f->figures[*g]);
    return rc;
}

static int add_body(builder *b)
{
    const congdoan__found *f = b->f;
    size_t t = 0, g = 0;
    for (size_t i = 0; i < f->para_count; i++) {
        const congdoan__found_para *p = &f->paras[i];
        const congdoan_section *sec = NULL;
        int rc = add_outside(b, p, &t, &g);
        if (!rc)
            rc = section_of(b, p->section, &sec);
        if (rc)
            return rc;
        /* a paragraph that is one task is the task; otherwise the paragraph, then what it holds */
        const congdoan__block *bl = &f->src->blocks[p->block];
        size_t start = p->start;
        while (start < bl->len && bl->text[start] == ' ')
            start++;
        if (!p->is_task && start < bl->len) {
            char *text = congdoan__strndup(bl->text + start, bl->len - start);
            if (!text)
                return CONGDOAN_ENOMEM;
            rc = congdoan_section_add_paragraph(b->scratch, sec, text);
            congdoan__dealloc(text);
            if (rc == CONGDOAN_EINVAL)
                rc = 0; /* blank */
            if (rc)
                return rc;
        }
        for (; t < f->task_count && inside(p, f->tasks[t].words) &&
               (i + 1 == f->para_count || !inside(&f->paras[i + 1], f->tasks[t].words));
             t++)
            if ((rc = add_task(b, sec, &f->tasks[t])) != 0)
                return rc;
        for (; g < f->figure_count && inside(p, f->figures[g].words) &&
               (i + 1 == f->para_count || !inside(&f->paras[i + 1], f->figures[g].words));
             g++)
            if ((rc = add_figure(b, sec, &f->figures[g])) != 0)
                return rc;
    }
    int rc = add_outside(b, NULL, &t, &g);
    return rc ? rc : make_sections(b, f->section_count); /* the headings with nothing under them */
}

/* The document's provenance: the words that name it (its title, else its number, else its date). */
static int add_document_source(builder *b)
{
    const congdoan__found *f = b->f;
    return add_source(b, f->title ? f->title_where : f->number ? f->number_where : f->issued_where, SOURCE_DOCUMENT, 0,
                      NULL);
}

static int add_relations(builder *b)
{
    const congdoan__found *f = b->f;
    congdoan_corpus *c = b->scratch;
    const congdoan_document *d = b->doc;
    int rc = 0;
    for (size_t i = 0; i < f->relation_count && !rc; i++) {
        const congdoan__found_relation *r = &f->relations[i];
        /* a document named in passing, not carried out nor rested on, is referred to */
        congdoan_relation_type type = r->type ? r->type : CONGDOAN_RELATION_REFERS_TO;
        if (r->number && r->number_valid)
            rc = congdoan_document_add_relation(c, d, type, NULL, r->number, r->date, r->title);
        else if (r->title)
            rc = congdoan_document_add_titled_relation(c, d, type, r->title, r->date, NULL);
        else
            continue;
        if (rc == CONGDOAN_EINVAL || rc == CONGDOAN_EPARSE)
            rc = note(b, "import-relation-not-kept", r->where, "the document named here (%s) has no number the model "
                      "reads and no title; named only in the text", r->number ? r->number : "no number");
        else if (!rc)
            rc = add_source(b, r->where, SOURCE_RELATION, congdoan_document_relation_count(d) - 1, NULL);
        rc = soft(rc);
    }
    return rc;
}

static int add_metadata(builder *b)
{
    const congdoan__found *f = b->f;
    congdoan_corpus *c = b->scratch;
    const congdoan_document *d = b->doc;
    int rc = 0;
    if (f->number) {
        rc = f->number_valid ? congdoan_document_set_number(c, d, f->number) : CONGDOAN_EPARSE;
        if (rc == CONGDOAN_EPARSE || rc == CONGDOAN_EINVAL)
            rc = note(b, "import-number-unreadable", f->number_where,
                      "the number '%s' is not in a form the model reads; left out", f->number);
        if (rc)
            return rc;
    }
    if (f->title && (rc = soft(congdoan_document_set_title(c, d, f->title))) != 0)
        return rc;
    if (f->issuer_id && (rc = soft(congdoan_document_set_issuer_id(c, d, f->issuer_id))) != 0)
        return rc;
    if (!f->issuer_id && f->issuer_text && (rc = soft(congdoan_document_set_issuer_text(c, d, f->issuer_text))) != 0)
        return rc;
    if (f->body_id && (rc = soft(congdoan_document_set_issuing_body_id(c, d, f->body_id))) != 0)
        return rc;
    if (f->issued && (rc = soft(congdoan_document_set_issued(c, d, f->issued))) != 0)
        return rc;
    if (f->published && (rc = soft(congdoan_document_set_published(c, d, f->published))) != 0)
        return rc;
    if (f->author && (rc = soft(congdoan_document_set_author(c, d, f->author))) != 0)
        return rc;
    if (f->effective && (rc = soft(congdoan_document_set_effective(c, d, f->effective))) != 0)
        return rc;
    if (f->place && (rc = soft(congdoan_document_set_place(c, d, f->place))) != 0)
        return rc;
    if (f->field && (rc = soft(congdoan_document_set_field(c, d, f->field))) != 0)
        return rc;
    if (f->signer_name &&
        ((rc = soft(congdoan_document_set_signer(c, d, f->signer_name, f->signer_position, f->signer_capacity))) != 0 ||
         (congdoan_document_signer_name(d) && (rc = add_source(b, f->signer_where, SOURCE_SIGNER, 0, NULL)) != 0)))
        return rc;
    if ((rc = add_relations(b)) != 0)
        return rc;
    for (size_t i = 0; i < f->recipient_count; i++) {
        const congdoan__found_party *p = &f->recipients[i];
        size_t before = congdoan_document_recipient_count(d);
        if ((rc = soft(congdoan_document_add_recipient(c, d, p->text, p->unit_id))) != 0)
            return rc;
        if (congdoan_document_recipient_count(d) > before &&
            (rc = add_source(b, p->where, SOURCE_RECIPIENT, before, NULL)) != 0)
            return rc;
    }
    return add_document_source(b);
}

int congdoan__found_to_corpus(const congdoan__found *f, congdoan_corpus *target, const char *id,
                              congdoan_issues *issues, const congdoan_document **out)
{
    *out = NULL;
    builder b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.issues = issues;
    b.kept = congdoan__calloc(f->figure_count ? f->figure_count : 1, sizeof *b.kept);
    if (!b.kept)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory importing '%s'", f->src->name);
    int rc = congdoan_corpus_new(&b.scratch);
    for (int l = 0; !rc && l < CONGDOAN__LIMIT_COUNT; l++)
        rc = congdoan_corpus_set_limit(b.scratch, (congdoan_limit)l, congdoan_corpus_get_limit(target, (congdoan_limit)l));
    /* A text whose words say no kind is a news item (meta.c settles the kind). */
    congdoan_document_kind kind = f->kind != CONGDOAN_DOCUMENT_UNKNOWN ? f->kind : CONGDOAN_DOCUMENT_NEWS;
    if (!rc)
        rc = congdoan_corpus_add_document(b.scratch, id, kind, &b.doc);
    if (!rc)
        rc = add_metadata(&b);
    if (!rc)
        rc = add_body(&b);
    /* Into the caller's corpus, as the loader reads any file: all of it or nothing. */
    congdoan_output *xml = NULL;
    if (!rc)
        rc = congdoan_output_new_memory(&xml);
    if (!rc)
        rc = congdoan_write_document(b.doc, xml);
    if (!rc)
        rc = congdoan_output_finish(xml);
    if (!rc) {
        size_t size = 0;
        const char *data = congdoan_output_data(xml, &size);
        congdoan_issues *load_issues = NULL;
        rc = congdoan_issues_new(&load_issues);
        if (!rc)
            rc = congdoan_corpus_load_memory(target, data, size, f->src->name, load_issues);
        congdoan_issues_free(load_issues);
    }
    congdoan_output_free(xml);
    congdoan__dealloc(b.sections);
    congdoan__dealloc(b.kept);
    congdoan_corpus_free(b.scratch);
    if (rc)
        return rc;
    *out = congdoan_corpus_document_by_id(target, id);
    return *out ? 0 : congdoan__error(CONGDOAN_ERROR, "the imported document '%s' is not in the corpus", id);
}
