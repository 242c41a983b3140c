/*
 * A stand-in for the plain-text reader (lib/import/text.c, written beside the extraction
 * rules), used by the readers' tests only while text.c is not in the tree: one paragraph per
 * non-empty line. tests/meson.build drops it as soon as text.c exists.
 */
#include "import/build.h"

#include <string.h>

int congdoan__source_read_text(const char *data, size_t size, const char *name, const congdoan__import_limits *lim,
                               congdoan_issues *issues, congdoan__source **out)
{
    *out = NULL;
    const char *file = name ? name : "<memory>";
    if (lim && size > lim->max_input)
        return congdoan__import_fail(issues, CONGDOAN_ELIMIT, "import-limit", file, 0, 0, "too large");
    size_t bad = congdoan__utf8_invalid(data, size);
    if (bad < size) {
        long line, col;
        congdoan__text_position(data, bad, &line, &col);
        return congdoan__import_fail(issues, CONGDOAN_EENCODING, "import-encoding", file, line, col, "not UTF-8");
    }
    congdoan__build b;
    if (congdoan__build_init(&b, name, size) != 0)
        return CONGDOAN_ENOMEM;
    uint32_t line = 1;
    for (size_t i = 0; i < size;) {
        const char *nl = memchr(data + i, '\n', size - i);
        size_t end = nl ? (size_t)(nl - data) : size;
        if (congdoan__build_begin(&b, CONGDOAN__BLOCK_PARAGRAPH, 0, NULL, NULL) != 0 ||
            congdoan__build_text(&b, data + i, end - i, line, 1, CONGDOAN__POS_LINE) != 0 ||
            congdoan__build_end(&b, 0, NULL) != 0) {
            congdoan__build_release(&b);
            return CONGDOAN_ENOMEM;
        }
        i = end + 1;
        line++;
    }
    if (congdoan__build_finish(&b, NULL, NULL, out) != 0) {
        congdoan__build_release(&b);
        return CONGDOAN_ENOMEM;
    }
    return 0;
}
