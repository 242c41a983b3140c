/*
 * Which units a target's population holds (1.2, <population>): the one rule the roll-up asks.
 *
 * A population narrows a roll-up only where the data can say who is in it: a typed threshold
 * (measure, comparator, number) whose measure is something units carry — workers ("lao động",
 * "người lao động", "công nhân", "CNLĐ", "NLĐ") in a unit's `workers`, members ("đoàn viên")
 * in its `members`. Any other population ("doanh nghiệp đủ điều kiện", a threshold on revenue)
 * cannot be tested on the units: the roll-up keeps every unit and says so. A population of
 * people or cases (`of` naming no sort of unit: "công nhân lao động", "vụ việc") is what the
 * figure counts, within each unit's report: it selects no unit.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/progress.h"
#include "text/vntext.h"

#include <string.h>

/* The measure's words as congdoan__text_fold() gives them, and the attribute they name. */
static const struct {
    const char *folded;
    congdoan__unit_attribute attribute;
} measures[] = {
    {"lao dong", CONGDOAN__ATTR_WORKERS},       {"nguoi lao dong", CONGDOAN__ATTR_WORKERS},
    {"cong nhan", CONGDOAN__ATTR_WORKERS},      {"cong nhan lao dong", CONGDOAN__ATTR_WORKERS},
    {"cnld", CONGDOAN__ATTR_WORKERS},           {"nld", CONGDOAN__ATTR_WORKERS},
    {"ld", CONGDOAN__ATTR_WORKERS},             {"doan vien", CONGDOAN__ATTR_MEMBERS},
};

/* Words (folded) that make `of` a population of units: enterprises, agencies, unions. */
static const char *const unit_words[] = {"doanh nghiep", "dn", "don vi", "co quan", "cong doan", "cdcs", "cong ty",
                                         "hop tac xa", "htx", "co so", "to chuc", "truong", "benh vien"};

/* Does the folded text hold `word` as whole words. */
static int has_words(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *at = strstr(text, word); at; at = strstr(at + 1, word))
        if ((at == text || at[-1] == ' ' || at[-1] == ',') && (at[n] == '\0' || at[n] == ' ' || at[n] == ','))
            return 1;
    return 0;
}

/* The folded form of s, or NULL (*rc CONGDOAN_ENOMEM when out of memory; invalid text folds to
 * nothing). */
static char *folded(const char *s, int *rc)
{
    char *out = NULL;
    size_t len = 0;
    int r = congdoan__text_fold(s, strlen(s), &out, &len);
    if (r == CONGDOAN_ENOMEM)
        *rc = r;
    return r == 0 ? out : NULL;
}

int congdoan__population_attribute(const congdoan_population *pop, congdoan__unit_attribute *out)
{
    int rc = 0;
    *out = CONGDOAN__ATTR_NONE;
    if (pop->of) {
        /* people or cases ("công nhân lao động", "vụ việc"): what the figure counts, which each
         * unit's report already counts within; it selects no unit */
        char *of = folded(pop->of, &rc);
        int units = 0;
        for (size_t k = 0; of && k < sizeof unit_words / sizeof *unit_words; k++)
            units |= has_words(of, unit_words[k]);
        congdoan__dealloc(of);
        if (rc || !units) {
            *out = rc ? CONGDOAN__ATTR_NONE : CONGDOAN__ATTR_NOT_UNITS;
            return rc;
        }
    }
    if (!pop->has_value || !pop->comparator || !pop->measure)
        return 0;
    char *measure = folded(pop->measure, &rc);
    for (size_t k = 0; measure && k < sizeof measures / sizeof *measures; k++)
        if (strcmp(measure, measures[k].folded) == 0)
            *out = measures[k].attribute;
    congdoan__dealloc(measure);
    return rc;
}

int congdoan__population_holds(const congdoan_population *pop, congdoan__unit_attribute attribute,
                               const congdoan_unit *u)
{
    long figure = attribute == CONGDOAN__ATTR_WORKERS ? u->workers : attribute == CONGDOAN__ATTR_MEMBERS ? u->members : -1;
    if (figure < 0)
        return -1;
    /* the threshold's comparator read by the rule of every comparator, "more is better" */
    return congdoan__judge(pop->comparator, 0, pop->value, 0, 0, (double)figure) == CONGDOAN_EVAL_ACHIEVED;
}
