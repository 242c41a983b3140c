/*
 * Numbers written as Vietnamese documents write them: 1.810 (full stops group thousands),
 * 98,85 (a decimal comma), the reverse of congdoan_number_parse().
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "text/vntext.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

CONGDOAN_API int congdoan_number_format(double value, int decimals, char *buf, size_t size)
{
    if (buf && size)
        buf[0] = '\0';
    CONGDOAN__CHECK_ARG(buf && size);
    if (decimals < 0 || decimals > 9)
        return congdoan__error(CONGDOAN_EINVAL, "decimals must be from 0 to 9, not %d", decimals);
    if (!isfinite(value) || fabs(value) >= 1e18)
        return congdoan__error(CONGDOAN_EINVAL, "%g cannot be written as a Vietnamese number", value);
    /* The digits of |value| rounded to `decimals` places; %f is read back without assuming the
     * decimal point of the locale, as the only byte that is not a digit. */
    char digits[48];
    snprintf(digits, sizeof digits, "%.*f", decimals, fabs(value));
    size_t len = strlen(digits), int_len = strspn(digits, "0123456789");
    const char *frac = int_len < len ? digits + int_len + 1 : "";
    size_t frac_len = strlen(frac);
    while (frac_len && frac[frac_len - 1] == '0')
        frac_len--;
    int zero = strspn(digits, "0") == int_len && frac_len == 0;
    size_t need = (value < 0 && !zero) + int_len + (int_len - 1) / 3 + (frac_len ? 1 + frac_len : 0);
    if (need + 1 > size)
        return congdoan__error(CONGDOAN_EINVAL, "a buffer of %zu bytes is too small for %zu", size, need + 1);
    size_t n = 0;
    if (value < 0 && !zero)
        buf[n++] = '-';
    for (size_t k = 0; k < int_len; k++) {
        if (k && (int_len - k) % 3 == 0)
            buf[n++] = '.';
        buf[n++] = digits[k];
    }
    if (frac_len) {
        buf[n++] = ',';
        memcpy(buf + n, frac, frac_len);
        n += frac_len;
    }
    buf[n] = '\0';
    return (int)n;
}
