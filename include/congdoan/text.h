/*
 * libcongdoan — Vietnamese text helpers: document numbers, dates, numbers, periods, NFC.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_TEXT_H
#define CONGDOAN_TEXT_H

#include "common.h"
#include "document.h"

/**
 * @file congdoan/text.h
 * @brief Reading the forms found in Vietnamese official documents.
 *
 * Every function here accepts UTF-8 in any Unicode normalisation form (text pasted from a word
 * processor is often decomposed) and works on its NFC form. Invalid UTF-8 gives
 * CONGDOAN_EENCODING. Dates cross the API as one `int`: year*10000 + month*100 + day
 * (20220822 for 22/08/2022), which orders like the dates themselves; 0 means "no date".
 */

CONGDOAN_BEGIN_DECL

/* ---- document numbers (số, ký hiệu) ------------------------------------------------------- */

/** The shape of a document number. */
typedef enum congdoan_docnumber_style {
    /** `240/KH-TLĐ`, `13/CTr-LĐLĐ`, `1268/QĐ-TTg`: serial/KIND-ISSUER (state and union style). */
    CONGDOAN_DOCNUMBER_STANDARD = 1,
    /** `12-CT/TW`, `02-NQ/TW`: serial-KIND/ISSUER (Party style). */
    CONGDOAN_DOCNUMBER_PARTY = 2,
    /** `4b/TLĐ`: serial/ISSUER, no kind code. */
    CONGDOAN_DOCNUMBER_ISSUER_ONLY = 3,
    /** `105/2020/NĐ-CP`: serial/YEAR/KIND-ISSUER. */
    CONGDOAN_DOCNUMBER_WITH_YEAR = 4,
    /**
     * `02/KHLT/LĐLĐ-TĐTN`: serial/KIND/ISSUERS, the kind in a segment of its own, as joint
     * documents (liên tịch, kind code + "LT") of several issuers print it.
     */
    CONGDOAN_DOCNUMBER_JOINT = 5
} congdoan_docnumber_style;

/**
 * Parse a document number (số và ký hiệu) such as `240/KH-TLĐ`, `12-CT/TW`, `4b/TLĐ`,
 * `7c/NQ-BCH`, `1500b/KL-TLĐ`, `105/2020/NĐ-CP`, `1268/QĐ-TTg` or `02/KHLT/LĐLĐ-TĐTN`. Leading "Số:" or "số"
 * and surrounding white space are accepted. When the part before the issuer is not a known
 * kind code (as in `07/TLĐ-BCH`), the whole part after the slash is taken as the issuer.
 *
 * On NULL: returns CONGDOAN_EINVAL.
 * @param text the number, UTF-8.
 * @param[out] out the parsed number, owned by the caller: release with congdoan_docnumber_free().
 *             Set to NULL on failure.
 * @return 0, CONGDOAN_EPARSE if it is not a document number, CONGDOAN_EENCODING,
 *         CONGDOAN_EINVAL (NULL argument) or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_docnumber_parse(const char *text, congdoan_docnumber **out);

/** Release a parsed document number. On NULL: does nothing. */
CONGDOAN_API void congdoan_docnumber_free(congdoan_docnumber *number);

/**
 * The number in canonical form (NFC, no "Số:", no spaces), e.g. "240/KH-TLĐ". Borrowed.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_docnumber_text(const congdoan_docnumber *number);

/** The shape of the number. On NULL: returns 0. */
CONGDOAN_API congdoan_docnumber_style congdoan_docnumber_get_style(const congdoan_docnumber *number);

/** The serial as printed, with any letter: "240", "4b", "02". Borrowed. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_docnumber_serial(const congdoan_docnumber *number);

/** The numeric part of the serial: 240 for "240", 4 for "4b", 2 for "02". On NULL: returns 0. */
CONGDOAN_API long congdoan_docnumber_serial_value(const congdoan_docnumber *number);

/** The year written in the number (2020 in 105/2020/NĐ-CP), or 0 when it has none. On NULL: returns 0. */
CONGDOAN_API int congdoan_docnumber_year(const congdoan_docnumber *number);

/**
 * The kind code, e.g. "KH", "CTr", "NĐ", or NULL when the number has none (4b/TLĐ). Borrowed.
 * On NULL: returns NULL.
 */
CONGDOAN_API const char *congdoan_docnumber_kind_code(const congdoan_docnumber *number);

/**
 * The document kind the kind code stands for, or CONGDOAN_DOCUMENT_UNKNOWN (NĐ, no code …). A
 * joint kind code stands for its kind: KHLT (kế hoạch liên tịch) for a plan.
 * On NULL: returns CONGDOAN_DOCUMENT_UNKNOWN.
 */
