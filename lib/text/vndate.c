/*
 * Dates as Vietnamese documents write them (22/08/2022, 5/1/1996, "Hà Nội, ngày 22 tháng 8 năm
 * 2022"), ISO dates, calendar validity, and the public face of period codes.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* How many bytes of a value a message quotes (at most). */
enum { SHOWN_BYTES = 120 };

/* Record an EPARSE error that quotes the date, then says what was expected. */
static int parse_error(const char *text, size_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int parse_error(const char *text, size_t len, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, _(fmt), ap);
    va_end(ap);
    return congdoan__error(CONGDOAN_EPARSE, "date '%.*s': %s", CONGDOAN__SHOWN(text, len, SHOWN_BYTES), text, detail);
}

/* ---- calendar -------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_date_is_valid(int ymd)
{
    if (ymd <= 0)
        return 0;
    int year = ymd / 10000, month = ymd / 100 % 100, day = ymd % 100;
    if (year < 1 || year > 9999)
        return 0;
    int days = congdoan__days_in_month(year, month);
    return days > 0 && day >= 1 && day <= days;
}

int congdoan__date_arg(int ymd, int zero_allowed, const char *name)
{
    if ((ymd == 0 && zero_allowed) || congdoan_date_is_valid(ymd))
        return 0;
    return congdoan__error(CONGDOAN_EINVAL,
                           "invalid argument: %s %d is not a day that exists (year*10000 + month*100 + day)", name, ymd);
}

/* ---- lexical helpers ------------------------------------------------------------------------ */

/* A cursor over the NFC text being parsed. */
typedef struct cursor {
    const char *s;
    size_t len, pos;
} cursor;

static int is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The length of the white space at s (ASCII or U+00A0 NO-BREAK SPACE), 0 if none. */
static size_t space_at(const char *s, size_t len)
{
    if (len >= 1 && is_ascii_space((unsigned char)s[0]))
        return 1;
    if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    return 0;
}

/* Skip white space; returns how many bytes were skipped. */
static size_t skip_space(cursor *c)
{
    size_t start = c->pos, n;
    while ((n = space_at(c->s + c->pos, c->len - c->pos)) != 0)
        c->pos += n;
    return c->pos - start;
}

static void trim_end(cursor *c)
{
    while (c->len > c->pos) {
        if (is_ascii_space((unsigned char)c->s[c->len - 1]))
            c->len -= 1;
        else if (c->len - c->pos >= 2 && (unsigned char)c->s[c->len - 2] == 0xC2
                 && (unsigned char)c->s[c->len - 1] == 0xA0)
            c->len -= 2;
        else
            break;
    }
}

/* Consume one of the spellings of a word (lower case, capitalised, upper case, all NFC). */
static int accept_word(cursor *c, const char *const spellings[3])
{
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(spellings[i]);
        if (c->len - c->pos >= n && memcmp(c->s + c->pos, spellings[i], n) == 0) {
            c->pos += n;
            return 1;
        }
    }
    return 0;
}

static const char *const word_ngay[3] = {"ng\xc3\xa0y", "Ng\xc3\xa0y", "NG\xc3\x80Y"};
static const char *const word_thang[3] = {"th\xc3\xa1ng", "Th\xc3\xa1ng", "TH\xc3\x81NG"};
static const char *const word_nam[3] = {"n\xc4\x83m", "N\xc4\x83m", "N\xc4\x82M"};

/* Read up to 9 ASCII digits; returns how many there were (more than 9 count as 10). */
static int read_digits(cursor *c, int *value)
{
    int count = 0;
    *value = 0;
    while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9') {
        if (count < 9)
            *value = *value * 10 + (c->s[c->pos] - '0');
        if (count < 10)
            count++;
        c->pos++;
    }
    return count;
}

/* ---- the grammar ----------------------------------------------------------------------------- */

/* Skip "Place," before the date: the text up to the last comma, if it holds no digit (place
 * names have none, so "22/08/2022, 23/08/2022" stays an error). */
static int skip_place(cursor *c)
{
    size_t comma = c->len;
    for (size_t i = c->pos; i < c->len; i++)
        if (c->s[i] == ',')
            comma = i;
    if (comma == c->len)
        return 0;
    for (size_t i = c->pos; i < comma; i++)
        if (c->s[i] >= '0' && c->s[i] <= '9')
            return parse_error(c->s, c->len, "unexpected ',' at byte %zu; a place name before the comma has no digits", comma);
    if (comma == c->pos)
        return parse_error(c->s, c->len, "expected a place name before the comma");
    c->pos = comma + 1;
    skip_space(c);
    return 0;
}

/* Check the parts read and store the date. */
static int finish(const cursor *c, int day, int month, int year, int year_digits, int *out)
{
    if (c->pos != c->len)
        return parse_error(c->s, c->len, "unexpected text at byte %zu after the date", c->pos);
    if (year_digits != 4)
        return parse_error(c->s, c->len, "expected a four-digit year, found %d digit%s", year_digits,
                           year_digits == 1 ? "" : "s");
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > congdoan__days_in_month(year, month))
        return parse_error(c->s, c->len, "there is no day %d/%d/%d in the calendar", day, month, year);
    *out = year * 10000 + month * 100 + day;
    return 0;
}

