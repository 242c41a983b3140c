/*
 * What was found, into the model: one document built through the public editing functions in
 * a corpus of its own, then written as XML and loaded into the caller's corpus. The load is
 * transactional (the corpus gets the whole document or nothing), every value passes the checks
 * of the setters and of the loader, and what is imported is known to read back. The ids of
 * sections, tasks and indicators are made unique here ("sec-N", "task-N", "ind-N"), so they are
 * added without the editor's search for an id in use (congdoan__fresh_add_*: linear in the
 * document, quadratic over a large one); the loader checks them all the same.
 *
 * The vocabulary holds metadata, relations with a number, recipients, sections, paragraphs,
 * tasks (lead, coordinators, due time) and indicators (measure, comparator, target, period,
 * owner, counted noun, scope, condition). What it cannot hold yet is said, once per kind, as
 * an issue: results reported as done, comparators it has no name for (more than, about),
 * money, documents named without a number.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/import.h"

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
    size_t next_section, next_task, next_indicator;
    size_t results, approximated, money, unnamed_relations, dropped;
} builder;

/* A NUL-terminated copy of a span's words (congdoan__malloc'd), or NULL. */
static char *words_of(const builder *b, congdoan__span s)
{
    congdoan__where w = congdoan__found_where(b->f, s);
    return w.len ? congdoan__strndup(w.words, w.len) : NULL;
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
    *out = b->sections[found_section - 1];
    return 0;
}

static int add_sections(builder *b)
{
    const congdoan__found *f = b->f;
    if (!f->section_count)
        return 0;
    b->sections = congdoan__calloc(f->section_count, sizeof *b->sections);
    if (!b->sections)
        return CONGDOAN_ENOMEM;
    for (size_t i = 0; i < f->section_count; i++) {
        const congdoan__found_section *s = &f->sections[i];
        char id[32];
        snprintf(id, sizeof id, "sec-%zu", ++b->next_section);
        const congdoan_section *parent = s->parent ? b->sections[s->parent - 1] : NULL;
        int rc = congdoan__fresh_add_section(b->scratch, b->doc, parent, id, s->label, s->title, &b->sections[i]);
        if (rc == CONGDOAN_ELIMIT && parent) /* nested deeper than the corpus reads: flatten */
            rc = congdoan__fresh_add_section(b->scratch, b->doc, NULL, id, s->label, s->title, &b->sections[i]);
        if (rc)
            return rc;
    }
    return 0;
}

/* The comparator as the words say it (vocabulary 1.2: a bare figure is a target, "trên/hơn" more
 * than, "dưới" less than, "khoảng/gần" about, "50–60% trở lên" a range or more). */
