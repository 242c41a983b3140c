/*
 * The one hash table of the library (congdoan__map) and the interner built on it, hashed with
 * SipHash-1-3 under a secret key, so that ids written to collide cannot make a load quadratic.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* getrandom */
#include "base/base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* ---- SipHash --------------------------------------------------------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                      \
    do {                                                                                              \
        v0 += v1, v1 = ROTL(v1, 13), v1 ^= v0, v0 = ROTL(v0, 32);                                     \
        v2 += v3, v3 = ROTL(v3, 16), v3 ^= v2;                                                        \
        v0 += v3, v3 = ROTL(v3, 21), v3 ^= v0;                                                        \
        v2 += v1, v1 = ROTL(v1, 17), v1 ^= v2, v2 = ROTL(v2, 32);                                     \
    } while (0)

static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t m;
    memcpy(&m, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    m = __builtin_bswap64(m);
#endif
    return m;
}

/* SipHash-c-d with a 64-bit result; the rounds are constants where it is called, so each caller
 * gets its own unrolled copy. */
static inline uint64_t siphash(const congdoan__hash_key *key, const void *data, size_t len, int c, int d)
{
    const unsigned char *in = data, *end = in + (len & ~(size_t)7);
    uint64_t v0 = 0x736f6d6570736575ULL ^ key->k0, v1 = 0x646f72616e646f6dULL ^ key->k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ key->k0, v3 = 0x7465646279746573ULL ^ key->k1;
    for (; in != end; in += 8) {
        uint64_t m = load_le64(in);
        v3 ^= m;
        for (int i = 0; i < c; i++)
            SIPROUND;
        v0 ^= m;
    }
    uint64_t b = (uint64_t)len << 56;
    switch (len & 7) {
    case 7: b |= (uint64_t)in[6] << 48; /* fall through */
    case 6: b |= (uint64_t)in[5] << 40; /* fall through */
    case 5: b |= (uint64_t)in[4] << 32; /* fall through */
    case 4: b |= (uint64_t)in[3] << 24; /* fall through */
    case 3: b |= (uint64_t)in[2] << 16; /* fall through */
    case 2: b |= (uint64_t)in[1] << 8;  /* fall through */
    case 1: b |= (uint64_t)in[0]; break;
    default: break;
    }
    v3 ^= b;
    for (int i = 0; i < c; i++)
        SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    for (int i = 0; i < d; i++)
        SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t congdoan__hash_bytes(const congdoan__hash_key *key, const void *data, size_t len)
{
    return siphash(key, data, len, 1, 3);
}

uint64_t congdoan__siphash_2_4(const congdoan__hash_key *key, const void *data, size_t len);
uint64_t congdoan__siphash_2_4(const congdoan__hash_key *key, const void *data, size_t len)
{
    /* Only for the tests: the published SipHash vectors are for 2-4, and they prove the code
     * that 1-3 shares. */
    return siphash(key, data, len, 2, 4);
}

/* ---- keys ------------------------------------------------------------------------------------ */

void congdoan__hash_key_fallback(congdoan__hash_key *key)
{
    /* No randomness from the system: what differs between processes, corpora and calls, mixed
     * by SipHash under a fixed key. Weaker than a random key (an attacker who can guess the
     * clock can guess it), and only used where getrandom() and /dev/urandom both fail. */
    static atomic_ulong counter;
    struct timespec rt = {0, 0}, mono = {0, 0};
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t mix[6] = {(uint64_t)rt.tv_sec, (uint64_t)rt.tv_nsec, (uint64_t)mono.tv_nsec,
                       (uint64_t)getpid(), (uint64_t)(uintptr_t)key,
                       (uint64_t)atomic_fetch_add(&counter, 1)};
    static const congdoan__hash_key fixed = {0x5bd1e9955bd1e995ULL, 0x9e3779b97f4a7c15ULL};
    key->k0 = congdoan__hash_bytes(&fixed, mix, sizeof mix);
    mix[5] ^= 0xa5a5a5a5a5a5a5a5ULL;
    key->k1 = congdoan__hash_bytes(&fixed, mix, sizeof mix);
}

static int read_urandom(void *buf, size_t len)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, (char *)buf + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    return got == len ? 0 : -1;
}

void congdoan__hash_key_random(congdoan__hash_key *key)
{
    uint64_t k[2];
    ssize_t n;
    do /* 16 bytes: never a short read once the pool is ready; not blocking if it is not */
        n = getrandom(k, sizeof k, GRND_NONBLOCK);
    while (n < 0 && errno == EINTR);
    if (n == (ssize_t)sizeof k || read_urandom(k, sizeof k) == 0) {
        key->k0 = k[0];
        key->k1 = k[1];
        return;
    }
    congdoan__hash_key_fallback(key);
}

