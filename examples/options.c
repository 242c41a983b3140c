/*
 * congdoan — options: the table each command declares, parsed with getopt_long, and printed as
 * `--help`, as a man page (roff) and as bash completion. Everything about an option is said
 * once, in its command's table.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define HELP_WIDTH 80
#define OPTION_COLUMN 22

/* ---- the common options ------------------------------------------------------------------------ */

static const option_spec opt_data = {OPT_DATA, "data", 'd', N_("PATH"),
                                     N_("a file or folder of data (every *.xml file below it); repeat it for more. "
                                     "Default: the paths in $CONGDOAN_DATA, separated by ':'"),
                                     COMPLETE_PATH, NULL};
static const option_spec opt_width = {OPT_WIDTH, "width", 0, N_("N"),
                                      N_("the width of text output in columns (default: the terminal's width, or 80 "
                                      "when the output is not a terminal; 0: no limit)"),
                                      COMPLETE_NONE, NULL};
static const option_spec opt_help = {OPT_HELP, "help", 'h', NULL, N_("show this help and exit"), COMPLETE_NONE, NULL};

/* "text, json or csv" for "text|json|csv". */
static void choices_words(const char *choices, char *buf, size_t size)
{
    size_t o = 0, n = strlen(choices);
    const char *last = strrchr(choices, '|');
    for (size_t i = 0; i < n && o + 5 < size; i++) {
        if (choices[i] != '|') {
            buf[o++] = choices[i];
            continue;
        }
        const char *sep = choices + i == last ? _(" or ") : ", ";
        size_t k = strlen(sep);
        if (o + k + 1 >= size)
            break;
        memcpy(buf + o, sep, k);
        o += k;
    }
    buf[o] = '\0';
}

/* The options of a command in the order they are shown: its own, then the common ones it takes,
 * then --help. The --format and --table entries are made from the command's lists. Returns the
 * number written to out[] (room for MAX_OPTION_ID + 8). */
static size_t command_options(const command *cmd, option_spec *out, char *format_help, size_t fh_size,
                              char *table_help, size_t th_size)
{
    size_t n = 0;
    for (const option_spec *o = cmd->options; o && o->long_name; o++)
        out[n++] = *o;
    if (cmd->common & COMMON_DATA)
        out[n++] = opt_data;
    if (cmd->common & COMMON_FORMAT) {
        const char *formats = cmd->formats ? cmd->formats : "text|json|csv";
        char list[64];
        choices_words(formats, list, sizeof list);
        snprintf(format_help, fh_size, _("the output: %s (the first is the default); see Output below"), list);
        out[n++] = (option_spec){OPT_FORMAT, "format", 0, N_("FORMAT"), format_help, COMPLETE_CHOICES, formats};
    }
    if (cmd->common & COMMON_TABLE) {
        char list[256];
        choices_words(cmd->tables ? cmd->tables : "", list, sizeof list);
        snprintf(table_help, th_size, _("with --format csv, the table to write: %s (the first is the default)"), list);
        out[n++] = (option_spec){OPT_TABLE, "table", 0, N_("NAME"), table_help, COMPLETE_CHOICES, cmd->tables};
    }
    if (cmd->common & COMMON_WIDTH)
        out[n++] = opt_width;
    out[n++] = opt_help;
    return n;
}

#define COMMAND_OPTIONS(cmd, list, count)                                                              \
    option_spec list[MAX_OPTION_ID + 8];                                                               \
    char list##_fh[160], list##_th[400];                                                               \
    size_t count = command_options(cmd, list, list##_fh, sizeof list##_fh, list##_th, sizeof list##_th)

int choice_index(const char *choices, const char *value)
{
    if (!choices || !value)
        return -1;
    size_t len = strlen(value);
    int index = 0;
    for (const char *p = choices;; index++) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == len && strncmp(p, value, n) == 0)
            return index;
        if (!bar)
            return -1;
        p = bar + 1;
    }
}

/* ---- usage errors ------------------------------------------------------------------------------- */

/* "congdoan tasks [-d PATH]... [--unit UNIT] …" wrapped under its first words. malloc'd. */
/* The display width of a translated "Usage: %s" up to its %s, so that the synopsis, which starts
 * after it, wraps within HELP_WIDTH whatever the length of the words before it. */
