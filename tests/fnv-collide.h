/*
 * Identifiers that all collide under 64-bit FNV-1a, the unseeded hash the library's tables used
 * before they were keyed: the low 32 bits of their hashes are equal, so in any table of up to
 * 2^32 slots indexed by those bits they all want the same slot. Shared by tests/test-hash.c
 * (which proves the keyed table spreads them) and tests/bench/gen-collide.c (which writes a file
 * of them to time the load).
 *
 * How: FNV-1a's low 32 bits depend only on the low 32 bits of its state, which a byte b moves
 * as s -> (s ^ b) * 0x1B3 (mod 2^32). At each of `positions` steps, two different 4-character
 * blocks that take the state reached so far to the same next state are found (a search over
 * the 36^4 blocks of letters and digits); choosing either block at every step gives
 * 2^positions ids with one hash. Deterministic: the same blocks on every machine.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TESTS_FNV_COLLIDE_H
#define CONGDOAN_TESTS_FNV_COLLIDE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { FNV_COLLIDE_MAX_POSITIONS = 30, FNV_COLLIDE_BLOCK = 4 };

typedef struct fnv_collide {
    int positions;
    char prefix;
    char block[FNV_COLLIDE_MAX_POSITIONS][2][FNV_COLLIDE_BLOCK + 1];
} fnv_collide;

/* The old hash of the library (lib/base/arena.c before the keyed table). */
static inline uint64_t fnv1a64(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static inline uint32_t fnv_collide_step(uint32_t s, const char *block)
{
    for (int i = 0; i < FNV_COLLIDE_BLOCK; i++)
        s = (s ^ (unsigned char)block[i]) * 0x1B3u;
    return s;
}

static inline void fnv_collide_block_at(unsigned long n, char *out)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < FNV_COLLIDE_BLOCK; i++, n /= 36)
        out[i] = alphabet[n % 36];
    out[FNV_COLLIDE_BLOCK] = '\0';
}

/* Find the blocks for ids of 1 + 4 * positions characters starting with `prefix` (a letter).
 * 0, or -1 when out of memory. */
static inline int fnv_collide_init(fnv_collide *c, char prefix, int positions)
{
    enum { TABLE = 1 << 21 }; /* more than the 36^4 blocks: the search never fills it */
    if (positions < 1 || positions > FNV_COLLIDE_MAX_POSITIONS)
        return -1;
    uint32_t *state = malloc(TABLE * sizeof *state), *which = malloc(TABLE * sizeof *which);
    if (!state || !which) {
        free(state);
        free(which);
        return -1;
    }
    c->positions = positions;
    c->prefix = prefix;
    uint32_t s = (uint32_t)fnv1a64(&prefix, 1);
    for (int p = 0; p < positions; p++) {
        /* The collisions are differential: a pair found for one state mostly works for the
         * next ones too, so the pairs found so far are tried first (a search takes 0.2 s). */
        int found = 0;
        for (int q = 0; q < p && !found; q++)
            if (fnv_collide_step(s, c->block[q][0]) == fnv_collide_step(s, c->block[q][1])) {
                memcpy(c->block[p], c->block[q], sizeof c->block[p]);
                s = fnv_collide_step(s, c->block[q][0]);
                found = 1;
            }
        if (!found)
            memset(which, 0xff, TABLE * sizeof *which);
        for (unsigned long n = 0; n < 36UL * 36 * 36 * 36 && !found; n++) {
            char b[FNV_COLLIDE_BLOCK + 1];
            fnv_collide_block_at(n, b);
            uint32_t t = fnv_collide_step(s, b);
            size_t j = (t * 0x9E3779B1u) >> 11; /* 21 bits: this table's own spread */
            while (which[j] != UINT32_MAX && state[j] != t)
                j = (j + 1) & (TABLE - 1);
            if (which[j] == UINT32_MAX) {
                state[j] = t, which[j] = (uint32_t)n;
                continue;
            }
            fnv_collide_block_at(which[j], c->block[p][0]);
            memcpy(c->block[p][1], b, sizeof b);
            s = t;
            found = 1;
        }
        if (!found) { /* does not happen: about 1,400 pairs collide among the 36^4 blocks */
            free(state);
            free(which);
            return -1;
        }
    }
    free(state);
    free(which);
    return 0;
}

/* Id number i (below 2^positions) into out (at least 2 + 4 * positions bytes); its length. */
static inline size_t fnv_collide_id(const fnv_collide *c, unsigned long i, char *out)
{
    size_t len = 0;
    out[len++] = c->prefix;
    for (int p = 0; p < c->positions; p++, i >>= 1) {
        memcpy(out + len, c->block[p][i & 1], FNV_COLLIDE_BLOCK);
        len += FNV_COLLIDE_BLOCK;
    }
    out[len] = '\0';
    return len;
}

#endif
