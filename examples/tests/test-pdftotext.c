/* cd_pdf_to_text on the PDF made from seed 003, on a file that is not a PDF, with a tiny size
 * limit, and with a pdftotext that never ends (a script put first on PATH). Prints
 * "N passed, N failed". */
#include "../pdftotext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAIL", what);
    ok ? passed++ : failed++;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test-pdftotext SEED.pdf SLOW-DIR\n");
        return 2;
    }
    char *text, err[512];
    size_t len;
    int rc = cd_pdf_to_text(argv[1], 60, 1 << 20, &text, &len, err, sizeof err);
    check(rc == 0 && strstr(text, "Nghị quyết") != NULL, "the seed's PDF gives its text");
    if (rc == 0)
        free(text);
    rc = cd_pdf_to_text(argv[0], 60, 1 << 20, &text, &len, err, sizeof err);
    check(rc == -1 && strstr(err, "could not read"), "a program file is not a PDF");
    rc = cd_pdf_to_text(argv[1], 60, 100, &text, &len, err, sizeof err);
    check(rc == -1 && strstr(err, "larger than the limit"), "the size limit");
    /* a pdftotext that hangs: the time limit kills it */
    const char *path = getenv("PATH");
    char newpath[4096];
    snprintf(newpath, sizeof newpath, "%s:%s", argv[2], path ? path : "");
    setenv("PATH", newpath, 1);
    rc = cd_pdf_to_text(argv[1], 1, 1 << 20, &text, &len, err, sizeof err);
    check(rc == -1 && strstr(err, "took too long"), "the time limit");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
