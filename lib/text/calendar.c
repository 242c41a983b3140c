/*
 * Machine-form values of the XML vocabulary: ISO dates, period codes, due-time codes,
 * decimals, counts and identifiers. (The Vietnamese forms are in vndate.c and vnnumber.c.)
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <string.h>

int congdoan__days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || year < 1 || year > 9999)
        return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

/* Exactly n ASCII digits at s; -1 otherwise. */
static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int congdoan__iso_date_parse(const char *s, size_t len, int *ymd)
{
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y < 1 || m < 0 || d < 1 || d > congdoan__days_in_month(y, m))
        return -1;
    *ymd = y * 10000 + m * 100 + d;
    return 0;
}

int congdoan__period_parse(const char *s, size_t len, congdoan_period_kind *kind, int *first, int *last)
{
    congdoan_period_kind k;
    int y = len >= 4 ? digits(s, 4) : -1, m1, m2, d1 = 1, d2 = 0;
    if (y < 1)
        return -1;
    if (len == 4) {
        k = CONGDOAN_PERIOD_YEAR, m1 = 1, m2 = 12;
    } else if (len == 7 && s[4] == '-' && (s[5] == 'H' || s[5] == 'Q')) {
        int n = s[6] - '0';
        if (s[5] == 'H' && (n == 1 || n == 2))
            k = CONGDOAN_PERIOD_HALF_YEAR, m1 = n * 6 - 5, m2 = n * 6;
        else if (s[5] == 'Q' && n >= 1 && n <= 4)
            k = CONGDOAN_PERIOD_QUARTER, m1 = n * 3 - 2, m2 = n * 3;
        else
            return -1;
    } else if (len == 7 && s[4] == '-') {
        m1 = m2 = digits(s + 5, 2);
        if (m1 < 1 || m1 > 12)
            return -1;
        k = CONGDOAN_PERIOD_MONTH;
    } else if (len == 10) {
        int ymd;
        if (congdoan__iso_date_parse(s, len, &ymd) != 0)
            return -1;
        k = CONGDOAN_PERIOD_DAY, m1 = m2 = ymd / 100 % 100, d1 = d2 = ymd % 100;
    } else {
        return -1;
    }
    if (!d2)
        d2 = congdoan__days_in_month(y, m2);
    if (kind)
        *kind = k;
    if (first)
        *first = y * 10000 + m1 * 100 + d1;
    if (last)
        *last = y * 10000 + m2 * 100 + d2;
    return 0;
}

static int word_is(const char *s, size_t len, const char *word)
{
    return strlen(word) == len && memcmp(s, word, len) == 0;
}

int congdoan__due_parse(const char *s, size_t len, congdoan_due_kind *kind, congdoan_period_kind *pk,
                        int *due_ymd, int *recurrence_day)
{
    *kind = CONGDOAN_DUE_NONE, *pk = CONGDOAN_PERIOD_NONE, *due_ymd = 0, *recurrence_day = 0;
    if (word_is(s, len, "ongoing")) {
        *kind = CONGDOAN_DUE_ONGOING;
        return 0;
    }
    if (len > 0 && s[0] >= '0' && s[0] <= '9') {
        if (congdoan__period_parse(s, len, pk, NULL, due_ymd) != 0)
            return -1;
        *kind = CONGDOAN_DUE_PERIOD;
        return 0;
    }
    const char *colon = memchr(s, ':', len);
    size_t wlen = colon ? (size_t)(colon - s) : len;
    if (word_is(s, wlen, "yearly"))
        *pk = CONGDOAN_PERIOD_YEAR;
    else if (word_is(s, wlen, "half-yearly"))
        *pk = CONGDOAN_PERIOD_HALF_YEAR;
    else if (word_is(s, wlen, "quarterly"))
        *pk = CONGDOAN_PERIOD_QUARTER;
    else if (word_is(s, wlen, "monthly"))
        *pk = CONGDOAN_PERIOD_MONTH;
    else
        return -1;
    if (colon) {
        const char *d = colon + 1;
        size_t dlen = len - wlen - 1;
        if (*pk == CONGDOAN_PERIOD_YEAR) {
            /* MM-DD, checked against a leap year so that 02-29 is allowed */
            int m = dlen == 5 && d[2] == '-' ? digits(d, 2) : -1, day = m > 0 ? digits(d + 3, 2) : -1;
            if (m < 1 || day < 1 || day > congdoan__days_in_month(2000, m))
                return -1;
            *recurrence_day = m * 100 + day;
        } else {
            int day = dlen == 2 ? digits(d, 2) : -1;
            if (day < 1 || day > 31)
                return -1;
            *recurrence_day = day;
        }
    }
    *kind = CONGDOAN_DUE_RECURRING;
    return 0;
}

