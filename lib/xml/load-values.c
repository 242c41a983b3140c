/*
 * The loader's values: attributes read into model objects by the kind the vocabulary table
 * gives them, at the field it names, and the text of text elements. Identifiers are interned,
 * text is kept in NFC, and every refused value is a problem that names the attribute, the
 * element and what was expected.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/loader.h"

#include <string.h>

const char *congdoan__load_id(loader *L, const char *s, size_t len)
{
    const char *id = congdoan__intern(&L->st->strings, s, len);
    if (!id)
        congdoan__load_out_of_memory(L);
    return id;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Text is stored in NFC; `trim` drops leading and trailing white space (element content
 * is often indented in files written by hand). */
const char *congdoan__load_text(loader *L, const char *s, size_t len, int trim)
{
    if (trim) {
        while (len && is_space(*s))
            s++, len--;
        while (len && is_space(s[len - 1]))
            len--;
    }
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(s, len, &nfc, &nfc_len);
    if (rc == CONGDOAN_ENOMEM) {
        congdoan__load_out_of_memory(L);
        return NULL;
    }
    if (rc != 0) {
        PROBLEM(L, CONGDOAN_EENCODING, "xml-encoding", "text is not valid UTF-8");
        return NULL;
    }
    const char *copy = nfc ? congdoan__arena_strndup(&L->st->arena, nfc, nfc_len)
                           : congdoan__arena_strndup(&L->st->arena, s, len);
    congdoan__text_nfc_free(nfc);
    if (!copy)
        congdoan__load_out_of_memory(L);
    return copy;
}

/* libxml2 without entity substitution (which stays off: see load.c) hands an attribute value's
 * '&' over as the five characters "&#38;", so that the value could be written back unchanged.
 * Every "&#38;" in a value stands for one '&' (a literal "&#38;" in the file arrives as
 * "&#38;#38;"), so it is decoded here. Rare: only values with '&'. */
const char *congdoan__load_attr_value(loader *L, const char *v, size_t *len)
{
    if (!memchr(v, '&', *len))
        return v;
    char *d = congdoan__arena_alloc(&L->st->arena, *len + 1);
    if (!d) {
        congdoan__load_out_of_memory(L);
        return v;
    }
    size_t j = 0;
    for (size_t i = 0; i < *len; i++) {
        if (v[i] == '&' && *len - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
            d[j++] = '&';
            i += 4;
        } else {
            d[j++] = v[i];
        }
    }
    d[j] = '\0';
    *len = j;
    return d;
}

/* A namespace name comes through the same libxml2 code as an attribute value, and up to libxml2
 * 2.12 its '&' comes the same way, as "&#38;" (2.13 expands namespace names always). Kept as
 * libxml2 hands it over, the writer would write "&amp;#38;" and the file would name another
 * namespace each time it is written (and libxml2 refuses the second '#' as an invalid URI). */
const char *congdoan__load_ns_name(loader *L, const char *uri)
{
#if LIBXML_VERSION < 21300
    size_t len = strlen(uri);
    return congdoan__load_attr_value(L, uri, &len);
#else
    (void)L;
    return uri;
#endif
}

#define ATTR_NAME(e, k) (congdoan__vocab[(e)].attrs[(k)].name)

/* Unit ids are most of a national file's identifiers (150,000), and the tables of units hold
 * each once already: a reference to a unit loaded before takes that unit's id from them, and a
 * unit's own id is copied (or taken from the interner, when a reference to it came first)
 * instead of interned. The interner's table then holds the few other ids (documents,
 * indicators, tasks, periods) and references to units not loaded yet, not a second table of
 * every unit: 6 MB less at the peak of a national load. */
static const char *unit_own_id(loader *L, const char *s, size_t len, uint64_t hash)
{
    const char *id = congdoan__map_get_hashed(&L->st->strings.map, s, len, hash);
    return id ? id : congdoan__arena_strndup(&L->st->arena, s, len);
}

static const char *ref_id(loader *L, const char *s, size_t len, uint64_t hash)
{
    const congdoan_unit *u = congdoan__map_get_hashed(&L->st->unit_map, s, len, hash);
    if (!u)
        u = congdoan__map_get_hashed(&L->corpus->unit_map, s, len, hash);
    return u ? u->id : congdoan__intern_hashed(&L->st->strings, s, len, hash);
}

