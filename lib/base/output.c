/*
 * Outputs for the writer: memory, an atomically replaced file, or a caller's callback.
 *
 * A file output never touches its destination until congdoan_output_finish(), which makes the
 * new content durable and then puts it in place with one atomic step, so that the path holds
 * the old file or the new one, whole, whatever happens (a failed write, a kill, a power cut):
 *
 *  - Where the system has them (Linux, O_TMPFILE), the XML goes to an unnamed file in the
 *    destination's folder: if the program dies, the file system frees it and nothing is left
 *    behind. finish() fsyncs it and gives it a name through /proc/self/fd (linkat): the
 *    destination itself when there is none yet, else NAME.congdoan-tmp renamed over it.
 *  - Elsewhere (or where /proc is missing, or the folder's file system has no O_TMPFILE: FAT,
 *    some network shares) the XML goes to NAME.congdoan-tmp, created or taken over, then
 *    renamed over the destination.
 *  - Then the folder is fsynced, so that the rename itself survives a power cut.
 *
 * A killed writer can leave NAME.congdoan-tmp behind (the named way, or the instant between
 * linkat and renameat): that fixed, recognisable name is what the next write of the same path
 * takes over, so a leftover lives only until then and never piles up. A writer holds an
 * exclusive flock() on its temporary file while it lives (the kernel drops it when the process
 * dies): a leftover is taken over only when its lock can be had, and two programs writing the
 * same path at once each get their own temporary name (NAME.congdoan-tmp-XXXXXX for the
 * second), the last rename winning as before.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* O_TMPFILE, AT_SYMLINK_FOLLOW, flock() */
#include "base/base.h"
#include "base/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
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
    char *path;      /* the destination, as given */
    const char *base; /* its last component, inside path */
    char *tmp;       /* the temporary's name in the folder, "" while it has none */
    int dirfd;       /* the destination's folder */
    int fd;
    int unnamed;     /* fd is an O_TMPFILE file, not yet linked into the folder */
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

/* Test hook (tests/test-writer.c): never use an unnamed temporary file, as on a system or a
 * file system without O_TMPFILE. */
static int named_only;

int congdoan__output_named_only(int on)
{
    int was = named_only;
    named_only = on;
    return was;
}

