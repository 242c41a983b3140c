/*
 * libcongdoan — finding units, documents and tasks the way people type them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_LOOKUP_H
#define CONGDOAN_LOOKUP_H

#include "common.h"

/**
 * @file congdoan/lookup.h
 * @brief Look-ups that accept what union staff type, answer the one match, and otherwise offer
 * the nearest candidates ("did you mean").
 *
 * People name a unit by its id (`laichau.tamduong`), its name (`Liên đoàn Lao động huyện Tam
 * Đường`), its short name (`LĐLĐ huyện Tam Đường`) or the part of the name that tells it apart
 * (`Tam Đường`); they type it without diacritics, with đ as d, in any case (`LDLD huyen Tam
 * Duong`). A document is named by its id, its number (`13/CTr-LĐLĐ`, `Số: 13/CTr-LDLD`) or words
 * of its title; a task by its id (`iv-2-1`, `IV.2.1`) or words of its text.
 *
 * How a query is compared: the query and every name are folded (congdoan_text_fold(): case,
 * diacritics, đ as d), cut into words (letters and digits; every other character separates),
 * and the usual abbreviations of union documents are read as the words they stand for, so that
 * both forms meet: `Tổng Liên đoàn Lao động` = `TLĐ`, `Liên đoàn Lao động` = `LĐLĐ`, `Công đoàn
 * cơ sở` = `CĐCS`, `Công đoàn Viên chức` = `CĐVC`, `Công đoàn` = `CĐ`, `thành phố` = `TP`,
 * `Hợp tác xã` = `HTX`, `trách nhiệm hữu hạn` = `TNHH`, `Ban Chấp hành` = `BCH`, `Ban Thường
 * vụ` = `BTV`, `Ủy ban Kiểm tra` = `UBKT`. Then, best first:
 *  1. CONGDOAN_MATCH_ID: the query is the object's id, byte for byte;
 *  2. CONGDOAN_MATCH_NAME: its words are those of the id, the name, the short name or the number;
 *  3. CONGDOAN_MATCH_WORDS: its words are found, in the same order, among those of one of them
 *     (`Tam Đường` in `LĐLĐ huyện Tam Đường`); the fewer other words the name has, the better.
 * The best kind found decides. One object of that kind is the answer; several are ambiguous,
 * except that among CONGDOAN_MATCH_WORDS matches the one with strictly fewer other words than
 * every other answers (`Tam Đường` is the district federation `LĐLĐ huyện Tam Đường`, not
 * `Công đoàn cơ sở Trường Tiểu học số 1 Tam Đường`). When nothing matches, the candidates are
 * the nearest names (CONGDOAN_MATCH_SUGGESTION): those within a few typing mistakes of the
 * query, or else those that share most of its words (each exact or with one mistake), only
 * the ones missing the fewest words (`Tam Duongg` suggests the four units named `… Tam Đường`,
 * not every `Trung tâm …`).
 *
 * A department or a leading body is also known by its name followed by its organisation's
 * (`Văn phòng LĐLĐ tỉnh Lai Châu`), since many organisations have a `Văn phòng`.
 *
 * Every look-up takes time linear in the number of objects searched and never changes the
 * corpus, so several threads may look up in one loaded corpus at once.
 */

CONGDOAN_BEGIN_DECL

/** How a candidate answers a look-up; lower values are better matches. */
typedef enum congdoan_match_kind {
    /** Not a candidate (an index out of range). */
    CONGDOAN_MATCH_NONE = 0,
    /** The query is the object's id, byte for byte. */
    CONGDOAN_MATCH_ID = 1,
    /** The query's words are those of the object's id, name, short name or number. */
    CONGDOAN_MATCH_NAME = 2,
    /** The query's words are found, in order, among the words of one of its names. */
    CONGDOAN_MATCH_WORDS = 3,
    /** Not a match: a near name offered as "did you mean". */
    CONGDOAN_MATCH_SUGGESTION = 4
} congdoan_match_kind;

/** The most candidates a look-up gives back. */
#define CONGDOAN_LOOKUP_MAX_CANDIDATES 8

/** The candidates of a look-up, best first (an object of its own: free it). */
typedef struct congdoan_matches congdoan_matches;

