/*
 * congdoan_corpus_check(): the rules that need the whole corpus or that a grammar cannot say —
 * references, the shape of the hierarchy, and values that parse but cannot be right.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/rules.h"
#include "model/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The schema's docnumber-type, said in words (a number not of that shape is refused by the
 * schema, so by the check too, before the parser is asked whether it can read it). */
#define MACHINE_FORM N_("a document number in machine form such as 240/KH-TLĐ, 105/2020/NĐ-CP, 02/KHLT/LĐLĐ-TĐTN or 12-CT/TW")

typedef struct checker {
    const congdoan_corpus *corpus;
    congdoan_issues *issues;
    int failed;             /* CONGDOAN_ENOMEM once recording an issue failed */
} checker;

/* A document's indicators and tasks by id, through the corpus's table of the ids inside
 * documents (local-ids.c): reports, reporters, refinements and parts name them, and the lists
 * searched one by one for each name would cost their product (a report of 20,000 values against
 * a document of 20,000 indicators: 4e8 comparisons). */
static const congdoan_indicator *indicator_of(checker *k, const congdoan_document *d, const char *id)
{
    int kind;
    const void *x = congdoan__local_id_get(k->corpus, d, id, &kind);
    return kind == CONGDOAN_ITEM_INDICATOR ? x : NULL;
}

static const congdoan_task *task_of(checker *k, const congdoan_document *d, const char *id)
{
    int kind;
    const void *x = congdoan__local_id_get(k->corpus, d, id, &kind);
    return kind == CONGDOAN_ITEM_TASK ? x : NULL;
}