static size_t usage_prefix_width(const char *format)
{
    const char *at = strstr(format, "%s");
    char head[64];
    size_t n = at && (size_t)(at - format) < sizeof head ? (size_t)(at - format) : 0;
    const char *nl = memchr(format, '\n', n);
    while (nl) { /* only the last line's words count */
        format = nl + 1;
        n = (size_t)(at - format);
        nl = memchr(format, '\n', n);
    }
    memcpy(head, format, n);
    head[n] = '\0';
    return display_width(head);
}

/* The synopsis of `cmd`, wrapped at HELP_WIDTH for a line whose first `prefix` columns are taken
 * ("Usage: "); continuation lines are indented under the first option. */
static char *synopsis(const command *cmd, size_t prefix)
{
    COMMAND_OPTIONS(cmd, list, count);
    size_t cap = 256, len = 0;
    char *s = xmalloc(cap);
    len = (size_t)snprintf(s, cap, "%s %s", PROGRAM_NAME, cmd->name);
    size_t indent = prefix + len + 1, column = prefix + len;
    for (size_t i = 0; i <= count; i++) {
        char part[160];
        if (i == count) {
            if (!cmd->arguments)
                break;
            snprintf(part, sizeof part, "%s", _(cmd->arguments));
        } else if (list[i].id == OPT_HELP) {
            continue;
        } else if (list[i].metavar) {
            snprintf(part, sizeof part, "[%s%s%s %s]%s", list[i].short_name ? "-" : "--",
                     list[i].short_name ? (char[]){list[i].short_name, 0} : list[i].long_name, "", _(list[i].metavar),
                     list[i].id == OPT_DATA ? "..." : "");
        } else {
            snprintf(part, sizeof part, "[--%s]", list[i].long_name);
        }
        size_t w = strlen(part);
        if (len + w + indent + 2 >= cap) {
            cap = (cap + w + indent + 2) * 2;
            s = xrealloc(s, cap);
        }
        if (column + 1 + display_width(part) > HELP_WIDTH - 1) {
            len += (size_t)snprintf(s + len, cap - len, "\n%*s", (int)indent, "");
            column = indent;
        } else {
            s[len++] = ' ';
            column++;
        }
        memcpy(s + len, part, w + 1);
        len += w;
        column += display_width(part);
    }
    return s;
}

int usage_error(const command *cmd, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "%s %s: ", PROGRAM_NAME, cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, _(fmt), ap);
    va_end(ap);
    char *syn = synopsis(cmd, usage_prefix_width(_("\nUsage: %s\nTry '%s help %s' for more information.\n")));
    fprintf(stderr, _("\nUsage: %s\nTry '%s help %s' for more information.\n"), syn, PROGRAM_NAME, cmd->name);
    free(syn);
    return EXIT_USAGE;
}

/* "unknown option '--colour'", with "did you mean '--color'?" when one is near. */
static int unknown_option(const command *cmd, const option_spec *list, size_t count, const char *arg)
{
    char name[128];
    snprintf(name, sizeof name, "%s", arg);
    char *eq = strchr(name, '=');
    if (eq)
        *eq = '\0';
    const char *words[MAX_OPTION_ID + 8];
    char spelled[MAX_OPTION_ID + 8][48];
    for (size_t i = 0; i < count; i++) {
        snprintf(spelled[i], sizeof spelled[i], "--%s", list[i].long_name);
        words[i] = spelled[i];
    }
    congdoan_matches *m = NULL;
    congdoan_lookup_word(name, words, count, NULL, &m);
    int status;
    if (congdoan_matches_count(m) > 0)
        status = usage_error(cmd, "unknown option '%s'; did you mean '%s'?", name, words[congdoan_matches_index(m, 0)]);
    else
        status = usage_error(cmd, "unknown option '%s'", name);
    congdoan_matches_free(m);
    return status;
}

/* ---- parsing -------------------------------------------------------------------------------------- */