const char *congdoan__load_id_attr_hashed(loader *L, congdoan__el e, const attrs *a, size_t k, uint64_t hash)
{
    if (!GIVEN(a, k))
        return NULL;
    if (!congdoan__id_valid(a->v[k], a->len[k])) {
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-bad-id",
                "'%.*s' in %s=\"\" on <%s> is not an identifier: expected 1 to 128 ASCII letters, digits, "
                "'.', '_' or '-', starting with a letter or digit",
                SHOWN(a->v[k], a->len[k]), a->v[k], ATTR_NAME(e, k), congdoan__vocab[e].name);
        return NULL;
    }
    const congdoan__attr *at = &congdoan__vocab[e].attrs[k];
    int own_unit_id = at->kind == CONGDOAN__K_ID && (e == CONGDOAN__EL_UNIT || e == CONGDOAN__EL_GROUP ||
                                                     e == CONGDOAN__EL_DEPARTMENT || e == CONGDOAN__EL_BODY);
    const char *id = own_unit_id ? unit_own_id(L, a->v[k], a->len[k], hash)
                     : at->kind == CONGDOAN__K_REF && e != CONGDOAN__EL_VALUE /* (an indicator) */
                         ? ref_id(L, a->v[k], a->len[k], hash)
                                                   : congdoan__intern_hashed(&L->st->strings, a->v[k], a->len[k], hash);
    if (!id)
        congdoan__load_out_of_memory(L);
    return id;
}

static uint64_t attr_hash(loader *L, const attrs *a, size_t k)
{
    return a->ids >> k & 1u ? a->hash[k] : congdoan__map_hash(&L->st->strings.map, a->v[k], a->len[k]);
}

/* A national file's 450,000 units, bodies and reports each enter a table of 300,000 entries or
 * more, and each unit and report refers to another: every probe a cache miss, which the parser
 * waited for, one at a time, when it came (a tenth of the load's time). Hashed here, before the
 * element's object is made and its other attributes read, their slots are on their way while
 * that work is done; the reading of the attributes then uses these hashes (each id hashed once). */
void congdoan__load_prefetch_ids(loader *L, congdoan__el e, attrs *a)
{
    for (unsigned m = a->given & L->id_attrs[e]; m; m &= m - 1) {
        size_t k = (size_t)__builtin_ctz(m);
        uint64_t h = a->hash[k] = congdoan__map_hash(&L->st->strings.map, a->v[k], a->len[k]);
        a->ids |= 1u << k;
        congdoan__map_prefetch(e == CONGDOAN__EL_REPORT && congdoan__vocab[e].attrs[k].kind == CONGDOAN__K_ID
                                   ? &L->st->report_map : &L->st->unit_map, h);
    }
}

const char *congdoan__load_id_attr(loader *L, congdoan__el e, const attrs *a, size_t k)
{
    if (!GIVEN(a, k))
        return NULL;
    L->id_hash = attr_hash(L, a, k);
    return congdoan__load_id_attr_hashed(L, e, a, k, L->id_hash);
}

/* congdoan__load_text, sharing the string kept last in the same place (*last) when the text is
 * the same: reports and units often repeat a note, a status text or a name word for word. (The
 * kept string is in NFC: equal to the text exactly when the text is NFC too, and then it is
 * what congdoan__load_text would keep.) */
static const char *shared_text(loader *L, const char **last, const char *s, size_t len, int trim)
{
    if (trim) {
        while (len && is_space(*s))
            s++, len--;
        while (len && is_space(s[len - 1]))
            len--;
    }
    if (*last && (len == 0 || strncmp(*last, s, len) == 0) && (*last)[len] == '\0') /* (s may be NULL when empty) */
        return *last;
    const char *t = congdoan__load_text(L, s, len, 0);
    if (t)
        *last = t;
    return t;
}

/* Identifiers, codes and numbers cannot hold '&' (a value with one is refused as such); names
 * and other text can, so only they are decoded. */
static const char *text_attr(loader *L, congdoan__el e, const attrs *a, size_t k)
{
    size_t len = a->len[k];
    const char *v = congdoan__load_attr_value(L, a->v[k], &len);
    return shared_text(L, &L->last_text[e][k], v, len, 0);
}

