/*
 * Header test for C++ users: <congdoan.h> compiled with -std=c++11 -pedantic -Wall -Wextra -Werror
 * and linked against the shared library. The link fails if a header lacks
 * CONGDOAN_BEGIN_DECL / CONGDOAN_END_DECL (extern "C").
 */
#include <congdoan.h>

#include <cstdio>
#include <cstring>

int main()
{
    if (congdoan_version_number() != CONGDOAN_VERSION_NUMBER) {
        std::fprintf(stderr, "version number: library %ld, header %ld\n", congdoan_version_number(),
                     static_cast<long>(CONGDOAN_VERSION_NUMBER));
        return 1;
    }
    if (std::strcmp(congdoan_version_string(), CONGDOAN_VERSION_STRING) != 0) {
        std::fprintf(stderr, "version string: library %s, header %s\n", congdoan_version_string(),
                     CONGDOAN_VERSION_STRING);
        return 1;
    }
    if (!CONGDOAN_VERSION_CHECK(0, 1, 0))
        return 1;

    congdoan_corpus *corpus = nullptr;
    if (congdoan_corpus_new(&corpus) != 0 || corpus == nullptr) {
        std::fprintf(stderr, "congdoan_corpus_new failed: %s\n", congdoan_error_last_message());
        return 1;
    }
    if (congdoan_corpus_unit_count(corpus) != 0 || congdoan_corpus_document_by_id(corpus, "none") != nullptr)
        return 1;
    congdoan_corpus_free(corpus);

    congdoan_issues *issues = nullptr;
    if (congdoan_issues_new(&issues) != 0 || congdoan_issues_count(issues) != 0)
        return 1;
    congdoan_issues_free(issues);
    congdoan_free(nullptr);

    std::printf("C++: libcongdoan %s\n", congdoan_version_string());
    return 0;
}
