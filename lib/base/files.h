/*
 * libcongdoan — opening input files without blocking (files.c). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_FILES_H
#define CONGDOAN_FILES_H

#include "base/base.h"

/* Open `path` for reading, refusing anything but a regular file without ever waiting: a FIFO
 * opened the usual way blocks until something writes to it (for ever, if nothing does), and a
 * terminal or a device may block or never end. Returns the descriptor (close-on-exec, in
 * blocking mode) with *size its size in bytes, or -1 with *why saying why in words
 * ("No such file or directory", "it is a FIFO (named pipe), not a regular file"). Sets no last
 * error: the caller words the message and knows where the problem goes. */
int congdoan__open_regular(const char *path, long long *size, const char **why);

#endif /* CONGDOAN_FILES_H */
