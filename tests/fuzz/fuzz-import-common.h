/*
 * What every importer fuzzer checks, so that a reader, a rule or the building of the document
 * returning something half-built is a crash, not a quiet pass:
 *
 *  - fuzz_check_read / fuzz_check_source: a reader's answer and the shape of the source it
 *    returns (source.h): text NUL-terminated and of its length, valid UTF-8, a map of
 *    increasing offsets inside the text, cells for rows only;
 *  - fuzz_import_source: the rest of the import as congdoan_import_memory() runs it after the
 *    reader (the rules of rules.c and the steps beside it, then document.c): every span the
 *    rules found lies in the source's text; the document is added whole or not at all (only
 *    when memory runs out: the importer never builds what the editor or the loader refuses);
 *    the corpus then checks without an error, every `<source>` of the document, its tasks,
 *    indicators and results names the input, a line of it and a column of that line with
 *    words that are valid UTF-8, and the corpus written loads again and is written to the
 *    same bytes.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_FUZZ_IMPORT_COMMON_H
#define CONGDOAN_FUZZ_IMPORT_COMMON_H

#include "fuzz.h"
#include "import/build.h"
#include "import/import.h"

#include <string.h>

/* A reader's answer: a source and no failure, or a failure with its issue and no source. */
static void fuzz_check_read(int rc, const congdoan__source *s, const congdoan_issues *issues)
{
    FUZZ_CHECK((rc == 0) == (s != NULL), "a reader returned %d with %s source", rc, s ? "a" : "no");
    FUZZ_CHECK(rc == 0 || rc == CONGDOAN_ENOMEM || congdoan_issues_count(issues) > 0,
               "a reader failed (%d) without an issue", rc);
}

static void fuzz_check_source(const congdoan__source *s)
{
    if (!s)
        return;
    if (!s->name || (s->count && !s->blocks))
        __builtin_trap();
    for (size_t i = 0; i < s->count; i++) {
        const congdoan__block *b = &s->blocks[i];
        if (!b->text || strlen(b->text) != b->len || !b->len)
            __builtin_trap();
        if (congdoan__utf8_invalid(b->text, b->len) != b->len)
            __builtin_trap();
        if (!b->map || !b->map_count || b->map[0].offset != 0)
            __builtin_trap();
        for (size_t k = 1; k < b->map_count; k++)
            if (b->map[k].offset <= b->map[k - 1].offset || b->map[k].offset >= b->len)
                __builtin_trap();
        if ((b->kind == CONGDOAN__BLOCK_TABLE_ROW) != (b->cell_count > 0) || (b->cell_count && !b->cells))
            __builtin_trap();
        for (size_t k = 0; k < b->cell_count; k++)
            if (!b->cells[k] || strlen(b->cells[k]) > b->len)
                __builtin_trap();
        if (b->kind == CONGDOAN__BLOCK_TABLE_ROW && !b->table)
            __builtin_trap();
        (void)congdoan__block_position(b, b->len);
    }
}

/* ---- what the rules found ------------------------------------------------------------------- */

static void fuzz_check_span(const congdoan__source *s, congdoan__span sp, const char *what)
{
    if (sp.block == CONGDOAN__NOWHERE.block)
        return;
    FUZZ_CHECK(sp.block < s->count && sp.start <= sp.end && sp.end <= s->blocks[sp.block].len,
               "the span of %s (block %zu, bytes %zu-%zu) is outside the source's %zu blocks", what, sp.block,
               sp.start, sp.end, s->count);
}

static void fuzz_check_party(const congdoan__source *s, const congdoan__found_party *p, const char *what)
{
    fuzz_check_span(s, p->where, what);
    FUZZ_CHECK(!p->text || congdoan__utf8_invalid(p->text, strlen(p->text)) == strlen(p->text),
               "the words of %s are not UTF-8", what);
}