static void bad_value(loader *L, congdoan__el e, attrs *a, size_t k, const char *expected)
{
    a->bad |= 1u << k;
    PROBLEM(L, CONGDOAN_ESCHEMA, "schema-bad-value", "%s=\"%.*s\" on <%s>: expected %s", ATTR_NAME(e, k),
            SHOWN(a->v[k], a->len[k]), a->v[k], congdoan__vocab[e].name, expected);
}

/* What a value of each kind must look like, for problems; enums say their names. */
static const char *expected(const congdoan__attr *at, char *buf, size_t size)
{
    char names[256];
    switch (at->kind) {
    case CONGDOAN__K_ENUM: return congdoan__enum_list(at->names, 1, buf, size);
    case CONGDOAN__K_SET:
        snprintf(buf, size, _("a space-separated list of %s"), congdoan__enum_list(at->names, 1, names, sizeof names));
        return buf;
    case CONGDOAN__K_CONDITION:
        snprintf(buf, size, _("%s followed by %s"), CONGDOAN__CONDITION_PREFIX,
                 congdoan__enum_list(at->names, 1, names, sizeof names));
        return buf;
    case CONGDOAN__K_DATE: return _("a date as YYYY-MM-DD that exists in the calendar");
    case CONGDOAN__K_YEAR: return _("a year from 1900 to 2200");
    case CONGDOAN__K_PERIOD: return _("a period: YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4, or YYYY-MM");
    case CONGDOAN__K_DUE:
        return _("a due time: YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, YYYY-MM-DD, ongoing, or yearly, half-yearly, "
               "quarterly, monthly (optionally :MM-DD for yearly, :DD for the others)");
    case CONGDOAN__K_DECIMAL:
        return _("a number in machine form such as 1810 or 98.5 (full stop for decimals, no thousands separator)");
    case CONGDOAN__K_COUNT: return _("a whole number of 0 or more, written with digits only");
    case CONGDOAN__K_REFINES: return _("DOCUMENT-ID#INDICATOR-ID");
    case CONGDOAN__K_TEXT:
    case CONGDOAN__K_DOCNUMBER: return _("text that is not blank");
    case CONGDOAN__K_SPAN:
        return _("a period (YYYY, YYYY-H1, YYYY-Q2, YYYY-MM), a span of two (2018/2023, 2024-01/2024-09) "
               "or a congress term (term:2023/2028)");
    case CONGDOAN__K_BY: return _("a deadline: a period (YYYY, YYYY-H1, YYYY-Q2, YYYY-MM) or a date YYYY-MM-DD");
    case CONGDOAN__K_LINE: return _("a whole number of 1 or more, written with digits only");
    case CONGDOAN__K_IDS: return _("identifiers (letters, digits, '.', '_', '-') separated by spaces");
    case CONGDOAN__K_CURRENCY: return _("an ISO 4217 currency code of three capital letters, such as VND");
    default: return _("another value");
    }
}

static void refuse(loader *L, congdoan__el e, attrs *a, size_t k)
{
    char buf[512];
    bad_value(L, e, a, k, expected(&congdoan__vocab[e].attrs[k], buf, sizeof buf));
}

/* Only XML white space (the schema's \s: space, tab, line feed, carriage return), or nothing. */
static int blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!is_space(s[i]))
            return 0;
    return 1;
}

/* A number written the Vietnamese way ("1.234.567", "1,5", "98,5"): refused with its machine
 * form named, so that nobody retypes it wrong. 1 when it was one. */
static int refuse_vietnamese_number(loader *L, congdoan__el e, attrs *a, size_t k)
{
    double x;
    char buf[64];
    if (a->len[k] >= sizeof buf || memchr(a->v[k], '\0', a->len[k]))
        return 0;
    memcpy(buf, a->v[k], a->len[k]);
    buf[a->len[k]] = '\0';
    congdoan__error_hold(1);
    int rc = congdoan_number_parse(buf, &x);
    congdoan__error_hold(0);
    if (rc != 0)
        return 0;
    char want[160];
    snprintf(want, sizeof want, _("a number in machine form: Vietnamese \"%s\" is written %.15g"), buf, x);
    bad_value(L, e, a, k, want);
    return 1;
}