int parse_args(const command *cmd, int argc, char **argv, parsed_args *a)
{
    memset(a, 0, sizeof *a);
    a->format = FORMAT_TEXT;
    a->width = -1;
    a->data = xcalloc((size_t)argc + 1, sizeof *a->data);
    a->args = xcalloc((size_t)argc + 1, sizeof *a->args);
    if (cmd->formats && choice_index(cmd->formats, "text") != 0)
        a->format = choice_index(cmd->formats, "json") == 0 ? FORMAT_JSON : FORMAT_CSV;

    COMMAND_OPTIONS(cmd, list, count);
    struct option longs[MAX_OPTION_ID + 9];
    char shorts[2 * (MAX_OPTION_ID + 8) + 2];
    size_t ns = 0;
    shorts[ns++] = ':'; /* a missing value is ':', not '?' */
    for (size_t i = 0; i < count; i++) {
        longs[i] = (struct option){list[i].long_name, list[i].metavar ? required_argument : no_argument, NULL,
                                   (int)(i + 256)};
        if (list[i].short_name) {
            shorts[ns++] = list[i].short_name;
            if (list[i].metavar)
                shorts[ns++] = ':';
        }
    }
    longs[count] = (struct option){NULL, 0, NULL, 0};
    shorts[ns] = '\0';

    opterr = 0;
    optind = 0; /* a fresh start (glibc) */
    int status = -1;
    for (;;) {
        int prev = optind ? optind : 1;
        int c = getopt_long(argc, argv, shorts, longs, NULL);
        if (c == -1)
            break;
        if (c == '?') {
            const char *bad = optopt ? NULL : argv[optind - 1];
            if (bad)
                status = unknown_option(cmd, list, count, bad);
            else
                status = usage_error(cmd, "unknown option '-%c'", optopt);
            break;
        }
        if (c == ':') {
            const char *what = argv[prev < argc ? prev : argc - 1];
            status = usage_error(cmd, "%s needs a value", optopt && optopt < 256 ? (char[]){'-', (char)optopt, 0} : what);
            break;
        }
        const option_spec *o = NULL;
        if (c >= 256)
            o = &list[c - 256];
        else
            for (size_t i = 0; i < count && !o; i++)
                if (list[i].short_name == c)
                    o = &list[i];
        if (!o)
            continue;
        switch (o->id) {
        case OPT_HELP:
            print_command_help(cmd, stdout);
            status = EXIT_OK;
            break;
        case OPT_DATA:
            a->data[a->data_count++] = optarg;
            break;
        case OPT_FORMAT: {
            int k = choice_index(cmd->formats ? cmd->formats : "text|json|csv", optarg);
            if (k < 0) {
                char *list_words = xstrdup(cmd->formats ? cmd->formats : "text|json|csv");
                for (char *p = list_words; *p; p++)
                    if (*p == '|')
                        *p = ' ';
                status = usage_error(cmd, "unknown format '%s' (use one of: %s)", optarg, list_words);
                free(list_words);
                break;
            }
            a->format = strcmp(optarg, "json") == 0 ? FORMAT_JSON : strcmp(optarg, "csv") == 0 ? FORMAT_CSV : FORMAT_TEXT;
            a->format_given = 1;
            break;
        }
        case OPT_TABLE:
            a->table = optarg;
            break;
        case OPT_WIDTH: {
            char *end = NULL;
            errno = 0;
            long w = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || w < 0 || w > 100000)
                status = usage_error(cmd, "--width needs a whole number of columns, not '%s'", optarg);
            else
                a->width = (int)w;
            break;
        }
        default:
            if (o->id > 0 && o->id < MAX_OPTION_ID) {
                if (o->metavar && o->complete == COMPLETE_CHOICES && choice_index(o->choices, optarg) < 0) {
                    char *words = xstrdup(o->choices);
                    for (char *p = words; *p; p++)
                        if (*p == '|')
                            *p = ' ';
                    status = usage_error(cmd, "--%s does not take '%s' (use one of: %s)", o->long_name, optarg, words);
                    free(words);
                    break;
                }
                a->value[o->id] = o->metavar ? optarg : "";
                a->given[o->id]++;
            }
            break;
        }
        if (status >= 0)
            break;
    }
    if (status < 0)
        for (int i = optind; i < argc; i++)
            a->args[a->arg_count++] = argv[i];
    if (status >= 0)
        parsed_args_release(a);
    return status;
}

void parsed_args_release(parsed_args *a)
{
    free(a->data);
    free(a->args);
    a->data = a->args = NULL;
    a->data_count = a->arg_count = 0;
}

const char *opt(const parsed_args *a, int id)
{
    return id > 0 && id < MAX_OPTION_ID ? a->value[id] : NULL;
}

int flag(const parsed_args *a, int id)
{
    return id > 0 && id < MAX_OPTION_ID && a->given[id] > 0;
}

