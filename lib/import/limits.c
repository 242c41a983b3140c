/*
 * The importer's default limits on hostile input.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/source.h"

/* The limits, and why each has its value (as expat and SQLite document theirs):
 *
 * max_input = 64 MiB. The longest real documents (a congress report of two hundred pages) are
 *   under 2 MB of text; a saved web page with its scripts inline rarely passes 5 MB; a .docx with
 *   photographs can reach tens of MB. 64 MiB leaves room for all of them while bounding what a
 *   hostile file can make the reader hold (the blocks take about twice the text).
 * max_entries = 10,000. A .docx has 10 to 30 parts, a few hundred with many images; 100,000
 *   entries are a zip made to exhaust the reader, refused before any is read.
 * max_uncompressed = 256 MiB. The reader inflates only the parts it reads (document, numbering,
 *   styles), each also bounded by max_input; this caps their sum.
 * max_ratio = 100. Word's XML deflates 5 to 20 times, tables of empty cells up to about 50
 *   times; deflate reaches 1,032 times, which only a zip bomb uses. Apache POI's zip guard uses
 *   the same ratio. It applies once an entry has given 100 KiB, so small repetitive parts pass.
 * max_depth = 256. HTML pages built with page builders nest 60 to 100 elements deep, Word's
 *   XML about 10 plus 4 per nested table; libxml2's own limit for XML is 256. Deeper markup is
 *   made to exhaust recursion and time (libxml2's HTML parser is quadratic in the depth of
 *   unclosed elements), and is refused at the first element past the limit. */
void congdoan__import_limits_default(congdoan__import_limits *lim)
{
    lim->max_input = (size_t)64 << 20;
    lim->max_entries = 10000;
    lim->max_uncompressed = (size_t)256 << 20;
    lim->max_ratio = 100;
    lim->max_depth = 256;
}