CONGDOAN_API congdoan_document_kind congdoan_docnumber_kind(const congdoan_docnumber *number);

/**
 * The issuer code, e.g. "TLĐ", "LĐLĐ", "TW", "BCH", "CP", "TTg". Borrowed, never NULL.
 * On NULL: returns "".
 */
CONGDOAN_API const char *congdoan_docnumber_issuer_code(const congdoan_docnumber *number);

/* ---- dates --------------------------------------------------------------------------------- */

/**
 * Parse a date written as `22/08/2022`, `5/1/1996`, `ngày 22 tháng 8 năm 2022`,
 * `Lai Châu, ngày 27 tháng 02 năm 2025` (a place before the comma is skipped) or ISO
 * `2022-08-22`. The date must exist in the calendar.
 *
 * @param text the date as written (UTF-8).
 * @param[out] out_ymd the date as year*10000 + month*100 + day; 0 on failure.
 * @return 0, CONGDOAN_EPARSE, CONGDOAN_EENCODING, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_date_parse(const char *text, int *out_ymd);

/** 1 if `ymd` (year*10000 + month*100 + day) is a real calendar date from year 1 to 9999, else 0. */
CONGDOAN_API int congdoan_date_is_valid(int ymd);

/* ---- numbers ------------------------------------------------------------------------------- */

/**
 * Parse a number as Vietnamese writes it: `1.810` is 1810 (full stops group thousands, in
 * groups of exactly three digits), `1,5` is 1.5 (a comma is the decimal separator), `01` is 1,
 * `15,5%` is 15.5 (a trailing per cent sign is accepted). An optional leading minus sign is
 * accepted. A full stop not followed by exactly three digits is ambiguous and refused.
 *
 * @param text the number as written (UTF-8).
 * @param[out] out the value; 0 on failure.
 * @return 0, CONGDOAN_EPARSE, CONGDOAN_EENCODING or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_number_parse(const char *text, double *out);

/* ---- periods ------------------------------------------------------------------------------- */

/* congdoan_period_kind is defined in congdoan/common.h. */

/**
 * Parse a period code (`2025`, `2025-H1`, `2025-Q3`, `2025-06`, `2025-06-30`).
 * Any out-parameter may be NULL.
 * @param code a period code ("2025", "2025-H1", "2025-Q3", "2025-06", "2025-06-30").
 * @param[out] kind the kind; CONGDOAN_PERIOD_NONE on failure.
 * @param[out] first_ymd the first day of the period; 0 on failure.
 * @param[out] last_ymd the last day of the period; 0 on failure.
 * @return 0, CONGDOAN_EPARSE or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL (`kind`, `first_ymd` and `last_ymd` may be NULL).
 */
CONGDOAN_API int congdoan_period_parse(const char *code, congdoan_period_kind *kind,
                                       int *first_ymd, int *last_ymd);

/* ---- Unicode ------------------------------------------------------------------------------- */

/**
 * The NFC form of a UTF-8 string.
 * @param text a UTF-8 string.
 * @param[out] out the normalised copy, owned by the caller: release with congdoan_free().
 * @return 0, CONGDOAN_EENCODING (invalid UTF-8), CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_text_normalize(const char *text, char **out);

/**
 * Compare two UTF-8 strings after NFC normalisation, so that a decomposed "Lai Châu" equals a
 * precomposed one.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 1 if equal, 0 if not, or a negative status (CONGDOAN_EENCODING, CONGDOAN_EINVAL,
 *         CONGDOAN_ENOMEM).
 */
CONGDOAN_API int congdoan_text_equal(const char *a, const char *b);

/**
 * The folded key of a UTF-8 string, under which the ways people type a name meet: case-folded,
 * diacritics dropped, "đ" read as "d", and every run of spaces, dashes and dots made one space,
 * none at either end. "LĐLĐ huyện Tam-Đường", "LDLD huyen tam duong" and the NFD form of the
 * first all fold to "ldld huyen tam duong". Look-ups by name compare folded keys.
 * On NULL: returns CONGDOAN_EINVAL.
 * @param text a NUL-terminated UTF-8 string; NULL is refused with CONGDOAN_EINVAL.
 * @param[out] out the folded copy, owned by the caller: release with congdoan_free(); NULL on
 *             failure.
 * @return 0, CONGDOAN_EENCODING (invalid UTF-8), CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_text_fold(const char *text, char **out);

CONGDOAN_END_DECL

#endif /* CONGDOAN_TEXT_H */
