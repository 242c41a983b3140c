/*
 * bench-load: how fast, and in how much memory, libcongdoan loads a (national-scale) file,
 * measured against a bare libxml2 SAX2 pass over the same file in the same run.
 *
 *   bench-load [-n N] [--only sax|load] [--keep] [--threads] [--no-fork] FILE.xml
 *
 * (a) SAX:  a libxml2 SAX2 push parser with empty callbacks, fed in 64 KiB chunks by read() as
 *           the loader is fed, with the loader's options (XML_PARSE_NONET | XML_PARSE_NOERROR |
 *           XML_PARSE_NOWARNING, and XML_PARSE_NOCDATA, which lib/xml/load.c sets too), first 4
 *           bytes to xmlCreatePushParserCtxt as the loader does;
 * (b) load: congdoan_corpus_new + congdoan_corpus_load_file + congdoan_corpus_free;
 * (c) with --threads, the same load with a parse thread (congdoan_corpus_set_load_threads(c, 2)):
 *     its wall time against the SAX pass's is what a caller waits; its CPU time, both threads'.
 *
 * Each pass runs N times (default 5), SAX and load interleaved so that a slow phase of the
 * machine hits both. Every run happens in a forked child, so that the peak RSS of one pass
 * (ru_maxrss of that child, from wait4) is not inflated by the other or by an earlier run; the
 * child times itself (CLOCK_MONOTONIC around the pass only) and sends its figures back through
 * a pipe. The file is read once first so that every run finds it in the page cache.
 *
 * Printed: every run, the medians, MB/s (MB = 10^6 bytes), the ratio load/SAX (issue 14's target:
 * at most 1.5) and the peak RSS of the load (target: at most half the file), with PASS or MISS, and
 * beside it the corpus's own memory (the anonymous memory the load left, from /proc/self/status:
 * the peak also counts the process's floor and the libraries' code). The exit status is 0
 * whenever the measurements could be made: this is a benchmark, not a test.
 *
 * --no-fork runs the passes in this process (for valgrind --tool=callgrind, which would
 * otherwise write a profile per child); the peak RSS is then that of the whole process.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _DEFAULT_SOURCE /* wait4 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include <congdoan/corpus.h>
#include <congdoan/error.h>
#include <congdoan/version.h>

enum { CHUNK = 64 * 1024, MAX_RUNS = 1000 };
static const double TARGET_RATIO = 1.5, TARGET_RSS = 0.5; /* issue 14 */

/* What a child sends back. */
typedef struct result {
    double seconds;      /* the pass alone */
    double free_seconds; /* load: of which congdoan_corpus_free */
    int status;          /* 0, or the failure code */
    long elements;       /* SAX: start tags seen (the callbacks count them: 1 add, not free) */
    size_t units, documents, reports;
    long anon_kib;       /* load: anonymous memory the load left (RssAnon after less before), or -1 */
    char message[256];
} result;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- (a) the bare SAX2 pass -------------------------------------------------------------------- */

static long sax_elements;

static void sax_start(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                      int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                      const xmlChar **attributes)
{
    (void)user, (void)localname, (void)prefix, (void)uri, (void)nb_namespaces, (void)namespaces;
    (void)nb_attributes, (void)nb_defaulted, (void)attributes;
    sax_elements++;
}

static void sax_end(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)user, (void)localname, (void)prefix, (void)uri;
}

static void sax_characters(void *user, const xmlChar *ch, int len)
{
    (void)user, (void)ch, (void)len;
}

static void sax_error(void *user, xmlErrorPtr err)
{
    (void)user, (void)err;
}

/* ---- (c) the keeping floor (--keep) ------------------------------------------------------------- */

