/*
 * The documents of a corpus by number: one table of the library's keyed hash (base/hash.c)
 * from a number to the first document that has it, the others with the same number chained
 * after it in corpus order. Numbers are not ids: they restart every year and two issuers may
 * use the same one, so several documents can share one and "the document with number N" is the
 * first of them, as a walk of the corpus would find it. Filled when a load is committed
 * (corpus.c) and kept by the editor (congdoan_corpus_add_document(), congdoan_document_set_number()),
 * so that a look-up costs one hash wherever the document is, however many documents the corpus
 * holds: a crafted file cannot make it collide without the corpus's secret key.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "model/model.h"

#include <string.h>

int congdoan__numbers_reserve(congdoan_corpus *c, size_t more)
{
    return congdoan__map_reserve(&c->numbers, c->numbers.count + more);
}

const congdoan_document *congdoan__numbers_first(const congdoan_corpus *c, const char *number)
{
    return c && number ? congdoan__map_get(&c->numbers, number, strlen(number)) : NULL;
}

void congdoan__numbers_put(congdoan_corpus *c, congdoan_document *d)
{
    d->same_number_next = NULL;
    d->same_number_last = NULL;
    if (!d->number)
        return;
    size_t len = strlen(d->number);
    void **slot = congdoan__map_value_at(&c->numbers, d->number, len);
    congdoan_document *first = slot ? *slot : NULL;
    if (!first || d->index < first->index) {
        /* the first with this number: it heads the chain */
        d->same_number_next = first;
        d->same_number_last = first ? first->same_number_last : d;
        if (first)
            first->same_number_last = NULL;
        if (slot)
            *slot = d;
        else
            congdoan__map_put(&c->numbers, d->number, d);
        return;
    }
    if (first->same_number_last->index < d->index) {
        /* after the last (every load, and every document added): no walk */
        first->same_number_last->same_number_next = d;
        first->same_number_last = d;
        return;
    }
    /* a document renumbered into the middle of the chain */
    congdoan_document *p = first;
    while (p->same_number_next && p->same_number_next->index < d->index)
        p = p->same_number_next;
    d->same_number_next = p->same_number_next;
    p->same_number_next = d;
}

void congdoan__numbers_remove(congdoan_corpus *c, congdoan_document *d)
{
    if (!d->number)
        return;
    void **slot = congdoan__map_value_at(&c->numbers, d->number, strlen(d->number));
    congdoan_document *first = slot ? *slot : NULL;
    if (!first)
        return;
    if (first == d) {
        congdoan_document *next = d->same_number_next;
        if (next)
            next->same_number_last = d->same_number_last;
        *slot = next; /* the key stays (its string lives in the corpus's arena), with no document */
    } else {
        congdoan_document *p = first;
        while (p->same_number_next && p->same_number_next != d)
            p = p->same_number_next;
        if (p->same_number_next != d)
            return;
        p->same_number_next = d->same_number_next;
        if (first->same_number_last == d)
            first->same_number_last = p;
    }
    d->same_number_next = NULL;
    d->same_number_last = NULL;
}
