/*
 * catopen.c: catopen(3): open a message catalogue.  A name with a '/' is
 * a path; otherwise each template of NLSPATH (or the default one) is
 * expanded with the name and the locale (LC_MESSAGES's with
 * NL_CAT_LOCALE, else $LANG, else "C") and the first that loads wins.
 * A zero-length template (NLSPATH with a leading, trailing or doubled
 * colon) stands for "%N", the name itself in the current directory, as
 * POSIX (XBD 8.2) says of a leading colon or "::".  Set-id programs
 * ignore NLSPATH.
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

/*
 * Try template t (n bytes; zero-length means "%N"): the catalogue, or
 * NULL with *err updated when the failure says more than "not there".
 */
static nl_catd
try_template(
    const char *t, size_t n, const char *name, const char *loc, int *err)
{
	char path[PATH_MAX];
	nl_catd cat;

	if (n == 0) {
		t = "%N";
		n = 2;
	}
	if (__nls_expand(t, n, name, loc, path, sizeof(path)) < 0) {
		*err = ENAMETOOLONG;
		return NULL;
	}
	if ((cat = __nls_load(path)) == NULL && errno != ENOENT &&
	    errno != ENOTDIR)
		*err = errno;
	return cat;
}

/* Each colon-separated template of tmpls in turn, empty ones included. */
static nl_catd
search(const char *tmpls, const char *name, const char *loc)
{
	const char *t = tmpls;
	nl_catd cat;
	size_t n;
	int err = ENOENT;

	for (;;) {
		n = strcspn(t, ":");
		if ((cat = try_template(t, n, name, loc, &err)) != NULL)
			return cat;
		if (t[n] == '\0')
			break;
		t += n + 1;
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
