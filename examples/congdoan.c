/*
 * congdoan — the example command-line program of libcongdoan.
 *
 *   congdoan [--help | --version]
 *   congdoan help [COMMAND]
 *   congdoan COMMAND [OPTION...] [ARGUMENT...]
 *
 * Each subcommand is one cmd-NAME.c file defining a `command` (common.h) and one line in the
 * table below. It uses the public API of libcongdoan only.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <string.h>

/* The subcommands, in the order `congdoan --help` lists them. */
static const command *const commands[] = {
    &cmd_validate,
    &cmd_show,
    &cmd_tree,
    &cmd_tasks,
    &cmd_progress,
    &cmd_cascade,
    &cmd_lineage,
    &cmd_new_report,
    &cmd_fmt,
    &cmd_export,
    &cmd_import,
};

#define COMMAND_COUNT (sizeof commands / sizeof commands[0])

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        if (strcmp(commands[i]->name, name) == 0)
            return commands[i];
    return NULL;
}

static void print_usage(FILE *out)
{
    fprintf(out,
            "Usage: %s COMMAND [OPTION...] [ARGUMENT...]\n"
            "       %s help [COMMAND]\n"
            "       %s --help | --version\n",
            PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME);
}

static void print_help(FILE *out)
{
    fprintf(out, "%s - read and check the XML data of the Vietnamese trade unions\n"
                 "(units, documents, tasks, indicators and reports).\n\n", PROGRAM_NAME);
    print_usage(out);
    fputs("\nCommands:\n", out);
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        fprintf(out, "  %-12s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out,
            "\nOptions:\n"
            "  -h, --help     show this help and exit\n"
            "  --version      show the version of the libcongdoan library in use and exit\n"
            "\nRun '%s help COMMAND' for the options of one command.\n"
            "\nData: every command but fmt reads the files and folders given with -d PATH\n"
            "(--data PATH, repeatable; validate also takes them as arguments), or else those\n"
            "listed in the CONGDOAN_DATA environment variable, separated by ':'. A folder\n"
            "means every *.xml file below it. All of them are loaded together into one set\n"
            "of data. fmt takes the files to rewrite as arguments and checks each alone.\n"
            "\nOutput: the commands that read take --format text|json|csv. Text is for\n"
            "reading in a terminal (Vietnamese labels, columns aligned); JSON is one object\n"
            "with stable English keys; CSV is one table (RFC 4180; --table NAME picks it\n"
            "where a command has several). export writes JSON or CSV only; new-report and\n"
            "fmt write XML of the vocabulary.\n"
            "\nExit status:\n"
            "  0  success (for progress: also when targets are not met)\n"
            "  1  a problem in the data: validate found errors, the data could not be loaded,\n"
            "     a document or unit given on the command line is not in it, or fmt left a\n"
            "     file alone (errors, comments) or found one not in canonical form (--check)\n"
            "  2  a usage error (unknown option or format, missing argument, a bad date) or an\n"
            "     I/O error (a file or folder that cannot be read, output that cannot be written)\n",
            PROGRAM_NAME);
}

static void print_version(void)
{
    printf("%s (libcongdoan) %s\n", PROGRAM_NAME, congdoan_version_string());
    if (congdoan_version_number() != CONGDOAN_VERSION_NUMBER)
        printf("built with the headers of libcongdoan %s\n", CONGDOAN_VERSION_STRING);
}

static int unknown_command(const char *name)
{
    const char *names[COMMAND_COUNT];
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        names[i] = commands[i]->name;
    congdoan_matches *m = NULL;
    size_t index = (size_t)-1;
    congdoan_lookup_word(name, names, COMMAND_COUNT, &index, &m);
    size_t n = congdoan_matches_count(m);
    if (n == 0)
        print_error("'%s' is not a command. Run '%s --help' for the list of commands.", name, PROGRAM_NAME);
    else if (n == 1)
        print_error("'%s' is not a command. Did you mean '%s'?", name, names[congdoan_matches_index(m, 0)]);
    else {
        print_error("'%s' is not a command. Did you mean one of these?", name);
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "  %s\n", names[congdoan_matches_index(m, i)]);
    }
    congdoan_matches_free(m);
    return EXIT_USAGE;
}

/* congdoan help [COMMAND] */
static int run_help(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stdout);
        return EXIT_OK;
    }
    if (argc > 2) {
        print_error("'help' takes at most one command name");
        return EXIT_USAGE;
    }
    const command *cmd = find_command(argv[1]);
    if (!cmd)
        return unknown_command(argv[1]);
    print_command_help(cmd, stdout);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        fprintf(stderr, "Run '%s --help' for the list of commands.\n", PROGRAM_NAME);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        print_help(stdout);
        return EXIT_OK;
    }
    if (strcmp(name, "--version") == 0) {
        print_version();
        return EXIT_OK;
    }
    if (strcmp(name, "help") == 0)
        return run_help(argc - 1, argv + 1);
    if (name[0] == '-') {
        print_error("unknown option '%s'", name);
        print_usage(stderr);
        return EXIT_USAGE;
    }
    const command *cmd = find_command(name);
    if (!cmd)
        return unknown_command(name);

    int status = cmd->run(argc - 1, argv + 1);
    /* A full disk or a closed pipe must not pass for success. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        print_error("cannot write the output");
        return EXIT_USAGE;
    }
    return status;
}
