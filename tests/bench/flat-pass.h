/* The baseline of bench-rollup (flat-pass.c): the sum of the three arrays' figures. */
#ifndef BENCH_FLAT_PASS_H
#define BENCH_FLAT_PASS_H

#include <stddef.h>

double bench_flat_pass(const double *value, const double *num, const double *den, size_t n);

#endif
