/*
 * The keyed hash and the one hash table (lib/base/hash.c): SipHash against its published
 * vectors, the table's behaviour, and ids written to collide under the old unseeded FNV-1a
 * spread out by the keyed table, in the table alone and through a whole load.
 */
#include "test-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

#include "fnv-collide.h"

uint64_t congdoan__siphash_2_4(const congdoan__hash_key *key, const void *data, size_t len);

/* The reference key 00 01 .. 0f, read little-endian as SipHash does. */
static const congdoan__hash_key ref_key = {0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};

START_TEST(test_siphash_2_4_reference_vectors)
{
    /* From the SipHash paper and its reference code (vectors.h): message 00 01 .. (len-1). */
    unsigned char m[64];
    for (int i = 0; i < 64; i++)
        m[i] = (unsigned char)i;
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 0), 0x726fdb47dd0e0e31ULL);
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 1), 0x74f839c593dc67fdULL);
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 7), 0xab0200f58b01d137ULL);
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 8), 0x93f5f5799a932462ULL);
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 15), 0xa129ca6149be45e5ULL);
    ck_assert_uint_eq(congdoan__siphash_2_4(&ref_key, m, 63), 0x958a324ceb064572ULL);
}
END_TEST

START_TEST(test_siphash_1_3_matches_cpython)
{
    /* CPython 3.11 hashes bytes with SipHash-1-3; with PYTHONHASHSEED=0 its key is all zero:
     * PYTHONHASHSEED=0 python3 -c "print(hash(b'abc') & (2**64 - 1))" */
    const congdoan__hash_key zero = {0, 0};
    unsigned char m[15];
    for (int i = 0; i < 15; i++)
        m[i] = (unsigned char)i;
    ck_assert_uint_eq(congdoan__hash_bytes(&zero, "abc", 3), 13851880170939887858ULL);
    ck_assert_uint_eq(congdoan__hash_bytes(&zero, "cdcs-000123", 11), 10039856891356230946ULL);
    ck_assert_uint_eq(congdoan__hash_bytes(&zero, m, 15), 17514137373579004394ULL);
    /* the key changes everything */
    ck_assert_uint_ne(congdoan__hash_bytes(&ref_key, "abc", 3), congdoan__hash_bytes(&zero, "abc", 3));
}
END_TEST

START_TEST(test_keys_differ)
{
    congdoan__hash_key a, b, c, d;
    congdoan__hash_key_random(&a);
    congdoan__hash_key_random(&b);
    ck_assert(a.k0 != b.k0 || a.k1 != b.k1);
    congdoan__hash_key_fallback(&c);
    congdoan__hash_key_fallback(&d);
    ck_assert(c.k0 != d.k0 || c.k1 != d.k1);
    /* each corpus its own key */
    congdoan_corpus *x = test_new_corpus(), *y = test_new_corpus();
    ck_assert(x->hash_key.k0 != y->hash_key.k0 || x->hash_key.k1 != y->hash_key.k1);
    test_drop_corpus(x);
    test_drop_corpus(y);
}
END_TEST

