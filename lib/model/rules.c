/*
 * The rules of the model's objects, each written once: see rules.h for who calls them and how.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/rules.h"
#include "model/vocab.h"

#include <stdio.h>
#include <string.h>

static void broken(congdoan__rule_sink *sink, const char *tag, int missing, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void broken(congdoan__rule_sink *sink, const char *tag, int missing, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, _(fmt), ap);
    va_end(ap);
    sink->broken(sink, tag, missing, message);
}

static const char *named(const char *s)
{
    return s ? s : "?";
}

int congdoan__is_percent(congdoan_measure m)
{
    return m == CONGDOAN_MEASURE_PERCENTAGE || m == CONGDOAN_MEASURE_SHARE_OF_UNITS;
}

congdoan__target congdoan__target_of(const congdoan_indicator *x)
{
    congdoan__target t = {x->measure,        x->comparator,         x->target,    x->target_max,
                          x->has_target,     x->has_target_max,     x->condition_grade,
                          x->direction,      x->score_max,          x->has_score_max,
                          x->currency != NULL};
    return t;
}

void congdoan__rules_target(const congdoan__target *t, const char *who, congdoan__rule_sink *sink)
{
    const char *measure = named(congdoan__enum_name(&congdoan__measures, t->measure));
    int percent = congdoan__is_percent(t->measure);
    int range = t->comparator == CONGDOAN_COMPARATOR_RANGE || t->comparator == CONGDOAN_COMPARATOR_RANGE_OR_MORE;
    if (!t->has_target)
        broken(sink, "indicator-missing-target", 1, "%s has no valid target", who);
    else if (percent && (t->target < 0 || t->target > 100))
        broken(sink, "percentage-out-of-range", 0, "%s is a %s with the target %g; expected 0 to 100 (per cent)", who,
               measure, t->target);
    else if (t->target < 0)
        broken(sink, "target-negative", 0, "%s has the negative target %g; expected 0 or more", who, t->target);
    if (t->has_target && t->measure == CONGDOAN_MEASURE_COUNT && t->target != (double)(long long)t->target)
        broken(sink, "count-not-whole", 0,
               "%s counts things but its target is %g; note that Vietnamese \"1.810\" is 1810, written "
               "target=\"1810\" in the file",
               who, t->target);
    if (t->has_target_max && percent && (t->target_max < 0 || t->target_max > 100))
        broken(sink, "percentage-out-of-range", 0, "%s is a %s with the target-max %g; expected 0 to 100 (per cent)",
               who, measure, t->target_max);
    if (range && !t->has_target_max)
        broken(sink, "range-missing-max", 1, "%s has comparator=\"%s\" but no target-max", who,
               named(congdoan__enum_name(&congdoan__comparators, t->comparator)));
    else if (!range && t->has_target_max)
        broken(sink, "range-missing-max", 0, "%s has a target-max but its comparator is %s; only a range has one", who,
               named(congdoan__enum_name(&congdoan__comparators, t->comparator)));
    else if (range && t->has_target && t->target > t->target_max)
        broken(sink, "range-inverted", 0,
               "%s has the range %g to %g: its lower bound is above the upper; expected target-max >= target", who,
               t->target, t->target_max);
    if (t->measure == CONGDOAN_MEASURE_SHARE_OF_UNITS && !t->condition)
        broken(sink, "condition-missing", 1, "%s is a share of units but says no condition", who);
    if (t->measure != CONGDOAN_MEASURE_SHARE_OF_UNITS && t->condition)
        broken(sink, "condition-not-applicable", 0, "%s is a %s; only share-of-units indicators take a condition", who,
               measure);
    int lower = t->direction == CONGDOAN_DIRECTION_LOWER;
    int bare = t->comparator == CONGDOAN_COMPARATOR_TARGET;
    if (t->has_target &&
        ((t->comparator == CONGDOAN_COMPARATOR_AT_LEAST && t->target == 0) || (bare && !lower && t->target == 0) ||
         ((t->comparator == CONGDOAN_COMPARATOR_AT_MOST || (bare && lower)) && percent && t->target >= 100)))
        broken(sink, "comparator-trivial", 0, "%s: %s %g can never be missed", who,
               named(congdoan__enum_name(&congdoan__comparators, t->comparator)), t->target);
    if (t->direction && !bare && t->comparator != CONGDOAN_COMPARATOR_ABOUT)
        broken(sink, "direction-not-applicable", 0,
               "%s says which way is better, but its comparator %s says it already; only target and about take a "
               "direction",
               who, named(congdoan__enum_name(&congdoan__comparators, t->comparator)));
    /* a score without score-max is points as printed ("đạt 95 điểm"), the scale not said */
    if (t->has_score_max && t->measure != CONGDOAN_MEASURE_SCORE)
        broken(sink, "score-max-missing", 0, "%s has a score-max but is a %s; only a score has one", who, measure);
    else if (t->has_score_max && t->score_max < 0)
        broken(sink, "figure-negative", 0, "%s has the negative score-max %g; expected more than 0", who, t->score_max);
    else if (t->has_score_max && t->score_max == 0)
        broken(sink, "score-out-of-range", 0, "%s has the score-max %g; expected more than 0", who, t->score_max);
    else if (t->has_score_max && t->has_target && t->target > t->score_max)
        broken(sink, "score-out-of-range", 0, "%s has the target %g above its score-max %g", who, t->target,
               t->score_max);
    if (t->has_currency && t->measure != CONGDOAN_MEASURE_MONEY)
        broken(sink, "currency-not-applicable", 0, "%s has a currency but is a %s; only money has one", who, measure);
}

