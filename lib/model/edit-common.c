/*
 * Editing: the checks every setter makes (naming objects in messages, ownership, texts,
 * identifiers, numbers, dates, enums, provenance, currencies, populations).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/edit-common.h"

#include <stdio.h>
#include <string.h>

/* ---- naming objects in messages ------------------------------------------------------------ */

const char *congdoan__edit_safe(const char *s)
{
    return s ? s : "?";
}

const char *congdoan__edit_unit_word(const congdoan_unit *u)
{
    return u->kind == CONGDOAN_UNIT_BODY         ? _("body")
           : u->kind == CONGDOAN_UNIT_DEPARTMENT ? _("department")
           : u->kind == CONGDOAN_UNIT_GROUP      ? _("group")
                                                 : _("unit");
}

const char *congdoan__edit_who_unit(who *w, const congdoan_unit *u)
{
    const char *id = congdoan__edit_safe(u->id);
    if (u->kind == CONGDOAN_UNIT_BODY)
        snprintf(w->s, sizeof w->s, _("body '%s'"), id);
    else if (u->kind == CONGDOAN_UNIT_DEPARTMENT)
        snprintf(w->s, sizeof w->s, _("department '%s'"), id);
    else if (u->kind == CONGDOAN_UNIT_GROUP)
        snprintf(w->s, sizeof w->s, _("group '%s'"), id);
    else
        snprintf(w->s, sizeof w->s, _("unit '%s'"), id);
    return w->s;
}

const char *congdoan__edit_who_document(who *w, const congdoan_document *d)
{
    snprintf(w->s, sizeof w->s, _("document '%s'"), congdoan__edit_safe(d->id));
    return w->s;
}

const char *congdoan__edit_who_section(who *w, const congdoan_section *s)
{
    if (s->id)
        snprintf(w->s, sizeof w->s, _("section '%s' of document '%s'"), s->id, congdoan__edit_safe(s->document->id));
    else if (s->number)
        snprintf(w->s, sizeof w->s, _("section \"%.*s\" of document '%s'"),
                 CONGDOAN__SHOWN(s->number, strlen(s->number), 80), s->number, congdoan__edit_safe(s->document->id));
    else
        snprintf(w->s, sizeof w->s, _("a section without id of document '%s'"), congdoan__edit_safe(s->document->id));
    return w->s;
}

const char *congdoan__edit_who_task(who *w, const congdoan_task *t)
{
    snprintf(w->s, sizeof w->s, _("task '%s' of document '%s'"), congdoan__edit_safe(t->id),
             congdoan__edit_safe(t->document->id));
    return w->s;
}

const char *congdoan__edit_who_indicator(who *w, const congdoan_indicator *x)
{
    snprintf(w->s, sizeof w->s, _("indicator '%s' of document '%s'"), congdoan__edit_safe(x->id),
             congdoan__edit_safe(x->document->id));
    return w->s;
}

const char *congdoan__edit_who_report(who *w, const congdoan_report *r)
{
    snprintf(w->s, sizeof w->s, _("report '%s'"), congdoan__edit_safe(r->id));
    return w->s;
}

/* "WHO: a new PART", for the rules of a part being added to the object `w` names. */
const char *congdoan__edit_new_part(who *w, const char *part)
{
    size_t n = strlen(w->s);
    snprintf(w->s + n, sizeof w->s - n, _(": a new %s"), _(part));
    return w->s;
}

int congdoan__edit_nomem(const char *what)
{
    return congdoan__error(CONGDOAN_ENOMEM, "out of memory editing %s; nothing was changed", what);
}

/* ---- the rules (model/rules.c) ------------------------------------------------------------- */

void congdoan__edit_refuse(congdoan__rule_sink *sink, const char *tag, int missing, const char *message)
{
    refusal *r = (refusal *)sink;
    if (r->rc || missing || congdoan__tag_severity(tag) != CONGDOAN_SEVERITY_ERROR)
        return;
    r->rc = congdoan__error(CONGDOAN_EINVAL, "%s%s", message, r->tag && strcmp(r->tag, tag) == 0 ? _(r->hint) : "");
}

/* ---- whose object -------------------------------------------------------------------------- */

int congdoan__edit_own(const congdoan_corpus *c, const void *obj, const congdoan_corpus *obj_corpus, const char *kind,
                       const char *id)
{
    if (!c)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    if (!obj)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the %s is NULL", kind);
    if (obj_corpus != c)
        return congdoan__error(CONGDOAN_EINVAL, "%s '%s' belongs to another corpus than the one given", kind,
                               congdoan__edit_safe(id));
    return 0;
}

