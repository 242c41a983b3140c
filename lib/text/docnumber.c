/*
 * Document numbers (số và ký hiệu văn bản): 240/KH-TLĐ, 12-CT/TW, 4b/TLĐ, 105/2020/NĐ-CP …
 * and the names of document kinds.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

/* ---- document kinds ------------------------------------------------------------------------ */

/* The codes and Vietnamese names of the kinds, indexed by congdoan_document_kind (entry 0 is
 * CONGDOAN_DOCUMENT_UNKNOWN). The English names are the vocabulary's (model/names.c). */
typedef struct kind_info {
    const char *code;       /* as in document numbers */
    const char *vietnamese; /* as in the heading of a document */
} kind_info;

static const kind_info kinds[] = {
    {NULL, NULL},
    {"NQ", "Ngh\xe1\xbb\x8b quy\xe1\xba\xbft"},
    {"CT", "Ch\xe1\xbb\x89 th\xe1\xbb\x8b"},
    {"KL", "K\xe1\xba\xbft lu\xe1\xba\xadn"},
    {"Q\xc4\x90", "Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh"},
    {"KH", "K\xe1\xba\xbf ho\xe1\xba\xa1" "ch"},
    {"CTr", "Ch\xc6\xb0\xc6\xa1ng tr\xc3\xacnh"},
    {"\xc4\x90" "A", "\xc4\x90\xe1\xbb\x81 \xc3\xa1n"},
    {"HD", "H\xc6\xb0\xe1\xbb\x9bng d\xe1\xba\xabn"},
    {"BC", "B\xc3\xa1o c\xc3\xa1o"},
    {"QC", "Quy ch\xe1\xba\xbf"},
    {"TB", "Th\xc3\xb4ng b\xc3\xa1o"},
    {NULL, "Tin b\xc3\xa0i"}, /* news (1.2): an article has no code */
};
#define KIND_COUNT (sizeof kinds / sizeof kinds[0])
_Static_assert(KIND_COUNT == CONGDOAN_DOCUMENT_NEWS + 1, "one entry per congdoan_document_kind");

static const kind_info *kind_lookup(congdoan_document_kind kind)
{
    if ((unsigned)kind == 0 || (unsigned)kind >= KIND_COUNT)
        return NULL;
    return &kinds[kind];
}

CONGDOAN_API const char *congdoan_document_kind_code(congdoan_document_kind kind)
{
    const kind_info *k = kind_lookup(kind);
    return k ? k->code : NULL;
}

CONGDOAN_API const char *congdoan_document_kind_vietnamese(congdoan_document_kind kind)
{
    const kind_info *k = kind_lookup(kind);
    return k ? k->vietnamese : NULL;
}

/* Codes of administrative documents that are not kinds of this model but that stand in kind
 * position of a number (Nghị định 30/2020/NĐ-CP, Appendix III; Quy định 66-QĐ/TW of the Party).
 * Knowing them lets 105/2020/NĐ-CP read as kind NĐ, issuer CP. A code missing here is not lost:
 * the number still parses, with the code as part of the issuer. Keep the list short, because
 * every entry is a code that can no longer start an issuer such as TLĐ-BCH. */
static const char *const other_kind_codes[] = {
    "N\xc4\x90",          /* Nghị định */
    "TT",                 /* Thông tư (state), Thông tri (Party) */
    "TTLT",               /* Thông tư liên tịch */
    "C\xc4\x90",          /* Công điện, e.g. 40/CĐ-TTg */
    "Qy\xc4\x90",         /* Quy định (state) */
    "Q\xc4\x90i",         /* Quy định (Party) */
    "TTr",                /* Tờ trình */
    "PA",                 /* Phương án */
    "BB",                 /* Biên bản */
};

/* Whether s[0..len) is a kind code; *kind is the model's kind, or UNKNOWN for the others. */
static int is_kind_code(const char *s, size_t len, congdoan_document_kind *kind);

/* Whether s[0..len) is the kind code of a joint document: a kind code followed by "LT" (liên
 * tịch: KHLT, NQLT, TTLT); *kind as is_kind_code() gives it for the code without "LT". */
static int is_joint_kind_code(const char *s, size_t len, congdoan_document_kind *kind)
{
    return len > 2 && memcmp(s + len - 2, "LT", 2) == 0 && (is_kind_code(s, len - 2, kind) || is_kind_code(s, len, kind));
}

