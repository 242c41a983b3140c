/*
 * import-dump: what the importer's rules find in text files, as the JSON of
 * tests/data/corpus-dev/ANSWERS.md (one object per file, in a list), straight from the
 * internal items. A development tool until `congdoan import --format json` renders the same
 * from the public API.
 *
 * Usage: import-dump [-d UNITS.xml]... FILE...
 */
#include "import/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_str(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void put_cstr(const char *s)
{
    if (s)
        put_str(s, strlen(s));
    else
        fputs("null", stdout);
}

static void put_num(double v)
{
    if (v == (long long)v)
        printf("%lld", (long long)v);
    else
        printf("%.10g", v);
}

static void put_date(int ymd)
{
    if (ymd)
        printf("\"%04d-%02d-%02d\"", ymd / 10000, ymd / 100 % 100, ymd % 100);
    else
        fputs("null", stdout);
}

static const char *cmp_symbol(congdoan__cmp c)
{
    static const char *const s[] = {"=", ">=", ">", "<=", "<", "~", "range", "range"};
    return s[c];
}

static void put_words(const congdoan__found *f, congdoan__span sp)
{
    congdoan__where w = congdoan__found_where(f, sp);
    put_str(w.words, w.len);
}

static void dump(const congdoan__found *f, const char *file)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    printf("{\n  \"file\": ");
    put_cstr(base);
    printf(",\n  \"kind\": ");
    put_cstr(f->genre);
    printf(",\n  \"doc_number\": ");
    put_cstr(f->number);
    printf(",\n  \"date\": ");
    put_date(f->issued ? f->issued : f->published);
    printf(",\n  \"place\": ");
    put_cstr(f->place);
    printf(",\n  \"issuer\": ");
    put_cstr(f->issuer_text);
    printf(",\n  \"issuing_body\": ");
    put_cstr(f->body_text);
    if (getenv("IMPORT_DUMP_ALL")) {
        printf(",\n  \"issuer_id\": ");
        put_cstr(f->issuer_id);
        printf(",\n  \"body_id\": ");
        put_cstr(f->body_id);
        printf(",\n  \"recipients\": [");
        for (size_t i = 0; i < f->recipient_count; i++) {
            printf(i ? ", " : "");
            put_cstr(f->recipients[i].text);
            if (f->recipients[i].unit_id)
                printf(" /*%s*/", f->recipients[i].unit_id);
        }
        printf("]");
    }
    printf(",\n  \"signer\": ");
    put_cstr(f->signer_name);
    printf(",\n  \"title\": ");
    put_cstr(f->title);
    printf(",\n  \"author\": ");
    put_cstr(f->author);
    printf(",\n  \"implements\": [");
    int first = 1;
    for (size_t i = 0; i < f->relation_count; i++)
        if (f->relations[i].stated && f->relations[i].number) {
            printf(first ? "" : ", ");
            put_cstr(f->relations[i].number);
            first = 0;
        }
    printf("],\n  \"referenced_docs\": [");
    first = 1;
    for (size_t i = 0; i < f->relation_count; i++) {
        const char *n = f->relations[i].number;
        int seen = 0;
        for (size_t j = 0; j < i && n; j++)
            seen |= f->relations[j].number && strcmp(f->relations[j].number, n) == 0;
        if (n && !seen) {
            printf(first ? "" : ", ");
            put_cstr(n);
            first = 0;
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        printf("],\n  \"%s\": [", pass ? "achieved" : "indicators");
        first = 1;
        for (size_t i = 0; i < f->figure_count; i++) {
            const congdoan__found_figure *g = &f->figures[i];
            if ((int)g->kind != pass)
                continue;
            printf(first ? "\n    {" : ",\n    {");
            first = 0;
            printf("\"text\": ");
            put_words(f, g->words);
            printf(", \"value\": ");
            put_num(g->value);
            if (g->has_max) {
                printf(", \"value_max\": ");
                put_num(g->value_max);
            }
            printf(", \"unit\": \"%s\"", g->unit == CONGDOAN__UNIT_PERCENT ? "%"
                                           : g->unit == CONGDOAN__UNIT_MONEY ? "VND"
                                           : g->unit == CONGDOAN__UNIT_SCORE ? "score"
                                                                              : "count");
            if (g->has_score_max) {
                printf(", \"score_max\": ");
                put_num(g->score_max);
            }
            if (g->part_of) {
                printf(", \"part_of\": ");
                put_num(f->figures[g->part_of - 1].value);
            }
            printf(", \"noun\": ");
            put_cstr(g->noun);
            printf(", \"comparator\": \"%s\"", cmp_symbol(g->cmp));
            if (pass == 0) {
                printf(", \"scope\": ");
                put_cstr(g->scope);
                printf(", \"subject\": ");
                put_cstr(g->subject);
            }
            printf(", \"period\": ");
            put_cstr(g->period_text ? g->period_text : g->period_code);
            if (g->has_of) {
                printf(", \"of\": ");
                put_num(g->of);
            }
            if (g->has_rate) {
                printf(", \"rate\": ");
                put_num(g->rate);
            }
            if (g->has_over_target) {
                printf(", \"over_target_pct\": ");
                put_num(g->over_target);
                printf(", \"over_target_comparator\": \"%s\"", cmp_symbol(g->over_target_cmp));
            }
            if (g->estimate)
                printf(", \"estimate\": true");
            if (g->cumulative)
                printf(", \"cumulative\": true");
            congdoan__where w = congdoan__found_where(f, g->number);
            printf(", \"line\": %u, \"column\": %u}", w.line, w.column);
        }
    }
    printf("],\n  \"tasks\": [");
    first = 1;
    for (size_t i = 0; i < f->task_count; i++) {
        const congdoan__found_task *t = &f->tasks[i];
        if (t->lead_how != CONGDOAN__LEAD_STATED && t->lead_how != CONGDOAN__LEAD_HEADING && !getenv("IMPORT_DUMP_ALL"))
            continue;
        printf(first ? "\n    {" : ",\n    {");
        first = 0;
        printf("\"text\": ");
        put_words(f, t->words);
        printf(", \"lead\": ");
        put_cstr(t->lead.text);
        printf(", \"lead_unit\": ");
        put_cstr(t->lead.unit_id);
        printf(", \"coordinators\": [");
        for (size_t c = 0; c < t->coordinator_count; c++) {
            printf(c ? ", " : "");
            put_cstr(t->coordinators[c].text);
        }
        printf("], \"due\": ");
        put_cstr(t->due_text);
        if (getenv("IMPORT_DUMP_ALL")) {
            printf(", \"due_code\": ");
            put_cstr(t->due_code);
            printf(", \"lead_how\": %d", (int)t->lead_how);
        }
        printf("}");
    }
    printf("]\n}");
}

