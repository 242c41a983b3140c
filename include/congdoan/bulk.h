/*
 * libcongdoan — bulk access: fill caller-supplied arrays (being written).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_BULK_H
#define CONGDOAN_BULK_H

#include "common.h"

CONGDOAN_BEGIN_DECL
CONGDOAN_END_DECL

#endif /* CONGDOAN_BULK_H */