/* ---- text ---------------------------------------------------------------------------------- */

void congdoan__edit_text_free(text *t)
{
    congdoan__text_nfc_free(t->nfc);
    t->nfc = NULL;
}

static int is_blank_char(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Check `in` (NULL: absent) as the `attr` of `w`: valid UTF-8, characters XML can hold, not
 * blank (unless T_BLANK_IS_NONE), within the corpus's text-length limit. */
int congdoan__edit_check_text(const congdoan_corpus *c, text *t, const char *in, unsigned flags, const char *w,
                              const char *attr)
{
    memset(t, 0, sizeof *t);
    if (!in)
        return 0;
    const char *s = in;
    size_t len = strlen(in);
    if (flags & T_TRIM) {
        while (len && is_blank_char(*s))
            s++, len--;
        while (len && is_blank_char(s[len - 1]))
            len--;
    }
    size_t n = len;
    int rc = congdoan__text_nfc(s, len, &t->nfc, &n);
    if (rc == CONGDOAN_ENOMEM)
        return congdoan__error(rc, "out of memory normalising the %s of %s", _(attr), w);
    if (rc != 0)
        return congdoan__error(CONGDOAN_EENCODING, "%s: the %s is not valid UTF-8", w, _(attr));
    t->s = t->nfc ? t->nfc : s;
    t->len = n;
    const unsigned char *p = (const unsigned char *)t->s;
    int blank = 1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
            congdoan__edit_text_free(t);
            return congdoan__error(CONGDOAN_EINVAL,
                                   "%s: the %s contains the control character U+%04X, which XML cannot hold", w, _(attr),
                                   (unsigned)p[i]);
        }
        if (p[i] == 0xEF && i + 2 < n && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)) {
            congdoan__edit_text_free(t);
            return congdoan__error(CONGDOAN_EINVAL, "%s: the %s contains U+%s, which XML cannot hold", w, _(attr),
                                   p[i + 2] == 0xBE ? "FFFE" : "FFFF");
        }
        if (!is_blank_char((char)p[i]))
            blank = 0;
    }
    if (blank) {
        congdoan__edit_text_free(t);
        if (flags & T_BLANK_IS_NONE)
            return 0;
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: the %s is blank; expected text with at least one character other than white space "
                               "(or NULL for none, where the %s is optional)",
                               w, _(attr), _(attr));
    }
    if ((long)n > c->limits[CONGDOAN_LIMIT_TEXT_LENGTH]) {
        congdoan__edit_text_free(t);
        return congdoan__error(CONGDOAN_ELIMIT,
                               "%s: the %s is %zu bytes long; the corpus's text-length limit is %ld bytes", w, _(attr), n,
                               c->limits[CONGDOAN_LIMIT_TEXT_LENGTH]);
    }
    t->present = 1;
    return 0;
}

int congdoan__edit_check_required_text(const congdoan_corpus *c, text *t, const char *in, unsigned flags,
                                       const char *w, const char *attr, const char *expected)
{
    if (!in) {
        memset(t, 0, sizeof *t);
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is NULL; expected %s", w, _(attr), _(expected));
    }
    return congdoan__edit_check_text(c, t, in, flags, w, attr);
}


/* Copy a checked text into the arena: 0, or -1 when out of memory. *dst is NULL when absent. */
int congdoan__edit_keep_text(congdoan_corpus *c, const text *t, const char **dst)
{
    *dst = NULL;
    if (!t->present)
        return 0;
    *dst = congdoan__arena_strndup(&c->arena, t->s, t->len);
    return *dst ? 0 : -1;
}

/* ---- identifiers, codes, numbers, dates ------------------------------------------------------ */

int congdoan__edit_check_id(const char *id, int required, const char *w, const char *attr)
{
    if (!id) {
        if (required)
            return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is NULL; expected an identifier", w, _(attr));
        return 0;
    }
    size_t len = strlen(id);
    if (!congdoan__id_valid(id, len))
        return congdoan__error(CONGDOAN_EINVAL,
                               "%s: '%.*s' is not an identifier (%s): expected 1 to 128 ASCII letters, digits, '.', "
                               "'_' or '-', starting with a letter or digit",
                               w, (int)(len > 80 ? 80 : len), id, _(attr));
    return 0;
}