int chosen_table(const command *cmd, const parsed_args *a)
{
    if (!a->table)
        return 0;
    int k = choice_index(cmd->tables, a->table);
    if (k >= 0)
        return k;
    char *words = xstrdup(cmd->tables ? cmd->tables : "");
    for (char *p = words; *p; p++)
        if (*p == '|')
            *p = ' ';
    usage_error(cmd, "unknown table '%s' (use one of: %s)", a->table, words);
    free(words);
    return -1;
}

/* ---- help ------------------------------------------------------------------------------------------ */

/* The column where the text of a preformatted line starts after its marker: after "- ", after
 * "1  ", after a name and the spaces that align its text (a name may list spellings, as
 * "-h, --help" does); else after its leading spaces. */
static size_t hang_of(const char *line, size_t n)
{
    size_t lead = 0;
    while (lead < n && line[lead] == ' ')
        lead++;
    size_t k = lead;
    if (k + 1 < n && (line[k] == '-' || line[k] == '+') && line[k + 1] == ' ')
        return k + 2;
    while (k < n && (line[k] != ' ' || (line[k - 1] == ',' && k + 1 < n && line[k + 1] != ' ')))
        k++;
    if (k + 1 < n && line[k + 1] == ' ') {
        while (k < n && line[k] == ' ')
            k++;
        return k;
    }
    return lead;
}

/* Write the word [p, end) after what stands on the line, or first break to a new line indented
 * by `indent` when it would pass HELP_WIDTH (or the line is already full). */
static void put_word(FILE *out, const char *p, const char *end, size_t indent, size_t *column, int *at_start)
{
    char word[512];
    size_t n = (size_t)(end - p) < sizeof word - 1 ? (size_t)(end - p) : sizeof word - 1;
    memcpy(word, p, n);
    word[n] = '\0';
    size_t w = display_width(word);
    if (*column >= HELP_WIDTH || (!*at_start && *column + 1 + w > HELP_WIDTH - 1)) {
        fprintf(out, "\n%*s", (int)indent, "");
        *column = indent;
        *at_start = 1;
    }
    if (!*at_start) {
        fputc(' ', out);
        (*column)++;
    }
    fputs(word, out);
    *column += w;
    *at_start = 0;
}

/* Write one preformatted item at `indent` (without its last line break): a line and the lines
 * that continue it (indented to its text), wrapped at HELP_WIDTH under its text, so that a longer
 * translation, or a wide list written by hand, still fits. Returns the bytes of `text` used. */
static size_t put_item(FILE *out, const char *text, size_t indent)
{
    const char *end = strchr(text, '\n');
    size_t n = end ? (size_t)(end - text) : strlen(text);
    size_t hang = hang_of(text, n), used = n;
    while (hang > 0 && text[used] == '\n') { /* continuation lines: exactly `hang` spaces, then text */
        const char *q = text + used + 1;
        size_t sp = 0;
        while (q[sp] == ' ')
            sp++;
        if (sp != hang || q[sp] == '\0' || q[sp] == '\n' || hang_of(q, strcspn(q, "\n")) != hang)
            break;
        used += 1 + strcspn(q, "\n");
    }
    char head[256];
    size_t hn = hang < sizeof head ? hang : sizeof head - 1;
    memcpy(head, text, hn);
    head[hn] = '\0';
    size_t hang_cells = display_width(head), column = indent + hang_cells;
    fprintf(out, "%*s%s", (int)indent, "", head);
    int at_start = 1;
    for (const char *p = text + hn; p < text + used;) {
        if (*p == ' ' || *p == '\n') {
            p++;
            continue;
        }
        const char *w_end = p;
        while (w_end < text + used && *w_end != ' ' && *w_end != '\n')
            w_end++;
        put_word(out, p, w_end, indent + hang_cells, &column, &at_start);
        p = w_end;
    }
    return used;
}

/* Every item of `text` through put_item(). */
static void put_lines(FILE *out, const char *text)
{
    for (const char *p = text; *p;) {
        if (*p == '\n') { /* a blank line */
            fputc('\n', out);
            p++;
            continue;
        }
        p += put_item(out, p, 0);
        if (*p == '\n') {
            fputc('\n', out);
            p++;
        }
    }
}

/* Write `text` wrapped at HELP_WIDTH: paragraphs are separated by blank lines; a line that
 * starts with a space is kept as it is (lists, examples). Every line starts with `indent`
 * spaces, the first with `first` columns already used (0: indent it too). */
