/*
 * libcongdoan — the base layer: allocation, errors, arenas, containers, issues. Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_BASE_H
#define CONGDOAN_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "congdoan.h"

/* Internal helpers carry the congdoan__ prefix and hidden visibility (the default), so they are
 * never exported; tests reach them by linking the internal static library. */

/* ---- allocation ------------------------------------------------------------------------------ */
/* Every allocation of the library goes through these, so the allocation-failure test can make
 * the n-th one fail (congdoan__alloc_fail_at). */
void *congdoan__malloc(size_t size);
void *congdoan__calloc(size_t n, size_t size);
void *congdoan__realloc(void *ptr, size_t size);
void congdoan__dealloc(void *ptr);
/* Ask the system for huge pages over the 2 MiB pages lying wholly in [p, p + size): a national
 * load writes hundreds of MiB, and with 4 KiB pages it spends its system time in page faults.
 * Only a hint (Linux's MADV_HUGEPAGE); nothing elsewhere. congdoan__malloc, _calloc and
 * _realloc give it for blocks of 2 huge pages or more. */
#define CONGDOAN__HUGE_PAGE ((size_t)2 * 1024 * 1024)
void congdoan__advise_huge(void *p, size_t size);
char *congdoan__strndup(const char *s, size_t len);
/* A zeroed block for a big table, freed with congdoan__pages_free and the same size (never
 * realloc'd or passed to congdoan__dealloc): from 128 KiB up, pages of its own, which go back
 * to the system when freed and come zeroed by it, so that no instruction clears them (see
 * memory.c). */
void *congdoan__pages_calloc(size_t size);
void congdoan__pages_free(void *p, size_t size);

/* Test hook: make allocation number n (1-based, counted from this call) fail, and every one
 * after it; 0 turns failures off. Returns how many allocations were made since the last call. */
long congdoan__alloc_fail_at(long n);

/* ---- errors ---------------------------------------------------------------------------------- */
/* Record the thread's last error and return `code`, so that a failure path is one statement:
 *   return congdoan__error(CONGDOAN_EINVAL, "corpus is NULL"); */