static congdoan_output *new_output(int kind)
{
    congdoan_output *o = congdoan__calloc(1, sizeof *o);
    if (o) {
        o->kind = kind;
        o->fd = -1;
        o->dirfd = -1;
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

/* ---- the temporary file ---------------------------------------------------------------------- */

enum { TMP_SUFFIX_MAX = sizeof ".congdoan-tmp-XXXXXX" };

/* o->tmp = NAME.congdoan-tmp, or with a random -XXXXXX after it (for the second of two writers). */
static void tmp_name(congdoan_output *o, int random)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    size_t n = strlen(o->base);
    memcpy(o->tmp, o->base, n);
    memcpy(o->tmp + n, ".congdoan-tmp", sizeof ".congdoan-tmp");
    if (!random)
        return;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    static atomic_ulong counter; /* outputs may be made in several threads at once */
    uint64_t x = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^ ((uint64_t)getpid() << 40) ^
                 (uint64_t)(uintptr_t)o ^ (uint64_t)(atomic_fetch_add(&counter, 1) + 1) * 0x9E3779B97F4A7C15u;
    char *p = o->tmp + n + sizeof ".congdoan-tmp" - 1;
    *p++ = '-';
    for (int i = 0; i < 6; i++) {
        x ^= x >> 31, x *= 0xBF58476D1CE4E5B9u, x ^= x >> 29;
        *p++ = digits[x % (sizeof digits - 1)];
    }
    *p = '\0';
}

/* Open o->tmp (the fixed name) when it is free to use: a regular file of ours with no other
 * link, whose lock nobody holds (a leftover of a killed writer, or nothing at all: then it is
 * created). -1 when another writer is using it or it is something else. */
static int take_fixed(congdoan_output *o, int flags)
{
    int fd = openat(o->dirfd, o->tmp, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    struct stat sb, named;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_nlink != 1 ||
        sb.st_uid != geteuid() || fstatat(o->dirfd, o->tmp, &named, AT_SYMLINK_NOFOLLOW) != 0 ||
        named.st_ino != sb.st_ino || named.st_dev != sb.st_dev) {
        close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

/* Remove NAME.congdoan-tmp if a killed writer left it (nobody holds its lock). */
static void remove_leftover(congdoan_output *o)
{
    tmp_name(o, 0);
    int fd = take_fixed(o, O_RDONLY);
    if (fd >= 0) {
        unlinkat(o->dirfd, o->tmp, 0);
        close(fd);
    }
    o->tmp[0] = '\0';
}

/* The named way: NAME.congdoan-tmp, empty and locked, or a fresh random name. -1 with errno. */
static int open_named(congdoan_output *o)
{
    tmp_name(o, 0);
    int fd = take_fixed(o, O_RDWR | O_CREAT);
    if (fd >= 0 && ftruncate(fd, 0) == 0)
        return fd;
    if (fd >= 0)
        close(fd);
    for (int tries = 0; tries < 100; tries++) {
        tmp_name(o, 1);
        fd = openat(o->dirfd, o->tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0) {
            flock(fd, LOCK_EX | LOCK_NB); /* just made: nobody else has it */
            return fd;
        }
        if (errno != EEXIST)
            break;
    }
    int err = errno;
    o->tmp[0] = '\0';
    errno = err;
    return -1;
}

#ifdef O_TMPFILE
static void proc_path(char *buf, size_t size, int fd)
{
    snprintf(buf, size, "/proc/self/fd/%d", fd);
}

/* The unnamed way: an O_TMPFILE file in the folder, when the file system has them and /proc can
 * name it later (checked now, so that finish() never holds data it cannot link). -1 if not. */
static int open_unnamed(congdoan_output *o)
{
    if (named_only)
        return -1;
    int fd = openat(o->dirfd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    char proc[64], target[8];
    proc_path(proc, sizeof proc, fd);
    if (readlink(proc, target, sizeof target) < 0) {
        close(fd);
        return -1;
    }
    flock(fd, LOCK_EX | LOCK_NB); /* guards its name for the instant between linkat and renameat */
    return fd;
}

/* Give the unnamed file a name: the destination itself if it has none (atomic: it appears
 * whole), else a temporary name that is then renamed over it. 0 or -1 with errno. */
static int link_unnamed(congdoan_output *o)
{
    char proc[64];
    proc_path(proc, sizeof proc, o->fd);
    if (linkat(AT_FDCWD, proc, o->dirfd, o->base, AT_SYMLINK_FOLLOW) == 0)
        return 0;
    if (errno != EEXIST)
        return -1;
    /* NAME.congdoan-tmp: free, or a dead writer's leftover (removed while its lock is held) */
    remove_leftover(o);
    tmp_name(o, 0);
    int rc = linkat(AT_FDCWD, proc, o->dirfd, o->tmp, AT_SYMLINK_FOLLOW);
    for (int tries = 0; rc != 0 && errno == EEXIST && tries < 100; tries++) {
        tmp_name(o, 1);
        rc = linkat(AT_FDCWD, proc, o->dirfd, o->tmp, AT_SYMLINK_FOLLOW);
    }
    if (rc != 0) {
        o->tmp[0] = '\0';
        return -1;
    }
    o->unnamed = 0;
    if (renameat(o->dirfd, o->tmp, o->dirfd, o->base) != 0)
        return -1; /* o->tmp is removed by congdoan_output_free() */
    o->tmp[0] = '\0';
    return 0;
}
#else
static int open_unnamed(congdoan_output *o)
{
    (void)o;
    return -1;
}

static int link_unnamed(congdoan_output *o)
{
    (void)o;
    errno = ENOSYS;
    return -1;
}
#endif

CONGDOAN_API int congdoan_output_new_file(const char *path, congdoan_output **out)
{
    CONGDOAN__CHECK_ARG(out);
    *out = NULL;
    CONGDOAN__CHECK_ARG(path);
    if (!*path)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: path is empty");
    size_t n = strlen(path);
    const char *slash = strrchr(path, '/');
    if (path[n - 1] == '/')
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot write %s: it names a folder, not a file", path);
    congdoan_output *o = new_output(OUT_FILE);
    if (o) {
        o->path = congdoan__strndup(path, n);
        o->tmp = congdoan__malloc(n + TMP_SUFFIX_MAX);
    }
    if (!o || !o->path || !o->tmp) {
        congdoan_output_free(o);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an output");
    }
    o->tmp[0] = '\0';
    o->base = o->path + (slash ? (size_t)(slash - path) + 1 : 0);
    if (!slash) {
        o->dirfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } else {
        /* the folder part: "/" for "/x.xml" */
        size_t dn = slash == path ? 1 : (size_t)(slash - path);
        char *dir = congdoan__strndup(path, dn);
        if (!dir) {
            congdoan_output_free(o);
            return congdoan__error(CONGDOAN_ENOMEM, "out of memory creating an output");
        }
        o->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        congdoan__dealloc(dir);
    }
    struct stat sb;
    int exists = o->dirfd >= 0 && fstatat(o->dirfd, o->base, &sb, 0) == 0;
    if (exists && S_ISDIR(sb.st_mode)) {
        congdoan_output_free(o);
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot write %s: it is a folder", path);
    }
    if (o->dirfd >= 0) {
        o->fd = open_unnamed(o);
        o->unnamed = o->fd >= 0;
        if (o->unnamed)
            remove_leftover(o);
        else
            o->fd = open_named(o); /* takes a leftover over */
    }
    if (o->fd < 0) {
        int err = errno;
        congdoan_output_free(o);
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot write next to %s: %s", path, strerror(err));
    }
    /* Keep the permissions of the file it replaces, or give a new one 0644. (Reading the umask
     * would mean changing it, which is not thread-safe.) */
    fchmod(o->fd, exists ? (sb.st_mode & 07777) : 0644);
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
    if (!o)
        return congdoan__invalid_arg("output");
    if (o->finished || !o->used)
        return congdoan__error(CONGDOAN_EINVAL, o->finished ? N_("the output is already finished") : N_("nothing was written"));
    if (o->failed)
        return congdoan__error(o->failed, "the writing failed earlier; the output cannot be finished");
    if (flush(o) != 0)
        return o->failed;
    if (o->kind == OUT_FILE) {
        /* the data on disk first, then the name: a power cut never finds the new name on
         * content that was not written */
        if (fsync(o->fd) != 0) {
            o->failed = CONGDOAN_EIO;
            return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0, "cannot write %s: %s", o->path, strerror(errno));
        }
        int rc = o->unnamed ? link_unnamed(o) : renameat(o->dirfd, o->tmp, o->dirfd, o->base);
        if (rc != 0) {
            o->failed = CONGDOAN_EIO;
            return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0, "cannot replace %s: %s", o->path, strerror(errno));
        }
        o->tmp[0] = '\0'; /* nothing left to clean up */
        o->unnamed = 0;
        o->finished = 1;
        /* closing drops the lock; the rename made durable by syncing the folder */
        int closed = close(o->fd);
        o->fd = -1;
        if (closed != 0 || fsync(o->dirfd) != 0)
            return congdoan__error_at(CONGDOAN_EIO, o->path, 0, 0,
                                      "%s was replaced, but the change may not survive a power cut: %s", o->path,
                                      strerror(errno));
        return CONGDOAN_OK;
    }
    o->finished = 1;
    return CONGDOAN_OK;
}

CONGDOAN_API const char *congdoan_output_data(const congdoan_output *o, size_t *size)
{
    if (size)
        *size = o && o->kind == OUT_MEMORY ? o->len : 0;
    CONGDOAN__NOT_NULL(o, "output", NULL);
    if (o->kind != OUT_MEMORY)
        return NULL;
    return o->buf ? o->buf : "";
}

CONGDOAN_API void congdoan_output_free(congdoan_output *o)
{
    if (!o)
        return;
    /* the named temporary is removed while its lock is held; an unnamed one vanishes on close */
    if (o->tmp && o->tmp[0] && o->dirfd >= 0)
        unlinkat(o->dirfd, o->tmp, 0);
    if (o->fd >= 0)
        close(o->fd);
    if (o->dirfd >= 0)
        close(o->dirfd);
    congdoan__dealloc(o->tmp);
    congdoan__dealloc(o->path);
    congdoan__dealloc(o->buf);
    congdoan__dealloc(o);
}
