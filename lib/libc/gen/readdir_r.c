/*
 * readdir_r.c: readdir_r(3): copy the next entry into *entry and set
 * *result to entry, or to NULL at the end.  Returns 0 or an error number.
 */

#include <dirent.h>
#include <errno.h>
#include <string.h>

struct dirent *__dir_next(DIR *);

int
readdir_r(DIR *__restrict dirp, struct dirent *__restrict entry,
    struct dirent **__restrict result)
{
	struct dirent *d;
	int saved = errno;

	if (dirp == NULL || entry == NULL || result == NULL)
		return EBADF;
	errno = 0;
	d = __dir_next(dirp);
	if (d == NULL) {
		int e = errno;

		errno = saved;
		*result = NULL;
		return e;
	}
	errno = saved;
	memcpy(entry, d,
	    d->d_reclen < sizeof(*entry) ? d->d_reclen : sizeof(*entry));
	*result = entry;
	return 0;
}
