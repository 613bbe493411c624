/*
 * locale_state.c: the process's global locale (private __locale_state)
 * and the locale in effect (__current_locale, moved by uselocale): every
 * category starts as "C", single-byte LC_CTYPE.
 */
#include "locale_impl.h"

struct __locale_state __locale_state = {
	.names = { "C", "C", "C", "C", "C", "C", "C" },
	.ctype_utf8 = 0,
};

struct __locale_state *__current_locale = &__locale_state;
