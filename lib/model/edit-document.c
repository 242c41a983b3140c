/*
 * Editing: documents, their metadata, relations, recipients, reporting, deadlines and reporters
 * (see congdoan/edit.h).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* A document number as written in a file: readable by congdoan_docnumber_parse(), and in its
 * canonical form (the schema's pattern: no "Số:", no spaces, '-' as the dash, the letter of a
 * serial in lower case). */
static int check_docnumber(const congdoan_corpus *c, text *t, const char *in, const char *w, const char *attr)
{
    int rc = congdoan__edit_check_text(c, t, in, 0, w, attr);
    if (rc || !t->present)
        return rc;
    congdoan_docnumber *num = NULL;
    rc = congdoan_docnumber_parse(t->s, &num);
    if (rc) {
        char why[1024];
        snprintf(why, sizeof why, "%s", congdoan_error_last_message());
        congdoan__edit_text_free(t);
        if (rc == CONGDOAN_ENOMEM)
            return congdoan__edit_nomem(w);
        return congdoan__error(rc, "%s: the %s cannot be read: %s", w, _(attr), why);
    }
    const char *canon = congdoan_docnumber_text(num);
    const char *serial = congdoan_docnumber_serial(num);
    size_t slen = strlen(serial);
    int upper = slen && serial[slen - 1] >= 'A' && serial[slen - 1] <= 'Z';
    if (strcmp(canon, t->s) != 0 || upper) {
        char expected[512];
        snprintf(expected, sizeof expected, "%s", canon);
        if (upper && slen - 1 < sizeof expected)
            expected[slen - 1] = (char)(expected[slen - 1] - 'A' + 'a');
        rc =
            congdoan__error(CONGDOAN_EINVAL,
                            "%s: the %s '%.*s' is not written as in a file (no \"S\xe1\xbb\x91:\", no spaces, '-' as "
                            "the dash, the letter of a serial in lower case); expected '%s'",
                            w, _(attr), CONGDOAN__SHOWN(t->s, strlen(t->s), 120), t->s, expected);
        congdoan__edit_text_free(t);
    }
    congdoan_docnumber_free(num);
    return rc;
}

/* ---- documents ------------------------------------------------------------------------------- */

/* A string or identifier field of a document, set whole (congdoan__edit_set_field). */
static int document_field(congdoan_corpus *corpus, const congdoan_document *obj, size_t field, const char *value,
                          unsigned how, const char *attr)
{
    int rc = OWN_DOC(corpus, obj);
    who w;
    return rc ? rc
              : congdoan__edit_set_field(corpus, obj, field, value, how, congdoan__edit_who_document(&w, obj), attr);
}

/* new_object's id_free for documents */
static int document_id_free(const new_object *o, const char *w)
{
    if (congdoan__document_lookup(o->corpus, o->id))
        return congdoan__error(CONGDOAN_EEXISTS, "%s: the id '%s' is already used by another document", w, o->id);
    return 0;
}

CONGDOAN_API int congdoan_corpus_add_document(congdoan_corpus *corpus, const char *id, congdoan_document_kind kind,
                                              const congdoan_document **out)
{
    if (out)
        *out = NULL;
    const new_object o = {.kind = NEW_DOCUMENT, .corpus = corpus, .id = id, .id_free = document_id_free,
                          .enums = {{&congdoan__document_kinds, (int)kind, 1, N_("document kind")}}};
    who w;
    int rc = congdoan__edit_check_new(&o, &w, NULL);
    if (rc)
        return rc;
    congdoan_document *d = congdoan__arena_alloc(&corpus->arena, sizeof *d);
    if (!d || congdoan__edit_keep_id(corpus, id, &d->id) ||
        congdoan__vec_reserve(&corpus->documents, corpus->documents.count + 1) != 0 ||
        congdoan__map_reserve(&corpus->document_map, corpus->document_map.count + 1) != 0)
        return congdoan__edit_nomem(w.s);
    d->corpus = corpus;
    d->kind = kind;
    d->index = corpus->documents.count; /* with no number yet: not in the index of numbers */
    corpus->documents.items[corpus->documents.count++] = d;
    congdoan__map_put(&corpus->document_map, d->id, d);
    if (out)
        *out = d;
    return 0;
}

