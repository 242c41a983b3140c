/*
 * libcongdoan — the rules of the model's objects, each written once (rules.c). Never installed.
 *
 * A rule says what an object must not be: a percentage above 100, target-max without a range,
 * a sector on a unit that is not grassroots ... Each rule function looks at one object (or the
 * state an edit would give it) and tells a sink every rule it breaks, with the issue tag
 * (base/issue-tags.c) and a message that names the object as the caller does (`who`). Three
 * callers share them:
 *   - congdoan_corpus_check() turns every broken rule into an issue at the object's location;
 *   - the loader reports the rules between the attributes of one element as it reads them;
 *   - the setters refuse a change that breaks a rule of error severity, with its message. Rules
 *     about something not given yet (`missing`: a range still without its target-max) are left
 *     to the check, so that an object can be built one setter at a time.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_RULES_H
#define CONGDOAN_RULES_H

#include "model/model.h"

typedef struct congdoan__rule_sink congdoan__rule_sink;
struct congdoan__rule_sink {
    /* One rule broken: its tag, whether it is about something not given yet, the message. */
    void (*broken)(congdoan__rule_sink *sink, const char *tag, int missing, const char *message);
};

/* Percentages (and shares of units) are between 0 and 100. */
int congdoan__is_percent(congdoan_measure m);

/* The state of an indicator's target, checked as a whole (an edit changes several parts). */
typedef struct congdoan__target {
    congdoan_measure measure;
    congdoan_comparator comparator;
    double target, target_max;
    int has_target, has_target_max;
    congdoan_grade condition;
    /* 1.2 */
    congdoan_direction direction; /* 0: not written */
    double score_max;
    int has_score_max, has_currency;
} congdoan__target;

congdoan__target congdoan__target_of(const congdoan_indicator *x);

/* An indicator's target: ranges of percentages, negative targets, target-max only with a range
 * and not below the target, a condition only and always for a share of units, targets that can
 * never be missed, counts that are not whole. */
void congdoan__rules_target(const congdoan__target *t, const char *who, congdoan__rule_sink *sink);

/* An organisation: a sector only at grassroots, no parent at the central level, a parent below it. */
void congdoan__rules_unit(congdoan_level level, congdoan_sector sector, const char *parent_id, const char *who,
                          congdoan__rule_sink *sink);

/* A reported figure (the parts `v` says it has) for indicator x (NULL: not known): fractions
 * without negative parts or a zero denominator, percentages between 0 and 100. */
void congdoan__rules_value(const congdoan_indicator *x, const congdoan__value_view *v, const char *who,
                           congdoan__rule_sink *sink);

/* A relation names the document it refers to, its number or (1.2) its title. */
void congdoan__rules_relation(int has_document, int has_number, int has_title, const char *who,
                              congdoan__rule_sink *sink);

/* A coordinator names a unit, says in words who coordinates, or (1.2) is a class of units. */
void congdoan__rules_coordinator(int has_unit, int has_text, int has_class, const char *who,
                                 congdoan__rule_sink *sink);

/* 1.2: a class of units (a task's lead-level, lead-kind, lead-sector; a coordinator's level, kind,
 * sector): kinds and sectors only with a level, kinds above the grassroots, sectors at it. */
void congdoan__rules_class(congdoan_level level, int kinds, int sectors, const char *who, congdoan__rule_sink *sink);

/* 1.2: an organisation's kind is for unions above the grassroots. */
void congdoan__rules_org_kind(congdoan_level level, congdoan_org_kind kind, const char *who,
                              congdoan__rule_sink *sink);

/* 1.2: a population's threshold is given whole (measure, comparator and value) or not at all. */
void congdoan__rules_population(const congdoan_population *p, const char *who, congdoan__rule_sink *sink);

/* 1.2: a result: percentages and shares between 0 and 100, no negative figures, score-max with a
 * score and above 0, a currency only for money, the figure not above its whole ("14 of 13"), a
 * comparator of the excess only with the excess, not a part of itself. */
void congdoan__rules_result(const congdoan_result *x, const char *who, congdoan__rule_sink *sink);

/* 1.2: a completion date only on a done status. */
void congdoan__rules_task_status(congdoan_task_status status, int completed, const char *who,
                                 congdoan__rule_sink *sink);

/* A task due by a period that ends before its document was issued (the check's
 * "due-before-issue"; the importer keeps such a due time as words only): the date it is due by,
 * else 0. */
int congdoan__task_due_before_issue(const congdoan_task *t);

#endif /* CONGDOAN_RULES_H */
