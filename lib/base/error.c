/*
 * The thread-local last error (libgit2's model). Fixed-size buffers: recording an error must
 * never need memory, because running out of memory is one of the errors.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <stdio.h>
#include <string.h>

typedef struct last_error {
    int code;
    long line, column;
    char message[1024];
    char file[1024];
} last_error;

static _Thread_local last_error last;
static _Thread_local int held; /* congdoan__error_hold() */

void congdoan__error_hold(int hold)
{
    held += hold ? 1 : -1;
}

static void set_location(const char *file, long line, long column)
{
    last.line = line > 0 ? line : 0;
    last.column = column > 0 ? column : 0;
    if (file)
        snprintf(last.file, sizeof last.file, "%s", file);
    else
        last.file[0] = '\0';
}

int congdoan__error_at(int code, const char *file, long line, long column, const char *fmt, ...)
{
    if (held)
        return code;
    va_list ap;
    last.code = code;
    va_start(ap, fmt);
    vsnprintf(last.message, sizeof last.message, _(fmt), ap);
    va_end(ap);
    congdoan__utf8_mend(last.message, sizeof last.message);
    set_location(file, line, column);
    return code;
}

int congdoan__error(int code, const char *fmt, ...)
{
    if (held)
        return code;
    va_list ap;
    last.code = code;
    va_start(ap, fmt);
    vsnprintf(last.message, sizeof last.message, _(fmt), ap);
    va_end(ap);
    congdoan__utf8_mend(last.message, sizeof last.message);
    set_location(NULL, 0, 0);
    return code;
}

void congdoan__null_arg(const char *name)
{
    congdoan__error(CONGDOAN_EINVAL, "invalid argument: %s is NULL", name);
}

/* The length of the name at the start of s (a C identifier in lower case), 0 if none. */
static size_t name_length(const char *s)
{
    return strspn(s, "abcdefghijklmnopqrstuvwxyz_0123456789");
}

int congdoan__invalid_arg(const char *expr)
{
    /* "corpus" or "out != NULL": a pointer that is NULL */
    size_t n = name_length(expr);
    if (n > 0 && (expr[n] == '\0' || strcmp(expr + n, " != NULL") == 0))
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: %.*s is NULL", (int)n, expr);
    /* "corpus && output": one of these pointers is NULL ("corpus or output is NULL") */
    char names[256];
    size_t len = 0;
    const char *p = expr;
    for (;;) {
        n = name_length(p);
        if (n == 0 || len + n + 4 >= sizeof names)
            break;
        memcpy(names + len, p, n);
        len += n;
        p += n;
        if (*p == '\0') {
            names[len] = '\0';
            return congdoan__error(CONGDOAN_EINVAL, "invalid argument: %s is NULL", names);
        }
        if (strncmp(p, " && ", 4) != 0)
            break;
        p += 4;
        const char *sep = strstr(p, " && ") ? ", " : " or ";
        memcpy(names + len, sep, strlen(sep));
        len += strlen(sep);
    }
    return congdoan__error(CONGDOAN_EINVAL, "invalid argument: %s does not hold", expr);
}

CONGDOAN_API int congdoan_error_last_code(void) { return last.code; }
CONGDOAN_API const char *congdoan_error_last_message(void) { return last.message; }
CONGDOAN_API const char *congdoan_error_last_file(void) { return last.file; }
CONGDOAN_API long congdoan_error_last_line(void) { return last.line; }
CONGDOAN_API long congdoan_error_last_column(void) { return last.column; }

CONGDOAN_API void congdoan_error_clear(void)
{
    memset(&last, 0, sizeof last);
}

CONGDOAN_API const char *congdoan_strerror(int status)
{
    switch (status) {
    case CONGDOAN_OK: return _("success");
    case CONGDOAN_ERROR: return _("internal error");
    case CONGDOAN_ENOMEM: return _("out of memory");
    case CONGDOAN_EINVAL: return _("invalid argument");
    case CONGDOAN_EIO: return _("input/output error");
    case CONGDOAN_EPARSE: return _("cannot parse the input");
    case CONGDOAN_ESCHEMA: return _("the input does not follow the vocabulary");
    case CONGDOAN_ELIMIT: return _("a limit was exceeded");
    case CONGDOAN_EEXISTS: return _("identifier defined twice");
    case CONGDOAN_ENOTFOUND: return _("not found");
    case CONGDOAN_EFORBIDDEN: return _("forbidden XML feature");
    case CONGDOAN_EENCODING: return _("not valid UTF-8");
    case CONGDOAN_EINVALID: return _("the data breaks a rule of the model");
    default: return _("unknown error");
    }
}
