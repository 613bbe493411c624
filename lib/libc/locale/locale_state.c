/*
 * locale_state.c: the process's locale (private __locale_state): every
 * category starts as "C", single-byte LC_CTYPE.
 */
#include "locale_impl.h"

struct __locale_state __locale_state = {
	.names = { "C", "C", "C", "C", "C", "C", "C" },
	.ctype_utf8 = 0,
};