static void report(checker *k, const char *tag, const congdoan__loc *loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void report(checker *k, const char *tag, const congdoan__loc *loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (congdoan__issue_addv(k->issues, tag, loc ? loc->file : NULL, loc ? (long)loc->line : 0,
                             loc ? (long)loc->column : 0, fmt, ap) != 0)
        k->failed = CONGDOAN_ENOMEM;
    va_end(ap);
}

/* Rules broken by the object at `loc` become issues there. */
typedef struct check_sink {
    congdoan__rule_sink sink;
    checker *k;
    const congdoan__loc *loc;
} check_sink;

static void rule_broken(congdoan__rule_sink *sink, const char *tag, int missing, const char *message)
{
    check_sink *cs = (check_sink *)sink;
    report(cs->k, tag, cs->loc, "%s", message);
    (void)missing; /* the check reports what is missing too */
}

static check_sink at(checker *k, const congdoan__loc *loc)
{
    check_sink cs = {{rule_broken}, k, loc};
    return cs;
}

/* Naming each object for a message (a translation and a snprintf) cost most of the check of a
 * national file (3,000,000 values), for messages almost never printed: the rules of the
 * objects there are millions of run first against a sink that only notes a break, with an
 * empty name, and again, named, only when one broke (the rules are pure functions). */
typedef struct probe_sink {
    congdoan__rule_sink sink;
    int broken;
} probe_sink;

static void probe_broken(congdoan__rule_sink *sink, const char *tag, int missing, const char *message)
{
    (void)tag, (void)missing, (void)message;
    ((probe_sink *)sink)->broken = 1;
}

static const char *safe(const char *s)
{
    return s ? s : "?";
}

static const congdoan_unit *unit_ref(checker *k, const char *id, const congdoan__loc *loc, const char *role,
                                     const char *owner_kind, const char *owner_id)
{
    if (!id)
        return NULL;
    const congdoan_unit *u = congdoan__unit_lookup(k->corpus, id);
    if (!u)
        report(k, "unknown-unit", loc, "unit '%s', the %s of %s '%s', is not loaded", id, _(role), _(owner_kind),
               safe(owner_id));
    return u;
}

static void check_group(checker *k, const congdoan_unit *g)
{
    unit_ref(k, g->parent_id, &g->loc, N_("organiser"), N_("group"), g->id);
    const congdoan__unit_aside *group = congdoan__unit_more(g);
    for (size_t i = 0; i < group->group_member_count; i++)
        unit_ref(k, group->group_members[i], &g->loc, N_("member"), N_("group"), g->id);
}

static void check_unit(checker *k, const congdoan_unit *u)
{
    if (u->kind == CONGDOAN_UNIT_GROUP)
        check_group(k, u);
    if (u->kind != CONGDOAN_UNIT_ORGANISATION)
        return;
    probe_sink probe = {{probe_broken}, 0};
    congdoan__rules_unit(u->level, u->sector, u->parent_id, "", &probe.sink);
    congdoan__rules_org_kind(u->level, congdoan__unit_more(u)->org_kind, "", &probe.sink);
    if (probe.broken) {
        char who[200];
        snprintf(who, sizeof who, _("unit '%s'"), u->id);
        check_sink cs = at(k, &u->loc);
        congdoan__rules_unit(u->level, u->sector, u->parent_id, who, &cs.sink);
        congdoan__rules_org_kind(u->level, congdoan__unit_more(u)->org_kind, who, &cs.sink);
    }
    if (!u->parent_id)
        return;
    const congdoan_unit *p = unit_ref(k, u->parent_id, &u->loc, N_("parent"), N_("unit"), u->id);
    if (!p)
        return;
    if (p->kind != CONGDOAN_UNIT_ORGANISATION) {
        report(k, "department-as-parent", &u->loc, "the parent of unit '%s' is '%s', a department or body of '%s'",
               u->id, p->id, p->owner ? p->owner->id : "?");
        return;
    }
    if (p == u) {
        report(k, "hierarchy-cycle", &u->loc, "unit '%s' is its own parent", u->id);
        return;
    }
    if (p->level && u->level && p->level >= u->level && u->level != CONGDOAN_LEVEL_CENTRAL)
        report(k, "hierarchy-level-order", &u->loc, "unit '%s' is %s but its parent '%s' is %s; a parent must be a level above",
               u->id, congdoan_level_name(u->level), p->id, congdoan_level_name(p->level));
    /* A valid chain is at most four organisations long; a longer one is either a cycle or already
     * breaks the level order (reported above), so a short walk finds every cycle through u. */
    const congdoan_unit *walk = p;
    for (int steps = 0; walk && steps < 16; steps++) {
        const congdoan_unit *next = walk->parent_id ? congdoan__unit_lookup(k->corpus, walk->parent_id) : NULL;
        if (next == u) {
            report(k, "hierarchy-cycle", &u->loc, "following the parents of unit '%s' leads back to it", u->id);
            return;
        }
        walk = next && next->kind == CONGDOAN_UNIT_ORGANISATION ? next : NULL;
    }
}

/* ---- 1.2: what the words say ---------------------------------------------------------------- */

/* The words that carry each comparator, REFERENCE.md "Comparators": as printed (for messages),
 * then folded (no marks, đ as d, lower case: how they are looked for). A comparator whose words
 * are not in the text is not what the text says. */
typedef struct comparator_words_t {
    const char *printed;
    const char *const *folded;
} comparator_words_t;

static const comparator_words_t *comparator_words(congdoan_comparator c)
{
    static const char *const at_least[] = {"tro len", "it nhat", "toi thieu", "khong duoi", "khong it hon", NULL};
    static const char *const more_than[] = {"tren", "hon", "vuot", NULL};
    static const char *const at_most[] = {"khong qua", "toi da", "tro xuong", "khong vuot", "khong hon", NULL};
    static const char *const less_than[] = {"duoi", "it hon", NULL};
    static const char *const about[] = {"khoang", "gan", "xap xi", "uoc", "chung", NULL};
    static const comparator_words_t words[] = {
        {"\"trở lên\", \"ít nhất\", \"tối thiểu\", \"không dưới\"", at_least},
        {"\"trên\", \"hơn\", \"vượt\"", more_than},
        {"\"không quá\", \"tối đa\", \"trở xuống\", \"không vượt\"", at_most},
        {"\"dưới\", \"ít hơn\"", less_than},
        {"\"khoảng\", \"gần\", \"xấp xỉ\", \"ước\"", about},
    };
    switch (c) {
    case CONGDOAN_COMPARATOR_AT_LEAST: return &words[0];
    case CONGDOAN_COMPARATOR_MORE_THAN: return &words[1];
    case CONGDOAN_COMPARATOR_AT_MOST: return &words[2];
    case CONGDOAN_COMPARATOR_LESS_THAN: return &words[3];
    case CONGDOAN_COMPARATOR_ABOUT: return &words[4];
    default: return NULL;
    }
}

/* Whether folded `text` holds `word` as whole words. */
static int has_words(const char *text, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; (p = strstr(p, word)) != NULL; p++) {
        int start = p == text || p[-1] == ' ';
        int end = (size_t)(p - text) + n == len || p[n] == ' ';
        if (start && end)
            return 1;
    }
    return 0;
}