START_TEST(test_map_basics)
{
    congdoan__map m = {0}; /* a zeroed map draws its own key */
    ck_assert_ptr_null(congdoan__map_get(&m, "a", 1));
    int one = 1, two = 2, three = 3, four = 4;
    ck_assert_int_eq(congdoan__map_reserve(&m, 4), 0);
    ck_assert_int_eq(m.seeded, 1);
    ck_assert_ptr_null(congdoan__map_put(&m, "unit", &one));
    ck_assert_ptr_null(congdoan__map_put(&m, "unit-2", &two));
    ck_assert_ptr_null(congdoan__map_put(&m, "", &three));
    /* an existing key: the first value stays and is returned */
    ck_assert_ptr_eq(congdoan__map_put(&m, "unit", &four), &one);
    ck_assert_uint_eq(m.count, 3);
    ck_assert_ptr_eq(congdoan__map_get(&m, "unit", 4), &one);
    ck_assert_ptr_eq(congdoan__map_get(&m, "unit-2", 6), &two);
    ck_assert_ptr_eq(congdoan__map_get(&m, "", 0), &three);
    /* a prefix, a longer key, a key that is not NUL-terminated where it ends */
    ck_assert_ptr_null(congdoan__map_get(&m, "uni", 3));
    ck_assert_ptr_null(congdoan__map_get(&m, "unit-", 5));
    ck_assert_ptr_eq(congdoan__map_get(&m, "unit-2xyz", 6), &two);
    ck_assert_ptr_eq(congdoan__map_get(&m, "unitxyz", 4), &one);

    /* growing keeps every entry; released, the map is empty and keeps its key */
    congdoan__hash_key key = m.key;
    static char names[5000][16];
    ck_assert_int_eq(congdoan__map_reserve(&m, 5003), 0);
    ck_assert_uint_ge(m.cap * 7 / 10, 5003);
    for (int i = 0; i < 5000; i++) {
        snprintf(names[i], sizeof names[i], "u%d", i);
        ck_assert_ptr_null(congdoan__map_put(&m, names[i], names[i]));
    }
    for (int i = 0; i < 5000; i++)
        ck_assert_ptr_eq(congdoan__map_get(&m, names[i], strlen(names[i])), names[i]);
    ck_assert_ptr_eq(congdoan__map_get(&m, "unit", 4), &one);
    ck_assert_uint_eq(m.count, 5003);
    congdoan__map_release(&m);
    ck_assert_uint_eq(m.count, 0);
    ck_assert_ptr_null(congdoan__map_get(&m, "unit", 4));
    ck_assert_uint_eq(m.key.k0, key.k0);
    ck_assert_uint_eq(m.key.k1, key.k1);
}
END_TEST

/* A map of records keeps no key: it reads each record's id through the value, in slots of 16
 * bytes; it finds, refuses a second record under an id, grows and merges like any map. */
struct rec {
    int n;
    const char *id;
};

START_TEST(test_map_of_records)
{
    congdoan__hash_key key = {5, 7};
    congdoan__map m, other;
    congdoan__map_init_records(&m, &key, offsetof(struct rec, id));
    congdoan__map_init_records(&other, &key, offsetof(struct rec, id));
    static struct rec recs[3000];
    static char ids[3000][16];
    ck_assert_int_eq(congdoan__map_reserve(&m, 2000), 0);
    const size_t cap = m.cap;
    for (int i = 0; i < 3000; i++) {
        snprintf(ids[i], sizeof ids[i], "dv-%d", i);
        recs[i] = (struct rec){i, ids[i]};
        congdoan__map *to = i < 2000 ? &m : &other;
        ck_assert_int_eq(congdoan__map_reserve(to, to->count + 1), 0);
        ck_assert_ptr_null(congdoan__map_put(to, ids[i], &recs[i]));
    }
    /* 16 bytes a slot: what the slots take is counted by the pages they are on */
    ck_assert_uint_eq(cap, 4096);
    ck_assert_uint_eq((uintptr_t)congdoan__map_slot_at(&m, 1) - (uintptr_t)congdoan__map_slot_at(&m, 0), 16);
    struct rec again = {-1, ids[7]};
    ck_assert_ptr_eq(congdoan__map_put(&m, ids[7], &again), &recs[7]);
    ck_assert_uint_eq(m.count, 2000);
    ck_assert_ptr_eq(congdoan__map_get(&m, "dv-1999", 7), &recs[1999]);
    ck_assert_ptr_eq(congdoan__map_get(&m, "dv-19999", 7), &recs[1999]); /* the first 7 bytes */
    ck_assert_ptr_null(congdoan__map_get(&m, "dv-2000", 7));
    ck_assert_ptr_null(congdoan__map_get(&m, "dv-x", 4));
    void **at = congdoan__map_value_at(&m, "dv-0", 4);
    ck_assert_ptr_eq(*at, &recs[0]);
    ck_assert_int_eq(congdoan__map_reserve(&m, 3000), 0); /* grows: 3,000 is over 70 % of 4,096 */
    ck_assert_uint_eq(m.cap, 8192);
    congdoan__map_merge(&m, &other);
    ck_assert_uint_eq(m.count, 3000);
    for (int i = 0; i < 3000; i++)
        ck_assert_int_eq(((const struct rec *)congdoan__map_get(&m, ids[i], strlen(ids[i])))->n, i);
    congdoan__map_release(&m);
    congdoan__map_release(&other);
    ck_assert_ptr_null(congdoan__map_get(&m, "dv-0", 4));
}
END_TEST

