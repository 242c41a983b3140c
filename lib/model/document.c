/*
 * Document and section accessors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>


CONGDOAN_API const char *congdoan_document_id(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->id;
}
CONGDOAN_API congdoan_document_kind congdoan_document_get_kind(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->kind;
}
CONGDOAN_API const char *congdoan_document_number(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->number;
}
CONGDOAN_API const char *congdoan_document_title(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->title;
}
CONGDOAN_API const char *congdoan_document_issuer_id(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->issuer_id;
}
CONGDOAN_API const char *congdoan_document_issuing_body_id(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->issuing_body_id;
}
CONGDOAN_API int congdoan_document_issued(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->issued;
}
CONGDOAN_API int congdoan_document_effective(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->effective;
}
CONGDOAN_API const char *congdoan_document_place(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->place;
}
CONGDOAN_API const char *congdoan_document_field(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->field;
}
CONGDOAN_API const char *congdoan_document_signer_name(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->signer_name;
}
CONGDOAN_API const char *congdoan_document_signer_position(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->signer_position;
}
CONGDOAN_API const char *congdoan_document_signer_capacity(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->signer_capacity;
}

CONGDOAN_API const congdoan_unit *congdoan_document_issuer(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return congdoan__unit_lookup(d->corpus, d->issuer_id);
}

CONGDOAN_API const congdoan_unit *congdoan_document_issuing_body(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return congdoan__unit_lookup(d->corpus, d->issuing_body_id);
}

static const congdoan__relation *relation(const congdoan_document *d, size_t i)
{
    return d && i < d->relation_count ? &d->relations[i] : NULL;
}

CONGDOAN_API size_t congdoan_document_relation_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->relation_count;
}
CONGDOAN_API congdoan_relation_type congdoan_document_relation_type(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    const congdoan__relation *r = relation(d, i);
    return r ? r->type : 0;
}
/* A relation names its target by id, or only by number when the target is outside the corpus
 * (or was, when the file was written). Numbers restart every year and differ only by issuer
 * code, so a number match must also agree on the date when the relation gives one. Stored
 * numbers are NFC already, so they compare byte for byte. */
static const congdoan_document *relation_target(const congdoan_document *d, const congdoan__relation *r)
{
    if (r->target_id)
        return congdoan__document_lookup(d->corpus, r->target_id);
    if (!r->number)
        return NULL;
    const congdoan_corpus *c = d->corpus;
    for (size_t i = 0; i < c->documents.count; i++) {
        const congdoan_document *o = c->documents.items[i];
        if (o->number && strcmp(o->number, r->number) == 0 && (!r->date || !o->issued || o->issued == r->date))
            return o;
    }
    return NULL;
}

CONGDOAN_API const congdoan_document *congdoan_document_relation_target(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__relation *r = relation(d, i);
    return r ? relation_target(d, r) : NULL;
}
CONGDOAN_API const char *congdoan_document_relation_target_id(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__relation *r = relation(d, i);
    return r ? r->target_id : NULL;
}
CONGDOAN_API const char *congdoan_document_relation_number(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__relation *r = relation(d, i);
    return r ? r->number : NULL;
}
CONGDOAN_API int congdoan_document_relation_date(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    const congdoan__relation *r = relation(d, i);
    return r ? r->date : 0;
}
CONGDOAN_API const char *congdoan_document_relation_text(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__relation *r = relation(d, i);
    return r ? r->text : NULL;
}

static const congdoan__recipient *recipient(const congdoan_document *d, size_t i)
{
    return d && i < d->recipient_count ? &d->recipients[i] : NULL;
}

CONGDOAN_API size_t congdoan_document_recipient_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->recipient_count;
}
CONGDOAN_API const char *congdoan_document_recipient_text(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__recipient *r = recipient(d, i);
    return r ? r->text : NULL;
}
CONGDOAN_API const congdoan_unit *congdoan_document_recipient_unit(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__recipient *r = recipient(d, i);
    return r ? congdoan__unit_lookup(d->corpus, r->unit_id) : NULL;
}
CONGDOAN_API const char *congdoan_document_recipient_unit_id(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan__recipient *r = recipient(d, i);
    return r ? r->unit_id : NULL;
}

CONGDOAN_API size_t congdoan_document_section_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->section_count;
}
CONGDOAN_API const congdoan_section *congdoan_document_section(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->section_count ? d->sections[i] : NULL;
}

CONGDOAN_API size_t congdoan_document_task_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->task_count;
}
CONGDOAN_API const congdoan_task *congdoan_document_task(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->task_count ? d->tasks[i] : NULL;
}
CONGDOAN_API const congdoan_task *congdoan_document_task_by_id(const congdoan_document *d, const char *id)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    CONGDOAN__NOT_NULL(id, "id", NULL);
    int kind;
    const void *x = congdoan__local_id_get(d->corpus, d, id, &kind);
    return kind == CONGDOAN_ITEM_TASK ? x : NULL;
}

