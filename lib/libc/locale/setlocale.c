/*
 * setlocale: set or query the locale of one category or of all.
 *
 * Known names: "C" and "POSIX" (single-byte) and the UTF-8 locale as
 * "C.UTF-8", "C.utf8", "en_US.UTF-8" or "en_US.utf8".  "" takes each
 * category from LC_ALL, then LC_<category>, then LANG, then "C".  When
 * the categories differ, LC_ALL reads as the composite "n1/n2/.../n6"
 * (LC_COLLATE ... LC_MESSAGES order), which LC_ALL also accepts.  An
 * unknown name or category returns NULL and changes nothing.
 */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "locale_impl.h"

/* Split a composite "a/b/c/d/e/f" LC_ALL name; -1 if malformed. */
static int
split_composite(const char *name, char out[_LC_LAST][__LOCALE_NAME_MAX])
{
	const char *p = name, *slash;
	size_t len;
	int cat;

	for (cat = 1; cat < _LC_LAST; cat++) {
		slash = strchr(p, '/');
		len = slash != NULL ? (size_t)(slash - p) : strlen(p);
		if ((slash == NULL) != (cat == _LC_LAST - 1) || len == 0 ||
		    len >= __LOCALE_NAME_MAX)
			return -1;
		memcpy(out[cat], p, len);
		out[cat][len] = '\0';
		if (__locale_classify(out[cat]) < 0)
			return -1;
		p = slash + 1;
	}
	return 0;
}

/* The LC_ALL name: the common name, or the composite form. */
static char *
query_all(void)
{
	static char composite[_LC_LAST * __LOCALE_NAME_MAX];
	int cat, same = 1;

	for (cat = 2; cat < _LC_LAST; cat++)
		same &= strcmp(__locale_state.names[cat],
			    __locale_state.names[1]) == 0;
	if (same)
		return __locale_state.names[1];
	composite[0] = '\0';
	for (cat = 1; cat < _LC_LAST; cat++) {
		if (cat > 1)
			strcat(composite, "/");
		strcat(composite, __locale_state.names[cat]);
	}
	return composite;
}

/* Fill new[] for LC_ALL from name; -1 if any part is unknown. */
static int
resolve_all(const char *name, char new[_LC_LAST][__LOCALE_NAME_MAX])
{
	int cat;

	if (strchr(name, '/') != NULL)
		return split_composite(name, new);
	for (cat = 1; cat < _LC_LAST; cat++) {
		if (__locale_resolve(cat, name, new[cat]) < 0)
			return -1;
	}
	return 0;
}

char *
setlocale(int category, const char *name)
{
	char new[_LC_LAST][__LOCALE_NAME_MAX];
	int cat;

	if (category < LC_ALL || category >= _LC_LAST) {
		errno = EINVAL;
		return NULL;
	}
	if (name == NULL)
		return category == LC_ALL ? query_all()
					  : __locale_state.names[category];
	memcpy(new, __locale_state.names, sizeof(new));
	if (category == LC_ALL
		? resolve_all(name, new) < 0
		: __locale_resolve(category, name, new[category]) < 0)
		return NULL;
	for (cat = 1; cat < _LC_LAST; cat++)
		strcpy(__locale_state.names[cat], new[cat]);
	__locale_state.ctype_utf8 = __locale_classify(new[LC_CTYPE]) == 1;
	return category == LC_ALL ? query_all()
				  : __locale_state.names[category];
}