/* ---- the table ------------------------------------------------------------------------------- */

enum { MIN_CAP = 16 };

static void seed(congdoan__map *m)
{
    if (!m->seeded) {
        congdoan__hash_key_random(&m->key);
        m->seeded = 1;
    }
}

void congdoan__map_init(congdoan__map *m, const congdoan__hash_key *key)
{
    memset(m, 0, sizeof *m);
    if (key) {
        m->key = *key;
        m->seeded = 1;
    }
}

void congdoan__map_init_records(congdoan__map *m, const congdoan__hash_key *key, size_t id_offset)
{
    congdoan__map_init(m, key);
    m->key_at = id_offset + 1;
}

/* A slot of a map of records: the key is read through the value. Both kinds of slot have the
 * hash and length first, and at offset 8 the word that is NULL in an empty slot (the key, or
 * the record). */
typedef struct record_slot {
    uint32_t hash, len;
    void *value;
} record_slot;
_Static_assert(offsetof(congdoan__map_slot, key) == offsetof(record_slot, value), "the word of an empty slot");

static size_t slot_size(const congdoan__map *m)
{
    return m->key_at ? sizeof(record_slot) : sizeof(congdoan__map_slot);
}

congdoan__map_slot *congdoan__map_slot_at(const congdoan__map *m, size_t j)
{
    return (congdoan__map_slot *)(void *)((char *)m->slots + j * slot_size(m));
}

static const char *slot_key(const congdoan__map *m, const congdoan__map_slot *s)
{
    const char *k = s->key; /* in a map of records, the record */
    return m->key_at ? *(const char *const *)(const void *)(k + m->key_at - 1) : k;
}

static void **slot_value(const congdoan__map *m, congdoan__map_slot *s)
{
    return m->key_at ? &((record_slot *)(void *)s)->value : &s->value;
}

static void slot_set(const congdoan__map *m, congdoan__map_slot *s, uint32_t hash, uint32_t len, const void *key,
                     void *value)
{
    if (m->key_at)
        *(record_slot *)(void *)s = (record_slot){hash, len, value};
    else
        *s = (congdoan__map_slot){hash, len, key, value};
}

void congdoan__map_release(congdoan__map *m)
{
    congdoan__pages_free(m->slots, m->cap * slot_size(m));
    m->slots = NULL;
    m->cap = m->count = 0;
}

uint64_t congdoan__map_hash(congdoan__map *m, const char *s, size_t len)
{
    seed(m);
    return congdoan__hash_bytes(&m->key, s, len);
}

uint64_t congdoan__map_key(const congdoan__map *m, const void *data, size_t len)
{
    return congdoan__hash_bytes(&m->key, data, len);
}

static uint32_t len32(size_t len)
{
    return len < UINT32_MAX ? (uint32_t)len : UINT32_MAX;
}

/* The slot of key[0..len) with this hash, or the empty slot where it would go. */
static congdoan__map_slot *string_slot(const congdoan__map *m, const char *key, size_t len, uint64_t hash)
{
    const uint32_t h = (uint32_t)hash, l = len32(len);
    const size_t mask = m->cap - 1, size = slot_size(m);
    char *const slots = m->slots;
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        congdoan__map_slot *s = (congdoan__map_slot *)(void *)(slots + j * size);
        if (!s->key)
            return s;
        if (s->hash == h && s->len == l) {
            const char *k = slot_key(m, s);
            if (memcmp(k, key, len) == 0 && (l < UINT32_MAX || k[len] == '\0'))
                return s;
        }
    }
}

/* Put an entry known to be absent, by its stored hash. */
static void place(congdoan__map *m, const congdoan__map_slot *from)
{
    const size_t mask = m->cap - 1;
    size_t j = from->hash & mask;
    while (congdoan__map_slot_at(m, j)->key)
        j = (j + 1) & mask;
    memcpy(congdoan__map_slot_at(m, j), from, slot_size(m));
    m->count++;
}

int congdoan__map_grow(congdoan__map *m, size_t total)
{
    if (total <= m->cap / 10 * 7 + m->cap % 10 * 7 / 10)
        return 0;
    seed(m);
    const size_t size = slot_size(m);
    size_t cap = m->cap ? m->cap : MIN_CAP;
    while (cap / 10 * 7 + cap % 10 * 7 / 10 < total) {
        /* the slot index comes from the 32 stored bits of the hash */
        if (cap >= ((size_t)1 << 31) || cap > SIZE_MAX / 2 / size)
            return CONGDOAN_ENOMEM;
        cap *= 2;
    }
    congdoan__map grown = *m;
    grown.slots = congdoan__pages_calloc(cap * size);
    if (!grown.slots)
        return CONGDOAN_ENOMEM;
    grown.cap = cap;
    grown.count = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (congdoan__map_slot_at(m, i)->key)
            place(&grown, congdoan__map_slot_at(m, i));
    congdoan__pages_free(m->slots, m->cap * size);
    *m = grown;
    return 0;
}