/* A SAX2 pass that keeps about what a load must keep and checks nothing: the least any loader of
 * this vocabulary pays on top of libxml2. Every `id` attribute is hashed (FNV-1a, once) into an
 * open-addressing table of (hash, key) sized from the file, its key copied; the references a
 * report and a unit carry (`unit`, `parent`, `document`) are looked up in it; every other
 * attribute of an element other than <value> is copied, or parsed if it starts with a digit;
 * each element gets a record of the library's size (a unit 160 bytes, a report 120, another 48)
 * and its line; a <value> gets 12 bytes (its indicator's hash, two figures parsed). The copies and records go into 4 MiB
 * chunks and the table into pages, all on 2 MiB boundaries with MADV_HUGEPAGE, as the library
 * places its arenas and tables: about the memory the load writes. No validation, no text, no
 * problems, no model. */
enum { KEEP_CHUNK = 4 << 20, HUGE = 2 << 20 };

typedef struct keep_slot {
    uint64_t hash;
    const char *key;
} keep_slot;

static struct keep_state {
    xmlParserCtxtPtr ctxt; /* for the line */
    const xmlChar *value, *unit, *report, *id, *indicator, *figure, *numerator, *denominator, *ref[3];
    char *chunk;
    size_t used;
    keep_slot *table;
    size_t mask, keys;
    int failed;
} keep;

/* `size` bytes on a 2 MiB boundary, asked for in huge pages (never given back: the child exits). */
static void *keep_pages(size_t size)
{
    char *p = mmap(NULL, size + HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    p = (char *)(((uintptr_t)p + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
    madvise(p, size, MADV_HUGEPAGE);
    return p;
}

static void *keep_alloc(size_t n)
{
    static char scrap[KEEP_CHUNK]; /* where a run that could not map goes on writing (reported failed) */
    n = (n + 7) & ~(size_t)7;
    if (n > KEEP_CHUNK / 4) { /* a long attribute: pages of its own */
        void *own = keep_pages(n);
        if (!own)
            keep.failed = 1;
        return own;
    }
    if (!keep.chunk || keep.used + n > KEEP_CHUNK) {
        if (!(keep.chunk = keep_pages(KEEP_CHUNK))) {
            keep.failed = 1;
            keep.chunk = scrap;
        }
        keep.used = 0;
    }
    void *p = keep.chunk + keep.used;
    keep.used += n;
    return p;
}

static uint64_t keep_hash(const xmlChar *s, size_t n)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211u;
    return h;
}

/* The slot of s[0..n), or the empty one where it would go (the table is never more than 3/4 full). */
static keep_slot *keep_find(const xmlChar *s, size_t n, uint64_t h)
{
    size_t i = (size_t)h & keep.mask;
    while (keep.table[i].key &&
           !(keep.table[i].hash == h && memcmp(keep.table[i].key, s, n) == 0 && keep.table[i].key[n] == '\0'))
        i = (i + 1) & keep.mask;
    return &keep.table[i];
}

static const char *keep_copy(const xmlChar *s, size_t n)
{
    char *c = keep_alloc(n + 1);
    if (!c)
        return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

static int32_t keep_figure(const xmlChar *s, size_t n)
{
    double v = 0, f = 0.1;
    size_t i = s[0] == '-';
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        v = v * 10 + (s[i] - '0');
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, f /= 10)
            v += (s[i] - '0') * f;
    return (int32_t)(s[0] == '-' ? -v : v);
}

static void keep_start(void *user, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                       int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                       const xmlChar **attributes)
{
    (void)user, (void)prefix, (void)uri, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    sax_elements++;
    if (localname == keep.value) {
        int32_t *v = keep_alloc(3 * sizeof *v);
        for (int i = 0; i < nb_attributes; i++) {
            const xmlChar *name = attributes[i * 5], *s = attributes[i * 5 + 3];
            size_t n = (size_t)(attributes[i * 5 + 4] - s);
            if (name == keep.indicator)
                v[0] = (int32_t)keep_hash(s, n);
            else if (name == keep.figure || name == keep.numerator)
                v[1] = keep_figure(s, n);
            else if (name == keep.denominator)
                v[2] = keep_figure(s, n);
        }
        return;
    }
    size_t size = localname == keep.unit ? 160 : localname == keep.report ? 120 : 48;
    const char **record = keep_alloc(size);
    record[0] = (const char *)(intptr_t)keep.ctxt->input->line;
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar *name = attributes[i * 5], *s = attributes[i * 5 + 3];
        size_t n = (size_t)(attributes[i * 5 + 4] - s);
        const char *kept;
        if (name == keep.id || name == keep.ref[0] || name == keep.ref[1] || name == keep.ref[2]) {
            uint64_t h = keep_hash(s, n);
            keep_slot *slot = keep_find(s, n, h);
            if (!slot->key && name == keep.id && keep.keys < keep.mask / 4 * 3 && (slot->key = keep_copy(s, n))) {
                slot->hash = h;
                keep.keys++;
            }
            kept = slot->key;
        } else if (n && s[0] >= '0' && s[0] <= '9') { /* a count, a date, a year: parsed */
            kept = (const char *)(intptr_t)keep_figure(s, n);
        } else {
            kept = keep_copy(s, n);
        }
        if ((size_t)(i + 2) * sizeof *record <= size)
            record[i + 1] = kept;
    }
}

/* Looks the names up in the parser's dictionary once, so that the callbacks compare pointers. */
static int keep_begin(xmlParserCtxtPtr ctxt, size_t file_size)
{
    keep.ctxt = ctxt;
    xmlDictPtr d = ctxt->dict;
    const char *names[] = {"value", "unit", "report", "id", "indicator", "value", "numerator", "denominator",
                           "unit", "parent", "document"};
    const xmlChar **at[] = {&keep.value,     &keep.unit,      &keep.report,      &keep.id,
                            &keep.indicator, &keep.figure,    &keep.numerator,   &keep.denominator,
                            &keep.ref[0],    &keep.ref[1],    &keep.ref[2]};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!(*at[i] = xmlDictLookup(d, (const xmlChar *)names[i], -1)))
            return -1;
    size_t slots = 1024; /* the generated files hold an id per 760 bytes: the table 60 % full at most, */
    while (slots < file_size / 500) /* as the library's tables of units and reports are */
        slots *= 2;
    keep.mask = slots - 1;
    keep.table = keep_pages(slots * sizeof *keep.table); /* zeroed by the system */
    return keep.table ? 0 : -1;
}