int congdoan__error(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* While held (hold 1, then 0; nested holds count), errors are not recorded: the library asks one
 * of its public functions a question whose failure is an answer, not the thread's last error
 * (the loader's first error stays the last one). */
void congdoan__error_hold(int hold);
/* As congdoan__error, with a location. `file` may be NULL. */
int congdoan__error_at(int code, const char *file, long line, long column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* Checks on arguments, the same wording everywhere: "invalid argument: corpus is NULL" for a
 * pointer (`ptr` or `ptr != NULL`), "invalid argument: EXPR does not hold" for anything else.
 * One argument per check, so that the message names the one at fault. */
#define CONGDOAN__CHECK_ARG(expr) \
    do { if (!(expr)) return congdoan__invalid_arg(#expr); } while (0)
int congdoan__invalid_arg(const char *expr);
/* The same for accessors, which answer a NULL argument with a value instead of a status: the
 * first statement of one. `name` is the argument's name in the public header. */
#define CONGDOAN__NOT_NULL(ptr, name, value) \
    do { if (!(ptr)) { congdoan__null_arg(name); return value; } } while (0)
void congdoan__null_arg(const char *name);

/* ---- text cut short for messages (utf8-cut.c) ----------------------------------------------- */
/* The bytes of s[0..len) a message shows when it shows at most `max`: the longest start that
 * does not end inside a character. */
size_t congdoan__utf8_cut(const char *s, size_t len, size_t max);
/* The same as an int, for "%.*s". */
#define CONGDOAN__SHOWN(s, len, max) ((int)congdoan__utf8_cut((s), (len), (max)))
/* Make a formatted message in a buffer of `size` bytes UTF-8: a character a full buffer cut at
 * the end goes, any other byte that is not part of a well-formed character becomes U+FFFD (as
 * long as the buffer has room; what does not fit goes). */
void congdoan__utf8_mend(char *s, size_t size);

/* ---- messages in the user's language (i18n.c) -------------------------------------------- */
/* Every message the library gives (error messages, issue messages, tag explanations, status
 * descriptions) is English in the source and translated through gettext in the domain
 * "libcongdoan" (po/). A message is marked in one of two ways, both seen by xgettext:
 *   - _("...") where the text is used, N_("...") in a static table translated where it is read;
 *   - as the format of a function that translates its own format: congdoan__error,
 *     congdoan__error_at, congdoan__issue_add and every wrapper with a printf format attribute,
 *     each listed as a keyword in po/meson.build (tests/check-messages.py checks the list).
 * Messages are translated when they are made, in the locale of that moment. */
#define CONGDOAN__TEXTDOMAIN "libcongdoan"
const char *congdoan__gettext(const char *msgid)
#if defined(__GNUC__)
    __attribute__((format_arg(1)))
#endif
    ;
#define _(msgid) congdoan__gettext(msgid)
#define N_(msgid) msgid

/* ---- arena ----------------------------------------------------------------------------------- */
/* Model objects and strings live in arenas: allocation is a pointer bump and the whole corpus
 * is released at once. A load builds into its own arena, which the corpus adopts on success. */
typedef struct congdoan__arena_chunk congdoan__arena_chunk;
typedef struct congdoan__arena {
    congdoan__arena_chunk *head; /* the chunk being filled */
    size_t used;                 /* bytes used in head */
    size_t total;                /* bytes reserved in all chunks */
    size_t expect;               /* what the owner expects it to hold (0: unknown) */
} congdoan__arena;

void congdoan__arena_init(congdoan__arena *a);
/* Tell `a` it is expected to hold about `bytes`: its chunks are then sized as if it held that
 * much already (larger chunks, and huge pages from the first one for a large load) instead of
 * growing from 64 KiB. A hint only: too little changes nothing, too much costs address space,
 * not memory (chunks are written as they fill). */
void congdoan__arena_expect(congdoan__arena *a, size_t bytes);
void congdoan__arena_release(congdoan__arena *a);
/* Zero-filled, aligned for any object; NULL when out of memory. */
void *congdoan__arena_alloc(congdoan__arena *a, size_t size);
/* The same without zeroing, for memory that is written at once (copies). */
void *congdoan__arena_alloc_raw(congdoan__arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *congdoan__arena_strndup(congdoan__arena *a, const char *s, size_t len);
/* Move every chunk of `from` into `to`; `from` is left empty. Cannot fail. */
void congdoan__arena_adopt(congdoan__arena *to, congdoan__arena *from);

/* ---- pointer vectors ------------------------------------------------------------------------- */
typedef struct congdoan__vec {
    void **items;
    size_t count, cap;
} congdoan__vec;

/* 0 or CONGDOAN_ENOMEM (without setting the last error: callers know the context). */
int congdoan__vec_push(congdoan__vec *v, void *item);
int congdoan__vec_reserve(congdoan__vec *v, size_t total);
void congdoan__vec_release(congdoan__vec *v);
/* Remove the first occurrence of item, keeping the order. */
void congdoan__vec_remove(congdoan__vec *v, const void *item);

/* ---- hashing and the hash table (hash.c) -------------------------------------------------- */
/* Ids come from untrusted files: every table of them is keyed with a secret drawn per corpus
 * (or per table), so that nobody can write ids that all fall in one place and turn a load
 * quadratic. SipHash-1-3 (Aumasson and Bernstein) under a 128-bit key. */
typedef struct congdoan__hash_key {
    uint64_t k0, k1;
} congdoan__hash_key;

/* A fresh secret key: getrandom(), else /dev/urandom, else a mix of clocks, addresses and a
 * counter (weaker; used only where the system gives no randomness). Cannot fail. */
void congdoan__hash_key_random(congdoan__hash_key *key);
/* The last resort of congdoan__hash_key_random, on its own (for the tests). */
void congdoan__hash_key_fallback(congdoan__hash_key *key);
/* SipHash-1-3 of data[0..len) under `key`. */
uint64_t congdoan__hash_bytes(const congdoan__hash_key *key, const void *data, size_t len);

/* The one hash table of the library: open addressing with linear probing, up to 70 % full.
 * Each slot keeps the low 32 bits of its key's hash and the key's length, compared before the
 * key itself, so a probe past another key reads no string; growing re-places the slots by
 * their stored hash without hashing a key again.
 *
 * String keys (congdoan__map_get/put) are NUL-terminated strings that must outlive the map.
 * Composite keys (congdoan__map_find) are whatever the caller says, hashed by the caller with
 * congdoan__map_key(); such a map holds only composite keys.
 *
 * A map of records (congdoan__map_init_records: the corpus's units, documents and reports by
 * id) keeps no key in its slots: the key is the record's own id, read through the value, and
 * a slot is 16 bytes instead of 24 (4 MB less for a national corpus). Its values are never
 * NULL, and each is put under its own id.
 *
 * A map set to zero works: it draws its own key at its first reserve. Maps whose hashes are
 * shared (a load's staged maps and the corpus's, so that an id is hashed once for all of them)
 * are given the same key with congdoan__map_init. */
typedef struct congdoan__map_slot {
    uint32_t hash;   /* low 32 bits of the key's hash (the slot index is taken from them too) */
    uint32_t len;    /* string keys: the key's length (UINT32_MAX: that long or longer) */
    const void *key; /* NULL: an empty slot */
    void *value;
} congdoan__map_slot;

typedef struct congdoan__map {
    void *slots;             /* congdoan__map_slot, or in a map of records 16-byte slots */
    size_t cap, count;       /* cap: 0 or a power of two */
    congdoan__hash_key key;
    int seeded;              /* key is set */
    size_t key_at;           /* a map of records: 1 + the offset of the id (const char *) in each value */
} congdoan__map;

/* An empty map hashing under `key` (NULL: a fresh random key). */
void congdoan__map_init(congdoan__map *m, const congdoan__hash_key *key);
/* The same for a map of records whose id (a const char *) is at `id_offset` in each. */
void congdoan__map_init_records(congdoan__map *m, const congdoan__hash_key *key, size_t id_offset);
/* Slot j < cap, as far as the two kinds of slot agree: its hash and length, and `key`, NULL
 * when the slot is empty (in a map of records, the record). */
congdoan__map_slot *congdoan__map_slot_at(const congdoan__map *m, size_t j);
/* Free the slots; the map stays usable (empty) and keeps its key. */
void congdoan__map_release(congdoan__map *m);
/* Make room for `total` entries, so that as many congdoan__map_put calls cannot fail. 0 or
 * CONGDOAN_ENOMEM (the map unchanged). Up to 70 % full: probes stay short under a keyed hash;
 * the test that there is room is inline (a load asks before every id it defines). */
int congdoan__map_grow(congdoan__map *m, size_t total);
static inline int congdoan__map_reserve(congdoan__map *m, size_t total)
{
    return total < SIZE_MAX / 10 && total * 10 <= m->cap * 7 ? 0 : congdoan__map_grow(m, total);
}
/* The hash of s[0..len) under the map's key (drawing the key if the map has none yet): give it
 * to the _hashed calls of this map and of every map with the same key. */
uint64_t congdoan__map_hash(congdoan__map *m, const char *s, size_t len);
/* The hash of a composite key's bytes under the map's key; the map must have been reserved
 * (which draws its key), or be empty (nothing is found then anyway). */
uint64_t congdoan__map_key(const congdoan__map *m, const void *data, size_t len);
/* The value under key[0..len), or NULL. */
void *congdoan__map_get(const congdoan__map *m, const char *key, size_t len);
/* Start fetching the memory a look-up by `hash` will read first (a hint; nothing if empty). */
void congdoan__map_prefetch(const congdoan__map *m, uint64_t hash);
void *congdoan__map_get_hashed(const congdoan__map *m, const char *key, size_t len, uint64_t hash);
/* The place of the value under key[0..len), to change it where it is; NULL when the key is
 * absent. */
void **congdoan__map_value_at(const congdoan__map *m, const char *key, size_t len);
/* Insert; the key string must outlive the map. Returns the value already there (and changes
 * nothing) when the key exists, else NULL. Needs room: call congdoan__map_reserve first. */
void *congdoan__map_put(congdoan__map *m, const char *key, void *value);
void *congdoan__map_put_hashed(congdoan__map *m, const char *key, size_t len, uint64_t hash, void *value);
/* Every entry of `from` put into `to` by its stored hash (no key hashed again): both maps must
 * have the same key and `to` room for them (reserve). Entries already in `to` stay. */
void congdoan__map_merge(congdoan__map *to, const congdoan__map *from);
/* Composite keys: the slot whose entry `same` accepts, else the empty slot where an entry with
 * this hash goes (fill it with congdoan__map_fill). The map must have room (cap > count), and
 * not be a map of records. */
congdoan__map_slot *congdoan__map_find(const congdoan__map *m, uint64_t hash,
                                       int (*same)(const congdoan__map_slot *slot, const void *ctx), const void *ctx);
void congdoan__map_fill(congdoan__map *m, congdoan__map_slot *slot, uint64_t hash, const void *key, void *value);

/* ---- string interning ------------------------------------------------------------------------ */
/* Repeated identifiers (a unit id referred to by a million values) are stored once. */
typedef struct congdoan__interner {
    congdoan__arena *arena;
    congdoan__map map; /* the stored strings, as keys */
} congdoan__interner;

void congdoan__interner_init(congdoan__interner *in, congdoan__arena *arena);
/* Hash under `key`, shared with other maps (before the first intern). */
void congdoan__interner_seed(congdoan__interner *in, const congdoan__hash_key *key);
void congdoan__interner_release(congdoan__interner *in);
/* The stored copy of s[0..len); NULL when out of memory. */
const char *congdoan__intern(congdoan__interner *in, const char *s, size_t len);
/* The same with the hash of s under the interner's key (congdoan__map_hash(&in->map, ...)). */
const char *congdoan__intern_hashed(congdoan__interner *in, const char *s, size_t len, uint64_t hash);

/* Make room for one more element in an arena array of `elem` bytes holding *count items:
 * arrays read from files are exact (a cap below the count means "exactly count"); they grow by
 * doubling, the old array left in the arena. 0 or CONGDOAN_ENOMEM (nothing changed). */
int congdoan__grow(congdoan__arena *arena, void **items, size_t count, size_t *cap, size_t elem);

/* ---- issues (issues.c) ---------------------------------------------------------------------- */
/* Add an issue; `tag` must be registered in issue-tags.c. 0 or CONGDOAN_ENOMEM. */
int congdoan__issue_add(congdoan_issues *issues, const char *tag, const char *file, long line,
                        long column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
int congdoan__issue_addv(congdoan_issues *issues, const char *tag, const char *file, long line,
                         long column, const char *fmt, va_list ap);
/* Drop every issue after the first `count` (a loader that finds its file is not well-formed
 * keeps only that error). The same issue can be added again afterwards. */
void congdoan__issues_truncate(congdoan_issues *issues, size_t count);
/* The registered severity of a tag (0 when unknown). */
congdoan_severity congdoan__tag_severity(const char *tag);

#endif /* CONGDOAN_BASE_H */