/* Blank out the words of each population (a piece of the text): their "trở lên" is a threshold's. */
static void without_populations(char *folded, const congdoan_indicator *x)
{
    for (size_t i = 0; i < x->population_count; i++) {
        char *pf = NULL;
        size_t pn = 0;
        if (!x->populations[i].text ||
            congdoan__text_fold(x->populations[i].text, strlen(x->populations[i].text), &pf, &pn) != 0)
            continue;
        char *hit = pn ? strstr(folded, pf) : NULL;
        if (hit)
            memset(hit, '#', pn);
        congdoan__dealloc(pf);
    }
}

static void check_comparator_words(checker *k, const congdoan_indicator *x)
{
    const comparator_words_t *cw = comparator_words(x->comparator);
    if (!cw || !x->text)
        return;
    const char *const *words = cw->folded;
    char *folded = NULL;
    size_t n = 0;
    int rc = congdoan__text_fold(x->text, strlen(x->text), &folded, &n);
    if (rc == CONGDOAN_ENOMEM) {
        k->failed = CONGDOAN_ENOMEM;
        return;
    }
    if (rc != 0)
        return;
    without_populations(folded, x);
    int found = 0;
    for (size_t i = 0; words[i] && !found; i++)
        found = has_words(folded, n, words[i]);
    congdoan__dealloc(folded);
    if (!found)
        report(k, "comparator-unworded", &x->loc,
               "indicator '%s' is %s %g, but its words have none of %s; a bare figure is comparator=\"target\"",
               safe(x->id), safe(congdoan__enum_name(&congdoan__comparators, x->comparator)), x->target, cw->printed);
}

static void check_result(checker *k, const congdoan_result *x, const char *where, const char *where_id)
{
    char who[300];
    snprintf(who, sizeof who, _("result%s%s of %s '%s'"), x->id ? " " : "", x->id ? x->id : "", _(where), safe(where_id));
    check_sink cs = at(k, &x->loc);
    congdoan__rules_result(x, who, &cs.sink);
    unit_ref(k, x->unit_id, &x->loc, N_("unit"), N_("result of"), where_id);
    for (size_t i = 0; i < x->population_count; i++) {
        check_sink ps = at(k, &x->populations[i].loc);
        congdoan__rules_population(&x->populations[i], who, &ps.sink);
    }
    if (x->part_of_id && !congdoan__result_part_of(x) && !k->failed)
        report(k, "unknown-part", &x->loc, "%s is said to be part of '%s', which is no result of the same %s", who,
               x->part_of_id, _(where));
    const congdoan_indicator *answered = NULL; /* found through the document's index, once */
    if (x->indicator_document_id) {
        const congdoan_document *rd = congdoan__document_lookup(k->corpus, x->indicator_document_id);
        if (!rd)
            report(k, "unknown-document", &x->loc, "document '%s', whose indicator %s answers, is not loaded",
                   x->indicator_document_id, who);
        else if (!(answered = indicator_of(k, rd, x->indicator_id)) && !k->failed)
            report(k, "result-indicator-unknown", &x->loc, "%s answers '%s#%s', which that document does not have", who,
                   x->indicator_document_id, safe(x->indicator_id));
    }
    int bits = congdoan__result_rate_mismatches_against(x, answered);
    double rate = 0;
    congdoan__result_rate_against(x, answered, &rate);
    if (bits & CONGDOAN_RATE_STATED)
        report(k, "rate-mismatch", &x->loc, "%s prints the rate %g%%, but %g against the target %g is %.2f%%", who,
               x->stated_rate, x->value, answered->target, rate);
    if (bits & CONGDOAN_RATE_OVER_TARGET)
        report(k, "rate-mismatch", &x->loc, "%s says the target was exceeded by %g%%, but %g against the target %g "
               "is %.2f%% above it", who, x->over_target, x->value, answered->target, rate - 100);
    if (bits & CONGDOAN_RATE_SHARE)
        report(k, "rate-mismatch", &x->loc, "result%s%s prints the share %g%%, but %g of %g is %.2f%%", x->id ? " " : "",
               x->id ? x->id : "", x->share, x->value, x->of, x->value / x->of * 100);
}

