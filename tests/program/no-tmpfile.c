/*
 * A test hook for the kill test (check-kill-fmt.py), preloaded into the program: openat() with
 * O_TMPFILE fails as on a file system without unnamed temporary files (FAT, some network
 * shares), so that the library's named way of writing a file atomically is the one killed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#undef _FILE_OFFSET_BITS /* both openat and openat64 are defined here, not one as an alias of the other */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/types.h>

typedef int (*openat_fn)(int, const char *, int, ...);

static int forward(const char *name, int dirfd, const char *path, int flags, mode_t mode)
{
#ifdef O_TMPFILE
    if ((flags & O_TMPFILE) == O_TMPFILE) {
        errno = EOPNOTSUPP;
        return -1;
    }
#endif
    openat_fn real = (openat_fn)dlsym(RTLD_NEXT, name);
    if (!real) {
        errno = ENOSYS;
        return -1;
    }
    return real(dirfd, path, flags, mode);
}

/* The mode argument is there only with O_CREAT or O_TMPFILE; reading it otherwise is harmless
 * on the ABIs this test runs on, but it is read only when present. */
#ifdef O_TMPFILE
#  define HAS_MODE(flags) (((flags) & O_CREAT) || ((flags) & O_TMPFILE) == O_TMPFILE)
#else
#  define HAS_MODE(flags) ((flags) & O_CREAT)
#endif

int openat(int dirfd, const char *path, int flags, ...);
int openat64(int dirfd, const char *path, int flags, ...);

int openat(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (HAS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    return forward("openat", dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (HAS_MODE(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    return forward("openat64", dirfd, path, flags, mode);
}