/* "1.480" reads as 1.48 in machine form and as 1480 in Vietnamese: say which was read. */
static void warn_ambiguous_number(loader *L, congdoan__el e, const attrs *a, size_t k, double x)
{
    if (!congdoan__decimal_ambiguous(a->v[k], a->len[k]))
        return;
    char vietnamese[16];
    size_t n = 0;
    for (size_t i = 0; i < a->len[k] && n + 1 < sizeof vietnamese; i++)
        if (a->v[k][i] != '.')
            vietnamese[n++] = a->v[k][i];
    vietnamese[n] = '\0';
    PROBLEM(L, 0, "number-vietnamese",
            "%s=\"%.*s\" on <%s> is read as %g (machine form); if %s was meant (Vietnamese %.*s), write %s",
            ATTR_NAME(e, k), SHOWN(a->v[k], a->len[k]), a->v[k], congdoan__vocab[e].name, x, vietnamese,
            SHOWN(a->v[k], a->len[k]), a->v[k], vietnamese);
}

/* Identifiers separated by spaces into `ids` (room for all of them), each once (a set of those
 * seen: one look-up each). 0; -1 when one is not an identifier; -2 when one is repeated (at
 * *repeated). */
static int list_ids(loader *L, const char *v, size_t len, const char **ids, size_t *count, const char **repeated)
{
    size_t m = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && v[i] == ' ')
            i++;
        size_t w = i;
        while (i < len && v[i] != ' ')
            i++;
        if (i == w)
            break;
        if (!congdoan__id_valid(v + w, i - w))
            return -1;
        const char *id = congdoan__load_id(L, v + w, i - w);
        if (!id)
            return 0; /* out of memory: said */
        if (congdoan__load_once(L, &L->list_ids, id, (void *)id)) {
            *repeated = id;
            return -2;
        }
        ids[m++] = id;
    }
    *count = m;
    return 0;
}

/* Identifiers separated by spaces, each once, into an arena array. 0, or as list_ids(). */
static int read_ids(loader *L, const char *v, size_t len, const char ***out, size_t *count, const char **repeated)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && v[i] == ' ')
            i++;
        if (i < len)
            n++;
        while (i < len && v[i] != ' ')
            i++;
    }
    if (n == 0)
        return -1;
    const char **ids = congdoan__arena_alloc(&L->st->arena, n * sizeof *ids);
    if (!ids) {
        congdoan__load_out_of_memory(L);
        return 0;
    }
    size_t m = 0;
    int rc = list_ids(L, v, len, ids, &m, repeated);
    congdoan__map_release(&L->list_ids);
    if (rc == 0) {
        *out = ids;
        *count = m;
    }
    return rc;
}

/* Names of `names` separated by spaces: the bits 1 << value; -1 for an unknown name or for no
 * name at all (the schema's lists have one or more). */
static int name_set(const congdoan__enum *names, const char *s, size_t len)
{
    const char *end = s + len;
    int bits = 0;
    while (s < end) {
        while (s < end && *s == ' ')
            s++;
        const char *w = s;
        while (s < end && *s != ' ')
            s++;
        if (s == w)
            break;
        int v = congdoan__enum_lookup(names, w, (size_t)(s - w));
        if (v < 0)
            return -1;
        bits |= 1 << v;
    }
    return bits ? bits : -1;
}

/* "1.x": the version this library reads. */
static int version_readable(const char *v, size_t len)
{
    long minor;
    return len >= 3 && v[0] == '1' && v[1] == '.' && congdoan__count_parse(v + 2, len - 2, &minor) == 0;
}