void congdoan__map_prefetch(const congdoan__map *m, uint64_t hash)
{
    if (m->cap)
        __builtin_prefetch(congdoan__map_slot_at(m, (uint32_t)hash & (m->cap - 1)));
}

void *congdoan__map_get_hashed(const congdoan__map *m, const char *key, size_t len, uint64_t hash)
{
    if (!m->count)
        return NULL;
    congdoan__map_slot *s = string_slot(m, key, len, hash);
    return s->key ? *slot_value(m, s) : NULL;
}

void *congdoan__map_get(const congdoan__map *m, const char *key, size_t len)
{
    if (!m->count)
        return NULL;
    return congdoan__map_get_hashed(m, key, len, congdoan__hash_bytes(&m->key, key, len));
}

void **congdoan__map_value_at(const congdoan__map *m, const char *key, size_t len)
{
    if (!m->count)
        return NULL;
    congdoan__map_slot *s = string_slot(m, key, len, congdoan__hash_bytes(&m->key, key, len));
    return s->key ? slot_value(m, s) : NULL;
}

void *congdoan__map_put_hashed(congdoan__map *m, const char *key, size_t len, uint64_t hash, void *value)
{
    congdoan__map_slot *s = string_slot(m, key, len, hash);
    if (s->key)
        return *slot_value(m, s);
    slot_set(m, s, (uint32_t)hash, len32(len), key, value);
    m->count++;
    return NULL;
}

void *congdoan__map_put(congdoan__map *m, const char *key, void *value)
{
    size_t len = strlen(key);
    return congdoan__map_put_hashed(m, key, len, congdoan__map_hash(m, key, len), value);
}

void congdoan__map_merge(congdoan__map *to, const congdoan__map *from)
{
    for (size_t i = 0; i < from->cap; i++) {
        congdoan__map_slot *f = congdoan__map_slot_at(from, i);
        if (!f->key)
            continue;
        const char *k = slot_key(from, f);
        void *value = *slot_value(from, f);
        if (f->len == UINT32_MAX) { /* the stored length is not the length: look it up the long way */
            congdoan__map_put_hashed(to, k, strlen(k), f->hash, value);
            continue;
        }
        congdoan__map_slot *s = string_slot(to, k, f->len, f->hash);
        if (!s->key) {
            slot_set(to, s, f->hash, f->len, k, value);
            to->count++;
        }
    }
}

congdoan__map_slot *congdoan__map_find(const congdoan__map *m, uint64_t hash,
                                       int (*same)(const congdoan__map_slot *slot, const void *ctx), const void *ctx)
{
    const uint32_t h = (uint32_t)hash;
    const size_t mask = m->cap - 1;
    congdoan__map_slot *const slots = m->slots;
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        congdoan__map_slot *s = &slots[j];
        if (!s->key || (s->hash == h && same(s, ctx)))
            return s;
    }
}

void congdoan__map_fill(congdoan__map *m, congdoan__map_slot *slot, uint64_t hash, const void *key, void *value)
{
    if (!slot->key)
        m->count++;
    *slot = (congdoan__map_slot){(uint32_t)hash, 0, key, value};
}

/* ---- interning ------------------------------------------------------------------------------- */

void congdoan__interner_init(congdoan__interner *in, congdoan__arena *arena)
{
    memset(in, 0, sizeof *in);
    in->arena = arena;
}

void congdoan__interner_seed(congdoan__interner *in, const congdoan__hash_key *key)
{
    congdoan__map_release(&in->map);
    congdoan__map_init(&in->map, key);
}

void congdoan__interner_release(congdoan__interner *in)
{
    congdoan__map_release(&in->map);
}

const char *congdoan__intern_hashed(congdoan__interner *in, const char *s, size_t len, uint64_t hash)
{
    if (congdoan__map_reserve(&in->map, in->map.count + 1) != 0)
        return NULL;
    congdoan__map_slot *slot = string_slot(&in->map, s, len, hash); /* (not a map of records) */
    if (slot->key)
        return slot->key;
    char *copy = congdoan__arena_strndup(in->arena, s, len);
    if (!copy)
        return NULL;
    *slot = (congdoan__map_slot){(uint32_t)hash, len32(len), copy, copy};
    in->map.count++;
    return copy;
}

const char *congdoan__intern(congdoan__interner *in, const char *s, size_t len)
{
    return congdoan__intern_hashed(in, s, len, congdoan__map_hash(&in->map, s, len));
}
