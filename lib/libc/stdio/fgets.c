/*
 * fgets: read a line of at most n - 1 bytes.  NULL at end of file with
 * nothing read, on error, or (EINVAL) for n <= 0.
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

char *
fgets(char *__restrict s, int n, FILE *__restrict f)
{
	unsigned char *nl;
	size_t k, room;
	char *p = s;

	if (f == NULL) {
		errno = EBADF;
		return NULL;
	}
	if (n <= 0) {
		errno = EINVAL;
		return NULL;
	}
	for (room = (size_t)n - 1; room > 0; room -= k, p += k) {
		if (f->rpos >= f->rend && __srefill(f) != 0) {
			if (p == s || (f->flags & F_ERR))
				return NULL;
			break;
		}
		k = (size_t)(f->rend - f->rpos);
		if (k > room)
			k = room;
		if ((nl = memchr(f->rpos, '\n', k)) != NULL)
			k = (size_t)(nl - f->rpos) + 1;
		memcpy(p, f->rpos, k);
		f->rpos += k;
		if (nl != NULL) {
			p += k;
			break;
		}
	}
	*p = '\0';
	return s;
}