static congdoan_comparator comparator_of(builder *b, const congdoan__found_figure *g)
{
    (void)b;
    switch (g->cmp) {
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

static int add_indicator(builder *b, const congdoan_section *sec, const congdoan__found_figure *g)
{
    const congdoan__found *f = b->f;
    char *text = words_of(b, g->words);
    if (!text)
        return 0;
    char id[32];
    snprintf(id, sizeof id, "ind-%zu", ++b->next_indicator);
    congdoan_measure measure = g->measure ? g->measure : CONGDOAN_MEASURE_COUNT;
    if (g->unit == CONGDOAN__UNIT_MONEY)
        b->money++;
    congdoan_comparator cmp = comparator_of(b, g);
    const congdoan_indicator *ind = NULL;
    int rc = congdoan__fresh_add_indicator(b->scratch, sec, id, measure, cmp, g->value, text, &ind);
    congdoan__dealloc(text);
    if (rc == CONGDOAN_EINVAL || rc == CONGDOAN_ELIMIT) {
        b->dropped++;
        return note(b, "import-figure-not-kept", g->number, "a target the model refuses (%s); left in the text",
                    congdoan_error_last_message());
    }
    if (rc)
        return rc;
    if (cmp == CONGDOAN_COMPARATOR_RANGE || cmp == CONGDOAN_COMPARATOR_RANGE_OR_MORE) {
        double hi = g->has_max ? g->value_max : g->value;
        if ((rc = soft(congdoan_indicator_set_range(b->scratch, ind, g->value, hi))) != 0)
            return rc;
    }
    if (g->grade && measure == CONGDOAN_MEASURE_SHARE_OF_UNITS &&
        (rc = soft(congdoan_indicator_set_condition_grade(b->scratch, ind, g->grade))) != 0)
        return rc;
    const char *period = g->period_code;
    if (period && (rc = soft(congdoan_indicator_set_period(b->scratch, ind, period))) != 0)
        return rc;
    if (f->issuer_id && (rc = soft(congdoan_indicator_set_owner_id(b->scratch, ind, f->issuer_id))) != 0)
        return rc;
    if (g->noun && g->unit != CONGDOAN__UNIT_PERCENT &&
        (rc = soft(congdoan_indicator_set_unit_of_measure(b->scratch, ind, g->noun))) != 0)
        return rc;
    if (g->scope_level && (rc = soft(congdoan_indicator_set_scope_level(b->scratch, ind, g->scope_level))) != 0)
        return rc;
    if (g->scope_sectors && (rc = soft(congdoan_indicator_set_scope_sectors(b->scratch, ind, g->scope_sectors))) != 0)
        return rc;
    return 0;
}

static int add_task(builder *b, const congdoan_section *sec, const congdoan__found_task *t)
{
    char *text = words_of(b, t->words);
    if (!text)
        return 0;
    char id[32];
    snprintf(id, sizeof id, "task-%zu", ++b->next_task);
    const congdoan_task *task = NULL;
    int rc = congdoan__fresh_add_task(b->scratch, sec, id, text, &task);
    congdoan__dealloc(text);
    if (rc)
        return rc;
    if (t->lead.unit_id && (rc = soft(congdoan_task_set_lead_id(b->scratch, task, t->lead.unit_id))) != 0)
        return rc;
    for (size_t i = 0; i < t->coordinator_count; i++) {
        const congdoan__found_party *c = &t->coordinators[i];
        if ((rc = soft(congdoan_task_add_coordinator(b->scratch, task, c->unit_id, c->text))) != 0)
            return rc;
    }
    if (t->due_text || t->due_code) {
        rc = congdoan_task_set_due(b->scratch, task, t->due_code, t->due_text);
        if (rc == CONGDOAN_EPARSE || rc == CONGDOAN_EINVAL)
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

static int add_body(builder *b)
{
    const congdoan__found *f = b->f;
    size_t t = 0, g = 0;
    for (size_t i = 0; i < f->para_count; i++) {
        const congdoan__found_para *p = &f->paras[i];
        const congdoan_section *sec = NULL;
        int rc = section_of(b, p->section, &sec);
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
             g++) {
            if (f->figures[g].kind == CONGDOAN__FIGURE_RESULT)
                b->results++;
            else if ((rc = add_indicator(b, sec, &f->figures[g])) != 0)
                return rc;
        }
    }
    return 0;
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
    if (f->body_id && (rc = soft(congdoan_document_set_issuing_body_id(c, d, f->body_id))) != 0)
        return rc;
    if (f->issued && (rc = soft(congdoan_document_set_issued(c, d, f->issued))) != 0)
        return rc;
    if (f->effective && (rc = soft(congdoan_document_set_effective(c, d, f->effective))) != 0)
        return rc;
    if (f->place && (rc = soft(congdoan_document_set_place(c, d, f->place))) != 0)
        return rc;
    if (f->field && (rc = soft(congdoan_document_set_field(c, d, f->field))) != 0)
        return rc;
    if (f->signer_name &&
        (rc = soft(congdoan_document_set_signer(c, d, f->signer_name, f->signer_position, f->signer_capacity))) != 0)
        return rc;
    for (size_t i = 0; i < f->relation_count; i++) {
        const congdoan__found_relation *r = &f->relations[i];
        congdoan_relation_type type = r->type;
        if (!type || !r->number || !r->number_valid) {
            b->unnamed_relations += r->stated;
            continue; /* a document mentioned, or named without a number: no relation type for it yet */
        }
        if ((rc = soft(congdoan_document_add_relation(c, d, type, NULL, r->number, r->date, r->title))) != 0)
            return rc;
    }
    for (size_t i = 0; i < f->recipient_count; i++) {
        const congdoan__found_party *p = &f->recipients[i];
        if ((rc = soft(congdoan_document_add_recipient(c, d, p->text, p->unit_id))) != 0)
            return rc;
    }
    return 0;
}

/* What the model could not take, said once per kind. */
static int report_losses(builder *b)
{
    congdoan__span none = CONGDOAN__NOWHERE;
    int rc = 0;
    if (b->results)
        rc = note(b, "import-results-not-kept", none,
                  "%zu figure%s reported as done; the vocabulary this library reads cannot hold results yet, so they stay "
                  "in the text of their paragraphs",
                  b->results, b->results == 1 ? "" : "s");
    if (!rc && b->approximated)
        rc = note(b, "import-comparator-approximated", none,
                  "%zu target%s compared with 'more than', 'less than', 'about' or an open range, which the vocabulary "
                  "this library reads cannot name yet: kept as at least, at most, exactly or a range",
                  b->approximated, b->approximated == 1 ? "" : "s");
    if (!rc && b->money)
        rc = note(b, "import-comparator-approximated", none,
                  "%zu target%s in money (đồng), kept as counts: the vocabulary this library reads has no money yet",
                  b->money, b->money == 1 ? "" : "s");
    if (!rc && b->unnamed_relations)
        rc = note(b, "import-relation-not-kept", none,
                  "%zu document%s the text carries out or rests on without a readable number; named only in the text",
                  b->unnamed_relations, b->unnamed_relations == 1 ? "" : "s");
    return rc;
}

int congdoan__found_to_corpus(const congdoan__found *f, congdoan_corpus *target, const char *id,
                              congdoan_issues *issues, const congdoan_document **out)
{
    *out = NULL;
    builder b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.issues = issues;
    int rc = congdoan_corpus_new(&b.scratch);
    for (int l = 0; !rc && l < CONGDOAN__LIMIT_COUNT; l++)
        rc = congdoan_corpus_set_limit(b.scratch, (congdoan_limit)l, congdoan_corpus_get_limit(target, (congdoan_limit)l));
    /* A news item has no kind of its own in the vocabulary: it reports, so it is a report. */
    congdoan_document_kind kind = f->kind != CONGDOAN_DOCUMENT_UNKNOWN ? f->kind : CONGDOAN_DOCUMENT_REPORT;
    if (!rc)
        rc = congdoan_corpus_add_document(b.scratch, id, kind, &b.doc);
    if (!rc)
        rc = add_metadata(&b);
    if (!rc)
        rc = add_sections(&b);
    if (!rc)
        rc = add_body(&b);
    if (!rc)
        rc = report_losses(&b);
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
    congdoan_corpus_free(b.scratch);
    if (rc)
        return rc;
    *out = congdoan_corpus_document_by_id(target, id);
    return *out ? 0 : congdoan__error(CONGDOAN_ERROR, "the imported document '%s' is not in the corpus", id);
}
