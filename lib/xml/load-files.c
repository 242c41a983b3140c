/*
 * The public ways in: a file, a buffer or a folder loaded into a corpus as one transaction.
 * Each input is parsed into a staging area (load.c), committed to the corpus at once when every
 * input loaded without an error, and dropped otherwise.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- loading ------------------------------------------------------------------------------- */

/* Issues found during a load go to the caller's list, or to a scratch list when it passed NULL
 * (the loader always records them: the first error also becomes the last error). */
static int with_issues(congdoan_issues *given, congdoan_issues **scratch)
{
    *scratch = NULL;
    if (given)
        return 0;
    return congdoan_issues_new(scratch);
}

/* One file into the staging area. */
static int load_one(congdoan_corpus *corpus, congdoan__staging *st, const char *path, congdoan_issues *list)
{
    return congdoan__load_into(corpus, st, path, NULL, 0, NULL, list);
}

static int finish(congdoan_corpus *corpus, congdoan__staging *st, int rc)
{
    if (rc == 0)
        rc = congdoan__staging_commit(corpus, st);
    congdoan__staging_release(st);
    return rc;
}

CONGDOAN_API int congdoan_corpus_load_file(congdoan_corpus *corpus, const char *path, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(path);
    congdoan_issues *scratch;
    if (with_issues(issues, &scratch) != 0)
        return CONGDOAN_ENOMEM;
    congdoan__staging st;
    congdoan__staging_init(&st, corpus);
    int rc = load_one(corpus, &st, path, issues ? issues : scratch);
    rc = finish(corpus, &st, rc);
    congdoan_issues_free(scratch);
    return rc;
}

CONGDOAN_API int congdoan_corpus_load_memory(congdoan_corpus *corpus, const char *data, size_t size,
                                             const char *name, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(corpus);
    if (!data && size != 0)
        return congdoan__error(CONGDOAN_EINVAL, "invalid argument: data is NULL but size is %zu", size);
    if (size > (size_t)2147483647)
        return congdoan__error(CONGDOAN_ELIMIT, "a buffer of %zu bytes is larger than 2 GiB", size);
    congdoan_issues *scratch;
    if (with_issues(issues, &scratch) != 0)
        return CONGDOAN_ENOMEM;
    congdoan__staging st;
    congdoan__staging_init(&st, corpus);
    int rc = congdoan__load_into(corpus, &st, NULL, data ? data : "", size, name, issues ? issues : scratch);
    rc = finish(corpus, &st, rc);
    congdoan_issues_free(scratch);
    return rc;
}

static int path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with_xml(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

/* Collect every *.xml file under `dir` (recursively) into `files`, as malloc'd paths. Hidden
 * entries (starting with '.') are skipped. */
static int collect_xml(const char *dir, congdoan__vec *files, int depth)
{
    if (depth > 32)
        return congdoan__error_at(CONGDOAN_ELIMIT, dir, 0, 0, "folders nested more than 32 deep under %s", dir);
    DIR *d = opendir(dir);
    if (!d)
        return congdoan__error_at(CONGDOAN_EIO, dir, 0, 0, "cannot open folder %s: %s", dir, strerror(errno));
    int rc = 0;
    struct dirent *ent;
    while (rc == 0 && (ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        size_t len = strlen(dir) + 1 + strlen(ent->d_name);
        char *path = congdoan__malloc(len + 1);
        if (!path) {
            rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory listing %s", dir);
            break;
        }
        snprintf(path, len + 1, "%s/%s", dir, ent->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0) {
            rc = congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot read %s: %s", path, strerror(errno));
            congdoan__dealloc(path);
        } else if (S_ISDIR(sb.st_mode)) {
            rc = collect_xml(path, files, depth + 1);
            congdoan__dealloc(path);
        } else if (S_ISREG(sb.st_mode) && ends_with_xml(ent->d_name)) {
            if (congdoan__vec_push(files, path) != 0) {
                congdoan__dealloc(path);
                rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory listing %s", dir);
            }
        } else {
            congdoan__dealloc(path);
        }
    }
    closedir(d);
    return rc;
}

CONGDOAN_API int congdoan_corpus_load_path(congdoan_corpus *corpus, const char *path, congdoan_issues *issues)
{
    CONGDOAN__CHECK_ARG(corpus);
    CONGDOAN__CHECK_ARG(path);
    struct stat sb;
    if (stat(path, &sb) != 0)
        return congdoan__error_at(CONGDOAN_EIO, path, 0, 0, "cannot open %s: %s", path, strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return congdoan_corpus_load_file(corpus, path, issues);

    congdoan__vec files = {0};
    int rc = collect_xml(path, &files, 0);
    congdoan_issues *scratch = NULL;
    if (rc == 0)
        rc = with_issues(issues, &scratch);
    if (rc == 0) {
        if (files.count) /* qsort may not be given NULL, even for no items */
            qsort(files.items, files.count, sizeof *files.items, path_cmp);
        congdoan__staging st;
        congdoan__staging_init(&st, corpus);
        /* One staging area for every file: ids must be unique across them, and the commit
         * adds all of them or none. Every file is read, so one call reports every problem. */
        int first = 0;
        congdoan_issues *list = issues ? issues : scratch;
        size_t before = congdoan_issues_count(list);
        for (size_t i = 0; i < files.count; i++) {
            int frc = load_one(corpus, &st, files.items[i], list);
            if (frc == CONGDOAN_ENOMEM) {
                first = frc;
                break;
            }
            if (frc != 0 && first == 0) {
                first = frc;
                /* keep the first file's error as the last error while the others are read */
            }
        }
        /* Later files overwrite the last error; make it the first error found again. */
        for (size_t i = before; first != 0 && first != CONGDOAN_ENOMEM && i < congdoan_issues_count(list); i++) {
            const congdoan_issue *is = congdoan_issues_get(list, i);
            if (congdoan_issue_severity(is) == CONGDOAN_SEVERITY_ERROR) {
                congdoan__error_at(first, congdoan_issue_file(is), congdoan_issue_line(is), congdoan_issue_column(is),
                                   "%s", congdoan_issue_message(is));
                break;
            }
        }
        rc = finish(corpus, &st, first);
    }
    for (size_t i = 0; i < files.count; i++)
        congdoan__dealloc(files.items[i]);
    congdoan__vec_release(&files);
    congdoan_issues_free(scratch);
    return rc;
}