/* Attribute k of `e`, given, into its field `f` (NULL for no field). */
static void read_attr(loader *L, congdoan__el e, attrs *a, size_t k, char *obj)
{
    const congdoan__attr *at = &congdoan__vocab[e].attrs[k];
    const char *v = a->v[k];
    size_t len = a->len[k];
    if (at->aside && !(obj = congdoan__aside_make(at->aside, obj, &L->st->arena))) {
        congdoan__load_out_of_memory(L);
        return;
    }
    void *f = at->field == CONGDOAN__NO_FIELD ? NULL : obj + at->field;
    switch (at->kind) {
    case CONGDOAN__K_ID:
        /* the element's own id: its hash is kept for the tables of ids (congdoan__load_opened) */
        L->own_id_hash = attr_hash(L, a, k);
        L->own_id_len = len;
        if (!(at->flags & CONGDOAN__A_UNREFERENCED)) {
            *(const char **)f = congdoan__load_id_attr_hashed(L, e, a, k, L->own_id_hash);
        } else if (!congdoan__id_valid(v, len)) {
            *(const char **)f = congdoan__load_id_attr_hashed(L, e, a, k, L->own_id_hash); /* says why */
        } else { /* no other attribute names it: not worth a place in the interner's table */
            char *copy = congdoan__arena_strndup(&L->st->arena, v, len);
            if (!copy)
                congdoan__load_out_of_memory(L);
            *(const char **)f = copy;
        }
        if (!*(const char **)f)
            a->bad |= 1u << k;
        break;
    case CONGDOAN__K_REF: {
        const char *id = congdoan__load_id_attr(L, e, a, k);
        if (!id)
            a->bad |= 1u << k;
        *(const char **)f = id;
        break;
    }
    case CONGDOAN__K_TEXT:
    case CONGDOAN__K_DOCNUMBER:
        /* the schema's string-type: not blank (a number that is not in the schema's
         * docnumber-type is the check's docnumber-unreadable, check.c) */
        if (blank(v, len)) {
            refuse(L, e, a, k);
            *(const char **)f = NULL;
        } else {
            *(const char **)f = text_attr(L, e, a, k);
        }
        break;
    case CONGDOAN__K_ENUM: {
        int x = congdoan__enum_lookup(at->names, v, len);
        if (x < 0) {
            refuse(L, e, a, k);
            x = at->absent;
        }
        *(int *)f = x;
        break;
    }
    case CONGDOAN__K_SET: {
        int bits = name_set(at->names, v, len);
        if (bits < 0) {
            refuse(L, e, a, k);
            bits = 0;
        }
        *(int *)f = bits;
        break;
    }
    case CONGDOAN__K_CONDITION: {
        size_t plen = sizeof CONGDOAN__CONDITION_PREFIX - 1;
        int x = len > plen && memcmp(v, CONGDOAN__CONDITION_PREFIX, plen) == 0
                    ? congdoan__enum_lookup(at->names, v + plen, len - plen)
                    : -1;
        if (x < 0)
            refuse(L, e, a, k);
        else
            *(int *)f = x;
        break;
    }
    case CONGDOAN__K_DATE: {
        int ymd = 0;
        if (congdoan__iso_date_parse(v, len, &ymd) != 0)
            refuse(L, e, a, k);
        *(int *)f = ymd;
        break;
    }
    case CONGDOAN__K_YEAR: {
        long year = -1;
        if (congdoan__count_parse(v, len, &year) != 0 || year < 1900 || year > 2200)
            refuse(L, e, a, k);
        else
            *(int *)f = (int)year;
        break;
    }
    case CONGDOAN__K_PERIOD: {
        congdoan_period_kind kind;
        if (congdoan__period_parse(v, len, &kind, NULL, NULL) != 0 || kind == CONGDOAN_PERIOD_DAY) {
            refuse(L, e, a, k);
            *(const char **)f = NULL;
        } else {
            *(const char **)f = congdoan__load_id(L, v, len);
        }
        break;
    }
    case CONGDOAN__K_DUE: {
        congdoan__due *due = f, d = {0};
        if (congdoan__due_parse(v, len, &d.kind, &d.period_kind, &d.date, &d.recurrence_day) != 0) {
            refuse(L, e, a, k);
        } else {
            d.code = congdoan__load_id(L, v, len);
            *due = d;
        }
        break;
    }
    case CONGDOAN__K_DECIMAL:
        if (congdoan__decimal_parse(v, len, f) != 0) {
            if (!refuse_vietnamese_number(L, e, a, k))
                refuse(L, e, a, k);
        } else {
            *(int *)(obj + at->aux) = 1;
            warn_ambiguous_number(L, e, a, k, *(double *)f);
        }
        break;
    case CONGDOAN__K_SPAN:
    case CONGDOAN__K_BY: {
        int ok = at->kind == CONGDOAN__K_SPAN ? congdoan__span_parse(v, len, NULL, NULL) == 0
                                              : congdoan__by_parse(v, len, NULL) == 0;
        if (!ok)
            refuse(L, e, a, k);
        *(const char **)f = ok ? congdoan__load_id(L, v, len) : NULL;
        break;
    }
    case CONGDOAN__K_LINE: {
        long n = 0;
        if (congdoan__count_parse(v, len, &n) != 0 || n < 1) {
            refuse(L, e, a, k);
            n = 0;
        }
        *(long *)f = n;
        break;
    }
    case CONGDOAN__K_IDS: {
        /* a list the schema allows (its entries are identifiers) whose entries are not distinct,
         * which the library asks */
        const char *repeated = NULL;
        int rc = read_ids(L, v, len, (const char ***)f, (size_t *)(void *)(obj + at->aux), &repeated);
        if (rc == -1) {
            refuse(L, e, a, k);
        } else if (rc == -2) {
            a->bad |= 1u << k;
            PROBLEM(L, CONGDOAN_EEXISTS, "duplicate-id", "%s=\"%.*s\" on <%s> names '%s' twice; each one at most once",
                    at->name, SHOWN(v, len), v, congdoan__vocab[e].name, repeated);
        }
        break;
    }
    case CONGDOAN__K_CURRENCY: {
        int ok = len == 3;
        for (size_t i = 0; ok && i < 3; i++)
            ok = v[i] >= 'A' && v[i] <= 'Z';
        if (!ok)
            refuse(L, e, a, k);
        *(const char **)f = ok ? congdoan__load_id(L, v, len) : NULL;
        break;
    }
    case CONGDOAN__K_COUNT: {
        long n = -1;
        if (congdoan__count_parse(v, len, &n) != 0) {
            refuse(L, e, a, k);
            n = -1;
        }
        *(long *)f = n;
        break;
    }
    case CONGDOAN__K_REFINES: {
        const char *hash = memchr(v, '#', len);
        size_t dlen = hash ? (size_t)(hash - v) : 0, ilen = hash ? len - dlen - 1 : 0;
        if (!hash || !congdoan__id_valid(v, dlen) || !congdoan__id_valid(hash + 1, ilen)) {
            refuse(L, e, a, k);
        } else {
            *(const char **)f = congdoan__load_id(L, v, dlen);
            *(const char **)(obj + at->aux) = congdoan__load_id(L, hash + 1, ilen);
        }
        break;
    }
    case CONGDOAN__K_VERSION:
        if (!version_readable(v, len)) {
            a->bad |= 1u << k;
            PROBLEM(L, CONGDOAN_ESCHEMA, "schema-version-unsupported",
                    "%s=\"%.*s\" on <%s>: this library reads version 1.x of the vocabulary", at->name,
                    (int)(len > 20 ? 20 : len), v, congdoan__vocab[e].name);
            congdoan__load_stop(L);
        }
        break;
    }
}