static int is_kind_code(const char *s, size_t len, congdoan_document_kind *kind)
{
    *kind = CONGDOAN_DOCUMENT_UNKNOWN;
    for (size_t i = 1; i < KIND_COUNT; i++) {
        if (kinds[i].code && strlen(kinds[i].code) == len && memcmp(kinds[i].code, s, len) == 0) {
            *kind = (congdoan_document_kind)i;
            return 1;
        }
    }
    for (size_t i = 0; i < sizeof other_kind_codes / sizeof other_kind_codes[0]; i++)
        if (strlen(other_kind_codes[i]) == len && memcmp(other_kind_codes[i], s, len) == 0)
            return 1;
    return 0;
}

/* ---- the parsed number --------------------------------------------------------------------- */

struct congdoan_docnumber {
    congdoan_docnumber_style style;
    long serial_value;
    int year;
    congdoan_document_kind kind;
    const char *text;      /* the strings point into buf */
    const char *serial;
    const char *kind_code; /* NULL when the number has none */
    const char *issuer;
    char buf[];            /* text, then serial, kind code and issuer, each NUL-terminated */
};

/* A part of the canonical text being parsed: [start, end) in bytes. */
typedef struct span {
    size_t start, end;
} span;

typedef struct parsed {
    congdoan_docnumber_style style;
    span serial, kind, issuer;
    int has_kind;
    congdoan_document_kind kind_value;
    long serial_value;
    int year;
} parsed;

enum { MAX_SERIAL_DIGITS = 6, MIN_YEAR = 1945, MAX_YEAR = 2100, SHOWN_BYTES = 120 };

/* Record an EPARSE error that quotes the number, then says what was expected. */
static int docnumber_error(const char *text, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static int docnumber_error(const char *text, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, _(fmt), ap);
    va_end(ap);
    return congdoan__error(CONGDOAN_EPARSE, "document number '%.*s': %s",
                           CONGDOAN__SHOWN(text, strlen(text), SHOWN_BYTES), text, detail);
}

/* ---- lexical helpers ------------------------------------------------------------------------ */

static int is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The length of the white space at s (ASCII or U+00A0 NO-BREAK SPACE, common in pasted text),
 * 0 if there is none. */
static size_t space_at(const char *s, size_t len)
{
    if (len >= 1 && is_ascii_space((unsigned char)s[0]))
        return 1;
    if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    return 0;
}

static void trim(const char **s, size_t *len)
{
    size_t n;
    while (*len && (n = space_at(*s, *len)) != 0) {
        *s += n;
        *len -= n;
    }
    while (*len) {
        if (is_ascii_space((unsigned char)(*s)[*len - 1]))
            *len -= 1;
        else if (*len >= 2 && (unsigned char)(*s)[*len - 2] == 0xC2 && (unsigned char)(*s)[*len - 1] == 0xA0)
            *len -= 2;
        else
            break;
    }
}

/* Skip a leading "Số", "số" or "SỐ" (NFC), an optional colon and the white space after them. */
static void skip_so_prefix(const char **s, size_t *len)
{
    static const char *const prefixes[] = {"S\xe1\xbb\x91", "s\xe1\xbb\x91", "S\xe1\xbb\x90"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (*len >= n && memcmp(*s, prefixes[i], n) == 0) {
            *s += n;
            *len -= n;
            if (*len && **s == ':') {
                *s += 1;
                *len -= 1;
            }
            trim(s, len);
            return;
        }
    }
}

/* Replace the Unicode hyphens and the en dash that word processors put in place of '-' by '-',
 * in place; returns the new length. */
static size_t normalise_dashes(char *s, size_t len)
{
    size_t r = 0, w = 0;
    while (r < len) {
        if (r + 3 <= len && (unsigned char)s[r] == 0xE2 && (unsigned char)s[r + 1] == 0x80
            && ((unsigned char)s[r + 2] == 0x90 || (unsigned char)s[r + 2] == 0x91
                || (unsigned char)s[r + 2] == 0x93)) {
            s[w++] = '-';
            r += 3;
        } else {
            s[w++] = s[r++];
        }
    }
    s[w] = '\0';
    return w;
}

static int has_space(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (space_at(s + i, len - i))
            return 1;
    return 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The end of the code (a letter, then letters, marks and digits: KH, LĐLĐ, QH14) at s[pos],
 * or pos when there is none. The text is valid UTF-8 (it went through NFC). */
static size_t scan_code(const char *s, size_t len, size_t pos)
{
    size_t p = pos;
    while (p < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + p, (utf8proc_ssize_t)(len - p), &cp);
        if (n <= 0)
            break;
        utf8proc_category_t cat = utf8proc_category(cp);
        int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        int mark_or_digit = (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)
                            || cat == UTF8PROC_CATEGORY_ND;
        if (!letter && !(p > pos && mark_or_digit))
            break;
        p += (size_t)n;
    }
    return p;
}

