/*
 * The baseline of bench-rollup: one loop adding every reported figure held in flat arrays of
 * doubles. Built on its own at -O3 whatever the build type (tests/bench/meson.build), where
 * the compiler vectorises it: the fastest honest pass over the same values, so that the
 * roll-up is compared with the best a plain loop does, not with a slow one.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "flat-pass.h"

double bench_flat_pass(const double *value, const double *num, const double *den, size_t n)
{
    /* a figure not given is NaN in the arrays (congdoan_corpus_values_fill): added as 0 */
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += (value[i] == value[i] ? value[i] : 0) + (num[i] == num[i] ? num[i] : 0) + (den[i] == den[i] ? den[i] : 0);
    return s;
}
