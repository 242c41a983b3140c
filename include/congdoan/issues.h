/*
 * libcongdoan — validation issues.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_ISSUES_H
#define CONGDOAN_ISSUES_H

#include "common.h"

/**
 * @file congdoan/issues.h
 * @brief A list of validation issues, each with a stable tag, a severity, a location and a
 * message (AppStream's validator is the model).
 *
 * Tags are stable, lower-case, hyphenated names ("unknown-unit", "percentage-out-of-range")
 * listed with their default severity and an explanation in a registry that can be read with
 * congdoan_issue_tag_count() and congdoan_issue_tag_name(). An identical issue (same tag,
 * location and message) is recorded once.
 */

CONGDOAN_BEGIN_DECL

/** How serious an issue is. */
typedef enum congdoan_severity {
    /** Worth knowing; nothing is wrong. */
    CONGDOAN_SEVERITY_INFO = 1,
    /** Probably a mistake; the data can still be used. */
    CONGDOAN_SEVERITY_WARNING = 2,
    /** The data is wrong. */
    CONGDOAN_SEVERITY_ERROR = 3
} congdoan_severity;

/**
 * Create an empty issue list.
 * On NULL: returns CONGDOAN_EINVAL.
 * @param[out] out the list, owned by the caller: release with congdoan_issues_free(). NULL on failure.
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_issues_new(congdoan_issues **out);
/** Release a list and its issues. On NULL: does nothing. */
CONGDOAN_API void congdoan_issues_free(congdoan_issues *issues);
/** Remove every issue from the list. On NULL: does nothing. */
CONGDOAN_API void congdoan_issues_clear(congdoan_issues *issues);
/** The number of issues. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_issues_count(const congdoan_issues *issues);
/** The number of issues of at least the given severity. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_issues_count_at_least(const congdoan_issues *issues, congdoan_severity severity);
/**
 * The i-th issue, in the order found, or NULL when i is out of range. Borrowed from the list.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_issue *congdoan_issues_get(const congdoan_issues *issues, size_t i);

/** The issue's tag. Never NULL. On NULL: returns "". */
CONGDOAN_API const char *congdoan_issue_tag(const congdoan_issue *issue);
/** The severity. On NULL: returns 0. */
CONGDOAN_API congdoan_severity congdoan_issue_severity(const congdoan_issue *issue);
/** The file or buffer name as it was given (not always UTF-8), or "" when the issue has no location.
 * Never NULL. On NULL: returns "". */
CONGDOAN_API const char *congdoan_issue_file(const congdoan_issue *issue);
/** The 1-based line, or 0 when unknown. On NULL: returns 0. */
CONGDOAN_API long congdoan_issue_line(const congdoan_issue *issue);
/**
 * The 1-based column in characters, or 0 when unknown. For an element, the column of its "<" when its start tag is on one line.
 * On NULL: returns 0.
 */
CONGDOAN_API long congdoan_issue_column(const congdoan_issue *issue);
/**
 * The message about this occurrence ("unknown unit 'laichau.xx' as lead of task 'iv-1-2'"), in
 * UTF-8 as congdoan_error_last_message() is. Never NULL. On NULL: returns "".
 */
CONGDOAN_API const char *congdoan_issue_message(const congdoan_issue *issue);
/** The general explanation of the tag, from the registry. Never NULL. On NULL: returns "". */
CONGDOAN_API const char *congdoan_issue_explanation(const congdoan_issue *issue);

/** The number of tags in the registry. */
CONGDOAN_API size_t congdoan_issue_tag_count(void);
/** The i-th registered tag, or NULL when i is out of range. */
CONGDOAN_API const char *congdoan_issue_tag_name(size_t i);
/** The severity a tag is registered with, or 0 for an unknown tag. On NULL: returns 0. */
CONGDOAN_API congdoan_severity congdoan_issue_tag_severity(const char *tag);
/**
 * The explanation of a tag, in the language of LC_MESSAGES as for every message of the library
 * (congdoan_strerror()), or NULL for an unknown tag. On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_issue_tag_explanation(const char *tag);
/** The one-letter code of a severity: "E", "W" or "I"; NULL for an unknown value. */
CONGDOAN_API const char *congdoan_severity_letter(congdoan_severity severity);

CONGDOAN_END_DECL

#endif /* CONGDOAN_ISSUES_H */