/* Codes separated by '-' from s[pos] (TLĐ, TLĐ-BCH): the end, or pos when there is none.
 * *first_end is where the first code ends; *count how many codes there are. A '-' with no code
 * after it is an error, reported by the caller from *bad (the position after the '-'). */
static size_t scan_codes(const char *s, size_t len, size_t pos, size_t *first_end, int *count, size_t *bad)
{
    size_t p = scan_code(s, len, pos);
    *first_end = p;
    *count = p > pos;
    *bad = 0;
    if (p == pos)
        return pos;
    while (p < len && s[p] == '-') {
        size_t next = scan_code(s, len, p + 1);
        if (next == p + 1) {
            *bad = p + 1;
            return p;
        }
        p = next;
        (*count)++;
    }
    return p;
}

/* ---- the grammar ----------------------------------------------------------------------------- */

/* Check that the text ends at p; report what is there otherwise. */
static int expect_end(const char *s, size_t len, size_t p)
{
    if (p == len)
        return 0;
    if (s[p] == '/')
        return docnumber_error(s, "unexpected '/' at byte %zu; expected the end of the number", p);
    return docnumber_error(s, "unexpected character at byte %zu; expected letters, digits or '-' in a code", p);
}

/* The issuer (and maybe a kind) after the last '/': KH-TLĐ, TLĐ, TLĐ-BCH, NĐ-CP. */
static int parse_tail(const char *s, size_t len, size_t pos, parsed *out)
{
    size_t first_end, bad;
    int count;
    size_t end = scan_codes(s, len, pos, &first_end, &count, &bad);
    if (count == 0) {
        if (pos == len)
            return docnumber_error(s, "expected an issuer code after '/'");
        return docnumber_error(s, "expected an issuer code (letters) after '/' at byte %zu", pos);
    }
    if (bad)
        return docnumber_error(s, "expected an issuer code after '-' at byte %zu", bad);
    int rc = expect_end(s, len, end);
    if (rc)
        return rc;
    /* KIND-ISSUER only when the first code is a kind code; otherwise (07/TLĐ-BCH) the whole
     * tail is the issuer. */
    if (count >= 2 && is_kind_code(s + pos, first_end - pos, &out->kind_value)) {
        out->has_kind = 1;
        out->kind = (span){pos, first_end};
        out->issuer = (span){first_end + 1, len};
    } else {
        out->issuer = (span){pos, len};
    }
    return 0;
}

/* 02/KHLT/LĐLĐ-TĐTN: the kind segment at pos, ending at kind_end (a '/'), then the
 * issuers. The segment must be a joint kind code: anything else with two slashes is not a
 * number of this shape. */
static int parse_joint(const char *s, size_t len, size_t pos, size_t kind_end, parsed *out)
{
    if (!is_joint_kind_code(s + pos, kind_end - pos, &out->kind_value))
        return docnumber_error(s, "unexpected '/' at byte %zu; a kind code in a segment of its own must be a joint one "
                              "such as KHLT (as in 02/KHLT/L\xc4\x90L\xc4\x90-T\xc4\x90TN)", kind_end);
    size_t issuer = kind_end + 1, first_end, bad;
    int count;
    size_t end = scan_codes(s, len, issuer, &first_end, &count, &bad);
    if (count == 0)
        return docnumber_error(s, "expected an issuer code after '/' at byte %zu", issuer);
    if (bad)
        return docnumber_error(s, "expected an issuer code after '-' at byte %zu", bad);
    int rc = expect_end(s, len, end);
    if (rc)
        return rc;
    out->style = CONGDOAN_DOCNUMBER_JOINT;
    out->has_kind = 1;
    out->kind = (span){pos, kind_end};
    out->issuer = (span){issuer, len};
    return 0;
}

/* 12-CT/TW: the part after the '-' that follows the serial. */
static int parse_party(const char *s, size_t len, size_t pos, parsed *out)
{
    size_t kind_end = scan_code(s, len, pos);
    if (kind_end == pos)
        return docnumber_error(s, "expected a kind code after '-' at byte %zu (as in 12-CT/TW)", pos);
    if (kind_end == len || s[kind_end] != '/')
        return docnumber_error(s, "expected '/' and an issuer code after the kind code at byte %zu (as in 12-CT/TW)", kind_end);
    size_t issuer = kind_end + 1, first_end, bad;
    int count;
    size_t end = scan_codes(s, len, issuer, &first_end, &count, &bad);
    if (count == 0)
        return docnumber_error(s, "expected an issuer code after '/' at byte %zu (as in 12-CT/TW)", issuer);
    if (bad)
        return docnumber_error(s, "expected an issuer code after '-' at byte %zu", bad);
    int rc = expect_end(s, len, end);
    if (rc)
        return rc;
    out->style = CONGDOAN_DOCNUMBER_PARTY;
    out->has_kind = 1;
    out->kind = (span){pos, kind_end};
    is_kind_code(s + pos, kind_end - pos, &out->kind_value);
    out->issuer = (span){issuer, len};
    return 0;
}

