/*
 * libcongdoan — the corpus: loading, limits, lookup and checks.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_CORPUS_H
#define CONGDOAN_CORPUS_H

#include "common.h"

/**
 * @file congdoan/corpus.h
 * @brief A container of units, documents and reports loaded from one or more XML files or
 * memory buffers.
 *
 * Loading is transactional: a load either adds everything it read or, on any error, leaves the
 * corpus exactly as it was. References between objects (a task's lead unit, a report's
 * document) are kept as identifiers and followed at the time of the query, so they may point
 * into files loaded later; congdoan_corpus_check() reports those that stay unresolved.
 *
 * A corpus is not thread-safe for writing: do not load into it from two threads at once.
 * Reading from several threads once loading is done is safe.
 *
 * Input is treated as hostile: no network access, no DTD loading, no entity declarations,
 * UTF-8 only, and the limits below.
 */

CONGDOAN_BEGIN_DECL

/** Limits on input, settable per corpus. */
typedef enum congdoan_limit {
    /** Largest file or buffer, in bytes. Default 2 GiB (2147483647), the hard maximum too. */
    CONGDOAN_LIMIT_INPUT_SIZE = 0,
    /** Deepest element nesting. Default 64; hard maximum 256 (libxml2's own limit). */
    CONGDOAN_LIMIT_DEPTH = 1,
    /** Most elements in one file or buffer. Default 100,000,000; hard maximum 2,000,000,000. */
    CONGDOAN_LIMIT_ELEMENTS = 2,
    /** Longest text of one element or attribute, in bytes. Default 1,048,576 (1 MiB); hard maximum 9,000,000 (below libxml2's own limit on one token). Kept content of other namespaces (an element with all it holds) and comments count as one text each. */
    CONGDOAN_LIMIT_TEXT_LENGTH = 3,
    /** Most attributes on one element, namespace declarations included. Default 256; hard maximum 100,000. A start tag over it is refused before libxml2 parses it (libxml2 2.9 compares its attributes pairwise). */
    CONGDOAN_LIMIT_ATTRIBUTES = 4
} congdoan_limit;

/**
 * Create an empty corpus.
 * On NULL: returns CONGDOAN_EINVAL.
 * @param[out] out the corpus, owned by the caller: release with congdoan_corpus_free(). NULL on failure.
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_corpus_new(congdoan_corpus **out);

/** Release a corpus and everything loaded into it. On NULL: does nothing. */
CONGDOAN_API void congdoan_corpus_free(congdoan_corpus *corpus);

/**
 * Set a limit for later loads.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, or CONGDOAN_EINVAL for an unknown limit or a value below 1 or above its hard maximum.
 */
CONGDOAN_API int congdoan_corpus_set_limit(congdoan_corpus *corpus, congdoan_limit limit, long value);

/** The current value of a limit, or -1 for an unknown limit. On NULL: returns -1. */
CONGDOAN_API long congdoan_corpus_get_limit(const congdoan_corpus *corpus, congdoan_limit limit);

/**
 * Set how many threads a later load may use. With 1 (the default) a load parses and builds in
 * the calling thread. With 2, each load of a file or buffer of 4 MiB or more starts a second
 * thread that runs libxml2's parse of the input and records what it reads, while the calling
 * thread builds the objects from those records; the thread is joined before the load returns
 * (a smaller input loads in the calling thread: starting a thread costs about a millisecond,
 * more than it saves there; congdoan_corpus_load_path() decides file by file). Nothing else
 * changes: the objects built, the problems found (their order, locations and messages), the
 * status returned and the last error (set in the calling thread) are those of a load in one
 * thread.
 *
 * What it costs and gives: the parse and the building overlap instead of following each other.
 * Measured on a national file (228.6 MB) on a two-core machine: 0.76-0.86 s of wall time
 * against 1.0-1.2 s in one thread (1.3x a bare libxml2 parse of the file instead of 1.75-1.8x),
 * when the second core is free; a tenth to a sixth more processor time in all; at most about
 * 2.5 MiB more memory while it runs (the records waiting between the threads). On a machine
 * whose cores are all busy, or a process allowed only one, it is slower than one thread. If
 * the thread cannot be started the load runs in the calling thread.
 *
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, or CONGDOAN_EINVAL for a number other than 1 or 2 (the setting is unchanged).
 */
CONGDOAN_API int congdoan_corpus_set_load_threads(congdoan_corpus *corpus, int threads);

/** The number of threads a load may use (1 or 2). On NULL: returns -1. */
CONGDOAN_API int congdoan_corpus_get_load_threads(const congdoan_corpus *corpus);

