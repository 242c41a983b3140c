/*
 * libcongdoan — writing the model out as XML.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_WRITER_H
#define CONGDOAN_WRITER_H

#include "common.h"

/**
 * @file congdoan/writer.h
 * @brief Serialising a corpus, a set of units, one document or one report in the XML
 * vocabulary, to memory, to a file (atomically) or through a callback.
 *
 * The output is deterministic (the same model gives the same bytes), UTF-8, in Unicode NFC,
 * indented by two spaces, and valid against the schema (congdoan_schema_text()). Comments, and
 * elements and attributes of other namespaces, that were read are written back in place (the
 * comments before, in and after the root element with congdoan_write_corpus() of
 * CONGDOAN_WRITE_ALL only). Reading what was written gives an equal model, and writing that
 * again gives identical bytes.
 *
 * Canonical form: children in the order of the vocabulary's reference; units before documents
 * before reports, each in load order; departments inside their unit; numbers in machine form
 * with the fewest digits that read back to the same value (at most 15 significant digits);
 * leading and trailing white space of text is not significant and not written.
 *
 * Writing goes to a congdoan_output: create one, write into it (several writes are not
 * allowed: one output holds one XML document), finish it, free it.
 */

CONGDOAN_BEGIN_DECL

/** Where written XML goes. */
typedef struct congdoan_output congdoan_output;

/**
 * A caller's sink for congdoan_output_new_callback(): write `size` bytes; return 0 on success,
 * anything else to stop the writing (the writer then returns CONGDOAN_EIO).
 */
typedef int (*congdoan_write_fn)(void *payload, const char *data, size_t size);

/** What congdoan_write_corpus() writes; combine with |. */
typedef enum congdoan_write_parts {
    CONGDOAN_WRITE_UNITS = 1,
    CONGDOAN_WRITE_DOCUMENTS = 2,
    CONGDOAN_WRITE_REPORTS = 4,
    CONGDOAN_WRITE_ALL = 7
} congdoan_write_parts;

/**
 * An output that collects the XML in memory (read it with congdoan_output_data()).
 * On NULL: returns CONGDOAN_EINVAL.
 * @param[out] out owned by the caller: release with congdoan_output_free(). NULL on failure.
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_output_new_memory(congdoan_output **out);

/**
 * An output to a file, written atomically: the XML goes to a temporary file next to `path`,
 * which congdoan_output_finish() flushes to disk and renames over `path`. Until then, and if
 * anything fails, `path` is untouched; congdoan_output_free() of an unfinished output removes
 * the temporary file.
 * @param path the file to write.
 * @param[out] out owned by the caller: release with congdoan_output_free(). NULL on failure.
 * @return 0, CONGDOAN_EIO (the folder cannot be written, or `path` is a folder), CONGDOAN_EINVAL
 *         (`path` or `out` NULL, or `path` empty) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_output_new_file(const char *path, congdoan_output **out);

/**
 * An output that hands the XML to `fn` in pieces, as it is produced.
 * @param fn the function called with each piece of output.
 * @param payload passed to `fn` as it is.
 * @param[out] out owned by the caller: release with congdoan_output_free(). NULL on failure.
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`payload` may be NULL).
 */
CONGDOAN_API int congdoan_output_new_callback(congdoan_write_fn fn, void *payload, congdoan_output **out);

/**
 * Complete the output: pass on what is buffered, and for a file make it durable and put it in
 * place (see congdoan_output_new_file() for what survives a power cut). An output whose
 * writing failed cannot be finished (the error is returned again).
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_EIO, CONGDOAN_EINVAL (`output` NULL, nothing was written, or already
 *         finished). CONGDOAN_EIO with the message "… was replaced, but the change may not
 *         survive a power cut" when the file is in place but its folder could not be synced.
 */
CONGDOAN_API int congdoan_output_finish(congdoan_output *output);

/**
 * The bytes of a memory output (not NUL-terminated; `size` may be NULL), or NULL for other
 * outputs. Owned by the output: valid until it is freed.
 * On NULL: returns NULL (`size` may be NULL).
 */
CONGDOAN_API const char *congdoan_output_data(const congdoan_output *output, size_t *size);

/**
 * Release an output; an unfinished file output removes its temporary file.
 * On NULL: does nothing.
 */
CONGDOAN_API void congdoan_output_free(congdoan_output *output);

/**
 * Write the parts of a corpus (CONGDOAN_WRITE_ALL: everything) as one XML document.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_EIO (the sink failed), CONGDOAN_EINVAL (NULL argument, unknown parts, an
 *         output already written to) or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_write_corpus(const congdoan_corpus *corpus, int parts, congdoan_output *output);

/**
 * Write units: with `top` NULL every unit of the corpus, else `top` and every organisation
 * under it, parents before children.
 * On NULL: returns CONGDOAN_EINVAL (`top` may be NULL).
 * @return as congdoan_write_corpus().
 */
CONGDOAN_API int congdoan_write_units(const congdoan_corpus *corpus, const congdoan_unit *top, congdoan_output *output);

/** Write one document. @return as congdoan_write_corpus(). On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_write_document(const congdoan_document *document, congdoan_output *output);

/** Write one report. @return as congdoan_write_corpus(). On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_write_report(const congdoan_report *report, congdoan_output *output);

CONGDOAN_END_DECL

#endif /* CONGDOAN_WRITER_H */