static void check_indicator(checker *k, const congdoan_document *d, const congdoan_indicator *x)
{
    const char *id = safe(x->id);
    unit_ref(k, x->owner_id, &x->loc, N_("owner"), N_("indicator"), id);
    char who[200];
    snprintf(who, sizeof who, _("indicator '%s'"), id);
    check_sink cs = at(k, &x->loc);
    congdoan__target t = congdoan__target_of(x);
    congdoan__rules_target(&t, who, &cs.sink);
    if (x->refines_document_id) {
        const congdoan_document *rd = congdoan__document_lookup(k->corpus, x->refines_document_id);
        if (!rd)
            report(k, "unknown-document", &x->loc, "document '%s', refined by indicator '%s', is not loaded",
                   x->refines_document_id, id);
        else if (!indicator_of(k, rd, x->refines_indicator_id) && !k->failed)
            report(k, "unknown-indicator", &x->loc, "indicator '%s' refines '%s#%s', which that document does not have", id,
                   x->refines_document_id, x->refines_indicator_id);
    }
    if (x->part_of_id && ((!indicator_of(k, d, x->part_of_id) && !k->failed) || strcmp(x->part_of_id, id) == 0))
        report(k, "unknown-part", &x->loc, "indicator '%s' is said to be part of '%s', which is no other indicator of "
               "document '%s'", id, x->part_of_id, safe(d->id));
    for (size_t i = 0; i < x->population_count; i++) {
        check_sink ps = at(k, &x->populations[i].loc);
        congdoan__rules_population(&x->populations[i], who, &ps.sink);
    }
    check_comparator_words(k, x);
}

static void check_task(checker *k, const congdoan_document *d, const congdoan_task *t)
{
    const char *id = safe(t->id);
    if (!t->lead_id && !t->lead_text && !t->lead_level)
        report(k, "task-no-lead", &t->loc, "task '%s' of document '%s' has no lead unit", id, safe(d->id));
    char who[300];
    snprintf(who, sizeof who, _("task '%s' of document '%s'"), id, safe(d->id));
    check_sink cs = at(k, &t->loc);
    congdoan__rules_class(t->lead_level, t->lead_kinds, t->lead_sectors, who, &cs.sink);
    for (size_t i = 0; i < t->coordinator_count; i++) {
        const congdoan__coordinator *c = &t->coordinators[i];
        check_sink ccs = at(k, &c->loc);
        congdoan__rules_coordinator(c->unit_id != NULL, c->text != NULL, c->level != 0, who, &ccs.sink);
        congdoan__rules_class(c->level, c->kinds, c->sectors, who, &ccs.sink);
    }
    unit_ref(k, t->lead_id, &t->loc, N_("lead"), N_("task"), id);
    for (size_t i = 0; i < t->coordinator_count; i++)
        unit_ref(k, t->coordinators[i].unit_id, &t->coordinators[i].loc, N_("coordinator"), N_("task"), id);
    if (congdoan__task_due_before_issue(t))
        report(k, "due-before-issue", &t->loc, "task '%s' is due by %s (%08d) but document '%s' was issued on %08d", id,
               safe(t->due.code), t->due.date, safe(d->id), d->issued);
}

