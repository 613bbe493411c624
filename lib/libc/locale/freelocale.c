/*
 * freelocale: release a locale object from newlocale or duplocale (the
 * global locale and NULL are ignored).  It must not be in use by
 * uselocale.
 */
#include <locale.h>
#include <stdlib.h>

#include "locale_impl.h"

void
freelocale(locale_t l)
{
	if (l == NULL || l == LC_GLOBAL_LOCALE || l == &__locale_state)
		return;
	if (__current_locale == l)
		__current_locale = &__locale_state;
	free(l);
}
