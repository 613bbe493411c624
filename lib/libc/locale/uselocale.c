/*
 * uselocale: make l the locale in effect (LC_GLOBAL_LOCALE: the global
 * one again; NULL: only ask) and return the previous one.  There are no
 * threads yet, so this is process-wide until libpthread arrives.
 */
#include <locale.h>

#include "locale_impl.h"

locale_t
uselocale(locale_t l)
{
	locale_t old = __current_locale == &__locale_state ? LC_GLOBAL_LOCALE
							   : __current_locale;

	if (l != NULL)
		__current_locale = __LOCALE_OF(l);
	return old;
}