int congdoan__edit_keep_id(congdoan_corpus *c, const char *id, const char **dst)
{
    *dst = NULL;
    if (!id)
        return 0;
    *dst = congdoan__arena_strndup(&c->arena, id, strlen(id));
    return *dst ? 0 : -1;
}

int congdoan__edit_check_date(int ymd, const char *w, const char *attr)
{
    if (ymd == 0 || congdoan_date_is_valid(ymd))
        return 0;
    return congdoan__error(CONGDOAN_EINVAL,
                           "%s: %d is not a date (%s): expected year*10000 + month*100 + day of a day that exists "
                           "(20250630), or 0 for none",
                           w, ymd, _(attr));
}

int congdoan__edit_check_period(const char *period, const char *w, const char *attr)
{
    congdoan_period_kind kind = CONGDOAN_PERIOD_NONE;
    size_t len = strlen(period);
    if (congdoan__period_parse(period, len, &kind, NULL, NULL) != 0 || kind == CONGDOAN_PERIOD_DAY)
        return congdoan__error(CONGDOAN_EPARSE,
                               "%s: '%.*s' is not a period (%s): expected YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4, "
                               "or YYYY-MM",
                               w, (int)(len > 40 ? 40 : len), period, _(attr));
    return 0;
}

/* The period of an indicator or result (1.2): a period, a span of two, or a congress term. */
int congdoan__edit_check_span(const char *period, const char *w)
{
    size_t len = strlen(period);
    if (congdoan__span_parse(period, len, NULL, NULL) != 0)
        return congdoan__error(CONGDOAN_EPARSE,
                               "%s: '%.*s' is not a period: expected YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, a span of two "
                               "(2018/2023, 2024-01/2024-09) or a congress term (term:2023/2028)",
                               w, (int)(len > 40 ? 40 : len), period);
    return 0;
}

/* A number as the XML keeps it: finite, below 10^15 in magnitude, and the nearest number with at
 * most 15 significant digits and 15 decimals (what the writer writes and the loader reads back).
 * The candidates are formatted as the writer does, whatever the locale's radix character. */
int congdoan__edit_check_number(double v, double *out, const char *w, const char *attr)
{
    *out = 0;
    if (v != v || v - v != 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is not a finite number", w, _(attr));
    if ((v < 0 ? -v : v) >= 1e15)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s %g is too large; expected less than 10^15 in magnitude", w,
                               _(attr), v);
    int have = 0;
    double best = 0;
    for (int decimals = 0; decimals <= 15; decimals++) {
        char tmp[64], clean[64];
        snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        size_t j = 0;
        int seen_radix = 0;
        for (size_t i = 0; tmp[i] && j + 1 < sizeof clean; i++) {
            char ch = tmp[i];
            if ((ch >= '0' && ch <= '9') || (ch == '-' && j == 0))
                clean[j++] = ch;
            else if (!seen_radix)
                clean[j++] = '.', seen_radix = 1;
        }
        clean[j] = '\0';
        double back;
        if (congdoan__decimal_parse(clean, j, &back) != 0)
            break; /* more decimals only add digits */
        best = back;
        have = 1;
        if (back == v)
            break;
    }
    if (!have)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s %.17g is too large; expected less than 10^15 in magnitude",
                               w, _(attr), v);
    *out = best + 0.0; /* no negative zero */
    return 0;
}

/* `value` must be one of the values of `e` from `lo` (0 when none is allowed, else 1) to its last;
 * the bounds and their names are the vocabulary's (model/vocab-enums.c). */
int congdoan__edit_check_enum(const congdoan__enum *e, int value, int lo, const char *w, const char *what)
{
    int hi = (int)e->count - 1;
    if (value >= lo && value <= hi)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a valid %s; expected %s (%d) to %s (%d)", w, value, _(what),
                           e->values[lo].constant, lo, e->values[hi].constant, hi);
}

