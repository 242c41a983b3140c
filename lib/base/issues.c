/*
 * Issue lists. Each list owns copies of its strings (in its own arena), so issues outlive the
 * corpus and the files they are about.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <stdio.h>
#include <string.h>

struct congdoan_issue {
    const char *tag, *file, *message;
    congdoan_severity severity;
    long line, column;
    size_t index; /* its place in the list's items (an entry of `seen` past the end is stale) */
};

struct congdoan_issues {
    congdoan__arena arena;
    congdoan__interner strings; /* file names and tags repeat */
    congdoan__vec items;
    congdoan__map seen;         /* "tag\nfile\nline\ncol\nmessage" -> issue, for de-duplication */
};

CONGDOAN_API int congdoan_issues_new(congdoan_issues **out)
{
    CONGDOAN__CHECK_ARG(out);
    congdoan_issues *list = congdoan__calloc(1, sizeof *list);
    *out = list;
    if (!list)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an issue list");
    congdoan__arena_init(&list->arena);
    congdoan__interner_init(&list->strings, &list->arena);
    return CONGDOAN_OK;
}

CONGDOAN_API void congdoan_issues_clear(congdoan_issues *list)
{
    if (!list)
        return;
    congdoan__interner_release(&list->strings);
    congdoan__vec_release(&list->items);
    congdoan__map_release(&list->seen);
    congdoan__arena_release(&list->arena);
    congdoan__interner_init(&list->strings, &list->arena);
}

CONGDOAN_API void congdoan_issues_free(congdoan_issues *list)
{
    if (!list)
        return;
    congdoan_issues_clear(list);
    congdoan__dealloc(list);
}

int congdoan__issue_addv(congdoan_issues *list, const char *tag, const char *file, long line, long column,
                         const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, _(fmt), ap);
    congdoan__utf8_mend(msg, sizeof msg);
    /* An unregistered tag is a bug in the library; keep it visible rather than dropping it. */
    congdoan_severity sev = congdoan__tag_severity(tag);
    char key[2400];
    int klen = snprintf(key, sizeof key, "%s\n%s\n%ld\n%ld\n%s", tag, file ? file : "", line, column, msg);
    if (klen < 0)
        klen = 0;
    if ((size_t)klen >= sizeof key)
        klen = sizeof key - 1;
    if (congdoan__map_reserve(&list->seen, list->seen.count + 1) != 0 ||
        congdoan__vec_reserve(&list->items, list->items.count + 1) != 0)
        return CONGDOAN_ENOMEM;
    /* (looked up after the reserve, which may move the slots) */
    congdoan_issue **same = (congdoan_issue **)congdoan__map_value_at(&list->seen, key, (size_t)klen);
    if (same && (*same)->index < list->items.count && list->items.items[(*same)->index] == *same)
        return 0;
    congdoan_issue *is = congdoan__arena_alloc(&list->arena, sizeof *is);
    const char *k = congdoan__arena_strndup(&list->arena, key, (size_t)klen);
    if (!is || !k)
        return CONGDOAN_ENOMEM;
    is->tag = congdoan__intern(&list->strings, tag, strlen(tag));
    is->file = congdoan__intern(&list->strings, file ? file : "", file ? strlen(file) : 0);
    is->message = congdoan__arena_strndup(&list->arena, msg, strlen(msg));
    if (!is->tag || !is->file || !is->message)
        return CONGDOAN_ENOMEM;
    is->severity = sev ? sev : CONGDOAN_SEVERITY_ERROR;
    is->line = line > 0 ? line : 0;
    is->column = column > 0 ? column : 0;
    if (same)
        *same = is; /* the issue it was dropped with congdoan__issues_truncate: this one now */
    else
        congdoan__map_put(&list->seen, k, is);
    is->index = list->items.count;
    list->items.items[list->items.count++] = is;
    return 0;
}

int congdoan__issue_add(congdoan_issues *list, const char *tag, const char *file, long line, long column,
                        const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = congdoan__issue_addv(list, tag, file, line, column, fmt, ap);
    va_end(ap);
    return rc;
}

void congdoan__issues_truncate(congdoan_issues *list, size_t count)
{
    /* Their entries in `seen` stay and are recognised as stale by their index; their memory
     * stays in the arena until the list is cleared. */
    if (list && count < list->items.count)
        list->items.count = count;
}

CONGDOAN_API size_t congdoan_issues_count(const congdoan_issues *list)
{
    CONGDOAN__NOT_NULL(list, "issues", 0);
    return list->items.count;
}

CONGDOAN_API size_t congdoan_issues_count_at_least(const congdoan_issues *list, congdoan_severity severity)
{
    CONGDOAN__NOT_NULL(list, "issues", 0);
    size_t n = 0;
    for (size_t i = 0; i < list->items.count; i++)
        if (((congdoan_issue *)list->items.items[i])->severity >= severity)
            n++;
    return n;
}

CONGDOAN_API const congdoan_issue *congdoan_issues_get(const congdoan_issues *list, size_t i)
{
    CONGDOAN__NOT_NULL(list, "issues", NULL);
    return i < list->items.count ? list->items.items[i] : NULL;
}

CONGDOAN_API const char *congdoan_issue_tag(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", "");
    return is->tag;
}
CONGDOAN_API congdoan_severity congdoan_issue_severity(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", 0);
    return is->severity;
}
CONGDOAN_API const char *congdoan_issue_file(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", "");
    return is->file;
}
CONGDOAN_API long congdoan_issue_line(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", 0);
    return is->line;
}
CONGDOAN_API long congdoan_issue_column(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", 0);
    return is->column;
}
CONGDOAN_API const char *congdoan_issue_message(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", "");
    return is->message;
}
CONGDOAN_API const char *congdoan_issue_explanation(const congdoan_issue *is)
{
    CONGDOAN__NOT_NULL(is, "issue", "");
    const char *e = is ? congdoan_issue_tag_explanation(is->tag) : NULL;
    return e ? e : "";
}