/* 22/08/2022, 5/1/1996: after the day, at the first '/'. */
static int parse_slashed(cursor *c, int day, int *out)
{
    int month, year;
    c->pos++;
    int month_digits = read_digits(c, &month);
    if (month_digits < 1 || month_digits > 2)
        return parse_error(c->s, c->len, "expected a month of one or two digits at byte %zu (as in 22/08/2022)", c->pos);
    if (c->pos == c->len || c->s[c->pos] != '/')
        return parse_error(c->s, c->len, "expected '/' and a year after the month at byte %zu (as in 22/08/2022)", c->pos);
    c->pos++;
    int year_digits = read_digits(c, &year);
    return finish(c, day, month, year, year_digits, out);
}

/* "22 tháng 8 năm 2022": after the day, at the white space. */
static int parse_words(cursor *c, int day, int *out)
{
    int month, year;
    skip_space(c);
    if (!accept_word(c, word_thang) || !skip_space(c))
        return parse_error(c->s, c->len, "expected 'th\xc3\xa1ng' and the month at byte %zu (as in ng\xc3\xa0y 22 th\xc3\xa1ng 8 n\xc4\x83m 2022)", c->pos);
    int month_digits = read_digits(c, &month);
    if (month_digits < 1 || month_digits > 2)
        return parse_error(c->s, c->len, "expected a month of one or two digits at byte %zu", c->pos);
    if (!skip_space(c) || !accept_word(c, word_nam) || !skip_space(c))
        return parse_error(c->s, c->len, "expected 'n\xc4\x83m' and the year at byte %zu (as in ng\xc3\xa0y 22 th\xc3\xa1ng 8 n\xc4\x83m 2022)", c->pos);
    int year_digits = read_digits(c, &year);
    return finish(c, day, month, year, year_digits, out);
}

static int parse_date(cursor *c, int *out)
{
    skip_space(c);
    trim_end(c);
    if (c->pos == c->len)
        return congdoan__error(CONGDOAN_EPARSE, "empty date; expected a date such as 22/08/2022");
    int rc = skip_place(c);
    if (rc)
        return rc;
    if (accept_word(c, word_ngay) && !skip_space(c))
        return parse_error(c->s, c->len, "expected a space after 'ng\xc3\xa0y' at byte %zu", c->pos);
    size_t start = c->pos;
    int first;
    int digits = read_digits(c, &first);
    if (digits == 4 && c->pos < c->len && c->s[c->pos] == '-') {
        if (congdoan__iso_date_parse(c->s + start, c->len - start, out) != 0
            || !congdoan_date_is_valid(*out)) {
            *out = 0;
            return parse_error(c->s, c->len, "expected an ISO date YYYY-MM-DD that exists in the calendar");
        }
        return 0;
    }
    if (digits < 1 || digits > 2)
        return parse_error(c->s, c->len, "expected a day of one or two digits at byte %zu (as in 22/08/2022 or ng\xc3\xa0y 22 th\xc3\xa1ng 8 n\xc4\x83m 2022)", start);
    if (c->pos < c->len && c->s[c->pos] == '/')
        return parse_slashed(c, first, out);
    if (space_at(c->s + c->pos, c->len - c->pos))
        return parse_words(c, first, out);
    return parse_error(c->s, c->len, "expected '/' (as in 22/08/2022) or ' th\xc3\xa1ng' (as in 22 th\xc3\xa1ng 8 n\xc4\x83m 2022) after the day at byte %zu", c->pos);
}

CONGDOAN_API int congdoan_date_parse(const char *text, int *out_ymd)
{
    CONGDOAN__CHECK_ARG(out_ymd != NULL);
    *out_ymd = 0;
    CONGDOAN__CHECK_ARG(text != NULL);
    size_t len = strlen(text);
    char *nfc = NULL;
    size_t nfc_len = 0;
    int rc = congdoan__text_nfc(text, len, &nfc, &nfc_len);
    if (rc == CONGDOAN_EENCODING)
        return congdoan__error(rc, "date is not valid UTF-8");
    if (rc < 0)
        return congdoan__error(rc, "out of memory normalising a date");
    cursor c = {nfc ? nfc : text, nfc_len, 0};
    int ymd = 0;
    rc = parse_date(&c, &ymd);
    congdoan__text_nfc_free(nfc);
    if (rc == 0)
        *out_ymd = ymd;
    return rc;
}

/* ---- periods --------------------------------------------------------------------------------- */

CONGDOAN_API int congdoan_period_parse(const char *code, congdoan_period_kind *kind,
                                       int *first_ymd, int *last_ymd)
{
    if (kind)
        *kind = CONGDOAN_PERIOD_NONE;
    if (first_ymd)
        *first_ymd = 0;
    if (last_ymd)
        *last_ymd = 0;
    CONGDOAN__CHECK_ARG(code != NULL);
    congdoan_period_kind k = CONGDOAN_PERIOD_NONE;
    int first = 0, last = 0;
    size_t len = strlen(code);
    if (congdoan__period_parse(code, len, &k, &first, &last) != 0)
        return congdoan__error(CONGDOAN_EPARSE,
                               "period '%.*s': expected YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4, "
                               "YYYY-MM or YYYY-MM-DD", CONGDOAN__SHOWN(code, len, SHOWN_BYTES), code);
    if (kind)
        *kind = k;
    if (first_ymd)
        *first_ymd = first;
    if (last_ymd)
        *last_ymd = last;
    return 0;
}
