/*
 * The library's messages in the user's language: gettext in the library's own domain,
 * "libcongdoan", through dgettext, so that the library never changes the application's
 * textdomain. The domain is bound once (pthread_once: the first message of any thread binds it)
 * to the catalogue folder of the installation, or to $CONGDOAN_LOCALEDIR when it is set (an
 * uninstalled build's tests; ignored in set-user-id programs). The catalogue is asked for UTF-8
 * whatever the locale's codeset, as every string of the library is UTF-8.
 *
 * Which language: the application's LC_MESSAGES (and $LANGUAGE), as for any gettext program. A
 * program that never calls setlocale() stays in the "C" locale and gets the English messages
 * (the msgids), as does every program under LC_ALL=C.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define _GNU_SOURCE /* secure_getenv */
#include "base/base.h"

#include <stdlib.h>

#if defined(CONGDOAN_ENABLE_NLS) && CONGDOAN_ENABLE_NLS
#include <libintl.h>
#include <pthread.h>

static pthread_once_t domain_bound = PTHREAD_ONCE_INIT;

static void bind_domain(void)
{
    const char *dir = secure_getenv("CONGDOAN_LOCALEDIR");
    bindtextdomain(CONGDOAN__TEXTDOMAIN, dir && *dir ? dir : CONGDOAN_LOCALEDIR);
    bind_textdomain_codeset(CONGDOAN__TEXTDOMAIN, "UTF-8");
}

const char *congdoan__gettext(const char *msgid)
{
    /* "" is the catalogue's header in gettext: never ask for it */
    if (!msgid || !*msgid)
        return msgid;
    pthread_once(&domain_bound, bind_domain);
    return dgettext(CONGDOAN__TEXTDOMAIN, msgid);
}
#else
const char *congdoan__gettext(const char *msgid)
{
    return msgid;
}
#endif