void congdoan__load_attrs(loader *L, congdoan__el e, attrs *a, void *obj)
{
    const congdoan__attr *table = congdoan__vocab[e].attrs;
    /* the values of those absent (most objects start zeroed: only -1 and other values; those
     * kept aside are in the blank their record starts from) */
    for (unsigned m = L->defaults[e] & ~a->given; m; m &= m - 1) {
        const congdoan__attr *at = &table[__builtin_ctz(m)];
        if (at->kind == CONGDOAN__K_COUNT)
            *(long *)(void *)((char *)obj + at->field) = -1;
        else
            *(int *)(void *)((char *)obj + at->field) = at->absent;
    }
    /* those given, in the table's order (the order problems are reported in) */
    for (unsigned m = a->given & ~L->hooked[e]; m && !L->stopped; m &= m - 1)
        read_attr(L, e, a, (size_t)__builtin_ctz(m), obj);
}

void congdoan__load_keep_text(loader *L, frame *f)
{
    const congdoan__elem *spec = &congdoan__vocab[f->kind];
    const char *t = shared_text(L, &L->last_text[f->kind][CONGDOAN__MAX_ATTRS], L->text.data, L->text.len, 1);
    L->in_text = 0;
    if (!t)
        return;
    /* required text is there, or a foreign element stands for it (the schema's required-text) */
    if (spec->text == CONGDOAN__TEXT_REQUIRED && !*t && !f->had_foreign_children)
        PROBLEM(L, CONGDOAN_ESCHEMA, "schema-blank-text", "<%s> holds no text; its text is required", spec->name);
    if (spec->text == CONGDOAN__TEXT_OPTIONAL && !*t)
        t = NULL;
    *(const char **)(void *)((char *)f->obj + spec->text_field) = t;
}