static void check_document(checker *k, const congdoan_document *d)
{
    const char *id = safe(d->id);
    unit_ref(k, d->issuer_id, &d->loc, N_("issuer"), N_("document"), id);
    unit_ref(k, d->issuing_body_id, &d->loc, N_("issuing body"), N_("document"), id);
    if (d->issued && d->effective && d->effective < d->issued)
        report(k, "effective-before-issue", &d->loc, "document '%s' takes effect on %08d, before it was issued on %08d", id,
               d->effective, d->issued);
    if (d->number && !congdoan__docnumber_shape(d->number, strlen(d->number))) {
        report(k, "docnumber-unreadable", &d->loc, "document '%s' has number \"%s\", which is not %s", id, d->number,
               _(MACHINE_FORM));
    } else if (d->number) {
        congdoan_docnumber *num = NULL;
        int rc = congdoan_docnumber_parse(d->number, &num);
        if (rc == CONGDOAN_ENOMEM) {
            k->failed = CONGDOAN_ENOMEM;
        } else if (rc != 0) {
            report(k, "docnumber-unreadable", &d->loc, "document '%s' has number \"%s\": %s", id, d->number,
                   congdoan_error_last_message());
        } else {
            congdoan_document_kind nk = congdoan_docnumber_kind(num);
            if (nk != CONGDOAN_DOCUMENT_UNKNOWN && d->kind && nk != d->kind)
                report(k, "docnumber-kind-mismatch", &d->loc, "document '%s' is a %s but its number \"%s\" says %s (%s)", id,
                       congdoan_document_kind_name(d->kind), d->number, congdoan_docnumber_kind_code(num),
                       congdoan_document_kind_name(nk));
        }
        congdoan_docnumber_free(num);
    }
    for (size_t i = 0; i < d->relation_count; i++) {
        const congdoan__relation *r = &d->relations[i];
        congdoan_docnumber *num = NULL;
        int shape = !r->number || congdoan__docnumber_shape(r->number, strlen(r->number));
        int rc = r->number && shape ? congdoan_docnumber_parse(r->number, &num) : 0;
        congdoan_docnumber_free(num);
        if (rc == CONGDOAN_ENOMEM)
            k->failed = CONGDOAN_ENOMEM;
        else if (rc != 0 || !shape)
            report(k, "docnumber-unreadable", &r->loc, "document '%s' relates to number \"%s\", which is not %s", id,
                   r->number, _(MACHINE_FORM));
        if (r->target_id && !congdoan__document_lookup(k->corpus, r->target_id))
            report(k, "unknown-document", &r->loc, "document '%s', which document '%s' %s, is not loaded", r->target_id, id,
                   safe(congdoan_relation_type_name(r->type)));
    }
    if (d->reporting_to_id)
        unit_ref(k, d->reporting_to_id, &d->loc, N_("recipient of reports"), N_("document"), id);
    unit_ref(k, d->reporting_via_id, &d->loc, N_("department reports go through"), N_("document"), id);
    for (size_t i = 0; i < d->reporter_count; i++) {
        const congdoan__reporter *rp = &d->reporters[i];
        unit_ref(k, rp->unit_id, &rp->loc, N_("reporter"), N_("document"), id);
        for (size_t j = 0; j < rp->indicator_count; j++)
            if (!indicator_of(k, d, rp->indicators[j]) && !k->failed)
                report(k, "unknown-indicator", &rp->loc, "reporter '%s' of document '%s' reports indicator '%s', which "
                       "the document does not have", safe(rp->unit_id), id, rp->indicators[j]);
    }
    for (size_t i = 0; i < d->relation_count; i++) {
        check_sink rs = at(k, &d->relations[i].loc);
        congdoan__rules_relation(d->relations[i].target_id != NULL, d->relations[i].number != NULL,
                                 d->relations[i].title != NULL, _("a relation"), &rs.sink);
    }
    for (size_t i = 0; i < d->result_count; i++) {
        check_result(k, d->results[i], N_("document"), id);
    }
    for (size_t i = 0; i < d->recipient_count; i++)
        unit_ref(k, d->recipients[i].unit_id, &d->recipients[i].loc, N_("recipient"), N_("document"), id);
    for (size_t i = 0; i < d->task_count; i++)
        check_task(k, d, d->tasks[i]);
    for (size_t i = 0; i < d->indicator_count; i++)
        check_indicator(k, d, d->indicators[i]);
}

/* The rules of a value that hold whatever its indicator (a fraction of negative parts or over
 * 0), for a value whose document or indicator is not loaded. */
static void check_figure_alone(checker *k, const congdoan_report *r, const congdoan__value *v)
{
    char who[400];
    snprintf(who, sizeof who, "report '%s', indicator '%s'", safe(r->id), safe(CONGDOAN__VALUE_ID(r, v)));
    congdoan__value_view view;
    congdoan__value_view_of(r, v, &view);
    congdoan__loc loc = {r->loc.file, v->line, 0};
    check_sink cs = at(k, &loc);
    congdoan__rules_value(NULL, &view, who, &cs.sink);
}