START_TEST(test_map_shared_key_hashed_once)
{
    congdoan__hash_key key = {11, 22};
    congdoan__map a, b;
    congdoan__map_init(&a, &key);
    congdoan__map_init(&b, &key);
    ck_assert_int_eq(congdoan__map_reserve(&a, 3), 0);
    ck_assert_int_eq(congdoan__map_reserve(&b, 3), 0);
    int x = 1, y = 2, z = 3;
    uint64_t h = congdoan__map_hash(&a, "tld", 3);
    ck_assert_uint_eq(h, congdoan__hash_bytes(&key, "tld", 3));
    ck_assert_ptr_null(congdoan__map_put_hashed(&a, "tld", 3, h, &x));
    ck_assert_ptr_null(congdoan__map_get_hashed(&b, "tld", 3, h));
    ck_assert_ptr_null(congdoan__map_put_hashed(&b, "tld", 3, h, &y));
    ck_assert_ptr_null(congdoan__map_put(&b, "laichau", &z));
    /* merge: the entry already in `a` stays, the new one moves by its stored hash */
    ck_assert_int_eq(congdoan__map_reserve(&a, a.count + b.count), 0);
    congdoan__map_merge(&a, &b);
    ck_assert_uint_eq(a.count, 2);
    ck_assert_ptr_eq(congdoan__map_get(&a, "tld", 3), &x);
    ck_assert_ptr_eq(congdoan__map_get(&a, "laichau", 7), &z);
    congdoan__map_release(&a);
    congdoan__map_release(&b);
}
END_TEST

typedef struct pair {
    int a, b;
} pair;

static int same_pair(const congdoan__map_slot *slot, const void *ctx)
{
    const pair *p = slot->value, *q = ctx;
    return p->a == q->a && p->b == q->b;
}

START_TEST(test_map_composite_keys)
{
    congdoan__map m = {0};
    pair items[300];
    ck_assert_int_eq(congdoan__map_reserve(&m, 300), 0);
    for (int i = 0; i < 300; i++) {
        items[i] = (pair){i % 17, i};
        uint64_t h = congdoan__map_key(&m, &items[i], sizeof items[i]);
        congdoan__map_slot *s = congdoan__map_find(&m, h, same_pair, &items[i]);
        ck_assert_ptr_null(s->key);
        congdoan__map_fill(&m, s, h, &items[i], &items[i]);
    }
    ck_assert_uint_eq(m.count, 300);
    pair want = {5, 22}; /* 22 % 17 */
    const congdoan__map_slot *s = congdoan__map_find(&m, congdoan__map_key(&m, &want, sizeof want), same_pair, &want);
    ck_assert_ptr_eq(s->value, &items[22]);
    pair absent = {5, 23};
    s = congdoan__map_find(&m, congdoan__map_key(&m, &absent, sizeof absent), same_pair, &absent);
    ck_assert_ptr_null(s->key);
    congdoan__map_release(&m);
}
END_TEST

/* Strings are packed byte after byte in an arena; every other allocation is aligned for any
 * object, whatever string came before it; a large one gets a chunk of its own. */