/* Every span lies in the text, every index names an item that exists. */
static void fuzz_check_found(const congdoan__found *f)
{
    const congdoan__source *s = f->src;
    const congdoan__span meta[] = {f->number_where, f->issued_where, f->published_where, f->issuer_where,
                                   f->signer_where, f->title_where, f->author_where};
    for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++)
        fuzz_check_span(s, meta[i], "the metadata");
    FUZZ_CHECK(f->body_start <= f->body_end && f->body_end <= s->count, "the body (blocks %zu-%zu) of %zu blocks",
               f->body_start, f->body_end, s->count);
    for (size_t i = 0; i < f->recipient_count; i++)
        fuzz_check_party(s, &f->recipients[i], "a recipient");
    for (size_t i = 0; i < f->relation_count; i++)
        fuzz_check_span(s, f->relations[i].where, "a relation");
    for (size_t i = 0; i < f->section_count; i++) {
        fuzz_check_span(s, f->sections[i].where, "a section");
        FUZZ_CHECK(f->sections[i].parent <= i, "section %zu has parent %zu", i, f->sections[i].parent);
    }
    for (size_t i = 0; i < f->para_count; i++) {
        const congdoan__found_para *p = &f->paras[i];
        FUZZ_CHECK(p->block < s->count && p->start <= s->blocks[p->block].len && p->section <= f->section_count,
                   "paragraph %zu (block %zu from %zu, section %zu) outside the source", i, p->block, p->start,
                   p->section);
    }
    for (size_t i = 0; i < f->figure_count; i++) {
        const congdoan__found_figure *g = &f->figures[i];
        fuzz_check_span(s, g->words, "a figure's words");
        fuzz_check_span(s, g->number, "a figure's number");
        FUZZ_CHECK(g->section <= f->section_count && g->part_of <= f->figure_count && g->part_of != i + 1,
                   "figure %zu: section %zu, part of %zu", i, g->section, g->part_of);
    }
    for (size_t i = 0; i < f->task_count; i++) {
        const congdoan__found_task *t = &f->tasks[i];
        fuzz_check_span(s, t->words, "a task's words");
        fuzz_check_span(s, t->due_where, "a task's due time");
        fuzz_check_span(s, t->dated, "the words a due time dates");
        fuzz_check_party(s, &t->lead, "a task's lead");
        for (size_t k = 0; k < t->coordinator_count; k++)
            fuzz_check_party(s, &t->coordinators[k], "a task's coordinator");
        FUZZ_CHECK(t->section <= f->section_count, "task %zu in section %zu of %zu", i, t->section, f->section_count);
    }
}

/* ---- where the document's items say they came from ----------------------------------------- */

/* How much of a `<source>`'s position the input can be held to. */
typedef enum fuzz_position {
    FUZZ_POSITION_TEXT,  /* the lines and the columns (in characters) of the input itself */
    FUZZ_POSITION_LINES, /* a line of the input (a web page: its markup spans columns) */
    FUZZ_POSITION_PART   /* somewhere in a part the input holds (.docx): 1-based only */
} fuzz_position;

typedef struct fuzz_input {
    const char *data;
    size_t size;
    fuzz_position position;
    size_t *line_starts; /* the offset of each line, then one past the end (fuzz_input_lines) */
    size_t lines;
    size_t breaks;       /* 1 + the bytes '\n' and '\r': more than any count of lines */
} fuzz_input;

/* The lines of the input as the text reader counts them: "\n", "\r\n" and a lone "\r" end one. */
static void fuzz_input_lines(fuzz_input *in)
{
    size_t n = 1;
    for (size_t i = 0; i < in->size; i++)
        n += in->data[i] == '\n' || (in->data[i] == '\r' && (i + 1 == in->size || in->data[i + 1] != '\n'));
    in->line_starts = malloc((n + 1) * sizeof *in->line_starts);
    FUZZ_CHECK(in->line_starts != NULL, "out of memory");
    in->line_starts[0] = 0;
    in->lines = 1;
    for (size_t i = 0; i < in->size; i++)
        if (in->data[i] == '\n' || (in->data[i] == '\r' && (i + 1 == in->size || in->data[i + 1] != '\n')))
            in->line_starts[in->lines++] = i + 1;
    in->line_starts[in->lines] = in->size + 1;
    in->breaks = 1;
    for (size_t i = 0; i < in->size; i++)
        in->breaks += in->data[i] == '\n' || in->data[i] == '\r';
}

static void fuzz_check_where(const fuzz_input *in, const char *file_name, const char *what, const char *words,
                             const char *file, int line, int column)
{
    if (!words) {
        FUZZ_CHECK(!file && !line && !column, "%s has a position without words", what);
        return;
    }
    size_t len = strlen(words);
    FUZZ_CHECK(len && congdoan__utf8_invalid(words, len) == len, "the words of %s are empty or not UTF-8", what);
    FUZZ_CHECK(file && strcmp(file, file_name) == 0, "%s was read from '%s', not '%s'", what, file ? file : "(none)",
               file_name);
    FUZZ_CHECK(line >= 1 && column >= 1, "%s at line %d, column %d", what, line, column);
    if (in->position == FUZZ_POSITION_PART)
        return;
    FUZZ_CHECK((size_t)line <= in->breaks, "%s at line %d of an input of %zu lines", what, line, in->breaks);
    if (in->position != FUZZ_POSITION_TEXT)
        return;
    FUZZ_CHECK((size_t)line <= in->lines, "%s at line %d of a text of %zu lines", what, line, in->lines);
    size_t chars = 0;
    for (size_t i = in->line_starts[line - 1]; i + 1 < in->line_starts[line] && i < in->size; i++)
        chars += ((unsigned char)in->data[i] & 0xC0) != 0x80 && in->data[i] != '\r' && in->data[i] != '\n';
    FUZZ_CHECK((size_t)column <= chars, "%s at column %d of line %d, which has %zu characters", what, column, line,
               chars);
}

