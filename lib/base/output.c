/*
 * Outputs for the writer: memory, an atomically replaced file, or a caller's callback.
 *
 * A file output writes to a temporary file in the same folder (so that rename() is atomic on
 * the same file system), and only congdoan_output_finish() — after fsync — renames it over the
 * destination: a crash or a failed write never leaves a truncated file behind.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"
#include "base/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OUT_MEMORY, OUT_FILE, OUT_CALLBACK };
enum { FLUSH_AT = 64 * 1024 };

struct congdoan_output {
    int kind;
    char *buf;
    size_t len, cap;
    int failed;   /* a status once writing failed */
    int used;     /* something was written into it */
    int finished;
    /* file */
    char *path, *tmp;
    int fd;
    /* callback */
    congdoan_write_fn fn;
    void *payload;
};

/* Test hook (tests/test-writer.c): make the n-th flush of a file or callback output fail. */
static long flush_fail_at, flush_count;

long congdoan__output_fail_flush_at(long n)
{
    long made = flush_count;
    flush_count = 0;
    flush_fail_at = n;
    return made;
}

static congdoan_output *new_output(int kind)
{
    congdoan_output *o = congdoan__calloc(1, sizeof *o);
    if (o) {
        o->kind = kind;
        o->fd = -1;
    }
    return o;
}

CONGDOAN_API int congdoan_output_new_memory(congdoan_output **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = new_output(OUT_MEMORY);
    return *out ? CONGDOAN_OK : congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an output");
}

CONGDOAN_API int congdoan_output_new_callback(congdoan_write_fn fn, void *payload, congdoan_output **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(fn);
    congdoan_output *o = new_output(OUT_CALLBACK);
    if (!o)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an output");
    o->fn = fn;
    o->payload = payload;
    *out = o;
    return CONGDOAN_OK;
}

CONGDOAN_API int congdoan_output_new_file(const char *path, congdoan_output **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(path && *path);
    congdoan_output *o = new_output(OUT_FILE);
    size_t n = strlen(path);
    if (o) {
        o->path = congdoan__strndup(path, n);
        o->tmp = congdoan__malloc(n + 16);
    }
    if (!o || !o->path || !o->tmp) {
        congdoan_output_free(o);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an output");
    }
    snprintf(o->tmp, n + 16, "%s.tmp-XXXXXX", path);
    o->fd = mkstemp(o->tmp);
    if (o->fd < 0) {
        int err = errno;
        o->tmp[0] = '\0';
        congdoan_output_free(o);
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot write next to %s: %s", path, strerror(err));
    }
    /* mkstemp makes the file 0600: keep the permissions of the file it replaces, or give a new
     * one 0644. (Reading the umask would mean changing it, which is not thread-safe.) */
    struct stat sb;
    fchmod(o->fd, stat(path, &sb) == 0 ? (sb.st_mode & 07777) : 0644);
    *out = o;
    return CONGDOAN_OK;
}

static int flush(congdoan_output *o)
{
    if (o->kind == OUT_MEMORY || o->len == 0 || o->failed)
        return o->failed;
    if (flush_fail_at > 0 && ++flush_count >= flush_fail_at) {
        o->failed = CONGDOAN_EIO;
        return congdoan__error(CONGDOAN_EIO, "writing failed (simulated by the test hook)");
    }
    if (o->kind == OUT_CALLBACK) {
        if (o->fn(o->payload, o->buf, o->len) != 0) {
            o->failed = CONGDOAN_EIO;
            return congdoan__error(CONGDOAN_EIO, "the write callback stopped the writing");
        }
    } else {
        const char *p = o->buf;
        size_t left = o->len;
        while (left) {
            ssize_t w = write(o->fd, p, left);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                o->failed = CONGDOAN_EIO;
                return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0, "cannot write %s: %s", o->path,
                                          strerror(w < 0 ? errno : ENOSPC));
            }
            p += w, left -= (size_t)w;
        }
    }
    o->len = 0;
    return 0;
}

int congdoan__output_put(congdoan_output *o, const char *data, size_t size)
{
    if (o->failed)
        return o->failed;
    if (o->len + size > o->cap) {
        size_t cap = o->cap ? o->cap : 16 * 1024;
        while (cap < o->len + size)
            cap *= 2;
        char *b = congdoan__realloc(o->buf, cap);
        if (!b) {
            o->failed = CONGDOAN_ENOMEM;
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory writing XML");
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, data, size);
    o->len += size;
    return o->len >= FLUSH_AT ? flush(o) : 0;
}

int congdoan__output_begin(congdoan_output *o)
{
    CONGDOAN__CHECK_ARG(o);
    if (o->used || o->finished)
        return congdoan__error(CONGDOAN_EINVAL, "this output already holds an XML document; use a new one");
    o->used = 1;
    return 0;
}

int congdoan__output_failed(const congdoan_output *o)
{
    return o->failed;
}

CONGDOAN_API int congdoan_output_finish(congdoan_output *o)
{
    CONGDOAN__CHECK_ARG(o);
    if (o->finished || !o->used)
        return congdoan__error(CONGDOAN_EINVAL, o->finished ? "the output is already finished" : "nothing was written");
    if (o->failed)
        return congdoan__error(o->failed, "the writing failed earlier; the output cannot be finished");
    if (flush(o) != 0)
        return o->failed;
    if (o->kind == OUT_FILE) {
        if (fsync(o->fd) != 0 || close(o->fd) != 0) {
            o->fd = -1;
            o->failed = CONGDOAN_EIO;
            return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0, "cannot write %s: %s", o->path, strerror(errno));
        }
        o->fd = -1;
        if (rename(o->tmp, o->path) != 0) {
            o->failed = CONGDOAN_EIO;
            return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0, "cannot replace %s: %s", o->path, strerror(errno));
        }
        o->tmp[0] = '\0'; /* nothing left to clean up */
    }
    o->finished = 1;
    return CONGDOAN_OK;
}

CONGDOAN_API const char *congdoan_output_data(const congdoan_output *o, size_t *size)
{
    if (size)
        *size = o && o->kind == OUT_MEMORY ? o->len : 0;
    if (!o || o->kind != OUT_MEMORY)
        return NULL;
    return o->buf ? o->buf : "";
}

CONGDOAN_API void congdoan_output_free(congdoan_output *o)
{
    if (!o)
        return;
    if (o->fd >= 0)
        close(o->fd);
    if (o->tmp && o->tmp[0])
        unlink(o->tmp);
    congdoan__dealloc(o->tmp);
    congdoan__dealloc(o->path);
    congdoan__dealloc(o->buf);
    congdoan__dealloc(o);
}
