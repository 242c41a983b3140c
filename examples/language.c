/*
 * congdoan — the language of messages: one rule, decided once at start.
 *
 *   1. LANGUAGE, when set and not empty (GNU gettext's own override: "en", "vi", "vi:en");
 *   2. else the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty, when it names a
 *      language ("vi_VN.UTF-8", "en_US.UTF-8"), even one the system has no locale for;
 *   3. else Vietnamese: nothing said, or a locale that names no language (C, POSIX, C.UTF-8,
 *      the default of containers), means the program's own language, that of its users and of
 *      the documents.
 * Messages (errors, problems found and validate's summary of them, usage, --help, man pages,
 * explanations) are in that language, the library's as well as the program's. Text output
 * (tables, headings, summaries of what was read, the documents' own words) is Vietnamese in
 * every case; tags, JSON and CSV never change.
 * So a person sees one language unless they ask for English messages (LANGUAGE=en).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* secure_getenv */
#include "common.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* The value of the first of these variables that is set and not empty, as setlocale() reads
 * them for LC_MESSAGES; NULL when none is. */
static const char *messages_locale_variable(void)
{
    static const char *const names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

/* "vi" of "vi_VN.UTF-8@x"; 0 when the name is C or POSIX or C.anything (no language). */
static int language_of(const char *locale, char *lang, size_t size)
{
    size_t n = strcspn(locale, "_.@");
    if (n == 0 || n >= size || strcmp(locale, "C") == 0 || strncmp(locale, "C.", 2) == 0 ||
        strcmp(locale, "POSIX") == 0)
        return 0;
    memcpy(lang, locale, n);
    lang[n] = '\0';
    return 1;
}

#if CONGDOAN_ENABLE_NLS && defined(CONGDOAN_BUILD_PROGRAM) && defined(CONGDOAN_BUILD_LOCALEDIR)
/* The program of an uninstalled build, run where meson built it, has no installed catalogues:
 * it takes those of its build tree (both domains, the library's too, which reads the same
 * variable), unless CONGDOAN_LOCALEDIR says otherwise. An installed copy is elsewhere and
 * uses the installation's catalogues. */
static void use_build_tree_catalogues(void)
{
    const char *set = getenv("CONGDOAN_LOCALEDIR");
    if (set && *set)
        return;
    char *self = realpath("/proc/self/exe", NULL);
    char *built = realpath(CONGDOAN_BUILD_PROGRAM, NULL);
    if (self && built && strcmp(self, built) == 0)
        setenv("CONGDOAN_LOCALEDIR", CONGDOAN_BUILD_LOCALEDIR, 1);
    free(self);
    free(built);
}
#else
static void use_build_tree_catalogues(void)
{
}
#endif

void setup_language(void)
{
    use_build_tree_catalogues();
    const char *language = getenv("LANGUAGE");
    const char *asked = messages_locale_variable();
    char lang[16] = "vi";
    if (language && *language)
        snprintf(lang, sizeof lang, "%.*s", (int)strcspn(language, ":"), language);
    else if (!(asked && language_of(asked, lang, sizeof lang)))
        snprintf(lang, sizeof lang, "vi"); /* rule 3 */

    /* Numbers and characters as the environment says, else as C.UTF-8 does (a locale the
     * system lacks); gettext translates only when LC_MESSAGES is not C or POSIX, and then
     * follows LANGUAGE, which is set to the language chosen above unless the user set it. */
    if (!setlocale(LC_ALL, ""))
        setlocale(LC_ALL, "C.UTF-8");
    const char *messages = setlocale(LC_MESSAGES, NULL);
    if (strcmp(lang, "en") != 0 && messages && (strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0))
        setlocale(LC_MESSAGES, "C.UTF-8");
    if (!(language && *language))
        setenv("LANGUAGE", lang, 1);
#if CONGDOAN_ENABLE_NLS
    const char *dir = secure_getenv("CONGDOAN_LOCALEDIR");
    bindtextdomain(PROGRAM_NAME, dir && *dir ? dir : CONGDOAN_LOCALEDIR);
    bind_textdomain_codeset(PROGRAM_NAME, "UTF-8");
    textdomain(PROGRAM_NAME);
#endif
}