START_TEST(test_arena_packs_strings)
{
    congdoan__arena arena;
    congdoan__arena_init(&arena);
    char *a = congdoan__arena_strndup(&arena, "abc", 3);
    char *b = congdoan__arena_strndup(&arena, "de", 2);
    ck_assert_str_eq(a, "abc");
    ck_assert_str_eq(b, "de");
    ck_assert_ptr_eq(b, a + 4); /* right after "abc" and its NUL */
    char *empty = congdoan__arena_strndup(&arena, NULL, 0);
    ck_assert_str_eq(empty, "");
    ck_assert_ptr_eq(empty, b + 3);
    double *d = congdoan__arena_alloc(&arena, 3 * sizeof *d);
    const uintptr_t align = sizeof(max_align_t) < 16 ? sizeof(max_align_t) : 16, next = (uintptr_t)(empty + 1);
    ck_assert_ptr_eq((void *)d, (void *)((next + align - 1) & ~(align - 1))); /* the next aligned byte */
    d[0] = 1.5, d[2] = 2.5;
    char *c = congdoan__arena_strndup(&arena, "f", 1);
    ck_assert_ptr_eq(c, (char *)(d + 3));
    char *obj = congdoan__arena_alloc(&arena, 100);
    ck_assert_ptr_eq((void *)obj, (void *)(((uintptr_t)(c + 2) + align - 1) & ~(align - 1))); /* after "f" */
    size_t big = 1 << 20;
    char *large = congdoan__arena_alloc_raw(&arena, big);
    ck_assert_ptr_nonnull(large);
    memset(large, 'x', big);
    char *after = congdoan__arena_strndup(&arena, "g", 1); /* still in the chunk being filled */
    ck_assert_ptr_eq(after, obj + 100);
    ck_assert_double_eq(d[0], 1.5);
    ck_assert_double_eq(d[2], 2.5);
    ck_assert_str_eq(a, "abc");
    congdoan__arena_release(&arena);
}
END_TEST

START_TEST(test_interner)
{
    congdoan__arena arena;
    congdoan__arena_init(&arena);
    congdoan__interner in;
    congdoan__interner_init(&in, &arena);
    const char *a = congdoan__intern(&in, "laichau-xyz", 7);
    ck_assert_str_eq(a, "laichau");
    ck_assert_ptr_eq(congdoan__intern(&in, "laichau", 7), a);
    ck_assert_ptr_ne(congdoan__intern(&in, "laichau.vp", 10), a);
    ck_assert_ptr_eq(congdoan__intern_hashed(&in, "laichau", 7, congdoan__map_hash(&in.map, "laichau", 7)), a);
    ck_assert_uint_eq(in.map.count, 2);
    congdoan__interner_release(&in);
    congdoan__arena_release(&arena);
}
END_TEST

/* Mean and largest distance of the entries from their home slot. */
static void displacement(const congdoan__map *m, double *mean, size_t *max)
{
    size_t total = 0, n = 0;
    *max = 0;
    for (size_t j = 0; j < m->cap; j++) {
        const congdoan__map_slot *s = congdoan__map_slot_at(m, j);
        if (!s->key)
            continue;
        size_t d = (j - (s->hash & (m->cap - 1))) & (m->cap - 1);
        total += d;
        n++;
        if (d > *max)
            *max = d;
    }
    *mean = n ? (double)total / (double)n : 0;
}

enum { COLLIDING = 1 << 14 };

static fnv_collide *colliding_ids(void)
{
    static fnv_collide c;
    if (!c.positions)
        ck_assert_int_eq(fnv_collide_init(&c, 'u', 14), 0);
    return &c;
}

