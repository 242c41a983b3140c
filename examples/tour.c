/* libcongdoan — the README tour. MIT licence, see COPYING. */
#include <congdoan.h>
#include <stdio.h>

/* The tour of the C API in README.md, as a program: built and run by the test suite (from
 * the top of the source tree), so that the README cannot drift from the API. */
int main(int argc, char **argv)
{
    congdoan_corpus *corpus = NULL;
    congdoan_issues *issues = NULL;
    if (congdoan_corpus_new(&corpus) != 0 || congdoan_issues_new(&issues) != 0)
        return 1;
    if (congdoan_corpus_load_path(corpus, "examples/data", issues) != 0) {
        fprintf(stderr, "%s:%ld:%ld: %s\n", congdoan_error_last_file(), congdoan_error_last_line(),
                congdoan_error_last_column(), congdoan_error_last_message());
        return 1;
    }
    congdoan_corpus_check(corpus, issues);
    const congdoan_document *plan = congdoan_corpus_document_by_number(corpus, "240/KH-TLĐ");
    printf("%s: %zu tasks\n", congdoan_document_title(plan), congdoan_document_task_count(plan));
    const congdoan_document *ctr = congdoan_corpus_document_by_id(corpus, "ctr-13-ldld-laichau-2025");
    const congdoan_indicator *members = congdoan_document_indicator_by_id(ctr, "iii-4a");
    printf("%s %s %g\n", congdoan_indicator_text(members), congdoan_comparator_name(congdoan_indicator_comparator(members)), congdoan_indicator_target(members));
    const congdoan_unit *laichau = congdoan_corpus_unit_by_id(corpus, "laichau");
    congdoan_progress *p = NULL;
    if (congdoan_progress_compute(corpus, ctr, laichau, "2025", 0, &p) == 0) {
        for (size_t i = 0; i < 3; i++) {
            double actual;
            if (congdoan_progress_actual(p, i, &actual) == 0)
                printf("%s %g %s\n", congdoan_indicator_id(congdoan_progress_indicator(p, i)), actual,
                       congdoan_eval_status_name(congdoan_progress_status(p, i)));
        }
        congdoan_progress_free(p);
    }
    const congdoan_report *r = NULL;
    int rc = congdoan_corpus_add_report(corpus, "bc-tamduong-2025", "laichau.tamduong", "ctr-13-ldld-laichau-2025", "2025", &r);
    rc |= congdoan_report_set_value(corpus, r, "iii-4a", 198, CONGDOAN_COVERAGE_SUBTREE);
    rc |= congdoan_report_set_fraction(corpus, r, "iii-1a", 1480, 1502, CONGDOAN_COVERAGE_SUBTREE);
    printf("edit rc=%d %s\n", rc, rc ? congdoan_error_last_message() : "");
    congdoan_output *out = NULL;
    if (congdoan_output_new_file(argc > 1 ? argv[1] : "bao-cao.xml", &out) == 0 && congdoan_write_report(r, out) == 0)
        congdoan_output_finish(out);
    congdoan_output_free(out);
    congdoan_docnumber *n = NULL;
    if (congdoan_docnumber_parse("Số: 105/2020/NĐ-CP", &n) == 0) {
        printf("%s %d %s %s\n", congdoan_docnumber_serial(n), congdoan_docnumber_year(n), congdoan_docnumber_kind_code(n), congdoan_docnumber_issuer_code(n));
        congdoan_docnumber_free(n);
    }
    int ymd; congdoan_date_parse("Lai Châu, ngày 27 tháng 02 năm 2025", &ymd);
    double v; congdoan_number_parse("1.810", &v);
    printf("%d %g\n", ymd, v);
    if (ymd != 20250227 || v != 1810 || rc != 0)
        return 1;
    congdoan_issues_free(issues);
    congdoan_corpus_free(corpus);
    return 0;
}
