/*
 * libcongdoan — the importer's extraction rules: a table of named PCRE2 patterns (rules.c),
 * compiled once per process, and the matcher every extraction step uses. Never installed.
 *
 * The rules know Vietnamese: how a document number, a date, a target or an assignment of a
 * task is written. The code around them (meta.c, structure.c, relations.c, tasks.c,
 * figures.c) decides what a match means in its place in the document.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_RULES_H
#define CONGDOAN_IMPORT_RULES_H

#include "import/source.h"

/* The rules, in the order of the table in rules.c (see the table for what each finds). */
typedef enum congdoan__rule_id {
    CONGDOAN__RULE_LABEL,
    CONGDOAN__RULE_MOTTO,
    CONGDOAN__RULE_HEADER_BODY,
    CONGDOAN__RULE_HEADER_PLACE,
    CONGDOAN__RULE_OWN_NUMBER,
    CONGDOAN__RULE_PLACE_DATE,
    CONGDOAN__RULE_PUBLISHED,
    CONGDOAN__RULE_META_BOX,
    CONGDOAN__RULE_KIND_HEADING,
    CONGDOAN__RULE_ISSUED_BY,
    CONGDOAN__RULE_TITLE_OF_BODY,
    CONGDOAN__RULE_SIGN_CAPACITY,
    CONGDOAN__RULE_SIGN_POSITION,
    CONGDOAN__RULE_PERSON_NAME,
    CONGDOAN__RULE_BYLINE,
    CONGDOAN__RULE_RECIPIENTS,
    CONGDOAN__RULE_ARCHIVE_COPY,
    CONGDOAN__RULE_SUBJECT,
    CONGDOAN__RULE_ADDRESSEE,
    CONGDOAN__RULE_LETTER_SELF,
    CONGDOAN__RULE_LETTER_CODE,
    CONGDOAN__RULE_ATTACHED,
    CONGDOAN__RULE_IMAGE_ALT,
    CONGDOAN__RULE_DOCNUMBER,
    CONGDOAN__RULE_DOC_MENTION,
    CONGDOAN__RULE_DATE,
    CONGDOAN__RULE_DATE_WORDS,
    CONGDOAN__RULE_TIME_EXPR,
    CONGDOAN__RULE_YEAR_SPAN,
    CONGDOAN__RULE_BASIS,
    CONGDOAN__RULE_REVIEW,
    CONGDOAN__RULE_QUOTED,
    CONGDOAN__RULE_NAMED_NUMBER,
    CONGDOAN__RULE_THRESHOLD,
    CONGDOAN__RULE_QUANTITY,
    CONGDOAN__RULE_PRICE_RATE,
    CONGDOAN__RULE_NUMBER_WORD,
    CONGDOAN__RULE_FRACTION,
    CONGDOAN__RULE_SCORE,
    CONGDOAN__RULE_SCORE_CUE,
    CONGDOAN__RULE_SCORE_OF,
    CONGDOAN__RULE_PART_OF,
    CONGDOAN__RULE_OPENING_PERIOD,
    CONGDOAN__RULE_NOT_FIGURE_NOUN,
    CONGDOAN__RULE_COUNTED_NOUN,
    CONGDOAN__RULE_LIST_COUNT,
    CONGDOAN__RULE_STATUS_FIGURE,
    CONGDOAN__RULE_STATUS_LABEL,
    CONGDOAN__RULE_STATUS_VETO,
    CONGDOAN__RULE_ATTENDANCE,
    CONGDOAN__RULE_ATTENDANCE_OPENING,
    CONGDOAN__RULE_PROPOSAL,
    CONGDOAN__RULE_OVER_AMOUNT,
    CONGDOAN__RULE_RATE_OF,
    CONGDOAN__RULE_OVER_TARGET,
    CONGDOAN__RULE_TARGET_CUE,
    CONGDOAN__RULE_RESULT_CUE,
    CONGDOAN__RULE_PAST_TIME,
    CONGDOAN__RULE_ESTIMATE,
    CONGDOAN__RULE_CUMULATIVE,
    CONGDOAN__RULE_AVERAGE,
    CONGDOAN__RULE_GRADE,
    CONGDOAN__RULE_PERIOD,
    CONGDOAN__RULE_SECTION_TARGETS,
    CONGDOAN__RULE_SECTION_RESULTS,
    CONGDOAN__RULE_SECTION_TASKS,
    CONGDOAN__RULE_SECTION_SITUATION,
    CONGDOAN__RULE_SECTION_PRINCIPLES,
    CONGDOAN__RULE_SECTION_IMPLEMENT,
    CONGDOAN__RULE_TASK_LEADS,
    CONGDOAN__RULE_TASK_LEADS_BARE,
    CONGDOAN__RULE_TASK_FOCAL,
    CONGDOAN__RULE_TASK_ASSIGN,
    CONGDOAN__RULE_TASK_WITH,
    CONGDOAN__RULE_TASK_DEADLINE,
    CONGDOAN__RULE_TASK_DUTY,
    CONGDOAN__RULE_TASK_FIELD,
    CONGDOAN__RULE_COORDINATORS,
    CONGDOAN__RULE_ORG,
    CONGDOAN__RULE_ORG_AT,
    CONGDOAN__RULE_CONNECTIVE,
    CONGDOAN__RULE_BROAD_GROUP,
    CONGDOAN__RULE_ACTION_VERB,
    CONGDOAN__RULE_CLAUSE_VERB,
    CONGDOAN__RULE_STOP_WORD,
    CONGDOAN__RULE_DUE,
    CONGDOAN__RULE_TABLE_CONTENT,
    CONGDOAN__RULE_TABLE_LEAD,
    CONGDOAN__RULE_TABLE_COORD,
    CONGDOAN__RULE_TABLE_DUE,
    CONGDOAN__RULE_TABLE_PLAN,
    CONGDOAN__RULE_TABLE_DONE,
    CONGDOAN__RULE_TABLE_RATE,
    CONGDOAN__RULE_TABLE_UNIT,
    CONGDOAN__RULE_SCOPE_LEVEL,
    CONGDOAN__RULE_SCOPE_SECTOR,
    CONGDOAN__RULE_UNIT_CLASS,
    CONGDOAN__RULE_COUNT
} congdoan__rule_id;