/* The bare pass, or with `keeping` the keeping floor (c). */
static int keeping;

static void run_sax(const char *path, result *res)
{
    memset(res, 0, sizeof *res);
    xmlInitParser();
    static char buf[CHUNK];
    double t0 = now();
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "cannot open %s: %s", path, strerror(errno));
        return;
    }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = keeping ? keep_start : sax_start;
    sax.endElementNs = sax_end;
    sax.characters = sax_characters;
    sax.cdataBlock = sax_characters;
    sax.serror = sax_error;
    sax_elements = 0;

    ssize_t got = read(fd, buf, CHUNK);
    if (got < 0) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "cannot read %s: %s", path, strerror(errno));
        close(fd);
        return;
    }
    int head = got < 4 ? (int)got : 4;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, buf, head, path);
    if (!ctxt) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "xmlCreatePushParserCtxt failed");
        close(fd);
        return;
    }
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    struct stat sb;
    if (keeping && (fstat(fd, &sb) != 0 || keep_begin(ctxt, (size_t)sb.st_size) != 0)) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "the keeping pass could not start (out of memory)");
        xmlFreeParserCtxt(ctxt);
        close(fd);
        return;
    }
    xmlParseChunk(ctxt, buf + head, (int)got - head, 0);
    while ((got = read(fd, buf, CHUNK)) > 0 || (got < 0 && errno == EINTR))
        if (got > 0)
            xmlParseChunk(ctxt, buf, (int)got, 0);
    xmlParseChunk(ctxt, NULL, 0, 1);
    if (got < 0) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "cannot read %s: %s", path, strerror(errno));
    } else if (keeping && keep.failed) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "the keeping pass ran out of memory");
    } else if (!ctxt->wellFormed) {
        res->status = -1;
        snprintf(res->message, sizeof res->message, "%s is not well-formed XML", path);
    }
    xmlFreeParserCtxt(ctxt);
    close(fd);
    res->seconds = now() - t0;
    res->elements = sax_elements;
}