static void put_wrapped(FILE *out, const char *text, size_t indent, size_t first)
{
    size_t column = first;
    int at_start = 1;
    if (first == 0) {
        fprintf(out, "%*s", (int)indent, "");
        column = indent;
    }
    for (const char *p = text; *p;) {
        if (*p == '\n') {
            /* a line that starts with a space, or a blank line, breaks the flow */
            if (p[1] == '\n' || p[1] == ' ') {
                fputc('\n', out);
                if (p[1] == '\n') {
                    fputc('\n', out);
                    p++;
                }
                p++;
                if (*p == ' ') {
                    p += put_item(out, p, indent);
                    column = HELP_WIDTH; /* whatever follows starts a new line */
                    continue;
                }
                fprintf(out, "%*s", (int)indent, "");
                column = indent;
                at_start = 1;
                continue;
            }
            p++; /* a single line break inside a paragraph is a space */
            continue;
        }
        if (*p == ' ') {
            p++;
            continue;
        }
        const char *end = p;
        while (*end && *end != ' ' && *end != '\n')
            end++;
        put_word(out, p, end, indent, &column, &at_start);
        p = end;
    }
    fputc('\n', out);
}

static void option_label(const option_spec *o, char *buf, size_t size)
{
    if (o->short_name)
        snprintf(buf, size, "-%c, --%s%s%s", o->short_name, o->long_name, o->metavar ? " " : "",
                 o->metavar ? _(o->metavar) : "");
    else
        snprintf(buf, size, "--%s%s%s", o->long_name, o->metavar ? " " : "", o->metavar ? _(o->metavar) : "");
}

static const char common_exit_status[] =
    N_("  0  success\n"
       "  1  a problem in the data: it cannot be loaded (its errors are printed), or a document\n"
       "     or unit named on the command line is not in it or is not the only one that answers\n"
       "  2  a usage error (an unknown option or format, a missing argument, a bad date) or an\n"
       "     I/O error (a file or folder that cannot be read, output that cannot be written)\n");

void print_command_help(const command *cmd, FILE *out)
{
    char *syn = synopsis(cmd, usage_prefix_width(_("Usage: %s\n\n")));
    fprintf(out, _("Usage: %s\n\n"), syn);
    free(syn);
    put_wrapped(out, _(cmd->summary), 0, 0);
    if (cmd->description) {
        fputc('\n', out);
        put_wrapped(out, _(cmd->description), 0, 0);
    }
    COMMAND_OPTIONS(cmd, list, count);
    fputs(_("\nOptions:\n"), out);
    for (size_t i = 0; i < count; i++) {
        char label[96];
        option_label(&list[i], label, sizeof label);
        fprintf(out, "  %s", label);
        size_t used = 2 + display_width(label);
        if (used + 2 > OPTION_COLUMN) {
            fputc('\n', out);
            put_wrapped(out, _(list[i].help), OPTION_COLUMN, 0);
        } else {
            fprintf(out, "%*s", (int)(OPTION_COLUMN - used), "");
            put_wrapped(out, _(list[i].help), OPTION_COLUMN, OPTION_COLUMN);
        }
    }
    if (cmd->common & COMMON_DATA)
        fputs(_("\nDates are written 2025-06-30 or 30/06/2025 (also \"ngày 30 tháng 6 năm 2025\").\n"), out);
    if (cmd->output) {
        fputs(_("\nOutput:\n"), out);
        put_wrapped(out, _(cmd->output), 2, 0);
    }
    if (cmd->examples) {
        fputs(_("\nExamples:\n"), out);
        fputs(_(cmd->examples), out);
    }
    fputs(_("\nExit status:\n"), out);
    put_lines(out, _(cmd->exit_status ? cmd->exit_status : common_exit_status));
}