CONGDOAN_API size_t congdoan_document_indicator_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->indicator_count;
}
CONGDOAN_API const congdoan_indicator *congdoan_document_indicator(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->indicator_count ? d->indicators[i] : NULL;
}
CONGDOAN_API const congdoan_indicator *congdoan_document_indicator_by_id(const congdoan_document *d, const char *id)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    CONGDOAN__NOT_NULL(id, "id", NULL);
    int kind;
    const void *x = congdoan__local_id_get(d->corpus, d, id, &kind);
    return kind == CONGDOAN_ITEM_INDICATOR ? x : NULL;
}

CONGDOAN_API const char *congdoan_section_id(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return s->id;
}
CONGDOAN_API const char *congdoan_section_number(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return s->number;
}
CONGDOAN_API const char *congdoan_section_title(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return s->title;
}
CONGDOAN_API const congdoan_section *congdoan_section_parent(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return s->parent;
}
CONGDOAN_API const congdoan_document *congdoan_section_document(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return s->document;
}
CONGDOAN_API size_t congdoan_section_item_count(const congdoan_section *s)
{
    CONGDOAN__NOT_NULL(s, "section", 0);
    return s->item_count;
}

static const congdoan__item *item(const congdoan_section *s, size_t i, congdoan_item_kind kind)
{
    if (!s || i >= s->item_count)
        return NULL;
    return kind == CONGDOAN_ITEM_NONE || s->items[i].kind == kind ? &s->items[i] : NULL;
}

CONGDOAN_API congdoan_item_kind congdoan_section_item_kind(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", 0);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_NONE);
    return it ? it->kind : CONGDOAN_ITEM_NONE;
}
CONGDOAN_API const char *congdoan_section_item_text(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_PARAGRAPH);
    return it ? it->u.text : NULL;
}
CONGDOAN_API const congdoan_section *congdoan_section_item_section(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_SECTION);
    return it ? it->u.section : NULL;
}
CONGDOAN_API const congdoan_task *congdoan_section_item_task(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_TASK);
    return it ? it->u.task : NULL;
}
CONGDOAN_API const congdoan_indicator *congdoan_section_item_indicator(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_INDICATOR);
    return it ? it->u.indicator : NULL;
}

CONGDOAN_API int congdoan_document_has_reporting(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->has_reporting;
}
CONGDOAN_API const congdoan_unit *congdoan_document_reporting_to(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return congdoan__unit_lookup(d->corpus, d->reporting_to_id ? d->reporting_to_id : d->issuer_id);
}
CONGDOAN_API congdoan_period_kind congdoan_document_reporting_frequency(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->reporting_frequency;
}
CONGDOAN_API size_t congdoan_document_deadline_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->deadline_count;
}
CONGDOAN_API const char *congdoan_document_deadline_period(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->deadline_count ? d->deadlines[i].period : NULL;
}
CONGDOAN_API int congdoan_document_deadline_date(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return i < d->deadline_count ? d->deadlines[i].date : 0;
}
CONGDOAN_API int congdoan_document_deadline(const congdoan_document *d, const char *period)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    CONGDOAN__NOT_NULL(period, "period", 0);
    for (size_t i = 0; i < d->deadline_count; i++)
        if (strcmp(d->deadlines[i].period, period) == 0)
            return d->deadlines[i].date;
    return 0;
}
CONGDOAN_API size_t congdoan_document_reporter_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->reporter_count;
}
CONGDOAN_API const char *congdoan_document_reporter_id(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->reporter_count ? d->reporters[i].unit_id : NULL;
}
CONGDOAN_API const congdoan_unit *congdoan_document_reporter(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return i < d->reporter_count ? congdoan__unit_lookup(d->corpus, d->reporters[i].unit_id) : NULL;
}

/* The i-th relation anywhere in the corpus that points at `d`; NULL when there are fewer. */
static const congdoan__relation *incoming(const congdoan_document *d, size_t i, const congdoan_document **from)
{
    if (!d)
        return NULL;
    const congdoan_corpus *c = d->corpus;
    for (size_t k = 0; k < c->documents.count; k++) {
        const congdoan_document *o = c->documents.items[k];
        for (size_t j = 0; j < o->relation_count; j++)
            if (relation_target(o, &o->relations[j]) == d && i-- == 0) {
                *from = o;
                return &o->relations[j];
            }
    }
    return NULL;
}

