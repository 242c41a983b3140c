/*
 * Header test: <congdoan.h> is the only include, compiled with
 * -std=c11 -pedantic -Wall -Wextra -Werror (see tests/abi/meson.build). Linked against the shared
 * library, so the declarations also have to match the exported symbols.
 */
#include <congdoan.h>

int main(void)
{
    congdoan_corpus *corpus = 0;
    int major = -1, minor = -1, patch = -1;

    if (congdoan_version_number() != CONGDOAN_VERSION_NUMBER)
        return 1;
    congdoan_version(&major, &minor, &patch);
    if (major != CONGDOAN_VERSION_MAJOR || minor != CONGDOAN_VERSION_MINOR || patch != CONGDOAN_VERSION_PATCH)
        return 1;
    if (congdoan_corpus_new(&corpus) != 0 || !corpus)
        return 1;
    if (congdoan_corpus_document_count(corpus) != 0)
        return 1;
    congdoan_corpus_free(corpus);
    congdoan_free(0);
    return 0;
}
