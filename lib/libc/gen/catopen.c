/*
 * catopen.c: catopen(3): open a message catalogue.  A name with a '/' is
 * a path; otherwise each template of NLSPATH (or the default one) is
 * expanded with the name and the locale (LC_MESSAGES's with
 * NL_CAT_LOCALE, else $LANG, else "C") and the first that loads wins.
 * Set-id programs ignore NLSPATH.
 */

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nls_impl.h"

static const char *
cat_locale(int oflag)
{
	const char *l;

	l = oflag == NL_CAT_LOCALE ? setlocale(LC_MESSAGES, NULL)
				   : getenv("LANG");
	if (l == NULL || *l == '\0' || strchr(l, '/') != NULL)
		l = "C";
	return l;
}

static nl_catd
search(const char *tmpls, const char *name, const char *loc)
{
	char path[PATH_MAX];
	const char *t = tmpls;
	nl_catd cat;
	size_t n;
	int err = ENOENT;

	for (; *t != '\0'; t += n + (t[n] == ':')) {
		n = strcspn(t, ":");
		if (n == 0)
			continue;
		if (__nls_expand(t, n, name, loc, path, sizeof(path)) < 0) {
			err = ENAMETOOLONG;
			continue;
		}
		if ((cat = __nls_load(path)) != NULL)
			return cat;
		if (errno != ENOENT && errno != ENOTDIR)
			err = errno;
	}
	errno = err;
	return NULL;
}

nl_catd
catopen(const char *name, int oflag)
{
	const char *tmpls;
	nl_catd cat;

	if (name == NULL || *name == '\0') {
		errno = ENOENT;
		return (nl_catd)-1;
	}
	if (strchr(name, '/') != NULL)
		cat = __nls_load(name);
	else {
		tmpls = issetugid() ? NULL : getenv("NLSPATH");
		if (tmpls == NULL || *tmpls == '\0')
			tmpls = __NLS_DEFAULT_PATH;
		cat = search(tmpls, name, cat_locale(oflag));
	}
	return cat != NULL ? cat : (nl_catd)-1;
}
