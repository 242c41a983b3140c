/*
 * libcongdoan — the writer's side of outputs (output.c). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_OUTPUT_H
#define CONGDOAN_OUTPUT_H

#include "base/base.h"

/* Claim an output for one XML document: CONGDOAN_EINVAL if it was used before. */
int congdoan__output_begin(congdoan_output *o);
/* Append bytes; 0 or the status of the failure (which sticks: later puts fail the same way). */
int congdoan__output_put(congdoan_output *o, const char *data, size_t size);
/* The sticky failure status, 0 if none. */
int congdoan__output_failed(const congdoan_output *o);
/* Test hook: make the n-th flush to a file or callback fail (0: never). Returns flushes made. */
long congdoan__output_fail_flush_at(long n);
/* Test hook: with `on`, file outputs never use an unnamed (O_TMPFILE) temporary file, as where
 * the system or the file system has none. Returns the previous setting. */
int congdoan__output_named_only(int on);

#endif /* CONGDOAN_OUTPUT_H */
