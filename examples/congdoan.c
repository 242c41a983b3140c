/*
 * congdoan — the example command-line program of libcongdoan.
 *
 *   congdoan [--help | --version]
 *   congdoan help [COMMAND | --man [COMMAND] | --bash-completion | --formats | --commands]
 *   congdoan COMMAND [OPTION...] [ARGUMENT...]
 *
 * Each command is one cmd-NAME.c file defining a `command` (options.h) and one line in the
 * table below. It uses the public API of libcongdoan only.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "common.h"

#include <string.h>

/* The commands, in the order `congdoan --help` lists them. */
const command *const all_commands[] = {
    &cmd_validate, &cmd_show, &cmd_tree, &cmd_tasks, &cmd_progress, &cmd_cascade, &cmd_lineage,
    &cmd_new_report, &cmd_fmt, &cmd_export, &cmd_report, &cmd_import, &cmd_complete,
};
const unsigned all_command_count = sizeof all_commands / sizeof all_commands[0];

const command *find_command(const char *name)
{
    for (unsigned i = 0; i < all_command_count; i++)
        if (strcmp(all_commands[i]->name, name) == 0)
            return all_commands[i];
    return NULL;
}

static void print_usage(FILE *out)
{
    fprintf(out,
            _("Usage: %s COMMAND [OPTION...] [ARGUMENT...]\n"
              "       %s help [COMMAND]\n"
              "       %s --help | --version\n"),
            PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME);
}

static void print_version(void)
{
    printf("%s (libcongdoan) %s\n", PROGRAM_NAME, congdoan_version_string());
    printf("output format %d\n", FORMAT_VERSION);
    if (congdoan_version_number() != CONGDOAN_VERSION_NUMBER)
        printf("built with the headers of libcongdoan %s\n", CONGDOAN_VERSION_STRING);
}

/* "'progres' không phải là một lệnh. Có phải là 'progress'?" */
static int unknown_command(const char *name)
{
    const char *names[sizeof all_commands / sizeof all_commands[0] + 1];
    size_t n = 0;
    for (unsigned i = 0; i < all_command_count; i++)
        if (!all_commands[i]->hidden)
            names[n++] = all_commands[i]->name;
    names[n++] = "help";
    congdoan_matches *m = NULL;
    congdoan_lookup_word(name, names, n, NULL, &m);
    size_t count = congdoan_matches_count(m);
    if (count == 0)
        print_error("'%s' is not a command. The commands: '%s --help'.", name, PROGRAM_NAME);
    else if (count == 1)
        print_error("'%s' is not a command. Did you mean '%s'?", name, names[congdoan_matches_index(m, 0)]);
    else {
        print_error("'%s' is not a command. Did you mean one of these?", name);
        for (size_t i = 0; i < count; i++)
            fprintf(stderr, "  %s\n", names[congdoan_matches_index(m, i)]);
    }
    congdoan_matches_free(m);
    return EXIT_USAGE;
}

/* The fields of every kind of row, as FORMATS.md documents them (a test compares the two). */
static void print_formats(FILE *out)
{
    fprintf(out, "format_version %d\n", FORMAT_VERSION);
    for (size_t s = 0; s < all_schema_count; s++) {
        const schema *sc = all_schemas[s];
        fprintf(out, "\n%s: %s\n", sc->name, sc->doc);
        static const char *const type_names[] = {"string", "integer", "number", "date", "boolean",
                                                 "list", "texts", "map"};
        for (size_t i = 0; i < sc->count; i++)
            fprintf(out, "  %s (%s): %s\n", sc->fields[i].key, type_names[sc->fields[i].type], sc->fields[i].doc);
    }
}

/* congdoan help [COMMAND | --man [COMMAND] | --bash-completion | --formats | --commands] */
static int run_help(int argc, char **argv)
{
    if (argc < 2) {
        print_program_help(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--man") == 0) {
        const command *cmd = argc > 2 ? find_command(argv[2]) : NULL;
        if (argc > 2 && !cmd)
            return unknown_command(argv[2]);
        print_man_page(cmd, stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--bash-completion") == 0) {
        print_bash_completion(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--formats") == 0) {
        print_formats(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--commands") == 0) {
        /* the commands that have a man page (examples/meson.build lists them too, and a test
         * compares the two lists) */
        for (unsigned i = 0; i < all_command_count; i++)
            if (!all_commands[i]->hidden)
                printf("%s\n", all_commands[i]->name);
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
    setup_language();
    if (argc < 2) {
        print_usage(stderr);
        fprintf(stderr, _("Run '%s --help' for the list of commands.\n"), PROGRAM_NAME);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        print_program_help(stdout);
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

    parsed_args a;
    int status = parse_args(cmd, argc - 1, argv + 1, &a);
    if (status < 0) {
        status = cmd->run(cmd, &a);
        parsed_args_release(&a);
    }
    /* A full disk or a closed pipe must not pass for success. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (!output_failure_said)
            print_error("cannot write the output");
        return EXIT_USAGE;
    }
    return status;
}