static void check_report(checker *k, const congdoan_report *r, congdoan__map *seen)
{
    const char *id = safe(r->id);
    unit_ref(k, r->unit_id, &r->loc, N_("reporting unit"), N_("report"), id);
    const congdoan__report_aside *more = congdoan__report_more(r);
    for (size_t i = 0; i < more->result_count; i++) {
        check_result(k, more->results[i], N_("report"), id);
    }
    const congdoan_document *d = congdoan__document_lookup(k->corpus, r->document_id);
    if (!d) {
        report(k, "unknown-document", &r->loc, "document '%s', reported against by report '%s', is not loaded",
               safe(r->document_id), id);
        for (size_t i = 0; i < r->value_count && !k->failed; i++) {
            const congdoan__value value = congdoan__report_value_get(r, i);
            check_figure_alone(k, r, &value);
        }
        return;
    }
    congdoan__map_release(seen);
    if (congdoan__map_reserve(seen, r->value_count) != 0) {
        k->failed = CONGDOAN_ENOMEM;
        return;
    }
    for (size_t i = 0; i < r->value_count && !k->failed; i++) {
        const congdoan__value value = congdoan__report_value_get(r, i), *v = &value;
        const char *vid = CONGDOAN__VALUE_ID(r, v);
        congdoan__loc loc = {r->loc.file, v->line, 0};
        const congdoan_indicator *x = indicator_of(k, d, vid);
        if (k->failed)
            break;
        if (!x) {
            report(k, "unknown-indicator", &loc, "report '%s' gives a value for indicator '%s', which document '%s' does not have",
                   id, vid, d->id);
            check_figure_alone(k, r, v);
            continue;
        }
        /* The same indicator twice with the same coverage: keyed by the interned id, per coverage. */
        /* (the map holds 1 + the coverage of the indicator's first value) */
        uintptr_t prev = (uintptr_t)congdoan__map_get(seen, vid, strlen(vid));
        if (prev && prev - 1 == v->coverage)
            report(k, "report-value-duplicate", &loc, "report '%s' gives indicator '%s' twice (%s)", id, vid,
                   congdoan__enum_name(&congdoan__coverages, v->coverage));
        else if (!prev)
            congdoan__map_put(seen, vid, (void *)(uintptr_t)(v->coverage + 1));
        congdoan__value_view view;
        congdoan__value_view_of(r, v, &view);
        probe_sink probe = {{probe_broken}, 0};
        congdoan__rules_value(x, &view, "", &probe.sink);
        if (probe.broken) {
            char who[400];
            snprintf(who, sizeof who, _("report '%s', indicator '%s'"), id, x->id);
            check_sink cs = at(k, &loc);
            congdoan__rules_value(x, &view, who, &cs.sink);
        }
    }
    for (size_t i = 0; i < more->status_count; i++) {
        const congdoan__task_status *s = &more->statuses[i];
        if (!task_of(k, d, s->task_id) && !k->failed)
            report(k, "unknown-task", &s->loc, "report '%s' gives a status for task '%s', which document '%s' does not have",
                   id, safe(s->task_id), d->id);
        unit_ref(k, s->unit_id, &s->loc, N_("unit"), N_("task status of report"), id);
        check_sink cs = at(k, &s->loc);
        congdoan__rules_task_status(s->status, s->completed, _("a task status"), &cs.sink);
    }
}

CONGDOAN_API int congdoan_corpus_check(const congdoan_corpus *corpus, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(issues);
    checker k = {corpus, issues, 0};
    size_t errors_before = congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR);
    for (size_t i = 0; i < corpus->units.count && !k.failed; i++)
        check_unit(&k, corpus->units.items[i]);
    for (size_t i = 0; i < corpus->documents.count && !k.failed; i++)
        check_document(&k, corpus->documents.items[i]);
    congdoan__map seen = {0};
    for (size_t i = 0; i < corpus->reports.count && !k.failed; i++)
        check_report(&k, corpus->reports.items[i], &seen);
    congdoan__map_release(&seen);
    if (k.failed)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory while checking the corpus");
    if (congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) > errors_before)
        return congdoan__error(CONGDOAN_EINVALID, "the corpus breaks %zu rule(s) of the model; see the issues",
                               congdoan_issues_count_at_least(issues, CONGDOAN_SEVERITY_ERROR) - errors_before);
    return CONGDOAN_OK;
}
