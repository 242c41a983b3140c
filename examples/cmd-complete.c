/*
 * congdoan __complete — what bash completion asks for: the unit ids, document numbers or issue
 * tags that begin with a prefix, one per line. Not listed in the help; the completion script
 * (congdoan help --bash-completion) calls it with the -d paths of the line being completed.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static int run_complete(const command *cmd, const parsed_args *a);

const command cmd_complete = {
    .name = "__complete",
    .summary = N_("list unit ids, document numbers or issue tags for shell completion"),
    .arguments = N_("units|documents|tags [PREFIX]"),
    .description = N_("Print the unit ids, the document numbers (the id of a document without one) or the issue "
                   "tags that begin with PREFIX, one per line, for the bash completion script. Prints nothing "
                   "when the data cannot be loaded."),
    .common = COMMON_DATA,
    .hidden = 1,
    .run = run_complete,
};

static int starts_with(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static int run_complete(const command *cmd, const parsed_args *a)
{
    if (a->arg_count < 1 || a->arg_count > 2)
        return usage_error(cmd, "say what to list: units, documents or tags");
    const char *what = a->args[0], *prefix = a->arg_count > 1 ? a->args[1] : "";
    if (strcmp(what, "tags") == 0) {
        for (size_t i = 0; i < congdoan_issue_tag_count(); i++)
            if (starts_with(congdoan_issue_tag_name(i), prefix))
                printf("%s\n", congdoan_issue_tag_name(i));
        return EXIT_OK;
    }
    int units = strcmp(what, "units") == 0;
    if (!units && strcmp(what, "documents") != 0)
        return usage_error(cmd, "say what to list: units, documents or tags");
    if (a->data_count == 0 && !getenv("CONGDOAN_DATA"))
        return EXIT_OK;
    /* no message on the terminal while the user is typing */
    if (!freopen("/dev/null", "w", stderr))
        return EXIT_OK;
    congdoan_corpus *corpus = NULL;
    if (load_data(cmd, a, &corpus) != EXIT_OK)
        return EXIT_OK;
    if (units) {
        for (size_t i = 0; i < congdoan_corpus_unit_count(corpus); i++)
            if (starts_with(congdoan_unit_id(congdoan_corpus_unit(corpus, i)), prefix))
                printf("%s\n", congdoan_unit_id(congdoan_corpus_unit(corpus, i)));
    } else {
        for (size_t i = 0; i < congdoan_corpus_document_count(corpus); i++) {
            const char *label = document_label(congdoan_corpus_document(corpus, i));
            if (starts_with(label, prefix))
                printf("%s\n", label);
        }
    }
    congdoan_corpus_free(corpus);
    return EXIT_OK;
}
