/*
 * congdoan — the language of messages: the locale from the environment, gettext's domain
 * "congdoan" for the program's messages, and the choice made when the environment says nothing.
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

/* "vi" of "vi_VN.UTF-8@x"; 0 when the name is C or POSIX (no language asked for). */
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

void setup_language(void)
{
    const char *asked = messages_locale_variable();
    const char *language = getenv("LANGUAGE");
    int have_language = language && *language;
    if (!setlocale(LC_ALL, "")) {
        /* A locale the system lacks: numbers and characters as C.UTF-8 does, messages in the
         * language it names (gettext reads LANGUAGE in any locale but C). */
        char lang[16];
        setlocale(LC_ALL, "C.UTF-8");
        if (!have_language && asked && language_of(asked, lang, sizeof lang))
            setenv("LANGUAGE", lang, 1);
    } else if (!asked && !have_language) {
        /* Nothing said: Vietnamese, for the program's users. */
        if (setlocale(LC_MESSAGES, "C.UTF-8"))
            setenv("LANGUAGE", "vi", 1);
    }
#if CONGDOAN_ENABLE_NLS
    const char *dir = secure_getenv("CONGDOAN_LOCALEDIR");
    bindtextdomain(PROGRAM_NAME, dir && *dir ? dir : CONGDOAN_LOCALEDIR);
    bind_textdomain_codeset(PROGRAM_NAME, "UTF-8");
    textdomain(PROGRAM_NAME);
#endif
}