int congdoan__edit_check_new(const new_object *o, who *w, text *t)
{
    if (t)
        memset(t, 0, sizeof *t);
    int in_section = o->kind == NEW_TASK || o->kind == NEW_INDICATOR;
    if (!in_section && !o->corpus)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: the corpus is NULL");
    /* the id, checked for whoever asks for the object */
    who ws;
    const char *doc_id = in_section ? congdoan__edit_safe(o->section->document->id) : NULL;
    int rc;
    switch (o->kind) {
    case NEW_UNIT: rc = congdoan__edit_check_id(o->id, 1, _("the new unit"), N_("id")); break;
    case NEW_GROUP: rc = congdoan__edit_check_id(o->id, 1, _("the new group"), N_("id")); break;
    case NEW_DOCUMENT: rc = congdoan__edit_check_id(o->id, 1, _("the new document"), N_("id")); break;
    case NEW_REPORT: rc = congdoan__edit_check_id(o->id, 1, _("the new report"), N_("id")); break;
    case NEW_TASK:
        rc = congdoan__edit_check_id(o->id, 1, congdoan__edit_who_section(&ws, o->section), N_("id of the new task"));
        break;
    default:
        rc = congdoan__edit_check_id(o->id, 1, congdoan__edit_who_section(&ws, o->section), N_("id of the new indicator"));
        break;
    }
    if (rc)
        return rc;
    /* from here on, the new object by its name */
    switch (o->kind) {
    case NEW_UNIT: snprintf(w->s, sizeof w->s, _("unit '%s'"), o->id); break;
    case NEW_GROUP: snprintf(w->s, sizeof w->s, _("group '%s'"), o->id); break;
    case NEW_DOCUMENT: snprintf(w->s, sizeof w->s, _("document '%s'"), o->id); break;
    case NEW_REPORT: snprintf(w->s, sizeof w->s, _("report '%s'"), o->id); break;
    case NEW_TASK: snprintf(w->s, sizeof w->s, _("task '%s' of document '%s'"), o->id, doc_id); break;
    default: snprintf(w->s, sizeof w->s, _("indicator '%s' of document '%s'"), o->id, doc_id); break;
    }
    if (o->id_free && (rc = o->id_free(o, w->s)) != 0)
        return rc;
    for (size_t i = 0; i < sizeof o->enums / sizeof o->enums[0] && o->enums[i].table; i++)
        if ((rc = congdoan__edit_check_enum(o->enums[i].table, o->enums[i].value, o->enums[i].lo, w->s,
                                            o->enums[i].what)) != 0)
            return rc;
    if (o->text_attr)
        return congdoan__edit_check_required_text(o->corpus, t, o->text, o->text_flags, w->s, o->text_attr,
                                                  o->text_expected);
    return 0;
}

/* Set a string field (an attribute: not trimmed) of an object; `required`: NULL is refused. */
int congdoan__edit_set_string(congdoan_corpus *c, const char **field, const char *value, int required, unsigned flags,
                              const char *w, const char *attr)
{
    if (!value && required)
        return congdoan__error(CONGDOAN_EINVAL, "%s: the %s is NULL; it is required", w, _(attr));
    text t;
    int rc = congdoan__edit_check_text(c, &t, value, flags, w, attr);
    if (rc)
        return rc;
    const char *copy;
    rc = congdoan__edit_keep_text(c, &t, &copy);
    congdoan__edit_text_free(&t);
    if (rc)
        return congdoan__edit_nomem(w);
    *field = copy;
    return 0;
}

/* Set an identifier field; NULL clears it unless required. */
int congdoan__edit_set_id(congdoan_corpus *c, const char **field, const char *value, int required, const char *w,
                          const char *attr)
{
    int rc = congdoan__edit_check_id(value, required, w, attr);
    if (rc)
        return rc;
    const char *copy;
    if (congdoan__edit_keep_id(c, value, &copy))
        return congdoan__edit_nomem(w);
    *field = copy;
    return 0;
}

/* An enum of a table that names only some of its values (a result's comparators, a threshold's):
 * a value in range that the table does not name is refused too. */
int congdoan__edit_check_named_enum(const congdoan__enum *e, int value, const char *w, const char *what)
{
    char list[256];
    if (value >= 1 && (size_t)value < e->count && e->values[value].name)
        return 0;
    return congdoan__error(CONGDOAN_EINVAL, "%s: %d is not a valid %s here; expected one of %s", w, value, _(what),
                           congdoan__enum_list(e, 1, list, sizeof list));
}

int congdoan__edit_set_field(congdoan_corpus *c, const void *obj, size_t field, const char *value, unsigned how,
                             const char *w, const char *attr)
{
    const char **f = (const char **)(void *)((char *)obj + field);
    int required = (how & F_REQUIRED) != 0;
    return how & F_ID ? congdoan__edit_set_id(c, f, value, required, w, attr)
                      : congdoan__edit_set_string(c, f, value, required, how & (T_TRIM | T_BLANK_IS_NONE), w, attr);
}

