/*
 * libcongdoan — status codes and the thread-local last error.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_ERROR_H
#define CONGDOAN_ERROR_H

#include "common.h"

/**
 * @file congdoan/error.h
 * @brief Status codes and the thread-local last error (libgit2's model).
 *
 * Every function that can fail returns 0 or one of the negative codes below and records the
 * details (a message and, for input problems, the file, line and column) in a thread-local
 * "last error" that stays until the next failing call in the same thread or
 * congdoan_error_clear(). Successful calls do not clear it. The codes are stable: their values
 * never change and are written out so that bindings may map them.
 *
 * One exception: an accessor of an optional value (congdoan_indicator_baseline(),
 * congdoan_report_value(), congdoan_progress_actual() …) answers CONGDOAN_ENOTFOUND when the
 * value is absent. That is an answer, not a failure: the last error is left as it was.
 */

CONGDOAN_BEGIN_DECL

/** Status codes. */
typedef enum congdoan_status {
    /** Success. */
    CONGDOAN_OK = 0,
    /** An error that fits no other code (a bug in the library if you ever see it). */
    CONGDOAN_ERROR = -1,
    /** Memory could not be allocated. Nothing was changed. */
    CONGDOAN_ENOMEM = -2,
    /** The caller passed an invalid argument (NULL where an object is needed, an unknown enum value, a value out of range). */
    CONGDOAN_EINVAL = -3,
    /** A file or folder could not be opened or read. */
    CONGDOAN_EIO = -4,
    /** The input is not well-formed XML, or a text (number, date, document number) cannot be parsed. */
    CONGDOAN_EPARSE = -5,
    /** Well-formed XML that does not follow the vocabulary: unknown element or attribute, missing attribute, a value of the wrong type. */
    CONGDOAN_ESCHEMA = -6,
    /** A limit was exceeded: file size, nesting depth, element count or text length (congdoan_corpus_limit()). */
    CONGDOAN_ELIMIT = -7,
    /** An identifier is defined twice. */
    CONGDOAN_EEXISTS = -8,
    /** What was asked for does not exist: an unknown id or reference. */
    CONGDOAN_ENOTFOUND = -9,
    /** The input uses a forbidden XML feature: a DOCTYPE with entity declarations, external entities. */
    CONGDOAN_EFORBIDDEN = -10,
    /** The input is not valid UTF-8, or declares an encoding other than UTF-8. */
    CONGDOAN_EENCODING = -11,
    /** The input parsed but breaks a rule of the model (see the issue list for the details). */
    CONGDOAN_EINVALID = -12
} congdoan_status;

/**
 * A short description of a status code, e.g. "out of memory", in the language of the calling
 * program's LC_MESSAGES (gettext domain "libcongdoan"; English in the "C" locale, which a program
 * that never calls setlocale() is in). The same holds for every message of the library: the last
 * error's, the issues', the tags' explanations; tags and machine names are never translated.
 * @return a static string (never NULL; unknown codes give "unknown error").
 */
CONGDOAN_API const char *congdoan_strerror(int status);
/**
 * The issue tag (congdoan/issues.h) of a failure with this status, for a program that reports a
 * file that did not load as validate's issues do: "xml-malformed" (CONGDOAN_EPARSE),
 * "schema-invalid" (CONGDOAN_ESCHEMA), "limit-exceeded" (CONGDOAN_ELIMIT), "duplicate-id"
 * (CONGDOAN_EEXISTS), "xml-forbidden" (CONGDOAN_EFORBIDDEN), "xml-encoding" (CONGDOAN_EENCODING),
 * "io-error" (CONGDOAN_EIO), "unknown-reference" (CONGDOAN_ENOTFOUND), "model-rule-broken"
 * (CONGDOAN_EINVALID): every status that names a problem of the input has a tag of the registry,
 * which congdoan_issue_tag_explanation() explains. NULL for a status that names no problem of
 * the input (CONGDOAN_OK, CONGDOAN_ERROR, CONGDOAN_ENOMEM, CONGDOAN_EINVAL) and for unknown
 * codes. A static string, never translated: never free it.
 */
CONGDOAN_API const char *congdoan_error_tag(int status);

/** The code of the last error in this thread, or CONGDOAN_OK if there is none. */
CONGDOAN_API int congdoan_error_last_code(void);

/**
 * The message of the last error in this thread, e.g.
 * "unknown attribute 'lead2' on <task>; expected one of: id, lead, due, due-text".
 * Always UTF-8: a value it quotes is cut at a character's start, and a byte that is not UTF-8
 * (of a file name in another encoding) is shown as U+FFFD; congdoan_error_last_file() gives the
 * name as it is.
 * @return a string owned by the library, valid until the next failing call in this thread;
 *         "" when there is no error. Never NULL.
 */
CONGDOAN_API const char *congdoan_error_last_message(void);

/**
 * The file (or buffer name) the last error is about, as it was given (a file name need not be
 * UTF-8).
 * @return a string owned by the library as for the message; "" when the error has no location.
 */
CONGDOAN_API const char *congdoan_error_last_file(void);

/** The 1-based line of the last error, or 0 when it has no location. */
CONGDOAN_API long congdoan_error_last_line(void);

/** The 1-based column (in characters, as libxml2 counts them) of the last error, or 0 when it is not known. */
CONGDOAN_API long congdoan_error_last_column(void);

/** Forget the last error of this thread. */
CONGDOAN_API void congdoan_error_clear(void);

CONGDOAN_END_DECL

#endif /* CONGDOAN_ERROR_H */
