/* The look-ups by id inside documents and reports (lib/model/local-ids.c): one table of the
 * library's keyed hash for the corpus, so that congdoan_document_task_by_id(),
 * congdoan_document_indicator_by_id(), congdoan_document_result_by_id() and
 * congdoan_result_part_of() cost the same wherever the object is.
 *
 * Correctness: on every fixture, every object with an id is found by it, and exactly what a
 * walk of the document's lists finds (kinds kept apart; unknown ids and ids of another kind
 * give NULL). Cost, counted rather than timed: with the document's lists hidden (count 0), the
 * look-ups still find the first, the middle and the last of 10,000 tasks (built by the editor,
 * and read back by a load), so they walk nothing; and the table's probes (each entry's distance from its home slot) stay short, for
 * 10,000 tasks, indicators and results in one document and for one id used in 2,000
 * documents. */
#include "test-common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

/* ---- correctness on the fixtures ------------------------------------------------------------- */

static const congdoan_task *walk_task(const congdoan_document *d, const char *id)
{
    for (size_t i = 0; i < congdoan_document_task_count(d); i++)
        if (congdoan_task_id(congdoan_document_task(d, i)) && strcmp(congdoan_task_id(congdoan_document_task(d, i)), id) == 0)
            return congdoan_document_task(d, i);
    return NULL;
}

static const congdoan_indicator *walk_indicator(const congdoan_document *d, const char *id)
{
    for (size_t i = 0; i < congdoan_document_indicator_count(d); i++) {
        const char *x = congdoan_indicator_id(congdoan_document_indicator(d, i));
        if (x && strcmp(x, id) == 0)
            return congdoan_document_indicator(d, i);
    }
    return NULL;
}

static const congdoan_result *walk_result(const congdoan_document *d, const congdoan_report *r, const char *id,
                                          const congdoan_result *not)
{
    size_t n = d ? congdoan_document_result_count(d) : congdoan_report_result_count(r);
    for (size_t i = 0; i < n; i++) {
        const congdoan_result *x = d ? congdoan_document_result(d, i) : congdoan_report_result(r, i);
        if (x != not && congdoan_result_id(x) && strcmp(congdoan_result_id(x), id) == 0)
            return x;
    }
    return NULL;
}

/* Every look-up of one corpus against the walk; returns how many objects were looked up. */
static size_t check_corpus(const congdoan_corpus *c)
{
    size_t looked = 0;
    for (size_t k = 0; k < congdoan_corpus_document_count(c); k++) {
        const congdoan_document *d = congdoan_corpus_document(c, k);
        for (size_t i = 0; i < congdoan_document_task_count(d); i++) {
            const congdoan_task *t = congdoan_document_task(d, i);
            ck_assert_ptr_eq(congdoan_document_task_by_id(d, congdoan_task_id(t)), t);
            ck_assert_ptr_null(congdoan_document_indicator_by_id(d, congdoan_task_id(t)));
            ck_assert_ptr_null(congdoan_document_result_by_id(d, congdoan_task_id(t)));
            looked++;
        }
        for (size_t i = 0; i < congdoan_document_indicator_count(d); i++) {
            const congdoan_indicator *x = congdoan_document_indicator(d, i);
            ck_assert_ptr_eq(congdoan_document_indicator_by_id(d, congdoan_indicator_id(x)), x);
            ck_assert_ptr_null(congdoan_document_task_by_id(d, congdoan_indicator_id(x)));
            if (congdoan_indicator_part_of_id(x)) {
                const congdoan_indicator *whole = walk_indicator(d, congdoan_indicator_part_of_id(x));
                ck_assert_ptr_eq(congdoan_indicator_part_of(x), whole == x ? NULL : whole);
            }
            looked++;
        }
        for (size_t i = 0; i < congdoan_document_result_count(d); i++) {
            const congdoan_result *x = congdoan_document_result(d, i);
            if (congdoan_result_id(x)) {
                ck_assert_ptr_eq(congdoan_document_result_by_id(d, congdoan_result_id(x)), x);
                ck_assert_ptr_null(congdoan_document_task_by_id(d, congdoan_result_id(x)));
            }
            if (congdoan_result_part_of_id(x))
                ck_assert_ptr_eq(congdoan_result_part_of(x), walk_result(d, NULL, congdoan_result_part_of_id(x), x));
            looked++;
        }
        for (size_t i = 0; i < congdoan_document_section_count(d); i++) {
            const char *sid = congdoan_section_id(congdoan_document_section(d, i));
            if (sid) { /* a section's id is no task's, indicator's or result's */
                ck_assert_ptr_null(congdoan_document_task_by_id(d, sid));
                ck_assert_ptr_null(congdoan_document_indicator_by_id(d, sid));
                ck_assert_ptr_null(congdoan_document_result_by_id(d, sid));
            }
        }
        ck_assert_ptr_null(congdoan_document_task_by_id(d, "no-such-id"));
        ck_assert_ptr_eq(walk_task(d, "no-such-id"), NULL);
    }
    for (size_t k = 0; k < congdoan_corpus_report_count(c); k++) {
        const congdoan_report *r = congdoan_corpus_report(c, k);
        for (size_t i = 0; i < congdoan_report_result_count(r); i++) {
            const congdoan_result *x = congdoan_report_result(r, i);
            if (congdoan_result_part_of_id(x))
                ck_assert_ptr_eq(congdoan_result_part_of(x), walk_result(NULL, r, congdoan_result_part_of_id(x), x));
            looked++;
        }
    }
    return looked;
}

