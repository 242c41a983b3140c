/*
 * The extraction: the steps of extract.h, in order, over one source.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

int congdoan__extract(const congdoan__source *src, const congdoan_corpus *units, congdoan_issues *issues,
                      congdoan__found **out)
{
    *out = NULL;
    congdoan__found *f = congdoan__calloc(1, sizeof *f);
    if (!f)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory importing '%s'", src->name);
    congdoan__arena_init(&f->arena);
    f->src = src;
    congdoan__ctx x = {f, src, NULL, units, issues};
    int rc = congdoan__matcher_new(&x.m);
    if (!rc)
        rc = congdoan__extract_chrome(&x);
    if (!rc)
        rc = congdoan__extract_meta(&x);
    if (!rc)
        rc = congdoan__extract_structure(&x);
    if (!rc)
        rc = congdoan__extract_relations(&x);
    if (!rc)
        rc = congdoan__extract_figures(&x);
    if (!rc)
        rc = congdoan__extract_tasks(&x);
    if (!rc)
        rc = congdoan__resolve_units(&x);
    f->limit_hits = congdoan__matcher_limit_hits(x.m);
    if (!rc && f->limit_hits)
        rc = congdoan__x_issue(&x, "import-rule-limit", CONGDOAN__NOWHERE,
                               "%zu searches of the import rules were cut short by their limits (a pathological text); "
                               "what they would have found is missing",
                               f->limit_hits);
    congdoan__matcher_free(x.m);
    if (rc) {
        congdoan__found_free(f);
        if (rc == CONGDOAN_ENOMEM)
            return congdoan__error(rc, "out of memory importing '%s'", src->name);
        return rc;
    }
    *out = f;
    return 0;
}