CONGDOAN_API int congdoan_document_set_kind(congdoan_corpus *corpus, const congdoan_document *doc,
                                            congdoan_document_kind kind)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    CHECK_ENUM(kind, congdoan__document_kinds, 1, congdoan__edit_who_document(&w, doc), N_("document kind"));
    ((congdoan_document *)doc)->kind = kind;
    return 0;
}

CONGDOAN_API int congdoan_document_set_number(congdoan_corpus *corpus, const congdoan_document *doc, const char *number)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_document(&w, doc);
    text t;
    if ((rc = check_docnumber(corpus, &t, number, w.s, N_("number"))) != 0)
        return rc;
    const char *copy;
    rc = congdoan__edit_keep_text(corpus, &t, &copy);
    congdoan__edit_text_free(&t);
    if (rc || (copy && congdoan__numbers_reserve(corpus, 1) != 0))
        return congdoan__edit_nomem(w.s);
    congdoan_document *d = (congdoan_document *)doc;
    congdoan__numbers_remove(corpus, d);
    d->number = copy;
    congdoan__numbers_put(corpus, d);
    return 0;
}

CONGDOAN_API int congdoan_document_set_title(congdoan_corpus *corpus, const congdoan_document *doc, const char *title)
{
    return document_field(corpus, doc, offsetof(congdoan_document, title), title, T_TRIM, N_("title"));
}

CONGDOAN_API int congdoan_document_set_issuer_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *issuer_id)
{
    return document_field(corpus, doc, offsetof(congdoan_document, issuer_id), issuer_id, F_ID, N_("issuer id"));
}

CONGDOAN_API int congdoan_document_set_issuing_body_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       const char *body_id)
{
    return document_field(corpus, doc, offsetof(congdoan_document, issuing_body_id), body_id, F_ID, N_("issuing body id"));
}

CONGDOAN_API int congdoan_document_set_issued(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc || (rc = congdoan__edit_check_date(date_ymd, congdoan__edit_who_document(&w, doc), N_("date of issue"))) != 0)
        return rc;
    ((congdoan_document *)doc)->issued = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_set_effective(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc ||
        (rc = congdoan__edit_check_date(date_ymd, congdoan__edit_who_document(&w, doc), N_("date it takes effect"))) != 0)
        return rc;
    ((congdoan_document *)doc)->effective = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_set_place(congdoan_corpus *corpus, const congdoan_document *doc, const char *place)
{
    return document_field(corpus, doc, offsetof(congdoan_document, place), place, 0, N_("place"));
}

CONGDOAN_API int congdoan_document_set_field(congdoan_corpus *corpus, const congdoan_document *doc, const char *field)
{
    return document_field(corpus, doc, offsetof(congdoan_document, field), field, 0, N_("field"));
}