/* A rule as the table states it: its name (used in tests and messages), its PCRE2 pattern
 * (UTF-8, NFC, compiled with PCRE2_UTF | PCRE2_UCP), and what a match produces. */
typedef struct congdoan__rule {
    const char *name;
    const char *pattern;
    const char *produces;
} congdoan__rule;

const congdoan__rule *congdoan__rule_get(congdoan__rule_id id);
/* The rule named `name`, or -1. */
int congdoan__rule_by_name(const char *name);
/* The word classes every pattern is compiled with in front (the (?(DEFINE)...) that patterns
 * call: numbers, the verbs and prepositions that end a name, names of bodies); the fuzzers'
 * dictionary of the importer is written from them and from the patterns (tests/fuzz/gen-dict.c). */
const char *congdoan__rules_prelude(void);

/* A matcher: the match data one extraction uses (one per import, never shared between
 * threads); the compiled patterns themselves are shared by every matcher of the process. */
typedef struct congdoan__matcher congdoan__matcher;

/* 0, CONGDOAN_ENOMEM, or CONGDOAN_ERROR when a pattern of the table does not compile (a bug,
 * with the rule and PCRE2's message in the last error). */
int congdoan__matcher_new(congdoan__matcher **out);
void congdoan__matcher_free(congdoan__matcher *m);

/* Look for rule `id` in s[0..len) from byte `start` on (anchored at `start` when `anchored`).
 * 1 when found (the groups are then read with the functions below), 0 when not, and 0 too
 * when PCRE2's match or depth limit stops the search (counted in congdoan__matcher_limit_hits:
 * hostile input costs a bounded amount, never a hang). CONGDOAN_ENOMEM when memory runs out. */
int congdoan__match(congdoan__matcher *m, congdoan__rule_id id, const char *s, size_t len, size_t start,
                    int anchored);
/* The whole match of the last successful congdoan__match: [start, end). */
size_t congdoan__match_start(const congdoan__matcher *m);
size_t congdoan__match_end(const congdoan__matcher *m);
/* Group `name` of the last match: 1 with [*start, *end) when it took part, else 0. */
int congdoan__match_group(const congdoan__matcher *m, const char *name, size_t *start, size_t *end);
size_t congdoan__matcher_limit_hits(const congdoan__matcher *m);

#endif /* CONGDOAN_IMPORT_RULES_H */
