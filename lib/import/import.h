/*
 * libcongdoan — the importer's public entry (import.c) and what it builds on. Never installed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_IMPORT_H
#define CONGDOAN_IMPORT_IMPORT_H

#include "import/extract.h"

/* Put what was found into `target` as one new document with id `id` (document.c): 0 with *out
 * the document, or a negative status with the corpus unchanged. */
int congdoan__found_to_corpus(const congdoan__found *f, congdoan_corpus *target, const char *id,
                              congdoan_issues *issues, const congdoan_document **out);

#endif /* CONGDOAN_IMPORT_IMPORT_H */