/* 105/2020/N\xc4\x90-CP: the year after the first '/', then the tail. */
static int parse_with_year(const char *s, size_t len, size_t pos, parsed *out)
{
    size_t p = pos;
    int year = 0;
    while (p < len && is_digit(s[p]) && p - pos < 5)
        year = year * 10 + (s[p++] - '0');
    if (p - pos != 4 || p == len || s[p] != '/')
        return docnumber_error(s, "expected a four-digit year and '/' after the serial at byte %zu (as in 105/2020/N\xc4\x90-CP)", pos);
    if (year < MIN_YEAR || year > MAX_YEAR)
        return docnumber_error(s, "year %d is outside %d..%d", year, MIN_YEAR, MAX_YEAR);
    out->year = year;
    out->style = CONGDOAN_DOCNUMBER_WITH_YEAR;
    return parse_tail(s, len, p + 1, out);
}

/* The serial: 1 to 6 digits and an optional letter (4b, 1500b). Returns the position after. */
static int parse_serial(const char *s, size_t len, parsed *out, size_t *after)
{
    size_t p = 0;
    long value = 0;
    while (p < len && is_digit(s[p])) {
        if (p == MAX_SERIAL_DIGITS)
            return docnumber_error(s, "the serial has more than %d digits", MAX_SERIAL_DIGITS);
        value = value * 10 + (s[p++] - '0');
    }
    if (p == 0)
        return docnumber_error(s, "expected a serial number (digits) at the start, as in 240/KH-TL\xc4\x90");
    if (value == 0)
        return docnumber_error(s, "the serial number is zero");
    if (p < len && is_ascii_letter(s[p]))
        p++;
    out->serial = (span){0, p};
    out->serial_value = value;
    *after = p;
    return 0;
}

static int parse_core(const char *s, size_t len, parsed *out)
{
    memset(out, 0, sizeof *out);
    if (len == 0)
        return congdoan__error(CONGDOAN_EPARSE, "empty document number; expected a number such as 240/KH-TL\xc4\x90");
    if (has_space(s, len))
        return docnumber_error(s, "white space inside; expected a number such as 240/KH-TL\xc4\x90");
    size_t p = 0;
    int rc = parse_serial(s, len, out, &p);
    if (rc)
        return rc;
    if (p == len)
        return docnumber_error(s, "expected '/' or '-' after the serial");
    if (s[p] == '-')
        return parse_party(s, len, p + 1, out);
    if (s[p] != '/')
        return docnumber_error(s, "unexpected character at byte %zu; expected '/' or '-' after the serial", p);
    if (p + 1 < len && is_digit(s[p + 1]))
        return parse_with_year(s, len, p + 1, out);
    size_t code_end = scan_code(s, len, p + 1);
    if (code_end > p + 1 && code_end < len && s[code_end] == '/')
        return parse_joint(s, len, p + 1, code_end, out);
    rc = parse_tail(s, len, p + 1, out);
    if (rc == 0)
        out->style = out->has_kind ? CONGDOAN_DOCNUMBER_STANDARD : CONGDOAN_DOCNUMBER_ISSUER_ONLY;
    return rc;
}

/* Copy s[sp) to *w as a NUL-terminated string and return where it starts. */
static const char *put(char **w, const char *s, span sp)
{
    char *start = *w;
    memcpy(start, s + sp.start, sp.end - sp.start);
    start[sp.end - sp.start] = '\0';
    *w = start + (sp.end - sp.start) + 1;
    return start;
}

