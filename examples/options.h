/*
 * congdoan — the commands and their options, said once: the table a command declares is what
 * getopt_long parses, what `--help` prints, what the man pages say and what bash completes.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EXAMPLES_OPTIONS_H
#define CONGDOAN_EXAMPLES_OPTIONS_H

#include <stdio.h>

/* What the shell may complete for an option's value or an argument. */
typedef enum complete_kind {
    COMPLETE_NONE,
    COMPLETE_PATH,      /* a file or a folder */
    COMPLETE_FILE,      /* a file (*.xml) */
    COMPLETE_UNIT,      /* a unit id of the data */
    COMPLETE_DOCUMENT,  /* a document number (or id) of the data */
    COMPLETE_CHOICES,   /* one of option_spec.choices */
    COMPLETE_COMMAND,   /* a command name (help COMMAND) */
    COMPLETE_TAG        /* an issue tag (validate --explain) */
} complete_kind;

/* One option of a command. `id` is what the parser reports (OPT_ values of the command, or
 * the common ones below); an option without `metavar` takes no value. */
typedef struct option_spec {
    int id;
    const char *long_name;
    char short_name;           /* 0: none */
    const char *metavar;       /* "UNIT", "DATE" …; NULL: a flag */
    const char *help;          /* a sentence or two, wrapped when printed */
    complete_kind complete;
    const char *choices;       /* COMPLETE_CHOICES: the values, separated by '|' */
} option_spec;

/* The options most commands share; a command says which of them it takes. */
enum {
    OPT_DATA = 1000,    /* -d, --data PATH (repeatable) */
    OPT_FORMAT,         /* --format text|json|csv */
    OPT_TABLE,          /* --table NAME */
    OPT_WIDTH,          /* --width N */
    OPT_HELP            /* -h, --help (always) */
};
enum {
    COMMON_DATA = 1,
    COMMON_FORMAT = 2,
    COMMON_TABLE = 4,
    COMMON_WIDTH = 8,
    COMMON_READING = COMMON_DATA | COMMON_FORMAT | COMMON_WIDTH
};

/* How results are printed (--format). */
typedef enum output_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV } output_format;

#define MAX_OPTION_ID 64

/* A command line once parsed. Values are borrowed from argv. */
typedef struct parsed_args {
    const char *value[MAX_OPTION_ID];   /* the last value given for each command option id */
    int given[MAX_OPTION_ID];           /* how many times it was given */
    output_format format;
    int format_given;
    const char **data;                  /* -d/--data, in order */
    size_t data_count;
    const char *table;                  /* --table, or NULL */
    int width;                          /* --width, or -1 */
    const char **args;                  /* the arguments, in order */
    size_t arg_count;
} parsed_args;

struct command;

/* The body of a command: the parsed line, and the command (for its messages). */
typedef int (*command_fn)(const struct command *cmd, const parsed_args *a);

typedef struct command {
    const char *name;
    const char *summary;         /* one line for `congdoan --help` */
    const char *arguments;       /* the arguments in the synopsis ("DOC", "[PATH...]"), or NULL */
    complete_kind argument_complete;
    const char *description;     /* paragraphs separated by blank lines */
    const option_spec *options;  /* the command's own, ended by an entry with long_name NULL */
    unsigned common;             /* COMMON_ flags */
    const char *formats;         /* with COMMON_FORMAT: "text|json|csv" or "json|csv" */
    const char *tables;          /* with COMMON_TABLE: the CSV tables, '|'-separated, the first the default */
    const char *output;          /* what the output holds (help "Output:" and the man page) */
    const char *exit_status;     /* NULL: the common text */
    const char *examples;        /* lines "$ congdoan …" with what they do, or NULL */
    int hidden;                  /* not listed (completion helpers) */
    command_fn run;
} command;

/* The commands, in the order `congdoan --help` lists them (congdoan.c). */
extern const command *const all_commands[];
extern const unsigned all_command_count;
const command *find_command(const char *name);

/* Parse argv[1..argc) of a command with getopt_long from its table (argv[0] is its name).
 * Returns -1 to go on, or an exit status: EXIT_OK after --help (printed), EXIT_USAGE after a
 * usage error (printed, with "did you mean" for a mistyped option). Free with
 * parsed_args_release(). */
int parse_args(const command *cmd, int argc, char **argv, parsed_args *a);
void parsed_args_release(parsed_args *a);

/* The value of option `id`, or NULL; whether a flag was given. */
const char *opt(const parsed_args *a, int id);
int flag(const parsed_args *a, int id);

/* The index of --table among cmd->tables (0 when not given), or -1 after a usage error. */
int chosen_table(const command *cmd, const parsed_args *a);

/* Print the full help of a command (the same text the man page has). */
void print_command_help(const command *cmd, FILE *out);
/* Print `congdoan --help`. */
void print_program_help(FILE *out);
/* Write the man page of a command (NULL: of the program) in roff. */
void print_man_page(const command *cmd, FILE *out);
/* Write the bash completion script. */
void print_bash_completion(FILE *out);

/* Print a usage error of a command on stderr ("congdoan tasks: …"), its synopsis and a pointer
 * to its help. Returns EXIT_USAGE. */
int usage_error(const command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Whether `value` is one of the '|'-separated `choices`; its index or -1. */
int choice_index(const char *choices, const char *value);

#endif /* CONGDOAN_EXAMPLES_OPTIONS_H */