void congdoan__rules_unit(congdoan_level level, congdoan_sector sector, const char *parent_id, const char *who,
                          congdoan__rule_sink *sink)
{
    const char *lv = named(congdoan__enum_name(&congdoan__levels, level));
    if (sector && level != CONGDOAN_LEVEL_GRASSROOTS)
        broken(sink, "sector-outside-grassroots", 0, "%s is %s but has the sector %s; only grassroots unions have one",
               who, lv, named(congdoan__enum_name(&congdoan__sectors, sector)));
    if (parent_id && level == CONGDOAN_LEVEL_CENTRAL)
        broken(sink, "central-with-parent", 0, "%s is the central level but has the parent '%s'; a central unit has none",
               who, parent_id);
    if (!parent_id && level != CONGDOAN_LEVEL_CENTRAL)
        broken(sink, "unit-no-parent", 1, "%s (%s) has no parent", who, lv);
}

void congdoan__rules_value(const congdoan_indicator *x, const congdoan__value_view *v, const char *who,
                           congdoan__rule_sink *sink)
{
    int percent = x && congdoan__is_percent(x->measure);
    if (v->has_numerator && v->has_denominator) {
        if (v->numerator < 0 || v->denominator < 0)
            broken(sink, "report-fraction-negative", 0, "%s: %g out of %g has a negative part; expected 0 or more", who,
                   v->numerator, v->denominator);
        else if (v->denominator == 0)
            broken(sink, "report-denominator-zero", 0, "%s: the denominator is 0; expected more than 0", who);
        else if (percent && v->numerator > v->denominator)
            broken(sink, "report-numerator-exceeds-denominator", 0, "%s: %g out of %g is more than 100%%", who,
                   v->numerator, v->denominator);
    }
    if (v->has_value && percent && (v->value < 0 || v->value > 100))
        broken(sink, "percentage-out-of-range", 0, "%s: %g is not a percentage (the indicator is a %s); expected 0 to 100",
               who, v->value, named(congdoan__enum_name(&congdoan__measures, x->measure)));
}

/* The name of the attribute of `el` kept at `field`. */
static const char *attr_name(congdoan__el el, size_t field)
{
    return congdoan__vocab[el].attrs[congdoan__vocab_attr_at(el, field)].name;
}

void congdoan__rules_relation(int has_document, int has_number, int has_title, const char *who,
                              congdoan__rule_sink *sink)
{
    if (!has_document && !has_number && !has_title)
        broken(sink, "schema-missing-attribute", 0,
               "%s needs %s=\"\" (a document in the corpus), %s=\"\" (its số hiệu) or %s=\"\" (its name, when it has "
               "no number)",
               who, attr_name(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, target_id)),
               attr_name(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, number)),
               attr_name(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, title)));
}

void congdoan__rules_coordinator(int has_unit, int has_text, int has_class, const char *who,
                                 congdoan__rule_sink *sink)
{
    if (!has_unit && !has_text && !has_class)
        broken(sink, "schema-missing-attribute", 0, "%s needs %s=\"\", %s=\"\" (a class of units) or text naming the "
               "coordinating units", who, attr_name(CONGDOAN__EL_COORDINATOR, offsetof(congdoan__coordinator, unit_id)),
               attr_name(CONGDOAN__EL_COORDINATOR, offsetof(congdoan__coordinator, level)));
    if (has_unit && has_class)
        broken(sink, "schema-bad-value", 0, "%s names a unit and a class of units; expected one of the two", who);
}