int congdoan__span_parse(const char *s, size_t len, int *first, int *last)
{
    int a, b, unused;
    congdoan_period_kind ka, kb;
    if (len > 5 && memcmp(s, "term:", 5) == 0) {
        s += 5;
        len -= 5;
        if (len != 9 || s[4] != '/' || congdoan__period_parse(s, 4, &ka, &a, &unused) != 0 ||
            congdoan__period_parse(s + 5, 4, &kb, &unused, &b) != 0 || a > b)
            return -1;
    } else {
        const char *slash = memchr(s, '/', len);
        if (!slash) {
            if (congdoan__period_parse(s, len, &ka, &a, &b) != 0 || ka == CONGDOAN_PERIOD_DAY)
                return -1;
        } else {
            size_t n = (size_t)(slash - s);
            if (congdoan__period_parse(s, n, &ka, &a, &unused) != 0 ||
                congdoan__period_parse(slash + 1, len - n - 1, &kb, &unused, &b) != 0 || ka == CONGDOAN_PERIOD_DAY ||
                kb == CONGDOAN_PERIOD_DAY || a > b)
                return -1;
        }
    }
    if (first)
        *first = a;
    if (last)
        *last = b;
    return 0;
}

int congdoan__by_parse(const char *s, size_t len, int *ymd)
{
    int last;
    if (congdoan__iso_date_parse(s, len, &last) != 0) {
        congdoan_period_kind k;
        if (congdoan__period_parse(s, len, &k, NULL, &last) != 0 || k == CONGDOAN_PERIOD_DAY)
            return -1;
    }
    if (ymd)
        *ymd = last;
    return 0;
}

int congdoan__decimal_ambiguous(const char *s, size_t len)
{
    if (len < 5 || len > 7 || s[len - 4] != '.') /* (what most numbers fail: it runs for each) */
        return 0;
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0 || i > 3 || s[0] == '0' || i + 4 != len || s[i] != '.')
        return 0;
    for (size_t k = i + 1; k < len; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return 1;
}

int congdoan__decimal_parse(const char *s, size_t len, double *out)
{
    /* Machine form only, as the schema's decimal-type: an optional '-', digits without leading
     * zeros, optionally '.' and digits. Not strtod: it would accept hex, exponents and "inf",
     * and follows the application's locale (a Vietnamese locale reads "98.5" as 98). At most
     * 15 significant digits and 15 decimals (the schema's totalDigits and fractionDigits;
     * trailing zeros of the decimals do not count), so mantissa / 10^k is exact to the last bit
     * (both operands are exact doubles and IEEE division rounds correctly). */
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15};
    const uint64_t max = 999999999999999ULL;
    size_t i = 0, int_digits = 0, frac = 0, zeros = 0;
    uint64_t mant = 0;
    int neg = 0;
    if (len > 0 && s[0] == '-')
        neg = 1, i++;
    size_t first = i;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, int_digits++) {
        mant = mant * 10 + (uint64_t)(s[i] - '0');
        if (mant > max)
            return -1;
    }
    if (int_digits == 0 || (int_digits > 1 && s[first] == '0'))
        return -1;
    if (i < len && s[i] == '.') {
        size_t digits = 0;
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
            if (s[i] == '0') {
                zeros++; /* counted only when a digit other than 0 follows */
                continue;
            }
            for (; zeros; zeros--, frac++)
                if ((mant = mant * 10) > max)
                    return -1;
            mant = mant * 10 + (uint64_t)(s[i] - '0');
            frac++;
            if (mant > max || frac > 15)
                return -1;
        }
        if (digits == 0)
            return -1;
    }
    if (i != len)
        return -1;
    double v = frac ? (double)mant / pow10[frac] : (double)mant; /* (a whole number: no division) */
    *out = neg ? -v : v;
    return 0;
}

int congdoan__count_parse(const char *s, size_t len, long *out)
{
    /* the schema's non-negative-integer-type: 0, or digits without leading zeros (up to 18,
     * which a long holds) */
    long v = 0;
    if (len == 0 || len > 18 || (len > 1 && s[0] == '0'))
        return -1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int congdoan__id_valid(const char *s, size_t len)
{
    if (len == 0 || len > 128)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 (i > 0 && (c == '.' || c == '_' || c == '-'));
        if (!ok)
            return 0;
    }
    return 1;
}
