/*
 * The harnesses without libFuzzer (gcc, or any build without -Dfuzzing=true): a main() that
 * runs LLVMFuzzerTestOneInput once on every file it is given, or on every file of a folder it
 * is given (sorted, not recursive), so that the seed corpora and the crash reproducers of
 * tests/fuzz replay as ordinary tests, under valgrind and the sanitizers too.
 *
 *     fuzz-load-replay tests/data examples/data tests/fuzz/regressions/load
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _POSIX_C_SOURCE 200809L
#include "fuzz.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }
    size_t cap = 65536, n = 0;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            break;
        if (n == cap) {
            unsigned char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b, cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "out of memory reading %s\n", path);
        return -1;
    }
    /* a copy of exactly n bytes, so that reading past the input is seen by the sanitizers */
    unsigned char *exact = malloc(n ? n : 1);
    if (exact)
        memcpy(exact, buf, n);
    free(buf);
    if (!exact)
        return -1;
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
    return 0;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    long inputs = 0;
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) != 0) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            failed = 1;
            continue;
        }
        if (!S_ISDIR(sb.st_mode)) {
            failed |= run_file(argv[i]) != 0;
            inputs++;
            continue;
        }
        DIR *d = opendir(argv[i]);
        if (!d) {
            failed = 1;
            continue;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
            char *p = malloc(len);
            if (!p)
                break;
            snprintf(p, len, "%s/%s", argv[i], e->d_name);
            if (stat(p, &sb) != 0 || !S_ISREG(sb.st_mode)) {
                free(p);
                continue;
            }
            if (n == cap) {
                char **grown = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
                if (!grown) {
                    free(p);
                    break;
                }
                names = grown;
            }
            names[n++] = p;
        }
        closedir(d);
        if (n)
            qsort(names, n, sizeof *names, cmp);
        for (size_t k = 0; k < n; k++) {
            failed |= run_file(names[k]) != 0;
            inputs++;
            free(names[k]);
        }
        free(names);
    }
    printf("%s: %ld inputs replayed\n", argv[0], inputs);
    return failed;
}
