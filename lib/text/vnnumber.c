/*
 * Numbers as Vietnamese writes them: 1.810 is one thousand eight hundred and ten, 1,5 is one and
 * a half, 15,5% a percentage. A full stop that does not group exactly three digits (1.5) could be
 * either convention, so it is refused rather than guessed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum { MAX_NUMBER_BYTES = 64 };

/* Record an EPARSE error that quotes the number (at most 64 bytes), then what was expected. */
static int parse_error(const char *text, size_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int parse_error(const char *text, size_t len, const char *fmt, ...)
{
    char detail[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, _(fmt), ap);
    va_end(ap);
    return congdoan__error(CONGDOAN_EPARSE, "number '%.*s': %s", (int)len, text, detail);
}

static int is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_nbsp(const char *s, size_t len)
{
    return len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0;
}

/* Trim ASCII white space and U+00A0 NO-BREAK SPACE at both ends. */
static void trim(const char **s, size_t *len)
{
    for (;;) {
        if (*len && is_ascii_space((unsigned char)**s)) {
            ++*s;
            --*len;
        } else if (is_nbsp(*s, *len)) {
            *s += 2;
            *len -= 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (*len && is_ascii_space((unsigned char)(*s)[*len - 1]))
            --*len;
        else if (*len >= 2 && is_nbsp(*s + *len - 2, 2))
            *len -= 2;
        else
            break;
    }
}

/* The digits being read, as one decimal mantissa and a count of fraction digits. */
typedef struct reader {
    const char *s;
    size_t len, pos;
    double mantissa;
    int fraction_digits;
} reader;

/* Read a run of digits into the mantissa; returns how many. */
static size_t read_digits(reader *r, int fraction)
{
    size_t start = r->pos;
    while (r->pos < r->len && r->s[r->pos] >= '0' && r->s[r->pos] <= '9') {
        r->mantissa = r->mantissa * 10 + (r->s[r->pos] - '0');
        if (fraction)
            r->fraction_digits++;
        r->pos++;
    }
    return r->pos - start;
}

/* The integer part: plain digits (1810, 01) or groups 1.810.000. */
static int read_integer(reader *r)
{
    size_t n = read_digits(r, 0);
    if (n == 0)
        return parse_error(r->s, r->len, "expected a digit at byte %zu", r->pos);
    if (r->pos == r->len || r->s[r->pos] != '.')
        return 0;
    if (n > 3)
        return parse_error(r->s, r->len, "a full stop groups thousands, so at most three digits may precede the first one (1.810)");
    while (r->pos < r->len && r->s[r->pos] == '.') {
        r->pos++;
        if (read_digits(r, 0) != 3)
            return parse_error(r->s, r->len, "a full stop must be followed by exactly three digits (1.810 is 1810; write 1,5 for one and a half)");
    }
    return 0;
}

static double power_of_ten(int n)
{
    double p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

static int parse_number(const char *s, size_t len, double *out)
{
    if (len == 0)
        return congdoan__error(CONGDOAN_EPARSE, "empty number; expected digits such as 1.810 or 1,5");
    reader r = {s, len, 0, 0, 0};
    int negative = s[0] == '-';
    r.pos = (size_t)negative;
    int rc = read_integer(&r);
    if (rc)
        return rc;
    if (r.pos < len && s[r.pos] == ',') {
        r.pos++;
        if (read_digits(&r, 1) == 0)
            return parse_error(s, len, "expected digits after the decimal comma");
    }
    if (r.pos < len && s[r.pos] == '%')
        r.pos++;
    if (r.pos != len)
        return parse_error(s, len, "unexpected character at byte %zu; expected digits, '.', ',' or a final '%%'", r.pos);
    /* One division of two exact values: correctly rounded while the digits fit 2^53. */
    double value = r.mantissa / power_of_ten(r.fraction_digits);
    *out = negative && value != 0 ? -value : value;
    return 0;
}

/* The length of text, or MAX_NUMBER_BYTES + 1 if longer: an overlong input is not read to its end. */
static size_t bounded_len(const char *text)
{
    size_t n = 0;
    while (n <= MAX_NUMBER_BYTES && text[n])
        n++;
    return n;
}

CONGDOAN_API int congdoan_number_parse(const char *text, double *out)
{
    CONGDOAN__CHECK_ARG(out != NULL);
    *out = 0;
    CONGDOAN__CHECK_ARG(text != NULL);
    size_t len = bounded_len(text);
    if (len > MAX_NUMBER_BYTES)
        return congdoan__error(CONGDOAN_EPARSE, "number is longer than %d bytes", MAX_NUMBER_BYTES);
    /* Only the encoding check needs utf8proc; numbers themselves are ASCII. */
    char *nfc = NULL;
    int rc = congdoan__text_nfc(text, len, &nfc, NULL);
    congdoan__text_nfc_free(nfc);
    if (rc == CONGDOAN_EENCODING)
        return congdoan__error(rc, "number is not valid UTF-8");
    if (rc < 0)
        return congdoan__error(rc, "out of memory checking a number");
    const char *s = text;
    trim(&s, &len);
    double value = 0;
    rc = parse_number(s, len, &value);
    if (rc == 0)
        *out = value;
    return rc;
}
