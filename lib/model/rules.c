/*
 * The rules of the model's objects, each written once: see rules.h for who calls them and how.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/rules.h"
#include "model/vocab.h"

#include <stdio.h>

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
    vsnprintf(message, sizeof message, fmt, ap);
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
    congdoan__target t = {x->measure, x->comparator, x->target, x->target_max, x->has_target, x->has_target_max,
                          x->condition_grade};
    return t;
}

void congdoan__rules_target(const congdoan__target *t, const char *who, congdoan__rule_sink *sink)
{
    const char *measure = named(congdoan__enum_name(&congdoan__measures, t->measure));
    int percent = congdoan__is_percent(t->measure), range = t->comparator == CONGDOAN_COMPARATOR_RANGE;
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
        broken(sink, "range-missing-max", 1, "%s has comparator=\"range\" but no target-max", who);
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
    if (t->has_target && ((t->comparator == CONGDOAN_COMPARATOR_AT_LEAST && t->target == 0) ||
                          (t->comparator == CONGDOAN_COMPARATOR_AT_MOST && percent && t->target >= 100)))
        broken(sink, "comparator-trivial", 0, "%s: %s %g can never be missed", who,
               named(congdoan__enum_name(&congdoan__comparators, t->comparator)), t->target);
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

void congdoan__rules_relation(int has_document, int has_number, const char *who, congdoan__rule_sink *sink)
{
    if (!has_document && !has_number)
        broken(sink, "schema-missing-attribute", 0,
               "%s needs %s=\"\" (a document in the corpus) or %s=\"\" (its số hiệu), or both", who,
               attr_name(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, target_id)),
               attr_name(CONGDOAN__EL_RELATION, offsetof(congdoan__relation, number)));
}

void congdoan__rules_coordinator(int has_unit, int has_text, const char *who, congdoan__rule_sink *sink)
{
    if (!has_unit && !has_text)
        broken(sink, "schema-missing-attribute", 0, "%s needs %s=\"\" or text naming the coordinating units", who,
               attr_name(CONGDOAN__EL_COORDINATOR, offsetof(congdoan__coordinator, unit_id)));
}