/* Provenance: checked whole, then copied; `words` NULL removes it. */
int congdoan__edit_set_provenance(congdoan_corpus *c, congdoan__provenance *p, const char *file, int line, int column,
                                  const char *words, const char *w)
{
    if (!words) {
        memset(p, 0, sizeof *p);
        return 0;
    }
    if (line < 0 || column < 0)
        return congdoan__error(CONGDOAN_EINVAL, "%s: line %d, column %d: expected 1 or more, or 0 for unknown", w, line,
                               column);
    text tw, tf;
    int rc = congdoan__edit_check_text(c, &tw, words, T_TRIM, w, N_("words of the source"));
    if (rc)
        return rc;
    if ((rc = congdoan__edit_check_text(c, &tf, file, 0, w, N_("file of the source"))) != 0) {
        congdoan__edit_text_free(&tw);
        return rc;
    }
    congdoan__provenance np = {.line = line, .column = column};
    int bad = congdoan__edit_keep_text(c, &tw, &np.words) || congdoan__edit_keep_text(c, &tf, &np.file);
    congdoan__edit_text_free(&tw);
    congdoan__edit_text_free(&tf);
    if (bad)
        return congdoan__edit_nomem(w);
    *p = np;
    return 0;
}

/* ---- 1.2: populations (of indicators and results) ------------------------------------------------ */

int congdoan__edit_add_population(congdoan_corpus *c, populations ps, who *owner, const char *txt, const char *of,
                                  const char *measure, congdoan_comparator comparator, double value)
{
    if (!txt)
        return congdoan__invalid_arg(N_("text")); /* the header's name */
    const char *w = congdoan__edit_new_part(owner, N_("population"));
    congdoan_population p = {.comparator = comparator};
    int rc;
    if (comparator && (rc = congdoan__edit_check_named_enum(&congdoan__threshold_comparators, comparator, w,
                                                            N_("comparator of a population's threshold"))) != 0)
        return rc;
    if (measure && (rc = congdoan__edit_check_number(value, &p.value, w, N_("value of the population's threshold"))) != 0)
        return rc;
    p.has_value = measure != NULL;
    p.measure = measure; /* for the rule only: copied below */
    refusal refused = REFUSAL(NULL, NULL);
    congdoan__rules_population(&p, w, &refused.sink);
    if (refused.rc)
        return refused.rc;
    text tt, to, tm;
    if ((rc = congdoan__edit_check_text(c, &tt, txt, T_TRIM, w, N_("words of the population"))) != 0)
        return rc;
    if ((rc = congdoan__edit_check_text(c, &to, of, 0, w, N_("what the population is of"))) != 0) {
        congdoan__edit_text_free(&tt);
        return rc;
    }
    if ((rc = congdoan__edit_check_text(c, &tm, measure, 0, w, N_("what the threshold counts"))) != 0) {
        congdoan__edit_text_free(&tt);
        congdoan__edit_text_free(&to);
        return rc;
    }
    int bad = congdoan__edit_keep_text(c, &tt, &p.text) || congdoan__edit_keep_text(c, &to, &p.of) ||
              congdoan__edit_keep_text(c, &tm, &p.measure) ||
              congdoan__grow(&c->arena, (void **)ps.list, *ps.count, ps.cap, sizeof **ps.list) != 0;
    congdoan__edit_text_free(&tt);
    congdoan__edit_text_free(&to);
    congdoan__edit_text_free(&tm);
    if (bad)
        return congdoan__edit_nomem(w);
    (*ps.list)[(*ps.count)++] = p;
    return 0;
}

int congdoan__edit_remove_population(populations ps, size_t i, const char *w)
{
    size_t *count = ps.count;
    if (i >= *count)
        return congdoan__error(CONGDOAN_EINVAL, "%s has %zu populations; population %zu does not exist", w, *count, i);
    memmove(&(*ps.list)[i], &(*ps.list)[i + 1], (*count - i - 1) * sizeof **ps.list);
    (*count)--;
    return 0;
}

int congdoan__edit_check_currency(const char *currency, const char *w)
{
    if (!currency)
        return 0;
    int ok = strlen(currency) == 3;
    for (size_t i = 0; ok && i < 3; i++)
        ok = currency[i] >= 'A' && currency[i] <= 'Z';
    return ok ? 0
              : congdoan__error(CONGDOAN_EINVAL, "%s: '%.*s' is not a currency code; expected three capital letters "
                                                 "(ISO 4217), such as VND",
                                w, CONGDOAN__SHOWN(currency, strlen(currency), 16), currency);
}