static void run_keep(const char *path, result *res)
{
    keeping = 1;
    run_sax(path, res);
    keeping = 0;
}

/* ---- (b) the library's load -------------------------------------------------------------------- */

/* The process's anonymous resident memory in KiB (Linux's /proc/self/status), or -1. The peak
 * RSS also counts the pages of the libraries' code that the pass ran (about 1.3 MiB for the
 * load: file pages shared with every other process), so the corpus's own memory is what the
 * load adds to this. */
static long rss_anon_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "RssAnon: %ld kB", &kib) == 1)
            break;
    fclose(f);
    return kib;
}

/* The threads the load pass uses (1; run_load2 sets 2 for its pass). */
static int load_threads = 1;

static void run_load(const char *path, result *res)
{
    memset(res, 0, sizeof *res);
    long anon0 = rss_anon_kib();
    double t0 = now();
    congdoan_corpus *corpus = NULL;
    int rc = congdoan_corpus_new(&corpus);
    if (rc == 0)
        rc = congdoan_corpus_set_load_threads(corpus, load_threads);
    if (rc == 0)
        rc = congdoan_corpus_load_file(corpus, path, NULL);
    if (rc != 0) {
        res->status = rc;
        snprintf(res->message, sizeof res->message, "%s", congdoan_error_last_message());
    } else {
        res->units = congdoan_corpus_unit_count(corpus);
        res->documents = congdoan_corpus_document_count(corpus);
        res->reports = congdoan_corpus_report_count(corpus);
    }
    double t1 = now();
    long anon1 = rss_anon_kib(); /* (not timed) */
    res->anon_kib = anon0 >= 0 && anon1 >= 0 ? anon1 - anon0 : -1;
    double t1b = now();
    congdoan_corpus_free(corpus);
    double t2 = now();
    res->seconds = (t1 - t0) + (t2 - t1b);
    res->free_seconds = t2 - t1b;
}

static void run_load2(const char *path, result *res)
{
    load_threads = 2;
    run_load(path, res);
    load_threads = 1;
}

/* ---- running a pass in a child ----------------------------------------------------------------- */

typedef void (*pass_fn)(const char *path, result *res);

/* Run the pass in a forked child (or here with no_fork); `ru` gets the child's resource usage
 * (ru_maxrss: its peak RSS in KiB; CPU times; page faults). */