/* Each fixture file of a folder loaded on its own: returns the objects looked up. */
static size_t check_folder(const char *folder)
{
    DIR *dir = opendir(folder);
    ck_assert_ptr_nonnull(dir);
    size_t looked = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".xml") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", folder, e->d_name);
        congdoan_corpus *c = test_new_corpus();
        if (congdoan_corpus_load_file(c, path, NULL) == 0) { /* the refused fixtures are for other tests */
            looked += check_corpus(c);
        }
        test_drop_corpus(c);
    }
    closedir(dir);
    return looked;
}

START_TEST(test_fixtures_found_as_a_walk_finds_them)
{
    size_t looked = check_folder(test_data_path("corpus-dev-xml"));
    looked += check_folder(test_data_path("."));
    looked += check_folder(test_sample_path("."));
    /* the fixtures hold hundreds of tasks, indicators and results (none in a report: the
     * editor's test below makes some) */
    ck_assert_uint_gt(looked, 300);
}
END_TEST

/* ---- cost ------------------------------------------------------------------------------------ */

enum { N = 10000 };

/* A document of N tasks, N indicators and N results in one section, built through the editor
 * (the editor's own check that an id is free is the same look-up: quadratic before). */
static const congdoan_document *big_document(congdoan_corpus *c, const char *id)
{
    const congdoan_document *d = NULL;
    const congdoan_section *s = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(c, id, CONGDOAN_DOCUMENT_PLAN, &d), 0);
    ck_assert_int_eq(congdoan_document_set_title(c, d, "Kế hoạch"), 0);
    ck_assert_int_eq(congdoan_document_add_section(c, d, NULL, "s", "I", "Nhiệm vụ", &s), 0);
    char tid[32];
    for (int i = 0; i < N; i++) {
        snprintf(tid, sizeof tid, "t%d", i);
        ck_assert_int_eq(congdoan_section_add_task(c, s, tid, "Tổ chức tuyên truyền", NULL), 0);
        snprintf(tid, sizeof tid, "i%d", i);
        ck_assert_int_eq(congdoan_section_add_indicator(c, s, tid, CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1,
                                                        "Kết nạp đoàn viên", NULL), 0);
        snprintf(tid, sizeof tid, "r%d", i);
        ck_assert_int_eq(congdoan_section_add_result(c, s, tid, "Đã kết nạp", NULL), 0);
    }
    return d;
}

/* Look-ups with the lists hidden: what they find, they found without walking. */
static void lookups_without_lists(congdoan_document *d)
{
    congdoan_task **tasks = d->tasks;
    congdoan_indicator **indicators = d->indicators;
    congdoan_result **results = d->results;
    size_t nt = d->task_count, ni = d->indicator_count, nr = d->result_count;
    d->tasks = NULL, d->indicators = NULL, d->results = NULL;
    d->task_count = d->indicator_count = d->result_count = 0;
    static const size_t at[] = {0, N / 2, N - 1};
    char id[32];
    for (size_t k = 0; k < sizeof at / sizeof *at; k++) {
        snprintf(id, sizeof id, "t%zu", at[k]);
        ck_assert_ptr_eq(congdoan_document_task_by_id(d, id), tasks[at[k]]);
        snprintf(id, sizeof id, "i%zu", at[k]);
        ck_assert_ptr_eq(congdoan_document_indicator_by_id(d, id), indicators[at[k]]);
        snprintf(id, sizeof id, "r%zu", at[k]);
        ck_assert_ptr_eq(congdoan_document_result_by_id(d, id), results[at[k]]);
    }
    ck_assert_ptr_null(congdoan_document_task_by_id(d, "i7"));
    d->tasks = tasks, d->indicators = indicators, d->results = results;
    d->task_count = nt, d->indicator_count = ni, d->result_count = nr;
}

START_TEST(test_cost_independent_of_position)
{
    congdoan_corpus *c = test_new_corpus();
    congdoan_document *d = (congdoan_document *)big_document(c, "kh-1");
    ck_assert_uint_eq(c->local_ids.count, 3 * N + 1);
    lookups_without_lists(d);
    /* linear probing at most 70 % full: about 1.2 slots past home on average for a keyed hash */
    ck_assert(test_map_mean_probe(&c->local_ids) < 3.0);

    /* the same built by a load: written, read into a new corpus, looked up the same way */
    congdoan_corpus *loaded = test_reloaded(c);
    ck_assert_uint_eq(loaded->local_ids.count, 3 * N + 1);
    lookups_without_lists((congdoan_document *)congdoan_corpus_document_by_id(loaded, "kh-1"));
    ck_assert(test_map_mean_probe(&loaded->local_ids) < 3.0);
    test_drop_corpus(loaded);
    test_drop_corpus(c);
}
END_TEST

