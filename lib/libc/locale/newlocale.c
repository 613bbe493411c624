/*
 * newlocale: make (or, given base, modify) a locale object whose
 * categories in mask are set to name ("" reads the environment as
 * setlocale does; a composite LC_ALL name is not accepted here).
 * Returns NULL with EINVAL for a bad mask or name pointer, ENOENT for an
 * unknown name (base is then unchanged), or ENOMEM.
 */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "locale_impl.h"

locale_t
newlocale(int mask, const char *name, locale_t base)
{
	char names[_LC_LAST][__LOCALE_NAME_MAX];
	struct __locale_state *l;
	int cat;

	if ((mask & ~LC_ALL_MASK) != 0 || name == NULL ||
	    base == LC_GLOBAL_LOCALE) {
		errno = EINVAL;
		return NULL;
	}
	for (cat = 1; cat < _LC_LAST; cat++) {
		if ((mask & (1 << cat)) &&
		    __locale_resolve(cat, name, names[cat]) < 0) {
			errno = ENOENT;
			return NULL;
		}
	}
	l = base;
	if (l == NULL) {
		l = malloc(sizeof(*l));
		if (l == NULL)
			return NULL;
		for (cat = 0; cat < _LC_LAST; cat++)
			strcpy(l->names[cat], "C");
		l->ctype_utf8 = 0;
	}
	for (cat = 1; cat < _LC_LAST; cat++) {
		if (mask & (1 << cat))
			strcpy(l->names[cat], names[cat]);
	}
	l->ctype_utf8 = __locale_classify(l->names[LC_CTYPE]) == 1;
	return l;
}