static int run_measured(pass_fn fn, const char *path, int no_fork, result *res, struct rusage *ru)
{
    if (no_fork) {
        fn(path, res);
        getrusage(RUSAGE_SELF, ru);
        return 0;
    }
    int fds[2];
    if (pipe(fds) != 0) {
        perror("bench-load: pipe");
        return -1;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("bench-load: fork");
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        result r;
        fn(path, &r);
        const char *p = (const char *)&r;
        size_t left = sizeof r;
        while (left) {
            ssize_t w = write(fds[1], p, left);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                _exit(3);
            p += w, left -= (size_t)w;
        }
        _exit(0);
    }
    close(fds[1]);
    memset(res, 0, sizeof *res);
    char *p = (char *)res;
    size_t got = 0;
    while (got < sizeof *res) {
        ssize_t n = read(fds[0], p + got, sizeof *res - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fds[0]);
    int wstatus = 0;
    memset(ru, 0, sizeof *ru);
    while (wait4(pid, &wstatus, 0, ru) < 0)
        if (errno != EINTR) {
            perror("bench-load: wait4");
            return -1;
        }
    if (got != sizeof *res || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
        fprintf(stderr, "bench-load: the child died (%s %d)\n", WIFSIGNALED(wstatus) ? "signal" : "status",
                WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : WEXITSTATUS(wstatus));
        return -1;
    }
    return 0;
}

static double tv(struct timeval t)
{
    return (double)t.tv_sec + t.tv_usec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v, int n)
{
    double s[MAX_RUNS];
    memcpy(s, v, (size_t)n * sizeof *v);
    qsort(s, (size_t)n, sizeof *s, cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* What the runs of one pass leave, by run. */
typedef struct figures {
    double t[MAX_RUNS], cpu[MAX_RUNS], user[MAX_RUNS], rss[MAX_RUNS];
} figures;

/* Run pass `fn` once more (run r), keep its figures and print its line but for the closing
 * parenthesis, which the caller writes after what is the pass's own. 0, or -1 when it failed
 * (said). */
static int measure(const char *label, pass_fn fn, const char *path, int no_fork, int r, double mb, figures *fig,
                   result *res)
{
    struct rusage ru;
    if (run_measured(fn, path, no_fork, res, &ru) != 0)
        return -1;
    if (res->status) {
        printf("  %s run %d: FAILED (status %d): %s\n", label, r + 1, res->status, res->message);
        return -1;
    }
    fig->t[r] = res->seconds;
    fig->rss[r] = ru.ru_maxrss / 1024.0;
    fig->user[r] = tv(ru.ru_utime);
    fig->cpu[r] = tv(ru.ru_utime) + tv(ru.ru_stime);
    printf("  %s run %d: %7.3f s  %6.1f MB/s  peak RSS %7.1f MiB  (user %.2f s, sys %.2f s, %ld minor faults", label,
           r + 1, res->seconds, mb / res->seconds, fig->rss[r], tv(ru.ru_utime), tv(ru.ru_stime), ru.ru_minflt);
    return 0;
}

static void usage(FILE *out)
{
    fputs("usage: bench-load [-n N] [--only sax|load] [--keep] [--threads] [--no-fork] FILE.xml\n"
          "  -n N         runs of each pass (default 5; medians are printed)\n"
          "  --only PASS  run only the bare libxml2 SAX2 pass (sax) or only the library's load (load)\n"
          "  --keep       also run the keeping floor: a SAX2 pass that keeps about the load's memory\n"
          "               (ids hashed into a table, strings copied, records, figures) and checks nothing\n"
          "  --threads    also run the load with a parse thread (congdoan_corpus_set_load_threads 2)\n"
          "  --no-fork    run in this process (for callgrind); peak RSS is then the whole process's\n",
          out);
}

int main(int argc, char **argv)
{
    int runs = 5, do_sax = 1, do_load = 1, do_keep = 0, do_load2 = 0, no_fork = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
            char *end;
            long n = strtol(argv[++i], &end, 10);
            if (*end || n < 1 || n > MAX_RUNS) {
                fprintf(stderr, "bench-load: -n needs a number from 1 to %d\n", MAX_RUNS);
                return 2;
            }
            runs = (int)n;
        } else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "sax") == 0)
                do_load = 0;
            else if (strcmp(argv[i], "load") == 0)
                do_sax = 0;
            else {
                usage(stderr);
                return 2;
            }
        } else if (strcmp(argv[i], "--keep") == 0) {
            do_keep = 1;
        } else if (strcmp(argv[i], "--threads") == 0) {
            do_load2 = 1;
        } else if (strcmp(argv[i], "--no-fork") == 0) {
            no_fork = 1;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' || path) {
            usage(stderr);
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        usage(stderr);
        return 2;
    }
    if (no_fork && runs > 1 && do_sax && do_load)
        fprintf(stderr, "bench-load: note: with --no-fork the peak RSS of later runs includes earlier ones\n");

    struct stat sb;
    if (stat(path, &sb) != 0) {
        fprintf(stderr, "bench-load: cannot stat %s: %s\n", path, strerror(errno));
        return 1;
    }
    double size = (double)sb.st_size, mb = size / 1e6;

    /* Warm the page cache, and time a plain read() loop as the floor. */
    {
        static char buf[CHUNK];
        double t0 = now();
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            fprintf(stderr, "bench-load: cannot open %s: %s\n", path, strerror(errno));
            return 1;
        }
        ssize_t got;
        while ((got = read(fd, buf, CHUNK)) > 0 || (got < 0 && errno == EINTR))
            ;
        close(fd);
        double t = now() - t0;
        char date[64];
        time_t clock = time(NULL);
        strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %Z", localtime(&clock));
        printf("bench-load: %s, %.0f bytes (%.1f MB, %.1f MiB); libxml2 %s, libcongdoan %s\n", path, size, mb,
               size / 1048576.0, xmlParserVersion, congdoan_version_string());
        printf("  %s, %ld online CPUs, %d run(s) of each pass%s\n", date, sysconf(_SC_NPROCESSORS_ONLN), runs,
               no_fork ? ", in-process (--no-fork)" : ", each in a forked child");
        printf("  warm-up read() loop (first read, may include disk): %.3f s, %.0f MB/s\n", t, mb / t);
    }

    figures sax_f, keep_f, load_f, load2_f;
    double free_t[MAX_RUNS], load_anon[MAX_RUNS];
    int failed = 0;
    for (int r = 0; r < runs && !failed; r++) {
        result res;
        if (do_sax) {
            if ((failed = measure("SAX ", run_sax, path, no_fork, r, mb, &sax_f, &res) != 0))
                break;
            printf("; %ld elements)\n", res.elements);
        }
        if (do_keep) {
            if ((failed = measure("keep", run_keep, path, no_fork, r, mb, &keep_f, &res) != 0))
                break;
            printf(")\n");
        }
        if (do_load) {
            if ((failed = measure("load", run_load, path, no_fork, r, mb, &load_f, &res) != 0))
                break;
            free_t[r] = res.free_seconds;
            load_anon[r] = res.anon_kib / 1024.0;
            printf("; free %.3f s)\n", res.free_seconds);
            if (r == 0)
                printf("                loaded %zu units (organisations, departments and bodies), %zu document(s), "
                       "%zu reports\n",
                       res.units, res.documents, res.reports);
        }
        if (do_load2) {
            if ((failed = measure("ld2t", run_load2, path, no_fork, r, mb, &load2_f, &res) != 0))
                break;
            printf("; free %.3f s)\n", res.free_seconds);
        }
    }
    if (failed) {
        printf("bench-load: a pass failed; no figures.\n");
        return 1;
    }

    printf("\nmedians of %d run(s) over %.1f MB:\n", runs, mb);
    double ms = 0, ml = 0;
    if (do_sax) {
        ms = median(sax_f.t, runs);
        printf("  bare libxml2 SAX2 (baseline): %7.3f s  %6.1f MB/s  peak RSS %7.1f MiB  (CPU user+sys %.3f s)\n", ms,
               mb / ms, median(sax_f.rss, runs), median(sax_f.cpu, runs));
    }
    if (do_load) {
        ml = median(load_f.t, runs);
        printf("  congdoan load (new+load+free): %6.3f s  %6.1f MB/s  peak RSS %7.1f MiB  (CPU user+sys %.3f s; free "
               "%.3f s)\n",
               ml, mb / ml, median(load_f.rss, runs), median(load_f.cpu, runs), median(free_t, runs));
    }
    if (do_load2)
        printf("  congdoan load, parse thread:   %6.3f s  %6.1f MB/s  peak RSS %7.1f MiB  (CPU user+sys %.3f s, both "
               "threads)\n",
               median(load2_f.t, runs), mb / median(load2_f.t, runs), median(load2_f.rss, runs), median(load2_f.cpu, runs));
    if (do_keep)
        printf("  keeping floor (SAX2 + ids, copies, records; no checks): peak RSS %7.1f MiB  (CPU user+sys %.3f s)\n",
               median(keep_f.rss, runs), median(keep_f.cpu, runs));
    printf("\ntargets:\n");
    if (do_sax && do_load) {
        double ratio = ml / ms, per_run[MAX_RUNS];
        for (int r = 0; r < runs; r++)
            per_run[r] = load_f.t[r] / sax_f.t[r];
        printf("  load/SAX time ratio  %.2f  (target <= %.1f; ratio of the medians)  %s\n", ratio, TARGET_RATIO,
               ratio <= TARGET_RATIO ? "PASS" : "MISS");
        printf("                       (median of the per-run ratios, each load against the SAX pass just before "
               "it: %.2f)\n",
               median(per_run, runs));
        /* Wall time counts the time other processes hold the CPU; the CPU time of the child does not. */
        printf("                       (ratio of the median CPU times, user+sys of each child, insensitive to other "
               "load on the machine: %.2f)\n",
               median(load_f.cpu, runs) / median(sax_f.cpu, runs));
        /* the system time of the same pass moves with the host (zeroing new pages); user time less */
        printf("                       (ratio of the median user times alone: %.2f)\n",
               median(load_f.user, runs) / median(sax_f.user, runs));
    } else {
        printf("  load/SAX time ratio  not measured (--only)\n");
    }
    if (do_sax && do_load2) {
        double ratio = median(load2_f.t, runs) / ms, per_run[MAX_RUNS];
        for (int r = 0; r < runs; r++)
            per_run[r] = load2_f.t[r] / sax_f.t[r];
        /* judged by the larger of the two: a slow moment of the host on either side moves one */
        double judged = ratio > median(per_run, runs) ? ratio : median(per_run, runs);
        printf("  load with a parse thread/SAX time ratio  %.2f  (target <= %.1f; wall time, what the caller waits; the "
               "larger of the two below)  %s\n",
               judged, TARGET_RATIO, judged <= TARGET_RATIO ? "PASS" : "MISS");
        printf("                       (ratio of the medians %.2f; median of the per-run ratios, each against the SAX "
               "pass of its run: %.2f)\n",
               ratio, median(per_run, runs));
        printf("                       (its CPU time, both threads, against the SAX pass's: %.2f; against the "
               "one-thread load's: %.2f)\n",
               median(load2_f.cpu, runs) / median(sax_f.cpu, runs),
               do_load ? median(load2_f.cpu, runs) / median(load_f.cpu, runs) : 0.0);
    }
    if (do_sax && do_keep) /* not a target: what any loader keeping this much pays here */
        printf("  keeping floor/SAX CPU ratio  %.2f, user time alone %.2f  (what keeping the corpus's memory costs on "
               "this machine, checking nothing)\n",
               median(keep_f.cpu, runs) / median(sax_f.cpu, runs), median(keep_f.user, runs) / median(sax_f.user, runs));
    if (do_load) {
        double peak = 0;
        for (int r = 0; r < runs; r++)
            if (load_f.rss[r] > peak)
                peak = load_f.rss[r];
        double peak_bytes = peak * 1024.0 * 1024.0;
        printf("  load peak RSS        %.1f MiB = %.2f x the file (%.1f MiB)  (target <= %.2f x; highest of the runs)  %s\n",
               peak, peak_bytes / size, size / 1048576.0, TARGET_RSS, peak_bytes <= TARGET_RSS * size ? "PASS" : "MISS");
        /* A process around libxml2 costs its few MiB whatever the file (the bare pass's peak), and
         * the load runs about 1.3 MiB of the libraries' code pages (shared with other processes):
         * on a small file these alone are more than half the file. What the loaded corpus holds
         * is the anonymous memory the load left (the transient buffers of the load that were
         * given back to the system are not in it). */
        if (load_anon[0] >= 0) /* (negative where /proc/self/status has no RssAnon) */
            printf("                       (the corpus's own memory, the anonymous memory the load left: %.1f MiB = "
                   "%.2f x the file; median of the runs)\n",
                   median(load_anon, runs), median(load_anon, runs) * 1048576.0 / size);
        if (no_fork)
            printf("                       (--no-fork: the RSS is the whole process's, and under valgrind "
                   "it is valgrind's)\n");
    }
    return 0;
}