static void fuzz_check_positions(const fuzz_input *in, const char *name, const congdoan_document *doc)
{
    const char *file = NULL;
    int line = 0, column = 0;
    const char *words = congdoan_document_source(doc, &file, &line, &column);
    fuzz_check_where(in, name, "the document", words, file, line, column);
    for (size_t i = 0; i < congdoan_document_task_count(doc); i++) {
        words = congdoan_task_source(congdoan_document_task(doc, i), &file, &line, &column);
        fuzz_check_where(in, name, "a task", words, file, line, column);
    }
    for (size_t i = 0; i < congdoan_document_indicator_count(doc); i++) {
        words = congdoan_indicator_source(congdoan_document_indicator(doc, i), &file, &line, &column);
        fuzz_check_where(in, name, "an indicator", words, file, line, column);
    }
    for (size_t i = 0; i < congdoan_document_result_count(doc); i++) {
        words = congdoan_result_source(congdoan_document_result(doc, i), &file, &line, &column);
        fuzz_check_where(in, name, "a result", words, file, line, column);
    }
}

/* ---- the rest of the import ----------------------------------------------------------------- */

/* The blocks the HTML and .docx harnesses give the rules: the first ones, up to 2 KiB of text
 * (none when the first is longer). The rules cost about 1 ms per KiB of text in the sanitizer
 * build: on a whole page they would take most of the reader's runs. */
enum { FUZZ_RULES_TEXT = 2048 };

static inline congdoan__source fuzz_source_head(const congdoan__source *s)
{
    congdoan__source head = {0};
    if (!s)
        return head;
    head = *s;
    size_t text = 0;
    head.count = 0;
    while (head.count < s->count && (text += s->blocks[head.count].len) <= FUZZ_RULES_TEXT)
        head.count++;
    return head;
}

static void fuzz_print_issues(const congdoan_issues *issues)
{
    for (size_t i = 0; i < congdoan_issues_count(issues); i++) {
        const congdoan_issue *is = congdoan_issues_get(issues, i);
        fprintf(stderr, "%s: %s:%ld:%ld: %s: %s\n", congdoan_severity_letter(congdoan_issue_severity(is)),
                congdoan_issue_file(is), congdoan_issue_line(is), congdoan_issue_column(is), congdoan_issue_tag(is),
                congdoan_issue_message(is));
    }
}

/* The rules over source s (read from `in`) and the document built into `corpus` (which may hold
 * units the names are matched against), with everything the header says checked. */
static void fuzz_import_source(const congdoan__source *s, congdoan_corpus *corpus, fuzz_input *in)
{
    if (!s)
        return;
    congdoan_issues *issues = NULL;
    if (congdoan_issues_new(&issues) != 0)
        return;
    congdoan__found *f = NULL;
    int rc = congdoan__extract(s, corpus, issues, &f);
    FUZZ_CHECK((rc == 0 && f) || (rc == CONGDOAN_ENOMEM && !f), "the rules failed with %d", rc);
    if (!f) {
        congdoan_issues_free(issues);
        return;
    }
    fuzz_check_found(f);
    size_t before_size = 0, documents = congdoan_corpus_document_count(corpus);
    char *before = fuzz_write_corpus(corpus, &before_size);
    const congdoan_document *doc = NULL;
    rc = congdoan__found_to_corpus(f, corpus, "fuzz", issues, &doc);
    if (rc != 0) {
        FUZZ_CHECK(rc == CONGDOAN_ENOMEM, "building the document failed with %d", rc);
        FUZZ_CHECK(!doc && congdoan_corpus_document_count(corpus) == documents, "a failed import left a document");
        size_t after_size = 0;
        char *after = fuzz_write_corpus(corpus, &after_size);
        FUZZ_CHECK(before && after && before_size == after_size && memcmp(before, after, before_size) == 0,
                   "a failed import changed the corpus");
        free(after);
    } else {
        FUZZ_CHECK(doc && congdoan_corpus_document_count(corpus) == documents + 1 &&
                       congdoan_corpus_document(corpus, documents) == doc,
                   "the imported document is not the corpus's last");
        congdoan_issues *checked = NULL;
        if (congdoan_issues_new(&checked) == 0) {
            int check = congdoan_corpus_check(corpus, checked);
            if (check != 0)
                fuzz_print_issues(checked);
            FUZZ_CHECK(check == 0, "the check of an imported document fails with %d", check);
            congdoan_issues_free(checked);
        }
        if (in->position != FUZZ_POSITION_PART && !in->line_starts)
            fuzz_input_lines(in);
        fuzz_check_positions(in, s->name, doc);
        free(fuzz_round_trip(corpus, NULL));
    }
    free(before);
    congdoan__found_free(f);
    congdoan_issues_free(issues);
}

#endif
