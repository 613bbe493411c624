/*
 * duplocale: a new locale object equal to l (LC_GLOBAL_LOCALE copies the
 * global locale); NULL with ENOMEM, or EINVAL for a NULL argument.
 */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "locale_impl.h"

locale_t
duplocale(locale_t l)
{
	struct __locale_state *copy;

	if (l == NULL) {
		errno = EINVAL;
		return NULL;
	}
	copy = malloc(sizeof(*copy));
	if (copy != NULL)
		memcpy(copy, __LOCALE_OF(l), sizeof(*copy));
	return copy;
}