/* Parse the NFC text s[0..len). */
static int parse_nfc(const char *s, size_t len, congdoan_docnumber **out)
{
    trim(&s, &len);
    skip_so_prefix(&s, &len);
    /* One block: the canonical text, then the serial, kind and issuer copied out of it (each
     * no longer than the text, and together shorter than it). */
    congdoan_docnumber *num = congdoan__malloc(sizeof *num + 2 * len + 4);
    if (!num)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory parsing a document number");
    memcpy(num->buf, s, len);
    len = normalise_dashes(num->buf, len);
    parsed pr;
    int rc = parse_core(num->buf, len, &pr);
    if (rc) {
        congdoan__dealloc(num);
        return rc;
    }
    char *w = num->buf + len + 1;
    num->text = num->buf;
    num->style = pr.style;
    num->serial = put(&w, num->buf, pr.serial);
    num->serial_value = pr.serial_value;
    num->year = pr.year;
    num->kind_code = pr.has_kind ? put(&w, num->buf, pr.kind) : NULL;
    num->kind = pr.kind_value;
    num->issuer = put(&w, num->buf, pr.issuer);
    *out = num;
    return 0;
}

CONGDOAN_API int congdoan_docnumber_parse(const char *text, congdoan_docnumber **out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = NULL;
    CONGDOAN__CHECK_ARG(text != NULL);
    size_t len = strlen(text);
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(text, len, &nfc, &nfc_len);
    if (rc == CONGDOAN_EENCODING)
        return congdoan__error(rc, "document number is not valid UTF-8");
    if (rc < 0)
        return congdoan__error(rc, "out of memory normalising a document number");
    rc = parse_nfc(nfc ? nfc : text, nfc_len, out);
    congdoan__text_nfc_free(nfc);
    return rc;
}

CONGDOAN_API void congdoan_docnumber_free(congdoan_docnumber *number)
{
    congdoan__dealloc(number);
}

CONGDOAN_API const char *congdoan_docnumber_text(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", NULL);
    return number->text;
}

CONGDOAN_API congdoan_docnumber_style congdoan_docnumber_get_style(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", (congdoan_docnumber_style)0);
    return number->style;
}

CONGDOAN_API const char *congdoan_docnumber_serial(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", NULL);
    return number->serial;
}

CONGDOAN_API long congdoan_docnumber_serial_value(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", 0);
    return number->serial_value;
}

CONGDOAN_API int congdoan_docnumber_year(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", 0);
    return number->year;
}

CONGDOAN_API const char *congdoan_docnumber_kind_code(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", NULL);
    return number->kind_code;
}

CONGDOAN_API congdoan_document_kind congdoan_docnumber_kind(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", CONGDOAN_DOCUMENT_UNKNOWN);
    return number->kind;
}

CONGDOAN_API const char *congdoan_docnumber_issuer_code(const congdoan_docnumber *number)
{
    CONGDOAN__NOT_NULL(number, "number", "");
    /* Documented as never NULL; a NULL handle gets "" rather than a crash later. */
    return number ? number->issuer : "";
}

/* ---- the shape of a number in machine form (the schema's docnumber-type) ------------------ */

/* The code point at s[*i] (advancing *i), or -1 for invalid UTF-8 or the end. */
static int32_t next_cp(const char *s, size_t len, size_t *i)
{
    if (*i >= len)
        return -1;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + *i, (utf8proc_ssize_t)(len - *i), &cp);
    if (n <= 0)
        return -1;
    *i += (size_t)n;
    return cp;
}

static int is_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

/* A word (a letter, then letters and ASCII digits) from s[*i]; 1 if one was read. */
static int word(const char *s, size_t len, size_t *i)
{
    size_t j = *i;
    if (!is_letter(next_cp(s, len, &j)))
        return 0;
    *i = j;
    for (;;) {
        size_t k = *i;
        int32_t cp = next_cp(s, len, &k);
        if (cp < 0 || !(is_letter(cp) || (cp >= '0' && cp <= '9')))
            return 1;
        *i = k;
    }
}

/* Words joined by '-', to the end of s; 1 if that is all there is. */
static int issuer(const char *s, size_t len, size_t i)
{
    if (!word(s, len, &i))
        return 0;
    while (i < len && s[i] == '-') {
        i++;
        if (!word(s, len, &i))
            return 0;
    }
    return i == len;
}

int congdoan__docnumber_shape(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    while (i < len && s[i] >= 'a' && s[i] <= 'z')
        i++;
    if (i < len && s[i] == '-') { /* SERIAL-KIND/ISSUER (Party style) */
        i++;
        return word(s, len, &i) && i < len && s[i] == '/' && issuer(s, len, i + 1);
    }
    if (i >= len || s[i] != '/')
        return 0;
    i++;
    /* /YEAR */
    if (len - i >= 5 && s[i + 4] == '/' && s[i] >= '0' && s[i] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
        s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
        i += 5;
    /* /KIND, when another '/' follows the word */
    size_t k = i;
    if (word(s, len, &k) && k < len && s[k] == '/')
        i = k + 1;
    return issuer(s, len, i);
}
