/*
 * libcongdoan — importing documents as people write them (text, web pages, Word files).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_H
#define CONGDOAN_IMPORT_H

#include "common.h"

/**
 * @file congdoan/import.h
 * @brief Reading a plan, programme, resolution, report or news item written in Vietnamese prose
 * into a document of the model.
 *
 * The importer reads the input (plain UTF-8 text as copied from a page or from a PDF through
 * `pdftotext -layout`, in any Unicode form; an HTML page, whose declared charset is converted;
 * a Word .docx file, its paragraphs with their numbering and its tables), finds what it says,
 * and adds one document to the corpus:
 *  - its metadata: kind (from its heading, else the kind code of its number), its own number,
 *    place and date of issue (a page's publication time stamp is never a date of issue),
 *    issuer and issuing body, signer and capacity, title, recipients. An official letter
 *    (công văn: "V/v …" under its number, "Kính gửi: …"), for which the vocabulary has no
 *    kind, gets the kind CONGDOAN_DOCUMENT_NEWS, its subject as title, those it is addressed
 *    to as recipients, and an info import-kind-letter that says what it is;
 *  - the documents it carries out or rests on ("Thực hiện …", "Căn cứ …"), reviews ("tổng kết
 *    … thực hiện …") or names;
 *  - its sections, from the numbering and headings;
 *  - tasks: explicit assignments to a unit ("X chủ trì, phối hợp với Y", "giao X", the items
 *    of a heading of tasks), with coordinators and due times as written;
 *  - targets (indicators): every number the text sets to reach, with its comparator, unit,
 *    counted noun, scope and period; and results (figures reported as done) where the
 *    vocabulary can hold them.
 * Units named in the text are looked up among the units already in the corpus (load them
 * first); a name that matches none is kept by name and reported.
 *
 * What the importer is unsure of is said in `issues` as warnings with the file, line and
 * column of the words concerned: `W: file.txt:12:5: import-unit-unmatched: …`. The tags start
 * with "import-" (congdoan_issue_tag_explanation() explains each).
 *
 * **Transactional.** The document is built apart and added to the corpus only when it is
 * complete (it is written and loaded back as the XML loader reads any file, so what is
 * imported always reads back): on any failure the corpus is exactly as it was.
 *
 * **Limits.** The input is hostile until read: at most `max_input` bytes; text must be valid
 * UTF-8 without NUL bytes; a .docx is read within limits on its entries, their sizes and
 * compression ratios (zip bombs), and markup within a nesting limit; PDF, Word 97-2003 and RTF
 * files are refused with what to do instead. The extraction rules run with bounded searches,
 * so the cost is linear in the text. Text lines may be of any length.
 *
 * **Threads.** As loading: do not import into a corpus from two threads at once.
 */

CONGDOAN_BEGIN_DECL

/** The formats of the input. */
typedef enum congdoan_import_format {
    /** Find out from the bytes (a zip is .docx, markup is HTML, the rest text). */
    CONGDOAN_IMPORT_AUTO = 0,
    /** Plain UTF-8 text (a saved page, text copied from a PDF or a word processor). */
    CONGDOAN_IMPORT_TEXT = 1,
    /** An HTML page. */
    CONGDOAN_IMPORT_HTML = 2,
    /** A Word .docx file. */
    CONGDOAN_IMPORT_DOCX = 3
} congdoan_import_format;

/** The version of congdoan_import_options this header describes. */
#define CONGDOAN_IMPORT_OPTIONS_VERSION 1

/**
 * How to import. Initialise with CONGDOAN_IMPORT_OPTIONS_INIT or
 * congdoan_import_options_init() so that fields added in later versions get their defaults;
 * a NULL options pointer means all defaults.
 */
typedef struct congdoan_import_options {
    /** CONGDOAN_IMPORT_OPTIONS_VERSION. */
    unsigned int version;
    /** The format of the input; CONGDOAN_IMPORT_AUTO by default. */
    congdoan_import_format format;
    /**
     * The id of the new document, or NULL (the default) to make one from the document's number
     * ("240/KH-TLĐ" → "240-kh-tld"), else from the file name, made unique in the corpus by a
     * suffix ("-2").
     */
    const char *document_id;
    /** The largest input read, in bytes; 0 (the default) for 64 MiB. */
    size_t max_input;
} congdoan_import_options;

/** The default options, for initialising a congdoan_import_options. */
#define CONGDOAN_IMPORT_OPTIONS_INIT {CONGDOAN_IMPORT_OPTIONS_VERSION, CONGDOAN_IMPORT_AUTO, NULL, 0}

/**
 * Set `options` to the defaults of the given version.
 * @param options the options to set (not NULL).
 * @param version CONGDOAN_IMPORT_OPTIONS_VERSION.
 * @return 0, or CONGDOAN_EINVAL for a NULL pointer or a version this library does not know.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_import_options_init(congdoan_import_options *options, unsigned int version);

/**
 * Import a file into the corpus.
 *
 * @param corpus the corpus the document is added to; the units it holds are those names in the
 *        text are matched against.
 * @param path the file (text, HTML or .docx).
 * @param options how to import, or NULL for the defaults.
 * @param issues where to add what the importer found doubtful or wrong (with file, line and
 *        column), or NULL to be told nothing but the return code.
 * @param[out] out the new document, borrowed from the corpus (do not free it); may be NULL.
 *        NULL on failure.
 * @return 0; CONGDOAN_EIO (the file cannot be read), CONGDOAN_ELIMIT (larger than max_input, or a .docx or markup past the limits above),
 *         CONGDOAN_EENCODING (not UTF-8, or a charset that cannot be converted), CONGDOAN_EPARSE
 *         (no words to import; binary data; a damaged, truncated or encrypted .docx; a PDF, .doc
 *         or RTF file, which must be converted first), CONGDOAN_EEXISTS (options->document_id is taken),
 *         CONGDOAN_EINVAL (a NULL corpus or path, bad options) or CONGDOAN_ENOMEM. On failure the
 *         corpus is unchanged and the last error says why (with the file, line and column when
 *         the input is at fault).
 * On NULL: returns CONGDOAN_EINVAL (`options`, `issues`, `out` may be NULL).
 */
CONGDOAN_API int congdoan_import_file(congdoan_corpus *corpus, const char *path, const congdoan_import_options *options,
                                      congdoan_issues *issues, const congdoan_document **out);

/**
 * Import bytes held in memory, as congdoan_import_file().
 * @param corpus the corpus the document is added to (its units are matched against the text).
 * @param data the input (not necessarily NUL-terminated); NULL only with size 0.
 * @param size its length in bytes.
 * @param name the file name used in locations and to make the document's id ("<memory>" when
 *        NULL).
 * @param options how to import, or NULL for the defaults.
 * @param issues where to add what the importer found doubtful or wrong, or NULL.
 * @param[out] out the new document, borrowed from the corpus; may be NULL. NULL on failure.
 * @return as congdoan_import_file(), without CONGDOAN_EIO.
 * On NULL: returns CONGDOAN_EINVAL (`data` with size 0, `name`, `options`, `issues`, `out` may be NULL).
 */
CONGDOAN_API int congdoan_import_memory(congdoan_corpus *corpus, const char *data, size_t size, const char *name,
                                        const congdoan_import_options *options, congdoan_issues *issues,
                                        const congdoan_document **out);

CONGDOAN_END_DECL

#endif /* CONGDOAN_IMPORT_H */
