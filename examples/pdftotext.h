/*
 * Running pdftotext for `congdoan import FILE.pdf`: the library reads no PDF (and never starts
 * a process); the program may turn a PDF into text with poppler's pdftotext and import that.
 */
#ifndef CONGDOAN_EXAMPLES_PDFTOTEXT_H
#define CONGDOAN_EXAMPLES_PDFTOTEXT_H

#include <stddef.h>

/* Run `pdftotext -layout -enc UTF-8 -nopgbrk PDF -` (found on PATH, no shell) and collect its
 * output: at most `max_bytes`, within `seconds` (the child is killed past either, and limited
 * to 1 GiB of address space). Returns 0 with *text a malloc'd, NUL-terminated string (free it)
 * and *len its length, or -1 with a message in err: pdftotext missing, failing, too slow or
 * too talkative. */
int cd_pdf_to_text(const char *pdf, unsigned seconds, size_t max_bytes, char **text, size_t *len, char *err,
                   size_t err_size);

#endif
