/*
 * The roll-up's innermost loops (dense-sum.h). A national roll-up adds 3,000,000 figures here,
 * most of them int32_t pairs: the conversion to double is the work, so it is done two figures
 * (one slot) per instruction with SSE2, four (two slots) with AVX2 when the processor has it.
 * x86-64 guarantees SSE2 only, hence the choice at run time (congdoan__dense_sum_int_best)
 * rather than at build time.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "query/dense-sum.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#include <immintrin.h>
#define HAVE_AVX2_VARIANT 1
#else
#define HAVE_AVX2_VARIANT 0
#endif

#if defined(__GNUC__) || defined(__clang__)
typedef double pair __attribute__((vector_size(16), may_alias, aligned(8)));
void congdoan__dense_sum(double *sums, const double *figs, size_t slots)
{
    pair *s = (pair *)sums;
    const pair *f = (const pair *)figs;
    size_t k = 0;
    for (; k + 4 <= slots; k += 4) {
        s[k] += f[k];
        s[k + 1] += f[k + 1];
        s[k + 2] += f[k + 2];
        s[k + 3] += f[k + 3];
    }
    for (; k < slots; k++)
        s[k] += f[k];
}
#else
void congdoan__dense_sum(double *sums, const double *figs, size_t slots)
{
    for (size_t j = 0; j < 2 * slots; j++)
        sums[j] += figs[j];
}
#endif

static void sum_int_plain(double *sums, const int32_t *figs, size_t slots)
{
    for (size_t j = 0; j < 2 * slots; j++)
        sums[j] += figs[j];
}

#if defined(__SSE2__)
/* Four figures (two slots) loaded at a time and converted a slot at a time, four slots an
 * iteration. */
static void sum_int_sse2(double *sums, const int32_t *figs, size_t slots)
{
    size_t k = 0;
    for (; k + 4 <= slots; k += 4) {
        __m128i f0 = _mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k)),
                f1 = _mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k + 4));
        double *p = sums + 2 * k;
        _mm_storeu_pd(p, _mm_add_pd(_mm_loadu_pd(p), _mm_cvtepi32_pd(f0)));
        _mm_storeu_pd(p + 2, _mm_add_pd(_mm_loadu_pd(p + 2), _mm_cvtepi32_pd(_mm_unpackhi_epi64(f0, f0))));
        _mm_storeu_pd(p + 4, _mm_add_pd(_mm_loadu_pd(p + 4), _mm_cvtepi32_pd(f1)));
        _mm_storeu_pd(p + 6, _mm_add_pd(_mm_loadu_pd(p + 6), _mm_cvtepi32_pd(_mm_unpackhi_epi64(f1, f1))));
    }
    for (; k + 2 <= slots; k += 2) {
        __m128i four = _mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k));
        __m128d lo = _mm_cvtepi32_pd(four), hi = _mm_cvtepi32_pd(_mm_unpackhi_epi64(four, four));
        _mm_storeu_pd(sums + 2 * k, _mm_add_pd(_mm_loadu_pd(sums + 2 * k), lo));
        _mm_storeu_pd(sums + 2 * k + 2, _mm_add_pd(_mm_loadu_pd(sums + 2 * k + 2), hi));
    }
    if (k < slots) {
        __m128d two = _mm_cvtepi32_pd(_mm_loadl_epi64((const __m128i *)(const void *)(figs + 2 * k)));
        _mm_storeu_pd(sums + 2 * k, _mm_add_pd(_mm_loadu_pd(sums + 2 * k), two));
    }
}
#endif

#if HAVE_AVX2_VARIANT
/* Two slots (four figures) per conversion into a 256-bit register, four slots an iteration;
 * an odd last slot with SSE2's instructions. Compiled for AVX2 in this function alone, called
 * only where the processor says it has it. */
__attribute__((target("avx2"))) static void sum_int_avx2(double *sums, const int32_t *figs, size_t slots)
{
    size_t k = 0;
    for (; k + 4 <= slots; k += 4) {
        __m256d a = _mm256_cvtepi32_pd(_mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k))),
                b = _mm256_cvtepi32_pd(_mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k + 4)));
        _mm256_storeu_pd(sums + 2 * k, _mm256_add_pd(_mm256_loadu_pd(sums + 2 * k), a));
        _mm256_storeu_pd(sums + 2 * k + 4, _mm256_add_pd(_mm256_loadu_pd(sums + 2 * k + 4), b));
    }
    if (k + 2 <= slots) {
        __m256d a = _mm256_cvtepi32_pd(_mm_loadu_si128((const __m128i *)(const void *)(figs + 2 * k)));
        _mm256_storeu_pd(sums + 2 * k, _mm256_add_pd(_mm256_loadu_pd(sums + 2 * k), a));
        k += 2;
    }
    if (k < slots) {
        __m128d two = _mm_cvtepi32_pd(_mm_loadl_epi64((const __m128i *)(const void *)(figs + 2 * k)));
        _mm_storeu_pd(sums + 2 * k, _mm_add_pd(_mm_loadu_pd(sums + 2 * k), two));
    }
}
#endif

congdoan__dense_sum_int_fn *congdoan__dense_sum_int_best(void)
{
    size_t n;
    congdoan__dense_sum_int_fn *const *all = congdoan__dense_sum_int_variants(&n);
    return all[n - 1];
}

congdoan__dense_sum_int_fn *const *congdoan__dense_sum_int_variants(size_t *count)
{
    /* the plain loop, then each faster one the build has: the last one the processor runs is
     * the best */
    static congdoan__dense_sum_int_fn *const variants[] = {
        sum_int_plain,
#if defined(__SSE2__)
        sum_int_sse2,
#endif
#if HAVE_AVX2_VARIANT
        sum_int_avx2,
#endif
    };
    size_t n = sizeof variants / sizeof *variants;
#if HAVE_AVX2_VARIANT
    if (!__builtin_cpu_supports("avx2"))
        n--;
#endif
    *count = n;
    return variants;
}