void print_program_help(FILE *out)
{
    fprintf(out, _("Usage: %s COMMAND [OPTION...] [ARGUMENT...]\n"
                   "       %s help [COMMAND]\n"
                   "       %s --help | --version\n\n"),
            PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME);
    put_wrapped(out,
                _("Read, check and report on the XML data of the Vietnamese trade unions: the units "
                  "from the Confederation down to the grassroots unions, the documents (resolutions, "
                  "plans, programmes) with their tasks and indicators, and the reports made against "
                  "them."),
                0, 0);
    fputs(_("\nCommands:\n"), out);
    for (unsigned i = 0; i < all_command_count; i++)
        if (!all_commands[i]->hidden)
        {
            char line[600];
            snprintf(line, sizeof line, "  %-12s %s\n", all_commands[i]->name, _(all_commands[i]->summary));
            put_lines(out, line);
        }
    put_lines(out, _("\nOptions:\n"
                     "  -h, --help     show this help and exit\n"
                     "  --version      show the version of the program and of the libcongdoan library in use\n"));
    fputc('\n', out);
    put_wrapped(out,
                _("Run 'congdoan help COMMAND' for the options of one command (or 'man congdoan-COMMAND').\n\n"
                "Data: the commands read the files and folders given with -d PATH (--data PATH, "
                "repeatable; validate also takes them as arguments), or else those listed in the "
                "CONGDOAN_DATA environment variable, separated by ':'. A folder means every *.xml file "
                "below it. All of them are loaded together into one set of data.\n\n"
                "Units, documents and tasks are named the way people type them: an id "
                "(laichau.tamduong), a name or short name with or without diacritics (\"LDLD huyen Tam "
                "Duong\"), the words that tell it apart (\"Tam Đường\"), a document number "
                "(13/CTr-LĐLĐ, \"Số: 13/CTr-LDLD\"). When nothing or more than one answers, the program "
                "lists the nearest names.\n\n"
                "Output: text (Vietnamese, for reading; --width N columns), or JSON and CSV with the "
                "same fields in every command, described in FORMATS.md and in congdoan(1) "
                "(format_version 1)."),
                0, 0);
    fputs(_("\nExit status:\n"), out);
    put_lines(out, _(common_exit_status));
}

/* ---- man pages --------------------------------------------------------------------------------------- */

/* Text for roff: backslashes doubled, a leading dot or quote protected. */
static void roff_text(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\')
            fputs("\\e", out);
        else if (c == '-' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-' || s[i - 1] == '['))
            fputs("\\-", out); /* an option's dash, as man(7) asks */
        else
            fputc(c, out);
    }
}

static void roff_line(FILE *out, const char *s, size_t n)
{
    if (n && (s[0] == '.' || s[0] == '\''))
        fputs("\\&", out);
    roff_text(out, s, n);
    fputc('\n', out);
}

/* Paragraphs as .PP, lines that start with a space as .nf/.fi blocks. */
static void roff_paragraphs(FILE *out, const char *text)
{
    int in_block = 0;
    fputs(".PP\n", out);
    for (const char *p = text; *p;) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 0) {
            if (in_block) {
                fputs(".fi\n", out);
                in_block = 0;
            }
            fputs(".PP\n", out);
        } else if (p[0] == ' ') {
            if (!in_block) {
                fputs(".nf\n", out);
                in_block = 1;
            }
            roff_line(out, p, n);
        } else {
            if (in_block) {
                fputs(".fi\n", out);
                in_block = 0;
            }
            roff_line(out, p, n);
        }
        p += n;
        if (*p == '\n')
            p++;
    }
    if (in_block)
        fputs(".fi\n", out);
}