START_TEST(test_fnv_colliding_ids_spread)
{
    fnv_collide *c = colliding_ids();
    char (*ids)[64] = malloc(COLLIDING * sizeof *ids);
    ck_assert_ptr_nonnull(ids);
    uint32_t first = 0;
    for (unsigned long i = 0; i < COLLIDING; i++) {
        size_t len = fnv_collide_id(c, i, ids[i]);
        ck_assert_uint_eq(len, 57);
        /* the input is hostile: every id had the same home slot in the old tables */
        uint32_t h = (uint32_t)fnv1a64(ids[i], len);
        if (i == 0)
            first = h;
        ck_assert_uint_eq(h, first);
    }
    ck_assert_str_ne(ids[0], ids[1]);
    /* with the old hash they formed one cluster: mean displacement (n - 1) / 2 = 8191.5 probes;
     * under a fixed key of the keyed hash the table stays as spread as for any other ids */
    congdoan__hash_key key = {0x0123456789abcdefULL, 0xfedcba9876543210ULL};
    congdoan__map m;
    congdoan__map_init(&m, &key);
    ck_assert_int_eq(congdoan__map_reserve(&m, COLLIDING), 0);
    for (unsigned long i = 0; i < COLLIDING; i++)
        ck_assert_ptr_null(congdoan__map_put(&m, ids[i], ids[i]));
    double mean;
    size_t max;
    displacement(&m, &mean, &max);
    ck_assert_msg(mean < 1.5 && max < 64, "mean displacement %.2f, largest %zu (load %zu/%zu)", mean, max, m.count, m.cap);
    for (unsigned long i = 0; i < COLLIDING; i++)
        ck_assert_ptr_eq(congdoan__map_get(&m, ids[i], strlen(ids[i])), ids[i]);
    congdoan__map_release(&m);
    free(ids);
}
END_TEST

START_TEST(test_fnv_colliding_ids_load)
{
    /* A file of units whose ids all collide under FNV-1a: loaded, every id found, and the
     * corpus's table (under its own random key) spread like any other. */
    fnv_collide *c = colliding_ids();
    strbuf b = {0};
    sb_str(&b, "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
               "<unit id=\"root\" level=\"central\" name=\"Gốc\"/>\n");
    char id[64];
    for (unsigned long i = 0; i < COLLIDING; i++) {
        fnv_collide_id(c, i, id);
        sb_printf(&b, "<unit id=\"%s\" level=\"grassroots\" parent=\"root\" name=\"Công đoàn cơ sở %lu\"/>\n", id, i);
    }
    sb_str(&b, "</congdoan>\n");
    congdoan_corpus *corpus = test_new_corpus();
    ck_assert_int_eq(congdoan_corpus_load_memory(corpus, b.data, b.len, "collide.xml", NULL), CONGDOAN_OK);
    free(b.data);
    ck_assert_uint_eq(congdoan_corpus_unit_count(corpus), COLLIDING + 1);
    for (unsigned long i = 0; i < COLLIDING; i += 97) {
        fnv_collide_id(c, i, id);
        const congdoan_unit *u = congdoan_corpus_unit_by_id(corpus, id);
        ck_assert_ptr_nonnull(u);
        ck_assert_str_eq(congdoan_unit_id(u), id);
        ck_assert_str_eq(congdoan_unit_id(congdoan_unit_parent(u)), "root");
    }
    double mean;
    size_t max;
    displacement(&corpus->unit_map, &mean, &max);
    ck_assert_msg(mean < 3, "mean displacement %.2f, largest %zu", mean, max);
    test_drop_corpus(corpus);
}
END_TEST

static void teardown(void)
{
    test_release_tracked();
}

static Suite *hash_suite(void)
{
    Suite *s = suite_create("hash");
    TCase *tc = tcase_create("hash");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_siphash_2_4_reference_vectors);
    tcase_add_test(tc, test_siphash_1_3_matches_cpython);
    tcase_add_test(tc, test_keys_differ);
    tcase_add_test(tc, test_map_basics);
    tcase_add_test(tc, test_map_of_records);
    tcase_add_test(tc, test_map_shared_key_hashed_once);
    tcase_add_test(tc, test_map_composite_keys);
    tcase_add_test(tc, test_arena_packs_strings);
    tcase_add_test(tc, test_interner);
    tcase_add_test(tc, test_fnv_colliding_ids_spread);
    tcase_add_test(tc, test_fnv_colliding_ids_load);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(hash_suite());
}