/**
 * Load one XML file.
 *
 * Problems found while reading are added to `issues` (when not NULL) with their location; the
 * load goes on after a recoverable problem (an unknown attribute, a bad value) so that one pass
 * reports as many as it can, and stops at a fatal one (malformed XML, a limit, a forbidden
 * feature). If any problem is an error, nothing is added to the corpus, the last error
 * describes the first problem, and its code is returned.
 *
 * @param corpus the corpus it works on.
 * @param path the file.
 * @param issues where to add the problems found, or NULL.
 * @return 0, CONGDOAN_EIO, CONGDOAN_EPARSE, CONGDOAN_ESCHEMA, CONGDOAN_ELIMIT, CONGDOAN_EEXISTS,
 *         CONGDOAN_EFORBIDDEN, CONGDOAN_EENCODING, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`issues` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_load_file(congdoan_corpus *corpus, const char *path, congdoan_issues *issues);

/**
 * Load XML from memory, as congdoan_corpus_load_file().
 * @param corpus the corpus it works on.
 * @param issues receives the problems found, or NULL.
 * @param data the bytes (not necessarily NUL-terminated); @param size their number;
 * @param name the name to use in locations ("<memory>" when NULL).
 * On NULL: returns CONGDOAN_EINVAL (`data`, `name` and `issues` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_load_memory(congdoan_corpus *corpus, const char *data, size_t size,
                                             const char *name, congdoan_issues *issues);

/**
 * Load a file, or every `*.xml` file under a folder (recursively, in byte order of their
 * paths), as one transaction: if any file fails, nothing from any of them is added.
 * On NULL: returns CONGDOAN_EINVAL (`issues` may be NULL).
 * @return as congdoan_corpus_load_file().
 */
CONGDOAN_API int congdoan_corpus_load_path(congdoan_corpus *corpus, const char *path, congdoan_issues *issues);

/**
 * Check the whole corpus: references that do not resolve, cycles and level order in the
 * hierarchy, impossible values (a percentage target of 140, a due date before the issue date,
 * a comparator that makes no sense for the measure) and the like.
 *
 * @param corpus the corpus it works on.
 * @param issues where to add what is found (required).
 * @return 0 when no error-severity issue was found, CONGDOAN_EINVALID when one was (the issues
 *         say which), CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_corpus_check(const congdoan_corpus *corpus, congdoan_issues *issues);

/** The number of units, departments and bodies. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_corpus_unit_count(const congdoan_corpus *corpus);
/** The i-th unit in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_corpus_unit(const congdoan_corpus *corpus, size_t i);
/** The unit, department or body with this id, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_corpus_unit_by_id(const congdoan_corpus *corpus, const char *id);
/**
 * The number of organisations with no parent in the corpus (the tops of the hierarchy).
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_corpus_root_count(const congdoan_corpus *corpus);
/** The i-th root organisation in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_corpus_root(const congdoan_corpus *corpus, size_t i);

/** The number of documents. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_corpus_document_count(const congdoan_corpus *corpus);
/** The i-th document in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_corpus_document(const congdoan_corpus *corpus, size_t i);
/** The document with this id, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_corpus_document_by_id(const congdoan_corpus *corpus, const char *id);
/**
 * The first document whose number equals `number` after NFC normalisation ("240/KH-TLĐ"), or NULL.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_document *congdoan_corpus_document_by_number(const congdoan_corpus *corpus, const char *number);

/** The number of reports. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_corpus_report_count(const congdoan_corpus *corpus);
/** The i-th report in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_report *congdoan_corpus_report(const congdoan_corpus *corpus, size_t i);
/** The report with this id, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_report *congdoan_corpus_report_by_id(const congdoan_corpus *corpus, const char *id);

/** The XML namespace of the vocabulary, "urn:congdoan:1". */
CONGDOAN_API const char *congdoan_schema_namespace(void);
/** The RELAX NG schema of the vocabulary (XML syntax), compiled into the library. Static; never NULL. */
CONGDOAN_API const char *congdoan_schema_text(void);

/**
 * Validate a file against the embedded RELAX NG schema, streaming (no whole-document tree),
 * with the same hostile-input protections as loading. Every schema error is added to
 * `issues` with tag "schema-invalid" and its location.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 when the file is valid, CONGDOAN_ESCHEMA when it is not, CONGDOAN_EPARSE when it is
 *         not well-formed, CONGDOAN_EIO, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_schema_validate_file(const char *path, congdoan_issues *issues);

CONGDOAN_END_DECL

#endif /* CONGDOAN_CORPUS_H */