void congdoan__rules_class(congdoan_level level, int kinds, int sectors, const char *who, congdoan__rule_sink *sink)
{
    if ((kinds || sectors) && !level)
        broken(sink, "schema-missing-attribute", 0, "%s gives the kinds or sectors of a class of units but not its level",
               who);
    else if (kinds && level == CONGDOAN_LEVEL_GRASSROOTS)
        broken(sink, "schema-bad-value", 0, "%s: a class of grassroots unions is said by sectors, not kinds", who);
    else if (sectors && level != CONGDOAN_LEVEL_GRASSROOTS)
        broken(sink, "sector-outside-grassroots", 0, "%s: only a class of grassroots unions has sectors", who);
}

void congdoan__rules_org_kind(congdoan_level level, congdoan_org_kind kind, const char *who, congdoan__rule_sink *sink)
{
    if (kind && level == CONGDOAN_LEVEL_GRASSROOTS)
        broken(sink, "schema-bad-value", 0, "%s is a grassroots union with the kind %s; a grassroots union's sector says it",
               who, named(congdoan__enum_name(&congdoan__org_kinds, kind)));
}

void congdoan__rules_population(const congdoan_population *p, const char *who, congdoan__rule_sink *sink)
{
    int parts = (p->measure != NULL) + (p->comparator != 0) + (p->has_value != 0);
    if (parts != 0 && parts != 3)
        broken(sink, "population-threshold-partial", 0,
               "%s has part of a threshold; expected measure, comparator and value together, or none", who);
}

void congdoan__rules_result(const congdoan_result *x, const char *who, congdoan__rule_sink *sink)
{
    int percent = x->measure == CONGDOAN_MEASURE_PERCENTAGE;
    if (x->has_value && percent && (x->value < 0 || x->value > 100))
        broken(sink, "percentage-out-of-range", 0, "%s: %g is not a percentage; expected 0 to 100", who, x->value);
    else if (x->has_value && x->value < 0)
        broken(sink, "target-negative", 0, "%s states the negative figure %g; expected 0 or more", who, x->value);
    if (x->has_share && x->share > 100)
        broken(sink, "percentage-out-of-range", 0, "%s: the share %g%% is above 100", who, x->share);
    /* the figures the schema types as never negative */
    const struct {
        int has;
        double v;
        size_t field;
    } whole[] = {{x->has_of, x->of, offsetof(congdoan_result, of)},
                 {x->has_share, x->share, offsetof(congdoan_result, share)},
                 {x->has_stated_rate, x->stated_rate, offsetof(congdoan_result, stated_rate)},
                 {x->has_over_target, x->over_target, offsetof(congdoan_result, over_target)},
                 {x->has_score_max, x->score_max, offsetof(congdoan_result, score_max)}};
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
        if (whole[i].has && whole[i].v < 0)
            broken(sink, "figure-negative", 0, "%s has %s=\"%g\"; expected 0 or more", who,
                   attr_name(CONGDOAN__EL_RESULT, whole[i].field), whole[i].v);
    if (x->has_value && x->has_of && x->value > x->of)
        broken(sink, "result-exceeds-whole", 0, "%s: %g of %g is more than the whole", who, x->value, x->of);
    if (x->has_score_max && x->measure != CONGDOAN_MEASURE_SCORE)
        broken(sink, "score-max-missing", 0, "%s has a score-max but is not a score", who);
    else if (x->has_score_max && (x->score_max == 0 || (x->has_value && x->value > x->score_max)))
        broken(sink, "score-out-of-range", 0, "%s: the figure %g and the score-max %g do not make a score", who,
               x->value, x->score_max);
    if (x->currency && x->measure != CONGDOAN_MEASURE_MONEY)
        broken(sink, "currency-not-applicable", 0, "%s has a currency but is not money", who);
    if (x->over_target_comparator && !x->has_over_target)
        broken(sink, "schema-missing-attribute", 0, "%s qualifies an excess over the target it does not give", who);
    if (x->part_of_id && x->id && strcmp(x->part_of_id, x->id) == 0)
        broken(sink, "part-of-itself", 0, "%s is said to be a part of itself", who);
}

void congdoan__rules_task_status(congdoan_task_status status, int completed, const char *who,
                                 congdoan__rule_sink *sink)
{
    if (completed && status != CONGDOAN_TASK_DONE)
        broken(sink, "status-completed-not-done", 0, "%s gives a completion date but its status is %s; only a done task "
               "has one", who, status ? named(congdoan__enum_name(&congdoan__task_statuses, status)) : "not filled in");
}