int main(int argc, char **argv)
{
    congdoan_corpus *units = NULL;
    congdoan_corpus_new(&units);
    int files = 0, status = 0;
    printf("[");
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-d") == 0 && i + 1 < argc) {
            if (congdoan_corpus_load_path(units, argv[++i], NULL)) {
                fprintf(stderr, "import-dump: %s\n", congdoan_error_last_message());
                return 2;
            }
            continue;
        }
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            perror(argv[i]);
            return 2;
        }
        fseek(fp, 0, SEEK_END);
        long n = ftell(fp);
        rewind(fp);
        char *data = malloc((size_t)n + 1);
        if (!data || fread(data, 1, (size_t)n, fp) != (size_t)n)
            return 2;
        fclose(fp);
        congdoan_issues *issues = NULL;
        congdoan_issues_new(&issues);
        congdoan__source *src = NULL;
        congdoan__found *f = NULL;
        /* the readers' dispatch, as congdoan_import_file(): text, web page or .docx */
        int rc = congdoan__source_read(data, (size_t)n, argv[i], CONGDOAN__FORMAT_AUTO, NULL, issues, &src);
        if (!rc)
            rc = congdoan__extract(src, units, issues, &f);
        if (rc) {
            fprintf(stderr, "import-dump: %s: %s\n", argv[i], congdoan_error_last_message());
            status = 1;
        } else {
            printf(files++ ? ",\n" : "\n");
            dump(f, argv[i]);
        }
        for (size_t k = 0; k < congdoan_issues_count(issues); k++) {
            const congdoan_issue *is = congdoan_issues_get(issues, k);
            fprintf(stderr, "%s: %s:%ld:%ld: %s: %s\n", congdoan_severity_letter(congdoan_issue_severity(is)),
                    congdoan_issue_file(is), congdoan_issue_line(is), congdoan_issue_column(is), congdoan_issue_tag(is),
                    congdoan_issue_message(is));
        }
        congdoan__found_free(f);
        congdoan__source_free(src);
        congdoan_issues_free(issues);
        free(data);
    }
    printf("\n]\n");
    congdoan_corpus_free(units);
    return status;
}
