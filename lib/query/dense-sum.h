/*
 * libcongdoan — the roll-up's innermost loops: a compact report's figures added, slot by slot,
 * into a row of (numerator, denominator) sums (see dense_add in rollup.c). Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_DENSE_SUM_H
#define CONGDOAN_DENSE_SUM_H

#include <stddef.h>
#include <stdint.h>

/* sums[j] += figs[j] for j < 2 * slots: figures kept as doubles. */
void congdoan__dense_sum(double *sums, const double *figs, size_t slots);

/* The same for figures kept as int32_t pairs, converted as they are added. Every variant gives
 * the same doubles bit for bit (each sum gets one exact conversion added, in the same order). */
typedef void congdoan__dense_sum_int_fn(double *sums, const int32_t *figs, size_t slots);

/* The variant for this machine's processor: AVX2 where the processor has it and the compiler
 * can make it, else SSE2 (every x86-64), else plain C. */
congdoan__dense_sum_int_fn *congdoan__dense_sum_int_best(void);

/* Every variant this build has and this processor runs, the plain C one first and the best
 * last, for the tests: *count of them. */
congdoan__dense_sum_int_fn *const *congdoan__dense_sum_int_variants(size_t *count);

#endif
