/*
 * libcongdoan — the text layer's internal declarations: Unicode normalisation and the
 * machine forms of dates, periods, due times and numbers. Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_VNTEXT_H
#define CONGDOAN_VNTEXT_H

#include "base/base.h"

/* ---- text ------------------------------------------------------------------------------------ */
/* The NFC form of s[0..len). Returns 0 with *out == NULL when s is already in NFC (so the caller
 * keeps it), 0 with *out a malloc'd copy (free with congdoan__text_nfc_free) otherwise,
 * CONGDOAN_EENCODING for invalid UTF-8, CONGDOAN_ENOMEM. Does not set the last error. */
int congdoan__text_nfc(const char *s, size_t len, char **out, size_t *out_len);
void congdoan__text_nfc_free(char *s);
/* The characters (UTF-8 lead and single bytes: the bytes that are not 10xxxxxx) in s[0..len);
 * eight bytes at a time. */
size_t congdoan__utf8_count(const char *s, size_t len);

/* ---- calendar and machine-form values (calendar.c) ------------------------------------------ */
int congdoan__days_in_month(int year, int month);
/* The one check of a date given to the API as year*10000 + month*100 + day: 0 when the day
 * exists (or `ymd` is 0 and `zero_allowed`: "no date"), else CONGDOAN_EINVAL with the last
 * error "invalid argument: NAME 20230230 is not a day that exists". */
int congdoan__date_arg(int ymd, int zero_allowed, const char *name);
/* Strict ISO YYYY-MM-DD of exactly len bytes; 0 or -1. */
int congdoan__iso_date_parse(const char *s, size_t len, int *ymd);
/* A period code (see congdoan/text.h); 0 or -1. */
int congdoan__period_parse(const char *s, size_t len, congdoan_period_kind *kind, int *first, int *last);
/* A period, a span FIRST/LAST of two periods (the first not after the last) or a congress term
 * term:YYYY/YYYY (REFERENCE.md, 1.2): its first and last day (either may be NULL); 0 or -1. */
int congdoan__span_parse(const char *s, size_t len, int *first, int *last);
/* A deadline (`by`, 1.2): a period other than a day, or a date; *ymd its last day. 0 or -1. */
int congdoan__by_parse(const char *s, size_t len, int *ymd);
/* Whether a number in machine form reads as a Vietnamese thousands group too: one to three
 * digits, a full stop, exactly three digits ("1.480" is 1.48, or 1480 in Vietnamese). */
int congdoan__decimal_ambiguous(const char *s, size_t len);
/* A due-time code (see REFERENCE.md); 0 or -1. */
int congdoan__due_parse(const char *s, size_t len, congdoan_due_kind *kind, congdoan_period_kind *pk,
                        int *due_ymd, int *recurrence_day);
/* A decimal in machine form ("98", "98.5", "-1"; no leading zeros; at most 15 significant
 * digits and 15 decimals, trailing zeros apart), as the schema's decimal-type; 0 or -1. */
int congdoan__decimal_parse(const char *s, size_t len, double *out);
/* A non-negative integer without leading zeros, at most 18 digits; 0 or -1. */
int congdoan__count_parse(const char *s, size_t len, long *out);
/* An identifier: [A-Za-z0-9][A-Za-z0-9._-]{0,127}; 1 if valid. */
/* Whether s[0..len) has the shape of a document number in machine form, the schema's
 * docnumber-type: SERIAL[/YEAR][/KIND]/ISSUER or SERIAL-KIND/ISSUER, where SERIAL is digits with
 * small ASCII letters after them (4b), YEAR four digits, KIND a word and ISSUER words joined by
 * '-' (a word: a letter, then letters and digits; letters of any script). 1 if so. */
int congdoan__docnumber_shape(const char *s, size_t len);
int congdoan__id_valid(const char *s, size_t len);

/* The folded key of s[0..len) (fold.c): case-folded, marks stripped, đ read as d, runs of
 * spaces, dashes and dots as one space, trimmed. *out is congdoan__malloc'd (free with
 * congdoan__dealloc). 0, CONGDOAN_EENCODING or CONGDOAN_ENOMEM; does not set the last error. */
int congdoan__text_fold(const char *s, size_t len, char **out, size_t *out_len);

#endif /* CONGDOAN_VNTEXT_H */
