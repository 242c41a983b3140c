/*
 * The run-time version query.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

CONGDOAN_API long congdoan_version_number(void)
{
    return CONGDOAN_VERSION_NUMBER;
}

CONGDOAN_API const char *congdoan_version_string(void)
{
    return CONGDOAN_VERSION_STRING;
}

CONGDOAN_API void congdoan_version(int *major, int *minor, int *patch)
{
    if (major)
        *major = CONGDOAN_VERSION_MAJOR;
    if (minor)
        *minor = CONGDOAN_VERSION_MINOR;
    if (patch)
        *patch = CONGDOAN_VERSION_PATCH;
}