START_TEST(test_one_id_in_many_documents)
{
    /* 2,000 documents each with a task "t1": the document's address is part of the key, so they
     * spread instead of piling up behind one slot */
    congdoan_corpus *c = test_new_corpus();
    enum { D = 2000 };
    const congdoan_task **tasks = calloc(D, sizeof *tasks);
    const congdoan_document **docs = calloc(D, sizeof *docs);
    ck_assert(tasks && docs);
    char id[32];
    for (int k = 0; k < D; k++) {
        const congdoan_section *s = NULL;
        snprintf(id, sizeof id, "kh-%d", k);
        ck_assert_int_eq(congdoan_corpus_add_document(c, id, CONGDOAN_DOCUMENT_PLAN, &docs[k]), 0);
        ck_assert_int_eq(congdoan_document_add_section(c, docs[k], NULL, NULL, "I", "Nhiệm vụ", &s), 0);
        ck_assert_int_eq(congdoan_section_add_task(c, s, "t1", "Tổ chức tuyên truyền", &tasks[k]), 0);
    }
    for (int k = 0; k < D; k++)
        ck_assert_ptr_eq(congdoan_document_task_by_id(docs[k], "t1"), tasks[k]);
    ck_assert_uint_eq(c->local_ids.count, D);
    ck_assert(test_map_mean_probe(&c->local_ids) < 3.0);
    free(tasks);
    free(docs);
    test_drop_corpus(c);
}
END_TEST

START_TEST(test_editor_refuses_an_id_in_use)
{
    congdoan_corpus *c = test_new_corpus();
    const congdoan_document *d = NULL;
    const congdoan_section *s = NULL, *s2 = NULL;
    const congdoan_report *r = NULL;
    ck_assert_int_eq(congdoan_corpus_add_document(c, "kh-1", CONGDOAN_DOCUMENT_PLAN, &d), 0);
    ck_assert_int_eq(congdoan_document_set_title(c, d, "Kế hoạch"), 0);
    ck_assert_int_eq(congdoan_document_add_section(c, d, NULL, "s1", "I", "Nhiệm vụ", &s), 0);
    ck_assert_int_eq(congdoan_section_add_task(c, s, "x", "Tổ chức", NULL), 0);
    ck_assert_int_eq(congdoan_section_add_indicator(c, s, "x", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 1,
                                                    "Kết nạp", NULL), CONGDOAN_EEXISTS);
    ck_assert_str_eq(congdoan_error_last_message(),
                     "indicator 'x' of document 'kh-1': the id 'x' is already used by a task of document 'kh-1'");
    ck_assert_int_eq(congdoan_document_add_section(c, d, s, "s1", "1", "Con", &s2), CONGDOAN_EEXISTS);
    ck_assert_int_eq(congdoan_section_add_result(c, s, "s1", "Đã làm", NULL), CONGDOAN_EEXISTS);
    ck_assert_ptr_null(congdoan_document_indicator_by_id(d, "x"));
    /* a report's results: their own namespace */
    ck_assert_int_eq(congdoan_corpus_add_report(c, "bc-1", "u", "kh-1", "2025", &r), 0);
    const congdoan_result *a = NULL, *b = NULL;
    ck_assert_int_eq(congdoan_report_add_result(c, r, "x", "Đã kết nạp 10 đoàn viên", &a), 0);
    ck_assert_int_eq(congdoan_report_add_result(c, r, "x", "Lại", NULL), CONGDOAN_EEXISTS);
    ck_assert_int_eq(congdoan_report_add_result(c, r, "y", "Trong đó", &b), 0);
    ck_assert_int_eq(congdoan_result_set_part_of_id(c, b, "x"), 0);
    ck_assert_ptr_eq(congdoan_result_part_of(b), a);
    ck_assert_ptr_null(congdoan_result_part_of(a));
    ck_assert_ptr_eq(congdoan_report_result(r, 1), b);
    /* read back: the load's table holds the report's results too */
    congdoan_corpus *loaded = test_reloaded(c);
    const congdoan_report *lr = congdoan_corpus_report_by_id(loaded, "bc-1");
    ck_assert_ptr_eq(congdoan_result_part_of(congdoan_report_result(lr, 1)), congdoan_report_result(lr, 0));
    ck_assert_uint_eq(loaded->local_ids.count, 4); /* s1, x (task), and the report's x and y */
    ck_assert_ptr_nonnull(congdoan_document_task_by_id(congdoan_corpus_document_by_id(loaded, "kh-1"), "x"));
    test_drop_corpus(loaded);
    test_drop_corpus(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("local-ids");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, NULL, test_release_tracked);
    tcase_add_test(tc, test_fixtures_found_as_a_walk_finds_them);
    tcase_add_test(tc, test_cost_independent_of_position);
    tcase_add_test(tc, test_one_id_in_many_documents);
    tcase_add_test(tc, test_editor_refuses_an_id_in_use);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