/**
 * Find the unit (organisation, department or leading body) that `query` names.
 *
 * On NULL: returns CONGDOAN_EINVAL (`out` and `candidates` may be NULL).
 * @param corpus the corpus to search.
 * @param query what the person typed (UTF-8; any Unicode form).
 * @param[out] out the one unit that answers, borrowed from the corpus; NULL when none or
 *        several do. May be NULL when only the candidates are wanted.
 * @param[out] candidates when not NULL: the candidates, owned by the caller (release with
 *        congdoan_matches_free()): the answer alone; the several matches when the query is
 *        ambiguous; else up to CONGDOAN_LOOKUP_MAX_CANDIDATES suggestions (possibly none).
 *        NULL after a failure other than CONGDOAN_ENOTFOUND.
 * @return 0 when exactly one unit answers; CONGDOAN_ENOTFOUND when none or several do (the
 *         last error says which, e.g. "no unit 'laichau.xx'" or "'Văn phòng' names 2 units");
 *         CONGDOAN_EINVAL (a NULL corpus or query), CONGDOAN_EENCODING (a query that is not
 *         UTF-8) or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_corpus_lookup_unit(const congdoan_corpus *corpus, const char *query,
                                             const congdoan_unit **out, congdoan_matches **candidates);

/**
 * Find the document that `query` names: its id, its number (with or without `Số:`, with or
 * without diacritics) or words of its number and title. Two documents may have the same
 * number (two provinces' 13/CTr-LĐLĐ): the query is then ambiguous.
 *
 * Parameters and results as for congdoan_corpus_lookup_unit().
 * On NULL: returns CONGDOAN_EINVAL (`out` and `candidates` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_lookup_document(const congdoan_corpus *corpus, const char *query,
                                                 const congdoan_document **out, congdoan_matches **candidates);

/**
 * Find the task that `query` names: its id (`iv-2-1`, also `IV.2.1`) or words of its text,
 * among the tasks of `document`, or of every loaded document when `document` is NULL (a task
 * id is unique only within its document, so the same id in two documents is ambiguous).
 *
 * Parameters and results as for congdoan_corpus_lookup_unit().
 * On NULL: returns CONGDOAN_EINVAL (`document`, `out` and `candidates` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_lookup_task(const congdoan_corpus *corpus, const congdoan_document *document,
                                             const char *query, const congdoan_task **out,
                                             congdoan_matches **candidates);

/**
 * Find which of `count` words `query` is, by the same rules (for a program's subcommands or the
 * values of an option): CONGDOAN_MATCH_ID when it is one of them byte for byte,
 * CONGDOAN_MATCH_NAME when it is once folded; otherwise the nearest words as suggestions
 * (`progres` → `progress`). Words are never matched by part (CONGDOAN_MATCH_WORDS).
 *
 * @param query what the person typed (UTF-8).
 * @param count the number of entries in `words`.
 * @param words the choices (UTF-8); NULL entries are skipped.
 * @param[out] index the index of the one word that answers; (size_t)-1 otherwise. May be NULL.
 * @param[out] candidates as for congdoan_corpus_lookup_unit(); congdoan_matches_index() gives
 *        the index of each candidate in `words`.
 * @return 0, CONGDOAN_ENOTFOUND, CONGDOAN_EINVAL, CONGDOAN_EENCODING or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`index` and `candidates` may be NULL).
 */
CONGDOAN_API int congdoan_lookup_word(const char *query, const char *const *words, size_t count, size_t *index,
                                      congdoan_matches **candidates);

/** Release a candidate list. On NULL: does nothing. */
CONGDOAN_API void congdoan_matches_free(congdoan_matches *matches);

/** The number of candidates. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_matches_count(const congdoan_matches *matches);

/**
 * 1 when the list holds several matches none of which is better than the others (the query
 * is ambiguous); 0 when it holds one answer, suggestions or nothing.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_matches_ambiguous(const congdoan_matches *matches);

/**
 * How the i-th candidate answers; CONGDOAN_MATCH_NONE when i is out of range.
 * On NULL: returns CONGDOAN_MATCH_NONE.
 */
CONGDOAN_API congdoan_match_kind congdoan_matches_kind(const congdoan_matches *matches, size_t i);

/**
 * The i-th candidate of a unit look-up, borrowed from the corpus; NULL for other look-ups or out of range.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_matches_unit(const congdoan_matches *matches, size_t i);

/**
 * The i-th candidate of a document look-up, borrowed from the corpus; NULL otherwise.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_document *congdoan_matches_document(const congdoan_matches *matches, size_t i);

/** The i-th candidate of a task look-up, borrowed from the corpus; NULL otherwise. On NULL: returns NULL. */
CONGDOAN_API const congdoan_task *congdoan_matches_task(const congdoan_matches *matches, size_t i);

/**
 * For congdoan_lookup_word(): the index in `words` of the i-th candidate; for the other
 * look-ups the object's position in its corpus list (congdoan_corpus_unit(), …_document()) or,
 * for tasks, in its document (congdoan_document_task()); (size_t)-1 when i is out of range.
 * On NULL: returns -1.
 */
CONGDOAN_API size_t congdoan_matches_index(const congdoan_matches *matches, size_t i);

/** The name of a match kind: "id", "name", "words", "suggestion"; NULL for others. */
CONGDOAN_API const char *congdoan_match_kind_name(congdoan_match_kind kind);

CONGDOAN_END_DECL

#endif /* CONGDOAN_LOOKUP_H */
