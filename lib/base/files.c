/*
 * Opening input files without blocking (see files.h): open with O_NONBLOCK, ask the descriptor
 * what it is (fstat, so the answer is about what was opened, not about a path that may have
 * changed since), refuse anything but a regular file, then restore blocking reads.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/files.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef O_CLOEXEC
#  define O_CLOEXEC 0
#endif

static const char *not_regular(mode_t mode)
{
    if (S_ISDIR(mode))
        return _("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return _("it is a FIFO (named pipe), not a regular file");
    if (S_ISSOCK(mode))
        return _("it is a socket, not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return _("it is a device, not a regular file");
    return _("it is not a regular file");
}

int congdoan__open_regular(const char *path, long long *size, const char **why)
{
    *size = 0;
    *why = NULL;
    int fd;
    do
        fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *why = strerror(errno);
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        *why = strerror(errno);
        close(fd);
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        *why = not_regular(sb.st_mode);
        close(fd);
        return -1;
    }
    /* O_NONBLOCK means nothing to a regular file's reads, but the descriptor goes on to
     * libxml2 and read(): leave it as an ordinary one. */
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    *size = (long long)sb.st_size;
    return fd;
}