CONGDOAN_API int congdoan_document_set_signer(congdoan_corpus *corpus, const congdoan_document *doc, const char *name,
                                              const char *position, const char *capacity)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    if (!name) {
        if (position || capacity)
            return congdoan__error(CONGDOAN_EINVAL, "%s: a signer's position and capacity need the signer's name", w.s);
        d->signer_name = d->signer_position = d->signer_capacity = NULL;
        return 0;
    }
    text tn, tp, tc;
    if ((rc = congdoan__edit_check_text(corpus, &tn, name, 0, w.s, N_("signer's name"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(corpus, &tp, position, 0, w.s, N_("signer's position"))) != 0) {
        congdoan__edit_text_free(&tn);
        return rc;
    }
    if ((rc = congdoan__edit_check_text(corpus, &tc, capacity, 0, w.s, N_("signer's capacity"))) != 0) {
        congdoan__edit_text_free(&tn);
        congdoan__edit_text_free(&tp);
        return rc;
    }
    const char *n, *p, *cap;
    int bad = congdoan__edit_keep_text(corpus, &tn, &n) || congdoan__edit_keep_text(corpus, &tp, &p) ||
              congdoan__edit_keep_text(corpus, &tc, &cap);
    congdoan__edit_text_free(&tn);
    congdoan__edit_text_free(&tp);
    congdoan__edit_text_free(&tc);
    if (bad)
        return congdoan__edit_nomem(w.s);
    d->signer_name = n;
    d->signer_position = p;
    d->signer_capacity = cap;
    return 0;
}

CONGDOAN_API int congdoan_document_add_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                congdoan_relation_type type, const char *target_id, const char *number,
                                                int date_ymd, const char *txt)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    CHECK_ENUM(type, congdoan__relation_types, 1, w.s, N_("relation type"));
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_relation(target_id != NULL, number != NULL, 0, congdoan__edit_new_part(&w, N_("relation")),
                             &refused.sink);
    if (refused.rc)
        return refused.rc;
    if ((rc = congdoan__edit_check_id(target_id, 0, w.s, N_("relation's target document id"))) != 0 ||
        (rc = congdoan__edit_check_date(date_ymd, w.s, N_("relation's date"))) != 0)
        return rc;
    text tnum, ttext;
    if ((rc = check_docnumber(corpus, &tnum, number, w.s, N_("relation's number"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(corpus, &ttext, txt, T_TRIM | T_BLANK_IS_NONE, w.s, N_("relation's text"))) != 0) {
        congdoan__edit_text_free(&tnum);
        return rc;
    }
    congdoan__relation r = {0};
    r.type = type;
    r.date = date_ymd;
    int bad = congdoan__edit_keep_id(corpus, target_id, &r.target_id) ||
              congdoan__edit_keep_text(corpus, &tnum, &r.number) || congdoan__edit_keep_text(corpus, &ttext, &r.text) ||
              congdoan__grow(&corpus->arena, (void **)&d->relations, d->relation_count, &d->relation_cap,
                             sizeof *d->relations) != 0;
    congdoan__edit_text_free(&tnum);
    congdoan__edit_text_free(&ttext);
    if (bad)
        return congdoan__edit_nomem(w.s);
    d->relations[d->relation_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_add_recipient(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *txt, const char *unit_id)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    if (!txt)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the recipient's text is NULL; expected the recipient as printed",
                               w.s);
    if ((rc = congdoan__edit_check_id(unit_id, 0, w.s, N_("recipient's unit id"))) != 0)
        return rc;
    text t;
    if ((rc = congdoan__edit_check_text(corpus, &t, txt, T_TRIM, w.s, N_("recipient's text"))) != 0)
        return rc;
    congdoan__recipient r = {0};
    int bad = congdoan__edit_keep_text(corpus, &t, &r.text) || congdoan__edit_keep_id(corpus, unit_id, &r.unit_id) ||
              congdoan__grow(&corpus->arena, (void **)&d->recipients, d->recipient_count, &d->recipient_cap,
                             sizeof *d->recipients) != 0;
    congdoan__edit_text_free(&t);
    if (bad)
        return congdoan__edit_nomem(w.s);
    d->recipients[d->recipient_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporting(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *to_id, congdoan_period_kind frequency)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    CHECK_ENUM(frequency, congdoan__frequencies, 0, w.s, N_("reporting frequency"));
    if ((rc = congdoan__edit_check_id(to_id, 0, w.s, N_("id of the unit reports go to"))) != 0)
        return rc;
    const char *copy;
    if (congdoan__edit_keep_id(corpus, to_id, &copy))
        return congdoan__edit_nomem(w.s);
    d->has_reporting = 1;
    d->reporting_to_id = copy;
    d->reporting_frequency = frequency;
    return 0;
}

CONGDOAN_API int congdoan_document_add_deadline(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *period, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    if (!period)
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: the deadline's period is NULL; expected a period code such as 2025-H1", w.s);
    if ((rc = congdoan__edit_check_period(period, w.s, N_("deadline's period"))) != 0)
        return rc;
    if (date_ymd == 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the deadline for %s has no date; expected a date such as 20250615",
                               w.s, period);
    if ((rc = congdoan__edit_check_date(date_ymd, w.s, N_("deadline's date"))) != 0)
        return rc;
    for (size_t i = 0; i < d->deadline_count; i++)
        if (strcmp(d->deadlines[i].period, period) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already has a deadline for the period %s (%08d)", w.s, period,
                                   d->deadlines[i].date);
    congdoan__deadline dl = {0};
    dl.date = date_ymd;
    if (congdoan__edit_keep_id(corpus, period, &dl.period) ||
        congdoan__grow(&corpus->arena, (void **)&d->deadlines, d->deadline_count, &d->deadline_cap,
                       sizeof *d->deadlines) != 0)
        return congdoan__edit_nomem(w.s);
    d->deadlines[d->deadline_count++] = dl;
    d->has_reporting = 1;
    return 0;
}

CONGDOAN_API int congdoan_document_add_reporter(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *unit_id)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    if ((rc = congdoan__edit_check_id(unit_id, 1, w.s, N_("reporter's unit id"))) != 0)
        return rc;
    for (size_t i = 0; i < d->reporter_count; i++)
        if (strcmp(d->reporters[i].unit_id, unit_id) == 0)
            return congdoan__error(CONGDOAN_EEXISTS, "%s already names '%s' as a reporter", w.s, unit_id);
    const char *copy;
    if (congdoan__edit_keep_id(corpus, unit_id, &copy) ||
        congdoan__grow(&corpus->arena, (void **)&d->reporters, d->reporter_count, &d->reporter_cap,
                       sizeof *d->reporters) != 0)
        return congdoan__edit_nomem(w.s);
    d->reporters[d->reporter_count++] = (congdoan__reporter){.unit_id = copy};
    d->has_reporting = 1;
    return 0;
}

/* ---- 1.2: documents ---------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_document_set_issuer_text(congdoan_corpus *corpus, const congdoan_document *doc,
                                                   const char *txt)
{
    return document_field(corpus, doc, offsetof(congdoan_document, issuer_text), txt, 0, N_("issuer as printed"));
}

CONGDOAN_API int congdoan_document_set_author(congdoan_corpus *corpus, const congdoan_document *doc, const char *author)
{
    return document_field(corpus, doc, offsetof(congdoan_document, author), author, 0, N_("author"));
}

CONGDOAN_API int congdoan_document_set_published(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    if (rc || (rc = congdoan__edit_check_date(date_ymd, congdoan__edit_who_document(&w, doc), N_("publication date"))) != 0)
        return rc;
    ((congdoan_document *)doc)->published = date_ymd;
    return 0;
}

CONGDOAN_API int congdoan_document_add_titled_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       congdoan_relation_type type, const char *title, int date_ymd,
                                                       const char *txt)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    CHECK_ENUM(type, congdoan__relation_types, 1, w.s, N_("relation type"));
    if ((rc = congdoan__edit_check_date(date_ymd, w.s, N_("date of the related document"))) != 0)
        return rc;
    if (!title)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the title of the related document is NULL; it is required", w.s);
    text tt, tx;
    if ((rc = congdoan__edit_check_text(corpus, &tt, title, 0, w.s, N_("title of the related document"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(corpus, &tx, txt, T_TRIM | T_BLANK_IS_NONE, w.s, N_("text of the relation"))) !=
        0) {
        congdoan__edit_text_free(&tt);
        return rc;
    }
    congdoan__relation r = {.type = type, .date = date_ymd};
    int bad = congdoan__edit_keep_text(corpus, &tt, &r.title) || congdoan__edit_keep_text(corpus, &tx, &r.text) ||
              congdoan__grow(&corpus->arena, (void **)&d->relations, d->relation_count, &d->relation_cap,
                             sizeof *d->relations) != 0;
    congdoan__edit_text_free(&tt);
    congdoan__edit_text_free(&tx);
    if (bad)
        return congdoan__edit_nomem(w.s);
    d->relations[d->relation_count++] = r;
    return 0;
}

CONGDOAN_API int congdoan_document_set_relation_title(congdoan_corpus *corpus, const congdoan_document *doc, size_t i,
                                                      const char *title)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan_document *d = (congdoan_document *)doc;
    who w;
    congdoan__edit_who_document(&w, d);
    if (i >= d->relation_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu relations; relation %zu does not exist", w.s,
                               d->relation_count, i);
    congdoan__relation *r = &d->relations[i];
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_relation(r->target_id != NULL, r->number != NULL, title != NULL, w.s, &refused.sink);
    if (refused.rc)
        return refused.rc;
    return congdoan__edit_set_string(corpus, &r->title, title, 0, 0, w.s, N_("title of the related document"));
}

CONGDOAN_API int congdoan_document_set_reporting_via(congdoan_corpus *corpus, const congdoan_document *doc,
                                                     const char *via_id)
{
    return document_field(corpus, doc, offsetof(congdoan_document, reporting_via_id), via_id, F_ID,
                          N_("id of the department reports go through"));
}

static int reporter_at(congdoan_corpus *corpus, const congdoan_document *doc, size_t i, who *w,
                       congdoan__reporter **out)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    congdoan__edit_who_document(w, doc);
    if (i >= doc->reporter_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s names %zu reporters; reporter %zu does not exist", w->s,
                               doc->reporter_count, i);
    *out = &((congdoan_document *)doc)->reporters[i];
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporter_indicators(congdoan_corpus *corpus, const congdoan_document *doc,
                                                           size_t i, const char *const *indicator_ids, size_t count)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(doc);
    if (count && !indicator_ids)
        return congdoan__invalid_arg("indicator_ids");
    who w;
    congdoan__reporter *rp = NULL;
    int rc = reporter_at(corpus, doc, i, &w, &rp);
    if (rc)
        return rc;
    if (count && !indicator_ids)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the list of %zu indicator ids is NULL", w.s, count);
    for (size_t k = 0; k < count; k++) {
        if ((rc = congdoan__edit_check_id(indicator_ids[k], 1, w.s, N_("indicator id of a reporter"))) != 0)
            return rc;
        for (size_t j = 0; j < k; j++)
            if (strcmp(indicator_ids[j], indicator_ids[k]) == 0)
                return congdoan__error(CONGDOAN_EEXISTS, "%s: indicator '%s' is listed twice for reporter '%s'", w.s,
                                       indicator_ids[k], congdoan__edit_safe(rp->unit_id));
    }
    const char **ids = count ? congdoan__arena_alloc(&corpus->arena, count * sizeof *ids) : NULL;
    if (count && !ids)
        return congdoan__edit_nomem(w.s);
    for (size_t k = 0; k < count; k++)
        if (congdoan__edit_keep_id(corpus, indicator_ids[k], &ids[k]))
            return congdoan__edit_nomem(w.s);
    rp->indicators = ids;
    rp->indicator_count = count;
    return 0;
}

CONGDOAN_API int congdoan_document_set_reporter_coverage(congdoan_corpus *corpus, const congdoan_document *doc,
                                                         size_t i, int coverage)
{
    who w;
    congdoan__reporter *rp = NULL;
    int rc = reporter_at(corpus, doc, i, &w, &rp);
    if (rc)
        return rc;
    CHECK_ENUM(coverage, congdoan__coverages, 0, w.s, N_("coverage"));
    rp->coverage = coverage;
    return 0;
}

CONGDOAN_API int congdoan_document_set_source(congdoan_corpus *corpus, const congdoan_document *doc, const char *file,
                                              int line, int column, const char *words)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_document *)doc)->source, file, line, column, words,
                                              congdoan__edit_who_document(&w, doc));
}

CONGDOAN_API int congdoan_document_set_signer_source(congdoan_corpus *corpus, const congdoan_document *doc,
                                                     const char *file, int line, int column, const char *words)
{
    int rc = OWN_DOC(corpus, doc);
    who w;
    return rc ? rc
              : congdoan__edit_set_provenance(corpus, &((congdoan_document *)doc)->signer_source, file, line, column,
                                              words, congdoan__edit_who_document(&w, doc));
}

CONGDOAN_API int congdoan_document_set_relation_source(congdoan_corpus *corpus, const congdoan_document *doc, size_t i,
                                                       const char *file, int line, int column, const char *words)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_document(&w, doc);
    if (i >= doc->relation_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu relations; relation %zu does not exist", w.s,
                               doc->relation_count, i);
    return congdoan__edit_set_provenance(corpus, &doc->relations[i].source, file, line, column, words, w.s);
}

CONGDOAN_API int congdoan_document_set_recipient_source(congdoan_corpus *corpus, const congdoan_document *doc,
                                                        size_t i, const char *file, int line, int column,
                                                        const char *words)
{
    int rc = OWN_DOC(corpus, doc);
    if (rc)
        return rc;
    who w;
    congdoan__edit_who_document(&w, doc);
    if (i >= doc->recipient_count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu recipients; recipient %zu does not exist", w.s,
                               doc->recipient_count, i);
    return congdoan__edit_set_provenance(corpus, &doc->recipients[i].source, file, line, column, words, w.s);
}
