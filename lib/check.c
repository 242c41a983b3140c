#include "model.h"
CONGDOAN_API int congdoan_corpus_check(const congdoan_corpus *corpus, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(corpus && issues);
    return 0;
}