void print_man_page(const command *cmd, FILE *out)
{
    char title[64];
    snprintf(title, sizeof title, "%s%s%s", PROGRAM_NAME, cmd ? "-" : "", cmd ? cmd->name : "");
    for (char *p = title; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    fprintf(out, ".\\\" Generated by '%s help --man%s%s' from the program's option tables: do not edit.\n",
            PROGRAM_NAME, cmd ? " " : "", cmd ? cmd->name : "");
    fprintf(out, ".TH %s 1 \"\" \"libcongdoan %s\" \"%s\"\n", title, CONGDOAN_VERSION_STRING, _("User Commands"));
    fprintf(out, ".SH %s\n", _("NAME"));
    if (!cmd) {
        fprintf(out, "%s \\- %s\n", PROGRAM_NAME, _("read, check and report on the data of the Vietnamese trade unions"));
        fprintf(out, ".SH %s\n", _("SYNOPSIS"));
        fprintf(out, ".B %s\n.I %s\n[\\fI%s\\fR...] [\\fI%s\\fR...]\n.br\n.B %s help\n[\\fI%s\\fR]\n",
                PROGRAM_NAME, _("COMMAND"), _("OPTION"), _("ARGUMENT"), PROGRAM_NAME, _("COMMAND"));
        fprintf(out, ".SH %s\n", _("DESCRIPTION"));
        roff_paragraphs(out, _("Read, check and report on the XML data of the Vietnamese trade unions: the units from "
                             "the Confederation down to the grassroots unions, the documents with their tasks and "
                             "indicators, and the reports made against them. Each command has a page of its own."));
        fprintf(out, ".SH %s\n", _("COMMANDS"));
        for (unsigned i = 0; i < all_command_count; i++) {
            if (all_commands[i]->hidden)
                continue;
            fprintf(out, ".TP\n.BR %s-%s (1)\n", PROGRAM_NAME, all_commands[i]->name);
            roff_line(out, _(all_commands[i]->summary), strlen(_(all_commands[i]->summary)));
        }
        fprintf(out, ".SH %s\n.TP\n.B CONGDOAN_DATA\n", _("ENVIRONMENT"));
        const char *env = _("The files and folders of data, separated by ':', when no -d PATH is given.");
        roff_line(out, env, strlen(env));
        fprintf(out, ".TP\n.B LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n");
        const char *lang = _("The language of messages (errors, problems found, usage, help): that of LANGUAGE when "
                             "it is set, else the one LC_ALL, LC_MESSAGES or LANG names (vi_VN.UTF-8, en_US.UTF-8), "
                             "else Vietnamese: nothing set, C, POSIX or C.UTF-8 names no language. LANGUAGE=en "
                             "gives English messages. Text output is Vietnamese in every case.");
        roff_line(out, lang, strlen(lang));
        fprintf(out, ".SH %s\n", _("OUTPUT FORMATS"));
        roff_paragraphs(out, _("Every reading command writes text (Vietnamese, for reading), JSON or CSV "
                             "(--format). JSON and CSV give the same fields for the same kind of row in "
                             "every command (a unit, a task, an indicator, an evaluation …), with English "
                             "keys and the vocabulary's names for values; JSON starts with "
                             "\"format_version\". FORMATS.md (installed with the documentation) lists every "
                             "field."));
        fprintf(out, ".SH %s\n", _("EXIT STATUS"));
        roff_paragraphs(out, _(common_exit_status));
        fprintf(out, ".SH %s\n", _("SEE ALSO"));
        for (unsigned i = 0, first = 1; i < all_command_count; i++) {
            if (all_commands[i]->hidden)
                continue;
            fprintf(out, "%s.BR %s-%s (1)", first ? "" : ",\n", PROGRAM_NAME, all_commands[i]->name);
            first = 0;
        }
        fputc('\n', out);
        return;
    }
    fprintf(out, "%s-%s \\- ", PROGRAM_NAME, cmd->name);
    roff_line(out, _(cmd->summary), strlen(_(cmd->summary)));
    fprintf(out, ".SH %s\n.nf\n", _("SYNOPSIS"));
    char *syn = synopsis(cmd, 0);
    roff_line(out, syn, strlen(syn));
    free(syn);
    fprintf(out, ".fi\n.SH %s\n", _("DESCRIPTION"));
    if (cmd->description)
        roff_paragraphs(out, _(cmd->description));
    fprintf(out, ".SH %s\n", _("OPTIONS"));
    COMMAND_OPTIONS(cmd, list, count);
    for (size_t i = 0; i < count; i++) {
        char label[96];
        option_label(&list[i], label, sizeof label);
        fputs(".TP\n.B ", out);
        roff_line(out, label, strlen(label));
        roff_line(out, _(list[i].help), strlen(_(list[i].help)));
    }
    if (cmd->output) {
        fprintf(out, ".SH %s\n", _("OUTPUT"));
        roff_paragraphs(out, _(cmd->output));
    }
    if (cmd->examples) {
        fprintf(out, ".SH %s\n", _("EXAMPLES"));
        roff_paragraphs(out, _(cmd->examples));
    }
    fprintf(out, ".SH %s\n", _("EXIT STATUS"));
    roff_paragraphs(out, _(cmd->exit_status ? cmd->exit_status : common_exit_status));
    fprintf(out, ".SH %s\n.BR %s (1)\n", _("SEE ALSO"), PROGRAM_NAME);
}

/* ---- bash completion --------------------------------------------------------------------------------- */

static const char *completion_action(complete_kind k)
{
    switch (k) {
    case COMPLETE_PATH: return "_congdoan_files";
    case COMPLETE_FILE: return "_congdoan_files xml";
    case COMPLETE_UNIT: return "_congdoan_data units";
    case COMPLETE_DOCUMENT: return "_congdoan_data documents";
    case COMPLETE_COMMAND: return "_congdoan_words \"$_congdoan_commands\"";
    case COMPLETE_TAG: return "_congdoan_data tags";
    default: return NULL;
    }
}

void print_bash_completion(FILE *out)
{
    fprintf(out,
            "# bash completion for %s; generated by '%s help --bash-completion' from the program's\n"
            "# option tables: do not edit. Unit ids and document numbers come from the data named\n"
            "# by -d PATH on the line being completed, or by $CONGDOAN_DATA.\n\n",
            PROGRAM_NAME, PROGRAM_NAME);
    fputs("_congdoan_commands='", out);
    for (unsigned i = 0, first = 1; i < all_command_count; i++) {
        if (all_commands[i]->hidden)
            continue;
        fprintf(out, "%s%s", first ? "" : " ", all_commands[i]->name);
        first = 0;
    }
    fputs(" help'\n\n", out);
    fputs("_congdoan_words() {\n"
          "    local IFS=$' \\t\\n'\n"
          "    COMPREPLY=($(compgen -W \"$1\" -- \"$cur\"))\n"
          "}\n\n"
          "_congdoan_files() {\n"
          "    local IFS=$'\\n'\n"
          "    if [[ -n $1 ]]; then\n"
          "        COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X \"!*.$1\" -- \"$cur\"))\n"
          "    else\n"
          "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
          "    fi\n"
          "    compopt -o filenames 2>/dev/null\n"
          "}\n\n"
          "# Ask the program for the ids of the data on the line: congdoan __complete KIND [-d PATH]...\n"
          "_congdoan_data() {\n"
          "    local i data=()\n"
          "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
          "        case ${COMP_WORDS[i]} in\n"
          "            -d|--data) data+=(-d \"${COMP_WORDS[i + 1]}\") ;;\n"
          "            --data=*) data+=(-d \"${COMP_WORDS[i]#--data=}\") ;;\n"
          "        esac\n"
          "    done\n"
          "    local IFS=$'\\n'\n"
          "    COMPREPLY=($(\"${COMP_WORDS[0]}\" __complete \"$1\" \"${data[@]}\" -- \"$cur\" 2>/dev/null))\n"
          "}\n\n",
          out);
    fputs("_congdoan() {\n"
          "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} cmd= i\n"
          "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
          "        case ${COMP_WORDS[i]} in\n"
          "            -d|--data|--format|--width|--table) ((i++)) ;;\n"
          "            -*) ;;\n"
          "            *) cmd=${COMP_WORDS[i]}; break ;;\n"
          "        esac\n"
          "    done\n"
          "    if [[ -z $cmd ]]; then\n"
          "        _congdoan_words \"$_congdoan_commands --help --version\"\n"
          "        return\n"
          "    fi\n"
          "    case $cmd in\n",
          out);
    for (unsigned c = 0; c < all_command_count; c++) {
        const command *cmd = all_commands[c];
        if (cmd->hidden)
            continue;
        COMMAND_OPTIONS(cmd, list, count);
        fprintf(out, "        %s)\n            case $prev in\n", cmd->name);
        for (size_t i = 0; i < count; i++) {
            if (!list[i].metavar)
                continue;
            fputs("                ", out);
            if (list[i].short_name)
                fprintf(out, "-%c|", list[i].short_name);
            fprintf(out, "--%s) ", list[i].long_name);
            if (list[i].complete == COMPLETE_CHOICES) {
                fputs("_congdoan_words '", out);
                for (const char *p = list[i].choices; *p; p++)
                    fputc(*p == '|' ? ' ' : *p, out);
                fputs("'", out);
            } else if (completion_action(list[i].complete)) {
                fputs(completion_action(list[i].complete), out);
            } else {
                fputs("COMPREPLY=()", out);
            }
            fputs("; return ;;\n", out);
        }
        fputs("            esac\n            if [[ $cur == -* ]]; then\n                _congdoan_words '", out);
        for (size_t i = 0; i < count; i++)
            fprintf(out, "%s--%s", i ? " " : "", list[i].long_name);
        fputs("'\n                return\n            fi\n", out);
        const char *action = completion_action(cmd->argument_complete);
        fprintf(out, "            %s\n            ;;\n", action ? action : "COMPREPLY=()");
    }
    fputs("        help) _congdoan_words \"$_congdoan_commands\" ;;\n"
          "    esac\n"
          "}\n"
          "complete -F _congdoan congdoan\n",
          out);
}