CONGDOAN_API size_t congdoan_document_incoming_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    size_t n = 0;
    for (size_t k = 0; k < d->corpus->documents.count; k++) {
        const congdoan_document *o = d->corpus->documents.items[k];
        for (size_t j = 0; j < o->relation_count; j++)
            n += relation_target(o, &o->relations[j]) == d;
    }
    return n;
}

CONGDOAN_API const congdoan_document *congdoan_document_incoming(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    const congdoan_document *from = NULL;
    return incoming(d, i, &from) ? from : NULL;
}

CONGDOAN_API congdoan_relation_type congdoan_document_incoming_type(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    const congdoan_document *from;
    const congdoan__relation *r = incoming(d, i, &from);
    return r ? r->type : 0;
}

/* ---- 1.2 ------------------------------------------------------------------------------------- */

CONGDOAN_API const char *congdoan_document_issuer_text(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->issuer_text;
}
CONGDOAN_API const char *congdoan_document_author(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->author;
}
CONGDOAN_API int congdoan_document_published(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->published;
}
CONGDOAN_API const char *congdoan_document_relation_title(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d && i < d->relation_count ? d->relations[i].title : NULL;
}
CONGDOAN_API size_t congdoan_document_reporter_indicator_count(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d && i < d->reporter_count ? d->reporters[i].indicator_count : 0;
}
CONGDOAN_API const char *congdoan_document_reporter_indicator_id(const congdoan_document *d, size_t i, size_t k)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d && i < d->reporter_count && k < d->reporters[i].indicator_count ? d->reporters[i].indicators[k] : NULL;
}
CONGDOAN_API int congdoan_document_reporter_coverage(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d && i < d->reporter_count ? d->reporters[i].coverage : 0;
}
CONGDOAN_API const char *congdoan_document_reporting_via_id(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d->reporting_via_id;
}
CONGDOAN_API const congdoan_unit *congdoan_document_reporting_via(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d ? congdoan__unit_lookup(d->corpus, d->reporting_via_id) : NULL;
}
CONGDOAN_API size_t congdoan_document_result_count(const congdoan_document *d)
{
    CONGDOAN__NOT_NULL(d, "doc", 0);
    return d->result_count;
}
CONGDOAN_API const congdoan_result *congdoan_document_result(const congdoan_document *d, size_t i)
{
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return d && i < d->result_count ? d->results[i] : NULL;
}
CONGDOAN_API const congdoan_result *congdoan_document_result_by_id(const congdoan_document *d, const char *id)
{
    CONGDOAN__NOT_NULL(id, "id", NULL);
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    int kind;
    const void *x = congdoan__local_id_get(d->corpus, d, id, &kind);
    return kind == CONGDOAN_ITEM_RESULT ? x : NULL;
}
CONGDOAN_API const char *congdoan_document_source(const congdoan_document *d, const char **file, int *line, int *column)
{
    /* the outs are cleared whatever the handle */
    const char *words = congdoan__provenance_get(d ? &d->source : NULL, file, line, column);
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return words;
}
/* The words and place of a part's provenance p (NULL: none) of document d. */
static const char *part_source(const congdoan_document *d, const congdoan__provenance *p, const char **file, int *line,
                               int *column)
{
    const char *words = congdoan__provenance_get(p, file, line, column); /* the outs cleared whatever d */
    CONGDOAN__NOT_NULL(d, "doc", NULL);
    return words;
}
CONGDOAN_API const char *congdoan_document_signer_source(const congdoan_document *d, const char **file, int *line,
                                                          int *column)
{
    return part_source(d, d ? &d->signer_source : NULL, file, line, column);
}
CONGDOAN_API const char *congdoan_document_relation_source(const congdoan_document *d, size_t i, const char **file,
                                                           int *line, int *column)
{
    const congdoan__relation *r = relation(d, i);
    return part_source(d, r ? &r->source : NULL, file, line, column);
}
CONGDOAN_API const char *congdoan_document_recipient_source(const congdoan_document *d, size_t i, const char **file,
                                                            int *line, int *column)
{
    const congdoan__recipient *r = recipient(d, i);
    return part_source(d, r ? &r->source : NULL, file, line, column);
}
CONGDOAN_API const char *congdoan_section_source(const congdoan_section *s, const char **file, int *line, int *column)
{
    const char *words = congdoan__provenance_get(s ? &s->source : NULL, file, line, column);
    CONGDOAN__NOT_NULL(s, "section", NULL);
    return words;
}
CONGDOAN_API const congdoan_result *congdoan_section_item_result(const congdoan_section *s, size_t i)
{
    CONGDOAN__NOT_NULL(s, "section", NULL);
    const congdoan__item *it = item(s, i, CONGDOAN_ITEM_RESULT);
    return it ? it->u.result : NULL;
}
