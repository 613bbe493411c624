/*
 * getdelim: read up to and including a delimiter into a buffer grown
 * with realloc.  Returns the length, or -1 at end of file with nothing
 * read, on error, or with errno EINVAL for NULL arguments (EOVERFLOW if
 * the line would not fit in an ssize_t).
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

static int
grow(char **lp, size_t *np, size_t need)
{
	size_t sz = *np < 128 ? 128 : *np;
	char *nb;

	while (sz < need) {
		if (sz > SIZE_MAX / 2) {
			errno = EOVERFLOW;
			return -1;
		}
		sz *= 2;
	}
	if (sz == *np && *lp != NULL)
		return 0;
	if ((nb = realloc(*lp, sz)) == NULL)
		return -1;
	*lp = nb;
	*np = sz;
	return 0;
}

ssize_t
getdelim(
    char **__restrict lp, size_t *__restrict np, int delim, FILE *__restrict f)
{
	size_t len = 0, k;
	unsigned char *d;

	if (lp == NULL || np == NULL || f == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (*lp == NULL)
		*np = 0;
	for (;;) {
		if (f->rpos >= f->rend && __srefill(f) != 0) {
			if (len == 0 || (f->flags & F_ERR))
				return -1;
			break;
		}
		k = (size_t)(f->rend - f->rpos);
		d = memchr(f->rpos, delim, k);
		if (d != NULL)
			k = (size_t)(d - f->rpos) + 1;
		if (len + k >= (size_t)SSIZE_MAX) {
			errno = EOVERFLOW;
			return -1;
		}
		if (grow(lp, np, len + k + 1) != 0)
			return -1;
		memcpy(*lp + len, f->rpos, k);
		f->rpos += k;
		len += k;
		if (d != NULL)
			break;
	}
	(*lp)[len] = '\0';
	return (ssize_t)len;
}
