/*
 * Running pdftotext safely (pdftotext.h): a fixed argument vector through execvp (no shell, so
 * no file name is ever read as a command), the file name made unmistakable for an option, the
 * child's output read through a pipe with a size limit, a time limit enforced with poll and
 * SIGKILL, and the child's memory capped.
 */
#include "pdftotext.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int cd_pdf_to_text(const char *pdf, unsigned seconds, size_t max_bytes, char **text, size_t *len, char *err,
                   size_t err_size)
{
    *text = NULL;
    *len = 0;
    /* "-x.pdf" would be read as an option: "./-x.pdf" is the same file */
    char *arg = malloc(strlen(pdf) + 3);
    if (!arg) {
        snprintf(err, err_size, "out of memory");
        return -1;
    }
    sprintf(arg, "%s%s", pdf[0] == '-' ? "./" : "", pdf);
    int fds[2];
    if (pipe(fds) != 0) {
        snprintf(err, err_size, "cannot run pdftotext: %s", strerror(errno));
        free(arg);
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, err_size, "cannot run pdftotext: %s", strerror(errno));
        close(fds[0]);
        close(fds[1]);
        free(arg);
        return -1;
    }
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        int devnull = open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            dup2(devnull, STDIN_FILENO);
            dup2(devnull, STDERR_FILENO);
        }
        struct rlimit as = {(rlim_t)1 << 30, (rlim_t)1 << 30};
        setrlimit(RLIMIT_AS, &as);
        char *argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", "-nopgbrk", arg, "-", NULL};
        execvp("pdftotext", argv);
        _exit(127);
    }
    free(arg);
    close(fds[1]);
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    const char *problem = buf ? NULL : "out of memory";
    long long deadline = now_ms() + (long long)seconds * 1000;
    while (!problem) {
        long long left = deadline - now_ms();
        if (left <= 0) {
            problem = "pdftotext took too long";
            break;
        }
        struct pollfd p = {fds[0], POLLIN, 0};
        int r = poll(&p, 1, left > 1000 ? 1000 : (int)left);
        if (r < 0 && errno != EINTR) {
            problem = "cannot read pdftotext's output";
            break;
        }
        if (r <= 0)
            continue;
        if (n + 1 >= cap) {
            char *bigger = cap < max_bytes + 1 ? realloc(buf, cap * 2) : NULL;
            if (!bigger) {
                problem = cap < max_bytes + 1 ? "out of memory" : "pdftotext's text is larger than the limit";
                break;
            }
            buf = bigger;
            cap *= 2;
        }
        ssize_t got = read(fds[0], buf + n, cap - 1 - n);
        if (got < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (got <= 0)
            break;
        n += (size_t)got;
        if (n > max_bytes)
            problem = "pdftotext's text is larger than the limit";
    }
    close(fds[0]);
    if (problem)
        kill(pid, SIGKILL);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (!problem && WIFEXITED(st) && WEXITSTATUS(st) == 127)
        problem = "pdftotext is not installed (Debian: apt-get install poppler-utils)";
    else if (!problem && !(WIFEXITED(st) && WEXITSTATUS(st) == 0))
        problem = "pdftotext could not read the file (a damaged or encrypted PDF?)";
    if (problem) {
        snprintf(err, err_size, "%s: %s", pdf, problem);
        free(buf);
        return -1;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}
